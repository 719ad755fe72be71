"""Batch runs: the local and Ray engines agree, and a run writes every Parquet table."""

from __future__ import annotations

import json
import random

import pytest

from storylens.batch.runner import analyze_on, read_batch_inputs, run_batch
from storylens.batch.tables import TABLES


@pytest.fixture(scope="module")
def ray_runtime():
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _varied_corpus(seed_articles, eval_dir, n: int) -> list[dict]:
    """``n`` distinct short articles: non-overlapping windows of paragraphs (sentences for PAC)
    from the seeds and the BASIL and PAC dev texts, shuffled within each window."""
    from storylens.eval.clustering import read_basil, read_pac

    sources = list(seed_articles) + [a for a, _ in read_basil(eval_dir / "basil")]
    sources += [a for a, _ in read_pac(eval_dir / "pac_partisan_events")]
    shuffle = random.Random(7)
    rows = []
    for article in sources:
        parts = [p for p in article.text.split("\n\n") if p.strip()]
        if len(parts) < 3:
            parts = [s + "." for s in article.text.split(". ") if s.strip()]
        for k in range(0, len(parts) - 2, 3):
            window = parts[k : k + 3]
            shuffle.shuffle(window)
            rows.append({"text": "\n\n".join(window), "title": article.title, "published": article.published, "outlet": article.outlet})
    shuffle.shuffle(rows)
    return rows[:n]


@pytest.mark.slow
def test_engines_agree_on_the_seeds(ray_runtime, seed_articles, seed_analyses):
    on_ray = analyze_on("ray", list(seed_articles), pipeline="full")
    assert [a.to_dict() for a in on_ray] == [a.to_dict() for a in seed_analyses]


@pytest.mark.slow
def test_engines_agree_on_1000_articles(ray_runtime, tmp_path, seed_articles, eval_dir):
    rows = _varied_corpus(seed_articles, eval_dir, 1000)
    assert len(rows) == 1000
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles, rejected = read_batch_inputs([str(path)])
    assert len(articles) + len(rejected) == 1000 and len(articles) > 900
    local = analyze_on("local", articles, pipeline="light")
    on_ray = analyze_on("ray", articles, pipeline="light")
    assert len(local) == len(on_ray) == len(articles)
    assert [a.to_dict() for a in on_ray] == [a.to_dict() for a in local]
    assert sum(len(a.mentions) for a in local) > 1000


@pytest.mark.slow
def test_local_run_writes_tables_and_store(tmp_path, seeds_dir, seed_articles):
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet = tmp_path / "seeds.parquet"
    columns = {"text": [a.text for a in seed_articles], "title": [a.title for a in seed_articles], "published": [a.published for a in seed_articles]}
    pq.write_table(pa.table(columns), parquet)
    db = str(tmp_path / "batch.db")
    report = run_batch([str(parquet)], engine="local", out_dir=tmp_path / "out", db=db, pipeline="light")
    assert report.articles == 5 and report.stories == 1 and not report.rejected
    assert set(report.tables) == set(TABLES)
    articles = pq.read_table(report.tables["articles"]).to_pylist()
    assert len({row["story"] for row in articles}) == 1
    mentions = pq.read_table(report.tables["mentions"]).to_pylist()
    texts = {a["id"]: a["text"] for a in articles}
    assert mentions and all(texts[m["article"]][m["start"] : m["end"]] == m["text"] for m in mentions)

    from storylens.store import open_store

    store = open_store(db)
    try:
        assert len(store.load_analyses()) == 5
        assert len(store.list_stories()) == 1
    finally:
        store.close()


def test_unknown_engine_is_a_clear_error(tmp_path):
    from storylens.errors import StorylensError

    with pytest.raises(StorylensError, match="engine"):
        run_batch([], engine="spark", out_dir=tmp_path)


def test_an_article_the_pipeline_refuses_is_rejected_and_the_corpus_goes_on(tmp_path):
    from storylens.batch.runner import _analyze_surviving
    from storylens.nlp.pipeline import shared_nlp
    from storylens.records import Article

    text = ("The harbour authority suspended night ferries on Tuesday after a cargo ship struck the pier, "
            "officials said, and inspectors will examine it on Wednesday.")
    huge = Article(id="huge", source="dump.txt", text=(text + " ") * (shared_nlp().max_length // len(text) + 1))
    rejected = []
    done = _analyze_surviving("local", [Article(id="ok", source="ok.txt", text=text), huge], pipeline="light",
                              num_cpus=None, rejected=rejected)
    assert [a.article.id for a in done] == ["ok"]
    assert [r.source for r in rejected] == ["dump.txt"] and "analysis failed" in rejected[0].reason


LIBRARY_REPORTS = [
    "The city library of Marrow Bay closed its reading rooms on Monday after a burst pipe flooded the "
    "basement archive, the library board said. Staff moved the oldest maps to the town hall overnight.",
    "Volunteers in Marrow Bay spent Tuesday drying thousands of flooded books from the library's basement "
    "archive, which a burst pipe filled with water on Monday, the board said.",
    "Insurers will inspect the Marrow Bay library on Thursday, the board said, as the reading rooms stay "
    "closed while engineers replace the pipe that burst under the archive on Monday.",
]


def test_a_stopped_batch_keeps_its_saved_chunks_and_a_rerun_continues(tmp_path, monkeypatch):
    import storylens.api
    import storylens.batch.runner as runner
    from storylens.store import open_store

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t, "outlet": f"Bay Herald {n}"}) + "\n" for n, t in enumerate(LIBRARY_REPORTS)))
    db = str(tmp_path / "batch.db")
    monkeypatch.setattr(storylens.api, "SAVE_EVERY", 1)
    engine_calls = []
    real_analyze_on = runner.analyze_on

    def stopped_during_the_second_chunk(engine, articles, **options):
        engine_calls.append([a.id for a in articles])
        if len(engine_calls) == 2:
            raise KeyboardInterrupt  # the user stops the run while the second chunk is analysed
        return real_analyze_on(engine, articles, **options)

    monkeypatch.setattr(runner, "analyze_on", stopped_during_the_second_chunk)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(corpus)], engine="local", out_dir=tmp_path / "out", db=db, pipeline="light")
    with open_store(db) as store:
        kept = store.known_article_ids()
    assert kept == set(engine_calls[0])  # the first chunk was saved before the stop

    engine_calls.clear()
    monkeypatch.setattr(runner, "analyze_on", lambda engine, articles, **options: engine_calls.append([a.id for a in articles])
                        or real_analyze_on(engine, articles, **options))
    report = run_batch([str(corpus)], engine="local", out_dir=tmp_path / "out", db=db, pipeline="light")
    rerun = [i for call in engine_calls for i in call]
    assert len(rerun) == 2 and not set(rerun) & kept  # only what the stopped run had not saved
    assert report.articles == 3 and not report.rejected  # the saved chunk is read back into the tables
    with open_store(db) as store:
        assert len(store.known_article_ids()) == 3
