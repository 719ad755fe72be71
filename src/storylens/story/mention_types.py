"""Mentions the model mistyped or missed, read again with the whole story (issue 19, round s29).

Run by ``story/actors.py`` before the mentions are grouped into actors:

- an organisation's long name the model read as a person's ("Torvane Shipping Holdings"
  beside "Torvane") is an ORG when the words after its first say what kind of organisation it
  is (``retype_organisations_read_as_people``);
- the acronym of an organisation name of the story ("TSH") is a mention wherever the model
  left it untagged (``untagged_acronyms``), and so is a place before a noun for the people who
  live there ("Harnby residents", ``untagged_places_of_people``);
- a name one article introduces as a ship is a VESSEL in every article
  (``retype_vessels_named_elsewhere``);
- the name of a people the model typed ORG or PERSON ("Morvani officials", "Tavrenians") is a
  NORP, linked to the place of the story it is formed from (``read_demonyms``);
- (round s35) a person's full name the model typed as something else ("Ilse Brannock said ..."
  an ORG) is a PERSON when its article writes its last word after a form of address ("Ms
  Brannock"), so that the two are one person (``retype_people_with_a_form_of_address``);
- (round s35) an outlet of the story named by the last word(s) of its name after "the" ("the
  Post has learned", "told the Post") is an organisation, whatever the model typed it
  (``retype_outlets_named_short``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable

from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language
from storylens.nlp.entity_rules.verbs import VerbLexicon
from storylens.nlp.gazetteer import is_well_known_place
from storylens.nlp.names import (
    ORG_HEAD_WORDS,
    clean_name,
    is_demonym_of,
    looks_like_demonym,
    name_length,
    org_key,
)
from storylens.nlp.wordnet import is_kind_of, senses_of
from storylens.records import Mention, Span
from storylens.story.actor_merges import acronym_of, as_acronym
from storylens.story.context import StoryContext
from storylens.story.place_evidence import names_people_of_a_place, where_no_person_stands
from storylens.story.surnames import ADDRESS


@lru_cache(maxsize=1)
def _lexicon() -> VerbLexicon:
    from storylens.nlp.pipeline import shared_nlp  # loaded once per process, and only when asked

    return VerbLexicon(shared_nlp())


def is_common_noun(word: str) -> bool:
    """"shipping", "motors", "guard": a word of the language, not a name. The lemmatizer's noun
    index also holds some names of big places ("moscow"), which are no common nouns here."""
    if is_well_known_place(word):
        return False
    return word.lower() in ORG_HEAD_WORDS or _lexicon().is_noun_form(word)


PERSON_LEXNAME = "noun.person"


@lru_cache(maxsize=4096)
def _first_sense_is_a_person(word: str) -> bool:
    """"Cook", "Baker", "Smith": a surname that is a trade reads as a person first."""
    senses = senses_of(word)
    return bool(senses) and senses[0].lexname() == PERSON_LEXNAME


@lru_cache(maxsize=4096)
def _names_an_organisation(word: str) -> bool:
    """"Alliance", "Service", "Industries", "Council": a head word of organisation names, or a
    noun some sense of which WordNet files under organisation ("Holdings" has none: its senses
    are possessions)."""
    if word.lower() in ORG_HEAD_WORDS:
        return True
    return any(is_kind_of(sense, "organization.n.01") for sense in senses_of(word))


def _says_what_organisation(rest: list[str]) -> bool:
    """The words after a name's first word say what kind of organisation it is: capitalised
    common nouns, none of whose most frequent sense is a person, and either two of them
    ("Shipping Holdings") or a last one that names an organisation ("Alliance", "Service").
    "Hugo Brandt", "Ann Cook" and "Mary Rose" say nothing of the kind."""
    if not rest or not all(w[:1].isupper() and is_common_noun(w) and not _first_sense_is_a_person(w) for w in rest):
        return False
    return len(rest) >= 2 or _names_an_organisation(rest[-1])


def retype_organisations_read_as_people(mentions: list[Mention]) -> None:
    """A PERSON of several words is an organisation when its first word(s) name something alone
    in the story and the words after them are common nouns that the story never uses alone as a
    name: "Nordline Shipping" beside "Nordline denied ..." is a company and its short form, while
    a person's lone mention is the surname, the last word ("Hugo Brandt" / "Brandt"). So is
    one whose first word is named alone or opens an organisation's name in the story and whose
    other words say what kind of organisation it is ("Torvane Shipping Holdings" beside
    "Torvane Shipping" or "Torvane": ``_says_what_organisation``)."""
    alone = {clean_name(m.span.text).lower() for m in mentions}
    organisation_openers = {
        words[0].lower()
        for m in mentions
        if m.type == "ORG" and len(words := clean_name(m.span.text).split()) > 1
    }
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        words = clean_name(mention.span.text).split()
        if (words[0].lower() in alone or words[0].lower() in organisation_openers) and _says_what_organisation(words[1:]):
            mention.type = "ORG"
            continue
        for cut in range(1, len(words)):
            head, rest = " ".join(words[:cut]).lower(), words[cut:]
            if (
                head in alone
                and not any(w.lower() in alone for w in rest)
                and all(w[:1].isupper() and is_common_noun(w) for w in rest)
            ):
                mention.type = "ORG"
                break



def retype_people_with_a_form_of_address(mentions: list[Mention], texts: dict[str, str]) -> None:
    """ "Ilse Brannock" typed ORG where the article later writes "Ms Brannock": a name of two or
    three words, none a common noun nor a word saying what an organisation is, whose last word
    the same article writes after a form of address, is a person's."""
    for mention in mentions:
        if mention.type in ("PERSON", "NORP", "VESSEL"):
            continue
        words = clean_name(mention.span.text).split()
        if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
            continue
        if any(is_common_noun(w) or w.lower() in ORG_HEAD_WORDS for w in words):
            continue
        text = texts.get(mention.span.article, "")
        if any(ADDRESS.search(text[max(0, m.start() - 12) : m.start()]) for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text)):
            mention.type = "PERSON"


