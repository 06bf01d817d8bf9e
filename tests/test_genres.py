"""Golden tests on real documents of shapes the first parsers were not built on
(tests/data/genres): transcripts, government responses, inquiry reports numbered 4.23.
Each from its text and from its PDF: units per series against what the document prints,
first and last labels, sample units' words and speakers."""

from __future__ import annotations

import itertools
import re
import textwrap
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from helpers import GENRES, SEED, SHAPES, as_pdf_text, items_answered, narrow, shape_read

from seminar_search.cite import citation
from seminar_search.lexicon import load_themes
from seminar_search.model import Document, Paragraph, reference
from seminar_search.parsing import ingest_file, read_file, read_genre
from seminar_search.parsing.voices import dotted_qa_labelled, speakers_field

BOTH = ["txt", "pdf"]


@cache
def document(stem: str, suffix: str) -> Document:
    return ingest_file(GENRES / f"{stem}.{suffix}", load_themes())


def series(doc: Document, name: str) -> list[Paragraph]:
    return [p for p in doc.paragraphs if p.series == name]


def openings(doc: Document, count: int) -> list[tuple[str, str, str, str]]:
    """Each unit's series, label, speaker and first words: who said what, where."""
    return [(u.series, u.label, u.speaker, " ".join(u.text.split()[:count])) for u in doc.paragraphs]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold())


@pytest.mark.parametrize("suffix", BOTH)
@pytest.mark.parametrize(
    ("stem", "first", "last", "turns", "witness_turns"),
    [
        ("hc245-oral-evidence-2014-06-18", 1, 79, 236, 147),
        ("hc245-oral-evidence-2014-06-23", 80, 155, 215, 130),
    ],
)
def test_a_transcript_is_its_speaker_turns_labelled_by_question(
    stem: str, suffix: str, first: int, last: int, turns: int, witness_turns: int
) -> None:
    doc = document(stem, suffix)
    units = series(doc, "question")
    assert len(units) == len(doc.paragraphs) == turns
    assert [u.label for u in units if u.label != units[units.index(u) - 1].label or u is units[0]] == [
        f"Q{n}" for n in range(first, last + 1)
    ]
    members = {p.name for p in doc.participants if p.role in ("member", "chair")}
    chair = next(p.name for p in doc.participants if p.role == "chair")
    assert units[0].speaker == f"{chair} (Chair)"
    assert (
        sum(1 for u in units if u.speaker not in members and not u.speaker.endswith("(Chair)"))
        == witness_turns
    )
    assert not any(u.speaker.startswith(("Don", "Then the")) for u in units)
    assert all("Oral evidence: Social media data" not in u.text for u in units)  # the page footer


def test_a_title_printed_as_its_running_header_ending_in_a_paper_number_is_still_the_title() -> None:
    """The cover's title on one line, as wide as the running header atop every page ("Oral
    evidence: …, HC 245"): the number that ends it each time is the paper's, no page's, so the
    cover's line is the title, not a header beside a page number taken away (the record had
    been untitled). The headers still leave the turns."""
    printed = (GENRES / "hc245-oral-evidence-2014-06-23.txt").read_text(encoding="utf-8")
    one_line = printed.replace("real time\nanalytics, HC 245", "real time analytics, HC 245", 1)
    assert one_line != printed
    reading = read_genre(one_line, load_themes()).document
    assert reading.title == "Oral evidence: Social media data and real time analytics, HC 245"
    assert [(u.label, u.text) for u in reading.paragraphs] == [
        (u.label, u.text) for u in document("hc245-oral-evidence-2014-06-23", "txt").paragraphs
    ]


@pytest.mark.parametrize("number", ["Q1.", "Q.1", "[Q1]"])
def test_a_transcripts_question_numbers_printed_otherwise_read_as_printed(number: str) -> None:
    """ "Q1. Chair: …", "Q.1 Chair: …" and "[Q1] Chair: …", as other records print a
    question's number: the same turns (the first had made a speaker "Q1. Chair", the second
    a numbered report of the questions, the third lost the chair's questions)."""
    printed = (GENRES / "hc245-oral-evidence-2014-06-18.txt").read_text(encoding="utf-8")
    renumbered = re.sub(r"(?m)^Q(\d+) ", number.replace("1", "\\1") + " ", printed)
    assert renumbered != printed
    reading = read_genre(renumbered, load_themes()).document
    assert [(u.label, u.speaker, u.text) for u in reading.paragraphs] == [
        (u.label, u.speaker, u.text) for u in document("hc245-oral-evidence-2014-06-18", "txt").paragraphs
    ]


@pytest.mark.parametrize("suffix", BOTH)
def test_transcript_labels_resolve_to_the_witnesses_full_names(suffix: str) -> None:
    first = document("hc245-oral-evidence-2014-06-18", suffix)
    q1 = series(first, "question")[:2]
    assert words(q1[0].text)[:4] == ["i", "welcome", "the", "panel"]
    assert q1[1].speaker == "Sureyya Cansoy, Director, Tech for Business and Consumer Programmes, techUK"
    assert words(q1[1].text)[:3] == ["good", "morning", "my"]
    assert words(q1[1].text)[-6:] == ["to", "talk", "to", "you", "this", "morning"]
    second = document("hc245-oral-evidence-2014-06-23", suffix)
    last = second.paragraphs[-1]
    assert (last.label, last.speaker) == ("Q155", "Mr Andrew Miller (Chair)")
    assert words(last.text)[:6] == ["this", "is", "a", "debate", "that", "will"]
    assert words(last.text)[-4:] == ["very", "good", "evidence", "session"]
    assert (second.paragraphs[1].section, second.paragraphs[-1].section) == ("Panel 1", "Panel 2")
    speakers = Counter(u.speaker for u in second.paragraphs)
    assert speakers["Dr Mathieu d’Aquin, Research Fellow, the Open University"] == 12
    assert speakers["Mr Andrew Miller (Chair)"] == 36


def test_a_witness_list_separated_by_semicolons_gives_roles_without_them(tmp_path: Path) -> None:
    """A shape none of the corpus transcripts has: "Witnesses: A, role; B, role"."""
    source = tmp_path / "evidence.txt"
    source.write_text(
        "Oral evidence: Local services\n\nMembers present: Jane Holloway (Chair); Peter Marsh\n\n"
        "Witnesses: Professor Ruth Galbraith, University of Leeds; Mr Tom Ellery, Chief Executive\n\n"
        "Q1 Chair: What has happened to funding since 2010?\n\n"
        "Professor Galbraith: Funding for the voluntary sector has fallen sharply.\n\n"
        "Q2 Peter Marsh: Is commissioning part of the problem?\n\n"
        "Mr Ellery: Yes. Payment by results contracts favour large providers.\n\n"
        "Q3 Chair: What should the government do?\n\n"
        "Professor Galbraith: It should protect grant funding.\n",
        encoding="utf-8",
    )
    turns = ingest_file(source, load_themes()).paragraphs
    assert [unit.label for unit in turns] == ["Q1", "Q1", "Q2", "Q2", "Q3", "Q3"]
    assert {unit.speaker for unit in turns if unit.speaker != "Jane Holloway (Chair)"} == {
        "Professor Ruth Galbraith, University of Leeds",
        "Peter Marsh",
        "Mr Tom Ellery, Chief Executive",
    }


def test_witnesses_are_listed_in_the_order_the_transcript_lists_them() -> None:
    """Not in the order of a set of names, which changed from run to run."""
    first = document("hc245-oral-evidence-2014-06-18", "txt")
    witnesses = [p.name for p in first.participants if p.role == "witness"]
    assert witnesses[:3] == ["Timo Hannay", "Carl Miller", "Sureyya Cansoy"]
    assert witnesses[3:] == ["Professor John Preston", "Professor Mick Yates", "Dr Ella McPherson"]


@pytest.mark.parametrize(
    ("stem", "suffixes", "count", "recommendation", "response", "government"),
    [
        (
            "covid-inquiry-module1-government-response",
            BOTH,
            10,
            "the governments of the uk scotland wales and northern ireland should each simplify",
            "the government agrees that clear governance is needed",
            "UK Government",
        ),
        (
            "gov-response-hl190-space-economy",
            BOTH,
            40,
            "we acknowledge that the current fiscal environment makes a significant uplift",
            "the government is committed to driving growth and economic security",
            "Department for Science, Innovation and Technology",
        ),
    ],
)
def test_a_government_response_pairs_each_recommendation_with_its_answer(
    stem: str, suffixes: list[str], count: int, recommendation: str, response: str, government: str
) -> None:
    for suffix in suffixes:
        doc = document(stem, suffix)
        recommendations, responses = series(doc, "recommendation"), series(doc, "response")
        assert [u.label for u in recommendations] == [str(n) for n in range(1, count + 1)]
        assert len(responses) >= count - 2 and {u.label for u in responses} <= {
            str(n) for n in range(1, count + 1)
        }
        assert " ".join(words(recommendations[0].text)).startswith(recommendation)
        assert " ".join(words(responses[0].text)).startswith(response)
        assert {u.speaker for u in responses} == {government}
        assert government not in {u.speaker for u in recommendations}


@pytest.mark.parametrize("suffix", BOTH)
@pytest.mark.parametrize(
    ("stem", "chapters", "speaker"),
    [
        (
            "covid-inquiry-module1-report",
            {1: 17, 2: 111, 3: 71, 4: 86, 5: 121, 6: 104},
            "UK Covid-19 Inquiry",
        ),
        ("post-office-horizon-inquiry-volume1", {1: 19, 3: 222, 4: 324, 5: 13, 6: 234}, "Inquiry"),
    ],
)
def test_an_inquiry_report_keeps_its_chapter_paragraph_numbers(
    stem: str, suffix: str, chapters: dict[int, int], speaker: str
) -> None:
    doc = document(stem, suffix)
    paragraphs = series(doc, "paragraph")
    expected = [f"{c}.{n}" for c, count in chapters.items() for n in range(1, count + 1)]
    assert [p.label for p in paragraphs] == expected
    assert all(speaker in p.speaker for p in paragraphs)
    assert all(p.text for p in paragraphs)


def test_appendix_paragraphs_and_restated_recommendations_are_series_of_their_own() -> None:
    covid = document("covid-inquiry-module1-report", "txt")
    assert [p.label for p in series(covid, "appendix-1")] == [f"A1.{n}" for n in range(1, 32)]
    post_office = document("post-office-horizon-inquiry-volume1", "txt")
    recommendations = series(post_office, "recommendation")
    assert [p.label for p in recommendations] == [str(n) for n in range(1, 20)]
    assert words(recommendations[0].text)[:4] == ["hm", "government", "and", "or"]
    # restated in chapter 6 after "I recommend:", they stay inside paragraph 6.x
    assert len({p.label for p in post_office.paragraphs if p.series == "paragraph"}) == 812


def test_a_lords_style_report_with_seminar_notes_whose_headings_name_the_speaker() -> None:
    """Dated as a Commons report is, the day it was published: "Ordered to be printed 12 July
    2011 and published 19 July 2011" (it had been dated the day it was ordered printed)."""
    doc = ingest_file(SHAPES / "lords-style-report.txt")
    assert (doc.title, doc.date, doc.author) == (
        "Behaviour Change",
        "2011-07-19",
        "Science and Technology Select Committee",
    )
    labels = [(u.series, u.label) for u in doc.paragraphs]
    assert labels == [
        *[("paragraph", label) for label in ("1.1", "1.2", "1.3", "2.1", "2.2", "2.3")],
        ("recommendation", "1"),
        ("recommendation", "2"),
        *[("appendix-3", label) for label in ("1", "2", "3")],
    ]
    by_label = {(u.series, u.label): u for u in doc.paragraphs}
    assert by_label["paragraph", "1.1"].text.endswith(
        "in 2008. A wrapped line like that is text, not paragraph 2008."
    )
    assert "64. APFs in the regions" in by_label["paragraph", "2.2"].text
    assert by_label["paragraph", "1.3"].page == 8 and by_label["paragraph", "1.2"].page == 7
    assert [f.text for f in by_label["paragraph", "1.3"].footnotes] == [
        "Footnote one: evidence from the Department of Health (BC 12)."
    ]
    assert by_label["paragraph", "2.1"].mentions == ["Professor Jane Doe"]
    assert [by_label["appendix-3", n].speaker for n in ("1", "2", "3")] == [
        "Professor Susan Michie",
        "Professor Susan Michie",
        "Dr Ben Smith",
    ]
    assert by_label["appendix-3", "1"].section == "Behaviour change in practice (Professor Susan Michie)"
    assert not any("Science and Technology Committee" in u.text for u in doc.paragraphs)  # running header


def test_numbers_alone_on_their_lines_and_an_annex_that_restarts() -> None:
    doc = ingest_file(SHAPES / "decision-with-annex.txt")
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        ("paragraph", "1"),
        ("paragraph", "2"),
        ("paragraph", "3"),
        ("annex-a", "1"),
        ("annex-a", "2"),
        ("annex-b", "1"),
    ]
    assert doc.paragraphs[1].text.endswith(
        "Funding will continue at 64. APFs that meet the criteria will keep their allocation."
    )
    assert {u.speaker for u in doc.paragraphs} == {"Department for Example Affairs"}


@pytest.mark.parametrize("suffix", BOTH)
def test_footnotes_at_a_page_foot_attach_to_the_unit_that_marks_them(suffix: str) -> None:
    covid = document("covid-inquiry-module1-report", suffix)
    paragraph = next(u for u in series(covid, "paragraph") if u.label == "2.11")
    assert [(f.mark, f.text) for f in paragraph.footnotes] == [("15", "Oliver Letwin 20 June 2023 54/19-22")]
    assert paragraph.text.endswith("devolved administrations.")  # the mark is out of the text
    space = document("gov-response-hl190-space-economy", suffix)
    answer = next(u for u in series(space, "response") if u.label == "21")
    assert [f.mark for f in answer.footnotes] == ["10", "11"]  # the PDF's "11TITANIA is ..." too
    assert answer.footnotes[0].text.startswith("Active Debris Removal (ADR) Phase 3 Research and Development")
    assert sum(len(u.footnotes) for u in covid.paragraphs) >= 100


def test_a_notes_mark_after_a_straight_quote_is_read_as_after_a_curly_one() -> None:
    """'… the resilience framework."164', as a text typed with straight quotes gives it: the
    same notes on the same paragraphs as the report's curly quotes (it had left 164 in 2.69's
    text, and paragraph 2.110 under a note's text as its section)."""

    def straight(text: str) -> str:
        return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")

    def noted(doc: Document) -> list[tuple[str, str, list[str]]]:
        return [(u.label, straight(u.section), [f.mark for f in u.footnotes]) for u in doc.paragraphs]

    text = (GENRES / "covid-inquiry-module1-report.txt").read_text(encoding="utf-8")

    lexicon = load_themes()
    assert noted(read_genre(straight(text), lexicon).document) == noted(read_genre(text, lexicon).document)


def test_a_page_number_above_the_next_paragraph_is_not_taken_for_a_note() -> None:
    """Two pages, too few for their numbers to count up: "1" alone under the running footer,
    then "3. We took ...", is not note 1 (whose mark "Government.1" stands above) with
    paragraph 3 as its text. The footer (the cover's committee over the report's title) is
    no text of its own, though printed only twice; notes run over to the next page's foot
    attach to the marks on the page before."""
    doc = ingest_file(SHAPES / "short-report-page-number-above-a-paragraph.txt")
    paragraphs = series(doc, "paragraph")
    assert [u.label for u in paragraphs] == ["1", "2", "3", "4", "5"]
    assert paragraphs[2].text.startswith("We took oral evidence from 45 witnesses")
    assert [u.label for u in series(doc, "annex-a")] == ["1", "2"]
    assert [u.series for u in doc.paragraphs] == ["paragraph"] * 5 + ["annex-a"] * 2
    assert [(u.page, [f.mark for f in u.footnotes]) for u in paragraphs] == [
        (1, ["1"]),
        (1, ["2"]),
        (2, []),
        (2, ["3"]),
        (2, []),
    ]


def test_bracketed_endnotes_attach_to_the_paragraphs_that_mark_them(tmp_path: Path) -> None:
    """ "[1] Text" notes at the end, their marks "[1]" glued to words above; "[7]" opening a
    line, with no mark above it, is text."""
    path = tmp_path / "report.txt"
    body = [
        "1. Rural bus services have declined by a quarter since 2010.[1]",
        "2. Older people are affected most, as the survey in annex",
        "[7] of the 2018 statistics shows.",
        "3. Fares have risen faster than inflation[2] in every region.",
    ]
    notes = [
        "[1] Department for Transport, Bus Statistics 2019,",
        "table BUS01.",
        "[2] ONS, Consumer Price Index.",
    ]
    path.write_text(
        "Inquiry into Rural Buses\n\nIntroduction\n\n"
        + "\n\n".join(body)
        + "\n\nNotes\n\n"
        + "\n".join(notes)
        + "\n"
    )
    units = ingest_file(path).paragraphs
    assert [u.text for u in units] == [
        "Rural bus services have declined by a quarter since 2010.",
        "Older people are affected most, as the survey in annex [7] of the 2018 statistics shows.",
        "Fares have risen faster than inflation in every region.",
    ]
    assert [[(f.mark, f.text) for f in u.footnotes] for u in units] == [
        [("1", "Department for Transport, Bus Statistics 2019, table BUS01.")],
        [],
        [("2", "ONS, Consumer Price Index.")],
    ]


def test_footnote_numbers_bunched_on_lines_of_their_own_attach_too() -> None:
    post_office = document("post-office-horizon-inquiry-volume1", "txt")
    paragraph = next(u for u in series(post_office, "paragraph") if u.label == "4.50")
    assert ("67", "[RLIT0000588] at [6].") in [(f.mark, f.text) for f in paragraph.footnotes]
    assert sum(len(u.footnotes) for u in post_office.paragraphs) >= 280


def test_a_number_alone_at_the_texts_end_is_the_last_pages_number(tmp_path: Path) -> None:
    """A one-page PDF's text ends with its page's number, and no page break follows it."""
    path = tmp_path / "note.txt"
    body = "\n".join(f"{n}. Point {n} of the note, made in a sentence of its own." for n in range(1, 5))
    path.write_text(f"Note of a meeting\n\nPoints\n\n{body}\n\n1\n", encoding="utf-8")
    assert [u.text for u in ingest_file(path).paragraphs][
        -1
    ] == "Point 4 of the note, made in a sentence of its own."


def test_a_paragraphs_label_is_no_notes_mark() -> None:
    """ "1.2 Spending ..." does not mark note 2: the chapter heading "2 What we will do next" is a
    heading, not note 2's text; in the Post Office report, notes 261-264 are 4.289-4.291's, not
    the end of 4.293, whose own text is no note's."""
    review = ingest_file(SHAPES / "review-chapters-numbered-without-a-dot.txt")
    assert [(u.label, u.section) for u in review.paragraphs][-2:] == [
        ("2.1", "2 What we will do next"),
        ("2.2", "2 What we will do next"),
    ]
    post_office = {
        u.label: u for u in series(document("post-office-horizon-inquiry-volume1", "txt"), "paragraph")
    }
    assert [f.mark for f in post_office["4.289"].footnotes] == ["261"]
    assert [f.mark for f in post_office["4.290"].footnotes] == ["262", "263"]
    assert post_office["4.293"].text.endswith(
        "that he made a note of what had been said at the meeting more or less contemporaneously."
    )
    assert "Mr Staunton received a letter from her dated 9 December 2022" in post_office["4.293"].text


def test_an_amounts_digits_are_no_notes_mark(tmp_path: Path) -> None:
    """Note 75 is marked "them.75" in 4.63, not by "£75,000" in 4.68; "£1.2 billion" marks no
    note 2, though "costs £8.6" closing a sentence is £8 and note 6."""
    post_office = {
        u.label: u for u in series(document("post-office-horizon-inquiry-volume1", "txt"), "paragraph")
    }
    assert [f.mark for f in post_office["4.63"].footnotes] == ["75"]
    assert [f.mark for f in post_office["4.68"].footnotes] == []
    path = tmp_path / "costs.txt"
    path.write_text(
        "Costs of care\n\n1. Councils spend £1.2 billion a year on care.1\n\n"
        "2. A place costs more than £8.2\n\n3. Prices rose by 3.2 per cent last year.\n\n"
        "1 Local Government Association figures.\n2 Per week, on average.\n",
        encoding="utf-8",
    )
    units = ingest_file(path).paragraphs
    assert [[f.text for f in u.footnotes] for u in units] == [
        ["Local Government Association figures."],
        ["Per week, on average."],
        [],
    ]


def test_a_date_or_a_code_on_a_line_of_its_own_is_no_heading(tmp_path: Path) -> None:
    """A table's cells ("18 July 2023", "INQ000205178") stand alone on their lines as headings
    do; the paragraphs after them stay under the heading above."""
    path = tmp_path / "hearings.txt"
    path.write_text(
        "Public Inquiry into Care Homes\n\nHearings report\n\nFindings\n\n"
        "1. The Inquiry heard from the bereaved families' groups over three days.\n\n"
        "18 July 2023\n\nINQ000205178\n\n"
        "2. Their evidence described the effect of the pandemic on families.\n\n"
        "3. The Inquiry is grateful to everyone who gave evidence.\n",
        encoding="utf-8",
    )
    assert [u.section for u in ingest_file(path).paragraphs] == ["Findings"] * 3


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_parts_title_stops_at_its_first_paragraph(pdf: bool) -> None:
    """ "Part One" over its title, with no blank line before the first paragraph (a PDF's
    text): the title takes its line, not the paragraph's opening line. With no blank line
    under the report's title either, "Part One" ends the report's title (it had run on into
    "Rural bus services Part One Bus networks", the paragraphs' speaker too)."""
    text = (SHAPES / "report-parts-without-blank-lines.txt").read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert report.title == "Rural bus services"
    assert [(u.label, u.section, u.text[:20]) for u in report.paragraphs] == [
        ("1.1", "Part One Bus networks", "Rural bus networks h"),
        ("1.2", "Part One Bus networks", "Councils fund most o"),
        ("2.1", "Part Two Fares and funding", "Operators told us th"),
        ("2.2", "Part Two Fares and funding", "Several routes have "),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_chapters_label_after_a_reference_heads_its_title_and_an_inquirys_name_titles_it(pdf: bool) -> None:
    """A public inquiry's paragraph ending in a document reference ("… purpose".{EA00023456/12})
    with "Chapter 13" under it: the label is a heading, not the paragraph's last words (in a
    PDF's text it had been). A cover naming only the inquiry ("THE NORTHSHIRE FLOODING
    INQUIRY" over "Report of the Inquiry") is titled by its name (the title had been empty);
    lettered items stay in their paragraph."""
    text = (SHAPES / "public-inquiry-report-lettered-sub-paragraphs-and-document-references.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (report.title, report.author, report.date) == (
        "The Northshire Flooding Inquiry",
        "The Northshire Flooding Inquiry",
        "2025-03",
    )
    assert [u.label for u in report.paragraphs] == ["12.1", "12.2", "12.3", "13.1", "13.2"]
    assert report.paragraphs[2].text.endswith('"not fit for purpose".{EA00023456/12}')
    assert report.paragraphs[3].section.endswith("Recommendations")
    assert "(c) the telephone cascade" in report.paragraphs[1].text


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_opinion_is_titled_under_its_kind_and_its_presidents_signature_is_no_text(pdf: bool) -> None:
    """A committee's opinion: "OPINION" over its title is the kind of paper (it had been the
    title), the rapporteur's field and "(own-initiative opinion)" under the title no more of it
    (in a PDF's text they had run on into it); the place and date it was signed at under the
    last paragraph ("Brussels, 14 March 2024."), and the president signing it, are not its text
    (the dateline had been)."""
    text = (SHAPES / "committee-opinion-numbered-by-chapter-signed-by-its-president.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (report.title, report.author, report.date) == (
        "Affordable housing for all: the role of social economy organisations",
        "European Economic and Social Committee",
        "2024-03-14",
    )
    assert [u.label for u in report.paragraphs] == ["1.1", "1.2", "2.1", "2.2", "3.1"]
    assert report.paragraphs[-1].text.endswith("because they reinvest their surpluses.")


@pytest.mark.parametrize(
    "stem",
    [
        "select-committee-commentary-with-a-partys-differing-view-and-its-members",
        "scrutiny-review-lettering-its-conclusions-before-its-numbered-paragraphs",
        "treasury-minute-naming-the-report-after-its-number",
        "audit-office-report-by-the-comptroller-with-key-facts-and-an-appendix",
        "inquiry-report-with-findings-and-recommendations-numbered-by-chapter-on-a5-pages",
    ],
)
def test_printed_to_pdf_a_document_reads_as_written(stem: str) -> None:
    """Printed to PDF (no blank lines but where the type spaces them, a page number at each
    page's foot), a document reads as its text does: a paragraph's first line over a page's
    turn mid-sentence is no heading (it had headed the rest of its own paragraph); lettered
    conclusions straight under their heading are units (they had been left out); a
    department's name straight over the first item answers the replies (they had been
    "Government"'s), and "Summer 2017" wrapped under "Target implementation date:" is that
    field's value, not a heading (it had been lost); a series' name atop the first page
    ("Northshire Policy Papers", a header on two pages) over "Report" and the title leaves the
    title to the title (it had been "Report Department for Education"); that name printed
    first on each of two pages is a running header, not the words of a paragraph the page's
    turn runs through (it had parted the paragraph in two)."""

    def read(path: Path) -> tuple[object, ...]:
        doc = ingest_file(path)
        units = [(u.series, u.label, u.speaker, u.section, " ".join(u.text.split())) for u in doc.paragraphs]
        return doc.title, doc.author, doc.date, units

    assert read(SHAPES / f"{stem}.pdf") == read(SHAPES / f"{stem.removesuffix('-on-a5-pages')}.txt")


@pytest.mark.parametrize("suffix", ["txt", "pdf"])
def test_an_audit_report_numbers_its_summary_without_dots_and_letters_its_recommendations(
    suffix: str,
) -> None:
    """An audit office's report: "1 This report …" in its summary, "a The Department should"
    for its recommendations, "1.1 …" in its parts, "1 We examined …" again in an appendix; the
    byline names its author, the department on the cover is its subject."""
    report = ingest_file(SHAPES / f"audit-report-numbered-without-dots.{suffix}")
    assert (report.title, report.author) == (
        "Supporting disabled people into work",
        "Comptroller and Auditor General",
    )
    labels = [(u.series, u.label) for u in report.paragraphs if u.series != "text"]
    summary = labels[0][0]
    assert labels[:5] == [(summary, str(n)) for n in range(1, 6)]
    assert [label for series_name, label in labels if series_name == "paragraph"] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "2.1",
        "2.2",
        "2.3",
    ]
    assert labels[-2:] == [("appendix-one", "1"), ("appendix-one", "2")]
    assert report.paragraphs[0].text.startswith("This report examines how well the Department")
    recommendations = [u.text[:29] for u in report.paragraphs if u.series == "recommendation"]
    if suffix == "txt":  # a letter is weaker evidence than a number: in a PDF's text, kept as text
        assert summary == "summary"
        assert recommendations == ["The Department should measure", "The Department should agree w"]


def test_paragraphs_numbered_without_dots_throughout_with_notes_marked_at_their_ends() -> None:
    """An ombudsman's report numbers every paragraph "1 This report …" and marks notes at a
    paragraph's end ("over 75.1"): read as a report, not as plain blocks."""
    report = ingest_file(SHAPES / "ombudsman-report-numbered-without-dots.txt")
    assert (report.title, report.author) == (
        "Missed opportunities: how delays in discharge affect older people",
        "Parliamentary and Health Service Ombudsman",
    )
    units = series(report, "paragraph")
    assert [u.label for u in units] == ["1", "2", "3", "4", "5", "6"]
    assert [[f.mark for f in u.footnotes] for u in units][:4] == [["1"], [], ["2"], []]
    assert units[3].text == "In 1 in 5 of the cases we looked at, the person was readmitted within a month."


@pytest.mark.parametrize(
    ("atop", "section"),
    [
        ("Missed opportunities 2", "What we found"),
        ("Part 2", "Part 2"),
        ("Missed opportunities", "Missed opportunities"),
    ],
)
def test_a_header_printed_once_beside_its_pages_number_is_no_heading(atop: str, section: str) -> None:
    """The ombudsman's second page opens "Missed opportunities 2", the title's first words
    beside the page's number, printed once in two pages: a header, not the heading of the
    paragraphs under it. A heading numbered as its page is ("Part 2"), or the title's words
    without the number, still heads them."""
    text = (SHAPES / "ombudsman-report-numbered-without-dots.txt").read_text()
    report = read_genre(text.replace("\fMissed opportunities 2\n", f"\f{atop}\n"), load_themes()).document
    assert [u.section for u in series(report, "paragraph")][3:] == ["What we found", section, section]


def test_a_paragraph_numbered_as_the_note_below_it_is_no_note(tmp_path: Path) -> None:
    """Paragraph 3 marks note 4 and paragraph 4 opens "4 Councils …": the note is the line at
    the page's foot that opens with 4, not the paragraph."""
    path = tmp_path / "audit.txt"
    body = [
        f"{n} Paragraph {n} of the summary sets out one of our findings in full."
        + (" Spending fell by a tenth.4" if n == 3 else "")
        for n in range(1, 6)
    ]
    path.write_text(
        "Report by the Comptroller and Auditor General\n\nSummary\n\n"
        + "\n\n".join(body)
        + "\n\n4 Local authority revenue accounts, 2021-22.\n",
        encoding="utf-8",
    )
    units = ingest_file(path).paragraphs
    assert [u.label for u in units] == ["1", "2", "3", "4", "5"]
    assert [f.text for f in units[2].footnotes] == ["Local authority revenue accounts, 2021-22."]


@pytest.mark.parametrize("spaced", [True, False], ids=["as written", "no blank lines"])
def test_a_scrutiny_reviews_short_recommendation_labels_and_month_dated_cover(
    tmp_path: Path, spaced: bool
) -> None:
    """ "R1 That the Council …": a recommendation labelled as printed, not back matter, with no
    blank line under its heading too (as a PDF gives it); the cover dated "…, March 2024"."""
    text = (SHAPES / "scrutiny-review-with-short-recommendation-labels.txt").read_text(encoding="utf-8")
    path = tmp_path / "review.txt"
    path.write_text(text if spaced else as_pdf_text(text), encoding="utf-8")
    review = ingest_file(path)
    assert review.date == "2024-03"
    assert [(u.label, u.text[:26]) for u in series(review, "recommendation")] == [
        ("R1", "That the Council lets cont"),
        ("R2", "That parents are told of a"),
    ]
    assert [u.label for u in series(review, "paragraph")] == ["1.1", "1.2", "2.1", "2.2", "2.3"]


def test_written_evidence_numbered_with_brackets_under_its_issuers_name() -> None:
    """A submission numbers its points "1) Councils …" (read as plain blocks before) under the
    name of the body that sends it; its title names the committee it is sent to."""
    evidence = ingest_file(SHAPES / "written-evidence-numbered-with-brackets.txt")
    assert (evidence.title, evidence.author) == (
        "Councils and the cost of living: evidence to the Treasury Committee",
        "Local Government Association",
    )
    assert [(u.label, u.text[:24]) for u in evidence.paragraphs] == [
        ("1", "Councils are seeing dema"),
        ("2", "The Household Support Fu"),
        ("3", "We ask the Government to"),
    ]


def test_a_tables_cells_are_its_text_not_headings() -> None:
    """A table's cells stand one to a line, short and capitalised as headings are: under its
    title they are its text (kept, and the author's), and the paragraphs after it stay under
    the heading above the table, not under the name in its last row."""
    report = ingest_file(SHAPES / "inquiry-report-with-a-table-of-cells.txt")
    table = next(u for u in report.paragraphs if u.series == "text")
    assert table.section == "Table 3: Core participants"
    assert table.text.startswith("Organisation Recognised legal representative Date of designation")
    assert "Harry Thompson (Thompsons Solicitors) 7 September 2022" in table.text
    assert [(u.label, u.section, u.speaker) for u in series(report, "paragraph")][2:] == [
        ("3", "Module 1", report.author or report.title),
        ("4", "Terminology", report.author or report.title),
    ]


def test_a_figures_cells_between_marks_and_their_notes_do_not_hide_them() -> None:
    """Figure 3's cells (a dozen units of text) stand between 2.46's marks and its notes."""
    covid = document("covid-inquiry-module1-report", "txt")
    units = {u.label: u for u in series(covid, "paragraph")}
    assert [f.mark for f in units["2.46"].footnotes] == ["97", "98", "99"]


def test_a_glossary_definition_whose_first_line_ends_mid_clause_is_no_heading() -> None:
    """ "NHS England" over "An executive non-departmental public body, sponsored by the" over
    "Department of Health and Social Care, that leads …": a clause cut after "the" at a full
    line goes on; in the report's text as a PDF's extraction gives it (no blank lines), it had
    been the heading over the rest of its own definition."""
    text = (GENRES / "covid-inquiry-module1-report.txt").read_text(encoding="utf-8")
    covid = read_genre(as_pdf_text(text), load_themes()).document
    defined = [u for u in covid.paragraphs if u.text.startswith("An executive non-departmental public body")]
    assert (defined[0].section, defined[0].text.split(", that")[0]) == (
        "NHS England",
        "An executive non-departmental public body, sponsored by the Department of Health and Social Care",
    )


def test_a_tables_cells_read_one_a_block_are_one_unit_not_one_each() -> None:
    """Table 1 (past epidemics), its cells one a block between blank lines, had been 31 units
    of a few words "after 1.3", each under a cell for its section ("Became endemic"), and the
    cells over cells (its column names, "Spanish flu") lost: they are now one unit, in the
    section the table stands in, every cell in order; the note under the table stays one."""
    covid = document("covid-inquiry-module1-report", "txt")
    start = next(k for k, u in enumerate(covid.paragraphs) if (u.series, u.label) == ("paragraph", "1.3"))
    after = list(itertools.takewhile(lambda u: u.series != "paragraph", covid.paragraphs[start + 1 :]))
    assert [u.label for u in after] == ["1.3", "1.3"]
    table = after[0]
    assert table.section == "Past major epidemics and pandemics"
    assert table.text.startswith("Pathogen · Disease · (colloquial or common name) · Global cases")
    assert "1957 to 1959 · Influenza: H2N2 · Asian flu" in table.text
    assert "Spanish flu" in table.text  # a cell over a cell: a heading over a heading, once lost
    assert "All figures are approximate." in after[1].text


def test_a_small_table_of_figures_one_cell_a_block_is_one_unit_and_heads_nothing() -> None:
    """A shape not tuned to: three rows of figures, each cell a block of its own, had been three
    units each under a region for its section, and the last region ("Midlands") the section of
    the paragraphs after the table."""
    report = shape_read("committee-report-a-table-of-figures-one-cell-a-block-between-paragraphs.txt")
    assert [(u.label, u.section) for u in report.paragraphs] == [
        (label, "1 Funding for rural routes") for label in ("1", "2", "2", "3", "4")
    ]
    assert report.paragraphs[2].text == (
        "Region · Spending 2010 · Spending 2023 · Change · "
        "North East · £42m £27m -36% · South West · £55m £31m -44% · Midlands · £61m £44m -28%"
    )


def test_a_table_a_cell_a_line_its_rows_apart_as_a_pdf_gives_them_is_one_unit() -> None:
    """A table on a report's second page as a PDF's text gives it: a cell a line, a blank
    line between rows, its column names over the first row. Its first row of names had been a
    unit, the rest another, and a column's name ("Spending 2010") the section of the paragraphs
    after it."""
    report = shape_read("committee-report-a-table-on-its-second-page-a-cell-a-line-as-a-pdf-gives-it.txt")
    assert [(u.label, u.page, u.section) for u in report.paragraphs] == [
        (label, page, "1 Funding for rural routes")
        for label, page in [("1", 1), ("2", 2), ("2", 2), ("3", 2), ("4", 2)]
    ]
    assert report.paragraphs[2].text.startswith(
        "Region · Spending 2010 · Spending 2023 Change · North East · £42m"
    )


def test_note_texts_set_after_the_pages_number_are_notes_not_text() -> None:
    """Extraction set some pages' bunched note numbers before the page's number and their texts
    after it, once after the next page's first paragraph (3.12, which marks three of them), or
    their texts after the paragraph that marks them on the same page (3.15)."""
    covid = document("covid-inquiry-module1-report", "txt")
    units = {u.label: u for u in series(covid, "paragraph")}
    assert [(f.mark, f.text) for f in units["3.11"].footnotes] == [
        ("16", "Gillian Russell 28 June 2023 40/17-19"),
        ("17", "Gillian Russell 28 June 2023 51/25-60/3; Caroline Lamb 28 June 2023 109/18-110/8"),
    ]
    assert [f.mark for f in units["3.12"].footnotes] == ["18", "19", "20"]
    assert units["3.12"].text.endswith("to take into account the specific circumstances in Wales.")
    assert [f.mark for f in units["2.35"].footnotes] == ["65"]
    assert units["3.15"].text.startswith("Prior to the pandemic, Northern Ireland")  # its notes came after it
    assert [f.mark for f in units["3.15"].footnotes] == ["30", "31", "32", "33", "34", "35"]
    assert not any(u.text.startswith("INQ000148429_0007 para 23") for u in covid.paragraphs)
    assert sum(len(u.footnotes) for u in covid.paragraphs) >= 765


def test_notes_after_a_pages_number_and_text_that_may_be_the_pages_own() -> None:
    """A shape not tuned to: on page 2 the notes' texts follow the page's number; on page 3
    they follow two lines of the paragraph running on from the page before, with no blank
    line between, which no evidence tells from a wrapped note: the text stays text. A chapter
    numbered "1." over paragraphs "1.1." heads them: no list of its own, left out. The title
    printed again atop pages 2 and 3, alone between blank lines, is a running header, not the
    heading of paragraph 1.3."""
    doc = ingest_file(SHAPES / "report-notes-after-page-numbers.txt")
    units = {u.label: u for u in series(doc, "paragraph")}
    assert [(f.mark, f.text) for f in units["1.2"].footnotes] == [
        ("3", "Confederation of Passenger Transport, oral evidence, 12 June 2024"),
        ("4", "Welsh Government, written evidence, para 9"),
    ]
    assert units["1.1"].text.endswith("steepest in Powys and Ceredigion.")
    assert units["2.1"].text.endswith("plan routes for longer than a year at a time.")
    sections = [units[label].section for label in ("1.1", "1.2", "1.3", "2.1")]
    assert sections == ["1. Introduction", "1. Introduction", "1. Introduction", "2. Funding"]


@pytest.mark.parametrize("suffix", BOTH)
def test_an_organisation_charts_cells_and_numbered_titles_are_the_figures(suffix: str) -> None:
    """Figures 1-9 of the Covid report are organisation charts set out one cell a line, each
    with a numbered title of its own ("1. Pandemic preparedness and response central government
    structures …"): their text is the figure's, not the end of the paragraph before it (2.16), a
    numbering of its own (a series the Terms of Reference's list went on), nor the headings of
    the paragraphs after them (2.71 had been under "Deputy Chief"). A heading wrapped after a
    hyphen ("… for whole-" over "system civil emergencies") heads 2.99 in the PDF too, not the
    end of recommendation 1; nor is the glossary after a table's cells more of them."""
    covid = document("covid-inquiry-module1-report", suffix)
    units = {u.label: u for u in series(covid, "paragraph")}
    assert "central government structures" not in units["2.16"].text
    assert units["2.16"].text.endswith("a much smaller response can be mounted more often.”")
    assert units["2.71"].section == "The Northern Ireland Executive and supporting organisations"
    whole = {"txt": "wholesystem", "pdf": "whole-system"}[suffix]  # pdftotext lost the hyphen the PDF keeps
    assert units["2.99"].section == f"The lead government department model for {whole} civil emergencies"
    assert series(covid, "recommendation")[0].text.endswith("tasks assigned to them.")
    scope = next(u for u in series(covid, "appendix-1") if u.label == "A1.10")
    assert "The planning for a pandemic" in scope.text
    kept = {"paragraph", "recommendation", "appendix-1", "appendix-2", "appendix-4", "text"}
    assert len({u.series for u in covid.paragraphs} - kept) == 1  # and the executive summary's list
    tabled = [u.text for u in covid.paragraphs if u.section.startswith("Table 7:")]  # before the glossary
    assert tabled and not any("Prime Minister’s Office, which supports" in text for text in tabled)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_figures_numbered_items_under_its_caption_are_its_text(pdf: bool) -> None:
    """ "Figure 1: The three changes respondents most wanted" over "1. Evening services", "2.
    Weekend services", "3. Lower fares", in a report whose chapters are headed "1.
    Introduction", "2. Main findings": the items are the figure's text, under its caption as a
    table's rows are under its (they had been left out as a contents list, or read as headings
    over 2.2 and 2.3, then the caption their first line)."""
    text = (SHAPES / "consultation-analysis-a-figure-numbering-its-items-under-its-caption.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label, u.section) for u in report.paragraphs] == [
        ("paragraph", "1.1", "1. Introduction"),
        ("paragraph", "1.2", "1. Introduction"),
        ("text", "1.2", "Table 1: Responses by type"),
        ("paragraph", "2.1", "2. Main findings"),
        ("text", "2.1", "Figure 1: The three changes respondents most wanted"),
        ("paragraph", "2.2", "2. Main findings"),
        ("paragraph", "2.3", "2. Main findings"),
    ]
    assert report.paragraphs[4].text == "1. Evening services 2. Weekend services 3. Lower fares"


@pytest.mark.parametrize("suffix", BOTH)
def test_a_figures_boxes_under_its_caption_head_nothing(suffix: str) -> None:
    """The Covid-19 report's Figure 3 (an organisation chart, its own title numbered "2.") sits
    under the heading "Scottish Government and supporting organisations": in the PDF its boxes
    ("National Security Council", "Government") had headed text units of their own, and the
    last of them paragraphs 2.47-2.52."""
    covid = document("covid-inquiry-module1-report", suffix)
    units = {u.label: u for u in series(covid, "paragraph")}
    scotland = "Scottish Government and supporting organisations"
    assert units["2.47"].section == units["2.52"].section == scotland
    figure = [u for u in series(covid, "text") if u.label == "2.46"]
    assert figure[-2].section.startswith("Figure 3: Pandemic preparedness")
    assert "Scottish Government Resilience (Officials)" in figure[-2].text


@pytest.mark.parametrize("suffix", BOTH)
def test_note_numbers_each_over_its_text_are_notes_and_no_page_number(suffix: str) -> None:
    """ "6", "INQ…", "7", "INQ…", "8", "INQ…": each number opens a note, however many lines its
    text takes, and "8" is no page's number (page 8 printed none)."""
    covid = document("covid-inquiry-module1-report", suffix)
    units = {u.label: u for u in series(covid, "paragraph")}
    assert "returned home from the Middle East." in units["1.7"].text
    assert "INQ000" not in units["1.7"].text
    assert [f.mark for f in units["1.7"].footnotes] == ["13", "14", "15", "16", "17", "18"]
    assert ("6", "INQ000183334_0011 para 10") in [(f.mark, f.text) for f in units["3.5"].footnotes]
    assert [f.mark for f in units["3.7"].footnotes] == ["8", "9", "10", "11"]
    assert sum(len(u.footnotes) for u in covid.paragraphs) >= 850


def test_notes_run_together_on_one_line_are_split() -> None:
    """ "95 … [84/181]. 96 [WITN11310100] at [87/187]. 97 Ibid. …": seven notes, not one."""
    post_office = document("post-office-horizon-inquiry-volume1", "txt")
    paragraph = next(u for u in series(post_office, "paragraph") if u.label == "4.102")
    assert [f.mark for f in paragraph.footnotes] == [str(n) for n in range(95, 102)]
    assert [f.text for f in paragraph.footnotes[1:3]] == ["[WITN11310100] at [87/187].", "Ibid."]
    assert sum(len(u.footnotes) for u in post_office.paragraphs) >= 330


def test_note_numbers_spaced_out_by_blank_lines_are_still_a_block_of_notes() -> None:
    """ "1", "", "2", "", "3", "4", "5", then the five texts: notes, not text of paragraph 1.5.
    Each text is the one printed for its number: a note ends where a line ends one and the
    next opens one (joining the longest lines had given note 5 "Henceforth, … Ibid. Ibid." and
    notes 1 to 4 a line of note 1 each)."""
    post_office = document("post-office-horizon-inquiry-volume1", "txt")
    paragraph = next(u for u in series(post_office, "paragraph") if u.label == "1.5")
    assert paragraph.text.endswith("knew that this was so.")
    assert [f.mark for f in paragraph.footnotes] == ["5"]
    assert not any(re.search(r"\b1 2 3 4 5\b", u.text) for u in post_office.paragraphs)
    notes = {f.mark: f.text for u in series(post_office, "paragraph")[:5] for f in u.footnotes}
    printed = [
        ("The phrase “the Post Office”", "(“Horizon Issues judgment”)."),
        ("Henceforth, the term “Fujitsu”", "and any accompanying wording."),
        ("I will summarise and explain", "a later volume of my Report."),
        ("Ibid.", "Ibid."),
        ("Ibid.", "Ibid."),
    ]
    assert [
        (notes[m].startswith(a), notes[m].endswith(b)) for m, (a, b) in zip("12345", printed, strict=True)
    ] == [(True, True)] * 5, notes


def test_notes_each_under_its_number_after_a_bunched_one_are_notes_of_their_own() -> None:
    """ "5" over its text, then "6", "7", "8" each over theirs, 7 and 8 marked on lines of their
    own under a list: each is its own note (6 had run on through 7 and 8, which no paragraph
    then had); and in a government response "13" over its text, then "14" and "15", likewise
    (the mark "14" had stayed in the text, "(October 2025)14.")."""
    covid = {u.label: u for u in series(document("covid-inquiry-module1-report", "txt"), "paragraph")}
    assert [(f.mark, f.text[:27]) for f in covid["4.4"].footnotes][-2:] == [
        ("5", "INQ000184643_0059-0060 para"),
        ("6", "INQ000184638_0053 para 6.14"),
    ]
    assert covid["4.4"].footnotes[-1].text == "INQ000184638_0053 para 6.14"
    assert [(f.mark, f.text[:27]) for u in ("4.6", "4.7") for f in covid[u].footnotes] == [
        ("7", "UK Influenza Pandemic Prepa"),
        ("8", "UK Influenza Pandemic Prepa"),
    ]
    response = document("gov-response-hl190-space-economy", "txt")
    answer = next(u for u in response.paragraphs if "(October 2025)" in u.text)
    assert "(October 2025). This report" in answer.text
    assert [(f.mark, f.text) for f in answer.footnotes][-2:] == [
        ("13", "Restoring control over the immigration system: white paper - GOV.UK"),
        ("14", "Temporary Shortage List: Stage 1 report - GOV.UK"),
    ]


def test_a_paragraph_between_bunched_note_numbers_and_their_texts_stays_text() -> None:
    """ "28" … "34" alone, then the page's paragraph wrapped onto seven lines ("All
    whole-system civil emergencies …" over "as do the measures …"), then the seven notes: the
    paragraph is 6.21's text, the notes its notes (the paragraph's lines had been taken for the
    notes, one each, and the notes for 6.21's text); likewise 4.57's, and 5.44's notes, whose
    texts had become a unit of text and the heading of 5.48 to 5.50."""
    covid = {u.label: u for u in series(document("covid-inquiry-module1-report", "txt"), "paragraph")}
    assert covid["6.21"].text.startswith("All whole-system civil emergencies have profound economic")
    assert covid["4.57"].text.startswith("The 2011 Strategy was beset by major flaws")
    notes = {f.mark: f.text for u in ("6.17", "6.18", "6.19", "6.20") for f in covid[u].footnotes}
    assert (notes["28"], notes["34"]) == ("INQ000119020_0009 para 33", "INQ000062443_0004 para 24")
    assert [f.mark for f in covid["5.44"].footnotes] == ["75", "76", "77"]
    assert covid["5.48"].section == "The Pandemic Flu Readiness Board"


def test_a_mark_set_alone_mid_sentence_is_its_notes_mark() -> None:
    """ "… is a prerequisite" over "193" over "of our democratic constitution": note 193's mark,
    out of the text and attached (it had read "prerequisite 193 of our", the note attached
    nowhere); a contents page's page numbers under short entries are no marks."""
    covid = {u.label: u for u in series(document("covid-inquiry-module1-report", "txt"), "paragraph")}
    assert "is a prerequisite of our democratic constitution" in covid["2.82"].text
    assert ("193", "INQ000185350_0006 para 22") in [(f.mark, f.text) for f in covid["2.82"].footnotes]
    assert "a range of contact types" in covid["5.29"].text
    post_office = document("post-office-horizon-inquiry-volume1", "txt")
    assert post_office.paragraphs[0].label == "1.1"


def test_a_browser_print_loses_its_date_address_and_page_counter() -> None:
    doc = ingest_file(SHAPES / "browser-print.txt")
    assert [u.label for u in doc.paragraphs] == ["1", "2", "3", "4", "5"]
    assert all(u.text.endswith(".") and "gov.uk" not in u.text.casefold() for u in doc.paragraphs)
    assert "the ‘nudges’ that" in doc.paragraphs[2].text  # glyphs a PDF mapped wrongly, repaired
    assert [u.page for u in doc.paragraphs] == [1, 2, 3, 4, 5]


def test_annexes_spelt_annexe_and_a_parliament_above_the_title() -> None:
    doc = ingest_file(SHAPES / "annexe-report.txt")
    assert (doc.title, doc.author) == ("Report on the example inquiry", "Health and Sport Committee")
    assert [(u.series, u.label) for u in doc.paragraphs][-3:] == [
        ("annex-a", "1"),
        ("annex-a", "2"),
        ("annex-b", "1"),
    ]
    assert doc.paragraphs[0].text.endswith("example services in 2018. It took written and oral evidence.")


def test_a_response_whose_answers_are_headed_government_response() -> None:
    doc = ingest_file(SHAPES / "response-with-reply-headings.txt")
    pairs = [(u.series, u.label, u.text.split(".")[0]) for u in items_answered(doc)]
    assert pairs == [
        ("recommendation", "1", "The Government should publish a widget strategy within a year"),
        ("response", "1", "The Government agrees"),
        ("recommendation", "2", "The Department must review widget standards"),
        ("response", "2", "Partially accepted"),
        ("recommendation", "3", "We recommend that widget funding is ring-fenced"),
        ("response", "3", "Not accepted"),
    ]
    assert {u.speaker for u in items_answered(doc) if u.series == "response"} == {"Department for Examples"}
    assert {u.speaker for u in items_answered(doc) if u.series == "recommendation"} == {"Example Committee"}


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines, a page number
def test_a_response_whose_headings_cite_paragraphs_under_topic_headings(suffix: str) -> None:
    """ "Recommendation 1 (paragraph 23)" headings; a topic heading between items heads those
    after it and is not the text of the answer above it; the sign-off is not an answer. The
    PDF's running header printed over the title on its first page is not more of the title."""
    doc = ingest_file(SHAPES / f"response-with-paragraph-references-and-topics.{suffix}")
    assert doc.author == "Department for Transport"
    assert doc.title == "Government Response to the Transport Committee's Report on Rural Bus Services"
    assert [(u.series, u.label, u.section) for u in items_answered(doc)] == [
        (series, label, section)
        for label, section in (
            ("1", "Funding for rural services"),
            ("2", "Funding for rural services"),
            ("3", "Concessionary travel"),
        )
        for series in ("recommendation", "response")
    ]
    answers = [u.text for u in items_answered(doc) if u.series == "response"]
    assert answers[0].endswith(
        "£30 million through the Supported Bus Services Fund. Local authorities are "
        "best placed to decide which services to support."
    )
    assert answers[1].endswith("The Department will publish guidance by the end of 2019.")
    assert answers[2].endswith("do not intend to change the legislation.")


def test_a_last_answers_own_dated_line_is_not_taken_for_the_sign_off(tmp_path: Path) -> None:
    text = (SHAPES / "response-with-paragraph-references-and-topics.txt").read_text(encoding="utf-8")
    dated = text.replace("\nDepartment for Transport\nMarch 2019", "\nTarget date: 31 March 2020")
    path = tmp_path / "response.txt"
    path.write_text(dated, encoding="utf-8")
    last = ingest_file(path).paragraphs[-1]
    assert last.text.endswith("do not intend to change the legislation. Target date: 31 March 2020")


@pytest.mark.parametrize("suffix", BOTH)
def test_a_responses_topic_headings_head_the_items_below_them(suffix: str) -> None:
    space = document("gov-response-hl190-space-economy", suffix)
    answers = {u.label: u for u in series(space, "response")}
    assert answers["15"].text.endswith("existing partnerships with NATO and European Allies.")
    assert answers["15"].section == "A strategy for space"
    assert answers["16"].section == "Growing the UK’s space economy"
    assert answers["31"].text.endswith(
        "Innovate UK Business Connect and the Satellite Applications Catapult."
    )


def test_a_responses_text_parts_each_recommendation_from_its_reply_as_its_pdf_does() -> None:
    """The text file has no blank line where a recommendation's box ends, and the box's last
    line may be as long as the reply's ("… contracts that to be awarded." over "These
    suggestions are important …"): the reply starts at the line opening a sentence that no
    longer prescribes, so every unit opens as the PDF's does (recommendations 8 and 18 had
    taken in their replies, 21, 28 and 35 their replies' first paragraphs)."""
    printed = {suffix: openings(document("gov-response-hl190-space-economy", suffix), 6) for suffix in BOTH}
    printed = {suffix: [o for o in units if o[0] != "text"] for suffix, units in printed.items()}  # its items
    assert printed["txt"] == printed["pdf"]
    assert len(printed["txt"]) == 80


def test_a_sub_heading_under_a_long_heading_heads_the_paragraph_below() -> None:
    """ "Persons who were suspended and/or terminated or who resigned" over "Postmasters" over
    paragraph 3.26, no blank line between: "Postmasters" heads 3.26 as in the PDF (in the text
    file it had been a unit of its own, the heading above being longer than a short line), so
    the inquiry's text and PDF read the same units under the same headings."""
    read = {
        suffix: [
            (u.series, u.label, u.section)
            for u in document("post-office-horizon-inquiry-volume1", suffix).paragraphs
        ]
        for suffix in BOTH
    }
    assert read["txt"] == read["pdf"]
    assert ("paragraph", "3.26", "Postmasters") in read["txt"]


@pytest.mark.parametrize("suffix", BOTH)
def test_a_list_introduced_by_a_colon_across_a_blank_line_is_the_paragraphs_text(suffix: str) -> None:
    """Paragraph 6.1 ends "… the first recommendation which I make is that:", then, a blank line
    between, "1. HM Government … where appropriate the Post" over "Office and Fujitsu shall
    provide …": the recommendation is 6.1's text. It had been a heading, its last line a unit of
    its own, and the section of paragraphs 6.2 to 6.11."""
    units = document("post-office-horizon-inquiry-volume1", suffix).paragraphs
    at = next(k for k, u in enumerate(units) if (u.series, u.label) == ("paragraph", "6.1"))
    first, second = units[at], units[at + 1]
    assert first.text.endswith(
        "which I make is that: 1. HM Government and/or the Department and where "
        "appropriate the Post Office and Fujitsu shall provide written responses "
        "to my recommendations by 10 October 2025."
    )
    assert (second.series, second.label) == ("paragraph", "6.2")
    assert second.section == "6. CONCLUSIONS AND RECOMMENDATIONS RELATING TO REDRESS"


def test_the_inquirys_glossary_in_its_pdf_reads_a_term_over_each_definition() -> None:
    """Appendix 3's glossary as pypdf writes it, a cell at a time: each term (its wrapped lines
    whole) heads its definition, a one-line term no longer on its definition's first line."""
    units = document("covid-inquiry-module1-report", "pdf").paragraphs
    glossary = [u for u in units if u.series == "text" and u.page >= 192 and u.label.endswith("A2.1")]
    assert [(u.section, " ".join(u.text.split()[:3])) for u in glossary[:6]] == [
        ("10 Downing Street", "The Prime Minister’s"),
        ("Advisory Committee on Dangerous Pathogens", "A scientific advisory"),
        ("Airborne transmission", "Transmission occurring across"),
        ("Antibiotics", "Medicines used to"),
        ("Antivirals", "Medicines used to"),
        ("Association of Directors of Public Health", "A representative organisation"),
    ]
    assert glossary[-1].section == "Zoonotic spillover"


@pytest.mark.parametrize("suffix", BOTH)
def test_a_heading_wrapped_after_a_joining_word_goes_on_to_its_next_line(suffix: str) -> None:
    """The inquiry's glossary wraps its terms in a narrow column ("Chancellor of the" over
    "Duchy of Lancaster", "Joint Committee on" / "Vaccination and" / "Immunisation"): a short
    line ending on "of", "the" or "and" goes on, so each term heads its description whole (the
    last line alone had, "Duchy of Lancaster")."""
    glossary = {u.section: u.text for u in document("covid-inquiry-module1-report", suffix).paragraphs}
    assert glossary["Chancellor of the Duchy of Lancaster"].startswith("A senior Cabinet Office minister")
    assert glossary["Joint Committee on Vaccination and Immunisation"].startswith("A scientific committee")
    assert "Duchy of Lancaster" not in glossary


REPLIES_AFTER_A_BLANK_LINE = [  # suffix, recommendation, its last words, its reply's first
    ("txt", "40", "especially spectrum allocation for ISAM technologies.", "The Government continues to"),
    ("pdf", "26", "policy recommendations for addressing these issues.", "The Government acknowledges"),
    # no blank line in the text file: the reply says where the government stands
    ("txt", "6", "in news and other programming.", "The Government recognises the importance"),
    ("txt", "26", "policy recommendations for addressing these issues.", "The Government acknowledges"),
]


@pytest.mark.parametrize(("suffix", "label", "ends", "reply"), REPLIES_AFTER_A_BLANK_LINE)
def test_a_reply_after_a_blank_line_is_the_governments(
    suffix: str, label: str, ends: str, reply: str
) -> None:
    """The recommendation's box ends with a blank line (in the text file after 40, in the
    PDF's reading after more): the reply starts there, not at the first sentence that answers
    ("We are pleased", "DSIT and the UK Space Agency") or no longer prescribes. With no blank
    line, it starts where it says where the government stands ("The Government recognises …")."""
    space = document("gov-response-hl190-space-economy", suffix)
    recommendation = next(u for u in series(space, "recommendation") if u.label == label)
    answer = next(u for u in series(space, "response") if u.label == label)
    assert recommendation.text.endswith(ends)
    assert answer.text.startswith(reply)


@pytest.mark.parametrize("mark", [":", "."])
def test_a_responses_recommendation_headings_with_a_colon_or_a_full_stop_read_as_printed(mark: str) -> None:
    """ "Recommendation 1:" or "Recommendation 1." alone over the recommendation, as many
    responses print it: the same recommendations and responses (the response had been read as
    prose, 202 blocks, its licence text the first)."""
    printed = (GENRES / "gov-response-hl190-space-economy.txt").read_text(encoding="utf-8")
    marked = re.sub(r"(?m)^(Recommendation \d+)$", rf"\1{mark}", printed)
    assert marked != printed
    reading = read_genre(marked, load_themes()).document
    assert [(u.series, u.label, u.speaker, u.text) for u in reading.paragraphs] == [
        (u.series, u.label, u.speaker, u.text)
        for u in document("gov-response-hl190-space-economy", "txt").paragraphs
    ]


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines, page numbers
def test_a_transcript_whose_question_numbers_stand_on_lines_of_their_own(suffix: str) -> None:
    """ "Q1" above "Chair: Welcome ...": the chair's question is a turn of Q1, not lost, and
    "Q3" is no answer's last word; the cover's panel list ("I: Neil Couling, Director
    General, ...; and Dr Jane Hall, ...") gives the witnesses' roles."""
    doc = ingest_file(SHAPES / f"transcript-question-numbers-on-lines-of-their-own.{suffix}")
    couling = "Neil Couling, Director General, Universal Credit, Department for Work and Pensions"
    hall = "Dr Jane Hall, Policy Officer, Citizens Advice"
    chair = "Stephen Timms (Chair)"
    assert [(u.label, u.speaker) for u in doc.paragraphs] == [
        ("Q1", chair),
        ("Q1", couling),
        ("Q1", hall),
        ("Q2", "Debbie Abrahams"),
        ("Q2", couling),
        ("Q3", "Shaun Bailey"),
        ("Q3", hall),
        ("Q4", chair),
    ]
    assert doc.paragraphs[0].text.startswith("Welcome to you both.")
    assert doc.paragraphs[4].text == "That would cost about £2 billion a year."


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_old_minutes_of_evidence_each_answer_opened_by_its_witness_in_brackets(pdf: bool) -> None:
    """The Commons' minutes of evidence as printed until the mid-2000s: the member asking on a
    line of their own ("Mr Chaytor") over the numbered question ("3. Can I ask …"), a question
    under no name the last asker's, each answer opened by its witness ("(Mr Sanderson) We …").
    They had been read as a report of three numbered paragraphs, the answers merged into the
    questions and every speaker "Taken Before the … Committee". The memorandum's numbered
    paragraphs before the first question are none; what a page repeats under "Examination of
    Witnesses (Questions 20 - 39)" (the date, the witnesses in capitals) is no one's words;
    "…, examined." opens a panel and names its witnesses, a minister speaking for the
    government."""
    path = SHAPES / "old-minutes-of-evidence-each-answer-opened-by-its-witness-in-brackets.txt"
    text = path.read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    chair, harwood = "Mr Barry Sheerman (Chair)", "Mr John Harwood, Chief Executive"
    sanderson = "Mr Bryan Sanderson, Chairman, Learning and Skills Council"
    hodge = "Rt Hon Margaret Hodge, Minister for Lifelong Learning"
    assert (doc.title, doc.author) == ("MINUTES OF EVIDENCE", "Education and Skills Committee")
    assert [(u.label, u.speaker, u.section) for u in doc.paragraphs] == [
        ("Q1", chair, "Panel 1"),
        ("Q1", sanderson, "Panel 1"),
        ("Q1", harwood, "Panel 1"),
        ("Q2", chair, "Panel 1"),
        ("Q2", harwood, "Panel 1"),
        ("Q3", "Mr David Chaytor", "Panel 1"),
        ("Q3", sanderson, "Panel 1"),
        ("Q4", "Mr David Chaytor", "Panel 1"),
        ("Q4", sanderson, "Panel 1"),
        ("Q20", "Valerie Davey", "Panel 1"),
        ("Q20", harwood, "Panel 1"),
        ("Q20", chair, "Panel 1"),
        ("Q21", chair, "Panel 2"),
        ("Q21", hodge, "Panel 2"),
        ("Q22", chair, "Panel 2"),
        ("Q22", hodge, "Panel 2"),
        ("Q22", "Mr Peter Laurie, Director, Department for Education and Skills", "Panel 2"),
    ]
    assert doc.paragraphs[8].text.endswith("the one the sector asked for in our consultation.")
    assert doc.paragraphs[10].text.endswith("rather than contract for training place by place.")
    roles = {p.name: p.role for p in doc.participants}
    assert (roles["Mr Barry Sheerman"], roles["Valerie Davey"], roles["Mr John Harwood"]) == (
        "chair",
        "member",
        "witness",
    )
    assert roles["Rt Hon Margaret Hodge"] == "government"


def test_a_response_whose_answers_are_numbered_under_each_recommendation() -> None:
    """ "Recommendation 1", its text, then the answer's paragraphs "1.1", "1.2": each keeps its
    printed label, and the recommendation is the committee's words, not the department's."""
    doc = ingest_file(SHAPES / "response-answers-numbered-by-recommendation.txt")
    committee, department = "Health and Social Care Committee", "Department of Health and Social Care"
    assert [(u.series, u.label, u.speaker) for u in doc.paragraphs] == [
        ("recommendation", "1", committee),
        ("paragraph", "1.1", department),
        ("paragraph", "1.2", department),
        ("recommendation", "2", committee),
        ("paragraph", "2.1", department),
        ("recommendation", "3", committee),
        ("paragraph", "3.1", department),
        ("paragraph", "3.2", department),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_response_presented_by_a_secretary_of_state_names_them_for_its_answers(pdf: bool) -> None:
    """No department printed on the cover, only "Presented to Parliament by the Secretary of
    State for Work and Pensions by Command of His Majesty": the numbered answers are the
    Secretary of State's and the recommendations the committee's (all had been the title's).
    In a PDF's text "Majesty", that line's last word wrapped, heads nothing (it had been every
    unit's section)."""
    text = (
        SHAPES
        / "response-presented-by-a-secretary-of-state-its-answers-numbered-under-each-recommendation.txt"
    )
    doc = read_genre(as_pdf_text(text.read_text()) if pdf else text.read_text(), load_themes()).document
    committee, minister = "Work and Pensions Committee", "Secretary of State for Work and Pensions"
    assert [(u.series, u.label, u.speaker) for u in doc.paragraphs] == [
        ("recommendation", "1", committee),
        ("paragraph", "1.1", minister),
        ("paragraph", "1.2", minister),
        ("recommendation", "2", committee),
        ("paragraph", "2.1", minister),
        ("recommendation", "3", committee),
        ("paragraph", "3.1", minister),
        ("paragraph", "3.2", minister),
        ("paragraph", "3.3", minister),
    ]
    assert doc.author == minister
    assert "Majesty" not in {u.section for u in doc.paragraphs}


def test_a_lords_transcript_with_a_chairman_titled_members_and_a_minister() -> None:
    doc = ingest_file(SHAPES / "lords-evidence-transcript.txt")
    assert (doc.title, doc.author) == (
        "Corrected oral evidence: Digital skills",
        "Select Committee on Digital Skills",
    )
    turns = [(u.label, u.speaker) for u in doc.paragraphs]
    minister = "Ed Vaizey MP, Minister for Culture and the Digital Economy"
    assert turns == [
        ("Q1", "Baroness Morgan of Huyton (Chair)"),
        ("Q1", minister),
        ("Q1", "Dr Jane Roe, Director, Example Institute"),
        ("Q2", "Baroness Hayter of Kentish Town"),
        ("Q2", minister),
        ("Q3", "Lord Mitchell"),
        ("Q3", "Dr Jane Roe, Director, Example Institute"),
        ("Q4", "Baroness Morgan of Huyton (Chair)"),
    ]
    assert doc.paragraphs[1].text.endswith("employers tell us so every week. We are working on it.")
    assert "Don’t get me wrong: teachers are doing their best." in doc.paragraphs[6].text


def test_markdown_roundtable_notes_whose_headings_name_speakers() -> None:
    doc = ingest_file(SHAPES / "roundtable-notes.md")
    assert (doc.title, doc.date) == ("Roundtable on adult skills", "2023-06-05")
    assert [(u.label, u.speaker) for u in doc.paragraphs] == [
        ("1", "Professor Alice Grant"),
        ("2", "Professor Alice Grant"),
        ("3", "Dr Omar Khan"),
        ("4", "Discussion"),
        ("5", "Discussion"),
    ]
    assert doc.paragraphs[0].text.endswith("since 2010. Participation has fallen by a third.")
    assert doc.paragraphs[2].section == "Dr Omar Khan, Learning and Work Institute"


def test_roundtable_notes_printed_to_pdf_read_as_their_text() -> None:
    """Printed with reportlab (no blank lines, a running header and a page number on each
    page): the keynote heading names the speaker, the discussion headings head their
    paragraphs, and the attendees are no paragraph's text."""
    text, printed = (ingest_file(SHAPES / f"roundtable-printed-to-pdf.{suffix}") for suffix in ("txt", "pdf"))
    assert [(u.label, u.speaker, u.section, " ".join(u.text.split())) for u in printed.paragraphs] == [
        (u.label, u.speaker, u.section, " ".join(u.text.split())) for u in text.paragraphs
    ]
    assert [u.speaker for u in printed.paragraphs] == [
        *["Introduction"] * 2,
        *["Professor Jo Lee"] * 3,
        *["Discussion"] * 3,
    ]
    assert [(p.name, p.role) for p in printed.participants] == [(p.name, p.role) for p in text.participants]


def test_roundtable_notes_whose_headings_label_a_speaking_part() -> None:
    """ "Opening remarks: Sir Mark Walport, ..." and "Response: Anna Brown, ..." name who
    spoke; "General discussion" is many voices; "Next steps" the organisers'."""
    doc = ingest_file(SHAPES / "roundtable-with-labelled-speakers.txt")
    assert (doc.title, doc.author) == (
        "Roundtable: Data sharing between public services",
        "Centre for Public Innovation",
    )
    assert [(u.label, u.speaker) for u in doc.paragraphs] == [
        ("1", "Sir Mark Walport"),
        ("2", "Sir Mark Walport"),
        ("3", "Anna Brown"),
        ("4", "Discussion"),
        ("5", "Discussion"),
        ("6", "Centre for Public Innovation"),
    ]


def test_a_seminar_report_in_markdown_with_its_notes() -> None:
    """ "## Keynote presentations" is a keynote heading, "**Policy Seminar Five – ...**" the
    event line, and a note "[^1]" with its "[^1]: text" a footnote, not the last paragraph's end."""
    doc = ingest_file(SHAPES / "seminar-in-markdown-with-notes.md")
    assert (doc.event, doc.date) == ("Policy Seminar Five", "2012-02-14")
    assert [(u.label, u.speaker) for u in doc.paragraphs] == [
        ("1", "Introduction"),
        ("2", "Dr Sarah Jones"),
        ("3", "Dr Sarah Jones"),
        ("4", "Discussion"),
    ]
    assert doc.paragraphs[1].text.endswith("buy activity rather than results.")
    assert [(f.mark, f.text) for f in doc.paragraphs[1].footnotes] == [
        ("1", "Commissioning Academy, Annual Review 2011.")
    ]
    assert doc.paragraphs[3].text == "Participants were wary of targets that providers could game."


def test_a_response_with_numbered_recommendation_sentences_and_verdicts() -> None:
    doc = ingest_file(SHAPES / "response-with-verdicts.txt")
    assert doc.author == "Welsh Government"
    assert openings(doc, 4) == [
        ("recommendation", "1", "Health Committee", "The Welsh Government should"),
        ("response", "1", "Welsh Government", "Accept. The Welsh Government"),
        ("recommendation", "2", "Health Committee", "The Welsh Government must"),
        ("response", "2", "Welsh Government", "Accept in principle. We"),
        ("recommendation", "3", "Health Committee", "The Welsh Government should"),
        ("response", "3", "Welsh Government", "Reject. Reporting will follow"),
    ]
    assert doc.paragraphs[3].text.endswith("Recommendation 1. progress will be published.")  # a reference


def test_a_response_naming_its_government_only_in_its_title_is_that_governments() -> None:
    """ "Written Response by the Welsh Government to the report …", no line of the department's
    own: the replies had been "Government"'s, and the document's author too."""
    doc = ingest_file(SHAPES / "response-naming-its-government-only-in-the-title.txt")
    assert doc.author == "Welsh Government"
    assert openings(doc, 3)[:2] == [
        ("recommendation", "1", "Local Government and Housing Committee", "The Welsh Government"),
        ("response", "1", "Welsh Government", "Accept. We will"),
    ]
    assert doc.paragraphs[-1].text.endswith("Financial implications: None.")


def test_a_recommendation_wrapped_before_its_should_is_text_not_a_title(tmp_path: Path) -> None:
    """In a narrow column "Recommendation 1. The Welsh Government" stands over "should publish
    an annual assessment …": the line's rest is the recommendation's first words, not its
    title (it had been, and the recommendation began "should publish")."""
    text = (SHAPES / "response-naming-its-government-only-in-the-title.txt").read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(
        text.replace("The Welsh Government should publish", "The Welsh Government\nshould publish")
    )
    first = ingest_file(path).paragraphs[0]
    assert (first.section, first.text[:33]) == ("Recommendation 1", "The Welsh Government should publi")


MINUTES_SPACINGS = {
    "line by line": lambda text: text,
    "a blank line after each, as Word's text": lambda text: text.replace("\n", "\n\n"),
    "no blank lines, as a PDF's": as_pdf_text,
}


@pytest.mark.parametrize("spacing", MINUTES_SPACINGS)
def test_minutes_listing_who_was_present_line_by_line_keep_the_list_out_of_the_text(spacing: str) -> None:
    """ "Present:" over its names line by line, no blank line between, then "In attendance:".
    Both lists had been units (the names the section headings), a councillor's line the
    minutes' author, and the meeting undated. Written in Word, every line is a paragraph of
    its own, and the list's entries each a block: they are the list's up to the heading over
    the first paragraph. In a PDF's text, with no blank line anywhere, the list starts under
    the title's line and ends at the heading over the first paragraph."""
    text = (SHAPES / "board-minutes-listing-who-was-present-line-by-line.txt").read_text(encoding="utf-8")
    doc = read_genre(MINUTES_SPACINGS[spacing](text), load_themes()).document
    assert not [u for u in doc.paragraphs if u.text.startswith(("Present", "In attendance"))]
    assert doc.paragraphs[0].section == "Item 1: Welcome and apologies"
    # a PDF's text joins two paragraphs where the first ends a sentence at a full line's end
    assert len(doc.paragraphs) == (8 if spacing.endswith("PDF's") else 9)
    assert [
        (p.name, p.title, p.organisation) for p in doc.participants
    ] == [  # a body's name its organisation
        ("Jane Cole", "Chair", ""),
        ("Dr Peter Young", "Chief Executive", ""),
        ("Ruth Ahmed", "Director of Finance", ""),
        ("Cllr Tom Baird", "", "Northshire County Council"),
        ("Sam Price", "Board Secretary", ""),
    ]
    assert (doc.title, doc.author, doc.date) == (
        "Minutes of the Board meeting held in public",  # not where: "at County Hall"
        "Northshire Integrated Care Board",
        "2023-10-05",
    )


def test_a_roundtable_report_names_the_opening_address_and_the_panels_speakers() -> None:
    """ "Opening address – Rt Hon Jane Smith MP, Minister for Skills" over ¶2–3, "Panel 1: What
    employers need" over ¶4–5, "Questions and discussion" over ¶6–7. The address had not been
    read as a speaking part (its paragraphs the report's title's), and the panel's heading had
    been taken for a box's title, its paragraphs left under the Minister's name. A panellist's
    paragraph opening with their name ("Dr Amir Khan, Head of Skills at GridCo, said …") is
    theirs, not the panel's many voices."""
    doc = ingest_file(SHAPES / "roundtable-report-with-an-opening-address-and-a-panel.txt")
    assert [(u.label, u.section.split(":")[0].split(" –")[0], u.speaker) for u in doc.paragraphs] == [
        ("1", "Summary", "Skills for a Net Zero Economy"),
        ("2", "Opening address", "Rt Hon Jane Smith MP"),
        ("3", "Opening address", "Rt Hon Jane Smith MP"),
        ("4", "Panel 1", "Dr Amir Khan"),
        ("5", "Panel 1", "Sarah Jones"),
        ("6", "Questions and discussion", "Discussion"),
        ("7", "Questions and discussion", "Discussion"),
        ("8", "Next steps", "Skills for a Net Zero Economy"),
    ]
    assert [p.name for p in doc.participants] == [  # the list after ¶8: back matter, and who took part
        "Dr Amir Khan", "Sarah Jones", "Tom Price", "Rt Hon Jane Smith MP"
    ]  # fmt: skip


@pytest.mark.parametrize("suffix", BOTH)
def test_a_roundtable_note_numbered_without_dots_after_a_contents_page(suffix: str) -> None:
    """A roundtable's note, paragraphs "1 The Forum …" (no dot), after a contents page whose
    entries end in dot leaders and a page number ("Introduction ...... 1"). Those numbers had
    been taken for footnote marks, so paragraphs 1-3 for the notes' texts: a prose reading of 8
    blocks, the speakers' words under the wrong names. And the discussion, a heading over its
    topics' headings ("Discussion", then "Recruitment"), is many voices through its topics:
    its paragraphs had been the author's. Its attendees, names and organisations set in columns
    (by spaces in the text, as cells of a table's row in the PDF), had been read as one name
    each ("Councillor Jane Hardy Adult Social Care Board")."""
    doc = ingest_file(SHAPES / f"roundtable-note-numbered-without-dots-after-a-contents-page.{suffix}")
    assert [(u.label, u.speaker, u.section) for u in doc.paragraphs] == [
        ("1", "Forum secretariat", "Introduction"),
        ("2", "Forum secretariat", "Introduction"),
        ("3", "Councillor Jane Hardy", "Councillor Jane Hardy, Chair, Adult Social Care Board"),
        ("4", "Councillor Jane Hardy", "Councillor Jane Hardy, Chair, Adult Social Care Board"),
        ("5", "Professor Alan Greaves", "Professor Alan Greaves, University of Kent"),
        ("6", "Discussion", "Recruitment"),
        ("7", "Discussion", "Recruitment"),
        ("8", "Discussion", "Retention and training"),
        ("9", "Discussion", "Retention and training"),
        ("10", "Discussion", "Retention and training"),
        ("11", "Discussion", "Next steps"),
    ]
    assert not any(u.footnotes for u in doc.paragraphs)
    assert doc.paragraphs[0].text.startswith("The Forum convened a roundtable of twenty leaders")
    assert doc.paragraphs[-1].text.endswith("for commissioners in the spring.")
    assert [(p.name, p.organisation, p.role) for p in doc.participants][:2] == [  # in columns, by spaces
        ("Councillor Jane Hardy", "Adult Social Care Board", "chair"),
        ("Professor Alan Greaves", "University of Kent", "participant"),
    ]


def test_a_paragraph_numbered_without_a_dot_goes_on_over_a_page_turn() -> None:
    """The roundtable's note printed on a smaller page, the page turning inside paragraph 8
    ("8 There was … repeat the same", its page's number, the header, "induction each time …"):
    the same eleven paragraphs. Paragraph 8's first line, no sentence's end and a blank line
    under it, had opened nothing, and paragraphs 8 to 11 had been left out as back matter."""
    text = (SHAPES / "roundtable-note-numbered-without-dots-after-a-contents-page.txt").read_text()
    header = "The Leadership Forum                    Roundtable on Workforce Planning"
    before, after = text.split("the same\n")
    later = re.sub(
        r"(?m)^( +)(\d+)$", lambda number: f"{number[1]}{int(number[2]) + 1}", after
    )  # numbered on
    turned = f"{before}the same\n\n{' ' * 50}3\n\f{header}\n\n{later}"
    read = read_genre(turned, load_themes()).document
    assert [(u.label, u.section, u.text) for u in read.paragraphs] == [
        (u.label, u.section, u.text) for u in read_genre(text, load_themes()).document.paragraphs
    ]


@pytest.mark.parametrize("suffix", BOTH)
def test_a_paper_making_its_own_recommendations_in_prose_is_no_response(suffix: str) -> None:
    """A think tank's paper: unnumbered prose with "Recommendation 1: The Government should …"
    paragraphs among it, nothing answering them. It had been read as a government response:
    its executive summary and conclusion lost, its prose "Government" replies, a heading run
    into one. Now prose, every paragraph kept, each recommendation its own series' unit."""
    doc = ingest_file(SHAPES / f"paper-making-its-own-recommendations-in-prose.{suffix}")
    assert doc.author == "Centre for Care Reform"
    assert [(series, label, first) for series, label, _speaker, first in openings(doc, 2)] == [
        ("block", "1", "Adult social"),
        ("recommendation", "1", "The Government"),
        ("block", "2", "Councils currently"),
        ("block", "3", "Vacancy rates"),
        ("recommendation", "2", "A national"),
        ("recommendation", "3", "The Department"),
        ("block", "4", "Pooled budgets"),
        ("recommendation", "4", "Integrated care"),
        ("block", "5", "A stable"),
    ]
    assert doc.paragraphs[7].section == "Integration with the NHS"
    assert doc.problem.endswith("indexed as 5 plain numbered blocks, 4 recommendations")


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines
def test_numbered_recommendations_each_answered_by_a_verdict_make_a_response(suffix: str) -> None:
    """A paragraph a line, as a word processor writes it ("1. The Government should …", then
    "Accepted. From 2026-27 …"): each verdict opens the Government's reply, the only evidence
    of the genre; the blank line, not the width, ends the recommendation, and in the PDF, with
    no blank lines, the verdict under a full line; a heading after the last reply ("Next
    steps") starts what follows the replies, not more of the last one."""
    doc = ingest_file(SHAPES / f"response-numbered-recommendations-answered-by-verdicts.{suffix}")
    assert openings(doc, 2) == [
        ("text", "before recommendation 1", "Department for Transport", "The Government"),  # its introduction
        ("recommendation", "1", "Transport Committee", "The Government"),
        ("response", "1", "Department for Transport", "Accepted. From"),
        ("recommendation", "2", "Transport Committee", "The Department"),
        ("response", "2", "Department for Transport", "Partially accepted."),
        ("recommendation", "3", "Transport Committee", "Concessionary fare"),
        ("response", "3", "Department for Transport", "Not accepted."),
    ]
    assert items_answered(doc)[-1].text.endswith("as the Transport Act 2000 requires.")  # "Next steps": after


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_response_whose_recommendations_are_numbered_items_with_reply_headings(pdf: bool) -> None:
    """In a PDF's text the cover runs on, no blank line, to the introduction's sentences: the
    title is still the line between the department and the month ("July 2020"), which ends it
    (the response had been untitled)."""
    text = (SHAPES / "response-numbered-items.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert doc.title == "Government response to the Transport Committee's report on e-scooters"
    assert [(u.series, u.label, u.speaker) for u in items_answered(doc)] == [
        (series, label, speaker)
        for label in ("1", "2", "3")
        for series, speaker in (
            ("recommendation", "Transport Committee"),
            ("response", "Department for Transport"),
        )
    ]
    assert items_answered(doc)[-1].text == "The Government will consult on the age limit."  # not back matter


def test_a_pdfs_own_shapes_read_as_its_text_does() -> None:
    """What a PDF's pages show and its text file does not: a part's title alone on a page of
    its own, then at the head of each of its pages ("Executive summary", which had been taken
    for a running header, its recommendations listed under "List of figures" in a series named
    for the part before); a list of tables' entry ("Table 7: … 178"), no box whose cells the
    part titles after it were; the running header run into a table's caption; notes citing one
    source at one page's foot, numbered 1, 3, 5, no running header; a line that a few words
    and a colon go on from ("… Departmental Risk" / "Register warned:"), no heading; a cover
    written title last; pieces set apart in another font ("“ [T]here", "fair” ,", "10 th")."""
    covid = document("covid-inquiry-module1-report", "pdf")
    summary = series(covid, "executive-summary")
    assert [u.label for u in summary] == [str(n) for n in range(1, 11)]
    assert {u.section for u in summary} == {"Executive summary"}
    units = {u.label: u for u in series(covid, "paragraph")}
    assert units["1.3"].text.endswith("are far from unknown.")
    assert units["1.4"].section == "Past major epidemics and pandemics"
    assert "Register warned: “The health and social care sector" in units["3.16"].text
    assert "stated: “[T]here was no planning" in units["4.44"].text
    exercises = next(u for u in covid.paragraphs if u.label == "A2.1")
    assert [f.mark for f in exercises.footnotes] == ["1", "2", "3", "4", "5", "6"]
    horizon = document("post-office-horizon-inquiry-volume1", "pdf")
    assert horizon.title == document("post-office-horizon-inquiry-volume1", "txt").title
    quoted = {u.label: u.text for u in series(horizon, "paragraph")}
    assert quoted["1.1"].startswith("Post Office Counters Limited (“the Post Office”) began")
    assert "on her 18th birthday" in quoted["3.71"]
    assert "“make them good”. He says" in quoted["3.196"]


@pytest.mark.parametrize("suffix", BOTH)
def test_chapter_and_lettered_headings_are_sections_and_unprinted_pages_are_not_invented(suffix: str) -> None:
    doc = document("post-office-horizon-inquiry-volume1", suffix)
    by_label = {u.label: u for u in series(doc, "paragraph")}
    assert by_label["3.1"].section == "a. Introduction"  # under "3. THE HUMAN IMPACT", no text of its own
    assert not any(u.text == "a. Introduction" for u in doc.paragraphs)
    # under "b. Categories of persons affected", its first category's heading
    assert (
        by_label["3.11"].section
        == "Persons who died by suicide or attempted suicide or suffered significant ill health"
    )
    assert by_label["6.1"].section == "6. CONCLUSIONS AND RECOMMENDATIONS RELATING TO REDRESS"  # two lines
    assert by_label["5.1"].section == "5. SUBMISSIONS ON BEHALF OF CORE PARTICIPANTS AND OTHERS"
    # a quotation's last line ("… from my point of view.”") ends a paragraph: it heads nothing
    assert by_label["3.148"].section == "Christopher Trousdale"
    pages = [u.page for u in series(doc, "paragraph")]
    # the text file prints no page numbers (its footnote numbers are not pages); the PDF has pages
    assert set(pages) == {1} if suffix == "txt" else pages == sorted(pages) and pages[-1] > 100


def test_a_transcript_whose_members_stand_under_a_dated_title() -> None:
    """The members' list is no title; the dated line is, without its date; the last witness's
    role loses the sentence's full stop."""
    document = ingest_file(SHAPES / "transcript-members-under-title.txt", load_themes())
    assert (document.title, document.date) == ("Oral evidence: Libraries", "2021-03-03")
    assert [u.label for u in document.paragraphs if u.label.startswith("Q")][:1] == ["Q1"]
    speakers = {u.speaker for u in document.paragraphs}
    assert "Mark Owen, Director, Reading Trust" in speakers
    assert "Dr Priya Shah, Chief Librarian, Northtown Council" in speakers


def test_a_lords_report_whose_running_headers_carry_the_page_number_and_a_box() -> None:
    """Text extracted with its layout: the page number on the running header's line, at the
    top of the page, no form feeds; a titled box between two numbered paragraphs."""
    doc = ingest_file(SHAPES / "lords-report-headers-with-page-numbers.txt")
    paragraphs = series(doc, "paragraph")
    assert [(u.label, u.page) for u in paragraphs] == [
        ("1", 4),
        ("2", 4),
        ("3", 4),
        ("4", 5),
        ("5", 5),
        ("6", 5),
        ("7", 5),
        ("8", 6),
        ("9", 6),
    ]
    assert [u.section for u in paragraphs[3:8]] == ["Chapter 2: FUNDING AND FARES"] * 4 + [
        "Chapter 3: CONNECTING COMMUNITIES"
    ]
    box = series(doc, "text")
    assert [u.section for u in box] == ["Box 1: Concessionary fares"]
    assert box[0].text.startswith("The English National Concessionary Travel Scheme")
    assert [u.label for u in series(doc, "recommendation")] == ["1", "2", "3"]
    assert not any("lifeline left behind" in u.text for u in doc.paragraphs)


@pytest.mark.parametrize(
    ("stem", "kind"),
    [
        ("report-with-endnotes-after-its-paragraphs", "paragraph"),
        ("paper-with-endnotes-after-unnumbered-paragraphs", "block"),
    ],
)
def test_endnotes_listed_under_their_heading_are_the_notes_of_the_paragraphs_marking_them(
    stem: str, kind: str
) -> None:
    """A heading "Endnotes" over "1. Local Government Association, …", each number marked in
    the text above ("telephone lines.1"): notes of the paragraphs that mark them, their marks out of
    the text; not a series of numbered units (nor, in unnumbered prose, the only numbered
    paragraphs there are)."""
    doc = ingest_file(SHAPES / f"{stem}.txt")
    assert {u.series for u in doc.paragraphs} == {kind}
    notes = [(f.mark, f.text[:30]) for u in doc.paragraphs for f in u.footnotes]
    assert notes == [
        ("1", "Local Government Association, "),
        ("2", "Survey conducted by the Centre"),
        ("3", "Institute for Government, Coun"),
    ]
    marked = next(u for u in doc.paragraphs if u.footnotes)
    assert marked.text.endswith("moved enquiries to websites and telephone lines.")
    assert not any(u.section == "Endnotes" for u in doc.paragraphs)


def test_a_pull_quote_is_neither_text_nor_heading() -> None:
    """A speaker's words printed again between paragraphs, with her name under them: not the
    end of the paragraph above (they would be there twice), nor the heading of the one below;
    inspect counts them."""
    reading = read_file(SHAPES / "seminar-with-pull-quotes-between-its-paragraphs.txt", load_themes())
    paragraphs = reading.document.paragraphs
    assert [u.label for u in paragraphs] == [str(n) for n in range(1, 8)]
    assert paragraphs[2].text.endswith("rather than run them at full stretch.")
    assert paragraphs[2].text.count("one bad winter") == 1
    assert [u.section for u in paragraphs[4:]] == ["Discussion"] * 3
    assert reading.pull_quotes == 3


def test_a_covers_line_saying_where_it_was_held_stands_alone_in_a_pdfs_text() -> None:
    """With no blank lines, the cover's line saying where the seminar was held and ending in its
    date ("Held at Northshire Town Hall, 14 June 2023") is a line of its own: the event's line is
    not run into it, nor it into "Introduction", which heads paragraphs 1 and 2 as in the text."""
    text = (SHAPES / "seminar-with-pull-quotes-between-its-paragraphs.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text), load_themes()).document
    assert doc.event == "Leading through uncertainty: notes of a seminar for public service leaders"
    assert [u.section for u in doc.paragraphs[:2]] == ["Introduction"] * 2


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_reviews_findings_lessons_and_actions_are_its_numbered_items(pdf: bool) -> None:
    """A heading "Finding 1: title" over its text (two paragraphs), "Lesson 2: …" and "Action 1. …"
    opening theirs: each kind a series of its own, numbered as printed, citable as "finding 1";
    the cover's organisation over a title that ends in a date. In a PDF's text, no blank line
    between, "Lesson 2: …" under "Lesson 1: …" opens the next lesson (it had run on into it)."""
    text = (SHAPES / "learning-review-with-numbered-findings-lessons-and-actions.txt").read_text()
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        ("block", "1"),
        *[("finding", str(n)) for n in (1, 2, 3)],
        *[("lesson", str(n)) for n in (1, 2)],
        *[("action", str(n)) for n in (1, 2)],
    ]
    finding = doc.paragraphs[1]
    assert finding.section == "Finding 1: Vulnerable residents were not known to responders"
    assert finding.text.endswith("evacuated late as a result.\n The council has since started a register.")
    assert doc.paragraphs[4].text == "Share data on vulnerable residents before an emergency, not during it."
    assert doc.title == "Learning review: the response to flooding in Eastbridge, November 2023"
    assert (doc.author, doc.date) == ("Northshire Safeguarding Partnership", "2024-04-09")


@pytest.mark.parametrize("form", ["as written", "as a PDF's text", "printed to PDF"])
def test_findings_and_recommendations_numbered_in_their_chapters_are_items(form: str) -> None:
    """A heading "FINDING 3.1 title" or "RECOMMENDATION 4.2 title" over its text, numbered from 1
    in each chapter: each kind a series of its own, labelled as printed (they had been plain
    blocks under headings); the issuer over the title with the kind of report after its name
    ("Productivity Commission Inquiry Report") is the author, and no title. A paragraph opening
    "Recommendation 4.1 of the Commission's report of 2011" cites one: no item. Printed to PDF,
    its running header and page number drawn over the title on the first page: furniture, as
    on the next page (they had been the title, and "1" a number that made the sub-sections'
    titles numbered paragraphs)."""
    path = SHAPES / "inquiry-report-with-findings-and-recommendations-numbered-by-chapter.txt"
    if form == "printed to PDF":
        doc = ingest_file(path.with_suffix(".pdf"))
    else:
        text = path.read_text(encoding="utf-8")
        doc = read_genre(as_pdf_text(text) if form == "as a PDF's text" else text, load_themes()).document
    items = [(u.series, u.label, u.text.split()[0]) for u in doc.paragraphs if u.series != "block"]
    assert items == [
        ("finding", "3.1", "Spending"),
        ("recommendation", "3.1", "State"),
        ("finding", "3.2", "The"),
        ("recommendation", "4.1", "Governments"),
        ("recommendation", "4.2", "Hospitals"),
    ]
    assert [u.number for u in doc.paragraphs if u.series == "recommendation"] == [1, 2, 3]
    assert list(dict.fromkeys(u.section for u in doc.paragraphs if u.series == "block")) == [
        "Overview",
        "3.1 The case for early intervention",
        "3.2 Workforce shortages",
        "4.1 Stable housing supports recovery",
        "Appendix A Public consultation",
    ]
    assert any("Recommendation 4.1 of" in u.text for u in doc.paragraphs if u.series == "block")
    assert (doc.title, doc.author, doc.date) == (
        "Mental Health Services in the Community",
        "Productivity Commission",
        "2020-06-30",
    )


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_notes_listed_after_each_chapter_belong_to_that_chapters_paragraphs(pdf: bool) -> None:
    """Each chapter's "Notes" counting from 1 again: its notes are its own paragraphs', the
    nearest above that mark them, not the first chapter's. In a PDF's text, no blank line
    after the list, the next chapter's title ("2. Findings") ends the last note (it had run to
    the end of the report, which was read as two blocks, untitled)."""
    text = (SHAPES / "report-with-notes-after-each-chapter.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.label, [f.text[:20] for f in u.footnotes]) for u in doc.paragraphs] == [
        ("1.1", ["Local Government Ass"]),
        ("1.2", ["Survey by the Centre"]),
        ("2.1", ["Institute for Govern"]),
        ("2.2", ["Interviews with resi"]),
    ]
    assert {u.series for u in doc.paragraphs} == {"paragraph"}


def test_a_figures_caption_under_a_heading_opens_the_figure() -> None:
    """Figure 3's caption stands right under a short heading, no blank line or sentence's end
    between: still the figure's title, its cells the figure's text. Paragraph 2.47 after the
    figures is under that heading, not under a cell ("Scottish Science"); paragraph 5.36 does
    not run on into Figure 9's timeline."""
    covid = document("covid-inquiry-module1-report", "txt")
    units = {u.label: u for u in series(covid, "paragraph")}
    assert units["2.47"].section == "Scottish Government and supporting organisations"
    assert "Figure 9" not in units["5.36"].text and "BENNACHIE" not in units["5.36"].text
    figure = next(u for u in series(covid, "text") if u.section.startswith("Figure 9:"))
    assert "BENNACHIE Scotland SARS-CoV-1" in figure.text


def test_a_heading_wrapped_onto_a_few_lower_case_words_is_no_paragraphs_end(tmp_path: Path) -> None:
    """A heading in large type wraps sooner than the text: its last word or two on a line of
    their own, in lower case, over a blank line, a figure's caption or the next paragraph. It
    heads what follows and is no part of the paragraph above (the covid report's 2.87 had
    ended "Streamlining the system of preparedness and resilience", 5.36 "… systems")."""
    pdf = document("covid-inquiry-module1-report", "pdf")
    units = {u.label: u for u in series(pdf, "paragraph")}
    assert units["2.87"].text.endswith("considered further in Module 2C of the Inquiry.")
    assert units["2.88"].section == "Streamlining the system of preparedness and resilience"
    covid = {u.label: u for u in series(document("covid-inquiry-module1-report", "txt"), "paragraph")}
    assert covid["5.36"].text.endswith("rather than before the emergency.")
    text = "\n".join(
        [
            "Review of regional transport",
            "",
            "1. Bus services have been cut in most rural areas since 2015.",
            "",
            "Funding for community transport and its",
            "volunteers",
            "2. Community transport schemes rely on volunteers.",
            "",
            "3. Most schemes have waiting lists.",
            "",
            "The role of local",
            "authorities",
            "",
            "4. Councils fund most schemes.",
        ]
    )
    (tmp_path / "review.txt").write_text(text)
    doc = ingest_file(tmp_path / "review.txt")
    assert [(u.label, u.section) for u in doc.paragraphs] == [
        ("1", "Review of regional transport"),
        ("2", "Funding for community transport and its volunteers"),
        ("3", "Funding for community transport and its volunteers"),
        ("4", "The role of local authorities"),
    ]
    assert doc.paragraphs[0].text.endswith("since 2015.") and doc.paragraphs[2].text.endswith("lists.")
    unnumbered = re.sub(r"^\d\. ", "", text.replace("volunteers\n2.", "volunteers\n\n2."), flags=re.M)
    (tmp_path / "paper.txt").write_text(unnumbered)  # prose: its paragraphs not numbered
    prose = ingest_file(tmp_path / "paper.txt")
    assert [u.section for u in prose.paragraphs] == [
        "",
        "Funding for community transport and its volunteers",
        "Funding for community transport and its volunteers",
        "The role of local authorities",
    ]


SENEDD_STYLE = "\n".join(
    [
        "Teacher recruitment and retention",
        "",
        "1. Introduction",
        "",
        "1. On 12 June 2024 the Committee agreed to undertake an inquiry into teacher"
        " recruitment and retention.",
        "",
        "2. We received 45 written responses and held four evidence sessions with teachers, unions and the",
        "Education Workforce Council.",
        "",
        "2. Recruitment",
        "",
        "3. Recruitment to initial teacher education has fallen short of its targets in"
        " each of the last five years, most of all in the",
        "secondary subjects, and in physics, chemistry, computing and the modern foreign"
        " languages it has fallen short by half or more",
        "in each of those years.",
        "",
        "3. Retention",
        "",
        "4. Too many teachers leave in their first five years. Unions told us that"
        " workload was the main reason.",
        "",
    ]
)


def test_chapters_numbered_as_the_paragraphs_numbered_through_them_are_headings(tmp_path: Path) -> None:
    """A parliament's report numbers its chapters ("1. Introduction") and, through them, its
    paragraphs, the first of which is numbered 1 too: the chapter's title is a heading, not
    paragraph 1 with the real paragraph 1 run into it."""
    (tmp_path / "report.txt").write_text(SENEDD_STYLE)
    doc = ingest_file(tmp_path / "report.txt")
    assert [(u.label, u.section) for u in doc.paragraphs] == [
        ("1", "1. Introduction"),
        ("2", "1. Introduction"),
        ("3", "2. Recruitment"),
        ("4", "3. Retention"),
    ]
    assert doc.paragraphs[0].text.startswith("On 12 June 2024")


def test_a_line_ending_on_a_joining_word_over_a_sentences_end_is_no_heading(tmp_path: Path) -> None:
    """ "2. We received … unions and the" over "Education Workforce Council.", in a wide
    column: a paragraph wrapped, not an item's title over its text."""
    (tmp_path / "report.txt").write_text(SENEDD_STYLE.replace("1. Introduction\n", "Introduction\n"))
    second = ingest_file(tmp_path / "report.txt").paragraphs[1]
    assert (second.label, second.section) == ("2", "Introduction")
    assert second.text.endswith("teachers, unions and the Education Workforce Council.")


def test_written_evidence_about_its_author_is_titled_by_its_credit_and_dated_at_its_end() -> None:
    """ "Written evidence submitted by Carers Trust (ASC0042)" over "About Carers Trust" and a
    paragraph about it: the title is the credit line, not the paragraph (which had been the
    title); the author is the charity without the committee's number for its submission; the
    date under the last paragraph dates the evidence and is no part of that paragraph's text."""
    evidence = ingest_file(SHAPES / "written-evidence-about-its-author-and-dated-at-its-end.txt")
    assert (evidence.title, evidence.author, evidence.date) == (
        "Written evidence submitted by Carers Trust (ASC0042)",
        "Carers Trust",
        "2025-03",
    )
    assert [u.label for u in evidence.paragraphs] == ["1", "2", "3", "4", "5"]
    assert evidence.paragraphs[-1].text.endswith("complete each year.")
    assert [f.text for f in evidence.paragraphs[1].footnotes] == [
        "NHS England, Survey of Adult Carers in England 2023–24, June 2024."
    ]


def test_a_last_recommendation_citing_its_paragraph_is_no_title_over_the_appendix() -> None:
    """ "2. Councils should publish waiting times for adaptations. (Paragraph 3)", last before the
    appendices: a sentence and what it cites, no item's title. It had become its own section,
    its text the heading "Appendix 1: …" below it."""
    report = ingest_file(SHAPES / "lords-report-with-recommendations-citing-paragraphs-then-appendices.txt")
    last = report.paragraphs[-1]
    assert (last.series, last.label, last.section) == (
        "recommendation",
        "2",
        "Summary of conclusions and recommendations",
    )
    assert last.text == "Councils should publish waiting times for adaptations. (Paragraph 3)"
    assert not any("Appendix" in u.text or "Lord Best" in u.text for u in report.paragraphs)


def test_a_roundtable_note_is_by_the_body_that_hosted_it() -> None:
    """ "Hosted by the Learning and Work Institute" under the title: the institute is the author
    (it had been the whole line, "Hosted by the …"); comments not attributed are its, the
    discussion's its many voices'."""
    note = ingest_file(SHAPES / "roundtable-note-under-the-chatham-house-rule-hosted-by-an-institute.txt")
    assert (note.title, note.author, note.date) == (
        "The future of adult education funding",
        "Learning and Work Institute",
        "2025-01-22",
    )
    assert [u.speaker for u in note.paragraphs] == ["Learning and Work Institute"] * 4 + [
        "Discussion"
    ] * 2 + ["Learning and Work Institute"]
    assert note.participants[0].organisation == "Northshire College"


def test_a_ruling_numbers_its_paragraphs_in_square_brackets() -> None:
    """Paragraphs numbered "[4] In deciding …", as rulings and judgments print them: the units are
    paragraphs 1 to 8, the lettered conditions inside 4, the chair's signature no text."""
    doc = ingest_file(SHAPES / "ruling-numbered-in-square-brackets.txt")
    paragraphs = series(doc, "paragraph")
    assert [u.label for u in doc.paragraphs] == [str(n) for n in range(1, 9)]
    assert paragraphs[3].text.startswith("In deciding whether to designate a person")
    assert paragraphs[3].text.endswith(
        "(c) the person may be subject to explicit or significant criticism during the proceedings."
    )
    assert [f.text for f in paragraphs[2].footnotes] == ["Inquiry Rules 2006, rule 5(1)."]
    assert [u.section for u in paragraphs[6:]] == ["Applications from providers"] * 2
    assert paragraphs[-1].text.endswith("fall outside the terms of reference.")
    assert doc.title == "RULING ON APPLICATIONS FOR CORE PARTICIPANT STATUS"


def test_a_boxs_source_and_a_figures_caption_head_no_paragraphs() -> None:
    """A box's "Source: …" is its last line, and "Figure 1: …" over a paragraph (its
    figure not in the text) is a caption, text of its own: neither is the section of the
    paragraphs after it, which stay under their chapter."""
    doc = ingest_file(SHAPES / "lords-report-with-a-sourced-box-and-a-figure-caption.txt")
    chapter = "CHAPTER 2: PREVENTION AND EARLY INTERVENTION"
    assert [(u.label, u.section) for u in series(doc, "paragraph")][3:6] == [
        ("4", chapter),
        ("5", chapter),
        ("6", chapter),
    ]
    box, caption = series(doc, "text")
    assert box.section == "Box 1: What is early intervention?"
    assert box.text.endswith("at risk of poor outcomes. Source: Early Intervention Foundation")
    assert (caption.label, caption.section) == ("5", chapter)
    assert caption.text == "Figure 1: Spending on early intervention services, 2010–2021"


@pytest.mark.parametrize("suffix", BOTH)
def test_a_tables_caption_after_a_paragraph_opens_the_table_however_long(suffix: str) -> None:
    """Table 2's caption runs to the margin and wraps: it is still the table's title, and
    its cells are the table's text, not the end of paragraph 3.25 above it."""
    covid = document("covid-inquiry-module1-report", suffix)
    paragraph = next(u for u in series(covid, "paragraph") if u.label == "3.25")
    assert paragraph.text.endswith("emerging infectious diseases other than influenza.")
    table = next(u for u in series(covid, "text") if u.section.startswith("Table 2:"))
    assert table.section.endswith("from UK risk assessments in 2014, 2016 and 2019")
    assert "Fatalities: 750,000" in table.text


@pytest.mark.parametrize("suffix", BOTH)
def test_a_wrapped_line_running_to_the_margin_is_no_heading(suffix: str) -> None:
    """After a sentence's end, a line as long as the text's lines goes on the paragraph."""
    covid = document("covid-inquiry-module1-report", suffix)
    paragraph = next(u for u in series(covid, "paragraph") if u.label == "5.99")
    assert "Pandemic Flu Readiness Board had first updated the 2011 Strategy" in paragraph.text
    assert "in the discharge of their responsibilities." in paragraph.text[-50:]
    post_office = document("post-office-horizon-inquiry-volume1", suffix)
    case = next(u for u in series(post_office, "paragraph") if u.label == "3.66")
    assert case.section == "Jacqueline McDonald"


@pytest.mark.parametrize("suffix", BOTH)
def test_a_responses_pages_are_the_numbers_printed_on_them(suffix: str) -> None:
    """A PDF's pages end in form feeds, which the text's cleaning keeps; the text file, with
    none, counts pages by the numbers at their feet."""
    response = document("covid-inquiry-module1-government-response", suffix)
    pages = [u.page for u in series(response, "recommendation")]
    assert pages[:4] == [10, 12, 15, 18]


@pytest.mark.parametrize("suffix", BOTH)
def test_a_recommendation_boxed_at_a_pages_top_comes_before_its_answer(suffix: str) -> None:
    """The PDF writes recommendation 9's box, at its page's top, after the answer below it:
    read where it stands, the answer opens "The government agrees that red teams …" (those
    words had ended answer 8, and answer 9 had opened "Red teams are one of many ways")."""
    response = document("covid-inquiry-module1-government-response", suffix)
    answers = {u.label: u for u in series(response, "response")}
    assert answers["8"].text.endswith("as well as in Westminster.")
    assert answers["9"].text.startswith("The government agrees that red teams are an effective means")
    assert answers["9"].page == 34


def test_a_page_number_in_a_texts_stepped_over_run_is_no_text() -> None:
    """A text file's page numbers "27", "28" (a full page), "29" a few lines on: "28" is a page's
    number too, not a word of the answer it stood in (it had been "… to ensure national 28
    benefits are maximised")."""
    answer = next(
        u for u in series(document("gov-response-hl190-space-economy", "txt"), "response") if u.label == "37"
    )
    assert "to ensure national benefits are maximised" in answer.text


def test_a_senedd_report_restates_its_recommendations_and_conclusions_where_they_arise() -> None:
    """A summary list of "Recommendation N." and "Conclusion N." sentences, each with the page
    it is argued on, then the same sentences again between the numbered paragraphs."""
    doc = ingest_file(SHAPES / "senedd-report-recommendations-and-conclusions.txt")
    assert [(u.series, u.label) for u in doc.paragraphs if u.series != "paragraph"] == [
        ("recommendation", "1"),
        ("recommendation", "2"),
        ("conclusion", "1"),
        ("recommendation", "1"),
        ("recommendation", "2"),
        ("conclusion", "1"),
    ]
    listed, restated = series(doc, "recommendation")[0], series(doc, "recommendation")[2]
    assert listed.text == restated.text  # the list's "Page 12" is a pointer, not text
    assert listed.text.startswith("The Welsh Government should publish, within six months")
    paragraphs = series(doc, "paragraph")
    assert [u.label for u in paragraphs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert not any(re.search(r"Recommendation|Conclusion", u.text) for u in paragraphs)
    assert [u.section for u in paragraphs[2:5]] == ["2. Access to NHS dentistry"] * 2 + ["Our view"]


@pytest.mark.parametrize("suffix", BOTH)
def test_a_chapters_title_page_heads_it_and_ends_no_paragraph(suffix: str) -> None:
    """'Chapter 3:' alone, its title on the lines below: a heading, not the end of the
    chapter before."""
    covid = document("covid-inquiry-module1-report", suffix)
    last = next(u for u in series(covid, "paragraph") if u.label == "1.17")
    assert re.search(r"course between complacency and overreaction\.\d*$", last.text)
    assert not any(re.search(r"(Chapter|Appendix) \d+:$", u.text) for u in covid.paragraphs)
    assert [u.label for u in series(covid, "appendix-4")] == ["A4.1"]
    restated = [u.label for u in series(covid, "recommendation")]
    assert restated == [str(n) for n in range(1, 11)] * 2  # in the chapters, then in Appendix 4


def test_a_seminar_report_with_dagger_notes_and_a_panel() -> None:
    """Another seminar of the seed's series: a note marked "†", two keynotes, then a panel
    that is no keynote speaker's."""
    doc = ingest_file(SHAPES / "seminar-with-dagger-notes-and-a-panel.txt")
    assert doc.id == "policy-seminar-three-2010-11-09"
    assert [u.label for u in doc.paragraphs] == [str(n) for n in range(1, 13)]
    noted = doc.paragraphs[3]
    assert [(f.mark, f.text) for f in noted.footnotes] == [
        ("†", "Westshire Shared Services Annual Report 2010, p. 4.")
    ]
    assert noted.text.endswith("saved £1.2 million a year.")
    assert not any("†" in u.text or "Annual Report 2010" in u.text for u in doc.paragraphs)
    assert [u.speaker for u in doc.paragraphs[4:8]] == ["Matthew Reid"] * 2 + ["Discussion"] * 2
    assert len(doc.participants) == 7


@pytest.mark.parametrize("suffix", BOTH)
def test_a_seminar_held_at_a_venue_is_named_by_its_event_and_credits_its_rapporteur(suffix: str) -> None:
    """ "Held at the Institute for Government, London, 14 March 2012" dates the seminar and
    says where it was held: the line above it names the event. "Report by Sarah Jones,
    Rapporteur" under it is who wrote the report, not its subtitle. Printed in two narrow
    columns, the event, the date, a speaker's heading and a participant's entry each run on to
    a second line, and are read whole."""
    doc = ingest_file(SHAPES / f"seminar-held-at-a-venue-written-up-by-a-rapporteur.{suffix}")
    assert doc.id == "seminar-five-housing-and-the-care-of-older-people-2012-03-14"
    assert (doc.title, doc.event, doc.subtitle) == (
        "Public Policy Seminar Series",
        "Seminar Five: Housing and the Care of Older People",
        "",
    )
    assert (doc.author, doc.author_role) == ("Sarah Jones", "Rapporteur")
    assert [u.speaker for u in doc.paragraphs] == [
        "Introduction", "Introduction", "Professor Anne Walker", "Professor Anne Walker", "Lord Richard Best",
        "Discussion", "Discussion", "Discussion",
    ]  # fmt: skip
    assert doc.paragraphs[2].section == "Keynote address: Professor Anne Walker, University of Sheffield"
    assert doc.paragraphs[1].text.endswith("the speakers who opened the discussion.")
    assert [(p.name, p.organisation) for p in doc.participants][-1] == ("Mary White", "Leeds City Council")
    assert len(doc.participants) == 5 and not any("Anchor Trust" in u.text for u in doc.paragraphs)


def test_minutes_annexed_to_a_committee_report_are_a_series_of_their_own_under_their_meetings() -> None:
    """A Holyrood committee's report: paragraphs 1-5, then "Annexe A - Extracts from the
    minutes", its items numbered from 1 again under each meeting's heading."""
    doc = ingest_file(SHAPES / "committee-report-with-minutes-annexed-under-meeting-headings.txt")
    assert (doc.title, doc.date, doc.author) == (
        "Report on the inquiry into the housing emergency",
        "2024-05-14",
        "Local Government, Housing and Planning Committee",
    )
    assert [(u.series, u.label, u.section.split(",")[0]) for u in doc.paragraphs][4:] == [
        ("paragraph", "5", "Supply of affordable homes"),
        ("annex-a", "1", "3rd Meeting"),
        ("annex-a", "2", "3rd Meeting"),
        ("annex-a", "3", "9th Meeting"),
    ]


@pytest.mark.parametrize(
    "stem",
    [
        "thinktank-report-with-numbered-chapter-titles",
        "written-evidence-sent-as-a-letter",
        "treasury-minutes-answering-two-reports",
        "roundtable-note-numbered-without-dots-after-a-contents-page",
        "committee-report-with-minutes-annexed-under-meeting-headings",
        "hearing-labels-in-capitals-with-colons-and-a-witness-list",
        "response-after-a-covering-letter",
        "roundtable-report-with-an-opening-address-and-a-panel",
        "committee-official-report-with-a-deputy-and-those-who-also-participated",
        "committee-debate-members-titled-deputy-and-senator",
        "report-with-endnotes-after-its-paragraphs",
        "seminar-with-pull-quotes-between-its-paragraphs",
        "learning-review-with-numbered-findings-lessons-and-actions",
    ],
)
def test_a_paper_printed_in_two_columns_reads_as_its_text(stem: str) -> None:
    """Two columns a page: a line alone between blank lines may fill a narrow column and still
    be a heading (the letter's subject, a report's title under its department), a heading may
    run on to a second line ("Department for Levelling Up, Housing and" over "Communities",
    "Councillor Jane Hardy, Chair, Adult Social Care" over "Board"; a meeting's heading over
    its minutes, "… Tuesday 7 May" over "2024"), so may a credit ("… prepared by the Forum"
    over "secretariat"), the committee's name on the cover ("Local Government, Housing and
    Planning" over "Committee") and a witness's entry ("…, Aged Care" over "Providers Network":
    the witness had been "Ms Anne Harris, Aged Care"; the department answering, "Department
    for Environment, Food and Rural" over "Affairs"; a speaker's, "Opening address – Rt Hon
    Jane Smith" over "MP, Minister for Skills", over the paragraph it heads; an agenda item's,
    "Vacant and Derelict Properties:" over "Discussion", over the first turn), and the page's
    lines read across both columns are no better reading (they had been taken for a seminar
    report of three paragraphs)."""
    text = ingest_file(SHAPES / f"{stem}.txt")
    columns = ingest_file(SHAPES / f"{stem}-in-two-columns.pdf")

    def read(doc: Document) -> list[tuple[str, ...]]:
        return [(p.series, p.label, p.speaker, p.section, re.sub(r"\W", "", p.text)) for p in doc.paragraphs]

    assert (columns.title, columns.date, columns.author) == (text.title, text.date, text.author)
    assert read(columns) == read(text)


def test_a_participants_entry_run_on_to_a_second_line_is_no_participant_of_its_own() -> None:
    """The seed printed to PDF: "… & LSIS Board" over "Member" is one entry."""
    doc = ingest_file(SHAPES / "seed-printed-to-pdf.pdf")
    assert not any(p.name == "Member" for p in doc.participants)
    entry = next(p for p in doc.participants if p.name.startswith("Paul Head"))
    assert f"{entry.title}, {entry.organisation}".strip(", ").endswith("LSIS Board Member")


@pytest.mark.parametrize("suffix", BOTH)
def test_a_citation_repeated_in_many_notes_is_no_running_header(suffix: str) -> None:
    """ "67 Exercise Cygnus Report: …, Public Health England," starts several notes: a line
    ending in a comma runs on, so it is no header, and its notes stay notes."""
    covid = document("covid-inquiry-module1-report", suffix)
    paragraph = next(u for u in series(covid, "paragraph") if u.label == "5.43")
    assert paragraph.text.endswith("wider than pandemic influenza and the scenario presented.")
    assert [f.mark for f in paragraph.footnotes] == ["70", "71", "72", "73", "74"]


@pytest.mark.parametrize("suffix", BOTH)
def test_a_back_covers_codes_end_no_unit(suffix: str) -> None:
    """ISBN, E-number and the numbers of blank pages before them are not the last reply's."""
    for stem, last in [
        ("gov-response-hl190-space-economy", "such as satellite communications."),
        ("covid-inquiry-module1-government-response", "where public services have failed."),
        ("covid-inquiry-module1-report", "in advance of legislation being passed."),
    ]:
        assert document(stem, suffix).paragraphs[-1].text.endswith(last), stem


@pytest.mark.parametrize("suffix", BOTH)
def test_a_briefing_without_numbers_is_its_paragraphs_under_their_headings(suffix: str) -> None:
    """No numbering: each paragraph is a unit (not each line, nor the whole text), under the
    heading above it; the cover (title, byline, date), the sign-off and what the Institute
    prints about itself at the end of every paper are none, and in the PDF neither the running
    header nor a paragraph cut by a page's turn splits a unit."""
    briefing = ingest_file(SHAPES / f"briefing-paper-without-numbers.{suffix}")
    units = briefing.paragraphs
    assert (briefing.author, briefing.date) == ("Institute for Local Futures", "2011-03-12")
    assert briefing.title.endswith("lessons from Total Place for the next spending review")
    assert [u.label for u in units] == [str(n) for n in range(1, len(units) + 1)]
    assert units[0].text.startswith("The Total Place pilots asked") and units[0].section == "Introduction"
    assert units[-1].text.startswith("We recommend that inspectorates judge the outcomes")
    assert not any("independent think tank" in u.text or "1234567" in u.text for u in units)
    assert {u.section for u in units} == {
        "Introduction",
        "What did the pilots find?",
        "Why pooled budgets are rare",
        "Recommendations",
    }
    recommending = [u for u in units if u.section == "Recommendations"]
    assert [u.text.split()[3] for u in recommending] == ["the", "departments", "inspectorates"]
    text = " ".join(u.text for u in units)
    for words_in_a_row in ("a saving on someone else", "within two years."):
        assert text.count(words_in_a_row) == 1
    assert "Published 12 March" not in text and "Making places work" not in text
    assert all(u.speaker == "Institute for Local Futures" for u in units)


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_consultation_response_answers_under_its_numbered_questions(blank_lines: bool) -> None:
    """A response to a consultation prints each question, then its answer in one or more
    paragraphs: the question heads them; the signature at the end is no unit. Without blank
    lines (a PDF's text) the cover's lines, which have no sentence's punctuation, are still
    no paragraph."""
    text = (SHAPES / "consultation-response-answering-numbered-questions.txt").read_text(encoding="utf-8")
    if not blank_lines:  # as a PDF's text gives it: lines wrapped, no blank between paragraphs
        text = "\n".join(wrapped for line in text.splitlines() for wrapped in textwrap.wrap(line, 88))
    response = read_genre(text, load_themes()).document
    assert (response.author, response.date) == ("Centre for Public Scrutiny", "2023-06")
    answers = [(u.section.split(":")[0], " ".join(u.text.split()[:3])) for u in response.paragraphs[2:]]
    assert answers == [
        ("Question 1", "Yes. The present"),
        ("Question 1", "We would add"),
        ("Question 2", "Partly. The proposed"),
        ("Question 3", "Training routes into"),
        ("Question 3", "Firms also tell"),
        ("Question 4", "No."),
    ]
    assert [u.section for u in response.paragraphs[:2]] == ["About us", "Summary"]
    assert not any("Jane Doe" in u.text or "Chief Executive" in u.text for u in response.paragraphs)


@pytest.mark.parametrize("layout", ["as printed", "no blank lines", "a Word paragraph each"])
def test_a_consultation_outcome_counts_the_answers_to_each_question(layout: str) -> None:
    """A government's response to its consultation counts the answers under each question
    ("Yes: 198 (63%)", "No: 71 (23%)"): the counts are one paragraph under the question, no
    headings (each had taken the one before's place, the last heading the paragraphs below),
    also where each is a paragraph of its own (a Word document's)."""
    text = (SHAPES / "consultation-outcome-counting-the-answers-to-each-question.txt").read_text("utf-8")
    if layout == "no blank lines":
        text = "\n".join(line for line in text.splitlines() if line)
    elif layout == "a Word paragraph each":
        text = text.replace("%)\n", "%)\n\n")
    outcome = read_genre(text, load_themes()).document
    counted = [(u.section[:10], u.text) for u in outcome.paragraphs if "%)" in u.text]
    assert counted == [
        ("Question 1", "Yes: 198 (63%) No: 71 (23%) Not sure: 43 (14%)"),
        ("Question 2", "Postcode: 89 (29%) Prior attainment: 147 (47%) Both: 76 (24%)"),
    ]
    assert [u.section[:10] for u in outcome.paragraphs if u.text.startswith("Respondents")] == [
        "Question 1",
        "Question 2",
        "Question 3",
    ]
    # "Government response" under each question is that question's answer, in prose as in a
    # numbered report (it had been a section of its own, the question lost)
    answers = [u.section for u in outcome.paragraphs if u.section.endswith("Government response")]
    assert [section[:10] for section in answers] == ["Question 1", "Question 2", "Question 3"]


def test_a_blog_post_in_markdown_keeps_its_byline_out_and_its_list_with_its_sentence() -> None:
    post = ingest_file(SHAPES / "blog-post-in-markdown.md")
    assert (post.title, post.date) == ("Why councils should own their data", "2022-10-04")
    assert post.author == "Priya Shah, Head of Policy, Digital Places Network"
    units = post.paragraphs
    assert [u.section for u in units] == [
        "",
        "What goes wrong",
        "What goes wrong",
        "What should change",
        "What should change",
    ]
    assert units[1].text.startswith("When a council changes supplier") and units[1].text.endswith(
        "no right to audit how data is used."
    )
    assert not any("Posted by" in u.text or u.text == "Head of Policy" for u in units)


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_witness_statement_is_the_witnesss_own_numbered_paragraphs(blank_lines: bool) -> None:
    """An inquiry's witness statement: a form's fields over the title ("Witness Name: …",
    "Statement No.: …") are no title, the witness named there speaks every paragraph, and the
    statement of truth and signature after the last paragraph are no unit. Without blank
    lines, the code over the fields and the opening under the title ("I, Angela Brown, will
    say as follows:") are no part of the title either."""
    text = (SHAPES / "witness-statement-with-form-fields.txt").read_text(encoding="utf-8")
    if not blank_lines:
        text = "WITN01230100\n" + "\n".join(line for line in text.splitlines() if line)
    statement = read_genre(text, load_themes()).document
    assert (statement.title, statement.author, statement.date) == (
        "FIRST WITNESS STATEMENT OF ANGELA BROWN",
        "Angela Brown",
        "2022-05-04",
    )
    assert [u.label for u in statement.paragraphs] == ["1", "2", "3", "4", "5"]
    assert {u.speaker for u in statement.paragraphs} == {"Angela Brown"}
    assert statement.paragraphs[-1].text.endswith("would otherwise face a charge of theft.")


def test_a_consultations_own_questions_are_units_labelled_as_printed() -> None:
    """A consultation asks "Q1. Do you agree …?" with no answer under it (the next line is
    another question or a heading): each question is a unit, labelled Q1 as printed, not a
    heading swallowed by the next one; the text between them is numbered as blocks."""
    paper = ingest_file(SHAPES / "consultation-paper-asking-numbered-questions.txt")
    assert [(u.series, u.label, u.text[:12]) for u in paper.paragraphs[2:8]] == [
        ("block", "3", "The Governme"),
        ("question", "Q1", "Q1. Do you a"),
        ("question", "Q2", "Q2. What sup"),
        ("block", "4", "Local author"),
        ("question", "Q3", "Q3. Do you a"),
        ("block", "5", "Responses sh"),
    ]
    assert [u.label for u in paper.paragraphs if u.section.startswith("Annex A")] == ["Q1", "Q2", "Q3"]


def test_an_unnumbered_roundtable_gives_each_paragraph_the_speaker_its_heading_names() -> None:
    """No numbers, speakers named by headings ("Opening remarks: Professor Alice Grant, …",
    "Response: Tom Baker, …", "Discussion"): the paragraphs under each are theirs, the rest the
    report's; the participants listed at the end are no unit, and are who took part (each
    entry a line under the heading, they had been read as headings and no one was listed)."""
    report = ingest_file(SHAPES / "roundtable-without-numbers-under-speakers-headings.txt")
    assert [(u.label, u.speaker) for u in report.paragraphs] == [
        ("1", report.title),
        ("2", "Professor Alice Grant"),
        ("3", "Professor Alice Grant"),
        ("4", "Tom Baker"),
        ("5", "Discussion"),
        ("6", "Discussion"),
    ]
    assert report.paragraphs[-1].text.endswith("stop-start government schemes.")
    assert [p.name for p in report.participants] == ["Professor Alice Grant", "Tom Baker", "Sara Khan"]


def test_a_councils_minutes_are_its_numbered_items_with_titles_in_capitals() -> None:
    """Minutes number their items on from the last meeting's ("45. DECLARATIONS OF INTEREST",
    a title in capitals, which in a report would be a chapter's heading): with no other
    numbering, each item is a unit with all its text, the last one's included (a seminar's
    reading had kept only its title), the title heading it as a heading would; the lists of who
    was present are no heading or title."""
    minutes = ingest_file(SHAPES / "council-minutes-numbered-on-with-titles-in-capitals.txt")
    assert [u.label for u in minutes.paragraphs] == ["45", "46", "47"]
    assert minutes.paragraphs[2].section == "HOUSING REVENUE ACCOUNT RENT SETTING"
    assert minutes.paragraphs[2].text.startswith("The Cabinet considered a proposal")
    assert "RESOLVED: That rents be increased by 7.7 per cent" in minutes.paragraphs[2].text
    assert minutes.author == "Westshire Council"
    assert not any("present" in (u.section + minutes.title).casefold() for u in minutes.paragraphs)


def test_who_minutes_list_as_present_on_one_line_are_their_participants(tmp_path: Path) -> None:
    """ "Present: Jane Fielding (Chair), Dr Omar Siddiqui (Chief Executive), …" above the items,
    wrapped, and "In attendance: …": the board's participants, the chair marked, those sending
    apologies not among them (there had been none). Unnumbered notes of a meeting read alike."""
    board = ingest_file(SHAPES / "board-minutes-with-who-was-present-on-one-line.txt")
    assert [(p.name, p.title, p.role) for p in board.participants] == [
        ("Jane Fielding", "", "chair"),
        ("Dr Omar Siddiqui", "Chief Executive", "participant"),
        ("Ruth Akers", "Director of Finance", "participant"),
        ("Professor Alan Brett", "Non-executive Member", "participant"),
        ("Cllr Mary Dodd", "Partner Member", "participant"),
        ("Tom Kerr", "Board Secretary", "participant"),
        ("Priya Shah", "Head of Communications", "participant"),
    ]
    assert [u.label for u in board.paragraphs] == ["1.1", "2.1", "3.1", "4.1", "4.2", "4.3", "5.1"]
    council = ingest_file(SHAPES / "council-minutes-numbered-on-with-titles-in-capitals.txt")
    assert [p.name for p in council.participants if p.role == "chair"] == ["Councillor R Patel"]
    assert len(council.participants) == 6  # three councillors named after "Councillors"
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "Riverside Residents Association\n\nNotes of the committee meeting, 3 April 2025\n\n"
        "Present: Ann Cole (Chair), Bob Fry (Treasurer), Cath Ng\n\nApologies: Dan Moss\n\n"
        "The committee discussed the riverside path, which has flooded three times this winter.\n\n"
        "The Treasurer reported a balance of 1,240 pounds after the spring fair.\n"
    )
    prose = ingest_file(notes)
    assert [(p.name, p.role) for p in prose.participants] == [
        ("Ann Cole", "chair"),
        ("Bob Fry", "participant"),
        ("Cath Ng", "participant"),
    ]
    assert len(prose.paragraphs) == 2


def test_a_minutes_dated_title_wrapped_onto_its_place_is_titled_by_its_first_line(tmp_path: Path) -> None:
    """ "Minutes of the Board meeting held in public on Thursday 6 March 2025 at 10.00 am," wraps
    onto "Council Chamber, County Hall": the title is the dated line without its date and hour,
    as for a line that does not wrap; the meeting's place had been taken for the title. On one
    line, the title is that line without its date, hour and place: not the first item's heading
    ("1. Welcome and apologies"), which had been."""
    shape = SHAPES / "board-minutes-with-who-was-present-on-one-line.txt"
    board = ingest_file(shape)
    assert (board.title, board.date) == ("Minutes of the Board meeting held in public", "2025-03-06")
    (tmp_path / "minutes.txt").write_text(shape.read_text().replace("10.00 am,\n", "10.00 am, "))
    assert ingest_file(tmp_path / "minutes.txt").title == "Minutes of the Board meeting held in public"
    (tmp_path / "minutes.txt").write_text(shape.read_text().replace("10.00 am,\n", "10.00 am\n"))
    assert ingest_file(tmp_path / "minutes.txt").title == "Minutes of the Board meeting held in public"


@pytest.mark.parametrize("layout", ["blank lines", "no blank lines", "signature and date on one line"])
def test_minutes_under_references_are_one_unit_each_labelled_as_printed(layout: str) -> None:
    """A board's minutes number their items by reference ("ICB/24/061  Welcome and apologies",
    counting up): each item is one unit, its label the reference, its section the heading's
    words, its text every paragraph under it (they had been blocks 1 to 12). The dated line
    naming the meeting, its hour at its end, is the title (it had been the first block, the
    document untitled and undated), and the chair's signature and date, lines of dots to fill
    in, are no text, on two lines or one ("Signed: …… (Chair) Date: ……")."""
    text = (SHAPES / "board-minutes-under-minute-references.txt").read_text(encoding="utf-8")
    if layout == "no blank lines":
        text = "\n".join(line for line in text.splitlines() if line)
    elif layout == "signature and date on one line":
        text = text.replace("(Chair)\nDate:", "(Chair)  Date:")
    minutes = read_genre(text, load_themes()).document
    assert (minutes.title, minutes.date) == ("Minutes of the Board meeting held in public", "2024-06-06")
    assert [(u.series, u.label, u.section) for u in minutes.paragraphs] == [
        ("minute", "ICB/24/061", "Welcome and apologies"),
        ("minute", "ICB/24/062", "Declarations of interest"),
        ("minute", "ICB/24/063", "Minutes of the previous meeting"),
        ("minute", "ICB/24/064", "Chief Executive's report"),
        ("minute", "ICB/24/065", "Financial position at month 1"),
        ("minute", "ICB/24/066", "Any other business"),
    ]
    assert minutes.paragraphs[3].text.endswith("The Board noted the report.")
    assert minutes.paragraphs[-1].text == "There was no other business. The meeting closed at 12:15."


@pytest.mark.parametrize("wrap", ["as printed", "a sum wrapped at a line's end"])
def test_an_audit_offices_report_by_its_comptroller_in_a_byline_wrapped_over_lines(wrap: str) -> None:
    """ "Report" over "by the Comptroller" over "and Auditor General": the byline's wrap is no
    title (it had been "and Auditor General"); the key facts are front matter; the summary's
    paragraphs, the parts' and the appendix's are three series. A sum wrapped at a line's end
    ("allocated £3.1" over "billion.") marks no note 1: the appendix's "1 This report …" had
    been taken for that note's text and the appendix lost."""
    text = (SHAPES / "audit-office-report-by-the-comptroller-with-key-facts-and-an-appendix.txt").read_text(
        "utf-8"
    )
    if wrap != "as printed":
        text = text.replace("It was allocated\n£3.1 billion.", "It was allocated £3.1\nbillion.")
    report = read_genre(text, load_themes()).document
    assert (report.title, report.author, report.date) == (
        "Condition of school buildings",
        "Comptroller and Auditor General",
        "2023-06-23",
    )
    assert [(u.series, u.label) for u in report.paragraphs] == [
        *(("summary", str(n)) for n in (1, 2, 3)),
        *(("paragraph", n) for n in ("1.1", "1.2", "2.1", "2.2")),
        *(("appendix-one", str(n)) for n in (1, 2, 3)),
    ]


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_list_of_themes_a_sentence_introduces_is_no_numbered_paragraphs(blank_lines: bool) -> None:
    """ "Participants discussed three themes:" over "1. Funding", "2. Participation", "3. Employer
    engagement": the list's items are no paragraphs (they had been paragraphs 1 to 3, the last a
    heading over the real paragraphs 1 to 3 run together). The note "held by" a centre is the
    centre's, and an attendee listed with a body's name alone ("Mark Ellis, Association of
    Colleges") is from that organisation, not holding a post called so."""
    text = (SHAPES / "roundtable-note-listing-its-themes-before-its-numbered-paragraphs.txt").read_text(
        "utf-8"
    )
    if not blank_lines:
        text = "\n".join(line for line in text.splitlines() if line)
    note = read_genre(text, load_themes()).document
    assert [(u.label, u.section, u.text[:20]) for u in note.paragraphs] == [
        ("1", "Summary of discussion", "Participants agreed "),
        ("2", "Summary of discussion", "Several participants"),
        ("3", "Summary of discussion", "Employers were said "),
        ("4", "Summary of discussion", "There was broad supp"),
    ]
    assert {u.speaker for u in note.paragraphs} == {"Discussion"}  # many voices, not the centre's
    assert note.author == "Centre for Skills Policy"
    assert [(p.name, p.title, p.organisation) for p in note.participants] == [
        ("Dr Anna Price", "", "Centre for Skills Policy"),
        ("Mark Ellis", "", "Association of Colleges"),
        ("Priya Nair", "", "Federation of Small Businesses"),
    ]


def test_a_markdown_roundtable_held_at_a_venue_and_spoken_by_bold_labels() -> None:
    """ "*Held at the Town Hall, Northtown, on 3 July 2024. …*" under the title says where and
    when: the cover's, dating the note, also where too few turns make it prose (it had been
    its first paragraph, the note undated); each "**Cllr Sarah Lee (Northtown Council):** …" a
    turn under its session's heading."""
    shape = SHAPES / "roundtable-in-markdown-with-bold-speakers-held-at-a-town-hall.md"
    shorter = shape.read_text(encoding="utf-8").rsplit("\n\n", 1)[0]  # five turns: prose
    prose = read_genre(shorter, load_themes()).document
    assert prose.date == "2024-07-03" and not prose.paragraphs[0].text.startswith("Held at")
    note = ingest_file(shape)
    assert (note.title, note.date) == ("Roundtable: Making devolution work for towns", "2024-07-03")
    assert [(u.speaker.split(",")[0], u.section) for u in note.paragraphs[:4]] == [
        ("Cllr Sarah Lee", "Session 1: What towns need"),
        ("Professor Mark Hill", "Session 1: What towns need"),
        ("Cllr Sarah Lee", "Session 1: What towns need"),
        ("Anna Wise", "Session 2: Funding"),
    ]
    assert not any(u.text.startswith(("Held at", "Cllr")) for u in note.paragraphs)


def test_a_report_footed_page_n_of_m_numbers_its_pages_so() -> None:
    """ "Page 1 of 3" at each page's foot is the page's number (units had been on sheets 2 to
    4, and each footer had headed the paragraphs after it); the credit under the title ("A
    report by the Carers Policy Institute") heads nothing."""
    report = ingest_file(SHAPES / "report-footed-page-n-of-m-under-a-running-footer.txt")
    assert [u.page for u in report.paragraphs] == [1, 1, 2, 2, 3, 3]
    assert not any(u.section.startswith(("Page", "A report by")) for u in report.paragraphs)
    assert report.author == "Carers Policy Institute"


def test_a_paper_with_two_numbered_chapter_titles_is_read_as_its_paragraphs() -> None:
    """Two numbered lines, each a chapter's title ("1. The case for retraining"), are too few
    for a report's numbering: the paper is its paragraphs under its headings (it had been read
    as a seminar report of two paragraphs, the foreword and recommendations lost, a witness
    list's line the author); an All-Party Parliamentary Group issues it."""
    paper = ingest_file(SHAPES / "appg-report-with-two-numbered-chapter-titles.txt")
    assert (paper.title, paper.author, paper.date) == (
        "Retraining for the jobs of tomorrow",
        "All-Party Parliamentary Group on Skills and Employment",
        "2024-10",
    )
    assert [u.section for u in paper.paragraphs][1:9] == [
        "Foreword",
        *["Recommendations"] * 3,
        *["1. The case for retraining"] * 2,
        *["2. What works"] * 2,
    ]


def test_a_consultation_response_numbering_its_answers_under_each_question() -> None:
    """An organisation's response numbers its answers under each question ("Question 1: …?"
    over 1.1, 1.2): the answers are its paragraphs, the questions their sections; an "About the
    Local Government Association" heading names the author without its "About the" (the author
    had been the heading)."""
    response = ingest_file(SHAPES / "consultation-response-numbering-its-answers-under-each-question.txt")
    assert response.author == "Local Government Association"
    assert [(u.label, u.section[:10]) for u in response.paragraphs] == [
        ("1.1", "Question 1"),
        ("1.2", "Question 1"),
        ("2.1", "Question 2"),
        ("2.2", "Question 2"),
        ("3.1", "Question 3"),
    ]
    assert {u.speaker for u in response.paragraphs} == {"Local Government Association"}


def test_a_minutes_items_title_in_capitals_may_run_on_to_a_second_line(tmp_path: Path) -> None:
    """In a narrow column the title wraps: "46. BUDGET 2024/25 AND MEDIUM TERM" over
    "FINANCIAL STRATEGY". Both lines are the title; its second had opened the item's text."""
    text = (SHAPES / "council-minutes-numbered-on-with-titles-in-capitals.txt").read_text(encoding="utf-8")
    path = tmp_path / "minutes.txt"
    path.write_text(text.replace("MEDIUM TERM FINANCIAL", "MEDIUM TERM\nFINANCIAL", 1), encoding="utf-8")
    item = ingest_file(path).paragraphs[1]
    assert item.section == "BUDGET 2024/25 AND MEDIUM TERM FINANCIAL STRATEGY"
    assert item.text.startswith("The Director of Finance presented the report")


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines, a header
def test_numbered_chapter_titles_over_many_paragraphs_are_headings(suffix: str) -> None:
    """A think tank's report numbers its chapters ("1. Introduction") but not its paragraphs:
    read as numbered items, each chapter was one unit and the foreword and summary before
    "1." were front matter. Each paragraph is a unit under its chapter's title, and the
    institute under the title is the author, not more of the title."""
    report = ingest_file(SHAPES / f"thinktank-report-with-numbered-chapter-titles.{suffix}")
    assert report.title == "Closer to home Why the next decade of public services must be built around places"
    assert report.author == "Institute for Local Futures"
    sections = [u.section for u in report.paragraphs]
    assert sections[:3] == ["Foreword", "Foreword", "Executive summary"]
    per_chapter = [sections.count(f"{n}. {title}") for n, title in enumerate(CHAPTERS, start=1)]
    if suffix == "txt":
        assert per_chapter == [6, 6, 6, 6]
    else:  # a paragraph whose last line runs to the margin runs on into the next: a PDF prints no gap
        assert min(per_chapter) >= 4
    assert report.paragraphs[5].text.startswith("In 2009 thirteen areas counted")
    assert report.paragraphs[5].text.endswith("was controlled locally.")
    assert {u.speaker for u in report.paragraphs} == {"Institute for Local Futures"}


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines, a header
def test_numbered_section_titles_over_unnumbered_paragraphs_are_headings(suffix: str) -> None:
    """A research briefing numbers its sections ("1 Background", "2.1 Bus Service Operators
    Grant") and not its paragraphs: each dotted title had been a unit beginning with its title
    and the summary front matter. Each paragraph is now a unit under its section; "Research
    Briefing" over the title is the kind of paper, not its title, and "By …" its authors."""
    briefing = ingest_file(SHAPES / f"briefing-with-numbered-section-titles.{suffix}")
    assert (briefing.title, briefing.author) == ("Local bus services in England", "Paul Bolton, Anna Smith")
    sections = list(dict.fromkeys(u.section for u in briefing.paragraphs))
    assert sections == [
        "Summary",
        "1.1 How bus services are run",
        "1.2 Trends in bus use",
        "2.1 Bus Service Operators Grant",
        "2.2 Bus Service Improvement Plans",
        "3.1 The £2 fare cap",
    ]
    assert briefing.paragraphs[2].text.startswith("Outside London, most bus services have been run")
    if suffix == "txt":  # a PDF runs a paragraph on into the next where its last line reaches the margin
        assert len(briefing.paragraphs) == 14


CHAPTERS = ("Introduction", "What has changed", "What has not changed", "What should happen next")


def test_a_titled_introduction_over_numbered_paragraphs_leaves_them_paragraphs(tmp_path: Path) -> None:
    """ "1. Introduction" titles the unnumbered text below it, but "2. The Committee took …"
    and the rest are paragraphs, their text running on below: the numbers are paragraphs'."""
    path = tmp_path / "report.txt"
    paragraphs = [
        "The Committee took evidence from local authorities, bus operators and passenger groups\n"
        "between March and June 2024, and visited two rural areas.",
        "Rural bus services have declined sharply since 2010, and many villages now have no\n"
        "service at all on some days of the week.",
        "Local authorities told us that their budgets for supported services had been cut by\n"
        "a third in real terms over the decade.",
        "Operators said that concessionary fare reimbursement no longer covered the cost of\n"
        "carrying older passengers.",
    ]
    path.write_text(
        "Report of the Example Committee\n\n1. Introduction\n\n"
        "This report sets out what we found in our inquiry into rural bus services, and what we\n"
        "recommend the Government should do.\n\n"
        + "\n\n".join(f"{n}. {text}" for n, text in enumerate(paragraphs, start=2)),
        encoding="utf-8",
    )
    report = ingest_file(path)
    assert [(u.series, u.label) for u in report.paragraphs] == [("paragraph", str(n)) for n in range(1, 6)]


def test_a_minutes_items_of_a_paragraph_or_two_stay_items(tmp_path: Path) -> None:
    """Formal minutes whose numbered items are titled in sentence case ("2. Test and Trace")
    over a paragraph or a few: each item is a unit, as minutes are cited."""
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Public Accounts Committee\n\nFormal minutes\n\nTuesday 8 March 2022\n\n"
        "1. Declaration of interests\n\nGareth Bacon declared an interest as a councillor.\n\n"
        "2. Test and Trace\n\nThe Committee considered this matter.\n\n"
        "Draft Report (Test and Trace update), proposed by the Chair, brought up and read.\n\n"
        "Paragraphs 1 to 27 read and agreed to.\n\n"
        "3. Adjournment\n\nAdjourned till Wednesday 9 March at 1.30pm.\n",
        encoding="utf-8",
    )
    minutes = ingest_file(path)
    assert [(u.label, u.section) for u in minutes.paragraphs] == [
        ("1", "Declaration of interests"),
        ("2", "Test and Trace"),
        ("3", "Adjournment"),
    ]


def test_numbering_that_starts_again_in_each_chapter_is_each_chapters() -> None:
    """Paragraphs numbered 1, 2, 3 afresh under "Chapter 1: Housing", "Chapter 2: Transport":
    each chapter's a series named for it, the first's too (it had been "paragraph", the others
    named after their titles' words), so that each is cited as "Chapter 2, para. 1"."""
    report = ingest_file(SHAPES / "report-numbered-afresh-in-each-chapter.txt")
    assert [(u.series, u.label) for u in report.paragraphs] == [
        ("chapter-1", "1"),
        ("chapter-1", "2"),
        ("chapter-1", "3"),
        ("chapter-2", "1"),
        ("chapter-2", "2"),
        ("chapter-3", "1"),
        ("chapter-3", "2"),
        ("chapter-3", "3"),
    ]
    assert reference(report.paragraphs[3]) == "Chapter 2, para. 1"


def test_a_council_report_numbers_its_sections_point_zero_and_gives_its_title_in_a_field() -> None:
    """A council's report to its cabinet: "1.0 Purpose of report" heads paragraphs 1.1, 1.2;
    the title is the cover's "Title:" field, not the kind of report above it; the contact
    officer after the last paragraph is no part of it."""
    report = ingest_file(SHAPES / "council-report-sections-numbered-point-zero.txt")
    assert (report.title, report.author) == ("Future of supported bus services", "Northshire County Council")
    assert [(u.label, u.section) for u in report.paragraphs] == [
        ("1.1", "1.0 Purpose of report"),
        ("1.2", "1.0 Purpose of report"),
        ("2.1", "2.0 Recommendations"),
        ("2.2", "2.0 Recommendations"),
        ("3.1", "3.0 Background"),
        ("3.2", "3.0 Background"),
        ("3.3", "3.0 Background"),
        ("4.1", "4.0 Financial implications"),
    ]
    assert report.paragraphs[-1].text.endswith("a saving of £300,000.")


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines, a header
def test_a_summary_numbered_in_roman_numerals_is_a_series_of_its_own(suffix: str) -> None:
    """A review numbers its summary i., ii., iii. and its chapters' paragraphs 1, 2 …: the
    summary had been front matter, lost; it is a series of its own, labelled as printed."""
    review = ingest_file(SHAPES / f"review-summary-numbered-in-roman-numerals.{suffix}")
    assert [u.label for u in review.paragraphs] == ["i", "ii", "iii", "1", "2", "3", "4", "5"]
    summary = review.paragraphs[:3]
    assert len({u.series for u in summary}) == 1 and summary[0].series != "paragraph"
    assert (
        summary[2].text
        == "We recommend a cap on the lifetime costs that any one person must pay for their care."
    )
    if suffix == "txt":  # in the PDF, with no blank lines, "Summary" under the date is no heading
        assert summary[0].series == "summary"


def test_a_list_in_roman_numerals_under_a_colon_and_a_notes_mark_stays_in_its_paragraph(
    tmp_path: Path,
) -> None:
    """ "… the following categories of claimants:195" over "(i) Claimants who …": the list is
    the paragraph's, the note's mark after the colon notwithstanding."""
    path = tmp_path / "report.txt"
    path.write_text(
        "1. The scheme opened in 2021 and has paid over 2,000 claims to date.\n\n"
        "2. As from January 2024 the sum became available to the following categories of claimants:7\n"
        "(i) Claimants who had already settled their claims for less.\n"
        "(ii) Claimants who had received offers which they had not accepted.\n\n"
        "3. Claimants who accept are paid promptly following acceptance.\n\n"
        "7 Department for Business and Trade, press release\n",
        encoding="utf-8",
    )
    report = ingest_file(path)
    assert [(u.series, u.label) for u in report.paragraphs] == [("paragraph", str(n)) for n in (1, 2, 3)]
    assert report.paragraphs[1].text.endswith("offers which they had not accepted.")


@pytest.mark.parametrize("suffix", BOTH)  # the PDF printed with reportlab: no blank lines, a header
def test_paragraphs_numbered_three_levels_deep_under_numbered_section_titles(suffix: str) -> None:
    """A regulator's consultation numbers its paragraphs 1.1.1, 1.1.2, 1.2.1 … under section
    titles "1.1 Purpose of this consultation", themselves under "1 Introduction": the numbers
    had been left in the text of unnumbered blocks; each paragraph is a unit labelled as
    printed under its section's title, and the office on the cover is the author."""
    consultation = ingest_file(SHAPES / f"consultation-numbered-three-levels-deep.{suffix}")
    assert consultation.author == "Office of Communications"
    assert [(u.label, u.section) for u in consultation.paragraphs] == [
        ("1.1.1", "1.1 Purpose of this consultation"),
        ("1.1.2", "1.1 Purpose of this consultation"),
        ("1.2.1", "1.2 Background"),
        ("1.2.2", "1.2 Background"),
        ("2.1.1", "2.1 Raising the minimum speed"),
        ("2.1.2", "2.1 Raising the minimum speed"),
        ("2.2.1", "2.2 Cost threshold"),
    ]
    assert consultation.paragraphs[0].text.startswith("This document sets out our proposals")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_ministerial_statement_is_the_ministers_own(pdf: bool) -> None:
    """ "Statement made by Simon Hoare, Minister for Local Government, on 18 December 2023":
    the minister is its author and speaker, without the date; its four paragraphs its units.
    In a PDF's text the byline fills its line and "Statement UIN HCWS133" is under it: no wrap
    of the byline's, which ends on its date (the statement had been authorless)."""
    text = (SHAPES / "written-ministerial-statement.txt").read_text()
    statement = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (statement.author, statement.date) == ("Simon Hoare, Minister for Local Government", "2023-12-18")
    assert [u.label for u in statement.paragraphs] == ["1", "2", "3", "4"] or pdf  # a full line ends one
    assert {u.speaker for u in statement.paragraphs} == {"Simon Hoare, Minister for Local Government"}


def test_a_numbered_list_in_prose_does_not_make_the_prose_front_matter() -> None:
    """A briefing's only numbers are its three recommendations ("1. We recommend …") after
    pages of prose: read as a numbered report, every paragraph before them was front matter,
    left out. Its numbered units hold little of its words, so it is prose, the list in it: under
    the heading "Recommendations", the paper's recommendations 1 to 3 (they had been blocks 7 to
    9, their numbers in their text)."""
    briefing = ingest_file(SHAPES / "briefing-paper-with-a-numbered-list.txt")
    texts = [u.text for u in briefing.paragraphs]
    assert len(texts) == 9 and texts[0].startswith("The Total Place pilots asked a simple question")
    assert [(u.series, u.label, u.text[:13]) for u in briefing.paragraphs[6:9]] == [
        ("recommendation", str(n), "We recommend ") for n in (1, 2, 3)
    ]


@pytest.mark.parametrize("spaced", [True, False], ids=["as written", "no blank lines"])
def test_a_special_report_appending_a_response_credits_a_committee_named_with_a_comma(
    tmp_path: Path, spaced: bool
) -> None:
    """A committee's special report appends the Government's answers under "Recommendation N"
    headings; the recommendations are the committee's, whose name holds a comma ("Levelling
    Up, Housing and Communities Committee"), not the part of it after the comma, nor with the
    "House of Commons" printed on the line over it (it had been so named). With no blank
    lines and wrapped (as a PDF gives it), each answer starts where the Government says where it stands
    ("The Government agrees.") under a full line ending the recommendation's sentence."""
    text = (SHAPES / "special-report-appending-a-response.txt").read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_text(text if spaced else as_pdf_text(text), encoding="utf-8")
    report = ingest_file(path)
    assert [u.series for u in report.paragraphs] == ["recommendation", "response"] * 3
    recommending = {u.speaker for u in report.paragraphs if u.series == "recommendation"}
    assert recommending == {"Levelling Up, Housing and Communities Committee"}


def test_a_special_report_with_an_hc_number_is_read_as_the_response_it_prints() -> None:
    """A House of Commons cover with an HC number, over "Recommendation N" headings each
    answered under "Government response": the recommendations and the answers, not a
    committee report's paragraphs (that reading had kept the special report's paragraph 1 as
    "recommendation 1" and the answers as three "response 1", the recommendations' own text
    in no unit)."""
    report = ingest_file(SHAPES / "special-report-with-an-hc-number-and-response-headings.txt")
    assert [(u.series, u.label) for u in items_answered(report)] == [
        (series, str(n)) for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    second = items_answered(report)[2]
    assert second.text == (
        "The Department should assess the impact of the two-child limit on child poverty and publish its"
        " assessment. (Paragraph 27)"
    )
    assert {u.speaker for u in items_answered(report)[1::2]} == {"Government"}
    assert {u.speaker for u in items_answered(report)[::2]} == {"Work and Pensions Committee"}
    assert items_answered(report)[5].text.endswith("which will report in 2026.")


def test_questions_and_their_answers_under_an_issuer_dated_on_its_line() -> None:
    """Frequently asked questions: each answer under its question, the issuer named on a line
    that ends with the date ("Leadership Centre for Local Government, March 2010") the author
    who speaks them, not the title."""
    faq = ingest_file(SHAPES / "faq-questions-with-their-answers.txt")
    assert (faq.author, faq.date) == ("Leadership Centre for Local Government", "2010-03")
    assert [u.section for u in faq.paragraphs] == [
        "Q1. What is Total Place?",
        "Q2. Who took part?",
        "Q3. What did the pilots find?",
        "Q4. What happens next?",
    ]
    assert {u.speaker for u in faq.paragraphs} == {"Leadership Centre for Local Government"}


def test_a_note_in_bullets_lists_its_attendees_as_participants_and_each_point_as_a_unit() -> None:
    """A roundtable's note: "Attendees" over a bulleted list of names (the chair marked
    "(Chair)"), then points in bullets under headings, no sentence introducing them. The
    attendees are participants, not text; each point is a unit, not one unit a heading."""
    note = ingest_file(SHAPES / "roundtable-note-in-bullets-with-attendees.txt")
    assert [(p.name, p.organisation, p.role) for p in note.participants[:2]] == [
        ("Sarah Jones", "Department for Education", "chair"),
        ("Dr Amir Patel", "Northshire College", "participant"),
    ]
    assert len(note.participants) == 4
    assert [(u.section, u.text.split()[0]) for u in note.paragraphs] == [
        ("Key points", "Employers"),
        ("Key points", "Colleges"),
        ("Key points", "The"),
        ("Barriers", "Funding"),
        ("Barriers", "Small"),
        ("Actions", "The"),
        ("Actions", "Northshire"),
    ]
    assert note.paragraphs[0].text.endswith("cannot find enough trained staff to meet it.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_paragraphs_numbered_in_brackets_and_a_title_that_ends_with_a_councils_name(pdf: bool) -> None:
    """An ombudsman's decision numbers its paragraphs "(1)", "(2)": paragraphs 1 to 5, without
    the brackets; its title ends with the council it is about ("… about Northshire County
    Council") and is no issuer's name, so it stays the title. In a PDF's text, "(1)" straight
    under its heading opens a paragraph as "1" would (the decision had been blocks)."""
    text = (SHAPES / "ombudsman-decision-numbered-in-brackets.txt").read_text(encoding="utf-8")
    decision = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert decision.title == "Decision on a complaint about Northshire County Council"
    assert decision.author == "Local Government and Social Care Ombudsman"
    assert [(u.series, u.label, u.text[:6]) for u in decision.paragraphs] == [
        ("paragraph", "1", "Mrs X "),
        ("paragraph", "2", "She sa"),
        ("paragraph", "3", "The la"),
        ("paragraph", "4", "The Co"),
        ("paragraph", "5", "I find"),
    ]


@pytest.mark.parametrize(
    ("cover", "issuer"),
    [
        ("Local Government and Social Care\nOmbudsman", "Local Government and Social Care Ombudsman"),
        ("Community Affairs\nReferences Committee", "Community Affairs References Committee"),
        ("Y Pwyllgor Cyllid\nThe Finance Committee", "The Finance Committee"),  # two languages, two names
    ],
)
def test_an_issuers_name_wrapped_on_the_cover_is_one_name(tmp_path: Path, cover: str, issuer: str) -> None:
    """A name in large type wraps sooner than the body's lines: "… Social Care" over
    "Ombudsman" is one issuer, the author, and neither half the title; a name of its own under
    another ("The Finance Committee" under its Welsh) is not run on to it."""
    text = (SHAPES / "ombudsman-decision-numbered-in-brackets.txt").read_text(encoding="utf-8")
    path = tmp_path / "decision.txt"
    path.write_text(text.replace("Local Government and Social Care Ombudsman", cover, 1), encoding="utf-8")
    decision = ingest_file(path)
    assert decision.author == issuer
    assert "Ombudsman" not in decision.title and "Committee" not in decision.title


@pytest.mark.parametrize(
    ("byline", "issuer"),
    [
        ("Report of the Economy Committee", "Economy Committee"),
        ("Final report of the Select Committee on Rural Transport", "Select Committee on Rural Transport"),
        ("Report of the Commission on Rural Transport", "Commission on Rural Transport"),
    ],
)
def test_a_report_of_a_committee_on_its_cover_is_the_committees(byline: str, issuer: str) -> None:
    """ "Report of the Economy Committee" under the title names the committee, whose the
    report and its paragraphs are (the author had been the whole line, or, where the line runs
    on past the body's name, nobody: the title spoke every paragraph)."""
    text = (SHAPES / "report-notes-after-page-numbers.txt").read_text(encoding="utf-8")
    assert "\nReport of the Economy Committee\n" in text
    report = read_genre(text.replace("Report of the Economy Committee", byline, 1), load_themes()).document
    assert report.title == "Rural Bus Services in Wales"
    assert report.author == issuer
    assert {u.speaker for u in report.paragraphs} == {issuer}


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_a_ministers_statement_is_titled_by_the_review_it_announces(printed: str) -> None:
    """A written ministerial statement: "Written Ministerial Statement" over the department,
    "Made by: Bridget Phillipson (Secretary of State for Education)" and the review it
    announces. The minister made it and speaks it, the review is its subject and title, the
    department issued it (the title had been the kind of paper, the review its author); with no
    blank lines between, the statement's number under the review ("HCWS12") is no title.
    Narrow, at 60 characters, the "Made by:" field wraps inside its bracket over "Education)":
    still the field's (it had been the title)."""
    text = (SHAPES / "written-ministerial-statement-made-by-a-secretary-of-state.txt").read_text()
    if printed == "narrow":
        text = narrow(text, 60)
        assert "State for\nEducation)\n" in text
    statement = read_genre(
        as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()
    ).document
    assert (statement.title, statement.author, statement.date) == (
        "Curriculum and Assessment Review",
        "Bridget Phillipson",
        "2024-07-18",
    )
    assert {u.speaker for u in statement.paragraphs} == {"Bridget Phillipson"}
    said = " ".join(u.text for u in statement.paragraphs)
    assert "- how the curriculum can better reflect" in said and "HCWS12" not in said
    assert citation(statement, statement.paragraphs[0]).startswith(
        "Department for Education, Curriculum and Assessment Review (18 July 2024), "
    )


EVENT = (
    SHAPES / "event-transcript-its-speakers-headed-without-their-titles-then-questions-from-the-audience.txt"
)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_events_speakers_headed_by_name_without_their_titles_speak_under_them(pdf: bool) -> None:
    """An event's transcript lists "Dr Hannah White, Director, …" and "Dame Sue Owen, …" and
    heads their words "Hannah White" and "Sue Owen": theirs, as listed (they had been the
    institute's, the author's). As a PDF's text, the list's last entry runs near the full
    width straight over the first heading, "Hannah White", printed again over her later
    turns: a heading there too (it had joined the entry, a unit, every attribution one off)."""
    text = EVENT.read_text(encoding="utf-8")
    transcript = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [p.name for p in transcript.participants] == ["Dr Hannah White", "Alex Thomas", "Dame Sue Owen"]
    assert transcript.paragraphs[0].text.startswith("Good morning everyone")
    assert [u.speaker for u in transcript.paragraphs[:5]] == [
        "Dr Hannah White",
        "Alex Thomas",
        "Alex Thomas",
        "Dame Sue Owen",
        "Dr Hannah White",
    ]


def test_an_events_speakers_headed_by_name_in_capitals_speak_under_them_as_listed() -> None:
    """The same transcript, each speaker's name set in capitals over their words ("HANNAH
    WHITE", "SUE OWEN"): labels, each speaker as listed. "SUE OWEN", heading her only turn,
    had been no label (a name in capitals had to come back), and her words had been lost."""
    lines = EVENT.read_text(encoding="utf-8").split("\n")
    names = {"Hannah White", "Alex Thomas", "Sue Owen"}
    text = "\n".join(line.upper() if line in names else line for line in lines)
    transcript = read_genre(text, load_themes()).document
    assert [u.speaker for u in transcript.paragraphs[:4]] == [
        "Dr Hannah White",
        "Alex Thomas",
        "Dame Sue Owen",
        "Dr Hannah White",
    ]
    assert transcript.paragraphs[2].text.startswith("I agree with Alex about turnover.")


def test_a_question_from_the_audience_under_its_askers_heading_is_kept() -> None:
    """ "Audience member (Tom Richards, Civil Service World)" over "Thank you. Is the growth
    in headcount a problem …?", under "Questions from the audience": the question is said, no
    heading (it had been taken for one and lost, the speaker's heading below it), and the
    floor's."""
    transcript = ingest_file(EVENT)
    asked = next(u for u in transcript.paragraphs if "growth in headcount" in u.text)
    assert asked.text.startswith("Thank you. Is the growth in headcount a problem in itself")
    assert asked.speaker == "Discussion"
    assert [u.speaker for u in transcript.paragraphs[-2:]] == ["Alex Thomas", "Dr Hannah White"]


@pytest.mark.parametrize("layout", ["as written", "as a PDF's text", "wrapped at 72"])
def test_recommendations_numbered_a_level_under_their_numbered_headings(layout: str) -> None:
    """A guideline numbers its recommendations a level under numbered headings: "1.1.1 Social
    workers should …" under "1.1 Principles of social work …", "1.2.1" under "1.2 Assessment":
    each a unit labelled as printed, under its heading (the numbering had stopped at the
    headings, the text read as prose, each recommendation a block numbered 3 to 7). The
    guideline speaks them; wrapped as a word processor's PDF gives it, its cover's sentence
    "People have the right to be involved in discussions and make informed" over "decisions
    about their care." had made them a discussion's."""
    text = (SHAPES / "guideline-recommendations-numbered-a-level-under-numbered-headings.txt").read_text()
    if layout != "as written":
        wrapped = "\n".join(textwrap.fill(line, 72) for line in text.split("\n"))
        text = as_pdf_text(text) if layout == "as a PDF's text" else wrapped
    guideline = read_genre(text, load_themes()).document
    assert {u.speaker for u in guideline.paragraphs} == {guideline.title}  # not "Discussion"
    assert [(u.label, u.section) for u in guideline.paragraphs] == [
        *(
            (label, "1.1 Principles of social work with adults with complex needs")
            for label in ("1.1.1", "1.1.2", "1.1.3")
        ),
        *((label, "1.2 Assessment") for label in ("1.2.1", "1.2.2")),
    ]
    assert guideline.paragraphs[0].text.startswith("Social workers should build relationships")


def test_a_list_numbered_in_brackets_under_a_paragraph_stays_in_it(tmp_path: Path) -> None:
    """ "2. We recommend that the Government:" over "(1) Gives …", "(2) Publishes …": the
    items are the paragraph's list, not a numbering series of their own."""
    path = tmp_path / "report.txt"
    items = ["(1) Gives councils multi-year settlements.", "(2) Publishes data on route cuts."]
    body = ["1. Routes have fallen by a third.", "2. We recommend that the Government:", *items]
    path.write_text("\n\n".join(["Transport Committee", "Rural buses", *body, "3. We will return."]))
    report = ingest_file(path)
    assert [(u.series, u.label) for u in report.paragraphs] == [("paragraph", n) for n in ("1", "2", "3")]
    assert report.paragraphs[1].text.endswith("(2) Publishes data on route cuts.")


def test_a_command_papers_cover_gives_its_month_and_heads_no_paragraph(tmp_path: Path) -> None:
    """ "Presented to Parliament June 2024" dates the paper (it was undated); neither it nor
    the paper's number ("CP 1100") on the line above paragraph 1 is that paragraph's heading."""
    path = tmp_path / "paper.txt"
    cover = ["Department for Transport", "Bus review", "Presented to Parliament June 2024", "CP 1100"]
    body = ["1. Buses matter to everyone.", "2. Routes have fallen by a third.", "3. We will act."]
    path.write_text("\n\n".join([*cover, *body]), encoding="utf-8")
    paper = ingest_file(path)
    assert paper.date == "2024-06"
    assert [u.label for u in paper.paragraphs] == ["1", "2", "3"]
    assert paper.paragraphs[0].section not in cover[2:]


@pytest.mark.parametrize(
    ("cover", "title"),
    [
        (
            ["HOUSE OF LORDS", "Science and Technology Select Committee", "2nd Report of Session 2010–12"],
            "Behaviour Change",
        ),
        (["Post Office Horizon IT Inquiry"], "Post Office Horizon IT Inquiry Report Volume 1"),
    ],
)
def test_a_short_title_under_its_issuer_with_no_blank_line_between(
    tmp_path: Path, cover: list[str], title: str
) -> None:
    """As a PDF gives a cover, line under line: a short title under the House, the committee
    and the report's number is the title alone; only what names no subject ("Report Volume 1")
    keeps the issuer's name above it."""
    path = tmp_path / "report.txt"
    head = [*cover, title.removeprefix(cover[0]).strip(), "Ordered to be printed 12 July 2011"]
    body = ["Chapter 1: Introduction", "1.1. Nudges alone rarely work.", "1.2. Nor do taxes."]
    path.write_text("\n".join(head) + "\n\n" + "\n\n".join(body), encoding="utf-8")
    assert ingest_file(path).title == title


@pytest.mark.parametrize(
    ("cover", "heading"),
    [
        (["Local Government Association", "Councils and the cost of living", "January 2023"], "Summary"),
        (["Independent Review of Bus Funding", "12 March 2024"], "Introduction"),
    ],
)
def test_a_heading_under_the_covers_date_heads_the_first_paragraph(
    tmp_path: Path, cover: list[str], heading: str
) -> None:
    """As a PDF gives its text, with no blank lines: the cover's date line is complete, so the
    short line under it, over paragraph 1, is that paragraph's heading, not more cover."""
    path = tmp_path / "paper.txt"
    body = ["1) Routes have fallen by a third.", "2) Fares rose faster than wages.", "3) We recommend more."]
    path.write_text("\n".join([*cover, heading, *body]), encoding="utf-8")
    paper = ingest_file(path)
    assert [(u.label, u.section) for u in paper.paragraphs] == [(n, heading) for n in ("1", "2", "3")]


def test_speakers_headings_over_numbered_paragraphs_with_no_blank_lines(tmp_path: Path) -> None:
    """A roundtable's note as a PDF gives it, line under line: a speaker's heading nearly as
    wide as the text, under a short line ("Note of discussion") or a paragraph's end, heads
    the numbered paragraphs below it."""
    path = tmp_path / "note.txt"
    lines = [
        "Centre for Public Innovation",
        "Roundtable: Data sharing between public services",
        "London, 21 September 2016",
        "Note of discussion",
        "Opening remarks: Sir Mark Walport, Government Chief Scientific Adviser",
        "1. Sir Mark opened by saying that most failures of data sharing were failures of trust",
        "rather than of technology.",
        "2. He pointed to the troubled families programme, where councils had matched records",
        "across six agencies.",
        "Response: Anna Brown, Director of Data, Local Government Association",
        "3. Ms Brown said councils wanted clearer legal gateways, not new legislation.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    note = ingest_file(path)
    assert [(u.label, u.speaker, u.section) for u in note.paragraphs] == [
        ("1", "Sir Mark Walport", lines[4]),
        ("2", "Sir Mark Walport", lines[4]),
        ("3", "Anna Brown", lines[9]),
    ]


def test_a_papers_title_over_its_byline_with_no_blank_line_is_its_cover(tmp_path: Path) -> None:
    """A briefing as a PDF gives it, its paragraph wrapped and no blank lines: its long title
    over "A briefing paper by the …" is the cover (title, author, date), not the paper's first
    paragraph."""
    path = tmp_path / "briefing.txt"
    title = "Making places work: lessons from Total Place for the next spending review"
    cover = [title, "A briefing paper by the Institute for Local Futures", "Published 12 March 2011"]
    body = [
        "The Total Place pilots asked a simple question: how much public money is spent in a place,",
        "and could it be spent better if the agencies there worked together? The answer, in most of",
        "the thirteen pilot areas, was that nobody knew the total, and that a good deal of it was",
        "spent on the consequences of problems that earlier action could have prevented.",
    ]
    path.write_text("\n".join([*cover, "Introduction", *body]), encoding="utf-8")
    paper = ingest_file(path)
    assert (paper.title, paper.author, paper.date) == (title, "Institute for Local Futures", "2011-03-12")
    assert [(u.section, u.text) for u in paper.paragraphs] == [("Introduction", " ".join(body))]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_roundtable_summarys_speakers_are_its_headings_names_a_councillor_or_an_attendee(pdf: bool) -> None:
    """A think tank's roundtable summary ("New Economics Forum" over the title): a section
    headed "Cllr Amir Khan, …" is his, and one headed "Sarah Lewis, Principal, City College"
    hers, as the attendees' list after the text names her; other sections are the Forum's, but
    what "Participants agreed …" and "Several participants said …", the discussion's."""
    text = (SHAPES / "roundtable-summary-speakers-headed-by-name-with-attendees-after.txt").read_text()
    summary = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (summary.title, summary.author, summary.date) == (
        "Roundtable summary: Devolving skills funding to city regions",
        "New Economics Forum",
        "2024-11-14",
    )
    assert [u.speaker for u in summary.paragraphs] == [
        *["New Economics Forum"] * 2,
        *["Cllr Amir Khan"] * 2,
        "Sarah Lewis",
        *["Discussion"] * 2,
        "New Economics Forum",
    ]
    assert [p.name for p in summary.participants] == [
        "Dr Helen Marsh",
        "Cllr Amir Khan",
        "Sarah Lewis",
        "Tom Reid",
    ]
    assert summary.paragraphs[0].section == "Background"  # under "Chaired by …", a credit, not text
    assert {u.section for u in summary.paragraphs[2:5]} == {"Session one: what devolution has changed"}


@pytest.mark.parametrize("mark", ["\uf0b7", "\uf0a7", "\x7f"])
def test_bullets_set_in_a_symbol_font_are_bullets(tmp_path: Path, mark: str) -> None:
    """A PDF made from Word gives its Symbol and Wingdings bullets as private-use characters
    (U+F0B7, U+F0A7), and one whose font maps no character to its bullet as a control one
    (U+007F, as pypdf reads ReportLab's Helvetica): each opens an item, as "•" does, and none
    is left in the text (the control one had been dropped, the items run together)."""
    path = tmp_path / "note.txt"
    items = [f"{mark} Employers want more installers", f"{mark} Colleges cannot recruit lecturers"]
    path.write_text("\n".join(["Note of a roundtable", "", "Key points", *items]), encoding="utf-8")
    note = ingest_file(path)
    assert [u.text for u in note.paragraphs] == [
        "Employers want more installers",
        "Colleges cannot recruit lecturers",
    ]


@pytest.mark.parametrize("suffix", BOTH)
def test_an_unnumbered_seminar_reports_discussion_themes_are_the_discussions(suffix: str) -> None:
    """ "Discussion" over "Shared outcomes" and "Data sharing": a part of many voices, its
    themes' headings naming no one; the keynote speakers' headings name them, and leave their
    part's heading their section ("Keynote presentations", not the name and post again)."""
    report = ingest_file(SHAPES / f"seminar-report-unnumbered-discussion-in-themes.{suffix}")
    assert [(u.speaker, u.section) for u in report.paragraphs][2:] == [
        ("Dame Ruth Carver", "Keynote presentations"),
        ("Dame Ruth Carver", "Keynote presentations"),
        ("Mr Paul Okafor", "Keynote presentations"),
        ("Discussion", "Shared outcomes"),
        ("Discussion", "Shared outcomes"),
        ("Discussion", "Data sharing"),
    ]
    assert len(report.participants) == 4


def test_a_participants_last_entry_at_the_texts_end_is_no_heading() -> None:
    """The report at 60 characters, its participants listed a line each at its end: "Ms Anita
    Desai, Department for Education", short under the fuller lines above it and over nothing,
    is the list's last entry, no heading (she had been lost from the participants)."""
    text = narrow(
        (SHAPES / "seminar-report-unnumbered-discussion-in-themes.txt").read_text(encoding="utf-8"), 60
    )
    report = read_genre(text, load_themes()).document
    assert [p.name for p in report.participants][-1] == "Ms Anita Desai"
    assert len(report.participants) == 4


@pytest.mark.parametrize("width", [None, 60])
def test_a_committees_official_report_lists_its_deputy_as_a_member_and_its_witnesses(
    width: int | None,
) -> None:
    """A deputy convener is a member, not the chair; "The following also participated:" lists
    the witnesses, and "Professor Riddell" speaks as the list names her, with her university
    (she had been named without it, as had Laura Watkins without her coalition). At 60
    characters the agenda item over the first turn, alone between blank lines, nearly fills its
    line: still the first turns' section (they had had none)."""
    text = (
        SHAPES / "committee-official-report-with-a-deputy-and-those-who-also-participated.txt"
    ).read_text()
    report = read_genre(narrow(text, width) if width else text, load_themes()).document
    assert report.paragraphs[0].section == "Additional Support for Learning: Evidence Session"
    assert sorted((p.name, p.organisation, p.role) for p in report.participants) == [
        ("Laura Watkins", "Scottish Children's Services Coalition", "witness"),
        ("Professor Sheila Riddell", "University of Edinburgh", "witness"),
        ("Ruth Maguire", "", "member"),
        ("Sue Webber", "", "chair"),
        ("Willie Rennie", "", "member"),
    ]
    assert [u.speaker for u in report.paragraphs][1:3] == [
        "Professor Sheila Riddell, University of Edinburgh",
        "Laura Watkins, Scottish Children's Services Coalition",
    ]


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_an_event_lists_its_chair_and_speakers_under_its_date(printed: str) -> None:
    """A think tank's event summary names its chair on the label's line ("Chair: Dr Amara
    Okafor, Director of Research, …") and its speakers under "Speakers:": they take part, the
    chair chairing, and each speaks under the heading of their name (the chair's line had been a
    section heading, "Speakers:" a paragraph, and every section the Institute's). "Event
    summary" between the Institute and the title is no part of the title, in a PDF too. An
    answer from the floor's question is the speaker it opens by naming ("A: Hannah Fox agreed
    …", "A: Cllr Ward replied …"; they had been the discussion's). Narrow, wrapped at 75
    characters, the chair's post runs on to "Studies" alone: hers (it had been a chair of its
    own)."""
    text = (SHAPES / "event-summary-its-chair-and-speakers-listed-under-the-date.txt").read_text()
    if printed == "narrow":
        text = narrow(text, 75)
        assert "Institute for Community\nStudies\n" in text
    summary = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()).document
    assert [(p.name, p.title, p.organisation, p.role) for p in summary.participants] == [
        ("Dr Amara Okafor", "Director of Research", "Institute for Community Studies", "chair"),
        ("Cllr Ian Ward", "Leader", "Birmingham City Council", "participant"),
        ("Professor Gerry Stoker", "", "University of Southampton", "participant"),
        ("Hannah Fox", "Chief Executive", "Democratic Society", "participant"),
    ]
    assert (summary.title, summary.date) == ("Rebuilding trust in local democracy", "2024-03-05")
    spoken = [(u.speaker, u.section) for u in summary.paragraphs]  # a PDF may run two paragraphs into one
    assert [turn for turn, _ in itertools.groupby(spoken)] == [
        ("Dr Amara Okafor", "Opening remarks"),  # "Dr Amara Okafor opened the event …"
        *((name, name) for name in ("Cllr Ian Ward", "Professor Gerry Stoker", "Hannah Fox")),
        ("Discussion", "Questions from the floor"),
        ("Hannah Fox", "Questions from the floor"),
        ("Discussion", "Questions from the floor"),
        ("Cllr Ian Ward", "Questions from the floor"),
        ("Dr Amara Okafor", "Closing"),  # "Dr Okafor thanked the speakers …"
    ]
    asked = [u.text for u in summary.paragraphs if u.section == "Questions from the floor"]
    assert asked[0].startswith("A resident from Handsworth asked")  # "Q: " its label, no part of it


def test_a_note_numbering_two_of_its_paragraphs_keeps_every_sentence() -> None:
    """Two numbered paragraphs are no numbering to read by: the note reads as prose, its title,
    date and issuer from its cover and every paragraph kept (it had been read as a seminar,
    untitled and undated, its opening paragraph a heading and lost, every unit spoken by
    "Introduction")."""
    text = (
        "Centre for Local Futures\n\nA note on council tax reform\n\nJune 2024\n\n"
        "Council tax is based on property values from 1991. This note sets out two options.\n\n"
        "1. Revaluation. A revaluation would bring bands up to date.\n\n"
        "2. A proportional property tax. This would replace bands with a share of value.\n\n"
        "We will publish a fuller paper in the autumn.\n"
    )
    note = read_genre(text, load_themes()).document
    assert (note.title, note.date, note.author) == (
        "A note on council tax reform",
        "2024-06",
        "Centre for Local Futures",
    )
    assert [u.text for u in note.paragraphs] == [block.strip() for block in text.split("\n\n")[3:]]
    assert {u.speaker for u in note.paragraphs} == {"Centre for Local Futures"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_chairs_introduction_heading_names_who_speaks_under_it(pdf: bool) -> None:
    """ "Chair's introduction – Baroness Jane Hollis" over paragraphs numbered "1)", "2)": she
    speaks them, as the keynote's heading gives him his (they had been the Forum's)."""
    text = (SHAPES / "seminar-numbered-with-brackets-opened-by-the-chairs-introduction.txt").read_text()
    seminar = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.label, u.speaker) for u in seminar.paragraphs] == [
        ("1", "Baroness Jane Hollis"),
        ("2", "Baroness Jane Hollis"),
        ("3", "Professor Chris Whitty"),
        ("4", "Professor Chris Whitty"),
        ("5", "Discussion"),
        ("6", "Discussion"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_lettered_conclusions_before_the_numbered_paragraphs_are_units(pdf: bool) -> None:
    """A scrutiny review summarises its conclusions "a)", "b)", "c)" under their heading before
    its numbered paragraphs: each is a conclusion, labelled by its letter (they had been left
    out as front matter, and were in a PDF's text, with no blank line under the heading);
    "(a)", "(b)" straight after a numbered paragraph stay its list."""
    written = (
        SHAPES / "scrutiny-review-lettering-its-conclusions-before-its-numbered-paragraphs.txt"
    ).read_text()
    text = as_pdf_text(written) if pdf else written
    review = read_genre(text, load_themes()).document
    assert [(u.series, u.label) for u in review.paragraphs] == [
        *(("conclusion", letter) for letter in "abc"),
        *(("paragraph", str(n)) for n in range(1, 7)),
    ]
    assert review.paragraphs[1].text == "Route planning is done by hand and has not been reviewed since 2016."
    listed = written.replace("3. Spending", "3. We found two things.\n\n(a) Spending").replace(
        "2022/23.", "2022/23.\n\n(b) It went on rising."
    )
    listed = as_pdf_text(listed) if pdf else listed
    found = read_genre(listed, load_themes()).document
    assert [u.label for u in found.paragraphs] == [u.label for u in review.paragraphs]
    assert found.paragraphs[5].text.endswith("(b) It went on rising.")


def test_a_participants_table_in_markdown_over_the_numbered_paragraphs() -> None:
    """A roundtable written in Markdown tables its participants ("| Stephen Evans (chair) |
    Learning and Work Institute |") under "## Participants", before its numbered paragraphs:
    they took part, the chair chairing, and none of it is the author (the rows had been left
    out, the chair's row taken for the author)."""
    roundtable = ingest_file(SHAPES / "roundtable-in-markdown-listing-its-participants-in-a-table.md")
    assert [(p.name, p.organisation, p.role) for p in roundtable.participants] == [
        ("Stephen Evans", "Learning and Work Institute", "chair"),
        ("Dr Fiona Aldridge", "WorldSkills UK", "participant"),
        ("Mark Ellis", "Association of Colleges", "participant"),
    ]
    assert (roundtable.title, roundtable.author) == ("Roundtable: the future of adult education", "")
    assert [u.label for u in roundtable.paragraphs] == ["1", "2", "3"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_presenter_line_under_a_session_names_who_speaks(pdf: bool) -> None:
    """ "Presenter: Professor Alan Hughes, King's Fund" under "Session 1: The funding gap" names
    who speaks until the questions (the paragraphs had been the Centre's)."""
    text = (SHAPES / "seminar-in-sessions-each-opened-by-its-presenter.txt").read_text()
    seminar = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [u.speaker for u in seminar.paragraphs] == [
        *["Professor Alan Hughes"] * 2,
        *["Discussion"] * 2,
        *["Dr Maria Santos"] * 2,
        "Discussion",
    ]
    assert seminar.title == "Rethinking Adult Social Care: Policy Seminar Report"


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_a_cover_under_its_paper_number_and_session_is_titled_below_them(printed: str) -> None:
    """A parliament's report opens "Published 29 November 2023", "SP Paper 270", "2nd Report,
    2023 (Session 6)", then its committee and title: the serial lines are no title (they had
    been it). In a PDF's text the contents page under the title is no more of it, and the
    two-line running header (the committee over the title) is found on every page, the first
    too, where no page number stands beside it: the page's note ends there (it had run on
    through the rest of the report). Narrow, each line wrapped at 75 characters, the header's
    title wraps onto "(Session 6)": that is header too (it had ended paragraphs 4 and 7)."""
    text = (SHAPES / "bill-report-under-its-paper-number-and-session-over-a-contents-page.txt").read_text()
    if printed == "narrow":
        text = narrow(text, 75)
        assert text.count("2023\n(Session 6)\n") == 3
    report = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()).document
    assert not [u.label for u in report.paragraphs if "Session" in u.text]
    assert (report.title, report.author, report.date) == (
        "Stage 1 Report on the Care Reform (Scotland) Bill",
        "Health, Social Care and Sport Committee",
        "2023-11-29",
    )
    assert [(u.label, u.page) for u in report.paragraphs] == [(str(n), 3 + (n > 4)) for n in range(1, 8)]
    assert [(u.label, [n.mark for n in u.footnotes]) for u in report.paragraphs if u.footnotes] == [
        ("3", ["1"]),
        ("5", ["2"]),
    ]
    assert report.paragraphs[4].text.endswith("what problem the new boards would solve.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_appg_report_signs_its_foreword_numbers_its_recommendations_and_quotes_its_witnesses(
    pdf: bool,
) -> None:
    """An APPG's report, in prose: the foreword signed "Rob Gould MP" is his (it had been the
    group's, and "Chair, APPG on Loneliness" a heading); "1.", "2.", "3." under
    "Recommendations" are its recommendations 1 to 3 (they had been blocks, their numbers in
    their text; in a PDF's text the first two one block); a quotation with "– Amina Yusuf,
    Manager, …" under it is hers, the line with it (it had been a block of its own)."""
    text = (SHAPES / "appg-report-quoting-its-witnesses-after-a-signed-foreword.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    foreword = [u for u in report.paragraphs if u.section == "Foreword"]
    assert foreword and {u.speaker for u in foreword} == {"Rob Gould MP"}
    listed = [(u.label, u.text) for u in report.paragraphs if u.series == "recommendation"]
    assert listed == [
        ("1", "The Government should publish a refreshed loneliness strategy within twelve months."),
        ("2", "Every local authority should name a lead officer for loneliness."),
        ("3", "Funding for community infrastructure should be protected in the next spending review."),
    ]
    quoted = [u for u in report.paragraphs if u.speaker == "Amina Yusuf"]
    assert [u.text[-48:] for u in quoted] == ["name.” – Amina Yusuf, Manager, Northside Community Hub"[-48:]]
    assert not any(u.text.startswith("–") for u in report.paragraphs)
    if not pdf:  # a PDF's text runs the respondent's words on from the paragraph above them
        assert "Survey respondent" in {u.speaker for u in report.paragraphs}


@pytest.mark.parametrize(
    "name",
    [
        "ruling-numbered-in-square-brackets",
        "senate-committee-report-its-recommendations-headed-over-numbered-paragraphs",
        "lords-report-headers-with-page-numbers",
    ],
)
def test_a_pdfs_text_without_page_breaks_ends_a_pages_notes_where_its_text_resumes(name: str) -> None:
    """Text copied from a PDF, no blank lines and no page breaks: a page's note ends where a
    numbered paragraph opens ("[5] Twelve …", "2.1 Aged care …"), or at the headings over one
    (the page's number between), and the page's number is no part of it; a heading under a
    sentence that ends with a note's mark ("… a network”.5" over "Box 1: …") is one; a running
    header is known by the page numbers on or beside it, counting up, and set aside. The
    paragraphs, their sections and notes read as they do with the page breaks (the first note
    had run on to the end of the ruling, taking half its paragraphs; a chapter's heading had
    been a note; a box had been the paragraph's above it)."""
    text = (SHAPES / f"{name}.txt").read_text()
    printed, pasted = (read_genre(t, load_themes()).document for t in (text, as_pdf_text(text)))

    def read(document: Document) -> list[tuple[str, str, list[str]]]:
        return [(u.series, u.label, [n.text for n in u.footnotes]) for u in document.paragraphs]

    assert read(pasted) == read(printed)
    assert any(u.footnotes for u in pasted.paragraphs)
    # a PDF's text runs a chapter's title on to the heading under it: "Chapter 1 Introduction Referral …"
    sections = [(u.section, p.section) for u, p in zip(pasted.paragraphs, printed.paragraphs, strict=True)]
    assert all(mine.endswith(theirs) for mine, theirs in sections if mine)  # "The Senate" on the cover: none


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_briefing_headed_by_its_issuer_is_theirs_and_titled_below(pdf: bool) -> None:
    """ "Local Government Association briefing" over the title: the association issued it, and
    the line is no part of the title (it had been run into it, the briefing authorless)."""
    text = (SHAPES / "briefing-headed-by-its-issuer-and-the-debate-it-is-for.txt").read_text()
    briefing = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (briefing.title, briefing.author, briefing.date) == (
        "Local Government Finance Settlement 2025/26",
        "Local Government Association",
        "2025-02-10",
    )
    assert {u.speaker for u in briefing.paragraphs} == {"Local Government Association"}


def test_a_paragraph_numbered_as_notes_are_under_a_pages_notes_is_no_note() -> None:
    """A PDF's text with no page breaks, its paragraphs numbered "5 We recommend …" as its
    notes are ("2 See Table 1."): a line numbered so under the notes that does not count on
    from the last one, under a finished line, is a paragraph (paragraphs 5 and 6 had been the
    last note's text); a note's line wrapping onto "6 January 2023 …" is still the note's."""
    text = (SHAPES / "ombudsman-report-numbered-without-dots.txt").read_text()
    report = read_genre(as_pdf_text(text), load_themes()).document
    assert [u.label for u in report.paragraphs if u.series == "paragraph"] == ["1", "2", "3", "4", "5", "6"]
    assert (
        report.paragraphs[-2].text
        == "We recommend that trusts publish their discharge waiting times each month."
    )
    wrapped = text.replace("See Table 1.", "See Table 1, revised on\n6 January 2024 by the trust.")
    noted = read_genre(as_pdf_text(wrapped), load_themes()).document
    assert (
        noted.paragraphs[2]
        .footnotes[-1]
        .text.startswith("See Table 1, revised on 6 January 2024 by the trust.")
    )


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_papers_lists_of_findings_and_recommendations_keep_the_prose_around_them(pdf: bool) -> None:
    """A paper's only numbers are its lists, "Key findings" 1 to 3 then "Recommendations" 1 and
    2: they are its findings and recommendations, and its introduction and conclusion are kept
    (read as a numbered report, both had been left out and the findings called paragraphs)."""
    text = (SHAPES / "paper-listing-its-findings-then-its-recommendations-between-prose.txt").read_text()
    paper = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label) for u in paper.paragraphs] == [
        ("block", "1"),
        *(("finding", str(n)) for n in (1, 2, 3)),
        *(("recommendation", str(n)) for n in (1, 2)),
        ("block", "2"),
    ]
    assert paper.paragraphs[-1].text.startswith("Adaptations are cheap compared with the care they prevent.")


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow", "narrower"])
@pytest.mark.parametrize(
    "labels_alone", ["", "\n", "\n\n"], ids=["fields on a line", "labels over values", "a blank between"]
)
def test_a_speech_page_is_its_speakers_under_its_title_its_fields_left_out(
    printed: str, labels_alone: str
) -> None:
    """A speech saved from a government's site: "Speech" over the title, a summary, then the
    page's fields ("From: Cabinet Office and The Rt Hon Helen Marsh MP", "Published: …",
    "Delivered on: …", "Location: …"). The fields and summary are the cover, the words the
    minister's, the date the day it was delivered (the summary and fields had been units, the
    speaker and title "Speech"). Narrow, wrapped at 75 characters, "Delivered on: … (Transcript
    of the speech, exactly as it was" over "delivered)" is still a field (it had been a unit), as
    is "… (Transcript of the speech," over "exactly as it was delivered)" at 60."""
    text = (SHAPES / "speech-page-saved-from-the-web-its-fields-over-the-transcript.txt").read_text()
    if labels_alone:  # "From:" over "Cabinet Office …", as a browser's copy or a Word file gives them
        text = re.sub(r"^([A-Z][a-z]+(?: on)?:) ", f"\\1{labels_alone}", text, flags=re.MULTILINE)
    if printed.startswith("narrow"):
        text = narrow(text, 75 if printed == "narrow" else 60)
    pdf = printed == "as a PDF's text"
    speech = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (speech.title, speech.author, speech.date) == (
        "Building a public service that listens",
        "The Rt Hon Helen Marsh MP",
        "2024-03-12",
    )
    assert [u.text.split(",")[0] for u in speech.paragraphs[:1]] == ["Good morning"]
    assert len(speech.paragraphs) == 9 or pdf  # a paragraph's last line as wide as the page runs on
    assert {u.speaker for u in speech.paragraphs} == {"The Rt Hon Helen Marsh MP"}
    assert [u.section for u in speech.paragraphs[:3]] == ["", "", "The problem"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_lecture_is_its_speakers_titled_under_the_name_of_its_series(pdf: bool) -> None:
    """ "The 2023 Beveridge Lecture" over its title, "Delivered by Professor Sarah Okafor, …"
    and its place and date under it: the lecture is hers and dated, the series' name is the kind
    of paper, no title, and the place is no section (the lecture had been undated and its
    speaker its title)."""
    text = (SHAPES / "lecture-delivered-by-its-speaker-under-the-name-of-its-series.txt").read_text()
    lecture = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (lecture.title, lecture.date) == ("Rebuilding the social contract", "2023-10-12")
    assert {(u.speaker, u.section) for u in lecture.paragraphs} == {
        ("Professor Sarah Okafor, London School of Economics", "")
    }
    assert len(lecture.paragraphs) == 5


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
@pytest.mark.parametrize("by", [False, True], ids=["name and post", "by name"])
def test_an_essay_collection_is_each_essays_authors_under_its_title(pdf: bool, by: bool) -> None:
    """Essays "Edited by Tom Ashworth", each under its title with its author's name and post
    below it ("Rachel Adeyemi, Senior Economist, Northern Economic Forum", or "By Rachel
    Adeyemi"): the essay is hers, its section its title (the name had been the section, the
    words the collection's title's; the editor had not been its author)."""
    text = (SHAPES / "essay-collection-each-chapter-under-its-authors-name-and-post.txt").read_text()
    if by:
        text = re.sub(r"^((?:[A-Z]\w+ )+[A-Z]\w+), [A-Z].*$", "By \\1", text, flags=re.MULTILINE)
        assert "\nBy Professor Ian Cole\n" in text
    essays = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert essays.author == "Tom Ashworth"
    assert list(dict.fromkeys((u.speaker, u.section) for u in essays.paragraphs)) == [
        ("Tom Ashworth", "Introduction"),
        ("Rachel Adeyemi", "1. The case for fiscal devolution"),
        ("Professor Ian Cole", "2. Mayors and accountability"),
        ("Cllr Mary Dunn", "3. What parishes can do"),
    ]


@pytest.mark.parametrize("layout", ["as written", "as a PDF's text", "wrapped at 75"])
def test_a_speech_is_its_speakers_and_its_questions_the_askers(layout: str) -> None:
    """A speech with the minister's name and post under its title ("The Rt Hon Helen Marsh
    MP, Secretary of State for …"), "Check against delivery" over its text and questions from
    the floor after it ("Q (Cllr Ann Price, Northshire County Council): …", "A: …", "Question
    from Mark Hughes, District Councils' Network: …"): the words
    are hers, each question its asker's, each answer hers, their labels no part of the text
    (the speech had been its title's, under the section "Check against delivery"; a question
    had been a heading). Wrapped as a word processor's PDF sets it, her name and post over "and
    Local Government" are still no paragraph of the speech (they had been its first)."""
    text = (
        SHAPES / "speech-by-a-minister-named-under-its-title-then-questions-from-the-floor.txt"
    ).read_text()
    if layout == "as a PDF's text":
        text = as_pdf_text(text)
    elif layout == "wrapped at 75":
        text = "\n".join(textwrap.fill(line, 75) for line in text.split("\n"))
    speech = read_genre(text, load_themes()).document
    minister = "The Rt Hon Helen Marsh MP"
    assert (speech.title, speech.author, speech.date) == (
        "Speech to the Local Government Association annual conference",
        minister,
        "2024-07-03",
    )
    assert [(u.speaker, u.section) for u in speech.paragraphs] == [
        *[(minister, "")] * 5,
        ("Cllr Ann Price", "Questions and answers"),
        (minister, "Questions and answers"),
        ("Mark Hughes", "Questions and answers"),
        (minister, "Questions and answers"),
    ]
    assert speech.paragraphs[6].text.startswith("They will.")


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_an_event_write_up_whose_chair_is_listed_among_its_speakers_and_answers_by_surname(
    printed: str,
) -> None:
    """ "Chair: Sarah Lewis, Editor, …" among the "Speakers:" listed is the chair (she had been
    a participant named "Chair: Sarah Lewis"); an answer labelled "A (Professor Ardern):" is the
    listed speaker's, "Professor Kate Ardern" (the speaker facet had shown her twice). Narrow,
    at 60 characters, her entry's body wraps ("…, Wigan" over "Council"): still her
    organisation, and the next entry still Dr Menon's (his part had been the Forum's)."""
    path = SHAPES / "event-write-up-its-chair-among-the-speakers-its-answers-labelled-by-surname.txt"
    text = path.read_text(encoding="utf-8")
    if printed == "narrow":
        text = narrow(text, 60)
        assert "Wigan\nCouncil\n" in text
    event = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()).document
    people = {p.name: (p.title, p.organisation, p.role) for p in event.participants}
    assert people["Sarah Lewis"] == ("Editor", "Local Government Chronicle", "chair")
    assert people["Professor Kate Ardern"][1] == "Wigan Council"
    assert {u.speaker for u in event.paragraphs if u.section == "Dr Ravi Menon"} == {"Dr Ravi Menon"}
    answers = [u for u in event.paragraphs if u.section == "Questions and answers"]
    assert [u.speaker for u in answers] == [
        "Discussion",
        "Professor Kate Ardern",
        "Discussion",
        "Dr Ravi Menon",
        "Discussion",
        "Professor Kate Ardern",
    ]
    assert answers[1].text.startswith("Yes, for now.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_report_of_two_seminars_numbers_each_seminars_paragraphs_as_its_own(pdf: bool) -> None:
    """Two seminars written up in one report, each under "Seminar 2: …" over its date, each
    numbering its paragraphs from 1: each seminar's are a series of their own, "seminar-2", so
    no two paragraphs share a label (they had been one series, numbered 1 to 4 twice, and the
    second seminar's heading and date the last words of the first's last paragraph). The body
    named over the title publishes it, and the keynotes its headings name take part."""
    path = SHAPES / "report-of-two-seminars-each-numbering-its-paragraphs-afresh-under-its-dated-heading.txt"
    text = path.read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (report.title, report.author) == (
        "Leading through austerity: report of two policy seminars",
        "Centre for Public Service Leadership",
    )
    assert [(u.series, u.label, u.speaker) for u in report.paragraphs] == [
        ("seminar-1", "1", "Sir Michael Bichard"),
        ("seminar-1", "2", "Sir Michael Bichard"),
        ("seminar-1", "3", "Discussion"),
        ("seminar-1", "4", "Discussion"),
        ("seminar-2", "1", "Julia Unwin"),
        ("seminar-2", "2", "Julia Unwin"),
        ("seminar-2", "3", "Discussion"),
        ("seminar-2", "4", "Discussion"),
    ]
    assert report.paragraphs[3].text.endswith("invited to the local partnership tables.")
    assert reference(report.paragraphs[4]) == "Seminar 2, para. 1"
    assert not report.warnings
    keynotes = {(p.name, p.organisation, p.role) for p in report.participants}
    assert keynotes == {
        ("Sir Michael Bichard", "Institute for Government", "keynote"),
        ("Julia Unwin", "Joseph Rowntree Foundation", "keynote"),
    }


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_paper_whose_author_field_names_who_wrote_it_is_theirs(pdf: bool) -> None:
    """ "Author: Priya Shah, Head of Resident Involvement" under the board's paper's title: she
    wrote it and its paragraphs are hers; the board named over it publishes it and is cited
    (the paper had been the board's, its author unread, and in a PDF's text, no blank line
    between the title and the fields, its title "Date")."""
    path = SHAPES / "board-paper-naming-its-author-and-date-in-fields-over-key-messages.txt"
    text = path.read_text(encoding="utf-8")
    paper = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (paper.title, paper.date, paper.author, paper.organisation) == (
        "Board paper: Tenant engagement strategy 2024-2027",
        "2024-03-12",
        "Priya Shah",
        "Northshire Homes Board",
    )
    assert [(u.label, u.speaker) for u in paper.paragraphs] == [
        (label, "Priya Shah") for label in ("1.1", "1.2", "2.1", "2.2", "3.1")
    ]


@pytest.mark.parametrize("bullet", ["o", "*"])
@pytest.mark.parametrize(
    "stem",
    [
        "roundtable-note-in-bullets-with-attendees",
        "appg-report-with-two-numbered-chapter-titles",
        "treasury-minutes-answering-two-reports",
    ],
)
def test_a_lists_bullets_printed_as_words_plain_text_writes_them_read_as_bullets(
    stem: str, bullet: str
) -> None:
    """Word's plain text writes its round bullets "o", and Markdown's lists are "*": a list's
    items so marked read as with "•" (they had run into the paragraph above, or ended it)."""
    printed = (SHAPES / f"{stem}.txt").read_text(encoding="utf-8")
    rebulleted = re.sub(r"(?m)^(\s*)• ", rf"\1{bullet} ", printed)
    assert rebulleted != printed

    def reading(text: str) -> list[tuple[str, str, str]]:
        return [(u.label, u.speaker, u.text) for u in read_genre(text, load_themes()).document.paragraphs]

    assert reading(rebulleted) == reading(printed)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_keynote_over_the_first_paragraph_is_the_keynote_speakers(pdf: bool) -> None:
    """ "Keynote speaker" over "Dame Ruth Silver" over her post, straight after the cover, then
    "(1)<tab>Dame Ruth argued …", saved by Word as text (line ends "\\r\\n", bullets "o"): her
    paragraphs are hers (they had been the introduction's, "Keynote speaker" the subtitle and her
    post the section)."""
    path = SHAPES / "roundtable-report-saved-by-word-its-keynote-over-its-first-paragraph.txt"
    text = path.read_bytes().decode("utf-8")  # its line ends as saved
    assert "\r\n" in text and "\t" in text
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    silver = "Dame Ruth Silver, President, Further Education Trust for Leadership"
    assert [(u.label, u.speaker, u.section) for u in report.paragraphs] == [
        ("1", "Dame Ruth Silver", silver),
        ("2", "Dame Ruth Silver", silver),
        ("3", "Discussion", "Summary of discussion"),
        ("4", "Discussion", "Summary of discussion"),
    ]
    assert report.paragraphs[1].text.endswith("- for small employers who pay no levy.")
    assert report.subtitle == ""


def test_a_statement_titled_by_who_made_it_is_theirs() -> None:
    """ "Opening statement by the Chair, Baroness Hallett" under the inquiry's name: the
    inquiry issued it, and its words are hers (they had been the inquiry's)."""
    statement = ingest_file(SHAPES / "inquiry-chairs-opening-statement-titled-by-who-made-it.txt")
    assert (statement.author, statement.date) == ("UK Covid-19 Inquiry", "2023-10-03")
    assert {u.speaker for u in statement.paragraphs} == {"Baroness Hallett"}
    assert len(statement.paragraphs) == 5


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_speech_pages_summary_names_who_gave_it(pdf: bool) -> None:
    """A speech's page whose summary says who gave it ("Speech given by First Minister John
    Swinney at the Gathering in Glasgow on 19 February 2025.") over its fields ("Part of: …",
    "Published: …"): the summary is the cover's and the words are his (they had been the
    title's)."""
    text = (SHAPES / "speech-page-its-summary-naming-who-gave-it-and-where.txt").read_text()
    speech = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert speech.title == "First Minister's speech to the Scottish Council for Voluntary Organisations"
    assert {u.speaker for u in speech.paragraphs} == {"First Minister John Swinney"}
    assert speech.paragraphs[0].text.startswith("Thank you for the invitation")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_summary_and_an_annex_numbered_by_their_own_letters_are_series_of_their_own(pdf: bool) -> None:
    """A review's executive summary numbered "ES1.", "ES2.", … before its chapters' 1.1, 1.2, …
    and its annex's "A1.", "A2." after them: each a series of its own, labelled as printed (the
    summary had been front matter, left out, and the annex's paragraphs the last one's text)."""
    text = (SHAPES / "review-with-an-executive-summary-numbered-es1-and-an-annex-numbered-a1.txt").read_text()
    review = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label) for u in review.paragraphs] == [
        *(("executive-summary", f"ES{n}") for n in (1, 2, 3)),
        *(("paragraph", label) for label in ("1.1", "1.2", "2.1", "2.2", "2.3")),
        ("annex-a", "A1"),
        ("annex-a", "A2"),
    ]
    assert review.paragraphs[0].text.startswith("Spending on children's social care")
    assert review.paragraphs[-1].text.startswith("We held six workshops")


def test_a_note_of_where_a_roundtable_was_held_is_no_author_nor_section() -> None:
    """ "Note of a roundtable held at the Foundation, 12 September 2024" under the title dates
    the note: it names no author (a line ending "Foundation" had made it the author) and is no
    section of the paragraphs under it (it had been theirs)."""
    note = ingest_file(SHAPES / "roundtable-note-held-at-a-foundation-dated-under-its-title.txt")
    assert (note.title, note.date, note.author) == (
        "Roundtable on the future of youth services",
        "2024-09-12",
        "",
    )
    assert [u.label for u in note.paragraphs] == ["1", "2", "3", "4"]
    assert not any("Note of a roundtable" in f"{u.section} {u.speaker}" for u in note.paragraphs)
    assert [p.name for p in note.participants] == ["Dr Sarah Jones", "Mark Evans", "Priya Patel"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_roundtable_naming_no_one_is_the_discussions_its_quotes_in_their_paragraphs(pdf: bool) -> None:
    """A roundtable summary under the Chatham House Rule, numbered 1 to 5 under topics, its
    quotes attributed by role after them ("— Director of a home care provider"): with no author
    and no one named, the paragraphs are the discussion's, as the seed's are (they had been the
    title's), each quote in the paragraph it follows. So is a roundtable note that lists who
    took part."""
    text = (SHAPES / "roundtable-summary-its-quotes-attributed-after-by-role.txt").read_text()
    summary = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (summary.title, summary.date, summary.author) == (
        "Building a workforce for adult social care",
        "2023-11-14",
        "",
    )
    assert [(u.label, u.speaker, u.section) for u in summary.paragraphs] == [
        (str(n), "Discussion", section)
        for n, section in enumerate(["Recruitment"] * 2 + ["Pay and progression"] * 2 + ["Next steps"], 1)
    ]
    assert summary.paragraphs[0].text.endswith("— Director of a home care provider, North West")
    note = ingest_file(SHAPES / "roundtable-note-held-at-a-foundation-dated-under-its-title.txt")
    assert {u.speaker for u in note.paragraphs} == {"Discussion"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminars_answers_numbered_under_who_gave_them_are_paragraphs_of_their_own(pdf: bool) -> None:
    """A seminar write-up numbered 1 to 9: its speakers' names alone over their paragraphs
    (listed under "Speakers:"), then questions from the floor, each answer opening with who
    gave it ("6. Sir Chris Ham: By measuring …"). Each answer is a paragraph, its speaker's, the
    label left off (6 to 9 had run into 5, and 9 had been lost); the paragraphs under a
    speaker's name are theirs (they had been the forum's), and "Dame Helen closed the seminar …"
    the chair's."""
    name = "seminar-write-up-its-questions-from-the-floor-each-answered-by-a-named-panellist.txt"
    doc = shape_read(name, pdf)
    assert [(u.label, u.speaker) for u in doc.paragraphs] == [
        ("1", "Public Services Forum"),
        ("2", "Sir Chris Ham"),
        ("3", "Sir Chris Ham"),
        ("4", "Anna Charles"),
        ("5", "Discussion"),
        ("6", "Sir Chris Ham"),
        ("7", "Discussion"),
        ("8", "Anna Charles"),
        ("9", "Dame Helen Stokes-Lampard"),
    ]
    assert doc.paragraphs[5].text.startswith("By measuring what they do")
    assert doc.paragraphs[4].text.endswith("take years to appear?")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_podcasts_host_labelled_host_takes_turns_with_the_guest(pdf: bool) -> None:
    """A podcast's transcript labelled "HOST (Anna Clarke):" once, then "HOST:", and "JAMES
    OWEN:": a host chairs as an interviewer does, so the turns are read one by one, each the
    host's or the guest's (they had been blocks, the host's questions headings), and the
    episode is the title under the podcast's name, the podcast its author (the episode had
    been)."""
    text = (SHAPES / "podcast-transcript-its-host-labelled-host-in-capitals.txt").read_text()
    podcast = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (podcast.title, podcast.author) == (
        "Episode 42: Can councils fix the housing crisis?",
        "Policy Matters",
    )
    assert [(p.name, p.role) for p in podcast.participants] == [
        ("Anna Clarke", "chair"),
        ("James Owen", "participant"),
    ]
    assert [u.speaker for u in podcast.paragraphs] == ["Anna Clarke (Host)", "James Owen"] * 4 + [
        "Anna Clarke (Host)"
    ]
    assert (
        podcast.paragraphs[2].text
        == "Councils built almost nothing for thirty years. Are they back in the game?"
    )


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_conference_workshop_is_a_discussion(pdf: bool) -> None:
    """A conference report's "Workshop 1: Retrofitting older homes", under its facilitator, is
    many voices, as a seminar's discussion is (its paragraphs had been the summit's, as if the
    organisers had said them); the opening plenary is its speaker's."""
    text = (SHAPES / "conference-report-its-workshops-under-their-facilitators.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.speaker, u.section) for u in report.paragraphs][1:5] == [
        ("Cllr Bev Craig", "Opening plenary"),
        ("Discussion", "Workshop 1: Retrofitting older homes"),
        ("Discussion", "Workshop 1: Retrofitting older homes"),
        ("Discussion", "Workshop 2: Supported housing"),
    ]
    roles = {p.name: p.role for p in report.participants}  # "Facilitator: …" chairs the workshop
    assert (roles["Dr Tom Walsh"], roles["Helen Rowe"]) == ("chair", "chair")


def test_a_response_titled_by_who_it_is_from_is_theirs() -> None:
    """ "Response from the Northshire Carers' Network to the Department of Health and Social
    Care consultation on carer's leave": the network wrote it and says its answers, each under
    the question it answers (the title had been the speaker of every answer)."""
    response = ingest_file(
        SHAPES / "consultation-response-from-a-charity-answering-each-question-under-it.txt"
    )
    assert response.author == "Northshire Carers' Network"
    assert {u.speaker for u in response.paragraphs} == {"Northshire Carers' Network"}
    assert [u.section.split(":")[0] for u in response.paragraphs[1:]] == [
        "Question 1",
        "Question 2",
        "Question 3",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_speakers_biographies_after_a_write_up_are_who_took_part_not_what_was_said(pdf: bool) -> None:
    """ "About the speakers" after the last paragraph, a biography a paragraph ("Dr Priya Raman
    is Director of Adult Social Services at Eastshire County Council. …"), says who took part,
    as a list of participants does; "About the Care Policy Forum" is what the forum prints in
    every paper. Neither is a paragraph of the discussion (each had been one)."""
    text = (SHAPES / "roundtable-write-up-with-its-speakers-biographies-after.txt").read_text()
    note = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(p.name, p.title, p.organisation) for p in note.participants][:2] == [
        ("Dr Priya Raman", "Director of Adult Social Services", "Eastshire County Council"),
        ("Tom Ellery", "Chief Executive of Homeward Care", ""),
    ]
    assert note.participants[2].name == "Margaret Osei"  # who "draws on care", no post
    assert [u.section for u in note.paragraphs] == [
        "Introduction",
        "Workforce",
        "Workforce",
        "Funding",
        "Funding",
    ]
    assert note.paragraphs[-1].text.endswith("prevention needed a protected budget of its own.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_colophon_after_a_notes_endnotes_is_no_paragraph_and_its_serial_no_title(pdf: bool) -> None:
    """A science note: "POSTNOTE" over "Number 691, March 2023" is its kind and its serial, the
    title under them (in a PDF's text, with no blank line between, the title had been the
    kind); the office's description after the endnotes is the colophon, not more of the last
    section (it had been a paragraph of "Policy options")."""
    text = (SHAPES / "science-note-under-its-serial-number-a-colophon-after-its-endnotes.txt").read_text()
    note = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (note.title, note.date) == ("Microplastics in the marine environment", "2023-03")
    assert note.paragraphs[-1].section == "Policy options"
    assert note.paragraphs[-1].text.endswith("extended producer responsibility for tyres.")
    assert [f.mark for u in note.paragraphs for f in u.footnotes] == ["1", "2", "3", "4", "5"]
    assert not any("office of both Houses" in u.text for u in note.paragraphs)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_citizens_assembly_over_its_report_is_its_author(pdf: bool) -> None:
    """ "Climate Assembly Northshire" over "Final report: How should Northshire reach net zero?":
    an assembly of citizens, as a commission is, issues the report titled under it (its name had
    been the title, and the report authorless); each recommendation is a unit of its own."""
    text = (
        SHAPES / "citizens-assembly-report-its-recommendations-with-the-share-supporting-each.txt"
    ).read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (report.title, report.author) == (
        "Final report: How should Northshire reach net zero?",
        "Climate Assembly Northshire",
    )
    assert [u.label for u in series(report, "recommendation")] == ["1", "2", "3"]
    assert {u.speaker for u in report.paragraphs} == {"Climate Assembly Northshire"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_recommendations_labelled_by_kind_after_numbered_paragraphs_keep_their_brackets(pdf: bool) -> None:
    """A jury's report numbers two paragraphs, then three "Recommendation N (supported by 92% of
    jurors): …": the recommendations, the longer run, had been read as the paragraphs and the
    paragraphs as a series of their own; and the bracket between number and text was dropped."""
    name = "citizens-jury-report-numbered-then-its-recommendations-bracketing-their-support.txt"
    report = shape_read(name, pdf)
    assert [(u.series, u.label) for u in report.paragraphs] == [
        ("paragraph", "1"),
        ("paragraph", "2"),
        *(("recommendation", str(n)) for n in (1, 2, 3)),
    ]
    assert [u.text.split(")")[0] for u in series(report, "recommendation")] == [
        "(supported by 92% of jurors",
        "(supported by 71% of jurors",
        "(paragraph 2",
    ]
    assert series(report, "recommendation")[0].text.endswith("every village of more than 500 people.")


HOUSING_ROUNDTABLE = [  # who took part in the roundtable on housing and health, as its shapes list them
    ("Professor Dame Anne Johnson", "Academy of Medical Sciences", "chair"),
    ("Dr Jane Smith", "Shelter", "participant"),
    ("Mark Brown", "National Housing Federation", "participant"),
    ("Priya Patel", "NHS Confederation", "participant"),
    ("Tom Green", "Local Government Association", "participant"),
]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_roundtable_chaired_by_someone_its_cover_names_and_its_table_lists(pdf: bool) -> None:
    """ "Chaired by Professor Dame Anne Johnson" on the cover had been the first paragraphs'
    section and no participant; the chair is now one, with the body the attendees' table after
    the text gives her, and the table's others follow."""
    report = shape_read("roundtable-summary-chaired-by-a-cover-line-its-attendees-tabled-after.txt", pdf)
    assert [(p.name, p.organisation, p.role) for p in report.participants] == HOUSING_ROUNDTABLE
    assert [u.label for u in report.paragraphs] == ["1", "2", "3", "4", "5"]
    assert not any(u.section.startswith("Chaired by") for u in report.paragraphs)


def test_a_running_header_on_two_pages_numbering_them_is_furniture() -> None:
    """A three-page note prints "Institute for Local Futures | Roundtable note 2" atop page 2
    and "… 3" atop page 3, after form feeds: too few pages for a header printed three times,
    it had headed the paragraphs under it as their section."""
    report = shape_read("roundtable-note-its-running-header-numbered-atop-its-second-and-third-pages.txt")
    assert [(u.label, u.page) for u in report.paragraphs] == [
        ("1", 1),
        ("2", 1),
        ("3", 2),
        ("4", 2),
        ("5", 3),
    ]
    assert not any("Roundtable note" in u.section + u.text for u in report.paragraphs)
    assert report.paragraphs[0].text.startswith(
        "The roundtable discussed how anchor institutions can use procurement"
    )


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_audiences_reaction_alone_on_its_line_is_no_paragraph(pdf: bool) -> None:
    """A speech's transcript records the hall's "[Applause]" on lines of their own: no one's
    words, and no paragraph (each had been a unit of the speaker's); "(Applause)" at a
    paragraph's end and "[Laughter]" opening one stay in their text, as the record prints them."""
    text = (
        SHAPES / "conference-speech-transcript-its-audiences-applause-on-lines-of-their-own.txt"
    ).read_text()
    reading = read_genre(as_pdf_text(text) if pdf else text, load_themes())
    texts = [u.text for u in reading.document.paragraphs]
    assert reading.reactions == 2 and not any(text == "[Applause]" for text in texts)
    assert texts[0] == "Good morning, everyone. It is a real pleasure to be here in Harrogate."
    assert "all with a third less money. (Applause)" in texts[1]  # in a PDF's text, the next runs on
    assert texts[-1] == "Thank you."


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        ("review-chapters-numbered-without-a-dot", "Interim findings"),
        ("review-summary-numbered-in-roman-numerals", "Final Report"),
        ("review-with-an-executive-summary-numbered-es1-and-an-annex-numbered-a1", "Final report"),
    ],
)
def test_an_independent_review_over_its_report_is_its_author(stem: str, title: str) -> None:
    """ "Independent Review of Children's Social Care" over "Interim findings" is who reports,
    as a commission is: the report's author and its paragraphs' speaker, the kind of report
    under it the title, and the "Summary" heading over the first paragraph no title (the
    review's name had been the title, the report authorless)."""
    text = (SHAPES / f"{stem}.txt").read_text()
    for reading in (text, as_pdf_text(text)):
        review = read_genre(reading, load_themes()).document
        assert review.author.startswith("Independent Review of ") and review.title == title
        assert {u.speaker for u in review.paragraphs} == {review.author}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_reviews_findings_f1_between_its_paragraphs_are_findings(pdf: bool) -> None:
    """A review's findings "F1", "F2" and recommendations "R1" … "R3" between paragraphs
    numbered in their chapters: the findings a series of their own named "finding", as the
    recommendations are named theirs (they had been "chapter-1", after the chapter the first
    stood in, the second in chapter 2 too)."""
    doc = shape_read("review-its-findings-f1-and-recommendations-r1-between-numbered-paragraphs.txt", pdf)
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        ("paragraph", "1.1"),
        ("paragraph", "1.2"),
        ("finding", "F1"),
        ("recommendation", "R1"),
        ("paragraph", "2.1"),
        ("paragraph", "2.2"),
        ("finding", "F2"),
        ("recommendation", "R2"),
        ("recommendation", "R3"),
    ]
    assert (doc.title, doc.author) == (
        "Final report",
        "Independent Review of Children's Social Care Placements",
    )


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_consultation_papers_questions_between_its_paragraphs_are_units_of_their_own(pdf: bool) -> None:
    """ "Consultation Question 1." over a proposal and "Do consultees agree?": question Q1, that
    text and nothing more (it had run on from paragraph 2.2, and the question heading 2.3's
    section); the paragraphs keep their own series; "Consultation Paper No 262" is the
    paper's number, "A consultation paper" its kind, the title the subject between them."""
    text = (
        SHAPES / "law-reform-consultation-paper-its-consultation-questions-between-its-paragraphs.txt"
    ).read_text()
    paper = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (paper.title, paper.author) == ("Reforming the law of commonhold", "Law Commission")
    labels = [u.label for u in series(paper, "paragraph")]
    assert labels == [
        f"{chapter}.{n}" for chapter, last in ((1, 3), (2, 3), (3, 2)) for n in range(1, last + 1)
    ]
    asked = series(paper, "question")
    assert [(u.label, u.section) for u in asked] == [
        (f"Q{n}", "Chapter 2: Converting to commonhold") for n in (1, 2)
    ]
    assert asked[0].text.startswith("We provisionally propose") and asked[0].text.endswith(
        "Do consultees agree?"
    )
    assert series(paper, "paragraph")[4].text.endswith("the single largest barrier to conversion.")
    assert series(paper, "paragraph")[5].section == "Chapter 2: Converting to commonhold"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_note_marked_in_superscript_digits_is_its_paragraphs_footnote(pdf: bool) -> None:
    """ "by 2030.¹" and "¹ Green Skills Council, …" under the last paragraph, as a roundtable's
    summary typed with superscript marks has them: note 1 of paragraph 2, its mark out of the
    text (the note had been more of paragraph 7); in a PDF's text, the note ends where
    "Participants" heads the list of who took part (it had run on into the list)."""
    text = (SHAPES / "roundtable-summary-its-notes-marked-in-superscript-digits.txt").read_text()
    summary = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    noted = summary.paragraphs[1]
    assert [(f.mark, f.text) for f in noted.footnotes] == [
        ("1", "Green Skills Council, Workforce Outlook 2023, p. 12.")
    ]
    assert noted.text.endswith("will need new skills by 2030.")
    assert summary.paragraphs[-1].text.endswith("their budgets were short-term and ring-fenced.")
    assert [p.name for p in summary.participants] == [
        *("Dame Sarah Wells", "Professor Ian Clarke", "Amir Patel", "Lucy Grant")
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_response_opening_about_us_answers_each_consultation_question_under_it(pdf: bool) -> None:
    """ "About us" over the response's first paragraph opens its text, not back matter after it
    (every paragraph had been left out, the cover read as blocks); "Response of the Leasehold
    Advisory Group to …" is the group's; "Consultation Question 1." over the question it quotes
    heads the answers, as "Question 1: …?" does (the number had been a paragraph of its own)."""
    text = (
        SHAPES / "consultation-response-about-us-first-then-each-consultation-question-quoted.txt"
    ).read_text()
    response = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (response.author, response.date) == ("Leasehold Advisory Group", "2024-03")
    assert response.title.startswith("Response of the Leasehold Advisory Group to Law Commission")
    assert (response.paragraphs[0].section, response.paragraphs[0].text[:30]) == (
        "About us",
        "The Leasehold Advisory Group r",
    )
    answers = [u for u in response.paragraphs if u.text.startswith(("We agree.", "They should not."))]
    assert [u.section.split(".")[0] for u in answers] == [
        "Consultation Question 1",
        "Consultation Question 2",
    ]
    assert not any(u.text.startswith("Consultation Question") for u in response.paragraphs)
    if not pdf:  # the question it quotes, ending as a question does, is the heading's
        assert answers[0].section.endswith("of the leaseholders in the building. Do consultees agree?")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_chair_of_two_sessions_takes_part_once(pdf: bool) -> None:
    """ "Chair: Andrew Hughes, Editor, Municipal Journal" over each session: one participant,
    the chair (he had been listed twice); each "Speaker: …" field names who spoke under it,
    a participant too, and the session's heading stays the section (the field had been)."""
    text = (SHAPES / "conference-proceedings-each-session-chaired-by-the-same-editor.txt").read_text()
    proceedings = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(p.name, p.title, p.organisation, p.role) for p in proceedings.participants] == [
        ("Andrew Hughes", "Editor", "Municipal Journal", "chair"),
        ("Cllr Maria Santos", "Leader", "Eastbridge Council", "participant"),
        ("Dr Paul Reid", "Senior Fellow", "Institute for Fiscal Studies", "participant"),
        ("Baroness Kath Lee", "Chair", "Local Government Association", "participant"),
    ]
    assert [u.speaker for u in proceedings.paragraphs] == [
        *("Cllr Maria Santos", "Cllr Maria Santos", "Dr Paul Reid", "Dr Paul Reid", "Baroness Kath Lee"),
        "Discussion",
    ]
    assert [u.section for u in proceedings.paragraphs[:5]] == [
        *["Session 1: The state of council finances"] * 4,
        "Session 2: Devolution deals",
    ]


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Speaker: Dr Anna Lee, Senior Fellow, The King's Fund", ["Dr Anna Lee"]),
        ("Speakers: Tom Reid, Unison, and Priya Shah, Skills for Care", ["Tom Reid", "Priya Shah"]),
        ("Panel: Jo Bloggs, Department for Work and Pensions, and Sam Lee", ["Jo Bloggs", "Sam Lee"]),
        ("Speakers: Professor Ann Hill; Dr Raj Patel, Leeds", ["Professor Ann Hill", "Dr Raj Patel"]),
        ("Speakers of note", []),
    ],
)
def test_a_speakers_field_names_each_speaker_once(field: str, names: list[str]) -> None:
    """Each person a field names, their posts and bodies aside, an "and" inside a body's name
    ("Work and Pensions") no second person."""
    assert [p.name for p in speakers_field(field)] == names


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_sessions_speakers_named_in_a_field_under_its_heading_speak_under_it(pdf: bool) -> None:
    """ "Session 2: Workforce and pay" over "Speakers: Tom Reid, Unison, and Priya Shah, Skills
    for Care": the session is the section of what follows, each paragraph the one of them it
    opens with the name of ("Tom argued …", "Priya described …"), and both took part (the
    field had been the section, every paragraph the network's)."""
    text = (SHAPES / "seminar-report-its-sessions-naming-their-speakers-in-fields.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.section, u.speaker) for u in report.paragraphs] == [
        ("Session 1: Who should pay?", "Dr Anna Lee"),
        ("Session 1: Who should pay?", "Dr Anna Lee"),
        ("Session 2: Workforce and pay", "Tom Reid"),
        ("Session 2: Workforce and pay", "Priya Shah"),
        ("Discussion", "Discussion"),
        ("Discussion", "Discussion"),
    ]
    assert [p.name for p in report.participants] == ["Dr Anna Lee", "Tom Reid", "Priya Shah"]
    assert report.author == "Social Care Futures Network"


@pytest.mark.parametrize("suffix", BOTH)
def test_a_line_printed_often_in_a_report_whose_pages_show_their_edges_is_its_text(suffix: str) -> None:
    """The Covid report's pages show their numbers: a line it prints five times or more, never
    at a page's edge, is text, not a running header. Recommendations 1, 8 and 9 keep their
    opening words ("The governments of the UK, Scotland, Wales and Northern Ireland should
    each" had been set aside, in the chapters and in Appendix 4), a sub-heading printed under
    each chapter's section on the nations heads its paragraphs ("Northern Ireland" over 3.15,
    which had been under "Wales"), and a sub-heading straight under it is one too (2.71)."""
    covid = document("covid-inquiry-module1-report", suffix)
    opening = "The governments of the UK, Scotland, Wales and Northern Ireland should each "
    recommendations = [u for u in series(covid, "recommendation") if u.label in ("1", "8", "9")]
    assert len(recommendations) == 6
    assert all(u.text.startswith(opening) for u in recommendations)
    units = {u.label: u for u in series(covid, "paragraph")}
    assert units["3.15"].section == "Northern Ireland"
    assert units["2.71"].section == "The Northern Ireland Executive and supporting organisations"
    assert units["1.5"].section == "Pandemic influenza"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
@pytest.mark.parametrize("mark", ["¶{n} ", "§ {n} ", "Para {n}. ", "Paragraph {n}: "])
def test_paragraphs_marked_with_a_pilcrow_a_section_sign_or_para_are_numbered(mark: str, pdf: bool) -> None:
    """A review panel's findings numbered "¶1 The review panel …" (or "§ 1", "Para 1.",
    "Paragraph 1:"): its paragraphs 1 to 5, the mark no part of their text (they had been
    prose's blocks, "¶1" their first word); "Paragraph 3 understates …" inside one stays text."""
    text = (SHAPES / "review-panel-findings-its-paragraphs-marked-with-pilcrows.txt").read_text()
    marked = re.sub(r"(?m)^¶(\d) ", lambda m: mark.format(n=m[1]), text)
    report = read_genre(as_pdf_text(marked) if pdf else marked, load_themes()).document
    assert [(u.series, u.label, u.section) for u in report.paragraphs] == [
        ("paragraph", "1", "Introduction"),
        ("paragraph", "2", "Introduction"),
        ("paragraph", "3", "Pollution incidents"),
        ("paragraph", "4", "Pollution incidents"),
        ("paragraph", "5", "Pollution incidents"),
    ]
    assert report.paragraphs[0].text.startswith("The review panel was asked")
    assert report.paragraphs[3].text.startswith("Paragraph 3 understates the problem")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
@pytest.mark.parametrize("mark", ["§", "¶"])
def test_paragraphs_numbered_1_1_under_a_section_sign_are_numbered_under_their_sections(
    mark: str, pdf: bool
) -> None:
    """A roundtable note whose sections are "§1 Welcome and purpose" and paragraphs "§1.1 Dr
    Hussain opened …": paragraphs 1.1 to 3.1 under their sections (each section had been a
    paragraph numbered 1, 2 or 3, its paragraphs run into it)."""
    text = (SHAPES / "roundtable-note-its-sections-and-paragraphs-marked-with-section-signs.txt").read_text()
    marked = text.replace("§", mark)
    note = read_genre(as_pdf_text(marked) if pdf else marked, load_themes()).document
    assert [(u.label, u.section) for u in note.paragraphs] == [
        ("1.1", f"{mark}1 Welcome and purpose"),
        ("1.2", f"{mark}1 Welcome and purpose"),
        ("2.1", f"{mark}2 Lessons from the first deals"),
        ("2.2", f"{mark}2 Lessons from the first deals"),
        ("2.3", f"{mark}2 Lessons from the first deals"),
        ("3.1", f"{mark}3 Next steps"),
    ]
    assert note.paragraphs[1].text == "The discussion was held under the Chatham House Rule."


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_committee_report_printing_its_minutes_and_evidence_after_itself_is_read_by_its_numbers(
    pdf: bool,
) -> None:
    """An assembly committee's report printing after itself the minutes of its meetings and the
    transcript of an evidence session, longer than the report: its paragraphs and
    recommendations as numbered (it had been prose, its numbered paragraphs holding a tenth of
    the words, most of them the witnesses'); the "Present: …" line under a meeting's date is
    who took part, not a unit of text (it had been one)."""
    text = (SHAPES / "assembly-committee-report-printing-the-minutes-of-its-meetings.txt").read_text()
    reading = read_genre(as_pdf_text(text) if pdf else text, load_themes())
    report = reading.document
    assert reading.genre == "report"
    assert [u.label for u in series(report, "paragraph")] == ["1", "2", "3", "4", "5"]
    assert [u.label for u in series(report, "recommendation")] == ["1", "2"]
    assert not any("Present:" in u.text or "Cathal Boylan" in u.text for u in report.paragraphs)
    assert [p.name for p in report.participants] == [
        "Deirdre Hargey MLA",
        "Keith Buchanan MLA",
        "Cathal Boylan MLA",
        "Mr Chris Conway",
    ]
    turns = series(report, "turn")  # the evidence session's, its speakers as the minutes name them
    assert [u.speaker for u in turns[:3]] == [
        "Deirdre Hargey MLA (Chairperson)",
        "Mr Chris Conway, Translink",
        "Keith Buchanan MLA",
    ]
    assert {u.section for u in turns} == {"Appendix 2 Minutes of Evidence"}


def test_a_paragraph_opening_with_the_name_of_one_who_took_part_is_theirs() -> None:
    """A roundtable summary names who spoke at the start of its paragraphs, as a rapporteur
    reports them ("Helen Ward opened …", "Dr Amir Khan, a GP partner …, said", "Dr Khan
    replied …"): each such paragraph is that participant's (they had all been the Institute's
    or the discussion's). Two names together ("Helen Ward and Sarah Jones agreed …") are no
    one speaker, and "Young carers …" is not Lord Young of Cookham's."""
    summary = ingest_file(SHAPES / "roundtable-summary-naming-who-spoke-at-the-start-of-each-paragraph.txt")
    assert [u.speaker for u in summary.paragraphs] == [
        "Institute for Public Service Reform",
        "Institute for Public Service Reform",
        "Professor Helen Ward",
        "Dr Amir Khan",
        "Sarah Jones",
        "Discussion",
        "Dr Amir Khan",
        "Discussion",
        "Discussion",
        "Institute for Public Service Reform",
    ]


@pytest.mark.parametrize("suffix", BOTH)
def test_a_tables_date_alone_on_its_line_is_no_note(suffix: str) -> None:
    """The Covid report's table of Core Participants dates each hearing on a line of its own
    ("28 September 2022"): no note 28, which had put the notes after it out of sequence, leaving
    A1.13 to A1.15 without theirs in the PDF and a note's text the heading of A1.17 onwards."""
    covid = document("covid-inquiry-module1-report", suffix)
    units = {u.label: u for u in series(covid, "appendix-1")}
    assert [f.mark for f in units["A1.14"].footnotes] == ["21", "22", "23"]
    assert [f.mark for f in units["A1.15"].footnotes] == ["24", "25", "26", "27", "28"]
    assert units["A1.18"].section == "Module 1"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_committee_report_printing_each_paragraphs_number_alone_over_a_blank_line(pdf: bool) -> None:
    """A committee's report under no Commons cover, each paragraph's number alone between
    blank lines over its text (as a PDF's margin numbers come out), the page's number at its
    foot and a contents page of lone numbers too: its nine paragraphs under their headings
    and on their pages (they had been blocks, the numbers blocks of their own)."""
    text = (SHAPES / "committee-report-numbers-alone-over-blank-lines.txt").read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label, u.section, u.page) for u in report.paragraphs] == [
        ("paragraph", str(n), section, page)
        for n, section, page in [
            (1, "Introduction", 2),
            (2, "Introduction", 2),
            (3, "Introduction", 2),
            (4, "Recruitment", 3),
            (5, "Recruitment", 3),
            (6, "Recruitment", 3),
            (7, "Recruitment", 4),
            (8, "Retention", 4),
            (9, "Retention", 4),
        ]
    ]
    assert report.paragraphs[0].text.startswith("The Committee agreed to undertake an inquiry")
    assert report.paragraphs[-1].text.endswith("without their patients losing access to care.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_chapters_number_alone_over_its_title_heads_its_paragraphs(pdf: bool) -> None:
    """ "1" alone over "Introduction", over paragraphs 1.1, 1.2: the chapter's heading, the
    section of its paragraphs (they had all been under the cover's "Final report", the
    chapters' numbers counted as a contents page left out)."""
    text = (SHAPES / "review-chapter-numbers-alone-over-their-titles.txt").read_text(encoding="utf-8")
    reading = read_genre(as_pdf_text(text) if pdf else text, load_themes())
    assert [(u.label, u.section) for u in reading.document.paragraphs] == [
        ("1.1", "Introduction"),
        ("1.2", "Introduction"),
        ("2.1", "Findings"),
        ("2.2", "Findings"),
        ("2.3", "Findings"),
        ("3.1", "Recommendations"),
        ("3.2", "Recommendations"),
    ]
    assert "left out" not in reading.reason


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_select_committees_commentary_its_members_and_a_partys_differing_view(pdf: bool) -> None:
    """A New Zealand select committee's commentary on a bill: the committee it was "reported
    from" wrote it (it had been no one's, its paragraphs the title's); the "New Zealand National
    Party differing view" is that party's words, not the committee's; the "Committee members"
    listed at its end, the chair by "(Chairperson)", a deputy a member, are who took part."""
    text = (
        SHAPES / "select-committee-commentary-with-a-partys-differing-view-and-its-members.txt"
    ).read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert doc.author == "Primary Production Committee"
    assert doc.title.startswith("Fisheries (Inshore Protection) Amendment Bill")
    speakers = Counter(p.speaker for p in doc.paragraphs)
    assert speakers["New Zealand National Party"] == 2
    assert speakers["Primary Production Committee"] == len(doc.paragraphs) - 2
    assert [p.text[:30] for p in doc.paragraphs if p.speaker == "New Zealand National Party"] == [
        "The National Party supports th",
        "We also consider that the cost",
    ]
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Jo Luxton", "chair"),
        ("Mark Cameron", "member"),
        ("Barbara Kuriger", "member"),
        ("Rachel Boyack", "member"),
        ("Tim van de Molen", "member"),
        ("Steve Abel", "member"),
    ]
    assert not any("Luxton" in p.text for p in doc.paragraphs)


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text, page by page", "narrow"])
def test_a_hearing_naming_each_witness_surname_first_over_their_turns(printed: str) -> None:
    """An Australian committee Hansard: each witness named surname first over their turns
    ("BUTLER, Ms Annie, Federal Secretary, Australian Nursing and Midwifery Federation"), then
    labelled "Ms Butler:". Her turns are hers in full, with her organisation, and that line
    heads them; "Members in attendance: …" is no section, "Proceedings suspended …" no heading
    (in a PDF's text). Narrow, each line wrapped at 60 characters: the witness's line runs on
    to "Midwifery Federation" (which had been a turn of hers), and "Members in attendance: …,
    Marielle Smith," to "Steele-John" (which had been the first turn's section)."""
    text = (SHAPES / "committee-hansard-naming-each-witness-surname-first.txt").read_text(encoding="utf-8")
    if printed == "narrow":
        text = narrow(text, 60)
        assert "Nursing and\nMidwifery Federation\n" in text
    elif printed != "as written":
        text = "\f".join(as_pdf_text(page) for page in text.split("\f"))
    doc = read_genre(text, load_themes()).document
    butler = "Ms Annie Butler, Australian Nursing and Midwifery Federation"
    sullivan = "Mr Paul Sullivan, Aged and Community Care Providers Association"
    assert [(p.speaker, p.page) for p in doc.paragraphs if p.speaker in (butler, sullivan)] == [
        (butler, 1),
        (butler, 1),
        (butler, 1),
        (sullivan, 2),
        (sullivan, 2),
        (sullivan, 2),
        (sullivan, 3),
        (sullivan, 4),
    ]
    sections = [p.section for p in doc.paragraphs]
    assert sections[0] == ""
    assert set(sections[1:]) == {
        "BUTLER, Ms Annie, Federal Secretary, Australian Nursing and Midwifery Federation",
        "SULLIVAN, Mr Paul, Chief Executive Officer, Aged and Community Care Providers Association",
    }
    witnesses = [(p.name, p.title, p.organisation) for p in doc.participants if p.role == "witness"]
    assert witnesses == [
        ("Ms Annie Butler", "Federal Secretary", "Australian Nursing and Midwifery Federation"),
        ("Mr Paul Sullivan", "Chief Executive Officer", "Aged and Community Care Providers Association"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_unnumbered_text_under_a_seminar_covers_date_is_kept_before_paragraph_1(pdf: bool) -> None:
    """A keynote's address written up in two unnumbered paragraphs between the cover's date
    and the discussion's "1." is the keynote's text, before paragraph 1, a unit a paragraph
    (it had been read as headings over paragraph 1, and lost); in a PDF's text, which prints no
    blank lines, a sentence ending short of the line's width ends its paragraph. A summary
    under its own heading there is the cover's, as a committee report's is (the note whose
    participants are set in columns)."""
    text = (SHAPES / "seminar-report-opening-with-an-unnumbered-keynote-address.txt").read_text(
        encoding="utf-8"
    )
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(reference(p), p.speaker, p.text.split(" ", 3)[:3]) for p in doc.paragraphs] == [
        ("text before para. 1", "Dame Sue Owen", ["Dame", "Sue", "opened"]),
        ("text before para. 1", "Dame Sue Owen", ["She", "argued", "that"]),
        ("para. 1", "Discussion", ["Participants", "agreed", "that"]),
        ("para. 2", "Discussion", ["Several", "participants", "noted"]),
        ("para. 3", "Discussion", ["It", "was", "suggested"]),
    ]
    assert doc.paragraphs[0].section == "Keynote address: Dame Sue Owen, former Permanent Secretary"
    assert doc.title == "Seminar report: Leading departments through spending restraint"
    assert doc.paragraphs[1].text.endswith("kept more trust than one which cut quietly.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_roundtable_note_numbered_1_1_under_numbered_headings_gives_each_part_its_voice(pdf: bool) -> None:
    """Paragraphs "1.1", "2.1" under numbered headings "1. Opening remarks", "2. Keynote:
    Professor Donna Hall, …", "3. Discussion": the chair's opening (the participants list marks
    her "(Chair)" between name and council), the keynote's, the floor's, the publisher's next
    steps. Each had been the publisher's but where a paragraph opened with the keynote's name;
    "She reminded …" goes on with the one before it in its section."""
    text = (SHAPES / "roundtable-note-numbered-1-1-under-numbered-headings.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(p.label, p.speaker) for p in doc.paragraphs] == [
        ("1.1", "Cllr Helen Ward"),
        ("1.2", "Cllr Helen Ward"),
        ("2.1", "Professor Donna Hall"),
        ("2.2", "Professor Donna Hall"),
        ("3.1", "Discussion"),
        ("3.2", "Discussion"),
        ("3.3", "Discussion"),
        ("4.1", "Public Service Reform Network"),
    ]
    assert [(p.name, p.role) for p in doc.participants[:2]] == [
        ("Cllr Helen Ward", "chair"),
        ("Professor Donna Hall", "participant"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminars_key_themes_are_no_subtitle_and_a_questioner_named_with_her_council_is_heard(
    pdf: bool,
) -> None:
    """ "Key themes" over a list under the cover's date is no subtitle (citations had named the
    seminar "…: Key themes"); "Cllr Sarah Hughes (Northshire) asked …" is hers, the chair's
    closing his ("The Chair closed …", "Peter Grant (Chair), …" in the list)."""
    text = (SHAPES / "breakfast-seminar-key-themes-over-a-presentation-and-questions.txt").read_text(
        encoding="utf-8"
    )
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert doc.subtitle == ""
    assert [(p.label, p.speaker) for p in doc.paragraphs] == [
        ("1", "Dr Akash Paun"),
        ("2", "Dr Akash Paun"),
        ("3", "Cllr Sarah Hughes"),
        ("4", "Discussion"),
        ("5", "Peter Grant"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminar_reports_annex_numbered_afresh_is_a_series_of_its_own(pdf: bool) -> None:
    """ "Annex A: Notes from the breakout groups" numbering its paragraphs from 1 again: annex A's
    1 and 2, cited "Annex A, para. 1" (they had been paragraphs 1 and 2 a second time)."""
    text = (SHAPES / "seminar-report-with-an-annex-numbered-afresh.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(p.series, p.label) for p in doc.paragraphs] == [
        *[("paragraph", str(n)) for n in (1, 2, 3, 4)],
        ("annex-a", "1"),
        ("annex-a", "2"),
    ]
    assert reference(doc.paragraphs[4]) == "Annex A, para. 1"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_roundtable_note_listing_its_participants_on_one_cover_line_hears_them(pdf: bool) -> None:
    """ "Participants: Sally Warren (Chair), The King's Fund; Cllr David Fothergill, …; …" on the
    cover: they took part (none had), the line is no subtitle (citations had carried it), and
    "Cllr Fothergill said …", "Martin Green warned …" in the discussion are theirs. The title is
    the line under "Roundtable note", the paper's kind."""
    text = (SHAPES / "roundtable-note-listing-its-participants-on-one-cover-line.txt").read_text(
        encoding="utf-8"
    )
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert doc.subtitle == ""
    assert doc.title == "The future of adult social care funding"  # not its kind, "Roundtable note"
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Sally Warren", "chair"),
        ("Cllr David Fothergill", "participant"),
        ("Sarah McClinton", "participant"),
        ("Martin Green", "participant"),
    ]
    # a lone part after a name is a body, not a post, when it starts "The" or is initials
    assert [(p.title, p.organisation) for p in doc.participants[:3]] == [
        ("", "The King's Fund"),
        ("", "Local Government Association"),
        ("", "ADASS"),
    ]
    assert [p.speaker for p in doc.paragraphs] == [
        "Sally Warren",
        "Sally Warren",
        "Cllr David Fothergill",
        "Martin Green",
        "Discussion",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminar_note_naming_its_opening_presenter_and_its_participants_in_columns(pdf: bool) -> None:
    """ "Opening presentation: Professor Ewart Keep, University of Oxford" heads his
    paragraphs (they had been the introduction's); the participants, a table set in columns
    by spaces ("Jane Smith    Northshire Local Enterprise Partnership"), are each a name and
    an organisation (the whole line had been the name), a comma inside a body's name no
    title's end ("Department for Business, Innovation and Skills")."""
    text = (SHAPES / "seminar-note-its-participants-in-columns.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [p.speaker for p in doc.paragraphs] == [
        "Professor Ewart Keep",
        "Professor Ewart Keep",
        "Jane Smith",
        "Discussion",
        "Discussion",
    ]
    assert [(p.name, p.title, p.organisation) for p in doc.participants] == [
        ("Professor Anne Green", "", "University of Warwick"),
        ("Professor Ewart Keep", "", "University of Oxford"),
        ("Jane Smith", "", "Northshire Local Enterprise Partnership"),
        ("Dr Tom Baird", "", "Association of Colleges"),
        ("Rachel Price", "", "Department for Business, Innovation and Skills"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_participants_table_read_from_a_pdfs_text_keeps_its_columns_apart(pdf: bool) -> None:
    """The panel's table (Name, Title, Organisation; tabs as written, gaps of spaces in a
    PDF's text): each row a name, a post and a body, as printed (in a PDF's text the whole
    row had been the name)."""
    text = (SHAPES / "seminar-with-dagger-notes-and-a-panel.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(p.name, p.title, p.organisation) for p in doc.participants][3:5] == [
        ("Tony Alderman", "Chair", "Barnet College"),
        ("Nick Brown OBE", "Principal", "Oldham Sixth Form College"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text, page by page"])
def test_a_seminars_footer_with_its_page_number_and_a_keynote_headed_in_capitals(pdf: bool) -> None:
    """Each page footed "LSIS Policy Seminar Series · Page 2 of 3": a running footer, its
    number the page's (it had headed the paragraphs after it as their section); "KEYNOTE
    ADDRESS: DAME JULIA CLEVERDON, CHAIR, …" names her as she writes her name, in the
    paragraphs' speaker and the participants."""
    text = (SHAPES / "seminar-footed-page-n-of-m-its-keynote-in-capitals.txt").read_text(encoding="utf-8")
    if pdf:
        text = "\f".join(as_pdf_text(page) for page in text.split("\f"))
    reading = read_genre(text, load_themes())
    doc = reading.document
    keynote = "KEYNOTE ADDRESS: DAME JULIA CLEVERDON, CHAIR, NATIONAL COUNCIL FOR VOLUNTARY ORGANISATIONS"
    assert [(p.label, p.speaker, p.section, p.page) for p in doc.paragraphs] == [
        ("1", "Dame Julia Cleverdon", keynote, 1),
        ("2", "Dame Julia Cleverdon", keynote, 1),
        ("3", "Dame Julia Cleverdon", keynote, 2),
        ("4", "Discussion", "DISCUSSION", 2),
        ("5", "Discussion", "DISCUSSION", 3),
        ("6", "Discussion", "DISCUSSION", 3),
    ]
    assert [(p.name, p.title, p.organisation) for p in doc.participants] == [
        ("Dame Julia Cleverdon", "Chair", "National Council for Voluntary Organisations")
    ]
    assert reading.headers == ["LSIS Policy Seminar Series"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text, page by page"])
def test_a_reports_running_footer_with_page_n_of_m_is_furniture(pdf: bool) -> None:
    """ "Better Care Fund review | Page 2 of 3" at each page's foot: a running footer (the
    number beside it changing from page to page), which numbers the pages; it had been text,
    heading paragraph 5 as its section."""
    text = (SHAPES / "board-report-footed-with-its-title-and-page-n-of-m.txt").read_text(encoding="utf-8")
    if pdf:
        text = "\f".join(as_pdf_text(page) for page in text.split("\f"))
    reading = read_genre(text, load_themes())
    assert [(p.label, p.section, p.page) for p in reading.document.paragraphs] == [
        ("1", "Background", 1),
        ("2", "Background", 1),
        ("3", "Performance", 2),
        ("4", "Performance", 2),
        ("5", "Performance", 3),
        ("6", "Recommendation", 3),
    ]
    assert not any("Page" in p.text for p in reading.document.paragraphs)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_public_accounts_reports_witnesses_are_named_not_their_posts(pdf: bool) -> None:
    """The witness list reads "Sir Chris Wormald, Permanent Secretary, Department of Health
    and Social Care; Amanda Pritchard, Chief Executive, …": two witnesses (the post, two
    capitalised words between commas, had been read as a third). Each conclusion's
    recommendation is part of its unit."""
    text = (SHAPES / "public-accounts-report-each-conclusion-over-its-recommendation.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(p.name, p.role) for p in report.participants] == [
        ("Sir Chris Wormald", "witness"),
        ("Amanda Pritchard", "witness"),
    ]
    assert [(p.series, p.label) for p in report.paragraphs] == [
        *[("recommendation", str(n)) for n in (1, 2, 3)],
        *[("paragraph", str(n)) for n in (1, 2, 3, 4, 5)],
    ]
    assert report.paragraphs[0].text.endswith("setting out its revised trajectory for each target.")


BRIEFING = SHAPES / "research-briefing-its-number-and-author-over-its-title-then-a-contents-page.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text, page by page"])
def test_a_briefings_number_over_its_byline_is_no_title(pdf: bool) -> None:
    """ "Research Briefing" over "Number CBP 9912", "By Mark Sandford" and the date, then the
    title: the paper's number is no title (it had been the title; with no blank lines, the
    kind of paper, "Research Briefing")."""
    text = BRIEFING.read_text(encoding="utf-8")
    if pdf:
        text = "\f".join(as_pdf_text(page) for page in text.split("\f"))
    briefing = read_genre(text, load_themes()).document
    assert (briefing.title, briefing.author, briefing.date) == (
        "Local government finance in England: the settlement for 2024/25",
        "Mark Sandford",
        "2024-02-12",
    )


def test_a_contents_page_and_a_web_address_at_a_pages_foot_are_no_paragraphs() -> None:
    """A contents page's entries ("2 Council tax 5", one wrapped onto a second line before its
    page's number) and the publisher's web address alone at the page's foot
    ("commonslibrary.parliament.uk") are no units (the wrapped entry and the address had been
    read as paragraphs, the entry above them their section); the body's sections are its own
    headings. Inspect counts the contents page's six lines with the cover's five as front
    matter, left out, not lost from the count."""
    reading = read_file(BRIEFING, load_themes())
    briefing = reading.document
    assert reading.front_matter == 11
    assert [(u.section, u.text[:30]) for u in briefing.paragraphs] == [
        ("Summary", "The local government finance s"),
        ("Summary", "This briefing explains how the"),
        ("1.1 Core spending power", "Core spending power is the Gov"),
        ("1.1 Core spending power", "The Government estimates that "),
        ("1.2 The funding guarantee", "A funding guarantee ensures th"),
        ("2 Council tax", "Councils may raise council tax"),
        ("2 Council tax", "Some councils in financial dif"),
        (
            "3 Business rates: the delayed reset of the retention system and what it means for councils",
            "Councils keep part of the busi",
        ),
    ]


def test_a_numbered_title_wrapped_from_a_full_line_onto_a_few_words_is_one_heading() -> None:
    """The briefing wrapped at 75 characters: "3 Business rates: the delayed reset of the
    retention system and what it" fills its line over "means for councils". A numbered title
    is still one heading, however full its first line (its paragraphs had been under the
    running header's title, the title itself a paragraph)."""
    text = narrow(BRIEFING.read_text(encoding="utf-8"), 75)
    assert "what it\nmeans for councils\n" in text
    wrapped = read_genre(text, load_themes()).document
    assert [(u.section, u.text) for u in wrapped.paragraphs] == [
        (u.section, u.text) for u in read_file(BRIEFING, load_themes()).document.paragraphs
    ]


WORKING_PAPER = SHAPES / "working-paper-numbered-in-its-series-its-references-after-its-conclusion.txt"


def test_a_working_papers_references_are_back_matter_and_its_series_number_no_title() -> None:
    """ "Working Paper 2023/07" over the title is the kind of paper, numbered in its series
    (it had been the title); the works it cites, under "References" after the conclusion, are
    no paragraphs (each had been a unit under "References")."""
    paper = ingest_file(
        SHAPES / "working-paper-numbered-in-its-series-its-references-after-its-conclusion.txt"
    )
    assert paper.title == "Who holds the purse? Fiscal devolution and local accountability in England"
    assert [u.section for u in paper.paragraphs][-3:] == ["3. Findings", "3. Findings", "4. Conclusion"]
    assert paper.paragraphs[-1].text.endswith("will not be realised.")


def test_a_papers_coauthors_named_under_its_title_without_a_byline_wrote_it() -> None:
    """ "Dr Helen Marsh and Professor Tom Akande" over their university, under the title with
    no "By": the paper is theirs (the centre named over its number had been its author and
    every paragraph's speaker). A single name alone on a cover may be a guest's or a chair's,
    and is no author for that."""
    paper = ingest_file(WORKING_PAPER)
    assert paper.author == "Dr Helen Marsh and Professor Tom Akande"
    assert {u.speaker for u in paper.paragraphs} == {"Dr Helen Marsh and Professor Tom Akande"}


@pytest.mark.parametrize(
    ("shape", "title"),
    [
        (
            "scottish-committee-report-its-name-in-gaelic-under-its-english",
            "Inquiry into alcohol and drug services",
        ),
        ("short-report-page-number-above-a-paragraph", "Stage 1 Report on the Planning (Scotland) Bill"),
    ],
)
@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_committees_name_in_gaelic_beside_its_english_is_no_title(
    shape: str, title: str, pdf: bool
) -> None:
    """A Scottish committee prints its name in Gaelic under or over its English name
    ("Comataidh Slàinte, Cùram Sòisealta agus Spòrs"): none of its words recur in the report
    and it has none of English's joining words, so it is the name again, not the title (it had
    been the title); the report's own title is the next line that may be one."""
    text = (SHAPES / f"{shape}.txt").read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert report.title == title
    assert "Committee" in report.author


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow", "narrower"])
def test_a_roundtable_summarys_sessions_keep_their_titles_over_named_remarks_and_key_points(
    printed: str,
) -> None:
    """Each session's title over "Opening remarks: Dr Fiona Grant (Chief Executive, …)" and a
    "Key points" list: the session's title is the section (it had been "Key points" for the
    whole note), the list the rapporteur's, "Dr Grant said …" and "She argued …" hers, a
    "Question from the floor" the discussion's (it had been the Centre's), the "Response: Dr
    Grant said …" under it hers, and "Participants agreed …" the discussion's. Narrow, wrapped
    at 75 characters, the remarks' bracket closes on the next line ("… Northfield Integrated"
    over "Care Board)"): still one heading (it had been a paragraph, "Key points" the section).
    At 60, "Session 1: What has changed since integrated care boards" fills its line over
    "began?": a session's title, however full, asking or not (it had been a paragraph)."""
    shape = SHAPES / "roundtable-summary-each-session-opened-by-named-remarks-over-its-key-points.txt"
    text = shape.read_text(encoding="utf-8")
    if printed.startswith("narrow"):
        text = narrow(text, 75 if printed == "narrow" else 60)
        assert "Integrated\nCare Board)\n" in text or "boards\nbegan?\n" in text
    note = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()).document
    centre, grant, adeyemi = "Centre for Public Futures", "Dr Fiona Grant", "Tom Adeyemi"
    first = "Session 1: What has changed since integrated care boards began?"
    second = "Session 2: Home care and the workforce"
    assert [(u.speaker, u.section, " ".join(u.text.split()[:2])) for u in note.paragraphs] == [
        (centre, "", "This note"),
        (centre, first, "Boards have"),
        (centre, first, "Data sharing"),
        (centre, first, "Workforce shortages"),
        (grant, first, "Dr Grant"),
        (grant, first, "She argued"),
        ("Discussion", first, "What has"),
        (grant, first, "Dr Grant"),
        (centre, second, "Pay for"),
        (centre, second, "Councils commission"),
        (adeyemi, second, "Mr Adeyemi"),
        ("Discussion", second, "Participants agreed"),
        ("Discussion", second, "Would a"),
        (adeyemi, second, "Mr Adeyemi"),
    ]
    assert [p.name for p in note.participants] == [grant, adeyemi, "Priya Nair", "Martin Cole"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_consultation_outcomes_questions_head_their_tallies_and_answers(pdf: bool) -> None:
    """A government's response to a consultation, as GOV.UK publishes it: "Consultation outcome"
    over its title is its kind (it had been the title); each "Question 1: Do you agree …?",
    however long and wrapped onto a second line, heads the tally of answers and the numbered
    paragraphs under it (the first question, too long for a heading, had been a unit with its
    tally, its summary under the chapter's heading); "Government response" under one is its."""
    shape = SHAPES / "consultation-outcome-each-question-its-tally-a-summary-and-the-governments-response.txt"
    text = shape.read_text(encoding="utf-8")
    outcome = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (
        outcome.title == "Government response to the consultation on minimum standards for supported housing"
    )
    first = (
        "Question 1: Do you agree that local authorities should be able to set their own standards within a"
    )
    assert [(u.series, u.label, u.section, u.text.split()[0]) for u in outcome.paragraphs][2:5] == [
        ("text", "1.2", f"{first} national framework?", "Yes:"),
        ("paragraph", "2.1", f"{first} national framework?", "Most"),
        ("paragraph", "2.2", f"{first} national framework?", "Respondents"),
    ]
    assert outcome.paragraphs[6].section == "Question 2: Should providers be required to hold a licence?"
    # "Government response" under a question answers it: the question stays the section (it had been
    # "Government response" alone, which question it answered lost)
    assert [
        u.section for u in outcome.paragraphs if u.series == "paragraph" and u.label in ("2.3", "2.5")
    ] == [
        f"{first} national framework? – Government response",
        "Question 2: Should providers be required to hold a licence? – Government response",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminar_speakers_name_over_their_post_heads_their_paragraphs(pdf: bool) -> None:
    """A seminar report's keynote speaker named on one line and their post on the next, no
    blank line between ("Dame Julia Cleverdon" over "Special Adviser, Teach First"): their
    paragraphs are theirs (the two lines had been a unit of text, the paragraphs the
    introduction's); the running header shortens the event ("Seminar Three – 12 October 2010",
    the cover's "Policy Seminar Three") and ends in the page's number, set apart: no heading,
    and the paragraph under it is on page 2 (it had been the section, and its speaker)."""
    shape = SHAPES / "seminar-report-each-speaker-named-over-their-post-under-a-shortened-running-header.txt"
    text = shape.read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    keynote = "Dame Julia Cleverdon, Special Adviser, Teach First"
    assert [(u.label, u.speaker, u.section, u.page) for u in report.paragraphs[:5]] == [
        ("1", "Introduction", "Introduction", 1),
        ("2", "Introduction", "Introduction", 1),
        ("3", "Dame Julia Cleverdon", keynote, 1),
        ("4", "Dame Julia Cleverdon", keynote, 1),
        ("5", "Dame Julia Cleverdon", keynote, 2),
    ]
    assert not any("Seminar Three" in u.text or "Teach First" in u.text for u in report.paragraphs)


def test_a_seminar_panels_paragraph_opening_by_a_participants_name_is_theirs() -> None:
    """Under "Panel responses" (a part of many voices, "Discussion"), "Mark Dawe said …" and
    "Anne Milton described …" are theirs, as the participants list names them (they had been
    the discussion's); "Participants agreed …" stays the discussion's. The "Panellists:" list
    over their names is no text (it had been a unit), and names them with no list at the end."""
    shape = SHAPES / "seminar-report-each-speaker-named-over-their-post-under-a-shortened-running-header.txt"
    report = ingest_file(shape)
    spoken = {u.label: u.speaker for u in report.paragraphs if u.series == "paragraph"}
    assert [spoken[label] for label in ("6", "7", "8", "9")] == [
        "Mark Dawe",
        "Anne Milton",
        *["Discussion"] * 2,
    ]
    assert not any("Panellists" in u.text for u in report.paragraphs)
    unlisted = read_genre(
        shape.read_text(encoding="utf-8").split("\nParticipants\n")[0], load_themes()
    ).document
    assert {p.name for p in unlisted.participants} >= {"Mark Dawe", "Anne Milton"}
    assert [u.speaker for u in unlisted.paragraphs if u.series == "paragraph"][5:7] == [
        "Mark Dawe",
        "Anne Milton",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_line_in_brackets_on_a_cover_is_no_paragraph(pdf: bool) -> None:
    """A select committee's cover names its chair in brackets under its parliament ("(Hon Sarah
    Tremaine, Chairperson)"), then the month: a bracketed line is no sentence, so the text
    begins at the recommendations, the month dates the report (the line and the month had been
    its first two units, under "Fifty-fourth Parliament", and the report undated)."""
    text = (SHAPES / "select-committee-report-its-chair-in-brackets-under-its-parliament.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert report.date == "2024-08"
    assert (report.paragraphs[0].section, report.paragraphs[0].text.split()[:3]) == (
        "Recommendations",
        ["The", "Health", "Committee"],
    )
    assert not any(u.text.startswith(("(", "August")) for u in report.paragraphs)


IRISH_REPORT = (
    SHAPES / "joint-committee-report-its-name-in-irish-over-its-english-a-foreword-by-its-cathaoirleach.txt"
)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_cover_in_irish_and_english_is_titled_dated_and_authored_by_its_english(pdf: bool) -> None:
    """An Oireachtas committee's cover names its House and itself in Irish over English
    ("Tithe an Oireachtais" over "Houses of the Oireachtas"): the House is no title, nor its
    Irish name, two words that a longer translation on the same cover ("An Comhchoiste um …")
    shows to be one (the title had been "Tithe an Oireachtais"); a "Joint Committee on …" is
    its author (none had been); "November 2023" under the title dates it, not the day of a
    hearing a foreword's sentence names (it had been dated 4 October)."""
    text = IRISH_REPORT.read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert report.title == (
        "Report on Pre-Legislative Scrutiny of the General Scheme of the Residential Tenancies"
        " (Amendment) Bill 2023"
    )
    assert (report.date, report.author) == (
        "2023-11",
        "Joint Committee on Housing, Local Government and Heritage",
    )


def test_a_numbered_reports_foreword_is_front_matter() -> None:
    """The chair's signed foreword before the numbered recommendations is front matter, as a
    response's introduction before its first item is: no unit, no words of any, and counted
    among the lines left out before the first unit."""
    text = IRISH_REPORT.read_text(encoding="utf-8")
    reading = read_genre(text, load_themes())
    units = reading.document.paragraphs
    assert (units[0].series, units[0].label) == ("recommendation", "1")
    assert not any("Renters" in u.text or "Matthews" in u.text for u in units)
    lines = text.splitlines()
    before = [line for line in lines[: lines.index(next(ln for ln in lines if ln.startswith("1. ")))] if line]
    assert reading.front_matter == len(before)


WEB_PUBLICATION = SHAPES / "web-publication-its-notes-marked-footnote-n-and-listed-with-links-back.txt"


def test_a_web_publications_notes_marked_in_words_attach_to_their_paragraphs() -> None:
    """A web publication copied as text marks its notes "missions.[footnote 1]" and lists them
    under "Footnotes", each "1. Text ↩" with its link back: each note is its paragraph's, the
    mark and the link out of the text (the list had been read as paragraphs, a note's text the
    last section's heading)."""
    paper = ingest_file(WEB_PUBLICATION)
    assert [[(f.mark, f.text[:30]) for f in u.footnotes] for u in paper.paragraphs] == [
        [("1", "The missions were first set ou")],
        [],
        [("2", "Office for National Statistics")],
        [],
        [("3", "Department for Science, Innova")],
    ]
    assert not any("footnote" in u.text or "↩" in u.text for u in paper.paragraphs)
    assert all(not f.text.endswith("↩") for u in paper.paragraphs for f in u.footnotes)


def test_a_paragraph_opening_by_a_year_is_no_byline() -> None:
    """ "By 2030, domestic public investment in research … will increase by at least 40%." is a
    sentence, not a byline ("By Mark Sandford"): a paragraph (it had been left out of every
    unit, and its note with it)."""
    paper = ingest_file(WEB_PUBLICATION)
    assert paper.paragraphs[-1].text.startswith("By 2030, domestic public investment")
    assert paper.paragraphs[-1].section == "3. Research and development"


def test_a_cover_whose_only_line_under_the_credit_is_its_code_in_brackets_is_read() -> None:
    """ "Written evidence submitted by Carers Trust" over "(ASC0042)" alone on the next line,
    as a narrow column wraps it: the bracketed code is no title and the credit titles the
    paper (reading it had raised an IndexError, a traceback instead of a reading)."""
    text = (
        "Written evidence submitted by Carers Trust\n(ASC0042)\n\n"
        "1. We welcome the Committee's inquiry into adult social care and the support it gives to carers.\n\n"
        "2. Fewer than one in five carers has had a carer's assessment in the last year.\n\n"
        "3. Respite breaks are the support carers value most, and funding for them has fallen.\n"
    )
    paper = read_genre(text, load_themes()).document
    assert (paper.title, paper.author) == ("Written evidence submitted by Carers Trust", "Carers Trust")
    assert [u.label for u in paper.paragraphs] == ["1", "2", "3"]


def test_a_page_laid_out_in_two_columns_side_by_side_is_read_down_each_column() -> None:
    """`pdftotext -layout` writes a two-column page line by line across both columns ("1. The
    roundtable brought together      6. Participants questioned whether"): read down, the left
    column then the right, its units are those of the same report in one column (read across,
    every unit had joined halves of two sentences). A table of names beside their
    organisations, a few words a cell, stays a table."""
    columns = ingest_file(
        SHAPES / "roundtable-report-laid-out-in-two-columns-as-pdftotext-layout-writes-it.txt"
    )
    one = ingest_file(SHAPES / "roundtable-report-with-an-opening-address-and-a-panel.txt")
    assert [(u.label, u.speaker, u.section, u.text) for u in columns.paragraphs] == [
        (u.label, u.speaker, u.section, u.text) for u in one.paragraphs
    ]
    table = ingest_file(SHAPES / "seminar-note-its-participants-in-columns.txt")
    assert [p.name for p in table.participants] == [
        "Professor Anne Green",
        "Professor Ewart Keep",
        "Jane Smith",
        "Dr Tom Baird",
        "Rachel Price",
    ]


@pytest.mark.parametrize("wrapped", [False, True], ids=["on one line", "wrapped"])
def test_an_events_speakers_listed_on_one_line_apart_by_semicolons_are_its_participants(
    wrapped: bool, tmp_path: Path
) -> None:
    """ "Speakers: Andy Burnham, Mayor of Greater Manchester; Dr Paul Swinney, …; Baroness Jo
    Valentine, …" on one line under the date: who took part, no paragraph (it had been the
    first unit, and no one a participant), so "Andy Burnham said: …" is his. So too with every
    line wrapped, as a word processor's PDF sets them (the list had been the first unit again)."""
    path = SHAPES / "event-summary-its-speakers-listed-on-one-line-apart-by-semicolons.txt"
    if wrapped:
        lines = path.read_text(encoding="utf-8").split("\n")
        path = tmp_path / path.name
        path.write_text("\n".join(textwrap.fill(line, 75) for line in lines), encoding="utf-8")
    summary = ingest_file(path)
    assert [(p.name, p.title) for p in summary.participants] == [
        ("Andy Burnham", "Mayor of Greater Manchester"),
        ("Dr Paul Swinney", "Director of Policy"),
        ("Baroness Jo Valentine", "Chair"),
    ]
    assert summary.paragraphs[0].text.startswith("This summary is written under the Chatham House Rule")
    quoted = next(u for u in summary.paragraphs if "brownfield-first" in u.text)
    assert quoted.speaker == "Andy Burnham"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_recommendation_listed_first_and_restated_in_its_chapter_is_the_same_recommendation(
    pdf: bool,
) -> None:
    """A committee lists its recommendations after the cover ("Recommendation 1" over "That the
    Government …"), then prints each again where its chapter ends: each printing is that
    recommendation, under its number (the second had been nameless text under a section
    "Recommendation 1"), its section the part it stands in. "Report of the Standing Committee
    on Finance" under the title in capitals names its author (the chair had been), no
    subtitle."""
    shape = "standing-committee-report-listing-its-recommendations-then-restating-each-in-its-chapter.txt"
    text = (SHAPES / shape).read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (report.title, report.author) == (
        "HOUSING AFFORDABILITY IN CANADA",
        "Standing Committee on Finance",
    )
    items = [(u.label, u.section) for u in report.paragraphs if u.series == "recommendation"]
    assert items == [
        ("1", "LIST OF RECOMMENDATIONS"),
        ("2", "LIST OF RECOMMENDATIONS"),
        ("1", "Supply of Rental Housing"),
        ("2", "Development Charges"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminars_numbered_questions_and_answers_are_whose_labels_name(pdf: bool) -> None:
    """A seminar's numbered "Question (Sarah Jones, Local Government Association): …" and
    "Answer (Professor Keep): …" under "Questions and answers": each is the one its label names,
    in full as the participants list gives them (all had been the discussion's)."""
    shape = "seminar-summary-its-questions-and-answers-numbered-each-naming-who-asks-or-answers.txt"
    text = (SHAPES / shape).read_text(encoding="utf-8")
    seminar = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [u.speaker for u in seminar.paragraphs if u.section == "Questions and answers"] == [
        *("Sarah Jones", "Professor Ewart Keep", "Dan Smith", "Mr Tom Wilson"),
    ]


@pytest.mark.parametrize("pdf", [False, True])
def test_a_dame_named_by_her_first_name_speaks_the_paragraph(pdf: bool) -> None:
    """A seminar note whose chair is "Dame Julia Unwin" closes "Dame Julia closed the seminar
    …": that paragraph is hers, as a knight or dame is named on second mention (it had been
    the discussion's). Its questions and answers bracket who asks and who answers ("Q (Sarah
    Elliott, Voluntary Action Leeds): …", "A (Rob Wilson): …"): each theirs, the label no
    part of the text. (A PDF's text, no blank lines, runs the opening remarks' three paragraphs
    into one: nothing there says where the first ends.)"""
    note = shape_read("seminar-note-its-questions-and-answers-bracketing-who-asks-and-who-answers.txt", pdf)
    said = {" ".join(u.text.split()[:4]): u.speaker for u in note.paragraphs[-6:]}
    assert said == {
        "How can small infrastructure": "Sarah Elliott",
        "By showing what the": "Rob Wilson",
        "Is there a role": "Tom Levitt",
        "Yes, and some are": "Caroline Slocock",
        "I would add that": "Rob Wilson",
        "Dame Julia closed the": "Dame Julia Unwin",
    }


def test_a_participants_table_a_cell_a_line_its_rows_apart_is_a_person_a_row() -> None:
    """A seminar's participants table as a PDF's text gives it: a cell a line, a blank line
    between rows. Every cell had been a participant of its own ("Vice-Chancellor", "Keele
    University"); each row is one now, its name, post and body."""
    report = shape_read("seminar-report-its-participants-a-table-a-cell-a-line-as-a-pdf-gives-it.txt")
    assert [(p.name, p.title, p.organisation, p.role) for p in report.participants] == [
        ("Professor Dame Janet Finch", "Vice-Chancellor", "Keele University", "chair"),
        ("Sir Michael Bichard", "Director", "Institute for Government", "keynote"),
        ("Anna Coote", "Head of Social Policy", "New Economics Foundation", "keynote"),
        ("Jane Smith", "Principal", "Northshire College", "participant"),
    ]
    assert [u.label for u in report.paragraphs] == [str(n) for n in range(1, 13)]


@pytest.mark.parametrize("numbered", ["numbered", "unnumbered"])
def test_attendees_a_cell_a_line_their_rows_apart_are_a_person_a_row(numbered: str) -> None:
    """The attendees' table after a roundtable's summary, a cell a line and a blank line between
    rows, read by the numbered report's reader and by the unnumbered text's: each cell had been
    an attendee ("Academy of Medical Sciences" among them)."""
    report = shape_read(f"roundtable-summary-{numbered}-its-attendees-a-cell-a-line-as-a-pdf-gives-them.txt")
    assert [(p.name, p.organisation, p.role) for p in report.participants] == HOUSING_ROUNDTABLE


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_speakers_line_that_wraps_and_answers_labelled_by_title_and_surname(pdf: bool) -> None:
    """ "Speakers: Cllr Shaun Davies, …; Jo Miller, former Chief" over "Executive, Doncaster
    Council" in a PDF's text: her post had lost its last words to a paragraph of their own. And
    "A (Cllr Davies): …" is Cllr Shaun Davies's answer, as "Professor Ardern" is the professor's."""
    doc = shape_read(
        "event-write-up-its-speakers-on-one-wrapping-line-answers-labelled-by-short-names.txt", pdf
    )
    assert [(p.name, p.title, p.organisation) for p in doc.participants][1:] == [
        ("Cllr Shaun Davies", "Chair", "Local Government Association"),
        ("Jo Miller", "former Chief Executive", "Doncaster Council"),
    ]
    assert [u.speaker for u in doc.paragraphs][-4:] == [
        "Sarah Lee",
        "Jo Miller",
        "Tom Hart",
        "Cllr Shaun Davies",
    ]
    assert not any(u.text.startswith("Executive, Doncaster") for u in doc.paragraphs)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_what_stands_before_a_contents_page_is_front_matter(pdf: bool) -> None:
    """A committee's report of unnumbered paragraphs: its cover, the Speaker's permission to
    publish, its members and its formal "has the honour to present" stand before its contents
    page, and none is a paragraph; the recommendations its list gives are without the list's
    leaders and page, and the committee its cover names wrote every paragraph, its long name
    wrapped in a PDF's text ("… Skills and Social Development and the Status of" over "Persons
    with Disabilities") read whole. Read as a PDF's text, its notes had made the reader fail
    (IndexError)."""
    doc = shape_read(
        "committee-report-unnumbered-its-members-and-a-permission-notice-before-its-contents.txt", pdf
    )
    text = " ".join(u.text for u in doc.paragraphs)
    for front in (
        "MARCH 2024",
        "hereby made available",
        "honour to present",
        "Standing Order 108",
        "Kowalski",
    ):
        assert front not in text
    assert doc.paragraphs[0].text.startswith("As a result of their deliberations")
    listed = [u.text for u in doc.paragraphs if u.series == "recommendation"]
    assert [u.label for u in doc.paragraphs if u.series == "recommendation"] == ["1", "2", "3"] * 2
    assert listed[:3] == listed[3:]
    assert listed[0].endswith("with measurable targets and annual public reporting.")
    assert doc.date == "2024-03"
    assert {u.speaker for u in doc.paragraphs} == {
        "Standing Committee on Human Resources, Skills and Social Development and the Status of Persons "
        "with Disabilities"
    }


def test_a_papers_summary_before_its_contents_page_is_text() -> None:
    """A summary, or an audit's highlights, printed before the contents page is the paper's."""
    briefing = shape_read("research-briefing-its-number-and-author-over-its-title-then-a-contents-page.txt")
    assert briefing.paragraphs[0].section == "Summary"
    audit = shape_read(
        "audit-report-written-as-a-letter-to-a-chairman-numbering-recommendations-after-it.txt"
    )
    assert audit.paragraphs[1].section == "Why GAO Did This Study"


def test_a_contents_pages_leaders_longer_than_the_text_lines_leave_its_paragraphs_whole() -> None:
    """A contents page's dots, set in narrow type, run longer than any line of the text (as a
    PDF's text gives them): they set the text's measure, every line of a paragraph looked
    short, and a paragraph's first line had become a heading over the rest ("In FY2023, …"
    over "$4.0 billion came …")."""
    doc = shape_read(
        "research-service-report-its-summary-before-a-contents-page-whose-leaders-outrun-its-lines.txt"
    )
    assert [u.section for u in doc.paragraphs][:8] == [
        *["Summary"] * 3,
        *["Introduction"] * 2,
        "Program Requirements",
        "Funding",
        "Issues for Congress",
    ]
    assert [u.text.split()[0] for u in doc.paragraphs][:8] == [
        "Community",
        "Most",
        "This",
        "The",
        "The",
        "To",
        "In",
        "Congress",
    ]


def test_a_note_at_a_pages_foot_ends_at_the_running_footer_in_a_text_without_page_breaks() -> None:
    """In a PDF's text with no page breaks nor blank lines, the page's last note ("2 HRSA, …
    chapter 20.") runs on to the footer and the next page's header, both taken out: the note
    had run on through the next page, its headings and paragraphs lost in it."""
    doc = shape_read(
        "research-service-report-its-summary-before-a-contents-page-whose-leaders-outrun-its-lines.txt",
        pdf=True,
    )
    sections = [u.section for u in doc.paragraphs]
    assert sections.count("Funding") == sections.count("Issues for Congress") == 1
    assert [(n.mark, n.text) for u in doc.paragraphs for n in u.footnotes] == [
        ("1", "42 U.S.C. §254b."),
        ("2", "HRSA, Health Center Program Compliance Manual, chapter 20."),
        ("3", "HRSA, FY2024 Budget Justification."),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_publishers_page_over_its_address_and_charity_number_is_back_matter(pdf: bool) -> None:
    """ "About the Health Foundation", then its address over "Registered charity number: …",
    after a roundtable's last question: the publisher's page, not the event's text (the address
    over the charity's number had read as a heading over text, so the about page as more of
    the report)."""
    doc = shape_read(
        "event-report-its-takeaways-numbered-then-chaired-sessions-then-its-publisher-over-its-charity-number.txt",
        pdf,
    )
    assert not [u for u in doc.paragraphs if "independent charity" in u.text or "286967" in u.text]
    assert doc.paragraphs[-1].text.startswith("A participant from a local authority asked")


def test_a_members_list_a_line_a_block_ends_at_the_next_lists_label_in_capitals() -> None:
    """The committee's members, each name a paragraph of its own as a PDF spaces them, end at
    the next label in capitals ("CLERK OF THE COMMITTEE"): that label, the library's name and
    "has the honour to present its" had been members."""
    shape = SHAPES / "committee-report-unnumbered-its-members-and-a-permission-notice-before-its-contents.txt"
    cover, contents, body = shape.read_text(encoding="utf-8").partition("TABLE OF CONTENTS")
    spaced = "\n\n".join(line for line in cover.splitlines() if line.strip())
    doc = read_genre(f"{spaced}\n\n{contents}{body}", load_themes()).document
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Hon. Margaret Ellison", "chair"),
        ("Daniel Roy", "member"),
        ("Priya Natarajan", "member"),
        ("Tom Becker", "member"),
        ("Louise Gagnon", "member"),
        ("Hassan Omar", "member"),
        ("Carol Whitfield", "member"),
    ]


def test_a_speaker_named_after_a_clause_leading_in_speaks_the_paragraph() -> None:
    """ "Opening the session, Jennifer Dixon asked …", "Asked whether pooled budgets were the
    answer, Sam Allen said …": the one named after the clause speaks, as one named first does;
    a paragraph that only reports a question from the floor stays the discussion's."""
    doc = shape_read(
        "event-report-its-takeaways-numbered-then-chaired-sessions-then-its-publisher-over-its-charity-number.txt"
    )
    assert [u.speaker for u in doc.paragraphs][3:] == [
        "Dr Jennifer Dixon",
        "Sam Allen",
        "Professor Chris Ham",
        "Anita Shah",
        "Tom Richards",
        "Sam Allen",
        "Discussion",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_heading_under_a_paragraph_ending_in_a_bracketed_note_mark_is_a_heading(pdf: bool) -> None:
    """ "… easy to count.[1]" over "Keynote — Professor Helen Marsh, University of Birmingham"
    over "3) …": in a PDF's text, without blank lines, the mark after the full stop hid the
    sentence's end, so the heading had run on as the paragraph's last words and the keynote's
    paragraphs were the chair's."""
    doc = shape_read(
        "seminar-report-each-part-headed-by-its-speaker-after-a-dash-its-notes-bracketed.txt", pdf
    )
    assert [u.speaker for u in doc.paragraphs] == [
        *["Sir Andrew Cole"] * 2,
        *["Professor Helen Marsh"] * 3,
        *["Discussion"] * 3,
        "Sir Andrew Cole",
    ]
    assert doc.paragraphs[1].text.endswith("easy to count.")
    assert [n.mark for u in doc.paragraphs for n in u.footnotes] == ["1", "2"]


def test_an_event_report_set_in_a_narrow_column_reads_its_fields_and_speakers_whole() -> None:
    """The event report wrapped at 46 characters, as a page of two columns prints it: "Chair: Dr
    Jennifer Dixon, Chief Executive, the" over "Health Foundation", "Speakers: Sam Allen, Chief
    Executive, North" over two lines more, and "Asked whether pooled budgets were the answer,"
    over "Sam Allen said …". The chair's post had lost its last words to a chair of its own, the
    speakers' field all but its first line to a paragraph, and the answer its speaker."""
    shape = (
        "event-report-its-takeaways-numbered-then-chaired-sessions-then-its-publisher-over-its-charity-number"
    )
    text = (SHAPES / f"{shape}.txt").read_text(encoding="utf-8")
    narrow = "\n\n".join(
        "\n".join(textwrap.fill(line, 46) for line in block.split("\n")) for block in text.split("\n\n")
    )
    doc = read_genre(narrow, load_themes()).document
    written = shape_read(f"{shape}.txt")
    assert [(p.name, p.title, p.organisation) for p in doc.participants] == [
        ("Dr Jennifer Dixon", "Chief Executive", "the Health Foundation"),
        ("Sam Allen", "Chief Executive", "North East and North Cumbria ICB"),
        ("Professor Chris Ham", "Co-Chair", "NHS Assembly"),
        ("Anita Shah", "Director", "Healthwatch Leeds"),
        ("Tom Richards", "Chief Officer", "Voluntary Action Sheffield"),
    ]
    assert [u.speaker for u in doc.paragraphs] == [u.speaker for u in written.paragraphs]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_disclaimer_after_the_text_is_back_matter(pdf: bool) -> None:
    """The publisher's "Disclaimer" after the author's details, the report's last page: its
    notice, the same in every paper, had been the report's last paragraph."""
    doc = shape_read(
        "research-service-report-its-summary-before-a-contents-page-whose-leaders-outrun-its-lines.txt", pdf
    )
    assert doc.paragraphs[-1].section == "Issues for Congress"
    assert not [u for u in doc.paragraphs if "nonpartisan shared staff" in u.text]


def test_a_speakers_heading_wrapped_mid_name_as_large_type_wraps_it_heads_whole() -> None:
    """ "Opening remarks — Sir Andrew" over "Cole, Chair, Public Services Forum" over the first
    paragraph, and "Closing remarks — Sir Andrew" over "Cole" over the last, as a heading in
    large type wraps in a narrow column: the first had been headed "Cole, Chair, …" and spoken
    by "Sir Andrew", the last left in the discussion."""
    shape = SHAPES / "seminar-report-each-part-headed-by-its-speaker-after-a-dash-its-notes-bracketed.txt"
    text = shape.read_text(encoding="utf-8")
    wrapped = text.replace("— Sir Andrew Cole, Chair", "— Sir Andrew\nCole, Chair").replace(
        "Closing remarks — Sir Andrew Cole", "Closing remarks — Sir Andrew\nCole"
    )
    doc = read_genre(wrapped, load_themes()).document
    assert [(u.speaker, u.section) for u in doc.paragraphs] == [
        (u.speaker, u.section) for u in shape_read(shape.name).paragraphs
    ]


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_a_programme_names_who_spoke_and_a_parts_title_after_its_kind_is_no_speaker(printed: str) -> None:
    """A seminar's programme times each item ("10:15  Keynote: The funding gap in context –
    Professor Alan Reid, University of Kent", "Chair: Dr Helen Marsh" and the panel's names
    under "11:00  Panel: …"): those it names took part, in the roles it gives them, and each
    part's paragraphs opening with a speaker's name are theirs. "Keynote: The funding gap in
    context" and "Panel: What would a sustainable settlement look like?" head their parts (the
    first had been a keynote speaker of that name, the second the panel's only speaker).
    Narrow, at 60 characters, "… – Professor Alan" runs over "Reid, University of Kent": one
    presenter (they had been a keynote "Professor Alan" and a participant "Reid")."""
    text = (
        SHAPES / "seminar-summary-its-programme-timing-a-keynote-and-a-panel-naming-who-spoke.txt"
    ).read_text()
    if printed == "narrow":
        text = narrow(text, 60)
        assert "Professor Alan\nReid, University of Kent" in text
    doc = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()).document
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Dr Helen Marsh", "chair"),
        ("Professor Alan Reid", "keynote"),
        ("Sarah Okafor", "participant"),
        ("James Whitlock", "participant"),
    ]
    spoken = [(u.speaker, u.section) for u in doc.paragraphs if u.section != "Open discussion"]
    assert spoken[2:7] == [
        *[("Professor Alan Reid", "Keynote: The funding gap in context")] * 3,
        ("Sarah Okafor", "Panel: What would a sustainable settlement look like?"),
        ("James Whitlock", "Panel: What would a sustainable settlement look like?"),
    ]
    assert not [u for u in doc.paragraphs if re.match(r"\d\d:\d\d", u.text)]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_signed_foreword_numbered_with_the_report_is_its_signatorys(pdf: bool) -> None:
    """A scrutiny task group's report: "1. Chair's foreword", its paragraphs 1.1 and 1.2
    signed "Councillor Priya Nandra" over "Chair, Task and Finish Group", are hers (they had
    been the committee's); the borough's name over the committee's on the cover names who
    issued it, and "Task and Finish Group Report:" over "Access to Allotments" is the title
    (the borough's name had been the title, the label a sentence opening the text)."""
    doc = shape_read(
        "scrutiny-task-group-report-its-chairs-foreword-numbered-and-signed-under-the-boroughs-name.txt", pdf
    )
    assert doc.title == "Task and Finish Group Report: Access to Allotments"
    assert [(u.label, u.speaker) for u in doc.paragraphs[:3]] == [
        ("1.1", "Councillor Priya Nandra"),
        ("1.2", "Councillor Priya Nandra"),
        ("1", "Overview and Scrutiny Committee"),
    ]
    assert {u.speaker for u in doc.paragraphs[2:]} == {"Overview and Scrutiny Committee"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_council_for_a_cause_over_a_roundtables_title_issued_the_note(pdf: bool) -> None:
    """ "THE COUNCIL FOR RURAL ENTERPRISE" over "Roundtable on Rural Broadband": the council
    issued the note, which the roundtable titles (the council's name had been the title, and,
    read as a PDF's text, every paragraph's section); "Participants identified …" is the
    discussion's, and those named first theirs."""
    doc = shape_read("roundtable-note-issued-by-a-council-for-a-cause-in-capitals-over-its-title.txt", pdf)
    assert (doc.title, doc.author) == ("Roundtable on Rural Broadband", "The Council for Rural Enterprise")
    assert [u.speaker for u in doc.paragraphs[:4]] == ["Anne Foley", "Discussion", "Kiran Shah", "Fiona Gray"]
    assert not [u for u in doc.paragraphs if "COUNCIL" in u.section]


@pytest.mark.parametrize(
    ("wrapped", "author"),
    [
        ("THE COUNCIL FOR RURAL\nENTERPRISE", "The Council for Rural Enterprise"),
        ("THE COUNCIL FOR RURAL AND\nCOASTAL ENTERPRISE", "The Council for Rural and Coastal Enterprise"),
    ],
)
def test_an_issuers_name_in_capitals_wrapped_in_a_narrow_column_is_read_whole(
    wrapped: str, author: str
) -> None:
    """A narrow column wraps the issuer's name set in capitals ("THE COUNCIL FOR RURAL" over
    "ENTERPRISE"), its first line a name of its own: the two are one name, not the title's
    first words ("ENTERPRISE: Roundtable on Rural Broadband", by "The Council for Rural")."""
    shape = SHAPES / "roundtable-note-issued-by-a-council-for-a-cause-in-capitals-over-its-title.txt"
    text = shape.read_text(encoding="utf-8").replace("THE COUNCIL FOR RURAL ENTERPRISE", wrapped, 1)
    doc = read_genre(text, load_themes()).document
    assert (doc.title, doc.author) == ("Roundtable on Rural Broadband", author)


@pytest.mark.parametrize(
    ("printed", "wrapped"),
    [
        ("That the council reviews plot sizes", "That the council reviews\nplot sizes"),
        ("That the Cabinet Member for Environment", "That the Cabinet\nMember for Environment"),
    ],
)
def test_a_labelled_recommendation_wrapped_short_goes_on_in_its_text(printed: str, wrapped: str) -> None:
    """ "Recommendation 1: That the council reviews" over "plot sizes on all sites, …", as a
    narrow column wraps it, read as a PDF's text, and "Recommendation 3: That the Cabinet" over
    "Member for Environment …", a resolution's words: the words after the label are the
    recommendation's first, not a title over the rest (they had been its section)."""
    text = (
        SHAPES
        / "scrutiny-task-group-report-its-chairs-foreword-numbered-and-signed-under-the-boroughs-name.txt"
    ).read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text.replace(printed, wrapped)), load_themes()).document
    listed = [u for u in doc.paragraphs if u.series == "recommendation"]
    assert {u.section for u in listed} == {"2. Summary of recommendations"}
    assert [u for u in listed if u.text.startswith(printed)]


def test_a_publishers_address_wrapped_after_the_text_is_no_paragraph() -> None:
    """The publisher's address and web address after the last paragraph, wrapped in a narrow
    column ("…, 14 Great" over "Peter Street, London SW1P 3NQ" over "www.…"): no sentence, a
    postcode and a web address, its contact details (they had been the last paragraph)."""
    text = (
        SHAPES / "seminar-summary-its-programme-timing-a-keynote-and-a-panel-naming-who-spoke.txt"
    ).read_text(encoding="utf-8")
    body = text[text.index("Introduction") :]
    narrow = "\n\n".join(textwrap.fill(block, 48) for block in body.split("\n\n"))
    doc = read_genre(text[: text.index("Introduction")] + narrow, load_themes()).document
    assert doc.paragraphs[-1].text.startswith("The Institute will publish a short paper")


def test_a_number_a_wrapped_sentence_puts_first_on_its_line_opens_nothing() -> None:
    """A briefing whose numbers title its sections ("1.2 Trends in bus use"), its text wrapped
    at 70 characters: "… fell from 2.4 billion in 2009/10 to" over "1.6 billion in 2022/23."
    goes on with the sentence; "1.6" had been read as a paragraph's number, and the briefing as
    five numbered paragraphs, each section's title run into its text."""
    text = (SHAPES / "briefing-with-numbered-section-titles.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(line, 70) for line in text.split("\n"))
    assert "to\n1.6 billion" in wrapped
    read = [(u.label, u.section, u.text) for u in read_genre(wrapped, load_themes()).document.paragraphs]
    assert read == [
        (u.label, u.section, u.text)
        for u in shape_read("briefing-with-numbered-section-titles.txt").paragraphs
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_speechs_delivery_note_in_brackets_is_no_paragraph(pdf: bool) -> None:
    """ "[CHECK AGAINST DELIVERY]" over a minister's speech is the page's note on it, not his
    words (it had been the speech's first paragraph)."""
    speech = shape_read("speech-page-its-delivery-note-in-square-brackets-over-the-text.txt", pdf)
    assert speech.paragraphs[0].text.startswith("Thank you, Graham")
    assert {u.speaker for u in speech.paragraphs} == {"Luke Hall MP"}
    assert not [u for u in speech.paragraphs if "DELIVERY" in u.text]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_minutes_dated_and_placed_on_one_line_list_those_present_apart_by_commas_and_semicolons(
    pdf: bool,
) -> None:
    """ "Minutes of the meeting held on Tuesday 12 March 2024 at 2.00 pm, Council Chamber,
    County Hall" on one line titles the minutes, without its date and place (the first item's
    heading had been the title); "Present: Cllr Anne Field (Chair), Dr Raj Patel (Vice-Chair),
    Sue Morgan, Director of Public Health; Tom Hughes, …" names four, a comma after a bracket
    parting them as the semicolon does (the first three had been one, Cllr Field's post the
    other two's names)."""
    minutes = shape_read(
        "board-minutes-under-item-headings-its-present-list-mixing-commas-and-semicolons.txt", pdf
    )
    assert minutes.title == "Minutes of the meeting"
    assert [(p.name, p.title, p.role) for p in minutes.participants] == [
        ("Cllr Anne Field", "", "chair"),
        ("Dr Raj Patel", "Vice-Chair", "participant"),
        ("Sue Morgan", "Director of Public Health", "participant"),
        ("Tom Hughes", "Healthwatch Northshire", "participant"),
    ]
    assert [u.label for u in minutes.paragraphs] == ["1.1", "2.1", "3.1", "3.2", "3.3", "4.1"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_publisher_named_only_in_the_running_footer_issued_the_paper(pdf: bool) -> None:
    """A briefing whose cover gives only its title, kind and month, footed "Northshire Carers
    Forum | Page 1" on every page: the forum issued it and its paragraphs are the forum's (they
    had been spoken by the title, the author unknown)."""
    briefing = shape_read("briefing-naming-its-publisher-only-in-its-running-footer.txt", pdf)
    assert (briefing.title, briefing.author) == ("Making respite work", "Northshire Carers Forum")
    assert {u.speaker for u in briefing.paragraphs} == {"Northshire Carers Forum"}
    assert pdf or len(briefing.paragraphs) == 6  # a PDF's text runs paragraphs whose last line is full on


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_a_web_pages_navigation_and_cookie_notice_are_no_part_of_it(printed: str) -> None:
    """An event summary copied from its web page with the page's chrome: "Skip to main
    content", the cookie notice, the breadcrumb trail: none of it titles or is text (the title
    had been "Skip to main content", the notice a paragraph). Its speakers listed one a line,
    the last with a blank line under it, are all listed (the last had been a heading), and
    "Priya Mistry, Deputy Director, Department for Levelling Up, Housing and Communities" works
    for that department; "In discussion, participants …" is the discussion's. Narrow, at 60
    characters, the trail wraps ("Home > … Place-based funding: what" over "next?"), the notice's
    "Reject cookies" stands alone and Priya Mistry's entry breaks after a comma: still chrome, and
    one entry (the cover had been lost, and every speaker)."""
    text = (
        SHAPES / "event-summary-saved-from-a-web-page-its-navigation-and-cookie-notice-around-the-text.txt"
    ).read_text()
    if printed == "narrow":
        text = narrow(text, 60)
        assert "what\nnext?\n" in text and "\nReject cookies\n" in text and "Levelling Up,\nHousing" in text
    pdf = printed == "as a PDF's text"
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (doc.title, doc.date) == ("Place-based funding: what next?", "2023-10-03")
    assert not [u for u in doc.paragraphs if re.search(r"cookies|Skip to|Home >", u.text + u.section)]
    assert doc.paragraphs[0].text.startswith("On 21 September 2023")
    if pdf:  # no blank lines: the last speaker listed, a long line, runs on into the first paragraph
        return
    assert [u.speaker for u in doc.paragraphs[1:]] == [
        "Cllr Sarah Jones",
        "Professor Tony Travers",
        "Priya Mistry",
        "Discussion",
    ]
    assert [(p.title, p.organisation) for p in doc.participants][-1] == (
        "Deputy Director",
        "Department for Levelling Up, Housing and Communities",
    )


def test_a_web_pages_field_wrapped_onto_a_second_line_is_still_the_pages() -> None:
    """ "From: Ministry of Housing, Communities and Local Government and Luke" over "Hall MP",
    as a PDF printed from Word wraps it: the page's fields are its cover, the speech his (the
    fields, the date and the delivery note had been paragraphs, spoken by "Speech")."""
    text = (SHAPES / "speech-page-its-delivery-note-in-square-brackets-over-the-text.txt").read_text(
        encoding="utf-8"
    )
    wrapped = text.replace("and Luke Hall MP", "and Luke\nHall MP")
    speech = read_genre(wrapped, load_themes()).document
    assert (speech.title, speech.author) == (
        "Minister for Local Government's speech to the Rural Services Conference",
        "Luke Hall MP",
    )
    assert speech.paragraphs[0].text.startswith("Thank you, Graham")


def test_a_listed_speaker_wrapped_after_a_joining_word_is_one_entry() -> None:
    """ "Priya Mistry, Deputy Director, Department for Levelling Up, Housing and" over
    "Communities", the last speaker listed, as a PDF printed from Word wraps her: one entry, in
    the list (her post had been a paragraph)."""
    name = "event-summary-saved-from-a-web-page-its-navigation-and-cookie-notice-around-the-text.txt"
    text = (
        (SHAPES / name)
        .read_text(encoding="utf-8")
        .replace("Housing and Communities", "Housing and\nCommunities")
    )
    doc = read_genre(text, load_themes()).document
    assert [(u.speaker, u.text[:12]) for u in doc.paragraphs] == [
        (u.speaker, u.text[:12]) for u in shape_read(name).paragraphs
    ]
    assert doc.participants == shape_read(name).participants


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_statements_table_of_labels_in_capitals_gives_its_title_and_minister(pdf: bool) -> None:
    """A written statement's table, each label in capitals over its value ("TITLE" over
    "Update on …", "DATE", "BY" over "Lee Waters MS, Deputy Minister …"): the title is the
    value under "TITLE" (it had been "WRITTEN STATEMENT"), the statement the minister's, and
    the labels no section ("BY" had been)."""
    doc = shape_read(
        "written-statement-its-title-date-and-minister-in-a-table-of-labels-in-capitals.txt", pdf
    )
    assert (doc.title, doc.date, doc.author) == (
        "Update on the Review of Bus Franchising",
        "2024-03-12",
        "Lee Waters MS",
    )
    assert [(u.speaker, u.section) for u in doc.paragraphs] == [("Lee Waters MS", "")] * 3


def _word_processor_pdf(text: str) -> str:
    """A text as a PDF printed from a word processor gives it: each paragraph wrapped at 80
    characters, the blank lines between them kept."""
    return "\n".join(textwrap.fill(line, 80) for line in text.splitlines())


DEBATE_PACK = "debate-pack-its-written-questions-each-asked-by-a-member-and-answered-by-a-minister.txt"


def _fields_wrapped(text: str) -> str:
    """The debate pack's fields as a narrow column wraps them: after a bracket's first words, and
    after the "Department:" label."""
    return text.replace("(Independent - East ", "(Independent - East\n").replace(
        "Department: ", "Department:\n"
    )


PRINTINGS = {
    "as written": lambda text: text,
    "as a PDF's text": as_pdf_text,
    "as a word processor's PDF": _word_processor_pdf,
    "in a narrow column": _fields_wrapped,
}


@pytest.mark.parametrize("printed", PRINTINGS)
def test_a_written_questions_fields_name_who_asked_and_who_answered(printed: str) -> None:
    """A debate pack's written questions: "Asked by: Cameron, Lisa (Independent - …)" over
    the question makes it Lisa Cameron's, "Answered by: Stuart Andrew | Department: …" the
    answer his, however full the field's line; the fields are no sections and "Answered on:
    22 May 2023" no paragraph (all had been the authors', each field a section), wrapped in a
    narrow column or not (the wrapped department had been a paragraph). "DEBATE PACK"
    over "Number CDP 2023/0147" is the kind of paper and its number, no title; a press item's
    date alone is no paragraph."""
    text = (SHAPES / DEBATE_PACK).read_text(encoding="utf-8")
    doc = read_genre(PRINTINGS[printed](text), load_themes()).document
    assert (doc.title, doc.author, doc.date) == (
        "Loneliness among older people",
        "Rachel Harker, Niamh Foley",
        "2023-06-12",
    )
    asked = [(u.speaker, u.section, u.text[:10]) for u in doc.paragraphs if u.speaker != doc.author]
    assert asked == [
        ("Lisa Cameron", "Loneliness: Older People", "To ask the"),
        ("Stuart Andrew", "Loneliness: Older People", "The Tackli"),
        ("Samantha Dixon", "Social Prescribing", "To ask the"),
        ("Neil O'Brien", "Social Prescribing", "As of 31 M"),
    ]
    assert not [u.text for u in doc.paragraphs if re.fullmatch(r"\d{1,2} \w+ \d{4}", u.text)]


CORRESPONDENCE = (
    "committee-correspondence-the-chairs-letter-asking-numbered-questions-and-the-ministers-reply.txt"
)


@pytest.mark.parametrize("printed", ["as written", "as a word processor's PDF"])
def test_a_committees_correspondence_is_each_letters_signatorys(printed: str) -> None:
    """A committee's published correspondence, two letters: the chair's, signed "Dame Anne
    Holloway MP", and the minister's reply, signed "Rt Hon Jo Pearce MP" at the text's end, are
    each their signatory's (the reply had been "Chair"'s, from "Letter from the Chair to …");
    the chair's numbered questions under "… the following questions:" are its paragraphs, no
    headings (two had been, and a PDF's text had read the three as the only paragraphs). The
    title is the cover's, not the first letter's subject, and the committee issued it."""
    text = (SHAPES / CORRESPONDENCE).read_text(encoding="utf-8")
    doc = read_genre(text if printed == "as written" else _word_processor_pdf(text), load_themes()).document
    assert (doc.title, doc.author) == (
        "Correspondence with the Minister for Employment on the Youth Guarantee",
        "Work and Pensions Committee",
    )
    assert [u.speaker for u in doc.paragraphs] == ["Dame Anne Holloway MP"] * 7 + ["Rt Hon Jo Pearce MP"] * 5
    assert [u.text[:9] for u in doc.paragraphs[2:7]] == [
        "I would b",
        "1. What i",
        "2. Will t",
        "3. How ma",
        "I am copy",
    ]
    assert {u.section for u in doc.paragraphs[:7]} == {"Youth Guarantee: early findings"}


def test_a_letter_signed_on_behalf_of_the_body_its_cover_names_stays_the_bodys() -> None:
    """One letter, its cover naming its sender ("Local Government Association"), signed by its
    chair: the body's evidence, as before; with no sender on the cover the signatory's."""
    assert {u.speaker for u in shape_read("written-evidence-sent-as-a-letter.txt").paragraphs} == {
        "Local Government Association"
    }
    assert {u.speaker for u in shape_read("written-evidence-sent-as-a-letter.txt", pdf=True).paragraphs} == {
        "Cllr Shaun Davies"
    }


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_minutes_titled_over_their_venue_are_titled_without_it(pdf: bool) -> None:
    """ "Minutes of the meeting held on 9 October 2024" over "Northshire Civic Centre, Committee
    Room 2": the minutes' title, without the date (the venue had been the title)."""
    doc = shape_read(
        "partnership-board-minutes-its-venue-under-the-title-its-actions-and-an-action-log.txt", pdf
    )
    assert (doc.title, doc.date, doc.author) == (
        "Minutes of the meeting",
        "2024-10-09",
        "Northshire Voluntary Sector Partnership Board",
    )
    assert [u.section for u in doc.paragraphs][:2] == ["Welcome and apologies", "Minutes of the last meeting"]


def test_there_was_broad_agreement_reports_the_discussion() -> None:
    """ "There was broad agreement that …" in a roundtable's note is the discussion's, as
    "Participants agreed …" is (it had been the forum's)."""
    doc = shape_read(
        "roundtable-numbered-with-closing-brackets-its-agreement-reported-as-the-discussions.txt"
    )
    assert [(u.label, u.speaker) for u in doc.paragraphs if u.section == "Funding"] == [
        ("6", "Discussion"),
        ("7", "Discussion"),
    ]


COMMUNIQUE = (
    "communique-after-a-roundtable-its-numbered-commitments-introduced-by-a-sentence-then-its-signatories.txt"
)


@pytest.mark.parametrize("wrapped", [False, True], ids=["", "its introduction wrapped"])
@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_communiques_numbered_commitments_are_a_list_within_its_prose(pdf: bool, wrapped: bool) -> None:
    """A communiqué: four numbered commitments under "We commit to the following actions …:"
    hold two fifths of its words, yet a sentence introduces them: the text is prose, the list
    in it (read as numbered, the three paragraphs before the list were front matter and the
    closing sentence part of the fourth commitment). Its signatories under "Signed:" are who
    took part, no paragraphs; "Communiqué" is the kind of paper, not its title. The sentence may
    wrap, as a narrow column sets it ("… actions over the" over "next two years:")."""
    text = (SHAPES / COMMUNIQUE).read_text(encoding="utf-8")
    text = text.replace("actions over the next", "actions over the\nnext") if wrapped else text
    reading = read_genre(as_pdf_text(text) if pdf else text, load_themes())
    doc = reading.document
    assert (reading.genre, doc.title) == ("prose", "Roundtable on tackling child poverty in the North East")
    assert [u.text[:9] for u in doc.paragraphs] == [
        "Leaders f",
        "We agree ",
        "We commit",
        "1. Every ",
        "2. Partne",
        "3. Employ",
        "4. The in",
        "We will m",
    ]
    assert [(p.name, p.title) for p in doc.participants][:3] == [
        ("Cllr Karen Kilgour", "Leader"),
        ("Amanda Hunter", "Chief Executive"),
        ("Sir Jim Mackey", "Chief Executive"),
    ]
    assert len(doc.participants) == 5


@pytest.mark.parametrize("width", [None, 100])
def test_a_panels_speakers_in_capitals_with_their_organisations_in_brackets(width: int | None) -> None:
    """ "ANDY STREET (West Midlands Combined Authority): …": each turn its speaker's, named as a
    reader would write them, with their organisation; the chair's turns the chair's. Wrapped at
    100 characters, the cover's "Transcript of a panel held at …, 7 March" over "2024" is a
    dateline, no section (it had been every turn's)."""
    text = (
        SHAPES / "panel-transcript-each-speaker-in-capitals-with-their-organisation-in-brackets.txt"
    ).read_text()
    doc = read_genre(narrow(text, width) if width else text, load_themes()).document
    assert {u.section for u in doc.paragraphs} == {""}
    assert [u.speaker for u in doc.paragraphs] == [
        "Northern Powerhouse Partnership (Chair)",
        "Andy Street, West Midlands Combined Authority",
        "Tracy Brabin, West Yorkshire Combined Authority",
        "Northern Powerhouse Partnership (Chair)",
        "Professor Henri Doyle, University of Manchester",
        "Andy Street, West Midlands Combined Authority",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_case_studies_boxed_between_numbered_paragraphs_are_units_of_their_own(pdf: bool) -> None:
    """An APPG's report: "Case study: Northshire Food Partnership" over its text between
    paragraphs 3 and 4 is a unit of its own under its heading, no part of paragraph 3, and
    paragraph 4 stays under "What works"."""
    doc = shape_read("appg-report-its-case-studies-boxed-between-numbered-paragraphs.txt", pdf)
    units = [(u.series, u.label, u.section) for u in doc.paragraphs]
    assert units[2:5] == [
        ("paragraph", "3", "What works"),
        ("text", "3", "Case study: Northshire Food Partnership"),
        ("paragraph", "4", "What works"),
    ]
    assert doc.paragraphs[2].text.endswith("families already knew.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_what_those_at_the_roundtable_said_is_the_discussions(pdf: bool) -> None:
    """An unattributed roundtable's write-up: "Employers at the roundtable said …" and "There was
    also strong support …" report the floor, as "Participants called for …" does (both had been
    the publisher's); its question headings ("What is the problem?") are sections."""
    doc = shape_read("roundtable-write-up-under-question-headings-its-contributions-unattributed.txt", pdf)
    voiced = {u.text[:20]: u.speaker for u in doc.paragraphs}
    assert voiced["There was also stron"] == "Discussion"
    assert [u.section for u in doc.paragraphs][-2:] == ["What should change?"] * 2
    if not pdf:  # a PDF's text joins it to the quotation above, whose line is full
        assert voiced["Employers at the rou"] == "Discussion"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_interviews_q_and_a_labelled_with_full_stops_read_as_with_colons(pdf: bool) -> None:
    """A published interview: "Q. What is the biggest challenge …?" over "A. Without doubt, …":
    each question and answer a paragraph, its label off, as "Q:" and "A:" are read (the
    questions had been section headings, the answers "A. …" under them)."""
    doc = shape_read("interview-its-questions-and-answers-labelled-q-and-a-with-full-stops.txt", pdf)
    assert [u.text[:12] for u in doc.paragraphs] == [
        "Martin Jones",
        "What is the ",
        "Without doub",
        "Has the reun",
        "It has remov",
        "What would y",
        "I would prot",
    ]
    assert {u.section for u in doc.paragraphs} == {""}


def test_a_paragraph_opening_with_an_initial_is_no_answer() -> None:
    """ "A. Smith said …" with no "Q." question before it is a name's initial, not an answer's
    label: the text is read as written."""
    text = "Notes of the meeting\n\nA. Smith said the figures were late.\n\nB. Jones agreed.\n"
    assert dotted_qa_labelled(text) == text
    assert dotted_qa_labelled("Q. Why?\n\nA. Because.\n\nQ. When?\n\nA. Now.\n").count(":") == 4


def test_a_covers_date_cut_before_its_year_is_one_date() -> None:
    """ "Minutes of the meeting held on 9 October" over "2024", as a narrow column wraps it: the
    minutes are dated 9 October 2024 and titled without the date (they had been undated, titled
    by the line's first half)."""
    name = "partnership-board-minutes-its-venue-under-the-title-its-actions-and-an-action-log.txt"
    text = (SHAPES / name).read_text(encoding="utf-8").replace("9 October 2024", "9 October\n2024")
    doc = read_genre(text, load_themes()).document
    assert (doc.title, doc.date) == ("Minutes of the meeting", "2024-10-09")


def test_a_point_closed_by_initials_the_key_names_is_theirs() -> None:
    """A roundtable's summary, each point closed by who made it ("… since 2017. (LM)") and a key
    over the text ("LM – Laura Moss, Head of Policy, …"): the point is Laura Moss's (all had been
    the discussion's), and the key's entries name their people without the initials."""
    doc = shape_read("roundtable-summary-each-point-closed-by-its-speakers-initials-from-a-key.txt")
    assert [u.speaker for u in doc.paragraphs] == ["Laura Moss", "Rahul Kapoor", "Jane Smith", "Discussion"]
    assert [(p.name, p.title) for p in doc.participants] == [
        ("Jane Smith", "Director of Skills"),
        ("Rahul Kapoor", "Chief Executive"),
        ("Laura Moss", "Head of Policy"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_footer_of_two_lines_leaves_the_text_and_the_speakers_named_on_the_cover_speak(pdf: bool) -> None:
    """Notes of a seminar footed on each page by its publisher's address over "Registered
    charity no. … Page 2": the address is footer too, not the end of the paragraph above it;
    "Chair: Dr Helen Okafor, …" on the cover heads no section; a cover line calling the event
    a seminar, however long, makes the paragraphs opening with a speaker's name theirs, and "A
    housing association director said …" the floor's (all had been the publisher's)."""
    doc = shape_read(
        "seminar-notes-footed-by-its-publishers-address-over-its-charity-number-its-speakers-named-on-the-cover.txt",
        pdf,
    )
    assert not [u.label for u in doc.paragraphs if "Albion" in u.text or "charity" in u.text]
    assert {u.section for u in doc.paragraphs} == {""}
    assert [u.speaker.split()[-1] for u in doc.paragraphs] == [
        "Okafor",
        "Lewthwaite",
        "Lewthwaite",
        "Whitcombe",
        "Whitcombe",
        "Discussion",
        "Discussion",
        "Okafor",
    ]


def test_a_speakers_field_listing_several_wrapped_straight_over_the_first_paragraph_heads_no_section() -> (
    None
):
    """The notes wrapped at 100 characters, so that the cover's "Speakers: Cllr James
    Lewthwaite, Leader, …; Sarah Whitcombe, Chief Executive, Leeds" runs over "Community
    Foundation", straight over paragraph 1: a field listing several people is the cover's, not
    the section of every paragraph (it had been)."""
    name = (
        "seminar-notes-footed-by-its-publishers-address-over-its-charity-number-its-speakers-named-on-the-"
        "cover"
    )
    text = (SHAPES / f"{name}.txt").read_text(encoding="utf-8")
    wrapped = narrow(text, 100)
    assert "Leeds\nCommunity Foundation\n" in wrapped
    doc = read_genre(wrapped, load_themes()).document
    assert {u.section for u in doc.paragraphs} == {""}
    assert [p.name for p in doc.participants] == [p.name for p in shape_read(f"{name}.txt").participants]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_lessons_labelled_between_numbered_paragraphs_are_a_series_of_their_own(pdf: bool) -> None:
    """A review numbered 1.1, 1.2 …, its "Lesson 1: …" lines between them and its actions
    numbered by chapter ("Action 2.1 The Forum …") after: each lesson and action a unit in its
    own series, whole, the chapter's heading after a lesson still heading its paragraphs (the
    lessons had run on into the paragraphs above them, or titled the chapter's text; the
    actions had been "action 1" … "action 3", their text opening "1 The …"). The numbered
    "1 Introduction" after the contents is the body's start, no title."""
    doc = shape_read(
        "review-its-lessons-labelled-between-numbered-paragraphs-then-actions-numbered-by-chapter.txt", pdf
    )
    assert [(u.series, u.label) for u in doc.paragraphs if u.series in ("lesson", "action")] == [
        *[("lesson", str(n)) for n in range(1, 6)],
        *[("action", f"{n}.1") for n in range(1, 4)],
    ]
    units = {(u.series, u.label): u for u in doc.paragraphs}
    assert units["lesson", "2"].text.startswith("Community flood plans should be collected")
    assert units["paragraph", "2.2"].text.endswith("not known to the responding agencies.")
    assert units["paragraph", "3.1"].section == "3 Multi-agency coordination"
    assert (
        units["action", "2.1"].text == "The Forum secretariat will hold a register of community flood plans."
    )
    assert doc.title == "Lessons Learned Report"


WITNESS_SEMINAR = "witness-seminar-its-participants-tabled-its-speakers-in-capitals-an-editors-note.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_witness_seminars_turns_each_the_speakers_with_the_editors_note(pdf: bool) -> None:
    """A witness seminar's transcript, its speakers in capitals ("HILARY ARMSTRONG: …"): a turn
    ending in a note's mark ("… reflected that.1") is still a turn (it had run on into the
    chair's), its note attached; the participants table's last row heads nothing; "Chaired by
    Professor Pat Thane" makes her the chair, the others, a former minister among them, are
    participants (they had been members, Armstrong the government's, Stoker a chair)."""
    doc = shape_read(WITNESS_SEMINAR, pdf)
    assert [u.speaker.split()[-1] for u in doc.paragraphs] == [
        "Thane",
        "Armstrong",
        "Stoker",
        "Thane",
        "Armstrong",
        "Lyons",
        "Hamwee",
        "Thane",
    ]
    assert doc.paragraphs[1].text.endswith("the Green Paper of 1998 reflected that.")
    assert [f.text[:36] for f in doc.paragraphs[1].footnotes] == ["Department of the Environment, Trans"]
    assert {u.section for u in doc.paragraphs} == {""}
    assert {p.name.split()[-1]: p.role for p in doc.participants} == {
        "Thane": "chair",
        **dict.fromkeys(["Armstrong", "Stoker", "Lyons", "Hamwee"], "participant"),
    }


def test_a_witness_seminars_participants_rows_wrapped_head_nothing() -> None:
    """The participants table's rows apart by blank lines, each wrapped before its years in a
    narrow column ("…, London Planning Advisory Committee," over "1986–94"), as a PDF's text
    gives them: the last row heads no section over the turns (it had)."""
    text = (SHAPES / WITNESS_SEMINAR).read_text(encoding="utf-8")
    rows = text.split("Participants\n\n")[1].split("\n\n")[0]
    narrow = "\n\n".join(
        textwrap.fill(block, 70) for block in text.replace(rows, rows.replace("\n", "\n\n")).split("\n\n")
    )
    doc = read_genre(narrow, load_themes()).document
    assert {u.section for u in doc.paragraphs} == {""}


@pytest.mark.parametrize("width", [None, 75, 60], ids=["as written", "in a narrow column", "narrower"])
def test_a_keynote_credited_under_its_heading_speaks_and_answers_by_its_label(width: int | None) -> None:
    """A policy forum's transcript: "Keynote address" over "Professor Jon Glasby, Professor of
    Health and Social Care, University of Birmingham" (longer than a heading's credit, or
    wrapped in a narrow column) makes the address his; under questions from the floor, his
    answers labelled "Professor Jon Glasby: …" and the chair's "Baroness Greengross: …" are
    theirs (all had been the forum's or the discussion's), a question wrapped before its colon
    its asker's. At 60 characters the chair's credit breaks after a joining word ("…, Chair,
    All-Party Parliamentary Group on" over "Dementia"): still her credit (her opening remarks had
    been the forum's)."""
    name = "policy-forum-transcript-its-keynote-credited-under-its-heading-then-questions.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    if width:  # each paragraph in a narrow column, as a PDF's text gives it
        text = "\n\n".join(textwrap.fill(block, width) for block in text.split("\n\n"))
    doc = read_genre(text, load_themes()).document
    assert [u.speaker.split()[-1] for u in doc.paragraphs] == [
        "Greengross",
        *["Glasby"] * 3,
        "Pickup",
        "Glasby",
        "Green",
        "Glasby",
        "Greengross",
    ]


@pytest.mark.parametrize(
    ("numbered", "pdf"),
    [(True, False), (True, True), (False, False)],
    ids=["numbered", "as a PDF's text", "unnumbered"],
)
def test_a_point_closed_by_who_made_it_in_brackets_is_theirs(numbered: bool, pdf: bool) -> None:
    """A roundtable's note, a point closed by who made it ("… core costs. (Leigh Middleton, Chief
    Executive, National Youth Agency)", later "(Leigh Middleton)"): the point is theirs and they
    took part, with their post; a point closed by no one stays the note's (all had been the
    institute's), numbered or not. (Unnumbered in a PDF's text with no blank lines, the point
    whose last line is full runs on into the next: not read here.)"""
    text = (SHAPES / "roundtable-note-each-point-closed-by-who-made-it-in-brackets.txt").read_text(
        encoding="utf-8"
    )
    text = text if numbered else re.sub(r"(?m)^\d\. ", "", text)
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [u.speaker for u in doc.paragraphs if u.text[:1] != "T"] == [
        "Leigh Middleton",
        "Cllr Bridget Smith",
        "Institute for Community Studies",
    ]
    assert doc.paragraphs[-1].speaker == "Leigh Middleton"
    assert [(p.name, p.title, p.organisation) for p in doc.participants] == [
        ("Leigh Middleton", "Chief Executive", "National Youth Agency"),
        ("Cllr Bridget Smith", "Leader", "South Cambridgeshire District Council"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_formal_minutes_name_their_chair_and_members_present(pdf: bool) -> None:
    """A committee's formal minutes: "Members present:" over "Clive Betts, in the Chair" and a
    member a line: he chaired, the others were members (no one had been read). The last name,
    standing alone over the minutes' first formula as a heading would, still heads them."""
    doc = shape_read("formal-minutes-its-members-present-one-a-line-under-the-chair.txt", pdf)
    roles = {p.name: p.role for p in doc.participants}
    assert (roles["Clive Betts"], roles["Bob Blackman"], roles["Florence Eshalomi"]) == (
        "chair",
        "member",
        "member",
    )


def test_a_year_a_sentence_wraps_onto_numbers_no_paragraph() -> None:
    """A keynote's sentence wrapped before "1997. The problem …", as a narrow column gives it:
    the year opens no numbered paragraph (the forum's transcript had been read as a seminar of
    paragraph 1997, all above it front matter)."""
    text = (
        SHAPES / "policy-forum-transcript-its-keynote-credited-under-its-heading-then-questions.txt"
    ).read_text()
    narrow = "\n\n".join(textwrap.fill(block, 45) for block in text.split("\n\n"))
    assert re.search(r"(?m)^1997\. The", narrow)
    doc = read_genre(narrow, load_themes()).document
    assert [u.label for u in doc.paragraphs] == [str(n) for n in range(1, 10)]
    assert "since 1997. The problem" in doc.paragraphs[3].text


def test_a_contents_page_set_close_titles_nothing_and_an_items_last_word_is_its_text() -> None:
    """The review's contents entries single-spaced ("1 Introduction 2", as a PDF's text gives
    them): the title is the cover's, not an entry; an action wrapped before its last word
    ("… by March" over "2022.") is all its text, no title over "2022."."""
    text = (
        SHAPES
        / "review-its-lessons-labelled-between-numbered-paragraphs-then-actions-numbered-by-chapter.txt"
    ).read_text()
    text = re.sub(r"(?m)^(\d) +(\D+?) +(\d)$", r"\1 \2 \3", text).replace("by March 2022.", "by March\n2022.")
    doc = read_genre(text, load_themes()).document
    action = next(u for u in doc.paragraphs if u.series == "action")
    assert doc.title == "Lessons Learned Report"
    assert (action.text[-14:], action.section) == ("by March 2022.", "Actions")


def test_chapter_titles_set_straight_over_their_text_in_a_pdf_stay_headings() -> None:
    """The think tank's report as a PDF whose chapter titles ("1. Introduction") stand straight
    over their first paragraphs, no gap, each paragraph after a gap: its content order shows
    the numbers title chapters, so it is not read again in the order its lines stand (that
    reading had made each chapter one numbered unit and the foreword front matter)."""
    report = ingest_file(
        SHAPES / "thinktank-report-with-numbered-chapter-titles-each-set-straight-over-its-text.pdf"
    )
    sections = [u.section for u in report.paragraphs]
    assert sections[:5] == ["Foreword"] * 2 + ["Executive summary"] * 3
    assert [sections.count(f"{n}. {title}") for n, title in enumerate(CHAPTERS, start=1)] == [6, 6, 6, 6]


def test_a_heading_and_a_speakers_line_set_straight_over_a_paragraph_are_no_text() -> None:
    """A seminar report as a PDF's text gives it: "Panel responses" over "Jane Whitfield,
    Principal, Northgate College" over "6. Ms Whitfield described …", no gap: both lines are
    headings, not words run on into paragraph 5 (they had been); the name's paragraphs hers."""
    text = (
        SHAPES / "seminar-report-its-keynote-address-then-panel-responses-each-headed-by-name.txt"
    ).read_text()
    text = text.replace(
        "Panel responses\n\nJane Whitfield, Principal, Northgate College\n\n",
        "Panel responses\nJane Whitfield, Principal, Northgate College\n",
    )
    doc = read_genre(text, load_themes()).document
    units = {u.label: u for u in doc.paragraphs}
    assert units["5"].text.endswith("spent anyway.")
    assert (units["6"].section, units["6"].speaker) == (
        "Jane Whitfield, Principal, Northgate College",
        "Jane Whitfield",
    )


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_workshops_facilitator_heads_no_section(pdf: bool) -> None:
    """A seminar report in the seed's series, its workshops each under "Workshop 1: Sharing
    data" over "Facilitator: Jane Rowe, LSIS": the workshop's paragraphs stand in the workshop,
    the floor's (the facilitator's line had been their section); the keynote's respondent
    ("Response: Dr Kamal Ahmed, …") speaks his paragraphs."""
    doc = shape_read(
        "seminar-report-its-workshops-each-under-its-facilitator-a-respondent-after-the-keynote.txt", pdf
    )
    units = {u.label: u for u in doc.paragraphs}
    assert [(units[n].section, units[n].speaker) for n in ("8", "10")] == [
        ("Workshop 1: Sharing data", "Discussion"),
        ("Workshop 2: Joint commissioning", "Discussion"),
    ]
    assert units["7"].speaker == "Dr Kamal Ahmed"


@pytest.mark.parametrize(
    "heading",
    [
        "Key themes from the discussion",
        "Issues raised in discussion",
        "Table discussions",
        "Question and answer session",
    ],
)
def test_the_seeds_discussion_under_another_heading_is_still_the_floors(heading: str) -> None:
    """The seed report with its "Discussion" heading worded otherwise: still a seminar report,
    every paragraph its speaker's as before (the report had been read as numbered paragraphs,
    the introduction, Sir Andrew Foster's and the discussion's all the series title's)."""
    seed = SEED.read_text(encoding="utf-8")
    before = read_genre(seed, load_themes()).document.paragraphs
    after = read_genre(seed.replace("\nDiscussion\n", f"\n{heading}\n"), load_themes()).document.paragraphs
    assert [u.speaker for u in after] == [u.speaker for u in before]
    assert after[23].section == heading


def test_a_summarys_points_over_the_first_paragraph_head_nothing() -> None:
    """The seed with "Key messages" and two bullet points between "Seminar report" and its
    first paragraph: the paragraph stands under "Key messages", not under the last point."""
    points = "Key messages\n\n• Public services must work across boundaries.\n• Leaders need new skills.\n"
    seed = SEED.read_text(encoding="utf-8").replace("\nSeminar report\n", f"\nSeminar report\n\n{points}")
    assert read_genre(seed, load_themes()).document.paragraphs[0].section == "Key messages"


def _seed_paged(footer: str = "", numbered_header: bool = False) -> str:
    """The seed with each page's number printed, no form feed between pages: a footer before
    each later page's running header ("3", "LSIS Policy Seminar Series    3"), or the number
    after the header's title ("Changing public services – …    3")."""
    header = "\nChanging public services – Changing professional practices\n"
    cover, *pages = SEED.read_text(encoding="utf-8").split(header)
    text = cover + header + pages[0]
    for number, page in enumerate(pages[1:], start=2):
        top = (
            f"\n{header.strip()}    {number}\n"
            if numbered_header
            else f"\n{footer.format(number - 1)}\n{header}"
        )
        text += top + page
    return text


@pytest.mark.parametrize(
    ("footer", "numbered_header"),
    [("{}", False), ("LSIS Policy Seminar Series    {}", False), ("", True)],
    ids=["a number alone", "a footer and a number", "a number after the header"],
)
def test_the_seeds_page_numbers_printed_without_form_feeds_are_furniture(
    footer: str, numbered_header: bool
) -> None:
    """The seed's pages numbered where no form feed shows a page's edge: each number (and a
    footer printed beside each header) is page furniture, the paragraphs and their pages as
    before (the numbers had headed the paragraphs below them, each a section)."""
    before = read_genre(SEED.read_text(encoding="utf-8"), load_themes()).document.paragraphs
    after = read_genre(_seed_paged(footer, numbered_header), load_themes()).document.paragraphs
    assert [(u.text, u.section, u.page) for u in after] == [(u.text, u.section, u.page) for u in before]


def test_a_participants_entry_wrapped_before_its_last_word_keeps_the_next_label_apart() -> None:
    """The workshops' seminar as a PDF's text gives it, the keynote's entry wrapped ("…,
    University of" over "Glasgow") over "Respondent:": she is listed whole, and the label starts
    the next list (it had run on into her entry, and she had been lost)."""
    doc = shape_read(
        "seminar-report-its-workshops-each-under-its-facilitator-a-respondent-after-the-keynote.txt", True
    )
    listed = {p.name: (p.organisation, p.role) for p in doc.participants}
    assert listed["Professor Rhona Matheson"] == ("University of Glasgow", "keynote")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_panels_chair_and_panellists_lines_are_no_section_nor_text(pdf: bool) -> None:
    """A seminar in the seed's series, "Panel discussion" over "Chair: Polly Toynbee" and
    "Panellists: Sir Michael Bichard, …; Sarah Jones, …; Tom Baker, …": the panel's paragraphs
    stand under "Panel discussion", each its panellist's, and the list is no paragraph's text (the
    chair's line had been their section, the list an unnumbered paragraph)."""
    doc = shape_read(
        "seminar-report-its-panel-chaired-and-listed-on-lines-of-their-own-under-its-heading.txt", pdf
    )
    assert [u.label for u in doc.paragraphs] == [str(n) for n in range(1, 9)]
    panel = [(u.section, u.speaker) for u in doc.paragraphs[3:6]]
    assert panel == [
        ("Panel discussion", name) for name in ("Sir Michael Bichard", "Sarah Jones", "Tom Baker")
    ]


def test_headings_in_the_margin_beside_numbered_paragraphs_head_them() -> None:
    """A report with side headings, as a layout-keeping extraction writes it ("Background
    2.   Skills policy in England …", the paragraph's next lines under its words): each
    paragraph is its number's, under its margin's heading (it had been read as prose, the
    heading's words opening the paragraph's text)."""
    doc = shape_read("report-its-side-headings-in-the-margin-as-pdftotext-layout-writes-them.txt")
    assert [(u.label, u.section) for u in doc.paragraphs] == [
        ("1", "Summary"),
        *[(str(n), "Background") for n in (2, 3)],
        *[(str(n), "Employers") for n in (4, 5)],
        *[(str(n), "Recommendations") for n in (6, 7)],
    ]
    assert doc.paragraphs[1].text.startswith("Skills policy in England has been reorganised")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_submissions_on_behalf_of_a_core_participant_are_theirs(pdf: bool) -> None:
    """An inquiry's core participant's "CLOSING SUBMISSIONS ON BEHALF OF THE ASSOCIATION OF LOCAL
    FLOOD GROUPS" under the inquiry's name: the association speaks its numbered paragraphs, each
    under its lettered heading ("B. THE WARNING SYSTEM"); they had been the inquiry's."""
    doc = shape_read(
        "inquiry-closing-submissions-on-behalf-of-a-core-participant-under-lettered-headings.txt", pdf
    )
    assert doc.author == "Association of Local Flood Groups"
    assert {u.speaker for u in doc.paragraphs} == {doc.author}
    assert [(u.label, u.section[:1]) for u in doc.paragraphs] == [
        (str(n), letter) for n, letter in enumerate("AAABBCCDD", start=1)
    ]
    assert doc.paragraphs[-1].text.endswith("the evidence of its members was heard.")


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (
            "Written evidence from the Institute for Government to the Public Administration Committee",
            "Institute for Government",
        ),
        ("Opening statement on behalf of the Bereaved Families for Justice", "Bereaved Families for Justice"),
    ],
)
def test_a_paper_sent_from_or_on_behalf_of_a_body_is_its(head: str, author: str) -> None:
    """The body a paper's head says it comes from speaks it, its name whole ("for Government"
    had ended it, and "Written evidence from …" had named no one)."""
    body = "1. We welcome the inquiry into the civil service.\n\n2. It needs a purpose.\n"
    text = f"{head}\n\nMarch 2024\n\n{body}"
    doc = read_genre(text, load_themes()).document
    assert doc.author == author
    assert [u.speaker for u in doc.paragraphs] == [author, author]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_committees_official_report_labelling_members_by_seat_and_party(pdf: bool) -> None:
    """A Holyrood committee's Official Report: its cover lists the convener and members, each
    "*Name (Seat) (Party)", and who "also participated"; a member's first label gives their seat
    and party, later ones the name alone. Each turn is its speaker's, the witnesses' with their
    organisations; the timestamps, "Members indicated agreement." and the private session are
    no turns."""
    doc = shape_read("holyrood-committee-official-report-members-labelled-by-seat-and-party.txt", pdf)
    assert [u.speaker for u in doc.paragraphs] == [
        "Finlay Carson (Convener)",
        "Finlay Carson (Convener)",
        "Alasdair Allan",
        "Kevin Hobbs, Caledonian Maritime Assets Ltd",
        "Robert Morrison, CalMac Ferries Ltd",
        "Rhoda Grant",
        "Robert Morrison, CalMac Ferries Ltd",
        "Finlay Carson (Convener)",
    ]
    assert {p.name: p.role for p in doc.participants} == {
        "Kevin Hobbs": "witness",
        "Robert Morrison": "witness",
        "Finlay Carson": "chair",
        "Alasdair Allan": "member",
        "Rhoda Grant": "member",
    }
    assert doc.paragraphs[-1].text == "Thank you. That concludes our public business."


@pytest.mark.parametrize("suffix", BOTH)
def test_a_long_line_wrapped_onto_a_short_one_is_no_figures_cell(suffix: str) -> None:
    """The short end of a longer line wrapped ("… structures in the" over "UK and England – c.
    August 2019") is that line's, not the first of a figure's cells set aside: Figure 1's
    caption is whole (it had ended "… in the")."""
    covid = document("covid-inquiry-module1-report", suffix)
    captions = {u.section for u in series(covid, "text") if u.section.startswith("Figure 1:")}
    assert captions == {
        "Figure 1: Pandemic preparedness and response central government structures in the UK and England"
        " – c. August 2019"
    }


def test_a_tables_cell_wrapped_keeps_its_words() -> None:
    """In the PDF, a table's cell "At a national level, strengthen and" over "codify central
    government links …": the short line after the longer one is the cell's text, not set aside
    with the cells after it."""
    covid = document("covid-inquiry-module1-report", "pdf")
    assert any("strengthen and codify central government links" in u.text for u in covid.paragraphs)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_panel_response_naming_its_speaker_and_post_after_a_clause_is_theirs(pdf: bool) -> None:
    """A seminar in the seed's series: under "Panel responses", "Responding for the sector, Dr
    Sue Pember, Director of Further Education and Skills at the department, said that …" is
    hers, a participant's (it had been the discussion's: a name led into had to be followed by
    its verb, not by a post)."""
    doc = shape_read(
        "seminar-report-a-panel-response-naming-its-speaker-and-post-after-a-clause-leading-in.txt", pdf
    )
    assert [u.speaker for u in doc.paragraphs[5:9]] == [
        *["Councillor Sir Merrick Cockell"] * 2,
        "Dr Sue Pember",
        "Discussion",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_panel_response_by_one_no_list_names_is_theirs_and_a_cover_field_names_the_chair(pdf: bool) -> None:
    """A seminar whose list of participants leaves out its panel: "Responding for the
    Association of Colleges, Julian Gravatt said …" and "Councillor Anne Western, Derbyshire
    County Council, said …" are theirs, and they took part (both had been the discussion's);
    the cover's "Chair: Professor Ewart Keep, …" is the chair beside those listed at the end
    (a list there had left the field unread)."""
    doc = shape_read(
        "seminar-report-its-chair-a-cover-field-its-panel-responses-by-speakers-no-list-names.txt", pdf
    )
    assert [(u.label, u.speaker) for u in doc.paragraphs[6:9]] == [
        ("7", "Julian Gravatt"),
        ("8", "Councillor Anne Western"),
        ("9", "Discussion"),
    ]
    people = {p.name: (p.organisation, p.role) for p in doc.participants}
    assert people["Professor Ewart Keep"] == ("University of Oxford", "chair")
    assert people["Councillor Anne Western"] == ("Derbyshire County Council", "participant")
    assert people["Dr Mark Corney"] == ("MC Consultancy", "participant")
    assert "Julian Gravatt" in people and "Jo Clarke" in people


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_listed_keynotes_name_over_a_post_of_no_known_kind_heads_their_paragraphs(pdf: bool) -> None:
    """The same seminar with each keynote's name over their post on a line of its own:
    "Councillor Sir Merrick Cockell" (no title the name reader knows) over "Leader, Royal
    Borough of Kensington and Chelsea" (no post it knows) heads his paragraphs, since the
    participants list names him a keynote; as a PDF's text, his entry in that list, long enough
    to look wrapped, is not run on into the table's "Name Title Organisation" under it."""
    name = "seminar-report-a-panel-response-naming-its-speaker-and-post-after-a-clause-leading-in.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    for heading in ("Dame Ruth Carnall, Chief", "Councillor Sir Merrick Cockell, Leader"):
        text = text.replace(f"{heading}", heading.replace(", ", "\n"), 1)
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.label, u.speaker) for u in doc.paragraphs[2:7]] == [
        *[(str(n), "Dame Ruth Carnall") for n in (3, 4, 5)],
        *[(str(n), "Councillor Sir Merrick Cockell") for n in (6, 7)],
    ]
    assert doc.paragraphs[4].text.endswith("how the others work.")
    assert (
        doc.paragraphs[5].section
        == "Councillor Sir Merrick Cockell, Leader, Royal Borough of Kensington and Chelsea"
    )
    keynote = next(p for p in doc.participants if p.name == "Councillor Sir Merrick Cockell")
    assert (keynote.role, keynote.organisation) == ("keynote", "Royal Borough of Kensington and Chelsea")


@pytest.mark.parametrize("suffix", BOTH)
def test_a_quoted_lists_last_item_closed_by_a_note_heads_nothing(suffix: str) -> None:
    """The Horizon report quotes the Advisory Board's terms of reference, a numbered list whose
    last item, "4. The Board will not consider individual cases for compensation.” 239", closes
    the quotation and carries a note's mark: it is the quoting paragraph's, not the heading of
    paragraphs 4.267-4.272 (a sentence's end then a note's mark after a space ends no title)."""
    horizon = document("post-office-horizon-inquiry-volume1", suffix)
    units = {u.label: u for u in series(horizon, "paragraph")}
    assert units["4.266"].text.endswith("4. The Board will not consider individual cases for compensation.”")
    assert {units[f"4.{n}"].section for n in range(266, 273)} == {"The Horizon Compensation Advisory Board"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_the_evidence_a_report_appends_is_its_witnesses_turns(pdf: bool) -> None:
    """An assembly committee's report ends with "Appendix 1: Minutes of Evidence": the session's
    date, the members present (one a line, "Deirdre Hargey MLA (Chairperson)"), the witnesses,
    then "The Chairperson (Ms Hargey): …", "Mr Chris Conway (Translink): …", "Mr Boylan: …".
    The turns follow the report's own units, each its speaker's, members named as the list names
    them, and the lists head no turn (the whole session had been left out as back matter)."""
    doc = shape_read("assembly-committee-report-appending-its-minutes-of-evidence.txt", pdf)
    assert [u.label for u in series(doc, "paragraph")] == [str(n) for n in range(1, 8)]
    turns = series(doc, "turn")
    assert [u.speaker for u in turns] == [
        "Deirdre Hargey MLA (Chairperson)",
        "Mr Chris Conway, Translink",
        "Deirdre Hargey MLA (Chairperson)",
        "Mr Chris Conway, Translink",
        "Cathal Boylan MLA",
        "Ms Ciara McKay, Translink",
        "Deirdre Hargey MLA (Chairperson)",
    ]
    assert turns[0].text == "You are very welcome. I invite you to make an opening statement."
    assert turns[-1].text == "Thank you both for your time."
    assert {u.section for u in turns} == {"Appendix 1: Minutes of Evidence"}
    assert {p.name: p.role for p in doc.participants} == {
        "Mr Chris Conway": "witness",
        "Ms Ciara McKay": "witness",
        "Deirdre Hargey MLA": "chair",
        "Cathal Boylan MLA": "member",
    }


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_each_appended_evidence_session_is_read_on_its_own(pdf: bool) -> None:
    """A second session after the first, under its own date, members and witnesses: its lists
    run into no turn, its turns number on, and the chair of both is one participant (she had
    been listed twice)."""
    text = (SHAPES / "assembly-committee-report-appending-its-minutes-of-evidence.txt").read_text()
    text += (
        "\n21 February 2024\n\nMembers present for all or part of the proceedings:\n"
        "Deirdre Hargey MLA (Chairperson)\nJohn Stewart MLA\n\nWitnesses:\n"
        "Ms Julie Thompson, Department for Infrastructure\n\n"
        "The Chairperson (Ms Hargey): Welcome back to the Committee.\n\n"
        "Ms Julie Thompson (Department for Infrastructure): The Department has no multi-year budget.\n\n"
        "Mr Stewart: When will it have one?\n\nMs Thompson: That is for the Executive.\n"
    )
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    turns = series(doc, "turn")
    assert [(u.label, u.speaker) for u in turns[6:]] == [
        ("7", "Deirdre Hargey MLA (Chairperson)"),
        ("8", "Deirdre Hargey MLA (Chairperson)"),
        ("9", "Ms Julie Thompson, Department for Infrastructure"),
        ("10", "John Stewart MLA"),
        ("11", "Ms Julie Thompson, Department for Infrastructure"),
    ]
    assert turns[6].text == "Thank you both for your time."
    assert [p.name for p in doc.participants].count("Deirdre Hargey MLA") == 1


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_evidence_session_of_two_panels_the_second_of_one_witness(pdf: bool) -> None:
    """A Commons committee's oral evidence as printed since 2020: panels listed "I: Professor
    Dame Wendy Hall, …; and Professor Michael Wooldridge, Director of Foundational AI Research,
    Alan Turing Institute." and "II: Hugh Milward, …", the second opened by "Witness: Hugh
    Milward." (one witness). That line opens panel 2 and is no turn (it had been "Witness"'s,
    Q4 on in panel 1), and "AI" holds no witness named "I" (Professor Wooldridge's post had
    ended "Foundational A")."""
    doc = shape_read("oral-evidence-in-two-panels-listed-by-numeral-the-second-of-one-witness.txt", pdf)
    assert [(u.label, u.section) for u in doc.paragraphs if u.speaker.startswith("Greg Clark")] == [
        ("Q1", "Panel 1"),
        ("Q4", "Panel 2"),
        ("Q6", "Panel 2"),
    ]
    assert not any(u.text == "Hugh Milward." for u in doc.paragraphs)
    witnesses = {p.name: p.title for p in doc.participants if p.role == "witness"}
    assert witnesses == {
        "Professor Dame Wendy Hall": "Regius Professor of Computer Science, University of Southampton",
        "Professor Michael Wooldridge": "Director of Foundational AI Research, Alan Turing Institute",
        "Hugh Milward": "General Manager, Corporate, External and Legal Affairs, Microsoft UK",
    }


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_commons_reports_box_is_text_of_its_own_and_the_heading_after_it_heads(pdf: bool) -> None:
    """A Commons report sets "Box 1: What care workers told us" (a quotation and who said it)
    between paragraphs 4 and 5: the box is a text of its own under its title, and "Career
    progression" after it heads paragraph 5 (the box had run into paragraph 4, and its last
    line, ending no sentence, had kept the heading as text)."""
    doc = shape_read(
        "commons-report-its-box-of-quotes-between-numbered-paragraphs-then-a-sub-heading.txt", pdf
    )
    assert [(u.series, u.label, u.section) for u in doc.paragraphs[3:6]] == [
        ("paragraph", "4", "Pay"),
        ("text", "4", "Box 1: What care workers told us"),
        ("paragraph", "5", "Career progression"),
    ]
    assert doc.paragraphs[3].text.endswith("by April 2025.")
    quoted = '"I love the job, but I cannot pay my rent on what I earn." Care worker, Leeds roundtable'
    assert doc.paragraphs[4].text == quoted


def test_a_response_titled_with_the_reports_session_keeps_its_title() -> None:
    """ "Government Response to the Health and Social Care Committee's Fourth Report of Session
    2023–24: Adult social care workforce" titles the response (a line naming a report's
    session had been read as an issuer's, and the response had no title)."""
    doc = ingest_file(
        SHAPES / "government-response-titled-with-the-reports-session-presented-by-a-secretary-of-state.txt"
    )
    assert doc.title == (
        "Government Response to the Health and Social Care Committee's Fourth Report of Session 2023–24:"
        " Adult social care workforce"
    )
    assert [(u.series, u.label) for u in items_answered(doc)] == [
        ("recommendation", "1"),
        ("response", "1"),
        ("recommendation", "2"),
        ("response", "2"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_witness_named_alone_under_the_examination_heading_takes_part(pdf: bool) -> None:
    """A Lords committee's corrected oral evidence: its witness named alone under "Examination
    of witness" ("Lord Maude of Horsham.", no post, no "Witnesses:" paragraph) answers each
    question and is a witness taking part (no list had named him, so he was none); the members
    present, as a PDF's text gives them, end at the list's full stop (the session's line "Evidence
    Session No. 3 …" had run into Baroness Suttie's name)."""
    doc = shape_read(
        "lords-corrected-oral-evidence-its-witness-named-alone-under-the-examination-heading.txt", pdf
    )
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Baroness Drake", "chair"),
        ("Lord Beith", "member"),
        ("Lord Hennessy of Nympsfield", "member"),
        ("Baroness Suttie", "member"),
        ("Lord Maude of Horsham", "witness"),
    ]
    assert [u.label for u in doc.paragraphs if u.speaker == "Lord Maude of Horsham"] == ["Q24", "Q25", "Q26"]


def test_a_commons_reports_cover_under_its_running_header_and_page_number() -> None:
    """The same report printed with its running header ("House of Commons") and the page's
    number atop its cover: the committee is still the one the cover names (it had been "1"),
    and the title still the report's (it had been none)."""
    text = (
        SHAPES / "commons-report-its-box-of-quotes-between-numbered-paragraphs-then-a-sub-heading.txt"
    ).read_text()
    doc = read_genre("House of Commons\n\n1\n\n" + text, load_themes()).document
    assert (doc.author, doc.title) == ("Health and Social Care Committee", "Adult social care workforce")
    assert {u.speaker for u in doc.paragraphs} == {"Health and Social Care Committee"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_committees_masthead_names_its_chair_and_vice_chairs_over_its_members(pdf: bool) -> None:
    """A committee's masthead lists its chair and vice-chairs under labels of their own
    ("CHAIR", "VICE-CHAIRS") before "MEMBERS": the chair chairs and a vice-chair is a member
    (only the members had been read); the clerk and the library's analyst serve it, no part."""
    doc = shape_read(
        "committee-report-unnumbered-its-members-and-a-permission-notice-before-its-contents.txt", pdf
    )
    assert [(p.name, p.role) for p in doc.participants][:4] == [
        ("Hon. Margaret Ellison", "chair"),
        ("Daniel Roy", "member"),
        ("Priya Natarajan", "member"),
        ("Tom Becker", "member"),
    ]
    assert len(doc.participants) == 7


def test_a_letters_addressee_under_chairman_is_no_chair() -> None:
    """ "The Honorable Ann Mercer" over "Chairman" over "Committee on Rural Affairs" and "House
    of Representatives": a letter's addressee, the bodies under the label no people chairing."""
    doc = shape_read("audit-report-of-two-pages-footed-page-n-its-letter-to-a-house-committees-chair.txt")
    assert not [p for p in doc.participants if p.role == "chair"]
    assert {u.speaker for u in doc.paragraphs} == {"United States Government Accountability Office"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_record_copied_from_the_web_each_speaker_on_a_line_over_their_words(pdf: bool) -> None:
    """An official report as its web page gives it, each speaker's label on a line of its own
    over their words ("The Convener (Ariane Burgess)", "Willie Coffey (Kilmarnock and Irvine
    Valley) (SNP)"): a turn each, the convener's last one hers too. As a PDF's text, the item's
    title straight over the convener's label had been read as that label's first line
    ("Homelessness Prevention Inquiry The Convener")."""
    doc = shape_read(
        "committee-official-report-copied-from-the-web-each-speaker-on-a-line-over-their-words.txt", pdf
    )
    assert [u.speaker for u in doc.paragraphs] == [
        "Ariane Burgess (Convener)",
        "Willie Coffey",
        "Maggie Brünjes, Glasgow Homelessness Network",
        "Callum Chomczuk, Chartered Institute of Housing Scotland",
        "Mark Griffin",
        "Callum Chomczuk, Chartered Institute of Housing Scotland",
        "Ariane Burgess (Convener)",
    ]
    assert {u.section for u in doc.paragraphs} == {"Homelessness Prevention Inquiry"}
    assert [(p.name, p.role) for p in doc.participants if p.role != "member"] == [
        ("Ariane Burgess", "chair"),
        ("Maggie Brünjes", "witness"),
        ("Callum Chomczuk", "witness"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_panellist_no_list_names_speaks_the_paragraph_naming_them_with_their_post(pdf: bool) -> None:
    """ "Kevin Curley, former Chief Executive of NAVCA, said …" under "Panel": his paragraph,
    and he took part, though no list names him (the panel's paragraphs had been "Discussion");
    "Participants agreed …" stays the discussion's. A policy breakfast is a discussion: its chair
    "opened the breakfast" and "She asked …" (¶1-2). "Held at the Local Government Association,
    14 March 2013" says where, not who wrote the note (the venue had spoken ¶1-2)."""
    doc = shape_read("policy-breakfast-note-its-panellists-named-with-their-posts-held-at-a-venue.txt", pdf)
    assert [u.speaker for u in doc.paragraphs] == [
        "Jane Ellison",
        "Jane Ellison",
        "Kevin Curley",
        "Dr Rob Macmillan",
        "Discussion",
        "Discussion",
    ]
    assert not doc.author
    assert not any("Held at" in u.speaker for u in doc.paragraphs)
    assert [(p.name, p.title, p.organisation) for p in doc.participants][1:] == [
        ("Kevin Curley", "former Chief Executive of NAVCA", ""),
        ("Dr Rob Macmillan", "", "Third Sector Research Centre"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_seminar_notes_venue_and_chair_under_its_title_are_no_event_or_subtitle(pdf: bool) -> None:
    """ "Held at the Local Government Association, 14 March 2013" under the title says where
    and when, and "Chair: Jane Ellison, Director of Policy, Locality" who chaired: they had been
    the seminar's event and subtitle (its citation "…, Held at the Local Government
    Association: Chair: Jane Ellison, …"), and no one had chaired."""
    doc = shape_read("seminar-note-held-at-a-venue-its-chair-a-field-under-the-date.txt", pdf)
    assert (doc.title, doc.event, doc.subtitle, doc.date) == (
        "Leading local services after the spending review",
        "",
        "",
        "2013-03-14",
    )
    assert [(p.name, p.title, p.organisation, p.role) for p in doc.participants] == [
        ("Jane Ellison", "Director of Policy", "Locality", "chair")
    ]
    assert [u.label for u in doc.paragraphs] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_keynote_heading_naming_no_one_is_named_by_its_first_paragraph(pdf: bool) -> None:
    """ "Keynote address" over "1. Sir Merrick Cockell said that councils …" and "2. He
    argued …": both his (they had been the introduction's), up to the discussion's heading."""
    doc = shape_read("seminar-note-held-at-a-venue-its-chair-a-field-under-the-date.txt", pdf)
    assert [u.speaker for u in doc.paragraphs] == [
        "Sir Merrick Cockell",
        "Sir Merrick Cockell",
        "Discussion",
        "Discussion",
    ]


def test_a_markdown_list_typed_one_one_one_is_numbered_as_it_renders() -> None:
    """Markdown lets a writer type every item of a list "1.", and renders them 1, 2, 3: each
    section's list is numbered so (every paragraph had been "1", six alike), a heading ending
    the list before it. The chair the cover's bold field names chairs; the panel's two, named
    with their posts ("**Kevin Curley**, former Chief Executive of NAVCA, said …"), speak their
    paragraphs and took part (their paragraphs had been the discussion's)."""
    markdown = SHAPES / "seminar-note-in-markdown-its-paragraphs-all-numbered-one-as-markdown-allows.md"
    doc = ingest_file(markdown)
    assert [(u.label, u.section) for u in doc.paragraphs] == [
        ("1", "Opening remarks"),
        ("2", "Opening remarks"),
        ("1", "Panel"),
        ("2", "Panel"),
        ("1", "Discussion"),
        ("2", "Discussion"),
    ]
    assert doc.paragraphs[3].text.startswith("Dr Rob Macmillan, of the Third Sector Research Centre")
    assert [u.speaker for u in doc.paragraphs[2:5]] == ["Kevin Curley", "Dr Rob Macmillan", "Discussion"]
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Jane Ellison", "chair"),
        ("Kevin Curley", "participant"),
        ("Dr Rob Macmillan", "participant"),
    ]
    assert not doc.event and not doc.subtitle


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_numbered_questions_over_a_few_points_each_are_headings(pdf: bool) -> None:
    """A roundtable's summary numbers its three questions ("1. What counts as an outcome?")
    over two or three points each: the questions head the points, each point a unit of its
    own, and the background before them and the next steps after them are text (they had been
    three numbered paragraphs holding the points, the rest left out as front and back matter)."""
    doc = shape_read(
        "roundtable-summary-its-numbered-questions-over-points-each-attributed-to-a-role.txt", pdf
    )
    questions = [u.section for u in doc.paragraphs if u.section[:1].isdigit()]
    assert (
        questions
        == ["1. What counts as an outcome?"] * 3
        + ["2. Who carries the risk?"] * 3
        + ["3. What should change?"] * 2
    )
    texts = [u.text for u in doc.paragraphs]
    assert any(text.startswith("The roundtable brought together commissioners") for text in texts)
    assert texts[-1] == "The Centre will publish a working paper drawing on the discussion in the autumn."
    assert not any("What counts as an outcome" in text for text in texts)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_title_naming_the_papers_kind_and_asking_a_question_is_no_paragraph(pdf: bool) -> None:
    """ "Roundtable summary: Can neighbourhood health centres cut hospital admissions?" under
    its publisher, no blank line between them as a PDF's text gives it: the title, though it
    ends as a question does, and the date under it the paper's (it had been the first
    paragraph, the paper untitled and undated)."""
    doc = shape_read("roundtable-summary-naming-who-spoke-at-the-start-of-each-paragraph.txt", pdf)
    assert (doc.title, doc.date) == (
        "Roundtable summary: Can neighbourhood health centres cut hospital admissions?",
        "2025-03-04",
    )
    assert not any("neighbourhood health centres cut" in u.text for u in doc.paragraphs)


@pytest.mark.parametrize(
    "name",
    [
        "roundtable-summary-naming-who-spoke-at-the-start-of-each-paragraph.txt",
        "roundtable-note-in-bullets-with-attendees.txt",
    ],
)
def test_key_points_straight_under_a_cover_field_head_their_bullets_in_a_pdfs_text(name: str) -> None:
    """ "Key points" over its bullets, straight under "Chair: Professor Helen Ward, Director,
    …" as a PDF's text sets them (no blank line, the field's line long): the heading heads
    the points, each a unit, as they read from the text as written ("Key points" and the
    points had been one unit), and the attendees after them are listed."""
    pdf, written = shape_read(name, pdf=True), shape_read(name)
    points = [(u.section, u.text) for u in written.paragraphs if u.section == "Key points"]
    assert len(points) >= 2
    assert [(u.section, u.text) for u in pdf.paragraphs[: len(points)]] == points
    assert [p.name for p in pdf.participants] == [p.name for p in written.participants]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_short_conclusion_citing_its_paragraph_is_text_not_a_title(pdf: bool) -> None:
    """ "1. The Government has not communicated clearly what the Big Society means. (Paragraph
    12)", short, its citation after its full stop: the conclusion answered, not a title over
    the reply (the reply had become conclusion 1's text and answered nothing)."""
    doc = shape_read(
        "government-response-its-short-conclusions-each-citing-its-paragraph-over-the-reply.txt", pdf
    )
    assert [(u.series, u.label) for u in items_answered(doc)] == [
        (series, label) for label in "123" for series in ("recommendation", "response")
    ]
    assert items_answered(doc)[0].text.startswith("The Government has not communicated clearly")
    assert items_answered(doc)[1].text.startswith("The Government agrees that communication can be improved.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_publishers_name_over_the_kind_of_paper_over_its_title_is_its_author(pdf: bool) -> None:
    """A think tank's roundtable write-up: "Localism Lab" over "Roundtable write-up" over its
    title, each a line of its own. The title is the title (it had been "Localism Lab", or as a
    PDF's text the three lines run together) and the publisher its author; its chair speaks the
    first paragraph, and the rest are the discussion's, "Others agreed, …" and "Responding, a
    Treasury official noted …" too (not the publisher's, once it was known)."""
    doc = shape_read("roundtable-write-up-its-publishers-name-over-its-kind-over-its-title.txt", pdf)
    assert doc.title == "Who pays for prevention? Funding early help in children's services"
    assert doc.author == "Localism Lab"
    assert [u.speaker for u in doc.paragraphs] == ["Dr Priya Nair", *["Discussion"] * 4]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_findings_label_at_a_pages_foot_labels_the_text_on_the_next_page(pdf: bool) -> None:
    """A study report's "FINDING 5.1" in capitals at the foot of a page, its text at the head of
    the next: finding 5.1 is that text, on page 2 (the label had run on into it across the
    page's turn, a paragraph of the report's "FINDING 5.1 Specialist …")."""
    name = "study-report-its-findings-and-recommendations-in-capitals-between-unnumbered-paragraphs.txt"
    text = (SHAPES / name).read_text(encoding="utf-8").replace("FINDING 5.1\n", "FINDING 5.1\n\n\f\n")
    if pdf:  # wrapped, no blank lines, the page break kept
        text = "\n".join(line for line in narrow(text, 95).split("\n") if line.strip() or "\f" in line)
    report = read_genre(text, load_themes()).document
    assert [(u.series, u.label) for u in report.paragraphs if u.series != "block"] == [
        ("finding", "4.1"),
        ("recommendation", "4.1"),
        ("recommendation", "4.2"),
        ("finding", "5.1"),
        ("recommendation", "5.1"),
    ]
    finding = next(u for u in report.paragraphs if (u.series, u.label) == ("finding", "5.1"))
    assert finding.text.startswith("Specialist homelessness services are unable to meet demand")
    assert finding.page == 2
