"""The Whoosh index: schema, all-or-nothing writes, and reading paragraphs and hits back.

The only package that imports Whoosh: its modules hold the text analysis (analysis), the
compact writers (writers) and faster phrase and filter queries (queries). An index folder
looks like this::

    INDEX/current -> gen-000002    a symlink, replaced atomically when a write is swapped in
    INDEX/gen-000002/              the Whoosh files and seminar-search.json (versions, build time)
    INDEX/.write.lock              held by the one process writing

Every write makes a new generation beside the current one and swaps the symlink: a rebuild
from nothing, an update from hard links to the current generation's files (Whoosh never
changes a file it has written). A search running meanwhile sees the old index, a killed run
leaves it untouched, and a large write can take several commits with bounded memory.
"""

from __future__ import annotations

import errno
import fcntl
import functools
import importlib
import itertools
import json
import math
import os
import re
import sys
import time
import types
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from seminar_search import __version__
from seminar_search.errors import IndexProblem, QueryError, SeminarSearchError
from seminar_search.index import analysis
from seminar_search.lexicon import BUNDLED, THEMES_FILE, Entry, load_themes, recorded_themes, themes_source
from seminar_search.model import Document, Footnote, Paragraph, Participant, opening

if TYPE_CHECKING:
    from whoosh.searching import Searcher

SCHEMA_VERSION = 4
CURRENT = "current"
VERSION_FILE = "seminar-search.json"
LOCK_FILE = ".write.lock"
READERS_FILE = ".readers"
WRITE_WAIT_SECONDS = 10.0
MAX_PATTERN_WORDS = 200
PARALLEL_FROM_PARAGRAPHS = 5000
COMMIT_PARAGRAPHS = 200_000  # a rebuild's commits: the writers' memory grows with this
GENERATION_PREFIX = "gen-"
THEME_SEPARATOR = "\x1f"  # theme names may hold commas (discussion sub-headings do)
REBUILD_ADVICE = "run: seminar-search index --rebuild"
SNIPPET_CHARS = 240
FIELD_ALIASES = {"footnotes": ["footnote", "note"]}
CONTENT_FIELDS = {"text": 1.0}
EXACT_FORM_WEIGHT = 2.0  # in units of the typed word's IDF
RERANK_DEPTH = 2  # how many times the limit of candidates the exact-form bonus reorders
CONTEXT_FIELDS = {"section": 0.35}  # a paragraph under a heading with the query's words counts
COORDINATION = 0.9  # the Or of a query's words scores a hit by how many of them it has
COMMON_FRACTION = 0.01  # a word in more than this share of paragraphs only ranks, never finds,
COMMON_MIN_PARAGRAPHS = 1000  # once it is in more paragraphs than this
SIMILAR_TERMS = 12  # distinctive terms of a paragraph that more_like searches for
SECONDARY_FIND_MAX = 100  # expansions, context and feedback find hits only through rarer terms
BM25_B, BM25_K1 = 0.5, 1.2


def _defer_word_variations() -> None:
    """Keep Whoosh from compiling its English word-variation rules at start-up.

    whoosh.query imports whoosh.lang.morph_en, which compiles some thirty regular expressions
    (5 ms, a twentieth of a search) for Variations queries, which this program never builds.
    Until something calls its variations(), a stand-in takes its place.
    """
    name = "whoosh.lang.morph_en"
    if name in sys.modules:
        return
    stand_in = types.ModuleType(name, "Whoosh's English word variations, loaded when first used.")

    def variations(word: str) -> Any:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return importlib.import_module(name).variations(word)

    stand_in.variations = variations  # type: ignore[attr-defined]
    sys.modules[name] = stand_in


_defer_word_variations()


def _schema() -> Any:
    from whoosh.analysis import RegexTokenizer
    from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, Schema

    text = analysis.StemmedText
    return Schema(
        kind=ID(stored=True),
        doc=ID(stored=True),
        position=STORED,  # orders a document's paragraphs when read back
        number=NUMERIC(int, stored=True),
        label=STORED,  # the reference as printed: "4.23", "Q183"
        speaker=STORED,
        speaker_exact=ID,
        section=text(stored=True),
        themes=KEYWORD(
            stored=True,
            scorable=True,
            analyzer=RegexTokenizer(f"[^{THEME_SEPARATOR}]+"),  # type: ignore[arg-type]
        ),
        page=STORED,  # shown, never searched: no index terms to write
        text=text(stored=True),
        vocabulary=analysis.VocabularyField(),  # on document records: the word forms of their paragraphs
        footnotes=text(),
        footnote_list=STORED,
        quotes=text(),
        quote_list=STORED,
        series=ID(stored=True),
        mention_list=STORED,
        title=text(stored=True),
        date=ID(stored=True),
        record=STORED,
    )


def _weighting() -> Any:
    from whoosh.scoring import BM25F

    return BM25F(B=BM25_B, K1=BM25_K1)


# -- writing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexedSource:
    """What the index knows of a document's source: enough to skip an unchanged file."""

    doc: str
    source: str
    content_hash: str


