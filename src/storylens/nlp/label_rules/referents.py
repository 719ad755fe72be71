"""An outlet's word for a group that the article names elsewhere: "the regime", "the wreckers",
"the profiteers", "the puppet council" (issue 19, round s29).

A definite noun phrase for a group, with no name in it, is the outlet's characterisation of a
named actor only when the article says which one. Three kinds of evidence are read from the
parse, strongest first:

- **the group names itself**: a relative clause or participle on the phrase that gives a name
  ("the puppet council in Arnsby, which calls itself the Arn Valley Authority"; "known as X");
- **the only fitting agent**: the phrase is the subject of a clause in the outlet's own voice,
  its head noun judges (the evaluative-noun scorer of ``loaded_rules/nouns.py``, an evaluative
  modifier, or a loaded span of the tagger over the noun), and exactly one name of a fitting
  type acts in the article before it (is the subject of a verb, or owns the subject: "Ostmark's
  government ordered ..."). A plural noun for people ("the wreckers", "the bosses") stands for
  an organisation or a people; a noun for a social group ("the regime") for an organisation or
  a country. Two such names, or none, and nothing is attached.

Round s30: a noun for a kind of group says what its referent is, so the referent must be of
that kind (``_fits``):

- a noun for a government ("the regime", "the puppet government"; WordNet's government or
  political unit) stands for a place's government: the place the phrase itself names ("the
  puppet government in Varn"), else the one place the article writes as a government's ("the
  government in Varn", "Brevania's government"), else the one place acting; never a group that
  is no government (a rebel front). A quoted phrase with that evidence is the speaker's
  characterisation (attributed);
- any other noun for a group ("the militia") stands only for an organisation that is of that
  kind by its name's head word or by its own descriptions in the article ("the Guard, a
  pro-government militia"); across the articles of a story the same reading is done by
  ``story/kind_labels.py``.

Appositions ("X, the puppet council in Arnsby") are read by ``nlp/labels.py`` itself. A head
noun that is a word of one of the article's names ("the union" beside "Harbour Workers Union")
is a mention of that name (``entity_rules/head_nouns.py``), not a characterisation.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.nlp.doc_index import doc_entities, sentence_of
from storylens.nlp.entity_rules.people import is_group_noun, is_person_noun
from storylens.nlp.label_rules.contrast import set_against
from storylens.nlp.label_rules.words import NON_DESCRIPTIVE_MODIFIERS
from storylens.nlp.label_rules.groups import MEMBERSHIP_PREPOSITIONS
from storylens.nlp.label_rules.kinds import description_heads, description_words, fits_kind, may_name_a_body, names_a_government, names_a_governing_body
from storylens.nlp.loaded_rules.nouns import names_a_person
from storylens.nlp.wordnet import senses_of

# The evaluative-noun scorer's probability above which a group noun judges. Lower than the
# loaded-language bar (``nouns.NOUN_SCORE``, 0.85): here the noun must also stand for the one
# group the article shows acting, so a plain noun rarely qualifies twice.
REFERENT_NOUN_SCORE = 0.55
# The modifier scorer's probability above which an adjective judges the group it modifies
# ("greedy management"); the brief cuts one outlet's modifier at the same bar.
REFERENT_MODIFIER_SCORE = 0.65
# Verbs by which a group gives itself a name: "which calls itself X", "styling itself X".
SELF_NAMING_VERBS = frozenset({"call", "name", "style", "term", "dub"})
REFLEXIVES = frozenset({"itself", "themselves"})
# Participles that give a phrase's name: "the council known as X", "a group called X".
NAMING_PARTICIPLES = frozenset({"known", "called", "named", "styled", "dubbed"})
# The types a group noun can stand for: a plural noun for people stands for the members of an
# organisation or a people; a noun for a social group for an organisation or a country.
MEMBER_TYPES = frozenset({"ORG", "NORP"})
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})
NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC"})


def _definite_group_phrase(token: Token) -> Token | None:
    """The determiner "the" of a lower-case common noun phrase with no name in it, headed by a
    noun for people (plural) or a social group; None otherwise."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower or token.ent_type_:
        return None
    det = next((c for c in token.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return None
    if set_against(token):
        return None  # "the militia, not the police": the police are denied, not described (round s33)
    lefts = [t for t in token.doc[det.i + 1 : token.i]]
    if any(t.ent_type_ or not t.is_lower or t.lower_ in NON_DESCRIPTIVE_MODIFIERS or t.like_num for t in lefts):
        return None  # "the Ostmark regime" names its referent; "the other council" points
    if token.tag_ == "NNS" and is_person_noun(token):
        return det
    return det if is_group_noun(token) else None


def _self_named(token: Token) -> SpacySpan | None:
    """The name a relative clause or participle on the phrase gives it: "..., which calls
    itself the Arn Valley Authority", "the council known as X". The small parser often hangs the
    clause on the last noun before the comma ("in Arnsby, which ..."), so a clause on a name in
    the phrase's own prepositional phrase counts too."""
    holders = [token] + [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ not in ("relcl", "acl"):
                continue
            named = _name_given_by(clause)
            if named is not None:
                return named
    return None


def _name_given_by(verb: Token) -> SpacySpan | None:
    doc = verb.doc
    lemma = verb.lemma_.lower()
    targets: list[Token] = []
    if lemma in SELF_NAMING_VERBS and any(c.lower_ in REFLEXIVES for c in verb.children):
        targets = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.lower_ not in REFLEXIVES]
    elif verb.lower_ in NAMING_PARTICIPLES:
        targets = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")]
        targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    for target in targets:
        ent = _entity_of(doc, target)
        if ent is not None:
            return ent
    return None


def _entity_of(doc: Doc, token: Token) -> SpacySpan | None:
    for ent in doc_entities(doc):
        if ent.start <= token.i < ent.end and ent.label_ in NAME_TYPES:
            return ent
    return None


def _acting_names(doc: Doc, before: Token, types: frozenset[str], *, doers: bool = False, type_of=None) -> dict[str, int]:
    """The names of the given types that act in a sentence before the one of ``before``: the
    subject of a verb, or the possessor or modifier of the subject ("Ostmark's government
    ordered"), each with the start of the last sentence it acts in. A name in the phrase's own
    sentence is another participant ("the Kremlin will allow the insurrectionists to ...").
    With ``doers``, a name that only reports ("the Interior Ministry said the siege by gunmen
    had ended") is the source of the account, not one of the people a noun for people ("the
    gunmen") can stand for (round s31). ``type_of``: name -> the type the Doc first gives it
    (the model types "Marrow Line" an organisation once and a person the next time)."""
    found: dict[str, int] = {}
    sentence_start = sentence_of(doc, before.i).start
    for ent in doc_entities(doc):
        kind = (type_of or {}).get(ent.text, ent.label_)
        if ent.end > sentence_start or kind not in types:
            continue
        root = ent.root
        phrase = root.head if root.dep_ in ("poss", "compound", "nmod") else root
        while phrase.dep_ == "conj":  # "X and Y walked out": both act
            phrase = phrase.head
        if phrase.dep_ == "nsubj" and phrase.head.pos_ in ("VERB", "AUX"):
            if doers and phrase.head.lemma_.lower() in REPORTING_VERBS:
                continue
            found[ent.text] = sentence_of(doc, ent.start).start
    return found


# WordNet's senses of holding someone to blame: "blame", "accuse", "fault" (charge.v.02) and
# "criticise", "condemn", "denounce" (knock.v.06).
BLAMING_SENSES = ("charge.v.02", "knock.v.06")


@lru_cache(maxsize=1024)
def _blames(verb: str) -> bool:
    from storylens.wordnet import first_sense, is_kind_of

    return is_kind_of(first_sense(verb, "v"), *BLAMING_SENSES)


def _blamed_names(doc: Doc, before: Token, types: frozenset[str], type_of) -> set[str]:
    """The names of the given types the article holds to blame before the phrase's sentence,
    in anyone's voice: the object of a verb of blaming ("Fishermen blame Selwick Shipping for
    the spill", "residents accused the company")."""
    found = set()
    sentence_start = sentence_of(doc, before.i).start
    for ent in doc_entities(doc):
        if ent.end > sentence_start or type_of.get(ent.text, ent.label_) not in types:
            continue
        root = ent.root
        if root.dep_ == "dobj" and root.head.pos_ == "VERB" and _blames(root.head.lemma_.lower()):
            found.add(ent.text)
    return found


def _referent(doc: Doc, token: Token, types: frozenset[str], *, people: bool, kinds, type_of) -> set[str]:
    """The names a judging group phrase may stand for, by the article's own evidence (round
    s33), strongest first: the one fitting name the article blames before it ("Fishermen blame
    Selwick Shipping ... The polluters refused to pay"); else the fitting names acting in the
    nearest sentence before it that has any ("Marrow Line has offered fishermen nothing. The
    polluters ..."), not every name that acted anywhere before (the harbour authority that
    closed the port in the first sentence)."""
    blamed = _fitting(_blamed_names(doc, token, types, type_of), token, kinds, type_of)
    if len(blamed) == 1:
        return blamed
    acting = _acting_names(doc, token, types, doers=people, type_of=type_of)
    fitting = _fitting(set(acting), token, kinds, type_of)
    if not fitting:
        return set()
    nearest = max(acting[name] for name in fitting)
    return {name for name in fitting if acting[name] == nearest}


def _member_body(token: Token) -> SpacySpan | None:
    """ "The terrorists of the Kessan Freedom Front", "gunmen from X": the body whose people the
    plural noun names by its "of"/"from" phrase (round s33). The phrase says whom it stands for;
    no name acting elsewhere does."""
    if token.tag_ != "NNS" or not is_person_noun(token):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBERSHIP_PREPOSITIONS:
            continue
        for obj in prep.children:
            ent = _entity_of(token.doc, obj) if obj.dep_ == "pobj" else None
            if ent is not None and ent.label_ in MEMBER_TYPES:
                return ent
    return None


def _governing_bodies(doc: Doc, type_of) -> set[str]:
    """The organisations the article names whose name's head says they govern ("Provisional
    Administration"; ``kinds.names_a_governing_body``)."""
    return {
        ent.text
        for ent in doc_entities(doc)
        if type_of.get(ent.text, ent.label_) == "ORG" and len(ent) > 1 and names_a_governing_body(ent.root.text)
    }


def _placed_in(noun: Token) -> bool:
    """ "the puppet government in Dravo": the phrase says where the government sits, not whose
    it is ("the government of Brevania", "Brevania's regime")."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and _entity_of(noun.doc, c) is not None]
    return any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children) and not owners and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _points_back_to_unnamed(token: Token) -> bool:
    """ "The siege by gunmen ... The gunmen released ...": the article brought in the people the
    definite phrase stands for earlier without a name (the same noun with no "the" and no name
    beside it), so the phrase points back to them, not to a name (round s31)."""
    doc = token.doc
    lemma = token.lemma_.lower()
    for other in doc[: token.i]:
        if other.lemma_.lower() != lemma or other.pos_ != "NOUN" or other.ent_type_:
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in other.children):
            continue
        beside = [c for c in other.children if c.dep_ in ("compound", "poss", "nmod", "prep")]
        if not any(_entity_of(doc, t) is not None for c in beside for t in c.subtree):
            return True
    return False


def _subject_of_a_finite_clause(token: Token) -> bool:
    """ "The wreckers were never interested", "the bosses would rather pay": the subject of a
    tensed verb or of one with a modal; not the subject the parser gives an infinitive ("allow
    the insurrectionists to continue"), which is the object of another clause. The owner of
    such a subject acts through it: "the regime's soldiers man checkpoints" (round s34)."""
    if token.dep_ == "poss" and token.head.pos_ == "NOUN":
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "to" for c in auxiliaries):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in auxiliaries)


def _judges(token: Token, det: Token, scores, loaded: list[tuple[int, int]]) -> bool:
    """Whether the phrase judges: its noun or a modifier scores as evaluative ("greedy"
    by the modifier scorer, since round s34), or the tagger marked a span over the noun."""
    forms = {token.lemma_.lower(), token.lower_}
    if max(scores(w) for w in forms) >= REFERENT_NOUN_SCORE:
        return True
    modifiers = token.doc[det.i + 1 : token.i]
    if any(scores(t.lower_) >= REFERENT_NOUN_SCORE for t in modifiers if t.pos_ in ("NOUN", "PROPN")):
        return True
    if any(_judging_modifier(t) for t in modifiers if t.pos_ == "ADJ" and t.is_lower):
        return True
    return any(s <= token.idx < e for s, e in loaded)


def _strictly(scores):
    """The noun scorer at the loaded-language bar: an owned phrase needs no evidence that it
    stands for the one group shown acting, so the lower ``REFERENT_NOUN_SCORE`` would let plain
    group nouns judge ("Varro's militia" scores 0.63, "cabal" 0.56: the loaded-language rules,
    passed in ``loaded``, mark a clique noun such as "cabal")."""
    from storylens.nlp.loaded_rules.nouns import NOUN_SCORE

    return lambda word: score if (score := scores(word)) >= NOUN_SCORE else 0.0


def _judging_modifier(token: Token) -> bool:
    from storylens.nlp.loaded_rules.modifiers import modifier_score

    return modifier_score(token.lower_) >= REFERENT_MODIFIER_SCORE


def _owner(token: Token) -> SpacySpan | None:
    """The name that owns the phrase: "Rennick" of "Rennick's cabal", "Meridel Air" of
    "Meridel Air's greedy management" (the parse makes the name's last word, or its "'s", the
    possessor)."""
    for child in token.lefts:
        if child.dep_ != "poss":
            continue
        holder = token.doc[child.i - 1] if child.tag_ == "POS" and child.i > 0 else child
        ent = _entity_of(token.doc, holder)
        if ent is not None and ent.label_ in NAME_TYPES:
            return ent
    return None


def _owned_group_phrase(token: Token) -> tuple[SpacySpan, Token] | None:
    """(owner, first word after the owner) of a lower-case noun for a group or for people that a
    name owns: "Rennick's cabal", "Meridel Air's greedy management". The owner says whom the
    phrase is about, so no evidence from the other sentences is needed (round s34)."""
    if token.pos_ != "NOUN" or not token.is_lower or token.ent_type_:
        return None
    if not (token.tag_ == "NNS" and is_person_noun(token)) and not _may_name_a_group(token.lemma_.lower()):
        return None  # "Lind's brother": one person, a relation, not a group the owner leads
    if token.dep_ == "ROOT":
        return None  # a parse with no verb ("X's greedy management cut maintenance crews" as one noun phrase)
    owner = _owner(token)
    if owner is None or owner.end > token.i or _people_beside_a_person(token, owner):
        return None
    first = token.doc[owner.end]
    if first.tag_ == "POS" or first.lower_ in ("'s", "’s", "'"):
        first = token.doc[first.i + 1]
    if first.i > token.i or any(t.ent_type_ or not t.is_lower or t.like_num for t in token.doc[first.i : token.i]):
        return None
    return owner, first


def _people_beside_a_person(token: Token, owner: SpacySpan) -> bool:
    """ "Vladimir Karsk's allies", "Karsk's critics": a plural noun owned by a person names
    several people by their tie to that person, none of whom is the person; a person's own
    group is a noun for one group ("Rennick's cabal"). Round s35."""
    return owner.label_ == "PERSON" and token.tag_ in ("NNS", "NNPS")


@lru_cache(maxsize=4096)
def _may_name_a_group(noun: str) -> bool:
    """Some WordNet sense of the noun is a group ("cabal", "management": those in charge)."""
    return any(s.lexname() == "noun.group" for s in senses_of(noun))


def _earlier_owner(token: Token) -> SpacySpan | None:
    """ "Rennick's cabal has emptied the treasury. Now the cabal wants ...": the same noun owned
    by a name earlier in the article says whom "the cabal" points back to (round s34)."""
    lemma = token.lemma_.lower()
    owners = {
        owner.text: owner
        for other in token.doc[: token.i]
        if other.lemma_.lower() == lemma and other.pos_ == "NOUN"
        for owner in [_owner(other)]
        if owner is not None and not _people_beside_a_person(other, owner)
    }
    return next(iter(owners.values())) if len(owners) == 1 else None


def _name_words(doc: Doc) -> set[str]:
    return {t.lower_ for ent in doc_entities(doc) if ent.label_ in NAME_TYPES for t in ent}


def _names_one_government(token: Token) -> bool:
    """A noun for one government, read in the form written: "the regime", "the government", and
    a plural WordNet itself files as a government ("the authorities"). The plural of a noun for
    a government names several ("the regimes"; "the chief allies of Vladimir Karsk", where
    "ally" is first a friendly nation): never the one government of a place or a person
    (round s35; ``story/group_referents.py`` reads "some of the governments" so too)."""
    from storylens.nlp.wordnet import wordnet

    if token.tag_ in ("NNS", "NNPS") and (wordnet().morphy(token.lower_, "n") or token.lower_) != token.lower_:
        return False
    return names_a_government(token.lower_ if token.tag_ in ("NNS", "NNPS") else token.lemma_.lower())


# Prepositions by which a phrase for a government names its place: "the government in Varn".
SEAT_PREPOSITIONS = frozenset({"in", "of"})
PLACE_TYPES = frozenset({"GPE"})


def _seat_of(noun: Token, *, leaders: bool = False) -> SpacySpan | None:
    """The place a phrase for a government names as its own: "the puppet government in Varn",
    "the government of Brevania", "Brevania's government", "the Varn regime". With ``leaders``,
    also the person it names as its head: "the puppet government of President Ilan Serov",
    "Serov's regime" is that president's (round s32; "the government in X" names a place)."""
    doc = noun.doc
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    holders += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in SEAT_PREPOSITIONS for g in c.children if g.dep_ == "pobj"]
    for holder in holders:
        ent = _entity_of(doc, holder)
        if ent is None:
            continue
        if ent.label_ in PLACE_TYPES:
            return ent
        if leaders and ent.label_ == "PERSON" and holder in owners and not names_a_person(noun.lemma_.lower()):
            return ent  # "the regime of President X"; not "X's closest ally", a person beside X (round s35)
    return None


def _article_seats(doc: Doc) -> set[str]:
    """The places the article writes as a government's, in anyone's words ("the government in
    Varn" in a quotation says which government the article is about)."""
    found = set()
    for token in doc:
        if token.pos_ == "NOUN" and token.is_lower and _names_one_government(token):
            seat = _seat_of(token)
            if seat is not None:
                found.add(seat.text)
    return found


def _fitting(names: set[str], noun: Token, kinds: dict[str, set[str]], types: dict[str, str]) -> set[str]:
    """The names that are of the kind the noun names: a place for a noun for a government, an
    organisation whose name or description is of the noun's kind for another group noun; any
    name of a fitting type for a plural noun for people (the wreckers, the bosses)."""
    if noun.tag_ == "NNS" and is_person_noun(noun):
        return names
    lemma = noun.lemma_.lower()
    government = names_a_government(lemma)
    found = set()
    for name in names:
        if government and types.get(name) in PLACE_TYPES:
            found.add(name)
        elif any(fits_kind(word, lemma) for word in kinds.get(name, ())):
            found.add(name)
    return found


def characterisations(doc: Doc, *, scores, loaded: list[tuple[int, int]], quoted, labels=()) -> list[tuple[int, int, str, bool, bool]]:
    """(start, end, the name, attributed, by kind) of each definite group phrase the article
    ties to one name; "by kind": a noun for a kind of group ("the militia") that the name is
    described as, a description rather than the outlet's characterisation.

    ``scores``: word -> the evaluative-noun probability; ``loaded``: the tagger's spans
    (start, end) in this Doc; ``quoted``: an object whose ``inside(start, end)`` says whether
    a range is someone's quotation (only the outlet's own words characterise, but a quoted
    phrase for a government that names its place is the speaker's characterisation of that
    government); ``labels``: the Doc's labels so far, whose descriptions say what kind of group
    each name is."""
    name_words = _name_words(doc)
    kinds = description_heads(doc, labels)
    types: dict[str, str] = {}
    for ent in doc_entities(doc):
        types.setdefault(ent.text, ent.label_)
        kinds.setdefault(ent.text, set()).add(ent.root.lemma_.lower())
    seats = None
    found = []
    for token in doc:
        owned = _owned_group_phrase(token)
        if owned is not None:
            owner, first = owned
            start, end = first.idx, token.idx + len(token.text)
            if not quoted.inside(start, end) and _judges(token, doc[first.i - 1], _strictly(scores), loaded):
                bodies = _governing_bodies(doc, types) if _names_one_government(token) else set()
                found.append((start, end, next(iter(bodies)) if len(bodies) == 1 else owner.text, False, False))
            continue
        det = _definite_group_phrase(token)
        if det is None or token.lower_ in name_words or token.lemma_.lower() in name_words:
            continue
        start, end = doc[det.i + 1].idx, token.idx + len(token.text)
        government = _names_one_government(token)
        in_quotes = quoted.inside(start, end)
        if government:
            seats = _article_seats(doc) if seats is None else seats
            seat = _seat_of(token, leaders=True)
            place = seat.text if seat is not None else (next(iter(seats)) if len(seats) == 1 else "")
            bodies = _governing_bodies(doc, types)
            if len(bodies) == 1 and (seat is None or _placed_in(token)):
                place = next(iter(bodies))  # "the puppet government in Dravo": the body governing there (round s33)
            if place and _judges(token, det, scores, loaded):
                found.append((start, end, place, in_quotes, False))
                continue
        if in_quotes:
            continue
        named = _self_named(token)
        if named is not None:
            found.append((start, end, named.text, False, False))
            continue
        body = _member_body(token) or _earlier_owner(token)
        if body is not None:
            if _judges(token, det, scores, loaded):
                found.append((start, end, body.text, False, False))
            continue
        if not _subject_of_a_finite_clause(token) or not _judges(token, det, scores, loaded):
            continue
        people = token.tag_ == "NNS" and is_person_noun(token)
        if people and _points_back_to_unnamed(token):
            continue
        types_wanted = MEMBER_TYPES if people else GROUP_TYPES
        names = _referent(doc, token, types_wanted, people=people, kinds=kinds, type_of=types)
        if len(names) == 1:
            by_kind = not (token.tag_ == "NNS" and is_person_noun(token)) and not government
            found.append((start, end, next(iter(names)), False, by_kind))
    taken = {(s, e) for s, e, *_ in found}
    for start, end, name in described_phrases(doc, labels, name_words, quoted):
        if (start, end) not in taken:
            found.append((start, end, name, False, True))
    return found


def described_phrases(doc: Doc, labels, name_words: set[str], quoted) -> list[tuple[int, int, str]]:
    """ "The Civic Union Party, the main opposition party, ... The opposition has exploited ...":
    "the <noun>" in the outlet's own words, where the noun is a word of the descriptions of
    exactly one group's name written before it (an organisation, a people or a country; "the
    commander" for a person is left to coreference) and may name a group or a person in
    WordNet (``may_name_a_body``). (start, end, the name); a description, not a characterisation
    (round s31)."""
    words = description_words(doc, labels)
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or not token.is_lower or token.ent_type_ or token.lower_ in name_words:
            continue
        det = next((c for c in token.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or det.i != token.i - 1:
            continue  # "the main opposition": a modifier picks out or adds; only the bare noun
        if token.dep_ in ("compound", "amod", "nmod") or not may_name_a_body(token.lemma_.lower()):
            continue
        if set_against(token):
            continue  # "the militia, not the police": a phrase the sentence denies (round s33)
        forms = {token.lower_, token.lemma_.lower()}
        names = {name for name, w in words.items() if forms & w}
        if len(names) != 1:
            continue
        name = next(iter(names))
        if not any(e.text == name and e.end <= det.i and e.label_ in GROUP_TYPES for e in doc_entities(doc)):
            continue  # a definite description points back to a name already written
        start, end = token.idx, token.idx + len(token.text)
        if quoted.inside(start, end) or any(label.span.start <= start < label.span.end for label in labels):
            continue  # someone's word, or a word inside the description itself
        found.append((start, end, name))
    return found
