"""A seminar report's first pass: its lines without page furniture, in blank-line blocks.

Running headers (the cover's title or event line repeated) and a PDF's page breaks and page
numbers are dropped, counting pages; footnotes are set aside with how many paragraphs came
before them. A PDF's text has lost the blank lines between blocks: they are put back first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from seminar_search.names import TABLE_HEADINGS
from seminar_search.parsing.attendance import columns_apart, rows_celled
from seminar_search.parsing.common import LABELLED_SPEAKER, OPEN_FLOOR, heading_core
from seminar_search.parsing.footnotes import note_mark
from seminar_search.parsing.layout import ends_paragraph, no_room
from seminar_search.parsing.measure import usual_width
from seminar_search.parsing.metadata import Metadata
from seminar_search.parsing.pages import LONE_NUMBER
from seminar_search.parsing.wrapping import RUN_ON_WORDS, ends_on_joining_word

PARAGRAPH_START = re.compile(r"^\s*(\d{1,3})\.\s+(?=\S)")  # not a year a sentence wraps onto: "1997. The …"
# the paragraph numbers other reports print: "(1) ", "1) ", "1 The …", and "1" or "1." alone over a
# line of text
UNDOTTED_START = re.compile(
    r"^[ \t]*(?:\((\d{1,3})\)[ \t]+|(\d{1,3})\)[ \t]+|(\d{1,3})[ \t]+(?=[A-Z‘“*_])"
    r"|(\d{1,3})\.?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[A-Z‘“*_][^\n]{30}))",
    re.MULTILINE,
)
MIN_PARAGRAPHS = 3  # numbers in sequence: a report's numbering, not a chance
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
DAGGERS = "†‡"  # marks of a report with few notes, glued to what they annotate ("a year.†")
FOOTNOTE_LINE = re.compile(rf"^\s*([{SUPERSCRIPTS}]+|[{DAGGERS}]+|\[\d{{1,3}}\])\s*(\S.*)$")
# a sentence's note mark, after its full stop
NOTE_MARK_AT_END = re.compile(rf"(?:\[\d{{1,3}}\]|[{SUPERSCRIPTS}{DAGGERS}]+|\d{{1,3}})$")
PARTICIPANTS_HEADING = re.compile(r"\b(participants|attendees|attendance)\b", re.IGNORECASE)
HEADING_MAX = 120
SHORT = 0.7  # of the usual width: a heading's line is no longer
SENTENCE_CLOSE = (".", "?", "!", ")", "”", "’", '"', "'")
KEYNOTE_BLOCK = re.compile(r"\b(keynote|presentations?)\b", re.IGNORECASE)
PROSE_WORDS = 12  # a line of prose under a cover's date has at least these: a cover's lines are fewer
HEADER_SEPARATORS = " –—-:,·|/•"
PAGE_NUMBERED = r"Page \d{1,4}(?: of \d{1,4})?"  # "Page 3 of 12"
PAGE_MARK = re.compile(
    rf"^{PAGE_NUMBERED}[{re.escape(HEADER_SEPARATORS)}]*|[{re.escape(HEADER_SEPARATORS)}]*{PAGE_NUMBERED}$"
)
FOLIO_AFTER_GAP = re.compile(r"\S\s{2,}\d{1,4}$")  # a header's page number, set apart at the line's end
REPEATED_FOOTER = 3  # a line printed beside the running header this often is a footer
FOLIO = re.compile(r"(?<=\S)\s+\d{1,4}$")  # a page's number after the header's words
BULLET = re.compile(r"^\s*[-•]\s+")  # Word's "o" and Markdown's "*" are drawn "•" before this reader
PLAIN_NOTE = re.compile(r"^(\d{1,3})\s+(?=\S)(?!\d)")  # "1 Available here ...": a note in plain digits


@dataclass
class Line:
    text: str
    page: int


@dataclass
class Layout:
    """The report's lines without page furniture: blocks of lines, and the footnotes set aside."""

    blocks: list[list[Line]]
    footnotes: list[tuple[int, str, str]] = field(default_factory=list)
    furniture: int = 0  # running headers and page numbers dropped
    headers: list[str] = field(default_factory=list)  # the running headers, each once


