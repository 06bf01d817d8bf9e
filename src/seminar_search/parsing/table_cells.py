"""A table whose cells a text gives one a block, between blank lines: a report's reader
meets each cell as a heading or a few words of unnumbered text, and would make every cell
a unit, and the last cell the section of the paragraphs after the table. A run of such
units is the table, one unit after the paragraph it follows."""

from __future__ import annotations

import re
from typing import TypeVar

from seminar_search.model import Paragraph

CELL_UNITS = 5  # this many short texts in a row, nothing numbered between, are a table's cells,
FIGURES_UNITS = 2  # or fewer with this many rows of figures among them ("£42m £27m -36%")
CELL_WORDS = 12  # a cell's words at most: a row's figures, a name, "Became endemic (>90%)"
WORD = re.compile(r"[a-z]{4,}")  # what a row of figures has none of; a glossary's definition has
Series = TypeVar("Series")


def headed_by(units: list[Paragraph], headings: list[tuple[int, int, str]]) -> dict[int, list[str]]:
    """The headings over each unit (each heading's line, the units before it, its text), by
    the unit's id: a table's cells read as headings, the column names and row labels among them."""
    over: dict[int, list[str]] = {}
    for _line, before, heading in headings:
        if before < len(units):
            over.setdefault(id(units[before]), []).append(heading)
    return over


def cells_joined(
    units: list[Paragraph], series_of: list[Series], unnumbered: Series, over: dict[int, list[str]]
) -> tuple[list[Paragraph], list[Series]]:
    """The units with each run of a table's cells made one unit under the section the table
    stands in: its cells in order, those read as headings (over, by unit) before the text
    under them. The paragraphs after it that took a cell for their section take the table's."""
    kept: list[Paragraph] = []
    kept_series: list[Series] = []
    k = 0
    while k < len(units):
        end = k
        while end < len(units) and series_of[end] is unnumbered and _cell(units[end]):
            end += 1
        run = units[k:end]
        if len(run) < CELL_UNITS and sum(not WORD.search(unit.text) for unit in run) < FIGURES_UNITS:
            kept.append(units[k])
            kept_series.append(series_of[k])
            k += 1
            continue
        above = kept[-1].section if kept else run[0].section
        cells = [cell for unit in run for cell in [*over.get(id(unit), []), " ".join(unit.text.split())]]
        headings = {unit.section for unit in run} - {above}
        table = run[0]
        table.text, table.section, table.themes = " · ".join(cells), above, [above] if above else []
        kept.append(table)
        kept_series.append(unnumbered)
        after = end
        while after < len(units) and units[after].section in headings:
            units[after].section, units[after].themes = above, [above] if above else []
            after += 1
        k = end
    return kept, kept_series


def _cell(unit: Paragraph) -> bool:
    return len(unit.text.split()) <= CELL_WORDS
