"""storylens_timex: time expressions normalised against the article date (doc._.published).

Finds expressions with the surface rules of :mod:`storylens.nlp.timex_rules`, keeps the
longest where they overlap, and resolves them in text order so "the next day" counts from the
last dated anchor. Weekdays follow news usage: the publication weekday itself is that day; a
past-tense clause picks the most recent such day, a future one ("will") the next.

Each expression becomes a ``records.TimeExpression``: ``value`` is the calendar part
(YYYY-MM-DD, YYYY-MM or YYYY, never more precise than the text), ``timeml`` the full TimeML
value (durations, weeks, parts of day ...). Without an article date only absolute expressions
get values; with an inferred date, relative ones get a lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from storylens.nlp import extensions
from storylens.nlp import timex_calendar as cal
from storylens.nlp.doc_index import doc_text
from storylens.nlp.event_rules.assertion import RESCHEDULING, is_counterfactual, unrealised_plan
from storylens.nlp.event_rules.fragments import displaced_into_participle
from storylens.nlp.event_rules.attachment import out_of_a_relative_clause
from storylens.nlp.event_rules.quoted import QuotedText
from storylens.nlp.quotes.cues import is_speech_cue
from storylens.nlp.timex_rules import RULES, Resolution, Rule
from storylens.nlp.timex_rules.base import FULL_MONTH, PART, WEEKDAY
from storylens.nlp.timex_rules.times_of_day import borrows_its_day, names_its_day
from storylens.records import Span, TimeExpression

FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "going"})
FUTURE_PREDICATES = frozenset({"plan", "schedule", "expect", "intend", "hope", "aim", "set", "due", "slate", "poise"})
# Verbs whose present and past forms are the same ("stocks hurt the index Friday"): no tense.
SAME_IN_PAST = frozenset({"hurt", "set", "cut", "put", "hit", "let", "cost", "quit", "spread", "shut", "bid", "cast", "split", "shed", "upset", "beat", "read", "broadcast", "forecast"})
MODALS_OF_FUTURE = frozenset({"might", "may", "could", "must", "should", "can"})
# Modals whose passive looks ahead ("must be finished by June 30th"); "could" is also a past
# ("could be located Wednesday").
MODALS_OF_PASSIVE_FUTURE = MODALS_OF_FUTURE - {"could", "can"}
REPORTING = frozenset({"say", "tell", "report", "announce", "claim", "add", "state", "write", "confirm", "note"})
DAY_NAME = re.compile(rf"\b(?:{WEEKDAY}|{FULL_MONTH})\b")
SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?$", re.IGNORECASE)
# Confidence of a value that depends on the article date, by how that date is known.
RELATIVE_CONFIDENCE = 0.9
INFERRED_CONFIDENCE = 0.5


def reference_day(published: Optional[str]) -> Optional[date]:
    """The article date as a day; year-month or year-only dates cannot anchor weekdays."""
    return cal.parse_iso(published)


def find_matches(text: str) -> list[tuple[int, int, Rule, re.Match]]:
    """All rule matches, overlaps removed: the longest wins, then the earliest."""
    found = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            start, end = match.span("expr") if "expr" in match.groupdict() else match.span()
            if end > start:
                found.append((start, end, rule, match))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    kept: list[tuple[int, int, Rule, re.Match]] = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda item: item[0])


def predicate_of(span: SpacySpan):
    """The verb an expression attaches to (within four steps up the parse), or None. A phrase
    the parse hangs from a main verb while it stands inside a fronted participle clause ("Announced
    by the minister on Friday, the talks will open ...") attaches to the participle."""
    token = below = span.root
    for _ in range(4):
        if token.head.i == token.i:
            break
        below, token = token, token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    if token.pos_ not in ("VERB", "AUX"):
        return None
    return displaced_into_participle(below, token) or out_of_a_relative_clause(below, token) or token


def clause_tense(span: SpacySpan) -> Optional[str]:
    """"past", "future" or None, from the verb the expression attaches to."""
    token = predicate_of(span)
    if token is None:
        return None
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUXILIARIES:
            return "future"
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBN" and any(c.tag_ == "MD" and c.lower_ in MODALS_OF_PASSIVE_FUTURE for c in auxiliaries):
        if not any(c.lemma_ == "have" for c in auxiliaries):  # not "must have been finished"
            return "future"
    predicate = token.head
    if _infinitive_complement(token) and _modal_above(token):
        return "future"  # "Residents should be able to return by March 31st"
    if _to_infinitive_of_a_present(token):
        return "future"  # "Forecasters expect the wind to ease on Wednesday"
    if _infinitive_complement(token) and predicate.lemma_ == "go" and predicate.tag_ == "VBG":
        return "future"  # "she is (was) going to fly to Tarvik on Friday": a plan, kept or not
    if _infinitive_complement(token) and (predicate.lemma_ in FUTURE_PREDICATES or predicate.lemma_ == "be"):
        verbs = (predicate, predicate.head) if predicate.dep_ == "acomp" else (predicate,)
        pluperfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for v in verbs for c in v.children)
        return "past" if pluperfect else "future"  # "set to resume Monday", "is to resume Tuesday"; not "had been due to"
    if _will_reported_in_the_past(token) or (time_set_for(span) and _plan_still_on(span)):
        return "future"
    if token.tag_ in ("VBD", "VBN"):
        # "was planned for June 1", "was postponed to Friday": a past verb that places something ahead
        return None if token.lemma_ in FUTURE_PREDICATES | RESCHEDULING else "past"
    if token.tag_ == "VB" and any(c.tag_ == "MD" and c.lower_ in MODALS_OF_FUTURE for c in token.children):
        return "future"
    if misread_past_base(token) is not None:
        return "past"
    schedule = token.lemma_ not in REPORTING and token.lemma_ != "be" and token.lower_ not in SAME_IN_PAST
    if token.tag_ in ("VBZ", "VBP") and schedule and span.root.dep_ != "poss":
        if _caption_present(token, span):
            return "past"  # "Inspectors examine the wreck on Friday": what a photograph shows
        return "future"  # "the summit opens Tuesday": the present of schedules (not "follows Tuesday's vote")
    return None


