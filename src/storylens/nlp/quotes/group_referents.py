"""Which named body a definite description of a group stands for ("the council said", "the
company said", "the group had threatened"), round s31.

A reader takes "the council" to be the council the article names ("the Kelmar Council"), not
the body mentioned last: the description says what kind of body it is, so the referent must be
of that kind. A named body's kinds are read from the article: the words of its name ("Council"
of "Kelmar Council") and the head nouns that describe it (an apposition "the Red Hand, a
militant group", a noun before the name "the haulage firm Orvel Freight", a predicate "Orvel
Freight is a haulage firm"). A description fits a body when one of those words is its own head
noun (the strongest evidence), else when WordNet files one of them under the noun's first sense
(``label_rules.kinds.fits_kind``: a "militia" is a kind of "force"). Among the bodies that fit
best, the most salient before the description wins (the same ranking as for pronouns: the same
sentence, then the subjects of the sentences before, nearest first), then any earlier in the
article, then the first after it. When no body fits, the description names nobody we can tell.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from storylens.nlp.doc_index import doc_entities
from storylens.nlp.entity_rules.people import is_group_noun, names_an_organisation
from storylens.nlp.label_rules.kinds import fits_kind, names_a_government
from storylens.nlp.names import ORG_HEAD_WORDS
from storylens.nlp.wordnet import first_sense, is_kind_of, wordnet

# WordNet's concepts of commerce: a business (firm, manufacturer, "maker" in its third sense), a
# company, and those who run one or make goods for sale (an operator, a supplier, a producer:
# WordNet files these under people). A description by one of them ("the fertiliser maker", "the
# producer", "the operator") may stand for a company the article names or describes by another.
COMMERCE_SENSES = frozenset({"business.n.01", "company.n.01", "businessperson.n.01", "maker.n.01"})
# How many of a noun's most frequent senses are read for commerce ("operator" is first a
# mathematical function).
COMMERCE_READ_SENSES = 3
# Entity types a description of a body may stand for.
BODY_TYPES = frozenset({"ORG", "NORP"})
# WordNet's most general sense of a group: "the group" may be any kind of body.
GENERAL_GROUP_SENSE = "group.n.01"
SOCIAL_GROUP_SENSE = "social_group.n.01"
ORGANIZATION_SENSE = "organization.n.01"


def describes_a_body(head: Token) -> bool:
    """A common noun for an organised group of people ("council", "company", "group", "board");
    nouns for a government ("the regime") are read against places elsewhere."""
    if head.pos_ != "NOUN" or not head.is_lower:
        return False
    lemma = head.lemma_.lower()
    if names_a_government(lemma):
        return False
    if is_group_noun(head):
        return True
    sense = first_sense(lemma, "n")
    return sense is not None and sense.name() == GENERAL_GROUP_SENSE


def _commercial(sense) -> bool:
    return is_kind_of(sense, *COMMERCE_SENSES)


@lru_cache(maxsize=4096)
def names_a_business(lemma: str) -> bool:
    """A noun for a company or for those who run one or make goods ("firm", "maker",
    "producer", "operator", "company"), by its most frequent WordNet senses; not a noun whose
    first sense is a group of another kind ("agency", "council")."""
    senses = wordnet().synsets(lemma, pos="n")[:COMMERCE_READ_SENSES]
    if not senses or (senses[0].lexname() == "noun.group" and not _commercial(senses[0])):
        return False
    return any(_commercial(sense) for sense in senses)


@lru_cache(maxsize=4096)
def may_name_a_company(lemma: str) -> bool:
    """A business noun one of whose most frequent WordNet senses is itself a company ("maker":
    a manufacturer; "firm", "company"), not only people in business ("businessman", "owner")."""
    senses = wordnet().synsets(lemma, pos="n")[:COMMERCE_READ_SENSES]
    # WordNet files some companies under artefacts ("airline": "a commercial enterprise that
    # provides scheduled flights") while filing them under organisations too.
    return names_a_business(lemma) and any(
        (s.lexname() == "noun.group" or is_kind_of(s, ORGANIZATION_SENSE)) and _commercial(s) for s in senses
    )


# How many of a word's most frequent WordNet senses are read for a kind of body.
KIND_READ_SENSES = 3


def _of_no_known_kind(words: set[str]) -> bool:
    """A body none of whose own words says what kind of body it is ("Orvel Agri"); "the
    Provisional Administration" says one (administration.n.02: those who administer)."""
    return not any(w in ORG_HEAD_WORDS or names_an_organisation(w) or names_a_business(w) or _names_a_body(w) for w in words)


