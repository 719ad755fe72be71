"""Speaker labels: a paragraph that opens with who speaks and a colon ("TAPPER: Do you think
...", "Matthews: Well, ...") gives that speaker the rest of the paragraph, and a name with a
colon right before a quotation ("... the economist Lena Varga: “...”") gives it the quotation.
A dash and a name after a quotation sign it ("“...” ― Ana Ruiz"), the same layout turned round.
Transcripts and round-ups are laid out this way; no reporting verb is written, so the rules and
the learned scorer of :mod:`.finder` see no cue. The colon is the cue, as PolNeAR marks it.

Whether the words before a colon name a speaker is read from the layout and the parse, not from
a list of labels: the label is short and capitalised, the words after it make a statement (a
clause with a subject, not a heading's "Win in a walk"), and the label names a person of the
article ("TAPPER" for the article's "Jake Tapper"). A label that names nobody is left alone:
a place or a date ("WASHINGTON: ..."), "Update: ...", and the "Q:" and "A:" of an interview,
whose speaker only the introduction names (PolNeAR's annotators mostly mark the attributions
inside such answers and not the answers; held-out train lost 50 right sources when they counted).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from storylens.nlp.doc_index import doc_entities, doc_text
from storylens.nlp.names import clean_name, translit_key
from storylens.nlp.quotes.marks import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT, paragraphs

# A speaker label has at most this many words ("JAKE TAPPER", "Sen. Ann Carter").
MAX_LABEL_WORDS = 4
# Fewer words than this after the colon are no turn ("Q: Why?" is one, a caption "Photo: AP" is not).
MIN_TURN_WORDS = 2
# Dependencies of a subject: the words after a label make a statement only with one.
STATEMENT_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Entity types of a label that is no speaker: a dateline, a time, a place.
NOT_A_SPEAKER = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


# Marks that may open a paragraph before its label: a transcript the outlet quotes ("RAMOS: ...).
OPENING_MARKS = DOUBLE_OPEN | {STRAIGHT, SINGLE_OPEN}


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int]  # character offsets of the speaker label ("TAPPER")
    colon: tuple[int, int]
    content: tuple[int, int]  # the rest of the paragraph, trimmed
    speaker: str  # the person the label names, at their fullest ("Jake Tapper")
    paragraph: tuple[int, int]  # the whole paragraph, with an opening quotation mark if it has one


def _label_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets of a capitalised label before a colon at the start of a paragraph, or
    right after the quotation mark that opens it (a transcript quoted whole, one turn a paragraph,
    as quotes running over several paragraphs are written: each paragraph reopens the mark)."""
    if start < end and text[start] in OPENING_MARKS:
        start += 1
    colon = text.find(":", start, end)
    if colon <= start:
        return None
    label = text[start:colon]
    words = label.split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS or label != label.strip() or not text[colon + 1 : colon + 2].isspace():
        return None
    # Every word capitalised ("Jake Tapper", "TAPPER", "Q", "Sen. Carter"); no sentence inside:
    # no question or exclamation, no quotation, a full stop only after a short title.
    if not all(w[0].isupper() for w in words) or any(c in label for c in "?!\"“”,;"):
        return None
    if any("." in w and not (w.endswith(".") and w.count(".") == 1 and len(w) <= 4) for w in words):
        return None
    return start, colon


def _names_a_person(doc: Doc, start: int, end: int) -> str | None:
    """The article's fullest PERSON name the label stands for: an entity inside it, or a person
    whose surname is the label's last word ("TAPPER" -> "Jake Tapper")."""
    words = clean_name(doc_text(doc)[start:end]).split()
    if not words:
        return None
    surname = translit_key(words[-1].title())
    best = None
    for ent in doc_entities(doc):
        if ent.label_ != "PERSON":
            continue
        name = clean_name(ent.text).split()
        inside = start <= ent.start_char and ent.end_char <= end
        if name and (inside or translit_key(name[-1].title()) == surname):
            if best is None or len(name) > len(best.split()):
                best = " ".join(name)
    return best


def _is_statement(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha or t.like_num]
    # A clause with a subject: "I think they will", "Do you think ...?"; a heading after a name
    # ("Rivera: Win in a walk.", "Ortiz: Survive to spring") is the writer's summary, no turn.
    return len(words) >= MIN_TURN_WORDS and any(t.dep_ in STATEMENT_SUBJECTS for t in span)