def _caption_present(verb, span: SpacySpan) -> bool:
    """"Inspectors examine the wreck of the barge on Friday", "Firefighters battle the blaze on
    Sunday": someone acting on something, told in the simple present with a bare weekday, is the
    present of captions and headlines, which tells what was done (the most recent such day).
    The present of schedules tells when a planned thing takes place, and the thing or its
    traveller is its subject, with no object ("the summit opens Tuesday", "ferries resume at
    7 a.m. on Thursday", "they meet separately Monday with the envoy"); a clause explicitly
    ahead ("will", "is due to", "is scheduled for") was read as the future before this."""
    if not re.fullmatch(WEEKDAY, span.text.strip(), re.IGNORECASE):
        # "next Friday": not a bare weekday; "on Sunday evening" only in a caption's own line
        return re.fullmatch(rf"{WEEKDAY}\s+{PART}", span.text.strip(), re.IGNORECASE) is not None and _scene_in_a_line_of_its_own(verb)
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False  # "we play Kestrel on Sunday": a speaker's own plan
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) or _scene_in_a_line_of_its_own(verb)


# WordNet's files of things nobody schedules and that schedule nothing: what a photograph shows
# ("smoke", "floodwater", "the river", "flames"), never a meeting, a service or its travellers.
SCENE_FILES = frozenset({"noun.phenomenon", "noun.substance", "noun.object", "noun.process"})


def _scene_in_a_line_of_its_own(verb) -> bool:
    """"Smoke rises from the depot on Sunday evening", alone on its line: a photo caption, laid
    out as a paragraph of one sentence and telling a scene whose doer is a thing nobody plans
    (its subject's most frequent WordNet sense is a phenomenon, substance or natural object).
    A schedule's subject is what is planned or who travels ("the ferry leaves Corran on Sunday
    evening"), and it keeps the next such day (round s40)."""
    sentence = verb.sent
    text = doc_text(verb.doc)
    end = sentence.start_char + len(sentence.text.rstrip(" \t\n"))  # the parser keeps the line break in the sentence
    before, after = text[: sentence.start_char].rstrip(" \t"), text[end:].lstrip(" \t")
    if not ((not before or before.endswith("\n")) and (not after or after.startswith("\n"))):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not subjects:
        return False
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(subjects[0].lemma_.lower(), "n")
    return sense is not None and sense.lexname() in SCENE_FILES


