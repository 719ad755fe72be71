"""Quotes and reported speech in one article: what was said, by whom, with which cue (issues 5, 17).

Five shapes are found, over the parse the pipeline already has (quote extraction must stay under
a tenth of the analysis time):

- direct: a quoted passage (see :mod:`.marks`) next to a cue ("He said, “...”",
  "“...” —Prigozhin replied"), or standing alone after sentences whose speaker it continues;
- mixed: a quoted phrase inside reported speech ("he told a reporter that his day “starts and ends
  with the special military operation”"); a one- or two-word quote is only ever this, when a cue
  attributes it, and otherwise a scare quote that is nobody's words;
- indirect: the clause a reporting verb governs ("Prigozhin claimed that ...", "..., sources said");
- block: a paragraph without quotation marks introduced by a cue and a colon ("..., saying:");
- learned: any other (cue, content) pair of the parse that the scorer trained on PolNeAR train
  (:mod:`.scorer`) takes for an attribution ("X believes ...", "called for ...", "X's claim that").

The cue's subject is the source; :mod:`.speakers` turns it into a name. Quote.speaker
stays None here: actor ids exist only once the story merges actors across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Doc, Span as DocSpan, Token

from storylens.ingest.datelines import dateline_length
from storylens.nlp.doc_index import doc_text
from storylens.nlp.entity_rules.people import is_person_noun
from storylens.nlp.wordnet import first_sense, wordnet
from storylens.nlp.quotes import scorer
from storylens.nlp.quotes.arguments import Candidate, is_bare_noun_phrase
from storylens.nlp.quotes.cues import (
    THOUGHT_VERBS,
    is_cue,
    is_passive_without_agent,
    is_speech_cue,
    desires,
    is_withheld,
    perceives,
    phrasal_verb_of_saying,
    reports_words,
    withholds,
    states_a_view,
)
from storylens.nlp.quotes.full_names import fullest_name
from storylens.nlp.quotes.headline import Parse, default_parse, sentence_cased
from storylens.nlp.quotes.marks import QuotedPassage, find_quoted_passages, paragraphs
from storylens.nlp.quotes.mentions import forget, own_words, phrase_offsets
from storylens.nlp.quotes.sources import (
    CONTENT_DEPS,
    MAX_SOURCE_WORDS,
    NAME_BEFORE_CUE,
    as_written,
    nearest_subject,
    passive_speaker,
    rejected_claim,
    source_of_cue,
    source_of_subject,
    subject_before_colon,
)
from storylens.nlp.quotes.speakers import is_place, named_description, names_a_time, resolve_subject
from storylens.nlp.quotes.turns import name_after_dash, name_before_colon, speaker_turns

# A quote of at most this many words with no cue is a scare quote ("patriots", "justice").
SCARE_QUOTE_WORDS = 2
# A name before a headline's colon ("Carter: ...") has at most this many words.
MAX_HEADLINE_NAME_WORDS = 4
# Fewer words than this are no statement (a stray mark, a quoted word).
MIN_QUOTE_WORDS = 2
# How many sentences back a quote without a cue looks for the speaker it continues.
CONTINUATION_SENTENCES = 3
# Words between a quote and its cue beyond which they are not one construction.
MAX_CUE_DISTANCE = 40
# The kinds of attribution that are quotes: someone's words. ``QuoteFinder`` also returns, for
# the PolNeAR scores, attributions that are no quote: "act" (what was done, "ordered an
# inquiry"), "unsaid" (a speech act the sentence says did not happen, "did not say that ...",
# "has yet to mention that ...") and "unattributed" (an agentless passive, "the men, who are
# believed to belong to ...", "it was reported that ...": nobody the article names says it) and
# "wish" (what someone wants or prefers done, "wants the public to pay": no statement).
QUOTE_KINDS = frozenset({"direct", "indirect", "mixed"})


def _kind(cue: Optional[Token], kind: str) -> str:
    """The kind of an attribution found with ``cue``: "unsaid" when the sentence says the speech
    act did not happen, "unattributed" when nobody does it (an agentless passive)."""
    if cue is None or kind == "act":
        return kind
    if rejected_claim(cue):
        return "unattributed"  # "rejected claims that ...": the claim's source goes unnamed
    if kind != "direct" and is_withheld(cue):
        return "unsaid"  # a direct quote's frame is not read for negation: the words were said
    if is_passive_without_agent(cue) and passive_speaker(cue) is None:
        return "unattributed"
    if kind != "direct" and (_wishes(cue) or _wished(cue)):
        return "wish"
    return kind


def _wished(cue: Token) -> bool:
    """A cue in the infinitive under a verb of wanting or preferring ("The militia wants everyone
    to know that it runs the valley", "wants the world to believe that ..."): what someone would
    like thought or said, not what anyone thinks or says."""
    if cue.dep_ not in ("xcomp", "ccomp") or cue.head.i == cue.i or not desires(cue.head):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _wishes(cue: Token) -> bool:
    """A verb of wanting or preferring with no proposition of its own ("wants the public to pay
    for its losses", "a fact the separatists prefer to ignore", "wants a refund"): what someone
    would like done, not what anyone said. "hopes that the dikes will hold" (a finite clause)
    stays a view."""
    if not desires(cue):
        return False
    return not any(c.dep_ in ("ccomp", "parataxis") and _is_finite(c) for c in cue.children)


@dataclass
class Attribution:
    """One attribution in character offsets: what the PolNeAR evaluation scores."""

    content: tuple[int, int]
    # direct, indirect, mixed; "act": the object noun phrase of a verb that neither reports speech
    # or thought nor states a position ("ordered an investigation"), an attribution for PolNeAR
    # but no quote (the component leaves it out of doc._.quotes).
    kind: str
    cue: Optional[tuple[int, int]] = None
    source: Optional[tuple[int, int]] = None  # the source phrase as written ("He", "sources")
    speaker: Optional[str] = None  # the name it resolves to
    # Who else speaks when the source is coordinated ("the carrier and the regulator said"):
    # the names of the conjuncts after the first, which ``speaker`` names.
    co_speakers: tuple[str, ...] = ()


# A description before that name ("“...,” a spokeswoman, Ines Talo, said").
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?:an?|the) [a-z][\w -]{0,40}, ")


class QuoteFinder:
    """Finds the attributions of a parsed Doc; the component stores them as Quote records.
    ``parse`` reads a Title Case headline again (:mod:`.headline`); by default a base pipeline
    loaded once per process, in the pipeline the pipes before the quote component."""

    def __init__(self, parse: Optional[Parse] = None) -> None:
        self._parse = parse

    def __call__(self, doc: Doc) -> list[Attribution]:
        found = self._find(doc)
        return self._with_headline_reread(doc, found)

    def _with_headline_reread(self, doc: Doc, found: list[Attribution]) -> list[Attribution]:
        """A Title Case headline's attributions read from its parse in the article's own casing
        (the Title Case parse takes its verbs for names). The offsets are the same."""
        text = doc_text(doc)
        spans = paragraphs(text)
        if not spans:
            return found
        start, end = spans[0]
        cased = sentence_cased(text, start, end)
        if cased is None:
            return found
        headline = (self._parse or default_parse())(cased)
        reread = self._find(headline)
        kept = [a for a in found if not start <= a.content[0] < end]
        for a in reread:
            moved = [None if x is None else (x[0] + start, x[1] + start) for x in (a.content, a.cue, a.source)]
            speaker = fullest_name(doc, as_written(a.speaker, cased, text[start:end])) if a.speaker else None
            kept.append(Attribution(moved[0], a.kind, moved[1], moved[2], speaker))
        return sorted(kept, key=lambda a: a.content)

    def _find(self, doc: Doc) -> list[Attribution]:
        forget(doc)  # the same Doc object may have changed since it was last seen
        text = doc_text(doc)
        passages = [p for p in find_quoted_passages(text) if p.end > p.start]
        quoted = [self._refine(doc, p) for p in passages]
        in_quote = set()
        for start, end in quoted:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                in_quote.update(range(span.start, span.end))
        cues = [t for t in doc if is_cue(t) and t.i not in in_quote]
        # '"...," she went on': beside a quotation a phrasal verb of saying is a cue too
        quote_cues = sorted(cues + [t for t in doc if t.i not in in_quote and phrasal_verb_of_saying(t)], key=lambda t: t.i)
        found: list[Attribution] = []
        used_cues: set[int] = set()
        for start, end in quoted:
            attribution = self._attribute_quote(doc, start, end, quote_cues, in_quote, found)
            if attribution is not None and any(_contains(a.content, attribution.content) for a in found):
                continue  # a second quoted phrase of a reported clause already taken whole
            if attribution is not None:
                found.append(attribution)
                if attribution.cue is not None:
                    used_cues.add(attribution.cue[0])
        found.extend(self._block_quotes(doc, cues, quoted, in_quote))
        headline = self._headline(doc)
        if headline is not None and not any(_contains(a.content, headline.content) for a in found):
            found.append(headline)
        covered = [a.content for a in found]
        for cue in cues:
            if cue.idx in used_cues:
                continue
            attribution = self._indirect(doc, cue, covered, in_quote)
            if attribution is not None:
                found.append(attribution)
                covered.append(attribution.content)
                used_cues.add(attribution.cue[0])
        # A lone quotation mark or one quoted word is nobody's statement; what the scorer finds
        # may be one word ("endorsed Cruz": a position held about one name).
        found = [a for a in found if _word_count(text[a.content[0] : a.content[1]]) >= MIN_QUOTE_WORDS]
        found.extend(self._learned(doc, in_quote, used_cues, covered))
        found = self._with_turns(doc, found)
        found = [_without_dateline(doc, a) for a in found]
        found = [_with_co_speakers(doc, a) for a in found]
        return sorted(found, key=lambda a: a.content)

    @staticmethod
    def _with_turns(doc: Doc, found: list[Attribution]) -> list[Attribution]:
        """Add the paragraphs a speaker label opens ("TAPPER: ..."). They come last and block
        nothing: the attributions the turn's words hold ("I think ...") were found on their own.
        A quote opening in the turn's paragraph that had no cue (also a transcript quoted whole,
        "RAMOS: ...) was given the last speaker heard; the label says who speaks, so the turn
        replaces it."""
        for turn in speaker_turns(doc):
            if any(a.content == turn.content for a in found):
                continue
            found = [a for a in found if a.cue is not None or not turn.paragraph[0] <= a.content[0] < turn.paragraph[1]]
            found.append(Attribution(turn.content, "direct", turn.colon, turn.label, turn.speaker))
        return found

    @staticmethod
    def _learned(doc: Doc, in_quote: set[int], used_cues: set[int], covered: list[tuple[int, int]]) -> list[Attribution]:
        """Attributions the learned scorer finds among the parse's (cue, content) pairs: the best
        content of each cue word the rules above did not use. Contents may nest ("X said that Y
        claimed ..." holds two attributions), but one content is not given twice."""
        best: dict[int, tuple[Candidate, float]] = {}
        cutoff = scorer.threshold()
        for candidate, probability in scorer.scored_candidates(doc, in_quote):
            cue = candidate.cue
            if probability < cutoff or cue.idx in used_cues or cue.i in in_quote:
                continue
            if cue.i not in best or probability > best[cue.i][1]:
                best[cue.i] = (candidate, probability)
        found = []
        for candidate, _ in sorted(best.values(), key=lambda c: c[0].cue.i):
            first, last = doc[candidate.content[0]], doc[candidate.content[1] - 1]
            content = (first.idx, last.idx + len(last))
            if content in covered:
                continue
            source, speaker = source_of_cue(candidate.cue, in_quote)
            # "ordered an inquiry": PolNeAR counts the object of a directive or an act as an
            # attribution, but it is what was done, nobody's words; the component drops it.
            # "inflated the number of gunmen to justify ...": a verb that neither says, thinks nor
            # feels is what was done, whatever the scorer made of it.
            act = not _may_report(candidate.cue) or not _says_something(candidate, in_quote)
            kind = _kind(candidate.cue, "act" if act else "indirect")
            found.append(Attribution(content, kind, _cue_offsets(candidate.cue), source, speaker))
            covered.append(content)
        return found

    @staticmethod
    def _refine(doc: Doc, passage: QuotedPassage) -> tuple[int, int]:
        """A passage whose opening mark is missing starts after its cue ("stated, From ...”"),
        else at the start of the sentence that holds its closing mark."""
        if passage.has_open:
            return passage.start, passage.end
        end_token = doc.char_span(passage.end - 1, passage.end, alignment_mode="expand")
        if end_token is None:
            return passage.start, passage.end
        sentence = end_token[0].sent
        start = max(sentence.start_char, passage.start)
        for token in doc[sentence.start : end_token.start]:
            if token.idx < start:
                continue
            if is_cue(token) and token.i + 1 < len(doc) and token.nbor(1).text in (",", ":"):
                start = token.nbor(1).idx + 1
        while start < passage.end and doc_text(doc)[start].isspace():
            start += 1
        return start, passage.end

    def _attribute_quote(
        self, doc: Doc, start: int, end: int, cues: list[Token], in_quote: set[int], heard: list[Attribution] = ()
    ) -> Optional[Attribution]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        first_sentence, last_sentence = span[0].sent, span[-1].sent
        words = [t for t in span if t.is_alpha or t.like_num]
        # A quote spread over paragraphs has its cue in the paragraph where it closes ("“... |
        # “...,” said Greta Halm") when it ends as a quotation does, with its own punctuation
        # inside the mark (not a title, ‘as “The Wall Street Journal” wrote’); a quote of one
        # paragraph has it in that paragraph.
        paragraph = _paragraph_of(doc, start)
        if _is_whole_sentence(span, SENTENCE_ENDS | {",", "—"}):
            paragraph = (paragraph[0], max(paragraph[1], _paragraph_of(doc, max(start, end - 1))[1]))
        else:
            paragraph = (paragraph[0], max(paragraph[1], end))
        window_start, window_end = _frame_window(doc, span, first_sentence, last_sentence)
        nearby = sorted(
            (
                c
                for c in cues
                if window_start <= c.i < window_end
                and paragraph[0] <= c.idx < paragraph[1]
                and _gap(span, c) <= MAX_CUE_DISTANCE
            ),
            key=lambda c: _gap(span, c),
        )
        for cue in nearby:
            kind = _link(cue, span, in_quote)
            if kind is None:
                continue
            if kind == "inside":
                if len(words) <= SCARE_QUOTE_WORDS:
                    return None
                kind = "mixed"
            content = (start, end)
            outer = _outer_speech_cue(cue, in_quote)
            if outer is not None:
                # "Fenn said the samples showed “elevated acidity”": the quoted words are Fenn's,
                # inside what Fenn said; "the samples" show, they do not speak.
                cue, kind = outer, "mixed"
            if kind == "mixed":
                clause = _reported_clause(cue, span)
                if clause is not None:
                    content = (min(clause.start_char, start), max(clause.end_char, end))
            elif len(words) <= SCARE_QUOTE_WORDS and not _is_whole_sentence(span, SENTENCE_ENDS | {","}):
                # "“Nobody came,” Mr Tal said": a sentence of its own, however short, is direct.
                kind = "mixed"
            source, speaker = source_of_cue(cue, in_quote, quote_end=end)
            if source is None and _kind(cue, kind) != "unattributed":
                source, speaker = _previous_speaker(doc, first_sentence, in_quote, heard)
            return Attribution(content, _kind(cue, kind), _cue_offsets(cue), source, speaker)
        signature = name_after_dash(doc, end)
        if signature is not None and len(words) > SCARE_QUOTE_WORDS:
            # "“...” ― Ana Ruiz, of Eastport": a dash and a name sign the quote.
            dash, signed = signature
            speaker = fullest_name(doc, signed.text) if signed[-1].ent_type_ == "PERSON" else signed.text
            return Attribution((start, end), "direct", dash, (signed.start_char, signed.end_char), speaker)
        named = name_before_colon(doc, start)
        if named is not None and len(words) > SCARE_QUOTE_WORDS:
            # "... the economist Lena Varga: “...”": a name and a colon introduce the quote.
            speaker = fullest_name(doc, named.text) if named[-1].ent_type_ == "PERSON" else named.text
            colon = len(doc_text(doc)[:start].rstrip()) - 1
            return Attribution((start, end), "direct", (colon, colon + 1), (named.start_char, named.end_char), speaker)
        introducer = subject_before_colon(doc, start, in_quote)
        if introducer is not None and len(words) > SCARE_QUOTE_WORDS:
            # "Vane was curt: “...”", "The mayor's answer was short: “...”": the clause before
            # the colon says who speaks, its subject (or the owner of the words it names).
            colon = len(doc_text(doc)[:start].rstrip()) - 1
            source, speaker = source_of_subject(introducer)
            return Attribution((start, end), "direct", (colon, colon + 1), source, speaker)
        if _is_standalone(doc, span, first_sentence, last_sentence) and (
            len(words) > SCARE_QUOTE_WORDS or _is_whole_sentence(span)
        ):
            # Dialogue: the speaker is the one the sentences before have talking ("..., Mr Tal
            # said. “Nobody came.”": a short sentence of its own is no scare quote).
            source, speaker = _previous_speaker(doc, first_sentence, in_quote, heard, opens_run=True)
            if speaker is not None:
                return Attribution((start, end), "direct", None, source, speaker)
        return None

    @staticmethod
    def _block_quotes(doc: Doc, cues: list[Token], quoted: list[tuple[int, int]], in_quote: set[int]) -> list[Attribution]:
        """A paragraph ending in a cue and a colon introduces the next paragraph as its words."""
        found = []
        text = doc_text(doc)
        spans = paragraphs(text)
        for (p_start, p_end), (n_start, n_end) in zip(spans, spans[1:]):
            if not text[p_start:p_end].rstrip().endswith(":"):
                continue
            if any(q_start <= n_start < q_end for q_start, q_end in quoted):
                continue  # the next paragraph is an ordinary quotation, attributed already
            colon_at = p_start + len(text[p_start:p_end].rstrip()) - 1
            intro = [c for c in cues if p_start <= c.idx < colon_at and c.lemma_.lower() not in THOUGHT_VERBS]
            if not intro:
                continue
            cue = intro[-1]
            source, speaker = source_of_cue(cue, in_quote)
            if source is None:
                continue
            found.append(Attribution((n_start, n_end), "direct", _cue_offsets(cue), source, speaker))
        return found

    @staticmethod
    def _headline(doc: Doc) -> Optional[Attribution]:
        """A headline that opens with a name and a colon ("Carter: Fleet Will Stay in Port") gives
        that name's words. Only the first line: further down, "Photo: ..." is a credit and
        "NAME: ..." a transcript turn."""
        text = doc_text(doc)
        spans = paragraphs(text)
        if not spans:
            return None
        p_start, p_end = spans[0]
        colon = text.find(":", p_start, p_end)
        if colon < 0:
            return None
        before = doc.char_span(p_start, colon, alignment_mode="expand")
        after = doc.char_span(colon + 1, p_end, alignment_mode="expand")
        if before is None or after is None or not 1 <= len(before) <= MAX_HEADLINE_NAME_WORDS:
            return None
        if not all(t.pos_ == "PROPN" or (t.is_title and t.pos_ == "NOUN") or t.is_punct for t in before):
            return None
        words = [t for t in after if not (t.is_punct or t.is_space)]
        if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
            return None  # a statement has a verb; a label ("Analysis: Wealth and Power") does not
        content = (words[0].idx, words[-1].idx + len(words[-1]))
        # The headline's short name ("Carter") at its fullest in the article ("Ann Carter").
        speaker = fullest_name(doc, resolve_subject(before.root) or before.text.strip())
        return Attribution(content, "direct", (colon, colon + 1), (before.start_char, before.end_char), speaker)

    @staticmethod
    def _indirect(doc: Doc, cue: Token, covered: list[tuple[int, int]], in_quote: set[int]) -> Optional[Attribution]:
        if cue.lower_ == "according":
            clause = cue.head if cue.head.i != cue.i else None
            if clause is None:
                return None
            # A paragraph break hangs on the sentence's last mark: left in, it would stretch the
            # content over "according to X" when the phrase ends the paragraph.
            tokens = [t for t in clause.subtree
                      if not (cue.left_edge.i <= t.i <= cue.right_edge.i) and not (t.is_punct or t.is_space)]
            content_tokens = tokens
        else:
            clause = next((c for c in cue.children if c.dep_ in CONTENT_DEPS), None)
            if clause is not None:
                content_tokens = list(clause.subtree)
            elif cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
                # "Mr. Obama, officials said, has become ...": the cue interrupts its content.
                inner = {t.i for t in cue.subtree}
                content_tokens = [t for t in cue.head.subtree if t.i not in inner]
                while content_tokens and content_tokens[0].is_punct:
                    content_tokens = content_tokens[1:]
            elif _clause_taken_for_subject(cue) is not None:
                # "The dikes held, he told the Observer": the parser made the clause's subject a
                # second subject of the cue and its verb a modifier; the clause is what was said.
                content_tokens = list(_clause_taken_for_subject(cue).subtree)
            elif _stated_figure(cue) is not None:
                # "Their cooperative now claims 4 million in losses": a figure claimed is a statement.
                content_tokens = list(_stated_figure(cue).subtree)
            else:
                return None
        while content_tokens and (content_tokens[-1].is_punct or content_tokens[-1].is_space):
            content_tokens = content_tokens[:-1]
        if len([t for t in content_tokens if t.is_alpha]) < 3:
            return None
        content = (content_tokens[0].idx, content_tokens[-1].idx + len(content_tokens[-1]))
        # A paragraph's closing white space ends no one's words.
        content = (content[0], content[0] + len(doc_text(doc)[content[0] : content[1]].rstrip()))
        if any(s < content[1] and content[0] < e for s, e in covered):
            return None
        if clause is not None and cue.lower_ != "according" and not _is_proposition(clause, in_quote):
            return None  # "Anyone found guilty ... will be jailed": no clause of its own
        if clause is not None and _is_frame(cue, clause):
            return None  # "The fire declared its own path, one witness joked": the frame of the sentence
        source, speaker = source_of_cue(cue, in_quote)
        kind = _kind(cue, "indirect")
        if clause is not None and perceives(cue) and not _states_findings(cue) and not _is_finite(clause):
            kind = "act"  # "Anyone who came found the trail closed": what was seen, no view stated
        if clause is not None and cue.dep_ == "relcl" and clause.dep_ == "xcomp" and _asks_to_be_treated(cue, clause):
            kind = "act"  # "a nurse, who asked not to be named, said": an aside on how the speaker is treated
        if source is None and kind != "unattributed":
            return None
        return Attribution(content, kind, _cue_offsets(cue), source, speaker)


def _with_co_speakers(doc: Doc, attribution: Attribution) -> Attribution:
    """A coordinated source speaks as one: "..., the national carrier and the country's aviation
    regulator said" is said by both bodies. Each conjunct is resolved alone; the first is the
    speaker (as before, when the whole phrase named it), the others are its co-speakers."""
    if attribution.source is None or attribution.kind not in QUOTE_KINDS:
        return attribution
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None:
        return attribution
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != span.start:
        return attribution  # only a source that is itself the coordinated phrase
    conjuncts = [t for t in root.conjuncts if span.start <= t.i < span.end and _speaks_apart(t, root)]
    if not conjuncts:
        return attribution
    names = []
    for token in [root, *conjuncts]:
        if is_place(token) or names_a_time(token):
            continue
        # A conjunct's name by the article's own words or its owner ("Cruz and his aides"), not by
        # salience: "her staff and the general public" names no one for "the general public".
        by_salience = token.i == root.i or token.pos_ == "PROPN" or any(c.dep_ == "poss" for c in token.children)
        name = resolve_subject(token) if by_salience else named_description(token)
        if name is None:
            phrase = _conjunct_as_written(token)
            name = phrase if len(phrase.split()) <= MAX_SOURCE_WORDS else None
        if name is not None and name not in names:
            names.append(name)
    if not names:
        return attribution
    speaker = attribution.speaker if attribution.speaker is not None and attribution.speaker in names else names[0]
    return replace(attribution, speaker=speaker, co_speakers=tuple(n for n in names if n != speaker))


def _speaks_apart(conjunct: Token, first: Token) -> bool:
    """A conjunct that is a speaker of its own: a name, a pronoun, a plural noun, or a noun with
    a determiner or owner of its own ("the national carrier and the country's aviation
    regulator"). A singular description sharing the first one's determiner is the same one
    ("the former secretary of state and current Democratic nominee"), and a singular
    description coordinated with a name describes it ("China, Pyongyang's only ally and its
    lifeline")."""
    if conjunct.pos_ in ("PROPN", "PRON") or conjunct.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if conjunct.pos_ != "NOUN":
        return False
    if first.pos_ == "PROPN" and conjunct.tag_ != "NNS":
        return False
    return conjunct.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in conjunct.children)


def _conjunct_as_written(token: Token) -> str:
    """One conjunct of a coordinated phrase, without the conjuncts after it and the "and"."""
    words = [t for t in own_words(token) if not (t.is_punct and t.i > token.i)]
    text = doc_text(token.doc)
    return text[words[0].idx : words[-1].idx + len(words[-1])] if words else token.text


def _clause_taken_for_subject(cue: Token) -> Optional[Token]:
    """The first of two subjects of a speech verb, when a comma parts it from the second and a
    verb of its own hangs on it: "The dikes held, he told the Observer", "All 140 passengers
    left by the slides, the airline said" (the parser read the reported clause as a noun phrase
    with a modifier). The second subject, next to the verb, is who speaks."""
    if cue.pos_ not in ("VERB", "AUX") or not reports_words(cue):
        return None
    subjects = sorted((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), key=lambda c: c.i)
    if len(subjects) < 2:
        return None
    first, speaker = subjects[0], subjects[-1]
    doc = cue.doc
    if first.right_edge.i + 1 >= speaker.left_edge.i or doc[first.right_edge.i + 1].text != ",":
        return None
    if not any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > first.i for c in first.children):
        return None
    return first


# Entity types of a figure ("4 million", "30 per cent", "11 passengers").
FIGURE_TYPES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _stated_figure(cue: Token) -> Optional[Token]:
    """The object of a verb of saying that is a figure ("claims 4 million in losses", "reported
    30 deaths", "confirmed 11 injuries"): what the subject states, although no clause says it."""
    if cue.pos_ not in ("VERB", "AUX") or not reports_words(cue):
        return None
    for obj in (c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i):
        if is_person_noun(obj) or obj.ent_type_ in ("PERSON", "NORP", "ORG"):
            continue  # "accused two developers of fraud", "told 300 residents": people, no figure
        if obj.ent_type_ in FIGURE_TYPES or any(c.dep_ == "nummod" or c.ent_type_ in FIGURE_TYPES for c in obj.children):
            return obj
    return None


def _is_proposition(clause: Token, in_quote: set[int]) -> bool:
    """A reported clause states something: it has a subject of its own ("said the dam had
    failed"), is an infinitive the cue's subject or object carries out ("told them to stay",
    "wants to run"), an imperative, or is quoted. A finite verb phrase with no subject
    ("... found guilty of looting will be jailed", a misparse) is a fragment."""
    if clause.dep_ == "xcomp" or any(i in in_quote for i in range(clause.left_edge.i, clause.right_edge.i + 1)):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return True
    if clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return True  # an imperative ("said: go home")
    return clause.pos_ not in ("VERB", "AUX")


# WordNet's files of nouns for a record of findings ("figures", "a study", "the tests", "data").
FINDINGS_LEXNAMES = frozenset({"noun.communication", "noun.cognition", "noun.act", "noun.quantity"})


def _states_findings(cue: Token) -> bool:
    """A verb of showing or finding whose subject is a record of findings: "The Health Board's
    figures show 19 deaths", "the study found high levels of lead" state what they found; a
    hiker who "found the body" came upon it."""
    subject = nearest_subject(cue)
    if subject is None:
        return False
    if subject.ent_type_ == "ORG":
        return True  # "RealClearPolitics showing Clinton ahead"
    if subject.pos_ != "NOUN":
        return False
    sense = first_sense(subject.lemma_.lower(), "n")
    return sense is not None and sense.lexname() in FINDINGS_LEXNAMES


def _is_finite(clause: Token) -> bool:
    """A clause with a tense of its own or a complementiser ("found that the valve had failed",
    "showed the levels were high", "found the dam leaks"), not a small clause ("found the trail
    closed", "found the banks flooded": the tagger reads the participle as a past tense, but a
    bare past of a verb other than "be" or "have" after a verb of perceiving is the state seen)."""
    if any(c.dep_ in ("aux", "auxpass", "mark") and c.lower_ != "to" for c in clause.children):
        return True
    if clause.tag_ in ("VBZ", "VBP", "MD"):
        return True
    return clause.tag_ == "VBD" and clause.lemma_.lower() in ("be", "have")


def _is_frame(cue: Token, clause: Token) -> bool:
    """A clause after the cue that is itself a speech cue set off by a comma ("..., one witness
    joked"): the frame that tells who speaks, not what the cue reports."""
    return clause.i > cue.i and is_cue(clause) and clause.doc[clause.left_edge.i].is_punct


# Parts of speech of a content that is only a pronoun or a determiner ("which", "it").
PRONOUN_TAGS = frozenset({"WDT", "WP", "PRP", "DT", "EX"})


def _says_something(candidate: Candidate, in_quote: set[int]) -> bool:
    """A learned content that is words or a proposition: not a relative pronoun or a pronoun
    alone ("which the minister calls"), not a subjectless fragment of a clause, and, for a noun
    phrase, the object of a verb that reports speech or states a view ("denied the report"), not
    of a verb of perceiving or coming upon ("found the body of a deer", "showed the damage")."""
    doc = candidate.cue.doc
    words = [t for t in doc[slice(*candidate.content)] if not t.is_punct]
    if words and all(t.tag_ in PRONOUN_TAGS for t in words):
        return False
    argument = candidate.argument
    if argument is not None and candidate.relation in ("ccomp", "parataxis") and _is_frame(candidate.cue, argument):
        return False
    if candidate.relation == "prep:to" and any(c.dep_ == "dobj" for c in candidate.cue.children):
        # "The Herald devoted two pages to the blast": beside an object, a "to" phrase is whom
        # or what the thing goes to (WordNet's frame "Somebody ----s something to somebody"),
        # not what anyone said.
        return False
    if withholds(candidate.cue) and candidate.relation == "xcomp":
        return False  # "Farmers refused to leave": a deed left undone ("rejected the plan" is a view)
    if perceives(candidate.cue) and not _states_findings(candidate.cue) and not (
        argument is not None and _is_finite(argument) and _is_proposition(argument, in_quote)
    ):
        return False  # "A hiker found the trail closed": what was found, not a view stated
    return not is_bare_noun_phrase(candidate, in_quote) or states_a_view(candidate.cue)


def _asks_to_be_treated(cue: Token, clause: Token) -> bool:
    """"(who) asked not to be named": a passive infinitive with no subject of its own after a cue
    with no object says how the one asking is to be treated (the infinitive's subject is the
    asker); "asked residents to stay indoors" (an object) is a directive to others."""
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return passive and not own_subject and not any(c.dep_ in ("dobj", "dative") for c in cue.children)


# WordNet's files of the verbs by which someone says, thinks or feels something.
REPORTING_LEXNAMES = frozenset({"verb.communication", "verb.cognition", "verb.emotion"})
# How many of a verb's most frequent WordNet senses are read for that.
REPORTING_SENSES = 3


def _may_report(cue: Token) -> bool:
    """A learned cue that can report a view: a noun ("X's claim that"), a reporting or position
    verb, or a verb one of whose most frequent WordNet senses is filed under communication,
    cognition or emotion ("plans to", "wants to", "called for"); not "inflated", "fought"."""
    if cue.pos_ not in ("VERB", "AUX") or states_a_view(cue):
        return True
    # The word as written too: the lemmatiser now and then takes "hoped" for "hop".
    readings = [wordnet().synsets(word, pos="v")[:REPORTING_SENSES] for word in {cue.lemma_.lower(), cue.lower_}]
    senses = [sense for reading in readings for sense in reading]
    return not senses or any(sense.lexname() in REPORTING_LEXNAMES for sense in senses)


def _without_dateline(doc: Doc, attribution: Attribution) -> Attribution:
    """A dateline ("PORT ELL — ...") is where the report was filed: neither part of what was
    said nor its speaker ("WASHINGTON -- President Obama said": President Obama)."""
    text = doc_text(doc)
    start, end = attribution.content
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", line_start)
    dateline = dateline_length(text[line_start : len(text) if line_end < 0 else line_end])
    if not dateline:
        return attribution
    report_start = line_start + dateline
    source = attribution.source
    if source is not None and source[0] < report_start:
        rest = doc.char_span(report_start, source[1], alignment_mode="contract") if report_start < source[1] else None
        if rest is None or not any(t.is_alpha for t in rest):
            attribution = replace(attribution, source=None, speaker=None)
        else:
            _, speaker = source_of_subject(rest.root)
            if speaker is None or text[line_start:report_start].strip(" -—–") in speaker:
                speaker = rest.text if len(rest.text.split()) <= MAX_SOURCE_WORDS else None
            attribution = replace(attribution, source=(rest.start_char, rest.end_char), speaker=speaker)
    if start < report_start < end:
        attribution = replace(attribution, content=(report_start, end))
    return attribution


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _cue_offsets(cue: Token) -> tuple[int, int]:
    if cue.lower_ == "according":
        to = cue.nbor(1)
        return cue.idx, to.idx + len(to)
    return cue.idx, cue.idx + len(cue)


# Children of a cue that may stand between it and its quote: "Peskov said", "he told reporters:".
_FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "dative", "dobj", "iobj", "prep", "advmod", "npadvmod", "aux", "neg", "agent", "prt"})


