"""Date disputes: one happening dated differently, or dated after the time it was said to be done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from storylens.story.claim_conflicts.mention import MentionInStory


def date_conflict(a: MentionInStory, b: MentionInStory) -> Optional[str]:
    if a.mention.predicate != b.mention.predicate:
        return None
    if len(a.mention.dates) == 1 and len(b.mention.dates) == 1:
        da, db = a.mention.dates[0], b.mention.dates[0]
        if len(da) == len(db) and da != db:
            return f"{a.label} dates it {da}, {b.label} dates it {db}"
        return None
    for dated, said in ((a, b), (b, a)):
        detail = _later_than_said(dated, said)
        if detail:
            return detail
    return None


def _year(value: str) -> Optional[int]:
    return int(value[:4]) if value[:4].isdigit() else None


def _later_than_said(dated: MentionInStory, said: MentionInStory) -> Optional[str]:
    """"Lawyers said in 2017 that he repaid the money" puts the repayment in 2017 or before; a
    report that he repaid it in 2018 disagrees. Only facts stated as done (no "will", "could")."""
    if said.mention.dates or not said.mention.reported_on or len(dated.mention.dates) != 1:
        return None
    if said.mention.modality or dated.mention.modality:
        return None
    when, by = _year(dated.mention.dates[0]), _year(said.mention.reported_on)
    if when is None or by is None or when <= by:
        return None
    if dated.published and (_year(dated.published) or 0) < when:
        return None  # a past fact dated after its own article: a month name read into the wrong year

    return (f"{said.label} reports it as said in {said.mention.reported_on}: “{said.mention.text}”; "
            f"{dated.label} dates it {dated.mention.dates[0]}: “{dated.mention.text}”")
