"""Data files of domain vocabulary: the theme lexicon and the thesaurus, with a small loader.

Both files share one format, a line per entry: ``Name: term, term, ...``. Terms are words or
phrases, matched case-insensitively on whole words; a trailing ``*`` matches any word ending
("innovat*" finds "innovation" and "innovative"). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from seminar_search.errors import SeminarSearchError

THEMES_ENV = "SEMINAR_SEARCH_THEMES"
THESAURUS_ENV = "SEMINAR_SEARCH_THESAURUS"
WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits: the unit every lexicon term is matched on."""
    return WORD.findall(text.lower())


@dataclass(frozen=True)
class Entry:
    """A named group of terms, each term a tuple of words (the last may end in ``*``)."""

    name: str
    terms: tuple[tuple[str, ...], ...]

    def occurs_in(self, text: Words) -> bool:
        """Whether any term of the entry occurs in the text."""
        return (
            not self._words.isdisjoint(text.unique)
            or any(text.has_prefix(stem) for stem in self._prefixes)
            or any(_phrase_in(term, text) for term in self._phrases)
        )

    # Terms sorted by how they are matched, once per entry: themes are matched on every paragraph.
    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(t[0] for t in self.terms if len(t) == 1 and not t[0].endswith("*"))

    @cached_property
    def _prefixes(self) -> tuple[str, ...]:
        return tuple(t[0][:-1] for t in self.terms if len(t) == 1 and t[0].endswith("*"))

    @cached_property
    def _phrases(self) -> tuple[tuple[str, ...], ...]:
        return tuple(t for t in self.terms if len(t) > 1)


def _phrase_in(term: tuple[str, ...], text: Words) -> bool:
    """Whether a term of several words occurs; most are ruled out by their first two words."""
    first, second = term[0], term[1]
    if first.endswith("*"):
        if not text.has_prefix(first[:-1]):
            return False
    elif second.endswith("*"):
        if first not in text.unique:
            return False
    elif (first, second) not in text.pairs:
        return False
    elif len(term) == 2:
        return True
    return term_in(term, text.tokens)


class Words:
    """A text's words, ready for many lexicon look-ups."""

    def __init__(self, text: str) -> None:
        self.tokens = words(text)
        self.unique = set(self.tokens)
        self.sorted_unique = sorted(self.unique)
        self.pairs = set(itertools.pairwise(self.tokens))

    def has_prefix(self, stem: str) -> bool:
        """Whether some word of the text starts with stem."""
        at = bisect_left(self.sorted_unique, stem)
        return at < len(self.sorted_unique) and self.sorted_unique[at].startswith(stem)


def parse_entries(text: str, origin: str) -> list[Entry]:
    """Parse a lexicon file's text; a malformed line is an error naming the file and line."""
    entries = []
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
    size = len(term)
    return any(
        all(_word_matches(pattern, tokens[i + k]) for k, pattern in enumerate(term))
        for i in range(len(tokens) - size + 1)
    )


def _word_matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def load(path: Path | None, env: str, bundled: str) -> list[Entry]:
    """Entries from an explicit file, else the file named by env, else the bundled one."""
    chosen = path or (Path(os.environ[env]) if os.environ.get(env) else None)
    if chosen is None:
        return _bundled(bundled)
    try:
        text = chosen.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SeminarSearchError(f"{chosen}: cannot read the lexicon ({error})") from None
    return parse_entries(text, str(chosen))


@cache
def _bundled(name: str) -> list[Entry]:
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return parse_entries(text, name)


def themes_for(text: str, entries: list[Entry]) -> list[str]:
    """The names of the entries any of whose terms occur in text, in the lexicon's order."""
    prepared = Words(text)
    return [e.name for e in entries if e.occurs_in(prepared)]


def load_themes(path: Path | None = None) -> list[Entry]:
    return load(path, THEMES_ENV, "themes.txt")


def load_thesaurus() -> list[Entry]:
    """The bundled thesaurus, extended by the file named in SEMINAR_SEARCH_THESAURUS."""
    extra = os.environ.get(THESAURUS_ENV)
    bundled = _bundled("thesaurus.txt")
    return bundled + load(Path(extra), THESAURUS_ENV, "thesaurus.txt") if extra else bundled
