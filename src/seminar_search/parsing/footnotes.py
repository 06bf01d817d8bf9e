"""Footnotes: their texts taken out of the body and numbered, by evidence alone.

A note's text sits at its page's foot, numbered in a sequence of its own ("12 Text"), and its
mark stands in the body glued to a word ("oceans.3"). Extraction moves things about: numbers
bunched on lines of their own ahead of their texts, sometimes with the page's number or the
next page's first paragraph between; each number over its text; notes run together on a line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seminar_search.parsing import pages
from seminar_search.parsing.back_matter import heads_back_matter
from seminar_search.parsing.bunched_notes import NOTE_END, NOTE_OPENING, goes_on_as_prose, note_texts

if TYPE_CHECKING:
    from seminar_search.parsing.layout import Layout, Line

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
FOOTNOTE_LINE = re.compile(  # "12 Text", or "9Almost"; not a date alone, a table's "28 September 2022"
    rf"^(?!\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}$)(\d{{1,3}})(?:\s+|(?=[A-Z][A-Za-z]))([^\s.,;:)].*)$"
)
NOTES_MISSED = 40  # how far a footnote's number may run ahead of the last one found
NOTE_LINES = 3  # the most lines a bunched note's text wraps onto
PROSE_LINE = 0.5  # of the text's width: a line of a paragraph, not a contents page's entry
HEADING_LINES = 2  # the most lines of headings between a page's notes and its next paragraph
PARAGRAPH_OPENING = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.\s|^\d{1,3}\.\d{1,3}\s")  # "3. We", "4.2 The"
DOTTED_LABEL = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?(?=\s)")  # "4.23" opening a paragraph
NOT_A_DECIMAL = r"(?<![£$€\s(]\d\.)(?<![£$€\s(]\d\d\.)"  # the 2 of "£1.2 billion" or "3.2 per cent"
WRAPPED_DECIMAL = re.compile(r"\d\.\d{1,3}$")  # "£3.1" ending a line, the sentence going on below
NOT_LEADERS = r"(?<!\.\.)(?<!\.\. )(?<!…)(?<!… )"  # "Introduction ...... 3": a contents page's number
# a numbered paragraph's opening, which a note's text never has: "5. The", "4.2 The", "[5] The", "(5) The"
BODY_RESUMES = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}\.\d{1,3}|\[\d{1,3}\]|\(\d{1,3}\))\s+[A-Z‘“]")
PART_OPENING = re.compile(r"^(?:Chapter|Part|Appendix|Annexe?|Schedule)\s+[A-Z0-9]{1,3}\b")  # "Appendix 1"
QUOTES = "”’\"'"  # closing a quotation, curly or straight, before a note's mark: "… sea.”3", '… sea."3'
UNIT_LABEL = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")  # "3.9." alone: a paragraph's number, no note


@dataclass
class Note:
    """A footnote's text, from the foot of the page it was printed on."""

    number: int
    text: str
    page: int
    source: int
    bracketed: bool = False  # printed "[3] Text", marked "[3]" in the body
    listed: bool = False  # in a list of notes at the end: any unit above may mark it


