"""The neutral brief: agreed facts first, then disputes with who says what; every sentence cited.

Extractive: each brief sentence is a source sentence, compressed (labels, loaded phrases,
parentheticals and lead-in connectives removed; names in their most common spelling), so that
its actors, numbers and dates can be traced to the spans it cites (`unsupported_facts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storylens.records import Claim, SourceRef, Story, SummarySentence
from storylens.story.context import StoryContext

LEAD_INS = re.compile(r"^(?:yet|but|and|however|meanwhile|moreover|also|so|still|remarkably|notably|indeed|in fact|for his part|for her part|for their part)\b,?\s*", re.I)
PARENTHETICAL = re.compile(r"\s*[\(\[][^\)\]]{0,120}[\)\]]")
QUOTE_MARKS = "\"“”"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@dataclass
class Candidate:
    sources: list[SourceRef]
    date: str | None = None
    outlets: set[str] = field(default_factory=set)
    weight: float = 0.0


def write_brief(story: Story, context: StoryContext, *, max_sentences: int | None = None) -> list[SummarySentence]:
    limit = max_sentences or max(5, min(10 + len(story.articles) // 10, 30))
    removals = _removable_spans(story)
    canonical = _canonical_names(story)
    agreed = _agreed(story, context)
    disputed = _disputed(story, context)
    brief: list[SummarySentence] = []
    seen: list[set[str]] = []
    n_agreed = max(3, limit - min(len(disputed), max(2, limit // 3)))
    for candidate in agreed:
        if len(brief) >= n_agreed:
            break
        sentence = _render(candidate.sources, removals, canonical)
        if sentence and not _redundant(sentence.text, seen):
            brief.append(sentence)
    for claim in disputed:
        if len(brief) >= limit:
            break
        sentence = _render_dispute(claim, removals, canonical, context)
        if sentence and not _redundant(sentence.text, seen):
            brief.append(sentence)
    if len(brief) < 5:  # little aligned material: add the sentences most echoed by other outlets
        for candidate in _central_sentences(context):
            if len(brief) >= 5:
                break
            sentence = _render(candidate.sources, removals, canonical)
            if sentence and not _redundant(sentence.text, seen):
                brief.append(sentence)
    return brief


# selection -----------------------------------------------------------------------------------
def _agreed(story: Story, context: StoryContext) -> list[Candidate]:
    """Multi-outlet timeline entries (in date order) and corroborated claims, most reported first."""
    candidates: list[Candidate] = []
    for event in story.timeline:
        keys = {context.source_key(s.article) for s in event.sources}
        if len(keys) >= 2:
            candidates.append(Candidate(list(event.sources), event.date, {s.outlet or "?" for s in event.sources}, len(keys) + 0.5))
    for claim in story.claims:
        if claim.status == "corroborated":
            keys = {context.source_key(s.article) for s in claim.sources}
            candidates.append(Candidate(list(claim.sources), None, {s.outlet or "?" for s in claim.sources}, len(keys)))
    if len(candidates) < 3:  # a small or one-sided story: fall back on single-outlet dated entries
        for event in story.timeline:
            if all(event.sources != c.sources for c in candidates):
                candidates.append(Candidate(list(event.sources), event.date, {s.outlet or "?" for s in event.sources}, 0.5))
    best = sorted(candidates, key=lambda c: -c.weight)[: max(12, len(candidates) // 2)]
    # tell the story in order: dated items by date, undated ones after the dated
    return sorted(best, key=lambda c: (c.date is None, c.date or "", -c.weight))


def _central_sentences(context: StoryContext, *, per_article: int = 6) -> list[Candidate]:
    """Early sentences ranked by how much of their content other outlets' articles share."""
    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", text) if len(w) > 3}

    vocab = {a.article.id: words(a.article.text) for a in context.analyses}
    scored = []
    for analysis in context.analyses:
        article_id = analysis.article.id
        others = [v for k, v in vocab.items() if k != article_id and context.source_key(k) != context.source_key(article_id)]
        if not others:
            continue
        for position, sentence in enumerate(analysis.sentences[:per_article]):
            content = words(sentence.text)
            if len(content) < 4:
                continue
            shared = sum(len(content & other) / len(content) for other in others) / len(others)
            scored.append((shared - 0.02 * position, sentence))
    scored.sort(key=lambda item: -item[0])
    return [Candidate([context.source_ref(sentence)]) for _, sentence in scored]


def _disputed(story: Story, context: StoryContext) -> list[Claim]:
    contested = [c for c in story.claims if c.status == "contested"]
    return sorted(contested, key=lambda c: -len({context.source_key(s.article) for s in c.sources}))


# rendering -----------------------------------------------------------------------------------
def _render(sources: list[SourceRef], removals, canonical) -> SummarySentence | None:
    best = None
    for source in sorted(sources, key=lambda s: len(s.span.text)):
        if _carries_loaded_language(source, removals):
            continue
        text = compress(source.span.text, removals.get(source.span.article, []), source.span.start, canonical)
        if text and 6 <= len(text.split()) <= 45 and not _mostly_quote(text):
            best = text
            break
    if best is None:
        return None
    return SummarySentence(text=best, sources=_one_per_outlet(sources))


