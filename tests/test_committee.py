"""Committee reports and government responses (tests/data/corpus, Open Parliament Licence):
their own numbered paragraphs, series, footnotes and headings, searchable beside the seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import DATA, SEED, SHAPES, as_pdf_text, narrow, run, shape_read

from seminar_search.lexicon import load_themes
from seminar_search.model import Document, Paragraph
from seminar_search.parsing import ingest_file, read_genre
from seminar_search.parsing.committee_cover import dotted_lone_numbers
from seminar_search.parsing.common import Reading

CORPUS = DATA / "corpus"
HC179 = CORPUS / "hc179-environmental-impact-of-microplastics-2016.txt"
HC802 = CORPUS / "hc802-microplastics-government-response-2016.txt"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def item(document: Document, number: int, series: str = "paragraph") -> Paragraph:
    return next(p for p in document.paragraphs if p.number == number and p.series == series)


@pytest.fixture(scope="module")
def report() -> Document:
    return ingest_file(HC179)


@pytest.fixture(scope="module")
def response() -> Document:
    return ingest_file(HC802)


def test_report_metadata(report: Document) -> None:
    assert report.id == "hc179-2016-17"
    assert report.title == "Environmental impact of microplastics"
    assert report.event == "Fourth Report of Session 2016–17"
    assert report.date == "2016-08-24"
    assert report.author == "Environmental Audit Committee"
    assert report.participants[0].name == "Mary Creagh" and report.participants[0].role == "chair"


def test_report_numbering_and_series(report: Document) -> None:
    assert [p.number for p in report.paragraphs if p.series == "paragraph"] == list(range(1, 74))
    assert [p.number for p in report.paragraphs if p.series == "recommendation"] == list(range(1, 15))
    assert not report.warnings


@pytest.mark.parametrize(
    ("number", "first", "last", "page", "section", "marks"),
    [
        (
            1,
            "microplastics are generally classified as particles",
            "larger plastic objects in the oceans",
            5,
            "Introduction",
            ["1", "2", "3"],
        ),
        (
            2,
            "the small size of microplastics means",
            "marine environment from europe per year",
            5,
            "Introduction",
            ["4", "5", "6"],
        ),
        (
            7,
            "most of the world s ocean",
            "in models and fundamental knowledge gaps",
            7,
            "Sources of microplastic pollution",
            ["9", "10", "11", "12"],
        ),
        (
            30,
            "the united nations sustainable development goal",
            "they look at impacts on animals",
            14,
            "International cooperation and future trends",
            ["84", "85", "86", "87"],
        ),
        (
            73,
            "we heard that prevention at source",
            "monitor and ultimately reduce microplastic pollution",
            30,
            "Waste and water treatment solution",
            [],
        ),
    ],
)
def test_report_paragraphs(report: Document, number, first, last, page, section, marks) -> None:
    paragraph = item(report, number)
    found = words(paragraph.text)
    assert " ".join(found[:6]) == first and " ".join(found[-6:]) == last
    assert (paragraph.page, paragraph.section) == (page, section)
    assert [f.mark for f in paragraph.footnotes] == marks
    assert paragraph.speaker == "Environmental Audit Committee"
    assert section in paragraph.themes


def test_no_page_furniture_or_footnote_leaks_into_report_text(report: Document) -> None:
    for paragraph in report.paragraphs:
        assert (
            "Environmental impact of microplastics" not in paragraph.text or paragraph.series != "paragraph"
        )
        assert not re.search(r"(?<=[a-z\)”’])\d{1,3}(?=[\s,;:]|$)", paragraph.text), paragraph.number
        assert not re.search(r"\b\d{1,3} \d{1,3} \d{1,3}\b", paragraph.text)
    assert sum(len(p.footnotes) for p in report.paragraphs) == 207
    assert item(report, 1).footnotes[0].text == "Q21, Q87, Q263, Greenpeace UK (EIM0020)"
    assert item(report, 2).footnotes[0].text.endswith("Yorkshire Water (EIM0052), Water UK (EIM0055)")


def test_recommendations_keep_their_paragraph_references(report: Document) -> None:
    third = item(report, 3, "recommendation")
    assert third.text.startswith("There is little evidence on potential human health impacts")
    assert third.text.endswith("(Paragraph 26)")
    assert third.section == "Microplastic Pollution"


def test_response_pairs_each_recommendation_with_the_governments_answer(response: Document) -> None:
    assert response.id == "hc802-2016-17"
    assert response.event == "Fifth Special Report of Session 2016–17"
    assert response.title.startswith("Environmental impact of microplastics: Government Response")
    assert [p.number for p in response.paragraphs if p.series == "recommendation"] == list(range(1, 12))
    assert [p.number for p in response.paragraphs if p.series == "response"] == list(range(1, 12))
    answer = item(response, 1, "response")
    assert answer.speaker == "Government"
    assert answer.text.startswith("We agree researching and addressing sources of microplastic pollution")
    assert item(response, 11, "recommendation").text.endswith("(Paragraph 73)")


def test_response_pages_are_those_printed_above_them(response: Document) -> None:
    # page 2's number and header stand above the introduction that precedes item 1
    pages = {p.number: p.page for p in response.paragraphs if p.series == "recommendation"}
    assert pages == {1: 2, 2: 3, 3: 3, 4: 3, 5: 4, 6: 4, 7: 4, 8: 5, 9: 5, 10: 5, 11: 6}


def test_one_index_of_the_corpus_and_the_seed(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for source in (HC179, HC802, SEED, CORPUS / "LICENCE.md"):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "README.md").write_text("# About these reports\n", encoding="utf-8")
    code, _, err = run("index", str(folder))
    assert code == 0, err
    code, out, _ = run("docs", "--format", "json")
    counts = {d["id"]: d["paragraphs"] for d in json.loads(out)}
    assert counts == {"hc179-2016-17": 87, "hc802-2016-17": 22, "policy-seminar-one-2010-05-18": 52}
    code, out, _ = run("search", "microplastics", "--format", "json")
    hits = json.loads(out)["hits"]
    assert code == 0 and {h["doc"] for h in hits} <= {"hc179-2016-17", "hc802-2016-17"}
    code, out, _ = run("search", "microbeads", "--doc", "hc802", "--format", "json")
    assert {h["doc"] for h in json.loads(out)["hits"]} == {"hc802-2016-17"}
    code, out, _ = run("cite", "3", "--series", "recommendation", "--doc", "hc179")
    assert out.strip() == (
        "House of Commons, Environmental impact of microplastics, Fourth Report of Session 2016–17 "
        "(24 August 2016), recommendation 3"
    )
    code, out, _ = run("show", "1", "--series", "response", "--doc", "hc802")
    assert code == 0 and out.startswith("Response 1  Government")


@pytest.mark.parametrize("text_file", [HC179, HC802], ids=["hc179", "hc802"])
def test_a_pdf_gives_the_same_paragraphs_as_its_text_file(text_file: Path) -> None:
    from_text = ingest_file(text_file)
    from_pdf = ingest_file(text_file.with_suffix(".pdf"))
    assert (from_pdf.id, from_pdf.title, from_pdf.event, from_pdf.date) == (
        from_text.id,
        from_text.title,
        from_text.event,
        from_text.date,
    )
    assert len(from_pdf.paragraphs) == len(from_text.paragraphs)
    for pdf, text in zip(from_pdf.paragraphs, from_text.paragraphs, strict=True):
        assert (pdf.series, pdf.number, pdf.page, pdf.section) == (
            text.series,
            text.number,
            text.page,
            text.section,
        )
        # the PDF keeps a compound's hyphen at a line's end ("low-" "hanging"), which pdftotext lost;
        # two spaces the PDF sets between words ("vary widely.  As") are one, as in the text
        assert pdf.text.replace("-", "") == text.text.replace("-", ""), (pdf.series, pdf.number)
        assert [f.mark for f in pdf.footnotes] == [f.mark for f in text.footnotes]
    # "Dr Matthew Offord MP  (Conservative, Hendon)": listed, as the text file's single space lists him
    assert [p.name for p in from_pdf.participants] == [p.name for p in from_text.participants]


@pytest.mark.parametrize("text_file", [HC179, HC802], ids=["hc179", "hc802"])
def test_numbers_parted_from_their_text_by_a_tab_read_as_printed(text_file: Path) -> None:
    """Word's plain text writes a numbered list's number, then a tab ("12.<tab>The Committee
    …"), and so may a footnote's: the report reads as it does with a space there (HC 179's
    paragraphs had lost their sections and notes)."""
    printed = text_file.read_text(encoding="utf-8")
    tabbed = re.sub(r"(?m)^(\d{1,2}\.?) +(?=[A-Z])", "\\1\t", printed)
    assert tabbed.count("\t") >= 10

    def reading(document: Document) -> list[tuple[object, ...]]:
        return [(p.series, p.label, p.section, p.page, p.text, p.footnotes) for p in document.paragraphs]

    assert reading(read_genre(tabbed, load_themes()).document) == reading(ingest_file(text_file))


def test_the_same_report_in_two_formats_is_one_document(tmp_path: Path) -> None:
    for source in (HC802, HC802.with_suffix(".pdf")):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    code, _, err = run("index", str(tmp_path))
    assert code == 0
    kept, skipped = sorted(tmp_path.glob("hc802*"))
    assert f"warning: {skipped}: same document as {kept}; kept the first" in err
    code, out, _ = run("docs", "--format", "json")
    assert [(d["id"], d["paragraphs"]) for d in json.loads(out)] == [("hc802-2016-17", 22)]


def test_a_word_document_reads_like_its_text(tmp_path: Path) -> None:
    from docx import Document as WordDocument

    word = WordDocument()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        word.add_paragraph(line)
    path = tmp_path / "seminar.docx"
    word.save(str(path))
    from_word, from_text = ingest_file(path), ingest_file(SEED)
    assert [(p.number, p.speaker, p.section, p.page) for p in from_word.paragraphs] == [
        (p.number, p.speaker, p.section, p.page) for p in from_text.paragraphs
    ]
    assert [p.text for p in from_word.paragraphs] == [p.text for p in from_text.paragraphs]


def test_unreadable_pdf_and_word_files_are_named(tmp_path: Path) -> None:
    from seminar_search.errors import IngestError

    for name in ("broken.pdf", "broken.docx"):
        path = tmp_path / name
        path.write_bytes(b"this is not what it claims to be")
        with pytest.raises(IngestError, match=f"{name}: not a readable"):
            ingest_file(path)


def test_witnesses_are_listed_and_paragraphs_record_whom_they_name(report: Document) -> None:
    witnesses = [p.name for p in report.participants if p.role == "witness"]
    assert {
        "Professor Tamara Galloway",
        "Dr Erik van Sebille",
        "Francisco Morcillo",
        "George Eustice",
    } <= set(witnesses)
    assert not {"Imperial College", "Director General"} & set(witnesses)
    assert item(report, 8).mentions == ["Professor Tamara Galloway", "Dr Erik van Sebille"]
    assert item(report, 11).mentions == ["Professor Richard Thompson"]


def test_listings_cite_labels_with_their_series_and_document_where_several_meet(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for source in (HC179, HC802):
        (folder / source.name).write_bytes(source.read_bytes())
    assert run("index", str(folder))[0] == 0
    code, out, _ = run("matrix", "--format", "json")
    cells = [
        label for row in json.loads(out)["cells"].values() for labels in row.values() for label in labels
    ]
    assert code == 0 and "hc179-2016-17 recommendation 3" in cells and "hc802-2016-17 response 1" in cells
    code, out, _ = run("participants", "--format", "json")
    davies = next(p for p in json.loads(out) if p["name"] == "Geraint Davies")
    assert davies["organisation"] == "Labour (Co-op), Swansea West"


def test_conclusions_listed_before_the_chapters_are_its_recommendations() -> None:
    """The Committee of Public Accounts prints its conclusions and recommendations before the
    chapters, which number their paragraphs from 1 again; its minutes are "Formal minutes"."""
    doc = ingest_file(DATA / "shapes" / "committee-report-with-its-conclusions-before-the-chapters.txt")
    assert [(p.series, p.label) for p in doc.paragraphs] == [
        *(("recommendation", str(n)) for n in range(1, 4)),
        *(("paragraph", str(n)) for n in range(1, 6)),
    ]
    first = doc.paragraphs[0]
    assert first.section == "Conclusions and recommendations"
    assert first.text.endswith(
        "Recommendation: The Ministry should set out, by the end of the year, how it will "
        "clear the backlog of maintenance and how long that will take."
    )
    assert doc.paragraphs[3].section == "Background"
    assert doc.paragraphs[-1].text.endswith("subject to funding.")  # not the formal minutes after it


def test_a_member_listed_with_a_bracket_wrapped_onto_the_next_line_is_still_listed() -> None:
    """The report at 60 characters: "Meg Hillier MP (Labour (Co-op), Hackney South and" over
    "Shoreditch) (Chair)". She is still the chair, with her party and seat (she had been lost
    from the members)."""
    text = (SHAPES / "committee-report-with-its-conclusions-before-the-chapters.txt").read_text(
        encoding="utf-8"
    )
    wrapped = narrow(text, 60)
    assert "South and\nShoreditch) (Chair)" in wrapped
    members = [
        (p.name, p.organisation, p.role) for p in read_genre(wrapped, load_themes()).document.participants
    ]
    assert members == [
        (p.name, p.organisation, p.role) for p in read_genre(text, load_themes()).document.participants
    ]
    assert ("Meg Hillier", "Labour (Co-op), Hackney South and Shoreditch", "chair") in members


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_hyphenated_ordinal_a_rule_over_the_notes_and_witnesses_parted_by_semicolons(pdf: bool) -> None:
    """ "Thirty-Second Report of Session 2023–24" is the report, not the title's end (the title
    had been "… into work Thirty-"); the line of underscores over the footnotes is no part of
    the paragraph above it; a witness after a semicolon ("…; Jo Wallace, Director, …") is
    listed as the one before it is. With no blank line after the last page's notes (a PDF's
    text), the formal minutes are no part of the last note (they had run on into it, to the
    list of witnesses)."""
    text = (SHAPES / "committee-report-with-a-hyphenated-ordinal-and-a-rule-over-its-notes.txt").read_text(
        encoding="utf-8"
    )
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (doc.title, doc.event) == (
        "Supporting young people into work",
        "Thirty-Second Report of Session 2023–24",
    )
    assert (
        doc.paragraphs[-1].text
        == "The Department accepted that it could do more to explain its offer to employers."
    )
    assert not any("__" in p.text for p in doc.paragraphs)
    assert [p.name for p in doc.participants if p.role == "witness"] == ["Peter Schofield", "Jo Wallace"]
    assert [p.footnotes[0].text for p in doc.paragraphs if p.footnotes][-1] == "Q 52"


def test_a_rule_drawn_in_characters_is_no_text() -> None:
    """A rule of underscores, dashes or asterisks on a line of its own, in any genre."""
    for rule in ("_____________", "-----", "———", "* * *"):
        text = f"Report\n\n1. The first paragraph says one thing.\n\n2. The second says another.\n{rule}\n\n"
        doc = read_genre(text + "3. A third.", []).document
        assert [p.text for p in doc.paragraphs] == [
            "The first paragraph says one thing.",
            "The second says another.",
            "A third.",
        ], rule


@pytest.mark.parametrize("notes_where", ["after the minutes", "before the minutes"])
def test_a_report_saved_from_the_web_takes_its_bracketed_notes_out(notes_where: str) -> None:
    """A report saved from its web page marks notes "[3]" and lists them "[3] Text" at the end,
    after the formal minutes: each note is its paragraph's, out of the text (the marks had
    stayed in the text and the notes were lost; listed before the minutes, they had been the
    Government's response to the last recommendation)."""
    text = (
        DATA / "shapes" / "committee-report-saved-from-the-web-its-notes-bracketed-after-the-minutes.txt"
    ).read_text(encoding="utf-8")
    if notes_where == "before the minutes":
        body, notes = text.split("Footnotes\n")
        minutes = body.index("Formal minutes")
        text = body[:minutes] + "Footnotes\n" + notes + "\n" + body[minutes:]
    doc = read_genre(text, []).document
    assert [(p.series, p.label) for p in doc.paragraphs] == [
        *(("paragraph", str(n)) for n in range(1, 6)),
        ("recommendation", "1"),
    ]
    assert not any("[" in p.text for p in doc.paragraphs)
    marks = [[f.mark for f in p.footnotes] for p in doc.paragraphs]
    assert marks == [["1", "2"], ["3"], ["4", "5"], ["6"], [], []]
    assert doc.paragraphs[2].footnotes[1].text == "Local Government Association (LGF 031) para 2.1"


