"""Fixes for the small English model's known entity errors on news text (runs after "ner").

Each fix is a small function over a list of candidate entities ``(start, end, label)`` in token
offsets; the component applies them in order and writes ``doc.ents`` once. What they fix
(see /work/shared/DEPENDENCY_NOTES.md for the measured failures):

- entity edges: white space, punctuation (markdown ``*``), a leading "the", line breaks inside
  an entity ("Ju\\n\\nBelarusian"), possessives inside or at the end ("Prigozhin’s Wagner");
- hyphenated place names split into people ("Rostov-on-Don" -> PERSON "Rostov", PERSON "Don");
- photo credits ("NAME/AFP via Getty Images") tagged as people, and the page furniture of
  ``nlp/entity_rules`` (credits "Photo: X", caption labels, navigation lines);
- vessels typed as places, and a place run into a headline verb typed as a person
  (``nlp/entity_rules``);
- people typed ORG/PRODUCT after a title or beside a noun for a person ("Dr Lind", "the city's
  mayor, Ivo Tern"), groups typed otherwise beside a noun for a group ("X, a militia")
  (``nlp/entity_rules/people.py``);
- titles glued to names or tagged as organisations ("Russian Press" + "Secretary" + PERSON);
- obvious organisations and places tagged as people ("Novaya Gazeta", "the Rostov region");
- one type per name within a Doc: surnames inherit PERSON from the full name, others vote.

After the fixes, ``doc._.noun_mentions`` holds the phrases that may stand for an organisation or
facility named in the Doc ("the hospital"; ``nlp/entity_rules/head_nouns.py``).

``span._.canonical`` is the name without titles, possessive or "the".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_entities, doc_text, forget
from storylens.nlp.entity_rules.people import is_rank, names_a_kind_of_person, names_people, retype_people_and_groups
from storylens.nlp.entity_rules.place_names import drop_streets, official_place_names, untagged_home_towns
from storylens.nlp.entity_rules.towns import retype_towns
from storylens.nlp.entity_rules.appositions import retype_by_apposition
from storylens.nlp.entity_rules.waters import retype_bodies_of_water
from storylens.nlp.entity_rules.happening_names import retype_happening_names
from storylens.nlp.entity_rules.head_kinds import head_kind, names_a_public_building, retype_by_head_kind
from storylens.nlp.entity_rules.common_words import is_a_word_of_the_language
from storylens.nlp.entity_rules import (
    VerbLexicon,
    drop_layout_names,
    head_noun_mentions,
    retype_geographic_features,
    retype_places_by_company,
    retype_vessels,
    split_headline_verbs,
)
from storylens.nlp.gazetteer import is_country, is_well_known_place
from storylens.nlp.names import GENERIC_ORG_WORDS, ORG_HEAD_WORDS, PRONOUNS, TITLE_WORDS, canonical_name, clean_name, person_words
from storylens.nlp.wordnet import is_kind_of

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "VESSEL"})
# Lower-case words that join the parts of a place name: Rostov-on-Don, Stratford-upon-Avon,
# Aix-en-Provence, Boulogne-sur-Mer, Frankfurt-am-Main, Castellon-de-la-Plana.
PLACE_CONNECTORS = ["on", "upon", "sur", "en", "am", "an", "de", "del", "la", "le", "les", "im", "under", "by", "in"]
# An article may follow the connector: Pell-by-the-Sound, Castellon-de-la-Plana, Southend-on-the-Sea.
PLACE_ARTICLES = ["the", "la", "le", "les", "los", "las", "el"]
# The same written with spaces ("Rostov on Don"); only the rarer connectors, "in"/"by" are prose.
SPACED_PLACE_CONNECTORS = ["on", "upon", "sur", "am"]
PHOTO_AGENCIES = (
    "AFP|AP|Reuters|EPA|EPA-EFE|Getty|Getty Images|Sputnik|TASS|Bloomberg|Xinhua|Anadolu|Shutterstock|Pool|"
    "dpa|ANSA|ZUMA|NurPhoto|SOPA|Kyodo|Yonhap|Alamy|UPI|PA|Planet Labs"
)
# "NAME NAME/AFP via Getty Images", "Photo by Name/Reuters", "(AP Photo/Name Name)"
PHOTO_CREDIT = re.compile(
    r"(?:\b(?i:photo|image|picture|credit)s?(?:[ \t]+by)?[ \t]*:?[ \t]*)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*[ \t]*/[ \t]*(?:" + PHOTO_AGENCIES + r")\b"
    r"(?:[ \t]+via[ \t]+Getty[ \t]+Images\b)?"
    r"|\((?:AP|Reuters|AFP)[ \t]+Photo[ \t]*/[^)\n]*\)"
    r"|\bvia[ \t]+Getty[ \t]+Images\b"
)
CREDIT_LINE_LENGTH = 160  # a line this short that ends in a credit is all credit
PLACE_HEAD_WORDS = frozenset("region oblast province district krai republic county city town village".split())
PLACE_CONTEXT = frozenset("city town village region province capital port suburb outskirts".split())
PLACE_SUFFIXES = ("grad", "burg", "bourg", "pol", "polis", "sk", "stan", "abad", "ville", "ovka", "ivka")
ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "i")

Candidate = tuple[int, int, str]  # token start, token end, label


def _is_possessive(token) -> bool:
    return token.tag_ == "POS" or token.lower_ in ("'s", "’s")


def _edge_trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct or _is_possessive(doc[end - 1]) or doc[end - 1].pos_ == "CCONJ"):
        end -= 1  # a conjunction ends no name: "Gustav and" (WORK_OF_ART) of "Gustav and Nadia were ..."
    # "the" belongs to the phrase, not the name; a capitalised "The" inside a sentence is part of it.
    if end - start > 1 and doc[start].lower_ == "the" and (doc[start].text == "the" or doc[start].is_sent_start):
        start += 1
    return start, end


def _is_break(doc: Doc, i: int) -> bool:
    """A blank line, or a line break before a sentence start; in hard-wrapped text a single
    line break can fall inside a name ("Vladimir\nPutin")."""
    token = doc[i]
    if not (token.is_space and "\n" in token.text):
        return False
    return token.text.count("\n") >= 2 or (i + 1 < len(doc) and doc[i + 1].is_sent_start is True)


def split_at_breaks(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Trim edges, and cut entities at line breaks and possessives into separate names."""
    out: list[Candidate] = []
    names = {doc[s:e].text for s, e, _ in ents}
    for start, end, label in ents:
        pieces, piece_start = [], start
        for i in range(start, end):
            if _is_break(doc, i):
                pieces.append((piece_start, i))
                piece_start = i + 1
        pieces.append((piece_start, end))
        for s, e in pieces:
            s, e = _edge_trimmed(doc, s, e)
            if e > s:
                out.extend((ps, pe, label) for ps, pe in _split_possessive(doc, s, e, names=names))
    return out


