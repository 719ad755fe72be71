"""Rejections: "The ministry flatly rejects the claim that the minister walked out" is no further
report that the minister walked out but a dispute of it; "the port authority rejected Halden's
claim that the leak started at its terminal" disputes Halden's own account ("Halden blames the
port authority for the leak").

The rejected content is read from the parse: the "that" clause hanging from the noun the
rejection verb takes as its object ("the claim", "reports", "the suggestion": any noun with such a
content clause, so the nouns are not listed), and the owner of that noun ("Halden's claim").
The verbs are a closed class (reject, dismiss, dispute, refute, rebut, deny, contest): MiniLM
reads "rejected the claim that P" and "repeated the claim that P" alike, both being about P.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.story.claim_conflicts.causes import cause_relations
from storylens.story.claim_conflicts.opposites import one_action_or_manner
from storylens.story.claim_conflicts.words import STAND_INS, inside_sentence, likeness, parsed, same_actor, stems

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


REJECTIONS = {"reject", "dismiss", "dispute", "refute", "rebut", "deny", "contest"}


@dataclass(frozen=True)
class RejectedContent:
    """What a clause rejects: the content clause as written, its predicate lemma (a copula's
    complement), its subject phrase and head lemma, its content lemmas, whose claim it was (None
    when the noun has no owner) and who rejects it."""

    text: str
    predicate: str
    action: str  # the content's verb as WordNet writes it, with its particle ("walk_out")
    subject: Optional[str]
    subject_head: Optional[str]
    lemmas: frozenset[str]
    owner: Optional[str]
    rejecter: Optional[str]


def _phrase(token) -> str:
    """The phrase a token heads, without a possessive's "'s"."""
    return " ".join(t.text for t in token.subtree if t.dep_ != "case").strip()


def rejected_content(item: MentionInStory) -> Optional[RejectedContent]:
    """The content the clause rejects (see the module's doc), when its sentence holds a stated,
    unnegated rejection whose verb or content lies in the clause's span; None otherwise."""
    mention = item.mention
    return _rejected_content(mention.sentence.text, mention.text, mention.attributed_to)


# Asked for both sides of every compared pair: read once per clause (a frozen record of strings).
@lru_cache(maxsize=4096)
def _rejected_content(sentence: str, text: str, attributed_to: Optional[str]) -> Optional[RejectedContent]:
    start = sentence.find(text)
    if start < 0:
        return None
    for verb in parsed(sentence):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REJECTIONS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("will", "would", "could", "may", "might") for c in verb.children):
            continue  # "did not reject the claim", "may dispute it": nothing rejected yet
        for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"):
            content = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if content is None:
                continue
            if not any(start <= t.idx < start + len(text) for t in (verb, content)):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in STAND_INS
                          and c.pos_ in ("PROPN", "NOUN")), None)
            rejecter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            predicate = content.lemma_.lower()
            action = _phrasal(content)
            if predicate == "be":
                complement = next((c for c in content.children if c.dep_ in ("acomp", "attr")), None)
                predicate = complement.lemma_.lower() if complement is not None else predicate
            words = {t.lemma_.lower() for t in content.subtree if t.is_alpha and not t.is_stop
                     and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")}
            text = " ".join(t.text for t in content.subtree if not (t.dep_ == "mark" and t.head == content))
            return RejectedContent(text, predicate, action, _phrase(subject) if subject is not None else None,
                                   subject.lemma_.lower() if subject is not None else None, frozenset(words),
                                   _phrase(owner) if owner is not None else None,
                                   _phrase(rejecter) if rejecter is not None else attributed_to)
    return None


def _phrasal(verb) -> str:
    """The verb as WordNet writes it with the particle or adverb after it when WordNet has that
    phrasal verb ("walked out" -> "walk_out", whether the parser tags "out" a particle or an
    adverb), else its lemma."""
    from storylens.story.claim_conflicts.opposites import is_verb

    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "advmod") and child.i == verb.i + 1 and is_verb(f"{lemma}_{child.lower_}"):
            return f"{lemma}_{child.lower_}"
    return lemma


# MiniLM cosine at which the rejected content and the other clause, their common subject put as
# "someone", tell one action: "someone walked out of the talks" / "someone left the meeting"
# 0.61, "someone walked out" / "someone stood up and left" 0.63; "someone walked out" / "someone
# signed the deal" 0.24. The shared subject is the main guard.
SAME_ACTION = 0.6


def _head(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    heads = [t for t in parsed(phrase) if t.head.i == t.i and t.pos_ in ("NOUN", "PROPN")]
    return heads[0].lemma_.lower() if heads else None


def _names(phrase: Optional[str]) -> set[str]:
    return {w for w in (phrase or "").split() if w[:1].isupper() and w.lower() not in STAND_INS | {"the", "a"}}


def _same_party(a: MentionInStory, phrase_a: Optional[str], b: MentionInStory, phrase_b: Optional[str]) -> bool:
    if not phrase_a or not phrase_b or phrase_a.lower() in STAND_INS or phrase_b.lower() in STAND_INS:
        return False
    if _names(phrase_a) & _names(phrase_b) or same_actor(a, phrase_a, b, phrase_b):
        return True
    head = _head(phrase_a)
    return head is not None and head == _head(phrase_b)


def _states_content(rejection: MentionInStory, content: RejectedContent, report: MentionInStory) -> bool:
    """The report states the rejected content: the same subject doing the same action (the
    same predicate, a verb WordNet gives as the same action or a manner of it: "walked out" is
    to "left" abruptly; or the two read alike with the subject put as "someone")."""
    if not _same_party(rejection, content.subject, report, report.mention.subject):
        return False
    if content.predicate == report.mention.predicate:
        return True
    if content.action != "be" and report.mention.predicate and one_action_or_manner(content.action, report.mention.predicate):
        return True
    told = report.align_text.replace(report.mention.subject or "", "someone", 1)
    return likeness(content.text.replace(content.subject or "", "someone", 1), told) >= SAME_ACTION


def _owners_account(rejection: MentionInStory, content: RejectedContent, report: MentionInStory) -> bool:
    """The report is the account of the one whose claim is rejected ("Halden's claim that the
    leak started at its terminal" / "Halden blames the port authority for the leak"): said by
    that party, or a cause it gives, and about the same thing (a content word in common)."""
    if not content.owner:
        return False
    voices = [report.mention.attributed_to]
    if cause_relations(report):
        voices += [relation.source for relation in cause_relations(report)]
    if not any(_same_party(rejection, content.owner, report, voice) for voice in voices if voice):
        return False
    return bool(content.lemmas & set(report.mention.lemmas)) or bool(stems(content.text) & stems(report.mention.text))


def rejection_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """One clause rejects what the other reports (see the module's doc). Not when the report is
    itself a rejection, nor when the rejecter is the report's own source."""
    for rejection, report in ((a, b), (b, a)):
        content = rejected_content(rejection)
        if content is None or rejected_content(report) is not None or report.mention.negated:
            continue
        if content.rejecter and _same_party(rejection, content.rejecter, report, report.mention.attributed_to):
            continue
        if _states_content(rejection, content, report) or _owners_account(rejection, content, report):
            rejecter = inside_sentence(content.rejecter) if content.rejecter else "a source"
            return (f"{report.label} reports “{report.mention.text}”; {rejection.label} reports that {rejecter} "
                    f"rejects it: “{rejection.mention.sentence.text.strip()}”")
    return None
