"""Where the store lives and how to connect to it.

SQLite by default (a file in the user's data folder), PostgreSQL with a ``postgresql://``
URL (through psycopg 3). A plain file path means SQLite.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

ENV_VAR = "STORYLENS_DB"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_BEGIN_OPTION = "storylens_sqlite_begin"  # execution option: the statement that opens a transaction


def default_url() -> str:
    """``$STORYLENS_DB``, else ``$XDG_DATA_HOME/storylens/storylens.db`` (``~/.local/share`` by default)."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return f"sqlite:///{Path(data_home) / 'storylens' / 'storylens.db'}"


def engine_url(url: str) -> str:
    """The SQLAlchemy URL for what a user typed: a file path, a SQLite or a PostgreSQL URL."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    scheme, rest = url.split("://", 1)
    # psycopg 3 is the driver we ship (extra "postgres"); SQLAlchemy would pick psycopg2.
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def create_store_engine(url: str) -> Engine:
    """An engine for ``url`` (already through :func:`engine_url`), set up for the store."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    memory = parsed.database in (None, "", ":memory:")
    if not memory:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # The web app reads from request threads while one worker writes.
    options: dict = {"connect_args": {"check_same_thread": False}}
    if memory:
        options["poolclass"] = StaticPool  # an in-memory database exists per connection: keep one
    engine = create_engine(url, **options)
    _configure_sqlite(engine, wal=not memory)
    return engine


def _set_wal(cursor) -> None:
    """Switch the database to WAL. Two processes opening a new store at once can both ask, and
    SQLite may answer "database is locked" at once rather than through its busy handler, so ask
    again until the busy timeout has passed."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # every statement of a write (DDL included) is inside the one BEGIN below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if wal:
            # Readers (the web app) never block the writer, nor the writer them.
            _set_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # Migrations read then write: they ask for the write lock up front (IMMEDIATE), or a
        # second process migrating at the same time would fail on a stale read snapshot.
        connection.exec_driver_sql(connection.get_execution_options().get(SQLITE_BEGIN_OPTION, "BEGIN"))
