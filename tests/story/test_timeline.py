"""The cross-outlet timeline against the seeds gold ("Done when" of issue 3)."""

from __future__ import annotations

import re

import pytest

from conftest import article_by_file, folded


def locate(text: str, contains: str) -> tuple[int, int]:
    """Characters of ``contains`` in ``text``, matching runs of white space as gold.json does."""
    pattern = r"\s+".join(re.escape(word) for word in contains.split())
    match = re.search(pattern, text)
    assert match, contains
    return match.span()


def carriers(story, article_id: str, start: int, end: int):
    """(date, entry) for every timeline placement of an evidence item: a source whose time
    expression lies in it, or a date-conflict source whose sentence holds it."""
    found = []
    for entry in story.timeline:
        for source in entry.sources:
            timex = source.time_expression
            if source.article == article_id and timex and timex.start < end and start < timex.end:
                found.append((entry.date, entry))
        for conflict in entry.date_conflicts:
            for ref in conflict.sources:
                if ref.article == article_id and ref.span.start <= start and end <= ref.span.end:
                    found.append((conflict.date, entry))
    return found


@pytest.fixture(scope="module")
def placements(seed_story, seed_articles, gold):
    """gold timeline id -> list of (evidence, [(date, entry)])."""
    table = {}
    for item in gold["timeline"]:
        rows = []
        for evidence in item["evidence"]:
            article = article_by_file(seed_articles, evidence["file"])
            start, end = locate(article.text, evidence["contains"])
            rows.append((evidence, carriers(seed_story, article.id, start, end)))
        table[item["id"]] = (item["date"], rows)
    return table


def test_most_gold_evidence_sits_at_its_gold_date(placements):
    rows = [(date, found) for date, evidence in placements.values() for _, found in evidence]
    at_gold = sum(any(d == date for d, _ in found) for date, found in rows)
    assert at_gold / len(rows) >= 0.9, f"{at_gold}/{len(rows)}"


def test_no_gold_evidence_is_placed_on_a_wrong_date(placements):
    wrong = [
        (tid, evidence["contains"], d)
        for tid, (date, rows) in placements.items()
        for evidence, found in rows
        for d, _ in found
        if d != date
    ]
    assert not wrong


@pytest.mark.parametrize("tid", ["T1", "T3"])
def test_entries_merge_the_evidence_of_all_their_articles(placements, tid):
    date, rows = placements[tid]
    entries_per_evidence = [{id(entry) for d, entry in found if d == date} for _, found in rows]
    assert set.intersection(*entries_per_evidence), tid


def test_march_on_moscow_is_a_date_conflict(seed_story, seed_articles, gold):
    (d1,) = [c for c in gold["date_conflicts"] if c["id"] == "D1"]
    entries_per_side = []
    for side in d1["sides"]:
        entries = set()
        for evidence in side["evidence"]:
            article = article_by_file(seed_articles, evidence["file"])
            start, end = locate(article.text, evidence["contains"])
            entries |= {id(entry) for d, entry in carriers(seed_story, article.id, start, end) if d == side["date"]}
        entries_per_side.append(entries)
    shared = set.intersection(*entries_per_side)
    assert shared
    entry = next(e for e in seed_story.timeline if id(e) in shared)
    assert entry.date_conflicts


def test_entries_are_ordered_sourced_and_described(seed_story, seed_articles):
    texts = {a.id: a.text for a in seed_articles}
    dates = [e.date for e in seed_story.timeline]
    assert dates == sorted(dates)
    for entry in seed_story.timeline:
        assert entry.sources and entry.description
        for source in entry.sources:
            assert texts[source.article][source.span.start:source.span.end] == source.span.text
        # The description is cut verbatim from a source sentence (its first letter capitalised).
        description = entry.description.removesuffix(" …")[1:]
        assert any(description in folded(s.span.text) for s in entry.sources), entry.description


