"""Online story clustering: each new article joins the story it reports on, or starts one.

An article is compared with a few candidate stories, never with every article seen: only
stories with a member within a few days of it (a day index blocks the search), and of those
only the ones whose centroid (the mean of their members' title-and-lead embeddings) is nearest,
so a stream costs time linear in its length. Joining a story updates only that story.

Within a candidate, the text evidence is *average link*: half the cosine to the best-matching
member, half the mean cosine over all members. A story that has drifted along a topic thread
(abortion after the Dobbs leak, gun bills after Uvalde) is far from a new article on average
even when its newest member is close, so separate stories on one topic in one week do not chain
into one; a story whose members all tell the same happening keeps a high mean. The date gap is
counted from the best-matching member: a report the same day as the one it resembles most.

Evidence can change what was decided:
- merge: an article close enough to two stories bridges them, and they become one;
- split: ``split(story)`` re-links a story's members pairwise and cuts it where nothing ties
  its parts together.
Every decision is a ``ClusterDecision`` saying which names, dates and nearest article
(and the sentence in it) tied the article to its story, and how similar they were.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

import numpy as np

from storylens.records import ArticleAnalysis, ClusterDecision, Record, Span
from storylens.story.leads import lead_mentions, lead_text, published_day
from storylens.story.union_find import UnionFind

Embedder = Callable[[list[str]], np.ndarray]


@dataclass
class StorySplit(Record):
    story: str
    parts: list[list[str]]  # article ids per part; the first part keeps the story id


@dataclass
class _Item:
    analysis: ArticleAnalysis
    vector: np.ndarray
    keys: frozenset[str]
    day: Optional[int]
    dates: frozenset[str]
    mentions: list[tuple[str, Span]]


@dataclass
class _Story:
    id: str
    members: list[_Item] = field(default_factory=list)
    vector_sum: np.ndarray | None = None
    keys: Counter = field(default_factory=Counter)
    days: list[int] = field(default_factory=list)

    def add(self, item: _Item) -> None:
        self.members.append(item)
        self.vector_sum = item.vector.copy() if self.vector_sum is None else self.vector_sum + item.vector
        self.keys.update(item.keys)
        if item.day is not None:
            self.days.append(item.day)

    def centroid(self) -> np.ndarray:
        return self.vector_sum / max(np.linalg.norm(self.vector_sum), 1e-9)

    def days_from(self, day: Optional[int]) -> Optional[int]:
        """Days between ``day`` and the story's mean day: its time centre, which (unlike its
        range) does not drift along a chain of loosely related articles."""
        if day is None or not self.days:
            return None
        return round(abs(day - sum(self.days) / len(self.days)))

    def days_between(self, day: Optional[int], member: _Item) -> Optional[int]:
        """Days between ``day`` and ``member``, or the story's mean day when the member is undated."""
        if day is not None and member.day is not None:
            return abs(day - member.day)
        return self.days_from(day)


