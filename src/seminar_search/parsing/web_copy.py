"""Text copied from a web page, read as print sets it: numbers the page set apart from their
paragraphs by layout alone and the copy joins to them ("9.In 2002 the House …" under "2The work
of committees"), the page's first line with its link to the contents, the names of its pictures,
and TheyWorkForYou's captions over each speaker's words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# "9.In 2002 the House …"; "1a.PAC recommendation: …", a Treasury minute's recommendation after its conclusion
GLUED_PARAGRAPH = re.compile(r"^(\d{1,3})([a-z]?)\.(?=[A-Z‘“\"'£(])", re.MULTILINE)
GLUED_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,3})(?=[A-Z‘“\"'£(])", re.MULTILINE)  # "40.41The Government …"
# "2The work of committees"
GLUED_CHAPTER = re.compile(r"^(\d{1,2})(?=[A-Z][a-z][^.\n]{0,100}$)", re.MULTILINE)
MIN_RUNNING_ON = 2  # glued numbers each running on from the one before: no chance "3.The" line
RUN_ON = 3  # a number runs on from the last when it is this much more at most (a paragraph's glued
# number may be missed where it opens with a digit: "12.2023 saw …")


def glued_numbers_parted(text: str) -> str:
    """ "9.In 2002 …" as "9. In 2002 …", "4.23The …" as "4.23 The …" and "2The work of
    committees" as "2 The work of committees", where paragraphs' numbers so glued run on from
    the one before, twice at least (a list of conclusions numbering afresh, a chapter's notes,
    may come between), plain or dotted: the copy glued the others too, a section's "2.1The …"."""
    plain = [int(found[1]) + bool(found[2]) / 2 for found in GLUED_PARAGRAPH.finditer(text)]  # "1a" after 1
    dotted = [int(found[1]) * 1000 + int(found[2]) for found in GLUED_DOTTED.finditer(text)]
    if not (_running_on(dotted, chapters=True) or _running_on(plain)):
        return text
    return GLUED_CHAPTER.sub(r"\1 ", GLUED_PARAGRAPH.sub(r"\1\2. ", GLUED_DOTTED.sub(r"\1.\2 ", text)))