def _link(cue: Token, span: DocSpan, in_quote: set[int]) -> Optional[str]:
    """How a quote hangs on a cue: "direct" when only the cue's frame (its subject, addressee,
    punctuation) stands between them, "mixed" when the quote sits inside the clause the cue
    reports, None when they only share a sentence."""
    doc = cue.doc
    if cue.i >= span.end and cue.sent.start >= span[-1].sent.end and _reports_own_clause(cue, in_quote):
        return None  # "“I had never seen it so high.” She said the warehouse ...": her next statement
    between = doc[cue.i + 1 : span.start] if cue.i < span.start else doc[span.end : cue.i]
    frame = {t.i for child in cue.children if child.dep_ in _FRAME_DEPS for t in child.subtree}
    if any(c.dep_ == "prep" and c.i < span.start and span.start in {t.i for t in c.subtree} for c in cue.children):
        return "inside"  # part of the cue's own phrase ("announced in an interview with “Russia Today”")
    if all(t.is_punct or t.is_space or t.i in frame or t.i in in_quote for t in between):
        # “...,” he said: a quote before its cue opens the sentence; one inside the sentence is
        # the writer's phrase ("a defense of “New York values,” saying ...").
        if cue.i > span.start and any(not (t.is_punct or t.is_space) for t in doc[span[0].sent.start : span.start]):
            return None
        return "direct"
    if cue.i >= span.end and _only_a_name_between(doc, span, cue):
        return "direct"  # “...,” Ramos, 58, told AFP: the parser did not make the name the subject
    if cue.i < span.start and between[-1:].text.strip() == ":" and cue.sent.start <= span.start:
        return "direct"  # "... but clearly indicated that a settlement had been reached: “...”"
    root = span.root
    if cue in root.ancestors or any(cue in t.ancestors for t in span if t.i not in in_quote or t.i == root.i):
        return "mixed"
    return None


