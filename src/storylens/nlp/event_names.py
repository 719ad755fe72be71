"""How an article names events: "coup attempt", "armed mutiny", "March on Moscow" (issue 6).

A lexicon of event head nouns (data/event_nouns.txt) finds the candidates; the parse adds
their modifiers ("armed", "failed", "Wagner"), the noun they modify when they are themselves a
modifier ("coup" in "coup attempt"), and a place after "on"/"of" when the head is capitalised
("March on Moscow"). Which of these names the story's *central* event is decided across the
story (story/framing.py); here we only mark names written inside quotation marks, names the
outlet distances itself from ("the so-called X", "what the ministry calls X", "it was not an X"),
and names it reports as someone else's ("the rebels call the offensive X").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from storylens.nlp import extensions
from storylens.nlp.doc_index import doc_entities, doc_text
from storylens.nlp.names import TITLE_WORDS
from storylens.nlp.wordnet import first_sense, senses_of
from storylens.records import EventName, Span

DATA = Path(__file__).parent / "data"
# Nouns that turn an event noun into a name of an attempt at it: "coup attempt", "mutiny bid".
ATTEMPT_NOUNS = frozenset("attempt bid plot try".split())
# Modifiers that date or count the event rather than name it.
SKIPPED_MODIFIERS = frozenset(
    "last recent latest previous this that such same first second new several various further many some "
    "other few more most both all each any".split()
)
OPENING_QUOTES = "\"“‘'«"
CLOSING_QUOTES = "\"”’'»"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, bool]:
    """Event head noun -> whether it is generic (names many happenings besides this one)."""
    nouns: dict[str, bool] = {}
    for line in (DATA / "event_nouns.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, flag = line.partition("\t")
        nouns[word.strip()] = flag.strip() == "generic"
    return nouns


def is_generic(term: str) -> bool:
    """A name whose head noun is generic ("conflict", "internal conflict")."""
    words = term.lower().split()
    return bool(words) and event_nouns().get(words[-1], False)


@lru_cache(maxsize=4096)
def kind_of_specific_event(lemma: str) -> bool:
    """A noun the lexicon does not list that WordNet knows in one noun sense only, and that sense
    is the first sense of a specific event noun of the lexicon ("carnage" is massacre's sense) or a
    kind of it ("bloodbath": slaughter, the first sense of "massacre"), an act or an event: a
    partisan outlet's word for the event is a name of it as much as the plain one (issue 19, round
    s31). One sense only, so that a word with an everyday meaning ("exhibition", a kind of
    demonstration; "shot") is not read as an event."""
    from storylens.nlp.wordnet import wordnet

    if not lemma.isalpha() or not lemma.islower():
        return False
    reader = wordnet()
    senses = reader.synsets(lemma, pos="n")
    if len(senses) != 1 or reader.synsets(lemma, pos="v") or senses[0].lexname() not in ("noun.act", "noun.event"):
        return False
    sense = senses[0]
    return any(sense == kind or kind in sense.hypernyms() for kind in _specific_event_senses())


# WordNet's senses whose kinds are acts that make one happening news by what they are, whatever
# the event: a crime or a wrong ("theft", "heist", "bribery", "cheating") and violence ("riot").
NEWS_ACT_KINDS = ("wrongdoing.n.02", "violence.n.01")
MAX_KINDS_BELOW_ONE_ACT = 25


@lru_cache(maxsize=4096)
def names_a_wrong_or_violence(lemma: str) -> bool:
    """The noun's most frequent WordNet sense is an act that is a kind of wrongdoing or of
    violence: "the theft", "the Hald Heist", "the robbery", "the fraud" name the happening a
    crime story is about as "the mutiny" names a political one (round s35: the lexicon held
    political and military events only, so a crime story's outlets named no event). The first
    sense only, so that a word with an everyday first meaning is not read as an event."""
    from storylens.nlp.wordnet import first_sense
    from storylens.wordnet import is_kind_of

    if not lemma.isalpha():
        return False
    sense = first_sense(lemma.lower(), "n")
    if sense is None or sense.lexname() != "noun.act" or not is_kind_of(sense, *NEWS_ACT_KINDS):
        return False
    # "crime" and "felony" name classes of many acts (91 and 35 kinds below them), not one
    # happening; "theft" (20), "fraud" (19), "heist" (none) name the act a story is about
    return sum(1 for _ in sense.closure(lambda kind: kind.hyponyms())) <= MAX_KINDS_BELOW_ONE_ACT


# A happening that is a matter of public concern or of a court, as WordNet files it: "case" (an
# occurrence; a lawsuit), "scandal" (a disgraceful event), "affair" (a social event).
MATTER_KINDS = ("happening.n.01", "social_event.n.01", "lawsuit.n.01")


def matter_named_by_its_act(token: Token) -> bool:
    """"The doping affair", "the bribery case", "the Orlen scandal": a lower-case noun the lexicon
    does not list, one of whose three most frequent WordNet senses is a happening, a social event or
    a lawsuit, written definite ("the", a possessive) right after a word that names what the matter
    is: an act (a noun whose first sense is an act, or a gerund of a verb: "doping", "spying") or a
    proper name ("the Orlen scandal"). Alone ("the case", "the affair") such a noun is the common
    word for any matter, and "a court case", "the legal affair" are not named by an act (issue 19,
    round s37: a doping story's outlets named the event "the doping affair/case", read as no name)."""
    from storylens.nlp.wordnet import first_sense, is_kind_of

    if token.pos_ != "NOUN" or not token.is_lower or not token.is_alpha or token.lemma_.lower() in event_nouns():
        return False
    if token.dep_ == "ROOT":
        return False  # "The uprising spread.": a verb the parser read as a noun
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in token.children):
        return False
    if not any(is_kind_of(sense, *MATTER_KINDS) for sense in senses_of(token.lower_)[:3]):
        return False
    if token.i == 0:
        return False
    modifier = token.doc[token.i - 1]
    if modifier.head.i != token.i or modifier.dep_ not in ("compound", "nmod", "amod"):
        return False
    if modifier.pos_ == "PROPN" and modifier.text[:1].isupper() and not modifier.is_sent_start:
        return True
    if not modifier.is_alpha or not modifier.is_lower:
        return False
    sense = first_sense(modifier.lower_, "n")
    if sense is not None and sense.lexname() == "noun.act":
        return True
    return modifier.lower_.endswith("ing") and bool(senses_of(modifier.lemma_.lower(), "v"))


@lru_cache(maxsize=1)
def _specific_event_senses() -> frozenset:
    from storylens.nlp.wordnet import first_sense

    senses = (first_sense(noun.replace(" ", "_")) for noun, generic in event_nouns().items() if not generic)
    return frozenset(s for s in senses if s is not None and s.lexname() in ("noun.act", "noun.event"))


def place_named_happening(token: Token) -> bool:
    """"The Dravo disaster", "the Kessa collapse": a lower-case noun the lexicon does not list, one
    of whose two most frequent WordNet senses is a happening (``happening.n.01``: "disaster" is a
    calamity, "collapse" something falling down), written with "the" after the name of a place it
    happened at (issue 19, round s33): a place by its entity type, a word the model types as a
    people (NORP: "the Dravo disaster" read "Dravo" so) or no entity, or one the article writes as a
    place elsewhere. The place makes it the name of one happening, as "the Wagner
    mutiny" is; without one ("the disaster") it is the common noun. A noun whose first sense is a
    body, a place or a thing made ("the Dravo bridge") names no happening; nor does a person's or
    an organisation's name make one ("the Vanter disaster")."""
    from storylens.nlp.wordnet import is_kind_of

    if not named_by_a_place(token):
        return False
    senses = senses_of(token.lower_)
    if not senses or senses[0].lexname() in BODY_OR_PLACE_FILES:
        return False
    return any(is_kind_of(sense, "happening.n.01") for sense in senses[:2])


def coined_name(token: Token) -> bool:
    """"The Vessick Rampage", "the Great Medal Robbery": a capitalised noun closing a name written
    with "the" after one or more capitalised words, whose most frequent WordNet sense as a common
    noun is an act or an event ("rampage": violent and destructive behaviour, an act WordNet files
    under disturbance, not violence). An outlet that coins such a name for the happening names it,
    as "the Wagner mutiny" does (issue 19, round s38: a partisan coinage gave no event name). A
    name whose last word is a body, a place or a thing ("the Vessick Bridge") names no happening,
    and neither does a capitalised word alone ("the Rampage")."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or token.is_lower or token.is_sent_start:
        return False
    if token.ent_type_ == "PERSON":
        return False
    before = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
    if not before or not all(t.text[:1].isupper() for t in before):
        return False
    opening = min([token, *before], key=lambda t: t.i)
    if opening.i == 0 or opening.nbor(-1).lower_ != "the":
        return False
    return _a_coinable_happening(token.lower_)


def named_in_what_they_call(token: Token) -> bool:
    """"Dozens of otters were found dead, in what families are calling the Great Brindle
    Giveaway": a capitalised name written with "the", the complement of a naming verb whose
    object is "what", where the free relative hangs from "in" on a verb. "in what they call X"
    puts the happening the verb tells in X: X is a name of it, whatever its last word means
    ("giveaway" is a possession in WordNet). Issue 19, round s41."""
    if token.pos_ != "PROPN" or not token.is_title or token.dep_ not in ("oprd", "attr", "xcomp", "dobj"):
        return False
    verb = token.head
    if verb.lemma_.lower() not in NAMING_VERBS or not any(c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return False
    holder = verb.head if verb.dep_ in ("pcomp", "pobj") else None
    if holder is None or holder.lower_ != "in" or holder.head.pos_ not in ("VERB", "AUX"):
        return False
    sense = first_sense(token.lower_)
    if sense is not None and sense.lexname() in BODY_OR_PLACE_FILES:
        return False  # "met in what locals call the Orlen Hall": a place, no happening
    before = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
    opening = min([token, *before], key=lambda t: t.i)
    return bool(before) and all(t.text[:1].isupper() for t in before) and opening.i > 0 and opening.nbor(-1).lower_ == "the"


@lru_cache(maxsize=4096)
def _a_coinable_happening(word: str) -> bool:
    """The noun's most frequent WordNet sense is an act that is no organised activity (a
    rampage, a breakout: acts; a marathon, a show, the games: activities that take proper names
    of their own) unless it is a wrong or violence (a robbery), or an event that is a happening
    (a debacle; not a contest: "the Harrowgate Final")."""
    from storylens.wordnet import is_kind_of

    sense = first_sense(word, "n")
    if sense is None:
        return False
    if any(other.lexname() == "noun.group" for other in senses_of(word, "n")):
        # a word that can name a body names one after capitalised words: "the Provisional
        # Administration", "the Prison Service", "the Green Movement" (an act first in WordNet)
        return False
    if sense.lexname() == "noun.act":
        return is_kind_of(sense, *NEWS_ACT_KINDS) or not is_kind_of(sense, "activity.n.01")
    return sense.lexname() == "noun.event" and is_kind_of(sense, "happening.n.01")


def named_by_a_place(token: Token) -> bool:
    """A lower-case noun written with "the" right after the name of a place: "the Dravo disaster",
    and, for a generic event noun of the lexicon, "the Tamsby incident", "the Velm crisis" (round
    s34): the place makes the common noun the name of one happening, as "the Wagner mutiny" is.
    The place is an entity of a place type, a word the model types as a people (NORP) or no entity,
    or one the article writes as a place elsewhere; a person's or an organisation's name is not."""
    if token.pos_ != "NOUN" or not token.is_lower or not token.is_alpha:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    written_as_places = {e.text for e in doc_entities(token.doc) if e.label_ in PLACE_TYPES}
    return any(
        c.dep_ in ("compound", "nmod") and c.i == token.i - 1 and c.text[:1].isupper() and not c.is_sent_start
        and (c.ent_type_ in PLACE_TYPES | {"NORP", ""} or c.text in written_as_places)
        for c in token.children
    )


def _modifiers(head: Token) -> list[Token]:
    """Adjacent modifiers left of ``head`` that belong to the name ("armed", "Wagner", "coup")."""
    kept: list[Token] = []
    i = head.i - 1
    while i >= 0:
        token = head.doc[i]
        if token.head.i < i or token.head.i > head.i or token.dep_ not in {"amod", "compound", "nmod", "punct"}:
            break
        if token.dep_ == "punct" and token.tag_ != "HYPH":
            break
        if token.lower_ in SKIPPED_MODIFIERS or token.ent_type_ in {"DATE", "TIME", "ORDINAL", "CARDINAL"}:
            break
        if token.tag_ == "POS" or token.is_space:
            break
        kept.insert(0, token)
        i -= 1
    while kept and kept[0].tag_ == "HYPH":
        kept = kept[1:]
    return kept


def _place_after(head: Token) -> list[Token]:
    """"on Moscow" after a capitalised event noun: part of a proper name ("March on Moscow")."""
    doc = head.doc
    if not head.text[:1].isupper() or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in {"on", "of"}:
        return []
    place = next((e for e in doc_entities(doc) if e.start == head.i + 2 and e.label_ in PLACE_TYPES), None)
    if place is None:
        # the small model often runs a headline's next word into the place ("Moscow Halted")
        token = doc[head.i + 2]
        return [doc[head.i + 1], token] if token.ent_type_ in PLACE_TYPES else []
    return [doc[head.i + 1], *place]


def _name_after(head: Token) -> list[Token]:
    """The proper name a capitalised event noun opens: "Operation Dawnbreak", "Hurricane Ines"
    (the parse makes the noun a compound of the name, or the name a modifier of the noun).
    Without it the term was the bare "Operation", which names nothing."""
    if not head.text[:1].isupper():
        return []
    run: list[Token] = []
    for token in head.doc[head.i + 1 :]:
        if token.pos_ != "PROPN" or not token.is_title or "\n" in token.nbor(-1).whitespace_:
            break
        run.append(token)
    if not run:
        return []
    joined = head.head in run or any(t.head.i == head.i or t.head in run for t in run)
    return run if joined else []


def _term(tokens: list[Token], head: Token) -> str:
    """The name as a term: proper nouns keep their case, other words are lower-cased, and a
    lower-case head noun is singular ("attacks" -> "attack")."""
    out = []
    # a headline in capitals ("THE GREAT MEDAL ROBBERY") names what the body writes "the Great
    # Medal Robbery": one name, written in title case
    shouted = len(tokens) > 1 and all(t.is_upper or not t.is_alpha for t in tokens)
    for token in tokens:
        if shouted:
            out.append((token.text.title() if token.is_alpha else token.text) + token.whitespace_)
            continue
        if token.pos_ == "PROPN" or token.ent_type_:
            word = token.text
        elif token is head:
            word = token.lemma_.lower()
        else:
            word = token.lower_
        out.append(word + token.whitespace_)
    return " ".join("".join(out).split())


def _scare_quoted(doc: Doc, start: int, end: int) -> bool:
    before = doc_text(doc)[max(0, start - 1) : start]
    after = doc_text(doc)[end : end + 1]
    return bool(before) and before in OPENING_QUOTES and bool(after) and after in CLOSING_QUOTES


# Words by which an outlet distances itself from a name it writes: "the so-called X". Not
# "alleged": news writes it of every charge not yet proven ("the alleged armed mutiny").
DISTANCING_BEFORE = re.compile(r"(?:so[-\s]called|self[-\s](?:styled|described|proclaimed)|supposed|purported)\W*$", re.IGNORECASE)
DISTANCING_WORDS = frozenset("so called self styled described proclaimed - ‐".split())
NAMING_VERBS = frozenset("call dub term label brand describe style characterise characterize".split())


def _name_governor(head: Token) -> Token:
    """The token that stands for the whole name in its clause ("Operation" in "Operation X")."""
    governor = head
    while governor.dep_ in ("compound", "amod", "conj", "appos") and governor.head.i != governor.i:
        governor = governor.head
    return governor


def _proper_name(tokens: list[Token], head: Token) -> bool:
    """The name is a proper name ("Operation Clear Tide", "Hurricane Ines"): a capitalised word
    of it other than the head is a proper noun, or the head is a proper noun not opening its
    sentence. A description ("a liberation", "the rescue mission") is not."""
    if head.pos_ == "PROPN" and head.is_title and not head.is_sent_start:
        return True
    return any(t.pos_ == "PROPN" and t.is_title for t in tokens if t is not head)


def _what_they_call(tokens: list[Token], head: Token) -> bool | None:
    """None unless the name is the object of a naming verb in a free relative ("what the force
    called X"); then whether it is a description the outlet rejects ("what the ministry calls a
    liberation": True) rather than a proper name it reports ("launched what the navy called
    Operation Clear Tide": False). A proper name is given, not judged: an outlet that writes
    "what the navy called Operation X" tells the reader what the operation was named."""
    governor = _name_governor(head)
    verb = governor.head
    if governor.dep_ not in ("oprd", "attr", "xcomp", "dobj") or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    if not any(c.lower_ == "what" for c in verb.subtree if c.i < verb.i):
        return None
    return not _proper_name(tokens, head)


def _distanced(doc: Doc, tokens: list[Token], head: Token) -> bool:
    """The outlet writes the name only to reject it: "the so-called X", "what the ministry calls
    a liberation", "this was not an X"."""
    if DISTANCING_BEFORE.search(doc_text(doc)[max(0, tokens[0].idx - 25) : tokens[0].idx]):
        return True
    rejected = _what_they_call(tokens, head)
    if rejected is not None:
        return rejected
    governor = _name_governor(head)
    verb = governor.head
    if governor.dep_ == "attr" and verb.lemma_ == "be":
        return any(c.dep_ == "neg" for c in verb.children)  # "it was not an invasion"
    return False


def _reported(doc: Doc, tokens: list[Token], head: Token) -> bool:
    """The outlet gives the name as someone else's without rejecting it: "the rebels call the
    offensive X", "X, as the rebels call it", "which ministers call X", "launched what the navy
    called Operation X". Neither the outlet's own name for the event nor a distancing one: a wire
    reporting an official name is not sneering."""
    rejected = _what_they_call(tokens, head)
    if rejected is not None:
        return not rejected
    governor = _name_governor(head)
    for word in (head, governor):
        if any(c.dep_ in ("advcl", "relcl") and c.lemma_.lower() in NAMING_VERBS and any(m.lower_ == "as" for m in c.children) for c in word.children):
            return True
    verb = governor.head
    if governor.dep_ in ("oprd", "attr", "xcomp", "dobj") and verb.lemma_.lower() in NAMING_VERBS:
        if any(c.lower_ == "what" for c in verb.subtree if c.i < verb.i):
            return False  # "what they call X" rejects the name (`_distanced`)
        return any(c.dep_ == "nsubj" and c.lower_ not in ("we", "i") for c in verb.children)
    return False


def _described_as_by_someone(head: Token) -> bool:
    """The name is the object of "as" after a naming verb with a subject other than the writer:
    "the minister described the sweep as a “security operation”" (the parser may hang "as" from
    the verb's object)."""
    governor = _name_governor(head)
    if governor.dep_ != "pobj" or governor.head.lower_ != "as":
        return False
    verb = governor.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "nsubj" and c.lower_ not in ("we", "i") for c in verb.children)


