"""A denial in other words, and how a denial is explained, on sentences written for these tests."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import acts_on_different_things, denied_content_matches, denies_in_other_words, negation_conflict
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


def test_a_refusal_agrees_with_a_denial_in_other_words():
    denied = clause("The striking pilot Ida Lorn will not return to work", "return", "one", negated=True,
                    subject="The striking pilot Ida Lorn", names=["Ida Lorn"])
    refused = clause("Ida Lorn has refused to return to work", "refuse", "two", subject="Ida Lorn", names=["Ida Lorn"])
    assert not denies_in_other_words(denied, refused)  # refusing to return is not returning


def theme_clause(sentence: str, text: str, predicate: str, article: str, *, theme, negated=False) -> MentionInStory:
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, text, predicate=predicate, negated=negated, theme=theme)
    return MentionInStory(mention, span, article, "2031-04-14", article, align_text=text)


def test_one_predicate_on_different_things_is_no_denial():
    letters = theme_clause("The embassy had received 3,000 letters by Friday.", "The embassy had received 3,000 letters by Friday",
                           "receive", "one", theme="3,000 letters")
    answer = theme_clause("She wrote twice and received no answer.", "received no answer", "receive", "two", theme="no answer",
                          negated=True)
    assert acts_on_different_things(answer, letters)
    foreseen = theme_clause("It was a flood everyone saw coming, she said.", "everyone saw coming", "see", "one", theme="coming")
    unseen = theme_clause("We have never seen anything like this.", "We have never seen anything like this", "see", "two",
                          theme="anything", negated=True)
    assert acts_on_different_things(unseen, foreseen)  # seeing it coming is not seeing it
    signed = theme_clause("The mayor signed the lease.", "The mayor signed the lease", "sign", "one", theme="the lease")
    unsigned = theme_clause("The mayor never signed the lease.", "The mayor never signed the lease", "sign", "two",
                            theme="the lease", negated=True)
    assert not acts_on_different_things(unsigned, signed)
    anything = theme_clause("The mayor never signed anything.", "The mayor never signed anything", "sign", "two",
                            theme="anything", negated=True)
    assert not acts_on_different_things(anything, signed)  # "anything" may be the lease


def test_a_denial_by_another_party_must_state_the_reported_fact():
    sentence = "The ferry operator denied that its crew had overloaded the barge."
    span = Span("two", 0, len(sentence), sentence)
    denial = MentionInStory(ClaimMention(span, "that its crew had overloaded the barge", predicate="overload", kind="reported",
                                         cue="deny", attributed_to="The ferry operator", theme="the barge"),
                            span, "two", "2031-04-14", "two")
    report = theme_clause("Investigators said the crew had overloaded the barge.", "the crew had overloaded the barge",
                          "overload", "one", theme="the barge")
    assert denied_content_matches(denial, report)
    rules = theme_clause("Operators were required to weigh every barge.", "Operators were required to weigh every barge",
                         "require", "one", theme="Operators")
    assert not denied_content_matches(denial, rules)  # the same words, another fact


def test_a_negated_rule_about_a_kind_of_thing_denies_no_happening():
    from storylens.story.claim_conflicts import states_a_rule
    from storylens.story.claims import IN_FORMED_CLAIMS, _conflict

    def said(sentence: str, text: str, predicate: str, article: str, negated: bool):
        span = Span(article, 0, len(sentence), sentence)
        start = sentence.find(text)
        mention = ClaimMention(span, text, predicate=predicate, negated=negated)
        return MentionInStory(mention, Span(article, start, start + len(text), text), article, "2031-04-14", article,
                              align_text=text)

    rule = said("A well-kept ferry ramp of this design does not buckle like that under one lorry, the engineer said.",
                "A well-kept ferry ramp of this design does not buckle like that under one lorry", "buckle", "one", True)
    never = said("A tanker never docks at Orsund quay on Sundays.", "A tanker never docks at Orsund quay on Sundays",
                 "dock", "one", True)
    assert states_a_rule(rule.mention) and states_a_rule(never.mention)
    happened = said("The ferry ramp at Orsund buckled when the lorry drove onto it.", "when the lorry drove onto it",
                    "buckle", "two", False)
    happened.mention.text = "The ferry ramp at Orsund buckled"
    assert _conflict(happened, rule, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS) is None
    # a denial of one happening, by a definite subject or in the past, is still a denial
    for sentence, text, predicate in (
            ("The ferry ramp does not buckle, the operator said.", "The ferry ramp does not buckle", "buckle"),
            ("A ferry ramp did not buckle on Monday.", "A ferry ramp did not buckle on Monday", "buckle"),
            ("A spokesman has not confirmed the figure.", "A spokesman has not confirmed the figure", "confirm")):
        assert not states_a_rule(said(sentence, text, predicate, "three", True).mention)


def test_denying_an_action_denies_every_kind_of_it():
    from storylens.story.claim_conflicts import denies_the_action

    assert denies_the_action("cause", "spark")  # to spark a fire is a kind of causing it
    assert not denies_the_action("spark", "cause")  # "did not spark it" leaves other causes open
    assert denies_the_action("arrest", "arrest")
    assert not denies_the_action("cause", "report")


def test_a_denial_in_more_general_words_disputes_an_unattributed_report_in_the_claims_step():
    from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
    from tests.story.claim_conflicts.helpers import clause

    denial = clause("Harbin Rail denied that its signal cable had caused the blaze.",
                    "that its signal cable had caused the blaze", "one", predicate="cause",
                    subject="its signal cable", theme="the blaze", attributed_to="Harbin Rail", cue="deny",
                    kind="reported")
    report = clause("Investigators suspect that a frayed signal cable owned by Harbin Rail sparked the blaze.",
                    "that a frayed signal cable owned by Harbin Rail sparked the blaze", "two", predicate="spark",
                    subject="a frayed signal cable owned by Harbin Rail", theme="the blaze")
    assert denial.saying_denied
    assert _conflict(report, denial, 1.0, same_fact=True, aligned=True) is None  # before the grouping: not read
    conflict = _conflict(report, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS)
    assert conflict is not None and conflict.kind == "negation"
    # a clause about another act of the company is not denied
    other = clause("Investigators suspect that Harbin Rail reported the blaze late.",
                   "that Harbin Rail reported the blaze late", "three", predicate="report", subject="Harbin Rail",
                   theme="the blaze")
    assert _conflict(other, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS) is None


def test_its_things_in_a_denial_are_the_things_of_the_one_denying():
    from storylens.story.claim_conflicts import about_different_things
    from storylens.story.claims import IN_FORMED_CLAIMS, _conflict
    from tests.story.claim_conflicts.helpers import clause

    denial = clause("Harbin Rail denied that its equipment had caused the fire.", "that its equipment had caused the fire",
                    "one", predicate="cause", subject="its equipment", theme="the fire", attributed_to="Harbin Rail",
                    cue="deny", kind="reported")
    report = clause("Investigators suspect that a frayed cable owned by Harbin Rail sparked the conflagration.",
                    "that a frayed cable owned by Harbin Rail sparked the conflagration", "two", predicate="spark",
                    subject="a frayed cable owned by Harbin Rail", theme="the conflagration")
    report.actor_of_name = {"Harbin Rail": "org:harbin-rail"}
    assert about_different_things(denial, report)  # before the grouping, "its" is not read
    assert not about_different_things(denial, report, owned=True)
    assert _conflict(report, denial, 1.0, same_fact=True, aligned=True, readings=IN_FORMED_CLAIMS).kind == "negation"
    # another company's cable is not what Harbin Rail denies
    other = clause("Investigators suspect that a frayed cable owned by Oster Grid sparked the conflagration.",
                   "that a frayed cable owned by Oster Grid sparked the conflagration", "three", predicate="spark",
                   subject="a frayed cable owned by Oster Grid", theme="the conflagration")
    other.actor_of_name = {"Oster Grid": "org:oster-grid"}
    assert about_different_things(denial, other, owned=True)
