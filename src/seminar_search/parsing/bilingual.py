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
BILINGUAL_WORDS = 2  # on a cover that has shown one so: "Tithe an Oireachtais"
# Irish joins with "an" too ("An Comhchoiste um …"); an English title with it has another of these
ENGLISH_JOINS = {"the", "of", "and", "in", "for", "to", "on", "with", "into", "from", "by", "at"}


def body_words(lines: list[Line]) -> Callable[[], set[str]]:
    """The words of the text below the cover, in lower case, read once if asked for."""
    return cache(lambda: {word.casefold() for line in lines for word in LONGER_WORD.findall(line.text)})


def in_another_language(text: str, body: Callable[[], set[str]], fewest: int = FOREIGN_WORDS) -> bool:
    """Whether a cover line is in another language than the text: none of the short words
    English joins a title with, and none of its longer words (fewest of them or more) anywhere
    below the cover ("Comataidh Slàinte, Cùram Sòisealta agus Spòrs" under "Health, Social
    Care and Sport Committee"). With no text below the cover to compare, no line is."""
    joins = {word.casefold() for word in re.findall(r"[^\W\d_]+", text)} & ENGLISH_JOINS
    longer = {word.casefold() for word in LONGER_WORD.findall(text)}
    return len(longer) >= fewest and not joins and bool(body()) and not body() & longer


def _translations(
    lines: list[str], issuer: Callable[[str], bool], body: Callable[[], set[str]], fewest: int
) -> set[int]:
    """The lines in another language beside an issuer's name (the nearest line above or below
    it, a blank line between or not, as Word spaces every paragraph), by index."""
    printed = [k for k, text in enumerate(lines) if text]
    return {
        k
        for at, k in enumerate(printed)
        if not issuer(lines[k])
        and any(issuer(lines[j]) for j in printed[max(at - 1, 0) : at + 2])
        and in_another_language(lines[k], body, fewest)
    }


def without_translations(
    lines: list[str], issuer: Callable[[str], bool], body: Callable[[], set[str]]
) -> list[str]:
    """A cover's lines but those in another language beside an issuer's name: the name again,
    printed in Welsh, Gaelic or Irish too. One of three words or more shows the cover to be in
    two languages; then a shorter one beside another issuer is a translation too ("Tithe an
    Oireachtais" over "Houses of the Oireachtas")."""
    translated = _translations(lines, issuer, body, FOREIGN_WORDS)
    if translated:
        translated |= _translations(lines, issuer, body, BILINGUAL_WORDS)
    return [text for k, text in enumerate(lines) if k not in translated]
