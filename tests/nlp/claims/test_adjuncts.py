"""A clause carrying a second fact in an adjunct gives two mentions (nlp/claims/adjuncts.py).

Sentences written for these tests; names and events are invented.
"""

import pytest

import storylens.nlp.claims  # noqa: F401  (registers the component)
from storylens.nlp.claims import clauses
from storylens.nlp.pipeline import make_doc
from storylens.records import Article


@pytest.fixture(autouse=True)
def adjunct_facts(monkeypatch):
    # off in the shipped pipeline until the held-out sets hold (docs/eval-claims.md, round s38)
    monkeypatch.setattr(clauses, "ADJUNCT_FACTS", True)


def claims(nlp, text):
    doc = nlp(make_doc(nlp, Article(id="t", source="t", text=text, published="2024-03-08")))
    return doc._.claim_mentions


def by_kind(found, kind):
    return [c for c in found if c.kind == kind]


def test_purpose_phrase_is_its_own_fact(nlp):
    found = claims(nlp, "Governor Alma Reyes on Monday closed the harbour at Port Velin in an effort to stop the smuggling of fuel.")
    (purpose,) = by_kind(found, "purpose")
    assert purpose.text == "in an effort to stop the smuggling of fuel"
    assert purpose.predicate == "stop"
    assert purpose.subject.startswith("Governor Alma Reyes")  # the subject of "closed"
    (main,) = by_kind(found, "main")
    assert main.text.endswith("closed the harbour at Port Velin") and "effort" not in main.text


def test_purpose_phrase_keeps_the_speaker_and_the_negation(nlp):
    found = claims(nlp, "Officials said the council did not raise the tax in order to pay for the new bridge.")
    (purpose,) = by_kind(found, "purpose")
    assert purpose.text == "in order to pay for the new bridge"
    assert purpose.attributed_to == "Officials"
    assert purpose.negated


def test_accused_act_after_a_charging_noun(nlp):
    found = claims(nlp, "A jury in Calder County indicted the Vossens on charges of hiding $80,000 in a charity's accounts.")
    (accused,) = by_kind(found, "accused")
    assert accused.text == "on charges of hiding $80,000 in a charity's accounts"
    assert accused.predicate == "hide"
    assert accused.subject == "the Vossens"  # who is accused, not who accuses
    assert accused.attributed_to == "A jury in Calder County"
    assert accused.cue == "charge"
    assert accused.quantities  # the figure goes with the act it measures
    (main,) = by_kind(found, "main")
    assert main.text == "A jury in Calder County indicted the Vossens"


def test_accused_act_after_a_charging_verb(nlp):
    found = claims(nlp, "The treasurer, Ivo Marsh, was charged with diverting $12,000 from the club's fund.")
    (accused,) = by_kind(found, "accused")
    assert accused.text.startswith("with diverting $12,000")
    assert accused.subject.startswith("The treasurer")
    (main,) = by_kind(found, "main")
    assert main.text.endswith("was charged")


@pytest.mark.parametrize("text, whole, kind", [
    # "tried to reach" is one fact: the attempt is what is stated, not the reaching
    ("The rescuers tried to reach the village of Dorrin before nightfall.", "tried to reach the village", "purpose"),
    # the plea and its object are one fact: pleading guilty to lying is what is true
    ("Ivo Marsh pleaded guilty on Tuesday to lying to the harbour police.",
     "pleaded guilty on Tuesday to lying to the harbour police", "accused"),
])
def test_what_the_fact_needs_stays_with_it(nlp, text, whole, kind):
    found = claims(nlp, text)
    assert not by_kind(found, kind)
    assert any(whole in c.text for c in found)


def test_what_an_allegation_says_is_the_allegation_s(nlp):
    found = claims(nlp, "Inspectors opened an inquiry last year into allegations that the mayor sold city land to his brother.")
    content = [c for c in found if c.text.startswith("that the mayor sold")]
    assert content and content[0].kind == "reported"
    assert content[0].cue == "allegation"
    assert content[0].subject == "the mayor"
    assert any(c.text.startswith("Inspectors opened an inquiry") and "sold" not in c.text for c in found)


def test_an_act_named_in_a_phrase_is_its_own_fact(nlp):
    found = claims(nlp, "Tomas Hale resigned on Friday during the agency's inquiry into the missing ledgers of the Arlen port.")
    (event,) = by_kind(found, "event")
    assert event.text == "during the agency's inquiry into the missing ledgers of the Arlen port"
    assert event.predicate == "inquiry"
    assert event.subject == "the agency"  # whose act it is, not the clause's subject
    (main,) = by_kind(found, "main")
    assert main.text == "Tomas Hale resigned on Friday"


def test_an_act_named_without_what_it_is_about_stays(nlp):
    # "after the vote" dates the resignation; it says nothing of its own
    found = claims(nlp, "Tomas Hale resigned after the vote on Friday.")
    assert not by_kind(found, "event")
    assert any(c.text == "Tomas Hale resigned after the vote on Friday" for c in found)


def test_other_acts_named_in_a_phrase_stay(nlp):
    # a stop is no inquiry: "came to a stop on the runway" is how the landing ended
    found = claims(nlp, "The jet from Orvel came to a stop on the runway at Kesta.")
    assert not by_kind(found, "event")


def test_off_by_default_the_clause_stays_whole(nlp, monkeypatch):
    monkeypatch.setattr(clauses, "ADJUNCT_FACTS", False)
    found = claims(nlp, "A jury in Calder County indicted the Vossens on charges of hiding $80,000.")
    assert [c.kind for c in found] == ["main"]
