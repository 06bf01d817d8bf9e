"""The proceedings genre: transcripts whose turns carry no question numbers, as a parliament's
official report of a committee meeting prints them. Each speaker turn is a unit, numbered in
order, or by the number the record prints before it ("[12] Mike Hedges: ..."). A speaker's
first turn names them in full, later ones in short: "Dr Katherine Sandford (Community Energy
Scotland):" then "Dr Sandford:"; "Mark Griffin (Central Scotland) (Lab):", a member (a seat and
a party); "The Convener (Ariane Burgess):" then "The Convener:", an office and who holds it.
Agenda items are the sections; timings, bracketed notes and the formulas of procedure ("Members
indicated agreement.") are no one's words."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph, Participant
from seminar_search.names import HONORIFICS, PARTY
from seminar_search.parsing.common import (
    TIME_OF_DAY,
    Reading,
    add_line,
    assign_themes,
    cover,
    is_heading,
    layout_lines,
)
from seminar_search.parsing.layout import Layout, Line
from seminar_search.parsing.transcript import NAME_WORD, NOT_SPEAKERS

TIMESTAMP = r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?"  # "[00:03:52]": where in a recording a turn starts
OFFICE = r"The\s+[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|for|of|and|the)){0,10}"  # "The Deputy Convener"
NAME = (  # a speaker's label: "The Convener (Ariane Burgess)", "Mark Griffin (Central Scotland) (Lab)"
    rf"(?P<name>{OFFICE}|[A-Z][\w’'.-]*(?:\s+{NAME_WORD}){{0,4}})(?P<brackets>(?:\s+\([^()]{{1,80}}\)){{0,2}})"
)
# a speaker's label and words, after the turn's number ("[12]"), an oral question's ("1. Ruth Jones
# (Newport West) (Lab): …") or the time in a recording ("[00:03:52]")
LABEL = re.compile(
    rf"^(?:\[(?P<number>\d{{1,5}})\]\s+|\d{{1,3}}\.\s+|{TIMESTAMP}\s+)?{NAME}:\s+(?P<rest>\S.*)$"
)
# a debate's record: the label on a line of its own; a recording's: the time after it ("Tom Evans   0:21")
NAME_LINE = re.compile(rf"^{NAME}(?P<colon>:?)(?P<time>\s+{TIMESTAMP})?$")
GOVERNMENT_OFFICE = re.compile(
    r"\b(?:Minister|Secretary of State|Under-Secretary|Cabinet Secretary|Solicitor General|Attorney General"
    r"|Chancellor of the Exchequer|Chief Secretary to the Treasury|Paymaster General)\b"
)
CHAIR_OFFICE = re.compile(r"\b(?:Chair\w*|Conven[eo]r|Presiding Officer)\b")
LIST_HEADING = re.compile(r"\b(?:witness(?:es)?|members|in attendance|present)\b", re.IGNORECASE)
WITNESS_HEADING = re.compile(r"\bwitness(?:es)?\b", re.IGNORECASE)
LIST_HEADING_MAX = 40
SPEECH_END = (".", "?", "!", "…", "—", "–", ":", '"', "”", "’")
PROCEDURE = re.compile(  # a timing, a bracketed note, a formula of the meeting's procedure or the record's
    rf"^(?:\[.*\]|{TIME_OF_DAY}|Members indicated (?:dis)?agreement\.?"
    r"|(?:The )?[Mm]eeting (?:opened|closed|suspended|continued)\b.*"
    r"|Question put(?: and agreed to)?\.?|Resolved,?|Sitting (?:suspended|adjourned)\b.*"
    r"|Question for [A-Z][^.?!]{2,80}"
    r"|(?:UIN \S+,? )?(?:[Aa]nswered|[Cc]orrected|[Tt]abled) on \d{1,2} \w+ \d{4})$"
)
WRITTEN_QUESTION = re.compile(r"^To ask (?:the|His|Her)\b")  # a written question's formula: a member asks
DECIDED = re.compile(r"^(?:Question put\b|Resolved,?$)")  # the speeches are over: what follows is the House's
CLOSING = re.compile(r"^(?:The )?[Mm]eeting (?:closed|continued in private)\b")
SPEECH_WORDS = 8  # a line this long under a label alone is its speech, however it ends
SHORT_TITLE = 25  # a cover's "title" shorter than this ("Session 6") names no meeting
MIN_TURNS = 6  # turns by at least three speakers, two of them more than once
MIN_SPEAKERS = 3
MIN_RETURNING = 2


class Turn(NamedTuple):
    """A line opening a turn: the label's name, what its brackets hold, and the words after."""

    name: str
    brackets: tuple[str, ...]
    rest: str
    number: int | None = None  # as the record prints it, if it does
    lines: int = 1  # a long label alone may wrap onto a second line
    colon: bool = False  # a label alone that ends with a colon ("Dr Jane Hall:") or a time, as a label does

    @property
    def office(self) -> str:
        """'Deputy Convener' of 'The Deputy Convener', 'Chair' of 'Chair'; '' for a person's name."""
        if self.name.startswith("The "):
            return self.name[4:]
        return self.name if CHAIR_OFFICE.fullmatch(self.name) else ""

    @property
    def key(self) -> str:
        """What the full and the short forms of one speaker's label share: the office, else
        the surname."""
        return self.office or self.name.split()[-1]


