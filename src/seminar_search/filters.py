"""Filters: --speaker, --theme, --doc, --series and their query clauses (speaker:, theme:, doc:,
series:, org:),
matched to the values the index stores, one way for every command."""

from __future__ import annotations

import re
from collections.abc import Iterable

from seminar_search.errors import QueryError
from seminar_search.index import IndexReader
from seminar_search.lexicon import words

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
NAMED_FIELDS = {  # filter -> (the field of its values in lower case, the field of their words)
    "speaker": ("speaker_key", "speaker_words"),
    "theme": ("theme_keys", "theme_words"),
    "series": ("series", ""),
}
WORD_FIELDS = {"speaker_words", "theme_words"}  # a filter on these needs every word
FACET_FIELDS = {"speaker": "speaker_exact", "theme": "themes", "series": "series"}
KNOWN_SHOWN = 12
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
    """Turn speaker, theme, series, doc and org filters (options and query clauses) into the
    index terms they allow, each found by looking terms up, never by listing every speaker or
    theme; a field filtered twice allows what both allow."""
    filters: dict[str, list[str]] = {}
    for name, value in wanted:
        if not value:
            continue
        if name == "doc":
            field_name, values = "doc", matching_documents(reader, value)
        elif name == "org":
            field_name, values = "org", [value]
        else:
            field_name, values = _named_terms(reader, name, value)
        if field_name not in filters:
            filters[field_name] = values
        elif field_name in WORD_FIELDS:  # all the words of both
            filters[field_name] = list(dict.fromkeys(filters[field_name] + values))
        else:
            filters[field_name] = [v for v in filters[field_name] if v in values]
    return filters


def _named_terms(reader: IndexReader, name: str, value: str) -> tuple[str, list[str]]:
    """A speaker, theme or series named in full (any case), else by all its words: the field
    and the terms to filter on. Naming none is an error."""
    key_field, words_field = NAMED_FIELDS[name]
    named = " ".join(value.split())
    if reader.holds(key_field, [named.casefold()]):
        return key_field, [named]  # as typed; the index's terms are in lower case
    wanted = words(value)
    if words_field and wanted and reader.holds(words_field, wanted):
        return words_field, wanted
    raise QueryError(f"no {name} matches {value!r}; known: {_known(reader.facet(FACET_FIELDS[name]))}")


def _known(values: Iterable[str]) -> str:
    """The first few of the values there are, and how many: enough to see what to type."""
    known = sorted(values)
    more = f", … ({len(known):,} in all)" if len(known) > KNOWN_SHOWN else ""
    return ", ".join(known[:KNOWN_SHOWN]) + more if known else "none"


def matching_documents(reader: IndexReader, wanted: str | None) -> list[str]:
    """The ids --doc names: the one equal to it (any case), else those starting with it, each
    a term look-up; else those containing it, read from the document list. Every document
    when not given; none matching is an error naming the ones there are."""
    if not wanted:
        return [d.id for d in reader.documents()]
    folded = wanted.casefold().strip()
    if reader.holds("doc", [folded]):
        return [folded]
    starting = reader.terms_starting("doc", folded) if folded else []
    if starting:
        return starting
    ids = [d.id for d in reader.documents()]
    found = [i for i in ids if folded and folded in i.casefold()]
    if not found:
        raise QueryError(f"no document matches {wanted!r}; known: {_known(ids)}")
    return found
