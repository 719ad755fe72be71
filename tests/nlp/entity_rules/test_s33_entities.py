"""Entity fixes of issue 19, round s33, on sentences written for this round (every place, firm,
ship and person is invented): a portfolio before "Minister", a company's legal form before its
seat, a name the model cut, rivers, and a port town after a headline ending in a ship noun."""

from __future__ import annotations

from storylens.nlp.entity_rules.people import heads_a_public_body
from storylens.nlp.entity_rules.waters import belongs_to_water, names_a_body_of_water


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ not in ("DATE", "TIME", "CARDINAL")]


def test_a_portfolio_before_minister_is_part_of_the_title(nlp):
    assert ents(nlp, "The inquiry will be led by Transport Minister Aurel Vost.") == [("Aurel Vost", "PERSON")]
    assert ents(nlp, "Presented by Health Secretary Mara Kellin, the plan was approved.") == [("Mara Kellin", "PERSON")]


def test_a_body_before_a_title_stays_a_body(nlp):
    # a group ("Senate") and a business title ("CEO") are not portfolios
    assert ("Senate", "ORG") in ents(nlp, "Senate President Jana Morrow opened the session.")


def test_a_legal_form_before_of_ends_the_company_and_its_seat_is_a_place(nlp):
    found = ents(nlp, "The barge is owned by Garrow Bulk Shipping Ltd of Brannock.")
    assert ("Garrow Bulk Shipping Ltd", "ORG") in found and ("Brannock", "GPE") in found, found


def test_a_name_is_never_left_ending_in_a_preposition(nlp):
    found = ents(nlp, "The barge was owned by Garrow Bulk Shipping Ltd of")
    assert [name for name, _ in found] == ["Garrow Bulk Shipping Ltd"], found


def test_a_name_the_model_cut_is_widened_to_the_name_the_doc_writes_whole(nlp):
    text = (
        "Garrow Bulk Shipping said the barge had passed an inspection.\n\n"
        "Residents of Brannock gathered at the harbour on Tuesday. Garrow Bulk Shipping has offices in Brannock."
    )
    names = [name for name, _ in ents(nlp, text)]
    assert "Bulk Shipping" not in names and names.count("Garrow Bulk Shipping") == 2, names


def test_a_river_named_like_a_town_is_a_location(nlp):
    found = ents(nlp, "A barge struck the bridge, cutting the only road crossing of the Tamsel.")
    assert found == [("Tamsel", "LOC")], found
    found = ents(nlp, "Residents of Upper Tamsel were told to avoid the banks of the Tamsel.")
    assert ("Tamsel", "LOC") in found and ("Tamsel", "LOC") != found[0], found


def test_the_head_of_a_body_is_no_river(nlp):
    found = dict(ents(nlp, "The head of the Senate spoke. Police searched the banks of the Treasury building."))
    assert found.get("Senate") != "LOC" and found.get("Treasury") != "LOC", found


def test_wordnet_says_which_nouns_belong_to_water():
    assert names_a_body_of_water("river") and names_a_body_of_water("lake")
    assert not names_a_body_of_water("town")
    assert belongs_to_water("banks") and belongs_to_water("mouth") and belongs_to_water("crossing")
    assert not belongs_to_water("head") and not belongs_to_water("branch") and not belongs_to_water("leader")


def test_a_headline_ending_in_a_ship_noun_does_not_make_the_next_paragraphs_town_a_ship(nlp):
    text = (
        "Crew rescued from stricken tanker\n\n"
        "Kellport residents watched as the tanker Sea Lark listed in the harbour. The tanker had sailed from Kellport."
    )
    found = ents(nlp, text)
    assert ("Sea Lark", "VESSEL") in found
    assert {label for name, label in found if name == "Kellport"} == {"GPE"}, found


def test_a_public_body_is_no_business_but_a_company_is():
    assert heads_a_public_body("Service") and heads_a_public_body("Guard") and heads_a_public_body("Authority")
    assert not heads_a_public_body("Company") and not heads_a_public_body("Shipping")
    assert not heads_a_public_body("Services")  # "Orvane Financial Services" sells a trade
