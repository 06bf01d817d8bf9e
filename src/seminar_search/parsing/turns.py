"""Where a record's speaker turns start: a label and the words after it on its line ("Mark
Griffin (Central Scotland) (Lab): …", "Mr. LATTA. …", "AB: …" under a key, an inquiry's "Q."
and "A."), or a label alone over the speech (a debate's), and how many turns a text shows:
the evidence for the proceedings genre, which reads them (proceedings.py)."""

from __future__ import annotations

import re
from collections import Counter

from seminar_search.names import POSTNOMINALS, SMALL_WORDS, TITLES, out_of_capitals
from seminar_search.parsing.common import SENTENCE_THEN_NEXT, SHORT_LINE
from seminar_search.parsing.hearings import QUESTION_OR_ANSWER, hearing_call
from seminar_search.parsing.layout import Line
from seminar_search.parsing.measure import usual_width
from seminar_search.parsing.speakers import Turn, speakers_listed, titled
from seminar_search.parsing.transcript import CAPITAL, NAME_WORD, NOT_SPEAKERS
from seminar_search.parsing.witnesses import CHAIRING

BARE_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)*")  # "Milne", "O'Neill", "Baillie-Hamilton"
BARE_NAME_WORDS = 3
TIMESTAMP = r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?"  # "[00:03:52]": where in a recording a turn starts
# "The Deputy Convener", or a minister's office as a label ("Minister for Housing, Local Government …")
OFFICE = r"(?:The\s+|(?=Minister\b))[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|for|of|and|the)){0,10}"
UNNAMED = r"(?:Speaker|Participant|Delegate|Attendee) \d{1,3}"  # a recording's transcriber names no one
MEMBERS_VOICE = r"(?:Some|An) hon(?:\.|ourable) (?:[Mm]ember|[Ss]enator)s?"  # "Some hon. members: Agreed."
NAME = (  # a speaker's label: "The Convener (Ariane Burgess)", "Mark Griffin (Central Scotland) (Lab)"
    rf"(?P<name>{OFFICE}|{UNNAMED}|{MEMBERS_VOICE}|{CAPITAL}[\w’'.-]*(?:\s+{NAME_WORD}){{0,4}})(?P<brackets>(?:\s+\((?:[^()]|\([^()]*\)){{1,80}}\)){{0,2}})"
)
# a speaker's label and words, after the turn's number ("[12]"), an oral question's ("1. Jo Lee (Lab)
# to the Minister of Housing: …") or a recording's time ("[00:03:52]"); or, as the European
# Parliament prints it, a dash after a full stop ("Maria Silva, on behalf of the PPE Group. – …", or "-")
# or a post after the name's comma, as Canada's Senate prints it ("Marie Lavoie, Vice-President, Canada
# Housing Agency:"), its words capitalised but a name's small ones: no sentence ("Al Roe, of Leeds, said:")
POST = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|on|in|to|&)){0,8}"
LABEL = re.compile(
    rf"^(?:\[(?P<number>\d{{1,5}})\]\s+|\d{{1,3}}\.\s+|{TIMESTAMP}\s+)?{NAME}"
    r"(?:\s+to\s+the\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the)){0,8})?"
    rf"(?:(?:,\s+(?P<post>{POST}(?:,\s+{POST}){{0,4}}))?:|(?:,\s+(?P<about>[^.:–—]{{3,80}}))?\.\s+[–—-])"
    r"\s+(?P<rest>\S.*)$"
)
# a transcript's label set apart otherwise, the name in square brackets or before a dash:
# "[Helen Ward] Good morning …", "Tom Baker — Thank you, Helen." or a typed "Tom Baker - Thank you."
MARKED_LABEL = re.compile(
    rf"^(?:\[(?P<bracketed>{CAPITAL}[\w’'.-]*(?:\s+{NAME_WORD}){{0,4}})\]"
    rf"|(?P<dashed>{CAPITAL}[\w’'.-]*(?:\s+{NAME_WORD}){{1,4}})\s+[–—-])\s+(?P<rest>\S.*)$"
)
# an American record's label: a title and a surname, in capitals as the Congressional Record sets it
# or not as a hearing's text does, then a full stop ("Mr. LATTA. The subcommittee will come to
# order.", "The CHAIRMAN.", "Senator VAN HOLLEN.", "Mrs. McMORRIS RODGERS.", "Mr. Guthrie. Thank you.")
CAPITALS_LABEL = re.compile(
    r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|The|Chairman|Chairwoman|Senator|Representative|Secretary|Governor)\.?"
    r"(?:\s+(?:Mc|Mac|O’|O')?[A-Z](?:[A-Z’'-]+|[a-z’'-]+)){1,3}(?:\s+of\s+[A-Z][a-z]+)?)\.\s+(?P<rest>\S.*)$"
)
# a transcript's key to the initials labelling its turns, and such a label: "AB – Alice Brown, …", "AB: …"
KEY_ENTRY = re.compile(
    rf"^(?P<initials>[A-Z]{{2,3}})\s*[–—=:-]\s*(?P<name>(?:(?:{TITLES})\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'.-]+){{1,3}})"
    r"(?:,\s*(?P<about>.+))?$"
)
INITIALS_LABEL = re.compile(r"^(?P<initials>[A-Z]{2,3}):\s+(?P<rest>\S.*)$")
# a debate's record: the label on a line of its own; a recording's: the time after it ("Tom Evans   0:21",
# "[Tom Evans] 10:04:21" as a meeting's saved transcript sets it, "Tom Evans: (00:21)"), or the time
# to the second before it ("[00:00:21] Tom Evans"), not a programme's hour ("10:30 Opening Remarks")
RECORDED = r"\[?\d{1,2}:\d{2}:\d{2}\]?"
NAME_LINE = re.compile(
    rf"^(?P<since>{RECORDED}\s+)?(?P<open>\[)?{NAME}(?(open)\])(?P<colon>:?)(?P<time>\s+\(?{TIMESTAMP}\)?)?$"
)
SPEECH_END = (".", "?", "!", "…", "—", "–", ":", '"', "”", "’")
WRITTEN_QUESTION = re.compile(r"^To ask (?:the|His|Her)\b")  # a written question's formula: a member asks
# a cover's line naming who holds an office, not their turn: "Chair: Mr. Robert Morrissey"
OFFICE_HELD = re.compile(
    rf"^(?:The )?(?:Chair\w*|Conven[eo]r|Clerk|Presiding Officer):"
    rf"\s+(?:{TITLES})\.?(?:\s+[A-Z][\w’'.-]+){{1,4}}$"
)
CAPITALS_WORDS = 3  # "LESSONS FROM THE FIELD" after a colon goes on a title; "NO, SIR." may be said
SPEECH_WORDS = 8  # a line this long under a label alone is its speech, however it ends
MIN_TURNS = 6  # turns by at least three speakers, two of them more than once
MIN_LISTED_TURNS = 4  # or by three the list over the first turn names
MIN_SPEAKERS = 3
MIN_RETURNING = 2


