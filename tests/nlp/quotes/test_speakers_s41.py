"""Pronoun speakers (round s41, kinds an audit on fresh stories found, on sentences written for
these tests): a name inside what the pronoun's speaker reports is not the speaker; "They said"
right after "Police said" is the police."""

from __future__ import annotations


def _speakers(quotes_of, text):
    return [(q.text, q.speaker_text) for q in quotes_of(text)]


def test_a_name_inside_the_reported_clause_is_not_the_pronouns_speaker(quotes_of):
    text = ("Auditor Mirela Dascu spoke to reporters on Monday. The contract was never put to tender, and the deputy "
            "minister, Tavo Renk, signed it two days later, she said. She added that the machines were overpriced.")
    speakers = {speaker for _, speaker in _speakers(quotes_of, text)}
    assert speakers == {"Mirela Dascu"}


def test_they_after_a_group_that_spoke_is_that_group(quotes_of):
    text = ("Police cleared the square at dawn. Traders were given no notice.\n\n"
            "Police said the operation was lawful. They said officers used no force.")
    assert ("officers used no force", "Police") in _speakers(quotes_of, text)


def test_they_between_two_groups_neither_of_which_spoke_is_left_unnamed(quotes_of):
    text = "Traders protested outside the hall. Police arrived at noon. They said the market had been their home for 40 years."
    assert [speaker for _, speaker in _speakers(quotes_of, text)] == ["They"]
