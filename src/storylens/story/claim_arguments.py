"""Who does what to what in a claim clause, for the pair scorer (issue 15, round s33).

Whole-sentence likeness links clauses that tell different facts of one topic: "He ordered two
other crossings shut" with a sentence about the crossing's inspection, "she has no relation to
the engineer" said of three different people. The scorer also needs what each clause is about:

- *the subject*: the story actor its subject names after merging; a pronoun ("he", "it") or a
  definite description of a person or organisation ("the engineer", "the company") takes the
  nearest earlier actor of a fitting type named in the same article, so "He ordered the closure"
  knows who ordered; a subject that names no actor is read by its head noun ("our members");
- *the predicate* (the clause's lemma) and *what it is done to* (the head noun of its theme, or
  the actor the theme names);
- *the counted nouns* of its figures ("three bridges": bridge), read by
  ``claim_conflicts.measured_frame``;
- whether it *names anything of its own*: an actor, a figure, a date or more than one content
  word besides its predicate ("It was the worst in years" names nothing).

``agreement`` compares two readings; the scorer learns how much each part weighs against the
likeness of the sentences (``claim_linker.FEATURES``), rather than any part vetoing a link.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.claim_conflicts.measured_frame import measured_frame
from storylens.story.claim_conflicts.words import STAND_INS, parsed
from storylens.story.happenings import acts_related, predicates_related
from storylens.wordnet import first_sense, is_kind_of

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory
    from storylens.story.context import StoryContext

# pronouns and the actor types they may stand for
PRONOUN_TYPES = {
    "he": {"PERSON"}, "she": {"PERSON"}, "him": {"PERSON"}, "her": {"PERSON"},
    # "it" is more often a thing or a happening than a place: only an organisation or a ship
    "it": {"ORG", "VESSEL"}, "they": {"ORG", "NORP"},
}
DETERMINERS = {"the", "this", "that", "these", "those"}
# how far back (characters) a pronoun or a definite description may find its antecedent
ANTECEDENT_REACH = 1500


@dataclass(frozen=True)
class ClauseReading:
    """What one clause is about, as the pair scorer compares it."""

    subject: Optional[str]  # "actor:<id>" or "head:<lemma>", None when unread
    subject_words: frozenset[str]  # the words that may name the subject: an actor's name and labels, or the head
    predicate: Optional[str]
    theme: Optional[str]  # "actor:<id>" or "head:<lemma>"
    counted: frozenset[str]  # counted nouns of its figures
    names_nothing: bool


@lru_cache(maxsize=8192)
def _head(phrase: str) -> tuple[Optional[str], Optional[str], str]:
    """(head lemma, its determiner, its part of speech) of a phrase, read from a light parse."""
    doc = parsed(phrase)
    if not len(doc):
        return None, None, ""
    root = next(iter(doc.sents)).root
    determiner = next((c.lower_ for c in root.children if c.dep_ in ("det", "poss")), None)
    return root.lemma_.lower(), determiner, root.pos_


def _kind_types(lemma: str) -> set[str]:
    """The actor types a common noun may stand for ("engineer": PERSON, "company": ORG)."""
    sense = first_sense(lemma, "n")
    if sense is None:
        return set()
    if is_kind_of(sense, "person.n.01"):
        return {"PERSON"}
    if is_kind_of(sense, "organization.n.01", "social_group.n.01"):
        return {"ORG", "NORP"}
    return set()


class ActorIndex:
    """The actor mentions of each article in text order, with each actor's type and the words of
    the labels the story gives it ("the engineer" may stand for an actor labelled "engineer")."""

    def __init__(self, context: "StoryContext"):
        types = {actor.id: actor.type for actor in context.actors}
        self.label_words = {actor.id: {w.lower() for label in actor.labels for w in label.label.split()}
                            for actor in context.actors}
        self.name_words = {actor.id: {w.lower() for name in (actor.name, *actor.aliases) for w in name.split()}
                           for actor in context.actors}
        self._by_article: dict[str, list[tuple[int, str, str]]] = {}
        for (article, start, _end), actor in context.actor_of_mention.items():
            self._by_article.setdefault(article, []).append((start, actor, types.get(actor, "")))
        for found in self._by_article.values():
            found.sort()
        self._starts = {article: [s for s, _, _ in found] for article, found in self._by_article.items()}

    def nearest_before(self, article: str, position: int, types: set[str], labelled: Optional[str] = None) -> Optional[str]:
        """The actor of a fitting type named last before ``position`` in the article; with
        ``labelled``, the last one of them the story labels with that word."""
        found = self._by_article.get(article, [])
        n = bisect_left(self._starts.get(article, []), position) - 1
        while n >= 0 and found[n][0] > position - ANTECEDENT_REACH:
            _, actor, kind = found[n]
            if kind in types and (labelled is None or labelled in self.label_words.get(actor, ())):
                return actor
            n -= 1
        return None


def _phrase_start(item: "MentionInStory", phrase: str) -> int:
    sentence = item.mention.sentence
    offset = sentence.text.find(phrase)
    return sentence.start + offset if offset >= 0 else item.span.start


def _participant(item: "MentionInStory", phrase: Optional[str], context: "StoryContext | None",
                 actors: ActorIndex | None) -> Optional[str]:
    """The actor ``phrase`` names (itself, or as a pronoun or definite description through the
    nearest earlier fitting actor), else its head noun; None for a phrase that names nothing."""
    if not phrase:
        return None
    article = item.span.article
    start = _phrase_start(item, phrase)
    if context is not None:
        actor = context.actor_for(phrase, article, start)
        if actor:
            return "actor:" + actor
    named = [actor for name, actor in item.actor_of_name.items() if name in phrase and not actor.startswith("name:")]
    if named:
        return "actor:" + named[0]
    head, determiner, pos = _head(phrase)
    if head is None:
        return None
    lowered = phrase.strip().lower()
    if actors is not None and lowered in PRONOUN_TYPES:
        found = actors.nearest_before(article, start, PRONOUN_TYPES[lowered])
        if found:
            return "actor:" + found
    elif actors is not None and determiner in DETERMINERS and pos == "NOUN" and (types := _kind_types(head)):
        # "the company" is the organisation named last; "the engineer" a person only when the
        # story calls that person an engineer (the nearest person is as often someone else)
        found = actors.nearest_before(article, start, types, None if "ORG" in types else head)
        if found:
            return "actor:" + found
    if lowered in STAND_INS or head in STAND_INS or pos not in ("NOUN", "PROPN"):
        return None
    return "head:" + head


def _doer(mention) -> Optional[str]:
    """Who does it: the agent; for a relative clause ("who signed the report") the noun it hangs
    from; none for a passive without its "by" phrase, whose subject is what it is done to."""
    agent = mention.agent
    if agent and agent.lower() in STAND_INS and mention.subject and mention.subject.lower() not in STAND_INS:
        return mention.subject
    if agent:
        return agent
    return None if mention.subject == mention.theme else mention.subject


def read_clauses(items: list["MentionInStory"], context: "StoryContext | None" = None) -> list[ClauseReading]:
    """Each clause's reading; without ``context`` (pairs scored outside a story) no pronoun
    finds its antecedent."""
    actors = ActorIndex(context) if context is not None else None
    readings = []
    for item in items:
        mention = item.mention
        subject = _participant(item, _doer(mention), context, actors)
        subject_words = {subject[5:]} if subject and subject.startswith("head:") else set()
        if subject and subject.startswith("actor:") and actors is not None:
            subject_words = actors.label_words.get(subject[6:], set()) | actors.name_words.get(subject[6:], set())
        theme = _participant(item, mention.theme, context, actors)
        counted = set()
        for quantity in mention.quantities:
            frame = measured_frame(item, quantity)
            if frame is not None and (frame.noun or frame.amount_of):
                counted.add(frame.noun or frame.amount_of)
        own_words = set(mention.lemmas) - {mention.predicate}
        names_nothing = not (item.actors or mention.quantities or mention.dates or len(own_words) > 1
                             or (subject or "").startswith("actor:"))
        readings.append(ClauseReading(subject, frozenset(subject_words), mention.predicate, theme, frozenset(counted), names_nothing))
    return readings


def _same_participant(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("head:") and b.startswith("head:"):
        return acts_related(a[5:], b[5:])
    return False


def _comparable(a: Optional[str], b: Optional[str]) -> bool:
    """Both named, and of one sort (two actors, or two common nouns): an actor against a common
    noun ("the ministry" unresolved) says nothing either way."""
    return bool(a and b) and a.split(":")[0] == b.split(":")[0]


def agreement(a: ClauseReading, b: ClauseReading) -> tuple[float, float, float, float, float, float]:
    """(subjects agree, subjects differ, predicates name one act, one act done to different
    things, figures of different things, either clause names nothing of its own)."""
    subjects_agree = subjects_differ = 0.0
    if a.subject and b.subject:
        if _comparable(a.subject, b.subject):
            same = _same_participant(a.subject, b.subject)
        else:  # an actor and a common noun: one when the story names or labels the actor so
            same = bool(a.subject_words & b.subject_words)
        subjects_agree, subjects_differ = (1.0, 0.0) if same else (0.0, 1.0)
    one_act = bool(a.predicate and b.predicate and a.predicate not in GENERIC_PREDICATES
                   and b.predicate not in GENERIC_PREDICATES and predicates_related(a.predicate, b.predicate))
    other_things = float(one_act and _comparable(a.theme, b.theme) and not _same_participant(a.theme, b.theme))
    other_figures = float(bool(a.counted and b.counted) and not any(
        x == y or acts_related(x, y) for x in a.counted for y in b.counted))
    return (subjects_agree, subjects_differ, float(one_act), other_things, other_figures,
            float(a.names_nothing or b.names_nothing))