def turn_at(text: str) -> Turn | None:
    """The turn a line opens, if its label could name a person: an office, brackets, words."""
    match = LABEL.match(text) or CAPITALS_LABEL.match(text)
    if not match or match.group("name").casefold() in NOT_SPEAKERS or OFFICE_HELD.match(text):
        return None
    printed = match.groupdict().get("number")
    turn = _labelled(match)._replace(rest=match.group("rest"), number=int(printed) if printed else None)
    if _capitals(turn.rest):  # "MODERNIZING RURAL BROADBAND: LESSONS FROM THE FIELD", a title
        return None
    named = turn.office or len(turn.name.split()) >= 2  # "Recommendation, Housing Supply: …" names no one
    return turn if named or (turn.brackets and not match.groupdict().get("post")) else None


def _item_title(turn: Turn, lines: list[Line], i: int, labels: Counter[str]) -> bool:
    """Whether a label, used once, names no person and its words are capitalised as a title's,
    unpunctuated, no words in lower case running on below: an agenda item's or a session's
    title ("Rural Bus Services: Department for Infrastructure Briefing" over "The Chairperson
    (Mrs Erskine): I welcome …", "Opening Session: Skills for a Changing Economy")."""
    words = turn.rest.split()
    titled = all(w[0].isupper() or w in SMALL_WORDS for w in words) and not re.search(r"[.,;?!()]", turn.rest)
    ended = not _below(lines, i + 1)[:1].islower()  # "… (Con): Will the Deputy" over "explain …" is said
    return titled and ended and labels[turn.name] == 1 and not (turn.brackets or turn.office)


