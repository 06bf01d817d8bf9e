"""Pieces every genre assembles units from: headings and who speaks under them, footnote marks,
themes, and the account of what was left out that `inspect` shows (the cover is cover.py's)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from seminar_search.lexicon import Entry, themes_for
from seminar_search.model import Document, Footnote, Paragraph
from seminar_search.names import BODY_WORD, HONORIFICS, POST_WORD, out_of_capitals
from seminar_search.parsing.footnotes import Note, note_mark
from seminar_search.parsing.layout import BULLET, Layout, Line, ends_paragraph, join_lines, no_room
from seminar_search.parsing.metadata import (
    BYLINE,
    CREDIT,
    PLACE_BEFORE_DATE,
    date_alone,
    month_of,
    only_a_date,
)
from seminar_search.parsing.wrapping import HEADING_RUN_ON, a_few_words, ends_on_joining_word

PAPER_NUMBER = re.compile(r"(?:HC|HL(?: Paper)?|CP|Cm|Cmd|SG|NIA)\s?\d+(?:[-–/]\d+)?")  # "CP 1100"
# the record's: "The meeting rose at 6 p.m.", "The meeting was suspended at 4.10 p.m. and resumed at …"
# a list's label over the names it lists: "Members present:", "Witnesses:", "Apologies:"
LIST_LABEL = re.compile(
    r"^(?:(?:Members|Senators|Committee members) (?:present|in attendance)|(?:Also )?Present|Witness(?:es)?"
    r"|In attendance|Attendees|Apologies)\s*:",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(r"^(?:Sources?|Notes?):\s+\S")  # under a figure, a table or a box: its source
# a question from the floor and its answer, labelled: "Q (Cllr Ann Price, Northshire …): …", "A: …"
QA_LABEL = re.compile(  # and "Question from Jane Smith, Acme: …", "Question from the floor: …"
    r"^(?P<kind>Q|Question|A|Answer)(?:\s+\((?P<who>[^()]{2,80})\)|\s+from\s+(?P<sender>[^:]{2,80}))?:\s+(?=\S)"
)
ANSWER = re.compile(r"^(?P<kind>Response):\s+(?=\S)")  # a paragraph's label: "Response: Dr Grant said …"
# a count of answers: "Yes: 198 (63%)"
TALLY = re.compile(r"^[^:]{1,40}:\s+\d[\d,.]*%?(?:\s+\(\d[\d.]*%\))?$")
HEADING_MAX = 100
HEADING_WIDTH = 0.8  # a line running to near the usual width is wrapped text, not a heading
SESSION_YEARS = re.compile(r"\b\d{4}[–/-]\d{2}$")  # "Report of Session 2021–22": no note's mark
FULL_STOP = re.compile(r"[.!?][”’\"')\]]?$")  # a sentence's end; a name's "(Chair)" is none
# a sentence's end with a note's mark on it: "… at all.”3", "… a network”.5"
NOTED_END = re.compile(r"[^\W\d_][”’\"')]?[.!?][”’\"')]?\d{1,3}$")
SENTENCE_THEN_NEXT = re.compile(r"[.!?]\s+[A-Z]")  # a sentence ends inside a line and the next begins
SENTENCE_THEN_ANOTHER = re.compile(r"\b[a-z]{3,}[.!?] [A-Z][a-z]* [a-z]")  # "Thank you. Is the …": said
QUOTED_END = re.compile(r"[.!?][”’\"'](?: ?\d{1,3})?$")  # a quotation's end, a note's mark after: ".” 239"
# a sentence, then what it cites: "… adaptations. (Paragraph 3)"
CITED_END = re.compile(r"[.!?]\s*\([^()]*\)$")
SHORT_LINE = 0.6  # of the usual width: a line this short ends a block (a heading, a list's item)
PART_LABEL = re.compile(  # "Chapter 3:" alone, its title on the lines below (a title page)
    r"^(?:Chapter|Part|Section|Appendix|Annexe?|Schedule)\s+[A-Z0-9]{1,3}[:.]?$", re.IGNORECASE
)
LETTERED = re.compile(r"^\(?[a-z]\)?[.)]?\s+[A-Z]")
INTRODUCING = re.compile(r"[A-Z]?[a-z]+(?: [a-z]+){0,2}:")  # a sentence's last words, before a quotation
SPEAKER_IN_BRACKETS = re.compile(r"\((?P<name>(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'.-]*)\)\s*$")
TITLES = "|".join([*(h for h in HONORIFICS if h not in ("Mr", "Mrs", "Ms")), "Rt Hon", "Councillor", "Cllr"])
TITLED_SPEAKER = re.compile(rf"^(?P<name>(?:{TITLES})\s+(?:[A-Z][\w’'.-]*\s*){{1,3}}),\s+\S")
DISCUSSION = "Discussion"  # who speaks in an open discussion: many voices
# many voices: "Discussion", "Q&A", "Panel responses", "Workshop 1: …", "Key themes from the discussion"
OPEN_FLOOR = re.compile(
    r"^(?:the )?(?:(?:plenary|open|general|group|panel|roundtable|workshop|table) )?(?:discussions?|debate"
    r"|Q&A|questions (?:and|&) (?:answers|discussion|comments)|question (?:and|&) answer(?: session)?"
    r"|questions from the (?:floor|audience)|audience questions)\b"
    r"|^(?!(?:a |the )?(?:note|record|minute|report)s? )(?:[\w’'-]+ ){1,4}(?:from|of|in|raised in|during)"
    r" (?:the )?(?:[\w-]+ )?(?:discussions?|debate)$"  # not a "Note of discussion": what the paper is
    r"|^(?:panel|plenary)\b|^(?:workshop|breakout(?: session| group)?)s?(?:\s+\d{1,2})?\s*(?:[:.–—-]|$)",
    re.IGNORECASE,
)
# "Keynote: Dame Ann Smith", "Opening remarks – Sir Mark Walport, Government Chief Scientific
# Adviser", "Presentation by Professor Jo Lee (University of Leeds)", "Chair's introduction –
# Baroness Jane Hollis", "Presenter: Dr Maria Santos, Skills for Care": a speaking part and its speaker
SPEAKING_PART = (
    r"keynote(?:\s+(?:address|speech|presentation|speaker))?|present(?:ations?|ers?|ed)|panellist|discussant"
    r"|(?:opening|closing|welcome|main|lead|first|second|third|final)\s+"
    r"(?:remarks|address|speech|presentation|talk|lecture|contribution|speaker)"
    r"|remarks|response|respondent|address|speaker|(?:introductory|concluding)\s+remarks|vote of thanks"
    r"|(?:chair(?:man|woman|person)?['’]s\s+)?(?:introduction|welcome|summary|summing[- ]up)"  # "Chair's …"
)
DIFFERING = r"(?i:differing|minority|dissenting|separate|additional) (?i:views?|reports?|comments)"
HOLDER = r"[A-Z][\w’'.-]*(?:,? (?:(?:of|the|and|for) )*(?:[A-Z][\w’'.-]*|members|senators)){0,6}?"  # parties
VIEW_OF = re.compile(  # "New Zealand National Party differing view", "Dissenting report by Senator Rex …"
    rf"^(?:(?P<holder>{HOLDER})(?:['’]s?)? {DIFFERING}"
    rf"|{DIFFERING} (?:of|from|by) (?:the )?(?P<named>{HOLDER}))$"
)
LABELLED_SPEAKER = re.compile(  # "Keynote 2 – ..." too
    rf"^(?i:{SPEAKING_PART})(?:\s+(?:\d{{1,2}}|[IVX]{{1,4}}))?(?:\s+(?i:by)\s+|\s*[:–—-]\s*)"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*)\s*(?:[,(]|$)"
)
# "Session 2: ", and a section's own number: "3. Discussion", "2 Keynote: …"
SESSION = re.compile(
    r"^(?:(?i:session|part|item)\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.–—-]\s*|\d{1,2}\.?\s+(?=[A-Z]))"
)
PERSONS_NAME = rf"(?:The\s+)?(?:(?:{TITLES})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){{1,3}}"
# who wrote or said what is under a heading: "Rachel Adeyemi, Senior Economist, Northern Economic Forum"
NAME_AND_POST = re.compile(rf"^(?P<name>{PERSONS_NAME}),\s+(?P<post>\S.*)$")
LIST_ENTRY = re.compile(rf"^{PERSONS_NAME}(?:,\s+[^,]{{2,60}}){{0,3}}$")  # "Valerie Davey", "…, in the Chair"
# a title naming who spoke: "Opening statement by the Chair, Baroness Hallett", "Speech by Rachel Reeves"
SPOKEN_BY = re.compile(
    r"\b(?i:statement|speech|address|lecture|remarks)(?: (?:made|given|delivered))? by (?:the )?(?P<who>.+)$"
)
SPEAKER_WHERE = re.compile(rf"{PERSONS_NAME}(?=$| (?:at|on|in|to|during|for)\b)")  # "… John Swinney at the …"
BY_NAME = re.compile(rf"^By\s+(?P<name>{PERSONS_NAME})(?:,\s+\S.*)?$")  # "By Professor Ian Cole"
SPEAKER_HEADING_MAX = 70  # "Professor Alice Grant, Institute for Skills"; longer is a quotation's source
HONORIFIC = re.compile(rf"^(?:{'|'.join(HONORIFICS)}|Rt Hon|The Rt Hon)\b")


@dataclass
class Reading:
    """What a genre made of a document, and what it set aside: inspect's evidence."""

    genre: str
    reason: str
    document: Document
    front_matter: int = 0  # lines before the first unit
    back_matter: int = 0  # lines after the last one
    furniture: int = 0
    cells: int = 0  # table and figure lines set aside
    pull_quotes: int = 0  # lines of quotations printed again from the text, set aside
    reactions: int = 0  # lines recording only an audience's reaction ("[Applause]"), set aside
    column_pages: int = 0  # pages set in two columns side by side, read down each column
    headers: list[str] = field(default_factory=list)
    unattached_notes: list[int] = field(default_factory=list)

    @classmethod
    def of_layout(
        cls,
        genre: str,
        reason: str,
        document: Document,
        layout: Layout,
        lines: list[Line],
        body: tuple[int, int | None],
        *,
        unattached_notes: list[int] | None = None,
        front_lines: Collection[int] = (),
    ) -> Reading:
        """A reading of a document laid out by parsing.layout, with what the layout set aside
        and what the genre left outside its body (lines[start:end], end None for the last), or
        set aside as front matter within it (front_lines: a contents page under a summary)."""
        start, end = body
        inside = sum(1 for i in front_lines if i >= start and lines[i].text)
        return cls(
            genre,
            reason,
            document,
            front_matter=sum(1 for line in lines[:start] if line.text) + inside,
            back_matter=sum(1 for line in lines[end:] if line.text) if end is not None else 0,
            furniture=len(layout.furniture),
            cells=layout.cells,
            headers=layout.headers,
            unattached_notes=unattached_notes or [],
        )