def turn_at(text: str) -> Turn | None:
    """The turn a line opens, if its label could name a person: an office, brackets, or more
    than one word."""
    match = LABEL.match(text)
    if not match or match.group("name").casefold() in NOT_SPEAKERS:
        return None
    printed = match.group("number")
    turn = _labelled(match)._replace(rest=match.group("rest"), number=int(printed) if printed else None)
    return turn if turn.office or turn.brackets or len(turn.name.split()) >= 2 else None


def _labelled(match: re.Match[str]) -> Turn:
    """The speaker a label's match names, with what its brackets hold."""
    return Turn(match.group("name"), tuple(re.findall(r"\(([^()]+)\)", match.group("brackets"))), "")


def turns_in(lines: list[Line]) -> dict[int, Turn]:
    """The lines opening a turn, by index: words that end as speech does or run on to the next
    line (a title's "Mental Health Strategy: Department of Health" does neither); or, in a
    record that prints them so (a debate's), labels alone on their lines over speech, each one
    that could only be a person's (an office, brackets, a title) or shortens a full one."""
    found, alone = {}, {}
    for i, line in enumerate(lines):
        turn = turn_at(line.text)
        runs_on = i + 1 < len(lines) and bool(lines[i + 1].text)
        if turn is not None and (turn.rest.endswith(SPEECH_END) or runs_on):
            found[i] = turn
        elif (label := _label_alone(line.text)) and _is_speech(_below(lines, i + 1)):
            alone[i] = label
        elif (label := _wrapped_label(line.text, _below(lines, i + 1))) and _is_speech(_below(lines, i + 2)):
            alone[i] = label._replace(lines=2)
    full = {turn.key for turn in alone.values() if turn.brackets}
    full |= {
        turn.brackets[0].split()[-1] for turn in alone.values() if turn.office and turn.brackets
    }  # holders
    alone = {i: turn for i, turn in alone.items() if _a_persons(turn, full)}
    return alone if len(alone) > len(found) else found


def _a_persons(turn: Turn, full_keys: set[str]) -> bool:
    """A label alone that only a person's could be, not a heading's ("Local Bus Services")."""
    shortened = turn.key in full_keys and len(turn.name.split()) > 1  # "Ruth Cadbury"
    named = turn.colon and len(turn.name.split()) > 1  # "Tom Evans:", a label as an inline one is
    return bool(turn.office or turn.brackets or _titled(turn.name) or shortened or named)


def _below(lines: list[Line], i: int) -> str:
    """The text of line i, or of the next where line i is blank (a blank line or a page's turn
    between a label and its speech)."""
    if i < len(lines) and not lines[i].text:
        i += 1
    return lines[i].text if i < len(lines) else ""


def _wrapped_label(text: str, following: str) -> Turn | None:
    """A label alone run onto a second line, which ends its last bracket: "The Parliamentary
    Under-Secretary of State, Department for Education" over "(Baroness Barran) (Con)"."""
    if not (text and following.endswith(")")):
        return None
    return _label_alone(f"{text} {following}")


