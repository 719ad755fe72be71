"""Story-level quotes: the seeds gold bar of issue 5, actor ids, and the per-story statistics."""

from __future__ import annotations

import pytest

from storylens.nlp.names import clean_name, person_words, translit_key
from storylens.records import Actor, Article, ArticleAnalysis, Quote, Span
from storylens.story.context import StoryContext
from storylens.story.quotes import collect_quotes, quote_stats

from conftest import article_by_file, folded


def same_speaker(name: str | None, gold: str) -> bool:
    """Transliteration-tolerant: "Evgeny Prigozhin" is "Yevgeny Prigozhin", "Zelensky" is
    "Volodymyr Zelensky"; an organisation's name must match as a whole."""
    if not name:
        return False
    if clean_name(name).casefold() == clean_name(gold).casefold():
        return True
    ours, theirs = person_words(name), person_words(gold)
    if not ours or not theirs or translit_key(ours[-1]) != translit_key(theirs[-1]):
        return False
    return len(ours) == 1 or len(theirs) == 1 or translit_key(ours[0]) == translit_key(theirs[0])


def test_seed_gold_quotes_found_with_their_speaker(seed_story, seed_articles, gold):
    actor_names = {a.id: a.name for a in seed_story.actors}
    found = []
    for g in gold["quotes"]:
        article = article_by_file(seed_articles, g["file"])
        for q in seed_story.quotes:
            if q.span.article != article.id or folded(g["contains"]) not in folded(q.text):
                continue
            if same_speaker(actor_names.get(q.speaker or ""), g["speaker"]) or same_speaker(q.speaker_text, g["speaker"]):
                found.append(g["id"])
                break
    assert len(found) >= 11, f"found {found} of {len(gold['quotes'])}"


def test_seed_quotes_point_at_their_text_and_actors(seed_story):
    texts = {a.id: a.text for a in seed_story.articles}
    actor_ids = {a.id for a in seed_story.actors}
    assert len({q.id for q in seed_story.quotes}) == len(seed_story.quotes) > 0
    for q in seed_story.quotes:
        assert texts[q.span.article][q.span.start : q.span.end] == q.text == q.span.text
        assert q.kind in ("direct", "indirect", "mixed")
        assert q.speaker is None or q.speaker in actor_ids
        assert q.outlet
    kinds = {q.kind for q in seed_story.quotes}
    assert kinds == {"direct", "indirect", "mixed"}


def test_seed_quote_stats_count_speakers_per_outlet(seed_story):
    stats = seed_story.quote_stats
    assert stats.speakers and stats.speakers[0].total >= stats.speakers[-1].total
    for entry in stats.speakers:
        assert sum(entry.by_outlet.values()) == entry.total == sum(entry.kinds.values())
    assert sum(e.total for e in stats.speakers) == sum(1 for q in seed_story.quotes if q.speaker or q.speaker_text)


def _analysis(article_id: str, outlet: str, text: str, quoted: str, speaker: str) -> ArticleAnalysis:
    start = text.index(quoted)
    span = Span.of(article_id, text, start, start + len(quoted))
    quote = Quote(f"{article_id}-q1", None, span.text, "direct", span, speaker_text=speaker, cue="said", outlet=outlet)
    return ArticleAnalysis(article=Article(article_id, article_id, text, outlet=outlet), quotes=[quote])


def test_quote_carried_by_two_outlets_is_shared():
    words = "“We made clear that we were not involved in any of this,”"
    analyses = [
        _analysis("a", "Outlet A", f"{words} Biden said on Monday.", words, "Joe Biden"),
        _analysis("b", "Outlet B", f"The president said: {words[:-2]}.” Nothing more.", words[:-2] + ".”", "Biden"),
        _analysis("c", "Outlet C", "“Something else entirely was said here,” Peskov said.", "“Something else entirely was said here,”", "Peskov"),
    ]
    context = StoryContext(analyses)
    quotes = collect_quotes(context)
    stats = quote_stats(context, quotes)
    assert [q.id for q in quotes] == ["q1", "q2", "q3"]
    (shared,) = stats.shared
    assert shared.outlets == ["Outlet A", "Outlet B"] and set(shared.quotes) == {"q1", "q2"}
    by_name = {e.name: e for e in stats.speakers}
    assert by_name["Joe Biden"].by_outlet == {"Outlet A": 1}  # no actors merged here: names as written


