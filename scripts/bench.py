"""Benchmark seminar-search against SQLite FTS5 on a synthetic archive, and print a table.

    python scripts/bench.py --paragraphs 100000 [--json FILE] [--runs 7] [--work DIR]
    python scripts/bench.py --scales 20000,200000,1000000 [--runs 5]

It generates a deterministic archive of reports in the seed report's format (seminar_search.synthetic),
indexes it through the real `seminar-search index` command, exports the paragraphs and loads the
same ones into FTS5 (scripts/fts5_cli.py), then measures, for both, in this one run: build time and
paragraphs/s, size on disk, peak memory of the build (all its processes, and the largest one),
warm query latency p50/p95 over a fixed mix of queries with snippets, and the cold whole-process
time and peak memory of one search by the installed `seminar-search` command, next to
`python -c pass`. Cold searches are timed on the seed index too, plain (JSON) and styled on a
pseudo-terminal. With --scales, each size is measured in turn (its files deleted after, but the
smallest's, whose cold search is timed in turn with each larger one's) and a last table shows
how each figure grows with the archive, for both engines. A benchmark prints figures; it
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pty
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fts5_cli import search as fts5_search  # scripts/ is on the path when a script runs

import seminar_search
from seminar_search.index import IndexReader
from seminar_search.search import search
from seminar_search.synthetic import write_archive

HERE = Path(__file__).parent

PYTHON = sys.executable
SCRIPT = Path(PYTHON).with_name("seminar-search")  # the installed command, as a user runs it
CLI = [str(SCRIPT)] if SCRIPT.exists() else [PYTHON, "-m", "seminar_search"]
FTS5 = [PYTHON, str(HERE / "fts5_cli.py")]
# A fixed mix: single words, phrases, natural-language questions, and speaker filters.
QUERIES: list[tuple[str, str | None]] = [
    ("innovation", None),
    ("accountability", None),
    ("procurement", None),
    ("leadership", None),
    ('"public services"', None),
    ('"local government"', None),
    ("what the public wants from services", None),
    ("how can leaders build trust in partnerships", None),
    ("funding cuts and spending review", None),
    ("innovation", "Okafor"),
    ("partnership", "Mendes"),
]


def measured(command: list[str], all_processes: bool = False) -> dict:
    """Wall time and peak memory of a command, run from a fresh wrapper (scripts/measure.py)."""
    wrapper = [PYTHON, str(HERE / "measure.py"), *(["--all-processes"] if all_processes else [])]
    out = subprocess.run([*wrapper, *command], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["code"] not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {result['stderr']}")
    return result


def cold(commands: dict[str, list[str]], runs: int) -> dict[str, dict]:
    """Median wall time of whole-process runs of each command, and the peak memory seen.

    The commands take turns, run after run, so a busy moment of the machine slows them all
    alike and the ratios between them hold.
    """
    samples: dict[str, list[dict]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(measured(command))
    return {
        name: {
            "ms": statistics.median(s["seconds"] for s in taken) * 1000,
            "rss_mb": max(s["rss_mb"] for s in taken),
        }
        for name, taken in samples.items()
    }


def cold_on_terminal(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command with stdout on a pseudo-terminal (so output is styled
    as for a person), the commands taking turns as in cold()."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            controller, terminal = pty.openpty()
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=terminal, stderr=subprocess.DEVNULL)
            os.close(terminal)
            while True:
                try:
                    if not os.read(controller, 65536):
                        break
                except OSError:
                    break
            process.wait()
            times[name].append(time.perf_counter() - start)
            os.close(controller)
    return {name: statistics.median(taken) * 1000 for name, taken in times.items()}


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


def warm_ours(location: Path, rounds: int) -> tuple[float, float]:
    """Latency of the query mix on an open index, after one untimed round that warms caches
    (the first search of a process is what the cold figures measure)."""
    times = []
    with IndexReader(location) as reader:
        for round_number in range(rounds + 1):
            for query, speaker in QUERIES:
                start = time.perf_counter()
                search(reader, query, speaker=speaker, thesaurus=[])
                if round_number:
                    times.append(time.perf_counter() - start)
    return percentiles(times)


def warm_fts5(database: Path, rounds: int) -> tuple[float, float]:
    """As warm_ours, for FTS5."""
    times = []
    db = sqlite3.connect(database)
    for round_number in range(rounds + 1):
        for query, speaker in QUERIES:
            start = time.perf_counter()
            fts5_search(db, query, speaker)
            if round_number:
                times.append(time.perf_counter() - start)
    db.close()
    return percentiles(times)


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20


def compile_bytecode() -> None:
    """Cold starts are measured as after `pip install`, which writes bytecode; an editable
    install under PYTHONDONTWRITEBYTECODE would otherwise recompile on every run."""
    import compileall

    compileall.compile_dir(str(Path(seminar_search.__file__).parent), quiet=1, force=False)


def run(paragraphs: int, runs: int, work: Path, smallest: Path | None = None) -> dict:
    compile_bytecode()
    corpus, location, database = work / "corpus", work / "index", work / "fts5.db"
    seed_index = work / "seed-index"
    started = time.perf_counter()
    write_archive(corpus, paragraphs)
    generated = time.perf_counter() - started

    build = measured([*CLI, "index", "--index", str(location), str(corpus)], all_processes=True)
    exported = work / "paragraphs.jsonl"
    with exported.open("w", encoding="utf-8") as out:
        subprocess.run([*CLI, "export", "--index", str(location)], stdout=out, check=True)
    fts5_build = measured([*FTS5, "build", str(database), str(exported)], all_processes=True)
    measured([*CLI, "index", "--index", str(seed_index)])
    rounds = max(3, min(20, 20000 // paragraphs + 3))

    search_args = ["search", "third sector", "--format", "json"]
    commands = {
        "python_pass": [PYTHON, "-c", "pass"],
        "ours": [*CLI, *search_args, "--index", str(location)],
        "ours_seed": [*CLI, *search_args, "--index", str(seed_index)],
        "fts5": [*FTS5, "search", str(database), "third sector"],
    }
    if smallest:  # the smallest archive's search, timed in turn with this one's: drift hits both
        commands["ours_smallest"] = [*CLI, *search_args, "--index", str(smallest / "index")]
        commands["fts5_smallest"] = [*FTS5, "search", str(smallest / "fts5.db"), "third sector"]
    timed = cold(commands, runs)
    on_terminal = cold_on_terminal(
        {
            "python_pass": [PYTHON, "-c", "pass"],
            "ours": [*CLI, "search", "third sector", "--index", str(seed_index)],
        },
        runs,
    )
    figures = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "paragraphs": paragraphs,
        "generate_s": generated,
        "ours": {
            "build_s": build["seconds"],
            "paragraphs_per_s": paragraphs / build["seconds"],
            "size_mb": size_mb(location),
            "build_rss_mb": build["rss_mb"],
            "build_all_rss_mb": build["all_rss_mb"],
            "warm_ms": warm_ours(location, rounds),
            "cold": timed["ours"],
            "cold_seed": timed["ours_seed"],
            "cold_seed_terminal_ms": on_terminal["ours"],
        },
        "fts5": {
            "build_s": fts5_build["seconds"],
            "paragraphs_per_s": paragraphs / fts5_build["seconds"],
            "size_mb": size_mb(database),
            "build_rss_mb": fts5_build["rss_mb"],
            "build_all_rss_mb": fts5_build["all_rss_mb"],
            "warm_ms": warm_fts5(database, rounds),
            "cold": timed["fts5"],
        },
        "python_pass": timed["python_pass"],
        "python_pass_terminal_ms": on_terminal["python_pass"],
    }
    for engine in ("ours", "fts5"):
        beside = timed.get(f"{engine}_smallest")
        figures[engine]["cold_vs_smallest"] = timed[engine]["ms"] / beside["ms"] if beside else 1.0
    return figures


def table(f: dict) -> str:
    ours, fts5, python = f["ours"], f["fts5"], f["python_pass"]["ms"]
    rows = [
        ("index build", f"{ours['build_s']:.1f} s", f"{fts5['build_s']:.1f} s"),
        ("paragraphs/s", f"{ours['paragraphs_per_s']:,.0f}", f"{fts5['paragraphs_per_s']:,.0f}"),
        ("size on disk", f"{ours['size_mb']:.1f} MiB", f"{fts5['size_mb']:.1f} MiB"),
        (
            "build memory, all processes",
            f"{ours['build_all_rss_mb']:.0f} MiB",
            f"{fts5['build_all_rss_mb']:.0f} MiB",
        ),
        ("build memory, largest one", f"{ours['build_rss_mb']:.0f} MiB", f"{fts5['build_rss_mb']:.0f} MiB"),
        ("warm query p50", f"{ours['warm_ms'][0]:.1f} ms", f"{fts5['warm_ms'][0]:.2f} ms"),
        ("warm query p95", f"{ours['warm_ms'][1]:.1f} ms", f"{fts5['warm_ms'][1]:.2f} ms"),
        ("cold CLI search", f"{ours['cold']['ms']:.0f} ms", f"{fts5['cold']['ms']:.0f} ms"),
        ("  × python -c pass", f"{ours['cold']['ms'] / python:.1f}×", f"{fts5['cold']['ms'] / python:.1f}×"),
        ("cold search peak memory", f"{ours['cold']['rss_mb']:.0f} MiB", f"{fts5['cold']['rss_mb']:.0f} MiB"),
        ("cold search, seed, JSON", f"{ours['cold_seed']['ms']:.0f} ms", ""),
        ("  × python -c pass", f"{ours['cold_seed']['ms'] / python:.1f}×", ""),
        ("cold search, seed, terminal", f"{ours['cold_seed_terminal_ms']:.0f} ms", ""),
        ("  × python -c pass", f"{ours['cold_seed_terminal_ms'] / f['python_pass_terminal_ms']:.1f}×", ""),
    ]
    lines = [
        f"{f['paragraphs']:,} paragraphs · {f['machine']} · python -c pass {python:.1f} ms",
        f"{'':<28} {'seminar-search':>16} {'SQLite FTS5':>14}",
    ]
    lines += [f"{name:<28} {a:>16} {b:>14}" for name, a, b in rows]
    return "\n".join(lines)


def growth(results: list[dict]) -> str:
    """How the figures grow with the archive: one column per size, both engines, and the
    cold search as a multiple of the smallest archive's, the two timed in turn in one run."""
    rows = [
        ("paragraphs/s, ours", lambda f: f"{f['ours']['paragraphs_per_s']:,.0f}"),
        ("paragraphs/s, FTS5", lambda f: f"{f['fts5']['paragraphs_per_s']:,.0f}"),
        ("warm p50 / p95, ours", lambda f: "{:.1f} / {:.1f} ms".format(*f["ours"]["warm_ms"])),
        ("warm p50 / p95, FTS5", lambda f: "{:.1f} / {:.1f} ms".format(*f["fts5"]["warm_ms"])),
        ("cold search, ours", lambda f: f"{f['ours']['cold']['ms']:.0f} ms"),
        ("  × smallest archive", lambda f: f"{f['ours']['cold_vs_smallest']:.2f}×"),
        ("cold search, FTS5", lambda f: f"{f['fts5']['cold']['ms']:.0f} ms"),
        ("  × smallest archive", lambda f: f"{f['fts5']['cold_vs_smallest']:.2f}×"),
        ("cold search memory, ours", lambda f: f"{f['ours']['cold']['rss_mb']:.0f} MiB"),
    ]
    header = f"{'growth with the archive':<26}" + "".join(f"{f['paragraphs']:>18,}" for f in results)
    return "\n".join(
        [header, *(f"{name:<26}" + "".join(f"{cell(f):>18}" for f in results) for name, cell in rows)]
    )


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7, help="whole-process runs per cold figure")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--work", type=Path, help="a folder to keep the archive and indexes in")
    parser.add_argument("--scales", help="archive sizes to measure in turn, comma-separated: 20000,200000")
    arguments = parser.parse_args(argv)
    sizes = (
        [int(size) for size in arguments.scales.split(",")] if arguments.scales else [arguments.paragraphs]
    )
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        work = arguments.work or Path(scratch)
        if arguments.work:
            shutil.rmtree(work, ignore_errors=True)
        smallest = None  # the first archive's folder, kept to be timed beside the others
        for size in sizes:
            folder = work / f"{size}-paragraphs" if arguments.scales else work
            folder.mkdir(parents=True, exist_ok=True)
            results.append(run(size, arguments.runs, folder, smallest))
            print(table(results[-1]), flush=True)
            if arguments.scales and smallest:
                shutil.rmtree(folder, ignore_errors=True)
            smallest = smallest or folder
    figures = {"scales": results} if arguments.scales else results[0]
    if arguments.scales:
        print(growth(results))
    if arguments.json:
        arguments.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
