"""Whoosh writers that hold a segment's postings compactly, so a large build neither spills
postings to disk nor needs many small segments.

Whoosh's PostingPool keeps each posting as a tuple (about 275 bytes in memory), sorts them
all when the segment is written, and past its memory limit sorts and spills runs to disk and
merges them back: that doubled the time of a large build, and keeping under the limit by
committing small batches left many segments for every query to visit. TermPostingPool keeps
each term's postings in columns (document numbers and weights in arrays, values as references,
most of them to one shared encoding of a lone position) and sorts only the terms.
"""

from __future__ import annotations

import ctypes
import errno
import os
import queue
import signal
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import MERGE_SMALL, SegmentWriter

Posting = tuple[str, bytes, int, float, bytes | None]  # field, term, document number, weight, value


class _TermPostings:
    """One term's postings, a column each. A value is kept as the field gave it: most are
    one position's encoding, one shared object per process, so a reference is all they cost."""

    __slots__ = ("docnums", "in_order", "values", "weights")

    def __init__(self, valued: bool) -> None:
        self.docnums = array("I")  # as Whoosh's postings writer keeps them
        self.weights = array("d")
        self.values: list[bytes] | None = [] if valued else None  # a field without values gives None
        self.in_order = True

    def in_docnum_order(self) -> _TermPostings:
        """These postings sorted by document number (after segments merged out of order)."""
        if self.in_order:
            return self
        order = sorted(range(len(self.docnums)), key=self.docnums.__getitem__)
        ordered = _TermPostings(self.values is not None)
        ordered.docnums.extend(self.docnums[i] for i in order)
        ordered.weights.extend(self.weights[i] for i in order)
        if ordered.values is not None and self.values is not None:
            ordered.values.extend(self.values[i] for i in order)
        return ordered


class TermPostingPool:
    """The postings of one segment, by term; what Whoosh's SegmentWriter asks of its pool."""

    def __init__(self) -> None:
        self.fieldnames: set[str] = set()
        self._terms: dict[str, dict[bytes, _TermPostings]] = {}  # by field, then term

    def add(self, posting: Posting) -> None:
        fieldname, text, docnum, weight, value = posting
        self.add_field(fieldname, docnum, ((text, 0, weight, value),))

    def add_field(
        self, fieldname: str, docnum: int, postings: Iterable[tuple[bytes, int, float, bytes | None]]
    ) -> int:
        """A document's postings in one field, as its index() gives them (term, frequency,
        weight, value), appended here in one loop: a paragraph has a hundred postings, and a
        call each was a tenth of a build. Returns the sum of the frequencies, the field's length."""
        terms = self._terms.get(fieldname)
        if terms is None:
            terms = self._terms[fieldname] = {}
        length = 0
        for text, frequency, weight, value in postings:
            length += frequency
            found = terms.get(text)
            if found is None:
                found = terms[text] = _TermPostings(value is not None)
                self.fieldnames.add(fieldname)
            elif docnum < found.docnums[-1]:
                found.in_order = False  # only when merging segments out of order
            found.docnums.append(docnum)
            found.weights.append(weight)
            if found.values is not None:
                found.values.append(value or b"")
        return length

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting, by field, term and document number: the order segments are written in."""
        for fieldname, text, unordered in self._in_order():
            postings = unordered.in_docnum_order()
            values = postings.values if postings.values is not None else [None] * len(postings.docnums)
            for docnum, weight, value in zip(postings.docnums, postings.weights, values, strict=True):
                yield fieldname, text, docnum, weight, value

    def write(self, fieldwriter: Any, schema: Any, lengths: Any) -> None:
        """Write every term's postings through a whoosh3 field writer, a block at a time: what
        Whoosh's add_postings does with iter_postings, a call per posting, gives the same bytes."""
        current = None
        length_of: Any = None
        for fieldname, text, postings in self._in_order():
            if fieldname != current:
                if current is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, schema[fieldname])
                length_of = lengths.doc_field_length_reader(fieldname) if lengths else None
                current = fieldname
            fieldwriter.start_term(text)
            _fill_blocks(fieldwriter._postwriter, postings, length_of)
            fieldwriter.finish_term()
        if current is not None:
            fieldwriter.finish_field()

    def _in_order(self) -> Iterator[tuple[str, bytes, _TermPostings]]:
        """Each term's postings, by field and term."""
        for fieldname in sorted(self._terms):
            terms = self._terms[fieldname]
            for text in sorted(terms):
                yield fieldname, text, terms[text]

    def cleanup(self) -> None:
        self._terms.clear()


