"""The oral-evidence genre: question-and-answer transcripts. Each speaker turn is a unit;
a question's number (`Q183`) labels the question and the answers that follow it; a turn's
later paragraphs keep its speaker; the short labels of the transcript ("Chair", "Mr Heath",
"Professor Yates") resolve to the full names of the members and witnesses lists; each
"Witnesses:" paragraph opens a panel."""

from __future__ import annotations

import re
from dataclasses import replace

from seminar_search.lexicon import Entry
from seminar_search.model import UNNUMBERED, Paragraph, Participant, label_unnumbered
from seminar_search.names import HONORIFICS, POSTNOMINAL_WORDS, out_of_capitals
from seminar_search.parsing.common import Reading, add_line, assign_themes, layout_lines
from seminar_search.parsing.cover import cover
from seminar_search.parsing.formulas import CLOSING, DECIDED, GAVE_EVIDENCE, PROCEDURE, SURNAME_FIRST
from seminar_search.parsing.layout import Layout, Line
from seminar_search.parsing.offices import speaks_for_government

CAPITAL = r"[A-ZÀ-ÖØ-Þ]"  # a name's capital, accented too ("Ó Broin", "Éamon")
# a name's word, a particle too: "Ursula von der Leyen", "Mabon ap Gwynfor"
NAME_WORD = rf"(?:{CAPITAL}[\w’'.-]*|d[’']{CAPITAL}[\w’'-]*|de|van|von|der|du|la|le|of|ap|ab)"
CHAIR_MARK = re.compile(  # "Andrew Miller (Chair)", as old minutes print it "Mr Barry Sheerman, in the Chair"
    r"\s*(?:\((?:The )?(?:Chair|Chairman|Chairwoman|Convener|Convenor)\)|, in the Chair$)"
)
CHAIR_LABELS = {"Chair", "Chairman", "The Chairman", "The Chair", "Chairwoman", "Convener", "The Convener"}
QUESTION_NUMBER = r"\[?Q\.?\s?(?P<q>\d{1,4})\.?\]?"  # "Q12", "Q 12", "Q12.", "Q.12", "[Q12]"
TURN = re.compile(
    rf"^(?:{QUESTION_NUMBER}\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+{NAME_WORD}){{0,4}}):\s*(?P<rest>.*)$"
)
NOT_SPEAKERS = {
    "members present",
    "witnesses",
    "witness",
    "written evidence from witnesses",
    "questions",
    "note",
    "source",
}
POSTNOMINAL_RUN = rf"(?:,?\s+(?:{POSTNOMINAL_WORDS})\b)*"
MEMBERS = re.compile(r"^Members present:\s*(.*)$")  # and their names, or those one a line below
WITNESSES = re.compile(r"^Witness(?:es)?:\s*(.*)$")  # "Witness: Hugh Milward." too
# over a list of the witnesses, one a line: "Polly Neate, Chief Executive, Shelter"
WITNESS_HEADING = re.compile(r"^Witness(?:es)?$")
# old minutes' panel, its names in capitals: "MR JOHN HARWOOD, Chief Executive, and …, examined."
EXAMINED = re.compile(r"^(?:(?:THE )?RT HON|MRS?|MS|DR|PROFESSOR|SIR|LORD|BARONESS|DAME) [A-Z][A-Z .’'-]*,")
EXAMINED_END = re.compile(r",?\s+(?:(?:were|was)\s+)?(?:called in and\s+)?examined\.$")
MEMBER_OF_THE_HOUSE = re.compile(r"\s*\b(?:an? )?Member of (?:the|this) House,")  # a minister's: no post
CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)+\b")  # "MR JOHN HARWOOD", not "LSC"
# a bill committee's members, surname first: "† Amesbury, Mike (Weaver Vale) (Lab)"
LISTED_MEMBER = re.compile(rf"^†?\s*{SURNAME_FIRST}")
IN_THE_CHAIR = re.compile(r"^\[(?P<name>[^\]]+?) in the Chair\]$")  # "[Sir Mark Hendrick in the Chair]"
PANEL_NUMERAL = re.compile(r"[IVX]{1,4}")  # a panel's: "II"
PANEL_LIST = re.compile(rf"^{PANEL_NUMERAL.pattern}:\s+(\S.*)$")  # "II: Dr Jane Hall, Policy Officer, …"
MIN_QUESTIONS = 2  # "Q1 Chair: …", "Q2 …" in sequence: a short session's evidence is two
MIN_ANSWERED = 3  # old minutes' "3. Can I ask …" over "(Mr Sanderson) We …": weaker, so more
LONE_QUESTION = re.compile(rf"^{QUESTION_NUMBER}$")  # "Q12" on a line of its own, over its first turn
# minutes of evidence as the Commons printed them until the mid-2000s: "3. Can I ask …" under
# its asker's name on a line of its own, each answer opened by its witness, "(Mr Sanderson) We …"
NUMBERED_QUESTION = re.compile(r"^(?P<q>\d{1,4})\.\s+(?P<rest>\S.*)$")
BRACKETED_ANSWER = re.compile(  # a minister by name alone: "(Margaret Hodge) I do, Chairman."
    rf"^\((?P<name>(?:{'|'.join(HONORIFICS)})\.?(?:\s+{NAME_WORD}){{1,4}}|{CAPITAL}[a-z’'-]+(?:\s+{CAPITAL}[\w’'-]+){{1,2}})\)"
    r"\s+(?P<rest>\S.*)$"
)
ASKER = re.compile(rf"^(?:The )?{CAPITAL}[\w’'-]*(?:\s+{NAME_WORD}){{0,4}}$")  # "Mr Chaytor", "Chairman"


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
    the turn it opens, as most transcripts print it on one line ("Q12 Chair: ..."); the old
    minutes' questions and answers written as such turns."""
    lines = _old_minutes_as_turns(lines)
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


