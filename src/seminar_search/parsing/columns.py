"""A page set in two columns side by side, as `pdftotext -layout` writes it: the left column's
line, a gutter of spaces, the right column's line. Read across, each line joins halves of two
sentences; read down, as a reader reads, the left column then the right. Told by evidence: a
column the right-hand text starts at on many lines of a page, with words on both sides of a
gutter no line of the columns crosses. A table's cells, a few words each, are no columns."""

from __future__ import annotations

import re
from collections import Counter

from seminar_search.sources.table_rows import LABEL_CELL, names_columns

GUTTER = 3  # spaces at least between two columns of text
RIGHT_TEXT = re.compile(rf"\S {{{GUTTER},}}(?=\S)")  # where a line's right-hand text starts
MIN_SIDE_BY_SIDE = 3  # lines with text in both columns that show a page is set in two
MIN_ON_A_SET_PAGE = 2  # as many, where other pages show where the right column starts
SIDE_WORDS = 3  # words on each side of a line of two columns of prose, at least; a table's cells have fewer
FILLED = 0.75  # of the left column's width: how far most of its lines run, wrapped as prose is
RUNNING_ON = 3  # one in so many of those lines, at least, goes on with a sentence begun above it
MIN_TABLE_ROWS = 2  # rows under a table's column names, each opened by its number
CROSSING_SHARE = 0.1  # of the columns' lines, those that may run across the gutter (a heading set wide)


def columns_read_down(text: str) -> tuple[str, int]:
    """The text with each page set in two columns read down, left column first, and how many
    pages were. A page with few lines of text in both columns (the last, half empty) is set so
    where the other pages show the right column starting at the same place."""
    if " " * GUTTER not in text:
        return text, 0
    pages = [page.split("\n") for page in text.split("\f")]
    starts = [_right_column(lines) for lines in pages]
    found = Counter(start for start in starts if start is not None).most_common(1)
    if not found:
        return text, 0
    usual = found[0][0]
    set_in_two = [
        start is not None or sum(_side_by_side(line, usual) for line in lines) >= MIN_ON_A_SET_PAGE
        for lines, start in zip(pages, starts, strict=True)
    ]
    read = [
        _read_down(lines, usual if start is None else start) if two else "\n".join(lines)
        for lines, start, two in zip(pages, starts, set_in_two, strict=True)
    ]
    return "\f".join(read), sum(set_in_two)


def _read_down(lines: list[str], start: int) -> str:
    paired = [k for k, line in enumerate(lines) if _side_by_side(line, start)]
    first, end = paired[0], paired[-1] + 1
    while first > 0 and _parted(lines[first - 1], start):  # the columns' first lines, one side begun
        first -= 1
    while end < len(lines) and _parted(lines[end], start):  # and their last, one side ended
        end += 1
    columns = lines[first:end]
    left = [line[:start].rstrip() if _parted(line, start) else line.strip() for line in columns]
    right = [line[start:].strip() for line in columns if _parted(line, start)]
    return "\n".join([*lines[:first], *left, "", *right, *lines[end:]])


