"""People and groups the small model gives another type (issue 19, round s28).

- **A person typed ORG, PRODUCT or WORK_OF_ART**: a name of title-cased words, no organisation
  head word among them ("Party", "Agency" ...), that follows a form of address or an office
  ("Dr Lind", "Mayor Ivo Tern") or stands in apposition with a noun for a person ("the city's
  mayor, Ivo Tern"; "Ivo Tern, the mayor,"). A noun is a person's when it is an office word
  (``names.TITLE_WORDS``) or its most frequent WordNet sense is a kind of ``person.n.01``.
- **A group typed PERSON, PRODUCT or WORK_OF_ART**: a name whose apposition is headed by a noun
  whose most frequent WordNet sense is a kind of ``social_group.n.01`` ("the Grey Watch, a
  militia,") is an ORG. The apposition must be the name's own (a contrast "not the army" after
  it is another phrase).

A title glued to the front of the name is cut afterwards by ``strip_titles``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.names import ORG_HEAD_WORDS, TITLE_WORDS

Candidate = tuple[int, int, str]

PERSON_SENSE = "person.n.01"
GROUP_SENSE = "social_group.n.01"
MISTYPED_AS_THING = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
MISTYPED_AS_PLACE = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=4096)
def _first_sense_under(word: str, ancestor: str) -> bool:
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    senses = reader.synsets(reader.morphy(word, "n") or word, pos="n")
    return bool(senses) and any(h.name() == ancestor for path in senses[0].hypernym_paths() for h in path)


def names_people(word: str) -> bool:
    """ "volunteers", "mayor", "cook": an office word, or a noun (any inflection) whose most
    frequent sense is a person."""
    word = word.lower()
    return word in TITLE_WORDS or _first_sense_under(word, PERSON_SENSE)


def is_person_noun(token) -> bool:
    """ "mayor", "fisherman", "chair": an office word or a noun whose first sense is a person."""
    word = token.lower_
    return word in TITLE_WORDS or (token.pos_ == "NOUN" and _first_sense_under(token.lemma_.lower(), PERSON_SENSE))


def is_group_noun(token) -> bool:
    """ "militia", "party", "gang": a noun whose first sense is a social group."""
    return token.pos_ == "NOUN" and token.is_lower and _first_sense_under(token.lemma_.lower(), GROUP_SENSE)


def _apposed_nouns(doc: Doc, start: int, end: int) -> list:
    """The head nouns set beside the name: its own appositions, and the noun it is the
    apposition of ("the city's mayor, Ivo Tern")."""
    root = doc[start:end].root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    if root.dep_ == "appos" and root.head.i < start:
        nouns.append(root.head)
    return nouns


def _titled(doc: Doc, start: int, end: int) -> bool:
    """A form of address or an office word right before the name or as its first word."""
    if doc[start].lower_ in TITLE_WORDS and end - start > 1:
        return True
    return start > 0 and doc[start - 1].lower_ in TITLE_WORDS and doc[start - 1].is_title


def retype_people_and_groups(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for start, end, label in ents:
        span = doc[start:end]
        words = [t for t in span if not t.is_punct]
        if label in MISTYPED_AS_THING and words and all(t.is_title for t in words):
            if not any(t.lower_ in ORG_HEAD_WORDS for t in words) and (
                _titled(doc, start, end) or any(is_person_noun(n) for n in _apposed_nouns(doc, start, end))
            ):
                label = "PERSON"
        elif label in MISTYPED_AS_PLACE and len(words) > 1 and all(t.is_title for t in words):
            # "Emil Dask, the union leader, said": a name of several words set beside a person's
            # noun is that person, whatever place the model read (a town's apposition is a
            # settlement or a home, never a person)
            if any(is_person_noun(n) for n in _apposed_nouns(doc, start, end)):
                label = "PERSON"
        if label in {"PERSON", "PRODUCT", "WORK_OF_ART"}:
            own = [c for c in span.root.children if c.dep_ == "appos" and c.i >= end]
            if own and all(is_group_noun(c) for c in own):
                label = "ORG"
        out.append((start, end, label))
    return out