def test_citations_make_no_entries(seed_story):
    for entry in seed_story.timeline:
        for source in entry.sources:
            assert not re.match(r"\(\s*[^()]{1,60},\s*$", source.span.text[: source.time_expression.start - source.span.start][-60:] if source.time_expression else "")


# --- issue 19: merging by what the clauses say; the story's year --------------------------------

from storylens.records import Article, ArticleAnalysis, EventMention, Mention, Span  # noqa: E402
from storylens.story.actors import merge_actors  # noqa: E402
from storylens.story.context import StoryContext  # noqa: E402
from storylens.story.timeline import build_timeline  # noqa: E402


def _timeline(analyses):
    context = StoryContext(analyses)
    merge_actors(context)
    return build_timeline(context)


def _dated(article_id, text, trigger, date, published="2024-03-02", outlet=None, people=()):
    """An analysis with one event mention: the whole text is its sentence and clause; ``people``
    are PERSON mentions in it."""
    sentence = Span.of(article_id, text, 0, len(text))
    start = text.index(trigger[:4])
    mention = EventMention(
        sentence=sentence,
        trigger=trigger,
        trigger_span=Span.of(article_id, text, start, start + len(trigger)),
        date=date,
        clause=sentence,
        actors=list(people),
    )
    mentions = [Mention(Span.of(article_id, text, text.index(p), text.index(p) + len(p)), "PERSON") for p in people]
    article = Article(id=article_id, source=article_id, text=text, published=published, outlet=outlet or article_id)
    return ArticleAnalysis(article=article, event_mentions=[mention], mentions=mentions)


def test_one_happening_in_other_words_is_one_entry():
    story = [
        _dated("a", "A blast tore through St. Agnes Memorial Hospital in Port Alden", "tore", "2024-03-01"),
        _dated("b", "An explosion hit the hospital in Port Alden, killing hundreds", "hit", "2024-03-01"),
    ]
    events = _timeline(story)
    assert len(events) == 1 and len(events[0].sources) == 2


def test_two_happenings_of_one_day_stay_apart():
    story = [
        _dated("a", "A blast tore through St. Agnes Memorial Hospital in Port Alden", "tore", "2024-03-01"),
        _dated("b", "An explosion hit the hospital in Port Alden, killing hundreds", "hit", "2024-03-01"),
        _dated("c", "Northland President Ilse Marr flew to Vessby for talks on grain", "flew", "2024-03-01", people=["Ilse Marr"]),
        _dated("d", "Marr met the leaders of Southland in Vessby", "met", "2024-03-01", people=["Marr"]),
        _dated("e", "Ilse Marr also praised the hospital staff in Port Alden", "praised", "2024-03-01", people=["Ilse Marr"]),
    ]
    events = _timeline(story)
    assert sorted(len(e.sources) for e in events) == [1, 2, 2]  # Marr's praise is apart from her talks


def test_an_undated_articles_month_and_day_take_the_storys_year():
    story = [
        _dated("a", "The dam at Velmora broke after days of rain", "broke", "2024-02-27"),
        _dated("b", "Officials said the Velmora dam broke on June 24th", "broke", "XXXX-06-24", published=None),
    ]
    dates = sorted(e.date for e in _timeline(story))
    assert dates == ["2024-02-27", "2024-06-24"]
    lone = [_dated("b", "Officials said the Velmora dam broke on June 24th", "broke", "XXXX-06-24", published=None)]
    assert _timeline(lone) == []


def test_a_description_never_starts_with_a_relative_word(nlp):
    """"Which had declared ..." says nothing of who did it: the entry starts at the noun."""
    from storylens.nlp.pipeline import analyze_articles

    text = ("Inspectors boarded the ferry Morwen on Friday. The ferry Morwen, which had run aground on March 3 "
            "near the northern pier, was towed to Vessby.")
    article = Article(id="r", source="r.txt", text=text, published="2024-03-10", outlet="Harbour News")
    events = _timeline(list(analyze_articles([article], nlp=nlp)))
    (aground,) = [e for e in events if e.date == "2024-03-03"]
    assert aground.description.startswith("The ferry Morwen, which had run aground")


