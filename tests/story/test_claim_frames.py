"""One fact told with different values: the clauses' frames, with their figures and dates masked,
pair them across outlets (sentences written for these tests)."""

import numpy as np

from storylens.records import ClaimMention, Quantity, Span
from storylens.story.claim_conflicts.mention import MentionInStory
from storylens.story.claim_linker import StoryMentions
from storylens.story.claims import PreparedPairs, same_frame_pairs, value_masked
from storylens.story.embeddings import embed


def clause(text: str, article: str, figures=(), dates=()) -> MentionInStory:
    """A clause of its own sentence; ``figures``: (written figure, value, counted noun)."""
    span = Span(article, 0, len(text), text)
    quantities = []
    for written, value, noun in figures:
        at = text.find(written)
        quantities.append(Quantity(Span(article, at, at + len(written), written), value, "count", surface_unit=noun))
    mention = ClaimMention(span, text, predicate="x", quantities=quantities, dates=list(dates))
    return MentionInStory(mention, span, article, "2031-06-02", article, align_text=text)


def prepared(items, date_spans):
    masked = value_masked(items, date_spans)
    vectors = embed([item.align_text for item in items])
    pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if items[i].span.article != items[j].span.article]
    masked_vectors = np.zeros_like(vectors)
    valued = [n for n, text in enumerate(masked) if text is not None]
    masked_vectors[valued] = embed([masked[n] for n in valued])
    mentions = StoryMentions.build(items, vectors, vectors, set(), pairs)
    return PreparedPairs(mentions, pairs, np.zeros((len(pairs), 0)), masked_vectors)


def test_figures_and_dates_are_masked_and_a_clause_without_either_is_not():
    toll = clause("Storm Kelda killed 31 people in Marrow province on Sunday", "wire", [("31", 31, "people")])
    plain = clause("Storm Kelda flattened the harbour wall", "wire")
    sunday = toll.mention.text.find("Sunday")
    masked = value_masked([toll, plain], {"wire": [(sunday, sunday + len("Sunday"))]})
    assert masked == ["Storm Kelda killed some people in Marrow province on some day", None]


def test_one_toll_told_with_other_words_and_another_figure_is_paired():
    wire = [clause("Storm Kelda killed 31 people in Marrow province", "wire", [("31", 31, "people")]),
            clause("Storm Kelda forced 6,000 people from their homes in Marrow province", "wire", [("6,000", 6000, "people")])]
    paper = [clause("Storm Kelda has claimed the lives of 47 people in Marrow province", "paper", [("47", 47, "people")]),
             clause("The harbour wall of Marrow was flattened", "paper")]
    pairs = same_frame_pairs(prepared(wire + paper, {}))
    assert (0, 2) in pairs  # killed 31 / claimed the lives of 47
    assert (1, 2) not in pairs  # the evacuation is another fact of the story
    assert all(3 not in pair for pair in pairs)  # no figure, no date: nothing to mask


def test_clauses_with_values_of_different_kinds_are_not_paired():
    count = clause("The ferry Osprey carried 160 passengers", "wire", [("160", 160, "passengers")])
    dated = clause("The ferry Osprey carried passengers on Friday", "paper", dates=["2031-05-30"])
    assert same_frame_pairs(prepared([count, dated], {})) == set()
