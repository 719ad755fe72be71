"""Competing causes: two sources give one effect different causes ("the pipe burst after a
lightning strike, the company said" / "residents say a blocked drain was to blame"), an account
dispute told in other words, which the pair scorer never links (the clauses share no word).

Each clause's cause relations are read from the parse of its sentence into (effect, cause,
source). The markers of a cause relation are a closed grammatical class, so they are named here
rather than learned: the verb "cause" ("X caused Y", "Y was caused by X"), "blame" ("blamed Y on
X", "blame X for Y", "blamed X"), "attribute Y to X", "X was to blame (for Y)", "X is the cause
(of Y)", the prepositions "due to", "owing to", "because of", "thanks to", and "after" with an
event noun ("the pipe burst after a lightning strike"). "After" tells a sequence more often than a
cause, so it counts only against another source's explicit cause (``STRONG``), and only with an
event noun as its object (no time: "after twenty minutes", "after Monday").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.story.claim_conflicts.words import STAND_INS, inside_sentence, likeness, parsed, same_actor, stems
from storylens.wordnet import senses_of

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


@dataclass(frozen=True)
class CauseRelation:
    """One cause relation a clause states: what happened (None for "X was to blame"), what caused
    it, who says so (None when the clause gives no one), and whether its marker names a cause
    outright (all but "after")."""

    effect: Optional[str]
    effect_head: Optional[str]  # lemma of the effect's head noun (a clause's subject)
    cause: str
    cause_head: str
    source: Optional[str]
    strong: bool = True
    effect_is_clause: bool = False  # "the pipe burst" rather than "the flooding"
    # the effect is that something did not happen: "the divers did not reach the ship because of
    # the waves" gives why they did not, not why they did
    effect_negated: bool = False


# Units of time: "after" with one of these (or with a number) dates an action, it gives no cause.
TIME_NOUNS = {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "morning",
              "afternoon", "evening", "midnight", "noon", "while", "time", "moment", "period", "season"}
CAUSE_PREPOSITIONS = {("due", "to"), ("owing", "to"), ("because", "of"), ("thanks", "to")}


def _phrase(token) -> str:
    return " ".join(t.text for t in token.subtree).strip()


def _object(token, preposition: str):
    """The object of ``token``'s prepositional child ``preposition`` ("blamed ... on X")."""
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == preposition:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _clause_effect(verb) -> tuple[Optional[str], Optional[str]]:
    """A clause as an effect ("the pipe burst"): its subject with the verb; the subject's lemma is its head."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in STAND_INS:
        return None, None
    return f"{_phrase(subject)} {verb.text}", subject.lemma_.lower()


def _noun_effect(token) -> tuple[Optional[str], Optional[str]]:
    if token is None or token.lower_ in STAND_INS:
        return None, None
    return _phrase(token), token.lemma_.lower()


def _is_event_noun(token) -> bool:
    """An object of "after" that can be a cause: a common noun, not a time, with no number."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() in TIME_NOUNS:
        return False
    return not any(t.like_num or t.pos_ == "NUM" for t in token.subtree)


