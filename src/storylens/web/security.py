"""What keeps other sites and oversized requests out: Host allow-list, same-origin writes,
security headers, and a request-body cap enforced while the body streams in.

The app may run on a laptop's loopback while its user browses the web, so any page the user
opens can send requests to it. Browsers send ``Origin`` (and ``Sec-Fetch-Site``) with every
cross-origin write and the page cannot forge them, so a write whose ``Origin`` or ``Referer``
names another origin is refused; a request with neither comes from a tool such as curl, not
from a page (off loopback it still needs the token). A page can also reach the app through a
DNS name of its own that resolves to 127.0.0.1 (DNS rebinding); such requests carry that name
in ``Host``, hence the Host allow-list.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

# Pages have no script; styles are inline (the report's style sheet).
PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
# FastAPI's Swagger page loads its script and style from a CDN and starts them inline.
DOCS_CSP = ("default-src 'none'; script-src https://cdn.jsdelivr.net 'unsafe-inline'; style-src https://cdn.jsdelivr.net; "
            "img-src https://fastapi.tiangolo.com data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'")
DOCS_PATH = "/api/docs"

ErrorResponse = Callable[[Scope, int, str], Response]


def allowed_host_names(bind_host: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host names the app answers: loopback names, the address it is bound to (unless it is
    the any-address), and the names an operator adds (``serve --allowed-host``)."""
    names = list(LOOPBACK_NAMES)
    if bind_host not in ("0.0.0.0", "::", ""):
        names.append(bind_host)
    names.extend(extra)
    # Starlette compares the Host without its port; an IPv6 literal arrives in brackets.
    return list(dict.fromkeys(names + [f"[{n}]" for n in names if ":" in n]))


def cross_origin_refusal(headers: Headers) -> Optional[str]:
    """Why a state-changing request looks like it comes from another site's page, or None."""
    host = headers.get("host", "")
    if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        return f"a page of another site may not write here (Sec-Fetch-Site: {headers['sec-fetch-site']})"
    for name in ("origin", "referer"):
        value = headers.get(name)
        if value is None:
            continue
        if urlsplit(value).netloc.lower() != host.lower():  # also the opaque Origin "null"
            return f"{name.title()} {value!r} is not this server ({host})"
        return None
    return None  # no browser page behind it


class WebSafety:
    """ASGI middleware: refuses cross-origin writes, caps request bodies at ``max_body_bytes``
    while they stream, and puts the security headers on every response.
    ``error_response(scope, status, message)`` renders a refusal the way the app renders its
    other errors. (FastAPI's own ``max_body_size`` answers a plain-text 413 of its own whenever
    the declared length is over, so an upload page could not say what the limit is.)"""

    def __init__(self, app: ASGIApp, *, error_response: ErrorResponse, max_body_bytes: int):
        self.app = app
        self.error_response = error_response
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_security_headers(scope, send)
        headers = Headers(scope=scope)
        if scope["method"] in UNSAFE_METHODS:
            refusal = cross_origin_refusal(headers)
            if refusal:
                await self.error_response(scope, 403, f"Cross-site request refused: {refusal}.")(scope, receive, send)
                return
        await self.app(scope, _capped(receive, headers, self.max_body_bytes), send)


def _capped(receive: Receive, headers: Headers, limit: int) -> Receive:
    """``receive`` that raises 413 before reading a body declared too large, or as soon as a
    streamed one grows past ``limit``; the app's error handlers turn it into the response."""
    received = 0
    too_large = HTTPException(413, f"The request is over the {limit // (1024 * 1024)} MB limit.")

    async def receive_capped() -> Message:
        nonlocal received
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise too_large
        return message

    return receive_capped


def _with_security_headers(scope: Scope, send: Send) -> Send:
    csp = DOCS_CSP if scope["path"].startswith(DOCS_PATH) else PAGE_CSP

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _SECURITY_HEADER_NAMES]
            headers += [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"x-frame-options", b"DENY"), (b"referrer-policy", b"same-origin")]
            message = {**message, "headers": headers}
        await send(message)

    return send_with_headers


_SECURITY_HEADER_NAMES = {b"content-security-policy", b"x-content-type-options", b"x-frame-options", b"referrer-policy"}
