"""SemEval-2015 Task 4 (TimeLine, Track A): ``storylens eval timeline --data DIR``.

Each gold timeline file (first line: the target entity; then ``position<TAB>date<TAB>mention
[<TAB>mention...]``, a mention being ``docid-sentence-token``) sits next to folders of CAT
documents (tokens with sentence numbers, the creation time as a TIMEX3). We rebuild each
document's raw text from its tokens, run our pipeline (timex + events) with the creation date
as the publication date, build one cross-document timeline with ``build_timeline``, and keep,
per target entity, the sources whose event clause names the entity. Timelines are scored as the
task's official tool does (its "ordering and time anchors" transformation, then TempEval-3
temporal awareness): every time anchor is a node, an anchored event is SIMULTANEOUS with its
anchor, events at one position are SIMULTANEOUS and at an earlier position BEFORE; precision is
the share of the system's reduced graph found in the closure of the gold graph, recall the
share of the gold reduced graph found in the closure of the system graph; micro-averaged over
timelines. ``score`` is that F1 in percent, like the published figures (best Track A: 7.85).
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from storylens.records import Article, ArticleAnalysis, EventMention
from storylens.eval.scoring import f_score

TIMELINE_LINE = re.compile(r"^\d+\t[0-9X]{4}-[0-9X]{2}-[0-9X]{2}\t\S+-\d+-\S+")
UNKNOWN_DATE = "XXXX-XX-XX"
NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", ")", "]", "%", "?", "!", "'s", "n't", "'", "'re", "'ve", "'ll", "'d"})
NO_SPACE_AFTER = frozenset({"(", "[", "$", "£", "€", "#"})
FUNCTION_WORDS = frozenset("The A An In On At By For From With And But Its His Her Their".split())
PIPELINE = ("storylens_sentences", "storylens_entity_fixes", "storylens_timex", "storylens_events")

# A relation: ("<", a, b) is a BEFORE b; ("=", a, b) with a < b as strings is SIMULTANEOUS.
Relation = tuple[str, str, str]


@dataclass
class TimelineEntry:
    position: int  # 0: not ordered
    date: str  # YYYY-MM-DD with X for unknown digits
    mentions: list[str]  # docid-sentence-token, coreferent mentions of one event


@dataclass
class CatDocument:
    doc_id: str
    text: str
    creation_date: str | None
    token_starts: list[int] = field(default_factory=list)
    token_ids: list[str] = field(default_factory=list)  # "sentence-token" per token


# ---- reading the data ----------------------------------------------------------------------

def read_timeline(path: Path) -> tuple[str, list[TimelineEntry]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = []
    for line in lines[1:]:
        cells = line.strip().split("\t")
        if len(cells) >= 3:
            entries.append(TimelineEntry(int(cells[0]), cells[1], cells[2:]))
    return lines[0].strip(), entries


def read_cat(path: Path) -> CatDocument | None:
    root = ElementTree.parse(path).getroot()
    if root.tag != "Document":
        return None
    parts: list[str] = []
    starts, ids = [], []
    length, previous, sentence = 0, None, None
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            separator = "\n"  # one sentence per line: the CAT sentences are the gold's sentences
        elif previous is None or word in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        parts.append(separator)
        length += len(separator)
        starts.append(length)
        ids.append(f"{token.get('sentence')}-{word}")
        parts.append(word)
        length += len(word)
        previous, sentence = word, token.get("sentence")
    creation = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            creation = (timex.get("value") or "")[:10] or None
    return CatDocument(root.get("doc_id", path.stem), "".join(parts), creation, starts, ids)


def find_sets(data_dir: Path) -> list[tuple[list[Path], list[Path]]]:
    """(gold timeline files, CAT files) per set: a folder of timelines and its sibling folders."""
    folders: dict[Path, list[Path]] = defaultdict(list)
    for path in sorted(data_dir.rglob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[:2]
        if len(lines) == 2 and TIMELINE_LINE.match(lines[1]):
            folders[path.parent].append(path)
    sets = []
    for folder, timelines in sorted(folders.items()):
        # The sibling folders only: a deeper folder may hold another set.
        documents = sorted(p for p in folder.parent.glob("*/*.xml") if p.parent != folder)
        sets.append((timelines, documents))
    return sets


# ---- the scorer ----------------------------------------------------------------------------

def _classes(entries: list[TimelineEntry]) -> tuple[list[list[str]], list[bool]]:
    """Nodes grouped into SIMULTANEOUS classes, earliest first (unordered events apart)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rank: dict[str, int] = {}
    for entry in entries:
        anchor = f"t:{entry.date}" if entry.date != UNKNOWN_DATE else None
        nodes = ([anchor] if anchor else []) + list(entry.mentions)
        if entry.position > 0:
            nodes.append(f"p:{entry.position}")  # a position is one point in time
        for node in nodes[1:]:
            parent[find(node)] = find(nodes[0])
        if entry.position > 0:
            rank[f"p:{entry.position}"] = entry.position
    groups: dict[str, list[str]] = defaultdict(list)
    for node in list(parent):
        groups[find(node)].append(node)
    ordered = []
    for members in groups.values():
        positions = [rank[m] for m in members if m in rank]
        real = sorted((m for m in members if not m.startswith("p:")), key=lambda m: (not m.startswith("t:"), m))
        if len(real) > 1 or positions:
            ordered.append((min(positions) if positions else None, real))
    ordered.sort(key=lambda item: (item[0] is None, item[0] or 0, item[1]))
    return [real for _, real in ordered], [p is not None for p, _ in ordered]


