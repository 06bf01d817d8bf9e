"""A report's opening lines: title, event and date, subtitle, and the first heading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from seminar_search.parsing.measure import usual_width

TIME_OF_DAY = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"  # "2.30 pm", "10:15": a record's timing

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
YEAR_CUT = re.compile(rf"\b\d{{1,2}} (?:{MONTHS})$")  # a line ending on a date whose year goes onto the next
DATE = re.compile(  # "18 May 2010", as American records print it "March 12, 2024"; "18/05/2010", "2010-05-18"
    rf"\b(?:(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTHS})"
    rf"|(?P<month_first>{MONTHS})\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<year>\d{{4}})"
    r"|(?P<figures_day>\d{1,2})(?P<stop>[/.])(?P<figures_month>\d{1,2})(?P=stop)(?P<figures_year>\d{4})"
    r"|(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2}))\b",
    re.IGNORECASE,
)
MONTH_YEAR = re.compile(  # "June 2024", "Published June 2024", "CP 512   June 2024" (its paper's number)
    rf"^(?:(?:Published|Presented|Laid|Printed|Issued)\b.*?\s+|.*[,–—]\s+|(?:CP|Cm|HC|HL|SG)\s?\d+\s+)?"
    rf"({MONTHS})\s+(\d{{4}})$",
    re.IGNORECASE,
)
AUTHORS = (  # a line naming a body that issues reports, those that hold inquiries first
    re.compile(
        r"\b(?:Committee|Inquiry|Commission|Review|Ombudsman)$"
        # "Committee on …", "Standing Senate Committee on …", "Joint Oireachtas Committee on …"
        r"|^(?:The )?(?:(?:Select|Joint|Standing)(?: [A-Z]\w+)? Committee|Subcommittee|Committee) (?:on|for) "
        r"|^(?:Citizens['’]?|Climate|People['’]s) (?:Assembly|Jury|Panel)\b"  # "Climate Assembly Northshire"
        r"|^(?:The )?Independent (?:Review|Inquiry|Commission)\b"  # "Independent Review of Children's …"
    ),
    re.compile(
        r"\b(?:Department|Government|Council|Office|Ministry|Authority|Agency|Association|Institute|Federation|Board"
        r"|Foundation|Network|Forum|Partnership|Trust|Alliance|Centre|Panel|Group"
        r"|Parliament)$"  # "Youth Panel", "European Parliament"
        r"|^(?:The )?(?:Department|Ministry|Office|Institute|Centre|Center|Foundation|Society|Council)"
        r" (?:for|of) "
        r"|^(?:(?:London|Royal|Metropolitan) )?(?:Borough|City|County|District) (?:Council )?of [A-Z]"
        r"|^(?:All-Party Parliamentary |Parliamentary )?(?:Group|Commission|Taskforce) (?:on|for) "  # an APPG
    ),
)
# "Research Briefing", "Speech", "The 2023 Beveridge Lecture", "POSTNOTE", "A consultation paper", and
# numbered in its series: "Working Paper 2023/07"
DOCUMENT_KIND = re.compile(
    r"(?:An? (?:[a-z]+ ){0,2}|(?:The )?(?:\d{4} )?(?:[A-Z][a-z]+ |[A-Z]{2,} ){0,2}(?:[A-Z]{2,5})?)"
    r"(?i:briefing|report|paper|note|review|submission|statement|summary|hearing|evidence|transcript|speech"
    r"|lecture|podcast|webinar|opinion|outcome|consultation|pack|debate|communiqu[eé]|texts? adopted"
    r"|write-?up|read-?out)s?"
    r"(?: (?:No\. ?)?\d[\d/.-]*)?"
)
SEPARATORS = " –—-:,"
WRAPPED = 0.8  # of a full line's width: a cover line this long went on to the next
PUBLISHED_BEFORE = re.compile(r"\bpublished(?: on)?\s*$", re.IGNORECASE)  # "… and published 10 December 2024"
VENUE = re.compile(r"^(?:Held|Hosted|Convened|Took place)\b", re.IGNORECASE)  # "Held at …, 14 March 2012"
PLACE_FIELD = re.compile(r"^(?:Meeting )?(?:Venue|Location|Place|Time)\s*:\s+\S")  # "Location: Room 30"
PLACE_ONLY = re.compile(r"^(?:Held|Hosted|Convened|Took place) (?:at|in)\b", re.IGNORECASE)  # not who held it
PLACE_BEFORE_DATE = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2},\s*")  # a place, not an event
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# who wrote it: "Report by the …", "A briefing paper by the …", "Statement made by …", "Note of a
# roundtable held by …", "Lecture delivered by …", "Edited by …"
WRITTEN_BY = (
    r"(?:[\w-]+ ){0,4}(?:report|paper|briefing|note|written|submitted|prepared|compiled|posted|made"
    r"|hosted|held|convened|organised|organized|delivered|edited) by"
)
# to whom: "Report to the Chairman, Committee on …", "Testimony Before the Subcommittee on …"
ADDRESSEE = re.compile(
    r"^(?:Reports? to (?:the )?(?:Chair|Ranking|Congressional|Committee|Subcommittee|Secretary|Minister"
    r"|President)|Testimony Before the )"
)
DELIVERY_NOTE = re.compile(  # over a speech's or a statement's text: the cover's
    r"^[\[(*]*(?:Check against delivery|(?:Embargoed|Under embargo) until\b.*|(?:Text |Speech )?as delivered"
    r"|For release on delivery|Expected at \d.*"
    r"|Finished file|Rough (?:edited )?(?:copy|draft)|(?:Raw|Unedited) transcript)\W*$",  # a captioner's
    re.IGNORECASE,
)
# a cover's line that credits, not titles: who wrote it, who chaired or hosted the event, who printed it
BYLINE = re.compile(  # "Statement of Alicia Cackley, Director, …": a witness's, the name then the post
    rf"^(?:{WRITTEN_BY}|(?:Chaired|Hosted|Convened) by |As reported from |Presented to|Ordered by"
    r"|Published|by |(?-i:(?:Statement|Testimony) of (?=(?:[A-Z][\w.’'-]+ ){1,4}[A-Z][\w.’'-]+,)))",
    re.IGNORECASE,
)

# a web page's field over its text, its value on the line or the next: "Published: 14 March 2024", "From:"
PAGE_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}:(?:\s+(?P<value>\S.*))?$")
TABLED_LABEL = re.compile(r"^(?:TITLE|DATE|BY|SUBJECT)$")  # a statement's table, its label over its value
FIELD_WORDS = 16  # a field's value is no longer than this; a sentence after a label may be
CREDIT = re.compile(rf"^{WRITTEN_BY}\s+(?:the\s+)?(?P<name>[^,]+?)(?:,\s*(?P<role>[^,]+))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Metadata:
    """What the opening lines say, and where the body starts (the line after them)."""

    title: str = ""
    event: str = ""
    event_line: str = ""
    date: str = ""
    date_text: str = ""  # the date as printed
    subtitle: str = ""
    body_start: int = 0
    publisher: str = ""  # a body named over the title: "Centre for Public Service Leadership"
    below_date: tuple[str, ...] = ()  # the lines between the date and the first paragraph


def read_metadata(lines: list[str], first_paragraph: int) -> Metadata:
    """Read the lines before the first numbered paragraph.

    The first is the title (but where it names a body that publishes and more follow, it is
    the publisher, and the title the next that names no kind of paper, "Seminar report"), and
    the first carrying a date is the event line ("Policy Seminar One – 18 May 2010"; where it
    comes first, the title is the line after it); where that line only dates ("Held on 4 March
    2011"), the event is the line above it, unless that is the title; so where it says where
    the event was held ("Held at the Institute for Government, London, 14 March 2012",
    "Westminster, 14 November 2023"). Of the lines after it, the first is the subtitle when
    more follow, the rest headings over the opening paragraphs. A page's number is none of
    them. Lines a narrow column wrapped are read whole.
    """
    unwrapped = _unwrapped(lines[:first_paragraph], usual_width(lines))
    opening = [text for line in unwrapped if (text := line.strip()) and not text.isdigit()]
    if not opening:
        return Metadata(body_start=first_paragraph)
    dated = next((i for i, line in enumerate(opening) if DATE.search(line)), None)
    published = dated != 1 and len(opening) > 2 and bool(AUTHORS[1].search(opening[0]))
    event_line, event, date, date_text = "", "", "", ""
    if dated is not None and (dated > 0 or len(opening) > 1):
        event_line = opening[dated]
        found = DATE.search(event_line)
        assert found is not None
        event = (event_line[: found.start()] + event_line[found.end() :]).strip(SEPARATORS)
        before, after_date = event_line[: found.start()], event_line[found.end() :]
        placed = PLACE_BEFORE_DATE.fullmatch(before) and not after_date.strip(
            SEPARATORS
        )  # "Westminster, 14 …"
        if dated > 1 and (only_dates(before, after_date) or VENUE.match(event_line) or placed):
            event = opening[dated - 1]
        elif PLACE_ONLY.match(event_line):  # "Held at …, 14 March 2013" under the title: where, no event
            event = ""
        date, date_text = iso_date(found), found.group(0)
    # "Policy Seminar Four – 9 February 2011" over the title: the event leads, the title follows it
    leads = dated == 0 and bool(event) and not DOCUMENT_KIND.fullmatch(opening[1])
    after = opening[(dated if dated else 0) + 1 + leads :]
    subtitle = after[0] if len(after) >= 2 else ""
    titles = [text for text in opening[1:dated] if not DOCUMENT_KIND.fullmatch(text)] if published else []
    # "Roundtable note" over "The future of adult social care funding": the kind, then the title
    kind_first = not titles and (dated or 0) > 1 and bool(DOCUMENT_KIND.fullmatch(opening[0]))
    return Metadata(
        title=opening[1] if leads or kind_first else titles[0] if titles else opening[0],
        event=event,
        event_line=event_line,
        date=date,
        date_text=date_text,
        subtitle=subtitle,
        body_start=first_paragraph,
        publisher=opening[0] if titles else "",
        below_date=tuple(after),
    )


def _unwrapped(lines: list[str], width: int) -> list[str]:
    """The lines, those a narrow column wrapped joined again: one that completes a date ("Held
    at the Institute …, 14" over "March 2012"), or, where blank lines show the cover's blocks,
    one after a line that ran the column's full width within its block ("Seminar Five: Housing
    and the Care of Older" over "People"; not after a line ending in its date, nor the line
    saying where the event was held; with no blank lines, a title's line may stand over the
    next heading's), or one going on in lower case ("… – Changing" over "professional
    practices", a title in large type)."""
    blocks_shown = any(not line.strip() for line in lines[1:-1])
    full = WRAPPED * width if blocks_shown else float("inf")
    joined: list[str] = []
    last = ""  # the line above, as printed: a line it ran on to is no fuller than itself
    for line in lines:
        before = joined[-1].strip() if joined else ""
        if before and line.strip():
            both = f"{before} {line.strip()}"
            dated = DATE.search(both) and not DATE.search(before) and not DATE.search(line)
            ran_on = line.strip()[:1].islower() and before[-1:].isalpha()  # a title in large type, wrapped
            ended = before.endswith((".", ":")) or _ends_dated(before)  # "…, London, 9 November 2011"
            if dated or ran_on or (len(last) >= full and not ended and not VENUE.match(line.strip())):
                joined[-1], last = both, line.strip()
                continue
        joined.append(line)
        last = line.strip()
    return joined


def date_in(line: str) -> re.Match[str] | None:
    """The date a line gives: its first, or the one it says the paper was published on
    ("Ordered to be printed 3 December 2024 and published 10 December 2024")."""
    dates = list(DATE.finditer(line))
    published = [found for found in dates if PUBLISHED_BEFORE.search(line[: found.start()])]
    return next(iter(published or dates), None)


def _ends_dated(line: str) -> bool:
    return any(found.end() == len(line) for found in DATE.finditer(line))


def only_dates(before: str, after: str) -> bool:
    """Whether a dated line names nothing but the date: nothing after it, and before it nothing
    ("Tuesday 4 March 2011"), a label ("Date:"), or a lower-case phrase under one capital ("Held
    on")."""
    if after.strip(SEPARATORS + "."):
        return False
    words = [word for word in before.strip(SEPARATORS).split() if word.strip(",").lower() not in WEEKDAYS]
    if not words or before.rstrip().endswith(":"):
        return True
    return all(word.islower() for word in words[1:]) and len(words) > 1


def iso_date(found: re.Match[str]) -> str:
    try:
        written = next((kind for kind in ("figures", "iso") if found[f"{kind}_year"]), "")
        if written:  # in figures: day first, as in the UK, or as ISO writes it
            figures = [int(found[f"{written}_{part}"]) for part in ("year", "month", "day")]
            return datetime(figures[0], figures[1], figures[2]).date().isoformat()
        day = found.group("day") or found.group("day_after")
        month, year = found.group("month") or found.group("month_first"), found.group("year")
        return datetime.strptime(f"{day} {month.title()} {year}", "%d %B %Y").date().isoformat()
    except ValueError:
        return ""


def month_of(line: str) -> str:
    """'January 2026' standing alone on a cover line, or closing it ("Report of the Task and
    Finish Group, March 2024"), as '2026-01'."""
    found = MONTH_YEAR.match(line.strip())
    if not found:
        return ""
    return datetime.strptime(f"{found.group(1).title()} {found.group(2)}", "%B %Y").strftime("%Y-%m")


def labels_joined(opening: list[str]) -> list[str]:
    """The cover's lines, a page's field whose label stands alone ("From:" over "Cabinet Office",
    a blank line between them or none) on one line with its value, as are the sources a page is
    from wrapped on to a line of a word or two ("From: … and Luke" over "Hall MP"), and a field
    wrapped inside its bracket ("Made by: Bridget Phillipson (Secretary of State for" over
    "Education)")."""
    joined: list[str] = []
    for text in opening:
        label = next((k for k in range(len(joined) - 1, -1, -1) if joined[k]), None)  # blank lines between
        sources = bool(joined) and joined[-1].startswith("From: ")  # just above, no blank line between
        wrapped = sources and len(text.split()) <= 2 and not PAGE_FIELD.match(text)
        opened = (
            bool(joined) and PAGE_FIELD.match(joined[-1]) and joined[-1].count("(") > joined[-1].count(")")
        )
        if text and opened and text.endswith(")") and "(" not in text:
            joined[-1] = f"{joined[-1]} {text}"
        elif text and label is not None and (_label_alone(joined[label]) or wrapped):
            named = f"{joined[label].capitalize()}:" if TABLED_LABEL.match(joined[label]) else joined[label]
            joined[label:] = [f"{named} {text}"]  # "TITLE" over the title, a statement's table: "Title: …"
        else:
            joined.append(text)
    return joined


def page_field(lines: list[str], k: int) -> bool:
    """Whether line k is a web page's field ("Published: 14 March 2024", "Location:") or the
    value under a label alone ("From:" over "Cabinet Office"): the page's, not its text's."""
    if _label_alone(lines[k]):
        return True
    label = next((text for text in reversed(lines[:k]) if text), "")
    found = PAGE_FIELD.match(lines[k])
    value = found["value"] if found else lines[k] if _label_alone(label) else ""
    return bool(value) and len(value.split()) <= FIELD_WORDS


def _label_alone(text: str) -> bool:
    found = PAGE_FIELD.match(text)
    return bool(found and found["value"] is None) or bool(TABLED_LABEL.match(text))


def date_alone(text: str) -> str:
    """The date a line gives that only dates ("March 2025", "18 July 2023", "12/03/2025"), a
    place before it or not ("Brussels, 14 March 2024."), as ISO; "" for any other line."""
    if placed := PLACE_BEFORE_DATE.match(text):
        text = text[placed.end() :].removesuffix(".")
    found = DATE.search(text)
    return month_of(text) or (iso_date(found) if found and only_a_date(text) else "")


def only_a_date(text: str) -> bool:
    """A line that only dates: "18 July 2023", "Tuesday 9 April 2024" (not "March 2025")."""
    found = DATE.search(text)
    if found is None:
        return False
    others = (text[: found.start()] + text[found.end() :]).replace(",", " ").split()
    return all(word.lower() in WEEKDAYS for word in others)


def undated(found: re.Match[str] | None, placed: bool = True) -> str:
    """The line bearing the date, without it ("Oral evidence: Libraries, 3 March 2021"), its
    weekday and hours too ("… held in public on Thursday 5 October 2023 at 10:00 at County Hall",
    "…, 10:00-12:00, by video call"), and "held" left hanging before it; without what follows
    the date for a meeting's line, unless placed (the hour and the place)."""
    if found is None:
        return ""
    weekday = rf"(?:\b(?:{'|'.join(WEEKDAYS)}),?\s+)?"
    before = re.sub(rf"(?:\bheld\s+)?(?:\bon\s+)?{weekday}$", "", found.string[: found.start()], flags=re.I)
    hours = rf"^,?\s*(?:at\s+)?{TIME_OF_DAY}(?:\s*[–-]\s*{TIME_OF_DAY})?\b"
    after = re.sub(hours, "", found.string[found.end() :], flags=re.I) if placed else ""
    return " ".join((before.rstrip() + after).split()).strip(" ,;:–-")
