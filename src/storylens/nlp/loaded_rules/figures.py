"""Loaded figures of speech in the outlet's own voice, read from the parse and WordNet (round s29).

Plain words can load a sentence by how they are put together, not by what each word means:

- **a person's role given to a thing**: "a few hundred militants held the country's busiest port
  hostage" — the verb's predicate noun names a person (WordNet ``noun.person``: hostage,
  prisoner, slave) but its object is no person or group (the port, the economy, the budget): the
  role is a metaphor, and an accusation. "held the crew hostage" is literal and not marked;
- **self-praise**: "the company has spent the week congratulating itself" — a verb of praising
  (WordNet: a kind of praise.v.01 or pride.v.01, congratulate) whose object is a reflexive
  pronoun: said of someone else in the outlet's voice, it is sarcasm;
- **a model of a virtue**: "the operation was a model of restraint" — the attribute of a copula
  is a noun whose sense is an ideal (WordNet ideal.n.01: exemplar, paragon) of a quality
  (``noun.attribute``: restraint, courage, decorum): the outlet's own praise (or irony); "a
  model of the ship" is a replica and not marked.

- **a wish for harm**: "this is the war the government has wanted for years" — a verb of
  desiring (WordNet desire.v.01 and its kinds: want, seek, crave, hope) whose object (or the
  noun its relative clause describes) is, in its first sense, a military action, an aggression
  or a killing (war, violence, bloodshed): the outlet imputes a wish nobody avows. "The union
  wants a strike", "seeks peace" are not marked.

- **an imputed preference**: "the company would rather pay for riot police than for wages" —
  "would rather ... than" said of someone else: the outlet claims to know what they prefer; and
  "the council chose tear gas over dialogue", a choice between things of unlike kinds (round s31).

- **a sanction dealt as a blow**: "the federation slapped her with a four-year ban" — a verb of a
  blow (a manner of striking) whose instrument or object is a penalty, an act or a possession
  in WordNet, not a thing (round s38).

Each is read only in the outlet's own voice: outside quotation marks and not the content of a
reporting verb or an "according to" (``motives.reported``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.loaded_rules.motives import reported
from storylens.nlp.wordnet import kinds_of, senses_of

if TYPE_CHECKING:  # imported when called (see evaluative.py)
    from storylens.nlp.event_rules import QuotedText

SCORE = 1.0
PEOPLE_FILES = frozenset({"noun.person", "noun.group"})
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})
REFLEXIVES = frozenset("itself themselves himself herself ourselves myself yourself yourselves".split())
PRAISE_SENSES = frozenset({"praise.v.01", "pride.v.01", "gloat.v.01"})
IDEAL_SENSES = frozenset({"ideal.n.01"})
# Only a word's most frequent senses are read ("model" is an exemplar in its fifth).
SENSES_READ = 5


def _senses(word: str, pos: str):
    return senses_of(word, pos)[:SENSES_READ]


def names_a_person_first(noun: str) -> bool:
    """The noun's most frequent WordNet sense is a person ("hostage", "prisoner")."""
    senses = _senses(noun, "n")
    return bool(senses) and senses[0].lexname() == "noun.person"


def could_be_people(token) -> bool:
    """The token may stand for people: a person, group or organisation entity, a pronoun, or a
    noun some of whose frequent senses are people or a group ("crew", "passengers")."""
    if token.ent_type_ in PEOPLE_ENTITIES or token.pos_ == "PRON":
        return True
    if token.pos_ == "PROPN":
        return True  # a name the NER did not type: it may be anyone's
    return any(s.lexname() in PEOPLE_FILES for s in _senses(token.lemma_, "n"))


# A person held, by the first sense of the noun (hostage, prisoner, captive): such a noun is no
# kind of person a compound can name ("prison guard" is one; "port hostage" is not).
HELD_SENSES = frozenset({"prisoner.n.01"})


