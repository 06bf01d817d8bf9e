"""A numbered report's foreword: the chair's own words before the numbered paragraphs begin,
signed at their end ("Steven Matthews TD" over "Cathaoirleach" and the committee's name). They
are what the report's chair said, to be found and cited like the rest, not its front matter."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from seminar_search.model import Paragraph
from seminar_search.parsing.blocks import block_text, is_prose
from seminar_search.parsing.layout import Line
from seminar_search.parsing.prose_blocks import prose_blocks
from seminar_search.parsing.voices import SIGNATORY

FOREWORD = re.compile(  # "Foreword", "Chair's foreword", "Ministerial Foreword", "Foreword by the Chair"
    r"^(?:[A-Z][\w’'.-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'.-]*)){0,5}\s+)?(?i:foreword|preface)"
    r"(?:\s+(?:by|from)\s+\S.*)?$"
)


class Foreword(NamedTuple):
    """The foreword's paragraphs as units and the line each starts on, its heading's line, and
    the lines of its paragraphs (not its heading, nor the signature, the signer's post and the
    date under them)."""

    units: list[Paragraph]
    starts: list[int]
    start: int
    read: frozenset[int]


def foreword(lines: list[Line], end: int, width: int, author: str) -> Foreword:
    """The foreword among lines[:end], under its heading up to the next: each paragraph a unit
    of the series "foreword", numbered in order, spoken by the person signing the last (a name
    a title or letters say is a person's, on the first line after it), else by the report's
    author; none if no heading names one, or nothing under it is prose."""
    blocks = prose_blocks(lines[:end], width)
    head = next((k for k, b in enumerate(blocks) if b.heading and FOREWORD.match(block_text(lines, b))), None)
    if head is None:
        return Foreword([], [], end, frozenset())
    under = [  # a page's number alone, in a text that kept it, is none of its paragraphs
        block
        for block in itertools.takewhile(lambda block: not block.heading, blocks[head + 1 :])
        if not block_text(lines, block).isdigit()
    ]
    said = list(reversed(list(itertools.dropwhile(lambda b: not is_prose(lines, b), reversed(under)))))
    if not said:
        return Foreword([], [], end, frozenset())
    after = next((line.text for line in lines[said[-1].end : end] if line.text), "")
    signer = after if SIGNATORY.match(after) else author  # a heading's line to prose_blocks, short as it is
    heading = block_text(lines, blocks[head])
    units = [
        Paragraph(
            doc="",
            number=k,
            text=block_text(lines, block),
            speaker=signer,
            section=heading,
            themes=[heading],
            page=lines[block.start].page,
            series="foreword",
            label=str(k),
        )
        for k, block in enumerate(said, 1)
    ]
    read = frozenset(i for block in said for i in range(block.start, block.end))
    return Foreword(units, [block.start for block in said], blocks[head].start, read)
