"""Nouns that name people by judging them, in the outlet's own voice: "lackeys", "puppets",
"thugs" (issue 19).

The PTC tagger weighs a word it never saw at 0, and such nouns are rare, so they are read from
the word's meaning instead: a logistic regression over the word's MiniLM vector
(``data/evaluative_nouns.npz``, trained by ``scripts/train_evaluative_nouns.py``) whose positives
are the nouns PTC mostly finds inside Name_Calling,Labeling spans and whose negatives are nouns
it almost never finds in any span. A noun is marked when

- it is a plural common noun heading its phrase ("their corporate media lackeys"): a judgement
  of a group of people; or a singular noun said of a named person or group ("Marr is a puppet",
  "Marr, a thug, ..."), scored as the mean of its singular's and its plural's scores (issue 19,
  fourth round); or "the" and a singular noun that points back to someone the text has named
  ("Marr ... The thug then fled": a definite noun with no "a thug" before it to introduce it,
  after a named person or group; fifth round); or a singular noun modifying a group's name
  or a phrase standing for a named group ("the puppet Velmora Council"; sixth round);
  elsewhere a singular noun is too often a plain role ("founder", "farmer"); a plural noun
  capitalised only because it opens its sentence ("Thugs stormed ...") counts as lower-case;
- the scorer gives it at least ``NOUN_SCORE``;
- it is outside quotation marks (a speaker's word is reported, not the outlet's).

The span is the noun alone: the brief quotes it ("“lackeys”") and the modifiers stay.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.doc_index import doc_entities, doc_text
# "gang", "cartel", "militia": a noun whose first WordNet sense is an organisation says what kind
# of body a group is, as a report classifies it ("rival gangs fought"), not what the writer thinks of
# its members; the scorer, trained on words for people, reads "gangs" 0.87 (round s38). A crowd
# named by its disorder ("mob", "horde": a gathering) is no organisation and stays read.
from storylens.nlp.entity_rules.people import names_an_organisation
from storylens.nlp.loaded_rules.word_scorer import WordScorer
from storylens.nlp.wordnet import ancestors_of, is_kind_of, senses_of

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

MODEL = Path(__file__).resolve().parent.parent / "data" / "evaluative_nouns.npz"
NOUN_SCORE = 0.85
CATEGORY = "Name_Calling,Labeling"


# A word is embedded once per process, all of an article's words in one batch (word_scorer.py).
_SCORER = WordScorer(MODEL)


def score_words(words) -> None:
    """Score every word not scored yet in one MiniLM batch (one call per article, not per word)."""
    _SCORER.score_words(words)


def noun_score(word: str) -> float:
    """The scorer's probability that ``word`` (lower-cased) is a judging noun."""
    return _SCORER.score(word)


def lower_case_word(token) -> bool:
    """Written lower-case, or capitalised only because it opens its sentence ("Thugs stormed
    the depot"): a common word, not a name."""
    return token.is_lower or (token.is_sent_start and token.text[:1].isupper() and token.text[1:].islower())


def judging_noun_candidate(token) -> bool:
    """A plural common noun heading its phrase, not a name: what may judge a group of people. A
    plural read as a compound of a capitalised word heads its phrase too: in a headline written
    in title case ("Terrorists Strike Kelmar Depot") the parser takes the verb for part of a
    name, and a plural rarely modifies a noun."""
    if not (token.pos_ == "NOUN" and token.tag_ == "NNS" and token.is_alpha and lower_case_word(token) and not token.ent_type_):
        return False
    if token.dep_ == "compound" and token.is_sent_start and token.head.is_title and token.head.i > token.i:
        return True
    return token.dep_ not in ("compound", "nmod", "poss", "amod")


# Determiners of a singular noun that says what someone is: "a puppet", "the thug".
ARTICLES = frozenset({"a", "an", "the"})
PERSON_LIKE = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})


