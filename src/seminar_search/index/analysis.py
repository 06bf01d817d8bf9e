"""Words as the index sees them: which words count, their stems, and the word forms of a text.

One definition serves indexing, queries and snippets, so a highlighted word is always one the
index matched. Whoosh's StemmingAnalyzer with this word pattern and these stop words is the
reference (text_analyzer); the functions here give its tokens in one pass, without token
objects, and tests hold them to it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Generator, Iterator
from typing import Any

from whoosh.analysis import Analyzer, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, TEXT, FieldType
from whoosh.formats import Frequency, Positions
from whoosh.lang.porter import stem
from whoosh.system import pack_uint

WORD_PATTERN = r"\w+(?:\.?\w+)*"
WORD = re.compile(WORD_PATTERN)
# Whoosh's stop words, and the question words of natural-language queries ("what the public
# wants from services"), which would otherwise match almost every paragraph.
QUESTION_AND_STOP_WORDS = """
a an and are as at be by can for from have if in is it may not of on or tbd that the this to us
we when will with yet you your what how which who whom why where does do did should would could
there their they them these those about into than then so such has had was were been being its
our all any some more most other also but only very just i he she his her my me
"""
STOP_WORDS = frozenset(QUESTION_AND_STOP_WORDS.split())
MIN_WORD_CHARS = 2

_STEMS: dict[str, str] = {}  # each distinct word is stemmed once per process
_ONE_POSITION: dict[int, bytes] = {}  # a lone position's encoding, by the position
_INDEXED_AS: dict[str, bytes | None] = {}  # a word as written: its stem's term, or None if not kept


def kept(word: str) -> bool:
    """Whether the index keeps a lower-cased word: two letters or more, not a stop word."""
    return len(word) >= MIN_WORD_CHARS and word not in STOP_WORDS


def kept_words(text: str) -> Iterator[tuple[int, re.Match[str], str]]:
    """Each word the index keeps, lower-cased, with its match (for where it is) and its place
    among all the text's words (stop words and one-letter words included)."""
    for place, match in enumerate(WORD.finditer(text)):
        word = match.group().lower()
        if kept(word):
            yield place, match, word


def stem_of(word: str) -> str:
    """The Porter stem of a lower-cased word."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = stem(word)
    return found


@functools.lru_cache(maxsize=64)  # one search's candidates
def stemmed_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each kept word's start, end and stem; remembered for the last few texts, as a hit's
    text is read for its snippet, its phrases and its common words."""
    return tuple((match.start(), match.end(), stem_of(word)) for _place, match, word in kept_words(text))


def stems(text: str) -> list[str]:
    """The index terms a text becomes, in order."""
    return [stem_of(word) for _place, _match, word in kept_words(text)]


def word_forms(text: str) -> set[str]:
    """The distinct kept words of a text as written (lower-cased, not stemmed): set algebra,
    as a build counts them for every paragraph."""
    forms = set(map(str.lower, WORD.findall(text))) - STOP_WORDS
    return {word for word in forms if len(word) >= MIN_WORD_CHARS}


def text_analyzer() -> Analyzer:
    """Whoosh's analyzer for these words: what the text fields give the query parser, and the
    definition StemmedText's postings and kept_words are tested against."""
    return StemmingAnalyzer(expression=WORD_PATTERN, stoplist=STOP_WORDS, minsize=MIN_WORD_CHARS)


class StemmedText(TEXT):
    """Whoosh's TEXT field with text_analyzer(), whose postings (each stem with its positions)
    are made in one pass over the text's words: the same postings TEXT makes, through the analyzer's
    chain of token filters and the format's per-token bookkeeping (a quarter of a build)."""

    def __init__(self, stored: bool = False) -> None:
        super().__init__(analyzer=text_analyzer(), stored=stored)

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        if not isinstance(value, str) or kwargs:
            yield from super().index(value, **kwargs)
            return
        positions: dict[bytes, list[int]] = {}
        first_place = None
        count = 0
        for place, written in enumerate(WORD.findall(value)):
            if written in _INDEXED_AS:
                term = _INDEXED_AS[written]
            else:
                word = written.lower()
                term = _INDEXED_AS[written] = stem_of(word).encode("utf-8") if kept(word) else None
            if term is None:
                continue
            if first_place is None:
                first_place = place  # Whoosh's StopFilter numbers on from the first kept word
            positions.setdefault(term, []).append(first_place + count)
            count += 1
        encoding = self.format
        assert isinstance(encoding, Positions)  # TEXT's, with phrases
        boost = encoding.field_boost
        for term, found in positions.items():
            if len(found) == 1:  # most words of a paragraph: one position, encoded once a process
                encoded = _ONE_POSITION.get(found[0]) or _ONE_POSITION.setdefault(
                    found[0], encoding.encode(found)
                )
            else:
                encoded = encoding.encode(found)
            yield term, len(found), len(found) * boost, encoded


class VocabularyField(FieldType):
    """The word forms of a document's paragraphs as written (lower-cased, not stemmed), each
    posted once, on the document's record, with the number of paragraphs using it.

    Spelling suggestions, wildcards and the exact-form bonus read it: a word's frequency here
    is its paragraph count. Whoosh's own spelling field posts every word of every paragraph,
    which cost a third of a build.
    """

    def __init__(self) -> None:
        super().__init__(Frequency(), analyzer=None)  # type: ignore[arg-type]  # never analyzes

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        """Postings from a document's paragraph texts: each word form with its paragraph count.
        (Counted here, in the process that indexes the document, not in the one parsing.)"""
        counts: Counter[str] = Counter()
        for text in value:
            counts.update(word_forms(text))
        for word, paragraphs in counts.items():
            yield word.encode("utf-8"), paragraphs, float(paragraphs), pack_uint(paragraphs)


SPACE_SEPARATED = r"[^ \t\r\n]+"  # Whoosh's KEYWORD splits on spaces with this expression


class ExactID(ID):
    """Whoosh's ID field (the whole value one term), indexed without the analyzer's token
    objects: a paragraph has six of them, and they were a tenth of a build."""

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        if not isinstance(value, str) or kwargs:
            yield from super().index(value, **kwargs)
            return
        assert self.format is not None  # ID's: Existence
        yield value.encode("utf-8"), 1, self.format.field_boost, b""


class Keywords(KEYWORD):
    """Whoosh's KEYWORD field (terms the expression finds, lower-cased if asked, each posted
    with how often it occurs), indexed without the analyzer's token objects."""

    def __init__(self, expression: str = SPACE_SEPARATED, lowercase: bool = False, **options: Any) -> None:
        tokenizer = RegexTokenizer(expression)
        analyzer: Any = tokenizer | LowercaseFilter() if lowercase else tokenizer
        super().__init__(analyzer=analyzer, **options)
        self.expression = expression
        self.lowercase = lowercase

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        if not isinstance(value, str) or kwargs:
            yield from super().index(value, **kwargs)
            return
        found = re.findall(self.expression, value)
        counts = Counter(word.lower() for word in found) if self.lowercase else Counter(found)
        assert self.format is not None  # KEYWORD's: Frequency
        boost = self.format.field_boost
        for word, count in counts.items():
            yield word.encode("utf-8"), count, count * boost, pack_uint(count)
