"""A page break where a text sets its paragraphs apart by blank lines: a paragraph that ends at
the foot of a page and the one that opens the next have no blank line between them, as a PDF's
text gives them; the break stands for it."""

from __future__ import annotations

import re

SENTENCE_END = r"[.?!:][”\"’')]?"  # what a paragraph's last line may end with
# a page break straight after a line ending a sentence, or a paragraph's number alone, a paragraph's
# opening after it
ENDED_AT_BREAK = re.compile(rf"({SENTENCE_END}|^\d{{1,3}}\.?)\n\f(?=[A-Z0-9“\"‘'(\[•–-]|Q\.)", re.MULTILINE)
ENDED = re.compile(rf"{SENTENCE_END}\n(?!\f)(.?)")  # a line ending a sentence, and what opens the next
SPACED_SHARE = 0.8  # of the lines ending a sentence, followed by a blank line at least
SPACED_MIN = 5  # such lines, to tell a text's spacing by


def page_breaks_spaced(text: str) -> str:
    """The text, a blank line before a page break that parts a line ending a sentence (or a
    paragraph's number alone) from one opening a paragraph, the break on a line of its own,
    where the text sets its paragraphs apart by blank lines (most of its lines ending a
    sentence have one under them); any other text as it is."""
    if "\f" not in text:
        return text
    ends = [found[1] for found in ENDED.finditer(text)]
    spaced = sum(1 for opening in ends if opening in ("", "\n"))  # a blank line, or the text's end
    if len(ends) < SPACED_MIN or spaced < len(ends) * SPACED_SHARE:
        return text
    return ENDED_AT_BREAK.sub(r"\1\n\n\f\n", text)  # the break on a line of its own, as a blank one
