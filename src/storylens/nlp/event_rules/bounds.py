"""A happening dated only by the clause it follows or precedes (issue 19, round s39).

"The sample was taken after she crossed the line on 4 October": the time phrase hangs from
"crossed" inside the finite "after" clause and dates the crossing, which is right. The taking
has no day of its own; the sentence says only that it came after that day's crossing. It is
recorded as a *bound*: a mention of "taken" at the crossing's date with ``bound="after"`` (on
that day or later), and for "before" a mention on that day or earlier.

A bound is no entry of the timeline on its own (it dates nothing exactly). It lets the
timeline see that another outlet's "the sample was collected on 3 October" is one act told
with a day the bound rules out: a date disagreement, with both sentences.

Only a finite clause with a subject of its own: a participle after "after" with no subject
("exploded shortly after leaving the pad on Tuesday") is the main verb's step just before,
and dates the main verb itself (``events._main_verb_of_a_step_before``, round s35). A measure
before the word ("two days after she crossed ...") says how far: no bound is read from it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from storylens.nlp.event_rules.assertion import asserted_trigger

# The subordinating words that order the main clause's happening against the clause's own day.
ORDERING_MARKS = frozenset({"after", "before"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def bounded_by_clause(dated: Token) -> Optional[tuple[Token, str]]:
    """(the main verb, "after" or "before") when ``dated`` heads a finite "after"/"before"
    clause hung from a verb that really happened (not negated, not counterfactual); else None."""
    if dated.dep_ != "advcl" or dated.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in dated.children if c.dep_ == "mark" and c.lower_ in ORDERING_MARKS), None)
    if mark is None or not any(c.dep_ in SUBJECTS for c in dated.children):
        return None
    if any(c.dep_ == "npadvmod" for c in mark.children) or any(c.dep_ == "npadvmod" and c.i < mark.i for c in dated.children):
        return None  # "two days after she crossed": a measured distance, not the same day's bound
    main = dated.head
    if main.pos_ not in ("VERB", "AUX") or main.i == dated.i:
        return None
    if asserted_trigger(main) is None or asserted_trigger(main).i != main.i:
        return None
    return main, mark.lower_
