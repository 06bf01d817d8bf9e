"""The committee-report genre's cover and page furniture: the title, HC number, session,
committee and members on the cover, the running headers and page numbers of its pages, how
it prints its chapters' and paragraphs' numbers, and the witnesses listed at its end.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from itertools import islice

from seminar_search.model import Document, Participant
from seminar_search.names import BODY_WORD, HONORIFICS, POST_WORD
from seminar_search.parsing.metadata import DATE, iso_date

CHAIR = " (Chair)"
HC_NUMBER = re.compile(r"^HC (\d+)$")
HC_IN_TEXT = re.compile(r"\bHC\s+(\d+)\b")
REPORT = re.compile(r"\b\w+(?:-\w+)? (?:Special )?Report of Session \d{4}[–-]\d{2}")  # "Thirty-Second"
SESSION = re.compile(r"\b(?:Report|Special Report) of Session\s+(\d{4})[–-](\d{2})")
PUBLISHED = re.compile(r"^Published on (.+?) by authority|^Published on (.+)$")
MEMBER = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sir) )?(.+?) MP \((.*)\)$")  # the party may hold brackets
NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+(\S.*))?$")
LONE_NUMBER = re.compile(r"^\d{1,3}$")
DOTTED_CHAPTER = re.compile(r"^(\d{1,2})\. ([A-Z].*[^.,;:])$")
SUB_HEADINGS = 2  # between a chapter's heading and its first paragraph
HEADING_MAX = 70  # body lines are wrapped at about 90 characters
GLUED_MARK_END = re.compile(r"[^\s\d]\d{1,3}$")
SEQUENCE_REACH = 150  # lines (three pages) from one paragraph's number to the next's
MIN_LONE_NUMBERS = 3  # paragraphs numbered alone without a dot, in sequence, that show the report numbers so
CONCLUSIONS = "Conclusions and recommendations"
TITLED_NAME = re.compile(
    rf"\b(?:{'|'.join(HONORIFICS)}) [A-Z][\w’'-]+(?: (?:van|de|von|der) [A-Z][\w’'-]+| [A-Z][\w’'-]+)*"
)
ENTRY_NAME = re.compile(r"(?:(?<=\d{4} )|, and |, |; )([A-Z][a-z]+ [A-Z][a-z]+)(?: MP)?,")
NOT_NAMES = {"Europe", "General", "Committee", "International", "Group"}  # beside posts' and bodies' words


def cover(lines: list[str]) -> Document:
    """Committee, title, report and session, HC number and publication date from the cover."""
    opening = [line for line in lines[:60] if line and not line.isdigit()]  # a page's number, printed atop
    house = opening.index("House of Commons") if "House of Commons" in opening else 0
    while opening[house + 1 : house + 2] == [opening[house]]:  # a running header over the cover's own
        house += 1
    committee = opening[house + 1] if len(opening) > house + 1 else "House of Commons"
    cover_end = next(
        (
            i
            for i, line in enumerate(opening)
            if i > house + 1
            and (HC_NUMBER.match(line) or line.startswith(("Ordered", "Published", "House of")))
        ),
        house + 2,
    )
    cover = " ".join(opening[house + 2 : cover_end])
    reports = list(REPORT.finditer(cover))
    title = cover[: reports[-1].start()].strip() if reports else cover
    event = reports[-1].group(0) if reports else ""
    numbered = HC_IN_TEXT.search(" ".join(opening))
    hc = numbered.group(1) if numbered else ""
    session = SESSION.search(" ".join(opening))
    published = next((m for line in opening if (m := PUBLISHED.match(line))), None)
    found = DATE.search(published.group(0)) if published else None
    date = iso_date(found) if found else ""
    members = [
        Participant(m.group(1), "MP", m.group(2), "chair" if line.endswith(CHAIR) else "member")
        for line in _brackets_closed(lines[:120])
        if (m := MEMBER.match(line.removesuffix(" [ex-officio]").removesuffix(CHAIR)))
    ]
    suffix = f"-{session.group(1)}-{session.group(2)}" if session else ""
    return Document(
        id=f"hc{hc}{suffix}" if hc else "",
        title=title.rstrip(":"),
        event=event,
        date=date,
        author=committee,
        author_role="",
        organisation="House of Commons",
        participants=members,
    )


def _brackets_closed(lines: list[str]) -> list[str]:
    """Lines, one that leaves a bracket open joined to the next ("Meg Hillier MP (Labour
    (Co-op), Hackney South and" over "Shoreditch) (Chair)")."""
    joined: list[str] = []
    for line in lines:
        if joined and line and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] += f" {line}"
        else:
            joined.append(line)
    return joined