@lru_cache(maxsize=4096)
def _names_a_body(word: str) -> bool:
    """One of the word's most frequent WordNet senses is a social group ("administration",
    "directorate", "authority")."""
    return any(
        is_kind_of(sense, SOCIAL_GROUP_SENSE) for sense in wordnet().synsets(word, pos="n")[:KIND_READ_SENSES]
    )


def _most_mentioned(bodies: list[Span]) -> list[Span]:
    """The bodies the article names most often (the salient one), all of them on a tie."""
    counts = {e.text: sum(1 for m in doc_entities(e.doc) if m.text == e.text) for e in bodies}
    top = max(counts.values())
    return [e for e in bodies if counts[e.text] == top]


def _acts(ent: Span) -> bool:
    """The name is the subject of a verb somewhere in the article ("Halvik Shipping said",
    "Tarn Engineering, which built the bridge"): it does something, as a company does, not only
    stands in a phrase ("the coast of Lorne")."""
    doc = ent.doc
    words = [t.text for t in ent]
    for start in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[start : start + len(words)]] != words:
            continue
        root = doc[start : start + len(words)].root
        if root.dep_ in ("nsubj", "nsubjpass") or _has_relative_subject(root):
            return True
    return False


def _has_relative_subject(token: Token) -> bool:
    """A relative clause on the token whose subject is "which" ("Tarn Engineering, which built
    the bridge"): a thing that acts, not a person ("who"), and here a body."""
    return any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "which" for g in c.children)
        for c in token.children
    )


def _unnamed_bodies(doc: Doc) -> list[Span]:
    """Proper-noun phrases the entity recogniser missed or took for a person that the article
    treats as a body, as spans labelled ORG: described as one by an apposition ("The Red Hand,
    a militant group, ...", "Orvel Agri, a fertiliser company, ..."), or the subject of a clause
    that calls what it has "its" ("Orvel Agri closed its plant": no person is an "it")."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON") or token.dep_ in ("compound", "flat"):
            continue
        described = any(c.dep_ == "appos" and (describes_a_body(c) or _names_a_company(c)) for c in token.children)
        # "Halvik Shipping, which owns the Merel, said": "which" does not stand for a person.
        described = described or (_has_relative_subject(token) and token.dep_ in ("nsubj", "nsubjpass"))
        if not (described or _owns_with_its(token)):
            continue
        words = [t for t in doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"]
        if not words or not all(t.i in range(words[0].i, token.i + 1) for t in words):
            continue
        if described or all(t.is_title for t in doc[words[0].i : token.i + 1]):
            found.append(Span(doc, words[0].i, token.i + 1, label="ORG"))
    return found


def _names_a_company(noun: Token) -> bool:
    """A noun whose first WordNet sense is a business ("firm", "manufacturer"), not one that is
    first a person ("maker": "a cheese maker" may be a woman)."""
    sense = first_sense(noun.lemma_.lower(), "n") if noun.pos_ == "NOUN" else None
    return sense is not None and sense.lexname() == "noun.group" and names_a_business(noun.lemma_.lower())


def _owns_with_its(subject: Token) -> bool:
    """The subject of a verb whose own words say "its" ("Orvel Agri closed its plant")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    for token in verb.subtree:
        if token.lower_ != "its" or token.dep_ != "poss" or token.i in range(subject.left_edge.i, subject.right_edge.i + 1):
            continue
        nearest_verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if nearest_verb is not None and nearest_verb.i == verb.i:
            return True
    return False


def _own_descriptions(ent: Span) -> set[str]:
    """Lower-case lemmas of the nouns that say what kind of body a name is in this article: the
    words of the name, its appositions, a common noun right before it and the attribute of a
    copula it is the subject of."""
    return {t.lemma_.lower() for t in ent if t.is_alpha} | _described_as(ent)


