"""Claims: atomic factual statements per clause (``doc._.claim_mentions``).

One sentence can hold several claims: the main clause, its coordinated clauses ("X did A
and Y did B") and relative clauses about a named thing ("Prigozhin, who is now in Belarus").
Reported speech keeps its attribution: "Lukashenko has since confirmed that P" gives the claim
P attributed to Lukashenko. Opinion and the outlet's own commentary are left out: questions,
modal or evaluative main clauses ("should", "must"), and the writer's first person outside a
quotation. A clause that carries a quantity is kept whatever its wording ("how many" is fact).
Runs after the quantities and timex components, whose records it attaches to its claims.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp import extensions
from storylens.records import ClaimMention, Span

REPORTING_VERBS = {
    "say", "tell", "claim", "announce", "confirm", "report", "state", "add", "insist", "deny", "reveal",
    "write", "note", "explain", "declare", "argue", "suggest", "indicate", "acknowledge", "admit", "warn",
    "allege", "assert", "boast", "recount", "reply", "respond", "disclose", "show", "know",
}
OPINION_MODALS = {"should", "must", "ought", "might", "could", "would", "may", "can"}
HEDGES = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "unconfirmed", "rumored", "rumoured"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "none", "nothing", "nobody"}
# verbs and nouns that take back an earlier fact: "the dropping of charges", "withdrew the claim"
REVERSALS = {"drop", "dropping", "withdraw", "withdrawal", "lift", "dismiss", "dismissal", "revoke", "overturn",
             "cancel", "cancellation", "retract", "scrap", "rescind", "reverse", "quash", "annul", "abandon"}
FIRST_PERSON = {"i", "we", "us", "our", "my", "me"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"


def clause_heads(sentence: SpacySpan) -> list[Token]:
    """Verbs that head a clause of their own: the root, its conjoined verbs, relative clauses."""
    root = sentence.root
    heads = [root]
    for token in sentence:
        if token is root or token.pos_ not in ("VERB", "AUX"):
            continue
        # a coordinated verb is its own claim when it has its own subject or its own object
        # ("X seized A and ordered B"): atomic claims, one predicate each
        if token.dep_ == "conj" and token.head in heads and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp", "ccomp", "attr") for c in token.children
        ):
            heads.append(token)
        elif token.dep_ == "relcl" and (token.head.ent_type_ in ENTITY_TYPES or token.head.pos_ == "PROPN"):
            heads.append(token)
    return heads


def _clause_tokens(head: Token, others: list[Token]) -> list[Token]:
    """The head's subtree without the subtrees of the other clause heads under it."""
    excluded: set[int] = set()
    for other in others:
        if other is not head and other.is_ancestor(head) is False and head.is_ancestor(other):
            excluded.update(t.i for t in other.subtree)
    tokens = [t for t in head.subtree if t.i not in excluded]
    # a trailing "and"/"but" or punctuation belongs to the next clause
    while tokens and (tokens[-1].dep_ in ("cc", "punct") or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].dep_ in ("cc", "punct") or tokens[0].is_space):
        tokens.pop(0)
    return tokens


