"""Who did what to whom in a dated happening, read from the dependency parse (issue 19, s29).

Outlets tell one happening in other words ("police cleared the picket" / "the police ended the
dockers' blockade" / "the clearance of the docks"), and two happenings of one day often share
words (a place, the day's topic). The timeline compares happenings on their participants, so
each event mention records them:

- *agent*: the subject of an active verb, the "by" phrase of a passive, the possessor or "by"
  phrase of an event noun ("the police's clearance", "the clearance by the police");
- *patient*: the object, the subject of a passive, the "of" phrase of an event noun ("the
  clearance of the docks");
- *oblique*: other prepositional objects of the predicate ("at the Kessel gate", "against
  rebels").

A verb without a subject of its own that is conjoined to another ("stormed the base and freed
the crew") takes that verb's subject. Personal pronouns say nothing about who without
coreference: they are no participant. A preposition whose object is a clause ("after striking
the freighter") is an aside, not a participant.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
# Relative words stand for the noun the clause hangs from ("the ship, which sank"): that noun is the participant.
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _participant(token: Token) -> Token | None:
    """The word standing for a participant: a relative word's noun; nothing for a personal pronoun."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return token.head.head
    if token.pos_ == "PRON":
        return None
    return token


def _phrase(token: Token, trigger: Token) -> tuple[int, int]:
    """Character bounds of the participant's phrase; never reaching over the trigger."""
    words = [t for t in token.subtree if (t.i < trigger.i) == (token.i < trigger.i) and t.i != trigger.i]
    if not words:
        words = [token]
    while len(words) > 1 and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _prepositional(prep: Token) -> Token | None:
    """The noun object of a preposition; none when its object is a clause (an aside). A
    preposition of two words ("took the ship out of Anvelport", "away from the coast") has its
    object under the second."""
    if any(c.dep_ == "pcomp" for c in prep.children):
        return None
    found = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if found is None:
        inner = next((c for c in prep.children if c.dep_ == "prep"), None)
        found = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
    return found


def argument_tokens(trigger: Token) -> list[tuple[str, Token]]:
    """(role, head word) of each participant of the predicate ``trigger``."""
    found: list[tuple[str, Token]] = []
    verb = trigger.pos_ in ("VERB", "AUX")
    for child in trigger.children:
        role, head = None, None
        if child.dep_ in SUBJECTS and verb:
            role, head = "agent", child
        elif child.dep_ in PASSIVE_SUBJECTS and verb:
            role, head = "patient", child
        elif child.dep_ in OBJECTS and verb:
            role, head = "patient", child
        elif child.dep_ == "agent":  # "was ordered by the port authority"
            role, head = "agent", _prepositional(child)
        elif child.dep_ == "poss" and not verb:  # "the police's clearance"
            role, head = "agent", child
        elif child.dep_ == "prep":
            word = child.lower_
            if not verb and word == "of":
                role = "patient"
            elif word == "by":
                role = "agent"
            else:
                role = "oblique"
            head = _prepositional(child)
        if role and head is not None:
            head = _participant(head)
            if head is not None:
                found.append((role, head))
    if verb and not any(role == "agent" for role, _ in found) and trigger.dep_ == "conj":
        # "Commandos stormed the base and freed the crew": "freed" has the subject of "stormed"
        first = trigger.head
        subject = next((c for c in first.children if c.dep_ in SUBJECTS), None)
        subject = _participant(subject) if subject is not None else None
        if subject is not None and not any(c.dep_ in PASSIVE_SUBJECTS for c in trigger.children):
            found.append(("agent", subject))
    return found


def arguments_of(trigger: Token) -> list[tuple[str, str, int, int]]:
    """(role, head lemma, start, end) of each participant of ``trigger``."""
    out = []
    for role, head in argument_tokens(trigger):
        start, end = _phrase(head, trigger)
        out.append((role, head.lemma_.lower(), start, end))
    return out


def is_statement(trigger: Token) -> bool:
    """The predicate of the sentence's main clause with a subject of its own ("Police cleared the
    picket on Thursday"), or a verb conjoined to it: the plain report of a happening, which a
    timeline entry is best described by (not an aside, a participle, or an event noun)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    main = trigger
    while main.dep_ == "conj":
        main = main.head
    if main.dep_ != "ROOT":
        return False
    # a finite verb, not a participle the parser made the root ("Dockers, locked out on Thursday, ...")
    finite = trigger.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    return finite and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in main.children)
