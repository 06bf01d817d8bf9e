"""Ranking: every weight that orders hits, and the scoring done after the index's own.

The index scores candidates with BM25F over the plan's query (plan.py): a plain query summed a
term at a time (accumulate.py), the query language's by Whoosh's matchers. Three things are then
added here, on the candidates only: pseudo-relevance feedback (the first hits' distinctive
words, searched too), a bonus for each word found as typed rather than only as its stem, and
the query's common words, counted on the candidates' stored text instead of walked through
their long postings.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from whoosh.classify import Bo1Model
from whoosh.collectors import FilterCollector, TopCollector, UnlimitedCollector
from whoosh.query import And, NumericRange, Or, Query, Term
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from seminar_search.index import analysis
from seminar_search.index.accumulate import Accumulator, handles
from seminar_search.index.passages import Candidate, Found, Place, grouped, with_partners
from seminar_search.index.postings import Postings
from seminar_search.index.schema import paragraph_from
from seminar_search.lexicon import words
from seminar_search.model import Document, Paragraph

if TYPE_CHECKING:
    from seminar_search.index.plan import Plan

DOCUMENT_RECORDS = Term("kind", "document")  # masked when a query could find them
GOVERNMENT = "government"  # as a question names it; a department or ministry speaks for it
ARTICLES = frozenset({"the", "a", "an", "its", "their", "our"})
DOCUMENT_FIELDS = frozenset({"title", "date", "names", "vocabulary"})  # on document records only


class Ranking(NamedTuple):
    """The weights, in one place. Boosts multiply a part's BM25F score; the query's own words
    count 1."""

    bm25_b: float = 0.5  # how much a long paragraph's length dilutes its words
    bm25_k1: float = 1.2  # how soon repeating a word stops adding
    coordination: float = 0.9  # the query language's OR: more of its parts matched ranks higher
    phrase: float = 1.0  # the query's words side by side, as typed
    expansion: float = 0.7  # thesaurus terms for the words typed: near synonyms, near their weight
    section: float = 0.35  # the query's words in the paragraph's section heading
    theme: float = 2.0  # a theme the query's words belong to, tagged on the paragraph
    exact_form: float = 2.0  # a word found as typed, not only as its stem: this times its IDF
    speaker: float = 1.0  # a query word in the name of who said it (the government, a witness)
    said_by: float = 1.5  # a question asking what someone said: their paragraphs count this much
    question_turn: float = 0.7  # a transcript's question scores this share: its answers rank above
    feedback_hits: int = 2  # pseudo-relevance feedback: the first hits read for their words,
    feedback_terms: int = 10  # how many of their most distinctive words are searched too,
    feedback: float = 0.5  # and how much those count
    rerank_depth: int = 2  # how many times the limit of candidates the bonuses reorder
    common_fraction: float = 0.01  # a word in more than this share of paragraphs only ranks,
    common_min_paragraphs: int = 1000  # once it is in more paragraphs than this
    secondary_find_max: int = 100  # expansions, section, themes, feedback find only through rarer terms

    def weighting(self) -> BM25F:
        return BM25F(B=self.bm25_b, K1=self.bm25_k1)

    def common_threshold(self, paragraphs: int) -> float:
        """A word in more paragraphs than this costs more to find hits through than it tells."""
        return max(self.common_min_paragraphs, self.common_fraction * paragraphs)


RANKING = Ranking()


class Ranked(NamedTuple):
    """Candidates in rank order, matches first, each with whether it matches the query as
    typed and what restates or answers it; and the terms by field a hit may have matched
    (feedback's too)."""

    candidates: list[Candidate]
    searched: dict[str, set[str]]
    total: int  # how many paragraphs match


class Ranker:
    """Runs a plan on a searcher and orders what it finds."""

    def __init__(
        self, searcher: Searcher, ranking: Ranking, document: Callable[[str], Document], postings: Postings
    ) -> None:
        self.searcher = searcher
        self.ranking = ranking
        self.document = document  # a document's metadata, read once per reader
        self.reader = searcher.reader()
        self.postings = postings
        self.accumulator = Accumulator(searcher, postings, ranking.bm25_b, ranking.bm25_k1)
        self._records: set[int] | None = None

    def run(
        self, plan: Plan, limit: int | None, matching: set[int] | None, filtered: set[int] | None
    ) -> Ranked:
        """The plan's matches (the docnums in matching), scored by the index, by feedback and
        by the bonuses, best first; then, if the plan allows, what it found that does not
        match (among the filtered docnums, if filters apply), scored alike. Without matching,
        the plan finds only matches: one pass over them all scores them and tells how many
        there are."""
        depth = None if limit is None else max(limit * self.ranking.rerank_depth, 20)
        wide = None if depth is None else 2 * depth  # room for scores tied at the edge
        masked = self._masked(plan)
        if matching is None:
            matches = self._scores(plan.restricted(), None, exclude=masked)
            matching = set(matches)
        else:
            matches = self._scores(plan.query, wide, allow=matching)
        searched = terms_by_field(plan.query)
        feedback = self._feedback(plan, matches)
        if feedback:
            _add(matches, self._scores(Or(feedback), wide, allow=matching))
        ordered = grouped(self._reranked(plan, matches, depth, True))
        if plan.related and (limit is None or len(ordered) < limit):  # else none would be shown
            unmatched = matching | masked
            related = self._scores(plan.query, wide, allow=filtered, exclude=unmatched)
            feedback = feedback or self._feedback(plan, related)
            if feedback:
                _add(related, self._scores(Or(feedback), wide, allow=filtered, exclude=unmatched))
            ordered += grouped(self._reranked(plan, related, depth, False))
        if feedback:
            searched.setdefault("text", set()).update(term.text for term in feedback)
        shown = with_partners(ordered, limit, lambda place: self._found_at(place, filtered, matching))
        return Ranked(shown, searched, len(matching))

    def _found_at(self, place: Place, filtered: set[int] | None, matching: set[int]) -> Found | None:
        """The paragraph at a place, if the filters (the docnums they allow) let it be shown,
        and whether it matches the query."""
        docnum = docnum_at(self.searcher, place)
        if docnum is None or (filtered is not None and docnum not in filtered):
            return None
        return paragraph_from(self.reader.stored_fields(docnum)), docnum in matching

    def _feedback(self, plan: Plan, scores: dict[int, float]) -> list[Term]:
        """The distinctive terms of the first hits, searched too, if the plan asks for them."""
        first = self._first(scores, self.ranking.feedback_hits) if plan.feedback else []
        return self.feedback_terms(first) if first else []

    def _best(self, scores: dict[int, float], count: int | None) -> list[int]:
        """The best count candidates (all for None) and every one tied with the last: which
        of equal scores are kept must not depend on the order the index holds them in."""
        if count is None or len(scores) <= count:
            return list(scores)
        last = round(sorted(scores.values(), reverse=True)[count - 1], 6)
        return [docnum for docnum, score in scores.items() if round(score, 6) >= last]

    def _first(self, scores: dict[int, float], count: int) -> list[int]:
        """The best count hits, equal scores in document order, for feedback to read the same
        paragraphs however the index was built."""
        best = self._best(scores, count)
        return sorted(best, key=lambda docnum: self._rank_of(docnum, scores[docnum]))[:count]

    def _rank_of(self, docnum: int, score: float) -> tuple[float, str, str, int]:
        stored = self.reader.stored_fields(docnum)
        return -round(score, 6), stored["doc"], stored.get("series") or "paragraph", stored["number"]

    def _scores(
        self, query: Query, limit: int | None, allow: set[int] | None = None, exclude: set[int] | None = None
    ) -> dict[int, float]:
        """The scores of a query's best hits among those allowed (all, for None) but those
        excluded: a plain query's summed a term at a time, any other's by Whoosh."""
        if allow is not None and not allow:  # Whoosh reads an empty allowed set as no filter
            return {}
        if handles(query):
            return self.accumulator.best(query, limit, allow, exclude or set())
        best = TopCollector(limit) if limit else UnlimitedCollector()
        collector = FilterCollector(best, allow=allow, restrict=exclude or None)
        self.searcher.search_with_collector(query, collector)
        return {hit.docnum: float(hit.score or 0.0) for hit in collector.results()}

    def _masked(self, plan: Plan) -> set[int]:
        """The document records, when the plan searches a field only they hold (title:): else
        none can be found, and nothing is read that grows with the number of documents."""
        if not {field for field, _text in plan.query.iter_all_terms()} & DOCUMENT_FIELDS:
            return set()
        if self._records is None:
            self._records = set(DOCUMENT_RECORDS.docs(self.searcher))
        return self._records

    def _reranked(
        self, plan: Plan, scores: dict[int, float], depth: int | None, matched: bool
    ) -> list[Candidate]:
        """The best depth candidates (and those tied with the last) with the bonuses added
        (words as typed, common words), best first."""
        exact_weights = self._exact_form_weights(plan.typed)
        typed_stems = set(analysis.stems(plan.typed))
        common = [
            (term, self.idf(self.postings.statistics(term.fieldname, term.text)[1])) for term in plan.reranked
        ]
        candidates = []
        for docnum in self._best(scores, depth):
            paragraph = paragraph_from(self.reader.stored_fields(docnum))
            candidate = Candidate(scores[docnum], paragraph, matched, [f"index {scores[docnum]:.2f}"])
            present = exact_weights.keys() & set(re.findall(r"\w+", paragraph.text.lower()))
            _moved(candidate, sum(exact_weights[word] for word in present), "words as typed")
            common_score = common_terms_score(paragraph, common, self.ranking)
            _moved(candidate, common_score, "common words, counted here")
            if typed_stems.intersection(analysis.stems(paragraph.speaker)):
                _moved(candidate, self.ranking.speaker, "the query names the speaker")
            if plan.said_by and (voiced := said_by(paragraph, plan.said_by)):
                candidate.score *= self.ranking.said_by
                candidate.moved.append(f"×{self.ranking.said_by} {voiced} {plan.said_by}, as asked")
            if self._asks(paragraph):
                candidate.score *= self.ranking.question_turn
                candidate.moved.append(f"×{self.ranking.question_turn} a question, not an answer")
            candidates.append(candidate)
        candidates.sort(key=rank_key)
        return candidates

    def _asks(self, paragraph: Paragraph) -> bool:
        """Whether a transcript's turn is a member's question rather than a witness's answer:
        its speaker is among the document's chair and members."""
        if paragraph.series != "question":
            return False
        participants = self.document(paragraph.doc).participants
        askers = tuple(p.name for p in participants if p.role in ("chair", "member") and p.name)
        return paragraph.speaker.startswith(askers)

    def idf(self, paragraphs: int) -> float:
        """BM25's inverse document frequency of a term held by so many paragraphs."""
        total = self.reader.doc_count()
        return math.log(1 + (total - paragraphs + 0.5) / (paragraphs + 0.5))

    def feedback_terms(self, docnums: list[int]) -> list[Term]:
        """The most distinctive terms of some paragraphs, damped: Whoosh's key_terms (the Bo1
        model), with one look-up a word instead of two. A term in many paragraphs says little
        about the topic and costs a pass over them all: only rare ones count."""
        in_top: Counter[str] = Counter()
        for docnum in docnums:
            in_top.update(analysis.stems(self.reader.stored_fields(docnum)["text"]))
        top_total = sum(in_top.values())
        model = Bo1Model(self.reader.doc_count_all(), self.reader.field_length("text"))
        scored = []
        for stem, weight in in_top.items():
            frequency, paragraphs = self.postings.statistics("text", stem)
            if frequency:
                scored.append((model.score(weight, frequency, top_total), stem, paragraphs))
        if not scored:
            return []
        norm = model.normalizer(max(score for score, _s, _p in scored), top_total)
        best = sorted(scored, key=lambda s: (-s[0], s[1]))[: self.ranking.feedback_terms]
        return [
            Term("text", stem, boost=score / norm * self.ranking.feedback)
            for score, stem, paragraphs in best
            if paragraphs <= self.ranking.secondary_find_max
        ]

    def _exact_form_weights(self, typed: str) -> dict[str, float]:
        """A bonus for each typed word found in a paragraph as typed, not just as its stem:
        the word's inverse document frequency (BM25's), so a rare exact form counts most."""
        words = {w.lower() for w in re.findall(r"\w+", typed) if analysis.stems(w)}
        paragraphs = {w: int(self.reader.frequency("vocabulary", w)) for w in words}
        return {
            word: self.ranking.exact_form * self.idf(count) for word, count in paragraphs.items() if count
        }


def name_words(who: str) -> list[str]:
    """The words of a name as a question gives it, without its articles ("the government")."""
    return [word for word in words(who) if word not in ARTICLES]


def said_by(paragraph: Paragraph, who: str) -> str:
    """How a paragraph gives the words of the one a question names: "said by" them, every
    word of the name in its speaker's ("the government" in its departments, ministries and
    ministers too), or "reporting" them, one of the people it names (a committee's paragraph quoting a
    witness); "" if neither."""
    named, spoken = set(name_words(who)), words(paragraph.speaker)
    # a department, or a minister presenting the response ("Secretary of State for Transport")
    government = GOVERNMENT in spoken or spoken[:1] in (["department"], ["ministry"], ["minister"])
    government = government or spoken[:3] == ["secretary", "of", "state"]
    if named - {GOVERNMENT} <= set(spoken) and (GOVERNMENT not in named or government):
        return "said by"
    return "reporting" if any(named <= set(words(person)) for person in paragraph.mentions) else ""


def docnum_at(searcher: Searcher, place: Place) -> int | None:
    """The paragraph at a place (document, number, series): the intersection of those three
    terms' postings (only paragraphs carry a series)."""
    doc, number, series = place
    found = searcher.search(
        And([Term("doc", doc), Term("series", series), NumericRange("number", number, number)]), limit=1
    )
    return int(found[0].docnum) if found else None


def _moved(candidate: Candidate, bonus: float, why: str) -> None:
    if bonus:
        candidate.score += bonus
        candidate.moved.append(f"+{bonus:.2f} {why}")


def _add(scores: dict[int, float], more: dict[int, float]) -> None:
    """Add more's scores to those of the same paragraphs, and its other paragraphs."""
    for docnum, score in more.items():
        scores[docnum] = scores.get(docnum, 0.0) + score


def common_terms_score(paragraph: Paragraph, terms: list[tuple[Term, float]], ranking: Ranking) -> float:
    """BM25's weight (without length normalisation) of common terms a candidate holds, counted
    on its stored fields: cheaper than skipping through their long postings in the index."""
    if not terms:
        return 0.0
    counts = {
        "text": Counter(stem for _s, _e, stem in analysis.stemmed_words(paragraph.text)),
        "section": Counter(stem for _s, _e, stem in analysis.stemmed_words(paragraph.section)),
        "themes": Counter(paragraph.themes),
    }
    k1 = ranking.bm25_k1
    total = 0.0
    for term, idf in terms:
        frequency = counts.get(term.fieldname, Counter()).get(term.text, 0)
        if frequency:
            total += term.boost * idf * frequency * (k1 + 1) / (frequency + k1)
    return total


def rank_key(candidate: Candidate) -> tuple[float, str, str, int]:
    """Best score first; equal scores (to a millionth) in document order, not in the order
    the index happens to hold them, which depends on how it was built."""
    paragraph = candidate.paragraph
    return -round(candidate.score, 6), paragraph.doc, paragraph.series, paragraph.number


def terms_by_field(query: Query) -> dict[str, set[str]]:
    """The terms a query searches for, by field: what a hit may have matched."""
    found: dict[str, set[str]] = {}
    for field, text in query.iter_all_terms(phrases=True):
        found.setdefault(field, set()).add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return found
