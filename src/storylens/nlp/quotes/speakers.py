"""Who a source phrase names: rules over the parse plus salience (coreferee cannot run here).

A source phrase is the subject of a cue ("Peskov said", "He said", "the Belarusian leader
replied", "Russia's Foreign Ministry said"). Names are returned as written in the article,
at their fullest ("Putin" -> "Vladimir Putin" when the article spells it out somewhere);
pronouns and descriptions are resolved back to the nearest compatible named mention, where
"nearest" prefers the subjects of the sentences before, the way a reader tracks who is talking.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from storylens.nlp.names import ORG_HEAD_WORDS, clean_name, translit_key

PERSON_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("it they them".split())
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})

# Head nouns of descriptions that stand for a person ("the Belarusian leader") or a body or
# document ("the paper", "the ministry"): the words that decide which mentions are compatible.
PERSON_NOUNS = frozenset(
    """
    leader president minister spokesman spokeswoman spokesperson official head chief commander
    founder chairman chairwoman secretary senator governor mayor general ambassador prosecutor
    judge candidate nominee man woman businessman warlord dictator premier king boss lawmaker
    diplomat adviser advisor aide director
    """.split()
)
GROUP_NOUNS = frozenset(
    """
    paper newspaper ministry agency government kremlin company group outlet channel network daily
    site website magazine committee council office department service army military campaign party
    administration broadcaster organization organisation statement union court
    """.split()
)
# Dependents that belong to the name of a body ("Russia’s Foreign Ministry", "the State Duma").
NAME_DEPS = frozenset({"compound", "amod", "poss", "case", "det", "nmod", "flat"})
# How many sentences back a pronoun or a description may reach for its name.
LOOKBACK_SENTENCES = 6


# Doc.ents builds new Span objects on every read; speaker resolution reads them often, so
# the entities of the Doc being processed are kept here (components see one Doc at a time).
_current: list = [None, ()]


def entities(doc: Doc) -> tuple[Span, ...]:
    if _current[0] is not doc:
        _current[0], _current[1] = doc, tuple(doc.ents)
    return _current[1]


def forget_entities() -> None:
    _current[0], _current[1] = None, ()


def entity_of(token: Token) -> Optional[Span]:
    if token.ent_type_ in NAMED_TYPES:
        return next((e for e in entities(token.doc) if e.start <= token.i < e.end), None)
    return None


def fullest_name(doc: Doc, name: str) -> str:
    """The longest PERSON mention of the article with the same surname ("Putin" -> "Vladimir Putin")."""
    words = clean_name(name).split()
    if not words:
        return name
    surname = translit_key(words[-1])
    best = " ".join(words)
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        candidate = clean_name(ent.text).split()
        if len(candidate) > len(best.split()) and candidate and translit_key(candidate[-1]) == surname:
            best = " ".join(candidate)
    return best


def phrase_name(head: Token) -> str:
    """An organisation or document named by a noun phrase: its words up to the head, without
    the article ("Russia’s Foreign Ministry", "Nezavisimaya Gazeta")."""
    left = head.i
    # Walk left over the words that modify the name itself, not over clauses before it.
    while left > 0 and head.doc[left - 1].dep_ in NAME_DEPS and head in head.doc[left - 1].ancestors:
        left -= 1
    words = list(head.doc[left : head.i + 1])
    while words and words[0].dep_ == "det":
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip() or head.text


def _name_of_entity(doc: Doc, ent: Span, head: Token) -> str:
    if ent.label_ == "PERSON":
        return fullest_name(doc, ent.text)
    # "Russia’s Foreign Ministry": the entity may be only part of the phrase that names the body.
    return clean_name(phrase_name(head)) if head.i >= ent.start else clean_name(ent.text)


def _named_in(token: Token) -> Optional[tuple[Span, Token]]:
    """The named entity a subject token stands for: itself, a name in apposition or
    coordination with it ("The president of Belarus, Alexander Lukashenko", "the head of the
    committee and former minister Andrei Kartapolov"), or a name it is the title of."""
    ent = entity_of(token)
    if ent is not None:
        return ent, token
    stack = [(child, False) for child in token.children]
    while stack:
        node, linked = stack.pop(0)
        linked = linked or node.dep_ in ("appos", "conj")
        ent = entity_of(node)
        if ent is not None and ((linked and ent.label_ == "PERSON") or (node.dep_ == "compound" and node.head is token)):
            return ent, node
        if node.dep_ not in ("relcl", "acl", "ccomp"):
            stack.extend((child, linked) for child in node.children)
    return None


def _subject_of(sentence: Span) -> Optional[Token]:
    root = sentence.root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


def _candidates(doc: Doc, before: int, types: frozenset[str], sentence: Span) -> list[tuple[Span, int]]:
    """Named mentions of the wanted types, nearest first, ranked by salience: mentions earlier
    in the same sentence, then the subject of each sentence before, then its other mentions."""
    ranked: list[tuple[Span, int]] = []
    same = [e for e in entities(doc) if sentence.start <= e.start and e.end <= before and e.label_ in types]
    ranked.extend((e, 0) for e in reversed(same))
    current = sentence
    if not same and _unnamed_subject(sentence, before, types) is not None:
        ranked.append((_unnamed_subject(sentence, before, types), 0))
    for distance in range(1, LOOKBACK_SENTENCES + 1):
        if current.start == 0:
            break
        current = doc[current.start - 1].sent
        ents = [e for e in entities(doc) if current.start <= e.start and e.end <= current.end and e.label_ in types]
        subject = _subject_of(current)
        named = _named_in(subject) if subject is not None else None
        if named is not None and named[0].label_ in types:
            ranked.append((named[0], distance))
        elif named is None and _unnamed_subject(current, current.end, types) is not None:
            ranked.append((_unnamed_subject(current, current.end, types), distance))
        ranked.extend((e, distance) for e in ents if named is None or e != named[0])
    return ranked


def _unnamed_subject(sentence: Span, before: int, types: frozenset[str]) -> Optional[Span]:
    """A proper-noun subject the entity recogniser missed ("Nezavisimaya Gazeta wrote")."""
    subject = _subject_of(sentence)
    if subject is None or subject.i >= before or subject.pos_ != "PROPN" or subject.ent_type_:
        return None
    label = "ORG" if subject.lower_ in ORG_HEAD_WORDS else "PERSON"
    if label not in types:
        return None
    words = [t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.pos_ == "PROPN"]
    return Span(subject.doc, words[0].i, subject.i + 1, label=label) if words else None


def _compatible(description: Token, ent: Span) -> int:
    """How many words of a description ("the Belarusian leader") appear around a mention
    ("Belarusian President Alexander Lukashenko", "Lukashenko, the Belarusian leader")."""
    words = {t.lower_ for t in description.subtree if t.is_alpha and t.dep_ != "det"}
    doc = ent.doc
    window = doc[max(ent.start - 4, ent.sent.start) : min(ent.end + 6, ent.sent.end)]
    return len(words & {t.lower_ for t in window})


def resolve_subject(head: Token) -> Optional[str]:
    """The name a subject token stands for, or None when it names nobody we can tell."""
    doc = head.doc
    named = _named_in(head)
    if named is not None:
        return _name_of_entity(doc, *named)
    lower = head.lower_
    if head.pos_ == "PRON":
        if lower in PERSON_PRONOUNS:
            types = frozenset({"PERSON"})
        elif lower in GROUP_PRONOUNS:
            types = GROUP_TYPES
        else:
            return None  # "I", "we", "you", "who": the speaker is inside a quote or unknown
        for ent, _ in _candidates(doc, head.i, types, head.sent):
            return _name_of_entity(doc, ent, ent.root)
        return None
    lemma = head.lemma_.lower()
    if head.pos_ == "PROPN":
        return clean_name(phrase_name(head))
    if head.pos_ == "NOUN" and lemma in PERSON_NOUNS | GROUP_NOUNS:
        types = frozenset({"PERSON"}) if lemma in PERSON_NOUNS else frozenset({"ORG"})
        definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.children)
        modified = any(c.dep_ in ("amod", "compound") for c in head.children)
        candidates = _candidates(doc, head.left_edge.i, types, head.sent)
        if candidates and definite:
            # The most compatible mention wins; among equals the nearest (earlier in the list).
            best = max(candidates, key=lambda c: (_compatible(head, c[0]), -c[1]))
            # "the Ukrainian army" must find "Ukrainian" near the name; "the paper" takes the nearest.
            if _compatible(head, best[0]) or not modified:
                return _name_of_entity(doc, best[0], best[0].root)
    return None
