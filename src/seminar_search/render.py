"""What each command shows, as a Listing for the one writer (output.py): records for the data
formats, and the text and Markdown a person reads where a table will not do. Rich is imported
only where text is styled, so scripts reading JSON start fast."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from seminar_search.cite import citation
from seminar_search.model import Document, Hit, Paragraph, opening, reference
from seminar_search.output import Listing, Output

if TYPE_CHECKING:  # research (difflib) loads only for the commands that need it
    from seminar_search.research import Matrix, Person, Verification
    from seminar_search.search import Outcome

INDENT = "     "
PLAIN_WIDTH = 100
NEIGHBOUR_CHARS = 150  # how much of a neighbouring paragraph --context shows
HIT_COLUMNS = ["doc", "number", "score", "speaker", "section", "themes", "page", "snippet", "citation"]
EXPORT_COLUMNS = [
    "doc",
    "series",
    "label",
    "number",
    "speaker",
    "section",
    "themes",
    "page",
    "text",
    "footnotes",
]


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


def hits_listing(
    outcome: Outcome, show_doc: bool, context: dict[int, list[Paragraph]] | None = None
) -> Listing:
    """Search results; context maps a hit's rank to its neighbours. Data formats carry
    provenance (the query, when the index was built and a hash of its contents), so a result
    set can be cited and reproduced."""
    context = context or {}
    records = [
        {**hit_record(h), **({"context": [paragraph_record(p) for p in context[i]]} if i in context else {})}
        for i, h in enumerate(outcome.hits)
    ]
    head: dict[str, Any] = {"query": outcome.query, "total": outcome.total}
    if outcome.corrected:
        head["corrected"] = outcome.corrected

    def text(out: Output) -> None:
        if out.styled:
            _styled_hits(outcome.hits, out, show_doc, context)
            return
        for rank, hit in enumerate(outcome.hits):
            out.write(_heading(hit.paragraph, show_doc))
            out.write(_wrap(hit.snippet))
            for neighbour in context.get(rank, []):
                line = f"({reference(neighbour, 'mark')}) {opening(neighbour.text, NEIGHBOUR_CHARS)}"
                out.write(_wrap(line, indent=INDENT * 2))

    def markdown(out: Output) -> None:
        out.write(f"## Results for “{outcome.query}” ({outcome.total})\n")
        for rank, hit in enumerate(outcome.hits, start=1):
            snippet = _mark_spans(hit.snippet, hit.highlights, "**", "**")
            out.write(
                f"{rank}. **{reference(hit.paragraph, 'mark')}** ({_where(hit.paragraph)}): {snippet}  "
            )
            out.write(f"   — {citation(hit.document, hit.paragraph, markdown=True)}")
        built, digest = outcome.index.get("built", ""), outcome.index.get("content_hash", "")[:12]
        out.write(f"\n*Search for “{outcome.query}”, seminar-search index built {built}, contents {digest}.*")

    every_row = {
        "query": outcome.query,
        "index_built": outcome.index.get("built", ""),
        "index_hash": outcome.index.get("content_hash", ""),
    }
    document = {**head, "index": outcome.index, "hits": records}
    return Listing(records, HIT_COLUMNS, None, document, every_row, text, markdown)


def _styled_hits(hits: list[Hit], out: Output, show_doc: bool, context: dict[int, list[Paragraph]]) -> None:
    from rich.padding import Padding
    from rich.text import Text

    console = out.console()
    for rank, hit in enumerate(hits):
        heading = Text()
        heading.append(reference(hit.paragraph, "mark"), style="bold cyan")
        heading.append("  " + _where(hit.paragraph, show_doc), style="dim")
        console.print(heading)
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        console.print(Padding(snippet, (0, 0, 0, len(INDENT)), expand=False))
        for neighbour in context.get(rank, []):
            line = f"({reference(neighbour, 'mark')}) {opening(neighbour.text, NEIGHBOUR_CHARS)}"
            console.print(Padding(Text(line, style="dim"), (0, 0, 0, 2 * len(INDENT)), expand=False))


def _heading(paragraph: Paragraph, show_doc: bool = False) -> str:
    return f"{reference(paragraph, 'mark')}  {_where(paragraph, show_doc)}"


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
    import textwrap  # plain text only: JSON never wraps

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


def paragraphs_listing(
    shown: list[tuple[Paragraph, bool]], show_doc: bool, columns: list[str] | None = None
) -> Listing:
    """Whole paragraphs with their footnotes; those shown only as context (asked False) dimmed."""
    records = [{**paragraph_record(p), "context": not asked} for p, asked in shown]

    def text(out: Output) -> None:
        if out.styled:
            _styled_paragraphs(shown, out, show_doc)
            return
        for paragraph, _asked in shown:
            out.write(_heading(paragraph, show_doc))
            out.write(_wrap(paragraph.text))
            for note in paragraph.footnotes:
                out.write(_wrap(f"[{note.mark}] {note.text}"))
            out.write()

    def markdown(out: Output) -> None:
        for paragraph, _asked in shown:
            out.write(f"**{reference(paragraph, 'mark')}** ({_where(paragraph, show_doc)})\n")
            out.write(paragraph.text + "\n")
            for note in paragraph.footnotes:
                out.write(f"[^{note.mark}]: {note.text}\n")

    return Listing(records, columns, text=text, markdown=markdown)


def _styled_paragraphs(shown: list[tuple[Paragraph, bool]], out: Output, show_doc: bool) -> None:
    from rich.padding import Padding
    from rich.text import Text

    console = out.console()
    for paragraph, asked in shown:
        console.print(Text(_heading(paragraph, show_doc), style="bold cyan" if asked else "dim"))
        console.print(
            Padding(Text(paragraph.text, style="" if asked else "dim"), (0, 0, 0, len(INDENT)), expand=False)
        )
        for note in paragraph.footnotes:
            marked = Text(f"[{note.mark}] {note.text}", style="dim italic")
            console.print(Padding(marked, (0, 0, 0, len(INDENT)), expand=False))
        console.print()


def export_listing(paragraphs: list[Paragraph], show_doc: bool) -> Listing:
    """Every paragraph, for other tools: the export's columns, without the context flag."""
    listing = paragraphs_listing([(p, True) for p in paragraphs], show_doc, EXPORT_COLUMNS)
    listing.records = [paragraph_record(p) for p in paragraphs]
    return listing


