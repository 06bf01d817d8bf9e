"""A recording's captions (WebVTT, as Teams and Zoom save a meeting's transcript, or SubRip)
written out as the transcript they hold: a turn a paragraph, its speaker's name before a colon.

Captions cut speech into cues of a few seconds each, every cue under its timing line
("00:00:03.120 --> 00:00:09.480"); a cue names its speaker in a voice tag ("<v Sarah Malik>…")
or before a colon ("Sarah Malik: …"), or not at all. A speaker's cues in a row are one turn;
cues naming no one go on with the turn before them, and with no one named anywhere, a pause
between cues ends a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TIMING = re.compile(
    r"^(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3})\s+-->\s+(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3})\b"
)
VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
NAMED = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}):\s+(?=\S)")
TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>")  # <i>, <c.yellow>, </v>, a word's time <00:00:05.120>
PAUSE = 2.0  # seconds of silence that end a paragraph when no cue names its speaker


@dataclass
class _Turn:
    speaker: str
    words: list[str]
    end: float


def is_captions(text: str) -> bool:
    """WebVTT announces itself on its first line; SubRip opens with cue 1 over its timing."""
    lines = text.lstrip("\ufeff").lstrip().splitlines()[:2]
    if lines and lines[0].startswith("WEBVTT"):
        return True
    return len(lines) == 2 and lines[0].strip() == "1" and bool(TIMING.match(lines[1].strip()))


def captions_as_transcript(text: str) -> str:
    """The transcript the captions hold; text that is not captions, unchanged."""
    if not is_captions(text):
        return text
    turns: list[_Turn] = []
    named = False
    for start, end, cue in _cues(text):
        found = VOICE.match(cue) or NAMED.match(cue)
        speaker = found.group("name").strip() if found else ""
        said = " ".join(TAG.sub("", cue[found.end() if found else 0 :]).split())
        named = named or bool(speaker)
        last = turns[-1] if turns else None
        if last and (speaker in ("", last.speaker) if named else start - last.end < PAUSE):
            last.words.append(said)
            last.end = end
        elif said:
            turns.append(_Turn(speaker, [said], end))
    return "\n\n".join(
        f"{turn.speaker}: {' '.join(turn.words)}" if turn.speaker else " ".join(turn.words) for turn in turns
    )


def _cues(text: str) -> list[tuple[float, float, str]]:
    """Each cue's start and end, in seconds, and its text on one line; the header, notes,
    styles and cue numbers are not spoken."""
    cues: list[tuple[float, float, str]] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.strip().splitlines()]
        timing = next((k for k, line in enumerate(lines) if TIMING.match(line)), None)
        if timing is None:
            continue  # "WEBVTT", "NOTE …", "STYLE …"
        match = TIMING.match(lines[timing])
        assert match is not None
        cues.append((_seconds(match["start"]), _seconds(match["end"]), " ".join(lines[timing + 1 :])))
    return cues


def _seconds(stamp: str) -> float:
    """'00:01:02.500' (or SubRip's '00:01:02,500', or '01:02.500') in seconds."""
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total