@contextmanager
def write_lock(location: Path) -> Iterator[None]:
    """Hold the index's writer lock; another writer waits a while, then gets a clear error.

    Holding it, first clear away what killed or failed runs left behind.
    """
    try:
        location.mkdir(parents=True, exist_ok=True)
        handle = open(location / LOCK_FILE, "a+")  # noqa: SIM115 (held for the with-block below)
    except OSError as error:
        raise IndexProblem(f"cannot write the index at {location}: {_reason(error)}") from None
    deadline = time.monotonic() + WRITE_WAIT_SECONDS
    with handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexProblem(
                        f"the index at {location} is being written by another process; try again"
                    ) from None
                time.sleep(0.1)
        try:
            _remove_abandoned_generations(location)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_documents(
    location: Path,
    documents: Iterable[Document],
    remove: set[str],
    rebuild: bool,
    themes: tuple[str, str] | None = None,
) -> bool:
    """Add or replace documents and drop the ids in remove, in one atomic step; False when
    there was nothing to write.

    Call with the write lock held. Documents are read as they come, so a caller can parse
    while earlier ones are being indexed. A new generation is written beside the current one
    (from nothing for a rebuild or a first index, else from the current one's files) and
    swapped in. themes is the theme lexicon's text and origin the documents were tagged with:
    the generation records it, and searches use it (default: the bundled one).
    """
    themes = themes or themes_source()
    current = _current_generation(location)
    documents = iter(documents)
    try:
        if rebuild or current is None:
            _write_generation(location, documents, set(), None, themes)
            return True
        _check_version(location, current)
        first = next(documents, None)
        if first is None and not remove:
            return False
        _write_generation(
            location, itertools.chain([first] if first else [], documents), remove, current, themes
        )
        return True
    except OSError as error:
        _remove_abandoned_generations(location)
        raise IndexProblem(f"cannot write the index at {location}: {_reason(error)}") from None


def _write_generation(
    location: Path,
    documents: Iterator[Document],
    remove: set[str],
    previous: Path | None,
    themes: tuple[str, str],
) -> None:
    """Write a new generation, then swap it in for the current one.

    An update starts from the previous generation's files, linked rather than copied (Whoosh
    never changes a file once written: a commit adds files and a new table of contents), and
    replaces documents by id. No reader sees the new generation before the swap, so it can be
    written in commits of at most COMMIT_PARAGRAPHS paragraphs: however large the archive or
    the update, the writers' memory stays bounded, and the change is still all or nothing.
    """
    from whoosh import index as whoosh_index

    generation = location / f"{GENERATION_PREFIX}{time.time_ns():x}-{os.getpid()}"
    if previous is None:
        generation.mkdir(parents=True)
        ix = whoosh_index.create_in(str(generation), _schema())
    else:
        _link_whoosh_files(previous, generation)
        ix = whoosh_index.open_dir(str(generation))
    while True:
        writer, batch = _writer_for(ix, documents)
        try:
            for doc_id in remove:
                writer.delete_by_term("doc", doc_id)
            remove = set()
            added = 0
            for document in batch:
                if previous is not None:
                    writer.delete_by_term("doc", document.id)
                _add(writer, document)
                added += len(document.paragraphs)
                if added >= COMMIT_PARAGRAPHS:
                    break
            writer.commit(merge=previous is not None)  # updates fold small segments together
        except BaseException:
            if not writer.is_closed:  # a commit that failed after closing needs no cancelling
                writer.cancel()
            raise
        if added < COMMIT_PARAGRAPHS:
            break
    (generation / THEMES_FILE).write_text(themes[0], encoding="utf-8")
    _write_version(generation, themes[1])
    (generation / READERS_FILE).touch()
    link = location / f".{CURRENT}-{os.getpid()}"
    link.unlink(missing_ok=True)
    os.symlink(generation.name, link)
    os.replace(link, location / CURRENT)
    _remove_abandoned_generations(location)


def _link_whoosh_files(source: Path, target: Path) -> None:
    """A new folder holding the Whoosh files of source, as hard links where the file system
    allows, else as copies; not its version record, readers' lock or Whoosh's writer lock."""
    import shutil

    target.mkdir()
    for entry in source.iterdir():
        if entry.name in (VERSION_FILE, READERS_FILE, THEMES_FILE) or entry.name.endswith("LOCK"):
            continue
        try:
            os.link(entry, target / entry.name)
        except OSError:
            shutil.copy2(entry, target / entry.name)


def _writer_for(ix: Any, documents: Iterator[Document]) -> tuple[Any, Iterator[Document]]:
    """A writer for what comes next, and the documents still to add (the same ones).

    One writer for small jobs; for large ones, two processes writing a segment each.
    """
    ahead = []
    paragraphs = 0
    for document in documents:
        ahead.append(document)
        paragraphs += len(document.paragraphs)
        if paragraphs >= PARALLEL_FROM_PARAGRAPHS:
            break
    batch = itertools.chain(ahead, documents)
    from seminar_search.index.writers import CompactSegmentWriter, ParallelWriter

    if paragraphs < PARALLEL_FROM_PARAGRAPHS or (os.cpu_count() or 1) < 2:
        return CompactSegmentWriter(ix, compound=False), batch
    return ParallelWriter(ix, compound=False), batch


