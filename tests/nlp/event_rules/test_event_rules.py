"""What storylens_events dates as the outlet's own happenings (issue 19)."""

from storylens.nlp.pipeline import make_doc
from storylens.records import Article


def events(nlp, text, published="2023-06-28"):
    doc = nlp(make_doc(nlp, Article(id="e", source="e.txt", text=text, published=published)))
    return doc._.event_mentions


def test_a_relative_time_inside_a_quotation_anchors_nothing(nlp):
    text = 'The commander of the Northland army told the town: "We will destroy you in the morning."'
    assert events(nlp, text) == []
    found = events(nlp, 'Marr said: "We signed the accord on June 3, 2023, in Vessby."')
    assert [e.date for e in found] == ["2023-06-03"]  # a stated date is no anchor problem


def test_the_outlets_own_relative_time_still_dates(nlp):
    (event,) = events(nlp, "The Northland army shelled Velmora on Tuesday.")
    assert event.date == "2023-06-27"


def test_negated_and_counterfactual_predicates_are_not_happenings(nlp):
    assert events(nlp, "The army did not enter Velmora on June 3, 2021.") == []
    assert events(nlp, "Had they attacked in May 2020, they would have won.") == []


def test_a_failure_is_dated_as_the_failure(nlp):
    (event,) = events(nlp, "Critics pointed to the failure to capture the capital in February 2022.")
    assert event.trigger == "failure" and event.date == "2022-02"
    (event,) = events(nlp, "Troops failed to take Velmora in March 2021.")
    assert event.trigger == "fail"
    assert event.clause.text.startswith("Troops failed")


def test_a_participle_is_described_with_what_it_belongs_to(nlp):
    (event,) = events(nlp, "The plan, presented by Ilse Marr on Tuesday, was rejected.")
    assert event.clause.text.startswith("The plan")
    assert events(nlp, "Presented by Ilse Marr on Tuesday\n\nThe plan was rejected.") == []


def test_an_undated_article_uses_its_stated_year_or_waits_for_the_story(nlp):
    text = "The floods of 2021 began in July. On June 24th, the dam at Velmora broke."
    assert [e.date for e in events(nlp, text, published=None) if e.trigger == "break"] == ["2021-06-24"]
    (event,) = events(nlp, "On June 24th, the dam at Velmora broke.", published=None)
    assert event.date == "XXXX-06-24"


def test_a_relative_clause_is_described_with_the_noun_it_hangs_from(nlp):
    (declared, voted) = events(nlp, "The harbour board, which had declared an emergency on March 3, voted on Friday to end it.",
                               published="2024-03-10")
    assert declared.trigger == "declare" and declared.clause.text.startswith("The harbour board, which had declared")
    (cleared,) = events(nlp, "Residents praised the volunteers who cleared the beach on March 5.", published="2024-03-10")
    assert cleared.clause.text == "the volunteers who cleared the beach on March 5"
    (abandoned,) = events(nlp, "Police found the van that the robbers had abandoned on March 4.", published="2024-03-10")
    assert abandoned.clause.text.startswith("the van that")


# --- issue 19, fourth round: one date per clause, and clauses that read as statements ------------


def test_a_range_dates_nothing_and_a_clause_takes_one_date(nlp):
    text = "The Orvane fund paid out 40 million crowns between May 2021 and May 2022 alone."
    assert events(nlp, text) == []
    assert events(nlp, "The ferry line ran at a loss from 2019 to 2021.") == []
    found = events(nlp, "In 2021 the council approved the Orvane bridge, a 2021 plan, in March 2021.")
    assert len({(e.sentence.start, e.trigger_span.start) for e in found}) == len(found)


def test_a_description_is_a_clause_with_its_subject(nlp):
    (event,) = events(nlp, "Mayor Ilse Marr, sworn in after winning 70% of the vote in 2019, spoke.")
    assert event.clause.text.startswith("Mayor Ilse Marr") or event.clause.text.startswith("Ilse Marr")
    found = events(nlp, "At least 12 people died when the barge Kestrel capsized off Tarn on Sunday.")
    assert found and not found[0].clause.text.lower().startswith("when")
    assert "Kestrel capsized" in found[0].clause.text
    (event,) = events(nlp, "Minister Edda Lorn told the operators to halt all crossings until Friday and to report on June 3, 2023.")
    assert event.clause.text.startswith("Minister Edda Lorn") or event.clause.text.startswith("Edda Lorn")


