"""Merge entity mentions across articles and spellings into actors (issue 2).

People are merged by the structure of their names, everything else by a normalised key:

- full names ("Evgeny Prigozhin", "Yevgeny Prigozhin") are one person when their surnames and
  first names agree after transliteration folding (``names.translit_key``); surnames must
  agree, so "Alexander Lukashenko" and "Alexander Bortnikov" stay apart;
- a surname alone ("Prigozhin") joins the one person in the story with that surname, whatever
  type the model gave it; with several such people it joins the one named in the same article,
  and otherwise stays on its own;
- organisations and places merge on ``names.org_key`` ("PMC Wagner" = "Wagner Group" =
  "Wagner"; "Rostov on Don" = "Rostov-on-Don"); then a name contained in one longer name of
  the story and an acronym join it (``story/actor_merges.py``);
- "the hospital", "the city's hospital" after "Al-Karim Baptist Hospital" in the same article
  become mentions of that actor when the article names no other hospital
  (``actor_merges.join_noun_mentions``).

Canonical name: the most frequent full form (ties: the longest); type: majority vote over the
mentions, PERSON for names that appear with a first name, a place when some article of the story
puts the model's PERSON (or ORG) where only a place can stand ("near X", "fled to X", "the mayor
of X", "shelled X": ``story/place_evidence.py``). NORP mentions ("Russian") join an actor with
their key but never make one. An event's name ("Operation Silver Heron") is no actor.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from storylens.nlp.entity_rules.towns import is_listed_town
from storylens.nlp.event_names import event_nouns
from storylens.nlp.gazetteer import is_country, is_well_known_place
from storylens.nlp.names import (
    TITLE_WORDS,
    clean_name,
    is_junk_name,
    name_length,
    name_suffix,
    org_key,
    person_name,
    person_words,
    slug,
    translit_key,
)
from storylens.records import Actor, ArticleAnalysis, EventName, Mention
from storylens.story.actor_merges import is_official_place_name, join_noun_mentions, merge_names, name_words
from storylens.story.context import StoryContext
from storylens.story.mention_types import (
    is_common_noun,
    read_demonyms,
    retype_organisations_read_as_people,
    retype_outlets_named_short,
    retype_people_with_a_form_of_address,
    retype_vessels_named_elsewhere,
    untagged_acronyms,
    untagged_places_of_people,
)
from storylens.story.place_evidence import (
    STRONG,
    governed_there,
    in_a_place_slot,
    place_evidence,
    said_to_be_a_settlement,
    where_no_person_stands,
)
from storylens.story.story_names import (
    first_name_owners,
    nicknames,
    retype_short_names_read_as_people,
    untagged_first_names,
    untagged_story_names,
    untagged_surnames,
    untagged_title_names,
    untagged_title_people,
    writes_surname,
)
from storylens.story.surnames import SurnameReader

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "VESSEL"})
SURNAME_SIMILARITY = 88  # rapidfuzz ratio of transliteration keys: Lukashenko / Lukashenka
FIRST_NAME_SIMILARITY = 85
SHORT_NAME = 5  # below this many letters only equal keys match
# A one-word name the model mostly calls something else joins a person of that surname only when
# at least this share of the word's mentions (alone or as a full name's surname) are PERSON:
# "Prigozhin" (half PERSON) yes, but "Wagner" (the group, always ORG) does not become the
# "Richard Wagner" named once.
PERSON_SHARE = 1 / 3


@dataclass
class _Group:
    """Mentions that are one actor, while they are being collected."""

    person: bool
    mentions: list[Mention] = field(default_factory=list)
    first_keys: set[str] = field(default_factory=set)
    surname_key: str = ""
    suffix: str = ""  # "jr": Donald Trump Jr. is not Donald Trump
    full_mentions: int = 0
    place: str = ""  # evidence from the text that the name is a place (_named_as_place)
    settlement: bool = False  # an apposition says it is one: "X, a village on the east bank"
    demonym: bool = False  # the story names its people ("Soravians" of "Soravia"): a place
    person_sign: bool = False  # a title or a person's apposition: "Mr X", "X, the union leader"
    thing: bool = False  # "X said its police would ...": no person


def _similar(a: str, b: str, threshold: int) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < SHORT_NAME:
        return False
    return fuzz.ratio(a, b) >= threshold


def _first_names_agree(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial: "V. Putin"
        return a[0] == b[0]
    return _similar(a, b, FIRST_NAME_SIMILARITY)


def _person_groups(mentions: list[Mention]) -> list[_Group]:
    """One group per person named with a first name and a surname."""
    groups: list[_Group] = []
    seen: dict[tuple[str, str, str], _Group] = {}  # a story repeats the same names: look each up once
    for mention in mentions:
        words = person_words(mention.span.text)
        first, last = translit_key(words[0]), translit_key(words[-1])
        suffix = name_suffix(mention.span.text)
        group = seen.get((first, last, suffix)) or next(
            (
                g
                for g in groups
                if g.suffix == suffix
                and _similar(g.surname_key, last, SURNAME_SIMILARITY)
                and any(_first_names_agree(f, first) for f in g.first_keys)
            ),
            None,
        )
        if group is None:
            group = _Group(person=True, surname_key=last, suffix=suffix)
            groups.append(group)
        seen[(first, last, suffix)] = group
        group.first_keys.add(first)
        group.mentions.append(mention)
        group.full_mentions += 1
    return groups


def _places_read_as_people(people: list[_Group], texts: dict[str, str]) -> set[int]:
    """The mentions of "people" the story names only as places: a two-word name the model
    typed PERSON ("Marren Ford") that stands after "in" or where only a place stands in at least
    two mentions and half of them, with no sign of a person anywhere (a title, an apposition
    naming a person, "he" or "she" said of it). Their mentions become GPE mentions, for the
    place rules to type and merge."""
    found: set[int] = set()
    for group in people:
        placed = sum(where_no_person_stands(texts.get(m.span.article, ""), m.span.start, m.span.end) for m in group.mentions)
        if placed < 2 or 2 * placed < len(group.mentions):
            continue
        _read_person_signs(group, texts)
        if group.person_sign:
            continue
        for mention in group.mentions:
            mention.type = "GPE"
            found.add(id(mention))
    return found


def _first_and_last_words(group: _Group) -> tuple[set[str], set[str]]:
    """The first names and surnames a person is written with in full."""
    words = [person_words(m.span.text) for m in group.mentions]
    return {w[0] for w in words if len(w) >= 2}, {w[-1] for w in words if len(w) >= 2}


def _names_for_headlines(first_and_last: list[tuple[set[str], set[str]]]) -> set[str]:
    """Each person's full names, and the surnames no other person of the story has."""
    owners: Counter = Counter(w for _, last in first_and_last for w in last)
    names = {f"{first} {last}" for firsts, lasts in first_and_last for first in firsts for last in lasts}
    return names | {w for w, n in owners.items() if n == 1}


