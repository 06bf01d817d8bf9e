"""What every command shares: its options, opening the index, writing output, and errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from seminar_search.config import index_location
from seminar_search.index import IndexReader
from seminar_search.library import open_or_build
from seminar_search.output import FORMATS, Listing, Output, write

NO_RESULTS = 1  # like grep: 0 with results, 1 with none, 2 on errors


class UserError(click.ClickException):
    """A SeminarSearchError on its way out: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"seminar-search: {self.message}", err=True)


# One instance for every command's --index: each click.Path looks up its translated name on
# creation, which cost a start-up tenth of a millisecond per command.
INDEX_FOLDER = click.Path(file_okay=False, path_type=Path)
LEXICON_FILE = click.Path(dir_okay=False, path_type=Path)


def index_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--index",
        "index_dir",
        type=INDEX_FOLDER,
        help="Index folder (default: $SEMINAR_SEARCH_INDEX, else your data folder).",
    )(function)


def format_option(default: str = "text") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS, case_sensitive=False),
            default=default,
            show_default=True,
            help="Output format.",
        )(function)

    return decorate


def doc_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--doc", help="Only this document (its id, or part of it).")(function)


def series_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--series",
        help="Which numbering: paragraph, recommendation, response, question, turn, minute, recital, "
        "an annex's (annex-b) or block (unrecognised text); default: the main paragraphs, else any.",
    )(function)


def themes_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--themes", type=LEXICON_FILE, help="Your own theme lexicon file.")(function)


def open_reader(index_dir: Path | None) -> IndexReader:
    """The index to read (building the seed index first when there is none yet)."""
    return open_or_build(index_location(index_dir), lambda message: click.echo(message, err=True))


def show(listing: Listing, fmt: str) -> None:
    """Write a listing to stdout: styled on a terminal, plain when piped or NO_COLOR is set."""
    write(listing, fmt, Output.for_stdout())
