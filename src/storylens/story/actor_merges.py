"""Merges of organisations and places that one normalised key cannot see (issue 19).

A story names one organisation or place several ways; two general rules, each applied only when
the story leaves one reading:

- **Contained names**: a name whose words are all inside a longer name of the story joins it
  when both end in the same head word ("Coast Guard" / "Harbour Coast Guard", "Islamic
  Brigade" / "Northland Islamic Brigade", "Hospital" / "St. Agnes Memorial Hospital"), or, for
  places that are not countries, when the longer name starts with the shorter and adds no word
  of a larger area ("Port Alden" / "Port Alden City", "Rio" / "Rio de Janeiro"; but "Alden"
  stays apart when the story also has an "Alden Province"). If the longer names that contain
  it are several and not contained in one another ("Foreign Ministry", "Defence Ministry"),
  a bare "Ministry" joins neither. A name written after another name's possessive ("Russia's
  Foreign Ministry") joins only a longer name that holds the possessor's word.
- **Official long names** (round s30): "Borough of Dunmere and Kell" or "Municipality of
  Dunmere-Osk" (an administrative district's noun, "of", names) joins the one place of the
  story named by its first word after "of".
- **Acronyms**: an all-capital name joins the one name of the story whose capitals spell it,
  reading dotted abbreviations letter by letter and hyphenated words part by part ("USCG" =
  "U.S. Coast Guard", "AFP" = "Agence France-Presse").

A third rule runs once the actors are made: a phrase that stands for a name of its article by
its head noun ("the hospital", "the city's hospital", "the coast guard"; found by
``nlp/entity_rules/head_nouns.py``) becomes a mention of that name's actor when every name of
the article it may stand for is that one actor. With two hospitals named in the article, "the
hospital" joins neither. An article that names no hospital leaves its "the hospital" open: it
joins the one organisation or facility of the story whose name has that head noun ("hospital"
in "Westmoor Baptist Hospital", "ministry" in "Ministry of Health") and holds every capitalised
word of the phrase; with two such actors in the story ("Westmoor Hospital", "St. Agnes
Hospital"), it joins neither.

People are not merged here: different people who share a name part stay apart (story/actors.py).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from storylens.nlp.entity_fixes import PLACE_CONNECTORS
from storylens.nlp.entity_rules.place_names import is_describing_adjective, is_division_noun
from storylens.nlp.entity_rules.towns import is_listed_town
from storylens.nlp.gazetteer import is_country, is_well_known_place
from storylens.nlp.names import GENERIC_ORG_WORDS, clean_name, is_demonym_of, place_key
from storylens.story.context import StoryContext
from storylens.story.union_find import UnionFind

# Words that make a place name a larger area than the bare name: "Alden Province" is not Alden.
AREA_WORDS = frozenset(
    """
    strip region regions oblast province district krai republic county state governorate territory
    territories peninsula island islands coast bay valley river sea border area basin desert
    mountains heights prefecture canton department
    """.split()
)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
UNMERGED_TYPES = frozenset({"PERSON", "NORP"})


def name_words(form: str) -> list[str]:
    """Lower-cased words of a name without generic organisation words: "the U.S. Coast Guard's"
    -> ["us", "coast", "guard"]; hyphenated words count apart ("Al-Noor" -> "al", "noor")."""
    return [w for w in place_key(form).split() if w not in GENERIC_ORG_WORDS]


def acronym_of(form: str) -> str:
    """The capitals of a name: one letter per capitalised word or hyphenated part, every letter
    of a dotted abbreviation, an acronym inside the name whole ("NATO Council" -> "NATOC")."""
    letters = []
    for word in clean_name(form).split():
        if "." in word.strip(".") or (word.endswith(".") and len(word) <= 3):
            letters.append("".join(c for c in word if c.isalpha()).upper())  # "U.S." -> "US"
        elif word.isupper() and word.isalpha() and len(word) > 1:
            letters.append(word)
        else:
            letters.extend(part[0] for part in re.split(r"[-‐–]", word) if part[:1].isupper())
    return "".join(letters)


def as_acronym(form: str) -> str:
    """ "USCG", "U.N." -> "UN"; "" when the form is not written as an acronym."""
    bare = clean_name(form).replace(".", "")
    return bare if len(bare) >= 2 and bare.isalpha() and bare.isupper() else ""


def _contains(short: list[str], long: list[str]) -> bool:
    return len(short) < len(long) and set(short) < set(long)


def _named_after(short: list[str], long: list[str]) -> bool:
    """The longer name is a place named after the shorter, which follows its connector:
    "Brenna-on-Lask" is on the Lask river, and the river is not the town ("Pell" leads
    "Pell-by-the-Sound" and is its short form)."""
    for i, word in enumerate(long[1:], start=1):
        if word in PLACE_CONNECTORS:
            return set(short) <= set(long[i + 1 :]) and not set(short) <= set(long[:i])
    return False


def _named_after_a_place_of(short: list[str], long: list[str]) -> bool:
    """The longer name is a body "of" the shorter: "University of Tarnwick", "Bank of Orvel".
    English puts such a name's head before "of", so the words after it say where the body is
    (or whose it is), and the body is not that place. Official place names ("Borough of X") are
    joined to their town before this (``_join_official_place_names``)."""
    if "of" not in long[1:-1]:
        return False
    i = long.index("of", 1)
    return set(short) <= set(long[i + 1 :]) and not set(short) & set(long[:i])


def _before_connector(words: list[str]) -> list[str]:
    """The words of a name before its place connector: the area word of "Dunholm-by-the-Sea" is
    what the town stands by, no larger area named after it."""
    for i, word in enumerate(words[1:], start=1):
        if word in PLACE_CONNECTORS:
            return words[:i]
    return words


def _contained_in(short: list[str], long: list[str], places: bool) -> bool:
    if not _contains(short, long) or _named_after(short, long):
        return False
    if short[-1] == long[-1]:
        return True  # the same head: "coast guard" in "us coast guard"
    if len(short) > 1 and "of" in long[1:-1] and long[: long.index("of", 1)] == short:
        return True  # round s40: "National Museum", the words before "of" of "National Museum of Caldora"
    return places and long[: len(short)] == short  # "port alden" at the start of "port alden city"


def _ground_named_after(short: list[str], long: list[str], is_common_noun: Callable[[str], bool]) -> bool:
    """ "harlen wildlife park", "harlen forest" after "harlen": a place's name followed by words
    whose last is a common noun for anything but a settlement is another place named after it
    ("port alden city" is the town itself: "city" names a settlement in WordNet)."""
    from storylens.nlp.entity_rules.appositions import names_a_settlement
    from storylens.wordnet import senses_of

    if len(long) <= len(short) or long[: len(short)] != short or not is_common_noun(long[-1]):
        return False
    if _before_connector(long) != long:
        return False  # "Dunholm-by-the-Sea": the town's own longer name, by what it stands by
    return not names_a_settlement(senses_of(long[-1], "n"))


def _leads(short: list[str], long: list[str], is_common_noun: Callable[[str], bool]) -> bool:
    """"nordline" leads "nordline shipping": the longer name is the shorter one and common nouns
    (what kind of organisation it is), so the short name is the organisation's short form."""
    rest = long[len(short) :]
    return len(short) < len(long) and long[: len(short)] == short and all(is_common_noun(w) for w in rest)


