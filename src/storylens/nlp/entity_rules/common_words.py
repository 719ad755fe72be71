"""Common nouns the small model tags as names (issue 19, round s30).

A capitalised common noun that modifies another noun is a word, not an actor: "Gazette readers
can send information ...", "Transport officials said ...", "Borough staff". The model tags the
modifier as a PERSON or an ORG. Such a one-word name is dropped when WordNet knows the word as a
common noun (its first sense is no place: "Harnby residents" names a town, which WordNet does
not know) and the article never writes the word inside a longer name ("the Osk Gazette", "Mr
Transport") or as anyone's surname, and the head it modifies is a lower-case common noun.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

Candidate = tuple[int, int, str]

MODIFIER_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC"})


@lru_cache(maxsize=4096)
def is_a_word_of_the_language(word: str) -> bool:
    """ "Local", "Angry", "Assembly": a word WordNet knows in some sense other than a place's
    name ("Skellow" and "Paris" are none)."""
    from storylens.nlp.wordnet import wordnet

    senses = wordnet().synsets(word.lower())
    return bool(senses) and senses[0].lexname() != "noun.location"


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """ "Gazette", "Transport", "Warden": WordNet has the word as a noun, first in a sense that is
    no place's name."""
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    senses = reader.synsets(reader.morphy(word.lower(), "n") or word.lower(), pos="n")
    return bool(senses) and senses[0].lexname() != "noun.location" and not senses[0].instance_hypernyms()


def _modifies_a_common_noun(token) -> bool:
    return token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.is_lower


def drop_common_noun_modifiers(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    longer = {t.lower_ for s, e, _ in ents if e - s > 1 for t in doc[s:e]}
    # A word the article also names on its own ("Ford said ..." beside "Ford workers") is a name
    # there too: "Apple shares", "Shell staff" keep their company.
    standing = {doc[s].lower_ for s, e, _ in ents if e - s == 1 and not _modifies_a_common_noun(doc[s])}
    out = []
    for start, end, label in ents:
        token = doc[start]
        if (
            end - start == 1
            and label in MODIFIER_LABELS
            and _modifies_a_common_noun(token)
            and not token.is_upper
            and token.lower_ not in longer
            and token.lower_ not in standing
            and is_common_word(token.text)
        ):
            continue
        out.append((start, end, label))
    return out