WEB_PAGES = "committee-report-copied-from-its-web-pages-each-paragraphs-number-glued-to-its-text.txt"


def test_a_report_copied_from_its_web_pages_parts_each_number_from_its_paragraph() -> None:
    """A report's web pages copied as text join each paragraph's number to its text ("3.Between
    2010 …") and each chapter's to its title ("2The state of …"), under the pages' first line,
    the title and a link to the contents ("Rural bus services Contents"): each number labels
    its paragraph and each note is its paragraph's (the text had been eight blocks of prose and
    two more, numbers and all, titled "… Contents")."""
    doc = shape_read(WEB_PAGES)
    assert doc.title == "Rural bus services"
    assert [(p.series, p.label) for p in doc.paragraphs] == [
        *(("paragraph", str(n)) for n in range(1, 9)),
        ("recommendation", "1"),
        ("recommendation", "2"),
    ]
    assert doc.paragraphs[2].text.startswith("Between 2010 and 2023")
    assert [p.section for p in doc.paragraphs[::2]] == [
        "1 Introduction",
        "Decline in services",
        "Funding",
        "3 Demand-responsive transport",
        "The state of rural bus networks",
    ]
    assert [[f.mark for f in p.footnotes] for p in doc.paragraphs[:8]] == [
        ["1"],
        [],
        ["2", "3"],
        ["4", "5"],
        ["6", "7"],
        [],
        ["8"],
        [],
    ]


