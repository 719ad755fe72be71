"""The storylens store: SQLite by default, PostgreSQL by URL, migrated with Alembic.

    store = open_store()                  # the user's default SQLite file ($STORYLENS_DB overrides)
    store = open_store("runs/news.db")    # a file path means SQLite
    store = open_store("postgresql://user@host/db")
"""

from __future__ import annotations

import os
from typing import Optional, Union

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from storylens.errors import Errors, StorylensError
from storylens.store.engine import create_store_engine, default_url, engine_url
from storylens.store.repository import Store
from storylens.store.summaries import OutletSummary, SearchHit, StorySummary


def open_store(url: Optional[Union[str, os.PathLike]] = None) -> Store:
    """Open the store at ``url`` (default: :func:`default_url`), migrating it to the latest schema.

    ``url`` is a SQLAlchemy URL (``sqlite:///...``, ``postgresql://...``) or a SQLite file path.
    """
    from storylens.store import migrate

    url = engine_url(os.fspath(url) if url else default_url())
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        engine = create_store_engine(url)
    except (SQLAlchemyError, ImportError, OSError) as e:
        raise StorylensError(Errors.E007.format(url=shown, detail=e)) from e
    try:
        migrate.upgrade(engine)
    except (SQLAlchemyError, OSError) as e:
        engine.dispose()
        raise StorylensError(Errors.E007.format(url=shown, detail=str(e).splitlines()[0])) from e
    return Store(engine, url=url)


__all__ = ["open_store", "default_url", "Store", "StorySummary", "SearchHit", "OutletSummary"]
