"""Rival accounts of one act: a denial of it in one outlet, a report of it in another, paired
across outlets whatever the pair scorer says (round s36's denial route, round s37).

The scorer was trained on agreeing paraphrases, so "the coastguard warned fishermen" / "the
coastguard says it issued no warning" or "a trawler was struck by debris" / "no vessel was hit"
read too far apart to link, and the dispute readings, which run inside a formed claim, never see
the two sides together. Here each clause is read from the parse of its sentence as an *account*:

- the *act*: its verb's lemma, or the noun naming the act when the verb only carries it ("issued
  no warning", "denied the arrest of ...");
- its *participants*: the heads of the doer and of what it is done to, read through the voice
  (a passive's subject is what is done to), a pronoun subject of reported speech standing for its
  source ("the coastguard says it issued ...");
- its *polarity*: negated (on the verb, or through "no" on an argument), or denied as content
  ("X denied that P", "X denied the arrest of Y").

Two clauses of different articles are rivals when, on no different days, one denies the act the
other tells (one lemma, a shared WordNet sense or a derivation: strike / hit, warning / warn),
their participants agree in one role (the same head, one merged actor, a shared name, or one a
WordNet kind of the other: trawler / vessel) and differ in none, and the denial covers the report
(it names no narrower thing under "no", and no person or group the report leaves out). A clause
that denies nothing that happened (a command, what may or will be) is no denial. A rival pair is
joined only when the dispute readings of a formed claim find the dispute (``disputes``), so a pair
the readings cannot explain never becomes a corroborated claim; for each rival clause and other
article, only the rival the scorer finds closest is joined.

Round s36 also paired two counts of one noun; through a verb that tells no act ("200 people were
on board" / "killing five people") it paired people in different states, and it is not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Mapping, Optional

from storylens.story.claim_conflicts.negation import DENIALS, _denied_by_its_determiner, a_wider_kind
from storylens.story.claim_conflicts.place_bounds import bounded_denial
from storylens.story.claim_conflicts.words import STAND_INS, parsed
from storylens.wordnet import first_sense, is_kind_of

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_ARGUMENT_POS = ("NOUN", "PROPN", "PRON")


@dataclass(frozen=True)
class Participant:
    head: str  # lemma of the phrase's head, lower-cased
    names: frozenset[str]  # capitalised words of the phrase ("Hana Vell": hana, vell)
    common: bool  # a common noun (WordNet kinds apply), not a name or a pronoun
    pronoun: bool


@dataclass(frozen=True)
class Account:
    """What a clause says happened, as far as rival accounts are compared."""

    acts: frozenset[str]  # lemmas naming the act: the verb, or the noun "deny" takes ("denied the arrest")
    agent: Optional[Participant]
    theme: Optional[Participant]
    denied: bool  # the clause says the act did not happen
    # the noun under "no" made from a verb, which may name the act itself ("issued no warning")
    named_act: Optional[str] = None
    # people or groups the verb's prepositions name ("has not apologized to the young men"): a
    # denial that names them denies less than the act
    others: tuple[Participant, ...] = ()
    # the noun under "no" has words of its own ("no indication that the story is wrong"): the
    # denial is of that narrower thing
    narrowed: bool = False


def _clause_tokens(item: MentionInStory):
    sentence, text = item.mention.sentence.text, item.mention.text
    at = sentence.find(text)
    doc = parsed(sentence)
    if at < 0:
        return doc, list(doc)
    return doc, [t for t in doc if at <= t.idx < at + len(text)]


def _participant(token, item: MentionInStory) -> Optional[Participant]:
    if token is None or token.pos_ not in _ARGUMENT_POS:
        return None
    # a compound or name of several words: the head and its compounds' capitalised words
    words = [token] + [c for c in token.children if c.dep_ == "compound"]
    names = frozenset(w.text.lower() for w in words if w.pos_ == "PROPN")
    pronoun = token.pos_ == "PRON" or token.lower_ in STAND_INS
    if pronoun and item.mention.attributed_to and token.dep_ in _SUBJECTS:
        # "The coastguard says it issued no warning": reported speech whose subject is a pronoun
        # tells of its source
        source = [t for t in parsed(item.mention.attributed_to) if t.head.i == t.i]
        if source and source[0].pos_ in ("NOUN", "PROPN"):
            head = source[0]
            return Participant(head.lemma_.lower(), frozenset(w.text.lower() for w in head.subtree if w.pos_ == "PROPN"),
                               head.pos_ == "NOUN", False)
    return Participant(token.lemma_.lower(), names, token.pos_ == "NOUN" and not names, pronoun)


def _of_and_by(noun):
    """The "of" and "by" objects of a noun naming an act ("the arrest of Hana Vell by police")."""
    found = {}
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                found[child.lower_] = objects[0]
        elif child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            found.setdefault("of", child)  # "Vell's arrest": who was arrested, the commoner reading
    return found.get("of"), found.get("by")


def _tells_no_occurrence(verb) -> bool:
    """A command ("do not touch the water": a bare verb with no subject) or what may, must or
    will be ("we will not hide anything"): such a clause denies no act that was done."""
    if verb.tag_ == "VB" and not any(c.dep_ in _SUBJECTS for c in verb.children) and verb.dep_ in ("ROOT", "conj"):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def account_of(item: MentionInStory) -> Optional[Account]:
    """The clause's account, read from the parse of its sentence; None when its verb is not found
    or when it tells no occurrence (a command, a modal)."""
    predicate = item.mention.predicate
    if not predicate:
        return None
    doc, tokens = _clause_tokens(item)
    verbs = [t for t in tokens if t.lemma_.lower() == predicate and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    inside = {x.i for x in tokens}
    verb = min(verbs, key=lambda t: (t.head.i != t.i and t.head.i in inside, t.i))
    if _tells_no_occurrence(verb):
        return None
    agent = theme = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            agent = child
        elif child.dep_ in ("dobj", "nsubjpass"):
            theme = child
        elif child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), agent)
    acts, denied, named_act = {predicate}, item.mention.negated, None
    if item.mention.cue in DENIALS:
        denied = not denied  # "X denied that P": P denied
    done = _own_act(verb) if predicate in DENIALS else None
    if done is not None:
        # "the port authority denied having warned fishermen": the denier's own act is denied,
        # its object what that act was done to
        acts, denied = {done.lemma_.lower()}, not item.mention.negated
        theme = next((c for c in done.children if c.dep_ in ("dobj", "nsubjpass")), None)
    elif theme is not None and theme.dep_ == "dobj" and theme.pos_ == "NOUN" and _names_a_verb(theme.lemma_.lower()):
        if predicate in DENIALS:
            # "the ministry denied the arrest of Hana Vell": the arrest is denied, Vell arrested in it
            acts, denied = {theme.lemma_.lower()}, not item.mention.negated
            theme, agent = _of_and_by(theme)
        elif _denied_by_its_determiner(theme):
            # "issued no warning": under "no", the noun may name the act denied, whatever verb carries it
            named_act = theme.lemma_.lower()
    narrowed = theme is not None and _denied_by_its_determiner(theme) and any(
        c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in theme.children)
    return Account(frozenset(acts), _participant(agent, item), _participant(theme, item), denied, named_act,
                   tuple(filter(None, (_participant(t, item) for t in _people_of(verb)))), narrowed)


def _own_act(verb):
    """The verb of a denial's complement that has no subject of its own, a gerund or a perfect
    participle ("denied having warned fishermen", "denies closing the road"): the act the denier
    says it did not do. None for a finite content ("denied that it had warned"), which the claims
    component gives a clause of its own."""
    for child in verb.children:
        if (child.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and child.pos_ in ("VERB", "AUX") and child.tag_ in ("VBG", "VBN")
                and not any(c.dep_ in _SUBJECTS + ("mark",) for c in child.children)):
            return child
    return None


def denied_act(a: MentionInStory, b: MentionInStory) -> Optional[tuple[MentionInStory, MentionInStory]]:
    """(report, denial) when one clause's denial verb takes the other's act as its object, by
    the verb ("denied having warned fishermen") or its noun ("denied the arrest of Hana Vell"),
    of the same participants (``rivals``): "the port authority warned fishermen" is denied."""
    for denial, report in ((a, b), (b, a)):
        if denial.mention.predicate not in DENIALS or report.mention.predicate in DENIALS:
            continue
        x, y = account_of(denial), account_of(report)
        if x is None or y is None or DENIALS & x.acts or not x.denied:
            continue
        if rivals(denial, x, report, y):
            return report, denial
    return None


def _people_of(verb) -> list:
    """The objects of the verb's prepositions that name a person or a group ("to the young men")."""
    objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [g for g in objects if g.pos_ == "PROPN" or (g.pos_ == "NOUN" and is_kind_of(
        first_sense(g.lemma_.lower()), "person.n.01", "social_group.n.01"))]


