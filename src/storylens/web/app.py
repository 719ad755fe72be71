"""The web app: the same store and templates as the CLI and the report.

Pages and the JSON API are thin handlers over `web.service`; `/story/ID` and
`/story/ID.json` come from the same stored Story, so the page and the API cannot disagree.
What keeps other sites out (Host names, cross-site writes, body size, headers) is in
`web.security`; what uploaded URLs may reach is `ingest.url_policy.PUBLIC_WEB_ONLY`.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Iterable, Optional

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import Scope

from storylens import __version__
from storylens.web import api, pages
from storylens.web.security import LOOPBACK_NAMES, WebSafety, allowed_host_names
from storylens.web.service import MAX_REQUEST_BYTES, WebService

ANY_ADDRESS = ("0.0.0.0", "::")


def create_app(*, db: Optional[str] = None, token: Optional[str] = None, host: str = "127.0.0.1",
               allowed_hosts: Iterable[str] = (), store=None) -> FastAPI:
    """Build the app over the store at ``db``. Off loopback, write endpoints need ``token``.
    Requests are answered only when their Host is a loopback name, ``host``, or in ``allowed_hosts``."""
    from storylens.store import open_store

    service = WebService(store or open_store(db), token=token, require_token=host not in LOOPBACK_NAMES or token is not None)

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
        responses={400: {"description": "A Host name this server does not serve, or a malformed form"}},
    )
    app.state.service = service
    app.include_router(api.router)
    app.include_router(pages.router)

    def error_page(scope: Scope, status: int, message: str, headers: Optional[dict] = None) -> Response:
        if _is_api(scope["path"]):
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        page = service.render("web_error.html", message=message, page_title=f"Error {status}")
        return HTMLResponse(page, status_code=status, headers=headers)

    async def on_http_error(request: Request, exc: HTTPException) -> Response:
        if _is_api(request.url.path) or exc.status_code < 400:
            return await http_exception_handler(request, exc)
        return error_page(request.scope, exc.status_code, str(exc.detail), exc.headers)  # e.g. Allow on a 405

    async def on_invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request.url.path):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return error_page(request.scope, 422, f"The request was not understood: {problems}.")

    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    # Added last = runs first: security headers go on every answer, the Host refusal included.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_host_names(host, allowed_hosts))
    app.add_middleware(WebSafety, error_response=error_page, max_body_bytes=MAX_REQUEST_BYTES)
    return app


def _is_api(path: str) -> bool:
    return path.startswith("/api/") or path.endswith(".json")


def startup_warnings(*, host: str, token: Optional[str], allowed_hosts: Iterable[str] = ()) -> list[str]:
    """What `storylens serve` says before it starts, for a setup that may not do what was meant."""
    warnings = []
    if host not in LOOPBACK_NAMES and token is None:
        warnings.append(
            f"serving on {host} without a token: nobody can add articles (uploads answer 401). "
            "To allow them, restart with --token TOKEN (or set STORYLENS_TOKEN=TOKEN) and give the token "
            "to the people who may add articles."
        )
    if host in ANY_ADDRESS and not list(allowed_hosts):
        warnings.append(
            f"only requests addressed to {', '.join(LOOPBACK_NAMES)} are answered (others get 400): "
            "add --allowed-host NAME for each name or address clients use to reach this server."
        )
    return warnings
