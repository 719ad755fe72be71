"""Judgements the outlet passes with no judging word, read from the sentence's shape and from
WordNet (issue 19, round s34).

A sentence can blame, sneer or praise in plain words. What makes each reading evaluative is not a
word but how the words are used, and each is read from the parse and WordNet's senses:

- **a denial of chance**: "the capsizing was no act of God", "the fire was no accident" — the
  attribute of "be" is determined by "no", and the noun, in one of its two most frequent senses,
  is a happening of chance or a mishap (WordNet: accident.n.01/02, misfortune.n.01) or an error:
  to deny that it happened by chance is to say that someone did it. "There was no damage" (an
  existential "there") is a plain report;
- **an absolute antithesis**: "the rescue owed everything to the fishermen and nothing to the
  officials" — a verb whose coordinated objects are the universal and the null pronoun
  (everything/all against nothing/none): the outlet allots all credit or blame;
- **a warning neglected**: "her complaint was logged and ignored", "his warning was filed and
  forgotten" — a verb whose first sense is ignoring, forgetting, neglecting or disregarding
  (ignore.v.01, forget.v.01, neglect.v.01, neglect.v.04 ...; the sense itself, since WordNet files
  "restrain" under forget.v.01), with a subject, said of a message (one of the
  noun's two most frequent senses in noun.communication: "complaint" is an ailment first): the outlet finds negligence. "He forgot his keys" is
  said of a thing;
- **a verdict on a claim's truth**: "their newspaper has falsely claimed", "the council wrongly
  stated" — an adverb of a verb of saying or thinking whose adjective (WordNet's pertainym, or
  the adjective the adverb is made from) names a lack of truth, correctness or honesty (the
  nouns derived from it: falsity, incorrectness, dishonesty). The outlet, not the speaker, says
  the claim does not hold; "correctly reported" is not read;
- **force set against aid**: "the convoy brought more rifles than blankets", "sends troops, not
  tents" — two things set against each other ("more X than Y", "X, not Y", "X instead of Y",
  "X rather than Y") of which exactly one is armed force (a weapon, a military unit, a soldier,
  a military vehicle or force) by its first sense: the outlet says what was sent instead of what
  was needed. "more tents than blankets" is a count;
- **money played as a game**: "the fund lost 300 million crowns gambling on property loans" — a
  verb one of whose first two senses is a kind of playing a game or betting (play.v.01,
  gamble.v.02, bet.v.02) used of money,
  loans or shares (noun.possession): an investment called a bet;
- **a door shut on people**: "the insurer slammed the door on its own policyholders" — an
  organisation (not a person) does a bodily act (a verb of contact or motion) to a definite thing
  or body part, "on" or "against" people: no door is slammed, the figure is the refusal;
- **blame shifted**: "spent the week trying to shift the blame onto the pilots" — a verb of
  moving, changing or passing on (verb.motion, verb.change, verb.possession) whose object is
  blame (a kind of incrimination.n.01 or blame.n.02): the outlet imputes evasion;
- **a favour to one's friends**: "cut the subsidy to help his friends on the board" — a purpose
  clause whose object is the doer's own friends or allies (a possessive pronoun; WordNet's
  friend.n.01 or ally.n.02): a discreditable motive, which the doer would not avow; so is an act
  of helping, rescuing or freeing whose object is the doer's friends ("bails out its banker
  friends"). "to protect its members" (an association's own members) is not read, nor "visited
  his friends";
- **a place that dies**: "drowning Osk", "the dying town" — a participle of dying (WordNet: a kind
  of die.v.01 in one of its three most frequent senses) said of a place;
- **the reader made the loser**: "bails out its friends with your savings" — "your" on money or a
  holding (noun.possession) in a statement whose subject is someone else;
- **a clique for a body** (``clique_nouns``): "now the cabal wants the public to pay" — a noun in
  the outlet's voice whose first sense is a kind of clique.n.01 ("an exclusive circle of people
  with a common purpose": cabal, junta, faction) names a governing body by its closed circle.

All in the outlet's own voice: outside quotation marks, not the content of a reporting verb or
"according to", not in a question (``verdicts.spans_in_outlet_voice``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_text
from storylens.nlp.loaded_rules.motives import reported
from storylens.nlp.loaded_rules.verdicts import span_end, span_start, spans_in_outlet_voice
from storylens.nlp.wordnet import first_sense, is_kind_of, senses_of

if TYPE_CHECKING:  # imported when called (see evaluative.py)
    from storylens.nlp.event_rules import QuotedText

SCORE = 1.0


def _senses(word: str, pos: str, limit: int = 2):
    return senses_of(word, pos)[:limit]


# --- a denial of chance -------------------------------------------------------------------------
# Happenings by chance, mishaps and errors: denied with "no", they say someone is to blame.
CHANCE_OR_MISHAP = ("accident.n.01", "accident.n.02", "misfortune.n.01", "error.n.01", "mistake.n.01")


def _multiword(noun) -> str | None:
    """"act_of_god" for "act of God": the noun with its "of" phrase, when WordNet knows the three
    words as one noun."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            name = f"{noun.lemma_.lower()}_of_{obj.lower_}"
            if _senses(name, "n"):
                return name
    return None