def plural_of(word: str) -> str:
    """English plural by the regular rules ("thug" -> "thugs", "lackey" -> "lackeys", "bully" ->
    "bullies", "gunman" -> "gunmen")."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def both_forms_score(word: str) -> float:
    """The mean of the scores of a singular noun and its plural: a judging word judges in both
    forms ("puppet" 0.88, "puppets" 0.95), while the scorer's guess on one form alone is often
    far off its other ("protester" 0.90, "protesters" 0.38: 0.64 together)."""
    return (noun_score(word) + noun_score(plural_of(word))) / 2


def _named_subject(token) -> bool:
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.ent_type_ in PERSON_LIKE or s.lower_ in SUBJECT_PRONOUNS for s in subjects)


def singular_judgement_candidate(token) -> bool:
    """A singular common noun that says what a named person or group is: the attribute of "X is
    a puppet" or an apposition "X, a thug, ...", with "a"/"an"/"the". Elsewhere a singular noun
    is too often a plain role ("the founder of the firm")."""
    if not (token.tag_ == "NN" and token.is_alpha and token.is_lower and not token.ent_type_):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ARTICLES for c in token.children):
        return False
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return _named_subject(token)
    return token.dep_ == "appos" and token.head.ent_type_ in PERSON_LIKE


# Where a noun that points back to someone stands: the doer, the one done to, or after a preposition.
REFERRING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def referring_judgement_candidate(token) -> bool:
    """"the thug" standing for someone named before it: a singular common noun with "the" and
    no other word in its phrase but adjectives, in an argument's place, after a named person or
    group in the text, and never introduced as new ("a thug ... the thug" is one new person the
    text describes, not a name-calling of the named one)."""
    if not (token.tag_ == "NN" and token.is_alpha and token.is_lower and not token.ent_type_):
        return False
    if token.dep_ not in REFERRING_DEPS:
        return False
    determiners = [c for c in token.children if c.dep_ == "det"]
    if [d.lower_ for d in determiners] != ["the"] or any(c.dep_ not in ("det", "amod") for c in token.children):
        return False
    doc = token.doc
    if not any(e.label_ in PERSON_LIKE and e.end <= token.i for e in doc_entities(doc)):
        return False
    return not any(
        t.lower_ == token.lower_ and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        for t in doc[: token.i]
    )


GROUP_TYPES = frozenset({"ORG", "NORP"})


def group_modifier_candidate(token) -> bool:
    """A singular common noun modifying the name of a group or a phrase that stands for one
    ("the puppet Velmora Council", "the thug Redhand Brigade", "the puppet council" after "the
    Velmora Council" was named), or a noun for a group the article does not name ("the puppet
    regime", "the thug militia"; seventh round): the outlet's word for that group. A modifier of
    anything else is left alone ("the puppet show", "the puppet theatre")."""
    if not (token.tag_ == "NN" and token.is_alpha and token.is_lower and not token.ent_type_):
        return False
    if token.dep_ not in ("compound", "nmod", "amod") or token.head.i <= token.i:
        return False
    head = token.head
    if head.ent_type_ in GROUP_TYPES:
        return True
    # "council" heads "the Velmora Council" of the same article
    if head.pos_ in ("NOUN", "PROPN") and any(e.label_ in GROUP_TYPES and len(e) > 1 and e.root.lower_ == head.lower_ for e in doc_entities(head.doc)):
        return True
    # "the puppet regime" of an article that names no regime: the head is a common noun whose
    # usual sense is a group of people
    if not (head.pos_ == "NOUN" and head.is_lower):
        return False
    if names_a_group(head.lemma_):
        return True
    # "the puppet state": "state" is a territory first, but one of its senses is a polity, and
    # "puppet" can name a person; a word for a person set on a polity says what that polity is
    # ("the island state", "the welfare state" name no person and stay unread)
    return names_a_polity(head.lemma_) and names_a_person(token.lemma_)


def names_a_group(noun: str) -> bool:
    """WordNet's most frequent sense of the noun is a group of people or an organisation (its
    lexicographer file ``noun.group``): "regime", "army", "militia", "council", "junta"; not
    "theatre" (a building first), "show" (an act) or "state" (a place first)."""
    senses = senses_of(noun)
    return bool(senses) and senses[0].lexname() == "noun.group"


# WordNet's senses for a body that governs or is governed as one: "government" (regime,
# administration) and "political unit" (state, nation, country, republic).
POLITY_SENSES = ("government.n.01", "political_unit.n.01")


def names_a_polity(noun: str) -> bool:
    """Some WordNet sense of the noun is a government or a political unit, or a kind of one:
    "state" (its third and fourth senses), "nation", "republic", "administration"; not
    "theatre", "show" or "union" (an organisation of employees)."""
    for sense in senses_of(noun):
        if is_kind_of(sense, *POLITY_SENSES):
            return True
    return False


def names_people(noun: str) -> bool:
    """WordNet's most frequent sense of the noun is a person: "farmers", "sailors", "spokesman"."""
    senses = senses_of(noun)
    return bool(senses) and senses[0].lexname() == "noun.person"


def names_only_people(noun: str) -> bool:
    """Every WordNet noun sense of the word is a person: "terrorist", "bandit", "savage"; not
    "torpedo" (a weapon too) or "gang" (a group)."""
    senses = senses_of(noun)
    return bool(senses) and all(sense.lexname() == "noun.person" for sense in senses)