def unfold_page_headers(text: str) -> str:
    """Pages separated by form feeds (as PDF extraction gives them) start with the running
    header and the page number on one line ("5 Environmental impact of microplastics"): put
    them on lines of their own, as pdftotext does, and blank lines between pages."""
    if "\f" not in text:
        return text
    pages = text.split("\f")
    firsts = [_header_parts(_first_line(page)) for page in pages]
    titles = Counter(title for title, _n in filter(None, firsts))
    if not titles:
        return "\n\n".join(pages)
    title = titles.most_common(1)[0][0]
    unfolded = []
    for page, parts in zip(pages, firsts, strict=True):
        body = page.strip("\n").split("\n")
        if parts and parts[0] == title:
            body = ["", title, "", parts[1], "", *body[1:]]
        unfolded.append("\n".join(body))
    return "\n\n".join(unfolded)


def _first_line(page: str) -> str:
    return next((line.strip() for line in page.splitlines() if line.strip()), "")


def _header_parts(line: str) -> tuple[str, str] | None:
    """'12 Title' or 'Title 12' as (title, page number)."""
    match = re.match(r"^(\d{1,3})\s+(\D.*)$", line) or re.match(r"^(\D.*?)\s+(\d{1,3})$", line)
    if not match:
        return None
    number, title = (
        (match.group(1), match.group(2)) if match.group(1).isdigit() else (match.group(2), match.group(1))
    )
    return title.strip(), number


def running_header(lines: list[str]) -> str:
    """The short title printed on every page: the most repeated line that is no number."""
    counts = Counter(line for line in lines if line and not line[0].isdigit() and len(line) < 120)
    common = [(n, line) for line, n in counts.items() if n >= 3 and not line.endswith(".")]
    return max(common)[1] if common else ""


def page_furniture(lines: list[str], header: str) -> set[int]:
    """Running headers and the page numbers standing next to them."""
    furniture: set[int] = set()
    for i, line in enumerate(lines):
        if line != header:
            continue
        furniture.add(i)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j]:
                j += step
            if 0 <= j < len(lines) and LONE_NUMBER.match(lines[j]):
                furniture.add(j)
    return furniture


def body_start(lines: list[str]) -> int:
    """The first chapter ("1 Introduction", or "1. Introduction" over paragraph 1), else the
    first numbered item: covers, membership, contents and summary before it are not
    paragraphs; but a list of conclusions and recommendations printed before the chapters
    (the Committee of Public Accounts' reports) is the body's first part."""
    for pattern in (re.compile(r"^1 [A-Z].*[^\d\s]$"), NUMBERED):
        for i, line in enumerate(lines):
            titled = pattern is not NUMBERED and DOTTED_CHAPTER.match(line)
            if titled and dotted_chapter(line, (lines[j] for j in range(i + 1, len(lines)) if lines[j])):
                return _conclusions_before(lines, i) or i
            match = pattern.match(line)
            if match and (pattern is not NUMBERED or match.group(1) == "1"):
                return _conclusions_before(lines, i) or _heading_above(lines, i)
    return len(lines)


def dotted_chapter(
    line: str, following: Iterator[str], paragraphs: Collection[int] = (1,)
) -> re.Match[str] | None:
    """A chapter's number and title printed as a paragraph's are, "2. Funding": short, not a
    sentence, and over the numbered paragraph the chapter opens with (one of the numbers the
    report's paragraphs may go on with), a sub-heading or two between; a list's items and a
    contents page's entries are not. following: the lines of text after it."""
    match = DOTTED_CHAPTER.match(line)
    if match is None or len(line) > HEADING_MAX:
        return None
    for text in islice(following, SUB_HEADINGS + 1):
        if numbered := NUMBERED.match(text):
            return match if int(numbered.group(1)) in paragraphs else None
        if len(text) > HEADING_MAX or text.endswith("."):
            return None
    return None


def heads_conclusions(line: str) -> bool:
    """Whether a line heads the list of conclusions and recommendations, in whatever case it
    is set ("CONCLUSIONS AND RECOMMENDATIONS", "Conclusions and Recommendations")."""
    return line.casefold() == CONCLUSIONS.casefold()


def _conclusions_before(lines: list[str], i: int) -> int | None:
    """Where a list of conclusions and recommendations before line i starts: its heading,
    directly over its item 1 (not the contents page's entry)."""
    for k, line in enumerate(lines[:i]):
        following = next((text for text in lines[k + 1 : i] if text), "")
        numbered = NUMBERED.match(following)
        if heads_conclusions(line) and numbered and numbered.group(1) == "1":
            return k
    return None


