"""Turn the source spans of one brief item into one clean, neutral, grammatical sentence.

For every source of an item we try a few extractive variants (the cited clause, its whole
sentence, and the statement inside a non-restrictive relative clause: "Prigozhin, who is now in
Belarus" -> "Prigozhin is now in Belarus"), compress each (labels, parentheticals and lead-in
connectives cut, names in their canonical spelling, a relative weekday replaced by the timeline's
date), parse it, keep only full sentences with a subject and no first-person voice or long
quotation, and pick the one that is short and carries the item's key facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from spacy.lang.en.stop_words import STOP_WORDS

from storylens.ingest.datelines import dateline_length
from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.records import SourceRef, Span
from storylens.story.brief.voice import Voices, attribution_tag, quote_edits
from storylens.story.claim_conflicts.polarity import under_a_negation
from storylens.story.context import StoryContext

LEAD_INS = re.compile(
    r"^(?:yet|but|and|however|meanwhile|moreover|also|so|still|remarkably|notably|indeed|in fact|"
    r"for (?:his|her|their|its) part|in addition|at the same time)\b,?\s*",
    re.I,
)
INLINE_CONNECTIVES = re.compile(r",\s*(?:however|though|meanwhile|moreover|too|also|in turn)\s*,", re.I)
PARENTHETICAL = re.compile(r"\s*[\(\[][^\)\]]{0,120}[\)\]]")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
RELATIVE_DAY = re.compile(
    rf"^(?:on\s+)?(?:(?P<day>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?|(?:yesterday|today|tonight)"
    # "this morning", "yesterday evening" (round s41): the part of the day the timeline resolved
    rf"|(?:this|yesterday)\s+(?P<this_part>morning|afternoon|evening))$",
    re.I,
)
# Sentences in the first or second person are quotations without quote marks ("We advanced on ...").
PERSONAL = re.compile(r"\b(?:I|we|We|us|our|Our|my|My|you|You|your|Your)\b")
QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]")
ANAPHORS = {"this", "that", "these", "those", "it", "he", "she", "they", "his", "her", "their", "its", "such"}
RELATIVE_PRONOUNS = {"who", "whom", "whose", "which"}  # closed class: "what" also opens free relatives that are subjects
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
WORDING_TECHNIQUES = {"Loaded_Language", "Name_Calling", "Labeling", "Exaggeration", "Minimisation", "Flag-Waving", "Slogans"}
# Parsing a candidate needs only the statistical parser, not the storylens components.
PARSE_PIPES = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}


def format_date(iso: str) -> str | None:
    """"2023-06-23" -> "June 23, 2023"; None for a year or month alone."""
    try:
        day = Date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


# A name after a title set before it, closed by a comma that the clause goes on from in lower
# case ("..., Ivo Tern, said"): the comma belonged to the apposition and goes with the title.
TITLED_NAME_CLOSED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?P<comma>,)(?=\s+[a-z])")


# What determines a title set before a name, cut with it: an article, or a possessive with the
# words its own article governs ("the regional board's chief", "Nurses' union leader"); a word
# before a possessive is taken only after an article, so the verb of "said Nurses' ..." stays.
TITLE_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2})?[\w.-]+(?:['’]s|s['’])\s+$|\b(?:the|a|an)\s+$", re.I
)


@dataclass
class Neutraliser:
    """Per article: label spans to cut, loaded spans that rule a clause out; canonical names."""

    labels: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)  # (start, end, kind)
    loaded: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    voices: Voices = field(default_factory=Voices)  # who says what, one outlet's words (brief/voice.py)
    # words the story's articles write capitalised inside a sentence: names, which keep their
    # capital when a sentence opening on one becomes "X reports that ..."
    names: set[str] = field(default_factory=set)
    lower_words: set[str] = field(default_factory=set)  # words the story writes in lower case

    def add_names(self, text: str) -> None:
        self.names |= {w for w in INNER_CAPITALISED.findall(text) if w.lower() not in STOP_WORDS}  # not "The Dispensary"
        self.lower_words |= set(LOWER_WORD.findall(text))

    def unshouted(self, text: str) -> str:
        """A word one outlet writes in capitals for emphasis ("should NOT stop", "TRIPLE the safe
        level") in lower case, as the story's other sentences write it: the capitals are that
        outlet's tone. An acronym ("FSB") is never written in lower case, so it stays; so do
        words inside quotation marks (their speaker's)."""
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]

        def lower(match):
            word = match.group(0)
            inside = any(s <= match.start() < e for s, e in quoted)
            return word.lower() if word.lower() in self.lower_words and not inside else word

        return SHOUTED.sub(lower, text)

    def add_loaded(self, span: Span, category: str, found_by: str = "model") -> None:
        # Technique-level annotations (doubt, repetition, oversimplification) mark arguments, not
        # wording; only the wording-level techniques make a clause non-neutral. An evaluative
        # phrase read from the parse only marks words to cut from the chosen sentence: ruling its
        # clause out would change which sentence wins, and let worse ones in (docs/brief.md).
        if not any(c in WORDING_TECHNIQUES for c in category.split(",")):
            return
        self.voices.add_evaluative(span, found_by)
        if found_by == "model":
            self.loaded.setdefault(span.article, []).append((span.start, span.end))

    def cuts(self, span: Span) -> list[tuple[int, int]]:
        """Label cuts that leave a grammatical sentence: a title before a name, or an apposition
        between commas (taken out with its comma)."""
        return [c for s, e, kind in self._labels_in(span) for c in self._cut(span, s, e, kind)]

    def _labels_in(self, span: Span) -> list[tuple[int, int, str]]:
        return [(s, e, k) for s, e, k in self.labels.get(span.article, []) if span.start <= s and e <= span.end]

    @staticmethod
    def _cut(span: Span, start: int, end: int, kind: str) -> list[tuple[int, int]]:
        before, after = span.text[: start - span.start], span.text[end - span.start :]
        if kind == "premodifier":
            if not re.match(r"\s+[A-Z]", after):
                return []
            # "met the disgraced Colonel Anton Ruvik": the title goes with its article, so the
            # person is named as a speaker is, by the name alone (round s33); a possessive that
            # determines the title goes with it too, or "Nurses' union leader Ana Lode" leaves
            # "Nurses' Ana Lode" (round s41)
            determiner = TITLE_DETERMINER.search(before)
            return [(start - (len(determiner.group(0)) if determiner else 0), end)]
        leading = re.match(r",\s+(?=[A-Z])", after)
        if leading:  # a title set before the name ("the head of the agency, Ivo Tern"): cut with its article
            article = re.search(r"\b(?:the|a|an)\s+$", before, re.I)
            cuts = [(start - (len(article.group(0)) if article else 0), end + leading.end())]
            # and the comma that closed the name's apposition: "Ivo Tern, said" -> "Ivo Tern said"
            closing = TITLED_NAME_CLOSED.match(after, leading.end())
            if closing:
                cuts.append((end + closing.start("comma"), end + closing.end("comma")))
            return cuts
        comma = re.search(r",\s*$", before)
        if comma is None or not re.match(r"\s*(?:[,.;)]|$)", after):
            return []
        return [(span.start + comma.start(), end + (1 if after.startswith(",") else 0))]

    def loaded_count(self, span: Span) -> int:
        """How many loaded phrases overlap the span: among loaded fallbacks, the least loaded wins."""
        return sum(1 for s, e in self.loaded.get(span.article, []) if s < span.end and span.start < e)

    def loaded_inside(self, span: Span) -> bool:
        """A loaded phrase, or a label that cannot be cut cleanly, overlaps the span outside the cuts."""
        cuts = self.cuts(span)
        labels = [(s, e) for s, e, _ in self._labels_in(span)]
        for s, e in self.loaded.get(span.article, []) + labels:
            if s < span.end and span.start < e and not any(cs <= s and e <= ce for cs, ce in cuts):
                return True
        return False


def compress(text: str, removals, offset: int, canonical: dict[str, str]) -> str:
    """A source sentence without the parts a neutral brief must not carry.

    ``removals`` are ``(start, end)`` article offsets to cut, or ``(start, end, replacement)``.
    """
    pieces, cursor = [], 0
    # the longer of two cuts from one place first, and a cut that overlaps the one before it is
    # cut from where that one ended: the voice cut "disgraced" inside the label cut "disgraced
    # Colonel" must not leave "Colonel" standing (round s33)
    for edit in sorted(removals, key=lambda edit: (edit[0], -edit[1])):
        s, e = edit[0] - offset, edit[1] - offset
        if len(edit) == 2 and s < cursor < e:
            s = cursor
        if not (cursor <= s < e <= len(text)):
            continue
        pieces += [text[cursor:s], edit[2] if len(edit) > 2 else ""]
        cursor = e
    out = "".join(pieces) + text[cursor:]
    out = PARENTHETICAL.sub("", out)
    out = INLINE_CONNECTIVES.sub("", out)
    out = " ".join(out.split())
    out = re.sub(r"\s+([,.;:])", r"\1", out)
    out = re.sub(r"\b(the|a|an)\s+(the|a|an)\b", r"\2", out, flags=re.I)
    out = re.sub(r",\s*(?=[,.;:])", "", out).strip(" ,;:—-")
    out = LEAD_INS.sub("", out)
    out = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", out)  # "the  Alexander ..." once a label went
    for alias, name in canonical.items():
        out = re.sub(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", name, out)
    if out and out[0].islower():
        out = out[0].upper() + out[1:]
    if out and out[-1] not in ".!?\"”":
        out += "."
    return out


def date_edits(span: Span, time_expressions: list[tuple[Span, str]]) -> list[tuple[int, int, str]]:
    """Replace a relative day ("on Friday", "Saturday evening") inside ``span`` by its ISO date in words.
    Not when the outlet states the date right after it ("on Friday 16 May 2025", two time
    expressions side by side): the date is written already, and replacing the weekday wrote it twice."""
    edits = []
    starts = {timex.start for timex, _ in time_expressions if timex.article == span.article}
    for timex, iso in time_expressions:
        if timex.article != span.article or not (span.start <= timex.start and timex.end <= span.end):
            continue
        gap = span.text[timex.end - span.start :]
        if timex.end + len(gap) - len(gap.lstrip(" ,")) in starts:
            continue
        match, written = RELATIVE_DAY.match(timex.text.strip()), format_date(iso)
        if not match or not written:
            continue
        before = span.text[: timex.start - span.start].rstrip().split()
        on = "" if before and before[-1].lower() in {"on", "since", "until", "by", "from", "of"} else "on "
        part = match["part"] or match["this_part"]
        words = f"the {part.lower()} of {written}" if part else written
        lead = "on " if timex.text.lower().startswith("on ") else on
        edits.append((timex.start, timex.end, lead + words))
    return edits


@dataclass
class Choice:
    text: str
    source: SourceRef  # the span the text was cut from
    score: float


def is_full_sentence(doc) -> bool:
    """A declarative main clause: a verbal root with a subject, not a subordinate fragment."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    root = roots[0]
    if not any(c.dep_ in SUBJECTS for c in root.children):
        return False
    if _opens_subordinate(doc) or _not_a_main_clause(root):
        return False
    return doc.text.count("“") == doc.text.count("”") and doc.text.count('"') % 2 == 0


FINITE = {"VBD", "VBZ", "VBP", "MD"}


def has_clause(doc) -> bool:
    """Looser than `is_full_sentence`, for a fallback: some finite verb has a subject, the text opens
    on no subordinator and its quote marks balance. The small parser sometimes roots a plain
    sentence on its subject noun ("A school named after X will be renamed ..."); this still takes it."""
    if not len(doc) or not any(t.tag_ in FINITE for t in doc):
        return False
    # A subject of a verb that is not itself a relative or participial modifier ("a Democrat who called").
    if not any(t.dep_ in SUBJECTS and t.tag_ not in ("WDT", "WP") and t.head.pos_ in ("VERB", "AUX") and t.head.dep_ not in ("relcl", "acl") for t in doc):
        return False
    if _opens_subordinate(doc) or any(_not_a_main_clause(t) for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")):
        return False
    return doc.text.count("“") == doc.text.count("”") and doc.text.count('"') % 2 == 0


def _not_a_main_clause(root) -> bool:
    """The parse's root heads a clause that is no main clause: it takes a subordinator ("A day
    after the commission ordered a recount, ...": "after" marks the root), or its object comes
    before its subject at the start ("Nearly three times the number the insurer has given": a
    relative clause cut from the noun it describes)."""
    subjects = [c.i for c in root.children if c.dep_ in SUBJECTS]
    if any(c.dep_ == "mark" and c.i < min(subjects + [root.i]) for c in root.children):
        return True
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return bool(subjects) and any(o.left_edge.i == 0 and o.i < min(subjects) for o in objects)


def _opens_subordinate(doc) -> bool:
    """The text opens as a subordinate clause: on a subordinator, or on a relative pronoun of the
    clause itself, subject or not ("who the security service charged ..." is a relative clause
    cut from its noun; "What the army did was ..." opens on a clause that is a subject, and stays)."""
    first = doc[0]
    if first.tag_ in ("WDT", "WP", "WRB", "TO", "IN") and first.dep_ in ("mark", "nsubj", "nsubjpass", "aux"):
        return True
    if first.tag_ in ("WDT", "WP", "WP$") and first.head.dep_ in ("ROOT", "relcl"):
        return True
    # "When the ferry capsized off the island." modifies the clause it opens, and that clause is
    # the whole text: an adverbial clause cut from its sentence ("How it sank is unclear" opens a
    # subject clause, whose verb is not the root, and stays)
    if first.tag_ == "WRB" and first.dep_ == "advmod" and first.head.dep_ == "ROOT" and not doc.text.rstrip().endswith("?"):
        return True
    # capitalised and closed with a period the parser may read "Who the agency charged ..." as a
    # determiner; a relative pronoun opening a text that asks nothing is still a relative clause
    return first.lower_ in RELATIVE_PRONOUNS and not doc.text.rstrip().endswith("?")


def _cut_relative_clause(doc) -> bool:
    """A span cut out of its sentence that opens on a relative pronoun as its subject or object,
    in lower case ("that started on Monday afternoon ..." from "A wildfire that started ..."):
    capitalised, it would read as a demonstrative ("That started ..."), which it is not."""
    return bool(len(doc)) and doc[0].text in ("that", "which", "who", "whom") and doc[0].dep_ in SUBJECTS | {"dobj"}


def _subject_is_anaphor(doc) -> bool:
    """The main subject points back into its article: a pronoun ("He ..."), a phrase built on one
    ("Some of them ..."), or a noun phrase with no noun ("The last, in 2021, destroyed ...")."""
    for root in doc:
        if root.dep_ != "ROOT":
            continue
        for subject in (c for c in root.children if c.dep_ in SUBJECTS):
            if subject.lower_ in ANAPHORS or elliptical(subject):
                return True
            if any(t.lower_ in ANAPHORS | {"them", "him"} and t.pos_ == "PRON" for t in subject.subtree if t.i != subject.i):
                return True
    return False


def _object_points_back(doc) -> bool:
    """The main verb's object is a bare demonstrative ("Traders disputed that, ...", "The
    ministry denied this"): what is disputed is in a sentence the brief does not carry."""
    return any(
        t.dep_ == "dobj" and t.head.dep_ == "ROOT" and t.lower_ in {"this", "that", "these", "those"} and not list(t.children)
        for t in doc
    )


def states_no_fact(doc) -> bool:
    """A sentence that tells a story's turn or what is unknown, not a fact: its subject is an
    indirect question ("How much got into the river is still disputed": that something is not
    known, which the brief's disputes say with their sides), or an opening adverb puts the verb
    before its subject ("Then came the spectacle in Pellworth": a narrator's transition)."""
    for root in (t for t in doc if t.dep_ == "ROOT"):
        subjects = [c for c in root.children if c.dep_ in SUBJECTS]
        # the parser reads the question as the subject, or as a clause before the verb
        for clause in subjects + [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]:
            opener = clause.left_edge
            if opener.i == 0 and (opener.tag_ == "WRB" or opener.lower_ == "whether"):
                return True
        inverted = subjects and all(s.i > root.i for s in subjects) and not any(c.dep_ == "expl" for c in root.children)
        opens_on_adverb = doc[0].dep_ == "advmod" and doc[0].head.i == root.i and doc[0].i < root.i
        reports = any(c.dep_ in ("ccomp", "parataxis") for c in root.children)
        if inverted and opens_on_adverb and not reports and not doc.text.rstrip().endswith("?"):
            return True
    return False


def elliptical(subject) -> bool:
    """A subject phrase with no noun: its head is an adjective or a number ("the last", "the two")."""
    return subject.pos_ in ("ADJ", "NUM") and any(c.dep_ == "det" for c in subject.children)


def relative_statements(doc) -> list[tuple[int, int, str]]:
    """What a non-restrictive relative clause on a name asserts, as a main clause:
    "X, who is now in Belarus," -> "X is now in Belarus"; "X, who the FSB charged for Y" -> "the FSB
    charged X for Y". Returns (start, end, statement): doc char offsets of the part it rests on."""
    statements = []
    for token in doc:
        if token.dep_ != "relcl" or token.head.pos_ != "PROPN":
            continue
        pronoun = next((c for c in token.children if c.lower_ in ("who", "whom", "which") and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
        if pronoun is None or token.head.i + 1 >= len(doc) or doc[token.head.i + 1].text != ",":
            continue
        subject = doc[token.head.left_edge.i : token.head.i + 1]
        if any(t.dep_ in ("prep", "case") and t.head == token.head for t in subject):
            continue
        clause = [t for t in token.subtree if t.i != pronoun.i and t.i > token.head.i + 1]
        while clause and clause[-1].is_punct:
            clause.pop()
        if not clause:
            continue
        if pronoun.dep_ == "dobj":  # the name moves to the object slot, right after the verb
            words = [t.text_with_ws for t in clause if t.i <= token.i] + [subject.text + " "] + [t.text_with_ws for t in clause if t.i > token.i]
            text = "".join(words).strip()
        else:
            text = f"{subject.text} {doc[clause[0].i : clause[-1].i + 1].text}"
        statements.append((subject.start_char, doc[clause[-1].i].idx + len(doc[clause[-1].i].text), text))
    return statements


def _stems(text: str) -> set[str]:
    # Five letters are enough to meet "appeal"/"appealed" and "section"/"sections".
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text)}


# Prepositions that open a circumstance an outlet adds to a fact ("with a clear appeal to ...",
# "amid growing anger"), unlike those that carry a verb's argument, place or outcome ("from the
# villages", "in favour of the union", "according to the video").
COMMENT_PREPOSITIONS = {"with", "amid", "amidst"}
TIME_WORDS = re.compile(
    rf"\d|\b(?:{'|'.join(MONTHS)}|{WEEKDAY}|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|month|year|ago)\b",
    re.I,
)


def _is_comment_adjunct(token) -> bool:
    """An opening participle clause with no subordinator ("Having launched ..., X did"), or a
    with/amid phrase that is not the verb's own complement (which follows it at once: "met with")."""
    if token.dep_ == "advcl":
        return token.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in token.children)
    return token.dep_ == "prep" and token.lower_ in COMMENT_PREPOSITIONS and token.i > token.head.i + 1


def presupposed_clauses(doc) -> list[str]:
    """The adverbial participle clauses of a sentence, as written: a verb of the main clause's
    adverbial clause (``advcl``) in its participle form (VBG, VBN; "having" + VBN), with no
    subordinator and no subject of its own ("Having seized the bridge on Monday night, the
    militia said ..."). Such a clause presupposes its event: the outlet states it as a fact in
    its own voice, whatever the main verb reports. A participle of saying ("..., saying the
    strike was unlawful") presupposes only that someone said it, so it is not one."""
    found = []
    for token in doc:
        if token.dep_ != "advcl" or token.tag_ not in ("VBG", "VBN") or token.lemma_.lower() in REPORTING_VERBS:
            continue
        if any(c.dep_ in ("mark", *SUBJECTS) or c.tag_ in ("WRB", "IN") and c.i < token.i for c in token.children):
            continue  # "if elected", "when asked", "the army having left": not the outlet's own statement
        found.append(doc[token.left_edge.i : token.right_edge.i + 1].text)
    return found


def unshared_adjuncts(doc, shared_stems: set[str], *, at_most_shared: float = 0.34) -> list[tuple[int, int]]:
    """Doc char ranges of the main verb's comment adjuncts (`_is_comment_adjunct`) whose content
    the other outlets' reports of the same fact do not carry: one outlet's reading of a shared
    fact. Only adjuncts that can go without breaking the sentence (opening it before a comma, or
    ending their clause), and never one that holds a number or a time word (those are facts)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return []
    words = [t for t in doc if not t.is_punct and not t.is_space]
    last = words[-1].i if words else -1
    adjuncts = [c for c in roots[0].children if _is_comment_adjunct(c)]
    # Inside an opening participle clause too: "Having launched X on Friday with an appeal to Y, ..."
    adjuncts += [c for a in adjuncts if a.dep_ == "advcl" for c in a.children if _is_comment_adjunct(c)]
    cuts = []
    for adjunct in adjuncts:
        first, end = adjunct.left_edge.i, adjunct.right_edge.i
        if TIME_WORDS.search(doc[first : end + 1].text):
            continue
        content = [t for t in doc[first : end + 1] if t.is_alpha and len(t) > 3 and not t.is_stop]
        if len(content) < 2 or sum(t.lower_[:5] in shared_stems for t in content) / len(content) > at_most_shared:
            continue
        if first == 0 and end + 1 < len(doc) and doc[end + 1].text == ",":
            cuts.append((0, doc[end + 1].idx + 1))  # the opening clause and its comma
        elif first > 0 and (end == last or doc[end + 1].text in (",", ";")):
            # At the end of its clause: it goes with the comma before it, if any.
            start = doc[first - 1].idx if doc[first - 1].text == "," else doc[first].idx
            cuts.append((start, doc[end].idx + len(doc[end].text)))
    return cuts


def lost_by_the_cut(sentence_doc, start: int, end: int) -> bool:
    """Whether a span cut from its sentence (doc char offsets ``start``..``end``) loses what makes
    it true: it is no constituent of the sentence (two or more of its words hang on words outside
    it: "as much as 30,000 litres reached the water, almost four times" cut from "... almost four
    times the company's figure"), or a word governing it outside the span negates it ("no
    evidence that any patient had been harmed", "denied that", "did not say that"). The span
    alone would then say something its sentence does not; so does a relative clause without
    the noun it describes."""
    inside = [t for t in sentence_doc if start <= t.idx and t.idx + len(t) <= end and not t.is_punct and not t.is_space]
    if not inside or (inside[0].i == 0 and inside[-1].i >= len(sentence_doc) - 2):
        return False  # the whole sentence
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    if len(tops) > 1 or tops[0].dep_ in ("relcl", "acl"):
        return True  # ... or a relative clause cut from its noun ("the river has suffered in a generation")
    if any(c.dep_ == "ccomp" and c.i not in ids for c in tops[0].children):
        return True  # a verb cut from what it says ("the ministry's own figures show" [that ...])
    return under_a_negation(tops[0], ids)



def _cut_sets(cuts: list[tuple[int, int]]) -> list[tuple[tuple[int, int], ...]]:
    """Each cut alone (an outer one may hold a key fact that an inner one leaves), and all the
    outermost cuts together."""
    if len(cuts) < 2:
        return [tuple(cuts)] if cuts else []
    outermost = tuple(c for c in cuts if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in cuts))
    sets = [(c,) for c in cuts]
    return sets + ([outermost] if outermost not in sets else [])


def parse(texts: list[str]):
    from storylens.nlp.pipeline import shared_nlp

    nlp = shared_nlp()
    disable = [name for name in nlp.pipe_names if name not in PARSE_PIPES]
    return list(nlp.pipe(texts, disable=disable))


def quote_words(text: str) -> int:
    return max((len(q.split()) for q in QUOTED.findall(text)), default=0)


def leading_connective(doc) -> int:
    """Characters of a word opening the sentence that ties it to the one before in its article
    ("Thus, ...", "Suddenly, ...", "But ..."): an adverb of the main verb set off by a comma, or
    a coordinating conjunction. Out of its article it points at nothing, so the brief cuts it."""
    if len(doc) < 4 or doc[0].head.dep_ != "ROOT" or doc[0].head.i == 0:
        return 0
    first = doc[0]
    if first.dep_ == "advmod" and first.pos_ == "ADV" and doc[1].text == ",":
        return doc[2].idx
    if first.dep_ == "cc":
        return doc[1].idx
    return 0


def best_sentence(
    sources: list[SourceRef],
    context: StoryContext,
    neutral: Neutraliser,
    *,
    key_forms: list[list[str]] = (),
    time_expressions: list[tuple[Span, str]] = (),
    used: set[tuple[str, int]] = frozenset(),
    min_words: int = 6,
    max_words: int = 40,
    allow_loaded: bool = False,
    standalone: bool = True,
    relaxed: bool = False,
    max_quote_words: int = 3,
    attributed: bool = False,
) -> Choice | None:
    """The best neutral full sentence any of ``sources`` yields, or None.

    ``key_forms``: for each key fact, the surface forms that show a sentence carries it.
    ``allow_loaded``: accept (as a last resort) a clause with a loaded phrase, for one side of a
    dispute, which the brief attributes to its outlet. ``standalone``: reject a sentence that opens
    on an anaphor ("That is ...", "He said ..."), which means nothing out of its article.
    ``relaxed``: accept any text with a finite clause (`has_clause`) rather than only a parsed
    main clause, for a brief that would otherwise say (almost) nothing. ``attributed``: the
    caller attributes the text to its outlet ("A reports that ..."), so one outlet's evaluative
    words there are only quoted.

    The choice is made on the sentences as written (after the cuts above); then the chosen text
    gets back the speaker of a clause it states without one, and loses (or quotes, attributed to
    its outlet) the evaluative words only its outlet uses (`brief/voice.py`).
    """
    spans: dict[tuple[str, int, int], Span] = {}
    for source in sources:
        for span in (source.span, context.sentence_of(source.span)):
            if (span.article, span.start) in used:
                continue
            spans.setdefault((span.article, span.start, span.end), span)
    raw = [s for s in spans.values() if allow_loaded or not neutral.loaded_inside(s)]
    # Variants: the span itself, and the statements its relative clauses make.
    variants: list[tuple[Span, str]] = []
    forgiven: dict[tuple[str, int, str], int] = {}  # key facts a cut variant may lack (see below)
    # Per variant: the edits it was made with and the parse of its span, to redo it in the
    # brief's own voice once chosen.
    made: dict[tuple[str, int, str], tuple[list, object]] = {}
    whole = {(s.article, s.start): s for s in (context.sentence_of(span) for span in raw)}
    whole_docs = dict(zip(whole, parse([s.text for s in whole.values()])))
    for span, doc in zip(raw, parse([s.text for s in raw])):
        if _cut_relative_clause(doc):
            continue
        sentence = context.sentence_of(span)
        if (sentence.start, sentence.end) != (span.start, span.end) and sentence.start <= span.start and span.end <= sentence.end:
            if lost_by_the_cut(whole_docs[(sentence.article, sentence.start)], span.start - sentence.start, span.end - sentence.start):
                continue  # its sentence, also a candidate, says it whole
        edits = neutral.cuts(span) + date_edits(span, time_expressions)
        dateline = dateline_length(span.text)
        if dateline:  # "VARNHOLM — ": where the report was filed, not what it says
            edits.append((span.start, span.start + dateline))
        if len(doc) and doc[0].dep_ == "mark" and doc[0].lower_ == "that":  # a cited "that"-clause
            edits.append((span.start, span.start + len(doc[0].text_with_ws)))
        connective = leading_connective(doc)
        if connective:
            edits.append((span.start, span.start + connective))
        variants.append((span, compress(span.text, edits, span.start, neutral.canonical)))
        made[(span.article, span.start, variants[-1][1])] = (edits, doc)
        # The same fact without what only this outlet adds to it, when other outlets report it too.
        others = " ".join(s.span.text for s in sources if s.outlet != context.outlet(span.article))
        adjuncts = unshared_adjuncts(doc, _stems(others)) if others else []
        full = variants[-1][1]
        for chosen in _cut_sets(adjuncts):
            cuts = [(span.start + s, span.start + e) for s, e in chosen]
            kept = [e for e in edits if not any(s <= e[0] < t for s, t in cuts)]
            text = compress(span.text, kept + cuts, span.start, neutral.canonical)
            # A key fact that went with the cut but that no other outlet states was this outlet's own.
            own = sum(1 for forms in key_forms if _carries(full, forms) and not _carries(text, forms) and not _carries(others, forms))
            variants.append((span, text))
            forgiven[(span.article, span.start, text)] = own
            made[(span.article, span.start, text)] = (kept + cuts, doc)
        for start, end, statement in relative_statements(doc):
            sub = Span(span.article, span.start + start, span.start + end, span.text[start:end])
            variants.append((sub, compress(statement, [], 0, neutral.canonical)))
    if not variants:
        return None
    choices = []
    for (span, text), doc in zip(variants, parse([t for _, t in variants])):
        words = len(text.split())
        if not (min_words <= words <= max_words) or not (is_full_sentence(doc) or relaxed and has_clause(doc)):
            continue
        if PERSONAL.search(QUOTED.sub("", text)) or quote_words(text) > max_quote_words:
            continue
        if standalone and (doc[0].lower_ in ANAPHORS or _subject_is_anaphor(doc) or _object_points_back(doc)):
            continue
        if any(elliptical(c) for t in doc if t.dep_ == "ROOT" for c in t.children if c.dep_ in SUBJECTS):
            continue  # "The last, in 2021, destroyed ...": which one, even attributed, is lost
        if doc[0].lower_ in RELATIVE_PRONOUNS and doc[0].dep_ != "det":
            continue  # a relative clause cut from its noun ("who leads the union") says nothing of whom
        if states_no_fact(doc):
            continue
        score = sum(1.0 for forms in key_forms if _carries(text, forms)) + forgiven.get((span.article, span.start, text), 0)
        score -= 0.04 * max(0, words - 12) + 0.3 * bool(QUOTED.search(text))
        score += 0.5 * bool(re.search(rf"\b(?:{'|'.join(MONTHS)}) \d", text))
        score -= 2.0 * neutral.loaded_inside(span) + 0.5 * neutral.loaded_count(span) + 0.5 * neutral.voices.labels_in(span)
        choices.append(Choice(text, SourceRef(span.article, context.outlet(span.article), span), score))
    # The best choice as the brief may say it; if the voice edits leave no full sentence (a cut
    # that took a verb's only subject, say), the next best.
    for choice in sorted(choices, key=lambda c: -c.score):
        edited = in_own_voice(choice, neutral, made.get((choice.source.span.article, choice.source.span.start, choice.text)), attributed)
        if edited.text == choice.text or _still_a_sentence(edited.text, relaxed):
            return edited
    return None


def _still_a_sentence(text: str, relaxed: bool) -> bool:
    doc = parse([text])[0]
    return is_full_sentence(doc) or relaxed and has_clause(doc)


def in_own_voice(choice: Choice, neutral: Neutraliser, made, attributed: bool) -> Choice:
    """The chosen text as the brief may say it: without the adjectives only its outlet uses,
    with that outlet's other evaluative words quoted and the sentence attributed to it (unless
    the caller attributes it already), and with the speaker of a clause it states."""
    voices, span, text, source = neutral.voices, choice.source.span, choice.text, choice.source
    if made is not None:
        edits, doc = made
        cuts = voices.one_outlet_cuts(span, doc)
        words = voices.one_outlet_words(span, doc, cuts)
        if cuts or words:
            quoted = quote_edits(span.text, span.start, words, cuts)
            inside = [c for c in cuts if any(q[0] <= c[0] and c[1] <= q[1] for q in quoted)]
            text = compress(span.text, edits + [c for c in cuts if c not in inside] + quoted, span.start, neutral.canonical)
        if words and not attributed:
            text = reported(source.outlet or "one outlet", text, neutral.names) + "."
    text = neutral.unshouted(text)
    attribution = voices.dropped_attribution(span, text, parse)
    tag = attribution_tag(attribution, parse, voices) if attribution is not None else None
    if tag:
        text = text.rstrip(".") + tag + "."
        # The sentence holds the speaker too: it is what the brief now cites.
        source = SourceRef(source.article, source.outlet, attribution.sentence)
    return Choice(text, source, choice.score)


def _carries(text: str, forms: list[str]) -> bool:
    return any(f in text for f in forms)


LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
SHOUTED = re.compile(r"\b[A-Z]{2,}\b")
# a capitalised word after a lower-case word or a comma: not a sentence's first word
INNER_CAPITALISED = re.compile(r"(?<=[a-z,;] )([A-Z][a-z][\w-]*)")


def reported(who: str, text: str, names: set[str] = frozenset()) -> str:
    """ "<who> reports that <clause>", or the clause quoted when it opens on an anaphor ("That relocation ...")
    that an indirect report would misattach. The clause's first word keeps its capital when it
    is a name: the parser tags it so, or the story writes it capitalised inside a sentence
    (``names``: "Corvane set up a helpline" -> "... reports that Corvane set up a helpline")."""
    text = text[dateline_length(text):]  # "KESSBY — ": where the outlet filed from, not what it reports
    doc = parse([text])[0]
    if doc[0].lower_ in ANAPHORS:
        return f"{who} reports: “{text.rstrip('.')}”"
    name = doc[0].pos_ == "PROPN" or doc[0].text in names or doc[0].text.isupper() and len(doc[0]) > 1
    clause = text if name else text[0].lower() + text[1:]
    return f"{who} reports that {clause.rstrip('.')}"
