"""Commands that build the index and list what it holds: index, inspect, docs, export,
participants, speakers, themes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from seminar_search.cli.common import (
    UserError,
    doc_option,
    format_option,
    index_option,
    open_reader,
    show,
    themes_option,
)
from seminar_search.config import bundled_seeds, index_location
from seminar_search.filters import matching_documents
from seminar_search.lexicon import load_themes
from seminar_search.library import index_paths
from seminar_search.listings import (
    documents_listing,
    facet_listing,
    inspection_listing,
    participants_listing,
)
from seminar_search.render import export_listing


@click.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Build from scratch in a new folder and swap it in.")
@click.option("--prune", is_flag=True, help="Drop documents whose source file is gone.")
@themes_option
@index_option
def index_command(
    paths: tuple[Path, ...], rebuild: bool, prune: bool, themes: Path | None, index_dir: Path | None
) -> None:
    """Ingest reports (files or folders; default: the bundled seed report).

    Each run is all or nothing: a search meanwhile sees the index as it was, and a run
    stopped half-way leaves it as it was. Unchanged files are skipped.

    \b
    Examples:
      seminar-search index
      seminar-search index reports/ extra-report.txt
      seminar-search index --rebuild --index ./index reports/
    """
    location = index_location(index_dir)
    with _ProgressBar() as progress:
        report = index_paths(
            list(paths) or bundled_seeds(),
            location,
            rebuild=rebuild,
            prune=prune,
            themes=themes,
            progress=progress,
        )
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if len(report.failed) == 1 and report.files <= 1:
        raise UserError(report.failed[0])  # the one file asked for: one line says it all
    for failure in report.failed:
        click.echo(f"error: {failure}", err=True)
    done = [("added", report.added), ("replaced", report.replaced), ("unchanged", report.unchanged)]
    counts = ", ".join(
        f"{len(items)} {label}" for label, items in [*done, ("removed", report.removed)] if items
    )
    click.echo(
        f"Index {location}: {counts or 'nothing to do'} ({report.paragraphs} paragraphs read).", err=True
    )
    if report.failed:
        raise UserError(f"{len(report.failed)} file(s) had problems (above); the rest were indexed")


class _ProgressBar:
    """A Rich progress bar on stderr, shown only when stderr is a terminal."""

    def __enter__(self) -> _ProgressBar:
        self._bar: Any = None
        if sys.stderr.isatty():
            from rich.console import Console  # only on a terminal: piped runs never load Rich
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
        return self

    def start(self, total: int) -> None:
        if self._bar:
            self._task = self._bar.add_task("Indexing", total=total)

    def advance(self, label: str) -> None:
        if self._bar:
            self._bar.update(self._task, advance=1, description=f"Indexing {label}")

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@themes_option
@format_option()
def inspect(path: Path, themes: Path | None, fmt: str) -> None:
    """Show what the ingester sees in a file, before anything is indexed: the genre chosen
    and why, each numbering series, speakers, footnotes, what was left out, warnings.

    \b
    Examples:
      seminar-search inspect report.pdf
      seminar-search inspect evidence.txt --format json
    """
    from seminar_search.inspection import inspect_file  # parsing: kept off a search's start-up

    show(inspection_listing(inspect_file(path, load_themes(themes))), fmt)


@click.command()
@doc_option
@format_option(default="jsonl")
@index_option
def export(doc: str | None, fmt: str, index_dir: Path | None) -> None:
    """Every paragraph of every ingested document, for other tools.

    \b
    Examples:
      seminar-search export > paragraphs.jsonl
      seminar-search export --format csv --doc seminar-one > seminar-one.csv
    """
    with open_reader(index_dir) as reader:
        docs = matching_documents(reader, doc)
        paragraphs = [p for d in docs for p in reader.paragraphs(d)]
    show(export_listing(paragraphs, len(docs) > 1), fmt)


@click.command()
@format_option()
@index_option
def docs(fmt: str, index_dir: Path | None) -> None:
    """List the indexed documents with their metadata and paragraph counts.

    \b
    Examples:
      seminar-search docs
      seminar-search docs --format json
    """
    with open_reader(index_dir) as reader:
        listing = documents_listing(reader.documents(), reader.facet("doc"), reader.themes_origin())
    show(listing, fmt)


@click.command()
@doc_option
@format_option()
@index_option
def participants(doc: str | None, fmt: str, index_dir: Path | None) -> None:
    """List the people who took part: name, title, organisation and role.

    \b
    Examples:
      seminar-search participants
      seminar-search participants --format csv > people.csv
    """
    with open_reader(index_dir) as reader:
        wanted = set(matching_documents(reader, doc))
        documents = [d for d in reader.documents() if d.id in wanted]
    show(participants_listing(documents), fmt)


def _facet_command(name: str, field: str) -> click.Command:
    """A command listing the values of a field with how many paragraphs have each."""

    @click.command(
        name,
        help=f"List {name} with how many paragraphs each has.\n\n\b\n"
        f"Examples:\n  seminar-search {name}\n  seminar-search {name} --format json",
    )
    @format_option()
    @index_option
    def command(fmt: str, index_dir: Path | None) -> None:
        with open_reader(index_dir) as reader:
            counts = reader.facet(field)
        show(facet_listing(counts), fmt)

    return command


COMMANDS = [
    index_command,
    inspect,
    docs,
    export,
    participants,
    _facet_command("speakers", "speaker_exact"),
    _facet_command("themes", "themes"),
]
