"""The one-pass words, snippets and postings against the Whoosh analyzer they stand for."""

from __future__ import annotations

from helpers import HC179, HC802, SEED
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT

from seminar_search.index import analysis
from seminar_search.index.analysis import STOP_WORDS, StemmedText, stemmed_words, text_analyzer, word_forms

words = st.sampled_from(
    [*sorted(STOP_WORDS)[:20], "a", "x", "Services", "e.g", "co-ordinated", "naïve", "2010"]
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.tuples(words, st.sampled_from([" ", ", ", ".", "\n", "—", "'s "])), max_size=30).map(
        lambda parts: "".join(w + gap for w, gap in parts)
    ),
)


@given(texts)
def test_snippet_words_and_word_forms_are_the_analyzers_tokens(text: str) -> None:
    analyzed = [(t.text, t.startchar, t.endchar) for t in text_analyzer()(text, chars=True)]
    assert [(stem, start, end) for start, end, stem in stemmed_words(text)] == analyzed
    assert word_forms(text) == {text[start:end].lower() for _stem, start, end in analyzed}


@settings(max_examples=300)
@given(texts)
def test_the_text_field_posts_what_whooshs_text_field_posts(text: str) -> None:
    plain = TEXT(analyzer=text_analyzer())
    assert list(StemmedText().index(text)) == list(plain.index(text))


def test_exact_and_keyword_fields_post_what_whooshs_own_fields_post() -> None:
    """ExactID and Keywords skip Whoosh's token objects: the same terms, frequencies, weights
    and values, for every record of real documents."""
    from whoosh.fields import ID, KEYWORD

    from seminar_search.index.schema import records, schema
    from seminar_search.lexicon import recorded_themes, themes_source
    from seminar_search.parsing import ingest_file

    lexicon = recorded_themes(*themes_source(None))
    fields = schema()
    checked = 0
    for path in (SEED, HC179, HC802):
        for record in records(ingest_file(path, lexicon)):
            for name, value in record.items():
                field = fields[name]
                if isinstance(field, (analysis.ExactID, analysis.Keywords)) and value is not None:
                    whoosh_kind = ID if isinstance(field, analysis.ExactID) else KEYWORD
                    ours = sorted(field.index(value))
                    assert ours == sorted(whoosh_kind.index(field, value)), (name, value)
                    checked += bool(ours)
    assert checked > 1000
