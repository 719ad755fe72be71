"""Quantity disputes: two figures of the same measured thing whose wording cannot both be true."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from storylens.nlp.quantities.units import TIME_UNITS, in_hours
from storylens.records import Quantity
from storylens.story.claim_conflicts.measured_frame import (
    SAME_MEASURE,
    amount_named,
    counts_of_one_happening,
    different_kinds_of_person,
    different_kinds_of_thing,
    different_things,
    figure_judged_false,
    figure_year,
    gives_a_limit,
    rejected_by,
    restricted,
    same_substance,
    measures_a_difference,
    set_against,
    standing,
    standing_against_happening,
    happening_count,
    role_in_its_clause,
    span_of_duration,
)
from storylens.story.claim_conflicts.negation import predicate_token
from storylens.story.claim_conflicts.opposites import same_action, same_sense
from storylens.story.happenings import LIGHT_PREDICATES, predicates_related
from storylens.story.claim_conflicts.readings import (
    BARE_COUNT,
    COUNTS_OF_ONE_NOUN,
    DENIED_FIGURES,
    DIFFERENT_MEASURES,
    DURATION_SPANS,
    FIGURE_JUDGED_FALSE,
    KINDS_OF_PERSON,
    KINDS_OF_THING_COUNTED,
    LENGTHS_OF_ONE_HAPPENING,
    LIMIT,
    ONE_HAPPENING,
    OTHER_ACTS,
    RULE_LIMIT,
    ONE_SUBSTANCE,
    REPLACED_FIGURE,
)
from storylens.story.claim_conflicts.measures import different_measures, replaced_in_its_article
from storylens.story.claim_conflicts.words import FUNCTION_WORDS, STAND_INS, WORD, phrases_alike

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


# "about", "around", "some": how far the wording lets a figure stray
SLACK = {"approx": 0.15}


# The most the rounding of a figure may stray from its value when two figures are read for agreement
# (the pair scorer's feature, the brief's evidence): "200 km" for 180 to 220 km.
ROUNDING_CAP = 0.1
# The most a figure written with no hedge may stray when a dispute is read (round s41): a source
# that writes "50,000 signatures" is taken to mean about that many, within 5%; one that knew of
# 46,000 would have written "nearly 50,000", "some 50,000" or "more than 45,000", and those
# words give their own slack (``SLACK``, ``read_interval``). At 10%, 50,000 stood for 45,000 to
# 55,000 and agreed with "nearly 46,000" of another outlet.
BARE_FIGURE_SLACK = 0.05


def rounding(value: float, cap: float = ROUNDING_CAP) -> float:
    """Half a unit of the last significant digit a figure is written to: "$3.5 billion" stands for
    3.45 to 3.55 billion; at least 1% (a converted figure, 120 miles as 193.12 km, carries digits
    nobody wrote) and at most ``cap`` of it ("200 km" for 180 to 220 km at 10%)."""
    if value == 0:
        return 0.0
    digits = f"{abs(value):.6e}".split("e")
    mantissa, exponent = digits[0].replace(".", "").rstrip("0"), int(digits[1])
    place = exponent - (len(mantissa) - 1)
    # at most the cap: "100 km" against "150 km" disagree, whatever the roundness of 100
    return min(max(0.5 * 10 ** place, 0.01 * abs(value)), cap * abs(value))


def interval(quantity: Quantity, cap: float = ROUNDING_CAP) -> tuple[float, float]:
    """The values a quantity's wording allows: its rounding (at most ``cap``), or more for
    "about"; one-sided for "at least" and "at most"."""
    low, high = (quantity.value if isinstance(quantity.value, list) else [quantity.value] * 2)[:2]
    low, high = min(low, high), max(low, high)
    if quantity.bound == "approx":
        low, high = low * (1 - SLACK["approx"]), high * (1 + SLACK["approx"])
    else:
        low, high = low - rounding(low, cap), high + rounding(high, cap)
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


# An upper bound's cue says how a careful reader takes it, and the three kinds differ:
# - the top of an estimate ("up to 40,000 litres", "as much as", "as many as", "as high as"): the
#   source gives the figure it thinks the amount may reach, so the reader takes the amount to be
#   of that order, not anything under it: a source that thought it a tenth of that would not lead
#   with it. The estimate covers the upper half of the range, half the figure to the figure;
#   "about 9,000 litres" against "up to 40,000" is a dispute, 25,000 is not.
# - just short of a figure ("almost", "nearly", "close to", "just under", "not quite", "shy of"):
#   below it by no more than "about" allows (15%).
# - a limit ("under", "less than", "fewer than", "at most", "no more than"): anything below.
# The estimate reading holds only for a happening stated as fact: in a clause of what may or will
# happen ("could face fines of up to 10,000 euros", "will hold up to 500 people") "up to" is a
# limit. The cues are English's closed set of these phrases (the nlp layer's BOUND_CUES reads
# them all as "upper"), not a list tuned to an example.
ESTIMATE_TOP = ("up to", "as much as", "as many as", "as high as", "as large as")
JUST_SHORT = ("almost", "nearly", "close to", "just under", "not quite", "shy of", "just shy of")
ESTIMATE_SHARE = 0.5  # the lowest share of an estimate's top the reader takes it to allow


def wording_before(item: MentionInStory, quantity: Quantity) -> str:
    """The words of the sentence right before a figure, lower case and on one line."""
    sentence = item.mention.sentence
    offset = quantity.span.start - sentence.start
    if not 0 <= offset <= len(sentence.text):
        return ""
    return " ".join(re.sub(r"[(\[\"“]", " ", sentence.text[max(0, offset - 30):offset].lower()).split())


def read_interval(item: MentionInStory, quantity: Quantity) -> tuple[float, float]:
    """The values ``quantity`` allows as a careful reader of ``item`` takes its wording: as
    ``interval`` with a bare figure's slack (``BARE_FIGURE_SLACK``), but an upper bound read by its
    cue (above)."""
    low, high = interval(quantity, BARE_FIGURE_SLACK)
    if quantity.bound != "upper":
        return low, high
    cue = next((c for c in ESTIMATE_TOP + JUST_SHORT if re.search(r"(?:^|\W)" + re.escape(c) + "$", wording_before(item, quantity))), None)
    top = max(quantity.value) if isinstance(quantity.value, list) else quantity.value
    if cue in JUST_SHORT:
        return top * (1 - SLACK["approx"]), high
    if cue in ESTIMATE_TOP and item.mention.modality is None:
        return top * ESTIMATE_SHARE, high
    return low, high


def limit_of_a_rule(item: MentionInStory, quantity: Quantity) -> bool:
    """An estimate's top ("up to", "as much as") in a clause that tells what is done as a rule, in
    the simple present ("the scheme guarantees deposits up to 80,000 crowns", "the hall holds up to
    500 people"): the most a rule allows, a limit, not the amount of a happening ("up to 40,000
    litres leaked")."""
    if quantity.bound != "upper":
        return False
    if not any(re.search(r"(?:^|\W)" + re.escape(c) + "$", wording_before(item, quantity)) for c in ESTIMATE_TOP):
        return False
    if item.mention.modality:
        return True  # "could face fines of up to 10,000 euros": the most that may happen
    verb = predicate_token(item.mention)
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ not in ("VBZ", "VBP") for c in verb.children)


