"""Research commands on the seed: similar paragraphs, quotations, people, context, the
speaker-theme matrix, and exports that carry their provenance."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from helpers import run


def test_similar_50_finds_the_third_sector_paragraphs(seed_index: Path) -> None:
    code, out, _ = run("similar", "50", "--format", "json")
    numbers = [h["number"] for h in json.loads(out)["hits"]]
    assert code == 0 and 50 not in numbers
    assert {51, 13} & set(numbers[:3])
    assert all(h["highlights"] for h in json.loads(out)["hits"][:3])


def test_similar_text_and_bad_numbers(seed_index: Path) -> None:
    code, out, _ = run("similar", "50", "--limit", "2")
    assert code == 0 and out.count("¶") == 2
    assert run("similar", "999")[0] == 2


def test_quotes_accountability_finds_paragraph_35(seed_index: Path) -> None:
    code, out, _ = run("quotes", "accountability", "--format", "json")
    records = json.loads(out)
    assert code == 0 and [r["number"] for r in records] == [35]
    assert (
        records[0]["quote"] == "breathing life into accountability locally has to be the long-term solution"
    )
    code, out, _ = run("quotes")
    assert code == 0 and "‘partnerships are not about the high and mighty" in out
    assert run("quotes", "zebra")[0] == 1


def test_verify_finds_paragraph_46_and_shows_the_differences(seed_index: Path) -> None:
    code, out, _ = run("verify", "organisations don't need therapy, they need leadership")
    assert code == 0 and out.startswith("¶46 ")
    assert "[-at this time is-]" in out and "nearest passage" in out
    code, out, _ = run("verify", "breathing life into accountability locally", "--format", "json")
    record = json.loads(out)
    assert record["exact"] is True and record["paragraph"]["number"] == 35
    assert run("verify", "zebras quietly graze the savannah")[0] == 1


def test_people_link_participants_and_people_named(seed_index: Path) -> None:
    code, out, _ = run("people", "--format", "json")
    people = {p["name"]: p for p in json.loads(out)}
    assert code == 0
    assert people["Lord Michael Bichard"]["spoke"] == [str(n) for n in range(4, 14)]  # printed labels
    assert people["Lord Michael Bichard"]["organisation"] == "Institute for Government"
    assert people["Greg Clarke"]["named_in"] == ["37"]
    assert people["Polly Toynbee"]["named_in"] == ["3"] and people["Polly Toynbee"]["role"] == "chair"
    code, out, _ = run("people", "toynbee")
    assert code == 0 and "Polly Toynbee" in out and "Bichard" not in out


def test_search_by_organisation(seed_index: Path) -> None:
    code, out, _ = run("search", "org:LSIS", "--format", "json")
    assert code == 0 and [h["number"] for h in json.loads(out)["hits"]] == [45]
    code, out, _ = run("search", 'org:"institute for government"', "--limit", "50", "--format", "json")
    assert {h["number"] for h in json.loads(out)["hits"]} == set(range(4, 14))


def test_context_shows_neighbours(seed_index: Path) -> None:
    code, out, _ = run("search", "Sure Start", "--limit", "1", "--context", "1")
    assert code == 0 and "(¶32)" in out and "(¶34)" in out
    code, out, _ = run("search", "Sure Start", "--limit", "1", "--context", "1", "--format", "json")
    hit = json.loads(out)["hits"][0]
    assert [p["number"] for p in hit["context"]] == [32, 34]


def test_matrix_of_speakers_and_themes(seed_index: Path) -> None:
    code, out, _ = run("matrix", "--format", "json")
    table = json.loads(out)
    assert code == 0
    assert table["speakers"] == ["Introduction", "Lord Michael Bichard", "Sir Andrew Foster", "Discussion"]
    assert table["cells"]["The third Sector"] == {"Discussion": ["50", "51", "52"]}
    assert "13" in table["cells"]["Third sector"]["Lord Michael Bichard"]
    code, out, _ = run("matrix")
    assert code == 0 and out.startswith("theme ")


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_exports_carry_provenance(seed_index: Path, fmt: str) -> None:
    code, out, _ = run("search", "silos", "--format", fmt)
    info = json.loads((seed_index / "current" / "seminar-search.json").read_text())
    assert code == 0 and len(info["content_hash"]) == 64
    if fmt == "json":
        data = json.loads(out)
        assert data["index"] == {"built": info["built"], "content_hash": info["content_hash"]}
    elif fmt == "csv":
        row = next(csv.DictReader(io.StringIO(out)))
        assert (row["query"], row["index_hash"], row["index_built"]) == (
            "silos",
            info["content_hash"],
            info["built"],
        )
    else:
        assert f"index built {info['built']}, contents {info['content_hash'][:12]}" in out