def test_no_description_ends_on_a_word_that_needs_more(nlp):
    text = (
        "The Tarn Valley reservoir, which engineers from three provinces and a dozen private firms had inspected "
        "and found sound in every survey they carried out over the previous decade according to the ministry, "
        "burst on March 3, 2023."
    )
    for event in events(nlp, text):
        last = event.clause.text.split()[-1].lower().strip(",")
        assert last not in {"which", "who", "the", "of", "and", "that"}


def test_a_dateline_is_no_part_of_a_clause(nlp):
    (event,) = events(nlp, "TARNHOLM — The barge Kestrel sank on Sunday, the harbour office said.")
    assert not event.clause.text.startswith("TARNHOLM")


def test_a_time_on_a_happening_noun_dates_the_noun_not_the_clause_around_it(nlp):
    text = "After the seizure of the Tarn bridge by the Redhand militia in May 2021, the ministry ordered all ferries to stop by July 1, 2021."
    dated = {e.date: e.trigger for e in events(nlp, text)}
    assert dated.get("2021-05") == "seizure", dated
    assert dated.get("2021-07-01") != "seizure", dated


# --- issue 19, fifth round: a participle clause and its main clause, two happenings ---------------


def test_a_participle_clause_and_its_main_clause_keep_two_descriptions(nlp):
    for text in (
        "Having opened the sluices on Friday night, the Tarn water board declared an emergency on Saturday.",
        "The Tarn water board declared an emergency on Saturday, having opened the sluices on Friday night.",
    ):
        found = {e.trigger: e for e in events(nlp, text, published="2024-03-10")}
        assert set(found) == {"open", "declare"}, text
        assert found["declare"].clause.text == "the Tarn water board declared an emergency on Saturday".replace(
            "the", "The", text.startswith("The")
        )
        assert "opened the sluices on Friday night" in found["open"].clause.text
        assert found["open"].clause.text != found["declare"].clause.text


# --- issue 19, sixth round: a participle clause set off inside the subject -------------------------


def test_a_participle_inside_the_subject_is_described_with_the_subject(nlp):
    text = "The convoy, travelling north on Tuesday, reached the Varn border crossing on Friday."
    found = {e.trigger: e for e in events(nlp, text, published="2024-03-10")}
    assert set(found) == {"travel", "reach"}
    assert found["travel"].clause.text == "The convoy, travelling north on Tuesday"
    assert found["travel"].date == "2024-03-05" and found["reach"].date == "2024-03-08"
    assert found["reach"].clause.text.startswith("The convoy")


def test_a_participle_set_off_before_a_verb_of_prevention_is_no_complement_of_it(nlp):
    text = "The convoy, travelling north on Tuesday, was stopped at the Varn border crossing on Friday."
    found = {e.trigger: e.date for e in events(nlp, text, published="2024-03-10")}
    assert found == {"travel": "2024-03-05", "stop": "2024-03-08"}


def test_a_long_subject_held_apart_by_a_participle_keeps_its_subject(nlp):
    text = (
        "The relief convoy of forty trucks loaded with flour, medicine and tents for the camps near the lake, "
        "travelling north from Kellmouth through the hills on Tuesday, reached the Varn border crossing late on Friday."
    )
    found = {e.trigger: e for e in events(nlp, text, published="2024-03-10")}
    assert found["reach"].clause.text.startswith("The relief convoy")
    assert found["travel"].clause.text.endswith("through the hills on Tuesday")


# --- issue 19, round s28: conditions without "if" ----------------------------------------------------


def test_an_inverted_condition_is_no_happening(nlp):
    """An auxiliary before its subject at the head of a conditional clause, however the parser
    hangs the clause: nothing happened on that day."""
    for text in (
        "Had the engineers at Brell opened the sluice gates on Sunday, the lower town would be dry today.",
        "Had the mayor listened on Monday, nobody would have drowned.",
        "The town would be dry had the gates been opened on Sunday.",
        "Critics say the outage could have been avoided had the backups been tested on Friday.",
        "The report concluded that, had the backups been tested on Friday, the clinic would have kept its records.",
        "Residents said that had the council dredged the river in January, the flooding would have been smaller.",
        "Were the guards posted on Sunday, the theft would not have happened.",
        "Should the levee fail on Friday, the town will flood.",
    ):
        assert events(nlp, text, published="2026-03-11") == [], text


