"""A government response that says what each item quotes: "1. PAC conclusion: …", "1a. PAC
recommendation: …", then the government's reply in paragraphs numbered under the item, "1.1",
"1.2" (the Treasury Minutes' answer to the Committee of Public Accounts). One document may
answer several reports, each numbered from 1 again under its own department and title.

The units keep the labels as printed, in the series their labels name (conclusion,
recommendation, response), numbered one after another through the document, so an item
numbered 1 in each of two reports is two units. What the committee wrote is the committee's;
the replies are the department's named above them, or the government's."""

from __future__ import annotations

import re

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph
from seminar_search.parsing.common import Reading, add_line, is_heading, layout_lines, stands_alone
from seminar_search.parsing.cover import cover
from seminar_search.parsing.issuers import cased
from seminar_search.parsing.layout import Layout, Line, no_room
from seminar_search.parsing.letters import DEPARTMENT, sign_off
from seminar_search.parsing.respondents import GOVERNMENT_NAMED, committee_in
from seminar_search.parsing.response import answered

LABELLED = re.compile(  # "1. PAC conclusion: …", "2a) Committee recommendation: …", "3 Recommendation: …"
    r"^(?P<label>(?P<item>\d{1,3})[a-z]?)[.)]?\s+(?:(?:[A-Z]{2,6}|(?:The )?Committee(?:[’']s)?)\s+)?"
    r"(?P<kind>[Cc]onclusion|[Rr]ecommendation)\s*:\s*(?P<rest>\S.*)$"
)
REPLY = re.compile(r"^(?P<item>\d{1,3})\.\d{1,2}\.?\s+(?P<rest>\S.*)$")  # "1.2 The Department has …"
FIELD = re.compile(r"^[A-Z][^:\d]{2,40}:\s+\S")  # "Target implementation date: January 2022"
REPORT_OF_SESSION = re.compile(r"\bReports? of Session\b", re.IGNORECASE)  # which report is answered
PROSE_WORDS = 20  # a block of so many words ending a sentence is prose, not a cover's


def labelled_items(lines: list[Line]) -> int:
    """How many lines open an item by saying whose conclusion or recommendation it is: the
    evidence for this genre."""
    return sum(1 for line in lines if LABELLED.match(line.text))


def parse_labelled(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    first = next(i for i, line in enumerate(lines) if LABELLED.match(line.text))
    end = sign_off(lines)
    cover_lines = [cased(line.text) for line in lines[:first]]  # "WELSH GOVERNMENT RESPONSE …" too
    committee = committee_in(cover_lines)
    named = GOVERNMENT_NAMED.search(" ".join(cover_lines))
    government = named.group(0) if named else "Government"
    document = cover(lines, _prose_starts(lines, first), layout.headers)
    document.author = document.organisation = government
    units: list[Paragraph] = []
    starts: list[int] = []
    counts: dict[str, int] = {}
    current: Paragraph | None = None
    item = ""  # the number of the item being answered: its replies are numbered under it
    headings = _Headings()
    for i in range(first):
        headings.take(lines, i, layout.width)
    for i in range(first, end):
        line = lines[i]
        opening = LABELLED.match(line.text) or REPLY.match(line.text)
        if opening and (opening.re is LABELLED or opening.group("item") == item):
            if opening.re is LABELLED:
                series, speaker, label = opening.group("kind").lower(), committee, opening.group("label")
                item = opening.group("item")
            else:
                series, speaker = "response", _department(headings) or government
                label = line.text.split()[0].rstrip(".")
            counts[series] = counts.get(series, 0) + 1
            section = _title(headings)
            current = Paragraph(
                doc="",
                number=counts[series],
                text=opening.group("rest"),
                speaker=speaker,
                section=section,
                themes=[section] if section else [],
                page=line.page,
                series=series,
                label=label,
            )
            units.append(current)
            starts.append(line.source)
        elif current is not None and _heads(lines, i, layout.width):  # a new part: its department, title
            headings, current, item = _Headings(), None, ""
            headings.take(lines, i, layout.width)
        elif current is None:
            headings.take(lines, i, layout.width)
        elif line.text:
            add_line(current, line.text)
    document.paragraphs = units
    reason = f"{len(units)} units, each item saying whose conclusion or recommendation it quotes, the replies"
    return answered(document, starts, layout, lines, (first, end), lexicon, f"{reason} numbered under it")


class _Headings(list[str]):
    """The headings read so far, each with the lines a narrow column ran it on to
    ("Department for Levelling Up, Housing and" over "Communities")."""

    def __init__(self) -> None:
        super().__init__()
        self.ends = -1  # the last line of the last heading

    def take(self, lines: list[Line], i: int, width: int) -> None:
        """Read line i if it is a heading, or goes on from the last one."""
        if _heads(lines, i, width):
            self.append(lines[i].text)
        elif self and self.ends == i - 1 and lines[i].text and _runs_on(lines, i, width):
            self[-1] += f" {lines[i].text}"
        else:
            return
        self.ends = i


def _heads(lines: list[Line], i: int, width: int) -> bool:
    """A heading, not a field's line ("Target implementation date: January 2022"); a
    department's name straight over an item (a PDF's text, no blank line between) too."""
    if not lines[i].text or FIELD.match(lines[i].text) or (i and lines[i - 1].text.endswith(":")):
        return False  # a field's value under it: "Target implementation date:" over "Summer 2017"
    if DEPARTMENT.match(lines[i].text) and i + 1 < len(lines) and LABELLED.match(lines[i + 1].text):
        return True
    return is_heading(lines, i, width, over_unit=stands_alone(lines, i))


def _runs_on(lines: list[Line], i: int, width: int) -> bool:
    """Whether line i goes on from a heading on the line above, in a narrow column: that line
    had no room for its first word, and it ends no sentence."""
    above = lines[i - 1].text if i else ""
    return bool(above) and no_room(above, lines[i].text, width) and not re.search(r"[.!?:;]$", lines[i].text)


def _department(headings: list[str]) -> str:
    """The department a part answers for: the last heading naming one."""
    return next((text for text in reversed(headings) if DEPARTMENT.match(text)), "")


def _title(headings: list[str]) -> str:
    """The title of the report a part answers: the heading under its department, or one after
    the report's number ("Thirty-first Report of Session 2015-16: Care Act first-phase
    reforms"), or else the first that does not only say which report it is."""
    for above, text in zip(["", *headings], headings, strict=False):
        if DEPARTMENT.match(above) and not DEPARTMENT.match(text):
            return text
    for text in headings:
        if (numbered := REPORT_OF_SESSION.search(text)) and ": " in text[numbered.end() :]:
            return text[numbered.end() :].split(": ", 1)[1]
    return next((t for t in headings if not REPORT_OF_SESSION.search(t) and not DEPARTMENT.match(t)), "")


def _prose_starts(lines: list[Line], first: int) -> int:
    """Where the cover ends: at the first paragraph of prose (an introduction quoting the
    dates of hearings, not the date of the response), or at the first item."""
    block: list[int] = []
    for i in range(first + 1):
        if i < first and lines[i].text:
            block.append(i)
            continue
        words = sum(len(lines[k].text.split()) for k in block)
        if words >= PROSE_WORDS and re.search(r"[.!?]$", lines[block[-1]].text):
            return block[0]
        block = []
    return first
