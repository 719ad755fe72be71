"""The story's timeline as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).

TimelineJS renders ``text.text`` as HTML, so every piece of article text is escaped here;
dates keep the precision the sources give (a year-only entry has no month or day).
"""

from __future__ import annotations

from markupsafe import escape

from storylens.records import Event, Story


def timelinejs_date(value: str) -> dict[str, str]:
    """"2023-06-23" -> {"year": "2023", "month": "6", "day": "23"}; shorter dates keep fewer keys."""
    parts = value.split("-")
    date = {"year": str(int(parts[0]))}
    if len(parts) > 1:
        date["month"] = str(int(parts[1]))
    if len(parts) > 2:
        date["day"] = str(int(parts[2]))
    return date


def _event_html(event: Event) -> str:
    items = []
    for source in event.sources:
        items.append(f"<li><b>{escape(source.outlet or 'unknown outlet')}</b>: {escape(' '.join(source.span.text.split()))}</li>")
    html = f"<ul>{''.join(items)}</ul>"
    if event.according_to:  # no outlet tells it in its own voice
        html = f"<p>Account of {escape(', '.join(event.according_to))}</p>" + html
    if event.deadline:
        html = "<p>Deadline</p>" + html
    elif event.planned:
        html = "<p>Planned</p>" + html
    if event.date_conflicts:
        other = "; ".join(
            f"{escape(ref.outlet or 'unknown outlet')} dates it {escape(conflict.date)}"
            for conflict in event.date_conflicts
            for ref in conflict.sources
        )
        html += f"<p><b>Dates disagree:</b> {other}</p>"
    return html


def to_timelinejs(story: Story) -> dict:
    """A TimelineJS document: one slide per timeline entry, grouped by year-level precision."""
    events = []
    for event in story.timeline:
        slide = {
            "unique_id": event.id,
            "start_date": timelinejs_date(event.date),
            "text": {"headline": str(escape(event.description)), "text": _event_html(event)},
        }
        outlets = sorted({s.outlet or "unknown outlet" for s in event.sources})
        slide["group"] = ", ".join(outlets)
        if len(event.date) < 10:
            slide["display_date"] = event.date
        events.append(slide)
    outlets = sorted({a.outlet or "unknown outlet" for a in story.articles})
    return {
        "title": {
            "text": {
                "headline": str(escape(story.title)),
                "text": f"<p>{len(story.articles)} articles from {escape(', '.join(outlets))}</p>",
            }
        },
        "events": events,
    }
