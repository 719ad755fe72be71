"""A story's claims do not depend on the order its articles are given in.

The seeds and the invented stories of tests/data/claims_written are built in their read order and
in other orders; every claim (its sources' spans, status, conflicts) and every omission must come
out the same. Before the alignment read the mentions in ``claims.reading_order`` the seeds gave
54 corroborated claims and one omission in file order, 59 and none sorted by date.
"""

import copy

import pytest

from storylens.story.build import build_story


def claims_of(analyses):
    story = build_story(copy.deepcopy(analyses))
    claims = [
        (
            claim.id,
            claim.status,
            [(s.article, s.span.start, s.span.end) for s in claim.sources],
            [(c.kind, [(s.article, s.span.start) for s in c.sources]) for c in claim.conflicts],
        )
        for claim in story.claims
    ]
    omissions = sorted((o.outlet, o.claim) for o in story.omissions)
    return claims, omissions


def other_orders(analyses):
    """Reversed, and each article moved from the front to the back once more."""
    return [analyses[::-1], analyses[1:] + analyses[:1]]


@pytest.mark.slow  # builds the seeds three times
def test_seed_claims_do_not_depend_on_article_order(seed_analyses):
    as_read = claims_of(seed_analyses)
    assert any(status == "corroborated" for _, status, _, _ in as_read[0])
    for order in other_orders(seed_analyses):
        assert claims_of(order) == as_read


@pytest.fixture(scope="module")
def written_analyses(written_claims_dir, nlp):
    from storylens.ingest import read_inputs
    from storylens.nlp.pipeline import analyze_articles

    analysed = {}
    for folder in sorted(p for p in written_claims_dir.iterdir() if (p / "gold.json").exists()):
        read = read_inputs([str(folder)], manifest=folder / "manifest.csv")
        analysed[folder.name] = list(analyze_articles(read.articles, nlp=nlp))
    return analysed


@pytest.mark.slow  # analyses three stories, builds each three times
def test_written_story_claims_do_not_depend_on_article_order(written_analyses):
    assert len(written_analyses) == 3
    for name, analyses in written_analyses.items():
        as_read = claims_of(analyses)
        for order in other_orders(analyses):
            assert claims_of(order) == as_read, name
