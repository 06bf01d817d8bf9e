"""The compact posting pool, and builds through one writer or two sub-writers agreeing."""

from __future__ import annotations

import errno
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest
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
        queries = ["innovation", '"third sector"', "funding cuts and spending review", "partnership"]
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
