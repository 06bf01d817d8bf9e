"""Word documents: the numbers Word draws itself ("List Number") are read as the reader sees
them, a Word copy of the seed cites like its text, and nothing is dropped."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from docx import Document as WordDocument
from helpers import SEED, SHAPES, items_answered

from seminar_search.cite import citation
from seminar_search.parsing import ingest_file
from seminar_search.sources.word import word_text


def add_table(word: Any, rows: list[tuple[str, ...]]) -> None:
    """A table of these rows, a cell for each text."""
    table = word.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text


def save(word: object, path: Path) -> Path:
    word.save(str(path))  # type: ignore[attr-defined]
    return path


def test_a_word_copy_of_the_seed_has_its_metadata_and_citations(tmp_path: Path) -> None:
    word = WordDocument()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        word.add_paragraph(line)
    from_word = ingest_file(save(word, tmp_path / "seed.docx"))
    from_text = ingest_file(SEED)
    fields = ("title", "event", "subtitle", "date", "author", "organisation")
    assert [getattr(from_word, f) for f in fields] == [getattr(from_text, f) for f in fields]
    assert citation(from_word, from_word.paragraphs[30]) == citation(from_text, from_text.paragraphs[30])
    assert citation(from_word, from_word.paragraphs[30]).startswith("LSIS, ")


def test_word_numbering_gives_paragraphs_their_numbers(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("Department for Example Affairs")
    word.add_paragraph("A decision on numbering")
    word.add_paragraph("Introduction")
    texts = ["The first point is made here.", "The second point follows.", "The third point ends it."]
    for text in texts:
        word.add_paragraph(text, style="List Number")
    word.add_paragraph("A bulleted item under the third point", style="List Bullet")
    doc = ingest_file(save(word, tmp_path / "numbered.docx"))
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        ("paragraph", "1"),
        ("paragraph", "2"),
        ("paragraph", "3"),
    ]
    assert [u.text for u in doc.paragraphs[:2]] == texts[:2]
    assert doc.paragraphs[2].text == "The third point ends it.\n- A bulleted item under the third point"
    assert not doc.problem


def test_a_mixed_file_keeps_its_one_auto_numbered_paragraph(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("Department for Example Affairs")
    word.add_paragraph("A decision typed by hand")
    word.add_paragraph("1. Typed first paragraph.")
    word.add_paragraph("2. Typed second paragraph.")
    numbered = word.add_paragraph("Auto-numbered third paragraph.", style="List Number")
    word.add_paragraph("4. Typed fourth paragraph.")
    # Word would number this list from 1: tell it to start at 3, as a user does.
    numbering = word.part.numbering_part.numbering_definitions._numbering
    style_num = numbering.num_having_numId(numbered.style.element.pPr.numPr.numId.val)
    number = numbering.add_num(style_num.abstractNumId.val)
    number.add_lvlOverride(ilvl=0).add_startOverride(3)
    numbered._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = number.numId
    doc = ingest_file(save(word, tmp_path / "mixed.docx"))
    assert [u.label for u in doc.paragraphs] == ["1", "2", "3", "4"]
    assert doc.paragraphs[2].text == "Auto-numbered third paragraph."


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def outline_numbered(word: object, texts: list[tuple[int, str]]) -> None:
    """Paragraphs numbered by one outline list as Word writes a report's: "1." for a
    chapter (level 0), "1.1" for its paragraphs (level 1), "(a)" for their items (level 2)."""
    from docx.oxml import parse_xml

    levels = [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")]
    definition = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering = word.part.numbering_part.element  # type: ignore[attr-defined]
    numbering.insert(0, parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="90">{definition}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in texts:
        paragraph = word.add_paragraph(text, style="Heading 1" if level == 0 else None)  # type: ignore[attr-defined]
        number = f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        paragraph._p.get_or_add_pPr().append(parse_xml(number))


def test_outline_numbering_gives_paragraphs_their_chapter_numbers(tmp_path: Path) -> None:
    """Word draws "1.1" from the chapter's number and the paragraph's own: the paragraphs are
    1.1, 1.2, 2.1, 2.2 under their chapters' titles, not items of a list under the titles, and
    a lettered item stays with its paragraph."""
    word = WordDocument()
    word.add_paragraph("Children and Young People Committee")
    word.add_paragraph("Inquiry into school transport")
    word.add_paragraph("March 2025")
    outline_numbered(
        word,
        [
            (0, "Introduction"),
            (1, "We agreed to hold an inquiry into school transport in June 2024."),
            (1, "We received 54 written submissions and held four oral evidence sessions."),
            (0, "Safety"),
            (1, "Parents described buses without seat belts, and drivers told us of:"),
            (2, "no training in supporting children with additional needs;"),
            (1, "We believe every vehicle used for school transport should carry seat belts."),
        ],
    )
    doc = ingest_file(save(word, tmp_path / "outline.docx"))
    assert [(u.series, u.label, u.section) for u in doc.paragraphs] == [
        ("paragraph", "1.1", "1. Introduction"),
        ("paragraph", "1.2", "1. Introduction"),
        ("paragraph", "2.1", "2. Safety"),
        ("paragraph", "2.2", "2. Safety"),
    ]
    item = "\n- no training in supporting children with additional needs;"
    assert doc.paragraphs[2].text.endswith(f"told us of:{item}")
    assert doc.author == "Children and Young People Committee"


def with_footnotes(path: Path, notes: dict[str, str]) -> Path:
    """The document with Word footnotes: each "@@id@@" in its text becomes a reference to the
    note of that id, kept, as Word keeps it, in a footnotes part of its own."""
    with zipfile.ZipFile(path) as package:
        items = [(item, package.read(item.filename)) for item in package.infolist()]
    part = "".join(
        f'<w:footnote w:id="{id_}"><w:p><w:r><w:footnoteRef/></w:r>'
        f"<w:r><w:t> {text}</w:t></w:r></w:p></w:footnote>"
        for id_, text in notes.items()
    )
    separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    reference = r'</w:t></w:r><w:r><w:footnoteReference w:id="\1"/></w:r><w:r><w:t xml:space="preserve">'
    relationship = (
        '<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes"/></Relationships>'
    )
    content_type = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as package:
        edits = {
            "word/document.xml": lambda text: re.sub(r"@@(\d+)@@", reference, text),
            "word/_rels/document.xml.rels": lambda text: text.replace("</Relationships>", relationship),
            "[Content_Types].xml": lambda text: text.replace("</Types>", content_type),
        }
        for item, data in items:
            edit = edits.get(item.filename)
            package.writestr(item, edit(data.decode("utf-8")).encode("utf-8") if edit else data)
        package.writestr("word/footnotes.xml", f"<w:footnotes {W_NS}>{separator}{part}</w:footnotes>")
    return path


def test_word_footnotes_attach_to_the_paragraphs_that_refer_to_them(tmp_path: Path) -> None:
    word = WordDocument()
    lines = [
        "Leading Public Services",
        "Policy Seminar Four – 9 November 2011",
        "Seminar report",
        "1. The seminar looked at collaboration after the spending review@@7@@.",
        "Keynote presentations",
        "Dr Helen Price, Chief Executive, Northshire Council",
        "2. Dr Price described how budgets were pooled@@8@@ with two colleges.",
        "Discussion",
        "3. Participants agreed.",
    ]
    for line in lines:
        word.add_paragraph(line)
    notes = {
        "7": "HM Treasury, Spending Review 2010.",
        "8": "Northshire Council, Skills Pooling Pilot, 2011.",
    }
    doc = ingest_file(with_footnotes(save(word, tmp_path / "seminar.docx"), notes))
    assert [(p.text, [(f.mark, f.text) for f in p.footnotes]) for p in doc.paragraphs] == [
        ("The seminar looked at collaboration after the spending review.", [("1", notes["7"])]),
        ("Dr Price described how budgets were pooled with two colleges.", [("2", notes["8"])]),
        ("Participants agreed.", []),
    ]


def test_unnumbered_evidence_in_word_is_its_paragraphs_under_its_headings(tmp_path: Path) -> None:
    """Word's heading styles head the paragraphs below; the byline names the author without its
    date, a bulleted list stays with the sentence introducing it, the signature is no unit."""
    word = WordDocument()
    word.add_heading("Evidence to the Housing Committee inquiry on temporary accommodation", 0)
    word.add_paragraph("Submitted by Shelter Cymru, January 2024")
    word.add_heading("What we see in our casework", 1)
    word.add_paragraph("Our advisers report three recurring problems:")
    for item in ["placements far from schools and work;", "no clear date for moving on."]:
        word.add_paragraph(item, style="List Bullet")
    word.add_heading("What we ask", 1)
    word.add_paragraph("We ask the Committee to recommend a limit on stays in bed and breakfast.")
    word.add_paragraph("Jennie Bibbings")
    word.add_paragraph("Campaigns Manager, Shelter Cymru")
    evidence = ingest_file(save(word, tmp_path / "evidence.docx"))
    assert (evidence.author, evidence.date) == ("Shelter Cymru", "2024-01")
    assert [(u.label, u.section, u.text) for u in evidence.paragraphs] == [
        (
            "1",
            "What we see in our casework",
            "Our advisers report three recurring problems:\n- placements far from schools and work;"
            "\n- no clear date for moving on.",
        ),
        ("2", "What we ask", "We ask the Committee to recommend a limit on stays in bed and breakfast."),
    ]


def test_a_table_of_recommendations_and_responses_keeps_every_cell(tmp_path: Path) -> None:
    """A response set out as a table (recommendation | response, a row each, the header row's
    cells merged over a note) was lost whole: Word keeps tables apart from the paragraphs.
    Read row by row, cell by cell, each cell a paragraph, a merged cell once."""
    word = WordDocument()
    word.add_paragraph("Department for Transport")
    word.add_paragraph("Government response to the Transport Committee report on rural bus services")
    word.add_heading("Introduction", 1)
    word.add_paragraph("The Government welcomes the report. We respond in the table below.")
    rows = [
        ("1. The Government should give authorities multi-year funding settlements.", "Accepted. From 2026."),
        ("2. The Department should publish data on route cuts.", "Partially accepted. Twice a year."),
        ("3. Reimbursement should reflect the true cost.", "Not accepted. It does already."),
    ]
    table = word.add_table(rows=1, cols=2)
    merged = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    merged.text = "Responses to the Committee's recommendations"
    for recommendation, response in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = recommendation, response
    path = save(word, tmp_path / "response.docx")
    assert word_text(WordDocument(str(path))).count("Responses to the Committee's") == 1
    doc = ingest_file(path)
    assert [(u.series, u.label, u.text) for u in items_answered(doc)] == [
        (series, str(number), text.removeprefix(f"{number}. "))
        for number, pair in enumerate(rows, start=1)
        for series, text in zip(("recommendation", "response"), pair, strict=True)
    ]
    assert {u.speaker for u in items_answered(doc)} == {"Transport Committee", "Department for Transport"}


def test_text_a_tracked_change_inserted_or_a_control_holds_is_read_and_deleted_text_is_not(
    tmp_path: Path,
) -> None:
    """A draft with its changes tracked: the words inserted read as the paragraph's (python-
    docx's own text leaves them out), the words deleted do not; so do a smart tag's and a
    content control's words."""
    from docx.oxml import parse_xml

    word = WordDocument()
    word.add_paragraph("Transport Committee")
    word.add_paragraph("Rural bus services")
    first = word.add_paragraph("1. The Committee ")
    inserted = '<w:ins w:id="1" w:author="Clerk"><w:r><w:t xml:space="preserve">strongly </w:t></w:r></w:ins>'
    deleted = '<w:del w:id="2" w:author="Clerk"><w:r><w:delText>urgently </w:delText></w:r></w:del>'
    for part in (inserted, deleted):
        first._p.append(parse_xml(part.replace(">", f" {W_NS}>", 1)))  # the namespace on the root
    first.add_run("recommends multi-year funding.")
    second = word.add_paragraph("2. Services in ")
    tagged = '<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>Powys</w:t></w:r></w:smartTag>'
    control = (
        '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> and Gwynedd</w:t></w:r></w:sdtContent></w:sdt>'
    )
    for part in (tagged, control):
        second._p.append(parse_xml(part.replace(">", f" {W_NS}>", 1)))
    second.add_run(" fell.")
    word.add_paragraph("3. Fares rose.")
    doc = ingest_file(save(word, tmp_path / "draft.docx"))
    assert [u.text for u in doc.paragraphs] == [
        "The Committee strongly recommends multi-year funding.",
        "Services in Powys and Gwynedd fell.",
        "Fares rose.",
    ]


