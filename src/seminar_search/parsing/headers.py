"""Running headers and footers: lines that repeat at the edges of a printed report's pages.

A header is a line printed three times or more, each time at a page's edge (beside a form
feed or a page number), a page number beside it removed before lines are compared; with too
few pages or no form feeds, a cover line over each page's number, a two-line header, the
title printed alone atop each page, or its first words beside a page's number at its edge; or
a chapter's title beside the number atop that chapter's few pages.
A debate's speaker's label, repeated wherever they speak, must stand at an edge every time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from seminar_search.names import HONORIFICS, PARTY
from seminar_search.parsing.pages import (
    PAGE_GAP,
    PAGE_NUMBER_AT_END,
    at_page_edge,
    either_side,
    header_key,
    neighbours,
    number_alone,
    page_number,
    says_its_page,
)

PAGE_COUNTER = re.compile(r"\s+\d{1,4}/\d{1,4}$")  # a browser's print footer: "3/12"
SPEAKER_TITLES = (*HONORIFICS, "Councillor", "Cllr")  # "Councillor Patel"
OFFICE_LABEL = re.compile(
    r"^the (?:\w+ ){0,2}(?:conven[eo]r|chair\w*|minister|speaker|presiding officer|secretary of state)\b"
)
NUMBERED_LINE = re.compile(r"^(\d{1,4})\.\s+\S")  # "12. Can I ask …"
NAME_ONLY = re.compile(r"[^\W\d]+(?:[ ’'.-]+[^\W\d]+){0,3}")  # a header's key: up to four words, no digits
CHAPTER = re.compile(
    r"^(?:(?:Chapter|Part) )?(?:\d{1,2}|[IVX]{1,5}|[A-Z])[.:]? (?P<title>[A-Z].*\S)$"
)  # "3 Pay …"
TITLE_MAX = 100  # a chapter's numbered title is no longer than this
HEADER_MIN = 12  # a repeated line shorter than this ("Chair:", "Yes.") is text, not a header


def _header_candidate(line: str) -> bool:
    """Not a footnote's reference or a list item; a web address only with a page counter."""
    if not line or line[0] in "([•●":
        return False
    return "http" not in line or bool(PAGE_COUNTER.search(line))


def _worded(key: str) -> bool:
    """Words, a path ("HC 179/2"), or an address ("info@civicrenewal.org.uk"): no single word."""
    return any(mark in key for mark in (" ", "/", "@", "www."))


