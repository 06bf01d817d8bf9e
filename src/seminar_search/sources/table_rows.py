"""A table's row of prose as the paragraphs a reader sees, shared by the text reader (cells
parted by tabs) and the Word reader (a table's cells): each cell a paragraph, its reference
opening the cell after it, the data after its prose staying with that prose."""

from __future__ import annotations

import re

PROSE_CELL = re.compile(r"^\S+(?:\s+\S+){3,}[.!?]$")  # a table's cell of sentences, not data
COLUMN_NAME = re.compile(r"No\.|Ref\.|[A-Z][^\d.!?]{0,40}\??")  # "No.", "Lead officer": a table's head
RECOMMENDATIONS_COLUMN = re.compile(r"(?:(?:The )?Committee(?:['’]s)? )?Recommendations?", re.IGNORECASE)
REFERENCE_COLUMN = re.compile(r"(?:Report )?Para(?:graph)?s?\.?(?: (?:no\.?|number|ref(?:erence)?))?", re.I)
LABEL_CELL = re.compile(r"(?:[A-Z]{1,3}\.?\s?)?\d{1,3}[a-z]?[.)]?")  # a row's number: "R1", "12.", "3a"
# a cell that numbers its own item: "3. The …", "R3 The …", "Recommendation 3: The …"
NUMBERED_CELL = re.compile(rf"(?:{LABEL_CELL.pattern}|(?i:recommendation)\s+\d{{1,3}}[:.]?)(?:\s|$)")


def names_columns(cells: list[str]) -> bool:
    """Whether a row's cells (two or more) name the columns below: "No.", "Recommendation", "Lead"."""
    return sum(map(bool, cells)) >= 2 and all(COLUMN_NAME.fullmatch(cell) for cell in cells if cell)


def prose_row(cells: list[str], columns: list[str]) -> list[str]:
    """A row's cells as paragraphs, if two are prose or one is among three or more (else none:
    a row of data stays a row). A label's cell opens the next ("R1", "The Council should
    …"), and so does data between two cells that say something, named by its column
    ("Accepted? Yes. Figures will be …": a verdict before its reply); with no label, a cell
    under a "Recommendation" column is headed so, as the next recommendation, and so is one whose
    label is the report's paragraph it comes from ("Paragraph": "34"), given in brackets. The data after the
    last cell that says something ends its sentence, named by its column ("… by March.
    Lead: Director of Education; Date: May 2025."), not a heading over the next row. A
    sentence of one word is no data: "Accepted."."""
    prose = sum(bool(PROSE_CELL.match(cell)) for cell in cells)
    if not (prose >= 2 or (prose and sum(map(bool, cells)) >= 3)):
        return []
    saying = [k for k, cell in enumerate(cells) if PROSE_CELL.match(cell) or _says(cell)]
    first, last = saying[0], saying[-1]
    named = [_named(cell, columns, k) for k, cell in enumerate(cells) if k > last and cell]
    paragraphs: list[str] = []
    opening: list[str] = []  # data between cells that say something, opening the next
    for k, cell in enumerate([*cells[:last], _sentence(" ".join([cells[last], "; ".join(named)]).strip())]):
        if first < k < last and cell and k not in saying:
            opening.append(_sentence(_named(cell, columns, k)))
        elif cell:
            paragraphs.append(" ".join([*opening, cell]))
            opening = []
    labelled = len(paragraphs) > 1 and LABEL_CELL.fullmatch(paragraphs[0])
    recommends = RECOMMENDATIONS_COLUMN.fullmatch(_column(columns, first))
    cited = _column(columns, cells.index(paragraphs[0])) if labelled else ""
    if recommends and REFERENCE_COLUMN.fullmatch(cited):  # "34" under "Paragraph": where it comes from
        paragraphs[:2] = [f"Recommendation\n({cited} {paragraphs[0]}) {paragraphs[1]}"]
    elif labelled:
        paragraphs[:2] = [f"{paragraphs[0]} {paragraphs[1]}"]
    elif recommends and not (any(cells[:first]) or NUMBERED_CELL.match(cells[first])):
        paragraphs[0] = f"Recommendation\n{paragraphs[0]}"  # unnumbered: headed as each is in a response
    return paragraphs


def _column(columns: list[str], k: int) -> str:
    return columns[k] if k < len(columns) else ""


def _named(cell: str, columns: list[str], k: int) -> str:
    """A cell of data with its column's name, if it has one: "Lead: Director of Education",
    "Accepted? Yes"."""
    column = columns[k] if k < len(columns) else ""
    return f"{column}{'' if column.endswith('?') else ':'} {cell}" if column else cell


def _sentence(text: str) -> str:
    return text if _says(text) else f"{text}."


def _says(cell: str) -> bool:
    """A cell that ends a sentence, however short ("Accepted."), and is no row's number ("12.")."""
    return cell.endswith((".", "!", "?")) and not LABEL_CELL.fullmatch(cell)
