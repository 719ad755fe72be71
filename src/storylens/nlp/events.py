"""storylens_events: dated happenings, one per time expression that dates a predicate.

A time expression with a calendar value (from storylens_timex) dates the verb it attaches to
in the dependency parse (or the event noun, when no verb governs it). That predicate is the
trigger; entity mentions inside its clause are the actors. Expressions that date nothing are
skipped: source citations "(AP, June 20)", datelines "MOSCOW, June 24 (Reuters) -", and
expressions bounding a period rather than dating a happening ("until 2003", "prior to 2014").

What is not the outlet's own dated happening (issue 19, ``nlp/event_rules``): relative times
inside quotations, negated and counterfactual predicates, captions made of a participle; a
predicate under a failure is dated as the failure; an undated article's "June 24th" takes the
year the article states, or waits for the story's year (``XXXX-06-24``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.ingest.datelines import dateline_length
from storylens.nlp.quantities.units import TIME_UNITS
from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_entities, doc_text, sentence_of
from storylens.nlp.event_rules.arguments import arguments_of, is_statement
from storylens.nlp.event_rules.bounds import bounded_by_clause
from storylens.nlp.event_rules.reschedules import goes_on_from, sets_a_later_time
from storylens.nlp.event_rules.anchored import RELATIVE_TO_A_HAPPENING, day_from, names_the_happening, offset_of
from storylens.nlp.event_rules import QuotedText, asserted_trigger, says_only_what_did_not_happen, unrealised_plan, counts_from_speech, described_by, is_caption_fragment, stated_year_value
from storylens.nlp.event_rules.attachment import out_of_a_relative_clause
from storylens.nlp.event_rules.fragments import displaced_into_participle, participle_reach
from storylens.nlp.event_rules.states import is_background_state
from storylens.nlp.event_rules.years import states_the_narrative_year
from storylens.nlp.timex_calendar import month_of_week
from storylens.nlp.timex import SINCE, FUTURE_PREDICATES, MODALS_OF_FUTURE, clause_tense, misread_past_base, predicate_of, qualifies_the_noun_before, time_set_for
from storylens.records import EventArgument, EventMention, Span
from storylens.wordnet import verbs_named_by

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "VESSEL"})
CITATION_BEFORE = re.compile(r"\(\s*[^()\n]{1,60},\s*$")
CITATION_AFTER = re.compile(r"^\s*\)")
DATELINE_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–|-)\s")
BOUNDING = re.compile(r"\b(?:until|till|prior to|before|since|ever since|up to|between)\s+(?:the\s+)?$", re.IGNORECASE)
# A range's far end; the range may hold abbreviations ("from 8 p.m. to 6 a.m."), not a sentence end.
RANGE_END = re.compile(r"\b(?:between|from)\s+(?:[^.;\n]|\.(?!\s+(?-i:[A-Z]))){1,40}?\s+(?:and|to|through|till|until)\s+(?:the\s+)?$", re.IGNORECASE)
# Words before a date that end a period or set a limit: "given until September 30th", "by March 31st".
PERIOD_END = re.compile(r"\b(?:until|till|by|no later than|up to|through)\s+(?:the\s+)?$", re.IGNORECASE)
RANGE_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
RANGE_TO = re.compile(r"\s+(?:to|through|till|until)\s", re.IGNORECASE)
MAX_CLAUSE_TOKENS = 40
# Words that cannot end a readable clause: relative words, determiners, prepositions, conjunctions.
DANGLING_TAGS = frozenset({"WDT", "WP", "WP$", "WRB", "DT", "IN", "CC", "TO", "PRP$", "POS"})
STATE_VERBS = frozenset({"be", "have", "remain", "seem"})
# States that last until a day ahead without anyone setting that day ("will be free until
# September 30"). Not "remain", which like "stay" says a state is kept until a set end: "the
# plant will remain shut until October 4th" is a closure lifted on that day, a deadline.
OPEN_ENDED_STATES = STATE_VERBS - {"remain"}
YEAR = re.compile(r"\b\d{4}\b")
# An act dated only as done by the time of the report (round s41): the article's day is the
# latest it can have happened, not a day the text gives.
REPORT_DAY_CONFIDENCE = 0.5
RELATIVE_CONFIDENCE = 0.9  # as the time rules' relative days
PRESENT_WORDS = frozenset({"today", "now", "currently", "this week", "this month", "this year"})


def is_citation(text: str, start: int, end: int) -> bool:
    """"(The Guardian, June 24)": the date of a cited source, not of a happening."""
    return bool(CITATION_BEFORE.search(text[max(0, start - 60):start]) and CITATION_AFTER.match(text[end:end + 5]))


def restates_the_day_before(text: str, expression, expressions) -> bool:
    """"on June 20, 2025, the day after the booms were laid": a day set off by a comma right
    after a date names that date again, by the happening it followed; counted from the date
    before it, it would date the clause inside ("were laid") a day late."""
    return any(
        other.value and len(other.value) == 10 and other.span.end < expression.span.start
        and text[other.span.end:expression.span.start].strip() == ","
        for other in expressions
    )


def is_dateline(text: str, start: int, end: int) -> bool:
    """"WASHINGTON, August 13 (Xinhua) --" at the start of a line."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start < 40 and bool(DATELINE_AFTER.match(text[end:end + 40]))