def role_given_to_a_thing(token):
    """(verb, role noun) when ``token`` is a person noun predicated of a verb's object that is
    no person ("held the port hostage"); else None. The parser often reads the object and the
    role as one compound ("the busiest port hostage" as the object): a held person's noun whose
    compound modifier is no person or group is read as the role of that modifier."""
    if token.pos_ != "NOUN" or token.dep_ not in ("oprd", "xcomp", "ccomp", "attr", "npadvmod", "dobj"):
        return None
    verb = token.head
    if verb.pos_ != "VERB" or not names_a_person_first(token.lemma_):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c is not token]
    if not objects and token.dep_ == "dobj" and _held(token):
        objects = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not objects or any(could_be_people(o) for o in objects):
        return None
    return verb, token


def _held(noun) -> bool:
    senses = _senses(noun.lemma_, "n")
    return bool(senses) and bool(kinds_of(senses[0]) & HELD_SENSES)


def self_praise(token):
    """The verb when ``token`` is a verb of praising with a reflexive object ("congratulating
    itself"); else None."""
    if token.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
        return None
    if any(kinds_of(s) & PRAISE_SENSES for s in _senses(token.lemma_, "v")[:3]):
        return token
    return None


def model_of_a_virtue(token):
    """The noun when ``token`` is the attribute of a copula that is an ideal of a quality ("was
    a model of restraint"); else None."""
    if token.pos_ != "NOUN" or token.dep_ != "attr" or token.head.lemma_ != "be":
        return None
    if not any(kinds_of(s) & IDEAL_SENSES for s in _senses(token.lemma_, "n")):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            quality = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if quality and any(s.lexname() == "noun.attribute" for s in _senses(quality[0].lemma_, "n")):
                return token
    return None


DESIRE_SENSES = frozenset({"desire.v.01"})
HARM_SENSES = frozenset({"military_action.n.01", "aggression.n.03", "killing.n.02", "destruction.n.01"})
WRITER = frozenset({"i", "we"})


def _harm(noun) -> bool:
    senses = _senses(noun.lemma_, "n")
    return noun.pos_ == "NOUN" and bool(senses) and bool(kinds_of(senses[0]) & HARM_SENSES)


def wish_for_harm(token):
    """(start token, end char) when ``token`` is a verb of desiring, said of someone other than
    the writer, whose wish is a harm ("wanted war", "the war the government has wanted"); else
    None."""
    if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
        return None
    senses = _senses(token.lemma_, "v")
    if not senses or not kinds_of(senses[0]) & DESIRE_SENSES:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in WRITER:
        return None
    if token.dep_ == "relcl" and _harm(token.head) and not any(c.dep_ == "dobj" for c in token.children):
        return token.head, _subtree_end(token)
    harms = [c for c in token.children if c.dep_ == "dobj" and _harm(c)]
    if harms:
        return token, _subtree_end(harms[0])
    return None


def imputed_preference(token):
    """The verb when ``token`` is a verb with "would" and "rather" whose subject is not the writer
    and which sets its choice against another with "than"; else None."""
    if token.pos_ != "VERB":
        return None
    children = list(token.children)
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "rather" for c in children):
        return None
    if not any(t.lower_ == "than" for t in token.subtree if t.i > token.i):
        return None
    subjects = [c for c in children if c.dep_ == "nsubj"]
    return token if subjects and subjects[0].lower_ not in WRITER else None


# Senses of choosing one thing over another (choose.v.02 "select as an alternative over another",
# prefer.v.01 "like better"): with "over", the outlet sets the two things against each other.
CHOOSING_OVER = frozenset({"choose.v.01", "choose.v.02", "prefer.v.01"})


