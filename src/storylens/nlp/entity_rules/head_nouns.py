"""Noun phrases that stand for a name of the same article: "the hospital", "the city's hospital",
"the Baptist hospital", "the coast guard", "Hospital" (issue 19).

News names an organisation or a facility once in full ("the Al-Karim Baptist Hospital") and then
by its head noun. No coreference model is available, so the phrase is read from the parse:

- its head is a singular noun outside any entity, not itself a modifier of another noun
  ("the hospital director" is a director), written lower-case after "the" or a possessive that
  is not a person ("the hospital", "the city's hospital"), or capitalised with no determiner
  and no name around it (a headline's "Hospital");
- the head is the head word (the parse's root) of some organisation or facility name of the
  article with more than one word ("Hospital" in "Al-Karim Baptist Hospital", "Ministry" in
  "Ministry of Health");
- every word it adds is a describing adjective or a word of that name: "the Baptist hospital"
  and "the coast guard" keep their candidates, "the Mercy hospital", "the field hospital", the
  "other", "second" or "new" hospital (a modifier that picks out another one) stand for none;
- (round s31) the phrase puts its head in no place whose name is foreign to the name: "the
  hospital in Dunmoor" is not "Kelby General Hospital" (``placed_elsewhere``).

The phrase keeps every name it may stand for; the story step (``story/actor_merges.py``) joins
it to an actor only when those names are one actor.

A lower-case phrase whose head noun heads no name of the article ("the hospital" in an article
that names no hospital) is kept too, with no names (an *open* phrase), when every word it adds is
a describing adjective or a capitalised word ("the Baptist hospital"): the story step may join it
to the one organisation or facility of the story that its head noun heads.

Round s32: an open phrase whose head names a kind of business ("the fertiliser maker", "the
chemicals firm", "the company": ``people.names_a_business``) may also hold lower-case nouns
that say what the business makes or does ("fertiliser", "chemicals"); the story step joins it to
the one business of the story.

Round s34: a name whose body WordNet makes a kind of the head noun is a candidate too ("the bank"
for "Tarvel Mutual Building Society": ``body_kinds.py``), and of several candidates the one the
article is talking about is kept (``salience.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storylens.nlp.doc_index import doc_entities, doc_text
from storylens.nlp.entity_rules.body_kinds import compound_kind, fits_kind, is_a_kind_of
from storylens.nlp.entity_rules.people import names_a_business
from storylens.nlp.entity_rules.salience import Salience
from storylens.nlp.label_rules import NON_DESCRIPTIVE_MODIFIERS
from storylens.records import NounMention, Span

NAMED_TYPES = frozenset({"ORG", "FAC"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "poss", "det"})


def _long_names(doc: Doc) -> list:
    """The organisation and facility names of the Doc with more than one word, one entity per
    distinct form (the first)."""
    found: dict[str, object] = {}
    for ent in doc_entities(doc):
        if ent.label_ in NAMED_TYPES and len([t for t in ent if not t.is_punct]) > 1:
            found.setdefault(ent.text, ent)
    return list(found.values())


def _names_by_head(doc: Doc) -> dict[str, list]:
    """Lower-cased head word -> the organisation and facility names of the Doc it heads, one
    entity per distinct form (the first)."""
    found: dict[str, list] = {}
    for ent in _long_names(doc):
        found.setdefault(ent.root.lower_, []).append(ent)
    return found


def _names_of_its_kind(head: Token, long_names: list) -> list:
    """The Doc's names whose body WordNet makes a kind of what the head noun names (round s34):
    "the bank" may stand for "Tarvel Mutual Building Society", a kind of bank, though "bank"
    is no word of it."""
    if head.pos_ != "NOUN" or not head.is_lower:
        return []
    return [
        ent
        for ent in long_names
        if ent.root.lower_ != head.lower_ and is_a_kind_of([t.text for t in ent if not t.is_punct], head.lower_)
    ]


def _name_words(ent) -> set[str]:
    words = set()
    for token in ent:
        words.add(token.lower_)
        words.update(part for part in token.lower_.replace("‐", "-").split("-") if part)
    return words


def _determined(head: Token) -> Token | None:
    """The first token of the phrase when it is definite: "the", or a possessor that is not a
    person or a pronoun ("the city's hospital", "Lakeland's hospital")."""
    for child in head.lefts:
        if child.dep_ == "det" and child.lower_ == "the":
            return child
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and child.ent_type_ != "PERSON":
            return child.left_edge
    return None


def _modifiers(head: Token, first: Token) -> list[Token] | None:
    """The words between the determiner (or the possessor) and the head; None when the phrase
    holds something other than modifiers (a number, a clause)."""
    possessor = {t.i for child in head.lefts if child.dep_ == "poss" for t in child.subtree}
    words = []
    for token in head.doc[first.i : head.i]:
        if token.i in possessor or token.is_space or token.is_punct or token.dep_ == "det":
            continue
        if token.like_num or token.dep_ not in MODIFIER_DEPS:
            return None
        if token.dep_ != "advmod":  # "the badly damaged hospital": the adverb qualifies "damaged"
            words.append(token)
    return words


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
LOCATING_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "on"})


def places_of(head: Token) -> list[str]:
    """The places the phrase puts its head in: "the army hospital in Dunmoor" -> ["dunmoor"]
    (the last word of each place name after "in", "at", "near" ... on the head or right after
    it: the parser often hangs "in Dunmoor" on the verb, though it says where the hospital is)."""
    doc = head.doc
    preps = [t for t in head.rights if t.dep_ == "prep"]
    if head.i + 1 < len(doc) and doc[head.i + 1].dep_ == "prep":
        preps.append(doc[head.i + 1])
    found = []
    for prep in preps:
        if prep.lower_ not in LOCATING_PREPOSITIONS:
            continue
        found += [obj.lower_ for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ in PLACE_TYPES]
    return found


def placed_elsewhere(head: Token, name_words: set[str]) -> bool:
    """ "the hospital in Dunmoor" is not "Kelby General Hospital": the phrase puts its head in a
    place whose name is no word of the name."""
    return any(place not in name_words for place in places_of(head))


def _fits(word: Token, name_words: set[str], ent=None) -> bool:
    """A word of the phrase keeps a name as candidate when it is a word of that name ("the
    Baptist hospital", "the coast guard") or a lower-case describing adjective or participle
    ("the besieged hospital") that does not pick out another referent ("the other hospital").
    Round s34: a modifier that makes a WordNet kind with the head ("the savings bank", "the
    central bank") keeps only a name of that kind (``body_kinds.fits_kind``)."""
    if word.lower_ in name_words:
        return True
    kind = compound_kind(word.lower_, word.head.lower_) if word.is_lower else None
    if kind is not None:  # an open phrase ("the savings bank" in an article naming no bank) is checked by the story step
        return ent is None or fits_kind(kind, word.head.lower_, [t.text for t in ent if not t.is_punct])
    if word.lower_ in NON_DESCRIPTIVE_MODIFIERS or not word.is_lower or word.ent_type_:
        return False
    return word.dep_ == "amod" and word.pos_ in ("ADJ", "VERB")


def _says_what_a_business_does(word: Token, head: Token) -> bool:
    """ "fertiliser" in "the fertiliser maker", "chemicals" in "the chemicals firm": a lower-case
    noun compounded with a head that names a kind of business (round s32)."""
    return (
        word.is_lower
        and word.pos_ == "NOUN"
        and word.dep_ in ("compound", "nmod")
        and word.lower_ not in NON_DESCRIPTIVE_MODIFIERS
        and names_a_business(head.lower_)
    )


def _phrase_start(head: Token) -> Token | None:
    """First token of the phrase headed by ``head``, None when it is not one that can stand for a
    name: lower-case after "the" or a possessor, or capitalised alone (a headline's "Hospital":
    no determiner or modifier, no capitalised name word right before or after)."""
    if head.is_lower:
        return _determined(head)
    if not head.is_title or any(t.dep_ in MODIFIER_DEPS for t in head.lefts):
        return None
    doc = head.doc
    before = doc[head.i - 1] if head.i > 0 and not head.is_sent_start else None
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if any(t is not None and t.pos_ == "PROPN" and not t.is_lower for t in (before, after)):
        return None
    return head


def head_noun_mentions(doc: Doc) -> list[NounMention]:
    """Every definite phrase of the Doc whose head noun heads one or more of its organisation
    or facility names, with those names, and the open phrases whose head noun heads none (see
    the module docstring)."""
    names_by_head = _names_by_head(doc)
    long_names = _long_names(doc)
    article_id = doc._.article_id or ""
    text = doc_text(doc)
    salience = Salience(doc, long_names)
    found = []
    for head in doc:
        candidates = names_by_head.get(head.lower_, []) + _names_of_its_kind(head, long_names)
        if head.ent_type_ or head.tag_ not in SINGULAR_TAGS or head.dep_ == "compound":
            continue
        if not candidates and (not head.is_lower or head.pos_ != "NOUN"):
            continue  # an open phrase is a lower-case common noun
        first = _phrase_start(head)
        if first is None:
            continue
        words = _modifiers(head, first)
        if words is None:
            continue
        if candidates:
            names = [
                ent
                for ent in candidates
                if all(_fits(w, _name_words(ent), ent) for w in words) and not placed_elsewhere(head, _name_words(ent))
            ]
            if not names:
                continue
            names = salience.choose(names, words, head)
        else:
            names = []
            if not all(_fits(w, set()) or w.is_title or _says_what_a_business_does(w, head) for w in words):
                continue  # capitalised words are checked by the story step
            if places_of(head):
                continue  # "the hospital in Dunmoor" in an article naming no hospital: not the story's named one
        start, end = first.idx, head.idx + len(head.text)
        found.append(
            NounMention(
                span=Span.of(article_id, text, start, end),
                head=head.lower_,
                names=[Span.of(article_id, text, e.start_char, e.end_char) for e in names],
            )
        )
    return found
