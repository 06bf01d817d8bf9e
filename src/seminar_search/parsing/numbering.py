"""Numbered units found by evidence: the shapes a number takes, and the sequence it keeps.

A line may open a unit with `12.`, `[12]`, `4.23` / `4.23.`, `A1.3.`, `ES1.` (a summary's or
annex's own series), a number alone on its line before its text, `Q183`, a `Recommendation 8`
heading or a `Conclusion 2.` sentence; where a paragraph can start, also a number or a letter
and a space (`1 This report …`, `a The Department should …`, as audit offices print them), a
number and a bracket (`1) Councils …`) or a recommendation's or conclusion's short label (`R1
That the Council …`, `C2`). Whether it does is decided by the running sequence: a number that
continues its series opens a unit; one that starts again at 1 opens a new series only under a
new heading (Annex, Appendix, Conclusions...); a recommendation or conclusion may be restated
under its number (a summary list, then the chapter); anything else is text that happens to
start with a number (a wrapped line, a year, a quoted list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seminar_search.model import ITEM_KINDS
from seminar_search.parsing.layout import SENTENCE_END, Line
from seminar_search.parsing.metadata import DATE

DOTTED = re.compile(  # "4.23", "A1.3", and a level deeper, "2.1.3"
    r"^(?P<prefix>[A-Z]{1,2}\d{0,2}|\d{1,2}(?:\.\d{1,2})?)\.(?P<n>\d{1,3})\.?(?:\s+(?P<rest>\S.*)|$)"
)
PLAIN = re.compile(r"^(?P<n>\d{1,3})\.(?:\s+(?P<rest>\S.*)|$)")
BRACKETED = re.compile(r"^\[(?P<n>\d{1,3})\]\s+(?P<rest>\S.*)$")  # "[12] The Council …": a ruling
LONE = re.compile(r"^(?P<n>\d{1,3})$")
# "¶12 The …", "§ 12 The …", "Para 12. The …", "Paragraph 12: The …": a paragraph's number so marked
MARKED = re.compile(r"^(?:¶|§|Para(?:graph)?\.?)\s?(?P<n>\d{1,3})[.:]?\s+(?P<rest>[A-Z‘“].*)$")
MARKED_DOTTED = re.compile(r"^[¶§]\s?(?=\d{1,2}\.\d)")  # "§1.1 Dr Hussain opened …": 1.1, so marked
SPACED = re.compile(  # "1 This report …", "1) Councils …", "(1) Mrs X complained …"
    r"^(?P<open>\()?(?P<n>\d{1,3})(?(open)\)|\)?)\s+(?P<rest>[A-Z‘“].*)$"
)
# "a The …", "b) The …", "(c) The …"
LETTERED = re.compile(r"^(?P<open>\()?(?P<letter>[a-z])(?(open)\)|\)?)\s+(?P<rest>[A-Z‘“].*)$")
# "iii. We …", "(iv) The …", "ii) Demand …"
ROMAN = re.compile(r"^(?P<open>\()?(?P<numeral>[ivx]{1,5})(?(open)\)|[.)])\s+(?P<rest>[A-Z‘“].*)$")
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
WELL_FORMED_ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")  # 1 to 39 as they are written
# "R1 That the …", "C2: …", and a summary's or annex's own series: "ES1. Spending …", "A3. The survey …"
PREFIXED = re.compile(r"^(?P<prefix>(?!Q)[A-Z]{1,3})(?P<n>\d{1,3})(?P<mark>[.:])?\s+(?P<rest>[A-Z‘“].*)$")
PREFIX_SHAPES = {"R": "recommendation", "C": "conclusion", "F": "finding"}  # "F1 The market is …"
# a response's recommendations so labelled over their answers: "R1  The Council should …", "Rec 2. …",
# "R3 – The Council …"; a conclusion's "C1. The Committee concludes …", numbered on its own
RECOMMENDATION_PREFIXED = re.compile(
    r"^(?P<prefix>R|Rec\.?\s?|(?P<concluded>C|Con\.?\s?))(?P<n>\d{1,3})(?:[.:)]|\s+[–—-])?\s+(?P<rest>[A-Z‘“].*)$"
)
QUESTION = re.compile(r"^Q\s?(?P<n>\d{1,4})\b\s*(?P<rest>.*)$")
# a consultation paper's "Consultation Question 3." over its text, a unit of a numbered report
# (a response quotes its questions over its answers: CONSULTATION_QUESTION, their headings)
ASKED = re.compile(r"^(?i:Consultation\s+Question)\s+(?P<n>\d{1,3})[.:]?$")  # "CONSULTATION QUESTION 3." too
# a consultation's question heading the answers below it: "Question 3: Do you agree …?", "Q4. …";
# or alone (bare) over them, "Consultation Question 1.", "CONSULTATION QUESTION 2."
CONSULTATION_QUESTION = re.compile(
    r"^(?:(?i:Consultation) )?(?:Question|QUESTION|Q)\s?(?P<number>\d{1,3})[a-z]?"
    r"\s*(?:[:.)–-]\s*\S|(?P<bare>[.:]?)$)"
)


def asks(text: str, following: str) -> bool:
    """Whether a line is a consultation's question, however long, ending where it asks ("Question
    1: Do you agree …?") or on the line it wraps onto ("… within a" over "national framework?")."""
    wrapped = following[:1].islower() and following.endswith("?")
    return bool(CONSULTATION_QUESTION.match(text)) and (text.endswith("?") or wrapped)


