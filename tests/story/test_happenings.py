"""The parts of the same-happening decision that need no parse (issue 19, round s29)."""

from storylens.story.happenings import Happening, Participant, predicates_related, same_happening, times_of_day_apart


def _someone(phrase, *actors):
    return Participant(phrase, phrase.split()[-1].lower(), frozenset(w.lower() for w in phrase.split() if len(w) > 3), frozenset(actors))


def test_a_noun_and_the_verb_it_is_made_from_name_one_act():
    assert predicates_related("clearance", "clear")
    assert predicates_related("start", "begin")
    assert not predicates_related("bury", "sign")
    assert not predicates_related("say", "say")  # a verb of saying names no act


def test_clock_times_hours_apart_are_two_happenings():
    assert times_of_day_apart("05:00", "12:00")
    assert not times_of_day_apart("MO", "09:30")
    assert times_of_day_apart("MO", "EV")
    assert not times_of_day_apart(None, "12:00")


def test_one_actor_doing_two_things_is_two_happenings():
    plan = Happening("unveil", agents=[_someone("the Brenn ministry", "ministry")], others=[_someone("a compensation plan")])
    inquiry = Happening("open", agents=[_someone("the Brenn ministry", "ministry")], others=[_someone("an inquiry")])
    assert not same_happening(plan, inquiry, across_articles=True)
    visit = Happening("visit", agents=[_someone("the Brenn ministry", "ministry")], others=[_someone("the Oresk pit")])
    tour = Happening("tour", agents=[_someone("the Brenn ministry", "ministry")], others=[_someone("the Oresk pit")])
    assert same_happening(visit, tour, across_articles=True)
    assert not same_happening(visit, tour, across_articles=False)  # one writer, two verbs: two things


def test_different_agents_of_one_act_are_two_happenings():
    a = Happening("launch", agents=[_someone("Rebels")], others=[_someone("an attack")])
    b = Happening("launch", agents=[_someone("the Tessin garrison")], others=[_someone("an attack")])
    assert not same_happening(a, b, across_articles=True)


def test_over_a_year_what_was_done_must_agree_not_only_where():
    visit = Happening("visit", agents=[_someone("Mayor Tove Rask", "rask")], others=[_someone("the Vessby docks")])
    school = Happening("open", agents=[_someone("Mayor Tove Rask", "rask")],
                       others=[_someone("a school"), _someone("the Vessby docks")], patients=[_someone("a school")])
    assert same_happening(visit, school, across_articles=True)  # one day, one place, one person
    assert not same_happening(visit, school, across_articles=True, one_day=False)