def misread_past_base(token) -> Optional[str]:
    """"Troops retook the mill on Wednesday": the tagger calls an irregular past it does not
    know a plural present (VBP) and leaves it unlemmatised. A true VBP is the verb's base form;
    a word WordNet reads as an inflection of another base ("retook" -> "retake") is not: that
    base, or None."""
    if token.tag_ != "VBP" or token.lemma_.lower() != token.lower_ or token.lower_.endswith(("s", "ing")):
        return None
    from storylens.nlp.wordnet import wordnet

    base = wordnet().morphy(token.lower_, "v")
    return base if base is not None and base != token.lower_ else None


def time_set_for(span: SpacySpan) -> bool:
    """"a strike called for Monday", "the vote scheduled for Thursday": a day after "for" is the
    time something is set for, ahead of whoever set it, not when the verb happened."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "for" or root.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return DAY_NAME.search(span.text) is not None and not qualifies_the_noun_before(span)


def qualifies_the_noun_before(span: SpacySpan) -> bool:
    """"asked the company for its records for July 2": a "for" phrase right after the noun of
    another prepositional phrase of the same verb says which of that thing (the records of July 2),
    not when the verb happened; the small parser hangs both phrases from the verb."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.lower_ != "for" or preposition.i == 0:
        return False
    before = span.doc[preposition.i - 1]
    verb = preposition.head
    return any(
        sibling.dep_ == "prep" and sibling.i != preposition.i and before.i == sibling.right_edge.i and before.pos_ in ("NOUN", "PROPN")
        for sibling in verb.children
    )


def _plan_still_on(span: SpacySpan) -> bool:
    """A time set for something that is still to come: not a plan called off or moved ("a
    memorial service planned for Saturday was canceled": that Saturday may be past)."""
    predicate = span.root.head.head
    if unrealised_plan(predicate):
        return False
    governor = predicate.head.head if predicate.dep_ in ("acl", "relcl") else predicate
    return governor.lemma_ not in RESCHEDULING


def _infinitive_complement(token) -> bool:
    """An infinitive complement: "(able) to return", "(due) to be awarded"."""
    if token.dep_ != "xcomp":
        return False
    return token.tag_ == "VB" or (token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in token.children))


def _to_infinitive_of_a_present(token) -> bool:
    """"Forecasters expect the wind to ease on Wednesday", "the agency wants crews to finish by
    Friday": a "to" infinitive, with or without a subject of its own, complementing a verb in
    the present tense tells what is to come from now (not "to have eased", a perfect)."""
    if token.dep_ not in ("xcomp", "ccomp") or token.tag_ != "VB":
        return False
    children = list(token.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    governor = token.head
    return governor.tag_ in ("VBZ", "VBP") and governor.lemma_ not in REPORTING


def _modal_above(token) -> bool:
    """A future or modal auxiliary on the predicate an infinitive complements, through an
    adjective ("should be able to return", "will be allowed to leave"); not "should have been"."""
    for _ in range(3):
        if token.dep_ not in ("xcomp", "acomp") or token.head.i == token.i:
            return False
        token = token.head
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lemma_ == "have" for c in auxiliaries):
            return False
        if any(c.lower_ in FUTURE_AUXILIARIES or (c.tag_ == "MD" and c.lower_ in MODALS_OF_FUTURE) for c in auxiliaries):
            return True
    return False