def _capitals(words: str) -> bool:
    """Words all in capitals, more than a shout's few: a title's, not speech."""
    return words.isupper() and len(words.split()) >= CAPITALS_WORDS


def _labelled(match: re.Match[str]) -> Turn:
    """The speaker a label's match names, a surname or an office set in capitals as written
    ("Mr. LATTA" as "Mr. Latta", "CHAIR" as "Chair"), with what its brackets hold."""
    name = match.group("name")
    if match.re is CAPITALS_LABEL or titled(name) or name.isupper() or name.split()[-1].isupper():
        name = out_of_capitals(name)  # "Hon CHRIS BISHOP" too, as the Minister is named later
    groups = match.groupdict()
    brackets, about = groups.get("brackets") or "", groups.get("about") or groups.get("post")
    return Turn(name, _bracketed(f"{brackets} ({about})" if about else brackets), "")  # "Member of the …"


def _bracketed(text: str) -> tuple[str, ...]:
    """What a label's brackets hold, a bracket inside one as one of its own: "(Mr. Robert
    Morrissey (Egmont, Lib.))" holds "Mr. Robert Morrissey" and "Egmont, Lib."; a recording's
    time ("Sarah Jones (00:00:04):") says nothing of the speaker."""
    held: list[str] = []
    for outer in re.findall(r"\(((?:[^()]|\([^()]*\))+)\)", text):
        held += [re.sub(r"\s*\([^()]*\)", "", outer).strip(), *re.findall(r"\(([^()]+)\)", outer)]
    return tuple(h for h in held if not re.fullmatch(TIMESTAMP, h))


def turns_in(lines: list[Line]) -> dict[int, Turn]:
    """The lines opening a turn, by index: words that end as speech does or run on to the next
    line (a title's "Mental Health Strategy: Department of Health" does neither); or, in a
    record that prints them so (a debate's), labels alone on their lines over speech, each one
    that could only be a person's (an office, brackets, a title) or shortens a full one; with
    those, a label with brackets printed the other way ("Ruth Jones (Lab): To ask …")."""
    found: dict[int, Turn] = {}
    alone: dict[int, Turn] = {}
    keyed = _speaker_key(lines)
    width = usual_width([line.text for line in lines])
    labelled = [turn_at(line.text) for line in lines]  # each line's label, read once
    labels = Counter(turn.name for turn in labelled if turn)
    for i, line in enumerate(lines):
        if call := hearing_call(line.text):
            keyed[call[0]] = Turn(call[1], (), "")
        turn = labelled[i] or _keyed_turn(line.text, keyed) or _wrapped_inline(lines, i)
        turn = None if turn and _item_title(turn, lines, i, labels) else turn
        opened = next(reversed(found), None)  # the last turn found, above this line
        turn = None if _goes_on_in_a_turn(lines, i, opened, width) else turn or _marked_turn(line.text)
        runs_on = _runs_on(lines, i + (turn.lines - 1 if turn else 0), width)
        if turn is not None and (_ends_speech(turn.rest) or runs_on):
            found[i] = turn
        elif (label := _label_alone(line.text)) and _is_speech(_said_below(lines, i + 1)):
            alone[i] = label
        elif (label := _timed_label(lines, i)) and _is_speech(_said_below(lines, i + label.lines)):
            alone[i] = label  # "00:03:52" over "Tom Evans" over what he said
        elif (label := _wrapped_label(line.text, _below(lines, i + 1))) and _is_speech(
            _said_below(lines, i + 2)
        ):
            alone[i] = label._replace(lines=2)
    full = {turn.key for turn in alone.values() if turn.brackets}
    # and the surnames of those holding an office: "The Convener (Ariane Burgess)" is later "Burgess"
    full |= {turn.brackets[0].split()[-1] for turn in alone.values() if turn.office and turn.brackets}
    shouted = Counter(turn.name for i, turn in alone.items() if _in_capitals(lines[i].text))
    # the list of who took part, over the first label in capitals
    first_shouted = min((i for i in alone if _in_capitals(lines[i].text)), default=0)
    listed = " ".join(line.text for line in lines[:first_shouted])
    offices = any(turn.office for turn in alone.values())  # "The Convener" alone over speech
    alone = {
        i: turn
        for i, turn in alone.items()
        if _a_persons(turn, full)
        or _called_in_capitals(lines[i].text, turn.name, shouted, listed)
        or (offices and _bare_name(turn))
    }
    usual, other = (alone, found) if len(alone) > len(found) else (found, alone)
    taken = {i + k for i, turn in alone.items() for k in range(1, turn.lines)}  # a label's later lines
    kept = {i: t for i, t in usual.items() if i not in taken} | {
        i: t for i, t in other.items() if t.brackets and i not in taken
    }
    return dict(sorted(kept.items()))