def figures_agree(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Whether the two figures, each read in its own clause's wording, can both be true."""
    (a_low, a_high), (b_low, b_high) = read_interval(a, qa), read_interval(b, qb)
    return a_low < b_high and b_low < a_high


def measured_words(item: MentionInStory, quantity: Quantity, *, before: int = 1, after: int = 3) -> set[str]:
    """Stems of the words right next to a figure: what it measures ("a 48-page indictment",
    "$3.6 billion from military construction", "a 1,000 km journey" against "200 km short")."""
    offset = quantity.span.start - item.span.start
    if not 0 <= offset <= len(item.mention.text):
        return set()
    words = WORD.findall(item.mention.text[:offset])[-before:] if before else []
    words += WORD.findall(item.mention.text[offset + len(quantity.span.text):])[:after]
    return {w.lower()[:5] for w in words if len(w) > 3 and w.lower() not in FUNCTION_WORDS}


def named_thing_words(item: MentionInStory, quantity: Quantity) -> set[str]:
    """The words by a figure other than its counted noun or unit: "700,000 people" and "35 people
    to a meeting" count people, but nothing names them as the same people."""
    return measured_words(item, quantity) - {(quantity.surface_unit or "").lower()[:5]}


def same_measured_thing(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Two figures compare only when they measure the same thing: same unit (and, for counts, the
    same counted noun) and the same words next to them. A figure with no word of its own next to
    it ("..., to the tune of $3.5 billion") measures what its clause is about: it compares with
    the other clause's only figure of that unit when the two clauses share words around them.
    Even then the parse may say they measure different things (``measured_frame``: the counted
    noun qualified differently, another year, another predicate)."""
    if not comparable(qa, qb):
        return False
    near_a, near_b = measured_words(a, qa), measured_words(b, qb)
    if near_a and near_b:
        # measured amounts: "40,000 litres of diesel" / "9,000 litres of fuel" name their substance
        alike = bool(near_a & near_b) or same_substance(a, qa, b, qb)
    else:
        sole = (sum(comparable(qa, q) for q in b.mention.quantities) == 1
                and sum(comparable(q, qb) for q in a.mention.quantities) == 1)
        wide_a, wide_b = measured_words(a, qa, before=30, after=30), measured_words(b, qb, before=30, after=30)
        alike = sole and len(wide_a & wide_b) >= 2
    return alike and different_things(a, qa, b, qb) is None


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
    if not subject or quantity.span.text in subject or subject.lower().split()[0] in STAND_INS:
        return None
    return subject


def amounts_of_one_happening(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """In two clauses already aligned as one fact, amounts of one measured unit (not counts,
    which ``counts_of_one_happening`` reads), each its clause's only figure of that unit, that
    hold one role in their clauses: each the subject of its clause's happening, however the verbs
    differ ("8,000 litres of liquid had escaped" / "as much as 30,000 litres reached the water"),
    or each the object of one action ("the lorry weighed 38 tonnes" / "the vehicle weighed close
    to 60 tonnes"). The parse may still say they are different things (another year, a limit)."""
    if qa.unit == "count" or not comparable(qa, qb):
        return False
    # the only amount of that unit in each clause, a limit beside it apart ("weighed 38 tonnes, under the 40-tonne limit")
    if (sum(comparable(qa, q) and not gives_a_limit(b, q) for q in b.mention.quantities) != 1
            or sum(comparable(q, qb) and not gives_a_limit(a, q) for q in a.mention.quantities) != 1):
        return False
    role_a, role_b = role_in_its_clause(a, qa), role_in_its_clause(b, qb)
    if role_a is None or role_b is None or role_a[0] != role_b[0]:
        return False
    if role_a[0] == "object" and not same_action(role_a[1], role_b[1]):
        return False  # "was fined 200,000 euros" / "pocketed 1.8 million euros": two acts' amounts
    return different_things(a, qa, b, qb) is None


def sole_amounts_of_one_substance(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """In two clauses already in one claim, amounts of one measured unit, each its clause's only
    figure of that unit, of one substance named by the parse ("about 300 tonnes of oil" / "as much
    as 1,100 tonnes of oil leaked"), whatever words stand next to them: a short clause, or one the
    parser cut from its verb, leaves nothing else to compare them by."""
    if qa.unit == "count" or not comparable(qa, qb):
        return False
    if sum(comparable(qa, q) for q in b.mention.quantities) != 1 or sum(comparable(q, qb) for q in a.mention.quantities) != 1:
        return False
    return same_substance(a, qa, b, qb) and different_things(a, qa, b, qb) is None


def sole_counts_of_one_noun(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """In two clauses already in one claim, counts of one counted noun, each its clause's only count
    of it ("eleven reporters have been held" / "three reporters are in custody"): one count, however
    the verbs differ, unless the parse says otherwise: a standing size against a happening, the
    noun narrowed in one only ("three foreign reporters"), the clauses dated to different days,
    or anything ``different_things`` reads. A bound or an approximation is read by the caller
    (``figures_agree``)."""
    if qa.unit != "count" or not comparable(qa, qb) or not (_whole(qa) and _whole(qb)):
        return False
    if sum(comparable(qa, q) for q in b.mention.quantities) != 1 or sum(comparable(q, qb) for q in a.mention.quantities) != 1:
        return False
    if standing(a, qa) or standing(b, qb) or restricted(a, qa) != restricted(b, qb):
        return False
    dates_a, dates_b = set(a.mention.dates), set(b.mention.dates)
    if dates_a and dates_b and not dates_a & dates_b:
        return False  # counts of two times ("eleven held on Monday" / "three still held on Friday")
    return different_things(a, qa, b, qb) is None


def bare_count_of_one_happening(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """In two clauses already in one claim, a count with no noun of its own ("six escaped") and a
    count of a noun ("five wolves escaped"), each its clause's only count, held in the same role by
    one act (one verb or one WordNet first sense, not a copula or a light verb): the bare figure
    counts what the other counts."""
    if qa.unit != "count" or qb.unit != "count" or (qa.surface_unit is None) == (qb.surface_unit is None):
        return False
    if sum(q.unit == "count" for q in a.mention.quantities) != 1 or sum(q.unit == "count" for q in b.mention.quantities) != 1:
        return False
    happening_a, happening_b = happening_count(a, qa), happening_count(b, qb)
    if happening_a is None or happening_b is None or not happening_a.predicate or not happening_b.predicate:
        return False
    if happening_a.standing or happening_b.standing or happening_a.role != happening_b.role:
        return False
    if LIGHT_PREDICATES & {happening_a.predicate, happening_b.predicate}:
        return False  # "the two were the earliest supporters" / "one of the earliest supporters was ...": no act
    if not same_action(happening_a.predicate, happening_b.predicate):
        return False
    return different_things(a, qa, b, qb) is None


def counts_in_other_acts(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Counts of one noun that count two happenings (round s41): the counted are the doers of one
    act and those another named party did something to, and WordNet relates neither verb to the other (no
    shared sense, derivation, kind, cause: "five wolves escaped" / "a ranger brought back two of
    the wolves"; but "31 people were killed" / "45 people died", kill causing die, stay one); or
    one counts those in a state now and the other those a past happening involved ("three wolves
    are still at large" / "five wolves escaped")."""
    happening_a, happening_b = happening_count(a, qa), happening_count(b, qb)
    if happening_a is None or happening_b is None or not happening_a.predicate or not happening_b.predicate:
        return False
    if happening_a.noun != happening_b.noun and None not in (happening_a.noun, happening_b.noun):
        return False
    if happening_a.standing or happening_b.standing:
        return False
    predicates = {happening_a.predicate, happening_b.predicate}
    if "be" in predicates:
        if predicates == {"be"}:
            return False  # two states, no happening to tell apart (and no other verb to read)
        tenses = {happening_a.predicate: happening_a.tense, happening_b.predicate: happening_b.tense}
        other = (predicates - {"be"}).pop()
        return tenses["be"] == "present" and tenses[other] == "past"
    if happening_a.role == happening_b.role or LIGHT_PREDICATES & {happening_a.predicate, happening_b.predicate}:
        return False
    done_to = happening_a if happening_a.role == "patient" else happening_b
    if done_to.holder is None:
        return False  # "were left without electricity": no other party acts on them, it may be their loss told again
    if done_to.result is not None:
        return False  # "the disaster has left 31 people dead" / "45 people died": what became of them, told twice
    return not (predicates_related(happening_a.predicate, happening_b.predicate)
                or same_sense(happening_a.predicate, happening_b.predicate))


def _whole(quantity: Quantity) -> bool:
    """A count of whole things, not a share of them ("two-thirds of the vote", read as 0.67 votes)."""
    values = quantity.value if isinstance(quantity.value, list) else [quantity.value]
    return all(v >= 1 and float(v).is_integer() for v in values)


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
    if different_things(a, qa, b, qb):
        return False
    return phrases_alike(phrase_a.lower(), phrase_b.lower(), SAME_COUNTED)


def asserted(item: MentionInStory) -> list[Quantity]:
    """The figures a clause states, without those it reports only to reject ("a claim of 50
    tonnes was exaggerated", "not 312") or sets its own against ("31 batches, against the 14
    named by the company": the 14 is the company's, and would read as the clause agreeing with it)."""
    return [q for q in item.mention.quantities
            if rejected_by(item, q) is None and not set_against(item, q) and not measures_a_difference(item, q)]


def rejection_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """One clause states a figure the other reports only to reject: "Fifty tonnes of fish died" /
    "the claim of 50 tonnes was 'wildly exaggerated'". The rejected figure agrees in value with
    the stated one, so it would read as corroboration; it is the dispute."""
    for rejecting, stating in ((a, b), (b, a)):
        for qr in rejecting.mention.quantities:
            word = rejected_by(rejecting, qr)
            if word is None:
                continue
            for qs in asserted(stating):
                if not figures_agree(rejecting, qr, stating, qs):
                    continue
                # a rejection names the figure it rejects by repeating its value: the same value in
                # the same unit (for counts, of the same noun) is the same figure unless the parse
                # says they measure different things ("not 140, as the rebels claimed" / "140
                # people were killed")
                if not ((comparable(qr, qs) and different_things(rejecting, qr, stating, qs) is None)
                        or synonymous_counts(rejecting, qr, stating, qs)):
                    continue
                return (f"{stating.label} gives {qs.span.text!s}; {rejecting.label} reports {qr.span.text!s} "
                        f"only to reject it (\"{word}\")")
    return None


def figure_judged_false_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """In one claim, one clause states a figure and the other, giving none, calls "the figure"
    false: "the company claims 4 million euros in losses" / "the insurer says the figure is
    exaggerated" (``measured_frame.figure_judged_false``)."""
    for judging, stating in ((a, b), (b, a)):
        word = figure_judged_false(judging)
        stated = asserted(stating)
        if word and stated:
            return (f"{stating.label} gives {stated[0].span.text!s}; {judging.label} calls the figure "
                    f"false (\"{word}\"): “{judging.mention.text}”")
    return None


def amounts_of_different_things(a: MentionInStory, b: MentionInStory) -> bool:
    """Every pair of figures the two clauses could compare measures different things: amounts of
    differently named things ("sales of 140 million crowns" / "a profit of 410 million crowns"),
    or a body's standing size against a figure that is none ("has 4.1 million customers" / "the
    files held the details of 3.4 million customers"). No figure of one measured thing is then
    in dispute, whatever the figures' words next to them share."""
    pairs = [(qa, qb) for qa in a.mention.quantities for qb in b.mention.quantities if comparable(qa, qb)]
    for qa, qb in pairs:
        if standing_against_happening(happening_count(a, qa), happening_count(b, qb)):
            continue
        of_a, of_b = amount_named(a, qa), amount_named(b, qb)
        if not (of_a and of_b and of_a != of_b and not phrases_alike(of_a, of_b, SAME_MEASURE)):
            return False
    return bool(pairs)


def quantity_conflict(a: MentionInStory, b: MentionInStory, *, readings: frozenset[str] = frozenset()) -> Optional[str]:
    """A figure of one that measures the same thing as a figure of the other, with no figure of
    the other agreeing with it; or a figure one states and the other reports only to reject.
    Rejected figures are not compared as stated ones. ``readings`` (``claim_conflicts.readings``),
    for two clauses already in one claim: amounts that each hold one role of their clause's
    happening are one amount (``amounts_of_one_happening``); a limit is no amount; counts of
    different kinds of person are not one count."""
    rejection = rejection_conflict(a, b)
    if rejection:
        return rejection
    if FIGURE_JUDGED_FALSE in readings:
        judged = figure_judged_false_conflict(a, b)
        if judged:
            return judged
    if amounts_of_different_things(a, b):
        return None
    if DENIED_FIGURES in readings and (a.mention.negated or b.mention.negated):
        return None  # "we have not lost 700 million crowns": a figure denied, the denial is the dispute
    if LENGTHS_OF_ONE_HAPPENING in readings:
        lengths = lengths_of_one_happening_conflict(a, b)
        if lengths:
            return lengths
    stated_a, stated_b = asserted(a), asserted(b)
    if REPLACED_FIGURE in readings:
        stated_a = [q for q in stated_a if not replaced_in_its_article(a, q)]
        stated_b = [q for q in stated_b if not replaced_in_its_article(b, q)]
    for qa in stated_a:
        for qb in stated_b:
            if figures_agree(a, qa, b, qb) or _apart_in_one_claim(a, qa, b, qb, readings):
                continue
            if DIFFERENT_MEASURES in readings and different_measures(a, qa, b, qb, unnamed=OTHER_ACTS in readings):
                continue  # "insured for 2 million crowns" / "worth 5 million crowns"
            one_happening = ((ONE_HAPPENING in readings and amounts_of_one_happening(a, qa, b, qb))
                             or (ONE_SUBSTANCE in readings and sole_amounts_of_one_substance(a, qa, b, qb))
                             or (COUNTS_OF_ONE_NOUN in readings and sole_counts_of_one_noun(a, qa, b, qb))
                             or (BARE_COUNT in readings and bare_count_of_one_happening(a, qa, b, qb)))
            if not same_measured_thing(a, qa, b, qb) and not one_happening:
                if counts_of_one_happening(a, qa, b, qb):
                    if any(counts_of_one_happening(a, qa, b, other) and figures_agree(a, qa, b, other) for other in stated_b):
                        continue
                    return (f"{a.label} gives {qa.span.text!s} ({counted_phrase(a, qa)}), {b.label} gives "
                            f"{qb.span.text!s} ({counted_phrase(b, qb)}): counts of one happening that differ")
                if not synonymous_counts(a, qa, b, qb):
                    continue
                if any(synonymous_counts(a, qa, b, other) and figures_agree(a, qa, b, other) for other in stated_b):
                    continue
                return (f"{a.label} gives {qa.span.text!s} ({counted_phrase(a, qa)}), {b.label} gives "
                        f"{qb.span.text!s} ({counted_phrase(b, qb)}): counts of one thing that differ")
            if any(comparable(qa, other) and figures_agree(a, qa, b, other) for other in stated_b) or any(
                comparable(other, qb) and figures_agree(a, other, b, qb) for other in stated_a
            ):
                continue
            return (f"{a.label} gives {qa.span.text!s} ({_value(qa)}), {b.label} gives {qb.span.text!s} "
                    f"({_value(qb)}): more apart than the wording allows")
    return None


def _length_of_its_happening(item: MentionInStory) -> Optional[Quantity]:
    """The clause's only stated length of time, when the parse makes it the length of the clause's
    own happening ("lasted seven minutes", "was cut off for four days"), not a time from or to
    another ("three days after the river rose") or of a thing ("four days of rain")."""
    lengths = [q for q in asserted(item) if q.unit in TIME_UNITS]
    if len(lengths) != 1 or isinstance(lengths[0].value, list):
        return None
    span = span_of_duration(item, lengths[0])
    return lengths[0] if span is not None and span[0] == "during" else None


def lengths_of_one_happening_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """In two clauses already in one claim, each giving the length of its own happening, lengths
    that cannot both be true, in any units of time: "the raid lasted seven minutes" / "the thieves
    were inside for under four minutes"; "cut off for four days" / "interrupted for less than a
    day". Clauses dated to different days tell two spells ("closed for two days in March" / "for
    a week in May"), and the parse may say the lengths are of different things."""
    qa, qb = _length_of_its_happening(a), _length_of_its_happening(b)
    if qa is None or qb is None:
        return None
    dates_a, dates_b = set(a.mention.dates), set(b.mention.dates)
    if dates_a and dates_b and not dates_a & dates_b:
        return None
    if different_things(a, qa, b, qb):
        return None
    (a_low, a_high), (b_low, b_high) = read_interval(a, qa), read_interval(b, qb)
    hours_a, hours_b = in_hours(1.0, qa.unit), in_hours(1.0, qb.unit)
    if a_low * hours_a < b_high * hours_b and b_low * hours_b < a_high * hours_a:
        return None
    return (f"{a.label} gives {qa.span.text!s}, {b.label} gives {qb.span.text!s}: lengths of one happening "
            f"that differ")


def _words_near(item: MentionInStory, quantity: Quantity) -> set[str]:
    """What a figure measures, read a little wider than ``measured_words``: "up to" and "of" stand
    between "fines" and "$500"."""
    return measured_words(item, quantity, before=5) - {(quantity.surface_unit or "").lower()[:5]}


def _apart_in_one_claim(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity,
                        readings: frozenset[str]) -> bool:
    """Two figures of clauses in one claim that the readings set apart: a limit against an
    amount ("the bridge's 40-tonne limit" / "the lorry weighed 60 tonnes"), counts of different
    kinds of person ("four inspectors" / "two engineers"), or of thing ("31 flights" / "two aircraft")."""
    if LIMIT in readings and gives_a_limit(a, qa) != gives_a_limit(b, qb):
        return True
    if (RULE_LIMIT in readings and limit_of_a_rule(a, qa) != limit_of_a_rule(b, qb)
            and not _words_near(a, qa) & _words_near(b, qb)):
        # "guarantees deposits up to 80,000 crowns" / "a fund of 2 billion crowns"; but a limit and
        # an amount of one named thing still compare ("fines of up to $500" / "$5,000 fines")
        return True
    if DURATION_SPANS in readings:
        span_a, span_b = span_of_duration(a, qa), span_of_duration(b, qb)
        if span_a and span_b and span_a != span_b:
            return True  # "four days of heavy rain" / "three days after the river rose"
    if OTHER_ACTS in readings and qa.unit == qb.unit == "count" and counts_in_other_acts(a, qa, b, qb):
        return True  # "five wolves escaped" / "a ranger brought back two of the wolves"
    if not (qa.unit == qb.unit == "count" and qa.surface_unit and qb.surface_unit):
        return False
    return ((KINDS_OF_PERSON in readings and different_kinds_of_person(qa.surface_unit, qb.surface_unit))
            or (KINDS_OF_THING_COUNTED in readings and different_kinds_of_thing(qa.surface_unit, qb.surface_unit)))


def named_measure_differs(a: MentionInStory, b: MentionInStory) -> bool:
    """Both give a figure of a thing named by the same words right next to it ("the 48-page
    indictment", "the 47-page indictment") and the figures disagree: the two clauses are about
    one thing, however differently the rest of them reads."""
    return quantity_conflict(a, b) is not None and any(
        named_thing_words(a, qa) & named_thing_words(b, qb) and same_measured_thing(a, qa, b, qb)
        and not figures_agree(a, qa, b, qb)
        for qa in a.mention.quantities for qb in b.mention.quantities)


def quantities_match(a: MentionInStory, b: MentionInStory) -> bool:
    """Both report a measured (non-count) quantity of the same unit, and the values agree."""
    return any(comparable(qa, qb) and qa.unit != "count" and quantities_agree(qa, qb)
               for qa in a.mention.quantities for qb in b.mention.quantities)


def _value(quantity: Quantity) -> str:
    value = quantity.value
    shown = "–".join(f"{v:g}" for v in value) if isinstance(value, list) else f"{value:g}"
    return f"{shown} {quantity.unit}"
