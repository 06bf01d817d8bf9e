"""Government responses and letters in the shapes they are sent in: items that say whose
conclusion or recommendation they quote, the replies numbered under them (the Treasury
Minutes' shape); letters to a committee's chair, a response or evidence. Units as printed,
told apart; covers read as a letter's are."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from docx import Document as WordDocument
from helpers import SHAPES, as_pdf_text, items_answered, narrow, run, shape_read
from hypothesis import given, settings
from hypothesis import strategies as st

from seminar_search.index.passages import Candidate, grouped
from seminar_search.labels import parse_labels
from seminar_search.lexicon import load_themes
from seminar_search.model import Paragraph
from seminar_search.parsing import ingest_file, read_genre
from seminar_search.parsing.columns import table_rows_tabbed
from seminar_search.parsing.layout import prose_cells_apart
from seminar_search.parsing.metadata import month_of
from seminar_search.parsing.replies import replies_apart

MINUTES = SHAPES / "treasury-minutes-answering-two-reports.txt"
LEXICON = load_themes()


@pytest.mark.parametrize("suffix", ["txt", "pdf"])
def test_each_item_its_conclusion_recommendation_and_numbered_replies(suffix: str) -> None:
    doc = ingest_file(MINUTES.with_suffix(f".{suffix}"))
    assert (doc.title, doc.date) == ("Treasury Minutes", "2021-09")  # not a hearing's date in the text
    first = [(u.series, u.label) for u in doc.paragraphs[:8]]
    assert first == [
        ("conclusion", "1"),
        ("recommendation", "1a"),
        ("response", "1.1"),
        ("response", "1.2"),
        ("conclusion", "2"),
        ("recommendation", "2a"),
        ("response", "2.1"),
        ("response", "2.2"),
    ]
    assert [u.label for u in doc.paragraphs[8:]] == ["1", "1a", "1.1", "1.2"]  # the second report
    assert len({(u.series, u.number) for u in doc.paragraphs}) == len(doc.paragraphs)
    speakers = [u.speaker for u in doc.paragraphs]
    assert speakers[:2] == ["Committee of Public Accounts"] * 2
    assert speakers[2] == "Department for Levelling Up, Housing and Communities"
    assert speakers[-2:] == ["Ministry of Justice"] * 2
    assert {u.section for u in doc.paragraphs} == {
        "Local authority investment in commercial property",
        "Reducing the backlog in the criminal courts",
    }
    agreed = "The government agrees with the Committee's recommendation."
    assert doc.paragraphs[2].text == f"{agreed} Target implementation date: January 2022"
    assert doc.paragraphs[3].text.endswith(
        "- authorities that have borrowed to buy assets outside their area."
    )
    assert doc.paragraphs[1].text.startswith("The Department should set out")  # no "PAC recommendation:"
    everything = " ".join(u.text for u in doc.paragraphs)
    assert "Introduction from the Committee" not in everything and "Fifth Report" not in everything
    assert "60,000" not in everything  # an introduction, not an item


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(min_value=1, max_value=3), min_size=1, max_size=4), min_size=1, max_size=3)
)
def test_every_item_and_reply_is_one_unit_in_every_part(parts: list[list[int]]) -> None:
    """Parts of items, each item with some replies: each comes out once, in order, with its
    own words only, however many parts number from 1 again."""
    lines = ["Treasury Minutes", "", "Government response to the Committee of Public Accounts", ""]
    expected: list[tuple[str, str, str]] = []

    def printed(label: str, kind: str, series: str, text: str) -> None:
        lines.extend([f"{label} {kind}{text}", ""])
        expected.append((series, label.rstrip("."), text))

    for part, items in enumerate(parts, start=1):
        lines.extend([f"Report number {part}", "", "Government response to the Committee", ""])
        for item, replies in enumerate(items, start=1):
            mark = f"p{part}i{item}"
            printed(f"{item}.", "PAC conclusion: ", "conclusion", f"The {mark} finding was made.")
            printed(
                f"{item}a.", "PAC recommendation: ", "recommendation", f"The Department should act on {mark}."
            )
            for reply in range(1, replies + 1):
                printed(f"{item}.{reply}", "", "response", f"The government replies to {mark} here.")
    units = read_genre("\n".join(lines), LEXICON).document.paragraphs
    if sum(2 * len(items) for items in parts) < 3:  # too little evidence for the genre
        return
    assert [(u.series, u.label, u.text) for u in units] == expected


def unit(series: str, number: int, label: str) -> Candidate:
    return Candidate(
        1.0, Paragraph("d", number, f"{series} {label} text", "", "", [], 1, series=series, label=label), True
    )


def test_a_reply_joins_the_recommendation_of_its_label_not_only_its_number() -> None:
    answered = grouped([unit("recommendation", 2, "2"), unit("response", 2, "2")])
    assert len(answered) == 1  # response 2 answers recommendation 2
    apart = grouped([unit("recommendation", 2, "2a"), unit("response", 2, "1.2")])
    assert len(apart) == 2  # the second reply paragraph does not answer the second recommendation


def test_a_lettered_label_is_one_label() -> None:
    assert parse_labels("1a") == ["1a"]
    with pytest.raises(Exception, match="not a usable range"):
        parse_labels("1a-1c")


def test_a_cover_line_with_the_papers_number_and_month_dates_it() -> None:
    assert month_of("CP 512                    September 2021") == "2021-09"


def test_units_citing_alike_in_two_parts_name_their_sections() -> None:
    assert run("index", str(MINUTES))[0] == 0
    code, out, _ = run("cite", "1.2", "--doc", "treasury")
    assert code == 0
    cited = "Government, Treasury Minutes (September 2021), response 1.2"
    assert out.splitlines() == [
        f"{cited} (Local authority investment in commercial property)",
        f"{cited} (Reducing the backlog in the criminal courts)",
    ]


@pytest.mark.parametrize("width", [None, 60])
def test_a_response_written_as_a_letter_is_titled_by_its_subject_and_unsigned(width: int | None) -> None:
    """A Secretary of State's letter to a committee's chair: its subject line is its title,
    the committee is the one the chair chairs (not "Philip Dunne MP Chair, …"), and the
    signature after "Yours sincerely" is in no unit. Wrapped at 60 characters, the subject in
    capitals runs onto a second line: still the title (the letter had been untitled)."""
    text = (SHAPES / "response-written-as-a-letter-to-the-chair.txt").read_text(encoding="utf-8")
    doc = read_genre(narrow(text, width) if width else text, LEXICON).document
    assert doc.title == "GOVERNMENT RESPONSE TO THE COMMITTEE'S REPORT ON WATER QUALITY IN RIVERS"
    assert doc.date == "2023-01-12"
    assert [(u.series, u.label, u.speaker) for u in doc.paragraphs[:2]] == [
        ("recommendation", "1", "Environmental Audit Committee"),
        ("response", "1", "Government"),
    ]
    assert len(doc.paragraphs) == 6
    assert not any("sincerely" in u.text or "Coffey" in u.text for u in doc.paragraphs)


def test_a_letter_without_a_subject_line_has_no_title_from_its_text() -> None:
    text = "\n".join(
        [
            "Dear Sir or Madam,",
            "",
            "Thank you for the chance to respond to the consultation on the",
            "future of buses.",
            "",
        ]
        + [
            f"Recommendation {n}: The Government should act on point {n}.\n\nThe Government agrees.\n"
            for n in (1, 2, 3)
        ]
    )
    doc = read_genre(text, LEXICON).document
    assert doc.title == "" and len(doc.paragraphs) == 6


@pytest.mark.parametrize("width", [None, 75])
def test_a_letter_of_evidence_is_the_senders_not_the_chairs_it_is_addressed_to(width: int | None) -> None:
    """The letterhead's body wrote it; the block over "Dear Clive," is whom it is sent to, and
    the street addresses are no title: the subject line is. Wrapped at 75 characters, where the
    addressee's lines join as the cover's wrapped lines do, the subject is still found under
    the salutation (it had been looked for a line too far down, and the letter untitled)."""
    text = (SHAPES / "written-evidence-sent-as-a-letter.txt").read_text(encoding="utf-8")
    if width:
        text = narrow(text, width)
    doc = read_genre(text, LEXICON).document
    assert (doc.title, doc.date, doc.author) == (
        "Funding for local government: written evidence",
        "2023-03-03",
        "Local Government Association",
    )
    assert {u.speaker for u in doc.paragraphs} == {"Local Government Association"}
    assert len(doc.paragraphs) == 3 and not any("Shaun Davies" in u.text for u in doc.paragraphs)


def test_a_covering_letter_before_the_responses_ends_nothing_and_titles_nothing() -> None:
    """A minister's covering letter ("Dear Philip, … Yours sincerely, Rebecca Pow MP") between
    the cover and the first recommendation: its close is no sign-off (the responses follow),
    and the cover above it still gives the title and the date."""
    doc = ingest_file(SHAPES / "response-after-a-covering-letter.txt")
    assert (
        doc.title
        == "Government response to the Environmental Audit Committee's report on water quality in rivers"
    )
    assert doc.date == "2023-03"
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        (series, str(n)) for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert doc.paragraphs[-1].text.endswith("near real-time data by 2025.")
    assert not any("Rebecca Pow" in u.text or "enclose" in u.text for u in doc.paragraphs)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_report_named_after_its_number_titles_the_items_answering_it(pdf: bool) -> None:
    """ "Thirty-first Report of Session 2015-16: Care Act first-phase reforms" over the
    department: the items' section is the report's title, not the document's. In a PDF's text,
    the department's name straight over the first item still answers (the replies had been
    "Government"'s)."""
    text = (SHAPES / "treasury-minute-naming-the-report-after-its-number.txt").read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [u.label for u in doc.paragraphs] == ["1", "1a", "1.1", "1.2", "2", "2a", "2.1"]
    assert {u.section for u in doc.paragraphs} == {"Care Act first-phase reforms"}
    assert doc.paragraphs[2].speaker == "Department of Health"


