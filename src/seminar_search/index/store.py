"""Where the index lives on disk: generations, locks, and writes that are all or nothing.

An index folder looks like this::

    INDEX/current -> gen-000002    a symlink, replaced atomically when a write is swapped in
    INDEX/gen-000002/              the Whoosh files, seminar-search.json (versions, build time)
                                   and themes.txt (the theme lexicon the documents were tagged with)
    INDEX/.write.lock              held by the one process writing

Every write makes a new generation beside the current one and swaps the symlink: a rebuild
from nothing, an update from hard links to the current generation's files (Whoosh never
changes a file it has written). A search running meanwhile sees the old index, a killed run
leaves it untouched, and a large write can take several commits with bounded memory.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import itertools
import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from whoosh import index as whoosh_index
from whoosh.index import FileIndex

from seminar_search import __version__
from seminar_search.errors import IndexProblem
from seminar_search.index.facets import FACET_FIELDS, count_values
from seminar_search.index.schema import SCHEMA_VERSION, records, schema
from seminar_search.lexicon import BUNDLED, THEMES_FILE, themes_source
from seminar_search.model import Document

if TYPE_CHECKING:  # Whoosh's writing machinery stays off a search's start-up
    from whoosh.writing import SegmentWriter

CURRENT = "current"
VERSION_FILE = "seminar-search.json"
FACETS_FILE = "facets.json"  # how many paragraphs carry each speaker, theme, document, series
LOCK_FILE = ".write.lock"
READERS_FILE = ".readers"
GENERATION_PREFIX = "gen-"
WRITE_WAIT_SECONDS = 10.0
PARALLEL_FROM_PARAGRAPHS = 5000
POSTINGS_COMPRESSION = 1  # zlib's fastest level: level 3 (Whoosh's) took a tenth of a build for 3% less disk
# A rebuild's commits, each two segments: the writers' memory grows with this (1.2 GB the
# larger writer at 500,000), and a search looks each word up in every segment.
COMMIT_PARAGRAPHS = 500_000
REBUILD_ADVICE = "run: seminar-search index --rebuild"


class Snapshot(NamedTuple):
    """The current generation, held open for reading: writers leave it in place until closed."""

    location: Path
    folder: Path
    info: dict[str, Any]  # the version record: schema, package, when built, content hash, themes
    whoosh: FileIndex
    hold: IO[bytes]

    def lexicon(self) -> tuple[str, str] | None:
        """The theme lexicon's text and origin as recorded when the generation was written."""
        recorded = self.folder / THEMES_FILE
        if not recorded.exists():
            return None
        return recorded.read_text(encoding="utf-8"), str(self.info.get("themes", BUNDLED))

    def facets(self) -> dict[str, dict[str, int]] | None:
        """The counts the writer recorded for the generation (None for one written without)."""
        recorded = self.folder / FACETS_FILE
        return json.loads(recorded.read_text(encoding="utf-8")) if recorded.exists() else None

    def close(self) -> None:
        self.hold.close()


def index_exists(location: Path) -> bool:
    return (location / CURRENT).exists() or (location / CURRENT).is_symlink()


def open_snapshot(location: Path) -> Snapshot:
    """Hold the current generation and open it, or say in a line what is wrong with the index."""
    if not index_exists(location):
        if any(location.glob("*.toc")):
            raise IndexProblem(f"the index at {location} is in an older format; {REBUILD_ADVICE}")
        raise IndexProblem(f"no index at {location}: run: seminar-search index")
    folder, hold = _hold_current_generation(location)
    try:
        info = _check_version(location, folder)
        return Snapshot(location, folder, info, whoosh_index.open_dir(str(folder)), hold)
    except IndexProblem:
        hold.close()
        raise
    except Exception as error:  # Whoosh raises many kinds on damaged files
        hold.close()
        raise IndexProblem(
            f"the index at {location} is damaged ({type(error).__name__}); {REBUILD_ADVICE}"
        ) from None


