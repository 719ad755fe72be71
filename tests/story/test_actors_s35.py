"""Actors of issue 19, round s35, on stories written for this round (every agency, bank, town,
outlet and person is invented). The mentions carry the types the small model gave such names
when the round's story was run."""

from __future__ import annotations

from storylens.records import Article, ArticleAnalysis, Mention, Span
from tests.story.test_actor_kinds import actor_with, actors_of, analysis


def test_a_full_name_typed_as_a_body_is_the_person_a_form_of_address_names():
    # the model typed "Ilse Brannock said ..." an ORG and "Ms Brannock" a PERSON
    text = "Ilse Brannock said Tomas Varga had warned of the fault. Ms Brannock said the agency ignored him."
    a = analysis("a", text, [("Ilse Brannock", "ORG"), ("Tomas Varga", "PERSON"), ("Brannock", "PERSON")])
    context = actors_of(a)
    brannock = actor_with(context, "Ilse Brannock")
    assert brannock.type == "PERSON"
    assert sorted(s.text for s in brannock.mentions) == ["Brannock", "Ilse Brannock"]


def test_mr_varga_is_the_tomas_varga_of_his_outlet_whatever_type_the_model_gave_him():
    text = "Tomas Varga, the flight director, said a valve failed. Mr Varga said the next launch would wait."
    a = analysis("a", text, [("Tomas Varga", "GPE"), ("Varga", "PERSON")])
    b = analysis("b", "Anna Varga, a teacher in Maresby, said she heard the blast.", [("Anna Varga", "PERSON"), ("Maresby", "GPE")])
    context = actors_of(a, b)
    tomas = actor_with(context, "Tomas Varga")
    assert tomas.type == "PERSON" and sorted(s.text for s in tomas.mentions) == ["Tomas Varga", "Varga"]
    assert len(actor_with(context, "Anna Varga").mentions) == 1


def test_a_company_named_after_its_place_of_business_is_not_a_person():
    text = "Harrow Dunmere Holdings said profits fell. Ms Dunmere, its founder, resigned."
    a = analysis("a", text, [("Harrow Dunmere Holdings", "ORG"), ("Dunmere", "PERSON")])
    context = actors_of(a)
    assert actor_with(context, "Harrow Dunmere Holdings").type == "ORG"


def test_a_central_bank_of_a_country_and_its_demonym_form_are_one_bank():
    a = analysis("a", "The Central Bank of Corvia said the loss would not move markets.", [("Central Bank of Corvia", "ORG")])
    b = analysis("b", "The Corvian Central Bank said insurers would carry the cost.", [("Corvian Central Bank", "ORG")])
    c = analysis("c", "The Corvian Development Bank lent nothing.", [("Corvian Development Bank", "ORG")])
    context = actors_of(a, b, c)
    bank = actor_with(context, "Central Bank of Corvia")
    assert {"Central Bank of Corvia", "Corvian Central Bank"} <= set(bank.aliases)
    assert "Corvian Development Bank" not in bank.aliases


def test_a_royal_borough_is_the_town_it_is_named_after():
    a = analysis("a", "Residents of the Royal Borough of Maresby heard two blasts.", [("Royal Borough of Maresby", "GPE")])
    b = analysis("b", "The company employs 600 people in Maresby.", [("Maresby", "GPE")])
    context = actors_of(a, b)
    assert {"Royal Borough of Maresby", "Maresby"} <= set(actor_with(context, "Maresby").aliases)


def _with_outlet(article_id: str, outlet: str, text: str, names: list[tuple[str, str]]) -> ArticleAnalysis:
    found = analysis(article_id, text, names)
    found.article = Article(id=article_id, source=article_id, text=text, outlet=outlet)
    return found


def test_the_post_named_by_its_outlets_short_name_is_an_organisation_not_a_place():
    a = _with_outlet("a", "Maresby Post", "Tomas Varga told the Post that a valve had failed.", [("Tomas Varga", "PERSON"), ("Post", "GPE")])
    b = _with_outlet("b", "Corvia Evening Herald", "The rocket broke apart over the Post Road.", [])
    context = actors_of(a, b)
    assert actor_with(context, "Post").type == "ORG"


def test_a_place_named_like_an_outlets_last_word_without_the_stays_a_place():
    a = _with_outlet("a", "Harbour Post", "Supplies went by sea to Post, a village below the pass.", [("Post", "GPE")])
    context = actors_of(a)
    assert actor_with(context, "Post").type == "GPE"