def test_a_web_pages_first_line_naming_its_committee_is_the_reports_issuer() -> None:
    """An older web page's first line names the committee after the title ("Rural bus services
    - Transport Committee Contents"): the committee issued the report, its title the words
    before the dash."""
    text = (SHAPES / WEB_PAGES).read_text(encoding="utf-8")
    doc = read_genre(text.replace(" Contents\n", " - Transport Committee Contents\n"), []).document
    assert (doc.title, doc.author) == ("Rural bus services", "Transport Committee")
    assert {p.speaker for p in doc.paragraphs} == {"Transport Committee"}


def test_a_reviews_web_page_its_dotted_numbers_glued_titled_by_the_review_and_its_kind() -> None:
    """A review's web page: "3.1The review heard …" under "Chapter 3: Funding", its only cover
    line "Independent Review of Rural Transport Final Report": each dotted number labels its
    paragraph, each bracketed note is its paragraph's, the line is the title and the review its
    author (it had been untitled, by "Independent Review of Rural Transport Final")."""
    doc = shape_read(
        "review-report-copied-from-its-web-page-its-dotted-numbers-glued-its-notes-bracketed.txt"
    )
    assert (doc.title, doc.author) == (
        "Independent Review of Rural Transport Final Report",
        "Independent Review of Rural Transport",
    )
    assert [(u.label, u.section, len(u.footnotes)) for u in doc.paragraphs] == [
        ("3.1", "Chapter 3: Funding", 1),
        ("3.2", "Chapter 3: Funding", 1),
        ("3.3", "Chapter 3: Funding", 0),
        ("4.1", "Chapter 4: Community transport", 1),
        ("4.2", "Chapter 4: Community transport", 0),
    ]
    assert doc.paragraphs[0].text.startswith("The review heard from more than forty")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text, page by page"])