class StoryClusterer:
    """Assign articles to stories one at a time; see the module docstring.

    ``threshold``: the evidence an article needs to join a story (average-link cosine of
    title-and-lead embeddings, plus ``name_weight`` times the rarity-weighted share of its lead's
    names the story already has, minus ``day_penalty`` per day from the best-matching member
    beyond ``grace_days``, at most ``max_day_penalty``, or ``undated_penalty`` when either side
    has no date).
    ``merge_threshold``: the evidence an article needs with a second story to bridge the two.
    ``window_days``: stories whose days are further away are not searched at all.
    """

    def __init__(
        self,
        *,
        threshold: float = 0.5,
        merge_threshold: float = 0.85,
        name_weight: float = 0.35,
        day_penalty: float = 0.1,
        grace_days: int = 1,
        undated_penalty: float = 0.3,
        max_day_penalty: float = 0.3,
        window_days: int = 30,
        candidates: int = 8,
        embedder: Embedder | None = None,
    ) -> None:
        self.threshold = threshold
        self.merge_threshold = merge_threshold
        self.name_weight = name_weight
        self.day_penalty = day_penalty
        self.grace_days = grace_days
        self.undated_penalty = undated_penalty
        self.max_day_penalty = max_day_penalty
        self.window_days = window_days
        self.candidates = candidates
        self._embedder = embedder
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._by_day: dict[Optional[int], set[str]] = defaultdict(set)
        # One row per story: its normalised centroid, kept up to date as members join, so a
        # search gathers the candidate rows instead of recomputing every centroid.
        self._centroids = np.zeros((0, 0), dtype=np.float32)
        self._row: dict[str, int] = {}
        self._key_df: Counter = Counter()  # in how many articles each name key appeared
        self._n_articles = 0
        self._next_id = 0

    # -- public API ---------------------------------------------------------------------------

    def add(self, analysis: ArticleAnalysis, *, vector: np.ndarray | None = None) -> ClusterDecision:
        if vector is None:
            vector = self._embed([lead_text(analysis)])[0]
        item = self._counted_item(analysis, vector)
        ranked = self._rank(item)
        if not ranked or ranked[0][0] < self.threshold:
            story = self._new_story()
            decision = ClusterDecision(article=analysis.article.id, story=story.id, joined=False)
            if ranked:
                decision = self._explain(item, ranked[0], joined=False, story_id=story.id)
            self._attach(story, item)
            return decision
        best = ranked[0]
        decision = self._explain(item, best, joined=True, story_id=best[1].id)
        target = best[1]
        for score, other, *_ in ranked[1:]:
            if score >= self.merge_threshold and other.id in self._stories:
                self._merge(target, other)
                decision.merged.append(other.id)
        self._attach(target, item)
        return decision

    def add_many(self, analyses: Iterable[ArticleAnalysis], *, vectors: np.ndarray | None = None) -> list[ClusterDecision]:
        analyses = list(analyses)
        if vectors is None:
            vectors = self._embed([lead_text(a) for a in analyses])
        decisions = [self.add(a, vector=v) for a, v in zip(analyses, vectors)]
        return self._reconsider_alone(decisions)

    def _reconsider_alone(self, decisions: list[ClusterDecision]) -> list[ClusterDecision]:
        """Give each article of the batch that is still alone in the story it started a second
        look, once the whole batch has been placed. An article compared early meets a story
        that has not yet gathered the reports it resembles most (a sibling report arriving later
        in the batch joins the larger story instead of it), so without this the stories depend
        on the order the articles came in. It joins the best story that now clears the
        threshold; passes repeat while any article moves, each move being a join that the
        threshold allows at that time, so the loop ends."""
        by_article = {d.article: i for i, d in enumerate(decisions)}
        moved = True
        while moved:
            moved = False
            for article_id, index in by_article.items():
                if decisions[index].joined:
                    continue
                story = self._stories.get(self._story_of[article_id])
                if story is None or len(story.members) != 1:
                    continue
                item = story.members[0]
                self._drop(story)
                ranked = self._rank(item)
                if not ranked or ranked[0][0] < self.threshold:
                    self._restore(story)
                    continue
                target = ranked[0][1]
                decisions[index] = self._explain(item, ranked[0], joined=True, story_id=target.id)
                self._attach(target, item)
                moved = True
        return decisions

    def seed(self, analyses: list[ArticleAnalysis], *, vectors: np.ndarray | None = None) -> str:
        """Take a story formed earlier (read back from the store) as it is, so that new articles
        can join it; returns its id here. Nothing is decided or recomputed for its members."""
        if vectors is None:
            vectors = self._embed([lead_text(a) for a in analyses])
        story = self._new_story()
        for analysis, vector in zip(analyses, vectors):
            self._attach(story, self._counted_item(analysis, vector))
        return story.id

    def reach(self, article_days: Iterable[Optional[int]]) -> Callable[[Iterable[Optional[int]]], bool]:
        """A test of whether a story, given its members' days, can be a candidate for any of
        the articles dated ``article_days``, by the search's own rule: an undated article sees
        every story, a story with no date is seen by every article, otherwise a member must lie
        within ``window_days``. A caller holding many stored stories seeds only those in reach."""
        days = list(article_days)
        if any(d is None for d in days):
            return lambda story_days: True
        days.sort()

        def within(story_days: Iterable[Optional[int]]) -> bool:
            dated = [d for d in story_days if d is not None]
            if not dated:
                return True
            for day in dated:
                i = bisect.bisect_left(days, day - self.window_days)
                if i < len(days) and days[i] <= day + self.window_days:
                    return True
            return False

        return within

    def story_of(self, article_id: str) -> str:
        return self._story_of[article_id]

    def stories(self) -> dict[str, list[ArticleAnalysis]]:
        """Story id -> its articles' analyses, in the order they arrived."""
        return {sid: [m.analysis for m in s.members] for sid, s in self._stories.items()}

    def split(self, story_id: str, *, threshold: float | None = None) -> Optional[StorySplit]:
        """Cut a story whose members fall into groups that nothing ties together.

        Members are linked when their pairwise evidence reaches ``threshold`` (the join
        threshold by default); each connected group becomes a story. Quadratic in the
        story's size only, which is small next to the stream.
        """
        threshold = self.threshold if threshold is None else threshold
        story = self._stories[story_id]
        members = story.members
        if len(members) < 2:
            return None
        union = UnionFind(range(len(members)))
        vectors = np.stack([m.vector for m in members])
        cosines = vectors @ vectors.T
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                gap = None if members[i].day is None or members[j].day is None else abs(members[i].day - members[j].day)
                if self._evidence(float(cosines[i, j]), self._name_share(members[i].keys, members[j].keys), gap) >= threshold:
                    union.union(i, j)
        groups = [[members[i] for i in group] for group in union.groups()]
        if len(groups) == 1:
            return None
        parts = sorted(groups, key=len, reverse=True)
        self._drop(story)
        kept = _Story(story.id)
        self._stories[kept.id] = kept
        for item in parts[0]:
            self._attach(kept, item)
        for part in parts[1:]:
            new = self._new_story()
            for item in part:
                self._attach(new, item)
        return StorySplit(story=story_id, parts=[[m.analysis.article.id for m in p] for p in parts])

    # -- internals ----------------------------------------------------------------------------

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self._embedder is None:
            from storylens.story.embeddings import embed

            self._embedder = embed
        return self._embedder(texts)

    def _item(self, analysis: ArticleAnalysis, vector: np.ndarray) -> _Item:
        mentions = lead_mentions(analysis)
        end = max((s.end for s in analysis.sentences[:1]), default=0)
        dates = frozenset(t.value for t in analysis.time_expressions if t.value and t.span.start < max(end, 1000))
        return _Item(
            analysis=analysis,
            vector=np.asarray(vector, dtype=np.float32),
            keys=frozenset(k for k, _ in mentions),
            day=published_day(analysis.article),
            dates=dates,
            mentions=[(k, m.span) for k, m in mentions],
        )

    def _counted_item(self, analysis: ArticleAnalysis, vector: np.ndarray) -> _Item:
        """The article as the clusterer sees it, counted into the names' rarity (online IDF)."""
        item = self._item(analysis, vector)
        self._n_articles += 1
        self._key_df.update(item.keys)
        return item

    def _weight(self, key: str) -> float:
        """Rare names tie stories more than names every story has (an online IDF)."""
        return math.log((1 + self._n_articles) / (1 + self._key_df[key])) + 1.0

    def _name_share(self, keys: frozenset[str], other: Iterable[str]) -> float:
        """The weighted share of the article's names that the other side also names."""
        if not keys:
            return 0.0
        other = set(other)
        total = sum(self._weight(k) for k in keys)
        return sum(self._weight(k) for k in keys if k in other) / total

    def _evidence(self, cosine: float, name_share: float, days_apart: Optional[int]) -> float:
        # No date to go by counts as much against as a date far off (the default undated
        # penalty equals the cap): an undated article may be from any year of the stream.
        if days_apart is None:
            return cosine + self.name_weight * name_share - self.undated_penalty
        gap = max(0, days_apart - self.grace_days)
        # Capped: a follow-up weeks later still joins when what it reports is plainly the same.
        return cosine + self.name_weight * name_share - min(self.max_day_penalty, self.day_penalty * gap)

    def _candidates(self, item: _Item) -> list[_Story]:
        if item.day is None:  # undated: every story is a candidate (rare in a real stream)
            return list(self._stories.values())
        ids: set[str] = set()
        for day in range(item.day - self.window_days, item.day + self.window_days + 1):
            ids.update(self._by_day.get(day, ()))
        # A story with an undated member is still placed in time by its dated members: only a
        # story with no date at all is a candidate whenever. (Otherwise one undated article
        # makes its story a candidate for every article for ever, and topic threads chain
        # across years.)
        ids.update(i for i in self._by_day.get(None, ()) if not self._stories[i].days)
        return [self._stories[i] for i in ids]

    def _rank(self, item: _Item) -> list[tuple[float, _Story, float, _Item, Optional[int]]]:
        """(evidence, story, cosine to nearest member, nearest member, days apart), best first."""
        stories = self._candidates(item)
        if not stories:
            return []
        # The centroids only pick the few stories worth a closer look (a cheap matrix product).
        centroids = self._centroids[[self._row[s.id] for s in stories]]
        near = np.argsort(-(centroids @ item.vector))[: self.candidates]
        ranked = []
        for index in near:
            story = stories[int(index)]
            members = np.stack([m.vector for m in story.members])
            cosines = members @ item.vector
            best = int(np.argmax(cosines))
            cosine = float(0.5 * (cosines[best] + cosines.mean()))  # average link: see the module docstring
            days = story.days_between(item.day, story.members[best])
            score = self._evidence(cosine, self._name_share(item.keys, story.keys), days)
            ranked.append((score, story, float(cosines[best]), story.members[best], days))
        ranked.sort(key=lambda r: -r[0])
        return ranked

    def _explain(self, item: _Item, ranked, *, joined: bool, story_id: str) -> ClusterDecision:
        score, story, cosine, nearest, days = ranked
        shared = sorted(item.keys & set(story.keys), key=lambda k: -self._weight(k))
        sentence = _sentence_naming(nearest, set(shared))
        names = {}
        for key, span in item.mentions:  # show names as the article wrote them
            names.setdefault(key, span.text)
        return ClusterDecision(
            article=item.analysis.article.id,
            story=story_id,
            joined=joined,
            score=round(score, 4),
            text_similarity=round(cosine, 4),
            nearest_article=nearest.analysis.article.id,
            nearest_sentence=sentence,
            shared_actors=[names[k] for k in shared],
            shared_dates=sorted(item.dates & set().union(*(m.dates for m in story.members))),
            days_apart=days,
        )

    def _new_story(self) -> _Story:
        story = _Story(f"c{self._next_id}")
        self._next_id += 1
        self._stories[story.id] = story
        return story

    def _attach(self, story: _Story, item: _Item) -> None:
        story.add(item)
        if story.id not in self._row:
            if len(self._row) == len(self._centroids):  # grow by doubling: amortised O(1) per story
                grown = np.zeros((max(64, 2 * len(self._centroids)), len(item.vector)), dtype=np.float32)
                if len(self._centroids):
                    grown[: len(self._centroids)] = self._centroids
                self._centroids = grown
            self._row[story.id] = len(self._row)
        self._centroids[self._row[story.id]] = story.centroid()
        self._story_of[item.analysis.article.id] = story.id
        self._by_day[item.day].add(story.id)

    def _drop(self, story: _Story) -> None:
        del self._stories[story.id]
        for item in story.members:
            self._by_day[item.day].discard(story.id)

    def _restore(self, story: _Story) -> None:
        """Undo ``_drop`` for a story whose members were not moved."""
        self._stories[story.id] = story
        for item in story.members:
            self._by_day[item.day].add(story.id)

    def _merge(self, target: _Story, other: _Story) -> None:
        self._drop(other)
        for item in other.members:
            self._attach(target, item)


