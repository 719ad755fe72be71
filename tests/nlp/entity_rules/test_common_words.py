"""A capitalised common noun modifying another noun is a word, not an actor (issue 19, round s30)."""

from __future__ import annotations

from storylens.nlp.entity_rules.common_words import is_common_word


def names(nlp, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents}


def test_a_call_to_action_naming_the_paper_makes_no_person(nlp):
    text = "Three men were arrested.\n\nHerald readers can send information in confidence to the newsdesk."
    assert "Herald" not in names(nlp, text)


def test_a_common_noun_before_officials_is_no_name(nlp):
    assert "Transport" not in names(nlp, "Transport officials said the bridge would reopen in May.")


def test_a_town_before_residents_is_kept(nlp):
    # WordNet has no common noun "Quellby": the modifier is a name
    assert not is_common_word("Quellby")
    assert is_common_word("Gazette") and is_common_word("Transport")


def test_a_company_the_article_also_names_on_its_own_keeps_its_modifier_mention(nlp):
    # "Apple" is a word of the language (a fruit), but the article names the company on its own too.
    doc = nlp("Apple said on Monday it would close the Halden plant. Apple workers walked out at noon.")
    assert [e.text for e in doc.ents if e.text == "Apple"] == ["Apple", "Apple"]