def dotted_numbering(text: str) -> str:
    """A seminar report's paragraphs numbered "1)", "(1)", "1 This …" or by a number alone on
    its line ("1" or "1.") written as the "1. This …" this reader knows, where such numbers run
    1, 2, 3 … (any other line that opens with a number, a page's or a wrapped sentence's, keeps
    it); the text as it is where they do not run to three."""
    chain: list[re.Match[str]] = []
    for match in UNDOTTED_START.finditer(text):
        if int(next(number for number in match.groups() if number)) == len(chain) + 1:
            chain.append(match)
    if len(chain) < MIN_PARAGRAPHS:
        return text
    pieces, end = [], 0
    for number, match in enumerate(chain, start=1):
        pieces += [text[end : match.start()], f"{number}. "]
        end = match.end()
    return "".join([*pieces, text[end:]])


def starts_paragraph(line: Line | str) -> bool:
    return bool(PARAGRAPH_START.match(line.text if isinstance(line, Line) else line))


def listed_entries(blocks: list[list[Line]], width: int) -> list[str]:
    """A participants list's entries: a line each, run-ons joined; or a table a PDF's text gives
    a cell a line, a row a block, each row one."""
    texts = [text for block in blocks for text in [*(line.text for line in block), ""]]
    lines = [line.text for block in blocks for line in block]
    return rows_celled(texts) or columns_apart(run_ons_joined(lines, width))


def run_ons_joined(texts: list[str], width: int) -> list[str]:
    """A list's entries a line each, an entry that ran on ("Mary White, Director of Adult
    Social Care, Leeds" over "City Council") joined again: a run-on is a word or three with no
    comma, after an entry with commas (a table's row has none, and may be long), and no table's
    column names."""
    joined: list[str] = []
    for text in texts:
        run_on = "," not in text and len(text.split()) <= RUN_ON_WORDS and not text.rstrip().endswith(":")
        run_on = run_on and not set(re.findall(r"\w+", text.casefold())) <= TABLE_HEADINGS  # "Name Title …"
        cut = (
            no_room(joined[-1], text.strip(), width) or ends_on_joining_word(joined[-1]) if joined else False
        )
        if run_on and cut and "," in joined[-1]:  # "…, University of" over "Glasgow" too
            joined[-1] = f"{joined[-1]} {text.strip()}"
        else:
            joined.append(text)
    return joined


def first_paragraph_line(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if starts_paragraph(line)), len(lines))


def cover_over_prose(lines: list[str], meta: Metadata) -> Metadata:
    """The cover read up to the first numbered paragraph, cut short where a speaker's words
    stand under its date before that paragraph, unnumbered (a keynote's address under its
    heading): the text starts there, and the headings above it stay over it. Prose under no
    such heading (a summary, an introduction) is the cover's, as a committee report's is."""
    skipped = 1 if meta.subtitle else 0
    prose = next((k for k, text in enumerate(meta.below_date) if k >= skipped and _prose(text)), None)
    if prose is None or not any(map(opens_a_part, meta.below_date[:prose])):
        return meta
    first_line = (
        i
        for i in range(meta.body_start - 1, -1, -1)
        if lines[i].strip() and meta.below_date[prose].startswith(lines[i].strip())
    )
    return replace(meta, body_start=next(first_line, meta.body_start), below_date=meta.below_date[:prose])


def opens_a_part(heading: str) -> bool:
    """Whether a heading opens the keynotes, a speaker's part or the discussion, not a subtitle."""
    core = heading_core(heading)
    opens = KEYNOTE_BLOCK.search(heading) or OPEN_FLOOR.match(core) or LABELLED_SPEAKER.match(core)
    return bool(heading and opens)


