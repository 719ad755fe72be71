"""PolNeAR attribution scorer: ``storylens eval attribution --data ../shared/eval/polnear``.

PolNeAR (Newell et al., LREC 2018) annotates political news with brat standoff: Source, Cue and
Content spans tied by Attribution relations. The split is the corpus's ``compartment`` column of
``data/metadata.tsv`` (train, dev, test); an article annotated by several annotators is scored
against the first annotator listed there.

Metrics, for source, cue and content, ours and (as ``textacy_*``) textacy's
``direct_quotations`` on the very same parsed Docs:

- ``*_f1`` / ``*_precision`` / ``*_recall``: overlap-based span F1 — a predicted span counts when
  it overlaps a gold span of the same role, a gold span is found when a prediction overlaps it;
- ``*_exact_f1``: the same with exact boundaries, after trimming white space and punctuation
  (quotation marks, commas, full stops) at both ends of both spans;
- ``source_accuracy``: the share of gold contents that have a source for which the prediction
  overlapping the content best has a source overlapping the gold source.

``score`` is our overlap-based content F1.
"""

from __future__ import annotations

import csv
import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from storylens.errors import Errors, StorylensError
from storylens.eval.scoring import f_score

ROLES = ("source", "cue", "content")
# Components our attributions need: layout-aware sentences, cleaned entities (speaker names).
COMPONENTS = [
    ("storylens.nlp.sentences", "storylens_sentences"),
    ("storylens.nlp.entity_fixes", "storylens_entity_fixes"),
]
_TRIM = " \t\n\u00a0\"'“”‘’«»,.;:!?—–-()[]"

Extent = tuple[int, int]


@dataclass
class Attr:
    """One attribution as character extents (a discontinuous gold span keeps its fragments)."""

    content: list[Extent] = field(default_factory=list)
    cue: list[Extent] = field(default_factory=list)
    source: list[Extent] = field(default_factory=list)

    def role(self, name: str) -> list[Extent]:
        return getattr(self, name)