def test_a_response_table_saved_as_text_parts_its_cells_by_tabs() -> None:
    """A table of recommendations and answers saved as plain text: a row a line, its cells
    parted by tabs. Each cell is a paragraph, as a Word table's: recommendations 1 to 3, the
    committee's, each with the Government's response (the rows had been paragraphs 1 to 3, the
    answer run into the recommendation and spoken by the title); the column names are no
    heading, and the signature is no part of the last answer."""
    doc = ingest_file(SHAPES / "response-table-saved-as-text-its-cells-parted-by-tabs.txt")
    assert [(u.series, u.label, u.speaker, u.text.split(".")[0]) for u in doc.paragraphs] == [
        (
            "recommendation",
            "1",
            "Local Government Committee",
            "The Committee recommends that the Bill defines community wealth building",
        ),
        ("response", "1", "Scottish Government", "Accepted"),
        (
            "recommendation",
            "2",
            "Local Government Committee",
            "The Committee recommends statutory guidance for local authorities",
        ),
        ("response", "2", "Scottish Government", "Accepted in part"),
        (
            "recommendation",
            "3",
            "Local Government Committee",
            "The Committee recommends a dedicated fund for community ownership",
        ),
        ("response", "3", "Scottish Government", "Not accepted"),
    ]
    assert doc.paragraphs[-1].text.endswith("already meet this need.")
    assert not any("Scottish Government response" in u.section for u in doc.paragraphs)


@pytest.mark.parametrize(
    ("row", "line"),
    [
        (  # a number, then its text, as Word's plain text writes a numbered list: the tab a space
            "4.12\tThe Post Office knew of the bugs by 2010. It said nothing.",
            "4.12 The Post Office knew of the bugs by 2010. It said nothing.",
        ),
        ("Jane Cole\tChair\tEastfield Council", "Jane Cole\tChair\tEastfield Council"),  # a row of data
    ],
)
def test_a_line_parted_by_tabs_that_is_no_table_of_prose_stays_a_line(row: str, line: str) -> None:
    assert prose_cells_apart(f"Above\n{row}\nBelow") == f"Above\n{line}\nBelow"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_response_to_two_recommendations_each_under_a_response_heading(pdf: bool) -> None:
    """Two "Recommendation N" headings, each answered under "Response: Accept …": a response,
    not prose (it had been untitled, undated and nobody's, the recommendations its own);
    one such heading alone may be a paper's quoting one, and stays prose."""
    text = (SHAPES / "response-to-two-recommendations-each-answered-under-a-response-heading.txt").read_text()
    response = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label, u.speaker) for u in items_answered(response)] == [
        ("recommendation", "1", "Economy, Trade and Rural Affairs Committee"),
        ("response", "1", "Welsh Government"),
        ("recommendation", "2", "Economy, Trade and Rural Affairs Committee"),
        ("response", "2", "Welsh Government"),
    ]
    assert items_answered(response)[3].text.startswith("Accept in principle. We agree that passengers")
    assert response.date == "2025-03" and response.title.startswith("Welsh Government response to the")
    one = text[: text.index("Recommendation 2")]
    assert read_genre(one, load_themes()).genre == "prose"


PRESENTED = [
    ("government-response-presented-by-the-secretary-of-state.txt", "Work and Pensions"),
    ("response-presented-by-a-minister-over-its-date-citing-paragraphs-in-brackets.txt", "Transport"),
]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
@pytest.mark.parametrize(("name", "subject"), PRESENTED, ids=["by command", "over its date"])
def test_a_response_presented_by_a_secretary_of_state_is_theirs(name: str, subject: str, pdf: bool) -> None:
    """ "Presented to Parliament by the Secretary of State for Work and Pensions by Command of
    His Majesty": each response is that minister's (it had been "Government", no one a filter
    could name), each recommendation the committee's. With no "by Command" line under it, over
    "June 2024", the office had run on through the date and the introduction."""
    text = (SHAPES / name).read_text(encoding="utf-8")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    minister = f"Secretary of State for {subject}"
    assert doc.author == minister
    assert [(p.series, p.label, p.speaker) for p in items_answered(doc)] == [
        (series, str(n), minister if series == "response" else f"{subject} Committee")
        for n in (1, 2, 3)
        for series in ("recommendation", "response")
    ]


