"""From a report's text to a Document: layout clean-up, then the structure of its genre."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from seminar_search.errors import IngestError
from seminar_search.lexicon import Entry, load_themes
from seminar_search.model import Document, Paragraph
from seminar_search.names import mention_finder, reported_speakers
from seminar_search.parsing.appended import with_appended_evidence
from seminar_search.parsing.back_matter import appended_evidence
from seminar_search.parsing.blocks import LISTED_PAGE, kinds_named
from seminar_search.parsing.broken_words import drop_caps_mended, line_end_hyphens_mended
from seminar_search.parsing.captions import caption_times_off, captioner_marks_off
from seminar_search.parsing.columns import columns_read_down, side_headings_apart, table_rows_tabbed
from seminar_search.parsing.committee import is_committee_report, parse_committee
from seminar_search.parsing.committee_cover import dotted_lone_numbers, running_header
from seminar_search.parsing.common import Reading, layout_lines
from seminar_search.parsing.labelled import labelled_items, parse_labelled
from seminar_search.parsing.layout import (
    RULE,
    Layout,
    Line,
    bullets_drawn,
    clean_text,
    loose_lists_tightened,
    prose_cells_apart,
    read_layout,
    web_notes_marked,
    without_reactions,
)
from seminar_search.parsing.markdown import markdown_plain
from seminar_search.parsing.numbering import PLAIN, RECOMMENDATION
from seminar_search.parsing.page_breaks import page_breaks_spaced
from seminar_search.parsing.proceedings import parse_proceedings
from seminar_search.parsing.prose import NO_EVIDENCE, parse_prose
from seminar_search.parsing.prose_blocks import paragraph_starts
from seminar_search.parsing.pull_quotes import without_pull_quotes
from seminar_search.parsing.replies import replies_apart
from seminar_search.parsing.report import MIN_UNITS, parse_report
from seminar_search.parsing.response import (
    parse_response,
    recommendation_headings,
    reply_headings,
    under_headings,
)
from seminar_search.parsing.seminar import parse_seminar
from seminar_search.parsing.seminar_blocks import seminar_headings
from seminar_search.parsing.seminar_layout import dotted_numbering, starts_paragraph
from seminar_search.parsing.spacing import paragraph_lines_parted, single_spaced
from seminar_search.parsing.starts import numbered_units, titled_sections
from seminar_search.parsing.transcript import MIN_QUESTIONS, parse_transcript, question_turns
from seminar_search.parsing.turns import speaker_turns
from seminar_search.parsing.voices import dotted_qa_labelled, places_unvoiced
from seminar_search.parsing.web_copy import (
    captioned_speakers_labelled,
    glued_numbers_parted,
    party_lines_labelled,
    pictures_named_left_off,
    web_title_parted,
)
from seminar_search.present import PRESENT
from seminar_search.sources import SourceText, read_source

# what typesetting puts in a text that its reader types otherwise: no-break, figure, thin and narrow
# spaces; hyphens; ligatures ("ﬁnancial" is "financial"); soft hyphens and zero-width spaces, unseen
TYPESET = {
    **dict.fromkeys("\u00a0\u2007\u2009\u202f", " "),
    **dict.fromkeys("\u2010\u2011", "-"),  # a hyphen, and one that keeps its words on a line
    **{"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"},
    **dict.fromkeys("\u00ad\u200b", ""),
}
TYPESET_MARK = re.compile(f"[{''.join(TYPESET)}]")  # found at once where there is none, as in most texts
# a dash typed as two hyphens, between words or apart from them: "Ward -- Good", "Green--Wellington"
TYPED_DASH = re.compile(r"(?<=[^\s-])--(?=[^\s-])|(?<=[^\s-] )--(?= [^\s-])")
DASHED_PAGE_NUMBER = re.compile(r"^[ \t]*[-–—][ \t]*(\d{1,4})[ \t]*[-–—][ \t]*$", re.MULTILINE)
ELLIPSIS_LEADERS = re.compile(r"…(?: ?…)+")  # a contents entry's leaders set as ellipses, not one "…"
SHORT_TITLES = "Mr|Mrs|Ms|Dr|Prof"  # titles American texts set with a dot
DOTTED_TITLE = re.compile(rf"\b({SHORT_TITLES})\.(?=\s+[A-Z])")  # before a name
UNDOTTED_TITLE = re.compile(rf"\b({SHORT_TITLES})(?=\s+[A-Z])")
INDENTED = re.compile(r"^\t(?=\S)", re.MULTILINE)  # a paragraph's first line opened with a tab
SPACE_INDENTED = re.compile(r"(?:\A|\n[ \t]*\n)( {2,8})(?=\S)")  # a paragraph's first line opened with spaces
LEADING_SPACES = re.compile(r"^ +(?=\S)", re.MULTILINE)
MIN_INDENTED = 3
INNER_TAB = re.compile(r"\S[^\n]*\t|^\t\t", re.MULTILINE)  # a tab after a line's first word, or two
# unseen, they part no words: spaces, and tabs on a line with no other tab (no table row's empty cell)
LINE_END_SPACES = re.compile(r"^([^\t\n]*?)[ \t]+$| +$", re.MULTILINE)
ONLY_NUMBERED = "one or two numbered paragraphs and nothing else"
NUMBERED_SHARE = 1 / 3  # of a text's words that numbered units hold, at least, when it is a numbered report
INTRODUCTION_WORDS = 4  # a line ending in a colon this long introduces a list: "Contents:" does not
INTRODUCED_SHARE = 2 / 3  # of its words a numbered list a sentence introduces holds, at most, in prose


def document_id(event: str, date: str, fallback: str) -> str:
    """A stable, readable id: the event and date ("policy-seminar-one-2010-05-18"), else the file name."""
    basis = f"{event} {date}" if event and date else fallback
    return re.sub(r"[^a-z0-9]+", "-", basis.lower()).strip("-") or "report"


def read_genre(text: str, lexicon: list[Entry]) -> Reading:
    """Choose the genre by the evidence each leaves in the text, and read the document as it;
    a reading that finds no unit gives way to plain prose's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")  # Windows', old Macs'
    text = text.replace("\u00ad\n", "-\n")  # a soft hyphen shown where a word breaks at a line's end
    text = paragraph_lines_parted(text)  # a paragraph a line, no blank line between, as Word saves it
    text = page_breaks_spaced(text)  # a paragraph ending at a page's foot, no blank line under it
    text = TYPESET_MARK.sub(lambda mark: TYPESET[mark[0]], text)  # as typed: "financial", "Seminar report"
    text = TYPED_DASH.sub("—", text)  # as a typewriter's text sets one
    # "Mr. Okafor", as American texts set their titles, each always with its dot: read as "Mr Okafor"
    dotted = {found[1] for found in DOTTED_TITLE.finditer(text)} - set(UNDOTTED_TITLE.findall(text))
    text = _titles_undotted(text, dotted)
    text = ELLIPSIS_LEADERS.sub(lambda run: "." * 3 * run[0].count("…"), text)  # "Introduction ……… 8"
    text = DASHED_PAGE_NUMBER.sub(r"\1", text)  # "- 12 -", a page's number as a word processor sets it
    text = _indents_removed(LINE_END_SPACES.sub(r"\1", text))  # a typist's indent opening each paragraph
    text = side_headings_apart(_margin_removed(text))  # as a PDF's text or a typist sets them
    text = web_title_parted(glued_numbers_parted(pictures_named_left_off(text)))  # a report's web page copied
    text = party_lines_labelled(captioned_speakers_labelled(text))  # TheyWorkForYou, openparliament.ca
    text = line_end_hyphens_mended(drop_caps_mended(text))
    text, column_pages = columns_read_down(table_rows_tabbed(text))
    text = single_spaced(text)
    text = replies_apart(prose_cells_apart(RULE.sub("", text)))  # "_______", "Signed: ……"
    text = caption_times_off(text)  # a video's automatic captions, a time over each line
    text = captioner_marks_off(dotted_qa_labelled(text))  # an interview's "Q. …" over "A. …", ">> NAME: …"
    text, quoted = without_pull_quotes(
        loose_lists_tightened(markdown_plain(bullets_drawn(web_notes_marked(text))))
    )
    text, reactions = without_reactions(text)
    reading = _by_evidence(text, lexicon)
    if not reading.document.paragraphs:
        reading = parse_prose(read_layout(clean_text(text)), lexicon)
    reading.pull_quotes, reading.reactions, reading.column_pages = quoted, reactions, column_pages
    places_unvoiced(reading.document, text)
    for unit in reading.document.paragraphs:  # a recommendation as its list gives it, the page it stands on
        unit.text = LISTED_PAGE.sub("", unit.text)
    if dotted:
        _dots_put_back(reading.document, dotted)
    return reading


