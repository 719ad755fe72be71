"""How two aligned claim mentions disagree: quantity, date, negation or superseded.

Each check returns a plain-English explanation, or None when the two agree on that count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import re

from storylens.records import ClaimMention, Quantity, Span

_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
# words that say nothing about what a figure measures
_FUNCTION_WORDS = {"about", "around", "more", "than", "less", "fewer", "some", "nearly", "almost", "roughly",
                   "least", "most", "with", "from", "into", "that", "this", "those", "these", "their", "there",
                   "which", "were", "have", "been", "also", "only", "just", "over", "under", "approximately"}

# "about", "around", "some": how far the wording lets a figure stray
SLACK = {"approx": 0.15}


@dataclass
class MentionInStory:
    """A claim mention with what alignment needs from the story around it."""

    mention: ClaimMention
    span: Span  # the clause
    outlet: Optional[str]
    published: str
    source_key: str
    actors: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    align_text: str = ""
    actor_of_name: dict[str, str] = field(default_factory=dict)  # actor names in the clause -> merged actor id
    antecedents: list[int] = field(default_factory=list)  # mentions of the sentence "that"/"this" points back to
    _saying_denied: Optional[bool] = field(default=None, repr=False)
    # for a clause whose subject points back with a noun ("That relocation ..."): the content
    # lemmas of what that noun names in the sentence before ("their relocation to Belarus")
    referent: Optional[set[str]] = None
    # the clause's dated time expressions: (start in the article, ISO value)
    dated: list[tuple[int, str]] = field(default_factory=list)

    @property
    def saying_denied(self) -> bool:
        """The clause is reported content whose reporting frame is negated or a denial: "X did
        not state that ...", "X denied saying that ...". What it denies is the saying, not the content."""
        if self._saying_denied is None:
            self._saying_denied = reporting_frame_denied(self.mention)
        return self._saying_denied

    @property
    def label(self) -> str:
        return f"{self.outlet or self.span.article} ({self.published or 'undated'})"


def rounding(value: float) -> float:
    """Half a unit of the last significant digit a figure is written to: "$3.5 billion" stands for
    3.45 to 3.55 billion; at least 1% (a converted figure, 120 miles as 193.12 km, carries digits
    nobody wrote) and at most 10% ("200 km" for 180 to 220 km)."""
    if value == 0:
        return 0.0
    digits = f"{abs(value):.6e}".split("e")
    mantissa, exponent = digits[0].replace(".", "").rstrip("0"), int(digits[1])
    place = exponent - (len(mantissa) - 1)
    # at most 10%: "100 km" against "150 km" disagree, whatever the roundness of 100
    return min(max(0.5 * 10 ** place, 0.01 * abs(value)), 0.1 * abs(value))


def interval(quantity: Quantity) -> tuple[float, float]:
    """The values a quantity's wording allows: its rounding, or more for "about"; one-sided for
    "at least" and "at most"."""
    low, high = (quantity.value if isinstance(quantity.value, list) else [quantity.value] * 2)[:2]
    low, high = min(low, high), max(low, high)
    if quantity.bound == "approx":
        low, high = low * (1 - SLACK["approx"]), high * (1 + SLACK["approx"])
    else:
        low, high = low - rounding(low), high + rounding(high)
    if quantity.bound == "lower":
        return low, float("inf")
    if quantity.bound == "upper":
        return 0.0, high
    return low, high


def comparable(a: Quantity, b: Quantity) -> bool:
    """Same unit, and for bare counts the same thing counted."""
    if a.unit != b.unit:
        return False
    return a.unit != "count" or (a.surface_unit is not None and a.surface_unit == b.surface_unit)


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    # open intervals: 3.5 and 3.6 billion meet at 3.55 and still disagree
    return a_low < b_high and b_low < a_high


def measured_words(item: MentionInStory, quantity: Quantity, *, before: int = 1, after: int = 3) -> set[str]:
    """Stems of the words right next to a figure: what it measures ("a 48-page indictment",
    "$3.6 billion from military construction", "a 1,000 km journey" against "200 km short")."""
    offset = quantity.span.start - item.span.start
    if not 0 <= offset <= len(item.mention.text):
        return set()
    words = _WORD.findall(item.mention.text[:offset])[-before:] if before else []
    words += _WORD.findall(item.mention.text[offset + len(quantity.span.text):])[:after]
    return {w.lower()[:5] for w in words if len(w) > 3 and w.lower() not in _FUNCTION_WORDS}