def _will_reported_in_the_past(token) -> bool:
    """"She said the port would reopen on Friday", "funerals would be held on Thursday, the
    mayor said": the "will" of the speaker, moved back a tense by a past verb of saying, is
    still the future of the report. Not "would have" (a counterfactual) and not a "would" that
    no past saying governs (a habit or a condition)."""
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in token.children)
    if (token.tag_ != "VB" and not passive) or token.dep_ != "ccomp":
        return False
    children = list(token.children)
    if not any(c.tag_ == "MD" and c.lower_ in ("would", "'d") for c in children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    return token.head.lemma_ in REPORTING and token.head.tag_ in ("VBD", "VBN")


def _looks_like_count(doc: Doc, span: SpacySpan, *, words: bool = False) -> bool:
    """A bare year-like number that counts things ("2000 troops", "nineteen twenty votes") is
    not a year; ``words``: the number is spelled out over several tokens."""
    if span.end >= len(doc) or (len(span) != 1 and not words):
        return False
    nxt = doc[span.end]
    return nxt.tag_ in ("NNS", "NNPS") and not nxt.is_title


def _reported_quarters(text: str, matches, reference: Optional[date]) -> list[tuple[int, str]]:
    """(position, value) of the fiscal quarters a text reports on: what "a year ago" compares
    with. A quarter that has not ended is a forecast, unless the text says it ended (a fiscal
    "fourth quarter ended Sept. 30")."""
    found = []
    for start, end, rule, match in matches:
        this_years = rule.name == "relative_year_quarter" and match["which"].lower() == "this"
        if rule.name in ("ordinal_quarter", "quarter_reference") or this_years:
            resolved = rule.resolve(match, Resolution(reference, None))
            ended = re.match(r"\s+end(?:ed|ing)\b", text[end:end + 12]) is not None
            if resolved and resolved[0] and (ended or not _after(resolved[0], reference)):
                found.append((start, resolved[0]))
    return found


def _after(quarter: str, reference: Optional[date]) -> bool:
    """A quarter not yet over at the article date ("through the third quarter of 1990" in 1989,
    "the fourth quarter" in October) is a forecast, not the quarter the text reports on."""
    if reference is None or not re.fullmatch(r"\d{4}-Q[1-4]", quarter):
        return False
    return (int(quarter[:4]), int(quarter[-1])) >= (reference.year, cal.quarter_of(reference))


def _inside_name(doc: Doc, span: SpacySpan) -> bool:
    """"Russia Today", "USA Today", "now-dissolved": a word that only looks like a time."""
    if span.end < len(doc) and doc[span.end].text == "-":
        return True
    first = span[0]
    return first.is_title and not first.is_sent_start and first.i > 0 and doc[first.i - 1].pos_ == "PROPN"


def _is_fraction(doc: Doc, span: SpacySpan, match: re.Match) -> bool:
    """"three-quarters of its food", "more than a quarter of the market", "a second group":
    amounts that only look like durations."""
    groups = match.groupdict()
    unit, amount = (groups.get("unit") or "").lower(), (groups.get("amount") or "").lower()
    if unit.startswith("quarter"):
        written_as_fraction = re.search(r"[a-z]-quarters\b", span.text.lower()) is not None
        followed_by_of = doc_text(doc)[span.end_char:span.end_char + 4].lower().startswith(" of ")
        return written_as_fraction or (amount in ("a", "an") and followed_by_of)
    return unit == "second" and amount in ("a", "an")


def _title_word(doc: Doc, span: SpacySpan, word: str) -> bool:
    """"CBS's 60 Minutes", "the Spring of Life rallies": a time word capitalised inside a
    sentence names a programme or an event."""
    if not word[:1].isupper() or word.isupper():
        return False
    token = next((t for t in span if t.text == word), None)
    return token is not None and not token.is_sent_start and doc[token.i - 1].text not in ("-", "--")


def _rejected(doc: Doc, span: SpacySpan, rule: Rule, match: re.Match) -> bool:
    if rule.name in ("year", "spelled_year"):
        return _looks_like_count(doc, span, words=rule.name == "spelled_year")
    if rule.name == "duration" and _is_fraction(doc, span, match):
        return True
    if rule.name in ("duration", "season") and _title_word(doc, span, match["unit" if rule.name == "duration" else "season"]):
        return True
    if rule.name == "relative_period" and match["unit"][0].isupper():  # ABC's "This Week": a title
        return True
    if rule.name in ("deictic_day", "present") and _inside_name(doc, span):
        return True
    if rule.name == "set" and len(span) == 1:  # "the Communist Party daily Granma": a newspaper
        return span[0].pos_ in ("NOUN", "PROPN")
    return False


@Language.factory("storylens_timex", requires=["doc._.published"], assigns=["doc._.time_expressions"])
def make_timex(nlp: Language, name: str):
    return TimexComponent()


class TimexComponent:
    def __call__(self, doc: Doc) -> Doc:
        expressions = extensions.doc_list(doc, "time_expressions")
        reference = reference_day(doc._.published)
        year = _year_of(doc._.published) if reference is None else None
        inferred = bool(doc._.published_inferred)
        article_id = doc._.article_id or ""
        anchor: Optional[date] = None
        narrative: Optional[date] = None  # the day the outlet's own report was last on
        # Before the report names a day of its own, the last past day it states at all ("police
        # said on Saturday ...", "had retaken the mill on Wednesday"): nearer the happenings than
        # the article date, which comes after every one of them.
        stated: Optional[date] = None
        period: Optional[str] = None  # the last calendar value, for "the following year"
        matches = find_matches(doc_text(doc))
        quarters = _reported_quarters(doc_text(doc), matches, reference)
        quoted = QuotedText(doc_text(doc))
        borrowing: list[tuple[SpacySpan, TimeExpression]] = []  # times of day naming no day
        day_names: list[tuple[SpacySpan, date]] = []  # expressions naming a day
        spoken: list[tuple[SpacySpan, Rule, re.Match, Resolution, TimeExpression]] = []  # deictic, in quotation marks
        for start, end, rule, match in matches:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or _rejected(doc, span, rule, match):
                continue
            quarter = next((q for position, q in reversed(quarters) if position <= start), quarters[0][1] if quarters else None)
            tense = clause_tense(span) if rule.relative or borrows_its_day(rule, match) else None
            looks_back = SINCE.search(doc_text(doc)[max(0, start - 20):start]) is not None
            resolution = Resolution(reference, anchor, tense, quarter, period, narrative or stated, year, looks_back)
            resolved = rule.resolve(match, resolution)
            timeml, kind = resolved if resolved else (None, "date")
            value = cal.calendar_value(timeml) if kind != "duration" else None
            confidence = 1.0
            if rule.relative and value is not None:
                confidence = INFERRED_CONFIDENCE if inferred else RELATIVE_CONFIDENCE
            span._.timex_value = timeml
            expression = TimeExpression(Span.of(article_id, doc_text(doc), start, end), value, kind, confidence, timeml)
            expressions.append(expression)
            if value is not None:
                period = value
            day_value = cal.parse_day(timeml)
            names_a_day = day_value is not None and (rule.sets_anchor or rule.name == "deictic_day" or names_its_day(rule, match))
            in_quotes = quoted.inside(start, end)
            if names_a_day:
                day_names.append((span, day_value))
            elif borrows_its_day(rule, match) and timeml:
                borrowing.append((span, expression))
            if rule.relative and in_quotes and reference is not None:
                spoken.append((span, rule, match, resolution, expression))
            # "approved the plan on Monday, officials said on Wednesday. ... a day later": the
            # day of a saying, after a day already stated, is when it was told; the narrative
            # stays on Monday (round s41). A saying's day with no day before it still anchors.
            if names_a_day and not _hypothetical(span) and (rule.sets_anchor or not in_quotes) and not (anchor is not None and _dates_a_saying(span)):
                anchor = day_value
            if names_a_day and (reference is None or day_value <= reference) and not in_quotes and not _told_of_a_noun(span):
                if _dates_the_narrative(span, quoted):
                    narrative = day_value
                elif clause_tense(span) != "future" and not _hypothetical(span):
                    stated = day_value
        given = _days_from_their_clause(borrowing, day_names, quoted)
        _past_midnight(expressions, {id(e): span for span, e in borrowing if id(e) not in given}, reference)
        _from_the_day_of_speaking(spoken, day_names, quoted)
        return doc


def _year_of(published: Optional[str]) -> Optional[int]:
    """The year of an article date that has no day ("2026", "2026-03")."""
    match = re.match(r"^(\d{4})(?:-\d{2})?$", published or "")
    return int(match.group(1)) if match else None


def _hypothetical(span: SpacySpan) -> bool:
    """The expression dates a counterfactual or conditional clause ("Had the engineers opened
    the gates on Sunday, ..."): a day that did not happen anchors nothing."""
    predicate = predicate_of(span)
    return predicate is not None and is_counterfactual(predicate)


def _dates_the_narrative(span: SpacySpan, quoted: QuotedText) -> bool:
    """Whether a day expression moves the day the outlet's own report is on: a happening it
    reports, not a plan ("will visit on Friday"), a saying ("officials said on Wednesday": the
    day of the report, not of what is reported), background looked back on from the narrative
    ("had inspected the dam on March 3"), a condition ("had they opened the gates on Sunday")
    or someone's words in quotation marks, whose days count from when they spoke."""
    if quoted.inside(span.start_char, span.end_char) or clause_tense(span) == "future":
        return False
    predicate = predicate_of(span)
    if predicate is None:
        return True
    if predicate.lemma_ in REPORTING:
        return False
    if predicate.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in predicate.children):
        return False
    return not is_counterfactual(predicate)