def _never(word: str) -> bool:
    return False


def merge_names(
    forms_of: dict[str, Counter],
    type_of: Callable[[str], str],
    owners: dict[str, set[str]] | None = None,
    is_common_noun: Callable[[str], bool] = _never,
    unplaced: Callable[[str], bool] = _never,
) -> dict[str, str]:
    """Key of each group -> key of the group it joins (itself when none). ``forms_of``: the
    written forms of each group, ``type_of``: a group's entity type, ``owners``: the words of the
    names written as a group's possessor ("Russia's Foreign Ministry" -> {"russia"}): such a
    group joins only a longer name that holds one of them, so "Russia's Foreign Ministry" does
    not join "Chinese Foreign Ministry". ``is_common_noun``: whether a lower-cased word is a
    common noun. A name the model typed PERSON that the story never gives a first name (a company
    named alone reads like a surname) joins the one organisation name that is it followed only by
    common nouns ("Orvane" / "Orvane Logistics"). A short name typed ORG does so only when its
    first word is no common noun: otherwise the longer name is usually a part of it ("Senate" /
    "Senate Judiciary Committee", "House" / "House Ethics Committee"); and a place is not the
    organisation named after it. ``unplaced``: whether a group the model typed a place stands
    nowhere in the story where a place stands (no "in X", no "X residents", no dateline): such a
    name leads an organisation's name as a PERSON-typed one does (round s32: "Dravemont knew the
    tanks were old" typed GPE beside "Dravemont Chemical Works"), unless it is a country or a
    listed town."""
    owners = owners or {}
    union = UnionFind(forms_of)  # union(short, long): the longer name's group survives
    keys = [k for k in forms_of if type_of(k) not in UNMERGED_TYPES]
    # a lone name: no first name in the story; or a "place" the story never places
    leaders = [
        k
        for k in forms_of
        if type_of(k) == "PERSON"
        or type_of(k) in ("GPE", "LOC") and unplaced(k) and not any(is_country(f) or is_listed_town(f) for f in forms_of[k])
    ]
    words_of = {k: [name_words(f) for f in forms_of[k] if name_words(f)] for k in set(keys) | set(leaders)}
    place = {k: type_of(k) in PLACE_TYPES and not any(is_country(f) for f in forms_of[k]) for k in keys}

    _join_official_place_names(union, keys, words_of, place)
    _join_demonym_forms(union, [k for k in keys if type_of(k) == "ORG"], words_of)

    # An organisation's name, and the same name with common nouns saying what it is: "Torvane" /
    # "Torvane Shipping" / "Torvane Shipping Holdings", when the story has one such longer
    # organisation. The shorter must open with a word that is no common noun: "Senate Judiciary
    # Committee" is a part of the Senate, "Harbour Police Union" is not the harbour police. A
    # town the story places is no ORG here, so "Ostrow" does not join "Ostrow Dynamo". Longer
    # short names first, so that a chain ("Torvane Shipping" -> "... Holdings") is one group
    # when "Torvane" looks for it.
    organisations = [k for k in keys if type_of(k) == "ORG"]
    for short in sorted(organisations, key=lambda k: -max((len(w) for w in words_of[k]), default=0)):
        if any(is_well_known_place(f) for f in forms_of[short]):
            continue
        named = [s for s in words_of[short] if not is_common_noun(s[0])]
        longer = {
            union.find(long)
            for long in organisations
            if union.find(long) != union.find(short)
            for s in named
            for l in words_of[long]
            if _leads(s, l, is_common_noun)
        }
        if len(longer) == 1:
            union.union(short, longer.pop())

    for short in leaders:
        if any(is_well_known_place(f) for f in forms_of[short]):
            continue
        longer = {
            union.find(long)
            for long in keys
            if long != short and type_of(long) == "ORG"
            for s in words_of[short]
            for l in words_of[long]
            if _leads(s, l, is_common_noun)
        }
        if len(longer) == 1:
            union.union(short, longer.pop())

    for short in keys:
        candidates = set()
        blocked = False
        for long in keys:
            if long == short:
                continue
            if owners.get(short) and not owners[short] & {w for form in words_of[long] for w in form}:
                continue  # another owner's: "Russia's Foreign Ministry" is not the Chinese one
            if type_of(short) == "LOC" and type_of(long) != "LOC" and all(len(w) == 1 for w in words_of[short]):
                continue  # round s33: a river ("the banks of the Tamsel") is not "Upper Tamsel"
            if type_of(short) in ("GPE", "LOC") and type_of(long) == "FAC":
                continue  # round s40: "Velbury Prison" is a building of the town, not the town
            places = place[short] and place[long]
            for s in words_of[short]:
                for l in words_of[long]:
                    if not place[long] and _named_after_a_place_of(s, l):
                        continue  # "Tarnwick" is not the "University of Tarnwick", whatever its type
                    if _contained_in(s, l, places):
                        if not (places and _ground_named_after(s, l, is_common_noun)):
                            candidates.add(long)  # round s41: "Harlen Wildlife Park" is not the town
                        if places and set(_before_connector(l)) - set(s) & AREA_WORDS:
                            blocked = True  # "Alden Province" beside "Alden": the story has both
        if blocked or not candidates:
            continue
        widest = [c for c in candidates if not any(c != d and _all_inside(c, d, words_of) for d in candidates)]
        if len(widest) == 1:
            union.union(short, widest[0])

    # Acronyms, after the contained names have gathered each name's forms in one group.
    spelled: dict[str, set[str]] = {}
    for key in keys:
        for form in forms_of[key]:
            if len(clean_name(form).split()) >= 2:
                spelled.setdefault(acronym_of(form), set()).add(union.find(key))
    for key in keys:
        for form in forms_of[key]:
            targets = spelled.get(as_acronym(form), set()) - {union.find(key)}
            if len(targets) == 1:
                union.union(key, targets.pop())
                break
    return {k: union.find(k) for k in forms_of}


