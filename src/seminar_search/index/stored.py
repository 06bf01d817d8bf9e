"""Stored records read a page of the segment's tables at a time.

Whoosh keeps a segment's stored records in one column, with two tables after them: each
record's offset and each record's length. Its reader loads both tables whole the first time
any record of the segment is read: a cold search of a million-paragraph archive read 11 MB of
them (ten segments' worth) to show ten hits, a cost that grew with the archive. The reader
here reads the page of each table that holds the record asked for, and keeps it.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import STORED_COLUMN
from whoosh.columns import CompressedBytesColumn, PickleColumn

STORED = "_stored"  # the stored records' column, in Whoosh's segments
PAGE = 1024  # table entries read at once


class _Table:
    """One of a column's tables, read a page at a time as its entries are asked for."""

    def __init__(self, dbfile: Any, start: int, typecode: str, count: int) -> None:
        self.dbfile = dbfile
        self.start = start
        self.typecode = typecode
        self.size = struct.calcsize(typecode)
        self.count = count
        self._pages: dict[int, array[int]] = {}

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self.count:
            raise IndexError(index)
        page, at = divmod(index, PAGE)
        if page not in self._pages:
            first = page * PAGE
            read = min(PAGE, self.count - first)
            self._pages[page] = self.dbfile.get_array(self.start + first * self.size, self.typecode, read)
        return self._pages[page][at]

    def __iter__(self) -> Iterator[int]:
        return (self[index] for index in range(self.count))


class _PagedReader(CompressedBytesColumn.Reader):
    """Whoosh's reader of compressed records, with its tables read a page at a time. A
    segment too small to have stored its offsets (Whoosh then adds them up from the lengths)
    is read Whoosh's way."""

    def _read_offsets_and_lengths(self) -> None:
        dbfile, count = self._dbfile, self._doccount
        last = self._basepos + self._length - 1
        if chr(dbfile.get_byte(last)) != "X":  # no offsets table
            super()._read_offsets_and_lengths()  # type: ignore[no-untyped-call]
            return
        self.had_stored_offsets = True
        lengths_code, offsets_code = chr(dbfile.get_byte(last - 2)), chr(dbfile.get_byte(last - 1))
        offsets_start = (last - 2) - count * struct.calcsize(offsets_code)
        lengths_start = offsets_start - count * struct.calcsize(lengths_code)
        self._offsets = _Table(dbfile, offsets_start, offsets_code, count)  # type: ignore[assignment]
        self._lengths = _Table(dbfile, lengths_start, lengths_code, count)  # type: ignore[assignment]


class _PagedColumn(CompressedBytesColumn):
    def reader(self, dbfile: Any, basepos: int, length: int, doccount: int) -> Any:
        return _PagedReader(dbfile, basepos, length, doccount, self._module)  # type: ignore[no-untyped-call]


PAGED_STORED_COLUMN = PickleColumn(_PagedColumn(module=STORED_COLUMN._child._module))  # type: ignore[no-untyped-call]


def read_stored_by_pages(reader: Any) -> None:
    """Have each segment of a Whoosh reader read its stored records through paged tables."""
    for segment, _base in reader.leaf_readers():
        perdoc = getattr(segment, "_perdoc", None)
        if perdoc is not None and STORED not in perdoc._readers and perdoc.has_column(STORED):
            perdoc._readers[STORED] = perdoc.column_reader(STORED, PAGED_STORED_COLUMN)