def citations_listing(paragraphs: list[Paragraph], documents: dict[str, Document]) -> Listing:
    """Citations to paste, once each (a question and its answers cite alike)."""
    records = [
        {
            "doc": p.doc,
            "series": p.series,
            "label": p.label,
            "number": p.number,
            "citation": citation(documents[p.doc], p),
        }
        for p in paragraphs
    ]

    def lines(markdown: bool) -> Any:
        def write(out: Output) -> None:
            for line in dict.fromkeys(citation(documents[p.doc], p, markdown=markdown) for p in paragraphs):
                out.write(line)

        return write

    return Listing(records, text=lines(markdown=False), markdown=lines(markdown=True))


# -- research views ------------------------------------------------------------------------


def quotes_listing(found: list[tuple[Paragraph, str, Document]]) -> Listing:
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

    def text(out: Output) -> None:
        for paragraph, quote, _document in found:
            out.write(_heading(paragraph))
            out.write(_wrap(f"‘{quote}’"))

    return Listing(records, text=text)


def verification_listing(quotation: str, found: Verification, document: Document) -> Listing:
    """Where a quotation comes from and, unless it is exact, how the report's words differ."""
    paragraph = found.paragraph
    record = {
        "quotation": quotation,
        "exact": found.exact,
        "similarity": round(found.similarity, 3),
        "passage": found.passage,
        "differences": [{"op": op, "report": a, "quotation": b} for op, a, b in found.differences],
        "paragraph": paragraph_record(paragraph),
        "citation": citation(document, paragraph),
    }

    def text(out: Output) -> None:
        verdict = "exact quotation" if found.exact else f"nearest passage, {found.similarity:.0%} alike"
        out.write(f"{_heading(paragraph)}  ({verdict})")
        out.write(_wrap(paragraph.text))
        if not found.exact:
            marked = " ".join(_diff_marks(op, theirs, ours) for op, theirs, ours in found.differences)
            out.write(_wrap("differences: " + marked))
        out.write(_wrap(citation(document, paragraph)))

    return Listing([record], document=record, text=text)


def _diff_marks(op: str, report: str, quoted: str) -> str:
    """wdiff style: [-in the report only-] {+in the quotation only+}."""
    if op == "equal":
        return report
    removed = f"[-{report}-]" if report else ""
    added = f"{{+{quoted}+}}" if quoted else ""
    return " ".join(part for part in (removed, added) if part)


def matrix_listing(tables: list[Matrix]) -> Listing:
    """Themes down, speakers across, paragraph labels in the cells; one table per document."""
    speakers = list(dict.fromkeys(s for table in tables for s in table.speakers))
    records = [
        {"theme": theme, **{s: ", ".join(table.cells[theme].get(s, [])) for s in table.speakers}}
        for table in tables
        for theme in table.themes
    ]
    document = [{"speakers": t.speakers, "themes": t.themes, "cells": t.cells} for t in tables]
    return Listing(records, ["theme", *speakers], document=document[0] if len(document) == 1 else document)


def people_listing(found: list[Person]) -> Listing:
    return Listing(
        [asdict(p) for p in found], text_columns=["name", "organisation", "role", "spoke", "named_in"]
    )


def documents_listing(documents: list[Document], counts: dict[str, int], themes: str) -> Listing:
    """The indexed documents, with the theme lexicon the index was built with."""
    records = [
        {
            "id": d.id,
            "title": d.title,
            "event": d.event,
            "subtitle": d.subtitle,
            "date": d.date,
            "author": d.author,
            "source": d.source,
            "paragraphs": counts.get(d.id, 0),
            "themes": themes,
        }
        for d in documents
    ]
    return Listing(records, text_columns=["id", "title", "date", "paragraphs", "source", "themes"])


def participants_listing(documents: list[Document]) -> Listing:
    records = [
        {**asdict(person), **({"doc": d.id} if len(documents) > 1 else {})}
        for d in documents
        for person in d.participants
    ]
    return Listing(records, text_columns=["name", "title", "organisation", "role"])


def facet_listing(counts: dict[str, int]) -> Listing:
    """Values with how many paragraphs carry each, the commonest first."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Listing([{"name": value, "paragraphs": n} for value, n in ordered])


def inspection_listing(record: dict[str, Any]) -> Listing:
    """inspect's account of a file: its series as records, or a page read top to bottom."""

    def text(out: Output) -> None:
        out.write(f"{record['file']}: {record['genre']} ({record['why']})")
        out.write(f"  id {record['id']} · {record['title'] or 'untitled'} · {record['date'] or 'undated'}")
        out.write(f"  by {record['author'] or 'unknown'}")
        out.write("series:")
        for series in record["series"]:
            repeats = f", repeated: {', '.join(series['repeats'])}" if series["repeats"] else ""
            span = f"{series['first']} … {series['last']}"
            out.write(f"  {series['series']}: {series['units']} units, {span}{repeats}")
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

    return Listing(list(record["series"]), document=record, text=text)