def _in_speakers_quotation(doc: Doc, start: int, end: int) -> bool:
    """The name lies inside a quoted passage the quotes component gave a speaker (set before this
    component), a passage longer than the name and a word: the outlet is quoting the speaker, not
    scare-quoting (issue 19, round s31). Marks round the name alone ("the alleged “armed
    mutiny”") are read as before."""
    return any(
        q.kind in ("direct", "mixed") and q.speaker_text and q.span.start <= start and end <= q.span.end
        and len(q.span.text.split()) > len(doc_text(doc)[start:end].split()) + 1
        for q in doc._.quotes or []
    )


def _an_event_noun_itself(token: Token) -> bool:
    """The noun is an event name by itself (the lexicon, or WordNet's wrongs and violence), not
    only as the head of a coinage the article wrote ("the rampage" after "the Vessick Rampage")."""
    lemma = token.lemma_.lower()
    return lemma in event_nouns() or kind_of_specific_event(lemma) or names_a_wrong_or_violence(lemma)


def _a_titles_portfolio(token: Token) -> bool:
    """The capitalised word after a capitalised title word and "of" ("Minister of Mayhem",
    "Secretary of War") names the office's charge, not a happening."""
    doc = token.doc
    if token.i < 2 or not token.is_title or doc[token.i - 1].lower_ != "of":
        return False
    title = doc[token.i - 2]
    return title.is_title and title.lower_ in TITLE_WORDS