def denial_of_chance(token):
    """(start, end) of "was no accident of fate", from the subject to the attribute's end."""
    if token.pos_ != "NOUN" or token.dep_ != "attr" or token.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None
    copula = token.head
    if any(c.dep_ == "expl" for c in copula.children):
        return None  # "there was no damage"
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    word = _multiword(token) or token.lemma_
    if not any(is_kind_of(sense, *CHANCE_OR_MISHAP) for sense in _senses(word, "n")):
        return None
    return span_start(subjects[0]), span_end(token)


# --- an absolute antithesis ---------------------------------------------------------------------
UNIVERSAL = frozenset({"everything", "all"})
NULL = frozenset({"nothing", "none"})


def absolute_antithesis(token):
    """(start, end) of "owed everything to X and nothing to Y": the verb's clause, when its object
    and a coordinated object are the universal and the null pronoun."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    objects += [c for o in list(objects) for c in o.conjuncts]
    objects += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PRON"]  # "... and nothing to Y"
    words = {o.lower_ for o in objects}
    if not (words & UNIVERSAL and words & NULL):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return (span_start(subjects[0]) if subjects else token.idx), span_end(token)


# --- a warning neglected ------------------------------------------------------------------------
NEGLECT = ("ignore.v.01", "forget.v.01", "neglect.v.01", "neglect.v.03", "neglect.v.04", "dismiss.v.01")


def _patients(verb) -> list:
    """What the verb is done to: its object, its passive subject, or those of the verb it is
    coordinated with ("was logged and ignored")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and verb.dep_ == "conj":
        found = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return found


def warning_neglected(token):
    """(start, end) of "her complaint was logged and ignored": from the message to the verb."""
    if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
        return None
    sense = first_sense(token.lemma_, "v")
    # the sense itself, not its kinds: WordNet files "restrain" (keep in check) under forget.v.01
    if sense is None or sense.name() not in NEGLECT:
        return None
    clause = token.head if token.dep_ == "conj" else token
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in ("i", "we"):
        return None  # a command or an infinitive ("ignore the order until ...") states no neglect
    messages = [
        p for p in _patients(token)
        if p.pos_ == "NOUN" and any(sense.lexname() == "noun.communication" for sense in _senses(p.lemma_, "n"))
    ]
    if not messages:
        return None
    return min(span_start(messages[0]), token.idx), span_end(token)


def _file(noun) -> str:
    """WordNet's lexicographer file of the noun's first sense ("noun.communication"), or ""."""
    sense = first_sense(noun.lemma_)
    return sense.lexname() if sense is not None else ""


