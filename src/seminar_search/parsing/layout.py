"""Generic page clean-up: what any printed report puts around its text, found by evidence.

Running headers and footers are found by headers.py, page numbers by pages.py, notes by
footnotes.py (a page's foot) and endnotes.py (lists); tables and figures come out one short
cell a line. None of it depends on a report's title or on the names of these files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from seminar_search.parsing import pages
from seminar_search.parsing.endnotes import set_bracketed_notes_aside, set_endnotes_aside
from seminar_search.parsing.footnotes import Note, set_notes_aside
from seminar_search.parsing.headers import chapter_titles_at_edges, running_headers
from seminar_search.parsing.markdown import markdown_plain
from seminar_search.parsing.measure import usual_width
from seminar_search.sources.table_rows import names_columns, prose_row

TRAILING_SPACE = re.compile(r"[^\S\f]+$")  # a form feed ending a line is a page break: kept
COLOPHON = re.compile(  # a publication's identifiers and printer, its publisher's numbers, on its back cover
    r"^(?:ISBN:?\s*)?97[89][\d -]{10,14}$|^(?:E-?Number:?\s*)?E\d{8}\b.{0,8}$|^Printed (?:in|on|by)\b|^©"
    r"|^(?:Registered )?(?:charity|company) (?:number|no\.?):?\s*[A-Z]{0,2}\d{5,8}\b",
    re.IGNORECASE,
)
# A bullet set in a Symbol or Wingdings font comes out of a PDF as a private-use character
# (U+F0B7, U+F0A7, U+F0D8 …) at the line's start: the bullet it is.
SUPERSCRIPT_NOTE = re.compile(r"^[ \t]*[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} ?\S", re.MULTILINE)  # "¹ Source: …", a note
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SYMBOL_BULLET = re.compile(r"^[ \t]*[\uf000-\uf0ff\x7f](?=\s)", re.MULTILINE)  # a symbol font's, or none
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u200b\u00ad]")
# Some PDFs map quotation marks to the wrong glyphs: ‗x‘ for ‘x’ and ―x‖ for “x”.
MISMAPPED_QUOTES = str.maketrans({"‗": "‘", "‘": "’", "―": "“", "‖": "”"})
WEB_NOTE_MARK = re.compile(r"\[footnote (\d{1,3})\]")  # a web page's note mark: "missions.[footnote 1]"
BACK_LINK = re.compile(r"[ \t]*↩[ \t]*$", re.MULTILINE)  # from a web page's note back to its mark
SPACED_HYPHEN = re.compile(r"(?<=[^\W_]) -(?=[^\W_])")
SPACED_UNDERSCORE = re.compile(r"(?<=\d)(?: _ ?|_ )(?=\d)")  # a document's code: "INQ000184638_ 0008"
# a rule drawn in characters ("______" over the notes, "* * *"), or a form's fields left to be filled in
# by hand, one or more to a line ("Signed: ............ (Chair)", "Signed: ______ Chair Date: ______")
BLANK_FIELD = (
    r"(?:[A-Z][\w ]{0,20}:[ \t]*)?[._…]{5,}[ \t]*(?:\([^()\n]{1,40}\)|[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
)
RULE = re.compile(
    rf"^[ \t]*(?:[_=]{{3,}}|-{{3,}}|[—–]{{2,}}|(?:\* ?){{3}}|{BLANK_FIELD}(?:[ \t]+{BLANK_FIELD})*)[ \t]*$",
    re.MULTILINE,
)
LIST_MARK = re.compile(r"^([ \t]*)[o*●▪◦○∙‣⁃■□◆◇❖►▶▸➢➤◾◼▫][ \t]+(?=\S)", re.MULTILINE)  # "o Item", "➢ Item"
LABEL_TAB = re.compile(  # "12.<tab>", "(a)<tab>", "•<tab>" at a line's start
    r"^([ \t]*(?:[(\[]?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivx]{1,5})[.)\]]?|[•●▪◦*o–-]))\t+(?=\S)",
    re.MULTILINE,
)
BULLET = re.compile(r"^[•●▪◦·–-]\s*")
LIST_ITEM = re.compile(r"^[ \t]*[•–-][ \t]+\S")  # "• one", "- one": a list's item
SENTENCE_END = re.compile(r"[.:!?;”’\"')\]]$")
RUN_ON_WIDTH = 0.9  # of the usual width: a line with no room for its next word runs on
CELL_GAP = "   "  # a tab, or this many spaces, between a line's words: its text stands in columns
CELL_RUN = 5  # this many short lines in a row, none a sentence's end, are a table's cells
CELL_WIDTH = 0.4  # of the usual width: a cell's line is shorter
TABLE_COLUMNS = 3  # a row set in this many columns is a table's,
ROW_CELLS = 8  # in no more than this many,
ROW_CELL_WORDS = 6  # each of this many words at most


@dataclass
class Line:
    """A line of body text and the page it was printed on."""

    text: str
    page: int
    source: int  # its line number in the cleaned text (0-based): lets inspect account for it
    cells: tuple[str, ...] = ()  # a table's row, its text set in columns (a tab or a wide gap between)

    @property
    def row(self) -> str:
        """The text, its cells apart by tabs: a participants table's entry, name from post."""
        return "\t".join(self.cells) if self.cells else self.text

    @property
    def tabled(self) -> bool:
        """Whether the line is a table's row of data ("North East   £42m   £27m   -36%"): a few
        cells of a few words, most not in lower case; a PDF's prose, its words apart by tabs,
        has many cells, most in lower case."""
        cells = self.cells
        short = all(len(cell.split()) <= ROW_CELL_WORDS for cell in cells)
        return (
            TABLE_COLUMNS <= len(cells) <= ROW_CELLS
            and short
            and 2 * sum(c[:1].islower() for c in cells) < len(cells)
        )

    @property
    def names_columns(self) -> bool:
        """Whether the line is a table's row of several columns, one named in more than a word
        ("No.", "Recommendation", "Lead officer"): no heading. A heading whose words a PDF
        spaced apart gives a cell a word."""
        return len(self.cells) >= TABLE_COLUMNS and any(" " in cell for cell in self.cells)


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


