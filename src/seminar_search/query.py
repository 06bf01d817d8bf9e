"""The query language, parsed into a tree: what a query means, before any index sees it.

    third sector            either word; paragraphs with more of them rank higher
    "social productivity"   the words side by side
    silos AND targets       both; AND binds tighter than OR
    silos OR targets        either
    localism NOT Whitehall  localism, and not Whitehall; so does localism -Whitehall
    +localism leaders       localism required; leaders only ranks
    NOT Whitehall           every paragraph but those saying Whitehall
    (a OR b) AND c          parentheses group
    section:leadership      another field: section, footnote (or note), title
    innovat* procurment~    word patterns, and words spelt about so (~1, ~2 edits)

Words side by side form a group, as in Lucene and the engines built on it: the group's +words
are all required (else one of its other words is), and its NOT or - words exclude paragraphs
from the whole group. A colon that does not follow a field name (a web address) is part of
the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seminar_search.errors import QueryError

FIELDS = {
    "text": "text",
    "section": "section",
    "title": "title",
    "footnotes": "footnotes",
    "footnote": "footnotes",
    "note": "footnotes",
}
OPERATORS = ("AND", "OR", "NOT")
TOKEN = re.compile(
    r"""(?P<close>\))
    |(?P<modifier>[+-](?=[^\s+-]))?
     (?:(?P<open>\()|(?:(?P<field>[A-Za-z_]\w*):(?=\S))?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s()"]+)))""",
    re.VERBOSE,
)
FUZZY = re.compile(r"^(.+?)~([12]?)$")
MAX_DEPTH = 50  # parentheses nested deeper are a mistake, not a query


@dataclass(frozen=True)
class Word:
    """A word as typed in a field; a pattern (innovat*) or a fuzzy word (edits > 0)."""

    text: str
    field: str = "text"
    edits: int = 0

    @property
    def pattern(self) -> bool:
        return "*" in self.text or "?" in self.text


@dataclass(frozen=True)
class Phrase:
    """Words that must stand side by side, in order."""

    text: str
    field: str = "text"


@dataclass(frozen=True)
class Group:
    """Clauses joined: all required ones (else any optional one), and none of the prohibited."""

    required: tuple[Node, ...] = ()
    optional: tuple[Node, ...] = ()
    prohibited: tuple[Node, ...] = ()


Node = Word | Phrase | Group
Clause = tuple[str, Node]  # a modifier ("+", "-" or "") and what it applies to


def parse(text: str) -> Node:
    """The tree of a query; a QueryError names what cannot be read."""
    tokens = [t for t in TOKEN.finditer(text) if t.group().strip()]
    parser = _Parser(tokens)
    node = parser.group(depth=0)
    if parser.at < len(tokens):
        raise QueryError(f"cannot understand the query {text!r}: a ')' closes nothing")
    return node


def words_of(node: Node) -> list[Node]:
    """The words and phrases a query looks for (not those it excludes), in order."""
    if isinstance(node, Group):
        return [leaf for child in (*node.required, *node.optional) for leaf in words_of(child)]
    return [node]


class _Parser:
    """Recursive descent over the tokens: group := and+ ; and := unary (AND unary)* ;
    unary := NOT unary | +atom | -atom | atom ; atom := ( group ) | "phrase" | word."""

    def __init__(self, tokens: list[re.Match[str]]) -> None:
        self.tokens = tokens
        self.at = 0

    def _peek(self) -> re.Match[str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _operator(self, name: str) -> bool:
        token = self._peek()
        return token is not None and token.group("word") == name and not token.group("modifier")

    def group(self, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise QueryError("the query nests parentheses too deeply")
        clauses: list[Clause] = []
        while (token := self._peek()) is not None and not token.group("close"):
            if self._operator("OR"):
                self.at += 1
                if not clauses or self._peek() is None:
                    raise QueryError("OR needs something to search on each side")
                continue
            clauses.append(self._and(depth))
        return _grouped(clauses)

    def _and(self, depth: int) -> Clause:
        if self._operator("AND"):
            raise QueryError("AND needs something to search on each side")
        parts = [self._unary(depth)]
        while self._operator("AND"):
            self.at += 1
            if self._peek() is None or self._peek_close():
                raise QueryError("AND needs something to search on each side")
            parts.append(self._unary(depth))
        if len(parts) == 1:
            return parts[0]
        required = tuple(node for modifier, node in parts if modifier != "-")
        prohibited = tuple(node for modifier, node in parts if modifier == "-")
        return "", Group(required=required, prohibited=prohibited)

    def _peek_close(self) -> bool:
        token = self._peek()
        return token is not None and token.group("close") is not None

    def _unary(self, depth: int) -> Clause:
        if self._operator("NOT"):
            self.at += 1
            if self._peek() is None or self._peek_close():
                raise QueryError("NOT needs something to exclude after it")
            return "-", self._unary(depth)[1]
        token = self._peek()
        assert token is not None
        return token.group("modifier") or "", self._atom(depth)

    def _atom(self, depth: int) -> Node:
        token = self.tokens[self.at]
        self.at += 1
        if token.group("open"):
            node = self.group(depth + 1)
            if not self._peek_close():
                raise QueryError("a '(' in the query is never closed")
            self.at += 1
            return node
        field = (token.group("field") or "").lower()
        if field and field not in FIELDS:  # "http://..." or "a:b": words, not a field
            return _word(token.group().lstrip("+-") if token.group("modifier") else token.group(), "text")
        target = FIELDS.get(field, "text")
        if token.group("phrase") is not None:
            return Phrase(token.group("phrase"), target)
        return _word(token.group("word"), target)


def _word(text: str, field: str) -> Word:
    fuzzy = FUZZY.match(text)
    if fuzzy:
        return Word(fuzzy.group(1), field, int(fuzzy.group(2) or 2))
    return Word(text, field)


def _grouped(clauses: list[Clause]) -> Node:
    """One clause as itself; several as a group."""
    if len(clauses) == 1 and clauses[0][0] == "":
        return clauses[0][1]
    return Group(
        required=tuple(node for modifier, node in clauses if modifier == "+"),
        optional=tuple(node for modifier, node in clauses if modifier == ""),
        prohibited=tuple(node for modifier, node in clauses if modifier == "-"),
    )
