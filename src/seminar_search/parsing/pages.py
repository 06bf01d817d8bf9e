"""Pages: where a printed report's pages begin and end, and what repeats on them.

Page breaks are form feeds where the source had them (PDFs). Running headers and footers
(headers.py) are lines that repeat at page edges, a page number beside them removed: what
tells a page's edge, and a line's key without its number, is here. Page numbers are lone
numbers that count up through the document, a page apart, or numbers on a running header's
line. Without form feeds, whether they head or foot their pages is read from the text left
after the last one. None of it depends on a report's title or on the names of these files.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections import Counter

from seminar_search.parsing.metadata import YEAR_CUT

LONE_NUMBER = re.compile(r"^\d{1,4}$")
ROMAN_PAGE = re.compile(r"^(?=[ivxl])(?:x{0,3}|xl|l)(?:ix|iv|v?i{0,3})$")
# an official report's column, in Westminster Hall ("123WH"), written statements, answers or Grand Committee
COLUMN = r"\d{1,4}(?:W[HSA]?|GC)"
LONE_COLUMN = re.compile(rf"^{COLUMN}$")
PAGE_OF = re.compile(  # "Page 3 of 12", and Word's "Page | 3" and "3 | Page": a page's number
    r"^(?:Page\s*\|?\s*(\d{1,4})(?: of \d{1,4})?|(\d{1,4})\s*\|\s*P\s?a\s?g\s?e)$", re.IGNORECASE
)
PAGE_OF_BESIDE = re.compile(  # "Title | Page 3 of 12", "Page 3 · Title": the page's number beside a header
    r"^Page (\d{1,4})(?: of \d{1,4})?[\s|·•:,–—-]+(?=\S)|(?<=\S)[\s|·•:,–—-]+Page (\d{1,4})(?: of \d{1,4})?$",
    re.IGNORECASE,
)
PAGE_NUMBER_AT_END = re.compile(
    rf"^(?:(\d{{1,4}}|{COLUMN}|[ivxl]{{1,6}})\s+(\S.*)|(\S.*?)\s+(\d{{1,4}}|{COLUMN}|[ivxl]{{1,6}}))$"
)
COLUMN_PAIR = re.compile(r"^(\d{1,4})\s+(\S.*?)\s+(\d{1,4})$")  # "1 Title 2": a page's two columns, numbered
# an official report's header dates its pages at one end: "8 NOVEMBER 2023   Adult Social Care   312"
HEADER_DATE = re.compile(r"^\d{1,2} [A-Za-z]{3,9} \d{4}\s+|\s+\d{1,2} [A-Za-z]{3,9} \d{4}$")
PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+|\s+\d{1,4}/\d{1,4}$")
WEB_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
GLUED_MIN = 15  # a header this long, run into a page's first line, is no word that starts it
PAGE_GAP = 12  # page numbers stand at least this many lines apart
HEADED_PAGE = 0.6  # after a page's number at its top, at least this share of a page follows
WEB_CHROME = re.compile(  # a web page's navigation and notices, saved with its text
    r"^(?:Skip to (?:main )?content|Back to top|Print this page|Share this (?:page|article|post)"
    r"|Loading(?:…|\.{3})"  # a page's text before its script loaded the rest
    r"|(?:Facebook|Twitter|LinkedIn|Email|WhatsApp)(?: (?:Facebook|Twitter|X|LinkedIn|Email|WhatsApp))+"
    r"|Cookies on (?:this|the) (?:site|website)|.*\b[Cc]ookies\b.*\b(?:Accept|Reject)\b.*"
    r"|(?:Accept|Reject)(?: all)? cookies|Home ?(?:>|›|») ?\S.*"
    r"|Link to this: Individually \| In context(?: \| [\w ]{1,30} source)?)$"  # a speech's links
)


def page_boundaries(raw: list[str]) -> dict[int, int]:
    """The first line of each page after a form feed, and the page's ordinal."""
    starts: dict[int, int] = {}
    page = 1
    for i, line in enumerate(raw):
        if line == "\f":
            page += 1
            starts[i + 1] = page
    return starts