def _official(words: list[str]) -> bool:
    """ "borough of dunmere", "royal borough of maresby" (round s35: describing adjectives before
    the division noun)."""
    at = words.index("of") if "of" in words else 0
    return 0 < at < len(words) - 1 and is_division_noun(words[at - 1]) and all(is_describing_adjective(w) for w in words[: at - 1])


def _place_after_of(words: list[str]) -> str:
    return words[words.index("of") + 1]


def is_official_place_name(form: str) -> bool:
    """ "Borough of Dunmere and Kell", "Municipality of Dunmere-Osk"."""
    return _official(name_words(form))



def _join_official_place_names(union: UnionFind, keys: list[str], words_of: dict[str, list[list[str]]], place: dict[str, bool]) -> None:
    """ "Borough of Dunmere and Kell", "Municipality of Dunmere-Osk" (one GPE each, from
    ``nlp/entity_rules/place_names.py``) join the one place of the story named by the first word
    after "of" ("Dunmere"): an official long name is the town's, whatever it adds."""
    towns: dict[str, set[str]] = {}
    for key in keys:
        for words in words_of[key]:
            if place[key] and len(words) == 1:
                towns.setdefault(words[0], set()).add(key)
    for key in keys:
        if not place[key]:
            continue
        for words in words_of[key]:
            if _official(words) and len(towns.get(_place_after_of(words), ())) == 1:
                union.union(key, next(iter(towns[_place_after_of(words)])))
                break


