"""What a seminar report's blocks between its numbered paragraphs are: a heading, a speaker's
name over their post, a panel's list of who speaks, a date, closing prose after the last
paragraph."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from seminar_search.model import Participant
from seminar_search.names import (
    BODY_WORD,
    NAME_ALONE,
    POST_WORD,
    merged,
    opens_with_a_name,
    read_participants,
)
from seminar_search.parsing.attendance import ROLE_LINE, names_who_took_part
from seminar_search.parsing.common import FULL_STOP, OPEN_FLOOR, PERSONS_NAME, heading_core
from seminar_search.parsing.layout import no_room
from seminar_search.parsing.metadata import DATE, only_dates
from seminar_search.parsing.seminar_layout import (
    BULLET,
    HEADING_MAX,
    KEYNOTE_BLOCK,
    Line,
    looks_like_heading,
    opens_a_part,
    starts_paragraph,
)
from seminar_search.parsing.series import part_name
from seminar_search.parsing.voices import SUMMARY_HEADING

# one of the events a report of several writes up, each numbering its paragraphs afresh: "Seminar 2: …"
PART_HEADING = re.compile(r"^(seminar|session|part|day|roundtable|event)\s+(\d{1,2}|[IVX]{1,4})\b", re.I)
CLOSING_WORDS = 4  # a closing sentence after the last paragraph has at least this many words
SIGNATURE_BELOW_NAME = 2  # a signatory's post, and the body they speak for, on lines of their own
# who took part, listed on one line of the cover: "Participants: Sally Warren (Chair), The King's Fund; …"
LISTED_ON_ONE_LINE = re.compile(
    r"^(?i:participants|attendees|present|those present)\s*:\s*(?P<who>[^;]+;.*)$"
)
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|\s)\s*\d{1,3}$")  # "Plenary discussion .......... 4"
PANEL_LABEL = re.compile(r"^(?i:panel(?:lists)?|speakers|contributors|respondents)\s*:?$")  # over their names


def panel_listed(block: list[Line]) -> list[Participant]:
    """Those a panel's list names under its label ("Panellists:" over "Mark Dawe, Principal,
    Oaklands College", a line each), or after it on its line apart by semicolons ("Panellists:
    Sir Michael Bichard, …; Sarah Jones, …"): who speaks in the part, no text of it; none if any
    entry is no name with a post or body after it."""
    label, _, after = " ".join(line.text.strip() for line in block).partition(":")
    if ";" in after and PANEL_LABEL.match(f"{label}:"):
        entries = [entry.strip() for entry in after.split(";")]
    elif block and PANEL_LABEL.match(block[0].text.strip()):
        entries = [line.text.strip() for line in block[1:]]
    else:
        return []
    named = all("," in entry and not FULL_STOP.search(entry) for entry in entries)
    return read_participants(entries) if entries and named else []


def headed_panel(lines: list[Line]) -> tuple[list[Line], list[Participant]] | None:
    """Lines that are headings ("Panel responses" over a name, "Chair: Polly Toynbee"), then
    perhaps a panel's list ("Panellists: A, …; B, …", wrapped or not): the headings and whom the
    list names; None if the lines are not all so."""
    listed = next((k for k in range(len(lines)) if panel_listed(lines[k:])), len(lines))
    if not all(looks_like_heading(line.text) for line in lines[:listed]):
        return None
    return lines[:listed], panel_listed(lines[listed:])


def heading_block(block: list[Line], following: list[list[Line]], width: int) -> bool:
    """A heading: one short line, or one run on to a second in a narrow column ("Keynote
    address: Professor Anne Walker," over "University of Sheffield") with a paragraph after it:
    the first line full, or opening a part (in large type a heading wraps sooner: "Closing
    remarks — Sir Andrew" over "Cole")."""
    joined = " ".join(line.text.strip() for line in block)
    if len(block) == 2:
        wrapped = no_room(block[0].text, block[1].text, width) or opens_a_part(block[0].text)
        if not (following and starts_paragraph(following[0][0]) and wrapped):
            return False
    return len(block) <= 2 and looks_like_heading(joined)


def headings_over_the_first_paragraph(lines: tuple[str, ...], names: list[str]) -> list[str]:
    """The headings the cover's last lines stack over the first paragraph ("Keynote speaker",
    "Dame Ruth Silver", "President, …"), from the end up to a contents page's entry; a line
    whose last words and the next one's first make a participant's name is one heading wrapped
    ("Opening remarks — Sir Andrew" over "Cole, Chair, …")."""
    stacked = list(itertools.takewhile(lambda text: not CONTENTS_ENTRY.search(text), reversed(lines)))[::-1]
    headings: list[str] = []
    for text in (text for text in stacked if not BULLET.match(text)):  # a summary's points head nothing
        above = headings[-1] if headings else ""
        wrapped = any(name in f"{above} {text}" and name not in above and name not in text for name in names)
        headings[-1:] = [f"{above} {text}"] if above and wrapped else [*headings[-1:], text]
    return headings


def named_over_post(block: list[Line], listed: Collection[str]) -> bool:
    """A speaker's name over their post, two lines with no blank between: each a heading. The
    post reads as one, or the name is one the participants list gives ("Councillor Sir Merrick
    Cockell" over "Leader, Royal Borough of Kensington and Chelsea")."""
    name, post = (line.text.strip() for line in block) if len(block) == 2 else ("", "")
    return bool(NAME_ALONE.match(name) and a_post(post)) or (name in listed and not FULL_STOP.search(post))


def signed_line_by_line(blocks: list[list[Line]]) -> list[str]:
    """Who signs after the last paragraph where each line is a block of its own (a Word
    document's paragraphs, or blank lines between): a name alone ("Caroline Mager") over a post
    ("Executive Director - Policy, …") and the body under it ("LSIS"); none if the name has no
    post under it."""
    alone = itertools.takewhile(lambda block: len(block) == 1, blocks[: SIGNATURE_BELOW_NAME + 1])
    texts = [block[0].text.strip() for block in alone]
    under = list(itertools.takewhile(lambda text: not FULL_STOP.search(text), texts[1:]))
    named = bool(under) and re.fullmatch(PERSONS_NAME, texts[0]) and not a_post(texts[0])
    return [texts[0], *under] if named and a_post(under[0]) else []


def a_post(text: str) -> bool:
    """A post, its first part naming one ("Special Adviser, Teach First") or a body ("…, University of …")."""
    return bool(POST_WORD.search(text.split(",")[0]) or BODY_WORD.search(text))


def undated(block: list[Line]) -> list[Line]:
    """A block without the lines that only date it: "Seminar 2: Leading with communities" over
    "9 February 2011" is the next event's heading, not more of the paragraph before it."""
    return [line for line in block if not only_a_date(line.text)] or block


def only_a_date(text: str) -> bool:
    """A line that only dates ("9 February 2011", "Wednesday 9 February 2011")."""
    date = DATE.search(text)
    return date is not None and only_dates(text[: date.start()], text[date.end() :])


def closing_text(block: list[Line]) -> bool:
    """Whether a block after the last numbered paragraph is prose, not a signature or a list's
    label ("Seminar Chair:"): words that end a sentence."""
    text = " ".join(line.text.strip() for line in block)
    return len(text.split()) >= CLOSING_WORDS and bool(FULL_STOP.search(text))


def listed_on_the_cover(lines: list[str]) -> list[Participant]:
    """Those a cover line lists as taking part, apart by semicolons ("Participants: Sally Warren
    (Chair), The King's Fund; Martin Green, Care England"), as a list of a line each reads; the
    lines it wraps onto (a PDF's text) go on listing, each with a semicolon. And those a cover's
    field names in their role ("Chair: Jane Ellison, Director of Policy, Locality")."""
    texts = [line.strip() for line in lines]
    fields = [field for text in texts if (field := ROLE_LINE.fullmatch(text)) and chairing(field)]
    chairs = read_participants([entry for field in fields for entry in (f"{field['role']}:", field["named"])])
    at = next((i for i, text in enumerate(texts) if LISTED_ON_ONE_LINE.match(text)), None)
    if at is None:
        return chairs
    wrapped = itertools.takewhile(lambda text: ";" in text, texts[at + 1 :])
    listed = LISTED_ON_ONE_LINE.match(" ".join([texts[at], *wrapped]))
    return (
        merged(chairs, read_participants(["Participants:", *listed["who"].split(";")])) if listed else chairs
    )


def chairing(field: re.Match[str]) -> bool:
    """Whether a cover's field names who chaired ("Chair: Jane Ellison, …", "Moderated by …"):
    a keynote's ("Keynote: Sally Warren") heads their part, which names them."""
    return opens_with_a_name(field["named"]) and not field["role"].casefold().startswith("keynote")


def no_subtitle(line: str) -> bool:
    """Whether the cover's line under its date heads a part or lists who took part, rather than
    subtitling the report: "Keynote speaker", "Key themes" over a list, "Participants: …",
    "Chair: Jane Ellison, Director of Policy, Locality"."""
    listed = LISTED_ON_ONE_LINE.match(line) or names_who_took_part(line)
    return bool(opens_a_part(line) or SUMMARY_HEADING.match(line) or listed)


def part_series(heading: str) -> str:
    """The series an event's paragraphs would be, numbered afresh under its heading: "seminar-2"
    under "Seminar 2: Leading with communities"; "" under any other heading."""
    part = PART_HEADING.match(heading)
    return part_name(part) if part else ""


def seminar_headings(lines: list[str]) -> bool:
    """Whether the headings are a seminar report's, the seed's shape: a keynote's and an open
    discussion's (over numbered paragraphs, "4. …")."""
    headings = [
        text
        for ln in lines
        if 0 < len(text := ln.strip()) <= HEADING_MAX and text[0].isupper() and not text.endswith(".")
    ]
    keynotes = any(KEYNOTE_BLOCK.search(h) for h in headings)
    return keynotes and any(OPEN_FLOOR.match(heading_core(h)) for h in headings)
