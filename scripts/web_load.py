"""Load on the local web page: concurrent clients searching for a while over loopback; prints
requests, failures and latency percentiles, beside the same searches run in-process (the
core's own cost), so the server's overhead is read in the same run. The clients cycle through
the development sets' 48 queries, each starting at its own place: the first round of each
query is searched, repeats come from the page's cache, and both are reported.

    python scripts/web_load.py [--clients 20] [--seconds 20]

Indexes the seed report and the corpus (HC 179, HC 802) into a temporary folder first.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from werkzeug.serving import make_server

from seminar_search.config import bundled_seeds
from seminar_search.index import open_index
from seminar_search.library import index_paths
from seminar_search.search import search
from seminar_search.web import FACET_HITS, close_readers, create_app

DATA = Path(__file__).parents[1] / "tests" / "data"
CORPUS = DATA / "corpus"
QUERIES = [
    line.split("\t")[1]
    for name in ("queries-dev.tsv", "queries-corpus-dev.tsv")
    for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]
    if line.strip() and not line.startswith("#")
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        location = Path(scratch) / "index"
        index_paths([*bundled_seeds(), *sorted(CORPUS.glob("*.txt"))], location)
        with open_index(location) as reader:
            inside = []
            for query in QUERIES:
                started = time.perf_counter()
                search(reader, query, limit=FACET_HITS)
                inside.append((time.perf_counter() - started) * 1000)
        app = create_app(location)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        first, latencies, failures = _load(f"http://127.0.0.1:{server.port}", args.clients, args.seconds)
        server.shutdown()
        server.server_close()
        close_readers(app)
    print(f"clients {args.clients}, {args.seconds:.0f} s: {len(latencies)} requests, {failures} failed")
    print(f"search page over HTTP: p50 {_pct(latencies, 50):.1f} ms, p95 {_pct(latencies, 95):.1f} ms")
    print(f"  each query's first request: p50 {_pct(first, 50):.1f} ms, p95 {_pct(first, 95):.1f} ms")
    print(f"the same searches in-process: p50 {_pct(inside, 50):.1f} ms, p95 {_pct(inside, 95):.1f} ms")


def _load(address: str, clients: int, seconds: float) -> tuple[list[float], list[float], int]:
    latencies: list[float] = []
    first: list[float] = []
    asked: set[str] = set()
    failures = [0]
    stop = time.monotonic() + seconds

    def client(number: int) -> None:
        turn = number * len(QUERIES) // clients
        while time.monotonic() < stop:
            query = QUERIES[turn % len(QUERIES)]
            url = address + "/?" + urllib.parse.urlencode({"q": query})
            turn += 1
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    response.read()
                    ok = response.status == 200
            except OSError:
                ok = False
            latencies.append((time.perf_counter() - started) * 1000)
            if query not in asked:
                asked.add(query)
                first.append(latencies[-1])
            failures[0] += not ok

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return first, latencies, failures[0]


def _pct(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100)[percent - 1] if len(values) > 1 else float("nan")


if __name__ == "__main__":
    main()
