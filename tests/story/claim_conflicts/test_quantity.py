"""Figures compare only when they count the same thing, on sentences written for these tests."""

from storylens.records import ClaimMention, Quantity, Span
from storylens.story.claim_conflicts import quantity_conflict
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.quantity import synonymous_counts
from storylens.story.claim_conflicts.readings import S32 as IN_ONE_CLAIM


def counted(text: str, figure: str, value: float, noun: str, article: str, *, bound: str = "exact", subject=None) -> MentionInStory:
    span = Span(article, 0, len(text), text)
    at = text.find(figure)
    quantity = Quantity(Span(article, at, at + len(figure), figure), value, "count", bound, surface_unit=noun)
    mention = ClaimMention(span, text, predicate="x", quantities=[quantity], subject=subject)
    return MentionInStory(mention, span, article, "2031-04-14", article)


def test_figures_of_different_groups_are_not_one_figure():
    # the injured of each side of a fire: two facts, neither disputes the other
    crews = counted("Twelve firefighters were injured", "Twelve", 12, "firefighter", "one", subject="Twelve firefighters")
    residents = counted("at least 25 residents were hurt in the blaze", "25", 25, "resident", "two", bound="lower",
                        subject="at least 25 residents")
    assert not synonymous_counts(crews, crews.mention.quantities[0], residents, residents.mention.quantities[0])
    assert quantity_conflict(crews, residents) is None
    # Known limit (docs/claims.md): the counted phrases are compared whole, so two groups in
    # clauses worded alike ("prison guards were injured in the riot" / "inmates were hurt in the
    # riot", MiniLM 0.84) read as one count; the scorer must keep such clauses apart.


def test_the_same_group_counted_differently_is_a_dispute():
    guards = counted("Nine prison guards were injured in the riot", "Nine", 9, "guard", "one", subject="Nine prison guards")
    more = counted("Fifteen prison guards were injured in the riot", "Fifteen", 15, "guard", "two", subject="Fifteen prison guards")
    detail = quantity_conflict(guards, more)
    assert "Nine" in detail and "Fifteen" in detail


def test_amounts_of_differently_named_things_are_not_compared():
    from tests.story.claim_conflicts.figures import stated

    # "crowns" read as a counted noun: what the amount measures is the noun above its "of"
    sales = stated("The bakery chain reported sales of 90 million crowns in 2030.", [("90 million", 9e7, "count:crown", "exact")], "one")
    profit = stated("The bakery chain made a profit of 12 million crowns in 2030.", [("12 million", 1.2e7, "count:crown", "exact")], "two")
    assert quantity_conflict(sales, profit) is None
    more_sales = stated("The bakery chain reported sales of 70 million crowns in 2030.", [("70 million", 7e7, "count:crown", "exact")],
                        "three")
    assert quantity_conflict(sales, more_sales) is not None


def test_a_standing_size_is_not_compared_with_a_count_of_something_else():
    from tests.story.claim_conflicts.figures import stated

    size = stated("The ferry line, which has 2,300 staff, runs six routes.", [("2,300", 2300, "count:staff", "exact")], "one")
    sent_home = stated("The strike kept 1,100 staff at home on Friday.", [("1,100", 1100, "count:staff", "exact")], "two")
    assert quantity_conflict(size, sent_home) is None


def test_counts_held_by_a_person_and_by_a_thing_no_person_can_be_are_not_compared():
    from tests.story.claim_conflicts.figures import stated

    # "he" is a person; the counselling line ("which" stands for it) is none
    line = stated("The clinic runs a counselling line, which it said had answered more than 9,000 calls since March.",
                  [("more than 9,000", 9000, "count:call", "lower")], "one")
    farmer = stated("He said he had answered two calls from strangers about his flock.", [("two", 2, "count:call", "exact")], "two")
    assert quantity_conflict(line, farmer) is None
    # two counts of the line's calls still compare, and so do two of one person's
    other_line = stated("The counselling line answered 4,000 calls.", [("4,000", 4000, "count:call", "exact")], "three")
    assert quantity_conflict(line, other_line) is not None
    shepherd = stated("The shepherd said he had answered six calls from strangers.", [("six", 6, "count:call", "exact")], "four")
    assert quantity_conflict(farmer, shepherd) is not None