def retype_outlets_named_short(mentions: list[Mention], outlets: set[str], texts: dict[str, str]) -> None:
    """ "the Post" where an outlet of the story is the "Maresby Post": a name after "the" that is
    the last word(s) of an outlet's name, and a common noun (what the outlet is: a post, a herald,
    a courier), is that outlet, an ORG; the model reads "Post" as a place or a person."""
    tails = set()
    for outlet in outlets:
        words = clean_name(outlet).lower().split()
        tails.update(" ".join(words[i:]) for i in range(1, len(words)))
    if not tails:
        return
    for mention in mentions:
        name = clean_name(mention.span.text)
        if mention.type == "ORG" or name.lower() not in tails or not all(is_common_noun(w) for w in name.split()):
            continue
        text = texts.get(mention.span.article, "")
        if text[max(0, mention.span.start - 4) : mention.span.start].lower() == "the ":
            mention.type = "ORG"


# The fewest letters of an acronym looked for in text the model left untagged: two-letter words
# in capitals are too often something else ("PM", "US", "TV").
FOUND_ACRONYM_LETTERS = 3


def taken_spans(context: StoryContext, mentions: list[Mention]) -> dict[str, list[tuple[int, int]]]:
    """Character spans already held by a mention of any type, per article: a date or a number
    is no acronym and no place."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in [*mentions, *(m for analysis in context.analyses for m in analysis.mentions)]:
        taken[mention.span.article].append((mention.span.start, mention.span.end))
    return taken


def add_found(context: StoryContext, pattern: re.Pattern, label: str, taken, keep=lambda match: True) -> list[Mention]:
    """A mention of type ``label`` for each match of ``pattern`` (its group 1, else the whole
    match) outside the ``taken`` spans and accepted by ``keep``; each joins its article's list."""
    found = []
    for analysis in context.analyses:
        article, text = analysis.article.id, analysis.article.text
        for match in pattern.finditer(text):
            start, end = match.span(1) if pattern.groups else match.span()
            if any(s < end and start < e for s, e in taken[article]) or not keep(match):
                continue
            mention = Mention(Span.of(article, text, start, end), label)
            analysis.mentions.append(mention)  # the article's own list holds every mention
            taken[article].append((start, end))
            found.append(mention)
        analysis.mentions.sort(key=lambda m: m.span.start)
    return found


# Lower-case words an organisation's name may hold between its capitalised words.
NAME_LINKS = r"(?:(?:of|and|for|the|de)[ \t]+)?"