def _label_alone(text: str) -> Turn | None:
    named = NAME_LINE.match(text)
    if not named or named.group("name").casefold() in NOT_SPEAKERS:
        return None
    return _labelled(named)._replace(colon=bool(named.group("colon") or named.group("time")))


def _is_speech(text: str) -> bool:
    """Words as a speaker says them: no label, no list's heading; a sentence's end or a run."""
    if NAME_LINE.match(text) or text.endswith(":"):
        return False
    return text.endswith((".", "?", "!", ",", "…")) or len(text.split()) >= SPEECH_WORDS


def speaker_turns(lines: list[Line]) -> int:
    """How many lines open a speaker's turn, when at least three speakers take turns and two
    of them come back, or when written questions ("To ask the Secretary of State …") are each
    answered by another speaker: the evidence for this genre (0 without it)."""
    found = turns_in(lines)
    keys = Counter(turn.key for turn in found.values())
    returning = sum(1 for count in keys.values() if count > 1)
    turns = sum(keys.values())
    if len(keys) >= MIN_SPEAKERS and returning >= MIN_RETURNING and turns >= MIN_TURNS:
        return turns
    return turns if _questions_answered(lines, found) else 0


def _questions_answered(lines: list[Line], turns: dict[int, Turn]) -> bool:
    """Whether some turns ask written questions and each is followed by another speaker's."""
    order = sorted(turns)
    asked = [
        k
        for k, i in enumerate(order)
        if WRITTEN_QUESTION.match(turns[i].rest or _below(lines, i + turns[i].lines))
    ]
    return bool(asked) and all(
        k + 1 < len(order) and turns[order[k + 1]].key != turns[order[k]].key for k in asked
    )


