from storylens.story.claim_groups import group_mentions

# mentions 0, 1: article a; 2: article b; 3: article c
ARTICLES = ["a", "a", "b", "c"]
# b's clause goes with a's first clause, c's with a's second; b and c read alike, but not surely
SCORED = [(0.95, 0, 2), (0.95, 1, 3), (0.8, 2, 3), (0.8, 0, 3), (0.8, 1, 2)]


def test_a_second_clause_of_one_article_joins_only_through_sure_links():
    groups = group_mentions(ARTICLES, SCORED, 0.5)
    assert groups.root(0) == groups.root(2) and groups.root(1) == groups.root(3)
    assert groups.root(0) != groups.root(1)


def test_an_article_that_restates_itself_joins_on_the_mean_link():
    groups = group_mentions(ARTICLES, SCORED, 0.5, restates=lambda i, j: {i, j} == {0, 1})
    assert len({groups.root(i) for i in range(4)}) == 1
    # two clauses of one article that tell different facts still keep the groups apart
    groups = group_mentions(ARTICLES, SCORED, 0.5, restates=lambda i, j: False)
    assert groups.root(0) != groups.root(1)


def test_a_pair_the_alignment_matches_links_at_the_lower_bar():
    # 0 (article a) and 2 (article b) read only somewhat alike, but each is the other's match
    scored = [(0.45, 0, 2), (0.45, 1, 3)]
    alone = group_mentions(ARTICLES, scored, 0.6)
    assert alone.root(0) != alone.root(2)
    aligned = group_mentions(ARTICLES, scored, 0.6, aligned={(0, 2): 0.45}, aligned_threshold=0.4)
    assert aligned.root(0) == aligned.root(2)
    # a pair at the same probability that the alignment did not match still needs the link threshold
    assert aligned.root(1) != aligned.root(3)
