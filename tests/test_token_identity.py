"""Tokens are compared by position, never by identity.

spaCy builds a new Token object on each access (``doc[i]``, ``token.head``), so ``token.head is
token`` is false even at the root: a walk up the parse that stops on it never ends (a headline
parsed as a noun over an infinitive hung the whole analysis, round s36). This reads the package's
source for ``is`` / ``is not`` with a ``.head`` on either side.
"""

from __future__ import annotations

import ast
from pathlib import Path

import storylens

PACKAGE = Path(storylens.__file__).parent


def _is_head(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "head"


def identity_tests_of_heads(source: str) -> list[int]:
    """Line numbers of ``x is y`` / ``x is not y`` where x or y is some ``.head``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for op, (left, right) in zip(node.ops, zip(sides, sides[1:])):
                if isinstance(op, (ast.Is, ast.IsNot)) and (_is_head(left) or _is_head(right)):
                    lines.append(node.lineno)
    return lines


def test_the_check_finds_an_identity_test_of_a_head():
    assert identity_tests_of_heads("while t.head is not t:\n    t = t.head\n") == [1]
    assert identity_tests_of_heads("while t.head != t:\n    t = t.head\nx = y is None\n") == []


def test_no_module_compares_a_head_by_identity():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := identity_tests_of_heads(path.read_text(encoding="utf-8")))
    }
    assert found == {}
