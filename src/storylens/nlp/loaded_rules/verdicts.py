"""Verdicts the outlet passes in its own voice with plain words (issue 19, round s30).

Each is read from the parse, with WordNet for the verb's meaning, and none from a list of words:

- a vow never to forget who did something ("the valley will not forget who sent the armoured
  cars"): a future or modal "forget" (a verb whose first sense is WordNet's forget.v.01),
  negated, whose object is a clause opened by a wh-word. It names the guilty without saying
  what they are guilty of. "She did not forget her keys" (no clause) and "crews will not forget
  to check the valves" (an infinitive) are plain;
- a condemnation of a past act ("a director who should never have been hired", "the ferry should
  not have sailed"): "should" or "ought" with "have", a past participle and a negation. Without
  the negation "should have arrived by noon" is an expectation, not a verdict;
- what someone deserves ("the residents of Harwick deserve better"): a verb whose first sense is
  WordNet's deserve.v.01 with a comparative complement, the outlet weighing what is owed;
- a motive read into someone's mind ("their instinct was to protect themselves", "his first
  thought was to cover his own back"): a possessed noun of the mind (WordNet's first sense a
  cognition, motive or feeling: instinct, thought, impulse) as the subject of "be", its attribute
  an infinitive whose object is the possessor itself (a reflexive, or "own"), with no danger
  named ("to protect themselves from the flood" is what anyone would say of a plan).

All outside quotation marks, not the content of a reporting verb and not in a question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.negation import negation_of
from storylens.nlp.loaded_rules.motives import reported
from storylens.nlp.wordnet import first_sense

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

SCORE = 1.0
WH_WORDS = frozenset({"who", "whom", "whose", "what", "which", "how", "why"})
FUTURE_OR_MODAL = frozenset({"will", "shall", "would", "must", "can", "'ll", "wo", "ca"})
MIND_FILES = frozenset({"noun.cognition", "noun.motive", "noun.feeling"})
REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself"})


def _first_sense_is(token, pos: str, name: str) -> bool:
    sense = first_sense(token.lemma_, pos)
    return sense is not None and sense.name() == name


def _negated(token) -> bool:
    return negation_of(token) is not None


def span_start(token) -> int:
    """Start offset of the token's subtree."""
    return min(t.idx for t in token.subtree)


def span_end(token) -> int:
    """End offset of the token's subtree, without closing punctuation."""
    tokens = [t for t in token.subtree if not (t.is_punct or t.is_space)]
    last = max(tokens, key=lambda t: t.i)
    return last.idx + len(last.text)


def vow_not_to_forget(token):
    """(start, end) of "will not forget who ...", from the auxiliary to the clause's end."""
    if token.pos_ != "VERB" or not _first_sense_is(token, "v", "forget.v.01") or not _negated(token):
        return None
    auxiliaries = [c for c in token.children if c.dep_ == "aux" and c.lower_ in FUTURE_OR_MODAL]
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "dobj") and c.pos_ in ("VERB", "AUX")]
    if not auxiliaries or not any(t.lower_ in WH_WORDS for c in clauses for t in c.subtree if t.i < c.i):
        return None
    return auxiliaries[0].idx, span_end(token)


def condemned_past_act(token):
    """(start, end) of "should never have left port", from the modal to the verb's clause end
    (without a relative clause's subject before it)."""
    if token.tag_ != "VBN" or not _negated(token):
        return None
    auxiliaries = [c for c in token.children if c.dep_ == "aux"]
    modals = [c for c in auxiliaries if c.lower_ in ("should", "ought")]
    if not modals or not any(c.lower_ == "have" for c in auxiliaries):
        return None
    return modals[0].idx, span_end(token)


def deserves_more(token):
    """(start, end) of "the town deserves better", from the subject to the complement."""
    if token.pos_ != "VERB" or not _first_sense_is(token, "v", "deserve.v.01") or _negated(token):
        return None
    complements = [c for c in token.children if c.dep_ in ("dobj", "advmod", "acomp", "npadvmod", "oprd")]
    comparative = any(t.tag_ in ("JJR", "RBR") for c in complements for t in c.subtree)
    if not comparative:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    start = span_start(subjects[0]) if subjects else token.idx
    return start, span_end(token)


def motive_read_into_mind(token):
    """(start, end) of "their instinct was to protect themselves": the whole clause of "be"."""
    if token.lemma_ != "be":
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not subjects or not any(c.dep_ == "poss" for c in subjects[0].children):
        return None
    sense = first_sense(subjects[0].lemma_, "n")
    if sense is None or sense.lexname() not in MIND_FILES:
        return None
    for aim in (c for c in token.children if c.dep_ in ("xcomp", "ccomp", "attr") and c.pos_ == "VERB"):
        if any(c.dep_ == "prep" for c in aim.children):
            continue  # a danger named ("from the flood") makes it a plain plan
        objects = [c for c in aim.children if c.dep_ == "dobj"]
        for obj in objects:
            if obj.lower_ in REFLEXIVES or any(c.lower_ == "own" for c in obj.subtree):
                return span_start(subjects[0]), span_end(aim)
    return None


READINGS = (vow_not_to_forget, condemned_past_act, deserves_more, motive_read_into_mind)


def outlet_verdicts(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each verdict the outlet passes in its own voice (module doc)."""
    return spans_in_outlet_voice(doc, READINGS, quoted)


def spans_in_outlet_voice(doc: Doc, readings, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each span a reading finds outside quotations, reported speech and
    questions: what the outlet says in its own voice. Shared by verdicts and depictions."""
    from storylens.nlp.event_rules import QuotedText  # see evaluative.py: imported when called

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        if token.sent.text.rstrip().endswith("?"):
            continue
        for reading in readings:
            span = reading(token)
            if span is None or reported(token) or quoted.inside(*span):
                continue
            found.append((span[0], span[1], SCORE))
    return found
