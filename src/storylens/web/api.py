"""The JSON API under /api: the same export objects as the JSON file."""

from __future__ import annotations

from typing import Annotated, Any, Optional

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile

from storylens.export.json_export import export_document
from storylens.web.deps import Service, WriteAllowed, moved_or_404, or_404, submission
from storylens.web.service import UploadRefused

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/stories", summary="Stories in the store, optionally filtered by full text or outlet")
def list_stories(service: Service, q: Optional[str] = None, outlet: Optional[str] = None) -> list[dict]:
    return [s.to_dict() for s in service.store.list_stories(query=q or None, outlet=outlet or None)]


@router.get("/stories/{story_id}", summary="One story as in the JSON export (schema story.schema.json)")
def get_story(story_id: str, service: Service, request: Request) -> Any:
    story = service.story(story_id)
    if story is None:
        return moved_or_404(request, service, story_id, "get_story")  # 307 to the story it grew into
    return export_document([story])


@router.get("/articles/{article_id}", summary="One article with its per-article analysis")
def get_article(article_id: str, service: Service) -> dict:
    analyses = service.store.load_analyses([article_id])
    if not analyses:
        raise HTTPException(404, f"No article {article_id!r}.")
    return analyses[0].to_dict()


@router.get("/search", summary="Full-text search over article titles and text")
def search(q: str, service: Service, limit: int = 20) -> list[dict]:
    return [hit.to_dict() for hit in service.store.search(q, limit=min(limit, 100))]


@router.get("/outlets", summary="Outlets with their article counts and stories")
def outlets(service: Service) -> list[dict]:
    return [o.to_dict() for o in service.store.outlets()]


@router.post("/ingest", status_code=202, dependencies=[WriteAllowed], summary="Analyse uploaded files, pasted text or URLs in the background")
async def ingest(
    service: Service,
    files: Annotated[list[UploadFile], File()] = [],  # noqa: B006 - FastAPI form default
    text: Annotated[str, Form()] = "",
    urls: Annotated[str, Form()] = "",
) -> dict:
    try:
        job = service.submit(**await submission(files, text, urls))
    except UploadRefused as e:
        raise HTTPException(413 if "limit" in str(e) else 415, str(e)) from e
    return job.to_dict()


@router.get("/jobs/{job_id}", summary="Progress and outcome of an ingest job")
def job(job_id: str, service: Service) -> dict:
    found = or_404(service.jobs.get(job_id), f"No job {job_id!r}.")
    return found.to_dict()
