"""A closing quotation mark after a number is punctuation, not inches; a mark with no quotation open stays inches."""

import pytest

import storylens.nlp.quantities  # noqa: F401  (registers the component)
from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def quantities(nlp, text):
    doc = nlp(make_doc(nlp, Article(id="t", source="t", text=text, published="2024-03-02")))
    return [(q.span.text, q.value, q.unit) for q in doc._.quantities]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Asked how many boats were left, the skipper said “9” and walked off.", "9", 9),
        ("“The Tarnbridge club lost 3”, its coach admitted on Sunday.", "3", 3),
        ("The mayor's answer was ‘12’ when reporters pressed her.", "12", 12),
    ],
)
def test_a_closing_quotation_mark_is_not_inches(nlp, text, surface, value):
    found = quantities(nlp, text)
    assert (surface, value, "count") in found, found
    assert all(unit not in ("km", "inch", "foot") for _, _, unit in found), found


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Crews laid a 6\" pipe under the square.", "6\""),
        ("The kiosk has a 15″ touch screen.", "15″"),
        ("The new tablet has a 12” display, the maker said.", "12”"),
    ],
)
def test_a_mark_with_no_open_quotation_after_a_measurement_stays_inches(nlp, text, surface):
    found = quantities(nlp, text)
    assert [unit for span, _, unit in found if span == surface] == ["km"], found
