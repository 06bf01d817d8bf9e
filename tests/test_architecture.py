"""The house rules a newcomer relies on: small files and classes, Whoosh only in the index
package, Rich only where output is styled, and the core knowing nothing of the terminal."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers import ROOT

PACKAGE = ROOT / "src" / "seminar_search"
SOURCES = sorted(PACKAGE.rglob("*.py"))
MAX_FILE_LINES = 400
MAX_CLASS_LINES = 200
CORE = ["index", "parsing", "sources", "search.py", "filters.py", "labels.py", "model.py", "library.py"]


def imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", SOURCES, ids=relative)
def test_no_file_is_over_400_lines_and_no_class_over_200(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_FILE_LINES
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ClassDef):
            assert (node.end_lineno or 0) - node.lineno + 1 <= MAX_CLASS_LINES, node.name


def test_whoosh_is_imported_only_inside_the_index_package() -> None:
    outside = [relative(p) for p in SOURCES if not relative(p).startswith("index/")]
    assert outside and not [p for p in outside if any(m.startswith("whoosh") for m in imported(PACKAGE / p))]


def test_the_core_knows_nothing_of_the_terminal() -> None:
    core = [p for p in SOURCES if any(relative(p).startswith(part) for part in CORE)]
    assert len(core) > 20
    for path in core:
        assert not {m for m in imported(path) if m.split(".")[0] in ("click", "rich")}, relative(path)
        assert not {
            m for m in imported(path) if m.startswith(("seminar_search.cli", "seminar_search.render"))
        }
