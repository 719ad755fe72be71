"""A motive the outlet imputes in its own voice: "the Front inflated the casualty figures to
inflame tensions", "officials inflated the figures to stir unrest" (issue 19).

A purpose clause alone is plain news: "the army closed the road to let ambulances through" says
why something was done, as the doer would say it. It imputes a motive when the purpose is one
nobody avows: to stir feelings, to make things worse, or to deceive. WordNet says which purposes
those are: the clause's verb has a frequent sense that is a kind of "arouse" (call forth emotions:
inflame, stir up, provoke, frighten), of "worsen", or of "deceive" / "misinform" (mislead).

Read:
- a purpose clause: a to-infinitive that is an adverbial clause of its verb ("inflated ... to
  inflame") or follows "in order" ("leaked the memo in order to mislead the inspectors");
- its verb has one of those senses, and its object is no physical thing ("to stir the soup",
  "to fuel the trucks" are the verbs' physical senses);
- in the outlet's own voice: outside quotation marks and not the content of a reporting verb
  ("the minister said the Front inflated ..." reports the minister's charge).

The span runs from the verb the clause explains to the clause's end ("inflated the casualty
figures to inflame tensions"): the accusation is the pairing of the act with its motive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.claims.clauses import REPORTING_VERBS
from storylens.nlp.doc_index import doc_text
from storylens.nlp.wordnet import is_kind_of, kinds_of, senses_of

if TYPE_CHECKING:  # imported when called: event_rules reaches the quotes, whose scorer reads this package
    from storylens.nlp.event_rules import QuotedText

# WordNet senses a motive nobody avows is a kind of: stir feelings, make worse, deceive, and keep
# down "by unjust use of one's authority" (oppress.v.01, the first sense of "crush": round s30).
# Round s33: and keep people from speaking (hush.v.02, "cause to be quiet or not talk": silence,
# gag, muzzle): "detained the reporter to silence coverage"; "to silence the alarm" is the
# verb's physical reading, left out by its object.
UNAVOWED_PURPOSES = frozenset(
    {"arouse.v.01", "worsen.v.01", "worsen.v.02", "deceive.v.01", "misinform.v.01", "oppress.v.01", "hush.v.02"}
)
# Feelings stirred that the doer avows: hope and courage ("to cheer the guardsmen" is to encourage
# them, encourage.v.02; "to inspire the crews", inspire.v.01), not fear or anger (round s30).
AVOWED_AROUSAL = frozenset({"encourage.v.02", "inspire.v.01"})
# The object's first sense in one of these files reads the verb physically ("stir the soup").
PHYSICAL_FILES = frozenset(
    {"noun.artifact", "noun.food", "noun.substance", "noun.object", "noun.body", "noun.plant", "noun.animal"}
)
SCORE = 1.0


# Only a verb's most frequent senses are read: "seize" is a kind of arousing in its seventh sense
# (seize the imagination), "fire" in its seventh; "stir" is one in its fourth.
SENSES_READ = 4


def unavowed_purpose(verb: str, *, has_object: bool = True, from_own_failings: bool = False) -> bool:
    """One of the verb's ``SENSES_READ`` most frequent WordNet senses is a kind of arousing
    feelings, worsening or deceiving. Without an object only the senses that WordNet's sentence
    frames let stand without one are read: "to cook for the rescue teams" is "Somebody cooks"
    (prepare a meal), not "Somebody cooks something" (falsify the accounts)."""
    for sense in senses_of(verb, "v")[:SENSES_READ]:
        if not has_object and not _takes_no_object(sense, verb):
            continue
        kinds = kinds_of(sense)
        if kinds & UNAVOWED_PURPOSES and not kinds & AVOWED_AROUSAL and (DISTRACTION not in kinds or from_own_failings):
            return True
    return False


# Turning attention away (distract.v.01, a kind of arousing) is a motive nobody avows when it is
# away from the doer's own record ("to distract from its failures"); "to distract the boy from
# the pain" is a nurse's plain purpose (round s35).
DISTRACTION = "distract.v.01"


def _from_own(verb) -> bool:
    """A "from" phrase whose noun the doer's possessive marks ("from its failures")."""
    return any(
        c.dep_ == "poss" and c.pos_ == "PRON"
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
        for c in o.children
    )