def is_bounding(text: str, start: int, end: int) -> bool:
    """"until 2003", "prior to 2014", and either end of a range ("between May 2022 and May 2023",
    "from 2019 to 2021"): the limits of a period, not the date of a happening."""
    before, after = text[max(0, start - 60):start], text[end:end + 12]
    if BOUNDING.search(before[-20:]) or RANGE_END.search(before):
        return True
    return bool(RANGE_FROM.search(before[-20:]) and RANGE_TO.match(after))


def ends_a_period_ahead(text: str, start: int, end: int, value: str, published: Optional[str]) -> bool:
    """"given until September 30th to fix the hull", "a curfew until June 30th", "from June 1 to
    June 30": a day that ends a period the report sets, after the report. It dates no happening
    on that day, but it is an entry of its own, a deadline. A bound in the past ("closed until
    2003"), a range's first end and a clock time ("from 8 p.m. to 6 a.m.") are none."""
    if published is None or len(value) != 10 or value <= published[:10]:
        return False
    before = text[max(0, start - 60):start]
    return bool(PERIOD_END.search(before[-20:]) or RANGE_END.search(before))


def trigger_of(span: SpacySpan) -> Optional[Token]:
    """The predicate a time expression dates: the nearest verb above it, else the noun it
    modifies ("the events of June 24"), else the sentence root. Under a copula the noun is the
    happening: "they are the products of the destruction of the Soviet Union in 1991"."""
    token = span.root
    happening = _noun_of_a_happening(span) or act_noun_dated(span)
    if happening is not None:
        return happening
    noun = None
    seen = {token.i}
    while token.head.i not in seen:  # the root is its own head
        below, token = token, token.head
        seen.add(token.i)
        if token.pos_ in ("VERB", "AUX") and token not in span:
            if noun is not None and token.lemma_ in STATE_VERBS:
                return noun
            return displaced_into_participle(below, token) or out_of_a_relative_clause(below, token) or _governor_of_a_result(token) or _main_verb_of_a_step_before(token) or token
        if noun is None and token.pos_ == "NOUN" and token not in span:
            noun = token
    return noun or (token if token.pos_ in ("VERB", "AUX", "NOUN") else None)


def _governor_of_a_result(verb: Token) -> Optional[Token]:
    """"The agency ordered the towns evacuated at 5 a.m.": a bare past participle complement with
    no subject or auxiliary of its own names the state the main verb brings about; the time at
    the end of the sentence hangs from it only because it comes last. The happening is the
    main verb's (the order)."""
    # the tagger also reads such a participle as a past (VBD), which without a subject it cannot be
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    return verb.head


# Units of a measure before "after": one shorter than a day keeps both happenings on one day.
DAY_OR_LONGER = TIME_UNITS - {"second", "minute", "hour"}
STEP_PREPOSITIONS = frozenset({"after", "before", "upon", "on"})


def _main_verb_of_a_step_before(verb: Token) -> Optional[Token]:
    """"The launcher exploded shortly after leaving the pad on Tuesday": the time at the end of
    the sentence hangs from the participle after "after" only because it comes last. The
    participle has no subject of its own, so it is the main verb's subject's step just before
    (or after) the happening the sentence reports, and on the same day unless a measure of a
    day or more stands between them ("two days after leaving"): the main verb is dated."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    preposition = verb.head
    main = preposition.head
    if preposition.lower_ not in STEP_PREPOSITIONS or preposition.dep_ != "prep" or main.pos_ not in ("VERB", "AUX"):
        return None
    measures = [t for m in (*preposition.children, *main.children) if m.dep_ == "npadvmod" for t in (m, *m.children)]
    if any(t.lemma_.lower() in DAY_OR_LONGER for t in measures):
        return None
    return main


def when_clause_on(span: SpacySpan) -> Optional[Token]:
    """The verb of a "when" clause right after a time expression ("since June 2nd, when it
    declared independence"): the expression names when that happened."""
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when":
        return None
    verb = doc[i].head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > i and verb.sent.start == span.sent.start else None


def _noun_of_a_happening(span: SpacySpan) -> Optional[Token]:
    """"after the seizure of the port by the militia in May, the ministry ordered ...": a time
    phrase ("in May") on a noun that has an object of its own ("of the port") dates that noun,
    a happening, not the verb of the clause around it."""
    prep = span.root.head
    if prep.dep_ != "prep" or prep.i == span.root.i:
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.i in range(span.start, span.end):
        return None
    has_object = any(c.dep_ == "prep" and c.lower_ == "of" and c.i != prep.i for c in noun.children)
    # "Crane's arrest on 10 November ended a two-year hunt": a nominalisation with its possessor,
    # the subject of what it brought about, is the act done to or by them, dated by its own time
    # phrase (round s40). As an object ("Prigozhin launched his coup attempt on Friday") the
    # phrase the parser hangs from it dates the verb, as before.
    owned_act = (
        noun.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "poss" for c in noun.children)
        and bool(verbs_named_by(noun.lemma_.lower()))
    )
    return noun if has_object or owned_act else None


