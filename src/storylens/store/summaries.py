"""Small read-only records the store returns for listings and search."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from storylens.records import Record


@dataclass
class StorySummary(Record):
    id: str
    title: str
    n_articles: int
    outlets: list[str] = field(default_factory=list)  # sorted; articles without an outlet are left out
    first_date: Optional[str] = None  # earliest / latest `published` of its articles
    last_date: Optional[str] = None


@dataclass
class SearchHit(Record):
    article_id: str
    story_id: Optional[str]  # the most recently saved story holding the article, if any
    title: Optional[str]
    snippet: str  # plain text around the match; escape it like any article text


@dataclass
class OutletSummary(Record):
    outlet: str
    n_articles: int
    story_ids: list[str] = field(default_factory=list)