def test_a_pluperfect_or_a_negative_inversion_still_happened(nlp):
    (opened,) = events(nlp, "The engineers had opened the gates on Sunday, and the town stayed dry.", published="2026-03-11")
    assert opened.date == "2026-03-08" and opened.trigger == "open"
    # an inversion after a restrictive word asserts ("Only on Sunday had ...")
    found = events(nlp, "Only on Sunday had the engineers opened the gates.", published="2026-03-11")
    assert [e.date for e in found] == ["2026-03-08"]


def test_an_undated_articles_year_comes_from_its_narrative(nlp):
    # "built in 2019" describes the levee; a deadline lies ahead of the article: the story's year
    found = events(nlp, "The levee, built in 2019, must be raised by June 30th.", published=None)
    assert [e.date for e in found if e.trigger == "raise"] == ["XXXX-06-30"]
    found = events(nlp, "Since 2019 the board has met yearly. On June 30th, the pumps failed.", published=None)
    assert [e.date for e in found if e.trigger == "fail"] == ["XXXX-06-30"]
    found = events(nlp, "In June 2021 the rains came. On June 24th, the dam at Velmora broke.", published=None)
    assert [e.date for e in found if e.trigger == "break"] == ["2021-06-24"]


def test_a_subordinate_clause_that_dates_or_explains_is_an_aside(nlp):
    # round s28: "after it struck the freighter" tells when, not what; the timeline compares
    # happenings without it. A participle telling the outcome ("killing three") is no aside.
    (event,) = events(nlp, "Police detained the crew on Tuesday after it struck the freighter Lindqvist.")
    assert [a.text for a in event.asides] == ["after it struck the freighter Lindqvist"]
    (event,) = events(nlp, "Rescuers pulled nine sailors from the sea on Tuesday after the freighter Lindqvist sank.")
    assert [a.text for a in event.asides] == ["after the freighter Lindqvist sank"]  # parsed as a relative clause
    (event,) = events(nlp, "Crews put out the fire on Friday because the pumps had been repaired.")
    assert [a.text for a in event.asides] == ["because the pumps had been repaired"]
    (event,) = events(nlp, "The ferry that sank on Friday was towed to Vessby.")
    assert event.asides == []


# --- issue 19, round s29 -----------------------------------------------------------------------


def test_a_happening_told_in_a_quotation_is_the_speakers_account(nlp):
    """A happening a speaker tells in the past, dated from when they spoke, is on the timeline as
    their account; their threats and plans, and words nobody is said to speak, are not."""
    (event,) = events(nlp, 'Mira Oslund said: "He rang me on Sunday night."', published="2031-05-15")
    assert (event.date, event.trigger, event.according_to) == ("2031-05-11", "ring", "Mira Oslund")
    (event,) = events(nlp, '"We warned the council last Friday," Mira Oslund said.', published="2031-05-15")
    assert (event.date, event.according_to) == ("2031-05-09", "Mira Oslund")
    assert event.clause.text == "We warned the council last Friday"  # no opening mark left alone
    (event,) = events(nlp, '"On Tuesday we asked the miners for help," said Piet Aran, a farmer in Tolm.', published="2031-05-15")
    assert (event.date, event.according_to) == ("2031-05-13", "Piet Aran")
    assert events(nlp, 'The raiders told the village: "We will burn your barns in the morning."', published="2031-05-15") == []
    # a plan the speaker tells for a day is dated from when they spoke, marked planned (round s33)
    (plan,) = events(nlp, '"We leave for Tolm on Friday," said Piet Aran.', published="2031-05-15")
    assert (plan.date, plan.planned, plan.according_to) == ("2031-05-16", True, "Piet Aran")
    (event,) = events(nlp, "The miners reached Tolm on Tuesday.", published="2031-05-15")
    assert event.according_to is None  # the outlet's own report


