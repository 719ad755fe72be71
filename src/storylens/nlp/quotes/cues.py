"""Which words report speech: the reporting verbs the rules of :mod:`.finder` start from, and
whether a word is one. (The learned scorer of :mod:`.scorer` weighs any verb; these are the cues
a quotation mark, a colon or a pronoun's antecedent is read against.)"""

from __future__ import annotations

from spacy.tokens import Token

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
POSITION_VERBS = frozenset(
    "endorse oppose reject denounce condemn blame express mention discuss disavow applaud".split()
)
# Of these, only the ones that report words introduce a colon block or a dialogue quote.
THOUGHT_VERBS = frozenset("believe think feel fear hope expect worry show find know learn signal hint".split())


def is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_VERBS


def is_speech_cue(token: Token) -> bool:
    """A cue that reports words (not a thought): the ones a speaker of a quote is the subject of."""
    return is_cue(token) and token.lemma_.lower() not in THOUGHT_VERBS


def states_a_view(token: Token) -> bool:
    """A verb whose object noun phrase is a stated view: a reporting verb or a position verb."""
    return is_cue(token) or (token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in POSITION_VERBS)
