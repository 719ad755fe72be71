"""Who said it: each way issue 17 found quotes given to the wrong speaker, on invented sentences."""

from __future__ import annotations

import pytest


def quote_with(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


def speakers_of(quotes, fragment: str) -> set:
    return {q.speaker_text for q in quotes if fragment in q.text}


# 1. A person merely mentioned nearby is not the speaker.
def test_pronoun_goes_to_the_previous_speaker_not_a_name_mentioned_since(quotes_of):
    text = (
        "“We will search the ridge until dark,” rescue coordinator Dana Howe said on Sunday.\n\n"
        "The glider belonged to Skyline Tours, whose founder, Mark Ellery, was among the dead.\n\n"
        "“The wreckage is spread over two miles,” she added."
    )
    assert quote_with(quotes_of(text), "wreckage").speaker_text == "Dana Howe"


def test_he_skips_a_body_that_spoke_since(quotes_of):
    text = (
        "The glider's owner, Mark Ellery, claimed the crash was no accident, the Valen Courier reported.\n\n"
        "“We checked every wire before the flight,” he said."
    )
    assert quote_with(quotes_of(text), "checked every wire").speaker_text == "Mark Ellery"


def test_quote_paragraph_continues_the_speaker_before(quotes_of):
    text = (
        "“We will search the ridge until dark,” rescue coordinator Dana Howe said on Sunday.\n\n"
        "The glider belonged to Skyline Tours, whose founder, Mark Ellery, was among the dead.\n\n"
        "“The wreckage is spread over two miles and the weather is turning.”"
    )
    assert speakers_of(quotes_of(text), "wreckage") == {"Dana Howe"}


def test_pronoun_agrees_in_gender_with_the_honorific(quotes_of):
    text = (
        "Ms. Rina Vask, the harbour master, met Mr. Odo Brenn at the pier on Monday. "
        "She said that the cranes would stay idle for a week."
    )
    assert quote_with(quotes_of(text), "cranes would stay idle").speaker_text == "Rina Vask"


def test_they_goes_to_a_body_not_to_a_person(quotes_of):
    text = (
        "The Port Workers Union met the harbour master, Odo Brenn, on Monday. "
        "They said that the strike would go on until the spring."
    )
    assert quote_with(quotes_of(text), "strike would go on").speaker_text == "Port Workers Union"


# 2. The outlet's own analysis is nobody's quote.
def test_outlet_analysis_is_not_given_to_the_person_it_describes(quotes_of):
    text = (
        "President Tomas Rell has lost the support of the northern army. "
        "He can no longer maintain order among his own generals, and the capital is quiet."
    )
    assert not speakers_of(quotes_of(text), "maintain order")


# 3. A reported command belongs to the one who gave it.
def test_reported_command_goes_to_the_commander(quotes_of):
    text = (
        "Protest leader Omar Pell marched to the capitol on Friday with thousands of supporters. "
        "Governor Ana Lisle told residents to stay indoors until the march was over."
    )
    assert quote_with(quotes_of(text), "stay indoors").speaker_text == "Ana Lisle"


def test_the_title_resolves_to_the_named_commander(quotes_of):
    text = (
        "Gov. Ana Lisle declared an emergency on Friday as protesters led by Omar Pell filled the square. "
        "The governor urged residents to stay indoors until the square was cleared."
    )
    assert quote_with(quotes_of(text), "stay indoors").speaker_text == "Ana Lisle"


# 4. Places, datelines, credits and the outlet are not speakers.
def test_dateline_is_not_the_speaker(quotes_of):
    text = "PORT VALEN (Harbor Ledger) — “We expect the ferries to run again by Thursday,” a harbour official said."
    assert speakers_of(quotes_of(text), "ferries to run") == {"a harbour official"}


def test_place_standing_alone_is_not_a_named_speaker(quotes_of):
    text = "Iceland said on Monday that it would close its fishing grounds to foreign trawlers for a month."
    assert speakers_of(quotes_of(text), "close its fishing grounds") == {None}


def test_photo_credit_is_not_the_speaker(quotes_of):
    text = (
        "Dockers gather at the gate of the harbour on Monday.\n\n"
        "Photo: Lena Ortiz/Harbor Ledger\n\n"
        "“Nobody here has been paid since March, and the owners know it.”"
    )
    assert "Lena Ortiz" not in speakers_of(quotes_of(text), "Nobody here has been paid")


def test_relative_clause_head_is_not_the_speaker(quotes_of):
    text = "Gunmen who stormed the fuel depot on Tuesday killed two guards, the interior ministry said."
    assert speakers_of(quotes_of(text), "killed two guards") == {"the interior ministry"}


def test_the_outlet_is_not_the_speaker_of_what_it_was_told(quotes_of):
    text = "“We will appeal the ruling,” lawyer Ines Moro told the Harbor Ledger on Monday."
    assert quote_with(quotes_of(text), "appeal the ruling").speaker_text == "Ines Moro"


# 5. No empty or broken quotes.
def test_lone_quote_mark_and_single_quoted_word_are_not_quotes(quotes_of):
    text = (
        "The council met on Monday \" and voted on the budget.\n\n"
        "Mayor Eda Kroll called the plan “madness” and left the room."
    )
    for quote in quotes_of(text):
        words = [w for w in quote.text.split() if any(c.isalnum() for c in w)]
        assert len(words) >= 2, quote.text


# 6. Descriptions resolve to the named actor they describe.
def test_rank_description_resolves_to_the_named_officer(quotes_of):
    text = (
        "Rear Adm. Ann Carter took command of the fleet on Monday, replacing Capt. Jon Bale. "
        "The admiral said that the ships would return to port by May."
    )
    assert quote_with(quotes_of(text), "return to port").speaker_text == "Ann Carter"


def test_body_description_resolves_to_the_named_body(quotes_of):
    text = (
        "The Ministry of Fisheries closed the northern bays on Monday after Odo Brenn reported dead seals. "
        "The ministry said that the bays would stay closed all summer."
    )
    assert quote_with(quotes_of(text), "stay closed").speaker_text == "Ministry of Fisheries"


# 7. Indirect attribution: beliefs, positions, statements.
@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("The bridge will reopen in June, according to engineer Sela Morrow.", "bridge will reopen", "Sela Morrow"),
        ("Sela Morrow believes the bridge can carry heavier lorries.", "carry heavier lorries", "Sela Morrow"),
        ("Sela Morrow has argued that the toll should be scrapped.", "toll should be scrapped", "Sela Morrow"),
        (
            "In a statement, the Bridge Authority said the repairs would cost more than planned.",
            "repairs would cost",
            "Bridge Authority",
        ),
    ],
)
def test_indirect_attribution_cues(quotes_of, text, fragment, speaker):
    assert quote_with(quotes_of(text), fragment).speaker_text == speaker


