"""Fixes for the small model's entity errors on news text, on small Docs."""

from __future__ import annotations

import pytest


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP"}]


def labels_of(nlp, text: str, name: str) -> set[str]:
    return {label for ent_text, label in ents(nlp, text) if ent_text == name}


def test_hyphenated_place_name_is_one_place(nlp):
    found = ents(nlp, "Wagner took control of the city of Rostov-on-Don on Saturday.")
    assert ("Rostov-on-Don", "GPE") in found
    assert not any(label == "PERSON" for _, label in found)


def test_other_connectors_join_place_names(nlp):
    found = ents(nlp, "The team travelled from Stratford-upon-Avon to Boulogne-sur-Mer last week.")
    assert ("Stratford-upon-Avon", "GPE") in found
    assert ("Boulogne-sur-Mer", "GPE") in found


def test_a_place_name_with_an_article_after_its_connector_is_one_place(nlp):
    found = ents(nlp, "Dockers in Dunholm-by-the-Sea walked out. Floods hit Marle-on-the-Wold and Castrel-de-la-Vega.")
    assert ("Dunholm-by-the-Sea", "GPE") in found, found
    assert ("Marle-on-the-Wold", "GPE") in found, found
    assert ("Castrel-de-la-Vega", "GPE") in found, found
    assert not any(name in ("Sea", "Wold", "Vega") for name, _ in found), found


def test_a_name_set_beside_a_persons_noun_is_that_person(nlp):
    found = ents(nlp, "Emil Dask, the union leader, said workers would march on Friday.")
    assert ("Emil Dask", "PERSON") in found, found


def test_place_name_after_a_non_breaking_space(nlp):
    found = ents(nlp, "Wagner took control of the city of\u00a0Rostov-on-Don on Saturday.")
    assert ("Rostov-on-Don", "GPE") in found


def test_spaced_place_name_is_joined_but_not_prose(nlp):
    assert ("Rostov on Don", "GPE") in ents(nlp, "He had flown between Moscow, St. Petersburg, Rostov on Don and Minsk.")
    found = ents(nlp, "Vladimir Putin spoke. Later Putin on Ukraine was blunt, and the March on Moscow ended.")
    assert not any(" on " in text for text, _ in found)


def test_photo_credit_is_not_a_person(nlp):
    text = "Members of the group sit atop a tank in the city.\nROMAN ROMOKHOV/AFP via Getty Images\n\nThe deal was struck."
    found = ents(nlp, text)
    assert not any("ROMOKHOV" in t or "Getty" in t for t, _ in found)


def test_titles_are_not_part_of_the_name(nlp):
    doc = nlp("Defense Minister Sergei Shoigu met Russian Press Secretary Dmitry Peskov and President Vladimir Putin.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Sergei Shoigu", "Dmitry Peskov", "Vladimir Putin"} <= people
    assert not any("Press" in e.text or e.text == "Defense" for e in doc.ents)


def test_canonical_drops_titles_and_possessive(nlp):
    from storylens.nlp.entity_fixes import make_entity_fixer  # noqa: F401  (registers the factory)

    doc = nlp("The Wagner Group’s founder spoke to reporters.")
    canonical = {e._.canonical for e in doc.ents}
    assert "Wagner Group" in canonical


def test_possessive_is_not_part_of_the_name(nlp):
    text = "Vladimir Putin spoke. Then Putin’s statement was read out, and Lukashenko’s 2020 victory was recalled by Alexander Lukashenko."
    found = ents(nlp, text)
    assert not any("’s" in t for t, _ in found)
    assert ("Lukashenko", "PERSON") in found


def test_surname_takes_the_type_of_the_full_name(nlp):
    text = (
        "Yevgeny Prigozhin launched the mutiny. Prigozhin’s forces advanced. Prigozhin agreed to leave. "
        "The deal with Prigozhin was brokered in Minsk. Critics said Prigozhin had won."
    )
    assert labels_of(nlp, text, "Prigozhin") == {"PERSON"}


def test_publication_with_a_paper_head_word_is_an_organisation(nlp):
    assert labels_of(nlp, "Based on anonymous sources, the Novaya Gazeta wrote that the deal was done.", "Novaya Gazeta") <= {"ORG"}
    assert labels_of(nlp, "Fighters of the Azov Battalion held the plant.", "Azov Battalion") <= {"ORG"}


def test_place_contexts_make_places(nlp):
    assert labels_of(nlp, "Officials said 10,000 square kilometers of roadway were damaged in the Rostov region.", "Rostov") <= {"GPE"}


def test_no_lowercase_or_pronoun_entities(nlp):
    found = ents(nlp, "The pro-NATO camp cheered. We said it. Halfway through, they left for Moscow.")
    assert all(text[0].isupper() for text, _ in found)
    assert not any(text.lower() in {"we", "it", "they", "halfway"} for text, _ in found)


