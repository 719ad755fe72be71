"""Places the small model cuts up or misses, read from the parse and WordNet (issue 19, round s30).

- **Official long names**: "the Borough of Dunmere and Kell", "the Municipality of Dunmere-Osk",
  "the Town of Skellow": a capitalised noun whose first or second WordNet sense is an
  administrative district or a settlement (borough, municipality, county, town, parish,
  village ...), "of", and a run of capitalised words joined by "and" or hyphens is one GPE,
  when the first of them is no word of the language ("Department of Transport" is an office).
  The model tags its parts ("Kell" as a PERSON, "Borough" alone); ``story/actor_merges.py`` joins
  the long name to the town its first name word names.
- **Home towns the model leaves untagged**: a proper noun after "from" or "of" whose head is a
  noun for a person ("a carpenter from Skellow", "residents of Skellow") or a person's name
  ("Anna Rusk of Skellow") is a GPE, when the word is no word of the language (WordNet has no
  sense of it other than a place's name). So is such a one-word PERSON of the model when the
  article gives no sign that it is someone's name (``towns.person_signs``). An office before
  "of" is not read: "the director of Velmar" may head a company.
- **Streets** ("Mill Lane", "Harbour Road", "Kell Street"): a name whose last word is a road
  (one of its two most frequent WordNet senses) is no actor of the story; it is dropped, and so
  is a division noun alone after "the" ("The Borough said ...").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language
from storylens.nlp.entity_rules.people import is_person_noun
from storylens.nlp.entity_rules.towns import person_signs
from storylens.nlp.names import TITLE_WORDS
from storylens.nlp.wordnet import is_kind_of, senses_of

Candidate = tuple[int, int, str]

DIVISION_SENSES = frozenset({"district.n.01", "geographical_area.n.01"})
ROAD_SENSES = frozenset({"road.n.01", "thoroughfare.n.01"})
WAY_SENSE = "way.n.06"
PEOPLE_LABELS = ("PERSON",)
# Words that join the parts of an official name: "Dunmere and Kell", "Dunmere-Osk".
HYPHENS = frozenset({"-", "‐"})
NAME_JOINERS = frozenset({"and", "&"}) | HYPHENS


def _under(sense, ancestors) -> bool:
    return is_kind_of(sense, *ancestors)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def is_describing_adjective(word: str) -> bool:
    """ "Royal", "Metropolitan", "Greater": a word whose most frequent WordNet reading is an
    adjective (it has adjective senses and at least as many of them as noun senses); a name
    ("Kell") has none."""
    adjective = senses_of(word.lower(), "a") + senses_of(word.lower(), "s")
    return bool(adjective) and len(adjective) >= len(senses_of(word.lower(), "n"))


def is_division_noun(word: str) -> bool:
    """ "borough", "municipality", "county", "town", "village": one of the word's two most
    frequent noun senses is an administrative district or a settlement."""
    return any(_under(sense, DIVISION_SENSES) for sense in senses_of(word)[:2])


@lru_cache(maxsize=4096)
def is_road_noun(word: str) -> bool:
    """ "lane", "street", "road", "avenue": one of the word's two most frequent noun senses is an
    artefact that is a road, or a way itself ("lane": "a narrow way or road"); a hallway is a
    way only through a corridor and a passage, so "Community Hall" is no street."""
    return any(
        sense.lexname() == "noun.artifact"
        and (_under(sense, ROAD_SENSES) or any(h.name() == WAY_SENSE for h in sense.hypernyms()))
        for sense in senses_of(word)[:2]
    )


def _name_run_end(doc: Doc, i: int) -> int:
    """End of the run of capitalised words from ``i``, across "and" and hyphens between them."""
    end = i
    while end < len(doc) and doc[end].is_title:
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in NAME_JOINERS and doc[end + 1].is_title:
            end += 1
        elif _hyphened_connector(doc, end):
            end += 3  # "Kelby-on-Marsh": "-on-" and the word after it
    return end


def _hyphened_connector(doc: Doc, i: int) -> bool:
    """A lower-case word between two hyphens, written without spaces, before a capitalised word:
    the "-on-" of "Kelby-on-Marsh", the "-le-" of "Ashby-le-Moor"."""
    if i < 1 or i + 3 >= len(doc):
        return False
    hyphen, word, hyphen2, after = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
    written_as_one = not any(t.whitespace_ for t in (doc[i - 1], hyphen, word, hyphen2))
    return written_as_one and hyphen.text in HYPHENS and hyphen2.text in HYPHENS and word.is_lower and word.is_alpha and after.is_title


def official_place_names(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "Borough of Dunmere and Kell" as one GPE in place of the parts the model tagged."""
    found: list[Candidate] = []
    for token in doc[:-2]:
        if not token.is_title or token.pos_ not in ("NOUN", "PROPN") or doc[token.i + 1].lower_ != "of":
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and is_describing_adjective(doc[start - 1].text):
            start -= 1  # "Royal Borough of ...", "Metropolitan Borough of ..." (round s35)
        if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            continue  # "Kell Town of ...": another name's part
        if not is_division_noun(token.text):
            continue
        end = _name_run_end(doc, token.i + 2)
        if end > token.i + 2 and not is_a_word_of_the_language(doc[token.i + 2].text):
            found.append((start, end, "GPE"))
    if not found:
        return ents
    kept = [(s, e, label) for s, e, label in ents if not any(s < fe and fs < e for fs, fe, _ in found)]
    return sorted(kept + found)


