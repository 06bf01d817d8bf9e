"""A PDF's paragraphs told by the space between them (sources/pdf.py): pypdf gives no blank
line between paragraphs, so one whose last line runs the full width used to read as one with
the next."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from helpers import DATA, HC179, SEED, SHAPES, pdf_of_content, pdf_of_lines
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from seminar_search.lexicon import load_themes
from seminar_search.parsing import ingest_file, read_genre
from seminar_search.sources import read_source
from seminar_search.sources.pdf import pages_text

# Shapes printed to PDF with fpdf2 as a word processor sets them: paragraphs wrapped and set
# apart by space, a running header and page numbers. Each read wrong before the space was read.
PRINTED_WITH_SPACE = [
    "roundtable-summary-speakers-headed-by-name-with-attendees-after",
    "briefing-paper-with-a-numbered-list",
    "senedd-report-recommendations-and-conclusions",
    "short-report-page-number-above-a-paragraph",
    "written-questions-each-answered-by-a-minister",
]
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


@pytest.mark.parametrize("name", PRINTED_WITH_SPACE)
def test_a_shape_printed_with_spaced_paragraphs_reads_as_its_text(name: str) -> None:
    text, printed = (ingest_file(SHAPES / f"{name}.{suffix}") for suffix in ("txt", "pdf"))
    assert (printed.title, printed.date, printed.author) == (text.title, text.date, text.author)
    assert [(u.series, u.label, u.speaker, u.section, words(u.text)) for u in printed.paragraphs] == [
        (u.series, u.label, u.speaker, u.section, words(u.text)) for u in text.paragraphs
    ]


def test_a_paragraph_ending_at_a_full_line_is_not_joined_to_the_next() -> None:
    """In the roundtable summary's PDF, Cllr Khan's first paragraph ends at its last line's
    full width: only the space under it says that his second begins there."""
    summary = ingest_file(SHAPES / f"{PRINTED_WITH_SPACE[0]}.pdf")
    khan = [u.text for u in summary.paragraphs if u.speaker == "Cllr Amir Khan"]
    assert [text.split()[0] for text in khan] == ["Cllr", "He"]


@pytest.mark.parametrize("pdf", sorted([*SHAPES.glob("*.pdf"), *DATA.joinpath("corpus").glob("*.pdf")]))
def test_spacing_adds_blank_lines_and_nothing_else(pdf: Path) -> None:
    """Every line pypdf gives is kept, in its order (a cover's in the order they stand down
    the page; a block written last over the text, one written first under it), its
    letters as they were: only blank lines are added, a tab where a table's next cell starts,
    and a space taken out where a piece in another font was set apart."""
    pages = list(PdfReader(pdf).pages)
    for k, (page, spaced) in enumerate(zip(pages, pages_text(pages), strict=True)):
        plain = page.extract_text() or ""
        kept, given = (
            [re.sub(r"\s", "", line) for line in text.split("\n") if line.strip()] for text in (spaced, plain)
        )
        assert (sorted(kept) == sorted(given)) if k == 0 else blocks_moved(kept, given)


def blocks_moved(kept: list[str], given: list[str]) -> bool:
    """The lines given, a block from their end (up to half of them) moved before them and one
    from their start moved after them, or none: the text between in its order."""
    count = len(given)
    return any(
        kept[head : count - foot] == given[foot : count - head]
        and sorted(kept[:head]) == sorted(given[count - head :])
        and sorted(kept[count - foot :]) == sorted(given[:foot])
        for head in range(count // 2 + 1)
        for foot in range((count - head) // 2 + 1)
    )


def test_pieces_set_apart_in_another_font_close_up() -> None:
    """A hung quotation mark, a question mark after words in italics, a raised ordinal or
    note's number: pypdf writes a space where the font changes, which the page does not show.
    A note's mark glued to its word is what the notes are attached by."""
    content = [
        "BT /F1 10 Tf 72 700 Td (It was full and fair) Tj ET",
        "BT /F1 10 Tf 172 700 Td (?) Tj ET",
        "BT /F1 10 Tf 66 686 Td (\\252) Tj ET",
        "BT /F1 10 Tf 80 686 Td (The 10) Tj ET",
        "BT /F1 7 Tf 112 690 Td (th) Tj ET",
        "BT /F1 10 Tf 126 686 Td (statement) Tj ET",
        "BT /F1 10 Tf 72 672 Td (referred by the NFSP) Tj ET",
        "BT /F1 6 Tf 190 676 Td (25) Tj ET",
        "BT /F1 10 Tf 200 672 Td (that one) Tj ET",
    ]
    page = PdfReader(io.BytesIO(pdf_of_content("\n".join(content)))).pages[0]
    assert "“ The" in (page.extract_text() or "")
    assert "NFSP 25" in (page.extract_text() or "")
    assert pages_text([page])[0].split("\n") == [
        "It was full and fair?",
        "“The 10th statement",
        "referred by the NFSP25 that one",
    ]


