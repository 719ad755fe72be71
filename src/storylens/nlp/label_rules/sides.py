"""Partisan words for the people of a side, and names the outlet distances itself from (issue 19,
round s36).

- **A judged plural subject naming its side**: "Faceless officials at the ministry decided ...",
  "Tarnholt bureaucrats want ...". A plural noun for people, with no determiner, the subject of a
  clause in the outlet's own voice, that says whose people they are (a name before it, or an
  "at"/"of"/"from"/"in" phrase holding a name, or a noun heading exactly one organisation's name of
  the article: "at the ministry") is the outlet's word for that body when the noun or one of its
  modifiers judges: the evaluative-noun scorer ("bureaucrats" 0.63) or the modifier scorer
  ("faceless" 0.67), at the bars of ``referents.py``. "Officials at the ministry decided" judges
  nothing ("officials" 0.17) and labels no one.
- **A loaded group phrase that says whose it is**: "the bleeding-heart lobby, led by the Penal
  Reform Circle", "the bleeding-heart lobby of X": a definite phrase whose noun WordNet reads as a
  social group in one of its senses ("lobby": "the people who try to influence legislators"),
  marked by the loaded-language tagger in the outlet's voice, and whose side its own words name
  (an "of"/"from" phrase, or a participle with an agent: "led by X", "run by X").
- **"so-called X"**: the outlet writes the name only to doubt it (``event_names.DISTANCING_BEFORE``,
  the reading the event names use); the distancing words are its label of X.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp.doc_index import doc_entities, doc_text
from storylens.nlp.entity_rules.people import is_person_noun
from storylens.nlp.label_rules.groups import _referents_by_head
from storylens.nlp.label_rules.kinds import names_a_body_of_government
from storylens.nlp.label_rules.referents import (
    PLACE_TYPES,
    REFERENT_MODIFIER_SCORE,
    REFERENT_NOUN_SCORE,
    _article_seats,
    _names_one_government,
    _seat_of,
    _subject_of_a_finite_clause,
)

SIDE_TYPES = frozenset({"ORG", "GPE", "NORP"})
# "officials at X", "staff of X", "bureaucrats from X", "clerks in X": whose people they are.
SIDE_PREPOSITIONS = frozenset({"at", "of", "from", "in"})


def _entity_at(doc: Doc, token: Token) -> SpacySpan | None:
    return next((e for e in doc_entities(doc) if e.start <= token.i < e.end and e.label_ in SIDE_TYPES), None)


def _side_of(token: Token, heads: dict[str, set[str]]) -> str:
    """The name of the body the people belong to, or ""."""
    doc = token.doc
    for child in token.lefts:
        if child.dep_ in ("compound", "nmod", "poss") and (ent := _entity_at(doc, child)) is not None:
            return ent.text  # "Tarnholt bureaucrats"
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in SIDE_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            ent = _entity_at(doc, obj)
            if ent is not None and prep.lower_ == "in" and ent.label_ in PLACE_TYPES:
                # round s40: "Faceless officials in Velbury" says where they sit, not whose they
                # are: they stand for the one government the article names, or for nobody
                seats = _article_seats(doc)
                return next(iter(seats)) if len(seats) == 1 else ""
            if ent is not None:
                return ent.text  # "officials at the Justice Ministry"
            names = heads.get(obj.lemma_.lower(), set()) if obj.is_lower else set()
            if len(names) == 1:
                return next(iter(names))  # "officials at the ministry", the article's one ministry
    return ""


def _judged(token: Token, modifiers: list[Token], scores, *, by_modifier_only: bool = False) -> bool:
    from storylens.nlp.loaded_rules.modifiers import modifier_score

    if not by_modifier_only and max(scores(token.lower_), scores(token.lemma_.lower())) >= REFERENT_NOUN_SCORE:
        return True
    return any(modifier_score(t.text.lower()) >= REFERENT_MODIFIER_SCORE for t in modifiers)


def _lower_case_word(token: Token) -> bool:
    """Lower-case, or capitalised only because it opens the sentence ("Faceless officials ...")."""
    return token.is_lower or token.is_sent_start and token.text[1:].islower()


def _glued_by_a_hyphen(token: Token) -> bool:
    """ "money" of "money-grubbing": the first piece of a hyphenated modifier, whatever its tag."""
    doc = token.doc
    return token.is_alpha and token.whitespace_ == "" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "HYPH"


def _describing_words(token: Token) -> tuple[list[Token], bool] | None:
    """The lower-case adjectives (and hyphenated pieces) right before a plural noun, and whether
    a determiner or a possessive word stands there too; None when a number does. A definite
    phrase ("the park's money-grubbing owners") counts only with some such words (round s41):
    the caller then asks for a judging modifier, not a judging noun alone."""
    doc, words, i = token.doc, [], token.i - 1
    while i >= 0 and (doc[i].pos_ == "ADJ" or doc[i].tag_ == "HYPH" or doc[i].dep_ in ("amod", "compound") or _glued_by_a_hyphen(doc[i])) and not doc[i].ent_type_ and (doc[i].tag_ == "HYPH" or _lower_case_word(doc[i])):
        words.insert(0, doc[i])
        i -= 1
    if any(c.dep_ == "nummod" for c in token.lefts):
        return None
    if any(c.dep_ in ("det", "poss") for c in token.lefts):
        return (words, True) if words else None
    return words, False


def _group_sense(word: str) -> bool:
    from storylens.wordnet import is_kind_of, senses_of

    return any(is_kind_of(s, "social_group.n.01") for s in senses_of(word, "n")[:3])


def _led_by(token: Token) -> str:
    """ "the lobby, led by X": the name a participle on the phrase gives as its agent."""
    for clause in token.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for agent in clause.children:
            for obj in agent.children if agent.dep_ == "agent" else ():
                ent = _entity_at(token.doc, obj) if obj.dep_ == "pobj" else None
                if ent is not None:
                    return ent.text
    return ""


def _loaded_group_phrases(doc: Doc, loaded: list[tuple[int, int]], quoted) -> list[tuple[int, int, str]]:
    found = []
    for token in doc:
        if token.tag_ != "NN" or not token.is_lower or token.ent_type_:
            continue
        det = next((c for c in token.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or det.i + 1 == token.i:
            continue  # "the lobby" alone judges nothing
        start, end = doc[det.i + 1].idx, token.idx + len(token.text)
        if quoted.inside(start, end) or not any(s <= start and end <= e for s, e in loaded):
            continue
        if not _group_sense(token.lemma_.lower()):
            continue
        side = _led_by(token) or _side_of(token, {})
        if side:
            found.append((start, end, side))
    return found


def _judged_people(noun: Token, scores) -> bool:
    """ "culture vandals", "bleeding hearts", "thieves": a plural noun for people the noun scorer
    judges, or whose modifier the modifier scorer judges, or which WordNet knows with its modifier
    as one word for a kind of person ("bleeding heart": "someone who is excessively sympathetic")."""
    from storylens.wordnet import senses_of

    if noun.tag_ != "NNS":
        return False
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_lower]
    if noun.dep_ == "dobj" and noun.head.tag_ == "VBG" and noun.head.i == noun.i - 1:
        modifiers.append(noun.head)  # "of bleeding hearts", parsed as a gerund
    if modifiers and any(s.lexname() == "noun.person" for s in senses_of(f"{modifiers[-1].lower_}_{noun.lemma_.lower()}", "n")[:2]):
        return True
    return is_person_noun(noun) and _judged(noun, modifiers, scores)


def _object_of(prep: Token) -> Token | None:
    """The noun after a preposition; the parser reads "of bleeding hearts" as a gerund and its
    object, whose object is then the noun."""
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp" and child.tag_ == "VBG":
            return next((g for g in child.children if g.dep_ == "dobj"), None)
    return None


def insulted_governments(doc: Doc, *, scores, quoted) -> list[tuple[int, int, str]]:
    """(start, end, the place) of each "a government of <judged people>" in the outlet's voice
    (round s40): "the latest humiliation for a government of culture vandals" says what the
    outlet calls the government the article names, wherever the phrase stands in the sentence. The
    phrase's own seat ("the Sarnland government of ...") or the article's one government's seat
    is its target; none when the article names no government or several."""
    found = []
    for token in doc:
        if not token.is_lower or token.pos_ != "NOUN" or token.ent_type_:
            continue
        if not _names_one_government(token) and not (token.tag_ == "NN" and names_a_body_of_government(token.lemma_.lower())):
            continue  # round s41: "a cabinet of cronies", the cabinet's people judged
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            people = _object_of(prep)
            if people is None or people.ent_type_ or not _judged_people(people, scores):
                continue
            start, end = token.idx, people.idx + len(people.text)
            if quoted.inside(start, end):
                continue
            seat = _seat_of(token)
            seats = {seat.text} if seat is not None else _article_seats(doc)
            if len(seats) == 1:
                found.append((start, end, next(iter(seats))))
    return found


def judged_side_phrases(doc: Doc, *, scores, quoted, loaded=()) -> list[tuple[int, int, str]]:
    """(start, end, the name) of each judged plural subject naming its side, of each loaded group
    phrase naming its side, and of each "so-called" before a name, in the outlet's own voice."""
    from storylens.nlp.event_names import DISTANCING_BEFORE

    heads = {head: {n for n in names} for head, names in _referents_by_head(doc).items()}
    found: list[tuple[int, int, str]] = []
    people: list[tuple[int, int, str, str]] = []
    for token in doc:
        if token.tag_ != "NNS" or not token.is_lower or token.ent_type_ or not is_person_noun(token):
            continue
        if not _subject_of_a_finite_clause(token):
            continue
        described = _describing_words(token)
        if described is None:
            continue
        modifiers, determined = described
        first = modifiers[0] if modifiers else token
        start, end = first.idx, token.idx + len(token.text)
        if quoted.inside(start, end) or not _judged(token, modifiers, scores, by_modifier_only=determined):
            continue
        side = _side_of(token, heads)
        if side:
            people.append((start, end, side, token.lemma_.lower()))
    # A word the article gives the people of two sides ("Redhand rebels and Greyfell rebels")
    # names what they do, not one side the outlet judges.
    sides_of_word: dict[str, set[str]] = {}
    for _, _, side, word in people:
        sides_of_word.setdefault(word, {side})
    for token in doc:
        word = token.lemma_.lower()
        if word in sides_of_word and token.tag_ == "NNS":
            sides_of_word[word] |= {t.text for t in token.lefts if t.dep_ in ("compound", "nmod") and (t.ent_type_ or t.pos_ == "PROPN") and not t.is_sent_start}
    found += [(start, end, side) for start, end, side, word in people if len(sides_of_word[word]) == 1]
    found += _loaded_group_phrases(doc, list(loaded), quoted)
    found += insulted_governments(doc, scores=scores, quoted=quoted)
    text = doc_text(doc)
    for ent in doc_entities(doc):
        if ent.label_ not in SIDE_TYPES | {"PERSON"}:
            continue
        # round s41: "the so-called independent Agency": the doubt reaches the name over the
        # adjectives it doubts, which belong in the label
        first = ent.start
        while first > 0 and doc[first - 1].is_lower and doc[first - 1].pos_ == "ADJ":
            first -= 1
        opening = doc[first].idx if first < ent.start else ent.start_char
        before = DISTANCING_BEFORE.search(text[max(0, opening - 30) : opening])
        if before is None:
            continue
        start = opening - len(before.group(0))
        end = start + len(before.group(0).rstrip(" \t-‐\"“‘'"))
        if first < ent.start:
            end = doc[ent.start - 1].idx + len(doc[ent.start - 1].text)
        if not quoted.inside(start, ent.end_char):
            found.append((start, end, ent.text))
    return found