def _simultaneous(a: str, b: str) -> Relation:
    return ("=", min(a, b), max(a, b))


def closure(entries: list[TimelineEntry]) -> set[Relation]:
    classes, ordered = _classes(entries)
    relations = {_simultaneous(a, b) for c in classes for i, a in enumerate(c) for b in c[i + 1:]}
    chain = [c for c, o in zip(classes, ordered) if o]
    for i, earlier in enumerate(chain):
        for later in chain[i + 1:]:
            relations |= {("<", a, b) for a in earlier for b in later}
    return relations


def reduced(entries: list[TimelineEntry]) -> set[Relation]:
    """The relations nothing else implies: a chain through each class (time anchor first), and
    one BEFORE between the first nodes of consecutive classes."""
    classes, ordered = _classes(entries)
    relations = {_simultaneous(a, b) for c in classes for a, b in zip(c, c[1:])}
    chain = [c for c, o in zip(classes, ordered) if o]
    relations |= {("<", a[0], b[0]) for a, b in zip(chain, chain[1:])}
    return relations


@dataclass
class AwarenessCounts:
    system_reduced: int = 0
    system_correct: int = 0
    gold_reduced: int = 0
    gold_found: int = 0

    def add(self, gold: list[TimelineEntry], system: list[TimelineEntry]) -> None:
        system_reduced, gold_reduced = reduced(system), reduced(gold)
        self.system_reduced += len(system_reduced)
        self.system_correct += len(system_reduced & closure(gold))
        self.gold_reduced += len(gold_reduced)
        self.gold_found += len(gold_reduced & closure(system))

    @property
    def precision(self) -> float:
        return self.system_correct / self.system_reduced if self.system_reduced else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold_reduced if self.gold_reduced else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f_score(p, r)


def temporal_awareness(pairs: list[tuple[list[TimelineEntry], list[TimelineEntry]]]) -> dict[str, float]:
    """Micro-averaged temporal awareness over (gold, system) timelines, in percent."""
    counts = AwarenessCounts()
    for gold, system in pairs:
        counts.add(gold, system)
    return {"precision": 100 * counts.precision, "recall": 100 * counts.recall, "f1": 100 * counts.f1}


# ---- our timelines -------------------------------------------------------------------------

def gold_date(value: str) -> str:
    """Our ISO value ("2008", "2008-03", "2008-03-27") in the task's form ("2008-XX-XX")."""
    parts = value.split("-")[:3]
    year = parts[0] if parts and len(parts[0]) == 4 else "XXXX"
    month = parts[1] if len(parts) > 1 and len(parts[1]) == 2 else "XX"
    day = parts[2] if len(parts) > 2 and len(parts[2]) == 2 else "XX"
    return f"{year}-{month}-{day}"


def _aliases(name: str, people: set[str]) -> list[str]:
    """The name and its shorter forms: runs of two or more of its words ("Apple Corps" of
    "Beatles Apple Corps", "787 Dreamliner"), and a person's surname ("Gallois")."""
    words = name.split()
    runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    if name.lower() in people and len(words) >= 2:
        runs.add(words[-1])
    return sorted(runs | {name}, key=len, reverse=True)


def _name_pattern(aliases: list[str]) -> re.Pattern:
    # A whole name, not part of a longer one: not followed by a capitalised word or a number
    # ("Boeing" is not "Boeing 777"), and a short form not preceded by a name word
    # ("Air Force" is not "Royal Air Force"; "The Air Force" is).
    names = "|".join(re.escape(a) for a in aliases)
    return re.compile(r"(?<![\w-])(?P<before>\b[A-Z][\w-]*\s+)?(?i:(?P<name>" + names + r"))(?![\w-]|\s+[A-Z0-9])")


def names_entity(text: str, pattern: re.Pattern, full_name: str) -> bool:
    for match in pattern.finditer(text):
        before = (match["before"] or "").strip()
        if match["name"].lower() == full_name.lower() or not before or before in FUNCTION_WORDS:
            return True
    return False


