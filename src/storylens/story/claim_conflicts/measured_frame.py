"""What a figure measures, read from the parse of its sentence.

"20,000 calls to the helpline" and "two calls from strangers" count calls, but not the same
calls; "300 homes destroyed" and "the last fire, in 2021, destroyed about 150 homes" count homes
of different fires. Two figures measure one thing only when the counted noun's own modifiers
(its prepositional phrases, compounds, adjectives) do not name different things and the clauses
are not dated to different years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from storylens.nlp.quantities.units import TIME_UNITS
from storylens.records import Quantity, Span
from storylens.story.claim_conflicts.words import parsed, phrases_alike
from storylens.wordnet import first_sense, is_kind_of, kinds_of, senses_of, wordnet

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


# MiniLM cosine at which two modifiers of a counted noun name one thing ("in the town" / "in Keswan")
SAME_MODIFIER = 0.6
# MiniLM cosine at which the nouns two amounts are of name one measure (sales / profit 0.61 stay apart)
SAME_MEASURE = 0.7

_CLIMB = {"nummod", "quantmod", "compound", "nmod", "amod", "appos"}
_CONTENT = {"NOUN", "PROPN", "ADJ"}


@dataclass(frozen=True)
class MeasuredFrame:
    """A figure's counted noun and that noun's own modifiers."""

    noun: Optional[str]  # lemma of the counted noun; None for a bare figure ("rose to 400,000")
    attributes: frozenset[str]  # compounds, adjectives, possessors of the noun ("postal", "staff")
    phrases: frozenset[str]  # what the noun's prepositional phrases name, as text ("to the helpline")
    amount_of: Optional[str] = None  # the noun a bare figure is the amount of ("sales of 140 million euros": sale)


def _token_of(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else span.root


@lru_cache(maxsize=4096)
def _frame(sentence: str, start: int, end: int) -> Optional[MeasuredFrame]:
    doc = parsed(sentence)
    token = _token_of(doc, start, end)
    if token is None:
        return None
    figure = {t.i for t in doc.char_span(start, end, alignment_mode="expand") or ()}
    # climb from the number to the noun it counts ("1.2 million customers": customers)
    noun = token
    while noun.dep_ in _CLIMB and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = noun.head
    if noun.like_num or noun.pos_ == "NUM" or noun.i in figure:
        # "1.2 million of its customers": the noun is the object of "of"; a unit of several words
        # takes it on its last ("3.2 nanograms per millilitre of the stimulant")
        of = [c for t in sorted(figure | {noun.i}) for c in doc[t].children
              if c.dep_ == "prep" and c.lower_ == "of" and c.i not in figure]
        objects = [g for c in of for g in c.children if g.dep_ == "pobj"]
        if objects:
            figure |= {noun.i, of[0].i}
            noun = objects[0]
    bare = noun.i in figure or noun.like_num or noun.pos_ not in ("NOUN", "PROPN")
    attributes, phrases = set(), set()
    if not bare:
        for child in noun.children:
            if child.i in figure or child.dep_ in ("det", "nummod", "quantmod"):
                continue
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.pos_ in _CONTENT:
                attributes.add(child.lemma_.lower())
            elif child.dep_ == "prep":
                objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in _CONTENT and not g.like_num]
                if objects and not any(g.ent_type_ in ("DATE", "TIME") for g in objects):
                    phrases.add(doc[child.i:objects[0].right_edge.i + 1].text)
    amount_of = None
    if bare and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        amount_of = noun.head.head.lemma_.lower()  # "sales of 140 million euros", "a fine of 200,000 euros"
    return MeasuredFrame(None if bare else noun.lemma_.lower(), frozenset(attributes), frozenset(phrases), amount_of)


def measured_frame(item: MentionInStory, quantity: Quantity) -> Optional[MeasuredFrame]:
    """The frame of ``quantity`` in ``item``'s sentence, or None when it cannot be read there."""
    sentence = item.mention.sentence
    start = quantity.span.start - sentence.start
    end = start + len(quantity.span.text)
    if not 0 <= start < end <= len(sentence.text) or sentence.text[start:end] != quantity.span.text:
        return None
    return _frame(sentence.text, start, end)