def _person_for_single_name(
    mention: Mention, word: str, people: list[_Group], articles_of: dict[int, set[str]], reader: SurnameReader
) -> _Group | None:
    """The person a surname-only mention names: the one its article's signs pick (form of
    address, pronouns, kinship, a phrase that sets two people apart: ``story/surnames.py``),
    else the only one with that surname in the story, else the only one of them named in full in
    the same article, else the one named in full at least twice as often as any other (news
    calls the main figure by surname alone)."""
    key = translit_key(word)
    candidates = [g for g in people if _similar(g.surname_key, key, SURNAME_SIMILARITY)]
    decided, chosen = reader.choose(mention, key, candidates)
    if decided:
        return chosen
    if len(candidates) > 1:
        candidates = [g for g in candidates if mention.span.article in articles_of[id(g)]] or candidates
    if len(candidates) > 1:
        candidates.sort(key=lambda g: -g.full_mentions)
        if candidates[0].full_mentions >= 2 * candidates[1].full_mentions:
            candidates = candidates[:1]
    return candidates[0] if len(candidates) == 1 else None


def _merge_key(text: str) -> str:
    """Word order and "of" do not tell names apart: "Ministry of Defense" = "Defense Ministry"."""
    return " ".join(sorted(w for w in org_key(text).split() if w != "of")) or org_key(text)


