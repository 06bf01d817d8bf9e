"""Facets: how many paragraphs carry each value of an exact field. Counted only when a command
shows them (speakers, themes, docs, the web page's filters), never on a search's path."""

from __future__ import annotations

from collections import Counter

from whoosh.searching import Searcher

FACET_FIELDS = ("speaker_exact", "themes", "doc", "series")  # counted when a generation is written


def count_values(searcher: Searcher, field: str) -> Counter[str]:
    """Document frequencies, unless an update left deleted documents in the segments: then
    the postings are counted, skipping the deleted. A document's own record holds its id, so
    ids are counted without it."""
    reader = searcher.reader()
    deletions = reader.has_deletions()
    counts: Counter[str] = Counter()
    for term in reader.lexicon(field):
        value = term.decode("utf-8") if isinstance(term, bytes) else str(term)
        if deletions:
            live = reader.postings(field, term).all_ids()
            counts[value] = sum(1 for docnum in live if not reader.is_deleted(docnum))
        else:
            counts[value] = reader.doc_frequency(field, term)
    if field == "doc":
        for document in searcher.documents(kind="document"):
            counts[document["doc"]] -= 1
    return +counts
