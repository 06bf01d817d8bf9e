"""Search hits, whole paragraphs and citations, as Listings for the one writer (output.py):
records for the data formats, and the text and Markdown a person reads where a table will not
do; listings.py has the other commands'. Rich is imported only where text is styled, so
scripts reading JSON start fast."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from seminar_search.cite import citation
from seminar_search.model import Document, Hit, Paragraph, opening, reference
from seminar_search.output import Listing, Output
from seminar_search.search import Named, Outcome

INDENT = "     "
PLAIN_WIDTH = 100
NEIGHBOUR_CHARS = 150  # how much of a neighbouring paragraph --context shows
HIT_COLUMNS = [
    *("doc", "label", "number", "score", "match", "via"),
    *("speaker", "section", "themes", "page", "snippet", "citation"),
]
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
        "related_highlights": [list(span) for span in hit.related_highlights],
        "match": "query" if hit.match else "related",
        **({} if hit.match else {"via": hit.via}),
        "footnotes": [asdict(f) for f in p.footnotes],
        "citation": hit.citation,
        "also": [
            {"doc": a.doc, "series": a.series, "label": a.label, "page": a.page, "match": _matched(hit, a)}
            for a in hit.also
        ],
        "moved": hit.moved,
    }


def also_line(hit: Hit) -> str:
    """'also recommendation 8 · hc802-2016-17 Recommendation 6': the same passage elsewhere;
    under a match, those without the words typed apart ('; related: ¶26')."""
    if not hit.also:
        return ""
    home = hit.paragraph.doc

    def mark(a: Paragraph) -> str:
        return reference(a, "mark") if a.doc == home else f"{a.doc} {reference(a, 'mark')}"

    printed = Counter(mark(a) for a in hit.also)  # a report listing its recommendations again: their pages

    def marks(paragraphs: list[Paragraph]) -> str:
        return " · ".join(mark(a) + (f" (p. {a.page})" if printed[mark(a)] > 1 else "") for a in paragraphs)

    related = hit.related_also if hit.match else []
    holding = [a for a in hit.also if a not in related]
    if not related:
        return f"also {marks(holding)}"
    if not holding:
        return f"also, related: {marks(related)}"
    return f"also {marks(holding)}; related: {marks(related)}"


def _matched(hit: Hit, paragraph: Paragraph) -> str:
    """Whether a paragraph shown with a hit holds the words typed: 'query', or 'related'."""
    return "related" if not hit.match or paragraph in hit.related_also else "query"


def why_line(hit: Hit) -> str:
    """'score 14.20: index 12.60 · +1.60 words as typed': what ranked a hit where it is."""
    return f"score {hit.score:.2f}: " + " · ".join(hit.moved)


def hits_listing(
    outcome: Outcome, show_doc: bool, context: dict[int, list[Paragraph]] | None = None, why: bool = False
) -> Listing:
    """Search results; context maps a hit's rank to its neighbours; why adds what moved each
    hit's score. Data formats carry provenance (the query, when the index was built and a hash
    of its contents), so a result set can be cited and reproduced."""
    context = context or {}
    corrected = {"corrected": outcome.corrected} if outcome.corrected else {}
    records = [
        {
            **hit_record(h),
            **corrected,
            **({"context": [paragraph_record(p) for p in context[i]]} if i in context else {}),
        }
        for i, h in enumerate(outcome.hits)
    ]
    head = {"query": outcome.query, **corrected, "total": outcome.total, "related": outcome.related}
    people = [person._asdict() for person in outcome.people]

    def text(out: Output) -> None:
        for person in outcome.people:
            out.write(named(person))
        if out.styled:
            _styled_hits(outcome.hits, out, show_doc, context, why)
            return
        for rank, hit in enumerate(outcome.hits):
            out.write(heading(hit.paragraph, show_doc) + _related_label(hit))
            out.write(wrap(hit.snippet))
            for line in _notes(hit, why):
                out.write(wrap(line))
            for neighbour in context.get(rank, []):
                line = f"({reference(neighbour, 'mark')}) {opening(neighbour.text, NEIGHBOUR_CHARS)}"
                out.write(wrap(line, indent=INDENT * 2))

    def markdown(out: Output) -> None:
        out.write(f"## Results for “{outcome.query}” ({summary(outcome)})\n")
        for rank, hit in enumerate(outcome.hits, start=1):
            snippet = "".join(
                f"**{text}**" if kind == "typed" else text for text, kind in snippet_pieces(hit)
            )
            related = f" *{_related_label(hit).strip(' ·')}*" if not hit.match else ""
            place = f"({where(hit.paragraph)}){related}"
            also = f" *{also_line(hit)}*" if hit.also else ""
            out.write(f"{rank}. **{reference(hit.paragraph, 'mark')}** {place}: {snippet}{also}  ")
            out.write(f"   — {citation(hit.document, hit.paragraph, markdown=True)}")
        built, digest = outcome.index_info.get("built", ""), outcome.index_info.get("content_hash", "")[:12]
        out.write(f"\n*Search for “{outcome.query}”, seminar-search index built {built}, contents {digest}.*")

    every_row = {
        "query": outcome.query,
        "corrected": outcome.corrected or "",
        "index_built": outcome.index_info.get("built", ""),
        "index_hash": outcome.index_info.get("content_hash", ""),
    }
    document = {
        **head,
        **({"people": people} if people else {}),
        "index": outcome.index_info,
        "hits": records,
    }
    return Listing(records, HIT_COLUMNS, None, document, every_row, text, markdown)


def _notes(hit: Hit, why: bool) -> list[str]:
    """The lines under a hit's snippet: the same passage elsewhere, and why it ranks there."""
    return [line for line in (also_line(hit), why_line(hit) if why else "") if line]


