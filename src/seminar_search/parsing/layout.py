"""Generic page clean-up: what any printed report puts around its text, found by evidence.

Running headers, footers and page numbers are found by pages.py. Footnote texts sit at a
page's foot, after the body, each numbered in its own sequence and marked in the body by a
number glued to a word ("oceans.3"); tables and figures come out one short cell a line. None
of it depends on a report's title or on the names of these files.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from seminar_search.parsing import pages

TRAILING_SPACE = re.compile(r"[^\S\f]+$")  # a form feed ending a line is a page break: kept
COLOPHON = re.compile(  # a publication's identifiers and printer, on its back cover
    r"^(?:ISBN:?\s*)?97[89][\d -]{10,14}$|^(?:E-?Number:?\s*)?E\d{8}\b.{0,8}$|^Printed (?:in|on|by)\b|^©",
    re.IGNORECASE,
)
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b\u00ad]")
# Some PDFs map quotation marks to the wrong glyphs: ‗x‘ for ‘x’ and ―x‖ for “x”.
MISMAPPED_QUOTES = str.maketrans({"‗": "‘", "‘": "’", "―": "“", "‖": "”"})
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")  # "## Findings" in a Markdown report: a heading
SPACED_HYPHEN = re.compile(r"(?<=[a-z]) -(?=[a-z])")
FOOTNOTE_LINE = re.compile(r"^(\d{1,3})(?:\s+|(?=[A-Z][A-Za-z]))([^\s.,;:)].*)$")  # "12 Text", or "9Almost"
BULLET = re.compile(r"^[•●▪◦·–-]\s*")
SENTENCE_END = re.compile(r"[.:!?;”’\"')\]]$")
CELL_RUN = 5  # this many short lines in a row, none a sentence's end, are a table's cells
NOTE_OPENING = re.compile(r"^(?!\d)[A-Z“‘\"']")  # a note's text: "Ibid.", "The phrase ...", "“Horizon”"
NOTES_MISSED = 40  # how far a footnote's number may run ahead of the last one found
NOTE_LINES = 3  # the most lines a bunched note's text wraps onto
UNIT_LABEL = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")  # "3.9." alone: a paragraph's number, no note


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
    return "\n".join(MARKDOWN_HEADING.sub("", TRAILING_SPACE.sub("", line)) for line in text.split("\n"))


def read_layout(text: str) -> Layout:
    """Split a cleaned text into body lines, furniture and footnotes. Pages are separated by
    form feeds where the source had them (PDFs); otherwise page numbers mark them."""
    raw = re.sub(r"[ \t]*\f[ \t]*", "\n\f\n", text).split("\n")  # a page break: a line of its own
    stripped = [" ".join(line.split()) for line in raw]
    boundaries = pages.page_boundaries(raw)
    if boundaries:
        pages.split_glued_footers(stripped, boundaries)
    headers = pages.running_headers(stripped, boundaries)
    furniture, page_numbers = pages.furniture(stripped, headers, boundaries)
    layout = Layout(lines=[], furniture=sorted(furniture), headers=sorted(headers))
    layout.width = _usual_width(stripped)
    heading = not boundaries and pages.numbers_head_pages(stripped, page_numbers)
    page = pages.first_page(page_numbers, heading)  # with form feeds, numbered below instead
    for i, line in enumerate(stripped):
        if i in furniture:
            if i in page_numbers and not boundaries:
                page = page_numbers[i] + (not heading)  # after a footer, the next page
            continue
        layout.lines.append(Line(line, page, i))
    if boundaries:
        _number_pages_from_prints(layout, page_numbers, boundaries)
    _set_colophon_aside(layout)
    _set_notes_aside(layout)
    _set_cells_aside(layout)
    return layout


def _set_colophon_aside(layout: Layout) -> None:
    """A back cover's codes (ISBN, E-number, printer) end the text, with the numbers of the
    blank pages before them: they belong to no paragraph."""
    lines = layout.lines
    end = len(lines)
    while end and (
        not lines[end - 1].text
        or COLOPHON.search(lines[end - 1].text)
        or pages.LONE_NUMBER.match(lines[end - 1].text)
    ):
        end -= 1
    if any(COLOPHON.search(line.text) for line in lines[end:]):
        layout.furniture = sorted({*layout.furniture, *(line.source for line in lines[end:] if line.text)})
        layout.lines = lines[:end]


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
        run, after = _lone_run(lines, i)
        if (
            run
            and _next_in_sequence(run[0], expected)
            and _block_of_notes(lines, after, spaced=after - i > len(run))
            and _marked(kept, line.page, run[0])
        ):
            end = _page_end(lines, i)
            opening = lines[after:end]  # the numbers' texts, unless they are the text that marks them
            if len(run) > 1 and (not any(ln.text for ln in opening) or _marks_any(opening, run)):
                block = _notes_block(lines, after, run, layout.width)
                if block:
                    kept += lines[after : block[0]]
                    after, end = block
            texts = [ln for ln in lines[after:end] if ln.text]
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


def _block_of_notes(lines: list[Line], after: int, spaced: bool) -> bool:
    """Numbers on lines of their own, then their texts. Numbers spaced out by blank lines
    may be marks that extraction set on lines of their own ("66", "", "67") in text that goes
    on after them: their notes' first text opens as a note does, with a capital or a quote,
    not with a bracket, a small letter or a paragraph's number."""
    following = next((ln.text for ln in lines[after : after + 3] if ln.text), "")
    if pages.LONE_NUMBER.match(following):
        return False
    return not spaced or bool(NOTE_OPENING.match(following))


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