def test_which_names_a_thing_even_where_the_parser_hangs_its_clause_from_people():
    from tests.story.claim_conflicts.figures import stated

    # the parser may hang the "which" clause from "tenants", a noun for people; "which" itself
    # never stands for a person, so the hotline's calls are not the caretaker's
    hotline = stated(
        "The council opened a hotline for anxious tenants, which it said had taken more than 3,000 calls by Monday.",
        [("more than 3,000", 3000, "count:call", "lower")],
        "one",
    )
    caretaker = stated("Caretaker Ivo Brandt said he had taken four calls from worried families.", [("four", 4, "count:call", "exact")], "two")
    assert quantity_conflict(hotline, caretaker) is None


def test_a_figure_set_against_the_clause_s_own_is_not_the_clause_s_figure():
    from storylens.story.claim_conflicts.measured_frame import set_against

    def valves(text: str, figures: list[tuple[str, float]], article: str) -> MentionInStory:
        span = Span(article, 0, len(text), text)
        quantities = [Quantity(Span(article, text.find(f), text.find(f) + len(f), f), v, "count", "exact", surface_unit="valve")
                      for f, v in figures]
        return MentionInStory(ClaimMention(span, text, predicate="list", quantities=quantities), span, article, "2031-04-14", article)

    inspectors = valves("The inspectors' report lists 31 faulty valves, against the 12 valves named by the operator",
                        [("31", 31), ("12", 12)], "one")
    operator = valves("The operator said 12 valves were faulty", [("12", 12)], "two")
    against = inspectors.mention.quantities
    assert not set_against(inspectors, against[0]) and set_against(inspectors, against[1])
    detail = quantity_conflict(operator, inspectors)
    assert "31" in detail and "12" in detail  # the operator's 12, repeated to contrast, is no agreement
    compared = valves("Divers found 31 faulty valves, compared with 12 valves last spring", [("31", 31), ("12", 12)], "three")
    assert set_against(compared, compared.mention.quantities[1])
    both = valves("Divers replaced 31 valves and 12 valves were left in place", [("31", 31), ("12", 12)], "four")
    assert not any(set_against(both, q) for q in both.mention.quantities)


def test_a_figure_of_a_difference_is_not_the_clause_s_amount():
    from storylens.story.claim_conflicts.measured_frame import measures_a_difference
    from tests.story.claim_conflicts.figures import stated

    shorter = stated("The ban, which is two years shorter than the regulator had asked for, bars Holm from racing for a decade.",
                     [("two years", 2, "year", "exact")], "one")
    assert measures_a_difference(shorter, shorter.mention.quantities[0])
    ban = stated("Holm was banned from racing for ten years.", [("ten years", 10, "year", "exact")], "two")
    assert not measures_a_difference(ban, ban.mention.quantities[0])
    assert quantity_conflict(shorter, ban) is None  # two years is by how much the ban is shorter, not its length
    eight = stated("Holm was banned from racing for eight years.", [("eight years", 8, "year", "exact")], "three")
    assert quantity_conflict(eight, ban) is not None