# --- round s27: what a date conflict may join ---------------------------------------------------------


def _article_with(article_id, outlet, *dated):
    """One article holding several dated mentions: ``dated`` are (text, trigger, date) sentences."""
    text = " ".join(sentence for sentence, _, _ in dated)
    mentions, offset = [], 0
    for sentence, trigger, date in dated:
        span = Span.of(article_id, text, offset, offset + len(sentence))
        start = offset + sentence.index(trigger[:4])
        mentions.append(
            EventMention(sentence=span, trigger=trigger, trigger_span=Span.of(article_id, text, start, start + len(trigger)), date=date, clause=span)
        )
        offset += len(sentence) + 1
    article = Article(id=article_id, source=article_id, text=text, published="2024-03-04", outlet=outlet)
    return ArticleAnalysis(article=article, event_mentions=mentions)


def test_an_article_that_dates_two_mentions_apart_reports_two_happenings():
    story = [
        _article_with("a", "Quay Post", ("Dockers began a strike at the Vessby yard", "began", "2024-03-01")),
        _article_with(
            "b",
            "Harbour Lamp",
            ("Dockers went on strike at the Vessby yard", "went", "2024-03-02"),
            ("The union ended the strike at the Vessby yard", "ended", "2024-03-03"),
        ),
    ]
    events = _timeline(story)
    # the start of the strike, dated differently by two outlets, is one entry with a conflict;
    # the outlet's later date is the end of the strike, another happening
    assert [(e.date, [c.date for c in e.date_conflicts]) for e in events] == [("2024-03-01", ["2024-03-02"]), ("2024-03-03", [])]


def test_people_two_verbs_govern_are_no_shared_happening():
    # "sailors" is a noun for people, not a happening; a verb of saying dates the saying
    story = [
        _article_with("a", "Quay Post", ("Rescuers pulled nine sailors from the sea near Vessby", "pulled", "2024-03-01")),
        _article_with("b", "Harbour Lamp", ("The town of Vessby buried two sailors", "buried", "2024-03-03")),
        _article_with("c", "Tern Bulletin", ("The hospital said four sailors were in intensive care", "said", "2024-03-02")),
    ]
    assert sorted(len(e.sources) for e in _timeline(story)) == [1, 1, 1]
    assert all(not e.date_conflicts for e in _timeline(story))


# --- issue 19, round s28: dates on the narrative's day ------------------------------------------------


def test_times_of_day_and_conditions_on_the_timeline(nlp):
    """A Wednesday article: its clock times and its part of the day fall on the days its narrative
    is on; a condition without "if" is no entry."""
    from storylens.nlp.pipeline import analyze_articles

    text = (
        "Had the engineers opened the sluice gates on Sunday, the lower town of Ossel would be dry. "
        "The Ossel dam breached on Tuesday. "
        "By mid-morning the market square stood under water. "
        "Mayor Odile Fenn signed an evacuation order at 9 a.m. on Tuesday. "
        "Army engineers from Harlen reached the town hall at noon."
    )
    article = Article(id="o", source="o.txt", text=text, published="2026-03-11", outlet="Varn Courier")
    events = _timeline(list(analyze_articles([article], nlp=nlp)))
    def dates_of(words):
        return {e.date for e in events if any(words in source.span.text for source in e.sources)}

    assert dates_of("dam breached") == {"2026-03-10"}
    assert dates_of("market square") == {"2026-03-10"}  # no entry on the next day
    assert dates_of("evacuation order") == {"2026-03-10"}
    assert dates_of("town hall") == {"2026-03-10"}  # the narrative's Tuesday, not the condition's Sunday
    assert dates_of("sluice gates") == set()