def _add(writer: Any, document: Document) -> None:
    record = {f.name: getattr(document, f.name) for f in fields(document) if f.name != "paragraphs"}
    record["participants"] = [asdict(p) for p in document.participants]
    record["paragraph_count"] = len(document.paragraphs)
    writer.add_document(
        kind="document",
        doc=document.id,
        title=document.title,
        date=document.date,
        record=json.dumps(record, ensure_ascii=False),
        vocabulary=[p.text for p in document.paragraphs],  # counted where it is indexed
    )
    for position, paragraph in enumerate(document.paragraphs):
        writer.add_document(
            kind="paragraph",
            doc=document.id,
            position=position,
            number=paragraph.number,
            label=paragraph.label,
            speaker=paragraph.speaker,
            speaker_exact=paragraph.speaker,
            section=paragraph.section,
            themes=THEME_SEPARATOR.join(paragraph.themes),
            page=paragraph.page,
            text=paragraph.text,
            footnotes=" ".join(f.text for f in paragraph.footnotes),
            footnote_list=[asdict(f) for f in paragraph.footnotes],
            quotes=" ".join(paragraph.quotes),
            quote_list=paragraph.quotes,
            series=paragraph.series,
            mention_list=paragraph.mentions,
        )


def _write_version(generation: Path, themes: str) -> None:
    """Record the schema and package versions, when the index was built, and a hash of its
    contents (each document's id and source hash), so a result set can be cited and redone."""
    import hashlib
    from datetime import datetime, timezone

    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(generation)).searcher() as searcher:
        sources = sorted(
            f"{d['doc']}:{json.loads(d['record'])['content_hash']}"
            for d in searcher.documents(kind="document")
        )
    info = {
        "schema": SCHEMA_VERSION,
        "package": __version__,
        "built": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "content_hash": hashlib.sha256("\n".join(sources).encode()).hexdigest(),
        "themes": themes,
    }
    temporary = generation / f".{VERSION_FILE}.tmp"
    temporary.write_text(json.dumps(info), encoding="utf-8")
    os.replace(temporary, generation / VERSION_FILE)