def speaker_turns(doc: Doc) -> list[Turn]:
    """The paragraphs of the Doc that open with a speaker label, after the first (the headline's
    "Name: ..." is :meth:`.finder.QuoteFinder._headline`'s)."""
    text = doc_text(doc)
    labelled = []
    for p_start, p_end in paragraphs(text)[1:]:
        label = _label_of(text, p_start, p_end)
        if label is not None:
            labelled.append((label, p_end))
    if not labelled:
        return []
    turns = []
    for (l_start, l_end), p_end in labelled:
        label_span = doc.char_span(l_start, l_end, alignment_mode="expand")
        if label_span is None or any(t.ent_type_ in NOT_A_SPEAKER for t in label_span):
            continue
        c_start = l_end + 1
        while c_start < p_end and text[c_start].isspace():
            c_start += 1
        c_end = len(text[:p_end].rstrip())
        if text[l_start - 1 : l_start] in OPENING_MARKS and text[c_end - 1 : c_end] in DOUBLE_CLOSE | {STRAIGHT, SINGLE_CLOSE}:
            c_end -= 1  # the mark that closes the quoted turn is not its words
        if c_end <= c_start or not _is_statement(doc, c_start, c_end):
            continue
        person = _names_a_person(doc, l_start, l_end)
        if person is None:
            continue
        p_start = l_start - 1 if l_start > 0 and text[l_start - 1] in OPENING_MARKS else l_start
        turns.append(Turn((l_start, l_end), (l_end, l_end + 1), (c_start, c_end), person, (p_start, p_end)))
    return turns


# Entity types that name who speaks before a colon that opens a quote.
SPEAKER_TYPES = frozenset({"PERSON", "ORG"})


def colon_before_quote(doc: Doc, quote_start: int):
    """The colon that ends the text right before a quotation (white space between them), as a
    span of the Doc with a token before it, or None."""
    text = doc_text(doc)
    colon = len(text[:quote_start].rstrip()) - 1
    if colon < 0 or text[colon] != ":":
        return None
    colon_token = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if colon_token is None or colon_token.start == 0:
        return None
    return colon_token


def name_before_colon(doc: Doc, quote_start: int):
    """The person or body named right before a colon that opens a quotation ("... does not
    surprise the economist Lena Varga: “...”", "FERRIES RUN LATE - Omar Bell: “...”"): the same
    layout as a speaker label, inside a paragraph. The name's span, or None."""
    colon_token = colon_before_quote(doc, quote_start)
    if colon_token is None:
        return None
    last = doc[colon_token.start - 1]
    if last.ent_type_ not in SPEAKER_TYPES or last.idx + len(last) != colon_token.start_char:
        return None
    entity = next((ent for ent in doc_entities(doc) if ent.start <= last.i < ent.end), None)
    if entity is None:
        return None
    # The name's own words: an entity the tagger ran across a dash ("AGAIN - Omar Bell") ends there.
    first = last.i
    while first > entity.start and not doc[first - 1].is_punct:
        first -= 1
    return doc[first : last.i + 1]


# Dashes that set a signature after a quotation ("“...” ― Ana Ruiz"); a hyphen only as "--" or
# spaced (" - "), since a bare one joins words.
SIGNATURE_DASHES = ("―", "—", "–", "--", "-")
# What may stand between a quotation's end and its signature's dash: closing marks (a
# typewriter "''" too) and blanks.
_BEFORE_DASH = DOUBLE_CLOSE | {STRAIGHT, SINGLE_CLOSE, "'", " ", "\t", "\u00a0"}


def name_after_dash(doc: Doc, quote_end: int) -> tuple[tuple[int, int], Span] | None:
    """The person or body a dash names right after a quotation, as a signature: "“...” ― Ana
    Ruiz, 34, of Eastport" in a round-up of readers' words, or a pull quote. Only a signature:
    the name opens the words after the dash, and nothing after it to the end of the paragraph is
    a verb ("“...” - Ana Ruiz said later" is read through its cue; "“...” — a phrase Ruiz coined"
    is no signature). The dash's character offsets and the name's span, or None."""
    text = doc_text(doc)
    at = quote_end
    while at < len(text) and text[at] in _BEFORE_DASH:
        at += 1
    dash = next((d for d in SIGNATURE_DASHES if text.startswith(d, at)), None)
    if dash is None or (dash == "-" and not (text[at - 1 : at].isspace() and text[at + 1 : at + 2].isspace())):
        return None
    dash_at = (at, at + len(dash))
    at += len(dash)
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    rest = doc.char_span(at, _paragraph_end(text, at), alignment_mode="expand")
    if rest is None or len(rest) == 0:
        return None
    first = rest[0]
    if first.ent_type_ not in SPEAKER_TYPES or first.ent_iob_ != "B" or first.idx != at:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    last = first.i
    while last + 1 < rest.end and doc[last + 1].ent_iob_ == "I" and not doc[last + 1].is_punct:
        last += 1
    return dash_at, doc[first.i : last + 1]


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text[: len(text) if end < 0 else end].rstrip())