def _old_minutes_as_turns(lines: list[Line]) -> list[Line]:
    """Old minutes of evidence written as the turns transcripts print now: "Mr Chaytor" over
    "3. Can I ask …" is "Q3 Mr Chaytor: Can I ask …" (a question under no name continues the
    last asker's), "(Mr Sanderson) We do not …" is "Mr Sanderson: We do not …". Only the
    numbered lines answered so, in sequence, are questions: a memorandum's numbered paragraphs
    printed before them are not; what a page repeats under each "Examination of Witnesses
    (Questions 20-39)" before the next question (the date, the witnesses' names) is dropped."""
    answered: dict[int, int] = {}  # the questions' lines, and their numbers
    numbered = [(i, int(m["q"])) for i, line in enumerate(lines) if (m := NUMBERED_QUESTION.match(line.text))]
    for k, (i, q) in enumerate(numbered):
        following = lines[i + 1 : numbered[k + 1][0] if k + 1 < len(numbered) else None]
        before = next((ln.text for ln in reversed(lines[:i]) if ln.text), "")
        in_sequence = q > max(answered.values(), default=0) and not _runs_on(before)
        if in_sequence and any(BRACKETED_ANSWER.match(ln.text) for ln in following):
            answered[i] = q
    if len(answered) < MIN_ANSWERED:
        return lines
    listed = {k for i, ln in enumerate(lines) if MEMBERS.fullmatch(ln.text) for k in _names_under(lines, i)}
    turns: list[Line] = []
    asker = "Chairman"  # the first question is the chair's unless a name heads it
    asked = repeated = False
    for i, line in enumerate(lines):
        question = NUMBERED_QUESTION.match(line.text)
        answer = BRACKETED_ANSWER.match(line.text)
        if question and i in answered:
            line = replace(line, text=f"Q{question['q']} {asker}: {question['rest']}")
            asked, repeated = True, False
        elif answer:
            line = replace(line, text=f"{answer['name']}: {answer['rest']}")
        elif ASKER.match(line.text) and i not in listed and _asks_next(lines, i, answered):
            asker, repeated = line.text, False
            continue
        elif asked and _panel_heading(line.text):
            repeated = True
        elif EXAMINED.match(line.text):  # the next panel's witnesses
            repeated = False
        if not repeated or not line.text:
            turns.append(line)
    return turns


def _runs_on(text: str) -> bool:
    """Whether a line breaks off mid-sentence, "… in March" over "2001. We then …": what starts
    the next is no question's number."""
    return bool(re.search(r"[a-z,;–—-]$", text)) and not ASKER.match(text)


def _asks_next(lines: list[Line], i: int, answered: dict[int, int]) -> bool:
    """Whether the next line with text after line i is one of the answered questions."""
    return next((k for k in range(i + 1, len(lines)) if lines[k].text), None) in answered


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
    # a panel opens at each "Witnesses: …", else at each "… gave evidence." or "MR …, examined.";
    # with none of them, one panel
    openers = (WITNESSES, GAVE_EVIDENCE, EXAMINED)
    opener = next((p for p in openers if any(p.match(ln.text) for ln in lines)), None)
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
            if not question and not opener:  # before the first question, only turns a panel's opening heads
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
                series="question" if question else UNNUMBERED,  # "text before Q1": a chair's welcome
                label=question,
            )
            units.append(current)
            first = min(first, i)
        elif current is not None and line.text and not _panel_heading(line.text):
            add_line(current, line.text)
    document = cover(lines, first, layout.headers)
    document.author = document.author or document.title
    spoken = {unit.speaker for unit in units}  # a witness no list names, "Lord Maude of Horsham:", too
    taking_part = (full or label for label, full in witnesses.items() if full or label in spoken)
    document.participants = [
        *[Participant(name, "", "", "chair" if name == chair else "member") for name in members],
        *[_witness_taking_part(full) for full in dict.fromkeys(taking_part)],
    ]
    assign_themes(units, lexicon)
    label_unnumbered(units)
    document.paragraphs = units
    return Reading.of_layout(
        "transcript",
        f"{question_turns(lines)} numbered questions in sequence (Q-turns), {len(labels)} speakers",
        document,
        layout,
        lines,
        (first, None),
    )