def _ends_speech(text: str) -> bool:
    """As speech ends, a note's mark after it or not ("… the Green Paper reflected that.1")."""
    return text.endswith(SPEECH_END) or bool(re.search(r"[.?!”’\"]\d{1,3}$", text))


def _marked_turn(text: str) -> Turn | None:
    """The turn a label in square brackets or before a dash opens ("[Helen Ward] Good …",
    "Tom Baker — Thank you"): a name's words, no title's in capitals, what is said opening as a
    sentence does ("p.m." over "[ET] to study Bill C-22 …" opens no turn)."""
    marked = MARKED_LABEL.match(text)
    if marked is None or _capitals(marked["rest"]) or marked["rest"][:1].islower():
        return None
    name = marked["bracketed"] or marked["dashed"]
    return None if name.casefold() in NOT_SPEAKERS else Turn(name, (), marked["rest"])


def _wrapped_inline(lines: list[Line], i: int) -> Turn | None:
    """A label wrapped inside its brackets, or ending its line, the speech after it on the next
    line: "Hon. Sean Fraser (Minister of Housing, Infrastructure and Communities," over "Lib.):
    Mr. Speaker, …"; "1. TAMATHA PAUL (Green—Wellington Central) to the Minister of Housing:"
    over "What is …", a label ending its line only with its brackets (a label alone, "Chair:", is
    read as one; "THE FOLLOWING ALSO PARTICIPATED:" over a list is none); or wrapped before a
    bracket ("The Parliamentary Under-Secretary of State for Transport" over "(Guy Opperman):
    …", "2. Gill Furniss (Sheffield, Brightside and Hillsborough)" over "(Lab): …"); or wrapped
    in the post after a name ("Hon. Carla Qualtrough, P.C., M.P., Minister of Employment," over
    "Workforce Development and Disability Inclusion: Thank you, chair.")."""
    text, following = lines[i].text, lines[i + 1].text if i + 1 < len(lines) else ""
    inside = text.count("(") > text.count(")") or following.startswith("(")
    posted = ", " in text and ":" not in text and ":" in following  # a name, a post wrapped before its colon
    if not (inside or posted or text.endswith(":")) or not following:
        return None
    turn = turn_at(f"{text} {following}")
    return turn._replace(lines=2) if turn and (inside or turn.brackets) else None


def _speaker_key(lines: list[Line]) -> dict[str, Turn]:
    """A transcript's key to the initials that label its turns ("AB – Alice Brown, Director of
    Public Health, Northshire County Council"), as the turn each opens; "(chair)" after an
    entry makes its person the chair."""
    keyed = {}
    for initials, name, about in _key_entries(lines):
        if chairing := CHAIRING.search(about):
            keyed[initials] = Turn("The Chair", (name,), "")
            about = about[: chairing.start()]
        keyed.setdefault(initials, Turn(name, (about,) if about else (), ""))
    return keyed


