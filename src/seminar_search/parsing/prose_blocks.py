"""Where a prose text's paragraphs and headings begin and end, from its lines alone: a blank
line, a line that ends a sentence short of the usual width, a heading standing alone, a list's
item; a PDF's text, which prints no blank lines, read by the same evidence."""

from __future__ import annotations

import itertools
from collections import Counter

from seminar_search.parsing.back_matter import PARTICIPANTS_LABEL
from seminar_search.parsing.blocks import (
    ITEM,
    ITEM_CLOSING,
    LISTED_PAGE,
    Block,
    bare_label,
    listed_entry,
    question_asked_below,
)
from seminar_search.parsing.common import (
    ANSWER,
    FULL_STOP,
    QA_LABEL,
    SHORT_LINE,
    TALLY,
    credited,
    is_heading,
    stands_alone,
    title_goes_on,
    wraps_onto_lower_case,
)
from seminar_search.parsing.layout import BULLET, SENTENCE_END, Line, ends_paragraph, no_room
from seminar_search.parsing.letters import SALUTATION, VALEDICTION
from seminar_search.parsing.measure import usual_width
from seminar_search.parsing.metadata import BYLINE, YEAR_CUT
from seminar_search.parsing.numbering import CONSULTATION_QUESTION, YEAR
from seminar_search.parsing.voices import QUESTION_FIELD, SPEAKERS_FIELD, SUMMARY_HEADING
from seminar_search.parsing.wrapping import HEADING_RUN_ON, ends_on_joining_word

MIN_MEASURED_LINES = 6  # a page with this many lines of a column's length has a measure of its own
COLUMN_LINE = 20  # a line longer than this may fill a narrow column
MIN_RUN_ONS = 3  # and lines running on in lower case: wrapped sentences
VALEDICTION_WORDS = 3  # "With kind regards,"
NARROWER_PAGE = 0.75  # of the text's width: a page set this much narrower is read by its own


def paragraph_starts(lines: list[Line], width: int) -> list[int]:
    """Where the text's paragraphs start, as prose reads them: headings aside."""
    return [block.start for block in prose_blocks(lines, width) if not block.heading]


def prose_blocks(lines: list[Line], width: int) -> list[Block]:
    """The text's headings and paragraphs, in order. A paragraph ends at a blank line, at a
    line that ends a sentence short of the usual width or is short (a PDF prints no blank
    lines) unless a list's item follows, or where a heading stands; a list's items are
    paragraphs of their own unless a sentence introduces the list."""
    blocks: list[Block] = []
    start: int | None = None
    headings = _headings_printed_again(lines, width)
    measures = page_widths(lines, width)  # a page in narrow columns: its lines are full at its width
    i = 0
    while i < len(lines):
        text = lines[i].text
        if not text:
            if not (_page_turns_mid_sentence(lines, i) or _counts_go_on(lines, i)):
                _close(blocks, start, i)
                start = None
        elif start is None and _lists(lines, blocks, i):  # "1. What is …?" under "… questions:"
            start = i
        elif start is not None and _field_goes_on(lines[i - 1].text):
            pass  # "Answered by: … | Department:" over the department
        # no heading straight under a paragraph's line ending on a joining word ("… articles 16 and" /
        # "17 of …"), nor under a list's line over nothing (its last entry, "Ms Anita Desai, …")
        elif (end := _heading_at(lines, i, width, headings)) and not (
            start is not None
            and (ends_on_joining_word(lines[i - 1].text) or not any(line.text for line in lines[end:]))
        ):
            _close(blocks, start, i)
            asked = CONSULTATION_QUESTION.match(text)
            blocks.append(Block(i, end, heading=True, question=int(asked["number"]) if asked else 0))
            start, i = None, end
            continue
        elif start is None and BULLET.match(text) and _introduces_list(lines, blocks):
            start = blocks.pop().start  # a list belongs to the sentence that introduces it
        elif start is None or _starts_anew(lines, start, i, measures[lines[i - 1].page]):
            _close(blocks, start, i)
            start = i
        i += 1
    _close(blocks, start, len(lines))
    return blocks


