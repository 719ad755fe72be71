"""Run the store's Alembic migrations (shipped inside the package) from Python."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from storylens.store.engine import SQLITE_BEGIN_OPTION

HERE = Path(__file__).resolve().parent
# Any constant: the key of the PostgreSQL advisory lock that serialises concurrent migrations.
PG_MIGRATION_LOCK = 0x5354_4F52
# Alembic keeps the running migration context in a module global: one migration per process at a time.
_ALEMBIC_LOCK = threading.Lock()


def alembic_config() -> Config:
    config = Config(str(HERE / "alembic.ini"))
    # The ini says %(here)s/migrations already; set it again so a copied ini still works.
    config.set_main_option("script_location", str(HERE / "migrations"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` to ``revision``, in one transaction.

    Several processes may open a new store at once (web app and CLI): the first migrates,
    the others wait for it and then find nothing to do.
    """
    if revision == "head" and current_revision(engine) == head_revision():
        return  # the usual case: no write lock taken, so opening never waits for a running write
    with _migrating(engine) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    with _migrating(engine) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the database's migration lock."""
    with _ALEMBIC_LOCK, engine.connect().execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"}) as connection:
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})
            yield connection
