"""Search on the seed report: the paragraphs a researcher would cite, highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest

from seminar_search.index import IndexReader
from seminar_search.lexicon import load_thesaurus
from seminar_search.search import SearchRequest, search


@pytest.fixture(scope="module")
def reader(built_seed_index: Path):
    with IndexReader(built_seed_index) as opened:
        yield opened


def numbers(reader: IndexReader, query: str, **options) -> list[int]:
    outcome = search(reader, SearchRequest(query, **options), load_thesaurus())
    return [hit.paragraph.number for hit in outcome.hits]


def test_third_sector_ranks_a_third_sector_paragraph_first(reader: IndexReader) -> None:
    assert numbers(reader, "third sector")[0] in (50, 51, 13)


def test_speaker_filter_keeps_only_bichards_paragraphs(reader: IndexReader) -> None:
    found = numbers(reader, "innovation", speaker="bichard", limit=50)
    assert found and set(found) <= set(range(4, 14))


def test_exact_phrase(reader: IndexReader) -> None:
    assert numbers(reader, '"social productivity"')[0] == 20


def test_field_query(reader: IndexReader) -> None:
    assert numbers(reader, "speaker:foster localism")[0] == 17


def test_exact_word_form_outranks_a_stemmed_one(reader: IndexReader) -> None:
    assert numbers(reader, "localism")[0] == 17


def test_stemmed_matches_are_found_and_highlighted(reader: IndexReader) -> None:
    outcome = search(reader, SearchRequest("silos", exact=True), [])
    highlighted = {h.snippet[a:b].lower() for h in outcome.hits for a, b in h.highlights}
    assert {"silos", "silo"} <= highlighted


@pytest.mark.parametrize(
    "query",
    ["third sector", "Total Place pilots", "what the public wants from services", "charities", "procurment"],
)
def test_every_hit_highlights_what_matched_it(reader: IndexReader, query: str) -> None:
    outcome = search(reader, SearchRequest(query, limit=20), load_thesaurus())
    assert outcome.hits
    for hit in outcome.hits:
        assert hit.highlights, f"¶{hit.paragraph.number} has no highlight"
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)


def test_natural_language_query_never_comes_back_empty(reader: IndexReader) -> None:
    assert numbers(reader, "what the public wants from services")


def test_filters_by_theme_and_doc(reader: IndexReader) -> None:
    found = numbers(reader, "organisations", theme="the third sector", limit=50)
    assert found and set(found) <= {50, 51, 52}
    assert numbers(reader, "silos", doc="SEMINAR-ONE")


def test_hits_carry_citations(reader: IndexReader) -> None:
    hit = search(reader, SearchRequest("Sure Start"), []).hits[0]
    assert hit.paragraph.number == 33
    assert hit.citation.endswith("(18 May 2010), para. 33")


def test_common_words_only_rank_once_a_rarer_word_finds_the_hits(
    reader: IndexReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seminar_search import index

    monkeypatch.setattr(index, "COMMON_MIN_PARAGRAPHS", 5)
    monkeypatch.setattr(index, "SECONDARY_FIND_MAX", 0)
    found = numbers(reader, "public procurement", limit=50)
    assert found[0] == 7
    assert set(found) <= {p.number for p in reader.paragraphs() if "procur" in p.text.lower()}


def test_edit_distance() -> None:
    from seminar_search.index import edit_distance

    assert edit_distance("procurment", "procurement") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3


def test_a_query_of_common_words_still_finds_through_them(
    reader: IndexReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seminar_search import index

    monkeypatch.setattr(index, "COMMON_MIN_PARAGRAPHS", 5)
    monkeypatch.setattr(index, "COMMON_FRACTION", 0.0)
    found = numbers(reader, "public services", limit=60, exact=True)  # no feedback to mask it
    with_the_words = {p.number for p in reader.paragraphs() if "public services" in p.text.lower()}
    assert with_the_words <= set(found)
