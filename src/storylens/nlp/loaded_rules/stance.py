"""The outlet's stance in plain words (issue 19, round s35): judgements of a body's conduct, of a
stated reason, of another outlet's coverage, and the writer's own comment on an act.

Each reading is read from the parse and WordNet, in the outlet's own voice only (outside
quotations, not reported, not in a question: ``verdicts.spans_in_outlet_voice``):

- **a body that did nothing**: "the council did nothing while the river rose" — a verb of acting
  (one of its two first senses a kind of make.v.01 "engage in" or perform.v.01) whose object is
  the null pronoun, bare ("nothing wrong" clears, it does not blame), said of an organisation;
- **a body that protects its own**: "the authority is shielding its bosses", "shielding its
  senior officers from scrutiny" — a verb of protecting (a kind of protect.v.01) done by a
  body (its subject not "I"/"we") to its own leaders or office-holders (a possessive, the person noun a kind of
  leader.n.01 or official.n.01) or to anyone from an inquiry, criticism, legal action or
  punishment. "The union protects its members" and "shielded the villagers from the shelling"
  are not read;
- **approval without scrutiny**: "the assembly rubber-stamped the levy" — a verb one of whose
  senses is a kind of approving glossed with an adverb of no thought (rubberstamp.v.02, "approve
  automatically"; "automatically" is "in a reflex manner"), written hyphenated or not; or a verb of approving with "without" and
  an act of examining or discussing ("approved the merger without reading the report");
- **a minimised coverage**: "the Courier barely mentioned the spill" — an adverb both of whose two
  first senses are "almost not" or "and nothing more" (hardly.r.02, barely.r.01, merely.r.01;
  not "just", which is also "a moment ago"), on a
  verb of communication with an object, not with "can"/"could" ("could barely speak" is a
  witness's state);
- **a stated reason called false**: "the curfew was in truth a pretext", "the inquiry was a
  smokescreen" — the attribute of "be", or the noun of "as", whose first sense (of its two first
  senses, for a noun that is a thing first) is a kind of pretense.n.02, falsehood.n.01 or
  concealment.n.03;
- **the writer's comment on an act**: "Predictably, the ministry blamed the unions" — a sentence
  adverb (before the verb it modifies) made from an adjective that WordNet relates to certainty
  (predictability, inevitability: the act was what the doer could be counted on to do) or that
  the judging-modifier scorer reads as judging ("unsurprisingly", "shamefully"), on a verb whose
  subject is a person or a body. "Inevitably, the river rose" (a thing) and "Later, the ministry
  said" are not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from storylens.nlp.loaded_rules.verdicts import span_end, span_start, spans_in_outlet_voice
from storylens.nlp.wordnet import first_sense, is_kind_of, kinds_of, senses_of

if TYPE_CHECKING:  # imported when called (see evaluative.py)
    from storylens.nlp.event_rules import QuotedText

NULL = frozenset({"nothing", "none"})
ACTING = ("make.v.01", "perform.v.01")
PERSON_OR_BODY = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _subject(verb):
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
        return _subject(verb.head)  # "spent years shielding ...": the subject of "spent"
    return subjects[0] if subjects else None


def _a_body(noun) -> bool:
    """An organisation or a group: typed ORG/GPE/NORP, or a common noun one of whose two first
    WordNet senses is a kind of organization.n.01 or social_group.n.01 ("council", "authority")."""
    from storylens.nlp.loaded_rules.nouns import names_a_group

    if noun is None:
        return False
    if noun.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if noun.pos_ != "NOUN":
        return False
    return names_a_group(noun.lemma_.lower()) or any(
        is_kind_of(sense, "organization.n.01", "social_group.n.01") for sense in senses_of(noun.lemma_.lower())[:2]
    )


def _a_person_or_body(noun) -> bool:
    from storylens.nlp.loaded_rules.nouns import names_people

    if noun is None:
        return False
    if noun.ent_type_ in PERSON_OR_BODY or noun.lower_ in ("he", "she", "they"):
        return True
    return noun.pos_ == "NOUN" and (names_people(noun.lemma_.lower()) or _a_body(noun))


# --- a body that did nothing --------------------------------------------------------------------
def did_nothing(token):
    """(start, end) of "the council did nothing": from the subject to the null object."""
    if token.dep_ != "dobj" or token.lower_ not in NULL or list(token.children):
        return None
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or not any(is_kind_of(s, *ACTING) for s in senses_of(verb.lemma_.lower(), "v")[:2]):
        return None
    subject = _subject(verb)
    if not _a_body(subject):
        return None
    return span_start(subject), token.idx + len(token.text)


# --- a body that protects its own ---------------------------------------------------------------
INSIDERS = ("leader.n.01", "official.n.01")
POSSESSIVES = frozenset({"its", "their"})


def _from_nouns(verb) -> list:
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]


def protects_its_own(token):
    """(start, end) of "is shielding its bosses (from the inquiry)": the verb to its clause's end."""
    from storylens.nlp.loaded_rules.motives import EVADED

    if token.pos_ != "VERB" or not any(is_kind_of(s, "protect.v.01") for s in senses_of(token.lemma_.lower(), "v")[:2]):
        return None
    subject = _subject(token)
    if subject is None or subject.lower_ in ("i", "we"):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    own_insiders = any(
        any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in obj.children)
        and any(is_kind_of(s, *INSIDERS) for s in senses_of(obj.lemma_.lower())[:2])
        for obj in objects
    )
    evaded = any(is_kind_of(s, *EVADED) for noun in _from_nouns(token) for s in senses_of(noun.lemma_.lower())[:2])
    if not objects or not (own_insiders or evaded):
        return None
    return token.idx, span_end(token)


