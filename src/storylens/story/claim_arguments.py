"""Who does what to what in a claim clause, for the pair scorer (issue 15, rounds s33 and s34).

Whole-sentence likeness links clauses that tell different facts of one topic: "The builder did
not respond to requests for comment" with "The ministry did not respond ...", two people quoted
on trucks. The scorer also reads the acts each clause tells and their roles:

- *the acts*: the clause's verb, and the nouns made from verbs that it names with their
  arguments ("the closure of the bridge by the council" is the act of "the council closed the
  bridge");
- *their roles, read through the voice*: the agent is the active subject, the passive's "by"
  phrase or a nominalisation's possessor or "by" phrase; the patient the object, the passive's
  subject or the nominalisation's "of" phrase, so "the bridge was closed by the council" and "the
  council closed the bridge" agree in both. A role names a story actor after merging; a pronoun
  ("he", "it") or a definite description ("the engineer", "the ministry") takes the nearest
  earlier actor of a fitting type that the story names or labels with that word; else the role is
  its head noun;
- *the speaker* a clause is attributed to, read the same way;
- whether it is *a counterfactual* ("Had the council closed the road, the bus would not have
  crashed"), which states what did not happen.

``role_agreement`` and ``other_speakers`` compare two readings; the scorer learns how much each
weighs against the likeness of the sentences (``claim_linker.FEATURES``), rather than any of them
vetoing a link. A counterfactual links to nothing (``claims.scored_pairs``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.story.claim_blocks import GENERIC_PREDICATES
from storylens.story.claim_conflicts.words import STAND_INS, parsed
from storylens.story.happenings import acts_related, names_an_act, predicates_related
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
class Act:
    """One act a clause tells, with its roles read through the voice: ``agent`` is who does it
    (the active subject, the passive's "by" phrase, a nominalisation's possessor or "by"),
    ``patient`` what it is done to (the object, the passive's subject, a nominalisation's "of"
    phrase). Each is an actor ("actor:<id>"), a head noun ("head:<lemma>") or None."""

    predicate: str
    agent: Optional[str] = None
    patient: Optional[str] = None
    nominal: bool = False  # read from a noun ("the closure of the bridge"), not the clause's verb


@dataclass(frozen=True)
class ClauseReading:
    """What one clause is about, as the pair scorer compares it."""

    subject: Optional[str]  # "actor:<id>" or "head:<lemma>", None when unread
    subject_words: frozenset[str]  # the words that may name the subject: an actor's name and labels, or the head
    predicate: Optional[str]
    theme: Optional[str]  # "actor:<id>" or "head:<lemma>"
    acts: tuple[Act, ...] = ()  # the clause's verb and the nominalised acts it names
    words: dict = field(default_factory=dict, compare=False, hash=False)  # participant -> words naming it
    unreal: bool = False  # a counterfactual's condition or consequence (``tells_what_did_not_happen``)
    speaker: Optional[str] = None  # who is said to say it, as a participant


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
            if kind in types and (labelled is None or labelled in self.label_words.get(actor, ())
                                  or labelled in self.name_words.get(actor, ())):
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
        # "the engineer" is a person only when the story calls that person an engineer, "the
        # ministry" an organisation whose name or labels say ministry: the nearest one of the
        # type is as often another ("the county council" is not the bank named before it)
        found = actors.nearest_before(article, start, types, head)
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


@lru_cache(maxsize=8192)
def _nominalises_a_verb(lemma: str) -> bool:
    """The noun names an act (its first WordNet sense) and is made from a verb ("closure" /
    close, "evacuation" / evacuate): its "of" phrase is what the act is done to."""
    if not names_an_act(lemma):
        return False
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    base = reader.morphy(lemma, "n") or lemma
    return any(related.synset().pos() == "v"
               for synset in reader.synsets(base, pos="n")
               for form in synset.lemmas() if form.name().lower() == base
               for related in form.derivationally_related_forms())


def _noun_phrase(token) -> str:
    """The noun and the words before it that make it what it is ("the Dunmore bridge"), not the
    phrases after it."""
    return token.doc[token.left_edge.i:token.i + 1].text


def _nominal_acts(item: "MentionInStory", context, actors) -> list[Act]:
    """The acts the clause names by a noun made from a verb, with their roles: "the closure of
    the bridge by the council" and "the council's closure of the bridge" tell what "the council
    closed the bridge" tells."""
    acts = []
    for token in parsed(item.mention.text):
        if token.pos_ != "NOUN" or not _nominalises_a_verb(token.lemma_.lower()):
            continue
        patient = agent = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    phrase = _participant(item, _noun_phrase(objects[0]), context, actors)
                    if child.lower_ == "of":
                        patient = phrase
                    else:
                        agent = phrase
            elif child.dep_ == "poss":
                agent = _participant(item, _noun_phrase(child), context, actors)
        if patient or agent:
            acts.append(Act(token.lemma_.lower(), agent, patient, nominal=True))
    return acts


def _words_of(participant: Optional[str], actors: "ActorIndex | None") -> frozenset[str]:
    """The words that may name a participant: an actor's name and labels, or a head noun."""
    if not participant:
        return frozenset()
    if participant.startswith("head:"):
        return frozenset({participant[5:]})
    if actors is None:
        return frozenset()
    actor = participant[6:]
    return frozenset(actors.label_words.get(actor, set()) | actors.name_words.get(actor, set()))


