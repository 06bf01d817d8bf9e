"""Data files of domain vocabulary: the theme lexicon and the thesaurus, with a small loader.

Both files share one format, a line per entry: ``Name: term, term, ...``. Terms are words or
phrases, matched case-insensitively on whole words; a trailing ``*`` matches any word ending
("innovat*" finds "innovation" and "innovative"). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from seminar_search.errors import SeminarSearchError

THEMES_ENV = "SEMINAR_SEARCH_THEMES"
THESAURUS_ENV = "SEMINAR_SEARCH_THESAURUS"
THEMES_FILE = "themes.txt"
BUNDLED = "bundled"  # where a lexicon came from when no file was named
WORD = re.compile(r"[a-z0-9]+")
REMEMBERED_WORDS = 200_000  # words whose terms a lexicon keeps between texts


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits: the unit every lexicon term is matched on."""
    return WORD.findall(text.lower())


class Entry(NamedTuple):
    """A named group of terms, each term a tuple of words (the last may end in ``*``)."""

    name: str
    terms: tuple[tuple[str, ...], ...]


class Lexicon(list[Entry]):
    """A lexicon file's entries, with their terms indexed for matching (once, when first used)."""

    @cached_property
    def term_index(self) -> TermIndex:
        return TermIndex(self)


class TermIndex:
    """A lexicon's terms filed under their first word (or the start of a ``*`` word), so a
    text's words are each looked up once instead of every term being tried against the text:
    themes are matched on every paragraph of every report."""

    def __init__(self, entries: list[Entry]) -> None:
        self.names = [entry.name for entry in entries]
        stems = [term[0][:-1] for entry in entries for term in entry.terms if term[0].endswith("*")]
        self._key_chars = min(map(len, stems), default=1)  # every stem has at least this many
        self._by_word: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self._by_start: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
        self._starting: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}  # word -> its terms
        for number, entry in enumerate(entries):
            for term in entry.terms:
                first = term[0]
                if first.endswith("*"):
                    self._by_start.setdefault(first[: self._key_chars], []).append((number, first[:-1], term))
                else:
                    self._by_word.setdefault(first, []).append((number, term))

    def names_in(self, text: str) -> list[str]:
        """The names of the entries any of whose terms occur in text, in the lexicon's order.
        Each distinct word of the text is looked up once, and a term of several words is
        tried only where its first word stands."""
        tokens = words(text)
        found: set[int] = set()
        starting = self._starting
        for word in set(tokens):
            candidates = starting.get(word)
            if candidates is None:
                candidates = self._terms_starting(word)
            for number, term in candidates:
                if number not in found and (len(term) == 1 or _term_at(term, tokens, _places(word, tokens))):
                    found.add(number)
        return [self.names[number] for number in sorted(found)]

    def _terms_starting(self, word: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """The terms whose first word matches this word, remembered: a report's words recur
        from paragraph to paragraph, and a word is then one look-up, not a test of every
        term filed under its first letters."""
        candidates = tuple(self._by_word.get(word, ())) + tuple(
            (number, term)
            for number, stem, term in self._by_start.get(word[: self._key_chars], ())
            if word.startswith(stem)
        )
        if len(self._starting) >= REMEMBERED_WORDS:
            self._starting.clear()
        self._starting[word] = candidates
        return candidates


def _places(word: str, tokens: list[str]) -> list[int]:
    return [place for place, token in enumerate(tokens) if token == word]


def parse_entries(text: str, origin: str) -> Lexicon:
    """Parse a lexicon file's text; a malformed line is an error naming the file and line."""
    entries = Lexicon()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, colon, rest = line.partition(":")
        terms = tuple(term for term in map(_term, rest.split(",")) if term)
        if not colon or not name.strip() or not terms:
            raise SeminarSearchError(f"{origin}:{number}: expected 'Name: term, term, ...'")
        entries.append(Entry(name.strip(), terms))
    return entries


def _term(raw: str) -> tuple[str, ...]:
    prefix = raw.strip().endswith("*")
    parts = tuple(words(raw))
    if prefix and parts:
        parts = (*parts[:-1], parts[-1] + "*")
    return parts


def term_in(term: tuple[str, ...], tokens: list[str]) -> bool:
    """Whether the words of a term occur in a row in tokens."""
    return _term_at(term, tokens, range(len(tokens)))


def _term_at(term: tuple[str, ...], tokens: list[str], starts: Iterable[int]) -> bool:
    """Whether the words of a term occur in a row in tokens, from one of the starts."""
    last = len(tokens) - len(term)
    return any(
        start <= last and all(_word_matches(pattern, tokens[start + k]) for k, pattern in enumerate(term))
        for start in starts
    )


def _word_matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def load(path: Path | None, env: str, bundled: str) -> list[Entry]:
    """Entries from an explicit file, else the file named by env, else the bundled one."""
    text, origin = lexicon_source(path, env, bundled)
    return _bundled(bundled) if origin == BUNDLED else parse_entries(text, origin)


def lexicon_source(path: Path | None, env: str, bundled: str) -> tuple[str, str]:
    """The text of the lexicon chosen as load chooses it, and where it came from (a file's
    path, or BUNDLED): what an index records, to search with the lexicon it was built with."""
    chosen = path or (Path(os.environ[env]) if os.environ.get(env) else None)
    if chosen is None:
        return (Path(__file__).parent / bundled).read_text(encoding="utf-8"), BUNDLED
    try:
        return chosen.read_text(encoding="utf-8"), str(chosen)
    except (OSError, UnicodeDecodeError) as error:
        raise SeminarSearchError(f"{chosen}: cannot read the lexicon ({error})") from None


def recorded_themes(text: str, origin: str) -> list[Entry]:
    """A theme lexicon an index recorded."""
    return _bundled(THEMES_FILE) if origin == BUNDLED else parse_entries(text, origin)


@cache
def _bundled(name: str) -> Lexicon:
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return parse_entries(text, name)


def themes_for(text: str, entries: list[Entry]) -> list[str]:
    """The names of the entries any of whose terms occur in text, in the lexicon's order."""
    index = entries.term_index if isinstance(entries, Lexicon) else TermIndex(entries)
    return index.names_in(text)


def load_themes(path: Path | None = None) -> list[Entry]:
    return load(path, THEMES_ENV, THEMES_FILE)


def themes_source(path: Path | None = None) -> tuple[str, str]:
    return lexicon_source(path, THEMES_ENV, THEMES_FILE)


def load_thesaurus() -> list[Entry]:
    """The bundled thesaurus, extended by the file named in SEMINAR_SEARCH_THESAURUS."""
    extra = os.environ.get(THESAURUS_ENV)
    bundled = _bundled("thesaurus.txt")
    return Lexicon(bundled + load(Path(extra), THESAURUS_ENV, "thesaurus.txt")) if extra else bundled