# A position held about one name or one thing is an attribution too (PolNeAR marks "backed
# Clinton"); so is a passive's subject, held by its agent. ("Ines Varga never mentioned it" was
# one until round s32: a speech act the sentence says did not happen is no quote.)
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The dockworkers' union endorsed Varga on Tuesday.", "Varga", "The dockworkers' union"),
        ("The harbour plan was endorsed by the dockworkers' union.", "The harbour plan", "the dockworkers' union"),
        ("The toll was criticised by Ines Varga, the mayor of Eastport.", "The toll", "Ines Varga"),
    ],
)
def test_one_word_and_passive_subject_contents(quotes_of, text, content, speaker):
    q = quote_with(quotes_of(text), content)
    assert (q.text, q.speaker_text) == (content, speaker)


@pytest.mark.parametrize(
    "text", ["The storm flooded Eastport on Tuesday.", "The bridge was damaged by the storm.", "Varga visited Okafor."]
)
def test_one_word_objects_of_events_are_nobody_s_position(quotes_of, text):
    assert list(quotes_of(text)) == []


# Quotes that run over several paragraphs take the speaker of their cue.
def test_multi_paragraph_quote_takes_its_cue_speaker(quotes_of):
    text = (
        "Fleet engineer Tove Lind described the damage:\n\n"
        "“The hull is cracked in two places.\n\n"
        "“The engines are flooded, and the pumps cannot keep up.”"
    )
    quotes = quotes_of(text)
    q = quote_with(quotes, "hull is cracked")
    assert "engines are flooded" in q.text and q.speaker_text == "Tove Lind"


def test_he_added_keeps_the_speaker_of_the_paragraph_before(quotes_of):
    text = (
        "“The season is lost,” said trawler captain Piet Oram, whose brother Jan Oram sold his boat in May.\n\n"
        "“We will be back next year,” he added."
    )
    assert quote_with(quotes_of(text), "back next year").speaker_text == "Piet Oram"


