"""Sentence starts preset from the layout: headlines, captions, paragraphs, broken lines."""

from __future__ import annotations

import re

import pytest

from conftest import article_by_file


def sentence_texts(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_headline_and_caption_are_not_merged_into_the_first_paragraph(nlp):
    text = (
        "Wagner Chief Halts March as Talks Continue\n"
        "Members of the group sit atop a tank in the city centre\n\n"
        "The mercenary chief agreed to stop his forces on Saturday."
    )
    assert sentence_texts(nlp, text) == [
        "Wagner Chief Halts March as Talks Continue",
        "Members of the group sit atop a tank in the city centre",
        "The mercenary chief agreed to stop his forces on Saturday.",
    ]


def test_blank_line_inside_a_sentence_does_not_split_it(nlp):
    text = "The statement was released after the commander\n\npublished an audio recording. It was short."
    assert sentence_texts(nlp, text) == [
        "The statement was released after the commander\n\npublished an audio recording.",
        "It was short.",
    ]


def test_paragraph_after_blank_line_starts_a_sentence(nlp):
    text = "He spoke for an hour without notes\n\nOfficials declined to comment on the talks."
    assert len(sentence_texts(nlp, text)) == 2


def test_line_break_before_a_lowercase_word_never_starts_a_sentence(nlp):
    text = "The talks in the capital went on\nuntil late at night, officials said."
    assert len(sentence_texts(nlp, text)) == 1


def test_hard_wrapped_text_is_not_split_before_capitalised_names(nlp):
    lines = [
        "The negotiations between the two delegations were led on the first day by",
        "Foreign Minister Anna Berg, who spoke to reporters outside the building and",
        "said that the talks would continue for as long as both sides were willing",
        "to meet, according to a statement released later by the ministry in the",
        "capital on Friday evening after a long day of meetings with the envoys.",
    ]
    assert len(sentence_texts(nlp, "\n".join(lines))) == 1


def test_gold_evidence_is_not_split_across_sentences(seed_analyses, seed_articles, gold):
    """Every gold evidence string that is one sentence or less lies inside one sentence."""
    evidence = []

    def walk(node):
        if isinstance(node, dict):
            if "file" in node and "contains" in node:
                evidence.append((node["file"], node["contains"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({key: value for key, value in gold.items() if key != "boilerplate"})
    checked = 0
    for name, contains in evidence:
        if re.search(r"[.!?]\s", contains):
            continue  # spans several sentences by design
        article = article_by_file(seed_articles, name)
        analysis = next(a for a in seed_analyses if a.article.id == article.id)
        match = re.search(r"\s+".join(map(re.escape, contains.split())), article.text)
        if match is None:
            continue  # another layer's concern (e.g. cleaning changed the text)
        checked += 1
        assert any(s.start <= match.start() and match.end() <= s.end for s in analysis.sentences), contains
    assert checked >= 50


def test_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("storylens_sentences") < names.index("parser")


@pytest.mark.parametrize("text", ["", "\n\n", "Title\n\n\n"])
def test_degenerate_texts(nlp, text):
    assert nlp(text) is not None


def test_a_sentence_ends_after_a_clock_time_before_a_word_that_cannot_continue_it(nlp):
    assert sentence_texts(nlp, "The levee at Orsa broke at 6 a.m. Volunteers filled sandbags all day.") == [
        "The levee at Orsa broke at 6 a.m.",
        "Volunteers filled sandbags all day.",
    ]
    for one in (
        "The levee at Orsa broke at 6 a.m. Monday and volunteers came.",
        "The levee at Orsa broke at 6 a.m. GMT, officials said.",
        "The levee at Orsa broke at 6 a.m. on Monday the agency said.",
        "At 6 a.m. Orsa's volunteers came.",
    ):
        assert sentence_texts(nlp, one) == [one], one


def test_a_typewriter_mark_opening_a_quotation_after_a_full_stop_starts_the_next_sentence(nlp):
    text = "Lena Brun agreed that the fees would rise. ''There's a lot of new paperwork,'' said Mr. Tal."
    assert sentence_texts(nlp, text) == [
        "Lena Brun agreed that the fees would rise.",
        "''There's a lot of new paperwork,'' said Mr. Tal.",
    ]