def act_noun_dated(span: SpacySpan) -> Optional[Token]:
    """"Yesterday's ruling by the panel", "the decision of 10 November", "the 10 November
    decision": a day that is the possessor, the "of" object or a modifier of a noun naming an
    act that WordNet makes from a verb (a nominalisation: ruling / rule, decision / decide)
    dates that act, the happening the noun names, not the verb of the clause around it (the
    ruling "ended the permit"). Only a day: "the 2016 election" names which election, the year a
    premodifier as before."""
    value = span._.timex_value if span.has_extension("timex_value") else None
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}", value):
        return None
    root = span.root
    if root.dep_ in ("poss", "compound", "nmod", "npadvmod", "nummod") and root.head.i >= span.end:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        noun = root.head.head
    else:
        return None
    if noun.pos_ != "NOUN" or noun.i in range(span.start, span.end):
        return None
    return noun if verbs_named_by(noun.lemma_.lower()) else None


def _states_the_year(doc: Doc, text: str, expression) -> bool:
    """A stated year an undated article's month and day may take: not a bound ("since 2019")."""
    start, end = expression.span.start, expression.span.end
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not is_bounding(text, start, end) and states_the_narrative_year(span)


def _clause_tense_at(doc: Doc, start: int, end: int) -> Optional[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return clause_tense(span) if span is not None else None


def speaker_of(doc: Doc, start: int, end: int) -> Optional[str]:
    """Who says the quotation holding ``start:end`` (``doc._.quotes``), or None."""
    for quote in doc._.quotes or []:
        if quote.kind != "indirect" and quote.span.start <= start and end <= quote.span.end and quote.speaker_text:
            return quote.speaker_text
    return None


DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|last night)\b", re.IGNORECASE)


def names_a_day_or_period(expression) -> bool:
    """A deictic time in a speaker's words dates what they tell ("He phoned me on Sunday night",
    "we told the ministry last Friday", "she will appear before a judge on Wednesday") when it
    names its day or period; not a time of day with no day ("we fled in the morning": which
    morning the quotation does not say)."""
    return expression.kind != "time" or DAY_WORD.search(expression.span.text) is not None


def span_at(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    return doc.char_span(start, end, alignment_mode="expand")


def _only_possible(span: Optional[SpacySpan]) -> bool:
    """The predicate is under a modal of possibility or duty ("might", "could", "should"): what
    may happen, not a plan."""
    predicate = predicate_of(span) if span is not None else None
    return predicate is not None and any(c.tag_ == "MD" and c.lower_ in MODALS_OF_FUTURE for c in predicate.children)


def _present_read_as_plural(token: Token) -> bool:
    """"The first shift starts at 7 a.m.": the tagger reads "shift starts" as a compound noun,
    leaving the sentence without a verb. A plural noun at the root of a sentence that has no
    verb, after a noun hung from it, that WordNet knows as a verb is that verb in the present;
    so is one conjoined to it ("and the last ends at 6 p.m.")."""
    if token.tag_ != "NNS" or any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return False
    if token.dep_ == "conj":
        return _present_read_as_plural(token.head) and _knows_as_a_verb(token.lemma_.lower())
    if token.dep_ != "ROOT" or not any(c.dep_ in ("compound", "nsubj") and c.i == token.i - 1 for c in token.children):
        return False
    return _knows_as_a_verb(token.lemma_.lower())


def _knows_as_a_verb(lemma: str) -> bool:
    from storylens.nlp.wordnet import wordnet

    return bool(wordnet().synsets(lemma, pos="v"))


def is_standing_schedule(trigger: Token, expression, expressions) -> bool:
    """"The first shift starts at 7 a.m. and the last ends at 6 p.m.", "the briefing begins at
    6:30 a.m. each day": a clock time with no day, on a verb in the simple present, is a
    timetable that holds day after day, not a happening on the day the text last named. A day
    in the clause makes it one occasion ("the vote opens at 7 a.m. on Tuesday")."""
    if expression.kind != "time" or DAY_WORD.search(expression.span.text):
        return False
    present = trigger.tag_ in ("VBZ", "VBP") or _present_read_as_plural(trigger)
    if not present or misread_past_base(trigger) is not None:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    start, end = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge.text)
    return not any(
        other.kind == "date" and other.value and len(other.value) == 10 and start <= other.span.start < end
        for other in expressions
    )


