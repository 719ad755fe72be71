"""Rebuttals in other words (round s41), read in clauses the grouping already holds as one claim.

- *A denial of one's part*: "Pell Fencing denied any role in the escape" against "the gate was
  left open by a contractor, Pell Fencing". The denial verb takes a noun, not a clause, so no
  content is denied word for word; what is denied is the denier's part, and the other clause
  names the denier as the one who did its act (its active subject, or its passive's "by" phrase).
- *An account called false*: "the fallen tree was a cover story" against "a fallen tree broke the
  fence". A copula whose complement calls its subject false (the project's closed class of such
  words, ``measured_frame.FALSE_WORDS``, or a noun whose frequent WordNet senses are kinds of
  falsehood or concealment: "lie", "pretext", "cover" in "a cover story") rejects the account of
  the thing its subject names, and the other clause tells what that thing did.
Both read the parse of the clauses' sentences; the sides are (report, rebuttal).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.story.claim_conflicts.measured_frame import FALSE_WORDS, _negated
from storylens.story.claim_conflicts.negation import DENIALS, predicate_token
from storylens.wordnet import is_kind_of, senses_of

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory

# WordNet's senses of saying what is not so, or of hiding what is ("a lie", "a pretext", "a cover-up")
FALSE_KINDS = ("falsehood.n.01", "deception.n.01", "misrepresentation.n.01", "concealment.n.03")
READ_SENSES = 3  # a word's most frequent senses (WordNet lists them by tagged frequency)
# what one asks for or is granted: "denied the request", "denied them entry" refuse, they deny no part
GRANTED_KINDS = ("request.n.01", "permission.n.01", "entrance.n.01", "access.n.03")


@lru_cache(maxsize=4096)
def calls_false(word: str) -> bool:
    """``word`` says that what it is said of is false or a cover."""
    if word.lower() in FALSE_WORDS:
        return True
    return any(is_kind_of(sense, *FALSE_KINDS) for sense in senses_of(word.lower(), "n")[:READ_SENSES])


def _words(token) -> set[str]:
    """The nouns and names of a phrase, lower case."""
    return {t.lower_ for t in token.subtree if t.pos_ in ("NOUN", "PROPN")}


def _judged_subject(item: MentionInStory) -> Optional[str]:
    """The head of the subject a clause calls false ("the fallen tree was a cover story": tree)."""
    verb = predicate_token(item.mention)
    if verb is None or verb.lemma_.lower() != "be" or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    for complement in verb.children:
        if complement.dep_ not in ("attr", "acomp"):
            continue
        said = [complement] + [c for c in complement.children if c.dep_ in ("compound", "amod")]
        if any(calls_false(t.lemma_) for t in said):
            return subject.lemma_.lower()
    return None


def _subject_head(item: MentionInStory) -> Optional[str]:
    verb = predicate_token(item.mention)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def account_called_false(a: MentionInStory, b: MentionInStory) -> Optional[tuple[MentionInStory, MentionInStory]]:
    """(report, rebuttal) when one clause calls false the thing whose act the other tells."""
    for rebuttal, report in ((a, b), (b, a)):
        judged = _judged_subject(rebuttal)
        if judged is None or report.mention.negated or _judged_subject(report) is not None:
            continue
        if judged == _subject_head(report):
            return report, rebuttal
    return None


def _doer_words(item: MentionInStory) -> set[str]:
    """Who did the clause's act, as the parse names it: the passive's "by" phrase, else the subject
    of an active verb (with its appositions: "a contractor, Pell Fencing")."""
    verb = predicate_token(item.mention)
    if verb is None or _negated(verb):
        return set()
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return _words(agent)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _words(subject) if subject is not None else set()


def _denied_part(item: MentionInStory) -> Optional[str]:
    """The denier's head word when the clause denies a noun (its part, a role, the allegation),
    not a clause and not a request refused."""
    verb = predicate_token(item.mention)
    if verb is None or verb.lemma_.lower() not in DENIALS or _negated(verb):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return None  # "denied that ...", "denied having ...": other readings; "denied them entry" refuses
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if thing is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(is_kind_of(sense, *GRANTED_KINDS) for sense in senses_of(thing.lemma_.lower(), "n")[:READ_SENSES]):
        return None
    return subject.lower_


def denied_part(a: MentionInStory, b: MentionInStory) -> Optional[tuple[MentionInStory, MentionInStory]]:
    """(report, denial) when one clause's subject denies its part in what the other says it did."""
    for denial, report in ((a, b), (b, a)):
        denier = _denied_part(denial)
        if denier is None or report.mention.negated or _denied_part(report) is not None:
            continue
        if denier in _doer_words(report):
            return report, denial
    return None
