"""Date disputes between clauses with different predicates, on sentences written for these tests."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import date_conflict
from storylens.story.claim_conflicts.mention import MentionInStory


def dated_clause(sentence: str, clause: str, predicate: str, date_text: str, value: str, article: str,
                 modality: str | None = None) -> MentionInStory:
    """A clause of a sentence that starts the article, with one time expression ``date_text`` read as ``value``."""
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, clause, predicate=predicate, dates=[value], modality=modality)
    start = sentence.find(clause)
    item = MentionInStory(mention, Span(article, start, start + len(clause), clause), article, "2031-04-14", article)
    item.dated = [(sentence.find(date_text), value)]
    return item


def test_one_happening_dated_to_different_days_under_different_predicates_is_a_date_dispute():
    blockade = dated_clause("Fishermen blocked the harbour mouth at Kessby on Tuesday.",
                            "Fishermen blocked the harbour mouth at Kessby on Tuesday", "block", "Tuesday", "2031-04-08", "one")
    protest = dated_clause("The protest at Kessby harbour began on Wednesday morning, residents said.",
                           "The protest at Kessby harbour began on Wednesday morning", "begin", "Wednesday", "2031-04-09", "two")
    detail = date_conflict(blockade, protest, aligned=True)
    assert "2031-04-08" in detail and "2031-04-09" in detail and "blocked" in detail and "began" in detail
    # not yet one claim: different predicates say nothing about one happening
    assert date_conflict(blockade, protest) is None


def test_a_saying_or_a_plan_dated_differently_is_no_dispute():
    blockade = dated_clause("Fishermen blocked the harbour mouth at Kessby on Tuesday.",
                            "Fishermen blocked the harbour mouth at Kessby on Tuesday", "block", "Tuesday", "2031-04-08", "one")
    said = dated_clause("The port authority said on Wednesday that the harbour was blocked.",
                        "The port authority said on Wednesday", "say", "Wednesday", "2031-04-09", "two")
    assert date_conflict(blockade, said, aligned=True) is None  # one thing is said on many days
    plan = dated_clause("Fishermen will close the harbour mouth again on Wednesday.",
                        "Fishermen will close the harbour mouth again on Wednesday", "close", "Wednesday", "2031-04-09", "three",
                        modality="will")
    assert date_conflict(blockade, plan, aligned=True) is None


def test_a_date_of_a_phrase_inside_the_clause_is_not_the_clause_s_date():
    blockade = dated_clause("Fishermen blocked the harbour mouth at Kessby on Tuesday.",
                            "Fishermen blocked the harbour mouth at Kessby on Tuesday", "block", "Tuesday", "2031-04-08", "one")
    sentence = "In a statement published on Wednesday, the fishermen's guild defended the blockade."
    defended = dated_clause(sentence, sentence.rstrip("."), "defend", "Wednesday", "2031-04-09", "two")
    assert date_conflict(blockade, defended, aligned=True) is None  # Wednesday dates the statement


def test_a_clause_of_a_verbless_sentence_is_read_without_hanging():
    # A headline-like sentence whose parse root is a noun: climbing from the date to the clause's
    # verb must stop at the root (comparing tokens by position, not by object identity).
    blockade = dated_clause("Fishermen blocked the harbour mouth at Kessby on Tuesday.",
                            "Fishermen blocked the harbour mouth at Kessby on Tuesday", "block", "Tuesday", "2031-04-08", "one")
    sentence = "The harbour blockade at Kessby, on Wednesday."
    verbless = dated_clause(sentence, sentence.rstrip("."), "blockade", "Wednesday", "2031-04-09", "two")
    assert date_conflict(blockade, verbless, aligned=True) is None


def test_a_part_of_day_is_no_dispute_a_different_day_is():
    afternoon = dated_clause("The landslide hit the village of Orva on Monday afternoon.",
                             "The landslide hit the village of Orva on Monday afternoon", "hit", "Monday", "2031-04-13", "one")
    evening = dated_clause("The slope gave way on Monday evening above Orva.",
                           "The slope gave way on Monday evening above Orva", "give", "Monday", "2031-04-13", "two")
    assert date_conflict(afternoon, evening, aligned=True) is None  # one day, told by its part
    night = dated_clause("The slope gave way on Sunday night above Orva.",
                         "The slope gave way on Sunday night above Orva", "give", "Sunday", "2031-04-12", "three")
    detail = date_conflict(afternoon, night, aligned=True)
    assert "2031-04-13" in detail and "2031-04-12" in detail


def test_two_deadlines_of_one_happening_are_no_date_dispute():
    # what was cleared by Thursday night was cleared by Friday noon too
    thursday = dated_clause("Crews had cleared about 40 tonnes of storm debris from the Lenby canal by Thursday night.",
                            "Crews had cleared about 40 tonnes of storm debris from the Lenby canal by Thursday night",
                            "clear", "Thursday", "2031-04-10", "one")
    friday = dated_clause("Crews had cleared about 40 tonnes of storm debris from the Lenby canal by Friday noon.",
                          "Crews had cleared about 40 tonnes of storm debris from the Lenby canal by Friday noon",
                          "clear", "Friday", "2031-04-11", "two")
    assert date_conflict(thursday, friday) is None
    assert date_conflict(thursday, friday, aligned=True) is None
    # a day on the wrong side of a deadline still disputes it; on the right side it does not
    later = dated_clause("Crews cleared the debris from the Lenby canal on Saturday.",
                         "Crews cleared the debris from the Lenby canal on Saturday", "clear", "Saturday", "2031-04-12", "three")
    assert date_conflict(thursday, later) is not None
    earlier = dated_clause("Crews cleared the debris from the Lenby canal on Wednesday.",
                           "Crews cleared the debris from the Lenby canal on Wednesday", "clear", "Wednesday", "2031-04-09", "four")
    assert date_conflict(thursday, earlier) is None
    # two days of one happening with no bound still dispute
    assert date_conflict(later, earlier) is not None


def test_one_plan_dated_twice_under_two_verbs_of_one_action_is_a_date_dispute():
    # "begin" and "start" share a sense in WordNet: one planned happening, given two days
    begin = dated_clause("Auditors will begin the stock count at the Harlow depot on Thursday morning.",
                         "Auditors will begin the stock count at the Harlow depot on Thursday morning", "begin", "Thursday",
                         "2031-04-10", "one", modality="will")
    start = dated_clause("The stock count at the Harlow depot would start on Friday, the depot manager said.",
                         "The stock count at the Harlow depot would start on Friday", "start", "Friday", "2031-04-11", "two",
                         modality="would")
    detail = date_conflict(begin, start)
    assert "2031-04-10" in detail and "2031-04-11" in detail
    # another stage of the plan is no second date of it: "finish" is not "begin"
    finish = dated_clause("The stock count at the Harlow depot would finish on Friday.",
                          "The stock count at the Harlow depot would finish on Friday", "finish", "Friday", "2031-04-11", "three",
                          modality="would")
    assert date_conflict(begin, finish) is None


def test_two_verbs_of_saying_dated_differently_are_no_dispute():
    said = dated_clause("The depot manager said on Thursday that the count was complete.",
                        "The depot manager said on Thursday", "say", "Thursday", "2031-04-10", "one")
    told = dated_clause("The depot manager told staff on Friday that the count was complete.",
                        "The depot manager told staff on Friday", "tell", "Friday", "2031-04-11", "two")
    assert date_conflict(said, told) is None  # one thing is said on many days, to many people


def test_acts_of_two_named_people_on_two_days_are_no_date_dispute():
    visit = dated_clause("Health Minister Orla Venn toured the flooded clinic in Maskby on Monday.",
                         "Health Minister Orla Venn toured the flooded clinic in Maskby on Monday", "tour", "Monday", "2031-04-07", "one")
    visit.mention.agent = "Health Minister Orla Venn"
    visit.actor_of_name = {"Orla Venn": "a-venn"}
    demand = dated_clause("Councillor Piet Dorn called on Tuesday for an inquiry into the clinic.",
                          "Councillor Piet Dorn called on Tuesday for an inquiry into the clinic", "call", "Tuesday", "2031-04-08", "two")
    demand.mention.agent = "Councillor Piet Dorn"
    demand.actor_of_name = {"Piet Dorn": "a-dorn"}
    assert date_conflict(visit, demand, aligned=True) is None
    # the same person's act told under another verb and dated to another day still disputes
    came = dated_clause("Venn came to the clinic on Tuesday, her office said.",
                        "Venn came to the clinic on Tuesday", "come", "Tuesday", "2031-04-08", "three")
    came.mention.agent = "Venn"
    came.actor_of_name = {"Venn": "a-venn"}
    assert date_conflict(visit, came, aligned=True) is not None
