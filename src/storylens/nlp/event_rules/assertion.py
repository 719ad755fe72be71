"""Is the predicate asserted to have happened?

Read from the parse: a negation on the predicate ("did not enter"), a counterfactual ("would
have won", "had they attacked", "if they had attacked", "should the levee fail", and the
"would" of a clause under such a condition), or a governing word of failure or
prevention ("failed to take", "the failure to capture", "prevented them from crossing"). The
last kind still dates a happening — the failure — so the trigger moves up to it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

# Predicates that say their complement did not happen (negative implicatives).
NOT_HAPPENED = frozenset(
    "fail failure refuse refusal decline avoid prevent prevention unable inability stop thwart foil block "
    "abandon cancel".split()
)
# Verbs that move a planned thing to a later time: what was set for the day did not happen then
# ("the hearing scheduled for May 28th has been postponed until the autumn").
RESCHEDULING = frozenset({"postpone", "delay", "move", "reschedule", "push", "defer", "adjourn"})
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})
# "ought to have been closed": a modal whose verb comes as its "to" complement.
MODALS_WITH_TO = frozenset({"ought"})
# Auxiliaries that open a condition by inversion: "had they known", "were it true", "should it fail".
INVERTING = frozenset({"had", "were", "should"})


def _negated(token: Token) -> bool:
    """"did not enter", "never opened", a subject that denies there was a doer: "Nobody
    chlorinated the tank", "No guard opened the gate", and an object that denies there was
    anything done: "the fund had sold no shares at a loss this year", "signed nothing"."""
    return any(
        c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") or _denies_a_doer(c) or _denies_a_thing_done(c)
        for c in token.children
    )


def _denies_a_thing_done(child: Token) -> bool:
    if child.dep_ != "dobj":
        return False
    return child.lower_ in ("nothing", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)


def _denies_a_doer(child: Token) -> bool:
    if child.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if child.lower_ in ("nobody", "nothing", "none") or (child.lower_ == "one" and child.i > 0 and child.nbor(-1).lower_ == "no"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)


def is_counterfactual(token: Token) -> bool:
    """The predicate is hypothetical: "would have won", "if they had attacked", "had they
    attacked", or the "would" of a clause under such a condition."""
    auxiliaries = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a in COUNTERFACTUAL_MODALS for a in auxiliaries) and "have" in auxiliaries:
        return True  # "they would have won in May"
    if _complement_of_a_counterfactual(token, auxiliaries):
        return True  # "would have let the police close the road by noon", "ought to have been closed"
    if token.dep_ == "advcl" and "had" in auxiliaries:
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
            return True  # "if they had attacked in May"
    if inverted_condition(token) is not None:
        return True  # "had they attacked in May", "should the levee fail on Friday"
    # "Had the gates been opened, the town would be dry today": the consequent of a condition.
    # Told first ("The town would be dry today had the gates been opened"), the parse hangs the
    # condition anywhere (as the head, or the auxiliary as a loose dependent): any verb of the
    # sentence inside an inverted condition makes the modal one of its consequent.
    if not any(a in COUNTERFACTUAL_MODALS for a in auxiliaries):
        return False
    if any(_is_condition(c) for c in token.children):
        return True
    return any(
        t.i != token.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and inverted_condition(t) is not None
        for t in token.sent
    )


def _complement_of_a_counterfactual(token: Token, auxiliaries: list[str]) -> bool:
    """The predicate is the complement of a verb that did not happen: "An earlier warning would
    have let the police close the road by noon" (the closing is what the warning would have let
    happen), "would have allowed them to close", or of a modal in the perfect that takes "to"
    ("the road ought to have been closed by noon"). Read up the chain of complements, so a
    complement of a complement is reached too; a verb of saying above ("critics said the road
    ...") is no counterfactual and stops nothing."""
    node, seen = token, {token.i}
    while node.dep_ in ("xcomp", "ccomp") and node.head.i not in seen:
        head = node.head
        seen.add(head.i)
        if head.tag_ == "MD" and head.lower_ in COUNTERFACTUAL_MODALS | MODALS_WITH_TO and "have" in auxiliaries:
            return True
        above = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
        if any(a in COUNTERFACTUAL_MODALS for a in above) and "have" in above:
            return True
        node = head
    return False


def says_only_what_did_not_happen(trigger: Token, quotations: list[tuple[int, int]]) -> bool:
    """A verb of saying whose quoted words are all a counterfactual: '"If the divers had not gone
    in when they did, they would not have come out alive," the warden told reporters on Monday'.
    The entry such a saying makes is the quotation, which tells what did not happen
    (story/counterfactuals.py reads it so for claims): it dates no happening of the story (issue
    19, round s38). The words are the quotations of the sentence the verb stands outside, read by
    their main predicates (the verbs whose head lies outside the quotation: the parser often hangs
    a quotation from a word after it, "warden" read as a verb). A reported saying in the outlet's
    words ("Lifeguards said on Tuesday that the beach would have been cleared faster by boat") is
    the outlet's account of a statement made that day and still dates (round s35)."""
    if not _a_verb_of_saying(trigger):
        return False
    outside = [(s, e) for s, e in quotations if not s <= trigger.idx < e]
    said = [
        t for t in trigger.sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
        and any(s <= t.idx < e and not s <= t.head.idx < e for s, e in outside)
    ]
    return bool(said) and all(is_counterfactual(verb) for verb in said)