def _prose(text: str) -> bool:
    """A sentence or more of text, not a cover's line: long, its sentence ended."""
    return len(text.split()) >= PROSE_WORDS and text.endswith(SENTENCE_CLOSE)


def looks_like_heading(text: str) -> bool:
    """Short, not ending as a sentence does, and not a sentence's continuation ("example? How")."""
    text = text.strip()
    return 0 < len(text) <= HEADING_MAX and not text.endswith((".", ";", ",")) and not text[0].islower()


def digit_notes_bracketed(lines: list[str]) -> list[str]:
    """Notes printed in plain digits, as a PDF's text gives superscripts ("Services1," over
    "1 Available here ..."), written as bracketed ones ("Services[1]," over "[1] Available
    here ..."), which the rest of the reading knows: a line opening with the next note's
    number whose mark stands glued to a word since the last note. Any other line that opens
    with a number is text."""
    written = list(lines)
    expected, since = 1, 0
    for i, line in enumerate(written):
        found = PLAIN_NOTE.match(line.strip())
        if not found or int(found.group(1)) != expected or starts_paragraph(line):
            continue
        mark = note_mark(expected)
        marked = next((k for k in range(i - 1, since - 1, -1) if mark.search(written[k])), None)
        if marked is None:
            continue
        last = list(mark.finditer(written[marked]))[-1]
        written[marked] = f"{written[marked][: last.start()]}[{expected}]{written[marked][last.end() :]}"
        written[i] = f"[{expected}] {line.strip()[found.end() :]}"
        expected, since = expected + 1, i + 1
    return written


def blocks_separated(lines: list[str], is_running_header: Callable[[str], bool]) -> list[str]:
    """A PDF's text comes without the blank lines that part a seminar report's blocks: where
    most numbered paragraphs follow a line of text, put a blank line before each, and around
    each heading (a short line with no sentence's end, after a sentence's end or another
    heading, before a paragraph or another heading), except among a footnote's lines. After the
    last paragraph, a block starts at a short line after a sentence's end (a signature) and
    after a participants heading."""
    opening = [starts_paragraph(line) for line in lines]
    starts = [i for i, opens in enumerate(opening) if opens]
    if sum(1 for i in starts if i and lines[i - 1].strip()) * 2 <= len(starts):
        return lines
    width = usual_width(lines)
    headings = [False] * len(lines)

    def short_line(text: str) -> bool:
        return looks_like_heading(text) and len(text) <= width * SHORT and text[:1].isupper()

    def after_end(i: int) -> bool:
        before = NOTE_MARK_AT_END.sub("", lines[i - 1].strip()) if i else ""  # "… to count.[1]"
        return not before or before.endswith((".", "?", "!", ":", "”", "’", '"')) or headings[i - 1]

    def heads_paragraph(text: str) -> bool:
        """A line over a numbered paragraph, however long, that no sentence's end closes: its
        heading, in a narrow column ("Sir Andrew Foster, Chair, Commission on 2020 Public
        Services" fills it)."""
        return (
            looks_like_heading(text) and text[:1].isupper() and not text.rstrip("*_").endswith(SENTENCE_CLOSE)
        )

    def wraps_heading(i: int) -> bool:
        """A heading too long for its line, run onto a short one, a paragraph below: "Lord
        Michael Bichard, Director, The Institute for" over "Government", in a narrow column."""
        text, following = lines[i].strip(), lines[i + 1].strip()
        return (
            no_room(text, following, width)
            and len(following) <= width * SHORT  # "for Government": its run-on, in lower case too
            and not opening[i + 1]  # a numbered paragraph of its own is no run-on
            and opening[i + 2]
            and after_end(i)
            and looks_like_heading(f"{text} {following}")
            and not text.rstrip("*_").endswith(SENTENCE_CLOSE)
            and not following.rstrip("*_").endswith(SENTENCE_CLOSE)  # "… worth it!'*": a quotation's end
        )

    separated: list[str] = []
    in_note = False  # a footnote's lines, to the page's end (or the next paragraph): no headings there
    wrapped = False  # the line is the end of a heading run on from the line above, joined to it
    for i, line in enumerate(lines):
        if wrapped:
            wrapped = False
            continue
        text = line.strip()
        if i + 2 <= starts[-1] and not in_note and not BULLET.match(text) and wraps_heading(i):
            wrapped = headings[i] = True
            if separated and separated[-1].strip():
                separated.append("")
            separated.append(f"{line.rstrip()} {lines[i + 1].strip()}")
            continue
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if in_note:  # to the page's end: a page break, a running header, or the next paragraph
            in_note = bool(text) and not (line.startswith("\f") or opening[i] or is_running_header(text))
        in_note = in_note or bool(FOOTNOTE_LINE.match(text))
        if in_note:
            opens = False
        elif i < starts[-1]:
            headings[i] = (
                (short_line(text) or (opening[i + 1] and heads_paragraph(text)))
                and after_end(i)
                and (not following or opening[i + 1] or looks_like_heading(following))
            )
            ended = i < starts[0] and i > 0 and ends_paragraph(lines[i - 1], width)  # unnumbered prose's end
            opens = opening[i] or headings[i] or (i > 0 and headings[i - 1]) or (ended and text[:1].isupper())
        else:
            listed = i > 0 and bool(PARTICIPANTS_HEADING.search(lines[i - 1])) and len(lines[i - 1]) <= 40
            opens = i > starts[-1] and short_line(text) and (after_end(i) or listed)
        if opens and text and separated and separated[-1].strip():
            separated.append("")
        separated.append(line)
    return separated


