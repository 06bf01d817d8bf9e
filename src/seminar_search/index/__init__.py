"""The index: the only package that imports Whoosh.

Open one with open_index(location) and ask the IndexReader for documents, paragraphs, facets
and hits. Its rooms:

    store.py     generations on disk, locks, all-or-nothing writes
    schema.py    the fields, and how documents and paragraphs are stored and read back
    analysis.py  words, stems and word forms, one definition for indexing, queries and snippets
    plan.py      what a query becomes: its parts, weights and filters (Plan), and --explain
    language.py  the query language's tree (../query.py) as Whoosh queries
    rank.py      every ranking weight (Ranking), and the scoring done after BM25F
    spelling.py  the index's own words: corrections, wildcards, fuzzy words
    snippets.py  the window of text that matched, with highlight offsets
    queries.py, writers.py   faster phrase and filter queries; compact, parallel writers
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from seminar_search.index import startup  # noqa: F401 (first: before Whoosh's query modules load)

# isort: split
from whoosh.query import And, Or, Term

from seminar_search.errors import IndexProblem, SeminarSearchError
from seminar_search.index import analysis
from seminar_search.index.facets import count_values
from seminar_search.index.passages import Candidate, place_of
from seminar_search.index.plan import Plan, Planner
from seminar_search.index.postings import Postings
from seminar_search.index.rank import RANKING, Ranker, Ranking, docnum_at
from seminar_search.index.schema import document_from, paragraph_from
from seminar_search.index.snippets import phrases_in, snippet_for, window
from seminar_search.index.spelling import Speller
from seminar_search.index.store import (
    REBUILD_ADVICE,
    current_generation,
    index_exists,
    open_snapshot,
    write_documents,
    write_lock,
)
from seminar_search.index.stored import read_stored_by_pages
from seminar_search.lexicon import BUNDLED, Entry, load_themes, recorded_themes
from seminar_search.model import Document, Paragraph, Participant

__all__ = ["IndexReader", "Plan", "Ranking", "index_exists", "open_index", "write_documents", "write_lock"]

SIMILAR_TERMS = 12  # distinctive terms of a paragraph that more_like searches for
NAMED_DOCUMENTS = 50  # a word in more documents' names than this is no one's name to look up


class IndexedSource(NamedTuple):
    """What the index knows of a document's source: enough to skip an unchanged file."""

    doc: str
    source: str
    content_hash: str


class RawHit(NamedTuple):
    """A hit as the index sees it: stored paragraph, score, a snippet with where the words
    typed stand (highlights) and where related words stand; whether it matches the query as
    typed, and if not, why it was found (via: thesaurus, theme, section, feedback, spelling)."""

    paragraph: Paragraph
    score: float
    snippet: str
    highlights: list[tuple[int, int]]
    related_highlights: list[tuple[int, int]]
    match: bool  # matches the query as typed
    via: str  # for a hit that does not match, what found it
    also: list[Paragraph]  # restating or answering it, shown with it
    moved: list[str]  # what the ranking did after the index's score
    related_also: list[Paragraph]  # of those shown with it, the ones without the words typed


class Found(NamedTuple):
    """A plan's hits, best first, and how many paragraphs match in all."""

    hits: list[RawHit]
    total: int


Method = TypeVar("Method", bound=Callable[..., Any])


