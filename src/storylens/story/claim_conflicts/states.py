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

Which states are opposite is the one thing listed (``OPPOSITE_STATES``). MiniLM was tried first
and cannot tell an antonym from a synonym: "someone is dead" / "someone is alive" 0.854 and
"someone is not alive" 0.841 (negating one side barely moves it, and the wrong way for
released / detained 0.589 / 0.515, open / closed 0.810 / 0.695), while synonyms score as high
("arrested" / "detained" 0.812). So the list is a last resort, kept to states that exclude each
other at one time and whose change is itself news (life, custody, open or shut).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.story.claim_conflicts.words import likeness, parsed

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


# Pairs of state lemmas that cannot both hold of one referent at one time.
OPPOSITE_STATES = (
    ({"dead", "die", "kill", "death"}, {"alive", "survive", "survivor"}),
    ({"detain", "arrest", "jail", "imprison", "custody"}, {"release", "free"}),
    ({"close", "shut"}, {"open", "reopen"}),
)
STATE_WORDS = set().union(*(side for pair in OPPOSITE_STATES for side in pair))


def _referent(doc, phrase: str, sentence: str):
    """The head noun of ``phrase`` where it stands in the parsed sentence."""
    at = sentence.find(phrase)
    if at < 0:
        return None
    inside = [t for t in doc if at <= t.idx < at + len(phrase) and t.pos_ in ("NOUN", "PROPN")]
    heads = [t for t in inside if not (at <= t.head.idx < at + len(phrase)) or t.head.i == t.i]
    return heads[0] if heads else (inside[-1] if inside else None)


def _states_of_verb(verb, role: str) -> set[str]:
    """What a verb says of its subject or object: the verb itself when it is a change of state
    done to or by the referent ("was killed", "died", "freed the driver"), and its complement
    ("is alive", "found alive", "among the dead")."""
    states = set()
    lemma = verb.lemma_.lower()
    transitive = any(c.dep_ == "dobj" for c in verb.children)
    if lemma in STATE_WORDS and (role in ("nsubjpass", "dobj") or role == "nsubj" and not transitive):
        states.add(lemma)
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "attr", "xcomp"):
            states |= {t.lemma_.lower() for t in child.subtree if t.lemma_.lower() in STATE_WORDS}
        elif child.dep_ == "prep" and child.lower_ in ("among", "in"):
            states |= {t.lemma_.lower() for t in child.subtree if t.lemma_.lower() in STATE_WORDS and t.pos_ in ("ADJ", "NOUN")}
    return states


def stated_states(sentence: str, phrase: Optional[str]) -> set[str]:
    """The states the sentence states of the referent ``phrase`` names (see the module's doc)."""
    if not phrase:
        return set()
    doc = parsed(sentence)
    noun = _referent(doc, phrase, sentence)
    if noun is None:
        return set()
    states = set()
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
        if not any(c.dep_ == "neg" for c in verb.children):
            states |= _states_of_verb(verb, noun.dep_)
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl") or child.pos_ not in ("VERB", "AUX"):
            continue
        if child.lemma_.lower() in REPORTING_VERBS:
            continue  # "a firefighter reported killed": what was said before, not what is stated
        if any(c.dep_ == "neg" for c in child.children):
            continue
        role = next((c.dep_ for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), "nsubjpass")
        states |= _states_of_verb(child, role)
    return states


def _opposed(states_a: set[str], states_b: set[str]) -> Optional[tuple[str, str]]:
    for one, other in OPPOSITE_STATES:
        for first, second in ((one, other), (other, one)):
            # a sentence that states both sides tells a change ("who was arrested, was freed")
            if states_a & first and states_b & second and not states_a & second and not states_b & first:
                return sorted(states_a & first)[0], sorted(states_b & second)[0]
    return None


def referent_head(phrase: Optional[str]) -> Optional[str]:
    """The lemma of a referent phrase's head noun ("the stoppages at Varne" -> "stoppage")."""
    return _head_lemma(phrase)