# --- round s28: a happening is its own clause, not the clause that dates or explains it -------------


def _timeline_of(nlp, *texts):
    from storylens.nlp.pipeline import analyze_articles

    articles = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=text, published="2031-03-16", outlet=f"Outlet {i}")
        for i, text in enumerate(texts)
    ]
    return _timeline(list(analyze_articles(articles, nlp=nlp)))


def test_two_happenings_sharing_an_after_clause_stay_apart(nlp):
    events = _timeline_of(
        nlp,
        "Coastguard crews pulled eleven sailors from the sea on Tuesday after the freighter Lindqvist sank off Cape Harro.",
        "Police detained the crew of the tanker Orla Brand on Tuesday after it struck the freighter Lindqvist off Cape Harro.",
    )
    assert sorted(len(e.sources) for e in events if e.date == "2031-03-11") == [1, 1], [(e.date, e.description) for e in events]


def test_one_happening_told_with_different_after_clauses_is_one_entry(nlp):
    events = _timeline_of(
        nlp,
        "Rescuers pulled eleven sailors from the sea on Tuesday after the freighter Lindqvist sank off Cape Harro.",
        "Eleven sailors were rescued from the water on Tuesday after their freighter went down off Cape Harro.",
    )
    assert [len(e.sources) for e in events if e.date == "2031-03-11"] == [2], [(e.date, e.description) for e in events]


# --- issue 19, round s29: quoted accounts, undated days, a part of the day ---------------------------


def test_quoted_accounts_and_an_undated_articles_days_on_the_timeline(nlp):
    from storylens.nlp.pipeline import analyze_articles

    undated = (
        "At about 5 a.m. on 9 August, raiders burned the grain store at Velt.\n\n"
        "Later the same day the mill at Velt was shelled. The same day, the dead were buried in the churchyard.\n\n"
        "On 11 August the governor signed a decree imposing a curfew."
    )
    dated = (
        "The governor of Velt province imposed a curfew after the raid on the grain store.\n\n"
        'Mira Oslund, a miller, said: "They rang me on Tuesday night. Nobody came."\n\n'
        'The raiders told the villagers: "We will burn your barns in the morning."'
    )
    articles = [
        Article(id="u", source="u.txt", text=undated, published=None, outlet="Velt Wire"),
        Article(id="d", source="d.txt", text=dated, published="2031-08-14", outlet="Harl Courier"),
    ]
    events = _timeline(list(analyze_articles(articles, nlp=nlp)))

    def dates_of(words):
        return {e.date for e in events if any(words in source.span.text for source in e.sources)}

    assert dates_of("burned the grain store") == {"2031-08-09"}
    assert dates_of("mill at Velt") == {"2031-08-09"}
    assert dates_of("dead were buried") == {"2031-08-09"}
    assert dates_of("signed a decree") == {"2031-08-11"}
    (account,) = [e for e in events if any("rang me" in s.span.text for s in e.sources)]
    assert account.date == "2031-08-12" and account.according_to == ["Mira Oslund"]
    assert [s.according_to for s in account.sources] == ["Mira Oslund"]
    assert dates_of("burn your barns") == set()  # a threat is no happening


# --- issue 19, round s29: one happening is who did what, not the day's topic ------------------------


def _story(nlp, published, *reports):
    """``reports``: (outlet, text) pairs, all published on ``published``."""
    from storylens.nlp.pipeline import analyze_articles

    articles = [
        Article(id=f"s{i}", source=f"s{i}.txt", text=text, published=published, outlet=outlet)
        for i, (outlet, text) in enumerate(reports)
    ]
    return _timeline(list(analyze_articles(articles, nlp=nlp)))


def _entry_with(events, words):
    (entry,) = [e for e in events if any(words in s.span.text for s in e.sources)]
    return entry


