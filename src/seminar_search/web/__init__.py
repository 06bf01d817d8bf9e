"""A local web page on the same core as the CLI: search, read a document, cite a paragraph.

Flask (optional extra ``web``) routes requests to the functions the CLI calls (search,
find_paragraphs, citation, the JSON listings) and Jinja2 renders them, escaping every piece of
document text. Read-only: only GET and HEAD are routed.
"""

from __future__ import annotations

import queue
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, jsonify, render_template, request

from seminar_search.cite import citation
from seminar_search.errors import IndexProblem, QueryError, SeminarSearchError
from seminar_search.index import IndexReader, open_index
from seminar_search.labels import find_paragraphs, neighbours
from seminar_search.model import Document, Hit, Paragraph, reference
from seminar_search.render import also_line, hits_listing, paragraph_record, snippet_pieces, summary, where
from seminar_search.search import Outcome, search

MAX_QUERY_CHARS = 1000
PAGE_SIZE = 10
FACET_HITS = 200  # facets count the first this many hits of a query
READERS = 4  # open readers shared by the server's threads: a Whoosh searcher serves one at a time
CACHED_SEARCHES = 256
ASKED = ("q", "speaker", "theme", "doc", "series")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class ReaderPool:
    """A few readers of one index, lent to one request at a time; a reader whose generation
    an `index` run has replaced is closed and a new one opened, so the page follows updates."""

    def __init__(self, location: Path, size: int = READERS) -> None:
        self.location = location
        self._idle: queue.LifoQueue[IndexReader] = queue.LifoQueue()
        self._opened = 0
        self._size = size
        self._lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[IndexReader]:
        lent = self._lend()
        if not lent.is_current():
            lent.close()
            lent = self._open()
        try:
            yield lent
        finally:
            self._idle.put(lent)

    def _lend(self) -> IndexReader:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            with self._lock:
                room = self._opened < self._size
                self._opened += room
            return self._open() if room else self._idle.get()

    def _open(self) -> IndexReader:
        """Open a reader in a slot already counted; a failure frees the slot."""
        try:
            return open_index(self.location)
        except SeminarSearchError:
            with self._lock:
                self._opened -= 1
            raise

    def close(self) -> None:
        """Close the readers opened (when the server stops)."""
        while not self._idle.empty():
            self._idle.get_nowait().close()


class OutcomeCache:
    """The last searches' outcomes, by index generation and what was asked: paging, facet
    clicks and popular queries are answered without searching again. An index run makes a
    new generation, so nothing stale is served."""

    def __init__(self, size: int = CACHED_SEARCHES) -> None:
        self._outcomes: OrderedDict[tuple[str, ...], Outcome] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def search(self, reader: IndexReader, asked: dict[str, str], limit: int) -> Outcome:
        key = (reader.generation, str(limit), *(asked[name] for name in ASKED))
        with self._lock:
            if key in self._outcomes:
                self._outcomes.move_to_end(key)
                return self._outcomes[key]
        outcome = search(
            reader,
            asked["q"],
            speaker=asked["speaker"] or None,
            theme=asked["theme"] or None,
            doc=asked["doc"] or None,
            series=asked["series"] or None,
            limit=limit,
        )
        with self._lock:
            self._outcomes[key] = outcome
            if len(self._outcomes) > self._size:
                self._outcomes.popitem(last=False)
        return outcome


def facets(hits: list[Hit]) -> dict[str, list[tuple[str, int]]]:
    """Speaker, theme and document counts among the hits that match (each passage's own
    paragraph): what clicking one narrows the search to."""
    counts: dict[str, Counter[str]] = {"speaker": Counter(), "theme": Counter(), "doc": Counter()}
    for hit in (hit for hit in hits if hit.match):
        counts["speaker"][hit.paragraph.speaker] += 1
        counts["theme"].update(set(hit.paragraph.themes))
        counts["doc"][hit.paragraph.doc] += 1
    return {name: counter.most_common(12) for name, counter in counts.items() if counter}


