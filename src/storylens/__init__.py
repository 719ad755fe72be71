"""storylens: many articles about one event, one sourced brief.

    >>> import storylens
    >>> result = storylens.analyze(["articles/"], manifest="manifest.csv")
    >>> result.stories[0].timeline
"""

__version__ = "0.1.0"

from storylens.records import AnalysisResult, Article, ArticleAnalysis, Story  # noqa: E402


def analyze(*args, **kwargs) -> AnalysisResult:
    """Read, analyse, cluster and store articles; see :func:`storylens.api.analyze`."""
    from storylens.api import analyze as _analyze

    return _analyze(*args, **kwargs)


def open_store(url: str | None = None):
    """Open (and migrate) the store at ``url``; SQLite in the user's data folder by default."""
    from storylens.store import open_store as _open_store

    return _open_store(url)


__all__ = ["analyze", "open_store", "AnalysisResult", "Article", "ArticleAnalysis", "Story", "__version__"]