def _witness_taking_part(full: str) -> Participant:
    """'Mr John Harwood, Chief Executive' as a participant: a minister or a department's
    official giving evidence speaks for the government, any other witness for themselves."""
    name, _, role = full.partition(", ")
    return Participant(name, role, "", "government" if speaks_for_government(role) else "witness")


def _speaker_like(name: str) -> bool:
    """A label's name, not a list's ("Witnesses:") nor a panel's numeral ("II: Hugh Milward, …")."""
    return name.casefold() not in NOT_SPEAKERS and len(name) <= 60 and not PANEL_NUMERAL.fullmatch(name)


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
            one_a_line = [] if match.group(1) else [lines[k].text for k in _names_under(lines, i)]
            text = "; ".join(one_a_line) if one_a_line else _run_on(lines, i, match.group(1))
            for entry in text.split(";"):
                name = entry.strip().rstrip(".")
                if CHAIR_MARK.search(name):
                    name = CHAIR_MARK.sub("", name).strip()
                    chair = name
                if name and name not in members:
                    members.append(name)
        elif match := WITNESSES.match(line.text):
            witness_text.append(_run_on(lines, i, match.group(1)))
        elif EXAMINED.match(line.text) and EXAMINED_END.search(text := _run_on(lines, i, line.text)):
            examined = MEMBER_OF_THE_HOUSE.sub("", EXAMINED_END.sub("", text))
            witness_text.append(CAPITALS_RUN.sub(lambda m: out_of_capitals(m[0]), examined))
        elif WITNESS_HEADING.match(line.text):
            witness_text += _listed_under(lines, i)
        elif _panel_heading(line.text) and (named := _named_under_examination(lines, i)):
            witness_text.append(named)  # "Examination of witnesses" over "Dr Hannah White, Director, …"
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
        if text.endswith("."):  # the list's sentence has ended: "…; Baroness Suttie." over the session's line
            break
        text = f"{text} {line.text}"
    return text


def _named_under_examination(lines: list[Line], heading: int) -> str:
    """The witnesses a Lords record names in a sentence under "Examination of witnesses" ("Dr
    Hannah White, Director, Institute for Government; and Mr Raphael Hogarth, …."), where no
    "Witnesses:" or panel's list follows; else ''."""
    following = next((k for k in range(heading + 1, min(heading + 4, len(lines))) if lines[k].text), None)
    if following is None:
        return ""
    text = lines[following].text
    listed = WITNESSES.match(text) or PANEL_LIST.match(text) or TURN.match(text)
    return "" if listed or "," not in text else _run_on(lines, following, text)


def _listed_under(lines: list[Line], heading: int) -> list[str]:
    """A list's entries under its heading, one a line, blank lines between them or none: to a
    sentence, a turn or another heading."""
    entries = []
    for line in lines[heading + 1 : heading + 24]:
        if line.text and ("," not in line.text or line.text.endswith(".") or TURN.match(line.text)):
            break
        entries += [f"{line.text};"] if line.text else []
    return entries


def _names_under(lines: list[Line], heading: int) -> list[int]:
    """The lines under a heading that list names one a line, blank lines between them or none."""
    names: list[int] = []
    for k in range(heading + 1, min(heading + 40, len(lines))):
        text = lines[k].text
        if text and (not ASKER.match(CHAIR_MARK.sub("", text)) or _panel_heading(text)):
            break  # "Examination of Witnesses" after a blank line: no member
        names += [k] if lines[k].text else []
    return names


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
        name = re.search(  # a whole name: not the "I" of "AI Research"
            rf"\b(?:(?:{titles})\s+)?(?:[A-Z][\w’'-]+\s+){{0,3}}{re.escape(surname)}\b{POSTNOMINAL_RUN}", text
        )
        if name:
            found.append((name.start(), name.end(), label))
    found.sort()
    resolved = dict.fromkeys([label for _s, _e, label in found] + sorted(labels), "")  # as listed
    for k, (start, end, label) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        between = text[end:stop]
        if another := re.search(rf"(?:;|,?\s+and)\s+(?:{titles})\.?\s", between):  # one who does not speak
            between = between[: another.start()]
        between = between.strip(" ,;")  # witnesses listed with commas, "and" or semicolons
        role = re.sub(r"((?:^|,?\s+)and|,?\s+gave evidence\.?|\.)\s*$", "", between).strip(" ,;")
        resolved[label] = f"{text[start:end]}, {role}" if role else text[start:end]
    return resolved