def test_line_breaks_cut_entities(nlp):
    doc = nlp("A tank in the city of Rostov, on Ju\n\nBelarusian dictator Alexander Lukashenko spoke.")
    assert not any("\n" in e.text for e in doc.ents)


def test_dates_and_numbers_survive(nlp):
    doc = nlp("Yevgeny Prigozhin launched his insurrection on June 23 with 25,000 men.")
    assert any(e.label_ == "DATE" and "June 23" in e.text for e in doc.ents)


def test_credit_inside_a_paragraph_keeps_the_other_names(nlp):
    found = ents(nlp, "The talks ended in Minsk (Photo by Jane Doe/Reuters) and Vladimir Putin spoke later.")
    assert not any("Jane Doe" in t for t, _ in found)
    assert ("Vladimir Putin", "PERSON") in found


def test_a_wrapped_line_inside_a_name_keeps_the_name(nlp):
    lines = [
        "The negotiations between the two delegations were led on the first day by the envoy",
        "of the president, and the talks with Vladimir",
        "Putin would continue for as long as both sides were willing to meet, according to",
        "a statement released later by the ministry in the capital on Friday evening after",
        "a long day of meetings with the envoys and their many advisers in the building.",
    ]
    assert ("Vladimir\nPutin", "PERSON") in ents(nlp, "\n".join(lines))


def test_known_places_typed_as_people_become_places(nlp):
    text = "The fighters moved from Kiev to Mali and Burkina Faso, where the Kiev regime had no say."
    found = ents(nlp, text)
    assert ("Mali", "GPE") in found  # the model says PERSON for both
    assert ("Burkina Faso", "GPE") in found
    assert not any(label == "PERSON" for _, label in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Andrew Jackson won the vote. Jackson said the bank had to go.", "Jackson"),
        ("Madison Keys won the match. Afterwards Madison thanked her coach.", "Madison"),
        ("Taylor, a 34-year-old nurse, was arrested on Monday.", "Taylor"),
        ("Police said Warren had fled. Warren's lawyer declined to comment.", "Warren"),
        ("Mr. Allen denied the charges. Allen's lawyer spoke, and Allen left the court.", "Allen"),
        ("Detective Warren led the inquiry. Warren's team made two arrests.", "Warren"),
    ],
)
def test_place_like_names_used_for_people_stay_people(nlp, text, name):
    assert "GPE" not in labels_of(nlp, text, name)


def test_a_person_mention_is_not_retyped_by_the_gazetteer(nlp):
    found = ents(nlp, "Jordan scored 30 points. Jordan was later named the most valuable player.")
    assert ("Jordan", "PERSON") in found  # the model's first mention is a GPE: that one it keeps


def test_companies_and_clubs_are_not_retyped_as_places(nlp):
    assert "GPE" not in labels_of(nlp, "Toyota recalled 1.2 million cars on Tuesday.", "Toyota")
    assert "GPE" not in labels_of(nlp, "Liverpool signed the striker after the club lost to Ajax.", "Liverpool")


def test_gazetteer_knows_countries_and_big_cities_not_surnames_or_towns():
    from storylens.nlp.gazetteer import is_country, is_well_known_place

    assert is_well_known_place("Burkina Faso") and is_well_known_place("Kiev") and is_well_known_place("kyiv")
    assert is_country("Mali") and not is_country("Lagos")
    assert not any(is_well_known_place(n) for n in ("Taylor", "Warren", "Allen", "Franklin", "Lawrence", "Toyota"))


def test_a_plural_common_noun_opening_a_sentence_is_no_name(nlp):
    # round s27: "Shells" opening a sentence was a LOC actor; the tagger reads it as a plural
    # common noun (NNS), capitalised only by its place.
    text = "The militia shelled the bridge at Orrin on Sunday.\n\nShells did not hit the hospital on Sunday, doctors said."
    assert not any(name == "Shells" for name, _ in ents(nlp, text))
    # a name opening a sentence stays a name
    assert any(name == "Velmora" for name, _ in ents(nlp, "Velmora closed its border on Sunday. Velmora said it would reopen."))


def test_an_acronym_in_a_bracket_is_cut_from_the_name_before_it(nlp):
    from spacy.tokens import Span

    from storylens.nlp.entity_fixes import split_bracketed_acronyms

    doc = nlp.make_doc("The bus belonged to the Quarrow Lake Transit Company (QLTC), which runs ferries.")
    start = next(t.i for t in doc if t.text == "Quarrow")
    bracket = next(t.i for t in doc if t.text == "(")
    # the model's cut: the name runs into the bracket
    found = split_bracketed_acronyms(doc, [(start, bracket + 2, "ORG")])
    assert [(Span(doc, s, e).text, label) for s, e, label in found] == [
        ("Quarrow Lake Transit Company", "ORG"),
        ("QLTC", "ORG"),
    ]


# Round s31 (issue 19): names cut by punctuation or a conjunction, ranks, people read as dates.