def _join_demonym_forms(union: UnionFind, organisations: list[str], words_of: dict[str, list[list[str]]]) -> None:
    """ "Central Bank of Corvia" and "the Corvian Central Bank" (round s35): a body named "<words>
    of <place>" and one named by the place's demonym before the same words, in any order, are
    one body (``names.is_demonym_of``: "Corvian" of "Corvia"). The words must be the same ones,
    so "Corvian Central Bank" is not the "Development Bank of Corvia"."""
    official: dict[tuple[str, frozenset[str]], set[str]] = {}
    for key in organisations:
        for words in words_of[key]:
            if "of" in words and words.index("of") == len(words) - 2 and words.index("of") > 0:
                official.setdefault((words[-1], frozenset(words[:-2])), set()).add(key)
    if not official:
        return
    for key in organisations:
        for words in words_of[key]:
            if len(words) < 2 or "of" in words:
                continue
            rest = frozenset(words[1:])
            targets = {k for (place, body), ks in official.items() if body == rest and is_demonym_of(words[0], place) for k in ks}
            targets = {union.find(k) for k in targets} - {union.find(key)}
            if len(targets) == 1:
                union.union(key, targets.pop())
                break


def _all_inside(c: str, d: str, words_of: dict[str, list[list[str]]]) -> bool:
    """Every word of group ``c`` is in group ``d``: "Health Ministry" inside "Lakeland Health Ministry"."""
    inside = {w for form in words_of[d] for w in form}
    return all(set(form) <= inside for form in words_of[c])


# Actor types a head noun may stand for: the phrase finder reads organisation and facility names.
HEAD_NOUN_TYPES = frozenset({"ORG", "FAC"})


def name_head(form: str) -> str:
    """The head noun of a name, lower-cased: the word before its first "of" ("Ministry of
    Health" -> "ministry"), else its last word ("Westmoor Baptist Hospital" -> "hospital")."""
    words = clean_name(form).split()
    if "of" in words[1:]:
        words = words[: words.index("of")]
    return words[-1].lower() if words else ""


def _story_heads(actors) -> dict[str, set[str]]:
    """Head noun -> the organisation and facility actors of the story with a name of several
    words that it heads."""
    found: dict[str, set[str]] = {}
    for actor in actors:
        if actor.type in HEAD_NOUN_TYPES:
            for form in actor.aliases:
                if len(clean_name(form).split()) > 1:
                    found.setdefault(name_head(form), set()).add(actor.id)
    return found


def _open_phrase_actor(phrase, heads: dict[str, set[str]], actors: dict, named_before: list[str]) -> str | None:
    """The one actor an open phrase ("the hospital" in an article naming none) stands for in the
    story, or None. A capitalised word of the phrase must be a word of one of the actor's names
    ("the Baptist hospital" is not "St. Agnes Hospital"). Round s34: the actors of the phrase's
    kind count too ("the bank" may be "Tarvel Mutual Building Society", a kind of bank by
    WordNet); a modifier that makes a kind with the head ("the savings bank") keeps those of that
    kind; of several left, the one its article named last before it (``named_before``: actor
    ids in the article's order), when the article names any."""
    ids = {i for i in heads.get(phrase.head, set()) | _of_its_kind(phrase.head, actors) if _fits_modifiers(phrase, actors[i])}
    ids = {i for i in ids if _holds_capitalised_words(phrase, actors[i])}
    if len(ids) > 1:
        ids = {next((i for i in reversed(named_before) if i in ids), None)} - {None}
    return ids.pop() if len(ids) == 1 else None


