"""Searching: from what a person types to ranked, highlighted, citable hits.

search() is the one call. It takes filter clauses (speaker:, doc:, theme:, org:) out of the
query and resolves every filter to stored values; for a plain query it corrects spelling and
adds thesaurus terms and themes (unless exact); the index's planner turns that into a Plan,
the reader runs it, and each hit is cited.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from seminar_search.cite import citation
from seminar_search.errors import QueryError
from seminar_search.filters import filter_clauses, matching_documents, resolve_filters
from seminar_search.index import IndexReader, RawHit
from seminar_search.index.plan import Plan
from seminar_search.index.rank import GOVERNMENT, name_words
from seminar_search.labels import find_paragraphs
from seminar_search.lexicon import Entry, load_thesaurus, term_in, themes_for, words
from seminar_search.model import Hit

QUERY_SYNTAX = re.compile(r"[\"():*?~]|\b(?:AND|OR|NOT)\b|(?:^|\s)[+-](?=[\w(\"])")
QUESTION = re.compile(r"\s\S*\w\?+$")  # several words, the last ending in "?"
# "what did the government say about X", "how did the committee respond to X", "Foster's view on X"
REPORTED = re.compile(
    r"^(?:(?:what|how)\s+(?:did|does|do|has|have|had|would|will)\s+(?P<who>.+?)\s+"
    r"(?:say|said|think|argue|propose|recommend|conclude|respond|reply|answer|suggest|want|believe)"
    r"(?:\s+(?:about|on|of|to|regarding|concerning))?"
    r"|(?:what\s+(?:is|was|are|were)\s+)?(?P<holder>.+?)['’]s?\s+"
    r"(?:view|views|position|response|answer|reply|verdict|stance)\s+(?:on|to|about|of))"
    r"\s+(?P<topic>\S.*)$",
    re.IGNORECASE,
)
QUESTION_OPENING = re.compile(
    r"^(?:what|why|how|where|when|who|which|whose|can|could|are|is|was|were|do|does|did|should|would|will"
    r"|has|have)\b",
    re.IGNORECASE,
)
# idioms a question is put in whose words name no topic: "why were microbeads used in the first place"
IDIOMS = re.compile(
    r"\s*\b(?:in the first place|at the moment|at present|these days|nowadays|at all|of course|in fact)\b",
    re.IGNORECASE,
)
MAX_QUERY_CHARS = 2000


class Named(NamedTuple):
    """Someone the query names: a participant of these documents, as they list them."""

    name: str
    role: str
    organisation: str
    docs: list[str]


class Outcome(NamedTuple):
    """The ranked hits, with what the query became on the way, for --explain and messages."""

    query: str  # as typed
    hits: list[Hit]
    total: int  # paragraphs matching the query as typed, with the filters: all, not only those shown
    plan: list[str]  # what the search did, in words
    corrected: str | None  # the query as searched, when its spelling was corrected
    suggestion: str | None  # a spelling to try, when nothing was found
    expansions: list[str]
    index_info: dict[str, str]  # when the index was built, its content hash
    people: list[Named]  # participants the query's words name

    @property
    def related(self) -> int:
        """How many of the hits shown do not match the query as typed."""
        return sum(1 for hit in self.hits if not hit.match)


def search(
    reader: IndexReader,
    query: str,
    *,
    speaker: str | None = None,
    theme: str | None = None,
    doc: str | None = None,
    series: str | None = None,
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
    if QUESTION.search(text):  # a question's mark is punctuation, not a one-letter wildcard
        text = text.rstrip("?")
    if not text and not clauses:
        raise QueryError("the query is empty: give a word or phrase to search for")
    asked = [("speaker", speaker), ("theme", theme), ("doc", doc), ("series", series)]
    filters = resolve_filters(reader, [*asked, *clauses])
    plain = not QUERY_SYNTAX.search(text)
    said_by = ""
    idioms: list[str] = []
    if plain and not exact:
        text, idioms = without_idioms(text)
        text, said_by = reported_speech(reader, text)
    corrected = reader.spelling.corrected(text) if plain and not exact else None
    effective = corrected or text
    expansions: list[str] = []
    topics: list[str] = []
    if plain and not exact:
        # as typed, and as the reports spell it ("procurment"): the lexicons know either
        forms = list(dict.fromkeys([effective, reader.spelling.known_forms(effective)]))
        expansions = expand(forms, load_thesaurus() if thesaurus is None else thesaurus)
        topics = list(dict.fromkeys(t for form in forms for t in themes_for(form, reader.themes())))
    plan: Plan
    if not effective or effective.strip() == "*":  # only filters, or "*": every paragraph
        plan = reader.planner.everything(filters)
    elif plain:
        plan = reader.planner.words(effective, expansions, topics, filters, exact, text, said_by)
    else:
        plan = reader.planner.syntax(effective, filters)
    if idioms:
        plan.steps.insert(0, f"left out, as idioms of a question that name no topic: {', '.join(idioms)}")
    found = reader.search(plan, limit)
    hits = cited(reader, found.hits)
    people = _named(reader, text) if plain else []
    suggestion = None if hits or people or not plain or not text else reader.spelling.did_you_mean(text)
    return Outcome(
        query.strip(),
        hits,
        found.total,
        plan.explain(),
        corrected,
        suggestion,
        expansions,
        provenance(reader),
        people,
    )


def without_idioms(text: str) -> tuple[str, list[str]]:
    """A question without the idioms it is put in ("in the first place", "at the moment"), whose
    words ("first", "place") would rank paragraphs that use them, and which idioms; a query that
    asks no question, or is nothing but an idiom, as it is."""
    found = [idiom.group().strip() for idiom in IDIOMS.finditer(text)] if QUESTION_OPENING.match(text) else []
    rest = IDIOMS.sub("", text).strip() if found else text
    return (rest, found) if rest else (text, [])


def reported_speech(reader: IndexReader, text: str) -> tuple[str, str]:
    """A question about what someone said ("what did the government say about microbeads",
    "the committee's view on labelling", "what did Professor Galloway say about showers"): the
    words to search, who and what about (the verb and the question's words are not what a
    paragraph says), and who, when every word of it is in the name of a speaker of these
    documents (the government's departments speak for it) or of someone they name; else the
    text as it is, and no one."""
    found = REPORTED.match(text)
    if not found:
        return text, ""
    who = found["who"] or found["holder"]
    named = name_words(who)
    known = (
        GOVERNMENT,
        *(w for w in named if reader.holds("speaker_words", [w]) or reader.spelling.is_name(w)),
    )
    if not named or not set(named) <= set(known):
        return text, ""
    return f"{who} {found['topic']}", who


def _named(reader: IndexReader, text: str) -> list[Named]:
    """The participants named by the query's words that are names (Creagh: Mary Creagh MP)."""
    names = [word for word in words(text) if reader.spelling.is_name(word)]
    found: dict[tuple[str, str, str], list[str]] = {}
    for person, document in reader.named(names):
        key = (person.name, person.role, person.organisation or document.author)
        found.setdefault(key, []).append(document.id)
    return [Named(name, role, organisation, docs) for (name, role, organisation), docs in found.items()]


def cited(reader: IndexReader, raw_hits: list[RawHit]) -> list[Hit]:
    """Raw hits with their documents and citations."""
    hits = []
    for raw in raw_hits:
        document = reader.document(raw.paragraph.doc)
        citing = citation(document, raw.paragraph)
        hits.append(
            Hit(
                raw.paragraph,
                document,
                raw.score,
                raw.snippet,
                raw.highlights,
                citing,
                raw.related_highlights,
                raw.match,
                raw.via,
                raw.also,
                raw.moved,
                raw.related_also,
            )
        )
    return hits


def provenance(reader: IndexReader) -> dict[str, str]:
    """When the index was built and a hash of its contents: what a result set is cited against."""
    return {
        "built": str(reader.info.get("built", "")),
        "content_hash": str(reader.info.get("content_hash", "")),
    }


def expand(forms: list[str], thesaurus: list[Entry]) -> list[str]:
    """Terms of the thesaurus entries the query (in any of its forms) touches, other than
    its words."""
    typed = [words(form) for form in forms]
    touched = {name for form in forms for name in themes_for(form, thesaurus)}
    extra: list[str] = []
    for entry in thesaurus:
        if entry.name in touched:
            for term in entry.terms:
                phrase = " ".join(term)
                if not any(term_in(term, t) for t in typed) and phrase not in extra:
                    extra.append(phrase)
    return extra


def similar(
    reader: IndexReader, label: str, *, from_doc: str | None = None, doc: str | None = None, limit: int = 5
) -> Outcome:
    """Paragraphs most like the one printed with label (in from_doc, or in the one document
    holding it), among the documents doc names (default: all)."""
    shown, _missing = find_paragraphs(reader, [label], from_doc)
    docs = list(dict.fromkeys(p.doc for p, _asked in shown))
    if len(docs) > 1:  # a question and its answers share a label: the question stands for them
        raise QueryError(
            f"paragraph {label} is in several documents ({', '.join(docs)}); choose one with --from-doc"
        )
    among = matching_documents(reader, doc) if doc else None
    hits = cited(reader, reader.similar(shown[0][0], limit, among))
    return Outcome(
        f"similar to ¶{label}",
        hits,
        len(hits),
        [f"more like ¶{label}"],
        corrected=None,
        suggestion=None,
        expansions=[],
        index_info=provenance(reader),
        people=[],
    )
