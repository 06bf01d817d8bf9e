"""The committee-report genre: House of Commons select committee reports and the government
responses to them, as `pdftotext` writes them out.

Their lines are hard-wrapped; running headers (the short title) and page numbers stand on their
own lines; footnote numbers and texts come out as separate blocks (or as "12 Text" lines at the
foot of a page), their marks glued to words ("oceans.3"). Paragraphs are numbered 1, 2, 3...
under chapter headings ("2 Microplastic Pollution") and sub-headings; "Conclusions and
recommendations" numbers its own series, each item ending "(Paragraph N)"; a government
response follows each recommendation with unnumbered paragraphs of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from seminar_search.lexicon import Entry
from seminar_search.model import UNNUMBERED, Footnote, Paragraph, Participant, label_unnumbered
from seminar_search.parsing.bunched_notes import note_texts
from seminar_search.parsing.committee_cover import (
    DOTTED_CHAPTER,
    HC_IN_TEXT,
    HEADING_MAX,
    LONE_NUMBER,
    NUMBERED,
    body_start,
    cover,
    dotted_chapter,
    dotted_lone_numbers,
    heading_like,
    heads_conclusions,
    listed_witnesses,
    page_furniture,
    running_header,
    unfold_page_headers,
)
from seminar_search.parsing.common import Reading, assign_themes
from seminar_search.parsing.endnotes import bracketed_notes
from seminar_search.parsing.footnotes import note_mark
from seminar_search.parsing.layout import join_lines
from seminar_search.parsing.report_headings import ASIDE

CHAPTER = re.compile(r"^(\d{1,2}) ([A-Z].*[^.,;:])$")
WORD_GAP = re.compile(r"(?<=\S)  (?=\S)")  # two spaces between words (a PDF's), not a column's wider gap
INLINE_FOOTNOTE = re.compile(r"^(\d{1,3}) (\S.*)$")
RECOMMENDATION_END = re.compile(r"\(Paragraphs? \d+(?:[–-]\d+)?\)\s*$")
ENDINGS = ("formal minutes", "witnesses", "published written evidence", "list of reports")  # any case
SENTENCE_END = re.compile(r"[.:!?”’)\]]\d*$|^\d+$")


@dataclass
class _State:
    """Where the reader is: the series being numbered, the next numbers expected, headings."""

    committee: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: dict[int, str] = field(default_factory=dict)
    bracketed: bool = False  # the notes are marked "[3]"
    series: str = "paragraph"
    expected: dict[str, int] = field(default_factory=lambda: {"paragraph": 1})
    chapter: int = 0
    section: str = ""
    chapter_title: str = ""
    current: Paragraph | None = None
    awaiting_response: bool = False
    page: int = 1


def is_committee_report(lines: list[str]) -> bool:
    opening = [line.strip() for line in lines[:40] if line.strip()]
    return "House of Commons" in opening[:6] and bool(HC_IN_TEXT.search(" ".join(opening)))


def parse_committee(text: str, lexicon: list[Entry]) -> Reading:
    """Read a committee report or government response, and count what it set aside; never raises."""
    printed = [
        WORD_GAP.sub(" ", line.strip()) if "  " in line else line.strip()
        for line in unfold_page_headers(text).splitlines()
    ]
    notes, kept = bracketed_notes(printed)  # a web page's "[3] Text", after the formal minutes
    lines = [printed[i] for i in kept]
    document = cover(lines)
    header = running_header(lines)
    lines = dotted_lone_numbers(lines, header)
    state = _State(committee=document.author, bracketed=bool(notes))
    state.footnotes = {number: note for _, number, note in notes}
    start = body_start(lines)
    furniture = page_furniture(lines, header)
    state.page = _page_at(lines, start, furniture)
    i = start
    while i < len(lines):
        line = lines[i]
        if _ends_body(line):
            break
        if i in furniture and LONE_NUMBER.match(line):
            state.page = int(line)
        if not line or i in furniture:
            i += 1
            continue
        i = _read(lines, i, state, furniture)
    _attach_footnotes(state)
    label_unnumbered(state.paragraphs)
    assign_themes(state.paragraphs, lexicon)
    witnesses = listed_witnesses(lines)
    document.participants += [Participant(name, "", "", "witness") for name in witnesses]
    document.paragraphs = state.paragraphs
    noted = {footnote.mark for paragraph in state.paragraphs for footnote in paragraph.footnotes}

    def text_lines(span: range) -> int:
        return sum(1 for j in span if lines[j] and j not in furniture)

    return Reading(
        "committee",
        "a House of Commons cover with an HC number",
        document,
        front_matter=text_lines(range(start)),
        back_matter=text_lines(range(i, len(lines))),
        furniture=sum(1 for j in furniture if lines[j]),
        headers=[header] if header else [],
        unattached_notes=sorted(number for number in state.footnotes if str(number) not in noted),
    )


def _page_at(lines: list[str], start: int, furniture: set[int]) -> int:
    """The page the body starts on: the last page number printed before it (a contents page
    and an introduction may come first)."""
    printed = (j for j in range(start - 1, -1, -1) if j in furniture and LONE_NUMBER.match(lines[j]))
    return next((int(lines[j]) for j in printed), 1)


def _read(lines: list[str], i: int, state: _State, furniture: set[int]) -> int:
    """Read the structure starting at line i; return the index of the next line to read."""
    line = lines[i]
    numbers = _lone_number_run(lines, i, furniture)
    if numbers and numbers[0] == _next_footnote(state):
        return _footnote_block(lines, i, numbers, state)
    chapter = _chapter(lines, i, furniture, state)
    if chapter and int(chapter.group(1)) == state.chapter + 1:
        state.chapter += 1
        state.chapter_title = state.section = chapter.group(2)
        state.series, state.current = "paragraph", None  # the chapters after a list of conclusions
        return i + 1
    inline = INLINE_FOOTNOTE.match(line)
    if inline and int(inline.group(1)) == _next_footnote(state) and not NUMBERED.match(line):
        return _inline_footnotes(lines, i, state)
    if heads_conclusions(line):
        state.series, state.section, state.chapter_title = "recommendation", line, line
        state.expected["recommendation"] = 1
        state.current = None
        return i + 1
    numbered = NUMBERED.match(line)
    if numbered and _boxed(lines, i, furniture, state):  # a recommendation set between paragraphs
        state.series = "recommendation"
        _new_item(state, int(numbered.group(1)), numbered.group(2) or "")
        state.series = "paragraph"
        return i + 1
    if numbered and _starts_item(numbered, state):
        _new_item(state, int(numbered.group(1)), numbered.group(2) or "")
        return i + 1
    if ASIDE.match(line) and heading_like(line) and state.paragraphs:  # "Box 1: What care workers told us"
        boxes = sum(unit.series == UNNUMBERED for unit in state.paragraphs) + 1
        themes = [t for t in dict.fromkeys((state.chapter_title, state.section)) if t]
        state.current = Paragraph("", boxes, "", state.committee, line, themes, state.page, series=UNNUMBERED)
        state.paragraphs.append(state.current)
        return i + 1
    if _is_heading(lines, i, furniture, state):
        state.section = line
        state.current = None
        return i + 1
    _continue(state, line)
    return i + 1


def _boxed(lines: list[str], i: int, furniture: set[int], state: _State) -> bool:
    """Whether line i opens a recommendation set between the paragraphs it arises from, in its
    own numbering ("1. The Department should … (Paragraph 4)" after paragraph 4): the next
    recommendation's number, not the next paragraph's, its block ending with the paragraph it
    cites."""
    numbered = NUMBERED.match(lines[i])
    if state.series != "paragraph" or not state.paragraphs or numbered is None:
        return False
    if int(numbered.group(1)) != state.expected.get("recommendation", 1):
        return False
    block = []
    for j in range(i, len(lines)):
        if not lines[j] or (j > i and NUMBERED.match(lines[j])):
            break
        if j not in furniture:
            block.append(lines[j])
    return bool(RECOMMENDATION_END.search(" ".join(block)))


def _chapter(lines: list[str], i: int, furniture: set[int], state: _State) -> re.Match[str] | None:
    """A chapter heading: "2 Funding", or "2. Funding" over the paragraph that goes on the
    numbering."""
    line = lines[i]
    if (chapter := CHAPTER.match(line)) and len(line) <= HEADING_MAX:
        return chapter
    if not DOTTED_CHAPTER.match(line):
        return None
    following = (lines[j] for j in range(i + 1, len(lines)) if lines[j] and j not in furniture)
    numbered_on = state.paragraphs[-1].number + 1 if state.paragraphs else 1  # from a list of conclusions
    return dotted_chapter(line, following, {state.expected["paragraph"], numbered_on})


def _starts_item(match: re.Match[str], state: _State) -> bool:
    number = int(match.group(1))
    if number == state.expected.get(state.series, 1):
        return True
    if state.series == "paragraph" and state.expected.get("paragraph", 1) == 1 and state.paragraphs:
        return number == state.paragraphs[-1].number + 1  # numbered on from the conclusions before it
    # A government response numbers the recommendations it answers, with no heading first.
    return number == 1 and state.series == "paragraph" and not state.paragraphs


def _new_item(state: _State, number: int, text: str) -> None:
    state.expected[state.series] = number + 1
    themes = [t for t in dict.fromkeys((state.chapter_title, state.section)) if t]
    state.current = Paragraph(
        doc="",
        number=number,
        text=text,
        speaker=state.committee,
        section=state.section,
        themes=themes,
        page=state.page,
        series=state.series,
    )
    state.paragraphs.append(state.current)
    state.awaiting_response = False
    _check_recommendation_end(state)


def _continue(state: _State, line: str) -> None:
    """Text that goes on: the current item's, or, after a recommendation, the response's."""
    if state.current is None:
        return
    if state.awaiting_response:
        number = state.current.number
        response = Paragraph(
            doc="",
            number=number,
            text=line,
            speaker="Government",
            section=state.section,
            themes=list(state.current.themes),
            page=state.page,
            series="response",
        )
        state.paragraphs.append(response)
        state.current, state.awaiting_response = response, False
        return
    state.current.text = join_lines(state.current.text, line)
    _check_recommendation_end(state)


def _check_recommendation_end(state: _State) -> None:
    """A recommendation ends at "(Paragraph N)"; in a government response, its answer follows."""
    current = state.current
    if current is not None and RECOMMENDATION_END.search(current.text):
        if current.series == "paragraph":  # a response document: its items are recommendations
            current.series = "recommendation"
            state.series = "recommendation"
            state.expected["recommendation"] = current.number + 1
        # a report's own recommendation, set between its paragraphs, has no answer under it
        state.awaiting_response = not any(p.series == "paragraph" for p in state.paragraphs)


def _is_heading(lines: list[str], i: int, furniture: set[int], state: _State) -> bool:
    """A short line after a sentence's end, not one itself, standing before a numbered item or
    another heading."""
    line = lines[i]
    if not heading_like(line):
        return False
    previous = _previous_content(lines, i, furniture)
    boxed = state.current is not None and state.current.series == UNNUMBERED  # a box's last line: no sentence
    if (
        not boxed
        and previous is not None
        and not SENTENCE_END.search(lines[previous])
        and not heading_like(lines[previous])
        and not CHAPTER.match(lines[previous])
        and not (DOTTED_CHAPTER.match(lines[previous]) and len(lines[previous]) <= HEADING_MAX)
    ):
        return False
    following = _next_content(lines, i, furniture)
    if following is None:
        return False
    after = lines[following]
    numbered = NUMBERED.match(after)
    if numbered and _starts_item(numbered, state):
        return True
    return (
        heads_conclusions(after)
        or bool(CHAPTER.match(after))
        or (
            heading_like(after)
            and (n := _next_content(lines, following, furniture)) is not None
            and bool((m := NUMBERED.match(lines[n])) and _starts_item(m, state))
        )
    )


def _previous_content(lines: list[str], i: int, furniture: set[int]) -> int | None:
    for j in range(i - 1, max(-1, i - 12), -1):
        if lines[j] and j not in furniture:
            return j
    return None


def _next_content(lines: list[str], i: int, furniture: set[int]) -> int | None:
    for j in range(i + 1, min(len(lines), i + 12)):
        if lines[j] and j not in furniture:
            return j
    return None


def _lone_number_run(lines: list[str], i: int, furniture: set[int]) -> list[int]:
    """Consecutive numbers on lines of their own from i: a block of footnote numbers."""
    run: list[int] = []
    j = i
    while j < len(lines) and LONE_NUMBER.match(lines[j]) and j not in furniture:
        number = int(lines[j])
        if run and number != run[-1] + 1:
            break
        run.append(number)
        j += 1
    return run if len(run) >= 1 and (j >= len(lines) or not lines[j]) else []


def _next_footnote(state: _State) -> int:
    return max(state.footnotes, default=0) + 1


def _footnote_block(lines: list[str], i: int, numbers: list[int], state: _State) -> int:
    """Numbers on their own lines, a blank, then their texts, some wrapped onto a second line."""
    j = i + len(numbers)
    while j < len(lines) and not lines[j]:
        j += 1
    texts: list[str] = []
    while j < len(lines) and lines[j]:
        inline = INLINE_FOOTNOTE.match(lines[j])
        if inline and int(inline.group(1)) == numbers[-1] + 1:  # "58 Text" lines carry on
            break
        texts.append(lines[j])
        j += 1
    for number, note in zip(numbers, note_texts(texts, len(numbers)), strict=False):
        state.footnotes[number] = note
    for number in numbers:
        state.footnotes.setdefault(number, "")
    return j


def _ends_body(line: str) -> bool:
    """The heading of what follows the report: its formal minutes, its witnesses."""
    return line.casefold() in ENDINGS or line.casefold().startswith(ENDINGS[-1])


def _inline_footnotes(lines: list[str], i: int, state: _State) -> int:
    """Lines "12 Text" at the foot of a page, a text wrapping onto lines of its own, up to a
    blank line or, where a PDF's text prints none, the formal minutes after the last page."""
    j = i
    while j < len(lines) and lines[j] and not _ends_body(lines[j]):
        match = INLINE_FOOTNOTE.match(lines[j])
        if match and int(match.group(1)) == _next_footnote(state):
            state.footnotes[int(match.group(1))] = match.group(2)
        elif state.footnotes:
            last = max(state.footnotes)
            state.footnotes[last] += " " + lines[j]
        j += 1
    return j


def _attach_footnotes(state: _State) -> None:
    """Find each footnote's mark, glued to a word ("oceans.3"), in order; move it out of the text."""
    expected = 1
    for paragraph in state.paragraphs:
        position = 0
        while expected in state.footnotes:
            for candidate in range(expected, expected + 3):  # a mark may sit outside any paragraph
                mark = note_mark(candidate, state.bracketed)
                found = mark.search(paragraph.text, position)
                if found:
                    break
            else:
                break
            start = found.start() - (paragraph.text[found.start() - 1 : found.start()] == " ")
            paragraph.text = paragraph.text[:start] + paragraph.text[found.end() :]
            paragraph.footnotes.append(Footnote(str(candidate), state.footnotes[candidate]))
            position = found.start()
            expected = candidate + 1
