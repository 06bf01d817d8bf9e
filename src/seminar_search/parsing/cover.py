"""A document's cover: its title, date and author, read from the lines before its first unit."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from seminar_search.lexicon import words
from seminar_search.model import Document
from seminar_search.names import PERSON, POST_WORD, a_name, only_people, person_among
from seminar_search.parsing.bilingual import body_words, without_translations
from seminar_search.parsing.common import HEADING_MAX, LIST_ENTRY, LIST_LABEL, PART_LABEL, credited
from seminar_search.parsing.cover_lines import joined, kind_below, meeting_date
from seminar_search.parsing.issuers import (
    BEFORE_ISSUER,
    ISSUER_MAX,
    before_a_name,
    cased,
    header_issuer,
    issuer,
    issuer_over_kind,
    unwrapped,
    without_addressees,
    without_kind,
)
from seminar_search.parsing.layout import SENTENCE_END, Line
from seminar_search.parsing.letters import SALUTATION, addressed, letter_subject, sender, text_blocks
from seminar_search.parsing.measure import usual_width
from seminar_search.parsing.metadata import (
    ADDRESSEE,
    AUTHORS,
    BYLINE,
    DATE,
    DELIVERY_NOTE,
    DOCUMENT_KIND,
    MONTHS,
    TIME_OF_DAY,
    WRITTEN_BY,
    date_in,
    iso_date,
    labels_joined,
    month_of,
    undated,
)
from seminar_search.parsing.numbering import CHAPTER, CONTENTS
from seminar_search.parsing.respondents import presenter
from seminar_search.parsing.voices import SPEAKERS_FIELD
from seminar_search.parsing.wrapping import run_on

ABOUT = re.compile(r"^About (?:the )?(?=[A-Z])")  # a heading over who wrote it: "About the LGA"
DATED_END = re.compile(
    rf"[\s,;:–—-]*(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+\d{{4}}$",
    re.IGNORECASE,
)
YEARS = re.compile(r"(?:19|20)\d\d\s?[–-]\s?(?:19|20)?\d\d")  # "2019-2024": a term, a session
SESSION = re.compile(  # "Seventy-fifth session", "Session 2023–24": when, as a date says, no title
    r"(?:(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+)?[Ss]ession(?:\s+\d{4}(?:[–-]\d{2,4})?)?"
    r"|(?i:\d{1,3}(?:st|nd|rd|th) (?:session|parliament)|number \d{1,4})"  # Canada's "43rd PARLIAMENT"
)
REPORTED_BY = re.compile(  # "As reported from the Primary Production Committee": a bill's, by its committee
    rf"^(?:{WRITTEN_BY}|By|As reported from) (?:the )?(?!Command of )(?P<author>\S.{{2,80}})$", re.IGNORECASE
)  # "by Command of His Majesty", a command paper's presentation wrapped onto its own line, names no one
FIELD = re.compile(  # a form's field: "Witness Name: …", "Statement No.: WITN0123", "Rapporteur: …"
    r"^(?:[A-Z][A-Za-z]*\s){0,2}(?:Name|No\.|Number|Date|Dated|Ref(?:erence)?|Exhibits?|URN|Rapporteur):\s+\S"
)
SHOW = re.compile(r"^(?P<show>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,3}) (?:podcast|webinar series)$")
TITLED = re.compile(r"\b(?:Inquiry|Review|Commission)(?: (?:of|into|on) .+)?$", re.I)  # its name: a title
EVIDENCE_CODE = re.compile(r"\s*\([A-Z]{2,5}\d{2,5}\)$")  # a committee's number for a submission
PROSE_WORDS = 15  # a block this long that ends a sentence is text, no title
BODY_OPENING = re.compile(  # "Introduction", "1 Introduction"; a chapter's "1. Welcome and apologies"
    r"(?:\d\d?\.?\s+)?(?i:(?:executive )?summary|foreword|introduction|key (?:finding|message)s)$"
    r"|\d\d?\.\s+[A-Z]"
)
AUTHOR_FIELD = re.compile(  # "Author: Priya Shah, Head of Resident Involvement": its writer, the body's paper
    r"^(?:Report )?(?:Authors?|Written by|Prepared by|Made by|By)\s*:\s*(?P<name>[^,;(]{3,60}[^,;(\s])",
    re.IGNORECASE,
)
TITLE_FIELD = re.compile(r"^(?:Report )?(?:Title|Subject)\s*:\s*(?P<title>\S.{3,150})$", re.IGNORECASE)
GENERIC_WORDS = re.compile(
    r"\b(?:final|interim|report|volume|vol|part|book|module|no|number|[ivx]+|\d+)\b", re.I
)
HEADER_WORDS = 3  # a running header that shortens the title shares its first words
BILL_STAGE = re.compile(  # a bill's stage in Parliament, the day of it too: "Committee (3rd Day)"
    r"(?:(?:Second|Third) Reading|Committee|Grand Committee|Report|Consideration of Amendments)"
    r"(?: \(\d{1,2}(?:st|nd|rd|th) Day\))?"
)
NUMBERED_PART = re.compile(r"^(?:\d|(?:Part|Chapter|Section) \w)")  # "1 Funding for …", "Part One …"
KICKER_WORDS = 4  # a title in capitals this short, a subtitle under it ("FEDERAL GRANTS")
OPENING_WORDS = 4  # a line of this many words ending in a colon opens the text, not a title
# "Number CBP 9912", "Number CDP-2023-0147"; "GAO-24-105123", "P9_TA(2024)0123": capitals, digits, marks
PAPER_CODE = re.compile(
    r"[A-Z]{2,6}\d{1,8}|(?:Number|No\.)\s+(?:[A-Z]{2,6}[\s-]?)?\d{1,8}(?:[-/]\d{1,8})?|(?=\S*\d)[A-Z0-9]+(?:[-_()/.]+[A-Z0-9]+)+\)?"
)
WORDED = re.compile(r"\b[^\W\d_]{2,}\b")  # a line with a word in it, not a code alone ("WITN01230100")
LISTED_BELOW = re.compile(rf"{CONTENTS.pattern}|^Agenda$", re.IGNORECASE)  # headings over lists, no title
WITNESS = re.compile(r"^Witness(?:'s)? Name:\s*(?P<author>\S.{2,80})$", re.IGNORECASE)  # a statement's
DELIVERED = re.compile(r"^Delivered on\b", re.IGNORECASE)  # a speech, published days after
SENT_FROM = re.compile(r"^From:\s+(?P<sources>\S.{2,150})$")  # "From: Cabinet Office and The Rt Hon …"
RESPONDING = re.compile(  # "Response from the X Network to …", "Closing submissions on behalf of …"
    r"^(?:(?:A|The|Our) )?(?i:(?:(?:opening|closing|written|oral) )?(?:(?:response|submission|evidence"
    r"|letter)s? (?:from|of|by|on behalf of)|statements? on behalf of) (?:the )?)(?P<author>[A-Z][^,:;]*?)"
    r"(?=,|:| to\b| on\b|$)"  # a name runs on past "for": "Institute for Government"
)


def cover(lines: list[Line], until: int, headers: Collection[str] = ()) -> Document:
    """Title, date and author from the lines before the first unit: the title is the first
    block of lines after those naming who issued it (a committee, an inquiry, a department,
    a House, a session's report number), and not a list ("Members present: …"), a form's
    fields ("Witness Name: …") or a code ("WITN01230100"), unless a field gives it ("Title: …");
    failing that, the line that bears the date, without it. The date is the first one printed,
    the author the first body that issues reports. A block that is only the running header
    (headers, in lower case) gives way to the title it shortens, in the block after it. A
    letter ("Dear Clive,") is titled by its subject line, or not at all: the addresses over it
    are no title, and its author is not the chair it is addressed to."""
    opening = unwrapped([line.text for line in lines[:until]][:120], usual_width([ln.text for ln in lines]))
    opening = labels_joined(opening)
    salutation = next((i for i, text in enumerate(opening) if SALUTATION.match(text)), None)
    subject = ""
    titling = opening
    if salutation is not None:
        subject = letter_subject(lines)
        titling = [
            text
            for block in text_blocks(opening[:salutation])
            if not addressed(block)
            for text in [*block, ""]
        ]
    blocks = text_blocks(list(without_translations(titling, issuer, body_words(lines[until:]))))
    title_lines: list[str] = []
    header: list[str] = []  # the running header, printed on the cover too
    kind = ""  # "Research Briefing" over the title: the kind of paper, its title if nothing else is
    inquiry = ""  # "THE NORTHSHIRE FLOODING INQUIRY" over its report: its title if nothing else is
    issuing = ""  # a name alone over the kind of paper: who issued it
    listing = False  # a list ("Members present:"), its entries each a block of a line ("Valerie Davey")
    while blocks:
        printed = [t for k, t in enumerate(blocks[0]) if not k or t != blocks[0][k - 1]]  # a header over it
        del blocks[0]
        block = list(
            itertools.dropwhile(lambda t: not WORDED.search(t), (t for t in printed if not FIELD.match(t)))
        )
        issuing, block = issuer_over_kind(block, blocks, issuing)  # "Localis" over "Event note: …"
        if block and LISTED_BELOW.match(block[0]):
            break  # a contents page or a meeting's agenda: its entries title nothing, the title stood above
        listing = bool(block) and bool(LIST_LABEL.match(block[0]) or (listing and LIST_ENTRY.match(block[0])))
        if not block or listing:
            continue
        if len(block) == 1 and block[0].casefold() in headers and _shortened(block[0], blocks):
            header = header or block  # "Making places work · Institute …" on every page, then the title
            continue
        bylined = _past_bylines(block)  # "Report by the …", a date over it
        dated = block[len(block) - len(bylined) - 1] if len(bylined) < len(block) else ""
        issued = list(itertools.dropwhile(issuer, block))  # the board's name over it, no blank between
        meeting = [block[0]] if len(block) == 1 else [dated, issued[0] if issued else ""] * bool(bylined)
        if found := next(filter(None, map(meeting_date, meeting)), None):  # "Minutes of the meeting …"
            title_lines = [undated(found, placed=False)]  # "…, Council Chamber, County Hall": no title
            break
        heading = list(itertools.takewhile(lambda t: _titling(t) and not _only_dates(t), bylined))[:6]
        rest = list(itertools.dropwhile(issuer, heading))  # "Science and Technology Committee" above it
        issuers = heading[: len(heading) - len(rest)]
        inquiry = inquiry or next((cased(t) for t in issuers if TITLED.search(t)), "")
        if not rest:  # "House of Lords" over "Thursday 7 December 2023" over the title, no blank between
            after = _past_bylines(bylined, issuers=True)
            heading = rest = list(itertools.takewhile(_titling, after))[:6]
        if rest and (CHAPTER.match(rest[0]) or BODY_OPENING.match(rest[0])):
            break  # the body has begun: a chapter, a numbered item, a summary
        if _prose(rest):
            break  # or sentences ("About us" over them)
        if not rest or all(map(_only_dates, rest)):  # "September 2022" alone dates the paper
            continue
        if kind and rest == [kind]:  # the kind again: a running header over the cover's own
            continue
        # the title may follow, under the issuer's name too unless as more of its heading ("Volume 1")
        if DOCUMENT_KIND.fullmatch(rest[0]) and (rest[0] == heading[0] or not _generic(rest[1:2])):
            kind = kind or rest[0]  # a series' name over the kind of paper: "… Policy Papers", "Report"
            blocks[:0] = [after] if (after := block[block.index(rest[0]) + 1 :]) else []  # the block goes on
            continue
        titled = list(itertools.takewhile(lambda t: not _past_title(t), rest))
        # "THE REPORT OF THE INDEPENDENT INQUIRY INTO …" opening its block titles it
        titled = titled or [t for t in rest[:1] if BEFORE_ISSUER.match(t)]
        below = next((k + 1 for k in range(len(titled) - 1) if kind_below(*titled[k : k + 2])), None)
        titled = titled[:below]
        title_lines = heading if _generic(titled) else titled
        if blocks and title_lines and (joined(title_lines[-1]) or _generic(title_lines)):  # "Module 1:", …
            title_lines += list(itertools.takewhile(_titling, blocks[0]))[:6]
        elif blocks and (
            (_kicker(title_lines) and _subtitle(blocks[0], title_lines) and not _lone_word(blocks[0]))
            or _staged(title_lines, blocks[0])
        ):
            title_lines += blocks[0]
        title_lines = _kicked(title_lines)
        break
    fields = [m["name"].strip() for text in opening if (m := AUTHOR_FIELD.match(text))]
    written = next((name for name in fields if PERSON.match(name)), fields[0] if fields else "")  # a person
    if written:  # "Made by: …" names the author: a review's or inquiry's name is the subject, the title
        inquiry = inquiry or next((cased(t) for t in opening if TITLED.search(t) and issuer(t)), "")
    title_lines = title_lines or ([] if inquiry and written else [kind] if kind else header)
    # a speech's day first; a day a foreword's sentence names ("… our hearing on 4 October 2023.") if no other
    said = [k for k in range(len(opening)) if _in_a_sentence(opening, k)]
    dating = sorted((t for k, t in enumerate(opening) if k not in said), key=lambda t: not DELIVERED.match(t))
    found = next((m for text in dating if (m := date_in(text))), None)
    fielded = next((m.group("title") for text in opening if (m := TITLE_FIELD.match(text))), "")
    # "Written evidence submitted by …": the credit titles a paper that has no other title
    credit = next((text for text in opening if REPORTED_BY.match(text)), "")
    placed = not (found and meeting_date(found.string))  # a meeting's hour and place title nothing
    title = fielded or subject or " ".join(title_lines).strip() or inquiry or undated(found, placed) or credit
    month = next((found_month for text in opening if (found_month := month_of(text))), "")
    found = found or next((m for k in said if not month and (m := DATE.search(opening[k]))), None)
    author = _author(opening if salutation is None else sender(opening[:salutation])) or issuing
    # "Presented to Parliament by the Secretary of State for Work and Pensions": a response's own
    author = author or presenter(opening) or header_issuer(headers)
    if written and author == title:  # the review a minister's statement is about did not issue it
        author = _author([text for text in opening if cased(text) != title])
    return Document(
        id="",
        title=title,
        date=iso_date(found) if found else month,
        author=written or author,
        organisation=author or written,
    )


def _past_title(text: str) -> bool:
    """Whether a line under a title is no more of it, where no blank line parts them: its
    issuer, by name or as its report ("Report of the Standing Committee on Finance"), a date,
    a part's label alone ("Part One"), a note in brackets ("(own-initiative opinion)")."""
    aside = text.startswith("(") and text.endswith(")")
    issued = issuer(text) or (BEFORE_ISSUER.match(text) and issuer(BEFORE_ISSUER.sub("", text)))
    return bool(issued) or _only_dates(text) or bool(PART_LABEL.match(text)) or aside


def _shortened(header: str, blocks: list[list[str]]) -> bool:
    """Whether the next block opens with a running header's first words, and says more: the
    header is the title cut short."""
    opening = words(header)[:HEADER_WORDS]
    following = words(" ".join(blocks[0])) if blocks else []
    return following[: len(opening)] == opening and len(following) > len(words(header))


def _kicker(title: list[str]) -> bool:
    """A title of a few words in capitals alone on its line ("FEDERAL GRANTS"): a subtitle follows."""
    return len(title) == 1 and title[0].isupper() and len(title[0].split()) <= KICKER_WORDS


def _subtitle(block: list[str], title: list[str]) -> bool:
    """A block of a few lines that may go on a title, none in capitals, no sentence among them,
    not the kind of paper ("MAKING RESPITE WORK" over "A briefing for local councillors")."""
    titling = all(map(_titling, block)) and not any(text.isupper() for text in block)
    issued = BEFORE_ISSUER.match(block[0]) or issuer(block[0])  # "Report of the Standing Committee on …"
    # nor the kind of paper, a date ("November 2023") or the body's first part ("1 Funding …")
    other = kind_below(title[-1], block[0]) or any(map(_only_dates, block)) or NUMBERED_PART.match(block[0])
    return titling and not issued and not other and len(block) <= KICKER_WORDS and not _prose(block)


def _lone_word(block: list[str]) -> bool:
    """A block of one word, a blank line over it: a heading ("Transport", the department a
    debates record's questions go to), no title's subtitle."""
    return len(block) == 1 and len(block[0].split()) == 1


def _unlisted(text: str) -> bool:
    """A cover's line above any list of who took part ("Speakers:", "Attendees:"), who issued nothing."""
    return not (SPEAKERS_FIELD.match(text) or LIST_LABEL.match(text))


def _staged(title: list[str], block: list[str]) -> bool:
    """Whether a block under a bill's name is the stage its debate is at ("Levelling-up and
    Regeneration Bill" over "Report (2nd Day)", a blank line between): more of the title."""
    return bool(title) and title[-1].endswith(" Bill") and bool(BILL_STAGE.fullmatch(" ".join(block)))


def _kicked(title: list[str]) -> list[str]:
    """A title in capitals over its subtitle, parted by a colon ("FEDERAL GRANTS: Agencies
    Should Improve …")."""
    if len(title) > 1 and _kicker(title[:1]) and _subtitle(title[1:], title[:1]):
        return [f"{title[0]}:", *title[1:]]
    return title


def _generic(lines: list[str]) -> bool:
    """Whether what is left of a heading once its issuer is taken off names no subject: "Report
    Volume 1" under "Post Office Horizon IT Inquiry" is no title on its own ("Behaviour
    Change" under "Science and Technology Select Committee" is)."""
    text = " ".join(lines)
    subject = GENERIC_WORDS.sub("", text).strip(" .,:;–-")
    return bool(WORDED.search(text)) and not subject


def _prose(block: list[str]) -> bool:
    """Sentences, not a title: a block that ends as one does and runs long."""
    text = " ".join(block)
    return text.endswith((".", "?", "!")) and len(text.split()) >= PROSE_WORDS


def _in_a_sentence(opening: list[str], k: int) -> bool:
    """Whether a cover's line is a sentence's, or goes on with one a line above it began."""
    above = opening[k - 1] if k else ""
    goes_on = opening[k][:1].islower() and bool(above) and not SENTENCE_END.search(above)
    return _prose([opening[k]]) or goes_on


def _only_dates(text: str) -> bool:
    """A line closing on a month that only dates the paper ("September 2022", "Report of the
    Task and Finish Group, March 2024"), not a title naming its subject and when ("Learning
    review: the response to flooding in Eastbridge, November 2023"); or years alone ("2019-2024",
    a parliament's term)."""
    return (bool(month_of(text)) and ": " not in DATED_END.sub("", text)) or bool(YEARS.fullmatch(text))


def _dated_or_byline(text: str) -> bool:
    # "Number 691, March 2023", "Number CBP 9912" over "By Mark Sandford"
    return bool(DATE.search(text) or _credit(text) or PAPER_CODE.fullmatch(text)) or _only_dates(text)


def _credit(text: str) -> bool:
    """A cover's line that says who or to whom, when or for what occasion, not what: a byline,
    an addressee ("Report to the Chairman, …"), a session ("Seventy-fifth session"), a note on
    its release ("For Release on Delivery")."""
    return bool(
        BYLINE.match(text) or ADDRESSEE.match(text) or SESSION.fullmatch(text) or DELIVERY_NOTE.match(text)
    )


def _past_bylines(block: list[str], issuers: bool = False) -> list[str]:
    """A block's lines after the dates and bylines that open it (and the issuers' names among
    them, if issuers), a byline's wrap too ("by the Comptroller" over "and Auditor General"),
    and an addressee's to the next date."""
    k = 0
    while k < len(block) and (
        _dated_or_byline(block[k])
        or (issuers and issuer(block[k]))
        or (k and BYLINE.match(block[k - 1]) and block[k][:1].islower())
    ):
        if ADDRESSEE.match(block[k]):  # to whom, wrapped to the block's end or a date
            dated = (j for j in range(k + 1, len(block)) if DATE.search(block[j]) or month_of(block[j]))
            k = next(dated, len(block))
            continue
        k += 1
    return block[k:]


def _titling(text: str) -> bool:
    """A line that may go on a title: no date, time, credit or paper's number, no "Contents"
    heading or list of who came, no sentence opening what follows ("I, Angela Brown, will say
    as follows:", where "Module 1:" and words in title case are a title's label)."""
    opens = text.endswith(":") and len(text.split()) >= OPENING_WORDS and not a_name(text)  # "… Report:"
    listing = LISTED_BELOW.match(text)  # a contents page under the title, no blank line between
    timed = re.fullmatch(TIME_OF_DAY, text)
    sent = SENT_FROM.match(text) or credited(text, longest=HEADING_MAX)  # whom it is from
    # "Author: Priya Shah, …" under the title, no blank line between; "HCWS12", its number; "Attendees: …"
    fielded = AUTHOR_FIELD.match(text) or PAPER_CODE.fullmatch(text) or LIST_LABEL.match(text)
    return not (DATE.search(text) or _credit(text) or sent or opens or listing or timed or fielded)


def _author(opening: list[str]) -> str:
    """Who issued the report: the witness a statement names; a committee, inquiry or commission
    named on its cover (a date after the name aside); else the office its byline names
    ("Report by the Comptroller and Auditor General"), since a department named on an audit's
    cover is its subject; else a department or agency; else the person a line names with their
    post. The committee a report is addressed to ("Report to the Chairman, Committee on …")
    did not issue it."""
    opening = without_addressees(opening)
    unlisted = list(itertools.takewhile(_unlisted, opening))
    # "…: evidence to the X Committee" is a title; "X Council, March 2010", "About X", "X briefing" name X
    named = [
        without_kind(DATED_END.sub("", ABOUT.sub("", BEFORE_ISSUER.sub("", t))))
        for t in unlisted
        if (len(t) < 90 or (BEFORE_ISSUER.match(t) and len(t) < ISSUER_MAX)) and ": " not in t
    ]
    inquiring, issuing = (
        next((cased(t) for t in named if p.search(cased(t)) and not before_a_name(t)), "") for p in AUTHORS
    )
    byline = next(
        (m.group("author") for k in range(len(opening)) if (m := REPORTED_BY.match(run_on(opening, k)))), ""
    )
    # "Posted by Priya Shah — 4 October 2022", "…, January 2024", "Carers Trust (ASC0042)"
    byline = EVIDENCE_CODE.sub("", DATED_END.sub("", byline))
    witness = next((m.group("author") for t in opening if (m := WITNESS.match(t))), "")
    sender = next((person_among(m.group("sources")) for t in opening if (m := SENT_FROM.match(t))), "")
    # "Response from the Northshire Carers' Network …"; not "Letter from the Chair …", a post
    sender = sender or next((m["author"] for t in opening if (m := RESPONDING.match(cased(t)))), "")
    sender = "" if POST_WORD.match(sender) else sender
    # "The Rt Hon Helen Marsh MP, Secretary of State for …" under a speech's title; not over its text
    printed = list(itertools.takewhile(_unlisted, [text for text in opening if text][:-1]))
    person = next((name for text in printed if (name := credited(text, longest=HEADING_MAX))), "")
    show = next((m["show"] for text in opening if (m := SHOW.match(text))), "")
    authors = next((text for text in printed if only_people(text)), "")
    return witness or sender or inquiring or byline or authors or issuing or person or show
