"""Omissions: an outlet is said to leave out a corroborated fact only when none of its articles
tells it in any wording. The kinds of wording that made false omissions, reproduced on a story
written for these tests (three invented outlets on an invented cable-car stoppage), and a fact one
outlet really leaves out, which must stay listed. Runs the whole pipeline."""

import copy

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.actors import merge_actors
from storylens.story.build import build_story
from storylens.story.claim_linker import load_model
from storylens.story.claims import PreparedPairs, agreed_by_two_sources, outlets_telling, prepare_pairs
from storylens.story.context import StoryContext
from tests.story.claim_conflicts.helpers import clause

GAZETTE = """Cable car stalls over Vesk gorge

Sixty passengers were trapped for five hours on Saturday when the Vesk gorge cable car stopped halfway across the valley.

Three men were arrested after the stoppage, police said. Mayor Irena Holt ordered an independent inquiry into the operator.

Lindqvist Ropeways said early signs pointed to a rockfall on the upper pylon.

Rescuers lowered the passengers to the valley floor one by one.
"""

RADIO = """Passengers winched down after gorge cable car breakdown

Rescuers spent the night bringing sixty people down from the stranded Vesk cable car.

The three men detained on Saturday were questioned overnight, police said. The mayor, Irena Holt, ordered an independent inquiry into Lindqvist Ropeways.

"There was no rockfall," said Tomas Brek, an official of the cable workers' union.

The cable car had passed its annual safety check in March.
"""

TABLOID = """TERROR IN THE SKY

Sixty terrified riders were left dangling over the Vesk gorge for five hours.

Three louts were nabbed at the valley station, one of them for punching a ticket inspector.

The firm insists that loose stones jammed the hauling cable.

"I thought we were going to die," said pensioner Greta Moll.
"""


@pytest.fixture(scope="module")
def analyses(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("vesk")
    articles = {"gazette.txt": (GAZETTE, "Vesk Gazette"), "radio.txt": (RADIO, "Radio Vesk"),
                "tablo.txt": (TABLOID, "The Daily Ribbon")}
    rows = ["file,outlet,published,title"]
    for name, (text, outlet) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},2031-09-14,{text.splitlines()[0]}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return list(analyze_articles(read_inputs([str(folder)], manifest=folder / "manifest.csv").articles))


@pytest.fixture(scope="module")
def story(analyses):
    return build_story(copy.deepcopy(analyses))


def omitted_by(story, outlet: str) -> list[str]:
    claims = {c.id: c for c in story.claims}
    return [" / ".join(s.span.text for s in claims[o.claim].sources) for o in story.omissions if o.outlet == outlet]


def test_a_fact_an_outlet_never_tells_is_said_to_be_left_out(story):
    # the tabloid never names the mayor nor any inquiry
    assert any("inquiry" in told for told in omitted_by(story, "The Daily Ribbon"))


def test_an_outlet_telling_a_fact_in_words_of_its_own_is_not_said_to_leave_it_out(story):
    # "Three louts were nabbed" tells the arrests; "loose stones jammed the cable" tells a cause
    # the two others dispute ("a rockfall" / "There was no rockfall")
    for told in omitted_by(story, "The Daily Ribbon"):
        assert "arrested" not in told and "detained" not in told
        assert "rockfall" not in told


def test_every_clause_of_an_outlet_is_read_not_only_the_pairs_picked_for_linking(analyses):
    """With no candidate pair at all, the tabloid's arrests still come near the claim of the
    other two outlets' arrests: the clauses of an outlet left out are scored one by one."""
    context = StoryContext(copy.deepcopy(analyses))
    merge_actors(context)
    prepared = prepare_pairs(context)
    items = prepared.mentions.items
    arrests = [n for n, item in enumerate(items) if "Three men were arrested" in item.mention.text
               or "three men detained" in item.mention.text]
    assert {items[n].outlet for n in arrests} == {"Vesk Gazette", "Radio Vesk"}
    no_pairs = PreparedPairs(prepared.mentions, [], prepared.features[:0])
    assert "The Daily Ribbon" in outlets_telling(arrests, no_pairs, load_model())


def test_a_claim_told_both_ways_is_no_fact_the_others_agree_on():
    said = clause("The operator said early signs pointed to a rockfall.", "early signs pointed to a rockfall",
                  "gazette", predicate="point")
    denied = clause('"There was no rockfall," said a union official.', "There was no rockfall", "radio",
                    predicate="be", negated=True)
    retold = clause("The operator said a rockfall on the upper pylon had stopped the car.",
                    "a rockfall on the upper pylon had stopped the car", "courier", predicate="stop")
    assert not agreed_by_two_sources([said, denied])
    assert agreed_by_two_sources([said, denied, retold])


def test_a_clause_under_no_evidence_that_agrees_with_a_plain_denial():
    # "no evidence that the cable had snapped" states what "The cable did not snap" states
    under = clause("Inspectors found no evidence that the cable had snapped.", "the cable had snapped",
                   "gazette", predicate="snap")
    plain = clause("The cable did not snap, the operator said.", "The cable did not snap", "radio",
                   predicate="snap", negated=True)
    assert agreed_by_two_sources([under, plain])
