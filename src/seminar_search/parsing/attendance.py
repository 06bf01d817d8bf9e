"""Who took part, as a text lists them: under a label ("Participants", "Attendees", "Present:"),
a chair on their label's line ("Chair: Dr Amara Okafor, …"), entries one a line or a table's
row, none of them a sentence. Such a list is no paragraph of the text."""

from __future__ import annotations

import re

from seminar_search.model import Participant
from seminar_search.names import read_participants
from seminar_search.parsing.blocks import Block, is_prose
from seminar_search.parsing.common import FULL_STOP
from seminar_search.parsing.layout import BULLET, Line

PARTICIPANTS_LABEL = re.compile(  # a heading over who took part
    r"(?:List of )?(?:Participants|Attendees|Attendance|(?:Those |Also )?Present|In attendance|Speakers"
    r"|Panel(?:lists)?|Contributors)\s*:?",
    re.IGNORECASE,
)
ROLE_LINE = re.compile(  # who chaired, on the label's line: "Chair: Dr Amara Okafor, Director, …"
    r"(?P<role>Chair(?:ed by)?|Moderator|Facilitator|Keynote(?: speaker)?)\s*:\s*(?P<named>[^:]+)",
    re.IGNORECASE,
)


def participants_listed(lines: list[Line], blocks: list[Block]) -> tuple[list[Block], list[Participant]]:
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