def test_a_senate_report_heads_its_recommending_paragraphs_with_the_recommendations_number(pdf: bool) -> None:
    """An Australian Senate committee report lists its recommendations first, each a
    "Recommendation N" heading over the paragraph that makes it ("2.5 The committee recommends
    …"), and heads that paragraph so again in its chapter: the list is the recommendations,
    the heading in the chapter no unit (it had been an empty recommendation before each); "The
    Senate" over the committee is no title; a note under the chair's signature at a chapter's
    end is a note (it had been left in a PDF's text, the signature ending on a letter)."""
    text = (
        DATA / "shapes" / "senate-committee-report-its-recommendations-headed-over-numbered-paragraphs.txt"
    ).read_text(encoding="utf-8")
    if pdf:
        text = "\f".join(as_pdf_text(page) for page in text.split("\f"))
    doc = read_genre(text, []).document
    assert (doc.title, doc.author) == ("Aged care workforce", "Community Affairs References Committee")
    assert [(p.series, p.label) for p in doc.paragraphs] == [
        ("recommendation", "1"),
        ("recommendation", "2"),
        *(("paragraph", f"1.{n}") for n in range(1, 4)),
        *(("paragraph", f"2.{n}") for n in range(1, 6)),
        *(("paragraph", f"3.{n}") for n in range(1, 5)),
    ]
    assert all(p.text for p in doc.paragraphs)
    notes = {p.label: [f.mark for f in p.footnotes] for p in doc.paragraphs if p.footnotes}
    assert notes == {"1.2": ["1"], "2.1": ["2"], "2.2": ["3"], "3.2": ["4"]}


def test_a_committees_members_listed_under_their_roles_took_part() -> None:
    """The Senate committee's members, listed under "Chair", "Deputy Chair" and "Members"
    (labels without a colon), are who took part, the deputy chair a member; its secretariat,
    who served it, is not (none had been found)."""
    path = DATA / "shapes" / "senate-committee-report-its-recommendations-headed-over-numbered-paragraphs.txt"
    doc = read_genre(path.read_text(encoding="utf-8"), []).document
    assert [(p.name, p.role) for p in doc.participants] == [
        ("Senator Marielle Smith", "chair"),
        ("Senator Hollie Hughes", "member"),
        ("Senator Wendy Askew", "member"),
        ("Senator Jordon Steele-John", "member"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
@pytest.mark.parametrize("dot", ["", "."], ids=["1 Title", "1. Title"])
def test_paragraphs_numbered_on_from_the_conclusions_before_them_are_kept(pdf: bool, dot: str) -> None:
    """A committee's conclusions and recommendations, 1 to 3, before its chapters, whose
    paragraphs number on from them (4, 5, 6) rather than from 1: each is a paragraph under its
    chapter (they had been lost, the chapter's numbering waiting for a paragraph 1; with the
    chapters headed "1. Meeting …", recommendations 4 to 6)."""
    text = (
        DATA / "shapes" / "committee-report-numbering-on-from-its-conclusions-into-its-chapters.txt"
    ).read_text()
    for number, title in ((1, "Meeting the needs of children with SEND"), (2, "Funding")):
        assert f"\n{number} {title}\n" in text
        text = text.replace(f"\n{number} {title}\n", f"\n{number}{dot} {title}\n")
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label or str(u.number), u.section) for u in report.paragraphs] == [
        *(("recommendation", str(n), "Conclusions and recommendations") for n in (1, 2, 3)),
        ("paragraph", "4", "Meeting the needs of children with SEND"),
        ("paragraph", "5", "Meeting the needs of children with SEND"),
        ("paragraph", "6", "Funding"),
    ]
    assert report.paragraphs[3].text.startswith("Around 1.3 million pupils in England have SEND.")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_chapters_numbered_like_paragraphs_head_them(pdf: bool) -> None:
    """Chapter headings printed "2. Funding", a sub-heading between some and the paragraph
    the chapter opens with: headings, not the end of the paragraph before (the first had
    been "Introduction 1. Rural bus …", the section the cover's last line); a list's "1."
    inside a paragraph stays in it."""
    text = (DATA / "shapes" / "committee-report-its-chapters-numbered-like-its-paragraphs.txt").read_text()
    report = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.number, u.section) for u in report.paragraphs] == [
        ("paragraph", 1, "Introduction"),
        ("paragraph", 2, "Introduction"),
        ("paragraph", 3, "Support for supported routes"),
        ("paragraph", 4, "Support for supported routes"),
        ("paragraph", 5, "Demand-responsive transport"),
        ("recommendation", 1, "Conclusions and recommendations"),
        ("recommendation", 2, "Conclusions and recommendations"),
    ]
    assert report.paragraphs[0].text.startswith("Rural bus services")
    assert report.paragraphs[1].text.endswith("received 84 written submissions.")
    assert report.paragraphs[3].text.endswith("1. fares; 2. drivers' pay; and 3. Sunday timetables.")
    assert [u.themes[0] for u in report.paragraphs[:5]] == ["Introduction"] * 2 + ["Funding"] * 2 + [
        "Demand-responsive transport"
    ]


