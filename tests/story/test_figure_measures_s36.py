"""Round s36 (issue 19): an article's own revision of a figure, and two measures of one thing,
are no rival accounts. Invented stories of three outlets, run through analyze_articles and
build_story."""

from __future__ import annotations

import pytest

from storylens.records import Article

PUBLISHED = "2031-11-12"


def _claims(nlp, *reports):
    from storylens.nlp.pipeline import analyze_articles
    from storylens.story.build import build_story

    articles = [Article(id=f"s{i}", source=f"s{i}.txt", text=text, published=PUBLISHED, outlet=outlet)
                for i, (outlet, text) in enumerate(reports)]
    return build_story(list(analyze_articles(articles, nlp=nlp))).claims


def _claim_with(claims, words):
    (claim,) = [c for c in claims if any(words in s.span.text for s in c.sources)]
    return claim


@pytest.fixture(scope="module")
def revised(nlp):
    return _claims(
        nlp,
        ("Vell Courier", "Three people died in the Marn flood, officials said on Monday. "
                         "On Tuesday the death toll was raised to five from an earlier figure of three."),
        ("Orsk Daily", "Five people died in the Marn flood."),
        ("Tarrin Weekly", "The Marn flood killed five people."),
    )


def test_a_figure_the_article_itself_replaced_is_no_rival_account(revised):
    deaths = _claim_with(revised, "Five people died")
    assert not any(c.kind == "quantity" for c in deaths.conflicts), deaths.conflicts
    assert deaths.status == "corroborated"


def test_another_outlets_lower_figure_is_still_a_dispute(nlp):
    claims = _claims(
        nlp,
        ("Vell Courier", "The death toll in the Marn flood was raised to five from an earlier figure of three."),
        ("Orsk Daily", "Five people died in the Marn flood."),
        ("Tarrin Weekly", "Three people died in the Marn flood, the regional office said."),
    )
    deaths = _claim_with(claims, "Three people died")
    assert deaths.status == "contested" and any(c.kind == "quantity" for c in deaths.conflicts)


def test_an_insured_sum_and_a_market_value_are_no_dispute(nlp):
    claims = _claims(
        nlp,
        ("Vell Courier", "Thieves took a painting by Anna Lisk from the Marn gallery on Sunday. "
                         "The painting was insured for 2 million crowns."),
        ("Orsk Daily", "The stolen Lisk painting is worth 5 million crowns on the market, dealers said."),
        ("Tarrin Weekly", "The painting, valued at 5 million crowns, was taken from the Marn gallery on Sunday."),
    )
    assert not any(c.kind == "quantity" for claim in claims for c in claim.conflicts), [
        (claim.text, claim.conflicts) for claim in claims]


def test_two_values_of_one_measure_still_differ(nlp):
    claims = _claims(
        nlp,
        ("Vell Courier", "Thieves took a painting by Anna Lisk from the Marn gallery on Sunday. "
                         "The painting is worth 2 million crowns."),
        ("Orsk Daily", "The stolen Lisk painting, taken from the Marn gallery, is worth 5 million crowns, dealers said."),
    )
    assert any(c.kind == "quantity" for claim in claims for c in claim.conflicts), [(c.text, c.status) for c in claims]