# --- a verdict on a claim's truth ---------------------------------------------------------------
# What a verdict against a claim says it lacks: WordNet's nouns of falsity, incorrectness,
# wrongness, dishonesty, untruthfulness, inaccuracy, insincerity, error and groundlessness ("correctly reported" is the
# outlet agreeing, and plain news writes it of a pilot's report).
UNTRUTH_NOUNS = (
    "falsity.n.01", "incorrectness.n.01", "wrongness.n.01", "wrongness.n.02", "dishonesty.n.01", "untruthfulness.n.01",
    "inaccuracy.n.01", "insincerity.n.01", "unfairness.n.01", "injustice.n.01", "mistake.n.01", "groundlessness.n.01",
)
SAYING_FILES = frozenset({"verb.communication", "verb.cognition"})


def _adjectives_of_adverb(adverb: str) -> list:
    """The adjective senses an adverb is made from: WordNet's pertainyms of its two most frequent
    senses, or, for an adverb WordNet does not list ("baselessly"), the adjective without "-ly";
    with a satellite's head ("false.s.03" -> "false.a.01")."""
    found = [p.synset() for sense in _senses(adverb, "r") for lemma in sense.lemmas() for p in lemma.pertainyms()]
    if not found and adverb.endswith("ly"):
        found = _senses(adverb[:-2], "a")
    return found + [h for sense in found for h in sense.similar_tos()]


def _nouns_of(adjective) -> list:
    """The nouns an adjective sense names the quality of: its WordNet attributes and the nouns
    derived from its words ("untruthful" -> untruthfulness.n.01)."""
    derived = [d.synset() for lemma in adjective.lemmas() for d in lemma.derivationally_related_forms() if d.synset().pos() == "n"]
    return [*adjective.attributes(), *derived]


def about_truth(adverb: str) -> bool:
    """The adverb denies a claim's truth: an adjective it is made from (or its head) names a lack
    of truth, correctness, rightness, honesty or accuracy ("falsely", "wrongly", "mendaciously");
    "correctly", "loudly", "repeatedly" do not."""
    return any(is_kind_of(noun, *UNTRUTH_NOUNS) for adjective in _adjectives_of_adverb(adverb) for noun in _nouns_of(adjective))


def verdict_on_a_claim(token):
    """(start, end) of "has falsely claimed": the adverb with the verb of saying it modifies."""
    if token.dep_ != "advmod" or token.pos_ != "ADV" or token.head.pos_ != "VERB":
        return None
    verb = token.head
    sense = first_sense(verb.lemma_, "v")
    if sense is None or sense.lexname() not in SAYING_FILES or not about_truth(token.lower_):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in ("i", "we"):
        return None
    start = min(token.idx, verb.idx)
    end = max(token.idx + len(token.text), verb.idx + len(verb.text))
    return start, end


# --- force set against aid ----------------------------------------------------------------------
ARMED_FORCE = ("weapon.n.01", "military_unit.n.01", "military_personnel.n.01", "serviceman.n.01", "military_vehicle.n.01", "force.n.04")


def _armed(noun) -> bool:
    return noun.pos_ == "NOUN" and is_kind_of(first_sense(noun.lemma_), *ARMED_FORCE)


def _set_against(noun):
    """The noun a noun is set against: "more X than Y", "X, not Y", "X instead of / rather than Y"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "than" and any(c.lower_ in ("more", "fewer") for c in noun.children):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ in ("instead", "rather"):
            inner = [g for c in child.children for g in (c, *c.children) if g.dep_ == "pobj"]
            if inner:
                return inner[0]
        if child.dep_ in ("appos", "conj") and any(c.dep_ == "neg" for c in (*child.children, *noun.children)):
            return child
    return None


def force_against_aid(token):
    """(start, end) of "brought more rifles than blankets": from the verb to the contrast's end,
    when exactly one of the two nouns is armed force."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubjpass"):
        return None
    other = _set_against(token)
    if other is None or other.pos_ != "NOUN" or _armed(token) == _armed(other):
        return None
    verb = token.head
    return min(verb.idx, token.idx), span_end(token)


