"""The source of an attribution: who its cue's subject is, read from the parse.

The subject of the cue ("Peskov said"), climbed to from a participle or a complement ("...,
saying", "wants to say", "made the claim"), written after the cue ("said Peskov"), the agent
of a passive ("was told by"), the name right before a cue the parser left without a subject, or
the subject of a clause before a colon ("Vane was curt: ..."). :mod:`.speakers` turns the
source phrase into a name.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from storylens.nlp.doc_index import doc_text
from storylens.nlp.entity_rules.people import is_group_noun, is_person_noun
from storylens.nlp.quotes.cues import is_cue, is_passive_without_agent, is_speech_cue, rejects
from storylens.nlp.quotes.full_names import fullest_name
from storylens.nlp.quotes.mentions import SUBJECT_DEPS, phrase_offsets
from storylens.nlp.quotes.speakers import GROUP_NOUNS, PERSON_NOUNS, is_place, names_a_time, resolve_subject
from storylens.nlp.quotes.turns import colon_before_quote
from storylens.nlp.wordnet import first_sense

# Dependencies of a cue's content clause.
CONTENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
# A source phrase longer than this that names nobody is not a speaker ("the dropping of charges ...").
MAX_SOURCE_WORDS = 6
# Dependencies through which a cue's subject is its head's: "..., saying", "wants to say",
# "made the claim", "were sure that", "in a statement, X said".
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "acl", "pcomp", "prep", "pobj", "dobj", "attr", "acomp", "oprd"})
# What a noun subject before a colon may name for its words to be someone's: a statement, an
# act such as a verdict, a thought or a feeling ("Her question was simple:", "His mood was
# grim:"), by WordNet's filing of the noun's first sense.
WORDS_LEXNAMES = frozenset({"noun.communication", "noun.act", "noun.cognition", "noun.feeling"})
# Capitalised words right before a cue, maybe with a short apposition ("Ramos, 58, told").
NAME_BEFORE_CUE = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?:, [^,“”\"\n]{1,40},|,)?\s*$")


def rejected_claim(cue: Token) -> bool:
    """A cue noun that names nobody as its author ("claims", "allegations", "reports") and is
    the object of a verb that holds it false ("Saalen rejected claims that the ship was
    overloaded", "denied reports that ..."): the rejecter is not the one who claims it, and
    nobody else is named."""
    if cue.pos_ != "NOUN" or _own_source(cue) is not None or any(c.dep_ == "poss" for c in cue.children):
        return False
    noun = cue
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "denied the claims and reports that ..."
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "hit out at claims that ..."
    elif noun.dep_ != "dobj":
        return False
    return rejects(verb)


def passive_speaker(cue: Token) -> Optional[Token]:
    """Who speaks through an agentless passive, when the sentence still says it: the subject of
    a passive of hearing or quoting whose content is its own speech verb ("Scott was heard
    yelling that ...", "he was quoted as saying ..."), or the owner of the words or plans the
    passive is about ("Mrs. Clinton's plan is intended to ...": she intends it)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    sense = first_sense(subject.lemma_.lower(), "n") if subject.pos_ == "NOUN" else None
    if owner is not None and sense is not None and sense.lexname() in WORDS_LEXNAMES:
        return owner
    sense = first_sense(cue.lemma_.lower(), "v")
    if sense is not None and sense.lexname() not in ("verb.perception", "verb.communication"):
        # "It is expected to report next month": an expectation nobody named holds, about the
        # subject; only a passive of hearing or telling has the subject as the one who speaks
        return None
    for child in cue.children:
        said = child if child.dep_ in ("xcomp", "ccomp", "advcl", "oprd") else None
        if child.dep_ == "prep":  # "quoted as saying"
            said = next((c for c in child.children if c.dep_ == "pcomp"), None)
        if said is None or not is_speech_cue(said) or any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
            continue
        if any(c.dep_ == "auxpass" for c in said.children):
            continue  # "are believed to have been told to check": told by nobody named, not telling
        return subject
    return None


def _source_head(cue: Token) -> Optional[Token]:
    """The subject of a cue, climbing through "..., saying:", "... but indicated that", "wants
    to", "made the claim that", "were sure that"; the owner of a cue noun ("Smith's claim")."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is None:
            return None
        # Its object; the parser now and then reads a title as a verb ("according to engineer X").
        nominals = [t for t in to.subtree if t is not to and t.pos_ in ("NOUN", "PROPN", "PRON")]
        return min(nominals, key=lambda t: len(list(t.ancestors)), default=None)
    own = _own_source(cue)
    if own is not None:
        return own
    if rejected_claim(cue):
        return None
    verb = cue
    for _ in range(6):
        if verb.pos_ in ("NOUN", "PROPN"):
            owner = next((c for c in verb.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
        subject = nearest_subject(verb)
        if subject is not None:
            return subject
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) if verb.i == cue.i else None
        if agent is not None:
            # Only the cue's own agent: a participle hanging from a passive verb above is done by
            # that verb's subject ("was booed by the workers after telling them ...": the one
            # booed tells), which the climb reaches through the conjuncts.
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.pos_ in ("NOUN", "PROPN"):
            # "Hedda Lorne, a councillor, called for ...": a tensed verb the parser hung on a
            # name as its modifier has that name for its subject.
            return verb.head
        fronted = _subject_in_fronted_phrase(verb)
        if fronted is not None:
            return fronted
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            return None
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("dobj", "attr"):
            return None  # a verb as object is the content's, not the frame's
        if verb.dep_ == "xcomp":
            # "prompted the council to call a vote", "asked him to say": the object of the verb
            # above does what the infinitive says; "wants to say" has none, and its subject does.
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None and controller.pos_ in ("NOUN", "PROPN", "PRON") and not names_a_time(controller):
                return controller  # "spent the week insisting": a time does nothing, the subject insists
        verb = verb.head
    return None


def _subject_in_fronted_phrase(verb: Token) -> Optional[Token]:
    """The subject the parser hung on a phrase fronted before a tensed verb that has none: "In
    Kesk, Piet Ostrel, the mayor, told the Observer that ..." is parsed with the name as an
    apposition of "Kesk"; the person the apposition names (or describes) is who told."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            for appos in (c for c in place.children if c.dep_ == "appos" and c.i < verb.i):
                if appos.ent_type_ == "PERSON" or is_person_noun(appos):
                    return appos
    return None


def nearest_subject(verb: Token) -> Optional[Token]:
    """The verb's subject; of two ("WASHINGTON -- Governor X said", a dateline the parser took
    for a subject too), the one nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    return min(subjects, key=lambda c: abs(verb.i - c.i))


def _own_source(cue: Token) -> Optional[Token]:
    """A source the cue word itself marks, read before its grammatical subject: the agent of a
    passive ("was criticised by council members", "a letter signed by the mayor"), the one behind a cue noun ("criticism from
    rivals", "a suggestion by the mayor"), and the subject the writer put after the verb when
    the quote comes first ("“...,” added a harbour engineer")."""
    if cue.pos_ in ("VERB", "AUX"):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        passive = any(c.dep_ == "nsubjpass" for c in cue.children) or (cue.dep_ == "acl" and cue.tag_ == "VBN")
        if agent is not None and passive:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if not any(c.dep_ in SUBJECT_DEPS for c in cue.children) and _reports_before(cue):
            after = next((c for c in cue.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > cue.i), None)
            if after is not None and after.pos_ in ("NOUN", "PROPN", "PRON") and not after.ent_type_ == "DATE":
                # "“...,” added a harbour engineer"; a common noun must be one who can speak:
                # '... on “Women in Power,” answering questions about ...' has no speaker after.
                if after.pos_ != "NOUN" or after.ent_type_ in ("PERSON", "ORG", "NORP") or is_person_noun(after) or is_group_noun(after):
                    return after
        return None
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None and (agent.pos_ in ("PROPN", "PRON") or agent.ent_type_ in ("PERSON", "ORG", "NORP")
                                          or agent.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS or agent.tag_ == "NNS"):
                    return agent
    return None


def _reports_before(cue: Token) -> bool:
    """The words the cue reports come before it: a clause it governs, or a closing quotation mark
    right before it ("“...,” tweeted another")."""
    if any(c.dep_ in CONTENT_DEPS | {"advcl"} and c.i < cue.i for c in cue.children):
        return True
    j = cue.i - 1
    while j >= 0 and cue.doc[j].dep_ in ("advmod", "neg") and cue.doc[j].head.i == cue.i:
        j -= 1
    while j >= 0 and cue.doc[j].is_punct:
        if cue.doc[j].is_quote or cue.doc[j].text in ("”", "’", "\"", "''"):
            return True
        j -= 1
    return False


def _relative_head(subject: Token) -> Optional[Token]:
    """The noun a relative pronoun subject stands for ("the mayor, who said ...": the mayor).
    "Who" follows the one it stands for: a person named or described right before it wins over
    the parser's head ("freed five hostages, including a priest who told ...": the priest)."""
    if subject.tag_ not in ("WP", "WDT") or subject.head.dep_ != "relcl":
        return None
    parsed = subject.head.head
    j = subject.i - 1
    while j >= 0 and subject.doc[j].is_punct:
        j -= 1
    before = subject.doc[j] if j >= 0 else None
    if subject.lower_ == "who" and before is not None and before.i != parsed.i and (
        before.ent_type_ == "PERSON" or is_person_noun(before)
    ):
        return before
    return parsed


def _standing_for(head: Token) -> Token:
    """A number subject stands for the person its apposition describes ("One, a priest, told
    ...", "One of them, a priest, told ...": a priest)."""
    if head.pos_ == "NUM" or head.lower_ == "one":
        described = next((c for c in head.children if c.dep_ == "appos" and is_person_noun(c)), None)
        if described is not None:
            return described
    return head


def source_of_cue(
    cue: Token, in_quote: set[int] = frozenset(), *, quote_end: int | None = None
) -> tuple[Optional[tuple[int, int]], Optional[str]]:
    if is_passive_without_agent(cue):
        heard = passive_speaker(cue)
        if heard is None:
            return None, None  # "are believed to", "was declared": the subject is talked about
        return phrase_offsets(heard), resolve_subject(heard) or doc_text(cue.doc)[slice(*phrase_offsets(heard))]
    head = _source_head(cue)
    if head is not None and head.i in in_quote:
        head = None  # the parser took a word of the quote for the subject ("“We’ll go”—X replied")
    if head is None:
        source, speaker = _name_before(cue, quote_end)
        if source is not None:
            return source, speaker
        head = _adjacent_subject(cue, in_quote)
        if head is None:
            return None, None
    head = _standing_for(head)
    start, end = phrase_offsets(head)
    relative = _relative_head(head)
    if relative is not None:
        head = relative  # the source as written is "who"; the speaker is the noun it stands for
    if is_place(head):
        return (start, end), None  # "Iceland said": a place stands for its government, unnamed
    if names_a_time(head):
        return (start, end), None  # "Monday evening's toll confirmed ...": a time says nothing
    speaker = resolve_subject(head)
    if speaker is None:
        # "sources", "some reports": kept as written; "fishermen, who say": the noun, not "who".
        phrase = doc_text(head.doc)[slice(*phrase_offsets(head))] if relative is not None else doc_text(head.doc)[start:end]
        if len(phrase.split()) <= MAX_SOURCE_WORDS:
            speaker = phrase
    return (start, end), speaker


def subject_before_colon(doc: Doc, quote_start: int, in_quote: set[int]) -> Optional[Token]:
    """The subject of the clause a colon ends right before a quotation, when it says who speaks:
    a person or a body ("Vane was curt:", "The council was blunt:"), a pronoun for one, or a noun
    for someone's words with its owner ("The mayor's answer was short:", "Her question was
    simple:"). A cue verb in that clause has been read already; a clause about anything else
    ("The weather was grim:") gives no speaker."""
    colon = colon_before_quote(doc, quote_start)
    if colon is None:
        return None
    # The clause before the colon: from its last word up through the heads that stand before
    # the colon (the parser may hang the clause on the quotation's verb).
    verb = doc[colon.start - 1]
    while verb.head.i < colon.start and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in in_quote or is_cue(verb):
        return None
    subject = nearest_subject(verb)
    if subject is None or subject.i in in_quote or subject.i > colon.start:
        return None
    if subject.pos_ == "PRON":
        return subject if subject.lower_ in ("he", "she", "they", "it") else None
    if subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN":
        return subject
    if is_person_noun(subject) or is_group_noun(subject):
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    sense = first_sense(subject.lemma_.lower(), "n") if subject.pos_ == "NOUN" else None
    if owner is not None and sense is not None and sense.lexname() in WORDS_LEXNAMES:
        return owner  # "The mayor's answer": the mayor's words
    return None


def source_of_subject(head: Token) -> tuple[tuple[int, int], Optional[str]]:
    """The source span and speaker of a subject that is no cue's (the one before a colon)."""
    start, end = phrase_offsets(head)
    case = next((c for c in head.children if c.dep_ == "case"), None)
    if case is not None and case.idx + len(case) == end:
        end = len(doc_text(head.doc)[:case.idx].rstrip())  # "The mayor's" -> "The mayor"
    if is_place(head) or names_a_time(head):
        return (start, end), None
    speaker = resolve_subject(head)
    if speaker is None:
        phrase = doc_text(head.doc)[start:end]
        speaker = phrase if len(phrase.split()) <= MAX_SOURCE_WORDS else None
    return (start, end), speaker


def _adjacent_subject(cue: Token, in_quote: set[int]) -> Optional[Token]:
    """The noun right before a cue the parser left without a subject ("..., Russia’s Foreign
    Ministry said:" parsed as an apposition of the name before it)."""
    j = cue.i - 1
    while j >= 0 and cue.doc[j].dep_ in ("advmod", "aux", "neg") and cue.doc[j].head.i == cue.i:
        j -= 1
    if j < 0 or j in in_quote or cue.doc[j].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return cue.doc[j]


def _name_before(cue: Token, quote_end: int | None) -> tuple[Optional[tuple[int, int]], Optional[str]]:
    """The capitalised words between a quote and its cue ("”—Prigozhin replied", "”
    Ramos, 58, told"), read from the text because the tokenizer may glue them to the closing
    mark and the parser may not make them the cue's subject."""
    if quote_end is None or quote_end > cue.idx:
        return None, None
    between = doc_text(cue.doc)[quote_end : cue.idx]
    match = NAME_BEFORE_CUE.search(between)
    if match is None:
        return None, None
    start = quote_end + match.start(1)
    return (start, start + len(match.group(1))), fullest_name(cue.doc, match.group(1))


def as_written(words: str, lowered: str, original: str) -> str:
    """``words`` found in the lowered headline, in the headline's own letters ("Eastport Mayor",
    not "Eastport mayor"): both have the same length, so an offset in one is one in the other."""
    at = lowered.find(words)
    return original[at : at + len(words)] if at >= 0 else words