def _told_of_a_noun(span: SpacySpan) -> bool:
    """The expression dates a relative clause, background said of someone or something ("an
    engineer, who examined the flyover on March 3rd, said ..."): not the day the report is on,
    nor a day it states for what follows ("The minister arrived at noon" is on the day of the
    collapse the article reports, not on March 3rd)."""
    predicate = predicate_of(span)
    while predicate is not None and predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        predicate = predicate.head
    return predicate is not None and predicate.dep_ == "relcl"


# A clock time from this hour on ends a day's narrative: "at 11.40 p.m. ... by 2 a.m." crosses midnight.
NIGHT_FROM_HOUR = 18


def _past_midnight(expressions: list[TimeExpression], borrowed: dict[int, SpacySpan], reference: Optional[date]) -> None:
    """"The blast at 11.40 p.m. on Friday ... the fire was put out by 2 a.m.": a clock time that
    names no day, told after an evening or night time of the same day and earlier than it, is
    the next morning; a narrative runs forward. Never after the article date."""
    previous: Optional[tuple[date, int]] = None
    for expression in expressions:
        day = cal.parse_day(expression.timeml) if expression.timeml else None
        clock = re.search(r"T(\d{2}):\d{2}$", expression.timeml or "")
        if day is None or clock is None:
            continue
        hour = int(clock.group(1))
        if id(expression) in borrowed and previous is not None and previous[0] == day and previous[1] >= NIGHT_FROM_HOUR and hour < previous[1] and hour < 12:
            following = day + timedelta(days=1)
            if reference is None or following <= reference:
                expression.timeml = cal.day(following) + expression.timeml[expression.timeml.index("T"):]
                expression.value = cal.calendar_value(expression.timeml)
                borrowed[id(expression)]._.timex_value = expression.timeml
                day = following
        previous = (day, hour)