def _heading_above(lines: list[str], i: int) -> int:
    """Include a heading standing just above the first item ("Microplastic Pollution")."""
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    if j >= 0 and lines[j] and len(lines[j]) <= HEADING_MAX and not lines[j].endswith((".", ":", ",")):
        return j
    return i


def listed_witnesses(lines: list[str]) -> list[str]:
    """Names from the "Witnesses" list: titled ones ("Dr Erik van Sebille") and those that open
    an entry ("Francisco Morcillo, Public & Industrial Affairs Manager, ...")."""
    starts = [i for i, line in enumerate(lines) if line == "Witnesses"]
    if not starts:
        return []
    section: list[str] = []
    for line in lines[starts[-1] + 1 :]:
        if line.startswith("Published written evidence"):
            break
        section.append(line)
    text = " ".join(line for line in section if line)  # a blank line between entries joins nothing
    names = [m.group(0) for m in TITLED_NAME.finditer(text)]
    names += [m.group(1) for m in ENTRY_NAME.finditer(text) if _names_a_person(m.group(1))]
    return list(dict.fromkeys(n.removesuffix(" MP") for n in names))


def _names_a_person(words: str) -> bool:
    """Whether two capitalised words opening an entry name someone, not a post ("Permanent
    Secretary", after "Sir Chris Wormald,") nor a body ("Imperial College")."""
    return not any(
        POST_WORD.fullmatch(word) or BODY_WORD.fullmatch(word) or word in NOT_NAMES for word in words.split()
    )


def dotted_lone_numbers(lines: list[str], header: str) -> list[str]:
    """Paragraph numbers printed alone without a dot, "12" over the paragraph's first line:
    joined to that line as "12. …", where the sequence goes on (1, 2, 3 …, through those
    printed with a dot, or 1 again after a heading: the conclusions) within a few pages. A
    number over a blank line counts only over a body line of prose that goes on: a page
    number stands by the running header, a contents entry over a heading, and notes' numbers
    over a line each, or pages apart where they are a sequence."""
    joined, expected, lone, above = list(lines), 1, 0, ""
    last: int | None = None  # the line of the sequence's last number
    for i in range(1, len(lines) - 1):
        line = lines[i]
        above = lines[i - 1] or above  # the last line of text before this one
        dotted = NUMBERED.match(line)
        first = _first_line_below(lines, i, header) if LONE_NUMBER.match(line) else None
        if not (dotted or first):
            continue
        value = int(dotted.group(1) if dotted else line)
        if value == 1 and heading_like(above):
            pass  # a list's or the conclusions' own numbering begins
        elif value != expected or (first and last is not None and i - last > SEQUENCE_REACH):
            continue
        expected, last = value + 1, i
        if first:
            joined[i], lone = f"{line}. {lines[first]}", lone + 1
            joined[i + 1 : first + 1] = [""] * (first - i)
    return joined if lone >= MIN_LONE_NUMBERS else lines


def _first_line_below(lines: list[str], i: int, header: str) -> int | None:
    """Where the paragraph a lone number heads starts: the next line, if it opens as a
    sentence does and is not all there is before the next number; or, past a blank line,
    a body line of prose that goes on, where the number is not the page's (one beside the
    running header, unless the page's number stands on the header's other side)."""
    below = i + 1
    while below < len(lines) - 1 and below <= i + 2 and not lines[below]:
        below += 1
    following, after = lines[below], lines[below + 1] if below + 1 < len(lines) else ""
    if following == header or not (following[:1].isupper() or following[:1] in ("‘", "“")):
        return None
    if below == i + 1:  # a chapter's number over its title, a note's over its one line: no paragraph's
        return below if not (heading_like(following) or LONE_NUMBER.match(after)) else None
    if len(following) <= HEADING_MAX or not after or heading_like(following):
        return None  # a heading's line, or a line alone: no body line of prose going on
    above = _text_above(lines, i)
    if above is None or lines[above] != header:
        return below
    page = _text_above(lines, above)  # the page's number, on the header's other side
    return below if page is not None and LONE_NUMBER.match(lines[page]) else None


def _text_above(lines: list[str], i: int) -> int | None:
    """The nearest line of text above line i."""
    return next((j for j in range(i - 1, -1, -1) if lines[j]), None)


def heading_like(line: str) -> bool:
    """Short, capitalised, and not ending as a sentence or a footnote mark does (a closing
    bracket only after a short bracketed word, as in "Transitional issues (labelling)")."""
    bracketed = bool(re.search(r" \(\w+\)$", line))
    return (
        0 < len(line) <= HEADING_MAX
        and line[0].isupper()
        and (bracketed or not line.endswith((".", ",", ";", ":", ")", "”", "’")))
        and not GLUED_MARK_END.search(line)
    )