def _takes_no_object(sense, verb: str) -> bool:
    """Some sentence frame of the verb's lemma in this sense has no object after the verb
    ("Somebody ----s", "Something ----s", "Somebody ----s PP")."""
    for lemma in sense.lemmas():
        if lemma.name().lower() != verb.lower():
            continue
        for frame in lemma.frame_strings():
            words = frame.split()
            after = words[words.index(lemma.name()) + 1 :] if lemma.name() in words else words[2:]
            if not after or after[0] not in ("something", "somebody"):
                return True
    return False


def _has_object(verb) -> bool:
    """An object, or a "from" phrase: "to distract from its failures" turns attention (somebody's)
    away from something, the senses with an object (round s35)."""
    return any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children)


def _physical_object(verb) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for obj in objects:
        senses = senses_of(obj.lemma_, "n")
        if senses and senses[0].lexname() in PHYSICAL_FILES:
            return True
    return False


def explained_act(token):
    """The verb a to-infinitive purpose clause explains: its head for an adverbial clause ("...
    inflated the figures to inflame tensions"), the verb "in order" hangs from for "in order to
    mislead" (the parser hangs the infinitive from "order"); None for any other infinitive."""
    if token.pos_ != "VERB" or token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    head = token.head
    if token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ == "xcomp" and _states_a_purpose(head):
        # "a move designed to shield ...": the purpose the outlet reads into the move (round s31)
        return head
    if token.dep_ == "acl" and head.lower_ == "order" and head.head.lower_ == "in" and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    if token.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # 'reached for the word "terrorists" to distract from ...': the parser hangs the purpose
        # on the quoted word; an infinitive with no subject and no relative word explains the
        # clause's verb (round s35)
        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


# A participle that states what something was for: "a move designed / intended / meant to ..."
PURPOSE_SENSES = frozenset({"intend.v.01", "intend.v.02"})
# What a doer shields someone from when the purpose is evading account: an examination or
# inquiry ("from scrutiny"), criticism, legal action or punishment (round s31). Shielding from
# a flood or a storm is plain.
EVADED = frozenset({"investigation.n.02", "criticism.n.01", "legal_action.n.01", "punishment.n.01"})
# What an outlet says a doer acts for when it imputes self-interest: "for their own ends" (goal),
# "for its own purposes", "for his own sake", "for their own gain" (profit.n.02, benefit).
SELF_INTEREST = frozenset({"goal.n.01", "sake.n.01", "profit.n.02", "benefit.n.02"})
# Nouns of feeling and plight: what someone is said to exploit when the outlet imputes a
# motive ("to exploit the grief of ..."); exploiting a seam or a market is plain.
PLIGHT_FILES = frozenset({"noun.feeling", "noun.state", "noun.event"})


def _states_a_purpose(token) -> bool:
    """A participle of design or intent with the infinitive as its complement ("designed to")."""
    if token.tag_ != "VBN":
        return False
    return any(kinds_of(sense) & PURPOSE_SENSES for sense in senses_of(token.lemma_, "v")[:SENSES_READ])


def evades_account(token) -> bool:
    """A purpose of shielding (a kind of protect.v.01) someone from an examination, criticism,
    legal action or punishment: "to shield its own officers from scrutiny"."""
    senses = senses_of(token.lemma_, "v")
    if not senses or "protect.v.01" not in kinds_of(senses[0]):
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            noun = senses_of(obj.lemma_, "n")
            if noun and kinds_of(noun[0]) & EVADED:
                return True
    return False


def exploits_plight(token) -> bool:
    """A verb whose first sense is using someone or something to one's advantage (exploit.v.01)
    with a feeling, a plight or a calamity for object ("exploit the grief of the valley")."""
    senses = senses_of(token.lemma_, "v")
    if not senses or senses[0].name() != "exploit.v.01":
        return False
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        noun = senses_of(obj.lemma_, "n")
        if noun and noun[0].lexname() in PLIGHT_FILES:
            return True
    return False


