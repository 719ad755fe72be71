"""Date disputes: one happening dated differently, or dated after the time it was said to be done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.story.claim_conflicts.negation import acts_on_different_things
from storylens.story.claim_conflicts.opposites import a_kind_of_action, one_action_or_manner, same_action
from storylens.story.claim_conflicts.readings import FORECAST, ONE_DOERS_ACTS, TWO_ACTS
from storylens.story.claim_conflicts.words import parsed, stems
from storylens.wordnet import first_sense, is_kind_of

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


def date_conflict(a: MentionInStory, b: MentionInStory, *, aligned: bool = False,
                  readings: frozenset[str] = frozenset()) -> Optional[str]:
    """The same happening dated differently. With the same predicate, any two dates of one
    precision that differ; two verbs of one action are one predicate ("will begin the count on
    Thursday" / "the count would start on Friday": one plan, dated twice). ``aligned``: the two clauses are already one fact (one claim), so
    different predicates tell one happening ("police fired tear gas on Saturday" / "the clashes
    broke out on Friday evening"); then only two different days of things stated as done count,
    since a month or a year is as often another stage of the story, and a plan ("will") is no
    happening yet. ``readings`` (``TWO_ACTS``): different verbs acting on different things are two
    acts, each on its own day ("the tug left port on Wednesday" / "the tug reached the wreck on
    Thursday"); ``ONE_DOERS_ACTS``: one doer's two unrelated acts ("asked for pumps on March 2" /
    "received pumps on March 8"); ``FORECAST``: what is forecast or expected is dated to when it
    may happen, not when anything happened."""
    if _bounds_allow(a, b):
        return None
    if FORECAST in readings and (foretold(a) or foretold(b)):
        return None  # "more rain is forecast from Wednesday" / "expected on Thursday": no happening yet
    if not _one_predicate(a, b):
        if not aligned or (TWO_ACTS in readings and acts_on_different_things(a, b)):
            return None
        if ONE_DOERS_ACTS in readings and acts_of_one_doer(a, b):
            return None
        return _days_differ(a, b)
    if len(a.mention.dates) == 1 and len(b.mention.dates) == 1:
        da, db = a.mention.dates[0], b.mention.dates[0]
        if len(da) == len(db) and da != db:
            return f"{a.label} dates it {da}: “{a.mention.text}”; {b.label} dates it {db}: “{b.mention.text}”"
        return None
    for dated, said in ((a, b), (b, a)):
        detail = _later_than_said(dated, said)
        if detail:
            return detail
    return None


# WordNet's senses of foretelling: "predict", "forecast" are kinds of the first, "expect",
# "anticipate" the second
FORETELLING = ("predict.v.01", "expect.v.01")


def foretold(item: MentionInStory) -> bool:
    """The clause's predicate, in its most frequent WordNet sense, foretells ("is forecast",
    "is expected", "predicted"): its date is when the thing may happen."""
    sense = first_sense(item.mention.predicate or "", "v")
    return sense is not None and is_kind_of(sense, *FORETELLING)


def acts_of_one_doer(a: MentionInStory, b: MentionInStory) -> bool:
    """One doer (its phrases share a content word, or name one merged actor) does two acts that
    WordNet does not make one: neither verb names the other's action, a manner or a kind of it
    ("the council asked for pumps" / "the council received pumps"). Each is dated to its own day."""
    pa, pb = a.mention.predicate, b.mention.predicate
    if not pa or not pb or one_action_or_manner(pa, pb) or a_kind_of_action(pa, pb) or a_kind_of_action(pb, pa):
        return False
    if first_sense(pa, "v") is None or first_sense(pb, "v") is None:
        return False
    doer_a, doer_b = a.mention.agent or "", b.mention.agent or ""
    if not doer_a or not doer_b:
        return False
    return bool(stems(doer_a) & stems(doer_b)) or bool(_named_doers(a) & _named_doers(b))


def _one_predicate(a: MentionInStory, b: MentionInStory) -> bool:
    """The same predicate, or two verbs that name one action (``opposites.same_action``); not
    two verbs of saying ("said on Monday" / "told reporters on Tuesday": one thing is said on
    many days)."""
    pa, pb = a.mention.predicate, b.mention.predicate
    if pa == pb:
        return True
    return bool(pa and pb) and not {pa, pb} & REPORTING_VERBS and same_action(pa, pb)


# prepositions that make a date a bound of the happening, not its date: "had collected six tonnes
# by Friday evening" says it was done on Friday or before; "until", "before" the same; "since",
# "after" the other way
UPPER_BOUNDS = {"by", "until", "till", "before"}
LOWER_BOUNDS = {"since", "after"}


def _bound(item: MentionInStory) -> Optional[str]:
    """"upper" or "lower" when the clause's one dated expression is the object of a preposition
    that makes it a bound ("by Friday evening"), else None."""
    if len(item.dated) != 1:
        return None
    at = item.dated[0][0] - item.mention.sentence.start
    doc = parsed(item.mention.sentence.text)
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    while token is not None and token.head.i != token.i and token.dep_ != "pobj":
        token = token.head
    if token is None or token.dep_ != "pobj":
        return None
    preposition = token.head.lower_
    return "upper" if preposition in UPPER_BOUNDS else "lower" if preposition in LOWER_BOUNDS else None


def _bounds_allow(a: MentionInStory, b: MentionInStory) -> bool:
    """A date given as a bound allows the other's date: two deadlines ("by Friday evening" / "by
    Saturday morning": what was done by the first was done by the second), or a day on the right
    side of the bound ("by Saturday" / "on Friday")."""
    bound_a, bound_b = _bound(a), _bound(b)
    if bound_a is None and bound_b is None:
        return False
    if len(a.mention.dates) != 1 or len(b.mention.dates) != 1:
        return True  # a bound and a clause of several or no dates: nothing to set against it
    if bound_a and bound_b:
        return bound_a == bound_b or (bound_a == "upper") == (a.mention.dates[0] >= b.mention.dates[0])
    bounded, point = (a, b) if bound_a else (b, a)
    kind, limit, day = bound_a or bound_b, bounded.mention.dates[0], point.mention.dates[0]
    day, limit = day[:min(len(day), len(limit))], limit[:min(len(day), len(limit))]
    return day <= limit if kind == "upper" else day >= limit


def _days_differ(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """Two clauses of one claim with different predicates, each dating its own action to another
    day. Not a saying ("said on Monday" / "tweeted on Saturday": one thing is said on many days),
    and not a date that belongs to a phrase inside the clause ("in an interview published Monday,
    he brought out a new defense" dates the interview, not the defense)."""
    if not (_dates_own_action(a) and _dates_own_action(b)) or _named_doers_differ(a, b):
        return None
    da, db = a.mention.dates[0], b.mention.dates[0]
    if not (_is_day(da) and _is_day(db)) or da == db:
        return None
    return f"{a.label} dates it {da}: “{a.mention.text}”; {b.label} dates it {db}: “{b.mention.text}”"


def _named_doers(item: MentionInStory) -> set[str]:
    """The merged actors named as the clause's doer (its active subject or passive "by" phrase)."""
    doer = item.mention.agent or ""
    return {actor for name, actor in item.actor_of_name.items() if doer and name in doer}


def _named_doers_differ(a: MentionInStory, b: MentionInStory) -> bool:
    """Each clause names who did its action, and no one is named in both: "the minister visited
    the camp on Tuesday" / "an opposition lawmaker demanded on Wednesday that she resign" are two
    people's acts on two days, not one happening dated twice."""
    doers_a, doers_b = _named_doers(a), _named_doers(b)
    return bool(doers_a) and bool(doers_b) and not doers_a & doers_b


def _dates_own_action(item: MentionInStory) -> bool:
    """The clause's one date hangs, in the parse, from the clause's own verb (the first verb
    above it), and that verb is no reporting verb; the action is stated as done (no "will")."""
    mention = item.mention
    if len(mention.dates) != 1 or len(item.dated) != 1 or mention.modality or mention.predicate in REPORTING_VERBS:
        return False
    at = item.dated[0][0] - mention.sentence.start
    doc = parsed(mention.sentence.text)
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    while token is not None and token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token is not None and token.pos_ in ("VERB", "AUX") and token.lemma_.lower() == mention.predicate


def _is_day(value: str) -> bool:
    return len(value) == 10 and value[:4].isdigit() and value[5:7].isdigit() and value[8:10].isdigit()


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
