"""How the outlet depicts an act in its own voice, with plain words (issue 19, round s32).

Each is read from the parse and WordNet, none from a list of words:

- force done to people: a verb whose first WordNet sense is a *kind* of pulling, pushing or
  throwing (drag.v.01, "pull, as against a resistance"; haul, yank, hurl, shove) with people for
  its patient, taken from their own place ("residents were dragged from their homes", "police
  hauled the strikers from their cars"): the manner verb makes an arrest or an eviction a scene
  of violence. A rescue in the same words ("dragged survivors from the rubble") is not read. The plain verbs
  themselves (pull.v.01, push.v.01, throw.v.01) are not read, nor a thing moved ("dragged the
  boat ashore");
- innocence asserted: a noun whose first sense is a wrongdoing (a kind of wrongdoing.n.02 or
  immorality.n.01: crime, offence, sin) limited by "only" and the subject of "be" ("a teacher
  whose only crime was signing a petition"): the outlet says the act was no crime;
- a motive slipped into an adverb: an adverb whose adjective WordNet glosses as suiting someone's
  needs or advantage ("conveniently": convenient.a.01, "suited to your comfort or purpose or needs") on an
  active verb whose subject is not a physical thing ("the ban conveniently covers the districts
  where ..."): the act is said to serve someone's ends. "The station is conveniently located"
  (a passive, a building) is plain;
- instigation imputed: a verb in the passive with an agent, whose first WordNet sense (read with
  its particle, ``motives.phrasal_lemma``) is urging on, inciting or manipulating (prod.v.02
  "urge on; cause to act", incite.v.02, manipulate.v.01, and their kinds), done by people
  ("the strikers, egged on by foreign paymasters, blocked the bridge"): the outlet says others
  set them on.

All outside quotation marks, not the content of a reporting verb and not in a question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.loaded_rules.figures import could_be_people
from storylens.nlp.loaded_rules.motives import phrasal_lemma
from storylens.nlp.loaded_rules.verdicts import span_end, span_start, spans_in_outlet_voice
from storylens.nlp.wordnet import ancestors_of, first_sense, wordnet

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

# The plain verbs of moving something by force; their kinds add a manner (against resistance,
# suddenly, roughly, forcefully).
FORCE_ROOTS = frozenset({"pull.v.01", "push.v.01", "throw.v.01"})
INSTIGATION = frozenset({"prod.v.02", "incite.v.02", "manipulate.v.01"})
WRONGDOING = frozenset({"wrongdoing.n.02", "immorality.n.01"})
# What a gloss says of an adjective that suits someone's ends ("suited to your comfort or purpose
# or needs"). Not "purpose" alone: "intentionally" is "characterized by conscious design or
# purpose", which states a will, not whom the act suits (it gave two spans off the PTC gold).
PURPOSE_WORDS = ("suited to", "needs", "advantage")


def force_done_to_people(token):
    """(start, end) of "dragged from their homes": the verb and its place or direction."""
    if token.pos_ != "VERB":
        return None
    sense = first_sense(token.lemma_.lower(), "v")
    if sense is None or sense.name() in FORCE_ROOTS or not (ancestors_of(sense) & FORCE_ROOTS):
        return None
    passive = any(c.dep_ == "auxpass" for c in token.children)
    patients = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not patients or not all(_people(p) for p in patients):
        return None
    # Rescuers drag survivors from the rubble and haul them into lifeboats in the same words; what
    # makes the force an eviction or an arrest is that the people are taken from their own place
    # ("from their homes", "from his bed"): a "from" phrase whose noun has a possessive.
    places = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
              and any(g.dep_ == "pobj" and any(d.dep_ == "poss" for d in g.children) for g in c.children)]
    if not places:
        return None
    end = span_end(places[0])
    start = token.idx if passive else min(t.idx for t in patients[0].subtree if t.i > token.i)
    return min(token.idx, start), end


def _people(token) -> bool:
    from storylens.nlp.loaded_rules.nouns import names_people

    counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if token.pos_ == "NOUN" and counted and first_sense(token.lemma_.lower(), "n") is not None:
        if first_sense(token.lemma_.lower(), "n").lexname() == "noun.quantity":
            return _people(counted[0])  # "dozens of villagers"
    if token.pos_ == "NOUN":
        return names_people(token.lemma_.lower()) or (token.lemma_.lower() == "people")
    return could_be_people(token)


def innocence_asserted(token):
    """(start, end) of "whose only crime was signing a petition": the subject to the clause end."""
    # "was signing": the parser may read the copula and a gerund as a progressive
    if token.lemma_ != "be" and not any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        return None
    for subject in (c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if not any(c.lower_ == "only" for c in subject.children):
            continue
        sense = first_sense(subject.lemma_.lower(), "n")
        if sense is not None and (ancestors_of(sense) & WRONGDOING):
            return span_start(subject), span_end(token)
    return None


def serves_an_end(adverb: str) -> bool:
    """Every sense of the adverb pertains to an adjective glossed as suiting someone's needs."""
    senses = wordnet().synsets(adverb.lower(), pos="r")
    # every sense, so that an adverb with a plain sense besides ("won handily": easily) is not read
    return bool(senses) and all(
        any(word in p.synset().definition() for lemma in sense.lemmas() for p in lemma.pertainyms() for word in PURPOSE_WORDS)
        for sense in senses
    )


def motive_in_an_adverb(token):
    """(start, end) of "conveniently covers the districts ...": the adverb to the clause end."""
    if token.dep_ != "advmod" or token.pos_ != "ADV" or token.head.pos_ != "VERB":
        return None
    verb = token.head
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" or not serves_an_end(token.text):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].pos_ == "NOUN":
        sense = first_sense(subjects[0].lemma_.lower(), "n")
        if sense is not None and "physical_entity.n.01" in ancestors_of(sense) and sense.lexname() != "noun.person":
            return None  # "the hotel conveniently sits by the station"
    return token.idx, span_end(verb)


def instigation_imputed(token):
    """(start, end) of "egged on by foreign paymasters": the verb to the end of its agent."""
    if token.pos_ != "VERB":
        return None
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents or not _people(agents[0]):
        return None
    sense = first_sense(phrasal_lemma(token), "v")
    if sense is None or not ({sense.name()} | ancestors_of(sense)) & INSTIGATION:
        return None
    return token.idx, span_end(agents[0])


READINGS = (force_done_to_people, innocence_asserted, motive_in_an_adverb, instigation_imputed)


def outlet_depictions(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each depiction the outlet gives in its own voice (module doc)."""
    return spans_in_outlet_voice(doc, READINGS, quoted)
