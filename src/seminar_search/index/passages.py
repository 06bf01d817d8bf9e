"""One passage, one hit. A committee's conclusion restates its paragraph, the government's
response document quotes the recommendation again, and a response answers the recommendation
of its number: shown apart, they fill the first places with the same words. Among a search's
candidates (never the whole archive), each that restates or answers a better one joins it:
matches with matches, related paragraphs with related ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from seminar_search.model import Paragraph, reference

RUN = 5  # words in a row: a run shared by two paragraphs is quoted, not chance
RESTATES = 0.6  # a paragraph restates another when this share of its runs is in the other
PAIRED_SERIES = frozenset({"recommendation", "response"})
RESTATING_SERIES = frozenset({"recommendation", "conclusion"})  # lists that repeat the paragraphs


@dataclass
class Candidate:
    """A scored paragraph, whether it matches the query as typed, what moved its score after
    the index's own (for --explain), and the paragraphs shown with it because they restate or
    answer it."""

    score: float
    paragraph: Paragraph
    matched: bool
    moved: list[str] = field(default_factory=list)
    also: list[Paragraph] = field(default_factory=list)


def word_runs(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of RUN words of a text, lower-cased: what a quotation shares with its source."""
    words = re.findall(r"\w+", text.lower())
    return frozenset(tuple(words[i : i + RUN]) for i in range(max(1, len(words) - RUN + 1)))


def restates(runs: frozenset[tuple[str, ...]], other: frozenset[tuple[str, ...]]) -> bool:
    """Whether the shorter of two paragraphs is mostly made of the other's word runs."""
    shorter = min(len(runs), len(other))
    return bool(shorter) and len(runs & other) >= RESTATES * shorter


def answers(paragraph: Paragraph, other: Paragraph) -> bool:
    """A response and the recommendation of its number, in one document."""
    return (
        paragraph.doc == other.doc
        and paragraph.number == other.number
        and {paragraph.series, other.series} == PAIRED_SERIES
    )


def grouped(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Candidates in their order, each that restates or answers an earlier one (or one that
    joined it) shown with that one instead of on its own. A passage ranks by its best part
    but is headed by the report's own paragraph, not a list that repeats it."""
    kept: list[tuple[Candidate, list[frozenset[tuple[str, ...]]], list[Paragraph]]] = []
    for candidate in candidates:
        runs = word_runs(candidate.paragraph.text)
        home = next(
            (
                entry
                for entry in kept
                if any(answers(candidate.paragraph, member) for member in entry[2])
                or any(restates(runs, member_runs) for member_runs in entry[1])
            ),
            None,
        )
        if home is None:
            kept.append((candidate, [runs], [candidate.paragraph]))
            continue
        head = home[0]
        if candidate.paragraph.series == "paragraph" and head.paragraph.series in RESTATING_SERIES:
            head.also.append(head.paragraph)
            head.moved.append(f"ranked by {reference(head.paragraph, 'short')}, which restates it")
            head.paragraph = candidate.paragraph
        else:
            head.also.append(candidate.paragraph)
        home[1].append(runs)
        home[2].append(candidate.paragraph)
    return [entry[0] for entry in kept]
