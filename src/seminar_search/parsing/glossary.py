"""A glossary: terms beside their definitions in a two-column table, which a text gives as
alternating blocks, a term's cell wrapped onto a few short lines, then its definition's lines
("Association of" / "Directors of Public" / "Health", then "A representative organisation of
…"); or, where only its rows stand apart (a table a PDF library printed), a block a row, the
term's lines straight over the definition's. Read as such a run, each term is one line and each
definition one line, so a term's wrapped words stay in the term and no line of a narrow
definition is taken for a heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from seminar_search.parsing.layout import BULLET, Line, join_lines

TERM_LINES = 4  # the most lines a term's cell wraps onto
TERM_CHARS = 40  # the longest line of a term's cell: a narrow column
RUN_TERMS = 4  # terms in a row, each over its definition, that make a glossary
GARBLED = 2  # blocks between two runs of one glossary that the text garbled
ENDED = re.compile(r"[.!?][”’\"')\]]?\d{0,3}$")  # a sentence's end, a note's mark after it
# a paragraph's or a note's number ("12. ", "2.5 ", "(a) ", "A1.24."): a numbered text, no definition
NUMBERED = re.compile(r"^(?:\(?\d|\(?[a-z][.)]\s|[A-Z]{1,3}\d)")
# a numbered unit's start on any of its lines ("12. ", "4.23. ", "A1.25. "): units, no definition
UNIT_NUMBER = re.compile(r"^(?:[A-Z]{1,3})?\d{1,2}(?:\.\d{1,3})*\.\s")
LABELLED = re.compile(r"^[A-Z][^:]{0,59}:\s")  # a speaker's or a field's label: "Chair: "


def glossary_joined(lines: list[Line]) -> tuple[list[Line], range]:
    """The lines with each term and each definition of a glossary joined into one line: a run
    of at least RUN_TERMS terms, each followed by one or more definitions, and the shorter runs
    that go on from it past a block or two the text garbled (a term run into a definition);
    and the source lines it spans, whose headings name what is defined, not who speaks
    ("Department of Health (Northern Ireland)")."""
    blocks = [part for block in _blocks(lines) for part in _entry_split(lines, block)]
    kinds = [_kind([lines[k].text for k in block]) for block in blocks]
    joined: set[int] = set()
    for run in _runs(kinds):
        terms = sum(kinds[b] == "term" for b in run)
        if terms >= RUN_TERMS or (joined and run[0] - max(joined) <= GARBLED + 1):
            joined.update(run)
    if not joined:
        return lines, range(0)
    out: list[Line] = []
    starts = {blocks[b].start: blocks[b] for b in joined}
    i = 0
    while i < len(lines):
        block = starts.get(i)
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        text = ""
        for k in block:
            text = join_lines(text, lines[k].text)
        out.append(replace(lines[i], text=text, cells=()))
        if block.stop in starts:  # a term over its definition in one block: a blank line between
            out.append(replace(lines[block.stop], text="", cells=()))
        i = block.stop
    return out, range(lines[blocks[min(joined)].start].source, lines[blocks[max(joined)].stop - 1].source + 1)


def _runs(kinds: list[str]) -> list[list[int]]:
    """The runs of blocks that read as a glossary's: each term followed by its definitions (a
    term over a term is a column's heading over a page's rows, and the run goes on; a
    definition may open one, its term garbled into the block before)."""
    runs: list[list[int]] = [[]]
    for b, kind in enumerate(kinds):
        defines = kind == "term" and b + 1 < len(kinds) and kinds[b + 1] == "definition"
        if defines or kind == "definition":
            runs[-1].append(b)
        elif kind != "term" and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _entry_split(lines: list[Line], block: range) -> list[range]:
    """A block that is a term's lines over its definition's, no blank line between (a table
    whose rows alone stand apart), as the two blocks it holds; else the block."""
    texts = [lines[k].text for k in block]
    for split in range(1, min(TERM_LINES, len(texts) - 1) + 1):
        if _kind(texts[:split]) == "term" and _kind(texts[split:]) == "definition":
            return [range(block.start, block.start + split), range(block.start + split, block.stop)]
    return [block]


def _blocks(lines: list[Line]) -> list[range]:
    """The runs of non-blank lines."""
    blocks: list[range] = []
    start = None
    for i, line in enumerate([*lines, Line("", 0, 0)]):
        if line.text and start is None:
            start = i
        elif not line.text and start is not None:
            blocks.append(range(start, i))
            start = None
    return blocks


def _kind(texts: list[str]) -> str:
    """A block's part in a glossary: a term's cell (a few short lines, no sentence), a
    definition (plain prose ending a sentence: no list, numbered paragraph, note or label, and
    no short line over it, a heading's), or neither."""
    first, last = texts[0], texts[-1]
    opens = first[:1].isupper() or first[:1].isdigit() or first[:1] in "‘“'\"("
    if (
        len(texts) <= TERM_LINES
        and all(len(text) <= TERM_CHARS for text in texts)
        and not last.endswith((".", ",", ";", ":", "!", "?"))
        and opens
        and any(c.isalpha() for c in first)
        and not any(BULLET.match(text) for text in texts)
    ):
        return "term"
    listed = any(BULLET.match(text) or LABELLED.match(text) or UNIT_NUMBER.match(text) for text in texts)
    prose = not (NUMBERED.match(first) or listed)
    headed = len(texts) > 1 and len(first) <= TERM_CHARS and not ENDED.search(first)
    if prose and not headed and ENDED.search(last):
        return "definition"
    return ""