def _head_lemma(phrase: Optional[str]) -> Optional[str]:
    if not phrase:
        return None
    heads = [t for t in parsed(phrase) if t.head.i == t.i and t.pos_ in ("NOUN", "PROPN")]
    return heads[0].lemma_.lower() if heads else None


def state_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """Two clauses already aligned as one fact that state opposite states of one referent (the
    same head noun, or one merged actor). Not when either is a plan or a possibility, nor when
    the two are dated to different days (a state that changed between them)."""
    if a.mention.modality or b.mention.modality:
        return None
    if a.mention.dates and b.mention.dates and set(a.mention.dates).isdisjoint(b.mention.dates):
        return None
    for role_a in ("subject", "theme"):
        for role_b in ("subject", "theme"):
            phrase_a, phrase_b = getattr(a.mention, role_a), getattr(b.mention, role_b)
            if not _same_referent(a, phrase_a, b, phrase_b):
                continue
            opposed = _opposed(stated_states(a.mention.sentence.text, phrase_a),
                               stated_states(b.mention.sentence.text, phrase_b))
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
# lawful"). No list of antonyms: the opposition is read from English morphology, a negating
# prefix (un-, in-, il-, im-, ir-, dis-, non-) whose remainder is itself a word of MiniLM's
# vocabulary ("illegal" = not "legal"; "interested" leaves no word), or "not" on the copula.
# Two evaluations are opposite when, so read, one is "not B" and the other B itself, or a word
# that reads as B (MiniLM >= ``SAME_BASE``) and closer to B than to the prefixed word: MiniLM
# cannot tell an antonym from a synonym, but it puts a synonym of B nearer B than "not-B"
# ("lawful": "legal" 0.68, "illegal" 0.60), while an antonym of B reads nearer "not-B"
# ("dangerous": "safe" 0.71, "unsafe" 0.81). Measured misses: "unlawful" / "legal" (0.68 / 0.72),
# "dishonest" / "truthful" (0.62 under the bar).
NEGATING_PREFIXES = ("non", "dis", "un", "in", "il", "im", "ir")
SAME_BASE = 0.65
# verbs that state an evaluation of their object ("called the strike illegal")
_OBJECT_PREDICATIVE = ("oprd", "ccomp", "xcomp")


def _is_word(text: str) -> bool:
    from storylens.nlp.minilm import sentence_model

    return text in sentence_model().tokenizer.vocab


def polarity(word: str) -> tuple[str, bool]:
    """(base, positive): "illegal" -> ("legal", False), "lawful" -> ("lawful", True)."""
    lower = word.lower()
    for prefix in NEGATING_PREFIXES:
        rest = lower[len(prefix):].lstrip("-")
        if lower.startswith(prefix) and len(rest) >= 4 and _is_word(rest):
            return rest, False
    return lower, True


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
    base_a, sign_a = polarity(word_a)
    base_b, sign_b = polarity(word_b)
    sign_a, sign_b = sign_a == positive_a, sign_b == positive_b
    if sign_a == sign_b:
        return False
    if base_a == base_b:
        return True
    # one side "not B": the other must read as B itself, nearer B than the word that negates it
    negative, other = (word_a if not sign_a else word_b), (word_b if not sign_a else word_a)
    if negative.lower() == base_a or negative.lower() == base_b:
        return False  # negated by "not", not by a prefix: no prefixed word to weigh against
    base = base_a if negative == word_a else base_b
    alike = likeness(base, other)
    return alike >= SAME_BASE and alike > likeness(negative, other)


def evaluation_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    """Opposite evaluations of one referent (same head noun or merged actor): "the stoppage is
    illegal" / "union lawyers say the stoppage is entirely lawful". Not when either is a plan or
    possibility."""
    if a.mention.modality or b.mention.modality:
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
