"""Word documents as text: each paragraph on a line of its own, and the numbers Word draws
itself ("List Number" styles, numbering definitions) written out as the reader sees them, so
an auto-numbered paragraph is read like a typed "12." and never lost. Footnotes and endnotes,
which Word keeps in parts of their own, are marked "[3]" where they are referred to and
written out at the end as "[3] Text", as a word processor's plain text gives them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

from seminar_search.sources.table_rows import prose_row

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"  # a copy for old readers
COLUMN_NAME_WORDS = 4  # a table's first row of cells this short names its columns ("Lead officer")
INSIDE_A_CELL = ("numPr", "footnoteReference", "endnoteReference", "tbl", "txbxContent")  # not plain text
SHORT_CELL = 80  # a table's cell this long or shorter is data ("Chief Executive"), not prose
# a lettered item: "a) …", "(b) …", "iv. …", "a The …"
LETTERED = re.compile(r"(?:[a-z]{1,4}[.)]|\([a-z]{1,4}\))\s|(?:[a-z]|[ivx]{1,4}) [A-Z]")
TYPED_BULLET = re.compile(r"[•◦▪●*–-] ")  # a list's item, its bullet Word's or typed: under the line above
BRACKETED = re.compile(r"\([^()]*[^\W\d][^()]*\)(?: \([^()]*[^\W\d][^()]*\)){0,2}")  # "(Newport West) (Lab)"
PLACEHOLDER = re.compile(r"%([1-9])")  # a level's number in a level's text: "%1.%2" shows "2.3"


@dataclass
class Level:
    """One level of a numbering definition: its format and where it starts."""

    format: str = "decimal"
    start: int = 1
    text: str = "%1."


@dataclass
class Numbering:
    """The document's numbering definitions and the counters a reading keeps for them."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> level -> Level
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # overrides by numId
    counters: dict[tuple[str, int], int] = field(default_factory=dict)  # by abstractNum and level
    started: set[str] = field(default_factory=set)  # numIds whose overrides have applied

    def number(self, num_id: str, level: int) -> str:
        """The label Word shows for the next paragraph at this numId and level; "" for a
        bullet, a format it does not count in, or a numId it does not define. Its text may show
        the levels above it too ("%1.%2": "2.3")."""
        definition = self.levels.get(num_id, {}).get(level)
        if definition is None:
            return ""
        abstract = self.abstract_of.get(num_id, num_id)
        if num_id not in self.started:  # a list that restarts its numbering
            self.started.add(num_id)
            for (override_id, override_level), value in self.starts.items():
                if override_id == num_id:
                    self.counters[abstract, override_level] = value - 1
        key = (abstract, level)
        self.counters[key] = self.counters.get(key, definition.start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == abstract and k[1] > level]:
            del self.counters[deeper]  # a deeper level starts again under each item
        shown = [int(n) - 1 for n in PLACEHOLDER.findall(definition.text)]
        levels = self.levels[num_id]
        if any(levels.get(n, Level(format="")).format != "decimal" for n in [level, *shown]):
            return ""
        counts = {n: self.counters.get((abstract, n), levels[n].start) for n in shown}
        return PLACEHOLDER.sub(lambda m: str(counts[int(m.group(1)) - 1]), definition.text)

    def outlined(self, num_id: str, level: int) -> bool:
        """Whether a level's number shows the numbers of the levels above it ("2.3"): a
        paragraph numbered within its chapter, not an item of a list under the line above."""
        definition = self.levels.get(num_id, {}).get(level)
        return definition is not None and any(int(n) <= level for n in PLACEHOLDER.findall(definition.text))