def initials_key(lines: list[Line]) -> dict[str, str]:
    """Whom each of a key's initials names: a paragraph closed by "(LM)" is Laura Moss's."""
    return {initials: name for initials, name, _about in _key_entries(lines)}


def _key_entries(lines: list[Line]) -> list[tuple[str, str, str]]:
    """A speaker key's entries ("AB – Alice Brown, Director of …"): the initials, the name and
    what follows it."""
    return [
        (entry["initials"], POSTNOMINALS.sub("", entry["name"]), entry["about"] or "")
        for line in lines
        if (entry := KEY_ENTRY.match(line.text))
    ]


def _keyed_turn(text: str, keyed: dict[str, Turn]) -> Turn | None:
    """The turn a line labelled by a speaker key's initials opens ("AB: The biggest change …"),
    or an inquiry's "Q." or "A." by who asks and who answers."""
    labelled = INITIALS_LABEL.match(text) or QUESTION_OR_ANSWER.match(text)
    if not labelled or labelled.group("initials") not in keyed:
        return None
    return keyed[labelled.group("initials")]._replace(rest=labelled.group("rest"))


def _runs_on(lines: list[Line], i: int, width: int) -> bool:
    """Whether line i's words run on to the next text, on the next line or over a page's turn:
    they fill their line ("Mental Health Strategy: Department of Health", over the cover's next
    line, does not), or end on a comma over more ("I beg to move," over the motion, a blank
    line between where each paragraph is a line)."""
    if i + 1 >= len(lines):
        return False
    if lines[i].text.endswith(","):
        return bool(_below(lines, i + 1))
    if len(lines[i].text) < width * SHORT_LINE:
        return False
    return bool(lines[i + 1].text) or (i + 2 < len(lines) and lines[i + 2].page != lines[i].page)


def _goes_on_in_a_turn(lines: list[Line], i: int, opened: int | None, width: int) -> bool:
    """Whether line i carries on the speech of the turn opened above it (at line opened),
    wrapped, so opens no turn: the one above ending mid-sentence (on a comma or a word in lower
    case) and running on ("… Rural Employers Council): Thank you," over "Mr. Chair. Employers
    …"), the lines from the turn's label down to it unbroken; a heading between ("STATEMENT OF
    JANE DOE") ends none."""
    above = lines[i - 1] if i else None
    return (
        opened is not None
        and above is not None
        and (above.text.endswith(",") or above.text[-1:].islower())
        and _runs_on(lines, i - 1, width)
        and all(lines[k].text and lines[k].page == above.page for k in range(opened, i))
    )


def _a_persons(turn: Turn, full_keys: set[str]) -> bool:
    """A label alone that only a person's could be, not a heading's ("Local Bus Services")."""
    shortened = turn.key in full_keys and len(turn.name.split()) > 1  # "Ruth Cadbury"
    named = turn.colon and len(turn.name.split()) > 1  # "Tom Evans:", a label as an inline one is
    return bool(turn.office or turn.brackets or titled(turn.name) or shortened or named)


def _bare_name(turn: Turn) -> bool:
    """A label alone that is a name's words and no more ("Bill Butler", "Nanette Milne"): a
    person's, in a record whose chair is labelled by office alone over the same speech."""
    words = turn.name.split()
    return 1 < len(words) <= BARE_NAME_WORDS and all(BARE_NAME_WORD.fullmatch(word) for word in words)


def _called_in_capitals(text: str, name: str, shouted: Counter[str], listed: str) -> bool:
    """A label alone in capitals that calls a person: it comes back over other speech, or the
    list of who took part names them ("SUE OWEN" under "Dame Sue Owen, …")."""
    named = re.search(rf"\b{re.escape(name)}\b", listed, re.IGNORECASE)
    return _in_capitals(text) and (shouted[name] >= 2 or bool(named))