def _days_from_their_clause(borrowing, day_names, quoted: QuotedText) -> set[int]:
    """"signed the order at 9 a.m. on Tuesday": a time of day naming no day is on the day an
    expression dating the same verb names, before or after it in the sentence; else ("reopened
    at 7 a.m. today, and by mid-morning a queue stretched back") on the day its sentence last
    named before it, outside a saying and on the same side of any quotation marks; only then
    on the day of the narrative, which its resolver gave it. Returns the ids of the expressions
    given a day here."""
    given: set[int] = set()
    for span, expression in borrowing:
        predicate = predicate_of(span)
        if predicate is None or expression.timeml is None or "T" not in expression.timeml:
            continue
        same_sentence = [(other, d) for other, d in day_names if other.sent.start == span.sent.start]
        # "woken by sirens at 5 a.m. on Monday": the day hangs from the time itself, however far
        # below the verb the parse puts the two
        day = next((d for other, d in same_sentence if _within(other, span) or _right_after(other, span)), None)
        if day is None:
            day = next((d for other, d in same_sentence if _same_predicate(other, predicate)), None)
        if day is None and predicate.lemma_ not in REPORTING:
            inside = quoted.inside(span.start_char, span.end_char)
            earlier = [
                d
                for other, d in same_sentence
                if other.start < span.start
                and quoted.inside(other.start_char, other.end_char) == inside
                and not _dates_a_saying(other)
                and not _hypothetical(other)
            ]
            day = earlier[-1] if earlier else None
        if day is None:
            continue
        expression.timeml = cal.day(day) + expression.timeml[expression.timeml.index("T"):]
        expression.value = cal.calendar_value(expression.timeml)
        span._.timex_value = expression.timeml
        given.add(id(expression))
    return given


def _within(day: SpacySpan, time: SpacySpan) -> bool:
    """The day expression is part of the time's phrase: "5 a.m. on Monday", "noon on June 3"."""
    root = time.root
    return any(ancestor.i == root.i for ancestor in day.root.ancestors) and not any(
        ancestor.pos_ in ("VERB", "AUX") for ancestor in day.root.ancestors if ancestor.is_ancestor(day.root) and root.is_ancestor(ancestor)
    )


