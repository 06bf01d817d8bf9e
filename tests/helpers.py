"""Helpers the tests share: where the test data lives, and the CLI run in-process."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from seminar_search.cli import cli
from seminar_search.lexicon import load_themes
from seminar_search.model import BEFORE, Document, Paragraph
from seminar_search.parsing import read_genre

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


def narrow(text: str, width: int) -> str:
    """A text set in a narrower measure, as a PDF's extraction gives it: each line longer than
    width wrapped, blank lines and page breaks kept, a line laid out in columns left whole."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width))
        if len(line) > width and not re.search(r"   |\t", line)
        else line
        for line in text.split("\n")
    )


def shape_read(name: str, pdf: bool = False) -> Document:
    """A hand-written shape's document, read from its text or as a PDF's extraction gives it."""
    text = (SHAPES / name).read_text(encoding="utf-8")
    return read_genre(as_pdf_text(text) if pdf else text, load_themes()).document


def pdf_of_lines(lines: list[tuple[str, float, float]]) -> bytes:
    """A one-page PDF in Helvetica, each (text, drop, size) set drop points below the line
    before it in type of that size: a page whose spacing a test chooses, written by hand."""
    ops = ["BT 72 760 Td"]
    for k, (text, drop, size) in enumerate(lines):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"/F1 {size:g} Tf 0 {-drop if k else 0:g} Td ({escaped}) Tj")
    return pdf_of_content("\n".join([*ops, "ET"]))


def pdf_of_content(content: str) -> bytes:
    """A one-page PDF in Helvetica (/F1) drawn by the content stream given."""
    stream = content.encode("latin-1")
    page = b"/MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R " + page + b" >>",
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def run(*args: str, **kwargs: Any) -> tuple[int, str, str]:
    """Run the CLI as a user would: exit status, stdout, stderr. An exception other than the
    exit, or a traceback on stderr, fails the test."""
    result = CliRunner().invoke(cli, list(args), **kwargs)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def items_answered(doc: Document) -> list[Paragraph]:
    """A response's recommendations and their answers: its units but its introduction, the text
    before the first."""
    return [unit for unit in doc.paragraphs if not unit.label.startswith(BEFORE)]
