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
  rebels");
- *said*: a complement clause with a finite verb and a subject of its own ("denied on Monday
  that it had received any warning"), head its verb: the predicate is a speech act, whose
  happening is the saying (round s33); no participant.

A verb without a subject of its own that is conjoined to another ("stormed the base and freed
the crew") takes that verb's subject. Personal pronouns say nothing about who without
coreference: they are no participant. A subject "he"/"she" that the article's salience rules
(``quotes.speakers.pronoun_referent``) give a person's name adds that name with the role
*meant* (round s39): "Brandvold's sample was taken after she crossed the line" has Brandvold
cross it, not some other runner. It only keeps two named people's acts apart; it is no agent
the timeline matches accounts on (a wrong guess would split one happening). A preposition whose
object is a clause ("after striking the freighter") is an aside, not a participant.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
# Relative words stand for the noun the clause hangs from ("the ship, which sank"): that noun is the participant.
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def antecedent(relative_clause: Token) -> Token:
    """The noun a relative clause is about: the noun it hangs from, unless that noun is set
    aside by "not" ("It was the police, not the stewards, who closed the cordon": the parse
    hangs "who closed" from "stewards", but the clause is said of the police)."""
    noun = relative_clause.head
    while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i and _set_aside(noun):
        noun = noun.head
    return noun


def _set_aside(noun: Token) -> bool:
    """"not the stewards": "not" stands right before the noun's phrase (the parse may hang it
    from the noun or from the noun it contrasts with)."""
    first = noun.left_edge
    if first.lower_ in ("not", "n't"):
        return True
    return first.i > 0 and noun.doc[first.i - 1].lower_ in ("not", "n't")


# Subject pronouns of one person: the person a reader takes them for is named in the article.
PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _participant(token: Token) -> Token | None:
    """The word standing for a participant: a relative word's noun; nothing for a personal pronoun."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return antecedent(token.head)
    if token.pos_ == "PRON":
        return None
    return token


def _person_meant(pronoun: Token) -> Token | None:
    """The head word of the person's name a subject "he"/"she" stands for, when the salience
    rules of attribution (``pronoun_referent``: a fitting name earlier in its sentence, then the
    nearest subject before, agreeing in gender) find a named person."""
    from storylens.nlp.quotes.speakers import pronoun_referent

    if pronoun.tag_ != "PRP" or pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    referent = pronoun_referent(pronoun)
    if isinstance(referent, Span) and referent.label_ == "PERSON":
        return referent.root
    return None


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
        meant = _person_meant(child) if child.dep_ in SUBJECTS and verb else None
        if meant is not None:
            found.append(("meant", meant))  # "she crossed the line": Brandvold, by salience
        elif child.dep_ in SUBJECTS and verb:
            role, head = "agent", child
        elif child.dep_ in PASSIVE_SUBJECTS and verb:
            role, head = "patient", child
        elif child.dep_ in OBJECTS and verb:
            role, head = "patient", child
        elif child.dep_ == "agent":  # "was ordered by the port authority"
            role, head = "agent", _prepositional(child)
        elif child.dep_ == "poss" and not verb:  # "the police's clearance"
            role, head = "agent", child
        elif child.dep_ == "ccomp" and verb and _subject_of_a_result(child) is not None:
            # "ordered Vorn and Aspel evacuated": the towns are what the order is about
            role, head = "patient", _subject_of_a_result(child)
        elif child.dep_ == "ccomp" and verb and _says_a_clause(child):
            # "denied on Monday that it had received any warning": what is said, head its verb;
            # the predicate is a speech act, not the happening said
            role, head = "said", child
        elif child.dep_ == "advcl" and verb and _at_the_same_time(child):
            # "workers were hurt when a tank exploded": what happened at that moment is part of it
            role, head = "when", child
        elif child.dep_ == "prep":
            word = child.lower_
            if not verb and word == "of":
                role = "patient"
            elif word == "by":
                role = "agent"
            else:
                role = "oblique"
            head = _prepositional(child)
        if role == "said":
            found.append((role, head))
        elif role and head is not None:
            head = _participant(head)
            if head is not None:
                found.append((role, head))
    if verb:
        # "injured on Saturday night when a tank exploded": the parse may hang the "when" clause
        # from the time's noun ("the night when ..."); it still tells what happened at that moment
        for prep in (c for c in trigger.children if c.dep_ == "prep"):
            noun = _prepositional(prep)
            for clause in (c for c in noun.children if c.dep_ == "relcl") if noun is not None else ():
                if _at_the_same_time(clause) and not any(head.i == clause.i for _, head in found):
                    found.append(("when", clause))
    main_subject = _subject_of_the_main_clause(trigger) if verb else None
    if main_subject is not None:
        # "Drawn up by the board on Tuesday, the plan ...": what a passive participle tells is done
        # to the main clause's subject; "Having opened the sluices, the board ..." is done by it
        passive = trigger.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
        role = "patient" if passive else "agent"
        if not any(r == role for r, _ in found):
            found.append((role, main_subject))
    described = _noun_a_participle_describes(trigger) if verb and not any(r == "patient" for r, _ in found) else None
    if described is not None:
        found.append(("patient", described))  # "the vote on the ferry, set for next Thursday"
    if verb and not any(role == "agent" for role, _ in found) and trigger.dep_ == "conj":
        # "Commandos stormed the base and freed the crew": "freed" has the subject of "stormed"
        first = trigger.head
        subject = next((c for c in first.children if c.dep_ in SUBJECTS), None)
        subject = _participant(subject) if subject is not None else None
        if subject is not None and not any(c.dep_ in PASSIVE_SUBJECTS for c in trigger.children):
            found.append(("agent", subject))
    return found


def _noun_a_participle_describes(participle: Token) -> Token | None:
    """The noun a passive participle with no subject of its own is said of (round s41): the noun
    it hangs from ("the vote set for Thursday"), or, when the parse hangs it from the main verb
    after a comma, the phrase that closes before the comma ("preparing for the vote on the
    ferry, set for next Thursday"): what is set is the vote."""
    if participle.tag_ != "VBN" or any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS or c.dep_ == "aux" for c in participle.children):
        return None
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
        return _participant(participle.head)
    doc = participle.doc
    if participle.dep_ != "advcl" or participle.i <= participle.head.i or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    token = noun = doc[participle.i - 2]
    while token.head.i != token.i and token.head.i < participle.i and token.head.pos_ in ("NOUN", "PROPN", "ADP"):
        token = token.head
        noun = token if token.pos_ in ("NOUN", "PROPN") else noun
    return _participant(noun) if noun.pos_ in ("NOUN", "PROPN") else None


def _says_a_clause(clause: Token) -> bool:
    """A complement clause that is a statement of its own: a finite verb with its own subject
    ("denied that it had received any warning", "said the army shelled the town"), what a verb
    of saying, denying or showing reports."""
    finite = clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children)
    return finite and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in clause.children)


