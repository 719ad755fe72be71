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
