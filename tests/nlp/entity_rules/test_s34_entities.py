"""Entity fixes of issue 19, round s34, on sentences written for this round (every bank, town and
person is invented)."""

from __future__ import annotations

from storylens.nlp.entity_fixes import widen_to_names_of_the_doc


def test_a_place_that_opens_a_bodys_longer_name_is_the_body(nlp):
    doc = nlp.make_doc("The Tarvel Mutual Building Society capped withdrawals. Tarvel Mutual said the cap was temporary.")
    words = [t.text for t in doc]
    body = (words.index("Tarvel"), words.index("Society") + 1, "ORG")
    place = (words.index("Tarvel", body[1]), words.index("Tarvel", body[1]) + 1, "GPE")
    widened = widen_to_names_of_the_doc(doc, [body, place])
    assert [(doc[s:e].text, label) for s, e, label in widened] == [
        ("Tarvel Mutual Building Society", "ORG"),
        ("Tarvel Mutual", "ORG"),
    ]


def test_a_place_before_other_capitalised_words_stays_a_place(nlp):
    doc = nlp.make_doc("The Tarvel Mutual Building Society capped withdrawals. In Tarvel Market Square savers queued.")
    words = [t.text for t in doc]
    body = (words.index("Tarvel"), words.index("Society") + 1, "ORG")
    place = (words.index("Tarvel", body[1]), words.index("Tarvel", body[1]) + 1, "GPE")
    widened = widen_to_names_of_the_doc(doc, [body, place])
    assert (doc[place[0] : place[1]].text, "GPE") in [(doc[s:e].text, label) for s, e, label in widened]


def _phrases(nlp, text: str, head: str = "bank") -> list[tuple[str, list[str]]]:
    """The definite descriptions with this head noun, each with the names it may stand for."""
    return [(p.span.text, [n.text for n in p.names]) for p in nlp(text)._.noun_mentions if p.head == head]


def test_a_description_stands_for_the_body_its_paragraph_is_about(nlp):
    text = (
        "Savers queued outside the Tarvel Mutual Building Society on Monday. Tarvel Mutual said the cap "
        "was temporary. The cooperative bank has 80,000 members.\n\n"
        "The Central Bank of Valdoria said it was watching. Its governor, Oskar Lind, said the system was sound.\n\n"
        "The bank's chief executive, Marta Feld, said deposits were safe. Had the bank not capped "
        "withdrawals, it would have run out of cash. The central bank declined to comment."
    )
    mutual, central = ["Tarvel Mutual Building Society"], ["Central Bank of Valdoria"]
    assert _phrases(nlp, text) == [
        ("The cooperative bank", mutual),  # the last body named in its paragraph
        ("The bank", mutual),  # a new paragraph: the body the article is about
        ("the bank", mutual),  # the description before it in its paragraph
        ("The central bank", central),  # a word of the name picks it
    ]


def test_a_kind_named_by_a_modifier_keeps_only_bodies_of_that_kind(nlp):
    text = "The Central Bank of Valdoria raised rates. The Tarvel Mutual Building Society capped withdrawals. The savings bank lost deposits."
    assert _phrases(nlp, text) == [("The savings bank", ["Tarvel Mutual Building Society"])]


def test_wordnet_says_which_bodies_are_banks_and_which_kind():
    from storylens.nlp.entity_rules.body_kinds import compound_kind, fits_kind, is_a_kind_of

    society, central = "Tarvel Mutual Building Society".split(), "Central Bank of Valdoria".split()
    assert is_a_kind_of(society, "bank") and not is_a_kind_of("Kestovian Fire Service".split(), "bank")
    savings, central_kind = compound_kind("savings", "bank"), compound_kind("central", "bank")
    assert fits_kind(savings, "bank", society) and not fits_kind(savings, "bank", central)
    assert fits_kind(central_kind, "bank", central) and not fits_kind(central_kind, "bank", society)
    assert compound_kind("cooperative", "bank") is None


def test_a_name_in_apposition_to_a_settlement_noun_is_a_place(nlp):
    for text, name in (
        ("Troops entered the capital, Vessen, at dawn.", "Vessen"),
        ("In the capital, Osterby, ministers met on Monday evening.", "Osterby"),
    ):
        assert (name, "GPE") in [(e.text, e.label_) for e in nlp(text).ents], text
    assert ("Piet Ostrel", "PERSON") in [(e.text, e.label_) for e in nlp("The town's mayor, Piet Ostrel, spoke.").ents]


def test_the_noun_a_name_is_introduced_with_gives_its_type(nlp):
    def typed(text):
        return [(e.text, e.label_) for e in nlp(text).ents if e.label_ not in ("DATE", "TIME")]

    assert ("Tamsin", "PERSON") in typed("Oskar Lind said his daughter Mira was safe. His son, Tamsin, was not.")
    assert typed("The loan was reported by the financial weekly Tallyhouse.") == [("Tallyhouse", "ORG")]
    assert typed("The newsletter Ledgerline said the bank was weak.") == [("Ledgerline", "ORG")]
    assert ("Ardent Wren", "VESSEL") in typed("The coast guard sent its cutter, the Ardent Wren.")
    assert typed("Its director, Halina Vostra, said the plant was safe.") == [("Halina Vostra", "PERSON")]
    # WordNet's broadcaster is a person, but a firm the model typed ORG needs a relative's noun
    assert typed("The broadcaster RTK said the plant was safe.") == [("RTK", "ORG")]
