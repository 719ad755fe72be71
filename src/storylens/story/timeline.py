"""Cross-outlet timeline (issue 3): event mentions of all articles merged into dated entries.

Two mentions dated the same day report the same happening when
- their triggers are the same content verb ("launched" / "launched"), or
- they come from different articles and name the same person or organisation in their clauses
  (places and nationalities are too broad: half the story happens "in Russia"), or
- one of them names no actor at all ("when the tensions broke out June 23"): such a clause
  describes the day's main happening, so it joins the entry most outlets report that day.

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

from storylens.records import DateConflict, Event, EventMention, EventSource, SourceRef
from storylens.story.context import StoryContext

# Verbs that say that something was said or shown, not what happened: never a merge key alone.
LIGHT_TRIGGERS = frozenset(
    "be have do say tell report give make take go get come state add write note claim call see "
    "show begin start continue".split()
)
CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
STOPWORDS = frozenset(
    "that this with from have been were their there they them which what when where while about "
    "after before into over also more most some such than then very will would could should just "
    "only other its his her our your".split()
)
MERGING_ACTOR_TYPES = frozenset({"PERSON", "ORG"})
CONFLICT_WINDOW_DAYS = 2
ARGUMENT_WINDOW = 4  # words after the trigger in which its object noun sits
DESCRIPTION_WORDS = 30


@dataclass
class _Item:
    article: str
    outlet: str | None
    published: str
    mention: EventMention
    actors: set[str] = field(default_factory=set)  # actor ids (persons, organisations)


def build_timeline(context: StoryContext) -> list[Event]:
    items = _items(context)
    groups = _merge_same_day(items)
    groups = _merge_date_conflicts(groups)
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
                offset = clause.text.find(name)
                start = clause.start + offset if offset >= 0 else None
                actor_id = context.actor_for(name, article.id, start)
                if actor_id and types.get(actor_id) in MERGING_ACTOR_TYPES:
                    actors.add(actor_id)
            items.append(_Item(article.id, article.outlet, article.published or "9999", mention, actors))
    return items


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)

    def groups(self) -> list[list[int]]:
        by_root: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            by_root[self.find(i)].append(i)
        return list(by_root.values())


def _same_happening(a: _Item, b: _Item) -> bool:
    if a.mention.trigger == b.mention.trigger and a.mention.trigger not in LIGHT_TRIGGERS:
        return True
    # A shared actor is enough only within one day: over a month or a year it does many things.
    return len(a.mention.date) == 10 and a.article != b.article and bool(a.actors & b.actors)


def _merge_same_day(items: list[_Item]) -> list[list[_Item]]:
    groups: list[list[_Item]] = []
    by_date: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        by_date[item.mention.date].append(item)
    for day_items in by_date.values():
        named = [i for i in day_items if i.mention.actors]
        unnamed = [i for i in day_items if not i.mention.actors]
        union = _UnionFind(len(named))
        for x in range(len(named)):
            for y in range(x + 1, len(named)):
                if _same_happening(named[x], named[y]):
                    union.union(x, y)
        day_groups = [[named[i] for i in members] for members in union.groups()]
        main = max(day_groups, key=_support, default=None)
        for item in unnamed:
            if main is not None and _support(main) > 1 and len(item.mention.date) == 10:
                main.append(item)
            else:
                day_groups.append([item])
        groups.extend(day_groups)
    return groups


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
    """Join groups of different outlets a day or two apart that name the same happening."""
    union = _UnionFind(len(groups))
    days = [_day(g[0].mention.date) for g in groups]
    for x in range(len(groups)):
        for y in range(x + 1, len(groups)):
            if days[x] is None or days[y] is None or days[x] == days[y]:
                continue
            if abs((days[x] - days[y]).days) > CONFLICT_WINDOW_DAYS:
                continue
            if any(_dated_differently(a, b) for a in groups[x] for b in groups[y]):
                union.union(x, y)
    return [[item for g in members for item in groups[g]] for members in union.groups()]


def _dated_differently(a: _Item, b: _Item) -> bool:
    """Two outlets' mentions whose triggers govern the same noun: one happening, two dates."""
    if (a.outlet or a.article) == (b.outlet or b.article):
        return False
    return bool(_argument_words(a) & _argument_words(b))


def _main_date(group: list[_Item]) -> str:
    """The date most outlets give; ties go to the date of the earliest-published report."""
    outlets_by_date: dict[str, set[str]] = defaultdict(set)
    for item in group:
        outlets_by_date[item.mention.date].add(item.outlet or item.article)
    first_reported = {d: min(i.published for i in group if i.mention.date == d) for d in outlets_by_date}
    return min(outlets_by_date, key=lambda d: (-len(outlets_by_date[d]), first_reported[d], d))


def _source(item: _Item) -> EventSource:
    m = item.mention
    return EventSource(item.article, item.outlet, m.sentence, time_expression=m.time_expression, trigger=m.trigger)


def _event(group: list[_Item], context: StoryContext) -> Event:
    main = _main_date(group)
    sources, conflicts = [], defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for item in sorted(group, key=lambda i: (i.published, i.article, i.mention.sentence.start)):
        key = (item.article, item.mention.sentence.start)
        if item.mention.date == main:
            if key not in seen:
                sources.append(_source(item))
                seen.add(key)
        else:
            conflicts[item.mention.date].append(SourceRef(item.article, item.outlet, item.mention.sentence))
    actors = Counter(a for item in group for a in item.actors)
    main_items = [i for i in group if i.mention.date == main]
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
    )


def _description(items: list[_Item]) -> str:
    """A source clause, verbatim: the shortest one that names an actor, without its time phrase."""
    def rank(item: _Item) -> tuple:
        clause = item.mention.clause or item.mention.sentence
        starts_sentence = clause.start - item.mention.sentence.start < 25  # a main clause
        return (not item.actors, not item.mention.actors, not starts_sentence, abs(len(clause.text.split()) - 15))

    mention = min(items, key=rank).mention
    clause = mention.clause or mention.sentence
    if len(clause.text.split()) < 5:  # a clause cut short by the parse ("reported on Friday")
        clause = mention.sentence
    text = clause.text
    if mention.time_expression and clause.start <= mention.time_expression.start < clause.end:
        # Drop a leading "On Saturday," so the description starts with who did what.
        head = text[: mention.time_expression.end - clause.start]
        if re.fullmatch(r"\s*(?:(?:on|in|by|at|earlier|late|early|also)\s+)*" + re.escape(mention.time_expression.text), head, re.IGNORECASE):
            text = text[len(head):].lstrip(" ,;")
    words = text.split()
    description = " ".join(words[:DESCRIPTION_WORDS]) + (" …" if len(words) > DESCRIPTION_WORDS else "")
    return description[:1].upper() + description[1:] if description else mention.trigger
