"""Are two dated mentions one happening? Read from who did what (issue 19, round s29).

Whole-clause embeddings both split and over-merge: outlets tell one happening in other words
("police cleared the picket" / "the police ended the dockers' blockade"), and two happenings of
one day share the day's topic ("the town buried its dead" / "the president signed a decree on
mourning"). So two mentions are compared as happenings, on what ``nlp/event_rules/arguments`` read
from the parse:

- *the predicate*: the same lemma, or WordNet says the two words name one act (a shared sense,
  or one derived from the other: "clearance" / "clear");
- *the participants*: the agents (who did it) and the others (what it was done to, where,
  against whom). Two phrases name the same participant when they name the same actor of the
  story, share a content word ("the strikers at the Kessel gate" / "the picket at the Kessel
  terminal") or, in other words, their phrase embeddings are close ("the army" / "government
  forces"); the sides of a fight stay below that ("rebels" / "the army");
- *the time of day*, when both give one ("at 5 a.m." / "at noon": two happenings).

Two mentions are one happening when nothing they both state differs (agents, time of day) and
- their predicates name one act and, when both say what it was done to, that agrees; or
- across outlets, in other words: the same agent, and another participant or the time of day
  agrees ("the police came for the strikers at the Kessel gate at 5 a.m.").
One actor doing two things that day ("the ministry unveiled a plan" / "the ministry opened an
inquiry") shares only its agent: two entries.

Round s30: outlets name who did it differently ("prisoners overpowered the guards" / "militants
seized the jail") and tell it from another side ("the ship left the port" / "the skipper took
the ship out of the port"). Across outlets, on one day, two kinds of evidence outweigh
different agents: the same clock time with a participant in common, and two participants in
common with the agent of one report a non-agent of the other. An object naming an act, or the
subject of a verb without one ("the mutiny broke out"), is the happening, not its agent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from storylens.records import EventArgument, EventMention
from storylens.nlp.wordnet import first_sense, is_verb_of_communication, senses_of
from storylens.wordnet import verbs_named_by

# Cosine of MiniLM phrase embeddings from which two participant phrases name the same
# participant: "the army" / "government forces" 0.62, "a blast" / "an explosion" 0.65,
# "four miners" / "four men" 0.62; two sides of a fight score lower ("rebels" / "the army" 0.55,
# "the police" / "the army" 0.54), unrelated things 0.1-0.4.
SAME_PARTICIPANT_FROM = 0.6
# Clock times this many hours apart are two happenings ("at 5 a.m." / "at noon").
HOURS_APART = 2
PARTS_OF_DAY = {"MO": (5, 12), "MI": (11, 13), "AF": (12, 18), "EV": (17, 22), "NI": (20, 29)}
CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}|\d+")
STOPWORDS = frozenset(
    "that this with from have been were their there they them which what when where while about "
    "after before into over also more most some such than then very will would could should just "
    "only other its his her our your the".split()
)
# Verbs that say something was said, shown or happened, not what: they name no act to compare.
LIGHT_PREDICATES = frozenset("be have do say tell report give make take go get come happen occur".split())


@dataclass
class Participant:
    phrase: str
    head: str  # lemma of the phrase's head word
    words: frozenset[str]
    actors: frozenset[str]  # actor ids named in the phrase
    vector: np.ndarray | None = None
    # Common words before the head that say what kind of thing it is ("the volunteer *fire*
    # station"): a word shared only that way names no shared thing ("the fire" / "the fire
    # station", "the fire agency" / "the fire station").
    kind_words: frozenset[str] = frozenset()

    @property
    def naming_words(self) -> frozenset[str]:
        return self.words - self.kind_words


def kind_words(phrase: str, head: str) -> frozenset[str]:
    """Lower-case words before the head word of ``phrase`` that are not possessives: "volunteer"
    and "fire" in "the volunteer fire station in Vorn"; none in "the dockers' picket" (whose
    dockers are someone) or "the Kessel terminal" (a name)."""
    tokens = re.findall(r"[\w'’-]+", phrase)
    stem = head[: max(3, len(head) - 2)].lower()
    at = next((i for i, t in enumerate(tokens) if t.lower().startswith(stem)), None)
    if at is None:
        return frozenset()
    kinds = set()
    for position, token in enumerate(tokens[:at]):
        # a capital opening the phrase may open the sentence ("Fire crews"): a word WordNet
        # knows as a common noun or adjective is then no name
        lower = token[:1].islower() or (position == 0 and _common_word(token.lower()))
        if lower and not token.endswith(("'", "’", "'s", "’s")) and token.lower() not in STOPWORDS:
            kinds.add(token.lower())
    return frozenset(kinds) & content_words(phrase)


@dataclass
class Happening:
    """What a mention says happened: its predicate, agents, other participants, time of day."""

    predicate: str
    agents: list[Participant] = field(default_factory=list)
    others: list[Participant] = field(default_factory=list)  # patients and obliques
    patients: list[Participant] = field(default_factory=list)
    time_of_day: str | None = None
    # Nouns among the participants that name the happening itself ("the revolt ... broke out",
    # "completed the liberation of the prison"): the act the predicate only starts or ends.
    event_nouns: list[str] = field(default_factory=list)
    # Of those, the ones told as the subject ("the blaze broke out", "flames were seen"): the
    # sentence is about the happening itself, its verb only says what became of it.
    subject_acts: list[str] = field(default_factory=list)
    # The predicate reports a statement ("denied that it had been warned"): a speech act, whose
    # happening is the saying, never an act of another kind told that day (round s33).
    says: bool = False
    # Happenings the account is about or comes after, named by a noun ("an inquiry into the
    # explosion", "banned flights after the explosion", "a statement on the crash"): a response
    # to them, which is another happening than they are (round s35).
    responds_to: list[str] = field(default_factory=list)
    # The person a subject "he"/"she" stands for (round s39): not matched on as an agent, only
    # told apart from another named doer ("she crossed the line" / "Oldemeer crossed the line").
    meant: list[Participant] = field(default_factory=list)

    @property
    def participants(self) -> list[Participant]:
        return self.agents + self.others

    # The verb with the word after it, when WordNet knows the two as one verb ("gave way" ->
    # give_way, "broke through" -> break_through): another name of the act (round s34).
    phrasal: str | None = None

    @property
    def predicates(self) -> list[str]:
        return [self.predicate, *([self.phrasal] if self.phrasal else []), *self.event_nouns]

    @property
    def acts(self) -> list[str]:
        """The nouns naming the happening, with an agent that is itself an act ("the explosion
        injured twelve workers"): what another report may call it ("a blast tore through")."""
        return self.event_nouns + [p.head for p in self.agents if not p.actors and names_an_act(p.head)]


def content_words(text: str) -> frozenset[str]:
    words = {w.lower().rstrip("'’s") if w.lower().endswith(("'s", "’s")) else w.lower() for w in CONTENT_WORD.findall(text)}
    return frozenset(w for w in words if w not in STOPWORDS)


def happening_of(mention: EventMention, actors_of) -> Happening:
    """``actors_of(argument)`` gives the actor ids a participant's phrase names. An object, or
    the subject of a verb without one, that names an act or an event ("the revolt at the prison
    broke out", "completed the liberation of the prison") is the happening, not who took part: its noun joins the
    predicates and its phrase (with "at the prison", "of the prison") the other participants."""
    happening = Happening(mention.trigger, time_of_day=mention.time_of_day)
    phrasal = _phrasal_predicate(mention)
    if phrasal != mention.trigger:
        happening.phrasal = phrasal
    absorbed = phrasal.split("_")[1:]  # "way" of "give_way" is no participant
    # The subject of a verb with no object ("the revolt broke out"); an act that does something
    # to someone is its agent ("the accident killed four miners").
    intransitive = not any(argument.role == "patient" for argument in mention.arguments)
    for argument in mention.arguments:
        if argument.head in absorbed or names_a_time(argument.head):
            continue  # "gave way"; "before dawn on Monday", "in the small hours of Monday": when, not who
        participant = Participant(
            argument.span.text, argument.head, content_words(argument.span.text), frozenset(actors_of(argument)),
            kind_words=kind_words(argument.span.text, argument.head),
        )
        happening.responds_to.extend(_happenings_referred_to(mention, argument))
        if argument.role == "said":
            happening.says = True
            continue
        if argument.role == "meant":
            happening.meant.append(participant)
            continue
        if argument.role == "when":
            # "hurt when a tank exploded at the plant": the act of that moment is compared too,
            # and where it happened
            happening.event_nouns.append(argument.head)
            happening.others.append(participant)
            continue
        event_role = argument.role == "patient" or (argument.role == "agent" and intransitive)
        names_the_event = event_role and names_an_act(argument.head)
        if names_the_event:
            happening.event_nouns.append(argument.head)
            if argument.span.start < mention.trigger_span.start:
                happening.subject_acts.append(argument.head)
        (happening.agents if argument.role == "agent" and not names_the_event else happening.others).append(participant)
        if argument.role == "patient":
            happening.patients.append(participant)
    return happening


# Prepositions that make an act a response to a happening named after them: what it is about
# ("an inquiry into", "a statement on", "talks about") or what it follows ("a ban after").
RESPONDING = r"into|about|on|over|after|following|concerning|regarding"
REFERENCE = re.compile(r"\b(?:" + RESPONDING + r")\s+((?:[\w'’-]+\s*){1,4})", re.IGNORECASE)
# How many words after the preposition its noun may stand ("into Tuesday's failed launch").
REFERENCE_WORDS = 4


def _happenings_referred_to(mention: EventMention, argument: EventArgument) -> list[str]:
    """Nouns naming happenings that ``argument`` says the account is about or comes after: inside
    the phrase ("An inquiry into the explosion at Kestrel Point"), or the phrase itself when a
    responding preposition introduces it ("banned flights ... after the explosion"). A noun
    names a happening when one of its two most frequent WordNet senses is an act or an event."""
    sentence = mention.sentence
    before = sentence.text[: max(0, argument.span.start - sentence.start)]
    found = []
    if re.search(r"\b(?:" + RESPONDING + r")\s+$", before, re.IGNORECASE) and _names_a_happening(argument.head):
        found.append(argument.head)
    for match in REFERENCE.finditer(argument.span.text):
        words = [w.lower() for w in re.findall(r"[A-Za-z-]+", match.group(1))[:REFERENCE_WORDS]]
        noun = next((w for w in words if w not in STOPWORDS and w not in ("a", "an") and _names_a_happening(w)), None)
        if noun is not None and noun != argument.head:
            found.append(noun)
    return found


@lru_cache(maxsize=8192)
def _names_a_happening(word: str) -> bool:
    """Like ``timeline.names_a_happening`` but without WordNet's phenomena: "after the power"
    or "about the electricity" names no happening to respond to."""
    return any(sense.lexname() in ACT_FILES for sense in senses_of(word)[:2])


def responds_to_the_other(a: Happening, b: Happening) -> bool:
    """A response and another happening (round s35): one account is about, or comes after, a
    happening it names ("An inquiry into the explosion was opened yesterday", "banned flights
    after the explosion"), the other names no such happening (it is that happening, "A rocket
    exploded yesterday", or another), and their predicates do not name one act. Also two
    responses to one happening that do different things ("opened an inquiry into" / "issued a
    statement on" the explosion). Two accounts of one response ("banned flights after the
    explosion" / "banned flights over the pad") share their act and are compared as before; so
    are two accounts that both name the cause ("power was cut after a fire" / "millions lost
    electricity when the substation caught fire")."""
    if not (a.responds_to or b.responds_to):
        return False
    if any(names_related(x, y) or predicates_near(x, y) for x in a.predicates for y in b.predicates):
        return False

    def names_none_of(one: Happening, other: Happening) -> bool:
        named = set(other.responds_to) | {w for p in other.participants for w in p.naming_words}
        return any(not any(x == y or acts_related(x, y) for y in named) for x in one.responds_to)

    if names_none_of(a, b) or names_none_of(b, a):
        return True
    if a.responds_to and b.responds_to and a.patients and b.patients:
        return not any(p.head == q.head or acts_related(p.head, q.head) for p in a.patients for q in b.patients)
    return False


def _phrasal_predicate(mention: EventMention) -> str:
    """The verb with the word after it when WordNet knows the two as one verb ("gave way" ->
    give_way, "touched down" -> touch_down): the act, which the verb alone does not name."""
    clause = mention.clause or mention.sentence
    offset = mention.trigger_span.end - clause.start
    after = re.match(r"\s+([A-Za-z]+)", clause.text[offset:]) if 0 <= offset <= len(clause.text) else None
    if after is None:
        return mention.trigger
    from storylens.nlp.wordnet import wordnet

    phrasal = f"{mention.trigger}_{after.group(1).lower()}"
    return phrasal if wordnet().synsets(phrasal, pos="v") else mention.trigger


@lru_cache(maxsize=8192)
def names_a_time(word: str) -> bool:
    """The noun's first WordNet sense is a time ("dawn", "hours", "morning"): a time phrase the
    time expression left out ("before dawn on Monday"), not a participant."""
    senses = senses_of(word)
    return bool(senses) and senses[0].lexname() == "noun.time"


def embed_participants(happenings: list[Happening]) -> None:
    from storylens.story.embeddings import embed_sentences

    participants = [p for h in happenings for p in h.participants]
    if not participants:
        return
    vectors = embed_sentences([p.phrase for p in participants])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    for participant, vector in zip(participants, vectors / np.maximum(norms, 1e-9)):
        participant.vector = vector


@lru_cache(maxsize=8192)
def _common_word(word: str) -> bool:
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    return bool(reader.synsets(word, pos="n") or reader.synsets(word, pos="a"))


def same_participant(a: Participant, b: Participant) -> bool:
    if a.actors & b.actors or a.naming_words & b.naming_words:
        return True
    if a.vector is None or b.vector is None:
        return False
    return float(a.vector @ b.vector) >= SAME_PARTICIPANT_FROM


def _any_same(one: list[Participant], other: list[Participant]) -> bool:
    return any(same_participant(a, b) for a in one for b in other)


def _hours(value: str | None) -> tuple[float, float] | None:
    """The hours a TimeML time part covers: "05:00" -> (5, 5); "MO" -> (5, 12)."""
    if not value:
        return None
    match = re.match(r"(\d{2}):(\d{2})", value)
    if match:
        hour = int(match.group(1)) + int(match.group(2)) / 60
        return hour, hour
    return PARTS_OF_DAY.get(value[:2])


def times_of_day_apart(a: str | None, b: str | None) -> bool:
    x, y = _hours(a), _hours(b)
    if x is None or y is None:
        return False
    gap = max(x[0] - y[1], y[0] - x[1], 0)
    return gap >= HOURS_APART


def times_of_day_agree(a: str | None, b: str | None) -> bool:
    x, y = _hours(a), _hours(b)
    return x is not None and y is not None and x[0] == y[0] and x[1] == y[1]


# WordNet's files for situations, not for who or what takes part: "the tensions broke out".
SITUATION_FILES = frozenset({"noun.state", "noun.act", "noun.event", "noun.feeling", "noun.phenomenon", "noun.process"})


@lru_cache(maxsize=8192)
def _names_a_situation(word: str) -> bool:
    senses = senses_of(word)
    return bool(senses) and senses[0].lexname() in SITUATION_FILES


# WordNet's files for what happens, not for the state it leaves: "revolt", "liberation", "operation".
ACT_FILES = frozenset({"noun.act", "noun.event", "noun.process"})


@lru_cache(maxsize=8192)
def names_an_act(word: str) -> bool:
    """The noun's first WordNet sense is an act or an event ("revolt", "liberation")."""
    senses = senses_of(word)
    return bool(senses) and senses[0].lexname() in ACT_FILES


def names_who_or_what(happening: Happening) -> bool:
    """Some participant is a person, a group, a thing or a place ("a fishing boat was fired on"),
    not only a situation ("the tensions broke out into open conflict"): a specific happening,
    not the day's events told in general words."""
    return any(p.actors or not _names_a_situation(p.head) for p in happening.participants)


@lru_cache(maxsize=8192)
def _acts(word: str) -> frozenset:
    """WordNet senses ``word`` names as a verb or a noun, with the senses derived from it
    ("clearance" -> clear, "clear" -> clearance)."""
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    out = set()
    for pos in ("v", "n"):
        base = reader.morphy(word, pos) or word
        for synset in reader.synsets(base, pos=pos):
            lemmas = [lemma for lemma in synset.lemmas() if lemma.name().lower() == base]
            if not lemmas:
                continue
            out.add(synset)
            for lemma in lemmas:
                out.update(related.synset() for related in lemma.derivationally_related_forms())
    return frozenset(out)


def names_a_verb(word: str) -> bool:
    """WordNet knows the word as a verb or derives it from one ("warning", "arrest"): a noun that
    can name the act its verb tells (``claim_conflicts.rivals``)."""
    return any(sense.pos() == "v" for sense in _acts(word))


# The senses of a verb whose direct hypernym may relate it to another: its most frequent ones.
HYPERNYM_SENSES = 3


@lru_cache(maxsize=8192)
def _kinds_of(word: str) -> tuple[frozenset, frozenset]:
    """The word's most frequent verb senses and their direct hypernyms: "capture" (get.v.11) is
    a kind of "seize" (seize.v.01), "depart" (depart.v.03) a kind of "leave" (leave.v.01). A
    noun naming an act stands for the verb it is made from ("decision": decide.v.01, of which
    rule.v.02 is a kind): "the decision of 10 November" and "the panel ruled" (round s36)."""
    senses = senses_of(word, "v")[:HYPERNYM_SENSES] or sorted(verbs_named_by(word), key=lambda s: s.name())
    return frozenset(senses), frozenset(h for s in senses for h in s.hypernyms())


# The senses of a noun whose direct hypernym may relate it to another ("blast" is a kind of "explosion").
NOUN_KIND_SENSES = 4


@lru_cache(maxsize=8192)
def _noun_kinds_of(word: str) -> tuple[frozenset, frozenset]:
    """The noun's frequent senses and their direct hypernyms: blast.n.04 is a kind of
    explosion.n.01, blaze.n.01 a kind of fire.n.03 (flame)."""
    senses = senses_of(word)[:NOUN_KIND_SENSES]
    return frozenset(senses), frozenset(h for s in senses for h in s.hypernyms())


@lru_cache(maxsize=8192)
def _as_nouns(word: str) -> tuple[frozenset, frozenset]:
    """The noun senses a word names, itself or through the noun made from it ("explode" ->
    explosion), with their direct hypernyms."""
    senses, parents = _noun_kinds_of(word)
    if senses:  # a noun: its own senses, not those of a verb spelt alike ("fire" is no "blast")
        return senses, parents
    derived = frozenset(s for s in _acts(word) if s.pos() == "n")
    return derived, frozenset(h for s in derived for h in s.hypernyms())


def acts_related(a: str, b: str) -> bool:
    """Two nouns naming one happening (a verb through the noun made from it): the same sense,
    or one a direct kind of the other ("blast" / "explosion", "blaze" / "fire", "exploded" /
    "blast"); not "fire" / "explosion"."""
    if a == b:
        return True
    if a in LIGHT_PREDICATES or b in LIGHT_PREDICATES:
        return False
    (senses_a, parents_a), (senses_b, parents_b) = _as_nouns(a), _as_nouns(b)
    return bool(senses_a & senses_b or senses_a & parents_b or parents_a & senses_b)


def names_related(a: str, b: str) -> bool:
    """Two words naming one act: as predicates (``predicates_related``) or as nouns
    (``acts_related``)."""
    return predicates_related(a, b) or acts_related(a, b)


def predicates_related(a: str, b: str, *, kinds: bool = True) -> bool:
    """The same act: one lemma, a shared WordNet sense or a derivation ("clearance" / "clear"),
    or (``kinds``) one a direct kind of the other in their frequent senses ("capture" / "seize")."""
    if a in LIGHT_PREDICATES or b in LIGHT_PREDICATES:
        return False
    if a == b or _acts(a) & _acts(b):
        return True
    if not kinds:
        return False
    (senses_a, parents_a), (senses_b, parents_b) = _kinds_of(a), _kinds_of(b)
    return bool(senses_a & parents_b or parents_a & senses_b)


def _related_predicates(a: Happening, b: Happening, *, across_articles: bool) -> bool:
    """A kind and its kind of act ("visited" / "toured") are one act in two outlets' words; one
    writer using both tells two things."""
    return any(predicates_related(x, y, kinds=across_articles) for x in a.predicates for y in b.predicates)


def names_another_act(a: Happening, b: Happening) -> bool:
    """One report names its happening by a noun as its subject ("the blaze broke out near
    Kestel") and nothing
    the other says of its own act relates to it or to the first's predicate ("fire crews reached
    Kestel"): two happenings, however much of the day's topic the clauses share."""
    if not (a.subject_acts or b.subject_acts):
        return False
    return not any(names_related(x, y) for x in a.predicates + a.acts for y in b.predicates + b.acts)


def agents_differ(a: Happening, b: Happening) -> bool:
    return bool(a.agents and b.agents) and not _any_same(a.agents, b.agents)


def party_to_both(a: Happening, b: Happening) -> set[str]:
    """Actors named in both happenings, other than as the agent of both: one acts, the other is
    done with or to it ("Prigozhin announced a retreat" / "he brokered a deal with Prigozhin")."""
    def named(participants):
        return {actor for p in participants for actor in p.actors}

    return (named(a.participants) & named(b.participants)) - (named(a.agents) & named(b.agents))


def two_doers_of_one_act(a: Happening, b: Happening) -> bool:
    """Round s39: two named people or bodies of the story, each the doer of one act ("she crossed
    the line", she being Ilka Brandvold / "Runner-up Saskia Oldemeer crossed the line, two
    minutes behind Brandvold"): two acts, though one names the other's doer as where she was. A
    doer may be the person a "he"/"she" stands for (``Happening.meant``); acts of other kinds
    ("he brokered a deal with Prigozhin" / "Prigozhin announced a retreat") are left to the
    other tests."""
    if not any(x.actors and y.actors and not x.actors & y.actors for x in a.agents + a.meant for y in b.agents + b.meant):
        return False
    return any(names_related(x, y) or predicates_near(x, y) for x in a.predicates for y in b.predicates)


def same_happening(a: Happening, b: Happening, *, across_articles: bool, one_day: bool = True) -> bool:
    """``one_day``: both are dated to the day. Over a month or a year one actor does many things
    in one place ("visited Vessby" / "opened a school in Vessby" in 2019): in other words, what
    was done must then agree ("killed four miners" / "lost four men"), not only where."""
    if times_of_day_apart(a.time_of_day, b.time_of_day) or two_doers_of_one_act(a, b):
        return False
    if responds_to_the_other(a, b):
        return False  # "an inquiry into the explosion" is no account of the explosion
    if a.says != b.says:
        # "said it would guarantee all deposits" / "announced the guarantee": two words for one
        # statement; a statement and another kind of act are two happenings
        return across_articles and one_day and (_near_in_meaning(a, b) or a_ruling_and_what_it_did(a, b))
    if across_articles and one_day and (_at_one_clock_time(a, b) or _roles_told_differently(a, b)):
        return True
    if across_articles and one_day and (_one_act_at_one_time(a, b) or _one_named_happening(a, b)):
        return True
    if across_articles and _near_in_meaning(a, b) and (one_day or _any_same(a.patients, b.patients)):
        # over a month or a year, near in meaning is not enough: what was done must be the same
        # thing ("two of our captains reported vibration in January" / "two of its members had
        # reported vibration in January": one count of people, one thing reported)
        return True
    agents_agree = _any_same(a.agents, b.agents)
    if a.agents and b.agents and not agents_agree:
        return False
    others_agree = _any_same(a.others, b.others)
    if _related_predicates(a, b, across_articles=across_articles):
        # "The ministry unveiled a plan" / "the ministry unveiled a memorial": not one act
        return others_agree or not (a.others and b.others)
    if not one_day:
        return across_articles and agents_agree and _any_same(a.patients, b.patients)
    if measures(a) != measures(b):
        return False  # "the Tollan reached 5.8 metres at the Marrow gauge" / "the Tollan overflowed at Marrow"
    return across_articles and agents_agree and (others_agree or times_of_day_agree(a.time_of_day, b.time_of_day))


def a_ruling_and_what_it_did(a: Happening, b: Happening) -> bool:
    """Round s40: one outlet tells a decision as its words ("the Tessmoor Water Board ruled on
    Tuesday that farms may not draw water": a statement), another as what the decision did, named
    by its nominalisation with its maker ("the Tessmoor Water Board's decision banned
    irrigation"): one act when the noun is made from a verb WordNet relates to the statement's
    (ruling / rule, decision / decide, rule.v.04 being a kind of decide.v.01) and its maker is the
    statement's agent."""
    for statement, act in ((a, b), (b, a)):
        if not statement.says or act.says:
            continue
        makers = {actor for p in statement.agents for actor in p.actors}
        for agent in act.agents:
            if agent.actors & makers and verbs_named_by(agent.head) and names_related(statement.predicate, agent.head):
                return True
    return False


def _at_one_clock_time(a: Happening, b: Happening) -> bool:
    """Two outlets put something at one clock time of one day, at or to one place or thing
    ("inmates overpowered guards at Dravny prison at 6 a.m." / "terrorists seized Dravny prison
    at 6 a.m."): one happening, whoever each says did it (outlets name sides differently)."""
    clock = re.compile(r"\d{2}:\d{2}")
    if not (a.time_of_day and b.time_of_day and clock.match(a.time_of_day) and a.time_of_day == b.time_of_day):
        return False
    # what it was done to or where; or the agent of one that the other tells as what took place
    # ("the revolt at Dravny prison broke out"); not only one agent, who does many things
    return any(not (i < len(a.agents) and j < len(b.agents)) for i, j in _matched_pairs(a, b))


def _told_only_by_its_noun(happening: Happening) -> bool:
    """"The assault, code-named Operation Red Kite, began at 4:15 a.m.": the act is named by a
    noun, and nothing else takes part that another report could be matched on."""
    return bool(happening.event_nouns) and not happening.agents and all(p.head in happening.event_nouns for p in happening.others)


def _one_act_at_one_time(a: Happening, b: Happening) -> bool:
    """Two outlets say an act began (ended, took place) at one time of one day, each naming it
    only by a noun ("the raid began at 4:15 a.m." / "the assault began at 4:15 a.m."): the nouns
    differ with the outlet's words, the time and what is said of it do not."""
    if not (a.time_of_day and a.time_of_day == b.time_of_day):
        return False
    if not (_told_only_by_its_noun(a) and _told_only_by_its_noun(b)):
        return False
    return a.predicate == b.predicate or predicates_related(a.predicate, b.predicate)


def _one_named_happening(a: Happening, b: Happening) -> bool:
    """Two outlets name the happening itself by a noun (or a verb made from one) that WordNet
    relates ("the blaze broke out near Kestel" / "flames were first seen above Kestel" / "the
    fire, which started outside Kestel"; "the explosion at the Harl plant" / "a blast tore through
    the plant"), and name one more thing in common: where, or what it hit. What each says of it
    (it started, was seen, spread) is one outlet's word for the one happening of that day at
    that place; who acted, when both name someone, must agree (checked by the caller only when
    both name agents)."""
    if not (a.acts and b.acts):
        return False
    acting = [p for p in a.agents if p.head not in a.acts], [p for p in b.agents if p.head not in b.acts]
    if acting[0] and acting[1] and not _any_same(*acting):
        return False
    if not any(acts_related(x, y) for x in a.acts for y in b.acts):
        return False
    event_words = {w for h in (a, b) for noun in h.acts for w in (noun, noun + "s", noun + "es")}
    for x in a.participants:
        for y in b.participants:
            shared = (x.naming_words & y.naming_words) - event_words
            if x.actors & y.actors or shared:
                return True
    return False


def names_one_thing(a: Participant, b: Participant) -> bool:
    """Stricter than ``same_participant``: one actor of the story, or every content word of one
    phrase in the other ("the Sea Lark" / "the ferry Sea Lark"); "Halvik jail" / "Brenn jail"
    share a word but name two jails."""
    if a.actors & b.actors:
        return True
    smaller, larger = sorted((a.naming_words, b.naming_words), key=len)
    return bool(smaller) and smaller <= larger


def _matched_pairs(a: Happening, b: Happening) -> list[tuple[int, int]]:
    """(index in ``a.participants``, index in ``b.participants``) of phrases naming one thing."""
    return [
        (i, j)
        for i, x in enumerate(a.participants)
        for j, y in enumerate(b.participants)
        if names_one_thing(x, y)
    ]


def _roles_told_differently(a: Happening, b: Happening) -> bool:
    """Two participants in common, one the agent of one report and not of the other ("the Sea
    Lark left Anvelport at 9:15 p.m." / "the captain took the Sea Lark out of Anvelport on Friday
    evening"), both at a time of day that agrees: one happening told from another side, which
    the agent check alone would split."""
    if not (a.time_of_day and b.time_of_day):
        # both place it in one part of the day (checked not apart before): without it, one
        # day's gathering and arrests share as much ("protesters gathered outside parliament" /
        # "police arrested protesters outside parliament")
        return False
    pairs = _matched_pairs(a, b)
    if len({i for i, _ in pairs}) < 2 or len({j for _, j in pairs}) < 2:
        return False
    crossed = any((i < len(a.agents)) != (j < len(b.agents)) for i, j in pairs)
    # One report adds a causer the other does not name (the skipper). When each side's agent is
    # in the other report, they are two sides acting on each other ("the army shelled Kolm" /
    # "rebels in Kolm fired on the army"): two happenings.
    a_agent_in_b = any(i < len(a.agents) for i, _ in pairs)
    b_agent_in_a = any(j < len(b.agents) for _, j in pairs)
    return crossed and not (a_agent_in_b and b_agent_in_a)


# Round s34. Wu-Palmer similarity of two verbs' frequent senses from which they name one act in
# two outlets' words: "spill" / "overflow" 0.86, "burst" / "break" 0.86, "restrict" / "cap" 0.75,
# "say" / "announce" 0.80, "reject" / "deny" 0.75; different acts of one story score lower
# ("reach" / "overflow" 0.33, "fall" / "cancel" 0.40, "leave" / "land" 0.40, "wound" / "kill"
# 0.40, "reject" / "search" 0.50). Opposites ("open" / "close" 0.67) are never one act.
NEAR_FROM = 0.6
# WordNet's files whose nouns name who acts: two of them are kinds of one thing ("rebels" / "the army").
WHO_FILES = frozenset({"noun.person", "noun.group"})


@lru_cache(maxsize=8192)
def _verb_senses(word: str) -> tuple:
    return tuple(senses_of(word, "v")[:HYPERNYM_SENSES])


@lru_cache(maxsize=8192)
def _opposites(a: str, b: str) -> bool:
    for x, y in ((a, b), (b, a)):
        for sense in senses_of(x, "v"):
            if any(o.name() == y for lemma in sense.lemmas() for o in lemma.antonyms()):
                return True
    return False


@lru_cache(maxsize=8192)
def predicates_near(a: str, b: str) -> bool:
    """Two verbs naming one act in other words: related as ``predicates_related`` says, or close
    in WordNet's verb hierarchy (Wu-Palmer over their frequent senses, from NEAR_FROM) and not
    opposites. A light verb of saying is compared only with a specific way of stating ("say" /
    "announce"), never with an act of another kind nor with another light verb ("say" / "tell")."""
    if a == b:
        return a not in LIGHT_PREDICATES
    if _opposites(a, b) or (a in LIGHT_PREDICATES and b in LIGHT_PREDICATES):
        return False  # "said" / "told reporters": two sayings are compared as before (round s29)
    light = a in LIGHT_PREDICATES or b in LIGHT_PREDICATES
    if light and not (is_verb_of_communication(a) and is_verb_of_communication(b)):
        return False
    if not light and predicates_related(a, b):
        return True
    return any(
        (x.wup_similarity(y) or 0.0) >= NEAR_FROM and _specific_common_kind(x, y)
        for x in _verb_senses(a)
        for y in _verb_senses(b)
    )


def _specific_common_kind(x, y) -> bool:
    """One sense is a kind of the other ("slam" / "close", "announce" / "state"), or both are kinds
    of a specific act, two levels below the top of WordNet's verb hierarchy or deeper ("cap" /
    "restrict": limit). "close" (become closed) and "fall" (be captured) meet only at
    change_state, just below a root, which says nothing of what was done."""
    return any(common in (x, y) or common.min_depth() >= 2 for common in x.lowest_common_hypernyms(y))


@lru_cache(maxsize=8192)
def kinds_in_some_sense(a: str, b: str) -> bool:
    """Round s39: one verb is, in some WordNet sense, a kind of the other, or they share a sense,
    and they are no opposites: "collect" (collect.v.02, call for and obtain) is a kind of "take"
    (take.v.08, take into one's possession). Looser than ``predicates_near``, which reads only
    the frequent senses and never a light verb: for two accounts that already name one thing
    done ("the sample"), where the thing picks the sense."""
    if a == b:
        return True
    if _opposites(a, b):
        return False
    return any(x == y or _one_a_kind_of_the_other(x, y) for x in senses_of(a, "v") for y in senses_of(b, "v"))


def things_alike(a: Participant, b: Participant) -> bool:
    """Round s39: two phrases for one thing acted on (``same_participant``: a shared naming word,
    a shared actor, or close phrase embeddings: "her urine sample" / "Ilka Brandvold's sample",
    "the contract" / "the agreement"), never two different actors of the story ("Brandvold's
    sample" / "Oldemeer's sample"). Not two kinds of one thing in WordNet ("a press conference"
    / "meetings": two gatherings)."""
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    return same_participant(a, b)


def _numbers(phrase: str) -> frozenset[str]:
    from spacy.lang.en.lex_attrs import like_num

    return frozenset(w.lower() for w in re.findall(r"[\w.,]+", phrase) if like_num(w.strip(".,")))


def _one_a_kind_of_the_other(x, y) -> bool:
    from storylens.wordnet import is_kind_of

    return is_kind_of(x, y.name()) or is_kind_of(y, x.name())


def conflicting(a: Participant, b: Participant) -> bool:
    """Two phrases that name two different things: two actors of the story, two counts ("22
    flights" / "18 flights"), or two common nouns that are not one participant ("the cutter" /
    "the flight", "14 branches" / "the door"). A name beside a common noun may be that name's
    kind ("the Tollan" / "the river", "Corran Mutual" / "the society"): no conflict; nor one count
    told twice ("two of our captains" / "two of its members")."""
    if same_participant(a, b):
        return False
    if a.actors and b.actors:
        return True
    numbers_a, numbers_b = _numbers(a.phrase), _numbers(b.phrase)
    if numbers_a and numbers_b:
        return not numbers_a & numbers_b
    return not (a.actors or b.actors)


def _near_in_meaning(a: Happening, b: Happening) -> bool:
    """Round s34: two outlets' accounts of one day whose predicates are near in meaning
    (``predicates_near``) and whose participants do not name different things (``conflicting``):
    who acted and what it was done to ("the Tollan burst its banks" / "the river broke through
    the levee"). Who acted in one may be what the other tells of ("the river broke through the
    levee" / "the levee gave way"). Another act of the same bank ("closed 14 branches" /
    "capped withdrawals") is not near in meaning; an act on something else ("closed 14 branches"
    / "slammed the door on its savers") names another thing: two happenings."""
    # one verb of telling with the same thing told as its object ("reported vibration"): one act
    told_alike = a.predicate == b.predicate and is_verb_of_communication(a.predicate) and _any_same(a.patients, b.patients)
    if not (told_alike or any(predicates_near(x, y) for x in a.predicates for y in b.predicates)):
        return False

    def told_elsewhere(agent: Participant, other: Happening) -> bool:
        return any(same_participant(agent, p) for p in other.others)

    agents_a = [x for x in a.agents if not told_elsewhere(x, b)]
    agents_b = [y for y in b.agents if not told_elsewhere(y, a)]
    if any(conflicting(x, y) for x in agents_a for y in agents_b):
        return False
    if any(conflicting(x, y) for x in a.patients for y in b.patients):
        return False
    # where, by name: both name places or parties and none of them agree ("flames were seen at
    # Dunmoor" / "flames were seen at Perl")
    names_a, names_b = [p for p in a.others if _a_name(p)], [p for p in b.others if _a_name(p)]
    return not (names_a and names_b and not _any_same(names_a, names_b))


def _a_name(participant: Participant) -> bool:
    """An actor of the story, or a capitalised head WordNet does not know as a common word."""
    if participant.actors:
        return True
    return bool(re.search(r"\b" + re.escape(participant.head[:1].upper() + participant.head[1:]) + r"\b", participant.phrase)) and not _common_word(
        participant.head
    )


def measures(happening: Happening) -> bool:
    """What was done is a level or an amount, a number of a unit ("the river reached 5.8 metres",
    "shares fell 6 per cent"; not "moved armoured units"): a measurement, not the act another
    report of the day tells."""
    return any(
        _numbers(p.phrase) and first_sense(p.head) is not None and first_sense(p.head).lexname() == "noun.quantity"
        for p in happening.others
    )


@lru_cache(maxsize=1)
def _start_and_end_senses() -> tuple[frozenset, frozenset]:
    """WordNet's senses of beginning ("begin", "start": get_down.v.07, begin.v.02, ...) that have
    an opposite, and those opposites (end.v.01, end.v.02, stop.v.01): read from WordNet's
    antonyms, not listed here."""
    starts, ends = set(), set()
    for word in ("begin", "start"):
        for sense in senses_of(word, "v"):
            opposites = {o.synset().name() for lemma in sense.lemmas() for o in lemma.antonyms()}
            if opposites:
                starts.add(sense.name())
                ends.update(opposites)
    return frozenset(starts), frozenset(ends)


@lru_cache(maxsize=8192)
def course_phase(verb: str) -> str | None:
    """What a verb tells of a happening's course, by its most frequent WordNet sense: its start
    ("began", "broke out", "erupted": kinds of begin) or its end ("ended", "finished",
    "completed": kinds of end); None for a verb that tells the happening itself ("rioted", "ran
    riot", "stormed"). Issue 19, round s38: "began on Sunday evening and ended yesterday morning"
    are two points of one happening, not one act dated twice."""
    from storylens.wordnet import kinds_of

    senses = senses_of(verb, "v")[:1]
    if not senses:
        return None
    kinds = kinds_of(senses[0])
    starts, ends = _start_and_end_senses()
    if kinds & ends:
        return "end"
    return "start" if kinds & starts else None


def phase_of(mention: EventMention, happening: Happening | None = None) -> str | None:
    """The course phase a mention tells of a happening named as its subject ("the riot began",
    "the unrest broke out", "the siege ended"): the phrasal verb when WordNet knows one ("broke
    through" is no "break", an interruption), else the verb. An agent's act on a happening
    ("police ended the blockade") is an act of its own, which other outlets tell in other words
    ("cleared the picket"): no phase."""
    if happening is None or not happening.subject_acts:
        return None
    return course_phase(happening.phrasal or mention.trigger)


def end_and_not_end(a: str | None, b: str | None) -> bool:
    """One mention tells a happening's end and the other its start or the happening itself
    ("ran riot on Saturday night" / "the riot ended yesterday"): two points in time, never one
    act dated twice. A start and the happening itself are one date: a happening is dated by its
    onset."""
    return a != b and "end" in (a, b)
