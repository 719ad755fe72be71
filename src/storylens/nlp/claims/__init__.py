"""Claims: atomic factual statements per clause (``doc._.claim_mentions``).

A sentence gives one mention per predication (``clauses``): the main clause, coordinated and
subordinate clauses, participial and relative clauses, the content of reported speech, and the
facts a clause carries in its phrases (``adjuncts``: a purpose, an accused act, an inquiry), each
with its own exact span, so that one mention holds one fact. What makes a mention true travels
with it as fields (``attribution``): who says so and through which cue, negation, hedging and
modality. The writer's own evaluative clauses (should, must, first person outside a quotation)
and questions are left out. Runs after the quantities and timex components, whose records it
attaches to its mentions.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_entities, doc_sentences, doc_text
from storylens.nlp.claims.attribution import attribution_of, inside_quotation
from storylens.nlp.claims.clauses import Predication, arguments, phrase_core, predications
from storylens.nlp.claims.modality import HEDGES, is_writer_opinion, modality_of, negated, withdrawn
from storylens.records import ClaimMention, Span

__all__ = ["claims_component", "sentence_claims", "predications"]

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
MIN_TOKENS = 3  # fewer words than this say nothing on their own ("he added")


def _mention(doc: Doc, sentence: SpacySpan, unit: Predication) -> ClaimMention | None:
    tokens = unit.tokens
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) < MIN_TOKENS:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    head = unit.head
    quoted = inside_quotation(doc, start)
    quantities = [q for q in doc._.quantities or [] if start <= q.span.start < end]
    if not quantities and not unit.reported and is_writer_opinion(head, tokens, quoted):
        return None
    speaker, cue = attribution_of(unit, sentence, quoted)
    clause = doc[tokens[0].i:tokens[-1].i + 1]
    subject = unit.subject
    # a relative clause is also about the noun it hangs from ("Prigozhin, who Russia's security
    # service charged ...", above): that noun's entity counts among its actors
    predicate = unit.core if unit.core is not None else (
        phrase_core(head) if unit.kind == "phrase" else predicate_token(head))
    agent, theme = arguments(predicate if unit.core is not None else head)
    return ClaimMention(
        sentence=Span.of(doc._.article_id or "", doc_text(doc), sentence.start_char, sentence.end_char),
        text=doc_text(doc)[start:end],
        subject=subject,
        predicate=predicate.lemma_.lower(),
        actors=[e.text for e in doc_entities(doc) if e.label_ in ENTITY_TYPES and (
            start <= e.start_char < end or (unit.kind == "relative" and e.start <= head.head.i < e.end))],
        quantities=quantities,
        dates=[t.value for t in doc._.time_expressions or [] if start <= t.span.start < end and t.value],
        negated=negated(head) or (predicate.i != head.i and negated(predicate)) or _clause_negated(unit)
        or tokens[0].lower_ in ("nor", "neither"),
        attributed_to=speaker,
        hedged=any(t.lower_ in HEDGES for t in clause) or any(t.lower_ in HEDGES for t in head.children),
        lemmas=sorted({t.lemma_.lower() for t in clause if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha}),
        withdrawn=withdrawn(list(clause)),
        cue=cue,
        modality=modality_of(head),
        kind=unit.kind,
        agent=agent,
        theme=theme,
        reported_on=_date_of_saying(doc, unit) if unit.reported else None,
        clause=_as_written(doc, unit),
    )


def _clause_negated(unit: Predication) -> bool:
    """A fact cut from a phrase of a clause ("did not act in an effort to ...") keeps that
    clause's negation."""
    return unit.core is not None and unit.head.dep_ == "prep" and negated(unit.head.head)


def predicate_token(head: Token) -> Token:
    """The word that says what happens. For a copula with a participle or adjective complement it
    is the complement: "the ferry was not overloaded" states the same predicate as the passive
    "the ferry was overloaded", and the parser hangs its "not" on the complement."""
    if head.lemma_ != "be":
        return head
    complement = next((c for c in head.children if c.dep_ == "acomp" and c.pos_ in ("VERB", "ADJ")), None)
    return complement if complement is not None else head


def _as_written(doc: Doc, unit: Predication) -> str | None:
    """The clause an edge phrase was cut off, phrase included: it reads as one sentence part."""
    if unit.clause is None:
        return None
    first, last = doc[unit.clause[0]], doc[unit.clause[1]]
    return doc_text(doc)[first.idx:last.idx + len(last)]


def _date_of_saying(doc: Doc, unit: Predication) -> str | None:
    """The date the reporting verb itself carries ("lawyers said in 2017 that they repaid ..."):
    what was said then had happened by then. A date inside another clause hanging from the
    verb ("who was charged in 2016") is not the saying's."""
    reporter = unit.reporter
    for timex in doc._.time_expressions or []:
        if not timex.value:
            continue
        token = doc.char_span(timex.span.start, timex.span.end, alignment_mode="expand")
        if token is None or unit.head.is_ancestor(token.root) or token.root.i == unit.head.i:
            continue
        walker = token.root  # spaCy makes a new Token object on each access: compare positions
        while walker.i != reporter.i and walker.head.i != walker.i and walker.pos_ not in ("VERB", "AUX"):
            walker = walker.head
        if walker.i == reporter.i:
            return timex.value
    return None


def sentence_claims(doc: Doc, sentence: SpacySpan) -> list[ClaimMention]:
    text = sentence.text.strip()
    if not text or text.endswith("?") or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return []
    return [m for unit in predications(sentence) if (m := _mention(doc, sentence, unit)) is not None]


@Language.component("storylens_claims", assigns=["doc._.claim_mentions"])
def claims_component(doc: Doc) -> Doc:
    mentions = extensions.doc_list(doc, "claim_mentions")
    for sentence in doc_sentences(doc):
        mentions.extend(sentence_claims(doc, sentence))
    return doc