def _canonical_name(forms: Counter) -> str:
    """The most frequent full form (more words than the shortest form), ties to the longest. A
    town's official long name ("Borough of Dunmere and Kell") is not the name it goes by."""
    short = Counter({f: n for f, n in forms.items() if not is_official_place_name(f)})
    if not short:
        # only official names: the town's own name after "of" ("Borough of Kelby-on-Marsh"),
        # unless it joins several ("Borough of Dunmere and Kell")
        short = Counter({f.split(" of ", 1)[1]: n for f, n in forms.items() if " and " not in f.split(" of ", 1)[1]})
    forms = short or forms
    fewest = min(name_length(f) for f in forms)
    full = {f: n for f, n in forms.items() if name_length(f) > fewest} or dict(forms)
    return max(full, key=lambda f: (full[f], len(f), f))


def _named_as_place(group: _Group, texts: dict[str, str]) -> str:
    """The strongest place evidence of any mention of the group in the story
    (``place_evidence``): "strong" where only a place can stand ("fled to X", "the mayor of
    X", "X, a town of 12,000"), "weak" after "in"/"from"/"to", "" otherwise."""
    found = ""
    group.settlement = any(said_to_be_a_settlement(texts.get(m.span.article, ""), m.span.start, m.span.end) for m in group.mentions)
    for mention in group.mentions:
        evidence = place_evidence(texts.get(mention.span.article, ""), mention.span.start, mention.span.end)
        if evidence == STRONG:
            return STRONG
        found = found or evidence
    return found


# A capitalised name and a possessive right before a mention: "Russia's Foreign Ministry".
POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*)(?:'s|’s)[ \t]+$")


def _possessors(group: _Group, texts: dict[str, str]) -> set[str]:
    """Words of the names written as possessors of the group's mentions ("russia")."""
    found: set[str] = set()
    for mention in group.mentions:
        text = texts.get(mention.span.article, "")
        match = POSSESSOR_BEFORE.search(text[max(0, mention.span.start - 40) : mention.span.start])
        if match:
            found.update(name_words(match.group(1)))
    return found


def _actor_type(group: _Group) -> str:
    if group.person:
        return "PERSON"
    votes = Counter(m.type for m in group.mentions if m.type != "NORP")
    if votes["VESSEL"]:
        return "VESSEL"  # a vessel noun introduced it somewhere: "the tanker X"
    top = votes.most_common(1)[0][0] if votes else "NORP"
    # No first name anywhere, and a longer organisation name among its forms ("Nordline" /
    # "Nordline Shipping"): the lone name read as a surname is the organisation's short form.
    if top == "PERSON" and any(m.type == "ORG" and name_length(m.span.text) > 1 for m in group.mentions):
        return "ORG"
    # A city the model typed PERSON (or ORG) in some articles: the story's place contexts decide,
    # and so do the names of its people ("Soravians") and the model's own place reading of the
    # name elsewhere in the story, when no mention gives it a person's sign.
    if top in ("PERSON", "ORG") and _is_a_place(group, top, votes["GPE"] + votes["LOC"]):
        return "LOC" if votes["LOC"] > votes["GPE"] else "GPE"
    if top == "PERSON" and group.thing:
        return "ORG"  # "Velmora said its police would come": no person
    return top


def _is_a_place(group: _Group, top: str, place_votes: int) -> bool:
    if group.person_sign:
        return False
    if group.demonym:
        return True
    if top == "PERSON":
        return bool(group.place or place_votes)
    return _organisation_is_a_place(group) or bool(group.place and place_votes and _one_word(group))


def _one_word(group: _Group) -> bool:
    return all(name_length(clean_name(m.span.text)) == 1 for m in group.mentions if m.type != "NORP")


# A title right before a mention ("Mr Velmora", "Mayor Velmora").
TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t]+$")
# An apposition after a mention, ending in its head noun: "Velmora, the union leader,".
APPOSITION_AFTER = re.compile(r"^,[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?([a-z]+)[ \t]*[,.;]")
# The noun a mention is the apposition of: "the Ostrander family's company, X".
APPOSITION_BEFORE = re.compile(r"\b(?:a|an|the|[\w]+'s|[\w]+’s)[ \t]+(?:[\w-]+[ \t]+){0,2}?([a-z]+),[ \t]+$")
# What a speaker says of itself right after it is named: "Velmora said its police would"
# ("it" is left out: "Brandt said it was a mistake" says nothing of Brandt).
SAYS_IT_AFTER = re.compile(r"^[ \t]+(?:has[ \t]+|had[ \t]+)?[a-z]+[ \t]+(?:that[ \t]+)?(its|he|she|his|her)\b")