def _running_on(numbers: Sequence[float], chapters: bool = False) -> bool:
    """Whether numbers run on, each from the one before, often enough to be paragraphs' labels:
    by a few, or into the next chapter's first few ("2.14", then "3.1") where they are dotted."""
    steps = (
        0 < later - earlier <= RUN_ON
        or (chapters and later // 1000 == earlier // 1000 + 1 and later % 1000 <= RUN_ON)
        for earlier, later in itertools.pairwise(numbers)
    )
    return sum(steps) >= MIN_RUNNING_ON


# a report's web page's first line: its title, the committee's name after a dash, the page's link to
# its contents: "Select committee effectiveness, resources and powers - Liaison Committee Contents"
WEB_TITLE = re.compile(
    r"\A\s*(?P<title>\S[^\n]*?)(?: [-–] (?P<by>[^\n]*(?:Committee|Commission)))? Contents[ \t]*\n"
    r"(?P<next>(?:[ \t]*\n)*[^\n]*)"
)
HTML_MARKED = re.compile(r"\A(\s*\S[^\n]*?) \(HTML\)$", re.MULTILINE)  # gov.uk's title of a page's version
CONTENTS_ENTRY = re.compile(r"(?:\s|\.)\d{1,3}$")  # "1 Introduction 5": a contents page under its heading


def web_title_parted(text: str) -> str:
    """The first line of a report's web page copied ("Rural bus services - Transport Committee
    Contents") as a cover gives it: the committee's name over the title; the link to the
    contents, no contents page under it, left off; the mark of a page's format after a title
    ("Government response to … (HTML)") too."""
    text = HTML_MARKED.sub(r"\1", text, count=1)
    found = WEB_TITLE.match(text)
    if not found or found["title"].endswith(" of") or CONTENTS_ENTRY.search(found["next"]):
        return text
    cover = f"{found['by']}\n\n{found['title']}" if found["by"] else found["title"]
    return cover + "\n" + text[found.start("next") :]


# what a web page shows of an image where the copy has no picture, its file's name or what it is:
# "HoC 85mm(Green).tif", "final logo red (RGB)"; and the old site's place of the page, "Session 2013-14"
# over "Publications on the internet"
PICTURE_NAME = re.compile(
    r"^[^\n]{0,60}(?:\.(?:tiff?|png|jpe?g|gif|svg|emf|wmf)|\blogo\b[^\n]*)$", re.IGNORECASE
)
OLD_SITE = re.compile(r"\ASession \d{4}[-–]\d{2,4}\nPublications on the internet$", re.MULTILINE)


def pictures_named_left_off(text: str) -> str:
    """The lines that open a web page copied by naming its images ("HoC 85mm(Green).tif") or
    where on the site it is, left off: no title, no cover's line."""
    lines = OLD_SITE.sub("", text).split("\n")
    opening = 0
    while opening < len(lines) and (not lines[opening].strip() or PICTURE_NAME.match(lines[opening].strip())):
        opening += 1
    kept = [line for line in lines[:opening] if not line.strip()]
    return "\n".join(kept + lines[opening:]) if opening < len(lines) else text


# a speaker over their words as TheyWorkForYou shows them, the photo's caption before the name and
# what they are, the hour after: "Photo of Holly Lynch Holly Lynch Shadow Minister (Home Office) 10:51
# am, 9th June 2020"; as KildareStreet does, the caption run into the name, what they are in brackets,
# a link to the source after: "Photo of Steven MatthewsSteven Matthews (Wicklow, Green Party) | Oireachtas
# source"
CAPTIONED_SPEAKER = re.compile(
    r"^Photo of (?P<name>[^\n]+?) ?(?P=name)(?: \((?P<bracketed>[^()\n]*)\)| (?P<about>[^\n]*?))?"
    r"(?: \d{1,2}[:.]\d{2} [ap]m, [^\n]*)?(?: \| [\w ]{1,30} source)?$",
    re.MULTILINE,
)
SITE_SECTION = re.compile(r"\A\s*[^\n]*\bCommittees\n")  # "Oireachtas Joint and Select Committees": the
# site's list of committees the page is in, over the one that sat
UNNUMBERED_QUESTION = re.compile(r"^Q (?=[A-Z‘“])", re.MULTILINE)  # a bill committee's, to a witness
# what the page is of, where and when: "Rural Transport Bill – in a Public Bill Committee at 2:00 pm on
# 12th March 2024."
SITTING_LINE = re.compile(
    r"^(?P<title>\S[^\n]{2,150}?) [–-] in (?:a |the )?(?P<body>[A-Z][^\n]{2,80}?)"
    r" at \d{1,2}[:.]\d{2} ?[ap]m on (?P<date>\d{1,2}(?:st|nd|rd|th)? \w+ \d{4})\.?$",
    re.MULTILINE,
)


def captioned_speakers_labelled(text: str) -> str:
    """Each speaker TheyWorkForYou captions as the name over what they are ("Holly Lynch (Shadow
    Minister (Home Office))"), the questions to a witness without their mark ("Q Does …"), and
    the page's title, who sat and when on the cover's top lines (its heading, "Examination of
    Witnesses", had titled it); the site's section over them ("… Committees") left off."""
    if not CAPTIONED_SPEAKER.search(text):
        return text
    if sitting := SITTING_LINE.search(text):  # its title, who sat and the day, on the cover's top
        cover = f"{sitting['title']}\n\n{sitting['body']}\n\n{sitting['date']}\n\n"
        text = cover + text[: sitting.start()] + text[sitting.end() :]
    text = SITE_SECTION.sub("", text, count=1)
    return UNNUMBERED_QUESTION.sub("", CAPTIONED_SPEAKER.sub(_label, text))


def _label(caption: re.Match[str]) -> str:
    about = caption["about"] or caption["bracketed"]
    return f"{caption['name']} ({about})" if about else caption["name"]


# a record as openparliament.ca shows it: the hour, the speaker's party alone, then the label naming
# the party again between the name and the seat ("Tracy Gray Conservative Kelowna—Lake Country, BC") or
# between the office and the name ("The Chair Liberal Bobby Morrissey"); a witness's label, no party
# over it, is the name and the post the page lists under "Also speaking" two spaces apart
HOUR_LINE = re.compile(r"^\d{1,2}(?::\d{2})? [ap]\.m\.$")
PARTY_ALONE = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}$")
LISTED_APART = re.compile(r"^(?P<left>\S[^\n]*?\S) {2,}(?P<right>\S[^\n]*)$")
MEETING_LINE = re.compile(  # its first line: "Evidence of meeting #41 for Human Resources … in the 44th …"
    r"^(?P<kind>Evidence of meeting #\d+) for (?P<body>[^\n]+?) in the \d+\w\w Parliament, \d+\w\w Session\."
    r".*"
)
MEETING_MAX = 400  # its first line's length at most, with what the page says after it
PAGE_PARTS = re.compile(r"^(?:On the agenda|MPs speaking|Also speaking|A recording is available from \w+\.)$")
MIN_PARTIES_NAMED = 2  # labels naming the party over them: no chance line so
LABEL_WORDS = 6  # "Some hon. members", "The Clerk": a label alone, no party, no post