def _starts_anew(lines: list[Line], start: int, i: int, width: int) -> bool:
    """Whether line i starts a paragraph after the one begun at start, with no blank line: a
    line after one that closes it; a list's item, unless a sentence introduces the list (the
    line above ends it with a colon, or an item of it stands above). Counts of answers ("Yes:
    198 (63%)" over "No: 71 (23%)") are one paragraph; a labelled answer ("A: …") is its own."""
    if PARTICIPANTS_LABEL.fullmatch(lines[i].text):  # "Present:" under the title, no blank line between
        return True
    if SALUTATION.match(lines[i].text) or SALUTATION.match(lines[i - 1].text):  # "Dear …,": a block alone
        return True
    if _signs_off(lines[i].text) and FULL_STOP.search(lines[i - 1].text):  # "Sincerely yours," under the text
        return True
    if lines[i].text[:1] == "(" and ITEM_CLOSING.fullmatch(lines[i].text):  # "(Recommendation 1)" alone
        return False
    if _closed_by_its_label(lines[i - 1].text) or LISTED_PAGE.search(lines[i - 1].text):
        return True  # nor does a contents entry run on past its page ("Introduction ....... 3")
    labelled = QA_LABEL.match(lines[i].text) or ANSWER.match(lines[i].text)
    if labelled and FULL_STOP.search(lines[i - 1].text):  # "A: …", "Response: …" under a question
        return True
    if TALLY.match(lines[i].text) and TALLY.match(lines[i - 1].text):
        return False
    kind, number = _item_number(lines[i].text)
    if number > 1 and _item_number(lines[start].text) == (kind, number - 1):  # "2. …" under "1. …"
        return True
    if not BULLET.match(lines[i].text):  # a list's last item ended, a sentence after it starts anew
        ended = FULL_STOP.search(lines[i - 1].text) and lines[i].text[:1].isupper()
        after_list = ended and any(BULLET.match(line.text) for line in lines[start:i])
        going_on = lines[i].text[:1].islower() and not SENTENCE_END.search(lines[i - 1].text)
        return bool(after_list) or (_ends_block(lines[i - 1].text, width) and not going_on)
    if BULLET.match(lines[start].text):  # an item of a list no sentence introduces
        return True
    listing = any(BULLET.match(line.text) for line in lines[start:i])
    return not listing and bool(FULL_STOP.search(lines[i - 1].text))


def _signs_off(line: str) -> bool:
    """A letter's close alone on its line ("Sincerely yours,", "Yours faithfully"), not a
    sentence a wrap happens to open with the same word ("sincerely held …")."""
    return bool(VALEDICTION.match(line)) and line[:1].isupper() and len(line.split()) <= VALEDICTION_WORDS


def _closed_by_its_label(line: str) -> bool:
    """A line ending an item with its label after its last sentence ("… decisions. (Recommendation
    1)"), or the label alone: the item ends there, however full the line."""
    closing = ITEM_CLOSING.search(line) if line.rstrip(".").endswith(")") else None
    return closing is not None and (closing.start() == 0 or bool(FULL_STOP.search(line[: closing.start()])))


def _item_number(text: str) -> tuple[str, int]:
    """The kind and number a list's item opens with ("2. Every local authority …", "Lesson 2:
    Name a lead …"), else ("", 0)."""
    if numbered := listed_entry(text):
        return "", numbered[0]
    item = ITEM.match(text)
    return (item["kind"].lower(), int(item["n"])) if item and item["rest"] else ("", 0)


def _page_turns_mid_sentence(lines: list[Line], i: int) -> bool:
    """A blank line where the page turns, the sentence above it unfinished: no paragraph's end
    (an item's label over it, "FINDING 5.1" at a page's foot, is no sentence)."""
    previous, following = lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
    if not (previous and following and following.page > previous.page):
        return False
    return not SENTENCE_END.search(previous.text) and not bare_label(previous.text)


def _counts_go_on(lines: list[Line], i: int) -> bool:
    """A blank line between two counts of answers ("Yes: 198 (63%)", "No: 71 (23%)"), each a
    paragraph of a Word document: the counts are one paragraph."""
    return 0 < i < len(lines) - 1 and all(TALLY.match(lines[k].text) for k in (i - 1, i + 1))


def _close(blocks: list[Block], start: int | None, end: int) -> None:
    """End the paragraph begun at start (if any) before line end."""
    if start is not None:
        blocks.append(Block(start, end, heading=False))


def _heading_end(lines: list[Line], i: int, width: int) -> int:
    """Past the last line of a heading that starts at line i and wraps onto short lines, or of
    the question a bare "Consultation Question 1." asks under it."""
    end = i + 1
    text, following = lines[i].text, lines[end].text if end < len(lines) else ""
    # a bracket closed by a few words: "Opening remarks: Dr Fiona Grant (Chief Executive, …" / "Care Board)"
    closed = text.count("(") > text.count(")") and following.endswith(")")
    if (closed and len(following.split()) <= HEADING_RUN_ON) or _credit_cut(lines, i) or _year_cut(lines, i):
        return end + 1
    while end < len(lines) and title_goes_on(lines[end].text, width):
        end += 1
    return question_asked_below(lines, i) or end


def _heading_at(lines: list[Line], i: int, width: int, headings: set[str]) -> int:
    """Past the heading that starts at line i, if one does there; else 0."""
    if lines[i].text in headings:
        return i + 1
    end = _heading_end(lines, i, width)
    return end if _heads(lines, i, width, end) else 0


