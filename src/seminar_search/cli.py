"""The command line: parse options, call the core, hand results to render.

Exit status: 0 with results, 1 with none (like grep), 2 on errors.
"""

from __future__ import annotations

import gc

# Start-up creates tens of thousands of long-lived objects (modules, classes, functions) and
# almost no garbage: the collector's passes over them were a twentieth of a search. Collect
# far less often; garbage still gets collected.
gc.set_threshold(100_000, 50, 50)

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from seminar_search import __version__
from seminar_search.config import bundled_seeds, index_location
from seminar_search.errors import SeminarSearchError

NO_RESULTS = 1
LISTING_FORMATS = ("text", "json", "jsonl", "csv", "markdown")  # what every listing can be written as
MIN_SIMILARITY = 0.5  # a nearest passage less alike than this is no source


class UserError(click.ClickException):
    """A SeminarSearchError on its way out: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"seminar-search: {self.message}", err=True)


class DefaultSearchGroup(click.Group):
    """A group whose unknown first word is a query: `seminar-search "third sector"` searches."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["search", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SeminarSearchError as error:
            raise UserError(str(error)) from None
        except KeyboardInterrupt:
            click.echo("seminar-search: interrupted", err=True)
            ctx.exit(130)


# One instance for every command's --index: each click.Path looks up its translated name on
# creation, which cost a start-up tenth of a millisecond per command.
INDEX_FOLDER = click.Path(file_okay=False, path_type=Path)


def index_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--index",
        "index_dir",
        type=INDEX_FOLDER,
        help="Index folder (default: $SEMINAR_SEARCH_INDEX, else your data folder).",
    )(function)


def format_option(*choices: str, default: str = "text") -> Callable[..., Any]:
    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices, case_sensitive=False),
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
        help="Which numbering: paragraph, recommendation, response, question, an annex's "
        "(annex-b) or block (unrecognised text); default: the main paragraphs, else any.",
    )(function)


def _reader(index_dir: Path | None) -> Any:
    from seminar_search.library import open_index

    return open_index(index_location(index_dir), lambda message: click.echo(message, err=True))


def _output() -> Any:
    from seminar_search.render import Output

    return Output.for_stdout()


@click.group(cls=DefaultSearchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="seminar-search")
def cli() -> None:
    """Search policy seminar reports and cite what was said, by paragraph number.

    \b
    Examples:
      seminar-search "third sector"
      seminar-search search --speaker bichard innovation
      seminar-search show 17
      seminar-search cite 31 --format markdown
      seminar-search index my-reports/

    A query given without a command is searched for. With no index yet, the first search
    builds one from the bundled seed report.
    """


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--speaker", help="Only paragraphs by this speaker (a surname is enough).")
@click.option("--theme", help="Only paragraphs tagged with this theme.")
@doc_option
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most hits to show.")
@click.option("--exact", is_flag=True, help="No spelling correction, no thesaurus expansion.")
@click.option("--explain", is_flag=True, help="Print the query as the index understood it.")
@click.option(
    "--context", type=click.IntRange(min=0, max=5), default=0, help="Neighbouring paragraphs to show."
)
@format_option(*LISTING_FORMATS)
@index_option
def search(
    query: tuple[str, ...],
    speaker: str | None,
    theme: str | None,
    doc: str | None,
    limit: int,
    exact: bool,
    explain: bool,
    context: int,
    fmt: str,
    index_dir: Path | None,
) -> None:
    """Search paragraphs: ranked, with the matching words highlighted.

    \b
    Query language:
      third sector            paragraphs with more of the words rank higher
      "social productivity"   an exact phrase
      silos AND targets       both; also OR, NOT, and (parentheses)
      speaker:foster localism speaker:, doc:, theme:, org: filter; section:, footnote: search
      innovat*  procurment~   wildcards; ~ for fuzzy spelling

    \b
    Examples:
      seminar-search search "third sector"
      seminar-search search --speaker bichard innovation
      seminar-search search "what the public wants from services" --limit 3
      seminar-search search org:LSIS --context 1
      seminar-search search localism --format json
    """
    from seminar_search.lexicon import load_thesaurus
    from seminar_search.render import render_search
    from seminar_search.search import SearchRequest, neighbours
    from seminar_search.search import search as run_search

    request = SearchRequest(" ".join(query), speaker, theme, doc, limit, exact)
    with _reader(index_dir) as reader:
        outcome = run_search(reader, request, [] if exact else load_thesaurus())
        show_doc = len(reader.facet("doc")) > 1
        around = (
            {i: neighbours(reader, h.paragraph, context) for i, h in enumerate(outcome.hits)}
            if context
            else {}
        )
    if explain:
        click.echo(f"query: {outcome.parsed}", err=True)
    if outcome.corrected:
        click.echo(f"Showing results for {outcome.corrected}", err=True)
    if outcome.hits or fmt == "json":
        render_search(outcome, fmt.lower(), _output(), show_doc, around)
    if not outcome.hits:
        hint = f" Did you mean {outcome.suggestion}?" if outcome.suggestion else ""
        click.echo(f"No results for {outcome.query!r}.{hint}", err=True)
        sys.exit(NO_RESULTS)


