"""What a person's mention tells of their gender: a form of address ("Ms Varn"), a kin word, a
noun for a person ("the chairwoman"), or the pronouns the article uses for them. A speaker's
pronoun is resolved only to a person whose gender does not contradict it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from storylens.nlp.doc_index import doc_entities, doc_sentences, sentence_of
from storylens.nlp.label_rules.words import KIN_GENDER
from storylens.nlp.names import clean_name
from storylens.nlp.quotes.mentions import SUBJECT_DEPS, memo_of, quoted_token_indices, subject_of

# Personal pronouns and the gender they say.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Honorifics (without their full stop) and the gender they give the name that follows.
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f", "lord": "m"}
# Forms of address that tell an occupation rather than a gender ("Dr Brun", "Prof Lind").
OCCUPATION_ADDRESS = frozenset({"dr", "prof"})


def told_gender(ent: Span) -> Optional[str]:
    return own_gender(ent) or pronoun_gender(ent)


def own_gender(ent: Span) -> Optional[str]:
    """"f" or "m" when this mention says it: an honorific before it or as its first word, a
    kinship noun before it, a gendered title beside it ("spokeswoman", "congressman")."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    first = ent[0].lower_.rstrip(".")
    for word in (before, first):
        if word in HONORIFICS:
            return HONORIFICS[word]
    i = ent.start - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].lower_ in KIN_GENDER:
        return KIN_GENDER[doc[i].lower_]  # "her husband, Anton Velt"
    window = doc[max(ent.start - 3, ent.sent.start) : min(ent.end + 4, ent.sent.end)]
    for token in window:
        gender = noun_gender(token)
        if gender is not None:
            return gender
    return None


def _pronoun_votes(doc: Doc) -> dict[tuple[str, ...], set[str]]:
    """A person's full name -> the genders of the pronouns that can only stand for them: in the
    sentence whose subject the person is and who is its only person named before the pronoun
    ("Lise Renn sat by her son's bed"), or the subject pronoun of the next sentence when the
    person is the only one named in the sentence before ("Odo Renn spoke first. He said ...").
    "Ada Pruitt said Ben Lott had lied to her" gives nothing: two people stand before "her"."""
    memo = memo_of(doc)
    if "pronoun_votes" in memo:
        return memo["pronoun_votes"]
    votes: dict[tuple[str, ...], set[str]] = {}
    people = [e for e in doc_entities(doc) if e.label_ == "PERSON"]
    quoted = quoted_token_indices(doc)  # "Renn said: “She lied”": the speaker's words, not the writer's
    for sentence in doc_sentences(doc):
        named = [e for e in people if sentence.start <= e.start and e.end <= sentence.end]
        subject = subject_of(sentence)
        for token in sentence:
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender is None or token.pos_ != "PRON" or token.i in quoted:
                continue
            before = [e for e in named if e.end <= token.i]
            # "Karl Vos, her deputy, left early": a pronoun inside the subject's own phrase (its
            # apposition) is someone else's, never the subject's.
            in_subject = subject is not None and token in subject.subtree
            if len(before) == 1 and subject is not None and before[0].start <= subject.i < before[0].end and not in_subject:
                votes.setdefault(tuple(clean_name(before[0].text).split()), set()).add(gender)
            elif not before and token.dep_ in SUBJECT_DEPS and token == subject and sentence.start > 0:
                previous = sentence_of(doc, sentence.start - 1)
                earlier = [e for e in people if previous.start <= e.start and e.end <= previous.end]
                if len(earlier) == 1 and not _own_phrase_has(earlier[0], gender):
                    votes.setdefault(tuple(clean_name(earlier[0].text).split()), set()).add(gender)
    memo["pronoun_votes"] = votes
    return votes


def _own_phrase_has(ent: Span, gender: str) -> bool:
    """A pronoun of ``gender`` inside the phrase that names the person ("Karl Vos, her deputy,"):
    it stands for someone else of that gender, whom a pronoun in the next sentence may continue
    as well."""
    return any(
        t.pos_ == "PRON" and PRONOUN_GENDER.get(t.lower_) == gender and not ent.start <= t.i < ent.end
        for t in ent.root.subtree
    )


def pronoun_gender(ent: Span) -> Optional[str]:
    """"f" or "m" when the article's pronouns tell, for a name written in full (see
    ``_pronoun_votes``); None when they disagree or say nothing."""
    words = tuple(clean_name(ent.text).split())
    if len(words) < 2:
        return None
    genders = _pronoun_votes(ent.doc).get(words, set())
    return next(iter(genders)) if len(genders) == 1 else None


def noun_gender(token: Token) -> Optional[str]:
    """"f" for a noun that says a woman ("spokeswoman", "chairwoman"), "m" for one that says a
    man ("spokesman", "congressman"), else None."""
    if token.pos_ != "NOUN":
        return None
    if token.lower_.endswith(("woman", "women")):
        return "f"
    if token.lower_.endswith(("man", "men")) and len(token.text) > 3:
        return "m"
    return None
