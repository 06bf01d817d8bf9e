"""The one-pass words, snippets and postings against the Whoosh analyzer they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT

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
