"""The faster phrase and filter queries against the Whoosh queries they stand for."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from whoosh.lang.morph_en import variations
from whoosh.query import And, AndNot, Or, Phrase, Term, Variations

from seminar_search.index import IndexReader, analysis
from seminar_search.index.queries import AdjacentPhrase, Excluding, ZeroScore
from seminar_search.index.rank import RANKING, Ranker, Ranking
from seminar_search.library import index_paths
from seminar_search.synthetic import write_archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> IndexReader:
    folder = tmp_path_factory.mktemp("queries")
    write_archive(folder / "archive", 400, seed=5)
    index_paths([folder / "archive"], folder / "index")
    with IndexReader(folder / "index") as reader:
        yield reader


def scored(
    reader: IndexReader, query: object, limit: int | None = 25, **options: object
) -> list[tuple[int, float]]:
    found = reader.searcher.search(query, limit=limit, **options)
    return [(hit.docnum, round(hit.score or 0.0, 9)) for hit in found]


def test_adjacent_phrases_find_what_whoosh_phrases_find_with_the_same_scores(archive: IndexReader) -> None:
    text = " ".join(p.text for p in archive.paragraphs()[:40])
    stems = analysis.stems(text)
    phrases = {tuple(stems[i : i + size]) for size in (2, 3) for i in range(0, len(stems) - size, 7)}
    phrases |= {(a, b) for a, b in itertools.product(["public", "servic", "local"], repeat=2)}
    found = 0
    for words in sorted(phrases)[:150]:
        expected = scored(archive, Phrase("text", list(words)))
        assert scored(archive, AdjacentPhrase("text", list(words))) == expected, words
        assert scored(archive, AdjacentPhrase("text", list(words), boost=0.5)) == scored(
            archive, Phrase("text", list(words), boost=0.5)
        )
        found += bool(expected)
    assert found > 50


@pytest.mark.parametrize("limit", [3, 10, None])
def test_a_zero_score_clause_filters_as_whooshs_filter_does(archive: IndexReader, limit: int | None) -> None:
    speakers = sorted({p.speaker for p in archive.paragraphs()})[:3]
    some = Or(
        [Term("text", "innov"), AdjacentPhrase("text", ["public", "servic"]), Term("text", "leadership")]
    )
    for words, speaker in itertools.product([some, Term("kind", "paragraph")], speakers):
        allowed = Or([Term("speaker_exact", speaker), AdjacentPhrase("text", ["local", "govern"])])
        expected = scored(archive, words, limit, filter=allowed)
        assert scored(archive, And([words, ZeroScore(allowed)]), limit) == expected
        assert expected


def test_excluding_is_the_set_difference_where_whooshs_and_not_is_not(archive: IndexReader) -> None:
    """Whoosh's AndNot returns a first match its excluded side holds when that side's postings
    start earlier, and fails skipping past its last posting; Excluding does neither."""

    def ids(query: object) -> set[int]:
        return set(query.docs(archive.searcher))  # type: ignore[attr-defined]

    terms = [Term("text", t) for t in ["public", "servic", "local", "innov", "leadership", "trust"]]
    phrases = [AdjacentPhrase("text", ["public", "servic"]), AdjacentPhrase("text", ["local", "govern"])]
    wrong = 0
    for a, b in itertools.permutations(terms + phrases, 2):
        expected = ids(a) - ids(b)
        assert ids(Excluding(a, b)) == expected
        assert (
            ids(Excluding(Term("kind", "paragraph"), Excluding(a, b)))
            == ids(Term("kind", "paragraph")) - expected
        )
        wrong += ids(AndNot(a, b)) != expected
    assert wrong  # the reason Excluding exists


def test_word_variations_load_only_when_used(archive: IndexReader) -> None:
    loaded = (
        "import sys, seminar_search.index, whoosh.query; print('rules' in vars(sys.modules[sys.argv[1]]))"
    )
    run = subprocess.run(
        [sys.executable, "-c", loaded, "whoosh.lang.morph_en"], capture_output=True, text=True
    )
    assert run.stdout.strip() == "False"
    assert "serviced" in variations("service")
    assert archive.searcher.search(Variations("text", "innov"), limit=3)


def test_feedback_terms_are_whooshs_key_terms(archive: IndexReader) -> None:
    """Pseudo-relevance feedback computes Whoosh's key_terms (Bo1) with fewer look-ups."""
    paragraphs = [hit.docnum for hit in archive.searcher.search(Term("kind", "paragraph"), limit=40)]
    for first, second in itertools.pairwise(paragraphs):
        expected = archive.searcher.key_terms([first, second], "text", numterms=10)
        ranking = Ranking(feedback_terms=10, feedback=1.0)
        ranker = Ranker(archive.searcher, ranking, archive.document, archive.planner.postings)
        found = ranker.feedback_terms([first, second])
        assert [(t.text, round(t.boost, 9)) for t in found] == [
            (term, round(weight, 9))
            for term, weight in expected
            if archive.planner.paragraphs_with(Term("text", term)) <= RANKING.secondary_find_max
        ]
