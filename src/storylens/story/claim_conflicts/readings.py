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
# "X denied that P" denies P whether or not the report of P is attributed
UNATTRIBUTED_REPORT = "denial of an unattributed report"
# "its equipment" in what a company says is the company's equipment
OWNED_BY_SOURCE = "owned by the source"
# amounts that each hold one role of their clause's happening are one amount
ONE_HAPPENING = "amounts of one happening"
# a limit measures nothing: "the 40-tonne limit" / "weighed 60 tonnes"
LIMIT = "a limit is no amount"
# counts of different kinds of person count different people: "four inspectors" / "two engineers"
KINDS_OF_PERSON = "kinds of person"

S32 = frozenset({STATED_POLARITY, KINDS_OF_ACTION, KINDS_OF_THING, UNATTRIBUTED_REPORT, OWNED_BY_SOURCE,
                 ONE_HAPPENING, LIMIT, KINDS_OF_PERSON})