def is_premodifier(span: SpacySpan) -> bool:
    """"the 2016 election", "2020 candidates": a year naming a thing, not dating a clause."""
    root = span.root
    return root.dep_ in ("compound", "nummod", "amod", "poss") and root.head.i >= span.end


def is_present_state(expression_text: str, trigger: Token) -> bool:
    """"Today, the sector encompasses 23,000 firms": the present, not a happening."""
    return expression_text.lower() in PRESENT_WORDS and trigger.tag_ in ("VBZ", "VBP")


def _side_participles(trigger: Token, happening: Token) -> list[Token]:
    """Participle clauses hanging from the trigger with no subject of their own ("Having
    launched the attempt on Friday, ..."), other than the one holding the happening: a
    happening of their own, which another entry describes."""
    return [
        c
        for c in trigger.children
        if c.dep_ == "advcl"
        and c.tag_ in ("VBG", "VBN")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not (c.left_edge.i <= happening.i <= c.right_edge.i)
    ]


def _conjoined_happenings(trigger: Token, happening: Token) -> list[Token]:
    """Verbs conjoined after the trigger's own words ("Flight 208 left Dalby at 5:50 a.m. on
    Sunday and landed in Osterholm at 7:05 a.m."), other than the one holding the happening: a
    happening of their own, described by its own clause. Not a verb right after the trigger
    ("arrested and charged two men"), whose words the two verbs share."""
    found = []
    for verb in trigger.children:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i < trigger.i:
            continue
        if verb.left_edge.i <= happening.i <= verb.right_edge.i:
            continue
        own_words = [c for c in trigger.children if trigger.i < c.i < verb.i and c.dep_ not in ("cc", "punct")]
        if own_words:
            found.append(verb)
    return found


def _start_of_conjunct(verb: Token) -> int:
    """The index where a conjoined verb's clause begins, with the "and" or comma before it."""
    doc, at = verb.doc, verb.left_edge.i
    while at > 0 and (doc[at - 1].dep_ == "cc" or doc[at - 1].is_punct):
        at -= 1
    return at


def _participle_between(subject: Token, verb: Token) -> bool:
    """A participle clause stands between the subject's head and its verb: set off inside the
    subject ("the convoy, travelling ...", an ``acl``) or hung from the verb before it."""
    inside = any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > subject.i for c in subject.children)
    return inside or any(c.dep_ == "advcl" and subject.i < c.i < verb.i and c.tag_ in ("VBG", "VBN") for c in verb.children)


def participle_in_subject(trigger: Token) -> Token | None:
    """The subject a participle clause set off inside it belongs to: "The convoy, travelling
    north on Tuesday, reached ..." (the parse may hang "travelling" from the main verb, not from
    "convoy"): a participle with no subject of its own, hanging from a verb whose subject stands
    before it, while the participle stands before that verb. Its happening is the subject's, and
    its description the subject with the participle, not the whole sentence."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBG", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    verb = trigger.head
    if not trigger.i < verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trigger.i), None)
    return subject


def subject_after_participle(trigger: Token) -> Token | None:
    """The subject a participle clause set off before its main clause belongs to: "Announced by
    Ms Vane at 9 a.m., the inquiry will ...", "Drawn up by the board on Tuesday night, the plan
    ...": its happening is told by the participle and that subject, not by the main clause,
    whose other people had no part in it."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBG", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) or not trigger.i < trigger.head.i:
        return None
    verb = trigger.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and trigger.right_edge.i < c.i < verb.i), None)