def _in_capitals(text: str) -> bool:
    """A label alone set in capitals, a name's two to four words ("MARIA LOPEZ"): a person's
    where it comes back over other speech (a heading in capitals does not)."""
    return text.isupper() and 2 <= len(text.split()) <= 4


def _below(lines: list[Line], i: int) -> str:
    """The text of line i, or of the next where line i is blank (a blank line or a page's turn
    between a label and its speech)."""
    if i < len(lines) and not lines[i].text:
        i += 1
    return lines[i].text if i < len(lines) else ""


def _said_below(lines: list[Line], i: int) -> str:
    """The text of line i (or the next, where line i is blank), with the line after it where
    that goes on in lower case: a narrow column's first sentence, wrapped ("I congratulate the
    hon. Member on securing" over "the debate. …")."""
    if i < len(lines) and not lines[i].text:
        i += 1
    first, second = (lines[k].text if k < len(lines) else "" for k in (i, i + 1))
    return f"{first} {second}" if first and second[:1].islower() else first


def _wrapped_label(text: str, following: str) -> Turn | None:
    """A label alone run onto a second line, which ends its last bracket: "The Parliamentary
    Under-Secretary of State, Department for Education" over "(Baroness Barran) (Con)"; not a
    label of its own under a heading ("The Convener (Ariane Burgess)" under the item's title)."""
    if not (text and following.endswith(")")) or _label_alone(following):
        return None
    return _label_alone(f"{text} {following}")


def _label_alone(text: str) -> Turn | None:
    named = NAME_LINE.match(text)
    if not named or named.group("name").casefold() in NOT_SPEAKERS:
        return None if named else Turn.named_with_about(text)  # "Ruth Jones Labour, Newport West"
    return _labelled(named)._replace(colon=bool(named["colon"] or named["time"] or named["since"]))


def _timed_label(lines: list[Line], i: int) -> Turn | None:
    """A recording's time alone on line i over a name alone (a blank line between or not), its
    speaker's label, as many lines as that takes."""
    j = i + 1 if i + 1 < len(lines) and lines[i + 1].text else i + 2
    below = lines[j].text if j < len(lines) else ""
    timed = re.fullmatch(TIMESTAMP, lines[i].text) and not re.fullmatch(TIMESTAMP, below)
    label = _label_alone(below) if timed else None
    return label._replace(colon=True, lines=j - i + 1) if label else None


def _is_speech(text: str) -> bool:
    """Words as a speaker says them: no label, no list's heading ("Members present:"), though a
    sentence introducing a list after another is said ("Good afternoon. We have three questions
    to cover today:"); a sentence's end, one sentence going on to the next ("We have two speakers
    today. First, Professor"), or a run."""
    if NAME_LINE.match(text) or (text.endswith(":") and not SENTENCE_THEN_NEXT.search(text)):
        return False
    ended = text.endswith((".", "?", "!", ",", "…")) or SENTENCE_THEN_NEXT.search(text)
    return bool(ended) or len(text.split()) >= SPEECH_WORDS


def speaker_turns(lines: list[Line]) -> int:
    """How many lines open a speaker's turn, when at least three speakers take turns and two
    of them come back (or, in a short record, each is named in the list of who took part over
    the first turn; or two, each coming back: an interview), or when written questions
    ("To ask the Secretary of State …") are each answered by another speaker: the evidence
    for this genre (0 without it)."""
    found = turns_in(lines)
    keys = Counter(turn.key for turn in found.values())
    returning = sum(1 for count in keys.values() if count > 1)
    turns = sum(keys.values())
    listed = found and turns >= MIN_LISTED_TURNS and speakers_listed(found.values(), lines[: min(found)])
    if len(keys) >= MIN_SPEAKERS and (listed or (returning >= MIN_RETURNING and turns >= MIN_TURNS)):
        return turns
    if len(keys) == returning == MIN_RETURNING and turns >= MIN_TURNS:  # an interview: two, in turn
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
