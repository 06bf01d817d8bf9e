"""A cover printed in two languages (Welsh or Gaelic, and English): the issuer's name in the
other language beside its English one is no title. Told by evidence, not by a dictionary of
either language: none of the short words English joins a title with, and none of its longer
words anywhere in the text below the cover."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from seminar_search.parsing.layout import Line

LONGER_WORD = re.compile(r"[^\W\d_]{4,}")  # a word that is no join: "Committee", not "and"
FOREIGN_WORDS = 3  # words that tell a name in another language: "Final Report" may not recur below
ENGLISH_JOINS = {"the", "of", "and", "in", "for", "to", "on", "with", "into", "from", "by", "at", "an"}


def body_words(lines: list[Line]) -> Callable[[], set[str]]:
    """The words of the text below the cover, in lower case, read once if asked for."""
    return cache(lambda: {word.casefold() for line in lines for word in LONGER_WORD.findall(line.text)})


def _in_another_language(text: str, body: Callable[[], set[str]]) -> bool:
    """Whether a cover line is in another language than the text: none of the short words
    English joins a title with, and none of its longer words anywhere below the cover
    ("Comataidh Slàinte, Cùram Sòisealta agus Spòrs" under "Health, Social Care and Sport
    Committee"). With no text below the cover to compare, no line is."""
    joins = {word.casefold() for word in re.findall(r"[^\W\d_]+", text)} & ENGLISH_JOINS
    longer = {word.casefold() for word in LONGER_WORD.findall(text)}
    return len(longer) >= FOREIGN_WORDS and not joins and bool(body()) and not body() & longer


def without_translations(
    lines: list[str], first: int, count: int, issuer: Callable[[str], bool], body: Callable[[], set[str]]
) -> list[str]:
    """A cover block's lines (lines[first : first + count], with the line above and the line
    below it for context), but those in another language beside an issuer's name: the name
    again, printed in Welsh or Gaelic too, one line apart or across a blank line (as Word
    spaces every paragraph)."""
    return [
        text
        for k in range(first, first + count)
        if issuer(text := lines[k])
        or not (any(map(issuer, lines[max(k - 1, 0) : k + 2])) and _in_another_language(text, body))
    ]