# --- money played as a game ---------------------------------------------------------------------
# Playing a game, gambling and betting (play.v.01 "participate in games or sport", gamble.v.02
# "play games for money", bet.v.02). Not the whole of WordNet's verb.competition, which files
# "protect" and "shield" there too.
GAMES = ("play.v.01", "gamble.v.02", "bet.v.02")

def money_played_as_a_game(token):
    """(start, end) of "gambling on property loans": a verb of games or betting (verb.competition
    in one of its two most frequent senses) whose object or "on"/"with" object is money or a
    holding (first sense in noun.possession)."""
    if token.pos_ != "VERB" or not any(is_kind_of(s, *GAMES) for s in _senses(token.lemma_, "v")):
        return None
    stakes = [c for c in token.children if c.dep_ == "dobj"]
    stakes += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "with", "away") for o in p.children if o.dep_ == "pobj"]
    # two senses: "bonds" is a chemical bond first and a debt certificate second
    if not any(s.pos_ == "NOUN" and any(x.lexname() == "noun.possession" for x in _senses(s.lemma_, "n")) for s in stakes):
        return None
    return token.idx, span_end(token)


# --- a door shut on people ----------------------------------------------------------------------
BODILY_ACTS = frozenset({"verb.contact", "verb.motion"})
ORGANISATION = ("organization.n.01", "institution.n.01", "social_group.n.01")


def _an_organisation(noun) -> bool:
    if noun.ent_type_ == "ORG":
        return True
    # two senses: "bank" is sloping land first and a financial institution second
    senses = _senses(noun.lemma_, "n")
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and any(s.lexname() == "noun.group" or is_kind_of(s, *ORGANISATION) for s in senses)


def door_shut_on_people(token):
    """(start, end) of "had slammed the door on its own policyholders"."""
    if token.pos_ != "VERB":
        return None
    sense = first_sense(token.lemma_, "v")
    if sense is None or sense.lexname() not in BODILY_ACTS:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or not _an_organisation(subjects[0]):
        return None
    things = [
        c for c in token.children
        if c.dep_ == "dobj" and c.tag_ == "NN" and any(d.dep_ in ("det", "poss") and d.lower_ != "a" for d in c.children)
        and _file(c) in ("noun.artifact", "noun.body")
    ]
    from storylens.nlp.loaded_rules.figures import could_be_people

    targets = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "against") for o in p.children if o.dep_ == "pobj"]
    if not things or not any(could_be_people(t) for t in targets):
        return None
    return token.idx, span_end(token)


# --- blame shifted ------------------------------------------------------------------------------
BLAME = ("incrimination.n.01", "blame.n.02")
PASSING_ON = frozenset({"verb.motion", "verb.change", "verb.possession"})


def blame_shifted(token):
    """(start, end) of "to shift the blame onto the harbour pilots"."""
    if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
        return None
    sense = first_sense(token.lemma_, "v")
    if sense is None or sense.lexname() not in PASSING_ON:
        return None
    if not any(c.dep_ == "dobj" and is_kind_of(first_sense(c.lemma_), *BLAME) for c in token.children):
        return None
    return token.idx, span_end(token)


# --- a favour to one's friends ------------------------------------------------------------------
FRIENDS = ("friend.n.01", "ally.n.02")
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


# Helping, rescuing, freeing, enriching, favouring, shielding: what an act done for one's own
# friends is called when it is the act itself ("bails out its banker friends"), not its purpose.
HELPING = ("help.v.01", "rescue.v.01", "save.v.03", "free.v.01", "better.v.02", "protect.v.01", "prefer.v.03", "favor.v.03")


