"""`storylens bench` measures the seeds: speeds, per-component and per-feature shares of the whole."""

from storylens.bench import FEATURES, run_bench


def test_bench_reports_speeds_and_shares(seeds_dir):
    figures = run_bench(seeds_dir, n_articles=6)
    assert figures["articles"] == 6
    for key in ("ingest_articles_per_s", "parse_articles_per_s", "nlp_articles_per_s", "whole_articles_per_s"):
        assert figures[key] > 0
    # the whole analysis does more than the bare parse, and the core is part of the whole
    assert figures["whole_over_parse"] > 1
    assert 0 < figures["core_over_parse"] < figures["whole_over_parse"]
    for feature in FEATURES:
        assert 0 < figures[f"share_{feature}"] < 1
    assert sum(figures[f"share_{f}"] for f in FEATURES) < 1
