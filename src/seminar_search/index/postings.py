"""Every paragraph holding a term, read a postings block at a time.

A search's total counts every paragraph matching the words typed. For a common word in a large
archive that is hundreds of thousands of postings, and Whoosh's matchers hand them over one call
at a time. Its block format (whoosh3) keeps each block's ids together: reading those whole is
the same answer several times faster. Segments with deleted records, or matchers of another
kind, are read the ordinary way.
"""

from __future__ import annotations

from typing import Any

from whoosh.reading import TermNotFound


def term_docnums(reader: Any, field: str, text: str) -> set[int]:
    """The live docnums, across all segments, of the records holding a term."""
    found: set[int] = set()
    for segment, base in reader.leaf_readers():
        try:
            matcher = segment.postings(field, text)
        except TermNotFound:
            continue
        if segment.has_deletions() or not hasattr(matcher, "_read_ids"):
            live = (docnum for docnum in matcher.all_ids() if not segment.is_deleted(docnum))
            found.update(base + docnum for docnum in live)
            continue
        while matcher.is_active():  # whoosh3's leaf matcher: one block of ids at a time
            matcher._read_ids()
            ids = matcher._ids
            found.update(ids if not base else (base + docnum for docnum in ids))
            matcher._next_block()
    return found
