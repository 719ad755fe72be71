"""A number after the noun it names ("gate 9") designates one of a series; before its noun it counts."""

import pytest

import storylens.nlp.quantities  # noqa: F401  (registers the component)
from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def surfaces(nlp, text):
    doc = nlp(make_doc(nlp, Article(id="t", source="t", text=text, published="2024-03-02")))
    return [q.span.text for q in doc._.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "Travellers waited at gate 9 for the delayed ferry to Brenholm.",  # no list names "gate" any more
        "Workers stored the ballot boxes in hangar 4 overnight.",
        "A stage 2 drought plan was approved by the water board.",
        "The striker wore No. 17 in the cup final.",
        "The single climbed to #6 in the chart.",
    ],
)
def test_a_number_after_its_noun_is_a_label(nlp, text):
    assert not [s for s in surfaces(nlp, text) if s.strip("#").isdigit() and len(s) <= 2], surfaces(nlp, text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The Pellway council closed 4 warehouses last spring.", "4"),
        ("Volunteers planted 250 trees along the river.", "250"),
        ("The tally of rescued hikers stood at 14 on Friday.", "14"),
    ],
)
def test_a_number_before_its_noun_still_counts(nlp, text, surface):
    assert surface in surfaces(nlp, text)