def read_clauses(items: list["MentionInStory"], context: "StoryContext | None" = None) -> list[ClauseReading]:
    """Each clause's reading; without ``context`` (pairs scored outside a story) no pronoun
    finds its antecedent."""
    actors = ActorIndex(context) if context is not None else None
    readings = []
    for item in items:
        mention = item.mention
        subject = _participant(item, _doer(mention), context, actors)
        theme = _participant(item, mention.theme, context, actors)
        acts = [Act(mention.predicate, subject, theme)] if mention.predicate else []
        acts += [act for act in _nominal_acts(item, context, actors) if act.predicate != mention.predicate]
        speaker = _participant(item, mention.attributed_to, context, actors)
        words = {p: _words_of(p, actors) for act in acts for p in (act.agent, act.patient, speaker) if p}
        readings.append(ClauseReading(subject, _words_of(subject, actors), mention.predicate, theme,
                                      tuple(acts), words,
                                      tells_what_did_not_happen(item), speaker))
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


def _one(a: str, b: str, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Two participants are one: one actor, two head nouns of one sense, or an actor whose name
    or labels hold the other's head noun."""
    if _comparable(a, b):
        return _same_participant(a, b)
    return bool(words_a & words_b)


# verbs that tell no act of their own even when two clauses share them ("is", "said")
NO_ACT = {"be", "say"}


def _one_act(x: Act, y: Act) -> bool:
    """One act: one verb (a light one too: "were taken to hospital" / "took to hospital"), or two
    related in WordNet that are not light."""
    if x.predicate == y.predicate:
        return x.predicate not in NO_ACT
    return (x.predicate not in GENERIC_PREDICATES and y.predicate not in GENERIC_PREDICATES
            and predicates_related(x.predicate, y.predicate))


def role_agreement(a: ClauseReading, b: ClauseReading, *, nominal: bool = True) -> tuple[float, float, float]:
    """(the clauses tell one act; one act with a role filled alike in both and none apart; one
    act with a role filled apart and never alike), the roles read through the voice: "the bridge
    was closed by the council" and "the council closed the bridge" agree in agent and patient;
    "the builder did not respond" and "the ministry did not respond" tell one act by different
    agents, as do "she has no relation to the engineer" and "he has no relation to the engineer".
    With ``nominal``, acts named by nouns count too ("the closure of the bridge")."""
    one_act = same = differ = False
    for x in a.acts:
        if x.nominal and not nominal:
            continue
        for y in b.acts:
            if (y.nominal and not nominal) or not _one_act(x, y):
                continue
            one_act = True
            agree = apart = 0
            for p, q in ((x.agent, y.agent), (x.patient, y.patient)):
                if p and q:
                    if _one(p, q, a.words.get(p, frozenset()), b.words.get(q, frozenset())):
                        agree += 1
                    else:
                        apart += 1
            same = same or (agree > 0 and apart == 0)
            differ = differ or apart > 0
    return float(one_act), float(same), float(differ and not same)


# the auxiliaries that open an inverted condition ("Had the council closed the road, ...")
INVERTED_CONDITION = {"had", "were", "should"}
MODALS_OF_THE_UNREAL = {"would", "could", "might"}


def _inverted_condition(head) -> bool:
    """ "Had the council closed the road" before a main clause: the auxiliary comes before the subject."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITION]
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head.dep_ == "advcl" and bool(auxiliaries and subjects) and auxiliaries[0].i < subjects[0].i


def _past_condition(head) -> bool:
    """ "If the council had closed the road": a condition in the past perfect."""
    return (any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children))


def _unreal_consequence(head) -> bool:
    """ "the bus would never have crashed", under a past condition."""
    auxiliaries = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (any(a in MODALS_OF_THE_UNREAL for a in auxiliaries) and "have" in auxiliaries
            and any(c.dep_ == "advcl" and (_inverted_condition(c) or _past_condition(c)) for c in head.children))


def _clause_head(item: "MentionInStory"):
    """The parsed head of the clause in its sentence: its highest word (None if not found)."""
    sentence = item.mention.sentence
    offset = item.span.start - sentence.start
    end = offset + (item.span.end - item.span.start)
    doc = parsed(sentence.text)
    inside = [t for t in doc if offset <= t.idx < end]
    heads = [t for t in inside if not (offset <= t.head.idx < end) or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    return (verbs or heads or [None])[0]


# the words without which a sentence holds no counterfactual: its sentence is parsed only then
UNREAL_WORDS = re.compile(r"\b(had|were|should)\b.*\b(would|could|might)\b|\b(would|could|might)\b.*\b(had|were|should)\b",
                          re.IGNORECASE)


def tells_what_did_not_happen(item: "MentionInStory") -> bool:
    """A counterfactual: the condition or the consequence of what would have been ("Had the
    council closed the road earlier, the bus would never have crashed"). It says the council did
    not close the road and the bus did crash: neither clause states its own words as a fact."""
    if not UNREAL_WORDS.search(item.mention.sentence.text):
        return False
    head = _clause_head(item)
    if head is None:
        return False
    return _inverted_condition(head) or (_past_condition(head) and head.dep_ == "advcl" and any(
        _unreal_consequence(h) for h in (head.head,))) or _unreal_consequence(head)


def other_speakers(a: ClauseReading, b: ClauseReading) -> float:
    """Both clauses are said by someone, and not by one speaker ("Every truck we own is on the
    road," said a haulier / "We need trucks," said a farmer)."""
    if not (a.speaker and b.speaker):
        return 0.0
    words_a = a.words.get(a.speaker) or _words_of(a.speaker, None)
    words_b = b.words.get(b.speaker) or _words_of(b.speaker, None)
    return float(not _one(a.speaker, b.speaker, words_a, words_b))
