"""scripts/train_claim_linker.py: training stories from several gold folders, stories held out
from training altogether, and a run end to end on tiny stories written here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from storylens.story.claim_linker import FEATURES

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_claim_linker.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_claim_linker", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


# Two invented outlets on each of three invented events: the same facts in other words, one
# figure told differently, and one fact only one of them reports.
STORIES = {
    "kiln-fire": {
        "post.txt": ("Fire guts pottery works in Ostrava Vale",
                     "A fire destroyed the Merrow pottery works in Ostrava Vale on Sunday night. "
                     "Fire crews said nobody was inside the building. The owner, Ilse Varga, said the kilns had been "
                     "switched off on Friday."),
        "courier.txt": ("Merrow works burns down",
                        "The Merrow pottery works in Ostrava Vale burned down late on Sunday. "
                        "The building was empty when the blaze started, firefighters said. "
                        "Twelve potters will lose their jobs, a union official said."),
        "facts": [
            ("F1", "corroborated", [("post.txt", "A fire destroyed the Merrow pottery works in Ostrava Vale on Sunday night"),
                                    ("courier.txt", "The Merrow pottery works in Ostrava Vale burned down late on Sunday")]),
            ("F2", "corroborated", [("post.txt", "Fire crews said nobody was inside the building"),
                                    ("courier.txt", "The building was empty when the blaze started, firefighters said")]),
            ("F3", "single_source", [("post.txt", "the kilns had been switched off on Friday")]),
            ("F4", "single_source", [("courier.txt", "Twelve potters will lose their jobs")]),
        ],
    },
    "canal-lock": {
        "post.txt": ("Canal lock to reopen",
                     "The Tavern Lock on the Brisk Canal will reopen on Monday after repairs. "
                     "The repairs cost 80,000 pounds, the canal trust said. "
                     "Boaters had waited three weeks to pass."),
        "courier.txt": ("Brisk Canal lock fixed",
                        "Boats can pass the Tavern Lock again from Monday, the canal trust said. "
                        "The work on the lock gates cost 95,000 pounds. "
                        "A heron nested on the gates during the work."),
        "facts": [
            ("L1", "corroborated", [("post.txt", "The Tavern Lock on the Brisk Canal will reopen on Monday after repairs"),
                                    ("courier.txt", "Boats can pass the Tavern Lock again from Monday")]),
            ("L2", "contested", [("post.txt", "The repairs cost 80,000 pounds"),
                                 ("courier.txt", "The work on the lock gates cost 95,000 pounds")]),
            ("L3", "single_source", [("post.txt", "Boaters had waited three weeks to pass")]),
            ("L4", "single_source", [("courier.txt", "A heron nested on the gates during the work")]),
        ],
    },
    "choir-prize": {
        "post.txt": ("Village choir wins national prize",
                     "The Fennick Village Choir won the national choir prize in Carrow on Saturday. "
                     "The choir has 31 singers, its conductor Aldo Brant said. "
                     "It was the choir's first entry."),
        "courier.txt": ("Fennick singers take top prize",
                        "Singers from Fennick took the top prize at the national choir contest in Carrow on Saturday. "
                        "Conductor Aldo Brant leads 31 singers. "
                        "The prize comes with 5,000 pounds."),
        "facts": [
            ("C1", "corroborated", [("post.txt", "The Fennick Village Choir won the national choir prize in Carrow on Saturday"),
                                    ("courier.txt", "Singers from Fennick took the top prize at the national choir contest in Carrow on Saturday")]),
            ("C2", "corroborated", [("post.txt", "The choir has 31 singers"),
                                    ("courier.txt", "Conductor Aldo Brant leads 31 singers")]),
            ("C3", "single_source", [("post.txt", "It was the choir's first entry")]),
            ("C4", "single_source", [("courier.txt", "The prize comes with 5,000 pounds")]),
        ],
    },
}


def write_story(folder: Path, story: dict) -> Path:
    folder.mkdir(parents=True)
    manifest = ["file,outlet,published,title,url"]
    for file, outlet in (("post.txt", "Vale Post"), ("courier.txt", "Canal Courier")):
        title, body = story[file]
        (folder / file).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        manifest.append(f"{file},{outlet},2029-04-02,{title},")
    (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    facts = [{"id": fact_id, "status": status,
              "evidence": [{"file": file, "contains": text, "stance": "reports"} for file, text in evidence]}
             for fact_id, status, evidence in story["facts"]]
    (folder / "gold.json").write_text(json.dumps({"facts": facts}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def sets(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("golds")
    write_story(root / "first" / "kiln-fire", STORIES["kiln-fire"])
    write_story(root / "second" / "canal-lock", STORIES["canal-lock"])
    write_story(root / "kept-apart" / "choir-prize", STORIES["choir-prize"])
    return {name: root / name for name in ("first", "second", "kept-apart")}


def test_stories_of_several_folders_keep_their_set(trainer, sets):
    training, heldout = trainer.collect_folders([sets["first"], sets["second"]], [sets["kept-apart"]])
    assert [(s.set_name, s.name) for s in training] == [("first", "kiln-fire"), ("second", "canal-lock")]
    assert [(s.set_name, s.name) for s in heldout] == [("kept-apart", "choir-prize")]
    assert {s.cache_key for s in training + heldout} == {"first-kiln-fire", "second-canal-lock", "kept-apart-choir-prize"}


def test_a_story_both_trained_on_and_held_out_is_refused(trainer, sets):
    with pytest.raises(SystemExit, match="canal-lock"):
        trainer.collect_folders([sets["first"], sets["second"]], [sets["second"] / "canal-lock"])


def test_a_folder_given_twice_is_refused(trainer, sets):
    with pytest.raises(SystemExit, match="kiln-fire"):
        trainer.collect_folders([sets["first"], sets["first"]])


def test_a_folder_without_gold_names_the_folder(trainer, tmp_path):
    from storylens.errors import StorylensError

    with pytest.raises(StorylensError, match="empty-set"):
        trainer.collect_folders([tmp_path / "empty-set"])


def test_story_weights_make_every_story_count_the_same(trainer):
    """A story of many pairs and one of few pull the fit alike when weighted by story."""
    import numpy as np

    class Pairs:  # the fit reads only the stories' features and labels
        def __init__(self, x, y):
            self.x, self.y = np.asarray(x, dtype=float), np.asarray(y)

        def training_data(self):
            return self.x, self.y

    rng = np.random.default_rng(7)
    width = len(FEATURES)
    # the long story says feature 0 links, the short one says it does not
    long_x = rng.normal(size=(400, width))
    long_story = Pairs(long_x, (long_x[:, 0] > 0).astype(int))
    short_x = rng.normal(size=(20, width))
    short_story = Pairs(short_x, (short_x[:, 0] < 0).astype(int))
    pooled, _ = trainer.fit([long_story, short_story], 1.0, trainer.Settings())
    weighted, _ = trainer.fit([long_story, short_story], 1.0, trainer.Settings(story_weighted=True))
    assert pooled[0] > 1.0  # the long story decides
    assert abs(weighted[0]) < pooled[0] / 2  # each story counts once: they cancel out


@pytest.mark.slow
def test_training_on_two_folders_scores_the_held_out_one(trainer, sets, tmp_path):
    model_path, report_path = tmp_path / "model.json", tmp_path / "report.json"
    trainer.main(["--data", str(sets["first"]), "--data", str(sets["second"]),
                  "--heldout-only", str(sets["kept-apart"]), "--cache", str(tmp_path / "cache"),
                  "--out", str(model_path), "--report", str(report_path)])
    model = json.loads(model_path.read_text())
    assert model["features"] == list(FEATURES) and len(model["weights"]) == len(FEATURES)
    report = json.loads(report_path.read_text())
    assert set(report["sets"]) == {"first", "second"}  # each training set held out story by story
    assert set(report["heldout_only"]) == {"kept-apart"}
    assert report["heldout_only"]["kept-apart"]["score"] >= 0.0
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [
        "first-kiln-fire.pkl", "kept-apart-choir-prize.pkl", "second-canal-lock.pkl"]