def _friends_of_the_doer(verb) -> bool:
    """The verb's object is the doer's own friends or allies: "his friends", "its banker friends"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        owned = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in obj.children)
        if owned and any(is_kind_of(s, *FRIENDS) for s in _senses(obj.lemma_, "n")):
            return True
    return False


def favour_to_friends(token):
    """(start, end) of "cut the subsidy to help his friends on the board" (the act and its
    purpose) or of "bails out its banker friends" (an act of helping whose object is the doer's
    friends)."""
    from storylens.nlp.loaded_rules.motives import explained_act, phrasal_lemma

    if token.pos_ != "VERB" or not _friends_of_the_doer(token):
        return None
    act = explained_act(token)
    if act is not None:
        return act.idx, span_end(token)
    if any(is_kind_of(s, *HELPING) for s in _senses(phrasal_lemma(token), "v") or _senses(token.lemma_, "v")):
        return token.idx, span_end(token)
    return None


# --- a place that dies --------------------------------------------------------------------------
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _a_place(token) -> bool:
    """A place entity, a proper noun the model gave no type (a headline's "drowning Osk"), or a
    noun whose first sense is a place."""
    if token.ent_type_ in PLACE_ENTITIES or (token.pos_ == "PROPN" and not token.ent_type_):
        return True
    sense = first_sense(token.lemma_) if token.pos_ == "NOUN" else None
    return sense is not None and sense.lexname() == "noun.location"


def place_that_dies(token):
    """(start, end) of "drowning Osk", "the dying town": a present participle one of whose three
    most frequent senses is a kind of dying (die.v.01: drown, starve) said of a place (the noun
    it modifies, or its object where the parser reads the place so): the place is given a
    person's death. "flooded Osk", "the burning depot" say what happened to it."""
    if token.tag_ != "VBG":
        return None
    if not any(is_kind_of(sense, "die.v.01") for sense in _senses(token.lemma_, "v", 3)):
        return None
    places = [token.head] if token.dep_ == "amod" else [c for c in token.children if c.dep_ == "dobj"]
    if not places or not _a_place(places[0]):
        return None
    place = places[0]
    return min(token.idx, place.idx), max(token.idx + len(token.text), place.idx + len(place.text))


# --- the reader made the loser ------------------------------------------------------------------
def readers_loss(token):
    """(start, end) of "bails out its friends with your savings": the outlet tells the reader
    that what a third party does is paid with the reader's own money (a noun of possession,
    WordNet noun.possession, owned by "your"), in a statement whose subject is someone else.
    Advice ("how to protect your savings") has no such subject."""
    if token.pos_ != "NOUN" or _file(token) != "noun.possession":
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ == "your"]
    if not owners:
        return None
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.pos_ not in ("VERB", "AUX") or not subjects or subjects[0].lower_ in ("you", "i", "we"):
        return None
    return owners[0].idx, token.idx + len(token.text)


READINGS = (
    place_that_dies,
    readers_loss,
    denial_of_chance,
    absolute_antithesis,
    warning_neglected,
    verdict_on_a_claim,
    force_against_aid,
    money_played_as_a_game,
    door_shut_on_people,
    blame_shifted,
    favour_to_friends,
)


def outlet_rhetoric(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each judgement of the module doc in the outlet's own voice."""
    return spans_in_outlet_voice(doc, READINGS, quoted)


# --- a clique for a body ------------------------------------------------------------------------
CLIQUE = "clique.n.01"


def names_a_clique(noun: str) -> bool:
    """The noun's first WordNet sense is a kind of clique ("cabal", "junta", "faction")."""
    return is_kind_of(first_sense(noun), CLIQUE)


def clique_nouns(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each common noun heading its phrase that names a body as a clique,
    outside quotations and reported speech. Not in a name ("the Kitchen Cabinet") or a compound
    modifier ("faction leader" names a person)."""
    from storylens.nlp.event_rules import QuotedText
    from storylens.nlp.loaded_rules.filters import is_name

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or is_name(token) or token.dep_ == "compound" or not names_a_clique(token.lemma_):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if quoted.inside(start, end) or reported(token) or token.sent.text.rstrip().endswith("?"):
            continue
        found.append((start, end, SCORE))
    return found