def _read_person_signs(group: _Group, texts: dict[str, str]) -> None:
    """Signs in the text of what a lone name the model typed PERSON is: a title before it or an
    apposition naming a person after it ("Velmora, the union leader") make it someone
    (``person_sign``); "its" said of it right after ("Velmora said its police ...") makes it a thing
    (``thing``), unless "he"/"she" is said of it elsewhere."""
    from storylens.nlp.entity_rules.people import names_an_organisation, names_people

    pronouns = set()
    for mention in group.mentions:
        text = texts.get(mention.span.article, "")
        before, after = text[max(0, mention.span.start - 30) : mention.span.start], text[mention.span.end : mention.span.end + 80]
        title = TITLE_BEFORE.search(before)
        apposition = APPOSITION_AFTER.match(after)
        if title and title.group(1).lower() in TITLE_WORDS or apposition and names_people(apposition.group(1)):
            group.person_sign = True
        named_after = APPOSITION_BEFORE.search(before)
        if any(m and names_an_organisation(m.group(1)) for m in (apposition, named_after)):
            group.thing = True  # "X, the haulage firm", "the family's company, X,": a firm
        said = SAYS_IT_AFTER.match(after)
        if said:
            pronouns.add(said.group(1).lower())
    if pronouns & {"he", "she", "his", "her"}:
        group.person_sign = True
        group.thing = False
    elif pronouns:
        group.thing = True


def _organisation_is_a_place(group: _Group) -> bool:
    """A name typed ORG is a place when some article puts it where only a place stands, or
    after "in"/"from" when GeoNames lists it as a town or country. An organisation named after
    a place ("Ostrow Dynamo", "the Kessland Bank") ends in a common noun saying what it is, and
    stays one whatever stands before it ("outside the Kessland Bank")."""
    if not group.place:
        return False
    names = {clean_name(m.span.text) for m in group.mentions if m.type != "NORP"}
    if any(len(n.split()) > 1 and is_common_noun(n.split()[-1]) for n in names):
        return group.settlement  # unless an article says what it is: "X Cross, a village on ..."
    return group.place == STRONG or any(is_listed_town(n) or is_country(n) for n in names)



# Capitalised words only: what an event name holds before a name it opens ("Operation ").
CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w'’.-]*\s+)+")


def _opens_with_event_noun(name: EventName) -> bool:
    """"Operation Silver Heron", "Hurricane Ines": an event noun, then the event's own name."""
    words = name.span.text.split()
    return len(words) > 1 and words[0].lower() in event_nouns()