def figure_year(item: MentionInStory, quantity: Quantity) -> Optional[str]:
    """The year of the date written right after a figure, before the clause's next figure
    ("400,000 in the last fiscal year from a peak of 1.6 million in 2000": 2000 is the peak's)."""
    end = quantity.span.start + len(quantity.span.text)
    following = [q.span.start for q in item.mention.quantities if q.span.start > quantity.span.start]
    limit = min(following, default=item.span.end)
    years = [value[:4] for start, value in item.dated if end <= start < limit and value[:4].isdigit()]
    return years[0] if years else None


def figure_years(item: MentionInStory, quantity: Quantity) -> set[str]:
    """The years a figure is of: the date written right after it ("a peak of 1.6 million in
    2000"); else, when it is its clause's only figure, the years the clause is dated to ("in
    2021, destroyed about 150 homes"), or its article's year when the clause carries no date (it
    tells of the time of its report). Empty when the clause dates several figures at once."""
    own = figure_year(item, quantity)
    if own:
        return {own}
    if len(item.mention.quantities) > 1:
        return set()
    values = list(item.mention.dates) + [value for _, value in item.dated]
    years = {v[:4] for v in values if v[:4].isdigit()}
    if not years and not values and item.published[:4].isdigit():
        years = {item.published[:4]}
    return years


