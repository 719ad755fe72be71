"""What the web handlers call: reads from the store, rendering, and ingest jobs.

One background worker runs ingest jobs, so the store has one writer at a time.
"""

from __future__ import annotations

import json
import secrets
import tempfile
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from jinja2 import ChoiceLoader, PackageLoader

from storylens.export.highlight import Mark, loaded_title, render_article_text, story_marks
from storylens.export.json_export import export_document
from storylens.export.report import story_view, template_environment
from storylens.ingest.url_policy import PUBLIC_WEB_ONLY, url_refusal
from storylens.records import Rejected, Story

UPLOAD_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".gz"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_REQUEST_BYTES = 25 * 1024 * 1024  # a whole upload request, files and form fields together
MAX_FILES = 50
MAX_URLS = 50


@dataclass
class Job:
    id: str
    status: str = "queued"  # queued, running, done, failed
    total: int = 0
    done: int = 0
    stories: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    error: Optional[str] = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "total": self.total,
            "done": self.done,
            "stories": self.stories,
            "rejected": [r.to_dict() for r in self.rejected],
            "error": self.error,
        }


class UploadRefused(ValueError):
    """An upload that breaks a rule; the message names the input and the rule, ``status`` is
    the HTTP answer: 413 (too large), 415 (file type) or 422 (not a URL we fetch), ``field``
    the form field at fault."""

    def __init__(self, message: str, *, status: int, field: str = "files"):
        super().__init__(message)
        self.status = status
        self.field = field


