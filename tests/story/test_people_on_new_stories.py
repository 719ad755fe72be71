"""People and their labels across the outlets of one story (issue 19, round s29), on a story
written for this test: two people who share a surname, a doctor and a soldier of another, a
person the model does not see, kinship, offices read from clauses and titles with "of". Runs the
whole pipeline (ingest, spaCy components, story steps)."""

import pytest

from tests.story.test_claims_on_new_stories import story_of

HERALD = """Inquiry fines mine owners over Tarnby flood

An inquiry in Tarnby fined the owners of the Moss Hill mine on Wednesday after floodwater killed two miners in March.

The mine's safety officer, Teodor Marsk, told the inquiry the pumps had failed. Mr Marsk said he had warned the board twice. His sister, Nina Marsk, a lawyer for the families, said she would appeal. Ms Marsk said the fine was far too small.

"We told them the wall would give way," Mr Marsk said. Their chief, Mr Marsk, resigned in April. "The families deserve better than this," Ms Marsk said outside the hall.

Ines Marsh, the port's director, said the mine had shipped coal through Tarnby for twenty years.

The Minister of Mines, Alma Teig, will visit the site on Friday. Dr Maren Oak, who heads the emergency department at Tarnby General, said both men died before they reached hospital.

The rescue team, whose leader, Ruben Kask, pulled three men from the water, was praised by the mayor. His daughter Vesna, 19, said her father had not slept for two days.
"""

LEDGER = """Moss Hill fine an insult, families say

The families of two miners killed at Moss Hill said on Wednesday that the fine was an insult.

Ines Marsh, the port's director, said no ship had been warned of the risk.

One of the dead, Private Piet Hollis, had been on leave from the army. Kasia Hollis, a surgeon at Tarnby General, treated the survivors. Dr Hollis said the water was close to freezing.

Dr Mira Tolk, the duty consultant, said the injured were stable. Her brother, Gustav Tolk, a crane driver at the mine, helped pull men out. Dr Tolk said the hospital had called in extra staff.
"""


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("tarnby"), {
        "herald.txt": (HERALD, "Tarnby Herald,Inquiry fines mine owners over Tarnby flood"),
        "ledger.txt": (LEDGER, "Valley Ledger,Moss Hill fine an insult, families say"),
    }, "2031-05-14")


def actor(story, name):
    found = [a for a in story.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.aliases) for a in story.actors]
    return found[0]


def texts_before(story, actor, width=4):
    """Each mention of the actor with the words just before it ("Ms Marsk")."""
    texts = {a.id: a.text for a in story.articles}
    return [texts[m.article][max(0, m.start - width) : m.end] for m in actor.mentions]


def test_forms_of_address_go_to_the_person_they_fit(story):
    teodor, nina = actor(story, "Teodor Marsk"), actor(story, "Nina Marsk")
    assert sum("Mr Marsk" in t for t in texts_before(story, teodor)) == 3
    assert sum("Ms Marsk" in t for t in texts_before(story, nina)) == 2
    assert not any("Ms " in t for t in texts_before(story, teodor))
    assert not any(a.name == "Marsk" for a in story.actors)


def test_dr_goes_to_the_doctor_not_the_relative(story):
    assert any("Dr Hollis" in t for t in texts_before(story, actor(story, "Kasia Hollis")))
    assert any("Dr Tolk" in t for t in texts_before(story, actor(story, "Mira Tolk")))
    assert len(actor(story, "Piet Hollis").mentions) == 1
    assert len(actor(story, "Gustav Tolk").mentions) == 1


def test_quotes_follow_the_person_of_their_speakers_mention(story):
    nina, teodor = actor(story, "Nina Marsk").id, actor(story, "Teodor Marsk").id
    by_text = {q.text.strip('"“”,'): q.speaker for q in story.quotes}
    assert by_text["The families deserve better than this"] == nina
    assert by_text["We told them the wall would give way"] == teodor
    assert [q.speaker for q in story.quotes if "far too small" in q.text] == [nina]


def test_a_person_the_model_missed_is_an_actor_with_her_quotes(story):
    marsh = actor(story, "Ines Marsh")
    assert {m.article for m in marsh.mentions} == {a.id for a in story.articles}
    assert {q.speaker for q in story.quotes if q.speaker_text == "Ines Marsh"} == {marsh.id}


def test_labels_of_relatives_offices_and_titles(story):
    labels = {a.name: {l.label for l in a.labels} for a in story.actors}
    assert "daughter of Ruben Kask" in labels["Vesna"]
    assert "leader of the rescue team" in labels["Ruben Kask"]
    assert any(l.startswith("head of the emergency department") for l in labels["Maren Oak"])
    assert "Minister of Mines" in labels["Alma Teig"]
    assert not any("Minister" in a.name for a in story.actors)
    # "Their chief, Mr Marsk": the title without the pronoun (round s34: a possessive pronoun's
    # title names the office, never "Their chief")
    assert "chief" in labels["Teodor Marsk"] and "chief" not in labels["Nina Marsk"]
    assert not any(label.startswith("Their") for label in labels["Teodor Marsk"] | labels["Nina Marsk"])
    assert not any(l.startswith("sister") for l in labels["Teodor Marsk"])