def _dots_put_back(document: Document, dotted: set[str]) -> None:
    """The document's words with their titles dotted again, as printed ("Dr. Akash Paun")."""
    titled = re.compile(rf"\b({'|'.join(sorted(dotted))})(?=\s+[A-Z])")

    def back(text: str) -> str:
        return titled.sub(r"\1.", text)

    for unit in document.paragraphs:
        unit.text, unit.speaker, unit.section = back(unit.text), back(unit.speaker), back(unit.section)
        unit.themes, unit.mentions = [back(t) for t in unit.themes], [back(m) for m in unit.mentions]
        unit.quotes = [back(quote) for quote in unit.quotes]
        unit.footnotes = [replace(note, text=back(note.text)) for note in unit.footnotes]
    document.title, document.subtitle, document.event = map(
        back, (document.title, document.subtitle, document.event)
    )
    document.author, document.organisation = back(document.author), back(document.organisation)
    document.participants = [
        replace(p, name=back(p.name), title=back(p.title), organisation=back(p.organisation))
        for p in document.participants
    ]


def _titles_undotted(text: str, dotted: set[str]) -> str:
    """The text without the dot after each title the document always sets with one: its names
    read as any others are."""
    return re.sub(rf"\b({'|'.join(sorted(dotted))})\.(?=\s+[A-Z])", r"\1", text) if dotted else text