def test_a_covers_lines_are_read_down_the_page_whatever_order_they_were_written_in() -> None:
    """A cover's text frames are written in any order: "Volume 1" and its number first, the
    title last. Read down the page, the title comes first."""
    frames = [("Volume 1", 600), ("HC 1119", 560), ("Post Office", 700), ("Horizon IT Inquiry", 680)]
    content = "\n".join(f"BT /F1 20 Tf 72 {y} Td ({text}) Tj ET" for text, y in frames)
    page = PdfReader(io.BytesIO(pdf_of_content(content))).pages[0]
    lines = [line for line in pages_text([page])[0].split("\n") if line.strip()]
    assert lines == ["Post Office", "Horizon IT Inquiry", "Volume 1", "HC 1119"]


def test_a_tables_columns_are_cells_apart_and_justified_words_are_not() -> None:
    """Three rows of a two-column table, the second column starting at one place, are a tab
    apart; words spread across a justified line, each written apart, starting where the one
    before ends but a little space, are not, nor is a gap on one line alone."""
    rows = [[("Jane Cole", 72), ("Age UK", 300)], [("Sam Patel", 72), ("Kent County Council", 300)]] * 2
    justified = [[("The", 72), ("Department", 94), ("has", 160)], [("not", 72), ("met", 94), ("its", 120)]]
    alone = [[("Total", 72), ("40 million", 400)]]
    content = []
    for y, line in zip(range(700, 100, -14), [*rows, *justified, *alone], strict=False):
        content += [f"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET" for text, x in line]
    page = PdfReader(io.BytesIO(pdf_of_content("\n".join(content)))).pages[0]
    lines = [line for line in pages_text([page])[0].split("\n") if line.strip()]
    assert lines[:4] == ["Jane Cole\tAge UK", "Sam Patel\tKent County Council"] * 2
    assert "\t" not in "".join(lines[4:])


def _page_text(cells: list[tuple[str, float, float]]) -> str:
    """The text of a page drawn a piece at a time: each (text, x, y) in that order."""
    content = "\n".join(f"BT /F1 10 Tf {x:g} {y:g} Td ({text}) Tj ET" for text, x, y in cells)
    return pages_text([PdfReader(io.BytesIO(pdf_of_content(content))).pages[0]])[0]


GLOSSARY = [  # term, definition: each a cell of lines, the term's wrapped in a narrow column
    (["Antibiotics"], ["Medicines used to treat or prevent bacterial infections."]),
    (
        ["Association of", "Directors of Public", "Health"],
        ["A representative organisation of directors", "of public health."],
    ),
    (
        ["Airborne", "transmission"],
        ["Transmission occurring across short or long", "distances through the air."],
    ),
    (
        ["Cabinet"],
        [
            "A team of the most senior government ministers who",
            "are chosen to lead on specific policy areas.",
        ],
    ),
    (
        ["Civil Contingencies", "Act 2004"],
        ["Legislation providing a framework for civil", "protection in the UK."],
    ),
]


def test_a_two_column_glossary_written_a_cell_at_a_time_reads_a_block_a_cell() -> None:
    """A glossary's rows as a word processor writes them: a term's cell (its lines in a narrow
    column), then its definition's lines beside it, then the next row: a blank line over each
    cell, as pdftotext gives it (the terms had run into the definitions, a one-line term on its
    definition's first line)."""
    cells, y = [], 700.0
    for term, definition in GLOSSARY:
        cells += [(line, 72, y - 12 * k) for k, line in enumerate(term)]
        cells += [(line, 200, y - 12 * k) for k, line in enumerate(definition)]
        y -= 12 * max(len(term), len(definition)) + 8
    blocks = [block.split("\n") for block in _page_text(cells).strip().split("\n\n")]
    assert [[line.strip() for line in block] for block in blocks] == [
        lines for term, definition in GLOSSARY for lines in (term, definition)
    ]