def test_headline_name_and_colon_gives_that_name_its_words(quotes_of):
    text = (
        "Carter: Fleet Will Stay in Port Until May\n\n"
        "Rear Adm. Ann Carter told sailors on Monday that the repairs had only begun."
    )
    assert quote_with(quotes_of(text), "Fleet Will Stay").speaker_text == "Ann Carter"


def test_headline_label_without_a_verb_is_no_quote(quotes_of):
    text = "Analysis: The Long Winter of the Northern Fleet\n\nThe fleet has not sailed since March."
    assert not [q for q in quotes_of(text) if "Long Winter" in q.text]


# The source the cue's own grammar marks, read before any subject further up (error analysis
# on PolNeAR train): passive agents, subjects after the verb, objects of "prompted X to",
# a dateline beside the real subject, relative pronouns.
def source_and_speaker(nlp, text: str, fragment: str) -> tuple[str, str]:
    from storylens.nlp.quotes import QuoteFinder

    found = [a for a in QuoteFinder()(nlp(text)) if fragment in text[slice(*a.content)]]
    assert found and found[0].source is not None, found
    return text[slice(*found[0].source)], found[0].speaker


def test_passive_cue_gives_its_words_to_the_agent_not_the_subject(nlp):
    text = "It was announced by the harbour master, Odo Brenn, that the port would close for a week."
    source, speaker = source_and_speaker(nlp, text, "port would close")
    assert source == "the harbour master, Odo Brenn" and speaker == "Odo Brenn"


def test_subject_after_the_verb_speaks_the_quote_before_it(nlp):
    text = "“How deep is the lake?” asked a girl in a blue coat, as the crowd laughed."
    assert source_and_speaker(nlp, text, "How deep")[0] == "a girl"


def test_inverted_subject_is_the_speaker_not_the_one_heard_before(quotes_of):
    text = (
        "“The pier is safe,” said harbour engineer Lio Park on Monday.\n\n"
        "“The bridge will not reopen before winter,” added a Delmont engineer."
    )
    assert quote_with(quotes_of(text), "bridge will not reopen").speaker_text == "a Delmont engineer"


def test_participle_after_a_passive_is_the_subject_s_not_the_agent_s(nlp):
    # The one booed does the telling; the agent of "booed" is who booed.
    text = "Comedian Lara Voss was booed and shouted down by ferry workers after telling the crowd that the strike was pointless."
    source, speaker = source_and_speaker(nlp, text, "strike was pointless")
    assert source == "Comedian Lara Voss" and "Lara Voss" in speaker


def test_object_of_prompted_to_is_the_one_who_warns(nlp):
    text = "The storm prompted the Harbour Council to warn that the old pier could collapse."
    assert source_and_speaker(nlp, text, "old pier") == ("the Harbour Council", "Harbour Council")


def test_dateline_beside_the_subject_is_passed_over(nlp):
    text = "NORTHPORT -- Governor Ana Reyes on Monday said that the ferries would run again in May."
    source, speaker = source_and_speaker(nlp, text, "ferries would run")
    assert "NORTHPORT" not in source and source.endswith("Ana Reyes") and "Reyes" in speaker


def test_relative_pronoun_is_the_source_as_written_and_its_noun_the_speaker(nlp):
    text = "The dredging plan has drawn criticism from fishermen, who say that it will ruin the oyster beds."
    assert source_and_speaker(nlp, text, "oyster beds") == ("who", "fishermen")


def test_cue_the_sentence_splitter_cut_off_after_an_exclamation(quotes_of):
    # The splitter ends a sentence at "!”": the cue after it is still the quote's frame.
    text = (
        "The ferry show ended in May.\n\n"
        "“Loved the old ferry show on Channel Nine — wish they had made another season!” Odo Brenn said.\n\n"
        "The channel has not replied."
    )
    quote = quote_with(quotes_of(text), "Loved the old ferry show")
    assert quote.speaker_text == "Odo Brenn" and quote.cue == "said"


def test_name_with_an_apposition_between_quote_and_cue_is_the_speaker(quotes_of):
    # The parser may take the name for a conjunct of the quote's verb, not the cue's subject.
    text = "“We were tremendously wrong to not have stopped the dredging from the beginning,” Brenn, 58, told reporters on Monday."
    quote = quote_with(quotes_of(text), "tremendously wrong")
    assert quote.speaker_text == "Brenn" and quote.cue == "told"


