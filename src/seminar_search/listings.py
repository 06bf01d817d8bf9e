"""The listings of what the index holds and of research across it, as Listings for the one
writer (output.py): documents, participants, speakers and themes, people, the matrix, quotes,
a verified quotation, and what inspect saw in a file."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from seminar_search.cite import citation
from seminar_search.model import Document, Paragraph
from seminar_search.output import Listing, Output
from seminar_search.render import heading, paragraph_record, wrap

if TYPE_CHECKING:  # research (difflib) loads only for the commands that need it
    from seminar_search.research import Matrix, Person, Verification


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
            out.write(heading(paragraph))
            out.write(wrap(f"‘{quote}’"))

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
        out.write(f"{heading(paragraph)}  ({verdict})")
        out.write(wrap(paragraph.text))
        if not found.exact:
            marked = " ".join(_diff_marks(op, theirs, ours) for op, theirs, ours in found.differences)
            out.write(wrap("differences: " + marked))
        out.write(wrap(citation(document, paragraph)))

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
            f"{record['table_and_figure_lines']} table and figure lines, "
            f"{record['pull_quote_lines']} pull-quote lines"
            + (
                f", {reactions} audience-reaction lines"
                if (reactions := record["audience_reaction_lines"])
                else ""
            )
        )
        if pages := record["pages_read_down_two_columns"]:
            out.write(f"read down two columns set side by side: {pages} page{'s' if pages > 1 else ''}")
        for header in record["running_headers"]:
            out.write(f"  running header: {header}")
        for warning in record["warnings"]:
            out.write(f"warning: {warning}")

    return Listing(list(record["series"]), document=record, text=text)
