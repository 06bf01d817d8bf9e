"""A PDF's text, with the paragraph breaks its layout shows.

pypdf gives a page's lines in content order with no blank line between paragraphs: a paragraph
whose last line runs the full width reads as one with the next. The page shows the break as
space: the lines of a paragraph stand one line pitch apart, paragraphs (and headings) further.
So each line's baseline and type size are read as pypdf writes it, and a blank line goes where
the drop from one line to the next, in sizes of its type, is well over the document's usual
line pitch (a title's lines in large type, set further apart, need more).
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from pypdf import PageObject

PARAGRAPH_GAP = 1.3  # a drop this many times the usual line pitch is a paragraph's break
TITLE_GAP = 2.0  # and this many, between lines of a title in large type
LARGE_TYPE = 1.2  # type this many times the body's size is large
CHAR_WIDTH = 0.6  # of its type's size, a character's width at most, on average over a piece
CELL_SPACING = 2.0  # sizes of empty space past that between two pieces of a line: two cells of a table
COLUMN_ROWS = 3  # lines with a cell starting at one place: a table's column
TABLE_TURNS = 6  # a page's lines turning between two columns this often, as written: a table's rows
TABLE_SHARE = 0.9  # of a page's lines, the share that start at one of the table's two columns
WORDS = re.compile(r"[^\W\d_]{2}")  # a cell of words, not a bullet or a number
NOTE_NUMBER = re.compile(r"\d{1,3}")
RAISED_TYPE = 0.8  # a note's mark is set in type this many times the words' size or smaller
RAISED_BY = 0.3  # and this many of its own sizes above their baseline at least
COVER_LINES = 12  # a first page of so few lines is a cover
COMMON_DROP = 0.15  # of the drops from line to line, at least this share are the line pitch
# a piece set in another font (italics, a quotation mark hung in the margin, a superscript)
# reads as a word of its own, a space from its neighbours: "“ The", "[ W]e", "fair” ,", "10 th"
SPACED_OPENING = re.compile(r"(?<=[“(\[])[ \t]+(?=\S)")
SPACED_CLOSING = re.compile(r"(?<=[\w”’)\]])[ \t]+(?=[”,;:?!)]|\.(?!\.))")
SPLIT_ORDINAL = re.compile(r"(?<=\d)[ \t]+(?=(?:st|nd|rd|th)\b)")


class Placed(NamedTuple):
    """Where a piece of text stands: its baseline, from the page's foot, its type size, and
    where it starts across the page."""

    baseline: float
    size: float
    start: float = 0.0


def pages_text(pages: list[PageObject]) -> list[str]:
    """Each page's text in content order, a blank line at each drop wider than the usual line
    pitch: the document's, as a page of a few lines (a cover) has too few to tell its own."""
    read = [_blocks_in_place(*_read(page)) for page in pages]
    if read:
        read[0] = _top_down(*read[0])
    placed = [place for _text, places in read for place in places if place is not None]
    pitch = _usual_pitch(placed)
    if pitch is None:
        return [_closed_up(text) for text, _places in read]
    body = Counter(round(place.size * 2) / 2 for place in placed).most_common(1)[0][0]
    spaced = [_spaced(text, places, pitch, body) if places else text for text, places in read]
    return [_closed_up(text) for text in spaced]


def _top_down(text: str, places: list[Placed | None]) -> tuple[str, list[Placed | None]]:
    """A cover's lines in the order they stand down the page: its frames are written in any
    order ("Volume 1", "HC 1119", "Report" before "Post Office" over "Horizon IT Inquiry")."""
    written = [(place, line) for line, place in zip(text.split("\n"), places, strict=True) if line.strip()]
    placed = [(place, line) for place, line in written if place is not None]
    if not places or len(written) > COVER_LINES or len(placed) < len(written):
        return text, places
    ordered = sorted(placed, key=lambda pair: (-round(pair[0].baseline), pair[0].start))
    return "\n".join(line for _place, line in ordered), [place for place, _line in ordered]


def _blocks_in_place(text: str, places: list[Placed | None]) -> tuple[str, list[Placed | None]]:
    """A page's lines in the order they stand where some were written out of it: a block
    written after the text that stands over all of it (a browser's fixed header, a box set at
    the page's top) goes before it, one written before the text that stands under it (a page
    number) after it. A one-page transcript's header had ended its last turn, and a
    recommendation boxed at a page's top had followed its own answer."""
    lines = text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    baselines = [place.baseline for k in filled if (place := places[k]) is not None]
    if len(baselines) < len(filled):
        return text, places
    # each line with the blank lines written before it; the page's last blank lines stay last
    written = [
        range(start, end + 1) for start, end in zip([0, *(k + 1 for k in filled)], filled, strict=False)
    ]
    ordered = [k for line in _reading_order(baselines) for k in written[line]]
    ordered += range(filled[-1] + 1 if filled else 0, len(lines))
    return "\n".join(lines[k] for k in ordered), [places[k] for k in ordered]


