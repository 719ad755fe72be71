"""The failure kinds seen on real coverage, reproduced on a story written for this test: two
invented outlets report one invented event, agreeing in other words on some facts and
disagreeing on others. Runs the whole pipeline (ingest, spaCy components, story steps)."""

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.build import build_story

HARBOUR = """Blast at Port Varna kills hundreds

A huge explosion tore through the port of Varna on Tuesday. More than 300 people were killed in the explosion, officials said.

The army blamed the Red Hand militia for the blast. The rebels took over the port on Monday after a week of fighting.

The ceasefire was brokered by Qatar. The militia leader said his men did not want bloodshed. Nor will any of the dockers face charges, the governor said.

The cargo ship that exploded was 40 metres long.
"""

MONITOR = """Explosion in Varna: toll disputed

An explosion hit Varna's port on Tuesday. Between 40 and 90 people died in the explosion, independent monitors estimate.

Officials blamed the Fourth Armoured Brigade for the blast. Rebel fighters took control of the port city on Monday.

Qatar brokered the ceasefire. The militia commander said his fighters did not want blood to be spilled.

Divers searched the wreck at a depth of 900 metres.
"""


def story_of(folder, articles: dict[str, tuple[str, str]], published: str):
    """The story built from written articles (file name -> (text, "outlet,title")), read from a
    folder with a manifest as a user would give them."""
    rows = ["file,outlet,published,title"]
    for name, (text, outlet_title) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        outlet, title = outlet_title.split(",", 1)
        rows.append(f"{name},{outlet},{published},{title}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest = read_inputs([str(folder)], manifest=folder / "manifest.csv")
    assert len(ingest.articles) == len(articles)
    return build_story(list(analyze_articles(ingest.articles)))


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("varna"), {
        "harbour.txt": (HARBOUR, "Harbour Times,Blast at Port Varna kills hundreds"),
        "monitor.txt": (MONITOR, "Coast Monitor,Explosion in Varna: toll disputed"),
    }, "2031-03-05")


def claim_with(story, *fragments):
    """The claim one of whose sources holds each fragment (each in some source)."""
    for claim in story.claims:
        texts = [s.span.text for s in claim.sources]
        if all(any(f in t for t in texts) for f in fragments):
            return claim
    return None


def test_competing_accounts_of_who_did_it_are_a_disagreement(story):
    claim = claim_with(story, "blamed the Red Hand", "blamed the Fourth Armoured Brigade")
    assert claim is not None and claim.status == "contested"
    (conflict,) = [c for c in claim.conflicts if c.kind == "account"]
    assert "Red Hand" in conflict.detail and "Fourth Armoured Brigade" in conflict.detail
    assert {s.outlet for s in conflict.sources} == {"Harbour Times", "Coast Monitor"}


def test_different_figures_from_different_sources_do_not_corroborate(story):
    claim = claim_with(story, "More than 300", "Between 40 and 90")
    assert claim is None or claim.status == "contested"
    if claim is not None:
        assert any(c.kind == "quantity" for c in claim.conflicts)


def test_figures_of_different_things_never_conflict(story):
    assert claim_with(story, "40 metres long", "900 metres") is None
    for claim in story.claims:
        for conflict in claim.conflicts:
            assert "900" not in conflict.detail


@pytest.mark.parametrize("one, other", [
    ("did not want bloodshed", "did not want blood to be spilled"),
    ("took over the port", "took control of the port city"),
    ("brokered by Qatar", "Qatar brokered the ceasefire"),
])
def test_plain_paraphrases_are_one_corroborated_claim(story, one, other):
    claim = claim_with(story, one, other)
    assert claim is not None and claim.status == "corroborated"


def test_claims_keep_negation_figures_and_attribution(story):
    charges = claim_with(story, "dockers face charges")
    assert charges is not None and charges.text.startswith("Nor will any of the dockers")
    toll = claim_with(story, "Between 40 and 90")
    assert toll is not None
    mention_text = next(s.span.text for s in toll.sources if "Between 40 and 90" in s.span.text)
    assert mention_text.startswith("Between 40 and 90 people died")


def test_no_outlet_is_said_to_omit_what_it_reports_in_other_words(story):
    by_id = {c.id: c for c in story.claims}
    for omission in story.omissions:
        claim = by_id[omission.claim]
        assert not any(s.outlet == omission.outlet for s in claim.sources)
    shared = [c for c in story.claims if len({s.outlet for s in c.sources}) == 2]
    assert len(shared) >= 5


def test_every_claim_source_is_an_exact_slice(story):
    texts = {a.id: a.text for a in story.articles}
    for claim in story.claims:
        for source in claim.sources:
            assert texts[source.article][source.span.start:source.span.end] == source.span.text


COURIER = """Ferry owners charged over Lake Orta sinking

Prosecutors charged the owners of the Orta Star ferry with negligence on Monday. In a 32-page indictment released by the regional prosecutor, the owners are accused of overloading the ferry.

The company's lawyers said in 2029 that the owners repaid the passenger fund about $80,000.
"""

VALLEY = """Orta Star owners indicted

The owners of the Orta Star ferry were charged with negligence on Monday. “The ferry carried twice the passengers it was built for,” the 31-page indictment says.

The owners repaid the passenger fund about $80,000 earlier this year.
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory, nlp):
    return story_of(tmp_path_factory.mktemp("orta"), {
        "courier.txt": (COURIER, "Lake Courier,Ferry owners charged over Lake Orta sinking"),
        "valley.txt": (VALLEY, "Valley Post,Orta Star owners indicted"),
    }, "2031-04-10")


def test_one_document_described_by_different_figures_is_contested(ferry):
    claim = claim_with(ferry, "32-page indictment", "31-page indictment")
    assert claim is not None and claim.status == "contested"
    assert any(c.kind == "quantity" and "31" in c.detail and "32" in c.detail for c in claim.conflicts)


def test_a_fact_said_done_years_before_another_outlet_dates_it_is_contested(ferry):
    claim = claim_with(ferry, "repaid the passenger fund about $80,000", "earlier this year")
    assert claim is not None and claim.status == "contested"
    assert any(c.kind == "date" and "2029" in c.detail and "2031" in c.detail for c in claim.conflicts)


def test_an_outlet_that_never_tells_a_shared_fact_is_said_to_omit_it(written_claims_story):
    # two of three invented outlets report the mayor's call for calm; the third never mentions the
    # mayor, and reports everything else it is linked on
    story = written_claims_story("dalmore-march")
    claims = {c.id: c for c in story.claims}
    omitted = {(o.outlet, claims[o.claim].text) for o in story.omissions}
    assert ("Free Voice", "Mayor Ilse Voren called for calm") in omitted
    for omission in story.omissions:
        claim = claims[omission.claim]
        assert claim.status == "corroborated" and omission.outlet not in {s.outlet for s in claim.sources}
