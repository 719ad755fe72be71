"""Loaded language: the trained tagger and classifier on small Docs, and span decoding."""

import storylens.nlp.loaded_language  # noqa: F401  (registers the component)
from storylens.nlp.loaded_language import Word, decode_spans
from storylens.nlp.propaganda_model import SI_MODEL, TC_MODEL, TECHNIQUES, load_models


def test_artefacts_are_small_and_load():
    assert SI_MODEL.stat().st_size + TC_MODEL.stat().st_size < 5_000_000
    tagger, settings, classifier = load_models()
    assert 0 < settings["threshold"] < 1
    assert set(classifier.classes) <= set(TECHNIQUES)
    # The shipped technique classifier reads MiniLM vectors (TC 0.631 on PTC dev against 0.551
    # without); the tagger does not, so an article pays the transformer only where spans are.
    assert classifier.dense_weights is not None and tagger.dense_weights is None


def test_decoding_bridges_small_gaps_and_trims_function_words():
    words = [Word(w, i * 10, i * 10 + len(w), 0) for i, w in enumerate("the evil regime of the tyrant , said".split())]
    probabilities = [0.9, 0.9, 0.9, 0.1, 0.9, 0.9, 0.1, 0.1]
    spans = decode_spans(words, probabilities, threshold=0.5, max_gap=1)
    assert [(s.first, s.last) for s in spans] == [(1, 6)]  # "evil ... tyrant": "the" trimmed, gap bridged


def test_word_ranges_by_bisection_are_the_words_a_range_touches():
    from storylens.nlp.loaded_language import _word_ranges

    text = "Cruel  rulers, the brutal regime said; so-called reforms."
    words = [Word(w, text.index(w), text.index(w) + len(w), 0) for w in text.split()]
    word_range = _word_ranges(words)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            if any(w.start < end and start < w.end for w in words):  # the definition: the first word ending
                first = next(i for i, w in enumerate(words) if w.end > start)  # after start, the last
                last = max(i for i, w in enumerate(words) if w.start < end) + 1  # starting before end
                assert word_range(start, end) == (first, last), (start, end)


def test_decoding_never_crosses_sentences():
    words = [Word("evil", 0, 4, 0), Word("tyrant", 5, 11, 1)]
    assert len(decode_spans(words, [0.9, 0.9], threshold=0.5, max_gap=3)) == 2


def test_component_marks_loaded_words_with_technique_names(nlp):
    text = (
        "The corrupt, treasonous globalist elites are destroying our great nation with their disgusting lies. "
        "These traitors and thugs must be stopped before it is too late!"
    )
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    doc = nlp(doc)
    spans = doc._.loaded_spans
    assert spans
    for loaded in spans:
        assert loaded.category in TECHNIQUES
        assert text[loaded.span.start : loaded.span.end] == loaded.span.text
    marked = " ".join(s.span.text.lower() for s in spans)
    assert any(word in marked for word in ("corrupt", "treasonous", "disgusting", "traitors", "thugs"))


def test_plain_reporting_gets_few_spans(nlp):
    text = "The meeting took place on Tuesday in Minsk. The two delegations discussed trade and transport."
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    assert len(nlp(doc)._.loaded_spans) <= 1


def test_the_classifier_sees_only_the_sentences_that_hold_a_span_even_when_given_all():
    # A dense tagger encodes every sentence; the classifier must still get what it was trained
    # on (the other sentences that hold a span), whichever way the vectors arrive.
    import numpy as np

    from storylens.nlp.contextual import encode_words
    from storylens.nlp.loaded_language import FoundSpan, classify_spans

    text = "The corrupt thugs lied again. Talks resumed on Monday. The traitors must be stopped."
    words, position = [], 0
    for n, sentence in enumerate(("The corrupt thugs lied again .", "Talks resumed on Monday .", "The traitors must be stopped .")):
        for token in sentence.split():
            start = text.index(token, position)
            words.append(Word(token, start, start + len(token), n))
            position = start + len(token)
    def spans():
        return [FoundSpan(words[1].start, words[2].end, 1, 3, 0.9), FoundSpan(words[11].start, words[11].end, 11, 12, 0.9)]
    by_itself, given_all = spans(), spans()
    classify_spans(words, by_itself, text)
    classify_spans(words, given_all, text, vectors=encode_words(words, text))
    assert [s.category for s in by_itself] == [s.category for s in given_all]
    assert all(s.category in TECHNIQUES for s in by_itself)
