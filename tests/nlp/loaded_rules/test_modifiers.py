"""Adjectives, adverbs and hyphenated premodifiers that judge what they describe (issue 15): read
from the parse, scored by the modifier scorer above plain ones."""

from __future__ import annotations

from storylens.nlp.loaded_rules.modifiers import modifier_score, modifier_words
from storylens.story.brief.voice import BRIEF_MODIFIER_SCORE


def test_the_scorer_reads_judging_modifiers_above_plain_ones():
    judging = ("spineless", "cowardly", "meekly", "penny-pinching", "greedy")
    plain = ("sealed", "wooden", "northern", "postal", "overnight", "publicly")
    for word in judging:
        assert modifier_score(word) >= BRIEF_MODIFIER_SCORE, word
    for word in plain:
        assert modifier_score(word) < BRIEF_MODIFIER_SCORE, word


def test_modifiers_are_read_from_the_parse_hyphenated_ones_whole(nlp):
    text = "The penny-pinching council has meekly approved a wooden bridge for Pellin."
    words = [w for w, _, _ in modifier_words(nlp(text))]
    assert "penny-pinching" in words and "meekly" in words and "wooden" in words
    assert "penny" not in words and "pinching" not in words
    assert "Pellin" not in words and "council" not in words
