"""Showing results: Rich styling on a terminal, plain text when piped, and JSON, CSV, Markdown.

Rich is imported only when styled output is wanted, so scripts reading JSON start fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import IO, Any

from seminar_search.cite import citation
from seminar_search.model import NAMED_SERIES, UNNUMBERED, Document, Hit, Paragraph, opening, series_title
from seminar_search.search import SearchOutcome

INDENT = "     "
PLAIN_WIDTH = 100
NEIGHBOUR_CHARS = 150  # how much of a neighbouring paragraph --context shows


@dataclass
class Output:
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

    def console(self) -> Any:
        from rich.console import Console

        return Console(file=self.stream, width=self.width, highlight=False, force_terminal=self.styled)


# -- hits ----------------------------------------------------------------------------------


def hit_record(hit: Hit) -> dict[str, Any]:
    """A hit as JSON: where it is, what it says, and where its highlighted words are."""
    p = hit.paragraph
    return {
        "doc": p.doc,
        "series": p.series,
        "label": p.label,
        "number": p.number,
        "score": round(hit.score, 4),
        "speaker": p.speaker,
        "section": p.section,
        "themes": p.themes,
        "page": p.page,
        "text": p.text,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "footnotes": [asdict(f) for f in p.footnotes],
        "citation": hit.citation,
    }


def render_search(
    outcome: SearchOutcome,
    fmt: str,
    out: Output,
    show_doc: bool,
    context: dict[int, list[Paragraph]] | None = None,
) -> None:
    """Print search results in the chosen format; context maps a hit's rank to its neighbours.

    Data formats carry provenance (the query, when the index was built and a hash of its
    contents), so a result set can be cited and reproduced.
    """
    context = context or {}
    records = [
        {**hit_record(h), **({"context": [paragraph_record(p) for p in context[i]]} if i in context else {})}
        for i, h in enumerate(outcome.hits)
    ]
    if fmt == "json":
        head = {"query": outcome.query, "total": outcome.total}
        if outcome.corrected:
            head["corrected"] = outcome.corrected
        body = {**head, "index": outcome.index, "hits": records}
        out.write(json.dumps(body, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        provenance = {
            "query": outcome.query,
            "index_built": outcome.index.get("built", ""),
            "index_hash": outcome.index.get("content_hash", ""),
        }
        rows = [{**r, "themes": "; ".join(r["themes"]), **provenance} for r in records]
        columns = ["doc", "number", "score", "speaker", "section", "themes", "page", "snippet", "citation"]
        _write_csv(out, columns + list(provenance), rows)
    elif fmt == "markdown":
        out.write(f"## Results for “{outcome.query}” ({outcome.total})\n")
        for rank, hit in enumerate(outcome.hits, start=1):
            snippet = _mark_spans(hit.snippet, hit.highlights, "**", "**")
            out.write(f"{rank}. **{label(hit.paragraph)}** ({_where(hit.paragraph)}): {snippet}  ")
            out.write(f"   — {citation(hit.document, hit.paragraph, markdown=True)}")
        built, digest = outcome.index.get("built", ""), outcome.index.get("content_hash", "")[:12]
        out.write(f"\n*Search for “{outcome.query}”, seminar-search index built {built}, contents {digest}.*")
    elif out.styled:
        _styled_hits(outcome.hits, out, show_doc, context)
    else:
        for rank, hit in enumerate(outcome.hits):
            out.write(_heading(hit.paragraph, show_doc))
            out.write(_wrap(hit.snippet))
            for neighbour in context.get(rank, []):
                out.write(
                    _wrap(
                        f"({label(neighbour)}) {opening(neighbour.text, NEIGHBOUR_CHARS)}", indent=INDENT * 2
                    )
                )


def _styled_hits(hits: list[Hit], out: Output, show_doc: bool, context: dict[int, list[Paragraph]]) -> None:
    from rich.padding import Padding
    from rich.text import Text

    console = out.console()
    for rank, hit in enumerate(hits):
        heading = Text()
        heading.append(label(hit.paragraph), style="bold cyan")
        heading.append("  " + _where(hit.paragraph, show_doc), style="dim")
        console.print(heading)
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        console.print(Padding(snippet, (0, 0, 0, len(INDENT)), expand=False))
        for neighbour in context.get(rank, []):
            dimmed = Text(f"({label(neighbour)}) {opening(neighbour.text, NEIGHBOUR_CHARS)}", style="dim")
            console.print(Padding(dimmed, (0, 0, 0, 2 * len(INDENT)), expand=False))


def _heading(paragraph: Paragraph, show_doc: bool = False) -> str:
    return f"{label(paragraph)}  {_where(paragraph, show_doc)}"


def label(paragraph: Paragraph) -> str:
    """'¶31' or '¶4.23' in the main numbering, 'Q183' in a transcript, 'Recommendation 3' or
    'Annex B ¶12' in another series."""
    series, printed = paragraph.series, paragraph.label
    if series == "paragraph":
        return f"¶{printed}"
    if series == "question":
        return printed
    if series == UNNUMBERED:
        return f"after ¶{printed}"
    if series in NAMED_SERIES:
        return f"{series.title()} {printed}"
    return f"{series_title(series)} ¶{printed}"


def _where(paragraph: Paragraph, show_doc: bool = False) -> str:
    """'Discussion · The third Sector · p. 10': the section only when it says something more."""
    parts = [paragraph.speaker] if paragraph.speaker else []
    if paragraph.section and not (paragraph.speaker and paragraph.section.startswith(paragraph.speaker)):
        parts.append(paragraph.section)
    parts.append(f"p. {paragraph.page}")
    if show_doc:
        parts.append(paragraph.doc)
    return " · ".join(parts)


def _wrap(text: str, indent: str = INDENT) -> str:
    import textwrap

    return "\n".join(
        textwrap.fill(
            line,
            PLAIN_WIDTH,
            initial_indent=indent,
            subsequent_indent=indent + ("  " if line.startswith("- ") else ""),
        )
        for line in text.splitlines() or [""]
    )


def _mark_spans(text: str, spans: list[tuple[int, int]], before: str, after: str) -> str:
    out, index = [], 0
    for start, end in spans:
        out += [text[index:start], before, text[start:end], after]
        index = end
    return "".join([*out, text[index:]])


# -- paragraphs ----------------------------------------------------------------------------


def paragraph_record(paragraph: Paragraph) -> dict[str, Any]:
    """A paragraph as exported: the keys other tools can rely on."""
    return {
        "doc": paragraph.doc,
        "series": paragraph.series,
        "label": paragraph.label,
        "number": paragraph.number,
        "speaker": paragraph.speaker,
        "section": paragraph.section,
        "themes": paragraph.themes,
        "page": paragraph.page,
        "text": paragraph.text,
        "footnotes": [asdict(f) for f in paragraph.footnotes],
        "mentions": paragraph.mentions,
    }


def render_paragraphs(shown: list[tuple[Paragraph, bool]], fmt: str, out: Output, show_doc: bool) -> None:
    """Whole paragraphs with their footnotes; neighbours shown for context are dimmed."""
    if fmt in ("json", "jsonl", "csv"):
        render_records([{**paragraph_record(p), "context": not asked} for p, asked in shown], fmt, out)
        return
    if fmt == "markdown":
        for paragraph, _asked in shown:
            out.write(f"**{label(paragraph)}** ({_where(paragraph, show_doc)})\n")
            out.write(paragraph.text + "\n")
            for note in paragraph.footnotes:
                out.write(f"[^{note.mark}]: {note.text}\n")
        return
    if out.styled:
        from rich.padding import Padding
        from rich.text import Text

        console = out.console()
        for paragraph, asked in shown:
            style = "" if asked else "dim"
            console.print(Text(_heading(paragraph, show_doc), style="bold cyan" if asked else "dim"))
            console.print(Padding(Text(paragraph.text, style=style), (0, 0, 0, len(INDENT)), expand=False))
            for note in paragraph.footnotes:
                console.print(
                    Padding(
                        Text(f"[{note.mark}] {note.text}", style="dim italic"),
                        (0, 0, 0, len(INDENT)),
                        expand=False,
                    )
                )
            console.print()
        return
    for paragraph, _asked in shown:
        out.write(_heading(paragraph, show_doc))
        out.write(_wrap(paragraph.text))
        for note in paragraph.footnotes:
            out.write(_wrap(f"[{note.mark}] {note.text}"))
        out.write()


# -- research views ------------------------------------------------------------------------


def render_quotes(found: list[tuple[Paragraph, str, Document]], fmt: str, out: Output) -> None:
    """Quoted remarks with where they stand and a citation."""
    records = [
        {
            "doc": p.doc,
            "number": p.number,
            "speaker": p.speaker,
            "section": p.section,
            "page": p.page,
            "quote": quote,
            "citation": citation(document, p),
        }
        for p, quote, document in found
    ]
    if fmt != "text":
        render_records(records, fmt, out)
        return
    for paragraph, quote, _document in found:
        out.write(_heading(paragraph))
        out.write(_wrap(f"‘{quote}’"))


def render_verification(quotation: str, found: Any, document: Document, fmt: str, out: Output) -> None:
    """Where a quotation comes from and, unless it is exact, how the report's words differ."""
    paragraph = found.paragraph
    marked = " ".join(_diff_marks(op, theirs, ours) for op, theirs, ours in found.differences)
    if fmt == "json":
        record = {
            "quotation": quotation,
            "exact": found.exact,
            "similarity": round(found.similarity, 3),
            "passage": found.passage,
            "differences": [{"op": op, "report": a, "quotation": b} for op, a, b in found.differences],
            "paragraph": paragraph_record(paragraph),
            "citation": citation(document, paragraph),
        }
        out.write(json.dumps(record, ensure_ascii=False, indent=2))
        return
    verdict = "exact quotation" if found.exact else f"nearest passage, {found.similarity:.0%} alike"
    out.write(f"{_heading(paragraph)}  ({verdict})")
    out.write(_wrap(paragraph.text))
    if not found.exact:
        out.write(_wrap("differences: " + marked))
    out.write(_wrap(citation(document, paragraph)))