@cli.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Build from scratch in a new folder and swap it in.")
@click.option("--prune", is_flag=True, help="Drop documents whose source file is gone.")
@click.option(
    "--themes", type=click.Path(dir_okay=False, path_type=Path), help="Your own theme lexicon file."
)
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
    from seminar_search.library import index_paths

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
    counts = ", ".join(
        f"{len(items)} {label}"
        for label, items in (
            ("added", report.added),
            ("replaced", report.replaced),
            ("unchanged", report.unchanged),
            ("removed", report.removed),
        )
        if items
    )
    click.echo(
        f"Index {location}: {counts or 'nothing to do'} ({report.paragraphs} paragraphs read).", err=True
    )
    if report.failed:
        raise UserError(f"{len(report.failed)} file(s) had problems (above); the rest were indexed")


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--themes", type=click.Path(dir_okay=False, path_type=Path), help="Your own theme lexicon file."
)
@format_option("text", "json")
def inspect(path: Path, themes: Path | None, fmt: str) -> None:
    """Show what the ingester sees in a file, before anything is indexed: the genre chosen
    and why, each numbering series, speakers, footnotes, what was left out, warnings.

    \b
    Examples:
      seminar-search inspect report.pdf
      seminar-search inspect evidence.txt --format json
    """
    from seminar_search.inspection import inspect_file
    from seminar_search.lexicon import load_themes
    from seminar_search.render import render_inspection

    render_inspection(inspect_file(path, load_themes(themes)), fmt.lower(), _output())


class _ProgressBar:
    """A Rich progress bar on stderr, shown only when stderr is a terminal."""

    def __enter__(self) -> _ProgressBar:
        self._bar: Any = None
        if sys.stderr.isatty():
            from rich.console import Console
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


@cli.command()
@click.argument("labels")
@doc_option
@series_option
@click.option(
    "--context", type=click.IntRange(min=0, max=20), default=0, help="Neighbouring paragraphs to add."
)
@format_option(*LISTING_FORMATS)
@index_option
def show(
    labels: str, doc: str | None, series: str | None, context: int, fmt: str, index_dir: Path | None
) -> None:
    """Print whole paragraphs with speaker, section, page and footnotes.

    \b
    Examples:
      seminar-search show 17
      seminar-search show 17-19 --context 1
      seminar-search show 3,50 --format json
      seminar-search show 3 --series recommendation --doc hc179
      seminar-search show 4.23
      seminar-search show Q183 --doc hc245
    """
    from seminar_search.render import render_paragraphs
    from seminar_search.search import find_paragraphs, parse_labels

    wanted = parse_labels(labels)
    with _reader(index_dir) as reader:
        shown = find_paragraphs(reader, wanted, doc, context, series)
        show_doc = len(reader.facet("doc")) > 1
    render_paragraphs(shown, fmt.lower(), _output(), show_doc)


@cli.command()
@click.argument("labels")
@doc_option
@series_option
@format_option("text", "markdown", "json")
@index_option
def cite(labels: str, doc: str | None, series: str | None, fmt: str, index_dir: Path | None) -> None:
    """Print a citation to paste: the report as it names itself, and the paragraph.

    \b
    Examples:
      seminar-search cite 31
      seminar-search cite 17-19 --format markdown
      seminar-search cite 12 --series annex-b
    """
    import json

    from seminar_search.cite import citation
    from seminar_search.search import find_paragraphs, parse_labels

    wanted = parse_labels(labels)
    with _reader(index_dir) as reader:
        paragraphs = [p for p, _ in find_paragraphs(reader, wanted, doc, series=series)]
        documents = {d: reader.document(d) for d in {p.doc for p in paragraphs}}
    if fmt == "json":
        records = [
            {
                "doc": p.doc,
                "series": p.series,
                "label": p.label,
                "number": p.number,
                "citation": citation(documents[p.doc], p),
            }
            for p in paragraphs
        ]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    citations = [citation(documents[p.doc], p, markdown=fmt == "markdown") for p in paragraphs]
    for line in dict.fromkeys(citations):  # a question and its answers cite alike
        click.echo(line)


