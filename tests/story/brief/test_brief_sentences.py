"""How the brief words a sentence: one side of a dispute ("<outlet> reports that ..."), a word
tying a sentence to the one before; on sentences written for these tests."""

import pytest

from storylens.story.brief.sentences import leading_connective, parse, reported


def test_a_side_is_reported_without_its_dateline():
    assert reported("Harbour News", "KESSBY — Fishermen blocked the harbour on Tuesday.") == \
        "Harbour News reports that fishermen blocked the harbour on Tuesday"
    assert reported("Harbour News", "PORT ELLIS, Vard. — Fishermen blocked the harbour.") == \
        "Harbour News reports that fishermen blocked the harbour"
    # capitals that are a name, and a dash inside the sentence, stay
    assert reported("Harbour News", "UN inspectors said the harbour was blocked.") == \
        "Harbour News reports that UN inspectors said the harbour was blocked"
    assert reported("Harbour News", "The harbour - the old one - was blocked.") == \
        "Harbour News reports that the harbour - the old one - was blocked"


def test_a_side_that_opens_on_an_anaphor_is_quoted():
    assert reported("Harbour News", "That blockade has not ended.") == "Harbour News reports: “That blockade has not ended”"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Thus, the mayor of Orlan signed the contract on Monday.", "the mayor of Orlan signed the contract on Monday."),
        ("Suddenly, the pier at Hesk gave way under the crowd.", "the pier at Hesk gave way under the crowd."),
        ("But the council never published the audit.", "the council never published the audit."),
        ("Yesterday the council published the audit.", "Yesterday the council published the audit."),
        ("Quickly rising waters cut the road to Hesk.", "Quickly rising waters cut the road to Hesk."),
    ],
)
def test_a_word_tying_the_sentence_to_the_one_before_is_cut(text, kept):
    (doc,) = parse([text])
    assert text[leading_connective(doc):] == kept
