"""Small inline SVG charts for the report and the web app (no JavaScript, no network)."""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

from storylens.records import Story


def _day(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def timeline_svg(story: Story, *, width: int = 960) -> Markup:
    """Entries on a date axis: one dot per entry, sized by its sources, red where dates conflict."""
    entries = [e for e in story.timeline if len(e.date) == 10]  # day precision only on the axis
    if not entries:
        return Markup("")
    days = [_day(e.date) for e in entries]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    left, right, row_h = 70, 30, 16
    rows: dict[str, int] = {}
    parts = []
    for entry, day in zip(entries, days):
        x = left + (width - left - right) * (day - first).days / span
        row = rows[entry.date] = rows.get(entry.date, -1) + 1
        y = 40 + row * row_h
        n_outlets = len({s.outlet for s in entry.sources})
        colour = "#b3261e" if entry.date_conflicts else "#1f5fbf"
        label = escape(f"{entry.date}: {entry.description} ({n_outlets} outlet{'s' if n_outlets != 1 else ''})")
        parts.append(
            f'<a href="#{escape(story.id)}-event-{escape(entry.id)}"><circle cx="{x:.1f}" cy="{y}" r="{3 + 2 * n_outlets}" '
            f'fill="{colour}" fill-opacity=".75"><title>{label}</title></circle></a>'
        )
    height = 60 + max(rows.values()) * row_h + 30
    axis_y = height - 20
    ticks = sorted(set(days))
    tick_marks = "".join(
        f'<line x1="{left + (width - left - right) * (d - first).days / span:.1f}" y1="{axis_y - 4}" '
        f'x2="{left + (width - left - right) * (d - first).days / span:.1f}" y2="{axis_y + 4}" stroke="#6b6b70"/>'
        for d in ticks
    )
    labels = "".join(
        f'<text x="{left + (width - left - right) * (d - first).days / span:.1f}" y="{axis_y + 16}" text-anchor="middle">{d.strftime("%b %d")}</text>'
        for i, d in enumerate(ticks)
        if i == 0 or i == len(ticks) - 1 or (d - ticks[i - 1]).days * (width - left - right) / span > 40
    )
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="Timeline of {len(entries)} dated entries">'
        f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#6b6b70"/>{tick_marks}{labels}{"".join(parts)}</svg>'
    )