@contextmanager
def write_lock(location: Path) -> Iterator[None]:
    """Hold the index's writer lock; another writer waits a while, then gets a clear error.

    Holding it, first clear away what killed or failed runs left behind.
    """
    try:
        location.mkdir(parents=True, exist_ok=True)
        handle = open(location / LOCK_FILE, "a+")  # noqa: SIM115 (held for the with-block below)
    except OSError as error:
        raise IndexProblem(f"cannot write the index at {location}: {_reason(error)}") from None
    deadline = time.monotonic() + WRITE_WAIT_SECONDS
    with handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexProblem(
                        f"the index at {location} is being written by another process; try again"
                    ) from None
                time.sleep(0.1)
        try:
            _remove_abandoned_generations(location)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_documents(
    location: Path,
    documents: Iterable[Document],
    remove: set[str],
    rebuild: bool,
    themes: tuple[str, str] | None = None,
) -> bool:
    """Add or replace documents and drop the ids in remove, in one atomic step; False when
    there was nothing to write.

    Call with the write lock held. Documents are read as they come, so a caller can parse
    while earlier ones are being indexed. A new generation is written beside the current one
    (from nothing for a rebuild or a first index, else from the current one's files) and
    swapped in. themes is the theme lexicon's text and origin the documents were tagged with:
    the generation records it, and searches use it (default: the bundled one).
    """
    themes = themes or themes_source()
    current = current_generation(location)
    documents = iter(documents)
    try:
        if rebuild or current is None:
            _write_generation(location, documents, set(), None, themes)
            return True
        _check_version(location, current)
        first = next(documents, None)
        if first is None and not remove:
            return False
        _write_generation(
            location, itertools.chain([first] if first else [], documents), remove, current, themes
        )
        return True
    except OSError as error:
        _remove_abandoned_generations(location)
        raise IndexProblem(f"cannot write the index at {location}: {_reason(error)}") from None


def _write_generation(
    location: Path,
    documents: Iterator[Document],
    remove: set[str],
    previous: Path | None,
    themes: tuple[str, str],
) -> None:
    """Write a new generation, then swap it in for the current one.

    An update starts from the previous generation's files, linked rather than copied (Whoosh
    never changes a file once written: a commit adds files and a new table of contents), and
    replaces documents by id. No reader sees the new generation before the swap, so it can be
    written in commits of at most COMMIT_PARAGRAPHS paragraphs: however large the archive or
    the update, the writers' memory stays bounded, and the change is still all or nothing.
    """
    generation = location / f"{GENERATION_PREFIX}{time.time_ns():x}-{os.getpid()}"
    if previous is None:
        generation.mkdir(parents=True)
        ix = whoosh_index.create_in(str(generation), schema())
    else:
        _link_whoosh_files(previous, generation)
        ix = whoosh_index.open_dir(str(generation))
    while True:
        writer, batch = _writer_for(ix, documents)
        try:
            for doc_id in remove:
                writer.delete_by_term("doc", doc_id)
            remove = set()
            added = 0
            for document in batch:
                if previous is not None:
                    writer.delete_by_term("doc", document.id)
                for record in records(document):
                    writer.add_document(**record)
                added += len(document.paragraphs)
                if added >= COMMIT_PARAGRAPHS:
                    break
            if previous is None:
                writer.commit(merge=False)
            else:  # updates fold small segments together, and purge deleted records
                writer.commit(mergetype=_merge_small_and_deleted)
        except BaseException:
            if not writer.is_closed:  # a commit that failed after closing needs no cancelling
                writer.cancel()
            raise
        if added < COMMIT_PARAGRAPHS:
            break
    (generation / THEMES_FILE).write_text(themes[0], encoding="utf-8")
    _write_version(generation, themes[1])
    (generation / READERS_FILE).touch()
    link = location / f".{CURRENT}-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(generation.name, link)
    os.replace(link, location / CURRENT)
    _remove_abandoned_generations(location)


def _link_whoosh_files(source: Path, target: Path) -> None:
    """A new folder holding the Whoosh files of source, as hard links where the file system
    allows, else as copies; not its version record, readers' lock or Whoosh's writer lock."""
    target.mkdir()
    for entry in source.iterdir():
        if entry.name in (VERSION_FILE, READERS_FILE, THEMES_FILE, FACETS_FILE) or entry.name.endswith(
            "LOCK"
        ):
            continue
        try:
            os.link(entry, target / entry.name)
        except OSError:
            shutil.copy2(entry, target / entry.name)