def find_event_names(doc: Doc) -> list[tuple[list[Token], Token]]:
    """(tokens of the name, its head noun) for every event noun in the Doc."""
    nouns = event_nouns()
    found = []
    coined = [t for t in doc if coined_name(t) or named_in_what_they_call(t)]
    coined_at = {t.i for t in coined}
    # "the rampage" after "the Vessick Rampage": the outlet's coinage told again by its head
    coined_heads = {t.lower_ for t in coined}
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "I":
            continue  # a surname is no event, whatever its word ("Lena Heist"); "Operation X" opens its name
        if _a_titles_portfolio(token):
            continue  # round s41: "Minister of Mayhem Dora Kellin", "Secretary of War": no happening
        if (
            lemma not in nouns
            and not kind_of_specific_event(lemma)
            and not names_a_wrong_or_violence(lemma)
            and not place_named_happening(token)
            and not matter_named_by_its_act(token)
            and token.i not in coined_at
            and not (token.is_lower and token.lower_ in coined_heads)
        ):
            continue
        # the month, unless a place follows: "March on Moscow" (which the NER tags as a date)
        if lemma == "march" and token.ent_type_ == "DATE" and not _place_after(token):
            continue
        # the event noun modifies an attempt noun: the name is "coup attempt"
        if token.dep_ == "compound" and token.head.lemma_.lower() in ATTEMPT_NOUNS and token.head.i == token.i + 1:
            head = token.head
        elif _modifies_another_noun(token) or _opens_a_body_or_place(token):
            continue  # "riot police", "strike committee": the noun names a kind of thing, no event
        else:
            head = token
        tokens = _modifiers(head) + [head] + (_place_after(head) or _name_after(head))
        # "so-called" and "self-styled" distance the writer from the name; they are not part of it
        while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ in DISTANCING_WORDS):
            tokens = tokens[1:]
        found.append((tokens, head))
    return found


