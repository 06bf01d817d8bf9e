"""What captioning leaves in a transcript's text that is no one's words: a live captioner's
marks before each new speaker, a video page's time over each line of its automatic captions."""

from __future__ import annotations

import itertools
import re

CAPTIONER_MARK = re.compile(r"^>>\s*(?=[A-Z])", re.MULTILINE)  # a live captioner's: ">> MODERATOR: Good …"
MIN_CAPTIONER_MARKS = 3
CAPTION_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")  # "0:03", "1:02:17": where in the video
MIN_CAPTION_TIMES = 10
CAPTION_SHARE = 0.8  # of the times, those with one line of words under them, before the next time


def captioner_marks_off(text: str) -> str:
    """A live captioner's record marks each new speaker ">>" before their label (">> AMINA
    YUSUF: Thank you."): the labels, the marks off, where three lines or more bear one."""
    return CAPTIONER_MARK.sub("", text) if len(CAPTIONER_MARK.findall(text)) >= MIN_CAPTIONER_MARKS else text


def caption_times_off(text: str) -> str:
    """A video's automatic captions copied from its page ("0:03" alone over "third session of
    the citizens assembly on", and so on): the words without the times, where nearly every
    time has one line under it before the next (a recording's transcript times its turns, a
    speaker's name and their words under each time)."""
    lines = text.split("\n")
    times = [k for k, line in enumerate(lines) if CAPTION_TIME.fullmatch(line.strip())]
    one_line = sum(1 for above, below in itertools.pairwise(times) if below - above == 2)
    if len(times) < MIN_CAPTION_TIMES or one_line < (len(times) - 1) * CAPTION_SHARE:
        return text
    timed = set(times[1:])  # the first a blank line: the captions' words apart from what is above
    return "\n".join("" if k == times[0] else line for k, line in enumerate(lines) if k not in timed)
