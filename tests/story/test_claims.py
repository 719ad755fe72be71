"""Claim alignment on the seeds against gold.json, and its parts on small cases."""

import csv

import numpy as np
import pytest

from storylens.records import ClaimMention, Quantity, Span
from storylens.story.claim_blocks import candidate_pairs
from storylens.story.claim_conflicts import (
    MentionInStory,
    about_different_things,
    date_conflict,
    named_measure_differs,
    quantities_agree,
    quantity_conflict,
    superseded,
)


@pytest.fixture(scope="module")
def locator(seed_articles):
    from storylens.eval.seeds import GoldLocator

    return GoldLocator(seed_articles)


@pytest.fixture(scope="module")
def outlet_of_file(seeds_dir):
    with open(seeds_dir / "manifest.csv", newline="") as f:
        return {row["file"]: row["outlet"] for row in csv.DictReader(f)}


def claim_for(story, gold_claim, locator):
    """The claim whose sources cover the most evidence sentences of a gold claim (at least two when there are)."""
    best, best_cover = None, 0
    for claim in story.claims:
        cover = sum(any(locator.overlaps(e, s.span) for s in claim.sources) for e in gold_claim["evidence"])
        if cover > best_cover:
            best, best_cover = claim, cover
    assert best_cover >= min(2, len(gold_claim["evidence"])), gold_claim["id"]
    return best


def expected_status(gold_claim, outlet_of_file):
    # The rule: several articles of one outlet count once. A gold claim all of whose
    # evidence comes from one outlet cannot be corroborated under it (see docs/claims.md).
    outlets = {outlet_of_file[e["file"]] for e in gold_claim["evidence"]}
    if gold_claim["status"] == "corroborated" and len(outlets) < 2:
        return "single_source"
    return gold_claim["status"]


def test_gold_claims_have_the_gold_status(seed_story, gold, locator, outlet_of_file):
    wrong = {}
    for g in gold["claims"]:
        claim = claim_for(seed_story, g, locator)
        if claim.status != expected_status(g, outlet_of_file):
            wrong[g["id"]] = claim.status
    assert not wrong


def test_gold_conflict_kinds(seed_story, gold, locator):
    by_id = {g["id"]: g for g in gold["claims"]}
    kinds = lambda gid: {c.kind for c in claim_for(seed_story, by_id[gid], locator).conflicts}  # noqa: E731
    assert kinds("C1") == set()  # 120 miles and 200 km agree within 5%
    assert "negation" in kinds("C2")
    assert "superseded" in kinds("C6")


def test_conflicts_explain_themselves_and_cite_both_sides(seed_story):
    conflicts = [c for claim in seed_story.claims for c in claim.conflicts]
    assert conflicts
    for conflict in conflicts:
        assert conflict.detail and len(conflict.sources) == 2
        assert conflict.sources[0].article != conflict.sources[1].article


def test_omissions_are_corroborated_claims_an_outlet_never_reports(seed_story):
    # The seeds' gold names no omission; the one the seeds had in file order came from the order
    # the articles were read in (tests/story/test_claims_order.py), and read canonically they have none.
    claims = {c.id: c for c in seed_story.claims}
    for omission in seed_story.omissions:
        claim = claims[omission.claim]
        assert claim.status == "corroborated"
        assert omission.outlet not in {s.outlet for s in claim.sources}


def test_sources_are_exact_clause_spans(seed_story):
    texts = {a.id: a.text for a in seed_story.articles}
    for claim in seed_story.claims:
        for source in claim.sources:
            assert texts[source.article][source.span.start:source.span.end] == source.span.text


def _mention(text, value, unit, bound="exact", published="2023-06-24", withdrawn=(), predicate="say", lemmas=(), figure=None):
    span = Span("a", 0, len(text), text)
    at = text.find(figure) if figure else 0
    figure_span = Span("a", at, at + len(figure), figure) if figure else span
    quantities = [Quantity(figure_span, value, unit, bound)] if value is not None else []
    mention = ClaimMention(span, text, predicate=predicate, quantities=quantities, withdrawn=list(withdrawn), lemmas=list(lemmas))
    return MentionInStory(mention, span, "outlet", published, "outlet:x", lemmas=set(lemmas))


def test_quantity_tolerance_follows_the_wording():
    assert quantities_agree(Quantity(None, 193.1, "km"), Quantity(None, 200.0, "km"))
    assert not quantities_agree(Quantity(None, 13, "count"), Quantity(None, 30, "count"))
    assert quantities_agree(Quantity(None, 13, "count", "lower"), Quantity(None, 30, "count"))
    assert not quantities_agree(Quantity(None, 3.5e9, "USD"), Quantity(None, 3.6e9, "USD"))  # rounding of "3.5"
    assert quantities_agree(Quantity(None, 3.5e9, "USD", "approx"), Quantity(None, 3.6e9, "USD"))
    convoy = _mention("the convoy stopped 100 km from the capital", 100.0, "km", figure="100 km")
    other = _mention("the convoy halted 150 km from the capital", 150.0, "km", figure="150 km")
    assert quantity_conflict(convoy, other)


