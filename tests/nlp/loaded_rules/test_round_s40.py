"""Round s40 (issue 19): a sneering speech verb whose speaker is named after a title noun
("Its mouthpiece Dara Quill whined ..."), read in the outlet's own voice. Sentences written for
these tests (an invented reform league and its spokeswoman)."""

from __future__ import annotations

from storylens.nlp.loaded_rules.sneers import outlet_sneers


def read(nlp, text):
    doc = nlp(text)
    return [doc.text[start:end] for start, end, _ in outlet_sneers(doc)]


def test_a_sneering_speech_verb_after_a_title_noun_and_a_name_is_read(nlp):
    text = "The Penal Reform League blamed overcrowding. Its mouthpiece Dara Quill whined that the prisoners had been denied visits."
    assert "whined" in read(nlp, text)


def test_a_plain_speech_verb_after_a_title_noun_and_a_name_is_not(nlp):
    for text in (
        "The Penal Reform League blamed overcrowding. Its spokeswoman Dara Quill said that the prisoners had been denied visits.",
        "The Penal Reform League blamed overcrowding. Its spokeswoman Dara Quill complained that visits had been cancelled.",
    ):
        assert read(nlp, text) == [], text


def test_a_sanction_dealt_as_a_blow_in_the_passive_is_read(nlp):
    from storylens.nlp.loaded_rules.figures import loaded_figures

    def figures(text):
        doc = nlp(text)
        return [doc.text[start:end] for start, end, _ in loaded_figures(doc)]

    assert any("slapped with a ban" in s for s in figures("Governor Marta Velbury was slapped with a ban on speaking to the press."))
    assert any("slapped on the Kelby club" in s for s in figures("A heavy fine was slapped on the Kelby club."))
    assert figures("The boy was slapped with a wet towel.") == []