# Round s30: a surname speaker with a form of address, across two outlets (whole pipeline).
POST = """Bus overturns at Kelso Pass

A bus carrying miners overturned at Kelso Pass on Thursday. Dr Lena Brun, a surgeon at Kelso General, treated eleven of the injured. She said two were in intensive care.

The driver, Mr Brun, said the brakes had failed on the bend. Dr Brun said the wounded were stable.
"""
NEWS = """Kelso bus crash: driver blames brakes

The driver of the bus that overturned at Kelso Pass, Mr Brun, said the brakes had failed.

Mr Brun said he had driven the pass for years. Dr Brun said the wounded were stable.
"""


@pytest.fixture(scope="module")
def kelso(tmp_path_factory, nlp):
    from tests.story.test_claims_on_new_stories import story_of

    return story_of(tmp_path_factory.mktemp("kelso"), {
        "post.txt": (POST, "Kelso Post,Bus overturns at Kelso Pass"),
        "news.txt": (NEWS, "Valley News,Kelso bus crash: driver blames brakes"),
    }, "2031-03-05")


def speaker_name(story, fragment: str, outlet: str) -> str | None:
    names = {a.id: a.name for a in story.actors}
    article = next(a.id for a in story.articles if a.outlet == outlet)
    found = [q for q in story.quotes if fragment in q.text and q.span.article == article]
    assert found, [q.text for q in story.quotes]
    return names.get(found[0].speaker)


def test_dr_and_mr_of_one_surname_are_two_speakers(kelso):
    assert speaker_name(kelso, "wounded were stable", "Kelso Post") == "Lena Brun"
    assert speaker_name(kelso, "brakes had failed", "Kelso Post") not in (None, "Lena Brun")
    assert speaker_name(kelso, "intensive care", "Kelso Post") == "Lena Brun"  # "She": not lent a gender by "Mr Brun"


def test_dr_surname_in_another_outlet_is_the_doctor_not_the_mr(kelso):
    assert speaker_name(kelso, "wounded were stable", "Valley News") == "Lena Brun"
    assert speaker_name(kelso, "driven the pass", "Valley News") not in (None, "Lena Brun")


def test_an_office_speaks_for_its_owner():
    text = "Deputy Commissioner Hal Rimmer said an inquiry would begin. Hal Rimmer's office said the report would be public."
    quoted = "the report would be public"
    analysis = _analysis("a", "Outlet A", text, quoted, "Hal Rimmer's office")
    start = text.index("Hal Rimmer")
    rimmer = Actor("a1", "Hal Rimmer", "PERSON", aliases=["Hal Rimmer"], mentions=[Span.of("a", text, start, start + 10)])
    context = StoryContext([analysis], actors=[rimmer])
    assert collect_quotes(context)[0].speaker == "a1"


# Round s34: speakers named by descriptions, officials and coordinated sources (whole pipeline).
LANDING = """Airliner lands without its wheels at Kesk

A Velta Air jet carrying 140 people landed on its belly at Kesk airport on Monday after its landing gear failed to deploy.

All 140 passengers left the plane by the emergency slides, the airline said. The Civil Aviation Authority, the country's aviation regulator, sent inspectors to Kesk.

The gear had been inspected in March, the airline and the country's aviation regulator said in a joint statement.
"""
RUN = """Savers besiege Morrow Savings

Depositors queued outside Morrow Savings in Lensk on Friday after the financial newsletter Ledgerline reported that the bank had lost a third of its deposits.

Officials at the Deposit Guarantee Fund, known as the DGF, said every account up to 50,000 crowns was safe.
"""


@pytest.fixture(scope="module")
def landing(tmp_path_factory, nlp):
    from tests.story.test_claims_on_new_stories import story_of

    return story_of(tmp_path_factory.mktemp("landing"), {
        "courier.txt": (LANDING, "Kesk Courier,Airliner lands without its wheels at Kesk"),
        "herald.txt": (RUN, "Lensk Herald,Savers besiege Morrow Savings"),
    }, "2031-04-02")


def speakers_of_fragment(story, fragment: str) -> list:
    names = {a.id: a.name for a in story.actors}
    return [names.get(q.speaker) for q in story.quotes if fragment in q.text]


def test_a_description_and_officials_speak_as_the_body_they_name(landing):
    assert speakers_of_fragment(landing, "emergency slides") == ["Velta Air"]
    assert speakers_of_fragment(landing, "50,000 crowns") == ["Deposit Guarantee Fund"]
    assert speakers_of_fragment(landing, "a third of its deposits") == ["Ledgerline"]


def test_a_coordinated_source_gives_each_body_the_quote(landing):
    assert speakers_of_fragment(landing, "inspected in March") == ["Velta Air", "Civil Aviation Authority"]