def _sentence_naming(item: _Item, keys: set[str]) -> Optional[Span]:
    """The lead sentence of ``item`` that names most of ``keys`` (its first sentence if none)."""
    sentences = item.analysis.sentences
    if not sentences:
        return None
    counts = Counter()
    for key, span in item.mentions:
        if key in keys:
            for i, sentence in enumerate(sentences):
                if sentence.start <= span.start < sentence.end:
                    counts[i] += 1
                    break
    index = counts.most_common(1)[0][0] if counts else 0
    return sentences[index]


def cluster_articles(analyses: list[ArticleAnalysis], **options) -> list[list[ArticleAnalysis]]:
    """Group analyses into stories; options go to ``StoryClusterer``."""
    return [group for group, _ in cluster_with_reasons(analyses, **options)]


def cluster_with_reasons(analyses: list[ArticleAnalysis], **options) -> list[tuple[list[ArticleAnalysis], list[ClusterDecision]]]:
    """Stories, each with the decision that placed each of its articles (what tied it: names,
    dates, the nearest article and its sentence).

    The articles are fed in publication order, as a stream would bring them; each story
    lists its articles, and their decisions, in the order they were given.
    """
    clusterer = StoryClusterer(**options)
    ordered = sorted(analyses, key=lambda a: a.article.published or "")
    decision_of = {d.article: d for d in clusterer.add_many(ordered)}
    position = {a.article.id: i for i, a in enumerate(analyses)}
    groups = [sorted(members, key=lambda a: position[a.article.id]) for members in clusterer.stories().values()]
    groups.sort(key=lambda g: position[g[0].article.id])
    return [(group, [decision_of[a.article.id] for a in group]) for group in groups]
