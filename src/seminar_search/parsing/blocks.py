"""A prose text's blocks (its paragraphs and headings) and the numbered items among them: a
paper's own recommendations, findings and lessons ("Recommendation 2: …", a heading "Finding 1:
…" over its text), and a board's minutes under their references ("ICB/24/061  Welcome and
apologies")."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from seminar_search.model import ITEM_KINDS
from seminar_search.parsing.common import HEADING_MAX, credited
from seminar_search.parsing.footnotes import Note
from seminar_search.parsing.formulas import MEETING_TIMED
from seminar_search.parsing.layout import SENTENCE_END, Line
from seminar_search.parsing.metadata import ADDRESSEE, BYLINE, DATE, DELIVERY_NOTE, month_of, page_field
from seminar_search.parsing.numbering import (
    CONSULTATION_QUESTION,
    CONTENTS,
    ITEM_IN_CHAPTER,
    NUMBER_AND_REST,
    PAGE_REFERENCE,
    PLAIN,
    SPACED,
    item_rest,
)
from seminar_search.parsing.wrapping import a_few_words

# "Recommendation 2: …", "Finding 1: …" (a heading, over its text), "Lesson 3. …": a paper's own items
ITEM = re.compile(rf"^(?P<kind>{'|'.join(ITEM_KINDS)}){NUMBER_AND_REST}", re.IGNORECASE)
# "… should establish a process. (Recommendation 2)": an item labelled at its end
ITEM_CLOSING = re.compile(rf"\s*\((?P<kind>(?i:{'|'.join(ITEM_KINDS)}))\s+(?P<n>\d{{1,3}})\)\.?$")
# a minute's reference over its heading: "ICB/24/061  Welcome and apologies", "24/61 Finance"
MINUTE = re.compile(r"^(?P<label>(?:[A-Z]{2,8}[/ ])?\d{2,4}/(?P<n>\d{1,4}))\.?\s+(?P<rest>[A-Z].*)$")
MIN_MINUTES = 3
MIN_LISTED = 2  # entries numbered under a heading naming their kind: one alone is no list
KIND_HEADING_WORDS = 6  # "Summary of our conclusions and recommendations"; longer is a title with a topic
LABEL_WORDS = 2  # a block this short ending in a colon labels what follows it: "Signed:", "Key points:"
PROSE_WORDS = 12  # a block this long is a paragraph even if it does not end as a sentence
MIN_FIELDS = 2  # a page's fields over its text: "From: …" and "Published: …"; one alone is a line of text
CLAUSE = re.compile(r"[.,;:?!]\s")  # a sentence's punctuation within a block, which a cover's lines lack
# a postcode ("London SW1P 3NQ") or a web or email address closing a block with no sentence in it:
# a publisher's contact details
CONTACT = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|(?:www\.|https?://|@)\S+$")
LISTED_PAGE = re.compile(r"\s*\.{4,}\s*\d{1,4}$")  # "… annual reporting. ........ 5": the page it is on


class Item(NamedTuple):
    """A paper's numbered item: its kind (its series), number, and the text after its label
    (None where its label titles the heading over it), the label as printed if it is more
    than the number ("ICB/24/061"), and the label closing it if it is printed at its end."""

    kind: str
    number: int
    rest: str | None
    label: str = ""
    closing: str = ""  # the label printed at its end ("(Recommendation 2)"), no part of its text


class Block(NamedTuple):
    """Lines start to end (exclusive) of the body, whether they are a heading, and the number
    of the consultation's question they ask, if they do (0 if not)."""

    start: int
    end: int
    heading: bool
    question: int = 0


def block_lines(lines: list[Line], block: Block) -> list[str]:
    """A block's lines with text, a page's turn inside it (an empty line) aside."""
    return [line.text for line in lines[block.start : block.end] if line.text]


def block_text(lines: list[Line], block: Block) -> str:
    """A block's words on one line."""
    return " ".join(block_lines(lines, block))


