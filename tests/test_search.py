"""Search on the seed report: the paragraphs a researcher would cite, highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.query import Term

from seminar_search.index import IndexReader, Ranking
from seminar_search.index.rank import common_terms_score
from seminar_search.model import Paragraph
from seminar_search.search import search, without_idioms


@pytest.fixture(scope="module")
def reader(built_seed_index: Path):
    with IndexReader(built_seed_index) as opened:
        yield opened


def numbers(reader: IndexReader, query: str, **options) -> list[int]:
    outcome = search(reader, query, **options)
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
    outcome = search(reader, "silos", exact=True, thesaurus=[])
    highlighted = {h.snippet[a:b].lower() for h in outcome.hits for a, b in h.highlights}
    assert {"silos", "silo"} <= highlighted


@pytest.mark.parametrize(
    "query",
    ["third sector", "Total Place pilots", "what the public wants from services", "charities", "procurment"],
)
def test_every_hit_highlights_what_matched_it(reader: IndexReader, query: str) -> None:
    outcome = search(reader, query, limit=20)
    assert outcome.hits
    for hit in outcome.hits:
        assert hit.highlights or not hit.match, f"¶{hit.paragraph.number} matches but has no highlight"
        assert hit.highlights or hit.related_highlights, f"¶{hit.paragraph.number} has no highlight"
        for start, end in hit.highlights + hit.related_highlights:
            assert 0 <= start < end <= len(hit.snippet)


def test_natural_language_query_never_comes_back_empty(reader: IndexReader) -> None:
    assert numbers(reader, "what the public wants from services")


def test_filters_by_theme_and_doc(reader: IndexReader) -> None:
    found = numbers(reader, "organisations", theme="the third sector", limit=50)
    assert found and set(found) <= {50, 51, 52}
    assert numbers(reader, "silos", doc="SEMINAR-ONE")


def test_hits_carry_citations(reader: IndexReader) -> None:
    hit = search(reader, "Sure Start", thesaurus=[]).hits[0]
    assert hit.paragraph.number == 33
    assert hit.citation.endswith("(18 May 2010), para. 33")


def test_common_words_only_rank_once_a_rarer_word_finds_the_hits(built_seed_index: Path) -> None:
    with IndexReader(built_seed_index, Ranking(common_min_paragraphs=5, secondary_find_max=0)) as reader:
        found = numbers(reader, "public procurement", limit=50)
        assert found[0] == 7
        assert set(found) <= {p.number for p in reader.paragraphs() if "procur" in p.text.lower()}
        assert (
            "common words only reorder what rarer ones find, counted on those hits: public"
            in search(reader, "public procurement").plan
        )


def test_a_query_of_common_words_still_finds_through_them(built_seed_index: Path) -> None:
    with IndexReader(built_seed_index, Ranking(common_min_paragraphs=5, common_fraction=0.0)) as reader:
        found = numbers(reader, "public services", limit=60, exact=True)  # no feedback to mask it
        with_the_words = {p.number for p in reader.paragraphs() if "public services" in p.text.lower()}
    assert with_the_words <= set(found)


def test_common_words_counted_on_a_candidate_score_as_bm25_without_length() -> None:
    paragraph = Paragraph(
        doc="d",
        number=1,
        text="Public services, public money.",
        speaker="",
        section="Public bodies",
        themes=["Funding"],
        page=1,
    )
    ranking = Ranking(bm25_k1=1.2)
    terms = [(Term("text", "public"), 2.0), (Term("section", "public", boost=0.5), 1.0)]
    # text: twice, so 2.0 * 2 * 2.2 / 3.2; section: once, so 0.5 * 1.0 * 1 * 2.2 / 2.2
    assert common_terms_score(paragraph, terms, ranking) == pytest.approx(2.75 + 0.5)
    assert common_terms_score(paragraph, [(Term("themes", "Funding"), 1.0)], ranking) == pytest.approx(1.0)
    assert common_terms_score(paragraph, [(Term("text", "absent"), 9.0)], ranking) == 0.0
    assert common_terms_score(paragraph, [], ranking) == 0.0


def test_explain_says_what_the_plan_does_with_its_weights(reader: IndexReader) -> None:
    plan = search(reader, "third sector", speaker="bichard").plan
    said = "\n".join(plan)
    assert "any of them, each adding its score (more of them rank higher): third, sector" in said
    assert "thesaurus terms (×0.7): voluntary sector" in said
    assert "themes of your words (×2.0): Third sector" in said
    assert "only paragraphs whose speaker's name has bichard" in said
    assert plan[-1].startswith("as the index runs it: ")


def test_thesaurus_knows_the_words_as_typed_and_as_the_reports_spell_them(reader: IndexReader) -> None:
    # The seed says "share" and "shared", never "sharing": its spelling of the query is
    # "share budgets", which no thesaurus term holds; as typed, "sharing budgets" is one of
    # the "Pooled budgets" group.
    assert reader.spelling.known_forms("sharing budgets") != "sharing budgets"
    expansions = search(reader, "sharing budgets").expansions
    assert "pooling funding" in expansions
    assert "sharing budgets" not in expansions  # the words typed are not their own expansion


@pytest.mark.parametrize(
    ("typed", "searched", "idioms"),
    [
        (
            "Why were microbeads put in cosmetics in the first place",
            "Why were microbeads put in cosmetics",
            ["in the first place"],
        ),
        (
            "what do councils think of devolution at the moment",
            "what do councils think of devolution",
            ["at the moment"],
        ),
        ("first place", "first place", []),  # no question: the words are what is asked for
        ("In the first place", "In the first place", []),
        ("Why at all", "Why", ["at all"]),
    ],
)
def test_a_questions_idioms_are_no_topic(typed: str, searched: str, idioms: list[str]) -> None:
    assert without_idioms(typed) == (searched, idioms)


def test_a_question_put_in_an_idiom_finds_what_it_asks_without_it(reader: IndexReader) -> None:
    """ "… in the first place": the idiom's words ("first", "place") found paragraphs of their
    own and outranked the topic's; the question finds and counts what it would without them,
    says so under --explain, and --exact searches every word typed."""
    put = search(reader, "Why does the third sector matter in the first place?")
    plain = search(reader, "Why does the third sector matter?")
    assert [h.paragraph.number for h in put.hits] == [h.paragraph.number for h in plain.hits]
    assert put.total == plain.total
    assert "left out, as idioms of a question that name no topic: in the first place" in put.plan
    exact = search(reader, "Why does the third sector matter in the first place?", exact=True)
    assert exact.total > search(reader, "Why does the third sector matter?", exact=True).total
