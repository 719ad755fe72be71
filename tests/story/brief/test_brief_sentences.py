"""How the brief words one side of a dispute ("<outlet> reports that ..."), on sentences written for these tests."""

from storylens.story.brief.sentences import reported


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
