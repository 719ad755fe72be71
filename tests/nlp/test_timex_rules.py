"""The rule modules of storylens_timex: one kind of expression each, no upward imports."""

import ast
from pathlib import Path

from storylens.nlp import timex_rules
from storylens.nlp.timex_rules import dates, durations, fiscal, relative, times_of_day

HIGHER_LAYERS = ("storylens.story", "storylens.store", "storylens.export", "storylens.web", "storylens.cli")


def test_rules_are_the_modules_rules_with_unique_names():
    modules = (dates, relative, fiscal, durations, times_of_day)
    assert all(module.RULES for module in modules)
    assert timex_rules.RULES == [rule for module in modules for rule in module.RULES]
    names = [rule.name for rule in timex_rules.RULES]
    assert len(names) == len(set(names))


def test_rule_modules_import_no_higher_layer():
    for path in Path(timex_rules.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(HIGHER_LAYERS), (path.name, node.module)
