"""TempEval-3 time expressions: ``storylens eval timex --data ../shared/eval/tempeval3``.

Reads TimeML (.tml) files: the document creation time is the TIMEX3 with
functionInDocument="CREATION_TIME"; the text is the <TEXT> element with its tags removed.
Our storylens_timex component runs on that text with the creation date as doc._.published,
and is scored as the TempEval-3 scorer does: strict (exact extent) and relaxed (overlapping
extent) span precision/recall/F1; value accuracy over relaxed matches; value F1 counting a
match when the extents overlap and the values are equal. ``score`` is value F1.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from storylens.eval.scoring import f_score

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class TimemlDocument:
    name: str
    text: str
    creation_date: str | None
    timexes: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, value


def read_timeml(path: Path) -> TimemlDocument:
    raw = path.read_text(encoding="utf-8")
    dct = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attributes = dict(ATTRIBUTE.findall(m[1]))
        if attributes.get("functionInDocument") == "CREATION_TIME":
            dct = attributes.get("value", "")[:10]
            break
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0] if "<TEXT>" in raw else raw
    parts: list[str] = []
    length = 0
    timexes, open_timex = [], None
    position = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[position:m.start()])
        parts.append(chunk)
        length += len(chunk)
        position = m.end()
        closing, name, attributes = m[1] == "/", m[2], dict(ATTRIBUTE.findall(m[3]))
        if name == "TIMEX3" and not closing:
            open_timex = (length, attributes.get("value", ""))
        elif name == "TIMEX3" and closing and open_timex:
            timexes.append((open_timex[0], length, open_timex[1]))
            open_timex = None
    parts.append(html.unescape(body[position:]))
    return TimemlDocument(path.stem, "".join(parts), dct, timexes)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class TimexError:
    """One disagreement with the gold: ``missed`` (no expression of ours overlaps it),
    ``other_value`` (ours overlaps it with another value) or ``spurious`` (no gold one overlaps
    ours). ``annotated_elsewhere``: the same words get elsewhere in the gold exactly the
    treatment we gave them here (tagged with our value, or left untagged)."""

    kind: str
    document: str
    creation_date: Optional[str]
    text: str  # the gold expression's words (ours, for a spurious one)
    gold_value: Optional[str]
    our_text: Optional[str]
    our_value: Optional[str]
    context: str
    annotated_elsewhere: bool = False


def evaluate(
    data_dir: Path, *, sample: int | None = None, seed: int = 0, errors: Optional[Path] = None
) -> dict[str, float]:
    """The TempEval-3 figures; with ``errors``, also write every disagreement there (JSON lines)
    and count how many of them the gold itself contradicts elsewhere."""
    import storylens.nlp.timex  # noqa: F401  registers the component
    from storylens.nlp.pipeline import build_nlp

    paths = sorted(Path(data_dir).rglob("*.tml"))
    if sample is not None and sample < len(paths):
        paths = sorted(random.Random(seed).sample(paths, sample))
    documents = [read_timeml(p) for p in paths]
    nlp = build_nlp(components=["storylens_timex"])
    gold_n = system_n = 0
    strict = relaxed_gold = relaxed_system = value_correct = 0
    found: list[TimexError] = []
    with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
        docs = []
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.published = document.creation_date
            docs.append(doc)
        for document, doc in zip(documents, nlp.pipe(docs, batch_size=8)):
            gold = [(*_trim(document.text, s, e), v) for s, e, v in document.timexes]
            system = [(t.span.start, t.span.end, t.timeml or "") for t in doc._.time_expressions or []]
            gold_n += len(gold)
            system_n += len(system)
            strict += len({(s, e) for s, e, _ in gold} & {(s, e) for s, e, _ in system})
            for gs, ge, gv in gold:
                overlapping = [(ss, se, sv) for ss, se, sv in system if ss < ge and gs < se]
                valued = gv in [sv for *_, sv in overlapping]
                relaxed_gold += bool(overlapping)
                value_correct += valued
                if errors is not None and not valued:
                    ours = overlapping[0] if overlapping else None
                    found.append(_error(document, "other_value" if ours else "missed", gs, ge, gv, ours))
            for ss, se, sv in system:
                if any(gs < se and ss < ge for gs, ge, _ in gold):
                    relaxed_system += 1
                elif errors is not None:
                    found.append(_error(document, "spurious", ss, se, None, (ss, se, sv)))
    p_strict, r_strict = strict / max(system_n, 1), strict / max(gold_n, 1)
    p_relaxed, r_relaxed = relaxed_system / max(system_n, 1), relaxed_gold / max(gold_n, 1)
    p_value, r_value = value_correct / max(system_n, 1), value_correct / max(gold_n, 1)
    value_f1 = f_score(p_value, r_value)
    metrics = {
        "documents": float(len(documents)),
        "gold_timexes": float(gold_n),
        "system_timexes": float(system_n),
        "strict_precision": p_strict,
        "strict_recall": r_strict,
        "strict_f1": f_score(p_strict, r_strict),
        "relaxed_precision": p_relaxed,
        "relaxed_recall": r_relaxed,
        "relaxed_f1": f_score(p_relaxed, r_relaxed),
        "value_accuracy": value_correct / max(relaxed_gold, 1),
        "value_precision": p_value,
        "value_recall": r_value,
        "value_f1": value_f1,
        "score": value_f1,
    }
    if errors is not None:
        _mark_annotated_elsewhere(found, documents)
        Path(errors).write_text("".join(json.dumps(asdict(e)) + "\n" for e in found), encoding="utf-8")
        for kind in ("missed", "other_value", "spurious"):
            metrics[f"errors_{kind}"] = float(sum(e.kind == kind for e in found))
        metrics["errors_annotated_elsewhere"] = float(sum(e.annotated_elsewhere for e in found))
    return metrics


def _error(document: TimemlDocument, kind: str, start: int, end: int, gold_value, ours) -> TimexError:
    text = document.text
    our_text = text[ours[0] : ours[1]] if ours else text[start:end]
    return TimexError(
        kind=kind,
        document=document.name,
        creation_date=document.creation_date,
        text=text[start:end] if kind != "spurious" else our_text,
        gold_value=gold_value,
        our_text=our_text if ours else None,
        our_value=ours[2] if ours else None,
        context=" ".join(text[max(0, start - 80) : end + 40].split()),
    )


def relation_to_creation(value: Optional[str], creation_date: Optional[str]) -> Optional[str]:
    """A TimeML value as its relation to the document's creation date, so that values from
    documents of different dates compare: "2023-06-22" in a 2023-06-23 document is "day-1",
    "2023-W24" in it "week-1", "2023-05" "month-1", "2022" "year-1"; other values (durations,
    PAST_REF, sets, times) stay as they are."""
    if not value or not creation_date:
        return value
    try:
        base = date.fromisoformat(creation_date[:10])
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return f"day{(date.fromisoformat(value) - base).days:+d}"
        if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            base_monday = base - timedelta(days=base.weekday())
            return f"week{(monday - base_monday).days // 7:+d}"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return f"month{(int(m[1]) - base.year) * 12 + int(m[2]) - base.month:+d}"
        if re.fullmatch(r"\d{4}", value):
            return f"year{int(value) - base.year:+d}"
    except ValueError:
        return value
    return value


def _mark_annotated_elsewhere(found: list[TimexError], documents: list[TimemlDocument]) -> None:
    """Set ``annotated_elsewhere`` where the gold treats the same words (case-folded) the way
    we did: the same relation to the creation date as ours given to them in another place, or
    the words left untagged in another place."""
    relations: dict[str, set[Optional[str]]] = {}
    for document in documents:
        for s, e, v in document.timexes:
            words = _folded(document.text[s:e])
            relations.setdefault(words, set()).add(relation_to_creation(v, document.creation_date))
    # The text outside every gold expression: words found here stand untagged.
    untagged = "\n".join(_folded(_outside_gold(d)) for d in documents)
    for error in found:
        words = _folded(error.text)
        if error.kind == "missed":
            error.annotated_elsewhere = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", untagged) is not None
        else:
            ours = _folded(error.our_text or "")
            relation = relation_to_creation(error.our_value, error.creation_date)
            error.annotated_elsewhere = relation in relations.get(words, set()) | relations.get(ours, set())


def _folded(text: str) -> str:
    """Lower case, runs of white space as one space: the same words however they were set."""
    return " ".join(text.lower().split())


def _outside_gold(document: TimemlDocument) -> str:
    """The document's text with every gold expression blanked out (NUL characters: neither
    word nor space, so no phrase matches into or across one)."""
    text = document.text
    for start, end, _ in document.timexes:
        text = text[:start] + "\0" * (end - start) + text[end:]
    return text
