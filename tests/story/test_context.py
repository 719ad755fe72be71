"""StoryContext's lookups by position: the same answers as reading every sentence and mention."""

from __future__ import annotations

from storylens.records import Article, ArticleAnalysis, Span
from storylens.story.context import StoryContext

TEXTS = {
    "a": "Lena Varo opened the Tarsin bridge on Monday. The Tarsin council paid for it.  Traffic moved at once.",
    "b": "Engineers of Colm Works built the bridge. Lena Varo thanked them.",
}


def _analysis(article_id: str) -> ArticleAnalysis:
    text = TEXTS[article_id]
    sentences, start = [], 0
    for part in text.split(". "):
        end = min(len(text), start + len(part) + 1)
        sentences.append(Span.of(article_id, text, start, end))
        start = end + 1
    return ArticleAnalysis(article=Article(id=article_id, source=article_id, text=text), sentences=sentences)


def _context() -> StoryContext:
    context = StoryContext([_analysis("a"), _analysis("b")])
    for article_id, names in (("a", ["Lena Varo", "Tarsin", "Tarsin council"]), ("b", ["Colm Works", "Lena Varo"])):
        for name in names:
            start = TEXTS[article_id].index(name)
            context.actor_of_mention[(article_id, start, start + len(name))] = name.lower().replace(" ", "-")
    return context


def _scanned_actor(context: StoryContext, article_id: str, start: int):
    for (aid, s, e), actor_id in context.actor_of_mention.items():
        if aid == article_id and s <= start < e:
            return actor_id
    return None


def test_actor_and_sentence_at_every_position_are_those_a_scan_finds():
    context = _context()
    for article_id, text in TEXTS.items():
        analysis = next(a for a in context.analyses if a.article.id == article_id)
        for start in range(len(text) + 1):
            assert context.actor_for("nobody", article_id, start) == _scanned_actor(context, article_id, start)
            span = Span.of(article_id, text, start, start)
            scanned = next((s for s in analysis.sentences if s.start <= start < s.end), span)
            assert context.sentence_of(span) == scanned


def test_mentions_added_later_are_found_and_the_first_filled_wins():
    context = _context()
    assert context.actor_for("nobody", "a", TEXTS["a"].index("bridge")) is None
    start = TEXTS["a"].index("Tarsin bridge")
    context.actor_of_mention[("a", start, start + len("Tarsin bridge"))] = "tarsin-bridge"
    assert context.actor_for("nobody", "a", start + len("Tarsin ")) == "tarsin-bridge"
    assert context.actor_for("nobody", "a", start) == "tarsin" == _scanned_actor(context, "a", start)
