"""The alignment of two invented reports of one flood, through the whole pipeline: each fact told
by both outlets in other words is matched one to one, and a neighbouring fact only one outlet
tells is matched with nothing and joins no claim of the other outlet."""

import dataclasses

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.actors import merge_actors
from storylens.story.claim_alignment import aligned_pairs
from storylens.story.claim_linker import load_model
from storylens.story.claims import align_claims, prepare_pairs, scored_pairs
from storylens.story.context import StoryContext

COURIER = """Floods drive families from Marsh Hollow

Floodwaters forced 1,200 residents of Marsh Hollow to leave their homes on Sunday. The county opened three shelters at local schools. The county also opened a telephone hotline for residents.

Insurers expect claims to top $9 million. Ticket sales for the spring fair collapsed after the flood. The river crested at nine metres on Monday night.
"""

GAZETTE = """Marsh Hollow evacuated as Tamsin rises

About 1,200 people in Marsh Hollow were evacuated on Sunday. Three school gyms were turned into emergency shelters by county officials.

Far fewer visitors bought passes to the spring fair this year. The water peaked late on Monday. Payouts by insurance companies could pass $9 million.
"""

# (Courier clause, Gazette clause) telling one fact
PARAPHRASES = {
    ("Floodwaters forced 1,200 residents", "About 1,200 people in Marsh Hollow were evacuated"),
    ("The county opened three shelters", "Three school gyms were turned into emergency shelters"),
    ("Insurers expect claims to top $9 million", "Payouts by insurance companies could pass $9 million"),
    ("Ticket sales for the spring fair collapsed", "Far fewer visitors bought passes to the spring fair"),
    ("The river crested at nine metres", "The water peaked late on Monday"),
}
LOWEST_BAR = 0.3  # the lowest aligned bar scripts/train_claim_linker.py was given to choose from


@pytest.fixture(scope="module")
def flood(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("marsh-hollow")
    (folder / "courier.txt").write_text(COURIER, encoding="utf-8")
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,published,title\n"
                                         "courier.txt,Valley Courier,2031-04-02,Floods drive families from Marsh Hollow\n"
                                         "gazette.txt,Ridge Gazette,2031-04-02,Marsh Hollow evacuated as Tamsin rises\n",
                                         encoding="utf-8")
    ingest = read_inputs([str(folder)], manifest=folder / "manifest.csv")
    context = StoryContext(list(analyze_articles(ingest.articles)))
    merge_actors(context)
    return context, prepare_pairs(context)


def text_pair(items, i, j):
    a, b = sorted((items[i], items[j]), key=lambda item: item.outlet != "Valley Courier")
    return a.mention.text, b.mention.text


def test_paraphrases_are_aligned_one_to_one(flood):
    context, prepared = flood
    items = prepared.mentions.items
    aligned = aligned_pairs([item.span.article for item in items], scored_pairs(prepared, load_model()), LOWEST_BAR)
    found = {text_pair(items, i, j) for i, j in aligned}
    for courier, gazette in PARAPHRASES:
        assert any(a.startswith(courier) and b.startswith(gazette) for a, b in found), (courier, gazette)
    assert len(found) == len(PARAPHRASES)  # one partner each; the hotline clause has none


def test_a_neighbouring_fact_joins_no_claim_of_the_other_outlet(flood):
    context, prepared = flood
    model = dataclasses.replace(load_model(), aligned_threshold=LOWEST_BAR)
    claims, _ = align_claims(context, model=model, prepared=prepared)
    (hotline,) = [c for c in claims if any("telephone hotline" in s.span.text for s in c.sources)]
    assert {s.outlet for s in hotline.sources} == {"Valley Courier"}
    (shelters,) = [c for c in claims if any("three shelters" in s.span.text for s in c.sources)]
    assert {s.outlet for s in shelters.sources} == {"Valley Courier", "Ridge Gazette"}
