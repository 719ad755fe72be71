"""A short invented story through the whole pipeline (round s36): the wife of an officer the
article never names, "It said" after the ministry that spoke and a freight company mentioned
since, a relative clause's "he", and "the museum" beside a tiara named after it; each quote must
reach the story with the speaker a reader would give it, never a named person or body elsewhere
in the article."""

from __future__ import annotations

STORY = (
    "Blast at Kesk pier: tiara lost, officer hurt\n"
    "Marta Ilves, the harbour director, opened the new pier on Monday. "
    "The blast hurt an officer who guarded the pier. "
    "“He has not slept since,” his wife said.\n"
    "The Ministry of Fisheries denied that the pier had been unsafe. "
    "Protesters gathered outside the offices of Orvel Freight on Friday. "
    "It said the pier would reopen in May.\n"
    "Inspector Karl Vos blamed the depot owned by Piet Ostrel for the fire, which he said had started at dawn.\n"
    "The Varn Museum Tiara was stolen from the pier's display case during the blast. "
    "The museum said the alarm had been switched off.\n"
)


def test_quotes_of_a_pier_story_keep_their_speakers(speaker_in_story):
    speaker_of = speaker_in_story(STORY)
    wife = speaker_of("not slept since")
    assert "wife" in wife.lower() and "Ilves" not in wife
    assert speaker_of("reopen in May") == "Ministry of Fisheries"
    assert speaker_of("started at dawn", cue="said") == "Karl Vos"
    museum = speaker_of("alarm had been switched off")
    assert "Tiara" not in museum and "museum" in museum.lower()
