"""Where a numbered report's units start: the lines whose numbers the sequence may take, and
the evidence that a text is numbered so (how many units, or numbers that title sections);
whether what a titled item's label ("Recommendation 1:") titles is its text."""

from __future__ import annotations

import re
from dataclasses import replace

from seminar_search.model import ITEM_KINDS, Paragraph
from seminar_search.parsing.common import SHORT_LINE, is_heading
from seminar_search.parsing.layout import Line, ends_paragraph
from seminar_search.parsing.numbering import (
    NAMED_SHAPES,
    PLAIN,
    PREFIXED,
    ROMAN,
    Sequencer,
    Start,
    a_few_words_listed,
    candidate,
    ends_sentence,
    introduced_item,
)
from seminar_search.parsing.prose_blocks import paragraph_starts
from seminar_search.parsing.turns import turn_at
from seminar_search.parsing.wrapping import ends_on_joining_word

BRACKETED_LETTER = re.compile(r"^\(?[a-z]\)\s")  # "a) The cost …", "(b) Route …": no word of a sentence
# "(Paragraph 4)", "(Paragraphs 3.2–3.4)" ending an item, or its line before a heading run into it
CITES_ITS_PARAGRAPH = re.compile(
    r"\(Paragraphs? \d{1,3}(?:\.\d{1,3})?(?:[–-]\d{1,3}(?:\.\d{1,3})?)?\)(?:$|\s+(?=[A-Z]))"
)
CHAPTER_PARAGRAPHS = 4  # paragraphs a numbered title stands over, on average, when it titles a chapter
QUESTION_PARAGRAPHS = 2  # or a question, the answers under it (a minute's items are none)
# a report's unit shapes; a transcript's questions are its genre's
REMNANT_WORDS = 2  # an item's text this short is its wrapped line's last words, under no title
UNIT_SHAPES = (
    "dotted",
    "plain",
    "spaced",
    "lettered",
    "roman",
    "prefixed",
    "asked",
    "recital",
    *ITEM_KINDS,
)


def numbered_units(lines: list[Line], width: int, capitals: bool = False, named: bool = False) -> int:
    """How many units the numbering finds: the evidence for this genre (with capitals, taking
    numbered titles in capitals for items, as candidate does, numbered on from earlier
    minutes perhaps; named, counting each recommendation and conclusion once too)."""
    sequencer = Sequencer(continued=capitals)
    count = 0
    items: set[tuple[str, int]] = set()  # a recommendation restated in its chapter is one
    for i in range(len(lines)):
        start = start_at(lines, i, width, capitals)
        if start and start.shape in UNIT_SHAPES and sequencer.accept(start):
            if start.shape in ITEM_KINDS:
                items.add((start.shape, start.number))
            else:
                count += 1
    return count + len(items) if named else count


def titled_sections(lines: list[Line], width: int, capitals: bool = False) -> str:
    """Why the numbers number sections, not paragraphs, if they do ("" if not): every numbered
    line titles the prose below it, and the titles are sub-sections' ("2.1 Bus Service
    Operators Grant") or chapters' of several paragraphs each ("1. Introduction"), not a
    minute's items over a paragraph or a few ("45. BUDGET"), which are its units. A contents
    page's entries, titles with no text below them, are passed over."""
    sequencer = Sequencer(continued=capitals)
    titles: list[int] = []
    dotted = False
    for i, line in enumerate(lines):
        start = start_at(lines, i, width, capitals) if line.text else None
        if start and start.shape in ITEM_KINDS and start.chapter:
            continue  # "FINDING 3.1 Early intervention is under-funded": an item, whatever the numbers title
        if start and start.shape in UNIT_SHAPES and sequencer.accept(start):
            if start.shape in ("plain", "dotted") and titles_item(lines, i, width):
                titles.append(i)
                dotted = dotted or start.shape == "dotted"
            elif ends_sentence(start.rest) or start.shape in NAMED_SHAPES or _prose_below(lines, i):
                return ""
    if not titles:
        return ""
    if dotted:
        return "its numbered lines title its sections: headings"
    per_title = sum(1 for start in paragraph_starts(lines, width) if start > titles[0]) / len(titles)
    asked = all(lines[i].text.endswith("?") for i in titles)  # "1. What counts as an outcome?"
    if per_title < (QUESTION_PARAGRAPHS if asked else CHAPTER_PARAGRAPHS):
        return ""
    return f"its numbered lines title chapters of {per_title:.0f} paragraphs each: headings"