def test_a_table_of_a_line_a_row_and_prose_in_two_columns_are_no_glossary() -> None:
    """Eight rows of names beside bodies, a line each, stay a tab a row; prose set in two
    columns, written a column at a time, gains no blank line."""
    bodies = ["Age UK", "Unison", "Nesta", "LGA"]
    rows = [
        cell
        for k in range(8)
        for cell in ((f"Person {k}", 72, 700 - 14 * k), (bodies[k % 4], 250, 700 - 14 * k))
    ]
    assert _page_text(rows).split("\n") == [f"Person {k}\t{bodies[k % 4]}" for k in range(8)]
    prose = [(f"left column line {k} of prose set narrow", 72, 700 - 12 * k) for k in range(10)]
    prose += [(f"right column line {k} of prose set narrow", 320, 700 - 12 * k) for k in range(10)]
    assert "\n\n" not in _page_text(prose).strip()


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(st.lists(LINE, min_size=2, max_size=4), min_size=3, max_size=5),
    pitch=st.integers(11, 14),
    space=st.floats(0.35, 1.2),
    size=st.sampled_from([9.0, 10.0, 11.0]),
)
def test_a_break_goes_where_the_space_is_and_only_there(
    paragraphs: list[list[str]], pitch: int, space: float, size: float
) -> None:
    """Paragraphs set apart by over a third of a line's space each start after a blank line
    (a one-page summary printed with ReportLab, its paragraphs a third of a line apart, had
    run them together); their lines, a pitch apart, have none between them; set solid, none."""
    for gap in (pitch * (1 + space), pitch):
        lines = [(line, gap if k == 0 else pitch, size) for p in paragraphs for k, line in enumerate(p)]
        blocks = [block.split("\n") for block in spaced_text(lines).split("\n\n")]
        assert blocks == (paragraphs if gap > pitch else [[line for p in paragraphs for line in p]])


def test_a_title_in_large_type_set_with_open_leading_is_one_title() -> None:
    """A cover's title in 18-point type, its lines further apart than the body's are: no
    break between them. Under it, body text in 10-point type, spaced as paragraphs."""
    title = [("Oral evidence: Social media data and real", 0, 18), ("time analytics", 28, 18)]
    body = [("The committee met.", 40), ("It heard from three", 12), ("witnesses.", 12), ("They spoke.", 20)]
    body += [("Each answered", 12), ("in turn.", 12)]
    blocks = spaced_text([*title, *((text, drop, 10) for text, drop in body)]).split("\n\n")
    assert blocks == [
        "Oral evidence: Social media data and real\ntime analytics",
        "The committee met.\nIt heard from three\nwitnesses.",
        "They spoke.\nEach answered\nin turn.",
    ]


def spaced_text(lines: list[tuple[str, float, float]]) -> str:
    (page,) = pages_text(list(PdfReader(io.BytesIO(pdf_of_lines(lines))).pages))
    return page


def test_witnesses_listed_with_space_between_dates_and_names() -> None:
    """The report's PDF sets each day's witnesses apart from its date: the first named still
    opens the entry ("Francisco Morcillo, Public & Industrial Affairs Manager, …")."""
    witnesses = {p.name for p in ingest_file(HC179.with_suffix(".pdf")).participants if p.role == "witness"}
    assert {"Francisco Morcillo", "John Chave", "George Eustice"} <= witnesses


@pytest.mark.parametrize(
    ("cover", "title"),
    [
        (
            ["UK Covid-19 Inquiry", "", "Module 1:", "", "The resilience", "and preparedness"],
            "Module 1: The resilience and preparedness",
        ),
        (
            ["Making places work · Local Futures", "", "Making places work: lessons from Total Place"],
            "Making places work: lessons from Total Place",
        ),
        (
            ["Research Briefing", "", "Research Briefing", "", "By Paul Bolton", "", "Local bus services"],
            "Local bus services",
        ),
        (["Volume 1", "", "Post Office Horizon IT Inquiry"], "Volume 1 Post Office Horizon IT Inquiry"),
    ],
    ids=[
        "a title's label, then its subject",
        "a running header shortening the title",
        "the kind twice",
        "a generic line",
    ],
)
def test_a_cover_set_apart_by_space_keeps_its_title_whole(cover: list[str], title: str) -> None:
    """A cover as a PDF's spacing gives it, a blank line between each of its parts; the
    pages after it headed by the cover's first line where that is a running header."""
    header = [cover[0], ""] if cover[0] in ("Research Briefing", "Making places work · Local Futures") else []
    pages = [[*cover, "", "Introduction", "", f"1. {PARAGRAPHS[0]}"]]
    pages += [[*header, f"{k}. {paragraph}"] for k, paragraph in enumerate(PARAGRAPHS[1:], 2)]
    text = "\f".join("\n".join(page) for page in pages)
    assert read_genre(text, load_themes()).document.title == title


