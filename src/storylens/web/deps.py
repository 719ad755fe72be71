"""Dependencies shared by the routers."""

import re
from typing import Annotated, Optional, TypeVar

from fastapi import Depends, Header, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from pydantic import AfterValidator

from storylens.web.service import MAX_UPLOAD_BYTES, UploadRefused, WebService

T = TypeVar("T")


def or_404(value: Optional[T], message: str) -> T:
    """``value``, or a 404 saying ``message`` when there is nothing."""
    if value is None:
        raise HTTPException(404, message)
    return value


def moved_or_404(request: Request, service: WebService, story_id: str, route: str) -> RedirectResponse:
    """For a story id that is not stored: a redirect to ``route`` of the story it grew into (a
    later run added articles to it), so old links keep working; else a 404. Temporary (307), not
    308: the store ends a redirect when its target is deleted or the old id is a story again,
    and browsers keep a permanent redirect for good."""
    new_id = service.store.resolve_story_id(story_id)
    if new_id is None or new_id == story_id:
        raise HTTPException(404, f"No story {story_id!r}; the list of stories is at / and /api/stories.")
    target = request.url_for(route, story_id=new_id).include_query_params(**request.query_params)
    return RedirectResponse(str(target), status_code=307)


def get_service(request: Request) -> WebService:
    return request.app.state.service


Service = Annotated[WebService, Depends(get_service)]


async def require_write_token(request: Request, authorization: Annotated[Optional[str], Header()] = None) -> None:
    """Writes need `Authorization: Bearer TOKEN` (or a `token` form field) unless on loopback without a token."""
    service = get_service(request)
    given = authorization.removeprefix("Bearer ").strip() if authorization else None
    if given is None and request.headers.get("content-type", "").startswith(("multipart/", "application/x-www-form")):
        token = (await request.form()).get("token")  # Starlette caches the parsed form for the handler
        given = token if isinstance(token, str) else None
    if not service.check_token(given):
        raise HTTPException(status_code=401, detail="This server needs a token for writes: send 'Authorization: Bearer TOKEN'.")


WriteAllowed = Depends(require_write_token)


async def submission(files: list[UploadFile], text: str, urls: str) -> dict:
    """The keyword arguments of `WebService.submit` from an ingest form (API or page). A file is
    read up to one byte past the limit: enough for `submit` to refuse it, never more."""
    return {
        "files": [(f.filename or "upload.txt", await f.read(MAX_UPLOAD_BYTES + 1)) for f in files if f.filename],
        "texts": [text] if text.strip() else [],
        "urls": [u.strip() for u in urls.split() if u.strip()],
    }


def refused_upload_error(refused: UploadRefused) -> Exception:
    """What a handler raises for a refused upload; a 422 takes the shape of FastAPI's other 422s."""
    if refused.status == 422:
        return RequestValidationError([{"type": "value_error", "loc": ("body", refused.field), "msg": str(refused), "input": None}])
    return HTTPException(refused.status, str(refused))


# Search words are ANDed in the full-text index and the story filter also matches the title
# with LIKE, so a query's cost grows with its length: it is bounded here.
MAX_QUERY_CHARS = 1024
MAX_QUERY_WORDS = 32
MAX_SEARCH_HITS = 100


def _few_words(query: Optional[str]) -> Optional[str]:
    if query is not None and len(re.findall(r"\w+", query)) > MAX_QUERY_WORDS:
        raise ValueError(f"at most {MAX_QUERY_WORDS} words")
    return query


_QUERY = Query(max_length=MAX_QUERY_CHARS, description=f"Words to find (at most {MAX_QUERY_WORDS} words, {MAX_QUERY_CHARS} characters).")
SearchText = Annotated[str, _QUERY, AfterValidator(_few_words)]
QueryText = Annotated[Optional[str], _QUERY, AfterValidator(_few_words)]
OutletName = Annotated[Optional[str], Query(max_length=MAX_QUERY_CHARS, description="Only stories with an article from this outlet.")]
SearchLimit = Annotated[int, Query(ge=1, le=MAX_SEARCH_HITS, description="How many hits at most.")]