def _at_the_same_time(clause: Token) -> bool:
    """An adverbial clause told as happening at the same moment as its verb, with a subject of
    its own and a verb in the past: "... when a tank exploded at the plant"."""
    return (
        clause.tag_ == "VBD"
        and any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" and c.i < clause.i for c in clause.children)
        and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in clause.children)
    )


def _subject_of_a_result(clause: Token) -> Token | None:
    """"ordered Vorn and Aspel evacuated": a complement clause of a verb of a transitive verb used
    with no object of its own and no auxiliary is a result told of its subject (the parse reads the
    participle as a past): that subject is what the main verb acts on. Not a clause with its own
    object or auxiliary ("said the army shelled the town", "said it had left")."""
    if clause.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "prep", "ccomp", "xcomp") for c in clause.children):
        return None
    if clause.i != clause.sent.end - 1 and not clause.doc[clause.i + 1].is_punct:
        return None  # the clause ends with its verb: "ordered the towns evacuated."
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return _participant(subject) if subject is not None else None


def _subject_of_the_main_clause(participle: Token) -> Token | None:
    """The subject of the clause a participle with no subject of its own is set off before
    ("Drawn up by the board on Tuesday, the plan ..."): who or what the participle is said of."""
    if participle.dep_ != "advcl" or participle.tag_ not in ("VBG", "VBN") or not participle.i < participle.head.i:
        return None
    if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in participle.children):
        return None
    verb = participle.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and participle.right_edge.i < c.i < verb.i), None)
    return _participant(subject) if subject is not None else None


def arguments_of(trigger: Token) -> list[tuple[str, str, int, int, int]]:
    """(role, head lemma, start, end, head word's offset) of each participant of ``trigger``."""
    out = []
    for role, head in argument_tokens(trigger):
        start, end = _phrase(head, trigger)
        out.append((role, head.lemma_.lower(), start, end, head.idx))
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