def read_numbering(document: Any) -> Numbering:
    """The numbering part's definitions, or none when the document has no numbering."""
    numbering = Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return numbering
    abstract_levels: dict[str, dict[int, Level]] = {}
    for abstract in root.iter(f"{W}abstractNum"):
        levels = {}
        for lvl in abstract.iter(f"{W}lvl"):
            fmt, start, text = lvl.find(f"{W}numFmt"), lvl.find(f"{W}start"), lvl.find(f"{W}lvlText")
            levels[int(lvl.get(f"{W}ilvl", "0"))] = Level(
                fmt.get(f"{W}val") if fmt is not None else "decimal",
                int(start.get(f"{W}val")) if start is not None else 1,
                text.get(f"{W}val") if text is not None else "%1.",
            )
        abstract_levels[abstract.get(f"{W}abstractNumId")] = levels
    for num in root.iter(f"{W}num"):
        num_id = num.get(f"{W}numId")
        ref = num.find(f"{W}abstractNumId")
        abstract_id = ref.get(f"{W}val") if ref is not None else ""
        numbering.abstract_of[num_id] = abstract_id
        numbering.levels[num_id] = abstract_levels.get(abstract_id, {})
        for override in num.iter(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            if start is not None:
                numbering.starts[num_id, int(override.get(f"{W}ilvl", "0"))] = int(start.get(f"{W}val"))
    return numbering


def list_position(paragraph: Any) -> tuple[str, int] | None:
    """The numId and level a paragraph is numbered at, its own or its style's."""
    for holder in (paragraph._p.pPr, *_style_chain(paragraph.style)):
        num_pr = holder.find(f"{W}numPr") if holder is not None else None
        if num_pr is None:
            continue
        num_id, level = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
        if num_id is None:
            return None
        return num_id.get(f"{W}val"), int(level.get(f"{W}val")) if level is not None else 0
    return None


def _style_chain(style: Any) -> list[Any]:
    chain: list[Any] = []
    while style is not None and len(chain) < 10:
        chain.append(style.element.pPr)
        style = style.base_style
    return chain


NOTE_REFERENCES = (f"{W}footnoteReference", f"{W}endnoteReference")


def notes_of(document: Any) -> dict[str, str]:
    """The texts of the document's footnotes and endnotes by kind and id ("footnote 3"), the
    separators Word keeps among them aside."""
    from lxml import etree

    texts: dict[str, str] = {}
    for relationship in document.part.rels.values():
        kind = relationship.reltype.rsplit("/", 1)[-1].removesuffix("s")  # "footnotes": "footnote"
        if kind not in ("footnote", "endnote") or relationship.is_external:
            continue
        for note in etree.fromstring(relationship.target_part.blob).iter(f"{W}{kind}"):
            if note.get(f"{W}type") is None:  # not a separator
                paragraphs = ("".join(t.text or "" for t in p.iter(f"{W}t")) for p in note.iter(f"{W}p"))
                texts[f"{kind} {note.get(f'{W}id')}"] = " ".join(" ".join(paragraphs).split())
    return texts


RUN_TEXT = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
NOT_THE_PARAGRAPHS = frozenset(  # text under these is not the paragraph's own, as it reads
    {
        f"{W}del",
        f"{W}moveFrom",
        f"{W}txbxContent",
        FALLBACK,
    }
)


def _paragraph_text(paragraph: Any, marks: dict[str, int]) -> str:
    """A paragraph's text as it reads: its runs, those a tracked change inserted, a smart tag
    or a content control holds among them (python-docx's text leaves them out), not what a
    change deleted or a text box drawn on it holds; "[n]" where it refers to a note, n counting
    the notes in the order the document first refers to them, as Word numbers them."""
    parts = []
    for element in paragraph._p.iter(*RUN_TEXT, *NOTE_REFERENCES):
        if not _the_paragraphs_own(element, paragraph._p):
            continue
        if element.tag in NOTE_REFERENCES:
            kind = element.tag.removeprefix(W).removesuffix("Reference")
            key = f"{kind} {element.get(f'{W}id')}"
            parts.append(f"[{marks.setdefault(key, len(marks) + 1)}]")
        else:
            parts.append(RUN_TEXT[element.tag] or element.text or "")
    return "".join(parts).strip()


def _the_paragraphs_own(element: Any, paragraph: Any) -> bool:
    """Whether an element's text reads as the paragraph's: not deleted, not in a text box."""
    for ancestor in element.iterancestors():
        if ancestor is paragraph:
            return True
        if ancestor.tag in NOT_THE_PARAGRAPHS:
            return False
    return True


def _in_reading_order(container: Any) -> Iterator[Any | str | None]:
    """A document's paragraphs (or a table cell's) in reading order, a table's row by row and
    cell by cell, a text box's after the paragraph it is drawn on, with None where a cell or
    a box ends: a block ends there. A merged cell is read once. A table of data (a participants
    list's "Name", "Title", "Organisation") is a line a row, its cells separated by tabs, as
    Word's own plain text gives it."""
    for item in container.iter_inner_content():
        if not isinstance(item, Table):
            yield item
            yield from _boxed(item)
            continue
        rows = _rows_of_cells(item)
        if all(len(cells) > 1 and all(_data(cell.text.strip()) for cell in cells) for cells in rows):
            yield from ("\t".join(cell.text.strip() for cell in cells) for cells in rows)
            continue
        # a table of prose's column names ("No.", "Recommendation", "Lead officer"): a row, no headings
        columns: list[str] = []
        if len(rows) > 1 and len(rows[0]) > 1 and all(_column_name(cell.text.strip()) for cell in rows[0]):
            columns = [cell.text.strip() for cell in rows[0]]
            yield "\t".join(columns)
            yield None
            rows = rows[1:]
        for cells in rows:
            # a row of plain cells as a text's row is read: "R1" opening its recommendation, the
            # lead officer's name after the reply, named by its column
            said = (
                prose_row([cell.text.strip() for cell in cells], columns) if all(map(_plain, cells)) else []
            )
            for paragraph in said:
                yield paragraph
                yield None
            for cell in [] if said else cells:
                yield from _in_reading_order(cell)
                yield None


def _rows_of_cells(table: Table) -> list[list[Any]]:
    """A table's rows, each the cells it holds, a cell merged across columns or rows in the
    first only."""
    read: set[Any] = set()
    rows = []
    for row in table.rows:
        cells = list({cell._tc: cell for cell in row.cells if cell._tc not in read}.values())
        read.update(cell._tc for cell in cells)
        rows.append(cells)
    return rows


def _plain(cell: Any) -> bool:
    """A table's cell of one paragraph of text alone: no list's numbering, note, table or text
    box in it, which reading it paragraph by paragraph keeps."""
    return len(cell.paragraphs) <= 1 and not any(
        next(cell._tc.iter(f"{W}{tag}"), None) is not None for tag in INSIDE_A_CELL
    )


def _data(cell: str) -> bool:
    """A table cell that holds data ("Chief Executive", "£40m"), not prose: short, one
    paragraph, no sentence's end."""
    return len(cell) <= SHORT_CELL and "\n" not in cell and not cell.endswith((".", "!", "?"))


def _column_name(cell: str) -> bool:
    """A cell of a table's first row naming its column ("No.", "Lead officer"): a few words."""
    return 0 < len(cell.split()) <= COLUMN_NAME_WORDS and "\n" not in cell


def _boxed(paragraph: Any) -> Iterator[Any | None]:
    """The paragraphs of the text boxes drawn on a paragraph ("Box 1: The Northshire pilot"),
    each box a block after it: once, not again as the copy Word keeps for older readers."""
    for box in paragraph._p.iter(f"{W}txbxContent"):
        if any(ancestor.tag == FALLBACK for ancestor in box.iterancestors()):
            continue
        yield None
        for element in box.iterchildren(f"{W}p"):
            yield DocxParagraph(element, paragraph._parent)
        yield None


def _runs_on(paragraph: str) -> bool:
    """A paragraph opening in lower case, not a lettered item ("a) …", "(ii) …"), or only words
    in brackets: the rest of the line above, as a cover's "Report" over "by the Comptroller"
    over "and Auditor General", or a speaker's seat and party under their name ("(Strangford)
    (DUP)")."""
    return (paragraph[:1].islower() and not LETTERED.match(paragraph)) or bool(BRACKETED.fullmatch(paragraph))


def word_text(document: Any) -> str:
    """Paragraphs as lines; a numbered paragraph at the top level, or deeper with the numbers
    above it ("2.3"), starts with its number; another deeper or bulleted one is a list item
    ("• ...") under the line above it. A table follows row by row: a table of data a row a
    line, a table of prose a paragraph a cell. Blocks are separated by blank lines: by the
    empty paragraphs a document spaces itself with and its table cells' ends, or, in one that
    has none, between every paragraph but one that goes with the line above (a list's item, a
    run-on in lower case, a label's brackets). The notes referred to follow the text."""
    numbering = read_numbering(document)
    lines: list[str | None] = []  # None: a table cell's or a text box's end
    marks: dict[str, int] = {}  # "footnote 3" -> the number it is shown with
    for paragraph in _in_reading_order(document):
        if paragraph is None or isinstance(paragraph, str):  # a cell's end, or a row of short cells
            lines.append(paragraph)
            continue
        text = _paragraph_text(paragraph, marks)
        position = list_position(paragraph)
        label = numbering.number(*position) if position and position[0] != "0" else None
        if label is None:
            lines.append(text)
        elif label and position and (position[1] == 0 or numbering.outlined(*position)):
            lines.append(f"{label} {text}")
        else:
            lines.append(f"• {text}")
    if "" in lines:  # spaced by empty paragraphs
        text = "\n".join(line or "" for line in lines)
    else:
        paragraphs = [line for line in lines if line is not None]
        text = paragraphs[0] if paragraphs else ""
        for paragraph in paragraphs[1:]:
            text += ("\n" if TYPED_BULLET.match(paragraph) or _runs_on(paragraph) else "\n\n") + paragraph
    texts = notes_of(document) if marks else {}
    notes = [f"[{number}] {texts[key]}" for key, number in marks.items() if texts.get(key)]
    return "\n\n".join([text, "\n".join(notes)]) if notes else text
