"""BASIL lexical bias: our loaded-language spans against BASIL's lexical-bias spans.

``storylens eval basil --data ../shared/eval/basil``

BASIL (Fan et al. 2019) annotates, in Fox, NYT and HuffPost articles on the same events, spans of
*lexical* bias (loaded words: "seize", "insisted") and of *informational* bias (whole clauses
chosen to sway). We compare its lexical spans with the spans our loaded-language component marks
Loaded_Language or Name_Calling,Labeling.

BASIL's annotation offsets count from the start of the sentence that holds the span, without
naming the sentence, so each one is placed at the sentence whose slice at those offsets is its
text. Articles are rebuilt as sentences joined by spaces, paragraphs by blank lines.

Metrics: ``span_*`` use the SemEval-2020 Task 11 span definitions (overlap-proportional partial
credit, storylens.eval.propaganda.si_scores); ``exact_*`` count only identical spans.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from storylens.errors import Errors, StorylensError
from storylens.eval.propaganda import si_scores
from storylens.eval.scoring import f_score

LOADED_CATEGORIES = frozenset({"Loaded_Language", "Name_Calling,Labeling"})


@dataclass
class BasilArticle:
    id: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)  # character ranges
    lexical: list[tuple[int, int]] = field(default_factory=list)


def _article_text(body: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    text = ""
    sentences = []
    for paragraph in body:
        if text:
            text += "\n\n"
        for n, sentence in enumerate(paragraph):
            if n:
                text += " "
            sentences.append((len(text), len(text) + len(sentence)))
            text += sentence
    return text, sentences


def read_basil(data_dir: Path) -> list[BasilArticle]:
    data_dir = Path(data_dir)
    if not (data_dir / "annotations").is_dir():
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail="no annotations folder"))
    articles = []
    for path in sorted((data_dir / "annotations").glob("*/*_ann.json")):
        source = data_dir / "articles" / path.parent.name / path.name.replace("_ann.json", ".json")
        if not source.exists():
            continue
        body = json.loads(source.read_text(encoding="utf-8")).get("body-paragraphs", [])
        text, sentences = _article_text(body)
        article = BasilArticle(source.stem, text, sentences)
        annotations = json.loads(path.read_text(encoding="utf-8")).get("phrase-level-annotations", [])
        for note in annotations:
            if note.get("bias") != "lex":
                continue
            start, end, words = int(note["start"]), int(note["end"]), note["txt"]
            for s_start, s_end in sentences:
                if text[s_start + start : s_start + end] == words and s_start + end <= s_end:
                    article.lexical.append((s_start + start, s_start + end))
                    break
        articles.append(article)
    return articles


def evaluate(data_dir: Path, *, limit: int | None = None, **options) -> dict[str, float]:
    import spacy

    from storylens.nlp.loaded_language import Word, find_loaded_spans

    articles = read_basil(data_dir)
    if limit:
        articles = articles[:limit]
    tokenizer = spacy.blank("en").tokenizer
    predicted: dict[str, list[tuple[int, int]]] = {}
    gold: dict[str, list[tuple[int, int]]] = {}
    for article in articles:
        words = []
        for n, (s_start, s_end) in enumerate(article.sentences):
            for token in tokenizer(article.text[s_start:s_end]):
                if not token.is_space:
                    words.append(Word(token.text, s_start + token.idx, s_start + token.idx + len(token.text), n))
        spans = find_loaded_spans(words, article.text)
        predicted[article.id] = [(s.start, s.end) for s in spans if s.category in LOADED_CATEGORIES]
        gold[article.id] = article.lexical
    partial = si_scores(predicted, gold)
    exact_hits = sum(len(set(predicted[a]) & set(gold[a])) for a in gold)
    n_predicted = sum(len(set(v)) for v in predicted.values())
    n_gold = sum(len(set(v)) for v in gold.values())
    exact_p = exact_hits / n_predicted if n_predicted else 0.0
    exact_r = exact_hits / n_gold if n_gold else 0.0
    exact_f1 = f_score(exact_p, exact_r)
    return {
        "score": partial["si_f1"],
        "span_precision": partial["si_precision"],
        "span_recall": partial["si_recall"],
        "span_f1": partial["si_f1"],
        "exact_precision": exact_p,
        "exact_recall": exact_r,
        "exact_f1": exact_f1,
        "articles": float(len(articles)),
        "gold_spans": float(n_gold),
        "predicted_spans": float(n_predicted),
    }