def test_recommendations_keep_the_paragraphs_they_cite_in_brackets() -> None:
    """ "Recommendation 2 (paragraphs 30–31): Funding …": the bracket had been dropped."""
    doc = shape_read("response-presented-by-a-minister-over-its-date-citing-paragraphs-in-brackets.txt")
    assert items_answered(doc)[2].text.startswith("(paragraphs 30–31) Funding for supported services")


AUDIT_REPORT = (
    SHAPES / "audit-report-written-as-a-letter-to-a-chairman-numbering-recommendations-after-it.txt"
)
SHORT_AUDIT = SHAPES / "audit-report-of-two-pages-footed-page-n-its-letter-to-a-house-committees-chair.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_two_page_audit_report_is_footed_by_page_n_and_issued_by_its_office_not_its_addressee(
    pdf: bool,
) -> None:
    """Two footers that say their page ("Page 1   GAO-24-105678 Rural Broadband") are footers,
    and number the pages (they had been a section heading, every unit on page 1); the letter's
    addressee ("The Honorable …", "Chairman", "Committee on Rural Affairs") and the committee the
    cover's addressee wraps onto ("Committee on Rural Affairs, House of Representatives") did
    not issue the report, the office over them did (each had been its author and every unit's
    speaker; the cover's addressee had lost the PDF's text its title); "(Recommendation 1)"
    wrapped alone numbers the item over it (an empty item had), a full line ending "(Recommendation
    2)" ends its item, and "Sincerely yours," under the last sentence is no part of it."""
    text = SHORT_AUDIT.read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, LEXICON).document
    assert report.title == "RURAL BROADBAND: Agencies Should Better Coordinate Their Grant Programs"
    assert (report.author, report.date) == ("United States Government Accountability Office", "2024-03-14")
    assert {u.speaker for u in report.paragraphs} == {report.author}
    furniture = ("Page", "The Honorable", "Chairman", "Committee on", "Dear", "Sincerely", "Andrew")
    assert not [u.text for u in report.paragraphs if u.text.startswith(furniture) or "Sincerely" in u.text]
    pages = {u.text.split()[0]: u.page for u in report.paragraphs}
    assert (pages["Access"], pages["Each"], pages["If"]) == (1, 2, 3)
    items = [u for u in report.paragraphs if u.series == "recommendation"]
    assert [u.label for u in items] == ["1", "2", "3"]
    assert [u.text.split()[:2] + u.text.split()[-1:] for u in items] == [
        ["The", "Administrator", "decisions."],
        ["The", "Assistant", "programs."],
        ["The", "Chairwoman", "location."],
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_audit_reports_letter_is_its_text_without_its_address_or_its_close(pdf: bool) -> None:
    """A report written as a letter to the chairman who asked for it: the address, the date,
    "The Honorable …" over "Chairman" and "Dear Mr. Chairman:" are no units (each had been one,
    or every paragraph's section), nor "Sincerely yours,"; "(Recommendation 2)" after a
    recommendation's text numbers it, and a heading under it stands. The cover's addressee
    ("Report to the Chairman, …") is no title: the capitals over the subtitle are."""
    text = AUDIT_REPORT.read_text(encoding="utf-8")
    report = read_genre(as_pdf_text(text) if pdf else text, LEXICON).document
    assert report.title == "FEDERAL GRANTS: Agencies Should Improve Oversight of Pass-Through Entities"
    assert (report.author, report.date) == ("United States Government Accountability Office", "2024-03")
    furniture = ("441", "March 12", "The Honorable", "United States Senate", "Dear", "Sincerely", "Jeffrey")
    assert not [u.text for u in report.paragraphs if u.text.startswith(furniture)]
    letter = next(
        u
        for u in report.paragraphs
        if u.text.startswith("Federal agencies award about $1 trillion in grants each year to")
    )
    assert (
        pdf or letter.section == "Letter"
    )  # run on under the contents page, no blank line, it is no heading
    items = [u for u in report.paragraphs if u.series == "recommendation"]
    assert [u.label for u in items] == ["1", "2", "3"]
    assert [u.text.split()[-1] for u in items] == ["monitoring.", "entities.", "entities."]
    after = report.paragraphs[report.paragraphs.index(items[-1]) + 1]
    assert after.section == "Agency Comments and Our Evaluation"


ANNEXED_LETTER = SHAPES / "committee-report-annexing-a-ministers-letter-from-its-address-to-its-signature.txt"


@pytest.mark.parametrize("form", ["as written", "as a PDF's text", "as Word"])
def test_a_letter_annexed_to_a_report_is_its_signatorys_under_its_annex(form: str, tmp_path: Path) -> None:
    """A minister's letter annexed to a report: the department's address, the date, "Dear
    Chair," and "Yours sincerely," are no units (they had been four, under the postcode as a
    section), the letter is the minister's who signs it, under the annex's heading."""
    text = ANNEXED_LETTER.read_text(encoding="utf-8")
    if form == "as Word":  # a paragraph a line, as a Word copy of a printed page has them
        word = WordDocument()
        for line in filter(None, text.splitlines()):
            word.add_paragraph(line)
        word.save(tmp_path / "report.docx")
        report = ingest_file(tmp_path / "report.docx")
    else:
        report = read_genre(as_pdf_text(text) if form == "as a PDF's text" else text, LEXICON).document
    assert [(u.section, u.speaker, u.text.split()[0]) for u in report.paragraphs] == [
        ("Summary", "Local bus services in rural areas", "Rural"),
        ("Summary", "Local bus services in rural areas", "Councils"),
        ("Annex A: Letter from the Minister", "Jane Smith MP", "Thank"),
        ("Annex B: Evidence received", "Local bus services in rural areas", "We"),
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_statement_to_a_subcommittee_is_its_text_without_its_cover_or_its_address(pdf: bool) -> None:
    """An audit office's testimony: "Testimony Before the Subcommittee on …" is to whom it is
    given, "For Release on Delivery" and "Expected at 10:00 a.m. ET" when (the first had been
    its first unit, the second a heading, the title both); "Chairman Davidson, Ranking Member
    Cleaver, and Members of the Subcommittee:" addresses it, as "Dear …" does a letter (it had
    been a unit), in a PDF's text too, where "Statement of Alicia Puente Cackley, Director, …"
    and the paper's number ran on into it. Its title is its subject in capitals over the
    subtitle."""
    shape = "testimony-before-a-subcommittee-opened-by-addressing-its-chairman-and-members.txt"
    text = (SHAPES / shape).read_text(encoding="utf-8")
    statement = read_genre(as_pdf_text(text) if pdf else text, LEXICON).document
    assert statement.title == (
        "HOUSING ASSISTANCE: Opportunities Exist to Improve Oversight of Public Housing Repairs"
    )
    assert statement.date == "2024-04-10"
    assert statement.paragraphs[0].text.startswith("Thank you for the opportunity")
    assert [u.section for u in statement.paragraphs][-4:-1] == [
        "Backlog of Capital Needs",
        *["Inspections"] * 2,
    ]


def test_a_recommendations_cited_paragraph_on_a_line_of_its_own_ends_the_recommendation() -> None:
    """A boxed recommendation whose last line ends short, "(Paragraph 4)" wrapped onto a line
    of its own (as a browser printed it): the citation ends the recommendation, and the reply
    opens with its verdict (it had opened "(Paragraph 4) The Government agrees.")."""
    document = ingest_file(
        SHAPES / "response-each-recommendation-citing-its-paragraph-on-a-line-of-its-own.txt"
    )
    assert [(u.series, u.label, " ".join(u.text.split()[:4])) for u in items_answered(document)] == [
        ("recommendation", "1", "We recommend that the"),
        ("response", "1", "The Government agrees. From"),
        ("recommendation", "2", "The Department should publish"),
        ("response", "2", "The Government partially agrees."),
    ]
    assert items_answered(document)[0].text.endswith("three years. (Paragraph 4)")
    assert items_answered(document)[2].text.endswith("value for money. (Paragraph 6)")


def test_a_council_answering_its_scrutiny_in_a_table_loses_no_recommendation() -> None:
    """Printed from a table (number, recommendation, response): the last recommendation's line
    ending "… in Year 9" over "and above." is no contents page's entry (the recommendation and
    its answer had been lost); the table's head ("No. Recommendation Response") heads nothing;
    the council the title opens with answers, not "Government"; "Councillor Jane Hughes,
    Cabinet Member for Education" under the table signs it, no text of the last answer."""
    name = "council-response-in-a-table-its-last-recommendation-ending-in-a-year-group.txt"
    document = ingest_file(SHAPES / name)
    assert [(u.series, u.label, u.speaker) for u in document.paragraphs] == [
        (series, label, speaker)
        for label in ("1", "2", "3")
        for series, speaker in (("recommendation", "Scrutiny Committee"), ("response", "Westshire Council"))
    ]
    assert document.paragraphs[4].text.endswith("every eligible pupil in Year 9 and above.")
    assert document.paragraphs[5].text.endswith("funded from savings on taxi contracts.")  # not its signature
    assert {u.section for u in document.paragraphs} == {f"Recommendation {n}" for n in (1, 2, 3)}


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_a_verdict_under_its_heading_is_the_answers_first_sentence_and_a_name_alone_signs(
    tmp_path: Path, printed: bool
) -> None:
    """ "Response: Accepted" over the answer: "Accepted. A pipeline …" (it had run on, "Accepted
    A pipeline …"); "Mayor Kim Osei" on a line of its own after the last answer's full stop
    signs it (a title no pattern knows, no post) and is in no unit."""
    text = (
        SHAPES / "combined-authority-response-each-verdict-under-a-response-heading-signed-by-its-mayor.txt"
    ).read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert doc.author == "Northshire Combined Authority"
    assert [(u.series, u.label, u.text.split(".")[0]) for u in items_answered(doc)[1::2]] == [
        ("response", "1", "Accepted"),
        ("response", "2", "Partially accepted"),
    ]
    assert items_answered(doc)[-1].text.endswith("on cycle lanes separately from 2026.")


def test_a_last_answers_last_line_of_capitalised_words_is_no_signature() -> None:
    """ "… alongside the Local" over "Transport Plan": no sentence ends above it, so it is the
    answer's own last line, not a name signing."""
    replies = [
        f"Recommendation {n}\n\nThe Authority should act on point {n}.\n\nResponse: Accepted\n\n"
        f"We will set this out alongside the Local\nTransport Plan"
        for n in (1, 2, 3)
    ]
    doc = read_genre("\n\n".join(replies) + "\n", LEXICON).document
    assert doc.paragraphs[-1].text == "Accepted. We will set this out alongside the Local Transport Plan"


def test_a_list_an_answer_introduces_with_a_colon_is_the_answers() -> None:
    """ "… alongside:" over "Natural England", no bullets: what the colon introduces, not a
    topic's heading over the next recommendation, nor a closing heading or a name signing after
    the last answer (each had dropped the list)."""
    replies = [
        f"Recommendation {n}\n\nThe Authority should act on point {n}.\n\nResponse: Accepted\n\n"
        "We will work on it alongside:\nNatural England"
        for n in (1, 2, 3)
    ]
    doc = read_genre("\n\n".join(replies) + "\nEnvironment Agency\n", LEXICON).document
    answers = [u.text for u in doc.paragraphs if u.series == "response"]
    assert answers[:2] == ["Accepted. We will work on it alongside: Natural England"] * 2
    assert answers[2] == "Accepted. We will work on it alongside: Natural England Environment Agency"


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_recommendations_labelled_r1_are_answered_by_their_verdicts(tmp_path: Path, printed: bool) -> None:
    """A cabinet's response labelling its panel's recommendations "R1", "R2", "R3", each
    answered "Agreed.", "Not agreed.", "Agreed in part.": each a recommendation of the panel and
    a response of the council, labelled as printed (it had been read as seven prose blocks)."""
    name = "council-cabinet-response-its-panels-recommendations-labelled-r1-r2-r3-each-agreed-or-not.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.label, u.speaker, u.text.split(".")[0][:14]) for u in doc.paragraphs] == [
        ("recommendation", "R1", "Housing Scrutiny Panel", "The Council sh"),
        ("response", "R1", "Eastbridge Borough Council", "Agreed"),
        ("recommendation", "R2", "Housing Scrutiny Panel", "The Council sh"),
        ("response", "R2", "Eastbridge Borough Council", "Not agreed"),
        ("recommendation", "R3", "Housing Scrutiny Panel", "The Council sh"),
        ("response", "R3", "Eastbridge Borough Council", "Agreed in part"),
    ]
    assert doc.paragraphs[-1].text.endswith("cannot commit to a level.")  # not its signature


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_a_reply_running_on_from_its_verdicts_line_gains_no_full_stop(tmp_path: Path, printed: bool) -> None:
    """ "Response: Partly agreed. Free parking … in" over "December, …": the reply's sentence
    goes on (it had become "in. December"); "Rec 1." labels the item; the task and finish group
    made the recommendations; "Executive meeting: 3 March 2026" over the first is the cover's
    date, no topic heading the items."""
    name = "executive-response-to-a-task-and-finish-group-its-recs-answered-on-the-response-line.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.label, u.section) for u in doc.paragraphs[:2]] == [
        ("recommendation", "Rec 1", "Recommendation 1"),
        ("response", "Rec 1", "Recommendation 1"),
    ]
    assert "Fridays in December, which" in doc.paragraphs[1].text
    assert doc.paragraphs[5].text.endswith("Traders are welcome to respond to that consultation.")
    assert doc.paragraphs[0].speaker.startswith("Overview and Scrutiny Task and Finish Group")
    assert doc.paragraphs[-1].text == "Agreed."