# " 4: title", " 2. We ...", " 1 (paragraph 23)", " 3 – title"; alone, " 4", " 4:", " 4."
NUMBER_AND_REST = (
    r"\s+(?P<n>\d{1,3})\s*(?P<aside>\([^()]{1,40}\))?\s*(?:(?P<sep>[:.–—]|-(?=\s))\s*(?P<rest>\S.*)|[:.]?$)"
)
RECOMMENDATION = re.compile(rf"^Recommendation{NUMBER_AND_REST}", re.IGNORECASE)


def item_rest(match: re.Match[str]) -> str:
    """The text after an item's number, with what a bracket between them says: "Recommendation
    1 (supported by 92% of members): The council …" keeps the share it was supported by."""
    rest, aside = match["rest"] or "", match.groupdict().get("aside")
    return f"{aside} {rest}" if aside and rest else rest


# "Recommendation 3: …", "Lesson 2: …", "Action 4. …": an item labelled by its kind, in that kind's series
NAMED = re.compile(rf"^(?P<kind>{'|'.join(ITEM_KINDS)}){NUMBER_AND_REST}", re.IGNORECASE)
# "FINDING 3.1 Early intervention is under-funded", "Recommendation 4.2: …": numbered in its chapter
ITEM_IN_CHAPTER = re.compile(
    rf"^(?P<kind>(?i:{'|'.join(ITEM_KINDS)}))\s+(?P<chapter>\d{{1,2}})\.(?P<n>\d{{1,2}})(?![.\d])"
    r"(?:(?:\s*[:.–—-]|\s+(?=[A-Z‘“\"(]))\s*(?P<rest>\S.*)|\s*)$"  # not "Recommendation 4.1 of the …"
)
NAMED_SHAPES = ("recommendation", "conclusion")  # restated elsewhere in a report under the same number
RECITAL = re.compile(r"^(?P<letters>[A-Z]{1,2})\.\s+(?P<rest>whereas\b.*)$")  # a resolution's: "A. whereas …"
CHAPTER_CAPITALS = re.compile(r"^[A-Z][A-Z0-9 ,:;'’&()\-–]+$")
SERIES_WORDS = re.compile(r"\b(annexe?|appendix|schedule|recommendations?|conclusions?)\b", re.IGNORECASE)
PART = re.compile(r"\b(annexe?|appendix|schedule)\s+([A-Z0-9]{1,3})\b", re.IGNORECASE)
LETTERED_PART = re.compile(r"^(?:Part|PART) ([A-Z])\b")  # "Part B: …" over "B.1 …": the main text's
CONTENTS = re.compile(r"^(?:Table of )?Contents$", re.IGNORECASE)
PAGE_REFERENCE = re.compile(r"(?:\s\d{1,3}|\.{4,})$")  # a contents entry's end: a page number, dots
CHAPTER = re.compile(r"^(chapter|part|section)\s+(\d{1,2}|[IVX]{1,4})\b", re.IGNORECASE)  # "Chapter 2: …"
YEAR = re.compile(r"^(1[89]|20)\d\d$")

