"""Evaluative adjectives in the outlet's own voice, with the noun phrase they describe.

The tagger scores "relentless" in "the regime's relentless aggression" under its seed threshold
when the sentence around it reads as plain report. An adjective whose own learned weight in the
tagger is high (``EVALUATIVE_WEIGHT``), modifying a noun, outside quotation marks, is a loaded
description by the outlet: the span is the noun phrase from its possessor or first modifier to
the noun ("regime's relentless aggression").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.loaded_rules.filters import lexical_weight
from storylens.nlp.wordnet import kinds_of, senses_of

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

EVALUATIVE_WEIGHT = 0.25
# The judging-modifier scorer's probability (loaded_rules/modifiers.py) from which an adjective
# judges by its meaning alone, whatever the tagger learned of it: "cowardly" 0.86, "dishonest"
# 0.86, "shameless" 0.95 against "deadly" 0.68, "bandaged" 0.65, "western" 0.40 (round s29).
JUDGING_MEANING = 0.8
# With a tagger weight of 0.25 or more, the scorer need only read the adjective as more likely
# judging than plain: "bad" 0.55, "extreme" 0.65, "stunning" 0.70 stay; "western" 0.40 and
# "small" 0.13, which PTC's contexts weigh 0.26 and 0.42, go. (0.6, the bar of
# ``filters.EVALUATIVE_SCORE`` for any word of a long span, was tried first: it lost "bad actor",
# a gold span of the PTC gate; docs/framing.md, round s29.)
CONFIRMING_MEANING = 0.5
# An adjective WordNet reads as a judgement of character, morals or worth (``judges_character``)
# needs only the bar at which the scorer reads any word of a long span as evaluative
# (``filters.EVALUATIVE_SCORE``): "reckless" 0.69, "heroic" 0.65, "rotten" 0.72 (round s30).
CHARACTER_MEANING = 0.6
# What a judging adjective's attribute is a kind of in WordNet: a trait of character (boldness,
# carefulness, cowardice) or morality (rightness, honesty). A plain adjective's attribute is a
# property (size, thickness, colour, age, strength).
CHARACTER_KINDS = frozenset({"trait.n.01", "morality.n.01"})
# good.a.01 and bad.a.01 have the attribute quality.n.01 itself: worth, read in the first sense only
# ("sad" is "bad; unfortunate" in its third).
WORTH = "quality.n.01"
SENSES_READ = 3


def _attribute_kinds(sense) -> set[str]:
    """The attributes of an adjective sense (of its head adjective, for a satellite) and what
    they are kinds of."""
    heads = [sense] if sense.pos() == "a" else sense.similar_tos()
    kinds: set[str] = set()
    for head in heads:
        for attribute in head.attributes():
            kinds |= kinds_of(attribute)
    return kinds


def adjective_senses(word: str):
    return senses_of(word, "a")


def judges_character(word: str) -> bool:
    """WordNet reads the adjective, in one of its ``SENSES_READ`` most frequent senses, as a trait
    of character or a moral quality ("reckless": boldness, carefulness; "heroic": boldness;
    "cowardly": cowardice), or in its first as good or bad ("rotten": very bad). "Fair" and "kind"
    pass too, so the meaning scorer must agree (``CHARACTER_MEANING``)."""
    senses = adjective_senses(word)[:SENSES_READ]
    if not senses:
        return False
    if WORTH in {a.name() for head in ([senses[0]] if senses[0].pos() == "a" else senses[0].similar_tos()) for a in head.attributes()}:
        return True
    return any(_attribute_kinds(sense) & CHARACTER_KINDS for sense in senses)


def judges_by_meaning(word: str, meaning: float) -> bool:
    """An adjective judges by its meaning alone: the modifier scorer's probability ``meaning`` is
    ``JUDGING_MEANING`` or more, or ``CHARACTER_MEANING`` or more for a word WordNet reads as a
    trait of character or worth ("reckless", "heroic"). "Aground" (0.64, a ship's state) does not."""
    return meaning >= JUDGING_MEANING or (meaning >= CHARACTER_MEANING and judges_character(word))


def evaluative_phrases(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, the adjective's weight) of each evaluative noun phrase."""
    from storylens.nlp.event_rules import QuotedText
    from storylens.nlp.loaded_rules.modifiers import modifier_score, score_modifiers
    from storylens.nlp.loaded_rules.motives import reported

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    from storylens.nlp.loaded_rules.nouns import lower_case_word

    # Read as adjectives: "cowardly" in "a cowardly night raid", often tagged an adverb; a
    # participle before its noun that WordNet also knows as an adjective ("the damning report",
    # "damning" tagged a verb); a lower-case word a headline's parse takes for part of a name
    # ("heroic lifeboat crews", "heroic" a proper-noun compound). A word capitalised only as the
    # first of its sentence or headline ("Reckless director, heroic crews") is a common word.
    adjectives = [t for t in doc if _read_as_adjective(t) and lower_case_word(t) and t.is_alpha]
    score_modifiers([_base_form(t) for t in adjectives])
    from storylens.nlp.loaded_rules.plain_senses import states_a_things_condition

    for token in adjectives:
        if states_a_things_condition(token):
            continue  # "his crushed cab", "an overloaded transformer": a thing's state (round s35)
        weight = lexical_weight(token.text)
        # A comparative or superlative is read in its base form: the degree ranks ("the deadliest
        # collapse since the war" is a fact of record), only the word judges; the scorer read
        # "deadliest" 0.90 against "deadly" 0.68 (round s31).
        word = _base_form(token)
        meaning = modifier_score(word)
        head = token.head
        # A word the parser tags an adjective that WordNet knows only as a verb is a verb misread
        # ("when inmates overpowered guards": "inmates" taken for the verb): its meaning is no
        # judgement of the noun after it (round s30).
        by_meaning = bool(adjective_senses(token.lower_)) and judges_by_meaning(word, meaning)
        if token.dep_ in ("acomp", "amod") and by_meaning and not (token.dep_ == "amod" and head.i > token.i):
            # said of something after a copula or after its noun: "a name as dishonest as the men
            # who chose it", "the raid was cowardly" — the adjective with its complements
            start, end = _subtree_range(token)
            if not quoted.inside(start, end) and not reported(token):
                found.append((start, end, meaning))
            continue
        if token.dep_ not in ("amod", "compound") or head.pos_ not in ("NOUN", "PROPN") or head.i < token.i:
            continue
        # The tagger's weight of a word is learned from the contexts PTC's propaganda uses it in
        # ("western" 0.26), so its meaning must judge too; a word the tagger never weighed is
        # read by its meaning alone, at a higher bar ("cowardly" 0.86, "dishonest" 0.86).
        if not ((weight >= EVALUATIVE_WEIGHT and meaning >= CONFIRMING_MEANING) or by_meaning):
            continue
        modifiers = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound") and c.i < token.i]
        # from the possessor ("regime's"), unless that is a name: a name is no part of the loading
        first = min([token] + [c for c in modifiers if not c.ent_type_], key=lambda t: t.i)
        last = head
        while last.dep_ == "compound" and last.head.i > last.i:  # "reckless harbour master"
            last = last.head
        start, end = first.idx, last.idx + len(last.text)
        if not quoted.inside(start, end):
            found.append((start, end, max(weight, meaning)))
    return found


def _base_form(token) -> str:
    """The adjective's base form when it is a comparative or superlative WordNet knows ("deadliest"
    -> "deadly"), else the word as written, lower-cased."""
    if token.tag_ in ("JJR", "JJS") and token.lemma_.lower() != token.lower_ and adjective_senses(token.lemma_.lower()):
        return token.lemma_.lower()
    return token.lower_


# WordNet's sense of "so-called" and "self-styled": a premodifier that casts doubt on the noun.
DOUBTING_SENSES = frozenset({"alleged.s.02", "self-styled.s.01"})


def doubting_premodifiers(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, 1.0) of "the so-called commander", "self-styled experts": a hyphenated
    premodifier, read whole, whose first WordNet sense is "doubtful or suspect" (or claimed
    without justification), before a common noun for a person or group, in the outlet's voice
    (round s31). Before a proper name or a term ("the so-called Schengen area", "a so-called dead
    zone") it introduces the name, and it is not read."""
    from storylens.nlp.event_rules import QuotedText
    from storylens.nlp.loaded_rules.motives import reported
    from storylens.nlp.wordnet import wordnet

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        if token.tag_ != "HYPH" or token.i == 0 or token.i + 1 >= len(doc):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        noun = after.head
        if after.dep_ != "amod" or noun.pos_ != "NOUN" or noun.i <= after.i or token.whitespace_ or before.whitespace_:
            continue
        senses = wordnet().synsets(f"{before.lower_}-{after.lower_}", pos="a")
        if not senses or senses[0].name() not in DOUBTING_SENSES:
            continue
        noun_senses = wordnet().synsets(noun.lemma_.lower(), pos="n")
        if not noun_senses or noun_senses[0].lexname() not in ("noun.person", "noun.group"):
            continue
        start, end = before.idx, noun.idx + len(noun.text)
        if not quoted.inside(start, end) and not reported(noun):
            found.append((start, end, 1.0))
    return found


def _read_as_adjective(token) -> bool:
    if token.pos_ == "ADJ":
        return True
    if token.pos_ in ("ADV", "VERB") and token.dep_ == "amod":
        return bool(adjective_senses(token.lower_))
    if token.pos_ == "PROPN" and token.dep_ == "compound" and token.is_lower:
        return bool(adjective_senses(token.lower_))
    if token.pos_ == "NOUN" and token.dep_ == "compound" and token.is_lower:
        return _adjective_read_as_a_person(token)
    return False


def _adjective_read_as_a_person(token) -> bool:
    """A word the parser made a noun compound ("savage budget cuts": "savage" is also a person
    noun) that WordNet knows as an adjective and, as a noun, only as a person, before a noun
    that names no people: a person cannot be a kind of cuts, so the word is the adjective
    (round s38). Before people ("savage raiders") it is not read here, nor "police budget"
    ("police" is a group)."""
    from storylens.nlp.loaded_rules.nouns import names_only_people, names_people

    head = token.head
    if head.i <= token.i or head.pos_ != "NOUN" or names_people(head.lemma_.lower()):
        return False
    return bool(adjective_senses(token.lower_)) and names_only_people(token.lower_)


def _subtree_range(token) -> tuple[int, int]:
    """The adjective with its degree words and complements ("as dishonest as the men who chose
    it"), without a subject the parser hangs from it ("how devastating it [is]")."""
    parts = [token] + [t for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "punct") for t in c.subtree]
    tokens = [t for t in parts if not (t.is_punct or t.is_space)]
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)
