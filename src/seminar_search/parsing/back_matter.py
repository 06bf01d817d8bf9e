"""Headings over what a text prints after its body about who took part or who wrote it, the
works it cites, and over the record of a committee's inquiry (its minutes, witnesses, the
evidence it took): what follows them is no paragraph, nor more of the note above them."""

from __future__ import annotations

import re

PARTICIPANTS_LABEL = re.compile(  # a heading over who took part
    r"(?:List of )?(?:Participants|Attendees|Attendance|(?:Those |Also )?Present|In attendance|Speakers"
    r"|Panel(?:lists)?|Contributors|Signed(?: by)?|Signatories"
    r"|(?:Committee|Panel|Board|Commission) members(?:hip)?|Members(?:hip| present)?"
    r"|Members of the (?:Committee|Panel|Board|Commission)"
    r"|Online|Attending (?:online|remotely)|Apologies(?: for absence| received)?|Absent)\s*:?",  # minutes
    re.IGNORECASE,
)
ABOUT_HEADING = re.compile(  # over who wrote or spoke, the body that published it, its notices: back matter
    r"About (?:the |this |our )?\w.*|(?:(?:Speaker|Contributor|Author|Panel(?:list)?|Participant)s?['’]? )?"
    r"[Bb]iograph(?:y|ies)|Notes on (?:the )?(?:contributors|authors|speakers)"
    r"|Disclaimer|Copyright(?: notice)?",
)

REFERENCE_LIST = re.compile(  # over the works a paper cites: back matter
    r"(?:Select )?(?:References|Bibliography|Reference list|Works cited|Further reading)\s*:?", re.IGNORECASE
)
APPENDED = (
    r"(?:(?:Appendix|Annexe?|APPENDIX|ANNEXE?) ?[A-Z0-9]{0,3} ?[:.–—-]? ?)"  # "Appendix 2: ", "ANNEX C – "
)
# the evidence a report prints after itself, under an appendix's title or the line below it
EVIDENCE_RECORD = re.compile(
    r"(?:Minutes of Evidence|(?:Extracts? from the )?Official Reports?|Oral evidence(?: sessions?)?"
    r"|Written (?:evidence|submissions))\b.*",
    re.IGNORECASE,
)
PART = re.compile(rf"{APPENDED}(?P<title>.*)")  # a report's next part, titled on its line or below
PAGE_AFTER = re.compile(r"\s\d{1,4}$")  # "Minutes of Evidence 14": a contents page's entry
EVIDENCE_LISTS = re.compile(  # over a committee's record of its inquiry, an appendix's or not
    rf"{APPENDED}?"
    r"(?:Formal minutes|Witnesses|(?:Published|List of) (?:oral (?:and written )?|written )?evidence\b.*"
    r"|List of (?:Reports|Members|witnesses|oral evidence sessions)\b.*)",
    re.IGNORECASE,
)


def heads_back_matter(text: str) -> bool:
    """Whether a line is such a heading ("Participants", "About the authors", "Biographies",
    "References")."""
    return bool(
        PARTICIPANTS_LABEL.fullmatch(text) or ABOUT_HEADING.fullmatch(text) or REFERENCE_LIST.fullmatch(text)
    )


def heads_evidence_lists(text: str) -> bool:
    """Whether a heading stands over a committee's record of its inquiry ("Formal minutes",
    "Witnesses", "Published written evidence", "Appendix 2: List of witnesses"): lists, their
    numbers no paragraphs'."""
    return bool(EVIDENCE_LISTS.fullmatch(text))


def appended_evidence(texts: list[str]) -> set[int]:
    """The lines of the evidence a report prints after itself ("Appendix 2" over "Minutes of
    Evidence", "Annexe C: Official Report"), from such an appendix's title to the next
    appendix's: the witnesses' words, not the report's own prose."""
    lines: set[int] = set()
    inside = False
    for k, text in enumerate(texts):
        if (part := PART.fullmatch(text)) and not PAGE_AFTER.search(part["title"]):  # not a contents entry
            title = part["title"] or next((t for t in texts[k + 1 : k + 3] if t), "")
            inside = bool(EVIDENCE_RECORD.fullmatch(title))
        if inside:
            lines.add(k)
    return lines
