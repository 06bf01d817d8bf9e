"""Generic page clean-up: what any printed report puts around its text, found by evidence.

Running headers and footers are lines that repeat across pages (a page number beside them
removed); page numbers are lone numbers that count up through the document, a page apart;
footnote texts sit at a page's foot, after the body, each numbered in its own sequence and
marked in the body by a number glued to a word ("oceans.3"). None of it depends on a report's
title or on the names of these files.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b\u00ad]")
# Some PDFs map quotation marks to the wrong glyphs: ‗x‘ for ‘x’ and ―x‖ for “x”.
MISMAPPED_QUOTES = str.maketrans({"‗": "‘", "‘": "’", "―": "“", "‖": "”"})
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")  # "## Findings" in a Markdown report: a heading
SPACED_HYPHEN = re.compile(r"(?<=[a-z]) -(?=[a-z])")
LONE_NUMBER = re.compile(r"^\d{1,4}$")
ROMAN_PAGE = re.compile(r"^(?=[ivxl])(?:x{0,3}|xl|l)(?:ix|iv|v?i{0,3})$")
PAGE_NUMBER_AT_END = re.compile(r"^(?:(\d{1,4}|[ivxl]{1,6})\s+(\S.*)|(\S.*?)\s+(\d{1,4}|[ivxl]{1,6}))$")
PAGE_COUNTER = re.compile(r"\s+\d{1,4}/\d{1,4}$")  # a browser's print footer: "3/12"
PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+|\s+\d{1,4}/\d{1,4}$")
FOOTNOTE_LINE = re.compile(r"^(\d{1,3})\s+([^\s.,;:)].*)$")
BULLET = re.compile(r"^[•●▪◦·–-]\s*")
SENTENCE_END = re.compile(r"[.:!?;”’\"')\]]$")
HEADER_MIN = 12  # a repeated line shorter than this ("Chair:", "Yes.") is text, not a header
CELL_RUN = 5  # this many short lines in a row, none a sentence's end, are a table's cells
PAGE_GAP = 12  # page numbers stand at least this many lines apart
NOTES_MISSED = 40  # how far a footnote's number may run ahead of the last one found


@dataclass
class Line:
    """A line of body text and the page it was printed on."""

    text: str
    page: int
    source: int  # its line number in the cleaned text (0-based): lets inspect account for it


@dataclass
class Note:
    """A footnote's text, from the foot of the page it was printed on."""

    number: int
    text: str
    page: int
    source: int


@dataclass
class Layout:
    """A document's body lines with page furniture taken out, its footnotes set aside, and
    what was removed, for inspect."""

    lines: list[Line]
    notes: list[Note] = field(default_factory=list)
    furniture: list[int] = field(default_factory=list)  # running headers and page numbers
    headers: list[str] = field(default_factory=list)
    width: int = 0  # the usual length of a full line: shorter lines may end a paragraph
    cells: int = 0  # lines of tables and figures, one cell a line, set aside


def clean_text(text: str) -> str:
    """Drop control characters and invisible marks, repair mis-mapped quotation glyphs,
    trailing spaces and tabs, and Markdown's heading marks."""
    text = CONTROL.sub("", text).replace("\u2011", "-").replace("\t", " ")
    text = SPACED_HYPHEN.sub("-", text)  # "whole -system", as some PDFs' text comes out
    if "‗" in text or "‖" in text:
        text = text.translate(MISMAPPED_QUOTES)
    return "\n".join(MARKDOWN_HEADING.sub("", line.rstrip()) for line in text.split("\n"))


def read_layout(text: str) -> Layout:
    """Split a cleaned text into body lines, furniture and footnotes. Pages are separated by
    form feeds where the source had them (PDFs); otherwise page numbers mark them."""
    raw = re.sub(r"[ \t]*\f[ \t]*", "\n\f\n", text).split("\n")  # a page break: a line of its own
    stripped = [" ".join(line.split()) for line in raw]
    boundaries = _page_boundaries(raw)
    if boundaries:
        _split_glued_footers(stripped, boundaries)
    headers = _running_headers(stripped, boundaries)
    furniture, page_numbers = _furniture(stripped, headers, boundaries)
    layout = Layout(lines=[], furniture=sorted(furniture), headers=sorted(headers))
    layout.width = _usual_width(stripped)
    page = _first_page(page_numbers)  # with form feeds, pages are numbered below instead
    for i, line in enumerate(stripped):
        if i in furniture:
            if i in page_numbers and not boundaries:
                page = page_numbers[i] + 1  # a footer: what follows is the next page
            continue
        layout.lines.append(Line(line, page, i))
    if boundaries:
        _number_pages_from_prints(layout, page_numbers, boundaries)
    _set_notes_aside(layout)
    _set_cells_aside(layout)
    return layout