def _reports_own_clause(cue: Token, in_quote: set[int]) -> bool:
    """The cue reports a clause with a subject of its own after it, outside any quotation."""
    return any(
        c.dep_ in CONTENT_DEPS and c.i > cue.i and c.i not in in_quote
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in cue.children
    )


def _frame_window(doc: Doc, span: DocSpan, first: DocSpan, last: DocSpan) -> tuple[int, int]:
    """Token range in which a quote's cue is looked for: the quote's sentences, and the sentence
    right after its closing mark or right before its opening one when the sentence splitter cut
    the frame off the quote ("“...!” | Bush said.", "She told reporters: | “...”")."""
    start, end = first.start, last.end
    if end < len(doc) and all(t.is_space or t.is_punct for t in doc[span.end : end]):
        following = doc[end].sent if not doc[end].is_space else None
        if following is not None and "\n" not in doc[span.end - 1 : following.start].text:
            end = following.end
    if start > 0 and all(t.is_space or t.is_punct for t in doc[start : span.start]):
        preceding = doc[start - 1].sent
        if preceding[-1].text in (":", ",") and "\n" not in doc[preceding.end - 1 : span.start].text:
            start = preceding.start
    return start, end


def _only_a_name_between(doc: Doc, span: DocSpan, cue: Token) -> bool:
    """A quote that opens its sentence, then only a name (with a short apposition), then the cue."""
    if any(not (t.is_punct or t.is_space) for t in doc[span[0].sent.start : span.start]):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[span.end : cue.i]):
        return False
    between = doc_text(doc)[span.end_char : cue.idx].lstrip(" \t,—–-")
    description = _DESCRIPTION_BEFORE_NAME.match(between)
    if description is not None:
        between = between[description.end() :]
    match = NAME_BEFORE_CUE.search(between)
    return match is not None and match.start() == 0