def heads_text(blocks: list[Block], k: int) -> bool:
    """Whether block k is a heading with text under it: a last line that heads nothing
    ("Registered charity number 1234567", an address) is none."""
    return blocks[k].heading and k + 1 < len(blocks) and not blocks[k + 1].heading


def after_the_notes(lines: list[Line], blocks: list[Block], notes: list[Note]) -> int:
    """The first block after the last list of notes, when no heading follows it: a colophon
    ("POST is an office of both Houses …"), not more of the section above the notes."""
    listed = [note.source for note in notes if note.listed]
    if not listed:
        return len(blocks)
    last = max(listed)
    after = next((k for k, b in enumerate(blocks) if lines[b.start].source > last), len(blocks))
    return after if not any(heads_text(blocks, k) for k in range(after, len(blocks))) else len(blocks)


def item_titles(lines: list[Line], body: list[Block]) -> list[Block]:
    """An item's label and title over its text, wrapped in a narrow column ("Finding 1:
    Vulnerable residents were not known" / "to responders"): no sentence, a heading."""
    return [
        block._replace(heading=True)
        if item_opening(lines[block.start].text)
        and not is_prose(lines, block)
        and k + 1 < len(body)
        and not body[k + 1].heading
        else block
        for k, block in enumerate(body)
    ]


def named_items(lines: list[Line], body: list[Block]) -> dict[int, Item]:
    """The paragraphs that open "Recommendation N: …" or "Lesson N. …", or stand under a
    heading "Finding N: title", N counting up from 1 in each kind (or "Finding 3.2", from 1 in
    each chapter), by their place in the body: a paper's own numbered items, citable as such;
    one printed again (a list of recommendations first, each again in the chapter it ends) is
    that item again, under its number."""
    last: dict[str, Opening] = {}  # each kind's last item
    counted: Counter[str] = Counter()
    printed: set[tuple[str, str, int]] = set()
    found = {}
    for k, block in enumerate(body):
        item = item_opening(lines[block.start].text)
        again = item is not None and (item.kind, item.chapter, item.number) in printed
        if not item or not (again or item.follows(last.get(item.kind))):
            continue
        number = item.number if again else counted[item.kind] + 1
        if block.heading and k + 1 < len(body) and not body[k + 1].heading:
            found[k + 1] = Item(item.kind, number, None, item.label)
        elif not block.heading and item.rest:
            found[k] = Item(item.kind, number, item.rest, item.label)
        else:
            continue
        if not again:
            counted[item.kind] += 1
            last[item.kind] = item
            printed.add((item.kind, item.chapter, item.number))
    return found | _minutes(lines, body) | _listed_under_kind(lines, body) | _closed_by_label(lines, body)


class Opening(NamedTuple):
    """What opens an item: its kind, its chapter's number ("" unless it prints one, "3" in
    "Finding 3.2"), its number in the chapter or the paper, and the text after them."""

    kind: str
    chapter: str
    number: int
    rest: str

    @property
    def label(self) -> str:
        return f"{self.chapter}.{self.number}" if self.chapter else ""

    def follows(self, last: Opening | None) -> bool:
        """Whether this is the next item of its kind after last: one more in the same chapter
        (or, none numbered by chapter, in the paper), or the first of a later chapter."""
        if last is None or self.chapter == last.chapter:
            return self.number == (last.number if last else 0) + 1
        later = bool(self.chapter and last.chapter) and int(self.chapter) > int(last.chapter)
        return self.number == 1 and later


def bare_label(text: str) -> bool:
    """Whether a heading is an item's label and nothing more ("Recommendation 1"): it names the
    item under it, not a part of the text."""
    item = item_opening(text)
    return item is not None and not item.rest


def item_opening(text: str) -> Opening | None:
    """What a line opens, if it opens an item; "Finding 3.1" read as chapter 3's first, not as
    "Finding 3" followed by ".1"."""
    if item := ITEM_IN_CHAPTER.match(text) or ITEM.match(text):
        chapter = item.groupdict().get("chapter") or ""
        return Opening(item["kind"].lower(), chapter, int(item["n"]), item_rest(item))
    return None


