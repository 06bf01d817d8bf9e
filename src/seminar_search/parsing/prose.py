"""Plain prose: a text with no numbering the other genres recognise is not dropped: its
blank-line separated blocks become units numbered 1, 2, 3... in a series of their own."""

from __future__ import annotations

import re

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph
from seminar_search.parsing.common import assign_themes


def plain_blocks(text: str, lexicon: list[Entry]) -> list[Paragraph]:
    """The text's blank-line separated blocks, numbered in the series "block"."""
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]
    units = [
        Paragraph(doc="", number=n, text=block, speaker="", section="", themes=[], page=1, series="block")
        for n, block in enumerate(blocks, start=1)
    ]
    assign_themes(units, lexicon)
    return units
