"""The text analyzer's one-pass tokens against the Whoosh analyzer chain it stands for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT

from seminar_search.index.analysis import STOP_WORDS, StemmedText, TextAnalyzer, stemmed_words, word_forms

words = st.sampled_from(
    [*sorted(STOP_WORDS)[:20], "a", "x", "Services", "e.g", "co-ordinated", "naïve", "2010"]
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.tuples(words, st.sampled_from([" ", ", ", ".", "\n", "—", "'s "])), max_size=30).map(
        lambda parts: "".join(w + gap for w, gap in parts)
    ),
)


def tokens(analyzer, text: str, **options) -> list[tuple]:
    return [
        (t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True, **options)
    ]


@settings(max_examples=400)
@given(texts, st.integers(0, 5), st.integers(0, 50))
def test_the_analyzer_gives_the_tokens_of_whooshs_stemming_chain(
    text: str, start_pos: int, start_char: int
) -> None:
    analyzer = TextAnalyzer()
    options = {"start_pos": start_pos, "start_char": start_char, "mode": "index", "boosts": True}
    assert tokens(analyzer, text, **options) == tokens(analyzer.chain, text, **options)


@given(texts)
def test_snippet_words_and_word_forms_are_the_analyzers_tokens(text: str) -> None:
    analyzed = [(t.text, t.startchar, t.endchar) for t in TextAnalyzer().chain(text, chars=True)]
    assert [(stem, start, end) for start, end, stem in stemmed_words(text)] == analyzed
    assert word_forms(text) == {text[start:end].lower() for _stem, start, end in analyzed}


def test_requests_out_of_the_usual_go_to_the_chain() -> None:
    analyzer = TextAnalyzer()
    assert [t.text for t in analyzer("The Services", removestops=False)] == ["the", "servic"]
    assert [t.text for t in analyzer("Public Services", tokenize=False)] == ["public servic"]


@settings(max_examples=300)
@given(texts)
def test_the_text_field_posts_what_whooshs_text_field_posts(text: str) -> None:
    plain = TEXT(analyzer=TextAnalyzer().chain)
    assert list(StemmedText().index(text)) == list(plain.index(text))
