"""The seed report's paragraphs come out exactly as its readers cite them."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from helpers import DATA, GENRES, HC179, HC802, SEED, SHAPES, as_pdf_text, shape_read
from hypothesis import example, given, settings
from hypothesis import strategies as st

from seminar_search.config import bundled_seeds
from seminar_search.errors import IngestError
from seminar_search.lexicon import load_themes, term_in, themes_for, words
from seminar_search.model import Document
from seminar_search.names import a_name, out_of_capitals, read_participants
from seminar_search.parsing import ingest_file, parse_text, read_genre
from seminar_search.parsing.broken_words import drop_caps_mended, line_end_hyphens_mended
from seminar_search.parsing.common import LABELLED_SPEAKER, is_heading, speaker_under
from seminar_search.parsing.layout import Line, clean_text, join_lines
from seminar_search.parsing.metadata import read_metadata
from seminar_search.parsing.pages import header_key, page_number
from seminar_search.parsing.seminar import parse_seminar
from seminar_search.parsing.seminar_layout import PARAGRAPH_START
from seminar_search.parsing.spacing import single_spaced
from seminar_search.present import participants_present
from seminar_search.sources import read_source

GOLDEN = json.loads((DATA / "seed-paragraphs.json").read_text(encoding="utf-8"))


def eval_words(text: str) -> list[str]:
    """Words as the evaluation data counts them: lower-cased runs of ASCII letters and digits."""
    return re.findall(r"[a-z0-9]+", text.lower())


@pytest.fixture(scope="module")
def seed() -> Document:
    return ingest_file(SEED)


def test_the_bundled_seed_is_the_projects_copy() -> None:
    assert [p.read_bytes() for p in bundled_seeds()] == [SEED.read_bytes()]


def test_seed_has_its_52_paragraphs_in_its_own_numbering(seed: Document) -> None:
    assert [p.number for p in seed.paragraphs] == list(range(1, 53))
    assert seed.warnings == []


@pytest.mark.parametrize("expected", GOLDEN, ids=lambda g: f"para{g['number']}")
def test_every_seed_paragraph_matches_the_golden_data(seed: Document, expected: dict) -> None:
    paragraph = seed.paragraphs[expected["number"] - 1]
    found = eval_words(paragraph.text)
    assert paragraph.number == expected["number"]
    assert paragraph.speaker == expected["speaker"]
    assert paragraph.section == expected["section"]
    assert paragraph.page == expected["page"]
    assert " ".join(found[:6]) == expected["first"]
    assert " ".join(found[-6:]) == expected["last"]
    assert len(found) == expected["nwords"]
    assert paragraph.text.count("\n- ") == expected["bullets"]
    marks = [f.mark for f in paragraph.footnotes]
    assert marks == ([str(expected["footnote"])] if expected["footnote"] else [])
    assert paragraph.themes, "every paragraph has at least one theme"


SEED_NUMBERED_OTHERWISE = {  # how other publishers print a paragraph's number
    "1) …": r"\1) ",
    "(1) …": r"(\1) ",
    "1 …": r"\1 ",
    "1 over its text": "\\1\n",
    "1 over a blank line": "\\1\n\n",
    "1. over its text": "\\1.\n",
}
SEED_PRINTED_OTHERWISE = {  # as other tools write it out
    **{
        f"numbered {shape}": lambda text, number=number: re.sub(r"(?m)^(\d{1,2})\.\s+", number, text)
        for shape, number in SEED_NUMBERED_OTHERWISE.items()
    },
    **{
        f"bulleted {bullet}": lambda text, bullet=bullet: re.sub(r"(?m)^(\s*)- ", rf"\1{bullet} ", text)
        for bullet in "•*o●▪"
    },
    "no-break spaces": lambda text: text.replace(" ", "\u00a0", 300),
    "typeset, its ligatures and soft hyphens kept": lambda text: (
        text.replace("fi", "ﬁ").replace("fl", "ﬂ").replace("tion", "ti\u00adon")
    ),
    "each speaker's name over their post": lambda text: re.sub(
        r"(?m)^((?:Lord|Sir) \w+ \w+), ((?:Director|Chair), .*)$", "\\1\\n\\2", text
    ),
}
SEED_SPEAKERS_HEADED_OTHERWISE = {  # the headings over the keynotes: the sections are as printed
    "by name alone": lambda text: re.sub(
        r"(?m)^((?:Lord|Sir) \w+ \w+), (?:Director|Chair), .*$", r"\1", text
    ),
    "in capitals": lambda text: re.sub(
        r"(?m)^((?:Lord|Sir) \w+ \w+)(?=, (?:Director|Chair), )", lambda name: name[1].upper(), text
    ),
}


@pytest.mark.parametrize("printing", SEED_PRINTED_OTHERWISE)
def test_the_seed_printed_otherwise_reads_as_the_seed(seed: Document, printing: str) -> None:
    """The seed with its paragraphs numbered "1)", "(1)", "1 This …" or by a number alone on
    its line, its bullets "•", "*" or Word's "o", its spaces no-break, its "fi" a ligature: the
    same 52 paragraphs, speakers, sections, pages and notes (numbered otherwise, it had been
    read as a numbered report, every speaker its title, and "1)" had stopped at paragraph 15,
    whose text opens in italics; "*" and "o" had run into the paragraph's text; a no-break space
    had stayed in a section's name, which a filter typed with a space could not match, and a
    word set with a ligature, "ﬁnancial", could not be found by "financial")."""
    printed = SEED_PRINTED_OTHERWISE[printing](SEED.read_text(encoding="utf-8"))
    reprinted = read_genre(printed, load_themes()).document

    def reading(doc: Document) -> list[tuple[object, ...]]:
        return [(u.label, u.speaker, u.section, u.page, u.text, u.footnotes) for u in doc.paragraphs]

    assert reading(reprinted) == reading(seed)
    assert (reprinted.title, reprinted.participants) == (seed.title, seed.participants)


@pytest.mark.parametrize(
    "path",
    [
        SEED,
        HC179,
        HC802,
        GENRES / "hc245-oral-evidence-2014-06-18.txt",
        GENRES / "gov-response-hl190-space-economy.txt",
    ],
    ids=lambda path: path.stem[:20],
)
def test_a_report_saved_with_a_blank_line_after_every_line_reads_as_printed(path: Path) -> None:
    """Line ends written "\\r\\r\\n" (a program writing Windows' line ends through a file
    that adds its own) part every line from the next by a blank line, a paragraph's wrapped
    lines too: the report reads as printed (a transcript's witnesses had lost their roles, a
    committee report its notes, a response its recommendations' authors)."""
    printed = path.read_text(encoding="utf-8")
    spaced = printed.replace("\n", "\r\r\n")

    def reading(document: Document) -> list[tuple[object, ...]]:
        return [
            (u.series, u.label, u.speaker, u.section, u.page, u.text, u.footnotes)
            for u in document.paragraphs
        ]

    assert reading(read_genre(spaced, load_themes()).document) == reading(ingest_file(path))


def test_only_a_text_with_a_blank_line_after_every_line_loses_a_blank_line_in_each_run() -> None:
    """A text whose every paragraph is one line, blank lines between (a web page's), has no two
    lines of text together either, but no blank line runs on into a sentence's middle: it
    stays as it is. Wrapped, then saved with a blank line after every line, it comes back."""
    paragraphs = [f"{n}. The council agreed item {n} after a short debate, and moved on." for n in range(30)]
    one_line_each = "\n\n".join(["Minutes of the meeting", *paragraphs])
    assert single_spaced(one_line_each) == one_line_each
    wrapped = one_line_each.replace("after a ", "after a\n")
    assert single_spaced(wrapped) == wrapped
    assert single_spaced(wrapped.replace("\n", "\n\n")) == wrapped


WORDS = st.text(alphabet="abcdefghij ABC.,", min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=4), min_size=2, max_size=12))
def test_a_text_saved_with_a_blank_line_after_every_line_comes_back(paragraphs: list[list[str]]) -> None:
    """Paragraphs of wrapped lines, a blank line between them: saved with a blank line after
    every line, they come back as they were; as they were, they stay so when any paragraph
    has two lines."""
    text = "\n\n".join("\n".join(lines) for lines in paragraphs)
    assert single_spaced(text.replace("\n", "\n\n")) == text
    if any(len(lines) > 1 for lines in paragraphs):
        assert single_spaced(text) == text


