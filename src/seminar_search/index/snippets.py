"""Snippets: the window of a paragraph richest in what matched, with the matched words' offsets.

Plain text in, plain text out: no Whoosh objects, only the stems analysis.py gives a text, so a
highlighted word is always one the index matched.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from seminar_search.index.analysis import stemmed_words
from seminar_search.model import Paragraph, opening

SNIPPET_CHARS = 240
LEAD_CHARS = 60  # at most this much text before the first matched word
MIN_OPENING_CHARS = 40

Spans = list[tuple[int, int]]


class Snippet(NamedTuple):
    """A snippet, where the words typed stand in it, and where related words stand
    (thesaurus equivalents, feedback's words, a theme that matched)."""

    text: str
    typed: Spans
    related: Spans


def snippet_for(
    paragraph: Paragraph, matched: dict[str, set[str]], typed: set[str], equivalent: set[str]
) -> Snippet:
    """A snippet of the text around what matched (stems by field); failing that, of the
    footnotes; failing that, the section heading or theme that matched, then the paragraph's
    opening. typed: the stems of the words typed; equivalent: of thesaurus equivalents."""
    found = window(paragraph.text, matched.get("text", set()), typed, equivalent)
    if not (found.typed or found.related) and "footnotes" in matched:
        notes = " ".join(f.text for f in paragraph.footnotes)
        found = window(notes, matched["footnotes"], typed, equivalent)
    if found.typed or found.related:
        return found
    for label in _labels(paragraph, matched, typed):
        room = max(MIN_OPENING_CHARS, SNIPPET_CHARS - len(label.text))
        return Snippet(f"{label.text} — " + opening(paragraph.text, room), label.typed, label.related)
    return found


def _labels(paragraph: Paragraph, matched: dict[str, set[str]], typed: set[str]) -> Iterator[Snippet]:
    """The section heading, then the themes, that hold what matched, highlighted."""
    heading = window(paragraph.section, matched.get("section", set()), typed)
    if heading.typed or heading.related:
        yield heading
    for theme in sorted(matched.get("themes", set())):
        yield Snippet(theme, [], [(0, len(theme))])


def window(text: str, stems: set[str], typed: set[str], equivalent: set[str] | None = None) -> Snippet:
    """The window of text richest in matched words. Where the words typed (or their
    thesaurus equivalents) appear, only they are highlighted; other matched words (feedback's)
    only when they are all a paragraph shares with the query."""
    preferred = typed | (equivalent or set())
    tokens = [(start, end, stem) for start, end, stem in stemmed_words(text) if stem in stems]
    if any(stem in preferred for _s, _e, stem in tokens):
        tokens = [t for t in tokens if t[2] in preferred]
    if not tokens:
        return Snippet(opening(text, SNIPPET_CHARS), [], [])
    best, best_score = 0, -1.0
    for i, (start, _end, _stem) in enumerate(tokens):
        inside = [t for t in tokens[i:] if t[1] - start <= SNIPPET_CHARS]
        score = sum(3.0 if stem in preferred else 1.0 for stem in {t[2] for t in inside}) + 0.1 * len(inside)
        if score > best_score:
            best, best_score = i, score
    first = tokens[best][0]
    inside = [t for t in tokens[best:] if t[1] - first <= SNIPPET_CHARS]
    lead = max(0, min(LEAD_CHARS, (SNIPPET_CHARS - (inside[-1][1] - first)) // 2))
    start = _word_start(text, max(0, first - lead))
    end = _word_end(text, min(len(text), start + SNIPPET_CHARS), inside[-1][1])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    snippet = prefix + text[start:end].replace("\n", " ") + suffix
    spans = [(s + shift, e + shift, stem in typed) for s, e, stem in inside]
    return Snippet(
        snippet, [(s, e) for s, e, own in spans if own], [(s, e) for s, e, own in spans if not own]
    )


def phrases_in(text: str, phrases: list[tuple[str, ...]]) -> set[str]:
    """The stems of those phrases (thesaurus equivalents) that the text holds whole."""
    if not phrases:
        return set()
    sequence = [stem for _s, _e, stem in stemmed_words(text)]
    present = set(sequence)
    found: set[str] = set()
    for phrase in phrases:
        size = len(phrase)
        if not size or not present.issuperset(phrase):
            continue
        if any(tuple(sequence[i : i + size]) == phrase for i in range(len(sequence) - size + 1)):
            found.update(phrase)
    return found


def _word_start(text: str, index: int) -> int:
    """Move index forward to the start of a word, unless it already is one."""
    if index == 0 or text[index - 1].isspace():
        return index
    space = text.find(" ", index)
    return space + 1 if space != -1 else index


def _word_end(text: str, index: int, at_least: int) -> int:
    """Move index back to the end of a word, but not before at_least."""
    if index >= len(text) or text[index].isspace():
        return index
    space = text.rfind(" ", at_least, index)
    return space if space != -1 else index
