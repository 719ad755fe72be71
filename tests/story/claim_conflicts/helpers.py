"""A claim mention in a story, made by hand from a sentence written for the tests."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts.mention import MentionInStory


def clause(sentence: str, text: str, article: str, *, published: str = "2031-06-02", **fields) -> MentionInStory:
    """The mention ``text`` of ``sentence`` in ``article`` (its outlet too), with ``fields`` of
    ``ClaimMention`` (subject, predicate, attributed_to, lemmas ...)."""
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, text, **fields)
    start = sentence.find(text)
    item = MentionInStory(mention, Span(article, start, start + len(text), text), article, published, article)
    item.align_text = text
    return item