def _indents_removed(text: str) -> str:
    """The text without the tab a typist opens each paragraph with, where no tab stands inside a
    line (where one does, a table's cells are set apart by them); or the spaces, where only
    paragraphs' first lines open with spaces, as many of them each (a centred cover's lines
    are indented each its own way, a PDF's layout indents lines inside a paragraph too)."""
    if INDENTED.search(text) and not INNER_TAB.search(text):
        return INDENTED.sub("", text)
    opening = [len(found[1]) for found in SPACE_INDENTED.finditer(text)]
    indented = len(LEADING_SPACES.findall(text))
    if len(opening) >= MIN_INDENTED and len(set(opening)) == 1 and indented == len(opening):
        return SPACE_INDENTED.sub(lambda found: found[0][: -len(found[1])], text)
    return text


def _margin_removed(text: str) -> str:
    """The text without the spaces every line of it opens with (a page's margin, as a PDF's
    layout-keeping extraction writes it), a page break before a line aside: where a line
    starts is evidence only against where the others do."""
    lines = text.split("\n")
    margin = min(
        (len(bare) - len(bare.lstrip(" ")) for bare in (line.lstrip("\f") for line in lines) if bare),
        default=0,
    )
    if not margin:
        return text
    return "\n".join(
        line[: len(line) - len(line.lstrip("\f"))] + line.lstrip("\f")[margin:] for line in lines
    )


