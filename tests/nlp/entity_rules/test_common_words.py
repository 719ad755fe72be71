"""A capitalised word that is also a word of the language is no untagged name (issue 19, round s30)."""

from __future__ import annotations

from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language


def test_invented_town_names_are_no_words_and_common_words_are():
    assert not is_a_word_of_the_language("Quellby")
    assert is_a_word_of_the_language("Local") and is_a_word_of_the_language("Assembly")


def test_a_name_before_a_common_noun_stays_a_name(nlp):
    # The round's drop of such modifiers removed "the Trump administration" on real news; it is out.
    doc = nlp("Apple said on Monday it would close the Halden plant. Apple workers walked out at noon.")
    assert [e.text for e in doc.ents if e.text == "Apple"] == ["Apple", "Apple"]
