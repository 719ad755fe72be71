"""FNC-1 stance scorer: the metric arithmetic, and predictions on a small file of our own in
the public FNC-1 layout (no FNC data is shared): seven bodies, sixteen pairs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from storylens.eval.stance import LABELS, fnc_score, metrics, read_fnc

BODIES = {
    "101": (
        "Wildlife officers removed an eight-foot alligator from a family's swimming pool in Tampa, Florida, "
        "on Tuesday morning. The homeowner, Mark Davis, found the animal floating in the deep end when he opened "
        "the back door. A licensed trapper caught the alligator within an hour and released it in a nearby "
        "wetland. No one was injured."
    ),
    "202": (
        "Reports that the singer Adele was rushed to hospital after collapsing on stage in London are false, her "
        "spokesman said on Sunday. The singer did not collapse and is resting at home before the next concert. "
        "The rumour spread on social media after a fake news site published the story, which has been debunked."
    ),
    "303": (
        "A Chinese construction company has reportedly built a 57-storey skyscraper in just 19 days, according "
        "to state media. The firm allegedly assembled the tower from prefabricated modules made in its factory. "
        "The claim could not be independently verified, and engineers have questioned whether the building is safe."
    ),
    "404": (
        "Apple will open a $1 billion campus in Austin, Texas. The new campus will employ 5,000 people at first "
        "and could grow to 15,000 workers. Construction starts next year on a 133-acre site in the north of the city."
    ),
    "505": (
        "The town council of Marlow Bay voted 7-2 on Monday to ban single-use plastic bags from grocery stores "
        "from March. Shops that break the rule will face fines of up to $500. Councillor Rita Osei, who proposed "
        "the measure, said the ban would cut litter on the town's beaches."
    ),
    "606": (
        "A fisherman says he saw a giant squid more than 15 metres long off the coast of northern Norway, "
        "according to local newspaper reports. Marine biologists have not confirmed the sighting and say the "
        "animal may have been a floating log. The photos he shared online are blurry."
    ),
    "707": (
        "Kestrel Rail has denied reports that it will cut 3,000 jobs next year. A company spokeswoman said the "
        "rumour was false and that no layoffs were planned. Shares in the company rose 2 percent on Thursday."
    ),
}

STANCES = [
    ("Alligator pulled from Florida family's swimming pool", "101", "agree"),
    ("Adele rushed to hospital after collapsing on stage in London", "202", "disagree"),
    ("Chinese company builds 57-storey skyscraper in 19 days", "303", "discuss"),
    ("Apple will open a $1 billion campus in Austin, Texas", "404", "agree"),
    ("Apple campus in Austin will employ 50,000 people", "404", "disagree"),
    ("Chinese company builds 57-storey skyscraper in 19 days", "101", "unrelated"),
    ("Adele rushed to hospital after collapsing on stage in London", "404", "unrelated"),
    ("Alligator pulled from Florida family's swimming pool", "303", "unrelated"),
    ("Apple will open a $1 billion campus in Austin, Texas", "202", "unrelated"),
    ("Marlow Bay council bans plastic bags in grocery stores", "505", "agree"),
    ("Marlow Bay shops face $5,000 fines over plastic bags", "505", "disagree"),
    ("Fisherman spots 15-metre giant squid off Norway", "606", "discuss"),
    ("Kestrel Rail to cut 3,000 jobs next year", "707", "disagree"),
    ("Marlow Bay council bans plastic bags in grocery stores", "606", "unrelated"),
    ("Fisherman spots 15-metre giant squid off Norway", "707", "unrelated"),
    ("Kestrel Rail to cut 3,000 jobs next year", "505", "unrelated"),
]


def write_fnc(folder: Path, prefix: str = "competition_test") -> Path:
    with (folder / f"{prefix}_bodies.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerows(BODIES.items())
    with (folder / f"{prefix}_stances.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Headline", "Body ID", "Stance"])
        writer.writerows(STANCES)
    return folder


def test_fnc_score_weights():
    assert fnc_score(["agree", "unrelated"], ["agree", "unrelated"]) == 1.0
    # related but the wrong class: 0.25 of the 1.0 a related pair can earn; plus 0.25 of 0.25 unrelated
    assert fnc_score(["agree", "unrelated"], ["discuss", "unrelated"]) == pytest.approx(0.5 / 1.25)
    assert fnc_score(["disagree"], ["unrelated"]) == 0.0
    assert fnc_score(["unrelated"], ["agree"]) == 0.0


def test_metrics_confusion_and_macro_f1():
    gold = ["agree", "agree", "disagree", "discuss", "unrelated", "unrelated"]
    predicted = ["agree", "discuss", "disagree", "discuss", "unrelated", "agree"]
    m = metrics(gold, predicted)
    assert m["confusion_agree_as_discuss"] == 1.0
    assert m["confusion_unrelated_as_agree"] == 1.0
    assert sum(m[f"confusion_{g}_as_{p}"] for g in LABELS for p in LABELS) == len(gold)
    assert m["agree_f1"] == pytest.approx(0.5)
    assert m["disagree_f1"] == 1.0 and m["discuss_f1"] == pytest.approx(2 / 3) and m["unrelated_f1"] == pytest.approx(2 / 3)
    assert m["macro_f1"] == pytest.approx((0.5 + 1.0 + 2 / 3 + 2 / 3) / 4)


def test_reads_competition_test_before_train(tmp_path):
    write_fnc(tmp_path, "train")
    write_fnc(tmp_path, "competition_test")
    (tmp_path / "competition_test_stances.csv").write_text("Headline,Body ID,Stance\nOnly one,101,agree\n")
    pairs, bodies = read_fnc(tmp_path)
    assert [p.headline for p in pairs] == ["Only one"] and set(bodies) == set(BODIES)


def test_evaluate_on_own_fnc_file(tmp_path, nlp):
    from storylens.eval import EVALUATIONS, evaluate

    assert "stance" in EVALUATIONS
    figures = evaluate("stance", write_fnc(tmp_path), nlp=nlp)
    assert figures["pairs"] == len(STANCES)
    assert figures["score"] == figures["fnc_score"]
    # every unrelated pair (another story's body) is told apart from the related ones
    assert figures["confusion_unrelated_as_unrelated"] == sum(1 for *_, stance in STANCES if stance == "unrelated")
    assert sum(figures[f"confusion_{g}_as_unrelated"] for g in ("agree", "disagree", "discuss")) == 0.0
    # the claims' contradiction machinery finds the disagreeing bodies: a denial, figures that differ
    assert figures["confusion_disagree_as_disagree"] >= 3.0
    # floor: what the learned pair scorer measures on this file (docs/eval-stance.md)
    assert figures["score"] >= 1.0