def _right_after(day: SpacySpan, time: SpacySpan) -> bool:
    """"said at 7 a.m. on Friday it would ...": the day follows the time with only "on" (or
    "of") between, one phrase however the parse hangs its halves (here "on Friday" from the
    verb of the next clause)."""
    between = time.doc[time.end : day.start]
    return 0 < len(between) <= 1 and all(t.lower_ in ("on", "of") for t in between)


def _same_predicate(span: SpacySpan, predicate) -> bool:
    other = predicate_of(span)
    return other is not None and other.i == predicate.i


def _dates_a_saying(span: SpacySpan) -> bool:
    predicate = predicate_of(span)
    return predicate is not None and (predicate.lemma_ in REPORTING or is_speech_cue(predicate))


# Sentences back from a quotation in which the speech it comes from may be dated.
SPEECH_LOOKBACK = 3
# Quoted expressions that count days from the speech ("today", "tomorrow", "on Friday"), and
# the expressions that date a speech to a day: not a quarter, not "a year ago".
DAY_DEIXIS = frozenset({"deictic_day", "weekday", "this_part"})
SPEECH_DAY = re.compile(rf"{DAY_NAME.pattern}|\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)


def _speech_told_before(sentence: SpacySpan, day_names, quoted: QuotedText) -> list[date]:
    """"Governor X spoke in a televised address on Sunday night. 'Today we lost homes,' she
    said.": the day the sentence before the quotation (or before the quotations that follow
    one another) gives a speech, outside quotation marks."""
    doc = sentence.doc
    for _ in range(SPEECH_LOOKBACK):
        if sentence.start == 0:
            return []
        sentence = doc[sentence.start - 1].sent
        days = [
            d
            for other, d in day_names
            if other.sent.start == sentence.start
            and SPEECH_DAY.search(other.text)
            and not quoted.inside(other.start_char, other.end_char)
            and _dates_a_speech(other)
        ]
        if days:
            return days
        if not any(quoted.inside(t.idx, t.idx + len(t.text)) for t in sentence if not t.is_punct):
            return []  # a sentence of the narrative without the speech: the trail ends
    return []


def _dates_a_speech(span: SpacySpan) -> bool:
    """The expression dates a saying, or a verb or noun WordNet files under communication
    ("spoke ... on Sunday night", "in a televised address on Sunday night")."""
    if _dates_a_saying(span):
        return True
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    token = span.root
    for _ in range(4):
        if token.head.i == token.i:
            break
        token = token.head
        pos = "v" if token.pos_ in ("VERB", "AUX") else "n" if token.pos_ == "NOUN" else None
        if pos is None:
            continue
        senses = reader.synsets(token.lemma_.lower(), pos=pos)
        if senses and senses[0].lexname() in ("verb.communication", "noun.communication"):
            return True
        if pos == "v":
            return False
    return False


def _from_the_day_of_speaking(spoken, day_names, quoted: QuotedText) -> None:
    """"On Monday, Vire told reporters: 'We asked for help yesterday'": a deictic time inside
    quotation marks counts from when the speaker spoke. That is the article date (as the
    resolver took it) unless the sentences of the quotation date its verb of saying with a day
    of their own outside the marks; then it is resolved again against that day."""
    for span, rule, match, resolution, expression in spoken:
        passage = quoted.passage(span.start_char, span.end_char)
        if passage is None:
            continue
        doc = span.doc
        first, last = doc.char_span(passage[0], passage[0] + 1, alignment_mode="expand"), doc.char_span(passage[1] - 1, passage[1], alignment_mode="expand")
        sentences = {s.sent.start for s in (first, last) if s is not None}
        speaking = [
            d
            for other, d in day_names
            if other.sent.start in sentences and not quoted.inside(other.start_char, other.end_char) and _dates_a_saying(other)
        ]
        if not speaking and first is not None and rule.name in DAY_DEIXIS:
            speaking = _speech_told_before(first.sent, day_names, quoted)
        if not speaking or speaking[0] == resolution.reference:
            continue
        again = rule.resolve(match, replace(resolution, reference=speaking[0], anchor=None, narrative=None))
        if not again or not again[0]:
            continue
        expression.timeml = again[0]
        expression.value = cal.calendar_value(again[0]) if again[1] != "duration" else None
        span._.timex_value = again[0]