def _lone_run(lines: list[Line], i: int) -> tuple[list[int], int]:
    """Numbers counting up on lines of their own from line i, a blank line allowed between
    two (extraction spaces some out), and the index of the line after them."""
    run: list[int] = []
    j = i
    while j < len(lines) and pages.LONE_NUMBER.match(lines[j].text):
        number = int(lines[j].text)
        if run and number != run[-1] + 1:
            break
        run.append(number)
        j += 1
        if j + 1 < len(lines) and not lines[j].text and lines[j + 1].text == str(number + 1):
            j += 1
    return run, j


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
    return mid_sentence and (
        not after or pages.LONE_NUMBER.match(after) is not None or not after[0].isupper()
    )


def _page_end(lines: list[Line], i: int) -> int:
    """Where a page's footnotes end: at the page's end, or at a blank line after a text."""
    page = lines[i].page
    j = i
    seen_text = False
    while j < len(lines) and lines[j].page == page:
        if not lines[j].text and seen_text:
            break
        seen_text = seen_text or (not pages.LONE_NUMBER.match(lines[j].text) and bool(lines[j].text))
        j += 1
    return j


def _notes_block(lines: list[Line], start: int, run: list[int], width: int) -> tuple[int, int] | None:
    """Where the texts of bunched note numbers stand when text comes between: the first block
    from start that marks none of them (one that does is the text they belong to, which
    extraction set after them, or after the page's number) and has a line or a few for each.
    A block of more lines than notes whose first runs to the margin mid-sentence may open
    with the page's text: then none, for a note left in the text beats text lost in a note."""
    for _block in range(3):
        first = next((k for k in range(start, len(lines)) if lines[k].text), len(lines))
        stop = next((k for k in range(first, len(lines)) if not lines[k].text), len(lines))
        if first == stop:
            return None
        if not _marks_any(lines[first:stop], run):
            count = stop - first
            runs_on = len(lines[first].text) >= width * 0.85 and not SENTENCE_END.search(lines[first].text)
            fits = count == len(run) or (len(run) < count <= NOTE_LINES * len(run) and not runs_on)
            labelled = any(UNIT_LABEL.match(line.text) for line in lines[first:stop])
            return (first, stop) if fits and not labelled else None
        start = stop
    return None


def _marks_any(lines: list[Line], run: list[int]) -> bool:
    marks = [_glued_mark(number) for number in run]
    return any(mark.search(line.text) for line in lines for mark in marks)


def _glued_mark(number: int) -> re.Pattern[str]:
    """A mark glued to a word or the punctuation after one ("Wales.19", "sea.”3"), not a
    number of a reference ("40/17-19", "para 16", "paras 3.17")."""
    after_word = r"(?:(?<=[A-Za-z])|(?<=[A-Za-z][.,;:”’)])|(?<=[A-Za-z][.,;:”’)][”’)]))"
    return re.compile(rf"{after_word}{number}(?=[\s,.;:)”’]|$)")


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
        while layout.notes and (run_on := _run_on_note(last + 1).search(layout.notes[-1].text)):
            note = layout.notes[-1]  # the next note's text runs on after this one's: split them
            note.text, rest = note.text[: run_on.start()].rstrip(), note.text[run_on.end() :]
            layout.notes.append(Note(last + 1, rest, line.page, line.source))
            last += 1
    return last


def _run_on_note(number: int) -> re.Pattern[str]:
    """A note's number and text run on after the note before it, on the same line ("…
    [84/181]. 96 [WITN11310100] at [87/187]. 97 Ibid.")."""
    return re.compile(rf"(?<=[.)\]] ){number}\s+(?=[A-Z“‘\"'\[])")


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
