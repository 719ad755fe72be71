"""Opposite states of one referent, on sentences written for these tests."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import state_conflict, stated_states
from storylens.story.claim_conflicts.mention import MentionInStory


def clause(sentence: str, text: str, article: str, *, subject=None, theme=None, dates=(), modality=None) -> MentionInStory:
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, text, subject=subject, theme=theme, dates=list(dates), modality=modality)
    start = sentence.find(text)
    return MentionInStory(mention, Span(article, start, start + len(text), text), article, "2031-06-02", article)


def test_the_state_a_sentence_gives_its_referent_is_read_from_the_parse():
    assert stated_states("A miner was among the dead, the mine's owner said.", "A miner") == {"dead"}
    assert stated_states("The miner has been found alive in a side tunnel.", "The miner") == {"alive"}
    assert stated_states("Three miners died in the collapse.", "Three miners") == {"die"}
    # what was reported before, which the sentence answers, is not what it states
    assert stated_states("A miner reported killed in the collapse has been found alive.", "A miner") == {"alive"}
    assert stated_states("The mountain pass was closed to traffic.", "The mountain pass") == {"close"}
    # the one who does it is not in that state
    assert stated_states("The guard freed the hostage.", "The guard") == set()
    assert stated_states("The guard freed the hostage.", "the hostage") == {"free"}


def test_opposite_states_of_one_referent_are_an_account_dispute():
    dead = clause("A miner was among the dead, the mine's owner said.", "A miner was among the dead", "one", subject="A miner")
    alive = clause("A miner reported killed in the collapse at Varne has been found alive.",
                   "reported killed in the collapse at Varne", "two", subject="A miner")
    detail = state_conflict(dead, alive)
    assert "(dead)" in detail and "(alive)" in detail and "one (2031-06-02)" in detail and "two (2031-06-02)" in detail
    held = clause("The ferry captain is still being held by police.", "The ferry captain is still being held by police", "one",
                  subject="The ferry captain")
    freed = clause("Police released the ferry captain without charge.", "Police released the ferry captain without charge",
                   "two", subject="Police", theme="the ferry captain")
    assert state_conflict(held, freed) is None  # "held" is not listed: too many other senses
    detained = clause("The ferry captain was detained at the port.", "The ferry captain was detained at the port", "one",
                      subject="The ferry captain")
    assert "(release)" in state_conflict(detained, freed)


def test_agreeing_states_other_referents_and_changes_over_time_are_no_dispute():
    dead = clause("A miner was among the dead, the mine's owner said.", "A miner was among the dead", "one", subject="A miner")
    killed = clause("A miner was killed in the collapse.", "A miner was killed in the collapse", "two", subject="A miner")
    assert state_conflict(dead, killed) is None
    rescuer = clause("A rescuer was found alive in the shaft.", "A rescuer was found alive in the shaft", "two", subject="A rescuer")
    assert state_conflict(dead, rescuer) is None
    closed = clause("The pass was closed on Monday.", "The pass was closed on Monday", "one", subject="The pass",
                    dates=["2031-06-01"])
    reopened = clause("The pass reopened on Tuesday.", "The pass reopened on Tuesday", "two", subject="The pass",
                      dates=["2031-06-02"])
    assert state_conflict(closed, reopened) is None  # closed, then opened again
    changed = clause("The director, who was arrested on Monday, was freed.", "who was arrested on Monday", "two",
                     subject="The director")
    arrested = clause("The director was arrested.", "The director was arrested", "one", subject="The director")
    assert state_conflict(arrested, changed) is None  # the second tells both: a change, not a dispute
    plan = clause("The pass will reopen next week.", "The pass will reopen next week", "two", subject="The pass",
                  modality="will")
    assert state_conflict(closed, plan) is None


def test_a_negating_prefix_is_read_from_morphology_not_a_list():
    from storylens.story.claim_conflicts.states import polarity

    assert polarity("illegal") == ("legal", False)
    assert polarity("unlawful") == ("lawful", False)
    assert polarity("dishonest") == ("honest", False)
    # the rest is no word: no prefix
    assert polarity("interested") == ("interested", True)
    assert polarity("important") == ("important", True)
    assert polarity("lawful") == ("lawful", True)


def test_opposite_evaluations_of_one_referent_are_an_account_dispute():
    from storylens.story.claim_conflicts.states import evaluation_conflict, evaluations

    assert evaluations("The ministry has called the stoppage illegal.", "The ministry has called the stoppage illegal") == [
        ("the stoppage", "illegal", True)]
    assert evaluations("Union lawyers say the stoppage is not lawful.", "the stoppage is not lawful") == [
        ("the stoppage", "lawful", False)]
    illegal = clause("The ministry has called the stoppage illegal.", "The ministry has called the stoppage illegal", "one")
    lawful = clause("Union lawyers say the stoppage is entirely lawful.", "the stoppage is entirely lawful", "two")
    detail = evaluation_conflict(illegal, lawful)
    assert "the stoppage is illegal" in detail and "it is lawful" in detail
    not_lawful = clause("The court said the stoppage was not lawful.", "the stoppage was not lawful", "two")
    assert evaluation_conflict(illegal, not_lawful) is None  # two wordings of one verdict
    assert evaluation_conflict(lawful, not_lawful) is not None
    # an antonym of the base reads nearer the prefixed word: "unsafe" and "dangerous" agree
    unsafe = clause("Inspectors say the footbridge is unsafe.", "the footbridge is unsafe", "one")
    dangerous = clause("Residents say the footbridge is dangerous.", "the footbridge is dangerous", "two")
    assert evaluation_conflict(unsafe, dangerous) is None
    # another referent
    legal_fee = clause("The union says the levy is lawful.", "the levy is lawful", "two")
    assert evaluation_conflict(illegal, legal_fee) is None
