"""Alembic environment for the storylens store.

``open_store`` hands over its own connection (``config.attributes["connection"]``) so the
migrations run with the same SQLite pragmas and in one transaction. From the command line
the URL comes from ``-x url=...``, else ``STORYLENS_DB``, else the default store.
"""

from __future__ import annotations

from alembic import context

from storylens.store.engine import create_store_engine, engine_url, default_url
from storylens.store.schema import include_name, metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_name=include_name,
        compare_type=True,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or default_url()
    engine = create_store_engine(engine_url(url))
    try:
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("storylens migrations run online only: give -x url=... (SQLite path or postgresql:// URL)")
run_migrations_online()