@pytest.mark.parametrize("heading", SEED_SPEAKERS_HEADED_OTHERWISE)
def test_the_seed_with_its_keynotes_headed_otherwise_keeps_its_speakers(seed: Document, heading: str) -> None:
    """A keynote speaker's heading that names them alone ("Sir Andrew Foster") or in capitals
    ("SIR ANDREW FOSTER, Chair, …"): their paragraphs are theirs, as they are written (the
    first had been the introduction's, the second "SIR ANDREW FOSTER"'s)."""
    printed = SEED_SPEAKERS_HEADED_OTHERWISE[heading](SEED.read_text(encoding="utf-8"))
    assert printed != SEED.read_text(encoding="utf-8")
    reprinted = read_genre(printed, load_themes()).document
    assert [(u.label, u.speaker, u.text) for u in reprinted.paragraphs] == [
        (u.label, u.speaker, u.text) for u in seed.paragraphs
    ]


@pytest.mark.parametrize(
    "heading",
    ["Summary of discussion", "Key points from the discussion", "Roundtable discussion", "Plenary session"],
)
def test_the_seed_with_its_discussion_headed_otherwise_keeps_its_speakers(
    seed: Document, heading: str
) -> None:
    """The open discussion headed as other write-ups head it: its paragraphs are the floor's,
    and the report still a seminar's (it had been read as a numbered report, every paragraph
    its title's, the keynotes' too)."""
    printed = re.sub(r"(?m)^Discussion$", heading, SEED.read_text(encoding="utf-8"))
    reprinted = read_genre(printed, load_themes()).document
    assert [(u.label, u.speaker, u.text) for u in reprinted.paragraphs] == [
        (u.label, u.speaker, u.text) for u in seed.paragraphs
    ]


def test_no_page_furniture_or_signature_leaks_into_text(seed: Document) -> None:
    for paragraph in seed.paragraphs:
        assert "Policy Seminar One" not in paragraph.text
        assert "Changing public services – Changing professional practices" not in paragraph.text
        assert "Caroline Mager" not in paragraph.text
        assert "Available here" not in paragraph.text
        assert not re.search(r"[¹²³*]", paragraph.text)


def test_footnotes_carry_their_text_and_url(seed: Document) -> None:
    note = seed.paragraphs[15].footnotes[0]
    assert note.text.startswith("Available here")
    assert note.url == "http://www.2020publicservicetrust.org/publications/item.asp?d=2116"
    assert seed.paragraphs[44].footnotes[0].url.startswith("http://www.lsis.org.uk/")


def test_paragraph_17_keeps_its_four_bullets_across_the_page_break(seed: Document) -> None:
    text = seed.paragraphs[16].text
    assert text.count("\n- ") == 4
    assert text.endswith("- the implications of localism.")


def test_discussion_paragraphs_carry_their_sub_heading_as_a_theme(seed: Document) -> None:
    assert seed.paragraphs[49].themes[0] == "The third Sector"
    assert "Third sector" in seed.paragraphs[49].themes
    assert seed.paragraphs[41].themes[0] == "Leading efficiency, innovation and risk"


def test_metadata_comes_from_the_opening_lines_and_the_signature(seed: Document) -> None:
    assert seed.id == "policy-seminar-one-2010-05-18"
    assert seed.title == "Changing public services – Changing professional practices"
    assert (seed.event, seed.date) == ("Policy Seminar One", "2010-05-18")
    assert seed.subtitle == "Understanding the direction of change"
    assert (seed.author, seed.organisation) == ("Caroline Mager", "LSIS")
    assert seed.author_role == "Executive Director - Policy, Research and Strategic Intelligence"


def test_participants_are_structured(seed: Document) -> None:
    people = seed.participants
    assert len(people) == 32
    assert all(p.name != "Name" for p in people)
    assert [p.name for p in people if p.role == "chair"] == ["Polly Toynbee"]
    assert [p.name for p in people if p.role == "keynote"] == ["Lord Michael Bichard", "Sir Andrew Foster"]
    bichard = people[1]
    assert (bichard.title, bichard.organisation) == ("Executive Director", "Institute for Government")
    assert people[-1].organisation == "Training 2000 Ltd & LSIS Council Member"


def test_a_participants_table_of_two_columns_is_names_and_organisations() -> None:
    """A table's rows, cells apart by tabs: the name, then where they are from (or their post
    there, given with a dash or a comma); a role in brackets after the row, or after the name
    (it had been part of the name); no header row. A list's "Name – Organisation" reads alike
    (it had been one name)."""
    rows = ["Name\tOrganisation", "Jane Cole\tAge UK (Chair)", "Sam Patel\tDirector - Kent County Council"]
    assert [(p.name, p.title, p.organisation, p.role) for p in read_participants(rows)] == [
        ("Jane Cole", "", "Age UK", "chair"),
        ("Sam Patel", "Director", "Kent County Council", "participant"),
    ]
    chair = read_participants(
        ["Cllr Helen Ward (Chair), Northshire County Council", "Ann Lee, Director, Age UK"]
    )
    assert [(p.name, p.organisation, p.role) for p in chair] == [  # the role between name and body
        ("Cllr Helen Ward", "Northshire County Council", "chair"),
        ("Ann Lee", "Age UK", "participant"),
    ]
    listed = read_participants(["Dr Tom Hart – Care & Repair England", "Priya Shah, Policy Adviser"])
    assert [(p.name, p.title, p.organisation) for p in listed] == [
        ("Dr Tom Hart", "", "Care & Repair England"),
        ("Priya Shah", "Policy Adviser", ""),
    ]


def test_a_lone_part_after_a_name_is_a_body_when_it_says_so_by_initials_or_the() -> None:
    """ "Sarah McClinton, ADASS" and "Sally Warren, The King's Fund" had read their bodies as
    posts; a post's initials ("CEO") and letters after a name stay posts."""
    listed = read_participants(
        [
            "Sarah McClinton, ADASS",
            "Sally Warren, The King's Fund",
            "Ann Lee, CEO",
            "Dr Raj Gill, Head of Policy",
        ]
    )
    assert [(p.title, p.organisation) for p in listed] == [
        ("", "ADASS"),
        ("", "The King's Fund"),
        ("CEO", ""),
        ("Head of Policy", ""),
    ]


def test_a_tables_header_row_as_a_pdf_spaces_it_and_someone_listed_twice_are_no_more_participants() -> None:
    """A header row whose cells a PDF's text parts by spaces ("Name    Title   Organisation") is
    no one (it had been a participant, twice in the seed printed to PDF); a chair listed over
    each of two sessions is one participant."""
    rows = [
        "Chair:",
        "Ann Lo, Editor, The MJ",
        "Name    Title   Organisation",
        "Chair:",
        "Ann Lo, Editor, The MJ",
    ]
    assert [(p.name, p.title, p.organisation, p.role) for p in read_participants(rows)] == [
        ("Ann Lo", "Editor", "The MJ", "chair")
    ]