def untagged_acronyms(context: StoryContext, mentions: list[Mention]) -> list[Mention]:
    """Mentions the model left untagged of an acronym and of its organisation's name, so that
    ``actor_merges.merge_names`` can join the two:

    - a word in capitals that spells the capitals of one organisation name of the story ("TSH
      shares fell" beside "Torvane Shipping Holdings" in another article);
    - for an acronym of the story that no name of it spells ("CMA"), a run of capitalised words
      of the story with those initials ("Corvell Mining Alliance said ..." left untagged)."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.type == "ORG" and name_length(clean_name(mention.span.text)) >= 2:
            letters = acronym_of(mention.span.text)
            if len(letters) >= FOUND_ACRONYM_LETTERS:
                spelled[letters].add(org_key(mention.span.text))
    taken = taken_spans(context, mentions)
    found = []
    spelled = {letters: keys for letters, keys in spelled.items() if len(keys) == 1}
    if spelled:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(spelled))) + r")\b")
        found += add_found(context, pattern, "ORG", taken)
    unspelled = {
        letters
        for m in mentions
        if m.type == "ORG" and len(letters := as_acronym(m.span.text)) >= FOUND_ACRONYM_LETTERS and letters not in spelled
    }
    for letters in sorted(unspelled):
        words = [rf"{letter}[a-z][\w'’-]*" for letter in letters]
        pattern = re.compile(r"\b" + (r"[ \t]+" + NAME_LINKS).join(words) + r"\b")
        expansions = {match.group(0) for analysis in context.analyses for match in pattern.finditer(analysis.article.text)}
        if len(expansions) == 1:  # one name of the story spells it
            found += add_found(context, pattern, "ORG", taken)
    return found


# A capitalised word and the lower-case noun after it: "Harnby residents".
NAME_BEFORE_NOUN = re.compile(r"\b([A-Z][a-z]{2,})[ \t]+([a-z]+)\b")


def untagged_places_of_people(context: StoryContext, mentions: list[Mention]) -> list[Mention]:
    """Places the model left untagged before a noun for the people who live there ("Harnby
    residents said ...", ``place_evidence.names_people_of_a_place``): a capitalised word that is
    no word of the language, outside any mention, is a GPE."""

    def keep(match: re.Match) -> bool:
        return names_people_of_a_place(match.group(2)) and not is_a_word_of_the_language(match.group(1))

    return add_found(context, NAME_BEFORE_NOUN, "GPE", taken_spans(context, mentions), keep)


def retype_vessels_named_elsewhere(mentions: list[Mention], texts: dict[str, str] | None = None) -> None:
    """A name that some article introduces as a ship ("the container ship Marsh Wren": VESSEL,
    ``nlp/entity_rules/kinds.py``) is the ship in every article of the story, whatever type the
    model gave it where no vessel noun stands beside it ("the Marsh Wren docked" as ORG or as a
    person's full name). A name that some mention places ("sailed from Kellport", "in Kellport",
    "Kellport residents": ``place_evidence.where_no_person_stands``) is a place in every article
    instead, whatever other names of the story are ships (round s33; a ship takes "the": "in
    the Marsh Wren" is no evidence). ``texts``: article id -> text."""
    texts = texts or {}

    def placed(m: Mention) -> bool:
        text = texts.get(m.span.article, "")
        return bool(text) and where_no_person_stands(text, m.span.start, m.span.end)

    vessels = {clean_name(m.span.text).lower() for m in mentions if m.type == "VESSEL"}
    if not vessels:
        return
    places = {clean_name(m.span.text).lower() for m in mentions if clean_name(m.span.text).lower() in vessels and placed(m)}
    for mention in mentions:
        name = clean_name(mention.span.text).lower()
        if name in places and mention.type == "VESSEL":
            mention.type = "GPE"
        elif mention.type != "VESSEL" and name in vessels - places:
            mention.type = "VESSEL"


def read_demonyms(mentions: list[Mention], key_of: Callable[[str], str]) -> dict[int, str]:
    """Names of peoples the model typed ORG or PERSON ("Morvani officials", "Tavrenians") are
    NORP, which makes no actor of its own. Returns, for each such mention formed from a one-word
    name of the story ("Morvani" from "Morvan"), that name's merge key: the mention then points
    to the place's actor, and the place has its people named. ``key_of`` gives a name's merge key."""
    names = {
        clean_name(m.span.text).lower(): key_of(m.span.text)
        for m in mentions
        if m.type != "NORP" and name_length(clean_name(m.span.text)) == 1
    }
    # a common word is neither: "Guardian" is no people of a "Guard"
    names = {name: key for name, key in names.items() if not is_a_word_of_the_language(name)}
    linked: dict[int, str] = {}
    for mention in mentions:
        word = clean_name(mention.span.text)
        if name_length(word) != 1 or mention.type not in ("ORG", "PERSON", "NORP"):
            continue
        known = _names_a_people(word)
        if not known and is_a_word_of_the_language(word):
            continue
        places = {key for name, key in names.items() if is_demonym_of(word, name)}
        if len(places) == 1:
            linked[id(mention)] = places.pop()
            mention.type = "NORP"
        elif not places and mention.type == "ORG" and (known or looks_like_demonym(word)):
            mention.type = "NORP"
    return linked


# How WordNet defines the name of a people: "a native or inhabitant of Russia", "the Slavic
# language spoken in the Ukraine", "a descendant of the Arabs who inhabited Palestine".
PEOPLE_DEFINITION = re.compile(r"\b(?:native|inhabitant|citizen)s? of\b|\binhabited\b|\blanguage (?:spoken|that is)\b")


@lru_cache(maxsize=4096)
def _names_a_people(word: str) -> bool:
    """"Russians", "Israeli", "Ukrainians": a noun sense of the word is defined as a people or
    its language; "Guardian" ("a person who cares for ...") is not."""
    return any(PEOPLE_DEFINITION.search(sense.definition()) for sense in senses_of(word))
