"""Who a source phrase names: rules over the parse plus salience (coreferee cannot run here).

A source phrase is the subject of a cue ("Peskov said", "He said", "the Belarusian leader
replied", "Russia's Foreign Ministry said"). Names are returned as written in the article,
at their fullest ("Putin" -> "Vladimir Putin" when the article spells it out somewhere);
pronouns and descriptions are resolved back to the nearest compatible named mention, where
"nearest" prefers the subjects of the sentences before, the way a reader tracks who is talking.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Union

from spacy.tokens import Doc, Span, Token

from storylens.ingest.datelines import dateline_length
from storylens.nlp.doc_index import doc_entities, doc_text, entities_overlapping, entity_at
from storylens.nlp.entity_rules.body_kinds import organisation_senses
from storylens.nlp.entity_rules.people import is_group_noun, names_a_group, names_an_organisation, names_people
from storylens.nlp.gazetteer import is_well_known_place
from storylens.nlp.label_rules.kinds import names_a_government
from storylens.nlp.names import ORG_HEAD_WORDS, clean_name, translit_key
from storylens.nlp.quotes.cues import is_speech_cue
from storylens.nlp.quotes.group_referents import (
    BODY_TYPES,
    body_referent,
    describes_a_body,
    is_plainly_of_kind,
    named_after,
    names_a_business,
)
from storylens.nlp.quotes.full_names import full_names_by_surname, fullest_name, name_of_entity, referent_gender
from storylens.nlp.quotes.gender import PRONOUN_GENDER, noun_gender
from storylens.nlp.quotes.mentions import (
    NAMED_TYPES,
    PLACE_TYPES,
    PRONOUN_CHAIN,
    SUBJECT_DEPS,
    entity_of,
    memo_of,
    named_in,
    own_words,
    phrase_name,
    phrase_offsets,
    quoted_token_indices,
    subject_of,
)
from storylens.nlp.wordnet import first_sense, is_kind_of, senses_of, wordnet

PERSON_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("it they them".split())
# Pronouns that own a noun ("his office", "its spokesman"): the owner is found like a subject.
POSSESSIVE_PRONOUNS = {"his": "PERSON", "her": "PERSON", "its": "GROUP", "their": "GROUP"}
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})

# Head nouns of descriptions that stand for a person ("the Belarusian leader") or a body or
# document ("the paper", "the ministry"): the words that decide which mentions are compatible.
PERSON_NOUNS = frozenset(
    """
    leader president minister spokesman spokeswoman spokesperson official head chief commander
    founder chairman chairwoman secretary senator governor mayor general ambassador prosecutor
    judge candidate nominee man woman businessman warlord dictator premier king boss lawmaker
    diplomat adviser advisor aide director
    """.split()
)
GROUP_NOUNS = frozenset(
    """
    paper newspaper ministry agency government kremlin company group outlet channel network daily
    site website magazine committee council office department service army military campaign party
    administration broadcaster organization organisation statement union court
    """.split()
)
# How many sentences back a pronoun or a description may reach for its name.
LOOKBACK_SENTENCES = 6

# Who a pronoun or a description stands for: a named mention, or a person the article describes
# without naming ("a Coast Guard spokesman said ... he said"), held as the head of the description.
Referent = Union[Span, Token]


def _candidates(doc: Doc, before: int, types: frozenset[str], sentence: Span) -> list[tuple[Span, int]]:
    """Named mentions of the wanted types, nearest first, ranked by salience: mentions earlier
    in the same sentence, then the subject of each sentence before, then its other mentions."""
    ranked: list[tuple[Span, int]] = []
    same = [
        e
        for e in entities_overlapping(doc, sentence.start, before)
        if sentence.start <= e.start and e.end <= before and e.label_ in types
    ]
    ranked.extend((e, 0) for e in reversed(same))
    current = sentence
    if not same and _unnamed_subject(sentence, before, types) is not None:
        ranked.append((_unnamed_subject(sentence, before, types), 0))
    for distance in range(1, LOOKBACK_SENTENCES + 1):
        if current.start == 0:
            break
        current = doc[current.start - 1].sent
        ents = [
            e
            for e in entities_overlapping(doc, current.start, current.end)
            if current.start <= e.start and e.end <= current.end and e.label_ in types
        ]
        subject = subject_of(current)
        named = named_in(subject) if subject is not None else None
        if named is not None and named[0].label_ in types:
            ranked.append((named[0], distance))
        elif named is None and _unnamed_subject(current, current.end, types) is not None:
            ranked.append((_unnamed_subject(current, current.end, types), distance))
        ranked.extend((e, distance) for e in ents if named is None or e != named[0])
    return ranked


def _unnamed_subject(sentence: Span, before: int, types: frozenset[str]) -> Optional[Span]:
    """A proper-noun subject the entity recogniser missed ("Nezavisimaya Gazeta wrote")."""
    subject = subject_of(sentence)
    if subject is None or subject.i >= before or subject.pos_ != "PROPN" or subject.ent_type_:
        return None
    label = "ORG" if subject.lower_ in ORG_HEAD_WORDS else "PERSON"
    if label not in types:
        return None
    words = [t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.pos_ == "PROPN"]
    return Span(subject.doc, words[0].i, subject.i + 1, label=label) if words else None


def _compatible(description: Token, ent: Span) -> int:
    """How many words of a description ("the Belarusian leader", "the admiral") appear around a
    mention ("Belarusian President Alexander Lukashenko", "Rear Adm. Ann Carter"); an abbreviated
    title counts for the word it shortens ("Adm." for "admiral", "Gov." for "governor"). A thing
    named after a body is not that body: "the museum" fits no "Varn Museum Tiara"."""
    if ent.label_ != "PERSON" and named_after(description.lemma_.lower(), ent):
        return 0
    words = {t.lower_ for t in own_words(description) if t.is_alpha and t.dep_ != "det"}
    doc = ent.doc
    window = doc[max(ent.start - 4, ent.sent.start) : min(ent.end + 6, ent.sent.end)]
    around = {t.lower_ for t in window}
    abbreviations = {t.lower_.rstrip(".") for t in window if t.text.endswith(".") and len(t.text) >= 3}
    shortened = {w for w in words if any(len(a) >= 2 and w.startswith(a) and w != a for a in abbreviations)}
    return len(words & around) + len(shortened)


def _speech_subjects(doc: Doc) -> list[tuple[int, Referent]]:
    """(token index, referent) of every subject of a cue that reports words, named or a person
    described ("a Coast Guard spokesman said"), in order: the speakers a reader keeps in mind
    when a later "he said" or a bare quote comes."""
    memo = memo_of(doc)
    if "speech_subjects" in memo:
        return memo["speech_subjects"]
    # Stored before it is filled: telling whether a subject stands for someone ("His lawyer
    # said") may resolve a pronoun, which asks for the speakers heard so far; a call made while
    # the list is being built reads what is found up to there instead of building it again,
    # which recursed without end ("He said nothing. ... His lawyer said ...").
    found: list[tuple[int, Referent]] = []
    memo["speech_subjects"] = found
    for token in doc:
        if not is_speech_cue(token):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        named = named_in(subject)
        if named is not None:
            found.append((token.i, named[0]))
        elif _stands_for_someone(subject) or definite_body(subject):
            found.append((token.i, subject))
    return found


def _agrees(pronoun: Token, referent: Referent) -> bool:
    wanted = PRONOUN_GENDER.get(pronoun.lower_)
    if wanted is None:
        return True
    gender = referent_gender(referent) if isinstance(referent, Span) else noun_gender(referent)
    return gender in (None, wanted)


def _fits(referent: Referent, types: frozenset[str]) -> bool:
    if isinstance(referent, Span):
        return referent.label_ in types
    return ("ORG" if definite_body(referent) else "PERSON") in types


def definite_body(noun: Token) -> bool:
    """A definite description of a body that no entity names ("the ministry", "the port
    authority"): a singular common noun with "the", one of whose WordNet senses is an
    organisation. "It said" after "The ministry denied ..." continues it, as "he said" continues
    "the driver". Wider than ``group_referents.describes_a_body`` (a group noun or a first sense
    of group), which the resolution of a description reads: "the port authority", "the hospital"
    have an organisation only among their later senses."""
    if noun.ent_type_ or noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return bool(organisation_senses(noun.lemma_.lower()))


def is_person_description(token: Token) -> bool:
    """A singular noun for a person that no entity names: "a Coast Guard spokesman", "the
    driver", "the prime minister" (which the tagger may call a proper noun). WordNet says which
    nouns are people."""
    if token.ent_type_ or token.tag_ not in ("NN", "NNP"):
        return False
    if token.pos_ == "PROPN" and not token.text[:1].islower():
        return False
    return token.pos_ in ("NOUN", "PROPN") and names_people(token.lemma_.lower())


def _subject_referent(sentence: Span, types: frozenset[str], depth: int) -> Optional[Referent]:
    """Who the subject of a sentence stands for, when it fits ``types``: a name, a proper noun
    the recogniser missed, a person described, or what a pronoun subject itself stands for."""
    subject = subject_of(sentence)
    if subject is None:
        return None
    named = named_in(subject)
    if named is not None:
        return named[0] if named[0].label_ in types else None
    unnamed = _unnamed_subject(sentence, sentence.end, types)
    if "PERSON" not in types:
        return unnamed if unnamed is not None or not definite_body(subject) else subject
    if unnamed is not None and full_names_by_surname(sentence.doc, translit_key(unnamed[-1].text)):
        return unnamed  # "Oz has been dogged ...", the recogniser missing the surname of "Mehmet Oz"
    if subject.pos_ == "PRON" and subject.lower_ in PERSON_PRONOUNS and depth > 0:
        return pronoun_referent(subject, depth=depth - 1)
    return subject if _stands_for_someone(subject) else None


def _is_indefinite(token: Token) -> bool:
    """ "a spokesman", "one questioner": a description that brings in someone new."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.lower_ == "one" for c in token.children)


def _stands_for_someone(description: Token) -> bool:
    """A person described whom a later pronoun may continue: one brought in without a name ("a
    Coast Guard spokesman"), or a definite description that goes back to a name ("the driver"
    -> "Karl Brun"). A definite one that names nobody we can tell ("the former first lady") is
    passed over: the name it stands for is found among the mentions."""
    if not is_person_description(description):
        return False
    return _is_indefinite(description) or resolve_subject(description) is not None


def _nearest_subject_referent(pronoun: Token, types: frozenset[str], depth: int) -> Optional[Referent]:
    """The subject that fits ``types`` and the pronoun's gender of the nearest sentence before
    the pronoun's that has one ("Governor Ida Vesk visited the shelter. The shelter holds 300
    beds. She promised ...")."""
    sentence = pronoun.sent
    current = sentence
    for _ in range(LOOKBACK_SENTENCES):
        if current.start == 0:
            return None
        current = sentence.doc[current.start - 1].sent
        found = _subject_referent(current, types, depth)
        if found is not None and _agrees(pronoun, found):
            return found
        introduced = _introduced_person(current, pronoun) if "PERSON" in types else None
        if introduced is not None:
            return introduced
        if any(e.label_ in types and current.start <= e.start for e in entities_overlapping(sentence.doc, current.start, current.end)):
            return None  # a person named in a nearer sentence outranks a subject further back
    return None


def _introduced_person(sentence: Span, pronoun: Token) -> Optional[Token]:
    """The last person a sentence brings in without a name and not as its subject ("The blast
    hurt an officer who guarded the pier. His wife said ..."): the one a pronoun in the next
    sentences continues when the sentence's subject is no person. Words inside quotation marks
    are the speaker's."""
    quoted = quoted_token_indices(sentence.doc)
    introduced = [
        t for t in sentence
        if t.i not in quoted and t.dep_ not in SUBJECT_DEPS and is_person_description(t) and _is_indefinite(t)
        and named_in(t) is None and _agrees(pronoun, t)
    ]
    return introduced[-1] if introduced else None


def _pronoun_types(pronoun: Token) -> Optional[frozenset[str]]:
    lower = pronoun.lower_
    if pronoun.dep_ == "poss" and lower in POSSESSIVE_PRONOUNS:
        return frozenset({"PERSON"}) if POSSESSIVE_PRONOUNS[lower] == "PERSON" else GROUP_TYPES
    if lower in PERSON_PRONOUNS:
        return frozenset({"PERSON"})
    if lower in GROUP_PRONOUNS:
        return GROUP_TYPES
    return None  # "I", "we", "you", "who": the speaker is inside a quote or unknown


def pronoun_referent(head: Token, *, depth: int = PRONOUN_CHAIN) -> Optional[Referent]:
    """Who a pronoun stands for, by salience: a fitting name earlier in its own sentence, then
    the nearest subject before that fits (a reader takes "Governor Ida Vesk visited the shelter.
    She promised ..." to be the governor, whoever was named before her), then, for the subject
    of a cue of speech, the speakers last heard, then the other mentions of the sentences
    before, nearest first. He and she must agree with what the article tells of the person's
    gender."""
    doc = head.doc
    types = _pronoun_types(head)
    if types is None:
        return None
    # A name inside the quotation marks of the pronoun's own sentence is what is said, not
    # who says it ("“Brenn is lying,” she said").
    quoted = quoted_token_indices(doc)
    if head.lower_ in PLURAL_PRONOUNS:
        people = _plural_antecedents(head, types)
        if people:
            # "Fishermen in Lorne lost their nets. Their cooperative ...": the fishermen; two kinds
            # of people before it ("The Coast Guard's members ..."): only the sense could tell.
            if len({t.lemma_.lower() for t in people}) == 1:
                return people[0]
            nearest = people[0]
            if head.dep_ in SUBJECT_DEPS and is_speech_cue(head.head) and nearest.dep_ in SUBJECT_DEPS and is_speech_cue(nearest.head):
                return nearest  # "Police said ... They said": the speakers last heard (round s41)
            return None
    # A pronoun inside a relative clause never stands for the clause's own noun ("Operation Iron
    # Gate, a sweep that it says is aimed at ...": "it" is not the sweep), nor does a dateline.
    bound = _bound_by_relative(head)
    bound_names = {clean_name(_thing_named(doc, i).text) for i in bound}
    ranked: list[Referent] = [
        ent
        for ent, distance in _candidates(doc, head.i, types, head.sent)
        if (distance or ent.start not in quoted) and clean_name(ent.text) not in bound_names and not _in_dateline(ent)
    ]
    if bound and "PERSON" not in types:
        runner = _runner_of(doc, bound, types)
        if runner is not None:
            return runner  # "The Interior Ministry, which runs the operation": its "it"
    # "The Ministry of Fisheries denied ... Protesters gathered outside Orvel Freight. It said
    # ...": the subject of a speech cue is the speaker last heard, a body for "it" as a person
    # for "he", before a body merely mentioned since.
    speaks = head.dep_ in SUBJECT_DEPS and is_speech_cue(head.head)
    if speaks:
        # "..., the deputy minister, Tavo Renk, signed it, she said": a name inside what the
        # pronoun's speaker reports is what is said, not who says it (round s41)
        reported = _reported_before(head.head)
        ranked = [ent for ent in ranked if ent.start not in reported]
    if "PERSON" in types or speaks:
        same_sentence = [ent for ent in ranked if ent.start >= head.sent.start]
        if head.dep_ in SUBJECT_DEPS:
            # "Karl Vos blamed the depot owned by Piet Ostrel for the fire, which he said ...": a
            # subject pronoun continues the subject of a clause above its own before a name
            # further down that clause's phrases.
            above = [(e.start, e.end) for e in _subjects_above(head)]
            same_sentence.sort(key=lambda e: above.index((e.start, e.end)) if (e.start, e.end) in above else len(above))
        before: list[Referent] = []
        if "PERSON" in types and head.dep_ == "poss":
            # "The officer is in hospital, his family said": a person the sentence itself
            # describes as a subject, before any name heard in the sentences before it
            before.extend(t for t in reversed(head.sent[: head.i - head.sent.start])
                          if t.dep_ in SUBJECT_DEPS and t.i not in quoted and is_person_description(t)
                          and named_in(t) is None)
        previous = _nearest_subject_referent(head, types, depth)
        if previous is not None:
            before.append(previous)
        if speaks or ("PERSON" in types and is_speech_cue(head.head)):
            # "..., she added": the speaker last heard, before any name mentioned since.
            window_start = doc[max(0, head.sent.start - 1)].sent.start
            for _ in range(LOOKBACK_SENTENCES - 1):
                if window_start == 0:
                    break
                window_start = doc[window_start - 1].sent.start
            before.extend(
                ref for i, ref in reversed(_speech_subjects(doc)) if window_start <= i < head.sent.start and _fits(ref, types)
            )
        ranked = same_sentence + before + ranked
    return next((ref for ref in ranked if _agrees(head, ref)), None)


PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def _reported_before(cue: Token) -> set[int]:
    """The token indices of the clauses a cue reports before it ("X signed it, she said"; the
    parser hangs them from the cue as complements, or the cue from them as an aside)."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i]
    if cue.dep_ == "parataxis" and cue.head.i < cue.i:
        clauses.append(cue.head)
    inside = {t.i for t in cue.subtree} if cue.dep_ == "parataxis" else set()
    return {t.i for clause in clauses for t in clause.subtree if t.i not in inside}


def _subjects_above(pronoun: Token) -> list[Span]:
    """The named subjects, before the pronoun, of the clauses its own clause hangs under (a
    relative clause's noun's verb, the first of two coordinated clauses), nearest clause first."""
    found = []
    for verb in pronoun.head.ancestors:
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i):
            named = named_in(subject)
            if named is not None:
                found.append(named[0])
    return found


def _plural_antecedents(pronoun: Token, types: frozenset[str], depth: int = PRONOUN_CHAIN) -> list[Token]:
    """The plural nouns for people a plural pronoun may stand for, nearest first ("Fishermen in
    Lorne lost their nets. Their cooperative ..."): the subjects of the pronoun's own sentence
    before it, then of each sentence before, back to the first subject that is a name or a
    plural pronoun (followed back in its turn). Words inside quotation marks are the speaker's."""
    doc = pronoun.doc
    quoted = quoted_token_indices(doc)
    sentence = pronoun.sent
    subjects = [t for t in sentence if t.i < pronoun.i and t.dep_ == "nsubj" and t.head.i > t.i and t not in pronoun.head.subtree]
    current = sentence
    found: list[Token] = []
    for _ in range(LOOKBACK_SENTENCES + 1):
        for subject in reversed([t for t in subjects if t.i not in quoted]):
            if subject.lower_ in PLURAL_PRONOUNS:
                return found or (_plural_antecedents(subject, types, depth - 1) if depth > 0 else [])
            if named_in(subject) is not None or subject.pos_ == "PROPN":
                return found  # a name: the names' ranking decides
            # people, or a group of them the tagger reads as plural ("Police said ... They said":
            # round s41; "the company" is singular and stays out)
            if subject.tag_ == "NNS" and (names_people(subject.lemma_.lower()) or names_a_group(subject.lemma_.lower())):
                found.append(subject)
        if current.start == 0:
            break
        current = doc[current.start - 1].sent
        subject = subject_of(current)
        subjects = [subject] if subject is not None else []
    return found


def _bound_by_relative(pronoun: Token) -> set[int]:
    """Tokens a pronoun inside a relative clause cannot stand for: the noun the clause hangs on
    and the noun that one is in apposition with ("Operation Iron Gate, a sweep that it says
    ...")."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return set()
    noun = clause.head
    bound = {noun.i}
    if noun.dep_ == "appos":
        bound.add(noun.head.i)
    bound.update(c.i for c in noun.children if c.dep_ == "appos")
    return bound


def _in_dateline(ent: Span) -> bool:
    """A name inside the dateline that opens its line ("DRASE — Police said ..."): where the
    report was filed, nobody a pronoun stands for."""
    text = doc_text(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", line_start)
    return ent.start_char < line_start + dateline_length(text[line_start : len(text) if line_end < 0 else line_end])


def _thing_named(doc: Doc, i: int) -> Span:
    """The name token ``i`` is part of, or the token alone."""
    ent = entity_at(doc, i)
    return ent if ent is not None else doc[i : i + 1]


def _runner_of(doc: Doc, bound: set[int], types: frozenset[str]) -> Optional[Span]:
    """The body that does something to the thing a relative clause is about, anywhere in the
    article ("The Interior Ministry, which runs the operation", "Valdra's security service
    launched Operation Iron Gate"): the one an "it" in that clause stands for. The thing is
    matched by a word of its name or description ("the operation" for "Operation Iron Gate")."""
    named_things = [doc[i] for i in bound if entity_at(doc, i) is not None or doc[i].pos_ == "PROPN"]
    words = {t.lemma_.lower() for token in named_things for t in _thing_named(doc, token.i) if t.is_alpha}
    runners: dict[str, Span] = {}
    for token in doc:
        if token.dep_ != "dobj" or token.lemma_.lower() not in words:
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
            subject = token.head.head  # "The Interior Ministry, which runs the operation"
        if subject is None:
            continue
        named = named_in(subject)
        body = named[0] if named is not None else None
        lemma = subject.lemma_.lower()
        if body is None and (describes_a_body(subject) or (lemma in GROUP_NOUNS and not names_a_document(lemma))):
            body = Span(doc, subject.left_edge.i, subject.i + 1, label="ORG")  # "Valdra's security service"
        if body is not None and body.label_ in types and not _in_dateline(body):
            runners.setdefault(clean_name(body.text), body)
    return next(iter(runners.values())) if len(runners) == 1 else None


def referent_name(referent: Referent, *, gender: Optional[str] = None) -> Optional[str]:
    """A referent's name as the article gives it at its fullest; a person described without a
    name is the description as written ("A Coast Guard spokesman"), or the name a definite
    description goes back to ("the driver" -> "Karl Brun")."""
    if isinstance(referent, Span):
        return name_of_entity(referent.doc, referent, referent.root, gender=gender)
    if referent.tag_ == "NNS" and not any(c.dep_ == "det" for c in referent.children):
        # People a plural pronoun stands for ("Fishermen in Lorne"): the noun and its modifiers.
        return doc_text(referent.doc)[referent.left_edge.idx : referent.idx + len(referent)]
    return resolve_subject(referent) or doc_text(referent.doc)[slice(*phrase_offsets(referent))]


def is_place(head: Token) -> bool:
    """A place name standing alone ("Norland said ..."): a government by metonymy, not a speaker
    we can name; "Norland’s foreign ministry" is a speaker, and so is a phrase around the place."""
    named = named_in(head)
    if named is None or named[1] is not head or len(list(head.subtree)) > len(named[0]) + 1:
        return False
    # The small model calls some countries organisations; the gazetteer knows them.
    return named[0].label_ in PLACE_TYPES or is_well_known_place(clean_name(named[0].text))


def resolve_subject(head: Token) -> Optional[str]:
    """The name a subject token stands for, or None when it names nobody we can tell."""
    doc = head.doc
    named = named_in(head)
    if named is not None:
        return name_of_entity(doc, *named)
    named = named_description(head)
    if named is not None:
        return named
    if head.pos_ == "PRON":
        referent = pronoun_referent(head)
        return referent_name(referent, gender=PRONOUN_GENDER.get(head.lower_)) if referent is not None else None
    owner = next((c for c in head.children if c.dep_ == "poss" and (c.lower_ in POSSESSIVE_PRONOUNS or c.pos_ in ("NOUN", "PROPN"))), None)
    # "Their cooperative says": the tagger may call a noun subject an adjective.
    nominal = head.pos_ == "NOUN" or (head.pos_ == "ADJ" and head.dep_ in SUBJECT_DEPS)
    if owner is not None and nominal:
        # "His office said": the office of the one "his" stands for; "The Health Board's figures
        # show": the board's; "Renn's ministry": the ministry of the Renn the article means.
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            referent = pronoun_referent(owner)
            name = referent_name(referent, gender=PRONOUN_GENDER.get(owner.lower_)) if referent is not None else None
        else:
            name = None if is_place(owner) else resolve_subject(owner)
            if name is None and is_place(owner):
                name = clean_name(phrase_name(owner))
        lemma = head.lemma_.lower()
        owns_words = not (names_people(lemma) or lemma in GROUP_NOUNS or is_group_noun(head) or names_an_organisation(lemma))
        if not name and owns_words and owner.pos_ == "NOUN" and not names_a_time(head) and _names_findings(lemma):
            # "according to the company's own measurements" with no company named: the company,
            # as written, is the source, not its measurements.
            start, end = phrase_offsets(owner)
            case = next((c for c in owner.children if c.dep_ == "case"), None)
            name = doc_text(doc)[start : case.idx if case is not None and case.idx < end else end].strip()
        if not name:
            return None
        if owns_words:
            return name  # "his speech", "her account", "the board's figures": the owner's own words
        owned_from = owner.right_edge.i + 1
        while owned_from < head.i and doc[owned_from].dep_ == "case":
            owned_from += 1  # the "'s" of "Renn's ministry"
        owned = "".join(t.text_with_ws for t in doc[owned_from : head.i + 1]).strip()
        return f"{name}' {owned}" if name.endswith("s") else f"{name}'s {owned}"
    lemma = head.lemma_.lower()
    # "the prime minister": the tagger may take a lower-case title for a proper noun.
    if head.pos_ == "PROPN" and not (head.text[:1].islower() and is_person_description(head)):
        return clean_name(phrase_name(head))
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.children)
    if head.pos_ not in ("NOUN", "PROPN") or not definite:
        return None
    if _body_of_a_name(head):
        return None  # "The government of neighbouring Haldria": named by its "of", kept as written
    if head.pos_ == "NOUN" and names_a_document(lemma):
        # "The open letter, signed by 40 editors, calls on ...", "the report says": the document
        # speaks, not one of its signatories or the body named nearest; kept as written.
        return None
    # A bare description ("the ministry"; not "the Trump campaign", which says whose it is).
    bare = head.pos_ == "NOUN" and not any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in head.children)
    described = _described_before(head) if bare else None
    if describes_a_body(head):
        # "the council", "the company", "the group": the body of that kind the article names.
        ranked = [c[0] for c in _candidates(doc, head.left_edge.i, BODY_TYPES, head.sent)]
        body = body_referent(head, ranked, guess=names_a_business(lemma))
        if described is not None and (body is None or body.end <= described.i):
            return _description_as_named(described)  # "the country's water board ... the board"
        return name_of_entity(doc, body, body.root) if body is not None else None
    if lemma in GROUP_NOUNS and not names_a_government(lemma):
        # "the administration", "the ministry", "the agency": a body whose own words say the noun
        # ("the Provisional Administration") or whose kind WordNet files under it, before the
        # body named last ("the Directorate of Public Security, the administration's security
        # arm"); none fits: the most salient body, below.
        ranked = [c[0] for c in _candidates(doc, head.left_edge.i, BODY_TYPES, head.sent)]
        body = body_referent(head, ranked)
        fits = body is not None and is_plainly_of_kind(lemma, body)
        if described is not None and (not fits or body.end <= described.i):
            # "Valdra's interior ministry sent troops ... The ministry said": the body the
            # article named by its kind and whose it is, nearer than any name that fits.
            return _description_as_named(described)
        if fits:
            return name_of_entity(doc, body, body.root)
    # "the fertiliser maker", "the operator": nouns for people in WordNet's first sense that may
    # name a business; read as a person's description first, as a company's after (below).
    business = head.pos_ == "NOUN" and head.is_lower and names_a_business(lemma)
    known = lemma in PERSON_NOUNS | GROUP_NOUNS
    if lemma in PERSON_NOUNS:
        types = frozenset({"PERSON"})
    elif lemma in GROUP_NOUNS:
        types = frozenset({"ORG"})
    else:
        types = frozenset({"PERSON", "ORG"})  # "the admiral", "the tribunal": the text must tell
    modified = any(c.dep_ in ("amod", "compound") for c in head.children)
    candidates = [c for c in _candidates(doc, head.left_edge.i, types, head.sent) if not _in_dateline(c[0])]
    if names_a_government(lemma):
        # "the government promised ..." beside a savings bank and a town: no body named is a
        # government unless its own words say so ("the Velmark Government").
        candidates = [c for c in candidates if is_plainly_of_kind(lemma, c[0])]
    if not _names_an_outlet(lemma):
        # "the government said" is no newspaper named before it ("The Harbour Daily claimed ...").
        candidates = [c for c in candidates if not any(_names_an_outlet(w.lemma_.lower()) for w in c[0] if w.is_alpha)]
    unnamed = _unnamed_antecedent(head) if "PERSON" in types else None
    person_title = "PERSON" in types and (is_person_description(head) or lemma in PERSON_NOUNS)
    if candidates:
        # The most compatible mention wins; among equals the nearest (earlier in the list).
        best = max(candidates, key=lambda c: (_compatible(head, c[0]), -c[1]))
        if person_title and not _compatible(head, best[0]) and unnamed is None:
            # "The mayor's answer ... Mayor Ada Pruitt": a title the article writes beside a
            # name, before or after, outranks the nearest person, who holds another office.
            titled = _titled_earlier(head) or _titled_earlier(head, later=True)
            if titled is not None:
                return name_of_entity(doc, titled, titled.root)
        # "the Ukrainian army" must find "Ukrainian" near the name; "the paper" takes the nearest
        # unless the article spoke of one without a name ("A Coast Guard spokesman said ... The
        # spokesman said"); a word we do not know as a title must be found beside the name.
        if _compatible(head, best[0]):
            return name_of_entity(doc, best[0], best[0].root)
        if known and not modified and unnamed is None:
            # "Police chief Anya Brell said ... The governor's spokeswoman added": a person the
            # article gives another office is not "the governor"; the nearest one it does not.
            free = next((c[0] for c in candidates if not holds_another_office(head, c[0])), None)
            if free is not None:
                return name_of_entity(doc, free, free.root)
    if unnamed is not None:
        return referent_name(unnamed)
    titled = _titled_earlier(head) if person_title else None
    if titled is not None:
        return name_of_entity(doc, titled, titled.root)
    doer = _doer_named(head) if business else None
    if doer is not None:
        return name_of_entity(doc, doer, doer.root)
    if business:
        # "Orvel Agri closed its plant ... The fertiliser maker said": no person is the maker.
        ranked = [c[0] for c in _candidates(doc, head.left_edge.i, BODY_TYPES, head.sent)]
        body = body_referent(head, ranked, guess=True)
        return name_of_entity(doc, body, body.root) if body is not None else None
    return None


# What a document is, in WordNet: its first sense is filed under communication ("letter",
# "report", "statement", "petition", "ad"), and it is no means of publishing: a newspaper, a
# daily, a magazine or a website (instrumentalities: media, devices) or a channel (a
# transmission) is an outlet, which speaks for itself and is found among the article's names.
DOCUMENT_LEXNAME = "noun.communication"
OUTLET_SENSES = ("instrumentality.n.03", "transmission.n.02")
# Entity types of a time: never a speaker ("Monday evening's toll confirmed ...").
TIME_TYPES = frozenset({"DATE", "TIME"})


def _names_an_outlet(lemma: str) -> bool:
    """A noun whose first WordNet sense is a means of publishing ("daily", "newspaper",
    "magazine", "website"): the words of an outlet's name or description."""
    sense = first_sense(lemma, "n")
    return sense is not None and sense.lexname() == DOCUMENT_LEXNAME and is_kind_of(sense, *OUTLET_SENSES)


def names_a_document(lemma: str) -> bool:
    """A noun for a document or a message ("letter", "report", "statement"), not an outlet."""
    sense = first_sense(lemma, "n")
    return sense is not None and sense.lexname() == DOCUMENT_LEXNAME and not is_kind_of(sense, *OUTLET_SENSES)


def names_a_time(head: Token) -> bool:
    """A source phrase that is a time or something a time owns ("Monday evening's toll", "last
    week's figures"): when something was counted or said, nobody who says it."""
    return _is_time(head) or any(c.dep_ == "poss" and _is_time(c) for c in head.children)


def _is_time(token: Token) -> bool:
    """A word of a date or time the recogniser marked that WordNet files under time ("Monday",
    "evening", "week"; not "Stumpf" in "Last week Stumpf", a name the date swallowed)."""
    sense = first_sense(token.lemma_.lower(), "n") if token.ent_type_ in TIME_TYPES else None
    return sense is not None and sense.lexname() == "noun.time"


# Verbs that also serve as auxiliaries: synonyms of "own" ("have") and the like say too little
# of who does what to name a doer by.
LIGHT_VERBS = frozenset({"be", "have", "do"})
# How many of a noun's most frequent WordNet senses are read for the verb it names the doer of.
DOER_READ_SENSES = 3


@lru_cache(maxsize=2048)
def _verbs_of_doer(lemma: str) -> frozenset[str]:
    """The verbs whose doer a noun names, by WordNet's derivational links and their synonyms
    ("operator" -> operate, run; "owner" -> own, have, possess; "builder" -> build, construct)."""
    verbs: set[str] = set()
    for sense in wordnet().synsets(lemma, pos="n")[:DOER_READ_SENSES]:
        for word in sense.lemmas():
            if word.name() != lemma:
                continue
            for related in word.derivationally_related_forms():
                if related.synset().pos() == "v":
                    verbs.update(l.name() for l in related.synset().lemmas() if "_" not in l.name())
    return frozenset(verbs)


def _doer_named(description: Token) -> Optional[Span]:
    """The one named body or person the article says does what a description names, before it:
    "The operator said" after "Tarn Energy operates the Selby dam" or "the dam is run by Tarn
    Energy", or after "the operator of the toll road, Sella Roads,". None when the article names
    several or none."""
    doc = description.doc
    lemma = description.lemma_.lower()
    verbs = _verbs_of_doer(lemma)
    found: dict[str, Span] = {}
    for token in doc[: description.left_edge.i]:
        doer = None
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs - LIGHT_VERBS:
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if doer is None and not any(c.dep_ == "auxpass" for c in token.children):
                doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
        elif token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            doer = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if doer is None or doer.tag_ in ("WDT", "WP", "PRP"):
            continue
        named = named_in(doer)
        if named is not None:
            found.setdefault(clean_name(named[0].text), named[0])
        elif doer.pos_ == "PROPN":
            words = [t for t in doc[doer.left_edge.i : doer.i + 1] if t.pos_ == "PROPN"]
            if words:
                body = Span(doc, words[0].i, doer.i + 1, label="ORG")
                found.setdefault(clean_name(body.text), body)
    return next(iter(found.values())) if len(found) == 1 else None


def _body_of_a_name(head: Token) -> bool:
    """A description of a body that says whose it is by a name in its "of" phrase ("the
    government of neighbouring Haldria", "the ministry of Fisheries"): it names that body, not
    the body of its kind mentioned last ("Marrow", the capital of another country)."""
    lemma = head.lemma_.lower()
    if not (lemma in GROUP_NOUNS or describes_a_body(head)) or is_person_description(head):
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES for t in prep.subtree if t is not prep):
            return True
    return False


def _described_before(description: Token) -> Optional[Token]:
    """The nearest earlier mention, outside quotations, of a body by the same head noun (or, by
    WordNet's first senses, a kind of it) that says which one it is: an owner ("Valdra's interior
    ministry", "His ministry") or a modifier of kind ("the health ministry"). A later bare "the
    ministry" is that body; "the ministry" itself says nothing more and is passed over."""
    lemma = description.lemma_.lower()
    wanted = first_sense(lemma, "n")
    quoted = quoted_token_indices(description.doc)
    for token in reversed(description.doc[: description.left_edge.i]):
        if token.pos_ != "NOUN" or token.i in quoted or token.dep_ in ("appos", "attr", "compound"):
            continue  # "Kesk Mining, a mining company": a name's description, read with the name
        if any(c.dep_ == "appos" for c in token.children) or any(c.lower_ in ("a", "an") for c in token.children):
            continue
        word = token.lemma_.lower()
        if word != lemma:
            sense = first_sense(word, "n") if wanted is not None else None
            if sense is None or not is_kind_of(sense, wanted.name()):
                continue
        if any(c.i < token.i and _says_which(c) for c in token.children):
            return token
    return None


def _says_which(modifier: Token) -> bool:
    """A modifier that tells which body a noun is: an owner that is no time ("Valdra's", "His";
    not "this year's"), a noun or adjective of its kind ("interior", "health"); a name beside
    it ("the Trump campaign", "the “fact-checking” website PolitiFact") makes the noun that name's
    description, read with the name instead."""
    if modifier.dep_ == "poss":
        return not names_a_time(modifier)
    if modifier.dep_ not in ("compound", "amod") or modifier.is_punct:
        return False
    return modifier.pos_ in ("NOUN", "ADJ") and not modifier.ent_type_ and not any(
        t.is_quote for t in modifier.subtree
    )


def _description_as_named(token: Token) -> str:
    """A body as the article described it: its owner resolved ("Ola Berg's ministry") or the
    phrase as written ("the country's health ministry")."""
    if any(c.dep_ == "poss" for c in token.children):
        name = resolve_subject(token)
        if name is not None:
            return name
    start, end = phrase_offsets(token)
    case = next((c for c in token.children if c.dep_ == "case" and c.i > token.i), None)
    if case is not None:
        end = case.idx  # "the Trump campaign's" -> "the Trump campaign"
    return doc_text(token.doc)[start:end].strip()


def _unnamed_antecedent(description: Token) -> Optional[Token]:
    """An earlier mention of the same noun for a person that no name goes with ("A Coast Guard
    spokesman said ..." for a later "the spokesman"), within the sentences a description reaches."""
    doc = description.doc
    first = description.sent
    for _ in range(LOOKBACK_SENTENCES):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    for token in reversed(doc[first.start : description.left_edge.i]):
        if token.lemma_.lower() != description.lemma_.lower() or not is_person_description(token):
            continue
        if token.head.ent_type_ == "PERSON" or named_in(token) is not None:
            return None  # "spokesman Ben Ode", "the spokesman, Ben Ode": a name goes with it
        # "a spokesman", or one said to be someone's ("the gallery's director", "the mayor's
        # spokesman"): a person the article brings in without a name, whom a later "the
        # director" continues before any person named nearer
        return token if _is_indefinite(token) or any(c.dep_ == "poss" for c in token.children) else None
    return None


def offices_beside(ent: Span) -> list[Token]:
    """The nouns for a person that the article writes as a name's title: before it ("Police
    chief Anya Brell", "Mayor Orla Fenwick") or in apposition after it ("Anya Brell, the police
    chief,")."""
    doc = ent.doc
    inside = range(ent.start, ent.end)
    before = [t for t in doc[max(ent.sent.start, ent.start - 4) : ent.start] if t.head.i in inside or t.head.i < ent.start and t.head.head.i in inside]
    after = [c for t in ent for c in t.children if c.dep_ == "appos" and c.i >= ent.end]
    return [t for t in before + after if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and names_people(t.lemma_.lower())]


def holds_another_office(description: Token, ent: Span) -> bool:
    """Whether the article names a person with a title that is not the description's: "Police
    chief Anya Brell" is no "the governor"; "President Ilse Varn" may be "the leader" (a
    president is a kind of leader in WordNet), and a name with no title may be anyone."""
    offices = offices_beside(ent)
    if not offices:
        return False
    word = description.lemma_.lower()
    kinds = [sense.name() for sense in senses_of(word)]
    for office in offices:
        lemma = office.lemma_.lower()
        if lemma == word or (kinds and any(is_kind_of(sense, *kinds) for sense in senses_of(lemma))):
            return False
    return True


def _titled_earlier(description: Token, *, later: bool = False) -> Optional[Span]:
    """The nearest person anywhere before a description whose every word is the title right
    before the name or in the apposition right after it: "the prime minister" is "Prime Minister
    Rosalind Ekhart" or "Rosalind Ekhart, the prime minister," however long ago the article named
    her."""
    words = {t.lower_ for t in own_words(description) if t.is_alpha and t.dep_ != "det"}
    doc = description.doc
    earlier = [e for e in doc_entities(doc) if e.end <= description.left_edge.i and e.label_ == "PERSON"]
    if later:  # the first one after it instead ("the mayor's answer ... Mayor Ada Pruitt")
        earlier = [e for e in doc_entities(doc) if e.start > description.right_edge.i and e.label_ == "PERSON"][::-1]
    if any(c.dep_ == "poss" for c in description.children):
        return None  # "my mother", "his lawyer": no title
    for ent in reversed(earlier):
        before = doc[max(ent.sent.start, ent.start - len(words)) : ent.start]
        after = [t for t in doc[ent.end + 1 : min(ent.sent.end, ent.end + len(words) + 2)] if t.dep_ != "det"]
        longer = before.start > ent.sent.start and doc[before.start - 1].dep_ == "compound"
        if {t.lower_ for t in before} == words and not longer:
            return ent  # "Prime Minister Rosalind Ekhart", not "Vice President Ann Lind" for "the president"
        if ent.end < len(doc) and doc[ent.end].text == "," and {t.lower_ for t in after[: len(words)]} == words:
            return ent  # "Rosalind Ekhart, the prime minister,"
    return None


def named_description(head: Token) -> Optional[str]:
    """The name a description goes with by the article's own words, not by salience: a name in
    apposition to it, the body its officials speak for, or the name an earlier apposition or
    title gave the same description."""
    apposed = _apposed_name(head)
    if apposed is not None:
        return apposed
    if head.pos_ != "NOUN":
        return None
    body = _body_spoken_for(head) or _described_earlier(head)
    return name_of_entity(head.doc, body, body.root) if body is not None else None


def _apposed_name(head: Token) -> Optional[str]:
    """The name in apposition to a description ("Its director, Halina Vostra, put it plainly",
    "Their propaganda outlet, Velmark Free Voice, has claimed"): the description says what the
    named one is; the name says who speaks. (A person's name is found by ``named_in`` already;
    this reads a body's, or a name the recogniser typed wrongly.)"""
    if head.pos_ != "NOUN" or not head.is_lower:
        return None
    for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"):
        ent = entity_of(appos)
        if ent is not None and ent.label_ in PLACE_TYPES and not is_person_description(head) and not describes_a_body(head):
            continue  # "the capital, Kesk": a place, no speaker
        if ent is not None and ent.label_ == "PERSON":
            return fullest_name(head.doc, ent.text, ent)
        if ent is not None:
            return name_of_entity(head.doc, ent, appos)
        return clean_name(phrase_name(appos))
    return None


# WordNet's senses of people who hold an office in a body or speak for it: an official, a
# spokesperson, a representative, an administrator (director, executive, manager). "Officials at
# the Deposit Guarantee Fund said" is the fund speaking; "Engineers at the works" speak for
# themselves.
SPEAKING_FOR_SENSES = frozenset({"official.n.01", "spokesperson.n.01", "representative.n.01", "administrator.n.01"})


def _body_spoken_for(head: Token) -> Optional[Span]:
    """The named body whose officials or spokesman a subject is ("Officials at the Deposit
    Guarantee Fund", "a spokesman for Velta Air", "executives of Morrow Savings")."""
    sense = first_sense(head.lemma_.lower(), "n")
    if sense is None or not is_kind_of(sense, *SPEAKING_FOR_SENSES):
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "for", "of", "from")):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            ent = entity_of(body)
            if ent is not None and ent.label_ in BODY_TYPES:
                return ent
    return None


