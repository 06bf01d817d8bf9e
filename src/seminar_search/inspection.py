"""What the ingester saw in a file, before anything is indexed: how a user decides to trust a
new document."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from seminar_search.lexicon import Entry
from seminar_search.model import UNNUMBERED, Paragraph
from seminar_search.parsing import read_file


def inspect_file(path: Path, lexicon: list[Entry]) -> dict[str, Any]:
    """The genre and why, each series with its count, first and last labels, gaps and
    repeats; speakers and their turns; sections; footnotes; what was left out; warnings."""
    reading = read_file(path, lexicon)
    document = reading.document
    units = document.paragraphs
    series: dict[str, list[Paragraph]] = {}
    for unit in units:
        series.setdefault(unit.series, []).append(unit)
    return {
        "file": str(path),
        "id": document.id,
        "title": document.title,
        "date": document.date,
        "author": document.author,
        "genre": reading.genre,
        "why": reading.reason,
        "series": [
            {
                "series": name,
                "units": len(members),
                "first": members[0].label,
                "last": members[-1].label,
                "repeats": sorted({u.label for u in members if sum(v.label == u.label for v in members) > 1})
                if name not in ("question", UNNUMBERED)
                else [],
            }
            for name, members in series.items()
        ],
        "speakers": [{"speaker": s, "units": n} for s, n in Counter(u.speaker for u in units).most_common()],
        "sections": len({u.section for u in units if u.section}),
        "footnotes_attached": sum(len(u.footnotes) for u in units),
        "footnotes_unattached": reading.unattached_notes,
        "front_matter_lines": reading.front_matter,
        "back_matter_lines": reading.back_matter,
        "page_furniture_lines": reading.furniture,
        "table_and_figure_lines": reading.cells,
        "pull_quote_lines": reading.pull_quotes,
        "audience_reaction_lines": reading.reactions,
        "pages_read_down_two_columns": reading.column_pages,
        "running_headers": reading.headers,
        "participants": len(document.participants),
        "warnings": [*document.warnings, *([document.problem] if document.problem else [])],
    }
