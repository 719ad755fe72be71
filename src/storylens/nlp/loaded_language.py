"""Loaded language and persuasion techniques as character spans (issue 6).

The token tagger of propaganda_model.py marks tokens that sit inside a propaganda span; runs
of marked tokens (bridging one-token gaps) become spans, trimmed of edge punctuation and
function words; the span classifier names each span's technique (one of the 14 SemEval-2020
Task 11 names, Loaded_Language most often). The same decoding is used by the PTC evaluation.
Models trained with a dense part read MiniLM vectors: the shipped classifier (--classifier
dense of scripts/train_propaganda.py) those of the sentences that hold a span, a --tagger mlp
those of every sentence. The shipped tagger is sparse, so an article with no span makes no
transformer pass.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from spacy.language import Language
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from storylens.nlp import extensions
from storylens.nlp.contextual import encode_sentences, encode_words
from storylens.nlp.doc_index import doc_sentences, doc_text
from storylens.nlp.event_rules import QuotedText
from storylens.nlp.loaded_rules import (
    clique_nouns,
    criminal_sides,
    outlet_rhetoric,
    outlet_sneers,
    outlet_stance,
    doubting_premodifiers,
    outlet_depictions,
    evaluative_nouns,
    evaluative_phrases,
    imputed_deceit,
    imputed_motives,
    judges,
    keeps_span,
    loaded_figures,
    outlet_verdicts,
    reports_plainly,
    without_edge_names,
)
from storylens.nlp.loaded_rules.nouns import CATEGORY as NOUN_CATEGORY
from storylens.nlp.propaganda_model import (
    load_models,
    span_dense,
    span_features,
    span_sentence_view,
    tagger_dense,
    token_features,
)
from storylens.records import LoadedSpan, Span
from storylens.nlp.wordnet import senses_of


@dataclass
class Word:
    text: str
    start: int
    end: int
    sentence: int


@dataclass
class FoundSpan:
    start: int  # character offsets
    end: int
    first: int  # word indices, end exclusive
    last: int
    score: float
    category: str = "Loaded_Language"


def _trim(words: Sequence[Word], first: int, last: int) -> tuple[int, int]:
    """Drop edge punctuation and function words: spans start and end on a content word."""
    while first < last and (words[first].text.lower() in STOP_WORDS or not any(c.isalnum() for c in words[first].text)):
        first += 1
    while last > first and (
        words[last - 1].text.lower() in STOP_WORDS or not any(c.isalnum() for c in words[last - 1].text)
    ):
        last -= 1
    return first, last


def decode_spans(
    words: Sequence[Word],
    probabilities: Sequence[float],
    *,
    threshold: float,
    max_gap: int = 1,
    seed_threshold: float = 0.0,
) -> list[FoundSpan]:
    """Runs of tokens above ``threshold`` within one sentence, bridging gaps of ``max_gap`` tokens,
    kept when one of their tokens reaches ``seed_threshold`` (hysteresis: a confident core grows
    into its less confident neighbours, and runs of weak tokens alone are dropped)."""
    runs: list[list[int]] = []
    for i, probability in enumerate(probabilities):
        if probability < threshold:
            continue
        if runs and words[i].sentence == words[runs[-1][0]].sentence and i - runs[-1][1] - 1 <= max_gap:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    spans = []
    for first, last in runs:
        a, b = _trim(words, first, last + 1)
        if b > a and max(probabilities[first : last + 1]) >= seed_threshold:
            score = float(sum(probabilities[a:b]) / (b - a))
            spans.append(FoundSpan(words[a].start, words[b - 1].end, a, b, score))
    return spans


Vectors = tuple[np.ndarray, np.ndarray]  # contextual.encode_words: per word, per sentence id


def tagger_reads_vectors() -> bool:
    """Whether the tagger has a dense part, and so needs the MiniLM pass over every sentence
    before it can find spans (a dense classifier alone encodes only the sentences that hold a
    span)."""
    tagger, _, _ = load_models()
    return tagger.dense_weights is not None


def span_inputs(words: Sequence[Word], spans: Sequence[FoundSpan], text: str, vectors: Vectors | None):
    """(sparse feature rows, dense rows or None) of the spans for the technique classifier;
    dense rows only when ``vectors`` are given."""
    lowered = text.lower()
    rows, dense = [], []
    if vectors is not None:
        from storylens.nlp.minilm import embed

        word_vectors, sentence_vectors = vectors
        span_vectors = embed([text[s.start : s.end] for s in spans])
    for n, span in enumerate(spans):
        inside = [w.text for w in words[span.first : span.last]]
        repeats = lowered.count(text[span.start : span.end].lower())
        before = [w.text for w in words[max(0, span.first - 3) : span.first]]
        after = [w.text for w in words[span.last : span.last + 3]]
        rows.append(span_features(inside, before, after, repeats))
        if vectors is not None:
            sentence = words[span.first].sentence if span.last > span.first else 0
            dense.append(
                span_dense(
                    text, span.start, span.end, span.first, span.last, word_vectors, sentence_vectors, sentence, span_vectors[n]
                )
            )
    return rows, (np.array(dense, dtype=np.float32) if vectors is not None else None)


def classify_spans(words: Sequence[Word], spans: list[FoundSpan], text: str, vectors: Vectors | None = None) -> None:
    """Name each span's technique with the span classifier (in place); pass ``vectors`` when the
    article was already encoded (a dense tagger), to save the transformer pass."""
    if not spans:
        return
    _, _, classifier = load_models()
    # Only the sentences that hold a span, as in training: a span is compared with the
    # article's other loaded sentences, and the other sentences need no transformer pass.
    loaded = {words[s.first].sentence for s in spans}
    if classifier.dense_weights is None:
        vectors = None
    elif vectors is None:
        vectors = encode_sentences(words, text, loaded)
    else:
        vectors = (vectors[0], span_sentence_view(vectors[1], loaded))
    rows, dense = span_inputs(words, spans, text, vectors)
    probabilities = classifier.scores(rows, dense)
    for span, row in zip(spans, probabilities):
        span.category = classifier.classes[int(row.argmax())]


def find_loaded_spans(
    words: Sequence[Word], text: str, *, threshold: float | None = None, vectors: Vectors | None = None
) -> list[FoundSpan]:
    """Propaganda spans of one text, each with its technique. With a dense tagger, one MiniLM
    pass over the text's sentences (``vectors``, computed here unless given) serves both tagger
    and classifier; with a sparse tagger, a dense classifier encodes only the sentences that
    hold a span."""
    if not words:
        return []
    tagger, settings, _ = load_models()
    if vectors is None and tagger.dense_weights is not None:
        vectors = encode_words(words, text)
    sentence_ids = [w.sentence for w in words]
    dense = tagger_dense(*vectors, sentence_ids) if tagger.dense_weights is not None else None
    probabilities = tagger.scores(token_features([w.text for w in words], sentence_ids), dense)
    cut = settings.get("threshold", 0.5) if threshold is None else threshold
    spans = decode_spans(
        words,
        list(probabilities),
        threshold=cut,
        max_gap=int(settings.get("max_gap", 1)),
        seed_threshold=max(cut, settings.get("seed_threshold", 0.0)),
    )
    classify_spans(words, spans, text, vectors)
    return spans


def doc_words(doc: Doc) -> list[Word]:
    sentence_of = {}
    for n, sentence in enumerate(doc_sentences(doc)):
        for token in sentence:
            sentence_of[token.i] = n
    return [Word(t.text, t.idx, t.idx + len(t.text), sentence_of.get(t.i, 0)) for t in doc if not t.is_space]


@Language.factory(
    "storylens_loaded_language",
    default_config={"threshold": None},
    requires=["doc.sents"],
    assigns=["doc._.loaded_spans"],
)
def make_loaded_language(nlp: Language, name: str, threshold: float | None) -> "LoadedLanguage":
    return LoadedLanguage(threshold=threshold)


def _word_ranges(words: Sequence[Word]):
    """A lookup of the words a character range covers (first, end exclusive), by bisection over
    the words' offsets rather than a scan of the article's words per span."""
    starts, ends = [w.start for w in words], [w.end for w in words]

    def word_range(start: int, end: int) -> tuple[int, int]:
        return bisect_right(ends, start), bisect_left(starts, end)

    return word_range


def read_against_doc(doc: Doc, spans: list[FoundSpan], words: Sequence[Word]) -> list[FoundSpan]:
    """The model's spans the parsed Doc lets stand (``nlp/loaded_rules``): spans made only of
    names, markup, or plain words are dropped, and names at the edges of the others are cut."""
    kept = []
    word_range = _word_ranges(words)
    for span in spans:
        if not keeps_span(doc, span.start, span.end):
            continue
        start, end = without_edge_names(doc, span.start, span.end)
        if (start, end) != (span.start, span.end):
            first, last = word_range(start, end)
            span = FoundSpan(start, end, first, last, span.score, span.category)
        kept.append(span)
    return kept


def evaluative_additions(doc: Doc, words: Sequence[Word], kept: list[FoundSpan]) -> list[FoundSpan]:
    """Evaluative adjectives, imputed motives ("inflated the figures to inflame tensions"),
    charges of deceit ("exaggerated the injuries ..."), loaded figures ("held the port hostage",
    ``loaded_rules/figures.py``) and judging plural nouns ("lackeys") in the outlet's own voice
    that no span of ``kept`` covers (the component passes the spans that judge: a context span
    shows no words, so what is read inside it is added), as spans
    (the technique of an adjective's phrase or a motive named by the span classifier, a noun's
    Name_Calling,Labeling; score = the adjective's learned weight, 1 for a motive, or the noun
    scorer's probability). The component records them with ``found_by="evaluative"``: the brief cuts or
    quotes one outlet's evaluative words in the sentence it chose rather than avoiding such
    sentences, so these spans do not change which sentence it picks (docs/brief.md)."""
    taken = [(s.start, s.end) for s in kept]
    quoted = QuotedText(doc_text(doc))
    adjectives, nouns = [], []
    word_range = _word_ranges(words)
    readings = (
        (evaluative_phrases(doc, quoted), adjectives),
        (doubting_premodifiers(doc, quoted), adjectives),
        (imputed_motives(doc, quoted), adjectives),
        (imputed_deceit(doc, quoted), adjectives),
        (loaded_figures(doc, quoted), adjectives),
        (outlet_verdicts(doc, quoted), adjectives),
        (outlet_depictions(doc, quoted), adjectives),
        (outlet_rhetoric(doc, quoted), adjectives),
        (evaluative_nouns(doc, quoted), nouns),
        (clique_nouns(doc, quoted), nouns),
        (outlet_stance(doc, quoted), adjectives),
        (criminal_sides(doc, quoted), nouns),
        (outlet_sneers(doc, quoted), adjectives),
    )
    for found, group in readings:
        for start, end, weight in found:
            if words and not any(start < e and s < end for s, e in taken):
                first, last = word_range(start, end)
                group.append(FoundSpan(start, end, first, last, weight))
                taken.append((start, end))
    classify_spans(words, adjectives, doc_text(doc))
    for span in nouns:
        span.category = NOUN_CATEGORY
    return sorted(adjectives + nouns, key=lambda s: s.start)


def _modifies_as_a_word(modifier, head) -> bool:
    """A compound or adjective right before ``head`` that belongs to its phrase and is no name."""
    from storylens.nlp.loaded_rules.filters import is_name

    return modifier.head.i == head.i and modifier.dep_ in ("compound", "amod") and not modifier.is_stop and not is_name(modifier)


def headline_additions(doc: Doc) -> list[FoundSpan]:
    """Judging words of a headline that no shown span covers (issue 19, round s32), each with the
    compound and adjective modifiers before it ("treason farce"). The tagger, trained on body
    sentences, reads headline grammar (no articles, the present for the past, "Chaos as X
    botches Y") poorly, and its spans there are mostly context; so every word of the headline is
    read as a body's words are (round s33: ``headline_word_score``), and nothing for being in
    a headline: an adjective or adverb as the evaluative phrases read one (by its meaning:
    "negligent", not "aground"), a noun or verb as the words of a tagger span (``judges``: the
    modifier scorer, the judging-noun scorer, no verb done to a thing, no plain event word:
    "collapses", "warns", "condemns", "Dravo collapse" are not loaded). A word capitalised only
    as the headline's first ("Negligent agency let bridge rot", parsed as a proper noun) is read
    as the common word it is. Quoted words are the speaker's and are not read. The span's score is
    the word's own (the scorer's probability), not a fixed 1."""
    from storylens.nlp.loaded_rules.nouns import lower_case_word

    words = doc_words(doc)
    shown = [(s.span.start, s.span.end) for s in doc._.loaded_spans or [] if s.shows_words]
    quoted = QuotedText(doc_text(doc))
    found = []
    word_range = _word_ranges(words)
    for token in doc:
        common_first_word = token.pos_ == "PROPN" and not token.ent_type_ and token.i == 0 and lower_case_word(token)
        if not token.is_alpha or token.is_stop or (token.pos_ not in ("NOUN", "VERB", "ADJ", "ADV") and not common_first_word):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(a < end and start < b for a, b in shown) or quoted.inside(start, end):
            continue
        score = headline_word_score(doc, token)
        if score is None:
            continue
        first = token
        while first.i > 0 and _modifies_as_a_word(doc[first.i - 1], token):
            first = doc[first.i - 1]
        found = [f for f in found if not (first.idx <= f.start and f.end <= end)]  # "treason" inside "treason farce"
        a, b = word_range(first.idx, end)
        found.append(FoundSpan(first.idx, end, a, b, score))
        shown.append((first.idx, end))
    classify_spans(words, found, doc_text(doc))
    return found


def headline_word_score(doc: Doc, token) -> float | None:
    """How strongly one word of a headline judges (the scorer's probability), or None when it does
    not: a word WordNet knows as an adjective, read as a modifier or the first word of the line,
    judges by its meaning (``evaluative.judges_by_meaning``); any other word as a word of a body's
    tagger span does (``loaded_rules.judges``)."""
    from storylens.nlp.loaded_rules.evaluative import JUDGING_MEANING, adjective_senses, judges_by_meaning
    from storylens.nlp.loaded_rules.modifiers import modifier_score, score_modifiers
    from storylens.nlp.loaded_rules.nouns import noun_score

    word = token.lower_
    score_modifiers([word])
    if token.pos_ in ("ADJ", "ADV") or (token.pos_ == "PROPN" and adjective_senses(word)):
        if not adjective_senses(word) and token.pos_ == "ADV":
            return None  # an adverb: read by the depictions and motives rules, not alone
        meaning = modifier_score(word)
        return meaning if judges_by_meaning(word, meaning) else None
    start, end = token.idx, token.idx + len(token.text)
    if not judges(doc, start, end):
        return None
    if token.pos_ == "VERB" or not _known_as_noun(token):
        # A verb (or a verb the parse takes for a noun: "Police detain editor") judges alone only
        # by its meaning, at the bar of a body's adjective that no tagger span vouches for
        # ("botched" 0.75 against "detain" 0.61): in a body, a 0.6 word counts inside a span the
        # tagger already read as persuasive; a headline's word stands alone.
        return modifier_score(word) if modifier_score(word) >= JUDGING_MEANING else None
    return max(modifier_score(word), noun_score(word) if token.tag_ == "NNS" else 0.0)


def _known_as_noun(token) -> bool:
    """WordNet knows the word as a noun, or does not know it at all ("scaremongering")."""
    word = token.lower_
    as_noun = senses_of(word)
    return bool(as_noun) or not senses_of(word, "v")


class LoadedLanguage:
    """The PTC models' spans that the Doc lets stand (``read_against_doc``), and the evaluative
    phrases in the outlet's own voice that they miss (``evaluative_additions``). A model span with
    no word that judges (``loaded_rules.judges``) is recorded with ``found_by="context"``, or
    ``"plain"`` when its sentences report plainly (``loaded_rules.reports_plainly``, round s33)."""

    def __init__(self, *, threshold: float | None = None) -> None:
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        found = extensions.doc_list(doc, "loaded_spans")
        article_id = doc._.article_id or ""
        words = doc_words(doc)
        text = doc_text(doc)
        voices = Voices(doc)
        kept = read_against_doc(doc, find_loaded_spans(words, text, threshold=self.threshold), words)
        judging = [span for span in kept if judges(doc, span.start, span.end)]
        for span in kept:
            # A span none of whose words judges is the tagger's reading of its context: kept apart
            # (shown nowhere as loaded words; the brief still prefers other sentences to its clause).
            # A span that runs into or out of a quotation is cut at its marks (round s31): the words
            # inside are the speaker's, those outside the outlet's, each judged on its own.
            for start, end, voice, speaker_text in voices.parts(span.start, span.end):
                whole = (start, end) == (span.start, span.end)
                if voice == "quoted":
                    # a speaker's word for their own feeling is no loaded word (round s34)
                    shows = judges(doc, start, end, quoted=True)
                else:
                    shows = span in judging if whole else judges(doc, start, end)
                found_by = "model" if shows else "context"
                if found_by == "context" and (voice == "quoted" or not whole):
                    # a quoted remark with no judging word is neither loaded nor the outlet's
                    # persuasion; nor is the plain remainder of a span cut at a quotation
                    continue
                if found_by == "context" and reports_plainly(doc, start, end):
                    # a place, a rule, a person's age and job, a reported claim: the tagger read
                    # the context, the grammar says plain report; no technique is named for it
                    # (round s33), though the brief still prefers other sentences to it
                    found_by = "plain"
                found.append(
                    LoadedSpan(
                        Span.of(article_id, text, start, end), span.category, round(span.score, 3), found_by,
                        voice=voice, speaker_text=speaker_text,
                    )
                )
        # a context span shows no words, so the loaded words read inside it are added (round s29);
        # nor does a quoted word stand for the outlet's clause around it (round s35: the quoted
        # "terrorists" in 'reached for the word "terrorists" to distract from its failures')
        outlet_judging = [
            FoundSpan(start, end, span.first, span.last, span.score, span.category)
            for span in judging
            for start, end, voice, _ in voices.parts(span.start, span.end)
            if voice == "outlet" and judges(doc, start, end)
        ]
        for span in evaluative_additions(doc, words, outlet_judging):
            found.append(
                LoadedSpan(Span.of(article_id, text, span.start, span.end), span.category, round(span.score, 3), "evaluative")
            )
        return doc


class Voices:
    """Whose words a span of the article is: the outlet's, or a quoted speaker's. A span most of
    whose characters lie inside quotation marks is quoted (the tagger's runs may take in the
    closing mark or the word after it); its speaker is that of the attributed quotation around it
    (``doc._.quotes``, set by the quotes component before this one), when there is one."""

    def __init__(self, doc: Doc) -> None:
        from storylens.nlp.quotes.marks import find_quoted_passages

        text = self.text = doc_text(doc)
        self.passages = [(p.start, p.end) for p in find_quoted_passages(text)] if any(c in text for c in "\"“”«»") else []
        self.quotes = [q for q in (doc._.quotes or []) if q.kind in ("direct", "mixed")]

    def parts(self, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
        """The span cut at the edges of the quotations it straddles: (start, end, voice, speaker)
        of each part that holds a word, the marks and spaces at its edges left out. A span
        inside one quotation, or touching none, is one part, voiced by ``of``."""
        cuts = sorted({edge for a, b in self.passages for edge in (a, b) if start < edge < end})
        if not cuts:
            return [(start, end, *self.of(start, end))]
        parts = []
        for a, b in zip([start, *cuts], [*cuts, end]):
            while a < b and not self.text[a].isalnum():
                a += 1
            while b > a and not self.text[b - 1].isalnum():
                b -= 1
            if a < b:
                parts.append((a, b, *self.of(a, b)))
        return parts

    def of(self, start: int, end: int) -> tuple[str, str | None]:
        inside = sum(max(0, min(end, b) - max(start, a)) for a, b in self.passages)
        if end <= start or inside * 2 <= end - start:
            return "outlet", None
        around = [q for q in self.quotes if q.span.start <= start + (end - start) // 2 < q.span.end]
        return "quoted", (around[0].speaker_text if around else None)