@cli.command()
@doc_option
@format_option("jsonl", "json", "csv", default="jsonl")
@index_option
def export(doc: str | None, fmt: str, index_dir: Path | None) -> None:
    """Every paragraph of every ingested document, for other tools.

    \b
    Examples:
      seminar-search export > paragraphs.jsonl
      seminar-search export --format csv --doc seminar-one > seminar-one.csv
    """
    from seminar_search.render import paragraph_record, render_records
    from seminar_search.search import SearchRequest, resolve_filters

    with _reader(index_dir) as reader:
        wanted: list[str | None] = [None]
        if doc:
            wanted = list(resolve_filters(reader, SearchRequest("", doc=doc))["doc"])
        paragraphs = [p for d in wanted for p in reader.paragraphs(d)]
    columns = [
        "doc",
        "series",
        "label",
        "number",
        "speaker",
        "section",
        "themes",
        "page",
        "text",
        "footnotes",
    ]
    render_records([paragraph_record(p) for p in paragraphs], fmt.lower(), _output(), columns)


@cli.command()
@format_option(*LISTING_FORMATS)
@index_option
def docs(fmt: str, index_dir: Path | None) -> None:
    """List the indexed documents with their metadata and paragraph counts.

    \b
    Examples:
      seminar-search docs
      seminar-search docs --format json
    """
    from seminar_search.render import document_record, render_records

    with _reader(index_dir) as reader:
        counts = reader.facet("doc")
        themes = reader.info.get("themes", "bundled")
        records = [document_record(d, counts[d.id], themes) for d in reader.documents()]
    columns = None if fmt != "text" else ["id", "title", "date", "paragraphs", "source"]
    render_records(records, fmt.lower(), _output(), columns)


@cli.command()
@doc_option
@format_option(*LISTING_FORMATS)
@index_option
def participants(doc: str | None, fmt: str, index_dir: Path | None) -> None:
    """List the people who took part: name, title, organisation and role.

    \b
    Examples:
      seminar-search participants
      seminar-search participants --format csv > people.csv
    """
    from dataclasses import asdict

    from seminar_search.render import render_records

    with _reader(index_dir) as reader:
        documents = reader.documents()
    wanted = doc.casefold() if doc else ""
    records = [
        {**asdict(person), **({"doc": d.id} if len(documents) > 1 else {})}
        for d in documents
        if wanted in d.id.casefold()
        for person in d.participants
    ]
    render_records(
        records, fmt.lower(), _output(), ["name", "title", "organisation", "role"] if fmt == "text" else None
    )


def _facet_command(name: str, field: str, label: str, example: str) -> None:
    @cli.command(
        name,
        help=f"List {label} with how many paragraphs each has.\n\n\b\n"
        f"Examples:\n  {example}\n  {example} --format json",
    )
    @format_option(*LISTING_FORMATS)
    @index_option
    def command(fmt: str, index_dir: Path | None) -> None:
        from seminar_search.render import render_records

        with _reader(index_dir) as reader:
            counts = reader.facet(field)
        records = [
            {"name": value, "paragraphs": n}
            for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        render_records(records, fmt.lower(), _output())


_facet_command("speakers", "speaker_exact", "speakers", "seminar-search speakers")
_facet_command("themes", "themes", "themes", "seminar-search themes")


@cli.command()
@click.argument("label")
@doc_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Most paragraphs to show."
)
@format_option(*LISTING_FORMATS)
@index_option
def similar(label: str, doc: str | None, limit: int, fmt: str, index_dir: Path | None) -> None:
    """Paragraphs most like a given one, across all documents, the words they share highlighted.

    \b
    Examples:
      seminar-search similar 50
      seminar-search similar 17 --limit 3 --format json
    """
    from seminar_search.render import render_search
    from seminar_search.search import similar as find_similar

    with _reader(index_dir) as reader:
        outcome = find_similar(reader, label, doc, limit)
        show_doc = len(reader.facet("doc")) > 1
    render_search(outcome, fmt.lower(), _output(), show_doc)
    if not outcome.hits:
        sys.exit(NO_RESULTS)