def test_one_clearance_told_three_ways_is_one_entry_apart_from_the_noon_escort(nlp):
    events = _story(
        nlp,
        "2031-05-16",  # a Friday
        ("Dunmere Herald", "Riot police cleared the dockers' picket at the Kessel terminal at 5 a.m. on Thursday. "
                           "A coast guard cutter escorted the grain ship Aldora into Dunmere harbour at noon on Thursday."),
        ("Port Gazette", "Yesterday the police finally ended the dockers' blockade of the Kessel terminal."),
        ("Quay Worker", "At 5 a.m. on Thursday the bosses' police came for the strikers at the Kessel gate."),
    )
    clearance = _entry_with(events, "cleared the dockers' picket")
    assert {s.article for s in clearance.sources} == {"s0", "s1", "s2"}
    assert clearance.description.split()[:2] in (["Riot", "police"], ["The", "police"])  # who did it, first
    escort = _entry_with(events, "escorted the grain ship")
    assert escort is not clearance and len(escort.sources) == 1


def test_one_operation_in_other_words_is_one_entry_and_the_enemys_ambush_another(nlp):
    events = _story(
        nlp,
        "2031-09-08",  # a Monday
        ("Varn Daily", "The army launched Operation Stone Gate against rebels in the Tessin valley on Sunday."),
        ("Eastern Ledger", "Government forces began a security operation in the Tessin valley yesterday."),
        ("Radio Orsk", "On Sunday the army moved armoured units across the Tessin river into rebel-held villages."),
        ("Morning Wire", "Rebels ambushed a police convoy near Kolm on Sunday, killing two officers."),
    )
    operation = _entry_with(events, "launched Operation Stone Gate")
    assert {s.article for s in operation.sources} == {"s0", "s1", "s2"}
    assert len(_entry_with(events, "ambushed a police convoy").sources) == 1


def test_different_happenings_of_one_day_stay_apart(nlp):
    events = _story(
        nlp,
        "2031-11-13",  # a Thursday
        ("Brenn Courier", "The town of Oresk buried its dead yesterday. "
                          "The mining ministry unveiled a compensation plan for the families on Wednesday."),
        ("Capital Post", "President Ada Lind signed a decree on national mourning yesterday. "
                         "Rescuers brought nine miners to the surface at the Oresk pit on Wednesday."),
        ("Valley Voice", "Navy commandos raided the smugglers' base at Tarn Point on Wednesday morning. "
                         "Later the same day a fishing boat was fired on off Tarn Point."),
        ("Oresk Echo", "Commandos stormed the smugglers' base at Tarn Point on Wednesday."),
    )
    raid = _entry_with(events, "raided the smugglers' base")
    assert {s.article for s in raid.sources} == {"s2", "s3"}
    assert raid.description.startswith("Navy commandos raided")  # not the boat fired on later
    for words in ("buried its dead", "signed a decree", "unveiled a compensation plan", "brought nine miners", "fishing boat"):
        assert len(_entry_with(events, words).sources) == 1, words


def test_one_year_only_happening_in_two_outlets_is_one_entry(nlp):
    events = _story(
        nlp,
        "2031-11-13",
        ("Brenn Courier", "The last fatal accident at the Oresk colliery, in 2011, killed four miners."),
        ("Capital Post", "The Oresk colliery lost four men in 2011."),
        ("Valley Voice", "The Oresk colliery opened a new shaft in 2011."),
    )
    assert sorted(len(e.sources) for e in events if e.date == "2011") == [1, 2]
    assert len(_entry_with(events, "opened a new shaft").sources) == 1


# --- issue 19, round s30: one happening from several sides; a deadline is no happening -------------


