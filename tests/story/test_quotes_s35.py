"""A short invented story through the whole pipeline (round s35): a run of quotation paragraphs
after a sentence that names another person, a short quoted sentence after "..., Mr Tal said.",
and "the ministry said" after the ministry the article described; each quote must reach the
story with the speaker a reader would give it."""

from __future__ import annotations

import copy

from storylens.records import Article

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


def test_quotes_of_a_flood_story_keep_their_speakers(nlp):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    article = Article("kesk-1", "Flood in Kesk", STORY, outlet="Kesk Courier", published="2026-11-02")
    story = build_story(copy.deepcopy(list(analyze_articles([article], nlp=nlp))))
    names = {a.id: a.name for a in story.actors}

    def speaker_of(words: str) -> str:
        (quote,) = [q for q in story.quotes if words in q.text]
        return names.get(quote.speaker) or quote.speaker_text

    assert speaker_of("We had no boats") == "Greta Halm"
    assert speaker_of("“Nobody came.”") in ("Tal", "Mr Tal")
    assert speaker_of("the battalions would stay") == "Valdra's interior ministry"
