"""Spelling: words the index holds as written, corrections for those it does not, and the
word lists behind wildcards (innovat*) and fuzzy words (procurment~).

Suggestions come from the vocabulary field (each document's word forms, counted by paragraph)
through Whoosh's corrector: by edit distance, then by how many paragraphs use them.
"""

from __future__ import annotations

import itertools
from fnmatch import fnmatchcase

from whoosh.searching import Searcher
from whoosh.spelling import ReaderCorrector
from whoosh.support.levenshtein import levenshtein

from seminar_search.index import analysis
from seminar_search.lexicon import words

MAX_PATTERN_WORDS = 200  # words a wildcard or fuzzy word may stand for
MAX_EDITS = 2
MIN_CORRECTED_CHARS = 4  # shorter words are too often abbreviations to correct


class Speller:
    """The index's own words, for checking and correcting what was typed."""

    def __init__(self, searcher: Searcher) -> None:
        self.reader = searcher.reader()
        self._corrector: ReaderCorrector | None = None

    def knows(self, word: str) -> bool:
        """Whether the word occurs in the text as typed; stop words count as known."""
        if not analysis.stems(word):
            return True
        return bool(self.reader.doc_frequency("vocabulary", word.lower()) > 0)

    def correction(self, word: str) -> str | None:
        """The index's own word to search instead of an unknown one, if there is a close one.

        A word whose stem the text holds ("wants") keeps its meaning: only a suggestion with
        the same stem ("procurment" -> "procurement") replaces it.
        """
        if self.knows(word):
            return None
        stems = set(analysis.stems(word))
        if not any(self.reader.doc_frequency("text", s) for s in stems):
            return self.suggest(word)
        variants = [  # words sharing the stem: a short list, unlike the whole vocabulary
            found.decode("utf-8") if isinstance(found, bytes) else found
            for stem in stems
            for found in itertools.islice(self.reader.expand_prefix("vocabulary", stem), MAX_PATTERN_WORDS)
        ]
        close = [(levenshtein(word, v), v) for v in variants if set(analysis.stems(v)) == stems]
        best = min(close, default=None)
        return best[1] if best and best[0] <= MAX_EDITS else None

    def suggest(self, word: str) -> str | None:
        """The closest word of the index's own vocabulary, for a word it does not hold."""
        found = self.similar(word.lower(), limit=1)
        return found[0] if found else None

    def similar(
        self, written: str, limit: int = MAX_PATTERN_WORDS, maxdist: int = MAX_EDITS, prefix: int = 0
    ) -> list[str]:
        """The vocabulary's words within maxdist edits of a word, the closest first."""
        if self._corrector is None:
            self._corrector = ReaderCorrector(self.reader, "vocabulary", self.reader.schema["vocabulary"])
        return list(self._corrector.suggest(written, limit=limit, maxdist=maxdist, prefix=prefix))

    def matching(self, pattern: str) -> list[str]:
        """The vocabulary's words matching a wildcard pattern (innovat*, organi?ation)."""
        found = (word.decode("utf-8") for word in self.reader.lexicon("vocabulary"))
        return list(
            itertools.islice((word for word in found if fnmatchcase(word, pattern)), MAX_PATTERN_WORDS)
        )

    def corrected(self, query: str) -> str | None:
        """The query with each word the index does not know replaced by its nearest known word."""
        out = []
        for word in query.split():
            bare = word.strip(".,;!?'’").lower()
            usable = bare.isalpha() and len(bare) >= MIN_CORRECTED_CHARS
            out.append((self.correction(bare) if usable else None) or word)
        corrected = " ".join(out)
        return corrected if corrected != query else None

    def did_you_mean(self, query: str) -> str | None:
        """The query's words as the index knows them, when some are unknown."""
        typed = words(query)
        suggested = [w if self.knows(w) else self.suggest(w) or w for w in typed]
        return " ".join(suggested) if suggested != typed else None