def is_heading(
    lines: list[Line],
    i: int,
    width: int,
    after_short: bool = False,
    over_unit: bool = False,
    under_heading: bool = False,
) -> bool:
    """A short capitalised line that does not end as a sentence does, standing after a
    paragraph's end (or another heading; with after_short, any short line: a title page's
    lines with no blank line between them; under_heading, the line above however long, a
    heading the caller knows) and not continued by a lower-case line. Over a numbered unit's
    first line (over_unit), it may run to near the full width, as a speaker's heading does;
    directly over it, after a short line too: no wrapped text stands there."""
    text = lines[i].text
    lettered = LETTERED.match(text)  # "a. Introduction", a lettered sub-section
    longest = HEADING_MAX if over_unit else min(HEADING_MAX, width * HEADING_WIDTH)
    if not text or len(text) > longest or text.isdigit():
        return False
    # "18 July 2023", "June 2024", "INQ000205178", "Present: …", "Source: …", "Yes: 198", "A report
    # by the …", "CP 1100"
    if (
        only_a_date(text)
        or not re.search(r"\b[^\W\d_]{2,}\b", text)
        or LIST_LABEL.match(text)
        or ATTRIBUTION.match(text)
        or QA_LABEL.match(text)
        or TALLY.match(text)
        or CREDIT.match(text)
        or PAPER_NUMBER.fullmatch(text)
        or month_of(text)
    ):
        return False
    if not (text[0].isupper() or text[0].isdigit() or lettered):
        return False
    labelled = bool(PART_LABEL.match(text))
    if not labelled and (
        text.endswith((".", ",", ";", ":"))
        or SENTENCE_THEN_ANOTHER.search(text)  # "Thank you. Is the growth …?": said, not a heading
        or QUOTED_END.search(text)
        or CITED_END.search(text)
        or BULLET.match(text)
        or (re.search(r"[^\s\d]\d{1,3}$", text) and not SESSION_YEARS.search(text))  # a note's mark
    ):
        return False
    previous = lines[i - 1].text if i > 0 else ""
    directly_over = over_unit and i + 1 < len(lines) and bool(lines[i + 1].text)
    following = next((ln.text for ln in lines[i + 1 : i + 3] if ln.text), "")
    after_end = (
        not previous
        or ends_paragraph(previous, width)
        or previous.endswith((".", ":", "?"))
        or bool(CITED_END.search(previous))  # "… entities. (Recommendation 3)"
        or (bool(NOTED_END.search(previous)) and len(text) < width * SHORT_LINE)  # "… all.”3", "Chapter 2"
        or only_a_date(previous)  # a cover's date line is complete: "January 2023" over "Summary"
        or bool(month_of(previous))
        # as is its byline ("Chaired by …"), unless it ran on ("… by Command of His" over "Majesty")
        or bool(BYLINE.match(previous) and not _byline_runs_on(previous, text, width))
        or ((after_short or directly_over) and len(previous) < width * SHORT_LINE)
        or under_heading
    )
    # "… unions and the" over "Council."; "On 14 February 2023, the House of" over a line as long
    ran_on = following.endswith(".") or SENTENCE_THEN_NEXT.search(following)
    if ends_on_joining_word(text) and (ran_on or (", " in text and len(following) >= width * SHORT_LINE)):
        return False
    if previous and not ends_paragraph(previous, width) and INTRODUCING.fullmatch(following):
        return False  # a full line, then "The 2018/2019 … Departmental Risk" over "Register warned:"
    return after_end and (not following[:1].islower() or bool(LETTERED.match(following)))


