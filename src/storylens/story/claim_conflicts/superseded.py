"""Superseded: a later report takes back what an earlier one stated.

Two ways, both read from the parse:
- a clause says the fact itself was dropped or overturned ("the charges were dropped" against "he
  was charged"): what it takes back must be the earlier clause's own predicate or the noun it acts
  on, and the taking back must be stated as done (the clause's own verb, not "asked the court to
  annul the result", a request that overturns nothing yet);
- a clause is the content of a statement its source takes back ("Police withdrew an earlier
  statement that they had opened an investigation"): that content is not one more report of the
  fact but its retraction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from storylens.records import ClaimMention
from storylens.story.claim_conflicts.words import likeness, parsed

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


# Verbs by which a source takes back its own statement. A closed class, listed because MiniLM
# reads "withdrew the statement" and "repeated the statement" alike (both are about the
# statement); the list holds only verbs whose object is a statement taken back, and which
# statement it is comes from the parse (the noun's "that" clause), never from the list.
RETRACTIONS = {"withdraw", "retract", "correct", "reverse", "rescind", "recant", "disavow"}
# phrasal retractions: the verb with its particle ("walked back a report", "took back the claim")
PHRASAL_RETRACTIONS = {("walk", "back"), ("take", "back"), ("row", "back")}


def _is_retraction(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in RETRACTIONS:
        return True
    return any((lemma, child.lower_) in PHRASAL_RETRACTIONS for child in verb.children if child.dep_ in ("prt", "advmod"))


def _taken_back(verb) -> bool:
    """The retraction is stated as done by its own clause: not asked for, planned or denied."""
    return _is_retraction(verb) and not any(c.dep_ == "neg" or c.lower_ in ("will", "would", "could", "may", "might")
                                            for c in verb.children)


def _mention_tokens(mention: ClaimMention):
    start = mention.sentence.text.find(mention.text)
    if start < 0:
        return None, []
    doc = parsed(mention.sentence.text)
    return doc, [t for t in doc if start <= t.idx < start + len(mention.text)]


def retracted_content(mention: ClaimMention):
    """The root token of a statement's content that its source takes back, when the clause is
    (or holds) one: "withdrew an earlier statement [that they had opened an investigation]" (the
    content hangs from the statement noun, with "that" as its mark, so not a relative clause),
    "reversing its statement a day earlier [that medical records were untouched]" (the parser
    hangs it from the verb), "an earlier statement [that the bridge had collapsed] was withdrawn".
    None otherwise."""
    doc, tokens = _mention_tokens(mention)
    for token in tokens:
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            continue
        head = token.head
        if token.dep_ == "acl" and head.pos_ == "NOUN":
            verb = head.head
            if head.dep_ in ("dobj", "npadvmod", "nsubjpass") and verb.pos_ == "VERB" and _taken_back(verb):
                return token
        elif token.dep_ == "ccomp" and head.pos_ == "VERB" and _taken_back(head) and any(
            c.dep_ in ("dobj", "npadvmod") and c.pos_ == "NOUN" for c in head.children
        ):
            return token
    return None


def _content_predicate(root) -> tuple[str, bool]:
    """The content's predicate lemma as the claims reader takes it (a copula's complement:
    "were untouched" -> "untouched") and whether it is negated."""
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children)
    if root.lemma_.lower() == "be":
        complement = next((c for c in root.children if c.dep_ in ("acomp", "attr", "oprd")), None)
        if complement is not None:
            return complement.lemma_.lower(), negated
    return root.lemma_.lower(), negated


def retraction_conflict(a: MentionInStory, b: MentionInStory) -> Optional[tuple[str, MentionInStory, MentionInStory]]:
    """One clause reports a fact; the other is the same fact (same predicate, same polarity) as
    the content of a statement its source took back, or a concession that states the fact
    otherwise (``concession_conflict``). Returns (explanation, report, retraction)."""
    return _statement_taken_back(a, b) or concession_conflict(a, b)


def _statement_taken_back(a: MentionInStory, b: MentionInStory) -> Optional[tuple[str, MentionInStory, MentionInStory]]:
    for retraction, report in ((a, b), (b, a)):
        root = retracted_content(retraction.mention)
        if root is None or retracted_content(report.mention) is not None:
            continue
        predicate, negated = _content_predicate(root)
        if predicate != report.mention.predicate or negated != report.mention.negated:
            continue
        retraction_sentence = retraction.mention.sentence.text.strip()
        return (f"{report.label} reports “{report.mention.text}”; {retraction.label} reports that this "
                f"statement was taken back: “{retraction_sentence}”", report, retraction)
    return None


def superseded(a: MentionInStory, b: MentionInStory, *, same_overturning: bool = False) -> Optional[str]:
    """A later report takes back what an earlier one stated (charges brought, then dropped).
    ``same_overturning`` (in a formed claim): an earlier clause that itself states the overturning
    of the same thing as done ("the airline cancelled 31 flights" / a later "Kestrel cancelled 31
    flights") reports the same overturning; the later one takes nothing of it back."""
    earlier, later = sorted((a, b), key=lambda m: m.published or "")
    if not earlier.published or earlier.published == later.published:
        return None
    if not later.mention.withdrawn or not _overturns_as_done(later.mention):
        return None
    if (same_overturning and set(earlier.mention.withdrawn) & set(later.mention.withdrawn)
            and earlier.mention.negated == later.mention.negated and _overturns_as_done(earlier.mention)):
        return None
    # what is taken back must be the earlier clause's fact: its predicate ("charged" / "the
    # charges"), or the noun it acts on; a word met anywhere in it ("according to official
    # results" / "annul the result") is only the same topic
    fact = {earlier.mention.predicate or ""} | _head_lemmas(earlier.mention.theme)
    if not set(later.mention.withdrawn) & fact:
        return None
    return (f"{earlier.label} reports “{earlier.mention.text}”; a later report, {later.label}, "
            f"overturns it: “{later.mention.text}”")


def _head_lemmas(phrase: Optional[str]) -> set[str]:
    if not phrase:
        return set()
    return {t.lemma_.lower() for t in parsed(phrase) if t.head.i == t.i and t.pos_ in ("NOUN", "PROPN")}


def _overturns_as_done(mention: ClaimMention) -> bool:
    """The clause states the overturning as done: the reversal is its own predicate ("the charges
    were dropped", "dropped the charges") or a noun of it ("the dropping of charges"), not a verb
    under another ("asked the court to annul the result", "wants the charges dropped")."""
    if mention.modality:
        return False
    doc, tokens = _mention_tokens(mention)
    if not tokens:
        return True  # nothing to read the clause by: keep the lemma test alone
    from storylens.nlp.claims.modality import REVERSALS

    for token in tokens:
        if token.lemma_.lower() in REVERSALS or token.lower_ in REVERSALS:
            if token.pos_ == "NOUN":
                return True
            if token.dep_ not in ("xcomp", "ccomp", "advcl") or token.head not in tokens:
                return True
    return False


# Verbs by which a source concedes what it had not said before: a closed class, listed for the
# reason RETRACTIONS are (MiniLM reads "admitted that P" and "said that P" alike).
CONCESSIONS = {"admit", "concede", "acknowledge", "confess"}


def conceded_content(mention: ClaimMention):
    """The root of the clause's content when it is what its source concedes ("admitted that the
    liquid was undiluted acid", "had to concede that the tank held acid", "were forced to admit
    that ...") or states while taking back an earlier statement ("..., reversing its earlier
    advice"); None otherwise. The concession must be stated as done (not "did not admit")."""
    doc, tokens = _mention_tokens(mention)
    if not tokens:
        return None
    inside = set(t.i for t in tokens)
    for token in tokens:
        head = token.head
        if token.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in CONCESSIONS:
            continue
        if any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in head.head.children
                                                               if head.dep_ == "xcomp"):
            continue
        return token
    for token in doc:  # "..., reversing its earlier advice": the clause it hangs from is the new version
        if token.dep_ != "advcl" or not _taken_back(token) or not any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(g.dep_ == "acl" for g in c.children) for c in token.children
        ):
            continue
        if token.head.i in inside:
            return token.head
        # "Keep the windows shut, the council said, reversing ...": the reversal hangs from the
        # reporting verb; the new version is what that verb reports
        return next((c for c in token.head.children if c.i in inside and c.dep_ in ("ccomp", "advcl") and c.i != token.i), None)
    return None