def set_notes_aside(layout: Layout) -> None:
    """Take footnote texts out of the body: a line starting with the next footnote number
    (or 1, a new chapter's notes) whose mark stands glued to a word earlier on the same page,
    and everything after it on that page; numbers each over its text, likewise; or a run of
    lone numbers followed by their texts."""
    lines = layout.lines
    kept: list[Line] = []
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        run, after = _lone_run(lines, i)
        alternating = _alternating(lines, i)
        if (
            run
            and not alternating
            and next_in_sequence(run[0], expected)
            and _block_of_notes(lines, after, spaced=after - i > len(run))
            and _marked(kept, line.page, run[0])
        ):
            end = _page_end(lines, i)
            opening = lines[after:end]  # the numbers' texts, unless they are the text that marks them
            if len(run) > 1 and (
                not any(ln.text for ln in opening)
                or _marks_any(opening, run)
                or goes_on_as_prose(opening, run)
            ):
                block = _notes_block(lines, after, run, layout.width)
                if block:
                    kept += lines[after : block[0]]
                    after, end = block
            texts = [ln for ln in lines[after:end] if ln.text]
            _add_notes(layout, run, texts, line.page)
            expected = _split_run_on(layout, layout.notes[-1].number) + 1
            i = end
            continue
        match = FOOTNOTE_LINE.match(line.text)
        number = int(match.group(1)) if match else int(line.text) if alternating else None
        end = _page_end(lines, i) if number is not None else i
        if (
            number is not None
            and next_in_sequence(number, expected)
            and (match is None or _at_foot(lines, i, end, layout.width))  # a number over its text: a note
            and _marked(kept, line.page, number)
        ):
            expected = _inline_notes(layout, lines[i:end], number) + 1
            i = end
            continue
        kept.append(line)
        i += 1
    layout.lines = _stray_marks_glued(kept, layout.notes, layout.width)


def _stray_marks_glued(body: list[Line], notes: list[Note], width: int) -> list[Line]:
    """A mark extraction set on a line of its own mid-sentence ("… is a prerequisite" over
    "193" over "of our …"), a note of that number on its page: glued to the word before it,
    as the page prints it, where the note finds it. Under a contents page's short entry
    ("Introduction" over "10"), a number is its page's."""
    noted = {(note.page, note.number) for note in notes}
    kept: list[Line] = []
    for k, line in enumerate(body):
        numbered = pages.LONE_NUMBER.match(line.text) and (line.page, int(line.text)) in noted
        above = next((j for j in range(len(kept) - 1, -1, -1) if kept[j].text), None) if numbered else None
        if (
            above is not None
            and kept[above].text[-1:].isalpha()
            and len(kept[above].text) >= width * PROSE_LINE
            and _stray_mark(body, k)
        ):
            kept[above] = replace(kept[above], text=kept[above].text + line.text)
            continue
        kept.append(line)
    return kept


def next_in_sequence(number: int, expected: int) -> bool:
    """The next note, one further on (notes missed: their marks still vouch for them), or 1: a
    chapter's notes restart."""
    return number == 1 or expected <= number <= expected + NOTES_MISSED


def _block_of_notes(lines: list[Line], after: int, spaced: bool) -> bool:
    """Numbers on lines of their own, then their texts. Numbers spaced out by blank lines
    may be marks that extraction set on lines of their own ("66", "", "67") in text that goes
    on after them: their notes' first text opens as a note does, with a capital or a quote,
    not with a bracket, a small letter or a paragraph's number. A number followed by a
    numbered paragraph ("1", "3. We took") is the page's number, not a note."""
    following = next((ln.text for ln in lines[after : after + 3] if ln.text), "")
    if pages.LONE_NUMBER.match(following) or PARAGRAPH_OPENING.match(following):
        return False
    return not spaced or bool(NOTE_OPENING.match(following))