# Prepositions that put a happening at a place: "a riot at Dunhallow Prison", "a strike in Velt".
PLACE_PREPOSITIONS = frozenset({"at", "in"})


def at_a_named_place(head: Token) -> bool:
    """The event noun is followed by "at" or "in" and a proper name: "a riot at Dunhallow Prison",
    "during an uprising at Dunhallow Prison", a headline's "uprising at Dunhallow". The named place
    makes the indefinite or bare noun one happening, as "the Dunhallow riot" is (issue 19, round
    s38: a neutral outlet's plain name, written so in its headline and lead, gave no name). A
    common noun after it ("a riot in a prison") does not."""
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in PLACE_PREPOSITIONS or preposition.i != head.i + 1:
            continue
        place = [c for c in preposition.children if c.dep_ == "pobj"]
        if place and place[0].pos_ == "PROPN" and place[0].text[:1].isupper() and place[0].ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _modifies_another_noun(token: Token) -> bool:
    """The event noun is a modifier of a common noun after it: "riot police", "ceasefire talks".
    A capitalised name the noun opens ("Operation Clear Tide", parsed as a compound of "Tide") is
    not this: the noun it modifies is a proper noun. Nor is a noun taken for the root of its
    sentence: "The uprising spread." is parsed as the noun "uprising spread", a verb misread."""
    head = token.head
    return token.dep_ in ("compound", "nmod", "amod") and head.i > token.i and head.pos_ == "NOUN" and head.dep_ != "ROOT"


