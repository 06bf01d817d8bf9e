"""Spelling: words the index holds as written, corrections for those it does not, and the
word lists behind wildcards (innovat*) and fuzzy words (procurment~).

Corrections come from the vocabulary field (each document's word forms, counted by paragraph):
the nearest by edit distance, then the commonest; a word that is part of a name the documents
give (their names field) is never corrected.
"""

from __future__ import annotations

import itertools
import re
from fnmatch import fnmatchcase

from whoosh.searching import Searcher
from whoosh.spelling import ReaderCorrector
from whoosh.support.levenshtein import levenshtein

from seminar_search.errors import QueryError
from seminar_search.index import analysis
from seminar_search.lexicon import words

MAX_PATTERN_WORDS = 200  # words a wildcard or fuzzy word may stand for
MAX_EDITS = 2
WILDCARD = re.compile(r"[*?]")
MIN_CORRECTED_CHARS = 4  # shorter words are too often abbreviations to correct
SHORT_WORD = 5  # a word this long or shorter is corrected by one edit at most
MIN_SUGGESTION_PARAGRAPHS = 2  # a correction is a word the reports use more than once


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

    def is_name(self, word: str) -> bool:
        """Whether the word is part of a name a document gives (a participant, a witness, an
        organisation, someone its paragraphs name)."""
        return bool(self.reader.doc_frequency("names", word.lower()) > 0)

    def correction(self, word: str) -> str | None:
        """The index's own word to search instead of one that matches nothing, if a safe one
        is close: within one edit for words of up to five letters, two for longer ones, and
        in MIN_SUGGESTION_PARAGRAPHS paragraphs or more; never in place of a name."""
        stems = analysis.stems(word)
        if self.knows(word) or self.is_name(word) or any(self.reader.doc_frequency("text", s) for s in stems):
            return None
        return self._closest(word.lower(), MIN_SUGGESTION_PARAGRAPHS)

    def known_forms(self, text: str) -> str:
        """The text with each word the index does not hold as typed, but whose stem it holds
        ("procurment"), written as the index's nearest word of that stem ("procurement"):
        the form the thesaurus and the themes know. Not a correction: the stem matched."""
        out = []
        for word in text.split():
            bare = word.strip(".,;!?'’").lower()
            stems = set(analysis.stems(bare))
            if not stems or self.knows(bare) or not any(self.reader.doc_frequency("text", s) for s in stems):
                out.append(word)
                continue
            forms = (
                _text(found)
                for stem in stems
                for found in itertools.islice(
                    self.reader.expand_prefix("vocabulary", stem), MAX_PATTERN_WORDS
                )
            )
            close = [(levenshtein(bare, form), form) for form in forms if set(analysis.stems(form)) == stems]
            out.append(min(close)[1] if close else word)
        return " ".join(out)

    def suggest(self, word: str) -> str | None:
        """The closest word of the index's own vocabulary, for a word it does not hold."""
        return None if self.is_name(word) else self._closest(word.lower(), 1)

    def _closest(self, word: str, paragraphs: int) -> str | None:
        """The nearest word within the edits a word of its length allows, the commonest of
        those equally near, in at least so many paragraphs."""
        allowed = 1 if len(word) <= SHORT_WORD else MAX_EDITS
        found = []
        for candidate in self.reader.terms_within("vocabulary", word, allowed):
            form = _text(candidate)
            count = int(self.reader.frequency("vocabulary", form))
            if form != word and count >= paragraphs:
                found.append((levenshtein(word, form), -count, form))
        return min(found)[2] if found else None

    def similar(
        self, written: str, limit: int = MAX_PATTERN_WORDS, maxdist: int = MAX_EDITS, prefix: int = 0
    ) -> list[str]:
        """The vocabulary's words within maxdist edits of a word, the closest first."""
        if self._corrector is None:
            self._corrector = ReaderCorrector(self.reader, "vocabulary", self.reader.schema["vocabulary"])
        return list(self._corrector.suggest(written, limit=limit, maxdist=maxdist, prefix=prefix))

    def matching(self, pattern: str) -> list[str]:
        """The vocabulary's words matching a wildcard pattern (innovat*, organi?ation), read
        from those beginning with its letters before the first wildcard. A pattern opening with
        a wildcard would read the whole vocabulary, and one standing for more words than
        MAX_PATTERN_WORDS would find some of them only: both are refused, not half-answered."""
        prefix = WILDCARD.split(pattern, maxsplit=1)[0]
        if not prefix:
            raise QueryError(f"{pattern!r}: a wildcard needs a letter or more before it (innovat*)")
        forms = map(_text, self.reader.expand_prefix("vocabulary", prefix))
        found = list(
            itertools.islice((form for form in forms if fnmatchcase(form, pattern)), MAX_PATTERN_WORDS + 1)
        )
        if len(found) > MAX_PATTERN_WORDS:
            raise QueryError(
                f"{pattern!r} stands for more than {MAX_PATTERN_WORDS} words: give it more letters"
            )
        return found

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


def _text(term: bytes | str) -> str:
    """A term as the index's reader gives it (bytes from its lexicon), as text."""
    return term.decode("utf-8") if isinstance(term, bytes) else str(term)
