"""A recording's captions (WebVTT, as Teams and Zoom save a meeting's transcript, or SubRip)
written out as the transcript they hold: a turn a paragraph, its speaker's name before a colon.

Captions cut speech into cues of a few seconds each, every cue under its timing line
("00:00:03.120 --> 00:00:09.480"); a cue names its speaker in a voice tag ("<v Sarah Malik>…")
or before a colon ("Sarah Malik: …"), or not at all. A speaker's cues in a row are one turn;
cues naming no one go on with the turn before them, and with no one named anywhere, a pause
between cues ends a paragraph, as does a sentence's end once the paragraph runs long.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

TIMING = re.compile(
    r"^(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3})\s+-->\s+(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3})\b"
)
VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
NAMED = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}):\s+(?=\S)")
TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>")  # <i>, <c.yellow>, </v>, a word's time <00:00:05.120>
PAUSE = 2.0  # seconds of silence that end a paragraph when no cue names its speaker
LONG_PARAGRAPH = 120  # words: past this, with no one named, a paragraph ends with its sentence
SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")


@dataclass
class _Turn:
    speaker: str
    words: list[str]
    end: float


def is_captions(text: str) -> bool:
    """WebVTT announces itself on its first line; SubRip opens with cue 1 over its timing."""
    lines = text[:200].lstrip("\ufeff").lstrip().splitlines()[:2]  # not a whole report's lines
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
        if not said:
            continue  # a rolled cue that only repeats
        named = named or bool(speaker)
        last = turns[-1] if turns else None
        if last and (speaker in ("", last.speaker) if named else _goes_on(last, start)):
            last.words.append(said)
            last.end = end
        else:
            turns.append(_Turn(speaker, [said], end))
    return "\n\n".join(
        f"{turn.speaker}: {' '.join(turn.words)}" if turn.speaker else " ".join(turn.words) for turn in turns
    )


def _goes_on(paragraph: _Turn, start: float) -> bool:
    """Whether a cue naming no one goes on with the paragraph before it: no pause between them,
    and the paragraph not yet long at a sentence's end (an hour's unnamed captions, spoken
    without a pause, are no single paragraph)."""
    long = sum(len(said.split()) for said in paragraph.words) >= LONG_PARAGRAPH
    return start - paragraph.end < PAUSE and not (long and SENTENCE_END.search(paragraph.words[-1]))


def _cues(text: str) -> list[tuple[float, float, str]]:
    """Each cue's start and end, in seconds, and its text on one line. The header, notes,
    styles and a cue's number or name over its timing are not spoken; nor, when the captions
    roll (YouTube's: each line rolls up into the next cue), what a cue repeats of the last."""
    cues: list[tuple[float, float, list[str]]] = []
    skipping, above = True, ""  # before the first cue: "WEBVTT", "NOTE …", "STYLE …"
    for raw in text.splitlines():
        line = TAG.sub("", raw).strip()
        if timing := TIMING.match(line):
            if cues and cues[-1][2] and cues[-1][2][-1] == above:
                cues[-1][2].pop()  # "2", "a1b2c3-0": the cue's number or name, over its timing
            cues.append((_seconds(timing["start"]), _seconds(timing["end"]), []))
            skipping = False
        elif not above and line.startswith(("NOTE", "STYLE")):
            skipping = True
        elif line and not skipping and cues:
            cues[-1][2].append(raw.strip())
        above = line

    def rolled(lines: list[str], before: list[str]) -> bool:  # its first line the last cue's last
        return bool(lines and before) and TAG.sub("", lines[0]) == TAG.sub("", before[-1])

    # rolling captions repeat a line in most cues; others may say the same thing twice
    pairs = list(itertools.pairwise([(0.0, 0.0, []), *cues]))
    rolling = 2 * sum(rolled(cue[2], last[2]) for last, cue in pairs) > len(cues)
    return [(cue[0], cue[1], " ".join(cue[2][rolling and rolled(cue[2], last[2]) :])) for last, cue in pairs]


def _seconds(stamp: str) -> float:
    """'00:01:02.500' (or SubRip's '00:01:02,500', or '01:02.500') in seconds."""
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total