@pytest.mark.parametrize("label", ["Chair:", "Chaired by:", "Moderator:", "Facilitator:"])
def test_a_label_over_who_chaired_makes_them_the_chair(label: str) -> None:
    listed = read_participants([label, "Dr Ann Lo, Director", "Speakers:", "Sam Patel, Adviser"])
    assert [(p.name, p.role) for p in listed] == [("Dr Ann Lo", "chair"), ("Sam Patel", "participant")]


# -- each rule on a small text -------------------------------------------------------------

REPORT = """Annual Report – Changing Things

Policy Seminar Two – 3 June 2011

A subtitle here

Seminar report

1. Opening words.
2. Words with bullets:
 - first bullet;
- second bullet.

Keynote presentations

Jane Q Public, Director, Some Institute

3. She said things¹.

¹ See <https://example.org/x>

Annual Report – Changing Things

Policy Seminar Two – 3 June 2011

4. More *italic* things.

Discussion

5. Everyone talked.

Money matters

6. About money and charities.

Ann Author
Head of Things
ORG

Seminar participants

Seminar Chair:

Sam Chair, Chair & Writer

Name\tTitle\tOrganisation
Al Person\tBoss\tPlace Ltd
"""


@pytest.fixture(scope="module")
def small() -> Document:
    return parse_seminar(REPORT, load_themes()).document


def test_who_a_minute_lists_as_present_on_one_line_are_its_participants() -> None:
    """ "Present:" and "In attendance:" lists, wrapped, entries apart by commas or semicolons,
    posts in brackets or after a comma, "(in the Chair)" the chair; "Councillors A Jones, M
    Smith and T Wu" three councillors; "Apologies:" names no one who was there."""
    texts = [
        "Minutes of the Board, 6 March 2025",
        "Present: Jane Fielding (Chair), Dr Omar Siddiqui (Chief Executive), Ruth Akers (Director of",
        "Finance and Estates) and Cath Ng",
        "Apologies: Dr Lena Wright (Medical Director)",
        "",
        "In attendance: Councillor R Patel (Leader) (in the Chair); Councillors A Jones, M Smith and T Wu;",
        "Sarah Hill, Chief Executive, Westshire Council; Dr Ann Lee (Director of Finance and Estates)",
    ]
    assert [(p.name, p.title, p.organisation, p.role) for p in participants_present(texts)] == [
        ("Jane Fielding", "", "", "chair"),
        ("Dr Omar Siddiqui", "Chief Executive", "", "participant"),
        ("Ruth Akers", "Director of Finance and Estates", "", "participant"),
        ("Cath Ng", "", "", "participant"),
        ("Councillor R Patel", "Leader", "", "chair"),
        ("Councillor A Jones", "", "", "participant"),
        ("Councillor M Smith", "", "", "participant"),
        ("Councillor T Wu", "", "", "participant"),
        ("Sarah Hill", "Chief Executive", "Westshire Council", "participant"),
        ("Dr Ann Lee", "Director of Finance and Estates", "", "participant"),
    ]
    assert participants_present(["Apologies: Dr Lena Wright", "Present at the launch were many."]) == []


def test_a_present_list_apart_by_commas_alone_keeps_plural_titles_and_posts_with_their_people() -> None:
    """With no semicolons, "Councillors A Jones (Chair), M Smith and T Wu" are three
    councillors (the title had stayed on the first, the others had none) and a post or body
    after a comma is the person's before it ("Dr Kate Lyle, Medical Director, Northshire NHS
    Trust" had been three people); a name opening with a title that is also a post's word
    ("Professor Alan Brett") is still a person."""
    texts = [
        "Present: Councillors A Jones (Chair), M Smith and T Wu, Professor Alan Brett",
        "Also present: Dr Kate Lyle, Medical Director, Northshire NHS Trust, and Tom Kerr",
    ]
    assert [(p.name, p.title, p.organisation, p.role) for p in participants_present(texts)] == [
        ("Councillor A Jones", "", "", "chair"),
        ("Councillor M Smith", "", "", "participant"),
        ("Councillor T Wu", "", "", "participant"),
        ("Professor Alan Brett", "", "", "participant"),
        ("Dr Kate Lyle", "Medical Director", "Northshire NHS Trust", "participant"),
        ("Tom Kerr", "", "", "participant"),
    ]


NAMES = st.lists(
    st.tuples(
        st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True),
        st.sampled_from(["", "Chair", "Treasurer", "Director of Finance, Acme Ltd", "Head of Policy"]),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda entry: entry[0],
)


@given(NAMES, st.sampled_from([", ", "; "]), st.integers(min_value=30, max_value=120))
@settings(max_examples=60, deadline=None)
def test_every_name_a_present_list_gives_is_one_participant(
    listed: list[tuple[str, str]], separator: str, width: int
) -> None:
    """However the list is wrapped and whichever separator it uses, each name is one
    participant, in order, with its post; the chair is the one marked so."""
    entries = [f"{name} ({post})" if post else name for name, post in listed]
    lines = textwrap.wrap("Present: " + separator.join(entries), width, break_long_words=False)
    found = participants_present(["Minutes", *lines, "", "1. Welcome"])
    assert [p.name for p in found] == [name for name, _post in listed]
    assert [p.role == "chair" for p in found] == [post == "Chair" for _name, post in listed]
    posts = [", ".join(part for part in (p.title, p.organisation) if part) for p in found]
    assert posts == [post if post != "Chair" else "" for _name, post in listed]


def test_rule_numbers_are_the_reports_own(small: Document) -> None:
    assert [p.number for p in small.paragraphs] == [1, 2, 3, 4, 5, 6]


def test_rule_bullets_belong_to_the_paragraph_above(small: Document) -> None:
    assert small.paragraphs[1].text == "Words with bullets:\n- first bullet;\n- second bullet."


def test_rule_running_headers_mark_pages_and_vanish(small: Document) -> None:
    assert [p.page for p in small.paragraphs] == [1, 1, 1, 2, 2, 2]
    assert "Annual Report" not in small.paragraphs[3].text


def test_rule_footnotes_attach_to_the_paragraph_with_their_mark(small: Document) -> None:
    assert small.paragraphs[2].text == "She said things."
    assert [(f.mark, f.url) for f in small.paragraphs[2].footnotes] == [("1", "https://example.org/x")]


def test_rule_italic_marks_are_dropped(small: Document) -> None:
    assert small.paragraphs[3].text == "More italic things."


def test_rule_sections_speakers_and_themes(small: Document) -> None:
    by_number = {p.number: p for p in small.paragraphs}
    assert by_number[1].speaker == "Introduction" and by_number[1].section == "Seminar report"
    assert by_number[3].speaker == "Jane Q Public"
    assert by_number[3].section == "Jane Q Public, Director, Some Institute"
    assert by_number[5].speaker == "Discussion" and by_number[5].section == "Discussion"
    assert by_number[6].section == "Money matters"
    assert by_number[6].themes[:2] == ["Money matters", "Third sector"]


def test_rule_signature_and_metadata(small: Document) -> None:
    assert small.paragraphs[-1].text == "About money and charities."
    assert (small.author, small.author_role, small.organisation) == ("Ann Author", "Head of Things", "ORG")
    assert (small.event, small.date, small.subtitle) == (
        "Policy Seminar Two",
        "2011-06-03",
        "A subtitle here",
    )


