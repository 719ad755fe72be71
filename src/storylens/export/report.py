"""The self-contained HTML report: one file, no network, the same templates as the web app."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from storylens import __version__
from storylens.export.charts import timeline_svg
from storylens.export.highlight import href, render_article_text, story_marks
from storylens.records import Claim, Rejected, Story


def template_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("storylens.export", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.tests["length_one"] = lambda value: len(value) == 1
    env.globals.update(href=href, outlet_class=outlet_class, timeline_svg=timeline_svg, version=__version__)
    return env


def outlet_class(outlet: str | None) -> str:
    return "outlet-" + (re.sub(r"[^a-z0-9]+", "-", (outlet or "unknown").lower()).strip("-") or "unknown")


def story_view(story: Story) -> dict:
    """What the story templates need besides the story itself."""
    actors = {actor.id: actor.name for actor in story.actors}
    marks = story_marks(story)
    return {
        "story": story,
        "outlets": sorted({a.outlet or "unknown outlet" for a in story.articles}),
        "articles": {a.id: a for a in story.articles},
        "actor_name": lambda actor_id: actors.get(actor_id, actor_id or "unattributed"),
        "article_html": {a.id: render_article_text(a.id, a.text, marks.get(a.id, {})) for a in story.articles},
        "mentions_by_outlet": mentions_by_outlet(story),
        "actors_by_prominence": sorted(story.actors, key=lambda a: (-len(a.mentions), a.name)),
        "membership": {d.article: d for d in story.membership},
        "articles_in_order": sorted(story.articles, key=lambda a: (a.published or "9999", a.source)),
        "cross_outlet_claims": cross_outlet_claims(story),
        "single_source_by_outlet": single_source_by_outlet(story),
    }


# Contested claims lead the matrix: a disagreement between outlets is what a reader compares first
STATUS_ORDER = {"contested": 0, "corroborated": 1}


def cross_outlet_claims(story: Story) -> list[Claim]:
    """Claims more than one outlet reports or disputes: contested first, then corroborated, in story order."""
    shared = [claim for claim in story.claims if claim.status != "single_source"]
    return sorted(shared, key=lambda claim: STATUS_ORDER.get(claim.status, len(STATUS_ORDER)))


def single_source_by_outlet(story: Story) -> list[tuple[str, list[Claim]]]:
    """(outlet, its single-source claims) for every outlet with any, outlets in name order."""
    by_outlet: dict[str, list[Claim]] = {}
    for claim in story.claims:
        if claim.status == "single_source":
            outlets = {source.outlet or "unknown outlet" for source in claim.sources} or {"unknown outlet"}
            for outlet in sorted(outlets):
                by_outlet.setdefault(outlet, []).append(claim)
    return sorted(by_outlet.items())


def mentions_by_outlet(story: Story) -> dict[str, dict[str, int]]:
    """actor id -> outlet -> number of mentions."""
    outlet_of = {a.id: a.outlet or "unknown outlet" for a in story.articles}
    table: dict[str, dict[str, int]] = {}
    for actor in story.actors:
        counts = table.setdefault(actor.id, {})
        for span in actor.mentions:
            outlet = outlet_of.get(span.article, "unknown outlet")
            counts[outlet] = counts.get(outlet, 0) + 1
    return table


def render_report(stories: list[Story], *, rejected: list[Rejected] = ()) -> str:
    env = template_environment()
    return env.get_template("report.html").render(views=[story_view(s) for s in stories], rejected=list(rejected))


def write_report(stories: list[Story], path: Path, *, rejected: list[Rejected] = ()) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(stories, rejected=rejected), encoding="utf-8")
