"""Disjoint sets: the grouping under the story steps that join items pair by pair (mentions of
one happening, quotes of one statement, names of one actor, articles of one story)."""

from __future__ import annotations

from typing import Generic, Hashable, Iterable, TypeVar

Item = TypeVar("Item", bound=Hashable)


class UnionFind(Generic[Item]):
    """Union-find over hashable items, with path halving. ``union(a, b)`` puts ``a``'s set under
    ``b``'s root, so callers that care which root survives (the group a name joins) choose it."""

    def __init__(self, items: Iterable[Item]) -> None:
        self.parent: dict[Item, Item] = {item: item for item in items}

    def find(self, item: Item) -> Item:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: Item, b: Item) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[Item]]:
        """The sets, each in the items' order, ordered by their first item."""
        by_root: dict[Item, list[Item]] = {}
        for item in self.parent:
            by_root.setdefault(self.find(item), []).append(item)
        return list(by_root.values())