def running_headers(lines: list[str], boundaries: dict[int, int]) -> set[str]:
    """Lines that repeat at least three times, each time at a page's edge: beside a page
    number or a form feed, or, for the title, alone between blank lines; in a text that shows
    no page's edge, any line printed five times. A line that could be a speaker's label must
    stand at an edge every time: a debate's speaker may happen to speak at the foot of a few
    pages. Where pages' edges show, a line printed often elsewhere is text: a heading ("Northern
    Ireland"), a recommendation's opening words, a note's source."""
    keys = [header_key(line) if _header_candidate(line) else "" for line in lines]
    counts = Counter(key for key in keys if key)
    twice = {key for key, n in counts.items() if n >= 2 and len(key) >= HEADER_MIN and _worded(key)}
    footers = (
        _cover_lines_over_page_numbers(lines, keys, twice)
        | _saying_their_pages(lines, keys, twice)
        | _atop_every_page(lines, keys, twice, boundaries)
        | _cover_words_numbered_at_a_page_edge(lines, keys, boundaries)
        | _numbered_at_page_edges(lines, keys, twice, boundaries)
    )
    repeated = {key for key in twice if counts[key] >= 3}
    if not repeated:
        return footers
    edges: Counter[str] = Counter()
    numbered: dict[str, list[int]] = {}  # the page numbers on a repeated line, in line order
    paged: dict[str, list[int]] = {}  # and those on it or alone on the line below it
    places: dict[str, list[int]] = {}  # where each repeated line stands
    for i, key in enumerate(keys):
        if key not in repeated:
            continue
        places.setdefault(key, []).append(i)
        edges[key] += at_page_edge(lines, i, boundaries)
        number = page_number(lines[i])
        if number is not None:
            numbered.setdefault(key, []).append(number)
        below = [n for j in neighbours(lines, i, 1, 1) if (n := number_alone(lines[j])) is not None]
        if number is not None or below:
            paged.setdefault(key, []).append(below[0] if number is None else number)
    title = next((key for key in keys if key), "")
    edged = any(n >= 3 for n in edges.values())  # pages' edges show: a line often printed elsewhere is text
    labels = {key for key in repeated if _a_speakers_label(key) or _over_each_question(lines, places[key])}
    found = (
        footers
        | _paired_at_edges(lines, keys, repeated, boundaries)
        | {
            key
            for key in repeated
            if (edges[key] >= 3 and edges[key] * (1 if key in labels else 2) >= counts[key])
            or (counts[key] >= 5 and not edged and not key.endswith((".", ",", ";")) and key not in labels)
            or (
                _pages_apart(places[key], boundaries)  # a page number each time
                and (
                    _counts_up(numbered.get(key, []))
                    or (len(paged.get(key, [])) == counts[key] and _counts_up(paged[key]))
                )
            )
            or (key == title and _each_alone(lines, keys, key))
        }
    )
    # a footer's other lines ("Centre for Civic Renewal · 14 Albion Street, …" over "Registered
    # charity no. 1123456   Page 2"): printed beside its found lines every time
    while stacked := {
        key
        for key in repeated - found - labels
        if all(any(keys[j] in found for j in either_side(lines, i)) for i in places[key])
    }:
        found |= stacked
    return found | _bracket_wrapped_under(lines, found)


def _bracket_wrapped_under(lines: list[str], found: set[str]) -> set[str]:
    """A bracket a header's last line wraps onto ("… 2nd Report, 2023" over "(Session 6)"),
    straight under it every time it is printed, three times or more."""
    under: dict[str, list[bool]] = {}
    for i, line in enumerate(lines):
        if line.startswith("(") and line.endswith(")") and "http" not in line:  # not a note's source
            under.setdefault(line, []).append(i > 0 and header_key(lines[i - 1]) in found)
    return {header_key(line) for line, places in under.items() if len(places) >= 3 and all(places)}


def _paired_at_edges(
    lines: list[str], keys: list[str], repeated: set[str], boundaries: dict[int, int]
) -> set[str]:
    """A header of two lines ("Health, Social Care and Sport Committee" over the report's title)
    printed on three pages or more, the two lines together each time, and at a page's edge on
    two of them at least: with no form feeds to show where pages turn, the page with no number
    beside its header still has it. Text does not repeat two lines together three times."""
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, key in enumerate(keys):
        following = neighbours(lines, i, 1, 1)
        if key in repeated and following and keys[following[0]] in repeated - {key}:
            pairs.setdefault((key, keys[following[0]]), []).append((i, following[0]))
    return {
        key
        for pair, places in pairs.items()
        if len(places) >= 3
        and sum(at_page_edge(lines, i, boundaries) or at_page_edge(lines, j, boundaries) for i, j in places)
        >= 2
        for key in pair
    }


def _saying_their_pages(lines: list[str], keys: list[str], twice: set[str]) -> set[str]:
    """A footer on pages too few to repeat it three times that says which page it stands on,
    beside the same words each time ("Page 1   GAO-24-105678 Rural Broadband"), a page or more
    apart, the numbers counting up: text citing a page ("Page 3 of the report") does so once."""
    places: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key in twice:
            places.setdefault(key, []).append(i)
    return {
        key
        for key, found in places.items()
        if all(says_its_page(lines[i]) for i in found)
        and all(b - a >= PAGE_GAP for a, b in itertools.pairwise(found))
        and all(0 < b - a <= 2 for a, b in itertools.pairwise(page_number(lines[i]) or 0 for i in found))
    }


