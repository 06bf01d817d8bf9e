"""The oral-evidence genre: question-and-answer transcripts. Each speaker turn is a unit;
a question's number (`Q183`) labels the question and the answers that follow it; a turn's
later paragraphs keep its speaker; the short labels of the transcript ("Chair", "Mr Heath",
"Professor Yates") resolve to the full names of the members and witnesses lists; each
"Witnesses:" paragraph opens a panel."""

from __future__ import annotations

import re
from dataclasses import replace

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph, Participant
from seminar_search.names import HONORIFICS, POSTNOMINAL_WORDS
from seminar_search.parsing.common import Reading, add_line, assign_themes, layout_lines
from seminar_search.parsing.cover import cover
from seminar_search.parsing.formulas import CLOSING, DECIDED, PROCEDURE, SURNAME_FIRST
from seminar_search.parsing.layout import Layout, Line

CAPITAL = r"[A-ZÀ-ÖØ-Þ]"  # a name's capital, accented too ("Ó Broin", "Éamon")
# a name's word, a particle too: "Ursula von der Leyen", "Mabon ap Gwynfor"
NAME_WORD = rf"(?:{CAPITAL}[\w’'.-]*|d[’']{CAPITAL}[\w’'-]*|de|van|von|der|du|la|le|of|ap|ab)"
CHAIR_MARK = re.compile(r"\s*\((?:The )?(?:Chair|Chairman|Chairwoman|Convener|Convenor)\)")
CHAIR_LABELS = {"Chair", "Chairman", "The Chairman", "The Chair", "Chairwoman", "Convener", "The Convener"}
TURN = re.compile(
    rf"^(?:Q\s?(?P<q>\d{{1,4}})\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+{NAME_WORD}){{0,4}}):\s*(?P<rest>.*)$"
)
NOT_SPEAKERS = {
    "members present",
    "witnesses",
    "written evidence from witnesses",
    "questions",
    "note",
    "source",
}
POSTNOMINAL_RUN = rf"(?:,?\s+(?:{POSTNOMINAL_WORDS})\b)*"
MEMBERS = re.compile(r"^Members present:\s*(.*)$")
WITNESSES = re.compile(r"^Witnesses?:\s*(.*)$")
# over a list of the witnesses, one a line: "Polly Neate, Chief Executive, Shelter"
WITNESS_HEADING = re.compile(r"^Witnesses?$")
# a panel's opening where no "Witnesses:" paragraph is: "Ben Beadle and Polly Neate gave evidence."
GAVE_EVIDENCE = re.compile(r"^[A-Z].* gave evidence\.?$")
# a bill committee's members, surname first: "† Amesbury, Mike (Weaver Vale) (Lab)"
LISTED_MEMBER = re.compile(rf"^†?\s*{SURNAME_FIRST}")
IN_THE_CHAIR = re.compile(r"^\[(?P<name>[^\]]+?) in the Chair\]$")  # "[Sir Mark Hendrick in the Chair]"
PANEL_LIST = re.compile(r"^[IVX]{1,4}:\s+(\S.*)$")  # "II: Dr Jane Hall, Policy Officer, ...": a panel
MIN_QUESTIONS = 3
LONE_QUESTION = re.compile(r"^Q\s?\d{1,4}$")  # "Q12" on a line of its own, over its first turn


def question_turns(lines: list[Line]) -> int:
    """How many lines open a numbered question in sequence: the evidence for this genre."""
    last, count = 0, 0
    for line in questions_joined(lines):
        match = TURN.match(line.text)
        if match and match.group("q") and int(match.group("q")) > last:
            last, count = int(match.group("q")), count + 1
    return count


def questions_joined(lines: list[Line]) -> list[Line]:
    """A question's number standing on a line of its own ("Q12", then "Chair: ...") joined to
    the turn it opens, as most transcripts print it on one line ("Q12 Chair: ...")."""
    joined: list[Line] = []
    pending: Line | None = None
    for line in lines:
        if pending is not None and line.text:
            turn = TURN.match(line.text)
            if turn and not turn.group("q"):
                line = replace(line, text=f"{pending.text} {line.text}")
            else:
                joined.append(pending)
            pending = None
        if LONE_QUESTION.match(line.text):
            pending = line
        elif pending is None or line.text:
            joined.append(line)
    return [*joined, pending] if pending else joined


