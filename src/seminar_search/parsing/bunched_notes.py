"""Notes printed apart from their numbers ("28" … "34" over their texts): where one note's
text ends and the next's begins, and whether the lines after the numbers are a paragraph of
the page's rather than the notes."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seminar_search.parsing.layout import Line

NOTE_OPENING = re.compile(r"^(?!\d)[A-Z“‘\"']")  # a note's text: "Ibid.", "The phrase ...", "“Horizon”"
NOTE_END = re.compile(r"(?:[.!?)\]”’]|\b(?:1[89]|20)\d\d|^As above)$")  # a note's text finished: "… 2016"


def note_texts(lines: list[str], count: int) -> list[str]:
    """The texts of count notes printed on these lines, some wrapped: a text ends where a line
    ends one and the next opens one, the shorter line first where more do than there are
    notes. (Joining the longest lines instead ran a long note on through the short ones after
    it: "Henceforth, … wording. I will summarise … Ibid. Ibid.")"""
    gaps = sorted(range(len(lines) - 1), key=lambda k: _note_ends_at(lines, k), reverse=True)
    cuts = sorted(gaps[: count - 1]) if len(lines) > count else list(range(len(lines) - 1))
    bounds = [0, *(k + 1 for k in cuts), len(lines)]
    return [" ".join(lines[a:b]) for a, b in itertools.pairwise(bounds)]


def _note_ends_at(lines: list[str], k: int) -> float:
    """How likely a bunched note's text ends with line k: it ends as a note does ("… 2019.",
    "Ibid."), the next opens as one does (not in lower case), and it stops short of the
    longest line (a wrapped line runs to the margin)."""
    longest = max(len(line) for line in lines) or 1
    ends = bool(NOTE_END.search(lines[k]))
    opens = bool(NOTE_OPENING.match(lines[k + 1]))
    return 2 * ends + opens - 3 * lines[k + 1][:1].islower() + 1 - len(lines[k]) / longest


def goes_on_as_prose(opening: list[Line], run: list[int]) -> bool:
    """Whether the first block of lines after bunched note numbers is a paragraph of the
    page's, more of its lines going on in lower case than the notes' wraps would: the notes
    stand further on ("28" … "34", then "All whole-system civil emergencies …" over "as do the
    measures …", then "INQ000119020_0009 para 33")."""
    texts = [line.text for line in opening]
    block = list(itertools.takewhile(bool, itertools.dropwhile(lambda text: not text, texts)))
    return sum(map(_goes_on, block[1:])) > max(0, len(block) - len(run))


def _goes_on(text: str) -> bool:
    """A line going on with the sentence above it, in lower case; not a note's web address."""
    return text[:1].islower() and not text.startswith(("http", "www."))