@cli.command()
@click.argument("query", nargs=-1)
@doc_option
@format_option(*LISTING_FORMATS)
@index_option
def quotes(query: tuple[str, ...], doc: str | None, fmt: str, index_dir: Path | None) -> None:
    """List the quoted remarks in the reports, with paragraph and speaker; a query narrows them.

    \b
    Examples:
      seminar-search quotes
      seminar-search quotes accountability
    """
    from seminar_search.render import render_quotes

    with _reader(index_dir) as reader:
        found = [
            (p, q, reader.document(p.doc))
            for p, q in reader.quoted(" ".join(query))
            if not doc or doc.casefold() in p.doc.casefold()
        ]
    render_quotes(found, fmt.lower(), _output())
    if not found:
        click.echo(f"No quotations match {' '.join(query)!r}.", err=True)
        sys.exit(NO_RESULTS)


@cli.command()
@click.argument("quotation", nargs=-1, required=True)
@format_option("text", "json")
@index_option
def verify(quotation: tuple[str, ...], fmt: str, index_dir: Path | None) -> None:
    """Find the paragraph a quotation comes from, exactly or the nearest passage, and show the
    differences ([-report's words-] {+quotation's words+}).

    \b
    Examples:
      seminar-search verify "organisations don't need therapy, they need leadership"
      seminar-search verify "breathing life into accountability locally" --format json
    """
    from seminar_search.render import render_verification
    from seminar_search.research import verify as find_source

    text = " ".join(quotation)
    with _reader(index_dir) as reader:
        found = find_source(reader, text)
        document = reader.document(found.paragraph.doc) if found else None
    if found is None or document is None or found.similarity < MIN_SIMILARITY:
        click.echo(f"No paragraph resembles {text!r}.", err=True)
        sys.exit(NO_RESULTS)
    render_verification(text, found, document, fmt.lower(), _output())


@cli.command()
@click.argument("name", nargs=-1)
@format_option(*LISTING_FORMATS)
@index_option
def people(name: tuple[str, ...], fmt: str, index_dir: Path | None) -> None:
    """People who took part or are named: organisation, role, and the paragraphs that are theirs
    or name them.

    \b
    Examples:
      seminar-search people
      seminar-search people bichard --format json
    """
    from dataclasses import asdict

    from seminar_search.render import render_records
    from seminar_search.research import people as find_people

    with _reader(index_dir) as reader:
        found = find_people(reader, " ".join(name))
    columns = ["name", "organisation", "role", "spoke", "named_in"] if fmt == "text" else None
    render_records([asdict(p) for p in found], fmt.lower(), _output(), columns)
    if not found:
        sys.exit(NO_RESULTS)


@cli.command()
@doc_option
@click.option("--theme", help="Only themes whose name holds this.")
@format_option("text", "json", "markdown")
@index_option
def matrix(doc: str | None, theme: str | None, fmt: str, index_dir: Path | None) -> None:
    """Who spoke about what: paragraph numbers by theme and speaker.

    \b
    Examples:
      seminar-search matrix
      seminar-search matrix --theme sector --format json
    """
    from seminar_search.render import render_matrix
    from seminar_search.research import matrix as build_matrix
    from seminar_search.search import SearchRequest, resolve_filters

    with _reader(index_dir) as reader:
        docs = resolve_filters(reader, SearchRequest("", doc=doc))["doc"] if doc else [None]
        tables = [build_matrix(reader, d, theme) for d in docs]
    for table in tables:
        render_matrix(table, fmt.lower(), _output())


def main() -> None:
    """Run the CLI, then leave without the interpreter's teardown.

    By then output is flushed and the index was only read or is already committed; tearing
    down Whoosh's modules and objects would add a sixth to the time of a search.
    """
    try:
        cli(prog_name="seminar-search")
        code = 0
    except SystemExit as leaving:
        code = leaving.code if isinstance(leaving.code, int) else int(leaving.code is not None)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        code = code or 0
    os._exit(code)