def test_a_report_whose_chapters_are_numbered_with_a_dot_reads_as_printed_without() -> None:
    """HC 179 with its four chapter headings printed "1. Introduction" rather than "1
    Introduction" reads unit for unit as the report does."""
    printed = HC179.read_text(encoding="utf-8")
    titles = ("Introduction", "Microplastic Pollution", "Microbeads", "Microplastic prevention and solutions")
    dotted = printed
    for number, title in enumerate(titles, 1):
        assert f"\n{number} {title}\n" in dotted
        dotted = dotted.replace(f"\n{number} {title}\n", f"\n{number}. {title}\n")
    original, variant = (read_genre(text, load_themes()).document for text in (printed, dotted))
    assert [(u.series, u.label, u.section, u.themes, u.page, u.text) for u in variant.paragraphs] == [
        (u.series, u.label, u.section, u.themes, u.page, u.text) for u in original.paragraphs
    ]


def test_a_committee_reports_record_of_its_inquiry_is_back_matter_under_any_cover() -> None:
    """HC 179 under another parliament's name, read by the general reader (not the Commons
    cover's): its formal minutes, witnesses and published written evidence are back matter,
    the evidence list's numbers no recommendations 15 to 24, its witness list no paragraph's
    text; the paragraphs and recommendations read as the report's."""
    printed = HC179.read_text(encoding="utf-8")
    elsewhere = re.sub(r"(?m)^House of Commons$", "Scottish Parliament", printed)
    reading = read_genre(elsewhere, load_themes())
    assert reading.genre == "report"
    units = [(u.series, u.number) for u in reading.document.paragraphs]
    expected = [("paragraph", n) for n in range(1, 74)] + [("recommendation", n) for n in range(1, 15)]
    assert units == expected
    assert reading.document.paragraphs[-1].text.endswith("(Paragraph 73)")
    assert (
        reading.back_matter
        > len(elsewhere[elsewhere.rindex("\nPublished written evidence\n") :].splitlines()) / 2
    )


@pytest.mark.parametrize("alone", ["\\1\n", "\\1\n\n"], ids=["over its text", "over a blank line"])
@pytest.mark.parametrize("house", ["House of Commons", "Scottish Parliament"])
def test_paragraph_numbers_alone_without_a_dot_read_as_printed_with_one(alone: str, house: str) -> None:
    """HC 179 with each paragraph's number alone on the line over its text and no dot ("12"
    over "Microplastics …", or over a blank line above it), under its Commons cover or
    another parliament's (the general reader): unit for unit the report as printed with dots
    (its paragraphs had all been lost, only the conclusions left; over a blank line, even
    under the Commons cover). Page numbers, contents entries and the footnotes' numbers,
    alone too, stay what they are."""
    printed = re.sub(r"(?m)^House of Commons$", house, HC179.read_text(encoding="utf-8"))
    numbered = re.sub(r"(?m)^(\d{1,2})\. (?=[A-Z])", alone, printed)
    assert numbered.count(f"\n{alone.replace(chr(92) + '1', '12')}Witnesses agreed that microplastic") == 1
    original, variant = (read_genre(text, load_themes()) for text in (printed, numbered))
    assert variant.genre == original.genre

    def units(reading: Reading) -> list[tuple[object, ...]]:
        paragraphs = reading.document.paragraphs
        return [(u.series, u.label, u.section, u.page, u.text, u.footnotes) for u in paragraphs]

    assert units(variant) == units(original)
    assert len(original.document.paragraphs) == 73 + 14


@pytest.mark.parametrize("apart", [0, 200], ids=["a paragraph apart", "pages apart"])
def test_numbers_alone_are_joined_to_their_paragraphs_only_in_a_close_sequence(apart: int) -> None:
    """Numbers alone over prose in sequence are paragraphs' ("1" over "The Committee …" is
    "1. The Committee …"), but not a run of notes, each number over a line of its own with
    the next number under it, nor numbers in sequence pages apart (a report's notes, "3", "4"
    and "5" chapters apart, each over its note, in the Covid inquiry's report)."""
    prose = "The Committee heard evidence from many witnesses about the state of services in the area,"
    lines = ["Title", ""]
    for number in (1, 2, 3):
        lines += [str(number), prose, "and it goes on.", *[""] * (apart + 1)]
    notes = ["Text.", "", "1", "INQ000183334_0011 para 10", "2", "INQ000145912_0005 para 5", "3", "Ibid", ""]
    joined = dotted_lone_numbers(lines, "")
    assert (joined != lines) == (apart == 0)
    if apart == 0:
        assert [line for line in joined if line[:1].isdigit()] == [f"{n}. {prose}" for n in (1, 2, 3)]
    assert dotted_lone_numbers(notes, "") == notes


