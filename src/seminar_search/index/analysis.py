"""Words as the index sees them: which words count, their stems, and the word forms of a text.

One definition serves indexing (the text fields' analyzer), queries and snippets, so a
highlighted word is always one the index matched. Whoosh's StemmingAnalyzer with this word
pattern and these stop words gives the same tokens through a chain of four generators; the
analyzer here does it in one pass, and the build spends far less time tokenizing.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Generator, Iterator
from typing import Any

from whoosh.analysis import Analyzer, StemmingAnalyzer, Token
from whoosh.fields import TEXT, FieldType
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


def kept_forms(text: str) -> Iterator[tuple[int, str]]:
    """kept_words without the matches, which indexing does not need: cheaper."""
    return ((place, word) for place, word in enumerate(map(str.lower, WORD.findall(text))) if kept(word))


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
    """The distinct kept words of a text as written (lower-cased, not stemmed)."""
    return {word for _place, word in kept_forms(text)}


class TextAnalyzer(Analyzer):
    """The text fields' analyzer: the tokens of Whoosh's StemmingAnalyzer with WORD_PATTERN and
    STOP_WORDS (stop words removed, positions renumbered after them), from kept_words.

    Requests other than the usual one (whole text, stop words removed) go to that chain itself.
    """

    is_morph = True

    def __init__(self) -> None:
        self.chain = StemmingAnalyzer(expression=WORD_PATTERN, stoplist=STOP_WORDS, minsize=MIN_WORD_CHARS)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        boosts: bool = False,
        **kwargs: Any,
    ) -> Iterator[Token]:
        if kwargs or not tokenize or not removestops:
            yield from self.chain(
                value,
                positions=positions,
                chars=chars,
                removestops=removestops,
                start_pos=start_pos,
                start_char=start_char,
                tokenize=tokenize,
                mode=mode,
                boosts=boosts,
                **kwargs,
            )
            return
        token = Token(positions, chars, removestops=removestops, mode=mode, boosts=boosts)
        first_place = None
        for count, (place, match, word) in enumerate(kept_words(value)):
            if first_place is None:
                first_place = place  # Whoosh's StopFilter numbers on from the first kept word
            token.text = stem_of(word)
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + first_place + count
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


class StemmedText(TEXT):
    """Whoosh's TEXT field with the TextAnalyzer, whose postings (each stem with its positions)
    are made in one pass over kept_words: the same postings TEXT makes, through the analyzer's
    tokens, its stop-word check and the format's per-token bookkeeping (a quarter of a build)."""

    def __init__(self, stored: bool = False) -> None:
        super().__init__(analyzer=TextAnalyzer(), stored=stored)

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        if not isinstance(value, str) or kwargs:
            yield from super().index(value, **kwargs)
            return
        positions: dict[str, list[int]] = {}
        first_place = None
        for count, (place, word) in enumerate(kept_forms(value)):
            if first_place is None:
                first_place = place  # numbered on from the first kept word, as TextAnalyzer does
            positions.setdefault(stem_of(word), []).append(first_place + count)
        encoding = self.format
        assert isinstance(encoding, Positions)  # TEXT's, with phrases
        for term, found in positions.items():
            yield term.encode("utf-8"), len(found), len(found) * encoding.field_boost, encoding.encode(found)


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
        counts = Counter(word for text in value for word in word_forms(text))
        for word, paragraphs in counts.items():
            yield word.encode("utf-8"), paragraphs, float(paragraphs), pack_uint(paragraphs)