def _fill_blocks(writer: Any, postings: _TermPostings, length_of: Any) -> None:
    """One term's postings into a whoosh3 postings writer's blocks, as its add_posting would
    put them one by one: a full block is written only once another posting follows it. A
    block's columns are copied a slice at a time."""
    postings = postings.in_docnum_order()
    limit = writer._blocklimit
    for first in range(0, len(postings.docnums), limit):
        if first:
            writer._write_block()
        ids = postings.docnums[first : first + limit]
        weights = postings.weights[first : first + limit]
        writer._ids.extend(ids)
        writer._weights.fromlist(weights.tolist())
        writer._maxweight = max(writer._maxweight, max(weights))
        if postings.values is not None:
            writer._values.extend(value for value in postings.values[first : first + limit] if value)
        lengths = [length for length in map(length_of, ids) if length] if length_of else []
        if lengths:
            least = min(lengths)
            writer._minlength = least if writer._minlength is None else min(writer._minlength, least)
            writer._maxlength = max(writer._maxlength, *lengths)


class CompactSegmentWriter(SegmentWriter):
    """Whoosh's writer of one segment, holding its postings in a TermPostingPool."""

    def __init__(self, ix: Any, **options: Any) -> None:
        super().__init__(ix, **options)
        self.pool = self.compact_pool = TermPostingPool()  # type: ignore[assignment]  # Whoosh's pool interface
        count_lengths_as_stored(self)
        self._plain_fields = {  # the fields add_document indexes itself
            name: field
            for name, field in self.schema.items()
            if not field.vector and not field.separate_spelling()
        }

    def add_document(self, **fields: Any) -> None:
        """Whoosh's add_document for fields like this schema's (no term vectors, no separate
        spelling words, no boosts), with each field's postings handed to the pool at once: a
        call and a tuple less per posting, and a paragraph has a hundred postings."""
        plain = self._plain_fields
        if not all(name in plain for name in fields):  # boosts ("_boost"), vectors, unknown names
            super().add_document(**fields)
            return
        self._check_state()
        perdoc, docnum, pool = self.perdocwriter, self.docnum, self.compact_pool
        perdoc.start_doc(docnum)
        for fieldname in sorted(fields):
            value = fields[fieldname]
            if value is None:
                continue
            field = plain[fieldname]
            length = pool.add_field(fieldname, docnum, field.index(value)) if field.indexed else 0
            perdoc.add_field(
                fieldname, field, value if field.stored else None, length if field.scorable else 0
            )
            if field.column_type:
                perdoc.add_column_value(fieldname, field.column_type, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        """Whoosh's, but with the field lengths the postings writer asks for read once per
        paragraph, not once per posting (half a million reads per 10,000 paragraphs)."""
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        in_memory = _FieldLengths(lengths) if lengths else None
        self.compact_pool.write(self.fieldwriter, self.schema, in_memory)
        self.fieldwriter.close()
        if lengths:
            lengths.close()


class _FieldLengths:
    """A segment's field lengths, each field's read into a list when first asked for."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> Any:
        length_of = self._reader.doc_field_length_reader(fieldname, default)
        return [length_of(docnum) for docnum in range(self._reader.doc_count_all())].__getitem__


class MortalSubWriter(SubWriterTask):
    """A sub-process writing one segment of a parallel build, from the documents its parent
    sends, into a compact pool; it dies with its parent, so a killed index run leaves no
    orphans holding the write lock.

    If it cannot write (a full disk), it still takes every job its parent hands over, so the
    parent is never left waiting, and exits with the error's number for the parent to report.
    """

    def run(self) -> None:
        _die_with_parent()
        try:
            ix = self.storage.open_index(self.indexname)
            self.writer = CompactSegmentWriter(ix, _lk=False, **self.kwargs)
            while (job := self.jobqueue.get()) is not None:
                self._process_file(*job)
            segment = self.writer._finalize_segment()
        except OSError as error:
            while self.jobqueue.get() is not None:
                pass
            os._exit(error.errno or errno.EIO)
        self.resultqueue.put((None, self.writer.pool.fieldnames, segment), timeout=5)


class ParallelWriter(MpWriter):
    """Whoosh's multiprocessing writer with compact pools and mortal sub-writers, keeping each
    sub-writer's segment as it is (Whoosh's merge of segments is single-core)."""

    def __init__(self, ix: Any, **options: Any) -> None:
        super().__init__(ix, procs=2, multisegment=True, **options)
        self.pool = TermPostingPool()  # type: ignore[assignment]  # Whoosh's pool interface, not its class
        count_lengths_as_stored(self)
        self._jobs = self.jobqueue  # the sub-writers take jobs from the queue itself
        self.jobqueue = _JobsForTheLiving(self._jobs, self.tasks)

    def _new_task(self) -> Any:
        task = MortalSubWriter(
            self.storage, self.indexname, self._jobs, self.resultqueue, self.subargs, self.multisegment
        )
        self.tasks.append(task)
        task.start()
        return task

    def commit(self, *args: Any, **kwargs: Any) -> None:
        """Whoosh's commit, which goes on without the segment of a sub-writer that failed:
        then raise its error, so this generation is never swapped in."""
        super().commit(*args, **kwargs)
        for task in self.tasks:
            if task.exitcode and task.exitcode > 0:
                raise OSError(task.exitcode, os.strerror(task.exitcode))
            if task.exitcode:
                raise OSError(errno.EIO, f"a writer process was killed (signal {-task.exitcode})")

    def cancel(self, **_options: Any) -> None:
        """Whoosh's cancel, which cannot reach its sub-processes: end them here."""
        for task in self.tasks:
            task.terminate()
            task.join()
        super().cancel()


