"""Contrast disputes: "X, not Y, did Z" (or "It is X, not Y, that did Z", "Z was done by X, not
by Y") says that Y did not do Z. Against a clause of another outlet saying that Y did Z it is a
denial, however much of Z the two share: the shared words are exactly what makes the scorer
link them, and without this reading the contrast would corroborate the report it denies.

The parser gives the pattern one shape: the named party X carries a ``neg`` child ("not") and
the excluded party Y hangs from X as its apposition ("the council, not the developer"); a
repeated preposition is negated itself ("by the mayor and not by her deputy"). What X is an
argument of says what Y is denied: the subject or the passive's "by" phrase of a verb (the doer),
its object or passive subject (what it is done to). In a cleft ("It was X, not Y, who Z") the
focus stands for the relative pronoun of the clause hanging from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from storylens.story.claim_conflicts.opposites import same_action
from storylens.story.claim_conflicts.words import parsed, same_actor, stems

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


@dataclass(frozen=True)
class Contrast:
    """One "X, not Y" of a sentence: the action (lemma), the role X holds in it ("agent" or
    "theme"), X and Y as written, and the token range of the sentence it covers."""

    action: str
    role: str
    kept: str
    excluded: str
    start: int  # character offsets in the sentence: from the first to the last token involved
    end: int


_DOER_DEPS = {"nsubj", "csubj"}
_THEME_DEPS = {"nsubjpass", "dobj"}


def _phrase(token) -> str:
    """The noun phrase a token heads, up to its head noun (what follows, as the apposition, left out)."""
    return token.doc[token.left_edge.i:token.i + 1].text


def _action(verb) -> str:
    """The predicate lemma as the claims step names it: the verb's lemma, or for a copula the
    adjective or noun it links ("is responsible" -> "responsible")."""
    if verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "attr"):
                return child.lemma_.lower()
    return verb.lemma_.lower()


def _role_in(token) -> Optional[tuple[object, str]]:
    """The verb a noun is an argument of and its role there, or None."""
    if token.dep_ in _DOER_DEPS:
        return token.head, "agent"
    if token.dep_ in _THEME_DEPS:
        return token.head, "theme"
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head, "agent"
    return None


def _cleft_clause(focus, excluded) -> Optional[tuple[object, str]]:
    """"It was X, not Y, who signed": the relative clause hanging from X (or from Y, where the
    parser puts it) and the relative pronoun's role in it."""
    copula = focus.head
    if focus.dep_ != "attr" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    for holder in (focus, excluded):
        for clause in holder.children:
            if clause.dep_ != "relcl":
                continue
            for pronoun in clause.children:
                if pronoun.tag_ in ("WDT", "WP") or pronoun.lower_ == "that":
                    role = _role_in(pronoun)
                    if role:
                        return role
    return None


def contrasts(sentence: str) -> list[Contrast]:
    """Every "X, not Y" of the sentence whose X is the doer of an action or what it is done to."""
    found = []
    for token in parsed(sentence):
        negations = [c for c in token.children if c.dep_ == "neg"]
        if not negations:
            continue
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            kept = token
            excluded = next((c for c in token.children if c.dep_ == "appos" and c.i > negations[0].i > token.i), None)
            if excluded is None:
                continue
            role = _cleft_clause(kept, excluded) or _role_in(kept)
        elif token.pos_ == "ADP" and token.lower_ == "by":  # "signed by the mayor and not by her deputy"
            excluded = next((c for c in token.children if c.dep_ == "pobj"), None)
            verb = token.head
            other = next((c for c in verb.children if c.dep_ == "agent" and c.i != token.i), None)
            kept = next((c for c in other.children if c.dep_ == "pobj"), None) if other is not None else None
            if excluded is None or kept is None:
                continue
            role = (verb, "agent")
        else:
            continue
        if role is None:
            continue
        verb, name = role
        tokens = [kept, excluded, verb]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        found.append(Contrast(_action(verb), name, _phrase(kept), _phrase(excluded), start, end))
    return found


def _names(item: MentionInStory, phrase: str, other: MentionInStory, other_phrase: str) -> bool:
    """The two phrases name one party: one merged actor, or a content word in common."""
    return bool(stems(phrase) & stems(other_phrase)) or same_actor(item, phrase, other, other_phrase)


def contrast_conflict(a: MentionInStory, b: MentionInStory) -> Optional[tuple[str, MentionInStory, MentionInStory]]:
    """One clause says an action was done by (or to) X, not Y; the other, of another outlet,
    says Y did it (or had it done to it) and does not name X there: (the explanation, the
    report, the contrasting clause), or None."""
    for contrasting, report in ((a, b), (b, a)):
        if report.mention.negated or not report.mention.predicate:
            continue
        sentence = contrasting.mention.sentence.text
        clause_start = sentence.find(contrasting.mention.text)
        if clause_start < 0:
            continue
        clause_end = clause_start + len(contrasting.mention.text)
        for contrast in contrasts(sentence):
            if contrast.end <= clause_start or contrast.start >= clause_end:
                continue  # the contrast is told in another clause of the sentence
            predicate = report.mention.predicate.lower()
            if predicate != contrast.action and not same_action(predicate, contrast.action):
                continue
            said = report.mention.agent if contrast.role == "agent" else report.mention.theme
            if not said or not _names(contrasting, contrast.excluded, report, said) or _names(contrasting, contrast.kept, report, said):
                continue
            detail = (f"{report.label} says “{report.mention.text}”; {contrasting.label} says it was "
                      f"{contrast.kept}, not {contrast.excluded}: “{sentence.strip()}”")
            return detail, report, contrasting
    return None
