"""A short invented story through the whole pipeline (round s35): a run of quotation paragraphs
after a sentence that names another person, a short quoted sentence after "..., Mr Tal said.",
and "the ministry said" after the ministry the article described; each quote must reach the
story with the speaker a reader would give it."""

from __future__ import annotations

STORY = (
    "Flood in Kesk: shelter ran out of boats\n"
    "Mayor Piet Ostrel praised the rescuers on Monday.\n"
    "“The water came fast. We had no boats.\n"
    "“Nobody came for two days,” said Greta Halm, who runs the shelter on Dock Street.\n"
    "The army arrived on Wednesday, Mr Tal said.\n"
    "“Nobody came.”\n"
    "Valdra's interior ministry sent two battalions on Thursday. Governor Lena Arvo met the families. "
    "The ministry said the battalions would stay until the water fell.\n"
)


def test_quotes_of_a_flood_story_keep_their_speakers(speaker_in_story):
    speaker_of = speaker_in_story(STORY)
    assert speaker_of("We had no boats") == "Greta Halm"
    assert speaker_of("“Nobody came.”") in ("Tal", "Mr Tal")
    assert speaker_of("the battalions would stay") == "Valdra's interior ministry"
