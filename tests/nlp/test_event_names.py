"""Event names: lexicon heads with their modifiers, attempts, proper names, scare quotes."""

import storylens.nlp.event_names  # noqa: F401  (registers the component)
from storylens.nlp.event_names import is_generic


def names_of(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article_id = "t"
    doc = nlp(doc)
    return {(n.term, n.scare_quoted) for n in doc._.event_names}, doc


def test_modifiers_and_attempt_nouns(nlp):
    found, _ = names_of(nlp, "The armed mutiny ended a day later, after the failed coup attempt collapsed.")
    terms = {term for term, _ in found}
    assert "armed mutiny" in terms
    assert any(term.endswith("coup attempt") for term in terms)


def test_plural_heads_are_singular_and_quantifiers_dropped(nlp):
    found, _ = names_of(nlp, "The several insurrections in the provinces were put down.")
    assert ("insurrection", False) in found


def test_scare_quotes(nlp):
    found, doc = names_of(nlp, "Putin called it an “armed rebellion” and promised punishment.")
    assert ("armed rebellion", True) in found
    name = doc._.event_names[0]
    assert doc.text[name.span.start : name.span.end] == name.span.text


def test_capitalised_name_with_place(nlp):
    found, _ = names_of(nlp, "Prigozhin ended the March on Moscow after Lukashenko called.")
    assert any(term == "March on Moscow" for term, _ in found)


def test_generic_heads_are_marked():
    assert is_generic("internal conflict") and is_generic("war")
    assert not is_generic("armed mutiny") and not is_generic("coup attempt")


def test_names_the_outlet_sets_itself_against_are_distanced(nlp):
    def distanced(text):
        _, doc = names_of(nlp, text)
        return {n.term: n.distanced for n in doc._.event_names}

    assert distanced("The so-called rescue operation reached Velmora on Monday.") == {"rescue operation": True}
    assert distanced("The army began what the ministry calls a rescue operation.") == {"rescue operation": True}
    found = distanced("It was not an invasion, the paper wrote. The uprising spread.")
    assert found == {"invasion": True, "uprising": False}


def test_invasion_and_war_are_generic():
    assert is_generic("invasion") and is_generic("war") and not is_generic("uprising")


def test_a_capitalised_event_noun_keeps_the_name_it_opens(nlp):
    # round s27: "Operation Dawnbreak" was the bare term "Operation"
    doc = nlp('The rebels call the offensive "Operation Greywater". The minister mocked the so-called "Operation Greywater".')
    names = [(n.term, n.scare_quoted, n.distanced, n.reported) for n in doc._.event_names]
    # neither is the outlet's own name: the first is the rebels' name, reported; the second rejected
    assert names == [("Operation Greywater", True, False, True), ("Operation Greywater", True, True, False)], names
    doc = nlp("Operation Greywater, as the rebels call it, began on Monday.")
    assert [(n.term, n.distanced, n.reported) for n in doc._.event_names] == [("Operation Greywater", False, True)]
    # round s28: a name reported without quotation marks is no distancing either
    doc = nlp("The troops swept the docks in a raid which ministers call Operation Low Tide.")
    # round s29: "a raid" is the common noun, no name of the event
    assert [(n.term, n.scare_quoted, n.distanced, n.reported) for n in doc._.event_names] == [
        ("Operation Low Tide", False, False, True),
    ]


# --- round s29: reported names, modifiers and bare common nouns -----------------------------


def test_a_proper_name_after_what_they_called_is_reported_not_distanced(nlp):
    _, doc = names_of(nlp, "The coastguard launched what the force called Operation Grey Current on Monday.")
    name = next(n for n in doc._.event_names if n.term == "Operation Grey Current")
    assert name.reported and not name.distanced and not name.scare_quoted
    # a description after "what they call" is still a name the outlet rejects
    _, doc = names_of(nlp, "The army began what the ministry calls a rescue operation.")
    rescue = next(n for n in doc._.event_names if n.term == "rescue operation")
    assert rescue.distanced and not rescue.reported


def test_an_event_noun_modifying_another_noun_or_an_indefinite_common_noun_is_no_name(nlp):
    found, _ = names_of(
        nlp,
        "Riot police cleared the Tessel gates. Dock workers began a strike on Friday. "
        "A ceasefire was agreed on Sunday. The strike committee met. Strikes are common here.",
    )
    assert {term for term, _ in found} == set()


def test_a_definite_or_possessed_event_noun_is_a_name(nlp):
    found, _ = names_of(nlp, "The strike at the Tessel docks entered its fifth day. Marra's blockade held.")
    assert {term for term, _ in found} == {"strike", "blockade"}


# --- round s31 -------------------------------------------------------------------------------


def _names(nlp, text):
    return {n.term: n for n in nlp(text)._.event_names}


def test_a_kind_of_a_specific_event_noun_in_wordnet_is_a_name(nlp):
    # "bloodbath" is a kind of slaughter, the first sense of "massacre"; "carnage" is that sense
    assert "bloodbath" in _names(nlp, "The bloodbath at the depot left nine dead.")
    assert "carnage" in _names(nlp, "The carnage at the depot left nine dead.")
    # a word with an everyday sense too is not read as an event ("exhibition": a demonstration)
    assert not _names(nlp, "The exhibition at the depot opened on Friday.")


def test_a_name_in_a_speakers_quotation_is_not_scare_quoted(nlp):
    described = _names(nlp, 'The interior minister described the sweep as a "security operation".')["security operation"]
    assert not described.scare_quoted and not described.distanced
    spoken = _names(nlp, 'The minister said "the security operation will go on until the gangs are gone".')
    assert not spoken["security operation"].scare_quoted
    sneer = _names(nlp, 'The so-called "uprising" left the town of Ossel in ruins.')
    assert sneer["uprising"].distanced and not sneer["uprising"].reported


def test_an_event_noun_in_the_name_of_a_body_or_place_is_no_name(nlp):
    """Round s32: "the Emergency Crisis Centre" is a place, "the Strike Committee" a body; a name
    the event noun opens ("Operation Clear Tide") is still the event's."""
    for text in ("Staff at the Emergency Crisis Centre said the roads were closed.", "The Strike Committee met on Monday."):
        found, _ = names_of(nlp, text)
        assert not found, found
    found, _ = names_of(nlp, "Operation Clear Tide began at dawn.")
    assert any("Clear Tide" in term for term, _ in found), found


def test_march_is_generic():
    """Round s32: a march is any procession ("a protest march was called off"); "March on X"
    stays a proper name, whose last word is no event noun."""
    assert is_generic("protest march") and not is_generic("March on Moscow")


def test_an_act_wordnet_files_under_wrongdoing_or_violence_is_an_event_noun(nlp):
    # round s35: crimes and riots were no event nouns; classes of many acts ("crime") stay out
    found, _ = names_of(nlp, "The theft was discovered on Monday, and detectives linked the robbery to the riot.")
    terms = {term for term, _ in found}
    assert {"theft", "robbery", "riot"} <= terms
    found, _ = names_of(nlp, "The crime shocked the town. The statement came on Monday.")
    assert not {term for term, _ in found}


def test_a_name_ending_in_a_word_for_a_crime_is_an_event_not_a_body(nlp):
    doc = nlp("Guards lost control of B wing, and the Brenmoor Riot is now the subject of an inquiry.")
    assert [(e.text, e.label_) for e in doc.ents if "Riot" in e.text] in ([], [("Brenmoor Riot", "EVENT")])
    doc = nlp("The Fraud Office opened a case against Lena Heist, a curator.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Fraud Office") == "ORG" and labels.get("Lena Heist") == "PERSON", labels


def test_a_matter_named_by_its_act_or_a_name_is_an_event_name(nlp):
    # round s37: a doping story's outlets wrote "the doping affair" and "the doping case", read as
    # no name; a matter ("case", "affair", "scandal") is named by the act it is about, or a name
    found, _ = names_of(nlp, "The doping affair has cost the Varne cycling team its sponsor.")
    assert "doping affair" in {term for term, _ in found}, found
    found, _ = names_of(nlp, "Prosecutors say the bribery case against the harbour board will open in May.")
    assert "bribery case" in {term for term, _ in found}, found
    found, _ = names_of(nlp, "Two ministers resigned over the Tarnholt scandal on Friday.")
    assert any(term.endswith("scandal") and "Tarnholt" in term for term, _ in found), found


def test_a_matter_alone_or_named_by_no_act_is_no_event_name(nlp):
    for text in (
        "The case will be heard in May.",
        "The court case will be heard in May.",
        "She said the affair was closed.",
        "A doping case was opened against a rider from another team.",
    ):
        found, _ = names_of(nlp, text)
        assert not any(term.endswith(("case", "affair")) for term, _ in found), (text, found)
