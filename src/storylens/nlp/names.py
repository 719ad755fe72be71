"""Name normalisation shared by the entity fixes (per Doc) and the actor merging (per story).

Pure string functions, no spaCy: the story layer gets mention texts, not Docs, so both
layers must agree on what "the same name" means from the surface text alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that precede a name as a title or office, never part of the name itself.
TITLE_WORDS = frozenset(
    """
    president vice prime minister deputy secretary press foreign defense defence interior
    spokesman spokeswoman spokesperson chief head general gen. gen col. colonel commander
    lt. lieutenant maj. major sgt. sergeant adm. admiral marshal captain capt. director chairman
    chairwoman chair leader mayor governor gov. senator sen. rep. representative congressman
    congresswoman ambassador king queen prince princess pope patriarch chancellor premier
    mr. mr mrs. mrs ms. ms dr. dr sir lord lady dame ceo founder dictator warlord judge justice
    attorney prosecutor minister-president emir sheikh sultan ayatollah bishop archbishop cardinal
    rev. reverend rabbi imam
    """.split()
)

# Generic words of organisation names: "PMC Wagner", "Wagner Group" and "Wagner" are one name.
GENERIC_ORG_WORDS = frozenset("the group pmc inc inc. ltd ltd. llc plc corp corp. corporation company co co.".split())
GENERIC_ORG_PHRASES = ("private military company", "private military contractor")

# Heads that make a multi-word name an organisation or a publication, whatever the model said.
ORG_HEAD_WORDS = frozenset(
    """
    gazeta times post news herald tribune telegraph journal gazette pravda izvestia daily weekly
    agency ministry army battalion brigade regiment division guard corps party company corporation
    group inc ltd council committee commission institute university bank fund foundation service
    forces network channel tv radio press union federation association league movement front
    """.split()
)

POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow""".split()
)
PRONOUNS = frozenset("i me my he him his she her hers it its we us our they them their you your who whom".split())


def fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold_space(text: str) -> str:
    return " ".join(text.split())


def strip_possessive(text: str) -> str:
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 1:
            return text[: -len(ending)]
    return text


_EDGE_PUNCT = "*_\"'“”‘’«»()[]{}<>.,;:!?-–—#/\\"


@lru_cache(maxsize=65536)  # a story repeats the same few hundred names thousands of times
def clean_name(text: str) -> str:
    """The name as written, without edge punctuation, a leading "the" or a possessive.

    Keeps spelling and case: "the Wagner Group’s" -> "Wagner Group". Titles stay ("Defense
    Ministry" is a name); `person_name` drops them.
    """
    text = fold_space(text.replace("\u00a0", " "))
    # A trailing "." belongs to abbreviations ("U.S.", "Inc."), so only strip it after a long word.
    text = text.strip(_EDGE_PUNCT.replace(".", ""))
    text = strip_possessive(text).strip(_EDGE_PUNCT.replace(".", ""))
    words = text.split(" ")
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return words


def place_key(text: str) -> str:
    """"Rostov-on-Don", "Rostov on Don" and "U.S."/"US" compare equal."""
    # A curly and a straight apostrophe are one name's two typings ("Dock Workers’ Union").
    text = fold_accents(clean_name(text)).lower().replace(".", "").replace("’", "'")
    return fold_space(re.sub(r"[-‐–]", " ", text))


@lru_cache(maxsize=65536)
def org_key(text: str) -> str:
    """An organisation name without generic words: "PMC Wagner", "the Wagner Group" -> "wagner"."""
    text = place_key(text)
    for phrase in GENERIC_ORG_PHRASES:
        text = text.replace(phrase, " ")
    words = [w for w in text.split() if w not in GENERIC_ORG_WORDS]
    return " ".join(words) or text


