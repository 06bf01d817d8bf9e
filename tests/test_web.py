"""The local web page (issue 17), through Flask's test client: every route and status code,
escaping, paths that try to leave the index, and the same answers as the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import HC179, SEED, run

from seminar_search.library import index_paths
from seminar_search.web import close_readers, create_app

SEED_ID = "policy-seminar-one-2010-05-18"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, Path]]:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text(
        "A Report on Script Safety\n\n1. The witness wrote <script>alert('x')</script> in evidence.\n\n"
        "2. A second paragraph about safety and <b>markup</b>.\n",
        encoding="utf-8",
    )
    location = folder / "index"
    index_paths([SEED, HC179, hostile], location)
    app = create_app(location)
    yield app.test_client(), location
    close_readers(app)


def test_the_search_page_ranks_as_the_cli_does_with_facets_and_marks(site) -> None:
    client, location = site
    page = client.get("/?q=third+sector")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "<mark>third sector</mark>" in html.lower().replace(
        "</mark> <mark>", " "
    )
    _code, out, _ = run("search", "third sector", "--format", "json", "--index", str(location))
    first = json.loads(out)["hits"][0]
    assert f'href="/d/{first["doc"]}/{first["label"]}"' in html
    assert html.index(f'/d/{first["doc"]}/{first["label"]}"') < html.index('class="results"') + 400
    assert "Speaker</h2>" in html and "speaker=Discussion" in html
    narrowed = client.get("/?q=third+sector&speaker=Discussion").get_data(as_text=True)
    assert "Lord Michael Bichard</a>" not in narrowed.split('class="results"')[1]


def test_the_api_returns_the_clis_json(site) -> None:
    client, location = site
    api = client.get("/api/search?q=procurement&limit=5")
    _code, out, _ = run("search", "procurement", "--format", "json", "--limit", "5", "--index", str(location))
    ours, theirs = api.get_json(), json.loads(out)
    assert api.status_code == 200 and [h["label"] for h in ours["hits"]] == [
        h["label"] for h in theirs["hits"]
    ]
    assert ours["total"] == theirs["total"]


def test_no_results_and_did_you_mean(site) -> None:
    client, _ = site
    html = client.get("/?q=zzzqqqxx").get_data(as_text=True)
    assert "No results for “zzzqqqxx”" in html
    assert "Showing results for" in client.get("/?q=leadrship").get_data(as_text=True)


def test_a_paragraph_page_has_its_citation_footnotes_neighbours_and_permalink(site) -> None:
    client, _ = site
    html = client.get(f"/d/{SEED_ID}/50").get_data(as_text=True)
    assert "Third sector organisations play an important role" in html
    assert f'id="permalink" href="/d/{SEED_ID}/50"' in html and "para. 50" in html
    assert 'data-copy="citation-markdown"' in html and f"/d/{SEED_ID}/49" in html
    api = client.get(f"/api/d/{SEED_ID}/50").get_json()
    assert api["label"] == "50" and api["citation"].endswith("para. 50")
    footnoted = client.get("/d/hc179-2016-17/66").get_data(as_text=True)
    assert 'class="footnotes"' in footnoted and "Veolia" in footnoted


def test_a_document_reads_with_numbers_in_the_margin_and_anchors(site) -> None:
    client, _ = site
    html = client.get(f"/d/{SEED_ID}").get_data(as_text=True)
    assert (
        html.count('class="para"') == 52
        and 'id="paragraph-50"' in html
        and "<h2>The third Sector</h2>" in html
    )


def test_document_text_is_escaped(site) -> None:
    client, _ = site
    html = client.get("/?q=witness+script").get_data(as_text=True) + client.get("/d/hostile/1").get_data(
        as_text=True
    )
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html and "<b>markup" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/d/..%2f..%2fetc%2fpasswd",
        "/d/../../etc/passwd",
        "/d/nope",
        f"/d/{SEED_ID}/999",
        "/d/nope/1",
        "/nowhere",
    ],
)
def test_unknown_documents_units_and_paths_are_404(site, path: str) -> None:
    client, _ = site
    page = client.get(path)
    assert page.status_code == 404 and "root:" not in page.get_data(as_text=True)


def test_bad_requests_are_400_and_writes_are_405(site) -> None:
    client, _ = site
    assert client.get("/?q=" + "a" * 1001).status_code == 400
    assert client.get("/?q=silos+AND").status_code == 400
    assert client.get("/?q=silos&page=x").status_code == 400
    assert client.post("/?q=silos").status_code == 405
    assert client.head("/?q=silos").status_code == 200


def test_every_page_carries_a_content_security_policy(site) -> None:
    client, _ = site
    for path in ("/", "/?q=silos", f"/d/{SEED_ID}/3", "/nowhere", "/static/app.js"):
        response = client.get(path)
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        response.close()


def test_a_missing_or_damaged_index_is_an_error_page_with_the_clis_message(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an index", encoding="utf-8")
    client = create_app(tmp_path).test_client()
    page = client.get("/?q=silos")
    _code, _, err = run("search", "silos", "--index", str(tmp_path))
    assert page.status_code == 503 and "Traceback" not in page.get_data(as_text=True)
    assert err.strip().removeprefix("seminar-search: ") in page.get_data(as_text=True).replace("&#39;", "'")


def test_serve_without_flask_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "werkzeug.serving", None)
    code, _, err = run("serve", "--port", "0")
    assert (
        code == 2
        and err.strip() == "seminar-search: serve needs the web extra: pip install 'seminar-search[web]'"
    )


def test_the_page_follows_an_index_update_and_repeats_answer_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import seminar_search.web as web

    location = tmp_path / "index"
    index_paths([SEED], location)
    app = create_app(location)
    client = app.test_client()
    searches = []
    real = web.search
    monkeypatch.setattr(web, "search", lambda *a, **k: searches.append(a[1]) or real(*a, **k))
    assert "No results" in client.get("/?q=microbeads").get_data(as_text=True)
    assert "No results" in client.get("/?q=microbeads").get_data(as_text=True)
    assert searches == ["microbeads"]  # the second answered from the cache
    index_paths([SEED, HC179], location)
    assert "No results" not in client.get("/?q=microbeads").get_data(as_text=True)
    assert searches == ["microbeads", "microbeads"]  # a new generation: searched again
    close_readers(app)


def test_the_api_answers_errors_in_json_and_filters_by_series(site) -> None:
    client, _ = site
    bad = client.get("/api/search?q=silos+AND")
    assert bad.status_code == 400 and bad.get_json()["error"] == "AND needs something to search on each side"
    assert client.get("/api/d/nope/1").get_json() == {"error": "No such page in this index.", "status": 404}
    series = client.get("/api/search?q=microbeads&series=recommendation&limit=50").get_json()
    assert series["hits"] and {hit["series"] for hit in series["hits"]} == {"recommendation"}
    html = client.get("/?q=microbeads&series=recommendation").get_data(as_text=True)
    assert 'name="series" value="recommendation"' in html and "Recommendation 12" in html


def test_serve_prints_its_address_and_stops_cleanly_on_ctrl_c(seed_index: Path) -> None:
    import signal
    import subprocess
    import sys
    import time
    import urllib.request

    command = [sys.executable, "-m", "seminar_search", "serve", "--port", "0"]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline() if server.stderr else ""
        address = line.split(" at ")[1].split(" ")[0]
        with urllib.request.urlopen(address + "?q=silos", timeout=10) as page:
            assert page.status == 200 and "silos" in page.read().decode()
    finally:
        time.sleep(0.1)
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=10)
    assert server.returncode == 0 and "stopped" in err and "Traceback" not in err
