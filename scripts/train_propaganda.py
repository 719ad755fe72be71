"""Train the loaded-language models (src/storylens/nlp/data/propaganda_{si,tc}.npz) on PTC.

    .venv/bin/python scripts/train_propaganda.py --data ../shared/eval/semeval2020_task11_ptc

The PTC folder holds labelled training articles only: they are split by article with a fixed
seed (storylens.eval.propaganda.split_articles); the dev part is never seen here, and
`storylens eval propaganda` scores it. Inside the training part, a further split by article
picks the tagger's decision threshold and gap; then both models are refitted on the whole
training part. Takes about a minute on one core.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from storylens.eval.propaganda import _gold_found_span, ptc_words, read_ptc, si_scores, split_articles
from storylens.nlp.loaded_language import decode_spans
from storylens.nlp.propaganda_model import SI_MODEL, TC_MODEL, LinearModel, span_features, token_features

MIN_FEATURE_COUNT = 2


def vocabulary(rows: list[list[str]], min_count: int = MIN_FEATURE_COUNT) -> dict[str, int]:
    counts = Counter(f for row in rows for f in set(row))
    kept = sorted(f for f, c in counts.items() if c >= min_count)
    return {f: i for i, f in enumerate(kept)}


def matrix(rows: list[list[str]], vocab: dict[str, int]) -> csr_matrix:
    indptr, indices = [0], []
    for row in rows:
        cols = sorted({vocab[f] for f in row if f in vocab})
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def token_rows(articles, tokenizer):
    """(per article: words, feature rows, inside-a-span labels)."""
    out = []
    for article in articles:
        words = ptc_words(tokenizer, article.text)
        rows = token_features([w.text for w in words], [w.sentence for w in words])
        labels = [int(any(w.start < e and w.end > s for s, e, _ in article.spans)) for w in words]
        out.append((article, words, rows, labels))
    return out


def fit_tagger(data, *, c: float) -> LinearModel:
    rows = [r for _, _, rs, _ in data for r in rs]
    labels = [y for _, _, _, ys in data for y in ys]
    vocab = vocabulary(rows)
    model = LogisticRegression(C=c, max_iter=300, solver="liblinear")
    model.fit(matrix(rows, vocab), labels)
    return LinearModel(["propaganda"], vocab, model.coef_.astype(np.float32), model.intercept_)


def tune_decoding(tagger: LinearModel, data) -> tuple[float, float, int, float]:
    """(threshold, seed threshold, max_gap, SI F1) best on held-out articles."""
    probabilities = [list(tagger.scores(rows)) for _, _, rows, _ in data]
    gold = {a.id: [(s, e) for s, e, _ in a.spans] for a, _, _, _ in data}
    best = (0.5, 0.5, 1, -1.0)
    for threshold in np.arange(0.05, 0.5, 0.05):
        for seed in np.arange(threshold, 0.8, 0.05):
            for gap in (0, 1, 2, 3, 5, 8):
                predicted = {
                    a.id: [
                        (s.start, s.end)
                        for s in decode_spans(words, p, threshold=threshold, max_gap=gap, seed_threshold=seed)
                    ]
                    for (a, words, _, _), p in zip(data, probabilities)
                }
                f1 = si_scores(predicted, gold)["si_f1"]
                if f1 > best[3]:
                    best = (float(threshold), float(seed), gap, f1)
    return best


def span_rows(articles, tokenizer):
    rows, labels = [], []
    for article in articles:
        words = ptc_words(tokenizer, article.text)
        lowered = article.text.lower()
        for start, end, technique in article.spans:
            found = _gold_found_span(words, start, end)
            inside = [w.text for w in words[found.first : found.last]]
            before = [w.text for w in words[max(0, found.first - 3) : found.first]]
            after = [w.text for w in words[found.last : found.last + 3]]
            rows.append(span_features(inside, before, after, lowered.count(article.text[start:end].lower())))
            labels.append(technique)
    return rows, labels


def fit_classifier(rows, labels, *, c: float) -> LinearModel:
    vocab = vocabulary(rows)
    model = LogisticRegression(C=c, max_iter=1000)
    model.fit(matrix(rows, vocab), labels)
    return LinearModel(list(model.classes_), vocab, model.coef_.astype(np.float32), model.intercept_)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval/semeval2020_task11_ptc"))
    parser.add_argument("--tagger-c", type=float, default=0.3)
    parser.add_argument("--classifier-c", type=float, default=0.5)
    args = parser.parse_args()

    tokenizer = spacy.blank("en").tokenizer
    train, _dev = split_articles(read_ptc(args.data))
    inner = sorted(train, key=lambda a: a.id)
    random.Random(7).shuffle(inner)
    cut = len(inner) * 4 // 5
    fit_part, tune_part = inner[:cut], inner[cut:]

    fit_data, tune_data = token_rows(fit_part, tokenizer), token_rows(tune_part, tokenizer)
    tagger = fit_tagger(fit_data, c=args.tagger_c)
    threshold, seed, gap, f1 = tune_decoding(tagger, tune_data)
    print(f"tagger: threshold {threshold:.2f}, seed {seed:.2f}, gap {gap}, held-out SI F1 {f1:.3f}")

    rows, labels = span_rows(fit_part, tokenizer)
    tune_rows, tune_labels = span_rows(tune_part, tokenizer)
    classifier = fit_classifier(rows, labels, c=args.classifier_c)
    predicted = classifier.scores(tune_rows).argmax(axis=1)
    accuracy = np.mean([classifier.classes[p] == y for p, y in zip(predicted, tune_labels)])
    print(f"classifier: held-out TC micro-F1 {accuracy:.3f}")

    # refit on the whole training part with the settings chosen above
    tagger = fit_tagger(fit_data + tune_data, c=args.tagger_c)
    tagger.save(SI_MODEL, threshold=threshold, seed_threshold=seed, max_gap=gap)
    classifier = fit_classifier(rows + tune_rows, labels + tune_labels, c=args.classifier_c)
    classifier.save(TC_MODEL)
    print(f"saved {SI_MODEL.name} ({SI_MODEL.stat().st_size // 1024} KB), {TC_MODEL.name} ({TC_MODEL.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
