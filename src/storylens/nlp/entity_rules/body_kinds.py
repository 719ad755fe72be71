"""What kind of body a name is, read from WordNet (issue 19, round s34).

A definite description names a body by its kind ("the bank", "the savings bank"), and the
article's bodies of that kind are not always headed by the description's noun: "Tarvel Mutual
Building Society" is a bank, since WordNet makes a building society a kind of depository
financial institution, one of the senses of "bank". The head compound of a name (its last two
words before "of": "building society", "central bank") is looked up as one WordNet noun.

A modifier of the description may itself make a WordNet compound with the description's noun
("central bank", "savings bank"): then it says which kind of bank is meant, and a body fits when
its own kind is that one or a sister of it under the same nearer kind (a building society and a
savings bank are both depository institutions; a central bank is not one).
"""

from __future__ import annotations

from functools import lru_cache

from storylens.wordnet import kinds_of, wordnet

ORGANISATION = "organization.n.01"


@lru_cache(maxsize=4096)
def _senses(words: tuple[str, ...]) -> tuple:
    return tuple(wordnet().synsets("_".join(words), pos="n")) if words else ()


@lru_cache(maxsize=4096)
def organisation_senses(word: str) -> frozenset[str]:
    """The name of the most frequent sense of a noun that is an organisation ("bank" ->
    {depository_financial_institution.n.01}, not its slope; "company" -> the business, not a
    fire company): empty when the noun names no organisation."""
    return frozenset(next(([s.name()] for s in _senses((word,)) if ORGANISATION in kinds_of(s)), []))


def head_compound(words: list[str]) -> tuple[str, ...]:
    """The last two words of a name before "of", lower-cased: "Central Bank of Valdoria" ->
    ("central", "bank"); ("society",) when the two are no WordNet noun together."""
    words = [w.lower() for w in words]
    if "of" in words[1:]:
        words = words[: words.index("of")]
    if len(words) >= 2 and _senses(tuple(words[-2:])):
        return tuple(words[-2:])
    return tuple(words[-1:])


def is_a_kind_of(name_words: list[str], noun: str) -> bool:
    """Whether a body so named is a kind of what the noun names as an organisation:
    "Tarvel Mutual Building Society" is a bank; "Kestovian Fire Service" is none."""
    from storylens.nlp.entity_rules.people import heads_a_public_body

    wanted = organisation_senses(noun)
    compound = head_compound(name_words)
    if heads_a_public_body(compound[-1]) and not heads_a_public_body(noun):
        return False  # WordNet files a public "service" under companies; no firm's description is one (round s33)
    own = _first_organisation_sense(compound)
    return bool(wanted) and own is not None and not kinds_of(own).isdisjoint(wanted)


def _first_organisation_sense(words: tuple[str, ...]):
    return next((s for s in _senses(words) if ORGANISATION in kinds_of(s)), None)


def compound_kind(modifier: str, noun: str):
    """The organisation sense of "modifier noun" when WordNet holds it as one noun ("savings
    bank", "central bank"), else None."""
    for sense in _senses((modifier.lower(), noun.lower())):
        if ORGANISATION in kinds_of(sense):
            return sense
    return None


def fits_kind(kind, noun: str, name_words: list[str]) -> bool:
    """Whether a body so named is of the kind ("savings bank"), or of a sister kind under a
    nearer kind that is still one of the noun's ("thrift institution", a kind of bank): a
    building society fits "the savings bank". A central bank's nearer kind, a financial
    institution, is no bank, so only a central bank fits "the central bank"."""
    wanted = organisation_senses(noun)
    nearer = {kind.name()} | {h.name() for h in kind.hypernyms() if not kinds_of(h).isdisjoint(wanted)}
    own = _first_organisation_sense(head_compound(name_words))
    return own is not None and not kinds_of(own).isdisjoint(nearer)
