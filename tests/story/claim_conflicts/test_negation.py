"""A denial in other words, and how a denial is explained, on sentences written for these tests."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import denies_in_other_words, negation_conflict
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.negation import affirmed


def clause(text: str, predicate: str, article: str, *, negated=False, subject=None, theme=None, names=()) -> MentionInStory:
    span = Span(article, 0, len(text), text)
    mention = ClaimMention(span, text, predicate=predicate, negated=negated, subject=subject, theme=theme, actors=list(names))
    return MentionInStory(mention, span, article, "2031-04-14", article, align_text=text,
                          actor_of_name={name: "person:reyes" for name in names})


def test_affirmed_takes_the_negation_out_as_parsed():
    assert affirmed("The pilot Anton Reyes was not detained") == "The pilot Anton Reyes was detained"
    assert affirmed("The pilot never signed the logbook") == "The pilot signed the logbook"
    assert affirmed("No one was detained") == "No one was detained"  # a determiner's negation stays


def test_a_negated_near_synonym_about_the_same_party_is_a_denial():
    denied = clause("The harbour pilot Anton Reyes was not arrested", "arrest", "one", negated=True,
                    subject="The harbour pilot Anton Reyes", theme="The harbour pilot Anton Reyes", names=["Anton Reyes"])
    held = clause("Anton Reyes was among those detained", "be", "two", subject="Anton Reyes", names=["Anton Reyes"])
    assert denies_in_other_words(denied, held)
    assert "was not arrested" in negation_conflict(held, denied)


def test_a_negated_clause_about_another_action_or_party_is_no_denial():
    unhurt = clause("The harbour pilot Anton Reyes was not injured", "injure", "one", negated=True,
                    subject="The harbour pilot Anton Reyes", theme="The harbour pilot Anton Reyes", names=["Anton Reyes"])
    arrested = clause("Police arrested the harbour pilot Anton Reyes", "arrest", "two", subject="Police",
                      theme="the harbour pilot Anton Reyes", names=["Anton Reyes"])
    assert not denies_in_other_words(unhurt, arrested)  # injured and arrested: two facts about him
    stayed = clause("Mayor Anton Reyes did not resign", "resign", "one", negated=True, subject="Mayor Anton Reyes",
                    names=["Anton Reyes"])
    reelected = clause("Mayor Anton Reyes was re-elected", "re-elect", "two", subject="Mayor Anton Reyes",
                       theme="Mayor Anton Reyes", names=["Anton Reyes"])
    assert not denies_in_other_words(stayed, reelected)  # the shared name alone makes them read alike
    other = clause("Two deckhands were detained", "detain", "two", subject="Two deckhands", theme="Two deckhands")
    denied = clause("The harbour pilot Anton Reyes was not arrested", "arrest", "one", negated=True,
                    subject="The harbour pilot Anton Reyes", theme="The harbour pilot Anton Reyes", names=["Anton Reyes"])
    assert not denies_in_other_words(denied, other)  # nobody in common


def test_a_denied_content_is_explained_as_denied_not_as_unsaid():
    sentence = "The shipping line denied that the barge was overloaded."
    span = Span("two", 0, len(sentence), sentence)
    denial = MentionInStory(ClaimMention(span, "that the barge was overloaded", predicate="overload", kind="reported",
                                         cue="deny", attributed_to="The shipping line"), span, "two", "2031-04-14", "two")
    report = clause("The barge was overloaded", "overload", "one")
    assert denial.saying_denied
    assert "The shipping line denies it" in negation_conflict(report, denial)
