"""The data model: plain dataclasses shared by parsing, indexing, searching and rendering."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    """One numbered paragraph, in the report's own numbering, with who said it and where."""

    doc: str
    number: int
    text: str
    speaker: str
    section: str
    themes: list[str]
    page: int
    footnotes: list[Footnote] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    series: str = "paragraph"  # or another numbering: "recommendation", "response"
    mentions: list[str] = field(default_factory=list)  # witnesses (or people) the text names


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
    """A ranked search result: the paragraph, its document, and a snippet with highlight offsets."""

    paragraph: Paragraph
    document: Document
    score: float
    snippet: str
    highlights: list[tuple[int, int]]
    citation: str


def opening(text: str, chars: int) -> str:
    """The start of a text on one line, cut at a word: what shows where no words matched."""
    flat = " ".join(text.split())
    return flat if len(flat) <= chars else flat[:chars].rsplit(" ", 1)[0] + "…"
