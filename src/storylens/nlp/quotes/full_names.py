"""A named speaker at its fullest: "Putin" -> "Vladimir Putin" when the article spells it out,
the right one of two namesakes ("Mr Brun" and "Ms Brun"), and the gender a named referent has.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from storylens.nlp.doc_index import doc_entities
from storylens.nlp.entity_rules.people import names_people
from storylens.nlp.names import clean_name, translit_key
from storylens.nlp.quotes.gender import HONORIFICS, OCCUPATION_ADDRESS, own_gender, pronoun_gender, told_gender
from storylens.nlp.quotes.mentions import NAME_DEPS, PLACE_TYPES, PRONOUN_CHAIN, entity_of, phrase_name, subject_of, without_description
from storylens.nlp.wordnet import is_medical_noun


def full_names_by_surname(doc: Doc, surname: str) -> dict[str, Span]:
    """The Doc's PERSON mentions of more than one word with that surname key, one per first
    name ("kavel" -> {"tobias": Tobias Kavel, "irena": Irena Kavel})."""
    found: dict[str, Span] = {}
    for ent in doc_entities(doc):
        words = clean_name(ent.text).split() if ent.label_ == "PERSON" else []
        if len(words) > 1 and translit_key(words[-1]) == surname:
            first = translit_key(words[0])
            if first not in found or len(ent.text) > len(found[first].text):
                found[first] = ent
    return found


def fullest_name(doc: Doc, name: str, ent: Optional[Span] = None, *, gender: Optional[str] = None) -> str:
    """The longest PERSON mention of the article with the same surname ("Putin" -> "Vladimir
    Putin"). When the article names several people of that surname ("Tobias Kavel", "Irena
    Kavel"), the one the mention ``ent`` fits by its gender ("Ms Kavel"), else the surname as
    written: the story layer reads which mention it was."""
    words = clean_name(name).split()
    if not words:
        return name
    surname = translit_key(words[-1])
    best = " ".join(words)
    full = full_names_by_surname(doc, surname)
    if len(words) > 1:
        full = {k: e for k, e in full.items() if k == translit_key(words[0])}
    if ent is not None and len(words) == 1:
        # "Mr Brun" is not "Dr Lena Brun", nor a Brun the article calls a woman.
        full = {k: e for k, e in full.items() if not addressed_apart(ent, e)}
    if len(full) > 1:
        # ``gender``: what a pronoun that led to this mention says ("She said": not Keith Scott).
        wanted = (own_gender(ent) if ent is not None else None) or gender
        fitting = [e for e in full.values() if wanted and told_gender(e) == wanted]
        if wanted and not fitting:
            fitting = [e for e in full.values() if told_gender(e) is None]
        address = address_of(ent) if ent is not None else ""
        if not wanted and address in OCCUPATION_ADDRESS:
            # "Dr Brun": the Brun introduced with "Dr" or as a physician, not "Mr Brun".
            fitting = [e for e in full.values() if _introduced_with(e, address)]
        if len(fitting) != 1:
            told = bool(wanted) or address in OCCUPATION_ADDRESS  # then only those that fit
            at = ent.start if ent is not None else None
            chosen = _salient_namesake(doc, fitting if told else list(full.values()), at)
            if chosen is None:
                return best
            fitting = [chosen]
        full = {"": fitting[0]}
    for candidate_ent in full.values():
        candidate = clean_name(candidate_ent.text).split()
        if len(candidate) > len(best.split()):
            best = " ".join(candidate)
    return best


def _first_name_before(ent: Span) -> str:
    """A first name the recogniser cut off a surname and typed as something else ("Halina" of
    "Halina Vostra" read as a place): a capitalised proper noun right before the name that the
    parser makes part of it and that is no title ("Mayor", "Minister") or form of address."""
    if ent.start == 0 or len(ent) != 1:
        return ""
    word = ent.doc[ent.start - 1]
    if word.pos_ != "PROPN" or not word.is_title or word.dep_ != "compound" or word.head.i != ent.start:
        return ""
    if word.ent_type_ == "PERSON" or names_people(word.lower_) or word.lower_.rstrip(".") in HONORIFICS.keys() | OCCUPATION_ADDRESS:
        return ""
    if word.i > 0 and word.nbor(-1).pos_ == "PROPN" and word.nbor(-1).dep_ == "compound":
        return ""  # "Kesk City Vostra": more than a first name
    return word.text + " "


def _salient_namesake(doc: Doc, people: list[Span], at: Optional[int], depth: int = PRONOUN_CHAIN) -> Optional[Span]:
    """Of several people who share a surname, the one a surname alone at token ``at`` names:
    one named in full earlier in its own sentence or as the subject of the sentence before ("Chief
    Inspector Odo Renn said ... Renn blamed ..."), else the one the article introduced first, the
    one it is about (a report on Hillary Clinton that names Chelsea Clinton once still means
    Hillary by "Clinton")."""
    if at is None or not people:
        return None
    names = {tuple(clean_name(p.text).split()) for p in people}

    def named(e: Span) -> bool:
        return e.label_ == "PERSON" and tuple(clean_name(e.text).split()) in names

    before = [e for e in doc_entities(doc) if e.end <= at and named(e)]
    if not before:
        return None
    sentence = doc[at].sent
    chosen = next((e for e in reversed(before) if e.start >= sentence.start), None)
    if chosen is None and sentence.start > 0:
        subject = subject_of(doc[sentence.start - 1].sent)
        chosen = next((e for e in before if subject is not None and e.start <= subject.i < e.end), None)
        surname = translit_key(clean_name(people[0].text).split()[-1])
        bare = entity_of(subject) if subject is not None and chosen is None and depth > 0 else None
        if bare is not None and bare.label_ == "PERSON" and [translit_key(w) for w in clean_name(bare.text).split()] == [surname]:
            # "Renn blamed ... Renn's ministry said": the surname before, followed back.
            chosen = _salient_namesake(doc, people, bare.start, depth - 1)
    chosen = chosen or before[0]
    key = tuple(clean_name(chosen.text).split())
    return next(p for p in people if tuple(clean_name(p.text).split()) == key)


def address_of(ent: Span) -> str:
    """The form of address of a mention, before it or as its first word, lower-cased without its
    full stop ("Dr. Lena Brun" -> "dr")."""
    before = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    first = ent[0].lower_.rstrip(".")
    return next((w for w in (before, first) if w in HONORIFICS or w in OCCUPATION_ADDRESS), "")


def _written_with(ent: Span) -> set[str]:
    """The forms of address the article writes before this full name, in any of its mentions."""
    words = clean_name(ent.text).split()
    return {
        address_of(other)
        for other in doc_entities(ent.doc)
        if other.label_ == "PERSON" and clean_name(other.text).split() == words
    } - {""}


def addressed_apart(mention: Span, full: Span) -> bool:
    """A surname with a form of address names another person than this full name: "Mr Brun"
    beside "Dr Lena Brun" (an outlet that titles a person Dr does not call them Mr), "Ms Brun"
    beside a Brun the article calls a man."""
    address = address_of(mention)
    if address not in HONORIFICS:
        return False
    written = _written_with(full)
    if written and not any(HONORIFICS.get(w) == HONORIFICS[address] for w in written):
        return True
    gender = own_gender(full) or pronoun_gender(full)
    return gender is not None and gender != HONORIFICS[address]


def _introduced_with(ent: Span, address: str) -> bool:
    """The full name is written with that form of address, or, for "dr", beside a noun whose
    first WordNet sense is a medical practitioner ("Lena Brun, a surgeon at Kelso General")."""
    if address_of(ent) == address:
        return True
    doc = ent.doc
    window = doc[max(ent.start - 4, ent.sent.start) : min(ent.end + 8, ent.sent.end)]
    return address == "dr" and any(t.pos_ == "NOUN" and is_medical_noun(t.lower_) for t in window)


def name_of_entity(doc: Doc, ent: Span, head: Token, *, gender: Optional[str] = None) -> str:
    if ent.label_ == "PERSON":
        return fullest_name(doc, _first_name_before(ent) + ent.text, ent, gender=gender)
    if not ent.start <= head.i < ent.end:
        # "Russia’s Foreign Ministry": the entity may be only part of the phrase that names the body.
        return clean_name(phrase_name(head)) if head.i >= ent.start else clean_name(ent.text)
    # "The Ministry of Fisheries", "Russia’s Foreign Ministry": the whole entity, and the words
    # before it that name the body with it.
    left = head.i
    while left > 0 and doc[left - 1].dep_ in NAME_DEPS and head in doc[left - 1].ancestors:
        left -= 1
    words = list(doc[min(left, ent.start) : ent.end])
    while words and words[0].dep_ == "det":
        words = words[1:]
    # "The financial newsletter Ledgerline": a description before the name, not part of it;
    # before a place or a people only a noun is one ("many Democrats", "upstate New York" keep
    # their words; the recogniser may take a newsletter for a place).
    if ent.label_ not in PLACE_TYPES | {"NORP"} or any(t.pos_ == "NOUN" and t.i < ent.start for t in words):
        words = without_description(words)
    return clean_name("".join(t.text_with_ws for t in words).strip()) or clean_name(ent.text)


def referent_gender(ent: Span) -> Optional[str]:
    """"f" or "m" when the article tells: this mention's own signs (``own_gender``), else those
    of the other mentions of the same person: the same full name, or any mention of the surname
    when the article names only one person with it in full. Two people who share a surname
    ("Tobias Kavel", "Irena Kavel") lend each other nothing."""
    own = own_gender(ent) or pronoun_gender(ent)
    if own is not None:
        return own
    doc = ent.doc
    words = clean_name(ent.text).split()
    if not words:
        return None
    surname = translit_key(words[-1])
    full = full_names_by_surname(doc, surname)
    first = translit_key(words[0]) if len(words) > 1 else None
    if first is None and len(full) > 1:
        return None
    for other in doc_entities(doc):
        if other.label_ != "PERSON" or other.start == ent.start:
            continue
        other_words = clean_name(other.text).split()
        if not other_words or translit_key(other_words[-1]) != surname:
            continue
        if first is not None and len(other_words) > 1 and translit_key(other_words[0]) != first:
            continue
        if first is not None and len(other_words) == 1 and len(full) > 1:
            continue  # "Ms Kavel" beside two Kavels named in full: not known to be this one
        if len(other_words) == 1 and addressed_apart(other, ent):
            continue  # "Mr Brun" lends nothing to "Dr Lena Brun": another person
        gender = own_gender(other)
        if gender is not None:
            return gender
    return None
