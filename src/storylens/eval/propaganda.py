"""SemEval-2020 Task 11 (PTC): propaganda span identification (SI) and technique classification (TC).

``storylens eval propaganda --data ../shared/eval/semeval2020_task11_ptc``

The folder holds labelled training articles only, so scripts/train_propaganda.py splits them by
article with a fixed seed (``split_articles``) and this scorer reports the dev part it never
trained on (``--split train`` scores the training part, to see over-fitting).

Metrics, as the task's scorer defines them:
- SI: spans of one article are merged where they overlap; precision is the sum over predicted
  spans s and gold spans t of |s ∩ t| / |s|, divided by the number of predicted spans; recall the
  same with |t| and the number of gold spans; F1 their harmonic mean (partial credit for overlap).
- TC: given the gold spans, predict each one's technique; micro-F1 (equal to accuracy here, since
  every gold span gets exactly one prediction).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from storylens.errors import Errors, StorylensError
from storylens.eval.scoring import f_score

SPLIT_SEED = 2020
DEV_SHARE = 0.2


@dataclass
class PtcArticle:
    id: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, technique


def _datasets(data_dir: Path) -> Path:
    for candidate in (data_dir / "datasets", data_dir / "semeval2020_task11_ptc" / "datasets", data_dir):
        if (candidate / "train-articles").is_dir():
            return candidate
    raise StorylensError(Errors.E005.format(path=str(data_dir), detail="no train-articles folder"))


def read_ptc(data_dir: Path) -> list[PtcArticle]:
    """Articles with their technique spans (from the per-article task-2 label files)."""
    root = _datasets(Path(data_dir))
    articles = {}
    for path in sorted((root / "train-articles").glob("article*.txt")):
        article_id = path.stem.removeprefix("article")
        # newline="" keeps "\r" characters, which the gold offsets count
        articles[article_id] = PtcArticle(article_id, path.open(encoding="utf-8", newline="").read())
    for path in sorted((root / "train-labels-task2-technique-classification").glob("*.labels")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0] in articles:
                articles[parts[0]].spans.append((int(parts[2]), int(parts[3]), parts[1]))
    return list(articles.values())


def split_articles(articles: list[PtcArticle], *, seed: int = SPLIT_SEED, dev_share: float = DEV_SHARE):
    """(train, dev) by article, the same every time for the same articles."""
    ids = sorted(a.id for a in articles)
    random.Random(seed).shuffle(ids)
    dev_ids = set(ids[: round(len(ids) * dev_share)])
    return [a for a in articles if a.id not in dev_ids], [a for a in articles if a.id in dev_ids]


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def si_scores(predicted: dict[str, list[tuple[int, int]]], gold: dict[str, list[tuple[int, int]]]) -> dict[str, float]:
    """SI precision, recall and F1 over all articles (partial credit for overlap)."""
    precision_sum = recall_sum = 0.0
    n_predicted = n_gold = 0
    for article_id in set(predicted) | set(gold):
        s_spans = merge_spans(predicted.get(article_id, []))
        t_spans = merge_spans(gold.get(article_id, []))
        n_predicted += len(s_spans)
        n_gold += len(t_spans)
        for s_start, s_end in s_spans:
            for t_start, t_end in t_spans:
                overlap = min(s_end, t_end) - max(s_start, t_start)
                if overlap > 0:
                    precision_sum += overlap / (s_end - s_start)
                    recall_sum += overlap / (t_end - t_start)
    precision = precision_sum / n_predicted if n_predicted else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    f1 = f_score(precision, recall)
    return {"si_precision": precision, "si_recall": recall, "si_f1": f1}


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None, **options) -> dict[str, float]:
    import spacy

    from storylens.nlp.contextual import encode_words
    from storylens.nlp.loaded_language import classify_spans, find_loaded_spans, tagger_reads_vectors

    if split not in {"dev", "train"}:
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail=f"split must be dev or train, not {split}"))
    articles = read_ptc(data_dir)
    train, dev = split_articles(articles)
    chosen = dev if split == "dev" else train
    if limit:
        chosen = chosen[:limit]
    tokenizer = spacy.blank("en").tokenizer
    predicted: dict[str, list[tuple[int, int]]] = {}
    gold: dict[str, list[tuple[int, int]]] = {}
    correct = total = 0
    for article in chosen:
        words = ptc_words(tokenizer, article.text)
        # As the pipeline does: one transformer pass for both tasks when the tagger reads
        # vectors; otherwise the classifier makes its own pass when it has spans to name.
        vectors = encode_words(words, article.text) if tagger_reads_vectors() else None
        predicted[article.id] = [(s.start, s.end) for s in find_loaded_spans(words, article.text, vectors=vectors)]
        gold[article.id] = [(s, e) for s, e, _ in article.spans]
        gold_spans = [_gold_found_span(words, s, e) for s, e, _ in article.spans]
        classify_spans(words, gold_spans, article.text, vectors)
        correct += sum(found.category == technique for found, (_, _, technique) in zip(gold_spans, article.spans))
        total += len(article.spans)
    scores = si_scores(predicted, gold)
    tc = correct / total if total else 0.0
    return {
        "score": scores["si_f1"],
        **scores,
        "tc_micro_f1": tc,
        "articles": float(len(chosen)),
        "gold_spans": float(total),
        **_read_against_docs(chosen, gold),
    }


def _read_against_docs(chosen: list[PtcArticle], gold: dict[str, list[tuple[int, int]]]) -> dict[str, float]:
    """The same models as the pipeline runs them: over spaCy's words, with the spans read against
    the parsed Doc (``loaded_language.read_against_doc``). ``doc_*``: SI scores of that;
    ``dropped_spans``: model spans the Doc reading removed, ``dropped_in_gold``: how many of
    those overlap a gold span (the reading's mistakes); ``added_spans``/``added_in_gold``: the
    same for the evaluative phrases ``evaluative_additions`` adds (in ``doc_*``, as the
    component applies them; kept spans none of whose words judges, ``context_spans``, are left
    out of ``doc_*`` as the product leaves them out of its loaded language). ``model_spans``/``kept_spans``: spans before and after the reading,
    and of them ``*_names_only`` (every content word a name) and ``*_lone_verbs`` (one content
    word, a verb): what a journalist would never call loaded (issue 19)."""
    from storylens.nlp.loaded_language import doc_words, evaluative_additions, find_loaded_spans, read_against_doc
    from storylens.nlp.loaded_rules import judges, keeps_span, lone_verb, names_only
    from storylens.nlp.loaded_rules.filters import content_words, is_name
    from storylens.nlp.pipeline import build_nlp

    nlp = build_nlp(components=["storylens_sentences", "storylens_entity_fixes"])
    predicted: dict[str, list[tuple[int, int]]] = {}
    counts = {"dropped_spans": 0.0, "dropped_in_gold": 0.0, "added_spans": 0.0, "added_in_gold": 0.0, "context_spans": 0.0}
    counts.update({f"{stage}_{kind}": 0.0 for stage in ("model", "kept") for kind in ("spans", "names_only", "lone_verbs", "edge_names")})
    for article in chosen:
        doc = nlp(article.text)
        words = doc_words(doc)
        spans = find_loaded_spans(words, doc.text)
        kept = read_against_doc(doc, spans, words)
        # as the product shows them: a kept span none of whose words judges is context, not loaded,
        # and the loaded words read inside it are added (round s29, as the component does)
        shown = [s for s in kept if judges(doc, s.start, s.end)]
        added = evaluative_additions(doc, words, shown)
        counts["context_spans"] += len(kept) - len(shown)
        predicted[article.id] = [(s.start, s.end) for s in shown + added]
        for stage, group in (("model", spans), ("kept", kept)):
            parts = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in group]
            counts[f"{stage}_spans"] += len(group)
            counts[f"{stage}_names_only"] += sum(1 for p in parts if p is not None and names_only(p))
            counts[f"{stage}_lone_verbs"] += sum(1 for p in parts if p is not None and lone_verb(p))
            edges = [content_words(p) for p in parts if p is not None]
            counts[f"{stage}_edge_names"] += sum(1 for w in edges if w and (is_name(w[0]) or is_name(w[-1])))
        for kind, group in (("dropped", [s for s in spans if not keeps_span(doc, s.start, s.end)]), ("added", added)):
            counts[f"{kind}_spans"] += len(group)
            counts[f"{kind}_in_gold"] += sum(any(s.start < e and b < s.end for b, e in gold[article.id]) for s in group)
    scores = si_scores(predicted, gold)
    return {"doc_si_precision": scores["si_precision"], "doc_si_recall": scores["si_recall"], "doc_si_f1": scores["si_f1"], **counts}


def ptc_words(tokenizer, text: str) -> list:
    """Words of a PTC article; its lines are its sentences (one sentence per line)."""
    from storylens.nlp.loaded_language import Word

    words = []
    sentence = 0
    for token in tokenizer(text):
        if token.is_space:
            sentence += token.text.count("\n")
            continue
        words.append(Word(token.text, token.idx, token.idx + len(token.text), sentence))
        sentence += token.whitespace_.count("\n")
    return words


def _gold_found_span(words: list, start: int, end: int):
    from storylens.nlp.loaded_language import FoundSpan

    inside = [i for i, w in enumerate(words) if w.start < end and w.end > start]
    first, last = (inside[0], inside[-1] + 1) if inside else (0, 0)
    return FoundSpan(start, end, first, last, 1.0)
