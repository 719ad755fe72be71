"""FNC-1 stance detection (Fake News Challenge, 2017) scored with the claims machinery.

Data: the public FNC-1 layout, ``*_stances.csv`` (Headline, Body ID, Stance) and
``*_bodies.csv`` (Body ID, articleBody); the competition_test files are used when present,
else the train files. Each headline and each body goes once through the storylens pipeline;
its claim mentions are located as in a story (``claims.located_mentions``) and embedded with MiniLM.
A pair is then judged as a story of two articles, the headline dated after the body: its
claims come from ``claims.align_claims`` with the learned pair scorer of
``story/claim_linker.py`` (no model of its own), every headline mention against every body
mention:

- unrelated: no claim holds a mention of both;
- disagree: a claim of both is contested (negation, quantity, date, account, superseded:
  the headline is the later report) or the body takes the story back in refuting words
  ("hoax", "denied", "false");
- discuss: the body's mentions in those claims are mostly hedged ("reportedly") or attributed;
- agree: one of them states the headline's fact in the outlet's own voice.

Metrics: the 4x4 confusion matrix as ``confusion_<gold>_as_<predicted>``, per-class and macro
F1, and the FNC-1 relative score (0.25 per pair for related/unrelated right, 0.75 more for the
right class of a related pair, over the best possible), which is ``score``.
"""

from __future__ import annotations

import csv
import dataclasses
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from storylens.eval.scoring import f_score
from storylens.records import Article, ArticleAnalysis, ClaimMention, Span
from storylens.story.claim_conflicts import MentionInStory
from storylens.story.claim_linker import LinkModel, load_model

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED_LABELS = LABELS[:3]
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
    """One text's analysis and claim mentions as alignment sees them, with their MiniLM vectors
    (clause and sentence), computed once however many pairs the text is in."""

    analysis: ArticleAnalysis
    items: list[MentionInStory]
    vectors: np.ndarray
    sentence_vectors: np.ndarray
    words: set[str]


def _locate(analyses) -> dict[str, _Located]:
    from storylens.story.claims import located_mentions
    from storylens.story.context import StoryContext
    from storylens.story.embeddings import embed

    located: dict[str, tuple[ArticleAnalysis, list]] = {}
    for analysis in analyses:
        items = located_mentions(StoryContext([analysis]))
        if not items:  # a verbless headline ("Shark attack off Sydney beach"): the whole text is the claim
            analysis = _whole_text_claim(analysis)
            items = located_mentions(StoryContext([analysis]))
        located[analysis.article.id] = (analysis, items)
    everything = [item for _, items in located.values() for item in items]
    vectors = embed([item.align_text for item in everything])
    sentence_vectors = embed([item.mention.sentence.text for item in everything])
    out, at = {}, 0
    for key, (analysis, items) in located.items():
        words = {w for item in items for w in item.lemmas} | {
            w.strip(".,;:'\"“”‘’()").lower() for item in items for w in item.mention.text.split()
        }
        end = at + len(items)
        out[key] = _Located(analysis, items, vectors[at:end], sentence_vectors[at:end], words)
        at = end
    return out


def _whole_text_claim(analysis):
    text = analysis.article.text
    span = Span.of(analysis.article.id, text, 0, len(text))
    return dataclasses.replace(analysis, claim_mentions=[ClaimMention(sentence=span, text=text)])


def _analyse(texts: dict[str, str], *, nlp, role: str, published: str) -> dict[str, _Located | None]:
    from storylens.nlp.pipeline import analyze_articles

    articles = [Article(id=f"{role}-{key}", source=role, text=text, outlet=role, published=published)
                for key, text in texts.items() if text.strip()]
    located = _locate(analyze_articles(articles, nlp=nlp))
    return {key: located.get(f"{role}-{key}") for key in texts}


def predict_stance(headline: _Located | None, body: _Located | None, *, model: LinkModel | None = None) -> str:
    """One FNC-1 label for a headline and a body: the claims of the story made of the two
    (``align_claims`` with the learned pair scorer, every headline mention paired with every
    body mention) say whether the body tells the headline's fact, disputes it, or neither."""
    from storylens.story.claims import align_claims, prepare_located
    from storylens.story.context import StoryContext

    if headline is None or body is None or not headline.items or not body.items:
        return "unrelated"
    n = len(headline.items)
    # the body's mentions come second in the story: what "that" points back to moves with them
    body_items = [dataclasses.replace(item, antecedents=[n + a for a in item.antecedents]) for item in body.items]
    prepared = prepare_located(
        headline.items + body_items,
        np.vstack([headline.vectors, body.vectors]),
        np.vstack([headline.sentence_vectors, body.sentence_vectors]),
        [(i, n + j) for i in range(n) for j in range(len(body.items))],
    )
    claims, _ = align_claims(StoryContext([headline.analysis, body.analysis]), model=model, prepared=prepared)
    head_id, body_id = headline.analysis.article.id, body.analysis.article.id
    shared = [c for c in claims if {s.article for s in c.sources} >= {head_id, body_id}]
    if not shared:
        return "unrelated"
    if any(c.status == "contested" for c in shared):
        return "disagree"
    if body.words & REFUTATIONS and not headline.words & REFUTATIONS:
        return "disagree"
    item_at = {(item.span.start, item.span.end): item for item in body.items}
    told = [item_at[(s.span.start, s.span.end)].mention for c in shared for s in c.sources if s.article == body_id]
    hedged = sum(1 for m in told if m.hedged or m.attributed_to or set(m.lemmas) & HEDGE_WORDS)
    own_voice = any(not m.hedged and m.attributed_to is None and not m.negated for m in told)
    return "agree" if own_voice and hedged * 2 <= len(told) else "discuss"


def predict(pairs: Iterable[Pair], bodies: dict[str, str], *, nlp=None) -> list[str]:
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
    model = load_model()
    return [predict_stance(headlines[headline_keys[p.headline]], body_of[p.body_id], model=model) for p in pairs]


def evaluate(data_dir: Path, *, sample: int | None = None, seed: int = 0, nlp=None) -> dict[str, float]:
    """Score FNC-1 stance on the pairs under ``data_dir`` (a random ``sample`` of them if given)."""
    pairs, bodies = read_fnc(data_dir)
    if sample is not None and sample < len(pairs):
        pairs = random.Random(seed).sample(pairs, sample)
    predicted = predict(pairs, bodies, nlp=nlp)
    figures = metrics([p.stance for p in pairs], predicted)
    figures["score"] = figures["fnc_score"]
    return figures
