"""Claim mentions of whole sentences written for the figure tests, read as the dispute checks read them."""

from storylens.records import ClaimMention, Quantity, Span
from storylens.story.claim_conflicts.mention import MentionInStory


def stated(sentence: str, figures: list[tuple[str, float, str, str]], article: str, *, source: str | None = None,
           modality: str | None = None, outlet: str | None = None) -> MentionInStory:
    """The whole ``sentence`` as one mention of ``article``; ``figures``: (text, value, unit,
    bound), the unit "count:<noun>" for a count of that noun."""
    span = Span(article, 0, len(sentence), sentence)
    quantities = []
    for text, value, unit, bound in figures:
        at = sentence.index(text)
        noun = unit.split(":", 1)[1] if unit.startswith("count:") else (unit.split(":", 1)[1] if ":" in unit else None)
        quantities.append(Quantity(Span(article, at, at + len(text), text), value, unit.split(":", 1)[0], bound,
                                   surface_unit=noun))
    mention = ClaimMention(span, sentence, predicate="x", quantities=quantities, attributed_to=source,
                           modality=modality)
    return MentionInStory(mention, span, outlet or article, "2031-06-02", outlet or article)
