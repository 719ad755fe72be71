"""Candidate attributions read from the parse, and the features a learned scorer weighs them by.

A candidate is a word that may be a cue (a verb, a noun such as "claim", "according to") with
one of its arguments that may be the content: the clause it governs ("said that ..."), its
object ("cited the figures", "called for a recount", "endorsed Varga"), the subject of a passive
with an agent ("the plan was endorsed by the union"), or the clause it interrupts ("Mr. X,
officials said, has ..."). Which pairs are attributions is not listed here: the model trained by
scripts/train_attribution.py on PolNeAR's train part (:mod:`.scorer`) weighs these features.
The same functions build the training rows and the rows scored at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from spacy.tokens import Doc, Token

# Children whose subtree may be what a cue reports.
ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "advcl", "attr", "oprd", "acl", "relcl"})
# Prepositions whose object may be what a cue reports ("called for", "warned of", "spoke about").
ARGUMENT_PREPS = frozenset({"for", "of", "about", "on", "to", "against", "that", "as", "with", "over"})
CUE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Contents shorter than this many words are no attribution. One is enough: a position may be
# held about one name or one pronoun ("endorsed Cruz", "never mentioned it"); the scorer weighs
# the content's length with the rest.
MIN_CONTENT_WORDS = 1


@dataclass(frozen=True)
class Candidate:
    cue: Token
    content: tuple[int, int]  # token range [start, end)
    relation: str  # the argument's dependency, "prep:<word>", "interrupted" or "according"
    argument: Optional[Token]  # the head of the argument, when it has one


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if t.is_alpha or t.like_num)


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


# Relations through which a content is a noun phrase the cue acts on: its object ("ordered an
# inquiry"), its attribute, a passive's subject.
NOUN_PHRASE_RELATIONS = frozenset({"dobj", "attr", "oprd", "passive_subject"})


def is_bare_noun_phrase(candidate: Candidate, in_quote: frozenset[int] | set[int] = frozenset()) -> bool:
    """The content is a noun phrase and nothing said: no clause ("said that ...", "told them to
    ..."), no quotation, no noun whose clause states a proposition ("made the claim that ..."),
    no object with a predicate of its own ("called the plan a disgrace": the plan is a disgrace).
    Such a content is words only when the cue itself reports speech or thought ("denied the
    report", "criticised the plan"); after an action verb it is what was done ("ordered an
    inquiry into the collapse", "hired three engineers")."""
    argument = candidate.argument
    if argument is None or candidate.relation not in NOUN_PHRASE_RELATIONS:
        return False
    if argument.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False  # a clause, or an adjective ("seemed supportive of the plan")
    if any(i in in_quote for i in range(*candidate.content)):
        return False
    if candidate.relation in ("dobj", "oprd") and any(c.dep_ == "oprd" for c in candidate.cue.children):
        return False  # a small clause states a judgement: "called the plan a disgrace"
    if candidate.relation == "dobj" and any(c.dep_ == "amod" and c.i > argument.i for c in argument.children):
        # "called the reports 'simply untrue'": an adjective after its noun is the predicate of
        # a small clause the parser hung on the noun, a judgement, not a modifier.
        return False
    return not any(
        child.dep_ in ("acl", "ccomp") and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in child.children)
        for child in argument.children
    )


def is_according(token: Token) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


def candidates(doc: Doc) -> Iterator[Candidate]:
    """Every (cue, content) pair the parse allows, in document order."""
    for cue in doc:
        if is_according(cue):
            clause = cue.head if cue.head.i != cue.i else None
            if clause is not None:
                inner = set(range(cue.left_edge.i, cue.right_edge.i + 1))
                tokens = [t.i for t in clause.subtree if t.i not in inner]
                if tokens:
                    # The reported clause on the side of "according to X" that holds most of it.
                    before = [i for i in tokens if i < cue.i]
                    after = [i for i in tokens if i > cue.right_edge.i]
                    side = before if len(before) >= len(after) else after
                    if side:
                        yield from _emit(doc, cue, side[0], side[-1] + 1, "according", clause)
            continue
        if cue.pos_ not in CUE_POS or not cue.is_alpha:
            continue
        for child in cue.children:
            if child.dep_ in ARGUMENT_DEPS:
                if child.dep_ in ("acl", "relcl") and cue.pos_ != "NOUN":
                    continue
                if child.dep_ == "advcl" and child.i < cue.i:
                    continue
                yield from _emit(doc, cue, *_subtree_range(child), child.dep_, child)
            elif child.dep_ == "prep" and child.lower_ in ARGUMENT_PREPS:
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    start, end = _subtree_range(pobj)
                    demanded = _infinitive_after(cue, end)
                    if demanded is not None:
                        end = demanded.right_edge.i + 1  # "called for the director to appear ..."
                    yield from _emit(doc, cue, start, end, "prep:" + child.lower_, pobj)
        if cue.pos_ == "VERB" and any(c.dep_ == "agent" for c in cue.children):
            # "the plan was endorsed by the council": a passive's subject is what the agent holds
            # a position on.
            passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
            if passive_subject is not None:
                yield from _emit(doc, cue, *_subtree_range(passive_subject), "passive_subject", passive_subject)
        if cue.dep_ in ("parataxis", "advcl", "ccomp") and cue.head.pos_ in ("VERB", "AUX") and cue.head.i > cue.i - 40:
            # "Mr. X, officials said, has become ...": the clause around the cue is its content.
            inner = set(range(cue.left_edge.i, cue.right_edge.i + 1))
            tokens = [t.i for t in cue.head.subtree if t.i not in inner]
            before = [i for i in tokens if i < cue.left_edge.i]
            if before and cue.dep_ != "ccomp":
                yield from _emit(doc, cue, before[0], max(tokens) + 1, "interrupted", cue.head)
            elif cue.dep_ == "ccomp" and cue.head.i > cue.i:
                # "“...,” he said" parsed the other way round: the head clause after the cue.
                continue


def _infinitive_after(cue: Token, at: int) -> Optional[Token]:
    """The infinitive the parser hung on the cue right after its prepositional object: "called
    for the agency's director | to appear before the council", "called on the board | to
    resign". The object does what the infinitive says, and the demand is both together."""
    return next(
        (
            c
            for c in cue.children
            if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == at
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _emit(doc: Doc, cue: Token, start: int, end: int, relation: str, argument: Optional[Token]) -> Iterator[Candidate]:
    start, end = _trimmed(doc, start, end)
    if end - start > 0 and _words(doc, start, end) >= MIN_CONTENT_WORDS:
        yield Candidate(cue, (start, end), relation, argument)


def subject_of(cue: Token) -> Optional[Token]:
    """The cue's own subject, or its head verb's for "wants to", "declined to", "saying"."""
    verb = cue
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _bucket(n: int) -> str:
    for limit in (1, 2, 4, 8, 16, 32):
        if n <= limit:
            return str(limit)
    return "more"


def cue_lemma(candidate: Candidate) -> str:
    return "according" if candidate.relation == "according" else candidate.cue.lemma_.lower()


def features(candidate: Candidate, in_quote: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """String features of one candidate: the cue word, the argument's relation, who the subject
    is (a person, a body, a pronoun), the shape of the content."""
    cue = candidate.cue
    doc = cue.doc
    lemma = cue_lemma(candidate)
    rel = candidate.relation
    start, end = candidate.content
    arg = candidate.argument
    subject = subject_of(cue)
    out = [
        "bias",
        f"lemma={lemma}",
        f"rel={rel}",
        f"lemma_rel={lemma}|{rel}",
        f"pos={cue.pos_}",
        f"tag={cue.tag_}",
        f"dep={cue.dep_}",
        f"lemma_dep={lemma}|{cue.dep_}",
        f"len={_bucket(_words(doc, start, end))}",
        f"rel_len={rel}|{_bucket(_words(doc, start, end))}",
        f"side={'after' if start > cue.i else 'before'}",
    ]
    auxiliaries = [c.lower_ for c in cue.children if c.dep_ in ("aux", "auxpass")]
    out.extend(f"aux={a}" for a in auxiliaries)
    out.append(f"gap={_bucket(max(0, start - cue.i - 1))}")
    if arg is not None:
        out.append(f"arg_lemma={arg.lemma_.lower()}")
        out.append(f"arg_pos={arg.pos_}")
        out.append(f"rel_argpos={rel}|{arg.pos_}")
        out.append(f"lemma_argpos={lemma}|{arg.pos_}")
        marks = [c.lower_ for c in arg.children if c.dep_ == "mark"]
        if marks:
            out.append(f"mark={marks[0]}")
            out.append(f"lemma_mark={lemma}|{marks[0]}")
        if arg.tag_ in ("WDT", "WP", "WRB") or any(c.tag_ in ("WDT", "WP", "WRB") for c in arg.children):
            out.append("wh")
        if any(c.dep_ in SUBJECT_DEPS for c in arg.children):
            out.append(f"arg_has_subject|{rel}")
        if arg.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in arg.children):
            out.append(f"to_infinitive|{lemma}")
    if subject is None:
        out.append("subject=none")
        out.append(f"lemma_nosubject={lemma}")
    else:
        kind = subject.ent_type_ or (subject.lower_ if subject.pos_ == "PRON" else subject.pos_)
        out.append(f"subject={kind}")
        out.append(f"subject_lemma={subject.lemma_.lower()}")
        out.append(f"lemma_subject={lemma}|{subject.ent_type_ or subject.pos_}")
    if cue.head.i != cue.i:
        out.append(f"head_lemma={cue.head.lemma_.lower()}")
    if any(c.dep_ == "neg" for c in cue.children):
        out.append("negated")
    if any(c.dep_ == "dative" or (c.dep_ == "dobj" and c.ent_type_ == "PERSON") for c in cue.children):
        out.append(f"addressee|{rel}")
    if any(i in in_quote for i in range(start, end)):
        out.append("content_quoted")
    if cue.i in in_quote:
        out.append("cue_quoted")
    return out
