"""The claims-scaling benchmark builds varied stories from real analyses and times alignment."""

from storylens.story.claims_bench import bench_claims_scaling, varied_story


def test_varied_story_has_new_ids_and_outlets(seed_analyses):
    story = varied_story(seed_analyses, 12)
    assert len({a.article.id for a in story}) == 12
    assert len({a.article.outlet for a in story}) > 3
    for variant in story:
        base = next(a for a in seed_analyses if variant.article.id.startswith(a.article.id))
        assert 0 < len(variant.claim_mentions) <= len(base.claim_mentions)


def test_bench_reports_time_and_claims_per_size(seed_analyses):
    figures = bench_claims_scaling((10, 20), bases=seed_analyses)
    assert figures["claims_size_ratio"] == 2
    assert figures["claims_20_mentions"] > figures["claims_10_mentions"]
    assert figures["claims_10_claims"] > 0 and figures["claims_20_s"] > 0
