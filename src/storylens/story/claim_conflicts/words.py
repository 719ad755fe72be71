"""What the dispute checks share: content stems, stand-in words, a light parse, MiniLM likeness."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


# words that say nothing about what a figure measures
FUNCTION_WORDS = {"about", "around", "more", "than", "less", "fewer", "some", "nearly", "almost", "roughly",
                  "least", "most", "with", "from", "into", "that", "this", "those", "these", "their", "there",
                  "which", "were", "have", "been", "also", "only", "just", "over", "under", "approximately"}


# words that could stand for anything: a pronoun, a relative pronoun, a pointing word
STAND_INS = {"he", "she", "it", "they", "we", "you", "i", "who", "which", "that", "this", "those", "these", "there"}


def stems(phrase: str | None) -> set[str]:
    """The content words of a phrase, cut to five letters ("injured", "injuries": "injur")."""
    return {w.lower()[:5] for w in WORD.findall(phrase or "") if len(w) > 3 and w.lower() not in FUNCTION_WORDS}


@lru_cache(maxsize=2048)
def parsed(sentence: str):
    """The sentence tagged and parsed with the shared pipeline (no entities, no storylens components)."""
    from storylens.nlp.pipeline import shared_nlp

    nlp = shared_nlp()
    keep = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}
    return nlp(sentence, disable=[name for name in nlp.pipe_names if name not in keep])


@lru_cache(maxsize=4096)
def likeness(a: str, b: str) -> float:
    """MiniLM cosine of the two phrases."""
    from storylens.story.embeddings import embed

    vectors = embed([a, b])
    return float(vectors[0] @ vectors[1])


def phrases_alike(a: str, b: str, bar: float) -> bool:
    """MiniLM cosine of the two phrases reaches ``bar``."""
    return likeness(a, b) >= bar


def same_actor(a: MentionInStory, name_a: str, b: MentionInStory, name_b: str) -> bool:
    """The two names, as written in their clauses, are one merged actor."""
    actors_a = {actor for name, actor in a.actor_of_name.items() if name in name_a or name_a in name}
    actors_b = {actor for name, actor in b.actor_of_name.items() if name in name_b or name_b in name}
    return bool(actors_a & actors_b)


def inside_sentence(phrase: str) -> str:
    """A phrase as written inside a sentence: a first word that is capitalised only because it
    opened its sentence lower-cased ("The ministry" -> "the ministry", "Campaigners" ->
    "campaigners"), a name kept ("Harl Energy", "NATO")."""
    if not phrase:
        return phrase
    first = parsed(phrase)[0]
    if first.pos_ != "PROPN" and first.text[:1].isupper() and not first.text.isupper():
        return first.text.lower() + phrase[len(first.text):]
    return phrase
