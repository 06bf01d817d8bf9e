"""A search's path costs the postings of its own terms, nothing that grows with the archive
(issue 18): no facet is counted, no list of every document or speaker is read, and filters
are resolved by looking terms up."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import HC179, HC802, SEED

from seminar_search.errors import QueryError
from seminar_search.index import IndexReader
from seminar_search.library import index_paths
from seminar_search.search import search


@pytest.fixture(scope="module")
def library(library_index: Path) -> Path:
    return library_index


@pytest.fixture
def reader(library: Path, monkeypatch: pytest.MonkeyPatch):
    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("read something that grows with the archive")

    with IndexReader(library) as opened:
        monkeypatch.setattr(opened, "facet", forbidden)
        monkeypatch.setattr(opened, "documents", forbidden)
        yield opened


@pytest.mark.parametrize(
    ("query", "options"),
    [
        ("third sector", {}),
        ("innovation", {"speaker": "bichard"}),
        ("innovation", {"speaker": "Lord Michael Bichard"}),
        ("microbeads", {"theme": "microbeads"}),
        ("microbeads", {"doc": "hc802"}),
        ("microbeads", {"doc": "HC179-2016-17"}),
        ("microbeads", {"series": "response"}),
        ("org:LSIS innovation", {}),
        ('speaker:"andrew foster" localism', {}),
    ],
)
def test_a_search_reads_no_facet_and_no_document_list(reader: IndexReader, query: str, options: dict) -> None:
    outcome = search(reader, query, limit=5, **options)
    assert outcome.hits


def test_filters_resolve_by_the_names_words_and_in_any_case(library: Path) -> None:
    with IndexReader(library) as reader:
        by_surname = search(reader, "innovation", speaker="bichard", limit=50).hits
        in_full = search(reader, "innovation", speaker="LORD MICHAEL BICHARD", limit=50).hits
        assert by_surname and {h.paragraph.speaker for h in by_surname} == {"Lord Michael Bichard"}
        assert [h.paragraph for h in by_surname] == [h.paragraph for h in in_full]
        themed = search(reader, "plastic", theme="microplastic pollution", limit=50).hits
        assert themed and all("Microplastic Pollution" in h.paragraph.themes for h in themed if h.match)
        with pytest.raises(QueryError, match="no speaker matches 'nobody at all'; known: "):
            search(reader, "innovation", speaker="nobody at all")


def test_facets_are_read_from_what_the_writer_recorded_and_follow_updates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import seminar_search.index as index

    location = tmp_path / "index"
    index_paths([SEED], location)
    index_paths([SEED, HC179], location)  # an update: one document added
    with IndexReader(location) as reader:
        counted = {field: index.count_values(reader.searcher, field) for field in ("doc", "speaker_exact")}
    monkeypatch.setattr(index, "count_values", lambda *_a: pytest.fail("counted on a reader"))
    with IndexReader(location) as reader:
        assert reader.facet("doc") == counted["doc"] and set(counted["doc"]) == {
            "policy-seminar-one-2010-05-18",
            "hc179-2016-17",
        }
        assert reader.facet("speaker_exact") == counted["speaker_exact"]


def test_postings_read_a_block_at_a_time_are_the_ones_whoosh_gives(tmp_path: Path) -> None:
    from whoosh.query import Term

    from seminar_search.index.postings import Postings

    location = tmp_path / "index"
    index_paths([SEED, HC179], location)
    index_paths([SEED, HC802], location)  # an update: deletes one document, adds one
    with IndexReader(location) as reader:
        whoosh = reader.searcher.reader()
        postings = Postings(whoosh)
        terms = [("text", "public"), ("text", "microbead"), ("kind", "paragraph"), ("doc", "hc802-2016-17")]
        for field, text in terms:
            expected = set(Term(field, text).docs(reader.searcher))
            assert expected and postings.docnums(field, text) == expected
        assert postings.docnums("text", "zzzz") == set()
        for segment, base in whoosh.leaf_readers():
            matcher = segment.postings("text", "public")
            while matcher.is_active():
                if not segment.is_deleted(matcher.id()):
                    where = postings.positions("text", "public", base + matcher.id())
                    assert where and where == matcher.value_as("positions")
                matcher.next()
        assert postings.positions("text", "public", max(postings.docnums("kind", "document")) + 10**6) == []


def test_stored_records_are_read_a_page_at_a_time_and_as_whoosh_reads_them(tmp_path: Path) -> None:
    """A segment past 2**15 records stores its tables of offsets and lengths; reading one
    record must not load them whole (a million-paragraph archive read 11 MB of them a search)."""
    from whoosh import fields
    from whoosh import index as whoosh_index

    from seminar_search.index.stored import PAGE, STORED, read_stored_by_pages

    count = 2**15 + 2 * PAGE + 7
    ix = whoosh_index.create_in(str(tmp_path), fields.Schema(n=fields.STORED, text=fields.STORED))
    with ix.writer() as writer:
        for n in range(count):
            writer.add_document(n=n, text="x" * (n % 97))
    with ix.searcher() as whoosh, ix.searcher() as paged:
        read_stored_by_pages(paged.reader())
        asked = [0, 1, PAGE - 1, PAGE, count // 2, count - 1]
        for docnum in asked:
            expected = {"n": docnum, "text": "x" * (docnum % 97)}
            assert paged.stored_fields(docnum) == whoosh.stored_fields(docnum) == expected
        column = paged.reader()._perdoc._readers[STORED]._child
        assert column.had_stored_offsets
        pages = {docnum // PAGE for docnum in asked}
        assert column._offsets._pages.keys() == column._lengths._pages.keys() == pages
        every = [fields["n"] for fields in paged.reader().all_stored_fields()]
        assert every == list(range(count))