def _described_as(ent: Span) -> set[str]:
    """The nouns the article describes a name by, its own words left out (its appositions, a
    common noun right before it, the attribute of a copula it is the subject of)."""
    doc = ent.doc
    words: set[str] = set()
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)
    if ent.start > 0 and doc[ent.start - 1].pos_ == "NOUN" and doc[ent.start - 1].head.i in range(ent.start, ent.end):
        nouns.append(doc[ent.start - 1])  # "the haulage firm Orvel Freight"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns.extend(c for c in root.head.children if c.dep_ == "attr")
    words |= {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN"}
    return words


def named_after(lemma: str, ent: Span) -> bool:
    """The name is of a thing named after a body of that noun, not of the body: the noun is a
    word of the name before the name's own head ("the Varn Museum Tiara" is a tiara, "the Kelmar
    Council Trophy" a trophy). In "the Varn Museum" and "the Ministry of Fisheries" the noun is
    the head."""
    root = ent.root
    if root.lemma_.lower() == lemma:
        return False
    return any(t.lemma_.lower() == lemma and t.i < root.i for t in ent)


def _fit(lemma: str, ent: Span, memo: dict) -> int:
    """2 when the description's noun is one of the body's own words, 1 when one of them is a
    kind of it in WordNet, 0 otherwise (and 0 for a thing named after such a body)."""
    if named_after(lemma, ent):
        return 0
    key = (ent.start, ent.end)
    if key not in memo:
        memo[key] = _own_descriptions(ent)
    words = memo[key]
    if lemma in words:
        return 2
    if any(fits_kind(word, lemma) for word in words):
        return 1
    # "the company" beside "Orvel Freight, a haulage firm"; "the producer" beside "a fertiliser
    # maker". A noun that WordNet knows only for people in business ("the producer", "the
    # businessman") must find the business in what the article calls the body, not in its name.
    if not names_a_business(lemma):
        return 0
    pool = words if may_name_a_company(lemma) else _described_as(ent)
    return 1 if any(names_a_business(word) for word in pool) else 0


def is_plainly_of_kind(lemma: str, ent: Span) -> bool:
    """The body's own words say the noun ("the administration": "the Provisional
    Administration"), or one of them is, in its most frequent WordNet sense, a kind of what the
    noun most often means. Stricter than the fit ``body_referent`` ranks by, which reads every
    sense of the body's words ("house" as a publishing house fits "newspaper")."""
    if named_after(lemma, ent):
        return False
    words = _own_descriptions(ent)
    if lemma in words:
        return True
    wanted = first_sense(lemma, "n")
    return wanted is not None and any(
        (sense := first_sense(word, "n")) is not None and is_kind_of(sense, wanted.name()) for word in words
    )


def body_referent(head: Token, ranked: list[Span], *, guess: bool = False) -> Optional[Span]:
    """The named body a definite description of a group stands for, or None. ``ranked``: the
    article's mentions before the description, most salient first. With ``guess``, a
    description of a business that fits no body goes to the one organisation named before it
    whose kind the article never says."""
    doc: Doc = head.doc
    lemma = head.lemma_.lower()
    seen = {(e.start, e.end) for e in ranked}
    ordered = list(ranked)
    bodies = sorted(
        [e for e in doc_entities(doc) if e.label_ in BODY_TYPES] + _unnamed_bodies(doc), key=lambda e: e.start
    )
    ordered += [e for e in reversed(bodies) if e.end <= head.left_edge.i and (e.start, e.end) not in seen]
    ordered += [e for e in bodies if e.start > head.i]
    memo: dict = {}
    best: Optional[Span] = None
    best_fit = 0
    for ent in ordered:
        if ent.label_ not in BODY_TYPES:
            continue
        fit = _fit(lemma, ent, memo)
        if fit > best_fit:
            best, best_fit = ent, fit
    if best is None and guess and may_name_a_company(lemma):
        # "Orvel Agri closed its plant ... The fertiliser maker said": the one organisation
        # named before whose kind the article never says is the business it describes.
        unknown = [e for e in ordered if e.label_ == "ORG" and e.end <= head.left_edge.i
                   and _of_no_known_kind(memo.setdefault((e.start, e.end), _own_descriptions(e)))]
        if len({e.text for e in unknown}) > 1:
            unknown = _most_mentioned(unknown)  # "A Velta Air jet ... the Velta Air fleet", not "The Airbus"
        if len({e.text for e in unknown}) > 1:
            unknown = [e for e in unknown if _acts(e)]  # "Halvik Shipping said", not "the coast of Lorne"
        if len({e.text for e in unknown}) == 1:
            best = unknown[0]
    return best
