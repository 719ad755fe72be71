"""The claims on the stories written for storylens (tests/data/claims_written*): invented events and
outlets with a hand-made gold, never trained on. Sets 2 to 6 were written blind, by someone who had
not read the claims code, its tests or its docs. Each set's floors sit a little under what main
measured (rates about 0.02 lower, counts as measured); raise them, never lower them. The history of
each figure is in docs/eval-claims.md ("Stories written for storylens")."""

from dataclasses import dataclass

import pytest

from storylens.eval import evaluate


@dataclass(frozen=True)
class Floors:
    score: float
    link_recall: float
    link_precision: float
    status_accuracy: float
    contested_found: int
    false_conflicts: int  # a ceiling: at most this many
    false_omissions: int = 0  # a ceiling too
    omissions_found: int = 0  # omissions the gold implies that are listed: a floor, so that no
    # change lowers the false omissions by listing none


# Set 1 (a ferry sinking, a march, job cuts): F1 0.784, R 0.806, P 0.763, status 0.677, 6 of 9
# contested, no false conflict (round s24).
# Set 2 (a wildfire, a data breach, a recount): F1 0.675, R 0.654, P 0.697, status 0.649, 4 of 13
# contested, 1 false conflict (round s24 merged).
# Set 3 (a spill, a drug recall, a strike): F1 0.571, R 0.477, P 0.713, status 0.493, 2 of 16
# contested, 2 false conflicts (round s24 merged; nothing tuned on it).
# Set 4 (a bridge collapse, a verdict, an emergency landing), written in round s25 and measured on
# main before that round's changes: F1 0.483, R 0.457, P 0.512, status 0.663, 5 of 16, 2 FC.
# Round s25 merged (figures by their wording, rejected figures, rival causes, rejections,
# concessions): set 3 status 0.521, 4 of 16 contested; set 4 6 of 16; the rest unchanged.
# Set 5 (a colliery explosion, a ransomware attack on a port, a hospital outbreak), written in round
# s26 and measured on main before that round's changes: F1 0.415, R 0.354, P 0.500, status 0.471,
# 3 of 16 contested, 3 false conflicts.
# Set 6 (a train derailment, a crush in a football ground, a central bank's rate rise), written in
# round s27 and measured on main before that round's changes: F1 0.502, R 0.458, P 0.557, status
# 0.591, 6 of 19 contested, 1 false conflict and 4 false omissions (the first set to find any).
# Round s27's disputes merge (WordNet opposites, bound dates, holders of counts) moved it to status
# 0.580 and 2 false conflicts, links unchanged; the floors are pinned on that, the merged code.
# The same merge, with "which" read as a thing: set 2 no false conflict (was 1), set 3 one (was 2),
# set 5 status 0.483 (was 0.471); those ceilings and that floor are raised.
# Round s28 (omissions): an outlet is said to omit a fact only when none of its clauses, every one
# scored, comes near a member, and only for claims two sources state with one polarity: set 6's
# four false omissions go (ceiling 0); omissions the gold implies that are listed, now counted
# (`omissions_found`, of 7, 28, 18 and 39 the gold implies on sets 1, 2, 3 and 6): 1, 0, 0, 1
# (set 2 had 1 before the change: a clause never compared before comes near the army's soldiers;
# docs/eval-claims.md, round s28). Sets 4 and 5: 4 of 62 and 0 of 36, as before.
# Round s31 (contrasts, named doers' dates, figures of a difference): set 2 status 0.684, set 4
# 0.674 (docs/eval-claims.md, round s31); their status floors are raised, links unchanged.
# Round s33 (actors: public bodies, a company's legal name, port towns): set 4 link F1 0.486,
# R 0.462, P 0.512 (was 0.479, 0.457, 0.503); its F1 and recall floors are raised.
# Round s34 (disputes read inside formed claims; held out, docs/eval-claims.md): set 5 status 0.506
# and 1 false conflict (was 0.483, 3), set 6 status 0.614, 7 of 19 contested, 1 false conflict, 2
# omissions found (was 0.591, 6, 2, 1); links unchanged; those floors and ceilings are moved.
FLOORS = {
    "written_claims_dir": Floors(0.76, 0.78, 0.74, 0.67, 6, 0, 0, 1),
    "written_claims_2_dir": Floors(0.66, 0.64, 0.69, 0.67, 4, 0),
    "written_claims_3_dir": Floors(0.55, 0.46, 0.69, 0.50, 4, 1),
    "written_claims_4_dir": Floors(0.47, 0.44, 0.49, 0.66, 6, 2, 0, 4),
    "written_claims_5_dir": Floors(0.39, 0.33, 0.48, 0.48, 3, 1),
    "written_claims_6_dir": Floors(0.48, 0.44, 0.53, 0.59, 7, 1, 0, 2),
}


@pytest.mark.parametrize("folder_fixture", sorted(FLOORS))
def test_written_claims_gate(folder_fixture, request):
    floors = FLOORS[folder_fixture]
    figures = evaluate("claims", request.getfixturevalue(folder_fixture))
    assert figures["stories"] == 3 and figures["evidence_not_found"] == 0
    assert figures["score"] >= floors.score
    assert figures["link_recall"] >= floors.link_recall
    assert figures["link_precision"] >= floors.link_precision
    assert figures["status_accuracy"] >= floors.status_accuracy
    assert figures["contested_found"] >= floors.contested_found
    assert figures["false_conflicts"] <= floors.false_conflicts
    assert figures["false_omissions"] <= floors.false_omissions
    assert figures["omissions_found"] >= floors.omissions_found
