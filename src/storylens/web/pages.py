"""HTML pages. Each page has a JSON twin (same path + .json, or under /api).

Pages answer HEAD as well as GET (link checkers and uptime probes send HEAD); errors on pages
are HTML pages too (see app.py).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from storylens.web.deps import OutletName, QueryText, Service, WriteAllowed, moved_or_404, or_404, submission
from storylens.web.service import UploadRefused

router = APIRouter(include_in_schema=False)
READ = ["GET", "HEAD"]


@router.api_route("/", methods=READ, response_class=HTMLResponse)
def stories_page(service: Service, q: QueryText = None, outlet: OutletName = None) -> str:
    stories = service.store.list_stories(query=q or None, outlet=outlet or None)
    hits = service.store.search(q, limit=20) if q else []
    return service.render("web_index.html", stories=stories, hits=hits, q=q or "", outlet=outlet or "", outlets=service.store.outlets(), page_title="Stories")


@router.api_route("/story/{story_id}.json", methods=READ)
def story_json(story_id: str, service: Service, request: Request) -> Response:
    document = service.story_json(story_id)
    if document is None:
        return moved_or_404(request, service, story_id, "story_json")
    return Response(document, media_type="application/json")


@router.api_route("/story/{story_id}", methods=READ, response_class=HTMLResponse)
def story_page(story_id: str, service: Service, request: Request) -> Response:
    page = service.story_page(story_id)
    if page is None:
        return moved_or_404(request, service, story_id, "story_page")
    return HTMLResponse(page)


@router.api_route("/article/{article_id}", methods=READ, response_class=HTMLResponse)
def article_page(article_id: str, service: Service) -> str:
    return or_404(service.article_page(article_id), f"No article {article_id!r}.")


# A path parameter: outlet names may hold "/" (a section, "Times/Opinion").
@router.api_route("/outlet/{name:path}", methods=READ, response_class=HTMLResponse)
def outlet_page(name: str, service: Service) -> str:
    outlet = or_404(next((o for o in service.store.outlets() if o.outlet == name), None), f"No outlet {name!r}.")
    stories = [s for s in service.store.list_stories(outlet=name)]
    return service.render("web_outlet.html", outlet=outlet, stories=stories, page_title=name)


@router.api_route("/ingest", methods=READ, response_class=HTMLResponse)
def ingest_form(service: Service) -> str:
    return service.render("web_ingest.html", needs_token=service.require_token, page_title="Add articles")


@router.post("/ingest", dependencies=[WriteAllowed])
async def ingest_submit(
    service: Service,
    files: Annotated[list[UploadFile], File()] = [],  # noqa: B006 - FastAPI form default
    text: Annotated[str, Form()] = "",
    urls: Annotated[str, Form()] = "",
):
    try:
        job = service.submit(**await submission(files, text, urls))
    except UploadRefused as e:
        page = service.render("web_ingest.html", needs_token=service.require_token, error=str(e), page_title="Add articles")
        return HTMLResponse(page, status_code=e.status)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.api_route("/jobs/{job_id}", methods=READ, response_class=HTMLResponse)
def job_page(job_id: str, service: Service) -> str:
    job = or_404(service.jobs.get(job_id), f"No job {job_id!r}.")
    return service.render("web_job.html", job=job, page_title="Analysing")