def test_one_sentence_can_date_an_announcement_and_a_plan(nlp):
    found = events(nlp, "Confirmed by the mayor, Ines Kall, on Friday, the fair will open in Brask on October 2nd.", published="2031-09-11")
    by_trigger = {e.trigger: e for e in found}
    assert set(by_trigger) == {"confirm", "open"}
    confirm, fair = by_trigger["confirm"], by_trigger["open"]
    assert (confirm.date, confirm.planned) == ("2031-09-05", False)
    assert "Ines Kall" in confirm.actors
    assert (fair.date, fair.planned) == ("2031-10-02", True)
    assert fair.clause.text == "the fair will open in Brask on October 2nd"
    assert "Ines Kall" not in fair.actors


def test_a_when_clause_on_a_bound_is_dated_by_it(nlp):
    (event,) = events(nlp, "The valley has been cut off since July 3rd, when the bridge fell.", published="2031-09-11")
    assert (event.date, event.trigger) == ("2031-07-03", "fall")
    # round s41: with no "when" clause, "since" a day dates the onset of the perfect
    assert [(e.date, e.trigger) for e in events(nlp, "The valley has been cut off since July 3rd.", published="2031-09-11")] == [("2031-07-03", "cut")]


# --- issue 19, round s30: deadlines, ranges and plans -------------------------------------------


def test_a_day_that_ends_a_period_ahead_is_a_deadline(nlp):
    # published on Monday 2 June 2031
    (given,) = events(nlp, "The shipyard was given until September 30th to repair the hull.", "2031-06-02")
    assert (given.date, given.deadline, given.planned) == ("2031-09-30", True, True)
    (curfew,) = events(nlp, "The governor imposed a curfew until June 30th.", "2031-06-02")
    assert (curfew.date, curfew.deadline) == ("2031-06-30", True)
    # a bound already past dates nothing, as before
    assert events(nlp, "The bridge was closed until May 3.", "2031-06-02") == []


def test_a_clock_range_dates_its_day_not_its_far_end(nlp):
    (curfew,) = events(nlp, "A curfew from 9 p.m. to 5 a.m. was declared in Tarnby on Sunday.", "2031-06-02")
    assert (curfew.date, curfew.time_of_day, curfew.deadline) == ("2031-06-01", None, False)


def test_a_modal_above_an_infinitive_and_due_to_are_plans(nlp):
    (back,) = events(nlp, "Families should be able to go home by March 31st.", "2031-01-20")
    assert (back.date, back.planned) == ("2031-03-31", True)
    (award,) = events(nlp, "The ferry tender is due to be awarded on April 2nd.", "2031-01-20")
    assert (award.date, award.planned, award.deadline) == ("2031-04-02", True, False)
    (past,) = events(nlp, "The crew was able to leave the harbour on January 12th.", "2031-01-20")
    assert not past.planned


# --- issue 19, round s31 ------------------------------------------------------------------------


def test_a_subject_that_denies_a_doer_and_a_plan_not_carried_out_are_no_happenings(nlp):
    assert events(nlp, "Nobody inspected the Corran dam on April 4th.", "2029-06-10") == []
    assert events(nlp, "No engineer inspected the Corran dam on April 4th.", "2029-06-10") == []
    assert events(nlp, "The college did not hold the evacuation exercise it had planned for April 4th.", "2029-06-10") == []
    assert events(nlp, "The evacuation exercise scheduled for April 4th was never held.", "2029-06-10") == []
    (held,) = events(nlp, "Engineers inspected the Corran dam on April 4th.", "2029-06-10")
    assert held.trigger == "inspect"


def test_a_consequent_told_before_its_inverted_condition_is_no_happening(nlp):
    text = "Most of the climbers would be alive today had the wardens closed the north path."
    assert events(nlp, text, "2029-06-10") == []


def test_a_day_set_for_a_standing_plan_is_ahead_and_planned(nlp):
    # published Wednesday 2029-09-19
    (called,) = events(nlp, "Bus drivers backed a walkout called for Monday.", "2029-09-19")
    assert (called.date, called.planned) == ("2029-09-24", True)
    (burials,) = [e for e in events(nlp, "The council said on Tuesday that the burials would be held on Friday.", "2029-09-19") if e.trigger == "hold"]
    assert (burials.date, burials.planned) == ("2029-09-21", True)