def different_things(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> Optional[str]:
    """Why two figures measure different things, or None when nothing says so: the clauses are
    dated to different years, or the counted nouns carry modifiers that name different things."""
    years_a, years_b = figure_years(a, qa), figure_years(b, qb)
    if years_a and years_b and not years_a & years_b:
        return "dated to different years"
    happenings = different_happenings(a, qa, b, qb)
    if happenings:
        return happenings
    if different_holders(a, qa, b, qb):
        return "held by different referents"
    frame_a, frame_b = measured_frame(a, qa), measured_frame(b, qb)
    if frame_a is None or frame_b is None:
        return None
    if frame_a.amount_of and frame_b.amount_of and frame_a.amount_of != frame_b.amount_of and not phrases_alike(
            frame_a.amount_of, frame_b.amount_of, SAME_MEASURE):
        return "amounts of different things"  # "sales of 140 million euros" / "a profit of 410 million euros"
    if frame_a.attributes and frame_b.attributes and not frame_a.attributes & frame_b.attributes:
        return "the counted nouns are qualified differently"
    if frame_a.phrases and frame_b.phrases and not any(
            phrases_alike(x.lower(), y.lower(), SAME_MODIFIER) for x in frame_a.phrases for y in frame_b.phrases):
        return "the counted nouns are qualified differently"
    # The predicates the figures hang from are not compared: MiniLM on the value-masked phrases
    # from the verb to the counted noun does not tell one predicate from another ("has some
    # customers" / "held the details of some customers" 0.70, above "had stolen the details of
    # some customers" / "held ..." 0.59), so a bar on it would drop true disputes.
    return None


def _figure_and_its_noun(sentence: str, start: int, end: int):
    """The figure's token in the parsed sentence and the noun phrase head it counts or belongs to
    (climbing number and compound links: "9,000" -> "calls"), or None when the figure is not found."""
    token = _token_of(parsed(sentence), start, end)
    if token is None:
        return None
    noun = token
    while noun.dep_ in _CLIMB and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = noun.head
    return token, noun


# pronouns that stand for a person, never for a thing or a body ("he had received two calls")
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
RELATIVE_PRONOUNS = {"which", "that", "who"}


@lru_cache(maxsize=4096)
def _holder(sentence: str, start: int, end: int):
    """Who has or received what a count counts: the subject of the verb whose object the counted
    noun is ("the helpline received 9,000 calls": helpline); for a relative pronoun the noun its
    clause hangs from ("a helpline, which it said had received ...")."""
    found = _figure_and_its_noun(sentence, start, end)
    if found is None:
        return None
    _, noun = found
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "which":
        # "which" names a thing or a body, never a person, whatever noun the parser hung its
        # clause from ("a helpline for worried customers, which had received ...": "customers")
        return subject
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        clause = verb
        while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        subject = clause.head if clause.dep_ == "relcl" else None
    return subject


def _can_be_a_person(token) -> Optional[bool]:
    """Whether the word can name a person: a personal pronoun can only, the relative "which"
    cannot; a common noun can when
    one of its WordNet senses is a person ("pensioner", "official"); a name or another pronoun
    may be anyone (None)."""
    if token.lower_ in PERSONAL_PRONOUNS:
        return True
    if token.lower_ == "which":
        return False
    if token.pos_ != "NOUN":
        return None
    from storylens.nlp.wordnet import wordnet

    return any(sense.lexname() == "noun.person" for sense in wordnet().synsets(token.lemma_.lower(), pos="n"))


def different_holders(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """The two counts are had or received by referents that cannot be one: a person named by a
    pronoun ("he had received two calls") against a thing or a body no person can be ("a
    helpline, which had received more than 20,000 calls")."""
    holders = []
    for item, quantity in ((a, qa), (b, qb)):
        sentence = item.mention.sentence
        start = quantity.span.start - sentence.start
        end = start + len(quantity.span.text)
        if not 0 <= start < end <= len(sentence.text) or sentence.text[start:end] != quantity.span.text:
            return False
        holders.append(_holder(sentence.text, start, end))
    if None in holders:
        return False
    pronoun = [h for h in holders if h.lower_ in PERSONAL_PRONOUNS]
    other = [h for h in holders if h.lower_ not in PERSONAL_PRONOUNS]
    return len(pronoun) == 1 and _can_be_a_person(other[0]) is False


def different_happenings(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> Optional[str]:
    """Two counts that the parse puts in different kinds of fact: one the standing size of a body,
    the other those a happening involved ("the union has 5,200 members" / "4,000 members took
    part"). Roles are not compared here: "31 people were killed" / "45 people died" and "will
    cut 1,200 jobs" / "1,500 workers will lose their jobs" count one happening with the counted
    as object in one and subject in the other."""
    happening_a, happening_b = happening_count(a, qa), happening_count(b, qb)
    if happening_a is None or happening_b is None:
        return None
    if standing_against_happening(happening_a, happening_b):
        return "a standing size against a count of a happening"
    return None


def standing_against_happening(a: Optional[HappeningCount], b: Optional[HappeningCount]) -> bool:
    """One count is a body's standing size and the other those a happening involved, unless
    they are one holder's things counted as what it has and what it got."""
    standing_a, standing_b = a is not None and a.standing, b is not None and b.standing
    return standing_a != standing_b and not (a is not None and b is not None and _what_one_holder_got(a, b))


def _what_one_holder_got(a: HappeningCount, b: HappeningCount) -> bool:
    """One holder's things, counted as what it has and as what it got (round s41): "the petition
    has nearly 46,000 signatures" / "the petition has gathered 50,000 signatures": the counted
    are the object of both verbs and the subjects are one noun, so what it gathered is what it
    has. "The union has 6,000 members" / "4,000 members took part" count the members as doers of
    another act, and stay apart."""
    return a.role == b.role == "patient" and a.holder is not None and a.holder == b.holder and a.noun == b.noun


def same_substance(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Two measured figures (litres, tonnes) of one substance, named alike by the nouns their
    units are of ("40,000 litres of diesel" / "9,000 litres of fuel", MiniLM 0.65): what the unit
    measures is read from the parse, not from the words that happen to stand next to the figure."""
    if qa.unit == "count" or qa.unit != qb.unit:
        return False
    frame_a, frame_b = measured_frame(a, qa), measured_frame(b, qb)
    if frame_a is None or frame_b is None or not frame_a.noun or not frame_b.noun:
        return False
    if frame_a.noun == (qa.surface_unit or "") or frame_b.noun == (qb.surface_unit or ""):
        return False  # the unit itself, with nothing said of what it measures
    return frame_a.noun == frame_b.noun or phrases_alike(frame_a.noun, frame_b.noun, SAME_MODIFIER)


# A figure reported only to be rejected ("a claim of 50 tonnes was 'wildly exaggerated'", "not
# 312", "dismissed reports of 200 dead") is not asserted. Whether it is is read from the parse:
# the figure is negated itself, or the phrase holding it is what a predicate of rejection acts on
# while that predicate is not negated. The predicates are a closed class, the words English has
# for saying that what was said is false: verbs taking a statement as their object, adjectives and
# participles judging one, nouns naming one as false. A verb of rejection only rejects a figure
# when what it acts on is a clause or a noun of saying or counting: "rejected the 3.5 percent
# offer" turns an offer down and says nothing against its figure.
REJECTING_VERBS = {"deny", "dismiss", "reject", "dispute", "refute", "rebut", "contest", "debunk", "discount",
                   "disprove", "contradict", "challenge", "question"}
FALSE_WORDS = {"false", "untrue", "wrong", "incorrect", "inaccurate", "mistaken", "exaggerated", "exaggerate",
               "inflated", "inflate", "overstated", "overstate", "overblown", "baseless", "unfounded", "groundless",
               "misleading", "fabricated", "fabricate", "invented", "bogus", "fantasy", "fiction", "lie", "myth",
               "nonsense", "fabrication", "exaggeration", "falsehood", "untruth"}
SAID_NOUNS = {"claim", "report", "figure", "estimate", "number", "count", "tally", "toll", "total", "statement",
              "assertion", "allegation", "suggestion", "account", "rumour", "rumor", "story", "estimation", "data",
              "statistic", "statistics", "forecast", "projection"}


# a phrase in one of these relations is an argument of its head, whatever the head's tag (the
# parser tags "was wildly inflated" an adjective heading its subject)
_ARGUMENT = {"nsubj", "nsubjpass", "dobj", "ccomp"}


def _negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _judged_false(predicate) -> Optional[str]:
    """The word that calls the subject of ``predicate`` false: the predicate itself ("was
    exaggerated"), or its complement ("was false", "is pure fantasy")."""
    if predicate.lemma_.lower() in FALSE_WORDS or predicate.lower_ in FALSE_WORDS:
        return predicate.text
    for child in predicate.children:
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp") and (
                child.lemma_.lower() in FALSE_WORDS or child.lower_ in FALSE_WORDS):
            return child.text
    return None


def _rejecting(node, predicate) -> Optional[str]:
    """The word by which ``predicate`` rejects its argument ``node``, if it does."""
    if _negated(predicate):
        return None
    if node.dep_ in ("nsubj", "nsubjpass") and (word := _judged_false(predicate)):
        return word  # "the figure of 600 was pure fantasy"
    if predicate.lemma_.lower() in REJECTING_VERBS and (
            node.dep_ == "ccomp" or (node.dep_ == "dobj" and node.lemma_.lower() in SAID_NOUNS)):
        return predicate.text  # "dismissed reports of 200 dead", "denied that 200 had died"
    return None


@lru_cache(maxsize=4096)
def _rejection(sentence: str, start: int, end: int) -> Optional[str]:
    doc = parsed(sentence)
    token = _token_of(doc, start, end)
    if token is None:
        return None
    # "120, not 312": the figure itself, or the noun it counts, is negated
    if _negated(token) or (token.dep_ in _CLIMB and _negated(token.head) and token.head.pos_ in ("NOUN", "NUM")):
        return "not"
    # climb from the figure to the predicate its phrase is an argument of
    node = token
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX") and node.dep_ not in _ARGUMENT:
        node = node.head
    if node.head.i == node.i:
        return None
    predicate = node.head
    if word := _rejecting(node, predicate):
        return word
    if predicate.dep_ == "ccomp" and predicate.head.i != predicate.i:
        return _rejecting(predicate, predicate.head)  # "denied that 200 people had died"
    if predicate.dep_ == "acl" and predicate.head.lemma_.lower() in SAID_NOUNS:
        # "reports that 50 people were arrested were false": the content of a noun of saying
        said = predicate.head
        while said.head.i != said.i and said.head.pos_ not in ("VERB", "AUX") and said.dep_ not in _ARGUMENT:
            said = said.head
        return None if said.head.i == said.i else _rejecting(said, said.head)
    # a figure under any other predicate is asserted ("said 2,000 nurses walked out")
    return None


# prepositions that set one figure against another ("lists 31 batches, against the 14 named by
# the company", "400 nests, compared with 650"): English's closed set for a comparison
CONTRASTING = {"against", "versus", "vs", "vs."}


def _figure_of(item: MentionInStory, quantity: Quantity):
    """The figure's tokens and its noun in the parse of the mention's sentence (as
    ``_figure_and_its_noun``), or None when the quantity is not a slice of that sentence."""
    sentence = item.mention.sentence
    start = quantity.span.start - sentence.start
    end = start + len(quantity.span.text)
    if not 0 <= start < end <= len(sentence.text) or sentence.text[start:end] != quantity.span.text:
        return None
    return _figure_and_its_noun(sentence.text, start, end)


def set_against(item: MentionInStory, quantity: Quantity) -> bool:
    """``quantity`` is the figure the clause sets its own against ("against the 14 batches named
    by the company", "compared with 650", "instead of 40"): another's figure or another time's,
    which the clause does not give as its own. Read from the parse: the counted noun (or the
    figure) is the object of a contrasting preposition, of "compared with/to" or "instead of"."""
    found = _figure_of(item, quantity)
    if found is None:
        return False
    noun = found[1]
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ in CONTRASTING:
        return True
    governor = preposition.head
    return ((preposition.lower_ in ("with", "to") and governor.lemma_.lower() == "compare")
            or (preposition.lower_ == "of" and governor.lower_ == "instead"))


def measures_a_difference(item: MentionInStory, quantity: Quantity) -> bool:
    """``quantity`` measures by how much one thing exceeds another ("a term three years shorter
    than the prosecution demanded", "left two hours later than planned", "rose 5 percent more
    than expected"), not an amount of the clause's own: the figure's noun (or the figure) is the
    measure phrase (``npadvmod``) of a comparative, a word tagged comparative or one taking a
    "than" clause."""
    found = _figure_of(item, quantity)
    if found is None:
        return False
    measure = next((t for t in found if t.dep_ == "npadvmod"), None)
    if measure is None:
        return False
    compared = measure.head
    return compared.tag_ in ("JJR", "RBR") or any(
        t.lower_ == "than" for c in compared.children for t in (c, *c.children))


def rejected_by(item: MentionInStory, quantity: Quantity) -> Optional[str]:
    """The word by which ``item`` rejects ``quantity`` ("exaggerated", "dismissed", "not"), or
    None when the clause asserts it or the sentence cannot be read."""
    return rejection_of(item.mention.sentence, quantity)


def rejection_of(sentence: Span, quantity: Quantity) -> Optional[str]:
    """``rejected_by`` on a sentence span."""
    start = quantity.span.start - sentence.start
    end = start + len(quantity.span.text)
    if not 0 <= start < end <= len(sentence.text) or sentence.text[start:end] != quantity.span.text:
        return None
    return _rejection(sentence.text, start, end)


# Verbs that give the standing size of a body ("the union has 52,000 members", "the plant employs
# 640 staff", "the district numbers 212 schools"), not a count of those a happening involved: a
# closed class of possession and composition.
STANDING = {"have", "include", "employ", "number", "total", "represent", "comprise", "contain", "own", "house",
            "boast"}
# nouns a figure can be given through ("put the number of strikers at 600", "the toll stands at 40")
COUNT_NOUNS = {"number", "total", "figure", "count", "tally", "toll", "estimate"}


# subordinators and adverbs that tie a clause to the time of another happening
AT_THE_TIME = {"when", "while", "as", "whilst"}


def _held_at_a_time(verb) -> bool:
    """A possession told as of a happening is no standing size: "the ferry had 140 passengers on
    board when it struck rocks" counts those aboard at the time, as "was carrying 212 passengers"
    does; "the union has 52,000 members" is timeless."""
    return any(c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in AT_THE_TIME for g in c.children)
               for c in verb.children)


@dataclass(frozen=True)
class HappeningCount:
    """A figure counting those a happening involved: "2,000 nurses walked out" (noun "nurse",
    predicate "walk", role "agent"); "forty were arrested" (role "patient"). ``predicate`` is None
    when the figure is given as the number of the noun ("put the number of strikers at 600")."""

    noun: Optional[str]
    predicate: Optional[str]
    role: Optional[str]
    phrase: str  # the noun and its happening as words ("nurses walked out")
    standing: bool = False  # the size of a body, not a happening ("the union has 5,200 members")
    holder: Optional[str] = None  # lemma of the verb's subject when the counted are its object ("a petition")
    # the verb's time: "present" ("three wolves are still at large"), "past" ("five escaped"), or None
    tense: Optional[str] = None
    # what the verb left its counted object as ("left 31 people dead": "dead"), if the clause says
    result: Optional[str] = None


@lru_cache(maxsize=4096)
def _happening(sentence: str, start: int, end: int) -> Optional[HappeningCount]:
    found = _figure_and_its_noun(sentence, start, end)
    if found is None:
        return None
    token, noun = found
    argument = noun  # the phrase's head in the clause: the noun, or the number of a partitive
    if noun.i == token.i or noun.pos_ == "NUM":
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of:
            noun = of[0]  # "30,000 of its members"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "at":
            # "put the number of strikers at 600": the noun the figure is the number of
            verb = noun.head.head
            counted = [g for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in COUNT_NOUNS
                       for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if counted:
                return HappeningCount(counted[0].lemma_.lower(), None, None, counted[0].text)
            return None
    if noun.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return None
    if argument.dep_ not in ("nsubj", "nsubjpass", "dobj") or argument.head.pos_ not in ("VERB", "AUX"):
        return None  # a figure inside another phrase ("fines of 10,000 euros") is not a headcount
    verb = argument.head
    standing = verb.lemma_.lower() in STANDING and not _held_at_a_time(verb)
    role = "agent" if argument.dep_ == "nsubj" else "patient"
    particles = [c.text for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != argument.i]
    auxiliary = [c.text for c in verb.children if c.dep_ == "auxpass"]
    words = [noun.text, *auxiliary, verb.text, *particles]
    if objects:
        words.append(objects[0].doc[objects[0].left_edge.i : objects[0].i + 1].text)
    counted = None if noun.pos_ in ("NUM", "PRON") or noun.i == token.i else noun.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if argument.dep_ == "dobj" else None
    holder = subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    result = next((c.lemma_.lower() for c in verb.children if c.dep_ == "oprd"), None) if argument.dep_ == "dobj" else None
    return HappeningCount(counted, verb.lemma_.lower(), role, " ".join(words), standing, holder, _tense(verb), result)


def _tense(verb) -> Optional[str]:
    """The verb's time as its tags give it: the first auxiliary's, else the verb's own."""
    auxiliaries = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    tag = (auxiliaries[0] if auxiliaries else verb).tag_
    return "present" if tag in ("VBZ", "VBP") else "past" if tag == "VBD" else None


def happening_count(item: MentionInStory, quantity: Quantity) -> Optional[HappeningCount]:
    """What a count counts, as the subject or object of a verb: those a happening involved, or
    the standing size of a body (``standing``); None for other figures (a figure inside a
    phrase, a measured amount)."""
    if quantity.unit != "count":
        return None
    sentence = item.mention.sentence
    start = quantity.span.start - sentence.start
    end = start + len(quantity.span.text)
    if not 0 <= start < end <= len(sentence.text) or sentence.text[start:end] != quantity.span.text:
        return None
    return _happening(sentence.text, start, end)


def restricted(item: MentionInStory, quantity: Quantity) -> bool:
    """The counted noun carries a modifier that narrows it ("61 of the city's 212 schools", "500
    houses in Dorrow", "postal ballots")."""
    frame = measured_frame(item, quantity)
    return frame is not None and bool(frame.attributes or frame.phrases)


# MiniLM cosine at which two counted nouns can name one group of people or things (teachers /
# staff 0.49, nurses / staff 0.52); firefighters / residents (0.36) and members / strikers (0.37)
# stay apart. Low, because the other conditions of ``counts_of_one_happening`` carry the weight.
SAME_GROUP = 0.45


def _source_words(item: MentionInStory) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", item.mention.attributed_to or "")} - {"the", "its", "their", "his", "her"}


def counts_of_one_happening(a: MentionInStory, qa: Quantity, b: MentionInStory, qb: Quantity) -> bool:
    """Two figures of different sources that count those one happening involved, in other words:
    "2,000 nurses walked out, the union said" / "only 600 staff stayed away, according to the
    board". Read from the parse: both count, as the subject or object of a happening (not a
    standing size: "the union has 5,200 members"), nouns that can name one group; the two
    happenings, when their verbs differ, give the counted the same role (those who did it, or
    those it was done to: "marched" / "were arrested" differ; this also keeps "were killed" /
    "died" apart, which is why it is a condition of pairing only, not of ``different_things``); the counted nouns are narrowed
    alike or not at all ("61 of the city's 212 schools" / "900 schools" differ); not of
    different years; both stated, not rejected; and not from one source."""
    happening_a, happening_b = happening_count(a, qa), happening_count(b, qb)
    if happening_a is None or happening_b is None or not happening_a.noun or not happening_b.noun:
        return False
    if happening_a.standing or happening_b.standing:
        return False
    if rejected_by(a, qa) is not None or rejected_by(b, qb) is not None:
        return False
    if (happening_a.predicate and happening_b.predicate and happening_a.predicate != happening_b.predicate
            and happening_a.role != happening_b.role):
        return False
    if happening_a.noun != happening_b.noun and not phrases_alike(happening_a.noun, happening_b.noun, SAME_GROUP):
        return False
    if restricted(a, qa) != restricted(b, qb) or different_things(a, qa, b, qb):
        return False
    return not (_source_words(a) & _source_words(b))


def amount_named(item: MentionInStory, quantity: Quantity) -> Optional[str]:
    """The noun a figure is the amount of, from the parse of its sentence: "sales of 140 million
    crowns" -> "sale" (an amount in a currency the quantity records read as a count of "crowns"
    names what it measures only through the noun above its "of")."""
    sentence = item.mention.sentence
    start = quantity.span.start - sentence.start
    if not 0 <= start < start + len(quantity.span.text) <= len(sentence.text):
        return None
    doc = parsed(sentence.text)
    span = doc.char_span(start, start + len(quantity.span.text), alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head.lemma_.lower()
    return None



def standing(item: MentionInStory, quantity: Quantity) -> bool:
    """The figure is the standing size of a body ("the insurer, which has 4.1 million customers")."""
    count = happening_count(item, quantity)
    return count is not None and count.standing


def role_in_its_clause(item: MentionInStory, quantity: Quantity) -> Optional[tuple[str, str]]:
    """The amount's argument role and its verb's lemma, as the parse gives them: ("subject",
    "escape") for "8,000 litres of liquid had escaped", ("object", "weigh") for "the lorry weighed
    60 tonnes"; None for a figure in a phrase of something else ("the bridge's 40-tonne limit",
    "a limit of 40 tonnes")."""
    found = _figure_of(item, quantity)
    if found is None:
        return None
    noun = found[1]
    if noun.head.pos_ not in ("VERB", "AUX"):
        return None
    role = "subject" if noun.dep_ in ("nsubj", "nsubjpass") else "object" if noun.dep_ == "dobj" else None
    return (role, noun.head.lemma_.lower()) if role else None


# prepositions and subordinators by which a duration measures the time from or to a happening
SPAN_ENDS = {"after", "before", "since", "until", "till"}
# prepositions that bound a figure inside a phrase of length ("for under four minutes", "for over a week")
BOUNDING = {"under", "over", "about", "around", "nearly", "almost"}


def span_of_duration(item: MentionInStory, quantity: Quantity) -> Optional[tuple[str, str]]:
    """What a duration is the length of, from the parse: (how, the lemma it names). "four days of
    heavy rain": ("of", "rain"); "three days after the river rose": ("after", "rise"); "held the
    boat for nine hours", "the strike lasted nine days": ("during", "hold"), ("during", "last").
    None when the figure is no duration or the parse names nothing."""
    if quantity.unit not in TIME_UNITS:
        return None
    found = _figure_of(item, quantity)
    if found is None:
        return None
    token, noun = found
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ in ("pobj", "pcomp")), None)
    if of is not None:
        return "of", of.lemma_.lower()
    head = noun.head
    if noun.dep_ == "npadvmod":
        if head.lower_ in SPAN_ENDS and head.dep_ == "mark":  # "three days after the supply was cut off"
            return head.lower_, head.head.lemma_.lower()
        if head.lower_ in SPAN_ENDS:  # "six days after asking": the preposition's object
            named = next((c for c in head.children if c.dep_ in ("pobj", "pcomp")), None)
            return (head.lower_, named.lemma_.lower()) if named is not None else None
        mark = next((c.lower_ for c in head.children if c.dep_ == "mark" and c.lower_ in SPAN_ENDS), None)
        if head.pos_ in ("VERB", "AUX"):  # "three days after the river rose", "lasted nine days"
            return (mark or "during"), head.lemma_.lower()
    if noun.dep_ == "pobj" and head.lower_ in BOUNDING and head.head.lower_ in ("for", "during", "over"):
        head = head.head  # "for under four minutes": the bound is the figure's, the length the verb's
    if noun.dep_ in ("pobj", "pcomp") and head.lower_ in ("for", "during", "over") and head.head.pos_ in ("VERB", "AUX"):
        return "during", head.head.lemma_.lower()
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        # a length as the verb's object is the length of its act: "the raid lasted seven minutes",
        # "the journey took four hours", "spent nine days at sea"
        return "during", head.lemma_.lower()
    return None


# WordNet's senses of "the greatest (or least) possible degree of something": a figure of one of
# these bounds what something may be ("a limit", "a maximum", "a minimum"), it measures nothing
LIMIT_SENSES = ("limit.n.01", "extremum.n.02")


@lru_cache(maxsize=4096)
def _names_a_limit(noun: str) -> bool:
    return is_kind_of(first_sense(noun), *LIMIT_SENSES)


def gives_a_limit(item: MentionInStory, quantity: Quantity) -> bool:
    """The figure is a limit, not an amount of anything measured: the noun it is the amount of
    ("the bridge's weight limit of 40 tonnes", "a maximum of 300 people") or the noun it
    qualifies ("the bridge's 40-tonne limit") is, in its most frequent WordNet sense, the
    greatest or least possible degree of something. "The lorry weighed 60 tonnes, over the
    40-tonne limit" gives a weight and a limit, which do not dispute each other."""
    named = amount_named(item, quantity)
    if named is None:
        found = _figure_of(item, quantity)
        if found is None:
            return False
        token, noun = found
        if noun.i == token.i or noun.pos_ != "NOUN":
            return False
        named = noun.lemma_.lower()
    return _names_a_limit(named)


@lru_cache(maxsize=4096)
def different_kinds_of_person(noun_a: str, noun_b: str) -> bool:
    """Two counted nouns that WordNet makes different kinds of person: each one's most frequent
    sense is a person (its class ``noun.person``), and no sense of one is a sense of the other or
    a kind of it ("inspectors" / "engineers"; "passengers" are kinds of "travellers", and
    "protesters" and "demonstrators" share a sense). Counts of them count different people,
    however alike the words around them read ("four inspectors to the airport" / "two engineers
    to the airport")."""
    senses_a, senses_b = senses_of(noun_a), senses_of(noun_b)
    if not senses_a or not senses_b or not all(s[0].lexname() == "noun.person" for s in (senses_a, senses_b)):
        return False
    with_kinds_a = set().union(*(kinds_of(sense) for sense in senses_a))
    with_kinds_b = set().union(*(kinds_of(sense) for sense in senses_b))
    return not ({s.name() for s in senses_a} & with_kinds_b or {s.name() for s in senses_b} & with_kinds_a)


@lru_cache(maxsize=4096)
def different_kinds_of_thing(noun_a: str, noun_b: str) -> bool:
    """Two counted nouns of which one names a physical thing and the other does not, in their
    most frequent WordNet senses, and that no sense lets name one thing (neither sense a kind of
    the other's): "31 flights" / "two aircraft" (a formation or a journey, a vehicle), "14
    crossings" / "two ferries". Nouns that name people are left to ``different_kinds_of_person``
    and to the words around the figures ("2,000 nurses walked out" / "600 staff stayed away": a
    group of people is counted by its members); two abstract nouns ("200 cases" / "150
    infections") and two physical ones ("homes" / "houses") are left to them too."""
    senses_a, senses_b = senses_of(noun_a), senses_of(noun_b)
    if not senses_a or not senses_b or _can_name_people(senses_a[0]) or _can_name_people(senses_b[0]):
        return False
    if is_kind_of(senses_a[0], "physical_entity.n.01") == is_kind_of(senses_b[0], "physical_entity.n.01"):
        return False
    with_kinds_a = set().union(*(kinds_of(sense) for sense in senses_a))
    with_kinds_b = set().union(*(kinds_of(sense) for sense in senses_b))
    return not ({s.name() for s in senses_a} & with_kinds_b or {s.name() for s in senses_b} & with_kinds_a)


def _can_name_people(sense) -> bool:
    return sense.lexname() == "noun.person" or is_kind_of(sense, "social_group.n.01", "people.n.01")


# determiners by which a noun points back to a figure given elsewhere ("the figure", "that number")
POINTING = {"the", "this", "that", "these", "those"}


def figure_judged_false(item: MentionInStory) -> Optional[str]:
    """The word by which a clause that gives no figure of its own calls a figure given elsewhere
    false: its subject is a noun a figure is given through, pointing back ("the figure is
    exaggerated", "that estimate was wrong"), judged false by its predicate (``_rejecting``).
    None when the clause gives a figure (``rejected_by`` reads those) or judges nothing."""
    if item.mention.quantities:
        return None
    sentence = item.mention.sentence
    start = sentence.text.find(item.mention.text)
    if start < 0:
        return None
    for token in parsed(sentence.text):
        if not start <= token.idx < start + len(item.mention.text):
            continue
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in COUNT_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children):
            continue
        word = _rejecting(token, token.head)
        if word:
            return word
    return None