AUDIENCE_REACTION = re.compile(
    r"^\s*[\[(](?i:applause|laughter|laughs|cheers|inaudible|crosstalk|cross-talk|interruption)[^\[\]()]{0,30}"
    r"[\])]\s*$"
)
MARGIN_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s{2,}|\s*$)")  # " 12   Q. Why …", a transcript's line number
MARGIN_LINES = 10  # a page's margin numbers count this far at least
MARGIN_PAGES = 2  # on this many pages at least, each counting afresh


def clean_text(text: str) -> str:
    """Drop control characters and invisible marks, repair mis-mapped quotation glyphs and
    symbol-font bullets, trailing spaces and tabs, and read Markdown's marks as a report
    prints them. Notes marked in superscript ("by 2030.¹", "¹ Source: …" at the foot) are
    marked as a PDF's text marks them ("by 2030.1", "1 Source: …")."""
    text = CONTROL.sub("", SYMBOL_BULLET.sub("•", text)).replace("\u2011", "-").replace("\t", CELL_GAP)
    if SUPERSCRIPT_NOTE.search(text):
        text = text.translate(SUPERSCRIPT_DIGITS)
    text = SPACED_HYPHEN.sub("-", text)  # "whole -system", "UK -wide", as some PDFs' text comes out
    text = SPACED_UNDERSCORE.sub("_", text)  # "INQ000196611 _0008", likewise
    if "‗" in text or "‖" in text:
        text = text.translate(MISMAPPED_QUOTES)
    return without_line_numbers(
        "\n".join(TRAILING_SPACE.sub("", line) for line in markdown_plain(text).split("\n"))
    )


def without_reactions(text: str) -> tuple[str, int]:
    """The text with its lines that only record an audience's reaction ("[Applause]",
    "(Laughter)") blanked out, and how many there were: no one's words, no paragraph."""
    lines = text.split("\n")
    reacting = [i for i, line in enumerate(lines) if AUDIENCE_REACTION.match(line)]
    for i in reacting:
        lines[i] = ""
    return "\n".join(lines), len(reacting)