def _listed_under_kind(lines: list[Line], body: list[Block]) -> dict[int, Item]:
    """A list numbered "1.", "2." (or "1)") from 1 under a heading that names a kind of item
    ("Recommendations", "Our key findings", "Conclusions and recommendations"): each entry is
    the paper's item of that kind, its number its label, recommendations before conclusions."""
    found: dict[int, Item] = {}
    for k, block in enumerate(body):
        heading = " ".join(line.text for line in lines[block.start : block.end]) if block.heading else ""
        kinds = kinds_named(heading)
        if not kinds or len(heading.split()) > KIND_HEADING_WORDS:
            continue
        listed: dict[int, Item] = {}
        for j, entry in enumerate(body[k + 1 :], start=k + 1):
            numbered = listed_entry(lines[entry.start].text)
            if entry.heading or numbered is None or numbered[0] != len(listed) + 1:
                break
            listed[j] = Item(kinds[0], len(listed) + 1, numbered[1])
        if len(listed) >= MIN_LISTED:
            found.update(listed)
    return found


def _closed_by_label(lines: list[Line], body: list[Block]) -> dict[int, Item]:
    """The paragraphs that end with their label ("… of pass-through entities. (Recommendation
    3)"), counting up from 1 in each kind: a report's own items, numbered after their text."""
    found: dict[int, Item] = {}
    counted: Counter[str] = Counter()
    for k, block in enumerate(body):
        closing = None if block.heading else ITEM_CLOSING.search(block_text(lines, block))
        if closing and int(closing["n"]) == counted[kind := closing["kind"].lower()] + 1:
            counted[kind] += 1
            found[k] = Item(kind, counted[kind], lines[block.start].text, closing=closing[0].strip())
    return found


def kinds_named(heading: str) -> list[str]:
    """The kinds of item a heading names ("Key findings": finding), recommendations first."""
    return [kind for kind in ITEM_KINDS if re.search(rf"\b{kind}s?\b", heading, re.IGNORECASE)]


def listed_entry(text: str) -> tuple[int, str] | None:
    """The number and text of a list's numbered entry ("2. Every council …", "2) Every …")."""
    numbered = PLAIN.match(text) or SPACED.match(text)
    return (int(numbered["n"]), numbered["rest"]) if numbered and numbered["rest"] else None


def _minutes(lines: list[Line], body: list[Block]) -> dict[int, Item]:
    """The paragraphs under headings that a minute's reference opens ("ICB/24/061  Welcome and
    apologies"), three or more counting up: each minute one unit, labelled as printed."""
    found, last = {}, -1
    for k, block in enumerate(body[:-1]):
        minute = MINUTE.match(lines[block.start].text) if block.heading else None
        if minute and int(minute["n"]) > last and not body[k + 1].heading:
            found[k + 1] = Item("minute", int(minute["n"]), None, minute["label"])
            last = int(minute["n"])
    return found if len(found) >= MIN_MINUTES else {}


def is_prose(lines: list[Line], block: Block) -> bool:
    """A block that ends as a sentence does, or runs long with a sentence's punctuation inside
    (its end may carry a note's mark): a paragraph, not a title, a byline, a name or a role."""
    text = " ".join(line.text for line in lines[block.start : block.end])
    sentences = len(text.split()) >= PROSE_WORDS and bool(CLAUSE.search(text))
    if BYLINE.match(text) and not sentences:  # "Posted by …, 4 October 2022": the cover's; not "By 2030, …"
        return False
    if ADDRESSEE.match(text) or DELIVERY_NOTE.match(text):  # "Testimony Before the …", "[Check against …]"
        return False
    if text.startswith("(") and text.endswith(")") and not sentences:  # "(Hon Sarah Tremaine, Chairperson)"
        return False
    if text.endswith(":") and len(text.split()) <= LABEL_WORDS:  # "Signed:", over a list: its label
        return False
    if credited(text, longest=HEADING_MAX) and not SENTENCE_END.search(text):  # a name and post, wrapped
        return False
    if CONTACT.search(text) and not (SENTENCE_END.search(text) or re.search(r"[.!?]\s+[A-Z]", text)):
        return False
    return bool(SENTENCE_END.search(text)) or sentences


