"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server.

The server is Debian's (``apt-get install postgresql``): a throw-away cluster in a temporary
folder, listening on 127.0.0.1 at a free port, started once per session. Without the binaries
the PostgreSQL half skips locally and FAILS on CI (``CI`` set), where .ci/run installs them.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

CLUSTER_USER = "postgres"  # Debian's package creates it; initdb refuses to run as root


def _postgres_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster owned by this test session."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.as_root = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="storylens-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.sockets.mkdir()
        self.port = _free_port()
        self.user = CLUSTER_USER if self.as_root else pwd.getpwuid(os.geteuid()).pw_name
        if self.as_root:
            entry = pwd.getpwnam(CLUSTER_USER)
            for path in (self.root, self.sockets):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._databases = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", CLUSTER_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.root / "server.log"
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}\n{log.read_text() if log.exists() else ''}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        # fsync off: a test cluster never needs to survive a power cut, and it is much faster.
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        name = f"storylens_test_{next(self._databases)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)


def _unavailable(message: str) -> None:
    # CI must test PostgreSQL too: there, a missing server is a failure, not a skip.
    if os.environ.get("CI"):
        pytest.fail(f"{message} (required when CI is set)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_cluster():
    bindir = _postgres_bin()
    if bindir is None:
        _unavailable("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin); install them with `apt-get install -y postgresql`")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(CLUSTER_USER)
        except KeyError:
            _unavailable(f"running as root needs the user {CLUSTER_USER!r} (Debian's postgresql package creates it) to run the server")
    cluster = Cluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    """The URL of a new, empty store on each database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_cluster").new_database()


@pytest.fixture
def store(store_url):
    from storylens.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()


# --- small records built by hand, touching every record type the store keeps ---------------

TEXT = (
    "Wagner fighters marched toward Moscow on Saturday, the group's founder said. "
    "About 25,000 men took part, officials said. The mutiny ended that night."
)


def make_article(article_id: str = "a1", *, extra: str = "", outlet: str | None = "Meduza", published: str | None = "2023-06-24", title: str | None = "A march on Moscow"):
    from storylens.records import Article

    return Article(
        id=article_id,
        source=f"/inputs/{article_id}.txt",
        text=f"{TEXT} {extra}" if extra else TEXT,  # extra sentences make articles differ
        outlet=outlet,
        title=title,
        author="Jane Doe",
        published=published,
        published_inferred=False,
        url=f"https://example.org/{article_id}",
        copy_of=None,
        metadata_sources={"title": "manifest", "published": "dateline"},
    )


def _span(article, word: str, occurrence: int = 0):
    from storylens.records import Span

    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(word, start + 1)
    return Span.of(article.id, article.text, start, start + len(word))


def make_analysis(article=None):
    from storylens.records import (
        ArticleAnalysis,
        ClaimMention,
        EventMention,
        EventName,
        Label,
        LoadedSpan,
        Mention,
        Quantity,
        Quote,
        Span,
        TimeExpression,
    )

    article = article or make_article()
    text = article.text
    ends = [i + 1 for i, c in enumerate(text) if c == "." and (i + 1 == len(text) or text[i + 1] == " ")]
    starts = [0] + [e + 1 for e in ends[:-1]]
    sentences = [Span.of(article.id, text, s, e) for s, e in zip(starts, ends)]
    return ArticleAnalysis(
        article=article,
        sentences=sentences,
        mentions=[Mention(_span(article, "Wagner"), "ORG", actor=None), Mention(_span(article, "Moscow"), "GPE", actor="moscow")],
        time_expressions=[TimeExpression(_span(article, "Saturday"), "2023-06-24", kind="date", confidence=0.9)],
        quantities=[
            Quantity(_span(article, "25,000 men"), 25000.0, "men", bound="approx", change="~", surface_unit="men"),
            Quantity(_span(article, "25,000"), [20000.0, 30000.0], "dimensionless", bound="range"),
        ],
        quotes=[Quote("q1", None, "marched toward Moscow", "indirect", _span(article, "marched toward Moscow"), speaker_text="the group's founder", cue="said", outlet=article.outlet)],
        labels=[Label("founder", article.outlet, _span(article, "founder"), attributed=False, kind="apposition", target="Wagner")],
        loaded_spans=[LoadedSpan(_span(article, "mutiny"), "Loaded_Language", score=0.75)],
        event_mentions=[EventMention(sentences[0], "march", _span(article, "marched"), "2023-06-24", time_expression=_span(article, "Saturday"), actors=["Wagner"], confidence=0.8)],
        claim_mentions=[
            ClaimMention(
                sentences[1],
                "About 25,000 men took part",
                subject="men",
                predicate="take",
                quantities=[Quantity(_span(article, "25,000"), 25000.0, "dimensionless")],
                dates=["2023-06-24"],
                attributed_to="officials",
                hedged=True,
            )
        ],
        event_names=[EventName("mutiny", _span(article, "mutiny"), scare_quoted=True)],
    )


def make_story(story_id: str = "s1", analyses=None, *, title: str = "Wagner mutiny"):
    from storylens.records import (
        Actor,
        Claim,
        Conflict,
        DateConflict,
        Event,
        EventSource,
        Framing,
        LoadedSpan,
        Omission,
        Quantity,
        SourceRef,
        Story,
        SummarySentence,
        Term,
    )

    analyses = analyses or [make_analysis()]
    first = analyses[0]
    article = first.article
    ref = SourceRef(article.id, article.outlet, first.sentences[0])
    return Story(
        id=story_id,
        title=title,
        articles=[a.article for a in analyses],
        actors=[
            Actor("wagner", "Wagner Group", "ORG", aliases=["Wagner"], mentions=[m.span for m in first.mentions[:1]], labels=list(first.labels)),
            Actor("moscow", "Moscow", "GPE", mentions=[first.mentions[1].span]),
        ],
        timeline=[
            Event(
                "e1",
                "2023-06-24",
                "Wagner fighters marched toward Moscow",
                actors=["wagner", "moscow"],
                sources=[EventSource(article.id, article.outlet, first.sentences[0], time_expression=_span(article, "Saturday"), trigger="march")],
                date_conflicts=[DateConflict("2023-06-23", sources=[ref])],
            )
        ],
        claims=[
            Claim("c1", "About 25,000 men took part", "contested", sources=[ref], actors=["wagner"], quantities=[Quantity(_span(article, "25,000"), 25000.0, "dimensionless")], conflicts=[Conflict("quantity", "25,000 vs 8,000", sources=[ref])]),
            Claim("c2", "The mutiny ended that night", "single_source", sources=[SourceRef(article.id, article.outlet, first.sentences[2])]),
        ],
        quotes=list(first.quotes),
        framing=Framing(
            loaded_language=[LoadedSpan(_span(article, "mutiny"), "Loaded_Language")],
            distinctive_terms={article.outlet or "?": [Term("mutiny", 2.5)]},
            event_names={article.outlet or "?": ["mutiny"]},
            scare_quoted={article.outlet or "?": ["mutiny"]},
        ),
        omissions=[Omission("Other outlet", "c2")],
        # An EventSource where a SourceRef is typed: read back as an EventSource, not cut down.
        summary=[SummarySentence("Wagner fighters marched toward Moscow.", sources=[ref, EventSource(article.id, article.outlet, first.sentences[0], trigger="march")])],
    )


@pytest.fixture
def records():
    """The builders above, for tests: ``records.make_story(...)``."""
    import types

    return types.SimpleNamespace(make_article=make_article, make_analysis=make_analysis, make_story=make_story, TEXT=TEXT)