def test_pronoun_is_not_the_name_inside_its_own_quote(quotes_of):
    text = "Mayor Ann Lisle spoke after the vote. “Brenn is lying about the ferries,” she said."
    assert quote_with(quotes_of(text), "lying about the ferries").speaker_text == "Ann Lisle"


# Nested attributions (the largest kind of wrong source on PolNeAR): the inner claim keeps its
# own source, the outer statement the whole reported clause.
@pytest.mark.parametrize(
    "text, inner, inner_source",
    [
        ("The harbour master said that the ferry operators claimed the pier was safe.", "the pier was safe", "the ferry operators"),
        ("Ms. Varga told reporters that her rivals had claimed she would cut the ferry service.",
         "she would cut the ferry service", "her rivals"),
    ],
)
def test_a_claim_reported_inside_another_statement_keeps_its_own_source(nlp, text, inner, inner_source):
    from storylens.nlp.quotes import QuoteFinder

    found = {text[slice(*a.content)]: text[slice(*a.source)] for a in QuoteFinder()(nlp(text)) if a.source}
    assert found.get(inner) == inner_source, found
    outer = [content for content in found if content != inner and inner in content]
    assert outer and found[outer[0]] != inner_source


# Round s30: coreference by salience and by what the article says of a person.
def test_pronoun_goes_to_the_subject_of_the_sentence_before_not_an_earlier_speaker(quotes_of):
    text = (
        "Nora Pell, a teacher at the school, said the river had risen a metre overnight.\n\n"
        "Mayor Greta Solberg inspected the sandbag wall at Lowmere on Tuesday. "
        "She said that the town would buy two more pumps."
    )
    assert quote_with(quotes_of(text), "two more pumps").speaker_text == "Greta Solberg"


def test_pronoun_follows_a_pronoun_subject_back_to_its_name(quotes_of):
    text = (
        "Vera Lind, a nurse, said the clinic had run out of blankets.\n\n"
        "Mayor Greta Solberg inspected the sandbag wall at Lowmere on Tuesday. "
        "She then met engineers at the sluice gate. "
        "She said that the town would buy two more pumps."
    )
    assert quote_with(quotes_of(text), "two more pumps").speaker_text == "Greta Solberg"


@pytest.mark.parametrize("title", ["Prime Minister", "Foreign Minister"])
def test_lower_case_title_goes_to_the_person_given_that_title(quotes_of, title):
    # The tagger may call "the prime minister" a proper noun; it is still a title, not a name.
    text = (
        f"{title} Tomas Haldor arrived in Vessby on Thursday after the bridge collapsed.\n\n"
        "Cranes lifted two cars from the river overnight.\n\n"
        f"“Nobody will be left without help,” the {title.lower()} said."
    )
    assert quote_with(quotes_of(text), "left without help").speaker_text == "Tomas Haldor"


