"""Opposite states of one referent: "a firefighter was among the dead" against "the firefighter
reported killed has been found alive"; "the hostage was released" against "the hostage is still
held". An account dispute (incompatible versions of what happened), read from the parse.

What each clause says of its referent is read from its sentence: the verb the referent is the
subject or object of ("was killed", "died", "freed the driver"), that verb's complement ("is
alive", "found alive", "remains closed", "among the dead"), and the participles and relative
clauses hanging from the referent ("the director, who was arrested, ..."). A participle that
goes through a reporting verb ("a firefighter reported killed") is what was said before, which
the sentence answers, not what it states; so a clause cut from that participle is read with its
sentence ("has been found alive").

Which states are opposite is read from WordNet (``opposites``): its direct antonyms, widened
along its relations ("detained" / "released", "reopened" / "shut", "survived" / "died"). MiniLM
cannot tell an antonym from a synonym ("someone is dead" / "someone is alive" 0.854, "arrested" /
"detained" 0.812), so no cosine is read here. Two acts done to one referent by different doers
are two sides of one deal, not a dispute ("Harl sold the plant" / "Varne bought the plant",
"Tamsin won the seat" / "Orrin lost the seat").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Optional

from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.nlp.claims.modality import negated
from storylens.story.claim_conflicts.opposites import names_a_state, opposite, same_sense
from storylens.story.claim_conflicts.words import parsed
from storylens.wordnet import first_sense

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


class State(NamedTuple):
    """A word a clause states of its referent, and who did it to the referent (the lemma of the
    verb's subject or passive agent), None when no one is named."""

    word: str
    doer: Optional[str]


def _referent(doc, phrase: str, sentence: str):
    """The head noun of ``phrase`` where it stands in the parsed sentence."""
    at = sentence.find(phrase)
    if at < 0:
        return None
    inside = [t for t in doc if at <= t.idx < at + len(phrase) and t.pos_ in ("NOUN", "PROPN")]
    heads = [t for t in inside if not (at <= t.head.idx < at + len(phrase)) or t.head.i == t.i]
    return heads[0] if heads else (inside[-1] if inside else None)


def _doer(verb) -> Optional[str]:
    """Who does the verb: its active subject, or the object of its passive "by"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject.lemma_.lower()
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return by.lemma_.lower() if by is not None else None


def _verb_lemma(verb) -> str:
    """The verb's lemma, with its particle as WordNet writes a phrasal verb ("signs went up":
    "go_up", not "go")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()}_{particle}" if particle else verb.lemma_.lower()


def _complement_words(child) -> list:
    """The words of a verb's complement that can name a state: the complement itself and what is
    coordinated with it ("found alive", "remains closed and guarded"); a noun only when it names
    a state ("is in custody"; not "the offer is a rise", which says what a thing is)."""
    return [t for t in (child, *child.conjuncts)
            if t.pos_ in ("ADJ", "VERB") or t.pos_ == "NOUN" and names_a_state(t.lemma_)]


def _class_adjectives(among) -> list:
    """The adjectives that name the class "among" puts its referent in, read in the words after
    it: one of "the injured workers" is injured, and "the dead" is an adjective used as a noun,
    read as the adjective whatever the parser attaches it to (in "among the dead, fire service
    spokeswoman ..." it makes "dead" a modifier of "spokeswoman", outside the preposition)."""
    words = []
    for token in among.doc[among.i + 1:]:
        if token.pos_ == "DET" and not words:
            continue
        if token.pos_ in ("ADJ", "VERB") and token.tag_ in ("JJ", "VBN"):
            words.append(token)
            continue
        break
    return words