def test_a_prison_mutiny_told_three_ways_is_one_entry_apart_from_the_ministers_visit(nlp):
    events = _story(
        nlp,
        "2031-10-08",  # a Wednesday
        ("Halvik Courier", "Around 200 prisoners overpowered the guards at Halvik jail at 5 a.m. on Monday."),
        ("North Post", "The mutiny at Halvik jail broke out at 5 a.m. on Monday."),
        ("State Radio", "Militants seized Halvik jail at 5 a.m. on Monday. The justice minister flew to Halvik at 4 p.m. on Monday."),
    )
    mutiny = _entry_with(events, "mutiny at Halvik jail")
    assert {s.article for s in mutiny.sources} == {"s0", "s1", "s2"}, [(e.date, e.description) for e in events]
    assert len(_entry_with(events, "minister flew").sources) == 1


def test_a_departure_told_from_the_skipper_is_one_entry_and_a_warning_is_no_sinking(nlp):
    events = _story(
        nlp,
        "2031-06-16",  # a Monday
        ("Saltby News", "The trawler Grey Tern left Saltby at 8:30 p.m. on Friday. The Grey Tern sank on Friday. "
                        "The port authority issued a gale warning at noon on Friday."),
        ("Coast Radio", "Skipper Ove Brandt took the Grey Tern out of Saltby on Friday evening. The Grey Tern sank on Friday."),
    )
    departure = _entry_with(events, "left Saltby")
    assert {s.article for s in departure.sources} == {"s0", "s1"}, [(e.date, e.description) for e in events]
    sinking = _entry_with(events, "Tern sank")
    assert not any("warning" in s.span.text for s in sinking.sources)


def test_a_deadline_is_its_own_entry(nlp):
    events = _story(
        nlp,
        "2031-06-02",
        ("Dock Gazette", "The shipyard was given until September 30th to repair the hull of the ferry Morwen."),
        ("Harbour Wire", "Inspectors ordered the shipyard to repair the Morwen's hull on Friday."),
    )
    (deadline,) = [e for e in events if e.date == "2031-09-30"]
    assert deadline.deadline and deadline.planned
    order = _entry_with(events, "Inspectors ordered")
    assert order.date == "2031-05-30" and not order.deadline


# --- issue 19, round s31: the day of a bare clock time; one assault in other nouns ----------------


def test_an_assault_named_by_two_nouns_is_one_entry_on_the_day_the_report_states(nlp):
    events = _story(
        nlp,
        "2029-09-19",  # a Wednesday
        ("Orvel Post", "The militia said on Monday that it had retaken the Orvel depot. "
                       "The assault, code-named Operation Grey Heron, began at 4:15 a.m."),
        ("Border Radio", "The raid began at 4:15 a.m. on Monday. A convoy of medics reached Orvel at 4 p.m. on Monday."),
    )
    assault = _entry_with(events, "code-named Operation Grey Heron")
    assert assault.date == "2029-09-17" and {s.article for s in assault.sources} == {"s0", "s1"}, [(e.date, e.description) for e in events]
    assert len(_entry_with(events, "convoy of medics").sources) == 1


# --- issue 19, round s32: one happening told by several outlets in other words ---------------------


def test_one_outbreak_one_order_and_one_blast_are_one_entry_each(nlp):
    events = _story(
        nlp,
        "2031-03-12",  # a Wednesday
        ("Moor Herald", "The blaze broke out on Monday afternoon near Dunmoor, a hamlet on the edge of the Tarrow moors. "
                        "The county ordered the villages of Dunn and Perl evacuated at 7 a.m. on Tuesday. "
                        "The volunteer fire station in Perl burned down on Tuesday."),
        ("Tarrow Post", "Flames were first spotted on a slope above Dunmoor by a hiker on Monday. "
                        "Families in Dunn and Perl were roused by church bells at 7 a.m. on Tuesday. "
                        "A ferry carrying 200 evacuees left Perl quay on Tuesday morning."),
        ("Valley Wire", "The fire, which started on Monday afternoon in heather outside Dunmoor, has destroyed 30 homes. "
                        "At 7 a.m. on Tuesday the county ordered Dunn and Perl evacuated. "
                        "Fire crews reached the hamlet of Dunmoor on Monday afternoon."),
    )
    outbreak = _entry_with(events, "blaze broke out")
    assert {s.article for s in outbreak.sources} == {"s0", "s1", "s2"}, [(e.date, e.description) for e in events]
    assert outbreak.date == "2031-03-10"
    order = _entry_with(events, "ordered the villages")
    assert {s.article for s in order.sources} == {"s0", "s1", "s2"} and order.date == "2031-03-11"
    for apart in ("fire station in Perl", "ferry carrying", "Fire crews reached"):
        assert len(_entry_with(events, apart).sources) == 1, apart


