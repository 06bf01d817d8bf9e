"""The evidence a committee's report prints after itself ("Appendix 2" over "Minutes of
Evidence"): the witnesses' words, each session's record read as a record is, its turns after
the report's own units rather than left out with its lists of who took part."""

from __future__ import annotations

from dataclasses import replace

from seminar_search.lexicon import Entry
from seminar_search.model import Paragraph, Participant
from seminar_search.parsing.back_matter import PART
from seminar_search.parsing.common import Reading
from seminar_search.parsing.layout import Layout, Line
from seminar_search.parsing.metadata import only_a_date
from seminar_search.parsing.proceedings import parse_proceedings
from seminar_search.parsing.speakers import shortens
from seminar_search.parsing.turns import speaker_turns

MIN_TURNS = 2  # a record of fewer is no evidence session


def with_appended_evidence(
    reading: Reading, layout: Layout, body: list[Line], evidence: set[int], lexicon: list[Entry]
) -> Reading:
    """The report's reading with the turns of the evidence it appends after its units, each
    session (from its date to the next one's) read on its own, so that its members and
    witnesses head no turn; numbered on through the sessions, in the series "turn"."""
    lines = [body[k] for k in sorted(evidence)]
    starts = [k for k, line in enumerate(lines) if only_a_date(line.text)] or [0]
    sessions = [lines[a:b] for a, b in zip([0, *starts[1:]], [*starts[1:], len(lines)], strict=True)]
    titled = PART.fullmatch(lines[0].text) if lines else None  # "Appendix 2" over "Minutes of Evidence"
    printed = [line.text for line in lines[:3] if line.text]  # a blank line under "Appendix 2" too
    heading = " ".join(printed[: 1 if titled and titled["title"] else 2])
    document, kept = reading.document, 0
    count = sum(unit.series == "turn" for unit in document.paragraphs)
    for session in sessions:
        if not speaker_turns(session):
            continue
        record = parse_proceedings(replace(layout, lines=session, notes=[]), lexicon)
        turns = [unit for unit in record.document.paragraphs if unit.series == "turn"]
        if len(turns) < MIN_TURNS:
            continue
        people = record.document.participants
        full = {person.name: _listed(person.name, document.participants) for person in people}
        known = {person.name for person in document.participants}
        document.participants += [person for person in people if full[person.name] not in known]
        for turn in turns:
            count += 1
            numbered = replace(turn, number=count, label=str(count), section=turn.section or heading)
            document.paragraphs.append(_named_in_full(numbered, full))
        kept += sum(1 for line in session if line.text) - record.front_matter - record.back_matter
    reading.back_matter = max(0, reading.back_matter - kept)
    return reading


def _named_in_full(turn: Paragraph, full: dict[str, str]) -> Paragraph:
    """A turn whose speaker the record names short ("Ms Hargey (Chairperson)"), named as the
    report lists them ("Deirdre Hargey MLA (Chairperson)")."""
    short = next((name for name in full if turn.speaker.startswith(name)), "")
    return replace(turn, speaker=full[short] + turn.speaker[len(short) :]) if short else turn


def _listed(name: str, listed: list[Participant]) -> str:
    """The name as the report lists its members: "Ms Hargey", who took part in its minutes as
    "Deirdre Hargey MLA"; else as the record gives it."""
    return next((person.name for person in listed if shortens(name, person.name)), name)
