"""The query language against a naive oracle: generated boolean queries over words and phrases,
evaluated paragraph by paragraph with the index's own tokenizer and stemmer, must match exactly
the paragraphs the engine returns as matches, and its total must count them."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

import pytest
from helpers import DATA, SEED
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from seminar_search.index import IndexReader, analysis
from seminar_search.library import index_paths
from seminar_search.model import Paragraph
from seminar_search.parsing import ingest_file
from seminar_search.query import Group, Phrase, Word, parse
from seminar_search.search import search

DOCUMENTS = [SEED, DATA / "corpus" / "hc179-environmental-impact-of-microplastics-2016.txt"]
EVERYTHING = 100_000


@dataclass(frozen=True)
class Unit:
    """A paragraph as the oracle sees it: its stems, and its kept words' places and stems."""

    key: tuple[str, str, int]
    stems: frozenset[str]
    places: tuple[tuple[int, str], ...]


def unit(paragraph: Paragraph) -> Unit:
    places = tuple((place, analysis.stem_of(word)) for place, _m, word in analysis.kept_words(paragraph.text))
    key = (paragraph.doc, paragraph.series, paragraph.number)
    return Unit(key, frozenset(stem for _p, stem in places), places)


class World:
    """The index and its paragraphs as the oracle sees them (a short repr for failure reports)."""

    def __init__(self, reader: IndexReader, units: list[Unit]) -> None:
        self.reader = reader
        self.units = units

    def __repr__(self) -> str:
        return f"<index of {len(self.units)} paragraphs>"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    location = tmp_path_factory.mktemp("language") / "index"
    index_paths(DOCUMENTS, location)
    with IndexReader(location) as reader:
        yield World(reader, [unit(p) for p in reader.paragraphs()])


def vocabulary(paragraphs: list[Paragraph]) -> tuple[list[str], list[str]]:
    """Words of one stem each, common and rare, and word pairs that stand side by side."""
    rng = random.Random(7)
    counts: dict[str, int] = {}
    pairs: list[str] = []
    for paragraph in paragraphs:
        kept = list(analysis.kept_words(paragraph.text))
        for _place, _m, word in kept:
            if word.isalpha() and len(analysis.stems(word)) == 1:
                counts[word] = counts.get(word, 0) + 1
        pairs += [
            f"{a} {b}"
            for (pa, _x, a), (pb, _y, b) in itertools.pairwise(kept)
            if pb == pa + 1 and a.isalpha() and b.isalpha()
        ]
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    words = ranked[:15] + rng.sample(ranked[15:], 25)
    return words, rng.sample(sorted(set(pairs)), 20)


def matches(node: object, u: Unit) -> bool:
    """The oracle: a query tree's truth for one paragraph."""
    if isinstance(node, Word):
        stems = analysis.stems(node.text)
        if len(stems) == 1:
            return stems[0] in u.stems
        return phrase_in(stems, u)
    if isinstance(node, Group):
        positive = (
            all(matches(n, u) for n in node.required)
            if node.required
            else any(matches(n, u) for n in node.optional)
            if node.optional
            else True
        )
        return positive and not any(matches(n, u) for n in node.prohibited)
    return phrase_in(analysis.stems(node.text), u)  # a Phrase


def phrase_in(stems: list[str], u: Unit) -> bool:
    at = {(place, stem) for place, stem in u.places}
    return any(
        all((place + i, stem) in at for i, stem in enumerate(stems))
        for place, first in u.places
        if first == stems[0]
    )


def render(tree: tuple, top: bool = False) -> str:
    """A generated tree as a query string, with parentheses wherever a part is compound."""
    kind = tree[0]
    if kind == "word":
        return tree[1]
    if kind == "phrase":
        return f'"{tree[1]}"'
    if kind == "not" and top:
        return f"NOT {render(tree[1])}"
    parts = [render(child) for child in tree[1:]]
    if kind == "and":
        text = " AND ".join(parts)
    elif kind == "or":
        text = " OR ".join(parts) if tree_flag(tree) else " ".join(parts)
    elif kind == "andnot":
        text = f"{parts[0]} NOT {parts[1]}" if tree_flag(tree) else f"{parts[0]} -{parts[1]}"
    else:  # required: the first part required, the second only ranks
        text = f"+{parts[0]} {parts[1]}"
    return text if top else f"({text})"


def tree_flag(tree: tuple) -> bool:
    return len(repr(tree)) % 2 == 0  # a stable coin toss: explicit OR / NOT or their short forms


def meaning(tree: tuple) -> object:
    """A generated tree as the oracle's node."""
    kind = tree[0]
    if kind == "word":
        return Word(tree[1])
    if kind == "phrase":
        return Phrase(tree[1])
    if kind == "not":
        return Group(prohibited=(meaning(tree[1]),))
    children = [meaning(child) for child in tree[1:]]
    if kind == "and":
        return Group(required=tuple(children))
    if kind == "or":
        return Group(optional=tuple(children))
    if kind == "andnot":
        return Group(required=(children[0],), prohibited=(children[1],))
    return Group(required=(children[0],))


def trees(words: list[str], phrases: list[str]) -> st.SearchStrategy[tuple]:
    leaves = st.one_of(
        st.sampled_from(words).map(lambda w: ("word", w)),
        st.sampled_from(words).map(lambda w: ("word", w.capitalize())),
        st.sampled_from(phrases).map(lambda p: ("phrase", p)),
    )

    def compound(children: st.SearchStrategy[tuple]) -> st.SearchStrategy[tuple]:
        pair = st.tuples(children, children)
        return st.one_of(
            pair.map(lambda c: ("and", *c)),
            st.tuples(children, children, children).map(lambda c: ("and", *c)),
            pair.map(lambda c: ("or", *c)),
            st.tuples(children, children, children).map(lambda c: ("or", *c)),
            pair.map(lambda c: ("andnot", *c)),
            pair.map(lambda c: ("required", *c)),
        )

    nested = st.recursive(leaves, compound, max_leaves=6)
    return st.one_of(nested, nested.map(lambda t: ("not", t)))


WORDS, PHRASES = vocabulary([p for path in DOCUMENTS for p in ingest_file(path).paragraphs])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=trees(WORDS, PHRASES))
def test_the_engine_matches_what_the_oracle_matches(world: World, tree: tuple) -> None:
    reader, units = world.reader, world.units
    query = render(tree, top=True)
    note(query)
    outcome = search(reader, query, limit=EVERYTHING, exact=True)
    found = {(p.doc, p.series, p.number) for h in outcome.hits if h.match for p in [h.paragraph, *h.also]}
    expected = {u.key for u in units if matches(meaning(tree), u)}
    assert found == expected, query
    assert outcome.total == len(expected), query
    assert all(h.match for h in outcome.hits), query


@pytest.mark.parametrize(
    ("query", "shape"),
    [
        ('"third sector" NOT civil', Group(optional=(Phrase("third sector"),), prohibited=(Word("civil"),))),
        ("localism -Whitehall", Group(optional=(Word("localism"),), prohibited=(Word("Whitehall"),))),
        ("+localism leaders", Group(required=(Word("localism"),), optional=(Word("leaders"),))),
        ("NOT Whitehall", Group(prohibited=(Word("Whitehall"),))),
        ("a OR b AND c", Group(optional=(Word("a"), Group(required=(Word("b"), Word("c")))))),
        ("http://www.lsis.org.uk", Word("http://www.lsis.org.uk")),
    ],
)
def test_the_language_reads_as_engines_users_know_read(query: str, shape: object) -> None:
    assert parse(query) == shape
