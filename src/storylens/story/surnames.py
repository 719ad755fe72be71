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
  same form of address ("Mr Orsak said ...") is that same person — unless the article named
  another person of the form's gender in full (round s33: "Ilse Varrick ... She ... Ms Varrick
  said her son, Tomas Varrick, ..." sets Ms Varrick apart from her son only; every "Ms Varrick"
  is Ilse).
- **"The younger X" / "the elder X"**: WordNet says which kinship nouns name an offspring
  (son, daughter, grandson) and which a parent (father, mother); "the younger Orsak" is the one
  introduced as someone's son, "the elder Orsak" not him.

- **"Mr X" / "Ms X"** (round s30) is not the X the story writes "Dr X" or "Prof X" when
  another X fits: an outlet that titles a person does not call them Mr.
- **"Dr X"** (round s29) is the X introduced with "Dr" or as a medical practitioner (a noun
  whose first WordNet sense is one: surgeon, physician) when the story has such an X, never
  another X; "Prof X" likewise the X introduced with "Prof".
- **A form of address beyond the article** (round s29): when no person named in full in the
  article fits "Ms X" (or none is named there), the one woman X of the story whose gender the
  story gives is the one; with several people who fit, the one whose gender the story gives,
  when only one does.

When the signs leave more than one person named in full in the article, the surname names none
of them: it stays its own actor rather than joining the wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storylens.nlp.label_rules import KIN_GENDER, KINSHIP_NOUNS
from storylens.nlp.names import TITLE_WORDS
from storylens.nlp.quotes.gender import HONORIFICS as ADDRESS_GENDER  # forms of address that say a gender
from storylens.nlp.quotes.gender import PRONOUN_GENDER
from storylens.nlp.wordnet import is_medical_noun, kinds_of, senses_of

