"""Notes listed apart from the page's foot: under a heading ("Endnotes", "Notes") after the
text or each chapter, "1. Text" counting up; or printed "[3] Text" by a word processor, each
marked "[3]" above. Each is taken out of the text only when the text carries its mark."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seminar_search.parsing.footnotes import (
    DOTTED_LABEL,
    PARAGRAPH_OPENING,
    Note,
    next_in_sequence,
    note_mark,
)

if TYPE_CHECKING:
    from seminar_search.parsing.layout import Layout, Line

BRACKETED_NOTE = re.compile(r"^\[(\d{1,3})\]\s*(\S.*)$")  # "[3] Text": a word processor's endnote
BRACKETED_MARK = re.compile(r"(?<=\S)\[(\d{1,3})\]")  # "review[3]", "review.[3]"
ENDNOTES = re.compile(r"^(?:End ?notes|(?:Foot)?notes|Notes and references|References)$", re.IGNORECASE)
ENDNOTE_LINE = re.compile(r"^(\d{1,3})\.?\s+(\S.*)$")  # "3. Institute for Government, …" or "3 …"
MIN_ENDNOTES = 2


def set_endnotes_aside(layout: Layout) -> None:
    """Take out the lists of notes under their headings ("Endnotes", "Notes"), at the end or
    after each chapter: entries counting 1, 2, 3 ("1. Text" or "1 Text", wrapping onto the
    lines below), each marked glued to a word in the text above the heading ("lines.1"). A
    list some of whose marks are not there is text (numbered paragraphs under "Notes")."""
    lines = layout.lines
    kept: list[Line] = []
    at = 0
    while at < len(lines):
        notes, end = _listed_notes(lines, at + 1) if ENDNOTES.match(lines[at].text) else ([], at)
        body = [DOTTED_LABEL.sub("", line.text, count=1) for line in kept] if notes else []
        if len(notes) >= MIN_ENDNOTES and all(
            any(note_mark(note.number).search(text) for text in body) for note in notes
        ):
            layout.notes += notes
            at = end
            continue
        kept.append(lines[at])
        at += 1
    layout.lines = kept


def _listed_notes(lines: list[Line], start: int) -> tuple[list[Note], int]:
    """The notes listed from line start, counting up from 1, and the index of the line after
    the list: a note's text goes on to the lines directly below it, not over a blank line nor
    to a line that counts again."""
    notes: list[Note] = []
    for k in range(start, len(lines)):
        line = lines[k]
        entry = ENDNOTE_LINE.match(line.text)
        if entry and int(entry.group(1)) == len(notes) + 1:
            notes.append(Note(len(notes) + 1, entry.group(2), line.page, line.source, listed=True))
        elif notes and line.text and lines[k - 1].text and not _counts_again(line.text, len(notes)):
            notes[-1].text += f" {line.text}"
        elif line.text:
            return notes, k
    return notes, len(lines)


def _counts_again(text: str, last: int) -> bool:
    """Whether a line under a list of notes, no blank line between (a PDF's text), is no more of
    the last note: it numbers back to a note already listed ("2. Findings", the next chapter's
    title) or opens a numbered paragraph ("2.1 Online …")."""
    entry = ENDNOTE_LINE.match(text)
    return bool(entry and int(entry.group(1)) <= last) or bool(DOTTED_LABEL.match(text))


def set_bracketed_notes_aside(layout: Layout) -> None:
    """Take out notes printed "[3] Text" (a word processor's endnotes or footnotes)."""
    lines = layout.lines
    found, kept = bracketed_notes([line.text for line in lines])
    layout.notes += [Note(n, text, lines[i].page, lines[i].source, bracketed=True) for i, n, text in found]
    layout.lines = [lines[i] for i in kept]


def bracketed_notes(texts: list[str]) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The notes printed "[3] Text", with the lines their text wraps onto, as (line, number,
    text), and the lines kept (not the notes' heading, "Footnotes"): each counts on from the
    last (or restarts at 1), and its mark stands glued to a word above it ("review[3]"). "[3]"
    at a line's start without its mark above is text."""
    notes: list[tuple[int, int, str]] = []
    kept: list[int] = []
    marks: set[int] = set()
    expected = 1
    open_note = False
    for i, text in enumerate(texts):
        found = BRACKETED_NOTE.match(text)
        if found and next_in_sequence(int(found.group(1)), expected) and int(found.group(1)) in marks:
            notes.append((i, int(found.group(1)), found.group(2)))
            expected, open_note = notes[-1][1] + 1, True
            heading = next((k for k in reversed(kept) if texts[k]), None)
            if heading is not None and ENDNOTES.match(texts[heading]):  # "Footnotes" over them
                kept.remove(heading)
            continue
        if open_note and text and not PARAGRAPH_OPENING.match(text):
            line, number, note = notes[-1]
            notes[-1] = (line, number, f"{note} {text}")
            continue
        open_note = False
        marks.update(int(mark) for mark in BRACKETED_MARK.findall(text))
        kept.append(i)
    return notes, kept