# WordNet's lexicographer files of what a capitalised name ending in a common noun may name
# instead of a happening: a body ("Committee"), a place ("Centre"), a building ("Headquarters").
BODY_OR_PLACE_FILES = frozenset({"noun.group", "noun.location", "noun.artifact"})


def _opens_a_body_or_place(token: Token) -> bool:
    """The event noun is the last-but-one word of a capitalised name whose last word is a common
    noun for a body, a place or a building in WordNet's first sense: "the Emergency Crisis
    Centre", "the Strike Committee" name where people work, not the happening (issue 19, round
    s32). "Operation Clear Tide" is kept: its last word is not the next one, and "tide" is an
    event; so is "Operation Iron Dome" (a shape)."""
    from storylens.nlp.wordnet import first_sense

    head = token.head
    if head.i != token.i + 1 or not token.text[:1].isupper() or not head.is_title or head.pos_ != "PROPN":
        return False
    if head.i + 1 < len(token.doc) and token.doc[head.i + 1].pos_ == "PROPN" and token.doc[head.i + 1].is_title:
        return False  # the name goes on: its last word decides, not this one
    sense = first_sense(head.lower_)
    return sense is not None and sense.lexname() in BODY_OR_PLACE_FILES


def _names_one_event(tokens: list[Token], head: Token) -> bool:
    """A lone common noun names *the* event only when definite ("the strike", "his insurrection");
    "a strike", "strikes" or "a ceasefire was agreed" is the common noun for a kind of happening.
    A name with a modifier ("armed mutiny") or a proper name is kept as before."""
    if len(tokens) > 1 or head.pos_ == "PROPN":
        return True
    if at_a_named_place(head):
        return True  # "a riot at Dunhallow Prison", "uprising at Dunhallow" (a headline)
    # the determiner of "The uprising spread." hangs from "spread" when the parser reads the
    # verb as a noun the event noun modifies
    holders = [head] + ([head.head] if head.dep_ == "compound" else [])
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for h in holders for c in h.children)


