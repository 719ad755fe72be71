"""The main job as a function: a later run's articles join the stories already stored."""

import csv
import shutil

import pytest

from storylens.api import analyze
from storylens.store import open_store


def test_a_later_article_joins_the_stored_story_without_rebuilding_others(seeds_dir, tmp_path):
    rows = list(csv.DictReader((seeds_dir / "manifest.csv").open(encoding="utf-8")))
    latest = max(rows, key=lambda r: r["published"])
    first, later = tmp_path / "first", tmp_path / "later"
    for folder, chosen in ((first, [r for r in rows if r is not latest]), (later, [latest])):
        folder.mkdir()
        for row in chosen:
            shutil.copy(seeds_dir / row["file"], folder / row["file"])
        with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(chosen)
    db = str(tmp_path / "s.db")

    before = analyze([str(first)], manifest=str(first / "manifest.csv"), db=db)
    assert [len(s.articles) for s in before.stories] == [4]
    after = analyze([str(later)], manifest=str(later / "manifest.csv"), db=db)

    assert [len(s.articles) for s in after.stories] == [5]  # the follow-up joined the stored story
    story = after.stories[0]
    new_id = next(a.id for a in story.articles if a.source.endswith(latest["file"]))
    reason = next(d for d in story.membership if d.article == new_id)
    assert reason.joined and reason.story == story.id and reason.shared_actors
    assert len(story.membership) == 5  # the stored articles keep their own reasons
    with open_store(db) as store:
        assert list(store.story_members()) == [story.id]  # the 4-article story was replaced
        assert store.load_story(before.stories[0].id) is None


def test_an_unrelated_article_starts_its_own_story_and_leaves_the_stored_one_alone(seeds_dir, tmp_path):
    db = str(tmp_path / "s.db")
    seeds = analyze([str(seeds_dir)], manifest=str(seeds_dir / "manifest.csv"), db=db)
    other = tmp_path / "council.txt"
    other.write_text(
        "Springfield council approves new library budget\n\n"
        "The Springfield city council voted 7-2 on Tuesday to approve a $4.2 million budget for the "
        "new central library, ending months of debate over its cost. Councillor Maria Lopez said the "
        "building would open in the spring of 2025. Opponents argued that the money should go to "
        "road repairs, but the majority backed the plan after the mayor promised a review of the "
        "maintenance costs next year.\n",
        encoding="utf-8",
    )
    result = analyze([str(other)], db=db)
    assert [len(s.articles) for s in result.stories] == [1]
    assert not result.stories[0].membership[0].joined
    with open_store(db) as store:
        assert sorted(store.story_members()) == sorted([seeds.stories[0].id, result.stories[0].id])


def test_an_article_given_again_without_its_manifest_keeps_its_metadata(seeds_dir, tmp_path):
    db = str(tmp_path / "s.db")
    first = analyze([str(seeds_dir)], manifest=str(seeds_dir / "manifest.csv"), db=db)
    original = {a.id: a for a in first.stories[0].articles}
    again = tmp_path / "again"
    again.mkdir()
    one = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(one, again / one.name)
    result = analyze([str(again)], db=db)  # the same text, no manifest this time
    (story,) = result.stories
    assert story.id == first.stories[0].id  # nothing new joined: the same story, rebuilt
    for article in story.articles:
        before = original[article.id]
        assert (article.outlet, article.title, article.published) == (before.outlet, before.title, before.published)


def _first_two_seeds(seeds_dir, tmp_path):
    few = tmp_path / "few"
    few.mkdir()
    for path in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(path, few / path.name)
    return few


def test_a_one_story_run_is_folded_into_a_clustered_story_that_holds_all_its_articles(seeds_dir, tmp_path):
    db = str(tmp_path / "s.db")
    manifest = str(seeds_dir / "manifest.csv")
    few = _first_two_seeds(seeds_dir, tmp_path)
    analyze([str(few)], manifest=manifest, db=db, cluster=False)
    result = analyze([str(seeds_dir)], manifest=manifest, db=db)
    assert [len(s.articles) for s in result.stories] == [5]
    with open_store(db) as store:
        assert list(store.story_members()) == [result.stories[0].id]