class WebService:
    def __init__(self, store, *, token: Optional[str], require_token: bool):
        self.store = store
        self.require_token = require_token
        # Off loopback without a configured token, writes stay closed: a fresh random token nobody knows.
        self.token = token or (secrets.token_urlsafe(32) if require_token else None)
        self.env = template_environment()
        # Web pages first, then the report's templates: the story page includes the report's story.html.
        self.env.loader = ChoiceLoader([PackageLoader("storylens.web", "templates"), self.env.loader])
        self.jobs: dict[str, Job] = {}
        self._executor: Optional[ThreadPoolExecutor] = None  # started by the first job
        self._cache: dict[tuple[str, str], tuple[int, str]] = {}
        self._lock = threading.Lock()
        self._generation = 0  # bumped when a job stores something, invalidating rendered pages

    def close(self) -> None:
        # The app may be started and stopped more than once (test clients run its lifespan per
        # session): a later job starts a new worker, and the store reconnects when next used.
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.store.close()

    # reading ------------------------------------------------------------------------------
    def story(self, story_id: str) -> Optional[Story]:
        return self.store.load_story(story_id)

    def render(self, template: str, **context) -> str:
        return self.env.get_template(template).render(**context)

    def story_page(self, story_id: str) -> Optional[str]:
        return self._cached("html", story_id, lambda story: self.render("web_story.html", view=story_view(story), page_title=story.title))

    def story_json(self, story_id: str) -> Optional[str]:
        """The story's JSON export, serialised (what /api/stories/ID and /story/ID.json answer)."""
        return self._cached("json", story_id, lambda story: json.dumps(export_document([story]), ensure_ascii=False))

    def _cached(self, kind: str, story_id: str, build) -> Optional[str]:
        """``build(story)``, kept until a job stores something: building a story's page or export
        costs far more than serving it, and stories change only through jobs."""
        with self._lock:
            cached = self._cache.get((kind, story_id))
            if cached and cached[0] == self._generation:
                return cached[1]
            generation = self._generation
        story = self.story(story_id)
        if story is None:
            return None
        built = build(story)
        with self._lock:
            self._cache[(kind, story_id)] = (generation, built)
        return built

    def article_page(self, article_id: str) -> Optional[str]:
        article = self.store.load_article(article_id)
        if article is None:
            return None
        analyses = self.store.load_analyses([article_id])
        marks: dict[tuple[int, int], Mark] = {}
        stories = [s for s in (self.store.load_story(x.id) for x in self.store.list_stories()) if s and any(a.id == article_id for a in s.articles)]
        for story in stories:
            for key, mark in story_marks(story).get(article_id, {}).items():
                marks.setdefault(key, mark).classes |= mark.classes
        if analyses:
            _analysis_marks(analyses[0], marks)
        return self.render(
            "web_article.html",
            article=article,
            article_html=render_article_text(article.id, article.text, marks),
            stories=stories,
            analysis=analyses[0] if analyses else None,
            page_title=article.title or article.source,
        )

    # ingest -------------------------------------------------------------------------------
    def check_token(self, given: Optional[str]) -> bool:
        # Compared as bytes: compare_digest refuses str with non-ASCII characters.
        return not self.require_token or (given is not None and secrets.compare_digest(given.encode(), self.token.encode()))

    def submit(self, *, files: list[tuple[str, bytes]] = (), texts: list[str] = (), urls: list[str] = ()) -> Job:
        if len(files) > MAX_FILES:
            raise UploadRefused(f"too many files: at most {MAX_FILES} per upload", status=413)
        if len(urls) > MAX_URLS:
            raise UploadRefused(f"too many URLs: at most {MAX_URLS} per upload", status=413, field="urls")
        for name, data in files:
            suffix = Path(name).suffix.lower()
            if suffix not in UPLOAD_SUFFIXES:
                raise UploadRefused(f"{name}: type {suffix or '(none)'} is not accepted; use one of {', '.join(sorted(UPLOAD_SUFFIXES))}", status=415)
            if len(data) > MAX_UPLOAD_BYTES:
                raise UploadRefused(f"{name}: over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB upload limit", status=413)
        for url in urls:
            # Hosts are checked when the job connects (after resolving them); paths never reach ingest.
            refusal = url_refusal(url)
            if refusal:
                raise UploadRefused(f"{url}: {refusal}", status=422, field="urls")
        job = Job(id=uuid.uuid4().hex[:12])
        self.jobs[job.id] = job
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storylens-ingest")
        self._executor.submit(self._run, job, list(files), list(texts), list(urls))
        return job

    def _run(self, job: Job, files, texts, urls) -> None:
        from storylens.api import analyze

        job.status = "running"
        try:
            with tempfile.TemporaryDirectory(prefix="storylens-upload-") as tmp:
                paths = []
                # Names on disk are ours; the user's file name only supplies the suffix.
                for i, (name, data) in enumerate(files):
                    path = Path(tmp) / f"upload-{i}{Path(name).suffix.lower()}"
                    path.write_bytes(data)
                    paths.append(str(path))
                for i, text in enumerate(texts):
                    path = Path(tmp) / f"pasted-{i}.txt"
                    path.write_text(text, encoding="utf-8")
                    paths.append(str(path))
                paths.extend(urls)

                def progress(description: str, total: int):
                    job.total = total

                    def advance():
                        job.done += 1

                    return advance

                result = analyze(paths, store=self.store, progress=progress, fetch_policy=PUBLIC_WEB_ONLY)
                names = {str(Path(tmp) / f"upload-{i}{Path(n).suffix.lower()}"): n for i, (n, _) in enumerate(files)}
                job.rejected = [Rejected(_shown_source(r.source, tmp, names), r.reason) for r in result.rejected]
                job.stories = [s.id for s in result.stories]
            self._invalidate_pages()
            job.status = "done"
        except Exception as e:  # a failed job is reported on its page, the server goes on
            # Even a failed job may have stored (and replaced) stories: rendered pages are stale.
            self._invalidate_pages()
            job.status = "failed"
            job.error = f"{type(e).__name__}: {e}"

    def _invalidate_pages(self) -> None:
        with self._lock:
            self._generation += 1


def _shown_source(source: str, tmp: str, names: dict[str, str]) -> str:
    """A rejected input as the user knows it: the uploaded file's name (with the part of it,
    ``#2``) rather than our name on disk; a URL as given."""
    if not source.startswith(tmp):
        return source
    path, hash_, part = source.partition("#")
    return names.get(path, Path(path).name) + hash_ + part


def _analysis_marks(analysis, marks: dict[tuple[int, int], Mark]) -> None:
    """Per-article findings that are not story items: time expressions, quantities, quotes, loaded spans."""

    def add(span, cls, title):
        mark = marks.setdefault((span.start, span.end), Mark(span.start, span.end))
        mark.classes.add(cls)
        if title and title not in mark.titles:
            mark.titles.append(title)

    for timex in analysis.time_expressions:
        add(timex.span, "timex", timex.value or timex.kind)
    for quantity in analysis.quantities:
        add(quantity.span, "quantity", f"{quantity.value} {quantity.unit}")
    for quote in analysis.quotes:
        add(quote.span, "quote", f"{quote.kind} quote" + (f" of {quote.speaker_text}" if quote.speaker_text else ""))
    for loaded in analysis.loaded_spans:
        if loaded.shows_words:  # some word of it judges (records.LoadedSpan)
            add(loaded.span, "loaded", loaded_title(loaded))