def test_amounts_that_are_what_happened_are_one_amount_in_one_claim():
    from tests.story.claim_conflicts.figures import stated

    escaped = stated("The dairy said only 3,000 litres of milk had escaped from the tanker.",
                     [("3,000 litres", 3000, "l", "exact")], "one")
    reached = stated("As much as 12,000 litres reached the canal, the water board said.",
                     [("12,000 litres", 12000, "l", "upper")], "two")
    # the words next to the figures differ ("milk had escaped" / "reached the canal"): read alone,
    # nothing says they measure one amount; in one claim, each is what its clause's happening is about
    assert quantity_conflict(escaped, reached) is None  # before the grouping: nothing read
    assert "3,000 litres" in quantity_conflict(escaped, reached, readings=IN_ONE_CLAIM)
    # a limit is no amount of what happened, nor is what a verb measures its subject by
    limit = stated("The tanker was under the canal bridge's 10,000-litre limit.", [("10,000-litre", 10000, "l", "exact")], "three")
    assert quantity_conflict(escaped, limit, readings=IN_ONE_CLAIM) is None
    carried = stated("The tanker carried 12,000 litres, the dairy said.", [("12,000 litres", 12000, "l", "exact")], "four")
    assert quantity_conflict(escaped, carried, readings=IN_ONE_CLAIM) is None


def test_a_limit_is_not_an_amount_of_what_it_limits():
    from storylens.story.claim_conflicts.measured_frame import gives_a_limit
    from tests.story.claim_conflicts.figures import stated

    over = stated("The mayor said the tanker was far over the ferry ramp's weight limit of 30 tonnes.",
                  [("30 tonnes", 30000, "kg", "exact")], "one")
    under = stated("The haulier said the tanker was under the ramp's 30-tonne limit.", [("30-tonne", 30000, "kg", "exact")], "two")
    weighed = stated("The port's engineers estimate that the tanker weighed 45 tonnes.", [("45 tonnes", 45000, "kg", "exact")], "three")
    assert gives_a_limit(over, over.mention.quantities[0]) and gives_a_limit(under, under.mention.quantities[0])
    assert not gives_a_limit(weighed, weighed.mention.quantities[0])
    assert quantity_conflict(over, weighed, readings=IN_ONE_CLAIM) is None
    assert quantity_conflict(under, weighed, readings=IN_ONE_CLAIM) is None
    # a weight against another weight still disputes
    lighter = stated("The haulier said the tanker weighed 28 tonnes when it left the depot.", [("28 tonnes", 28000, "kg", "exact")], "four")
    assert quantity_conflict(lighter, weighed, readings=IN_ONE_CLAIM) is not None


def test_counts_of_different_kinds_of_person_are_not_one_count():
    from storylens.story.claim_conflicts.measured_frame import different_kinds_of_person
    from tests.story.claim_conflicts.figures import stated

    assert different_kinds_of_person("inspector", "engineer")
    assert not different_kinds_of_person("protester", "demonstrator")  # one sense
    assert not different_kinds_of_person("employee", "worker")  # an employee is a kind of worker
    assert not different_kinds_of_person("nurse", "staff")  # staff is a body, not a kind of person
    board = stated("The rail authority sent a team of five inspectors to Merrow.", [("five", 5, "count:inspector", "exact")], "one")
    maker = stated("The signal maker had sent three engineers to Merrow.", [("three", 3, "count:engineer", "exact")], "two")
    assert quantity_conflict(board, maker, readings=IN_ONE_CLAIM) is None


def test_what_one_action_measures_is_one_amount_in_one_claim():
    from tests.story.claim_conflicts.figures import stated

    light = stated("The haulier said the tanker weighed 28 tonnes, under the ramp's 30-tonne limit.",
                   [("28 tonnes", 28000, "kg", "exact"), ("30-tonne", 30000, "kg", "exact")], "one")
    heavy = stated("The port's engineers estimate that the tanker and its load weighed nearly 45 tonnes.",
                   [("45 tonnes", 45000, "kg", "upper")], "two")
    assert "28 tonnes" in quantity_conflict(light, heavy, readings=IN_ONE_CLAIM)
    fined = stated("In 2030 the dairy was fined 90,000 euros.", [("90,000 euros", 90000, "EUR", "exact")], "three")
    paid = stated("In 2030 its chief pocketed 700,000 euros in bonuses.", [("700,000 euros", 700000, "EUR", "exact")], "four")
    assert quantity_conflict(fined, paid, readings=IN_ONE_CLAIM) is None  # amounts of two acts
