"""Retractions and what a later report overturns, on sentences written for these tests."""

from storylens.records import ClaimMention, Span
from storylens.story.claim_conflicts import retracted_content, retraction_conflict, superseded
from storylens.story.claim_conflicts.mention import MentionInStory


def clause(sentence: str, text: str, predicate: str, article: str, published: str, *, negated=False, theme=None,
           withdrawn=(), lemmas=(), modality=None) -> MentionInStory:
    span = Span(article, 0, len(sentence), sentence)
    mention = ClaimMention(span, text, predicate=predicate, negated=negated, theme=theme, withdrawn=list(withdrawn),
                           lemmas=list(lemmas), modality=modality)
    start = sentence.find(text)
    return MentionInStory(mention, Span(article, start, start + len(text), text), article, published, article)


def test_the_content_of_a_withdrawn_statement_is_read_from_the_parse():
    withdrawn = "The coastguard on Friday withdrew an earlier statement that its crews had recovered the trawler's log."
    content = clause(withdrawn, "that its crews had recovered the trawler's log", "recover", "two", "2031-05-03")
    assert retracted_content(content.mention).lemma_ == "recover"
    retracted = "The ministry retracted its claim that the dam at Holm had been breached."
    assert retracted_content(clause(retracted, "that the dam at Holm had been breached", "breach", "x", "").mention) is not None
    walked = "The club walked back a report that its coach had resigned."
    assert retracted_content(clause(walked, "that its coach had resigned", "resign", "x", "").mention) is not None
    # a relative clause is no content of the statement, and repeating a statement takes nothing back
    relative = "The coastguard withdrew the boats that had searched the bay."
    assert retracted_content(clause(relative, "that had searched the bay", "search", "x", "").mention) is None
    repeated = "The coastguard repeated its statement that its crews had recovered the log."
    assert retracted_content(clause(repeated, "that its crews had recovered the log", "recover", "x", "").mention) is None


def test_a_report_of_a_statement_later_withdrawn_is_superseded_not_corroborated():
    report = clause("The coastguard said its crews had recovered the trawler's log.", "its crews had recovered the trawler's log",
                    "recover", "one", "2031-05-02")
    withdrawn = "The coastguard on Friday withdrew an earlier statement that its crews had recovered the trawler's log."
    content = clause(withdrawn, "that its crews had recovered the trawler's log", "recover", "two", "2031-05-03")
    detail, first, second = retraction_conflict(content, report)
    assert first is report and second is content
    assert "taken back" in detail and "one (2031-05-02)" in detail and "two (2031-05-03)" in detail
    # another fact in the same withdrawn statement's article is no retraction of this one
    other = clause("The coastguard said its crews had searched the bay.", "its crews had searched the bay", "search", "one",
                   "2031-05-02")
    assert retraction_conflict(content, other) is None


def test_a_later_event_on_the_same_topic_overturns_nothing():
    count = clause("Ilse Varga won 40,212 votes, according to official results.",
                   "Ilse Varga won 40,212 votes, according to official results", "win", "one", "2031-05-02",
                   theme="40,212 votes", lemmas=["win", "vote", "official", "result"])
    appeal = clause("Her rival's lawyers asked the regional court to annul the result.",
                    "Her rival's lawyers asked the regional court to annul the result", "ask", "two", "2031-05-04",
                    theme="the regional court", withdrawn=["result"], lemmas=["lawyer", "ask", "court", "annul", "result"])
    assert superseded(count, appeal) is None  # a request, and about the result, not the votes she won
    annulled = clause("The regional court annulled the result.", "The regional court annulled the result", "annul", "two",
                      "2031-05-04", theme="the result", withdrawn=["result"], lemmas=["court", "annul", "result"])
    assert superseded(count, annulled) is None  # overturned, but not the fact the count states
    declared = clause("The board declared the result on Monday.", "The board declared the result on Monday", "declare", "one",
                      "2031-05-02", theme="the result", lemmas=["board", "declare", "result"])
    assert "overturns it" in superseded(declared, annulled)


def test_a_concession_that_states_the_fact_otherwise_supersedes_the_earlier_report():
    from storylens.story.claim_conflicts.superseded import conceded_content, concession_conflict

    first = clause("The refinery said the vapour was mostly steam.", "the vapour was mostly steam", "steam", "one", "2031-05-02")
    later = ("The refinery admitted on Friday that the vapour which escaped was chlorine gas, "
             "retracting its earlier statement.")
    admitted = clause(later, "that the vapour which escaped was chlorine gas", "gas", "two", "2031-05-03")
    assert conceded_content(admitted.mention).lemma_ == "be"
    detail, report, concession = concession_conflict(first, admitted)
    assert report is first and concession is admitted and "concession" in detail
    forced = clause("By the evening the refinery had to concede that the tank held chlorine.", "that the tank held chlorine",
                    "hold", "two", "2031-05-03")
    assert conceded_content(forced.mention) is not None
    steam = clause("The refinery said the tank held steam.", "the tank held steam", "hold", "one", "2031-05-02")
    assert concession_conflict(steam, forced) is not None
    # the same fact conceded, or another subject: no dispute
    same = clause("The refinery said the vapour was chlorine gas.", "the vapour was chlorine gas", "gas", "one", "2031-05-02")
    assert concession_conflict(same, admitted) is None
    other = clause("The refinery said the flare was mostly steam.", "the flare was mostly steam", "steam", "one", "2031-05-02")
    assert concession_conflict(other, admitted) is None
    # a concession not made
    refused = clause("The refinery did not admit that the vapour was chlorine gas.", "that the vapour was chlorine gas", "gas", "two", "2031-05-03")
    assert conceded_content(refused.mention) is None
    # a new instruction that reverses the earlier one
    reversal = clause("Keep the windows shut, the council said on Tuesday, reversing its earlier advice.",
                      "Keep the windows shut", "keep", "two", "2031-05-03")
    assert conceded_content(reversal.mention) is not None


def test_a_concession_in_other_words_of_the_same_fact_supersedes_nothing():
    from storylens.story.claim_conflicts.superseded import concession_conflict

    report = clause("Thieves had taken personal data belonging to about 2,000 of its members, the club said.",
                    "Thieves had taken personal data belonging to about 2,000 of its members", "take", "one", "2031-05-02")
    admitted = clause("The club admitted on Tuesday that thieves had taken the private details of 2,000 members.",
                      "that thieves had taken the private details of 2,000 members", "take", "two", "2031-05-03")
    assert concession_conflict(report, admitted) is None


def test_a_later_report_of_the_same_cancellation_overturns_nothing():
    first = clause("The ferry line cancelled 14 crossings on Friday.", "The ferry line cancelled 14 crossings on Friday",
                   "cancel", "one", "2031-05-02", theme="14 crossings", withdrawn=["crossing"])
    again = clause("Skerry Ferries cancelled 14 crossings on Friday, a spokesman said.",
                   "Skerry Ferries cancelled 14 crossings on Friday", "cancel", "two", "2031-05-03",
                   theme="14 crossings", withdrawn=["crossing"])
    assert superseded(first, again) is not None  # as before the reading
    assert superseded(first, again, same_overturning=True) is None
    # a crossing reported as scheduled, then cancelled, is still overturned
    planned = clause("Skerry Ferries scheduled 14 crossings for Friday.", "Skerry Ferries scheduled 14 crossings for Friday",
                     "schedule", "one", "2031-05-02", theme="14 crossings")
    assert superseded(planned, again, same_overturning=True) is not None