def _frame(root) -> Optional[tuple[str, str, str]]:
    """(subject head lemma, predicate lemma, what the predicate says: the copula's complement or
    the object, as its phrase) of a content clause; None without a subject and a complement."""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    predicate = root.lemma_.lower()
    said = next((c for c in root.children if c.dep_ in (("attr", "acomp") if predicate == "be" else ("dobj",))), None)
    if said is None:
        return None
    return subject.lemma_.lower(), predicate, " ".join(t.text for t in said.subtree)


# MiniLM cosine under which two complements say different things: "mostly steam" / "chlorine
# gas" 0.23, "mostly rain water" / "raw sewage" 0.37; a paraphrase reads higher ("the private
# details of 1.2 million customers" / "personal data belonging to about 1.2 million of its
# customers" 0.71), and so, a miss, does "mostly steam with traces of chlorine" / "chlorine gas" (0.63)
SAID_OTHERWISE = 0.6


def _root_of(mention: ClaimMention):
    doc, tokens = _mention_tokens(mention)
    inside = set(t.i for t in tokens)
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def concession_conflict(a: MentionInStory, b: MentionInStory) -> Optional[tuple[str, MentionInStory, MentionInStory]]:
    """A concession states differently the fact an earlier report stated: the same subject and
    predicate (a copula, or one verb), but another complement or object ("the liquid was mostly
    rinse water" / "admitted that the liquid which escaped was undiluted acid"). The concession
    must not be dated before the report. Returns (explanation, report, concession)."""
    for concession, report in ((a, b), (b, a)):
        root = conceded_content(concession.mention)
        if root is None or conceded_content(report.mention) is not None or report.mention.negated:
            continue
        if (concession.published or "") < (report.published or ""):
            continue
        reported = _root_of(report.mention)
        frame, earlier = _frame(root), (_frame(reported) if reported is not None else None)
        if frame is None or earlier is None or frame[:2] != earlier[:2] or likeness(frame[2], earlier[2]) >= SAID_OTHERWISE:
            continue
        if any(c.dep_ == "neg" for c in root.children) != any(c.dep_ == "neg" for c in reported.children):
            continue
        return (f"{report.label} reports “{report.mention.text}”; {concession.label} reports a concession that "
                f"says otherwise: “{concession.mention.sentence.text.strip()}”", report, concession)
    return None