def _names_a_verb(noun: str) -> bool:
    """The noun can name an act: WordNet makes it from a verb, and it is no person or thing
    ("warning", "arrest"; not "farmer", made from "farm")."""
    from storylens.story.happenings import names_a_verb

    return names_a_verb(noun) and not is_kind_of(first_sense(noun), "physical_entity.n.01")


def _same(p: Participant, q: Participant, a: MentionInStory, b: MentionInStory) -> Optional[bool]:
    """True: one participant; False: two; None: the words cannot tell (a pronoun, a name against
    a common noun)."""
    if p.pronoun or q.pronoun:
        return None
    if p.head == q.head or p.names & q.names:
        return True
    actors_p = {actor for name, actor in a.actor_of_name.items() if p.head in name.lower()}
    actors_q = {actor for name, actor in b.actor_of_name.items() if q.head in name.lower()}
    if actors_p & actors_q:
        return True
    if p.common and q.common:
        return a_wider_kind(p.head, q.head) or a_wider_kind(q.head, p.head)
    return None


def _participants_agree(x: Account, y: Account, a: MentionInStory, b: MentionInStory, *, theme: bool = True) -> bool:
    """One role names one participant and no role names two (``theme``: the themes are compared;
    not when one of them is the act itself)."""
    roles = [(x.agent, y.agent)] + ([(x.theme, y.theme)] if theme else [])
    verdicts = [_same(p, q, a, b) for p, q in roles if p and q]
    return True in verdicts and False not in verdicts