def choice_of_unlike_things(token):
    """The verb when ``token`` chooses one thing over another of another kind, said of someone else
    ("the regime chose bullets over talks": a weapon over a communication; round s31). Two things
    of one kind ("voters chose the mayor over her rival", "chose rail over road") are a plain
    report of a choice; the kinds are WordNet's lexicographer files of the two nouns' first senses."""
    if token.pos_ != "VERB" or not any(kinds_of(sense) & CHOOSING_OVER for sense in _senses(token.lemma_, "v")[:2]):
        return None
    chosen = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    over = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "over" for o in p.children if o.dep_ == "pobj"]
    over += [o for c in chosen for p in c.children if p.dep_ == "prep" and p.lower_ == "over" for o in p.children if o.dep_ == "pobj"]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not chosen or not over or not subjects or subjects[0].lower_ in WRITER:
        return None
    first, second = _senses(chosen[0].lemma_, "n"), _senses(over[0].lemma_, "n")
    return token if first and second and first[0].lexname() != second[0].lexname() else None


# A blow of the hand or a tool (WordNet: kinds of striking and hitting); the plain verbs themselves
# ("hit with a fine", "struck by sanctions") are news English and not read.
BLOW_SENSES = ("strike.v.01", "hit.v.03")
# What a sanction is in WordNet, in its first sense: an act, a communication, a possession
# (a ban is a prohibition, a fine money taken, a lawsuit an act), no thing one can be hit with.
SANCTION_FILES = frozenset({"noun.act", "noun.communication", "noun.possession"})


def sanction_dealt_as_a_blow(token):
    """(verb, sanction noun) when ``token`` is a verb of a blow, a manner of striking ("slapped",
    "smacked", "whacked"), whose instrument ("with a four-year ban") or object ("slapped a fine
    on the club") is in its first sense an act, a communication or a possession and whose other
    argument may be people: a penalty told as a blow is the outlet's figure (round s38). "Slapped
    his brother with a wet towel" (a thing) and "hit the club with a fine" (the plain verb) are
    not read."""
    if token.pos_ != "VERB":
        return None
    senses = _senses(token.lemma_.lower(), "v")
    if not senses or senses[0].name() in BLOW_SENSES or not (kinds_of(senses[0]) & set(BLOW_SENSES)):
        return None

    def sanction(noun) -> bool:
        first = _senses(noun.lemma_.lower(), "n")[:1]
        return noun.pos_ == "NOUN" and bool(first) and first[0].lexname() in SANCTION_FILES

    # the one struck: the object, or in the passive the subject ("she was slapped with a ban"; round s40)
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "with" and sanction(noun) and any(could_be_people(o) for o in objects):
                return token, noun
            if prep.lower_ == "on" and could_be_people(noun) and any(sanction(o) for o in objects):
                return token, noun
    return None


def _subtree_end(token) -> int:
    doc = token.doc
    last = max(t.i for t in token.subtree)
    while last > token.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[last].idx + len(doc[last].text)


def loaded_figures(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each loaded figure in the outlet's own voice."""
    from storylens.nlp.event_rules import QuotedText

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        span = None
        role = role_given_to_a_thing(token)
        if role is not None:
            verb, noun = role
            span = (verb.idx, noun.idx + len(noun.text), verb)
        elif (verb := self_praise(token)) is not None:
            span = (verb.idx, _subtree_end(verb), verb)
        elif (noun := model_of_a_virtue(token)) is not None:
            span = (noun.head.idx, _subtree_end(noun), noun.head)
        elif (wish := wish_for_harm(token)) is not None:
            span = (wish[0].idx, wish[1], token)
        elif (verb := imputed_preference(token)) is not None:
            rather = next(c for c in verb.children if c.lower_ == "rather")
            span = (min(rather.idx, verb.idx), _subtree_end(verb), verb)
        elif (verb := choice_of_unlike_things(token)) is not None:
            span = (verb.idx, _subtree_end(verb), verb)
        elif (blow := sanction_dealt_as_a_blow(token)) is not None:
            verb, last = blow
            span = (verb.idx, last.idx + len(last.text), verb)
        if span is None:
            continue
        start, end, anchor = span
        if not quoted.inside(start, end) and not reported(anchor):
            found.append((start, end, SCORE))
    return found