def test_rule_participants(small: Document) -> None:
    assert [(p.name, p.role) for p in small.participants] == [
        ("Sam Chair", "chair"),
        ("Al Person", "participant"),
    ]


def as_a_pdfs_text(text: str) -> str:
    """The seed as a PDF's text comes out: no blank lines, and each page after the first
    opening with a page break and its number above the running header."""
    printed = [line for line in text.splitlines() if line.strip()]
    lines, page = [printed[0]], 1
    for line in printed[1:]:
        if line == printed[0]:  # the title, as the running header
            page += 1
            lines.append(f"\f{page}")
        lines.append(line)
    return "\n".join(lines)


def units_of(doc: Document) -> list[tuple[object, ...]]:
    return [
        (p.label, p.text, p.speaker, p.section, p.page, [(f.mark, f.text) for f in p.footnotes], p.themes)
        for p in doc.paragraphs
    ]


@pytest.mark.parametrize("marks", ["superscript", "plain digits"])
def test_the_seed_as_a_pdfs_text_reads_as_the_seed(seed: Document, marks: str) -> None:
    """Without the blank lines that part its blocks, headings are still headings (not the end
    of the paragraph above), page numbers are no text, and page breaks count the pages; note
    marks and numbers in plain digits ("Services1,", "1 Available here") are still notes."""
    text = SEED.read_text(encoding="utf-8")
    if marks == "plain digits":
        text = text.translate(str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789"))
    pdf_like = parse_seminar(as_a_pdfs_text(text), load_themes()).document
    assert units_of(pdf_like) == units_of(seed)
    assert (pdf_like.title, pdf_like.event, pdf_like.author) == (seed.title, seed.event, seed.author)
    assert pdf_like.participants == seed.participants


@pytest.mark.parametrize("width", [45, 50, 60, 65, 70])
def test_the_seed_in_a_narrow_column_reads_as_the_seed(seed: Document, width: int) -> None:
    """As a PDF set in narrow columns gives it (the running header across the page): a
    speaker's heading that fills its line ("Sir Andrew Foster, Chair, Commission on 2020
    Public Services") or runs onto the next ("Lord Michael Bichard, Director, The Institute"
    over "for Government"), or a topic's longer than most of a line, is still the heading
    over the paragraphs below, not the end of the paragraph above. Up to forty paragraphs had
    been the wrong speaker's or under the wrong heading."""
    text = SEED.read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.strip())
    wrapped = "\n".join(
        part
        for line in text.splitlines()
        for part in ([line] if line == header else textwrap.wrap(line, width, break_on_hyphens=False) or [""])
    )
    narrow = parse_seminar(as_a_pdfs_text(wrapped), load_themes()).document

    def read(doc: Document) -> list[tuple[object, ...]]:
        return [(p.label, " ".join(p.text.split()), p.speaker, p.section, p.themes) for p in doc.paragraphs]

    assert read(narrow) == read(seed)


def test_unnumbered_text_under_a_heading_is_kept_as_the_speakers_own(seed: Document) -> None:
    """A sentence under "Keynote presentations", before the first keynote's heading, is text
    after paragraph 3, in no numbered paragraph and not the signatory's (it had been dropped)."""
    said = "The keynotes were given in the main hall, each followed by questions from the floor."
    text = SEED.read_text(encoding="utf-8").replace(
        "Keynote presentations\n\nLord Michael", f"Keynote presentations\n\n{said}\n\nLord Michael"
    )
    kept = parse_seminar(text, load_themes()).document
    assert units_of(kept)[:3] == units_of(seed)[:3] and units_of(kept)[4:] == units_of(seed)[3:]
    unnumbered = kept.paragraphs[3]
    assert (unnumbered.series, unnumbered.label, unnumbered.text) == ("text", "3", said)
    assert (unnumbered.section, unnumbered.speaker) == ("Keynote presentations", "Introduction")


def test_closing_text_after_the_last_paragraph_is_kept_and_signed(seed: Document) -> None:
    """A "Next steps" heading and two unnumbered paragraphs between paragraph 52 and the
    signature are text after paragraph 52, the signatory's; one of them naming the seminar's
    "participants" is no heading over the participants list, which is read as before."""
    text = SEED.read_text(encoding="utf-8").replace(
        "return to work.\n\nCaroline Mager",
        "return to work.\n\nNext steps\n\n"
        "LSIS will publish a summary of the series in the autumn, and will invite participants to\n"
        "contribute case studies.\n\nThe next seminar, on 14 July, will look at commissioning.\n\n"
        "Caroline Mager",
    )
    closed = parse_seminar(text, load_themes()).document
    assert units_of(closed)[:52] == units_of(seed)
    assert [(p.series, p.label, p.section, p.speaker) for p in closed.paragraphs[52:]] == [
        ("text", "52", "Next steps", "Caroline Mager"),
        ("text", "52", "Next steps", "Caroline Mager"),
    ]
    assert closed.paragraphs[53].text == "The next seminar, on 14 July, will look at commissioning."
    assert (closed.author, closed.participants, closed.warnings) == (seed.author, seed.participants, [])


def test_the_seed_printed_to_pdf_reads_as_the_seed(seed: Document) -> None:
    """The seed printed with reportlab: wrapped at the page's width, a running header and a
    page number on each page, blank lines gone. Its pages are not the seed's, nor is its
    participants table (a PDF's text has no tabs); every paragraph's words are."""
    printed = ingest_file(DATA / "shapes" / "seed-printed-to-pdf.pdf")

    def read(doc: Document) -> list[tuple[object, ...]]:
        return [
            (p.label, " ".join(p.text.split()), p.speaker, p.section, [f.mark for f in p.footnotes], p.themes)
            for p in doc.paragraphs
        ]

    assert read(printed) == read(seed)


ROUNDTABLE = """Housing Futures Network

Roundtable Two

Held on Wednesday 4 March 2011

Note of proceedings

1. The chair welcomed everyone.

Keynote: Dame Ann Smith, Chief Executive

2. She spoke.

Housing Futures Network · Roundtable Two

3. She spoke again.

Discussion

4. Everyone talked.

Attendees

Dame Ann Smith, Chief Executive, Smith Trust
Tom Baker, Director, Retirement Homes Ltd
"""


@pytest.fixture(scope="module")
def roundtable() -> Document:
    return parse_seminar(ROUNDTABLE, load_themes()).document


def test_rule_a_line_that_only_dates_leaves_the_event_to_the_line_above(roundtable: Document) -> None:
    assert (roundtable.event, roundtable.date) == ("Roundtable Two", "2011-03-04")


@pytest.mark.parametrize(
    ("dated", "event"),
    [
        ("Policy Seminar One – 18 May 2010", "Policy Seminar One"),
        ("Roundtable – 18 May 2010", "Roundtable"),
        ("18 May 2010 – Policy Seminar One", "Policy Seminar One"),
        ("Date: 18 May 2010", "The Event"),
        ("Meeting held on Tuesday 18 May 2010", "The Event"),
        ("18 May 2010", "The Event"),
    ],
)
def test_the_event_is_what_the_dated_line_names_else_the_line_above(dated: str, event: str) -> None:
    lines = ["The Title", "The Event", dated, "Heading", "1. Text."]
    assert read_metadata(lines, 4).event == event


def test_an_event_line_opening_the_cover_dates_it_and_the_line_after_titles_it() -> None:
    """ "Policy Seminar Four – 9 February 2011" first, the series' title under it: the report
    is dated and titled as the seed, whose lines stand the other way about, is (it had been
    undated, titled by its event line)."""
    lines = [
        "Policy Seminar Four – 9 February 2011",
        "Changing public services",
        "Leadership in a time of cuts",
    ]
    meta = read_metadata([*lines, "Seminar report", "1. Text."], 4)
    assert (meta.title, meta.event, meta.date, meta.subtitle) == (
        "Changing public services",
        "Policy Seminar Four",
        "2011-02-09",
        "Leadership in a time of cuts",
    )


