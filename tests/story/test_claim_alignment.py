from storylens.story.claim_alignment import aligned_pairs

# mentions 0, 1, 2: article a; 3, 4, 5: article b; 6: article c
ARTICLES = ["a", "a", "a", "b", "b", "b", "c"]


def test_each_clause_is_matched_to_at_most_one_clause_of_the_other_article():
    # 0 reads most like 3, but 1 reads like 3 too and like nothing else: weighing the
    # alternatives gives 3 to 1 and 0 its next best, 4
    scored = [(0.7, 0, 3), (0.6, 0, 4), (0.65, 1, 3), (0.2, 1, 5)]
    assert aligned_pairs(ARTICLES, scored, 0.1) == {(0, 4): 0.6, (1, 3): 0.65}


def test_pairs_below_the_floor_and_within_one_article_are_never_aligned():
    scored = [(0.05, 2, 5), (0.9, 0, 1), (0.5, 2, 6)]
    assert aligned_pairs(ARTICLES, scored, 0.1) == {(2, 6): 0.5}


def test_every_pair_of_articles_is_aligned_on_its_own():
    # 0 is matched in b and in c: one partner per other article
    scored = [(0.8, 0, 3), (0.7, 0, 6), (0.6, 1, 6)]
    assert aligned_pairs(ARTICLES, scored, 0.1) == {(0, 3): 0.8, (0, 6): 0.7}


def test_a_pair_is_in_a_triangle_when_a_third_article_aligns_with_both():
    from storylens.story.claim_alignment import in_triangles

    # 0 (a), 3 (b) and 6 (c) match each other all round; 1 (a) and 4 (b) match only each other
    aligned = {(0, 3): 0.5, (0, 6): 0.6, (3, 6): 0.4, (1, 4): 0.5}
    assert set(in_triangles(aligned)) == {(0, 3), (0, 6), (3, 6)}
