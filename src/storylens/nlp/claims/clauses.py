"""Cut a sentence into predications: one clause, one fact, one exact span.

A news sentence packs several facts: "Flynn, who pleaded guilty on Friday, is cooperating with
investigators, tapping into ..." The dependency parse says where each predication starts: the
root, verbs coordinated with it, subordinate clauses (except conditions, which the main clause
needs to stay true), participial clauses and modifiers, relative clauses and the content of
reported speech. Each predication keeps its own words: its head's subtree without the subtrees of
the predications nested in it. A reporting frame ("X told reporters before leaving for Utah")
is a predication of its own only when it says more than who spoke.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from storylens.nlp.claims.adjuncts import accused_of, adjunct_kinds

REPORTING_VERBS = {
    "say", "tell", "claim", "announce", "confirm", "report", "state", "add", "insist", "deny", "reveal",
    "write", "note", "explain", "declare", "argue", "suggest", "indicate", "acknowledge", "admit", "warn",
    "allege", "assert", "boast", "recount", "reply", "respond", "disclose", "contend", "maintain",
    "testify", "believe", "think", "estimate", "predict", "concede", "complain", "charge", "accuse",
}
# conditions keep their main clause true only together with it ("if X, Y"): never cut apart
CONDITION_MARKS = {"if", "unless", "whether", "lest"}
MAX_SUBJECT_TOKENS = 8


@dataclass
class Predication:
    head: Token
    tokens: list[Token]
    kind: str  # main, coordinated, subordinate, participial, relative, complement, reported, frame,
    # phrase, purpose, accused, event (``adjuncts``)
    reporter: Optional[Token] = None  # the reporting verb whose content this is
    subject: Optional[str] = None
    # when an edge phrase is cut off a clause: the clause as written, phrase included (first and
    # last token index), on the clause's unit and on the phrase's, for whoever states it whole
    clause: Optional[tuple[int, int]] = None
    # when the head is a preposition (``adjuncts``): the word that says what happens in it
    core: Optional[Token] = None

    @property
    def reported(self) -> bool:
        return self.reporter is not None


def _kind(token: Token) -> Optional[str]:
    if token.pos_ not in ("VERB", "AUX"):
        return None
    dep = token.dep_
    if dep == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return "coordinated"
    if dep == "relcl":
        return "relative"
    if dep == "ccomp":
        if token.head.lemma_.lower() in REPORTING_VERBS:
            return "reported"
        # "did not want blood to be spilled": a non-finite complement is part of its verb's fact
        finite = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children) and not any(
            c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
        return "complement" if finite else None
    if dep == "advcl":
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        return None if marks & CONDITION_MARKS else ("participial" if token.tag_ in ("VBG", "VBN") and not marks else "subordinate")
    if dep == "acl" and token.tag_ in ("VBG", "VBN") and len(list(token.subtree)) >= 4:
        return "participial"
    return None


def noun_phrase(token: Token, without: Optional[Token] = None) -> str:
    """The noun phrase of ``token``, without the clause ``without`` that modifies it."""
    subtree = [t for t in token.subtree if without is None or t.i < without.left_edge.i or t.i == token.i]
    while subtree and subtree[-1].is_punct:
        subtree.pop()
    if len(subtree) > MAX_SUBJECT_TOKENS:
        subtree = [t for t in token.lefts if t.dep_ in ("compound", "amod", "det", "poss")] + [token]
    return token.doc[subtree[0].i:subtree[-1].i + 1].text


def subject_of(head: Token) -> Optional[str]:
    """Who or what the predication is about: its own subject, the noun a relative clause or
    participle modifies, or the subject of the clause it hangs from."""
    seen = 0
    while head is not None and seen < 6:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subject is not None and not (head.dep_ == "relcl" and subject.tag_ in ("WDT", "WP", "IN")):
            return noun_phrase(subject)
        if head.dep_ in ("relcl", "acl"):
            return noun_phrase(head.head, without=head)
        if head.dep_ == "ROOT" or head.head.i == head.i:
            return None
        head, seen = head.head, seen + 1
    return None


def arguments(head: Token) -> tuple[Optional[str], Optional[str]]:
    """(agent, theme): who does it and what it is done to, read through the passive
    ("the deal was brokered by Qatar" and "Qatar brokered the deal" give the same pair)."""
    passive_subject = next((c for c in head.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    if passive_subject is not None:
        by = next((c for c in head.children if c.dep_ == "agent"), None)
        doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        return _core(doer), _core(passive_subject)
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in head.children if c.dep_ in ("dobj", "attr")), None)
    return _core(subject), _core(obj)


def _core(token: Optional[Token]) -> Optional[str]:
    """A noun and the words that make it what it is ("an army air strike"), not what is said
    about it ("... for the blast")."""
    if token is None:
        return None
    words = [t for t in token.subtree if t.i <= token.i and (t.i == token.i or t.dep_ in (
        "det", "compound", "amod", "poss", "nummod", "nmod", "quantmod") or t.head.dep_ in ("compound", "amod", "poss"))]
    return token.doc[words[0].i:token.i + 1].text


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].dep_ in ("cc", "punct", "mark", "prep") or tokens[-1].is_space):
        tokens = tokens[:-1]
    # a leading "nor"/"neither" is the clause's negation: it stays
    while tokens and ((tokens[0].dep_ in ("cc", "punct") and tokens[0].lower_ not in ("nor", "neither")) or tokens[0].is_space):
        tokens = tokens[1:]
    return tokens


def _own_tokens(head: Token, nested: list[Token]) -> list[Token]:
    excluded = {t.i for other in nested for t in other.subtree}
    return _trim([t for t in head.subtree if t.i not in excluded])


def _has_subject(head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in head.children)


def _stranded(content: Token) -> list[Token]:
    """Words between a reporting verb and its subjectless content: the parser often hangs the
    content's subject on the verb ("say between 20 and 30 died"), and the figure belongs to it.
    A time or place said of the reporting itself ("said Friday ...", no figure in it) is not stranded."""
    if _has_subject(content):
        return []
    reporter = content.head
    stranded = [t for t in reporter.subtree if reporter.i < t.i < content.left_edge.i and not t.is_punct]
    if not stranded:
        return []
    about_the_saying = stranded[0].head.i == reporter.i and stranded[0].dep_ in ("prep", "npadvmod", "advmod", "dative")
    if about_the_saying and not any(t.like_num for t in stranded):
        return []
    return stranded


def _with_stranded_subject(content: Token, tokens: list[Token]) -> list[Token]:
    return sorted({t.i: t for t in _stranded(content) + tokens}.values(), key=lambda t: t.i)


def _with_negative_conjunction(head: Token, tokens: list[Token]) -> list[Token]:
    """"..., nor will any of them face charges": the "nor" hangs on the first verb but negates this one."""
    before = [c for c in head.head.children if c.dep_ in ("cc", "preconj") and c.lower_ in ("nor", "neither")
              and c.i < head.left_edge.i]
    return before[-1:] + tokens if before and tokens and before[-1].i < tokens[0].i else tokens


def _says_more_than_who(frame: Token, tokens: list[Token]) -> bool:
    """A frame is a fact of its own when, past its subject and verb, it has two content words
    ("told reporters before leaving for Utah", "said in a statement in the Rose Garden"), or when
    its subject describes the source by a figure ("the 47-page indictment says"): outlets that
    describe one document differently disagree there. A figure that counts the speakers
    themselves ("two officials said") says only who spoke."""
    subjects = [c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = {t.i for c in subjects for t in c.subtree}
    if any(t.like_num and t.head.i != c.i and t.head.head.i == c.i and t.head.pos_ in ("NOUN", "NUM")
           for c in subjects for t in c.subtree):
        return True
    # the verb is told apart by its position: an identity test depends on spaCy handing back
    # the same Token object
    content = [t for t in tokens if t.i not in subject and t.i != frame.i and t.pos_ in ("NOUN", "PROPN", "VERB", "NUM")]
    return len(content) >= 2


# Edge phrases as mentions of their own raise held-out link F1 on the claims gold (0.555 to 0.573)
# but, with the disputes of the same round, lose in-sample link recall and contested facts and the
# brief's ROUGE-L gate (docs/eval-claims.md): off until that is understood.
EDGE_PHRASES = False


# Facts carried by phrases as mentions of their own (``adjuncts``: purpose, accused act, inquiry)
# raise the claims gold (link F1 0.584 to 0.602, status 0.845 to 0.869) and hold written sets 1 to
# 4, but held-out set 5 gets two false omissions (ceiling 0) and sets 5 and 6 lose status
# (docs/eval-claims.md, round s38): off until that is understood.
ADJUNCT_FACTS = False


def _fact_phrase(token: Token, kinds: dict[int, str]) -> bool:
    """A prepositional phrase at the edge of a clause that carries a fact of its own: its object
    is described by a clause ("In a 48-page indictment released by the Justice Department, ...")
    or it takes a gerund ("... for grabbing a young man by the arm"). Cut off, it leaves the
    clause its own fact; a phrase inside the clause would not shorten the clause's span."""
    if token.dep_ != "prep" or token.head.i not in kinds or kinds[token.head.i] == "frame":
        return False
    subtree = list(token.subtree)
    if len(subtree) < 5:
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    carries = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children) or any(
        g.dep_ in ("acl", "relcl") for c in objects for g in c.children)
    if not carries:
        return False
    head, doc = token.head, token.doc
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    after = subtree[-1].i + 1
    leading = subject is not None and subtree[-1].i < subject.left_edge.i and after < len(doc) and doc[after].text == ","
    trailing = subtree[-1].i >= max(t.i for t in head.subtree if not t.is_punct)
    return leading or trailing


