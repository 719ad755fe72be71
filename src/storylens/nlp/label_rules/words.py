"""Words that make a phrase beside a name something other than a label of it (issue 19)."""

from __future__ import annotations

# Forms of address: they say how a paper writes a name, nothing about the person.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss mx mx. sir madam madame dame m. mme mme. dr dr. prof prof.".split())
# Of those, the ones that also state a qualification or a post, which the outlet chose to write:
# "Dr Jonas Vann" tells the reader he is a doctor, "Mr" tells nothing (round s32). They are a
# label when written before a name, and still a form of address where one is read.
QUALIFYING_TITLES = frozenset("dr dr. prof prof.".split())
# Relations to another person: "his son X" says whose son, not what X is.
KINSHIP_NOUNS = frozenset(
    """
    son sons daughter daughters wife husband widow widower brother sister father mother parent
    parents child children cousin uncle aunt nephew niece grandson granddaughter grandfather
    grandmother fiance fiancee fiancé fiancée stepson stepdaughter stepfather stepmother
    brother-in-law sister-in-law son-in-law daughter-in-law partner
    """.split()
)
# Kinship nouns that say the gender of the person they name.
KIN_GENDER = {
    **dict.fromkeys("husband son brother father grandson grandfather uncle nephew widower stepson stepfather son-in-law brother-in-law fiance fiancé".split(), "m"),
    **dict.fromkeys("wife daughter sister mother granddaughter grandmother aunt niece widow stepdaughter stepmother daughter-in-law sister-in-law fiancee fiancée".split(), "f"),
}
# Words between a name and a phrase that contrast the two: "the militia, not the army", or deny
# the phrase of the name: "Edda Vann, no relation of Dr Vann" (round s32).
CONTRAST_WORDS = frozenset({"not", "never", "rather", "instead", "unlike", "nor", "no"})
# Modifiers that pick out a referent rather than describe it ("the same army", "the first army").
NON_DESCRIPTIVE_MODIFIERS = frozenset(
    "same other first second last new former latter next previous whole entire own".split()
)
# Relative and interrogative words' tags: "whose crews", "which ministry" pick out, never describe.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
