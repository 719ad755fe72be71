import pytest

import storylens.nlp.quantities  # noqa: F401  (registers the component)
from storylens.nlp.pipeline import make_doc
from storylens.records import Article

def quantities(nlp, text):
    doc = nlp(make_doc(nlp, Article(id="t", source="t", text=text, published="2023-06-26")))
    return doc._.quantities

def only(nlp, text):
    found = quantities(nlp, text)
    assert len(found) == 1, [(q.span.text, q.value, q.unit) for q in found]
    return found[0]

@pytest.mark.parametrize(
    "text, value, unit, bound",
    [
        ("The convoy stopped 120 miles away from the capital.", 193.121, "km", "exact"),
        ("Officials said 10,000 square kilometers of roadway were damaged.", 10000, "km2", "exact"),
        ("At least 13 servicemen died in the fighting.", 13, "count", "lower"),
        ("Contracts were worth over 86 billion rubles last year.", 86e9, "RUB", "lower"),
        ("The firm paid almost $950 million for it.", 950e6, "USD", "upper"),
        ("The sector employs an estimated 700,000 people.", 700000, "count", "approx"),
        ("He published an 11-minute audio recording.", 11, "minute", "exact"),
        ("Turnout rose to 80% of voters.", 80, "percent", "exact"),
    ],
)
def test_value_unit_and_bound(nlp, text, value, unit, bound):
    q = only(nlp, text)
    assert q.value == pytest.approx(value, rel=1e-3)
    assert (q.unit, q.bound) == (unit, bound)
    assert q.change == {"exact": "=", "lower": ">", "upper": "<", "approx": "~"}[bound]

def test_a_range_stays_a_range(nlp):
    q = only(nlp, "This includes 5,000-6,000 forces under his command.")
    assert q.value == [5000, 6000] and q.bound == "range" and q.unit == "count"

def test_counts_name_what_they_count(nlp):
    assert only(nlp, "Putin invited 35 people to a meeting.").surface_unit == "people"

@pytest.mark.parametrize(
    "text",
    [
        "He won the election in 2020.",
        "The march began on June 23 and ended a day later.",
        "It was the sixth time in a row.",
        "Shares of the S&P 500 companies fell.",
        "Updated 2:55 p.m. on Monday.",
    ],
)
def test_years_dates_ordinals_times_and_names_are_not_quantities(nlp, text):
    assert quantities(nlp, text) == []

def test_spans_are_exact_slices(nlp):
    text = "Officials said 19 houses were damaged and three civilians injured."
    for q in quantities(nlp, text):
        assert text[q.span.start:q.span.end] == q.span.text

def test_seed_gold_quantities(seed_analyses, gold, seed_articles):
    """At least 14 of the 16 hand-checked quantities with value, unit and bound."""
    from storylens.eval.seeds import GoldLocator

    locator = GoldLocator(seed_articles)
    found = [q for a in seed_analyses for q in a.quantities]
    ok = []
    for g in gold["quantities"]:
        where = locator.locate(g["evidence"])
        tolerance = g.get("tolerance", 0.001)
        for q in found:
            if where and q.span.article == where.article and where.start <= q.span.start < where.end:
                values = q.value if isinstance(q.value, list) else [q.value]
                expected = g["value"] if isinstance(g["value"], list) else [g["value"]]
                close = len(values) == len(expected) and all(abs(v - e) <= tolerance * abs(e) for v, e in zip(values, expected))
                if close and q.unit == g["unit"] and q.bound == g.get("bound", "exact"):
                    ok.append(g["id"])
                    break
    assert len(ok) >= 14, ok
