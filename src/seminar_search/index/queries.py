"""Queries: a word's stems as a term or a phrase; two queries Whoosh answers slowly, done faster
with the same results; one it answers wrongly.

Whoosh's Phrase matches through span objects built for every position of every word in every
paragraph holding all the words: on common words ("public services" in a large archive) that
was most of a search's time. AdjacentPhrase finds the same paragraphs with the same scores
(the sum of its words' scores, as Whoosh gives) by intersecting position sets. (A plain
search, and the count of a query's matches, find a phrase through Postings.side_by_side
instead; this matcher serves the queries left to Whoosh.)

A filter clause must match without scoring. Whoosh's ConstantScoreQuery first lists every
paragraph its child matches (a speaker's thousands, for ten hits), and a clause boosted to
zero is wrongly turned into a required one by Whoosh's quality shortcuts. ZeroScore skips
through its child's postings and keeps the shortcuts away from it.

Whoosh's AndNot can return, as its first match, a paragraph its excluded side holds, and
fails when skipping runs out of postings; Excluding does neither.
"""

from __future__ import annotations

from typing import Any

from whoosh.matching import AndNotMatcher, IntersectionMatcher, NullMatcher, WrappingMatcher
from whoosh.query import AndNot, Phrase, Query, Term, WrappingQuery
from whoosh.util import make_binary_tree

from seminar_search.index.postings import adjacent

EVERY_PARAGRAPH = Term("kind", "paragraph")


def stems_query(stems: list[str], field: str = "text") -> Query | None:
    """One stem as a term, several as a phrase, none as nothing."""
    if not stems:
        return None
    return Term(field, stems[0]) if len(stems) == 1 else AdjacentPhrase(field, stems)


class AdjacentPhrase(Phrase):
    """Whoosh's Phrase for words next to each other in order (its default, slop 1)."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if self.slop != 1 or len(self.words) < 2:
            return super().matcher(searcher, context)
        field = searcher.schema[self.fieldname]
        words = [field.to_bytes(word) for word in self.words]
        if any((self.fieldname, word) not in searcher.reader() for word in words):
            return NullMatcher()
        matchers = [Term(self.fieldname, word).matcher(searcher, context) for word in words]
        found = AdjacentMatcher(make_binary_tree(IntersectionMatcher, matchers), matchers)
        return WrappingMatcher(found, boost=self.boost) if self.boost != 1.0 else found


class AdjacentMatcher(WrappingMatcher):
    """The paragraphs where the words' matchers (all on the child intersection) sit at
    consecutive positions. No skipping by block quality: every candidate is checked."""

    def __init__(self, child: Any, words: list[Any]) -> None:
        super().__init__(child)
        self.words = words
        self._find_next()

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else NullMatcher()

    def supports_block_quality(self) -> bool:
        return False

    def _find_next(self) -> bool:
        moved = False
        while self.child.is_active() and not adjacent([word.value_as("positions") for word in self.words]):
            moved = self.child.next() or moved
        return moved

    def next(self) -> bool:  # type: ignore[override]  # Whoosh matchers say whether they moved
        self.child.next()
        return self._find_next()

    def skip_to(self, id: int) -> bool:  # type: ignore[override]
        self.child.skip_to(id)
        return self._find_next()

    def all_ids(self) -> Any:
        while self.is_active():
            yield self.id()
            self.next()


class ZeroScore(WrappingQuery):
    """Matches what its child matches, scoring nothing: a filter clause of a query."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        found = self.child.matcher(searcher, context)
        return ZeroScoreMatcher(found) if found.is_active() else NullMatcher()


class ZeroScoreMatcher(WrappingMatcher):
    """Its child's matches with no score and no quality, so Whoosh's shortcuts (skipping
    blocks, narrowing unions to what could reach a minimum score) never apply to it."""

    def __init__(self, child: Any) -> None:
        super().__init__(child, boost=0.0)

    def copy(self) -> ZeroScoreMatcher:
        return ZeroScoreMatcher(self.child.copy())

    def replace(self, minquality: float = 0) -> Any:
        if not self.child.is_active():
            return NullMatcher()
        replaced = self.child.replace(0)
        return self if replaced is self.child else ZeroScoreMatcher(replaced)

    def supports_block_quality(self) -> bool:
        return False

    def max_quality(self) -> float:
        return 0.0

    def block_quality(self) -> float:
        return 0.0

    def weight(self) -> float:
        return 0.0

    def score(self) -> float:
        return 0.0


class Excluding(AndNot):
    """Whoosh's AndNot (a, but not b), with a matcher that cannot return a first match that
    b holds: Whoosh's only checks b at its first posting, so when b's postings start earlier
    than a's, a's first match came back even if b held it."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return ExcludingMatcher(self.a.matcher(searcher, context), excluded)


class ExcludingMatcher(AndNotMatcher):
    """AndNotMatcher with b moved up to a's first posting before it is compared, and that
    stops when a runs out while skipping (Whoosh's then reads past a's last posting)."""

    def _find_next(self) -> bool:
        return bool(self.a.is_active() and super()._find_next())

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active() and self.b.id() < self.a.id():
            self.b.skip_to(self.a.id())
        if self.a.is_active() and self.b.is_active() and self.a.id() == self.b.id():
            self._find_next()