LIST_ITEM_WORDS = 6  # an item of a list a sentence introduces: "1. Employer engagement"


@dataclass(frozen=True)
class Start:
    """A line that may open a unit: its shape, the numbers it prints, and the text after them."""

    shape: str  # "dotted", "plain", "spaced", "lettered", "roman", "prefixed", "question", "recommendation"…
    chapter: str  # the part before the dot in 4.23 or A1.3, the letters of ES1; "" for other shapes
    number: int
    label: str
    rest: str
    titled: bool = False  # "Recommendation 4: title": what follows the number is a title, not text


def candidate(line: str, following: str | None, spaced: bool = False, capitals: bool = False) -> Start | None:
    """What a line would open if the sequence allows: following is the next non-blank line
    (a number alone on its line must be followed by text, not by another number); spaced, that
    a paragraph may start here with no dot after its number or letter (the caller has seen a
    paragraph's start and a paragraph's text, not a chapter's title); capitals, that a title
    in capitals after a number is an item's ("46. BUDGET 2024/25", a meeting's minutes), not a
    chapter's heading."""
    line = MARKED_DOTTED.sub("", line, count=1)
    if match := DOTTED.match(line):
        prefix = match.group("prefix")
        label = f"{prefix}.{match.group('n')}"
        return Start("dotted", prefix, int(match.group("n")), label, match.group("rest") or "")
    if match := PLAIN.match(line):
        rest = match.group("rest") or ""
        if not capitals and CHAPTER_CAPITALS.match(rest) and len(rest) < 90 and re.search("[A-Z]", rest):
            return None  # "2. RECOMMENDATIONS": a chapter heading
        return Start("plain", "", int(match.group("n")), match.group("n"), rest)
    if match := BRACKETED.match(line) or MARKED.match(line):
        return Start("plain", "", int(match.group("n")), match.group("n"), match.group("rest"))
    if (match := LONE.match(line)) and following and not LONE.match(following) and not YEAR.match(line):
        if following[:1].isupper() or following[:1] in "‘“'\"(":
            return Start("plain", "", int(match.group("n")), match.group("n"), "")
        return None
    if spaced and (match := SPACED.match(line)) and not DATE.match(line):  # "28 September 2022"
        return Start("spaced", "", int(match.group("n")), match.group("n"), match.group("rest"))
    if (match := PREFIXED.match(line)) and (spaced or match["mark"] == "."):  # "ES1. …", as "1. …"
        prefix, number = match.group("prefix"), match.group("n")
        shape = PREFIX_SHAPES.get(prefix, "prefixed")
        chapter = "" if prefix in PREFIX_SHAPES else prefix  # "ES1" its own series, "A1" another
        return Start(shape, chapter, int(number), f"{prefix}{number}", match.group("rest"))
    if spaced and (match := ROMAN.match(line)) and (number := roman_value(match.group("numeral"))):
        return Start("roman", "", number, match.group("numeral"), match.group("rest"))
    if match := RECITAL.match(line):  # "B. whereas one in ten households …"
        letters = match.group("letters")
        number = sum((ord(c) - ord("A") + 1) * 26**k for k, c in enumerate(reversed(letters)))
        return Start("recital", "", number, letters, match.group("rest"))
    if spaced and (match := LETTERED.match(line)):
        letter = match.group("letter")
        return Start("lettered", "", ord(letter) - ord("a") + 1, letter, match.group("rest"))
    if match := QUESTION.match(line):
        return Start("question", "", int(match.group("n")), f"Q{match.group('n')}", match.group("rest"))
    if match := ASKED.match(line):
        return Start("asked", "", int(match.group("n")), f"Q{match.group('n')}", "")
    if match := ITEM_IN_CHAPTER.match(line):  # "Action 2.1 The Forum will …"
        rest = match["rest"] or ""
        chapter, n = match["chapter"], match["n"]
        return Start(match["kind"].lower(), chapter, int(n), f"{chapter}.{n}", rest, not rest.endswith("."))
    if match := NAMED.match(line):
        # "Recommendation 4: Fund pilots" titles the text under it; "Lesson 2: Plans should be shared." is it
        rest = item_rest(match)
        shape, titled = match.group("kind").lower(), match.group("sep") != "." and not rest.endswith(".")
        return Start(shape, "", int(match.group("n")), match.group("n"), rest, titled)
    return None


