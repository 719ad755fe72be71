"""Per-article NLP: a spaCy pipeline of small storylens components.

Each component lives in its own module, registers itself with ``@Language.factory``
and writes Doc extension attributes declared in :mod:`storylens.nlp.extensions`.
"""

from storylens.nlp.pipeline import analyze_articles, build_nlp, doc_to_analysis

__all__ = ["build_nlp", "analyze_articles", "doc_to_analysis"]
