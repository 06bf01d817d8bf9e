"""The compact posting pool, and builds through one writer or two sub-writers agreeing."""

from __future__ import annotations

import errno
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import HC179
from hypothesis import given
from hypothesis import strategies as st

from seminar_search.config import bundled_seeds
from seminar_search.errors import IndexProblem
from seminar_search.index import IndexReader, store
from seminar_search.index.writers import CompactSegmentWriter, TermPostingPool
from seminar_search.library import index_paths
from seminar_search.parsing import ingest_file
from seminar_search.search import search
from seminar_search.synthetic import write_archive

postings = st.lists(
    st.tuples(
        st.sampled_from(["section", "text", "themes"]),
        st.binary(min_size=1, max_size=4),
        st.integers(0, 10_000),
        st.floats(0.5, 9.0),
        st.binary(max_size=6),
    ),
    unique_by=lambda p: (p[0], p[1], p[2]),
)


@given(postings)
def test_the_pool_gives_postings_back_by_field_term_and_document(added: list) -> None:
    pool = TermPostingPool()
    for posting in added:
        pool.add(posting)
    assert list(pool.iter_postings()) == sorted(added)
    assert pool.fieldnames == {p[0] for p in added}


def ranked(location: Path) -> list[list[tuple[str, int]]]:
    with IndexReader(location) as reader:
        # a phrase on the section headings: the generated seminars' text has none of their words side by side
        queries = ["innovation", 'section:"third sector"', "funding cuts and spending review", "partnership"]
        return [
            [(h.paragraph.doc, h.paragraph.number) for h in search(reader, q, thesaurus=[]).hits]
            for q in queries
        ]


def test_a_parallel_build_answers_as_a_single_writer_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_archive(tmp_path / "archive", 600, seed=3)
    index_paths([tmp_path / "archive"], tmp_path / "single")
    monkeypatch.setattr(store, "PARALLEL_FROM_PARAGRAPHS", 50)
    monkeypatch.setattr(store, "COMMIT_PARAGRAPHS", 250)  # and in several commits
    index_paths([tmp_path / "archive"], tmp_path / "parallel")
    with IndexReader(tmp_path / "parallel") as reader:
        assert len(reader.searcher.reader().readers) >= 4
    assert ranked(tmp_path / "parallel") == ranked(tmp_path / "single")
    assert all(ranked(tmp_path / "single"))


def test_an_update_lands_whole_in_several_commits_and_leaves_the_open_generation_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, location = tmp_path / "first", tmp_path / "second", tmp_path / "index"
    write_archive(first, 130, seed=1)
    write_archive(second, 130, seed=2)  # the same documents (ids), other words
    index_paths([first], location)
    monkeypatch.setattr(store, "PARALLEL_FROM_PARAGRAPHS", 50)
    monkeypatch.setattr(store, "COMMIT_PARAGRAPHS", 50)
    with IndexReader(location) as before:
        old_texts = [p.text for p in before.paragraphs()]
        old_files = {f.name: f.read_bytes() for f in (location / "current").resolve().iterdir()}
        old_generation = (location / "current").resolve()
        report = index_paths([second], location)
        assert sorted(report.replaced) == sorted({p.doc for p in before.paragraphs()})
        assert [p.text for p in before.paragraphs()] == old_texts  # a search open meanwhile
        assert {f.name: f.read_bytes() for f in old_generation.iterdir()} == old_files
    expected = sorted(p.text for path in sorted(second.iterdir()) for p in ingest_file(path).paragraphs)
    with IndexReader(location) as after:
        assert sorted(p.text for p in after.paragraphs()) == expected
        assert len(after.documents()) == 3