def _diff_marks(op: str, report: str, quoted: str) -> str:
    """wdiff style: [-in the report only-] {+in the quotation only+}."""
    if op == "equal":
        return report
    removed = f"[-{report}-]" if report else ""
    added = f"{{+{quoted}+}}" if quoted else ""
    return " ".join(part for part in (removed, added) if part)


def render_matrix(table: Any, fmt: str, out: Output) -> None:
    """Themes down, speakers across, paragraph numbers in the cells."""
    if fmt == "json":
        out.write(
            json.dumps({"speakers": table.speakers, "themes": table.themes, "cells": table.cells}, indent=2)
        )
        return
    records = [
        {"theme": theme, **{s: ", ".join(table.cells[theme].get(s, [])) for s in table.speakers}}
        for theme in table.themes
    ]
    render_records(records, fmt, out, ["theme", *table.speakers])


# -- lists and tables ----------------------------------------------------------------------


def render_inspection(record: dict[str, Any], fmt: str, out: Output) -> None:
    """inspect's account of a file: JSON, or a page a person reads top to bottom."""
    if fmt == "json":
        out.write(json.dumps(record, ensure_ascii=False, indent=2))
        return
    out.write(f"{record['file']}: {record['genre']} ({record['why']})")
    out.write(f"  id {record['id']} · {record['title'] or 'untitled'} · {record['date'] or 'undated'}")
    out.write(f"  by {record['author'] or 'unknown'}")
    out.write("series:")
    for series in record["series"]:
        repeats = f", repeated: {', '.join(series['repeats'])}" if series["repeats"] else ""
        out.write(
            f"  {series['series']}: {series['units']} units, {series['first']} … {series['last']}{repeats}"
        )
    out.write(f"speakers ({len(record['speakers'])}):")
    for speaker in record["speakers"][:20]:
        out.write(f"  {speaker['units']:5}  {speaker['speaker'] or '(none)'}")
    unattached = record["footnotes_unattached"]
    out.write(f"sections: {record['sections']} · participants: {record['participants']}")
    out.write(
        f"footnotes: {record['footnotes_attached']} attached, {len(unattached)} unattached"
        + (f" ({', '.join(map(str, unattached[:20]))})" if unattached else "")
    )
    out.write(
        f"left out: {record['front_matter_lines']} front-matter lines, {record['back_matter_lines']} "
        f"back-matter lines, {record['page_furniture_lines']} page headers, footers and numbers, "
        f"{record['table_and_figure_lines']} table and figure lines"
    )
    for header in record["running_headers"]:
        out.write(f"  running header: {header}")
    for warning in record["warnings"]:
        out.write(f"warning: {warning}")