def _by_evidence(text: str, lexicon: list[Entry]) -> Reading:
    lines = text.splitlines()
    if is_committee_report(lines) and not _prints_a_response(text):
        committee = parse_committee(text, lexicon)
        if _holds_its_text(committee, text):
            return committee  # else numbered otherwise ("12 Witnesses …", "(12) …"): by the evidence
    text = _lone_numbers_dotted(text)
    lines = text.splitlines()
    if seminar_headings(lines):  # a keynote's and a discussion's, over paragraphs numbered "1."
        if any(map(starts_paragraph, lines)):
            return parse_seminar(text, lexicon)
        if (dotted := dotted_numbering(text)) != text:  # or "1)", "(1)", "1 The …", written so
            return parse_seminar(dotted, lexicon)
    layout = read_layout(clean_text(text))
    body = layout_lines(layout)
    if question_turns(body) >= MIN_QUESTIONS:
        return parse_transcript(layout, lexicon)
    if labelled_items(body) >= MIN_UNITS:
        return parse_labelled(layout, lexicon)
    headings, numbered, replies = (
        recommendation_headings(body),
        numbered_units(body, layout.width),
        reply_headings(body),
    )
    if (under_headings(headings, replies) and numbered < headings) or replies >= max(
        MIN_UNITS, numbered // 2
    ):
        return parse_response(layout, lexicon)
    # a paragraph or two numbered, then the recommendations ("Recommendation 1: The council …")
    if numbered >= MIN_UNITS or (numbered and numbered_units(body, layout.width, named=True) >= MIN_UNITS):
        return _numbered_or_prose(layout, body, lexicon)
    # a meeting's minutes: "46. BUDGET"; two items are enough under a list of who was present
    minuted = any(PRESENT.match(line.text) for line in body)
    if numbered_units(body, layout.width, capitals=True) >= MIN_UNITS - minuted:
        return _numbered_or_prose(layout, body, lexicon, capitals=True)
    if speaker_turns(body):
        return parse_proceedings(layout, lexicon)
    # one or two numbered paragraphs among others are no numbering to read by: the prose keeps
    # them as printed; a note of nothing else is read as the seminar's paragraphs are
    starts = paragraph_starts(body, layout.width)
    if numbered and starts and all(PLAIN.match(body[i].text) for i in starts):
        return parse_seminar(text, lexicon, ONLY_NUMBERED)
    return parse_prose(layout, lexicon)


def _lone_numbers_dotted(text: str) -> str:
    """The text with paragraph numbers printed alone ("12" over the paragraph) joined to
    their paragraphs' first lines as "12. …", where they run in sequence, as any reader reads."""
    lines = text.splitlines()
    printed = [line.strip() for line in lines]
    joined = dotted_lone_numbers(printed, running_header(printed))
    if joined is printed:
        return text
    kept = zip(lines, printed, joined, strict=True)
    return "\n".join(line if new == old else new for line, old, new in kept)


def _holds_its_text(reading: Reading, text: str) -> bool:
    """Whether a reading's units (their notes too) hold a numbered report's share of the text's
    words: a Commons report numbered in a way its own reader does not know holds a tenth."""
    held = sum(
        len(unit.text.split()) + sum(len(note.text.split()) for note in unit.footnotes)
        for unit in reading.document.paragraphs
    )
    return held >= len(text.split()) * NUMBERED_SHARE


def _prints_a_response(text: str) -> bool:
    """Whether a committee's special report prints the Government's answers under
    "Recommendation N" headings, each answered: the response's reading keeps both, the
    committee report's would lose the recommendations. Counted on the raw lines first, which
    costs nothing for the reports that have no such headings."""
    if sum(bool(RECOMMENDATION.match(line.strip())) for line in text.splitlines()) < MIN_UNITS:
        return False
    body = layout_lines(read_layout(clean_text(text)))
    return min(recommendation_headings(body), reply_headings(body)) >= MIN_UNITS


def _numbered_or_prose(
    layout: Layout, body: list[Line], lexicon: list[Entry], capitals: bool = False
) -> Reading:
    """A report's reading if its numbered units hold its text, each a paragraph or a minute's
    item. If its numbers only title its sections ("2.1 Funding") or chapters of several
    paragraphs each (a think tank's "1. Introduction"), they are headings and the paragraphs
    the units: prose. If they hold little of its text (a briefing's list of three numbered
    recommendations after pages of prose), or all stand under one heading naming their kind
    ("Recommendations"), or a sentence introduces the first ("We commit to the following
    actions:") and they hold less than two thirds of it, the text is prose and the list is in it:
    read as numbered, the prose would be left out as front and back matter."""
    if sections := titled_sections(body, layout.width, capitals):
        prose = parse_prose(layout, lexicon)
        prose.reason = sections
        return prose
    reading = parse_report(layout, lexicon, capitals)
    evidence = appended_evidence([line.text for line in body])  # the witnesses' words, not its own
    words = sum(len(line.text.split()) for k, line in enumerate(body) if k not in evidence)
    numbered = sum(len(unit.text.split()) for unit in reading.document.paragraphs)
    kinds = _listed_kinds(reading.document.paragraphs)
    # "… the following questions:" over the list, which holds less than two thirds of the words
    introduced = _introduced(reading, body) and numbered < words * INTRODUCED_SHARE
    if numbered >= words * NUMBERED_SHARE and not kinds and not introduced:
        return with_appended_evidence(reading, layout, body, evidence, lexicon) if evidence else reading
    prose = parse_prose(layout, lexicon)
    found = Counter(unit.series for unit in prose.document.paragraphs)
    if any(found[kind] < count for kind, count in kinds.items()) and not introduced:
        return reading  # the prose does not find the lists' entries: the numbered reading keeps them
    share = f"its numbered paragraphs hold {numbered / words:.0%} of its words"
    share = "a sentence introduces its numbered paragraphs" if introduced else share
    listed = ", ".join(f"{kind}s" for kind in kinds)
    listing = kinds and not introduced
    prose.reason = f"its numbered entries list its {listed}" if listing else f"{share}: a list within prose"
    return prose


