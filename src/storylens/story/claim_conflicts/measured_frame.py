"""What a figure measures, read from the parse of its sentence.

"20,000 calls to the helpline" and "two calls from strangers" count calls, but not the same
calls; "300 homes destroyed" and "the last fire, in 2021, destroyed about 150 homes" count homes
of different fires. Two figures measure one thing only when the counted noun's own modifiers
(its prepositional phrases, compounds, adjectives) do not name different things and the clauses
are not dated to different years.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.records import Quantity
from storylens.story.claim_conflicts.words import parsed, phrases_alike

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


# MiniLM cosine at which two modifiers of a counted noun name one thing ("in the town" / "in Keswan")
SAME_MODIFIER = 0.6

_CLIMB = {"nummod", "quantmod", "compound", "nmod", "amod", "appos"}
_CONTENT = {"NOUN", "PROPN", "ADJ"}


@dataclass(frozen=True)
class MeasuredFrame:
    """A figure's counted noun and that noun's own modifiers."""

    noun: Optional[str]  # lemma of the counted noun; None for a bare figure ("rose to 400,000")
    attributes: frozenset[str]  # compounds, adjectives, possessors of the noun ("postal", "staff")
    phrases: frozenset[str]  # what the noun's prepositional phrases name, as text ("to the helpline")


def _token_of(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else span.root


@lru_cache(maxsize=4096)
def _frame(sentence: str, start: int, end: int) -> Optional[MeasuredFrame]:
    doc = parsed(sentence)
    token = _token_of(doc, start, end)
    if token is None:
        return None
    figure = {t.i for t in doc.char_span(start, end, alignment_mode="expand") or ()}
    # climb from the number to the noun it counts ("1.2 million customers": customers)
    noun = token
    while noun.dep_ in _CLIMB and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = noun.head
    if noun.like_num or noun.pos_ == "NUM" or noun.i in figure:
        # "1.2 million of its customers": the noun is the object of "of"
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [g for c in of for g in c.children if g.dep_ == "pobj"]
        if objects:
            figure |= {noun.i, of[0].i}
            noun = objects[0]
    bare = noun.i in figure or noun.like_num or noun.pos_ not in ("NOUN", "PROPN")
    attributes, phrases = set(), set()
    if not bare:
        for child in noun.children:
            if child.i in figure or child.dep_ in ("det", "nummod", "quantmod"):
                continue
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.pos_ in _CONTENT:
                attributes.add(child.lemma_.lower())
            elif child.dep_ == "prep":
                objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in _CONTENT and not g.like_num]
                if objects and not any(g.ent_type_ in ("DATE", "TIME") for g in objects):
                    phrases.add(doc[child.i:objects[0].right_edge.i + 1].text)
    return MeasuredFrame(None if bare else noun.lemma_.lower(), frozenset(attributes), frozenset(phrases))


def measured_frame(item: MentionInStory, quantity: Quantity) -> Optional[MeasuredFrame]:
    """The frame of ``quantity`` in ``item``'s sentence, or None when it cannot be read there."""
    sentence = item.mention.sentence
    start = quantity.span.start - sentence.start
    end = start + len(quantity.span.text)
    if not 0 <= start < end <= len(sentence.text) or sentence.text[start:end] != quantity.span.text:
        return None
    return _frame(sentence.text, start, end)


def figure_year(item: MentionInStory, quantity: Quantity) -> Optional[str]:
    """The year of the date written right after a figure, before the clause's next figure
    ("400,000 in the last fiscal year from a peak of 1.6 million in 2000": 2000 is the peak's)."""
    end = quantity.span.start + len(quantity.span.text)
    following = [q.span.start for q in item.mention.quantities if q.span.start > quantity.span.start]
    limit = min(following, default=item.span.end)
    years = [value[:4] for start, value in item.dated if end <= start < limit and value[:4].isdigit()]
    return years[0] if years else None


def figure_years(item: MentionInStory, quantity: Quantity) -> set[str]:
    """The years a figure is of: the date written right after it ("a peak of 1.6 million in
    2000"); else, when it is its clause's only figure, the years the clause is dated to ("in
    2021, destroyed about 150 homes"), or its article's year when the clause carries no date (it
    tells of the time of its report). Empty when the clause dates several figures at once."""
    own = figure_year(item, quantity)
    if own:
        return {own}
    if len(item.mention.quantities) > 1:
        return set()
    values = list(item.mention.dates) + [value for _, value in item.dated]
    years = {v[:4] for v in values if v[:4].isdigit()}
    if not years and not values and item.published[:4].isdigit():
        years = {item.published[:4]}
    return years


def different_things(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> Optional[str]:
    """Why two figures measure different things, or None when nothing says so: the clauses are
    dated to different years, or the counted nouns carry modifiers that name different things."""
    years_a, years_b = figure_years(a, qa), figure_years(b, qb)
    if years_a and years_b and not years_a & years_b:
        return "dated to different years"
    frame_a, frame_b = measured_frame(a, qa), measured_frame(b, qb)
    if frame_a is None or frame_b is None:
        return None
    if frame_a.attributes and frame_b.attributes and not frame_a.attributes & frame_b.attributes:
        return "the counted nouns are qualified differently"
    if frame_a.phrases and frame_b.phrases and not any(
            phrases_alike(x.lower(), y.lower(), SAME_MODIFIER) for x in frame_a.phrases for y in frame_b.phrases):
        return "the counted nouns are qualified differently"
    # The predicates the figures hang from are not compared: MiniLM on the value-masked phrases
    # from the verb to the counted noun does not tell one predicate from another ("has some
    # customers" / "held the details of some customers" 0.70, above "had stolen the details of
    # some customers" / "held ..." 0.59), so a bar on it would drop true disputes.
    return None
