"""Rival accounts of one act (rounds s36 and s37, ``claim_conflicts.rivals``), on sentences written for these
tests and read by the whole per-article pipeline: the two sides of a dispute the pair scorer does
not link are paired, and clauses that only share a verb, a noun or a road are not."""

import pytest

from storylens.nlp.pipeline import analyze_articles
from storylens.records import Article
from storylens.story.actors import merge_actors
from storylens.story.claim_conflicts.rivals import account_of, rival_pairs, rivals
from storylens.story.claims import _disputed_in_one_claim, located_mentions
from storylens.story.context import StoryContext


@pytest.fixture(scope="module")
def read(nlp):
    """``read(text, ...)``: the claim mentions of one article per text, each of its own outlet."""
    def mentions(*texts):
        articles = [Article(id=f"rv{n}", source=f"rv{n}.txt", text=text, outlet=f"Outlet {n}",
                            published="2031-03-03", title="Floods in the valley") for n, text in enumerate(texts)]
        context = StoryContext(list(analyze_articles(articles, nlp=nlp)))
        merge_actors(context)
        return located_mentions(context)
    return mentions


def _clause(mentions, piece):
    return next(m for m in mentions if piece in m.mention.text)


def _rivals(a, b):
    return rivals(a, account_of(a), b, account_of(b))


def _joined(*clauses):
    """The pairs ``rival_pairs`` joins among the clauses (the scorer gives them nothing)."""
    return rival_pairs(list(clauses), {}, _disputed_in_one_claim)


def test_a_warning_and_issuing_no_warning_are_rivals(read):
    mentions = read("The weather service warned residents of the valley on Saturday to move to higher ground.",
                    "The weather service says it issued no warning before the flood.")
    warned, none_issued = _clause(mentions, "warned residents"), _clause(mentions, "no warning")
    assert account_of(none_issued).denied and account_of(none_issued).named_act == "warning"
    assert _rivals(warned, none_issued)
    assert _joined(warned, none_issued) == [(0, 1)]


@pytest.mark.parametrize("report, denial, report_at", [
    ("A trawler was struck by falling debris near the quay, its owner said.", "No vessel was hit, the navy said.",
     "trawler was struck"),
    # round s37: an audit's missed dispute, on sentences written for it
    ("A patrol boat was hit by a falling crane at the harbour, the coastguard said.",
     "No vessel was struck during the storm, the navy said.", "patrol boat was hit"),
])
def test_a_kind_of_vessel_hit_and_no_vessel_hit_are_rivals(read, report, denial, report_at):
    mentions = read(report, denial)
    hit, none_hit = _clause(mentions, report_at), _clause(mentions, "No vessel")
    assert _rivals(hit, none_hit)
    assert _joined(hit, none_hit) == [(0, 1)]


def test_the_converse_kind_is_read_but_not_joined(read):
    # "no trawler was hit" leaves other vessels: the accounts are read as rivals, but the readings
    # of a formed claim find no dispute, so nothing joins them
    mentions = read("A vessel was struck by falling debris near the quay, its owner said.",
                    "No trawler was hit, the navy said.")
    struck, none_hit = _clause(mentions, "vessel was struck"), _clause(mentions, "No trawler")
    assert _joined(struck, none_hit) == []


def test_a_ministry_denying_an_arrest_is_a_rival_of_the_report(read):
    mentions = read("Police arrested the reporter Hana Vell on Friday, her editor said.",
                    "The interior ministry denied that Vell had been arrested.")
    arrested, denial = _clause(mentions, "Police arrested"), _clause(mentions, "Vell had been arrested")
    assert account_of(denial).denied
    assert _rivals(arrested, denial)
    assert _joined(arrested, denial) == [(0, 1)]


def test_one_verb_of_two_acts_by_two_doers_is_no_rival(read):
    mentions = read("The union rejected the offer on Monday.", "The board did not reject the merger, its chairman said.")
    union, board = _clause(mentions, "union rejected"), _clause(mentions, "did not reject")
    assert not _rivals(union, board)
    assert _joined(union, board) == []


def test_a_cause_and_an_effect_on_one_road_are_no_rivals(read):
    mentions = read("Heavy rain flooded the main road into the town.", "The main road into the town was not closed, the council said.")
    flooded, not_closed = _clause(mentions, "flooded"), _clause(mentions, "not closed")
    assert not _rivals(flooded, not_closed)
    assert _joined(flooded, not_closed) == []


# round s37: disputes an audit found missed on fresh stories, on sentences written for them


def test_a_denial_of_having_warned_is_a_rival_of_the_warning(read):
    mentions = read("The river authority warned farmers on Friday to move their cattle.",
                    "The river authority denied having warned farmers before the flood.")
    warned, denial = _clause(mentions, "authority warned"), _clause(mentions, "denied having warned")
    account = account_of(denial)
    assert account.denied and account.acts == {"warn"}
    assert _rivals(warned, denial)
    assert _disputed_in_one_claim(warned, denial)  # a formed claim reads it (DENIED_ACT)
    assert _joined(warned, denial) == [(0, 1)]


def test_denying_another_act_is_no_rival_of_the_warning(read):
    mentions = read("The river authority warned farmers on Friday to move their cattle.",
                    "The river authority denied having closed the weir before the flood.")
    warned, denial = _clause(mentions, "authority warned"), _clause(mentions, "denied having closed")
    assert not _rivals(warned, denial)
    assert not _disputed_in_one_claim(warned, denial)
    assert _joined(warned, denial) == []


def test_a_distance_disputes_a_denial_bounded_by_a_place(read):
    mentions = read("Debris from the collapsed mast fell 3 km from the site, residents said.",
                    "No debris fell outside the safety perimeter, the owner said.",
                    "Most of the debris fell inside the fenced area around the mast, the owner said.")
    away = _clause(mentions, "fell 3 km")
    bounded, inside = _clause(mentions, "No debris"), _clause(mentions, "fell inside")
    assert _rivals(away, bounded) and _disputed_in_one_claim(away, bounded)
    # the denial is of a fall beyond the perimeter: a fall inside it is no dispute, even in one claim
    assert not _rivals(inside, bounded) and not _disputed_in_one_claim(inside, bounded)
    assert _joined(away, bounded, inside) == [(0, 1)]