def _atop_every_page(
    lines: list[str], keys: list[str], twice: set[str], boundaries: dict[int, int]
) -> set[str]:
    """A line printed first on every page and nowhere else, the form feeds showing two pages or
    more: a running header on pages too few to repeat it three times."""
    firsts = [
        next((j for j in range(start, len(lines)) if lines[j]), -1) for start in [0, *sorted(boundaries)]
    ]
    atop = {keys[j] if j >= 0 else "" for j in firsts}
    key = atop.pop() if len(atop) == 1 else ""
    return {key} if len(firsts) > 1 and key in twice and keys.count(key) == len(firsts) else set()


def _numbered_at_page_edges(
    lines: list[str], keys: list[str], twice: set[str], boundaries: dict[int, int]
) -> set[str]:
    """A header or footer on pages too few to repeat it three times: each time a page's first
    or last line, on a page of its own, beside a number that counts up with the pages as the
    form feeds show them ("Institute for Local Futures | Roundtable note 2" atop page 2, "… 3"
    atop page 3). Text that happens to open two pages does not number them."""
    starts = [0, *sorted(boundaries), len(lines)]
    edges: dict[int, int] = {}  # a page's first and last lines -> the page's ordinal
    for ordinal, (start, end) in enumerate(itertools.pairwise(starts), start=1):
        body = [i for i in range(start, end) if lines[i] and lines[i] != "\f"]
        edges.update({i: ordinal for i in body[:1] + body[-1:]})
    found = set()
    for key in twice:
        places = [i for i, k in enumerate(keys) if k == key]
        offsets = {
            (printed - edges[i]) if i in edges and (printed := page_number(lines[i])) is not None else None
            for i in places
        }
        pages = {edges.get(i) for i in places}
        if boundaries and len(offsets) == 1 and None not in offsets and len(pages) == len(places):
            found.add(key)
    return found


def _cover_words_numbered_at_a_page_edge(
    lines: list[str], keys: list[str], boundaries: dict[int, int]
) -> set[str]:
    """A header or footer printed once, on a document of two pages: a page's first or last
    line beside its own number ("Missed opportunities 2"), the rest of it the opening words of
    a cover line (the title's first words). A heading at a page's top ("Part 2") is no cover's."""
    cover = [keys[i] for i in [i for i, line in enumerate(lines) if line][:5]]
    found = set()
    for start, page in boundaries.items():
        last = neighbours(lines, start, -1, 1)
        edges = [(j, page) for j in neighbours(lines, start - 1, 1, 1)] + [(j, page - 1) for j in last]
        for j, number in edges:
            key = keys[j]
            printed = page_number(lines[j])
            if (
                printed is not None
                and number - 2 <= printed <= number
                and len(key.split()) >= 2
                and any(line.startswith(key) and line != key for line in cover)
            ):
                found.add(key)
    return found


def _cover_lines_over_page_numbers(lines: list[str], keys: list[str], twice: set[str]) -> set[str]:
    """A running footer printed on pages too few to repeat it three times: a line of the
    cover ("Local Government and Communities Committee") standing over each page's number, and
    any line printed beside it each time (the report's title). A note's text that two pages
    happen to share is neither."""
    cover = [i for i, line in enumerate(lines) if line][:5]
    under = {key for key in twice if _over_page_numbers(lines, keys, key, cover)}
    anchors = {keys[i] for i in cover} & under
    beside = {
        key
        for key in under - anchors
        if all(any(keys[j] in anchors for j in either_side(lines, i)) for i, k in enumerate(keys) if k == key)
    }
    return anchors | beside


def _over_page_numbers(lines: list[str], keys: list[str], key: str, cover: list[int]) -> bool:
    """Whether a repeated line stands each time (the cover aside) within two lines above a
    page's number alone on its line, a page or more apart, the numbers counting up a page at a
    time."""
    places = [i for i, k in enumerate(keys) if k == key and i not in cover]
    numbers = []
    for i in places:
        below = next(
            (n for j in neighbours(lines, i, 1, 2) if (n := number_alone(lines[j])) is not None), None
        )
        if below is None:
            return False
        numbers.append(below)
    apart = all(b - a >= PAGE_GAP for a, b in itertools.pairwise(places))
    counting = all(0 < b - a <= 2 for a, b in itertools.pairwise(numbers))
    return len(places) >= 2 and apart and counting