def test_figures_of_different_things_do_not_conflict():
    length = _mention("The research vessel, 40 metres long, sank near the reef", 40.0, "m", figure="40 metres")
    depth = _mention("divers reached the wreck at a depth of 900 metres", 900.0, "m", figure="900 metres")
    assert quantity_conflict(length, depth) is None
    journey = _mention("the marchers set off on a 1,000 km journey to the capital", 1e6, "m", figure="1,000 km")
    short = _mention("the march stopped 200 km short of the capital", 2e5, "m", figure="200 km")
    assert quantity_conflict(journey, short) is None


def test_one_agreeing_figure_is_enough():
    both = _mention("the fund gets $2 billion from tolls and another $7 billion", 2e9, "USD", figure="$2 billion")
    both.mention.quantities.append(Quantity(Span("a", 48, 58, "$7 billion"), 7e9, "USD"))
    one = _mention("the fund gets $2 billion from tolls", 2e9, "USD", figure="$2 billion")
    assert quantity_conflict(both, one) is None


def test_figures_of_one_named_thing_that_differ_are_about_one_thing():
    report = _mention("the 32-page report says", 32.0, "count", figure="32")
    report.mention.quantities[0].surface_unit = "page"
    other = _mention("in a 31-page report released by the ministry", 31.0, "count", figure="31")
    other.mention.quantities[0].surface_unit = "page"
    assert named_measure_differs(report, other) and quantity_conflict(report, other)
    same = _mention("in a 32-page report released by the ministry", 32.0, "count", figure="32")
    same.mention.quantities[0].surface_unit = "page"
    assert not named_measure_differs(report, same)
    # "$3 billion could be diverted" and "$3.6 billion from military construction": different sums
    diverted = _mention("$3 billion could be diverted", 3e9, "USD", figure="$3 billion")
    building = _mention("$3.6 billion from military construction", 3.6e9, "USD", figure="$3.6 billion")
    assert not named_measure_differs(diverted, building)


def test_a_counted_noun_alone_does_not_make_two_figures_one_thing():
    # "employs about 700,000 people" and "invited 35 people to a meeting" count people, but not
    # the same people: the counted noun is the unit, not what the figure measures
    staff = _mention("the sector employs about 700,000 people", 7e5, "count", figure="700,000")
    staff.mention.quantities[0].surface_unit = "people"
    guests = _mention("the president invited 35 people to a meeting", 35.0, "count", figure="35")
    guests.mention.quantities[0].surface_unit = "people"
    assert not named_measure_differs(staff, guests)
    # the same counted people in the same words still compare
    fewer = _mention("the sector employs about 500,000 people in tourism", 5e5, "count", figure="500,000")
    fewer.mention.quantities[0].surface_unit = "people"
    staff_capital = _mention("the sector employs about 700,000 people in tourism", 7e5, "count", figure="700,000")
    staff_capital.mention.quantities[0].surface_unit = "people"
    assert named_measure_differs(staff_capital, fewer)


def test_what_was_said_then_had_happened_by_then():
    said = _mention("that the owners repaid the fund about $80,000", None, "", predicate="repay")
    said.mention.reported_on = "2029"
    later = _mention("The owners repaid the fund earlier this year", None, "", predicate="repay", published="2031-05-01")
    later.mention.dates = ["2031"]
    assert "2029" in date_conflict(said, later) and "2031" in date_conflict(later, said)
    later.mention.dates = ["2029"]
    assert date_conflict(said, later) is None  # the same year: no disagreement
    later.mention.dates = ["2031"]
    later.mention.modality = "will"
    assert date_conflict(said, later) is None  # "will repay in 2031" is a plan, not a date of the repayment


def test_a_past_fact_dated_after_its_own_article_is_no_date_to_dispute():
    said = _mention("that the board dismissed the treasurer for lying", None, "", predicate="dismiss")
    said.mention.reported_on = "2030"
    misread = _mention("whom it dismissed in February for lying", None, "", predicate="dismiss", published="2030-12-04")
    misread.mention.dates = ["2031-02"]  # "February" read as the next one
    assert date_conflict(said, misread) is None