def test_rule_a_keynote_heading_names_its_speaker(roundtable: Document) -> None:
    assert [p.speaker for p in roundtable.paragraphs] == [
        "Introduction",
        "Dame Ann Smith",
        "Dame Ann Smith",
        "Discussion",
    ]
    assert [(p.name, p.title, p.organisation, p.role) for p in roundtable.participants] == [
        ("Dame Ann Smith", "Chief Executive", "Smith Trust", "keynote"),
        ("Tom Baker", "Director", "Retirement Homes Ltd", "participant"),
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Keynote Address: Rt Hon Greg Clark MP", "Rt Hon Greg Clark MP"),
        ("Keynote address – Professor Jo Lee, University of Leeds", "Professor Jo Lee"),
        ("Presentation by Sir John Smith (Cabinet Office)", "Sir John Smith"),
        ("Keynote speech: The future of localism", None),
        ("Keynote presentations", None),
    ],
)
def test_a_keynote_heading_names_a_speaker_only_with_a_name(heading: str, name: str | None) -> None:
    found = LABELLED_SPEAKER.match(heading)
    assert (found and found["name"]) == name


@pytest.mark.parametrize(
    ("entry", "named"),
    [
        ("Professor Alan Reid", True),
        ("PROFESSOR ALAN REID", True),
        ("LORD SMITH OF LEIGH", True),
        ("THE RT HON HELEN MARSH MP", True),
        ("The funding gap in context", False),
        ("THE FUNDING GAP IN CONTEXT", False),
        ("WHAT WOULD A SETTLEMENT LOOK LIKE?", False),
        ("SKILLS FOR A CHANGING ECONOMY", False),
        ("2. SUMMARY OF RECOMMENDATIONS", False),
    ],
)
def test_an_entry_in_capitals_is_a_name_only_without_a_titles_small_words(entry: str, named: bool) -> None:
    """ "KEYNOTE: THE FUNDING GAP IN CONTEXT" heads the keynote's part, as "Keynote: The funding gap
    in context" does (in capitals, every word had looked a name's, and the heading a field)."""
    assert a_name(entry) is named


def test_rule_a_running_header_of_title_and_event_on_one_line_vanishes(roundtable: Document) -> None:
    assert [p.page for p in roundtable.paragraphs] == [1, 1, 2, 2]
    assert roundtable.paragraphs[1].text == "She spoke."


BRACKETED_NOTES = """Leading Public Services

Policy Seminar Four – 9 November 2011

Seminar report

1. The seminar looked at collaboration after the spending review[1].

Keynote presentations

Dr Helen Price, Chief Executive, Northshire Council

2. Dr Price described how budgets were pooled[2], as table [4] of the pilot's report shows.

Discussion

3. Participants agreed.

[1] HM Treasury, Spending Review 2010, Cm 7942.
[2] Northshire Council, Skills Pooling Pilot, 2011.
"""


def test_rule_bracketed_endnotes_attach_to_the_paragraphs_that_mark_them() -> None:
    doc = parse_seminar(BRACKETED_NOTES, load_themes()).document
    first, second, third = doc.paragraphs
    assert first.text == "The seminar looked at collaboration after the spending review."
    assert [(f.mark, f.text) for f in first.footnotes] == [
        ("1", "HM Treasury, Spending Review 2010, Cm 7942.")
    ]
    assert (
        second.text == "Dr Price described how budgets were pooled, as table [4] of the pilot's report shows."
    )
    assert [f.mark for f in second.footnotes] == ["2"]
    assert third.text == "Participants agreed." and not third.footnotes


SPEAKER_VARIANTS = """Skills for the Future

Policy Seminar Two – 14 October 2012

Seminar report

1. The second seminar in the series considered how colleges can plan for skills needs a decade ahead.

Keynote presentations

Professor Jane Smith (University of Bath)

2. Professor Smith argued that labour market forecasts beyond five years are rarely reliable.

3. She suggested colleges build flexible provision instead.

Tom Jones – Chief Executive, Skills North

4. Mr Jones described how employers in the north east co-design courses with two colleges.

Discussion

5. Participants agreed that employer engagement is uneven across sectors.
"""


def test_rule_keynote_speakers_are_named_with_a_comma_a_dash_or_a_bracket() -> None:
    doc = parse_seminar(SPEAKER_VARIANTS, load_themes()).document
    assert [(p.number, p.speaker) for p in doc.paragraphs] == [
        (1, "Introduction"),
        (2, "Professor Jane Smith"),
        (3, "Professor Jane Smith"),
        (4, "Tom Jones"),
        (5, "Discussion"),
    ]


SESSIONS = """Future of Further Education

Policy Seminar Three – 2 March 2011

Seminar report

1. The third seminar looked at how colleges govern themselves in a time of cuts.

Session 1: Keynote presentations

Keynote 1: Professor Ewart Keep, University of Cardiff

2. Professor Keep warned that colleges would face a decade of real-terms cuts.

Keynote 2 – Dame Ruth Silver, Chair, LSIS Board

3. Dame Ruth argued that governors must own the college's strategy.

Session 2: Panel discussion

4. Panellists agreed that governance reviews should be more frequent.

Session 3 – Questions and answers

5. Questions from the floor focused on the role of students on boards.
"""


def test_rule_headings_labelled_by_session_or_number_still_name_the_floor_and_the_keynotes() -> None:
    """ "Session 2: Panel discussion" is the open floor; "Keynote 1: Professor Ewart Keep, ..."
    and "Keynote 2 – Dame Ruth Silver, ..." name their speakers."""
    doc = parse_seminar(SESSIONS, load_themes()).document
    assert [(p.number, p.speaker) for p in doc.paragraphs] == [
        (1, "Introduction"),
        (2, "Professor Ewart Keep"),
        (3, "Dame Ruth Silver"),
        (4, "Discussion"),
        (5, "Discussion"),
    ]


def test_numbering_gaps_and_repeats_are_warned_about_and_kept() -> None:
    document = parse_seminar("Title\n\n1. One.\n3. Three.\n3. Again.\n", load_themes()).document
    assert [p.number for p in document.paragraphs] == [1, 3, 3]
    assert "numbering jumps from 1 to 3 (no paragraph 2)" in document.warnings
    assert "paragraph 3 is numbered twice" in document.warnings


def test_a_user_theme_lexicon_replaces_the_bundled_one(tmp_path: Path) -> None:
    lexicon = tmp_path / "themes.txt"
    lexicon.write_text("Money: money, fund*\n", encoding="utf-8")
    document = parse_seminar("T\n\n1. Funding and money.\n2. Nothing here.\n", load_themes(lexicon)).document
    assert document.paragraphs[0].themes == ["Money"]
    assert document.paragraphs[1].themes == ["General"]


