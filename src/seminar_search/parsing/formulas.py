"""The fixed wording of a record of proceedings, no one's speech: times, procedural formulas
("Members indicated agreement.", "Moved by …"), the House's decisions ("Amendment 46
withdrawn.", "Division on …") and the line closing a meeting."""

from __future__ import annotations

import re

from seminar_search.parsing.metadata import TIME_OF_DAY

# a member listed surname first, with their seat or party: "Adam, George (Paisley) (SNP)"
SURNAME_FIRST = (
    r"(?P<surname>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*), (?P<forename>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)*) \("
)
# a panel's opening where no "Witnesses:" paragraph is: "Ben Beadle and Polly Neate gave evidence."
GAVE_EVIDENCE = re.compile(r"^(?P<who>[A-Z].*) (?:gave evidence|made representations)\.?$")
PROCEDURE = re.compile(  # a timing, a bracketed note, a formula of the meeting's procedure or the record's
    rf"^(?:\[.*\]|{TIME_OF_DAY}|(?:[●•-] )?\(\d{{4}}\)"  # "● (1535)"
    r"|Members indicated (?:(?:dis)?agreement|(?:as|dis)sent)\.?"  # "Members indicated assent."
    r"|\([^()]{1,60}\)"  # "(10.00 am)", "(A short break)"
    r"|(?:The )?(?:[Mm]eeting|Proceedings) (?:opened|closed|suspended|continued|resumed)\b.*"
    r"|Question put(?: and agreed to)?\.?|Resolved,?|Sitting (?:suspended|adjourned)\b.*"
    r"|The House met at\b.*|Prayers"
    r"|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,5} \((?:Deputy )?Chair\w*\) in the [Cc]hair\."  # Canada's Senate
    r"|Question for [A-Z][^.?!]{2,80}|Moved by [A-Z].*"  # an amendment's mover, then its words:
    r"|\d+[A-Z]?: (?:After |Before )?(?:Clause|Schedule|Page|Title)\b.*"  # "45: Clause 12, page 9, …"
    r"|(?:UIN \S+,? )?(?:[Aa]nswered|[Cc]orrected|[Tt]abled) on \d{1,2} \w+ \d{4}"
    # a division's lists, under "For", "Not-Contents": "Adam, George (Paisley) (SNP)", "Aberdare, L."
    r"|(?i:for|against|abstentions?|ayes|noes|(?:not-)?contents)|Tellers for the (?:Ayes|Noes):?"
    rf"|{SURNAME_FIRST}[^()]+\)(?: \([^()]+\))?"
    r"|[A-Z][\w’' -]+, (?:L|B|V|E|Bp|Ld)\.)$"
)
HOUSE = re.compile(  # over a debate, its author; or naming its record, "House of Commons Debates"
    r"(?P<house>House of (?:Lords|Commons)|(?:Dáil|Seanad) Éireann|Senedd Cymru|Scottish Parliament)"
    r"(?: Debates)?"
)
DECIDED = re.compile(  # the speeches are over: what follows is the House's ("Amendment 46 withdrawn.")
    r"^(?:(?:(?:Hon|Several hon|Some hon)\. )?Members(?::\s.*| rose\W*)$"  # "Hon. Members: Hear, hear!"
    r"|Question put\b|Resolved,?$|Ordered,? That\b|Adjourned till\b|Division on\b|Ayes,? \d+[;,]"
    r"|Contents,? \d+;? Not-Contents,? \d+\.?$"
    r"|(?:Amendments?|Clauses?|Schedules?|Motion|Bill)\b[^.]{0,30} (?:agreed|withdrawn|not moved|disagreed"
    r"|negatived|read a (?:first|second|third) time|passed)\b[^.]*\.?$)"
)
CLOSING = re.compile(  # "Meeting closed at 11:02.", "The meeting is adjourned."
    r"^(?=[A-Z])(?:The )?(?:[Mm]eeting|(?:[Jj]oint |[Ss]elect |[Ss]tanding )?(?:[Ss]ub)?[Cc]ommittee)"
    r" (?:closed|continued in private|(?:is |was )?adjourned)\b"
)
MEETING_TIMED = re.compile(  # closed: it ends there, no "resumed" after
    r"^The (?:meeting|sitting|hearing|committee) (?:was )?(?:called to order|suspended|resumed|opened"
    r"|(?P<closed>adjourned|rose|closed|ended)(?!.*resum))"
    r"\b[^.]{0,60}?\bat (?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\d{1,2}[:.]\d{2})"
    r"(?:[^.]{0,60}\bat (?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\d{1,2}[:.]\d{2}))?\.?$",
    re.IGNORECASE,
)


def meeting_timed(texts: list[str]) -> int:
    """How many of these lines, from the first, time the meeting ("The meeting rose at 6 p.m.",
    or wrapped: "… suspended at 4.10 p.m. and resumed at 4.25" over "p.m."); 0 if they do not."""
    return next((k for k in (2, 1) if MEETING_TIMED.match(" ".join(texts[:k]))), 0)
