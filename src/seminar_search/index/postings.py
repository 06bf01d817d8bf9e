"""A reader's postings, read a block at a time and decoded once.

A search reads its words' postings three times: to count the paragraphs that match, to score
them, and to check where a phrase's words stand. For a common word in a large archive that is
hundreds of thousands of postings, and Whoosh's matchers hand them over one call at a time.
Its block format (whoosh3) keeps each block's ids, weights and positions together: read whole
and kept, they serve all three, and the searches after them (the reader's snapshot never
changes). Segments with deleted records, or postings of another format, are read the
ordinary way.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, NamedTuple

from whoosh.reading import TermNotFound

REMEMBERED_POSTINGS = 1_000_000  # postings a reader keeps decoded between searches
REMEMBERED_TERMS = 100_000  # term statistics a reader keeps between searches


class Block(NamedTuple):
    """Consecutive postings of one term in one segment."""

    segment: Any  # Whoosh's segment reader
    base: int  # the segment's first docnum in the whole index
    ids: Sequence[int]  # docnums within the segment, ascending
    weights: Sequence[float]
    values: Sequence[bytes | None]  # encoded positions


class Postings:
    """The postings of a reader's terms, decoded once and remembered (up to
    REMEMBERED_POSTINGS of them, then forgotten all at once)."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self._blocks: dict[tuple[str, str], list[Block]] = {}
        self._firsts: dict[tuple[str, str], list[int]] = {}
        self._held = 0
        self._statistics: dict[tuple[str, str], tuple[float, int]] = {}

    def statistics(self, field: str, text: str) -> tuple[float, int]:
        """A term's total weight (its frequency) and how many paragraphs hold it, with one
        look-up per segment, remembered for the reader's later searches (its snapshot never
        changes; planning and feedback ask for the same words again and again, and an archive
        of a million paragraphs has ten segments to look in)."""
        if (field, text) in self._statistics:
            return self._statistics[(field, text)]
        frequency, paragraphs = 0.0, 0
        for segment, _base in self.reader.leaf_readers():
            try:
                info = segment.term_info(field, text)
            except TermNotFound:
                continue
            frequency += info.weight()
            paragraphs += info.doc_frequency()
        if len(self._statistics) >= REMEMBERED_TERMS:
            self._statistics.clear()
        self._statistics[(field, text)] = frequency, paragraphs
        return frequency, paragraphs

    def blocks(self, field: str, text: str) -> list[Block]:
        """A term's live postings, block by block, in docnum order."""
        key = (field, text)
        if key not in self._blocks:
            blocks = list(_read(self.reader, field, text))
            held = sum(len(block.ids) for block in blocks)
            if self._held + held > REMEMBERED_POSTINGS:
                self._blocks.clear()
                self._firsts.clear()
                self._held = 0
            self._blocks[key] = blocks
            self._held += held
        return self._blocks[key]

    def docnums(self, field: str, text: str) -> set[int]:
        """The docnums of the live records holding a term."""
        found: set[int] = set()
        for block in self.blocks(field, text):
            found.update(map(block.base.__add__, block.ids) if block.base else block.ids)
        return found

    def find(self, field: str, text: str, docnum: int) -> tuple[Block, int] | None:
        """Where a record's posting of a term stands: its block and its place there (two
        bisections); None if the record does not hold the term."""
        blocks = self.blocks(field, text)
        key = (field, text)
        if key not in self._firsts:
            self._firsts[key] = [block.base + block.ids[0] for block in blocks]
        at = bisect_right(self._firsts[key], docnum) - 1
        if at < 0:
            return None
        block = blocks[at]
        index = bisect_right(block.ids, docnum - block.base) - 1
        return (block, index) if index >= 0 and block.base + block.ids[index] == docnum else None

    def positions(self, field: str, text: str, docnum: int) -> list[int]:
        """Where a term stands in a record holding it (empty if it does not hold it)."""
        return self._decoded(field, self.find(field, text, docnum))

    def _decoded(self, field: str, found: tuple[Block, int] | None) -> list[int]:
        value = found[0].values[found[1]] if found else None
        if value is None:
            return []
        decoded: list[int] = self.reader.schema[field].format.decode_positions(value)
        return decoded

    def side_by_side(self, field: str, words: Sequence[str]) -> list[int]:
        """The records where the words stand side by side, in order: the rarest word's
        records, each looked up in the others' postings, positions decoded only where all
        the words are. Whoosh's phrase walks every word's postings to where they meet,
        decoding each block on the way, and a phrase of a common word and a rare one
        ("public services") cost a large archive's search most of its time."""
        rarest = min(words, key=lambda word: self.statistics(field, word)[1])
        matched = []
        for docnum in sorted(self.docnums(field, rarest)):
            found = [self.find(field, word, docnum) for word in words]
            if all(found) and adjacent([self._decoded(field, posting) for posting in found]):
                matched.append(docnum)
        return matched


def adjacent(positions: list[list[int]]) -> bool:
    """Whether words at these positions (each word's, in a phrase's order) stand somewhere
    side by side, in order."""
    starts = set(positions[0])
    for offset, later in enumerate(positions[1:], start=1):
        starts.intersection_update(p - offset for p in later)
        if not starts:
            return False
    return True


def skip_to(matcher: Any, docnum: int) -> None:
    """Move a matcher on to the first posting at or past a record. A whoosh3 leaf matcher
    skips whole blocks by their greatest id, then finds the record in its block by
    bisection: Whoosh's own skip_to steps through the block an id at a time."""
    if not hasattr(matcher, "_skip_to_block"):  # another kind of matcher: Whoosh's way
        matcher.skip_to(docnum)
        return
    matcher._skip_to_block(lambda: docnum > matcher.block_max_id())
    if matcher.is_active():
        matcher.id()  # reads the block's ids
        matcher._i = bisect_left(matcher._ids, docnum, matcher._i)


def _read(reader: Any, field: str, text: str) -> Any:
    for segment, base in reader.leaf_readers():
        try:
            matcher = segment.postings(field, text)
        except TermNotFound:
            continue
        if segment.has_deletions() or not hasattr(matcher, "_read_ids"):
            block = _one_at_a_time(segment, base, matcher)
            if block.ids:
                yield block
            continue
        while matcher.is_active():  # whoosh3's leaf matcher: one block at a time
            matcher._read_ids()
            matcher._read_weights()
            matcher._read_values()
            yield Block(segment, base, matcher._ids, matcher._weights, matcher._values)
            matcher._next_block()


def _one_at_a_time(segment: Any, base: int, matcher: Any) -> Block:
    """A segment's live postings of a term, the ordinary way."""
    ids, weights, values = [], [], []
    while matcher.is_active():
        docnum = matcher.id()
        if not segment.is_deleted(docnum):
            ids.append(docnum)
            weights.append(matcher.weight())
            values.append(matcher.value())
        matcher.next()
    return Block(segment, base, ids, weights, values)