def prose_cells_apart(text: str) -> str:
    """A table of prose saved as plain text, its cells parted by tabs ("1. The Committee
    recommends …<tab>Accepted. The Bill will …"): each cell a paragraph, as a Word
    document's table is read; a row of data ("Name<tab>Organisation") stays a line, and so
    does a number or a bullet before its paragraph's text, the tab after it a space
    ("12.<tab>The Committee …", as Word's plain text writes its numbered lists)."""
    rows = []
    columns: list[str] = []  # the last row of data's cells: the names of the columns below
    for line in text.split("\n"):
        cells = [cell.strip() for cell in line.split("\t")] if "\t" in line else []
        if paragraphs := prose_row(cells, columns):
            rows.append("\n\n".join(paragraphs) + "\n")
        else:
            columns = cells if names_columns(cells) else columns
            rows.append(line)
    return LABEL_TAB.sub(r"\1 ", "\n".join(rows))


def without_line_numbers(text: str) -> str:
    """A transcript's margin numbers taken off its lines: each page's lines numbered 1, 2, 3 …
    afresh ("12   Q. Why was the letter not followed up?"), on two pages or more; without
    page breaks, a page ends where the numbers start again at 1. A report's paragraph numbers
    run on from page to page, and a list's items are not every line."""
    breaks = "\f" in text
    pages = [page.split("\n") for page in text.split("\f")] if breaks else _restarting(text.split("\n"))
    numbered = [_margin_numbers(page) for page in pages]
    if sum(1 for found in numbered if found) < MARGIN_PAGES:
        return text
    return ("\f" if breaks else "\n").join(
        "\n".join(MARGIN_NUMBER.sub("", line, count=1) if k in found else line for k, line in enumerate(page))
        for page, found in zip(pages, numbered, strict=True)
    )


def _restarting(lines: list[str]) -> list[list[str]]:
    """Lines in pages, each page starting where a margin number 1 follows higher ones."""
    pages: list[list[str]] = [[]]
    last = 0
    for line in lines:
        number = MARGIN_NUMBER.match(line)
        if number and int(number.group(1)) == 1 and last > 1:
            pages.append([])
        last = int(number.group(1)) if number else last
        pages[-1].append(line)
    return pages


def _margin_numbers(lines: list[str]) -> set[int]:
    """The lines of a page that its margin numbers 1, 2, 3 …, if they are most of its lines and
    at least MARGIN_LINES of them; else none."""
    found = [(k, int(m.group(1))) for k, line in enumerate(lines) if (m := MARGIN_NUMBER.match(line))]
    texts = sum(1 for line in lines if line.strip())
    counts_up = [n for _k, n in found] == list(range(1, len(found) + 1))
    return (
        {k for k, _n in found}
        if counts_up and len(found) >= MARGIN_LINES and len(found) * 5 >= texts * 4
        else set()
    )


def bullets_drawn(text: str) -> str:
    """Word's round bullets, which its plain text writes "o", Markdown's "*" and other round,
    square, diamond or arrowhead ones ("➢", as Word's Wingdings lists print) as the "•" every
    reader knows for a list's item (they had run into the paragraph above)."""
    return LIST_MARK.sub(r"\1• ", text)


def loose_lists_tightened(text: str) -> str:
    """A list's items parted by blank lines ("• one", "", "• two", as a Word document spaced by
    its style, or Markdown's loose list, is saved) read as the list set tight under the line
    that introduces it: those blank lines part no paragraphs (each item had been a paragraph of
    its own, without its bullet). A page's break stays."""
    lines: list[str] = []
    blanks: list[str] = []
    listing = False  # the block above holds a list's items
    for line in text.split("\n"):
        if not line.strip() and "\f" not in line:
            blanks.append(line)
            continue
        item = bool(LIST_ITEM.match(line))
        if blanks and item and (listing or "".join(lines[-1:]).endswith(":")):
            listing, blanks = True, []
        elif blanks or not lines or "\f" in lines[-1]:
            listing = item
        lines += [*blanks, line]
        blanks = []
    return "\n".join(lines + blanks)


def web_notes_marked(text: str) -> str:
    """A web page's notes marked as print marks them ("missions.[footnote 1]" as "missions.1"),
    their texts listed under "Footnotes" without the link back to the mark ("↩")."""
    if "[footnote " not in text:
        return text
    return BACK_LINK.sub("", WEB_NOTE_MARK.sub(r"\1", text))