def test_a_sub_writer_that_fails_leaves_the_index_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sub-writer's error (here a full disk, in the forked process) is the parent's: before,
    Whoosh committed without the failed segment, or waited for it for ever."""
    location = tmp_path / "index"
    index_paths(bundled_seeds(), location)
    before = ranked(location)
    write_archive(tmp_path / "archive", 600, seed=4)
    monkeypatch.setattr(store, "PARALLEL_FROM_PARAGRAPHS", 50)

    def full_disk(self: CompactSegmentWriter, **fields: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(CompactSegmentWriter, "add_document", full_disk)
    with pytest.raises(IndexProblem, match="the disk is full; the index was left as it was"):
        index_paths([tmp_path / "archive"], location)
    assert ranked(location) == before
    assert [p.name for p in location.glob("gen-*")] == [(location / "current").resolve().name]
    assert not multiprocessing.active_children()


def test_a_build_whose_sub_writers_all_die_ends_with_an_error(tmp_path: Path) -> None:
    """Sub-writers killed (say, for want of memory) leave no one to take jobs: the parent says
    so instead of waiting for ever. Run in a process of its own, with a time limit."""
    write_archive(tmp_path / "archive", 2000, seed=6)
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from seminar_search.index import store\n"
        "from seminar_search.config import bundled_seeds\n"
        "from seminar_search.errors import IndexProblem\n"
        "from seminar_search.index.writers import MortalSubWriter\n"
        "from seminar_search.library import index_paths\n"
        "location = Path(sys.argv[2])\n"
        "index_paths(bundled_seeds(), location)\n"
        "store.PARALLEL_FROM_PARAGRAPHS = 50\n"
        "MortalSubWriter.run = lambda self: os.kill(os.getpid(), signal.SIGKILL)\n"
        "try:\n"
        "    index_paths([Path(sys.argv[1])], location)\n"
        "except IndexProblem as problem:\n"
        "    print(problem)\n"
    )
    location = tmp_path / "index"
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "archive"), str(location)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "the writer processes ended early (exit status -9, -9)" in done.stdout, done.stderr
    assert len(ranked(location)) == 4 and all(ranked(location))  # the seed index answers


class _Lengths:
    """Field lengths as the writer's _FieldLengths gives them: a function per field."""

    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> object:
        return lambda docnum: (docnum * 7 + len(fieldname)) % 300


@given(postings, st.booleans())
def test_the_pool_writes_the_bytes_whooshs_add_postings_writes(added: list, with_lengths: bool) -> None:
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.filedb.filestore import RamStorage

    from seminar_search.index.schema import schema

    pool = TermPostingPool()
    for posting in added:
        pool.add(posting)
    lengths = _Lengths() if with_lengths else None

    def written(write: object) -> dict[str, bytes]:
        storage, codec = RamStorage(), W3Codec(blocklimit=4)  # small blocks: many of them
        fieldwriter = codec.field_writer(storage, codec.new_segment(storage, "test"))
        write(fieldwriter)  # type: ignore[operator]
        fieldwriter.close()
        return {name.rsplit(".", 1)[-1]: bytes(storage.files[name]) for name in storage.list()}

    ours = written(lambda writer: pool.write(writer, schema(), lengths))
    whooshs = written(lambda writer: writer.add_postings(schema(), lengths, pool.iter_postings()))
    assert ours == whooshs


def every_posting(reader: object) -> list[tuple[str, bytes, int, float, bytes]]:
    found = []
    for field, text in reader.all_terms():  # type: ignore[attr-defined]
        matcher = reader.postings(field, text)  # type: ignore[attr-defined]
        while matcher.is_active():
            found.append((field, text, matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
    return found


def test_documents_added_here_are_stored_and_posted_as_whooshs_add_document_does(tmp_path: Path) -> None:
    from whoosh.filedb.filestore import FileStorage
    from whoosh.writing import SegmentWriter

    from seminar_search.index.schema import records, schema
    from seminar_search.lexicon import recorded_themes, themes_source

    lexicon = recorded_themes(*themes_source(None))
    documents = [ingest_file(path, lexicon) for path in (*bundled_seeds(), HC179)]

    def built(folder: Path, writer_class: type) -> tuple[list, list, list]:
        folder.mkdir()
        index = FileStorage(str(folder)).create_index(schema())
        writer = writer_class(index)
        for document in documents:
            for record in records(document):
                writer.add_document(**record)
        writer.commit()
        with index.searcher() as searcher:
            reader = searcher.reader()
            fields = sorted(schema().scorable_names())
            lengths = [[reader.doc_field_length(d, f) for f in fields] for d in range(reader.doc_count_all())]
            return every_posting(reader), list(searcher.documents()), lengths

    ours, whooshs = built(tmp_path / "ours", CompactSegmentWriter), built(tmp_path / "whooshs", SegmentWriter)
    assert ours[0] and ours == whooshs
