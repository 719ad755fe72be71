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


def test_one_verb_a_direct_kind_of_the_other_names_one_act():
    assert predicates_related("capture", "seize")
    assert predicates_related("depart", "leave")
    assert not predicates_related("arrive", "leave")
    assert not predicates_related("open", "close")
    assert not predicates_related("wound", "kill")


def test_one_clock_time_at_one_place_is_one_happening_whoever_is_named():
    mutiny = Happening("break", others=[_someone("The mutiny at Halvik jail")], event_nouns=["mutiny"], time_of_day="05:00")
    seizure = Happening("seize", agents=[_someone("Militants")], others=[_someone("Halvik jail")], time_of_day="05:00")
    assert same_happening(mutiny, seizure, across_articles=True)
    assert not same_happening(mutiny, seizure, across_articles=False)  # one writer, two sentences
    visit = Happening("visit", agents=[_someone("The minister")], others=[_someone("Halvik jail")], time_of_day="16:00")
    assert not same_happening(seizure, visit, across_articles=True)
    # the place in common is what the two reports share, not a word of the day's story
    riot = Happening("riot", agents=[_someone("Prisoners")], others=[_someone("Brenn jail")], time_of_day="05:00")
    assert not same_happening(seizure, riot, across_articles=True)


def test_one_departure_told_from_the_ship_and_from_its_skipper_is_one_happening():
    left = Happening("leave", agents=[_someone("The trawler Grey Tern")], others=[_someone("Saltby")], time_of_day="20:30")
    taken = Happening(
        "take", agents=[_someone("Skipper Ove Brandt")], others=[_someone("the Grey Tern"), _someone("Saltby")], time_of_day="EV"
    )
    assert same_happening(left, taken, across_articles=True)
    sank = Happening("sink", agents=[_someone("The Grey Tern")], time_of_day="NI")
    assert not same_happening(taken, sank, across_articles=True)


def test_two_sides_acting_on_each_other_are_two_happenings():
    shelling = Happening("shell", agents=[_someone("The army")], others=[_someone("Kolm")])
    return_fire = Happening("fire", agents=[_someone("Rebels in Kolm")], others=[_someone("the army")])
    assert not same_happening(shelling, return_fire, across_articles=True)


def test_a_gathering_and_the_arrests_there_are_two_happenings():
    gathering = Happening("gather", agents=[_someone("Protesters")], others=[_someone("the Tarn parliament")])
    arrests = Happening("arrest", agents=[_someone("Police")], others=[_someone("Protesters"), _someone("the Tarn parliament")])
    assert not same_happening(gathering, arrests, across_articles=True)


def test_one_act_named_by_two_nouns_at_one_time_is_one_happening():
    def begun(noun, at):
        return Happening("begin", others=[_someone(f"the {noun}")], time_of_day=at, event_nouns=[noun])

    raid, assault = begun("raid", "04:15"), begun("assault", "04:15")
    assert same_happening(raid, assault, across_articles=True)
    assert not same_happening(raid, assault, across_articles=False)  # one writer, two words: two things
    assert not same_happening(raid, begun("assault", "06:30"), across_articles=True)


# --- issue 19, round s32: the happening named by its noun ------------------------------------------

from storylens.story.happenings import acts_related, kind_words, same_participant  # noqa: E402


def test_a_word_that_only_says_what_kind_of_thing_names_no_shared_thing():
    assert kind_words("The volunteer fire station in Perl", "station") == {"volunteer", "fire"}
    assert kind_words("Fire crews", "crew") == {"fire"}  # a capital opening the sentence is no name
    assert kind_words("the Ostry depot", "depot") == frozenset()
    assert kind_words("the dockers' picket", "picket") == frozenset()

    def phrase(text, head):
        return Participant(text, head, frozenset(w.lower() for w in text.split() if len(w) > 3), frozenset(), kind_words=kind_words(text, head))

    assert not same_participant(phrase("the fire", "fire"), phrase("The volunteer fire station", "station"))
    assert not same_participant(phrase("the fire agency", "agency"), phrase("the fire station", "station"))
    assert same_participant(phrase("the Ostry depot", "depot"), phrase("the depot at Ostry", "depot"))


