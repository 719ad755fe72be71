"""Documentation that must not fall behind the code (datasette's habit)."""

import re
import subprocess
import sys
from pathlib import Path

import typer

from storylens.cli import app
from storylens.eval import EVALUATIONS

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_and_option_is_in_the_cli_reference():
    doc = (ROOT / "docs" / "cli.md").read_text()
    group = typer.main.get_group(app)
    for name, command in group.commands.items():
        assert f"## storylens {name}" in doc, f"docs/cli.md lacks `{name}`: run scripts/cli_reference.py"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in doc, f"docs/cli.md lacks {name} {opt}: run scripts/cli_reference.py"


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    first_block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


def test_every_evaluation_is_documented_with_its_command():
    doc = (ROOT / "docs" / "evaluation.md").read_text()
    for name in EVALUATIONS:
        assert f"storylens eval {name}" in doc, f"docs/evaluation.md lacks `storylens eval {name}`"
