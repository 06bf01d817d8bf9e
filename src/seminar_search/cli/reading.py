"""Commands that search and read: search, show, cite, similar."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from seminar_search.cli.common import (
    NO_RESULTS,
    doc_option,
    format_option,
    index_option,
    open_reader,
    series_option,
    show,
)
from seminar_search.labels import find_paragraphs, names_a_unit, neighbours, parse_labels, series_named
from seminar_search.render import (
    citations_listing,
    hits_listing,
    paragraphs_listing,
    summary,
)
from seminar_search.search import search as run_search
from seminar_search.search import similar as find_similar


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--speaker", help="Only paragraphs by this speaker (a surname is enough).")
@click.option("--theme", help="Only paragraphs tagged with this theme.")
@doc_option
@click.option("--series", help="Only units of this numbering: recommendation, response, question, …")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Most hits to show.")
@click.option("--exact", is_flag=True, help="No spelling correction, no thesaurus expansion.")
@click.option("--explain", is_flag=True, help="Say what the search did, its weights included.")
@click.option(
    "--context", type=click.IntRange(min=0, max=5), default=0, help="Neighbouring paragraphs to show."
)
@format_option()
@index_option
def search(
    query: tuple[str, ...],
    speaker: str | None,
    theme: str | None,
    doc: str | None,
    series: str | None,
    limit: int,
    exact: bool,
    explain: bool,
    context: int,
    fmt: str,
    index_dir: Path | None,
) -> None:
    """Search paragraphs: ranked, with the matching words highlighted.

    Matches (the words as typed, or their stems) come first; then, unless --exact, paragraphs
    found only through the thesaurus, themes, headings, feedback or a spelling correction,
    marked "related".

    \b
    Query language:
      third sector            either word; paragraphs with more of them rank higher
      "social productivity"   an exact phrase
      silos AND targets       both (AND binds tighter than OR); silos OR targets: either
      localism NOT Whitehall  not Whitehall; also localism -Whitehall, or NOT Whitehall alone
      +localism leaders       localism required, leaders only ranks
      speaker:foster localism speaker:, doc:, theme:, series:, org: filter; section:, footnote: search
      innovat*  procurment~   wildcards; ~ for fuzzy spelling

    \b
    Examples:
      seminar-search search "third sector"
      seminar-search search --speaker bichard innovation
      seminar-search search "what the public wants from services" --limit 3
      seminar-search search org:LSIS --context 1
      seminar-search search localism --format json
    """
    with open_reader(index_dir) as reader:
        outcome = run_search(
            reader,
            " ".join(query),
            speaker=speaker,
            theme=theme,
            doc=doc,
            series=series,
            limit=limit,
            exact=exact,
        )
        show_doc = reader.document_count() > 1
        around = (
            {i: neighbours(reader, h.paragraph, context) for i, h in enumerate(outcome.hits)}
            if context
            else {}
        )
    if explain:
        for step in outcome.plan:
            click.echo(f"plan: {step}", err=True)
    if outcome.corrected:
        click.echo(f"Showing results for {outcome.corrected}", err=True)
    if outcome.hits or outcome.people or fmt == "json":
        show(hits_listing(outcome, show_doc, around, explain), fmt)
    if outcome.hits and fmt == "text":  # after the hits on a terminal; piped, apart from them
        click.echo(summary(outcome), err=not sys.stdout.isatty())
    label = outcome.query.strip()
    shown = f"To show the unit labelled so: seminar-search show {label}"
    if outcome.hits and label.startswith("¶") and names_a_unit(label):  # "¶50" copied from a result
        click.echo(f"{label} names a paragraph; these results only hold its number. {shown}", err=True)
    if not outcome.hits and not outcome.people:
        hint = f" Did you mean {outcome.suggestion}?" if outcome.suggestion else ""
        hint = f" {shown}" if names_a_unit(outcome.query) else hint  # "Q12": no word to find, a unit
        click.echo(f"No results for {outcome.query!r}.{hint}", err=True)
        sys.exit(NO_RESULTS)


@click.command("show")
@click.argument("labels")
@doc_option
@series_option
@click.option(
    "--context", type=click.IntRange(min=0, max=20), default=0, help="Neighbouring paragraphs to add."
)
@format_option()
@index_option
def show_command(
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
      seminar-search show a-c --series recommendation --doc audit
      seminar-search show ICB/24/061 --doc minutes
      seminar-search show "Recommendation 2" --doc hc802
      seminar-search show "before 1" --doc keynote
    """
    labels, series = series_named(labels, series)
    wanted = parse_labels(labels)
    with open_reader(index_dir) as reader:
        shown, missing = find_paragraphs(reader, wanted, doc, context, series)
        show_doc = reader.document_count() > 1
    show(paragraphs_listing(shown, show_doc), fmt)
    _say_missing(missing, series)


@click.command()
@click.argument("labels")
@doc_option
@series_option
@format_option()
@index_option
def cite(labels: str, doc: str | None, series: str | None, fmt: str, index_dir: Path | None) -> None:
    """Print a citation to paste: the report as it names itself, and the paragraph.

    \b
    Examples:
      seminar-search cite 31
      seminar-search cite 17-19 --format markdown
      seminar-search cite 12 --series annex-b
      seminar-search cite "response 3" --doc hc802
    """
    labels, series = series_named(labels, series)
    wanted = parse_labels(labels)
    with open_reader(index_dir) as reader:
        shown, missing = find_paragraphs(reader, wanted, doc, series=series)
        paragraphs = [p for p, _asked in shown]
        documents = {d: reader.document(d) for d in {p.doc for p in paragraphs}}
    show(citations_listing(paragraphs, documents), fmt)
    _say_missing(missing, series)


def _say_missing(labels: list[str], series: str | None) -> None:
    """Warn of the labels asked for that no unit has (others were shown)."""
    if labels:
        what = f"{series or 'paragraph'}{'s' if len(labels) > 1 else ''}"
        click.echo(f"warning: no {what} {_ranges(labels)} (shown: the rest)", err=True)


def _ranges(labels: list[str]) -> str:
    """'53–60' for a run of labels counting up, else the labels listed."""
    if len(labels) > 2 and all(label.isdigit() for label in labels):
        numbers = [int(label) for label in labels]
        if numbers == list(range(numbers[0], numbers[-1] + 1)):
            return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(labels)


@click.command()
@click.argument("label")
@click.option("--doc", help="Only paragraphs of this document (its id, or part of it).")
@click.option("--from-doc", help="The document the paragraph LABEL is in, where several have it.")
@click.option(
    "--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Most paragraphs to show."
)
@format_option()
@index_option
def similar(
    label: str, doc: str | None, from_doc: str | None, limit: int, fmt: str, index_dir: Path | None
) -> None:
    """Paragraphs most like a given one, across all documents, the words they share highlighted.

    \b
    Examples:
      seminar-search similar 50
      seminar-search similar 17 --limit 3 --format json
      seminar-search similar 48 --from-doc seminar --doc hc802
    """
    with open_reader(index_dir) as reader:
        outcome = find_similar(reader, label, from_doc=from_doc, doc=doc, limit=limit)
        show_doc = reader.document_count() > 1
    show(hits_listing(outcome, show_doc), fmt)
    if not outcome.hits:
        click.echo(f"No paragraph is like ¶{label}{' in ' + doc if doc else ''}.", err=True)
        sys.exit(NO_RESULTS)


COMMANDS = [search, show_command, cite, similar]