def _clause_above(token: Token, kinds: dict[int, str]) -> Optional[Token]:
    """The nearest predication head above ``token`` (positions compared: spaCy makes a new
    Token object on each access)."""
    walker, seen = token, 0
    while walker.head.i != walker.i and seen < 12:
        walker, seen = walker.head, seen + 1
        if walker.i in kinds:
            return walker
    return None


def phrase_core(head: Token) -> Token:
    """What a prepositional fact is about: the gerund it takes, or its object."""
    return next((c for c in head.children if c.dep_ in ("pcomp", "pobj")), head)


def predications(sentence: SpacySpan) -> list[Predication]:
    root = sentence.root
    kinds: dict[int, str] = {root.i: "main"}
    for token in sentence:
        if token.i != root.i and (kind := _kind(token)) is not None:
            kinds[token.i] = kind
    adjuncts = adjunct_kinds(sentence, kinds) if ADJUNCT_FACTS else {}
    kinds.update({i: kind for i, (kind, _, _) in adjuncts.items()})
    for token in sentence:
        if EDGE_PHRASES and _fact_phrase(token, kinds):
            kinds[token.i] = "phrase"
    heads = [t for t in sentence if t.i in kinds]
    units = []
    whole: dict[int, tuple[int, int]] = {}  # clause head -> its extent with its edge phrases
    for head in heads:
        nested = [h for h in heads if h is not head and head.is_ancestor(h)]
        nested = [h for h in nested if not any(m is not h and m.is_ancestor(h) and head.is_ancestor(m) for m in nested)]
        kind = kinds[head.i]
        tokens = _own_tokens(head, nested)
        if any(kinds[h.i] == "phrase" for h in nested):
            written = _own_tokens(head, [h for h in nested if kinds[h.i] != "phrase"])
            if written:
                whole[head.i] = (written[0].i, written[-1].i)
        if kind == "reported":
            tokens = _with_stranded_subject(head, tokens)
        elif kind == "coordinated":
            tokens = _with_negative_conjunction(head, tokens)
        # the words a subjectless content takes back ("say between 20 and 30 died") leave the frame
        taken = {t.i for h in nested if kinds.get(h.i) == "reported" for t in _stranded(h)}
        if taken:
            tokens = _trim([t for t in tokens if t.i not in taken])
        if not tokens:
            continue
        contents = [h for h in nested if kinds[h.i] == "reported"]
        reporter = head.head if kind == "reported" else None
        core, subject = None, subject_of(head)
        if head.i in adjuncts:
            _, core, accusation = adjuncts[head.i]
            reporter = accusation
            if kind == "accused" and (accused := accused_of(accusation)) is not None:
                subject = noun_phrase(accused)  # "a jury indicted the pair on charges of ...": the pair
            if kind == "event":  # "in the agency's inquiry into ...": the agency's act, not the clause's subject's
                owner = next((c for c in core.children if c.dep_ == "poss"), None)
                words = [t for t in owner.subtree if t.dep_ != "case"] if owner is not None else []
                subject = core.doc[words[0].i:words[-1].i + 1].text if words else None
        if kind in ("phrase", "purpose", "event") and (above := _clause_above(head, kinds)) is not None and kinds[above.i] == "reported":
            reporter = above.head  # a phrase of reported content is the speaker's too
        if contents and head.lemma_.lower() in REPORTING_VERBS:
            if not _says_more_than_who(head, tokens):
                continue
            kind = "frame"
        units.append(Predication(head, tokens, kind, reporter, subject, core=core))
    for unit in units:
        unit.clause = whole.get(unit.head.head.i if unit.kind == "phrase" else unit.head.i)
    return units