def test_title_given_many_sentences_before_still_finds_its_holder(quotes_of):
    filler = " ".join(f"Crews cleared the {n} lane of the bypass." for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh"))
    text = (
        "Interior Minister Tomas Haldor arrived in Vessby on Thursday.\n\n"
        + filler
        + "\n\nThe interior minister said the bridge had been inspected in May."
    )
    assert quote_with(quotes_of(text), "inspected in May").speaker_text == "Tomas Haldor"


def test_he_continues_an_unnamed_spokesman_not_a_name_mentioned_before(quotes_of):
    text = (
        "Walkers found the canoe of Piet Arnesen on a sandbank on Friday.\n\n"
        "A Mountain Rescue spokesman said the search would resume at dawn. "
        "“The dogs lost the scent near the weir,” he said."
    )
    quote = quote_with(quotes_of(text), "lost the scent")
    assert quote.speaker_text == "A Mountain Rescue spokesman"


def test_spokeswoman_is_not_taken_by_he(quotes_of):
    text = (
        "Piet Arnesen went missing on the river on Thursday.\n\n"
        "A Mountain Rescue spokeswoman said the search would resume at dawn. "
        "“We found his paddle at the weir,” he said."
    )
    assert quote_with(quotes_of(text), "found his paddle").speaker_text != "A Mountain Rescue spokeswoman"


def test_his_office_is_the_office_of_the_man_his_stands_for(quotes_of):
    text = (
        "Mayor Ruth Okafor said the depot in Harlow would be rebuilt.\n\n"
        "Senator Aldo Penn was due to visit the depot on Saturday. "
        "He has been criticised for cutting the fire budget. "
        "His office said the visit would go ahead."
    )
    assert quote_with(quotes_of(text), "visit would go ahead").speaker_text == "Aldo Penn's office"


def test_her_spokesman_is_the_spokesman_of_the_woman_her_stands_for(quotes_of):
    text = (
        "Senator Aldo Penn toured the depot on Friday.\n\n"
        "Mayor Ruth Okafor has not visited Harlow since the fire. "
        "Her spokesman said she would go next week."
    )
    assert quote_with(quotes_of(text), "go next week").speaker_text == "Ruth Okafor's spokesman"


@pytest.mark.parametrize(
    "introduction",
    [
        "Dr Selma Ruud, the duty surgeon, treated the injured.",
        "Selma Ruud, a surgeon at Harlow General, treated the injured.",
    ],
)
def test_dr_surname_is_the_one_introduced_as_a_doctor(quotes_of, introduction):
    text = (
        "A tram left the rails in Harlow on Sunday. Erik Ruud, the driver, was unhurt. "
        + introduction
        + "\n\nMr Ruud said the points had frozen.\n\nDr Ruud said the wounded were stable."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "wounded were stable").speaker_text == "Selma Ruud"


def test_pronoun_passes_over_a_sentence_whose_subject_is_no_person(quotes_of):
    text = (
        "Nora Pell, a teacher at the school, said the river had risen a metre overnight.\n\n"
        "Mayor Greta Solberg visited the shelter at Lowmere on Tuesday. The shelter holds two hundred beds. "
        "She promised that no family would pay for the pumps."
    )
    assert quote_with(quotes_of(text), "no family would pay").speaker_text == "Greta Solberg"


def test_the_spokesman_continues_an_unnamed_spokesman(quotes_of):
    text = (
        "Walkers found the canoe of Piet Arnesen on a sandbank on Friday.\n\n"
        "A Mountain Rescue spokesman said the search would resume at dawn. "
        "The spokesman said the dogs had lost the scent near the weir."
    )
    assert quote_with(quotes_of(text), "lost the scent").speaker_text == "A Mountain Rescue spokesman"


def test_the_spokesman_named_beside_his_title_is_that_name(quotes_of):
    text = (
        "Walkers found the canoe of Piet Arnesen on a sandbank on Friday.\n\n"
        "Mountain Rescue spokesman Ben Odell said the search would resume at dawn. "
        "The spokesman said the dogs had lost the scent near the weir."
    )
    assert quote_with(quotes_of(text), "lost the scent").speaker_text == "Ben Odell"


# Round s31: an independent audit on invented stories (issue 17).
def test_british_single_quotation_marks_are_quotes(quotes_of):
    text = "'The inspection will take three weeks at least,' a spokeswoman, Ines Talo, said."
    quote = quote_with(quotes_of(text), "three weeks")
    assert quote.speaker_text == "Ines Talo" and quote.kind == "direct"
    assert quote.text == "'The inspection will take three weeks at least,'"


def test_possessive_apostrophe_opens_no_single_quote():
    from storylens.nlp.quotes.marks import find_quoted_passages

    text = "The players' union met the owners' lawyers on 'Black Monday' and 'rock 'n' roll' night."
    assert [text[p.start : p.end] for p in find_quoted_passages(text)] == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The regional engineer, Tomas Vane, met residents. Vane was curt: 'We will not reopen the road.'", "Tomas Vane"),
        ("Governor Ruth Okafor toured the camp. Her question was simple: “Who will pay for the new pumps?”", "Ruth Okafor"),
        ("The engineer Tomas Vane spoke first. The mayor's answer was short: “The town cannot wait another month.” Mayor Ada Pruitt then left.", "Ada Pruitt"),
        ("The Kelmar Council met on Monday. It was blunt: “No lorries will cross the bridge this winter.”", "Kelmar Council"),
    ],
)
def test_clause_and_colon_before_a_quote_name_its_speaker(quotes_of, text, speaker):
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker_text == speaker and quote.cue == ":"


def test_clause_about_no_one_before_a_colon_gives_no_speaker(quotes_of):
    text = "The weather was grim: “Rain, then more rain, and the river rising by the hour.”"
    assert all(q.speaker_text is None or "weather" not in q.speaker_text for q in quotes_of(text))


def test_definite_description_of_a_body_goes_to_the_body_of_that_kind(quotes_of):
    text = (
        "The Kelmar Council met on Monday. Kelmar General Hospital said it had treated 14 people. "
        "The council said flags would fly at half mast on Friday."
    )
    assert speakers_of(quotes_of(text), "flags would fly") == {"Kelmar Council"}