def _stands_for_people(token, preposition: str, people: set[int]) -> bool:
    """A person's name, or a noun whose first sense is a person ("carpenter", "residents"). An
    office is not read before "of": "the director of Velmar" may head a company."""
    if token.i in people:
        return True
    return is_person_noun(token) and (preposition == "from" or token.lower_ not in TITLE_WORDS)


def untagged_home_towns(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "a carpenter from Skellow", "Anna Rusk of Skellow": the untagged proper noun is a GPE."""
    people = {i for s, e, label in ents if label in PEOPLE_LABELS for i in range(s, e)}
    # a one-word PERSON the article never treats as a person's name is read as untagged
    signs = person_signs(doc, ents)
    unsure = {s for s, e, label in ents if label == "PERSON" and e - s == 1 and doc[s].lower_ not in signs}
    ents = [c for c in ents if c[0] not in unsure]
    covered = {i for s, e, _ in ents for i in range(s, e)}
    found: list[Candidate] = []
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title or token.dep_ != "pobj":
            continue
        preposition = token.head
        if preposition.lower_ not in ("from", "of") or preposition.i != token.i - 1:
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in covered:
            end += 1
        if any(is_a_word_of_the_language(t.text) for t in doc[token.i : end]):
            continue
        if _stands_for_people(preposition.head, preposition.lower_, people):
            found.append((token.i, end, "GPE"))
    kept = [(s, s + 1, "PERSON") for s in unsure if not any(f[0] <= s < f[1] for f in found)]
    return sorted(ents + kept + found)


def _bare_division(doc: Doc, start: int, end: int) -> bool:
    """ "The Borough said ...": the noun of an official name, alone after "the", is the noun."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and is_division_noun(doc[start].text)


def drop_streets(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """A street's name ("Mill Lane") is where something happened, not an actor; nor is "the
    Borough" alone a name. A street the article makes the subject of a verb stands for who
    works there ("Downing Street said ..."), and stays in every mention."""
    acting = {doc[s:e].text for s, e, _ in ents if doc[s:e].root.dep_ in ("nsubj", "nsubjpass")}
    return [
        (s, e, label)
        for s, e, label in ents
        if not (
            e - s > 1
            and label in ("PERSON", "ORG", "GPE", "FAC", "LOC")
            and doc[e - 1].is_title
            and is_road_noun(doc[e - 1].text)
            and doc[s:e].text not in acting
        )
        and not (label != "NORP" and _bare_division(doc, s, e))
    ]
