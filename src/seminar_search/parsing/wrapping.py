"""Lines a narrow column wrapped, put back together: a heading, a name or a note of the
record's run on to the next line, a word or two of it there, or its next line in capitals."""

from __future__ import annotations

import itertools
from collections.abc import Container

from seminar_search.parsing.layout import SENTENCE_END, Line
from seminar_search.parsing.metadata import DATE, month_of, only_a_date

RUN_ON_WORDS = 3  # a line's end wrapped alone onto the next line carries no more words there
HEADING_RUN_ON = 5  # words a heading's line runs on to, wrapped in a narrow column or large type
FILLED = 0.7  # of the usual width: a line this long fills a narrow column's line
NOTE_LINES = 4  # the most lines a bracketed note of the record's wraps onto
LONG_HEADING = 8  # words of a one-line heading in capitals told by its case alone; a shorter is is_heading's
JOINING_WORDS = frozenset(
    {"of", "for", "and", "the", "on", "in", "with", "by", "to", "at", "a", "an", "from"}
)


def ends_on_joining_word(text: str) -> bool:
    """Whether a line ends on a word that joins it to the next ("Finding 3: Communication
    with" over "residents worked well"): however short, what it says goes on."""
    return (text.split() or [""])[-1].casefold() in JOINING_WORDS


def last_words(text: str, following: str, width: int) -> bool:
    """Whether the next line is this one's last word or two, run on: this one fills most of
    a narrow column's line ("Local Government, Housing and Planning" over "Committee"), does
    not end on a date ("Statement made by …, on 18 December 2023" over "Statement UIN …"), and
    the next is no date of its own (a title over "June 2024"; not "Held at …, London, 21" over
    "September 2022", which completes one)."""
    dated = any(found.end() == len(text) for found in DATE.finditer(text))
    completes = text.endswith(",") or bool(DATE.search(f"{text} {following}") and not DATE.search(text))
    alone = only_a_date(following) or (bool(month_of(following)) and len(following.split()) == 2)
    return len(text) >= width * FILLED and a_few_words(following) and not dated and (completes or not alone)


def a_few_words(text: str, most: int = RUN_ON_WORDS) -> bool:
    """A line that could be another's last word or two: no more words, no sentence's end."""
    return len(text.split()) <= most and not SENTENCE_END.search(text)


def last_words_joined(texts: list[str], width: int) -> list[str]:
    """Lines with their last word or two, run on to a line that ends its block, back on them:
    a narrow column's wrap ("HARRIS, Ms Anne, Chief Executive Officer, Aged Care" over
    "Providers Network")."""
    joined: list[str] = []
    for k, text in enumerate(texts):
        ends_block = k + 1 == len(texts) or not texts[k + 1]
        if text and joined and joined[-1] and ends_block and last_words(joined[-1], text, width):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


def bracketed_note(lines: list[Line], i: int) -> int:
    """How many lines a note of the record's in square brackets, wrapped, takes from line i
    (none if none starts there): the procedure's, not the speech's."""
    if not lines[i].text.startswith("[") or "]" in lines[i].text:
        return 0
    for k in range(i + 1, min(len(lines), i + NOTE_LINES)):
        if not lines[k].text or "[" in lines[k].text:
            return 0
        if lines[k].text.endswith("]"):
            return k - i + 1
    return 0


def wrapped_heading(lines: list[Line], i: int, width: int, turns: Container[int]) -> bool:
    """A heading over a turn (turns: the lines that start one), wrapped in a narrow column
    after its colon or comma, or where it fills the line, onto a few words that end its
    block ("Additional Support for Learning:" over "Evidence Session"; an agenda's numbered
    item, "2. Teacher recruitment and retention:" over "evidence session 4")."""
    text = lines[i].text
    opens = text[:1].isupper() or text[:1].isdigit()
    if (i and lines[i - 1].text) or i + 2 >= len(lines) or lines[i + 2].text or not opens:
        return False
    after = next((k for k in range(i + 3, min(len(lines), i + 5)) if lines[k].text), None)
    broken = text.endswith((":", ",")) or last_words(text, lines[i + 1].text, width)
    return broken and a_few_words(lines[i + 1].text) and after in turns


def wrapped_capitals(lines: list[Line], i: int) -> list[Line]:
    """A heading in capitals, a block of its own, wrapped onto a second line or more; or one
    line however long ("OPENING STATEMENT OF HON. …, A REPRESENTATIVE IN CONGRESS FROM THE …"),
    not ending as a sentence does, after a blank line or, in a PDF's text, a sentence's end: its
    lines (none if line i starts none)."""
    above = lines[i - 1].text if i else ""
    block = list(itertools.takewhile(lambda line: bool(line.text), lines[i:]))
    if above and SENTENCE_END.search(above):
        block = block[:1] if len(block) < 2 or not block[1].text.isupper() else []
    elif above:
        return []
    if len(block) == 1 and not (len(block[0].text.split()) >= LONG_HEADING and block[0].text[-1].isalnum()):
        return []  # a short one is any heading's, as is_heading tells; "NO, SIR. …" is said
    return block if all(line.text.isupper() for line in block) else []


def run_on(opening: list[str], k: int) -> str:
    """Line k, with the word or two in lower case that end its block on the next line: a narrow
    column's wrap ("Summary note prepared by the Forum" over "secretariat")."""
    below = opening[k + 1 : k + 3]
    ending = len(below) > 0 and below[0][:1].islower() and a_few_words(below[0])
    return f"{opening[k]} {below[0]}" if ending and not "".join(below[1:]) else opening[k]