def _states_of_verb(verb, role: str) -> set[State]:
    """What a verb says of its subject or object: the verb itself when the referent undergoes it
    ("was killed", "died", "freed the driver"; not "the guard freed ..." of the guard), and its
    complement ("is alive", "found alive", "among the dead")."""
    states = set()
    transitive = any(c.dep_ == "dobj" for c in verb.children)
    if verb.pos_ == "VERB" and (role in ("nsubjpass", "dobj") or role == "nsubj" and not transitive):
        states.add(State(_verb_lemma(verb), _doer(verb) if role != "nsubj" else None))
    # a complement says something of the object when there is one ("found the miner alive"),
    # else of the subject ("the pass remains closed"): not of the subject of "told visitors to stay"
    complemented = role == "dobj" if transitive else role in ("nsubj", "nsubjpass")
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "attr", "xcomp"):
            if not complemented:
                continue
            states |= {State(t.lemma_.lower(), None) for t in _complement_words(child)}
        elif child.dep_ == "prep" and child.lower_ in ("among", "in"):
            states |= {State(t.lemma_.lower(), None) for c in child.children if c.dep_ == "pobj"
                       for t in _complement_words(c) if t.pos_ in ("ADJ", "NOUN")}
            if child.lower_ == "among":
                states |= {State(t.lemma_.lower(), None) for t in _class_adjectives(child)}
    return states


def states_of(sentence: str, phrase: Optional[str]) -> set[State]:
    """The states the sentence states of the referent ``phrase`` names, with their doers."""
    if not phrase:
        return set()
    doc = parsed(sentence)
    noun = _referent(doc, phrase, sentence)
    if noun is None:
        return set()
    states = set()
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
        # the clause's negation as the claims component reads it: on the verb ("did not fall"),
        # or carried by an argument ("no debris fell outside the zone"), whose scope is the
        # whole clause: neither states anything of the referent
        if not negated(verb):
            states |= _states_of_verb(verb, noun.dep_)
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl") or child.pos_ not in ("VERB", "AUX"):
            continue
        if child.lemma_.lower() in REPORTING_VERBS:
            continue  # "a firefighter reported killed": what was said before, not what is stated
        if negated(child):
            continue
        role = next((c.dep_ for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), "nsubjpass")
        states |= _states_of_verb(child, role)
    return states


def stated_states(sentence: str, phrase: Optional[str]) -> set[str]:
    """The words the sentence states of the referent ``phrase`` names (see the module's doc)."""
    return {state.word for state in states_of(sentence, phrase)}


def _tells_a_change(states: set[State]) -> bool:
    """The clause states both sides itself ("who was arrested on Monday, was freed"): a change."""
    words = sorted({state.word for state in states})
    return any(opposite(x, y) for n, x in enumerate(words) for y in words[n + 1:])


def _opposed(states_a: set[State], states_b: set[State], *, motion: bool = False) -> Optional[tuple[str, str]]:
    if _tells_a_change(states_a) or _tells_a_change(states_b):
        return None
    for first in sorted(states_a):
        for second in sorted(states_b):
            if first.doer and second.doer and first.doer != second.doer:
                continue  # "Harl sold the plant" / "Varne bought the plant": one deal's two sides
            if motion and moves(first.word) and moves(second.word):
                continue  # "the jet left Orvik" / "the jet landed at Tamsby": one journey's two stages
            if opposite(first.word, second.word):
                return first.word, second.word
    return None


def moves(word: str) -> bool:
    """The word is a verb whose most frequent WordNet sense is a movement ("leave", "land",
    "arrive", "depart"): a thing moves from one place and then to another, so opposite movements
    are stages of one journey, not states that cannot both hold."""
    sense = first_sense(word, "v")
    return sense is not None and sense.lexname() == "verb.motion"


def referent_head(phrase: Optional[str]) -> Optional[str]:
    """The lemma of a referent phrase's head noun ("the stoppages at Varne" -> "stoppage")."""
    return _head_lemma(phrase)