def _a_verb_of_saying(verb: Token) -> bool:
    from storylens.nlp.wordnet import is_verb_of_communication

    return verb.pos_ == "VERB" and is_verb_of_communication(verb.lemma_)


def unrealised_plan(trigger: Token) -> bool:
    """"did not hold the fire drill it had scheduled for May 20th", "the vote set for Monday was
    called off", "the hearing scheduled for May 28th has been postponed": a clause that sets a time for the thing it describes (a relative clause or a
    participle on a noun), when what happens to that thing did not happen or was stopped. The
    time is the thing's, and the thing never took place."""
    if trigger.dep_ not in ("acl", "relcl"):
        return False
    noun = trigger.head
    governor = noun.head
    if noun.dep_ == "pobj" and governor.head.i != governor.i:  # "called off plans for the drill ..."
        governor = governor.head
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if governor.i == noun.i or governor.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return False
    lemma = governor.lemma_.lower()
    return _negated(governor) or is_counterfactual(governor) or lemma in NOT_HAPPENED or lemma in RESCHEDULING


def _is_condition(clause: Token) -> bool:
    """A clause hung from a verb that states a condition: "if ...", or an inverted one."""
    if clause.dep_ not in ("advcl", "ccomp"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children) or inverted_condition(clause) is not None


def inverted_condition(token: Token) -> Optional[Token]:
    """The auxiliary that opens a conditional clause without "if" by standing before its subject
    ("Had the engineers opened the gates", "had the backups been tested", "Were the guards
    posted", "Should the levee fail"), when ``token`` is that clause's verb or lies inside it.
    The parser hangs such a clause in several ways (an adverbial or complement clause, the
    auxiliary as the clause's head, the sentence's root when it comes last), so it is read from
    the word order: the auxiliary, then the subject, then the verb, with the auxiliary first in
    its clause or the sentence holding a conditional modal ("would", "could", "might"). Not an
    inversion after a negative or restrictive word ("Never had the town seen ...", "Not only had
    they ..."), which asserts."""
    node, seen = token, set()
    while node.i not in seen and node.sent.start <= node.i < node.sent.end:
        seen.add(node.i)
        auxiliary = _inverting_auxiliary(node)
        if auxiliary is not None:
            return auxiliary
        if node.dep_ in ("advcl", "ccomp", "ROOT", "conj", "relcl"):
            break  # a clause boundary: the conditions of clauses above do not reach down
        node = node.head
    return None


def _inverting_auxiliary(verb: Token) -> Optional[Token]:
    candidates = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.head.i != verb.i and verb.head.i < verb.i:
        candidates.append(verb.head)  # "had/VBD -> tested": the parse made the auxiliary the head
    if verb.lower_ in INVERTING and verb.tag_ in ("VBD", "MD"):
        candidates.append(verb)  # "Were the guards posted": the auxiliary heads the clause
    for auxiliary in candidates:
        if auxiliary.lower_ not in INVERTING or auxiliary.tag_ not in ("VBD", "MD"):
            continue
        holder = verb if auxiliary.i != verb.i else auxiliary
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not auxiliary.i < subject.i:
            continue
        if subject.i > verb.i and auxiliary.i != verb.i:
            continue
        if _opens_its_clause(auxiliary) or _conditional_modal_beside(auxiliary, verb):
            return auxiliary
    return None


def _opens_its_clause(auxiliary: Token) -> bool:
    """Nothing but punctuation, "that" or a conjunction before the auxiliary: "Had ...",
    "..., had ...", "concluded that had ..."; not "Never had", "Only then had"."""
    if auxiliary.i == auxiliary.sent.start:
        return True
    before = auxiliary.doc[auxiliary.i - 1]
    return before.is_punct or before.lower_ in ("that", "and", "but", "or")


def _conditional_modal_beside(auxiliary: Token, verb: Token) -> bool:
    """Another clause of the sentence has "would", "could" or "might": "The town would be dry
    had the gates been opened" (a modal of the inverted clause's own verb does not count)."""
    return any(
        t.tag_ == "MD" and t.lower_ in COUNTERFACTUAL_MODALS and t.i != auxiliary.i and t.head.i != verb.i
        for t in auxiliary.sent
    )


def asserted_trigger(trigger: Token) -> Optional[Token]:
    """The predicate that really happened on the date: ``trigger`` itself, the failure that
    governs it, or None when it did not happen."""
    if _negated(trigger) or is_counterfactual(trigger):
        return None
    head = trigger.head
    if trigger.dep_ == "advcl" and trigger.i < head.i:
        return trigger  # "The convoy, travelling north, was stopped": set off before it, no complement of it
    if trigger.dep_ in ("xcomp", "acl", "pcomp", "advcl") or (trigger.dep_ == "pobj" and head.head.i != head.i):
        governor = head.head if head.dep_ == "prep" and head.lower_ == "from" else head
        if governor.lemma_.lower() in NOT_HAPPENED:
            if _negated(governor) or is_counterfactual(governor):
                return None
            return governor
    if trigger.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in NOT_HAPPENED:
        return head.head  # "prevented them from crossing the river on Monday"
    return trigger