def _introduced(reading: Reading, body: list[Line]) -> bool:
    """Whether a sentence introduces the numbered reading's first unit, the last line before it
    ending in a colon ("We commit to the following actions:" over "1. Every local authority …",
    wrapped or not): a list within the prose, whatever the heading over it names."""
    texts = [line.text for line in body]
    front = [k for k, text in enumerate(texts) if text][: reading.front_matter]
    sentence = [texts[front[-1]]] if front else [""]
    k = front[-1] if front else 0
    while k and texts[k - 1] and texts[k][:1].islower():  # "… over the" over "next two years:"
        k -= 1
        sentence.insert(0, texts[k])
    return sentence[-1].endswith(":") and len(" ".join(sentence).split()) >= INTRODUCTION_WORDS


def _listed_kinds(units: list[Paragraph]) -> Counter[str]:
    """The kinds of item ("finding", "recommendation") that headings name over a report's
    numbered units, each series a list under one heading ("Key findings", "Recommendations"),
    and how many each lists: a paper's lists, the prose around them no front or back matter to
    leave out. None if any series is not such a list."""
    kinds: Counter[str] = Counter()
    for series in dict.fromkeys(unit.series for unit in units):
        sections = {unit.section for unit in units if unit.series == series}
        heading = sections.pop() if len(sections) == 1 else ""
        named = kinds_named(heading)
        if not named:
            return Counter()
        kinds[named[0]] += sum(unit.series == series for unit in units)
    return kinds


def parse_text(source: SourceText, lexicon: list[Entry]) -> Document:
    """Parse a decoded report. A text with no numbered paragraph is not dropped: its paragraphs
    are numbered as plain blocks, and the document says why (its problem)."""
    return read_source_text(source, lexicon).document


def read_source_text(source: SourceText, lexicon: list[Entry]) -> Reading:
    """The genre's reading of a decoded file, completed: ids and mentions."""
    reading = read_genre(source.text, lexicon)
    document = reading.document
    document.id = document.id or document_id(document.event, document.date, source.path.stem)
    document.source = str(source.path)
    document.content_hash = source.content_hash
    mentioned = mention_finder([p.name for p in document.participants])
    for paragraph in document.paragraphs:
        paragraph.doc = document.id
        paragraph.mentions = list(
            dict.fromkeys([*mentioned(paragraph.text), *reported_speakers(paragraph.text)])
        )
    if not document.paragraphs:
        raise IngestError(f"{source.path}: no text to index")
    if source.encoding == "cp1252":
        document.warnings.insert(0, "not UTF-8: read as cp1252 (Windows-1252)")
    return reading


def read_file(path: Path, lexicon: list[Entry]) -> Reading:
    """Read and parse one report file. A PDF whose content order shows no structure is read
    again in the order its lines stand on the page, and read so if that shows a genre's
    evidence (two columns side by side, read across, show none: their prose stays prose); one
    whose numbers title its chapters shows structure enough."""
    source = read_source(path)
    reading = read_source_text(source, lexicon)
    if reading.genre == "prose" and reading.reason == NO_EVIDENCE and source.encoding == "pdf":
        again = read_source_text(read_source(path, visual_order=True), lexicon)
        if again.genre != "prose" and again.reason != ONLY_NUMBERED:
            return again
    return reading


def ingest_file(path: Path, lexicon: list[Entry] | None = None) -> Document:
    """Read and parse one report file."""
    return read_file(path, lexicon if lexicon is not None else load_themes()).document
