"""A side named by a crime, in one article alone (issue 19, round s35): "Terrorists shelled the
depot", "the terrorist militia", "bandits of the Tane Front".

The judging-noun scorer rates "terrorists" (0.73) under "fighters" (0.83), and six retrainings
did not part them (docs/framing.md). Read instead from WordNet and the parse:

- **a noun for people defined by unlawful violence or crime**: every person sense of the noun
  is a kind of criminal.n.01 ("bandit", "thug", "gangster"), or is derived from an act that is a
  kind of crime.n.01 or terror.n.04 ("terrorist" from terrorism, "the use of extreme fear to
  coerce"); and it does not name people by the act the story tells: a noun made from a verb or
  an act noun that begins it ("kidnapper" from kidnap, "looter" from loot, "arsonist" from arson)
  reports who did it. "Attackers" (wrongdoer, not criminal), "fighters", "insurgents" (from
  rebellion, a conflict) and "gunmen" (one of its two senses is a marksman) stay plain;
- **used as the name of a side that acts**: in the outlet's own voice (outside quotations, not
  reported), the noun is the subject or object of a verb of conflict (one of its two first
  senses in verb.competition: fire, shell, attack, fight), or a plural with a group's name
  ("Redhand bandits", "terrorists of the Redhand Brigade"), or a singular modifying a noun for a
  group ("the terrorist militia", "terrorist cells") when WordNet knows the word only as people
  (not "criminal charges", an adjective that classifies, nor "torpedo boats", a weapon; round s38).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.wordnet import is_kind_of, senses_of

if TYPE_CHECKING:  # imported when called (see evaluative.py)
    from storylens.nlp.event_rules import QuotedText

CRIMINAL = "criminal.n.01"
UNLAWFUL_ACTS = ("crime.n.01", "terror.n.04")
GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})


def _base(noun: str) -> str:
    from storylens.nlp.wordnet import wordnet

    return wordnet().morphy(noun.lower(), "n") or noun.lower()


def _own_lemma(sense, word: str):
    return next((lemma for lemma in sense.lemmas() if lemma.name().lower() == word), None)


def _names_the_act(lemma, word: str) -> bool:
    """The noun is made from a verb or an act noun that begins it ("kidnap" -> "kidnapper",
    "arson" -> "arsonist"): it says who did the act, as the story tells it."""
    for related in lemma.derivationally_related_forms():
        stem = related.name().lower()
        if word.startswith(stem) and (related.synset().pos() == "v" or related.synset().lexname() == "noun.act"):
            return True
    return False


def _from_unlawful_act(lemma) -> bool:
    return any(
        related.synset().pos() == "n" and is_kind_of(related.synset(), *UNLAWFUL_ACTS)
        for related in lemma.derivationally_related_forms()
    )


def named_by_a_crime(noun: str) -> bool:
    """Every person sense of the noun is defined by crime or unlawful violence (module doc), and
    the noun names no act the story tells."""
    word = _base(noun)
    people = [sense for sense in senses_of(word) if sense.lexname() == "noun.person"]
    if not people:
        return False
    for sense in people:
        lemma = _own_lemma(sense, word)
        if lemma is not None and _names_the_act(lemma, word):
            return False
        if not (is_kind_of(sense, CRIMINAL) or (lemma is not None and _from_unlawful_act(lemma))):
            return False
    return True


def _conflict_verb(verb) -> bool:
    return verb.pos_ == "VERB" and any(s.lexname() == "verb.competition" for s in senses_of(verb.lemma_.lower(), "v")[:2])


def _with_a_group(noun) -> bool:
    """"Redhand bandits", "terrorists of the Redhand Brigade", "terrorists from the Tane Republic"."""
    if any(c.dep_ in ("compound", "amod", "poss") and _a_name(c) for c in noun.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ in ("of", "from") and any(_a_name(o) for o in p.subtree)
        for p in noun.children
    )


def _a_name(token) -> bool:
    """A group's or place's name: typed so, or a proper noun the model left untyped ("Redhand")."""
    return token.ent_type_ in GROUP_TYPES or (token.pos_ == "PROPN" and not token.ent_type_)


def acts_as_a_side(token) -> bool:
    """The noun names a side that acts in the story (module doc)."""
    from storylens.nlp.loaded_rules.nouns import names_a_group

    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and _conflict_verb(token.head):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and _conflict_verb(token.head.head):
        return True
    if token.tag_ == "NNS" and _with_a_group(token):
        return True
    if token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i:
        head = token.head
        return only_people(token.lower_) and head.pos_ == "NOUN" and (names_a_group(head.lemma_.lower()) or head.tag_ == "NNS")
    return False


def only_people(word: str) -> bool:
    """WordNet knows the word only as a noun for people: before another noun it can only say who
    the people are ("the terrorist militia", "terrorist cells"). A word WordNet also knows as an
    adjective classifies the noun after it ("criminal charges", "a criminal gang": "involving or
    being a crime"), and one it also knows as a thing names that thing ("torpedo boats": a
    weapon; its person sense is a hired gunman) (round s38, three such words added on the PTC
    dev set)."""
    from storylens.nlp.loaded_rules.nouns import names_only_people

    base = _base(word)
    return names_only_people(base) and not senses_of(base, "a")


def side_named_by_a_crime(token):
    """(start, end) of a noun for a side named by a crime (module doc), or None."""
    from storylens.nlp.loaded_rules.nouns import lower_case_word

    if not token.is_alpha or token.ent_type_ or not lower_case_word(token) or token.pos_ not in ("NOUN", "ADJ"):
        return None
    if not acts_as_a_side(token) or not named_by_a_crime(token.lower_):
        return None
    return token.idx, token.idx + len(token.text)


def criminal_sides(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each noun for a side named by a crime, in the outlet's own voice
    (outside quotations and reported speech, not in a question)."""
    from storylens.nlp.loaded_rules.verdicts import spans_in_outlet_voice

    return spans_in_outlet_voice(doc, (side_named_by_a_crime,), quoted)
