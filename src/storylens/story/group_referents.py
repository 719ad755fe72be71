"""An outlet's word for a group that its own article does not name, read across the story
(issue 19, round s31): "the opposition" in a partisan article that never names the party, where
another outlet writes "the Tarsland Freedom Party, the main opposition party"; "the regime" in an
article that names no government, where another writes "the government of Tarsland".

Inside one article ``nlp/label_rules/referents.py`` reads such phrases when the article names
the group; this step reads the ones left over against the story's actors:

- **a noun for a government** ("the regime", "the authorities"; ``kinds.names_a_government``)
  stands for the one place its article writes as a government's ("the government of
  Veldra", "Veldra's government"), or, when the article writes none, the one place the story's
  other articles write so. The noun the story writes with that place ("government") is no
  label; another one is, of kind "characterisation" when no other outlet writes the word in
  its own voice (one side's word: "the regime"), else "description" (a plain synonym);
- **a noun the story's descriptions of one group hold** ("opposition" of "the main opposition
  party"), a noun that may name a group or a person in WordNet (``kinds.may_name_a_body``) and
  no word of any actor's name: a `Label` of kind "description" of that group. Two groups so
  described, or none, and nothing is attached.

Only the outlet's own words count: a phrase inside quotation marks, or in a clause its article
attributes to a speaker, is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from storylens.nlp.gazetteer import is_country, is_town
from storylens.nlp.label_rules.contrast import set_against_in_text
from storylens.nlp.label_rules.kinds import DESCRIBING_KINDS, head_phrase, may_name_a_body, names_a_governing_body, names_a_government
from storylens.records import Actor, Label, Span
from storylens.story.brief.voice import QUOTED, own_words as outlet_words
from storylens.story.context import StoryContext
from storylens.story.place_evidence import said_to_be_a_settlement

GROUP_ACTOR_TYPES = frozenset({"ORG", "NORP"})
# Types that hold a government only when the story writes one as theirs ("the government of X").
SEAT_NAMED_TYPES = frozenset({"ORG", "NORP"})
# "the regime", "the opposition", "the regime's soldiers": a definite article and one lower-case word
OPEN_PHRASE = re.compile(r"\b[Tt]he ([a-z][a-z-]+)\b")
WORD = re.compile(r"[a-z][a-z-]+")
TOWN_IN_DEFINITION = re.compile(r"\b(?:city|town|village|municipal\w*|borough)\b")


def _base(word: str) -> str:
    from storylens.nlp.wordnet import wordnet

    return wordnet().morphy(word, "n") or word


def _seats(text: str, places: dict[str, str]) -> dict[str, set[str]]:
    """The places (actor ids) a text writes as a government's, with the nouns it writes for
    that government: "the government of X", "the regime in X", "X's government", "the X
    government"."""
    found: dict[str, set[str]] = defaultdict(set)
    for spelling, actor_id in places.items():
        name = re.escape(spelling)
        for match in re.finditer(rf"\b(\w+) (?:of|in) {name}\b|\b{name}(?:['’]s)? (\w+)\b", text):
            noun = (match.group(1) or match.group(2) or "").lower()
            if noun and names_a_government(noun):
                found[actor_id].add(_base(noun))
    return found


@lru_cache(maxsize=1024)
def _names_a_towns_office(word: str) -> bool:
    """ "mayor": WordNet's first sense of the noun is a person defined by a town or a city ("the
    head of a city government"), so "the mayor of X" makes X a town."""
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(word.lower(), "n")
    return sense is not None and sense.lexname() == "noun.person" and bool(TOWN_IN_DEFINITION.search(sense.definition()))


def _a_settlement(spellings: list[str], texts: list[str]) -> bool:
    """The story says the place is a town or a city: "Karvossa, the capital", "the mayor of
    Karvossa", or the gazetteer knows it as a town and not as a country. A government sits in a
    capital, but "the regime in Karvossa" is the country's government, never the town's
    (round s32)."""
    if any(is_town(name) and not is_country(name) for name in spellings):
        return True
    for text in texts:
        for name in spellings:
            for match in re.finditer(rf"\b{re.escape(name)}\b", text):
                if said_to_be_a_settlement(text, match.start(), match.end()):
                    return True
                office = re.search(r"\b(\w+) of (?:the )?$", text[max(0, match.start() - 40) : match.start()])
                if office and _names_a_towns_office(office.group(1)):
                    return True
    return False


def _described_by(actors: list[Actor]) -> dict[str, set[str]]:
    """Word (base form) -> the group actors the head phrase of whose descriptions in some
    outlet's own words holds it (``kinds.head_phrase``: "opposition" of "the main opposition
    party", not "residents" of "the body responsible for the safety of residents")."""
    from storylens.story.brief.sentences import parse

    described = [(actor, label) for actor in actors if actor.type in GROUP_ACTOR_TYPES for label in actor.labels]
    described = [(actor, label) for actor, label in described if label.kind in DESCRIBING_KINDS and not label.attributed]
    texts = sorted({label.label for _, label in described})
    words_of = {text: {_base(t.text) for t in head_phrase(doc[:]) if WORD.fullmatch(t.text)} for text, doc in zip(texts, parse(texts))}
    found: dict[str, set[str]] = defaultdict(set)
    for actor, label in described:
        for word in words_of[label.label]:
            found[word].add(actor.id)
    return found