def test_a_table_rows_ref_cell_labels_it_and_its_lead_stays_with_the_reply() -> None:
    """A response's table saved as text, "Ref<tab>Recommendation<tab>Cabinet response<tab>Lead":
    "R1" labels its row's recommendation (it had been a block of its own), and the lead officer
    after the reply stays with it, named by its column (it had headed the next row)."""
    doc = ingest_file(SHAPES / "cabinet-response-table-saved-as-text-a-ref-column-and-a-lead-column.txt")
    assert [(u.series, u.label, u.speaker) for u in doc.paragraphs] == _answered(
        3, "Children and Young People Scrutiny Committee", "Southvale County Council"
    )
    assert doc.paragraphs[1].text.endswith("from 2026. Lead: Director of Education.")
    assert doc.paragraphs[-1].text.endswith("until 2027. Lead: Head of Transport.")
    assert {u.section for u in doc.paragraphs} == {f"Recommendation {n}" for n in (1, 2, 3)}


PROSE = st.lists(
    st.sampled_from(["The", "council", "will", "act", "now", "in", "2026"]), min_size=4, max_size=9
).map(lambda words: " ".join(words) + ".")
DATA = st.sampled_from(["", "R1", "12.", "3a", "Director of Education", "March 2027", "Agreed", "Accepted."])


