"""A response's own words before the first recommendation it answers: the introduction (or
foreword) under its heading, which a reader cites as the text before recommendation 1. The cover,
its notices and its contents page above the heading stay out."""

from __future__ import annotations

import re

from seminar_search.model import UNNUMBERED, Paragraph
from seminar_search.parsing.common import SHORT_LINE
from seminar_search.parsing.layout import Line
from seminar_search.parsing.replies import paragraphs_of
from seminar_search.parsing.seminar_layout import looks_like_heading

# "Introduction", "Ministerial foreword", "1. Introduction": what opens a response's own words
INTRODUCING = re.compile(
    r"^(?:\d{1,2}\.?\s+)?(?:Introduction|(?:Ministerial |Minister's |Secretary of State's )?Foreword|Overview"
    r"|Background|(?:Executive )?Summary)$",
    re.IGNORECASE,
)


def introduction(
    lines: list[Line], first: int, width: int, spaced: set[int], speaker: str, items: list[Paragraph]
) -> tuple[int, list[Paragraph], list[int]]:
    """The line its heading is on (else first), the introduction's paragraphs as units of
    unnumbered text (in the sections its headings name) and the lines each starts on: what
    lies between the last introducing heading before the first item and that item. With no
    item read, no introduction either: the text is read otherwise."""
    heading = next((k for k in range(first - 1, -1, -1) if INTRODUCING.match(lines[k].text)), None)
    if heading is None or not items:
        return first, [], []
    units: list[Paragraph] = []
    starts: list[int] = []
    section = lines[heading].text
    for block in _blocks(lines[heading + 1 : first]):
        if all(_heading_like(line.text) for line in block):
            section = block[-1].text  # a heading within it, or the one over the recommendations
            continue
        while len(block) > 1 and _heading_like(block[0].text) and len(block[0].text) < width * SHORT_LINE:
            section, block = block[0].text, block[1:]  # "Future Ambitions" over its paragraph
        for paragraph in paragraphs_of(block, width, spaced):
            text = " ".join(line.text for line in paragraph)
            if len(paragraph) == 1 and _heading_like(text):  # no blank line under it (a PDF's text)
                section = text
                continue
            if not any(character.isalpha() for character in text):  # a note's mark or a page's number
                continue
            units.append(
                Paragraph(
                    doc="",
                    number=len(units) + 1,
                    text=text,
                    speaker=speaker,
                    section=section,
                    themes=[],
                    page=paragraph[0].page,
                    series=UNNUMBERED,
                    label="",
                )
            )
            starts.append(paragraph[0].source)
    return (heading, units, starts) if units else (first, [], [])


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Lines in the blocks blank lines part, but for a sentence running on in lower case past
    them (a page's turn)."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text and blocks[-1] == [] and len(blocks) > 1 and line.text[:1].islower():
            blocks.pop()
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _heading_like(text: str) -> bool:
    """A line that heads what follows, or a table's column: a heading's shape, worded ("Future
    Ambitions", not a page's number "2")."""
    return looks_like_heading(text) and text[:1].isupper()