def clause_of(trigger: Token, sentence: SpacySpan, happening: Token | None = None) -> tuple[int, int]:
    """Character bounds of the trigger's clause: its subtree, cut to a readable length. A
    participle clause at its start or end that is not the ``happening`` described is left out
    ("Having launched the attempt on Friday, Marr announced a retreat on Saturday": the retreat
    is "Marr announced a retreat on Saturday"), so the two happenings keep two descriptions."""
    left, right = trigger.left_edge.i, trigger.right_edge.i + 1
    doc = trigger.doc
    subject = participle_in_subject(happening) if happening is not None and trigger.i == happening.i else None
    if subject is not None:  # "The convoy, travelling north on Tuesday"
        left, right = subject.left_edge.i, happening.right_edge.i + 1
    elif happening is not None and trigger.i == happening.i and subject_after_participle(happening) is not None:
        # "Drawn up by the board on Tuesday night, the plan"
        left, right = happening.left_edge.i, subject_after_participle(happening).right_edge.i + 1
    while right > left + 1 and doc[right - 1].is_punct:  # the full stop
        right -= 1
    for side in _side_participles(trigger, happening or trigger):
        if side.left_edge.i == left:  # a fronted participle, with what the parse hung elsewhere
            left = participle_reach(trigger, side) if side.i < trigger.i else side.right_edge.i + 1
            while left < trigger.i and doc[left].is_punct:
                left += 1
        elif side.right_edge.i + 1 == right:
            right = side.left_edge.i
    for verb in _conjoined_happenings(trigger, happening or trigger):
        right = min(right, _start_of_conjunct(verb))
    if right - left > MAX_CLAUSE_TOKENS:
        # Keep who did what: from the subject (when near) to a few words past the trigger. A
        # subject held apart from its verb by a participle clause set off inside it ("The relief
        # convoy of forty trucks ..., travelling north on Tuesday, reached ...") is kept from
        # further off: without it the description is a fragment ("reached the crossing ...").
        subject = next((c for c in trigger.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        reach = MAX_CLAUSE_TOKENS if subject is not None and _participle_between(subject, trigger) else MAX_CLAUSE_TOKENS // 2
        near = subject is not None and trigger.i - subject.left_edge.i <= reach
        left = subject.left_edge.i if near else trigger.i
        right = min(right, trigger.i + MAX_CLAUSE_TOKENS // 2)
    left, right = max(left, sentence.start), min(right, sentence.end)
    doc = trigger.doc
    # "When the ferry capsized ...", "after the ship sank ...": the clause without the word that
    # subordinates it to another reads as a statement.
    while right > left + 1 and doc[left].head.i == trigger.i and (doc[left].dep_ == "mark" or doc[left].tag_ == "WRB"):
        left += 1
    # Nor does it open on a quotation mark whose closing mark it leaves out ('"We told the ministry').
    while right > left + 1 and doc[left].is_punct:
        left += 1
    # A clause cut short never ends on a word that needs one after it ("..., which", "the", "of").
    while right > left + 1 and (doc[right - 1].is_punct or doc[right - 1].is_space or doc[right - 1].tag_ in DANGLING_TAGS):
        right -= 1
    return doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)


RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _clause_read_as_relative(noun: Token) -> bool:
    """"after the freighter Lindqvist sank": the small parser reads the subordinate clause as a
    relative clause of "freighter". A true relative clause has a relative word ("the freighter
    that sank") and its own subject is never a name standing right after the noun."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or any(t.tag_ in RELATIVE_TAGS for t in clause.subtree):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
            return True
    return False


def asides_of(trigger: Token, happening: Token, start: int, end: int) -> list[tuple[int, int]]:
    """Character bounds of the subordinate clauses inside ``start:end`` that say when or why the
    happening took place rather than what it was: an adverbial clause of the trigger introduced
    by a subordinating word or with a subject of its own ("after the freighter sank", "because
    the pumps failed"), or a preposition whose object is a clause ("after striking the
    freighter", or a clause the parser hung from a noun, ``_clause_read_as_relative``). Clauses holding the happening itself, and participles that tell its outcome
    ("..., killing three"), stay."""
    found = []
    for child in trigger.children:
        if child.dep_ == "advcl":
            subordinate = any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in child.children) or any(
                c.tag_ == "WRB" and c.i < child.i for c in child.children
            )
        elif child.dep_ == "prep":
            subordinate = any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in child.children) or any(
                _clause_read_as_relative(c) for c in child.children if c.dep_ == "pobj"
            )
        else:
            subordinate = False
        if not subordinate or child.left_edge.i <= happening.i <= child.right_edge.i:
            continue
        left, right = child.left_edge, child.right_edge
        if left.idx >= start and right.idx + len(right.text) <= end:
            found.append((left.idx, right.idx + len(right.text)))
    return found


def plan_from_before(trigger: Token) -> bool:
    """"The yard had been due to hand over the ferry on April 2nd", "the council had planned to
    reopen the bridge on May 1st": a plan told in the pluperfect, set before the day it names.
    The report does not say it was carried out (told so, it mostly was not: "...; that handover
    has now been postponed"), so it is a plan, not a happening of that day."""
    if trigger.dep_ != "xcomp" or trigger.tag_ != "VB":
        return False
    predicate = trigger.head
    if predicate.lemma_ not in FUTURE_PREDICATES:
        return False
    verbs = (predicate, predicate.head) if predicate.dep_ == "acomp" else (predicate,)
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for verb in verbs for c in verb.children)


def time_of_day(timeml: str | None) -> str | None:
    """The time part of a TimeML value: "05:00" of "2031-05-15T05:00", "MO" of "...TMO"."""
    if not timeml or "T" not in timeml:
        return None
    part = timeml.split("T", 1)[1]
    return part or None


def actors_in(doc: Doc, start: int, end: int) -> list[str]:
    names: list[str] = []
    for ent in doc_entities(doc):
        if ent.label_ in ENTITY_TYPES and start <= ent.start_char and ent.end_char <= end and ent.text not in names:
            names.append(ent.text)
    return names


@Language.component(
    "storylens_events", requires=["doc._.time_expressions"], assigns=["doc._.event_mentions"]
)
def find_events(doc: Doc) -> Doc:
    mentions = extensions.doc_list(doc, "event_mentions")
    article_id = doc._.article_id or ""
    text = doc_text(doc)
    seen: set[tuple[int, int]] = set()
    dated: list[tuple[Token, EventMention]] = []  # each mention with its predicate's token
    quoted = QuotedText(text)
    expressions = doc._.time_expressions or []
    stated_years = [
        (e.span.start, e.value[:4])
        for e in expressions
        if e.value and YEAR.search(e.span.text) and _states_the_year(doc, text, e)
    ] if doc._.published is None else []
    for expression in expressions:
        start, end = expression.span.start, expression.span.end
        if expression.kind not in ("date", "time"):
            continue
        # "Analysed last week, the samples showed ...": a week dates its happening to the month
        # (or year) it lies in (round s36); before, a week dated nothing
        value = expression.value or month_of_week(expression.timeml)
        if value is None and doc._.published is None:
            ahead = _clause_tense_at(doc, start, end) == "future"  # a deadline: the story's year, not a recalled one
            value = stated_year_value(expression.timeml, [] if ahead else stated_years, start)
        if value is None:
            continue
        # Someone's words in quotation marks are that speaker's account. "Tuesday" there counts
        # from when they spoke (storylens_timex resolved it so); it dates a happening they tell
        # in the past, or a plan they tell for a day ("she will appear before a judge on
        # Wednesday", round s33: `planned`), not a time of day with no day ("we will destroy
        # you in the morning"), nor words whose speaker is unknown. "June 23" holds its own
        # date whoever says it.
        speaker = speaker_of(doc, start, end) if quoted.inside(start, end) else None
        if quoted.inside(start, end) and counts_from_speech(expression.span.text):
            if speaker is None or not names_a_day_or_period(expression):
                continue
            if _clause_tense_at(doc, start, end) not in ("past", "future") or _only_possible(span_at(doc, start, end)):
                continue  # a present state, or what may happen ("we could strike on Friday")
        if is_citation(text, start, end) or is_dateline(text, start, end) or restates_the_day_before(text, expression, expressions):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or (is_premodifier(span) and act_noun_dated(span) is None) or qualifies_the_noun_before(span):
            continue  # "the 2016 election", "its records for July 2": the date is the thing's
        # A bound dates no happening ("blockaded since June 2nd"), but a "when" clause on it does
        # ("since June 2nd, when it declared independence"), and a period's end ahead of the
        # report is a deadline ("given until September 30th").
        deadline = expression.kind == "date" and ends_a_period_ahead(text, start, end, value, doc._.published)
        trigger = None if is_bounding(text, start, end) and not deadline else trigger_of(span)
        if deadline and (trigger is None or trigger.lemma_ in OPEN_ENDED_STATES):
            # a state that lasts until then ("will be free until September 30") is no limit
            # anyone set: a bound, as before
            deadline, trigger = False, None
        if trigger is None and is_bounding(text, start, end):
            trigger = when_clause_on(span)
        if trigger is None or is_present_state(expression.span.text, trigger) or is_background_state(trigger, value):
            continue  # "Today, the sector encompasses ...", "the prison held 900 inmates last week"
        if is_standing_schedule(trigger, expression, expressions):
            continue
        if time_set_for(span) and unrealised_plan(trigger):
            continue  # "did not hold the drill it had scheduled for May 20th"
        trigger = asserted_trigger(trigger)
        if trigger is None or is_caption_fragment(trigger):
            continue
        if says_only_what_did_not_happen(trigger, quoted.parts_in(trigger.sent.start_char, trigger.sent.end_char)):
            continue  # '"... they would not have come out alive," he told reporters on Monday'
        sentence = sentence_of(doc, span.start)
        key = (sentence.start_char, trigger.i)
        if key in seen:  # one predicate, one date: the first expression dating it in the text
            continue
        seen.add(key)
        beside_its_subject = participle_in_subject(trigger) is not None or subject_after_participle(trigger) is not None
        described = trigger if beside_its_subject else described_by(trigger)
        mention = (
            EventMention(
                sentence=Span.of(article_id, text, sentence.start_char, sentence.end_char),
                date=value,
                time_expression=expression.span,
                confidence=expression.confidence,
                according_to=speaker,
                **_told_by(trigger, described, sentence, article_id, text),
                planned=deadline or _clause_tense_at(doc, start, end) == "future" or plan_from_before(trigger),
                deadline=deadline,
                arguments=_participants(trigger, expressions, article_id, text),
                time_of_day=time_of_day(expression.timeml),
                statement=is_statement(trigger) and not quoted.inside(trigger.idx, trigger.idx + len(trigger.text)),
            )
        )
        mentions.append(mention)
        dated.append((trigger, mention))
    anchored = _dated_from_a_named_happening(doc, dated, expressions, quoted, article_id, text)
    mentions.extend(_bounded_mentions(dated, seen, expressions, quoted, article_id, text))
    mentions.extend(anchored)
    mentions.extend(_acts_that_set_a_later_time(doc, dated, expressions, quoted, article_id, text))
    mentions.extend(_starts_since(doc, dated, expressions, quoted, article_id, text))
    return doc


def _participants(trigger: Token, expressions, article_id: str, text: str) -> list[EventArgument]:
    return [
        EventArgument(role, head, Span.of(article_id, text, s, e))
        for role, head, s, e, head_at in arguments_of(trigger)
        # "at 5 a.m.": a time, not a participant; "the explosion at 11.40 p.m." is one
        if not any(x.span.start <= head_at < x.span.end for x in expressions)
    ]


def _acts_that_set_a_later_time(doc: Doc, dated, expressions, quoted, article_id: str, text: str) -> list[EventMention]:
    """"The exam was postponed until next month" (``event_rules.reschedules``, round s41): the
    postponing, told in the past, is a happening dated by the article's day; the bound stays what
    it was. A named day ahead makes a deadline entry above, which already stands for the act."""
    found = []
    # a deadline the phrase makes ("was given until September 30th") already stands for the act
    own_day = {trigger.i for trigger, _ in dated}
    for expression in expressions:
        start, end = expression.span.start, expression.span.end
        if expression.kind != "date" or not expression.value or quoted.inside(start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        verb = trigger_of(span) if span is not None else None
        if verb is None or verb.i in own_day or asserted_trigger(verb) is None:
            continue
        if not sets_a_later_time(verb, text[max(0, start - 20):start], expression.value, doc._.published):
            continue
        own_day.add(verb.i)
        # no time expression: the phrase is the new time, not the day of the act
        found.append(_mention_of(verb, doc._.published[:10], None, REPORT_DAY_CONFIDENCE, None, expressions, article_id, text))
    return found


def _dated_from_a_named_happening(doc: Doc, dated, expressions, quoted, article_id: str, text: str) -> list[EventMention]:
    """"Two days after the vote, the board scrapped it", "the papers were stolen the night before
    the exam" (``event_rules.anchored``, round s41): the verb is dated from the day the article
    gives the happening the noun names. A mention the time rules dated from the last day in the
    text instead ("the day before" of "the day before the exam") takes the named happening's day."""
    found = []
    for match in RELATIVE_TO_A_HAPPENING.finditer(text):
        if quoted.inside(match.start(), match.end()) or (offset := offset_of(match)) is None:
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        noun = doc.char_span(match.start("noun"), match.end("noun"), alignment_mode="expand")
        if span is None or noun is None:
            continue
        anchors = [
            m for t, m in dated
            if not m.planned and len(m.date) == 10 and not match.start() <= t.idx < match.end()
            and names_the_happening(noun.root.lemma_, m.trigger, [a.head for a in m.arguments if a.role == "patient"])
        ]
        verb = trigger_of(span)
        verb = asserted_trigger(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if not anchors or verb is None:
            continue
        anchor = min(anchors, key=lambda m: abs(m.trigger_span.start - match.start()))
        day, part = day_from(anchor.date, offset[0]), offset[1]
        if day is None:
            continue
        own = [m for t, m in dated if t.i == verb.i]
        inside = [m for m in own if m.time_expression is not None and match.start() <= m.time_expression.start < match.end()]
        if inside:  # in place: the mention is already in the article's list
            inside[0].date, inside[0].time_of_day = day, part or inside[0].time_of_day
        elif not own and not any(m.trigger_span.start == verb.idx for m in found):
            found.append(_mention_of(verb, day, span, RELATIVE_CONFIDENCE, part, expressions, article_id, text))
    return found


def _starts_since(doc: Doc, dated, expressions, quoted, article_id: str, text: str) -> list[EventMention]:
    """"The ferry has been stranded since Sunday night" (round s41): a perfect or progressive
    verb bounded by "since" a past day began on that day; the day dates its onset, which is how
    the timeline dates a happening (a start and the happening are one date). Before, "since"
    dated nothing. A month or a year ("has lived there since 2019") stays a bound."""
    found = []
    own = {t.i for t, _ in dated}
    published = doc._.published or ""
    for expression in expressions:
        start, end = expression.span.start, expression.span.end
        value = expression.value or ""
        if len(value) != 10 or (len(published) >= 10 and value > published[:10]) or quoted.inside(start, end):
            continue
        if not SINCE.search(text[max(0, start - 20):start]):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        verb = trigger_of(span) if span is not None else None
        if verb is None or verb.i in own or verb.pos_ != "VERB" or not goes_on_from(verb) or asserted_trigger(verb) is None:
            continue
        if when_clause_on(span) is not None:
            continue  # "cut off since July 3rd, when the bridge fell": the "when" clause tells that day
        own.add(verb.i)
        found.append(_mention_of(verb, value, expression.span, expression.confidence, time_of_day(expression.timeml), expressions, article_id, text))
    return found


def _told_by(verb: Token, described: Token, sentence, article_id: str, text: str) -> dict:
    """A mention's fields read from its verb and the clause that describes it (the main loop,
    the bounded and the round-s41 mentions alike): trigger, actors, clause without a dateline
    ("VARNHOLM — " is no part of it) and its asides."""
    clause_start, clause_end = clause_of(described, sentence, verb)
    clause_start += dateline_length(text[clause_start:clause_end])
    return {
        "trigger": misread_past_base(verb) or verb.lemma_.lower(),
        "trigger_span": Span.of(article_id, text, verb.idx, verb.idx + len(verb.text)),
        "actors": actors_in(verb.doc, clause_start, clause_end),
        "clause": Span.of(article_id, text, clause_start, clause_end),
        "asides": [Span.of(article_id, text, s, e) for s, e in asides_of(described, verb, clause_start, clause_end)],
    }


def _mention_of(verb: Token, day: str, time_span, confidence: float, part: str | None, expressions, article_id: str, text: str) -> EventMention:
    """A mention of ``verb`` on ``day`` made by the round-s41 readings above, described and with
    participants as the main loop makes them; ``time_span`` (a spaCy span, a Span or None) is
    the phrase that gives the day, and no participant."""
    sentence = verb.sent
    timed = Span.of(article_id, text, time_span.start_char, time_span.end_char) if isinstance(time_span, SpacySpan) else time_span
    return EventMention(
        sentence=Span.of(article_id, text, sentence.start_char, sentence.end_char),
        date=day,
        time_expression=timed,
        confidence=confidence,
        **_told_by(verb, described_by(verb), sentence, article_id, text),
        # "after the vote" in "two days after the vote" is the time, not a participant
        arguments=[a for a in _participants(verb, expressions, article_id, text) if not (timed is not None and timed.start <= a.span.start < timed.end)],
        time_of_day=part,
        statement=is_statement(verb),
    )


def _bounded_mentions(dated, seen, expressions, quoted, article_id: str, text: str) -> list[EventMention]:
    """Happenings told only as after or before a dated clause ("the sample was taken after she
    crossed the line on 4 October", ``event_rules.bounds``): a mention of the main verb at the
    clause's date, marked ``bound``, when no time of its own dated it."""
    found = []
    for trigger, mention in dated:
        bounded = bounded_by_clause(trigger)
        if bounded is None or mention.according_to is not None:
            continue
        verb, relation = bounded
        key = (mention.sentence.start, verb.i)
        if key in seen:
            continue  # "arrested on Tuesday after officers raided the warehouse on Monday": its own day
        seen.add(key)
        found.append(
            replace(
                mention,
                **_told_by(verb, described_by(verb), verb.sent, article_id, text),
                arguments=_participants(verb, expressions, article_id, text),
                time_of_day=None,  # the clause's clock time is the other happening's
                statement=is_statement(verb) and not quoted.inside(verb.idx, verb.idx + len(verb.text)),
                bound=relation,
            )
        )
    return found