def _governing_body(actors: list[Actor]) -> Actor | None:
    """The one organisation of the story whose name says it governs ("Provisional
    Administration"; ``kinds.names_a_governing_body``), or None."""
    bodies = [
        a for a in actors
        if a.type == "ORG" and any(len(alias.split()) > 1 and alias[:1].isupper() and names_a_governing_body(_name_head(alias)) for alias in a.aliases)
    ]
    return bodies[0] if len(bodies) == 1 else None


def _name_head(name: str) -> str:
    """The word a name is headed by: its last word, or the last before "of" ("Government" of
    "Government of Dalmor", round s34; "Administration" of "Provisional Administration")."""
    return name.split(" of ")[0].split()[-1]


def _move_placed_governments(context: StoryContext, body: Actor) -> None:
    """ "the puppet government in Dravo", read in an article that names no governing body, went
    to the place: the phrase places the government there, the place is not the government. The
    story's one governing body is (round s33)."""
    texts = {analysis.article.id: analysis.article.text for analysis in context.analyses}
    for actor in context.actors:
        if actor.type != "GPE":
            continue
        names = [re.escape(alias) for alias in actor.aliases if alias[:1].isupper()]
        placed = re.compile(rf"\s+in\s+(?:{'|'.join(names)})\b") if names else None
        kept = []
        for label in actor.labels:
            text = texts.get(label.span.article, "")
            words = WORD.findall(label.label.lower())
            if placed and words and names_a_government(_base(words[-1])) and placed.match(text, label.span.end):
                label.target = body.name
                body.labels.append(label)
            else:
                kept.append(label)
        actor.labels = kept


def group_referent_labels(context: StoryContext) -> list[Label]:
    """Label each leftover "the <noun>" that the story's actors say whom it stands for; the
    labels are added to their actors and returned."""
    actors = {a.id: a for a in context.actors}
    texts = [analysis.article.text for analysis in context.analyses]
    # the places that can hold a government: no town the story names ("the mayor of X"); and a
    # name the model typed an organisation or a people that the story writes as a government's
    # ("the government of Velmoria", Velmoria typed ORG): the phrase says it is a polity (round s35)
    places = {
        alias: a.id
        for a in context.actors
        if (a.type == "GPE" and not _a_settlement([al for al in a.aliases if al[:1].isupper()], texts)) or a.type in SEAT_NAMED_TYPES
        for alias in a.aliases
        if alias[:1].isupper() and alias.lower() not in STOP_WORDS  # "The" of "The regime" made a place: no name
    }
    name_words = {w.lower() for a in context.actors for alias in a.aliases for w in alias.split()}
    described = _described_by(context.actors)
    # the places each article writes as a government's, and the nouns the story writes for them
    seat_nouns: dict[str, set[str]] = defaultdict(set)
    seats_of = {}
    for analysis in context.analyses:
        seats = _seats(analysis.article.text, places)
        seats_of[analysis.article.id] = set(seats)
        for actor_id, nouns in seats.items():
            seat_nouns[actor_id] |= nouns
    taken = {(l.span.article, l.span.start) for a in context.actors for l in a.labels}
    taken |= {(article, start) for article, start, _ in context.actor_of_mention}
    own_words: dict[str, set[str]] = defaultdict(set)  # outlet -> the words it writes in its own voice
    for analysis in context.analyses:
        own_words[analysis.article.outlet or context.source_key(analysis.article.id)] |= outlet_words(analysis.article.text)
    body = _governing_body(context.actors)
    if body is not None:
        _move_placed_governments(context, body)
    found = []
    for analysis in context.analyses:
        article = analysis.article
        text = article.text
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        attributed = [(m.sentence.start, m.sentence.end) for m in analysis.claim_mentions if m.attributed_to]
        outlet = article.outlet or context.source_key(article.id)
        own_seats = seats_of[article.id]
        other_seats = set().union(*(s for a, s in seats_of.items() if a != article.id)) if len(seats_of) > 1 else set()
        seats = own_seats or other_seats
        # the government the story names: its governing body (round s33), else its one seat
        government = body if body is not None else (actors[next(iter(seats))] if len(seats) == 1 else None)
        for match in OPEN_PHRASE.finditer(text):
            word = match.group(1)
            start, end = match.start(1), match.end(1)
            base = _base(word)
            if word in name_words or base in name_words or (article.id, start) in taken:
                continue
            if any(s <= start < e for s, e in quoted + attributed):
                continue
            if set_against_in_text(text, match.start()):
                continue  # "the militia, not the police": the sentence denies it (round s33)
            if names_a_government(base):
                if word != base:
                    continue  # "some of the governments": several, not the one government
                alone = not any(word in words for o, words in own_words.items() if o != outlet)
                kind = "characterisation" if alone else "description"
                if government is None:
                    continue
                if body is None and base in seat_nouns[government.id]:
                    continue  # the story's plain word for that government
                target = government
            else:
                ids = described.get(base, set())
                if len(ids) != 1 or not may_name_a_body(base):
                    continue
                target, kind = actors[next(iter(ids))], "description"
            label = Label(word, outlet, Span(article.id, start, end, word), False, kind, target.name)
            target.labels.append(label)
            taken.add((article.id, start))
            found.append(label)
    return found