def test_a_plural_possessive_runs_on_into_the_name_after_it(nlp):
    found = [(e.text, e.label_) for e in nlp("Relatives laid flowers in Martyrs' Square and at the Sailors' Rest.").ents]
    names = [name for name, _ in found]
    assert "Martyrs' Square" in names and "Sailors' Rest" in names, found
    assert "Martyrs" not in names and "Sailors" not in names, found


def test_a_possessive_before_a_name_of_its_own_stays_a_possessive(nlp):
    found = ents(nlp, "Ivo Marsk's Kellport Shipping bought the yard.")
    assert "Ivo Marsk's Kellport Shipping" not in [name for name, _ in found], found


def test_a_party_name_holding_and_is_one_name(nlp):
    found = ents(nlp, "The Selvian Crofters and Carters Party said it would vote against the budget.")
    assert ("Selvian Crofters and Carters Party", "ORG") in found, found


def test_two_names_joined_by_and_stay_two(nlp):
    found = ents(nlp, "The Greens and Labour Party voted against the budget.")
    assert "Greens and Labour Party" not in [name for name, _ in found], found


def test_a_two_word_rank_is_no_part_of_the_name(nlp):
    found = ents(nlp, "Chief Superintendent Halla Brisk said the road was shut. Deputy Commissioner Teo Marn agreed.")
    assert ("Halla Brisk", "PERSON") in found and ("Teo Marn", "PERSON") in found, found
    assert not any(name.startswith(("Superintendent", "Commissioner")) for name, _ in found), found


def test_a_first_name_the_model_left_out_joins_the_surname(nlp):
    found = ents(nlp, "Jorund Kessel, 47, a lock keeper, drowned when the sluice gave way.")
    assert ("Jorund Kessel", "PERSON") in found, found


def test_a_surname_read_as_a_date_is_a_person_beside_a_title(nlp):
    doc = nlp("Edda Varrow, the borough's treasurer, said the barrier was never finished. Mrs Varrow said she had warned the council.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Varrow" in people and not [e for e in doc.ents if e.label_ == "DATE" and "Varrow" in e.text], [(e.text, e.label_) for e in doc.ents]


def test_a_disease_is_no_name(nlp):
    found = ents(nlp, "Typhoid has broken out among families sheltering in the school. Cholera was confirmed on Friday.")
    assert not [name for name, _ in found if name in ("Typhoid", "Cholera")], found


def test_a_rank_before_a_surname_is_no_first_name(nlp):
    doc = nlp("Detective Inspector Mira Sollen led the search. Inspector Sollen said two managers were questioned.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Inspector Sollen" not in people and not any(p.startswith("Inspector") for p in people), people


def test_a_first_name_wordnet_also_lists_is_no_rank(nlp):
    # "Frank" and "Ted" are people in WordNet only as capitalised proper nouns (a Frank of the
    # Germanic peoples, a Teddy boy): after a title they are first names, not a rank's second word.
    doc = nlp("Justice Frank Nervo rejected the appeal, and Sen. Ted Corwin said he would not vote.")
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Frank Nervo" in people and "Ted Corwin" in people
    doc = nlp("Chief Superintendent Aldo Brenner said the gate was shut.")
    assert "Aldo Brenner" in {e.text for e in doc.ents if e.label_ == "PERSON"}


# Round s32 (issue 19): names after a noun for a person, common words opening a sentence, and a
# conjunction at a name's end. Every name is invented.


def test_a_name_after_a_noun_for_a_person_is_that_persons_whole_name(nlp):
    assert ("Per Oddny", "PERSON") in ents(nlp, '"It was terrible," said the fisherman Per Oddny, who saw the blast.')
    assert ("Tobiah", "PERSON") in ents(nlp, "She fled with her grandson Tobiah and two neighbours.")
    assert ("Emrys", "PERSON") in ents(nlp, "Ruth Vasskog, 71, watched the smoke with her grandson Emrys.")
    assert ("Ambrose Tull", "PERSON") in ents(nlp, "Father Ambrose Tull led prayers for the missing on Sunday.")


def test_a_capitalised_noun_before_words_of_the_language_names_no_one(nlp):
    assert not any(label == "PERSON" for _, label in ents(nlp, "Father Christmas Day services were cancelled in the port."))
    assert labels_of(nlp, "The fisherman Monday said nothing.", "Monday") == set()


def test_a_common_word_opening_a_sentence_is_no_name(nlp):
    assert ents(nlp, "Nitric acid is used in the first stage of the process.") == []
    assert ents(nlp, "Ammonia spread over the town on Tuesday.") == []
    assert labels_of(nlp, "China bought the fertiliser in May.", "China") == {"GPE"}


def test_a_conjunction_ends_no_name(nlp):
    found = [name for name, _ in ents(nlp, '"Gustav and Nadia were at the pier when it happened," Ida Hale said.')]
    assert not any(name.endswith(" and") for name in found), found