def _heads(lines: list[Line], i: int, width: int, end: int) -> bool:
    """A heading, or a consultation's question (lines i to end, ending as a question does, or a
    number alone); a line alone may run to near a narrow column's width, but not a byline's,
    nor a paragraph's first line with the page turning under it mid-sentence."""
    found = CONSULTATION_QUESTION.match(lines[i].text)
    asked = found and (found.lastgroup == "bare" or lines[end - 1].text.endswith("?"))
    turns = i + 1 < len(lines) and _page_turns_mid_sentence(lines, i + 1)
    alone = stands_alone(lines, i) and not BYLINE.match(lines[i].text) and not turns
    wrapped = end == i + 2 and wraps_onto_lower_case(lines, i, width)
    # "Opening remarks: Dr … (Chief Executive, …)", however long; not wrapped onto the next line,
    # a list going on or a line too full for the next word ("Speakers: Sam Allen, Chief …, North")
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    cut = lines[i].text[-1:].isalnum() and no_room(lines[i].text, following, width)  # mid-phrase
    clause = lines[i].text.endswith((",", ";"))
    fielded = bool(SPEAKERS_FIELD.match(lines[i].text)) and not (clause or (cut and end == i + 1))
    if _field_goes_on(lines[i].text):
        return False  # its value on the next line
    # "Asked by: …", however full, unless its value goes on
    asker = QUESTION_FIELD.match(lines[i].text) and not clause and not following[:1].islower()
    headed = is_heading(lines, i, width, after_short=True, over_unit=alone)
    summary = SUMMARY_HEADING.match(lines[i].text) and BULLET.match(following)  # "Key points" over "• …"
    credit = end == i + 2 and (_credit_cut(lines, i) or _year_cut(lines, i))
    return headed or bool(asked) or wrapped or fielded or bool(asker) or bool(summary) or credit


def _year_cut(lines: list[Line], i: int) -> bool:
    """A heading cut inside the date that ends it, its year alone under it, ending its block
    ("Letter from the Minister …, dated 28 February" / "2024")."""
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    below = lines[i + 2].text if i + 2 < len(lines) else ""
    return bool(YEAR_CUT.search(lines[i].text) and YEAR.match(following)) and not below


def _credit_cut(lines: list[Line], i: int) -> bool:
    """A speaker's credit cut after a joining word over a few words that end its block
    ("Baroness Greengross, Chair, All-Party Parliamentary Group on" / "Dementia")."""
    text, following = lines[i].text, lines[i + 1].text if i + 1 < len(lines) else ""
    below = lines[i + 2].text if i + 2 < len(lines) else ""
    few = bool(following) and len(following.split()) <= HEADING_RUN_ON and not below
    return few and ends_on_joining_word(text) and bool(credited(f"{text} {following}"))


def _field_goes_on(text: str) -> bool:
    """Whether a written question's field goes on onto the next line, cut inside its bracket or
    after a label ("… (Independent - East" over "Kilbride, …)", "… | Department:" over its value)."""
    return bool(QUESTION_FIELD.match(text)) and (text.count("(") > text.count(")") or text.endswith(":"))


def _headings_printed_again(lines: list[Line], width: int) -> set[str]:
    """Headings printed more than once, a speaker's name over each of their turns ("Alex
    Thomas"): one heads its text wherever it stands, even under a line running near the full
    width, the last of a list of who spoke, with no blank line between (a PDF's text)."""
    printed = Counter(line.text for line in lines if line.text)
    headings = {
        line.text for i, line in enumerate(lines) if printed[line.text] > 1 and is_heading(lines, i, width)
    }
    return {text for text in headings if len(text) < width * SHORT_LINE}


def _lists(lines: list[Line], blocks: list[Block], i: int) -> bool:
    """Whether line i opens a numbered list's entry, however short or asking: the first under
    a paragraph that introduces the list, or the next under the entry before it."""
    entry = listed_entry(lines[i].text)
    if entry is None or not blocks or blocks[-1].heading:
        return False
    above = listed_entry(lines[blocks[-1].start].text)
    follows = above is not None and above[0] == entry[0] - 1
    return (entry[0] == 1 and _introduces_list(lines, blocks)) or follows


def _introduces_list(lines: list[Line], blocks: list[Block]) -> bool:
    return bool(blocks) and not blocks[-1].heading and lines[blocks[-1].end - 1].text.endswith(":")


def _ends_block(line: str, width: int) -> bool:
    """Whether a line closes its paragraph: it ends a sentence short of the usual width, or is
    short (a blank line here is a page's turn: the paragraph goes on)."""
    short = len(line) < width * SHORT_LINE and not ends_on_joining_word(line)  # "… Communication with"
    return bool(line) and (ends_paragraph(line, width) or short)


def page_widths(lines: list[Line], width: int) -> dict[int, int]:
    """Each page's measure where it is set much narrower than the text's (an annex in columns
    after a report across the page): the usual width of its own lines; the text's elsewhere."""
    pages: dict[int, list[str]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line.text)
    widths = {}
    for page, texts in pages.items():
        # wrapped prose, its sentences running on in lower case: not a list's or a table's short lines
        wrapped = sum(1 for text, below in itertools.pairwise(texts) if text and below[:1].islower())
        long_lines = sum(1 for text in texts if len(text) > COLUMN_LINE)
        measured = long_lines >= MIN_MEASURED_LINES and wrapped >= MIN_RUN_ONS
        own = usual_width(texts, COLUMN_LINE) if measured else width
        widths[page] = own if own < width * NARROWER_PAGE else width
    return widths