def test_nouns_of_one_happening_are_related_and_others_not():
    assert acts_related("explosion", "blast") and acts_related("blaze", "fire") and acts_related("explode", "blast")
    assert not acts_related("fire", "explosion") and not acts_related("blast", "fire")


def test_one_happening_named_by_related_nouns_at_one_place_is_one():
    outbreak = Happening("break", others=[_someone("The blaze"), _someone("Dunmoor")], event_nouns=["blaze"], subject_acts=["blaze"])
    seen = Happening("see", agents=[_someone("a hiker")], others=[_someone("Flames"), _someone("a ridge above Dunmoor")],
                     event_nouns=["flame"], subject_acts=["flame"])
    assert same_happening(outbreak, seen, across_articles=True)
    assert not same_happening(outbreak, seen, across_articles=False)
    elsewhere = Happening("see", others=[_someone("Flames"), _someone("Perl")], event_nouns=["flame"], subject_acts=["flame"])
    assert not same_happening(outbreak, elsewhere, across_articles=True)  # nothing else in common


# --- round s34: one happening in other words; a measurement; counts ---------------------------------


def test_verbs_near_in_wordnet_name_one_act_and_opposites_or_far_kinds_do_not():
    from storylens.story.happenings import predicates_near

    for one, other in (("spill", "overflow"), ("burst", "break"), ("restrict", "cap"), ("say", "announce"), ("arrive", "reach")):
        assert predicates_near(one, other), (one, other)
    # far kinds, opposites, and two verbs meeting only at the top of the hierarchy
    for one, other in (("reach", "overflow"), ("fall", "cancel"), ("leave", "land"), ("open", "close"), ("close", "fall"), ("say", "deny")):
        assert not predicates_near(one, other), (one, other)


def test_participants_conflict_when_they_name_two_things():
    from storylens.story.happenings import conflicting

    assert conflicting(_someone("22 flights"), _someone("the 18 trains"))
    assert not conflicting(_someone("two of our engineers"), _someone("two of its staff"))  # one count, told twice
    assert not conflicting(_someone("the Ashby", "ashby"), _someone("the canal"))  # a name and its kind
    assert conflicting(_someone("the Ashby", "ashby"), _someone("the Lenby", "lenby"))
    assert conflicting(_someone("the tug"), _someone("the barge"))


def test_a_measurement_of_a_river_is_no_account_of_its_flooding():
    river = [_someone("the Ashby", "ashby")]
    level = Happening("reach", agents=river, others=[_someone("4.1 metres"), _someone("the Lenby lock", "lenby")])
    flooding = Happening("overflow", agents=river, others=[_someone("Lenby", "lenby")])
    assert not same_happening(level, flooding, across_articles=True)
    spill = Happening("spill", agents=river, others=[_someone("its banks")])
    assert same_happening(spill, flooding, across_articles=True)  # near in WordNet, nothing differs


def test_a_response_to_a_happening_is_another_happening():
    from storylens.story.happenings import responds_to_the_other

    blast = Happening("explode", agents=[_someone("a rocket")], others=[_someone("Sella Point")])
    inquiry = Happening("open", patients=[_someone("an inquiry")], others=[_someone("an inquiry into the explosion at Sella Point")],
                        responds_to=["explosion"])
    statement = Happening("issue", patients=[_someone("a statement")], others=[_someone("a statement on the explosion")],
                          responds_to=["explosion"])
    assert responds_to_the_other(inquiry, blast) and not same_happening(inquiry, blast, across_articles=True)
    assert responds_to_the_other(inquiry, statement)  # two responses, two things done
    ban = Happening("ban", agents=[_someone("the board")], patients=[_someone("flights")], responds_to=["explosion"])
    ban_told_alone = Happening("ban", agents=[_someone("the board")], patients=[_someone("flights")])
    assert not responds_to_the_other(ban, ban_told_alone)  # one response, with and without its cause
    # both name the cause: compared as before ("cut after a fire" / "lost electricity when ... caught fire")
    cut = Happening("cut", patients=[_someone("power")], others=[_someone("power"), _someone("a fire")], responds_to=["fire"])
    lost = Happening("lose", agents=[_someone("millions")], others=[_someone("the substation caught fire")])
    assert not responds_to_the_other(cut, lost)