def _related(p: str, q: str) -> bool:
    from storylens.story.happenings import predicates_related

    return predicates_related(p, q, kinds=False)


def _one_act(x: Account, y: Account) -> Optional[bool]:
    """True: the verbs (or the nouns "deny" takes) tell one act; False: the noun under one side's
    "no" names the other's act ("issued no warning" / "warned"); None: no one act."""
    if any(_related(p, q) for p in x.acts for q in y.acts):
        return True
    if any(n and any(_related(n, q) for q in acts) for n, acts in ((x.named_act, y.acts), (y.named_act, x.acts))):
        return False
    return None


def _covers(denial: Account, report: Account, a: MentionInStory, b: MentionInStory) -> bool:
    """The denial says no less than that the act did not happen where the report puts it: it names
    no narrower thing under "no", sets no outer bound the report's place is within, and each person or group its verb's prepositions name is one the report names."""
    if denial.narrowed or bounded_denial(a, b) is False:
        return False  # "no indication that ..."; "no debris fell outside the perimeter" / "fell inside it"
    named = [p for p in (report.agent, report.theme, *report.others) if p]
    return all(any(_same(p, q, a, b) for q in named) for p in denial.others)


def _different_days(a: MentionInStory, b: MentionInStory) -> bool:
    days_a, days_b = {v[:10] for _, v in a.dated}, {v[:10] for _, v in b.dated}
    return bool(days_a and days_b) and not days_a & days_b


def rivals(a: MentionInStory, x: Account, b: MentionInStory, y: Account) -> bool:
    """One of the two accounts denies the act the other tells, of the same participants."""
    if x.denied == y.denied or _different_days(a, b):
        return False
    one_act = _one_act(x, y)
    denial, report = (x, y) if x.denied else (y, x)
    return (one_act is not None and _participants_agree(x, y, a, b, theme=one_act)
            and _covers(denial, report, *((a, b) if x.denied else (b, a))))


def rival_pairs(items: list[MentionInStory], probability_of: Mapping[tuple[int, int], float],
                disputes: Callable[[MentionInStory, MentionInStory], bool]) -> list[tuple[int, int]]:
    """Pairs (i < j) of clauses of different articles that are rival accounts of one act and
    whose dispute the readings of a formed claim find (``disputes``); for each clause and other
    article, the one with the highest link probability."""
    accounts = [account_of(item) for item in items]
    denied = [n for n, x in enumerate(accounts) if x is not None and x.denied]
    candidates = {(min(i, j), max(i, j)) for i in denied for j in range(len(items)) if accounts[j] is not None}
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, j in sorted(candidates):
        if items[i].span.article == items[j].span.article:
            continue
        if not rivals(items[i], accounts[i], items[j], accounts[j]) or not disputes(items[i], items[j]):
            continue
        probability = probability_of.get((i, j), 0.0)
        for one, other in ((i, j), (j, i)):
            slot = (one, items[other].span.article)
            if slot not in best or probability > best[slot][0]:
                best[slot] = (probability, other)
    return sorted({(min(i, j), max(i, j)) for (i, _), (_, j) in best.items()})