def test_one_blast_told_by_its_noun_its_verb_and_its_victims_is_one_entry(nlp):
    events = _story(
        nlp,
        "2031-03-16",  # a Sunday
        ("Ostry Daily", "The explosion at 10.50 p.m. yesterday at the Ostry gas depot was heard across the bay. "
                        "Crews had the fire under control by 3 a.m."),
        ("Bay Times", "Late on Saturday a blast ripped through a pump house at the Ostry gas depot. "
                      "On the day before the blast, inspectors had visited the site."),
        ("Radio Ostry", "Nine dockers were injured on Saturday night when a gas tank exploded at the depot in Ostry. "
                        "The harbour master flew to Ostry on Saturday night."),
    )
    blast = _entry_with(events, "ripped through a pump house")
    assert {s.article for s in blast.sources} == {"s0", "s1", "s2"}, [(e.date, e.description) for e in events]
    assert len(_entry_with(events, "harbour master flew").sources) == 1
    assert _entry_with(events, "under control").date == "2031-03-16"  # past midnight
    visit = _entry_with(events, "inspectors had visited")
    assert visit.description.startswith("Inspectors had visited")  # not "The blast, inspectors ..."


# --- issue 19, round s33 ---------------------------------------------------------------------------


def test_a_denial_is_no_part_of_a_visit_on_the_same_evening(nlp):
    events = _story(
        nlp,
        "2031-03-12",  # a Wednesday
        ("Orsa Courier", "The health minister toured the flooded Orsa hospital on Tuesday evening."),
        ("Valley Post", "The minister went to the Orsa hospital on Tuesday evening and met nurses."),
        ("Radio Orsa", "The health ministry denied on Tuesday evening that it had ignored warnings about the hospital."),
    )
    visit = _entry_with(events, "toured the flooded")
    assert {s.article for s in visit.sources} == {"s0", "s1"}, [(e.date, e.description) for e in events]
    assert len(_entry_with(events, "denied on Tuesday").sources) == 1


def test_a_date_conflict_is_between_accounts_of_one_happening(nlp):
    events = _story(
        nlp,
        "2031-05-09",
        ("Bay Herald", "The navy banned diving within a mile of the wreck on May 4.\n\nThe miners began a march on the capital on May 4."),
        ("Cape Wire", "Salvage crews towed two barges to the wreck on May 5.\n\nOn May 5, the miners went on a march to the capital."),
    )
    assert _entry_with(events, "banned diving").date_conflicts == []
    assert _entry_with(events, "towed two barges").date_conflicts == []
    march = [e for e in events if any("march" in s.span.text for s in e.sources)]
    assert len(march) == 1 and [c.date for c in march[0].date_conflicts] == ["2031-05-05"], [(e.date, e.description) for e in events]


# --- issue 19, round s34: one happening in other words; a measurement stays apart -------------------


def test_a_canal_breach_told_three_ways_is_one_entry_apart_from_its_level(nlp):
    events = _story(
        nlp,
        "2031-07-02",  # a Wednesday
        ("Lenby Post", "The Ashby canal burst its banks before dawn on Monday. "
                       "The canal reached 4.1 metres at the Lenby lock on Monday afternoon."),
        ("Vale Radio", "The canal broke through Lenby's embankment at about 1 a.m. on Monday."),
        ("Canal News", "The embankment gave way early on Monday."),
    )
    breach = _entry_with(events, "burst its banks")
    assert {s.article for s in breach.sources} == {"s0", "s1", "s2"}, [(e.date, e.description) for e in events]
    level = _entry_with(events, "reached 4.1 metres")
    assert level is not breach and len(level.sources) == 1


