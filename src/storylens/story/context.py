"""What every cross-article step of one story gets: the analyses plus lookups over them."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from storylens.records import Actor, ArticleAnalysis, Article, SourceRef, Span


@dataclass
class StoryContext:
    analyses: list[ArticleAnalysis]
    actors: list[Actor] = field(default_factory=list)
    # (article id, mention start, mention end) -> actor id, filled by story.actors.merge_actors
    actor_of_mention: dict[tuple[str, int, int], str] = field(default_factory=dict)
    # lower-cased surface form -> actor id (any spelling seen in this story)
    actor_of_name: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.articles: dict[str, Article] = {a.article.id: a.article for a in self.analyses}
        # Looked up, not scanned: steps ask once per label, clause or mention, and a scan per
        # question grows with the square of a long article (built when first asked).
        self._sentence_starts: dict[str, tuple[list[int], list[Span]]] = {}
        self._mention_index: dict[str, tuple[list[int], list[tuple[int, int, int, tuple[str, int, int]]], int]] = {}
        self._indexed_mentions = -1

    def outlet(self, article_id: str) -> Optional[str]:
        return self.articles[article_id].outlet

    def report_id(self, article_id: str) -> str:
        """Id of the independent report an article belongs to: near-duplicate copies share one."""
        article = self.articles[article_id]
        return article.copy_of or article.id

    def source_key(self, article_id: str) -> str:
        """What counts once when counting independent sources: the outlet, or the wire report
        when several outlets run copies of it, or the article itself when the outlet is unknown."""
        article = self.articles[article_id]
        if article.copy_of:
            return "report:" + article.copy_of
        return "outlet:" + (article.outlet or article.id)

    def sentence_of(self, span: Span) -> Span:
        """The sentence of ``span``'s article that contains its start."""
        if span.article not in self._sentence_starts:
            analysis = next(a for a in self.analyses if a.article.id == span.article)
            self._sentence_starts[span.article] = ([s.start for s in analysis.sentences], analysis.sentences)
        starts, sentences = self._sentence_starts[span.article]  # in text order, not overlapping
        n = bisect_right(starts, span.start) - 1
        return sentences[n] if n >= 0 and span.start < sentences[n].end else span

    def source_ref(self, span: Span) -> SourceRef:
        return SourceRef(span.article, self.outlet(span.article), span)

    def actor_for(self, name: str, article_id: str | None = None, start: int | None = None) -> Optional[str]:
        """Actor id for a mention (by exact position when known, else by its spelling)."""
        if article_id is not None and start is not None:
            key = self._mention_at(article_id, start)
            if key is not None:
                return self.actor_of_mention[key]
        return self.actor_of_name.get(name.lower())

    def _mention_at(self, article_id: str, start: int) -> Optional[tuple[str, int, int]]:
        """The key of ``actor_of_mention`` that holds character ``start`` of the article, the
        first one filled should several."""
        if self._indexed_mentions != len(self.actor_of_mention):  # indexed anew once filled
            entries = defaultdict(list)
            for order, key in enumerate(self.actor_of_mention):
                entries[key[0]].append((key[1], key[2], order, key))
            self._mention_index = {}
            for aid, found in entries.items():
                found.sort()
                self._mention_index[aid] = ([f[0] for f in found], found, max(e - s for s, e, _, _ in found))
            self._indexed_mentions = len(self.actor_of_mention)
        if article_id not in self._mention_index:
            return None
        starts, found, longest = self._mention_index[article_id]
        holding = []
        n = bisect_right(starts, start) - 1
        while n >= 0 and starts[n] > start - longest:  # no mention that starts earlier can reach start
            if start < found[n][1]:
                holding.append(found[n])
            n -= 1
        return min(holding, key=lambda f: f[2])[3] if holding else None

    def actor_name(self, actor_id: str) -> str:
        return next((a.name for a in self.actors if a.id == actor_id), actor_id)