def _render_dispute(claim: Claim, removals, canonical, context: StoryContext) -> SummarySentence | None:
    if len(claim.sources) < 2:
        return None
    sides = []
    ordered = sorted(claim.sources, key=lambda s: context.articles[s.article].published or "")
    for i, source in enumerate(ordered):
        if _carries_loaded_language(source, removals):
            continue
        text = compress(source.span.text, removals.get(source.span.article, []), source.span.start, canonical)
        if not text:
            continue
        who = source.outlet or "an unnamed outlet"
        # Order words, not dates: the attribution must add no fact the cited spans lack.
        sides.append(("later, " if i and sides else "") + f"{who} reports: {text.rstrip('.')}")
    if len(sides) < 2:
        return None
    kinds = {c.kind for c in claim.conflicts}
    lead = "Reports disagree" + (" (a later report overturns an earlier one)" if "superseded" in kinds else "")
    return SummarySentence(text=f"{lead}. " + "; ".join(sides) + ".", sources=list(claim.sources))


def compress(text: str, removals: list[tuple[int, int]], offset: int, canonical: dict[str, str]) -> str:
    """A source sentence without the parts a neutral brief must not carry."""
    chars = list(text)
    for start, end in removals:  # labels and loaded phrases inside this sentence
        s, e = start - offset, end - offset
        if 0 <= s < e <= len(chars):
            for i in range(s, e):
                chars[i] = "\0"
    out = "".join(chars).replace("\0", "")
    out = PARENTHETICAL.sub("", out)
    out = " ".join(out.split())
    out = re.sub(r"\s+([,.;:])", r"\1", out)
    out = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", out)  # "the  Alexander ..." once a label went
    out = re.sub(r",\s*,", ",", out).strip(" ,;:")
    out = LEAD_INS.sub("", out)
    for alias, name in canonical.items():
        out = re.sub(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", name, out)
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    if out and out[-1] not in ".!?\"”":
        out += "."
    return out


@dataclass
class Removals:
    """Per article: label spans to cut out of a sentence, and loaded spans that rule a sentence out."""

    labels: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    loaded: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def get(self, article: str, default=()) -> list[tuple[int, int]]:
        return self.labels.get(article, list(default))


def _removable_spans(story: Story) -> Removals:
    removals = Removals()
    for actor in story.actors:
        for label in actor.labels:
            # Titles before a name and appositions can go without breaking the sentence.
            if label.kind in ("premodifier", "apposition"):
                removals.labels.setdefault(label.span.article, []).append((label.span.start, label.span.end))
            else:
                removals.loaded.setdefault(label.span.article, []).append((label.span.start, label.span.end))
    for loaded in story.framing.loaded_language:
        removals.loaded.setdefault(loaded.span.article, []).append((loaded.span.start, loaded.span.end))
    return removals


def _carries_loaded_language(source: SourceRef, removals: Removals) -> bool:
    span = source.span
    return any(span.start <= s < span.end for s, _ in removals.loaded.get(span.article, []))


def _canonical_names(story: Story) -> dict[str, str]:
    """Other full-name spellings -> the actor's canonical name (longest first, so full names win)."""
    mapping = {}
    for actor in story.actors:
        if actor.type != "PERSON" or " " not in actor.name:
            continue
        for alias in actor.aliases:
            if alias != actor.name and " " in alias and alias.split()[-1] == actor.name.split()[-1]:
                mapping[alias] = actor.name
    return dict(sorted(mapping.items(), key=lambda kv: -len(kv[0])))


def _one_per_outlet(sources: list[SourceRef]) -> list[SourceRef]:
    chosen: dict[str, SourceRef] = {}
    for source in sources:
        chosen.setdefault(source.outlet or source.article, source)
    return list(chosen.values())


def _mostly_quote(text: str) -> bool:
    quoted = sum(len(m) for m in re.findall(r"[“\"][^”\"]*[”\"]", text))
    return quoted > 0.5 * len(text)


def _redundant(text: str, seen: list[set[str]]) -> bool:
    words = {w.lower() for w in re.findall(r"\w+", text) if len(w) > 3}
    if any(len(words & other) / max(1, min(len(words), len(other))) > 0.6 for other in seen):
        return True
    seen.append(words)
    return False


# verification --------------------------------------------------------------------------------
def unsupported_facts(sentence: SummarySentence, story: Story) -> list[str]:
    """Actors, numbers and dates in a brief sentence that none of its cited spans carries."""
    cited = " ".join(s.span.text for s in sentence.sources)
    cited_folded = " ".join(cited.split()).lower()
    text = sentence.text
    problems = []
    for actor in story.actors:
        forms = {actor.name, *actor.aliases}
        if any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in forms if len(f) > 2):
            if not any(f.lower() in cited_folded for f in forms if len(f) > 2):
                problems.append(f"actor {actor.name}")
    for number in re.findall(r"\d[\d,.]*\d|\d", text):
        if number.replace(",", "") not in cited_folded.replace(",", ""):
            problems.append(f"number {number}")
    for month, day in re.findall(rf"({'|'.join(MONTHS)}) (\d{{1,2}})\b", text):
        if f"{month.lower()} {day}" not in cited_folded and f"{day} {month.lower()}" not in cited_folded:
            problems.append(f"date {month} {day}")
    outlets = {a.outlet for a in story.articles if a.outlet}
    return [p for p in problems if not any(p.endswith(o) for o in outlets)]

