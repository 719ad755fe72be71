"""Why gold attributions of a PolNeAR split do not get the right source: a breakdown by kind.

    .venv/bin/python scripts/attribution_misses.py --data ../shared/eval/polnear --split dev

Each gold attribution with a source is counted once, as the evaluation's ``source_accuracy``
sees it (the prediction overlapping its content most), under the first kind that fits:

- right: that prediction's source overlaps the gold source;
- missed, no cue: no word of the gold cue is a rule cue or a cue of any scorer candidate;
- missed, below threshold: a candidate of the gold cue overlaps the content but scores under the
  threshold; missed, other content: the gold cue's candidates never overlap the content;
- missed, taken: a candidate above the threshold was dropped (its cue or content already used);
- wrong, other cue: the content is found but by a prediction with another cue (nested
  attributions, neighbouring clauses);
- wrong, no source: the right cue, no source found;
- wrong source on the right cue, by what the gold source is: a pronoun, a relative pronoun, a name,
  a description (a common noun phrase).

Parsed Docs may be kept with --cache (outside the repository). Reads only the split it is given.
With --split train --inner MODEL.npz (saved by train_attribution.py --inner-out), only the fifth of
train held out from that model is scored, with that model: the breakdown changes are chosen on.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from storylens.eval.attribution import Attr, _overlap_size, _overlaps, parsed_documents, read_ann, split_documents
from storylens.nlp.propaganda_model import LinearModel
from storylens.nlp.quotes import QuoteFinder, scorer
from storylens.nlp.quotes.cues import is_cue
from storylens.nlp.quotes.finder import QUOTE_KINDS
from storylens.nlp.quotes.marks import quoted_tokens

RELATIVE = frozenset({"who", "which", "that", "whom"})


def _tokens_in(doc, extents):
    return [t for t in doc if any(s <= t.idx < e for s, e in extents)]


def _source_kind(doc, extents) -> str:
    tokens = [t for t in _tokens_in(doc, extents) if not t.is_punct]
    if not tokens:
        return "other"
    if len(tokens) == 1 and tokens[0].lower_ in RELATIVE:
        return "relative pronoun"
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        return "pronoun"
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN" for t in tokens):
        return "name"
    return "description"


def kind_of(doc, gold, predicted, scored, cutoff) -> str:
    best = max(
        (p for p in predicted if _overlaps(p.content, gold.content)),
        key=lambda p: _overlap_size(p.content, gold.content),
        default=None,
    )
    if best is not None:
        if best.source and _overlaps(best.source, gold.source):
            return "right"
        if not best.cue or not _overlaps(best.cue, gold.cue):
            return "wrong: another cue's content (nested or neighbouring attribution)"
        if not best.source:
            return "wrong: right cue, no source"
        return f"wrong: right cue, gold source a {_source_kind(doc, gold.source)}"
    cue_tokens = {t.i for t in _tokens_in(doc, gold.cue)}
    if not gold.cue:
        return "missed: no gold cue"
    mine = [(c, p) for c, p in scored if c.cue.i in cue_tokens]
    if not mine and not any(is_cue(doc[i]) for i in cue_tokens):
        return "missed: gold cue is no candidate"
    touching = [
        p for c, p in mine
        if _overlaps([(doc[c.content[0]].idx, doc[c.content[1] - 1].idx + len(doc[c.content[1] - 1]))], gold.content)
    ]
    if not touching:
        return "missed: cue a candidate, its contents miss the gold content"
    if max(touching) < cutoff:
        return "missed: cue and content a candidate, scored below threshold"
    return "missed: candidate above threshold, dropped (cue or content used)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--split", default="dev", help="train, dev or test; dev:1 / dev:2 for a half of dev by document")
    parser.add_argument("--cache", type=Path, default=None, help="a .spacy file for the parsed Docs")
    parser.add_argument("--examples", type=int, default=0, help="print this many examples of each kind")
    parser.add_argument(
        "--inner", type=Path, default=None,
        help="a model saved by train_attribution.py --inner-out: score only its held-out train articles (its .held list) with it",
    )
    parser.add_argument(
        "--quotes-only", action="store_true",
        help="leave out what is no quote (acts, unsaid, unattributed), as doc._.quotes does; by default every attribution counts",
    )
    args = parser.parse_args()
    pairs = split_documents(args.data, args.split)
    docs = parsed_documents(pairs, args.cache)
    if args.inner is not None:
        held = {Path(line).name for line in args.inner.with_suffix(".held").read_text(encoding="utf-8").splitlines()}
        kept = [(pair, doc) for pair, doc in zip(pairs, docs) if pair[1].name in held]
        pairs, docs = [p for p, _ in kept], [d for _, d in kept]
        model, extra = LinearModel.load(args.inner)
        scorer.use_model(model, extra.get("threshold", scorer.DEFAULT_THRESHOLD))
    counts: collections.Counter = collections.Counter()
    examples = collections.defaultdict(list)
    cutoff = scorer.threshold()
    for (_, ann), doc in zip(pairs, docs):
        predicted = [
            Attr(content=[a.content], cue=[a.cue] if a.cue else [], source=[a.source] if a.source else [])
            for a in QuoteFinder()(doc)
            if not (args.quotes_only and a.kind not in QUOTE_KINDS)
        ]
        scored = scorer.scored_candidates(doc, quoted_tokens(doc))
        text = doc.text
        for gold in read_ann(ann):
            if not gold.source:
                continue
            kind = kind_of(doc, gold, predicted, scored, cutoff)
            counts[kind] += 1
            pick = lambda extents: " ".join(text[s:e] for s, e in extents)  # noqa: E731
            examples[kind].append(f"[{pick(gold.source)}] [{pick(gold.cue)}] {pick(gold.content)[:90]!r}")
    total = sum(counts.values())
    print(f"{args.split}: {total} gold attributions with a source")
    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{n:5d}  {n / total:.3f}  {kind}")
        for line in examples[kind][: args.examples]:
            print("         ", line)


if __name__ == "__main__":
    main()
