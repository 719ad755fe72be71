"""The `storylens` command: thin Typer commands over the library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storylens.errors import Errors, StorylensError

app = typer.Typer(help="Make sense of many news articles about the same event.", no_args_is_help=True)
err = Console(stderr=True)
out = Console()

DbOption = Annotated[Optional[str], typer.Option("--db", help="Store URL or SQLite path (default: user data dir; env STORYLENS_DB).")]


def shown(text: str) -> str:
    """``text`` safe to print on one line: control characters (a newline in a file name) written
    as escapes, so a name cannot forge another line, and rich markup taken literally."""
    return escape("".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text))


class _Bars:
    """rich progress bars handed to library code as `progress(description, total) -> advance`."""

    def __init__(self, progress: Progress):
        self.progress = progress

    def __call__(self, description: str, total: int):
        task = self.progress.add_task(description, total=total)
        return lambda: self.progress.advance(task)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not err.is_terminal,
    )


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs or URLs.")],
    manifest: Annotated[Optional[Path], typer.Option(help="CSV: file (or path, filename),outlet,published,author,title,url; only the files it lists are read from a folder.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the story export (JSON) here.")] = None,
    html_out: Annotated[Optional[Path], typer.Option("--html", help="Write the self-contained HTML report here.")] = None,
    timelinejs: Annotated[Optional[Path], typer.Option("--timelinejs", help="Write the timeline as TimelineJS JSON here.")] = None,
    db: DbOption = None,
    one_story: Annotated[bool, typer.Option("--one-story", help="Treat all inputs as one story (no clustering).")] = False,
) -> None:
    """Analyse articles into sourced stories; store them; export JSON/HTML."""
    from storylens.api import analyze as run_analysis
    from storylens.export.json_export import export_document, validate_document, write_json

    try:
        with _progress() as progress:
            result = run_analysis(paths, manifest=manifest, db=db, cluster=not one_story, progress=_Bars(progress))
    except StorylensError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    for rejected in result.rejected:
        err.print(f"[yellow]rejected[/yellow] {shown(rejected.source)}: {shown(rejected.reason)}", soft_wrap=True)
    if result.unlisted:
        names = ", ".join(shown(Path(source).name) for source in result.unlisted[:5]) + (", ..." if len(result.unlisted) > 5 else "")
        err.print(f"left out {len(result.unlisted)} file{'s' if len(result.unlisted) != 1 else ''} that the manifest does not list: {names}", soft_wrap=True)
    document = export_document(result.stories, result.rejected)
    validate_document(document)
    if json_out:  # written even when every input was rejected: the export then lists why
        write_json(document, json_out)
        err.print(f"wrote {shown(str(json_out))}")
    if not result.stories:
        err.print(f"[red]error:[/red] {Errors.E003}")
        raise typer.Exit(2)
    if html_out:
        from storylens.export.report import write_report

        write_report(result.stories, html_out, rejected=result.rejected)
        err.print(f"wrote {shown(str(html_out))}")
    if timelinejs:
        from storylens.export.timelinejs import to_timelinejs

        timelinejs.parent.mkdir(parents=True, exist_ok=True)
        timelinejs.write_text(json.dumps([to_timelinejs(s) for s in result.stories] if len(result.stories) > 1 else to_timelinejs(result.stories[0]), ensure_ascii=False, indent=1))
        err.print(f"wrote {shown(str(timelinejs))}")
    n_articles = sum(len(s.articles) for s in result.stories)
    err.print(f"{n_articles} articles in {len(result.stories)} stories; {len(result.rejected)} inputs rejected")
    err.print(f"browse them: storylens serve{f' --db {db}' if db else ''}  (then open http://127.0.0.1:8000)")


@app.command()
def stories(db: DbOption = None, query: Annotated[Optional[str], typer.Option(help="Full-text filter.")] = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the stories in the store."""
    from storylens.store import open_store

    store = open_store(db)
    try:
        summaries = store.list_stories(query=query)
    finally:
        store.close()
    if as_json:
        out.print_json(data=[s.to_dict() for s in summaries])
        return
    table = Table("id", "title", "articles", "outlets", "dates")
    for s in summaries:
        table.add_row(s.id, s.title, str(s.n_articles), ", ".join(o or "?" for o in s.outlets), f"{s.first_date or '?'} – {s.last_date or '?'}")
    out.print(table)