def test_the_contrasted_noun_of_a_cleft_is_not_who_did_it(nlp):
    (event,) = events(nlp, "It was the firefighters, not the wardens, who sealed the tunnel at 6:40 p.m. on Friday.", "2029-09-19")
    agents = [a.head for a in event.arguments if a.role == "agent"]
    assert agents == ["firefighter"]
    assert event.clause.text.startswith("It was the firefighters")


def test_a_fronted_participle_is_told_with_the_subject_it_is_said_of(nlp):
    text = "Drawn up by the Corran Water Board on Tuesday night, the rationing plan will be put to Mayor Edda Voss."
    (event,) = events(nlp, text, "2029-09-19")
    assert event.clause.text == "Drawn up by the Corran Water Board on Tuesday night, the rationing plan"
    roles = {(a.role, a.head) for a in event.arguments}
    assert ("agent", "board") in roles and ("patient", "plan") in roles
    assert "Edda Voss" not in event.actors


def test_a_closure_kept_until_a_day_ahead_is_a_deadline(nlp):
    (shut,) = events(nlp, "The Corran bridge will remain shut until October 4th.", "2029-09-19")
    assert (shut.date, shut.deadline, shut.planned) == ("2029-10-04", True, True)
    assert events(nlp, "The museum will be free until October 4th.", "2029-09-19") == []


# --- issue 19, round s32 --------------------------------------------------------------------------


def test_a_result_participle_leaves_the_happening_to_the_order(nlp):
    """"ordered the villages evacuated at 7 a.m.": the time closes the sentence under the
    participle, but the happening is the order, and the villages are what it is about."""
    (found,) = events(nlp, "The county ordered the villages of Dunn and Perl evacuated at 7 a.m. on Wednesday.", published="2031-03-13")
    assert found.trigger == "order" and found.date == "2031-03-12"
    assert {(a.role, a.span.text) for a in found.arguments} >= {("agent", "The county"), ("patient", "the villages of Dunn and Perl")}
    (other,) = events(nlp, "At 7 a.m. on Wednesday the county ordered Dunn and Perl evacuated.", published="2031-03-13")
    assert other.trigger == "order" and ("patient", "Dunn and Perl") in {(a.role, a.span.text) for a in other.arguments}


def test_a_when_clause_is_part_of_the_happening_and_a_date_of_a_thing_dates_nothing(nlp):
    (found,) = events(nlp, "Nine dockers were injured on Friday night when a gas tank exploded at the Ostry depot.", published="2031-03-16")
    assert ("when", "explode") in {(a.role, a.head) for a in found.arguments}
    assert events(nlp, "Auditors asked the council for its accounts for May 4.", published="2031-06-20") == []


def test_an_expectation_is_planned(nlp):
    (found,) = events(nlp, "Meteorologists expect the rain to stop on Thursday.", published="2031-03-10")
    assert found.planned and found.date == "2031-03-13"


# --- issue 19, round s33 -----------------------------------------------------------------------


def test_a_plan_told_in_a_quotation_is_dated_from_when_it_was_said(nlp):
    """Published Tuesday 2031-05-13: a spokesman's "will" and a relative's "was going to" name
    the coming Thursday and Saturday; a threat with no day and a mere possibility date nothing."""
    (appear,) = events(nlp, '"The skipper will face the harbour court on Thursday," a coast guard spokeswoman said.', published="2031-05-13")
    assert (appear.date, appear.planned, appear.trigger) == ("2031-05-15", True, "face")
    assert appear.according_to is not None
    (drive,) = events(nlp, '"He was going to drive to Lund on Saturday to collect his boat," his sister Britt Oskar said.', published="2031-05-13")
    assert (drive.date, drive.planned, drive.trigger) == ("2031-05-17", True, "drive")
    assert events(nlp, '"We could close the port on Friday," said Ada Renk, the harbour master.', published="2031-05-13") == []
    assert events(nlp, 'The smugglers told the skipper: "We will sink your boat at dawn."', published="2031-05-13") == []


