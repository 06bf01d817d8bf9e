"""The proceedings genre: transcripts whose turns carry no question numbers, as a parliament's
official report of a committee meeting prints them. Each speaker turn is a unit, numbered in
order. A speaker's first turn names them in full, later ones in short: "Dr Katherine Sandford
(Community Energy Scotland):" then "Dr Sandford:"; "Mark Griffin (Central Scotland) (Lab):", a
member (a seat and a party); "The Convener (Ariane Burgess):" then "The Convener:", an office and
who holds it. Agenda items are the sections; timings, bracketed notes and the formulas of
procedure ("Members indicated agreement.") are no one's words."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph, Participant
from seminar_search.parsing.common import Reading, add_line, assign_themes, cover, is_heading, layout_lines
from seminar_search.parsing.layout import Layout, Line
from seminar_search.parsing.transcript import NAME_WORD, NOT_SPEAKERS

OFFICE = r"The\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the)){0,8}"  # "The Deputy Convener"
LABEL = re.compile(
    rf"^(?P<name>{OFFICE}|[A-Z][\w’'.-]*(?:\s+{NAME_WORD}){{0,4}})"
    r"(?P<brackets>(?:\s+\([^()]{1,80}\)){0,2}):\s+(?P<rest>\S.*)$"
)
CHAIRS = {"Convener", "Convenor", "Chair", "Chairman", "Chairwoman", "Presiding Officer"}
PROCEDURE = re.compile(  # a timing, a bracketed note, a formula of the meeting's procedure
    r"^(?:\[.*\]|\d{1,2}[:.]\d{2}|Members indicated (?:dis)?agreement\.?"
    r"|(?:The )?[Mm]eeting (?:opened|closed|suspended|continued)\b.*)$"
)
CLOSING = re.compile(r"^(?:The )?[Mm]eeting (?:closed|continued in private)\b")
SHORT_TITLE = 25
MIN_TURNS = 6  # turns by at least three speakers, two of them more than once
MIN_SPEAKERS = 3
MIN_RETURNING = 2


class Turn(NamedTuple):
    """A line opening a turn: the label's name, what its brackets hold, and the words after."""

    name: str
    brackets: tuple[str, ...]
    rest: str

    @property
    def office(self) -> str:
        """'Deputy Convener' of 'The Deputy Convener'; '' for a person's name."""
        return self.name[4:] if self.name.startswith("The ") else ""

    @property
    def key(self) -> str:
        """What the full and the short forms of one speaker's label share: the office, else
        the surname."""
        return self.office or self.name.split()[-1]


def turn_at(text: str) -> Turn | None:
    match = LABEL.match(text)
    if not match or match.group("name").casefold() in NOT_SPEAKERS:
        return None
    brackets = tuple(re.findall(r"\(([^()]+)\)", match.group("brackets")))
    turn = Turn(match.group("name"), brackets, match.group("rest"))
    person_like = turn.office or brackets or len(turn.name.split()) >= 2
    return turn if person_like else None


def speaker_turns(lines: list[Line]) -> int:
    """How many lines open a speaker's turn, when at least three speakers take turns and two
    of them come back: the evidence for this genre (0 without it)."""
    keys = Counter(turn.key for line in lines if (turn := turn_at(line.text)))
    returning = sum(1 for count in keys.values() if count > 1)
    turns = sum(keys.values())
    return turns if len(keys) >= MIN_SPEAKERS and returning >= MIN_RETURNING and turns >= MIN_TURNS else 0


def parse_proceedings(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    turns = {i: turn for i, line in enumerate(lines) if (turn := turn_at(line.text))}
    first = min(turns, default=len(lines))
    named = _named_in_full(list(turns.values()))
    units: list[Paragraph] = []
    current: Paragraph | None = None
    section = _section_above(lines, first, layout.width)
    last = len(lines)
    for i in range(first, len(lines)):
        line, turn = lines[i], turns.get(i)
        if turn is not None:
            current = Paragraph(
                doc="",
                number=len(units) + 1,
                text=turn.rest,
                speaker=_speaker(turn, named),
                section=section,
                themes=[],
                page=line.page,
                series="turn",
                label=str(len(units) + 1),
            )
            units.append(current)
        elif CLOSING.match(line.text):
            last = i
            break
        elif not line.text or PROCEDURE.match(line.text):
            continue
        elif is_heading(lines, i, layout.width):
            section, current = line.text, None
        elif current is not None:
            add_line(current, line.text)
    document = cover(lines, first)
    if document.author and len(document.title) < SHORT_TITLE:  # "Session 6": a meeting is named by who met
        document.title = document.author
    document.author = document.author or document.title
    document.participants = list(
        {participant.name: participant for _s, participant in named.values()}.values()
    )
    assign_themes(units, lexicon)
    document.paragraphs = units
    return Reading.of_layout(
        "proceedings",
        f"{len(turns)} speaker turns, {len(document.participants)} speakers, no question numbers",
        document,
        layout,
        front_matter=sum(1 for ln in lines[:first] if ln.text),
        back_matter=sum(1 for ln in lines[last:] if ln.text),
    )


def _section_above(lines: list[Line], first: int, width: int) -> str:
    """The agenda item over the first turn: a heading among the lines just above it."""
    above = [i for i in range(max(0, first - 6), first) if lines[i].text]
    return next((lines[i].text for i in reversed(above) if is_heading(lines, i, width)), "")


def _named_in_full(turns: list[Turn]) -> dict[str, tuple[str, Participant]]:
    """The speaker and participant each full label names (one with brackets), by its key."""
    named: dict[str, tuple[str, Participant]] = {}
    for turn in turns:
        if turn.brackets and turn.key not in named:
            named[turn.key] = _as_named(turn)
    return named


def _speaker(turn: Turn, named: dict[str, tuple[str, Participant]]) -> str:
    """Who speaks a turn, as the full label gives them: 'The Convener' is 'Ariane Burgess
    (Convener)'; 'Dr Sandford' is 'Dr Katherine Sandford, Community Energy Scotland'."""
    known = named.get(turn.key)
    return known[0] if known and _same_person(turn, known[1]) else turn.name


def _as_named(turn: Turn) -> tuple[str, Participant]:
    """A full label's speaker and participant."""
    if turn.office:
        role = "chair" if turn.office in CHAIRS else "member" if "Convener" in turn.office else "witness"
        name = turn.brackets[0]
        return f"{name} ({turn.office})", Participant(name, turn.office, "", role)
    if len(turn.brackets) >= 2:  # a seat and a party: a member
        return turn.name, Participant(turn.name, "", "", "member")
    organisation = turn.brackets[0]
    return f"{turn.name}, {organisation}", Participant(turn.name, "", organisation, "witness")


def _same_person(turn: Turn, participant: Participant) -> bool:
    """A short label names the participant its key found: their office, or their surname
    with a title or forename that does not contradict theirs."""
    if turn.office:
        return True
    return all(word in participant.name.split() for word in turn.name.split())
