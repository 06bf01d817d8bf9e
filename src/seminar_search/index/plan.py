"""Planning a search: what a query becomes before the index runs it.

A plain query (words as a person types them) is composed from the analyzer's stems: its words
OR-ed, bonuses for the whole phrase, thesaurus expansions, section headings and themes, each
weighted by the Ranking. A query in the query language (phrases, AND/OR/NOT, field:value,
wildcards, fuzzy words) is parsed by query.py and compiled by language.py. Either way the plan
knows what a match is (the query as typed), which it counts exactly, apart from what only
finds related paragraphs. Filters join as clauses that score nothing. The plan also says, in
words, what it will do (--explain).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh.query import And, AndMaybe, NullQuery, Or, Query, Term
from whoosh.searching import Searcher

from seminar_search.index import analysis
from seminar_search.index.postings import Postings
from seminar_search.index.queries import EVERY_PARAGRAPH, AdjacentPhrase, Excluding, ZeroScore, stems_query
from seminar_search.index.rank import DOCUMENT_RECORDS, Ranking
from seminar_search.index.spelling import Speller
from seminar_search.lexicon import words

FILTER_NAMES = {
    "speaker_key": "speaker is",
    "speaker_words": "speaker's name has",
    "theme_keys": "themes include",
    "theme_words": "themes have the words",
    "doc": "document is",
    "org": "organisation is",
    "series": "series is",
}
ALL_WORDS = {"speaker_words", "theme_words"}  # a filter on these needs every word given
LOWER_CASE = {"speaker_key", "theme_keys", "series"}  # fields whose terms are in lower case


@dataclass
class Plan:
    """A query ready to run: what finds and scores hits, what only reranks them, the filters,
    and what the total counts."""

    query: Query  # finds the hits and scores them (BM25F), filters aside
    matching: Query  # what a match is: the query as typed; the total counts these
    filters: dict[str, list[str]]  # field -> the exact values allowed
    clauses: list[Query] = field(default_factory=list)  # the filters as clauses scoring nothing
    typed: str = ""  # the words as typed: a bonus where a paragraph has them in that form
    equivalents: tuple[str, ...] = ()  # thesaurus terms: related, highlighted as such
    themes: tuple[str, ...] = ()  # themes of the words typed: a paragraph tagged so is related
    corrected: tuple[str, ...] = ()  # words searched instead of misspelt ones: related
    reranked: tuple[Term, ...] = ()  # common words: counted on the candidates only
    said_by: str = ""  # the question asks what they said ("the government")
    feedback: bool = False  # search the first hits' distinctive words too
    related: bool = False  # after the matches, paragraphs found only through the bonuses
    steps: list[str] = field(default_factory=list)  # what the plan does, in words

    def restricted(self, query: Query | None = None) -> Query:
        """The query (or another one, e.g. feedback's) narrowed by the filters."""
        query = self.query if query is None else query
        return And([query, *self.clauses]) if self.clauses else query

    def via(self, paragraph_stems: set[str], themes: list[str], section_stems: set[str]) -> str:
        """Why a paragraph that does not match the query as typed was found."""
        if any(set(analysis.stems(word)) & paragraph_stems for word in self.corrected):
            return "spelling"
        if any(set(analysis.stems(term)) <= paragraph_stems for term in self.equivalents):
            return "thesaurus"
        if set(self.themes) & set(themes):
            return "theme"
        if set(analysis.stems(self.typed)) & section_stems:
            return "section"
        return "feedback"

    def explain(self) -> list[str]:
        """The plan in words a user can read, then as the index runs it."""
        names = [
            f"{FILTER_NAMES.get(f, f)} {(' and ' if f in ALL_WORDS else ' or ').join(values)}"
            for f, values in self.filters.items()
        ]
        only = [f"only paragraphs whose {' and whose '.join(names)}"] if names else []
        return [*self.steps, *only, f"as the index runs it: {self.query}"]


class Planner:
    """Turns what was typed into a Plan, using the index's term statistics."""

    def __init__(self, searcher: Searcher, ranking: Ranking, speller: Speller, postings: Postings) -> None:
        self.searcher = searcher
        self.postings = postings
        self.reader = searcher.reader()
        self.ranking = ranking
        self.speller = speller

    def everything(self, filters: dict[str, list[str]]) -> Plan:
        """Every paragraph (for a search that only filters)."""
        steps = ["every paragraph, in document order"]
        return self._filtered(Plan(EVERY_PARAGRAPH, EVERY_PARAGRAPH, filters, steps=steps))

    def words(
        self,
        text: str,
        expansions: list[str],
        themes: list[str],
        filters: dict[str, list[str]],
        exact: bool,
        typed: str | None = None,
        said_by: str = "",
    ) -> Plan:
        """A plain query: its words OR-ed (more matched words rank higher), with bonuses for the
        whole phrase, damped thesaurus expansions, and the paragraph's context (its section
        heading, and the themes the query's own words belong to); unless exact, feedback.

        Built directly from the analyzer's stems: the query parser is only for query syntax.
        A match has one of the words as typed (before any spelling correction); unless exact,
        paragraphs found only through the rest follow the matches, as related.
        """
        r = self.ranking
        stems = list(dict.fromkeys(analysis.stems(text)))
        parts = _Parts(self)
        parts.add([Term("text", s) for s in stems], required=True)
        steps = [
            f"your words, any of them, each adding its score (more of them rank higher): {', '.join(stems)}"
        ]
        if r.phrase and len(stems) > 1:  # a phrase finds nothing its words do not
            parts.bonus.append(AdjacentPhrase("text", analysis.stems(text), boost=r.phrase))
            steps.append(f"bonus for the words side by side, as typed (×{r.phrase})")
        parts.add([self._stems_query(term).with_boost(r.expansion) for term in expansions])
        if expansions:
            steps.append(f"thesaurus terms (×{r.expansion}): {', '.join(expansions)}")
        parts.add([Term("section", s, boost=r.section) for s in stems])
        steps.append(f"your words in the section heading (×{r.section})")
        parts.add([Term("themes", theme, boost=r.theme) for theme in themes])
        if themes:
            steps.append(f"paragraphs tagged with the themes of your words (×{r.theme}): {', '.join(themes)}")
        if parts.common_words():
            steps.append(
                "common words only reorder what rarer ones find, counted on those hits: "
                + ", ".join(parts.common_words())
            )
        if said_by:
            steps.append(
                f"the question asks what {said_by} said: what they said or a paragraph reports ×{r.said_by}"
            )
        if not exact:
            steps.append(
                f"then the {r.feedback_terms} most distinctive words of the first {r.feedback_hits} hits, "
                f"searched too (×{r.feedback})"
            )
        steps += [*self._reranking_steps(), self._scores_step()]
        typed = text if typed is None else typed
        corrected = tuple(w for w in text.split() if w not in typed.split())
        matching = Or([Term("text", s) for s in dict.fromkeys(analysis.stems(typed))])
        if corrected:
            steps.insert(0, f"spelling: searched for {text!r}; only {typed!r} as typed makes a match")
        if not exact:
            steps.append("matches (your words as typed) first, then related paragraphs, marked so")
        plan = Plan(
            parts.query(),
            matching,
            filters,
            typed=text,
            equivalents=tuple(expansions),
            themes=tuple(themes),
            corrected=corrected,
            reranked=tuple(parts.reranked()),
            said_by=said_by,
            feedback=not exact,
            related=not exact,
            steps=steps,
        )
        return self._filtered(plan)

    def syntax(self, text: str, filters: dict[str, list[str]]) -> Plan:
        """The query language (query.py): words, "phrases", AND/OR/NOT, -word, +word,
        field:value, wildcards, fuzzy~. Its matches are all there is: no related paragraphs."""
        # The query language loads only for a query that uses it: not on a plain search's start.
        from seminar_search.index.language import Compiler
        from seminar_search.query import parse

        compiled = Compiler(self.speller, self.ranking.coordination).compile(parse(text))
        query = NullQuery if compiled is None else compiled
        steps = [
            "the query language, as written (no spelling correction, thesaurus or feedback)",
            *self._reranking_steps(),
            self._scores_step(),
        ]
        return self._filtered(Plan(query, query, filters, typed=text, steps=steps))

    def _reranking_steps(self) -> list[str]:
        r = self.ranking
        return [
            f"then each word found as typed, not only as its stem: +{r.exact_form} × its rarity (IDF)",
            f"a word of the query in the speaker's name (the government, a witness): +{r.speaker}",
            f"a transcript's question, said by a member: ×{r.question_turn}, below the answers",
            "a paragraph restating or answering a better hit (a conclusion, a recommendation, its"
            " response) is shown with that hit, as 'also'",
            "a recommendation (or a conclusion answered) or response shown brings the other of its"
            " pair, and a conclusion the paragraph it cites, as 'also', where the filters allow them",
        ]

    def _scores_step(self) -> str:
        r = self.ranking
        return f"scores: BM25F (b {r.bm25_b}, k1 {r.bm25_k1}); equal scores in document order"

    @staticmethod
    def _stems_query(text: str, field: str = "text") -> Query:
        return stems_query(analysis.stems(text), field) or NullQuery

    def paragraphs_with(self, query: Query) -> int:
        """How many paragraphs hold a term, or the rarest word of a phrase."""
        return min((self.postings.statistics(f, t)[1] for f, t in query.iter_all_terms()), default=0)

    def matching_ids(self, plan: Plan, filtered: set[int] | None) -> set[int]:
        """The paragraphs matching the query as typed, among the filtered ones (if filters
        apply): set algebra over the postings of the query's own words, nothing else."""
        found = self._ids(plan.matching)
        if filtered is not None:
            found &= filtered
        if any(field == "title" for field, _text in plan.matching.iter_all_terms()):
            found -= self._ids(DOCUMENT_RECORDS)  # titles are on document records
        return found

    def filtered_ids(self, plan: Plan) -> set[int] | None:
        """The paragraphs the filters allow, read from their postings; None without filters."""
        if not plan.clauses:
            return None
        allowed = [self._ids(clause) for clause in plan.clauses]
        return set.intersection(*sorted(allowed, key=len))

    def _ids(self, query: Query) -> set[int]:
        if isinstance(query, ZeroScore):
            return self._ids(query.child)
        if isinstance(query, Or):  # each part's set is its own: the largest takes in the rest
            parts = sorted((self._ids(part) for part in query.subqueries), key=len)
            found = parts.pop() if parts else set()
            found.update(*parts)
            return found
        if isinstance(query, And):
            parts = sorted((self._ids(part) for part in query.subqueries), key=len)
            return set.intersection(*parts) if parts else set()
        if isinstance(query, AndMaybe):
            return self._ids(query.a)
        if isinstance(query, Excluding):
            return self._ids(query.a) - self._ids(query.b)
        if query is NullQuery:
            return set()
        if type(query) is Term:
            return self.postings.docnums(query.fieldname, str(query.text))
        if isinstance(query, AdjacentPhrase):
            return set(self.postings.side_by_side(query.fieldname, [str(word) for word in query.words]))
        return set(query.docs(self.searcher))

    def _filtered(self, plan: Plan) -> Plan:
        """Filters join as clauses that score nothing (ZeroScore), so Whoosh skips through their
        postings instead of first listing every paragraph they allow."""
        plan.clauses = [ZeroScore(self._one_filter(f, values)) for f, values in plan.filters.items()]
        return plan

    def _one_filter(self, name: str, values: list[str]) -> Query:
        """Paragraphs whose field holds one of the values (all of them, for words). "org":
        paragraphs that name the organisation, in text or footnotes, or that its people spoke."""
        if name in ALL_WORDS:
            return And([Term(name, v) for v in values])
        if name != "org":
            return Or([Term(name, v.casefold() if name in LOWER_CASE else v) for v in values])
        named = [self._stems_query(values[0], f) for f in ("text", "footnotes")]
        spoken = And([Term("speaker_org", word) for word in words(values[0])])
        return Or([*named, spoken])


class _Parts:
    """A plain query under construction: the parts that find paragraphs, and the bonuses that
    only rank what those found.

    A word in many paragraphs ("public" in a report on public services) costs a pass over
    them all but tells little, so once a rarer part can find the hits, common terms only add
    to the scores of what that rarer part found: counted on the candidates themselves
    (reranked), as skipping through their long postings would cost more than the search.
    """

    def __init__(self, planner: Planner) -> None:
        self.planner = planner
        self.finding: list[Query] = []
        self.bonus: list[Query] = []  # ranks what was found, in the index (a phrase)
        self.common: list[Term] = []  # ranks what was found, counted on the candidates
        self.fallback: list[Query] = []  # the query's own common words, when none of them is rare
        self.words_find = False  # whether a rare word of the query's own finds hits

    def add(self, parts: list[Query], required: bool = False) -> None:
        """Add alternatives: rare ones find hits, common words only rerank (or, for the
        query's own words, find hits when nothing rarer can).

        The query's own words may find hits through many paragraphs; secondary parts
        (expansions, context, feedback) only through a few, lest a broad theme or a feedback
        word flood a large archive with paragraphs to score.
        """
        ranking = self.planner.ranking
        paragraphs = self.planner.reader.doc_count()
        most = ranking.common_threshold(paragraphs) if required else ranking.secondary_find_max
        rare = [p for p in parts if self.planner.paragraphs_with(p) <= most]
        common = [p for p in parts if self.planner.paragraphs_with(p) > most]
        if rare:
            self.finding.append(Or(rare))
            self.words_find = self.words_find or required
        if required:
            self.fallback.extend(common)
        else:  # a phrase of common words is dropped: as a bonus it moved no judged query
            self.common.extend(p for p in common if isinstance(p, Term))

    def query(self) -> Query:
        finding = list(self.finding)
        if not self.words_find and self.fallback:  # the query's words must find, common or not
            finding.append(Or(self.fallback))
        core = Or(finding).normalize()
        return AndMaybe(core, Or(self.bonus)) if self.bonus else core

    def reranked(self) -> list[Term]:
        """The common terms to count on the candidates (the query's own, once a rarer one finds)."""
        own = [p for p in self.fallback if isinstance(p, Term)] if self.words_find else []
        return self.common + own

    def common_words(self) -> list[str]:
        """The query's own words that only rerank."""
        return [str(t.text) for t in self.fallback if isinstance(t, Term)] if self.words_find else []