# Transliteration rules, applied in order to a lower-cased word: the common alternatives of
# romanised Slavic (and other) names reduce to one spelling. General spelling rules, not names.
_TRANSLIT_RULES: list[tuple[str, str]] = [
    (r"^ye", "e"),  # Yevgeny / Evgeny
    (r"^ie", "e"),
    (r"^yu", "iu"),  # Yuri / Iuri
    (r"^ya", "ia"),
    (r"ks", "x"),  # Aleksandr / Alexander
    (r"kh", "h"),  # Mikhail / Mihail
    (r"ck", "k"),
    (r"([aeou])y(?=[bcdfghjklmnpqrstvwxz])", r"\1i"),  # Shoygu / Shoigu, Maykop / Maikop
    (r"iy$", "y"),  # Zelenskiy / Zelensky
    (r"yy$", "y"),  # Zelenskyy
    (r"ii$", "y"),
    (r"ij$", "y"),
    (r"i$", "y"),  # Dmitri / Dmitry
    (r"ey$", "y"),  # Sergey / Sergei (now "sergey")
    (r"er$", "r"),  # Alexander / Aleksandr
    (r"ie", "i"),
    (r"yo", "io"),
    (r"(.)\1", r"\1"),  # doubled letters
]


_COMPILED_TRANSLIT_RULES = [(re.compile(pattern), replacement) for pattern, replacement in _TRANSLIT_RULES]


@lru_cache(maxsize=65536)
def translit_key(word: str) -> str:
    """One spelling for the transliteration variants of a name word."""
    key = fold_accents(word).lower().strip(".")
    for pattern, replacement in _COMPILED_TRANSLIT_RULES:
        key = pattern.sub(replacement, key)
    return key


def name_suffix(text: str) -> str:
    """ "Jr.", "III" ...: a father and son share every other word of their names."""
    words = clean_name(text).split(" ")
    return words[-1].lower().rstrip(".") if len(words) > 1 and words[-1].lower() in NAME_SUFFIXES else ""


def person_words(text: str) -> list[str]:
    """The words of a person's name without titles, suffixes ("Jr."), possessive or punctuation."""
    words = [w for w in strip_titles(clean_name(text).split(" ")) if w]
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    return words


def person_name(text: str) -> str:
    """ "President Vladimir Putin’s" -> "Vladimir Putin"; suffixes stay ("Donald Trump Jr.")."""
    return " ".join(w for w in strip_titles(clean_name(text).split(" ")) if w)


def canonical_name(text: str, label: str) -> str:
    return person_name(text) if label == "PERSON" else clean_name(text)


def name_length(name: str) -> int:
    """Words in a name, hyphenated parts counted apart: "Rostov-on-Don" = "Rostov on Don"."""
    return len(re.split(r"[\s\-‐–]+", name.strip()))


# What English adds to a place's name (its final vowels dropped) to name its people:
# Soravia -> Soravian(s), Morvan -> Morvani, Kessland -> Kesslander, Tavrenia -> Tavrenian.
DEMONYM_ENDINGS = ("ian", "ean", "an", "n", "ese", "ish", "i", "er", "ite", "ic")
# The same endings when they alone say "of a people", with no place named: "Tavrenians",
# "Morvanese". "-i", "-an", "-er", "-ic" end too many other names to be read alone.
DEMONYM_ONLY_ENDINGS = ("ian", "ians", "ean", "eans", "ese", "ish")


def is_demonym_of(word: str, place: str) -> bool:
    """ "Soravian"/"Soravians" of "Soravia", "Morvani" of "Morvan": one word formed from
    the place's name by a demonym ending (plural "s" allowed)."""
    word, place = fold_accents(word).lower(), fold_accents(place).lower()
    if not word.isalpha() or not place.isalpha() or len(place) < 4 or word == place:
        return False
    stem = place.rstrip("aeiouy")
    if len(stem) < 3 or not word.startswith(stem):
        return False
    rest = word[len(stem) :]
    rest = rest[:-1] if rest.endswith("s") and len(rest) > 1 else rest
    return rest in DEMONYM_ENDINGS or any(rest == place[len(stem) :] + e for e in DEMONYM_ENDINGS)


def looks_like_demonym(word: str) -> bool:
    """ "Tavrenians", "Morvanese": a capitalised word with an ending that names a people."""
    word = clean_name(word)
    return word.isalpha() and word[:1].isupper() and word.lower().endswith(DEMONYM_ONLY_ENDINGS)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_accents(text).lower()).strip("-") or "actor"


def is_junk_name(text: str) -> bool:
    """Not a name at all: no capital letter, a pronoun, a number or a date word."""
    cleaned = clean_name(text)
    if not cleaned or not any(c.isalpha() for c in cleaned):
        return True
    if (cleaned.lower() in PRONOUNS and not cleaned.isupper()) or cleaned.lower() in DATE_WORDS:
        return True
    if not any(c.isupper() for c in cleaned):
        return True
    return False