def test_stored_stories_out_of_the_window_are_neither_read_nor_embedded(seeds_dir, tmp_path):
    db = str(tmp_path / "s.db")
    seeds = analyze([str(seeds_dir)], manifest=str(seeds_dir / "manifest.csv"), db=db)
    later = tmp_path / "later"
    later.mkdir()
    (later / "council.txt").write_text(
        "Springfield council approves new library budget\n\n"
        "The Springfield city council voted 7-2 on Tuesday to approve a $4.2 million budget for the "
        "new central library, ending months of debate over its cost.\n",
        encoding="utf-8",
    )
    (later / "manifest.csv").write_text("file,outlet,published\ncouncil.txt,Springfield Herald,2025-03-04\n", encoding="utf-8")
    with open_store(db) as store:
        asked: list[str] = []
        load = store.load_analyses
        store.load_analyses = lambda ids=None: asked.extend(ids or ["<all>"]) or load(ids)
        result = analyze([str(later)], manifest=str(later / "manifest.csv"), store=store)
        seed_ids = {a.id for a in seeds.stories[0].articles}
        assert not seed_ids & set(asked) and "<all>" not in asked  # the 2023 story is not in reach
        assert [len(s.articles) for s in result.stories] == [1]
        assert sorted(store.story_members()) == sorted([seeds.stories[0].id, result.stories[0].id])


def test_a_grown_story_s_old_id_resolves_to_the_new_one(seeds_dir, tmp_path):
    db = str(tmp_path / "s.db")
    manifest = str(seeds_dir / "manifest.csv")
    first = analyze([str(_first_two_seeds(seeds_dir, tmp_path))], manifest=manifest, db=db)
    grown = analyze([str(seeds_dir)], manifest=manifest, db=db)
    (old,), (new,) = first.stories, grown.stories
    assert old.id != new.id
    with open_store(db) as store:
        assert store.load_story(old.id) is None and store.resolve_story_id(old.id) == new.id


# --- a batch that survives a kill, a broken article and a concurrent run ---------------------

FERRY_REPORTS = [
    "The harbour authority of Port Elda suspended all night ferry crossings on Tuesday after a cargo ship "
    "struck the main pier, officials said. Inspectors will examine the pier on Wednesday, the authority said.",
    "Night ferries from Port Elda will stay in harbour for a week while engineers repair the pier that a cargo "
    "ship hit on Tuesday, the harbour authority announced. Commuters were offered buses instead.",
    "The captain of the cargo ship that struck the Port Elda pier on Tuesday has been questioned by the "
    "maritime police, who said the ship's steering had failed as it entered the harbour.",
]


def _reports(folder):
    folder.mkdir()
    for n, text in enumerate(FERRY_REPORTS):
        (folder / f"report-{n}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,outlet,published\n" + "".join(f"report-{n}.txt,Elda Post {n},2021-03-0{n + 2}\n" for n in range(3)),
        encoding="utf-8",
    )
    return folder


def test_a_killed_run_keeps_its_saved_chunks_and_a_rerun_continues(tmp_path, monkeypatch):
    import storylens.api

    folder, db = _reports(tmp_path / "in"), str(tmp_path / "s.db")
    monkeypatch.setattr(storylens.api, "SAVE_EVERY", 1)
    analysed = []

    def progress(description, total):
        def advance():
            analysed.append(1)
            if len(analysed) == 2:
                raise KeyboardInterrupt  # the user stops the run during the second article
        return advance

    with pytest.raises(KeyboardInterrupt):
        analyze([str(folder)], manifest=str(folder / "manifest.csv"), db=db, progress=progress)
    with open_store(db) as store:
        kept = store.known_article_ids()
    assert len(kept) == 1  # the first chunk was saved before the kill

    todo = []
    analyze([str(folder)], manifest=str(folder / "manifest.csv"), db=db,
            progress=lambda description, total: todo.append(total) or (lambda: None))
    assert todo == [2]  # the rerun analyses only what the killed run had not saved
    with open_store(db) as store:
        assert len(store.known_article_ids()) == 3


