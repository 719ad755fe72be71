"""The package reads like the data flow: a layer never imports one above it (also not inside
a function, where a late import could hide a cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

import storylens

PACKAGE = Path(storylens.__file__).parent
RANK = {
    "records": 0, "errors": 0,
    "ingest": 1,
    "nlp": 2,
    "story": 3,
    "store": 4,
    "export": 5, "api": 5,
    "web": 6, "batch": 6, "eval": 6, "bench": 6,
    "cli": 7,
}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "storylens" else None


def test_no_layer_imports_a_higher_one():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        own = relative.parts[0]
        if own not in RANK:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                other = layer_of(name)
                if other in RANK and RANK[other] > RANK[own]:
                    wrong.append(f"{relative} imports {name}")
    assert not wrong, wrong
