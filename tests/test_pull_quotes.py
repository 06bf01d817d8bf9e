"""Pull quotes: a quotation printed again between paragraphs is set aside, and only that."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from seminar_search.parsing.pull_quotes import without_pull_quotes

PARAGRAPH = (
    '3. Dr Khan said: "We used to plan for one bad winter. Now we plan for a bad decade."\n'
    "Leaders need slack in their systems."
)
QUOTE = '"We used to plan for one bad winter. Now we plan for a bad decade."'


def test_a_quotation_printed_again_with_its_source_is_set_aside() -> None:
    text = f"{PARAGRAPH}\n\n{QUOTE}\nDr Amira Khan\n\n4. She went on."
    kept, blanked = without_pull_quotes(text)
    assert blanked == 2
    assert kept.split("\n") == [*PARAGRAPH.split("\n"), "", "", "", "", "4. She went on."]


def test_a_source_on_the_quotations_line_goes_with_it() -> None:
    kept, blanked = without_pull_quotes(f"{PARAGRAPH}\n\n{QUOTE} Dr Amira Khan\n\n4. She went on.")
    assert blanked == 1 and "Dr Amira Khan" not in kept


def test_quotations_that_are_text_stay() -> None:
    """Introduced by the text ("She told us:"), said nowhere else, followed by a sentence
    rather than a name, or too short to be told from chance: each is the text's own."""
    introduced = f"{PARAGRAPH}\n\nShe told us:\n\n{QUOTE}\n\n4. She went on."
    alone = f"{QUOTE}\n\n4. She went on."
    with_a_sentence = f"{PARAGRAPH}\n\n{QUOTE}\nThat is why we met."
    short = '3. It was "a bad decade" for us.\n\n"A bad decade."'
    for text in (introduced, alone, with_a_sentence, short):
        assert without_pull_quotes(text) == (text, 0)


def test_a_quotation_repeated_only_as_quotations_stays() -> None:
    """Two displays of one quotation vouch for neither: the text does not say it."""
    text = f"{QUOTE}\n\n4. She went on.\n\n{QUOTE}"
    assert without_pull_quotes(text) == (text, 0)


def test_a_page_break_in_a_pull_quote_stays() -> None:
    kept, _ = without_pull_quotes(f"{PARAGRAPH}\n\n\f{QUOTE}\n\n4. She went on.")
    assert kept.count("\f") == 1 and kept.split("\n")[3] == "\f"


sentence = st.sampled_from(
    [
        "Councils face rising demand for adult social care this winter.",
        "We used to plan for one bad winter and now we plan for a bad decade.",
        "Resilience looks like waste until the day you need it.",
        "The Forum will publish a short guide to commissioning for resilience.",
    ]
)
block = st.one_of(
    st.lists(sentence, min_size=1, max_size=3).map(" ".join),
    sentence.map(lambda s: f"“{s}”"),
    st.tuples(sentence, st.sampled_from(["Dr Amira Khan", "Chief Executive, Northshire", "Told to us:"])).map(
        lambda pair: f"“{pair[0]}”\n{pair[1]}"
    ),
)


@given(st.lists(block, max_size=8))
def test_nothing_is_lost(blocks: list[str]) -> None:
    """Lines keep their places; a block set aside is blanked whole, and its quotation's words
    still stand, in order, in what is kept."""
    text = "\n\n".join(blocks)
    kept, blanked = without_pull_quotes(text)
    before, after = text.split("\n"), kept.split("\n")
    assert len(before) == len(after)
    assert sum(1 for a, b in zip(before, after, strict=True) if a != b) == blanked
    assert all(b in ("", a) for a, b in zip(before, after, strict=True))
    words = " ".join(re.findall(r"[a-z0-9]+", kept.lower()))
    for line in set(before) - set(after):
        if line.startswith("“"):
            quoted = " ".join(re.findall(r"[a-z0-9]+", line.lower()))
            assert quoted in words
