"""Readings of round s41, on sentences written for these tests and read by the whole per-article
pipeline: two figures of one count in other wordings, figures of different things, rival causes
told by a verb's meaning, a denial of one's part, an account called false, a figure its sentence
revised. Each shows the check as main read it (the round's readings taken out), then with them,
then a case it must leave alone."""

from __future__ import annotations

import pytest

from storylens.records import Article
from storylens.story.claim_conflicts.readings import (
    ACCOUNT_CALLED_FALSE,
    BARE_COUNT,
    CAUSE_BY_ITS_VERB,
    DENIED_ROLE,
    OTHER_ACTS,
    S41,
)
from storylens.story.claims import IN_FORMED_CLAIMS, _conflict, located_mentions
from storylens.story.context import StoryContext

REPORTS = {
    "a": "A petition against the Tollby runway has gathered 20,000 signatures.",
    "b": "The Tollby runway petition has nearly 18,500 signatures, its organisers said.",
    "c": "The Tollby runway petition has about 19,500 signatures, its organisers said.",
    "d": "Nine prisoners escaped from Varrow jail on Friday.",
    "e": "Prisoners broke out of Varrow jail on Friday. Eleven escaped, according to the prison service.",
    "f": "Guards recaptured four of the prisoners.",
    "g": "Two prisoners are still at large.",
    "h": "Ostel Foods was valued at 80 million crowns in May.",
    "i": "Ostel Foods lost 9 million crowns in the year to May.",
    "j": "Ostel Foods was valued at 60 million crowns in May.",
    "k": "The pilot died of a heart attack, the airline said.",
    "l": "The pilot was killed by gunfire near the airstrip.",
    "m": "The pilot died of a heart attack near the airstrip.",
    "n": "The papers were leaked by a printer in Osk, the ministry said.",
    "o": "The printer denied any role in the leak.",
    "p": "The printer denied the ministry's request for a meeting.",
    "q": "A rockfall blocked the tunnel, the mine's owner said.",
    "r": "The miners' union said the rockfall was a lie.",
    "s": "The miners' union said the rockfall was serious.",
    "t": "Police first said 12 people were hurt, but later revised the figure to 20.",
    "u": "Twelve people were hurt in the crush.",
    "v": "Two prisoners are still at large.",
    "w": "Three prisoners are still at large, the prison service said.",
    "x": "The Varrow storm has left 14 people dead, officials said.",
    "y": "At least 20 people died in the Varrow storm.",
}


@pytest.fixture(scope="module")
def clause(nlp):
    from storylens.nlp.pipeline import analyze_articles

    articles = [Article(id=key, source=f"{key}.txt", text=text, published="2032-06-02", outlet=f"Outlet {key}")
                for key, text in REPORTS.items()]
    items = located_mentions(StoryContext(list(analyze_articles(articles, nlp=nlp))))

    def find(article: str, words: str):
        return next(i for i in items if i.span.article == article and words in i.mention.text)
    return find


def _in_one_claim(a, b, readings=IN_FORMED_CLAIMS):
    return _conflict(a, b, 1.0, same_fact=True, aligned=True, readings=readings)


def _kind(a, b, readings=IN_FORMED_CLAIMS):
    conflict = _in_one_claim(a, b, readings)
    return conflict.kind if conflict else None


def test_a_round_figure_and_a_nearly_figure_below_it_differ(clause):
    gathered, nearly, about = clause("a", "20,000"), clause("b", "18,500"), clause("c", "19,500")
    # 19,000 to 21,000 against 15,725 to 18,685; a petition's signatures counted as what it
    # gathered and as what it has are one count, not a standing size against a happening
    assert _kind(gathered, nearly) == "quantity"
    assert _kind(gathered, about) is None  # "about" allows 15%


