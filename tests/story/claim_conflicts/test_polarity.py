"""The polarity a sentence states of a clause, one reading for the claims step and the brief, on
sentences written for these tests."""

import pytest

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import negation_conflict
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.polarity import as_stated, negated_by_its_sentence, stated_negation
from storylens.story.claim_conflicts.words import parsed


@pytest.mark.parametrize("text, negated", [
    ("No tenant has been hurt by the collapse, the council says.", True),
    ("The council says no tenant has been hurt by the collapse.", True),
    ("The council said the block had been evacuated.", False),
    ("The block was not evacuated.", True),
    ("The council did not say that the block had been evacuated.", True),
])
def test_the_polarity_of_a_report_is_that_of_what_is_said(text, negated):
    assert stated_negation(parsed(text)) is negated


@pytest.mark.parametrize("sentence, clause, denied", [
    ("There was no evidence that any tenant had been hurt.", "any tenant had been hurt", True),
    ("The council denied that the block had been evacuated.", "the block had been evacuated", True),
    ("The council said that the block had been evacuated.", "the block had been evacuated", False),
    # a denied saying leaves the said clause its polarity (the saying is what is denied)
    ("The council did not say that the block had been evacuated.", "the block had been evacuated", False),
])
def test_a_clause_under_a_negating_word_is_denied_by_its_sentence(sentence, clause, denied):
    start = sentence.index(clause)
    assert negated_by_its_sentence(sentence, start, start + len(clause)) is denied


def mention(sentence: str, text: str, article: str, *, negated: bool = False, **fields) -> MentionInStory:
    span = Span(article, 0, len(sentence), sentence)
    stated = as_stated(ClaimMention(span, text, negated=negated, **fields))
    start = sentence.find(text)
    return MentionInStory(stated, Span(article, start, start + len(text), text), article, "2031-05-11", article)


def test_a_clause_under_no_evidence_that_agrees_with_a_plain_denial():
    under = mention("Inspectors found no evidence that any swimmer had been poisoned.", "any swimmer had been poisoned",
                    "one", predicate="poison", subject="any swimmer")
    denial = mention("No swimmer was poisoned, the lido's owner said.", "No swimmer was poisoned", "two", negated=True,
                     predicate="poison", subject="No swimmer")
    assert under.mention.negated and denial.mention.negated
    assert negation_conflict(under, denial) is None
    report = mention("Two swimmers were poisoned, the hospital said.", "Two swimmers were poisoned", "three",
                     predicate="poison", subject="Two swimmers")
    assert negation_conflict(under, report) is not None


def test_a_clause_that_says_its_own_polarity_is_left_as_it_is():
    plain = ClaimMention(Span("one", 0, 40, "The lido was closed for cleaning on Monday."), "The lido was closed for cleaning")
    assert as_stated(plain) is plain
    denied = ClaimMention(Span("two", 0, 57, "The owner denied that the lido had been closed for a week."),
                          "the lido had been closed for a week")
    assert as_stated(denied).negated


def test_a_clause_coordinated_with_a_denial_is_not_denied():
    sentence = "The bus company denied that the coach was late and said it carried 40 pupils."
    carried = "it carried 40 pupils"
    late = "the coach was late"
    assert not negated_by_its_sentence(sentence, sentence.index(carried), sentence.index(carried) + len(carried))
    assert negated_by_its_sentence(sentence, sentence.index(late), sentence.index(late) + len(late))
    # what governs both coordinates still turns both round
    both = "There was no evidence that the coach was late or that a pupil was hurt."
    hurt = "a pupil was hurt"
    assert negated_by_its_sentence(both, both.index(hurt), both.index(hurt) + len(hurt))


def test_a_figure_reported_only_to_reject_it_keeps_its_clause_polarity():
    from storylens.records import Quantity

    sentence = "The council dismissed reports of twelve bridges closed for repairs."
    at = sentence.index("twelve")
    figure = Quantity(Span("one", at, at + 6, "twelve"), 12, "count", "exact", surface_unit="bridge")
    clause = ClaimMention(Span("one", 0, len(sentence), sentence), "twelve bridges closed for repairs", quantities=[figure])
    assert not as_stated(clause).negated  # the quantity check reads "dismissed" as rejecting the figure


def test_a_clause_cut_from_no_evidence_that_is_no_denial_of_a_plain_one_under_the_stated_polarity():
    # the clause read alone says a swimmer was poisoned; its sentence says none was, as the other does.
    # The reading is measured, not applied (round s33: it cost a dispute found on written set 3)
    from storylens.story.claim_conflicts.readings import S32, STATED_POLARITY
    from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
    from tests.story.claim_conflicts.helpers import clause

    under = clause("The lido's owner said there was no evidence that any swimmer had been poisoned.",
                   "that any swimmer had been poisoned", "one", predicate="poison", subject="any swimmer")
    denial = clause("No swimmer was poisoned by the chlorine leak, the council says.",
                    "No swimmer was poisoned by the chlorine leak", "two", negated=True, predicate="poison",
                    subject="No swimmer")
    assert not under.mention.negated and under.stated_negated and denial.stated_negated
    assert _conflict(under, denial, 1.0, same_fact=True, aligned=True, readings=S32) is None
    assert STATED_POLARITY not in IN_FORMED_CLAIMS
    assert _conflict(under, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS) is not None
    # a plain report that a swimmer was poisoned is still denied
    report = clause("A swimmer was poisoned by the chlorine leak, the hospital said.",
                    "A swimmer was poisoned by the chlorine leak", "three", predicate="poison", subject="A swimmer")
    assert _conflict(report, denial, 1.0, same_fact=True, aligned=True, readings=S32).kind == "negation"