def test_a_text_box_is_read_after_the_paragraph_it_is_drawn_on(tmp_path: Path) -> None:
    """A case study set in a text box ("Box 1: …") was lost: Word keeps it inside a drawing
    in a run of the paragraph it is drawn on, with a copy for older readers. Its text follows
    that paragraph, once, as an aside under its title; paragraph 3 is back under its heading."""
    from docx.oxml import parse_xml

    namespaces = " ".join(
        [
            W_NS,
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
            'xmlns:v="urn:schemas-microsoft-com:vml"',
        ]
    )
    texts = ["Box 1: The Northshire pilot", "Northshire pooled £40 million of care and health budgets."]
    boxed = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    content = f"<w:txbxContent>{boxed}</w:txbxContent>"
    drawn = (
        f"<w:r {namespaces}><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    word = WordDocument()
    word.add_paragraph("Rural Councils Network")
    word.add_paragraph("Pooling budgets")
    word.add_paragraph("Findings")
    word.add_paragraph("1. Councils pool budgets with health bodies.")
    word.add_paragraph("2. The Northshire pilot is described in Box 1.")._p.append(parse_xml(drawn))
    word.add_paragraph("3. Pooling works only where leaders trust each other.")
    path = save(word, tmp_path / "boxed.docx")
    assert word_text(WordDocument(str(path))).count("pooled £40 million") == 1
    doc = ingest_file(path)
    assert [(u.series, u.label, u.section) for u in doc.paragraphs] == [
        ("paragraph", "1", "Findings"),
        ("paragraph", "2", "Findings"),
        ("text", "2", "Box 1: The Northshire pilot"),
        ("paragraph", "3", "Findings"),
    ]
    assert doc.paragraphs[2].text == texts[1]


def test_a_participants_table_gives_the_participants_as_a_tab_separated_list_would(tmp_path: Path) -> None:
    """A seminar report whose participants are a Word table (Name | Title | Organisation): a
    table of data is read a row a line, its cells separated by tabs, as Word's plain text
    gives it, so its people are participants with their titles and organisations, as in
    the seed's text, and no cell is a participant of its own."""
    word = WordDocument()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for line in lines[: lines.index("Seminar participants") + 1]:
        word.add_paragraph(line)
    people = [("Jane Smith", "Chief Executive", "Leeds City Council"), ("Tom Brown", "Principal", "Barnet")]
    table = word.add_table(rows=1, cols=3)
    for row in [("Name", "Title", "Organisation"), *people]:
        cells = table.rows[-1].cells if row[0] == "Name" else table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc = ingest_file(save(word, tmp_path / "seminar.docx"))
    assert [(p.name, p.title, p.organisation) for p in doc.participants] == people
    assert len(doc.paragraphs) == 52


def test_a_response_set_out_as_a_table_of_recommendations_and_answers(tmp_path: Path) -> None:
    """A government response in a two-column table, "Recommendation" beside "Government
    response": each row is a recommendation, the committee's, and its answer, the
    government's (the minister's who presented it), as the answers open by saying where the
    government stands."""
    word = WordDocument()
    word.add_paragraph("Government Response to the Transport Committee report: Rural Bus Services")
    word.add_paragraph("Presented to Parliament by the Secretary of State for Transport, March 2025")
    word.add_paragraph("Introduction")
    word.add_paragraph(
        "The Government welcomes the Committee's report. We respond to each recommendation below."
    )
    rows = [
        ("Recommendation", "Government response"),
        (
            "1. The Department should publish a funding settlement for rural buses.",
            "The Government accepts this.",
        ),
        (
            "2. The Department should publish data on rural services.",
            "The Government partially accepts this.",
        ),
        (
            "3. Concessionary fares should extend to community transport.",
            "The Government does not accept this.",
        ),
    ]
    add_table(word, rows)
    response = ingest_file(save(word, tmp_path / "response.docx"))
    minister = "Secretary of State for Transport"  # who presented it to Parliament
    assert [(u.series, u.label, u.speaker) for u in items_answered(response)] == [
        (series, label, speaker)
        for label in "123"
        for series, speaker in (("recommendation", "Transport Committee"), ("response", minister))
    ]
    assert items_answered(response)[3].text == "The Government partially accepts this."


def test_a_response_table_numbering_its_rows_in_a_column_of_their_own(tmp_path: Path) -> None:
    """A three-column table, "No." beside the recommendation and the answer: each row's number
    stands alone in its own cell, no dot after it, so nothing read it as a recommendation's
    number and the document was 16 blocks of prose, "1" one of them. Now recommendations 1-3,
    the committee's, each with its response, as its numbers count on from 1 and nothing else
    is numbered; the same numbers printed with their text ("1 The …") read alike."""
    word = WordDocument()
    word.add_paragraph("Government Response to the Work and Pensions Committee Report: Universal Credit")
    word.add_paragraph("Presented to Parliament by the Secretary of State, March 2023")
    word.add_paragraph("The Government welcomes the Committee's report and replies to each recommendation.")
    rows = [
        ("No.", "Committee recommendation", "Government response"),
        ("1", "The Department should pay childcare costs up front.", "Accepted. From June 2023."),
        ("2", "The Department should raise the cap on childcare costs.", "Accepted. From 28 June 2023."),
        ("3", "Work coaches should explain the childcare element.", "Not accepted. They already do."),
    ]
    add_table(word, rows)
    path = save(word, tmp_path / "response.docx")
    expected = [
        (series, number, speaker, text)
        for number, recommendation, answer in rows[1:]
        for series, speaker, text in (
            ("recommendation", "Work and Pensions Committee", recommendation),
            ("response", "Government", answer),
        )
    ]
    assert [(u.series, u.label, u.speaker, u.text) for u in ingest_file(path).paragraphs] == expected
    glued = re.sub(r"\n\n(\d)\n\n", r"\n\n\1 ", word_text(WordDocument(str(path))))
    assert "\n\n1 The Department" in glued
    (tmp_path / "response.txt").write_text(glued, encoding="utf-8")
    printed = ingest_file(tmp_path / "response.txt")
    assert [(u.series, u.label, u.speaker, u.text) for u in printed.paragraphs] == expected


def test_a_departments_name_and_date_signing_off_under_a_response_table_are_no_answer(tmp_path: Path) -> None:
    """The department's name and the month under the table, each a paragraph of its own with
    Word's empty paragraphs between: the sign-off, not the last answer's words (the name had
    been). The department presenting it is who answers."""
    word = WordDocument()
    for text in (
        "Department for Education",
        "Government response to the Education Committee's report: Teacher recruitment",
        "Presented to Parliament by the Secretary of State for Education",
        "June 2024",
        "The Government welcomes the Committee's report and replies in the table below.",
    ):
        word.add_paragraph(text)
    rows = [
        ("No.", "Committee recommendation", "Government response"),
        ("1", "The Department should publish a workforce strategy.", "Accepted. By March 2025."),
        ("2", "The Department should extend the early career framework.", "Not accepted. Not yet."),
        (
            "3",
            "The Department should fund flexible working ambassadors.",
            "Partially accepted. In six regions.",
        ),
    ]
    add_table(word, rows)
    for text in ("", "Department for Education", "", "June 2024"):
        word.add_paragraph(text)
    doc = ingest_file(save(word, tmp_path / "response.docx"))
    answers = [(u.label, u.speaker, u.text) for u in doc.paragraphs if u.series == "response"]
    assert answers == [(number, "Department for Education", answer) for number, _asked, answer in rows[1:]]
    assert (doc.title, doc.date) == (
        "Government response to the Education Committee's report: Teacher recruitment",
        "2024-06",
    )


def test_a_councils_response_table_under_column_names_is_the_councils(tmp_path: Path) -> None:
    """A council's table of recommendations and responses with more columns ("No.",
    "Recommendation", "Cabinet response", "Lead officer", "Date"): the row of column names
    is a row, not the heading of every recommendation (each had the section "Date"), and the
    answers are the council's that issues the response, not "Government"."""
    word = WordDocument()
    word.add_paragraph("Westshire Council")
    word.add_paragraph("Cabinet response to the Scrutiny Review of Home to School Transport")
    word.add_paragraph("March 2025")
    word.add_paragraph("The Cabinet thanks the task group. Its response to each recommendation is below.")
    rows = [
        ("No.", "Recommendation", "Cabinet response", "Lead officer", "Date"),
        (
            "1",
            "The Council should publish its policy in plain English.",
            "Accepted.",
            "Head of Transport",
            "May 2025",
        ),
        (
            "2",
            "The Council should review its safe walking routes.",
            "Partially accepted.",
            "Head of Roads",
            "June 2025",
        ),
        (
            "3",
            "The Council should report each year on the cost.",
            "Accepted.",
            "Director of Education",
            "July 2025",
        ),
    ]
    add_table(word, rows)
    response = ingest_file(save(word, tmp_path / "response.docx"))
    assert response.author == "Westshire Council"
    assert [(u.series, u.label) for u in response.paragraphs] == [
        (series, label) for label in "123" for series in ("recommendation", "response")
    ]
    assert {u.speaker for u in response.paragraphs if u.series == "response"} == {"Westshire Council"}
    assert not any("Date" in u.section for u in response.paragraphs)
    assert response.paragraphs[1].text == "Accepted. Lead officer: Head of Transport; Date: May 2025."


def test_recommendations_a_paragraph_each_under_their_heading_are_units(tmp_path: Path) -> None:
    """A scrutiny review in Word ends on its recommendations, each a paragraph "Recommendation
    1: The trust and the council should …": each is a unit, its text what follows the colon
    (both had been read as titles with no text under them, a contents list, and dropped)."""
    word = WordDocument()
    word.add_paragraph("Northshire Health and Wellbeing Board", style="Title")
    word.add_paragraph("Scrutiny review of hospital discharge")
    word.add_heading("Findings", level=1)
    for text in ("Delays were longest for care home places.", "Reablement had a waiting list of 140."):
        word.add_paragraph(text, style="List Number")
    word.add_heading("Recommendations", level=1)
    word.add_paragraph("Recommendation 1: The trust and the council should agree a single assessment.")
    word.add_paragraph("Recommendation 2: The council should publish reablement waiting times.")
    review = ingest_file(save(word, tmp_path / "review.docx"))
    assert [(p.series, p.label, p.section, p.text) for p in review.paragraphs[2:]] == [
        (
            "recommendation",
            "1",
            "Recommendations",
            "The trust and the council should agree a single assessment.",
        ),
        ("recommendation", "2", "Recommendations", "The council should publish reablement waiting times."),
    ]


def test_a_cover_line_running_on_in_lower_case_is_the_rest_of_the_line_above(tmp_path: Path) -> None:
    """A Word cover set a line a paragraph, no empty paragraphs between: "Report" over "by the
    Comptroller" over "and Auditor General" is one byline, as the printed cover's three lines
    are (the title had been "and Auditor General", the author "Comptroller"); lettered
    recommendations ("a The Department …") in lower case are still items of their own."""
    word = WordDocument()
    for text in [
        "Report",
        "by the Comptroller",
        "and Auditor General",
        "Department for Education",
        "Condition of school buildings",
        "Summary",
        "1 The Department for Education is responsible for ensuring that school buildings are safe.",
        "2 Around 700,000 pupils learn in a school that needs major rebuilding or refurbishment.",
        "3 The Department has improved its understanding of the condition of the school estate.",
        "Recommendations",
        "a The Department should measure the condition of every school building by 2025.",
        "b The Department should agree with responsible bodies how to prioritise repairs.",
    ]:
        word.add_paragraph(text)
    report = ingest_file(save(word, tmp_path / "audit.docx"))
    assert (report.title, report.author) == (
        "Condition of school buildings",
        "Comptroller and Auditor General",
    )
    assert [(u.series, u.label) for u in report.paragraphs] == [
        *(("paragraph", n) for n in "123"),
        *(("recommendation", n) for n in "ab"),
    ]


def test_a_debate_a_line_a_paragraph_reads_as_its_text(tmp_path: Path) -> None:
    """A debate in Word, each line of the record a paragraph and no empty ones: a speaker's seat
    and party in brackets ("(Strangford) (DUP)"), or the name under an office ("(Guy
    Opperman)"), belong to the label above them, and the turns are the text file's (the
    record had been read as plain prose, the brackets blocks of their own)."""
    path = SHAPES / "debate-labels-over-seats-and-a-ministers-name-later.txt"
    debate = ingest_file(word_copy(path, tmp_path))
    assert [(u.speaker, u.text) for u in debate.paragraphs] == [
        (u.speaker, u.text) for u in ingest_file(path).paragraphs
    ]
    assert len(debate.paragraphs) == 7


def word_copy(path: Path, tmp_path: Path) -> Path:
    """A text's Word copy as one may type it: each line of the text a paragraph, no empty ones."""
    word = WordDocument()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            word.add_paragraph(line.strip())
    return save(word, tmp_path / f"{path.stem}.docx")


def table_copy(path: Path, tmp_path: Path) -> Path:
    """A text's Word copy with its rows of cells parted by tabs as a table, each other line with
    text a paragraph."""
    word = WordDocument()
    table = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            table = None
            if line:
                word.add_paragraph(line)
            continue
        table = table or word.add_table(rows=0, cols=line.count("\t") + 1)
        for cell, text in zip(table.add_row().cells, line.split("\t"), strict=True):
            cell.text = text
    return save(word, tmp_path / f"{path.stem}.docx")


def test_a_contributions_number_a_paragraph_over_its_label_numbers_its_turn(tmp_path: Path) -> None:
    """The Senedd's record in Word, "[5]" a paragraph over "Russell George: …": the turns keep
    the numbers the record gives them, 5 to 10, as the text does (they had been 1 to 6)."""
    path = SHAPES / "senedd-record-in-two-languages-its-witnesses-under-others-in-attendance.txt"
    assert [u.label for u in ingest_file(word_copy(path, tmp_path)).paragraphs] == [
        u.label for u in ingest_file(path).paragraphs
    ]


def test_a_list_typed_with_dashes_stays_with_the_sentence_introducing_it(tmp_path: Path) -> None:
    """A statement in Word introduces a list ("The review will consider:") whose items are
    paragraphs typed with a dash ("- how to ensure …"): they are that paragraph's, as in the text
    (each had been a block of its own)."""
    path = SHAPES / "written-ministerial-statement-made-by-a-secretary-of-state.txt"
    statement = ingest_file(word_copy(path, tmp_path))
    assert [u.text for u in statement.paragraphs] == [u.text for u in ingest_file(path).paragraphs]
    assert len(statement.paragraphs) == 4


def test_a_committees_name_in_gaelic_a_paragraph_under_its_english_is_no_title(tmp_path: Path) -> None:
    """A Scottish report typed in Word, its committee's English name and then its Gaelic name
    each a paragraph (Word spaces every paragraph, so the two stand a blank line apart): the
    Gaelic name is the name again, and the report is titled by its own title (it had been
    titled in Gaelic)."""
    path = SHAPES / "scottish-committee-report-its-name-in-gaelic-under-its-english.txt"
    report = ingest_file(word_copy(path, tmp_path))
    assert report.title == "Inquiry into alcohol and drug services"
    assert report.author == "Health, Social Care and Sport Committee"


def test_the_seed_typed_into_word_a_line_a_paragraph_is_signed_as_the_text_is(tmp_path: Path) -> None:
    """With no empty paragraphs, each of the signature's lines ("Caroline Mager", her post,
    "LSIS") is a block of its own: they sign the report as the text's three lines do (it had
    been unsigned, its author unknown), and the units are the text's."""
    from_word, from_text = ingest_file(word_copy(SEED, tmp_path)), ingest_file(SEED)
    assert (from_word.author, from_word.organisation) == (from_text.author, from_text.organisation)
    assert from_word.author == "Caroline Mager"
    assert [(u.label, u.speaker, u.text) for u in from_word.paragraphs] == [
        (u.label, u.speaker, u.text) for u in from_text.paragraphs
    ]


def test_a_tables_reference_cell_labels_its_row_and_the_last_rows_lead_is_kept(tmp_path: Path) -> None:
    """A council's table under "No.", "Recommendation", "Cabinet response", "Lead officer",
    "Date", its rows referenced "R1" …: each a recommendation and a response labelled as
    printed (they had been prose blocks, "R2" one of them), the lead officer and date after
    each reply named by their columns, the last row's too (they had been dropped as a
    signature)."""
    word = WordDocument()
    word.add_paragraph("Westshire Council")
    word.add_paragraph("Cabinet response to the Scrutiny Review of Home to School Transport")
    word.add_paragraph("March 2025")
    rows = [("No.", "Recommendation", "Cabinet response", "Lead officer", "Date")] + [
        (f"R{n}", f"The Council should report on point {n} each year.", "Accepted.", lead, f"May 202{n}")
        for n, lead in ((1, "Head of Transport"), (2, "Head of Roads"), (3, "Director of Education"))
    ]
    add_table(word, rows)
    response = ingest_file(save(word, tmp_path / "response.docx"))
    assert [(u.series, u.label) for u in response.paragraphs] == [
        (series, f"R{n}") for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert response.paragraphs[-1].text == "Accepted. Lead officer: Director of Education; Date: May 2023."


def test_a_verdict_column_in_a_word_table_opens_the_reply(tmp_path: Path) -> None:
    """A trust's Word table under "Ref", "Recommendation", "Accepted?", "Action", "Timescale":
    the verdict's cell ("Yes") opens the reply it stands before, named by its column, as in the
    text's table; each row a recommendation and a response ("Yes" had headed the next row)."""
    word = WordDocument()
    word.add_paragraph("Harbourside NHS Foundation Trust")
    word.add_paragraph("Response to the Health Overview and Scrutiny Committee review of discharge delays")
    rows = [("Ref", "Recommendation", "Accepted?", "Action", "Timescale")] + [
        (f"R{n}", f"The Trust should report on ward {n} monthly.", verdict, f"Ward {n} will report.", "2026")
        for n, verdict in ((1, "Yes"), (2, "Partly"), (3, "No"))
    ]
    add_table(word, rows)
    response = ingest_file(save(word, tmp_path / "response.docx"))
    assert [(u.series, u.label) for u in response.paragraphs] == [
        (series, f"R{n}") for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert response.paragraphs[3].text == "Accepted? Partly. Ward 2 will report. Timescale: 2026."


def test_recommendations_numbered_in_their_chapters_typed_in_word_read_as_the_text(tmp_path: Path) -> None:
    """A response's "Recommendation 2.1" … "3.2" headings, each over "Response", typed in Word
    a line a paragraph: the same recommendations and responses as the text's, labelled so."""
    path = SHAPES / "government-response-its-recommendations-numbered-in-their-chapters.txt"
    from_word, from_text = ingest_file(word_copy(path, tmp_path)), ingest_file(path)
    assert [(u.series, u.label, u.speaker, u.text) for u in items_answered(from_word)] == [
        (u.series, u.label, u.speaker, u.text) for u in items_answered(from_text)
    ]
    assert [u.label for u in items_answered(from_word)] == [
        "2.1",
        "2.1",
        "2.2",
        "2.2",
        "3.1",
        "3.1",
        "3.2",
        "3.2",
    ]


def test_a_response_table_without_numbers_reads_a_row_a_recommendation_and_its_answer(
    tmp_path: Path,
) -> None:
    """A council's table under "Recommendation" and "Cabinet response", its rows unnumbered,
    saved as text (cells parted by tabs) and as a Word table: each row a recommendation and
    its response, counted 1, 2, 3, the task group's and the council's (both had been prose,
    a cell a block)."""
    path = SHAPES / "cabinet-response-table-saved-as-text-its-rows-unnumbered.txt"
    openings = [
        "The Council should publish",
        "Agreed. The policy",
        "Independent travel training",
        "Agreed in part. Training",
        "The Council should review",
        "Not agreed. All routes",
    ]
    for doc in (ingest_file(path), ingest_file(table_copy(path, tmp_path))):
        assert [(u.series, u.label, u.speaker) for u in doc.paragraphs] == [
            (series, str(number), speaker)
            for number in (1, 2, 3)
            for series, speaker in (
                ("recommendation", "Task and Finish Group"),
                ("response", "Westshire County Council"),
            )
        ]
        assert all(u.text.startswith(o) for u, o in zip(doc.paragraphs, openings, strict=True))
        assert doc.paragraphs[-1].text.endswith("the layout of a road changes.")  # not signed


def test_a_response_table_citing_the_reports_paragraphs_reads_a_row_a_recommendation(tmp_path: Path) -> None:
    """A response's table under "Paragraph", "Recommendation" and "Scottish Government
    response", its rows under the report's paragraph numbers (34, 51, 60), as text with tabs
    and as a Word table: each row a recommendation and its response, counted 1, 2, 3, the
    paragraph it comes from in brackets before its text (it had been prose, every cell a block)."""
    path = SHAPES / "response-table-saved-as-text-its-recommendations-under-the-reports-paragraph-numbers.txt"
    for doc in (ingest_file(path), ingest_file(table_copy(path, tmp_path))):
        assert [(u.series, u.label, u.text[:14]) for u in doc.paragraphs] == [
            (series, str(number), opening)
            for number, paragraph, answer in (
                (1, 34, "Accepted. The "),
                (2, 51, "Accepted in pa"),
                (3, 60, "Accepted. Part"),
            )
            for series, opening in (("recommendation", f"(Paragraph {paragraph})"), ("response", answer))
        ]
        assert {u.speaker for u in doc.paragraphs[1::2]} == {"Scottish Government"}


def test_a_response_table_numbering_its_recommendations_inside_their_cells_keeps_their_numbers(
    tmp_path: Path,
) -> None:
    """A table under "Recommendation" and "Cabinet response" whose recommendation cells number
    themselves ("Recommendation 1: The Council should …"), as text with tabs and as a Word
    table: the number opens the item, not its text (a heading "Recommendation" put over the
    cell had left "Recommendation 1:" in the text)."""
    path = SHAPES / "response-table-its-recommendations-numbered-inside-their-cells.txt"
    for doc in (ingest_file(path), ingest_file(table_copy(path, tmp_path))):
        assert [(u.series, u.label, u.text.split()[0]) for u in doc.paragraphs] == [
            (series, str(n), first)
            for n, verdict in ((1, "Agreed."), (2, "Agreed."), (3, "Not"))
            for series, first in (("recommendation", "The"), ("response", verdict))
        ]
        # no panel named: the review the title names recommended (it had been "the committee")
        assert {u.speaker for u in doc.paragraphs[::2]} == {"Scrutiny Review of Libraries"}


def test_a_table_of_figures_between_numbered_paragraphs_is_a_unit_of_its_own(tmp_path: Path) -> None:
    """A Word table between paragraphs 2 and 3, a row a line: its rows had each been read as a
    heading, the table lost and its last row ("Midlands £61m £44m -28%") the section of the
    paragraphs after it. It is now one unit after 2, and the section goes on."""
    word = WordDocument()
    word.add_paragraph("Public Accounts Committee")
    word.add_paragraph("Rural bus services")
    word.add_paragraph("1 Funding for rural routes", style="Heading 1")
    word.add_paragraph("1. Spending on supported bus services fell by a third between 2010 and 2023.")
    word.add_paragraph("2. Table 1 sets out the change in each region's spending.")
    rows = [
        ("Region", "Spending 2010", "Spending 2023", "Change"),
        ("North East", "£42m", "£27m", "-36%"),
        ("Midlands", "£61m", "£44m", "-28%"),
    ]
    add_table(word, rows)
    word.add_paragraph("3. The Department told us that it had no record of how many routes had closed.")
    document = ingest_file(save(word, tmp_path / "table.docx"))
    assert [(p.series, p.label, p.section) for p in document.paragraphs] == [
        ("paragraph", "1", "1 Funding for rural routes"),
        ("paragraph", "2", "1 Funding for rural routes"),
        ("text", "2", "1 Funding for rural routes"),
        ("paragraph", "3", "1 Funding for rural routes"),
    ]
    assert document.paragraphs[2].text == " ".join(" ".join(row) for row in rows)