# --- approval without scrutiny ------------------------------------------------------------------
APPROVING = ("approve.v.01", "approve.v.02", "sanction.v.01", "authorize.v.01")
EXAMINING = ("examine.v.02", "read.v.01", "discuss.v.01", "consider.v.03", "debate.v.01", "question.v.03", "examination.n.01", "discussion.n.02", "debate.n.01", "consideration.n.01")


# A manner of approving that leaves out thought, as WordNet glosses the adverb of the verb's own
# gloss ("approve automatically": automatically is "in a reflex manner"; "blindly" is "without
# preparation or reflection"); "approve officially" (visa, license) names a role, not a lack.
UNTHINKING_GLOSS = ("reflex", "mechanical", "without")


def _approves_unexamined(lemma: str) -> bool:
    """A sense of the verb (WordNet writes "rubberstamp" joined) is a kind of approving, glossed as
    approving in a manner that leaves out thought: the gloss is an approving word and an adverb
    one of whose senses WordNet glosses as reflex, mechanical or "without" something."""
    for sense in senses_of(lemma.replace("-", ""), "v"):
        if not is_kind_of(sense, *APPROVING) or sense.name().split(".")[0] in ("approve", "sanction", "authorize"):
            continue
        for word in sense.definition().split()[1:]:
            if any(any(mark in adverb.definition() for mark in UNTHINKING_GLOSS) for adverb in senses_of(word, "r")):
                return True
    return False


def approved_unexamined(token):
    """(start, end) of "rubber-stamped the levy", "approved the merger without reading it"."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    first = _hyphened_start(token)
    joined = "".join(t.lower_ for t in token.doc[first.i : token.i + 1] if t.is_alpha)
    if _approves_unexamined(lemma) or (first is not token and _approves_unexamined(_verb_base(joined))):
        return first.idx, span_end(token)
    if not any(is_kind_of(s, *APPROVING) for s in senses_of(lemma, "v")[:2]):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "without"):
        for inner in prep.children:
            pos = "v" if inner.pos_ == "VERB" else "n"
            if any(is_kind_of(s, *EXAMINING) for s in senses_of(inner.lemma_.lower(), pos)[:2]):
                return token.idx, span_end(token)
    return None


def _hyphened_start(token):
    """The first word of a hyphened verb the parser split ("rubber - stamped"), or the token."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_:
        return doc[token.i - 2]
    return token


def _verb_base(word: str) -> str:
    from storylens.nlp.wordnet import wordnet

    return wordnet().morphy(word, "v") or word


# --- a minimised coverage -----------------------------------------------------------------------
# "Almost not", "and nothing more", "in a scanty way" (and barely.r.01, which WordNet glosses as
# "only a very short time before" but gives as the first sense of "barely" and "hardly").
MINIMISING = frozenset({"hardly.r.02", "barely.r.01", "merely.r.01", "scantily.r.01"})


