"""NeuS / AllSides: our brief of left, centre and right coverage against AllSides' neutral summary.

Each line of ``<split>.source`` holds the three articles (``TITLE=> ... ARTICLE=> ...`` joined by
``[SEP]``, in random order); the same line of ``<split>.target`` holds the neutral summary. We
build one story of the three articles, write its brief, and report ROUGE-1/2/L F1 against the
summary's text, plus loaded terms per 100 words in our brief and in the inputs.
"""

from __future__ import annotations

import re
from pathlib import Path

from rouge_score import rouge_scorer

from storylens.records import Article
from storylens.story.brief.sentences import WORDING_TECHNIQUES

ITEM = re.compile(r"TITLE=>\s*(?P<title>.*?)\s*ARTICLE=>\s*(?P<body>.*)", re.S)


def parse_item(text: str) -> tuple[str, str]:
    match = ITEM.match(text.strip())
    return (match["title"], match["body"]) if match else ("", text.strip())


def read_split(data_dir: Path, split: str) -> list[tuple[list[tuple[str, str]], str]]:
    folder = next((p for p in [data_dir, *data_dir.rglob("*")] if (p / f"{split}.source").exists()), None)
    if folder is None:
        from storylens.errors import Errors, StorylensError

        raise StorylensError(Errors.E005.format(path=str(data_dir), detail=f"no {split}.source/{split}.target found"))
    sources = (folder / f"{split}.source").read_text(encoding="utf-8").splitlines()
    targets = (folder / f"{split}.target").read_text(encoding="utf-8").splitlines()
    items = []
    for source, target in zip(sources, targets):
        articles = [parse_item(part) for part in source.split("[SEP]") if part.strip()]
        items.append((articles, parse_item(target)[1]))
    return items


def brief_text(articles: list[tuple[str, str]], *, nlp=None, sentences: int | None = None) -> str:
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    records = [
        Article(id=f"item-{i}", source=f"article {i + 1}", text=body, title=title or None, outlet=f"Outlet {i + 1}")
        for i, (title, body) in enumerate(articles)
    ]
    story = build_story(list(analyze_articles(records, nlp=nlp)))
    return " ".join(s.text for s in story.summary[:sentences])


def loaded_per_100_words(text: str, nlp) -> float:
    """Wording-level loaded spans (the techniques the brief avoids) per 100 words."""
    doc = nlp(text)
    words = sum(1 for t in doc if t.is_alpha)
    loaded = [s for s in doc._.loaded_spans or [] if set(s.category.split(",")) & WORDING_TECHNIQUES]
    return 100.0 * len(loaded) / max(1, words)


def evaluate(data_dir: Path, *, split: str = "val", limit: int | None = None, sentences: int = 3, **_) -> dict[str, float]:
    """``sentences``: how much of the brief is scored; AllSides' neutral summaries run about three."""
    from storylens.nlp.pipeline import shared_nlp

    nlp = shared_nlp()
    items = read_split(Path(data_dir), split)[: limit or None]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    ours_loaded = inputs_loaded = 0.0
    empty = 0
    for articles, target in items:
        ours = brief_text(articles, nlp=nlp, sentences=sentences)
        empty += not ours
        scores = scorer.score(target, ours)
        for key in totals:
            totals[key] += scores[key].fmeasure
        ours_loaded += loaded_per_100_words(ours, nlp) if ours else 0.0
        inputs_loaded += loaded_per_100_words(" ".join(body for _, body in articles), nlp)
    n = max(1, len(items))
    return {
        "items": float(len(items)),
        "rouge1_f1": totals["rouge1"] / n,
        "rouge2_f1": totals["rouge2"] / n,
        "rougeL_f1": totals["rougeL"] / n,
        "loaded_per_100_words_brief": ours_loaded / n,
        "loaded_per_100_words_inputs": inputs_loaded / n,
        "empty_briefs": float(empty),
        "score": totals["rougeL"] / n,
    }