def start_at(lines: list[Line], i: int, width: int, capitals: bool = False) -> Start | None:
    """What line i would open if the sequence allows (candidate, with what stands around it):
    not a numbered question in a debate's record, a speaker's turn ("1. Ruth Jones (Newport
    West) (Lab): What assessment …")."""
    start = _numbered(lines, i, width, capitals)
    if start and a_few_words_listed(start.rest) and introduced_item(lines, i):
        return None  # "Participants discussed three themes:" over "1. Funding", "2. Participation"
    return None if start and start.shape == "plain" and turn_at(start.rest) else start


def numbered_turn(lines: list[Line], i: int, width: int, capitals: bool = False) -> tuple[Start, str] | None:
    """A numbered paragraph that opens with who said it ("6. Sir Chris Ham: By measuring …"),
    which start_at leaves to a debate's record: the start, its text after the label, and the
    speaker, for a report whose numbering it goes on with."""
    start = _numbered(lines, i, width, capitals)
    turn = turn_at(start.rest) if start and start.shape == "plain" else None
    return (replace(start, rest=turn.rest), turn.name) if start and turn else None


def _numbered(lines: list[Line], i: int, width: int, capitals: bool) -> Start | None:
    """What line i's number would open, with what stands around it (candidate's reading); none
    where the line above runs on to it, ending on a joining word ("… in 2009/10 to" over "1.6
    billion in 2022/23.", a number a wrapped sentence put first on its line)."""
    if i and ends_on_joining_word(lines[i - 1].text):
        return None
    return candidate(lines[i].text, _following(lines, i), _may_open_undotted(lines, i, width), capitals)


def numbered_on(lines: list[Line], width: int) -> bool:
    """Whether a text's numbering goes on from an earlier part's: its first numbered line is
    past 1 and the next of its shape is the one after it ("11." then "12.", a chapter printed on
    its own), before any "1." (a list inside a paragraph)."""
    first: Start | None = None
    for i, line in enumerate(lines):
        start = start_at(lines, i, width) if line.text else None
        if start is None or start.shape not in ("plain", "dotted"):
            continue
        if first is None:
            first = start
        elif start.shape == first.shape:
            return first.number > 1 and start.number == first.number + 1 and start.chapter == first.chapter
    return False


def numbered_again(lines: list[Line], i: int, start: Start, width: int) -> bool:
    """Whether a later line opens with the same number as line i, in the same shape, before
    any opens with the next: line i is the last item of a list inside a paragraph ("1.", "2.",
    "3." under "… three failures:"), and the paragraph numbered so follows it."""
    for k in range(i + 1, len(lines)):
        later = start_at(lines, k, width) if lines[k].text else None
        if later is not None and later.shape == start.shape and later.chapter == start.chapter:
            if later.number == start.number + 1:
                return False
            if later.number == start.number:
                return True
    return False


def names_the_paragraph_below(
    lines: list[Line], i: int, start: Start, sequencer: Sequencer, width: int
) -> bool:
    """Whether a recommendation's number alone ("Recommendation 1") stands over the numbered
    paragraph that makes it ("2.5 The committee recommends …"): no unit of its own."""
    if start.shape not in NAMED_SHAPES or start.rest:
        return False
    below = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text), None)
    opens = start_at(lines, below, width) if below is not None else None
    return opens is not None and opens.shape not in NAMED_SHAPES and sequencer.continues(opens)


def titles_item(lines: list[Line], i: int, width: int) -> bool:
    """Whether a numbered line is an item's title over its text ("45. DECLARATIONS OF
    INTEREST", "1. Introduction" over paragraphs): its words a heading's, prose below it, and
    after a paragraph's end or a short line ("1.1 How bus services are run" under "1
    Background" with no blank line between)."""
    return _prose_below(lines, i) and is_heading(lines, i, width, after_short=True)


def _prose_below(lines: list[Line], i: int) -> bool:
    """Whether text that opens no unit follows line i: its own text running on, or a title's."""
    following = _following(lines, i)
    return following is not None and not candidate(following, None, spaced=True)


def titles_chapter(lines: list[Line], i: int, start: Start, width: int) -> bool:
    """Whether a numbered line is a chapter's or a section's title over paragraphs numbered
    within it ("1. Introduction" over "1.1 …", as Word's outline numbering writes them, "1.1
    Purpose" over "1.1.1 …"), or over paragraphs numbered through the chapters, the first of
    them numbered as the chapter is ("1. Introduction" over "1. On 12 June …"): a heading. A
    chapter's number alone on its line stands over its title ("1" over "Introduction")."""
    below = _text_below(lines, i)
    title = i  # the line that reads as a heading: a number alone stands over its title
    if not start.rest and below is not None and is_heading(lines, below, width, True):
        title, below = below, _text_below(lines, below)
    opens = start_at(lines, below, width) if below is not None else None
    if opens is None or ends_sentence(start.rest):
        return False
    within = start.shape in ("plain", "dotted") and opens.shape == "dotted" and opens.chapter == start.label
    restated = (opens.shape, opens.label) == (start.shape, start.label)
    return within or (restated and is_heading(lines, title, width, True))


