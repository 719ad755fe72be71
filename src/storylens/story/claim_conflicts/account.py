"""Account disputes: incompatible versions of who did what, or to whom."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from storylens.records import ClaimMention
from storylens.story.claim_conflicts.causes import rival_causes
from storylens.story.claim_conflicts.rejection import rejection_conflict
from storylens.story.claim_conflicts.states import evaluation_conflict
from storylens.story.claim_conflicts.words import WORD, parsed, phrases_alike, same_actor, stems

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my"}


def _named_in(item: MentionInStory, phrase: str | None) -> set[str]:
    """The named parties inside one argument of the clause: its merged actors, or its capitalised
    words (the small model misses many names of groups: "the Red Hand militia")."""
    if not phrase:
        return set()
    actors = {actor for name, actor in item.actor_of_name.items() if name in phrase}
    capitalised = {w.lower() for w in WORD.findall(phrase) if w[0].isupper() and w.lower() not in _DETERMINERS}
    return actors | capitalised


def account_conflict(a: MentionInStory, b: MentionInStory, generic: set[str], *, polarity: bool = False,
                     by_verb: bool = False) -> Optional[str]:
    """Incompatible versions of what happened or who did it: a rival account read from the parse
    (``rival_account``: competing causes, a rejection of what the other reports, opposite
    evaluations), or the same action done to different named parties (``_different_parties``).
    ``polarity``: causes of a thing that did not happen are not rivals of causes of one that did."""
    return rival_account(a, b, polarity=polarity, by_verb=by_verb) or _different_parties(a, b, generic)


def rival_account(a: MentionInStory, b: MentionInStory, *, polarity: bool = False, by_verb: bool = False) -> Optional[str]:
    """Two clauses of different outlets that the parse shows disagree whatever the scorer says:
    one effect given different causes by different sources, one rejecting what the other
    reports, or opposite evaluations of one referent. ``pairing`` joins such pairs into one claim."""
    if a.span.article == b.span.article:
        return None
    return rival_causes(a, b, polarity=polarity, by_verb=by_verb) or rejection_conflict(a, b) or evaluation_conflict(a, b)


def _different_parties(a: MentionInStory, b: MentionInStory, generic: set[str]) -> Optional[str]:
    """Incompatible versions of who did what: the same action done to, blamed on or credited to
    different named parties ("blamed the Red Hand militia" against "blamed the Fourth Brigade"). Only
    named parties count: two wordings of one thing ("the incident", "my reaction") are not two
    accounts, and a light verb (take, make, have ...) says too little of the action to tell."""
    predicate = a.mention.predicate
    if not predicate or predicate != b.mention.predicate or predicate in generic or a.mention.negated != b.mention.negated:
        return None
    # only what the action is done to: different doers are mostly different names for one
    # party ("his rival", "Hillary Clinton") or different sources
    for role in ("theme",):
        phrase_a, phrase_b = getattr(a.mention, role), getattr(b.mention, role)
        named_a, named_b = _named_in(a, phrase_a), _named_in(b, phrase_b)
        if named_a and named_b and not named_a & named_b and not stems(phrase_a) & stems(phrase_b):
            return (f"{a.label} says “{a.mention.text}”; {b.label} says “{b.mention.text}”: "
                    f"{phrase_a} against {phrase_b}")
    return None


# MiniLM cosine at which two actions on one thing may read as one ("the clip was posted" /
# "... published" 0.78, "... uploaded" 0.90; "... filmed" 0.72, "the bill was posted" / "... vetoed"
# 0.65). It does not tell "posted" from "deleted" (0.82): the scorer's link of the two clauses
# as one fact is the main guard.
PARAPHRASE = 0.75


def _name_of(token) -> Optional[str]:
    """The proper name a noun phrase gives: the phrase itself when it is a name ("by
    DCCameraGuy", "by Harbour Watch"), or the name it carries ("an account titled X", "the name
    of X", "a channel called X")."""
    if token.pos_ == "PROPN":
        return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN")
    for child in token.children:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
            return _name_of(child)
        if child.dep_ == "acl" or child.dep_ == "prep" and child.lower_ == "of":
            for inner in child.children:
                if inner.dep_ in ("oprd", "dobj", "attr", "pobj", "xcomp") and inner.pos_ == "PROPN":
                    return _name_of(inner)
                if inner.dep_ == "oprd" and inner.text[:1].isupper():  # "titled QuayNews": a name, however tagged
                    return " ".join(t.text for t in inner.subtree)
    return None


def doers(mention: ClaimMention) -> list[tuple[str, str, str, str]]:
    """(action lemma, what it is done to, who is said to do it, the verb as written) for each verb of the clause whose
    doer is named: the passive's "by" phrase ("was posted by X"), an "under" phrase that names
    one ("published under an account titled Y", "under the name of Y"), or an active subject that
    is a name ("Y posted the video"). What it is done to is the noun of its object or passive
    subject (a relative pronoun stands for the noun it hangs from)."""
    start = mention.sentence.text.find(mention.text)
    if start < 0:
        return []
    found = []
    for verb in parsed(mention.sentence.text):
        if verb.pos_ != "VERB" or not start <= verb.idx < start + len(mention.text):
            continue
        theme, doer = None, None
        for child in verb.children:
            if child.dep_ in ("nsubjpass", "dobj"):
                theme = verb.head if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else child
            elif child.dep_ == "agent":
                doer = next((_name_of(g) for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "prep" and child.lower_ == "under":
                doer = next((_name_of(g) for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "nsubj" and child.pos_ == "PROPN":
                doer = _name_of(child)
        if theme is not None and doer:
            found.append((verb.lemma_.lower(), theme.lemma_.lower(), doer, verb.lower_))
    return found


def doer_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """Two clauses aligned as one fact in which one thing ("the video") is said to be done by
    different named parties: "posted on YouTube by X" against "published under an account
    titled Y". The verbs may differ (paraphrases); what it is done to must be the same noun."""
    for action_a, theme_a, doer_a, verb_a in doers(a.mention):
        for action_b, theme_b, doer_b, verb_b in doers(b.mention):
            if theme_a != theme_b or stems(doer_a) & stems(doer_b) or same_actor(a, doer_a, b, doer_b):
                continue
            if action_a == action_b or phrases_alike(f"the {theme_a} was {verb_a}", f"the {theme_a} was {verb_b}", PARAPHRASE):
                return (f"{a.label} says the {theme_a} was {verb_a} by {doer_a}; {b.label} says it was "
                        f"{verb_b} by {doer_b}")
    return None
