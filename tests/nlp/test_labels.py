"""Labels: titles, epithets, appositions, predicates and what others call someone."""

import pytest

import storylens.nlp.labels  # noqa: F401  (registers the component)


@pytest.fixture(scope="module")
def label_nlp(nlp):
    return nlp


def labels_of(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    doc._.outlet = "Test Outlet"
    doc = nlp(doc)
    return {(label.label, label.target, label.kind, label.attributed) for label in doc._.labels}, doc


def test_premodifier_title(label_nlp):
    found, doc = labels_of(label_nlp, "Belarusian dictator Alexander Lukashenko said he had brokered a deal.")
    assert ("Belarusian dictator", "Alexander Lukashenko", "premodifier", False) in found
    label = doc._.labels[0]
    assert label.outlet == "Test Outlet"
    assert doc.text[label.span.start : label.span.end] == label.span.text


def test_coordinated_epithets_are_separate_labels(label_nlp):
    found, _ = labels_of(
        label_nlp, "The Kremlin struck a deal with the fascistic warlord, ex-convict and billionaire Evgeny Prigozhin on Saturday."
    )
    labels = {label for label, target, _, _ in found if target == "Evgeny Prigozhin"}
    assert {"fascistic warlord", "ex-convict", "billionaire"} <= labels


def test_coordinated_noun_phrases_are_not_epithets(label_nlp):
    found, _ = labels_of(label_nlp, "He criticised the Russian military and President Vladimir Putin in a video.")
    assert not any(label == "Russian military" for label, *_ in found)


def test_apposition(label_nlp):
    found, _ = labels_of(
        label_nlp,
        "Yevgeny Prigozhin, founder of the private paramilitary organization known as the Wagner Group, agreed to leave.",
    )
    assert any(kind == "apposition" and label.startswith("founder of the private paramilitary") for label, _, kind, _ in found)


def test_predicate_nominative(label_nlp):
    found, _ = labels_of(label_nlp, "Officials said that Sergei Shoigu is a loyal ally of the president.")
    assert any(kind == "predicate" and "ally" in label for label, target, kind, _ in found if target == "Sergei Shoigu")


def test_what_others_call_someone_is_attributed(label_nlp):
    found, _ = labels_of(label_nlp, "Vladimir Putin appeared on television. The state media branded Prigozhin a traitor.")
    assert ("traitor", "Prigozhin", "predicate", True) in found


def test_pronoun_object_resolves_to_previous_person(label_nlp):
    found, _ = labels_of(label_nlp, "Yevgeny Prigozhin spoke on Saturday. Western media have been demonizing him as a mercenary boss.")
    assert any(label == "mercenary boss" and attributed and target == "Yevgeny Prigozhin" for label, target, _, attributed in found)


def test_description_standing_for_a_titled_name(label_nlp):
    found, _ = labels_of(label_nlp, "Wagner chief Yevgeny Prigozhin left Rostov. Later the Wagner chief said he had no regrets.")
    assert ("Wagner chief", "Yevgeny Prigozhin", "description", False) in found


def test_dates_are_not_titles(label_nlp):
    found, _ = labels_of(label_nlp, "On Saturday, Wagner chief Yevgeny Prigozhin turned back.")
    assert {label for label, *_ in found} == {"Wagner chief"}


# --- issue 19: what is not a label, and group labels without a name beside them -------------


def test_no_label_from_a_photo_credit_in_parentheses(label_nlp):
    found, _ = labels_of(label_nlp, "Jane Roe (Photo: Harbour Agency), president of the Fishers Union, spoke on Monday.")
    assert {(label, target) for label, target, *_ in found} == {("president of the Fishers Union", "Jane Roe")}


def test_a_contrast_is_not_a_label(label_nlp):
    found, _ = labels_of(label_nlp, "The fighters belonged to the Valley Militia, not the regular army, officials said.")
    assert not any("army" in label for label, *_ in found), found


def test_forms_of_address_are_not_labels_and_kinship_is_the_relatives(label_nlp):
    found, _ = labels_of(label_nlp, "Mr Brandt said his son Tomas Brandt had left the city.")
    assert {(label, target) for label, target, *_ in found} == {("son of Mr Brandt", "Tomas Brandt")}
    found, _ = labels_of(label_nlp, "Mr. Okafor, the mayor, said Ms. Adeyemi was right.")
    assert {label for label, *_ in found} == {"mayor"}


def test_a_described_group_is_labelled_when_its_head_noun_names_one_actor(label_nlp):
    found, _ = labels_of(
        label_nlp, "The Northland Defence Army moved in on Monday. Witnesses said the occupation army shelled the market."
    )
    assert ("occupation army", "Northland Defence Army", "description", False) in found
    found, _ = labels_of(label_nlp, "Officials said the Northland regime had fallen. Critics said the apartheid regime must go.")
    assert ("apartheid regime", "Northland", "description", False) in found


def test_a_head_noun_shared_by_two_names_labels_neither(label_nlp):
    found, _ = labels_of(
        label_nlp,
        "The Northland Defence Army and the Southland Liberation Army met on Monday. The occupation army left.",
    )
    assert not any(label == "occupation army" for label, *_ in found), found


def test_a_bare_plural_labels_the_one_group_whose_members_it_names(label_nlp):
    found, _ = labels_of(
        label_nlp, "Redhand terrorists crossed the river on Monday. Police said the terrorists fired rockets at Kalvik."
    )
    assert ("terrorists", "Redhand", "description", False) in found


def test_a_bare_plural_with_no_group_or_two_groups_labels_none(label_nlp):
    # round s29: with the Redhand Brigade the one group shown acting, "the terrorists" is the
    # outlet's characterisation of it (kind "characterisation", tests/nlp/test_characterisations.py),
    # but no "description" label: the article never writes the word for that group's members
    found, _ = labels_of(label_nlp, "The Redhand Brigade crossed the river. The terrorists fired rockets at Kalvik.")
    assert not any(label == "terrorists" and kind == "description" for label, _, kind, _ in found), found
    found, _ = labels_of(
        label_nlp,
        "Redhand rebels and Greyfell rebels crossed the river on Monday. The rebels fired rockets at Kalvik.",
    )
    assert not any(label == "rebels" for label, *_ in found), found


def test_the_members_of_a_named_group_give_the_bare_noun_its_referent(nlp):
    # round s27: "the raiders of the Saltwind Company" names whose raiders they are, as
    # "Saltwind raiders" does; the bare "the raiders" later is the article's word for that group.
    doc = nlp("The raiders of the Saltwind Company seized a ferry on Monday. Two crewmen were hurt when the raiders boarded.")
    found = [(l.label, l.target, l.kind) for l in doc._.labels]
    assert ("raiders", "Saltwind Company", "description") in found
    # round s33: the phrase that names the group, when its noun judges, is the outlet's word for
    # that group too (never for another name acting before it); "the people of" is no group's word
    assert {target for label, target, _ in found if label == "raiders"} == {"Saltwind Company"}
    doc = nlp("The people of the Saltwind Company voted on Monday. The people of the valley stayed home.")
    assert not [l for l in doc._.labels if l.label == "people"]


# --- issue 19, round s28: the plainest patterns ----------------------------------------------------


def test_a_title_set_before_the_name_is_a_label(label_nlp):
    found, doc = labels_of(
        label_nlp,
        "The city's mayor, Ivo Tern, disagreed. The commission chair, Dana Holt, called a vote. "
        "Kestland's ambassador, Lev Arn, left the room.",
    )
    pairs = {(label, target) for label, target, *_ in found}
    assert {("city's mayor", "Ivo Tern"), ("commission chair", "Dana Holt"), ("Kestland's ambassador", "Lev Arn")} <= pairs
    # the model typed the mayor a PRODUCT: the noun beside the name makes it a person
    assert {e.text: e.label_ for e in doc.ents}["Ivo Tern"] == "PERSON"


def test_a_person_wordnet_files_by_what_they_do_is_a_title(label_nlp):
    # round s29: "driver" is an operator in WordNet's hierarchy, not under "person", but its
    # lexicographers filed it with the people
    found, _ = labels_of(label_nlp, "The driver of the tram, Jos Arvel, was taken to hospital. "
                                    "The lorry's driver, Mia Strand, was unhurt.")
    pairs = {(label, target) for label, target, *_ in found}
    assert {("driver of the tram", "Jos Arvel"), ("lorry's driver", "Mia Strand")} <= pairs


def test_a_relation_set_before_the_name_is_the_named_relatives_label(label_nlp):
    # round s29: kinship is a label of the person named, and the possessor is not labelled
    found, _ = labels_of(label_nlp, "Her husband, Anton Velt, said the strike had cost his firm dearly.")
    assert {(label, target) for label, target, *_ in found} == {("husband", "Anton Velt")}


def test_the_apposition_after_a_picture_credit_is_the_names_label(label_nlp):
    found, doc = labels_of(label_nlp, "Hanna Koller (Photo: Nordwire), leader of the Coastal Party, told reporters the ferry deal was dead.")
    assert {(label, target) for label, target, *_ in found} == {("leader of the Coastal Party", "Hanna Koller")}
    # the credit holds no actor, the sentence around it keeps its names
    names = {e.text for e in doc.ents}
    assert "Coastal Party" in names and "Nordwire" not in names


def test_a_contrast_drops_only_the_contrasted_phrase(label_nlp):
    found, doc = labels_of(label_nlp, "The Grey Watch, a militia, not the army, guarded the pier.")
    assert {(label, target) for label, target, *_ in found} == {("militia", "Grey Watch")}
    assert {e.text: e.label_ for e in doc.ents}["Grey Watch"] == "ORG"
    found, _ = labels_of(label_nlp, "Rolf Aas, a fisherman, not a coastguard officer, said he saw the boats.")
    assert {(label, target) for label, target, *_ in found} == {("fisherman", "Rolf Aas")}


# Round s29 (issue 19): a contrast's negated member, page furniture and credits are no labels.
LEAD = "Dock workers gathered in Kessory on Monday.\n\n"


def test_the_negated_member_of_a_contrast_takes_no_label_from_the_other(label_nlp):
    found, _ = labels_of(label_nlp, LEAD + "Witnesses said it was the police, not the Coast Guard, who fired tear gas at the pier.")
    assert not any(target == "Coast Guard" for _, target, _, _ in found), found


def test_a_denied_predicate_is_no_label(label_nlp):
    found, _ = labels_of(label_nlp, LEAD + "The minister said that Anna Berg is not a criminal.")
    assert not any("criminal" in label for label, *_ in found), found


def test_a_call_to_action_after_a_colon_is_no_label(label_nlp):
    found, _ = labels_of(label_nlp, LEAD + "Join the Coastal Alliance: forms at the Harbour Hall.")
    assert not any("forms" in label for label, *_ in found), found


@pytest.mark.parametrize("credit", ["(Photo: Tom Reed/Kessory Herald)", "(photo: Tom Reed/Kessory Herald)", "(Picture: Kessory Herald)"])
def test_a_picture_credit_is_never_a_label_and_the_apposition_after_it_is(label_nlp, credit):
    found, _ = labels_of(label_nlp, LEAD + f"Petra Lund {credit}, the union's leader, spoke at the rally.")
    labels = {label for label, target, _, _ in found if target == "Petra Lund"}
    assert "union's leader" in labels, found
    assert not any("Herald" in label or "hoto" in label or "icture" in label for label, *_ in found), found


def test_a_phrase_that_opens_with_a_relative_word_is_no_label(label_nlp):
    from storylens.nlp.labels import describes

    _, doc = labels_of(label_nlp, LEAD + "The Ferry Alliance, whose crews walked out on Friday, met the minister.")
    whose = next(t for t in doc if t.lower_ == "whose")
    assert not describes([whose, whose.head])
    assert describes([t for t in doc if t.lower_ == "minister"])


def test_a_lower_case_noun_the_tagger_read_as_a_name_heads_an_apposition(label_nlp):
    found, _ = labels_of(label_nlp, LEAD + "The Arn Valley Authority, the puppet council in Arnsby, cheered the decision.")
    assert any(label.startswith("puppet council") and target == "Arn Valley Authority" for label, target, _, _ in found), found


# --- issue 19, round s29: kinship, offices read from clauses, titles typed as organisations -------


def test_kinship_names_the_relative_the_possessive_stands_for(label_nlp):
    text = (
        "Karel Stromm drove the last lorry across the bridge. His daughter Vesna, 17, said her father "
        "had not slept. His mother, Hedda Brun, waited at the checkpoint."
    )
    found, _ = labels_of(label_nlp, text)
    pairs = {(label, target) for label, target, *_ in found}
    assert ("daughter of Karel Stromm", "Vesna") in pairs
    assert not any(target == "Karel Stromm" for _, target in pairs)
    assert any(label.startswith("mother") and target == "Hedda Brun" for label, target in pairs)


def test_kinship_after_the_name_is_the_named_persons(label_nlp):
    text = "Nina Marsk said she would appeal. Teodor Marsk, her brother, told the inquiry the pumps had failed."
    found, _ = labels_of(label_nlp, text)
    assert ("brother of Nina Marsk", "Teodor Marsk") in {(label, target) for label, target, *_ in found}
    assert not any(target == "Nina Marsk" for _, target, *_ in found)


def test_kinship_with_a_named_possessor_names_that_person(label_nlp):
    found, _ = labels_of(label_nlp, "Dr Lind's brother, Oskar Lind, said the ferry was late.")
    # "Dr" before a name is the outlet's title for that person (round s32)
    assert {(label, target) for label, target, *_ in found} == {("brother of Dr Lind", "Oskar Lind"), ("Dr", "Lind")}


def test_a_relative_clause_of_leading_is_an_office(label_nlp):
    found, _ = labels_of(label_nlp, "Dr Maren Oak, who heads the burns unit at Tolvik General, said four miners were stable.")
    assert any(label.startswith("head of the burns unit") and target == "Maren Oak" for label, target, *_ in found)
    # a verb that names no office gives no label
    found, _ = labels_of(label_nlp, "Pavel Grist, who drove the truck, said the road was blocked.")
    assert not any(target == "Pavel Grist" for _, target, *_ in found)


def test_the_office_of_a_group_names_the_group(label_nlp):
    found, doc = labels_of(label_nlp, "The mountain patrol, whose leader, Ruben Kask, carried two climbers down, was praised.")
    assert ("leader of the mountain patrol", "Ruben Kask") in {(label, target) for label, target, *_ in found}
    assert not any(label == "whose leader" for label, *_ in found)


def test_a_title_with_of_labels_the_person_and_is_no_organisation(label_nlp):
    found, doc = labels_of(label_nlp, "The Minister of Fisheries, Alma Teig, will visit the harbour on Friday.")
    assert ("Minister of Fisheries", "Alma Teig") in {(label, target) for label, target, *_ in found}
    assert not any("Minister" in e.text for e in doc.ents)


@pytest.mark.parametrize(
    "text, label",
    [
        # round s30: the parse hangs the name on the verb, or on the last noun of an "of" phrase
        ("Police questioned the bus's driver, Ada Penn, on Monday.", "bus's driver"),
        ("Police questioned the driver of the bus, Ada Penn.", "driver of the bus"),
        ("According to the driver of the night bus, Ada Penn, the lights were off.", "driver of the night bus"),
        ("The driver of the bus, Ada Penn, said the brakes failed.", "driver of the bus"),
        ("The bus's driver, Ada Penn, said the brakes failed.", "bus's driver"),
        # the comma that closes the name hangs on the phrase
        ("The driver of the school bus, Ada Penn, said she saw children carried out.", "driver of the school bus"),
    ],
)
def test_a_title_before_the_name_with_a_possessive_or_an_of_phrase_is_a_label(label_nlp, text, label):
    found, _ = labels_of(label_nlp, text)
    assert (label, "Ada Penn") in {(l, target) for l, target, *_ in found}


def test_a_name_in_a_list_after_a_noun_takes_no_title_from_it(label_nlp):
    found, _ = labels_of(label_nlp, "The mayor thanked the driver, Ada Penn, and the conductor.")
    assert not any(target == "Ada Penn" for _, target, *_ in found)


def test_a_label_stays_with_the_person_of_that_name_not_one_of_the_same_surname(label_nlp):
    found, _ = labels_of(
        label_nlp,
        "Tomas Lind, the only miner to speak to the deputy inspector, said the pumps had failed. "
        "Dr Agata Lind, a surgeon at the county hospital, treated six men. Lind said the water was cold.",
    )
    by_target = {}
    for label, target, *_ in found:
        by_target.setdefault(target, set()).add(label)
    assert by_target.get("Tomas Lind") == {"only miner to speak to the deputy inspector"}
    assert by_target.get("Agata Lind") == {"Dr", "surgeon at the county hospital"}
    assert "Lind" not in by_target


# Round s31: kinship words of several pieces, kinship through "whose", titles WordNet knows as
# people, and the mention each label was found on.


def test_a_hyphenated_kinship_word_is_one_relation(label_nlp):
    found, _ = labels_of(label_nlp, "Tomas Wend said his son-in-law, Aron Vell, had been on the ferry.")
    assert ("son-in-law of Tomas Wend", "Aron Vell", "apposition", False) in found
    assert not any(label.startswith("son of") for label, *_ in found)


def test_a_relation_through_whose_is_the_named_relatives_and_not_the_first_persons(label_nlp):
    found, _ = labels_of(label_nlp, "Lena Dorn, whose father, the fisherman Joss Tarn, drowned in 1998, led the volunteers.")
    assert ("father of Lena Dorn", "Joss Tarn", "apposition", False) in found
    assert ("fisherman", "Joss Tarn", "premodifier", False) in found
    assert not any(target == "Lena Dorn" for _, target, _, _ in found)


def test_a_capitalised_title_of_two_words_before_the_name_is_a_label(label_nlp):
    found, _ = labels_of(label_nlp, "Chief Inspector Odo Renn, the district commander, said the road was closed.")
    assert ("Chief Inspector", "Odo Renn", "premodifier", False) in found
    assert ("district commander", "Odo Renn", "apposition", False) in found


def test_a_label_keeps_the_start_of_the_mention_it_was_found_on(label_nlp):
    text = "Mr Renn, who is not related to Dr Renn, is a member of the Green Harbour Party."
    _, doc = labels_of(label_nlp, text)
    membership = [label for label in doc._.labels if label.label == "member of the Green Harbour Party"]
    assert membership and all(label.target_start == text.index("Renn") for label in membership)

def test_a_two_word_rank_before_a_name_is_its_label(label_nlp):
    """Round s31: "Chief Inspector" is one rank, the name after it is the person's."""
    found, _ = labels_of(label_nlp, "Chief Inspector Odile Sarn said the road was shut. Deputy Commissioner Ruben Vass agreed.")
    assert ("Chief Inspector", "Odile Sarn", "premodifier", False) in found, found
    assert ("Deputy Commissioner", "Ruben Vass", "premodifier", False) in found, found


def test_a_phrase_placed_in_another_town_describes_no_named_one(label_nlp):
    """Round s31: "the army hospital in Dunmoor" is another hospital than the one named, there
    and when the article writes "the army hospital" again."""
    found, _ = labels_of(
        label_nlp,
        "The injured were taken to Tessby General Hospital. Two soldiers were flown to the army hospital in Dunmoor. "
        "Doctors at the army hospital said both were stable.",
    )
    assert not any(label == "army hospital" for label, *_ in found), found


# Round s32 (issue 19): denied descriptions, comparisons, qualifying titles, clauses that say a
# post, possessive pronouns by salience, titled names in a list.


def test_a_denied_description_is_no_label(label_nlp):
    found, _ = labels_of(label_nlp, "Edda Vann, no relation of Dr Jonas Vann, said the clinic would close.")
    assert not any(target == "Edda Vann" for _, target, _, _ in found), found
    for text in (
        "Halina Marsk is no friend of the mayor.",
        "Halina Marsk was never a soldier.",
        "Brek Tallo, never a soldier, took up arms at the harbour.",
        "Orsa Lind, not a member of the council, spoke first.",
        "The ministry did not brand Halina Marsk a traitor.",
    ):
        found, _ = labels_of(label_nlp, text)
        assert not found, (text, found)
    # the same shapes affirmed are labels
    found, _ = labels_of(label_nlp, "Halina Marsk is a fierce critic of the mayor.")
    assert ("fierce critic of the mayor", "Halina Marsk", "predicate", False) in found


def test_a_comparison_is_no_label(label_nlp):
    found, _ = labels_of(label_nlp, "Halina Marsk was blunter.")
    assert not found, found


def test_a_qualifying_title_and_a_clause_of_directing_are_labels(label_nlp):
    found, _ = labels_of(label_nlp, "Dr Jonas Vann, who runs the burns unit, said the ward was full.")
    assert ("Dr", "Jonas Vann", "premodifier", False) in found
    assert ("runs the burns unit", "Jonas Vann", "apposition", False) in found
    found, _ = labels_of(label_nlp, "Mr Jonas Vann, who serves as the town's mayor, said the ward was full.")
    assert {(label, target) for label, target, *_ in found} == {("town's mayor", "Jonas Vann")}
    # a form of address, a past post and a denied one are no labels
    for text in (
        "Mr Jonas Vann, who ran the burns unit until 2019, said the ward was full.",
        "Mr Jonas Vann, who does not run the burns unit, said the ward was full.",
    ):
        found, _ = labels_of(label_nlp, text)
        assert not found, (text, found)


def test_a_possessive_pronoun_stands_for_the_subject_before_it_not_the_last_name(label_nlp):
    found, _ = labels_of(
        label_nlp,
        "Edda Vann, no relation of Dr Jonas Vann, said she had seen armoured cars outside the parliament. "
        "Her grandson Tobiah said the shooting had stopped by noon.",
    )
    assert ("grandson of Edda Vann", "Tobiah", "apposition", False) in found, found


def test_titled_names_in_a_list_each_keep_their_title(label_nlp):
    found, _ = labels_of(
        label_nlp,
        "President Ilan Serov met the head of the army, General Aron Feld, and the mayor of Karvossa, Lene Brask, on Tuesday.",
    )
    assert ("head of the army", "Aron Feld", "apposition", False) in found, found
    assert ("General", "Aron Feld", "premodifier", False) in found
    assert ("mayor of Karvossa", "Lene Brask", "apposition", False) in found


def test_a_government_of_a_named_leader_is_that_leaders(label_nlp):
    found, _ = labels_of(label_nlp, "Patriotic officers moved against the puppet government of President Ilan Serov on Tuesday.")
    assert ("puppet government", "Ilan Serov", "characterisation", False) in found, found


def test_an_office_coordinated_with_its_group_names_the_group(label_nlp):
    found, _ = labels_of(label_nlp, "President Ilan Serov thanked the national guard and its commander, Aron Feld, for their loyalty.")
    assert ("commander of the national guard", "Aron Feld", "apposition", False) in found, found
    assert not any(label == "its commander" for label, *_ in found)


# Round s33 (issue 19): the member of a contrast that the sentence denies is no label of anyone.
@pytest.mark.parametrize(
    "sentence, denied",
    [
        ("The Tollen Watch, the town's secret police, arrested four students. The militia, not the police, carried out the arrest.", "police"),
        ("The Tollen Watch, a pro-government militia, arrested four students. The army, rather than the militia, guarded the gate.", "militia"),
        ("The Tollen Watch, a pro-government militia, arrested four students. The arrest was made by the army and not by the militia.", "militia"),
    ],
)
def test_a_phrase_set_against_another_is_no_label(label_nlp, sentence, denied):
    found, doc = labels_of(label_nlp, LEAD + sentence)
    at = doc.text.rindex(denied)
    assert not any(label == denied for label, *_ in found if doc.text.find(label, at) == at), found
    assert not [l for l in doc._.labels if l.span.start == at], found


# Round s34: labels on invented stories (a ferry aground, a flood in a contested valley)


@pytest.mark.parametrize(
    "text, label, target",
    [
        (
            "Halvik Lines operates the route to the islands. Its spokesman, Ivo Dren, said no passenger was hurt.",
            "spokesman of Halvik Lines",
            "Ivo Dren",
        ),
        (
            "The Dalmor Unity Party won the vote on Sunday. Their spokeswoman, Lena Aas, said the party would govern alone.",
            "spokeswoman of Dalmor Unity Party",
            "Lena Aas",
        ),
    ],
)
def test_a_title_owned_by_a_pronoun_is_the_title_of_the_body_it_stands_for(label_nlp, text, label, target):
    found, _ = labels_of(label_nlp, text)
    assert (label, target, "apposition", False) in found
    assert not any(found_label.lower().startswith(("its ", "their ")) for found_label, *_ in found)


def test_a_title_owned_by_a_pronoun_with_no_named_owner_is_the_title_alone(label_nlp):
    found, _ = labels_of(label_nlp, "The ferry ran aground in thick fog. Its captain, Elias Brund, said the steering had failed.")
    assert ("captain", "Elias Brund", "apposition", False) in found
    assert not any(label.lower().startswith("its ") for label, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The river burst its banks near Skarn, the flood agency and the regional council have said.",
        "Two flights were diverted to Tamsby, the airport operator and the national carrier said.",
    ],
)
def test_a_list_of_speakers_after_a_place_is_no_apposition_of_it(label_nlp, text):
    from storylens.nlp.labels import apposition_labels

    _, doc = labels_of(label_nlp, text)
    place = next(ent for ent in doc.ents if ent.text in ("Skarn", "Tamsby"))
    assert apposition_labels(place) == []


def test_a_real_apposition_of_a_place_is_still_read(label_nlp):
    from storylens.nlp.labels import apposition_labels

    _, doc = labels_of(label_nlp, "Two flights were diverted to Tamsby, a port town on the east coast, on Monday.")
    place = next(ent for ent in doc.ents if ent.text == "Tamsby")
    assert [doc.text[s:e] for s, e, _ in apposition_labels(place)] == ["port town on the east coast"]


def test_kinship_names_a_relative_whatever_the_model_typed(label_nlp):
    # the model alone types "Mira" a place here (the entity rules now retype her a person, round
    # s34); the kinship noun says whose daughter she is either way
    found, _ = labels_of(label_nlp, "Oda Karn travelled with his daughter Mira.")
    assert ("daughter of Oda Karn", "Mira", "apposition", False) in found


def test_a_body_named_beside_a_noun_for_an_outlet_takes_it_as_a_title(label_nlp):
    found, _ = labels_of(label_nlp, "The claim was made by the rebels' mouthpiece, Valley Truth, on Sunday.")
    assert ("rebels' mouthpiece", "Valley Truth", "apposition", False) in found