# -- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_bad_files_are_named_errors(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=problem) as caught:
        ingest_file(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_a_named_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        ingest_file(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("cover_lines", "title", "author"),
    [
        (
            ["Northshire Youth Panel", "Report on the consultation on youth services"],
            "Report on the consultation on youth services",
            "Northshire Youth Panel",
        ),
        (
            ["Eastshire Safeguarding Partnership", "Learning review: the flood of November 2023"],
            "Learning review: the flood of November 2023",
            "Eastshire Safeguarding Partnership",
        ),
        (
            ["Centre for Local Futures", "Learning review: the response to flooding, November 2023"],
            "Learning review: the response to flooding, November 2023",
            "Centre for Local Futures",
        ),
    ],
)
def test_a_cover_names_its_organisation_above_its_title(
    tmp_path: Path, cover_lines: list[str], title: str, author: str
) -> None:
    """The body that issues a paper (a panel, a partnership, a centre) printed over its title,
    and a title that ends in the month it is about: each read as what it is."""
    path = tmp_path / "paper.txt"
    body = "\n\n".join(
        f"{n}. The panel heard from {n * 10} young people about the service." for n in (1, 2, 3)
    )
    path.write_text("\n\n".join([*cover_lines, "Published 9 April 2024", body]) + "\n", encoding="utf-8")
    document = parse_text(read_source(path), load_themes())
    assert (document.title, document.author) == (title, author)


def test_cp1252_text_is_read_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Title\n\n1. Caf\u00e9 \u2013 society.\n".encode("cp1252"))
    document = parse_text(read_source(path), load_themes())
    assert document.paragraphs[0].text == "Caf\u00e9 \u2013 society."
    assert document.warnings[0].startswith("not UTF-8: read as cp1252")


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_unix_ones(line_end: str) -> None:
    """Windows ends its lines with CR LF, old Macs with CR alone: the same units either way (a
    line of dots left to sign had stayed in a minute's text; with CR alone the whole record
    had been one block)."""
    for shape in (
        "board-minutes-under-minute-references",
        "event-transcript-speakers-in-capitals-on-lines-of-their-own",
    ):
        text = (DATA / "shapes" / f"{shape}.txt").read_text(encoding="utf-8")
        unix, other = (read_genre(t, load_themes()).document for t in (text, text.replace("\n", line_end)))
        assert [(u.label, u.speaker, u.text) for u in other.paragraphs] == [
            (u.label, u.speaker, u.text) for u in unix.paragraphs
        ]
        assert (other.title, other.date) == (unix.title, unix.date)


def test_text_saved_as_utf16_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Notepad's "Unicode" is UTF-16 with a byte order mark: read as it (it had been refused as
    "a binary file"); bytes that mark themselves so but do not decode are named for that."""
    path = tmp_path / "unicode.txt"
    path.write_bytes("Title\n\n1. Caf\u00e9 \u2013 society.\n".encode("utf-16"))
    document = parse_text(read_source(path), load_themes())
    assert document.paragraphs[0].text == "Caf\u00e9 \u2013 society."
    assert not document.warnings
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00\xd8")
    with pytest.raises(IngestError, match="marked as UTF-16 text but not decodable"):
        read_source(broken)


# -- properties ----------------------------------------------------------------------------

line = st.one_of(
    st.text(max_size=80),
    st.builds(lambda n, t: f"{n}. {t}", st.integers(1, 999), st.text(min_size=1, max_size=60)),
    st.builds(lambda t: f" - {t}", st.text(max_size=40)),
    st.sampled_from(["", "Discussion", "Keynote presentations", "¹ a note", "Seminar participants"]),
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_the_parser_never_raises_on_arbitrary_text(text: str) -> None:
    parse_seminar(text, load_themes())


@settings(max_examples=300, deadline=None)
@given(st.lists(line, max_size=40))
@example(["0" * 41, "0. 0", "0000. " + "0" * 35])  # a paragraph under a long line is no heading's run-on
@example(["0.", "0. 0"])  # a paragraph of no words is no running header repeating a title of none
def test_the_parser_never_loses_a_numbered_paragraph_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    numbered = [
        int(m.group(1))
        for raw in text.splitlines()
        if (m := PARAGRAPH_START.match(raw.rstrip())) and raw.strip()
    ]
    document = parse_seminar(text, load_themes()).document
    assert [p.number for p in document.paragraphs if p.series == "paragraph"] == numbered


lexicon_terms = st.sampled_from([t for e in load_themes() for t in e.terms] + [("the",), ("x", "policy")])
lexicon_piece = st.tuples(
    lexicon_terms.flatmap(lambda term: st.lists(st.sampled_from(term), min_size=1, max_size=len(term))),
    st.sampled_from(["", "s", "ly", "ation", "<e", "<y"]),  # "<e": the word's last letter becomes e
    st.sampled_from([" ", ", ", "-", ".\n"]),
)
lexicon_text = st.lists(lexicon_piece, max_size=30).map(
    lambda pieces: "".join(_ending(" ".join(w.rstrip("*") for w in ws), end) + gap for ws, end, gap in pieces)
)


def _ending(text: str, ending: str) -> str:
    """text with an ending added, or (for "<e") its last letter replaced: a near miss."""
    return text[:-1] + ending[1:] if ending.startswith("<") else text + ending


@settings(max_examples=300)
@given(lexicon_text)
def test_theme_matching_agrees_with_the_plain_definition_of_a_term(text: str) -> None:
    """Themes are matched through a shortcut (terms filed by first word or word start); the result
    must be what matching every term against the text's words in a row gives."""
    tokens = words(text)
    expected = [e.name for e in load_themes() if any(term_in(term, tokens) for term in e.terms)]
    assert themes_for(text, load_themes()) == expected


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("COMMITTEE ON ENERGY AND COMMERCE", "Committee on Energy and Commerce"),
        ("Mrs. McMORRIS RODGERS", "Mrs. McMorris Rodgers"),
        ("O'BRIEN-JONES", "O'Brien-Jones"),
        ("REPORT BY JOHN SMITH MP", "Report by John Smith MP"),
        ("The Minister for Digital Skills", "The Minister for Digital Skills"),
        ("RICARDO MENÉNDEZ MARCH", "Ricardo Menéndez March"),
        ("ÉAMON Ó CUÍV", "Éamon Ó Cuív"),
    ],
)
def test_words_set_in_capitals_are_written_as_names_are(printed: str, written: str) -> None:
    assert out_of_capitals(printed) == written


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Opening address – Rt Hon Jane Smith MP, Minister for Skills", "Rt Hon Jane Smith MP"),
        ("Welcome remarks: Dame Ann Smith", "Dame Ann Smith"),
        ("Questions and discussion", "Discussion"),
        ("Questions from the floor", "Discussion"),
        ("Questions for the Government", ""),
        ("Opening the market to new providers", ""),
        ("Opening presentation: Professor Ewart Keep, University of Oxford", "Professor Ewart Keep"),
        ("Second talk – Dr Jane Roe", "Dr Jane Roe"),
        ("Lead contribution by Sir Bob Kerslake", "Sir Bob Kerslake"),
        ("First presentation", ""),
        ("New Zealand National Party differing view", "New Zealand National Party"),
        ("Labour, Green and Te Pāti Māori differing view", "Labour, Green and Te Pāti Māori"),
        ("Green Party’s minority view", "Green Party"),
        ("Coalition Senators’ dissenting report", "Coalition Senators"),
        ("Dissenting report by Senator Rex Patrick", "Senator Rex Patrick"),
        ("Additional comments from the Australian Greens", "Australian Greens"),
        ("Minority view", ""),
        ("Summary of additional comments", ""),
        ("Other views", ""),
        ("3. Discussion", "Discussion"),  # a section's own number before it
        ("2 Keynote: Professor Donna Hall, Wigan Council", "Professor Donna Hall"),
        ("3.2 Discussion", ""),  # a paragraph's number, not a section's
    ],
)
def test_a_heading_names_who_speaks_under_it(heading: str, speaker: str) -> None:
    assert speaker_under(heading) == speaker