ADDRESS = re.compile(r"\b(mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord)\.?\s+$", re.IGNORECASE)
KIN_BEFORE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in KINSHIP_NOUNS), key=len, reverse=True)) + r")\s*,?\s*$", re.IGNORECASE)
PRONOUN = re.compile(r"\b(" + "|".join(PRONOUN_GENDER) + r")\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\bthe\s+(younger|elder|older)\s+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
# Forms of address that say an occupation: the person introduced with it, or as what it says.
OCCUPATION_ADDRESS = frozenset({"dr", "prof"})
WORD = re.compile(r"[A-Za-z]+")
# How far around a full name its introduction ("the surgeon Dr Anton Rusk", ", the duty
# consultant,") is read.
INTRODUCTION_BEFORE, INTRODUCTION_AFTER = 30, 60
# The most a phrase joining two names ("and his son", "'s brother,") may hold.
JOINING_PHRASE = 40


@lru_cache(maxsize=256)
def kin_role(noun: str) -> str:
    """ "child" for a kinship noun whose first WordNet sense is an offspring (son, granddaughter),
    "parent" for a parent (father, mother), "" otherwise."""
    senses = senses_of(noun)
    if not senses:
        return ""
    ancestors = kinds_of(senses[0])
    return "child" if "offspring.n.01" in ancestors else "parent" if "parent.n.01" in ancestors else ""


def _introduced_as_doctor(text: str, start: int, end: int) -> bool:
    """The words around a full name, within its sentence, hold a medical practitioner."""
    before = SENTENCE_END.split(text[max(0, start - INTRODUCTION_BEFORE) : start])[-1]
    after = SENTENCE_END.split(text[end : end + INTRODUCTION_AFTER] + " ")[0]
    return any(w[:1].islower() and is_medical_noun(w) for w in WORD.findall(before + " " + after))


TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")


def title_before(text: str, start: int) -> str:
    """The title written right before a mention, lower-cased ("Mayor Ostrel" -> "mayor"); ""
    for none and for a form of address ("Ms", "Dr": read by ``address_before``)."""
    match = TITLE_BEFORE.search(text[max(0, start - 16) : start])
    word = match.group(1).lower() if match else ""
    return word if word in TITLE_WORDS and not ADDRESS.search(word + " ") else ""


def _titles_around(text: str, start: int, end: int) -> set[str]:
    """The titles a full name is introduced with: one written before it ("Mayor Piet Ostrel") and
    the title nouns of its sentence around it ("Piet Ostrel, the mayor of Brenmoor", "the town's
    mayor, Piet Ostrel")."""
    before = SENTENCE_END.split(text[max(0, start - INTRODUCTION_BEFORE) : start])[-1]
    after = SENTENCE_END.split(text[end : end + INTRODUCTION_AFTER] + " ")[0]
    found = {w.lower() for w in WORD.findall(before + " " + after) if w.islower() and w in TITLE_WORDS}
    return found | ({title_before(text, start)} - {""})


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
        self.addressed: dict[int, set[str]] = {}  # id(group) -> {"dr", "prof"}: how it was introduced
        self.written_titled: set[int] = set()  # id(group) of people written with "Dr" or "Prof" before a name
        self.titles: dict[int, set[str]] = {}  # id(group) -> titles it is introduced with ("mayor")
        self.people = people
        for group in people:
            self._read_group(group)
        self._pronoun_genders()
        # (article, surname key) -> forms of address of surname mentions set apart from the full names
        self.apart: dict[tuple[str, str], set[str]] = {}
        self.apart_from: dict[tuple[str, str], set[int]] = {}  # the same key -> id(group) set apart from

    def _read_group(self, group) -> None:
        genders = self.genders.setdefault(id(group), {})
        for m in group.mentions:
            text = self.texts.get(m.span.article, "")
            address = address_before(text, m.span.start)
            gender = ADDRESS_GENDER.get(address)
            if address in OCCUPATION_ADDRESS:
                self.addressed.setdefault(id(group), set()).add(address)
                self.written_titled.add(id(group))
            if _introduced_as_doctor(text, m.span.start, m.span.end):
                self.addressed.setdefault(id(group), set()).add("dr")
            self.titles.setdefault(id(group), set()).update(_titles_around(text, m.span.start, m.span.end))
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

    def _untitled(self, groups: list) -> list:
        """The people the story never writes with "Dr" or "Prof" before their name: those "Mr
        Brun" may name where the story writes one Brun "Dr Lena Brun" (an outlet that gives a
        person that title does not call them Mr)."""
        return [g for g in groups if id(g) not in self.written_titled]

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
        title = title_before(text, mention.span.start)
        if title:
            decided = self._by_title(title, candidates)
            if decided is not None:
                return decided
        address = address_before(text, mention.span.start)
        local = [g for g in candidates if any(m.span.article == article for m in g.mentions)]
        apart = [g for g in local if self._set_apart(mention, g)]
        key = (article, surname)
        if apart:
            self.apart.setdefault(key, set()).add(address)
            self.apart_from.setdefault(key, set()).update(id(g) for g in apart)
        fitting = [g for g in local if g not in apart]
        gender = ADDRESS_GENDER.get(address)
        gender_known = False  # the article's own signs say this one person has the form's gender
        if gender:
            fitting = [g for g in fitting if self.gender(g, article) in ("", gender)]
            known = [g for g in fitting if self.gender(g, article) == gender]
            if len(known) == 1:
                fitting = known  # "Mr Kavel": the Kavel the article calls a man, not one it leaves open
                gender_known = True
            elif not fitting and local and not apart:
                return self._beyond_article(
                    candidates, local, lambda g: self.gender(g, article) == gender, lambda g: self.gender(g, article) in ("", gender)
                )
            elif fitting and not apart and not self._untitled(fitting):
                # "Mr Brun" where the article's only Brun so far is "Dr Brun": the untitled Brun
                # named elsewhere in the story, when there is one that fits.
                elsewhere = [
                    g for g in self._untitled(candidates) if g not in local and self.gender(g, article) in ("", gender)
                ]
                if len(elsewhere) == 1:
                    return True, elsewhere[0]
            else:
                fitting = self._untitled(fitting) or fitting
        if address in OCCUPATION_ADDRESS:
            titled = [g for g in candidates if address in self.addressed.get(id(g), set())]
            if titled:
                fitting = [g for g in fitting if g in titled]
                if not fitting and local and not apart:
                    return self._beyond_article(candidates, local, lambda g: g in titled, lambda g: g in titled)
        age = AGE_BEFORE.search(text[max(0, mention.span.start - 16) : mention.span.start])
        if age:
            wanted, unwanted = ("child", "parent") if age.group(1).lower() == "younger" else ("parent", "child")
            fitting = [g for g in fitting if unwanted not in self.roles.get(id(g), set())]
            with_role = [g for g in fitting if wanted in self.roles.get(id(g), set())]
            if with_role or key in self.apart:
                fitting = with_role
        elif key in self.apart and address in self.apart[key] and not (gender_known and id(fitting[0]) not in self.apart_from[key]):
            # "Mr Orsak said": the Mr Orsak set apart earlier in the article (from his son Jan).
            # Not when the article introduced another person of the form's gender (round s33):
            # "Ms Varrick said her son, Tomas Varrick, ..." sets Ms Varrick apart from her son,
            # not from the woman named before.
            return True, None
        if not local:
            return self._named_elsewhere(candidates, article, gender, address)
        if len(fitting) == 1:
            return True, fitting[0]
        if len(fitting) == len(local) and not apart and not gender and not age:
            return False, None  # no sign read: the story-wide rules decide
        return True, None

    def _by_title(self, title: str, candidates: list) -> tuple[bool, object] | None:
        """ "Mayor Ostrel" (round s34): the one Ostrel of the story introduced as mayor, in any
        outlet; when none is, no Ostrel whom the story introduces as a doctor or professor ("Dr
        Ilse Ostrel, a surgeon"), whose title is their occupation. Other titles overlap too often
        to rule a person out ("General X" introduced as "the commander"). None: the title does not
        decide."""
        holders = [g for g in candidates if title in self.titles.get(id(g), set())]
        if len(holders) == 1:
            return True, holders[0]
        if holders or not candidates or any(not self.addressed.get(id(g)) for g in candidates):
            return None
        return True, None

    @staticmethod
    def _beyond_article(candidates: list, local: list, fits, may_fit) -> tuple[bool, object]:
        """No one named in full in the article fits the form of address: the one person of the
        story named in full elsewhere whom it is known to fit ("Mr Kavel" where only his sister
        is named in full), else the one it is not known not to fit, else no one."""
        for test in (fits, may_fit):
            elsewhere = [g for g in candidates if g not in local and test(g)]
            if elsewhere:
                return True, elsewhere[0] if len(elsewhere) == 1 else None
        return True, None

    def _named_elsewhere(self, candidates: list, article: str, gender: str, address: str) -> tuple[bool, object]:
        """No one of the surname is named in full in the article: a form of address still rules
        out the people of the story it does not fit ("Ms Kavel" is not Tobias Kavel), and picks
        the one it is known to fit."""
        fits = [g for g in candidates if not gender or self.gender(g, article) in ("", gender)]
        if gender and not any(gender == self.gender(g, article) for g in fits):
            fits = self._untitled(fits) or fits
        if address in OCCUPATION_ADDRESS:
            titled = [g for g in fits if address in self.addressed.get(id(g), set())]
            fits = titled or fits
        known = [g for g in fits if gender and self.gender(g, article) == gender]
        if len(known) == 1:
            return True, known[0]
        if len(fits) == len(candidates):
            return False, None  # no sign ruled anyone out: the story-wide rules decide
        return True, fits[0] if len(fits) == 1 else None
