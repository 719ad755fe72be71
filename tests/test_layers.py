"""The package reads like the data flow: a layer never imports one above it (also not inside
a function, where a late import could hide a cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

import storylens

PACKAGE = Path(storylens.__file__).parent
RANK = {
    "records": 0, "errors": 0, "schema": 0,  # schema: the export contract, data only
    "wordnet": 0,  # a reader of the lexicon every layer may consult, from ingest up
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


def imported_modules(node: ast.AST, package: list[str]) -> list[str]:
    """Dotted names an import statement brings in, relative imports resolved against ``package``
    and "from storylens import api" read as storylens.api."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
    if base == "storylens":
        return [f"storylens.{a.name}" for a in node.names]
    return [base]


def test_every_top_level_module_has_a_layer():
    tops = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    tops |= {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert tops <= set(RANK), sorted(tops - set(RANK))


def test_no_layer_imports_a_higher_one():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        own = relative.parts[0]
        if own not in RANK:
            continue
        package = ["storylens", *relative.parts[:-1]]
        for node in ast.walk(ast.parse(path.read_text())):
            for name in imported_modules(node, package):
                other = layer_of(name)
                if other in RANK and RANK[other] > RANK[own]:
                    wrong.append(f"{relative} imports {name}")
    assert not wrong, wrong
