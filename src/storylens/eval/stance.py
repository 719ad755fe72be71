"""FNC-1 stance detection (Fake News Challenge, 2017) scored with the claims machinery.

Data: the public FNC-1 layout, ``*_stances.csv`` (Headline, Body ID, Stance) and
``*_bodies.csv`` (Body ID, articleBody); the competition_test files are used when present,
else the train files. Each headline and each body goes once through the storylens pipeline;
its claim mentions are located as in a story (``claims._located``) and embedded with MiniLM.
A pair is then judged by the claim alignment of ``story/claims.py``, no model of its own:

- unrelated: no body claim is related enough to a headline claim (``claims.relatedness``,
  MiniLM cosine plus shared actors, predicate, content words and agreeing quantities);
- disagree: a related body claim conflicts with the headline (``claims._conflict``: negation,
  quantity, date, superseded) or takes it back in refuting words ("hoax", "denied", "false");
- discuss: the related body claims are hedged ("reportedly") or attributed to someone;
- agree: a related body claim states the headline's fact in the outlet's own voice.

Metrics: the 4x4 confusion matrix as ``confusion_<gold>_as_<predicted>``, per-class and macro
F1, and the FNC-1 relative score (0.25 per pair for related/unrelated right, 0.75 more for the
right class of a related pair, over the best possible), which is ``score``.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from storylens.records import Article, ClaimMention, Span
from storylens.eval.scoring import f_score

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED_LABELS = LABELS[:3]
RELATED = 0.55  # relatedness at which a body claim is about the headline's fact
# words by which a body calls the headline's story untrue (the claims' REVERSALS, for rumours)
REFUTATIONS = {"hoax", "fake", "false", "untrue", "debunk", "debunked", "deny", "denial", "myth", "fabricate",
               "fabricated", "baseless", "refute", "dismiss", "satire", "satirical", "prank"}
HEDGE_WORDS = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "unconfirmed", "rumor",
               "rumour", "rumored", "rumoured", "claim", "claimed", "claims", "unverified", "speculation"}


@dataclass
class Pair:
    headline: str
    body_id: str
    stance: str


def _files(data_dir: Path) -> tuple[Path, Path]:
    """The stances and bodies CSVs: competition_test first, else train, else any pair of them."""
    stances = sorted(Path(data_dir).rglob("*_stances*.csv"))
    stances = [p for p in stances if "unlabeled" not in p.name] or stances
    for wanted in ("competition_test", "train"):
        for path in stances:
            if path.name.startswith(wanted):
                bodies = path.with_name(wanted + "_bodies.csv")
                if bodies.exists():
                    return path, bodies
    for path in stances:
        bodies = path.with_name(path.name.split("_stances")[0] + "_bodies.csv")
        if bodies.exists():
            return path, bodies
    raise FileNotFoundError(f"no FNC-1 *_stances.csv with its *_bodies.csv under {data_dir}")


def read_fnc(data_dir: Path) -> tuple[list[Pair], dict[str, str]]:
    stances_path, bodies_path = _files(data_dir)
    with bodies_path.open(encoding="utf-8", newline="") as f:
        bodies = {row["Body ID"].strip(): row["articleBody"] for row in csv.DictReader(f)}
    with stances_path.open(encoding="utf-8", newline="") as f:
        pairs = [Pair(row["Headline"], row["Body ID"].strip(), row["Stance"].strip().lower()) for row in csv.DictReader(f)]
    return [p for p in pairs if p.body_id in bodies and p.stance in LABELS], bodies


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """The FNC-1 relative score: the official weighting over its maximum."""
    def points(g: str, p: str) -> float:
        total = 0.0
        if g == p:
            total += 0.25 + (0.5 if g != "unrelated" else 0.0)
        if g in RELATED_LABELS and p in RELATED_LABELS:
            total += 0.25
        return total

    best = sum(points(g, g) for g in gold)
    return sum(points(g, p) for g, p in zip(gold, predicted)) / best if best else 0.0


def metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for g in LABELS:
        for p in LABELS:
            out[f"confusion_{g}_as_{p}"] = float(sum(1 for a, b in zip(gold, predicted) if a == g and b == p))
    f1s = []
    for label in LABELS:
        tp = out[f"confusion_{label}_as_{label}"]
        predicted_n = sum(out[f"confusion_{g}_as_{label}"] for g in LABELS)
        gold_n = sum(out[f"confusion_{label}_as_{p}"] for p in LABELS)
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = f_score(precision, recall)
        out[f"{label}_f1"] = f1
        f1s.append(f1)
    out["macro_f1"] = sum(f1s) / len(f1s)
    out["accuracy"] = sum(1 for a, b in zip(gold, predicted) if a == b) / len(gold) if gold else 0.0
    out["fnc_score"] = fnc_score(gold, predicted)
    out["pairs"] = float(len(gold))
    return out


@dataclass
class _Located:
    """One text's claim mentions as alignment sees them, with their MiniLM vectors."""

    items: list
    vectors: np.ndarray
    words: set[str]


