"""Pull quotes: a sentence lifted from the text and printed again, large, between paragraphs.

Found by repetition alone: a block of its own that is a quotation, perhaps with a line or two
naming who said it, whose words stand elsewhere in the text. Read as text, it would run on to
the paragraph above or head the one below; it says nothing the text does not.
"""

from __future__ import annotations

import re

OPENING_QUOTES = ("“", '"', "‘", "'")
# the quotation's end: its closing mark, a full stop after, perhaps who said it ("… decade." Dr Amira Khan)
CLOSING = re.compile(r"[”\"’'][.!?]?(?P<source>\s+[–—-]?\s*[A-Z][^!?:;\"”]{0,60}(?<!\.))?$")
WORD = re.compile(r"[a-z0-9]+")
MIN_WORDS = 6  # fewer, and the words could recur by chance
QUOTE_LINES = 4  # the most lines a pull quote's quotation runs to
SOURCE_LINES = 2  # and the lines naming who said it ("Dr Amira Khan", "Chief Executive, …")
SOURCE = re.compile(r"^[–—-]?\s*[A-Z][^!?:;]{0,69}(?<!\.)$")  # a name, a post ("Dr. A. Khan"): no sentence


def without_pull_quotes(text: str) -> tuple[str, int]:
    """The text with its pull quotes blanked out (their lines kept, empty but for any page
    break), and how many lines they took."""
    lines = text.split("\n")
    blocks = _blocks(lines)
    quotations = [_quotation(lines[start:end]) for start, end in blocks]
    # where a quotation's words must stand again: the text's other blocks, not other quotations
    said = [_words(" ".join(lines[a:b])) for (a, b), q in zip(blocks, quotations, strict=True) if q is None]
    running = f" {' '.join(word for words in said for word in words)} "
    blanked = 0
    for k, ((start, end), quoted) in enumerate(zip(blocks, quotations, strict=True)):
        if quoted is None or (k and lines[blocks[k - 1][1] - 1].rstrip().endswith(":")):
            continue  # a quotation the text introduces ("As one witness told us:") is its text
        if f" {' '.join(quoted)} " in running:
            lines[start:end] = ["\f" * line.count("\f") for line in lines[start:end]]  # page breaks stay
            blanked += end - start
    return "\n".join(lines), blanked


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Runs of lines with text, as (first, after last) indices."""
    blocks: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            blocks.append((start, i))
            start = None
    return blocks


def _quotation(block: list[str]) -> list[str] | None:
    """The words of a block that is a quotation alone, then perhaps its source's short lines;
    None for any other block."""
    if not block[0].strip().startswith(OPENING_QUOTES):
        return None
    lines = [line.strip() for line in block]
    ends = ((k, found) for k, line in enumerate(lines[:QUOTE_LINES]) if (found := CLOSING.search(line)))
    end, closing = next(ends, (0, None))
    sources = lines[end + 1 :]
    if closing is None or len(sources) > SOURCE_LINES or not all(map(SOURCE.match, sources)):
        return None
    last = lines[end][: closing.start("source")] if closing.group("source") else lines[end]
    quoted = _words(" ".join([*lines[:end], last]))
    return quoted if len(quoted) >= MIN_WORDS else None


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())
