"""The store: write and read articles, analyses, stories and rejected inputs.

Every write method is one transaction (``engine.begin()``): if anything in it fails, the
database is left exactly as the previous write left it. Records go in and come out; no
SQLAlchemy object leaves this module.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterable, Iterator, Optional, Sequence

from sqlalchemy import Connection, Engine, Table, delete, func, insert, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storylens.records import Article, ArticleAnalysis, Rejected, Story
from storylens.store import fulltext
from storylens.store.engine import SQLITE_BEGIN_OPTION
from storylens.store.schema import (
    actors,
    analyses,
    articles,
    claims,
    events,
    mentions,
    quotes,
    rejected,
    sentences,
    stories,
    story_articles,
    story_redirects,
)
from storylens.store.summaries import OutletSummary, SearchHit, StorySummary

# Keeps IN (...) lists well under SQLite's and psycopg's parameter limits.
CHUNK = 500
# How long a run waits for another run's story-joining step before giving up.
WRITE_LOCK_WAIT_SECONDS = 900
_WRITE_LOCK_KEY = 0x5354_4F52  # the PostgreSQL advisory-lock key of the store ("STOR")
STORY_ITEM_TABLES = (story_articles, actors, events, claims, quotes)


class Store:
    """Articles, their analyses and the stories built from them, in one database."""

    def __init__(self, engine: Engine, *, url: str):
        self.engine = engine
        self.url = url  # the SQLAlchemy URL, password included, so workers can reopen it
        self._locked = threading.local()  # the connection holding the write lock, per thread

    def __repr__(self) -> str:
        return f"Store({self.engine.url!r})"  # SQLAlchemy masks the password here

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # --- the write lock -------------------------------------------------------------

    @contextmanager
    def write_lock(self, *, wait_seconds: float = WRITE_LOCK_WAIT_SECONDS) -> Iterator["Store"]:
        """Hold the store's write lock for a read-then-write step (read stored stories, cluster,
        write): no other process or thread writes in between, so two runs at once cannot each
        build a story from the same stale reading. Every read and write of this Store made in the
        block (on this thread) runs in the one locked transaction, committed at the end, rolled
        back on an error. SQLite: ``BEGIN IMMEDIATE`` (readers go on, under WAL); PostgreSQL: a
        transaction-scoped advisory lock. Waits up to ``wait_seconds`` for another holder."""
        if getattr(self._locked, "connection", None) is not None:
            yield self  # already held on this thread
            return
        connection = self._acquire(wait_seconds)
        self._locked.connection = connection
        try:
            yield self
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            self._locked.connection = None
            connection.close()

    def _acquire(self, wait_seconds: float, *, advisory: bool = True) -> Connection:
        deadline = time.monotonic() + wait_seconds
        while True:
            connection = self.engine.connect()
            try:
                if self.engine.dialect.name == "sqlite":
                    connection.execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"})
                    connection.begin()
                else:
                    connection.begin()
                    if advisory:
                        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK_KEY})
                return connection
            except OperationalError:
                # SQLite gives up after its busy timeout; keep asking until our own deadline.
                connection.close()
                if time.monotonic() >= deadline:
                    raise
            except BaseException:
                connection.close()
                raise

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction (or the held lock's). On SQLite it takes the write lock up front
        and waits for it as ``write_lock`` does, so a write made while another run holds the lock
        for a long step waits for it instead of failing after SQLite's busy timeout."""
        held = getattr(self._locked, "connection", None)
        if held is not None:
            yield held
            return
        if self.engine.dialect.name != "sqlite":
            with self.engine.begin() as connection:
                yield connection
            return
        connection = self._acquire(WRITE_LOCK_WAIT_SECONDS, advisory=False)
        try:
            yield connection
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.close()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        held = getattr(self._locked, "connection", None)
        if held is not None:
            yield held
            return
        with self.engine.connect() as connection:
            yield connection

    # --- writes ---------------------------------------------------------------------

    def save_analyses(self, analyses_: Sequence[ArticleAnalysis]) -> None:
        """Store each analysis with its article, sentences and mentions.

        Saving an article id again replaces what was stored for it (the last one given wins),
        so a re-run never duplicates anything.
        """
        latest = {a.article.id: a for a in analyses_}
        now = _now()
        with self._writing() as connection:
            for ids in _chunks(list(latest)):
                batch = [latest[i] for i in ids]
                _write_articles(connection, [a.article for a in batch])
                for table in (sentences, mentions):
                    connection.execute(delete(table).where(table.c.article_id.in_(ids)))
                _insert(connection, sentences, [row for a in batch for row in _sentence_rows(a)])
                _insert(connection, mentions, [row for a in batch for row in _mention_rows(a)])
                analysis_rows = [{"article_id": a.article.id, "data": a.to_dict(), "saved": now} for a in batch]
                _upsert(connection, analyses, analysis_rows, keys=["article_id"])

    def save_story(self, story: Story, *, replaces: Sequence[str] = ()) -> None:
        """Store ``story`` (and its articles' current metadata), replacing a story with the same id
        and, in the same transaction, the stories ``replaces`` names (a story that grew); their
        ids then redirect to ``story.id`` (see ``resolve_story_id``)."""
        now = _now()
        with self._writing() as connection:
            # An id that is a story again is no longer a redirect.
            connection.execute(delete(story_redirects).where(story_redirects.c.old_id == story.id))
            for old in replaces:
                if old != story.id:
                    _redirect(connection, old, story.id, now)
                    _delete_story(connection, old)
            _write_articles(connection, story.articles)
            _upsert(
                connection,
                stories,
                [{"id": story.id, "title": story.title, "data": story.to_dict(), "created": now, "updated": now}],
                keys=["id"],
                keep=["created"],
            )
            for table in STORY_ITEM_TABLES:
                connection.execute(delete(table).where(table.c.story_id == story.id))
            article_ids = list(dict.fromkeys(a.id for a in story.articles))
            _insert(connection, story_articles, [{"story_id": story.id, "article_id": a} for a in article_ids])
            _insert(connection, actors, [{"id": a.id, "name": a.name, "type": a.type} for a in story.actors], story.id)
            _insert(connection, events, [{"id": e.id, "date": e.date, "data": e.to_dict()} for e in story.timeline], story.id)
            _insert(connection, claims, [{"id": c.id, "status": c.status, "data": c.to_dict()} for c in story.claims], story.id)
            _insert(
                connection,
                quotes,
                [{"id": q.id, "kind": q.kind, "speaker": q.speaker, "data": q.to_dict()} for q in story.quotes],
                story.id,
            )

    def save_rejected(self, rejected_: Sequence[Rejected], *, run_id: Optional[str] = None) -> None:
        """Record inputs a run could not use, and why."""
        if not rejected_:
            return
        now = _now()
        with self._writing() as connection:
            connection.execute(insert(rejected), [{"run_id": run_id, "source": r.source, "reason": r.reason, "at": now} for r in rejected_])

    # --- reads ----------------------------------------------------------------------

    def known_article_ids(self) -> set[str]:
        """Ids of the articles whose analysis is stored (so need not be computed again)."""
        with self._reading() as connection:
            return set(connection.scalars(select(analyses.c.article_id)))

    def load_article(self, article_id: str) -> Optional[Article]:
        with self._reading() as connection:
            row = connection.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        return _article(row) if row else None

    def load_articles(self, article_ids: Iterable[str]) -> list[Article]:
        """The stored articles of ``article_ids``, in that order; unknown ids are skipped."""
        wanted = list(dict.fromkeys(article_ids))
        found = {}
        with self._reading() as connection:
            for chunk in _chunks(wanted):
                for row in connection.execute(select(articles).where(articles.c.id.in_(chunk))).mappings():
                    found[row["id"]] = _article(row)
        return [found[i] for i in wanted if i in found]

    def load_analyses(self, article_ids: Optional[Iterable[str]] = None) -> list[ArticleAnalysis]:
        """The stored analyses of ``article_ids`` (all when None), in that order; unknown ids are skipped.

        The ``article`` of each carries the metadata stored last (a story saved later may
        have brought a manifest's outlet or title).
        """
        query = select(analyses.c.data, articles).join(articles, articles.c.id == analyses.c.article_id)
        with self._reading() as connection:
            if article_ids is None:
                rows = list(connection.execute(query.order_by(analyses.c.article_id)).mappings())
            else:
                wanted = list(dict.fromkeys(article_ids))
                found = {}
                for chunk in _chunks(wanted):
                    for row in connection.execute(query.where(analyses.c.article_id.in_(chunk))).mappings():
                        found[row["id"]] = row
                rows = [found[i] for i in wanted if i in found]
        result = []
        for row in rows:
            analysis = ArticleAnalysis.from_dict(row["data"])
            analysis.article = _article(row)
            result.append(analysis)
        return result

    def story_members(self) -> dict[str, list[str]]:
        """Story id -> the ids of its articles, for every stored story."""
        members: dict[str, list[str]] = {}
        with self._reading() as connection:
            rows = select(story_articles.c.story_id, story_articles.c.article_id).order_by(
                story_articles.c.story_id, story_articles.c.article_id
            )
            for story_id, article_id in connection.execute(rows):
                members.setdefault(story_id, []).append(article_id)
        return members

    def delete_story(self, story_id: str) -> None:
        """Remove a story and its items; its articles and their analyses stay."""
        with self._writing() as connection:
            _delete_story(connection, story_id)
            connection.execute(delete(story_redirects).where(story_redirects.c.new_id == story_id))

    def resolve_story_id(self, story_id: str) -> Optional[str]:
        """``story_id`` if it is a stored story; the id of the story that replaced it if it grew
        into another one; None otherwise."""
        with self._reading() as connection:
            if connection.scalar(select(stories.c.id).where(stories.c.id == story_id)) is not None:
                return story_id
            query = (
                select(stories.c.id)
                .join(story_redirects, story_redirects.c.new_id == stories.c.id)
                .where(story_redirects.c.old_id == story_id)
            )
            return connection.scalar(query)

    def article_dates(self) -> dict[str, Optional[str]]:
        """Article id -> its publication date (ISO, as stored), for every stored article."""
        with self._reading() as connection:
            return dict(connection.execute(select(articles.c.id, articles.c.published)).all())

    def load_story(self, story_id: str) -> Optional[Story]:
        with self._reading() as connection:
            data = connection.scalar(select(stories.c.data).where(stories.c.id == story_id))
        return Story.from_dict(data) if data is not None else None

    def list_stories(self, *, query: Optional[str] = None, outlet: Optional[str] = None) -> list[StorySummary]:
        """Stories, most recently saved first; ``query`` matches article text and titles or the
        story title, ``outlet`` keeps stories with an article from that outlet (any case)."""
        statement = (
            select(
                stories.c.id,
                stories.c.title,
                func.count(articles.c.id).label("n_articles"),
                func.min(articles.c.published).label("first_date"),
                func.max(articles.c.published).label("last_date"),
            )
            .select_from(stories.outerjoin(story_articles).outerjoin(articles))
            .group_by(stories.c.id, stories.c.title, stories.c.updated)
            .order_by(stories.c.updated.desc(), stories.c.id)
        )
        if outlet:
            with_outlet = select(story_articles.c.story_id).join(articles).where(func.lower(articles.c.outlet) == outlet.lower())
            statement = statement.where(stories.c.id.in_(with_outlet))
        if query:
            conditions = [stories.c.title.icontains(query, autoescape=True)]
            matching = fulltext.matching_article_ids(self.engine.dialect.name, query)
            if matching is not None:
                conditions.append(stories.c.id.in_(select(story_articles.c.story_id).where(story_articles.c.article_id.in_(matching))))
            statement = statement.where(or_(*conditions))
        with self._reading() as connection:
            rows = list(connection.execute(statement).mappings())
            outlets_by_story = _outlets_by_story(connection, [r["id"] for r in rows])
        return [
            StorySummary(
                id=r["id"],
                title=r["title"],
                n_articles=r["n_articles"],
                outlets=outlets_by_story.get(r["id"], []),
                first_date=r["first_date"],
                last_date=r["last_date"],
            )
            for r in rows
        ]

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Articles whose text or title contain every word of ``query``, best match first."""
        with self._reading() as connection:
            matches = fulltext.search(connection, query, limit=limit)
            ids = [article_id for article_id, _ in matches]
            titles: dict[str, Optional[str]] = {}
            story_of: dict[str, str] = {}
            for chunk in _chunks(ids):
                titles.update(connection.execute(select(articles.c.id, articles.c.title).where(articles.c.id.in_(chunk))).all())
                holders = (
                    select(story_articles.c.article_id, story_articles.c.story_id)
                    .join(stories)
                    .where(story_articles.c.article_id.in_(chunk))
                    .order_by(stories.c.updated, stories.c.id)
                )
                # Ordered oldest first, so the latest story holding an article wins.
                story_of.update(connection.execute(holders).all())
        return [SearchHit(article_id=i, story_id=story_of.get(i), title=titles.get(i), snippet=snippet) for i, snippet in matches]

    def outlets(self) -> list[OutletSummary]:
        """Each outlet with its number of stored articles and the stories they appear in."""
        with self._reading() as connection:
            counts = connection.execute(
                select(articles.c.outlet, func.count(articles.c.id)).where(articles.c.outlet.is_not(None)).group_by(articles.c.outlet)
            ).all()
            summaries = {outlet: OutletSummary(outlet=outlet, n_articles=n) for outlet, n in counts}
            pairs = connection.execute(
                select(articles.c.outlet, story_articles.c.story_id)
                .distinct()
                .join(story_articles, story_articles.c.article_id == articles.c.id)
                .where(articles.c.outlet.is_not(None))
                .order_by(story_articles.c.story_id)
            ).all()
            for outlet, story_id in pairs:
                summaries[outlet].story_ids.append(story_id)
        return sorted(summaries.values(), key=lambda s: (s.outlet.casefold(), s.outlet))


# --- helpers ------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _upsert(connection: Connection, table: Table, rows: list[dict], *, keys: list[str], keep: Sequence[str] = ()) -> None:
    """Insert ``rows``, or update every column but ``keys`` and ``keep`` where the key exists."""
    if not rows:
        return
    dialect_insert = sqlite_insert if connection.dialect.name == "sqlite" else postgresql_insert
    statement = dialect_insert(table)
    changes = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys and c.name not in keep}
    connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes), rows)


def _insert(connection: Connection, table: Table, rows: list[dict], story_id: Optional[str] = None) -> None:
    """Insert story items, numbering them in story order."""
    if not rows:
        return
    if story_id is not None:
        rows = [{"story_id": story_id, "position": i, **row} for i, row in enumerate(rows)]
    connection.execute(insert(table), rows)


def _sentence_rows(analysis: ArticleAnalysis) -> list[dict]:
    article_id = analysis.article.id
    # Keyed by start: a sentence listed twice is stored once.
    by_start = {s.start: {"article_id": article_id, "start": s.start, "end": s.end} for s in analysis.sentences}
    return list(by_start.values())


def _mention_rows(analysis: ArticleAnalysis) -> list[dict]:
    article_id = analysis.article.id
    return [
        {"article_id": article_id, "position": i, "start": m.span.start, "end": m.span.end, "type": m.type, "actor": m.actor}
        for i, m in enumerate(analysis.mentions)
    ]


def _write_articles(connection: Connection, articles_: Iterable[Article]) -> None:
    latest = {a.id: a for a in articles_}
    if not latest:
        return
    _upsert(connection, articles, [_article_row(a) for a in latest.values()], keys=["id"])
    fulltext.index_articles(connection, latest.values())


def _article_row(article: Article) -> dict:
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "published_inferred": bool(article.published_inferred),
        "url": article.url,
        "copy_of": article.copy_of,
        "text": article.text,
        "metadata_sources": dict(article.metadata_sources or {}),
    }


def _article(row) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        outlet=row["outlet"],
        title=row["title"],
        author=row["author"],
        published=row["published"],
        published_inferred=bool(row["published_inferred"]),
        url=row["url"],
        copy_of=row["copy_of"],
        metadata_sources=dict(row["metadata_sources"] or {}),
    )


def _outlets_by_story(connection: Connection, story_ids: list[str]) -> dict[str, list[str]]:
    result: dict[str, set[str]] = {}
    for chunk in _chunks(story_ids):
        pairs = connection.execute(
            select(story_articles.c.story_id, articles.c.outlet)
            .join(articles)
            .where(story_articles.c.story_id.in_(chunk), articles.c.outlet.is_not(None))
        ).all()
        for story_id, outlet in pairs:
            result.setdefault(story_id, set()).add(outlet)
    return {story_id: sorted(outlets, key=str.casefold) for story_id, outlets in result.items()}


def _redirect(connection: Connection, old_id: str, new_id: str, at: datetime) -> None:
    """Send ``old_id``, and every id that already led to it, to ``new_id`` (no chains to follow)."""
    connection.execute(story_redirects.update().where(story_redirects.c.new_id == old_id).values(new_id=new_id, at=at))
    _upsert(connection, story_redirects, [{"old_id": old_id, "new_id": new_id, "at": at}], keys=["old_id"])


def _delete_story(connection, story_id: str) -> None:
    for table in STORY_ITEM_TABLES:
        connection.execute(delete(table).where(table.c.story_id == story_id))
    connection.execute(delete(stories).where(stories.c.id == story_id))
