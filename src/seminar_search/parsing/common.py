"""Pieces every genre assembles units from: the cover's metadata, headings, footnote marks,
themes, and the account of what was left out that `inspect` shows."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from seminar_search.lexicon import Entry, themes_for
from seminar_search.model import Document, Footnote, Paragraph
from seminar_search.names import HONORIFICS, POSTNOMINAL_WORDS
from seminar_search.parsing.footnotes import Note, note_mark
from seminar_search.parsing.layout import BULLET, Layout, Line, ends_paragraph, join_lines
from seminar_search.parsing.metadata import DATE, MONTHS, WEEKDAYS, iso_date, month_of, numeric_date
from seminar_search.parsing.numbering import CHAPTER

AUTHORS = (  # a line naming a body that issues reports, those that hold inquiries first
    re.compile(
        r"\b(?:Committee|Inquiry|Commission|Review|Ombudsman)$"
        r"|^(?:Select Committee|Subcommittee|Committee) (?:on|for) "  # "Committee on Energy and Commerce"
    ),
    re.compile(
        r"\b(?:Department|Government|Council|Office|Ministry|Authority|Agency|Association|Institute|Federation|Board"
        r"|Foundation|Network)$"  # a think tank: "Resolution Foundation", "New Local Government Network"
        r"|^(?:Department|Ministry|Office|Institute|Centre|Center|Foundation|Society) (?:for|of) "
    ),
)
PAPER_NUMBER = re.compile(r"(?:HC|HL(?: Paper)?|CP|Cm|Cmd|SG|NIA)\s?\d+(?:[-–/]\d+)?")  # "CP 1100"
NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "with", "&"})  # "Department for …"
POSTNOMINAL_SET = frozenset(POSTNOMINAL_WORDS.split("|"))
SMALL_WORDS = NAME_JOINERS | {"by", "to", "at", "an", "from"}  # in lower case inside a title or name
ISSUER = re.compile(
    r"^(?:House of (?:Lords|Commons)|(?:Commonwealth|Parliament|Government) of [A-Z].*"
    r"|.*\bReport of Session\b|HC \d+|CP ?\d+"
    r"|.*\b(?:Parliament|Assembly|Senedd)$|Official Report\b.*|\(Hansard\))",
    re.IGNORECASE,
)
# who wrote it: "Report by the …", "A briefing paper by the …", "Statement made by …"
WRITTEN_BY = (
    r"(?:[\w-]+ ){0,3}(?:report|paper|briefing|note|written|submitted|prepared|compiled|posted|made) by"
)
BYLINE = re.compile(rf"^(?:{WRITTEN_BY}|Presented to|Ordered by|Published|by )", re.IGNORECASE)
DATED_END = re.compile(
    rf"[\s,;:–—-]*(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+\d{{4}}$",
    re.IGNORECASE,
)
REPORTED_BY = re.compile(rf"^(?:{WRITTEN_BY}|By) (?:the )?(?P<author>\S.{{2,80}})$", re.IGNORECASE)
FIELD = re.compile(  # a form's field: "Witness Name: …", "Statement No.: WITN0123", "Dated: …"
    r"^(?:[A-Z][A-Za-z]*\s){0,2}(?:Name|No\.|Number|Date|Dated|Ref(?:erence)?|Exhibits?|URN):\s+\S"
)
TIME_OF_DAY = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"  # "2.30 pm", "10:15": a record's timing
# "Research Briefing", "Final report", "Policy paper": what a paper is, not its title
DOCUMENT_KIND = re.compile(
    r"(?:[A-Z][a-z]+ ){0,2}(?i:briefing|report|paper|note|review|submission|statement|summary)s?"
)
TITLE_FIELD = re.compile(r"^(?:Report )?(?:Title|Subject)\s*:\s*(?P<title>\S.{3,150})$", re.IGNORECASE)
OPENING_WORDS = 4  # a line of this many words ending in a colon opens the text, not a title
WORDED = re.compile(r"\b[^\W\d_]{2,}\b")  # a line with a word in it, not a code alone ("WITN01230100")
WITNESS = re.compile(r"^Witness(?:'s)? Name:\s*(?P<author>\S.{2,80})$", re.IGNORECASE)  # a statement's
LIST_LABEL = re.compile(
    r"^(?:Members present|(?:Also )?Present|Witnesses?|In attendance|Apologies)\s*:", re.IGNORECASE
)
HEADING_MAX = 100
HEADING_WIDTH = 0.8  # a line running to near the usual width is wrapped text, not a heading
SHORT_LINE = 0.6  # of the usual width: a line this short ends a block (a heading, a list's item)
PART_LABEL = re.compile(  # "Chapter 3:" alone, its title on the lines below (a title page)
    r"^(?:Chapter|Part|Section|Appendix|Annexe?|Schedule)\s+[A-Z0-9]{1,3}[:.]?$", re.IGNORECASE
)
LETTERED = re.compile(r"^\(?[a-z]\)?[.)]?\s+[A-Z]")
SPEAKER_IN_BRACKETS = re.compile(r"\((?P<name>(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'.-]*)\)\s*$")
TITLES = "|".join([*(h for h in HONORIFICS if h not in ("Mr", "Mrs", "Ms")), "Rt Hon"])
TITLED_SPEAKER = re.compile(rf"^(?P<name>(?:{TITLES})\s+(?:[A-Z][\w’'.-]*\s*){{1,3}}),\s+\S")
OPEN_FLOOR = re.compile(  # many voices: "Discussion", "Questions and answers", "Panel responses"
    r"^(?:(?:plenary|open|general|group|panel) )?(?:discussions?|debate|Q&A"
    r"|questions (?:and|&) (?:answers|discussion|comments)|questions from the floor)\b"
    r"|^panel\b",
    re.IGNORECASE,
)
# "Keynote: Dame Ann Smith", "Opening remarks – Sir Mark Walport, Government Chief Scientific
# Adviser", "Presentation by Professor Jo Lee (University of Leeds)": a speaking part and its speaker
SPEAKING_PART = (
    r"keynote(?:\s+(?:address|speech|presentation|speaker))?|presentations?"
    r"|(?:opening|closing|welcome)\s+(?:remarks|address|speech)"
    r"|remarks|response|respondent|address|speaker"
)
LABELLED_SPEAKER = re.compile(  # "Keynote 2 – ..." too
    rf"^(?i:{SPEAKING_PART})(?:\s+(?:\d{{1,2}}|[IVX]{{1,4}}))?(?:\s+(?i:by)\s+|\s*[:–—-]\s*)"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*)\s*(?:[,(]|$)"
)
SESSION = re.compile(r"^(?i:session|part|item)\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.–—-]\s*")  # "Session 2: "
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
    ) -> Reading:
        """A reading of a document laid out by parsing.layout, with what the layout set aside
        and what the genre left outside its body (lines[start:end], end None for the last)."""
        start, end = body
        return cls(
            genre,
            reason,
            document,
            front_matter=sum(1 for line in lines[:start] if line.text),
            back_matter=sum(1 for line in lines[end:] if line.text) if end is not None else 0,
            furniture=len(layout.furniture),
            cells=layout.cells,
            headers=layout.headers,
            unattached_notes=unattached_notes or [],
        )


def cover(lines: list[Line], until: int) -> Document:
    """Title, date and author from the lines before the first unit: the title is the first
    block of lines after those naming who issued it (a committee, an inquiry, a department,
    a House, a session's report number), and not a list ("Members present: …"), a form's
    fields ("Witness Name: …") or a code ("WITN01230100"), unless a field gives it ("Title: …");
    failing that, the line that bears the date, without it. The date is the first one printed,
    the author the first body that issues reports."""
    opening = [line.text for line in lines[:until]][:120]
    blocks: list[list[str]] = [[]]
    for text in opening:
        if text:
            blocks[-1].append(text)
        elif blocks[-1]:
            blocks.append([])
    title_lines: list[str] = []
    kind = ""  # "Research Briefing" over the title: the kind of paper, its title if nothing else is
    while blocks:
        printed = [t for k, t in enumerate(blocks[0]) if not k or t != blocks[0][k - 1]]  # a header over it
        del blocks[0]
        block = list(itertools.dropwhile(lambda t: not WORDED.search(t), filter(_unfielded, printed)))
        if block and LIST_LABEL.match(block[0]):
            continue
        bylined = list(itertools.dropwhile(_dated_or_byline, block))  # "Report by the …", a date over it
        heading = list(itertools.takewhile(_titling, bylined))[:6]
        rest = list(itertools.dropwhile(_issuer, heading))  # "Science and Technology Committee" above it
        if not rest:  # "House of Lords" over "Thursday 7 December 2023" over the title, no blank between
            after = itertools.dropwhile(lambda t: _issuer(t) or _dated_or_byline(t), bylined)
            heading = rest = list(itertools.takewhile(_titling, after))[:6]
        if rest and CHAPTER.match(rest[0]):  # "Chapter 1: Housing": the body has begun
            break
        if not rest or all(map(month_of, rest)):  # "September 2022" alone dates the paper
            continue
        if not kind and rest[0] == heading[0] and DOCUMENT_KIND.fullmatch(rest[0]):  # the title may follow
            kind = rest[0]
            blocks.insert(0, block[block.index(rest[0]) + 1 :])
            continue
        titled = list(itertools.takewhile(lambda t: not (_issuer(t) or month_of(t)), rest))
        title_lines = titled if len(" ".join(titled)) >= 25 else heading
        break
    title_lines = title_lines or [kind]
    found = next((m for text in opening if (m := DATE.search(text))), None)
    fielded = next((m.group("title") for text in opening if (m := TITLE_FIELD.match(text))), "")
    title = fielded or " ".join(title_lines).strip() or _undated(found)
    month = next((found_month for text in opening if (found_month := month_of(text))), "")
    day = next((found_day for text in opening if (found_day := numeric_date(text))), "")
    author = _author(opening)
    return Document(
        id="",
        title=title,
        date=iso_date(found) if found else month or day,
        author=author,
        organisation=author,
    )


def _dated_or_byline(text: str) -> bool:
    return bool(DATE.search(text) or BYLINE.match(text))


def _unfielded(text: str) -> bool:
    return not FIELD.match(text)


def _titling(text: str) -> bool:
    """A line that may go on a title: no date, time or byline, no sentence opening what follows
    ("I, Angela Brown, will say as follows:", where "Module 1:" is a title's label)."""
    opens = text.endswith(":") and len(text.split()) >= OPENING_WORDS
    return not (DATE.search(text) or BYLINE.match(text) or opens or re.fullmatch(TIME_OF_DAY, text))


def _author(opening: list[str]) -> str:
    """Who issued the report: the witness a statement names; a committee, inquiry or commission
    named on its cover (a date after the name aside); else the office its byline names
    ("Report by the Comptroller and Auditor General"), since a department named on an audit's
    cover is its subject; else a department or agency."""
    named = [  # "…: evidence to the X Committee" is a title; "X Council, March 2010" names X
        DATED_END.sub("", t) for t in opening if len(t) < 90 and ": " not in t
    ]
    inquiring, issuing = (next((_cased(t) for t in named if p.search(_cased(t))), "") for p in AUTHORS)
    byline = next((m.group("author") for t in opening if (m := REPORTED_BY.match(t))), "")
    byline = DATED_END.sub("", byline)  # "Posted by Priya Shah — 4 October 2022", "…, January 2024"
    witness = next((m.group("author") for t in opening if (m := WITNESS.match(t))), "")
    return witness or inquiring or byline or issuing


def _undated(found: re.Match[str] | None) -> str:
    """The line bearing the date, without it ("Oral evidence: Libraries, 3 March 2021"), its
    weekday too ("… held in public on Thursday 5 October 2023 at County Hall")."""
    if found is None:
        return ""
    before = re.sub(
        rf"(?:\bon\s+)?(?:\b(?:{'|'.join(WEEKDAYS)}),?\s+)?$", "", found.string[: found.start()], flags=re.I
    )
    return " ".join((before + found.string[found.end() :]).split()).strip(" ,;:–-")


def _issuer(text: str) -> bool:
    """A line naming who issues the document: "Science and Technology Committee", "HC 245";
    a name's words, not a title's that ends with one ("Decision on a complaint about
    Northshire County Council")."""
    named = len(text) < 60 and all(w[:1].isupper() or w in NAME_JOINERS for w in text.split())
    return bool(ISSUER.match(text) or (named and any(p.search(_cased(text)) for p in AUTHORS)))


def _cased(text: str) -> str:
    """A name set in capitals as it is written: "POST OFFICE HORIZON IT INQUIRY"."""
    return out_of_capitals(text) if text.isupper() else text


def out_of_capitals(text: str) -> str:
    """Words set in capitals as they are written: "COMMITTEE ON ENERGY AND COMMERCE" as
    "Committee on Energy and Commerce", "McMORRIS RODGERS" as "McMorris Rodgers"."""

    def written(word: re.Match[str]) -> str:
        prefix, initial, rest = word.groups()
        if word.group(0) in POSTNOMINAL_SET:  # "JOHN SMITH MP": letters after a name stay so
            return word.group(0)
        cased = f"{prefix or ''}{initial}{rest.lower()}"
        return cased.lower() if word.start() and cased.lower() in SMALL_WORDS else cased

    return re.sub(r"\b(Mc|Mac|O’|O')?([A-Z])([A-Z’']+)\b", written, text)


def is_heading(lines: list[Line], i: int, width: int, after_short: bool = False) -> bool:
    """A short capitalised line that does not end as a sentence does, standing after a
    paragraph's end (or another heading; with after_short, any short line: a title page's
    lines with no blank line between them) and not continued by a lower-case line."""
    text = lines[i].text
    lettered = LETTERED.match(text)  # "a. Introduction", a lettered sub-section
    if not text or len(text) > min(HEADING_MAX, width * HEADING_WIDTH) or text.isdigit():
        return False
    if (
        _only_a_date(text)
        or not re.search(r"\b[^\W\d_]{2,}\b", text)
        or LIST_LABEL.match(text)
        or PAPER_NUMBER.fullmatch(text)
        or month_of(text)
    ):  # "18 July 2023", "June 2024", "INQ000205178", "Present: …", "CP 1100": a date, a code, a list
        return False
    if not (text[0].isupper() or text[0].isdigit() or lettered):
        return False
    labelled = bool(PART_LABEL.match(text))
    if not labelled and (
        text.endswith((".", ",", ";", ":")) or BULLET.match(text) or re.search(r"[^\s\d]\d{1,3}$", text)
    ):
        return False
    previous = lines[i - 1].text if i > 0 else ""
    following = next((ln.text for ln in lines[i + 1 : i + 3] if ln.text), "")
    after_end = (
        not previous
        or ends_paragraph(previous, width)
        or previous.endswith((".", ":", "?"))
        or (after_short and len(previous) < width * SHORT_LINE)
    )
    return after_end and (not following[:1].islower() or bool(LETTERED.match(following)))


def _only_a_date(text: str) -> bool:
    """A line that only dates: "18 July 2023", "Tuesday 9 April 2024"."""
    found = DATE.search(text)
    if found is None:
        return False
    others = (text[: found.start()] + text[found.end() :]).replace(",", " ").split()
    return all(word.lower() in WEEKDAYS for word in others)


def title_goes_on(text: str, width: int) -> bool:
    """A heading's title wraps onto short lines that start in lower case."""
    return text[:1].islower() and len(text) < width * 0.7


def speaker_under(heading: str) -> str:
    """Who speaks under a heading: one it names; in an open discussion, "Discussion"; else
    the document's author ("")."""
    if OPEN_FLOOR.match(heading_core(heading)):
        return "Discussion"
    return speaker_in_heading(heading)


def heading_core(heading: str) -> str:
    """A heading without the label of the session it opens: "Session 2: Panel discussion" is
    a panel discussion, "Part 1 – Keynote: Dame Ann Smith" a keynote."""
    return SESSION.sub("", heading, count=1)


def speaker_in_heading(heading: str) -> str:
    """'Behaviour change (Professor Susan Michie)', 'Professor Susan Michie, University College
    London' or 'Response: Anna Brown, Local Government Association' names who spoke under it."""
    match = LABELLED_SPEAKER.match(heading_core(heading))
    if match:
        return match.group("name")
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
        first = 0 if note.bracketed else _first_marking(units, before, note.page)  # "[3]": endnotes too
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