def _byline_runs_on(byline: str, text: str, width: int) -> bool:
    """Whether a line is a full byline's last word or two, run on ("… by Command of His" over
    "Majesty"), not a heading or a paper's number ("GAO-24-107001") under a byline."""
    return no_room(byline, text, width) and a_few_words(text) and not re.search(r"\d", text)


def wraps_onto_lower_case(lines: list[Line], i: int, width: int) -> bool:
    """Whether line i is a heading in large type wrapped onto a few lower-case words that end
    its block ("Stress-testing the UK's pandemic preparedness" over "systems", then a blank
    line, a figure's caption or the next paragraph), which is_heading, seeing the lower case
    below, takes for a paragraph going on."""
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    below = lines[i + 2].text if i + 2 < len(lines) else ""
    # a numbered title, however full its line: "3 Business rates: …", "Session 1: …" over "began?"
    numbered = SESSION.match(lines[i].text) or re.match(r"\d{1,2}\.\d{1,2} [A-Z]", lines[i].text)
    session = numbered and not lines[i].text[:1].isdigit()  # its title may ask; "1. What is …?" is asked
    few = a_few_words(following.removesuffix("?") if session else following, HEADING_RUN_ON)
    if not (following[:1].islower() and few) or LETTERED.match(following) or below[:1].islower():
        return False  # "a. Introduction" is an item; lower case below, a sentence going on
    if len(lines[i].text) > width * HEADING_WIDTH and not numbered:
        return False
    whole = replace(lines[i], text=join_lines(lines[i].text, following))  # "… for whole-" over "system …"
    return is_heading([*lines[max(i - 1, 0) : i], whole], min(i, 1), width, over_unit=True)


