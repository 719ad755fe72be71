"""Counts of one happening given in other words by different sources: paired and disputed when
they differ, kept apart when they count different things. Sentences written for these tests."""

from storylens.story.claim_conflicts import figure_pairs, quantity_conflict
from storylens.story.claim_conflicts.measured_frame import counts_of_one_happening

from tests.story.claim_conflicts.figures import stated


def count(sentence: str, figure: str, value: float, noun: str, article: str, source: str | None, bound: str = "exact"):
    return stated(sentence, [(figure, value, f"count:{noun}", bound)], article, source=source)


def one_happening(a, b) -> bool:
    return counts_of_one_happening(a, a.mention.quantities[0], b, b.mention.quantities[0])


UNION = count("Some 4,000 nurses walked out on Monday, their union said.", "4,000", 4000, "nurse", "clarion",
              "their union", "approx")
BOARD = count("Only 900 staff stayed away on Monday, according to the health board.", "900", 900, "staff", "sentinel",
              "the health board")


def test_a_headcount_in_other_words_is_one_happening_and_disputed():
    assert one_happening(UNION, BOARD)
    detail = quantity_conflict(UNION, BOARD)
    assert detail and "4,000" in detail and "900" in detail
    joined = count("Just 900 nurses joined the strike, the board said.", "900", 900, "nurse", "sentinel", "the board")
    assert one_happening(UNION, joined) and quantity_conflict(UNION, joined)


def test_a_standing_size_is_not_a_headcount():
    members = count("The union has 6,000 members.", "6,000", 6000, "member", "sentinel", None)
    took_part = count("About 4,000 members took part, the union said.", "4,000", 4000, "member", "clarion", "the union")
    assert not one_happening(members, took_part)
    assert quantity_conflict(took_part, members) is None


def test_a_count_of_a_part_is_not_the_count_of_the_whole():
    nationwide = count("About 300 clinics closed on Monday, the ministry said.", "300", 300, "clinic", "clarion", "the ministry")
    city = count("Twelve of the city's 40 clinics closed on Monday, the mayor said.", "Twelve", 12, "clinic", "sentinel",
                 "the mayor")
    assert not one_happening(nationwide, city)


def test_those_who_did_it_and_those_it_was_done_to_are_different_counts():
    marched = count("About 5,000 protesters marched through Orvell, organisers said.", "5,000", 5000, "protester",
                    "clarion", "organisers", "approx")
    arrested = count("Police arrested 85 protesters in Orvell, a police spokesman said.", "85", 85, "protester", "sentinel",
                     "a police spokesman")
    assert not one_happening(marched, arrested)
    # Known limit (docs/claims.md): in clauses the scorer already aligns, the two still compare
    # (same counted noun, a shared word next to it); roles are not a bar there, because
    # "31 people were killed" / "45 people died" count one happening in different roles.


def test_different_groups_and_one_source_stay_apart():
    crews = count("Twelve firefighters were injured, the fire service said.", "Twelve", 12, "firefighter", "clarion",
                  "the fire service")
    residents = count("At least 25 residents were hurt, police said.", "25", 25, "resident", "sentinel", "police", "lower")
    assert not one_happening(crews, residents)
    again = count("Only 900 nurses stayed away, their union said.", "900", 900, "nurse", "sentinel", "the union")
    assert not one_happening(UNION, again)  # one source's two figures are not a dispute between sources


def test_sales_and_profit_are_not_one_figure():
    sales = stated("The drug brought in sales of 140 million euros last year.", [("140 million euros", 140e6, "EUR:euro", "exact")],
                   "clarion")
    profit = stated("The group made a profit of 410 million euros last year.", [("410 million euros", 410e6, "EUR:euro", "exact")],
                    "sentinel")
    assert quantity_conflict(sales, profit) is None


def test_only_the_best_pair_of_two_articles_is_kept():
    joined = count("Just 800 nurses joined the strike, the board said.", "800", 800, "nurse", "sentinel", "the board")
    items = [UNION, BOARD, joined]
    # the scorer reads the rest of the sentences: the union's figure is closest to the board's "joined the strike"
    assert figure_pairs(items, [(0.3, 0, 1), (0.5, 0, 2)]) == {(0, 2)}
    assert figure_pairs(items, [(0.5, 0, 1), (0.3, 0, 2)]) == {(0, 1)}
    assert figure_pairs(items, [(0.01, 0, 1)]) == set()  # nothing else of the two sentences is related
