"""Article text as HTML with every referenced span marked and addressable.

Each span any story item points at becomes a ``<mark id="a-ARTICLE-START-END">`` so a link
``#a-ARTICLE-START-END`` lands on it (and CSS ``:target`` lights it up). All text passes
through ``markupsafe.escape``: article text is untrusted input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from storylens.records import Span, Story, TitleSpan


@dataclass
class Mark:
    start: int
    end: int
    classes: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)


def anchor(span: Span) -> str:
    return f"a-{span.article}-{span.start}-{span.end}"


def href(span: Span) -> str:
    return "#" + anchor(span)


def story_marks(story: Story) -> dict[str, dict[tuple[int, int], Mark]]:
    """Every span the story refers to, per article, with the kinds of items pointing at it."""
    marks: dict[str, dict[tuple[int, int], Mark]] = {}

    def add(span: Span | None, cls: str, title: str = "") -> None:
        if span is None or span.end <= span.start:
            return
        mark = marks.setdefault(span.article, {}).setdefault((span.start, span.end), Mark(span.start, span.end))
        mark.classes.add(cls)
        if title and title not in mark.titles:
            mark.titles.append(title)

    for event in story.timeline:
        for source in event.sources:
            add(source.span, "src-event", f"timeline {event.date}")
            add(source.time_expression, "timex", event.date)
        for conflict in event.date_conflicts:
            for source in conflict.sources:
                add(source.span, "src-event", f"timeline: dated {conflict.date}")
    for claim in story.claims:
        for source in claim.sources:
            add(source.span, "src-claim", f"claim ({claim.status})")
        for quantity in claim.quantities:
            add(quantity.span, "quantity", f"{quantity.value} {quantity.unit}")
    for decision in story.membership:
        if decision.joined:
            add(decision.nearest_sentence, "src-cluster", "ties another article to this story")
    for quote in story.quotes:
        add(quote.span, "quote", f"{quote.kind} quote" + (f" of {quote.speaker_text}" if quote.speaker_text else ""))
    for actor in story.actors:
        for mention in actor.mentions:
            add(mention, "mention", actor.name)
        for label in actor.labels:
            if not isinstance(label.span, TitleSpan):  # a headline's label marks no body text
                add(label.span, "label", f"label of {actor.name}")
    for loaded in story.framing.loaded_language:
        add(loaded.span, "loaded", loaded_title(loaded))
    for sentence in story.summary:
        for source in sentence.sources:
            add(source.span, "src-summary", "cited in the brief")
    return marks


def render_article_text(article_id: str, text: str, marks: dict[tuple[int, int], Mark]) -> Markup:
    """Nest the marks over the text; a mark that crosses its parent's end is clipped to it."""
    ordered = sorted(marks.values(), key=lambda m: (m.start, -m.end))
    parts: list[str] = []
    stack: list[int] = []  # end offsets of the open marks
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            parts.append(str(escape(text[pos:end])))
            parts.append("</mark>")
            pos = end

    for mark in ordered:
        close_until(mark.start)
        end = min(mark.end, stack[-1]) if stack else mark.end
        if end <= mark.start:
            continue
        parts.append(str(escape(text[pos : mark.start])))
        pos = mark.start
        title = escape("; ".join(mark.titles))
        classes = " ".join(sorted(mark.classes))
        parts.append(f'<mark id="a-{escape(article_id)}-{mark.start}-{mark.end}" class="{classes}" title="{title}" tabindex="-1">')
        stack.append(end)
    close_until(len(text))
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def loaded_title(loaded) -> str:
    """A loaded span's tooltip: its technique, and whose words it is when a speaker's."""
    if loaded.voice != "quoted":
        return loaded.category
    return f"{loaded.category} (quoted: {loaded.speaker_text or 'unattributed'})"
