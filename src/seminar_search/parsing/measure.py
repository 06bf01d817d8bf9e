"""A text's measure: how long its full lines run, the column its lines are wrapped to, by
which a line is told full (it runs on) or short (it ends a paragraph or is a heading)."""

from __future__ import annotations

import bisect
import re
import statistics

FILLED = 0.8  # of a column's width: a line this long or longer comes near filling it
MEASURE_SHARE = 0.6  # most lines filling a narrower column than the widest lines': the text's measure
WIDER_SHARE = 0.2  # while few fill the widest
LEADERS = re.compile(r"\.{4}|(?:\. ){4}")  # a contents entry's dots, narrow type: more characters to a line


def usual_width(lines: list[str], longer_than: int = 40) -> int:
    """The length of a full line: the ninth decile of the lines' lengths; or, where a few
    pages are set wider (a summary across the page over chapters in columns), the narrower
    measure that most of the text's lines fill. A contents entry's leaders are not measured."""
    lengths = sorted(len(line) for line in lines if len(line) > longer_than and not LEADERS.search(line))
    if len(lengths) < 2:
        return 80
    widest = int(statistics.quantiles(lengths, n=10)[-1])
    measure = max(range(lengths[0], widest), key=lambda width: _filling(lengths, width), default=widest)
    narrower = _filling(lengths, measure) >= len(lengths) * MEASURE_SHARE
    return measure if narrower and _filling(lengths, widest) < len(lengths) * WIDER_SHARE else widest


def _filling(lengths: list[int], width: int) -> int:
    """How many of the lines (their lengths, sorted) come near filling a column this wide."""
    return bisect.bisect_right(lengths, width) - bisect.bisect_left(lengths, width * FILLED)
