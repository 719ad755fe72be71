"""What every cross-article step of one story gets: the analyses plus lookups over them."""

from __future__ import annotations

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
        analysis = next(a for a in self.analyses if a.article.id == span.article)
        for sentence in analysis.sentences:
            if sentence.start <= span.start < sentence.end:
                return sentence
        return span

    def source_ref(self, span: Span) -> SourceRef:
        return SourceRef(span.article, self.outlet(span.article), span)

    def actor_for(self, name: str, article_id: str | None = None, start: int | None = None) -> Optional[str]:
        """Actor id for a mention (by exact position when known, else by its spelling)."""
        if article_id is not None and start is not None:
            for (aid, s, e), actor_id in self.actor_of_mention.items():
                if aid == article_id and s <= start < e:
                    return actor_id
        return self.actor_of_name.get(name.lower())

    def actor_name(self, actor_id: str) -> str:
        return next((a.name for a in self.actors if a.id == actor_id), actor_id)
