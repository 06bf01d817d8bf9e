"""Helpers the tests share: where the test data lives, and the CLI run in-process."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from seminar_search.cli import cli

ROOT = Path(__file__).parents[1]
DATA = Path(__file__).parent / "data"
GENRES = DATA / "genres"  # real documents of the shapes the first parsers were not built on
SHAPES = DATA / "shapes"  # small documents written by hand in shapes of their own
SEED = ROOT / "seeds" / "policy-seminar-one-2010-05-18.txt"
HC179 = DATA / "corpus" / "hc179-environmental-impact-of-microplastics-2016.txt"  # a committee report
HC802 = DATA / "corpus" / "hc802-microplastics-government-response-2016.txt"  # the response to it


def as_pdf_text(text: str) -> str:
    """A text as a PDF's extraction gives it: no blank lines, paragraphs wrapped at a page's
    width."""
    return "\n".join(textwrap.fill(line, 95) for line in text.splitlines() if line.strip())


def run(*args: str, **kwargs: Any) -> tuple[int, str, str]:
    """Run the CLI as a user would: exit status, stdout, stderr. An exception other than the
    exit, or a traceback on stderr, fails the test."""
    result = CliRunner().invoke(cli, list(args), **kwargs)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr
