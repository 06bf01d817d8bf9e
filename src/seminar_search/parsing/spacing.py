"""How a text parts its paragraphs, where it does not as most do (a blank line between): a
blank line after every line, as a PDF viewer's copy gives it, or none at all, as Word saves the
plain text of paragraphs spaced by their style."""

from __future__ import annotations

import itertools
import re

from seminar_search.parsing.layout import CELL_GAP, LIST_ITEM, SENTENCE_END

TOGETHER = re.compile(r"\S[ \t]*\n(?=[ \t]*\S)")  # a line of text, then another
BLANK_BETWEEN = re.compile(r"\S[ \t]*\n(?:[ \t]*\n)+(?=[ \t]*\S)")  # a line, blank ones, another
RUNS_ON = re.compile(r"\S[ \t]*\n[ \t]*[a-z]")  # a line, then one going on with its sentence
PARAGRAPH_LINE = 120  # characters: a line this long is a paragraph's, unwrapped
MIN_PARAGRAPH_LINES = 2
LIST_ENTRY_MAX = 100  # characters: a list's entry, a name and post, is no longer
BLANK_SHARE = 10  # such a text has fewer blank or run-on lines than a tenth of its lines


def paragraph_lines_parted(text: str) -> str:
    """A text written a paragraph a line with no blank line between (as Word saves its plain
    text when paragraphs are spaced by their style): a blank line after each line, as paragraphs
    are parted. Such a text has hardly a blank line, lines too long to be wrapped ones (not set
    out in columns: "1. The roundtable …      6. Participants …"), and hardly a line running on
    into words in lower case (a PDF's text, its paragraphs wrapped, has many, and a contents
    page's long lines), and no page breaks (a PDF's). A list under its label ("Panellists:" over
    a name a line) stays together."""
    if "\f" in text:
        return text
    filled = [line for line in text.splitlines() if line.strip()]
    blank_between = sum(1 for pair in BLANK_BETWEEN.finditer(text))
    runs_on = sum(1 for pair in RUNS_ON.finditer(text))
    long = [line for line in filled if len(line) > PARAGRAPH_LINE and CELL_GAP not in line]
    if len(long) < MIN_PARAGRAPH_LINES or (blank_between + runs_on) * BLANK_SHARE > len(filled):
        return text
    parted: list[str] = []
    listing: list[str] = []  # a label ending with a colon, and the entries under it so far
    for line in text.split("\n"):
        if listing and not _listed_under(listing, line):
            listing = []
        if parted and parted[-1].strip() and line.strip() and not listing:
            parted.append("")
        listing = [line] if line.rstrip().endswith(":") else listing and [*listing, line]
        parted.append(line)
    return "\n".join(parted)


def _listed_under(listing: list[str], line: str) -> bool:
    """Whether a line is an entry of the list a label opened, as its first entry is: a bullet's,
    or a short line ending no sentence, with a comma if the first entry has one ("Dr Hannah
    White, Director, …" over "Alex Thomas, …", not "Hannah White" over her words)."""
    first = listing[1] if len(listing) > 1 else line
    if LIST_ITEM.match(first):
        return bool(LIST_ITEM.match(line))
    short = len(line) <= LIST_ENTRY_MAX and not SENTENCE_END.search(line)
    return short and (", " in line or ", " not in first)


def single_spaced(text: str) -> str:
    """A text saved with a blank line after every line ("\\r\\r\\n" line ends, a PDF viewer's
    copy), its paragraphs' wrapped lines parted as paragraphs are, with one blank line fewer
    in each run: the blank lines then part paragraphs again. Such a text has no two lines of
    text together, and either many a blank line runs on into words in lower case, or every
    run of blank lines is odd, some of three (where one had parted paragraphs); a text whose
    every paragraph is one line, a blank line between, is neither."""
    lines = text.split("\n")
    filled = [bool(line.strip()) for line in lines]
    allowed = sum(filled) // 50  # lines of text together, at most
    if sum(1 for pair in itertools.islice(TOGETHER.finditer(text), allowed + 1)) > allowed:
        return text  # as most texts are: read no further
    gaps = [k for k in range(len(lines) - 2) if filled[k] and not filled[k + 1] and filled[k + 2]]
    runs_on = sum(lines[k + 2].lstrip()[:1].islower() for k in gaps)
    blank_runs = re.findall(r"(?<=\S)[ \t]*((?:\n[ \t]*)+)\n(?=[ \t]*\S)", text)
    runs = [len(run) for run in blank_runs]  # blank lines between two lines of text
    odd = bool(runs) and all(run % 2 for run in runs) and max(runs) >= 3
    if not ((runs_on >= 10 and runs_on * 3 >= len(gaps)) or odd):
        return text
    return re.sub(r"\n+", lambda breaks: "\n" * max(1, len(breaks[0]) // 2), text)
