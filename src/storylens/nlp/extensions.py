"""Doc and Span extension attributes set by storylens components, declared once.

Components import :func:`register` and call it at import time; the guard makes
that idempotent so any spaCy pipeline can add our components in any order.
"""

from spacy.tokens import Doc, Span

# name -> default; list defaults are made per Doc through getters-free `default=None`
DOC_EXTENSIONS = {
    "article_id": None,  # id of the storylens Article the Doc was made from
    "outlet": None,
    "published": None,  # ISO date the relative dates are resolved against
    "published_inferred": False,
    "time_expressions": None,  # list[records.TimeExpression]
    "quantities": None,  # list[records.Quantity]
    "quotes": None,  # list[records.Quote]
    "labels": None,  # list[records.Label]
    "loaded_spans": None,  # list[records.LoadedSpan]
    "event_mentions": None,  # list[records.EventMention]
    "claim_mentions": None,  # list[records.ClaimMention]
    "event_names": None,  # list[records.EventName]
    "noun_mentions": None,  # list[records.NounMention]
}

SPAN_EXTENSIONS = {
    "timex_value": None,  # normalised ISO value of a time expression span
    "canonical": None,  # canonical form of an entity span (titles stripped)
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def doc_list(doc: Doc, name: str) -> list:
    """The list stored in ``doc._.<name>``, created on first use (extensions have no per-Doc default)."""
    value = doc._.get(name)
    if value is None:
        value = []
        doc._.set(name, value)
    return value


register()