def read_layout(text: str) -> Layout:
    """Split a cleaned text into body lines, furniture and footnotes. Pages are separated by
    form feeds where the source had them (PDFs); otherwise page numbers mark them."""
    raw = re.sub(r"[ \t]*\f[ \t]*", "\n\f\n", text).split("\n")  # a page break: a line of its own
    stripped = [" ".join(line.split()) for line in raw]
    boundaries = pages.page_boundaries(raw)
    if boundaries:
        pages.split_glued_footers(stripped, boundaries)
    headers = running_headers(stripped, boundaries)
    pages.split_glued_headers(stripped, headers, boundaries)
    furniture, page_numbers = pages.furniture(stripped, headers, boundaries)
    furniture |= chapter_titles_at_edges(stripped, furniture, page_numbers, boundaries)
    layout = Layout(lines=[], furniture=sorted(furniture), headers=sorted(headers))
    layout.width = usual_width(stripped)
    heading = not boundaries and pages.numbers_head_pages(stripped, page_numbers)
    page = pages.first_page(page_numbers, heading)  # with form feeds, numbered below instead
    for i, line in enumerate(stripped):
        if i in furniture:
            if i in page_numbers and not boundaries:
                page = page_numbers[i] + (not heading)  # after a footer, the next page
            continue
        cells = tuple(cell.strip() for cell in raw[i].split(CELL_GAP) if cell.strip())
        layout.lines.append(Line(line, page, i, cells if len(cells) > 1 else ()))
    if boundaries:
        _number_pages_from_prints(layout, page_numbers, boundaries)
    _set_colophon_aside(layout)
    set_endnotes_aside(layout)  # notes listed apart first: their numbers are no page-foot notes
    set_bracketed_notes_aside(layout)
    set_notes_aside(layout)
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
    none count on from the last one printed, and those before the first count back to it
    where that ends at page 1 or later (a debate's first column, numbered on no header)."""
    starts = sorted([0, *boundaries])
    printed: dict[int, int] = {}
    for i, number in page_numbers.items():
        start = max(s for s in starts if s <= i)
        printed.setdefault(start, number)
    first = min(printed, default=0)
    unprinted = starts.index(first)  # the pages before the first printed number
    page = printed[first] - unprinted - 1 if first and printed[first] > unprinted else 0
    numbers: dict[int, int] = {}
    for start in starts:
        page = printed.get(start, page + 1)
        numbers[start] = page
    for line in layout.lines:
        start = max(s for s in starts if s <= line.source)
        line.page = numbers[start]


def _set_cells_aside(layout: Layout) -> None:
    """Tables and figures come out of a PDF one cell a line: a run of short lines that are
    neither sentences' ends nor list items, far shorter than the text's, is no paragraph text;
    a longer line's end wrapped is its line's. A cover's title is set that way: its page is left."""
    cover = layout.lines[0].page if layout.lines else 0
    aboves = ["", *(line.text for line in layout.lines)]  # "… structures in the" over "UK and …": its end
    wrapped = [len(above) >= layout.width * CELL_WIDTH and not SENTENCE_END.search(above) for above in aboves]
    short = [line.page != cover and _cell_like(line.text, layout.width) for line in layout.lines]
    short = [cell and not end for cell, end in zip(short, wrapped, strict=False)]
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
        0 < len(text) < width * CELL_WIDTH
        and any(c.isalpha() for c in text)
        and not text.endswith((".", ";", ":", ",", "?", "!"))
        and not BULLET.match(text)
    )


def no_room(text: str, following: str, width: int) -> bool:
    """Whether the next line's first word had no room on this one: it ran on, in a column
    this wide."""
    return bool(following) and len(f"{text} {following.split()[0]}") > width * RUN_ON_WIDTH


def ends_paragraph(line: str, width: int) -> bool:
    """A line that ends a sentence well short of the usual width closes its paragraph."""
    return bool(SENTENCE_END.search(line)) and len(line) < width * 0.85


def join_lines(text: str, line: str) -> str:
    """Join a hard-wrapped line, mending a word broken at the line's end ("eco-" "systems", as
    pdftotext does, so a PDF and its text give the same words) and keeping a compound's hyphen
    ("sub-" "Committee", "pre-" "2020")."""
    if not text:
        return line
    if re.search(r"[A-Za-z]-$", text):
        if line[:1].islower():
            return text[:-1] + line
        if line[:1].isupper() or line[:1].isdigit():
            return text + line
    return f"{text} {line}"