def _reported_content(head: Token) -> tuple[Token, str | None]:
    """For "X said (that) P", the head of P and the speaker X; otherwise the head itself."""
    if head.lemma_.lower() in REPORTING_VERBS:
        content = next((c for c in head.children if c.dep_ in ("ccomp",) and c.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if content is not None and subject is not None and subject.lower_ not in FIRST_PERSON:
            return content, _phrase(subject)
    return head, None


def _phrase(token: Token) -> str:
    subtree = list(token.subtree)
    return token.doc[subtree[0].i:subtree[-1].i + 1].text


def _according_to(tokens: list[Token]) -> str | None:
    for token in tokens:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
    return None


def _inside_quotation(doc: Doc, start: int) -> bool:
    """Whether ``start`` lies inside an open quotation of its paragraph (the speaker's words, not the writer's)."""
    paragraph_start = doc.text.rfind("\n", 0, start) + 1
    before = doc.text[paragraph_start:start]
    curly = sum(before.count(q) for q in OPENING_QUOTES) - sum(before.count(q) for q in CLOSING_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


def _is_opinion(head: Token, tokens: list[Token], quoted: bool) -> bool:
    children = list(head.children)
    if any(c.dep_ == "aux" and c.lower_ in OPINION_MODALS for c in children):
        return True
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and head.tag_ == "VB" and head.dep_ == "ROOT":
        return True  # imperative: "Workers must fight", "Think about it"
    return not quoted and any(t.lower_ in FIRST_PERSON and t.dep_ in ("nsubj", "poss", "nsubjpass") for t in tokens)


def _negated(head: Token, tokens: list[Token]) -> bool:
    for child in head.children:
        if child.dep_ == "neg" or child.lower_ in ("never",):
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
            g.lower_ in ("no", "none", "neither") and g.dep_ in ("det", "neg") for g in child.children
        ):
            return True
        if child.lower_ in ("none", "nothing", "nobody", "neither") and child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
    return False


def _withdrawn(tokens: list[Token]) -> list[str]:
    found = []
    for token in tokens:
        if token.lemma_.lower() in REVERSALS or token.lower_ in REVERSALS:
            for child in token.children:
                target = child
                if child.dep_ == "prep" and child.lower_ == "of":
                    target = next((g for g in child.children if g.dep_ == "pobj"), None)
                elif child.dep_ not in ("dobj", "nsubjpass"):
                    continue
                if target is not None:
                    found.append(target.lemma_.lower())
    return found


def _claim(doc: Doc, sentence: SpacySpan, head: Token, heads: list[Token]) -> ClaimMention | None:
    tokens = _clause_tokens(head, heads)
    if len(tokens) < 3:
        return None
    content, speaker = _reported_content(head)
    if speaker is not None:
        tokens = _clause_tokens(content, heads)
        head = content
    if head.dep_ == "relcl":
        # "Prigozhin, who is now in Belarus": the claim reads from the named thing on
        tokens = [t for t in head.head.subtree if t.i <= head.head.i and t.i >= head.head.left_edge.i] + tokens
        tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    article_id = doc._.article_id or ""
    quantities = [q for q in doc._.quantities or [] if start <= q.span.start < end]
    quoted = _inside_quotation(doc, sentence.start_char)
    if not quantities and _is_opinion(head, tokens, quoted):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = doc[tokens[0].i:tokens[-1].i + 1]
    actors = [e.text for e in doc.ents if e.label_ in ENTITY_TYPES and start <= e.start_char < end]
    dates = [t.value for t in doc._.time_expressions or [] if start <= t.span.start < end and t.value]
    return ClaimMention(
        sentence=Span.of(article_id, doc.text, sentence.start_char, sentence.end_char),
        text=doc.text[start:end],
        subject=_phrase(subject) if subject is not None else None,
        predicate=head.lemma_.lower(),
        actors=actors,
        quantities=quantities,
        dates=dates,
        negated=_negated(head, tokens),
        attributed_to=speaker or _according_to(list(sentence)) or ("quoted speaker" if quoted else None),
        hedged=any(t.lower_ in HEDGES for t in clause) or any(t.lower_ in HEDGES for t in sentence if t.head is head),
        lemmas=sorted({t.lemma_.lower() for t in clause if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha}),
        withdrawn=_withdrawn(list(clause)),
    )


def sentence_claims(doc: Doc, sentence: SpacySpan) -> list[ClaimMention]:
    text = sentence.text.strip()
    if not text or text.endswith("?") or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return []
    heads = clause_heads(sentence)
    claims = [claim for head in heads if (claim := _claim(doc, sentence, head, heads)) is not None]
    return claims


@Language.component("storylens_claims", assigns=["doc._.claim_mentions"])
def claims_component(doc: Doc) -> Doc:
    mentions = extensions.doc_list(doc, "claim_mentions")
    for sentence in doc.sents:
        mentions.extend(sentence_claims(doc, sentence))
    return doc