def _text_below(lines: list[Line], i: int) -> int | None:
    """The next line of text within three lines below line i."""
    return next((k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].text), None)


def _following(lines: list[Line], i: int) -> str | None:
    return next((ln.text for ln in lines[i + 1 : i + 4] if ln.text), None)


def _may_open_undotted(lines: list[Line], i: int, width: int) -> bool:
    """Whether "1 This report …" may open a paragraph here: it stands where a paragraph starts,
    not inside a wrapped sentence nor under a line introducing a list (after a blank line or
    a paragraph's short last line; a number, a roman numeral or a letter in brackets ("a)"),
    stronger evidence than a bare letter, also after any sentence's end, a heading or a short
    line), and reads as a paragraph, ending a sentence or running on, not as a chapter's title
    ("1 Introduction")."""
    text, previous = lines[i].text, lines[i - 1].text if i else ""
    above = next((line.text for line in reversed(lines[max(0, i - 3) : i]) if line.text), "")
    # "We recommend that the Government:" over "(1) Gives …", a note's mark after it or not: a list's item
    if above.rstrip("0123456789").endswith(":"):
        return False
    if previous and not ends_paragraph(previous, width):
        after_block = ends_sentence(previous) or len(previous) < width * SHORT_LINE
        numbered = text.removeprefix("(")[:1].isdigit() or bool(
            ROMAN.match(text) or PREFIXED.match(text) or BRACKETED_LETTER.match(text)
        )
        if not (numbered and (after_block or is_heading(lines, i - 1, width))):
            return False
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    turned = next((line for line in lines[i + 1 : i + 4] if line.text), lines[i])  # over a page's foot
    following = following or (turned.text if turned.page != lines[i].page else "")
    return ends_sentence(text) or bool(following and not candidate(following, None, spaced=True))


def opens_unit(lines: list[Line], k: int, width: int) -> bool:
    """Whether line k has a numbered unit's shape (the sequence aside)."""
    start = start_at(lines, k, width)
    return start is not None and start.shape in UNIT_SHAPES


def cited_recommendation(lines: list[Line], i: int, start: Start, width: int) -> Start | None:
    """A numbered item that ends by citing the paragraph it arises from ("1. The Department should
    … (Paragraph 4)"), numbered apart from the paragraphs: a recommendation, boxed between them or
    listed after them, not a list inside the paragraph before it."""
    j = i
    while j + 1 < len(lines) and lines[j + 1].text and not ends_paragraph(lines[j].text, width):
        if PLAIN.match(lines[j + 1].text):  # the next item, no blank line between
            break
        j += 1
    block = " ".join(line.text for line in lines[i : j + 1])
    if start.shape != "plain" or not CITES_ITS_PARAGRAPH.search(block):
        return None
    return replace(start, shape="recommendation")


def listed_after_colon(lines: list[Line], i: int) -> bool:
    """Whether line i, a list's number ("1. HM Government … shall provide …"), follows a
    sentence introducing it ("… the first recommendation which I make is that:"), a blank line
    between or none: the paragraph's list, not a heading however its words run on."""
    above = next((line.text for line in reversed(lines[max(0, i - 2) : i]) if line.text), "")
    return above.endswith(":")


def untitled(unit: Paragraph, shape: str) -> None:
    """A titled item ("Recommendation 1: The council should …") with no text under it (as Word
    gives a list), or text going on in lower case ("… should review" over "plot sizes …", as a
    narrow column wraps it), or a resolution's words ("That the Cabinet" over "Member for …"):
    what followed its number was its text."""
    title = f"{shape.capitalize()} {unit.label}: "
    said = unit.section.removeprefix(title)
    remnant = len(unit.text.split()) <= REMNANT_WORDS  # "Action 1.1 … by March" over "2022."
    going_on = not unit.text or unit.text[:1].islower() or remnant or said.startswith("That ")
    if going_on and shape in ITEM_KINDS and unit.section.startswith(title):
        unit.text, unit.section = f"{said} {unit.text}".strip(), unit.themes[0] if unit.themes else ""