def test_group_described_by_apposition_not_the_agency_fighting_it(quotes_of):
    text = (
        "The Red Hand, a militant group, claimed the sabotage of a pump station. The National "
        "Security Agency has fought the group for a decade. The group had threatened to cut the water supply."
    )
    assert speakers_of(quotes_of(text), "cut the water supply") == {"Red Hand"}


def test_description_of_a_kind_no_body_is_names_nobody(quotes_of):
    text = (
        "The Water Board closed two wells. The army sent engineers to the valley. "
        "“We expect to resume deliveries by the end of the month,” the company said."
    )
    assert speakers_of(quotes_of(text), "resume deliveries") == {"the company"}


def test_owner_of_figures_is_the_speaker(quotes_of):
    text = "The Water Board closed two wells. The Health Board's figures show 19 deaths in the valley since the flood."
    assert speakers_of(quotes_of(text), "19 deaths") == {"Health Board"}


def test_bare_surname_is_the_one_of_two_named_last(quotes_of):
    text = (
        "Ms Lise Renn, whose son was hurt, said the stewards did nothing. Chief Inspector Odo Renn, "
        "the head of Varrow police, said officers had opened the gates early. Renn blamed "
        "late-arriving fans for the crush. Renn's ministry said it would pay for the funerals."
    )
    quotes = quotes_of(text)
    assert speakers_of(quotes, "opened the gates") == {"Odo Renn"}
    assert speakers_of(quotes, "late-arriving fans") == {"Odo Renn"}
    assert speakers_of(quotes, "pay for the funerals") == {"Odo Renn's ministry"}
    assert speakers_of(quotes, "stewards did nothing") == {"Lise Renn"}


def test_dateline_is_neither_speaker_nor_words(quotes_of):
    text = "PORT ELL — The government of Vanro declared a state of emergency on Sunday after gunmen seized a bus, officials said."
    quote = quote_with(quotes_of(text), "state of emergency")
    assert quote.text.startswith("The government of Vanro") and quote.speaker_text == "officials"


def test_verb_that_neither_says_nor_thinks_is_no_cue(quotes_of):
    text = "Gunmen killed 40 people in Dasso. The regime has since inflated the number of gunmen to justify the bloodshed."
    assert not [q for q in quotes_of(text) if q.cue == "inflated"]


def test_article_pronouns_tell_which_of_two_people_of_one_surname_is_mr(quotes_of):
    text = (
        "Odo Renn, the police chief, spoke first. He said the gates were old. "
        "Lise Renn sat by her son's bed. Mr Renn said the stewards were trained."
    )
    assert speakers_of(quotes_of(text), "stewards were trained") == {"Odo Renn"}


def test_she_after_a_subject_is_that_subject_not_an_earlier_woman(quotes_of):
    text = (
        "“We need answers,” Ms Ada Pruitt said on Monday. Lise Renn sat by her son's bed. "
        "She said the hospital had been kind."
    )
    assert speakers_of(quotes_of(text), "hospital had been kind") == {"Lise Renn"}


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen freed five hostages on Monday, including a priest who told officials he could win the freedom of the rest.",
        "The gunmen freed five hostages on Monday. One, a priest who had negotiated with them, told officials he could win the freedom of the rest.",
        "The gunmen freed five hostages on Monday. One of them, a priest, told officials he could win the freedom of the rest.",
    ],
)
def test_a_number_phrase_is_not_the_speaker_the_person_described_is(quotes_of, text):
    assert speakers_of(quotes_of(text), "freedom of the rest") == {"a priest"}


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # round s37: telling whether "His lawyer" stands for someone resolves "his", whose nearest
        # subject is a pronoun that asks for the speakers heard so far, while that list was being
        # built: the analysis recursed until Python stopped it (found on a PolNeAR train article)
        ("Arno Brevik was arrested on Monday. He said nothing. He was released on bail. "
         "His lawyer said the charges were false.", "the charges were false", "Arno Brevik's lawyer"),
        ("Mira Colt lost her seat in May. She said she would appeal. "
         "Her spokesman said on Tuesday that she had filed the papers.", "she had filed the papers", "Mira Colt's spokesman"),
    ],
)
def test_an_owner_pronoun_after_a_speaking_pronoun_resolves_without_recursing(quotes_of, text, fragment, speaker):
    assert speakers_of(quotes_of(text), fragment) == {speaker}
