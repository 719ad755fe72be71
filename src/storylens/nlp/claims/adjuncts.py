"""Facts a clause carries in its adjuncts rather than in a clause of their own.

The parse cuts a sentence at its verbs (``clauses``), but English also states a second fact
inside a prepositional phrase or a noun: "The minister signed the order on Friday in an effort to
close the port" (what he did, and what for), "The pair were indicted on charges of diverting
$40,000" (that they were charged, and what they are said to have done), "... on allegations that
she hid the accounts" (what is alleged). Each of those becomes a predication of its own, with its
exact words, the subject of the clause it hangs from, and whoever makes the allegation.

What stays: a gerund that is the object of a plea or an admission ("pleaded guilty to lying"):
the plea is the fact, and its object is what makes it true (the claims gold keeps "pleaded guilty
on Friday for lying to the FBI" as one fact). A non-finite complement of a verb (``xcomp``) is
never reached here: it hangs from the verb, not from a noun.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from storylens.nlp.wordnet import is_kind_of, senses_of

# WordNet's senses for saying someone did wrong: "charges", "allegations", "indictment", "accuse"
ACCUSATION_NOUNS = ("accusation.n.01", "accusation.n.02", "allegation.n.01", "pleading.n.01")
ACCUSATION_VERBS = ("accuse.v.01", "charge.v.02")
SENSES_READ = 3  # a word accuses in one of its most frequent senses, not in a rare one


@lru_cache(maxsize=4096)
def _accuses(lemma: str, pos: str) -> bool:
    kinds = ACCUSATION_NOUNS if pos == "n" else ACCUSATION_VERBS
    return any(is_kind_of(sense, *kinds) for sense in senses_of(lemma, pos)[:SENSES_READ])


def is_accusation(token: Token) -> bool:
    """"charged", "accused", "indicted", "charges", "allegations": a word whose object is what
    someone is said to have done."""
    if token.pos_ in ("NOUN", "PROPN"):
        return _accuses(token.lemma_.lower(), "n")
    if token.pos_ == "VERB":
        return _accuses(token.lemma_.lower(), "v")
    return False


def _infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def purpose_of(prep: Token) -> Optional[Token]:
    """ "in an effort to seize funds", "in order to reach the port", "in a bid to divert money":
    a phrase hanging from a verb whose noun takes an infinitive says what the act was for.
    Returns the infinitive."""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        verb = next((g for g in noun.children if g.dep_ == "acl" and _infinitive(g)), None)
        if verb is not None:
            return verb
    return None


def accused_act_of(prep: Token) -> Optional[tuple[Token, Token]]:
    """ "charged with converting $9,000", "on charges of filing false records": a gerund that is
    the object of an accusation says what someone is said to have done. Returns (the accusation
    word, the gerund)."""
    if prep.dep_ != "prep":
        return None
    gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None:
        return None
    governor = prep.head
    if is_accusation(governor):
        return governor, gerund
    return None


def accused_phrase(prep: Token) -> Optional[tuple[Token, Token, Token]]:
    """The phrase that holds an accused act, and (accusation, gerund): the preposition of the
    gerund itself after a verb ("charged with converting"), or the phrase of the accusing noun
    after a verb ("indicted on charges of filing")."""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    found = accused_act_of(prep)
    if found is not None:
        return prep, found[0], found[1]
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        for inner in (g for g in noun.children if g.dep_ == "prep"):
            found = accused_act_of(inner)
            if found is not None:
                return prep, found[0], found[1]
    return None


def content_of_noun(token: Token) -> bool:
    """ "allegations that he filed false reports": a finite clause with its own subject, joined by
    "that" to an accusation noun, is what the noun alleges."""
    if token.dep_ != "acl" or token.pos_ not in ("VERB", "AUX") or not is_accusation(token.head):
        return False
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    return has_subject and marked


def _own_argument(noun: Token) -> bool:
    """Whether a noun says who or what its act is about: an owner ("its investigation"), a
    phrase of its own ("into the port's accounts", "of the ledgers"), or a measure ("a two-year
    inquiry")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            return True
        if child.dep_ in ("compound", "amod", "nummod") and (child.like_num or any(g.like_num for g in child.children)):
            return True
    return False


# WordNet's senses for looking into something: investigation, inquiry, probe, examination, audit
INQUIRY_SENSES = ("investigation.n.02", "inquiry.n.01")


@lru_cache(maxsize=4096)
def _names_an_act(lemma: str) -> bool:
    """A noun that is an act first of all (its most frequent WordNet sense is in noun.act: "an
    examination", "a search"), or an inquiry in one of its two most frequent senses
    ("investigation" and "probe" are first of all cognition in WordNet)."""
    senses = senses_of(lemma, "n")
    if senses and senses[0].lexname() == "noun.act":
        return True
    return any(is_kind_of(sense, *INQUIRY_SENSES) for sense in senses[:2])


def event_of(prep: Token) -> Optional[Token]:
    """ "during its investigation into the port's accounts", "after a two-year inquiry", "with an
    examination of the ledgers": a phrase hanging from a verb whose noun names an act or an
    inquiry and says what it is about (an owner, a phrase, a measure) states that act as a fact
    of its own. Nouns that are first of all an event, a state or a group stay with their clause:
    cut too, "came to a stop on the runway", "of seven minor injuries", "after their wedding last
    weekend", "in the government of ..." cost statuses and contested facts on written set 4
    (docs/eval-claims.md, round s38). Returns the noun."""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None or not _names_an_act(noun.lemma_.lower()) or not _own_argument(noun):
        return None
    return noun



def adjunct_kinds(sentence: SpacySpan, kinds: dict[int, str]) -> dict[int, tuple[str, Token, Optional[Token]]]:
    """Heads of the facts adjuncts carry: token index -> (kind, the word that says what happens,
    the accusation that makes it someone's word, if any). Heads already cut keep their kind."""
    found: dict[int, tuple[str, Token, Optional[Token]]] = {}
    for token in sentence:
        if token.i in kinds:
            continue
        if (verb := purpose_of(token)) is not None:
            found[token.i] = ("purpose", verb, None)
        elif (accused := accused_phrase(token)) is not None:
            _, accusation, gerund = accused
            found[token.i] = ("accused", gerund, accusation)
        elif content_of_noun(token):
            found[token.i] = ("reported", token, token.head)
        elif (noun := event_of(token)) is not None:
            found[token.i] = ("event", noun, None)
    return found


def accuser_of(accusation: Token) -> Optional[Token]:
    """Who makes an accusation: the doer of an accusing verb ("a grand jury indicted them"; "by"
    in the passive), the owner of an accusing noun ("the agency's allegations"), or the doer of
    the verb that the noun's phrase hangs from ("indicted ... on charges of")."""
    if accusation.pos_ == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in accusation.children)
        if passive:
            by = next((c for c in accusation.children if c.dep_ == "agent"), None)
            return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        return next((c for c in accusation.children if c.dep_ == "nsubj"), None)
    owner = next((c for c in accusation.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if accusation.dep_ == "pobj" and accusation.head.dep_ == "prep" and is_accusation(accusation.head.head):
        return accuser_of(accusation.head.head)
    return None


def accused_of(accusation: Token) -> Optional[Token]:
    """Who is accused: the object of an accusing verb, its subject in the passive, or the object
    of the verb an accusing noun hangs from ("indicted the pair on charges of ...")."""
    verb = accusation
    if accusation.pos_ != "VERB":
        if accusation.dep_ != "pobj" or accusation.head.dep_ != "prep":
            return None
        verb = accusation.head.head
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None:
        return passive_subject
    return next((c for c in verb.children if c.dep_ == "dobj"), None)