def _head_lemma(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    heads = [t for t in parsed(phrase) if t.head.i == t.i and t.pos_ in ("NOUN", "PROPN")]
    return heads[0].lemma_.lower() if heads else None


def _at_one_time(a: MentionInStory, b: MentionInStory) -> bool:
    """Neither is a plan or a possibility, and the two are not dated to different days (a state
    that changed between them)."""
    if a.mention.modality or b.mention.modality:
        return False
    return not (a.mention.dates and b.mention.dates and set(a.mention.dates).isdisjoint(b.mention.dates))


def state_conflict(a: MentionInStory, b: MentionInStory, *, motion: bool = False) -> Optional[str]:
    """Two clauses already aligned as one fact that state opposite states of one referent (the
    same head noun, or one merged actor), at one time. ``motion`` (in a formed claim): opposite
    movements are stages of one journey (``moves``)."""
    if not _at_one_time(a, b):
        return None
    for role_a in ("subject", "theme"):
        for role_b in ("subject", "theme"):
            phrase_a, phrase_b = getattr(a.mention, role_a), getattr(b.mention, role_b)
            if not _same_referent(a, phrase_a, b, phrase_b):
                continue
            opposed = _opposed(states_of(a.mention.sentence.text, phrase_a),
                               states_of(b.mention.sentence.text, phrase_b), motion=motion)
            if opposed:
                return (f"{a.label} says “{a.mention.sentence.text.strip()}” ({opposed[0]}); {b.label} says "
                        f"“{b.mention.sentence.text.strip()}” ({opposed[1]}): the two cannot both hold of {phrase_b.lower()}")
    return None


def _same_referent(a: MentionInStory, phrase_a: Optional[str], b: MentionInStory, phrase_b: Optional[str]) -> bool:
    if not phrase_a or not phrase_b:
        return False
    actors_a = {actor for name, actor in a.actor_of_name.items() if name in phrase_a}
    actors_b = {actor for name, actor in b.actor_of_name.items() if name in phrase_b}
    if actors_a & actors_b:
        return True
    head = _head_lemma(phrase_a)
    return head is not None and head == _head_lemma(phrase_b)


# --- Opposite evaluations of one referent ("the stoppage is illegal" / "the stoppage is entirely
# lawful"), read from WordNet like the states: "illegal" / "lawful" are opposite (through "legal",
# which "lawful" says to see also), "unsafe" / "dangerous" share a sense and agree, and "not" on
# the copula turns an evaluation round ("is not lawful" agrees with "illegal", disputes "legal").
# verbs that state an evaluation of their object ("called the strike illegal")
_OBJECT_PREDICATIVE = ("oprd", "ccomp", "xcomp")


def evaluations(sentence: str, span_text: str) -> list[tuple[str, str, bool]]:
    """(referent phrase, evaluating adjective, positive) for each predicate adjective in the
    clause's span of the sentence: a copula's complement on its subject ("the stoppage is not
    lawful") or an object's predicate ("called the stoppage illegal")."""
    start = sentence.find(span_text)
    if start < 0:
        return []
    found = []
    for token in parsed(sentence):
        if token.pos_ != "ADJ" or not start <= token.idx < start + len(span_text):
            continue
        head = token.head
        if token.dep_ == "acomp":
            referent = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            negated = any(c.dep_ == "neg" for c in head.children)
        elif token.dep_ in _OBJECT_PREDICATIVE and head.pos_ == "VERB":
            referent = next((c for c in head.children if c.dep_ == "dobj"), None) or next(
                (c for c in token.children if c.dep_ == "nsubj"), None)
            negated = any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in token.children)
        else:
            continue
        if referent is None or referent.pos_ not in ("NOUN", "PROPN"):
            continue
        found.append((" ".join(t.text for t in referent.subtree), token.lemma_.lower(), not negated))
    return found


def _opposite_evaluations(word_a: str, positive_a: bool, word_b: str, positive_b: bool) -> bool:
    """Opposite words said alike ("illegal" / "lawful"), or one word (or a synonym) said and
    denied ("lawful" / "not lawful", "legal" / "not lawful")."""
    if positive_a == positive_b:
        return opposite(word_a, word_b)
    return same_sense(word_a, word_b)


def evaluation_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """Opposite evaluations of one referent (same head noun or merged actor) at one time:
    "the stoppage is illegal" / "union lawyers say the stoppage is entirely lawful"."""
    if not _at_one_time(a, b):
        return None
    for referent_a, word_a, positive_a in evaluations(a.mention.sentence.text, a.mention.text):
        for referent_b, word_b, positive_b in evaluations(b.mention.sentence.text, b.mention.text):
            if not _same_referent(a, referent_a, b, referent_b):
                continue
            if _opposite_evaluations(word_a, positive_a, word_b, positive_b):
                said_a = word_a if positive_a else f"not {word_a}"
                said_b = word_b if positive_b else f"not {word_b}"
                return (f"{a.label} says {referent_a[0].lower() + referent_a[1:]} is {said_a}: “{a.mention.text}”; "
                        f"{b.label} says it is {said_b}: “{b.mention.text}”")
    return None