# --- issue 19, round s35: responses, counterfactuals, days that can both hold -----------------------


def test_a_rocket_failure_told_two_ways_is_one_entry_and_the_inquiry_into_it_another(nlp):
    events = _story(
        nlp,
        "2031-04-16",  # a Wednesday
        ("Sella Post", "The Corvan-3 rocket exploded shortly after leaving the launch pad at Sella Point on Tuesday. "
                       "An earlier alarm would have let the coastguard clear the Marl beach by noon on Tuesday."),
        ("Coast Radio", "The Corvan-3 rocket blew up over Sella Point yesterday."),
        ("Orbit Weekly", "An inquiry into the explosion at Sella Point was opened yesterday. "
                         "Flights over Sella Point were banned on Tuesday after the explosion."),
    )
    blast = _entry_with(events, "blew up over Sella Point")
    assert {s.article for s in blast.sources} == {"s0", "s1"}, [(e.date, e.description) for e in events]
    assert blast.date == "2031-04-15"
    for response in ("An inquiry into the explosion", "were banned on Tuesday"):
        assert [s.article for s in _entry_with(events, response).sources] == ["s2"], response
    assert _entry_with(events, "An inquiry into") is not _entry_with(events, "were banned")
    assert not any("clear the Marl beach" in s.span.text for e in events for s in e.sources)  # never happened


def test_power_cut_and_restored_are_two_entries_with_no_date_conflict(nlp):
    events = _story(
        nlp,
        "2031-04-18",  # a Friday
        ("Velmora Daily", "Power was cut to 1.8 million homes in Velmora on Monday night.\n\n"
                          "Power was restored to Velmora by Wednesday evening."),
        ("Grid Watch", "The blackout hit the capital, Velmora, on Monday night.\n\n"
                       "Power returned to Velmora on Wednesday night, the grid operator Velnet said."),
        ("Radio Vel", "Millions lost electricity in Velmora on Monday night when the Ossary substation caught fire.\n\n"
                      "Power was restored to the last homes in Velmora by Thursday evening."),
    )
    outage = _entry_with(events, "Power was cut")
    restored = _entry_with(events, "Power returned")
    assert outage is not restored, [(e.date, e.description) for e in events]
    assert {s.article for s in outage.sources} == {"s0", "s1", "s2"} and outage.date == "2031-04-14"
    assert outage.date_conflicts == []  # the restoration two days later is another act
    # "by Wednesday evening", "on Wednesday night" and "by Thursday evening" can all hold
    assert {s.article for s in restored.sources} == {"s0", "s1", "s2"} and restored.date == "2031-04-16"
    assert restored.date_conflicts == []


def test_a_night_and_the_small_hours_after_it_are_no_date_conflict_but_two_days_are(nlp):
    events = _story(
        nlp,
        "2031-04-18",
        ("Tarrow News", "Power was restored to Tarrow on Wednesday night."),
        ("Tarrow Radio", "Power was restored to the last homes in Tarrow at 1 a.m. on Thursday."),
    )
    (entry,) = events
    assert entry.date == "2031-04-16" and entry.date_conflicts == [] and len(entry.sources) == 2
    events = _story(
        nlp,
        "2031-05-09",
        ("Bay Herald", "The miners began a march on the capital on May 4."),
        ("Cape Wire", "On May 6, the miners went on a march to the capital."),
    )
    march = [e for e in events if any("march" in s.span.text for s in e.sources)]
    assert len(march) == 1 and [c.date for c in march[0].date_conflicts] == ["2031-05-06"]