def _locate(analyses, *, role: str) -> dict[str, _Located]:
    from storylens.story.claims import _located
    from storylens.story.context import StoryContext
    from storylens.story.embeddings import embed

    located: dict[str, list] = {}
    for analysis in analyses:
        items = _located(StoryContext([analysis]))
        if not items:  # a verbless headline ("Shark attack off Sydney beach"): the whole text is the claim
            items = _located(StoryContext([_whole_text_claim(analysis)]))
        located[analysis.article.id] = items
    texts = [item.align_text for items in located.values() for item in items]
    vectors = embed(texts)
    out, at = {}, 0
    for key, items in located.items():
        words = {w for item in items for w in item.lemmas} | {
            w.strip(".,;:'\"“”‘’()").lower() for item in items for w in item.mention.text.split()
        }
        out[key] = _Located(items, vectors[at:at + len(items)], words)
        at += len(items)
    return out


def _whole_text_claim(analysis):
    import dataclasses

    text = analysis.article.text
    span = Span.of(analysis.article.id, text, 0, len(text))
    return dataclasses.replace(analysis, claim_mentions=[ClaimMention(sentence=span, text=text)])


def _analyse(texts: dict[str, str], *, nlp, role: str, published: str) -> dict[str, _Located]:
    from storylens.nlp.pipeline import analyze_articles

    articles = [Article(id=f"{role}-{key}", source=role, text=text, outlet=role, published=published)
                for key, text in texts.items() if text.strip()]
    located = _locate(analyze_articles(articles, nlp=nlp), role=role)
    return {key: located.get(f"{role}-{key}", _Located([], np.zeros((0, 384), np.float32), set())) for key in texts}


def predict_stance(headline: _Located, body: _Located, *, related_at: float = RELATED) -> str:
    """One FNC-1 label for a headline and a body, from their aligned claim mentions."""
    from storylens.story.claims import _conflict, _same_fact, relatedness

    if not headline.items or not body.items:
        return "unrelated"
    cosines = headline.vectors @ body.vectors.T
    aligned, agreeing, best = [], False, 0.0
    for i, head in enumerate(headline.items):
        for j, sentence in enumerate(body.items):
            cosine = float(cosines[i, j])
            related = relatedness(head, sentence, cosine, set())
            best = max(best, related)
            if related < related_at:
                continue
            same_fact = _same_fact(head, sentence, related, cosine, set())
            if _conflict(head, sentence, related, same_fact) is not None:
                return "disagree"
            aligned.append(sentence)
            mention = sentence.mention
            agreeing |= same_fact and not mention.hedged and mention.attributed_to is None and not mention.negated
    if not aligned:
        return "unrelated"
    if body.words & REFUTATIONS and not headline.words & REFUTATIONS:
        return "disagree"
    hedged = sum(1 for s in aligned if s.mention.hedged or s.mention.attributed_to or set(s.mention.lemmas) & HEDGE_WORDS)
    if agreeing and hedged * 2 <= len(aligned):
        return "agree"
    return "discuss"


def predict(pairs: Iterable[Pair], bodies: dict[str, str], *, nlp=None, related_at: float = RELATED) -> list[str]:
    """FNC-1 labels for ``pairs``; every distinct headline and body is analysed once.

    Headlines are dated after bodies so that a headline retracting the body's story reads as
    the later report (``superseded``)."""
    from storylens.nlp.pipeline import shared_nlp

    pairs = list(pairs)
    nlp = nlp or shared_nlp()
    headline_keys = {h: str(i) for i, h in enumerate(sorted({p.headline for p in pairs}))}
    headlines = _analyse({k: h for h, k in headline_keys.items()}, nlp=nlp, role="headline", published="2000-01-02")
    needed = {p.body_id: bodies[p.body_id] for p in pairs}
    body_of = _analyse(needed, nlp=nlp, role="body", published="2000-01-01")
    return [predict_stance(headlines[headline_keys[p.headline]], body_of[p.body_id], related_at=related_at) for p in pairs]


def evaluate(data_dir: Path, *, sample: int | None = None, seed: int = 0, related_at: float = RELATED, nlp=None) -> dict[str, float]:
    """Score FNC-1 stance on the pairs under ``data_dir`` (a random ``sample`` of them if given)."""
    pairs, bodies = read_fnc(data_dir)
    if sample is not None and sample < len(pairs):
        pairs = random.Random(seed).sample(pairs, sample)
    predicted = predict(pairs, bodies, nlp=nlp, related_at=related_at)
    figures = metrics([p.stance for p in pairs], predicted)
    figures["score"] = figures["fnc_score"]
    return figures
