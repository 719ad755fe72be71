"""Names of the story found again where the model left them untagged (issue 19, round s30).

The small model tags a name in one sentence and misses it in the next: a town as the subject of
a verb ("Dunmere reopened its schools"), an organisation's name without its national prefix
("sent by the Lake Rescue Corps" beside "the Tarvian Lake Rescue Corps"), a country in a Title
Case headline ("Velland Grieves After Ferry Sinks"). What the story tags somewhere is a name of
the story; its other occurrences are mentions too:

- ``untagged_story_names``: in the bodies, each spelling of a place or organisation mention of
  the story, written as a whole name (no capitalised word runs on either side), and the last
  two or more words of an organisation's name after "the" when no other organisation of the
  story ends so;
- ``retype_short_names_read_as_people``: such an end of an organisation's name that the model
  typed PERSON ("Ferry Line said") is the organisation's;
- ``nicknames``: a name written as another's nickname ("the Kell Community Hall, known as the
  Stonehouse") is that one's;
- ``untagged_title_names``: in the headlines, each spelling of a body's name, as a title
  mention (which joins the actor of that spelling and never makes one);
- round s31, people: ``untagged_surnames`` finds the surname of a person the story names in full
  where the model left it untagged or read it as a date ("Tarrow told the union"), for the
  surname rules to resolve; ``untagged_first_names`` a first name alone ("whose husband Anders")
  of the only person of the story with that first name, in an article that writes the person's
  surname; ``untagged_title_people`` a person's surname or full name in a headline ("Tarrow
  orders inquiry as ...").

A one-word spelling that is a word of the language ("Transport", "Police") is not looked for:
capitalised at a sentence start or in a heading it is too often the common noun.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from storylens.nlp.names import clean_name, fold_space, org_key
from storylens.nlp.titles import title_text_to_parse
from storylens.records import Mention, TitleSpan
from storylens.story.context import StoryContext
from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language
from storylens.story.actor_merges import as_acronym
from storylens.story.mention_types import add_found, is_common_noun, taken_spans

# Types whose spellings are looked for again; people are left to the surname rules
# (story/surnames.py), peoples and dates need no second look.
REFOUND_TYPES = frozenset({"GPE", "LOC", "ORG", "FAC"})
PLACE_TYPES = ("GPE", "LOC", "FAC")
# The fewest words of an organisation's shortened name: "Rescue Corps", not "Corps".
SHORT_NAME_WORDS = 2

_WORD_BEFORE = re.compile(r"([\w'’.-]+)([ \t]+)$")
_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")


def _runs_on(text: str, start: int, end: int) -> bool:
    """A capitalised word right after the match, or right before it other than a sentence's
    first word: the match is a part of a longer name ("Dunmere Hospital", "North Dunmere")."""
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1)[:1].isupper():
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 60) : start])
    if not before or not before.group(1)[:1].isupper():
        return False
    word_start = start - len(before.group(0))
    return not _SENTENCE_START.search(text[max(0, word_start - 3) : word_start])


def _after_the(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 10) : start])
    return bool(before) and before.group(1).lower() == "the"


def _spelling(mention: Mention) -> str:
    return fold_space(clean_name(mention.span.text))


def _looked_for(spelling: str) -> bool:
    words = spelling.split()
    if not words or not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
        return False
    return len(words) > 1 or not (is_common_noun(spelling) or is_a_word_of_the_language(spelling))


def story_spellings(mentions: list[Mention]) -> dict[str, str]:
    """Spelling -> type of each place or organisation name of the story: the type most of its
    mentions have, a place's on a tie with a person's ("Skellow" once a PERSON after "Anna
    Rusk of", once a GPE after "a carpenter from")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[_spelling(mention)][mention.type] += 1
    spellings = {}
    for spelling, count in votes.items():
        kinds = [t for t in REFOUND_TYPES if count[t]]
        if not kinds or not _looked_for(spelling):
            continue
        best = max(kinds, key=lambda t: (count[t], t in PLACE_TYPES))
        if count[best] >= count["PERSON"]:
            spellings[spelling] = best
            if _capitals_of_a_word(spelling) and _looked_for(spelling.title()):
                spellings.setdefault(spelling.title(), best)  # "VARNHOLT, Tarvonia —": the town is "Varnholt"
    return spellings


# Fewer letters than this in capitals may be an acronym ("DCW"), not a word set in capitals.
SHOUTED_WORD = 5


def _capitals_of_a_word(spelling: str) -> bool:
    """A one-word name set in capitals, long enough to be no acronym: a dateline's town
    ("VARNHOLT"), whose other mentions the bodies write in title case (round s32)."""
    return spelling.isalpha() and spelling.isupper() and len(spelling) >= SHOUTED_WORD


def _short_names(mentions: list[Mention], spellings: dict[str, str]) -> dict[str, str]:
    """The last two or more words of an organisation's name that no other organisation of the
    story ends with: "Lake Rescue Corps" of "Tarvian Lake Rescue Corps"."""
    owners: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        words = _spelling(mention).split()
        if mention.type != "ORG" or len(words) <= SHORT_NAME_WORDS:
            continue
        for cut in range(1, len(words) - SHORT_NAME_WORDS + 1):
            owners[" ".join(words[cut:])].add(org_key(mention.span.text))
    return {tail: "ORG" for tail, keys in owners.items() if len(keys) == 1 and tail not in spellings and _looked_for(tail)}


def retype_short_names_read_as_people(mentions: list[Mention]) -> None:
    """A PERSON of two or more words that is the end of one organisation's name of the story
    is that organisation shortened: "Ferry Line said" beside "the Northern Isles Ferry Line"."""
    short = _short_names(mentions, {})
    for mention in mentions:
        if mention.type == "PERSON" and len(spelling := _spelling(mention).split()) >= SHORT_NAME_WORDS and " ".join(spelling) in short:
            mention.type = "ORG"


# "the Kell Community Hall, known as the Stonehouse,": the words between a name and its nickname.
_KNOWN_AS = re.compile(r"[ \t]*[,(][ \t]*(?:\w+ly[ \t]+)?(?:known|nicknamed|dubbed)[ \t]+as[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


# "the Coastal Watch Service (KWD)": an acronym the article defines in brackets after the name.
_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*$")
_BRACKET_CLOSES = re.compile(r"^[ \t]*\)")


def _defined_in_brackets(mention: Mention, text: str) -> re.Match | None:
    """The opening bracket before an acronym closed right after it (round s36): the article says
    what the acronym stands for, whether or not its letters spell the name (an acronym of a name
    in another language, or of words the name drops)."""
    if not as_acronym(mention.span.text) or not _BRACKET_CLOSES.match(text[mention.span.end : mention.span.end + 3]):
        return None
    return _BRACKET_OPENS.search(text[max(0, mention.span.start - 5) : mention.span.start])


def nicknames(mentions: list[Mention], texts: dict[str, str]) -> list[tuple[Mention, Mention]]:
    """(nickname, name) for each name written as another's nickname right after it: "the Kell
    Community Hall, known as the Stonehouse", and an acronym defined in brackets, "the Coastal
    Watch Service (KWD)" (a person's nickname is left to the person rules)."""
    ends = {(m.span.article, m.span.end): m for m in mentions if m.type != "PERSON"}
    pairs = []
    for mention in mentions:
        if mention.type == "PERSON":
            continue
        text = texts.get(mention.span.article, "")
        gap = _KNOWN_AS.search(text[max(0, mention.span.start - 40) : mention.span.start]) or _defined_in_brackets(mention, text)
        if gap is None:
            continue
        named = ends.get((mention.span.article, mention.span.start - len(gap.group(0))))
        if named is not None:
            pairs.append((mention, named))
    return pairs


def _pattern(spellings) -> re.Pattern:
    alternatives = "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))
    return re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])")