PARAGRAPHS = [
    "The pilots asked how much public money is spent in a place and whether it could be spent better.",
    "Nobody knew the total, and a good deal of it went on problems that earlier action could prevent.",
    "This paper draws on interviews with chief executives and frontline staff in six of the areas.",
    "It sets out what worked, what did not, and what the next spending review should do about it.",
]


def test_a_pdfs_text_keeps_its_pages() -> None:
    """Blank lines go within pages: the form feeds between them stay where they were."""
    text = read_source(SHAPES / f"{PRINTED_WITH_SPACE[1]}.pdf").text
    assert text.count("\f") == len(PdfReader(SHAPES / f"{PRINTED_WITH_SPACE[1]}.pdf").pages) - 1


def test_the_seed_printed_by_a_browser_reads_as_its_text() -> None:
    """Chromium's print of the seed: its title in large type wraps onto a line in lower case
    ("… – Changing" over "professional practices"), and "Discussion" heads a page, the page
    break and no blank line between it and the paragraph it follows. The title is whole, and
    the discussion's paragraphs are the discussion's (they had been Sir Andrew Foster's)."""
    text, printed = ingest_file(SEED), ingest_file(SHAPES / "seed-printed-by-a-browser.pdf")
    assert printed.title == text.title == "Changing public services – Changing professional practices"
    assert printed.author == text.author == "Caroline Mager"  # her name, post and body a block each
    assert [(u.label, u.speaker, u.section) for u in printed.paragraphs] == [
        (u.label, u.speaker, u.section) for u in text.paragraphs
    ]


def test_a_header_written_after_the_text_and_a_footer_before_it_stand_where_they_are_printed() -> None:
    """A page number written first (the covid report's pages) goes under the text, and a
    header written last (a browser's fixed header) over it: on a page of its own, printed
    once, either had run into the text beside it."""
    body = [
        (f"Line {k} of the evidence given to the committee that morning.", 700 - 14 * k) for k in range(14)
    ]
    frames = [("7", 40), *body, ("Oral evidence: Rural bus services, HC 412", 770)]
    content = "\n".join(f"BT /F1 11 Tf 72 {y} Td ({text}) Tj ET" for text, y in frames)
    page = PdfReader(io.BytesIO(pdf_of_content(content))).pages[0]
    lines = [line for line in pages_text([page])[0].split("\n") if line.strip()]
    assert lines == ["Oral evidence: Rural bus services, HC 412", *(text for text, _y in body), "7"]


def test_a_box_written_after_the_text_it_stands_over_comes_first() -> None:
    """A box of several lines at a page's top, its header over it, both written after the text
    under them: header, box, text, as they stand."""
    box = [
        ("Recommendation 9: Regular use of red teams", 730),
        ("The governments should use red teams.", 716),
    ]
    text = [(f"Line {k} of the answer to the recommendation.", 680 - 14 * k) for k in range(14)]
    frames = [*text, *box, ("Government response to the Covid-19 Inquiry", 770)]
    content = "\n".join(f"BT /F1 11 Tf 72 {y} Td ({line}) Tj ET" for line, y in frames)
    page = PdfReader(io.BytesIO(pdf_of_content(content))).pages[0]
    lines = [line for line in pages_text([page])[0].split("\n") if line.strip()]
    assert lines == [frames[-1][0], *(line for line, _y in box), *(line for line, _y in text)]


def test_a_one_page_transcripts_header_drawn_last_is_in_no_turn() -> None:
    """Chromium draws a fixed header after the page's text: the chair's closing thanks had
    ended "… very much. Oral evidence: Rural bus services, HC 412"."""
    doc = ingest_file(SHAPES / "oral-evidence-on-one-page-printed-by-a-browser-its-header-drawn-last.pdf")
    assert (doc.paragraphs[-1].label, doc.paragraphs[-1].text) == ("Q3", "Thank you both very much.")
    assert not any("HC 412" in unit.text for unit in doc.paragraphs)