@given(st.lists(st.lists(st.one_of(PROSE, DATA), min_size=2, max_size=5), min_size=1, max_size=4))
@settings(max_examples=200)
def test_a_table_of_prose_keeps_every_cells_words_in_order(rows: list[list[str]]) -> None:
    """However a table's rows mix prose, labels and data, each cell's words come out once, in
    the order written; only a column's name, and the stops ending the row's sentence, may be
    added, before and after a cell of data among or after the row's prose."""
    text = "\n".join(["Ref\tRecommendation\tAccepted?\tResponse\tLead", *("\t".join(row) for row in rows)])
    read = [word.rstrip(";.") for word in prose_cells_apart(text).split()]
    written = [word.rstrip(";.") for word in text.split()]
    left = iter(read)
    assert [word for word in written if not any(word == w or w == f"{word}:" for w in left)] == []
    assert all(word.endswith(":") for word in set(read) - set(written))


def test_a_verdict_of_one_word_is_the_rows_reply_not_its_data() -> None:
    """ "1<tab>The Council should …<tab>Accepted.<tab>Head of Transport<tab>May 2025": the
    verdict is the reply; only what follows it is named by its column."""
    text = (
        "No.\tRecommendation\tResponse\tLead officer\tDate\n"
        "1\tThe Council should publish its policy in plain English.\tAccepted.\tHead of Transport\tMay 2025"
    )
    assert prose_cells_apart(text).split("\n")[1:] == [
        "1 The Council should publish its policy in plain English.",
        "",
        "Accepted. Lead officer: Head of Transport; Date: May 2025.",
        "",
    ]


def test_a_verdict_column_between_recommendation_and_action_opens_the_reply() -> None:
    """ "R1<tab>The Trust should …<tab>Yes<tab>Figures will be …<tab>April 2026" under
    "Ref<tab>Recommendation<tab>Accepted?<tab>…": the verdict, named by its column, opens the
    reply ("Accepted? Yes. Figures will …"), so the table reads as a response, each
    recommendation answered. "Yes", "Partly" and "No" had headed the next rows as sections."""
    name = "trust-response-table-saved-as-text-its-verdict-a-middle-column-its-actions-dated.txt"
    doc = ingest_file(SHAPES / name)
    assert [(u.series, u.label, u.speaker, u.text.split(".")[0]) for u in doc.paragraphs[1::2]] == [
        ("response", f"R{n}", "Harbourside NHS Foundation Trust", f"Accepted? {verdict}")
        for n, verdict in ((1, "Yes"), (2, "Partly"), (3, "No"))
    ]
    assert doc.paragraphs[0].speaker == "Health Overview and Scrutiny Committee"
    assert doc.paragraphs[2].text == "The Trust should appoint a discharge lead on every ward."


def test_a_table_rows_dated_action_stays_text_not_a_heading() -> None:
    """A trust's response table with a verdict column in the middle ("Accepted?": "Yes") and
    a date after each action ("… from April.<tab>April 2026"): the date, named by its column,
    ends the action's sentence, so the action stays in a unit's text instead of heading the
    next row."""
    name = "trust-response-table-saved-as-text-its-verdict-a-middle-column-its-actions-dated.txt"
    doc = ingest_file(SHAPES / name)
    text = " ".join(unit.text for unit in doc.paragraphs)
    assert "from April. Timescale: April 2026." in text
    assert "retendered instead. Timescale: n/a." in text
    assert not any("Timescale:" in unit.section for unit in doc.paragraphs)


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_recommendations_numbered_in_their_chapters_are_answered_under_their_labels(
    tmp_path: Path, printed: bool
) -> None:
    """A government's response under "Recommendation 2.1", "2.2", "3.1", "3.2" headings, each
    over a "Response" heading: recommendation and response pairs labelled as printed, the
    committee's and the government's (it had been prose, its replies blocks under the
    heading "Response", every unit said by the title), each under its chapter."""
    name = "government-response-its-recommendations-numbered-in-their-chapters.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.label, u.number, u.speaker) for u in items_answered(doc)] == [
        (series, label, number, speaker)
        for number, label in enumerate(("2.1", "2.2", "3.1", "3.2"), start=1)
        for series, speaker in (
            ("recommendation", "Economy and Fair Work Committee"),
            ("response", "Scottish Government"),
        )
    ]
    assert items_answered(doc)[3].text.startswith("Not accepted. Empty property relief")
    assert items_answered(doc)[-1].section == "Chapter 3: Town centre living"
    assert items_answered(doc)[-1].text.endswith("Framework 4 updates.")  # not signed by the minister


def test_a_recommendation_numbered_in_its_chapter_names_its_section_so() -> None:
    """ "Recommendation 1.1: The Welsh Government should …" over "Accept. …", no headings
    between: each recommendation and its answer stand under "Recommendation 1.1", as
    printed, not under its place in the sequence ("Recommendation 3" for 2.1)."""
    doc = ingest_file(
        SHAPES / "welsh-government-response-answering-recommendations-numbered-in-chapters-inline.txt"
    )
    assert [(u.series, u.section) for u in doc.paragraphs] == [
        (series, f"Recommendation {label}")
        for label in ("1.1", "1.2", "2.1")
        for series in ("recommendation", "response")
    ]
    assert doc.paragraphs[-1].text.startswith("Reject. Funding for training places")


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_a_reply_running_on_under_a_recommendations_full_last_line_is_the_governments(
    tmp_path: Path, printed: bool
) -> None:
    """A response whose recommendations stood in boxes, extracted with no blank line and the
    box's last line as long as the reply's ("… as witnesses urged us." over "Multi-year
    settlements … were announced"): the reply starts at the sentence opening a line that no
    longer prescribes, as in the PDF (the recommendation had taken in the whole reply)."""
    name = "government-response-each-reply-running-on-under-its-recommendations-full-last-line.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        (series, str(n)) for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert doc.paragraphs[2].text.endswith("as witnesses urged us.")
    assert doc.paragraphs[3].text.startswith("Multi-year settlements for local government")
    assert doc.paragraphs[4].text.endswith("and report on progress yearly.")


