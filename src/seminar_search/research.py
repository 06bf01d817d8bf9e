"""What a researcher does after the first search: check a quotation, see who is who, and who
spoke about what. Core logic only; the CLI renders what these return."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from seminar_search.index import IndexReader
from seminar_search.model import Paragraph, Participant, short_reference
from seminar_search.names import HONORIFICS, core_name
from seminar_search.search import search

WORD = re.compile(r"\w+(?:['’]\w+)*")
NAMED_MP = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)+) MP\b")
CANDIDATES = 30


# -- verifying a quotation -----------------------------------------------------------------


@dataclass
class Verification:
    """Where a pasted quotation comes from: exactly, or the nearest passage and how it differs."""

    paragraph: Paragraph
    exact: bool
    similarity: float
    passage: str
    differences: list[tuple[str, str, str]]  # (operation, the report's words, the quotation's words)


def quotation_words(text: str) -> list[str]:
    """Words as a quotation is compared: case, quotation marks, dashes and italics ignored."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text.replace("*", ""))]


def verify(reader: IndexReader, quotation: str) -> Verification | None:
    """Find the paragraph a quotation comes from, exactly or as the nearest passage."""
    quoted = quotation_words(quotation)
    if not quoted:
        return None
    hits = search(reader, " ".join(quoted), limit=CANDIDATES, exact=True).hits
    best: Verification | None = None
    for hit in hits:
        found = _closest_passage(hit.paragraph, quoted)
        if best is None or found.similarity > best.similarity:
            best = found
        if found.exact:
            break
    return best


def _closest_passage(paragraph: Paragraph, quoted: list[str]) -> Verification:
    words = quotation_words(paragraph.text)
    matcher = SequenceMatcher(None, words, quoted, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return Verification(paragraph, False, 0.0, "", [])
    start, end = (
        blocks[0].a - blocks[0].b,
        blocks[-1].a + blocks[-1].size + (len(quoted) - blocks[-1].b - blocks[-1].size),
    )
    start, end = max(0, start), min(len(words), end)
    window = words[start:end]
    window_matcher = SequenceMatcher(None, window, quoted, autojunk=False)
    differences: list[tuple[str, str, str]] = [
        (op, " ".join(window[a1:a2]), " ".join(quoted[b1:b2]))
        for op, a1, a2, b1, b2 in window_matcher.get_opcodes()
    ]
    exact = window == quoted
    return Verification(paragraph, exact, window_matcher.ratio(), " ".join(window), differences)


# -- people --------------------------------------------------------------------------------


@dataclass
class Person:
    """Someone who took part or is named: where they work, and the paragraphs that are theirs
    (as keynote speaker) or that name them."""

    name: str
    title: str = ""
    organisation: str = ""
    role: str = "named"
    docs: list[str] = field(default_factory=list)
    spoke: list[str] = field(default_factory=list)  # citable labels (short_reference)
    named_in: list[str] = field(default_factory=list)


def _ways_of_naming(name: str) -> list[str]:
    """The forms a report uses for someone: the full name, and honorific + surname or first
    name ('Lord Bichard', 'Sir Andrew')."""
    core = core_name(name).split()
    forms = [" ".join(core)] if core else []
    honorific = name.split()[0] if name.split() and name.split()[0] in HONORIFICS else ""
    if honorific and core:
        forms += [f"{honorific} {core[-1]}", f"{honorific} {core[0]}"]
    return forms


def people(reader: IndexReader, wanted: str = "") -> list[Person]:
    """Participants and people named in the text (an MP, say), with their paragraphs."""
    paragraphs = reader.paragraphs()
    found: dict[str, Person] = {}
    several = len({p.doc for p in paragraphs}) > 1
    for document in reader.documents():
        for participant in document.participants:
            person = found.setdefault(core_name(participant.name), _person(participant))
            person.docs.append(document.id)
    for paragraph in paragraphs:
        for name in NAMED_MP.findall(paragraph.text):
            found.setdefault(name, Person(name, title="MP", docs=[paragraph.doc]))
    for person in found.values():
        forms = [re.compile(rf"\b{re.escape(f)}\b") for f in _ways_of_naming(person.name)]
        for paragraph in paragraphs:
            if paragraph.doc not in person.docs:
                continue
            if paragraph.speaker and core_name(paragraph.speaker) == core_name(person.name):
                person.spoke.append(short_reference(paragraph, several))
            elif person.name in paragraph.mentions or any(f.search(paragraph.text) for f in forms):
                person.named_in.append(short_reference(paragraph, several))
    words = set(quotation_words(wanted))
    chosen = [p for p in found.values() if words <= set(quotation_words(f"{p.name} {p.organisation}"))]
    return sorted(chosen, key=lambda p: (p.role != "chair", p.role != "keynote", p.role != "named", p.name))


def _person(participant: Participant) -> Person:
    return Person(participant.name, participant.title, participant.organisation, participant.role)


# -- who spoke about what ------------------------------------------------------------------


@dataclass
class Matrix:
    """Citable labels by theme (rows) and speaker (columns)."""

    speakers: list[str]
    themes: list[str]
    cells: dict[str, dict[str, list[str]]]


def matrix(reader: IndexReader, doc: str | None = None, theme_holding: str | None = None) -> Matrix:
    """Themes (those whose name holds theme_holding, if given) by speaker, for one document or all."""
    speakers: list[str] = []
    cells: dict[str, dict[str, list[str]]] = {}
    wanted = (theme_holding or "").casefold()
    paragraphs = reader.paragraphs(doc)
    several = len({p.doc for p in paragraphs}) > 1
    for paragraph in paragraphs:
        if paragraph.speaker not in speakers:
            speakers.append(paragraph.speaker)
        for theme in paragraph.themes:
            if wanted in theme.casefold():
                cells.setdefault(theme, {}).setdefault(paragraph.speaker, []).append(
                    short_reference(paragraph, several)
                )
    themes = sorted(cells, key=lambda t: (-sum(len(v) for v in cells[t].values()), t))
    return Matrix(speakers, themes, cells)
