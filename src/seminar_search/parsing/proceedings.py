"""The proceedings genre: transcripts whose turns carry no question numbers, as a parliament's
official report of a committee meeting prints them. Each speaker turn is a unit, numbered in
order, or by the number the record prints before it ("[12] Mike Hedges: ..."). A speaker's
first turn names them in full, later ones in short: "Dr Katherine Sandford (Community Energy
Scotland):" then "Dr Sandford:"; "Mark Griffin (Central Scotland) (Lab):", a member (a seat and
a party); "The Convener (Ariane Burgess):" then "The Convener:", an office and who holds it;
an American hearing's "Mr. LATTA. …", its witnesses named in full under "STATEMENT OF …";
labels in capitals ("CHAIR (Senator Brown):"), or by initials that a key names ("AB: …" under
"AB – Alice Brown, …"). Agenda items are the sections; timings, bracketed notes and the
formulas of procedure ("Members indicated agreement.") are no one's words."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph
from seminar_search.parsing.attendance import names_who_took_part
from seminar_search.parsing.bilingual import body_words, in_another_language
from seminar_search.parsing.common import (
    Reading,
    add_line,
    assign_themes,
    attach_notes,
    is_heading,
    layout_lines,
    stands_alone,
)
from seminar_search.parsing.cover import cover
from seminar_search.parsing.formulas import CLOSING, DECIDED, HOUSE, PROCEDURE
from seminar_search.parsing.hearings import CALLED, QUESTIONED_BY, hearing_roles
from seminar_search.parsing.layout import Layout, Line
from seminar_search.parsing.metadata import DATE, DOCUMENT_KIND
from seminar_search.parsing.speakers import CONTENTS_PAGE, Speakers, Turn, as_listed, listed_entries
from seminar_search.parsing.turns import KEY_ENTRY, OFFICE_HELD, turns_in
from seminar_search.parsing.wrapping import (
    FILLED,
    HEADING_RUN_ON,
    a_few_words,
    bracketed_note,
    last_words_joined,
    wrapped_capitals,
    wrapped_heading,
)

MARGIN_NUMBER = re.compile(r"^\[(?P<n>\d{1,4})\]$")  # a contribution's number, set in the margin above it
NO_SECTION = (OFFICE_HELD, KEY_ENTRY, DATE, re.compile(r"^[A-Z][a-z]+ed by "))  # "Transcribed by …": a credit
RECORD_KIND = re.compile(  # a title naming only what kind of record it is
    r"^(?:The )?(?:Record of Proceedings|Official Report|Verbatim (?:Record|Report)|(?:Uncorrected )?"
    r"(?:Oral Evidence|Minutes of Evidence)|(?:Verbatim )?Transcript)$",
    re.IGNORECASE,
)
SHORT_TITLE = 25  # a cover's "title" shorter than this ("Session 6") names no meeting


def parse_proceedings(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    turns = turns_in(lines)
    first = min(turns, default=len(lines))
    headings = (
        " ".join(
            ln.text for ln in wrapped_capitals(lines, i) or _testimony_heading(lines, i, turns) or [lines[i]]
        )
        for i in range(first, len(lines))
    )
    cover_lines = last_words_joined(_listed_without_pages(lines[:first], layout.width), layout.width)
    speakers = Speakers(list(turns.values()), cover_lines, headings, hearing_roles(lines))
    units: list[Paragraph] = []
    starts: list[int] = []  # each turn's first line in the source: where its notes follow
    current: Paragraph | None = None
    section = _section_above(lines, first, layout.width, turns)
    last = len(lines)
    label_ends = 0  # past the label's last line
    spaced = sum(not line.text for line in lines[first:]) >= len(turns)  # a blank line after each turn
    for i in range(first, len(lines)):
        line, turn = lines[i], turns.get(i)
        if i < label_ends:
            continue
        if turn is not None:
            label_ends = i + turn.lines
            # "[45]" over the label, a blank line between or not
            above = i - 1 if i and lines[i - 1].text else i - 2
            printed = MARGIN_NUMBER.match(lines[above].text) if above >= 0 else None
            number = turn.number or (int(printed["n"]) if printed else len(units) + 1)
            current = _unit(number, turn.rest, speakers.of(turn), section, line.page)
            units.append(current)
            starts.append(line.source)
        elif CLOSING.match(line.text):
            last = i
            break
        elif DECIDED.match(line.text):
            current = None
        # a note putting one in the chair ("Senator … (Deputy Chair) in the chair."), a formula, a call
        elif (
            speakers.chair_taken(line.text)
            or not line.text
            or any(p.match(line.text) for p in (PROCEDURE, CALLED, QUESTIONED_BY))
        ):
            continue
        elif current is not None and not current.text:  # a label alone's speech, however short
            add_line(current, line.text)
        elif note := bracketed_note(lines, i):  # "[Whereupon, at 11:47 a.m., the" over "… adjourned.]"
            label_ends = i + note
        # "Vacant and Derelict Properties:" / "Discussion"
        elif wrapped_heading(lines, i, layout.width, turns):
            section, current, label_ends = f"{line.text} {lines[i + 1].text}", None, i + 2
        # "STATEMENT OF JANE DOE, EXECUTIVE DIRECTOR," …, "BUTLER, Ms Annie, …", a blank line over it or not
        elif wrapped := wrapped_capitals(lines, i) or _testimony_heading(lines, i, turns):
            section, current, label_ends = " ".join(ln.text for ln in wrapped), None, i + len(wrapped)
        elif _heading(lines, i, layout.width) and not (spaced and current is not None and lines[i - 1].text):
            section, current = line.text, None  # a record set out in blocks heads them after a blank line
        elif current is not None:
            add_line(current, line.text)
        elif speaker := speakers.named_in(section):  # "Prepared Statement of …" over what they wrote
            current = _unit(len(units) + 1, line.text, speaker, section, line.page)
            units.append(current)
            starts.append(line.source)
    # a key names no author, a formula ("The House met at …") no meeting, unless it dates it; a
    # formula or a time parts the title from the heading under it, as a blank line would
    opening = [
        replace(line, text="") if PROCEDURE.match(line.text) and not DATE.search(line.text) else line
        for line in lines[:first]
        if not KEY_ENTRY.match(line.text)
    ]
    document = cover([*opening, *lines[first:]], len(opening))  # the text below: its width, its words
    # "Session 6", or the committee's name in two languages or in the other one ("Y Pwyllgor Iechyd
    # a Gofal Cymdeithasol"): a meeting is named by who met; a bill ("Rural Transport Bill") names
    # what it met on
    short = len(document.title) < SHORT_TITLE and not document.title.endswith(" Bill")
    translated = in_another_language(document.title, body_words(lines[first:]))
    kind = RECORD_KIND.match(document.title)  # "The Record of Proceedings"
    if document.author and (short or translated or kind or document.author in document.title):
        document.title = document.author
    house = next((m["house"] for line in opening if (m := HOUSE.fullmatch(line.text))), "")  # over a debate
    document.organisation = document.organisation or house  # "House of Lords, …" in a citation
    document.author = document.author or house or document.title
    document.participants = speakers.participants()
    unattached = attach_notes(units, starts, layout.notes)  # a witness seminar's editor's notes
    assign_themes(units, lexicon)
    document.paragraphs = units
    return Reading.of_layout(
        "proceedings",
        f"{len(turns)} speaker turns, {len(document.participants)} speakers, no question numbers",
        document,
        layout,
        lines,
        (first, last),
        unattached_notes=unattached,
    )


def _unit(number: int, text: str, speaker: str, section: str, page: int) -> Paragraph:
    """A turn of the record, labelled by its number."""
    return Paragraph(
        doc="",
        number=number,
        text=text,
        speaker=speaker,
        section=section,
        themes=[],
        page=page,
        series="turn",
        label=str(number),
    )


def _section_above(lines: list[Line], first: int, width: int, turns: dict[int, Turn]) -> str:
    """The agenda item over the first turn: a heading just above it, wrapped or not, under the
    cover's lines with no blank line between (a PDF's text) too; not a line naming who chairs
    ("Chair: Mr. Robert Morrissey"), a speaker key's entry, an entry of a list of who took part
    ("Sarah Quinn, Chief Executive, …", any line under "Witnesses:"), a dateline ("Recorded 3
    May 2024"), a credit ("Transcribed by …") or the record's kind ("Transcript")."""
    at = max((i for i in range(first) if lines[i].text and not _formula(lines, i)), default=0)
    entries = listed_entries([as_listed(ln) for ln in lines[: at + 1]])
    if at > 0 and wrapped_heading(lines, at - 1, width, turns):  # a table's row wrapped is no heading
        heading = f"{lines[at - 1].text} {lines[at].text}"
        listed = as_listed(lines[at - 1]) in entries or names_who_took_part(heading)
        return "" if listed or _no_section(heading) else heading
    text = lines[at].text if at < first else ""
    block = itertools.takewhile(lambda ln: ln.text and not PROCEDURE.match(ln.text), reversed(lines[:at]))
    listed = as_listed(lines[at]) in entries or any(ln.text.endswith(":") for ln in block)
    heads = text and is_heading(lines, at, width, after_short=True, over_unit=stands_alone(lines, at))
    return text if heads and not (listed or _no_section(text)) else ""


def _no_section(text: str) -> bool:
    """A cover's line that heads nothing: the record's kind, a dateline, a credit, an office held."""
    return bool(DOCUMENT_KIND.fullmatch(text) or any(p.search(text) for p in NO_SECTION))


def _heading(lines: list[Line], i: int, width: int) -> bool:
    """A heading, after a paragraph's end or after a formula or a time: "4.16 pm" over
    "Amendment 46" ends what was said before it, as a blank line does; a question is asked."""
    return not lines[i].text.endswith("?") and is_heading(
        lines, i, width, after_short=i > 0 and bool(PROCEDURE.match(lines[i - 1].text))
    )


def _testimony_heading(lines: list[Line], i: int, turns: dict[int, Turn]) -> list[Line]:
    """The lines of a heading naming a witness over their turns, surname first, with a few
    words run on to the next line ("BUTLER, Ms Annie, …, Australian Nursing and Midwifery" over
    "Federation"): none if line i heads no testimony."""
    if not Speakers.heads_testimony(lines[i].text):
        return []
    below = lines[i + 1] if i + 1 < len(lines) else None
    runs_on = below is not None and bool(below.text) and i + 1 not in turns and not below.text.startswith("[")
    return [lines[i], below] if runs_on and below and a_few_words(below.text, HEADING_RUN_ON) else [lines[i]]


def _formula(lines: list[Line], i: int) -> bool:
    """Whether line i is a procedural formula, or its words quoted, wrapped on ("45: Clause 12, …
    insert \"including the provision of" over "affordable housing\"")."""
    start = i
    while start and lines[start - 1].text and not PROCEDURE.match(lines[start].text):
        start -= 1
    said = " ".join(line.text for line in lines[start:i])
    opened = said.count('"') % 2 or said.count("“") > said.count("”")
    return bool(PROCEDURE.match(lines[i].text) or (PROCEDURE.match(lines[start].text) and opened))


def _listed_without_pages(lines: list[Line], width: int) -> list[str]:
    """The cover's lines, a witness list's entries without their leaders and page, an entry's
    last words wrapped with them put back ("… Riverside" over "Community Health ... 5")."""
    texts: list[str] = []
    for line in lines:
        bare = CONTENTS_PAGE.sub("", line.text)
        if bare != line.text and texts and len(texts[-1]) >= width * FILLED and a_few_words(bare):
            texts[-1] += f" {bare}"
        else:
            texts.append(bare)
    return texts