def split_glued_footers(lines: list[str], boundaries: dict[int, int]) -> None:
    """PDF text extraction may glue a page's footer to its last line ("...scientists. Oral
    evidence: ..., HC 245 2"): where many pages' first or last lines end with the same words
    and a page number, cut those words off."""
    starts = sorted([0, *boundaries, len(lines)])
    last_lines = []
    for start, end in itertools.pairwise(starts):
        body = [i for i in range(start, end) if lines[i]]
        last_lines += [body[0], body[-1]] if body else []
    keys = Counter(header_key(lines[i]) for i in last_lines if len(lines[i]) < 100)
    for key, _n in keys.most_common(3):
        if len(key) < 15:
            continue
        glued = [i for i in last_lines if header_key(lines[i]).endswith(key)]
        if len(glued) < max(3, len(last_lines) // 4):
            continue
        for i in glued:
            bare = _unmarked(lines[i])
            if len(bare) > len(key):  # text stands before the footer on this line
                lines[i] = bare[: len(bare) - len(key)].rstrip()
        break


def split_glued_headers(lines: list[str], headers: set[str], boundaries: dict[int, int]) -> None:
    """A page's first line may run its running header into the text below it ("Module 1: …
    of the United KingdomTable 1: Summary …"): the header's words are cut off."""
    for start in boundaries:
        near = [j for j in range(start, min(start + 4, len(lines))) if lines[j] and not lines[j].isdigit()]
        first = lines[near[0]] if near else ""  # the page's number may stand above it
        glued = next((h for h in headers if len(h) >= GLUED_MIN and first.casefold().startswith(h)), "")
        rest = first[len(glued) :].lstrip()
        if glued and rest[:1].isalpha() and not ROMAN_PAGE.match(rest):  # not the header's own number
            lines[near[0]] = rest


def _unmarked(line: str) -> str:
    """A line without a page number at either end ("… | Page 3 of 12" too), nor a browser's
    print date or page counter ("01/12/2026, 10:15 ...", "... 3/12")."""
    line = PRINT_STAMP.sub("", line)
    if _page_beside(line):
        line = PAGE_OF_BESIDE.sub("", line)
    if columns := _column_pair(line):
        return columns.group(2)
    return _without_page_number(HEADER_DATE.sub("", line))


def _without_page_number(line: str) -> str:
    match = PAGE_NUMBER_AT_END.match(line)
    return (match.group(2) if match.group(1) else match.group(3)) if match else line


def _its_own_number(line: str, printed: list[str]) -> bool:
    """A header printed the same on every page, beside nothing but a number, ends in a number of
    its own ("Oral evidence: …, HC 245"), no page's."""
    return len(printed) > 1 and set(printed) == {line} and _unmarked(line) == _without_page_number(line)


def _column_pair(line: str) -> re.Match[str] | None:
    """A header numbering a page's two columns, as an official report prints them ("5 14
    MARCH 2023 6"): a number at each end, the second the one after the first."""
    match = COLUMN_PAIR.match(line)
    return match if match and int(match.group(3)) == int(match.group(1)) + 1 else None


def _page_beside(line: str) -> re.Match[str] | None:
    """The page's number printed beside a header ("| Page 3 of 12"), searched for only in a
    line holding "Page": the search costs, and most lines hold none."""
    return PAGE_OF_BESIDE.search(line) if "age " in line or "AGE " in line else None


def says_its_page(line: str) -> bool:
    """Whether a line names its page in words beside other text ("Page 3 · Title")."""
    return _page_beside(line) is not None


def header_key(line: str) -> str:
    """How a running header repeats: unmarked, in any case."""
    return _unmarked(line).casefold()


def page_number(line: str) -> int | None:
    """The arabic number at a line's start or end ("4   Title", "Title   5", "Title | Page 5
    of 12"), if any, a date there aside; an official report's column ("123WH") is its page."""
    if beside := _page_beside(line):
        return int(beside.group(1) or beside.group(2))
    match = PAGE_NUMBER_AT_END.match(HEADER_DATE.sub("", line))
    number = match and (match.group(1) or match.group(4))
    digits = re.match(r"\d+", number) if number else None
    return int(digits.group()) if digits else None


def at_page_edge(lines: list[str], i: int, boundaries: dict[int, int]) -> bool:
    """Within two non-blank lines of a form feed, or next to a lone number (a page number)."""
    if boundaries:
        before = neighbours(lines, i, -1, 2)
        after = neighbours(lines, i, 1, 2)
        page_start, next_start = _page_span(lines, i, boundaries)
        if len([j for j in before if j >= page_start]) < 2 or len([j for j in after if j < next_start]) < 2:
            return True
    return any(number_alone(lines[j]) is not None for j in either_side(lines, i))


def number_alone(line: str) -> int | None:
    """A page's number on a line of its own: "7", or "Page 7", "Page | 7", "7 | Page"."""
    if LONE_NUMBER.match(line):
        return int(line)
    page = PAGE_OF.match(line)
    return int(page.group(1) or page.group(2)) if page else None


def either_side(lines: list[str], i: int) -> tuple[int, ...]:
    """The nearest non-blank line above and below."""
    return (*neighbours(lines, i, -1, 1), *neighbours(lines, i, 1, 1))


def neighbours(lines: list[str], i: int, step: int, count: int) -> list[int]:
    found: list[int] = []
    j = i + step
    while 0 <= j < len(lines) and len(found) < count:
        if lines[j]:
            found.append(j)
        j += step
    return found


def furniture(
    lines: list[str], headers: set[str], boundaries: dict[int, int]
) -> tuple[set[int], dict[int, int]]:
    """Running-header lines, and page numbers: lone numbers counting up a page apart, or
    standing beside a running header or at a page's edge, or saying so ("Page 3 of 12"); an
    official report's columns."""
    cover = [i for i, line in enumerate(lines) if line][:5]  # a title there is no running header yet,
    repeats = [i for i, line in enumerate(lines) if line and header_key(line) in headers]
    printed: dict[str, list[str]] = {}
    for i in repeats:
        printed.setdefault(header_key(lines[i]), []).append(lines[i])
    numbered = {
        i
        for i in repeats
        if _unmarked(lines[i]) != lines[i] and not _its_own_number(lines[i], printed[header_key(lines[i])])
    }
    bare = Counter(header_key(lines[i]) for i in repeats if i not in numbered)
    furniture = {  # unless a page number stands beside it; nor is the one heading a numbered header repeats
        i  # nor a part's title on a page of its own, which the part's pages then print at their heads
        for i in repeats
        if not (boundaries and _alone_on_its_page(lines, i, boundaries))
        and (
            i in numbered
            or (
                bare[header_key(lines[i])] > 1
                and (i not in cover or _numbered_as_repeated(lines, i, repeats))
            )
        )
    }
    page_numbers: dict[int, int] = {}
    for i in furniture:
        number = page_number(lines[i])
        if number is not None:
            page_numbers[i] = number
    if len(set(page_numbers.values())) < 3:  # "Report: Volume 1" on every page is no page number,
        page_numbers = {i: n for i, n in page_numbers.items() if _page_beside(lines[i])}  # "Page 2" is
    lone = [
        i
        for i, line in enumerate(lines)
        if LONE_NUMBER.match(line)
        and not (i > 0 and LONE_NUMBER.match(lines[i - 1]))
        and not (i + 1 < len(lines) and LONE_NUMBER.match(lines[i + 1]))
        and not _among_notes(lines, i)
    ]
    for i in _counting_chain(lines, lone):
        furniture.add(i)
        page_numbers[i] = int(lines[i])
    furniture |= {i for i, line in enumerate(lines) if LONE_COLUMN.match(line)}
    furniture |= _web_addresses_at_edges(lines, boundaries)
    furniture |= {i for i, line in enumerate(lines) if WEB_CHROME.match(line)}
    # a trail's last words wrapped onto a line ending its block ("Home > … what" over "next?")
    ends = [i + 1 for i, line in enumerate(lines[:-1]) if line.startswith("Home") and WEB_CHROME.match(line)]
    furniture |= {i for i in ends if 0 < len(lines[i].split()) <= 2 and not "".join(lines[i + 1 : i + 2])}
    for i, line in enumerate(lines):
        if page_of := PAGE_OF.match(line):
            furniture.add(i)
            page_numbers[i] = int(page_of.group(1) or page_of.group(2))
    for i, line in enumerate(lines):
        if (LONE_NUMBER.match(line) or ROMAN_PAGE.match(line)) and i not in furniture:
            if line.isdigit() and (_among_notes(lines, i) or YEAR_CUT.search(lines[i - 1] if i else "")):
                continue  # a note's number; a date's year ("… to be printed 5 December" over "2023")
            near = either_side(lines, i)
            beside_header = any(j in furniture and j not in page_numbers for j in near)
            if beside_header or (
                boundaries and at_page_edge(lines, i, boundaries) and _edge_only(lines, i, boundaries)
            ):
                furniture.add(i)
                if line.isdigit():
                    page_numbers[i] = int(line)
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), None)
    if last is not None and LONE_NUMBER.match(lines[last]) and last not in furniture:
        furniture.add(last)  # the last page's number, on a page with no break after it: nothing follows
    counting = _longest_rising(page_numbers)  # a title's "245" or a contents entry is no page number
    page_numbers = {i: n for i, n in page_numbers.items() if i in counting}
    return furniture, page_numbers