def date_under(unit: Paragraph | None, lines: list[Line], last: int) -> str:
    """The date alone on a unit's last line, last (a paper's "March 2025" or "Brussels, 14 March
    2024." under its last paragraph, where it is signed off), as ISO: taken off the unit's
    text, which it is no part of; else ""."""
    signed = lines[last].text if unit is not None else ""
    # a place with it ("Brussels, 14 March 2024.") is a dateline under a sentence's end, no blank between
    placed = last > 0 and PLACE_BEFORE_DATE.match(signed) and lines[last - 1].text.endswith(".")
    dated = date_alone(signed) if signed and (stands_alone(lines, last) or placed) else ""
    if not (dated and unit is not None and unit.text.endswith(signed)):
        return ""
    unit.text = unit.text[: -len(signed)]
    return dated


def stands_alone(lines: list[Line], i: int) -> bool:
    """A line with blank lines above and below it: a heading of its own may run to near a
    narrow column's width."""
    return (i == 0 or not lines[i - 1].text) and (i + 1 == len(lines) or not lines[i + 1].text)


def title_goes_on(text: str, width: int) -> bool:
    """A heading's title wraps onto short lines that start in lower case."""
    return text[:1].islower() and len(text) < width * 0.7


def speaker_under(heading: str) -> str:
    """Who speaks under a heading: one it names; in an open discussion, "Discussion"; else
    the document's author ("")."""
    if OPEN_FLOOR.match(heading_core(heading)):
        return DISCUSSION
    return speaker_in_heading(heading)


def credited(heading: str, longest: int = SPEAKER_HEADING_MAX) -> str:
    """The name a heading credits with what is under it, by their post or body ("Rachel
    Adeyemi, Senior Economist, …", "Professor Ian Cole, University of Sheffield") or after "By";
    "" if it credits none ("Dudley Council, West Midlands" names a body)."""
    if len(heading) > longest:
        return ""
    found = NAME_AND_POST.match(heading)
    posted = found and (POST_WORD.match(found["post"]) or BODY_WORD.search(found["post"]))
    name = found["name"] if found and posted else by["name"] if (by := BY_NAME.match(heading)) else ""
    return "" if BODY_WORD.search(name) else name


