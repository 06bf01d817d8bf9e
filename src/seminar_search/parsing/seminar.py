"""The seminar-report genre: numbered paragraphs under keynote and discussion headings.

The report is read in two passes. The first (seminar_layout.py) removes the page furniture
(running headers and page numbers, which mark page breaks, and footnotes, which are set aside
with their position); the second, here, reads each block of the remaining lines as a
paragraph, a bullet list continuing one, a heading, text closing the report after its last
paragraph, the signature or the participants list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from seminar_search.lexicon import Entry
from seminar_search.model import UNNUMBERED, Document, Footnote, Paragraph, Participant, label_unnumbered
from seminar_search.names import NAME_ALONE, in_full, merged, out_of_capitals, read_participants
from seminar_search.parsing.common import (
    DISCUSSION,
    FULL_STOP,
    LABELLED_SPEAKER,
    OPEN_FLOOR,
    QA_LABEL,
    Reading,
    assign_themes,
    heading_core,
)
from seminar_search.parsing.endnotes import BRACKETED_MARK
from seminar_search.parsing.measure import usual_width
from seminar_search.parsing.metadata import CREDIT, read_metadata
from seminar_search.parsing.numbering import PART
from seminar_search.parsing.remarks import ITALIC, quotations
from seminar_search.parsing.seminar_blocks import (
    a_post,
    closing_text,
    headed_panel,
    heading_block,
    headings_over_the_first_paragraph,
    listed_on_the_cover,
    named_over_post,
    no_subtitle,
    only_a_date,
    panel_listed,
    part_series,
    signed_line_by_line,
    undated,
)
from seminar_search.parsing.seminar_layout import (
    BULLET,
    DAGGERS,
    KEYNOTE_BLOCK,
    PARAGRAPH_START,
    PARTICIPANTS_HEADING,
    SUPERSCRIPTS,
    Line,
    blocks_separated,
    cover_over_prose,
    digit_notes_bracketed,
    first_paragraph_line,
    listed_entries,
    looks_like_heading,
    running_header_test,
    starts_paragraph,
    strip_page_furniture,
)
from seminar_search.parsing.series import numbering_warnings, part_name
from seminar_search.parsing.voices import REPORTED_SPEAKER, from_the_floor, openings, who_asks_or_answers

# str.splitlines's line boundaries, but a form feed (a PDF's page break) starts the line it opens
LINE_BREAK = re.compile(
    "\r\n|[\n\r\v\x1c\x1d\x1e\x85\u2028\u2029]|(?<=[^\n\r\v\x1c\x1d\x1e\x85\u2028\u2029])(?=\f)"
)
FOOTNOTE_MARK = re.compile(rf"[{SUPERSCRIPTS}{DAGGERS}]+")  # one class: a text is scanned fast
URL = re.compile(r"<?(https?://[^\s>]+)>?")
# Under the keynotes: "Lord Michael Bichard, Director, ...", "Tom Jones – Chief Executive, ...",
# "Professor Jane Smith (University of Bath)"
SPEAKER_HEADING = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*)(?:,\s+\S|\s+[–—-]\s+\S|\s*\()")
# a part's field naming who ran it: "Facilitator: Jane Rowe, LSIS", "Chair: Polly Toynbee"
FACILITATED = re.compile(r"^(?:Facilitat|Moderat|Rapporteur|Chair)\w*(?:\s+by\s|\s*:)", re.IGNORECASE)
TRANSLATE_MARKS = str.maketrans(SUPERSCRIPTS, "0123456789")

INTRODUCTION = "Introduction"
UNDER_HEADINGS = "numbered paragraphs under keynote and discussion headings"


def parse_seminar(text: str, lexicon: list[Entry], reason: str = UNDER_HEADINGS) -> Reading:
    """Read a seminar report, and count what it set aside; never raises, and never drops a
    numbered paragraph line, nor text between them.

    The document's id, source and hash are the caller's to fill in.
    """
    split = LINE_BREAK.split(text) if "\f" in text else text.splitlines()  # the same without a form feed
    lines = digit_notes_bracketed([line.rstrip(" \t") for line in split])
    lines = blocks_separated(lines, running_header_test(read_metadata(lines, first_paragraph_line(lines))))
    meta = cover_over_prose(lines, read_metadata(lines, first_paragraph_line(lines)))
    layout = strip_page_furniture(lines, meta)
    last_paragraph_block = max(
        (i for i, block in enumerate(layout.blocks) if any(starts_paragraph(ln) for ln in block)),
        default=-1,
    )
    participants_at = next(
        (
            i
            for i, block in enumerate(layout.blocks)
            if i > last_paragraph_block >= 0
            and PARTICIPANTS_HEADING.search(block[0].text)
            and looks_like_heading(block[0].text)
            and not (block[1:] and block[1].text[:1].islower())  # a heading, no sentence running on
        ),
        len(layout.blocks),
    )
    listed = [block[1:] if k == participants_at else block for k, block in enumerate(layout.blocks)]
    listed = listed[participants_at:]  # under the heading: the rest of its block (a PDF's text), and on
    width = usual_width(lines)
    participants = read_participants(listed_entries(listed, width))
    participants = merged(listed_on_the_cover(lines[: meta.body_start]), participants)  # "Chair: …" too
    keynotes = {p.name for p in participants if p.role == "keynote"}
    listed_names = {p.name for p in participants}
    builder = _Builder(lexicon, keynotes, part_series(meta.event))  # "Seminar 1: …", the cover's event
    subtitle = "" if no_subtitle(meta.subtitle) else meta.subtitle
    over = meta.below_date[1:] if subtitle else meta.below_date
    for heading in headings_over_the_first_paragraph(over, [p.name for p in participants]):
        builder.heading(heading)
    signature: list[str] = []
    closing_lines = 0  # after the last paragraph, in no unit (or a panel's list of names)
    panellists: list[Participant] = []
    signed_through = 0  # the blocks a signature written line by line takes
    for index, block in enumerate(layout.blocks[:participants_at]):
        if index < signed_through:
            continue
        first = block[0].text
        opening = next((i for i, line in enumerate(block) if starts_paragraph(line)), None)
        if opening:  # a heading or run-on text directly above a paragraph, with no blank line
            above = [line for line in block[:opening] if not only_a_date(line.text)]  # an event's date
            if above and (headed := headed_panel(above)):
                builder.headings(headed[0])
                panellists += headed[1]
            elif above:
                builder.add_lines(block[:opening])
            builder.add_lines(block[opening:])
        elif opening == 0 or (BULLET.match(first) and builder.current):
            builder.add_lines(block)
        elif index > last_paragraph_block and not signature and closing_text(block):
            builder.add_unnumbered(block)
        elif index > last_paragraph_block and len(block) >= 2 and not signature:
            signature = [line.text.strip() for line in block]
        elif (
            index > last_paragraph_block
            and not signature
            and (signed := signed_line_by_line(layout.blocks[index:participants_at]))
        ):
            signature, signed_through = signed, index + len(signed)
        elif (panel := panel_listed(block)) and (len(block) > 1 or builder.in_discussion):  # no text
            panellists += panel
            closing_lines += len(block)
        elif builder.in_discussion and (headed := headed_panel(block)) and headed[1]:  # "Chair: …" over it
            builder.headings(headed[0])
            panellists += headed[1]
            closing_lines += len(block) - len(headed[0])
        elif named_over_post(block, listed_names):  # "Dame Julia Cleverdon" over "Special Adviser, …"
            builder.headings(block)
        elif heading_block(dated := undated(block), layout.blocks[index + 1 : index + 2], width):
            builder.heading(" ".join(line.text.strip() for line in dated))
        elif builder.current and index <= last_paragraph_block:
            builder.add_lines(block)
        elif index <= last_paragraph_block:  # text under a heading, before the next paragraph
            builder.add_unnumbered(block)
        else:
            closing_lines += len(block)
    paragraphs = builder.finish(layout.footnotes, signature[0] if signature else "")
    participants += [p for p in panellists if p.name not in listed_names]
    forms = openings(participants)
    for paragraph in paragraphs:  # "Mark Dawe said …" in a panel's or the floor's part: his
        if paragraph.speaker == DISCUSSION:  # "Question (Sarah Jones, LGA): …", "Answer (Professor Keep): …"
            asked = QA_LABEL.match(paragraph.text)
            labelled = in_full(who_asks_or_answers(asked, "", ""), participants) if asked else ""
            paragraph.speaker, posted = (
                (labelled, None) if labelled else from_the_floor(paragraph.text, forms)
            )
            participants += [posted] if posted and posted.name not in {p.name for p in participants} else []
    participants = [  # a heading named them the keynote
        replace(p, role="keynote") if p.role == "participant" and p.name in builder.keynote_names else p
        for p in participants
    ]
    if not participants and builder.keynotes_headed:  # no list names them: the headings do
        participants = read_participants(["Keynote:", *builder.keynotes_headed])
    credit = None if signature else CREDIT.match(subtitle)  # "Report by Sarah Jones, Rapporteur"
    author = ([*signature, "", "", ""])[:3] if credit is None else [credit["name"], credit["role"] or "", ""]
    author = author if any(author) else [meta.publisher, "", meta.publisher]  # unsigned: its publisher's
    document = Document(
        id="",
        title=meta.title,
        event=meta.event,
        subtitle=subtitle if credit is None else "",
        date=meta.date,
        author=author[0],
        author_role=author[1],
        organisation=author[2],
        participants=participants,
        paragraphs=paragraphs,
        warnings=builder.warnings + numbering_warnings([p for p in paragraphs if p.series != UNNUMBERED]),
    )
    listed_lines = sum(len(block) for block in layout.blocks[participants_at:])  # the heading too
    return Reading(
        "seminar",
        reason,
        document,
        front_matter=sum(1 for line in lines[: meta.body_start] if line.strip()),
        back_matter=closing_lines + len(signature) + listed_lines,
        furniture=layout.furniture,
        headers=layout.headers,
    )


class _Builder:
    """Accumulates paragraphs while tracking the heading, speaker and discussion sub-heading."""

    def __init__(self, lexicon: list[Entry], keynote_names: set[str], part: str) -> None:
        self.lexicon = lexicon
        self.keynote_names = keynote_names
        self.keynotes_headed: list[str] = []  # "Sir Michael Bichard, Director, …" as headings name them
        self.paragraphs: list[Paragraph] = []
        self.current: Paragraph | None = None
        self.section = ""
        self.speaker = INTRODUCTION
        self.subheading = ""
        self.in_keynotes = False
        self.in_discussion = False
        self.warnings: list[str] = []
        self.part = part  # the series the event's own numbering would be: "seminar-2"
        self.part_of: dict[int, str] = {}  # by paragraph's id

    def heading(self, text: str) -> None:
        self.current = None
        if self._post_of_the_speaker(text):  # "Lord Michael Bichard" over "Director, The Institute …"
            self.section = f"{self.section}, {text}"
            return
        if FACILITATED.match(text) and self.section:  # "Facilitator: Jane Rowe, LSIS" under "Workshop 1: …"
            return
        self.section = text
        if part := part_series(text):  # the next event: no one speaks yet
            self.part = part
            self.speaker, self.subheading = INTRODUCTION, ""
            self.in_keynotes = self.in_discussion = False
        elif annex := PART.match(text):  # "Annex A: Notes from …", numbered afresh: its own series
            self.part = part_name(annex)
        speaker = SPEAKER_HEADING.match(text)
        keynote = LABELLED_SPEAKER.match(heading_core(text))
        if OPEN_FLOOR.match(heading_core(text)):
            self.speaker, self.in_discussion, self.in_keynotes = DISCUSSION, True, False
            self.subheading = ""
        elif keynote:  # names its speaker, wherever it stands
            self.speaker, self.in_keynotes, self.in_discussion = _cased(keynote["name"]), True, False
            self.keynote_names.add(self.speaker)
            self.keynotes_headed.append(_cased(heading_core(text)[keynote.start("name") :]))
            self.subheading = ""
        elif speaker and (self.in_keynotes or speaker.group(1) in self.keynote_names):
            self.speaker, self.in_discussion, self.subheading = _cased(speaker.group(1)), False, ""
            self._keynote_headed(heading_core(text))
        elif (NAME_ALONE.match(text) and self.in_keynotes) or text in self.keynote_names:  # "Sir Ann Ray"
            self.speaker, self.in_discussion, self.subheading = _cased(text), False, ""
            self._keynote_headed(text)
        elif KEYNOTE_BLOCK.search(text) and not self.in_discussion:
            self.in_keynotes = True
        elif self.in_discussion:
            self.subheading = text

    def headings(self, lines: list[Line]) -> None:
        """Each line a heading, in turn."""
        for line in lines:
            self.heading(line.text.strip())

    def _keynote_headed(self, heading: str) -> None:
        """A speaker a heading names among the keynotes is a keynote, whether or not a list
        says so ("Keynote presentation" over "Sir Michael Barber, Chief …"); a panel's heading
        opens the floor, and those it names are not."""
        if self.speaker not in self.keynote_names:
            self.keynote_names.add(self.speaker)
            self.keynotes_headed.append(_cased(heading))

    @property
    def unnamed_keynote(self) -> bool:
        """Under a keynote's heading that names no one: its first paragraph may."""
        return self.in_keynotes and self.speaker == INTRODUCTION

    def _post_of_the_speaker(self, text: str) -> bool:
        """Whether a heading gives the post of the speaker the heading before it names alone, no
        paragraph between."""
        listed = self.section in self.keynote_names  # "Councillor Sir Merrick Cockell" over "Leader, …"
        named = (NAME_ALONE.match(self.section) or listed) and self.speaker == _cased(self.section)
        unheard = not self.paragraphs or self.paragraphs[-1].section != self.section
        return bool(named and unheard and (a_post(text) or (listed and not FULL_STOP.search(text))))

    def add_lines(self, block: list[Line]) -> None:
        for line in block:
            start = PARAGRAPH_START.match(line.text)
            opening = (
                REPORTED_SPEAKER.match(line.text[start.end() :]) if start and self.unnamed_keynote else None
            )
            if opening and opening["name"]:  # "Sir Merrick Cockell said …" under "Keynote address"
                self.speaker = opening["name"]
                self._keynote_headed(self.speaker)
            if start:
                self.current = Paragraph(
                    doc="",
                    number=int(start.group(1)),
                    text=line.text[start.end() :].strip(),
                    speaker=self.speaker,
                    section=self.section,
                    themes=[self.subheading] if self.subheading else [],
                    page=line.page,
                )
                self.paragraphs.append(self.current)
                self.part_of[id(self.current)] = self.part
            elif self.current is None:
                continue
            elif BULLET.match(line.text):
                self.current.text += "\n- " + BULLET.sub("", line.text, count=1).strip()
            else:
                self.current.text += " " + line.text.strip()

    def add_unnumbered(self, block: list[Line]) -> None:
        """Text under a heading before the next numbered paragraph, or after the last ("Next
        steps"): unnumbered, labelled by the paragraph before it."""
        unnumbered = sum(p.series == UNNUMBERED for p in self.paragraphs) + 1
        self.current = None
        self.paragraphs.append(
            Paragraph(
                doc="",
                number=unnumbered,
                text=" ".join(line.text.strip() for line in block),
                speaker=self.speaker,
                section=self.section,
                themes=[],
                page=block[0].page,
                series=UNNUMBERED,
                label="0",  # until the paragraphs are named: the one before it
            )
        )

    def finish(self, footnotes: list[tuple[int, str, str]], signed: str) -> list[Paragraph]:
        """The paragraphs with their notes, quotations and themes; the closing text, after
        the last numbered paragraph, is the signatory's, if the report is signed."""
        for paragraph in reversed(self.paragraphs):
            if paragraph.series != UNNUMBERED or not signed:
                break
            paragraph.speaker = signed
        self._numbered_by_part()
        label_unnumbered(self.paragraphs)
        for seen, mark, note in footnotes:
            self._attach(seen, mark, note)
        for paragraph in self.paragraphs:
            unmarked = _without_marks(paragraph)
            paragraph.quotes = quotations(unmarked)
            paragraph.text = ITALIC.sub(r"\1", unmarked)
        assign_themes(self.paragraphs, self.lexicon)
        return self.paragraphs

    def _numbered_by_part(self) -> None:
        """A report of several events whose paragraphs each number afresh ("Seminar 2:", then
        "1.") numbers each event's as a series of its own, "seminar-2", so that no two share
        a label; unless the numbering also starts again within an event."""
        numbered = [p for p in self.paragraphs if p.series == "paragraph"]
        restarts = [(a, b) for a, b in itertools.pairwise(numbered) if b.number <= a.number]
        if restarts and all(self.part_of[id(a)] != self.part_of[id(b)] for a, b in restarts):
            for paragraph in numbered:
                paragraph.series = self.part_of[id(paragraph)] or paragraph.series

    def _attach(self, paragraphs_seen: int, mark: str, note: str) -> None:
        """Give the footnote to the nearest paragraph before it whose text carries its mark."""
        url = URL.search(note)
        footnote = Footnote(
            mark.translate(TRANSLATE_MARKS).strip("[]"),
            ITALIC.sub(r"\1", note),
            url.group(1) if url else None,
        )
        marks, wanted = (BRACKETED_MARK, footnote.mark) if mark.startswith("[") else (FOOTNOTE_MARK, mark)
        for paragraph in reversed(self.paragraphs[:paragraphs_seen]):
            if any(m == wanted for m in marks.findall(paragraph.text)):
                paragraph.footnotes.append(footnote)
                return
        self.warnings.append(f"footnote {footnote.mark} has no paragraph carrying its mark")


def _cased(name: str) -> str:
    """A name printed in capitals as it is written: "LORD MICHAEL BICHARD", "Lord Michael Bichard"."""
    return out_of_capitals(name) if name.isupper() else name


def _without_marks(paragraph: Paragraph) -> str:
    """A paragraph's text without its footnote marks: every superscript and dagger, and the
    bracketed numbers of its notes ("[2]"; another may be text: "see [1] above")."""
    unmarked = FOOTNOTE_MARK.sub("", paragraph.text)
    if "[" not in unmarked:
        return unmarked
    noted = {note.mark for note in paragraph.footnotes}
    return BRACKETED_MARK.sub(lambda mark: "" if mark[1] in noted else mark[0], unmarked)
