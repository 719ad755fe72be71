"""The shipped Alembic migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from storylens.store import migrate, open_store
from storylens.store.engine import create_store_engine, engine_url
from storylens.store.schema import include_name, metadata

TABLES = {t.name for t in metadata.sorted_tables}


def test_a_fresh_database_is_migrated_to_head(store_url):
    with open_store(store_url) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert TABLES <= set(inspect(store.engine).get_table_names())


def test_the_migrations_create_exactly_schema_py(store_url):
    with open_store(store_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_opening_a_migrated_store_again_keeps_its_data(store_url, records):
    with open_store(store_url) as store:
        store.save_story(records.make_story())
    with open_store(store_url) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert store.load_story("s1").to_dict() == records.make_story().to_dict()
        assert [h.article_id for h in store.search("mutiny")] == ["a1"]


def test_downgrade_to_nothing_and_back(store_url):
    engine = create_store_engine(engine_url(store_url))
    try:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "base")
        assert not TABLES & set(inspect(engine).get_table_names())
        migrate.upgrade(engine)
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path):
    with open_store(tmp_path / "plain-path.db") as store, store.engine.connect() as connection:
        assert store.url.startswith("sqlite:///") and (tmp_path / "plain-path.db").exists()
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_processes_opening_a_new_store_at_once_all_succeed(store_url):
    # The web app and a CLI run may both be the first to open a store.
    import subprocess
    import sys

    code = "import sys; from storylens.store import open_store; open_store(sys.argv[1]).close()"
    runs = [subprocess.Popen([sys.executable, "-c", code, store_url], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], errors
    with open_store(store_url) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