@Language.component("storylens_event_names", requires=["token.dep", "token.lemma"], assigns=["doc._.event_names"])
def event_names_component(doc: Doc) -> Doc:
    names = extensions.doc_list(doc, "event_names")
    article_id = doc._.article_id or ""
    found = find_event_names(doc)
    # "the rampage" after "the Vessick Rampage" is the outlet's coinage told again (round s38)
    coinages = {head.lower_: _term(tokens, head) for tokens, head in found if coined_name(head)}
    for tokens, head in found:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        span = Span.of(article_id, doc_text(doc), start, end)
        term = _term(tokens, head)
        if len(tokens) == 1 and head.is_lower and head.lower_ in coinages and not _an_event_noun_itself(head):
            term = coinages[head.lower_]  # not "the robbery": a name of its own, as before
        name = EventName(
            term,
            span,
            # marks round a speaker's words are the outlet quoting, not sneering (round s31)
            scare_quoted=_scare_quoted(doc, start, end)
            and not (_in_speakers_quotation(doc, start, end) or _described_as_by_someone(head)),
            distanced=_distanced(doc, tokens, head),
            reported=_reported(doc, tokens, head),
            place_named=is_generic(head.lemma_) and (named_by_a_place(head) or at_a_named_place(head)),
        )
        # a name in quotation marks, rejected or reported is kept whatever its determiner
        if name.scare_quoted or name.distanced or name.reported or _names_one_event(tokens, head):
            names.append(name)
    return doc