def _description_words(noun: Token) -> set[str]:
    """The content words of a noun phrase as lemmas ("the country's aviation regulator":
    country, aviation, regulator), clauses left out."""
    words = set()
    for t in noun.subtree:
        if any(a.dep_ in ("relcl", "acl", "appos", "conj", "cc") and a.i != noun.i and noun in a.ancestors for a in [t, *t.ancestors]):
            continue
        if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            words.add(t.lemma_.lower())
    return words


def _described_earlier(description: Token) -> Optional[Span]:
    """The name an earlier apposition or title gave the same description: "the country's
    aviation regulator" after "the Civil Aviation Authority, the country's aviation regulator,",
    "the surgeon" after "Dr Anwen Ostrel, the hospital's chief surgeon", "the national carrier"
    after "Velta Air, the national carrier". Every word of the description must be in the earlier
    one; the nearest such mention wins."""
    doc = description.doc
    if description.tag_ != "NN" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in description.children):
        return None  # "his advisers", "her lawyer": whose they are says who, not an earlier adviser
    lemma = description.lemma_.lower()
    words = _description_words(description)
    for token in reversed(doc[: description.left_edge.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
            continue
        named = None
        if token.dep_ == "appos":
            named = entity_of(token.head)
        if named is None:
            named = next((entity_of(c) for c in token.children if c.dep_ == "appos" and entity_of(c) is not None), None)
        if named is None and token.dep_ == "compound":
            named = entity_of(token.head)  # "aviation regulator Lena Voss"
        if (named is None or named.label_ not in NAMED_TYPES) and token.dep_ == "appos" and token.head.pos_ == "PROPN":
            # "Velta Air, the national carrier,": a name the recogniser missed or took for a ship
            proper = [t for t in doc[token.head.left_edge.i : token.head.i + 1] if t.pos_ == "PROPN"]
            label = "PERSON" if is_person_description(token) else "ORG"
            named = Span(doc, proper[0].i, token.head.i + 1, label=label) if proper else None
        if named is None or named.label_ not in NAMED_TYPES or named.label_ in PLACE_TYPES:
            continue
        if words <= _description_words(token) | {t.lemma_.lower() for t in named}:
            return named
    return None


# WordNet's files of nouns for what an owner says or counts ("the company's own measurements",
# "the board's figures"), as opposed to what an owner has that may act ("the country's aviation
# regulator": first a device in WordNet, but no words of the country's).
FINDINGS_LEXNAMES = frozenset({"noun.communication", "noun.act", "noun.cognition", "noun.quantity", "noun.feeling"})


def _names_findings(lemma: str) -> bool:
    sense = first_sense(lemma, "n")
    return sense is not None and sense.lexname() in FINDINGS_LEXNAMES