@pytest.mark.parametrize("printed", ["text", "pdf-text", "narrow"])
def test_conclusions_and_recommendations_answered_in_one_sequence_keep_their_kinds(
    tmp_path: Path, printed: str
) -> None:
    """A government response under "Conclusion 1", "Recommendation 2", "Conclusion 3",
    "Recommendation 4", each reply after it: conclusions and recommendations in their own
    series, numbered in the one sequence, each answered (it had been prose, said by the
    title). "Presented to Parliament by the Secretary of State for Housing, Communities and
    Local Government": the department's name goes on after its comma, and, narrow at 60
    characters, after "Secretary of State for" ending its line (the reply had been the
    Government's)."""
    name = "government-response-answering-conclusions-and-recommendations-in-one-sequence.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    if printed == "narrow":
        text = narrow(text, 60)
        assert "Secretary of State for\nHousing" in text
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed == "pdf-text" else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.label, u.section) for u in items_answered(doc)] == [
        (series, str(n), f"{kind.capitalize()} {n}")
        for n, kind in enumerate(["conclusion", "recommendation"] * 2, start=1)
        for series in (kind, "response")
    ]
    assert doc.author == "Secretary of State for Housing, Communities and Local Government"
    assert items_answered(doc)[0].speaker == "Housing, Communities and Local Government Committee"
    assert (
        items_answered(doc)[5].text
        == "The Government welcomes the Committee's conclusion. The pilots will continue in 2019-20."
    )


@pytest.mark.parametrize(
    "name",
    [
        "cabinet-response-each-reply-under-a-cabinet-response-heading.txt",
        "cabinet-response-table-extracted-cell-by-cell-under-its-column-names.txt",
    ],
)
def test_a_cabinets_reply_under_its_own_heading_is_the_councils(name: str) -> None:
    """ "Cabinet response" over the reply, as a heading or as a table's column name above the
    rows: it marks where each reply starts and heads no recommendation (the replies had been
    lost into the recommendations; the column's name, or the title, had been every unit's
    section)."""
    doc = ingest_file(SHAPES / name)
    assert [(u.series, u.label, u.section) for u in doc.paragraphs] == [
        (series, str(n), f"Recommendation {n}")
        for n in (1, 2, 3)
        for series in ("recommendation", "response")
    ]
    assert doc.paragraphs[3].text.startswith(("Not agreed.", "Agreed in part."))
    assert {u.speaker for u in doc.paragraphs[1::2]} == {doc.author}


def test_a_response_table_laid_out_with_spaces_is_read_row_by_row() -> None:
    """ "No.  Recommendation  Cabinet response" over rows set out with spaces, each cell
    wrapped onto the lines below (`pdftotext -layout`): each row's cells are gathered by the
    column they stand under, so each recommendation is answered by its reply (read down as
    two columns, the replies had followed the last recommendation and been left out)."""
    doc = ingest_file(SHAPES / "council-response-table-laid-out-with-spaces-as-pdftotext-layout-writes.txt")
    assert [(u.series, u.label, u.speaker) for u in doc.paragraphs] == [
        (series, str(n), speaker)
        for n in (1, 2, 3)
        for series, speaker in (
            ("recommendation", "Overview and Scrutiny Committee"),
            ("response", "Riverside District Council"),
        )
    ]
    assert doc.paragraphs[0].text.endswith("for every ward on its website by April 2026.")
    assert doc.paragraphs[1].text == (
        "Agreed. The map will be published on the Council's website in March 2026 and updated each year."
    )


WORDS = st.lists(
    st.sampled_from(["the", "council", "will", "publish", "its", "map", "in", "2026"]), min_size=1
)


@given(st.lists(st.tuples(WORDS, WORDS), min_size=2, max_size=4), st.integers(min_value=14, max_value=30))
@settings(max_examples=150)
def test_a_table_laid_out_with_spaces_keeps_each_columns_words_in_its_row(
    rows: list[tuple[list[str], list[str]]], width: int
) -> None:
    """However a spaced table's cells wrap (each column `width` wide), each row comes out one
    line, its number, then each column's words in the order written, tabs between."""
    lines = [f"{'No.':<5}{'Recommendation':<{width + 3}}Response"]
    for n, (left, right) in enumerate(rows, start=1):
        wrapped = [textwrap.wrap(" ".join(cell), width) for cell in (left, right)]
        for k in range(max(map(len, wrapped))):
            parts = [column[k] if k < len(column) else "" for column in wrapped]
            lines.append(f"{str(n) if k == 0 else '':<5}{parts[0]:<{width + 3}}{parts[1]}".rstrip())
        lines.append("")
    tabbed = table_rows_tabbed("\n".join(lines)).split("\n")
    assert tabbed[2 : 2 + len(rows)] == [
        f"{n}\t{' '.join(left)}\t{' '.join(right)}" for n, (left, right) in enumerate(rows, start=1)
    ]


def test_every_table_laid_out_with_spaces_is_tabbed_not_only_the_first() -> None:
    table = "\n".join(
        [
            "No.  Recommendation    Response",
            "1    The Council should    Agreed.",
            "2    The Trust should      Noted.",
        ]
    )
    tabbed = table_rows_tabbed(f"{table}\n\nThen more prose.\n\n{table}").split("\n")
    assert tabbed.count("No.\tRecommendation\tResponse") == 2
    assert tabbed.count("2\tThe Trust should\tNoted.") == 2


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_a_verdict_on_a_recommendations_heading_opens_the_reply(tmp_path: Path, printed: bool) -> None:
    """ "Recommendation 1 - Accept", "Recommendation 2 - Accept in principle", "Recommendation 3
    - Reject", as the Welsh Government heads its answers: the verdict opens the reply ("Accept.
    We will consult …") instead of titling both halves ("Accept" had been their section, and
    no part of the reply)."""
    name = "welsh-government-response-its-verdict-on-each-recommendations-heading.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.section, u.text.split(".")[0]) for u in doc.paragraphs[1::2]] == [
        ("response", f"Recommendation {n}", verdict)
        for n, verdict in ((1, "Accept"), (2, "Accept in principle"), (3, "Reject"))
    ]
    assert doc.paragraphs[0].section == "Recommendation 1"
    assert doc.paragraphs[-1].text.endswith("open-access and targeted provision.")  # not signed


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_recommendations_lettered_a_b_c_are_answered_under_their_letters(
    tmp_path: Path, printed: bool
) -> None:
    """ "Recommendation A", "Recommendation B", "Recommendation C", each over "Response": the
    recommendations and responses labelled by their letters, in sequence, the committee's and
    the department's (it had been prose, the first heading run into its recommendation)."""
    text = (SHAPES / "executive-response-to-recommendations-lettered-a-b-c.txt").read_text(encoding="utf-8")
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert [(u.series, u.label, u.number, u.section) for u in doc.paragraphs] == [
        (series, letter, number, f"Recommendation {letter}")
        for number, letter in enumerate("ABC", start=1)
        for series in ("recommendation", "response")
    ]
    assert [u.speaker for u in doc.paragraphs[:2]] == [
        "Committee for Infrastructure",
        "Department for Infrastructure",
    ]


UNNUMBERED_HEADINGS = {  # the shape's "Recommendation" over its text, and as others print it
    "alone": {},
    "before its text": {"Recommendation\n\n": "Recommendation: "},
    "the committee's": {"Recommendation\n\n": "Committee recommendation\n\n"},
    "replies unheaded": {"Government response\n\n": ""},
}


