"""Commands for research across what was said: quotes, verify, people, matrix."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from seminar_search.cli.common import NO_RESULTS, doc_option, format_option, index_option, open_reader, show
from seminar_search.filters import matching_documents
from seminar_search.listings import matrix_listing, people_listing, quotes_listing, verification_listing
from seminar_search.research import matrix as build_matrix
from seminar_search.research import people as find_people
from seminar_search.research import verify as find_source

MIN_SIMILARITY = 0.5  # a nearest passage less alike than this is no source


@click.command()
@click.argument("query", nargs=-1)
@doc_option
@format_option()
@index_option
def quotes(query: tuple[str, ...], doc: str | None, fmt: str, index_dir: Path | None) -> None:
    """List the quoted remarks in the reports, with paragraph and speaker; a query narrows them.

    \b
    Examples:
      seminar-search quotes
      seminar-search quotes accountability
    """
    with open_reader(index_dir) as reader:
        docs = set(matching_documents(reader, doc))
        found = [(p, q, reader.document(p.doc)) for p, q in reader.quoted(" ".join(query)) if p.doc in docs]
    show(quotes_listing(found), fmt)
    if not found:
        click.echo(f"No quotations match {' '.join(query)!r}.", err=True)
        sys.exit(NO_RESULTS)


@click.command()
@click.argument("quotation", nargs=-1, required=True)
@format_option()
@index_option
def verify(quotation: tuple[str, ...], fmt: str, index_dir: Path | None) -> None:
    """Find the paragraph a quotation comes from, exactly or the nearest passage, and show the
    differences ([-report's words-] {+quotation's words+}).

    \b
    Examples:
      seminar-search verify "organisations don't need therapy, they need leadership"
      seminar-search verify "breathing life into accountability locally" --format json
    """
    text = " ".join(quotation)
    with open_reader(index_dir) as reader:
        found = find_source(reader, text)
        document = reader.document(found.paragraph.doc) if found else None
    if found is None or document is None or found.similarity < MIN_SIMILARITY:
        click.echo(f"No paragraph resembles {text!r}.", err=True)
        sys.exit(NO_RESULTS)
    show(verification_listing(text, found, document), fmt)


@click.command()
@click.argument("name", nargs=-1)
@format_option()
@index_option
def people(name: tuple[str, ...], fmt: str, index_dir: Path | None) -> None:
    """People who took part or are named: organisation, role, and the paragraphs that are theirs
    or name them.

    \b
    Examples:
      seminar-search people
      seminar-search people bichard --format json
    """
    with open_reader(index_dir) as reader:
        found = find_people(reader, " ".join(name))
    if not found:
        click.echo(f"No one is named {' '.join(name)!r}.", err=True)
        sys.exit(NO_RESULTS)
    show(people_listing(found), fmt)


@click.command()
@doc_option
@click.option("--theme", help="Only themes whose name holds this.")
@format_option()
@index_option
def matrix(doc: str | None, theme: str | None, fmt: str, index_dir: Path | None) -> None:
    """Who spoke about what: paragraph numbers by theme and speaker.

    \b
    Examples:
      seminar-search matrix
      seminar-search matrix --theme sector --format json
    """
    with open_reader(index_dir) as reader:
        docs: list[str | None] = list(matching_documents(reader, doc)) if doc else [None]
        tables = [build_matrix(reader, d, theme) for d in docs]
    if not any(table.themes for table in tables):
        click.echo(f"No theme{' holding ' + repr(theme) if theme else ''} has paragraphs to show.", err=True)
        sys.exit(NO_RESULTS)
    show(matrix_listing(tables), fmt)


COMMANDS = [quotes, verify, people, matrix]
