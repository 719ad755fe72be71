"""The web app: the same store and templates as the CLI and the report.

Pages and the JSON API are thin handlers over `web.service`; `/story/ID` and
`/story/ID.json` come from the same stored Story, so the page and the API cannot disagree.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Optional

from fastapi import FastAPI

from storylens import __version__
from storylens.web import api, pages
from storylens.web.service import WebService

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def create_app(*, db: Optional[str] = None, token: Optional[str] = None, host: str = "127.0.0.1", store=None) -> FastAPI:
    """Build the app over the store at ``db``. Off loopback, write endpoints need ``token``."""
    from storylens.store import open_store

    service = WebService(store or open_store(db), token=token, require_token=host not in LOOPBACK or token is not None)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        service.close()

    app = FastAPI(
        lifespan=lifespan,
        title="storylens",
        version=__version__,
        description="Stories built from many outlets' articles: timeline, claims, actors, quotes, framing, brief.",
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
    )
    app.state.service = service
    app.include_router(api.router)
    app.include_router(pages.router)

    return app
