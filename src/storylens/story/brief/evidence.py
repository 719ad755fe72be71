"""Which outlets a brief sentence may cite: those whose own evidence says what it says (issue 15).

A brief sentence states one source's figures, dates and negation. Another outlet's span of the
same item is cited beside it only when that span carries each of them: the same figure of the same
measured thing (the quantity records of the nlp layer: unit, counted noun, value and the slack of
its wording), the same day (its time expressions as resolved), and the same polarity (a negated
predicate, read from the parse). An outlet that gives another figure, another day or the
opposite polarity is not cited for the sentence: whether two figures of one item measure the same
thing is the claims step's call (a `quantity` conflict makes the claim contested, and the brief
writes it as a dispute), so here a differing span is only left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS

from storylens.records import Quantity, SourceRef, Span
from storylens.story.brief.sentences import format_date, parse
from storylens.story.claim_conflicts.polarity import stated_negation
from storylens.story.claim_conflicts.quantity import comparable, quantities_agree
from storylens.story.context import StoryContext


@dataclass
class Stated:
    """What a text says that a citation must carry."""

    figures: list[Quantity] = field(default_factory=list)
    days: set[str] = field(default_factory=set)  # ISO days
    negated: bool = False


def same_figure(a: Quantity, b: Quantity) -> bool:
    """The same figure of the same measured thing, as written: "at least 300 homes" and "more than
    300 homes", "about 9,000 people" and "9,000 people"; not "at least 14 people" and "22 people"
    (a bound word says which side of the figure the truth lies, not that it may be another
    figure)."""
    def written(q: Quantity) -> Quantity:
        return replace(q, bound="exact") if q.bound in ("lower", "upper") else q

    return comparable(a, b) and quantities_agree(written(a), written(b))


class Evidence:
    """Per story: the quantity and time records of each article, looked up by span."""

    def __init__(self, context: StoryContext):
        self.context = context
        self.quantities = {a.article.id: a.quantities for a in context.analyses}
        self.days = {
            a.article.id: [(t.span, t.value) for t in a.time_expressions if t.value and len(t.value) == 10 and t.value[4] == "-"]
            for a in context.analyses
        }

    def figures_in(self, span: Span) -> list[Quantity]:
        return [q for q in self.quantities.get(span.article, []) if span.start <= q.span.start and q.span.end <= span.end]

    def days_in(self, span: Span) -> set[str]:
        return {value for t, value in self.days.get(span.article, []) if span.start <= t.start and t.end <= span.end}

    def stated(self, text: str, source: SourceRef) -> Stated:
        """What ``text``, made from ``source``'s span, states: the figures of the span still in it,
        the days of its time expressions still in it (as written, or as the date they became)."""
        folded = text.lower()
        figures = [q for q in self.figures_in(source.span) if q.span.text.lower() in folded]
        days = set()
        for span, value in self.days.get(source.span.article, []):
            if not (source.span.start <= span.start and span.end <= source.span.end):
                continue
            written = format_date(value) or ""
            if span.text.lower() in folded or written.lower().split(",")[0] in folded:
                days.add(value)
        return Stated(figures, days, stated_negation(parse([text])[0]))

    def carried(self, source: SourceRef) -> Stated:
        """What a cited span says, to compare with a sentence: its figures are those of its
        sentence (a claim span is often a clause cut short of its figure: "The union wants wages"
        of "The union wants wages raised by eight percent"); its days and polarity its own."""
        sentence = self.context.sentence_of(source.span)
        figures = self.figures_in(sentence if sentence.start <= source.span.start and source.span.end <= sentence.end else source.span)
        return Stated(figures, self.days_in(source.span), stated_negation(parse([source.span.text])[0]))

    def carrying(self, stated: Stated, sources: list[SourceRef]) -> list[SourceRef]:
        """The sources whose spans carry every figure of ``stated`` and its polarity, and give no
        other day."""
        kept = []
        for source in sources:
            if not source.span.text.strip():
                continue  # an empty span says nothing, so it carries nothing
            evidence = self.carried(source)
            figures = all(any(same_figure(q, e) for e in evidence.figures) for q in stated.figures)
            # a span that gives no day reports the fact without it; one that gives another day differs
            days = stated.days <= evidence.days or not evidence.days
            if figures and days and stated.negated == evidence.negated:
                kept.append(source)
        return kept

    def most_shared(self, sources: list[SourceRef]) -> list[SourceRef]:
        """The sources whose figures agree with those of the most others (a source with them), in
        their order: the version most outlets give is the one the brief states. Figures with no
        counterpart of the same measured thing in the other span do not count either way; with
        no figures at all, every source."""
        figures = [self.figures_in(s.span) for s in sources]

        def agree(a: list[Quantity], b: list[Quantity]) -> bool:
            pairs = [(x, y) for x in a for y in b if comparable(x, y)]
            return all(any(same_figure(x, y) for y in b if comparable(x, y)) for x, _ in pairs)

        if not any(figures):
            return sources
        groups = [[j for j in range(len(sources)) if j == i or agree(figures[i], figures[j])] for i in range(len(sources))]
        best = max(groups, key=lambda group: len({sources[j].outlet or sources[j].article for j in group}))
        return [sources[j] for j in best]


# What a cited span must share with a sentence to state it, not only to sit in the same claim:
# most of the sentence's content words (first five letters), or a good part of them and a close
# meaning (MiniLM cosine), for a paraphrase in other words ("the tank ruptured" / "the tank split
# open"). A span linked to the item that states none of its figures, days or polarity ("Every
# family in Keswan knows someone" beside the flood's toll) was cited on the link alone.
SHARED_WORDS = 0.5
SHARED_WORDS_WITH_MEANING = 0.25
SAME_MEANING = 0.6


def content_stems(text: str, *, but: set[str] = frozenset()) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)
    return {w.lower()[:5] for w in words if w.lower() not in STOP_WORDS and w.lower() not in but}


def states_the_same(text: str, span_text: str, *, but: set[str] = frozenset(), meaning: bool = True) -> bool:
    """Whether ``span_text`` states what ``text`` says (words or, with ``meaning``, meaning),
    ``but`` words aside (the outlet names and attribution words the brief adds)."""
    own = content_stems(text, but=but)
    if not own:
        return True
    shared = len(own & content_stems(span_text)) / len(own)
    if shared >= SHARED_WORDS:
        return True
    if shared < SHARED_WORDS_WITH_MEANING or not meaning:
        return False
    from storylens.story.embeddings import embed_sentences

    a, b = embed_sentences([text, span_text])  # story sentences: mostly embedded already
    return float(a @ b) >= SAME_MEANING


class Statements:
    """Per story, every sentence of every article with its content words, and its MiniLM vector
    once one is needed: where another outlet states what a brief sentence says, in any sentence
    of its articles, not only in the spans the claims step linked."""

    def __init__(self, context: StoryContext, but: set[str]):
        self.context = context
        self.but = but
        self.sentences = [s for a in context.analyses for s in a.sentences]
        self.stems = [content_stems(s.text) for s in self.sentences]
        self._vectors = None

    def vectors(self):
        if self._vectors is None:
            from storylens.story.embeddings import embed_sentences

            self._vectors = embed_sentences([s.text for s in self.sentences])
        return self._vectors

    def stating(self, text: str, skip: set[str]) -> list[SourceRef]:
        """Per source (`StoryContext.source_key`) not in ``skip``, its sentence that states
        ``text`` best (`states_the_same`), if any."""
        own = content_stems(text, but=self.but)
        if not own:
            return []
        best: dict[str, tuple[float, int]] = {}
        vector = None
        for i, (sentence, stems) in enumerate(zip(self.sentences, self.stems)):
            key = self.context.source_key(sentence.article)
            if key in skip:
                continue
            shared = len(own & stems) / len(own)
            if shared < SHARED_WORDS_WITH_MEANING:
                continue
            if shared < SHARED_WORDS:
                if vector is None:
                    from storylens.story.embeddings import embed_sentences

                    vector = embed_sentences([text])[0]
                if float(vector @ self.vectors()[i]) < SAME_MEANING:
                    continue
            if key not in best or shared > best[key][0]:
                best[key] = (shared, i)
        return [self.context.source_ref(self.sentences[i]) for _, i in best.values()]