def read_ann(path: Path) -> list[Attr]:
    """Attribution relations of one brat .ann file."""
    spans: dict[str, list[Extent]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _label, _, offsets = parts[1].partition(" ")
            extents = []
            for fragment in offsets.split(";"):
                start, end = fragment.split()
                extents.append((int(start), int(end)))
            spans[parts[0]] = extents
        elif parts[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in parts[1].split())
            relations.append(roles)
    found = []
    for roles in relations:
        attr = Attr()
        for role in ROLES:
            ref = roles.get(role.capitalize())
            if ref in spans:
                setattr(attr, role, spans[ref])
        if attr.content:
            found.append(attr)
    return found


def split_documents(data_dir: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, annotation) paths of the split, in file-name order. ``dev:1`` / ``dev:2`` (any split
    with ``:1`` or ``:2``) is one half of it by document: every other article in file-name order,
    the first, third, ... in half 1, so each half spreads over every outlet and month. One half is
    studied while the other stays untouched for the figures."""
    split, _, half = split.partition(":")
    if half:
        if half not in ("1", "2"):
            raise StorylensError(Errors.E005.format(path=str(data_dir), detail=f"no half {half!r} (1 or 2)"))
        return split_documents(data_dir, split)[int(half) - 1 :: 2]
    root = data_dir / "data" if (data_dir / "data" / "metadata.tsv").exists() else data_dir
    metadata = root / "metadata.tsv"
    if not metadata.exists():
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail="no data/metadata.tsv (PolNeAR layout)"))
    pairs = []
    with metadata.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["compartment"] != split:
                continue
            text = root / split / "text" / (row["filename"] + ".txt")
            for annotator in row["annotators"].split("|"):
                ann = root / split / "attributions" / f"{row['filename']}_{annotator}.ann"
                if ann.exists() and text.exists():
                    pairs.append((text, ann))
                    break
    return sorted(pairs)


def spread(items: list, limit: Optional[int]) -> list:
    """``limit`` items spread evenly over the list (all outlets and months, not the first outlet)."""
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def _overlaps(a: list[Extent], b: list[Extent]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _trimmed(text: str, extents: list[Extent]) -> Extent:
    start, end = min(s for s, _ in extents), max(e for _, e in extents)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


@dataclass
class Tally:
    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    found_gold: int = 0
    exact: int = 0

    def add(self, text: str, predicted: list[list[Extent]], gold: list[list[Extent]]) -> None:
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.correct_predicted += sum(any(_overlaps(p, g) for g in gold) for p in predicted)
        self.found_gold += sum(any(_overlaps(p, g) for p in predicted) for g in gold)
        exact_gold = {_trimmed(text, g) for g in gold}
        self.exact += len({_trimmed(text, p) for p in predicted} & exact_gold)

    def metrics(self, prefix: str) -> dict[str, float]:
        precision = self.correct_predicted / self.predicted if self.predicted else 0.0
        recall = self.found_gold / self.gold if self.gold else 0.0
        f1 = f_score(precision, recall)
        ep = self.exact / self.predicted if self.predicted else 0.0
        er = self.exact / self.gold if self.gold else 0.0
        exact_f1 = f_score(ep, er)
        return {
            f"{prefix}precision": precision,
            f"{prefix}recall": recall,
            f"{prefix}f1": f1,
            f"{prefix}exact_f1": exact_f1,
        }


class Scorer:
    """Accumulates one system's predictions against the gold over many documents."""

    def __init__(self) -> None:
        self.tallies = {role: Tally() for role in ROLES}
        self.with_source = 0
        self.source_right = 0

    def add(self, text: str, predicted: list[Attr], gold: list[Attr]) -> None:
        for role in ROLES:
            self.tallies[role].add(
                text, [p.role(role) for p in predicted if p.role(role)], [g.role(role) for g in gold if g.role(role)]
            )
        for g in gold:
            if not g.source:
                continue
            self.with_source += 1
            best = max(
                (p for p in predicted if _overlaps(p.content, g.content)),
                key=lambda p: _overlap_size(p.content, g.content),
                default=None,
            )
            if best is not None and best.source and _overlaps(best.source, g.source):
                self.source_right += 1

    def metrics(self, prefix: str = "") -> dict[str, float]:
        out: dict[str, float] = {}
        for role in ROLES:
            out.update(self.tallies[role].metrics(f"{prefix}{role}_"))
        out[f"{prefix}source_accuracy"] = self.source_right / self.with_source if self.with_source else 0.0
        return out


def _overlap_size(a: list[Extent], b: list[Extent]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def ours(doc) -> list[Attr]:
    from storylens.nlp.quotes import QuoteFinder

    return [
        Attr(content=[a.content], cue=[a.cue] if a.cue else [], source=[a.source] if a.source else [])
        for a in QuoteFinder()(doc)
    ]


def textacy_attributions(doc) -> Optional[list[Attr]]:
    """textacy's direct quotations, or None when it refuses the document (odd number of marks)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    found = []
    for speaker, cue, content in triples:
        found.append(
            Attr(
                content=[(content.start_char, content.end_char)],
                cue=[_token_extent(cue)] if cue else [],
                source=[_token_extent(speaker)] if speaker else [],
            )
        )
    return found


def _token_extent(tokens) -> Extent:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _pipeline():
    from storylens.nlp.pipeline import build_nlp

    for module, _ in COMPONENTS:
        importlib.import_module(module)
    return build_nlp(components=[name for _, name in COMPONENTS])


def parsed_documents(pairs: list[tuple[Path, Path]], cache: Optional[Path] = None) -> list:
    """The PolNeAR texts of ``pairs`` parsed by the attribution pipeline; with ``cache`` (a .spacy
    file) the Docs are kept there and read back on the next run (training and its diagnostics)."""
    from spacy.tokens import DocBin

    nlp = _pipeline()
    if cache is not None and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe([text.read_text(encoding="utf-8") for text, _ in pairs], batch_size=8))
    if cache is not None:
        kept = DocBin()
        for doc in docs:
            kept.add(doc)
        kept.to_disk(cache)
    return docs


def score_documents(pairs: Iterable[tuple[Path, Path]], *, nlp=None) -> dict[str, float]:
    nlp = nlp or _pipeline()
    pairs = list(pairs)
    texts = [text.read_text(encoding="utf-8") for text, _ in pairs]
    mine, theirs = Scorer(), Scorer()
    refused = attributions = 0
    for (_, ann), text, doc in zip(pairs, texts, nlp.pipe(texts, batch_size=8)):
        gold = read_ann(ann)
        attributions += len(gold)
        mine.add(text, ours(doc), gold)
        baseline = textacy_attributions(doc)
        if baseline is None:
            refused += 1
            baseline = []
        theirs.add(text, baseline, gold)
    metrics = mine.metrics()
    metrics["score"] = metrics["content_f1"]
    metrics.update(theirs.metrics("textacy_"))
    metrics["textacy_refused_documents"] = float(refused)
    metrics["documents"] = float(len(pairs))
    metrics["gold_attributions"] = float(attributions)
    return metrics


def evaluate(data_dir: Path, *, split: str = "dev", limit: Optional[int] = None, **_options) -> dict[str, float]:
    pairs = split_documents(Path(data_dir), split)
    if not pairs:
        raise StorylensError(Errors.E005.format(path=str(data_dir), detail=f"no {split!r} documents"))
    return score_documents(spread(pairs, limit))
