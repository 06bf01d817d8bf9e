"""Every command through Click's CliRunner: formats, exit statuses and help."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from helpers import SEED, run

from seminar_search.cli import cli

COMMANDS = [
    "search",
    "index",
    "show",
    "cite",
    "export",
    "docs",
    "participants",
    "speakers",
    "themes",
    "similar",
    "quotes",
    "verify",
    "people",
    "matrix",
    "inspect",
    "serve",
]


def test_the_command_list_is_every_command_each_loaded_from_its_module() -> None:
    from seminar_search.cli import archive, reading, research, web

    context = click.Context(cli)
    assert cli.list_commands(context) == sorted(COMMANDS)
    assert [cli.get_command(context, name).name for name in COMMANDS] == COMMANDS
    assert sorted(c.name for module in (reading, archive, research, web) for c in module.COMMANDS) == sorted(
        COMMANDS
    )


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help_with_examples(command: str | None) -> None:
    code, out, _ = run(*([command] if command else []), "--help")
    assert code == 0
    assert "Examples:" in out and "seminar-search" in out


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("seminar-search, version ")


def test_first_search_builds_the_index_from_the_bundled_seeds(private_index: Path) -> None:
    code, out, err = run("third sector")
    assert code == 0
    assert "building one from the bundled seed report" in err
    assert out.splitlines()[0].startswith(("¶50", "¶51", "¶13"))
    assert (private_index / "current").is_symlink()


def test_options_typed_before_the_command_go_to_it(seed_index: Path) -> None:
    assert run("--format", "json", "show", "16") == run("show", "--format", "json", "16")
    code, out, _ = run("--limit", "1", "--format", "json", "third", "sector")
    assert code == 0 and len(json.loads(out)["hits"]) == 1
    code, _out, err = run("--limit", "1", "show", "16")  # an option show does not have
    assert code == 2 and "No such option '--limit'" in err and "show --help" in err


def test_search_text_output_is_plain_when_not_a_terminal(seed_index: Path) -> None:
    code, out, _ = run("search", "third sector", "--limit", "2")
    assert code == 0
    assert "\x1b[" not in out
    assert out.split("  ")[0] in ("¶50", "¶51", "¶13") and "\n     " in out


def test_search_json_shape(seed_index: Path) -> None:
    code, out, _ = run("search", "silos", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"query", "total", "hits"} and data["query"] == "silos"
    hit = data["hits"][0]
    assert set(hit) >= {
        "doc",
        "number",
        "score",
        "speaker",
        "section",
        "themes",
        "page",
        "text",
        "snippet",
        "highlights",
        "citation",
    }
    assert any(hit["snippet"][a:b].lower().startswith("silo") for a, b in hit["highlights"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "markdown"])
def test_search_other_formats(seed_index: Path, fmt: str) -> None:
    code, out, _ = run("search", "procurement", "--format", fmt, "--limit", "3")
    assert code == 0
    if fmt == "jsonl":
        assert next(json.loads(line)["number"] for line in out.splitlines()) == 7
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["number"] == "7" and "para. 7" in rows[0]["citation"]
    else:
        assert out.startswith("## Results for “procurement”")
        assert "**procurement**" in out and "*Changing public services" in out


def test_no_results_exits_1_with_a_suggestion(seed_index: Path) -> None:
    code, out, err = run("search", "procurmentt", "--exact")
    assert code == 1 and out == ""
    assert "No results for 'procurmentt'. Did you mean procurement?" in err


@pytest.mark.parametrize("label", ["Q12", "4.23", "¶99"])
def test_a_search_for_a_label_says_how_to_show_its_unit(seed_index: Path, label: str) -> None:
    """A unit's label holds no word to find: the line saying nothing was found says how to
    show the unit so labelled, not a word one edit away ("Did you mean 12?")."""
    code, out, err = run("search", label)
    assert code == 1 and out == ""
    assert (
        err.strip() == f"No results for {label!r}. To show the unit labelled so: seminar-search show {label}"
    )


def test_a_search_for_a_pilcrowed_number_a_text_holds_says_how_to_show_its_unit(seed_index: Path) -> None:
    """ "¶2020" is written as a paragraph's label, however many texts hold the number ("the
    Commission on 2020 Public Services"): the results say so and how to show the paragraph
    (they had been shown as if the number were what was wanted)."""
    code, out, err = run("search", "¶2020")
    assert code == 0 and "2020" in out
    assert "¶2020 names a paragraph; these results only hold its number." in err
    assert "seminar-search show ¶2020" in err


def test_misspelling_is_corrected_and_said(seed_index: Path) -> None:
    code, out, err = run("leadrship", "--limit", "1")
    assert code == 0 and "Showing results for leadership" in err
    assert "related (spelling)" in out.splitlines()[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "silos AND"], "AND needs something to search on each side"),
        (["search", "(silos"], "a '(' in the query is never closed"),
        (["search", "   "], "the query is empty"),
        (["search", "x" * 3000], "characters long"),
        (["search", "innovation", "--speaker", "nobody"], "no speaker matches 'nobody'"),
        (["show", "999"], "no paragraph 999"),
        (["show", "abc"], "not a paragraph label"),
        (["cite", "0"], "no paragraph 0"),
    ],
)
def test_errors_are_one_line_with_status_2(seed_index: Path, args: list[str], message: str) -> None:
    code, _out, err = run(*args)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_limit_must_be_positive(seed_index: Path) -> None:
    code, _, err = run("search", "silos", "--limit", "0")
    assert code == 2 and "--limit" in err


def test_explain_prints_the_parsed_query(seed_index: Path) -> None:
    code, _, err = run("search", "localism", "--explain")
    assert code == 0 and "text:local" in err and "section:local" in err


def test_show_prints_whole_paragraphs_with_footnotes(seed_index: Path) -> None:
    code, out, _ = run("show", "16")
    assert code == 0
    assert out.startswith("¶16  Sir Andrew Foster · p. 3\n")
    assert "[1] Available here" in out


def test_show_range_with_context_and_json(seed_index: Path) -> None:
    code, out, _ = run("show", "18-19", "--context", "1", "--format", "json")
    records = json.loads(out)
    assert code == 0
    assert [(r["number"], r["context"]) for r in records] == [
        (17, True),
        (18, False),
        (19, False),
        (20, True),
    ]


def test_cite_formats(seed_index: Path) -> None:
    expected = (
        "LSIS, Changing public services – Changing professional practices, Policy Seminar One: "
        "Understanding the direction of change (18 May 2010), para. 31"
    )
    assert run("cite", "31") == (0, expected + "\n", "")
    _code, out, _ = run("cite", "31", "--format", "markdown")
    assert out.startswith("LSIS, *Changing public services")
    _code, out, _ = run("cite", "31", "--format", "json")
    assert json.loads(out) == [
        {
            "doc": "policy-seminar-one-2010-05-18",
            "series": "paragraph",
            "label": "31",
            "number": 31,
            "citation": expected,
        }
    ]


def test_export_jsonl_has_every_paragraph(seed_index: Path) -> None:
    code, out, _ = run("export")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 52
    assert set(records[0]) == {
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
        "mentions",
    }
    assert records[2]["mentions"] == ["Polly Toynbee", "Lord Michael Bichard", "Sir Andrew Foster"]
    assert {r["series"] for r in records} == {"paragraph"}
    assert records[15]["footnotes"][0]["mark"] == "1"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_other_formats(seed_index: Path, fmt: str) -> None:
    code, out, _ = run("export", "--format", fmt)
    count = len(json.loads(out)) if fmt == "json" else len(list(csv.DictReader(io.StringIO(out))))
    assert (code, count) == (0, 52)


def test_docs_and_participants(seed_index: Path) -> None:
    code, out, _ = run("docs", "--format", "json")
    (doc,) = json.loads(out)
    assert code == 0 and doc["paragraphs"] == 52 and doc["date"] == "2010-05-18"
    assert set(doc) == {
        "id",
        "title",
        "event",
        "subtitle",
        "date",
        "author",
        "source",
        "paragraphs",
        "themes",
    }
    code, out, _ = run("participants", "--format", "json")
    people = json.loads(out)
    assert code == 0 and len(people) == 32 and set(people[0]) == {"name", "title", "organisation", "role"}
    code, out, _ = run("docs")
    assert code == 0 and "policy-seminar-one-2010-05-18" in out


def test_speakers_and_themes_facets(seed_index: Path) -> None:
    code, out, _ = run("speakers", "--format", "json")
    assert code == 0
    assert {r["name"]: r["paragraphs"] for r in json.loads(out)} == {
        "Discussion": 29,
        "Lord Michael Bichard": 10,
        "Sir Andrew Foster": 10,
        "Introduction": 3,
    }
    code, out, _ = run("themes", "--format", "json")
    themes = {r["name"]: r["paragraphs"] for r in json.loads(out)}
    assert themes["The third Sector"] == 3 and themes["Third sector"] >= 4


def test_index_command_is_incremental(tmp_path: Path, private_index: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(SEED.read_bytes())
    code, _, err = run("index", str(report))
    assert code == 0 and "1 added" in err
    code, _, err = run("index", str(report))
    assert code == 0 and "1 unchanged" in err
    report.write_text(SEED.read_text(encoding="utf-8").replace("Sure Start", "Sure Begin"), encoding="utf-8")
    code, _, err = run("index", str(report))
    assert code == 0 and "1 replaced" in err
    assert run("search", "Sure Begin", "--exact")[0] == 0
    report.unlink()
    code, _, err = run("index", "--prune", str(SEED))
    assert code == 0 and "1 removed" not in err  # the same document, now from SEED: replaced
    code, out, _ = run("docs", "--format", "json")
    assert [d["source"] for d in json.loads(out)] == [str(SEED)]


def test_prune_drops_the_documents_whose_files_are_gone(tmp_path: Path, private_index: Path) -> None:
    from seminar_search.synthetic import write_archive

    other = write_archive(tmp_path / "archive", 10)[0]
    report = tmp_path / "report.txt"
    report.write_bytes(SEED.read_bytes())
    assert run("index", str(report), str(other))[0] == 0
    report.unlink()
    code, _, err = run("index", "--prune", str(other))
    assert code == 0 and "1 removed" in err and "1 unchanged" in err
    code, out, _ = run("docs", "--format", "json")
    assert [d["source"] for d in json.loads(out)] == [str(other)]
    assert run("search", "Sure Start", "--exact")[0] == 1


def test_index_reports_failed_files_and_indexes_the_rest(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    code, _, err = run("index", str(tmp_path))
    assert code == 2
    assert f"error: {tmp_path / 'empty.txt'}: the file is empty" in err
    assert "1 file(s) had problems (above); the rest were indexed" in err
    assert run("search", "silos")[0] == 0


def test_index_rebuild_swaps_in_a_new_generation(seed_index: Path) -> None:
    before = (seed_index / "current").resolve()
    code, _, _ = run("index", "--rebuild")
    after = (seed_index / "current").resolve()
    assert code == 0 and before != after and not before.exists()
    assert [p.name for p in seed_index.iterdir() if p.name.startswith("gen-")] == [after.name]


def test_field_clauses_filter_like_the_options(seed_index: Path) -> None:
    code, out, _ = run("search", "speaker:foster localism", "--format", "json")
    numbers = [h["number"] for h in json.loads(out)["hits"]]
    assert code == 0 and numbers[0] == 17 and set(numbers) <= set(range(14, 24))
    code, out, _ = run("search", 'speaker:"andrew foster"', "--limit", "50", "--format", "json")
    assert [h["number"] for h in json.loads(out)["hits"]] == list(range(14, 24))


def test_styled_output_colours_the_matched_words(seed_index: Path) -> None:
    from seminar_search.index import IndexReader
    from seminar_search.output import Output, write
    from seminar_search.render import hits_listing
    from seminar_search.search import search

    with IndexReader(seed_index) as reader:
        outcome = search(reader, "Sure Start", limit=1, thesaurus=[])
    stream = io.StringIO()
    write(hits_listing(outcome, show_doc=False), "text", Output(stream, styled=True, width=100))
    rendered = stream.getvalue()
    assert "\x1b[" in rendered
    assert "\x1b[1;33mSure\x1b[0m" in rendered
    assert "¶33" in rendered


def test_no_color_gives_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from seminar_search.output import Output

    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert Output.for_stdout().styled is False


def test_python_dash_m_runs_the_cli(seed_index: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "seminar_search", "cite", "3"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.rstrip().endswith("para. 3")


LISTINGS = {
    "show": ["show", "17"],
    "docs": ["docs"],
    "participants": ["participants"],
    "speakers": ["speakers"],
    "themes": ["themes"],
    "people": ["people", "bichard"],
    "quotes": ["quotes", "leadership"],
}


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "markdown"])
@pytest.mark.parametrize("command", sorted(LISTINGS))
def test_every_listing_in_every_format(seed_index: Path, command: str, fmt: str) -> None:
    code, out, err = run(*LISTINGS[command], "--format", fmt)
    assert code == 0, err
    assert out.strip()
    if fmt == "json":
        assert isinstance(json.loads(out), list)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "csv":
        assert list(csv.DictReader(io.StringIO(out)))
    elif fmt == "markdown":
        assert out.lstrip().startswith(("|", "**¶"))


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_matrix_and_verify_formats(seed_index: Path, fmt: str) -> None:
    assert run("matrix", "--format", fmt)[0] == 0
    if fmt != "markdown":
        assert run("verify", "breathing life into accountability", "--format", fmt)[0] == 0


def test_a_filter_that_matches_nothing_lists_what_exists(seed_index: Path) -> None:
    code, _, err = run("search", "silos", "--theme", "zebras")
    assert code == 2 and "no theme matches 'zebras'; known: " in err


def test_a_piped_table_pads_no_row_to_another_rows_long_cell() -> None:
    """A plain table's columns align, but a cell longer than a column should be (a keynote's
    hundreds of paragraphs in `people`) runs on in its own row: every other row had been padded
    to its length, thousands of spaces a line."""
    from seminar_search.output import Listing, Output, write

    stream = io.StringIO()
    records = [
        {"name": "Lord Bichard", "spoke": "; ".join(map(str, range(1, 200))), "role": "keynote"},
        {"name": "Greg Clarke", "spoke": "", "role": "named"},
    ]
    write(Listing(records), "text", Output(stream, styled=False))
    header, long_row, short_row = stream.getvalue().splitlines()
    assert header.split() == ["name", "spoke", "role"]
    assert long_row.endswith("198; 199  keynote")
    assert short_row.split() == ["Greg", "Clarke", "named"] and len(short_row) < 80
    assert header.index("role") == short_row.index("named")
