"""Words that read as judging but are used in a plain sense (issue 19, round s35).

The judging-modifier scorer reads a word whatever it modifies ("crushed" 0.76, "overloaded"
0.82, "sabotage" 0.91), and WordNet's third sense of "crushed" ("subdued or brought low",
humility) passes the trait-of-character test. Which sense is meant is read from the noun the
word is said of and from who says it:

- **a physical or technical state of a thing** (``states_a_things_condition``): an adjective or
  participle before a noun whose first WordNet sense is a thing made or natural (noun.artifact,
  noun.object, noun.substance ...: "cab", "transformer", "roof"), when the adjective is a
  participle of a verb one of whose two first senses is physical (verb.contact, verb.change,
  verb.motion, verb.weather: crush "to compress with violence", overload "place too much a load
  on") or its first sense names a state or a measure (an attribute that is a kind of state.n.02
  or a magnitude: overladen, fullness), unless WordNet knows the two words as one noun ("into
  thin air": thin_air, nothingness). "crushed hopes", "a broken man" and "bloody repression"
  are said of no thing and are still read;
- **a post** (``names_a_post``): a span whose words outside names are one noun phrase headed by a
  noun whose first sense is a person, with no word that judges ("the plant's chief engineer",
  "chief" a rank: importance): a title, not a label;
- **someone else's classification** (``classified_by_someone``): the noun of an "as" phrase of a
  verb of treating or regarding (first sense in verb.social or verb.cognition: treat, regard,
  view, classify) that has an object and a subject other than "I"/"we": "Investigators are
  treating the failure as sabotage" reports the investigators' stance, not the outlet's charge.
"""

from __future__ import annotations

from storylens.nlp.wordnet import first_sense, kinds_of, senses_of

THING_FILES = frozenset(
    {"noun.artifact", "noun.object", "noun.substance", "noun.food", "noun.body", "noun.plant", "noun.animal"}
)
PHYSICAL_VERB_FILES = frozenset({"verb.contact", "verb.change", "verb.motion", "verb.weather"})
STATE_OR_MEASURE = frozenset({"state.n.02", "magnitude.n.01", "physical_property.n.01", "property.n.02"})
REGARDING_FILES = frozenset({"verb.social", "verb.cognition"})


def _a_thing(noun) -> bool:
    sense = first_sense(noun.lemma_.lower())
    return noun.pos_ == "NOUN" and sense is not None and sense.lexname() in THING_FILES


def _physical_participle(word: str) -> bool:
    from storylens.nlp.wordnet import wordnet

    verb = wordnet().morphy(word, "v")
    if verb is None:
        return False
    return any(sense.lexname() in PHYSICAL_VERB_FILES for sense in senses_of(verb, "v")[:2])


def _names_a_state(word: str) -> bool:
    senses = senses_of(word, "a")[:1]
    attributes = [a for s in senses for head in ([s] if s.pos() == "a" else s.similar_tos()) for a in head.attributes()]
    return bool(attributes) and all(kinds_of(a) & STATE_OR_MEASURE for a in attributes)


def states_a_things_condition(token) -> bool:
    """An adjective or participle said of a thing, in a physical or technical sense (module doc)."""
    if token.dep_ not in ("amod", "acomp") or token.pos_ not in ("ADJ", "VERB"):
        return False
    noun = token.head
    if token.dep_ == "acomp":
        subjects = [c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")]
        noun = subjects[0] if subjects else None
    if noun is None or not _a_thing(noun):
        return False
    if token.dep_ == "amod" and senses_of(f"{token.lower_}_{noun.lemma_.lower()}", "n"):
        return False  # "vanished into thin air": WordNet's thin_air is nothingness, no state of air (round s37)
    return _physical_participle(token.lower_) or _names_a_state(token.lower_)


def names_a_post(words) -> bool:
    """The words (content words of a span, names left out) are one noun phrase headed by a noun
    whose first sense is a person, none of them a verb: a title ("chief engineer")."""
    from storylens.nlp.loaded_rules.nouns import names_people

    if not words or any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "be" for t in words):
        return False
    heads = [t for t in words if t.pos_ == "NOUN" and names_people(t.lemma_.lower())]
    return any(all(w in set(head.subtree) or w.lemma_ == "be" for w in words) for head in heads)


def classified_by_someone(token) -> bool:
    """The noun is the "as" of a verb of treating or regarding said by someone else (module doc)."""
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return False
    verb = token.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "treating [the failure as sabotage]"
        verb = verb.head
    sense = first_sense(verb.lemma_.lower(), "v") if verb.pos_ == "VERB" else None
    if sense is None or sense.lexname() not in REGARDING_FILES:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return has_object and bool(subjects) and subjects[0].lower_ not in ("i", "we")
