"""Round s39 (issue 15): lengths of time and headcounts that outlets give differently for one
happening are disputes. Invented stories run through analyze_articles and build_story."""

from __future__ import annotations

from storylens.records import Article

PUBLISHED = "2031-05-20"


def _claims(nlp, *reports):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    articles = [Article(id=f"s{i}", source=f"s{i}.txt", text=text, published=PUBLISHED, outlet=outlet)
                for i, (outlet, text) in enumerate(reports)]
    return build_story(list(analyze_articles(articles, nlp=nlp))).claims


def _quantity_disputes(claims):
    return [c for claim in claims for c in claim.conflicts if c.kind == "quantity"]


def _claim_with(claims, words):
    (claim,) = [c for c in claims if any(words in s.span.text for s in c.sources)]
    return claim


def test_a_day_against_four_days_of_one_outage_is_a_dispute(nlp):
    claims = _claims(
        nlp,
        ("Varrow Courier", "The water supply to the east wing of Varrow jail was cut off for four days, "
                           "the Prisoners' Aid League said."),
        ("Estra Daily", "The ministry said the water supply to the east wing had been interrupted for less than a day."),
    )
    claim = _claim_with(claims, "four days")
    assert claim.status == "contested", [(c.text, c.status, c.conflicts) for c in claims]
    assert any("a day" in c.detail for c in claim.conflicts if c.kind == "quantity")


def test_one_length_in_other_units_agrees(nlp):
    claims = _claims(
        nlp,
        ("Varrow Courier", "The water supply to the east wing of Varrow jail was cut off for two days, the league said."),
        ("Estra Daily", "The water supply to the east wing of Varrow jail was interrupted for 48 hours, the ministry said."),
    )
    assert _quantity_disputes(claims) == []


def test_a_length_and_a_time_after_are_no_dispute(nlp):
    claims = _claims(
        nlp,
        ("Varrow Courier", "The water supply to the east wing of Varrow jail was cut off for two days."),
        ("Estra Daily", "Three days after the water supply to the east wing of Varrow jail was cut off, inmates fell ill."),
    )
    assert _quantity_disputes(claims) == []


def test_those_aboard_at_the_time_are_counted_whatever_the_verb(nlp):
    claims = _claims(
        nlp,
        ("Hallam Post", "The ferry Marisol was carrying 212 passengers when it ran aground off Kestrel Point."),
        ("Dunmore Ledger", "The Marisol had 140 passengers on board when it struck rocks near Kestrel Point, "
                           "the coastguard said."),
    )
    claim = _claim_with(claims, "140 passengers")
    assert claim.status == "contested", [(c.text, c.status) for c in claims]


def test_a_bodys_standing_size_is_still_no_count_of_a_happening(nlp):
    claims = _claims(
        nlp,
        ("Hallam Post", "The Tarn Ferry Company has 900 employees, a spokesman said. "
                        "The company's ferry Marisol ran aground off Kestrel Point."),
        ("Dunmore Ledger", "About 300 employees of the Tarn Ferry Company joined the search off Kestrel Point."),
    )
    assert _quantity_disputes(claims) == []
