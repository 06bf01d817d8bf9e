"""Numbered units by evidence: the shapes a number takes and the sequence that vouches for it."""

from __future__ import annotations

import pytest

from seminar_search.parsing.numbering import Sequencer, candidate
from seminar_search.parsing.series import numbering_gaps, series_name


@pytest.mark.parametrize(
    ("line", "following", "shape", "label", "rest"),
    [
        ("12. The text", None, "plain", "12", "The text"),
        ("[12] The text", None, "plain", "12", "The text"),
        ("4.23. The text", None, "dotted", "4.23", "The text"),
        ("4.23 The text", None, "dotted", "4.23", "The text"),
        ("A1.3. The text", None, "dotted", "A1.3", "The text"),
        ("2.1.3 The text", None, "dotted", "2.1.3", "The text"),
        ("7", "The text follows", "plain", "7", ""),
        ("Q183 Chair: Thank you", None, "question", "Q183", "Chair: Thank you"),
        ("Recommendation 8: Publish it", None, "recommendation", "8", "Publish it"),
        ("Recommendation 1 (paragraph 23)", None, "recommendation", "1", ""),
        ("Recommendation 2 (paras 4.1–4.3): Funding", None, "recommendation", "2", "(paras 4.1–4.3) Funding"),
        ("Recommendation 3 – Funding", None, "recommendation", "3", "Funding"),
        ("Conclusion 4. We found", None, "conclusion", "4", "We found"),
    ],
)
def test_shapes(line: str, following: str | None, shape: str, label: str, rest: str) -> None:
    start = candidate(line, following)
    assert start is not None and (start.shape, start.label, start.rest) == (shape, label, rest)


@pytest.mark.parametrize(
    ("line", "following"),
    [
        ("2. RECOMMENDATIONS", None),
        ("7", "8"),
        ("2008", "The year"),
        ("7", "lower-case text"),
        ("Text", None),
        ("Recommendation 3 (see below) was accepted.", None),
        ("Recommendation 3-year plan", None),
        ("[1]: https://example.org/a-reference-link", None),
    ],
)
def test_not_units(line: str, following: str | None) -> None:
    assert candidate(line, following) is None


@pytest.mark.parametrize(
    ("line", "shape", "label", "rest"),
    [
        ("1 This report examines", "spaced", "1", "This report examines"),
        ("12\t“Quoted” text", "spaced", "12", "“Quoted” text"),
        ("3) We ask the Government", "spaced", "3", "We ask the Government"),
        ("a The Department should", "lettered", "a", "The Department should"),
        ("c Publish it", "lettered", "c", "Publish it"),
        ("R1 That the Council lets", "recommendation", "R1", "That the Council lets"),
        ("C12: The evidence shows", "conclusion", "C12", "The evidence shows"),
        ("iv. Demand is rising", "roman", "iv", "Demand is rising"),
        ("(ix) The Council", "roman", "ix", "The Council"),
        ("xii) We recommend", "roman", "xii", "We recommend"),
    ],
)
def test_undotted_shapes_where_a_paragraph_may_start(line: str, shape: str, label: str, rest: str) -> None:
    """A number or a letter and a space opens a unit only where the caller has seen a paragraph
    may start; elsewhere it is text ("1 in 5 people", "a The" wrapped)."""
    start = candidate(line, None, spaced=True)
    assert start is not None and (start.shape, start.label, start.rest) == (shape, label, rest)
    assert candidate(line, None) is None


@pytest.mark.parametrize(
    "line",
    ["28 September 2022", "1 in 5 people", "a number of", "ab Text", "1000 People", "iiv. Text", "(iv. Text"],
)
def test_not_undotted_units(line: str) -> None:
    assert candidate(line, None, spaced=True) is None


def accepted(lines: list[str]) -> list[str]:
    """The labels a sequencer accepts; lines ending ':' are headings."""
    sequencer, labels = Sequencer(), []
    for line in lines:
        if line.endswith(":"):
            sequencer.saw_heading(line)
            continue
        start = candidate(line, "Text")
        series = sequencer.accept(start) if start else None
        if start and series:
            labels.append(f"{series.heading or '-'}/{start.label}")
    return labels


def test_the_sequence_decides() -> None:
    assert accepted(["1. a", "2. b", "64. wrapped", "3. c", "2025. year"]) == ["-/1", "-/2", "-/3"]
    assert accepted(["1. a", "2. b", "1. quoted list", "Annex A:", "1. x", "2. y"]) == [
        "-/1",
        "-/2",
        "Annex A:/1",
        "Annex A:/2",
    ]
    assert accepted(["1.1 a", "1.2 b", "2.1 c", "2.5 d", "3.1 e"]) == [
        "-/1.1",
        "-/1.2",
        "-/2.1",
        "-/2.5",
        "-/3.1",
    ]
    # a level deeper: 1.2.1 after 1.1.2, 2.1.1 after 1.2.1; not 3.2.1 (a section's first is .1) nor 2.5.1
    assert accepted(["1.1.1 a", "1.1.2 b", "1.2.1 c", "2.1.1 d", "3.2.1 x", "2.5.1 y", "2.1.2 e"]) == [
        "-/1.1.1",
        "-/1.1.2",
        "-/1.2.1",
        "-/2.1.1",
        "-/2.1.2",
    ]


def test_series_names_come_from_their_headings() -> None:
    taken: set[str] = set()
    assert series_name("Annex B: Criteria", "plain", taken) == "annex-b"
    assert series_name("Summary of conclusions and recommendations", "plain", taken) == "recommendation"
    assert series_name("Conclusions", "plain", taken) == "conclusion"
    assert series_name("Annex B", "plain", {"annex-b"}) == "annex-b-2"
    assert series_name("Annexe C: Glossary", "plain", taken) == "annex-c"  # one series, however spelt
    assert (
        series_name("Schedule 2: Transitional provisions", "plain", taken) == "schedule-2"
    )  # was "schedul-2"
    assert series_name("", "question", taken) == "question"


def test_gaps_are_named() -> None:
    assert numbering_gaps("paragraph", ["3.11", "3.12", "3.16", "4.1", "4.3", "Q5"]) == [
        "paragraph: 3.13–3.15 missing",
        "paragraph: 4.2 missing",
    ]