@pytest.mark.parametrize(
    ("line", "key", "number"),
    [
        ("Better Care Fund review | Page 2 of 3", "better care fund review", 2),
        ("Page 12 · Better Care Fund review", "better care fund review", 12),
        ("Better Care Fund review   7", "better care fund review", 7),
    ],
)
def test_a_headers_page_number_beside_it_is_no_part_of_it(line: str, key: str, number: int) -> None:
    """A running header's key, what repeats from page to page, leaves out the page's number
    printed beside it ("| Page 2 of 3"), and that number is the page's."""
    assert (header_key(line), page_number(line)) == (key, number)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_the_seed_with_its_first_pages_across_the_page_and_the_rest_in_columns_reads_as_the_seed(
    seed: Document, pdf: bool
) -> None:
    """A text set in two measures, its first three pages across the page (95 characters) and the
    rest in narrow columns (50): its lines are measured against the columns that most of them
    fill, not the widest few, whose length had made every column's line a short one ending
    its paragraph (each paragraph had been cut in pieces at its lines)."""
    text = SEED.read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.strip())
    source = text.splitlines()
    wide = [k for k, line in enumerate(source) if line == header][3]  # the fourth page's running header
    wrapped = "\n".join(
        part
        for k, line in enumerate(source)
        for part in (
            [line]
            if line == header
            else textwrap.wrap(line, 95 if k < wide else 50, break_on_hyphens=False) or [""]
        )
    )
    read = parse_seminar(as_a_pdfs_text(wrapped) if pdf else wrapped, load_themes()).document
    assert [(p.label, " ".join(p.text.split()), p.speaker, p.section) for p in read.paragraphs] == [
        (p.label, " ".join(p.text.split()), p.speaker, p.section) for p in seed.paragraphs
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_review_with_its_summary_across_the_page_reads_its_columns_paragraph_by_paragraph(
    pdf: bool,
) -> None:
    """The same on a review whose summary page runs across the page over chapters in columns:
    each chapter's paragraph one unit (each had been three or four, a line or two apiece)."""
    text = (SHAPES / "review-summary-across-the-page-over-its-chapters-in-narrow-columns.txt").read_text()
    review = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.section, u.text.split()[0]) for u in review.paragraphs] == [
        ("Summary", "The"),
        ("Summary", "It"),
        *[("1. Introduction", word) for word in ("Bus", "Councils", "Passengers")],
        *[("2. Funding", word) for word in ("Young", "The", "We")],
    ]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_annex_in_narrow_columns_after_a_report_across_the_page_reads_paragraph_by_paragraph(
    pdf: bool,
) -> None:
    """The other way about: most pages across the page, the annex's in narrow columns. The
    annex's page is read at its own measure, its wrapped sentences evidence of one (its
    paragraphs had been cut at each line, every line short beside the report's)."""
    text = (SHAPES / "report-across-the-page-its-annex-in-narrow-columns.txt").read_text()
    if pdf:  # its pages kept
        text = "\n\f".join(as_pdf_text(page) for page in text.split("\f"))
    report = read_genre(text, load_themes()).document
    annex = [u.text for u in report.paragraphs if u.section == "Annex A: Council returns"]
    assert [" ".join(text.split()[:3]) for text in annex] == [f"Annex paragraph {n}" for n in (1, 2, 3)]
    assert all(text.endswith("council's routes.") for text in annex)


@pytest.mark.parametrize(
    ("text", "line", "joined"),
    [
        (
            "a marine eco-",
            "systems approach",
            "a marine ecosystems approach",
        ),  # a word broken at the line's end
        ("the Threats sub-", "Committee met", "the Threats sub-Committee met"),  # a compound's hyphen
        ("published pre-", "2020 plans", "published pre-2020 plans"),
        ("the Committee -", "the Chair", "the Committee - the Chair"),  # a dash between words
    ],
)
def test_a_hyphen_at_a_lines_end_joins_a_word_broken_there_and_keeps_a_compounds(
    text: str, line: str, joined: str
) -> None:
    assert join_lines(text, line) == joined


def test_a_word_begun_with_a_drop_cap_is_mended() -> None:
    """pdftotext writes a paragraph's drop cap apart from the rest of its word, a bell
    character between ("3.52. M" over "\\a r Griffiths' death"); a letter that is a word
    itself stays a word where the text never uses the joined one ("I\\a can think")."""
    lines = [
        "3.52. M",
        "\x07 r Griffiths was a postmaster.",
        "d) r\x07 estitution of reputation;",
        "3.222. I\x07 can think",
    ]
    assert drop_caps_mended("\n".join(lines)).split("\n") == [
        "3.52. Mr Griffiths was a postmaster.",
        "d) restitution of reputation;",
        "3.222. I\x07 can think",
    ]


def test_a_word_hyphenated_at_a_lines_end_is_whole_on_that_line() -> None:
    """Its hyphen dropped where the text writes the word whole elsewhere ("recom-"
    "mendation"), else kept ("short-" "term", a compound: a browser or word processor breaks
    a line only at a hyphen there is); the line below keeps the rest of its words, and goes
    if it had none."""
    lines = [
        "The recommendation was clear: the short-",
        "term nature of the awards, said the recom-",
        "mendation.",
        "",
        "2. Next paragraph",
    ]
    assert line_end_hyphens_mended("\n".join(lines)).split("\n") == [
        "The recommendation was clear: the short-term",
        "nature of the awards, said the recommendation.",
        "",
        "2. Next paragraph",
    ]


def test_a_word_hyphenated_at_a_lines_end_over_a_hanging_indent_is_whole_on_that_line() -> None:
    """A paragraph set with a hanging indent, as `pdftotext -layout` writes one ("12.   The
    short-" over "      term nature …"): the word whole on the first line, the second line
    indented as before (it had read "short- term", or "shortterm" once the indent was gone)."""
    lines = [
        "12.    The recommendation was clear: the short-",
        "       term nature of the awards, said the recom-",
        "       mendation.",
    ]
    assert line_end_hyphens_mended("\n".join(lines)).split("\n") == [
        "12.    The recommendation was clear: the short-term",
        "       nature of the awards, said the recommendation.",
    ]


def test_a_word_hyphenated_a_space_from_a_lines_end_is_whole_where_the_text_uses_it() -> None:
    """The Horizon report's PDF justifies "con -" over "sider", the Covid-19 response's sets
    "whole -" over "system": the word is as the text writes it elsewhere, whole or hyphened;
    "risk -" over "smaller" is a dash, and stays."""
    lines = [
        "We consider the main risk -",
        "smaller firms losing out. The Minister should con -",
        "sider whole-system risks and the whole -",
        "system plan.",
    ]
    assert line_end_hyphens_mended("\n".join(lines)).split("\n") == [
        "We consider the main risk -",
        "smaller firms losing out. The Minister should consider",
        "whole-system risks and the whole-system",
        "plan.",
    ]


def test_a_hyphen_set_apart_from_the_word_before_it_closes_up() -> None:
    assert clean_text("a UK -wide body, whole -system risks, 2024 -2028") == (
        "a UK-wide body, whole-system risks, 2024-2028"
    )


def test_an_underscore_set_apart_inside_a_documents_code_closes_up() -> None:
    """A PDF's text may space a document's reference at its underscore ("INQ000184638_ 0008",
    "INQ000196611 _0008"): the note reads as the report printed it. A rule for a form's blank
    ("Signed ______ 2024") and a word's underscore stay as they are."""
    assert clean_text("INQ000184638_ 0008 para 1.12; INQ000196611 _0008; INQ000195843 _ 0061") == (
        "INQ000184638_0008 para 1.12; INQ000196611_0008; INQ000195843_0061"
    )
    assert clean_text("Signed ______ 2024; file_ 2") == "Signed ______ 2024; file_ 2"