@pytest.mark.parametrize("heading", UNNUMBERED_HEADINGS)
@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_recommendations_under_headings_without_numbers_are_counted_and_answered(
    tmp_path: Path, printed: bool, heading: str
) -> None:
    """ "Recommendation" alone over each recommendation (or "Recommendation: Every …"), each
    answer under "Government response" (or opening with its verdict), no numbers anywhere:
    recommendation and response 1, 2, 3 in order, the committee's and the department's, under
    their topics (it had been prose, untitled and undated, every heading a block's section and
    the cover's lines blocks of their own)."""
    text = (SHAPES / "response-unnumbered-recommendations-each-over-its-response.txt").read_text(
        encoding="utf-8"
    )
    for printed_so, instead in UNNUMBERED_HEADINGS[heading].items():
        text = text.replace(printed_so, instead)
    path = tmp_path / "response.txt"
    path.write_text(as_pdf_text(text) if printed else text, encoding="utf-8")
    doc = ingest_file(path)
    assert (doc.title, doc.date) == (
        "Government response to the Housing Committee report: Tenant Voice in Social Housing",
        "2024-03",
    )
    assert [(u.series, u.label, u.section) for u in items_answered(doc)] == [
        (series, str(number), topic)
        for number, topic in ((1, "Tenant panels"), (2, "Tenant panels"), (3, "Complaints"))
        for series in ("recommendation", "response")
    ]
    assert {u.speaker for u in items_answered(doc)[::2]} == {"Housing Committee"}
    assert items_answered(doc)[1].text.endswith("may not suit a small rural one.")  # both paragraphs
    assert items_answered(doc)[-1].text.endswith("easier to search.")  # not the annex


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_a_letters_courtesies_over_its_close_are_no_part_of_the_last_answer(printed: bool) -> None:
    """ "I am copying this letter to the Convener …" between the last answer and "Yours
    sincerely", a paragraph of its own, spaced or not: the letter's, left out with its close
    (it had ended the last response, in this response and in the letter to a chair)."""
    for name, last_words in (
        (
            "response-headings-citing-the-reports-paragraph-in-brackets.txt",
            "rather than set a target of our own.",
        ),
        ("response-written-as-a-letter-to-the-chair.txt", "near real-time data on discharges by 2025."),
    ):
        doc = shape_read(name, pdf=printed)
        assert [(u.series, u.label) for u in doc.paragraphs] == [
            (series, label) for label in "123" for series in ("recommendation", "response")
        ]
        assert doc.paragraphs[-1].text.endswith(last_words)


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_conclusions_c1_and_recommendations_r1_numbered_apart_are_each_answered(printed: bool) -> None:
    """A response to conclusions "C1.", "C2." and recommendations "R1." … "R3.", each numbered
    on its own and each answered ("Response: Accepted. …"): five items in order, each with its
    reply, labelled as printed (the conclusions had been lost, the first into the front matter,
    the second into the reply to R1; wrapped as a PDF's text, a conclusion's text had titled its
    reply)."""
    doc = shape_read("response-to-conclusions-and-recommendations-labelled-c1-and-r1.txt", pdf=printed)
    labels = ["C1", "R1", "C2", "R2", "R3"]
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        (series, label)
        for label in labels
        for series in ("conclusion" if label[0] == "C" else "recommendation", "response")
    ]
    assert doc.paragraphs[4].text.startswith("The Committee concludes that school counselling")
    assert doc.paragraphs[5].text.startswith("Accepted in principle. Waiting times")
    assert {u.speaker for u in doc.paragraphs[1::2]} == {"Welsh Government"}


def test_an_answered_conclusion_under_a_heading_without_a_number_is_counted_with_the_recommendations() -> (
    None
):
    """ "Conclusion" alone over the committee's conclusion, then "Government response", before
    two "Recommendation" headings: conclusion 1 and recommendations 2 and 3, each answered, in
    one sequence (the conclusion and its answer had been lost as front matter). A "Conclusion"
    closing the response, which nothing answers, is no item."""
    text = (SHAPES / "response-unnumbered-recommendations-each-over-its-response.txt").read_text(
        encoding="utf-8"
    )
    text = text.replace(
        "Recommendation\n\nEvery landlord", "Conclusion\n\nThe Committee concludes that every landlord"
    )
    text = text.replace("Annex A: Tenant Satisfaction Measures", "Conclusion")
    doc = read_genre(text, load_themes()).document
    assert [(u.series, u.label, u.section) for u in items_answered(doc)] == [
        ("conclusion", "1", "Tenant panels"),
        ("response", "1", "Tenant panels"),
        ("recommendation", "2", "Tenant panels"),
        ("response", "2", "Tenant panels"),
        ("recommendation", "3", "Complaints"),
        ("response", "3", "Complaints"),
    ]
    assert items_answered(doc)[-1].text.endswith("easier to search.")


@pytest.mark.parametrize("printed", ["text", "pdf-text", "word", "narrow"])
def test_a_reply_labelled_inline_after_its_numbered_recommendation_is_its_response(
    printed: str, tmp_path: Path
) -> None:
    """ "1. The Committee recommends … before they fail. Response: The Government agrees …", an
    item a paragraph: recommendation 1, the committee's, and response 1, the department's (each
    item had been one plain paragraph, the department's, under "Introduction"). In a PDF's text
    the reply's first sentence wraps ("… agrees with this" over "recommendation. …") and is not
    cut at the line's end; in Word, each item a Word paragraph reads as the text does. Wrapped
    at 75 characters, "Response: The" ends a line over "Government partially agrees.": no
    full stop after "The" (the reply had opened "The. Government …")."""
    name = "government-response-answering-each-numbered-recommendation-inline.txt"
    if printed == "narrow":
        text = narrow((SHAPES / name).read_text(encoding="utf-8"), 75)
        assert "Response: The\nGovernment partially" in text
        doc = read_genre(text, LEXICON).document
    elif printed == "word":
        word = WordDocument()
        for block in (SHAPES / name).read_text(encoding="utf-8").split("\n\n"):
            word.add_paragraph(block.strip())
        word.save(tmp_path / "response.docx")
        doc = ingest_file(tmp_path / "response.docx")
    else:
        doc = shape_read(name, pdf=printed == "pdf-text")
    assert [(u.series, u.label, u.speaker) for u in items_answered(doc)] == [
        (series, str(n), speaker)
        for n in (1, 2, 3)
        for series, speaker in (
            ("recommendation", "Public Accounts Committee"),
            ("response", "Department for Levelling Up, Housing and Communities"),
        )
    ]
    assert items_answered(doc)[0].text.endswith(
        "identify authorities at risk from commercial investments before they fail."
    )
    assert items_answered(doc)[1].text.startswith(
        "The Government agrees with this recommendation. The Department"
    )
    assert items_answered(doc)[1].text.endswith("Target implementation date: Summer 2024.")
    assert items_answered(doc)[3].text.startswith("The Government partially agrees. The Department")
    assert items_answered(doc)[5].text.startswith(
        "The Government disagrees with this recommendation. Authorities"
    )


SENTENCES = st.sampled_from(
    [
        "The Department should act.",
        "Response: The Government agrees.",
        "Government response: Accepted.",
        "It will report (annually).",
        "Reply: noted",
        "Response:",
        "the response: a note.",
    ]
)