def _at_foot(lines: list[Line], i: int, end: int, width: int) -> bool:
    """Notes fill at most the lower half of their page, and start after a paragraph's end (a
    short line: a signature's "Chair") or go on to the next note (a page that ends mid-sentence
    has its notes straight after); a line lower on the page, above its number, opening with
    the same number is the note, this one a paragraph numbered as its notes are ("5 The
    Department …" above "5 Source: …")."""
    page = lines[i].page
    match = FOOTNOTE_LINE.match(lines[i].text)
    below = itertools.takewhile(  # to the page's end, or its number (a PDF's text may have no page breaks)
        lambda line: line.page == page and not pages.LONE_NUMBER.match(line.text),
        (lines[k] for k in range(i + 1, len(lines))),
    )
    if match and any((again := FOOTNOTE_LINE.match(ln.text)) and again[1] == match[1] for ln in below):
        return False
    if match and _heads_a_paragraph(lines, i):
        return False
    on_page = sum(1 for line in lines if line.page == page) if end - i > 8 else 0
    if end - i > max(8, on_page // 2):
        return False
    previous = lines[i - 1].text if i else ""
    following = f"{int(match.group(1)) + 1} " if match else ""
    ended = not previous[-1:].isalpha() or len(previous) < width / 2
    return ended or any(ln.text.startswith(following) for ln in lines[i + 1 : end])


def _heads_a_paragraph(lines: list[Line], i: int) -> bool:
    """Whether a line numbered as a note is a chapter's numbered title ("3 Pay and
    conditions"): not finished as a note is, and a numbered paragraph straight under it on its
    page, where no note stands."""
    below = next((line for line in lines[i + 1 :] if line.text), None)
    return (
        not NOTE_END.search(lines[i].text)
        and below is not None
        and below.page == lines[i].page
        and bool(BODY_RESUMES.match(below.text))
    )


def _lone_run(lines: list[Line], i: int) -> tuple[list[int], int]:
    """Numbers counting up on lines of their own from line i, a blank line allowed between
    two (extraction spaces some out), and the index of the line after them."""
    run: list[int] = []
    j = i
    while j < len(lines) and pages.LONE_NUMBER.match(lines[j].text):
        number = int(lines[j].text)
        if run and number != run[-1] + 1:
            break
        run.append(number)
        j += 1
        if j + 1 < len(lines) and not lines[j].text and lines[j + 1].text == str(number + 1):
            j += 1
    return run, j


def _marked(body: list[Line], page: int, number: int) -> bool:
    """The page's body, or the page's before (a note run over to the next page's foot),
    carries the note's mark glued to a word or closing punctuation (not the last number of a
    paragraph's label: "1.2 Spending ..." marks no note 2, nor a sum's last digit where the
    sentence goes on below: "allocated £3.1" over "billion.")."""
    mark = note_mark(number)
    for k in range(len(body) - 1, -1, -1):
        line = body[k]
        if line.page < page - 1:
            return False
        found = mark.search(DOTTED_LABEL.sub("", line.text, count=1))
        going_on = k + 1 < len(body) and body[k + 1].text[:1].islower()
        if found and not (going_on and WRAPPED_DECIMAL.search(line.text)):
            return True
        if line.text == str(number) and _stray_mark(body, k):
            return True
    return False


def note_mark(number: int, bracketed: bool = False) -> re.Pattern[str]:
    """A footnote's mark in the text: glued to a word or its punctuation ("oceans.3",
    "Digest1"), or a space after a sentence's punctuation ("accounts. 18"); not an amount's
    digits ("£1", "£1.2 billion", though "costs £8.6" ending a sentence is £8 and note 6); a
    bracketed note's, "[3]" glued to a word."""
    if bracketed:
        return re.compile(rf"(?<=\S)\[{number}\]")
    ends_sentence = rf"(?={number}(?:\s*$|\s+[^\sa-z]))"  # "costs £8.6" at a sentence's end: the mark 6
    after = rf"(?:(?<=[^\s\d£$€])|(?<=[.,;:){QUOTES}] )){NOT_LEADERS}"  # a word, or a sentence's end
    return re.compile(rf"{after}(?:{NOT_A_DECIMAL}|{ends_sentence}){number}(?=[\s,.;:){QUOTES}]|$)")


def _stray_mark(body: list[Line], k: int) -> bool:
    """A number on a line of its own mid-sentence, as extraction sets some marks ("SPI-M)",
    "66", "67"), not a paragraph's number before its text."""
    before = next((ln.text for ln in reversed(body[:k]) if ln.text), "")
    after = next((ln.text for ln in body[k + 1 :] if ln.text), "")
    mid_sentence = not before.endswith((".", "!", "?", ":", "”", '"'))
    return mid_sentence and (
        not after or pages.LONE_NUMBER.match(after) is not None or not after[0].isupper()
    )


def _page_end(lines: list[Line], i: int) -> int:
    """Where a page's footnotes end: at the page's end (with no page breaks, its footer or the
    next page's header), or at a blank line after a text; in a PDF's text with none, where the
    body resumes (a numbered paragraph, its heading over it; in a text with no page breaks, a
    line numbered as a note is that does not count on)."""
    page = lines[i].page
    unpaged = lines[-1].page == lines[0].page  # no page breaks: the text may go on under the notes
    j = i
    seen_text = False
    last = _numbered_note(lines[i].text)
    while j < len(lines) and lines[j].page == page:
        edge = unpaged and j > i and lines[j].source > lines[j - 1].source + 1  # a footer or header between
        ended = not lines[j].text or edge or _resumes_body(lines, j) or heads_back_matter(lines[j].text)
        if seen_text and ended:
            break  # a blank line, the page's edge, the next paragraph, "Participants" over who took part
        number = _numbered_note(lines[j].text) if j > i else None
        if unpaged and seen_text and number is not None and last is not None:
            above = lines[j - 1].text  # a finished sentence, or a table's number: not a note wrapping
            if number != last + 1 and (NOTE_END.search(above) or pages.LONE_NUMBER.match(above)):
                break  # "5 We recommend …" under notes 1 and 2: a paragraph
            last = number
        seen_text = seen_text or (not pages.LONE_NUMBER.match(lines[j].text) and bool(lines[j].text))
        j += 1
    return j


def _numbered_note(text: str) -> int | None:
    """The number a line opens with as a note's text does ("2 See Table 1."), if it does."""
    found = FOOTNOTE_LINE.match(text)
    return int(found.group(1)) if found and found.group(2)[:1].isupper() else None


def _resumes_body(lines: list[Line], j: int) -> bool:
    """Whether line j, under a note, opens a numbered paragraph ("[5] Twelve …", "4.2 The …"),
    or, under a note that is complete, a part ("Appendix 1") or a heading over a numbered
    paragraph (a line or two, no number, no closing punctuation)."""
    if BODY_RESUMES.match(lines[j].text):
        return True
    above = j - 1 - bool(j > 1 and pages.LONE_NUMBER.match(lines[j - 1].text))  # the page's number between
    if not lines[above].text.endswith((".", ")")):
        return False
    if PART_OPENING.match(lines[j].text):
        return True
    for k in range(j, min(j + HEADING_LINES + 1, len(lines))):
        text = lines[k].text
        if k > j and BODY_RESUMES.match(text):
            return True
        if not text[:1].isalpha() or not text[:1].isupper() or text[-1:] in ".,;:":
            return False
    return False


def _notes_block(lines: list[Line], start: int, run: list[int], width: int) -> tuple[int, int] | None:
    """Where the texts of bunched note numbers stand when text comes between: the first block
    from start that marks none of them (one that does is the text they belong to, which
    extraction set after them, or after the page's number) and has a line or a few for each;
    a paragraph of the page's, its lines going on in lower case, is passed over too.
    A block of more lines than notes whose first runs to the margin mid-sentence may open
    with the page's text: then none, for a note left in the text beats text lost in a note."""
    for _block in range(3):
        first = next((k for k in range(start, len(lines)) if lines[k].text), len(lines))
        stop = next((k for k in range(first, len(lines)) if not lines[k].text), len(lines))
        if first == stop:
            return None
        if not _marks_any(lines[first:stop], run) and not goes_on_as_prose(lines[first:stop], run):
            count = stop - first
            runs_on = len(lines[first].text) >= width * 0.85 and lines[first].text[-1:].isalnum()
            fits = count == len(run) or (len(run) < count <= NOTE_LINES * len(run) and not runs_on)
            labelled = any(UNIT_LABEL.match(line.text) for line in lines[first:stop])
            return (first, stop) if fits and not labelled else None
        start = stop
    return None


def _marks_any(lines: list[Line], run: list[int]) -> bool:
    marks = [_glued_mark(number) for number in run]
    return any(mark.search(line.text) for line in lines for mark in marks)


def _glued_mark(number: int) -> re.Pattern[str]:
    """A mark glued to a word or the punctuation after one ("Wales.19", "sea.”3"), not a
    number of a reference ("40/17-19", "para 16", "paras 3.17")."""
    after_word = rf"(?:(?<=[A-Za-z])|(?<=[A-Za-z][.,;:){QUOTES}])|(?<=[A-Za-z][.,;:){QUOTES}][){QUOTES}]))"
    return re.compile(rf"{after_word}{number}(?=[\s,.;:){QUOTES}]|$)")


def _add_notes(layout: Layout, numbers: list[int], texts: list[Line], page: int) -> None:
    """Lone numbers then their texts, some wrapped; and the notes after them each printed under
    its own number ("6" over "INQ000184638_0053 para 6.14", "7" over "UK Influenza …")."""
    bounds: list[int] = []
    for k, line in enumerate(texts[:-1]):
        over_text = not pages.LONE_NUMBER.match(texts[k + 1].text)
        if k and over_text and line.text == str(numbers[-1] + 1 + len(bounds)):
            bounds.append(k)
    bounds.append(len(texts))
    joined = note_texts([ln.text for ln in texts[: bounds[0]]], len(numbers))
    source = texts[0].source if texts else 0
    for number, note in zip(numbers, [*joined, *[""] * len(numbers)], strict=False):
        layout.notes.append(Note(number, note, page, source))
    for start, end in itertools.pairwise(bounds):
        text = " ".join(ln.text for ln in texts[start + 1 : end])
        layout.notes.append(Note(int(texts[start].text), text, page, texts[start].source))


def _inline_notes(layout: Layout, lines: list[Line], expected: int) -> int:
    """'12 Text' lines, a text wrapping onto lines of its own; returns the last number."""
    last = expected - 1
    for line in lines:
        match = FOOTNOTE_LINE.match(line.text)
        alone = pages.LONE_NUMBER.match(line.text)  # a number over its text
        number = int(match.group(1)) if match else int(line.text) if alone else -1
        if number in (last + 1, 1):
            layout.notes.append(Note(number, match.group(2) if match else "", line.page, line.source))
            last = number
        elif layout.notes and line.text and not alone:  # a number alone is the page's, no note's text
            layout.notes[-1].text = f"{layout.notes[-1].text} {line.text}".lstrip()
        last = _split_run_on(layout, last)
    return last


def _split_run_on(layout: Layout, last: int) -> int:
    """Split the next notes' texts off the last note's, where they run on after it; returns
    the last number."""
    while layout.notes and (run_on := _run_on_note(last + 1).search(layout.notes[-1].text)):
        note = layout.notes[-1]
        note.text, rest = note.text[: run_on.start()].rstrip(), note.text[run_on.end() :]
        layout.notes.append(Note(last + 1, rest, note.page, note.source))
        last += 1
    return last


def _alternating(lines: list[Line], i: int) -> bool:
    """Note numbers each on a line over its text ("6", "INQ…", "7", "INQ…"): a number, a few
    lines of text, then the next number."""
    if not pages.LONE_NUMBER.match(lines[i].text):
        return False
    following = str(int(lines[i].text) + 1)
    for k in range(i + 2, min(i + 2 + NOTE_LINES, len(lines))):
        if lines[k].text == following:
            return all(ln.text and not pages.LONE_NUMBER.match(ln.text) for ln in lines[i + 1 : k])
    return False


def _run_on_note(number: int) -> re.Pattern[str]:
    """A note's number and text run on after the note before it, on the same line ("…
    [84/181]. 96 [WITN11310100] at [87/187]. 97 Ibid.")."""
    return re.compile(rf"(?<=[.)\]] ){number}\s+(?=[A-Z“‘\"'\[])")