def parse_transcript(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = questions_joined(layout_lines(layout))
    members, chair, witness_text = _lists(lines)
    labels = {
        m.group("name") for ln in lines if (m := TURN.match(ln.text)) and _speaker_like(m.group("name"))
    }
    numbered = {m.group("name") for ln in lines if (m := TURN.match(ln.text)) and m.group("q")}
    witnesses = _witnesses(labels - numbered, witness_text)
    units: list[Paragraph] = []
    current: Paragraph | None = None
    # a panel opens at each "Witnesses: …", else at each "… gave evidence."; with neither, one panel
    opener = next((p for p in (WITNESSES, GAVE_EVIDENCE) if any(p.match(ln.text) for ln in lines)), None)
    question, panel, first = "", int(opener is None), len(lines)
    for i, line in enumerate(lines):
        if opener and opener.match(line.text):
            panel += 1
            current = None
            continue
        if DECIDED.match(line.text) or CLOSING.match(line.text):  # "Ordered, That …", "Adjourned till …"
            current = None
        if PROCEDURE.match(line.text):  # "2.46 pm"
            continue
        match = TURN.match(line.text)
        if match and match.group("name") in labels and _speaker_like(match.group("name")) and panel:
            if match.group("q"):
                question = f"Q{match.group('q')}"
            if not question:
                continue
            name = match.group("name")
            speaker = _member(name, members, chair) if name in numbered else witnesses[name] or name
            current = Paragraph(
                doc="",
                number=len(units) + 1,
                text=match.group("rest"),
                speaker=speaker,
                section=f"Panel {panel}",
                themes=[],
                page=line.page,
                series="question",
                label=question,
            )
            units.append(current)
            first = min(first, i)
        elif current is not None and line.text and not _panel_heading(line.text):
            add_line(current, line.text)
    document = cover(lines, first, layout.headers)
    document.author = document.author or document.title
    document.participants = [
        *[Participant(name, "", "", "chair" if name == chair else "member") for name in members],
        *[
            Participant(*_name_and_role(full), "", "witness")
            for full in dict.fromkeys(witnesses.values())
            if full
        ],
    ]
    assign_themes(units, lexicon)
    document.paragraphs = units
    return Reading.of_layout(
        "transcript",
        f"{question_turns(lines)} numbered questions in sequence (Q-turns), {len(labels)} speakers",
        document,
        layout,
        lines,
        (first, None),
    )


def _name_and_role(full: str) -> tuple[str, str]:
    name, _, role = full.partition(", ")
    return name, role


def _speaker_like(name: str) -> bool:
    return name.casefold() not in NOT_SPEAKERS and len(name) <= 60


def _panel_heading(text: str) -> bool:
    return text.casefold().startswith("examination of witness")


def _lists(lines: list[Line]) -> tuple[list[str], str, str]:
    """The members present (with the chair), and the witnesses' names and roles: the cover's
    panel lists ("I: Neil Couling, Director General, ...; and ...") where it has them, else the
    "Witnesses:" paragraphs."""
    members: list[str] = []
    chair = ""
    witness_text = []
    panel_lists = []
    for i, line in enumerate(lines):
        if (taken := IN_THE_CHAIR.match(line.text)) and not chair:
            chair = taken["name"]
            members.append(chair)
        if listed := LISTED_MEMBER.match(line.text):
            members.append(f"{listed['forename']} {listed['surname']}")
        elif match := MEMBERS.match(line.text):
            text = _run_on(lines, i, match.group(1))
            for entry in text.split(";"):
                name = entry.strip().rstrip(".")
                if CHAIR_MARK.search(name):
                    name = CHAIR_MARK.sub("", name).strip()
                    chair = name
                if name and name not in members:
                    members.append(name)
        elif match := WITNESSES.match(line.text):
            witness_text.append(_run_on(lines, i, match.group(1)))
        elif WITNESS_HEADING.match(line.text):
            witness_text += _listed_under(lines, i)
        elif match := PANEL_LIST.match(line.text):
            panel_lists.append(_run_on(lines, i, match.group(1)))
    return members, chair, " ".join(panel_lists or witness_text)


def _run_on(lines: list[Line], i: int, text: str) -> str:
    """A list paragraph wrapped over the lines after it, until a turn, a new list or a panel's
    heading ("Examination of witnesses")."""
    for line in lines[i + 1 : i + 12]:
        listed = WITNESSES.match(line.text) or PANEL_LIST.match(line.text) or _panel_heading(line.text)
        if not line.text or TURN.match(line.text) or line.text.startswith("Questions") or listed:
            break
        text = f"{text} {line.text}"
    return text


def _listed_under(lines: list[Line], heading: int) -> list[str]:
    """A list's entries under its heading, one a line, blank lines between them or none: to a
    sentence, a turn or another heading."""
    entries = []
    for line in lines[heading + 1 : heading + 24]:
        if line.text and ("," not in line.text or line.text.endswith(".") or TURN.match(line.text)):
            break
        entries += [f"{line.text};"] if line.text else []
    return entries


def _member(label: str, members: list[str], chair: str) -> str:
    """'Chair' is the chair; 'Mr Heath' is 'Mr David Heath'; a full name is itself."""
    if label in CHAIR_LABELS and chair:
        return f"{chair} (Chair)"
    surname = label.split()[-1]
    found = [m for m in members if m.split()[-1] == surname]
    return found[0] if len(found) == 1 else label


def _witnesses(labels: set[str], text: str) -> dict[str, str]:
    """Each witness's full name and role from the "Witnesses:" paragraphs: 'Professor Yates'
    is 'Professor Mick Yates, Visiting Professor, Consumer Data Research Centre, University of
    Leeds' (the role runs to the next witness's name)."""
    titles = "|".join(HONORIFICS)
    found: list[tuple[int, int, str]] = []
    for label in labels:
        words = label.split()
        surname = " ".join(words[1:]) if words[0].rstrip(".") in HONORIFICS and len(words) > 1 else words[-1]
        name = re.search(
            rf"(?:(?:{titles})\s+)?(?:[A-Z][\w’'-]+\s+){{0,3}}{re.escape(surname)}\b{POSTNOMINAL_RUN}", text
        )
        if name:
            found.append((name.start(), name.end(), label))
    found.sort()
    resolved = dict.fromkeys([label for _s, _e, label in found] + sorted(labels), "")  # as listed
    for k, (start, end, label) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        between = text[end:stop].strip(" ,;")  # witnesses listed with commas, "and" or semicolons
        role = re.sub(r"((?:^|,?\s+)and|,?\s+gave evidence\.?|\.)\s*$", "", between).strip(" ,;")
        resolved[label] = f"{text[start:end]}, {role}" if role else text[start:end]
    return resolved