@dataclass
class Series:
    """A run of units numbered in one sequence."""

    shape: str
    heading: str  # the heading it started under: names the series
    chapter: str = ""
    last: int = 0
    count: int = 0
    name: str = ""


class Sequencer:
    """Decides, line by line, which candidates open units: the sequence-awareness."""

    def __init__(self, continued: bool = False) -> None:
        self.continued = continued  # the first series may go on from an earlier document's (minute 45)
        self.series: list[Series] = []
        self.active: dict[str, Series] = {}  # by shape (and letter prefix for dotted labels)
        self.heading_since_unit = True
        self.heading = ""
        self.part = ""  # the last Annex, Appendix or Schedule heading: names lettered series

    def saw_heading(self, heading: str) -> None:
        """Of the headings since the last unit, one that names a kind of series (Annex,
        Appendix, Conclusions, Recommendations) names a series that starts under them, rather
        than a sub-heading below it; else the nearest. A contents page's own heading names
        nothing that follows it."""
        if heading.casefold().startswith("contents"):
            return
        if (
            not self.heading_since_unit
            or not SERIES_WORDS.search(self.heading)
            or SERIES_WORDS.search(heading)
        ):
            self.heading = heading
        self.heading_since_unit = True
        if PART.search(heading):
            self.part = heading

    def accept(self, start: Start) -> Series | None:
        """The series this start continues or begins, or None if it is only text."""
        key = self._key(start)
        current = self.active.get(key)
        if current is not None and self._continues(current, start):
            return self._take(current, start)
        if current is not None and start.shape in NAMED_SHAPES and start.number <= current.last:
            current.count += 1  # a summary's recommendation restated in the chapter it arises in
            self.heading_since_unit = False
            return current
        if self._begins(start, current):
            lettered = start.shape == "dotted" and not _numeric(start.chapter)
            series = Series(
                start.shape, self._part_for(start.chapter) if lettered else self.heading, start.chapter
            )
            self.series.append(series)
            self.active[key] = series
            return self._take(series, start)
        return None

    def continues(self, start: Start) -> bool:
        """Whether start would go on with a series begun (nothing taken)."""
        current = self.active.get(self._key(start))
        return current is not None and self._continues(current, start)

    def _key(self, start: Start) -> str:
        """Dotted labels with a letter (A1.3) keep a series per appendix; 4.23 one for all
        chapters, and 2.1.3 one for all sections."""
        lettered = start.shape in ("dotted", "prefixed") and not _numeric(start.chapter)
        if lettered and self._in_part(start.chapter):
            return f"{start.shape}:parts"  # "A.3" then "B.1" under "Part B": one run through the parts
        return f"{start.shape}:{start.chapter if lettered else start.chapter.count('.')}"

    def _in_part(self, chapter: str) -> bool:
        """Whether the heading over a lettered label is the part its letter names ("Part B")."""
        found = LETTERED_PART.match(self.heading)
        return found is not None and found[1] == chapter

    def _part_for(self, chapter: str) -> str:
        """The Appendix or Annex heading a lettered label (A1.3) belongs to; its letter
        and number say which when the heading stood only in a running header."""
        if self._in_part(chapter):
            return self.heading
        digits = chapter.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        found = PART.search(self.part)
        if found and found.group(2).upper() in (digits, chapter):
            return self.part
        return f"Appendix {digits}" if chapter.startswith("A") and digits else f"Annex {chapter}"

    def _continues(self, series: Series, start: Start) -> bool:
        if start.shape != "dotted" and not (start.shape in ITEM_KINDS and start.chapter):
            return start.number == series.last + 1
        if start.chapter == series.chapter:  # "4.23." is strong evidence: a few lost lines may lie between
            return 0 < start.number - series.last <= (1 if _numeric(start.chapter) and not start.rest else 4)
        return start.number == 1 and _chapter_follows(series.chapter, start.chapter)

    def _begins(self, start: Start, current: Series | None) -> bool:
        if start.number != 1 and not (self.continued and not self.series):
            return False
        if start.shape in ("lettered", "roman") and not self.heading_since_unit:
            return False  # "(a)", "(i)" straight after a paragraph: its list, no series of its own
        if current is None and not any(s.shape == start.shape for s in self.series):
            return True
        return self.heading_since_unit or self._under_its_parent(start)

    def _under_its_parent(self, start: Start) -> bool:
        """A dotted label a level deeper than the unit just taken, numbered under it: "1.1.1"
        straight under "1.1 Principles"."""
        parent = (
            self.active.get(f"dotted:{start.chapter.count('.') - 1}") if start.shape == "dotted" else None
        )
        return parent is not None and start.chapter == f"{parent.chapter}.{parent.last}"

    def _take(self, series: Series, start: Start) -> Series:
        series.last, series.chapter = start.number, start.chapter
        series.count += 1
        self.heading_since_unit = False
        return series