def _each_alone(lines: list[str], keys: list[str], key: str) -> bool:
    """Whether every line repeating the document's first line (its title, printed atop each
    page after the first) stands alone, between blank lines: a running header, however few
    pages carry it and wherever the page turns."""
    return all(
        (i == 0 or not lines[i - 1]) and (i + 1 == len(lines) or not lines[i + 1])
        for i, k in enumerate(keys)
        if k == key
    )


def _a_speakers_label(key: str) -> bool:
    """Whether a line could be a speaker's label alone on its line, as a debate's record
    repeats it wherever they speak (often, and at a page's edge only by chance): a title and a
    name ("Councillor Patel"), an office ("The Convener"), a seat and a party ("Mark Owen
    (North East) (Lab)") or a party alone."""
    brackets = re.findall(r"\(([^()]+)\)", key)
    return bool(
        key.split()[0].capitalize() in SPEAKER_TITLES
        or OFFICE_LABEL.match(key)
        or (key.endswith(")") and bool(brackets) and (len(brackets) >= 2 or PARTY.match(brackets[-1])))
    )


def _over_each_question(lines: list[str], places: list[int]) -> bool:
    """Whether a repeated name (up to four words) stands mostly, three times at least,
    straight over a numbered line, the numbers counting up: old minutes of evidence head each
    member's questions with their name alone ("Valerie Davey" over "12. Can I ask …", and once
    in the list of members); a running header meets a new paragraph at a page's top only now
    and then."""
    if not NAME_ONLY.fullmatch(header_key(lines[places[0]])):
        return False
    below = [next((lines[j] for j in neighbours(lines, i, 1, 1)), "") for i in places]
    numbers = [int(numbered[1]) for line in below if (numbered := NUMBERED_LINE.match(line))]
    counting = all(a < b for a, b in itertools.pairwise(numbers))
    return len(numbers) >= 3 and 2 * len(numbers) > len(places) and counting


def _pages_apart(places: list[int], boundaries: dict[int, int]) -> bool:
    """Lines on as many pages as two to a page at most, where form feeds show them: notes
    citing one source, numbered 1, 3, 5 at a page's foot, count up as page numbers do."""
    starts = sorted(boundaries)
    pages = {bisect.bisect_right(starts, i) for i in places}
    return not boundaries or 2 * len(pages) >= len(places)


def _counts_up(numbers: list[int]) -> bool:
    """Page numbers beside a running header (layout-preserving extraction puts them on its
    line): three or more, each above the one before, a page or two apart."""
    steps = [b - a for a, b in itertools.pairwise(numbers)]
    return len(numbers) >= 3 and all(0 < step <= 3 for step in steps)


def chapter_titles_at_edges(
    lines: list[str], furniture: set[int], page_numbers: dict[int, int], boundaries: dict[int, int]
) -> set[int]:
    """A chapter's title printed atop its pages, too few of them to repeat it three times (a
    short chapter's odd pages): at a page's edge, over or under the page's number or with it
    at the line's end ("Pay and conditions   9"), the words of a numbered heading printed
    elsewhere ("3 Pay and conditions") without the number."""
    titles = {
        numbered["title"].casefold()
        for line in lines
        if len(line) <= TITLE_MAX and (numbered := CHAPTER.match(line))
    }
    beside_numbers = {
        j
        for i in page_numbers
        if number_alone(lines[i]) is not None
        for j in either_side(lines, i)
        if lines[j].casefold() in titles
    }
    numbered_at_end = {
        i
        for i, line in enumerate(lines)
        if (match := PAGE_NUMBER_AT_END.match(line))
        and match.group(3)
        and match.group(3).casefold() in titles
    }
    return {
        i
        for i in beside_numbers | numbered_at_end
        if i not in furniture and at_page_edge(lines, i, boundaries)
    }
