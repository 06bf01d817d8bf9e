"""The benchmark's code path runs in CI, on a small archive, so it cannot rot. No timings are
asserted: speed is the benchmark's to print, not a test's to judge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import ROOT


def test_the_benchmark_runs_end_to_end_and_writes_its_figures(tmp_path: Path) -> None:
    output = tmp_path / "figures.json"
    bench = [sys.executable, str(ROOT / "scripts" / "bench.py"), "--paragraphs", "500", "--runs", "1"]
    done = subprocess.run([*bench, "--json", str(output)], capture_output=True, text=True, check=True)
    figures = json.loads(output.read_text(encoding="utf-8"))
    assert figures["paragraphs"] == 500
    for engine in ("ours", "fts5"):
        assert set(figures[engine]) >= {
            "build_s",
            "paragraphs_per_s",
            "size_mb",
            "build_rss_mb",
            "build_all_rss_mb",
            "warm_ms",
            "cold",
        }
        assert figures[engine]["size_mb"] > 0
    printed = done.stdout
    assert "seminar-search" in printed and "SQLite FTS5" in printed and "warm query p95" in printed


def test_the_synthetic_archive_parses_into_its_paragraphs(tmp_path: Path) -> None:
    from seminar_search.parsing import ingest_file
    from seminar_search.synthetic import write_archive

    paths = write_archive(tmp_path, 130)
    documents = [ingest_file(p) for p in paths]
    assert [len(d.paragraphs) for d in documents] == [60, 60, 10]
    assert all(not d.warnings for d in documents)
    first = documents[0]
    assert first.date and first.participants and first.author
    assert {p.speaker for p in first.paragraphs} >= {"Introduction", "Discussion"}
    assert any(p.footnotes for p in first.paragraphs)
