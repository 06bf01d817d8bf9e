"""Who spoke, as an event's programme names them: under its label ("Programme", "Agenda"),
items timed a line each ("10:15  Keynote: The funding gap – Professor Alan Reid, University
of Kent"), a chair's line ("Chair: Dr Helen Marsh") and the panel's names under an item. The
programme is no paragraph of the text."""

from __future__ import annotations

import re

from seminar_search.names import opens_with_a_name
from seminar_search.parsing.metadata import TIME_OF_DAY

PROGRAMME_LABEL = re.compile(r"(?i:(?:the )?(?:programme|program|agenda|running order|timetable))\s*:?")
TIMED_ITEM = re.compile(rf"^{TIME_OF_DAY}(?:\s*[–—-]\s*{TIME_OF_DAY})?\s+(?P<item>\S.*)$")
PRESENTER = re.compile(r"\s[–—-]\s+(?P<who>[^–—]+)$")  # "… – Professor Alan Reid, University of Kent"
ROLE = re.compile(
    r"^(?P<role>Chair(?:ed by)?|Moderator|Facilitator|Speakers?|Panel(?:lists)?)\s*:?\s+(?P<who>\S.*)$"
)


def programme_lines(blocks: list[list[str]]) -> tuple[list[str], int]:
    """The lines of the blocks after a programme's label that are its own, the first timed,
    each block opening on one: its items, a line that wraps joined back on to its own; and how
    many blocks they fill."""
    found: list[str] = []
    if not (blocks and TIMED_ITEM.match(blocks[0][0])):
        return found, 0
    count = next((k for k, block in enumerate(blocks) if not _programme_line(block[0])), len(blocks))
    for text in (text for block in blocks[:count] for text in block):
        if not found or (_programme_line(text) and not (_presenter_cut(found[-1]) and _named_under(text))):
            found.append(text)
        else:  # "… Institute for Place and Public" over "Policy", "… – Professor Alan" over "Reid, …"
            found[-1] += f" {text}"
    return found, count


def _presenter_cut(text: str) -> bool:
    """A timed item whose presenter's name the line cuts short, no post after it yet."""
    item = TIMED_ITEM.match(text)
    presenter = PRESENTER.search(item["item"]) if item else None
    return presenter is not None and "," not in presenter["who"]


def _named_under(text: str) -> bool:
    """A line naming someone under an item, neither timed nor a role's."""
    return not (TIMED_ITEM.match(text) or ROLE.match(text))


def programme_entries(texts: list[str]) -> list[str]:
    """The people a programme's lines name, under the labels the participants list reads
    ("Keynote:", "Chair:", "Speakers:")."""
    entries: list[str] = []
    for text in texts:
        if item := TIMED_ITEM.match(text):
            presenter = PRESENTER.search(item["item"])
            if presenter and opens_with_a_name(presenter["who"]):
                keynote = "keynote" in item["item"][: presenter.start()].casefold()
                entries += ["Keynote:" if keynote else "Speakers:", presenter["who"]]
        elif role := ROLE.match(text):
            entries += [f"{role['role']}:", role["who"]]
        else:
            entries += ["Speakers:", text]
    return entries


def _programme_line(text: str) -> bool:
    """A timed item, a role's line naming someone, or a name and post under an item."""
    role = ROLE.match(text)
    named = "," in text and opens_with_a_name(text) and not text.endswith(".")
    return bool(TIMED_ITEM.match(text) or (role and opens_with_a_name(role["who"])) or named)
