"""Whether a group is of the kind a noun names (issue 19, round s30): "the militia" stands for
the group an article calls "a pro-government militia", "the regime" for a place's government.

A group's kinds are the head words of its name ("Guard" of "National Volunteer Guard") and of the
phrases that describe it in the outlet's own words (apposition, title or predicate labels: "the
Guard, a pro-government militia"). A noun fits a group when one of those words is the noun, or
WordNet files one of its senses under the noun's first sense; a noun for a government fits a
place (``names_a_government``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from storylens.nlp.loaded_rules.nouns import names_a_polity
from storylens.nlp.wordnet import ancestors_of, common_senses, is_kind_of, senses_of

# Labels that describe a group in the outlet's words: what it is, not what others call it.
DESCRIBING_KINDS = frozenset({"apposition", "premodifier", "predicate", "description"})


def _base(word: str) -> str:
    from storylens.nlp.wordnet import wordnet

    return wordnet().morphy(word.lower(), "n") or word.lower()


@lru_cache(maxsize=4096)
def fits_kind(word: str, noun: str) -> bool:
    """``word`` (a head word of a group's name or description) names the kind ``noun`` names,
    or a kind of it in WordNet ("militias" fits "militia"; a "front" is no "militia")."""
    from storylens.nlp.wordnet import wordnet

    word, noun = _base(word), _base(noun)
    if word == noun:
        return True
    reader = wordnet()
    wanted = reader.synsets(noun, pos="n")[:1]
    if not wanted:
        return False
    # only the word's common senses: "army" is no "agency", though the United States Army, a
    # capitalised sense of "Army", is filed as one (round s35)
    for sense in common_senses(word, "n"):
        if wanted[0].name() in ancestors_of(sense):
            return True
    return False


def names_a_government(noun: str) -> bool:
    """A noun for a government: WordNet's first sense of it is a government or a political
    unit, or a kind of one ("regime", "government", "authorities"; not "administration", whose
    first sense is management, nor "junta", a clique)."""
    return names_a_polity(noun) and _first_sense_is_polity(_base(noun))


@lru_cache(maxsize=1024)
def _first_sense_is_polity(noun: str) -> bool:
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(noun, "n")
    if sense is None:
        return False
    return is_kind_of(sense, "government.n.01", "political_unit.n.01")


@lru_cache(maxsize=1024)
def names_a_body_of_government(noun: str) -> bool:
    """ "cabinet": a noun one of whose WordNet senses is a group of people that its gloss says
    serves the government ("persons appointed by a head of state to head executive departments
    of government"), though its first sense is furniture. Read only where the noun has people
    as its members: "a cabinet of cronies" (round s41)."""
    return any(
        is_kind_of(sense, "social_group.n.01") and "government" in sense.definition()
        for sense in senses_of(_base(noun), "n")
    )


# WordNet's senses of a government: the body that governs, and the act of governing, a sense
# "administration" holds ("the Provisional Administration").
GOVERNMENT_SENSES = ("government.n.01", "government.n.02")


@lru_cache(maxsize=1024)
def names_a_governing_body(word: str) -> bool:
    """The head word of a name says the body governs: one of its WordNet senses is a government
    or a kind of one ("Administration" of "Provisional Administration", "Government"; not
    "Authority" of a harbour authority, "Council" or "Service"). Round s33: "the puppet
    government in Dravo" is that body, not the town it sits in."""
    from storylens.wordnet import is_kind_of

    word = word.lower()
    return any(is_kind_of(sense, *GOVERNMENT_SENSES) for sense in senses_of(word))


def _own_descriptions(doc: Doc, labels):
    """(label, its span in the Doc) for each label that describes a name in the outlet's own
    words."""
    for label in labels:
        if label.kind not in DESCRIBING_KINDS or label.attributed or not label.target:
            continue
        span = doc.char_span(label.span.start, label.span.end, alignment_mode="expand")
        if span is not None:
            yield label, span


def description_heads(doc: Doc, labels) -> dict[str, set[str]]:
    """Name -> the head words (lower-case lemmas) that describe it in this Doc: the last word
    of its name and the head of each describing label in the outlet's own words."""
    found: dict[str, set[str]] = {}
    for label, span in _own_descriptions(doc, labels):
        head = span.root
        if head.pos_ in ("NOUN", "PROPN") and head.is_lower:
            found.setdefault(label.target, set()).add(head.lemma_.lower())
    return found


def head_phrase(span) -> list:
    """The tokens of a description's head noun and the words set before it: "main opposition
    party" of "the main opposition party", "body" of "the body responsible for the safety of
    residents", "country" of "a country of four million taxpayers" (round s35). What follows the
    head says what the body deals with or holds, not what it is: the residents are no word for
    the ministry, the taxpayers none for the country."""
    root = span.root
    return [t for t in span if root.left_edge.i <= t.i <= root.i]


def description_words(doc: Doc, labels) -> dict[str, set[str]]:
    """Name -> the lower-case words (and their lemmas) of the head phrases (``head_phrase``) of
    the descriptions of it in the outlet's own words: "opposition" and "party" of "the main
    opposition party" (round s31)."""
    found: dict[str, set[str]] = {}
    for label, span in _own_descriptions(doc, labels):
        nouns = [t for t in head_phrase(span) if t.pos_ == "NOUN" and t.is_lower]
        words = {t.lemma_.lower() for t in nouns} | {t.lower_ for t in nouns}
        found.setdefault(label.target, set()).update(words)
    return found


@lru_cache(maxsize=4096)
def may_name_a_body(noun: str) -> bool:
    """Some WordNet sense of the noun is a group or a person ("opposition": a body of people
    united in opposing something), so "the <noun>" can stand for a party, a movement or a
    person; "the district" cannot."""
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    return any(s.lexname() in ("noun.group", "noun.person") for s in reader.synsets(_base(noun), pos="n"))


@lru_cache(maxsize=1024)
def names_a_specific_kind(noun: str) -> bool:
    """The noun names a kind of organisation: WordNet files its first sense below an
    organisation ("militia", "army", "union"), not as an organisation, a social group or a group
    itself ("the group", "the organisation" tell nothing of the kind), nor under an arrangement
    or a class of people ("the formation", "the line", "the bureaucracy" are no group that acts)."""
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(noun, "n")
    return sense is not None and "organization.n.01" in ancestors_of(sense)


# What a place may be called besides a place: a structure ("a rebel stronghold", "the gateway to
# the valley"). A craft or a device ("the damaged aircraft", "the crippled vessel") never.
PLACE_ARTIFACT_SENSES = ("structure.n.01", "facility.n.01")
PLACE_LEXNAMES = frozenset({"noun.location", "noun.object", "noun.group", "noun.person"})


@lru_cache(maxsize=4096)
def may_describe_a_place(noun: str) -> bool:
    """Some WordNet sense of the noun can be said of a town, a country or a river (round s34):
    a location ("port", "capital"), a natural object ("island", "river"), a group or a person (a
    country acting as a polity: "ally", "exporter"), or a structure ("stronghold"). "Aircraft",
    "ship", "flood" cannot: "landed at Tamsby, the damaged aircraft ..." does not describe
    Tamsby. A word WordNet does not know may describe anything."""
    from storylens.nlp.wordnet import wordnet

    senses = wordnet().synsets(_base(noun), pos="n")
    return not senses or any(s.lexname() in PLACE_LEXNAMES or is_kind_of(s, *PLACE_ARTIFACT_SENSES) for s in senses)
