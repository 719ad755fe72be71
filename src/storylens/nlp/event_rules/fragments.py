"""Predicates whose own subtree is a fragment, described with the noun or clause they belong to:
participles without a subject ("the plan, presented by X on Tuesday", "Seen by an agency on
Thursday, the letter ...") and relative clauses ("the board, which had declared an emergency on
March 3": "which had declared ..." does not say who did it). A caption line that is nothing but
a participle dates nothing."""

from __future__ import annotations

from spacy.tokens import Token

from storylens.nlp.event_rules.arguments import antecedent

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in token.children)


def described_by(trigger: Token) -> Token:
    """The token whose subtree describes the happening readably: the trigger when it is a verb
    with its own subject (or an event noun); otherwise the nearest word above it in the parse
    that is one, or the noun a participle or relative clause belongs to. "sworn in after
    winning 80% of the vote in 2020" is described from "Lukashenko, sworn in after winning ...";
    "told operators to suspend all crossings until Wednesday" from the clause with "told"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return trigger
    if _conjoined_after_its_own_words(trigger):
        return trigger  # "... left Dalby at 5:50 a.m. and landed in Osterholm at 7:05 a.m."
    token, seen = trigger, set()
    while token.i not in seen:
        seen.add(token.i)
        if token.dep_ == "relcl":  # its subject, if any, is a relative word; the noun is who or what
            noun = antecedent(token)
            if noun.i != token.head.i:  # "It was the police, not the stewards, who ...": the whole cleft
                return described_by(noun.head) if noun.head.i != noun.i else noun
            return noun
        if token.pos_ in ("VERB", "AUX") and _has_own_subject(token):
            return token
        if token.i != trigger.i and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return trigger


def _conjoined_after_its_own_words(verb: Token) -> bool:
    """A verb conjoined to an earlier one that has words of its own in between ("Flight 208 left
    Dalby at 5:50 a.m. and landed in Osterholm at 7:05 a.m."): a second happening, told by its
    own predicate and arguments ("landed in Osterholm at 7:05 a.m."), not by the whole sentence
    the first one's description already is. "arrested and charged two men" shares its words."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > verb.i or not _has_own_subject(head):
        return False  # "told the operators to halt all crossings and to report ...": the whole clause
    if not any(c.dep_ not in ("cc", "punct") for c in verb.children):
        return False
    return any(head.i < c.i < verb.i and c.dep_ not in ("cc", "punct") for c in head.children)


def _has_own_subject(token: Token) -> bool:
    """A subject that is not a relative word ("which had run aground")."""
    return any(c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP") for c in token.children)


def is_caption_fragment(trigger: Token) -> bool:
    """A sentence whose root is a participle with no subject and no auxiliary ("Presented by X
    on Tuesday"): a caption or a label, not a report."""
    return (
        trigger.dep_ == "ROOT"
        and trigger.tag_ in ("VBN", "VBG")
        and not _has_subject(trigger)
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and not _main_clause_after_comma(trigger)
    )


def _main_clause_after_comma(participle: Token) -> bool:
    """"Signed by President Arvo Denn on Monday, an emergency decree suspended parliament": the
    small parser may make the fronted participle the root and fold the main clause under it. A
    subject after a comma that closes the participle's phrase is that main clause's: a report,
    whose participle dates its own act (round s36), not a caption."""
    doc = participle.doc
    commas = [t.i for t in participle.sent if t.text == "," and t.i > participle.i]
    return bool(commas) and any(
        t.dep_ in SUBJECTS and t.tag_ not in ("WDT", "WP", "PRP") and t.left_edge.i > commas[0]
        for t in doc[commas[0] + 1 : participle.sent.end]
    )


def fronted_participle(verb: Token) -> Token | None:
    """A participle clause with no subject of its own set off before ``verb`` and its subject
    ("Announced by the minister, Jon Pell, on Friday, the talks will open ..."), or None."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < verb.i and not _has_subject(c)
        ),
        None,
    )


def main_subject_start(verb: Token) -> int | None:
    """Where the subject of ``verb`` begins: the subject nearest before it (the small parser may
    give a verb two, taking a name set off in a fronted clause for one)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return max(subjects, key=lambda s: s.i).left_edge.i if subjects else None


def displaced_into_participle(word: Token, verb: Token) -> Token | None:
    """The fronted participle clause that ``word``, hung from ``verb`` by the parse, belongs to.

    A participle clause set off before its main clause ends at the last comma before the main
    clause's subject; the small parser often hangs what stands there from the main verb
    ("Announced by the minister, Jon Pell, on Friday, the talks will open ... on September
    24th": "on Friday" dates the announcement, not the opening). Read from the word order: the
    word stands after the participle and before a comma that precedes the main subject."""
    participle = fronted_participle(verb)
    if participle is None or not participle.i < word.i:
        return None
    subject = main_subject_start(verb)
    if subject is None or not word.i < subject:
        return None
    doc = word.doc
    if not any(doc[i].text == "," for i in range(word.i + 1, subject)):
        return None  # "Pressed by reporters, on Tuesday the minister admitted ...": the main clause's
    return participle


def participle_reach(verb: Token, participle: Token) -> int:
    """The index after the last word of a fronted participle clause, displaced parts included:
    the main clause begins with its subject."""
    subject = main_subject_start(verb)
    end = participle.right_edge.i + 1
    if subject is not None and subject > end:
        doc = verb.doc
        comma = max((i for i in range(end, subject) if doc[i].text == ","), default=None)
        if comma is not None:
            return comma
    return end
