"""Which person a surname alone names when the story holds several with that surname (issue 19,
round s28).

A reader takes "Ms Velt" to be the Velt named earlier in the same article whose form of address,
pronouns or relation fit, and never the person the same phrase sets apart from it:

- **Gender** of a person named in full comes from the article: a form of address before a
  mention ("Ms Mara Velt"), a kinship noun before it ("her husband, Anton Velt": a husband), and
  the pronouns whose nearest person before them, in their sentence or the one before, is that
  mention ("Mara Velt ... Her husband ..."; "Anton Velt said ... his firm"). A surname with a
  form of address ("Ms Velt", "Mr Orsak") names no one of the other gender.
- **Set apart**: a surname written in one short phrase with a full name, joined by "and" or by a
  kinship noun ("Mr Orsak and his son Jan Orsak", "Dr Lind's brother, Oskar Lind"), names
  another person than that full name. That person has no full name in the story: the mention
  stays an actor of its own, and a later mention of the same surname in that article with the
  same form of address ("Mr Orsak said ...") is that same person.
- **"The younger X" / "the elder X"**: WordNet says which kinship nouns name an offspring
  (son, daughter, grandson) and which a parent (father, mother); "the younger Orsak" is the one
  introduced as someone's son, "the elder Orsak" not him.

When the signs leave more than one person named in full in the article, the surname names none
of them: it stays its own actor rather than joining the wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storylens.nlp.label_rules import KIN_GENDER, KINSHIP_NOUNS
from storylens.nlp.quotes.speakers import HONORIFICS as ADDRESS_GENDER  # forms of address that say a gender
from storylens.nlp.quotes.speakers import PRONOUN_GENDER

ADDRESS = re.compile(r"\b(mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord)\.?\s+$", re.IGNORECASE)
KIN_BEFORE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in KINSHIP_NOUNS), key=len, reverse=True)) + r")\s*,?\s*$", re.IGNORECASE)
PRONOUN = re.compile(r"\b(" + "|".join(PRONOUN_GENDER) + r")\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\bthe\s+(younger|elder|older)\s+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
# The most a phrase joining two names ("and his son", "'s brother,") may hold.
JOINING_PHRASE = 40


@lru_cache(maxsize=256)
def kin_role(noun: str) -> str:
    """ "child" for a kinship noun whose first WordNet sense is an offspring (son, granddaughter),
    "parent" for a parent (father, mother), "" otherwise."""
    from storylens.nlp.wordnet import wordnet

    reader = wordnet()
    senses = reader.synsets(reader.morphy(noun.lower(), "n") or noun.lower(), pos="n")
    if not senses:
        return ""
    ancestors = {h.name() for path in senses[0].hypernym_paths() for h in path}
    return "child" if "offspring.n.01" in ancestors else "parent" if "parent.n.01" in ancestors else ""


def address_before(text: str, start: int) -> str:
    """The form of address written right before a mention, lower-cased without its dot ("ms")."""
    match = ADDRESS.search(text[max(0, start - 12) : start])
    return match.group(1).lower() if match else ""


def _kin_before(text: str, start: int) -> str:
    match = KIN_BEFORE.search(text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


def _sentences_between(text: str, start: int, end: int) -> int:
    return len(SENTENCE_END.findall(text, start, end))


class SurnameReader:
    """Reads one story's texts for the signs above. ``people``: the groups of people named in
    full (objects with ``mentions``), ``texts``: article id -> text."""

    def __init__(self, people: list, texts: dict[str, str], person_mentions: list) -> None:
        self.texts = texts
        self.group_of = {}  # (article, start) of a full-name mention -> its group
        for group in people:
            for m in group.mentions:
                self.group_of[(m.span.article, m.span.start)] = group
        self.person_starts: dict[str, list[int]] = {}
        for m in person_mentions:
            self.person_starts.setdefault(m.span.article, []).append(m.span.start)
        for starts in self.person_starts.values():
            starts.sort()
        self.genders: dict[int, dict[str, str]] = {}  # id(group) -> article -> "m"/"f"
        self.roles: dict[int, set[str]] = {}  # id(group) -> {"child", "parent"}
        for group in people:
            self._read_group(group)
        self._pronoun_genders()
        # (article, surname key) -> forms of address of surname mentions set apart from the full names
        self.apart: dict[tuple[str, str], set[str]] = {}

    def _read_group(self, group) -> None:
        genders = self.genders.setdefault(id(group), {})
        for m in group.mentions:
            text = self.texts.get(m.span.article, "")
            gender = ADDRESS_GENDER.get(address_before(text, m.span.start))
            kin = _kin_before(text, m.span.start)
            gender = gender or KIN_GENDER.get(kin)
            if kin and kin_role(kin):
                self.roles.setdefault(id(group), set()).add(kin_role(kin))
            if gender:
                genders[m.span.article] = gender

    def _pronoun_genders(self) -> None:
        """A pronoun's gender goes to the full name that is the nearest person mention before it
        in its sentence or the one before, when the article has not said otherwise."""
        votes: dict[tuple[int, str], dict[str, int]] = {}
        groups = {}
        for article, starts in self.person_starts.items():
            text = self.texts.get(article, "")
            for match in PRONOUN.finditer(text):
                before = [s for s in starts if s < match.start()]
                if not before or _sentences_between(text, before[-1], match.start()) > 1:
                    continue
                group = self.group_of.get((article, before[-1]))
                if group is None:
                    continue
                groups[id(group)] = group
                tally = votes.setdefault((id(group), article), {})
                gender = PRONOUN_GENDER[match.group(1).lower()]
                tally[gender] = tally.get(gender, 0) + 1
        for (key, article), tally in votes.items():
            genders = self.genders.setdefault(key, {})
            if article not in genders and len(tally) == 1:
                genders[article] = next(iter(tally))

    def gender(self, group, article: str) -> str:
        genders = self.genders.get(id(group), {})
        if article in genders:
            return genders[article]
        known = set(genders.values())
        return known.pop() if len(known) == 1 else ""

    def _set_apart(self, mention, group) -> bool:
        """The surname and one of the group's full names are joined in one short phrase by "and"
        or a kinship noun: two people ("Mr Orsak and his son Jan Orsak")."""
        text = self.texts.get(mention.span.article, "")
        for m in group.mentions:
            if m.span.article != mention.span.article:
                continue
            first, second = sorted((m.span, mention.span), key=lambda s: s.start)
            between = text[first.end : second.start]
            if 0 < len(between) <= JOINING_PHRASE and not SENTENCE_END.search(between + " "):
                words = set(re.findall(r"[\w-]+", between.lower()))
                if "and" in words or words & KINSHIP_NOUNS:
                    return True
        return False

    def choose(self, mention, surname: str, candidates: list) -> tuple[bool, object]:
        """(decided, group): whether the article's signs decide, and the group they pick (None:
        a person of its own). Not decided: the story-wide rules apply."""
        article = mention.span.article
        text = self.texts.get(article, "")
        address = address_before(text, mention.span.start)
        local = [g for g in candidates if any(m.span.article == article for m in g.mentions)]
        apart = [g for g in local if self._set_apart(mention, g)]
        key = (article, surname)
        if apart:
            self.apart.setdefault(key, set()).add(address)
        fitting = [g for g in local if g not in apart]
        gender = ADDRESS_GENDER.get(address)
        if gender:
            fitting = [g for g in fitting if self.gender(g, article) in ("", gender)]
        age = AGE_BEFORE.search(text[max(0, mention.span.start - 16) : mention.span.start])
        if age:
            wanted, unwanted = ("child", "parent") if age.group(1).lower() == "younger" else ("parent", "child")
            fitting = [g for g in fitting if unwanted not in self.roles.get(id(g), set())]
            with_role = [g for g in fitting if wanted in self.roles.get(id(g), set())]
            if with_role or key in self.apart:
                fitting = with_role
        elif key in self.apart and address in self.apart[key]:
            return True, None  # "Mr Orsak said": the Mr Orsak set apart earlier in the article
        if not local:
            return False, None
        if len(fitting) == 1:
            return True, fitting[0]
        if len(fitting) == len(local) and not apart and not gender and not age:
            return False, None  # no sign read: the story-wide rules decide
        return True, None