def _names_an_event(mention: Mention, analysis: ArticleAnalysis) -> bool:
    """The mention is the proper name of an event the article names, not a doer: the whole
    event name ("Operation Grey Lantern"; "War" leaves "War Ministry" be), or a part of it after
    its event noun and capitalised words only ("Grey Lantern"; "March on Moscow" keeps Moscow,
    and "Failed Wagner mutiny" opening a sentence keeps Wagner)."""
    span, text = mention.span, analysis.article.text
    for name in analysis.event_names:
        if span.start <= name.span.start and name.span.end <= span.end:
            if clean_name(span.text) == clean_name(name.span.text):
                return True
            continue
        inside = name.span.start < span.start and span.end <= name.span.end
        if inside and _opens_with_event_noun(name) and CAPITALISED_WORDS.fullmatch(text[name.span.start : span.start]):
            return True
    return False


def _without_event_names(context: StoryContext) -> list[Mention]:
    """The story's mentions that may be actors: an event's name is none, wherever the story
    writes it ("Grey Lantern had ended" after "Operation Grey Lantern began")."""
    candidates = [
        (m, analysis)
        for analysis in context.analyses
        for m in analysis.mentions
        if m.type in ACTOR_TYPES and not is_junk_name(m.span.text)
    ]
    event_names = {clean_name(m.span.text).lower() for m, analysis in candidates if _names_an_event(m, analysis)}
    for analysis in context.analyses:
        for name in analysis.event_names:
            # "Operation Silver Heron": the words after the event noun are the event's own name
            if _opens_with_event_noun(name) and CAPITALISED_WORDS.fullmatch(name.span.text + " "):
                event_names.add(clean_name(name.span.text.split(maxsplit=1)[1]).lower())
    return [m for m, _ in candidates if clean_name(m.span.text).lower() not in event_names]


