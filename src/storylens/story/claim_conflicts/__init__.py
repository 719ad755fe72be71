"""How two aligned claim mentions disagree, one module per kind of dispute.

- ``quantity``: two figures of the same measured thing that the wording cannot both allow;
- ``dates``: one happening dated differently;
- ``negation``: one clause denies the other, or denies that it was said;
- ``contrast``: "X, not Y, did Z" denies that Y did Z (a ``negation`` dispute);
- ``account``: incompatible versions of who did what;
- ``superseded``: a later report takes back an earlier one, or reports the statement taken back;
- ``figure_pairs``: counts of one happening given in other words, paired across articles;
- ``states``: opposite states of one referent (dead / alive, detained / released), or opposite
  evaluations ("illegal" / "lawful"), an account dispute; which words are opposite, or the same,
  is read from WordNet's relations (``opposites``);
- ``causes``: one effect given different causes by different sources, an account dispute;
- ``rejection``: a clause that rejects the content of a claim the other reports;
- ``pairing``: joins such rival accounts into one claim, whatever the pair scorer says;
- ``rivals``: a denial of an act (by its verb, the noun under "no", a wider kind, or a denial
  verb taking the act: "denied having warned") and another outlet's report of it, joined the same
  way when a formed claim's readings find the dispute;
- ``place_bounds``: a denial bounded by a place ("no debris fell outside the perimeter") disputes
  only a report that puts the act beyond the bound.

Each check returns a plain-English explanation naming both sides, or None when the two agree on
that count. ``mention.MentionInStory`` is what every check reads; ``words`` holds what they share.
"""

from storylens.story.claim_conflicts.account import account_conflict, doer_conflict, doers
from storylens.story.claim_conflicts.dates import date_conflict
from storylens.story.claim_conflicts.figure_pairs import figure_pairs
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_conflicts.negation import (
    DENIALS,
    about_different_things,
    acts_on_different_things,
    denied_content_matches,
    denies_in_other_words,
    denies_the_action,
    negation_conflict,
    referent_words,
    reporting_frame_denied,
    states_a_rule,
)
from storylens.story.claim_conflicts.quantity import (
    comparable,
    named_measure_differs,
    quantities_agree,
    quantities_match,
    quantity_conflict,
)
from storylens.story.claim_conflicts.states import state_conflict, stated_states
from storylens.story.claim_conflicts.superseded import retracted_content, retraction_conflict, superseded

__all__ = [
    "DENIALS", "MentionInStory", "about_different_things", "account_conflict", "acts_on_different_things",
    "denied_content_matches", "retracted_content", "retraction_conflict", "state_conflict", "stated_states", "comparable", "date_conflict",
    "denies_in_other_words", "denies_the_action", "doer_conflict", "doers", "figure_pairs", "named_measure_differs", "negation_conflict", "quantities_agree", "quantities_match",
    "quantity_conflict", "referent_words", "reporting_frame_denied", "states_a_rule", "superseded",
]
