"""The term-at-a-time scorer against Whoosh's own, which it replaces for plain queries.

Whoosh's collector, scoring a document at a time through its matchers, is the oracle: the
same queries must give the same paragraphs with the same scores, and the best few must be
the oracle's best few, whatever the phrase bounds skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import HC179, HC802, SEED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.collectors import UnlimitedCollector
from whoosh.query import AndMaybe, Or, Query, Term

from seminar_search.index import IndexReader, analysis, open_index
from seminar_search.index.accumulate import Accumulator, handles
from seminar_search.index.postings import Postings
from seminar_search.index.queries import AdjacentPhrase
from seminar_search.index.rank import RANKING
from seminar_search.lexicon import load_thesaurus, themes_for
from seminar_search.library import index_paths
from seminar_search.search import expand

QUERIES = [
    "third sector",
    "public services",
    "local government accountability",
    "microbeads in cosmetics",
    "what did the government say about plastic bottles",
    "sharing budgets between agencies",
    "total place",
    "leadership and trust",
    "voluntary organisations and the big society",
    "marine litter sea",
]


@pytest.fixture(scope="module")
def segmented_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small library written in three commits: three segments, docnums with bases."""
    location = tmp_path_factory.mktemp("segments") / "index"
    for count in (1, 2, 3):
        index_paths([SEED, HC179, HC802][:count], location)
    return location


@contextmanager
def opened(location: Path) -> Iterator[IndexReader]:
    with open_index(location) as reader:
        assert len(reader.searcher.reader().leaf_readers()) == 3
        yield reader


def oracle(reader: IndexReader, query: Query) -> dict[int, float]:
    collector = UnlimitedCollector()
    reader.searcher.search_with_collector(query, collector)
    return {hit.docnum: float(hit.score or 0.0) for hit in collector.results()}


def accumulator(reader: IndexReader) -> Accumulator:
    """Phrase positions read a paragraph at a time at first, so a small library's searches
    go through the bounds' rounds as a large archive's do."""
    postings = Postings(reader.searcher.reader())
    return Accumulator(reader.searcher, postings, RANKING.bm25_b, RANKING.bm25_k1, first_round=1)


def plain_query(reader: IndexReader, text: str) -> Query:
    expansions = expand([text], load_thesaurus())
    plan = reader.planner.words(text, expansions, themes_for(text, reader.themes()), {}, exact=False)
    return plan.query


def best_of(scores: dict[int, float], limit: int) -> set[int]:
    """The oracle's best limit, with every paragraph tied with the last."""
    if len(scores) <= limit:
        return set(scores)
    last = round(sorted(scores.values(), reverse=True)[limit - 1], 6)
    return {docnum for docnum, score in scores.items() if round(score, 6) >= last}


def assert_same(ours: dict[int, float], theirs: dict[int, float]) -> None:
    assert ours.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert ours[docnum] == pytest.approx(score, rel=1e-9)


@pytest.mark.parametrize("text", QUERIES)
def test_a_plain_query_scores_as_whoosh_scores_it(segmented_index: Path, text: str) -> None:
    with opened(segmented_index) as reader:
        query = plain_query(reader, text)
        assert handles(query)
        theirs = oracle(reader, query)
        assert theirs, f"{text!r} should find something in the library"
        assert_same(accumulator(reader).best(query, None, None, set()), theirs)
        for limit in (1, 5, 40):
            best = accumulator(reader).best(query, limit, None, set())
            assert best.keys() == best_of(theirs, limit)
            assert_same(best, {docnum: theirs[docnum] for docnum in best})


def test_allowed_and_excluded_paragraphs_are_kept_to(segmented_index: Path) -> None:
    with opened(segmented_index) as reader:
        query = plain_query(reader, "third sector public services")
        theirs = oracle(reader, query)
        allow = {docnum for docnum in theirs if docnum % 2}
        exclude = {docnum for docnum in theirs if docnum % 3 == 0}
        ours = accumulator(reader).best(query, None, allow, exclude)
        assert_same(ours, {d: s for d, s in theirs.items() if d in allow and d not in exclude})


def test_queries_of_another_shape_are_left_to_whoosh() -> None:
    assert not handles(Or([Term("text", "a"), Term("text", "b")], scale=0.9))
    assert not handles(AndMaybe(Term("text", "a"), Term("text", "b")))
    assert handles(AndMaybe(Or([Term("text", "a")]), Or([AdjacentPhrase("text", ["a", "b"])])))


@st.composite
def phrase_queries(draw: st.DrawFn, vocabulary: list[list[str]]) -> Query:
    """A sum of a few terms, boosted, and a phrase bonus taken from a real paragraph (so it
    is found somewhere), whose words may or may not be among the terms summed."""
    words = draw(st.sampled_from(vocabulary))
    start = draw(st.integers(0, len(words) - 2))
    phrase = words[start : start + draw(st.integers(2, 3))]
    others = draw(st.lists(st.sampled_from([w for paragraph in vocabulary for w in paragraph]), max_size=2))
    summed = draw(st.lists(st.sampled_from(phrase), max_size=len(phrase))) + others
    boosts = st.sampled_from([1.0, 0.7, 2.0])
    finding = Or([Term("text", word, boost=draw(boosts)) for word in summed or others or phrase[:1]])
    return AndMaybe(finding, Or([AdjacentPhrase("text", phrase, boost=draw(boosts))]))


def paragraph_stems(location: Path) -> list[list[str]]:
    with open_index(location) as reader:
        texts = [stored["text"] for stored in reader.searcher.documents(kind="paragraph")]
    runs = [analysis.stems(text) for text in texts if len(re.findall(r"\w+", text)) > 5]
    return [run[:12] for run in runs if len(run) >= 3]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_best_with_phrase_bonuses_are_the_oracles(segmented_index: Path, data: st.DataObject) -> None:
    query = data.draw(phrase_queries(paragraph_stems(segmented_index)))
    limit = data.draw(st.sampled_from([1, 3, 10]))
    with opened(segmented_index) as reader:
        theirs = oracle(reader, query)
        best = accumulator(reader).best(query, limit, None, set())
        assert best.keys() == best_of(theirs, limit)
        assert_same(best, {docnum: theirs[docnum] for docnum in best})
