"""The eval gate on the seeds: `storylens eval seeds` must not drop below its pinned floors."""

import pytest

from storylens.eval.seeds import GoldLocator, score_metadata, score_story

# Pinned floors: raise them when the system improves, never lower them to make a change pass.
FLOORS = {
    "metadata_recall": 0.9,
    "boilerplate_removed": 1.0,
    "actor_merge_recall": 0.9,
}
CEILINGS = {"must_not_merge_violations": 0, "metadata_invented": 0}


@pytest.fixture(scope="module")
def seed_metrics(seed_story, seed_articles, seeds_dir, gold):
    from storylens.ingest import read_inputs

    plain = read_inputs([str(seeds_dir)])
    metrics = score_metadata(plain.articles, gold)
    metrics.update(score_story(seed_story, gold, GoldLocator(seed_articles)))
    return metrics


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_seed_metric_floor(seed_metrics, metric):
    assert seed_metrics[metric] >= FLOORS[metric], seed_metrics


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_seed_metric_ceiling(seed_metrics, metric):
    assert seed_metrics[metric] <= CEILINGS[metric], seed_metrics
