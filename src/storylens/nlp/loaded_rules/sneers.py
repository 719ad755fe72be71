"""Sneers in the outlet's own voice (issue 19, round s37): the speaker belittled by the verb that
reports them, a person or an outlet cast as another's instrument, an amount belittled.

Each is read from the parse, WordNet and the judging-modifier scorer, in the outlet's own voice
only (outside quotations, not reported, not in a question: ``verdicts.spans_in_outlet_voice``):

- **a speech verb that belittles the speaker**: "the minister whined that ...", "the mayor
  bleated about the cost" — a verb that reports speech (with a clause, a quotation, or an
  "about"/"over" phrase) said of a person or a body, one of whose two first senses is a manner of
  talking, uttering, complaining or boasting (a kind of talk.v.02, utter.v.02, complain.v.01 or
  boast.v.01, not the plain verb itself: "complained", "said", "told" are not read), and that the
  judging-modifier scorer reads as evaluative ("whine" 0.84, "gripe" 0.64, "shout" 0.52 and
  "whisper" 0.43 are not);
- **a person or an outlet cast as another's instrument**: "the Herald, the government's
  mouthpiece", "a puppet of the mining lobby" — a noun whose most frequent sense is a thing (a
  part of an instrument, a doll, a tool) and which WordNet also gives as a person serving another
  (a kind of servant, follower, slave, assistant or spokesperson), said of a name or a person (in
  apposition, or after "is") and owned by another person or body (a possessive or an "of"/"for"
  phrase). "The diver adjusted the mouthpiece of his regulator" is a thing;
- **an amount belittled**: "a mere trace of", "a paltry sum" — an adjective before a noun for an
  amount (noun.quantity, noun.possession, a kind of measure.n.02), whose adverb is a minimiser
  (mere: merely, ``stance.minimises``) or one of whose two first senses is contemptibly small or
  not worth considering (similar to meager.a.01 or worthless.a.01) and which the scorer
  confirms (``evaluative.CONFIRMING_MEANING``). "A trace of lead was found", "a small sum" are
  not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.loaded_rules.verdicts import span_end, spans_in_outlet_voice
from storylens.nlp.wordnet import first_sense, is_kind_of, kinds_of, senses_of

if TYPE_CHECKING:  # imported when called (see evaluative.py)
    from storylens.nlp.event_rules import QuotedText

# --- a speech verb that belittles the speaker ---------------------------------------------------
MANNERS_OF_SPEAKING = frozenset({"talk.v.02", "utter.v.02", "complain.v.01", "boast.v.01"})
# the plain verbs themselves: "talked", "complained" report, they do not mock
PLAIN_SPEAKING = frozenset({"talk.v.02", "utter.v.02", "complain.v.01"})
TOPIC_PREPOSITIONS = frozenset({"about", "over", "at"})


def manner_of_speaking(lemma: str) -> bool:
    """One of the verb's two first senses is a kind of talking, uttering, complaining or boasting,
    not the plain verb itself ("whine": snivel, talk in a tearful manner)."""
    return any(
        sense.lexname() == "verb.communication"
        and sense.name() not in PLAIN_SPEAKING
        and kinds_of(sense) & MANNERS_OF_SPEAKING
        for sense in senses_of(lemma, "v")[:2]
    )


def _reports_speech(verb) -> bool:
    """The verb reports what was said: a clause or a quotation, or an "about" phrase."""
    return any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS)
        for c in verb.children
    ) or (verb.dep_ == "parataxis" and verb.head != verb)


def belittling_speech(token):
    """(start, end) of "whined" in "the minister whined that ...": the verb alone."""
    from storylens.nlp.loaded_rules.filters import EVALUATIVE_SCORE
    from storylens.nlp.loaded_rules.modifiers import modifier_score, score_modifiers
    from storylens.nlp.loaded_rules.stance import _a_person_or_body, _subject

    if token.pos_ != "VERB" or not token.is_alpha or not _reports_speech(token):
        return None
    lemma = token.lemma_.lower()
    # round s40: "Its mouthpiece Dara Quill whined": the parser gives the verb two subjects, the
    # title noun and the name; the speaker is whichever is a person or a body
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] or [_subject(token)]
    if not manner_of_speaking(lemma) or not any(_a_person_or_body(s) for s in subjects):
        return None
    score_modifiers([lemma])
    if modifier_score(lemma) < EVALUATIVE_SCORE:
        return None
    return token.idx, token.idx + len(token.text)


# --- a person or an outlet cast as another's instrument -----------------------------------------
SERVING_ANOTHER = ("servant.n.01", "follower.n.01", "slave.n.01", "assistant.n.01", "spokesperson.n.01")


def serves_another(noun: str) -> bool:
    """The noun's most frequent sense is no person, but one of its senses is a person serving
    another ("mouthpiece": a spokesperson; "puppet": a person controlled by others)."""
    senses = senses_of(noun)
    if not senses or senses[0].lexname() in ("noun.person", "noun.group"):
        return False
    return any(s.lexname() == "noun.person" and is_kind_of(s, *SERVING_ANOTHER) for s in senses[1:])


def _someone(token) -> bool:
    from storylens.nlp.loaded_rules.stance import _a_person_or_body

    if token.lower_ == "it" or _a_person_or_body(token):
        return True
    # "the mining lobby": a group of people in one of the noun's two first senses
    return token.pos_ == "NOUN" and any(s.lexname() == "noun.group" for s in senses_of(token.lemma_.lower())[:2])


def _owner(noun):
    for child in noun.children:
        if child.dep_ == "poss" and _someone(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            owners = [o for o in child.children if o.dep_ == "pobj" and _someone(o)]
            if owners:
                return owners[0]
    return None


def _said_of_someone(noun) -> bool:
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "B":
        return True  # round s40: "its mouthpiece Dara Quill", the noun set before the name as a title
    if noun.dep_ == "appos":
        return _someone(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return bool(subjects) and _someone(subjects[0])
    return False


def cast_as_an_instrument(token):
    """(start, end) of "the government's mouthpiece", "a puppet of the mining lobby"."""
    if token.pos_ != "NOUN" or not serves_another(token.lemma_.lower()):
        return None
    owner = _owner(token)
    if owner is None or not _said_of_someone(token):
        return None
    start = min(owner.idx, *(c.idx for c in token.children if c.dep_ == "poss"), token.idx)
    return start, (span_end(token) if owner.i > token.i else token.idx + len(token.text))


# --- an amount belittled ------------------------------------------------------------------------
AMOUNT_FILES = frozenset({"noun.quantity", "noun.possession"})
CONTEMPTIBLY_SMALL = ("meager.a.01", "worthless.a.01")


def _an_amount(noun) -> bool:
    sense = first_sense(noun.lemma_.lower())
    return noun.pos_ == "NOUN" and sense is not None and (sense.lexname() in AMOUNT_FILES or "measure.n.02" in kinds_of(sense))


def belittles_an_amount(word: str) -> bool:
    """The adjective is a minimiser ("mere": its adverb "merely" minimises) or, read as judging
    by the scorer, contemptibly small ("paltry", "measly"; not "small", "meagre" 0.46)."""
    from storylens.nlp.loaded_rules.evaluative import CONFIRMING_MEANING
    from storylens.nlp.loaded_rules.modifiers import modifier_score, score_modifiers
    from storylens.nlp.loaded_rules.stance import minimises

    if minimises(f"{word}ly"):
        return True
    small = any(
        head.name() in CONTEMPTIBLY_SMALL for sense in senses_of(word, "a")[:2] for head in [sense, *sense.similar_tos()]
    )
    if not small:
        return False
    # WordNet already calls the amount contemptible; the scorer need only confirm it (as for a
    # word the tagger weighs, ``evaluative.CONFIRMING_MEANING``): "paltry" 0.60, "meagre" 0.46
    score_modifiers([word])
    return modifier_score(word) >= CONFIRMING_MEANING


def _an_adjective_before(token) -> bool:
    """An adjective before its noun; a word WordNet knows only as an adjective that the parser
    took for a noun compound ("a paltry sum": "paltry" tagged a noun)."""
    if token.head.i <= token.i:
        return False
    if token.dep_ == "amod" and token.pos_ == "ADJ":
        return True
    return token.dep_ == "compound" and bool(senses_of(token.lower_, "a")) and not senses_of(token.lower_, "n")


def amount_belittled(token):
    """(start, end) of "a mere trace", "a paltry sum": the adjective with its noun."""
    if not _an_adjective_before(token) or not _an_amount(token.head):
        return None
    if not belittles_an_amount(token.lower_):
        return None
    return token.idx, token.head.idx + len(token.head.text)


READINGS = (belittling_speech, cast_as_an_instrument, amount_belittled)


def outlet_sneers(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each reading of the module doc in the outlet's own voice."""
    return spans_in_outlet_voice(doc, READINGS, quoted)
