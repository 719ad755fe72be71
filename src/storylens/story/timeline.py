"""Cross-outlet timeline (issue 3): event mentions of all articles merged into dated entries.

Two mentions dated the same day (or the same month or year) report the same happening when they
agree on who did what (``story.happenings``, round s29): the participants ``nlp/event_rules/arguments``
read from the parse (agent; patient, place and other prepositional objects), the predicate
(one act in WordNet: "clearance" / "clear") and the time of day. Different agents ("rebels" /
"the army") or clock times hours apart ("at 5 a.m." / "at noon") are two happenings whatever
else the clauses share. Where the participants do not decide (a pronoun agent, participants
told in words that match neither by name, word nor phrase embedding), the clause comparison of
earlier rounds is kept:
- their triggers are the same content verb, unless their clauses are unrelated (MiniLM
  embedding cosine below UNRELATED_BELOW), or
- they come from different articles, name the same person or organisation and their clauses
  are close enough (cosine at least SAME_ACTOR_FROM), or
- they come from different articles and their clauses say the same in other words (cosine at
  least PARAPHRASE_FROM).
A clause naming no one and no thing, only a situation ("when the tensions broke out June 23"),
joins the entry most outlets report that day.

Clauses are compared as happenings: without their time phrase and without the subordinate
clauses that date or explain them (``EventMention.asides``: "after the freighter sank"), and a
name standing only in such a clause is no participant.

An undated article's "June 24th" takes the story's year.

Then entries of different outlets a day or two apart whose triggers govern the same noun
("went on a March of Justice" June 23 / "began a march on Moscow" June 24) are one happening
dated differently: they become one entry at the date most sources give (ties: the date of the
earliest-published report), and the other dates go to ``date_conflicts``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np

from storylens.ingest.datelines import dateline_length
from storylens.records import DateConflict, Event, EventMention, EventSource, SourceRef, Span
from storylens.story.context import StoryContext
from storylens.story.embeddings import embed
from storylens.story.happenings import (
    Happening,
    agents_differ,
    conflicting,
    embed_participants,
    end_and_not_end,
    happening_of,
    kinds_in_some_sense,
    measures,
    names_another_act,
    names_one_thing,
    names_related,
    names_who_or_what,
    phase_of,
    predicates_near,
    responds_to_the_other,
    same_happening,
    things_alike,
    times_of_day_apart,
    two_doers_of_one_act,
)
from storylens.story.union_find import UnionFind
from storylens.nlp.wordnet import senses_of

# Verbs that say that something was said or shown, not what happened: never a merge key alone.
LIGHT_TRIGGERS = frozenset(
    "be have do say tell report give make take go get come state add write note claim call see "
    "show begin start continue".split()
)
# Verbs of saying and showing: their date is when it was said, not when what is said happened.
REPORTING_TRIGGERS = frozenset("say tell report state add write note claim call see show announce".split())
# WordNet's files for happenings: a noun two outlets' verbs govern names one happening only if
# one of its two most frequent senses is an act or an event ("march", "strike", "vote").
HAPPENING_FILES = frozenset({"noun.act", "noun.event", "noun.phenomenon", "noun.process"})
CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
STOPWORDS = frozenset(
    "that this with from have been were their there they them which what when where while about "
    "after before into over also more most some such than then very will would could should just "
    "only other its his her our your".split()
)
MERGING_ACTOR_TYPES = frozenset({"PERSON", "ORG"})
CONFLICT_WINDOW_DAYS = 2
# Round s39: one act on one thing by one doer, told by two outlets with days that cannot both
# hold, is one entry with a date conflict up to a week apart ("signed the agreement on 2 May" /
# "signed the agreement on 5 May"); the looser joins above keep their two days.
SAME_ACT_WINDOW_DAYS = 7
# Cosine of MiniLM clause embeddings (time phrase removed). Measured on hand-made pairs: one
# happening in other words 0.55-0.70, different happenings of one story 0.0-0.4; on the seeds,
# clauses of one day that name the same person 0.28-0.83.
PARAPHRASE_FROM = 0.55
SAME_ACTOR_FROM = 0.4  # two things one actor did that day score below this
UNRELATED_BELOW = 0.2
ARGUMENT_WINDOW = 4  # words after the trigger in which its object noun sits
DESCRIPTION_WORDS = 30


@dataclass
class _Item:
    article: str
    outlet: str | None
    published: str
    mention: EventMention
    actors: set[str] = field(default_factory=set)  # actor ids (persons, organisations)
    vector: np.ndarray | None = None  # the clause's sentence embedding, unit length
    happening: Happening | None = None  # who did what, when the parse gave participants


def build_timeline(context: StoryContext) -> list[Event]:
    items = _with_story_year(_items(context), context)
    # "taken after she crossed the line on 4 October" dates the taking only as after that day
    # (round s39): no entry of its own, only a report joined to another outlet's entry of the act
    bounded = [i for i in items if i.mention.bound]
    items = [i for i in items if not i.mention.bound]
    _embed_clauses(items)
    embed_participants([i.happening for i in items + bounded if i.happening is not None])
    groups = _merge_same_day(items)
    groups = _merge_date_conflicts(groups)
    groups = _with_bounded_reports(groups, bounded)
    events = [_event(group, context) for group in groups]
    events.sort(key=lambda e: (e.date, -len(e.sources), e.id))
    return events


def _items(context: StoryContext) -> list[_Item]:
    types = {actor.id: actor.type for actor in context.actors}
    items = []
    for analysis in context.analyses:
        article = analysis.article
        for mention in analysis.event_mentions:
            clause = mention.clause or mention.sentence
            actors = set()
            for name in mention.actors:
                starts = [clause.start + m.start() for m in re.finditer(re.escape(name), clause.text)]
                outside = [s for s in starts if not any(a.start <= s < a.end for a in mention.asides)]
                if starts and not outside:
                    continue  # named only in "after it struck the freighter X": no participant
                actor_id = context.actor_for(name, article.id, outside[0] if outside else None)
                if actor_id and types.get(actor_id) in MERGING_ACTOR_TYPES:
                    actors.add(actor_id)
            item = _Item(article.id, article.outlet, article.published or "9999", mention, actors)
            if mention.arguments:
                item.happening = happening_of(mention, lambda argument: _actors_named(context, article.id, mention, argument))
            items.append(item)
    return items


def _actors_named(context: StoryContext, article_id: str, mention: EventMention, argument) -> set[str]:
    """The story's actors (any type) a participant's phrase names. A phrase outside the clause
    (the name "she" stands for, round s39) is looked up by its place in the article."""
    found = set()
    for name in mention.actors:
        at = argument.span.text.find(name)
        if at >= 0:
            actor_id = context.actor_for(name, article_id, argument.span.start + at)
            if actor_id:
                found.add(actor_id)
    clause = mention.clause or mention.sentence
    if not found and not clause.start <= argument.span.start < clause.end:
        actor_id = context.actor_for(argument.span.text, article_id, argument.span.start)
        if actor_id:
            found.add(actor_id)
    return found


def _similarity(a: _Item, b: _Item) -> float:
    if a.vector is None or b.vector is None:
        return 0.0
    return float(a.vector @ b.vector)


def _same_happening(a: _Item, b: _Item) -> bool:
    """Who did what (``story.happenings``) when the parse gave both mentions participants.
    Otherwise (mentions stored before round s29, or whose participants are all pronouns), as
    before: same trigger or a shared actor, unless the clauses say plainly different things (an
    actor does several things in a day); or, across outlets, clauses that say the same thing in
    other words ("a blast tore through the hospital" / "an explosion hit the hospital").
    A deadline ("given until September 30th") is never the same as a happening of its day."""
    if a.mention.deadline != b.mention.deadline or _start_and_end(a, b):
        return False
    if a.happening is not None and b.happening is not None:
        if same_happening(a.happening, b.happening, across_articles=a.article != b.article, one_day=len(a.mention.date) == 10):
            return True
        # Participants told in words the parse does not match ("he brokered a deal with X" /
        # "X announced a retreat"): the clause comparison below decides, but never over
        # different agents or times of day.
        if agents_differ(a.happening, b.happening) or times_of_day_apart(a.happening.time_of_day, b.happening.time_of_day):
            return False
        if two_doers_of_one_act(a.happening, b.happening):
            return False  # "she crossed the line" (Brandvold) / "Oldemeer crossed the line"
        if a.happening.says != b.happening.says:
            return False  # a denial and a visit: a speech act and another act
        if responds_to_the_other(a.happening, b.happening):
            return False  # "an inquiry into the explosion was opened" / "a rocket exploded"
        if any(conflicting(x, y) for x in a.happening.patients for y in b.happening.patients):
            return False  # "an inquiry was opened" / "a statement was issued": two things done
        if names_another_act(a.happening, b.happening):
            return False
        if measures(a.happening) != measures(b.happening):
            return False  # "the Tollan reached 5.8 metres at the gauge" is no account of its flooding
    elif a.happening is not None or b.happening is not None:
        # one names participants, the other none: only the same act can join them
        return a.mention.trigger == b.mention.trigger and a.mention.trigger not in LIGHT_TRIGGERS
    similarity = _similarity(a, b)
    if a.mention.trigger == b.mention.trigger and a.mention.trigger not in LIGHT_TRIGGERS:
        return similarity >= UNRELATED_BELOW
    # A shared actor is enough only within one day: over a month or a year it does many things.
    if len(a.mention.date) == 10 and a.article != b.article and a.actors & b.actors:
        return similarity >= SAME_ACTOR_FROM
    return a.article != b.article and len(a.mention.date) == 10 and similarity >= PARAPHRASE_FROM


def _merge_same_day(items: list[_Item]) -> list[list[_Item]]:
    groups: list[list[_Item]] = []
    by_date: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        by_date[item.mention.date].append(item)
    for day_items in by_date.values():
        union = UnionFind(range(len(day_items)))
        for x in range(len(day_items)):
            for y in range(x + 1, len(day_items)):
                if _same_happening(day_items[x], day_items[y]):
                    union.union(x, y)
        day_groups = [[day_items[i] for i in members] for members in union.groups()]
        named = [g for g in day_groups if any(i.mention.actors for i in g)]
        main = max(named, key=_support, default=None)
        for group in day_groups:
            if group is main or len(group) > 1 or group[0].mention.actors or group[0].mention.according_to or group[0].mention.deadline:
                continue  # a speaker's account is no general word on the day's main happening
            item = group[0]
            if item.happening is None or item.happening.says or names_who_or_what(item.happening):
                # it says who or what, or names no one and nothing: either way it cannot be told
                # to be the day's main happening ("a storm warning at noon", issue 19 s30)
                continue  # it says who or what: a happening of its own ("a fishing boat was fired on")
            if item.happening is not None and any(
                other.happening is not None and times_of_day_apart(item.happening.time_of_day, other.happening.time_of_day)
                for other in main or []
            ):
                continue
            # A clause naming nobody ("when the tensions broke out June 23") describes the day's
            # main happening in general words, which embeddings do not match: it joins the
            # day's best-reported entry (a paraphrase of another entry was joined above).
            if main is not None and _support(main) > 1 and len(item.mention.date) == 10:
                main.append(item)
                group.clear()
        groups.extend(g for g in day_groups if g)
    return groups


def _with_story_year(items: list[_Item], context: StoryContext) -> list[_Item]:
    """An undated article's "June 24th" (``XXXX-06-24``) takes the story's year: the year most
    of its articles were published in, else the year most of its dated events fall in; with no
    year at all it is left out."""
    years = Counter((a.article.published or "")[:4] for a in context.analyses if a.article.published)
    if not years:
        years = Counter(i.mention.date[:4] for i in items if not i.mention.date.startswith("X"))
    year = years.most_common(1)[0][0] if years else None
    kept = []
    for item in items:
        if item.mention.date.startswith("XXXX"):
            if year is None:
                continue
            # in place: the article's mention then carries the date its timeline entry shows
            item.mention.date = year + item.mention.date[4:]
        kept.append(item)
    return kept


def _clause_text(item: _Item) -> str:
    """The clause as a happening: without its time phrase and without the subordinate clauses
    that date or explain it ("after the freighter sank"), which two different happenings of
    one day often share."""
    clause = item.mention.clause or item.mention.sentence
    left_out = [item.mention.time_expression, *item.mention.asides]
    cuts = sorted((s.start, s.end) for s in left_out if s is not None and clause.start <= s.start and s.end <= clause.end)
    pieces, position = [], clause.start
    for start, end in cuts:
        if start >= position:
            pieces.append(clause.text[position - clause.start : start - clause.start])
            position = end
    pieces.append(clause.text[position - clause.start :])
    return " ".join(" ".join(pieces).split())


def _embed_clauses(items: list[_Item]) -> None:
    """Unit-length embeddings of the clauses (without their time phrase), for days with several."""
    per_day = Counter(i.mention.date for i in items)
    wanted = [i for i in items if per_day[i.mention.date] > 1]
    if not wanted:
        return
    vectors = embed([_clause_text(i) for i in wanted])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    for item, vector in zip(wanted, vectors / np.maximum(norms, 1e-9)):
        item.vector = vector


def _support(group: list[_Item]) -> int:
    """How many articles report a group."""
    return len({item.article for item in group})


def _argument_words(item: _Item) -> set[str]:
    """Content words just after the trigger: the noun it governs ("began a march on Moscow")."""
    clause = item.mention.clause or item.mention.sentence
    offset = item.mention.trigger_span.end - clause.start
    if not 0 <= offset <= len(clause.text):
        return set()
    words = CONTENT_WORD.findall(clause.text[offset:])[:ARGUMENT_WINDOW]
    timex = item.mention.time_expression.text.lower() if item.mention.time_expression else ""
    return {w.lower() for w in words if w.lower() not in STOPWORDS and w.lower() not in timex} - _actor_words(item)


def _actor_words(item: _Item) -> set[str]:
    return {w.lower() for name in item.mention.actors for w in CONTENT_WORD.findall(name)}


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _merge_date_conflicts(groups: list[list[_Item]]) -> list[list[_Item]]:
    """Join groups of different outlets a day or two apart that name the same happening.
    A join is refused when one article has a mention in each group whose verbs govern the same
    happening noun: the article itself tells two happenings apart by their dates ("the strike
    began on Monday" ... "the union ended the strike on Wednesday"). Articles, not outlets: one
    outlet's two reports may date one happening differently, as two outlets may."""
    union = UnionFind(range(len(groups)))
    days = [_day(g[0].mention.date) for g in groups]
    members = {x: list(group) for x, group in enumerate(groups)}
    for x in range(len(groups)):
        for y in range(x + 1, len(groups)):
            if days[x] is None or days[y] is None or days[x] == days[y]:
                continue
            apart = abs((days[x] - days[y]).days)
            if apart > SAME_ACT_WINDOW_DAYS:
                continue
            near = apart <= CONFLICT_WINDOW_DAYS
            if not any(
                (near and (_dated_differently(a, b) or _one_act_on_days_that_agree(a, b)))
                or (not _can_both_hold(a, b) and _one_act_on_one_thing(a, b))
                for a in groups[x]
                for b in groups[y]
            ):
                continue
            root_x, root_y = union.find(x), union.find(y)
            if root_x == root_y or _one_article_tells_apart(members[root_x], members[root_y]):
                continue
            union.union(x, y)
            members[union.find(x)] = members[root_x] + members[root_y]
    return [[item for g in members_ for item in groups[g]] for members_ in union.groups()]


def _with_bounded_reports(groups: list[list[_Item]], bounded: list[_Item]) -> list[list[_Item]]:
    """A report dated only as after (before) another happening's day joins the entry another
    outlet gives of the same act on the same thing (``_one_act_on_one_thing``) within
    SAME_ACT_WINDOW_DAYS; ``_event`` then tells whether the entry's day is one it allows or a
    date conflict ("collected on 3 October" / "taken after she crossed the line on 4 October").
    With no such entry it is left out, as before round s39 (it has no day of its own)."""
    for item in bounded:
        bound_day = _day(item.mention.date)
        fitting = [
            group
            for group in groups
            if bound_day is not None
            and _day(group[0].mention.date) is not None
            and abs((_day(group[0].mention.date) - bound_day).days) <= SAME_ACT_WINDOW_DAYS
            and any(_one_act_on_one_thing(other, item) for other in group)
        ]
        if fitting:
            max(fitting, key=_support).append(item)
    return groups


def _one_act_on_one_thing(a: _Item, b: _Item) -> bool:
    """Round s39: two outlets tell one act done to one thing: predicates that WordNet makes one
    act (related, near, or one a kind of the other in some sense: "collected" / "taken"), what
    was acted on named alike by both ("her urine sample" / "Brandvold's sample", never two
    people's), and no different doers. Not a verb of saying (it dates the saying), a deadline, a
    plan against a happening, a response to the other, nor a start against an end."""
    if (a.outlet or a.article) == (b.outlet or b.article) or a.happening is None or b.happening is None:
        return False
    if a.mention.deadline or b.mention.deadline or a.mention.planned != b.mention.planned:
        return False
    if a.mention.trigger in REPORTING_TRIGGERS or b.mention.trigger in REPORTING_TRIGGERS or a.happening.says or b.happening.says:
        return False
    if _start_and_end(a, b) or agents_differ(a.happening, b.happening) or responds_to_the_other(a.happening, b.happening):
        return False
    if not any(names_related(x, y) or predicates_near(x, y) or kinds_in_some_sense(x, y) for x in a.happening.predicates for y in b.happening.predicates):
        return False
    patients_a, patients_b = a.happening.patients, b.happening.patients
    alike = [(x, y) for x in patients_a for y in patients_b if things_alike(x, y)]
    return bool(alike) and not any(conflicting(x, y) for x in patients_a for y in patients_b if (x, y) not in alike)


def _one_article_tells_apart(one: list[_Item], other: list[_Item]) -> bool:
    return any(
        a.article == b.article and a.mention.date != b.mention.date and _shared_happening(a, b)
        for a in one
        for b in other
    )


def _shared_happening(a: _Item, b: _Item) -> bool:
    return any(names_a_happening(word) for word in _argument_words(a) & _argument_words(b))


def _one_act_on_days_that_agree(a: _Item, b: _Item) -> bool:
    """Two outlets tell one act on one thing on days that can both hold ("the bridge reopened on
    Wednesday night" / "the bridge reopened at 1 a.m. on Thursday" / "had reopened by Thursday
    evening"): one happening, and no disagreement on its date (round s35)."""
    if (a.outlet or a.article) == (b.outlet or b.article) or a.happening is None or b.happening is None:
        return False
    if a.mention.deadline or b.mention.deadline or a.mention.planned != b.mention.planned:
        return False
    if not _can_both_hold(a, b) or agents_differ(a.happening, b.happening) or not _one_act(a, b):
        return False
    if a.mention.trigger in LIGHT_TRIGGERS or b.mention.trigger in LIGHT_TRIGGERS:
        return False
    if responds_to_the_other(a.happening, b.happening):
        return False
    # who acted or what it was done to names one thing in both
    doers_a, doers_b = a.happening.agents + a.happening.patients, b.happening.agents + b.happening.patients
    return any(names_one_thing(x, y) for x in doers_a for y in doers_b)


def _dated_differently(a: _Item, b: _Item) -> bool:
    """Two outlets' mentions whose triggers govern the same happening noun ("went on a march",
    "began a march"): one happening, two dates. A verb of saying dates the saying, not what is
    said; a shared noun for people or things ("pulled eleven sailors", "buried two sailors")
    is no shared happening."""
    if (a.outlet or a.article) == (b.outlet or b.article) or a.mention.deadline or b.mention.deadline:
        return False
    if _start_and_end(a, b):
        return False  # "the riot ended yesterday" / "ran riot on Saturday night": two points of it
    if a.mention.trigger in REPORTING_TRIGGERS or b.mention.trigger in REPORTING_TRIGGERS:
        return False
    if a.mention.arguments and b.mention.arguments:
        return _one_happening_named(a, b)
    return _shared_happening(a, b)


def _one_happening_named(a: _Item, b: _Item) -> bool:
    """With the parse's participants (round s33): the shared happening noun is what one of the
    two acts on, its object or the first word after its verb ("began a march on Moscow" / "went
    on a March of Justice"); a noun both name only further on, as a place ("banned fishing near
    the wreck" / "moved the booms to the wreck"), is where two acts happened, not one act dated
    twice. Two agents that name different things ("the ministry" / "the coast guard") are two
    acts."""
    if a.happening is not None and b.happening is not None and agents_differ(a.happening, b.happening):
        return False
    if not _one_act(a, b):
        return False  # "power was cut on Monday" / "power was restored on Wednesday": two acts on one thing
    shared = {w for w in _named_nouns(a) & _named_nouns(b) if names_a_happening(w)}
    return bool(shared & (_acted_on(a) | _acted_on(b)))


def _one_act(a: _Item, b: _Item) -> bool:
    """The two predicates can name one act: a light verb that leaves the act to its noun ("went
    on a march" / "began a march"), or verbs WordNet puts near each other. Two content verbs far
    apart ("cut" / "restore") are two acts on the thing both name, not one act dated twice; nor
    are a happening's end and its start ("began on Sunday" / "ended yesterday", round s38)."""
    if _start_and_end(a, b):
        return False
    if a.mention.trigger in LIGHT_TRIGGERS or b.mention.trigger in LIGHT_TRIGGERS:
        return True
    predicates_a = a.happening.predicates if a.happening is not None else [a.mention.trigger]
    predicates_b = b.happening.predicates if b.happening is not None else [b.mention.trigger]
    return any(names_related(x, y) or predicates_near(x, y) for x in predicates_a for y in predicates_b)


def _start_and_end(a: _Item, b: _Item) -> bool:
    """One mention tells a happening's end and the other its start or the happening itself
    (``happenings.course_phase``, round s38)."""
    return end_and_not_end(phase_of(a.mention, a.happening), phase_of(b.mention, b.happening))


def _named_nouns(item: _Item) -> set[str]:
    return {arg.head for arg in item.mention.arguments} | _argument_words(item)


def _acted_on(item: _Item) -> set[str]:
    """The predicate's object in the parse, or the first content word after it (the parse may
    miss the object: "began a march on the capital on May 4")."""
    objects = {arg.head for arg in item.mention.arguments if arg.role == "patient"}
    clause = item.mention.clause or item.mention.sentence
    offset = item.mention.trigger_span.end - clause.start
    first = CONTENT_WORD.search(clause.text[offset:]) if 0 <= offset <= len(clause.text) else None
    return objects | ({first.group(0).lower()} if first else set())


@lru_cache(maxsize=4096)
def names_a_happening(word: str) -> bool:
    """One of the two most frequent WordNet senses of the noun is an act or an event."""
    senses = senses_of(word)
    return any(sense.lexname() in HAPPENING_FILES for sense in senses[:2])


def _main_date(group: list[_Item]) -> str:
    """The date most outlets give; ties go to the date of the earliest-published report."""
    outlets_by_date: dict[str, set[str]] = defaultdict(set)
    dated = _dated_exactly(group)
    for item in dated:
        outlets_by_date[item.mention.date].add(item.outlet or item.article)
    first_reported = {d: min(i.published for i in dated if i.mention.date == d) for d in outlets_by_date}
    return min(outlets_by_date, key=lambda d: (-len(outlets_by_date[d]), first_reported[d], d))


def _dated_exactly(group: list[_Item]) -> list[_Item]:
    """The reports that give the entry a day of their own: not one dated only as after (before)
    another happening's day (round s39), which may hold with the entry's day or conflict with it."""
    return [i for i in group if not i.mention.bound]


def _source(item: _Item) -> EventSource:
    m = item.mention
    return EventSource(
        item.article, item.outlet, m.sentence, time_expression=m.time_expression, trigger=m.trigger,
        according_to=m.according_to, planned=m.planned, deadline=m.deadline,
    )


def _event(group: list[_Item], context: StoryContext) -> Event:
    main = _main_date(group)
    sources, conflicts = [], defaultdict(list)
    seen: set[tuple[str, int]] = set()
    at_main = [i for i in _dated_exactly(group) if i.mention.date == main]
    for item in sorted(group, key=lambda i: (i.published, i.article, i.mention.sentence.start)):
        key = (item.article, item.mention.sentence.start)
        # a day that can hold together with every report of the entry's day is no disagreement
        # ("restored by Thursday evening" / "restored on Wednesday night")
        if (item.mention.date == main and not item.mention.bound) or all(_can_both_hold(item, other) for other in at_main):
            if key not in seen:
                sources.append(_source(item))
                seen.add(key)
        else:
            conflicts[item.mention.date].append(SourceRef(item.article, item.outlet, item.mention.sentence))
    actors = Counter(a for item in group for a in item.actors)
    main_items = at_main
    digest = hashlib.sha1(
        main.encode() + b"|" + "|".join(f"{i.article}:{i.mention.sentence.start}" for i in main_items).encode()
    ).hexdigest()[:10]
    return Event(
        id=f"ev-{digest}",
        date=main,
        description=_description(main_items),
        actors=[a for a, _ in actors.most_common()],
        sources=sources,
        date_conflicts=[DateConflict(d, refs) for d, refs in sorted(conflicts.items())],
        according_to=_accounts_only(main_items),
        planned=all(i.mention.planned for i in main_items),
        deadline=all(i.mention.deadline for i in main_items),
    )


def _subject_before(mention: EventMention, clause: Span) -> Span | None:
    """The subject a conjoined verb shares with the verb before it (round s40): the clause opens
    with the verb ("ended yesterday morning") and its agent stands earlier in the sentence,
    before the first verb ("Unrest at Kelsey Jail began ... and ended ...")."""
    if mention.trigger_span.start != clause.start:
        return None
    return next(
        (a.span for a in mention.arguments if a.role == "agent" and mention.sentence.start <= a.span.start and a.span.end <= clause.start),
        None,
    )


NIGHT_FROM_HOUR = 20  # a clock time from this hour is in the night, which runs past midnight
SMALL_HOURS_UNTIL = 6  # a clock time of the next day before this hour may still be that night
EARLY_HOURS = re.compile(r"\bearly\b", re.IGNORECASE)
BOUND_BEFORE = re.compile(r"\b(?:by|no later than)\s+(?:the\s+)?$", re.IGNORECASE)


def _can_both_hold(a: _Item, b: _Item) -> bool:
    """Two days given for one happening that can both be true (round s35): a day that is only
    the latest it happened by ("power was restored by Thursday evening") holds with any day up
    to it; a night ("on Wednesday night", "at 11 p.m. on Wednesday") runs into the small hours of
    the next day ("at 1 a.m. on Thursday", "on Thursday"). Other different days cannot both hold:
    a date conflict."""
    day_a, day_b = _day(a.mention.date), _day(b.mention.date)
    if day_a is None or day_b is None or day_a == day_b:
        return True
    for bounded, other in ((a, b), (b, a)):
        if bounded.mention.bound and not other.mention.bound:
            # "taken after she crossed the line on 4 October": any day from then (up to then for "before")
            limit, day = _day(bounded.mention.date), _day(other.mention.date)
            return day >= limit if bounded.mention.bound == "after" else day <= limit
    earlier, later = (a, b) if day_a < day_b else (b, a)
    if _only_a_bound(later):
        return True
    if abs((day_b - day_a).days) != 1:
        return False
    return _in_the_night(earlier.mention.time_of_day) and _in_the_small_hours(later)


def _only_a_bound(item: _Item) -> bool:
    """The time expression follows "by": the happening took place on that day or before it."""
    timex, sentence = item.mention.time_expression, item.mention.sentence
    if timex is None or not sentence.start <= timex.start <= sentence.end:
        return False
    return bool(BOUND_BEFORE.search(sentence.text[: timex.start - sentence.start]))


def _in_the_night(time_of_day: str | None) -> bool:
    if not time_of_day:
        return False
    clock = re.match(r"(\d{2}):", time_of_day)
    return int(clock.group(1)) >= NIGHT_FROM_HOUR if clock else time_of_day.startswith("NI")


def _in_the_small_hours(item: _Item) -> bool:
    """A clock time before SMALL_HOURS_UNTIL ("at 1 a.m. on Thursday") or a day told as its
    early hours ("early on Thursday", "in the early hours of Thursday"). A day named alone ("on
    Tuesday" against "on Monday night") is another day (round s41): an outlet that meant the
    small hours after a night says so, and the audit read such pairs as a disagreement."""
    clock = re.match(r"(\d{2}):", item.mention.time_of_day or "")
    if clock:
        return int(clock.group(1)) < SMALL_HOURS_UNTIL
    timex, sentence = item.mention.time_expression, item.mention.sentence
    if timex is None or not sentence.start <= timex.start <= sentence.end:
        return False
    before = sentence.text[max(0, timex.start - sentence.start - 25) : timex.start - sentence.start]
    return bool(EARLY_HOURS.search(before + " " + timex.text))


def _accounts_only(items: list[_Item]) -> list[str]:
    """The speakers an entry rests on when every source of its date is someone's quoted account."""
    if not items or any(i.mention.according_to is None for i in items):
        return []
    return sorted({i.mention.according_to for i in items})


def _description(items: list[_Item]) -> str:
    """A source clause, verbatim, without its time phrase: the one that best states the
    happening. First a plain report (the predicate of a main clause with its own subject, not a
    participle, an event noun or a quotation: ``EventMention.statement``) that says who did it;
    among those, the one closest to the other reports of the entry (what they share, not one
    outlet's side of it); then one naming an actor, then the shortest."""
    def closeness(item: _Item) -> float:
        return round(sum(_similarity(item, other) for other in items if other is not item), 3)

    def rank(item: _Item) -> tuple:
        clause = item.mention.clause or item.mention.sentence
        starts_sentence = clause.start - item.mention.sentence.start < 25  # a main clause
        has_agent = item.happening is not None and bool(item.happening.agents)
        return (
            not (item.mention.statement and has_agent),
            not item.mention.statement,
            -closeness(item),
            not item.actors,
            not item.mention.actors,
            not starts_sentence,
            abs(len(clause.text.split()) - 15),
        )

    mention = min(items, key=rank).mention
    clause = mention.clause or mention.sentence
    subject = _subject_before(mention, clause)
    if len(clause.text.split()) < 5 and subject is None:  # a clause cut short by the parse ("reported on Friday")
        clause = mention.sentence
    text = clause.text
    dateline = dateline_length(text)
    if dateline:  # the sentence a short clause fell back to may open with "VARNHOLM — "
        clause = Span(clause.article, clause.start + dateline, clause.end, text[dateline:])
        text = clause.text
    if mention.time_expression and clause.start <= mention.time_expression.start < clause.end:
        # Drop a leading "On Saturday," so the description starts with who did what.
        head = text[: mention.time_expression.end - clause.start]
        if re.fullmatch(r"\s*(?:(?:on|in|by|at|earlier|late|early|also)\s+)*" + re.escape(mention.time_expression.text), head, re.IGNORECASE):
            rest = text[len(head):]
            # "On the day before the blast, inspectors ...": an expression ending in a preposition
            # goes on to its noun, up to the comma that closes the phrase
            if re.search(r"\b(?:before|after|of)$", mention.time_expression.text, re.IGNORECASE):
                closing = re.match(r"[^,;]{1,60}[,;]", rest)
                rest = rest[closing.end():] if closing else rest
            text = rest.lstrip(" ,;")
    if subject is not None:
        # "Unrest at Kelsey Jail began on Sunday evening and ended yesterday morning": the end's
        # entry is "Unrest at Kelsey Jail … ended yesterday morning", not the start told again
        text = f"{subject.text} … {text}"
    words = text.split()
    description = " ".join(words[:DESCRIPTION_WORDS]) + (" …" if len(words) > DESCRIPTION_WORDS else "")
    return description[:1].upper() + description[1:] if description else mention.trigger