def _web_addresses_at_edges(lines: list[str], boundaries: dict[int, int]) -> set[int]:
    """A publisher's web address printed alone as a page's first or last line
    ("commonslibrary.parliament.uk"), not the end of a sentence running onto it."""
    if not boundaries:
        return set()
    return {
        i
        for i, line in enumerate(lines)
        if not (i and lines[i - 1]) and WEB_ADDRESS.fullmatch(line) and _edge_only(lines, i, boundaries)
    }


def _numbered_as_repeated(lines: list[str], i: int, repeats: list[int]) -> bool:
    """Whether a header among the cover's lines has a lone number beside it, as a later repeat
    of it has, counting up to that one's: the first page's header and number, over the title."""
    later = [k for k in repeats if k > i and header_key(lines[k]) == header_key(lines[i])]
    for step in (1, -1):
        beside = [j for j in neighbours(lines, i, step, 1) if LONE_NUMBER.match(lines[j])]
        numbered = [j for k in later for j in neighbours(lines, k, step, 1) if LONE_NUMBER.match(lines[j])]
        if beside and numbered:
            return int(lines[beside[0]]) < int(lines[numbered[0]])
    return False


def _among_notes(lines: list[str], i: int) -> bool:
    """A lone number with the one before it, or after it, two or three lines away and text
    between: note numbers each over its text, of a line or two ("7", "INQ…", "8", "INQ…"), not
    a page's number."""
    number = int(lines[i])
    for gap in (2, 3):
        if i >= gap and lines[i - gap] == str(number - 1) and all(lines[i - gap + 1 : i]):
            return True
        if i + gap < len(lines) and lines[i + gap] == str(number + 1) and all(lines[i + 1 : i + gap]):
            return True
    return False


