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
from seminar_search.lexicon import Entry, term_in, themes_for, words
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
        topics = [] if request.exact else themes_for(effective, reader.themes())
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


def similar(reader: IndexReader, label: str, doc: str | None, limit: int) -> SearchOutcome:
    """Paragraphs most like the one printed with label (of doc, or of the one document holding it)."""
    (paragraph, _), *others = find_paragraphs(reader, [label], doc)
    docs = list(dict.fromkeys(p.doc for p, _ in [(paragraph, _), *others]))
    if len(docs) > 1:  # a question and its answers share a label: the question stands for them
        raise QueryError(
            f"paragraph {label} is in several documents ({', '.join(docs)}); choose one with --doc"
        )
    hits = _hits(reader, reader.similar(paragraph.doc, paragraph.series, paragraph.number, limit))
    request = SearchRequest(f"similar to ¶{label}", doc=paragraph.doc, limit=limit)
    return SearchOutcome(
        request, request.query, f"more like ¶{label}", len(hits), hits, index=_provenance(reader)
    )


def neighbours(reader: IndexReader, paragraph: Paragraph, context: int) -> list[Paragraph]:
    """The units either side of one, in its document, itself excluded."""
    units = reader.paragraphs(paragraph.doc)
    at = next(i for i, p in enumerate(units) if (p.series, p.number) == (paragraph.series, paragraph.number))
    return [units[i] for i in range(max(0, at - context), at + context + 1) if i != at and i < len(units)]


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
    labels: list[str],
    doc: str | None = None,
    context: int = 0,
    series: str | None = None,
) -> list[tuple[Paragraph, bool]]:
    """The units printed with these labels, each with up to context neighbours either side.

    Without a series, a label is looked for in the main paragraphs first, then in any series
    (a transcript's "Q183", an annex's "A1.2"). Returns (unit, asked_for) pairs in document
    order; neighbours have asked_for False.
    """
    doc_ids = _matching("document", doc, reader.facet("doc")) if doc else None
    wanted = {_label_key(label): label for label in labels}
    out: list[tuple[Paragraph, bool]] = []
    found: set[str] = set()
    for doc_id in doc_ids or sorted(reader.facet("doc")):
        paragraphs = reader.paragraphs(doc_id)
        chosen = _labelled(paragraphs, set(wanted), series)
        found |= {_label_key(paragraphs[i].label) for i in chosen}
        near = {j for i in chosen for j in range(i - context, i + context + 1)}
        out += [(p, i in chosen) for i, p in enumerate(paragraphs) if i in near]
    missing = [label for key, label in wanted.items() if key not in found]
    if missing:
        what = series or "paragraph"
        raise QueryError(f"no {what} {', '.join(missing)} in {'document ' + doc if doc else 'the index'}")
    return out


def _labelled(paragraphs: list[Paragraph], keys: set[str], series: str | None) -> set[int]:
    """Positions of the units whose label is wanted, in the series asked for, else in the main
    paragraphs where they have it, else in any series."""
    if series is not None:
        return {i for i, p in enumerate(paragraphs) if p.series == series and _label_key(p.label) in keys}
    chosen: set[int] = set()
    for key in keys:
        main = {i for i, p in enumerate(paragraphs) if p.series == "paragraph" and _label_key(p.label) == key}
        chosen |= main or {i for i, p in enumerate(paragraphs) if _label_key(p.label) == key}
    return chosen


def _label_key(label: str) -> str:
    """'Q 183', 'q183' and 'Q183' are one label; so are '4.23.' and '4.23'."""
    return label.replace(" ", "").rstrip(".").casefold().removeprefix("q")


LABEL = re.compile(r"([A-Za-z]{0,3})\s?((?:\d{1,6}\.)*)(\d{1,6})\.?")


def parse_labels(spec: str) -> list[str]:
    """'17', '4.23', 'Q183', '17-19', '4.23-4.25' or '3,17-19' as the labels they name; a range
    counts up its last number within one chapter."""
    labels: list[str] = []
    for part in spec.replace(" ", "").split(","):
        first_text, _, last_text = part.partition("-") if "-" in part else part.partition("–")
        first = LABEL.fullmatch(first_text)
        last = LABEL.fullmatch(last_text or first_text)
        if not first or not last:
            raise QueryError(f"{spec!r} is not a paragraph label or range (try 17, 4.23, Q183 or 17-19)")
        prefix = first.group(1) + first.group(2)
        start, stop = int(first.group(3)), int(last.group(3))
        if (last_text and last.group(1) + last.group(2) not in (prefix, first.group(2))) or not (
            0 <= stop - start <= 10000
        ):
            raise QueryError(f"{spec!r} is not a usable range of paragraph labels")
        labels += [f"{prefix}{n}" for n in range(start, stop + 1)]
    return labels
