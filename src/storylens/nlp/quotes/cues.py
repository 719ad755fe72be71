"""Which words report speech: the reporting verbs the rules of :mod:`.finder` start from, and
whether a word is one. (The learned scorer of :mod:`.scorer` weighs any verb; these are the cues
a quotation mark, a colon or a pronoun's antecedent is read against.)"""

from __future__ import annotations

from spacy.tokens import Token
from storylens.nlp.negation import negation_of
from storylens.nlp.wordnet import is_kind_of

# Verbs that report speech, writing or a stated position; their choice is part of framing.
CUE_VERBS = frozenset(
    """
    say tell add claim boast insist warn state declare announce note write report explain argue
    stress emphasize emphasise reply respond answer ask confirm deny admit suggest acknowledge assert
    reveal indicate recount accuse allege describe comment remark predict promise vow threaten urge
    tweet post complain concede contend maintain quip joke mock testify charge counter recall
    caution agree disagree demand proclaim insist observe point predict lament praise criticize
    criticise blast slam decry dismiss brag estimate conclude acknowledge continue reiterate
    repeat whisper shout cry scream yell believe think feel fear hope expect worry
    show find tout cite propose pledge applaud defend question learn know signal hint concede
    recommend request advise instruct inform assure reassure    """.split()
)
# Verbs that state a position on what they take as object ("endorsed Varga", "denounced the
# raid"): with the reporting verbs above, the only verbs whose object noun phrase is someone's
# stated view. After any other verb the object is what was done ("ordered an inquiry").
# "mention" and "discuss" are not among them: their object is what was spoken about, not what
# was said ("State media have barely mentioned the protests", round s35).
POSITION_VERBS = frozenset("endorse oppose reject denounce condemn blame express disavow applaud".split())
# Of these, only the ones that report words introduce a colon block or a dialogue quote.
THOUGHT_VERBS = frozenset("believe think feel fear hope expect worry show find know learn signal hint".split())


def is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_VERBS