def minimises(adverb: str) -> bool:
    """Both of the adverb's two first senses minimise: "barely", "hardly", "merely". An adverb
    WordNet also reads otherwise is left alone: "just" is "precisely" and "a moment ago" too
    ("Sara just said something about ...", a transcript of a talk show in the PTC gate, round
    s37), "only" is "without any others", "simply" is "absolutely"."""
    senses = senses_of(adverb, "r")[:2]
    return bool(senses) and all(s.name() in MINIMISING for s in senses)


def minimised_coverage(token):
    """(start, end) of "barely mentioned the spill", "merely briefly reported the spill"."""
    if token.pos_ != "ADV" or token.dep_ != "advmod":
        return None
    verb = token.head
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":  # "only briefly reported"
        verb = verb.head
    if verb.pos_ != "VERB" or not minimises(token.lower_):
        return None
    sense = first_sense(verb.lemma_.lower(), "v")
    if sense is None or sense.lexname() != "verb.communication":
        return None
    if not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return None
    subject = _subject(verb)
    if subject is not None and subject.lower_ in ("i", "we"):
        return None
    return min(token.idx, verb.idx), span_end(verb)


# --- a stated reason called false ---------------------------------------------------------------
PRETENCE = ("pretense.n.02", "falsehood.n.01", "concealment.n.03")


def reason_called_false(token):
    """(start, end) of "the curfew was in truth a pretext ...": subject to the attribute's end."""
    if token.pos_ != "NOUN":
        return None
    senses = senses_of(token.lemma_.lower())
    read = senses[:1] if senses and senses[0].lexname() != "noun.artifact" else senses[:2]
    if not any(is_kind_of(s, *PRETENCE) for s in read):
        return None
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        subject = _subject(token.head)
        return (span_start(subject) if subject is not None else token.head.idx), span_end(token)
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ == "VERB":
        return token.head.head.idx, span_end(token)
    return None


# --- the writer's comment on an act -------------------------------------------------------------
CERTAINTY = "certainty.n.02"


def _adjectives_of(adverb: str, senses_read: int = 2) -> list:
    found = [p.synset() for sense in senses_of(adverb, "r")[:senses_read] for lemma in sense.lemmas() for p in lemma.pertainyms()]
    if not found and adverb.endswith("ly"):
        found = senses_of(adverb[:-2], "a")[:senses_read]
    return found


def comments_on_the_act(adverb: str) -> bool:
    """The adverb is made from an adjective that WordNet relates to certainty ("predictable":
    predictability) or that the judging-modifier scorer reads as judging by its meaning.

    Certainty is read from the adverb's most frequent sense alone: "finally" is first "after an
    especially long delay" (eventual), a time the story tells ("was finally arrested"); only its
    second sense, "in the end", is made from "final" (conclusive, finality), which WordNet files
    under certainty (round s38, "he finally was arrested" of a PTC dev article). "Predictably"
    and "inevitably" are certainty in their first sense."""
    from storylens.nlp.loaded_rules.evaluative import judges_by_meaning
    from storylens.nlp.loaded_rules.modifiers import modifier_score

    for adjective in _adjectives_of(adverb, senses_read=1):
        nouns = [*adjective.attributes()] + [d.synset() for l in adjective.lemmas() for d in l.derivationally_related_forms()]
        if any(CERTAINTY in kinds_of(noun) for noun in nouns if noun.pos() == "n"):
            return True
    return bool(_adjectives_of(adverb)) and judges_by_meaning(adverb, modifier_score(adverb))


def writers_comment(token):
    """(start, end) of "Predictably, the ministry blamed ...": the adverb alone."""
    from storylens.nlp.loaded_rules.modifiers import score_modifiers

    if token.pos_ != "ADV" or token.dep_ != "advmod" or not token.is_alpha or not token.lower_.endswith("ly"):
        return None
    verb = token.head
    if verb.pos_ != "VERB" or token.i > verb.i:
        return None
    if not _a_person_or_body(_subject(verb)):
        return None
    score_modifiers([token.lower_])
    if not comments_on_the_act(token.lower_):
        return None
    return token.idx, token.idx + len(token.text)


READINGS = (did_nothing, protects_its_own, approved_unexamined, minimised_coverage, reason_called_false, writers_comment)


def outlet_stance(doc: Doc, quoted: QuotedText | None = None) -> list[tuple[int, int, float]]:
    """(start, end, score) of each reading of the module doc in the outlet's own voice."""
    return spans_in_outlet_voice(doc, READINGS, quoted)
