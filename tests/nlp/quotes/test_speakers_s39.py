"""An "it" that says something after a body described without a name spoke (round s39): "The
ministry denied ... It said ..." is the ministry, not a body named further back."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Prisoners' Aid League said on Monday that the water supply had been cut off for four days.\n\n"
         "The ministry denied that inmates had been left without water. "
         'It said the interruption had lasted "less than a day".', "The ministry"),
        ("The Harbour Pilots Association said the channel was unsafe. The port authority denied the claim. "
         "It said dredging had finished in May.", "The port authority"),
    ],
)
def test_it_continues_the_body_described_in_the_sentence_before(quotes_of, text, speaker):
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    (said,) = [content for content in speakers if "lasted" in content or "dredging" in content]
    assert speakers[said] == speaker


def test_it_still_continues_a_named_body_when_no_body_is_described_since(quotes_of):
    text = ("The Justice Ministry said the report was false. Activists marched through Varrow on Sunday. "
            "It said the march was illegal.")
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    assert speakers["the march was illegal"] == "Justice Ministry"


def test_a_person_described_is_no_body_for_it(quotes_of):
    text = ("The Harbour Pilots Association said the channel was unsafe. The harbourmaster denied the claim. "
            "It said dredging had finished in May.")
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    assert speakers["dredging had finished in May"] == "Harbour Pilots Association"


def test_the_director_continues_the_bodys_director_not_a_person_named_before(quotes_of):
    text = ("Tests found the stimulant in the sample of the runner Ilse Brandvik, the league's doctor said.\n\n"
            "The thieves were inside the Orvell Gallery for under four minutes, according to the gallery's director.\n\n"
            "Two guards were on duty in the gallery that night, the director said.")
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    assert speakers["Two guards were on duty in the gallery that night"] == "Orvell Gallery's director"


def test_a_named_spokesman_is_still_continued_by_the_spokesman(quotes_of):
    text = ("Rear Adm. Ann Carter led the search. The navy's spokesman, Tom Reed, said the wreck was found. "
            "The spokesman said divers would go down on Friday.")
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    assert speakers["divers would go down on Friday"] == "Tom Reed"


def test_his_family_is_the_family_of_the_person_the_sentence_describes(quotes_of):
    text = ("An officer was injured when rioters stormed the wing. Lena Ostrova, who heads the coalition, "
            "blamed the ministry.\n\nThe officer is in hospital, his family said.")
    speakers = {q.text: q.speaker_text for q in quotes_of(text)}
    assert speakers["The officer is in hospital"] in ("An officer's family", "The officer's family")


def test_a_name_in_the_sentence_still_comes_before_a_description(quotes_of):
    speakers = {q.text: q.speaker_text for q in quotes_of("The judge sentenced Karl Brun to five years, his lawyer said.")}
    assert speakers["The judge sentenced Karl Brun to five years"] == "Karl Brun's lawyer"
