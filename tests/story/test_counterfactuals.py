"""Counterfactual clauses: "Had the council closed the road earlier, the bus would never have
crashed" says what did not happen, so it links to nothing. Two invented outlets report an invented
flood (Marrowby)."""

import pytest

from storylens.ingest import read_inputs
from storylens.nlp.pipeline import analyze_articles
from storylens.story.actors import merge_actors
from storylens.story.claims import align_claims, located_mentions
from storylens.story.context import StoryContext
from storylens.story.counterfactuals import tells_what_did_not_happen

MARROWBY_HERALD = """Floodwater cuts off Marrowby

The Harlen bridge was closed by the county council on Tuesday. Eleven passengers were taken to hospital after a bus left the road near Tollen. The builder did not respond to requests for comment. Had the council closed the road earlier, the bus would never have crashed. "Every truck we own is on the road," said Ilse Moran, who runs a haulage firm.
"""

TOLLEN_COURIER = """Marrowby waits for help as river rises

The county council closed the Harlen bridge on Tuesday. Ambulances took eleven passengers to hospital from the crash site near Tollen. The ministry did not respond to requests for comment. Had the army sent boats, the village could have been evacuated in a day. The road was out of service for about three weeks. "We need trucks, not promises," said Gunnar Pell, a farmer. Residents protested the closure of the Harlen bridge by the council.
"""


@pytest.fixture(scope="module")
def flood(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("marrowby")
    rows = ["file,outlet,published,title"]
    for name, text, outlet in (("herald.txt", MARROWBY_HERALD, "Marrowby Herald"),
                               ("courier.txt", TOLLEN_COURIER, "Tollen Courier")):
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},2031-03-14,{text.splitlines()[0]}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ingest = read_inputs([str(folder)], manifest=folder / "manifest.csv")
    context = StoryContext(list(analyze_articles(ingest.articles)))
    merge_actors(context)
    return context, located_mentions(context)


def unreal(flood, fragment) -> bool:
    _, items = flood
    return tells_what_did_not_happen(next(item for item in items if fragment in item.mention.text))


def test_a_counterfactual_tells_what_did_not_happen(flood):
    assert unreal(flood, "Had the council closed the road")
    assert unreal(flood, "the bus would never have crashed")
    assert unreal(flood, "Had the army sent boats")
    assert not unreal(flood, "The county council closed")
    assert not unreal(flood, "The builder did not respond")


def test_a_counterfactual_corroborates_nothing(flood):
    # "Had the council closed the road earlier" reads close to the closed bridge and the road out
    # of service, but says the council did not close it
    context, _ = flood
    claims, _ = align_claims(context)
    holding = [c for c in claims if any("Had the council closed" in s.span.text for s in c.sources)]
    assert holding and all(c.status == "single_source" and len(c.sources) == 1 for c in holding)
    closed = [c for c in claims if any("The county council closed" in s.span.text for s in c.sources)]
    assert closed and closed[0].status == "corroborated"