def test_a_bare_figure_is_read_within_five_percent():
    from storylens.story.claim_conflicts.quantity import ROUNDING_CAP, figures_agree, interval
    from tests.story.claim_conflicts.figures import stated

    round_figure = stated("The petition has 50,000 signatures.", [("50,000", 50000, "count:signature", "exact")], "one")
    nearly = stated("The petition has nearly 46,000 signatures.", [("46,000", 46000, "count:signature", "upper")], "two")
    some = stated("The petition has some 46,000 signatures.", [("46,000", 46000, "count:signature", "approx")], "three")
    (q50,), (q46,) = round_figure.mention.quantities, nearly.mention.quantities
    assert interval(q50, ROUNDING_CAP)[0] == 45000  # main read 50,000 as 45,000 to 55,000
    assert not figures_agree(round_figure, q50, nearly, q46)
    assert figures_agree(round_figure, q50, some, some.mention.quantities[0])  # "some" allows 15%


def test_a_bare_count_counts_what_the_other_count_of_one_act_counts(clause):
    nine, eleven = clause("d", "Nine"), clause("e", "Eleven")
    assert _kind(nine, eleven, IN_FORMED_CLAIMS - {BARE_COUNT}) is None
    assert _kind(nine, eleven) == "quantity"


def test_counts_of_other_acts_or_of_a_state_now_are_not_one_count(clause):
    escaped, recaptured, at_large = clause("d", "Nine"), clause("f", "recaptured"), clause("g", "at large")
    assert _kind(escaped, recaptured, IN_FORMED_CLAIMS - {OTHER_ACTS}) == "quantity"
    assert _kind(escaped, recaptured) is None
    assert _kind(escaped, at_large) is None


def test_a_value_and_an_amount_an_act_moved_are_different_measures(clause):
    valued, lost, valued_lower = clause("h", "80 million"), clause("i", "lost"), clause("j", "60 million")
    assert _kind(valued, lost, IN_FORMED_CLAIMS - {OTHER_ACTS}) == "quantity"
    assert _kind(valued, lost) is None
    assert _kind(valued, valued_lower) == "quantity"  # one measure, two values


def test_a_cause_a_verb_gives_by_its_meaning_rivals_another(clause):
    heart, gunfire, same_outlet_words = clause("k", "heart attack"), clause("l", "gunfire"), clause("m", "heart attack")
    assert _kind(heart, gunfire, IN_FORMED_CLAIMS - {CAUSE_BY_ITS_VERB}) is None
    assert _kind(heart, gunfire) == "account"
    assert _kind(heart, same_outlet_words) is None  # one cause twice


def test_a_denial_of_ones_part_disputes_what_one_is_said_to_have_done(clause):
    leaked, denied, refused = clause("n", "leaked"), clause("o", "denied"), clause("p", "request")
    assert _kind(leaked, denied, IN_FORMED_CLAIMS - {DENIED_ROLE}) is None
    assert _kind(leaked, denied) == "negation"
    assert _kind(leaked, refused) is None  # a request refused denies no part


def test_an_account_called_false_disputes_it(clause):
    blocked, lie, serious = clause("q", "blocked"), clause("r", "lie"), clause("s", "serious")
    assert _kind(blocked, lie, IN_FORMED_CLAIMS - {ACCOUNT_CALLED_FALSE}) is None
    assert _kind(blocked, lie) == "account"
    assert _kind(blocked, serious) is None


def test_a_figure_its_sentence_revised_is_not_its_account(clause):
    first, twelve = clause("t", "12 people"), clause("u", "Twelve")
    # the article's own first figure is revised to 20 in its sentence: it no longer states 12
    assert first.replaced
    assert _kind(first, twelve) is None


def test_the_round_s41_readings_are_applied_in_formed_claims():
    assert S41 <= IN_FORMED_CLAIMS


def test_two_counts_of_a_state_are_read_without_an_act_to_tell_apart(clause):
    # the other-acts reading met two clauses whose only verb is "be" and stopped the whole story
    # (a StopIteration on the merged round s41, the fifth written set)
    two, three = clause("v", "Two"), clause("w", "Three")
    assert _kind(two, three) in (None, "quantity")


def test_what_an_act_left_the_counted_as_is_their_own_happening_told_again(clause):
    # "has left 14 people dead" / "20 people died": one count of the dead, not people a party acted
    # on against people who did something (the fifth written set's ferry toll on the merged round)
    left_dead, died = clause("x", "14 people"), clause("y", "20 people")
    assert _kind(left_dead, died) == "quantity"
