"""One outlet's adjective before a noun the others use (round s27): it goes when it judges, and
stays when it says which thing is meant or counted (`story/brief/restrictive.py`). Sentences
written here, on an invented outbreak, plant and vote."""

from storylens.records import Span
from storylens.story.brief.restrictive import restricting_word, restricts_reference
from storylens.story.brief.sentences import Neutraliser, compress, parse


def cut(text: str, others: str) -> str:
    """``text`` of outlet A after the brief's cuts, outlet B writing ``others``."""
    neutral = Neutraliser()
    neutral.voices.add_words("a", "Outlet A", text)
    neutral.voices.add_words("b", "Outlet B", others)
    span = Span("a", 0, len(text), text)
    return compress(text, neutral.voices.one_outlet_cuts(span, parse([text])[0]), 0, {})


def test_a_modifier_that_says_which_cases_are_counted_stays():
    text = "Clinics in Orrow reported 412 new cases of marsh fever on Monday."
    assert cut(text, "Clinics in Orrow counted 412 cases of marsh fever.") == text
    text = "The average daily count of marsh fever cases in Orrow rose to 60."
    assert cut(text, "The count of marsh fever cases in Orrow rose.") == text


def test_an_additional_or_annual_figure_is_not_the_figure():
    text = "The report puts the additional risk for people living near the Selm works at one in 10,000."
    assert cut(text, "The report gives the risk for people near the works.") == text
    text = "The annual levy on the Selm works was raised to 2 million crowns."
    assert cut(text, "The levy on the works was raised.") == text


def test_a_classifying_adjective_stays():
    text = "Inspectors closed the nuclear plant at Selm after the federal agency ordered checks."
    assert cut(text, "Inspectors closed the plant at Selm after the agency ordered checks.") == text


def test_a_hedge_on_the_noun_stays():
    # "an alleged bribe" is not "a bribe": the adjective says whether the thing is established
    text = "The council opened an inquiry into an alleged bribe paid to the harbour office."
    assert cut(text, "The council opened an inquiry into a bribe.") == text


def test_a_judging_modifier_on_a_shared_noun_still_goes():
    assert cut("The notorious militia of the Orrow hills claimed the raid.", "A militia claimed the raid.") == (
        "The militia of the Orrow hills claimed the raid."
    )
    assert cut("Tarel Vonn won the seat by a mere 57 votes.", "Tarel Vonn won the seat by 57 votes.") == (
        "Tarel Vonn won the seat by 57 votes."
    )
    assert cut("The bungling harbour minister visited Orrow.", "The harbour minister visited Orrow.") == (
        "The harbour minister visited Orrow."
    )


def test_wordnet_tells_measuring_and_relational_adjectives_from_judging_ones():
    for word in ("new", "average", "additional", "annual", "nuclear", "federal", "former"):
        assert restricting_word(word), word
    for word in ("bungling", "notorious", "mere", "shameless"):
        assert not restricting_word(word), word


def test_comparatives_and_ordinals_say_which_one_by_the_parse():
    doc = parse(["The larger dam and the second spillway failed on Monday."])[0]
    assert restricts_reference(next(t for t in doc if t.text == "larger"))
    assert restricts_reference(next(t for t in doc if t.text == "second"))
