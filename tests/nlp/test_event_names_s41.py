"""Round s41 (issue 19): a partisan epithet written as a minister's title ("Minister of Mayhem
Dora Kellin") names no happening; an outlet's coinage still does. Sentences written for this test."""

from __future__ import annotations


def _terms(nlp, text: str) -> list[str]:
    return [name.term for name in nlp(text)._.event_names]


def test_a_titles_charge_before_a_name_is_no_event_name(nlp):
    assert _terms(nlp, "Minister of Mayhem Dora Kellin clung to office on Tuesday.") == []


def test_a_coined_name_for_the_happening_still_is(nlp):
    assert "Harlen Massacre" in _terms(nlp, "Keepers feared the worst. The Harlen Massacre shocked the town.")