def strip_page_furniture(lines: list[str], meta: Metadata) -> Layout:
    """Drop running headers and a PDF's page numbers (counting pages at them and at its page
    breaks) and set footnotes aside, keeping blank-line blocks."""
    is_running_header = running_header_test(meta)
    layout = Layout(blocks=[])
    block: list[Line] = []
    page = 1
    after_header = False
    footnote: list[str] | None = None
    paragraphs_seen = 0

    def close_block() -> None:
        nonlocal block
        if block:
            layout.blocks.append(block)
            block = []

    body = lines[meta.body_start :]
    footers = _footers(body, is_running_header)
    for k, line in enumerate(body):
        stripped = line.strip()
        if line.startswith("\f"):  # a PDF's page break: the page's notes have ended
            footnote = None
            if _heads_its_page(body, k):
                close_block()
            page += not after_header
            after_header = True
        edge = line.startswith("\f") or _before_a_page_break(body, k) or _beside(body, k, is_running_header)
        if LONE_NUMBER.match(stripped) and edge:
            layout.furniture += 1
            continue  # the page's number, at its top or its foot
        if not stripped:
            close_block()
            footnote = None
            continue
        if is_running_header(stripped) or FOLIO.sub("", stripped) in footers:
            close_block()
            layout.furniture += 1
            header = PAGE_MARK.sub("", stripped) or stripped  # once, not once a page
            layout.headers += [] if header in layout.headers else [header]
            footnote = None
            page += not after_header
            after_header = True
            continue
        after_header = False
        match = FOOTNOTE_LINE.match(stripped)
        if match:
            close_block()
            footnote = [stripped]
            layout.footnotes.append((paragraphs_seen, match.group(1), match.group(2)))
            continue
        if PARTICIPANTS_HEADING.search(stripped) and looks_like_heading(stripped):
            footnote = None  # the notes have ended: who took part is listed after them
        if footnote is not None and not starts_paragraph(stripped) and not BULLET.match(line):
            seen, mark, note = layout.footnotes[-1]
            layout.footnotes[-1] = (seen, mark, f"{note} {stripped}")
            continue
        if starts_paragraph(stripped):
            paragraphs_seen += 1
        block.append(Line(line, page))
    close_block()
    return layout