def for_own_ends(token) -> bool:
    """"for their own ends": a "for" phrase of the verb whose noun, possessed and "own", has a
    frequent sense that is a goal, a sake, a profit or a benefit."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if not any(c.lower_ == "own" for c in obj.children) or not any(c.dep_ == "poss" for c in obj.children):
                continue
            if any(kinds_of(sense) & SELF_INTEREST for sense in senses_of(obj.lemma_, "n")[:SENSES_READ]):
                return True
    return False


def opposite_nouns(first, second) -> bool:
    """Frequent senses of the two nouns (``SENSES_READ``), or what they are kinds of, are opposites
    in WordNet: "a rout" (a kind of defeat in its second sense) and "a victory"."""
    a, b = senses_of(first.lemma_, "n")[:SENSES_READ], senses_of(second.lemma_, "n")[:SENSES_READ]
    near_a = [s for sense in a for s in (sense, *sense.hypernyms())]
    near_b = {s for sense in b for s in (sense, *sense.hypernyms())}
    return any(antonym.synset() in near_b for sense in near_a for lemma in sense.lemmas() for antonym in lemma.antonyms())


def reported(token) -> bool:
    """The token's clause is the content of a reporting verb ("X said the Front inflated ..."),
    what someone is accused of or denies ("accused the union of exaggerating ..."), or carries
    "according to" ("according to the ministry, the operation was ...")."""
    while True:
        if any(c.lower_ == "according" for c in token.children):
            return True
        if token.dep_ in ("ROOT", "") or token.head == token:
            return False
        if token.dep_ in ("ccomp", "parataxis", "pcomp", "pobj", "xcomp") and token.head.lemma_.lower() in REPORTING_VERBS:
            return True
        if token.dep_ == "pcomp" and token.head.head.lemma_.lower() in REPORTING_VERBS:
            return True  # "accused X of exaggerating": "exaggerating" hangs from "of"
        token = token.head


# WordNet senses of a charge of deceit: deceive, misinform (overstate, exaggerate), misrepresent
# (feign, pretend, falsify), dissemble; and, since round s30, the mirror of overstating: understate
# ("downplay", "minimise" in its second sense) and background.v.01, "understate the importance or
# quality of" ("play down", "downplay").
DECEIT = frozenset(
    {"deceive.v.01", "misinform.v.01", "misrepresent.v.01", "dissemble.v.03", "understate.v.01", "background.v.01"}
)
FIRST_PERSON = frozenset({"i", "we"})


def phrasal_lemma(token) -> str:
    """"play_down" for "played down the leak": WordNet writes a phrasal verb's particle into its
    lemma. The particle is the verb's "prt", or the word right after it that the parser took for a
    preposition ("played down the spill": "down" as a preposition with "spill" its object) when
    WordNet knows the pair as a verb (round s30)."""
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    if particles:
        return f"{lemma}_{particles[0]}"
    following = [c for c in token.children if c.i == token.i + 1 and c.dep_ == "prep"]
    if following and senses_of(f"{lemma}_{following[0].lower_}", "v"):
        return f"{lemma}_{following[0].lower_}"
    return lemma


def charges_deceit(token) -> bool:
    """The verb's most frequent WordNet sense is a kind of deceiving ("exaggerated the injuries",
    "has been pretending to speak for ..."), it has a subject that is not the writer ("we"), is
    not negated, and is no reporting verb ("boast" is overstating in WordNet)."""
    if token.pos_ != "VERB" or token.lemma_.lower() in REPORTING_VERBS:
        return False
    senses = senses_of(phrasal_lemma(token), "v") or senses_of(token.lemma_, "v")
    if not senses or not (_is_deceit(senses[0]) or (_glossed_as_deceit(senses[0]) and not _physical_object(token))):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ in FIRST_PERSON:
        return False
    return not any(c.dep_ == "neg" for c in token.children)


def _is_deceit(sense) -> bool:
    return is_kind_of(sense, *DECEIT)


def _glossed_as_deceit(sense) -> bool:
    """WordNet defines the sense first by a verb of deceit: inflate.v.01 is "exaggerate or make
    bigger" (a kind of increasing in the hierarchy), so "inflated the number of rioters" charges
    exaggeration as "exaggerated" does (round s31). Its physical reading ("inflated the tyres")
    is left out by the object."""
    first = sense.definition().split(" or ")[0].split(";")[0].split()
    if len(first) != 1:
        return False
    defining = senses_of(first[0], "v")
    return bool(defining) and _is_deceit(defining[0])


def imputed_deceit(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each act the outlet, in its own voice, calls deceit: from the verb
    to the end of its clause, purpose and manner included ("exaggerated the injuries to win
    sympathy on the evening news, parading bandaged men before the cameras"). Not in a question
    ("Did the union exaggerate ...?"), a reported charge or a quotation."""
    from storylens.nlp.event_rules import QuotedText  # see evaluative.py: imported when called

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        if not charges_deceit(token) or reported(token) or token.sent.text.rstrip().endswith("?"):
            continue
        start, end = token.idx, _subtree_end(doc, token)
        if not quoted.inside(start, end):
            found.append((start, end, SCORE))
    return found


