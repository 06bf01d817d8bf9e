"""Plain prose: a text with no numbering the other genres recognise (a briefing, an essay, a
consultation response) is not dropped. Its paragraphs become units numbered 1, 2, 3... in a
series of their own ("block"), under the headings it prints, spoken by the person a heading
names ("Response: Tom Baker, …") or by its author; a paragraph opening "Recommendation 2: …"
is the paper's recommendation 2, one under a heading "Finding 1: …" its finding 1, and so on
for a paper's other numbered items. What stands before its first
paragraph is its cover (title, byline, date) and what stands after its last one that is no
sentence (a signature: a name, a role) is its sign-off: neither is a unit."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph, Participant
from seminar_search.names import participants_present, read_participants
from seminar_search.parsing.blocks import MINUTE, Block, is_prose, item_titles, named_items
from seminar_search.parsing.common import (
    DISCUSSION,
    SHORT_LINE,
    TALLY,
    Reading,
    add_line,
    assign_themes,
    attach_notes,
    is_heading,
    layout_lines,
    speaker_under,
    stands_alone,
    title_goes_on,
    wraps_onto_lower_case,
)
from seminar_search.parsing.cover import cover
from seminar_search.parsing.layout import BULLET, SENTENCE_END, Layout, Line, ends_paragraph
from seminar_search.parsing.metadata import BYLINE, DATE, VENUE
from seminar_search.parsing.wrapping import ends_on_joining_word

# "Question 3: What more could be done …?": a consultation's question heads the answer below it
CONSULTATION_QUESTION = re.compile(r"^(?:Question|Q)\s?(?P<number>\d{1,3})[a-z]?\s*[:.)–-]\s*\S")
PARTICIPANTS_LABEL = re.compile(  # a heading over who took part
    r"(?:List of )?(?:Participants|Attendees|Attendance|(?:Those |Also )?Present|In attendance|Speakers"
    r"|Panel(?:lists)?|Contributors)\s*:?",
    re.IGNORECASE,
)
ROLE_LINE = re.compile(  # who chaired, on the label's line: "Chair: Dr Amara Okafor, Director, …"
    r"(?P<role>Chair(?:ed by)?|Moderator|Facilitator|Keynote(?: speaker)?)\s*:\s*(?P<named>[^:]+)",
    re.IGNORECASE,
)
CONTEXT_LINES = 10  # after a stretch of lines, enough to tell its last heading from a list's entry
FULL_STOP = re.compile(r"[.!?][”’\"')\]]?$")  # a sentence's end; a name's "(Chair)" is none


def parse_prose(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    blocks, participants = _participants_listed(lines, _questions_asked(_blocks(lines, layout.width)))
    paragraphs = [
        k
        for k, block in enumerate(blocks)
        if not block.heading and is_prose(lines, block) and not _titled(lines, blocks, k)
    ]
    while paragraphs and _dated_title(lines, blocks[paragraphs[0]]):
        del paragraphs[0]
    if paragraphs:  # a heading standing over the first paragraph is its section, not the cover,
        first = paragraphs[0]  # unless it is the document's first line: then it is the title
        above = first - 1 if first > 1 and blocks[first - 1].heading else first
        body = blocks[above : paragraphs[-1] + 1]
    elif any(not block.heading for block in blocks):  # nothing reads as a paragraph: each block is one
        body = blocks
    else:  # nor as anything but a heading
        body = [block._replace(heading=False) for block in blocks]
    start = body[0].start if body else len(lines)
    kept = {i for block in blocks for i in range(block.start, block.end)}  # not who took part: no author
    shown = [line if i in kept else replace(line, text="") for i, line in enumerate(lines)]
    document = cover(shown, start, layout.headers)
    author = document.author or document.title
    units: list[Paragraph] = []
    section, speaker, floor = "", author, ""
    body = item_titles(lines, body)
    named = named_items(lines, body)
    titled: Paragraph | None = None  # an item its heading titles: its text runs to the next heading
    for k, block in enumerate(body):
        text = [line.text for line in lines[block.start : block.end] if line.text]  # a page's turn
        if titled is not None and not block.heading and k not in named:
            titled.text += "\n"
            for line in text:
                add_line(titled, line)
            continue
        titled = None
        if block.heading:
            section = " ".join(text)
            if k + 1 in named and (minute := MINUTE.match(section)):  # the minute's label is its own
                section = minute["rest"]
            voice = speaker_under(section)  # "Response: Tom Baker, …", or "Discussion"
            if k + 1 < len(body) and body[k + 1].heading:  # a part's title over its sections' headings
                floor = DISCUSSION if voice == DISCUSSION else ""
            # else one the list of who took part names, or the part's many voices
            speaker = voice or _participant_heading(section, participants) or floor or author
            continue
        unit = Paragraph(
            doc="",
            number=block.question or sum(1 for u in units if u.series == "block") + 1,
            text="",
            speaker=speaker,
            section=section,
            themes=[section] if section else [],
            page=lines[block.start].page,
            series="question" if block.question else "block",
            label=f"Q{block.question}" if block.question else "",
        )
        if item := named.get(k):  # "Recommendation 2: …", its own series
            unit.series, unit.number, unit.label = item.kind, item.number, item.label or str(item.number)
            if item.rest is None:
                titled = unit
            else:
                text[0] = item.rest
        for line in text:
            add_line(unit, line)
        unit.text = unit.text.strip().removeprefix("- ")  # a list's item on its own: no bullet
        units.append(unit)
    starts = [lines[block.start].source for block in body if not block.heading]
    unattached = attach_notes(units, starts, layout.notes)
    assign_themes(units, lexicon)
    document.paragraphs = units
    document.participants = participants or participants_present([line.text for line in lines[:start]])
    counts = Counter("plain numbered block" if u.series == "block" else u.series for u in units)
    found = ", ".join(f"{count} {kind}{'' if count == 1 else 's'}" for kind, count in counts.items())
    document.problem = f"no numbered paragraphs ('1. ...'); indexed as {found}"
    return Reading.of_layout(
        "prose",
        "no other genre's evidence",
        document,
        layout,
        lines,
        (start, body[-1].end if body else None),
        unattached_notes=unattached,
    )


def _participant_heading(heading: str, participants: list[Participant]) -> str:
    """The participant a heading opens with the name of ("Sarah Lewis, Principal, City
    College" when the attendees list her): the one who speaks under it."""
    return next(
        (
            p.name
            for p in participants
            if p.name and re.match(rf"{re.escape(p.name)}(?:$|,|\s[(–—-])", heading)
        ),
        "",
    )


def paragraph_starts(lines: list[Line], width: int) -> list[int]:
    """Where the text's paragraphs start, as prose reads them: headings aside."""
    return [block.start for block in _blocks(lines, width) if not block.heading]


def _blocks(lines: list[Line], width: int) -> list[Block]:
    """The text's headings and paragraphs, in order. A paragraph ends at a blank line, at a
    line that ends a sentence short of the usual width or is short (a PDF prints no blank
    lines) unless a list's item follows, or where a heading stands; a list's items are
    paragraphs of their own unless a sentence introduces the list."""
    blocks: list[Block] = []
    start: int | None = None
    i = 0
    while i < len(lines):
        text = lines[i].text
        if not text:
            if not (_page_turns_mid_sentence(lines, i) or _counts_go_on(lines, i)):
                _close(blocks, start, i)
                start = None
        elif _heads(lines, i, width, end := _heading_end(lines, i, width)):
            _close(blocks, start, i)
            asked = CONSULTATION_QUESTION.match(text)
            blocks.append(Block(i, end, heading=True, question=int(asked["number"]) if asked else 0))
            start, i = None, end
            continue
        elif start is None and BULLET.match(text) and _introduces_list(lines, blocks):
            start = blocks.pop().start  # a list belongs to the sentence that introduces it
        elif start is None or _starts_anew(lines, start, i, width):
            _close(blocks, start, i)
            start = i
        i += 1
    _close(blocks, start, len(lines))
    return blocks


def _participants_listed(lines: list[Line], blocks: list[Block]) -> tuple[list[Block], list[Participant]]:
    """A list under a label that says who took part ("Attendees", "Present:"), no entry of it
    a sentence, is the participants, not paragraphs: the blocks without it, and who it names.
    The list runs on from its label line by line; or, set apart by a blank line under a
    heading, to the next heading. A chair named on their label's line ("Chair: Dr …") likewise."""
    kept: list[Block] = []
    entries: list[str] = []
    k = 0
    while k < len(blocks):
        texts = [line.text for line in lines[blocks[k].start : blocks[k].end] if line.text]
        rows = [line.row for line in lines[blocks[k].start : blocks[k].end] if line.text][1:]
        label = PARTICIPANTS_LABEL.fullmatch(texts[0]) or (
            blocks[k].heading and PARTICIPANTS_LABEL.fullmatch(" ".join(texts))
        )
        end = _list_end(lines, blocks, k) if label else k + 1
        if label and (listed := _entries([*rows, *_rows(lines, blocks[k + 1 : end])])):
            entries += [f"{texts[0].rstrip(': ')}:", *listed]
            k = end
            continue
        if (role := ROLE_LINE.fullmatch(texts[0])) and (listed := _entries([role["named"], *rows])):
            entries += [f"{role['role']}:", *listed]
            k += 1
            continue
        kept.append(blocks[k])
        k += 1
    return kept, read_participants(entries)


def _rows(lines: list[Line], blocks: list[Block]) -> list[str]:
    return [line.row for block in blocks for line in lines[block.start : block.end]]


def _list_end(lines: list[Line], blocks: list[Block], label: int) -> int:
    """Where the list a label heads ends: the blocks that follow it with no blank line between;
    else those up to the next heading; else, each entry a block of its own (as Word's text
    spaces every paragraph), the entries up to the heading over the next paragraph."""
    end = label + 1
    while (
        end < len(blocks)
        and blocks[end].start == blocks[end - 1].end
        and _entry(lines, blocks[end])  # a PDF's text runs on, no blank line, to the next heading's paragraph
        and not _heads_paragraph(lines, blocks, end)
    ):
        end += 1
    if end > label + 1:
        return end
    end = next((j for j in range(label + 1, len(blocks)) if blocks[j].heading), len(blocks))
    if end > label + 1:
        return end
    while end < len(blocks) and _entry(lines, blocks[end]) and not _heads_paragraph(lines, blocks, end):
        end += 1
    return end


def _heads_paragraph(lines: list[Line], blocks: list[Block], k: int) -> bool:
    """Whether the block after block k is a paragraph (not another list's label): k heads it."""
    if k + 1 >= len(blocks):
        return False
    below = blocks[k + 1]
    return is_prose(lines, below) and not PARTICIPANTS_LABEL.fullmatch(lines[below.start].text)


def _entry(lines: list[Line], block: Block) -> bool:
    """A block that could be a list's entry ("Jane Cole, Chair"): one line, no sentence, no label."""
    texts = [line.text for line in lines[block.start : block.end] if line.text]
    return len(texts) == 1 and not FULL_STOP.search(texts[0]) and not PARTICIPANTS_LABEL.fullmatch(texts[0])


def participants_before(lines: list[Line], until: int, width: int) -> tuple[list[Line], list[Participant]]:
    """Who a list before line until (a document's first unit) names ("Participants", a table of
    names and organisations), and the lines before until with the list's blanked: what is left
    to read the cover from. The first unit's block ends the list."""
    blocks = [block for block in _blocks(lines[: until + CONTEXT_LINES], width) if block.start <= until]
    kept, participants = _participants_listed(lines, blocks)
    if not participants:
        return lines[:until], []
    shown = {i for block in kept for i in range(block.start, block.end)}
    front = [line if i in shown else replace(line, text="") for i, line in enumerate(lines[:until])]
    return front, participants


def participants_after(texts: list[str]) -> list[Participant]:
    """Who a list after a document's last unit names, under a heading that says they took part
    ("Participants"), to its end."""
    heading = next((k for k, text in enumerate(texts) if PARTICIPANTS_LABEL.fullmatch(text)), None)
    return [] if heading is None else read_participants(_entries(texts[heading + 1 :]))


def _entries(listed: list[str]) -> list[str]:
    """A list's entries, bullets off, if none of them is a sentence; else none."""
    if any(FULL_STOP.search(text) for text in listed):
        return []
    return [BULLET.sub("", text) for text in listed if text]


def _starts_anew(lines: list[Line], start: int, i: int, width: int) -> bool:
    """Whether line i starts a paragraph after the one begun at start, with no blank line: a
    line after one that closes it; a list's item, unless a sentence introduces the list (the
    line above ends it with a colon, or an item of it stands above). Counts of answers ("Yes:
    198 (63%)" over "No: 71 (23%)") are one paragraph."""
    if PARTICIPANTS_LABEL.fullmatch(lines[i].text):  # "Present:" under the title, no blank line between
        return True
    if TALLY.match(lines[i].text) and TALLY.match(lines[i - 1].text):
        return False
    if not BULLET.match(lines[i].text):
        return _ends_block(lines[i - 1].text, width)
    if BULLET.match(lines[start].text):  # an item of a list no sentence introduces
        return True
    listing = any(BULLET.match(line.text) for line in lines[start:i])
    return not listing and bool(FULL_STOP.search(lines[i - 1].text))


def _questions_asked(blocks: list[Block]) -> list[Block]:
    """A consultation's numbered questions head the answers under them (a response to it);
    if any has no answer under it (the consultation itself asks them), each is a unit."""
    unanswered = any(
        block.question and (k + 1 == len(blocks) or blocks[k + 1].heading) for k, block in enumerate(blocks)
    )
    return [block._replace(heading=False) if unanswered and block.question else block for block in blocks]


def _page_turns_mid_sentence(lines: list[Line], i: int) -> bool:
    """A blank line where the page turns, the sentence above it unfinished: no paragraph's end."""
    previous, following = lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None
    return bool(
        previous and following and following.page > previous.page and not SENTENCE_END.search(previous.text)
    )


def _counts_go_on(lines: list[Line], i: int) -> bool:
    """A blank line between two counts of answers ("Yes: 198 (63%)", "No: 71 (23%)"), each a
    paragraph of a Word document: the counts are one paragraph."""
    return 0 < i < len(lines) - 1 and all(TALLY.match(lines[k].text) for k in (i - 1, i + 1))


def _close(blocks: list[Block], start: int | None, end: int) -> None:
    """End the paragraph begun at start (if any) before line end."""
    if start is not None:
        blocks.append(Block(start, end, heading=False))


def _heading_end(lines: list[Line], i: int, width: int) -> int:
    """Past the last line of a heading that starts at line i and wraps onto short lines."""
    end = i + 1
    while end < len(lines) and title_goes_on(lines[end].text, width):
        end += 1
    return end


def _heads(lines: list[Line], i: int, width: int, end: int) -> bool:
    """A heading line, or a consultation's numbered question (lines i to end), ending as a
    question does. A line alone between blank lines may run to near a narrow column's width,
    unless it is a byline ("Posted by …")."""
    asked = CONSULTATION_QUESTION.match(lines[i].text) and lines[end - 1].text.endswith("?")
    alone = stands_alone(lines, i) and not BYLINE.match(lines[i].text)
    wrapped = end == i + 2 and wraps_onto_lower_case(lines, i, width)
    return is_heading(lines, i, width, after_short=True, over_unit=alone) or bool(asked) or wrapped


def _introduces_list(lines: list[Line], blocks: list[Block]) -> bool:
    return bool(blocks) and not blocks[-1].heading and lines[blocks[-1].end - 1].text.endswith(":")


def _ends_block(line: str, width: int) -> bool:
    """Whether a line closes its paragraph: it ends a sentence short of the usual width, or is
    short (a blank line here is a page's turn: the paragraph goes on)."""
    short = len(line) < width * SHORT_LINE and not ends_on_joining_word(line)  # "… Communication with"
    return bool(line) and (ends_paragraph(line, width) or short)


def _titled(lines: list[Line], blocks: list[Block], k: int) -> bool:
    """Whether the first block is a cover's title with its byline under it, as a PDF gives it
    ("Making places work: …" over "A briefing paper by the …", a blank line between or none)."""
    if k or len(blocks) < 2:
        return False
    texts = [line.text for line in lines[blocks[0].start : blocks[1].start + 1]]
    return not SENTENCE_END.search(texts[0]) and any(BYLINE.match(text) for text in texts[1:])


def _dated_title(lines: list[Line], block: Block) -> bool:
    """A block before the first paragraph that dates the meeting it titles and ends no
    sentence ("Minutes of the Board meeting held … on Thursday 6 June 2024 at 10:00" over its
    place), or says where and when it was held ("Held at the Town Hall, Northtown, on 3 July
    2024."): the cover's, however long."""
    text = " ".join(line.text for line in lines[block.start : block.end])
    return bool(DATE.search(text)) and (not SENTENCE_END.search(text) or bool(VENUE.match(text)))