def without_contents(lines: list[Line], blocks: list[Block]) -> list[Block]:
    """The blocks but a contents page's: its heading and the entries under it on its page, up
    to the last that ends in its page's number or dot leaders (an entry's title may wrap),
    which are no part of the text (an entry over a web address, "2 Council tax 5" over
    "commonslibrary.parliament.uk", or wrapped over two lines, had read as paragraphs)."""
    kept: list[Block] = []
    k = 0
    while k < len(blocks):
        end = k + 1
        if CONTENTS.match(block_text(lines, blocks[k])):
            page = lines[blocks[k].start].page
            following = k + 1
            while following < len(blocks) and lines[blocks[following].end - 1].page == page:
                entry = block_text(lines, blocks[following])
                if SENTENCE_END.search(entry):
                    break  # a paragraph: the entries have ended
                following += 1
                if PAGE_REFERENCE.search(entry):
                    end = following
        if end == k + 1:
            kept.append(blocks[k])
        k = end
    return kept


def page_fields(lines: list[Line], blocks: list[Block], paragraphs: list[int]) -> range:
    """The blocks of a web page's fields over its text ("From: …", "Published: 14 March
    2024", "Location: …"; two lines at least, one dated), before its second paragraph: they,
    and the summary over them, are the page's cover. Empty if it prints none."""
    texts = [line.text for line in lines]
    found: list[int] = []
    before = 0
    for k, block in enumerate(blocks):
        if _fields(texts, block):
            found.append(k)
        elif k in paragraphs:
            before += 1
            if found or before > 1:
                break
    shown = [texts[i] for k in found for i in range(blocks[k].start, blocks[k].end)]
    dated = any(DATE.search(text) or month_of(text) for text in shown)
    return range(found[0], found[-1] + 1) if len(shown) >= MIN_FIELDS and dated else range(0)


def _fields(texts: list[str], block: Block) -> bool:
    """Whether a block is a web page's fields, a value wrapped on to a line of a few words
    ("From: … and Luke" over "Hall MP"), or onto one closing its bracket ("… (Transcript of the
    speech," over "exactly as it was delivered)")."""
    shown = [i for i in range(block.start, block.end) if texts[i]]
    return all(
        page_field(texts, i) or (k and _value_goes_on(texts[shown[k - 1]], texts[i]))
        for k, i in enumerate(shown)
    )


def _value_goes_on(above: str, text: str) -> bool:
    closes = above.count("(") > above.count(")") and text.endswith(")") and "(" not in text
    return closes or a_few_words(text)


def question_asked_below(lines: list[Line], i: int) -> int | None:
    """Past the question a bare "Consultation Question 1." asks in the lines under it (a
    response quoting it over its answer), when those lines end as a question does."""
    asked = CONSULTATION_QUESTION.match(lines[i].text)
    if not asked or asked.lastgroup != "bare":
        return None
    start = next((k for k in range(i + 1, len(lines)) if lines[k].text), len(lines))
    end = next((k for k in range(start, len(lines)) if not lines[k].text), len(lines))
    return end if end > start and lines[end - 1].text.endswith("?") else None


def meeting_timings(lines: list[Line], body: list[Block]) -> set[int]:
    """The blocks of a record that time its meeting ("The meeting was called to order at 3.05
    p.m.", "… suspended at 4.10 p.m. and resumed …"), and those after its close ("The meeting
    rose at 6 p.m.") up to the next heading (a note on corrections): none is the record's text."""
    timed: set[int] = set()
    closed = False
    for k, block in enumerate(body):
        text = block_text(lines, block)
        if found := MEETING_TIMED.match(text):
            timed.add(k)
            closed = bool(found["closed"])
        elif block.heading:
            closed = False
        elif closed:
            timed.add(k)
    return timed
