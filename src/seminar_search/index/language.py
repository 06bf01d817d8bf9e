"""The query language's tree (query.py) as Whoosh queries over the index's stems.

A word becomes its stem's term (a word that analysis splits, such as a web address, the phrase
of its parts); a pattern or a fuzzy word becomes the index's own words that fit it; a group
becomes Whoosh's And, Or and with every paragraph as the positive side of a group that
only excludes. A word the index never keeps (a stop word) drops out of its group.
"""

from __future__ import annotations

from whoosh.query import And, AndMaybe, Or, Query, Term

from seminar_search.index import analysis
from seminar_search.index.queries import EVERY_PARAGRAPH, Excluding, stems_query
from seminar_search.index.spelling import Speller
from seminar_search.query import Group, Node, Phrase, Word


class Compiler:
    """Compiles a query tree; coordination scores an Or by how many of its parts a hit has."""

    def __init__(self, speller: Speller, coordination: float) -> None:
        self.speller = speller
        self.coordination = coordination

    def compile(self, node: Node) -> Query | None:
        """The Whoosh query for a tree, or None for one that asks for nothing."""
        if isinstance(node, Phrase):
            return stems_query(analysis.stems(node.text), node.field)
        if isinstance(node, Word):
            return self._word(node)
        return self._group(node)

    def _word(self, word: Word) -> Query | None:
        if not (word.pattern or word.edits) or word.field != "text":
            return stems_query(analysis.stems(word.text.replace("*", "").replace("?", "")), word.field)
        written = word.text.lower()
        if word.pattern:
            found = self.speller.matching(written)
        else:
            found = [written, *self.speller.similar(written, maxdist=word.edits)]
        stems = sorted({stem for form in found for stem in analysis.stems(form)})
        return Or([Term("text", stem) for stem in stems]) if stems else Or([])

    def _group(self, group: Group) -> Query | None:
        required = self._all(group.required)
        optional = self._all(group.optional)
        prohibited = self._all(group.prohibited)
        if not (required or optional or prohibited):
            return None
        some: Query | None = optional[0] if len(optional) == 1 else None
        if len(optional) > 1:
            some = Or(optional, scale=self.coordination)
        if required:
            positive: Query = And(required) if len(required) > 1 else required[0]
            if some is not None:
                positive = AndMaybe(positive, some)  # the optional words only rank
        else:
            positive = some if some is not None else EVERY_PARAGRAPH
        if prohibited:
            return Excluding(positive, Or(prohibited) if len(prohibited) > 1 else prohibited[0])
        return positive

    def _all(self, nodes: tuple[Node, ...]) -> list[Query]:
        compiled = (self.compile(node) for node in nodes)
        return [query for query in compiled if query is not None]