def merge_actors(context: StoryContext) -> list[Actor]:
    mentions = _without_event_names(context)
    retype_vessels_named_elsewhere(mentions, {a.article.id: a.article.text for a in context.analyses})
    retype_organisations_read_as_people(mentions)
    texts = {a.article.id: a.article.text for a in context.analyses}
    retype_people_with_a_form_of_address(mentions, texts)
    retype_outlets_named_short(mentions, {a.article.outlet for a in context.analyses if a.article.outlet}, texts)
    mentions += untagged_acronyms(context, mentions)
    mentions += untagged_places_of_people(context, mentions)
    retype_short_names_read_as_people(mentions)
    mentions += untagged_story_names(context, mentions)
    untagged_title_names(context, mentions)
    model_peoples = {id(m) for m in mentions if m.type == "NORP"}
    demonyms = read_demonyms(mentions, _merge_key)
    # the model's own NORP mentions stay as they were ("Russian" joins no "Russia"); the names of
    # peoples it typed ORG or PERSON point to their place
    peoples = {id(m): m for m in mentions if id(m) in demonyms and id(m) not in model_peoples}
    mentions = [m for m in mentions if id(m) not in peoples]
    full_names = [m for m in mentions if m.type == "PERSON" and len(person_words(m.span.text)) >= 2]
    people = _person_groups(full_names)
    places = _places_read_as_people(people, texts)
    if places:
        full_names = [m for m in full_names if id(m) not in places]
        people = _person_groups(full_names)
    first_and_last = [_first_and_last_words(g) for g in people]
    mentions += untagged_surnames(context, mentions, {w for _, last in first_and_last for w in last})
    found_first_names = untagged_first_names(context, mentions, first_and_last)
    owners = first_name_owners(first_and_last)
    texts_of = {a.article.id: a.article.text for a in context.analyses}
    for mention in mentions:  # a first name the model tagged alone: "whose husband Jannik died"
        words = person_words(mention.span.text)
        index = owners.get(words[0]) if len(words) == 1 and _may_be_a_first_name(mention, texts_of) else None
        if index is not None and writes_surname(texts_of.get(mention.span.article, ""), first_and_last[index][1]):
            found_first_names.append((mention, index))
    for mention, index in found_first_names:
        people[index].mentions.append(mention)
        full_names.append(mention)  # settled: the loop below leaves it alone
    untagged_title_people(context, _names_for_headlines(first_and_last))
    articles_of = {id(g): {m.span.article for m in g.mentions} for g in people}
    full_name_keys = {
        (translit_key(words[0]), translit_key(words[-1])): g
        for g in people
        for words in (person_words(m.span.text) for m in g.mentions)
    }

    surname_labels: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        words = person_words(mention.span.text)
        if len(words) == 1 or mention.type == "PERSON":
            surname_labels[translit_key(words[-1])][mention.type] += 1

    reader = SurnameReader(people, texts, [m for m in mentions if m.type == "PERSON"])
    others: dict[str, _Group] = {}
    forms_of: dict[str, Counter] = defaultdict(Counter)
    taken = {id(m) for m in full_names}
    for mention in mentions:
        if id(mention) in taken:
            continue
        words = person_words(mention.span.text)
        group = None
        if len(words) == 1 and not _stands_as_a_place(mention, texts):
            labels = surname_labels[translit_key(words[0])]
            if mention.type == "PERSON" or labels["PERSON"] >= PERSON_SHARE * sum(labels.values()):
                group = _person_for_single_name(mention, words[0], people, articles_of, reader)
        elif (translit_key(words[0]), translit_key(words[-1])) in full_name_keys:
            group = full_name_keys[(translit_key(words[0]), translit_key(words[-1]))]
        if group is not None:
            group.mentions.append(mention)
            continue
        key = _merge_key(mention.span.text)
        others.setdefault(key, _Group(person=False)).mentions.append(mention)
        forms_of[key][clean_name(mention.span.text)] += 1
    for group in others.values():
        group.place = _named_as_place(group, texts)
        _read_person_signs(group, texts)
    for key in set(demonyms.values()) & set(others):
        others[key].demonym = True
    owners = {key: _possessors(group, texts) for key, group in others.items()}
    joins = merge_names(
        forms_of,
        lambda key: _actor_type(others[key]),
        owners,
        is_common_noun,
        unplaced=lambda key: not (
            others[key].place or others[key].settlement or others[key].demonym
            or any(governed_there(texts.get(m.span.article, ""), m.span.start, m.span.end) for m in others[key].mentions)
        ),
    )
    for key, target in joins.items():
        if target != key:
            joined = others.pop(key)
            others[target].mentions.extend(joined.mentions)
            others[target].demonym |= joined.demonym
            forms_of[target].update(forms_of.pop(key))
            others[target].place = _named_as_place(others[target], texts)
            _read_person_signs(others[target], texts)

    _join_nicknames(others, forms_of, texts)

    groups = people + [g for g in others.values() if _actor_type(g) != "NORP"]
    actors = _fill_context(context, groups)
    kept = {id(g) for g in groups}
    places = {key: others[target] for key, target in joins.items() if target in others and id(others[target]) in kept}
    _link_peoples(context, peoples, demonyms, places)
    join_noun_mentions(context)
    return actors


def _stands_as_a_place(mention: Mention, texts: dict[str, str]) -> bool:
    """A lone name written where only a place stands ("the town of Caskell", "Police in
    Caskell", "Residents of Caskell", "Caskell, a town of 30,000") is the town, not the person
    of the story who bears that surname ("Governor Mira Caskell"; round s36). The model's PERSON
    on such a mention is its surname vote, not a reading of the sentence."""
    text, span = texts.get(mention.span.article, ""), mention.span
    if mention.type in ("GPE", "LOC") and in_a_place_slot(text, span.start, span.end):
        return True  # "moved from Velbury", "at Tressel airport", read as a place by the article (round s40)
    return where_no_person_stands(text, span.start, span.end)