@pytest.mark.parametrize("numbering", [r"\1 ", r"(\1) "], ids=["12 Witnesses", "(12) Witnesses"])
def test_a_commons_report_numbered_in_a_way_its_own_reader_does_not_know_is_read_by_the_evidence(
    numbering: str,
) -> None:
    """HC 179 under its Commons cover with its paragraphs numbered "12 Witnesses agreed …" or
    "(12) Witnesses agreed …": the Commons reader finds only the conclusions (a tenth of the
    text: every paragraph had been lost), so the report is read as any numbered report is,
    unit for unit as HC 179 (one note's mark, 60, left in paragraph 22's text)."""
    printed = HC179.read_text(encoding="utf-8")
    numbered = re.sub(r"(?m)^(\d{1,2})\. (?=[A-Z])", numbering, printed)
    original, variant = (read_genre(text, load_themes()) for text in (printed, numbered))
    assert variant.genre == "report"
    assert [(u.series, u.label) for u in variant.document.paragraphs] == [
        (u.series, u.label) for u in original.document.paragraphs
    ]
    pairs = zip(variant.document.paragraphs, original.document.paragraphs, strict=True)
    assert [u.label for u, o in pairs if u.text != o.text] == ["22"]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_resolutions_recitals_and_paragraphs_are_its_units(pdf: bool) -> None:
    """A parliament's resolution: its recitals lettered "A. whereas …" are a series of their
    own, its numbered paragraphs the main one (read as prose, the recitals had been nameless
    blocks and the resolution untitled); "2019-2024", the parliament's term, dates it and
    "TEXTS ADOPTED" and "P9_TA(2024)0123" name its kind and number: its title is its subject,
    its author the parliament."""
    shape = SHAPES / "parliament-resolution-its-recitals-lettered-whereas-before-its-numbered-paragraphs.txt"
    text = shape.read_text(encoding="utf-8")
    resolution = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (resolution.title, resolution.author) == ("Affordable housing in the Union", "European Parliament")
    assert [(u.series, u.label) for u in resolution.paragraphs] == [
        *(("recital", letter) for letter in "ABC"),
        *(("paragraph", str(n)) for n in range(1, 6)),
    ]
    assert resolution.paragraphs[0].text.startswith("whereas housing costs have risen")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_forums_minutes_are_titled_by_the_meeting_and_chaired_by_whom_the_attendees_say(pdf: bool) -> None:
    """A forum's minutes: "Attendees: Jane Smith (Chair, Department for Transport); …" lists who
    came, no title (it had been the title), and its chair is the one whose brackets open with
    "Chair" (she had been a participant, her post "Chair, Department …"); "Minutes of the
    meeting held on 12 March 2024, 10:00-12:00, by video call" titles it without its day,
    hours, place ("by video call") or a hanging "held"."""
    shape = "forum-minutes-its-attendees-on-one-line-its-chair-in-brackets-with-her-department.txt"
    text = (SHAPES / shape).read_text(encoding="utf-8")
    minutes = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert (minutes.title, minutes.date) == ("Minutes of the meeting", "2024-03-12")
    chair = next(p for p in minutes.participants if p.role == "chair")
    assert (chair.name, chair.organisation) == ("Jane Smith", "Department for Transport")
    assert [u.section for u in minutes.paragraphs] == [
        *("Welcome and minutes of the last meeting", "Bus service improvement plans", "Any other business"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["text", "pdf-text"])
def test_recommendations_set_apart_unnumbered_between_paragraphs_are_counted_in_their_sections(
    pdf: bool,
) -> None:
    """A committee report's recommendations set apart under "Recommendation" alone between its
    numbered paragraphs: recommendations 1, 2, 3, the committee's, each in the section it stands
    in; the paragraph after one keeps its chapter (it had been under "Recommendation"), and the
    last, after the last paragraph, is kept (it had been left out with the formal minutes)."""
    doc = shape_read(
        "committee-report-its-recommendations-boxed-unnumbered-between-numbered-paragraphs.txt", pdf
    )
    assert [(u.series, u.label, u.section) for u in doc.paragraphs] == [
        ("paragraph", "1", "1 Introduction"),
        ("paragraph", "2", "1 Introduction"),
        ("paragraph", "3", "2 Funding"),
        ("paragraph", "4", "2 Funding"),
        ("recommendation", "1", "2 Funding"),
        ("paragraph", "5", "2 Funding"),
        ("recommendation", "2", "2 Funding"),
        ("paragraph", "6", "3 Demand-responsive transport"),
        ("recommendation", "3", "3 Demand-responsive transport"),
    ]
    assert {u.speaker for u in doc.paragraphs} == {"Transport Committee"}
    assert doc.paragraphs[-1].text.endswith("within six months of this report.")


@pytest.mark.parametrize("pdf", [False, True], ids=["text", "pdf-text"])
def test_a_list_numbered_from_1_inside_a_paragraph_ends_before_the_next_paragraph_of_its_number(
    pdf: bool,
) -> None:
    """Paragraph 2 introduces three failures, listed "1.", "2.", "3.", and paragraph "3." follows
    the list: the list's "3." is the list's, since "3." comes again before "4." (it had been
    taken for paragraph 3, the real paragraph 3 running into it)."""
    doc = shape_read("inquiry-report-a-numbered-list-inside-a-numbered-paragraph.txt", pdf)
    assert [u.label for u in doc.paragraphs] == ["1", "2", "3", "4"]
    assert doc.paragraphs[1].text.endswith(
        "3. Sandbags were delivered to streets that were already under water."
    )
    assert doc.paragraphs[2].text.startswith("Each of these failures had been identified")


@pytest.mark.parametrize("pdf", [False, True], ids=["text", "pdf-text"])
def test_a_chapter_numbered_on_from_11_keeps_its_numbers_past_a_list_from_1(pdf: bool) -> None:
    """A chapter printed on its own, its paragraphs numbered on from 11, paragraph 12 listing
    "1.", "2.", "3.": paragraphs 11 to 14, the list in 12 (the list had been taken for
    paragraphs 1 to 3, 11 and 12 lost as front matter and 13 and 14 run into the list's 3)."""
    doc = shape_read("inquiry-chapter-numbered-on-from-11-a-list-inside-a-paragraph.txt", pdf)
    assert [u.label for u in doc.paragraphs] == ["11", "12", "13", "14"]
    assert doc.paragraphs[1].text.endswith(
        "3. Sandbags were delivered to streets that were already under water."
    )


BOXED = [
    ("commons-report-its-recommendations-boxed-between-paragraphs-numbered-apart.txt", "Transport Committee"),
    ("committee-report-its-recommendations-boxed-between-paragraphs-then-listed.txt", "Economy Committee"),
]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
@pytest.mark.parametrize(("name", "committee"), BOXED, ids=["commons cover", "numbered report"])
def test_recommendations_boxed_between_paragraphs_numbered_apart_are_recommendations(
    name: str, committee: str, pdf: bool
) -> None:
    """A report sets "1. The Department should … (Paragraph 4)" between paragraphs 4 and 5.
    Under a Commons cover the box had been read as paragraph 4's text, and paragraphs 4 to 7 as
    recommendations awaiting a government's answer; read as a numbered report, each box had been
    a list inside the paragraph before it. The conclusions list at the end restates both."""
    report = shape_read(name, pdf)
    assert [(u.series, u.label) for u in report.paragraphs] == [
        *(("paragraph", str(n)) for n in (1, 2, 3, 4)),
        ("recommendation", "1"),
        ("paragraph", "5"),
        ("paragraph", "6"),
        ("recommendation", "2"),
        ("paragraph", "7"),
        ("recommendation", "1"),
        ("recommendation", "2"),
    ]
    assert report.paragraphs[3].text.endswith("allocated competitively and late in the year.")
    assert report.paragraphs[4].text.endswith("for bus services. (Paragraph 4)")
    assert {u.speaker for u in report.paragraphs} == {committee}


def test_a_glossary_in_two_columns_gives_each_term_its_definition_and_no_speaker() -> None:
    """A two-column glossary as pdftotext gives it: a term's cell wrapped onto a few short lines,
    then its definition's narrow lines, a block each; the column headings again on each page."""
    doc = ingest_file(SHAPES / "inquiry-report-its-glossary-in-two-columns-as-pdftotext-gives-it.txt")
    defined = [(p.section, " ".join(p.text.split()[:3])) for p in doc.paragraphs if p.series == "text"]
    assert defined == [
        ("Association of Directors of Public Health", "A representative organisation"),
        ("Category 1 responders", "Organisations at the"),
        ("Civil Contingencies Act 2004", "Legislation providing a"),
        ("Civil Contingencies Group (Northern Ireland)", "The principal strategic"),
        ("Environment Agency", "A non-departmental public"),
        ("Local resilience forum", "A multi-agency partnership"),
        ("Surface water flooding", "Flooding that occurs"),
    ]
    act = next(p for p in doc.paragraphs if p.section == "Civil Contingencies Act 2004")
    assert act.text.endswith(
        "It also allows for the making of temporary special legislation "
        "(emergency regulations) to help deal with the most serious of emergencies."
    )
    assert {p.speaker for p in doc.paragraphs} == {
        "The Northshire Flooding Inquiry"
    }  # not "Northern Ireland"
    assert [p.label for p in doc.paragraphs if p.series != "text"] == [
        "1.1",
        "1.2",
        "2.1",
        "2.2",
        "A2.1",
        "A2.2",
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_place_in_a_headings_bracket_is_no_speaker(pdf: bool) -> None:
    """ "Civil Contingencies Group (Northern Ireland)" over its definition: the text speaks of
    the public sector "in Northern Ireland", a place, so no paragraph is Northern Ireland's
    (as a PDF's text gives it the glossary's term is cut to "Group (Northern Ireland)")."""
    text = (SHAPES / "inquiry-report-its-glossary-in-two-columns-as-pdftotext-gives-it.txt").read_text()
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert {p.speaker for p in doc.paragraphs} == {"The Northshire Flooding Inquiry"}


def test_a_glossary_table_printed_to_pdf_its_rows_apart_reads_a_term_over_each_definition() -> None:
    """A glossary table a PDF library printed, whose text gives each row a block (the rows stand
    apart, a term's wrapped lines straight over its definition's): each term whole, over its
    definition ("Civil Contingencies Act" / "2004" had been cut, the year the definition's)."""
    doc = ingest_file(SHAPES / "inquiry-report-its-glossary-a-table-printed-to-pdf-its-rows-apart.pdf")
    defined = [(p.section, " ".join(p.text.split()[:2])) for p in doc.paragraphs if p.series == "text"]
    assert defined == [
        ("Association of Directors of Public Health", "A representative"),
        ("Category 1 responders", "Organisations at"),
        ("Civil Contingencies Act 2004", "Legislation providing"),
        ("Civil Contingencies Group (Northern Ireland)", "The principal"),
        ("Environment Agency", "A non-departmental"),
        ("Local resilience forum", "A multi-agency"),
        ("Surface water flooding", "Flooding that"),
    ]
    assert [p.label for p in doc.paragraphs if p.series != "text"] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "A2.1",
        "A2.2",
    ]


CHAPTER_HEADED = (
    "inquiry-report-its-odd-pages-headed-by-their-chapters-title-under-a-note-numbered-as-the-next-chapter"
)


def test_a_date_whose_year_wraps_to_a_pages_last_line_is_no_page_number() -> None:
    """The report at 60 characters: "Ordered by the House of Commons to be printed 5 December"
    over "2023", the cover page's last line. The year is the date's, no page's number (the
    report had been undated)."""
    text = narrow((SHAPES / f"{CHAPTER_HEADED}.txt").read_text(encoding="utf-8"), 60)
    assert "5 December\n2023\n" in text
    assert read_genre(text, load_themes()).document.date == "2023-12-05"


@pytest.mark.parametrize("reading", ["text", "number beside the title", "pdf"])
def test_a_chapters_title_heading_its_odd_pages_is_no_heading_and_its_numbered_title_no_note(
    tmp_path: Path, reading: str
) -> None:
    """Even pages headed by the report's title, odd ones by the chapter's ("Pay and conditions"
    over the page's number "9", or beside it), each chapter's once or twice: headers, not
    headings. In the PDF, "3 Pay and conditions" follows a page whose paragraph marks note 3:
    a heading over paragraph 9, not the note."""
    source = SHAPES / f"{CHAPTER_HEADED}.{'pdf' if reading == 'pdf' else 'txt'}"
    if reading == "number beside the title":
        text = re.sub(r"^([A-Z][a-z ]+)\n(\d+)$", r"\1   \2", source.read_text(), flags=re.MULTILINE)
        source = tmp_path / "report.txt"
        source.write_text(text, encoding="utf-8")
    units = ingest_file(source).paragraphs
    assert [u.section for u in units] == [
        *["1 Introduction"] * 3,
        *["2 Recruitment and retention"] * 5,
        *["3 Pay and conditions"] * 4,
        *["4 International recruitment"] * 3,
    ]
    assert [u.label for u in units] == [str(n) for n in range(1, 16)]
    assert not [
        u for u in units if re.search(r"Inquiry: Final Report|and retention \d|conditions \d", u.text)
    ]
    noted = [(u.label, note.mark) for u in units for note in u.footnotes]
    assert noted == (
        [] if reading == "pdf" else [("2", "1"), ("4", "2"), ("6", "3"), ("9", "4"), ("13", "5")]
    )


MINUTES = "committee-minutes-of-proceedings-its-members-present-online-and-sending-apologies-one-a-line.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_minutes_list_who_was_present_online_and_in_attendance_not_who_sent_apologies(pdf: bool) -> None:
    """A committee's minutes list those present, online and in attendance one a line, each
    under its label, and those who sent apologies: all but the apologies took part; the last
    entry ("Mr Samuel Irwin (Clerical Officer)") is no heading, and its post no one's voice
    (it had spoken every item, and titled the minutes)."""
    minutes = shape_read(MINUTES, pdf)
    assert (minutes.title, minutes.author) == ("Minutes of proceedings", "Committee for Communities")
    assert [p.name for p in minutes.participants] == [
        "Ms Orla Devlin MLA", "Mr Conor Hanna MLA", "Mrs Ruth Kerr MLA", "Mr Aidan Quinn MLA",
        "Ms Niamh Toner MLA", "Ms Gráinne Doherty", "Mr Samuel Irwin",
    ]  # fmt: skip
    assert [(u.label, u.section) for u in minutes.paragraphs] == [
        ("1", "Apologies"),
        ("2", "Draft Minutes"),
        ("3", "Social Housing Waiting Lists"),
        ("4", "Any Other Business"),
    ]
    assert {u.speaker for u in minutes.paragraphs} == {"Committee for Communities"}
    assert minutes.paragraphs[2].text.endswith("the waiting times in each council area.")


def test_minutes_items_numbered_in_two_levels_are_under_their_headings_not_the_venues_field() -> None:
    """The same minutes, an item numbered "3.1" under "3. Matters Arising", read as headed
    paragraphs: the first, "The meeting commenced …", is under no section (it had been under
    "Meeting Location: Room 21, Parliament Buildings"), and the list is still no text."""
    text = (SHAPES / MINUTES).read_text(encoding="utf-8")
    text = text.replace("3. Social Housing", "3. Matters Arising\n\n3.1 Social Housing")
    minutes = read_genre(text, load_themes()).document
    assert minutes.paragraphs[0].text == "The meeting commenced at 10.02am in public session."
    assert minutes.paragraphs[0].section == ""
    assert {u.section for u in minutes.paragraphs[1:]} == {
        "1. Apologies", "2. Draft Minutes", "3.1 Social Housing Waiting Lists", "4. Any Other Business",
    }  # fmt: skip
    assert len(minutes.participants) == 7


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_inquiry_report_in_lettered_parts_numbers_its_paragraphs_in_one_run(pdf: bool) -> None:
    """An inquiry's report in parts, "Part A: Introduction" over "A.1", "A.2", then "Part B: …"
    over "B.1": one run of paragraphs through the parts (Parts B and C had been annexes B and
    C), by the inquiry its title names ("The Report of the Independent Inquiry into …": it had
    no author, "into" not read as a name's small word)."""
    report = shape_read(
        "inquiry-report-in-lettered-parts-each-paragraph-numbered-by-its-parts-letter.txt", pdf
    )
    assert [(u.series, u.label) for u in report.paragraphs] == [
        ("paragraph", label) for label in ("A.1", "A.2", "A.3", "B.1", "B.2", "B.3", "C.1", "C.2")
    ]
    assert report.paragraphs[3].section == "Part B: The nature and scale of abuse"
    assert report.author == "Independent Inquiry into Child Sexual Abuse"
    assert {u.speaker for u in report.paragraphs} == {"Independent Inquiry into Child Sexual Abuse"}


SCRUTINY = "scrutiny-minutes-of-two-items-under-who-was-present-its-labels-in-capitals.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_minutes_of_two_items_under_who_was_present_are_read_by_their_numbers(pdf: bool) -> None:
    """Minutes of two items numbered on ("12. WINTER PRESSURES …", "13. DATE OF NEXT MEETING")
    under "PRESENT: …", "ALSO PRESENT: …" and "APOLOGIES: …": two items are minutes' numbering
    where who was present is listed (they had been seven blocks numbered 1 to 7, losing the
    printed numbers), and "Dr Kate Lyle, Medical Director, Northshire NHS Trust" is one person
    with her post and trust (she had been three people)."""
    minutes = shape_read(SCRUTINY, pdf)
    assert [(u.label, u.section) for u in minutes.paragraphs] == [
        ("12", "WINTER PRESSURES IN THE ACUTE TRUST"),
        ("13", "DATE OF NEXT MEETING"),
    ]
    assert minutes.paragraphs[0].text.endswith("on discharge delays in April 2026.")
    assert [(p.name, p.title, p.organisation, p.role) for p in minutes.participants] == [
        ("Councillor Ann Reid", "", "", "chair"),
        ("Councillor Tom Hart", "", "", "participant"),
        ("Councillor Lisa Moyo", "", "", "participant"),
        ("Councillor Raj Patel", "", "", "participant"),
        ("Dr Kate Lyle", "Medical Director", "Northshire NHS Trust", "participant"),
    ]