def _gap(span: DocSpan, cue: Token) -> int:
    if cue.i < span.start:
        return span.start - cue.i
    return cue.i - span.end + 1


def _paragraph_of(doc: Doc, offset: int) -> tuple[int, int]:
    text = doc_text(doc)
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _is_standalone(doc: Doc, span: DocSpan, first: DocSpan, last: DocSpan) -> bool:
    """The quote makes up its sentences: nothing but punctuation around it."""
    around = [t for t in doc[first.start : last.end] if not (span.start <= t.i < span.end)]
    return all(t.is_punct or t.is_space for t in around)


def _reported_clause(cue: Token, span: DocSpan) -> Optional[DocSpan]:
    """The cue's reported clause when the quote sits inside it (a mixed quote). A quote in a
    clause coordinated with the cue after the clause it reports ("the mayor said that it was too
    early to tell, and there was “no evidence” yet that ...") is the rest of what was said: the
    reported clause runs on through that conjunct."""
    reported = [c for c in cue.children if c.dep_ in CONTENT_DEPS | {"xcomp", "dobj"}]
    for child in reported:
        left, right = child.left_edge.i, child.right_edge.i
        if left < span.start <= right:
            return cue.doc[left : min(max(right + 1, span.end), len(cue.doc))]
    for conjunct in (c for c in cue.children if c.dep_ == "conj" and c.left_edge.i <= span.start <= c.right_edge.i):
        before = [c for c in reported if c.dep_ in CONTENT_DEPS and c.right_edge.i < conjunct.left_edge.i]
        if before:
            return cue.doc[before[0].left_edge.i : min(max(conjunct.right_edge.i + 1, span.end), len(cue.doc))]
    return None


