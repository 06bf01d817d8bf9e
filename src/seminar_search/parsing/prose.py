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
from seminar_search.names import POST_WORD, in_full
from seminar_search.parsing.attendance import about_from, participants_listed
from seminar_search.parsing.blocks import (
    MINUTE,
    Block,
    after_the_notes,
    bare_label,
    block_lines,
    block_text,
    is_prose,
    item_titles,
    meeting_timings,
    named_items,
    page_fields,
    without_contents,
)
from seminar_search.parsing.common import (
    ANSWER,
    DISCUSSION,
    FULL_STOP,
    QA_LABEL,
    SPEAKER_HEADING_MAX,
    Reading,
    add_line,
    assign_themes,
    attach_notes,
    credited,
    layout_lines,
    speaker_in_title,
    speaker_under,
)
from seminar_search.parsing.cover import cover
from seminar_search.parsing.layout import BULLET, SENTENCE_END, Layout, Line
from seminar_search.parsing.letters import VALEDICTION, letter_count, letter_furniture
from seminar_search.parsing.metadata import (
    BYLINE,
    DATE,
    DELIVERY_NOTE,
    DOCUMENT_KIND,
    PLACE_FIELD,
    VENUE,
    date_alone,
)
from seminar_search.parsing.prose_blocks import prose_blocks
from seminar_search.parsing.replies import answered_under
from seminar_search.parsing.turns import initials_key
from seminar_search.parsing.voices import (
    FLOOR_OPENING,
    REPORTED,
    SIGNATORY,
    SUMMARY_HEADING,
    attribution,
    labelled_by,
    named_first,
    one_voice,
    opened_by,
    openings,
    participant_heading,
    question_field,
    reported_speakers,
    sign,
    signing_name,
    speakers_after,
    speakers_field,
    who_asks_or_answers,
)
from seminar_search.present import participants_present

OPENING_PART = re.compile(  # a part of the text a report may print before its contents page
    r"^(?:[\w’'-]+ )?(?:(?:executive )?summary|highlights|foreword|preface|overview|introduction"
    r"|key (?:findings|messages|points))$",
    re.IGNORECASE,
)
NO_EVIDENCE = "no other genre's evidence"  # why a text is read as prose, unless numbers title its parts
CREDIT_UNDER_HEADING = 120  # a speaker's name and long post under a part's title, crediting it
INITIALS_AFTER = re.compile(r"\((?P<initials>[A-Z]{2,3})\)$")  # who made the point: "… in 2017. (LM)"
CONTEXT_LINES = 10  # after a stretch of lines, enough to tell its last heading from a list's entry