def split_bracketed_acronyms(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "Ostrel Bay Shipping Company (OBSC" -> the name, and the acronym in its bracket as a name
    of the same type: the model runs a name into the bracket that follows it."""
    out: list[Candidate] = []
    for start, end, label in ents:
        bracket = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
        if bracket is None:
            out.append((start, end, label))
            continue
        out.append(_edge_trimmed(doc, start, bracket) + (label,))
        inside = _edge_trimmed(doc, bracket + 1, end)
        if inside[1] - inside[0] == 1 and doc[inside[0]].is_upper:
            out.append(inside + (label,))
    return [(s, e, label) for s, e, label in out if e > s]


# The words of a company's legal form, after which "of X" names where the company is, not the
# company: "Garrow Bulk Shipping Ltd of Brannock" is the company and the town.
LEGAL_FORMS = GENERIC_ORG_WORDS - {"the", "group", "pmc"}


def split_legal_form_places(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "Garrow Bulk Shipping Ltd of Brannock" (ORG) -> ORG "Garrow Bulk Shipping Ltd" and GPE
    "Brannock"; "Garrow Bulk Shipping Ltd of" (the name cut by a line break) -> the company
    (issue 19, round s33). A name never ends with a preposition, and "of" after a legal form
    begins the company's seat."""
    out: list[Candidate] = []
    for start, end, label in ents:
        legal = next(
            (i for i in range(start + 1, end - 1) if doc[i].lower_ in LEGAL_FORMS and doc[i + 1].lower_ in ("of", "in")),
            None,
        )
        if legal is None:
            while end - start > 1 and doc[end - 1].pos_ == "ADP" and doc[end - 1].is_lower:
                end -= 1
            out.append((start, end, label))
            continue
        out.append((start, legal + 1, label))
        seat = (legal + 2, end)
        if seat[1] > seat[0] and all(t.is_title for t in doc[seat[0] : seat[1]]):
            out.append(seat + ("GPE",))
    return out


def _is_plural_noun(token) -> bool:
    """ "Pilgrims", "Porters": a word WordNet reads as the plural of a common noun."""
    from storylens.nlp.wordnet import wordnet

    word = token.lower_
    base = wordnet().morphy(word, "n")
    return base is not None and base != word and word.endswith("s")


def join_plural_possessives(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "Pilgrims' Square": a name that ends in a plural common noun with a bare apostrophe goes
    on through the untagged capitalised words after it (the model tags "Pilgrims" alone as a
    place). Words the model tagged as a name of their own stay apart ("the Kessians' Ostrow"),
    and so do a people's names (NORP)."""
    out = sorted(ents)
    joined: list[Candidate] = []
    for n, (start, end, label) in enumerate(out):
        apostrophe = end
        if (
            apostrophe + 1 < len(doc)
            and doc[apostrophe].text in ("'", "’")
            and not doc[apostrophe - 1].whitespace_
            and _is_plural_noun(doc[apostrophe - 1])
            and doc[apostrophe + 1].is_title
            and label != "NORP"
        ):
            new_end = apostrophe + 1
            while new_end < len(doc) and doc[new_end].is_title and doc[new_end].pos_ in ("PROPN", "NOUN"):
                new_end += 1
            if not any(c[0] < new_end for c in out[n + 1 :]):
                # a plural before a possessive is no person's name: "Martyrs' Square" is a place
                joined.append((start, new_end, "FAC" if label == "PERSON" else label))
                continue
        joined.append((start, end, label))
    return joined


def join_coordinated_names(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "the Tervish Labour and Land Party": an organisation's name ending in a word that says what
    it is ("Party", "Union") that the model starts after an "and" inside it takes back the
    conjunct the parse joins to its words and hangs from its head ("Labour", whose conjunct
    "Land" is in the name and which modifies "Party"), and the capitalised words before it
    that modify the name. "The Greens and Labour Party" stays two names: there "Greens" is what the name is joined to,
    not a word of it. The model's organisation of the words before "and" ("Selvian Crofters" +
    "Carters Party") is part of the one name."""
    tagged_at = {i: label for s, e, label in ents for i in range(s, e)}
    out: list[Candidate] = []
    for start, end, label in ents:
        new_start = start
        if label == "ORG" and start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[end - 1].lower_ in ORG_HEAD_WORDS:
            conjunct = doc[start - 2]
            joined = any(c.dep_ == "conj" and start <= c.i < end for c in conjunct.children)
            if joined and start <= conjunct.head.i < end and conjunct.is_title and tagged_at.get(conjunct.i, "NORP") in ("NORP", "ORG"):
                new_start = conjunct.i
                while new_start > 0:
                    before = doc[new_start - 1]
                    if not (before.is_title and before.pos_ == "PROPN" and new_start <= before.head.i < end):
                        break
                    if tagged_at.get(before.i, "NORP") not in ("NORP", "ORG"):
                        break
                    new_start -= 1
            elif tagged_at.get(conjunct.i) == "ORG" and _headless_name_after_the(doc, ents, conjunct.i) is not None:
                new_start = _headless_name_after_the(doc, ents, conjunct.i)
        out.append((new_start, end, label))
    if all(c == o for c, o in zip(ents, out)):
        return ents
    taken = [(s, e) for s, e, _ in out]
    return [c for c in out if not any(s <= c[0] and c[1] <= e and (s, e) != (c[0], c[1]) for s, e in taken)]


def _headless_name_after_the(doc: Doc, ents: list[Candidate], last: int) -> int | None:
    """Start of the model's organisation ending at ``last`` when it follows "the" and holds no
    word that says what it is ("the Selvian Crofters" before "and Carters Party": the first half
    of one party's name, not a body of its own, which would end in "Ministry", "Union" ...)."""
    for s, e, label in ents:
        if label == "ORG" and e == last + 1 and s > 0 and doc[s - 1].lower_ == "the":
            if not any(t.lower_ in ORG_HEAD_WORDS for t in doc[s:e]):
                return s
    return None


def _split_possessive(doc: Doc, start: int, end: int, *, names: set[str]) -> list[tuple[int, int]]:
    """ "Prigozhin’s Wagner" is two names and "Lukashenko’s 2020" one; "Lugansk People’s
    Republic" is one name. Split only where the part before the possessive is a name the
    Doc uses on its own, and keep the part after it only when the Doc uses that too."""
    cut = next((i for i in range(start + 1, end) if _is_possessive(doc[i])), None)
    if cut is None:
        return [(start, end)]
    left, right = (start, cut), _edge_trimmed(doc, cut + 1, end)
    if not any(t.is_title for t in doc[right[0] : right[1]]):
        return [left]
    if doc[start:cut].text not in names:
        return [(start, end)]
    pieces = [left]
    if right[1] > right[0] and doc[right[0] : right[1]].text in names:
        pieces.append(right)
    return pieces


class EntityFixer:
    def __init__(self, nlp: Language, name: str = "storylens_entity_fixes"):
        self.name = name
        self.verbs = VerbLexicon(nlp)
        self.matcher = Matcher(nlp.vocab)
        hyphen = {"ORTH": {"IN": ["-", "‐"]}}
        part = {"IS_TITLE": True}
        connector = [hyphen, {"LOWER": {"IN": PLACE_CONNECTORS}}, hyphen]
        article = [{"LOWER": {"IN": PLACE_ARTICLES}}, hyphen]
        for extra in range(3):
            tail = [hyphen, {"IS_TITLE": True}] * extra
            self.matcher.add(
                "HYPHEN_PLACE",
                [[part, *connector, part, *tail], [part, *connector, *article, part, *tail]],
            )
        self.matcher.add("SPACED_PLACE", [[part, {"LOWER": {"IN": SPACED_PLACE_CONNECTORS}}, part]])

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Candidate] = [(e.start, e.end, e.label_) for e in doc_entities(doc)]
        ents = split_at_breaks(doc, ents)
        ents = join_plural_possessives(doc, ents)
        ents = join_coordinated_names(doc, ents)
        ents = self.join_place_names(doc, ents)
        ents = official_place_names(doc, ents)
        ents = split_bracketed_acronyms(doc, ents)
        ents = split_legal_form_places(doc, ents)
        text = doc_text(doc)
        ents = drop_photo_credits(doc, ents, text=text)
        ents = drop_layout_names(doc, ents, verbs=self.verbs)
        ents = split_headline_verbs(doc, ents, self.verbs)
        ents = retype_people_and_groups(doc, ents)
        ents = retype_by_head_kind(doc, ents)
        ents = strip_titles(doc, ents)
        ents = widen_to_first_names(doc, ents)
        ents = retype_by_form(doc, ents)
        ents = retype_geographic_features(doc, ents)
        ents = retype_known_places(doc, ents)
        ents = retype_towns(doc, ents)
        ents = untagged_home_towns(doc, ents)
        ents = retype_places_by_company(doc, ents)
        ents = retype_by_apposition(doc, ents)
        ents = widen_to_names_of_the_doc(doc, ents)
        ents = vote_types(doc, ents, text=text)
        ents = widen_to_names_of_the_doc(doc, ents)  # the surnames' names vote_types added
        ents = retype_bodies_of_water(doc, ents)
        ents = retype_vessels(doc, ents)
        ents = retype_happening_names(doc, ents)
        ents = drop_streets(doc, ents)
        ents = drop_junk(doc, ents)
        spans = filter_spans([Span(doc, s, e, label=label) for s, e, label in ents])
        doc.ents = sorted(spans, key=lambda span: span.start)
        forget(doc)  # the entities read above are replaced
        for ent in doc_entities(doc):
            ent._.canonical = canonical_name(ent.text, ent.label_)
        doc._.noun_mentions = head_noun_mentions(doc)
        return doc

    def join_place_names(self, doc: Doc, ents: list[Candidate]) -> list[Candidate]:
        label_at = {i: label for s, e, label in ents for i in range(s, e)}
        person_surnames = _full_name_surnames(doc, ents)
        places: list[Candidate] = []
        for match_id, start, end in self.matcher(doc):
            kind = doc.vocab.strings[match_id]
            if kind == "HYPHEN_PLACE":
                # Written as one word: no space around any hyphen.
                if any(doc[i].whitespace_ for i in range(start, end - 1)):
                    continue
            else:
                # "Rostov on Don" but not "Biden on Ukraine", "Putin on Monday" or "March on Moscow":
                # neither part is a known place, date or organisation, nor a person's surname.
                first, last = doc[start], doc[end - 1]
                if label_at.get(last.i) != "PERSON" or label_at.get(first.i) not in ("PERSON", "GPE", "LOC"):
                    continue
                if first.lower_ in person_surnames or last.lower_ in person_surnames:
                    continue
                if end < len(doc) and doc[end].is_title and last.whitespace_:
                    continue  # part of a longer run of names
            places.append((start, end, "GPE"))
        if not places:
            return ents
        places = [(s.start, s.end, "GPE") for s in filter_spans([Span(doc, s, e) for s, e, _ in places])]
        taken = {i for s, e, _ in places for i in range(s, e)}
        kept = [c for c in ents if not any(i in taken for i in range(c[0], c[1]))]
        return kept + places


def _full_name_surnames(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Last words of multi-word PERSON names (titles stripped): "Vladimir Putin" -> "putin"."""
    surnames = set()
    for s, e, label in ents:
        if label == "PERSON":
            words = person_words(doc[s:e].text)
            if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() not in TITLE_WORDS:
                surnames.add(words[-1].lower())
    return surnames


def drop_photo_credits(doc: Doc, ents: list[Candidate], *, text: str) -> list[Candidate]:
    zones, line_start = [], 0
    for line in text.split("\n"):
        # The credit pattern is costly on long paragraphs; credits always carry "/" or "via".
        if "/" in line or "via" in line:
            zones.extend((line_start + m.start(), line_start + m.end()) for m in PHOTO_CREDIT.finditer(line))
        line_start += len(line) + 1
    if not zones:
        return ents
    # "via Getty Images" alone on a short line: the whole line is the credit.
    widened = []
    for start, end in zones:
        line_start = text.rfind("\n", 0, start) + 1
        if text[start:end].startswith("via") and end - line_start <= CREDIT_LINE_LENGTH:
            start = line_start
        widened.append((start, end))

    def in_credit(s: int, e: int) -> bool:
        return any(zs <= doc[s].idx and doc[e - 1].idx + len(doc[e - 1]) <= ze for zs, ze in widened)

    return [c for c in ents if not (c[2] in NAME_LABELS and in_credit(c[0], c[1]))]


def _is_title(token) -> bool:
    return token.lower_ in TITLE_WORDS


@lru_cache(maxsize=512)
def _names_a_government_office(word: str) -> bool:
    """A title word one of whose WordNet senses is an office of government: "Minister" ("a
    person appointed to a high office in the government"), "Secretary" ("head of an administrative
    department of government"); not "CEO" or "Director"."""
    from storylens.nlp.wordnet import wordnet

    return any("government" in sense.definition() for sense in wordnet().synsets(word.lower(), pos="n"))


def _is_portfolio(doc: Doc, start: int, end: int) -> bool:
    """The words before "Minister" in "Transport Minister Aurel Vost" name a portfolio, not a
    body: every word is a common word of the language whose first WordNet sense is no group
    ("Transport", "Health", "Energy"; not "Senate", "Party", "Ministry", nor a name WordNet
    lacks: "Velmar Minister" leaves Velmar alone)."""
    from storylens.nlp.wordnet import first_sense
    from storylens.wordnet import is_kind_of

    for token in doc[start:end]:
        if not token.is_alpha or not is_a_word_of_the_language(token.text):
            return False
        sense = first_sense(token.text, "n")
        if sense is not None and is_kind_of(sense, "group.n.01"):
            return False
    return True


def _opens_with_a_word_for_people(token) -> bool:
    """ "Councillor", "Alderman", "Constable" opening a name: a capitalised noun whose most
    frequent WordNet sense is a kind of person, written in lower case there (a first name WordNet
    lists, "Ruth", "Frank", is capitalised in it: ``names_a_kind_of_person``)."""
    return token.is_title and token.is_alpha and names_a_kind_of_person(token.text)


def _after_the_titles_of_phrase(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after a title's "of" phrase ("Minister of Finance Dora Kellin", and
    a partisan's "Minister of Mayhem Dora Kellin"): the model runs the phrase's capitalised
    common words into the person's name. Words of the language after "<title> of" are the
    title's, as long as a first name and a surname are left (issue 19, round s41)."""
    of = next((i for i in range(start, end - 2) if doc[i].lower_ == "of"), None)
    if of is not None and of > start and _is_title(doc[of - 1]):
        first = of + 1  # the title and its "of" inside the entity
    elif start >= 2 and doc[start - 1].lower_ == "of" and _is_title(doc[start - 2]):
        first = start
    else:
        return start
    cut = first
    while end - cut > 2 and doc[cut].is_title and doc[cut].is_alpha and is_a_word_of_the_language(doc[cut].text):
        cut += 1
    return cut if cut > first else start


def strip_titles(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "President Vladimir Putin" -> "Vladimir Putin"; "Russian Press" before "Secretary Dmitry
    Peskov" -> NORP "Russian"; "Defense" before "Minister Sergei Shoigu" -> dropped; "Transport"
    before "Minister Aurel Vost" -> dropped (issue 19, round s33: a portfolio is part of the
    title)."""
    person_starts = {s for s, _, label in ents if label == "PERSON"}
    person_tokens = {i for s, e, label in ents if label == "PERSON" for i in range(s, e)}
    out: list[Candidate] = []
    for start, end, label in ents:
        if label == "PERSON":
            last_title = max((i for i in range(start, end - 1) if _is_title(doc[i]) or is_rank(doc[i])), default=None)
            if last_title is None and end - start > 2 and _opens_with_a_word_for_people(doc[start]):
                last_title = start  # "Councillor Ruth Pellow": a noun for people before a full name
            if last_title is not None and all(doc[i].is_title for i in range(last_title + 1, end)):
                start = last_title + 1
            start = _after_the_titles_of_phrase(doc, start, end)
            out.append((start, end, label))
            continue
        # A non-person entity whose tail is a title that runs into a person's name.
        cut = end
        while cut > start and _is_title(doc[cut - 1]):
            cut -= 1
        gap = end
        while gap < len(doc) and _is_title(doc[gap]):
            gap += 1
        if cut == end and gap > end and gap in person_tokens and label != "NORP" and _is_portfolio(doc, start, end):
            if any(_names_a_government_office(doc[i].text) for i in range(end, gap)):
                continue  # "Transport" of "Transport Minister Aurel Vost": the title's portfolio
        if cut < end and gap in person_starts:
            if cut > start:
                rest = doc[start:cut]
                label = "NORP" if len(rest) == 1 and rest.text.lower().endswith(ADJECTIVE_ENDINGS) else "GPE"
                out.append((start, cut, label))
            continue
        out.append((start, end, label))
    return out


def retype_by_form(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Types that the form of the name or its context make obvious."""
    out: list[Candidate] = []
    for start, end, label in ents:
        span = doc[start:end]
        last = span[-1]
        if label == "PERSON":
            before = _previous_word(doc, start)
            if len(span) > 1 and last.lower_ in ORG_HEAD_WORDS:
                label = "ORG"  # "Novaya Gazeta", "Azov Battalion"
            elif len(span) > 1 and last.lower_.rstrip("s") in PLACE_HEAD_WORDS:
                label = "GPE"  # "Lugansk People’s Republic"
            elif len(span) == 1 and sum(c.isupper() for c in span.text) >= 3:
                label = "ORG"  # an acronym: "BelTA"
            elif before is not None and before.lower_ == "the" and last.dep_ not in ("compound", "amod", "poss"):
                label = "ORG"  # people take no article: "the Novaya Gazeta wrote"
        if label in ("PERSON", "ORG") and len(span) == 1 and not span.text.isupper():
            if _placed_by_its_words(doc, start, end):
                label = "GPE"
            elif label == "ORG" and span.text.lower().endswith(PLACE_SUFFIXES):
                label = "GPE"
        out.append((start, end, label))
    return out


def _possessed(doc: Doc, end: int) -> bool:
    """ "in Caskell's view": a possessive after the name, which a person's name takes too."""
    return end < len(doc) and _is_possessive(doc[end])


def _names_a_government(token) -> bool:
    """ "government", "regime": a lower-case singular noun for one government (``label_rules.kinds``)."""
    from storylens.nlp.label_rules.kinds import names_a_government

    return token.is_lower and token.tag_ == "NN" and names_a_government(token.lemma_.lower())


def _names_a_part_of_an_area(token) -> bool:
    """ "north", "outskirts", "centre", "edge": a lower-case word whose noun senses, in one of its
    two most frequent, WordNet files as a location; what follows its "of" is a place ("a village
    north of Harlen", "the outskirts of X"; round s41)."""
    from storylens.nlp.wordnet import senses_of

    return token.is_lower and token.is_alpha and any(s.lexname() == "noun.location" for s in senses_of(token.lower_, "n")[:2])


def _placed_by_its_words(doc: Doc, start: int, end: int) -> bool:
    """A one-word name standing where only a place stands: "the Rostov region", "the city of
    Mariupol", "the summit in Vilnius" (people and most organisations are not "in")."""
    nxt = doc[end] if end < len(doc) else None
    before = _previous_word(doc, start)
    before2 = _previous_word(doc, before.i) if before is not None else None
    if nxt is not None and nxt.lower_ in PLACE_HEAD_WORDS and nxt.is_lower:
        return True
    if before is not None and before.lower_ == "of" and before2 is not None and (
        before2.lower_ in PLACE_CONTEXT or _names_a_government(before2) or _names_a_part_of_an_area(before2)
    ):
        return True  # "the city of X"; "the government of X" (round s40: a country); "north of X" (s41)
    return before is not None and before.lower_ in ("in", "across", "near", "outside")


# Prepositions after which a name the model read as a place is one: "moved from X", "stopped at
# X". A person's name follows them too ("a call from X", "angry at X"), so only the model's own
# place reading counts there (round s40).
PLACE_SLOT_PREPOSITIONS = frozenset({"at", "from", "into"})


def _in_a_place_slot(doc: Doc, start: int, end: int, label: str) -> bool:
    """A one-word name standing in a place's slot: where only a place stands
    (``_placed_by_its_words``), or after "at"/"from"/"into" when the model typed it a place,
    or compounded with a lower-case noun for a public building, whatever the model typed it
    ("Tressel airport": ``head_kinds.names_a_public_building``). A possessive after the name
    ("in Velbury's view") says nothing; nor does a slot in a sentence that also writes the bare
    word as a person's ("Velbury said ...")."""
    if _possessed(doc, end) or _bare_word_is_a_person_in_the_sentence(doc, start, end):
        return False
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and doc[start].head.i == nxt.i and names_a_public_building(nxt.text):
        return True
    if label not in ("GPE", "LOC"):
        return False
    before = _previous_word(doc, start)
    return _placed_by_its_words(doc, start, end) or (before is not None and before.lower_ in PLACE_SLOT_PREPOSITIONS)


def _bare_word_is_a_person_in_the_sentence(doc: Doc, start: int, end: int) -> bool:
    """The sentence writes the same word elsewhere as the subject of a verb ("Velbury said she
    had left Velbury"): there the word is the person's, and the slot is left to the vote."""
    word = doc[start].text
    sent = doc[start].sent
    return any(
        t.text == word and t.i != start and t.dep_ in ("nsubj", "nsubjpass") for t in sent
    )


def retype_known_places(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """A name typed PERSON that is a country or a city of a million or more ("the Lagos
    government", "talks in Tehran and Minsk") is a GPE, and so is a country typed ORG —
    unless the Doc uses the name for a person anywhere (`_person_names`)."""
    person = _person_names(doc, ents)
    out: list[Candidate] = []
    for start, end, label in ents:
        name = doc[start:end].text
        if name.lower() not in person and (
            label == "PERSON" and is_well_known_place(name) or label == "ORG" and is_country(name)
        ):
            label = "GPE"
        out.append((start, end, label))
    return out


def _person_names(doc: Doc, ents: list[Candidate]) -> set[str]:
    """Lower-cased names the Doc treats as a person's: the first or last word of a longer PERSON
    ("Jordan Peterson", "Michael Jordan"), and any name that follows a title ("Mr. Houston") or is
    the subject of a verb in one of its mentions ("Jordan scored", "Victoria was arrested")."""
    names = set()
    for s, e, label in ents:
        if label == "PERSON" and e - s > 1:
            names.update((doc[s].lower_, doc[e - 1].lower_))
        before = _previous_word(doc, s)
        if (before is not None and _is_title(before)) or doc[e - 1].dep_ in ("nsubj", "nsubjpass"):
            names.add(doc[s:e].text.lower())
    return names


def _previous_word(doc: Doc, i: int):
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    return doc[i] if i >= 0 else None


def widen_to_names_of_the_doc(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "Bulk Shipping" where the Doc names "Garrow Bulk Shipping" elsewhere and the capitalised
    "Garrow" stands right before it outside any entity: the model cut the name (issue 19, round
    s33). Widened by at most two words, to a name the Doc writes whole."""
    def key(s: int, e: int) -> str:  # without a legal form: "Garrow Bulk Shipping Ltd" names it too
        return " ".join(w for w in clean_name(doc[s:e].text).lower().split() if w not in GENERIC_ORG_WORDS)

    names = {key(s, e) for s, e, label in ents if label in NAME_LABELS and e - s > 1}
    covered = {i for s, e, _ in ents for i in range(s, e)}
    out: list[Candidate] = []
    for s, e, label in ents:
        if label in NAME_LABELS:
            for wider in (s - 1, s - 2):
                if wider < 0 or not all(doc[i].is_title and doc[i].is_alpha and i not in covered for i in range(wider, s)):
                    break
                if key(wider, e) != key(s, e) and key(wider, e) in names:  # "The" adds no word
                    s = wider
                    break
        out.append((s, e, label))
    return _widen_to_bodies_they_open(doc, out, key)


def _widen_to_bodies_they_open(doc: Doc, ents: list[Candidate], key: Callable[[int, int], str]) -> list[Candidate]:
    """ "Tarvel" (GPE) in "Tarvel Mutual said ..." where the Doc names the "Tarvel Mutual
    Building Society": a name followed by capitalised words outside any entity that, with it,
    are the first words of an organisation's longer name of the Doc is a mention of that body
    (round s34), widened to those words and typed as the body is. The body's name must go on
    past the widened words, so "Tarvel Mutual" is read as its short form, not as a new name."""
    openings: set[str] = set()
    for s, e, label in ents:
        words = key(s, e).split() if label == "ORG" else []
        openings.update(" ".join(words[:n]) for n in range(2, len(words)))
    if not openings:
        return ents
    covered = {i for s, e, _ in ents for i in range(s, e)}
    out: list[Candidate] = []
    for s, e, label in ents:
        if label in NAME_LABELS and label != "ORG":
            for wider in (e + 3, e + 2, e + 1):
                if wider > len(doc) or not all(doc[i].is_title and doc[i].is_alpha and i not in covered for i in range(e, wider)):
                    continue
                if key(s, wider) in openings:
                    e, label = wider, "ORG"
                    break
        out.append((s, e, label))
    return out


def vote_types(doc: Doc, ents: list[Candidate], *, text: str) -> list[Candidate]:
    """One type per name in a Doc. A surname of a full PERSON name is a PERSON wherever it stands
    (and is added where the model missed it); other names take their majority type."""
    surnames = _full_name_surnames(doc, ents)
    votes: dict[str, Counter] = defaultdict(Counter)
    for s, e, label in ents:
        if label in NAME_LABELS:
            votes[clean_name(doc[s:e].text).lower()][label] += 1
    out: list[Candidate] = []
    for s, e, label in ents:
        if label not in NAME_LABELS:
            out.append((s, e, label))
            continue
        key = clean_name(doc[s:e].text).lower()
        if key in surnames:
            # a town that shares someone's surname stays the town where a place stands ("Governor
            # Mira Caskell" and "the town of Caskell"; round s36), and the other mentions' votes
            # do not outweigh it ("moved from Velbury", "at Tressel airport"; round s40)
            if e - s == 1 and _in_a_place_slot(doc, s, e, label):
                label = label if label in ("GPE", "LOC") else "GPE"
            else:
                label = "PERSON"
        else:
            (top, top_count), *rest = votes[key].most_common()
            if not rest or top_count > rest[0][1]:
                label = top
        out.append((s, e, label))
    if surnames:
        covered = {i for s, e, _ in ents for i in range(s, e)}
        longer_names = {doc[s:e].text.lower(): label for s, e, label in ents if e - s > 1 and label != "PERSON"}
        # Search the text rather than walk every token: only the surnames' own tokens are looked at.
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in surnames) + r")\b", re.IGNORECASE)
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end())
            if span is None or len(span) != 1:
                continue
            token = span[0]
            if token.i not in covered and token.is_title and token.pos_ == "PROPN":
                out.append(_untagged_surname(doc, token, covered, longer_names))
    return out


def _untagged_surname(doc: Doc, token, covered: set[int], longer_names: dict[str, str]) -> Candidate:
    """A surname the model missed is the person's, unless it opens a longer name the Doc types
    otherwise ("her Tressel Marathon crown" beside "the Tressel Marathon": the race) or stands
    before a public building ("Tressel airport": the town; round s40)."""
    for end in (token.i + 3, token.i + 2):
        if end <= len(doc) and not any(i in covered for i in range(token.i, end)):
            label = longer_names.get(doc[token.i : end].text.lower())
            if label is not None:
                return (token.i, end, label)
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.i not in covered and nxt.is_title and nxt.is_alpha and head_kind(nxt.text):
        # a surname comes last in a person's name: "her Tressel Marathon crown" is the race
        return (token.i, token.i + 2, head_kind(nxt.text))
    if _in_a_place_slot(doc, token.i, token.i + 1, ""):
        return (token.i, token.i + 1, "GPE")
    return (_first_name_start(doc, token, covered), token.i + 1, "PERSON")


def widen_to_first_names(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """ "Anders Brenn, 52," tagged "Brenn": a one-word PERSON takes the untagged proper nouns the
    parse compounds with it, so the person is not read as a second "Brenn" of the story."""
    covered = {i for s, e, _ in ents for i in range(s, e)}
    return [
        (_first_name_start(doc, doc[s], covered) if label == "PERSON" and e - s == 1 else s, e, label)
        for s, e, label in ents
    ]


def _first_name_start(doc: Doc, surname, covered: set[int]) -> int:
    """Where a person's name ends by a surname the model missed begins: the proper nouns the
    parse compounds with it ("Private Marek Rusk" -> "Marek Rusk"), without a title. Without
    them "Marek Rusk" would read as a second mention of the "Anton Rusk" named elsewhere."""
    start = surname.i
    while start > 0:
        before = doc[start - 1]
        if before.i in covered or before.dep_ != "compound" or before.head != surname:
            break
        if before.pos_ != "PROPN" or not before.is_title or _is_title(before) or names_people(before.text):
            # a rank or an office is no first name: "Detective Inspector Falk", "Inspector Falk"
            break
        start -= 1
    return start


NAME_PARTICLES = frozenset("de van von der den da di du le la al el bin ibn ter".split())


# WordNet's ill health: what "typhoid", "cholera" (diseases) and "malaria", "ebola"
# (infections) are kinds of.
ILL_HEALTH = "ill_health.n.01"


@lru_cache(maxsize=2048)
def names_a_disease(word: str) -> bool:
    """ "Typhoid", "Cholera", "Malaria": the word's most frequent WordNet noun sense is a kind of
    ill health (the model types a capitalised one an organisation)."""
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(word, "n")
    return is_kind_of(sense, ILL_HEALTH)


# WordNet's substances: what "ammonia", "chlorine" and "nitrate" are kinds of.
SUBSTANCE = "substance.n.01"


@lru_cache(maxsize=2048)
def _adjective_or_substance(word: str) -> bool:
    """WordNet knows the lower-cased word only as an adjective ("nitric", "sulphuric"), or its most
    frequent noun sense is a substance ("ammonia", "chlorine"; not "china", a country first, nor
    "apple", a fruit)."""
    from storylens.nlp.wordnet import first_sense, wordnet

    lowered = word.lower()
    senses = wordnet().synsets(lowered)
    if not senses:
        return False
    if all(sense.pos() in ("a", "s") for sense in senses):
        return True
    sense = first_sense(lowered, "n")
    return is_kind_of(sense, SUBSTANCE)


def _common_word_capitalised_by_its_place(doc: Doc, token, ents: list[Candidate]) -> bool:
    """A one-word name opening its sentence that is a common word: WordNet reads it as an
    adjective or a substance (``_adjective_or_substance``), it is no known place, and the Doc
    never writes it capitalised where a sentence does not start (round s32: "Nitric acid is used
    in the first stage" gave an ORG "Nitric")."""
    if is_country(token.text) or is_well_known_place(token.text) or not _adjective_or_substance(token.text):
        return False
    return not any(t.text == token.text and not t.is_sent_start for t in doc if t.i != token.i)


def drop_junk(doc: Doc, ents: list[Candidate]) -> list[Candidate]:
    """Lower-case words, pronouns, fragments and capitalised common words are not names."""
    out = []
    for s, e, label in ents:
        if label in NAME_LABELS:
            span = doc[s:e]
            first_letter = next((c for c in span.text if c.isalpha()), "")
            if not first_letter:
                continue
            if not first_letter.isupper() and (label != "NORP" or len(span) == 1) and span[0].lower_ not in NAME_PARTICLES:
                continue  # "pro-NATO", "neo-Nazi"
            if (span.text.lower() in PRONOUNS and not span.text.isupper()) or (len(span.text) <= 2 and not span.text.isupper()):
                continue
            if len(span) == 1 and label != "NORP" and span[0].pos_ not in ("PROPN", "NOUN") and not span.text.isupper():
                continue  # "Halfway", "Russophobic": capitalised at a sentence start or by mistake
            if len(span) == 1 and span[0].tag_ == "NNS" and span[0].is_sent_start:
                continue  # "Shells did not hit ...": the tagger reads a plural common noun, capitalised by its place
            if len(span) == 1 and label != "NORP" and names_a_disease(span.text):
                continue  # "Typhoid has broken out": an illness is no actor
            if len(span) == 1 and span[0].is_sent_start and _common_word_capitalised_by_its_place(doc, span[0], ents):
                continue  # "Nitric acid is used ...", "Ammonia spread over the town"
        out.append((s, e, label))
    return out


@Language.factory("storylens_entity_fixes", requires=["doc.ents"], assigns=["doc.ents", "span._.canonical", "doc._.noun_mentions"])
def make_entity_fixer(nlp: Language, name: str) -> EntityFixer:
    extensions.register()
    return EntityFixer(nlp, name)