def _outer_speech_cue(cue: Token, in_quote: set[int]) -> Optional[Token]:
    """The speech cue whose reported clause holds a thought or perception cue ("Fenn said the
    samples showed ...", "the mayor said the study found ..."): what the inner verb shows or
    finds is part of what the outer speaker said. None for a speech cue (its subject speaks:
    "Fenn said the minister claimed ...")."""
    if is_speech_cue(cue):
        return None
    verb = cue
    while verb.dep_ in CONTENT_DEPS and verb.head.i != verb.i:
        verb = verb.head
        if verb.i not in in_quote and is_speech_cue(verb) and not is_withheld(verb):
            return verb
    return None


def _previous_speaker(
    doc: Doc,
    sentence: DocSpan,
    in_quote: set[int],
    heard: list[Attribution] = (),
    *,
    opens_run: bool = False,
) -> tuple[Optional[tuple[int, int]], Optional[str]]:
    """The speaker of a quote that carries no cue: the one a reader last heard talking, in the
    sentences just before (a quote paragraph continues the previous speaker). Sentences without a
    cue between them (a description, a photo credit) do not change who is talking. A quotation
    found before, in those sentences, is its speaker's turn, though it had no cue of its own
    ("“The water came fast.” | “Nobody came for two days.”"). With ``opens_run`` (the quote
    stands alone), a person named as the subject of the sentence right before, with no cue,
    opens the run of quotations ("Greta Halm runs the shelter. | “We had no boats.”"): the
    reader takes her for the one talking, not someone who spoke further back."""
    current = sentence
    for step in range(CONTINUATION_SENTENCES):
        if current.start == 0:
            break
        current = doc[current.start - 1].sent
        voices: list[tuple[int, Optional[tuple[int, int]], str]] = []
        for cue in (t for t in current if is_speech_cue(t) and t.i not in in_quote):
            source, speaker = source_of_cue(cue, in_quote)
            if speaker is not None:
                voices.append((cue.idx, source, speaker))
        for attribution in heard:
            start, end = attribution.content
            if attribution.speaker is not None and start < current.end_char and current.start_char < end:
                voices.append((start, attribution.source, attribution.speaker))
        if voices:
            _, source, speaker = max(voices, key=lambda v: v[0])
            return source, speaker
        if opens_run and step == 0:
            subject = _person_subject(current, in_quote)
            if subject is not None:
                return phrase_offsets(subject), resolve_subject(subject)
    return None, None


def _person_subject(sentence: DocSpan, in_quote: set[int]) -> Optional[Token]:
    """A person the sentence names as the subject of its main verb ("Greta Halm, who runs the
    shelter, saw it differently."), outside any quotation."""
    root = sentence.root
    subject = nearest_subject(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.i in in_quote or subject.ent_type_ != "PERSON":
        return None
    return subject if resolve_subject(subject) is not None else None


# Marks that end a sentence inside its quotation ("“Nobody came.”", "“Go home!”").
SENTENCE_ENDS = frozenset(".!?")


def _is_whole_sentence(span: DocSpan, ends: frozenset[str] = SENTENCE_ENDS) -> bool:
    """The quotation is a sentence of its own: it opens with a capital, holds a verb and ends
    with its own full stop, question or exclamation mark ("“Nobody came.”"), so however short
    it is no scare quote ("patriots")."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or not words[0].text[:1].isupper():
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    inner = span.text.rstrip().rstrip("”’\"'").rstrip()
    return inner[-1:] in ends
