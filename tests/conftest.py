"""Shared fixtures: one spaCy pipeline per test session, and the seed articles.

Benchmark data lives outside the project in ../shared (never copied in); tests that
need it skip with a clear message when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL_DATA = SHARED / "eval"
WRITTEN_CLAIMS = PROJECT / "tests" / "data" / "claims_written"  # invented stories with claims gold
WRITTEN_CLAIMS_2 = PROJECT / "tests" / "data" / "claims_written_2"  # a second set, written blind
WRITTEN_CLAIMS_3 = PROJECT / "tests" / "data" / "claims_written_3"  # a third set, written blind
WRITTEN_CLAIMS_4 = PROJECT / "tests" / "data" / "claims_written_4"  # a fourth set, written blind
WRITTEN_CLAIMS_5 = PROJECT / "tests" / "data" / "claims_written_5"  # a fifth set, written blind
WRITTEN_CLAIMS_6 = PROJECT / "tests" / "data" / "claims_written_6"  # a sixth set, written blind


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data lives beside the project checkout)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return need(EVAL_DATA)


@pytest.fixture(scope="session")
def written_claims_dir() -> Path:
    return WRITTEN_CLAIMS


@pytest.fixture(scope="session")
def written_claims_2_dir() -> Path:
    return WRITTEN_CLAIMS_2


@pytest.fixture(scope="session")
def written_claims_3_dir() -> Path:
    return WRITTEN_CLAIMS_3


@pytest.fixture(scope="session")
def written_claims_4_dir() -> Path:
    return WRITTEN_CLAIMS_4


@pytest.fixture(scope="session")
def written_claims_5_dir() -> Path:
    return WRITTEN_CLAIMS_5


@pytest.fixture(scope="session")
def written_claims_6_dir() -> Path:
    return WRITTEN_CLAIMS_6


@pytest.fixture(scope="session")
def written_claims_story(nlp):
    """One of the invented stories of tests/data/claims_written, built as `analyze --one-story`
    builds it, once per session."""
    from storylens.eval.claims import build_folder_story

    built = {}

    def story(name: str):
        if name not in built:
            built[name] = build_folder_story(WRITTEN_CLAIMS / name)
        return built[name]

    return story


@pytest.fixture(scope="session")
def gold(seeds_dir):
    import json

    return json.loads((seeds_dir / "gold.json").read_text())


@pytest.fixture(scope="session")
def nlp():
    from storylens.nlp.pipeline import shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def seed_articles(seeds_dir):
    from storylens.ingest import read_inputs

    result = read_inputs([str(seeds_dir)], manifest=seeds_dir / "manifest.csv")
    assert not result.rejected, result.rejected
    return result.articles


@pytest.fixture(scope="session")
def seed_analyses(seed_articles, nlp):
    from storylens.nlp.pipeline import analyze_articles

    return list(analyze_articles(seed_articles, nlp=nlp))


@pytest.fixture(scope="session")
def seed_story(seed_analyses):
    import copy

    from storylens.story.build import build_story

    return build_story(copy.deepcopy(seed_analyses))


@pytest.fixture(scope="session")
def seed_stories(seed_analyses):
    """The seeds as `storylens analyze` groups them: clustered, each story with its membership."""
    from storylens.story.build import build_stories

    return build_stories(seed_analyses, copy=True)


def article_by_file(articles, name: str):
    """The article read from the seed file ``name``."""
    return next(a for a in articles if Path(a.source).name == name)


def folded(text: str) -> str:
    """Runs of white space (non-breaking included) folded to one space, as gold.json compares."""
    return " ".join(text.split())