def _remove_abandoned_generations(location: Path) -> None:
    """Delete generations no reader holds: replaced ones, and those a killed run left behind.

    The caller holds the write lock. A generation a search still reads is left for a later run.
    """
    import shutil

    current = _current_generation(location)
    for entry in location.glob(f"{GENERATION_PREFIX}*"):
        if current is not None and entry.name == current.name:
            continue
        try:
            with open(entry / READERS_FILE, "rb") as readers:
                fcntl.flock(readers, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(entry, ignore_errors=True)
        except BlockingIOError:
            continue
        except FileNotFoundError:  # a generation whose build never got far
            shutil.rmtree(entry, ignore_errors=True)
    for entry in location.glob(f".{CURRENT}-*"):
        entry.unlink(missing_ok=True)


def _hold_current_generation(location: Path, attempts: int = 20) -> tuple[Path, IO[bytes]]:
    """The current generation, with a shared lock that keeps writers from deleting it.

    A rebuild may swap in a new generation between finding the current one and locking it;
    then look again.
    """
    for _ in range(attempts):
        generation = _current_generation(location)
        if generation is None:
            raise IndexProblem(f"the index at {location} is damaged (missing generation); {REBUILD_ADVICE}")
        try:
            hold = open(generation / READERS_FILE, "rb")  # noqa: SIM115 (held while reading)
        except FileNotFoundError:
            time.sleep(0.01)
            continue
        fcntl.flock(hold, fcntl.LOCK_SH)
        if (generation / VERSION_FILE).exists():
            return generation, hold
        hold.close()
    raise IndexProblem(f"the index at {location} keeps changing under this search; try again")


def _current_generation(location: Path) -> Path | None:
    link = location / CURRENT
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full; the index was left as it was"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (a read-only folder?); the index was left as it was"
    return error.strerror or str(error)


# -- reading -------------------------------------------------------------------------------


def index_exists(location: Path) -> bool:
    return (location / CURRENT).exists() or (location / CURRENT).is_symlink()


def _check_version(location: Path, generation: Path) -> dict[str, Any]:
    try:
        info = json.loads((generation / VERSION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise IndexProblem(
            f"the index at {location} is damaged (no version record); {REBUILD_ADVICE}"
        ) from None
    if info.get("schema") != SCHEMA_VERSION:
        raise IndexProblem(
            f"the index at {location} was written by seminar-search {info.get('package', '?')} "
            f"in an older format; {REBUILD_ADVICE}"
        )
    return dict(info)


@dataclass(frozen=True)
class RawHit:
    """A hit as the index sees it: stored paragraph, score, and a marked-up snippet."""

    paragraph: Paragraph
    score: float
    snippet: str
    highlights: list[tuple[int, int]]


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


class _Plan:
    """A plain query under construction: the parts that find paragraphs, and the bonuses that
    only rank what those found.

    A word in many paragraphs ("public" in a report on public services) costs a pass over
    them all but tells little, so once a rarer part can find the hits, common terms only add
    to the scores of what that rarer part found: counted on the candidates themselves
    (reranked), as skipping through their long postings would cost more than the search.
    """

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.finding: list[Any] = []
        self.bonus: list[Any] = []  # ranks what was found, in the index (a phrase)
        self.common: list[Any] = []  # ranks what was found, counted on the candidates
        self.fallback: list[Any] = []  # the query's own common words, when none of them is rare
        self.words_find = False  # whether a rare word of the query's own finds hits

    def add(self, parts: list[Any], scale: float | None = None, required: bool = False) -> None:
        """Add alternatives: rare ones find hits, common ones count as bonuses (or, for the
        query's own words, find hits when nothing rarer can).

        The query's own words may find hits through many paragraphs; secondary parts
        (expansions, context, feedback) only through a few, lest a broad theme or a feedback
        word flood a large archive with paragraphs to score.
        """
        from whoosh.query import Or, Term

        most = self.reader.common_threshold() if required else SECONDARY_FIND_MAX
        rare = [p for p in parts if self.reader.paragraphs_with(p) <= most]
        common = [p for p in parts if self.reader.paragraphs_with(p) > most]
        if rare:
            self.finding.append(Or(rare, scale=scale) if scale else Or(rare))
            self.words_find = self.words_find or required
        if required:
            self.fallback.extend(common)
        else:
            self.common.extend(p for p in common if isinstance(p, Term))
            self.bonus.extend(p for p in common if not isinstance(p, Term))

    def query(self) -> Any:
        from whoosh.query import AndMaybe, Or

        finding = list(self.finding)
        if not self.words_find and self.fallback:  # the query's words must find, common or not
            finding.append(Or(self.fallback, scale=COORDINATION))
        core = Or(finding).normalize()
        return AndMaybe(core, Or(self.bonus)) if self.bonus else core

    def reranked(self) -> list[Any]:
        """The common terms to count on the candidates (the query's own, once a rarer one finds)."""
        return self.common + (self.fallback if self.words_find else [])


class IndexReader:
    """A fixed snapshot of the index for reading: documents, paragraphs, facets and queries."""

    def __init__(self, location: Path) -> None:
        from whoosh import index as whoosh_index

        self.location = location
        self._documents: dict[str, Document] = {}
        self._facets: dict[str, Counter[str]] = {}
        if not index_exists(location):
            if any(location.glob("*.toc")):
                raise IndexProblem(f"the index at {location} is in an older format; {REBUILD_ADVICE}")
            raise IndexProblem(f"no index at {location}: run: seminar-search index")
        generation, self._hold = _hold_current_generation(location)
        self._generation = generation
        try:
            self.info = _check_version(location, generation)
            self._ix = whoosh_index.open_dir(str(generation))
            self.searcher: Searcher = self._ix.searcher(weighting=_weighting())
        except SeminarSearchError:
            self._hold.close()
            raise
        except Exception as error:  # Whoosh raises many kinds on damaged files
            self._hold.close()
            raise IndexProblem(
                f"the index at {location} is damaged ({type(error).__name__}); {REBUILD_ADVICE}"
            ) from None

    def __enter__(self) -> IndexReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.searcher.close()
        self._hold.close()

    def themes(self) -> list[Entry]:
        """The theme lexicon the index was built with (an index from before it recorded one:
        the bundled lexicon)."""
        recorded = self._generation / THEMES_FILE
        if not recorded.exists():
            return load_themes()
        return recorded_themes(recorded.read_text(encoding="utf-8"), self.info.get("themes", BUNDLED))

    def themes_record(self) -> tuple[str, str] | None:
        """The recorded lexicon's text and origin, for an update to tag new documents alike."""
        recorded = self._generation / THEMES_FILE
        if not recorded.exists():
            return None
        return recorded.read_text(encoding="utf-8"), self.info.get("themes", BUNDLED)

    @_damage_is_a_problem
    def documents(self) -> list[Document]:
        """Every document's metadata (paragraphs left empty), ordered by id."""
        found = [_document_from(fields["record"]) for fields in self.searcher.documents(kind="document")]
        return sorted(found, key=lambda d: d.id)

    def sources(self) -> list[IndexedSource]:
        return [IndexedSource(d.id, d.source, d.content_hash) for d in self.documents()]

    @_damage_is_a_problem
    def paragraphs(self, doc: str | None = None) -> list[Paragraph]:
        """Paragraphs in document order, of one document or of all."""
        terms = {"kind": "paragraph", **({"doc": doc} if doc else {})}
        stored = sorted(self.searcher.documents(**terms), key=lambda f: (f["doc"], f["position"]))
        return [_paragraph_from(fields) for fields in stored]

    @_damage_is_a_problem
    def facet(self, field: str) -> Counter[str]:
        """How many paragraphs carry each value of an exact field (speaker_exact, themes, doc),
        counted once per reader (its snapshot never changes)."""
        if field not in self._facets:
            self._facets[field] = self._count_values(field)
        return Counter(self._facets[field])

    def _count_values(self, field: str) -> Counter[str]:
        """Document frequencies, unless an update left deleted documents in the segments:
        then the postings are counted, skipping the deleted."""
        reader = self.searcher.reader()
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
            for document in self.searcher.documents(kind="document"):
                counts[document["doc"]] -= 1
        return +counts

    @_damage_is_a_problem
    def knows(self, word: str) -> bool:
        """Whether the word occurs in the text as typed; stop words count as known."""
        if not self.stems(word):
            return True
        return self.searcher.reader().doc_frequency("vocabulary", word.lower()) > 0

    @_damage_is_a_problem
    def correction(self, word: str) -> str | None:
        """The index's own word to search instead of an unknown one, if there is a close one.

        A word whose stem the text holds ("wants") keeps its meaning: only a suggestion with
        the same stem ("procurment" -> "procurement") replaces it.
        """
        if self.knows(word):
            return None
        reader = self.searcher.reader()
        stems = self.stems(word)
        if not any(reader.doc_frequency("text", s) for s in stems):
            return self.suggest(word)
        variants = [  # words sharing the stem: a short list, unlike the whole vocabulary
            found.decode("utf-8") if isinstance(found, bytes) else found
            for stem in stems
            for found in itertools.islice(reader.expand_prefix("vocabulary", stem), MAX_PATTERN_WORDS)
        ]
        close = [(edit_distance(word, v), v) for v in variants if self.stems(v) == stems]
        best = min(close, default=None)
        return best[1] if best and best[0] <= 2 else None

    def _corrector(self) -> Any:
        """Suggestions from the vocabulary, by edit distance, then by how many paragraphs use them."""
        from whoosh.spelling import ReaderCorrector

        reader = self.searcher.reader()
        return ReaderCorrector(reader, "vocabulary", reader.schema["vocabulary"])

    @staticmethod
    def query_fields() -> list[str]:
        """The field names the query language accepts (field:value)."""
        aliases = [alias for names in FIELD_ALIASES.values() for alias in names]
        return sorted({"section", "text", "title", *aliases})

    @_damage_is_a_problem
    def suggest(self, word: str) -> str | None:
        """The closest word of the index's own vocabulary, for a word it does not hold."""
        found = self._corrector().suggest(word.lower(), limit=1, maxdist=2)
        return found[0] if found else None

    def parse(self, query: str, fields: dict[str, float] = CONTENT_FIELDS) -> Any:
        """Parse the query language: words, "phrases", AND/OR/NOT, field:value, wildcards, fuzzy~."""
        from whoosh import qparser

        parser = qparser.MultifieldParser(
            list(fields),
            self.searcher.schema,
            fieldboosts=fields,
            group=qparser.OrGroup.factory(COORDINATION),
        )
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        parser.add_plugin(qparser.FuzzyTermPlugin())
        try:
            parsed = parser.parse(query)
        except Exception as error:  # the parser's own errors carry no common base class
            raise QueryError(f"cannot understand the query {query!r} ({error})") from None
        return parsed.accept(lambda node: self._rewritten(node, query))

    def _rewritten(self, node: Any, query: str) -> Any:
        """Phrases become AdjacentPhrase (same matches, faster). Wildcards (innovat*) and fuzzy
        words (procurment~) are about words as written: they are matched against the index's
        own words, then those words' stems are searched for."""
        from fnmatch import fnmatchcase

        from whoosh import query as q

        from seminar_search.index.queries import AdjacentPhrase

        if type(node) is q.Phrase:
            return AdjacentPhrase(node.fieldname, node.words, slop=node.slop, boost=node.boost)
        if getattr(node, "fieldname", None) != "text":
            return node
        if isinstance(node, q.FuzzyTerm):
            written = query[node.startchar : node.endchar].lower()  # the parser stemmed node.text
            similar = self._corrector().suggest(
                written, limit=MAX_PATTERN_WORDS, maxdist=node.maxdist, prefix=node.prefixlength
            )
            found = [written, *similar]
        elif isinstance(node, (q.Prefix, q.Wildcard)):
            pattern = node.text + "*" if isinstance(node, q.Prefix) else node.text
            found = [
                word
                for word in (t.decode("utf-8") for t in self.searcher.reader().lexicon("vocabulary"))
                if fnmatchcase(word, pattern)
            ][:MAX_PATTERN_WORDS]
        else:
            return node
        stems = sorted({stem for word in found for stem in self.stems(word)})
        return q.Or([q.Term("text", stem, boost=node.boost) for stem in stems]) if stems else q.NullQuery

    @_damage_is_a_problem
    def compose(
        self,
        query: str,
        phrase_boost: float,
        expansions: list[str],
        expansion_boost: float,
        themes: list[str],
        theme_boost: float,
    ) -> Any:
        """A plain query: its words OR-ed (more matched words rank higher), with bonuses for the
        whole phrase, damped thesaurus expansions, and the paragraph's context (its section
        heading, and the themes the query's own words belong to).

        Built directly from the analyzer's stems: the query parser is only for query syntax.
        """
        from whoosh.query import Term

        from seminar_search.index.queries import AdjacentPhrase

        stems = list(dict.fromkeys(analysis.stems(query)))
        plan = _Plan(self)
        plan.add([Term("text", s) for s in stems], scale=COORDINATION, required=True)
        if phrase_boost and len(stems) > 1:  # a phrase finds nothing its words do not
            plan.bonus.append(AdjacentPhrase("text", analysis.stems(query), boost=phrase_boost))
        plan.add([self._term_or_phrase(term).with_boost(expansion_boost) for term in expansions])
        plan.add([Term(field, s, boost=boost) for field, boost in CONTEXT_FIELDS.items() for s in stems])
        plan.add([Term("themes", theme, boost=theme_boost) for theme in themes])
        return plan

    def _term_or_phrase(self, text: str, field: str = "text") -> Any:
        from whoosh.query import NullQuery, Term

        from seminar_search.index.queries import AdjacentPhrase

        stems = analysis.stems(text)
        if not stems:
            return NullQuery
        return Term(field, stems[0]) if len(stems) == 1 else AdjacentPhrase(field, stems)

    def common_threshold(self) -> float:
        """A word in more paragraphs than this costs more to find hits through than it tells."""
        return max(COMMON_MIN_PARAGRAPHS, COMMON_FRACTION * self.searcher.reader().doc_count())

    def paragraphs_with(self, query: Any) -> int:
        """How many paragraphs hold a term, or the rarest word of a phrase."""
        reader = self.searcher.reader()
        return min((reader.doc_frequency(f, t) for f, t in query.iter_all_terms()), default=0)

    @staticmethod
    def everything() -> Any:
        """Every paragraph (for a search that only filters)."""
        from whoosh.query import Term

        return Term("kind", "paragraph")

    def _restricted(self, query: Any, filters: dict[str, list[str]]) -> tuple[Any, dict[str, Any]]:
        """The query narrowed by the filters, and search arguments masking document records.

        Filters join the query as clauses that score nothing (ZeroScore), so Whoosh skips
        through their postings instead of first listing every paragraph they allow. Document
        records hold no text, so masking the few of them costs far less than filtering every
        paragraph.
        """
        from whoosh.query import And, Term

        from seminar_search.index.queries import ZeroScore

        if filters:
            clauses = [ZeroScore(self._one_filter(f, values)) for f, values in filters.items()]
            query = And([query, *clauses])
        return query, {"mask": Term("kind", "document")}

    def _one_filter(self, field: str, values: list[str]) -> Any:
        """Paragraphs whose field holds one of the values. "org" is [organisation, *speakers]:
        paragraphs that name the organisation, in text or footnotes, or that its people spoke."""
        from whoosh.query import Or, Term

        if field != "org":
            return Or([Term(field, v) for v in values])
        named = [self._term_or_phrase(values[0], f) for f in ("text", "footnotes")]
        return Or([*named, *(Term("speaker_exact", s) for s in values[1:])])

    @_damage_is_a_problem
    def estimate(self, query: Any, filters: dict[str, list[str]]) -> int:
        """About how many paragraphs match a query: exact for one word, at most the sum of
        each word's paragraphs for several. Counting exactly would cost a pass over them all."""
        reader = self.searcher.reader()
        found = 0
        for leaf in query.leaves():
            frequencies = [reader.doc_frequency(field, text) for field, text in leaf.iter_all_terms()]
            found += min(frequencies, default=0)  # a phrase is in no more paragraphs than its rarest word
        ceiling = reader.doc_frequency("kind", "paragraph")
        for field, values in filters.items():
            if field != "org":  # an organisation filters through several fields
                ceiling = min(ceiling, sum(reader.doc_frequency(field, v) for v in values))
        return min(found, ceiling)

    def words_query(self, text: str, expansions: list[str]) -> Any:
        """Paragraphs whose text holds any of the words (their stems) or of the expansions."""
        from whoosh.query import Or, Term

        words = [Term("text", s) for s in dict.fromkeys(analysis.stems(text))]
        return Or(words + [self._term_or_phrase(term) for term in expansions])

    @_damage_is_a_problem
    def search(
        self,
        query: Any,
        filters: dict[str, list[str]],
        limit: int | None,
        typed: str = "",
        equivalents: tuple[str, ...] = (),
        feedback: tuple[int, int, float] | None = None,
        reranked: tuple[Any, ...] = (),
    ) -> list[RawHit]:
        """Run a query on paragraphs whose fields take one of the filter values.

        With feedback (hits, terms, weight), the most distinctive terms of the first hits are
        searched too, damped, and their scores added: pseudo-relevance feedback finds
        paragraphs on the topic that never use the query's words. Snippets prefer the words
        typed and their thesaurus equivalents over feedback terms.
        """
        depth = None if limit is None else max(limit * RERANK_DEPTH, 20)
        restricted, arguments = self._restricted(query, filters)
        results = self.searcher.search(restricted, **arguments, limit=depth)
        scores = {hit.docnum: float(hit.score or 0.0) for hit in results}
        searched = _terms_by_field(query)
        if feedback and scores:
            first = [hit.docnum for hit in results[: feedback[0]]]
            related = self._feedback_terms(first, feedback[1], feedback[2])
            if related:
                from whoosh.query import Or

                more, more_arguments = self._restricted(Or(related), filters)
                for hit in self.searcher.search(more, **more_arguments, limit=depth):
                    scores[hit.docnum] = scores.get(hit.docnum, 0.0) + float(hit.score or 0.0)
                searched.setdefault("text", set()).update(term.text for term in related)
        exact_weights = self._exact_form_weights(typed)
        reader = self.searcher.reader()
        common = [(term, self._idf(reader.doc_frequency(term.fieldname, term.text))) for term in reranked]
        candidates = []
        for docnum, score in scores.items():
            paragraph = _paragraph_from(self.searcher.reader().stored_fields(docnum))
            present = exact_weights.keys() & set(re.findall(r"\w+", paragraph.text.lower()))
            score += sum(exact_weights[word] for word in present) + _common_terms_score(paragraph, common)
            candidates.append((score, paragraph))
        candidates.sort(key=_rank)
        typed_stems = self.stems(typed)
        phrases = [tuple(analysis.stems(e)) for e in equivalents]
        hits = []
        for score, paragraph in candidates[:limit]:
            matched = {**searched, "themes": searched.get("themes", set()) & set(paragraph.themes)}
            preferred = typed_stems | _phrases_in(paragraph.text, phrases)
            snippet, offsets = self._snippet_for(paragraph, matched, preferred)
            hits.append(RawHit(paragraph, score, snippet, offsets))
        return hits

    def _idf(self, paragraphs: int) -> float:
        """BM25's inverse document frequency of a term held by so many paragraphs."""
        total = self.searcher.reader().doc_count()
        return math.log(1 + (total - paragraphs + 0.5) / (paragraphs + 0.5))

    def _feedback_terms(self, docnums: list[int], terms: int, boost: float) -> list[Any]:
        """The most distinctive terms of some paragraphs, damped: Whoosh's key_terms (the Bo1
        model), with one look-up a word instead of two. A term in many paragraphs says little
        about the topic and costs a pass over them all: only rare ones count."""
        from whoosh.classify import Bo1Model
        from whoosh.query import Term

        reader = self.searcher.reader()
        in_top: Counter[str] = Counter()
        for docnum in docnums:
            in_top.update(analysis.stems(reader.stored_fields(docnum)["text"]))
        top_total = sum(in_top.values())
        model = Bo1Model(reader.doc_count_all(), reader.field_length("text"))
        scored = []
        for stem, weight in in_top.items():
            frequency, paragraphs = self._term_statistics("text", stem)
            if frequency:
                scored.append((model.score(weight, frequency, top_total), stem, paragraphs))
        if not scored:
            return []
        norm = model.normalizer(max(score for score, _s, _p in scored), top_total)
        best = sorted(scored, key=lambda s: (-s[0], s[1]))[:terms]
        return [
            Term("text", stem, boost=score / norm * boost)
            for score, stem, paragraphs in best
            if paragraphs <= SECONDARY_FIND_MAX
        ]

    def _term_statistics(self, field: str, text: str) -> tuple[float, int]:
        """A term's total weight (its frequency) and how many paragraphs hold it, with one
        look-up per segment."""
        from whoosh.reading import TermNotFound

        frequency, paragraphs = 0.0, 0
        for segment, _base in self.searcher.reader().leaf_readers():
            try:
                info = segment.term_info(field, text)
            except TermNotFound:
                continue
            frequency += info.weight()
            paragraphs += info.doc_frequency()
        return frequency, paragraphs

    def _exact_form_weights(self, typed: str) -> dict[str, float]:
        """A bonus for each typed word found in a paragraph as typed, not just as its stem:
        the word's inverse document frequency (BM25's), so a rare exact form counts most."""
        words = {w.lower() for w in re.findall(r"\w+", typed) if self.stems(w)}
        reader = self.searcher.reader()
        paragraphs = {w: int(reader.frequency("vocabulary", w)) for w in words}
        return {word: EXACT_FORM_WEIGHT * self._idf(count) for word, count in paragraphs.items() if count}

    def stems(self, text: str) -> set[str]:
        """The index terms (stems) that text becomes in the paragraph text field."""
        return set(analysis.stems(text))

    def _snippet_for(
        self, paragraph: Paragraph, matched: dict[str, set[str]], preferred: set[str]
    ) -> tuple[str, list[tuple[int, int]]]:
        """A snippet of the text around what matched; failing that, of the footnotes; failing
        that, the section heading or theme that matched, then the paragraph's opening."""
        snippet, offsets = self._snippet(paragraph.text, matched.get("text", set()), preferred)
        if not offsets and "footnotes" in matched:
            notes = " ".join(f.text for f in paragraph.footnotes)
            snippet, offsets = self._snippet(notes, matched["footnotes"], preferred)
        for label, spans in self._labels(paragraph, matched, preferred) if not offsets else []:
            return f"{label} — " + opening(paragraph.text, max(40, SNIPPET_CHARS - len(label))), spans
        return snippet, offsets

    def _labels(
        self, paragraph: Paragraph, matched: dict[str, set[str]], preferred: set[str]
    ) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        """The section heading, then the themes, that hold what matched, highlighted."""
        label, spans = self._snippet(paragraph.section, matched.get("section", set()), preferred)
        if spans:
            yield label, spans
        for theme in sorted(matched.get("themes", set())):
            yield theme, [(0, len(theme))]

    def _snippet(self, text: str, stems: set[str], preferred: set[str]) -> tuple[str, list[tuple[int, int]]]:
        """The window of text richest in matched words. Where the words typed (or their
        thesaurus equivalents) appear, only they are highlighted; feedback terms only when
        they are all a paragraph shares with the query."""
        tokens = [(start, end, stem) for start, end, stem in analysis.stemmed_words(text) if stem in stems]
        if any(stem in preferred for _s, _e, stem in tokens):
            tokens = [t for t in tokens if t[2] in preferred]
        if not tokens:
            return opening(text, SNIPPET_CHARS), []
        best, best_score = 0, -1.0
        score: float
        for i, (start, _end, _stem) in enumerate(tokens):
            inside = [t for t in tokens[i:] if t[1] - start <= SNIPPET_CHARS]
            score = sum(3 if stem in preferred else 1 for stem in {t[2] for t in inside})
            score += 0.1 * len(inside)
            if score > best_score:
                best, best_score = i, score
        first = tokens[best][0]
        inside = [t for t in tokens[best:] if t[1] - first <= SNIPPET_CHARS]
        lead = max(0, min(60, (SNIPPET_CHARS - (inside[-1][1] - first)) // 2))
        start = _word_start(text, max(0, first - lead))
        end = _word_end(text, min(len(text), start + SNIPPET_CHARS), inside[-1][1])
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        shift = len(prefix) - start
        snippet = prefix + text[start:end].replace("\n", " ") + suffix
        return snippet, [(s + shift, e + shift) for s, e, _ in inside]

    @_damage_is_a_problem
    def similar(self, doc: str, series: str, number: int, limit: int) -> list[RawHit]:
        """Paragraphs most like a given one, across all documents, itself excluded: Whoosh's
        more_like, which searches for the paragraph's most distinctive terms."""
        from whoosh.query import And, NumericRange, Term

        model = self.searcher.search(
            And(
                [
                    Term("doc", doc),
                    Term("series", series),
                    NumericRange("number", number, number),
                    Term("kind", "paragraph"),
                ]
            ),
            limit=1,
        )
        if not model:
            raise IndexProblem(f"no paragraph {number} in document {doc}")
        docnum = model[0].docnum
        key_terms = {term for term, _w in self.searcher.key_terms([docnum], "text", numterms=SIMILAR_TERMS)}
        results = self.searcher.more_like(docnum, "text", top=limit, numterms=SIMILAR_TERMS)
        hits = []
        for hit in results:
            paragraph = _paragraph_from(hit.fields())
            snippet, offsets = self._snippet(paragraph.text, key_terms, key_terms)
            hits.append(RawHit(paragraph, float(hit.score or 0.0), snippet, offsets))
        return hits

    @_damage_is_a_problem
    def quoted(self, query: str) -> list[tuple[Paragraph, str]]:
        """Quoted remarks with their paragraphs, in document order; with a query, only the
        quotations holding one of its words (or their stems)."""
        from whoosh.query import Or, Term

        wanted = set(analysis.stems(query))
        if query and not wanted:
            return []
        if wanted:
            found = self.searcher.search(Or([Term("quotes", s) for s in wanted]), limit=None)
            paragraphs = sorted(
                (_paragraph_from(hit.fields()) for hit in found), key=lambda p: (p.doc, p.number)
            )
        else:
            paragraphs = [p for p in self.paragraphs() if p.quotes]
        return [
            (paragraph, quote)
            for paragraph in paragraphs
            for quote in paragraph.quotes
            if not wanted or wanted & {stem for _s, _e, stem in analysis.stemmed_words(quote)}
        ]

    @_damage_is_a_problem
    def document(self, doc_id: str) -> Document:
        """A document's metadata, read once per reader: hits share a few documents."""
        if doc_id not in self._documents:
            fields = self.searcher.document(kind="document", doc=doc_id)
            if fields is None:
                raise IndexProblem(f"the index at {self.location} has no document {doc_id!r}")
            self._documents[doc_id] = _document_from(fields["record"])
        return self._documents[doc_id]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _phrases_in(text: str, phrases: list[tuple[str, ...]]) -> set[str]:
    """The stems of those phrases (thesaurus equivalents) that the text holds whole."""
    if not phrases:
        return set()
    sequence = [stem for _s, _e, stem in analysis.stemmed_words(text)]
    present = set(sequence)
    found: set[str] = set()
    for phrase in phrases:
        size = len(phrase)
        if not size or not present.issuperset(phrase):
            continue
        if any(tuple(sequence[i : i + size]) == phrase for i in range(len(sequence) - size + 1)):
            found.update(phrase)
    return found


def _rank(candidate: tuple[float, Paragraph]) -> tuple[float, str, str, int]:
    """Best score first; equal scores (to a millionth) in document order, not in the order
    the index happens to hold them, which depends on how it was built."""
    score, paragraph = candidate
    return -round(score, 6), paragraph.doc, paragraph.series, paragraph.number


def _common_terms_score(paragraph: Paragraph, terms: list[tuple[Any, float]]) -> float:
    """BM25's weight (without length normalisation) of common terms a candidate holds, counted
    on its stored fields: cheaper than skipping through their long postings in the index."""
    if not terms:
        return 0.0
    counts = {
        "text": Counter(stem for _s, _e, stem in analysis.stemmed_words(paragraph.text)),
        "section": Counter(stem for _s, _e, stem in analysis.stemmed_words(paragraph.section)),
        "themes": Counter(paragraph.themes),
    }
    total = 0.0
    for term, idf in terms:
        frequency = counts.get(term.fieldname, Counter()).get(term.text, 0)
        if frequency:
            total += term.boost * idf * frequency * (BM25_K1 + 1) / (frequency + BM25_K1)
    return total


def _terms_by_field(query: Any) -> dict[str, set[str]]:
    """The terms a query searches for, by field: what a hit may have matched."""
    found: dict[str, set[str]] = {}
    for field, text in query.iter_all_terms(phrases=True):
        found.setdefault(field, set()).add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return found


def _word_start(text: str, index: int) -> int:
    """Move index forward to the start of a word, unless it already is one."""
    if index == 0 or text[index - 1].isspace():
        return index
    space = text.find(" ", index)
    return space + 1 if space != -1 else index


def _word_end(text: str, index: int, at_least: int) -> int:
    """Move index back to the end of a word, but not before at_least."""
    if index >= len(text) or text[index].isspace():
        return index
    space = text.rfind(" ", at_least, index)
    return space if space != -1 else index


def _paragraph_from(fields: dict[str, Any]) -> Paragraph:
    return Paragraph(
        doc=fields["doc"],
        number=fields["number"],
        label=fields["label"],
        text=fields["text"],
        speaker=fields["speaker"],
        section=fields["section"],
        themes=[t for t in fields["themes"].split(THEME_SEPARATOR) if t],
        page=fields["page"],
        footnotes=[Footnote(**f) for f in fields.get("footnote_list") or []],
        quotes=list(fields.get("quote_list") or []),
        series=fields.get("series") or "paragraph",
        mentions=list(fields.get("mention_list") or []),
    )


def _document_from(record: str) -> Document:
    data = json.loads(record)
    data.pop("paragraph_count", None)
    data["participants"] = [Participant(**p) for p in data.get("participants", [])]
    return Document(**data)
