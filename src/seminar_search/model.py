"""The data model: plain dataclasses shared by parsing, indexing, searching and rendering."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Footnote:
    """A footnote printed at the foot of a page, attached to the paragraph carrying its mark."""

    mark: str
    text: str
    url: str | None = None


@dataclass(frozen=True)
class Participant:
    """Someone listed among the seminar's participants; role is chair, keynote or participant."""

    name: str
    title: str
    organisation: str
    role: str


@dataclass
class Paragraph:
    """One unit of a document, in its own numbering: a paragraph, a recommendation or the
    answer to it, a transcript's turn; with who said it and where."""

    doc: str
    number: int
    text: str
    speaker: str
    section: str
    themes: list[str]
    page: int
    footnotes: list[Footnote] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    series: str = "paragraph"  # or another numbering: "recommendation", "response", "question", "annex-b"
    mentions: list[str] = field(default_factory=list)  # witnesses (or people) the text names
    label: str = ""  # the reference as printed ("12", "4.23", "Q183"); the number when not given

    def __post_init__(self) -> None:
        self.label = self.label or str(self.number)


UNNUMBERED = "text"  # unnumbered text under a heading: labelled by the numbered unit before it
BEFORE = "before "  # the label's mark on text before a document's first numbered unit: "before 1"
# a paper's own numbered items, each kind a series: "Recommendation 2: …", "Finding 1: …"
ITEM_KINDS = (
    *("recommendation", "conclusion", "finding", "lesson", "action", "proposal", "principle"),
    *("priority", "option", "commitment", "objective"),
)
# cited as "recommendation 3", "minute ICB/24/061"
NAMED_SERIES = ("response", "block", "turn", "minute", "recital", *ITEM_KINDS)


def series_title(series: str) -> str:
    """'annex-b' as a reader writes it: 'Annex B'."""
    return " ".join(word.upper() if len(word) == 1 else word.capitalize() for word in series.split("-"))


PARAGRAPH_MARKS = {"cite": "para. ", "mark": "¶", "short": ""}


def reference(paragraph: Paragraph, style: str = "cite") -> str:
    """How a unit is named, in one of three styles:

    cite (a citation): 'para. 4.23', 'Q183', 'recommendation 3', 'Annex B, para. 12'
    mark (a result's heading): '¶4.23', 'Q183', 'Recommendation 3', 'Annex B ¶12'
    short (a list where series meet): '4.23', 'Q183', 'recommendation 3', 'annex-b 12'
    """
    series, label, mark = paragraph.series, paragraph.label, PARAGRAPH_MARKS[style]
    if series == "paragraph":
        return f"{mark}{label}"
    if series == "question":
        return label if label.startswith("Q") else f"Q{label}"
    if series == UNNUMBERED:  # labelled "12", "seminar-2 3" after another series' unit, "before 1"
        first = label.startswith(BEFORE)
        near_series, _, near_label = label.removeprefix(BEFORE).rpartition(" ")
        near = replace(paragraph, series=near_series or "paragraph", label=near_label)
        return (
            f"{'text ' if style == 'cite' else ''}{'before' if first else 'after'} {reference(near, style)}"
        )
    if style == "short" or series in NAMED_SERIES:
        return f"{series.title() if style == 'mark' else series} {label}"
    return f"{series_title(series)}{',' if style == 'cite' else ''} {mark}{label}"


def label_unnumbered(units: list[Paragraph]) -> None:
    """Label each unnumbered text by the unit before it, as a reader would find it: its label,
    with its series unless the main paragraphs' ("12", "recommendation 3", "seminar-2 3"); text
    before the first numbered unit by that unit ("before 1")."""
    numbered = [unit for unit in units if unit.series != UNNUMBERED]
    before = BEFORE + _cited_as(numbered[0]) if numbered else ""
    for unit in units:
        if unit.series != UNNUMBERED:
            before = _cited_as(unit)
        elif before:
            unit.label = before


def _cited_as(unit: Paragraph) -> str:
    return unit.label if unit.series == "paragraph" else f"{unit.series} {unit.label}"


def short_reference(paragraph: Paragraph, with_doc: bool = False) -> str:
    """A unit in a list where several series or documents meet, its document named when
    there are several: 'hc179-2016-17 recommendation 3'."""
    ref = reference(paragraph, "short")
    return f"{paragraph.doc} {ref}" if with_doc else ref


@dataclass
class Document:
    """A report: its metadata, its participants and its paragraphs in order."""

    id: str
    title: str
    event: str = ""
    subtitle: str = ""
    date: str = ""
    author: str = ""
    author_role: str = ""
    organisation: str = ""
    source: str = ""
    content_hash: str = ""
    participants: list[Participant] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problem: str = ""  # why its structure went unrecognised (then its paragraphs are plain blocks)


@dataclass
class Hit:
    """A ranked search result: the paragraph, its document, a snippet with highlight offsets,
    and whether it matches the query as typed or is only related."""

    paragraph: Paragraph
    document: Document
    score: float
    snippet: str
    highlights: list[tuple[int, int]]  # where the words typed stand in the snippet
    citation: str
    related_highlights: list[tuple[int, int]] = field(default_factory=list)  # related words
    match: bool = True  # it matches the query as typed; else it is related,
    via: str = ""  # found through the thesaurus, a theme, a section heading, feedback or spelling
    also: list[Paragraph] = field(default_factory=list)  # restating or answering it: one passage
    moved: list[str] = field(default_factory=list)  # what moved its score after the index's, in words
    related_also: list[Paragraph] = field(default_factory=list)  # of also, those without the words typed


def opening(text: str, chars: int) -> str:
    """The start of a text on one line, cut at a word: what shows where no words matched."""
    flat = " ".join(text.split())
    return flat if len(flat) <= chars else flat[:chars].rsplit(" ", 1)[0] + "…"