def render_records(
    records: list[dict[str, Any]], fmt: str, out: Output, columns: list[str] | None = None
) -> None:
    """A list of flat records: a table on a terminal, aligned columns when piped, or data."""
    columns = columns or (list(records[0]) if records else [])
    if fmt == "json":
        out.write(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        _write_csv(out, columns, records)
    elif fmt == "markdown":
        out.write("| " + " | ".join(columns) + " |")
        out.write("|" + "---|" * len(columns))
        for record in records:
            out.write("| " + " | ".join(_cell(record.get(c)).replace("|", "\\|") for c in columns) + " |")
    elif out.styled:
        from rich.table import Table

        table = Table(*columns, header_style="bold", box=None)
        for record in records:
            table.add_row(*(_cell(record.get(c)) for c in columns))
        out.console().print(table)
    else:
        rows = [[_cell(r.get(c)) for c in columns] for r in records]
        widths = [max([len(c)] + [len(row[i]) for row in rows]) for i, c in enumerate(columns)]
        for row in [columns, *rows]:
            out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)).rstrip())


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    return "" if value is None else str(value)


def _write_csv(out: Output, columns: list[str], records: Iterable[dict[str, Any]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({c: _cell(record.get(c)) for c in columns})
    out.stream.write(buffer.getvalue())


def document_record(document: Document, paragraphs: int, themes: str) -> dict[str, Any]:
    """A document as docs lists it, with the theme lexicon the index was built with."""
    return {
        "id": document.id,
        "title": document.title,
        "event": document.event,
        "subtitle": document.subtitle,
        "date": document.date,
        "author": document.author,
        "source": document.source,
        "paragraphs": paragraphs,
        "themes": themes,
    }
