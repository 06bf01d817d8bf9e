"""The README's shell sessions are run, and must print what the README says they print.

Run with UPDATE_README=1 to rewrite the README's outputs from a real run.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from seminar_search.cli import cli

README = Path(__file__).parents[1] / "README.md"
BLOCK = re.compile(r"(```console\n)(.*?)(```)", re.DOTALL)


def run_session(session: str) -> str:
    """Run each `$ seminar-search ...` line and put its real output under it (with `2>&1`,
    what it writes on stderr too)."""
    out = []
    for command in re.findall(r"^\$ (.*)$", session, re.MULTILINE):
        args = shlex.split(command)
        assert args[0] == "seminar-search", command
        both = args[-1] == "2>&1"
        result = CliRunner().invoke(cli, args[1:-1] if both else args[1:])
        assert result.exit_code == 0, (command, result.output)
        out.append(f"$ {command}\n{result.output if both else result.stdout}")
    return "".join(out)


def test_readme_sessions_print_what_they_show(
    seed_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions run in a scratch folder that sees the repository's tests/ (for its corpus)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tests").symlink_to(README.parent / "tests", target_is_directory=True)
    text = README.read_text(encoding="utf-8")
    blocks = BLOCK.findall(text)
    assert len(blocks) >= 5
    actual = BLOCK.sub(lambda m: m.group(1) + run_session(m.group(2)) + m.group(3), text)
    if os.environ.get("UPDATE_README"):
        README.write_text(actual, encoding="utf-8")
    assert actual == text


def test_readme_names_the_test_command_that_ci_runs() -> None:
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.search(r"^python3 -m venv .*pytest$", README.read_text(encoding="utf-8"), re.MULTILINE)
    assert test_command and test_command.group(0) in ci
