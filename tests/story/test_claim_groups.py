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


def test_a_refused_pair_is_told_with_the_groups_as_they_stood():
    # a's second clause links b's clause less surely than a's first does: b's group already holds
    # a clause of article a, so the pair is refused and told with that rival in the group
    told = []
    group_mentions(ARTICLES, SCORED, 0.5, refused=lambda p, i, j, groups: told.append(
        (p, i, j, sorted(groups.members[groups.root(i)]), sorted(groups.members[groups.root(j)]))))
    assert (0.8, 1, 2, [1, 3], [0, 2]) in told
    assert all(p >= 0.5 for p, *_ in told)
