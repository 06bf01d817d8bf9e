"""Who a government response's parts are by: the committee it answers, as its opening lines
name it, and the government, council or minister that answers (a department's name is
letters.DEPARTMENT's)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seminar_search.model import Document
from seminar_search.parsing.issuers import cased
from seminar_search.parsing.letters import DEPARTMENT
from seminar_search.parsing.metadata import MONTHS

BODY_KIND = r"(?:Committee|Inquiry|Commission|Panel|Task and Finish Group|Working Group)"
# a body's name ends at its kind: "THE … COMMITTEE’S INQUIRY INTO …", cased, names no "Committee’s Inquiry"
BODY = re.compile(
    r"((?:House of (?:Lords|Commons) )?"
    rf"(?:(?!{BODY_KIND}[’']s )[A-Z][\w’'-]*,?(?: (?:of|with|and|for|on|the))? ){{0,6}}{BODY_KIND})"
)
HOUSE = re.compile(r"House of (?:Lords|Commons)")
# "… response to the Scrutiny Review of Home to School Transport": who recommended, where no body is named
SCRUTINY_REVIEW = re.compile(
    r"\b((?:[A-Z][\w’'-]* )*Scrutiny (?:Review|Inquiry)(?: (?:of|into|on) [^,.;:–—()]+)?)"
)

ADDRESSED = re.compile(r"^.*?\b(?:Chair|Chairman|Chairwoman|Clerk|Convener),\s*")  # "Philip Dunne MP Chair, "
PAPER_KIND = r"(?:Report|Review|Response|Inquiry)\b"
# "Committee" "for Infrastructure", not "for Infrastructure Report" as a title in capitals is cased
NAMED_AFTER = re.compile(
    rf"^(?: (?:of|on|for) (?:the )?[A-Z][\w’'-]*(?: (?:and )?(?!{PAPER_KIND})[A-Z][\w’'-]*)*)?"
)
GOVERNMENT_NAMED = re.compile(r"\b(?P<who>(?:HM|UK|Welsh|Scottish) Government|Northern Ireland Executive)\b")
COUNCIL_TITLED = re.compile(r"(?P<who>(?:[A-Z][\w’'-]+ ){1,3}(?:County |City |Borough |District )?Council)\b")
MINISTERS_OFFICE = r"(?:Secretary of State|Minister|Chancellor|Chief Secretary) (?:for|of|to)\s"
MINISTER = re.compile(MINISTERS_OFFICE)  # "Secretary of State for Work and Pensions", "for" ending a line too
PRESENTED_BY = re.compile(  # the minister who laid it before Parliament, named by their office
    r"\bPresented to (?:Parliament|the \w+ Parliament) by (?:the )?"
    rf"(?P<who>{MINISTERS_OFFICE}"
    rf"(?:(?!\sby\sCommand)(?:[^,.\n]|,(?=\s(?!{MONTHS})[A-Z])|(?<=,)\n"  # "… for Housing, Communities …"
    r"|(?:(?<=\band)|(?<=\bfor)|(?<=\bof))\n|\n(?=[a-z])))+)"  # wrapped where the office cannot end
)


def presenter(opening: list[str]) -> str:
    """The minister who presented a response, by their office, as its opening lines name them: the
    office may wrap onto the next line, but ends at its line's end, not in the date below it."""
    presented = PRESENTED_BY.search("\n".join(opening))
    return " ".join(presented["who"].split()) if presented else ""


def committee_in(opening: list[str]) -> str:
    """The committee answered, as the opening lines name it ("Committee of Public Accounts", or a
    council's "Scrutiny Review of Home to School Transport"), not the chair a letter is
    addressed to ("Philip Dunne MP, Chair, Environmental Audit Committee"), nor the House
    printed on a line of its own over its name."""
    opening = [cased(line) for line in opening]  # a title in capitals too
    front = " ".join(opening)
    body = BODY.search(front)
    if body is None:  # a council's scrutiny review, named by what it reviewed; else no name printed
        review = next((found for line in opening if (found := SCRUTINY_REVIEW.search(line))), None)
        return review.group(1).strip() if review else "the committee"
    after = NAMED_AFTER.match(front[body.end() :])  # the name going on: "Committee" "of Public Accounts"
    named = ADDRESSED.sub("", body.group(1) + (after.group(0) if after else ""))
    house = next((line for line in opening if HOUSE.fullmatch(line) and named.startswith(f"{line} ")), "")
    return named.removeprefix(house).lstrip()


def respondent(opening: list[str], document: Document, departments: Iterator[str]) -> str:
    """Who answers: a department named outside the text, else the minister who presented it
    ("Presented to Parliament by the Secretary of State for …"), the government or council its
    cover names ("Written Response by the Welsh Government to …", "Westshire Council: response
    …"), or its author, not the committee answered; else "Government"."""
    named = GOVERNMENT_NAMED.search(" ".join(opening)) or COUNCIL_TITLED.match(document.title)
    issuer = "" if BODY.search(document.author) else document.author  # "Westshire Council"
    return next(departments, presenter(opening) or (named["who"] if named else issuer or "Government"))


def recommending_body(cover: list[str], author: str) -> str:
    """Whose recommendations a report's "Recommendation N" items are: its author's, unless a
    government department or minister issued it, quoting the committee its cover names (a
    government response that numbers its answers "1.1", "1.2"), in capitals or not."""
    if not (DEPARTMENT.match(author) or MINISTER.match(author)):
        return author
    body = BODY.search(" ".join(map(cased, cover)))
    return body.group(1) if body else author