def _longest_rising(numbers: dict[int, int]) -> set[int]:
    """The lines of the longest run of numbers that never falls, in line order."""
    lines = sorted(numbers)
    tails: list[int] = []  # tails[k]: the smallest last value of a rising run of length k + 1
    tail_line: list[int] = []
    previous: dict[int, int] = {}
    for line in lines:
        k = bisect.bisect_right(tails, numbers[line])
        previous[line] = tail_line[k - 1] if k else -1
        if k == len(tails):
            tails.append(numbers[line])
            tail_line.append(line)
        else:
            tails[k], tail_line[k] = numbers[line], line
    kept: set[int] = set()
    line = tail_line[-1] if tail_line else -1
    while line != -1:
        kept.add(line)
        line = previous[line]
    return kept


def _edge_only(lines: list[str], i: int, boundaries: dict[int, int]) -> bool:
    """The very first or last non-blank line of its page."""
    page_start, next_start = _page_span(lines, i, boundaries)
    before = [j for j in range(page_start, i) if lines[j]]
    after = [j for j in range(i + 1, next_start) if lines[j]]
    return not before or not after


def _alone_on_its_page(lines: list[str], i: int, boundaries: dict[int, int]) -> bool:
    page_start, next_start = _page_span(lines, i, boundaries)
    return not any(lines[j] for j in range(page_start, next_start) if j != i)