def names_a_person(noun: str) -> bool:
    """Some WordNet sense of the noun is a person (lexicographer file ``noun.person``): "puppet"
    (one controlled by others), "rogue", "client"; not "island", "welfare" or "satellite"."""
    return any(sense.lexname() == "noun.person" for sense in senses_of(noun))


def names_an_occupation(noun: str) -> bool:
    """Every person sense of the noun is, in WordNet, a kind of worker: a post or trade, which
    names what people do, not what the writer thinks of them ("militiamen": soldier, serviceman;
    "guardsmen"). "Lackeys" has a second person sense (sycophant) and is still read (round s30)."""
    people = [sense for sense in senses_of(noun) if sense.lexname() == "noun.person"]
    return bool(people) and all(
        "worker.n.01" in ancestors_of(sense) for sense in people
    )


# WordNet's feelings that a word for people can be named after: fear (terror), hatred, anger.
HOSTILE_FEELINGS = frozenset({"fear.n.01", "hate.n.01", "anger.n.01"})


def named_after_hostile_feeling(noun: str) -> bool:
    """A person sense of the noun is derived, in WordNet, from a fear, hatred or anger: the word
    names people by the feeling they spread or hold ("terrorist" from "terror", "misogynist" from
    "misogyny", "antagonist" from "antagonism"). Such a word judges whom it names whatever the
    scorer makes of its vector: "terrorists" scores 0.73 there, under "fighters" (0.83), which
    WordNet derives from "fight", an act. In all of WordNet five person nouns have such a
    derivation (antagonist, misanthropist, misogamist, misogynist, terrorist)."""
    for sense in senses_of(noun):
        if sense.lexname() != "noun.person":
            continue
        for lemma in sense.lemmas():
            if lemma.name().lower() != (_base_form(noun)):
                continue
            for related in lemma.derivationally_related_forms():
                feeling = related.synset()
                if feeling.pos() != "n":
                    continue
                if is_kind_of(feeling, *HOSTILE_FEELINGS):
                    return True
    return False


def _base_form(noun: str) -> str:
    from storylens.nlp.wordnet import wordnet

    return wordnet().morphy(noun.lower(), "n") or noun.lower()


def _counted(token) -> bool:
    """ "six wolves", "two of the wolves": a number counts the noun."""
    if any(c.dep_ == "nummod" and c.like_num for c in token.children):
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.like_num and prep.head.i < prep.i


def counted_things(doc: Doc) -> set[str]:
    """Plural nouns the article counts somewhere whose most frequent WordNet sense is no person
    ("six wolves escaped", "two of the bears"): the animals or things the story is about, named
    plainly wherever the article writes them, though a second sense makes the word an insult for
    people ("wolf": "a man who is aggressive in making amorous advances"). A word for people
    counted ("six thugs") keeps its judgement (round s41)."""
    found = set()
    for token in doc:
        if token.tag_ != "NNS" or not _counted(token):
            continue
        lemma = token.lemma_.lower()
        senses = senses_of(lemma, "n")
        if senses and senses[0].lexname() != "noun.person":
            found.add(lemma)
    return found


def evaluative_nouns(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each judging noun in the outlet's own voice: a plural noun heading
    its phrase, or a singular one predicated of a named person or group, scored in both forms."""
    from storylens.nlp.event_rules import QuotedText  # see evaluative.py: imported when called
    from storylens.nlp.loaded_rules.motives import reported

    quoted = quoted or QuotedText(doc_text(doc))
    plural, singular = [], []
    counted = counted_things(doc)
    for token in doc:
        if token.lemma_.lower() in counted:
            continue  # "six wolves escaped ... the wolves were seen": the animals themselves
        if judging_noun_candidate(token):
            plural.append(token)
        elif singular_judgement_candidate(token) or referring_judgement_candidate(token) or group_modifier_candidate(token):
            singular.append(token)
    score_words([t.lower_ for t in plural] + [f(t.lower_) for t in singular for f in (str, plural_of)])
    found = []
    plural_at = {t.i for t in plural}
    for token in sorted(plural + singular, key=lambda t: t.i):
        score = noun_score(token.lower_) if token.i in plural_at else both_forms_score(token.lower_)
        start, end = token.idx, token.idx + len(token.text)
        if quoted.inside(start, end):
            continue
        if score >= NOUN_SCORE and not names_an_occupation(token.lower_) and not names_an_organisation(token.lower_):
            found.append((start, end, score))
        elif named_after_hostile_feeling(token.lower_) and not reported(token):
            # "by terrorists, the army said" is the army's word (round s35)
            found.append((start, end, NOUN_SCORE))
    return found