def _may_be_a_first_name(mention: Mention, texts: dict[str, str]) -> bool:
    """A one-word mention that may be someone's first name: the model's PERSON, or (round s32) a
    name it typed a place or an organisation ("Gustav and Nadia were at the pier": "Nadia" GPE)
    that is no known place and stands nowhere only a place stands in its sentence. The caller
    asks that one person of the story has that first name, and that the article writes that
    person's surname."""
    if mention.type == "PERSON":
        return True
    if mention.type not in ("ORG", "GPE", "LOC"):
        return False
    text, span = texts.get(mention.span.article, ""), mention.span
    return not (is_country(span.text) or is_well_known_place(span.text) or place_evidence(text, span.start, span.end))


def _join_nicknames(others: dict[str, _Group], forms_of: dict[str, Counter], texts: dict[str, str]) -> None:
    """A name's nickname ("known as the Stonehouse") and an acronym the article defines in brackets
    after it ("the Coastal Watch Service (KWD)") join the name's group."""
    key_of = {id(m): key for key, group in others.items() for m in group.mentions}
    for nickname, named in nicknames([m for g in others.values() for m in g.mentions], texts):
        source, target = key_of.get(id(nickname)), key_of.get(id(named))
        if source is None or target is None or source == target:
            continue
        moved = others.pop(source)
        others[target].mentions.extend(moved.mentions)
        forms_of[target].update(forms_of.pop(source))
        for mention in moved.mentions:
            key_of[id(mention)] = target
        others[target].place = _named_as_place(others[target], texts)
        _read_person_signs(others[target], texts)


def _link_peoples(context: StoryContext, peoples: dict[int, Mention], demonyms: dict[int, str], groups: dict[str, _Group]) -> None:
    """Point each name of a people ("Soravians") to the actor of the place it is formed from,
    without making it one of the place's names. ``groups``: the actor's group of each merge key
    (a key joined to a longer name gives that name's group)."""
    actor_of_group = {id(g): g.mentions[0].actor for g in groups.values()}
    actors = {a.id: a for a in context.actors}
    for mention_id, mention in peoples.items():
        group = groups.get(demonyms[mention_id])
        actor = actors.get(actor_of_group.get(id(group))) if group is not None else None
        if actor is None:
            continue
        mention.actor = actor.id
        context.actor_of_mention[(mention.span.article, mention.span.start, mention.span.end)] = actor.id
        actor.mentions.append(mention.span)


def _fill_context(context: StoryContext, groups: list[_Group]) -> list[Actor]:
    order = {a.article.id: i for i, a in enumerate(context.analyses)}
    groups = sorted(groups, key=lambda g: (-len(g.mentions), _canonical_name(_forms(g))))
    actors, used_ids = [], Counter()
    name_votes: dict[str, Counter] = defaultdict(Counter)
    for group in groups:
        forms = _forms(group)
        name = _canonical_name(forms)
        actor_id = slug(name)
        used_ids[actor_id] += 1
        if used_ids[actor_id] > 1:
            actor_id = f"{actor_id}-{used_ids[actor_id]}"
        spans = sorted((m.span for m in group.mentions), key=lambda s: (order.get(s.article, 0), s.start))
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                type=_actor_type(group),
                aliases=[f for f, _ in forms.most_common()],
                mentions=spans,
            )
        )
        for mention in group.mentions:
            mention.actor = actor_id
            context.actor_of_mention[(mention.span.article, mention.span.start, mention.span.end)] = actor_id
            name_votes[" ".join(mention.span.text.split()).lower()][actor_id] += 1
            name_votes[(person_name if group.person else clean_name)(mention.span.text).lower()][actor_id] += 1
    for surface, votes in name_votes.items():
        context.actor_of_name[surface] = votes.most_common(1)[0][0]
    context.actors = actors
    return actors


def _forms(group: _Group) -> Counter:
    name = person_name if group.person else clean_name
    return Counter(name(m.span.text) for m in group.mentions)
