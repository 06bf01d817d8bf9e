"""A numbered series' name from the heading it started under ("annex-b", "recommendation"),
a contents page's entries taken for a series, and the gaps and repeats in a numbering worth a
warning (never a reason to renumber)."""

from __future__ import annotations

import re

from seminar_search.model import ITEM_KINDS, Paragraph
from seminar_search.parsing.numbering import CHAPTER, PAGE_REFERENCE, PART


def part_name(part: re.Match[str]) -> str:
    """A part's series from its kind and number: "annex-b" for "Annexe B", "appendix-1"."""
    kind = part[1].lower()
    return f"{'annex' if kind == 'annexe' else kind}-{part[2].lower()}"


def series_name(heading: str, shape: str, taken: set[str]) -> str:
    """A series' name from the heading it started under: 'annex-b', 'appendix-1', 'chapter-2',
    'recommendation', 'conclusion'; a transcript's is 'question'."""
    if shape in ("question", "asked"):
        name = "question"
    elif shape in (*ITEM_KINDS, "recital"):
        name = shape
    elif match := PART.search(heading) or CHAPTER.match(heading):  # "Appendix 4: List of …": appendix-4
        name = part_name(match)
    elif re.search(r"\brecommendations?\b", heading, re.IGNORECASE):
        name = "recommendation"
    elif re.search(r"\bconclusions?\b", heading, re.IGNORECASE):
        name = "conclusion"
    else:
        words = re.findall(r"[a-z0-9]+", heading.casefold())[:4]
        name = "-".join(words) or "list"
    base, n = name, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def contents_list(texts: list[str]) -> bool:
    """A contents page: most entries short, ending in a page number or dot leaders, or a
    title with no sentence's end."""
    entries = [
        (len(text) < 120 and bool(PAGE_REFERENCE.search(text)))
        or (len(text) < 40 and not text.endswith((".", ":", ";", "?")))
        for text in texts
    ]
    return sum(entries) * 5 >= len(entries) * 3


def numbering_gaps(series: str, labels: list[str]) -> list[str]:
    """Where a series skips numbers ("paragraph: 3.13–3.15 missing"): worth a warning, since
    the sequence let a few lost lines pass."""
    gaps = []
    previous: tuple[str, int] | None = None
    for label in labels:
        match = re.fullmatch(r"(.*?)(\d+)", label)
        if not match:
            continue
        prefix, number = match.group(1), int(match.group(2))
        if previous and previous[0] == prefix and number > previous[1] + 1:
            first, last = f"{prefix}{previous[1] + 1}", f"{prefix}{number - 1}"
            gaps.append(f"{series}: {first if first == last else f'{first}–{last}'} missing")
        previous = (prefix, number)
    return gaps


def numbering_warnings(paragraphs: list[Paragraph]) -> list[str]:
    """Repeats and gaps in the numbering: worth a warning, never a reason to renumber."""
    warnings = []
    seen: set[tuple[str, int]] = set()
    previous = None
    for k, paragraph in enumerate(paragraphs):
        number = paragraph.number
        if k and paragraph.series != paragraphs[k - 1].series:
            previous = None  # each event's numbering its own
        if (paragraph.series, number) in seen:
            warnings.append(f"paragraph {number} is numbered twice")
        elif previous is not None and number > previous + 1:
            missing = f"{previous + 1}" if number == previous + 2 else f"{previous + 1}–{number - 1}"
            warnings.append(f"numbering jumps from {previous} to {number} (no paragraph {missing})")
        seen.add((paragraph.series, number))
        previous = number
    return warnings