def parse_proceedings(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    turns = turns_in(lines)
    first = min(turns, default=len(lines))
    speakers = Speakers(list(turns.values()), [line.text for line in lines[:first]])
    units: list[Paragraph] = []
    current: Paragraph | None = None
    section = _section_above(lines, first, layout.width)
    last = len(lines)
    label_ends = 0  # past the label's last line
    for i in range(first, len(lines)):
        line, turn = lines[i], turns.get(i)
        if i < label_ends:
            continue
        if turn is not None:
            label_ends = i + turn.lines
            number = len(units) + 1 if turn.number is None else turn.number
            current = Paragraph(
                doc="",
                number=number,
                text=turn.rest,
                speaker=speakers.of(turn),
                section=section,
                themes=[],
                page=line.page,
                series="turn",
                label=str(number),
            )
            units.append(current)
        elif CLOSING.match(line.text):
            last = i
            break
        elif DECIDED.match(line.text):
            current = None
        elif not line.text or PROCEDURE.match(line.text):
            continue
        elif current is not None and not current.text:  # a label alone's speech, however short
            add_line(current, line.text)
        elif is_heading(lines, i, layout.width):
            section, current = line.text, None
        elif current is not None:
            add_line(current, line.text)
    document = cover(lines, first)
    # "Session 6", or the committee's name in two languages: a meeting is named by who met
    if document.author and (len(document.title) < SHORT_TITLE or document.author in document.title):
        document.title = document.author
    document.author = document.author or document.title
    document.participants = speakers.participants()
    assign_themes(units, lexicon)
    document.paragraphs = units
    return Reading.of_layout(
        "proceedings",
        f"{len(turns)} speaker turns, {len(document.participants)} speakers, no question numbers",
        document,
        layout,
        lines,
        (first, last),
    )


def _section_above(lines: list[Line], first: int, width: int) -> str:
    """The agenda item over the first turn: a heading standing alone just above it."""
    above = [i for i in range(first) if lines[i].text and not PROCEDURE.match(lines[i].text)][-1:]
    alone = above and (above[0] == 0 or not lines[above[0] - 1].text)
    return lines[above[0]].text if alone and is_heading(lines, above[0], width) else ""


class Speakers:
    """Who speaks each turn. A full label (one with brackets) names its speaker for the short
    labels that share its key: 'The Convener' is 'Ariane Burgess (Convener)', 'Dr Sandford' is
    'Dr Katherine Sandford, Community Energy Scotland'. A short label with a title and no full
    one ('Ms Bradshaw') takes the name the cover lists ('Ms Paula Bradshaw'); those never named
    with an organisation are the members."""

    def __init__(self, turns: list[Turn], cover_lines: list[str]) -> None:
        names = [text.lstrip("*") for text in cover_lines if text.strip("*")]
        self.listed = [name for name in names if _titled(name)]
        self.named: dict[str, tuple[str, Participant]] = {}
        for turn in turns:
            if turn.brackets and turn.key not in self.named:
                self.named[turn.key] = self._as_named(turn)
                if turn.office:  # "Guy Opperman:" later is the office's holder
                    self.named.setdefault(turn.brackets[0].split()[-1], self.named[turn.key])
        self.members: dict[str, Participant] = {}
        self.cover_roles = _cover_roles(names, {turn.name for turn in turns})

    def of(self, turn: Turn) -> str:
        known = self.named.get(turn.key)
        if known and (turn.office or set(turn.name.split()) <= set(known[1].name.split())):
            return known[0]
        name = self._listed(turn.name)
        role = self.cover_roles.get(name) or _role(turn.office)
        self.members.setdefault(name, Participant(name, turn.office, "", role))
        return name

    def participants(self) -> list[Participant]:
        named = {participant.name: participant for _speaker, participant in self.named.values()}
        return [*named.values(), *(p for name, p in self.members.items() if name not in named)]

    def _as_named(self, turn: Turn) -> tuple[str, Participant]:
        """A full label's speaker and participant: an office and its holder, a member (a seat
        and a party), or a witness and their organisation."""
        if turn.office:
            name = self._listed(turn.brackets[0])
            return f"{name} ({turn.office})", Participant(name, turn.office, "", _role(turn.office))
        if GOVERNMENT_OFFICE.search(turn.brackets[0]):  # "Guy Opperman (Minister for Roads and …)"
            office = turn.brackets[0]
            return f"{turn.name} ({office})", Participant(turn.name, office, "", "government")
        if len(turn.brackets) >= 2 or PARTY.match(turn.brackets[0]):  # a seat and a party, or a party
            return turn.name, Participant(turn.name, "", "", "member")
        organisation = turn.brackets[0]
        return f"{turn.name}, {organisation}", Participant(turn.name, "", organisation, "witness")

    def _listed(self, name: str) -> str:
        """'Ms Bradshaw' as the cover lists her, 'Ms Paula Bradshaw'; else as given."""
        words = name.split()
        if len(words) < 2 or not _titled(name):
            return name
        for text in self.listed:
            listed = text.split()
            if listed[0] == words[0] and words[-1] in listed:
                return " ".join(listed[: listed.index(words[-1]) + 1])
        return name


def _cover_roles(cover_lines: list[str], spoken: set[str]) -> dict[str, str]:
    """Roles the cover's lists give the names that speak: under a "Witnesses" heading (or
    after it on its line, entries separated by semicolons) a witness, under another
    ("Committee members in attendance") a member, and a member whose entry (its line, or the
    lines under it before the next name) names a chair's office the chair."""
    roles: dict[str, str] = {}
    listing, last = "", ""
    for text in cover_lines:
        head, colon, listed = text.partition(":")
        entries = [text]
        if LIST_HEADING.search(head) and len(head) <= LIST_HEADING_MAX:
            listing, last = ("witness" if WITNESS_HEADING.search(head) else "member"), ""
            entries = [entry.strip() for entry in listed.split(";")] if colon else []  # "Witnesses: A; B"
        for entry in entries:
            starting = [n for n in spoken if listing and re.match(rf"{re.escape(n)}\b", entry)]
            if starting:
                last = max(starting, key=len)
                roles.setdefault(last, listing)
            if last and listing == "member" and CHAIR_OFFICE.search(entry):  # a witness may chair a body
                roles[last] = "chair"
    return roles


def _titled(name: str) -> bool:
    return name.split()[0].rstrip(".") in HONORIFICS


def _role(office: str) -> str:
    """A chair's office ('Convener', 'Chairperson'); a deputy's or none, a member's; a
    minister's ('Parliamentary Under-Secretary of State for Transport'), the government's;
    another ('Chief Executive of …'), a witness's."""
    if not office or office.startswith("Deputy"):
        return "member"
    if CHAIR_OFFICE.search(office):
        return "chair"
    return "government" if GOVERNMENT_OFFICE.search(office) else "witness"