def _relations_at(token, source: Optional[str]) -> list[CauseRelation]:
    found = []
    lemma = token.lemma_.lower()

    def add(effect, effect_head, cause, strong=True, by=source, clause=False):
        if cause is None or cause.lower_ in STAND_INS:
            return
        negated = clause and any(c.dep_ == "neg" for c in token.head.children)
        found.append(CauseRelation(effect, effect_head, _phrase(cause), cause.lemma_.lower(), by, strong, clause, negated))

    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    passive_subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    direct = next((c for c in token.children if c.dep_ == "dobj"), None)
    if token.pos_ == "VERB" and lemma == "cause":
        if passive_subject is not None:  # "Y was caused by X"
            add(*_noun_effect(passive_subject), _object(token, "by"))
        elif subject is not None and direct is not None:  # "X caused Y"
            add(*_noun_effect(direct), subject)
    elif token.pos_ == "VERB" and lemma == "blame" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        blamer = _phrase(subject) if subject is not None and subject.lower_ not in STAND_INS else source
        on, for_ = _object(token, "on"), _object(token, "for")
        if passive_subject is not None:  # "Y was blamed on X" / "X was blamed for Y"
            if on is not None:
                add(*_noun_effect(passive_subject), on, by=source)
            else:
                add(*_noun_effect(for_), passive_subject, by=source)
        elif direct is not None and on is not None:  # "blamed Y on X"
            add(*_noun_effect(direct), on, by=blamer)
        elif direct is not None:  # "blame X for Y", "blamed X"
            add(*_noun_effect(for_), direct, by=blamer)
    elif token.pos_ == "VERB" and lemma == "attribute" and direct is not None:  # "attributed Y to X"
        blamer = _phrase(subject) if subject is not None and subject.lower_ not in STAND_INS else source
        add(*_noun_effect(direct), _object(token, "to"), by=blamer)
    elif lemma == "blame" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be":  # "X was to blame (for Y)"
        cause = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        add(*_noun_effect(_object(token, "for")), cause)
    elif token.pos_ == "NOUN" and lemma == "cause" and token.dep_ == "attr":  # "X is the cause (of Y)"
        cause = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        add(*_noun_effect(_object(token, "of")), cause)
    elif token.dep_ in ("prep", "acomp") and (token.lower_, next((c.lower_ for c in token.children), "")) in CAUSE_PREPOSITIONS:
        marker = next(c for c in token.children)
        cause = next((g for g in marker.children if g.dep_ == "pobj"), None) if marker.dep_ in ("prep", "pcomp") else None
        cause = cause or next((g for g in token.children if g.dep_ == "pobj"), None)
        head = token.head
        if token.dep_ == "acomp":  # "the outage was due to a fault": the copula's subject is the effect
            add(*_noun_effect(next((c for c in head.children if c.dep_ == "nsubj"), None)), cause)
        elif head.pos_ in ("VERB", "AUX"):  # "ferries were cancelled because of the storm"
            add(*_clause_effect(head), cause, clause=True)
    elif token.dep_ == "prep" and token.lower_ == "after" and token.head.pos_ == "VERB":
        cause = next((g for g in token.children if g.dep_ == "pobj"), None)
        effect = _clause_effect(token.head)
        # a sequence whose earlier happening is read but whose later one is not ("was struck by
        # falling debris an hour after the launch": "after" hangs from "falling", which has no
        # subject) says what came after nothing: left out, else it would stand for any effect
        # (an effect of None is "X was to blame", for what the story is about)
        if _is_event_noun(cause) and effect[0] is not None:
            add(*effect, cause, strong=False, clause=True)
    return found


# WordNet's files of what a cause can be: an act, an event, a state, a process, a natural
# phenomenon ("a shot", "a fire", "cancer", "a storm"); not a place, a person or a thing
CAUSE_FILES = {"noun.act", "noun.event", "noun.state", "noun.process", "noun.phenomenon"}
# verb files of what a thing undergoes ("die", "collapse" in its "break down" sense)
UNDERGOING_FILES = {"verb.change", "verb.body"}
READ_SENSES = 3


def _can_be_a_cause(noun) -> bool:
    """A noun whose most frequent WordNet sense is a happening or a state, or one WordNet does
    not know ("overdose"), which names no place, person or thing it could be instead."""
    found = senses_of(noun.lemma_.lower(), "n")[:1]
    return noun.pos_ == "NOUN" and (not found or found[0].lexname() in CAUSE_FILES)


def _relations_by_verb(token, source: Optional[str]) -> list[CauseRelation]:
    """Causes a verb gives by its own meaning (round s41, reading ``CAUSE_BY_ITS_VERB``): the
    "by" phrase of a passive verb that WordNet says causes another ("was killed by a keeper's
    shot": to kill causes to die), naming a happening; and the "from" / "of" object of a verb of
    what its subject undergoes, with no object of its own ("died from a sedative overdose",
    "collapsed from exhaustion"; not "escaped from the park", a movement from a place)."""
    if token.pos_ != "VERB":
        return []
    senses = senses_of(token.lemma_.lower(), "v")[:READ_SENSES]
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in STAND_INS or not senses:
        return []
    effect, effect_head = _clause_effect(token)
    found = []
    passive = subject.dep_ == "nsubjpass"
    if passive and any(sense.causes() for sense in senses):
        agent = _object(token, "by")
        if agent is not None and _can_be_a_cause(agent):
            found.append(CauseRelation(effect, effect_head, _phrase(agent), agent.lemma_.lower(), source, True, True))
    elif not passive and senses[0].lexname() in UNDERGOING_FILES and not any(c.dep_ == "dobj" for c in token.children):
        for preposition in ("from", "of"):
            cause = _object(token, preposition)
            if cause is not None and _can_be_a_cause(cause):
                found.append(CauseRelation(effect, effect_head, _phrase(cause), cause.lemma_.lower(), source, True, True))
    return found


def cause_relations(item: MentionInStory, *, by_verb: bool = False) -> list[CauseRelation]:
    """The cause relations stated inside the clause's span of its sentence (see the module's doc);
    ``by_verb``: also those a verb gives by its meaning (``_relations_by_verb``)."""
    mention = item.mention
    return list(_cause_relations(mention.sentence.text, mention.text, mention.attributed_to, by_verb))