@app.command("eval")
def evaluate_cmd(
    name: Annotated[str, typer.Argument(help="seeds, timex, quantities, attribution, propaganda, basil, clustering, brief, extraction")],
    data: Annotated[Path, typer.Option(help="The benchmark's data folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one flat JSON object of metric -> number.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N documents (quick runs).")] = None,
    split: Annotated[Optional[str], typer.Option(help="Which split, where the benchmark has several.")] = None,
    errors: Annotated[
        Optional[Path], typer.Option(help="timex only: write every disagreement with the gold to this file (JSON lines).")
    ] = None,
) -> None:
    """Score storylens on a benchmark's data and print the metrics."""
    from storylens.eval import evaluate

    if errors is not None and name != "timex":
        err.print(f"[red]error:[/red] --errors lists the disagreements of 'timex' only, not of {name!r}; drop the option.")
        raise typer.Exit(2)
    options = {k: v for k, v in {"limit": limit, "split": split, "errors": errors}.items() if v is not None}
    try:
        metrics = evaluate(name, data, **options)
    except StorylensError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    _print_figures(metrics, as_json=as_json, header="metric", title=f"storylens eval {name}", digits=4)


@app.command()
def bench(
    data: Annotated[Path, typer.Option(help="Folder of articles to repeat (the seeds by default).")] = Path("../shared/seeds"),
    articles: Annotated[int, typer.Option(help="How many articles to analyse (inputs repeated/varied).")] = 500,
    scaling: Annotated[bool, typer.Option(help="Also time the cross-article steps at 100, 1,000, 10,000 articles.")] = False,
    web: Annotated[Optional[str], typer.Option(help="Instead: load-test the story page and /api/stories/ID of this store (URL or SQLite path) with 20 clients.")] = None,
    claims: Annotated[bool, typer.Option(help="Instead: time claims alignment on stories of 100 and 1,000 articles varied from DATA.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Measure articles/second for ingest, the spaCy parse alone and the whole analysis."""
    if claims:
        from storylens.story.claims_bench import bench_claims_scaling, seed_analyses

        figures = bench_claims_scaling((100, 1000), bases=seed_analyses(data))
    elif web:
        from storylens.store import open_store
        from storylens.web.loadtest import measure_story_page

        store = open_store(web)
        story_ids = [s.id for s in store.list_stories()]
        store.close()
        if not story_ids:
            err.print(f"[red]error:[/red] the store {web} has no story; run `storylens analyze ... --db {web}` first")
            raise typer.Exit(2)
        figures = measure_story_page(web, story_ids[0])
    else:
        from storylens.bench import run_bench

        figures = run_bench(data, n_articles=articles, scaling=scaling, progress=None)
    _print_figures(figures, as_json=as_json, header="measure", title=f"storylens bench ({articles} articles)", digits=3)


def _print_figures(figures: dict, *, as_json: bool, header: str, title: str, digits: int) -> None:
    """Named figures as one JSON line, or as a two-column table for a reader."""
    if as_json:
        sys.stdout.write(json.dumps(figures) + "\n")
        return
    table = Table(header, "value", title=title)
    for key, value in figures.items():
        table.add_row(key, f"{value:.{digits}f}" if isinstance(value, float) else str(value))
    out.print(table)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Bind address; anything but loopback needs --token for writes.")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="STORYLENS_TOKEN", help="Token required by write endpoints.")] = None,
    allowed_host: Annotated[
        Optional[list[str]],
        typer.Option(help="A Host name (or address) clients use to reach the server; repeat for several. Loopback names are always served."),
    ] = None,
) -> None:
    """Serve the web app over the store (on loopback unless --host says otherwise).

    Only Host names it serves are answered (loopback names, --host, --allowed-host), writes
    from other sites' pages are refused, and URLs given to the upload form may reach public
    http(s) hosts only. A shared host needs --token and --allowed-host: docs/security.md.
    """
    import uvicorn

    from storylens.web.app import create_app, startup_warnings

    for warning in startup_warnings(host=host, token=token, allowed_hosts=allowed_host or ()):
        err.print(f"[yellow]warning:[/yellow] {warning}")
    uvicorn.run(create_app(db=db, token=token, host=host, allowed_hosts=allowed_host or ()), host=host, port=port)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, WARC, Parquet, or anything `analyze` reads.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the Parquet tables.")] = Path("out/batch"),
    engine: Annotated[str, typer.Option(help="local or ray")] = "local",
    db: DbOption = None,
    num_cpus: Annotated[Optional[int], typer.Option(help="CPUs for the Ray engine.")] = None,
) -> None:
    """Run the per-article pipeline over a large corpus on an engine; write Parquet and the store."""
    from storylens.batch.runner import run_batch

    try:
        report = run_batch(inputs, engine=engine, out_dir=out_dir, db=db, num_cpus=num_cpus)
    except StorylensError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    out.print_json(data=report.to_dict())


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
