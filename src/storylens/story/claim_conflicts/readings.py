"""Readings of a dispute that are applied only to clauses the grouping already holds as one claim.

Each decides whether a claim is contested and how its conflict is explained; none is read before
the grouping, where a dispute found joins its two clauses first and so moves links (round s32
read some of these before grouping: the claims gold's link F1 fell 0.584 -> 0.579). Each has a
name so that it can be measured alone (docs/eval-claims.md, round s33).
"""

# the polarity of the whole sentence, not of the clause cut from it: "there was no evidence that
# any patient had been harmed" states what "no patient has been harmed" states
STATED_POLARITY = "stated polarity"
# denying an action denies every kind of it: "denied its cable caused the fire" / "sparked the fire"
KINDS_OF_ACTION = "kinds of the denied action"
# a noun naming a kind of the other's thing acts on it: "the inferno" / "the fire"
KINDS_OF_THING = "kinds of the thing"
# "X denied that P" denies P whether or not the report of P is attributed, and whether or not it names X
UNATTRIBUTED_REPORT = "denial of an unattributed report"
# "its equipment" in what a company says is the company's equipment
OWNED_BY_SOURCE = "owned by the source"
# amounts that each hold one role of their clause's happening are one amount
ONE_HAPPENING = "amounts of one happening"
# a limit measures nothing: "the 40-tonne limit" / "weighed 60 tonnes"
LIMIT = "a limit is no amount"
# counts of different kinds of person count different people: "four inspectors" / "two engineers"
KINDS_OF_PERSON = "kinds of person"
# different verbs acting on different things are two acts, each dated to its own day: "the tug
# left port on Wednesday" / "the tug reached the wreck on Thursday"
TWO_ACTS = "two acts on different things"
# the cause of a thing that did not happen is no rival of a cause of one that did: "did not reach
# the ship because of the waves" / "reached the ship after a calm spell"
CAUSE_OF_NO_HAPPENING = "the cause of what did not happen"
# a clause that gives no figure and calls "the figure" false disputes the figure another clause of
# the claim states: "claims 4 million euros in losses" / "the figure is exaggerated"
FIGURE_JUDGED_FALSE = "a figure judged false"
# a denied state is the state the reported action results in: "denies the device was ever off" /
# "the device was switched off for 40 minutes"
DENIED_STATE = "the state a reported action results in"
# what a modal clause says will not (or cannot) be done denies no act another clause reports as
# done: "we will not hide anything" / "the minister, who hides behind press releases"
NEGATED_PROMISE = "a negated promise"
# in one claim, the only amounts of one unit in their clauses, of one substance, are one amount:
# "about 300 tonnes of oil" / "as much as 1,100 tonnes of oil" / "less than 300 tonnes of oil"
ONE_SUBSTANCE = "amounts of one substance"
# in one claim, the only counts of one counted noun in their clauses are one count: "eleven
# reporters have been held" / "three reporters are in custody"
COUNTS_OF_ONE_NOUN = "counts of one noun"

# an earlier clause stating the same overturning as done ("the airline cancelled 31 flights") is
# not overturned by a later report of it ("Kestrel Air cancelled 31 flights on Tuesday")
SAME_OVERTURNING = "the same overturning reported"

# counts of nouns that WordNet never lets name one thing, neither naming people, count different
# things: "31 flights" / "two aircraft"
KINDS_OF_THING_COUNTED = "kinds of thing counted"

# a passive's subject is what an active clause's object is: "denied that the boat had been held" /
# "soldiers held the boat" are about the boat, whoever the subjects are
VOICE = "a passive's subject is the active's object"

# an estimate's top in a clause of what is done as a rule is a limit: "the scheme guarantees
# deposits up to 80,000 crowns" / "a fund of 2 billion crowns"
RULE_LIMIT = "the top of a rule is a limit"

# durations of different spans are different measures: "after four days of heavy rain" / "three
# days after the river rose"
DURATION_SPANS = "durations of different spans"

# what is forecast or expected is dated to when it may happen: "more rain is forecast from
# Wednesday" / "more rain is expected on Thursday" is no date dispute
FORECAST = "a forecast dates no happening"
# one doer's two acts that WordNet does not make one are dated each to its own day: "the council
# asked for pumps on March 2" / "the council received pumps on March 8"
ONE_DOERS_ACTS = "one doer's two acts"