def phrasal_verb_of_saying(token: Token) -> bool:
    """A verb whose particle makes it one of saying in some WordNet sense, right after a
    quotation and its speaker: '"...," she went on', '"...," he carried on' ("go on" is first
    "continue", then "continue talking"; the layout says which is meant). Elsewhere such a verb
    is no cue: "went on about", "turning over the laptop"."""
    particle = next((c for c in token.children if c.dep_ == "prt"), None)
    if token.pos_ != "VERB" or particle is None or is_cue(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.right_edge.i + 1 != token.i or subject.left_edge.i == 0:
        return False
    if not token.doc[subject.left_edge.i - 1].is_quote:
        return False
    from storylens.nlp.wordnet import senses_of

    phrasal = f"{token.lemma_.lower()}_{particle.lower_}"
    return any(sense.lexname() == "verb.communication" for sense in senses_of(phrasal, "v"))


def is_speech_cue(token: Token) -> bool:
    """A cue that reports words (not a thought): the ones a speaker of a quote is the subject of."""
    return is_cue(token) and token.lemma_.lower() not in THOUGHT_VERBS


def states_a_view(token: Token) -> bool:
    """A verb whose object noun phrase is a stated view: a reporting verb or a position verb."""
    return is_cue(token) or (token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in POSITION_VERBS)


# WordNet's senses of leaving a deed undone: "fail to do something; leave something undone",
# "leave undone or leave out" (omit, forget to), "show unwillingness towards" (refuse,
# decline), "refrain from doing something" (avoid); with their hyponyms. A speech act in the
# infinitive after one of them did not happen: "failed to report", "declined to say".
WITHHOLDING_SENSES = frozenset({"fail.v.01", "neglect.v.01", "refuse.v.01", "refuse.v.02", "avoid.v.03"})
# How many of a verb's most frequent senses are read for that ("decline" is first "worsen").
WITHHOLDING_READ_SENSES = 3
# WordNet's files of verbs whose object is what was perceived or come upon, not a stated view
# ("showed the damage", "found the body").
PERCEPTION_LEXNAMES = frozenset({"verb.perception", "verb.possession"})


def withholds(verb: Token) -> bool:
    """A verb of leaving a deed undone, read in WordNet ("failed", "refused", "declined",
    "neglected", "forgot" to)."""
    from storylens.nlp.wordnet import wordnet

    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for sense in wordnet().synsets(verb.lemma_.lower(), pos="v")[:WITHHOLDING_READ_SENSES]:
        if is_kind_of(sense, *WITHHOLDING_SENSES):
            return True
    return False


# WordNet's senses of holding that what someone said is false or refusing to accept it:
# "declare untrue; contradict" (deny), "refuse to accept or acknowledge" (reject, and dismiss,
# refute, rebut under it), "challenge the validity of" (contest), "take exception to" (dispute,
# challenge), "prove false" (disprove). The claim a verb of these takes as its object is not its
# subject's: "Saalen rejected claims that the ship was overloaded" says Saalen holds the
# opposite.
REJECTING_SENSES = frozenset({"deny.v.01", "reject.v.01", "contest.v.01", "challenge.v.01", "disprove.v.01"})


def rejects(verb: Token) -> bool:
    """A verb that holds what it takes as object to be false, read in WordNet ("denied",
    "rejected", "dismissed", "disputed", "refuted"; not "made", "repeated", "voiced")."""
    from storylens.nlp.wordnet import is_kind_of, wordnet

    if verb.pos_ not in ("VERB", "AUX"):
        return False
    senses = wordnet().synsets(verb.lemma_.lower(), pos="v")[:WITHHOLDING_READ_SENSES]
    return any(is_kind_of(sense, *REJECTING_SENSES) for sense in senses)


# How close before its verb a negation stands ("did not immediately say", "has never said").
NEGATION_REACH = 3


def _negated(verb: Token) -> bool:
    """The verb's own negation ("did not say", "never mentioned", "couldn't confirm") or a
    subject that is nobody ("No one said", "nobody mentioned", "none of them reported"). A
    "not" after the verb or far from it is another clause's, which the parser may hang on it
    ("“... Probably not,” she said"); "not only said" says it."""
    if negation_of(verb, reach=NEGATION_REACH) is not None:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in ("nobody", "none") or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _says_nothing(verb: Token) -> bool:
    """The verb's object is nothing ("has said nothing about the warning", "revealed nothing"):
    the sentence tells that no words were given."""
    return any(c.dep_ in ("dobj", "attr") and c.lower_ == "nothing" for c in verb.children)


# WordNet's senses of asking for something: "a formal message requesting something", "the
# verbal act of requesting" (and demand, plea under them), "express the need or desire for; ask
# for". A statement asked for ("requests for comment", "demanded an explanation") is not given.
ASKING_SENSES = frozenset({"request.n.01", "request.n.02", "request.v.01"})


def _asks_for(word: Token) -> bool:
    from storylens.nlp.wordnet import first_sense

    pos = {"NOUN": "n", "VERB": "v"}.get(word.pos_)
    sense = first_sense(word.lemma_.lower(), pos) if pos else None
    return sense is not None and is_kind_of(sense, *ASKING_SENSES)


def _noun_withheld(cue: Token) -> bool:
    """A cue noun for words that were asked for or withheld, not given: the object of a request
    ("did not respond to requests for comment on whether ...", "demands for an explanation"),
    one the sentence denies ("gave no comment"), or the object of a verb the sentence negates or
    that leaves a deed undone ("declined comment", "did not issue a statement")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children):
        return True  # "gave no comment"
    if cue.dep_ == "dobj" and cue.head.pos_ in ("VERB", "AUX") and (_negated(cue.head) or withholds(cue.head)):
        return True  # "did not issue a statement", "declined comment"
    word = cue
    for _ in range(4):
        if word.dep_ not in ("pobj", "prep", "dobj", "compound") or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ in ("NOUN", "VERB") and _asks_for(word):
            return True  # "requests for comment", "asked for an explanation"
    return False


def is_withheld(cue: Token) -> bool:
    """The sentence says the speech act did not (yet) happen: the cue is negated ("did not
    say", "never mentioned", "No one said"), or it is the infinitive of a negated verb or of a
    verb of leaving a deed undone ("did not want to say", "failed to report", "declined to
    comment", "has yet to mention", "is yet to say"), or its object is nothing ("has said
    nothing about the warning"); a cue noun asked for or withheld ("requests for comment").
    What follows is nobody's statement. Only speech acts: a view held in the negative is still
    a view ("does not expect a deal", "did not want to stay", "did not endorse Varga")."""
    if cue.pos_ == "NOUN":
        return _noun_withheld(cue)
    if cue.pos_ not in ("VERB", "AUX") or not reports_words(cue):
        return False
    if _negated(cue) or _says_nothing(cue):
        return True
    if cue.dep_ != "xcomp" or cue.head.i == cue.i:
        return False
    head = cue.head
    if _negated(head) or withholds(head):
        return True
    # "has yet to mention", "is yet to say": "yet" on the verb of the infinitive.
    return head.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def reports_words(verb: Token) -> bool:
    """A verb of saying or writing: a reporting verb that is no verb of thought, or another verb
    whose first WordNet sense is filed under communication ("mention", "address", "comment";
    not "endorse", "want")."""
    from storylens.nlp.wordnet import is_verb_of_communication

    lemma = verb.lemma_.lower()
    if lemma in CUE_VERBS:
        return lemma not in THOUGHT_VERBS
    return is_verb_of_communication(lemma)


def is_passive_without_agent(cue: Token) -> bool:
    """A passive cue with nobody doing it ("the men, who are believed to belong to ...", "the
    fire was declared contained", "it was reported that ..."): its subject is what is talked
    about, not who talks, and the outlet telling it is no speaker either."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False
    from storylens.nlp.wordnet import wordnet

    if cue.tag_ != "VBN" or any(c.dep_ == "agent" for c in cue.children):
        return False
    if not wordnet().synsets(cue.lemma_.lower(), pos="v"):
        return False  # "were coy about": the tagger's participle is no verb
    if _feels(cue):
        return False  # "was worried that", "is concerned that": the subject feels it
    auxiliaries = [c for c in cue.children if c.dep_ == "auxpass"]
    if auxiliaries and all(a.lower_ in ("'s", "’s") for a in auxiliaries) and any(
        c.dep_ in ("dobj", "prep") for c in cue.children
    ):
        return False  # "who's called for tax hikes": "has called", not "is called"
    if auxiliaries or any(c.dep_ == "nsubjpass" for c in cue.children):
        return True
    # A participle after its noun ("anyone found guilty", "the figures reported by ..." has an agent).
    return cue.tag_ == "VBN" and cue.dep_ == "acl"


def _feels(verb: Token) -> bool:
    """A verb whose first WordNet sense is a feeling ("worry", "concern", "disappoint"): in the
    passive its subject is the one who feels."""
    from storylens.nlp.wordnet import first_sense

    sense = first_sense(verb.lemma_.lower(), "v")
    return sense is not None and sense.lexname() == "verb.emotion"


def perceives(verb: Token) -> bool:
    """A thought verb whose first WordNet sense is perceiving or coming upon ("show", "find"):
    its noun-phrase object is what was seen or found ("showed the damage", "found the body of a
    deer"), nobody's stated view."""
    from storylens.nlp.wordnet import first_sense

    if verb.lemma_.lower() not in THOUGHT_VERBS:
        return False
    sense = first_sense(verb.lemma_.lower(), "v")
    return sense is not None and sense.lexname() in PERCEPTION_LEXNAMES


# WordNet's senses of wanting and preferring: "feel or have a desire for" (want, wish, hope,
# seek, crave under it), "like better" (prefer). What someone wants done is no statement:
# "Now the cabal wants the public to pay", "a fact the separatists prefer to ignore".
DESIRING_SENSES = frozenset({"desire.v.01", "prefer.v.01"})


def desires(verb: Token) -> bool:
    """A verb whose first WordNet sense is wanting or preferring ("wants", "prefer", "wishes")."""
    from storylens.nlp.wordnet import first_sense

    if verb.pos_ not in ("VERB", "AUX"):
        return False
    sense = first_sense(verb.lemma_.lower(), "v")
    return sense is not None and is_kind_of(sense, *DESIRING_SENSES)
