"""The one union-find under the story steps."""

from __future__ import annotations

from storylens.story.union_find import UnionFind


def test_groups_follow_the_items_order_and_union_keeps_the_second_root():
    union = UnionFind(["d", "a", "c", "b"])
    union.union("b", "d")
    union.union("c", "a")
    assert union.groups() == [["d", "b"], ["a", "c"]]
    assert union.find("b") == "d" and union.find("c") == "a"
    union.union("a", "b")
    assert union.groups() == [["d", "a", "c", "b"]]
    assert union.find("c") == "d"


def test_integer_items_and_singletons():
    union = UnionFind(range(4))
    union.union(3, 1)
    assert union.groups() == [[0], [1, 3], [2]]