# opposite movements are stages of one journey, not opposite states: "the jet left Orvik" / "the
# jet landed at Tamsby"
JOURNEY = "movements are stages of a journey"

# a negated clause states none of its figures: "we have not lost 700 million crowns" denies the
# loss (a negation dispute); its figure is no rival of another clause's
DENIED_FIGURES = "a denied figure is not stated"

# what one clause says was sent or written to X, X denies receiving: "the ministry denied that any
# such letter had been received" / "the union wrote to the ministry on June 4"
RECEIPT = "a denied receipt of what was sent"

# the denied clause's object, under "no", names the act the other's verb tells: "it issued no
# warning" / "the coastguard warned fishermen"
NAMED_ACT = "a denied object that names the act"

# a denial of a kind covers every narrower kind of it: "no vessel was hit" / "a trawler was struck"
WIDER_KIND = "a denial of a wider kind"

S32 = frozenset({STATED_POLARITY, KINDS_OF_ACTION, KINDS_OF_THING, UNATTRIBUTED_REPORT, OWNED_BY_SOURCE,
                 ONE_HAPPENING, LIMIT, KINDS_OF_PERSON})
S33 = frozenset({TWO_ACTS, CAUSE_OF_NO_HAPPENING, FIGURE_JUDGED_FALSE, DENIED_STATE, NEGATED_PROMISE, ONE_SUBSTANCE,
                 COUNTS_OF_ONE_NOUN})
S34 = frozenset({SAME_OVERTURNING, KINDS_OF_THING_COUNTED, VOICE, RULE_LIMIT, DURATION_SPANS, FORECAST,
                 ONE_DOERS_ACTS, JOURNEY, DENIED_FIGURES, RECEIPT})
S35 = frozenset({NAMED_ACT, WIDER_KIND})

# figures hung from words naming different quantities are no rival accounts: "insured for 2
# million crowns" / "worth 5 million crowns on the market"
DIFFERENT_MEASURES = "different measures of one thing"
# a figure the clause's own article says was replaced ("raised to five from an earlier figure of
# three") is superseded there, not that article's account against another's
REPLACED_FIGURE = "a figure its article replaced"

S36 = frozenset({DIFFERENT_MEASURES, REPLACED_FIGURE})

# a denial verb whose object is the other's act, by its verb or its noun: "the port authority
# denied having warned fishermen" / "the port authority warned fishermen" (``rivals.denied_act``)
DENIED_ACT = "a denial of the act as its object"
# a denial bounded by a place denies only what is put beyond it: "no debris fell outside the
# perimeter" disputes "debris fell 3 km from the site", not "fell inside the fenced area"
BOUNDED_DENIAL = "a denial bounded by a place"

S37 = frozenset({DENIED_ACT, BOUNDED_DENIAL})

# two lengths of one happening, each its clause's only one, compare in any unit of time: "the
# raid lasted seven minutes" / "the thieves were inside for under four minutes"
LENGTHS_OF_ONE_HAPPENING = "lengths of one happening"

S39 = frozenset({LENGTHS_OF_ONE_HAPPENING})

# a bare count of one happening counts what the other clause's count of it counts: "five wolves
# escaped" / "six escaped" (the same verb, the counted in the same role, each its clause's only count)
BARE_COUNT = "a bare count of one happening"
# counts of one noun held in their clauses by acts WordNet does not relate are counts of two
# happenings: "five wolves escaped" / "a ranger brought back two of the wolves"
OTHER_ACTS = "counts of the same noun in other acts"
# "X denied any role in it" denies X's part in what another clause says X did
DENIED_ROLE = "a denial of one's part"
# "the fallen tree was a cover story", "that account is false": the subject's account called false
ACCOUNT_CALLED_FALSE = "an account called false"
# a cause given by the agent of a causing verb or a verb's "from" / "of" ("died from an overdose",
# "was killed by a keeper's shot"), told as fact by an outlet, which is then its source
CAUSE_BY_ITS_VERB = "a cause told by its verb"

S41 = frozenset({BARE_COUNT, OTHER_ACTS, DENIED_ROLE, ACCOUNT_CALLED_FALSE, CAUSE_BY_ITS_VERB})