def create_app(location: Path) -> Flask:
    """The web application over the index at location."""
    app = Flask(__name__)
    pool = ReaderPool(location)
    outcomes = OutcomeCache()
    app.extensions["seminar_search_readers"] = pool

    @app.after_request
    def secured(response: Response) -> Response:
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.errorhandler(SeminarSearchError)
    def problem(error: SeminarSearchError) -> tuple[str | Response, int]:
        return _error_response(str(error), 400 if isinstance(error, QueryError) else 503)

    @app.errorhandler(404)
    def not_found(_exception: Exception) -> tuple[str | Response, int]:
        return _error_response("No such page in this index.", 404)

    @app.errorhandler(405)
    def read_only(_exception: Exception) -> tuple[str | Response, int]:
        return _error_response("This page is read-only.", 405)

    @app.get("/")
    def home() -> str:
        asked = _asked()
        if not any(asked.values()):
            with pool.reader() as reader:
                return render_template("search.html", asked=asked, documents=reader.documents())
        page = _page()
        with pool.reader() as reader:
            outcome = outcomes.search(reader, asked, max(FACET_HITS, page * PAGE_SIZE))
            shown = outcome.hits[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
            return render_template(
                "search.html",
                asked=asked,
                outcome=outcome,
                shown=[(hit, snippet_pieces(hit), also_line(hit)) for hit in shown],
                summary=summary(outcome),
                facets=facets(outcome.hits),
                page=page,
                more=len(outcome.hits) > page * PAGE_SIZE,
                several=reader.document_count() > 1,
            )

    @app.get("/api/search")
    def api_search() -> Response:
        asked = _asked()
        limit = min(int(request.args.get("limit", PAGE_SIZE) or PAGE_SIZE), 1000)
        with pool.reader() as reader:
            outcome = outcomes.search(reader, asked, limit)
            return jsonify(hits_listing(outcome, reader.document_count() > 1).document)

    @app.get("/d/<doc>")
    def document(doc: str) -> str:
        with pool.reader() as reader:
            found = _document(reader, doc)
            return render_template("document.html", document=found, paragraphs=reader.paragraphs(doc))

    @app.get("/d/<doc>/<label>")
    def paragraph(doc: str, label: str) -> str:
        with pool.reader() as reader:
            unit = _unit(reader, doc, label)
            found = _document(reader, doc)
            return render_template(
                "paragraph.html",
                document=found,
                unit=unit,
                around=neighbours(reader, unit, 1),
                text_citation=citation(found, unit),
                markdown_citation=citation(found, unit, markdown=True),
                heading=reference(unit, "mark"),
            )

    @app.get("/api/d/<doc>/<label>")
    def api_paragraph(doc: str, label: str) -> Response:
        with pool.reader() as reader:
            unit = _unit(reader, doc, label)
            return jsonify({**paragraph_record(unit), "citation": citation(_document(reader, doc), unit)})

    app.jinja_env.globals.update(reference=reference, permalink=permalink, link=link, where=where)
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    return app


def _error_response(message: str, status: int) -> tuple[str | Response, int]:
    """An error as a page, or as JSON ({"error": message}) under /api/."""
    if request.path.startswith("/api/"):
        return jsonify({"error": message, "status": status}), status
    return render_template("error.html", message=message, status=status), status


def close_readers(app: Flask) -> None:
    """Close the index readers an application opened."""
    app.extensions["seminar_search_readers"].close()


def permalink(paragraph: Paragraph) -> str:
    """The stable address of a unit: its document and label, the series when not the main one."""
    from urllib.parse import quote

    series = "" if paragraph.series == "paragraph" else f"?series={quote(paragraph.series)}"
    return f"/d/{quote(paragraph.doc, safe='')}/{quote(paragraph.label, safe='')}{series}"


def link(asked: dict[str, str], **changes: Any) -> str:
    """The search page's address for what was asked, changed: empty parameters left out."""
    from urllib.parse import urlencode

    wanted = {**asked, **changes}
    return "/?" + urlencode({name: value for name, value in wanted.items() if value})


def _asked() -> dict[str, str]:
    asked = {name: request.args.get(name, "").strip() for name in ASKED}
    if len(asked["q"]) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(asked['q']):,} characters long; the limit here is {MAX_QUERY_CHARS:,}"
        )
    return asked


def _page() -> int:
    page = request.args.get("page", "1")
    if not page.isdigit() or not 1 <= int(page) <= 100:
        raise QueryError(f"page {page!r} is not a page number from 1 to 100")
    return int(page)


def _document(reader: IndexReader, doc: str) -> Document:
    try:
        return reader.document(doc)
    except IndexProblem:
        abort(404)


def _unit(reader: IndexReader, doc: str, label: str) -> Paragraph:
    _document(reader, doc)
    series = request.args.get("series") or None
    try:
        shown, _missing = find_paragraphs(reader, [label], doc, series=series)
    except QueryError:
        abort(404)
    exact = [p for p, asked in shown if asked and p.doc == doc]
    if not exact:
        abort(404)
    return exact[0]