def _canonical_names(folder: Path) -> list[str]:
    """The set's list of target entities, when it has one (a timeline's first line may be misspelt)."""
    lists = sorted(folder.parent.glob("list_target_entities*.txt"))
    return [line.strip() for p in lists for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def canonical_name(name: str, names: list[str]) -> str:
    from rapidfuzz import fuzz, process

    best = process.extractOne(name, names, scorer=fuzz.ratio) if names else None
    return best[0] if best and best[1] >= 85 else name


class EntityTimelines:
    """Our timeline of each target entity, from one cross-document build over the corpus."""

    def __init__(self, documents: list[CatDocument], analyses: list[ArticleAnalysis]) -> None:
        from storylens.story.actors import merge_actors
        from storylens.story.context import StoryContext
        from storylens.story.timeline import build_timeline

        self.documents = {d.doc_id: d for d in documents}
        self.context = StoryContext(analyses)
        merge_actors(self.context)
        self.events = build_timeline(self.context)
        self.mentions: dict[tuple[str, int, str], list[EventMention]] = defaultdict(list)
        for analysis in analyses:
            for mention in analysis.event_mentions:
                self.mentions[(analysis.article.id, mention.sentence.start, mention.trigger)].append(mention)
        self.entity_mentions = {a.article.id: a.mentions for a in analyses}

    def _target_actors(self, name: str) -> set[str]:
        wanted = name.lower()
        return {a.id for a in self.context.actors if a.name.lower() == wanted} | (
            {self.context.actor_for(name)} - {None}
        )

    def _names_entity(self, mention: EventMention, entity: str, pattern: re.Pattern, actors: set[str]) -> bool:
        clause = mention.clause or mention.sentence
        if names_entity(clause.text, pattern, entity):
            return True
        for entity in self.entity_mentions.get(clause.article, []):
            if clause.start <= entity.span.start and entity.span.end <= clause.end:
                actor = self.context.actor_for(entity.span.text, clause.article, entity.span.start)
                if actor in actors:
                    return True
        return False

    def _token_id(self, mention: EventMention) -> str | None:
        document = self.documents.get(mention.trigger_span.article)
        if document is None:
            return None
        i = bisect.bisect_right(document.token_starts, mention.trigger_span.start) - 1
        return f"{document.doc_id}-{document.token_ids[i]}" if i >= 0 else None

    def timeline(self, entity: str) -> list[TimelineEntry]:
        people = {a.name.lower() for a in self.context.actors if a.type == "PERSON"}
        pattern, actors = _name_pattern(_aliases(entity, people)), self._target_actors(entity)
        dated: list[tuple[str, list[str]]] = []
        for event in self.events:
            ids: list[str] = []
            for source in event.sources:
                for mention in self.mentions.get((source.article, source.span.start, source.trigger or ""), []):
                    if mention.date != event.date or not self._names_entity(mention, entity, pattern, actors):
                        continue
                    token_id = self._token_id(mention)
                    if token_id and token_id not in ids:
                        ids.append(token_id)
            if ids:
                dated.append((event.date, ids))
        dates = sorted({d for d, _ in dated})
        return [TimelineEntry(dates.index(d) + 1, gold_date(d), ids) for d, ids in dated]


def _analyze(documents: list[CatDocument]) -> list[ArticleAnalysis]:
    from storylens.nlp.pipeline import analyze_articles, build_nlp

    nlp = build_nlp(components=list(PIPELINE))
    articles = [Article(id=d.doc_id, source=d.doc_id, text=d.text, published=d.creation_date) for d in documents]
    return list(analyze_articles(articles, nlp=nlp, batch_size=8))


def evaluate(data_dir: Path, *, limit: int | None = None) -> dict[str, float]:
    """``limit``: score only the first ``limit`` target entities of each set (a quick sample)."""
    pairs: list[tuple[list[TimelineEntry], list[TimelineEntry]]] = []
    documents_n = 0
    for timeline_paths, document_paths in find_sets(Path(data_dir)):
        names = _canonical_names(timeline_paths[0].parent)
        golds = [(canonical_name(entity, names), entries) for entity, entries in map(read_timeline, timeline_paths)][:limit]
        documents: dict[str, CatDocument] = {}
        for path in document_paths:
            document = read_cat(path)
            if document is not None and document.doc_id not in documents:
                documents[document.doc_id] = document
        if limit is not None:  # only the documents the sampled timelines draw on
            needed = {m.split("-", 1)[0] for _, entries in golds for e in entries for m in e.mentions}
            documents = {k: v for k, v in documents.items() if k in needed}
        documents_n += len(documents)
        builder = EntityTimelines(list(documents.values()), _analyze(list(documents.values())))
        pairs.extend((entries, builder.timeline(entity)) for entity, entries in golds)
    awareness = temporal_awareness(pairs)
    return {
        "timelines": float(len(pairs)),
        "documents": float(documents_n),
        "gold_events": float(sum(len(e.mentions) for gold, _ in pairs for e in gold)),
        "system_events": float(sum(len(e.mentions) for _, system in pairs for e in system)),
        "precision": awareness["precision"],
        "recall": awareness["recall"],
        "f1": awareness["f1"],
        "score": awareness["f1"],
    }