def untagged_story_names(context: StoryContext, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the story's place and organisation names where the model left them untagged
    (see the module's docstring); each joins its article's list of mentions."""
    spellings = story_spellings(mentions)
    short = _short_names(mentions, spellings)
    taken = taken_spans(context, mentions)
    found = []
    for label in sorted(REFOUND_TYPES):
        whole = [s for s, t in spellings.items() if t == label]
        if whole:
            found += add_found(
                context, _pattern(whole), label, taken, lambda m: not _runs_on(m.string, m.start(1), m.end(1))
            )
    if short:
        found += add_found(
            context,
            _pattern(short),
            "ORG",
            taken,
            lambda m: _after_the(m.string, m.start(1)) and not _runs_on(m.string, m.start(1), m.end(1)),
        )
    return found


def untagged_title_names(context: StoryContext, mentions: list[Mention]) -> None:
    """Title mentions of the body names a headline holds untagged: "Velland" in "Velland Grieves
    After Ferry Sinks" once a body of the story names Velland. Only the name is marked, never
    the verb after it; a title mention joins an actor and makes none (story/framing.py)."""
    spellings = story_spellings(mentions)
    if not spellings:
        return
    pattern = _pattern(spellings)
    for analysis in context.analyses:
        title = analysis.article.title or ""
        held = [(m.span.start, m.span.end) for m in analysis.title_mentions]
        for match in pattern.finditer(title):
            start, end = match.span(1)
            if any(s < end and start < e for s, e in held):
                continue
            analysis.title_mentions.append(Mention(TitleSpan.of(analysis.article.id, title, start, end), spellings[match.group(1)]))
            held.append((start, end))


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 3) : start]))


def _stands_as_a_name(match: re.Match) -> bool:
    """A whole capitalised word that runs into no other name; at a sentence's start, where any
    word is capitalised, only one that is no word of the language ("Vane said" is not looked for
    there, "Tarrow told" is)."""
    text, start, end = match.string, match.start(1), match.end(1)
    if _runs_on(text, start, end):
        return False
    return not (_at_sentence_start(text, start) and is_a_word_of_the_language(match.group(1)))


def untagged_surnames(context: StoryContext, mentions: list[Mention], surnames: set[str]) -> list[Mention]:
    """PERSON mentions of the surnames of people the story names in full, where the model left
    the word untagged or gave it another type that is no name ("Tarrow" read as a DATE); the
    surname rules then say which person of that surname each one is."""
    looked = {w for w in surnames if len(w) > 2 and w[:1].isupper() and w[1:].islower()}
    if not looked:
        return []
    return add_found(context, _pattern(looked), "PERSON", taken_spans(context, mentions), _stands_as_a_name)


def untagged_first_names(
    context: StoryContext, mentions: list[Mention], people: list[tuple[set[str], set[str]]]
) -> list[tuple[Mention, int]]:
    """(mention, index of the person) for a first name written alone ("Mrs Brenn, whose husband
    Anders drowned"): ``people`` holds each person's first names and surnames. Only a first name
    one person of the story has, that is nobody's surname and no word of the language, and only
    in an article that writes that person's surname."""
    looked = first_name_owners(people)
    if not looked:
        return []

    def keep(match: re.Match) -> bool:
        return _stands_as_a_name(match) and writes_surname(match.string, people[looked[match.group(1)]][1])

    found = add_found(context, _pattern(looked), "PERSON", taken_spans(context, mentions), keep)
    return [(m, looked[m.span.text]) for m in found]


def first_name_owners(people: list[tuple[set[str], set[str]]]) -> dict[str, int]:
    """First name -> index of the only person of the story who has it, for first names that
    are nobody's surname and no word of the language."""
    owners: dict[str, set[int]] = defaultdict(set)
    surnames = {w for _, last in people for w in last}
    for index, (firsts, _) in enumerate(people):
        for word in firsts:
            owners[word].add(index)
    return {
        w: next(iter(i))
        for w, i in owners.items()
        if len(i) == 1 and w not in surnames and w[:1].isupper() and not is_a_word_of_the_language(w)
    }


def writes_surname(text: str, surnames: set[str]) -> bool:
    return bool(surnames) and bool(re.search(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w-])", text))


def untagged_title_people(context: StoryContext, names: set[str]) -> None:
    """Title mentions of people's names a headline holds untagged: "Tarrow orders inquiry as
    typhoid spreads", "Scaremongering Vane inflates toll". ``names``: the full names and the
    surnames that only one person of the story has. The word must stay capitalised once the
    headline is read in its article's casing (a Title Case headline's ordinary words are
    lowered), so "Vane" counts in "Scaremongering Vane Inflates Toll" only when the bodies
    write it as a name."""
    if not names:
        return
    pattern = _pattern(names)
    for analysis in context.analyses:
        title = analysis.article.title or ""
        if not title.strip():
            continue
        cased = title_text_to_parse(analysis.article)
        held = [(m.span.start, m.span.end) for m in analysis.title_mentions]
        for match in pattern.finditer(cased):
            start, end = match.span(1)
            if any(s < end and start < e for s, e in held) or _runs_on(cased, start, end):
                continue
            analysis.title_mentions.append(Mention(TitleSpan.of(analysis.article.id, title, start, end), "PERSON"))
            held.append((start, end))