# Every pair of compared clauses asks for both sides' relations: read once per clause, not once
# per pair (the relations are frozen records of strings, so they can be shared).
@lru_cache(maxsize=4096)
def _cause_relations(sentence: str, text: str, attributed_to: Optional[str], by_verb: bool = False) -> tuple[CauseRelation, ...]:
    start = sentence.find(text)
    if start < 0:
        return ()
    source = attributed_to
    if source and source.lower() in STAND_INS:
        source = None
    found = []
    for token in parsed(sentence):
        if start <= token.idx < start + len(text):
            found.extend(_relations_at(token, source or _said_by(token)))
            if by_verb:
                found.extend(_relations_by_verb(token, source or _said_by(token)))
    return tuple(found)


def _said_by(token) -> Optional[str]:
    """Who says the clause holding ``token``, read from the parse when the clause's attribution
    was not: the subject of the reporting verb its clause is the complement of ("the pipe burst
    after a storm, the company said")."""
    from storylens.nlp.claims.clauses import REPORTING_VERBS

    while token.head.i != token.i and token.dep_ not in ("ccomp",):
        token = token.head
    verb = token.head
    if token.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _phrase(subject) if subject is not None and subject.lower_ not in STAND_INS else None


# MiniLM cosine at which two effect phrases with different heads name one happening; high,
# because short phrases score low and close together whatever they name ("the strike" / "the
# walkout" 0.44, "the strike" / "the talks" 0.39; "the flooding" / "the floods" 0.91)
SAME_EFFECT = 0.8
# MiniLM cosine under which two causes read as different ones ("a lightning strike" / "a
# corroded valve" 0.16; "a lightning strike" / "a bolt of lightning" 0.83, / "the storm" 0.51)
OTHER_CAUSE = 0.45


def _told_by_outlet(item: MentionInStory, relation: CauseRelation) -> CauseRelation:
    """A cause named outright and said by no one in the clause is the outlet's own account."""
    if relation.source or not relation.strong or not item.outlet:
        return relation
    return replace(relation, source=item.outlet)


def _according_to(item: MentionInStory, relation: CauseRelation) -> str:
    if relation.source == item.outlet:
        return f"as {item.label} tells it"  # the outlet's own account (``_told_by_outlet``)
    return f"according to {inside_sentence(relation.source)} ({item.label})"


def _same_effect(a: MentionInStory, x: CauseRelation, b: MentionInStory, y: CauseRelation) -> bool:
    if x.effect is None or y.effect is None:
        return True  # "X was to blame": for what the story is about, which the other names
    if x.effect_head == y.effect_head or same_actor(a, x.effect, b, y.effect):
        return True
    return likeness(x.effect, y.effect) >= SAME_EFFECT


def _same_source(a: MentionInStory, x: CauseRelation, b: MentionInStory, y: CauseRelation) -> bool:
    if stems(x.source) & stems(y.source):
        return True
    return same_actor(a, x.source, b, y.source)


def rival_causes(a: MentionInStory, b: MentionInStory, *, polarity: bool = False, by_verb: bool = False) -> Optional[str]:
    """Two sources give one effect different causes: an account dispute whose explanation names
    both causes and who gives each. Both sides are said by someone (a source named in the clause
    or the one who blames) and by different parties; at least one names its cause outright;
    the two causes share no content word and read apart (MiniLM below ``OTHER_CAUSE``).
    ``polarity``: an effect that did not happen is not one that did ("did not reach the ship
    because of the waves" / "reached the ship after a calm spell"), read in clauses of one claim.
    ``by_verb`` (round s41, in clauses of one claim): causes a verb gives by its meaning count, and
    a cause named outright that the clause gives no one is its outlet's own account ("One wolf
    was killed by a keeper's shot" told as fact)."""
    for x in cause_relations(a, by_verb=by_verb):
        for y in cause_relations(b, by_verb=by_verb):
            if by_verb:
                x, y = _told_by_outlet(a, x), _told_by_outlet(b, y)
            if not (x.source and y.source) or not (x.strong or y.strong):
                continue
            if polarity and x.effect_negated != y.effect_negated:
                continue
            if x.cause_head == y.cause_head or stems(x.cause) & stems(y.cause) or _same_source(a, x, b, y):
                continue
            if not _same_effect(a, x, b, y) or likeness(x.cause, y.cause) >= OTHER_CAUSE:
                continue
            told = x if x.effect else y
            effect = inside_sentence(told.effect) if told.effect else None
            lead = (f"Why {effect}" if told.effect_is_clause else f"What caused {effect}") if effect else "Competing causes"
            return (f"{lead}: {inside_sentence(x.cause)}, {_according_to(a, x)}; "
                    f"{inside_sentence(y.cause)}, {_according_to(b, y)}")
    return None