def _right_column(lines: list[str]) -> int | None:
    """Where a page's right column starts, if the page is set in two: the offset most lines'
    right-hand text starts at, with words on both sides on enough lines, the left side's
    lines filling most of its width and some going on in lower case with a sentence begun
    above, as wrapped prose does (a table's names do neither), and few lines running across
    the gutter between the first and last of them."""
    starts = Counter(found.end() for line in lines for found in RIGHT_TEXT.finditer(line))
    if not starts:
        return None
    start = starts.most_common(1)[0][0]
    paired = [k for k, line in enumerate(lines) if _side_by_side(line, start)]
    if len(paired) < MIN_SIDE_BY_SIDE:
        return None
    widths = sorted(len(lines[k][:start].rstrip()) for k in paired)
    running_on = sum(_goes_on(lines[k][:start]) or _goes_on(lines[k][start:]) for k in paired)
    if widths[len(widths) // 2] < (start - GUTTER) * FILLED or running_on * RUNNING_ON < len(paired):
        return None  # a table's cells, not a column's lines
    between = [line for line in lines[paired[0] : paired[-1] + 1] if line.strip()]
    crossing = sum(1 for line in between if not _parted(line, start))
    return start if crossing <= len(between) * CROSSING_SHARE else None


def _parted(line: str, start: int) -> bool:
    """Whether a line leaves the gutter before start blank (shorter lines do)."""
    return not line[max(start - GUTTER, 0) : start].strip()


def _side_by_side(line: str, start: int) -> bool:
    """Whether a line holds text of both columns, a few words on each side of the gutter."""
    left, right = line[: start - GUTTER], line[start:]
    return (
        _parted(line, start)
        and len(left.split()) >= SIDE_WORDS
        and len(right.split()) >= SIDE_WORDS
        and not right[:1].isspace()
    )


def _goes_on(side: str) -> bool:
    """Whether a column's line goes on with a sentence begun above it: it opens in lower case."""
    return side.strip()[:1].islower()


def table_rows_tabbed(text: str) -> str:
    """A table of prose set out with spaces (`pdftotext -layout`): a row of column names
    ("No.   Recommendation   Cabinet response") over rows each opened by its number in the
    first column, their cells wrapped onto the lines below. Each row is gathered cell by cell,
    a piece of a line going to the column it starts under, into one line with tabs between
    its cells, as a table saved as text is; read down as two columns, every reply would follow
    the last recommendation."""
    lines, read = text.split("\n"), []
    k = 0
    while k < len(lines):
        # cells parted by tabs are read as they are
        pieces = _pieces(lines[k]) if "\t" not in lines[k] else []
        if len(pieces) >= 2 and names_columns([piece for _start, piece in pieces]):
            rows, end = _rows_under([start for start, _piece in pieces], lines, k + 1)
            if len(rows) >= MIN_TABLE_ROWS:
                read += ["\t".join(piece for _start, piece in pieces), "", *("\t".join(row) for row in rows)]
                k = end
                continue
        read.append(lines[k])
        k += 1
    return "\n".join(read)


def _rows_under(starts: list[int], lines: list[str], k: int) -> tuple[list[list[str]], int]:
    """The rows below a table's column names (starting at those offsets), each its cells'
    text, and the line after the last; a line of text starting under the first column that
    opens no row (a number, then text under the next column) ends the table."""
    rows: list[list[str]] = []
    while k < len(lines):
        pieces = _pieces(lines[k])
        opens = bool(pieces) and pieces[0][0] < starts[1] and LABEL_CELL.fullmatch(pieces[0][1]) is not None
        if pieces and not opens and (pieces[0][0] < starts[1] - GUTTER or not rows):
            break
        if opens:
            rows.append([""] * len(starts))
        for start, piece in pieces:
            column = max((c for c, begins in enumerate(starts) if begins <= start + 1), default=0)
            rows[-1][column] = f"{rows[-1][column]} {piece}".strip()
        k += 1
    return rows, k


def _pieces(line: str) -> list[tuple[int, str]]:
    """A line's pieces of text, two spaces or more apart, each with where it starts."""
    return [(found.start(), found.group()) for found in re.finditer(r"\S+(?: \S+)*", line)]


# a heading set in the margin beside a paragraph's first line, as a layout-keeping extraction
# writes it: "Background               2.   Skills policy in England has been …"
SIDE_HEADING = re.compile(
    r"^(?P<heading>[A-Z][\w’'&,-]*(?: [\w’'&,-]+){0,4})\s{3,}(?P<rest>\d{1,3}(?:\.\d{1,2})*\.\s+\S.*)$"
)


def side_headings_apart(text: str) -> str:
    """Each heading set in the margin beside a numbered paragraph's first line on a line of its
    own over the paragraph, where the paragraph's next line stands under its words, not the
    heading's (a table's row, "Yes   471 (79%)", has no such paragraph)."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:-1]):
        side = SIDE_HEADING.match(line)
        below = lines[k + 1]
        if side and below.strip() and len(below) - len(below.lstrip()) >= side.start("rest") - 2:
            lines[k] = f"{side['heading']}\n\n{' ' * side.start('rest')}{side['rest']}"
    return "\n".join(lines)