class _JobsForTheLiving:
    """The sub-writers' job queue as their parent hands jobs over: it gives up, with the
    sub-writers' fate as the error, once none is left alive to take a job (killed, say, for
    want of memory), instead of waiting for ever."""

    def __init__(self, jobs: Any, tasks: list[Any]) -> None:
        self._jobs = jobs
        self._tasks = tasks

    def put(self, job: Any) -> None:
        while True:
            try:
                self._jobs.put(job, timeout=0.2)
                return
            except queue.Full:
                if self._tasks and not any(task.is_alive() for task in self._tasks):
                    codes = ", ".join(str(task.exitcode) for task in self._tasks)
                    raise OSError(
                        errno.EIO, f"the writer processes ended early (exit status {codes})"
                    ) from None


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))
    except (OSError, AttributeError):  # not Linux: an orphan ends when its queue closes
        return
    if os.getppid() == 1:
        os._exit(1)


def merge_small_and_deleted(writer: SegmentWriter, segments: list[Any]) -> list[Any]:
    """Whoosh's merge of small segments, and a rewrite of every segment holding deleted
    records: Whoosh counts those in the term statistics that score hits, so the same documents
    indexed another way (all at once, or replaced in an update) would rank otherwise."""
    deleted = [segment for segment in segments if segment.has_deletions()]
    kept: list[Any] = MERGE_SMALL(writer, [segment for segment in segments if not segment.has_deletions()])
    for segment in deleted:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return kept


def count_lengths_as_stored(writer: SegmentWriter) -> None:
    """Add each document's field lengths to the segment's totals as stored (one byte each, so
    rounded), as Whoosh adds them when it merges segments; else an index written at once and
    one merged by updates had other average lengths, so other scores, for the same content."""
    add_field = writer.perdocwriter.add_field

    def add_rounded(fieldname: str, fieldobj: Any, value: Any, length: int | None) -> None:
        add_field(fieldname, fieldobj, value, byte_to_length(length_to_byte(length)) if length else length)

    writer.perdocwriter.add_field = add_rounded