def imputed_motives(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each act paired with a motive nobody avows, in the outlet's voice."""
    from storylens.nlp.event_rules import QuotedText  # see evaluative.py: imported when called

    quoted = quoted or QuotedText(doc_text(doc))
    found = []
    for token in doc:
        act = explained_act(token)
        if act is not None and not reported(act) and (
            (unavowed_purpose(token.lemma_, has_object=_has_object(token), from_own_failings=_from_own(token)) and not _physical_object(token))
            or evades_account(token)
        ):
            start, end = act.idx, _subtree_end(doc, token)
        elif token.pos_ == "VERB" and (
            exploits_plight(token) or for_own_ends(token) or _passes_off(token) or turns_a_happening_into_a_feeling(token)
        ) and not reported(token):
            # the outlet says what the doer really acts for (round s31): from the verb to its clause's end
            start, end = token.idx, _subtree_end(doc, token)
        else:
            continue
        if token.sent.text.rstrip().endswith("?"):
            continue
        if not quoted.inside(start, end):
            found.append((start, end, SCORE))
    return found


def turns_a_happening_into_a_feeling(token) -> bool:
    """"turned a contained accident into a national panic": a verb whose object is a happening, a
    situation or an act (one of its noun's two most frequent WordNet senses is filed under
    noun.event, noun.state, noun.act, noun.process or noun.phenomenon: an accident, a leak, an
    inspection) and whose "into" phrase is a feeling (the noun's first sense in noun.feeling:
    panic, hysteria, fury). To say that someone made a feeling of what happened is to say they
    blew it up (round s33); "turned the depot into a shelter" is a change of things."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    results = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "into" for o in p.children if o.dep_ == "pobj"]
    happening = any(sense.lexname() in HAPPENING_FILES for obj in objects for sense in senses_of(obj.lemma_, "n")[:2])
    feeling = any(senses_of(r.lemma_, "n")[:1] and senses_of(r.lemma_, "n")[0].lexname() == "noun.feeling" for r in results)
    return happening and feeling


# What happened, as WordNet files it: events, situations, acts, processes, phenomena.
HAPPENING_FILES = frozenset({"noun.event", "noun.state", "noun.act", "noun.process", "noun.phenomenon"})


def _passes_off(token) -> bool:
    """"dress up a rout as a victory": a verb with an object and an "as" phrase whose nouns are
    opposites, said by the outlet of what someone else does (not "we")."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    as_nouns = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return any(opposite_nouns(obj, other) for obj in objects for other in as_nouns)


def _subtree_end(doc: Doc, token) -> int:
    """Where the words ``token`` governs end, without the closing punctuation."""
    last = max(t.i for t in token.subtree)
    while last > token.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[last].idx + len(doc[last].text)