def _heads_its_page(lines: list[str], k: int) -> bool:
    """Whether a page's first line is a heading ("Discussion", the page before ending "… the
    foundations for it."; a blank line or a numbered paragraph below): a block of its own, as
    the blank line a PDF's text has no room for at a page's top would make it."""
    before = next((line.strip() for line in reversed(lines[:k]) if line.strip()), "")
    after = lines[k + 1] if k + 1 < len(lines) else ""
    heading = looks_like_heading(lines[k]) and not LONE_NUMBER.match(lines[k].strip())
    return heading and before.endswith(SENTENCE_CLOSE) and (not after.strip() or starts_paragraph(after))


def _footers(lines: list[str], is_running_header: Callable[[str], bool]) -> set[str]:
    """Lines printed three times or more, a page's number after them or not, each time beside
    a running header ("LSIS Policy Seminar Series   4" over the next page's): a page's footer."""
    places: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if (key := FOLIO.sub("", line.strip())) and not is_running_header(line.strip()):
            places.setdefault(key, []).append(k)
    beside = {
        key for key, found in places.items() if all(_beside(lines, k, is_running_header) for k in found)
    }
    return {key for key in beside if len(places[key]) >= REPEATED_FOOTER}


def _beside(lines: list[str], k: int, is_running_header: Callable[[str], bool]) -> bool:
    """Whether the nearest line with text above or below is a running header: a page's edge
    where no form feed shows one ("3" at a page's foot, over its next page's header)."""
    above = next((line for line in reversed(lines[:k]) if line.strip()), "")
    below = next((line for line in lines[k + 1 :] if line.strip()), "")
    return any(text and is_running_header(text.strip()) for text in (above, below))


def _before_a_page_break(lines: list[str], k: int) -> bool:
    """Whether the next line with text opens a new page, or there is none (the last page's end)."""
    following = next((line for line in lines[k + 1 :] if line.strip()), "\f")
    return following.startswith("\f")


def running_header_test(meta: Metadata) -> Callable[[str], bool]:
    """A running header repeats the cover: its title, its publisher or its event line, or the
    title and the event (or its date, or the publisher) on one line ("Housing Futures ·
    Roundtable Two"), with the page's number or not ("… · Page 3 of 12", "Page 3" alone)."""
    whole = {_normalise(h) for h in (meta.title, meta.event_line, meta.publisher) if h}
    parts = {_normalise(h) for h in (meta.title, meta.event, meta.date_text, meta.publisher) if h}
    longest_first = sorted(parts, key=len, reverse=True)
    cover_words = {word for part in parts for word in part.split()}  # "Seminar Three" of "Policy Seminar …"

    longest = sum(len(part) for part in parts) + len(HEADER_SEPARATORS) * 2  # title and event, joined

    def test(line: str) -> bool:
        if len(line) - line.count(" ") > longest or not re.search(r"[^\W\d_]", line):  # spaced out; "0. 0"
            return False
        unpaged = PAGE_MARK.sub("", line)  # "… · Page 3 of 12": the page's number beside it
        rest = _normalise(unpaged)
        if rest in whole or _normalise(FOLIO.sub("", unpaged)) in whole:  # or "… practices 3"
            return True
        if unpaged != line and not rest.strip(HEADER_SEPARATORS):
            return True
        found = 0
        for part in longest_first:
            if part in rest:
                rest, found = rest.replace(part, " ", 1), found + 1
        left = [word for word in rest.split() if word.strip(HEADER_SEPARATORS)]
        left = left[:-1] if left and FOLIO_AFTER_GAP.search(line) else left  # "…  2", the page's number
        shortened = found and left and set(left) <= cover_words  # "Seminar Three – 12 October 2010"
        return bool(shortened) or (found >= 2 and not rest.strip(HEADER_SEPARATORS))

    return test


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()
