import storylens.nlp.claims  # noqa: F401  (registers the component)
import storylens.nlp.quantities  # noqa: F401
from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def claims(nlp, text):
    doc = nlp(make_doc(nlp, Article(id="t", source="t", text=text, published="2023-06-26")))
    return doc._.claim_mentions


def test_coordinated_clauses_are_separate_claims(nlp):
    found = claims(nlp, "Wagner seized the city of Rostov-on-Don and Prigozhin ordered his fighters to march on Moscow.")
    predicates = {c.predicate for c in found}
    assert {"seize", "order"} <= predicates
    seize = next(c for c in found if c.predicate == "seize")
    assert "Moscow" not in seize.text


def test_reported_speech_keeps_its_attribution(nlp):
    (claim,) = claims(nlp, "Lukashenko confirmed that Prigozhin is in Belarus.")
    assert claim.attributed_to == "Lukashenko"
    assert claim.text.startswith("that Prigozhin is in Belarus") or claim.text.startswith("Prigozhin is in Belarus")


def test_negation_and_hedges(nlp):
    (denial,) = claims(nlp, "That relocation, however, has not happened.")
    assert denial.negated
    (hedged,) = claims(nlp, "The deal was reportedly brokered by Alexander Lukashenko.")
    assert hedged.hedged and not hedged.negated


def test_questions_and_opinion_are_not_claims(nlp):
    assert claims(nlp, "Who is the Wagner Group?") == []
    assert claims(nlp, "Workers must fight against the war.") == []


def test_claims_carry_quantities_and_spans(nlp):
    text = "Unconfirmed reports suggest that at least 13 servicemen died in the fight."
    (claim,) = claims(nlp, text)
    assert [q.span.text for q in claim.quantities] == ["13"]
    assert claim.text in text and claim.sentence.text in text


def test_relative_clause_about_a_name_is_a_claim(nlp):
    found = claims(nlp, "Apart from the safe passage granted to Prigozhin, who is now in Belarus, no details were revealed.")
    assert any(c.text.startswith("Prigozhin, who is now in Belarus") for c in found)
    assert any(c.negated for c in found)