def test_a_standing_timetable_is_no_happening(nlp):
    text = "The Skerra ferry sank on May 2, 2031.\n\nThe first relief boat leaves at 8 a.m. and the last returns at 9 p.m."
    assert [e.trigger for e in events(nlp, text, published=None)] == ["sink"]
    assert [e.trigger for e in events(nlp, "The ferry sank on Friday. Relief boats leave at 8 a.m. each day.", published="2031-05-13")] == ["sink"]
    (vote,) = events(nlp, "The ferry service resumes at 7 a.m. on Thursday.", published="2031-05-13")
    assert vote.planned and vote.date == "2031-05-15"  # one occasion, with its day


def test_a_day_set_off_after_a_date_names_that_date_again(nlp):
    text = "Divers reached the hull on May 4, 2031, the day after the pumps were started."
    assert [(e.trigger, e.date) for e in events(nlp, text, published=None)] == [("reach", "2031-05-04")]


# --- issue 19, round s34 --------------------------------------------------------------------------


def test_a_postponed_plan_an_object_denying_anything_done_and_a_pluperfect_plan_are_no_happenings(nlp):
    assert events(nlp, "The inquest scheduled for June 9th has been postponed until the spring.", published="2031-06-20") == []
    assert events(nlp, "The pension fund had bought no shares this year.", published="2031-06-20") == []
    (plan,) = events(nlp, "The yard had been due to launch the dredger on May 3rd; that launch has now been put off.", published="2031-06-20")
    assert plan.planned and plan.date == "2031-05-03"
    (done,) = events(nlp, "The yard launched the dredger on May 3rd.", published="2031-06-20")
    assert not done.planned


def test_two_verbs_of_one_sentence_keep_their_own_clauses_and_day(nlp):
    found = events(nlp, "The ferry left Holm at 6:15 a.m. on Friday and docked in Brevik at 9:40 a.m.", published="2031-06-24")
    by_trigger = {e.trigger: e for e in found}
    assert by_trigger["leave"].clause.text == "The ferry left Holm at 6:15 a.m. on Friday"
    assert by_trigger["dock"].clause.text == "docked in Brevik at 9:40 a.m."
    assert {e.date for e in found} == {"2031-06-20"}
    (both,) = events(nlp, "Police arrested and charged two dockers on Friday.", published="2031-06-24")
    assert both.clause.text.startswith("Police arrested and charged")


def test_a_clock_time_followed_by_its_day_takes_that_day_however_the_clauses_are_parsed(nlp):
    found = events(nlp, "The treasury said at 7 a.m. on Friday it would back all deposits.", published="2031-06-20")
    said = next(e for e in found if e.trigger == "say")
    assert said.date == "2031-06-20" and said.time_of_day == "07:00"


# --- issue 19, round s35 ---------------------------------------------------------------------------


def test_what_a_counterfactual_would_have_let_happen_is_no_happening(nlp):
    published = "2031-04-16"  # a Wednesday
    for text in (
        "An earlier alarm would have let the coastguard clear the Marl beach by noon on Tuesday.",
        "A faster alarm would have allowed the coastguard to clear the beach on Tuesday.",
        "The Marl beach ought to have been cleared by noon on Tuesday, lifeguards said.",
    ):
        assert events(nlp, text, published) == [], text
    # what the coastguard did, and what critics said it should have done, still date
    (done,) = events(nlp, "The coastguard cleared the Marl beach by noon on Tuesday.", published)
    assert done.date == "2031-04-15"
    (said,) = events(nlp, "Lifeguards said on Tuesday that the beach would have been cleared faster by boat.", published)
    assert said.trigger == "say"


def test_a_happening_told_just_after_a_step_of_its_subject_is_dated_itself(nlp):
    published = "2031-04-16"
    (event,) = events(nlp, "The Corvan-3 rocket exploded shortly after leaving the launch pad at Sella Point on Tuesday.", published)
    assert event.trigger == "explode" and event.date == "2031-04-15"
    assert any(a.text.startswith("after leaving") for a in event.asides)  # the step is when, not what
    # two days between: the time is the step's, not the explosion's
    (event,) = events(nlp, "The Corvan-3 rocket exploded two days after leaving the pad on Tuesday.", published)
    assert event.trigger == "leave"
