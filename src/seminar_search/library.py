"""Ingesting files into the index: what changed, what to parse, and opening the index to read.

The index command and the first search both come here; neither knows about the terminal, so
progress is reported through a callback. Parsing is imported only when there is parsing to do,
to keep it off the start-up path of a search.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from seminar_search.config import bundled_seeds
from seminar_search.errors import IngestError
from seminar_search.index import IndexReader, index_exists, open_index, write_documents, write_lock
from seminar_search.lexicon import THEMES_ENV, recorded_themes, themes_source
from seminar_search.model import Document


class Progress(Protocol):
    def start(self, total: int) -> None: ...

    def advance(self, label: str) -> None: ...


@dataclass
class IndexReport:
    """What one index run did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    paragraphs: int = 0
    files: int = 0  # report files found in the paths given


def index_paths(
    paths: list[Path],
    location: Path,
    *,
    rebuild: bool = False,
    prune: bool = False,
    themes: Path | None = None,
    progress: Progress | None = None,
) -> IndexReport:
    """Ingest files and folders into the index at location, all or nothing.

    An unchanged file (same content hash) is skipped, a changed one replaced; with prune,
    documents whose source file is gone are dropped. Files that fail are reported and the
    rest are still indexed.
    """
    # Parsing and reading files load only when there is some to do: never on a search's path.
    from seminar_search.parsing import ingest_file
    from seminar_search.sources import find_reports

    report = IndexReport()
    files, report.failed = find_reports(paths)
    report.files = len(files)
    with write_lock(location):
        updating = not rebuild and index_exists(location)
        known, recorded = _what_the_index_holds(location) if updating else ({}, None)
        keep_recorded = themes is None and not os.environ.get(THEMES_ENV)  # updates tag as before
        themes_used = recorded if recorded and keep_recorded else themes_source(themes)
        lexicon = recorded_themes(*themes_used)
        gone = {doc for doc, (source, _h) in known.items() if prune and not Path(source).exists()}

        def parsed() -> Iterator[Document]:
            """Each new or changed file's document, parsed as the writer asks for it."""
            by_source = {source: doc for doc, (source, _hash) in known.items()}
            seen: dict[str, Path] = {}  # document id -> the file it came from
            if progress:
                progress.start(len(files))
            for path in files:
                if progress:
                    progress.advance(path.name)
                previous = by_source.get(str(path))
                try:
                    if previous and known[previous][1] == _hash(path):
                        report.unchanged.append(previous)
                        continue
                    document = ingest_file(path, lexicon)
                except IngestError as error:
                    report.failed.append(str(error))
                    continue
                if document.id in seen:
                    report.warnings.append(f"{path}: same document as {seen[document.id]}; kept the first")
                    continue
                seen[document.id] = path
                (report.replaced if document.id in known else report.added).append(document.id)
                report.paragraphs += len(document.paragraphs)
                report.warnings += [f"{path}: {w}" for w in document.warnings]
                if document.problem:
                    report.warnings.append(f"{path}: {document.problem}")
                yield document

        write_documents(location, parsed(), gone, rebuild, themes_used)
        report.removed = sorted(gone - set(report.replaced))
    return report


def _what_the_index_holds(location: Path) -> tuple[dict[str, tuple[str, str]], tuple[str, str] | None]:
    """Each document's source file and hash, and the theme lexicon the index records."""
    with open_index(location) as reader:
        return {s.doc: (s.source, s.content_hash) for s in reader.sources()}, reader.themes_record()


def _hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def open_or_build(location: Path, announce: Callable[[str], None]) -> IndexReader:
    """Open the index for reading; with none there yet, build one from the bundled seeds first."""
    if not index_exists(location) and _holds_nothing_else(location):
        announce(f"No index at {location} yet: building one from the bundled seed report.")
        index_paths(bundled_seeds(), location)
    return open_index(location)


def _holds_nothing_else(location: Path) -> bool:
    """True for a missing folder or one holding only what an unfinished index run leaves."""
    if not location.is_dir():
        return not location.exists()
    return all(entry.name.startswith((".", "gen-")) for entry in location.iterdir())