def _writer_for(ix: FileIndex, documents: Iterator[Document]) -> tuple[SegmentWriter, Iterator[Document]]:
    """A writer for what comes next, and the documents still to add (the same ones).

    One writer for small jobs; for large ones, two processes writing a segment each.
    """
    # Imported here, not above: Whoosh's writing machinery stays off a search's start-up.
    from whoosh.codec.whoosh3 import W3Codec

    from seminar_search.index.writers import CompactSegmentWriter, ParallelWriter

    ahead = []
    paragraphs = 0
    for document in documents:
        ahead.append(document)
        paragraphs += len(document.paragraphs)
        if paragraphs >= PARALLEL_FROM_PARAGRAPHS:
            break
    batch = itertools.chain(ahead, documents)
    codec = W3Codec(compression=POSTINGS_COMPRESSION)
    if paragraphs < PARALLEL_FROM_PARAGRAPHS or (os.cpu_count() or 1) < 2:
        return CompactSegmentWriter(ix, compound=False, codec=codec), batch
    return ParallelWriter(ix, compound=False, codec=codec), batch


def _write_version(generation: Path, themes: str) -> None:
    """Record the schema and package versions, when the index was built, and a hash of its
    contents (each document's id and source hash), so a result set can be cited and redone;
    and the facets' counts, so that listing speakers or themes reads one file."""
    with whoosh_index.open_dir(str(generation)).searcher() as searcher:
        sources = sorted(
            f"{d['doc']}:{json.loads(d['record'])['content_hash']}"
            for d in searcher.documents(kind="document")
        )
        facets = {field: dict(count_values(searcher, field)) for field in FACET_FIELDS}
    (generation / FACETS_FILE).write_text(json.dumps(facets, ensure_ascii=False), encoding="utf-8")
    info = {
        "schema": SCHEMA_VERSION,
        "package": __version__,
        "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "content_hash": hashlib.sha256("\n".join(sources).encode()).hexdigest(),
        "themes": themes,
    }
    temporary = generation / f".{VERSION_FILE}.tmp"
    temporary.write_text(json.dumps(info), encoding="utf-8")
    os.replace(temporary, generation / VERSION_FILE)


def _remove_abandoned_generations(location: Path) -> None:
    """Delete generations no reader holds: replaced ones, and those a killed run left behind.

    The caller holds the write lock. A generation a search still reads is left for a later run.
    """
    current = current_generation(location)
    for entry in location.glob(f"{GENERATION_PREFIX}*"):
        if current is not None and entry.name == current.name:
            continue
        try:
            with open(entry / READERS_FILE, "rb") as readers:
                fcntl.flock(readers, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(entry, ignore_errors=True)
        except BlockingIOError:
            continue
        except FileNotFoundError:  # a generation whose build never got far
            shutil.rmtree(entry, ignore_errors=True)
    for entry in location.glob(f".{CURRENT}-*"):
        entry.unlink(missing_ok=True)


def _hold_current_generation(location: Path, attempts: int = 20) -> tuple[Path, IO[bytes]]:
    """The current generation, with a shared lock that keeps writers from deleting it.

    A rebuild may swap in a new generation, and delete the one it replaced, between finding
    the current one and locking it (the link then names a folder that is gone); then look
    again. A link that still names no folder after that is a damaged index.
    """
    for _ in range(attempts):
        generation = current_generation(location)
        try:
            hold = open(generation / READERS_FILE, "rb") if generation else None  # noqa: SIM115 (held while reading)
        except FileNotFoundError:
            hold = None
        if generation is None or hold is None:
            time.sleep(0.01)
            continue
        fcntl.flock(hold, fcntl.LOCK_SH)
        if (generation / VERSION_FILE).exists():
            return generation, hold
        hold.close()
    if current_generation(location) is None:
        raise IndexProblem(f"the index at {location} is damaged (missing generation); {REBUILD_ADVICE}")
    raise IndexProblem(f"the index at {location} keeps changing under this search; try again")


def current_generation(location: Path) -> Path | None:
    """The generation the current symlink names: what a reader opened now would read."""
    link = location / CURRENT
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def _check_version(location: Path, generation: Path) -> dict[str, Any]:
    try:
        info = json.loads((generation / VERSION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise IndexProblem(
            f"the index at {location} is damaged (no version record); {REBUILD_ADVICE}"
        ) from None
    if info.get("schema") != SCHEMA_VERSION:
        raise IndexProblem(
            f"the index at {location} was written by seminar-search {info.get('package', '?')} "
            f"in an older format; {REBUILD_ADVICE}"
        )
    return dict(info)


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full; the index was left as it was"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (a read-only folder?); the index was left as it was"
    return error.strerror or str(error)


def _merge_small_and_deleted(writer: SegmentWriter, segments: list[Any]) -> list[Any]:
    """Whoosh's merge policy for an update (writers.py), loaded only when writing."""
    from seminar_search.index.writers import merge_small_and_deleted

    return merge_small_and_deleted(writer, segments)
