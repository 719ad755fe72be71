"""A clause that only frames a saying, linked to another outlet's clause about something else.

"House Speaker Paul Ryan said Tuesday evening" tells who spoke, when and to whom; what he said
is another mention of its sentence (the nlp layer's kind ``frame``: a reporting verb whose
content is a clause of its own). Such a clause is one fact with another outlet's clause only
when that clause tells the same saying: it names the speaker, as who says it ("according to
Ryan"), as its subject, or among its words. Sharing the day or the reporters with an unrelated
clause ("to be indicted this month", "he told reporters") is what makes the scorer link a frame
to a neighbouring fact (docs/eval-claims.md, round s39): their sentences are alike because both
report something said that day, not because they report one thing.
"""

from __future__ import annotations

import re

from storylens.story.claim_conflicts import MentionInStory

# Capitalised words before a name that are no part of it.
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Rep", "Sen", "Gov", "President", "The", "A", "An"}


def name_words(text: str | None) -> frozenset[str]:
    """The capitalised words of a name ("Sen. Ada Quell" -> {"Ada", "Quell"}), honorifics and
    articles left out."""
    return frozenset(w for w in re.findall(r"[A-Z][a-z]+", text or "") if w not in HONORIFICS)


def speaker_of_frame(frame: MentionInStory) -> tuple[set[str], frozenset[str]]:
    """The frame's speaker as story actors and as name words; both empty when the frame is not
    one or its speaker is a pronoun or unnamed ("he said", "officials said")."""
    if frame.mention.kind != "frame" or not frame.mention.agent:
        return set(), frozenset()
    agent = frame.mention.agent
    actors = {actor for name, actor in frame.actor_of_name.items() if name in agent and not actor.startswith("name:")}
    return actors, name_words(agent)


def names_the_speaker(other: MentionInStory, actors: set[str], words: frozenset[str]) -> bool:
    """``other`` names the speaker: one of the actors, or a name word in its clause, its subject or
    the source it is attributed to."""
    if actors & other.actors:
        return True
    mention = other.mention
    said = name_words(mention.text) | name_words(mention.agent) | name_words(mention.attributed_to)
    return bool(words & said)


def frames_another_saying(a: MentionInStory, b: MentionInStory) -> bool:
    """One of the two clauses only frames a saying by a named speaker, and the other does not
    name that speaker: they cannot tell one fact."""
    for frame, other in ((a, b), (b, a)):
        actors, words = speaker_of_frame(frame)
        if (actors or words) and not names_the_speaker(other, actors, words):
            return True
    return False
