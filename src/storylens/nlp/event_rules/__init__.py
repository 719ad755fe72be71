"""Which dated predicates are the outlet's own happenings (issue 19), for ``storylens_events``.

- :mod:`.assertion`: negated and counterfactual predicates date nothing ("did not enter X on
  June 3", "Nobody opened the gate on June 3", "had they attacked in May"), nor a time set for a
  thing that did not take place ("did not hold the drill it had scheduled for May 20th"); a predicate under a failure ("the failure to capture X
  in February") is dated as the failure, not as a capture;
- :mod:`.quoted`: a relative time inside a quotation counts from when the speaker spoke (the
  article's date, or the day the article says the speaker spoke); a past happening it dates is
  the speaker's account, and it anchors none of the outlet's own dates;
- :mod:`.arguments`: who did what to whom (agent, patient, other participants) and whether the
  predicate is a plain statement, read from the parse for the timeline's same-happening test;
- :mod:`.fragments`: a participle without a subject ("presented by X on Tuesday") and a
  relative clause ("which had declared X on June 3") are described with the noun or clause they
  belong to, and a caption made only of a participle dates nothing;
- :mod:`.years`: an undated article's month and day take the year the article states before
  them, or are left for the story to give its year;
- :mod:`.bounds`: a verb dated only by the "after"/"before" clause it governs ("taken after she
  crossed the line on 4 October") is bounded by that clause's day, not dated by it (round s39);
- :mod:`.states`: a state over a period ("the prison held 900 inmates last week") is no
  happening (round s40);
- :mod:`.attachment`: a time phrase closing a relative clause in the simple present dates the
  past verb whose noun the clause describes ("arrested a man who works there yesterday", s41);
- :mod:`.anchored`: days counted from a happening the text names ("two days after the vote",
  "the night before the exam", s41);
- :mod:`.reschedules`: a past act that sets a later time ("was postponed until next month") is
  dated by the report, and "since" a day dates the onset of a perfect (s41).
"""

from storylens.nlp.event_rules.assertion import asserted_trigger, says_only_what_did_not_happen, unrealised_plan
from storylens.nlp.event_rules.fragments import described_by, is_caption_fragment
from storylens.nlp.event_rules.quoted import QuotedText, counts_from_speech
from storylens.nlp.event_rules.years import stated_year_value

__all__ = ["QuotedText", "counts_from_speech", "asserted_trigger", "says_only_what_did_not_happen", "unrealised_plan", "described_by", "is_caption_fragment", "stated_year_value"]
