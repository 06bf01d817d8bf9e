"""Writing results: one writer turns any command's records into text, a Rich table, JSON,
JSON Lines, CSV or Markdown.

A command hands over a Listing: flat records for the data formats, and, where a table is not
how a person reads it (search hits, whole paragraphs), its own text and Markdown. Rich is
imported only when styled output is wanted, so scripts reading JSON start fast.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from rich.console import Console

FORMATS = ("text", "json", "jsonl", "csv", "markdown")  # what every command can write
ALIGNED_WIDTH = 40  # a piped table pads a column this wide at most: a longer cell runs on in its row


class Output(NamedTuple):
    """Where results go and whether to style them (a terminal, with NO_COLOR unset)."""

    stream: IO[str]
    styled: bool
    width: int | None = None

    @classmethod
    def for_stdout(cls) -> Output:
        styled = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        return cls(sys.stdout, styled)

    def write(self, text: str = "") -> None:
        self.stream.write(text + "\n")

    def console(self) -> Console:
        from rich.console import Console

        return Console(file=self.stream, width=self.width, highlight=False, force_terminal=self.styled)


@dataclass
class Listing:
    """What a command shows: records, and how each format writes them where a table will not do."""

    records: list[dict[str, Any]]
    columns: list[str] | None = None  # for tables and CSV (default: every key of the first record)
    text_columns: list[str] | None = None  # for a table a person reads, when fewer than columns
    document: Any = None  # what JSON writes, when more than the records (a query's hits and totals)
    every_row: dict[str, Any] = field(default_factory=dict)  # what each CSV row repeats (provenance)
    text: Callable[[Output], None] | None = None  # plain or styled text, instead of a table
    markdown: Callable[[Output], None] | None = None  # Markdown, instead of a table


def write(listing: Listing, fmt: str, out: Output) -> None:
    """Write a listing in one of FORMATS."""
    fmt = fmt.lower()
    columns = listing.columns or (list(listing.records[0]) if listing.records else [])
    if fmt == "json":
        document = listing.records if listing.document is None else listing.document
        out.write(json.dumps(document, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in listing.records:
            out.write(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        rows = [{**record, **listing.every_row} for record in listing.records]
        _write_csv(out, columns + list(listing.every_row), rows)
    elif fmt == "markdown" and listing.markdown:
        listing.markdown(out)
    elif fmt == "markdown":
        out.write("| " + " | ".join(columns) + " |")
        out.write("|" + "---|" * len(columns))
        for record in listing.records:
            out.write("| " + " | ".join(cell(record.get(c)).replace("|", "\\|") for c in columns) + " |")
    elif listing.text:
        listing.text(out)
    else:
        _table(listing.records, listing.text_columns or columns, out)


def _table(records: list[dict[str, Any]], columns: list[str], out: Output) -> None:
    """A Rich table on a terminal; aligned columns when piped, a long cell (the many paragraphs
    a keynote spoke) running on in its own row rather than padding every other row to it."""
    if out.styled:
        from rich.table import Table

        table = Table(*columns, header_style="bold", box=None)
        for record in records:
            table.add_row(*(cell(record.get(c)) for c in columns))
        out.console().print(table)
        return
    rows = [[cell(r.get(c)) for c in columns] for r in records]
    widths = [
        max([len(c), *(min(len(row[k]), ALIGNED_WIDTH) for row in rows)]) for k, c in enumerate(columns)
    ]
    for row in [columns, *rows]:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)).rstrip())


def cell(value: Any) -> str:
    """A value as one table cell: lists joined with '; ', mappings by their values."""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    return "" if value is None else str(value)


def _write_csv(out: Output, columns: list[str], records: list[dict[str, Any]]) -> None:
    import csv  # CSV only: other formats start without it

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({c: cell(record.get(c)) for c in columns})
    out.stream.write(buffer.getvalue())
