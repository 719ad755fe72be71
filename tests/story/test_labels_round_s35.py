"""Labels across outlets on invented stories (issue 19, round s35): a description's trailing
words or a sentence's other doers are no label of a body or a country, and "the regime" and "the
puppet government" go to the government the story names, also when the model typed the
country an organisation."""

import pytest

from tests.story.test_labels_round_s34 import _story

DAM = [
    (
        "Delta Times",
        "Dam breach feared in Orsk valley",
        "The Ministry of Civil Protection, the body responsible for the safety of residents, ordered an evacuation of the "
        "Orsk valley on Friday. Engineers said the dam could fail within days.",
    ),
    (
        "Valley Echo",
        "Orsk valley told to leave",
        "The residents were told to leave the Orsk valley on Friday. Engineers fear the dam could fail. The residents have nowhere to go.",
    ),
]

FUEL_TAX = [
    ("Grey Post", "Kavria budget", "Kavria, a country of four million taxpayers, raised the fuel tax on Monday."),
    ("Free Lisa", "Fuel tax rises", "The fuel tax rose on Monday. The taxpayers are angry."),
]

BRIDGE = [
    (
        "Grey Post",
        "Kavria to pay for new bridge",
        "Kavria will pay for the new bridge over the Lisa river, the finance ministry said on Monday. Floods hit towns in Kavria last spring.",
    ),
    ("Kavrian Voice", "Who pays for the bridge", "Kavria will pay for the new bridge over the Lisa river. Officials in Kavria say it will open in 2033."),
    ("Free Lisa", "Bridge deal", "The taxpayers will pay for the new bridge over the Lisa river. Nobody asked them."),
]

OCCUPATION = [
    (
        "Northern Courier",
        "Army moves into Tarvel",
        "Velmoria sent troops to Tarvel to protect its citizens, the government of Velmoria said on Sunday. Velmoria has spent millions on its army.",
    ),
    (
        "Tarvel Free Press",
        "Occupation of Tarvel",
        "The regime has closed the border with Tarvel. The puppet government in Tarvel will not survive the winter.",
    ),
]


def _labels(story):
    return {(actor.name, label.label, label.kind) for actor in story.actors for label in actor.labels}


@pytest.mark.parametrize("outlets, stray", [(DAM, "residents"), (FUEL_TAX, "taxpayers"), (BRIDGE, "taxpayers")])
def test_people_the_story_names_beside_a_body_or_a_country_are_no_label_of_it(nlp, outlets, stray):
    found = _labels(_story(nlp, outlets, stray[0]))
    assert not [label for label in found if label[1] == stray], found


def test_the_regime_goes_to_the_government_the_story_names_as_an_organisations(nlp):
    story = _story(nlp, OCCUPATION, "o")
    found = {(name, label, kind) for name, label, kind in _labels(story) if "regime" in label}
    # the model types Velmoria an organisation here; "the government of Velmoria" makes it a polity
    assert found == {("Velmoria", "regime", "characterisation")}
