"""Negation disputes: one clause denies what the other reports, or denies that it was said."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from storylens.records import ClaimMention
from storylens.story.claim_conflicts.opposites import READ_SENSES, a_kind_of_action, one_kind_of_thing
from storylens.story.claim_conflicts.words import STAND_INS, likeness, parsed, phrases_alike, stems

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


def about_different_things(a: MentionInStory, b: MentionInStory, *, owned: bool = False, voice: bool = False) -> bool:
    """Both clauses name what they are about, and the two have no word or actor in common:
    "another man not seen on camera" says nothing against "the lawmaker is seen". A pronoun
    could stand for anything, and so could a noun that points back ("That relocation has not
    happened" is about whatever the sentence before says), so neither tells them apart.
    ``owned``: a subject owned by a pronoun for its source is that source's thing
    (``_owned_by_the_source``); ``voice``: a passive's subject is what an active clause's object
    is ("the boat had been held" / "soldiers held the boat"), so the two are compared by what is
    done to; both read only in clauses already in one claim."""
    subjects = (a.mention.subject, b.mention.subject)
    if voice and _passive(a) != _passive(b) and a.mention.theme and b.mention.theme:
        subjects = (a.mention.theme, b.mention.theme)
    if not all(subjects) or any(s.lower().split()[0] in STAND_INS | {"such"} for s in subjects):
        return False
    if stems(subjects[0]) & stems(subjects[1]):
        return False
    actors_a = {actor for name, actor in a.actor_of_name.items() if name in subjects[0]}
    actors_b = {actor for name, actor in b.actor_of_name.items() if name in subjects[1]}
    if actors_a & actors_b:
        return False
    return not (owned and (_owned_by_the_source(a, b) or _owned_by_the_source(b, a)))


def _passive(item: MentionInStory) -> bool:
    """The clause's subject is what is done to (its theme), not who does it."""
    mention = item.mention
    return bool(mention.subject) and mention.subject == mention.theme and mention.subject != mention.agent


# possessive pronouns: "its equipment", in what a company says, is the company's equipment
POSSESSIVES = {"its", "their", "his", "her", "our", "my"}


def _owned_by_the_source(item: MentionInStory, other: MentionInStory) -> bool:
    """``item``'s subject is owned by a pronoun that stands for its source ("Valleyline denied
    that its equipment had caused the fire"), and ``other``'s subject names that source ("a
    cable owned by Valleyline Energy"): both are about the source's things."""
    subject, source = item.mention.subject or "", item.mention.attributed_to or ""
    if not source or subject.lower().split()[0] not in POSSESSIVES:
        return False
    return any(name in (other.mention.subject or "") and name in source for name in other.actor_of_name)


def negation_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    if a.mention.negated == b.mention.negated:
        if a.saying_denied != b.saying_denied:
            positive, negative = (a, b) if b.saying_denied else (b, a)
            speaker = negative.mention.attributed_to or "the source"
            # "X denied that P" denies P; "X did not state that P", "X denied saying P" deny the saying
            denial = "denies it" if negative.mention.cue in DENIALS else "did not say so"
            return (f"{positive.label} reports “{positive.mention.text}”; {negative.label} reports that "
                    f"{speaker} {denial}: “{negative.mention.sentence.text.strip()}”")
        return None
    positive, negative = (a, b) if b.mention.negated else (b, a)
    return f"{positive.label} reports “{positive.mention.text}”; {negative.label} says it did not: “{negative.mention.text}”"


# MiniLM cosine at which a denial, read without its negation, says what the other clause says
# of the same party, the party put as "someone": "someone was arrested" / "someone was among those
# detained" 0.71; "someone did resign" / "someone was re-elected" 0.46; "someone was injured" /
# "police arrested someone" 0.37. With the names left in, the shared name outweighs the action
# ("Mayor Ostrow did resign" / "Mayor Ostrow was re-elected" 0.82).
SAME_ACTION = 0.7


def affirmed(text: str) -> str:
    """The clause with its negation taken out, as parsed ("was not arrested" -> "was arrested",
    "never signed" -> "signed"); a negation carried by a determiner ("no one") stays."""
    return "".join(t.text_with_ws for t in parsed(text) if not (t.dep_ == "neg" or t.lower_ == "never")).strip()


def _party_phrases(item: MentionInStory, parties: set[str]) -> list[str]:
    """The clause's subject and object phrases that name one of ``parties`` (merged actor ids)."""
    return [phrase for phrase in (item.mention.subject, item.mention.theme)
            if phrase and any(actor in parties for name, actor in item.actor_of_name.items() if name in phrase)]


def _without_party(text: str, phrases: list[str]) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        text = text.replace(phrase, "someone")
    return text


def denies_in_other_words(negative: MentionInStory, positive: MentionInStory) -> bool:
    """A negated clause denies a clause with another predicate that tells the same fact about the
    same party: "Dunst was not arrested" against "Dunst was among those detained". The two are
    about one named party (in subject or object), and the denial read without its negation means
    what the other says of that party (both read with the party put as "someone"). Word pairs
    are not listed: MiniLM reads the paraphrase; the party is the guard. Antonyms without a
    negation ("will remain" / "will step down") are not found this way: MiniLM reads an antonym
    pair as alike."""
    if not negative.mention.negated or positive.mention.negated:
        return False
    if negative.mention.predicate == positive.mention.predicate:
        return False
    parties = set(negative.actor_of_name.values()) & set(positive.actor_of_name.values())
    said_of_negative, said_of_positive = _party_phrases(negative, parties), _party_phrases(positive, parties)
    if not said_of_negative or not said_of_positive:
        return False
    denial = _without_party(negative.align_text, said_of_negative)
    other = _without_party(positive.align_text, said_of_positive)
    alike = likeness(affirmed(denial), other)
    # The other clause must read closer to the denial with its negation taken out than to the
    # denial as written: "someone has refused to concede" reads as "someone will not concede"
    # (0.85) more than as "someone will concede" (0.78), so it agrees with the denial; "someone
    # was among those detained" reads as "someone was arrested" (0.71) more than as "someone
    # was not arrested" (0.67).
    return alike >= SAME_ACTION and alike > likeness(denial, other)


def predicate_token(mention: ClaimMention):
    """The clause's predicate as parsed in its sentence: the token of its lemma inside the
    clause's span, the highest one when there are several; None when it is not found."""
    start = mention.sentence.text.find(mention.text)
    if start < 0 or not mention.predicate:
        return None
    inside = [t for t in parsed(mention.sentence.text)
              if start <= t.idx < start + len(mention.text) and t.lemma_.lower() == mention.predicate]
    return min(inside, key=lambda t: len(list(t.ancestors)), default=None)


def states_a_rule(mention: ClaimMention) -> bool:
    """A negated clause that says what a kind of thing does, not what one thing did: its subject
    is introduced by "a"/"an" and its verb is in the simple present ("a healthy bridge of this
    kind does not fail like that", "a court never sits on Sunday"). Such a sentence states a
    rule the writer applies to the case; it does not deny that the case happened ("the bridge
    failed"), whatever the two share in words. Read from the parse: the subject's determiner
    and the tense of the verb or of its "do"."""
    verb = predicate_token(mention)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return False
    present = {"VBZ", "VBP"}
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(c.tag_ in present and c.lemma_.lower() in ("do", "be") for c in auxiliaries) and verb.tag_ in ("VB", "VBN")
    return verb.tag_ in present


# indefinite pronouns and the like: a theme that could be anything tells no two facts apart
INDEFINITE = {"anything", "something", "nothing", "everything", "one", "any", "all", "none"}


def _theme_head(mention: ClaimMention):
    """The head token of a clause's theme as parsed in its sentence (its negating determiner is
    not the head: "no reply" -> "reply"); None when there is none."""
    theme = mention.theme
    if not theme:
        return None
    sentence = mention.sentence.text
    at = sentence.find(theme)
    if at < 0:
        heads = [t for t in parsed(theme) if t.head.i == t.i]
        return heads[0] if heads else None
    inside = [t for t in parsed(sentence) if at <= t.idx < at + len(theme)]
    heads = [t for t in inside if t.head.i == t.i or not at <= t.head.idx < at + len(theme)]
    return heads[0] if heads else None


def acts_on_different_things(a: MentionInStory, b: MentionInStory, *, kinds: bool = False) -> bool:
    """Two clauses with one predicate that act on different things, so that one's negation
    denies nothing of the other: "received no reply" / "had received more than 20,000 calls";
    "never seen anything like this" / "a fire everyone saw coming" (an object that is itself a
    clause, "saw [it] coming", is another predication than seeing a thing). Read from the parse
    of each theme: its head's part of speech and lemma; two nouns of different lemmas must also
    read apart (MiniLM below 0.6: "the tally" and "the count" are one thing). ``kinds``: a noun
    that names a kind of the other's thing acts on it (WordNet, ``one_kind_of_thing``)."""
    head_a, head_b = _theme_head(a.mention), _theme_head(b.mention)
    if head_a is None or head_b is None:
        return False
    verb_a, verb_b = head_a.pos_ in ("VERB", "AUX"), head_b.pos_ in ("VERB", "AUX")
    if verb_a != verb_b:
        return True
    if verb_a or head_a.lemma_.lower() == head_b.lemma_.lower():
        return False
    if {head_a.lower_, head_b.lower_} & (STAND_INS | INDEFINITE):
        return False  # "it", "anything": could be the other's thing
    if kinds and one_kind_of_thing(head_a.lemma_.lower(), head_b.lemma_.lower()):
        return False  # "the inferno" is a kind of "the fire" (WordNet)
    return not phrases_alike(head_a.text, head_b.text, SAME_THING)


SAME_THING = 0.6


def denied_content_matches(denial: MentionInStory, report: MentionInStory, *, kinds: bool = False,
                           states: bool = False) -> bool:
    """"X denied that P" disputes a report only when P states the report's fact: the same
    predicate acting on the same thing. "denied that the company had known of the breach" says
    nothing against "companies were required to report breaches within 72 hours" (know /
    require), however much the two share in words. The denied predicate may name the reported
    action in more general words ("denied that its cable had caused the fire" / "the cable
    sparked the fire", ``denies_the_action``) when ``kinds`` is set (clauses already in one claim);
    with ``states``, the denied clause may name the state the reported action results in ("denies
    the device was ever off" / "the device was switched off", ``one_state``)."""
    if states and one_state(denial, report):
        return True
    predicate, reported = denial.mention.predicate, report.mention.predicate
    if not (denies_the_action(predicate, reported) if kinds else predicate == reported):
        return False
    return not acts_on_different_things(denial, report, kinds=kinds)


def one_state(denial: MentionInStory, report: MentionInStory) -> bool:
    """The denied clause says its subject was in a state ("the device was ever off") that the
    reported action put the same thing in ("the device was switched off", "the gates were left
    open"): the state word of a copula (its complement, or an adverb WordNet also knows as an
    adjective) is the particle or the object complement of the reported verb, and what is in
    the state is named in both: the copula's subject and the reported verb's object (its passive
    subject, or its subject when it has no object: "he pleaded guilty"). A pronoun names
    nothing to compare: "he has pleaded guilty" is not "Orsen is not guilty"."""
    denied = _copula_states(denial.mention)
    for state, holder in _result_states(report.mention):
        if any(state == word and _names_one_thing(denial, subject, report, holder) for word, subject in denied):
            return True
    return False


def _names_one_thing(a: MentionInStory, phrase_a: str, b: MentionInStory, phrase_b: str) -> bool:
    """Two noun phrases that name one thing: a content word or a merged actor in common."""
    if {phrase_a.lower().split()[0], phrase_b.lower().split()[0]} & STAND_INS:
        return False
    if stems(phrase_a) & stems(phrase_b):
        return True
    actors_a = {actor for name, actor in a.actor_of_name.items() if name in phrase_a}
    return bool(actors_a & {actor for name, actor in b.actor_of_name.items() if name in phrase_b})


def _predicate_tokens(mention: ClaimMention, lemmas: set[str]):
    """The tokens of the clause's span in its parsed sentence whose lemma is one of ``lemmas``."""
    sentence = mention.sentence.text
    start = sentence.find(mention.text)
    if start < 0:
        return []
    return [t for t in parsed(sentence) if start <= t.idx < start + len(mention.text) and t.lemma_.lower() in lemmas]


def _phrase(token) -> str:
    return " ".join(t.text for t in token.subtree)


def _copula_states(mention: ClaimMention) -> set[tuple[str, str]]:
    """(state word, the subject phrase it is said of) for each copula of the clause."""
    from storylens.wordnet import first_sense

    states = set()
    for verb in _predicate_tokens(mention, {"be"}):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        for child in verb.children:
            if child.dep_ in ("acomp", "prt", "oprd") or (child.dep_ == "advmod" and first_sense(child.lower_, "a")):
                states.add((child.lemma_.lower(), _phrase(subject)))
    return states


def _result_states(mention: ClaimMention) -> set[tuple[str, str]]:
    """(state word, the phrase of what the action puts in it) for each verb of the clause's
    predicate with a particle or an object complement."""
    if not mention.predicate:
        return set()
    states = set()
    for verb in _predicate_tokens(mention, {mention.predicate}):
        roles = {c.dep_: c for c in verb.children}
        holder = roles.get("dobj") or roles.get("nsubjpass") or roles.get("nsubj")
        if holder is None:
            continue
        states |= {(c.lemma_.lower(), _phrase(holder)) for c in verb.children if c.dep_ in ("prt", "oprd")}
    return states


def denied_receipt(denial: MentionInStory, report: MentionInStory) -> bool:
    """"X denied that any such letter had been received" (or "X had received no warning") against
    "the union wrote to X", "the union's letter to X": what one clause says went to X, X denies
    receiving. The denial's predicate is, in its most frequent WordNet sense, a kind of getting
    ("receive", "get"); who did not get it is its doer when named, else its source; the report
    has a "to" whose object names that receiver (a content word or a merged actor in common)."""
    from storylens.wordnet import first_sense, is_kind_of

    sense = first_sense(denial.mention.predicate or "", "v")
    if sense is None or not is_kind_of(sense, "get.v.01"):
        return False
    receivers = [phrase for phrase in (denial.mention.agent, denial.mention.attributed_to)
                 if phrase and phrase.lower().split()[0] not in STAND_INS]
    if not receivers:
        return False
    sentence = report.mention.sentence.text
    start = sentence.find(report.mention.text)
    if start < 0:
        return False
    sent_to = [" ".join(t.text for t in g.subtree) for c in parsed(sentence)
               if c.lower_ == "to" and c.dep_ in ("prep", "dative") and start <= c.idx < start + len(report.mention.text)
               for g in c.children if g.dep_ == "pobj"]
    return any(_names_one_thing(denial, receiver, report, to) for receiver in receivers[:1] for to in sent_to)


def denies_the_action(denied: Optional[str], reported: Optional[str]) -> bool:
    """A denial of ``denied`` denies ``reported``: one predicate, or the reported verb names a
    kind of the denied one (WordNet, ``opposites.a_kind_of_action``)."""
    if not denied or not reported:
        return False
    return denied == reported or a_kind_of_action(reported, denied)


# verbs whose content is denied rather than asserted ("denied that", "denied saying that")
DENIALS = {"deny"}


def referent_words(subject: str, previous: str) -> Optional[set[str]]:
    """What a pointing noun phrase ("That relocation", "Those talks") names in the sentence
    before: the content lemmas of that noun's phrase there, the noun itself left out ("their
    relocation to Belarus" gives {"belarus"}). None when the subject is a bare pronoun or its
    noun is not found there (nothing to narrow by)."""
    nouns = [t for t in parsed(subject) if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    noun = nouns[-1].lemma_.lower()
    stem = noun[:5]
    for token in parsed(previous):
        if token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() == noun or token.lower_.startswith(stem)):
            words = {t.lemma_.lower() for t in token.subtree
                     if t.i != token.i and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")}
            return words or None
    return None


def reporting_frame_denied(mention: ClaimMention) -> bool:
    """Reported content whose reporting verb is negated ("did not state that ...", "never said
    that ...") or sits under a denial ("denied saying that ...", "denied that ..."). Read from
    the parse of the sentence: the verb governing the content, and the verb above it."""
    if not mention.cue or mention.cue in ("according to", "quotation") or mention.kind not in ("reported", "complement"):
        return False
    if mention.text.split()[0].lower() in ("what", "who", "which", "how", "why", "whether", "if", "when", "where"):
        return False  # "did not say what she lied about": no content is denied
    start = mention.sentence.text.find(mention.text)
    if start < 0:
        return False
    doc = parsed(mention.sentence.text)
    inside = [t for t in doc if start <= t.idx < start + len(mention.text)]
    if not inside:
        return False
    root = next((t for t in inside if t.head not in inside or t.head.i == t.i), inside[0])
    verb = root.head
    # A saying with a subject of its own is told as done ("what Mrs. Clinton said"); a verb above
    # it that is merely negated ("did not cite what she said", "did not confirm that the general
    # said") leaves it said; only a denial above it denies it ("denied that the chief had said").
    # A saying without one is the governing verb's ("denied saying", "refused to say").
    said_by_its_own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    for step in range(2):  # the reporting verb, then what governs it ("denied saying")
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_.lower() in DENIALS:
            return True
        negated_here = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
        if negated_here and not (step == 1 and said_by_its_own_subject):
            return True
        if verb.head.i == verb.i or verb.dep_ not in ("xcomp", "pcomp", "ccomp", "advcl"):
            return False
        verb = verb.head
    return False


def _denied_by_its_determiner(token) -> bool:
    """The noun is quantified by a negating determiner ("no warning", "no vessel"): the clause
    says that no such thing was, whatever its verb."""
    return token is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def denies_the_named_act(negative: MentionInStory, positive: MentionInStory) -> bool:
    """"The coastguard says it issued no warning" denies "the coastguard warned fishermen": the
    negation is carried by the denied clause's object ("no warning"), so it says no such thing
    was made, and the object's noun names the act the other clause's verb tells (WordNet derives
    one from the other: warning / warn). The negation must sit on that object: "nobody heeded
    the warning" says the warning was given."""
    from storylens.story.happenings import predicates_related

    head = _theme_head(negative.mention)
    reported = positive.mention.predicate
    if head is None or head.pos_ != "NOUN" or not reported or not _denied_by_its_determiner(head):
        return False
    return head.lemma_.lower() != reported and predicates_related(head.lemma_.lower(), reported, kinds=False)


def _argument_head(mention: ClaimMention, phrase: Optional[str]):
    """The head token of one of the clause's argument phrases, as parsed in its sentence."""
    if not phrase:
        return None
    sentence = mention.sentence.text
    at = sentence.find(phrase)
    if at < 0:
        return None
    inside = [t for t in parsed(sentence) if at <= t.idx < at + len(phrase)]
    heads = [t for t in inside if t.pos_ in ("NOUN", "PROPN") and not at <= t.head.idx < at + len(phrase)]
    return heads[0] if heads else None


def a_wider_kind(general: str, specific: str) -> bool:
    """One of ``general``'s frequent noun senses is one of ``specific``'s or an ancestor of it:
    a vessel is what a trawler is, not the other way round."""
    from storylens.wordnet import kinds_of, senses_of

    wider = {s.name() for s in senses_of(general, "n")[:READ_SENSES]}
    return any(wider & kinds_of(s) for s in senses_of(specific, "n")[:READ_SENSES])


def denies_every_kind(negative: MentionInStory, positive: MentionInStory) -> bool:
    """"No vessel was hit" denies "a trawler was struck": the denial's argument is quantified by
    "no", so it says the act befell nothing of its kind, and the other's argument in the same
    role (what is done to, whatever the voice; else the subject) names that kind or a narrower
    one (WordNet: a trawler is a kind of vessel). The two verbs name one act: one verb, a sense
    in common or a derivation (strike / hit). The converse is no denial: "no trawler was hit"
    leaves other vessels."""
    from storylens.story.happenings import predicates_related

    denied, reported = negative.mention.predicate, positive.mention.predicate
    if not denied or not reported or not (denies_the_action(denied, reported) or predicates_related(denied, reported, kinds=False)):
        return False
    for role in ("theme", "subject"):
        general = _argument_head(negative.mention, getattr(negative.mention, role))
        specific = _argument_head(positive.mention, getattr(positive.mention, role))
        if general is None or specific is None or not _denied_by_its_determiner(general):
            continue
        if specific.pos_ == "NOUN" and a_wider_kind(general.lemma_.lower(), specific.lemma_.lower()):
            return True
    return False