def parse_prose(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    printed = _questions_asked(prose_blocks(lines, layout.width))
    blocks = without_contents(lines, printed)
    contents = [i for block in set(printed) - set(blocks) for i in range(block.start, block.end)]
    blocks, participants = participants_listed(lines, blocks)
    paragraphs = [
        k
        for k, block in enumerate(blocks)
        if not block.heading and is_prose(lines, block) and not _titled(lines, blocks, k)
    ]
    paragraphs = _after_the_contents(lines, blocks, paragraphs, contents)
    while paragraphs and (
        _dated_title(lines, blocks[paragraphs[0]]) or _kind_titled(lines, blocks[paragraphs[0]])
    ):
        del paragraphs[0]
    about, biographies = about_from(lines, blocks)
    participants = participants or biographies  # "About the speakers", when no list names them
    paragraphs = [k for k in paragraphs if k < min(about, after_the_notes(lines, blocks, layout.notes))]
    fields = page_fields(lines, blocks, paragraphs)
    summary = {k for k in paragraphs if k < fields.start}  # a web page's, over its fields: no title
    paragraphs = [k for k in paragraphs if k >= fields.stop]
    if paragraphs:
        body = blocks[_headed_from(lines, blocks, paragraphs[0], max(1, fields.stop)) : paragraphs[-1] + 1]
    elif any(not block.heading for block in blocks):  # nothing reads as a paragraph: each block is one
        body = blocks
    else:  # nor as anything but a heading
        body = [block._replace(heading=False) for block in blocks]
    letter = letter_furniture(lines, body)  # the addressee and "Dear …" opening the body: the cover's
    start = next((block.start for k, block in enumerate(body) if k not in letter), len(lines))
    # not who took part, no author; nor a page's summary, no title
    kept = {i for k, block in enumerate(blocks) if k not in summary for i in range(block.start, block.end)}
    shown = [line if i in kept else replace(line, text="") for i, line in enumerate(lines)]
    document = cover(shown, start, layout.headers)
    summaries = [block_text(lines, blocks[k]) for k in sorted(summary)]  # "Speech given by … at …"
    spoken = next(filter(None, map(speaker_in_title, [document.title, *summaries])), "")
    author = spoken or document.author or document.title
    # the last of several letters, or one whose cover names no sender, is its signatory's
    if paragraphs and (letter_count(lines) > 1 or not document.author):
        body += blocks[paragraphs[-1] + 1 : _signed(lines, blocks, paragraphs[-1] + 1)]
    units: list[Paragraph] = []
    starts: list[int] = []  # where each unit's first line stands, for the notes it marks
    section, speaker, floor = "", author, ""
    people: list[Participant] = []  # those a field under the part's heading names as its speakers
    fielded: list[Participant] = []
    body = item_titles(lines, body)
    named = named_items(lines, body)
    opened = openings(participants)
    credits: list[tuple[str, str]] = []  # how those a heading credits may be named, labelling their words
    keyed = initials_key(lines)  # a key to the initials closing paragraphs, before the text or after it
    titled: Paragraph | None = None  # an item its heading titles: its text runs to the next heading
    summarised = False  # under a summary's heading ("Key points"), its list not yet ended
    signed = -1  # a signature's post, under the name: no heading
    furniture = letter_furniture(lines, body) | meeting_timings(lines, body)  # item_titles moved no block
    furniture |= {k for k, block in enumerate(body) if date_alone(block_text(lines, block))}  # no paragraph
    for k, block in enumerate(body):
        text = block_lines(lines, block)
        if k == signed or k in furniture:
            continue
        no_sentence = block.heading or not FULL_STOP.search(text[-1])  # a field, wrapped in a narrow column
        if no_sentence and (asking := question_field(" ".join(text))) is not None:
            speaker = asking or speaker  # "Asked by: …" over the question, "Answered by: …" the answer
            continue
        if block.heading and (signatory := signing_name(lines, body, k)):
            sign(units, signatory, section)  # "Rob Gould MP" under the foreword: his
            following = body[k + 1] if k + 1 < len(body) else None
            signed = k + 1 if following and POST_WORD.match(lines[following.start].text) else -1
            continue
        if titled is not None and not block.heading and k not in named:
            titled.text += "\n"
            for line in text:
                add_line(titled, line)
            continue
        titled = None
        # "Keynote address" over "Professor Jon Glasby, Professor of …, University of Birmingham", wrapped
        under_heading = k > 0 and body[k - 1].heading
        longest = CREDIT_UNDER_HEADING if under_heading else SPEAKER_HEADING_MAX
        over_speech = k + 1 < len(body) and not body[k + 1].heading  # not a list's entry under its heading
        crediting = block.heading or (under_heading and no_sentence and over_speech)
        if crediting and (author_of_part := credited(" ".join(text), longest)):
            speaker = author_of_part  # an essay's or a speaker's, under its title or the session's
            credits += openings([Participant(author_of_part, "", "", "participant")])
            continue
        under_title = not units or units[-1].section != section  # nothing said yet under the part's title
        if block.heading and (listed := speakers_field(" ".join(text), under_title)):
            people, speaker = listed, listed[0].name if len(listed) == 1 else author  # the part's
            fielded += listed
            credits += openings(listed)
            continue
        if block.heading and section and under_title and SUMMARY_HEADING.match(" ".join(text)):
            summarised = True  # "Key points" under a session's title: its list is the author's summary
            continue
        if block.heading and k + 1 in named and bare_label(" ".join(text)):
            continue  # "Recommendation 1" over its text: the part it stands in is its section
        if block.heading:
            people = []
            section = answered_under(section, " ".join(text))  # "Question 1: …? – Government response"
            if k + 1 in named and (minute := MINUTE.match(section)):  # the minute's label is its own
                section = minute["rest"]
            voice = speaker_under(section)  # "Response: Tom Baker, …", or "Discussion"
            if k + 1 < len(body) and body[k + 1].heading:  # a part's title over its sections' headings
                floor = DISCUSSION if voice == DISCUSSION else ""
            # else one the list of who took part names, or the part's many voices
            speaker = voice or participant_heading(section, participants) or floor or author
            continue
        if units and units[-1].section == section and (said_by := attribution(units[-1].text, text)):
            units[-1].text += f" {text[0]}"  # "– Amina Yusuf, Manager, …" under her words
            if units[-1].text.startswith(("“", '"', "‘")):  # the paragraph all her words: hers
                units[-1].speaker = said_by
            continue
        summarised = summarised and bool(BULLET.match(text[0]))
        continued = (
            units[-1].speaker if units and units[-1].section == section and REPORTED.match(text[0]) else ""
        )
        # "Dr Khan replied …": his; "She argued …": the one named before's; a summary's list: the author's
        floor_said = DISCUSSION if FLOOR_OPENING.match(text[0]) else ""
        naming = named_first(" ".join(text), opened)  # its lines joined: a narrow column wraps the name
        naming = naming or labelled_by(" ".join(text), credits)  # "Professor Jon Glasby: That is …"
        closed = INITIALS_AFTER.search(text[-1])  # "… since 2017. (LM)", the key naming Laura Moss
        naming = naming or (keyed.get(closed["initials"], "") if closed else "")
        said_by = naming or continued or floor_said or (author if summarised else speaker)
        if len(people) > 1:  # "Tom argued …" under "Speakers: Tom Reid, …, and Priya Shah, …"
            went_on = units[-1].speaker if units and units[-1].section == section else author
            said_by = opened_by(text[0], people) or went_on
        if len(text) > 1 and not QA_LABEL.match(text[0]) and QA_LABEL.match(f"{text[0]} {text[1]}"):
            text[:2] = [f"{text[0]} {text[1]}"]  # "Question from Sarah Pickup, …, Local Government" wrapped
        if asked := QA_LABEL.match(text[0]) or ANSWER.match(text[0]):  # "Q (Cllr Ann Price, …): …", "A: …"
            text[0] = text[0][asked.end() :]
            asker_or_answerer = who_asks_or_answers(asked, speaker, one_voice(units, section, author))
            # "Professor Ardern", as listed; "A: Dr Grant said …", the one the answer names
            said_by = named_first(" ".join(text), opened) or in_full(asker_or_answerer, participants)
        unit = Paragraph(
            doc="",
            number=block.question or sum(1 for u in units if u.series == "block") + 1,
            text="",
            speaker=said_by,
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
        if item and item.closing:
            unit.text = unit.text.removesuffix(item.closing).rstrip()
        units.append(unit)
        starts.append(lines[block.start].source)
    unattached = attach_notes(units, starts, layout.notes)
    assign_themes(units, lexicon)
    document.paragraphs = units
    known = {p.name for p in participants}  # and those fields name as speaking
    participants += [p for p in dict((p.name, p) for p in fielded).values() if p.name not in known]
    participants = participants or participants_present([line.text for line in lines[:start]])
    chair = next((p.name for p in participants if p.role == "chair"), "")
    known = {p.name for p in participants}  # and those a record in reported speech names
    spoke = [*reported_speakers(units, chair, unvoiced=author), *speakers_after(units, unvoiced=author)]
    participants += [p for p in spoke if p.name not in known]
    document.participants = participants
    counts = Counter("plain numbered block" if u.series == "block" else u.series for u in units)
    found = ", ".join(f"{count} {kind}{'' if count == 1 else 's'}" for kind, count in counts.items())
    document.problem = f"no numbered paragraphs ('1. ...'); indexed as {found}"
    return Reading.of_layout(
        "prose",
        NO_EVIDENCE,
        document,
        layout,
        lines,
        (start, body[-1].end if body else None),
        unattached_notes=unattached,
        front_lines=contents,
    )


def _after_the_contents(
    lines: list[Line], blocks: list[Block], paragraphs: list[int], contents: list[int]
) -> list[int]:
    """The paragraphs but those before a contents page, which follows the cover, the publisher's
    notices and the committee's members: none of them text, unless a summary or foreword opens
    them ("Summary", "GAO Highlights"), as a heading or a line alone."""
    if not contents:
        return paragraphs
    opened = next(
        (block.start for block in blocks if OPENING_PART.match(block_text(lines, block))), min(contents)
    )
    return [k for k in paragraphs if blocks[k].start > min(opened, min(contents))]


def participants_before(lines: list[Line], until: int, width: int) -> tuple[list[Line], list[Participant]]:
    """Who a list before line until (a document's first unit) names ("Participants", a table of
    names and organisations), and the lines before until with the list's blanked: what is left
    to read the cover from. The first unit's block ends the list."""
    blocks = [block for block in prose_blocks(lines[: until + CONTEXT_LINES], width) if block.start <= until]
    kept, participants = participants_listed(lines, blocks)
    if not participants:
        return lines[:until], []
    shown = {i for block in kept for i in range(block.start, block.end)}
    front = [line if i in shown else replace(line, text="") for i, line in enumerate(lines[:until])]
    return front, participants


def _questions_asked(blocks: list[Block]) -> list[Block]:
    """A consultation's numbered questions head the answers under them (a response to it);
    if any has no answer under it (the consultation itself asks them), each is a unit."""
    unanswered = any(
        block.question and (k + 1 == len(blocks) or blocks[k + 1].heading) for k, block in enumerate(blocks)
    )
    return [block._replace(heading=False) if unanswered and block.question else block for block in blocks]


def _signed(lines: list[Line], blocks: list[Block], end: int) -> int:
    """Past the signature under the last paragraph's close ("Yours sincerely," over "Rt Hon Jo
    Pearce MP"), which signs the letter's paragraphs over it; else end."""
    closing = blocks[end : end + 2]
    closes = len(closing) == 2 and not closing[0].heading and VALEDICTION.match(block_text(lines, closing[0]))
    return end + 2 if closes and SIGNATORY.match(block_text(lines, closing[1])) else end


def _titled(lines: list[Line], blocks: list[Block], k: int) -> bool:
    """Whether the first block is a cover's title with its byline under it, as a PDF gives it
    ("Making places work: …" over "A briefing paper by the …", a blank line between or none)."""
    if k or len(blocks) < 2:
        return False
    texts = [line.text for line in lines[blocks[0].start : blocks[1].start + 1]]
    return not SENTENCE_END.search(texts[0]) and any(BYLINE.match(text) for text in texts[1:])


def _headed_from(lines: list[Line], blocks: list[Block], first: int, cover_end: int) -> int:
    """Where the body begins: a heading standing over the first paragraph is its section, not
    the cover, unless it is the document's first line (the title), dates it, is a speech's
    note ("Check against delivery") or a field saying where ("Meeting Location: Room 30"); so
    is one over the name of who wrote it ("Introduction" over "Tom Ashworth, Director, …") or
    of who speaks ("Session 1" over "Speaker: …")."""
    start = first
    while start > cover_end and blocks[start - 1].heading and not _dated_title(lines, blocks[start - 1]):
        if DELIVERY_NOTE.match(text := lines[blocks[start - 1].start].text) or PLACE_FIELD.match(text):
            break
        start -= 1
        heading = lines[blocks[start].start].text
        if not (credited(heading) or speakers_field(heading)):
            break
    return start


def _kind_titled(lines: list[Line], block: Block) -> bool:
    """A line naming the paper's kind before its title, however it ends ("Roundtable summary:
    Can neighbourhood health centres cut hospital admissions?"): the cover's, no paragraph."""
    kind, colon, _ = lines[block.start].text.partition(": ")
    return block.end - block.start == 1 and bool(colon) and bool(DOCUMENT_KIND.fullmatch(kind))


def _dated_title(lines: list[Line], block: Block) -> bool:
    """A block before the first paragraph that dates the meeting it titles and ends no
    sentence ("Minutes of the Board meeting held … on Thursday 6 June 2024 at 10:00" over its
    place), or says where and when it was held ("Held at the Town Hall, Northtown, on 3 July
    2024."): the cover's, however long."""
    text = block_text(lines, block)
    return bool(DATE.search(text)) and (not SENTENCE_END.search(text) or bool(VENUE.match(text)))
