"""The store's repository, run on SQLite and on PostgreSQL (``store`` fixture)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select, text

from storylens.records import ArticleAnalysis, Claim, Rejected
from storylens.store import schema


def count(store, table, **where) -> int:
    statement = select(func.count()).select_from(table)
    for column, value in where.items():
        statement = statement.where(table.c[column] == value)
    with store.engine.connect() as connection:
        return connection.scalar(statement)


class ExplodingAnalysis(ArticleAnalysis):
    """Fails while being written, after its article, sentences and mentions went in."""

    def to_dict(self):
        raise RuntimeError("simulated crash mid-batch")


class ExplodingClaim(Claim):
    def to_dict(self):
        raise RuntimeError("simulated crash mid-story")


def test_analysis_round_trip(store, records):
    analysis = records.make_analysis()
    store.save_analyses([analysis])
    (loaded,) = store.load_analyses([analysis.article.id])
    assert loaded == analysis
    assert loaded.to_dict() == analysis.to_dict()
    assert store.load_analyses() and store.load_analyses()[0].to_dict() == analysis.to_dict()
    assert store.load_article(analysis.article.id) == analysis.article
    assert store.known_article_ids() == {analysis.article.id}
    assert count(store, schema.sentences) == 3
    assert count(store, schema.mentions) == 2


def test_unknown_ids_read_back_as_nothing(store, records):
    store.save_analyses([records.make_analysis()])
    assert store.load_story("nope") is None
    assert store.load_article("nope") is None
    assert store.load_analyses(["nope"]) == []


def test_load_analyses_keeps_the_order_asked_for(store, records):
    a1, a2 = records.make_analysis(records.make_article("a1")), records.make_analysis(records.make_article("a2"))
    store.save_analyses([a1, a2])
    assert [a.article.id for a in store.load_analyses(["a2", "missing", "a1", "a2"])] == ["a2", "a1"]


def test_story_round_trip(store, records):
    story = records.make_story()
    store.save_story(story)
    assert store.load_story(story.id) == story
    assert store.load_story(story.id).to_dict() == story.to_dict()
    assert count(store, schema.claims, story_id=story.id) == 2
    assert count(store, schema.claims, status="contested") == 1
    assert count(store, schema.events, date="2023-06-24") == 1
    assert count(store, schema.actors) == 2
    assert count(store, schema.quotes) == 1
    assert count(store, schema.story_articles) == 1


def test_saving_the_same_analyses_again_stores_them_once(store, records):
    analysis = records.make_analysis()
    store.save_analyses([analysis, analysis])
    store.save_analyses([analysis])
    assert count(store, schema.articles) == 1
    assert count(store, schema.analyses) == 1
    assert count(store, schema.sentences) == 3
    assert count(store, schema.mentions) == 2
    assert len(store.search("mutiny")) == 1
    assert store.load_analyses()[0].to_dict() == analysis.to_dict()


def test_saving_a_story_again_replaces_it(store, records):
    story = records.make_story()
    store.save_story(story)
    store.save_story(story)
    created_first = _stamps(store, story.id)[0]
    changed = dataclasses.replace(story, title="Wagner mutiny, revised", claims=story.claims[:1], quotes=[])
    store.save_story(changed)
    assert store.load_story(story.id).to_dict() == changed.to_dict()
    assert count(store, schema.stories) == 1
    assert count(store, schema.claims) == 1
    assert count(store, schema.quotes) == 0
    assert count(store, schema.story_articles) == 1
    created, updated = _stamps(store, story.id)
    assert created == created_first and updated >= created


def _stamps(store, story_id):
    with store.engine.connect() as connection:
        return connection.execute(select(schema.stories.c.created, schema.stories.c.updated).where(schema.stories.c.id == story_id)).one()


def test_a_crash_mid_batch_leaves_the_previous_save_exactly(store, records):
    first = records.make_analysis(records.make_article("a1"))
    store.save_analyses([first])
    second = records.make_analysis(records.make_article("a2", extra="A rebellion followed."))
    broken = ExplodingAnalysis(**{f.name: getattr(records.make_analysis(records.make_article("a3")), f.name) for f in dataclasses.fields(ArticleAnalysis)})
    with pytest.raises(RuntimeError, match="mid-batch"):
        store.save_analyses([second, broken])
    assert store.known_article_ids() == {"a1"}
    assert store.load_article("a2") is None and store.load_article("a3") is None
    assert count(store, schema.articles) == 1
    assert count(store, schema.sentences) == 3 and count(store, schema.mentions) == 2
    assert store.search("rebellion") == []
    assert store.load_analyses()[0].to_dict() == first.to_dict()
    # The store is still usable after the failed write.
    store.save_analyses([second])
    assert store.known_article_ids() == {"a1", "a2"}


def test_a_crash_while_replacing_a_story_keeps_the_old_story(store, records):
    story = records.make_story()
    store.save_story(story)
    new_article = records.make_article("a9", extra="An insurrection followed.")
    broken = dataclasses.replace(
        story,
        title="broken",
        articles=story.articles + [new_article],
        claims=[ExplodingClaim(**{f.name: getattr(story.claims[0], f.name) for f in dataclasses.fields(Claim)})],
    )
    with pytest.raises(RuntimeError, match="mid-story"):
        store.save_story(broken)
    assert store.load_story(story.id).to_dict() == story.to_dict()
    assert store.load_article("a9") is None
    assert store.search("insurrection") == []
    assert count(store, schema.claims) == 2 and count(store, schema.story_articles) == 1


def test_a_story_brings_newer_article_metadata(store, records):
    analysis = records.make_analysis(records.make_article("a1", outlet=None, title=None))
    store.save_analyses([analysis])
    with_manifest = records.make_analysis(records.make_article("a1", outlet="Novaya Gazeta", title="From the manifest"))
    store.save_story(records.make_story("s1", [with_manifest]))
    (loaded,) = store.load_analyses(["a1"])
    assert loaded.article.outlet == "Novaya Gazeta"
    assert loaded.sentences == analysis.sentences
    assert store.search("manifest")[0].article_id == "a1"  # the new title is indexed


def test_search_finds_words_in_text_and_titles(store, records):
    a1 = records.make_analysis(records.make_article("a1"))
    a2 = records.make_analysis(records.make_article("a2", extra="Prigozhin agreed to leave for Belarus. Talks were brokered by Lukashenko.", title="Deal struck in Minsk"))
    store.save_analyses([a1, a2])
    store.save_story(records.make_story("s2", [a2]))
    (hit,) = store.search("Belarus brokered")
    assert (hit.article_id, hit.story_id, hit.title) == ("a2", "s2", "Deal struck in Minsk")
    assert "Belarus" in hit.snippet and "<" not in hit.snippet
    assert [h.article_id for h in store.search("minsk")] == ["a2"]  # title only
    assert {h.article_id for h in store.search("marching")} == {"a1", "a2"}  # stemmed: "marched"
    assert {h.article_id: h.story_id for h in store.search("mutiny")} == {"a1": None, "a2": "s2"}
    assert store.search("Belarus Voronezh") == []  # every word must match
    assert len(store.search("said", limit=1)) == 1


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b) OR -x", "col:value*", "^'; DROP TABLE articles; --", "   ", "..."])
def test_search_takes_any_user_input(store, records, query):
    store.save_analyses([records.make_analysis()])
    assert isinstance(store.search(query), list)
    assert isinstance(store.list_stories(query=query), list)
    assert count(store, schema.articles) == 1


def test_search_snippet_is_text_around_the_match(store, records):
    long_text = "Filler sentence about nothing. " * 60 + "The armoured column reached Voronezh at dawn. " + "More filler here. " * 60
    store.save_analyses([records.make_analysis(records.make_article("long", extra=long_text))])
    (hit,) = store.search("Voronezh")
    assert "Voronezh" in hit.snippet and len(hit.snippet) < 400


def test_list_stories_filters_by_query_and_outlet(store, records):
    meduza = records.make_analysis(records.make_article("a1", outlet="Meduza", published="2023-06-24"))
    tass = records.make_analysis(records.make_article("a2", outlet="TASS", published="2023-06-26", extra="Prigozhin left for Belarus. The deal was brokered."))
    other = records.make_analysis(records.make_article("a3", outlet="BBC", published="2023-07-01", extra="Grain exports resumed through the Black Sea."))
    store.save_story(records.make_story("wagner", [meduza, tass], title="Wagner mutiny"))
    store.save_story(records.make_story("grain", [other], title="Grain deal"))

    everything = {s.id: s for s in store.list_stories()}
    assert set(everything) == {"wagner", "grain"}
    wagner = everything["wagner"]
    assert (wagner.title, wagner.n_articles, wagner.outlets) == ("Wagner mutiny", 2, ["Meduza", "TASS"])
    assert (wagner.first_date, wagner.last_date) == ("2023-06-24", "2023-06-26")
    assert [s.id for s in store.list_stories()][0] == "grain"  # most recently saved first

    assert [s.id for s in store.list_stories(outlet="tass")] == ["wagner"]
    assert [s.id for s in store.list_stories(outlet="BBC")] == ["grain"]
    assert store.list_stories(outlet="Reuters") == []
    assert [s.id for s in store.list_stories(query="brokered")] == ["wagner"]  # article text
    assert [s.id for s in store.list_stories(query="grain deal")] == ["grain"]  # story title
    assert [s.id for s in store.list_stories(query="black sea")] == ["grain"]
    assert store.list_stories(query="brokered", outlet="BBC") == []


def test_outlets_count_articles_and_list_stories(store, records):
    a1 = records.make_analysis(records.make_article("a1", outlet="Meduza"))
    a2 = records.make_analysis(records.make_article("a2", outlet="Meduza"))
    a3 = records.make_analysis(records.make_article("a3", outlet="TASS"))
    a4 = records.make_analysis(records.make_article("a4", outlet=None))
    store.save_analyses([a1, a2, a3, a4])
    store.save_story(records.make_story("s1", [a1, a3]))
    store.save_story(records.make_story("s2", [a2]))
    summaries = {o.outlet: o for o in store.outlets()}
    assert set(summaries) == {"Meduza", "TASS"}
    assert (summaries["Meduza"].n_articles, summaries["Meduza"].story_ids) == (2, ["s1", "s2"])
    assert (summaries["TASS"].n_articles, summaries["TASS"].story_ids) == (1, ["s1"])


def test_save_rejected(store):
    store.save_rejected([Rejected("empty.txt", "empty: no text left after cleaning"), Rejected("x.bin", "binary: the file is not text")], run_id="run-1")
    store.save_rejected([])
    store.save_rejected([Rejected("again.txt", "duplicate of a1")])
    assert count(store, schema.rejected) == 3
    assert count(store, schema.rejected, run_id="run-1") == 2


@pytest.mark.slow
def test_seed_analyses_and_story_round_trip(store, seed_analyses, seed_story):
    store.save_analyses(seed_analyses)
    store.save_story(seed_story)
    loaded = {a.article.id: a for a in store.load_analyses()}
    assert len(loaded) == len(seed_analyses)
    for analysis in seed_analyses:
        # Equal as records, not just as JSON: the story steps can run on them unchanged.
        assert loaded[analysis.article.id] == analysis
        assert loaded[analysis.article.id].to_dict() == analysis.to_dict()
    assert store.load_story(seed_story.id) == seed_story
    (summary,) = store.list_stories()
    assert summary.n_articles == len(seed_story.articles)
    assert summary.outlets == sorted({a.outlet for a in seed_story.articles if a.outlet}, key=str.casefold)
    # Every article can be found by a word of its opening.
    for article in seed_story.articles:
        word = max((w for w in article.text[:300].split() if w.isalpha()), key=len)
        assert article.id in {h.article_id for h in store.search(word, limit=50)}


def test_long_and_unusual_strings_survive_on_every_database(store, records):
    article = records.make_article("a1", outlet="Новая газета " * 40, extra="Пригожин said: \"Stop\" — 100% \\ 'done' 🙂 <script>alert(1)</script>")
    analysis = records.make_analysis(article)
    store.save_analyses([analysis])
    assert store.load_analyses(["a1"]) == [analysis]
    assert [h.article_id for h in store.search("Пригожин")] == ["a1"]
    assert [h.article_id for h in store.search("script alert")] == ["a1"]


def test_postgres_search_can_use_the_full_text_index(store):
    if store.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's expression index; SQLite searches its FTS5 table")
    with store.engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # an empty table would be scanned otherwise
        plan = "\n".join(connection.scalars(text(f"EXPLAIN SELECT id FROM articles WHERE {schema.PG_FTS_DOCUMENT} @@ plainto_tsquery('english', 'mutiny')")))
    assert "ix_articles_fts" in plan


@pytest.mark.slow
def test_a_deleted_story_leaves_its_articles_and_analyses(store, seed_analyses, seed_story):
    store.save_analyses(seed_analyses)
    store.save_story(seed_story)
    assert {k: sorted(v) for k, v in store.story_members().items()} == {seed_story.id: sorted(a.id for a in seed_story.articles)}
    store.delete_story(seed_story.id)
    assert store.load_story(seed_story.id) is None and store.story_members() == {}
    assert store.list_stories() == []
    assert len(store.load_analyses()) == len(seed_analyses)


def test_a_replaced_story_id_resolves_to_the_story_that_replaced_it(store, records):
    store.save_story(records.make_story("s1"))
    store.save_story(records.make_story("s2"), replaces=["s1"])
    assert store.load_story("s1") is None
    assert store.resolve_story_id("s1") == "s2" and store.resolve_story_id("s2") == "s2"
    # It grows again: the oldest id leads straight to the newest story, not through a chain.
    store.save_story(records.make_story("s3"), replaces=["s2"])
    assert store.resolve_story_id("s1") == "s3" and store.resolve_story_id("s2") == "s3"
    assert store.resolve_story_id("nope") is None


def test_a_redirect_ends_when_its_target_is_deleted_or_its_id_is_a_story_again(store, records):
    store.save_story(records.make_story("s1"))
    store.save_story(records.make_story("s2"), replaces=["s1"])
    store.save_story(records.make_story("s1"))  # the old id is a story of its own again
    assert store.resolve_story_id("s1") == "s1"
    store.save_story(records.make_story("s3"), replaces=["s2"])
    store.delete_story("s3")
    assert store.resolve_story_id("s2") is None and store.resolve_story_id("s3") is None


def test_article_dates_are_read_without_the_analyses(store, records):
    store.save_story(records.make_story("s1"))
    dates = store.article_dates()
    assert dates == {a.id: a.published for a in records.make_story("s1").articles}