@pytest.mark.parametrize(
    ("shape", "keynote", "panellist"),
    [
        ("roundtable-report-saved-by-word-its-keynote-over-its-first-paragraph.txt", "Dame Ruth Silver", ""),
        ("seminar-in-markdown-with-notes.md", "Dr Sarah Jones", ""),
        (
            "seminar-report-each-speaker-named-over-their-post-under-a-shortened-running-header.txt",
            "Dame Julia Cleverdon",
            "Mark Dawe",
        ),
        (
            "seminar-report-its-keynote-address-then-panel-responses-each-headed-by-name.txt",
            "Professor Ewart Keep",
            "Jane Whitfield",
        ),
    ],
)
def test_who_speaks_under_the_keynotes_heading_is_a_keynote_and_a_panellist_is_not(
    shape: str, keynote: str, panellist: str
) -> None:
    """ "Keynote speaker" over "Dame Ruth Silver": a keynote, whether or not the list of who
    attended says so (she had been listed as any participant, and a report with no list had
    no one); a panellist under "Panel responses" after her is none."""
    roles = {p.name: p.role for p in ingest_file(SHAPES / shape).participants}
    assert roles[keynote] == "keynote"
    assert roles.get(panellist, "participant") == "participant"


@pytest.mark.parametrize(
    ("line", "below", "heads"),
    [
        (
            "A scientific advisory committee of the Department of Health and",
            "Social Care. Its work is",
            False,
        ),
        ("Collaboration between local unions and the", "Council.", False),
        ("Joint Committee on", "Vaccination and", True),
        ("Funding for local government", "The Committee heard that", True),
    ],
)
def test_a_line_ending_on_a_joining_word_over_a_sentences_end_is_no_heading(
    line: str, below: str, heads: bool
) -> None:
    """A glossary's description wrapped after "and" over "Social Care. Its work …": the
    sentence goes on and ends there, so the line is text, not a heading over its own rest."""
    lines = [Line("", 1, 0), Line(line, 1, 1), Line(below, 1, 2), Line("", 1, 3)]
    assert is_heading(lines, 1, 90) is heads


@pytest.mark.parametrize("pdf", [False, True], ids=["text", "pdf-text"])
def test_a_short_name_over_the_kind_of_paper_and_its_title_is_who_issued_it(pdf: bool) -> None:
    """A think tank's event note: "Localis" alone over "Event note: Devolution after the
    election", blank lines between them or not. The name is the author, the kind and title the
    title (the name had been the title, or run into it, and the author unknown); each speaker's
    bullets under their name are theirs."""
    doc = shape_read("event-note-each-speakers-points-in-bullets-under-their-name.txt", pdf)
    assert (doc.title, doc.author, doc.date) == (
        "Event note: Devolution after the election",
        "Localis",
        "2024-09-10",
    )
    assert [u.speaker for u in doc.paragraphs] == ["Lord Kerslake"] * 3 + ["Cllr Louise Gittins"] * 2 + [
        "Jessica Studdert"
    ] * 2 + ["Discussion"] * 2


@pytest.mark.parametrize("marking", ["DRAFT", "Official"])
def test_a_covers_marking_over_the_title_is_no_issuer(marking: str) -> None:
    """ "DRAFT" or "Official" over "Seminar report: …" marks the paper: it issued nothing."""
    text = f"{marking}\n\nSeminar report: Housing and health\n\n12 March 2024\n\n" + "\n\n".join(
        f"{n}. The seminar discussed point {n} of the housing and health agenda at length." for n in (1, 2, 3)
    )
    doc = read_genre(text, load_themes()).document
    assert marking not in doc.author


def test_a_tables_heading_begins_another_list_of_participants() -> None:
    """ "Keynote Speaker:" over one name, then a table's heading ("Name Title Organisation")
    over its rows: the rows are participants, not keynote speakers (they had been, a PDF's text
    running a row's cells together)."""
    entries = ["Keynote Speaker:", "Professor Ewart Keep, Director, SKOPE", "Name Title Organisation"]
    listed = read_participants([*entries, "Jane Whitfield, Principal, Northgate College"])
    assert [(p.name, p.role) for p in listed] == [
        ("Professor Ewart Keep", "keynote"),
        ("Jane Whitfield", "participant"),
    ]


@pytest.mark.parametrize(
    ("entry", "read"),
    [
        ("Tony Alderman – Chair, Barnet College", ("Tony Alderman", "Chair", "Barnet College")),
        ("Tony Alderman (Barnet College)", ("Tony Alderman", "", "Barnet College")),
        (
            "David Igoe (Sixth Form Colleges Forum (CSFC))",
            ("David Igoe", "", "Sixth Form Colleges Forum (CSFC)"),
        ),
        (
            "Lord Bichard, Executive Director - Institute for Government",
            ("Lord Bichard", "Executive Director", "Institute for Government"),
        ),
    ],
)
def test_a_participants_name_set_off_by_a_dash_or_its_body_in_brackets(
    entry: str, read: tuple[str, str, str]
) -> None:
    """A list's entry naming someone before a dash ("Name – Chair, Body") or with their body in
    brackets ("Name (Body)"): the name alone is theirs (the dash and the bracket had been read
    into it); a table's heading written with commas ("Name, Title, Organisation") is nobody."""
    listed = read_participants(["Participants:", "Name, Title, Organisation", entry])
    assert [(p.name, p.title, p.organisation) for p in listed] == [read]


def test_a_participants_tables_rows_run_together_in_a_pdf_keep_their_names(seed: Document) -> None:
    """The seed printed with reportlab gives its participants table a row a line, its cells run
    together under "Name Title Organisation" ("Dr David Collins CBE Chief Executive LSIS"):
    each row's name is the seed's (a title, two words and any letters after them; a comma later
    in the row, "… Haringey, Enfield …", is its body's), the rest
    where they are from (the whole row had been the name)."""
    printed = ingest_file(DATA / "shapes" / "seed-printed-to-pdf.pdf")
    names = [p.name for p in printed.participants]
    for name in ("Tony Alderman", "Nick Brown OBE", "Dr David Collins CBE", "Verity Bullough", "Paul Head"):
        assert name in names and name in {p.name for p in seed.participants}
    collins = next(p for p in printed.participants if p.name == "Dr David Collins CBE")
    assert collins.organisation == "Chief Executive LSIS"


@pytest.mark.parametrize(
    "dated",
    [
        "Date: 14/06/2023",
        "Published: 14.06.2023",
        "Published 2023-06-14",
        "14/06/2023",
        "Tuesday 14/06/2023",
        "Wednesday 14/06/2023, 8.00am to 9.30am",
    ],
)
def test_a_cover_line_with_a_date_in_figures_dates_the_paper(dated: str) -> None:
    """A cover's date in figures after its label or its day ("Date: 14/06/2023", day first as
    in the UK; "Published 2023-06-14", as a web page's metadata gives it), or before the hour:
    the paper's date (only "14/06/2023" alone had been read)."""
    text = (
        "Roundtable note: The future of adult social care\n\n"
        f"{dated}\n\n"
        "1. Participants agreed that the workforce is the most pressing problem the sector faces.\n\n"
        "2. Several argued that pay must rise faster than inflation for at least five years.\n\n"
        "3. Others warned that councils cannot pay more without a multi-year settlement.\n"
    )
    paper = read_genre(text, load_themes()).document
    assert (paper.title, paper.date) == ("Roundtable note: The future of adult social care", "2023-06-14")
