"""Searching: from what a person types to ranked, highlighted, citable hits.

This module decides what to ask the index (spelling corrections, thesaurus expansions, a bonus
for the whole phrase, filters resolved to exact values); the index module runs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from seminar_search.cite import citation
from seminar_search.errors import QueryError
from seminar_search.index import IndexReader, RawHit
from seminar_search.lexicon import Entry, load_themes, term_in, themes_for, words
from seminar_search.model import Hit, Paragraph
from seminar_search.names import core_name, members_of

QUERY_SYNTAX = re.compile(r"[\"():*?~^\[\]{}]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b")
FILTER_FIELDS = {
    "speaker": "speaker",
    "doc": "doc",
    "document": "doc",
    "theme": "theme",
    "themes": "theme",
    "org": "org",
    "organisation": "org",
}
FILTER_TARGETS = {
    "speaker": ("speaker_exact", "speaker"),
    "theme": ("themes", "theme"),
    "doc": ("doc", "document"),
}
FILTER_CLAUSE = re.compile(
    r'(?:^|(?<=\s))(speaker|doc|document|themes?|org|organisation):("([^"]*)"|([^\s"()]+))', re.IGNORECASE
)
FIELD_PREFIX = re.compile(r"(?:^|[\s(])([A-Za-z_]\w*):(?=\S)")
PHRASE_BOOST = 1.0
EXPANSION_BOOST = 0.3
MAX_QUERY_CHARS = 2000
THEME_BOOST = 2.0
FEEDBACK_DOCS = 2
FEEDBACK_TERMS = 10
FEEDBACK_BOOST = 0.3


@dataclass
class SearchRequest:
    """What the user asked: the query, filters (each matched case-insensitively) and options."""

    query: str
    speaker: str | None = None
    theme: str | None = None
    doc: str | None = None
    limit: int = 10
    exact: bool = False


@dataclass
class SearchOutcome:
    """The ranked hits, with what the query became on the way, for --explain and messages."""

    request: SearchRequest
    query: str
    parsed: str
    total: int
    hits: list[Hit]
    corrected: str | None = None
    suggestion: str | None = None
    expansions: list[str] = field(default_factory=list)
    index: dict[str, str] = field(default_factory=dict)  # when it was built, its content hash


def search(reader: IndexReader, request: SearchRequest, thesaurus: list[Entry]) -> SearchOutcome:
    """Run a search: correct and expand plain queries unless exact, rank, snippet and cite."""
    text = " ".join(request.query.split())
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    text, clauses = _filter_clauses(text)
    if not text and not clauses:
        raise QueryError("the query is empty: give a word or phrase to search for")
    _check_fields(reader, text)
    filters = resolve_filters(reader, request, clauses)
    plain = not QUERY_SYNTAX.search(text)
    corrected = _correct_spelling(reader, text) if plain and not request.exact else None
    effective = corrected or text
    expansions = [] if request.exact or not plain else expand(effective, thesaurus)
    reranked: tuple = ()
    if not effective:
        parsed = counted = reader.everything()
    elif plain:
        topics = [] if request.exact else themes_for(effective, load_themes())
        plan = reader.compose(effective, PHRASE_BOOST, expansions, EXPANSION_BOOST, topics, THEME_BOOST)
        parsed, reranked = plan.query(), tuple(plan.reranked())
        counted = reader.words_query(effective, expansions)
    else:
        parsed = counted = reader.parse(effective)
    feedback = (
        (FEEDBACK_DOCS, FEEDBACK_TERMS, FEEDBACK_BOOST) if plain and effective and not request.exact else None
    )
    raw_hits = reader.search(
        parsed,
        filters,
        request.limit,
        typed=effective,
        equivalents=tuple(expansions),
        feedback=feedback,
        reranked=reranked,
    )
    total = reader.estimate(counted, filters)
    hits = _hits(reader, raw_hits)
    suggestion = None if hits or not plain or not text else _did_you_mean(reader, text)
    explained = str(parsed) + "".join(f" [{f}: {' | '.join(v)}]" for f, v in filters.items())
    return SearchOutcome(
        request,
        request.query.strip(),
        explained,
        total,
        hits,
        corrected,
        suggestion,
        expansions,
        _provenance(reader),
    )


def _hits(reader: IndexReader, raw_hits: list[RawHit]) -> list[Hit]:
    """Raw hits with their documents and citations."""
    hits = []
    for raw in raw_hits:
        document = reader.document(raw.paragraph.doc)
        citing = citation(document, raw.paragraph)
        hits.append(Hit(raw.paragraph, document, raw.score, raw.snippet, raw.highlights, citing))
    return hits


def _provenance(reader: IndexReader) -> dict[str, str]:
    """When the index was built and a hash of its contents: what a result set is cited against."""
    return {"built": reader.info.get("built", ""), "content_hash": reader.info.get("content_hash", "")}


def similar(reader: IndexReader, number: int, doc: str | None, limit: int) -> SearchOutcome:
    """Paragraphs most like paragraph number (of doc, or of the one document holding it)."""
    (paragraph, _), *others = find_paragraphs(reader, [number], doc)
    if others:
        docs = ", ".join(p.doc for p, _ in [(paragraph, _), *others])
        raise QueryError(f"paragraph {number} is in several documents ({docs}); choose one with --doc")
    hits = _hits(reader, reader.similar(paragraph.doc, number, limit))
    request = SearchRequest(f"similar to ¶{number}", doc=paragraph.doc, limit=limit)
    return SearchOutcome(
        request, request.query, f"more like ¶{number}", len(hits), hits, index=_provenance(reader)
    )


def neighbours(reader: IndexReader, paragraph: Paragraph, context: int) -> list[Paragraph]:
    """The paragraphs either side of one, in its document, itself excluded."""
    found = find_paragraphs(reader, [paragraph.number], paragraph.doc, context, paragraph.series)
    return [p for p, asked_for in found if not asked_for]


def _filter_clauses(query: str) -> tuple[str, dict[str, str]]:
    """Take speaker:, doc: and theme: clauses out of the query: they filter, like the options."""
    clauses: dict[str, str] = {}

    def take(match: re.Match[str]) -> str:
        field = FILTER_FIELDS[match.group(1).lower()]
        clauses[field] = match.group(3) if match.group(3) is not None else match.group(4)
        return " "

    remaining = FILTER_CLAUSE.sub(take, query)
    return " ".join(remaining.split()), clauses


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


def _correct_spelling(reader: IndexReader, query: str) -> str | None:
    """The query with each word the index does not know replaced by its nearest known word."""
    out = []
    for word in query.split():
        bare = word.strip(".,;!?'’").lower()
        replacement = reader.correction(bare) if bare.isalpha() and len(bare) > 3 else None
        out.append(replacement or word)
    corrected = " ".join(out)
    return corrected if corrected != query else None


def _did_you_mean(reader: IndexReader, query: str) -> str | None:
    typed = words(query)
    suggested = [w if reader.knows(w) else reader.suggest(w) or w for w in typed]
    return " ".join(suggested) if suggested != typed else None


def _check_fields(reader: IndexReader, query: str) -> None:
    """An unknown field:value is a mistake worth naming rather than a search for 'foo:bar'."""
    known = reader.query_fields()
    for name in FIELD_PREFIX.findall(query):
        if name.lower() not in known:
            raise QueryError(f"unknown field {name!r} in the query; fields are: {', '.join(known)}")


def resolve_filters(
    reader: IndexReader, request: SearchRequest, clauses: dict[str, str] | None = None
) -> dict[str, list[str]]:
    """Turn --speaker, --theme and --doc (and their query clauses) into exact stored values."""
    wanted = {"speaker": request.speaker, "theme": request.theme, "doc": request.doc}
    filters: dict[str, list[str]] = {}
    for name, value in [*wanted.items(), *(clauses or {}).items()]:
        if not value:
            continue
        if name == "org":
            filters["org"] = [value, *_speakers_of(reader, value)]
            continue
        field, label = FILTER_TARGETS[name]
        values = _matching(label, value, reader.facet(field), by_words=name == "speaker")
        filters[field] = [v for v in filters[field] if v in values] if field in filters else values
    return filters


def _speakers_of(reader: IndexReader, organisation: str) -> list[str]:
    """Speakers (as stored) who took part for an organisation."""
    members = members_of(reader.documents(), organisation)
    return [s for s in reader.facet("speaker_exact") if core_name(s) in members]


def _matching(what: str, wanted: str, values: dict[str, int], by_words: bool = False) -> list[str]:
    """Values equal to wanted, else containing it (all its words, for names); never none."""
    folded = wanted.casefold().strip()
    exact = [v for v in values if v.casefold() == folded]
    if exact:
        return exact
    if by_words:
        wanted_words = set(words(wanted))
        found = [v for v in values if wanted_words and wanted_words <= set(words(v))]
    else:
        found = [v for v in values if folded and folded in v.casefold()]
    if not found:
        known = ", ".join(sorted(values)) or "none"
        raise QueryError(f"no {what} matches {wanted!r}; known: {known}")
    return found


def find_paragraphs(
    reader: IndexReader,
    numbers: list[int],
    doc: str | None = None,
    context: int = 0,
    series: str = "paragraph",
) -> list[tuple[Paragraph, bool]]:
    """The paragraphs with these numbers (in one numbering series), each with up to context
    neighbours either side.

    Returns (paragraph, asked_for) pairs in document order; neighbours have asked_for False.
    """
    doc_ids = _matching("document", doc, reader.facet("doc")) if doc else None
    wanted = set(numbers)
    out: list[tuple[Paragraph, bool]] = []
    found: set[int] = set()
    for doc_id in doc_ids or sorted(reader.facet("doc")):
        paragraphs = reader.paragraphs(doc_id)
        chosen = {i for i, p in enumerate(paragraphs) if p.number in wanted and p.series == series}
        found |= {paragraphs[i].number for i in chosen}
        near = {j for i in chosen for j in range(i - context, i + context + 1)}
        out += [(p, i in chosen) for i, p in enumerate(paragraphs) if i in near]
    missing = sorted(wanted - found)
    if missing:
        listed = ", ".join(str(n) for n in missing)
        what = "paragraph" if series == "paragraph" else series
        raise QueryError(f"no {what} {listed} in {'document ' + doc if doc else 'the index'}")
    return out


def parse_numbers(spec: str) -> list[int]:
    """'17', '17-19' or '3,17-19' as a list of paragraph numbers."""
    numbers: list[int] = []
    for part in spec.replace(" ", "").split(","):
        match = re.fullmatch(r"(\d{1,6})(?:[-–](\d{1,6}))?", part)
        if not match:
            raise QueryError(f"{spec!r} is not a paragraph number or range (try 17 or 17-19)")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first < 1 or last < first or last - first > 10000:
            raise QueryError(f"{spec!r} is not a usable range of paragraph numbers")
        numbers += range(first, last + 1)
    return numbers
