"""The JSON API under /api: the same export objects as the JSON file.

Each route lists the error statuses it can answer, so the OpenAPI schema documents them all;
every route may also answer 400 (a Host name the server does not serve, see web.security).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel

from storylens.web.deps import (OutletName, QueryText, SearchLimit, SearchText, Service, WriteAllowed, moved_or_404,
                                or_404, refused_upload_error, submission)
from storylens.web.service import UploadRefused

router = APIRouter(prefix="/api", tags=["api"])


class ErrorDetail(BaseModel):
    detail: str


_DESCRIPTIONS = {
    401: "A token is needed for writes and was missing or wrong",
    403: "A cross-site request (its Origin or Referer is another site)",
    404: "Nothing with this id",
    413: "The request, a file, or the number of files or URLs is over the limit",
    415: "A file type that is not read",
}


def _errors(*statuses: int) -> dict:
    return {status: {"description": _DESCRIPTIONS[status], "model": ErrorDetail} for status in statuses}


@router.get("/stories", summary="Stories in the store, optionally filtered by full text or outlet")
def list_stories(service: Service, q: QueryText = None, outlet: OutletName = None) -> list[dict]:
    return [s.to_dict() for s in service.store.list_stories(query=q or None, outlet=outlet or None)]


@router.get(
    "/stories/{story_id}",
    summary="One story as in the JSON export (schema story.schema.json)",
    response_class=Response,
    responses={200: {"content": {"application/json": {"schema": {"type": "object"}}}, "description": "The story"},
               307: {"description": "The story grew into another one: its new address"}, **_errors(404)},
)
def get_story(story_id: str, service: Service, request: Request) -> Response:
    document = service.story_json(story_id)
    if document is None:
        return moved_or_404(request, service, story_id, "get_story")  # 307 to the story it grew into
    return Response(document, media_type="application/json")


@router.get("/articles/{article_id}", summary="One article with its per-article analysis", responses=_errors(404))
def get_article(article_id: str, service: Service) -> dict:
    analyses = service.store.load_analyses([article_id])
    if not analyses:
        raise HTTPException(404, f"No article {article_id!r}.")
    return analyses[0].to_dict()


@router.get("/search", summary="Full-text search over article titles and text")
def search(q: SearchText, service: Service, limit: SearchLimit = 20) -> list[dict]:
    return [hit.to_dict() for hit in service.store.search(q, limit=limit)]


@router.get("/outlets", summary="Outlets with their article counts and stories")
def outlets(service: Service) -> list[dict]:
    return [o.to_dict() for o in service.store.outlets()]


@router.post("/ingest", status_code=202, dependencies=[WriteAllowed], responses=_errors(401, 403, 413, 415),
             summary="Analyse uploaded files, pasted text or http(s) URLs in the background")
async def ingest(
    service: Service,
    files: Annotated[list[UploadFile], File()] = [],  # noqa: B006 - FastAPI form default
    text: Annotated[str, Form()] = "",
    urls: Annotated[str, Form(description="http(s) URLs separated by white space")] = "",
) -> dict:
    try:
        job = service.submit(**await submission(files, text, urls))
    except UploadRefused as e:
        raise refused_upload_error(e) from e
    return job.to_dict()


@router.get("/jobs/{job_id}", summary="Progress and outcome of an ingest job", responses=_errors(404))
def job(job_id: str, service: Service) -> dict:
    found = or_404(service.jobs.get(job_id), f"No job {job_id!r}.")
    return found.to_dict()
