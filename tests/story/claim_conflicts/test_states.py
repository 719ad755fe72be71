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