def _page_span(lines: list[str], i: int, boundaries: dict[int, int]) -> tuple[int, int]:
    """The first line of line i's page, and of the page after it."""
    page_start = max((b for b in boundaries if b <= i), default=0)
    return page_start, min((b for b in boundaries if b > i), default=len(lines))


def _counting_chain(lines: list[str], lone: list[int]) -> list[int]:
    """The longest run of lone numbers n, n+1, n+2... (a page may be skipped) standing at
    least a page's worth of lines apart: page numbers, not a block of footnote numbers."""
    best: dict[int, tuple[int, int]] = {}  # line -> (chain length, previous line)
    by_value: dict[int, list[int]] = {}
    for i in lone:
        value = int(lines[i])
        length, previous = 1, -1
        for step in (1, 2):
            for j in by_value.get(value - step, []):
                if i - j >= PAGE_GAP and best[j][0] + 1 > length:
                    length, previous = best[j][0] + 1, j
        best[i] = (length, previous)
        by_value.setdefault(value, []).append(i)
    if not best:
        return []
    end = max(best, key=lambda i: (best[i][0], -i))
    if best[end][0] < 3:
        return []
    chain = []
    while end != -1:
        chain.append(end)
        end = best[end][1]
    if chain[0] - chain[-1] < len(lines) // 2:
        return []  # numbers a page apart in one stretch of the text: footnotes, not pagination
    skipped = {  # a full page's number, a short page after it (a foreword's last lines): stepped over
        i
        for before, after in itertools.pairwise(chain[::-1])
        if int(lines[after]) - int(lines[before]) == 2
        for i in lone
        if before + PAGE_GAP <= i < after and int(lines[i]) == int(lines[before]) + 1
    }
    return sorted({*chain, *skipped})


def first_page(page_numbers: dict[int, int], heading: bool) -> int:
    """The printed number of the first page: the first page number if it stands at the
    page's foot, the one before it if at the top of the next."""
    return max(1, page_numbers[min(page_numbers)] - heading) if page_numbers else 1


def numbers_head_pages(lines: list[str], page_numbers: dict[int, int]) -> bool:
    """Without form feeds, whether the page numbers stand at the top of their pages (beside
    a running header) rather than at the foot: after the last one the text runs on for most
    of a page, where after a footer little or nothing is left. A page is as many lines of
    text as stand between two numbers a page apart."""
    marks = sorted(page_numbers)
    filled = list(itertools.accumulate(bool(line) for line in lines))
    spans = [
        (filled[b] - filled[a]) / (page_numbers[b] - page_numbers[a])
        for a, b in itertools.pairwise(marks)
        if page_numbers[b] > page_numbers[a]
    ]
    if len(spans) < 2:
        return False
    return filled[-1] - filled[marks[-1]] > HEADED_PAGE * statistics.median(spans)