def _of_its_kind(head: str, actors: dict) -> set[str]:
    """The organisation actors of the story whose long name WordNet makes a kind of the head noun."""
    from storylens.nlp.entity_rules.body_kinds import is_a_kind_of

    return {
        a.id
        for a in actors.values()
        if a.type == "ORG"
        and any(len(clean_name(f).split()) > 1 and is_a_kind_of(clean_name(f).split(), head) for f in a.aliases)
    }


def _fits_modifiers(phrase, actor) -> bool:
    """ "the savings bank" fits a building society, not a central bank (``body_kinds.fits_kind``);
    a modifier that is a word of the actor's names fits it."""
    from storylens.nlp.entity_rules.body_kinds import compound_kind, fits_kind

    words = re.findall(r"[\w-]+", phrase.span.text.lower())[:-1]
    own = {w for form in actor.aliases for w in place_key(form).split()}
    for word in words:
        kind = compound_kind(word, phrase.head) if word not in own else None
        if kind is not None and not any(fits_kind(kind, phrase.head, clean_name(f).split()) for f in actor.aliases):
            return False
    return True


def _holds_capitalised_words(phrase, actor) -> bool:
    """Every capitalised word of the phrase is a word of one of the actor's names."""
    capitalised = {w.lower() for w in re.findall(r"\w+", phrase.span.text) if w[:1].isupper()} - {"the", phrase.head}
    return capitalised <= {w for form in actor.aliases for w in place_key(form).split()}


def _is_a_business(actor) -> bool:
    """An organisation named with several words, none of whose names is headed by a word for
    another kind of body, a place or a building (``people.heads_no_business_name``) or a public
    body (``people.heads_a_public_body``, round s33): "Dravemont
    Chemical Works", "Orvane Logistics", "Nordline Shipping Group"; not "University of Varnholt",
    "Varnholt Town Council", "St. Agnes Hospital"."""
    from storylens.nlp.entity_rules.people import heads_a_public_body, heads_no_business_name

    if actor.type != "ORG":
        return False
    long_names = [form for form in actor.aliases if len(clean_name(form).split()) > 1]
    # round s33: "Kestovian Fire Service", "Harbour Coast Guard" are public bodies, no business
    # a description of a firm ("the state building contractor") may stand for
    return bool(long_names) and not any(
        heads_no_business_name(name_head(form)) or heads_a_public_body(name_head(form)) for form in long_names
    )


def _business_phrase_actor(phrase, actors: dict) -> str | None:
    """The one business of the story an open phrase naming a kind of business stands for ("the
    fertiliser maker", "the chemicals firm": round s32), or None when the story has none or
    several. A capitalised word of the phrase must be a word of the business's names."""
    from storylens.nlp.entity_rules.people import names_a_business

    if not names_a_business(phrase.head):
        return None
    businesses = [a for a in actors.values() if _is_a_business(a)]
    if len(businesses) != 1:
        return None
    return businesses[0].id if _holds_capitalised_words(phrase, businesses[0]) else None


def join_noun_mentions(context: StoryContext) -> int:
    """Add each article's head-noun phrases to the one actor their names resolve to (as mentions
    with their exact spans, in ``Actor.mentions`` and ``context.actor_of_mention``); returns how
    many were added. A phrase whose names are several actors, or an actor of another type, is
    left alone."""
    actors = {a.id: a for a in context.actors}
    heads = _story_heads(context.actors)
    order = {a.article.id: i for i, a in enumerate(context.analyses)}
    added = 0
    for analysis in context.analyses:
        named = sorted(
            (m.span.start, context.actor_of_mention.get((m.span.article, m.span.start, m.span.end)))
            for m in analysis.mentions
        )
        for phrase in analysis.noun_mentions:
            span = phrase.span
            if not phrase.names:
                before = [i for start, i in named if i and start < span.start]
                ids = {_open_phrase_actor(phrase, heads, actors, before) or _business_phrase_actor(phrase, actors)}
            else:
                ids = {context.actor_of_mention.get((n.article, n.start, n.end)) for n in phrase.names}
            if len(ids) != 1 or None in ids:
                continue
            actor = actors.get(ids.pop())
            if actor is None or actor.type not in HEAD_NOUN_TYPES:
                continue
            if (span.article, span.start, span.end) in context.actor_of_mention:
                continue  # already a named mention
            context.actor_of_mention[(span.article, span.start, span.end)] = actor.id
            actor.mentions.append(span)
            added += 1
    for actor in context.actors:
        actor.mentions.sort(key=lambda s: (order.get(s.article, 0), s.start))
    return added