def named_thing_words(item: MentionInStory, quantity: Quantity) -> set[str]:
    """The words by a figure other than its counted noun or unit: "700,000 people" and "35 people
    to a meeting" count people, but nothing names them as the same people."""
    return measured_words(item, quantity) - {(quantity.surface_unit or "").lower()[:5]}


def same_measured_thing(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Two figures compare only when they measure the same thing: same unit (and, for counts, the
    same counted noun) and the same words next to them. A figure with no word of its own next to
    it ("..., to the tune of $3.5 billion") measures what its clause is about: it compares with
    the other clause's only figure of that unit when the two clauses share words around them."""
    if not comparable(qa, qb):
        return False
    near_a, near_b = measured_words(a, qa), measured_words(b, qb)
    if near_a and near_b:
        return bool(near_a & near_b)
    sole = sum(comparable(qa, q) for q in b.mention.quantities) == 1 and sum(comparable(q, qb) for q in a.mention.quantities) == 1
    wide_a, wide_b = measured_words(a, qa, before=30, after=30), measured_words(b, qb, before=30, after=30)
    return sole and len(wide_a & wide_b) >= 2


# MiniLM cosine at which two counted phrases name one kind of thing ("stadium detentions" /
# "arrests at the stadium"; "tickets sold at the stadium" stays apart)
SAME_COUNTED = 0.7


def counted_phrase(item: MentionInStory, quantity: Quantity) -> Optional[str]:
    """What a count counts, as words: its counted noun with the words after it ("arrests for
    unauthorized border crossings"), or for a bare figure the clause's subject, which it
    measures ("border apprehensions have fallen to 400,000")."""
    if quantity.unit != "count":
        return None
    if quantity.surface_unit:
        offset = quantity.span.start - item.span.start + len(quantity.span.text)
        # the noun's own phrase: up to a punctuation mark or a clause of its own ("times that ...")
        after = re.split(r"[,;:.()“”\"]|\b(?:that|which|who|when|where|as|because)\b", item.mention.text[max(offset, 0):])[0]
        words = after.split()[:5]
        return " ".join(words) if words else quantity.surface_unit
    subject = item.mention.subject
    if not subject or quantity.span.text in subject or subject.lower().split()[0] in _STAND_INS:
        return None
    return subject


def figure_year(item: MentionInStory, quantity: Quantity) -> Optional[str]:
    """The year of the date written right after a figure, before the clause's next figure
    ("400,000 in the last fiscal year from a peak of 1.6 million in 2000": 2000 is the peak's)."""
    end = quantity.span.start + len(quantity.span.text)
    following = [q.span.start for q in item.mention.quantities if q.span.start > quantity.span.start]
    limit = min(following, default=item.span.end)
    years = [value[:4] for start, value in item.dated if end <= start < limit and value[:4].isdigit()]
    return years[0] if years else None


# MiniLM cosine at which two actions on one thing may read as one ("the clip was posted" /
# "... published" 0.78, "... uploaded" 0.90; "... filmed" 0.72, "the bill was posted" / "... vetoed"
# 0.65). It does not tell "posted" from "deleted" (0.82): the scorer's link of the two clauses
# as one fact is the main guard.
PARAPHRASE = 0.75


@lru_cache(maxsize=4096)
def _phrases_alike(a: str, b: str, bar: float = SAME_COUNTED) -> bool:
    from storylens.story.embeddings import embed

    vectors = embed([a, b])
    return float(vectors[0] @ vectors[1]) >= bar


def _same_actor(a: MentionInStory, name_a: str, b: MentionInStory, name_b: str) -> bool:
    actors_a = {actor for name, actor in a.actor_of_name.items() if name in name_a or name_a in name}
    actors_b = {actor for name, actor in b.actor_of_name.items() if name in name_b or name_b in name}
    return bool(actors_a & actors_b)


def synonymous_counts(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Counts of one thing under different nouns ("400,000 apprehensions" / "520,000 arrests"):
    the counted phrases mean alike and the figures are not dated to different years. Only for
    clauses already aligned as one fact; "700,000 people employed" and "35 people invited" count
    people, but their phrases do not mean alike."""
    if qa.unit != "count" or qb.unit != "count":
        return False
    if qa.surface_unit and qa.surface_unit == qb.surface_unit:
        return False  # the same noun: `same_measured_thing` reads the words next to them
    phrase_a, phrase_b = counted_phrase(a, qa), counted_phrase(b, qb)
    if not phrase_a or not phrase_b:
        return False
    year_a, year_b = figure_year(a, qa), figure_year(b, qb)
    if year_a and year_b and year_a != year_b:
        return False
    return _phrases_alike(phrase_a.lower(), phrase_b.lower())


def quantity_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """A figure of one that measures the same thing as a figure of the other, with no figure of
    the other agreeing with it."""
    for qa in a.mention.quantities:
        for qb in b.mention.quantities:
            if quantities_agree(qa, qb):
                continue
            if not same_measured_thing(a, qa, b, qb):
                if not synonymous_counts(a, qa, b, qb):
                    continue
                if any(synonymous_counts(a, qa, b, other) and quantities_agree(qa, other) for other in b.mention.quantities):
                    continue
                return (f"{a.label} gives {qa.span.text!s} ({counted_phrase(a, qa)}), {b.label} gives "
                        f"{qb.span.text!s} ({counted_phrase(b, qb)}): counts of one thing that differ")
            if any(comparable(qa, other) and quantities_agree(qa, other) for other in b.mention.quantities) or any(
                comparable(other, qb) and quantities_agree(other, qb) for other in a.mention.quantities
            ):
                continue
            return (f"{a.label} gives {qa.span.text!s} ({_value(qa)}), {b.label} gives {qb.span.text!s} "
                    f"({_value(qb)}): more apart than the wording allows")
    return None


def named_measure_differs(a: MentionInStory, b: MentionInStory) -> bool:
    """Both give a figure of a thing named by the same words right next to it ("the 48-page
    indictment", "the 47-page indictment") and the figures disagree: the two clauses are about
    one thing, however differently the rest of them reads."""
    return quantity_conflict(a, b) is not None and any(
        named_thing_words(a, qa) & named_thing_words(b, qb) and same_measured_thing(a, qa, b, qb)
        and not quantities_agree(qa, qb)
        for qa in a.mention.quantities for qb in b.mention.quantities)


def quantities_match(a: MentionInStory, b: MentionInStory) -> bool:
    """Both report a measured (non-count) quantity of the same unit, and the values agree."""
    return any(comparable(qa, qb) and qa.unit != "count" and quantities_agree(qa, qb)
               for qa in a.mention.quantities for qb in b.mention.quantities)


def date_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    if a.mention.predicate != b.mention.predicate:
        return None
    if len(a.mention.dates) == 1 and len(b.mention.dates) == 1:
        da, db = a.mention.dates[0], b.mention.dates[0]
        if len(da) == len(db) and da != db:
            return f"{a.label} dates it {da}, {b.label} dates it {db}"
        return None
    for dated, said in ((a, b), (b, a)):
        detail = _later_than_said(dated, said)
        if detail:
            return detail
    return None


def _year(value: str) -> Optional[int]:
    return int(value[:4]) if value[:4].isdigit() else None


def _later_than_said(dated: MentionInStory, said: MentionInStory) -> Optional[str]:
    """"Lawyers said in 2017 that he repaid the money" puts the repayment in 2017 or before; a
    report that he repaid it in 2018 disagrees. Only facts stated as done (no "will", "could")."""
    if said.mention.dates or not said.mention.reported_on or len(dated.mention.dates) != 1:
        return None
    if said.mention.modality or dated.mention.modality:
        return None
    when, by = _year(dated.mention.dates[0]), _year(said.mention.reported_on)
    if when is None or by is None or when <= by:
        return None
    if dated.published and (_year(dated.published) or 0) < when:
        return None  # a past fact dated after its own article: a month name read into the wrong year

    return (f"{said.label} reports it as said in {said.mention.reported_on}: “{said.mention.text}”; "
            f"{dated.label} dates it {dated.mention.dates[0]}: “{dated.mention.text}”")


def _stems(phrase: str | None) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(phrase or "") if len(w) > 3 and w.lower() not in _FUNCTION_WORDS}


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my"}


def _named_in(item: MentionInStory, phrase: str | None) -> set[str]:
    """The named parties inside one argument of the clause: its merged actors, or its capitalised
    words (the small model misses many names of groups: "the Red Hand militia")."""
    if not phrase:
        return set()
    actors = {actor for name, actor in item.actor_of_name.items() if name in phrase}
    capitalised = {w.lower() for w in _WORD.findall(phrase) if w[0].isupper() and w.lower() not in _DETERMINERS}
    return actors | capitalised


def account_conflict(a: MentionInStory, b: MentionInStory, generic: set[str]) -> Optional[str]:
    """Incompatible versions of who did what: the same action done to, blamed on or credited to
    different named parties ("blamed the Red Hand militia" against "blamed the Fourth Brigade"). Only
    named parties count: two wordings of one thing ("the incident", "my reaction") are not two
    accounts, and a light verb (take, make, have ...) says too little of the action to tell."""
    predicate = a.mention.predicate
    if not predicate or predicate != b.mention.predicate or predicate in generic or a.mention.negated != b.mention.negated:
        return None
    # only what the action is done to: different doers are mostly different names for one
    # party ("his rival", "Hillary Clinton") or different sources
    for role in ("theme",):
        phrase_a, phrase_b = getattr(a.mention, role), getattr(b.mention, role)
        named_a, named_b = _named_in(a, phrase_a), _named_in(b, phrase_b)
        if named_a and named_b and not named_a & named_b and not _stems(phrase_a) & _stems(phrase_b):
            return (f"{a.label} says “{a.mention.text}”; {b.label} says “{b.mention.text}”: "
                    f"{phrase_a} against {phrase_b}")
    return None


_STAND_INS = {"he", "she", "it", "they", "we", "you", "i", "who", "which", "that", "this", "those", "these", "there"}


def about_different_things(a: MentionInStory, b: MentionInStory) -> bool:
    """Both clauses name what they are about, and the two have no word or actor in common:
    "another man not seen on camera" says nothing against "the lawmaker is seen". A pronoun
    could stand for anything, and so could a noun that points back ("That relocation has not
    happened" is about whatever the sentence before says), so neither tells them apart."""
    subjects = (a.mention.subject, b.mention.subject)
    if not all(subjects) or any(s.lower().split()[0] in _STAND_INS | {"such"} for s in subjects):
        return False
    if _stems(subjects[0]) & _stems(subjects[1]):
        return False
    actors_a = {actor for name, actor in a.actor_of_name.items() if name in subjects[0]}
    actors_b = {actor for name, actor in b.actor_of_name.items() if name in subjects[1]}
    return not actors_a & actors_b


def negation_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    if a.mention.negated == b.mention.negated:
        if a.saying_denied != b.saying_denied:
            positive, negative = (a, b) if b.saying_denied else (b, a)
            speaker = negative.mention.attributed_to or "the source"
            return (f"{positive.label} reports “{positive.mention.text}”; {negative.label} reports that "
                    f"{speaker} did not say so: “{negative.mention.sentence.text.strip()}”")
        return None
    positive, negative = (a, b) if b.mention.negated else (b, a)
    return f"{positive.label} reports “{positive.mention.text}”; {negative.label} says it did not: “{negative.mention.text}”"


# verbs whose content is denied rather than asserted ("denied that", "denied saying that")
DENIALS = {"deny"}


@lru_cache(maxsize=2048)
def _parsed(sentence: str):
    from storylens.nlp.pipeline import shared_nlp

    nlp = shared_nlp()
    keep = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}
    return nlp(sentence, disable=[name for name in nlp.pipe_names if name not in keep])


def referent_words(subject: str, previous: str) -> Optional[set[str]]:
    """What a pointing noun phrase ("That relocation", "Those talks") names in the sentence
    before: the content lemmas of that noun's phrase there, the noun itself left out ("their
    relocation to Belarus" gives {"belarus"}). None when the subject is a bare pronoun or its
    noun is not found there (nothing to narrow by)."""
    nouns = [t for t in _parsed(subject) if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    noun = nouns[-1].lemma_.lower()
    stem = noun[:5]
    for token in _parsed(previous):
        if token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() == noun or token.lower_.startswith(stem)):
            words = {t.lemma_.lower() for t in token.subtree
                     if t is not token and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")}
            return words or None
    return None


def _name_of(token) -> Optional[str]:
    """The proper name a noun phrase gives: the phrase itself when it is a name ("by
    DCCameraGuy", "by Harbour Watch"), or the name it carries ("an account titled X", "the name
    of X", "a channel called X")."""
    if token.pos_ == "PROPN":
        return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN")
    for child in token.children:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
            return _name_of(child)
        if child.dep_ == "acl" or child.dep_ == "prep" and child.lower_ == "of":
            for inner in child.children:
                if inner.dep_ in ("oprd", "dobj", "attr", "pobj", "xcomp") and inner.pos_ == "PROPN":
                    return _name_of(inner)
                if inner.dep_ == "oprd" and inner.text[:1].isupper():  # "titled QuayNews": a name, however tagged
                    return " ".join(t.text for t in inner.subtree)
    return None


def doers(mention: ClaimMention) -> list[tuple[str, str, str, str]]:
    """(action lemma, what it is done to, who is said to do it, the verb as written) for each verb of the clause whose
    doer is named: the passive's "by" phrase ("was posted by X"), an "under" phrase that names
    one ("published under an account titled Y", "under the name of Y"), or an active subject that
    is a name ("Y posted the video"). What it is done to is the noun of its object or passive
    subject (a relative pronoun stands for the noun it hangs from)."""
    start = mention.sentence.text.find(mention.text)
    if start < 0:
        return []
    found = []
    for verb in _parsed(mention.sentence.text):
        if verb.pos_ != "VERB" or not start <= verb.idx < start + len(mention.text):
            continue
        theme, doer = None, None
        for child in verb.children:
            if child.dep_ in ("nsubjpass", "dobj"):
                theme = verb.head if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else child
            elif child.dep_ == "agent":
                doer = next((_name_of(g) for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "prep" and child.lower_ == "under":
                doer = next((_name_of(g) for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "nsubj" and child.pos_ == "PROPN":
                doer = _name_of(child)
        if theme is not None and doer:
            found.append((verb.lemma_.lower(), theme.lemma_.lower(), doer, verb.lower_))
    return found


def doer_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """Two clauses aligned as one fact in which one thing ("the video") is said to be done by
    different named parties: "posted on YouTube by X" against "published under an account
    titled Y". The verbs may differ (paraphrases); what it is done to must be the same noun."""
    for action_a, theme_a, doer_a, verb_a in doers(a.mention):
        for action_b, theme_b, doer_b, verb_b in doers(b.mention):
            if theme_a != theme_b or _stems(doer_a) & _stems(doer_b) or _same_actor(a, doer_a, b, doer_b):
                continue
            if action_a == action_b or _phrases_alike(f"the {theme_a} was {verb_a}", f"the {theme_a} was {verb_b}", PARAPHRASE):
                return (f"{a.label} says the {theme_a} was {verb_a} by {doer_a}; {b.label} says it was "
                        f"{verb_b} by {doer_b}")
    return None


def reporting_frame_denied(mention: ClaimMention) -> bool:
    """Reported content whose reporting verb is negated ("did not state that ...", "never said
    that ...") or sits under a denial ("denied saying that ...", "denied that ..."). Read from
    the parse of the sentence: the verb governing the content, and the verb above it."""
    if not mention.cue or mention.cue in ("according to", "quotation") or mention.kind not in ("reported", "complement"):
        return False
    if mention.text.split()[0].lower() in ("what", "who", "which", "how", "why", "whether", "if", "when", "where"):
        return False  # "did not say what she lied about": no content is denied
    start = mention.sentence.text.find(mention.text)
    if start < 0:
        return False
    doc = _parsed(mention.sentence.text)
    inside = [t for t in doc if start <= t.idx < start + len(mention.text)]
    if not inside:
        return False
    root = next((t for t in inside if t.head not in inside or t.head is t), inside[0])
    verb = root.head
    for _ in range(2):  # the reporting verb, then what governs it ("denied saying")
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_.lower() in DENIALS or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            return True
        if verb.head is verb or verb.dep_ not in ("xcomp", "pcomp", "ccomp", "advcl"):
            return False
        verb = verb.head
    return False


def superseded(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """A later report takes back what an earlier one stated (charges brought, then dropped)."""
    earlier, later = sorted((a, b), key=lambda m: m.published or "")
    if not earlier.published or earlier.published == later.published:
        return None
    taken_back = set(later.mention.withdrawn) & ({earlier.mention.predicate or ""} | earlier.lemmas)
    if not taken_back:
        return None
    return (f"{earlier.label} reports “{earlier.mention.text}”; a later report, {later.label}, "
            f"overturns it: “{later.mention.text}”")


def _value(quantity: Quantity) -> str:
    value = quantity.value
    shown = "–".join(f"{v:g}" for v in value) if isinstance(value, list) else f"{value:g}"
    return f"{shown} {quantity.unit}"
