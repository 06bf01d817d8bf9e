"""Planning a search: what a query becomes before the index runs it.

A plain query (words as a person types them) is composed from the analyzer's stems: its words
OR-ed, bonuses for the whole phrase, thesaurus expansions, section headings and themes, each
weighted by the Ranking. A query in the query language (phrases, AND/OR/NOT, field:value,
wildcards, fuzzy words) goes through Whoosh's parser. Filters join either as clauses that
score nothing. The plan also says, in words, what it will do (--explain).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whoosh.query import And, AndMaybe, FuzzyTerm, NullQuery, Or, Phrase, Prefix, Query, Term, Wildcard
from whoosh.searching import Searcher

from seminar_search.errors import QueryError
from seminar_search.index import analysis
from seminar_search.index.queries import AdjacentPhrase, ZeroScore
from seminar_search.index.rank import Ranking
from seminar_search.index.spelling import Speller

FIELD_ALIASES = {"footnotes": ["footnote", "note"]}
QUERY_FIELDS = sorted({"section", "text", "title", *(a for names in FIELD_ALIASES.values() for a in names)})
FILTER_NAMES = {"speaker_exact": "speaker", "themes": "theme", "doc": "document", "org": "organisation"}


@dataclass
class Plan:
    """A query ready to run: what finds and scores hits, what only reranks them, the filters,
    and what the total counts."""

    query: Query  # finds the hits and scores them (BM25F), filters aside
    counted: Query  # paragraphs holding any of these are the total
    filters: dict[str, list[str]]  # field -> the exact values allowed
    clauses: list[Query] = field(default_factory=list)  # the filters as clauses scoring nothing
    typed: str = ""  # the words as typed: a bonus where a paragraph has them in that form
    equivalents: tuple[str, ...] = ()  # thesaurus terms: highlighted like the words typed
    reranked: tuple[Term, ...] = ()  # common words: counted on the candidates only
    feedback: bool = False  # search the first hits' distinctive words too
    steps: list[str] = field(default_factory=list)  # what the plan does, in words

    def restricted(self, query: Query | None = None) -> Query:
        """The query (or another one, e.g. feedback's) narrowed by the filters."""
        query = self.query if query is None else query
        return And([query, *self.clauses]) if self.clauses else query

    @staticmethod
    def mask() -> dict[str, Any]:
        """Search arguments leaving out document records: they hold no text, so masking the
        few of them costs far less than filtering every paragraph."""
        return {"mask": Term("kind", "document")}

    def explain(self) -> list[str]:
        """The plan in words a user can read, then as the index runs it."""
        names = [f"{FILTER_NAMES.get(f, f)} is {' or '.join(values)}" for f, values in self.filters.items()]
        only = [f"only paragraphs whose {' and whose '.join(names)}"] if names else []
        return [*self.steps, *only, f"as the index runs it: {self.query}"]


class Planner:
    """Turns what was typed into a Plan, using the index's term statistics."""

    def __init__(self, searcher: Searcher, ranking: Ranking, speller: Speller) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.ranking = ranking
        self.speller = speller

    def everything(self, filters: dict[str, list[str]]) -> Plan:
        """Every paragraph (for a search that only filters)."""
        every = Term("kind", "paragraph")
        return self._filtered(Plan(every, every, filters, steps=["every paragraph, in document order"]))

    def words(
        self, text: str, expansions: list[str], themes: list[str], filters: dict[str, list[str]], exact: bool
    ) -> Plan:
        """A plain query: its words OR-ed (more matched words rank higher), with bonuses for the
        whole phrase, damped thesaurus expansions, and the paragraph's context (its section
        heading, and the themes the query's own words belong to); unless exact, feedback.

        Built directly from the analyzer's stems: the query parser is only for query syntax.
        """
        r = self.ranking
        stems = list(dict.fromkeys(analysis.stems(text)))
        parts = _Parts(self)
        parts.add([Term("text", s) for s in stems], scale=r.coordination, required=True)
        steps = [
            f"your words, any of them, more of them ranking higher (×{r.coordination}): {', '.join(stems)}"
        ]
        if r.phrase and len(stems) > 1:  # a phrase finds nothing its words do not
            parts.bonus.append(AdjacentPhrase("text", analysis.stems(text), boost=r.phrase))
            steps.append(f"bonus for the words side by side, as typed (×{r.phrase})")
        parts.add([self.term_or_phrase(term).with_boost(r.expansion) for term in expansions])
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
        if not exact:
            steps.append(
                f"then the {r.feedback_terms} most distinctive words of the first {r.feedback_hits} hits, "
                f"searched too (×{r.feedback})"
            )
        steps += [self._exact_form_step(), self._scores_step()]
        counted = Or([*(Term("text", s) for s in stems), *(self.term_or_phrase(e) for e in expansions)])
        plan = Plan(
            parts.query(),
            counted,
            filters,
            typed=text,
            equivalents=tuple(expansions),
            reranked=tuple(parts.reranked()),
            feedback=not exact,
            steps=steps,
        )
        return self._filtered(plan)

    def syntax(self, text: str, filters: dict[str, list[str]]) -> Plan:
        """The query language: words, "phrases", AND/OR/NOT, field:value, wildcards, fuzzy~."""
        # Imported here: the parser costs a plain search 7 ms of start-up it does not need.
        from whoosh import qparser

        parser = qparser.MultifieldParser(
            ["text"],
            self.searcher.schema,
            fieldboosts={"text": 1.0},
            group=qparser.OrGroup.factory(self.ranking.coordination),
        )
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        parser.add_plugin(qparser.FuzzyTermPlugin())
        try:
            parsed = parser.parse(text)
        except Exception as error:  # the parser's own errors carry no common base class
            raise QueryError(f"cannot understand the query {text!r} ({error})") from None
        query = parsed.accept(lambda node: self._rewritten(node, text))
        steps = [
            "the query language, as written (no spelling correction, thesaurus or feedback)",
            self._exact_form_step(),
            self._scores_step(),
        ]
        return self._filtered(Plan(query, query, filters, typed=text, steps=steps))

    def _exact_form_step(self) -> str:
        bonus = self.ranking.exact_form
        return f"then each word found as typed, not only as its stem: +{bonus} × its rarity (IDF)"

    def _scores_step(self) -> str:
        r = self.ranking
        return f"scores: BM25F (b {r.bm25_b}, k1 {r.bm25_k1}); equal scores in document order"

    def _rewritten(self, node: Query, text: str) -> Query:
        """Phrases become AdjacentPhrase (same matches, faster). Wildcards (innovat*) and fuzzy
        words (procurment~) are about words as written: they are matched against the index's
        own words, then those words' stems are searched for."""
        if type(node) is Phrase:
            return AdjacentPhrase(node.fieldname, node.words, slop=node.slop, boost=node.boost)
        if getattr(node, "fieldname", None) != "text":
            return node
        if isinstance(node, FuzzyTerm):
            written = text[node.startchar : node.endchar].lower()  # the parser stemmed node.text
            found = [written, *self.speller.similar(written, maxdist=node.maxdist, prefix=node.prefixlength)]
        elif isinstance(node, (Prefix, Wildcard)):
            found = self.speller.matching(node.text + "*" if isinstance(node, Prefix) else node.text)
        else:
            return node
        stems = sorted({stem for word in found for stem in analysis.stems(word)})
        return Or([Term("text", stem, boost=node.boost) for stem in stems]) if stems else NullQuery

    def term_or_phrase(self, text: str, field: str = "text") -> Query:
        """One word's stem as a term, several as a phrase."""
        stems = analysis.stems(text)
        if not stems:
            return NullQuery
        return Term(field, stems[0]) if len(stems) == 1 else AdjacentPhrase(field, stems)

    def paragraphs_with(self, query: Query) -> int:
        """How many paragraphs hold a term, or the rarest word of a phrase."""
        return min((self.reader.doc_frequency(f, t) for f, t in query.iter_all_terms()), default=0)

    def estimate(self, plan: Plan) -> int:
        """About how many paragraphs match: exact for one word, at most the sum of each word's
        paragraphs for several. Counting exactly would cost a pass over them all."""
        found = 0
        for leaf in plan.counted.leaves():
            frequencies = [self.reader.doc_frequency(f, t) for f, t in leaf.iter_all_terms()]
            found += min(frequencies, default=0)  # a phrase is in no more paragraphs than its rarest word
        ceiling = self.reader.doc_frequency("kind", "paragraph")
        for name, values in plan.filters.items():
            if name != "org":  # an organisation filters through several fields
                ceiling = min(ceiling, sum(self.reader.doc_frequency(name, v) for v in values))
        return int(min(found, ceiling))

    def _filtered(self, plan: Plan) -> Plan:
        """Filters join as clauses that score nothing (ZeroScore), so Whoosh skips through their
        postings instead of first listing every paragraph they allow."""
        plan.clauses = [ZeroScore(self._one_filter(f, values)) for f, values in plan.filters.items()]
        return plan

    def _one_filter(self, name: str, values: list[str]) -> Query:
        """Paragraphs whose field holds one of the values. "org" is [organisation, *speakers]:
        paragraphs that name the organisation, in text or footnotes, or that its people spoke."""
        if name != "org":
            return Or([Term(name, v) for v in values])
        named = [self.term_or_phrase(values[0], f) for f in ("text", "footnotes")]
        return Or([*named, *(Term("speaker_exact", s) for s in values[1:])])


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

    def add(self, parts: list[Query], scale: float | None = None, required: bool = False) -> None:
        """Add alternatives: rare ones find hits, common ones count as bonuses (or, for the
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
            self.finding.append(Or(rare, scale=scale) if scale else Or(rare))
            self.words_find = self.words_find or required
        if required:
            self.fallback.extend(common)
        else:
            self.common.extend(p for p in common if isinstance(p, Term))
            self.bonus.extend(p for p in common if not isinstance(p, Term))

    def query(self) -> Query:
        finding = list(self.finding)
        if not self.words_find and self.fallback:  # the query's words must find, common or not
            finding.append(Or(self.fallback, scale=self.planner.ranking.coordination))
        core = Or(finding).normalize()
        return AndMaybe(core, Or(self.bonus)) if self.bonus else core

    def reranked(self) -> list[Term]:
        """The common terms to count on the candidates (the query's own, once a rarer one finds)."""
        own = [p for p in self.fallback if isinstance(p, Term)] if self.words_find else []
        return self.common + own

    def common_words(self) -> list[str]:
        """The query's own words that only rerank."""
        return [str(t.text) for t in self.fallback if isinstance(t, Term)] if self.words_find else []
