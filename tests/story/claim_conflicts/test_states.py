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
    # the verb the referent undergoes and its complement; a place is no state
    assert stated_states("The miner has been found alive in a side tunnel.", "The miner") == {"find", "alive"}
    assert "die" in stated_states("Three miners died in the collapse.", "Three miners")
    # what was reported before, which the sentence answers, is not what it states
    assert stated_states("A miner reported killed in the collapse has been found alive.", "A miner") == {"find", "alive"}
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
    # WordNet: "hold" and "let go of" (a sense of "release") are direct antonyms
    assert "(hold)" in state_conflict(held, freed) and "(release)" in state_conflict(held, freed)
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
    # WordNet gives "unsafe" and "dangerous" one sense: they agree
    unsafe = clause("Inspectors say the footbridge is unsafe.", "the footbridge is unsafe", "one")
    dangerous = clause("Residents say the footbridge is dangerous.", "the footbridge is dangerous", "two")
    assert evaluation_conflict(unsafe, dangerous) is None
    # another referent
    legal_fee = clause("The union says the levy is lawful.", "the levy is lawful", "two")
    assert evaluation_conflict(illegal, legal_fee) is None


def test_opposite_states_are_read_through_wordnet_relations():
    # "reopen" is a manner of "open" (its hypernym), the antonym of "shut"
    shut = clause("The Orlen tunnel remains shut, the rail operator said.", "The Orlen tunnel remains shut", "one",
                  subject="The Orlen tunnel")
    reopened = clause("The Orlen tunnel was reopened to freight trains.", "The Orlen tunnel was reopened to freight trains",
                      "two", subject="The Orlen tunnel")
    assert "(shut)" in state_conflict(shut, reopened) and "(reopen)" in state_conflict(shut, reopened)
    # "survive" is the antonym of "succumb", a manner of dying
    survived = clause("The second climber survived, the rescue team said.", "The second climber survived",
                      "one", subject="The second climber")
    died = clause("The second climber died on the glacier.", "The second climber died on the glacier", "two",
                  subject="The second climber")
    assert "(survive)" in state_conflict(survived, died)
    # "jail" is a manner of confining, the antonym of freeing
    jailed = clause("The blogger was jailed in Terrow.", "The blogger was jailed in Terrow", "one", subject="The blogger")
    freed = clause("Guards freed the blogger at dawn.", "Guards freed the blogger at dawn", "two", subject="Guards",
                   theme="the blogger")
    assert "(jail)" in state_conflict(jailed, freed)


def test_synonyms_and_two_sides_of_one_deal_are_no_dispute():
    detained = clause("The blogger was detained in Terrow.", "The blogger was detained in Terrow", "one", subject="The blogger")
    confined = clause("The blogger was confined to a cell.", "The blogger was confined to a cell", "two", subject="The blogger")
    assert state_conflict(detained, confined) is None  # one sense in WordNet
    sold = clause("Harl Foods sold the Brisk bakery.", "Harl Foods sold the Brisk bakery", "one", subject="Harl Foods",
                  theme="the Brisk bakery")
    bought = clause("Varne Group bought the Brisk bakery.", "Varne Group bought the Brisk bakery", "two", subject="Varne Group",
                    theme="the Brisk bakery")
    assert state_conflict(sold, bought) is None  # antonyms, but done by two doers: one sale


def test_opposite_evaluations_are_read_through_wordnet_relations():
    from storylens.story.claim_conflicts.states import evaluation_conflict

    # "inaccurate" / "correct": "correct" is what "accurate" says to see also
    wrong = clause("The audit office says the tally is inaccurate.", "the tally is inaccurate", "one")
    right = clause("Poll workers insist the tally is correct.", "the tally is correct", "two")
    assert "the tally is inaccurate" in evaluation_conflict(wrong, right)
    # "lifeless" is in the cluster of "dead", the antonym of "alive"
    lifeless = clause("Divers said the reef was lifeless.", "the reef was lifeless", "one")
    alive = clause("Biologists say the reef is alive.", "the reef is alive", "two")
    assert evaluation_conflict(lifeless, alive) is not None
    # a word and its synonym denied: "not fair" / "equitable"
    fair = clause("Judges called the levy equitable.", "Judges called the levy equitable", "one")
    unfair = clause("Farmers say the levy is not fair.", "the levy is not fair", "two")
    assert evaluation_conflict(fair, unfair) is not None
    # synonyms agree, whatever the prefix: "risky" / "dangerous", "illegal" / "unlawful"
    risky = clause("Engineers say the footbridge is dangerous.", "the footbridge is dangerous", "one")
    hazardous = clause("Residents call the footbridge hazardous.", "Residents call the footbridge hazardous", "two")
    assert evaluation_conflict(risky, hazardous) is None
    illegal = clause("The regulator called the levy illegal.", "The regulator called the levy illegal", "one")
    unlawful = clause("Farmers say the levy is unlawful.", "the levy is unlawful", "two")
    assert evaluation_conflict(illegal, unlawful) is None
    # judged on different days: the verdict may have changed
    dated_a = clause("The regulator called the levy illegal.", "The regulator called the levy illegal", "one",
                     dates=["2031-05-01"])
    dated_b = clause("Judges called the levy lawful.", "Judges called the levy lawful", "two", dates=["2031-05-20"])
    assert evaluation_conflict(dated_a, dated_b) is None


def test_a_rise_or_fall_and_a_close_share_only_a_general_verb_and_are_no_dispute():
    # "fall" and "open" (the antonym of "close") are both kinds of "change state": alike, not opposite
    fell = clause("Tarlo Mining shares fell 6 percent on Thursday.", "Tarlo Mining shares fell 6 percent on Thursday",
                  "one", subject="Tarlo Mining shares")
    closed = clause("Tarlo Mining shares closed down 6 percent on Thursday.",
                    "Tarlo Mining shares closed down 6 percent on Thursday", "two", subject="Tarlo Mining shares")
    assert state_conflict(fell, closed) is None
    dropped = clause("Tarlo Mining shares dropped sharply.", "Tarlo Mining shares dropped sharply", "one",
                     subject="Tarlo Mining shares")
    assert state_conflict(dropped, closed) is None


def test_the_dead_is_read_as_the_adjective_whatever_the_parse_makes_of_it():
    # the parser reads "the dead" as a modifier of the speaker's title that follows it
    dead = clause("A deckhand was among the dead, ferry company spokeswoman Mara Lint told reporters at a briefing in Orsk.",
                  "A deckhand was among the dead", "one", subject="A deckhand")
    assert stated_states(dead.mention.sentence.text, "A deckhand") == {"dead"}
    alive = clause("The deckhand has been found alive on a lifeboat, the ferry company said.",
                   "The deckhand has been found alive on a lifeboat", "two", subject="The deckhand")
    assert "(dead)" in state_conflict(dead, alive) and "(alive)" in state_conflict(dead, alive)
    # "survive" entails "live" (to have life), whose adjective "alive" is the antonym of "dead"
    survived = clause("The deckhand survived, the ferry company said.", "The deckhand survived", "two", subject="The deckhand")
    assert "(survive)" in state_conflict(dead, survived)
    # one of "the injured passengers" is injured, which no one disputes by saying he was hurt
    injured = clause("The deckhand was among the injured passengers.", "The deckhand was among the injured passengers",
                     "two", subject="The deckhand")
    assert stated_states(injured.mention.sentence.text, "The deckhand") == {"injure"}
    assert state_conflict(dead, injured) is None
