"""What a cover's line says of the lines by it: a title that goes on past its line's end, the
kind of paper under a title, a meeting's date where its words run on to its place."""

from __future__ import annotations

import re

from seminar_search.parsing.metadata import DATE, DOCUMENT_KIND, TIME_OF_DAY
from seminar_search.parsing.wrapping import ends_on_joining_word


def kind_below(line: str, following: str) -> bool:
    """Whether a title complete on its line has the kind of paper under it, with no blank line
    between ("… LESSONS FROM THE FIELD" over "HEARING", "… Funding" over "Final Report", "A
    briefing for local councillors", "Note of discussion"): that is no more of the title. A line ending
    on a joining word or mark ("Local authorities and the") goes on."""
    kind = DOCUMENT_KIND.match(following) if following[:1].isupper() else None  # not "consultation on …"
    joining = r"for|to|on|from|by" if following.startswith(("A ", "An ")) else r"of"  # not "Report on …"
    for_whom = kind and re.match(rf" (?:{joining})\b", following[kind.end() :])  # "A briefing for …"
    return not joined(line) and bool(DOCUMENT_KIND.fullmatch(following) or for_whom)


def meeting_date(line: str) -> re.Match[str] | None:
    """The date of a line naming a meeting, when its words run on to the meeting's place: it
    ends on a joining mark or word, or at the hour ("Minutes of the Board meeting held in public
    on Thursday 6 June 2024 at 10:00"), or names the place after it ("… at 2.00 pm, County Hall"),
    or opens the minutes ("Minutes of the meeting held on 9 October 2024" over the venue)."""
    found = DATE.search(line)
    timed = re.search(rf"\bat {TIME_OF_DAY}(?:$|,\s)", line)
    return found if found and (joined(line) or timed or line.startswith("Minutes of ")) else None


def joined(line: str) -> bool:
    """Whether a line of a title ends on a joining word or mark: the title goes on."""
    return line.endswith((":", "–", "—", "-", ",", "&")) or ends_on_joining_word(line)