def test_a_denial_about_something_else_is_no_denial():
    seen = _mention("the harbour master is seen on the footage", None, "", predicate="see")
    seen.mention.subject = "the harbour master"
    unseen = _mention("another sailor not seen on the footage", None, "", predicate="see")
    unseen.mention.subject = "another sailor"
    assert about_different_things(seen, unseen)
    unseen.mention.subject = "he"  # a pronoun may stand for the harbour master
    assert not about_different_things(seen, unseen)
    unseen.mention.subject = "the master"
    assert not about_different_things(seen, unseen)
    unseen.mention.subject = "that sighting"  # points back to the sentence before
    assert not about_different_things(seen, unseen)


def test_a_later_retraction_supersedes():
    charged = _mention("He was charged for armed rebellion", None, "", predicate="charge", lemmas=["charge", "rebellion"])
    dropped = _mention("the dropping of charges", None, "", published="2023-06-26", withdrawn=["charge"], lemmas=["drop", "charge"])
    assert superseded(charged, dropped)
    assert superseded(dropped, charged)  # order of arguments does not matter, dates do
    dropped.published = "2023-06-20"
    assert not superseded(charged, dropped)


def test_candidate_pairs_grow_linearly():
    rng = np.random.default_rng(0)

    def pairs(n):
        vectors = rng.normal(size=(n, 16)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        keys = [{("actor", "protagonist"), ("lemma", f"p{i % 7}")} for i in range(n)]
        return len(candidate_pairs(keys, vectors, cap=20))

    small, large = pairs(200), pairs(2000)
    assert large < 20 * small  # quadratic growth would be 100x


def test_outlets_telling_finds_every_outlet_the_scored_pairs_bring_near(seed_analyses):
    """Every outlet outside a claim that a scored candidate pair brings near one of its members
    (half the link threshold) is found: the omission check scores every clause of those outlets,
    so it reads at least the pairs blocking picked."""
    import copy

    from storylens.story.actors import merge_actors
    from storylens.story.claim_linker import load_model
    from storylens.story.claims import outlets_telling, prepare_pairs, scored_pairs
    from storylens.story.context import StoryContext

    context = StoryContext(copy.deepcopy(seed_analyses))
    merge_actors(context)
    prepared = prepare_pairs(context)
    items = prepared.mentions.items
    model = load_model()
    bar = model.link_threshold / 2
    scored = scored_pairs(prepared, model)

    def by_scan(group):
        members = set(group)
        inside = {items[i].outlet for i in group}
        return {(items[j] if i in members else items[i]).outlet for p, i, j in scored
                if p >= bar and (i in members) != (j in members)} - inside - {None}

    by_sentence: dict[tuple[str, int], list[int]] = {}
    for n, item in enumerate(items):
        by_sentence.setdefault((item.span.article, item.mention.sentence.start), []).append(n)
    told = 0
    for group in list(by_sentence.values())[:40]:
        expected = by_scan(group)
        assert expected <= outlets_telling(group, prepared, model)
        told += bool(expected)
    assert told  # some groups have near outlets: the comparison is not between empty sets


def _reported(sentence, content, cue, speaker):
    span = Span("a", 0, len(sentence), sentence)
    return ClaimMention(span, content, predicate="x", kind="reported", cue=cue, attributed_to=speaker)


def test_a_denial_on_the_reporting_verb_denies_the_saying():
    from storylens.story.claim_conflicts import reporting_frame_denied

    said = "A harbour official said that the pilot did not state that the owners had ordered him to sail."
    assert reporting_frame_denied(_reported(said, "that the owners had ordered him to sail", "state", "the pilot"))
    denied = "The pilot denied saying that the owners had ordered him to sail."
    assert reporting_frame_denied(_reported(denied, "that the owners had ordered him to sail", "say", "The pilot"))
    plain = "The pilot said that the owners had ordered him to sail."
    assert not reporting_frame_denied(_reported(plain, "that the owners had ordered him to sail", "say", "The pilot"))
    # a negation inside the content is the content's own (ClaimMention.negated), not the frame's
    inner = "The pilot said that the owners had not ordered him to sail."
    assert not reporting_frame_denied(_reported(inner, "that the owners had not ordered him to sail", "say", "The pilot"))


@pytest.mark.parametrize(
    "sentence, denied",
    [
        # a verb above a saying that has its own subject: only a denial denies that saying
        ("The harbourmaster did not repeat what the pilot said that he considered a risk.", False),
        ("The ministry did not confirm that the pilot said that he considered a risk.", False),
        ("The owners denied that the pilot had said that he considered a risk.", True),
        # a saying without a subject of its own is the governing verb's, and "refuse" is no denial
        ("The pilot refused to say that he considered a risk.", False),
    ],
)
def test_a_negated_verb_above_someone_elses_saying_leaves_it_said(sentence, denied):
    from storylens.story.claim_conflicts import reporting_frame_denied

    mention = _reported(sentence, "that he considered a risk", "say", "the pilot")
    assert reporting_frame_denied(mention) is denied


def test_a_denied_saying_disputes_the_report_of_it_by_whoever_is_said_to_have_said_it():
    from storylens.story.claims import _denies

    def located(sentence, content, cue, speaker, article):
        mention = _reported(sentence, content, cue, speaker)
        span = Span(article, 0, len(sentence), sentence)
        return MentionInStory(mention, span, article, "2031-03-02", article)

    report = located("A newspaper said Mr. Okonjo told the inquiry that he was ordered to sail.",
                     "that he was ordered to sail", "tell", "Mr. Okonjo", "one")
    denial = located("A harbour official said that Mr. Okonjo did not state that the owners ordered him to sail.",
                     "that the owners ordered him to sail", "state", "Mr. Okonjo", "two")
    assert _denies(report, denial, 0.8, 0.6)
    assert not _denies(report, denial, 0.4, 0.6)  # contents the scorer does not take for one fact
    other = located("A newspaper said Ms. Varga told the inquiry that he was ordered to sail.",
                    "that he was ordered to sail", "tell", "Ms. Varga", "three")
    assert not _denies(other, denial, 0.8, 0.6)  # nobody reports Mr. Okonjo saying it


def test_a_pointing_noun_names_one_phrase_of_the_sentence_before():
    from storylens.story.claim_conflicts import referent_words

    before = "The truce provided not only an amnesty for the dockers but also their transfer to Valmora."
    assert referent_words("That transfer", before) == {"valmora"}
    assert referent_words("That", before) is None  # a bare pronoun: nothing to narrow by
    assert referent_words("That ceremony", before) is None  # a noun the sentence does not name


def test_an_unconfirmed_report_does_not_deny_a_confirmation():
    from storylens.story.claims import _denies

    def located(text, predicate, negated, article):
        span = Span(article, 0, len(text), text)
        mention = ClaimMention(span, text, predicate=predicate, negated=negated, subject=text.split(" have")[0])
        return MentionInStory(mention, span, article, "2031-03-02", article)

    unconfirmed = located("Those reports have not been confirmed", "confirm", True, "one")
    confirmed = located("the ministry confirmed the meeting", "confirm", False, "two")
    assert not _denies(unconfirmed, confirmed, 0.95)
    denied = located("Those ferries have not sailed", "sail", True, "one")
    sailed = located("the ferries sailed at dawn", "sail", False, "two")
    assert _denies(denied, sailed, 0.95)


def test_counts_of_one_thing_under_different_nouns_compare():
    # "detentions at the stadium fell to 1,200" and "roughly 1,900 arrests at the stadium":
    # one count under two nouns; tickets sold there are another thing
    fell = _mention("stadium detentions fell to 1,200 this season", 1200.0, "count", figure="1,200")
    fell.mention.subject = "stadium detentions"
    arrests = _mention("There were roughly 1,900 arrests at the stadium this season", 1900.0, "count", figure="1,900")
    arrests.mention.quantities[0].surface_unit = "arrest"
    assert "1,900" in quantity_conflict(fell, arrests)
    tickets = _mention("There were 1,900 tickets sold at the stadium this season", 1900.0, "count", figure="1,900")
    tickets.mention.quantities[0].surface_unit = "ticket"
    assert quantity_conflict(fell, tickets) is None
    # the same count dated to another year is another figure
    peak = _mention("There were roughly 1,900 arrests at the stadium in 2019", 1900.0, "count", figure="1,900")
    peak.mention.quantities[0].surface_unit = "arrest"
    peak.dated = [(peak.mention.text.find("2019"), "2019")]
    fell.dated = [(fell.mention.text.find("this season"), "2031")]
    assert quantity_conflict(fell, peak) is None


def test_one_thing_done_by_different_named_doers_is_an_account_dispute():
    from storylens.story.claim_conflicts import doer_conflict, doers

    def located(sentence, clause, article):
        span = Span(article, 0, len(sentence), sentence)
        return MentionInStory(ClaimMention(span, clause), span, article, "2031-03-02", article)

    by = located("The clip, which was posted online by Harbour Watch, shows the crane falling.",
                 "which was posted online by Harbour Watch", "one")
    under = located("The clip is published under an account titled QuayNews.",
                    "The clip is published under an account titled QuayNews", "two")
    assert doers(by.mention)[0][1:3] == ("clip", "Harbour Watch")
    assert doers(under.mention)[0][1:3] == ("clip", "QuayNews")
    assert "Harbour Watch" in doer_conflict(by, under)
    same = located("Harbour Watch posted the clip on Sunday.", "Harbour Watch posted the clip on Sunday", "three")
    assert doer_conflict(by, same) is None  # one doer in two wordings
    filmed = located("The clip was filmed by QuayNews.", "The clip was filmed by QuayNews", "four")
    assert doer_conflict(by, filmed) is None  # another action: both can be true
