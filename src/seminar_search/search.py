"""Searching: from what a person types to ranked, highlighted, citable hits.

search() is the one call. It takes filter clauses (speaker:, doc:, theme:, org:) out of the
query and resolves every filter to stored values; for a plain query it corrects spelling and
adds thesaurus terms and themes (unless exact); the index's planner turns that into a Plan,
the reader runs it, and each hit is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from seminar_search.cite import citation
from seminar_search.errors import QueryError
from seminar_search.filters import filter_clauses, resolve_filters
from seminar_search.index import IndexReader, RawHit
from seminar_search.index.plan import QUERY_FIELDS, Plan
from seminar_search.labels import find_paragraphs
from seminar_search.lexicon import Entry, load_thesaurus, term_in, themes_for, words
from seminar_search.model import Hit

QUERY_SYNTAX = re.compile(r"[\"():*?~^\[\]{}]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b")
FIELD_PREFIX = re.compile(r"(?:^|[\s(])([A-Za-z_]\w*):(?=\S)")
MAX_QUERY_CHARS = 2000


@dataclass(frozen=True)
class Outcome:
    """The ranked hits, with what the query became on the way, for --explain and messages."""

    query: str  # as typed
    hits: list[Hit]
    total: int  # paragraphs matching in all, not only those shown
    plan: list[str]  # what the search did, in words
    corrected: str | None = None  # the query as searched, when its spelling was corrected
    suggestion: str | None = None  # a spelling to try, when nothing was found
    expansions: list[str] = field(default_factory=list)
    index: dict[str, str] = field(default_factory=dict)  # when it was built, its content hash


def search(
    reader: IndexReader,
    query: str,
    *,
    speaker: str | None = None,
    theme: str | None = None,
    doc: str | None = None,
    limit: int = 10,
    exact: bool = False,
    thesaurus: list[Entry] | None = None,
) -> Outcome:
    """Run a search: filters matched case-insensitively (a speaker by their words); plain
    queries corrected and expanded (thesaurus: default the bundled one) unless exact."""
    text = " ".join(query.split())
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    text, clauses = filter_clauses(text)
    if not text and not clauses:
        raise QueryError("the query is empty: give a word or phrase to search for")
    _check_fields(text)
    filters = resolve_filters(reader, [("speaker", speaker), ("theme", theme), ("doc", doc), *clauses])
    plain = not QUERY_SYNTAX.search(text)
    corrected = reader.spelling.corrected(text) if plain and not exact else None
    effective = corrected or text
    expansions: list[str] = []
    if plain and not exact:
        expansions = expand(effective, load_thesaurus() if thesaurus is None else thesaurus)
    plan: Plan
    if not effective:
        plan = reader.planner.everything(filters)
    elif plain:
        topics = [] if exact else themes_for(effective, reader.themes())
        plan = reader.planner.words(effective, expansions, topics, filters, exact)
    else:
        plan = reader.planner.syntax(effective, filters)
    found = reader.search(plan, limit)
    hits = cited(reader, found.hits)
    suggestion = None if hits or not plain or not text else reader.spelling.did_you_mean(text)
    return Outcome(
        query.strip(),
        hits,
        found.total,
        plan.explain(),
        corrected,
        suggestion,
        expansions,
        provenance(reader),
    )


def cited(reader: IndexReader, raw_hits: list[RawHit]) -> list[Hit]:
    """Raw hits with their documents and citations."""
    hits = []
    for raw in raw_hits:
        document = reader.document(raw.paragraph.doc)
        citing = citation(document, raw.paragraph)
        hits.append(Hit(raw.paragraph, document, raw.score, raw.snippet, raw.highlights, citing))
    return hits


def provenance(reader: IndexReader) -> dict[str, str]:
    """When the index was built and a hash of its contents: what a result set is cited against."""
    return {
        "built": str(reader.info.get("built", "")),
        "content_hash": str(reader.info.get("content_hash", "")),
    }


def expand(query: str, thesaurus: list[Entry]) -> list[str]:
    """Terms of the thesaurus entries the query touches, other than the words typed."""
    typed = words(query)
    extra: list[str] = []
    for entry in thesaurus:
        if any(term_in(term, typed) for term in entry.terms):
            for term in entry.terms:
                phrase = " ".join(term)
                if not term_in(term, typed) and phrase not in extra:
                    extra.append(phrase)
    return extra


def _check_fields(query: str) -> None:
    """An unknown field:value is a mistake worth naming rather than a search for 'foo:bar'."""
    for name in FIELD_PREFIX.findall(query):
        if name.lower() not in QUERY_FIELDS:
            raise QueryError(f"unknown field {name!r} in the query; fields are: {', '.join(QUERY_FIELDS)}")


def similar(reader: IndexReader, label: str, doc: str | None, limit: int) -> Outcome:
    """Paragraphs most like the one printed with label (of doc, or of the one document holding it)."""
    shown = find_paragraphs(reader, [label], doc)
    docs = list(dict.fromkeys(p.doc for p, _asked in shown))
    if len(docs) > 1:  # a question and its answers share a label: the question stands for them
        raise QueryError(
            f"paragraph {label} is in several documents ({', '.join(docs)}); choose one with --doc"
        )
    hits = cited(reader, reader.similar(shown[0][0], limit))
    return Outcome(f"similar to ¶{label}", hits, len(hits), [f"more like ¶{label}"], index=provenance(reader))