def speaker_in_title(text: str) -> str:
    """The person a title or summary says spoke ("Opening statement by the Chair, Baroness
    Hallett", "Speech given by First Minister John Swinney at the Gathering …"): the words are
    theirs, whoever issued them; in capitals, as they are written."""
    said = SPOKEN_BY.search(out_of_capitals(text) if text.isupper() else text)
    parts = said["who"].split(", ") if said else []
    named = [
        found[0] for part in parts if (found := SPEAKER_WHERE.match(part)) and not BODY_WORD.search(found[0])
    ]
    return named[-1] if named else ""


def heading_core(heading: str) -> str:
    """A heading without the label of the session it opens: "Session 2: Panel discussion" is
    a panel discussion, "Part 1 – Keynote: Dame Ann Smith" a keynote, "3. Discussion" the
    discussion."""
    return SESSION.sub("", heading, count=1)


def speaker_in_heading(heading: str) -> str:
    """'Behaviour change (Professor Susan Michie)', 'Professor Susan Michie, University College
    London', 'Response: Anna Brown, Local Government Association' or 'Green Party differing
    view' names who spoke under it."""
    match = LABELLED_SPEAKER.match(heading_core(heading))
    if match:
        return match.group("name")
    if view := VIEW_OF.match(heading):  # a party's or a member's view apart from the committee's
        return re.sub(r"['’]s?$", "", view["holder"] or view["named"])
    match = SPEAKER_IN_BRACKETS.search(heading)
    if match and (HONORIFIC.match(match.group("name")) or len(match.group("name").split()) >= 2):
        return match.group("name")
    match = TITLED_SPEAKER.match(heading)
    short = len(heading) <= SPEAKER_HEADING_MAX and not any(c.isdigit() for c in heading)
    return match.group("name") if match and short else ""


def add_line(unit: Paragraph, text: str) -> None:
    """A body line onto its unit: bullets on lines of their own, wrapped lines joined."""
    if (BULLET.match(text) and text[:1] not in "-–") or text[:1] in "•●▪◦":
        item = BULLET.sub("", text, count=1).strip()
        unit.text = f"{unit.text}\n- {item}" if item else f"{unit.text}\n-"
    elif unit.text.endswith("\n-"):
        unit.text += " " + text
    else:
        unit.text = join_lines(unit.text, text)


def attach_notes(units: list[Paragraph], starts: list[int], notes: list[Note]) -> list[int]:
    """Give each footnote to the unit whose text carries its mark glued to a word ("oceans.3"),
    looking back from where the note stands (starts: each unit's first line); take the mark
    out of the text. Returns the numbers of notes no unit marks."""
    unattached = []
    for note in notes:
        mark = note_mark(note.number, note.bracketed)
        before = bisect.bisect_left(starts, note.source)
        first = 0 if note.bracketed or note.listed else _first_marking(units, before, note.page)
        for k in reversed(range(first, before)):
            unit = units[k]
            found = max(mark.finditer(unit.text), key=lambda m: m.start(), default=None)
            if found:
                start = found.start() - (unit.text[found.start() - 1 : found.start()] == " ")
                unit.text = unit.text[:start] + unit.text[found.end() :]
                unit.footnotes.append(Footnote(str(note.number), note.text))
                break
        else:
            unattached.append(note.number)
    for unit in units:
        unit.footnotes.sort(key=lambda f: int(f.mark) if f.mark.isdigit() else 0)
    return unattached


def _first_marking(units: list[Paragraph], before: int, page: int) -> int:
    """The earliest unit that may mark a note printed on a page, above the note's place
    (before): every unit on that page and the one running onto it, however many a figure's
    cells made there; at least the eight before it (all of them where pages are not known)."""
    first = max(0, before - 8)
    if units and page > units[0].page:
        while first > 0 and units[first].page >= page:
            first -= 1
    return first


def assign_themes(units: list[Paragraph], lexicon: list[Entry]) -> None:
    """The lexicon's themes a unit's text holds, after any its headings gave it; its section
    when none."""
    for unit in units:
        unit.themes += [t for t in themes_for(unit.text, lexicon) if t not in unit.themes]
        if not unit.themes:
            unit.themes.append(unit.section or "General")


def layout_lines(layout: Layout) -> list[Line]:
    """Body lines with runs of blank lines folded to one."""
    out: list[Line] = []
    for line in layout.lines:
        if line.text or (out and out[-1].text):
            out.append(line)
    return out