@given(st.lists(st.lists(SENTENCES, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6))
@settings(max_examples=200)
def test_replies_apart_keeps_every_word_and_moves_only_labels_after_a_sentence(paragraphs: list[str]) -> None:
    """Setting inline replies on lines of their own changes no word: the only change is a line
    break for the space before a reply's label, after a sentence's end."""
    text = "\n\n".join(paragraphs)
    apart = replies_apart(text)
    breaks = [
        m.start() for m in re.finditer(r"(?<=[^\n])\n(?=(?:Government response|Response|Reply):)", apart)
    ]
    assert re.sub(r"(?<=[^\n])\n(?=(?:Government response|Response|Reply):)", " ", apart) == text
    assert all(apart[at - 1] in ".)" for at in breaks)
    assert len(breaks) in (0, len(re.findall(r"[.)] (?=(?:Government response|Response|Reply):\s)", text)))


@pytest.mark.parametrize("printed", [False, True], ids=["text", "pdf-text"])
def test_a_cabinet_response_to_a_scrutiny_review_naming_no_panel_names_the_review(printed: bool) -> None:
    """ "Cabinet response to the Scrutiny Review of Home to School Transport", no panel or
    committee named: its recommendations are the review's (they had been "the committee"'s),
    its answers the council's."""
    doc = shape_read("cabinet-response-to-a-scrutiny-review-naming-no-panel.txt", pdf=printed)
    assert [(u.series, u.speaker) for u in doc.paragraphs[:2]] == [
        ("recommendation", "Scrutiny Review of Home to School Transport"),
        ("response", "Eastvale Borough Council"),
    ]
    assert len(doc.paragraphs) == 6


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_long_title_over_its_month_alone_is_no_wrap_of_the_title(pdf: bool) -> None:
    """A response's title of nearly a line's width over "June 2024", no blank line between in a
    PDF's text: the month had been read as the title's last words, and the paper left undated."""
    name = "welsh-government-response-its-title-over-its-month-each-verdict-a-response-line.txt"
    doc = shape_read(name, pdf)
    assert (doc.title, doc.date) == (
        "Welsh Government response to the Health and Social Care Committee report: Waiting times",
        "2024-06",
    )
    assert [(p.series, p.label) for p in doc.paragraphs] == [
        (series, str(n)) for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert doc.paragraphs[5].text.startswith("Reject. An independent review")
    # a bare heading's bracket, the paragraphs it cites, stays in its section (it had been dropped)
    assert doc.paragraphs[2].section == "Recommendation 2 (paragraphs 30-32)"


@pytest.mark.parametrize(
    ("name", "printed", "wrapped", "minister"),
    [
        (
            "response-answers-numbered-by-recommendation.txt",
            "Health and Social Care by Command",
            "Health and Social Care\nby Command",
            "Department of Health and Social Care",
        ),
        (
            "response-each-recommendation-citing-its-paragraph-on-a-line-of-its-own.txt",
            "Transport by Command of\nHis Majesty",
            "Transport by\nCommand of His Majesty",
            "Secretary of State for Transport",
        ),
    ],
)
def test_a_command_papers_presentation_wrapped_anywhere_names_who_answers(
    name: str, printed: str, wrapped: str, minister: str
) -> None:
    """ "Presented to Parliament by the Secretary of State for Transport by Command of His
    Majesty" wrapped before "by Command" or after "by", as a word processor's PDF may set it:
    the answers are still the department's or the minister's (they had been spoken by
    "Command of His Majesty", or by a "Secretary of State for Transport by")."""
    text = (SHAPES / name).read_text(encoding="utf-8")
    assert printed in text
    response = read_genre(text.replace(printed, wrapped), load_themes()).document
    assert {u.speaker for u in response.paragraphs if u.series != "recommendation"} == {minister}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_recommendations_unnumbered_and_unheaded_each_opening_the_committee_recommends(pdf: bool) -> None:
    """A letter's annex sets each recommendation under a topic's heading with neither number nor
    heading of its own, in the committee's words ("The Committee recommends that … (Paragraph
    41)"), over "Scottish Government response: We agree. …": each is a recommendation, counted
    in order, over its answer, the government's (the text had been seven blocks of prose, all
    the Cabinet Secretary's)."""
    doc = shape_read(
        "government-response-in-a-letters-annex-each-recommendation-unnumbered-the-committee-recommends-over-its-labelled-reply.txt",
        pdf,
    )
    assert [(u.series, u.label) for u in doc.paragraphs] == [
        (series, str(n)) for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert doc.paragraphs[0].text.endswith("(Paragraph 41)")
    assert doc.paragraphs[1].text.startswith("We agree. A review of the guidance")
    if pdf:  # no blank line under the topic's heading, none under the committee's name: seen, left
        return
    assert [(u.series, u.label, u.speaker, u.section) for u in doc.paragraphs] == [
        (series, str(n), speaker, topic)
        for n, topic in enumerate(["Availability of land", "Short-term lets", "Workforce housing"], start=1)
        for series, speaker in (
            ("recommendation", "Local Government, Housing and Planning Committee"),
            ("response", "Scottish Government"),
        )
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_responses_introduction_is_its_text_before_the_first_recommendation(pdf: bool) -> None:
    """A government response as its web page gives it ("##Introduction", "###Recommendation 1"):
    the introduction's paragraphs are the government's words before recommendation 1, under
    their heading (they had been left out as front matter, and the glued marks had made the
    contents page's "2. Recommendations and responses" a recommendation); the cover, its
    notices and the contents page above the heading stay out. The title is the page's, without
    the mark of its format, "(HTML)"."""
    doc = shape_read(
        "government-response-as-its-web-page-gives-it-its-introduction-and-headings-marked-with-hashes.txt",
        pdf,
    )
    assert doc.title == "Government response to the Transport Committee report on rural bus services"
    assert [(u.series, u.label, u.speaker, u.section) for u in doc.paragraphs[:2]] == [
        ("text", "before recommendation 1", "Government", "Introduction"),
    ] * 2
    assert doc.paragraphs[1].text.startswith("Buses are the most used form of public transport")
    assert [(u.series, u.label) for u in items_answered(doc)] == [
        (series, str(n)) for n in (1, 2, 3) for series in ("recommendation", "response")
    ]
    assert not any(
        "Crown copyright" in u.text or "Contents" in u.text or "#" in u.text for u in doc.paragraphs
    )


def test_a_councils_response_labelling_each_recommendation_before_a_typed_dash() -> None:
    """A cabinet's response labelling the panel's recommendations "R1 -- The Council should …"
    (a dash typed as two hyphens), each over "Response: Accepted. …": three recommendations,
    each answered, in the panel's and the council's voices (it had read as seven blocks of
    prose, the council's)."""
    response = shape_read("council-response-its-recommendations-labelled-r1-before-a-typed-dash.txt")
    assert [(u.series, u.label, u.speaker) for u in items_answered(response)] == _answered(
        3, "Scrutiny Panel", "Northdale Borough Council"
    )
    assert items_answered(response)[1].text.startswith("Accepted. The criteria will be rewritten")


def _answered(count: int, recommending: str, responding: str) -> list[tuple[str, str, str]]:
    """Series, label and speaker of recommendations R1 … R{count}, each over its response."""
    return [
        (series, f"R{n}", speaker)
        for n in range(1, count + 1)
        for series, speaker in (("recommendation", recommending), ("response", responding))
    ]