def party_lines_labelled(text: str) -> str:
    """Each speaker openparliament.ca heads with the hour and their party, labelled as a record
    labels them: "Tracy Gray (Conservative, Kelowna—Lake Country, BC):", "The Chair (Bobby
    Morrissey):", "Linda Gray (Executive Director, Rural Employers Council):"; the hours, the
    parties and the page's own parts left off, and its first line's chatter after what it is the
    evidence of."""
    lines = text.split("\n")
    printed = [k for k, line in enumerate(lines) if line.strip()]
    after = dict(itertools.pairwise(printed))
    labels: dict[int, str] = {}  # a line's new text by its index: "" where it is left off
    unpartied: list[int] = []
    for k in (k for k in printed if HOUR_LINE.match(lines[k].strip()) and k in after):
        labels[k] = ""
        party, named = lines[after[k]].strip(), after.get(after[k])
        if named is not None and PARTY_ALONE.match(party) and f" {party} " in lines[named]:
            before, _, rest = lines[named].strip().partition(f" {party} ")
            labels[after[k]] = ""
            labels[named] = (
                f"{before} ({rest}):" if before.startswith("The ") else f"{before} ({party}, {rest}):"
            )
        else:
            unpartied.append(after[k])
    if sum(bool(label) for label in labels.values()) < MIN_PARTIES_NAMED:
        return text
    cover = lines[: min(labels)]  # "Also speaking", over the first speech
    apart = {k: m for k, line in enumerate(cover) if (m := LISTED_APART.match(line.strip()))}
    labels |= {k: _unpartied(lines[k].strip(), list(apart.values())) for k in unpartied}
    # the page's own parts, and its list of who else spoke, now in their labels
    labels |= {k: "" for k, line in enumerate(lines) if PAGE_PARTS.match(line.strip()) or k in apart}
    for k, label in [(k, label) for k, label in labels.items() if label.endswith(":") and k in after]:
        labels[after[k]], labels[k] = f"{label} {lines[after[k]].strip()}", ""  # the label before the words
    lines = [labels.get(k, line) for k, line in enumerate(lines)]
    first = list(itertools.takewhile(str.strip, lines))  # its first line, wrapped as set narrower
    joined = " ".join(first)
    if len(joined) <= MEETING_MAX and (found := MEETING_LINE.fullmatch(joined)):
        lines[: len(first)] = [f"{found['kind']} for {found['body']}"]
    return "\n".join(lines)


def _unpartied(label: str, listed: list[re.Match[str]]) -> str:
    """A label with no party over it: a witness's name and post as the page lists them, an
    office's holder ("The Clerk of the Committee Ms. Danielle Widmer"), or a short label alone."""
    for entry in listed:
        if label == f"{entry['left']} {entry['right']}":
            return f"{entry['left']} ({entry['right']}):"
        if label.startswith("The ") and label.endswith(f" {entry['right']}"):
            return f"{label.removesuffix(' ' + entry['right'])} ({entry['right']}):"
    return f"{label}:" if len(label.split()) <= LABEL_WORDS else label