def roman_value(numeral: str) -> int:
    """What a lower-case roman numeral counts ("iv": 4), or 0 if it is not one written as
    numbers are ("iiv")."""
    if not numeral or not WELL_FORMED_ROMAN.fullmatch(numeral):
        return 0
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < values[k + 1] else v for k, v in enumerate(values[:-1])) + values[-1]


def _numeric(chapter: str) -> bool:
    """A chapter's number (4 of 4.23, 2.1 of 2.1.3), not an appendix's letter."""
    return chapter.replace(".", "").isdigit()


def _chapter_follows(previous: str, chapter: str) -> bool:
    """4 after 3 (a chapter may have no numbered paragraphs: up to 3 ahead), A2 after A1; a
    section, 2.2 after 2.1 or 3.1 after 2.4."""
    if "." in previous or "." in chapter:
        head, _, last = previous.rpartition(".")
        new_head, _, new_last = chapter.rpartition(".")
        if not (head and new_head and last.isdigit() and new_last.isdigit()):
            return False
        if head == new_head:
            return 0 < int(new_last) - int(last) <= 3
        return int(new_last) == 1 and _chapter_follows(head, new_head)
    if len(previous) == len(chapter) == 1 and (previous + chapter).isalpha():  # part B after part A
        return ord(chapter) - ord(previous) == 1
    before, after = re.match(r"([A-Z]*)(\d*)", previous), re.match(r"([A-Z]*)(\d*)", chapter)
    assert before is not None and after is not None
    if before.group(1) != after.group(1):
        return False
    if not before.group(2) or not after.group(2):
        return before.group(2) != after.group(2) or bool(after.group(1))
    return 0 < int(after.group(2)) - int(before.group(2)) <= 3


def introduced_item(lines: list[Line], i: int) -> bool:
    """Whether line i is an item of a list a sentence introduces, its colon above it and only
    the list's short items between."""
    k = i - 1
    while k >= 0 and (not lines[k].text or _short_item(lines[k].text)):
        k -= 1
    return k >= 0 and lines[k].text.endswith(":")


def _short_item(text: str) -> bool:
    start = candidate(text, None)
    return start is not None and a_few_words_listed(start.rest)


def a_few_words_listed(text: str) -> bool:
    """A list item's words ("Employer engagement"), not a sentence nor a number alone."""
    return 0 < len(text.split()) <= LIST_ITEM_WORDS and not ends_sentence(text)


def ends_sentence(text: str) -> bool:
    """A sentence's end, a note's mark after it or not ("… over 75.1", "… for compensation.” 239")."""
    return bool(SENTENCE_END.search(text.rstrip("0123456789").rstrip()))