def test_an_article_the_pipeline_refuses_is_rejected_by_name_and_the_rest_analysed():
    from storylens.api import _analyse_chunk
    from storylens.nlp.pipeline import shared_nlp
    from storylens.records import Article

    limit = shared_nlp().max_length
    good = Article(id="good", source="good.txt", text=FERRY_REPORTS[0])
    huge = Article(id="huge", source="huge.txt", text=(FERRY_REPORTS[1] + " ") * (limit // len(FERRY_REPORTS[1]) + 1))
    rejected = []
    done = _analyse_chunk([good, huge], None, rejected)
    assert [a.article.id for a in done] == ["good"]
    assert [r.source for r in rejected] == ["huge.txt"] and rejected[0].reason.startswith("unreadable: analysis failed")


def test_story_joining_waits_for_the_store_write_lock(tmp_path):
    import threading

    folder, db = _reports(tmp_path / "in"), str(tmp_path / "s.db")
    holder = open_store(db)
    outcome = {}
    with holder.write_lock():
        run = threading.Thread(target=lambda: outcome.update(result=analyze([str(folder)], manifest=str(folder / "manifest.csv"), db=db)))
        run.start()
        run.join(20)
        assert holder.story_members() == {}  # no story written while another holds the lock
    run.join(600)
    holder.close()
    assert outcome["result"].stories
    with open_store(db) as store:
        assert set(store.story_members()) == {s.id for s in outcome["result"].stories}


@pytest.mark.slow
def test_two_runs_at_once_into_one_store_join_as_if_run_one_after_the_other(seeds_dir, tmp_path):
    import subprocess
    import sys

    halves = []
    for name, files in (("a", sorted(seeds_dir.glob("*.txt"))[:2]), ("b", sorted(seeds_dir.glob("*.txt"))[2:])):
        folder = tmp_path / name
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder / path.name)
        halves.append(folder)
    def command(db):
        return [sys.executable, "-m", "storylens.cli", "analyze", "--manifest", str(seeds_dir / "manifest.csv"), "--db", db]

    def stories_in(db):
        with open_store(db) as store:
            return {frozenset(ids) for ids in store.story_members().values()}

    db = str(tmp_path / "s.db")
    runs = [subprocess.Popen([*command(db), str(folder)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for folder in halves]
    for run in runs:
        output, _ = run.communicate(timeout=1800)
        assert run.returncode == 0, output
    # The stories the two runs make are those of the same two runs made in turn, in one order or
    # the other (whichever took the store's write lock first). The two orders may differ: the
    # clusterer places articles one by one (a stream), so a borderline article can join a story
    # seeded by the other half in one order and not in the other (docs/store.md).
    in_turn = []
    for order in (halves, halves[::-1]):
        sequential = str(tmp_path / f"in-turn-{order[0].name}.db")
        for folder in order:
            subprocess.run([*command(sequential), str(folder)], check=True, capture_output=True, timeout=1800)
        in_turn.append(stories_in(sequential))
    assert stories_in(db) in in_turn
    assert sum(len(ids) for ids in stories_in(db)) == 5  # every seed is in exactly one story


# --- stored analyses carry the version of the pipeline that made them ------------------------


def _stamped(store, ids, version):
    """The stored analyses of ``ids`` as if ``version`` had made them, quotes and claims lost
    (what an older pipeline that found none would have left)."""
    analyses = store.load_analyses(ids)
    for analysis in analyses:
        analysis.pipeline, analysis.quotes, analysis.claim_mentions = version, [], []
    store.save_analyses(analyses)


def test_analyses_an_older_version_stored_are_made_again_on_the_next_run(tmp_path):
    from storylens.nlp.fingerprint import pipeline_version

    folder, db = _reports(tmp_path / "in"), str(tmp_path / "s.db")
    manifest = str(folder / "manifest.csv")
    first = analyze([str(folder)], manifest=manifest, db=db)
    ids = [a.id for a in first.stories[0].articles]
    with open_store(db) as store:
        assert {a.pipeline for a in store.load_analyses(ids)} == {pipeline_version("full")}
        made_now = {a.article.id: len(a.claim_mentions) for a in store.load_analyses(ids)}
        _stamped(store, ids, "full/an-older-version")

    asked = []
    analyze([str(folder)], manifest=manifest, db=db, progress=lambda description, total: asked.append((description, total)) or (lambda: None))
    assert asked[0][1] == 3 and "older version" in asked[0][0]
    with open_store(db) as store:
        again = store.load_analyses(ids)
    assert {a.pipeline for a in again} == {pipeline_version("full")}
    assert {a.article.id: len(a.claim_mentions) for a in again} == made_now
    assert all(a.article.outlet.startswith("Elda Post") for a in again)  # the manifest's metadata kept


def test_stored_members_of_a_story_a_new_article_joins_are_analysed_again(tmp_path):
    from storylens.nlp.fingerprint import pipeline_version

    folder, db = _reports(tmp_path / "in"), str(tmp_path / "s.db")
    later = tmp_path / "later"
    later.mkdir()
    shutil.move(str(folder / "report-2.txt"), later / "report-2.txt")
    (later / "manifest.csv").write_text("file,outlet,published\nreport-2.txt,Elda Post 2,2021-03-04\n", encoding="utf-8")
    first = analyze([str(folder)], manifest=str(folder / "manifest.csv"), db=db)
    earlier_ids = [a.id for a in first.stories[0].articles]
    with open_store(db) as store:
        _stamped(store, earlier_ids, "full/an-older-version")
    grown = analyze([str(later)], manifest=str(later / "manifest.csv"), db=db)
    assert [len(s.articles) for s in grown.stories] == [3]
    with open_store(db) as store:
        assert {a.pipeline for a in store.load_analyses(earlier_ids)} == {pipeline_version("full")}


def test_light_analyses_do_not_stand_for_the_full_pipeline(tmp_path):
    from storylens.api import analyse_in_chunks
    from storylens.nlp.fingerprint import pipeline_version
    from storylens.records import Article, ArticleAnalysis

    articles = [Article(id=f"a{n}", source=f"a{n}.txt", text=text) for n, text in enumerate(FERRY_REPORTS)]
    made = []

    def stamp(kind):
        def analyse_chunk(chunk, advance, rejected):
            made.extend(a.id for a in chunk)
            return [ArticleAnalysis(article=a, pipeline=pipeline_version(kind)) for a in chunk]
        return analyse_chunk

    with open_store(str(tmp_path / "s.db")) as store:
        analyse_in_chunks(articles, store, rejected=[], analyse_chunk=stamp("light"), pipeline="light")
        analyse_in_chunks(articles, store, rejected=[], analyse_chunk=stamp("light"), pipeline="light")
        assert made == ["a0", "a1", "a2"]  # the light run reads its own analyses back
        full = analyse_in_chunks(articles, store, rejected=[], analyse_chunk=stamp("full"))
        assert made == ["a0", "a1", "a2"] * 2 and {a.pipeline for a in full} == {pipeline_version("full")}


def test_the_pipeline_version_follows_the_analysis_code(tmp_path, monkeypatch):
    import storylens.nlp.fingerprint as fingerprint

    package = tmp_path / "storylens"
    (package / "nlp").mkdir(parents=True)
    (package / "nlp" / "rules.py").write_text("WORDS = 1\n")
    (package / "records.py").write_text("")
    monkeypatch.setattr(fingerprint, "PACKAGE", package)
    monkeypatch.setattr(fingerprint, "ANALYSIS_SOURCES", ("nlp", "records.py"))
    before = fingerprint.code_digest.__wrapped__()
    (package / "nlp" / "rules.py").write_text("WORDS = 2\n")
    assert fingerprint.code_digest.__wrapped__() != before
    (package / "nlp" / "__pycache__").mkdir()
    (package / "nlp" / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    after = fingerprint.code_digest.__wrapped__()
    (package / "nlp" / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\1")
    assert fingerprint.code_digest.__wrapped__() == after  # compiled files do not count
