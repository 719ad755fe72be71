"""A town named alone, with nothing in the article that types it (issue 19).

"Kutaisi lost power on Monday": the small model types a bare town PERSON or ORG when no
preposition, "the city of" or list of places stands beside it (``kinds.py`` reads those). A
town GeoNames lists (``gazetteer.is_town``: 15,000 people or more) is then a place, unless the
article gives a sign that the name is someone's:

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
"Mostar has been without power". A town that acts in every mention ("Kutaisi lost power") keeps
the model's type: people and firms are named that way far more often.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_sentences
from storylens.nlp.gazetteer import is_country, is_town
from storylens.nlp.names import TITLE_WORDS

Candidate = tuple[int, int, str]
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _title_before(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return i >= 0 and doc[i].lower_ in TITLE_WORDS


def _speaks(token) -> bool:
    """The subject of a verb with a clause of its own: "X said (that) ...", "X told them ..."."""
    return token.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in token.head.children)


def _pronoun_referents(doc: Doc, ents: list[Candidate]) -> set[str]:
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
    signs = _pronoun_referents(doc, ents)
    for s, e, label in ents:
        name = doc[s:e].text.lower()
        if label == "PERSON" and e - s > 1:
            signs.update((doc[s].lower_, doc[e - 1].lower_))
        if _title_before(doc, s) or _speaks(doc[e - 1]) or _acts(doc, s, e):
            signs.add(name)
    return signs


def _acts(doc: Doc, start: int, end: int) -> bool:
    """The mention does or owns something, or is described: the subject of an active verb
    ("Warren had fled", "Nokia cut 500 jobs"), a possessor ("Warren's lawyer"), or a name with an
    apposition ("Taylor, a 34-year-old nurse"; a settlement apposition was read before, in
    ``kinds.py``). People and firms do; a town has things happen to it."""
    last = doc[end - 1]
    if last.dep_ == "poss" or doc[end : end + 1].text in ("'s", "’s"):
        return True
    if any(c.dep_ == "appos" for c in last.children):
        return True
    return last.dep_ == "nsubj" and last.head.pos_ == "VERB"


def retype_towns(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """A one-word PERSON or ORG that GeoNames lists as a town, with no sign in the article that
    it is a person's name (or, for an ORG, that it acts), is a GPE."""
    candidates = [(s, e, label) for s, e, label in ents if label in ("PERSON", "ORG") and e - s == 1 and is_town(doc[s].text)]
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