def _reading_order(baselines: list[float]) -> list[int]:
    """The lines' indices in reading order: the most lines written last that all stand over
    the rest first (up to half of them: the rest is the text), then the text, the most
    written first that all stand under it last; each block read in its own order so."""
    count = len(baselines)
    lowest_after = list(itertools.accumulate(reversed(baselines), min))[::-1]  # of lines k and on
    highest_before = list(itertools.accumulate(baselines, max))  # of lines up to k
    head = max(
        (k for k in range(1, count // 2 + 1) if lowest_after[count - k] > highest_before[count - k - 1]),
        default=0,
    )
    text = count - head
    lowest_in_text = list(itertools.accumulate(reversed(baselines[:text]), min))[::-1]
    foot = max((k for k in range(1, text // 2 + 1) if highest_before[k - 1] < lowest_in_text[k]), default=0)
    over = [text + k for k in _reading_order(baselines[text:])] if head else []
    under = _reading_order(baselines[:foot]) if foot else []
    return [*over, *range(foot, text), *under]


def _closed_up(text: str) -> str:
    for spaced in (SPACED_OPENING, SPACED_CLOSING, SPLIT_ORDINAL):
        text = spaced.sub("", text)
    return text


def _read(page: PageObject) -> tuple[str, list[Placed | None]]:
    """A page's text as pypdf writes it, and where each of its lines stands (none if the
    pieces it was written from do not make up the text)."""
    pieces: list[tuple[str, Placed]] = []

    def visit(text: str, matrix: list[float], text_matrix: list[float], _font: Any, size: float) -> None:
        x, y = text_matrix[4], text_matrix[5]
        scale = math.hypot(text_matrix[2], text_matrix[3]) * math.hypot(matrix[2], matrix[3])
        across = matrix[0] * x + matrix[2] * y + matrix[4]
        pieces.append((text, Placed(matrix[1] * x + matrix[3] * y + matrix[5], abs(size) * scale, across)))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece for piece, _place in pieces) != text:
        return text, []
    pieces = _cells_in_turn(_marks_raised(pieces))
    return _cells_apart(pieces), _line_places(pieces)


def _cells_in_turn(pieces: list[tuple[str, Placed]]) -> list[tuple[str, Placed]]:
    """A table of two columns written a cell at a time (a glossary: a term's cell, its lines
    wrapped in a narrow column, then its definition's lines, then the next row's term), with a
    blank line where each cell begins, as pdftotext gives it. Told by the page's lines turning
    from one of two places across it to the other, in the order written, again and again:
    prose in two columns is written a column at a time, and a list's bullets hold no words."""
    starts = _cell_starts(pieces)
    counted = Counter(where for _k, where, _began in starts).most_common(2)
    columns = sorted(where for where, count in counted if count >= COLUMN_ROWS)
    if len(columns) < 2:
        return pieces
    left, right = columns
    cells = [start for start in starts if start[1] in columns]
    worded = [cell for cell in cells if cell[1] == right or WORDS.search(pieces[cell[0]][0])]
    turns = [cell for before, cell in itertools.pairwise(worded) if cell[1] != before[1]]
    # the left column's lines end short of the right's start, as a narrow column's do; the
    # right's cells wrap onto lines of their own (a table of a line a row is a tab a row)
    widths = [len(pieces[k][0].strip()) * pieces[k][1].size for k, where, _began in worded if where == left]
    narrow = bool(widths) and statistics.median(widths) * CHAR_WIDTH < right - left
    wrapped = sum(began for _k, where, began in cells if where == right) >= COLUMN_ROWS
    if len(turns) < TABLE_TURNS or len(cells) < TABLE_SHARE * len(starts) or not (narrow and wrapped):
        return pieces
    out = list(pieces)
    for k, _where, began in turns:  # a blank line over it; beside another, onto lines of its own
        text, place = out[k]
        out[k] = (("\n" if began else "\n\n") + text.lstrip(" "), place)
    return out


def _cell_starts(pieces: list[tuple[str, Placed]]) -> list[tuple[int, float, bool]]:
    """Each piece that begins a line, or stands well past the piece that began its line: its
    index, where it starts across the page, and whether it begins the line."""
    starts: list[tuple[int, float, bool]] = []
    line_start = True
    for k, (piece, place) in enumerate(pieces):
        if "\n" in piece:
            line_start = True
        elif piece.strip():
            beside = starts and place.start - pieces[starts[-1][0]][1].start > CELL_SPACING * place.size
            if line_start or beside:
                starts.append((k, round(place.start), line_start))
            line_start = False
    return starts


def _marks_raised(pieces: list[tuple[str, Placed]]) -> list[tuple[str, Placed]]:
    """A note's number set raised in small type after a word ("the NFSP²⁵"), which pypdf
    writes a space from it ("NFSP 25"), glued to the word, as a PDF's text marks notes."""
    marked: list[tuple[str, Placed]] = []
    words = None  # the last piece with text: the words the mark may be raised after
    for piece, place in pieces:
        raised = (
            words is not None
            and NOTE_NUMBER.fullmatch(piece.strip())
            and place.size <= RAISED_TYPE * words.size
            and place.baseline - words.baseline >= RAISED_BY * place.size
        )
        marked.append((piece.lstrip(" ") if raised else piece, place))
        if "\n" in piece:
            words = None
        if piece.strip():
            words = place
    return marked


def _cells_apart(pieces: list[tuple[str, Placed]]) -> str:
    """The pieces' text, a tab where a table's next cell starts on a line: a piece that starts
    well past where the text before it on its line ends, where such pieces start on the lines
    above and below it too (a participants table's second column). Justified words start
    close after the word before them, and where they do varies from line to line."""
    line, last = 0, None  # the line a piece is on; the piece with text before it there
    starts: list[tuple[int, int, int, float]] = []  # each piece after a gap: it, the one before, line, where
    for k, (piece, place) in enumerate(pieces):
        line += piece.count("\n")
        if "\n" in piece:
            last = None
        if not piece.strip():
            continue
        if last is not None and "\n" not in piece:
            text_before, placed_before = pieces[last]
            before = text_before.split("\n")[-1]
            ends = placed_before.start + len(before) * CHAR_WIDTH * placed_before.size
            if place.start > ends + CELL_SPACING * place.size and before.strip():
                starts.append((k, last, line, round(place.start)))
        last = k
    column: dict[float, list[int]] = {}
    for *_pieces, on, where in starts:
        column.setdefault(where, []).append(on)
    in_columns = {(where, on) for where, lines in column.items() for on in _rows(lines)}
    cells = {k: before for k, before, on, where in starts if (where, on) in in_columns}
    ended = set(cells.values())
    return "".join(
        "\t" + piece.lstrip(" ") if k in cells else piece.rstrip(" ") if k in ended else piece
        for k, (piece, _place) in enumerate(pieces)
    )


def _rows(lines: list[int]) -> list[int]:
    """The lines, in order, that stand in runs of COLUMN_ROWS or more, one to the next two
    lines apart at most (a blank line between a table's rows)."""
    runs: list[list[int]] = []
    for line in sorted(set(lines)):
        if runs and line - runs[-1][-1] <= 2:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [line for run in runs if len(run) >= COLUMN_ROWS for line in run]


def _spaced(text: str, places: list[Placed | None], pitch: float, body: float) -> str:
    """The text with a blank line before each line that drops well over the pitch; between
    two lines of one size larger than the body's (a title's, set with open leading), further."""
    lines: list[str] = []
    above = None  # where the last line with text stands
    for line, place in zip(text.split("\n"), places, strict=True):
        if place is not None and above is not None:
            large = above.size == place.size > LARGE_TYPE * body  # a title's lines, wrapped
            if _drop(above, place) > (TITLE_GAP if large else PARAGRAPH_GAP) * pitch and lines[-1].strip():
                lines.append("")
        lines.append(line)
        above = place or above
    return "\n".join(lines)


def _line_places(pieces: list[tuple[str, Placed]]) -> list[Placed | None]:
    """Where each output line stands: where its longest piece does (a note's raised mark or a
    subscript is shorter than the words beside it); None for a line with no text."""
    lines: list[list[tuple[int, Placed]]] = [[]]
    for piece, place in pieces:
        for k, part in enumerate(piece.split("\n")):
            if k:
                lines.append([])
            if part.strip():
                lines[-1].append((len(part.strip()), place))
    return [max(line)[1] if line else None for line in lines]


def _drop(above: Placed, below: Placed) -> float:
    """How far a line stands below the one before, in its smaller type's sizes (less than
    none if it stands higher: a new column, or a box placed apart)."""
    size = min(above.size, below.size)
    return (above.baseline - below.baseline) / size if size > 0 else 0.0


def _usual_pitch(places: list[Placed]) -> float | None:
    """The smallest drop from one line to the next that is common (to a tenth of a size): the
    body text's line pitch, in sizes. Not the commonest: in minutes or a transcript, most
    paragraphs are one line, and the drops between them outnumber those within them."""
    drops = Counter(round(_drop(above, below), 1) for above, below in itertools.pairwise(places))
    total = sum(count for drop, count in drops.items() if drop > 0)
    common = [drop for drop, count in drops.items() if drop > 0 and count >= max(3, COMMON_DROP * total)]
    return min(common, default=None)
