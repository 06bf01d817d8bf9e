"""Scoring a plain query a term at a time: the same BM25F sums, without Whoosh's matchers.

Whoosh scores a document at a time: for each paragraph a query's words lead to, each of the
query's matchers is asked to move, compare and score, a dozen Python calls a paragraph, and a
phrase decodes positions wherever its words meet. In a large archive a plain query's words
lead to thousands of paragraphs, and that walk was most of a search's time. A plain query is
a sum (each term's BM25F score times its boost), so here each term's postings are read a
block at a time and added into one score a paragraph. The phrase bonus needs positions: a
paragraph's bonus is at most its phrase words' own scores, so positions are read only for the
paragraphs that could still reach the best `limit`, best bound first.

Queries of another shape (the query language's AND, NOT, wildcards) are left to Whoosh.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator, Sequence
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.query import AndMaybe, NullQuery, Or, Query, Term
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from seminar_search.index.postings import Postings, adjacent, skip_to
from seminar_search.index.queries import AdjacentPhrase

FIRST_ROUND = 64  # paragraphs whose phrase positions are read first (at least the limit)
DENSE = 4096  # read a block's length bytes in one piece when its ids span at most this many a posting

Scores = dict[int, float]
Word = tuple[str, str]  # (field, text)
Bounds = list[tuple[AdjacentPhrase, Scores]]  # phrases, with the most each can add to each paragraph


def handles(query: Query) -> bool:
    """Whether a query is a sum this module scores: terms and phrases OR-ed, and phrases
    as a bonus (AndMaybe's second side)."""
    if isinstance(query, AndMaybe):
        return _sum_of_terms(query.a) and all(isinstance(p, AdjacentPhrase) for p in _alternatives(query.b))
    return _sum_of_terms(query)


def _sum_of_terms(query: Query) -> bool:
    if query is NullQuery or type(query) is Term or isinstance(query, AdjacentPhrase):
        return True
    return type(query) is Or and not query.scale and query.boost == 1.0 and all(map(_sum_of_terms, query))


def _alternatives(query: Query) -> list[Query]:
    return list(query.subqueries) if type(query) is Or else [query]


def _phrases(query: Query) -> list[AdjacentPhrase]:
    return [part for part in _alternatives(query) if isinstance(part, AdjacentPhrase)]


class Accumulator:
    """Scores plain queries on one searcher (its segments, its statistics)."""

    def __init__(
        self, searcher: Searcher, postings: Postings, b: float, k1: float, first_round: int = FIRST_ROUND
    ) -> None:
        self.searcher = searcher
        self.postings = postings
        self.reader: Any = searcher.reader()  # Whoosh's readers are untyped where this reads them
        self.b = b
        self.k1 = k1
        self.first_round = first_round  # paragraphs whose phrase positions are read first
        self._lengths: dict[str, list[float]] = {}

    def best(self, query: Query, limit: int | None, allow: set[int] | None, exclude: set[int]) -> Scores:
        """The query's best limit paragraphs (all for None) among those allowed (all for
        None) but the excluded, with every one tied with the last; exact scores."""
        finding, bonuses = (query.a, _phrases(query.b)) if isinstance(query, AndMaybe) else (query, [])
        words: dict[Word, Scores] = {}
        scores = self._sum(finding, words)
        if allow is not None or exclude:
            kept = (scores.keys() & allow if allow is not None else scores.keys()) - exclude
            scores = {docnum: scores[docnum] for docnum in kept}
        if not bonuses:
            return _with_ties(scores, limit)
        return self._with_bonuses(scores, bonuses, words, limit)

    def _sum(self, query: Query, words: dict[Word, Scores]) -> Scores:
        """Each paragraph's summed score; words keeps each term's own (unboosted) scores."""
        if query is NullQuery:
            return {}
        if type(query) is Term:
            key = (query.fieldname, str(query.text))
            if key not in words:
                words[key] = self._term(*key)
            return {d: s * query.boost for d, s in words[key].items()} if query.boost != 1.0 else words[key]
        if isinstance(query, AdjacentPhrase):
            return self._phrase(query)
        first, *others = _alternatives(query) or [NullQuery]
        total = dict(self._sum(first, words))  # a copy: a term's own scores are kept in words
        for part in others:
            for docnum, score in self._sum(part, words).items():
                total[docnum] = total.get(docnum, 0.0) + score
        return total

    def _term(self, field: str, text: str) -> Scores:
        """BM25F of one term in every paragraph holding it (Whoosh's formula and statistics)."""
        blocks = self.postings.blocks(field, text)
        if not self.searcher.schema[field].scorable:  # no lengths: Whoosh scores the weight
            return {b.base + d: w for b in blocks for d, w in zip(b.ids, b.weights, strict=True)}
        scores: Scores = {}
        if not blocks:
            return scores
        lengths = self._length_parts(field)
        numerator = self.searcher.idf(field, text) * (self.k1 + 1)
        for block in blocks:
            length_bytes = _length_bytes(block.segment, field, block.ids)
            base = block.base
            for docnum, weight, length in zip(block.ids, block.weights, length_bytes, strict=True):
                scores[base + docnum] = numerator * weight / (weight + lengths[length])
        return scores

    def _length_parts(self, field: str) -> list[float]:
        """BM25's length part of the denominator for each of the 256 lengths a field-length
        byte stands for (the field's average length is fixed for the reader)."""
        if field not in self._lengths:
            average = self.searcher.avg_field_length(field) or 1
            k1, b = self.k1, self.b
            self._lengths[field] = [
                k1 * ((1 - b) + b * (byte_to_length(n) or 1) / average) for n in range(256)
            ]
        return self._lengths[field]

    def _phrase(self, phrase: AdjacentPhrase) -> Scores:
        """A phrase that finds: where its words stand side by side, the sum of their scores
        there (as Whoosh's phrase scores it), times its boost."""
        field, words = phrase.fieldname, [str(word) for word in phrase.words]
        return {
            docnum: phrase.boost * sum(self._score_at(field, word, docnum) for word in words)
            for docnum in self.postings.side_by_side(field, words)
        }

    def _score_at(self, field: str, text: str, docnum: int) -> float:
        """A term's BM25F score in a record holding it, as _term scores it there."""
        found = self.postings.find(field, text, docnum)
        assert found is not None, "a phrase's paragraphs hold each of its words"
        block, at = found
        weight, length = block.weights[at], _length_bytes(block.segment, field, [block.ids[at]])[0]
        numerator: float = self.searcher.idf(field, text) * (self.k1 + 1)
        return numerator * weight / (weight + self._length_parts(field)[length])

    def _with_bonuses(
        self, scores: Scores, bonuses: list[AdjacentPhrase], words: dict[Word, Scores], limit: int | None
    ) -> Scores:
        """Add the phrase bonuses where they can change the best limit.

        A phrase adds its words' scores where they stand side by side: at most those scores
        (for a word not summed here, the best it scores anywhere). Paragraphs are read best
        bound first, in rounds that grow fourfold, each one pass over the phrase words'
        postings, until no bound left reaches the limit-th best exact score: no other
        paragraph can then reach the best limit."""
        phrases = [(phrase, self._phrase_bounds(phrase, words, scores)) for phrase in bonuses]
        bounds = dict(scores)
        for _phrase, at_most in phrases:
            for docnum, bound in at_most.items():
                bounds[docnum] += bound
        if limit is None:
            return self._exactly(scores, phrases, words, set(bounds))
        waiting = [(-bound, docnum) for docnum, bound in bounds.items()]
        heapq.heapify(waiting)
        exact: Scores = {}
        size = max(limit, self.first_round)
        while waiting:
            least = _kth(exact, limit) if len(exact) >= limit else -math.inf
            batch: set[int] = set()
            while waiting and len(batch) < size and -waiting[0][0] >= least:
                batch.add(heapq.heappop(waiting)[1])
            if not batch:
                break
            exact.update(self._exactly(scores, phrases, words, batch))
            size *= 4
        return _with_ties(exact, limit)

    def _exactly(
        self, scores: Scores, phrases: Bounds, words: dict[Word, Scores], docnums: set[int]
    ) -> Scores:
        """Some paragraphs' scores with the phrase bonuses they earn."""
        exact = {docnum: scores[docnum] for docnum in docnums}
        for phrase, at_most in phrases:
            for docnum, bonus in self._phrase_at(phrase, words, docnums & at_most.keys()).items():
                exact[docnum] += bonus
        return exact

    def _phrase_bounds(self, phrase: AdjacentPhrase, words: dict[Word, Scores], scores: Scores) -> Scores:
        """The most a phrase can add to each paragraph: its words' scores, summed here or
        (for a word not summed) the best that word scores anywhere; nothing where a summed
        word is missing."""
        keys = [(phrase.fieldname, str(word)) for word in phrase.words]
        known = [words[key] for key in keys if key in words]
        unknown = sum(self._best_score(*key) for key in keys if key not in words)
        if not known:
            return {docnum: phrase.boost * unknown for docnum in scores}
        shared = scores.keys() & min(known, key=len).keys()
        for word in known:
            shared &= word.keys()
        return {d: phrase.boost * (unknown + sum(word[d] for word in known)) for d in shared}

    def _phrase_at(self, phrase: AdjacentPhrase, words: dict[Word, Scores], docnums: set[int]) -> Scores:
        """A phrase's score in those of some paragraphs where its words stand side by side,
        in order: its words' scores, summed here or read there. The positions of a word
        summed here are in its decoded postings; another's postings are skipped through,
        from paragraph to paragraph."""
        field = phrase.fieldname
        keys = [(field, str(word)) for word in phrase.words]
        found: Scores = {}
        for segment, base, local in _by_segment(self.reader, docnums):
            try:
                skipped = {key: segment.postings(*key) for key in keys if key not in words}
            except TermNotFound:
                continue
            for docnum in local:
                if not all(_at(matcher, docnum) for matcher in skipped.values()):
                    continue
                positions = [
                    skipped[key].value_as("positions")
                    if key in skipped
                    else self.postings.positions(*key, base + docnum)
                    for key in keys
                ]
                if adjacent(positions):
                    total = sum(
                        self._score_here(key, skipped[key], segment)
                        if key in skipped
                        else words[key][base + docnum]
                        for key in keys
                    )
                    found[base + docnum] = phrase.boost * total
        return found

    def _score_here(self, key: Word, matcher: Any, segment: Any) -> float:
        """A term's score in the paragraph its matcher is on."""
        field, text = key
        return self._bm25(
            field, text, matcher.weight(), segment.doc_field_length(matcher.id(), field, 1) or 1
        )

    def _best_score(self, field: str, text: str) -> float:
        """The most a term scores in any paragraph: its greatest weight at its shortest length."""
        if (field, text) not in self.reader:
            return 0.0
        info = self.reader.term_info(field, text)
        return self._bm25(field, text, info.max_weight(), info.min_length() or 1)

    def _bm25(self, field: str, text: str, weight: float, length: float) -> float:
        """A term's BM25F score at this weight in a field of this length, as Whoosh's bm25()."""
        average = self.searcher.avg_field_length(field) or 1
        saturation = (weight * (self.k1 + 1)) / (
            weight + self.k1 * ((1 - self.b) + self.b * length / average)
        )
        return float(self.searcher.idf(field, text) * saturation)


def _by_segment(reader: Any, docnums: set[int]) -> Iterator[tuple[Any, int, list[int]]]:
    """Paragraphs by the segment holding them: the segment, its docnum base, and their
    docnums in it, in order."""
    if not docnums:
        return
    for segment, base in reader.leaf_readers():
        end = base + segment.doc_count_all()
        local = sorted(d - base for d in docnums if base <= d < end)
        if local:
            yield segment, base, local


def _at(matcher: Any, docnum: int) -> bool:
    """Move a matcher to a paragraph; whether it holds it."""
    if matcher.is_active() and matcher.id() < docnum:
        skip_to(matcher, docnum)
    return bool(matcher.is_active() and matcher.id() == docnum)


def _length_bytes(segment: Any, field: str, ids: Sequence[int]) -> Sequence[int]:
    """The field-length bytes of a block's ids: read in one piece when the ids lie close
    together, else one by one (a rare term's block can span a whole segment)."""
    column = segment._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    first, last = ids[0], ids[-1]
    if column is None or not hasattr(column, "_dbfile") or last >= column._count:
        return [column[docnum] if column is not None else 1 for docnum in ids]  # Whoosh's ways
    if last - first < DENSE * len(ids):
        span = column._dbfile.get(column._basepos + first, last - first + 1)
        return [span[docnum - first] for docnum in ids]
    return [column._dbfile.get(column._basepos + docnum, 1)[0] for docnum in ids]


def _kth(scores: Scores, limit: int) -> float:
    return heapq.nlargest(limit, scores.values())[-1]


def _with_ties(scores: Scores, limit: int | None) -> Scores:
    """The best limit scores (all for None) and every one equal to the last, to a millionth."""
    if limit is None or len(scores) <= limit:
        return scores
    last = round(_kth(scores, limit), 6)
    return {docnum: score for docnum, score in scores.items() if round(score, 6) >= last}