def _styled_hits(
    hits: list[Hit], out: Output, show_doc: bool, context: dict[int, list[Paragraph]], why: bool
) -> None:
    from rich.padding import Padding
    from rich.text import Text

    console = out.console()
    for rank, hit in enumerate(hits):
        heading = Text()
        heading.append(reference(hit.paragraph, "mark"), style="bold cyan")
        heading.append("  " + where(hit.paragraph, show_doc), style="dim")
        heading.append(_related_label(hit), style="dim italic")
        console.print(heading)
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        for start, end in hit.related_highlights:
            snippet.stylize("underline cyan", start, end)
        console.print(Padding(snippet, (0, 0, 0, len(INDENT)), expand=False))
        for line in _notes(hit, why):
            console.print(Padding(Text(line, style="dim"), (0, 0, 0, len(INDENT)), expand=False))
        for neighbour in context.get(rank, []):
            line = f"({reference(neighbour, 'mark')}) {opening(neighbour.text, NEIGHBOUR_CHARS)}"
            console.print(Padding(Text(line, style="dim"), (0, 0, 0, 2 * len(INDENT)), expand=False))


def _related_label(hit: Hit) -> str:
    """'  · related (thesaurus)' after the heading of a hit that does not match as typed."""
    return "" if hit.match else f"  · related ({hit.via})"


def named(person: Named) -> str:
    """'Mary Creagh MP (chair), Environmental Audit Committee: hc179-2016-17, hc802-2017-19'."""
    role = f" ({person.role})" if person.role else ""
    organisation = f", {person.organisation}" if person.organisation else ""
    return f"{person.name}{role}{organisation}: {', '.join(person.docs)}"


def summary(outcome: Outcome) -> str:
    """'12 matches + 5 related': what the total counts, and what else is shown; and how many
    of the matches are shown as 'also' under the passage they restate, not on their own."""
    matches = f"{outcome.total:,} match{'' if outcome.total == 1 else 'es'}"
    joined = sum(len(hit.also) - len(hit.related_also) for hit in outcome.hits if hit.match)
    return (
        matches
        + (f" + {outcome.related} related" if outcome.related else "")
        + (f" ({joined} shown as 'also')" if joined else "")
    )


def heading(paragraph: Paragraph, show_doc: bool = False) -> str:
    return f"{reference(paragraph, 'mark')}  {where(paragraph, show_doc)}"


def where(paragraph: Paragraph, show_doc: bool = False) -> str:
    """'Discussion · The third Sector · p. 10': the section only when it says something more."""
    parts = [paragraph.speaker] if paragraph.speaker else []
    if paragraph.section and not (paragraph.speaker and paragraph.section.startswith(paragraph.speaker)):
        parts.append(paragraph.section)
    parts.append(f"p. {paragraph.page}")
    if show_doc:
        parts.append(paragraph.doc)
    return " · ".join(parts)


def wrap(text: str, indent: str = INDENT) -> str:
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


def snippet_pieces(hit: Hit) -> list[tuple[str, str]]:
    """A hit's snippet cut where its words stand, each run with its kind: "typed", "related"
    or "" (plain), for a format to mark up in its own way."""
    spans = sorted(
        [(a, b, "typed") for a, b in hit.highlights] + [(a, b, "related") for a, b in hit.related_highlights]
    )
    pieces, index = [], 0
    for start, end, kind in spans:
        if start >= index:
            pieces += [(hit.snippet[index:start], ""), (hit.snippet[start:end], kind)]
            index = end
    return [*pieces, (hit.snippet[index:], "")]


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
            out.write(heading(paragraph, show_doc))
            out.write(wrap(paragraph.text))
            for note in paragraph.footnotes:
                out.write(wrap(f"[{note.mark}] {note.text}"))
            out.write()

    def markdown(out: Output) -> None:
        for paragraph, _asked in shown:
            out.write(f"**{reference(paragraph, 'mark')}** ({where(paragraph, show_doc)})\n")
            out.write(paragraph.text + "\n")
            for note in paragraph.footnotes:
                out.write(f"[^{note.mark}]: {note.text}\n")

    return Listing(records, columns, text=text, markdown=markdown)


def _styled_paragraphs(shown: list[tuple[Paragraph, bool]], out: Output, show_doc: bool) -> None:
    from rich.padding import Padding
    from rich.text import Text

    console = out.console()
    for paragraph, asked in shown:
        console.print(Text(heading(paragraph, show_doc), style="bold cyan" if asked else "dim"))
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
        {"doc": p.doc, "series": p.series, "label": p.label, "number": p.number, "citation": cited}
        for p, cited in zip(paragraphs, told_apart(paragraphs, documents), strict=True)
    ]

    def lines(markdown: bool) -> Any:
        def write(out: Output) -> None:
            for line in dict.fromkeys(told_apart(paragraphs, documents, markdown)):
                out.write(line)

        return write

    return Listing(records, text=lines(markdown=False), markdown=lines(markdown=True))


def told_apart(
    paragraphs: list[Paragraph], documents: dict[str, Document], markdown: bool = False
) -> list[str]:
    """Each unit's citation, with its section after it where units of different sections
    would cite alike (a response to several reports, each numbered from 1)."""
    cited = [citation(documents[p.doc], p, markdown=markdown) for p in paragraphs]
    sections: dict[str, set[str]] = {}
    for text, paragraph in zip(cited, paragraphs, strict=True):
        sections.setdefault(text, set()).add(paragraph.section)
    return [
        f"{text} ({p.section})" if len(sections[text]) > 1 and p.section else text
        for text, p in zip(cited, paragraphs, strict=True)
    ]
