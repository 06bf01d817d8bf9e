"""Filters: --speaker, --theme, --doc, --series and their query clauses (speaker:, theme:, doc:,
series:, org:),
matched to the values the index stores, one way for every command."""

from __future__ import annotations

import re

from seminar_search.errors import QueryError
from seminar_search.index import IndexReader
from seminar_search.lexicon import words
from seminar_search.names import core_name, members_of

FILTER_FIELDS = {
    "speaker": "speaker",
    "doc": "doc",
    "document": "doc",
    "theme": "theme",
    "themes": "theme",
    "org": "org",
    "organisation": "org",
    "series": "series",
}
FILTER_TARGETS = {
    "speaker": ("speaker_exact", "speaker"),
    "theme": ("themes", "theme"),
    "doc": ("doc", "document"),
    "series": ("series", "series"),
}
FILTER_CLAUSE = re.compile(
    r'(?:^|(?<=\s))(speaker|doc|document|themes?|org|organisation|series):("([^"]*)"|([^\s"()]+))',
    re.IGNORECASE,
)


def filter_clauses(query: str) -> tuple[str, list[tuple[str, str | None]]]:
    """Take speaker:, doc:, theme:, series: and org: clauses out of the query: they filter, like
    the options."""
    clauses: list[tuple[str, str | None]] = []

    def take(match: re.Match[str]) -> str:
        value = match.group(3) if match.group(3) is not None else match.group(4)
        clauses.append((FILTER_FIELDS[match.group(1).lower()], value))
        return " "

    remaining = FILTER_CLAUSE.sub(take, query)
    return " ".join(remaining.split()), clauses


def resolve_filters(reader: IndexReader, wanted: list[tuple[str, str | None]]) -> dict[str, list[str]]:
    """Turn speaker, theme, doc and org filters (options and query clauses) into the stored
    values they allow; a field filtered twice allows what both allow."""
    filters: dict[str, list[str]] = {}
    for name, value in wanted:
        if not value:
            continue
        if name == "org":
            filters["org"] = [value, *_speakers_of(reader, value)]
            continue
        field_name, what = FILTER_TARGETS[name]
        if name == "doc":
            values = matching_documents(reader, value)
        else:
            values = _matching(what, value, reader.facet(field_name), by_words=name == "speaker")
        filters[field_name] = (
            [v for v in filters[field_name] if v in values] if field_name in filters else values
        )
    return filters


def matching_documents(reader: IndexReader, wanted: str | None) -> list[str]:
    """The ids --doc names: the one equal to it (any case), else those containing it; every
    document when not given. None matching is an error naming the ones there are."""
    ids = [d.id for d in reader.documents()]
    return _matching("document", wanted, dict.fromkeys(ids, 0)) if wanted else ids


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
