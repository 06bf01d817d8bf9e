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
from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from pypdf import PageObject

PARAGRAPH_GAP = 1.4  # a drop this many times the usual line pitch is a paragraph's break
TITLE_GAP = 2.0  # and this many, between lines of a title in large type
LARGE_TYPE = 1.2  # type this many times the body's size is large
COMMON_DROP = 0.15  # of the drops from line to line, at least this share are the line pitch


class Placed(NamedTuple):
    """Where a line of text stands: its baseline, from the page's foot, and its type size."""

    baseline: float
    size: float


def pages_text(pages: list[PageObject]) -> list[str]:
    """Each page's text in content order, a blank line at each drop wider than the usual line
    pitch: the document's, as a page of a few lines (a cover) has too few to tell its own."""
    read = [_read(page) for page in pages]
    placed = [place for _text, places in read for place in places if place is not None]
    pitch = _usual_pitch(placed)
    if pitch is None:
        return [text for text, _places in read]
    body = Counter(round(place.size * 2) / 2 for place in placed).most_common(1)[0][0]
    return [_spaced(text, places, pitch, body) if places else text for text, places in read]


def _read(page: PageObject) -> tuple[str, list[Placed | None]]:
    """A page's text as pypdf writes it, and where each of its lines stands (none if the
    pieces it was written from do not make up the text)."""
    pieces: list[tuple[str, Placed]] = []

    def visit(text: str, matrix: list[float], text_matrix: list[float], _font: Any, size: float) -> None:
        x, y = text_matrix[4], text_matrix[5]
        scale = math.hypot(text_matrix[2], text_matrix[3]) * math.hypot(matrix[2], matrix[3])
        pieces.append((text, Placed(matrix[1] * x + matrix[3] * y + matrix[5], abs(size) * scale)))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece for piece, _place in pieces) != text:
        return text, []
    return text, _line_places(pieces)


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