def _page_boundaries(raw: list[str]) -> dict[int, int]:
    """The first line of each page after a form feed, and the page's ordinal."""
    starts: dict[int, int] = {}
    page = 1
    for i, line in enumerate(raw):
        if line == "\f":
            page += 1
            starts[i + 1] = page
    return starts


def _split_glued_footers(lines: list[str], boundaries: dict[int, int]) -> None:
    """PDF text extraction may glue a page's footer to its last line ("...scientists. Oral
    evidence: ..., HC 245 2"): where many pages' first or last lines end with the same words
    and a page number, cut those words off."""
    starts = sorted([0, *boundaries, len(lines)])
    last_lines = []
    for start, end in itertools.pairwise(starts):
        body = [i for i in range(start, end) if lines[i]]
        last_lines += [body[0], body[-1]] if body else []
    keys = Counter(_header_key(lines[i]) for i in last_lines if len(lines[i]) < 100)
    for key, _n in keys.most_common(3):
        if len(key) < 15:
            continue
        glued = [i for i in last_lines if _header_key(lines[i]).endswith(key)]
        if len(glued) < max(3, len(last_lines) // 4):
            continue
        for i in glued:
            bare = _unmarked(lines[i])
            if len(bare) > len(key):  # text stands before the footer on this line
                lines[i] = bare[: len(bare) - len(key)].rstrip()
        break


def _unmarked(line: str) -> str:
    """A line without a page number at either end, nor a browser's print date or page counter
    ("01/12/2026, 10:15 ...", "... 3/12")."""
    line = PRINT_STAMP.sub("", line)
    match = PAGE_NUMBER_AT_END.match(line)
    if match:
        line = match.group(2) if match.group(1) else match.group(3)
    return line


def _header_key(line: str) -> str:
    """How a running header repeats: unmarked, in any case."""
    return _unmarked(line).casefold()


def _header_candidate(line: str) -> bool:
    """Not a footnote's reference or a list item; a web address only with a page counter."""
    if not line or line[0] in "([•●":
        return False
    return "http" not in line or bool(PAGE_COUNTER.search(line))


def _running_headers(lines: list[str], boundaries: dict[int, int]) -> set[str]:
    """Lines that repeat at least three times, each time at a page's edge: beside a page
    number or a form feed."""
    counts = Counter(_header_key(line) for line in lines if _header_candidate(line))
    repeated = {
        key for key, n in counts.items() if n >= 3 and len(key) >= HEADER_MIN and (" " in key or "/" in key)
    }
    if not repeated:
        return set()
    edges: Counter[str] = Counter()
    for i, line in enumerate(lines):
        key = _header_key(line) if _header_candidate(line) else ""
        if key in repeated and _at_page_edge(lines, i, boundaries):
            edges[key] += 1
    return {
        key
        for key in repeated
        if (edges[key] * 2 >= counts[key] and edges[key] >= 3) or (counts[key] >= 5 and not key.endswith("."))
    }


def _at_page_edge(lines: list[str], i: int, boundaries: dict[int, int]) -> bool:
    """Within two non-blank lines of a form feed, or next to a lone number (a page number)."""
    if boundaries:
        before = _neighbours(lines, i, -1, 2)
        after = _neighbours(lines, i, 1, 2)
        page_start = max((b for b in boundaries if b <= i), default=0)
        next_start = min((b for b in boundaries if b > i), default=len(lines))
        if len([j for j in before if j >= page_start]) < 2 or len([j for j in after if j < next_start]) < 2:
            return True
    return any(
        LONE_NUMBER.match(lines[j]) for j in (*_neighbours(lines, i, -1, 1), *_neighbours(lines, i, 1, 1))
    )


def _neighbours(lines: list[str], i: int, step: int, count: int) -> list[int]:
    found: list[int] = []
    j = i + step
    while 0 <= j < len(lines) and len(found) < count:
        if lines[j]:
            found.append(j)
        j += step
    return found


def _furniture(
    lines: list[str], headers: set[str], boundaries: dict[int, int]
) -> tuple[set[int], dict[int, int]]:
    """Running-header lines, and page numbers: lone numbers counting up a page apart, or
    standing beside a running header or at a page's edge."""
    cover = [i for i, line in enumerate(lines) if line][:5]  # a title there is no running header yet
    furniture = {
        i for i, line in enumerate(lines) if line and _header_key(line) in headers and i not in cover
    }
    page_numbers: dict[int, int] = {}
    for i in furniture:
        match = PAGE_NUMBER_AT_END.match(lines[i])
        number = match and (match.group(1) or match.group(4))
        if number and number.isdigit():
            page_numbers[i] = int(number)
    if len(set(page_numbers.values())) < 3:  # "Report: Volume 1" on every page is no page number
        page_numbers = {}
    lone = [
        i
        for i, line in enumerate(lines)
        if LONE_NUMBER.match(line)
        and not (i > 0 and LONE_NUMBER.match(lines[i - 1]))
        and not (i + 1 < len(lines) and LONE_NUMBER.match(lines[i + 1]))
    ]
    for i in _counting_chain(lines, lone):
        furniture.add(i)
        page_numbers[i] = int(lines[i])
    for i, line in enumerate(lines):
        if (LONE_NUMBER.match(line) or ROMAN_PAGE.match(line)) and i not in furniture:
            near = (*_neighbours(lines, i, -1, 1), *_neighbours(lines, i, 1, 1))
            beside_header = any(j in furniture and j not in page_numbers for j in near)
            if beside_header or (
                boundaries and _at_page_edge(lines, i, boundaries) and _edge_only(lines, i, boundaries)
            ):
                furniture.add(i)
                if line.isdigit():
                    page_numbers[i] = int(line)
    counting = _longest_rising(page_numbers)  # a title's "245" or a contents entry is no page number
    return furniture, {i: n for i, n in page_numbers.items() if i in counting}


def _longest_rising(numbers: dict[int, int]) -> set[int]:
    """The lines of the longest run of numbers that never falls, in line order."""
    lines = sorted(numbers)
    tails: list[int] = []  # tails[k]: the smallest last value of a rising run of length k + 1
    tail_line: list[int] = []
    previous: dict[int, int] = {}
    for line in lines:
        k = bisect.bisect_right(tails, numbers[line])
        previous[line] = tail_line[k - 1] if k else -1
        if k == len(tails):
            tails.append(numbers[line])
            tail_line.append(line)
        else:
            tails[k], tail_line[k] = numbers[line], line
    kept: set[int] = set()
    line = tail_line[-1] if tail_line else -1
    while line != -1:
        kept.add(line)
        line = previous[line]
    return kept


def _edge_only(lines: list[str], i: int, boundaries: dict[int, int]) -> bool:
    """The very first or last non-blank line of its page."""
    page_start = max((b for b in boundaries if b <= i), default=0)
    next_start = min((b for b in boundaries if b > i), default=len(lines))
    before = [j for j in range(page_start, i) if lines[j]]
    after = [j for j in range(i + 1, next_start) if lines[j]]
    return not before or not after


def _counting_chain(lines: list[str], lone: list[int]) -> list[int]:
    """The longest run of lone numbers n, n+1, n+2... (a page may be skipped) standing at
    least a page's worth of lines apart: page numbers, not a block of footnote numbers."""
    best: dict[int, tuple[int, int]] = {}  # line -> (chain length, previous line)
    by_value: dict[int, list[int]] = {}
    for i in lone:
        value = int(lines[i])
        length, previous = 1, -1
        for step in (1, 2):
            for j in by_value.get(value - step, []):
                if i - j >= PAGE_GAP and best[j][0] + 1 > length:
                    length, previous = best[j][0] + 1, j
        best[i] = (length, previous)
        by_value.setdefault(value, []).append(i)
    if not best:
        return []
    end = max(best, key=lambda i: (best[i][0], -i))
    if best[end][0] < 3:
        return []
    chain = []
    while end != -1:
        chain.append(end)
        end = best[end][1]
    if chain[0] - chain[-1] < len(lines) // 2:
        return []  # numbers a page apart in one stretch of the text: footnotes, not pagination
    return chain[::-1]


def _first_page(page_numbers: dict[int, int]) -> int:
    """The printed number of the first page: the first page number, at its foot."""
    return max(1, page_numbers[min(page_numbers)]) if page_numbers else 1


def _number_pages_from_prints(
    layout: Layout, page_numbers: dict[int, int], boundaries: dict[int, int]
) -> None:
    """With form feeds, a page is the number printed on it, wherever it stands; pages with
    none count on from the last one printed."""
    starts = sorted([0, *boundaries])
    printed: dict[int, int] = {}
    for i, number in page_numbers.items():
        start = max(s for s in starts if s <= i)
        printed.setdefault(start, number)
    page = 0
    numbers: dict[int, int] = {}
    for start in starts:
        page = printed.get(start, page + 1)
        numbers[start] = page
    for line in layout.lines:
        start = max(s for s in starts if s <= line.source)
        line.page = numbers[start]


def _usual_width(lines: list[str]) -> int:
    """The length of a full line: the ninth decile of the lines' lengths."""
    long_lines = [len(line) for line in lines if len(line) > 40]
    return int(statistics.quantiles(long_lines, n=10)[-1]) if len(long_lines) > 1 else 80


def _set_notes_aside(layout: Layout) -> None:
    """Take footnote texts out of the body: a line starting with the next footnote number
    (or 1, a new chapter's notes) whose mark stands glued to a word earlier on the same page,
    and everything after it on that page; or a run of lone numbers followed by their texts."""
    lines = layout.lines
    kept: list[Line] = []
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        run = _lone_run(lines, i)
        if (
            run
            and _next_in_sequence(run[0], expected)
            and _block_of_notes(lines, i, run)
            and _marked(kept, line.page, run[0])
        ):
            end = _page_end(lines, i)
            texts = [ln for ln in lines[i + len(run) : end] if ln.text]
            _add_notes(layout, run, texts, line.page)
            expected = run[-1] + 1
            i = end
            continue
        match = FOOTNOTE_LINE.match(line.text)
        end = _page_end(lines, i) if match else i
        if (
            match
            and _next_in_sequence(int(match.group(1)), expected)
            and _at_foot(lines, i, end)
            and _marked(kept, line.page, int(match.group(1)))
        ):
            expected = _inline_notes(layout, lines[i:end], expected) + 1
            i = end
            continue
        kept.append(line)
        i += 1
    layout.lines = kept


def _next_in_sequence(number: int, expected: int) -> bool:
    """The next note, one further on (notes missed: their marks still vouch for them), or 1: a
    chapter's notes restart."""
    return number == 1 or expected <= number <= expected + NOTES_MISSED


def _block_of_notes(lines: list[Line], i: int, run: list[int]) -> bool:
    """Numbers on lines of their own, then their texts: not marks that extraction set on lines
    of their own between blank lines ("66", "", "67", "", "68")."""
    following = next((ln.text for ln in lines[i + len(run) : i + len(run) + 3] if ln.text), "")
    return not LONE_NUMBER.match(following)


def _at_foot(lines: list[Line], i: int, end: int) -> bool:
    """Notes fill at most the lower half of their page, and start after a paragraph's end or
    go on to the next note (a page that ends mid-sentence has its notes straight after)."""
    page = lines[i].page
    on_page = sum(1 for line in lines if line.page == page) if end - i > 8 else 0
    if end - i > max(8, on_page // 2):
        return False
    previous = lines[i - 1].text if i else ""
    match = FOOTNOTE_LINE.match(lines[i].text)
    following = f"{int(match.group(1)) + 1} " if match else ""
    return not previous[-1:].isalpha() or any(ln.text.startswith(following) for ln in lines[i + 1 : end])


def _lone_run(lines: list[Line], i: int) -> list[int]:
    run: list[int] = []
    j = i
    while j < len(lines) and LONE_NUMBER.match(lines[j].text):
        number = int(lines[j].text)
        if run and number != run[-1] + 1:
            break
        run.append(number)
        j += 1
    return run


def _marked(body: list[Line], page: int, number: int) -> bool:
    """The page's body carries the note's mark glued to a word or closing punctuation."""
    mark = note_mark(number)
    for k in range(len(body) - 1, -1, -1):
        line = body[k]
        if line.page != page:
            return False
        if mark.search(line.text):
            return True
        if line.text == str(number) and _stray_mark(body, k):
            return True
    return False


def note_mark(number: int) -> re.Pattern[str]:
    """A footnote's mark in the text: glued to a word or its punctuation ("oceans.3",
    "Digest1"), or a space after a sentence's punctuation ("accounts. 18")."""
    return re.compile(rf"(?:(?<=[^\s\d])|(?<=[.,;:)”’] )){number}(?=[\s,.;:)”’]|$)")


def _stray_mark(body: list[Line], k: int) -> bool:
    """A number on a line of its own mid-sentence, as extraction sets some marks ("SPI-M)",
    "66", "67"), not a paragraph's number before its text."""
    before = next((ln.text for ln in reversed(body[:k]) if ln.text), "")
    after = next((ln.text for ln in body[k + 1 :] if ln.text), "")
    mid_sentence = not before.endswith((".", "!", "?", ":", "”"))
    return mid_sentence and (not after or LONE_NUMBER.match(after) is not None or not after[0].isupper())


def _page_end(lines: list[Line], i: int) -> int:
    """Where a page's footnotes end: at the page's end, or at a blank line after a text."""
    page = lines[i].page
    j = i
    seen_text = False
    while j < len(lines) and lines[j].page == page:
        if not lines[j].text and seen_text:
            break
        seen_text = seen_text or (not LONE_NUMBER.match(lines[j].text) and bool(lines[j].text))
        j += 1
    return j


def _add_notes(layout: Layout, numbers: list[int], texts: list[Line], page: int) -> None:
    """Lone numbers then their texts, some wrapped: the longest lines not ending a reference
    are joined to the next until there is one text per number."""
    joined = [ln.text for ln in texts]
    while len(joined) > len(numbers):
        k = max(
            range(len(joined) - 1),
            key=lambda n: len(joined[n]) - (60 if joined[n].endswith((")", ".")) else 0),
        )
        joined[k : k + 2] = [f"{joined[k]} {joined[k + 1]}"]
    source = texts[0].source if texts else 0
    for number, note in zip(numbers, [*joined, *[""] * len(numbers)], strict=False):
        layout.notes.append(Note(number, note, page, source))


def _inline_notes(layout: Layout, lines: list[Line], expected: int) -> int:
    """'12 Text' lines, a text wrapping onto lines of its own; returns the last number."""
    last = expected - 1
    for line in lines:
        match = FOOTNOTE_LINE.match(line.text)
        number = int(match.group(1)) if match else -1
        if match and number in (last + 1, 1):
            layout.notes.append(Note(number, match.group(2), line.page, line.source))
            last = number
        elif layout.notes and line.text:
            layout.notes[-1].text = f"{layout.notes[-1].text} {line.text}"
    return last


def _set_cells_aside(layout: Layout) -> None:
    """Tables and figures come out of a PDF one cell a line: a run of short lines that are
    neither sentences' ends nor list items, far shorter than the text's, is no paragraph text.
    A cover page's title is set that way too: the first page is left alone."""
    cover = layout.lines[0].page if layout.lines else 0
    short = [line.page != cover and _cell_like(line.text, layout.width) for line in layout.lines]
    kept: list[Line] = []
    i = 0
    while i < len(layout.lines):
        j = i
        while j < len(layout.lines) and short[j]:
            j += 1
        if j - i >= CELL_RUN:
            layout.cells += j - i
            i = j
            continue
        kept.append(layout.lines[i])
        i += 1
    layout.lines = kept


def _cell_like(text: str, width: int) -> bool:
    return (
        0 < len(text) < width * 0.4
        and any(c.isalpha() for c in text)
        and not text.endswith((".", ";", ":", ",", "?", "!"))
        and not BULLET.match(text)
    )


def ends_paragraph(line: str, width: int) -> bool:
    """A line that ends a sentence well short of the usual width closes its paragraph."""
    return bool(SENTENCE_END.search(line)) and len(line) < width * 0.85


def join_lines(text: str, line: str) -> str:
    """Join a hard-wrapped line, mending a word broken at the line's end ("eco-" "systems")."""
    if not text:
        return line
    if re.search(r"[A-Za-z]-$", text) and line[:1].islower():
        return text[:-1] + line
    return f"{text} {line}"