def _damage_is_a_problem(method: Method) -> Method:
    """Whoosh raises many kinds of error on a damaged file; turn them into advice to rebuild."""

    @functools.wraps(method)
    def guarded(self: IndexReader, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except SeminarSearchError:
            raise
        except Exception as error:
            raise IndexProblem(
                f"the index at {self.location} is damaged ({type(error).__name__}: {error}); {REBUILD_ADVICE}"
            ) from None

    return guarded  # type: ignore[return-value]


def open_index(location: Path, ranking: Ranking = RANKING) -> IndexReader:
    """A fixed snapshot of the index at location, for reading; close it (or use with)."""
    return IndexReader(location, ranking)


class IndexReader:
    """A fixed snapshot of the index: documents, paragraphs, facets, and searches planned by
    its planner (with its speller) and run by search()."""

    def __init__(self, location: Path, ranking: Ranking = RANKING) -> None:
        self.location = location
        self._snapshot = open_snapshot(location)
        self.info = self._snapshot.info
        try:
            self.searcher = self._snapshot.whoosh.searcher(weighting=ranking.weighting())
            read_stored_by_pages(self.searcher.reader())
        except Exception as error:  # Whoosh raises many kinds on damaged files
            self._snapshot.close()
            raise IndexProblem(
                f"the index at {location} is damaged ({type(error).__name__}); {REBUILD_ADVICE}"
            ) from None
        self.spelling = Speller(self.searcher)
        postings = Postings(self.searcher.reader())
        self.planner = Planner(self.searcher, ranking, self.spelling, postings)
        self._ranker = Ranker(self.searcher, ranking, self.document, postings)
        self._documents: dict[str, Document] = {}
        self._facets: dict[str, Counter[str]] = {}

    def __enter__(self) -> IndexReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.searcher.close()
        self._snapshot.close()

    @property
    def generation(self) -> str:
        """The name of the generation this reader reads: a new one after every write."""
        return self._snapshot.folder.name

    def is_current(self) -> bool:
        """Whether no write has replaced this reader's generation since it was opened."""
        current = current_generation(self.location)
        return current is not None and current.name == self.generation

    def themes(self) -> list[Entry]:
        """The theme lexicon the index was built with (an index from before it recorded one:
        the bundled lexicon)."""
        recorded = self._snapshot.lexicon()
        return recorded_themes(*recorded) if recorded else load_themes()

    def themes_record(self) -> tuple[str, str] | None:
        """The recorded lexicon's text and origin, for an update to tag new documents alike."""
        return self._snapshot.lexicon()

    def themes_origin(self) -> str:
        """Where the lexicon the index was built with came from: the bundled one, or a file."""
        return str(self.info.get("themes", BUNDLED))

    @_damage_is_a_problem
    def documents(self) -> list[Document]:
        """Every document's metadata (paragraphs left empty), ordered by id."""
        found = [document_from(stored["record"]) for stored in self.searcher.documents(kind="document")]
        return sorted(found, key=lambda d: d.id)

    @_damage_is_a_problem
    def document(self, doc_id: str) -> Document:
        """A document's metadata, read once per reader: hits share a few documents."""
        if doc_id not in self._documents:
            stored = self._document_record(doc_id)
            if stored is None:
                raise IndexProblem(f"the index at {self.location} has no document {doc_id!r}")
            self._documents[doc_id] = document_from(stored["record"])
        return self._documents[doc_id]

    def _document_record(self, doc_id: str) -> dict[str, Any] | None:
        """A document's stored record, found through the postings of its id (its own records,
        the document's first), not by intersecting with every document's."""
        for docnum in self.searcher.docs_for_query(Term("doc", doc_id)):
            stored = self.searcher.reader().stored_fields(docnum)
            if stored.get("kind") == "document":
                return dict(stored)
        return None

    def holds(self, field: str, terms: list[str]) -> bool:
        """Whether some paragraph holds all these terms in a field: a look-up through their
        own postings, whatever the size of the archive."""
        query = And([Term(field, term) for term in terms])
        return next(iter(query.docs(self.searcher)), None) is not None

    def terms_starting(self, field: str, prefix: str) -> list[str]:
        """The field's terms that start with prefix and some record still holds: a range of
        the term dictionary, not a pass over it."""
        terms = self.searcher.reader().expand_prefix(field, prefix)
        found = (t.decode("utf-8") if isinstance(t, bytes) else str(t) for t in terms)
        return [term for term in found if self.holds(field, [term])]

    def document_count(self) -> int:
        """How many documents the index holds: one look-up, whatever the size of the archive."""
        return int(self.searcher.reader().doc_frequency("kind", "document"))

    def sources(self) -> list[IndexedSource]:
        return [IndexedSource(d.id, d.source, d.content_hash) for d in self.documents()]

    @_damage_is_a_problem
    def paragraphs(self, doc: str | None = None) -> list[Paragraph]:
        """Paragraphs in document order, of one document (through the postings of its id alone,
        not intersected with every paragraph's) or of all."""
        found = self.searcher.documents(doc=doc) if doc else self.searcher.documents(kind="paragraph")
        records = (fields for fields in found if fields["kind"] == "paragraph")  # one document's: its own
        stored = sorted(records, key=lambda f: (f["doc"], f["position"]))
        return [paragraph_from(fields) for fields in stored]

    @_damage_is_a_problem
    def facet(self, field: str) -> Counter[str]:
        """How many paragraphs carry each value of an exact field (speaker_exact, themes, doc,
        series): as the writer recorded them, else counted once per reader."""
        if field not in self._facets:
            recorded = (self._snapshot.facets() or {}).get(field)
            self._facets[field] = Counter(recorded) if recorded else count_values(self.searcher, field)
        return Counter(self._facets[field])

    @_damage_is_a_problem
    def search(self, plan: Plan, limit: int | None) -> Found:
        """Run a plan: hits best first, each with a snippet of what matched. Snippets prefer
        the words typed and their thesaurus equivalents over feedback's words."""
        only_matches = plan.query is plan.matching and not plan.related  # the query language
        filtered = self.planner.filtered_ids(plan)
        matching = None if only_matches else self.planner.matching_ids(plan, filtered)
        ranked = self._ranker.run(plan, limit, matching, filtered)
        corrected = set(analysis.stems(" ".join(plan.corrected)))
        typed = set(analysis.stems(plan.typed)) - corrected
        phrases = [tuple(analysis.stems(e)) for e in plan.equivalents]
        hits = [_raw_hit(c, plan, ranked.searched, typed, corrected, phrases) for c in ranked.candidates]
        return Found(hits, ranked.total)

    @_damage_is_a_problem
    def similar(self, paragraph: Paragraph, limit: int, docs: list[str] | None = None) -> list[RawHit]:
        """Paragraphs most like a given one, itself excluded, in the documents given (default:
        all): Whoosh's more_like, which searches for the paragraph's most distinctive terms."""
        docnum = self._docnum(paragraph)
        key_terms = {term for term, _w in self.searcher.key_terms([docnum], "text", numterms=SIMILAR_TERMS)}
        only = Or([Term("doc", doc) for doc in docs]) if docs else None
        hits = []
        for hit in self.searcher.more_like(docnum, "text", top=limit, numterms=SIMILAR_TERMS, filter=only):
            found = paragraph_from(hit.fields())
            snippet = window(found.text, key_terms, key_terms)
            score = float(hit.score or 0.0)
            # a match, with nothing related, restating or moved
            hits.append(RawHit(found, score, snippet.text, snippet.typed, [], True, "", [], [], []))
        return hits

    def _docnum(self, paragraph: Paragraph) -> int:
        docnum = docnum_at(self.searcher, (paragraph.doc, paragraph.number, paragraph.series))
        if docnum is None:
            raise IndexProblem(f"no paragraph {paragraph.label} in document {paragraph.doc}")
        return docnum

    @_damage_is_a_problem
    def named(self, words: list[str]) -> list[tuple[Participant, Document]]:
        """The participants whose names hold all these words, with their documents: read
        through the names field's postings, and only when the rarest word is in a few
        documents' names (a surname; not "public", which many organisations' names hold)."""
        wanted = {word.lower() for word in words}
        reader = self.searcher.reader()
        if not wanted or min(reader.doc_frequency("names", word) for word in wanted) > NAMED_DOCUMENTS:
            return []
        found = self.searcher.search(And([Term("names", word) for word in sorted(wanted)]), limit=None)
        documents = sorted((document_from(hit["record"]) for hit in found), key=lambda d: d.id)
        return [
            (person, document)
            for document in documents
            for person in document.participants
            if wanted <= {word.lower() for word in analysis.WORD.findall(person.name)}
        ]

    @_damage_is_a_problem
    def quoted(self, query: str) -> list[tuple[Paragraph, str]]:
        """Quoted remarks with their paragraphs, in document order; with a query, only the
        quotations holding one of its words (or their stems)."""
        wanted = set(analysis.stems(query))
        if query and not wanted:
            return []
        if wanted:
            found = self.searcher.search(Or([Term("quotes", s) for s in wanted]), limit=None)
            paragraphs = sorted(
                (paragraph_from(hit.fields()) for hit in found), key=lambda p: (p.doc, p.number)
            )
        else:
            paragraphs = [p for p in self.paragraphs() if p.quotes]
        return [
            (paragraph, quote)
            for paragraph in paragraphs
            for quote in paragraph.quotes
            if not wanted or wanted & {stem for _s, _e, stem in analysis.stemmed_words(quote)}
        ]


def _raw_hit(
    candidate: Candidate,
    plan: Plan,
    searched: dict[str, set[str]],
    typed: set[str],
    corrected: set[str],
    phrases: list[tuple[str, ...]],
) -> RawHit:
    """A ranked candidate with its snippet, which prefers the words typed and their thesaurus
    equivalents over feedback's words, and, for a related hit, what found it."""
    paragraph = candidate.paragraph
    matched = {**searched, "themes": searched.get("themes", set()) & set(paragraph.themes)}
    equivalent = phrases_in(paragraph.text, phrases) | corrected
    snippet = snippet_for(paragraph, matched, typed, equivalent)
    via = "" if candidate.matched else plan.via(*_stems_of(paragraph))
    return RawHit(
        paragraph,
        candidate.score,
        snippet.text,
        snippet.typed,
        snippet.related,
        candidate.matched,
        via,
        candidate.also,
        candidate.moved,
        [paragraph for paragraph in candidate.also if place_of(paragraph) in candidate.related],
    )


def _stems_of(paragraph: Paragraph) -> tuple[set[str], list[str], set[str]]:
    """A paragraph's text stems, themes and section stems: what says why it was found."""
    text = {stem for _s, _e, stem in analysis.stemmed_words(paragraph.text)}
    return text, paragraph.themes, {stem for _s, _e, stem in analysis.stemmed_words(paragraph.section)}
