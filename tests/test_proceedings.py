"""Transcripts whose turns carry no question numbers (a parliament's official report of a
committee meeting): each turn a unit, its speaker resolved from the short label to the full
one, agenda items as sections, and nothing of the cover, the timings or the procedure in the
text. A golden test on a shape written by hand, the same text hard-wrapped with page breaks
as a PDF's extraction gives it, and a property test on generated meetings."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from helpers import SHAPES, as_pdf_text, narrow, shape_read
from hypothesis import given, settings
from hypothesis import strategies as st

from seminar_search.cite import citation
from seminar_search.lexicon import load_themes
from seminar_search.model import reference
from seminar_search.parsing import ingest_file, read_genre
from seminar_search.parsing.common import Reading
from seminar_search.parsing.offices import speaks_for_government

MEETING = SHAPES / "official-report-committee-meeting.txt"
LEXICON = load_themes()
CONVENER = "Ariane Burgess (Convener)"
SANDFORD = "Dr Katherine Sandford, Community Energy Scotland"
MORRISON = "Councillor Shona Morrison, Convention of Scottish Local Authorities"
WATTERS = "Sarah Watters, Convention of Scottish Local Authorities"


def wrapped(text: str) -> str:
    """The text as a PDF's extraction gives it: lines hard-wrapped, a form feed before each
    page's header."""
    out = []
    for line in text.splitlines():
        if re.match(r"^\d+\s{5,}\S.*\s{5,}\d+$", line):
            out.append("\f" + line)
        else:
            out += textwrap.wrap(line, 88) or [""]
    return "\n".join(out)


@pytest.mark.parametrize("layout", ["as written", "wrapped", "a contents entry's dots wrapped"])
def test_an_official_report_is_its_turns_with_full_names(layout: str, tmp_path: Path) -> None:
    """Each turn its speaker's, in full; and so when a contents entry's dots and column stand on
    a line of their own ("DECISION ON TAKING BUSINESS IN PRIVATE" over "....... 1": that line
    had made the parser raise)."""
    path = MEETING
    if layout != "as written":
        path = tmp_path / MEETING.name
        text = MEETING.read_text(encoding="utf-8")
        text = wrapped(text) if layout == "wrapped" else text.replace("PRIVATE .......", "PRIVATE\n.......")
        path.write_text(text, encoding="utf-8")
    doc = ingest_file(path)
    assert (doc.title, doc.author, doc.date) == (
        "Local Government, Housing and Planning Committee",
        "Local Government, Housing and Planning Committee",
        "2023-03-14",
    )
    assert [u.label for u in doc.paragraphs] == [str(n) for n in range(1, 17)]
    assert {u.series for u in doc.paragraphs} == {"turn"}
    assert [u.speaker for u in doc.paragraphs] == [
        CONVENER,
        CONVENER,
        SANDFORD,
        MORRISON,
        "Mark Griffin",
        WATTERS,
        MORRISON,
        CONVENER,
        "Willie Coffey",
        SANDFORD,
        "Annie Wells",
        WATTERS,
        "Miles Briggs",
        SANDFORD,
        MORRISON,
        CONVENER,
    ]
    first, second = doc.paragraphs[:2]
    assert first.section == "Decision on Taking Business in Private"
    assert first.text.endswith("do members agree to take item 3 in private?")  # not the procedure after it
    assert {u.section for u in doc.paragraphs[1:]} == {"Community Energy and Local Authorities"}
    assert second.text.endswith("when it wants to build a wind turbine or a hydro scheme?")
    assert doc.paragraphs[2].text.endswith("the paperwork assumes a developer with a legal team.")
    assert [u.page for u in doc.paragraphs] == [1] * 6 + [3] * 6 + [5] * 4  # the columns printed above
    assert doc.paragraphs[-1].text.endswith("I thank the witnesses for their evidence.")
    everything = " ".join(u.text for u in doc.paragraphs)
    for leak in ("09:45", "MARCH 2023", "Members indicated", "CLERK TO THE", "continued in private", "Col."):
        assert leak not in everything
    roles = {(p.name, p.role) for p in doc.participants}
    assert ("Ariane Burgess", "chair") in roles and ("Miles Briggs", "member") in roles
    assert ("Dr Katherine Sandford", "witness") in roles and len(roles) == 8
    assert reference(doc.paragraphs[13], "mark") == "Turn 14"
    assert citation(doc, doc.paragraphs[13]) == (
        "Local Government, Housing and Planning Committee (14 March 2023), turn 14"
    )


@pytest.mark.parametrize("suffix", ["txt", "pdf"])
def test_members_named_by_title_and_surname_take_the_names_the_cover_lists(suffix: str) -> None:
    """Another parliament's official report, not tuned to: the title is a subject line with a
    colon, the chair's office holds a surname, members never have a full label. Printed to PDF
    (no blank lines), the title over the next line is no turn of "Mental Health Strategy" (it
    had been two), and an answer unfinished at a page's foot is still a turn."""
    doc = ingest_file(SHAPES / f"committee-minutes-of-evidence-members-by-surname.{suffix}")
    assert (doc.title, doc.author, doc.date) == (
        "Mental Health Strategy: Department of Health",
        "Committee for Health",
        "2021-01-14",
    )
    chair, gallagher = "Mr Colm Gildernew (Chairperson)", "Ms Sharon Gallagher, Department of Health"
    assert [u.speaker for u in doc.paragraphs[:5]] == [
        chair,
        gallagher,
        "Professor Siobhan O'Neill, Mental Health Champion",
        "Ms Paula Bradshaw",
        gallagher,
    ]
    assert doc.paragraphs[1].text.endswith("we will need recurrent funding to deliver it.")
    assert doc.paragraphs[-1].speaker == chair and doc.paragraphs[-1].text.endswith("is published.")
    if suffix == "txt":  # the PDF prints its own page numbers as well as the text's
        assert [u.page for u in doc.paragraphs] == [2] * 5 + [3] * 5 + [
            4
        ] * 3  # the numbers at the pages' feet
    assert not any("Official Report" in u.text for u in doc.paragraphs)
    roles = {p.name: p.role for p in doc.participants}
    assert roles["Mr Colm Gildernew"] == "chair" and roles["Ms Órlaithí Flynn"] == "member"
    assert roles["Professor Siobhan O'Neill"] == "witness" and len(roles) == 7
    assert roles["Ms Sharon Gallagher"] == "government"  # a deputy secretary in the Department


def test_witnesses_never_labelled_in_full_take_the_organisation_the_covers_list_gives(
    tmp_path: Path,
) -> None:
    """A record whose witnesses speak under their names alone ("Sarah Watters:") takes each
    one's organisation from the cover's "also participated" list, as a full label would give
    it; the list's room ("The David Livingstone Room (CR6)", under LOCATION) names no one."""
    text = re.sub(
        r"^(Dr Katherine Sandford|Sarah Watters) \([^)]*\):", r"\1:", MEETING.read_text(), flags=re.M
    )
    (tmp_path / "meeting.txt").write_text(text)
    doc = ingest_file(tmp_path / "meeting.txt")
    assert {SANDFORD, MORRISON, WATTERS} <= {u.speaker for u in doc.paragraphs}
    organisations = {p.name: p.organisation for p in doc.participants if p.role == "witness"}
    assert organisations == {
        "Councillor Shona Morrison": "Convention of Scottish Local Authorities",
        "Sarah Watters": "Convention of Scottish Local Authorities",
        "Dr Katherine Sandford": "Community Energy Scotland",
    }


OLD_COVER = "oral-evidence-uncorrected-its-cover-in-capitals-a-welcome-before-its-first-question.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_old_transcripts_cover_and_the_turns_before_its_first_question(pdf: bool) -> None:
    """An uncorrected transcript's cover in capitals, "ORAL EVIDENCE" over "TAKEN BEFORE THE"
    over "TRANSPORT COMMITTEE" over its subject: the subject is its title (it had been "TAKEN
    BEFORE THE TRANSPORT COMMITTEE"). The chair's welcome and its answer, after "… gave
    evidence." and before Q1, are turns before Q1 (they had been left out as front matter); the
    members present, one a line, end before "Examination of Witnesses" (it had been a member)."""
    doc = shape_read(OLD_COVER, pdf)
    assert (doc.title, doc.author) == ("RURAL BUS SERVICES", "Transport Committee")
    assert [(u.series, u.label, u.speaker.split(",")[0]) for u in doc.paragraphs[:3]] == [
        ("text", "before question Q1", "Mrs Louise Ellman (Chair)"),
        ("text", "before question Q1", "Norman Baker MP"),
        ("question", "Q1", "Mrs Louise Ellman (Chair)"),
    ]
    assert doc.paragraphs[0].text.startswith("Welcome, Minister. Before we start")
    assert [p.name for p in doc.participants if p.role in ("chair", "member")] == [
        "Mrs Louise Ellman",
        "Angie Bray",
        "Julie Hilling",
        "Kelvin Hopkins",
    ]


def test_turns_before_the_first_question_with_no_panels_opening_are_no_units() -> None:
    """With no "Witnesses: …" or "… gave evidence." line to say where the record begins, a
    labelled line before Q1 may be a cover's field: only the questions are units."""
    text = (SHAPES / OLD_COVER).read_text(encoding="utf-8")
    opened = "Stephen Fidler, Head of Buses and Taxis Division, Department for Transport, gave evidence."
    doc = read_genre(text.replace(opened, "").replace("Witnesses: Norman", "Norman"), []).document
    assert doc.paragraphs[0].label == "Q1"


@pytest.mark.parametrize("picture", ["HoC 85mm(Green).tif", "final logo red (RGB)"])
def test_a_web_pages_picture_named_above_a_transcript_is_no_title(picture: str) -> None:
    """A transcript's web page copied opens with its logo's name where the picture was: no title."""
    text = (SHAPES / "bill-committee-oral-evidence-its-panel-giving-evidence-from-q45.txt").read_text()
    assert read_genre(f"{picture}\n\n{text}", []).document.title == read_genre(text, []).document.title


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_evidence_as_theyworkforyou_shows_it_labels_each_turn_by_the_photos_caption(pdf: bool) -> None:
    """TheyWorkForYou heads each speech with its photo's caption, the name again, what the
    speaker is and the hour ("Photo of Ruth Cadbury Ruth Cadbury Shadow Minister (Transport)"),
    and marks a question to a witness "Q": each is a turn of the one named, a shadow minister a
    member, the minister the government's, the mark no part of the words (the text had been
    prose, the captions its headings)."""
    doc = shape_read(
        "bill-committee-evidence-as-theyworkforyou-shows-it-each-speaker-under-a-photos-caption.txt", pdf
    )
    assert [u.speaker.split(" (")[0] for u in doc.paragraphs] == [
        "Sir Edward Leigh",
        "Dr Anna Price",
        "Tom Wells",
        "Guy Opperman",
        "Dr Anna Price",
        "Ruth Cadbury",
        "Tom Wells",
        "Dr Anna Price",
        "Guy Opperman",
        "Tom Wells",
    ]
    assert doc.paragraphs[3].text.startswith("The Bill gives councils a duty")
    roles = {p.name: (p.title, p.role) for p in doc.participants}
    assert roles["Ruth Cadbury"] == ("Shadow Minister", "member")
    assert roles["Guy Opperman"][1] == "government" and roles["Tom Wells"][1] == "witness"
    # "Rural Transport Bill – in a Public Bill Committee at 2:00 pm on 12th March 2024." under the
    # page's heading, "Examination of Witnesses" (which had been its title and its author)
    assert (doc.title, doc.author, doc.date) == (
        "Rural Transport Bill",
        "Public Bill Committee",
        "2024-03-12",
    )


def test_a_debate_as_theyworkforyou_shows_it_is_titled_by_its_subject_and_by_its_house() -> None:
    """A debate's page names its subject, its House and when it sat on one line: "Local Bus
    Services – in the House of Commons at 2:31 pm on 5th March 2024."."""
    text = (
        SHAPES / "bill-committee-evidence-as-theyworkforyou-shows-it-each-speaker-under-a-photos-caption.txt"
    ).read_text()
    text = text.replace(
        "Rural Transport Bill – in a Public Bill Committee at 2:00 pm on 12th March 2024.",
        "Local Bus Services – in the House of Commons at 2:31 pm on 5th March 2024.",
    )
    doc = read_genre(text, LEXICON).document
    assert (doc.title, doc.author, doc.date) == ("Local Bus Services", "House of Commons", "2024-03-05")


def test_a_transcript_set_out_in_blocks_keeps_a_turns_last_question_as_its_text() -> None:
    """A record whose contributions stand in blocks, numbered "[2]" over each: a short question
    closing a turn ("Tom, would you like to start?") is the turn's, not the heading of the
    turns after it (it had been, and was in no turn's text). The witnesses are listed "Neil
    Butler, NASUWT Cymru": each speaks with the organisation the list gives, as written."""
    doc = ingest_file(SHAPES / "senedd-transcript-numbering-its-contributions-in-brackets.txt")
    assert doc.paragraphs[1].text.endswith("Dr Rachel Williams. Tom, would you like to start?")
    assert {u.section for u in doc.paragraphs[1:]} == {
        "2. Teacher recruitment and retention: evidence session 4"
    }
    assert [u.speaker for u in doc.paragraphs[3:5]] == [
        "Neil Butler, NASUWT Cymru",
        "Dr Rachel Williams, Bangor University",
    ]
    assert {p.name: p.role for p in doc.participants}["Buffy Williams"] == "chair"


def test_an_agendas_numbered_item_wrapped_in_a_narrow_column_heads_the_turns_below(tmp_path: Path) -> None:
    """In two columns the agenda item's heading wraps, after its colon or where it fills the
    line ("2. Teacher recruitment and retention:" over "evidence session 4"): it still heads
    the turns below it (they had had no section), its number no bar to it."""
    shape = SHAPES / "senedd-transcript-numbering-its-contributions-in-brackets.txt"
    text = shape.read_text(encoding="utf-8").replace(
        "\n2. Teacher recruitment and retention: evidence session 4\n\n[2]",
        "\n2. Teacher recruitment and retention:\nevidence session 4\n\n[2]",
    )
    (tmp_path / "transcript.txt").write_text(
        text.replace("\n[", "\n[").replace("]\n", "] "), encoding="utf-8"
    )
    doc = ingest_file(tmp_path / "transcript.txt")
    assert {u.section for u in doc.paragraphs[1:]} == {
        "2. Teacher recruitment and retention: evidence session 4"
    }
    assert doc.paragraphs[1].speaker == "Buffy Williams"


def test_a_contributions_number_in_the_margin_above_its_label_is_its_label(tmp_path: Path) -> None:
    """A record numbering its contributions through the meeting prints "[45]" above the
    speaker's label, on a line of its own: turn 45 is cited as printed (it had been turn 1)."""
    shape = SHAPES / "senedd-transcript-numbering-its-contributions-in-brackets.txt"
    text = re.sub(
        r"^\[(\d+)\]$", lambda m: f"[{int(m[1]) + 44}]", shape.read_text(encoding="utf-8"), flags=re.M
    )
    (tmp_path / "transcript.txt").write_text(text, encoding="utf-8")
    doc = ingest_file(tmp_path / "transcript.txt")
    assert [u.label for u in doc.paragraphs] == [str(n) for n in range(45, 53)]
    assert doc.paragraphs[3].speaker == "Neil Butler, NASUWT Cymru"


def test_a_few_labelled_lines_in_prose_are_no_proceedings() -> None:
    text = "\n\n".join(
        [
            "Notes of a visit",
            "Jane Smith (Age UK): we met the team in the morning.",
            "The afternoon was spent on site with the contractors.",
            "Jane Smith (Age UK): a second visit is planned.",
            "Tom Lee (Acme Ltd): thanks to all who hosted us.",
        ]
    )
    assert read_genre(text, LEXICON).genre != "proceedings"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_short_record_whose_speakers_are_listed_above_it_is_proceedings(pdf: bool) -> None:
    """A committee's briefing of five turns, only the chair speaking twice, under "Members
    present for all or part of the proceedings:" and "Witnesses:": every speaker is listed,
    by surname or office, so the turns are the record's (it had been read as prose, every turn
    the committee's and the lists paragraphs). Without the lists, a few labelled lines stay
    prose (above)."""
    text = (SHAPES / "committee-briefing-transcript-short-its-speakers-listed-above.txt").read_text()
    reading = read_genre(as_pdf_text(text) if pdf else text, LEXICON)
    assert reading.genre == "proceedings"
    assert [u.speaker for u in reading.document.paragraphs] == [
        "Mr Jim Allister (Chairperson)",
        "Mr Peter Toner, Department of Finance",
        "Mr Matthew O'Toole",
        "Ms Emer Morelli, Department of Finance",
        "Mr Jim Allister (Chairperson)",
    ]
    assert reading.document.paragraphs[1].text.endswith("none of us would wish to make.")
    unlisted = text[text.index("The Chairperson (Mr Allister): I welcome") :]
    assert read_genre(unlisted, LEXICON).genre != "proceedings"


PEOPLE = [
    ("Dr Anna Kerr", "Dr Kerr", "(Institute of Places)"),
    ("Councillor Ravi Patel", "Councillor Patel", "(Westshire Council)"),
    ("Mark Owen", "Mark Owen", "(North East) (Lab)"),
    ("Joan Price", "Joan Price", "(Riverside) (Con)"),
]


def label_and_speaker(who: int, first: bool) -> tuple[str, str]:
    """A generated speaker's label (in full the first time) and the speaker it names; the
    last of PEOPLE's numbers is the convener."""
    if who == len(PEOPLE):
        return ("The Convener (Sam Hale)" if first else "The Convener"), "Sam Hale (Convener)"
    full, short, brackets = PEOPLE[who]
    seats = brackets.count("(") == 2
    return (f"{full} {brackets}" if first else short), (full if seats else f"{full}, {brackets[1:-1]}")


def assert_turns(reading: Reading, expected: list[tuple[str, str]], speakers: list[int]) -> None:
    """Each turn one unit with its speaker, if the record is read as proceedings; it is not
    only with too few speakers, or too few coming back, to be evidence of the genre."""
    if reading.genre == "proceedings":
        assert [(u.speaker, u.text) for u in reading.document.paragraphs] == expected
    else:
        counts = [speakers.count(who) for who in set(speakers)]
        assert len(counts) < 3 or sum(c > 1 for c in counts) < 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(PEOPLE)), min_size=8, max_size=30))
def test_every_turn_of_a_generated_meeting_is_one_unit_with_its_speaker(order: list[int]) -> None:
    """Speaker 4 is the convener; the others are named in full the first time they speak."""
    lines = ["Example Committee", "", "Tuesday 2 May 2023", ""]
    expected = []
    seen: set[int] = set()
    for n, who in enumerate(order, start=1):
        words = f"Words of turn number{n} said here."
        label, speaker = label_and_speaker(who, first=who not in seen)
        expected.append((speaker, words))
        seen.add(who)
        lines += [f"{label}: {words}", ""]
    assert_turns(read_genre("\n".join(lines), LEXICON), expected, order)


def test_a_record_that_numbers_its_turns_keeps_its_numbers_and_the_covers_roles() -> None:
    """The Senedd's record: "[45] Mike Hedges: ..." turns, a bilingual cover whose lists say
    who chairs, who are members and who are witnesses, and a date as "12/03/2020"."""
    doc = ingest_file(SHAPES / "senedd-record-numbered-turns.txt")
    assert (doc.title, doc.date) == ("The Finance Committee", "2020-03-12")  # not in Welsh and English
    assert [(u.label, u.speaker) for u in doc.paragraphs] == [
        ("45", "Llyr Gruffydd"),
        ("46", "Rebecca Evans"),
        ("47", "Mike Hedges"),
        ("48", "Rebecca Evans"),
        ("49", "Andrew Jeffreys"),
        ("50", "Nick Ramsay"),
        ("51", "Rebecca Evans"),
        ("52", "Llyr Gruffydd"),
    ]
    assert (
        doc.paragraphs[4].text
        == "It is £233 million from consequentials, and the balance from the Wales reserve."
    )
    assert {p.name: p.role for p in doc.participants} == {
        "Llyr Gruffydd": "chair",
        "Mike Hedges": "member",
        "Nick Ramsay": "member",
        "Rebecca Evans": "witness",
        "Andrew Jeffreys": "witness",
    }


@pytest.mark.parametrize("layout", ["as printed", "wrapped", "printed to PDF", "in a narrow column"])
def test_a_debate_with_each_speakers_label_on_a_line_of_its_own(layout: str) -> None:
    """A debate's record: the label alone on its line ("Ruth Cadbury (Brentford and Isleworth)
    (Lab)", later "Ruth Cadbury"), the speech below. Each speech is one turn, its speaker in
    full, a minister's office the government's; timings and the question put are no one's
    words, and an interjection ending in "?" is speech, not a heading. In the PDF (no blank
    lines) the debate's title under the date heads the first turns too (it had headed none). In
    a column of 45 characters, as a record's two columns give it, a speech's first line ends
    mid-sentence ("I congratulate the hon. Member on securing" over "the debate. …"): its label
    still opens a turn (the debate had been read as prose, no one's)."""
    if layout == "printed to PDF":
        debate = ingest_file(SHAPES / "debate-speakers-on-lines-of-their-own.pdf")
    else:
        text = (SHAPES / "debate-speakers-on-lines-of-their-own.txt").read_text(encoding="utf-8")
        text = {"as printed": text, "wrapped": wrapped(text), "in a narrow column": narrow(text, 45)}[layout]
        debate = read_genre(text, LEXICON).document
    turns = [(u.speaker, u.text.split(".")[0][:30]) for u in debate.paragraphs]
    assert turns == [
        ("Ruth Cadbury", "I beg to move, That this House"),
        ("Mr Richard Holden", "I congratulate the hon"),
        ("Ruth Cadbury", "Will the hon"),
        ("Mr Richard Holden", "I will not, as time is short"),
        ("Ruth Cadbury", "Partnerships work only where t"),
        ("Mr Richard Holden", "Multi-year funding would help,"),
        ("Richard Holden (Parliamentary Under-Secretary of State for Transport)", "I thank the hon"),
    ]
    assert {u.section for u in debate.paragraphs} == {"Local Bus Services"}
    roles = {p.name: p.role for p in debate.participants}
    assert roles == {"Ruth Cadbury": "member", "Mr Richard Holden": "member", "Richard Holden": "government"}
    assert not any(re.search(r"\d\.\d\d pm|Question put|Sitting|Resolved", u.text) for u in debate.paragraphs)


@pytest.mark.parametrize("layout", ["page breaks", "no page breaks", "motion apart"])
def test_a_westminster_hall_debate_labelled_inline_over_numbered_columns(layout: str) -> None:
    """The opening speech's label ends on a comma ("Jim Shannon (Strangford) (DUP): I beg to
    move,") over the motion, a blank line between or not (as where each paragraph is a line):
    a turn (it had been front matter, the debate starting at the second speech). The chair's
    bracket "(in the Chair)" is no organisation; the columns ("123WH", alone or beside the
    title and the date in a header) are no one's words, and number the pages as the official
    report is cited."""
    text = (SHAPES / "westminster-hall-debate-labelled-inline-over-numbered-columns.txt").read_text("utf-8")
    if layout != "page breaks":
        text = text.replace("\f", "") if layout == "no page breaks" else text.replace("move,\n", "move,\n\n")
    debate = read_genre(text, LEXICON).document
    turns = [(u.speaker, u.text[:24]) for u in debate.paragraphs]
    assert turns == [
        ("Jim Shannon", "I beg to move, That this"),
        ("Sir Gary Streeter (Chair)", "Order. I remind hon. Mem"),
        ("Rachael Maskell", "Will the hon. Gentleman "),
        ("Jim Shannon", "I will indeed."),
        ("Rachael Maskell", "The same is happening in"),
        ("Jim Shannon", "The hon. Lady is right, "),
        ("Dr Caroline Johnson", "My constituency is one o"),
        ("Will Quince (Minister for Health and Secondary Care)", "I congratulate the hon. "),
    ]
    assert debate.paragraphs[0].text.endswith("GP surgeries that are already stretched.")
    assert not any(re.search(r"WH\b|MARCH", u.text) for u in debate.paragraphs)
    assert {u.section for u in debate.paragraphs} == {"Community Pharmacies: Rural Areas"}
    assert [u.page for u in debate.paragraphs] == [122, 122, 123, 123, 123, 123, 125, 126]
    assert {p.name: (p.title, p.role) for p in debate.participants}["Sir Gary Streeter"] == ("Chair", "chair")


def test_a_commons_debate_headed_by_its_date_and_column_and_chaired_by_the_speaker() -> None:
    """The running header carries the date at one end and the column at the other, swapping
    sides from page to page ("8 NOVEMBER 2023  Adult Social Care: Workforce  312", "313  Adult
    Social Care: Workforce  8 NOVEMBER 2023"): it is no heading (it had headed every later
    speech, the day taken for a page number) and numbers the pages, the first counted back from
    the second. "The House met at …" is no title; the Speaker and a Deputy Speaker chair."""
    debate = ingest_file(SHAPES / "commons-debate-headed-by-its-date-and-column.txt")
    assert debate.title == "Adult Social Care: Workforce" and debate.date == "2023-11-08"
    assert {u.section for u in debate.paragraphs} == {"Adult Social Care: Workforce"}
    assert [u.page for u in debate.paragraphs][::5] == [311, 312, 315, 316]
    assert not any("NOVEMBER" in u.text for u in debate.paragraphs)
    speakers = [u.speaker for u in debate.paragraphs]
    assert speakers[:2] == ["Mr Speaker", "Victoria Atkins (Secretary of State for Health and Social Care)"]
    assert speakers.count("Dame Rosie Winterton (Deputy Speaker)") == 2 and len(speakers) == 16
    roles = {p.name: (p.title, p.role) for p in debate.participants}
    assert roles["Dame Rosie Winterton"] == ("Deputy Speaker", "chair") and roles["Mr Speaker"][1] == "chair"


@pytest.mark.parametrize("layout", ["as printed", "no blank lines", "a Word paragraph each"])
def test_an_event_transcript_naming_its_speakers_in_capitals_on_lines_of_their_own(layout: str) -> None:
    """ "MARIA LOPEZ" alone over her words, again and again: a speaker's label, as a heading in
    capitals never comes back (the record had been blocks under headings, and a short
    question between two labels, "James, what would make the biggest difference?", lost).
    The contributors listed on the cover give each one's organisation, "(chair)" the chair;
    each entry its own paragraph (a Word document's), the last is no heading of the turns."""
    text = (SHAPES / "event-transcript-speakers-in-capitals-on-lines-of-their-own.txt").read_text("utf-8")
    if layout == "no blank lines":
        text = "\n".join(line for line in text.splitlines() if line)
    elif layout == "a Word paragraph each":
        text = text.replace("(chair)\n", "(chair)\n\n").replace("Westmere\n", "Westmere\n\n")
    event = read_genre(text, LEXICON).document
    assert (event.title, event.date) == ("Transcript: Housing and the care system", "2024-10-09")
    assert [(u.speaker.split(",")[0], u.text[:20]) for u in event.paragraphs] == [
        ("Maria Lopez", "Good afternoon, and "),
        ("Dr James Holt", "Thank you, Maria. Ou"),
        ("Sarah Quinn", "That matches what ou"),
        ("Maria Lopez", "James, what would ma"),
        ("Dr James Holt", "Pooling the grant wi"),
        ("Sarah Quinn", "And building more ho"),
        ("Maria Lopez", "Thank you both. We h"),
    ]
    assert {u.section for u in event.paragraphs} == {""}
    assert {p.name: (p.organisation, p.role) for p in event.participants} == {
        "Maria Lopez": ("Eastfield Council", "chair"),
        "Dr James Holt": ("University of Westmere", "witness"),
        "Sarah Quinn": ("Homes for Care", "witness"),
    }


def test_a_research_interview_between_an_interviewer_and_a_respondent() -> None:
    """Two speakers taking turns, labelled by their parts ("Interviewer:", "Respondent:"): an
    interview's record, each turn a unit (it had been prose, each question the heading of the
    answer, "Respondent:" in its text); the interviewer chairs, the respondent answers."""
    interview = ingest_file(SHAPES / "research-interview-between-an-interviewer-and-a-respondent.txt")
    assert [(u.label, u.speaker, u.text[:16]) for u in interview.paragraphs[:4]] == [
        ("1", "Interviewer", "Can you tell me "),
        ("2", "Respondent", "I'm director of "),
        ("3", "Interviewer", "How has the impr"),
        ("4", "Respondent", "Before the progr"),
    ]
    assert len(interview.paragraphs) == 8 and interview.date == "2024-05-03"
    assert {p.name: p.role for p in interview.participants} == {
        "Interviewer": "chair",
        "Respondent": "witness",
    }


def test_a_heading_in_capitals_over_prose_is_no_speaker() -> None:
    """Headings in capitals, each once, over paragraphs: sections of prose, not speakers."""
    text = (
        "A note on rural transport\n\n"
        "KEY FINDINGS\nBus mileage outside London has fallen by a fifth since 2010.\n\n"
        "WHAT SHOULD CHANGE\nFunding should be settled for five years at a time, not one.\n\n"
        "NEXT STEPS\nWe will report again in the spring, once the new settlement is known.\n"
    )
    reading = read_genre(text, LEXICON)
    assert reading.genre != "proceedings"
    assert [u.section for u in reading.document.paragraphs] == [
        "KEY FINDINGS",
        "WHAT SHOULD CHANGE",
        "NEXT STEPS",
    ]


@pytest.mark.parametrize("layout", ["as printed", "wrapped", "no blank lines"])
def test_a_lords_debate_names_members_by_their_party_and_the_minister_by_office(layout: str) -> None:
    """A peer's label carries one bracket, their party ("Lord Blunkett (Lab)"): a member, not a
    witness from an organisation called "Lab"; a minister's office may hold a comma, and its
    label may run onto a second line. With no blank lines (a PDF's text), the House and the
    date over the title are no title."""
    text = (SHAPES / "lords-debate-speakers-with-parties.txt").read_text(encoding="utf-8")
    if layout == "wrapped":
        text = wrapped(text)
    elif layout == "no blank lines":
        text = "\n".join(line for line in text.splitlines() if line.strip())
    debate = read_genre(text, LEXICON).document
    assert debate.title == "Social Mobility: Further Education"  # "Question for Short Debate" is a formula
    assert [u.speaker for u in debate.paragraphs] == [
        "Lord Blunkett",
        "Baroness Garden of Frognal",
        "Lord Blunkett",
        "Baroness Garden of Frognal",
        "Lord Bishop of Leeds",
        "Baroness Barran (Parliamentary Under-Secretary of State, Department for Education)",
    ]
    assert {p.name: (p.organisation, p.role) for p in debate.participants} == {
        "Lord Blunkett": ("", "member"),
        "Baroness Garden of Frognal": ("", "member"),
        "Lord Bishop of Leeds": ("", "member"),
        "Baroness Barran": ("", "government"),
    }


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_a_lords_report_stage_is_its_speeches_under_each_amendment_not_the_houses_decisions(
    printed: str,
) -> None:
    """At report stage each amendment is a heading ("Amendment 45"), its mover and its words
    under it ("Moved by …", "45: Clause 12, page 9, …") formulas, not the section; the House's
    decisions ("Amendment 46 withdrawn.", "Division on …") and a division's lists of names are
    no one's speech (the decision had ended the last turn, the amendment's words headed the
    turns). The House over the date is the debate's author (the title had been), named first in
    a citation, and in a PDF's text the time over a heading parts it from the title, as a blank
    line does. Narrow, each line wrapped at 75 characters, the amendment's quoted words run on
    to a second line ("… insert \"including the provision of" over "affordable housing\""): still
    the formula, not the first turns' section (they had had none)."""
    text = (SHAPES / "lords-report-stage-amendments-moved-and-divided-on.txt").read_text(encoding="utf-8")
    if printed == "narrow":
        text = narrow(text, 75)
        assert '\naffordable housing"\n' in text
    debate = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, LEXICON).document
    assert (debate.title, debate.author) == (
        "Levelling-up and Regeneration Bill Report (2nd Day)",
        "House of Lords",
    )
    assert citation(debate, debate.paragraphs[2]).startswith(
        "House of Lords, Levelling-up and Regeneration Bill"
    )
    assert [u.section for u in debate.paragraphs] == ["Amendment 45"] * 4 + ["Amendment 46"] * 3
    assert [u.speaker.split(" (")[0] for u in debate.paragraphs][3:5] == [
        "Baroness Hayman of Ullock",
        "Lord Stunell",
    ]
    assert debate.paragraphs[-1].text == "My Lords, I beg leave to withdraw the amendment."
    said = " ".join(u.text for u in debate.paragraphs)
    assert not any(word in said for word in ("Aberdare", "Contents", "agreed.", "Moved by", "line 3"))


def test_a_recordings_transcript_whose_turns_start_with_their_time() -> None:
    """A webinar's transcript: "[00:01:02] Tom Reed: Thank you, Amara. …". It had been prose,
    each turn a block with its label and time in its text, and the dateline under the title
    ("Tuesday 9 April 2024") the blocks' section; each is now a turn by its speaker, without
    the time, and the date dates the record."""
    record = ingest_file(SHAPES / "webinar-transcript-turns-timed.txt")
    assert record.date == "2024-04-09"
    assert [u.speaker for u in record.paragraphs] == [
        "Dr Amara Okafor",
        "Dr Amara Okafor",
        "Tom Reed",
        "Priya Nair",
        "Dr Amara Okafor",
        "Tom Reed",
        "Priya Nair",
        "Dr Amara Okafor",
    ]
    assert record.paragraphs[2].text.startswith("Thank you, Amara. The public health grant")
    assert not any("April" in u.section or "[" in u.text for u in record.paragraphs)
    # a webinar's speakers take part: no parliament's or council's record makes them its members
    assert {p.role for p in record.participants} == {"participant"}


@pytest.mark.parametrize("width", [None, 45])
def test_a_transcripts_labels_timed_in_brackets_name_only_the_speaker(width: int | None) -> None:
    """A transcription service's "Sarah Jones (00:00:04):" over each turn: the time is no
    organisation (each speaker had been "Sarah Jones, 00:00:04", one speaker a time). In a
    column of 45 characters, a turn's first line ends mid-sentence, one sentence ended inside
    it ("We have two speakers today. First, Professor"): still speech under its label (the turn
    had run into the one above)."""
    text = (SHAPES / "webinar-transcript-each-label-timed-in-brackets.txt").read_text(encoding="utf-8")
    record = read_genre(narrow(text, width) if width else text, LEXICON).document
    assert [u.speaker for u in record.paragraphs] == [
        *["Sarah Jones"] * 2,
        *["Martin Green"] * 2,
        "Anita Shah",
        "Sarah Jones",
        "Anita Shah",
        "Martin Green",
        "Sarah Jones",
    ]
    assert [(p.name, p.organisation) for p in record.participants] == [
        ("Sarah Jones", ""),
        ("Martin Green", ""),
        ("Anita Shah", ""),
    ]


@pytest.mark.parametrize(
    "label",
    [r"[\1] 10:\3:\4", r"\2:\3:\4\n\1", r"\2:\3:\4\n\nDr \1\n", r"\1: (\3:\4)", r"[\2:\3:\4] \1"],
    ids=[
        "name in square brackets, then the time",
        "the time over the name",
        "the time over a titled name, blank lines between",
        "time after colon",
        "time first",
    ],
)
def test_a_meeting_apps_saved_transcript_labels_each_turn_with_its_time(label: str) -> None:
    """The same webinar as a meeting app or a transcription service saves it: "[Sarah Jones]
    10:00:04" over each turn, the time on a line of its own over the name (blank lines around
    it, as a Word document spaced by its style gives them, or not), "Sarah Jones: (00:04)"
    or "[00:00:04] Sarah Jones": each turn its speaker's, the same words as under "Sarah Jones
    (00:00:04):" (each had been read as prose, each label a paragraph of the document's)."""
    text = (SHAPES / "webinar-transcript-each-label-timed-in-brackets.txt").read_text(encoding="utf-8")
    saved = re.sub(r"(?m)^(.+?) \((\d\d):(\d\d):(\d\d)\):$", label, text)
    assert saved != text
    assert [
        (u.speaker.removeprefix("Dr "), u.text) for u in read_genre(saved, LEXICON).document.paragraphs
    ] == [(u.speaker, u.text) for u in read_genre(text, LEXICON).document.paragraphs]


def test_a_turn_opening_with_a_sentence_that_introduces_a_list_is_the_speakers() -> None:
    """A roundtable's transcript as a transcription service sets it ("Mira Kapoor: (00:02)" over
    each turn), the chair opening with "Good afternoon and welcome. We have three questions to
    cover today:" over a loose list. That first turn had been no turn (its first line ended in a
    colon, as a list's heading does) and, under the cover, left out as front matter. Those the
    cover lists under "Speakers:" took part: none issued it ("Cllr Ruth Bell, Leader, Northdale
    Council" had been its author, a council's name, and every turn's section), and none sits as
    a member of that council. "Ruth Bell:" is the listed "Cllr Ruth Bell"."""
    record = ingest_file(
        SHAPES / "roundtable-transcript-its-labels-timed-after-a-colon-its-chair-opening-with-a-list.txt"
    )
    assert [u.speaker for u in record.paragraphs] == [
        "Prof. Mira Kapoor",
        "Daniel Osei",
        "Cllr Ruth Bell",
        "Prof. Mira Kapoor",
        "Cllr Ruth Bell",
        "Daniel Osei",
        "Prof. Mira Kapoor",
    ]
    assert record.paragraphs[0].text == (
        "Good afternoon and welcome. We have three questions to cover today: - what the adult skills"
        " fund should pay for; - how devolved areas should commission it; - what evidence we need."
        " Daniel, would you start?"
    )
    assert "Ruth Bell" not in record.author
    assert {p.role for p in record.participants} == {"chair", "participant"}
    assert {u.section for u in record.paragraphs} == {""}


def test_a_meetings_transcript_whose_labels_stand_alone_with_their_times() -> None:
    """A meeting app's transcript: "Tom Evans   0:21" on a line of its own over what he said.
    Each label and its time had been a unit of its own; the time marks a label as a colon
    does, and each turn is now a unit by its speaker."""
    record = ingest_file(SHAPES / "meeting-transcript-names-over-turns-with-times.txt")
    assert [(u.speaker, u.text.split()[0]) for u in record.paragraphs] == [
        ("Sarah Jones", "Welcome,"),
        ("Tom Evans", "Thanks,"),
        ("Dr Jane Hall", "From"),
        ("Sarah Jones", "Tom,"),
        ("Tom Evans", "We"),
        ("Dr Jane Hall", "That"),
    ]


def test_a_minister_labelled_by_office_then_by_name_alone_keeps_the_last_word() -> None:
    """A debate's record, labels on lines of their own with seats below ("Jim Shannon" over
    "(Strangford) (DUP)"): the minister first labelled by office over "(Guy Opperman)", later
    "Guy Opperman" alone. That label had been read as a heading and the minister's last words
    lost; it is his turn."""
    record = ingest_file(SHAPES / "debate-labels-over-seats-and-a-ministers-name-later.txt")
    minister = "Guy Opperman (Parliamentary Under-Secretary of State for Transport)"
    assert [u.speaker for u in record.paragraphs] == [
        "Jim Shannon",
        "Ruth Jones",
        "Jim Shannon",
        "Ruth Jones",
        minister,
        "Jim Shannon",
        minister,
    ]
    assert record.paragraphs[-1].text == "I would be happy to meet the hon. Gentleman."


@pytest.mark.parametrize("printed", ["as written", "as a PDF's text", "narrow"])
def test_oral_questions_numbered_in_a_debates_record_are_turns(printed: str) -> None:
    """Oral questions as the record prints them: "1. Ruth Jones (Newport West) (Lab): What
    assessment …", the minister's answer, her supplementary. The numbers had made three
    numbered paragraphs, each swallowing its exchange, spoken by the title; each turn is now a
    unit with its speaker, and "Guy Opperman:" is the minister the full label named. In a
    PDF's text, the first question's heading under the cover, no blank line between, is its
    section too (it had been none). Narrow, in a column of 60 characters, the labels wrap before
    a bracket ("The Parliamentary Under-Secretary of State for Transport" over "(Guy Opperman):
    …", "… Hillsborough)" over "(Lab): …"): still labels (the minister's answer had run into
    the question, and the second question into the answer above it)."""
    text = (SHAPES / "oral-questions-numbered-in-a-debates-record.txt").read_text()
    if printed == "narrow":
        text = narrow(text, 60)
        assert "for Transport\n(Guy Opperman):" in text and "Hillsborough)\n(Lab):" in text
    record = read_genre(as_pdf_text(text) if printed == "as a PDF's text" else text, load_themes()).document
    minister = "Guy Opperman (Parliamentary Under-Secretary of State for Transport)"
    assert [(u.section, u.speaker) for u in record.paragraphs[:5]] == [
        ("Rural Bus Services", "Ruth Jones"),
        ("Rural Bus Services", minister),
        ("Rural Bus Services", "Ruth Jones"),
        ("Rural Bus Services", minister),
        ("Bus Fares", "Gill Furniss"),
    ]
    assert record.paragraphs[0].text.startswith("What assessment he has made")
    assert len(record.paragraphs) == 10
    roles = {p.name: p.role for p in record.participants}
    assert (roles["Ruth Jones"], roles["Guy Opperman"], roles["Huw Merriman"]) == (
        "member",
        "government",
        "government",
    )


@pytest.mark.parametrize("layout", ["as written", "as a PDF's text", "question under its label"])
def test_oral_questions_each_put_by_a_member_to_a_minister_are_turns(layout: str) -> None:
    """ "1. TAMATHA PAUL (Green—Wellington Central) to the Minister of Housing: What is …?", as
    New Zealand's record prints a question: her turn, a member of the Green party (the question
    had been left out, and she a witness of an organisation); "Hon CHRIS BISHOP (Minister of
    Housing):" is Hon Chris Bishop, as "Hon CHRIS BISHOP:" is later (he had kept his capitals).
    The question wrapped onto the line under the label, as a word processor's PDF may set it,
    is her turn too (it had been left out)."""
    text = (SHAPES / "oral-questions-each-put-by-a-member-in-capitals-to-a-minister.txt").read_text()
    if layout != "as written":
        text = (
            as_pdf_text(text)
            if layout == "as a PDF's text"
            else text.replace("Housing: What", "Housing:\nWhat")
        )
    record = read_genre(text, load_themes()).document
    minister = "Hon Chris Bishop (Minister of Housing)"
    housing = "Housing—Social Housing Waiting List"
    assert [(u.section, u.speaker) for u in record.paragraphs[:4]] == [
        (housing, "Tamatha Paul"),
        (housing, minister),
        (housing, "Tamatha Paul"),
        (housing, minister),
    ]
    assert (
        record.paragraphs[0].text
        == "What is the current number of applicants on the social housing register?"
    )
    asked = record.paragraphs[7]
    assert (asked.section, asked.speaker) == ("Health—Emergency Department Wait Times", "Dr Ayesha Verrall")
    assert asked.text.startswith("Does he stand by his statement")
    roles = {p.name: p.role for p in record.participants}
    assert len(roles) == 5 and roles["Speaker"] == "chair"
    assert {name for name, role in roles.items() if role == "member"} == {"Tamatha Paul", "Dr Ayesha Verrall"}
    assert {name for name, role in roles.items() if role == "government"} == {
        "Hon Chris Bishop",
        "Hon Shane Reti",
    }


@pytest.mark.parametrize("layout", ["labels alone", "labels inline", "one label inline", "one question"])
def test_written_questions_each_answered_by_a_minister_are_turns(layout: str) -> None:
    """Written questions: a member's label ("Ruth Jones (Labour, Newport West):") over "To ask
    the Secretary of State …", the minister's over the answer, under the question's topic.
    Two speakers, or one question alone, are too few turns for a debate's evidence, but each
    question answered by another speaker is this genre's. The record's lines ("Question for
    Department for Transport", "UIN 18452, tabled on …", "Answered on …") are neither text nor
    topic; the member's party and seat make a member, the minister's office the government.
    One label printed inline among labels alone is a turn too (Ruth Jones's question had been
    taken for the cover's lines)."""
    text = (SHAPES / "written-questions-each-answered-by-a-minister.txt").read_text(encoding="utf-8")
    if layout == "labels inline":
        text = text.replace("):\n", "): ")
    elif layout == "one label inline":
        text = text.replace("Newport West):\n", "Newport West): ")
    elif layout == "one question":
        text = text.split("\nBus fares\n")[0]
    record = read_genre(text, LEXICON).document
    minister = "Guy Opperman (Minister for Roads and Local Transport)"
    expected = [
        ("Rural bus services", "Ruth Jones", "To ask the Secretary", "on rural communities."),
        ("Rural bus services", minister, "The Government recognises", "connectivity later this year."),
        ("Bus fares", "Gill Furniss", "To ask the Secretary", "cap beyond December 2024."),
        ("Bus fares", minister, "The £2 fare cap", "made in the usual way."),
    ]
    assert [(u.section, u.speaker) for u in record.paragraphs] == [(s, who) for s, who, _o, _e in expected][
        : 2 if layout == "one question" else 4
    ]
    for unit, (_section, _who, opening, ending) in zip(record.paragraphs, expected, strict=False):
        assert unit.text.startswith(opening) and unit.text.endswith(ending)
    roles = {p.name: p.role for p in record.participants}
    assert (roles["Ruth Jones"], roles["Guy Opperman"]) == ("member", "government")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=len(PEOPLE)), st.booleans()),
        min_size=8,
        max_size=30,
    ),
    st.sampled_from(["", ":", "time"]),
)
def test_every_speech_under_a_label_alone_is_one_turn_however_often_its_speaker_returns(
    order: list[tuple[int, bool]], after_label: str
) -> None:
    """A debate's record: each label on a line of its own (ending with a colon, a recording's
    time or neither), the
    speech below it over a few lines, the page sometimes turning between the two (three turns
    or more to a page). A
    speaker who speaks often repeats a line as a running header does, but their label is no
    page furniture. (A speaker whose every later label stood at a page's foot would read as a
    footer: here each has spoken once mid-page before a page turns under their label.)"""
    lines = ["Example Committee", "", "Tuesday 2 May 2023", ""]
    expected = []
    seen: set[int] = set()
    mid_page: set[int] = set()  # speakers whose short label has stood mid-page
    on_page = 0
    for n, (who, turn_page) in enumerate(order, start=1):
        page_turns = turn_page and on_page >= 3 and who in mid_page
        on_page = 0 if page_turns else on_page + 1
        if who in seen and not page_turns:
            mid_page.add(who)
        said = [f"Words of turn number{n} said at some length,", "running on to a second line,", "a third."]
        words = " ".join(said)
        label, speaker = label_and_speaker(who, first=who not in seen)
        expected.append((speaker, words))
        seen.add(who)
        after = (
            f"   {n // 2}:{n % 2 * 30:02d}" if after_label == "time" else after_label
        )  # "Tom Evans   3:30"
        lines += [f"{label}{after}", "\f" if page_turns else "", *said, ""]
    assert_turns(read_genre("\n".join(lines), LEXICON), expected, [who for who, _ in order])


def test_a_hearing_whose_labels_stand_alone_with_colons() -> None:
    """ "Dr Jane Hall:" on a line of its own over her answer, "Chair:" over the chair's
    question: each a turn with its words, however short ("Has the £2 fare cap helped?" is no
    heading); the cover's inline lists ("Witnesses: Dr Jane Hall, …; Tom Evans, …") give the
    witnesses their role."""
    hearing = ingest_file(SHAPES / "hearing-speakers-labelled-alone-with-colons.txt")
    assert [(u.label, u.speaker, u.text.split()[0]) for u in hearing.paragraphs] == [
        ("1", "Chair", "Good"),
        ("2", "Dr Jane Hall", "Because"),
        ("3", "Tom Evans", "Costs"),
        ("4", "Ruth Cadbury", "Has"),
        ("5", "Dr Jane Hall", "It"),
        ("6", "Tom Evans", "Operators"),
        ("7", "Chair", "Thank"),
    ]
    roles = {p.name: p.role for p in hearing.participants}
    assert roles == {
        "Chair": "chair",
        "Dr Jane Hall": "witness",
        "Tom Evans": "witness",
        "Ruth Cadbury": "member",
    }


def test_a_witness_heading_in_capitals_and_a_bracketed_note_may_wrap() -> None:
    """In a narrow column "STATEMENT OF JANE DOE, EXECUTIVE DIRECTOR," runs on to "RURAL
    CONNECT ALLIANCE", and "[Whereupon, at 11:47 a.m., the" to "subcommittee was adjourned.]":
    the witness is still named with her organisation (she had been "Jane Doe, " with none),
    her turns are under the whole heading, and the note is in no turn."""
    text = (SHAPES / "hearing-labels-in-capitals-with-full-stops.txt").read_text(encoding="utf-8")
    wrapped = text.replace("DIRECTOR, RURAL", "DIRECTOR,\nRURAL").replace("a.m., the sub", "a.m., the\nsub")
    record = read_genre(wrapped, LEXICON).document
    statement = "STATEMENT OF JANE DOE, EXECUTIVE DIRECTOR, RURAL CONNECT ALLIANCE"
    assert (record.paragraphs[2].speaker, record.paragraphs[2].section) == (
        "Jane Doe, Rural Connect Alliance",
        statement,
    )
    assert record.paragraphs[-1].text == "I thank the witnesses. The subcommittee stands adjourned."


@pytest.mark.parametrize("blank_lines", [True, False])
def test_an_american_hearing_labels_turns_by_title_and_surname_in_capitals(blank_lines: bool) -> None:
    """A congressional hearing's record: "Mr. LATTA. The subcommittee will come to order.",
    a full stop where a colon would be, witnesses named in full under "STATEMENT OF …", the
    chair on the cover ("… presiding"), dated "TUESDAY, MARCH 12, 2024". It had been prose,
    undated, thirteen blocks each starting with a label. Without blank lines, as from a PDF,
    the title in capitals ("… BROADBAND: LESSONS FROM THE FIELD") is no one's turn, and the
    "HEARING" under it no more of the title."""
    text = (SHAPES / "hearing-labels-in-capitals-with-full-stops.txt").read_text(encoding="utf-8")
    record = read_genre(text if blank_lines else text.replace("\n\n", "\n"), LEXICON).document
    doe, roe = "Jane Doe, Rural Connect Alliance", "Richard Roe, State University"
    assert [(u.speaker, u.text.split()[0]) for u in record.paragraphs] == [
        ("Mr. Latta", "The"),
        ("Ms. Matsui", "Thank"),
        (doe, "Thank"),
        (roe, "Thank"),
        ("Mr. Latta", "Thank"),
        (doe, "Eighteen"),
        ("Mr. Carter", "Professor"),
        (roe, "It"),
        ("Mr. Latta", "I"),
    ]
    assert (record.date, record.author) == ("2024-03-12", "Subcommittee on Communications and Technology")
    assert record.title == "MODERNIZING RURAL BROADBAND: LESSONS FROM THE FIELD"  # not "… HEARING"
    assert {(p.name, p.title, p.role) for p in record.participants} == {
        ("Jane Doe", "Executive Director", "witness"),
        ("Richard Roe", "Professor of Economics", "witness"),
        ("Mr. Latta", "", "chair"),
        ("Ms. Matsui", "", "member"),
        ("Mr. Carter", "", "member"),
    }
    assert record.paragraphs[-1].text == "I thank the witnesses. The subcommittee stands adjourned."


@pytest.mark.parametrize("layout", ["blank lines", "no blank lines", "narrow", "narrower"])
def test_a_hearing_labelled_by_title_and_surname_as_written_keeps_each_statement(layout: str) -> None:
    """A hearing's text as printed without small capitals: "Mr. Guthrie. The subcommittee will
    come to order." It had been prose, 28 blocks each opening with a label. Read as turns, a
    witness's prepared statement under its own heading ("Prepared Statement of Mary Ellen
    Dorsey") is hers, not lost for want of a label; the chair's "OPENING STATEMENT OF HON. …"
    on one long line is a heading, not his words; a question he puts to a witness is said, not
    a heading; and the witness list's dots and page ("… 5") are not her organisation's, nor
    are the dots when, each line wrapped at 75 characters, the page goes onto a line of its own
    (she had been "Mary Ellen Dorsey, Riverside Community Health ..."); at 60, her entry's last
    words go onto the page's line ("… Riverside" over "Community Health ... 5"), still hers
    (she had been of "Riverside", he "Samuel Okafor", without his title)."""
    text = (
        SHAPES / "hearing-labelled-by-title-and-surname-its-prepared-statement-under-its-own-heading.txt"
    ).read_text(encoding="utf-8")
    if layout.startswith("narrow"):
        text = narrow(text, 75 if layout == "narrow" else 60)
        assert "Health ...\n5\n" in text or "Riverside\nCommunity Health ... 5\n" in text
    record = read_genre(text.replace("\n\n", "\n") if layout == "no blank lines" else text, LEXICON)
    dorsey, okafor = (
        "Mary Ellen Dorsey, Riverside Community Health",
        "Dr. Samuel Okafor, Bluegrass Family Clinics",
    )
    units = record.document.paragraphs
    assert [(u.speaker, u.text.split()[0]) for u in units] == [
        ("Mr. Guthrie", "The"),
        ("Mr. Guthrie", "Community"),
        ("Mr. Guthrie", "The"),
        ("Ms. Eshoo", "Thank"),
        ("Mr. Guthrie", "The"),
        (dorsey, "Chairman"),
        (dorsey, "Riverside"),
        ("Mr. Guthrie", "Thank"),
        (okafor, "Thank"),
        ("Mr. Guthrie", "Thank"),
        (dorsey, "Around"),
        ("Mr. Griffith", "Dr."),
        (okafor, "We"),
        ("Mr. Guthrie", "Seeing"),
    ]
    assert units[1].section.startswith("OPENING STATEMENT OF HON. BRETT GUTHRIE")
    assert units[6].section == "Prepared Statement of Mary Ellen Dorsey"
    assert units[9].text.endswith("Ms. Dorsey, how many vacancies do you carry on an average day?")
    assert not any("OPENING" in u.text or "[" in u.text for u in units)
    assert ("Mr. Guthrie", "chair") in {
        (p.name, p.role) for p in record.document.participants
    }  # "(chairman …) presiding"


def test_a_closing_formula_wrapped_onto_the_next_line_is_still_the_speakers() -> None:
    """ "I thank our witnesses. The" over "subcommittee is adjourned.", as a wider page wraps the
    chair's last words: the second line, though it reads like "The subcommittee is adjourned.",
    goes on his turn (it had been cut off, the turn ending on "The")."""
    text = SHAPES / "hearing-labelled-by-title-and-surname-its-prepared-statement-under-its-own-heading.txt"
    wrapped = text.read_text(encoding="utf-8").replace(
        "witnesses. The subcommittee", "witnesses. The\nsubcommittee"
    )
    last = read_genre(wrapped, LEXICON).document.paragraphs[-1]
    assert last.text.endswith("I thank our witnesses. The subcommittee is adjourned.")


AMERICANS = [("Mr. LATTA", "Mr. Latta"), ("Mrs. McMORRIS RODGERS", "Mrs. McMorris Rodgers"),
             ("Senator VAN HOLLEN", "Senator Van Hollen"), ("The CHAIRMAN", "The Chairman"),
             ("Mr. Guthrie", "Mr. Guthrie"), ("Dr. Okafor", "Dr. Okafor")]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(AMERICANS) - 1), min_size=8, max_size=30))
def test_every_turn_of_a_generated_american_hearing_is_one_unit_with_its_speaker(order: list[int]) -> None:
    lines = ["Hearing before the Committee on Examples", "", "March 3, 2023", ""]
    for n, who in enumerate(order, start=1):
        lines += [f"{AMERICANS[who][0]}. Words of turn number{n} said here.", ""]
    expected = [(AMERICANS[who][1], f"Words of turn number{n} said here.") for n, who in enumerate(order, 1)]
    assert_turns(read_genre("\n".join(lines), LEXICON), expected, order)


@pytest.mark.parametrize("layout", ["blank lines", "no blank lines", "wrapped"])
def test_a_committees_evidence_naming_its_chair_in_brackets_within_brackets(layout: str) -> None:
    """Canada's record: "The Chair (Mr. Robert Morrissey (Egmont, Lib.)): …", members after
    their seat and party ("(Kelowna—Lake Country, CPC)"), "● (1535)" timings between turns, a
    cover line "Chair: Mr. Robert Morrissey". The chair's first turn had been lost with the
    cover, the timing had been a line of a witness's answer, "The meeting is adjourned." the
    chair's words, and "Chair: …" the section's heading or (without blank lines) a turn. Wrapped
    as a word processor's PDF gives it, "… Council): Thank you," over "Mr. Chair. Employers …"
    goes on with the witness's answer (it had opened a turn of "Mr. Chair")."""
    text = (SHAPES / "committee-evidence-chair-named-in-nested-brackets.txt").read_text(encoding="utf-8")
    if layout == "no blank lines":
        text = text.replace("\n\n", "\n")
    elif layout == "wrapped":
        text = "\n".join(textwrap.fill(line, 75) for line in text.split("\n"))
    record = read_genre(text, LEXICON).document
    chair, gray = (
        "Mr. Robert Morrissey (Chair)",
        "Ms. Linda Gray, Executive Director, Rural Employers Council",
    )
    tremblay = "Mr. Paul Tremblay, President, Atlantic Workforce Institute"
    assert [(u.speaker, u.section, u.text.split()[0]) for u in record.paragraphs] == [
        (chair, "", "I"),
        (gray, "", "Thank"),
        (tremblay, "", "Thank"),
        (chair, "", "Thank"),
        ("Mrs. Tracy Gray", "", "Ms."),
        (gray, "", "Allowing"),
        ("Mrs. Louise Chabot", "", "Mr."),
        (tremblay, "", "Yes."),
        (chair, "", "Thank"),
    ]
    assert record.paragraphs[0].text.endswith("Ms. Gray, you have five minutes.")
    assert record.paragraphs[1].text.endswith("once they arrive.")
    assert record.paragraphs[-1].text == "Thank you. That concludes our time with the witnesses."
    assert {(p.name, p.role) for p in record.participants} == {
        ("Mr. Robert Morrissey", "chair"),
        ("Ms. Linda Gray", "witness"),
        ("Mr. Paul Tremblay", "witness"),
        ("Mrs. Tracy Gray", "member"),
        ("Mrs. Louise Chabot", "member"),
    }


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_hearing_whose_labels_set_surnames_and_the_chair_in_capitals(blank_lines: bool) -> None:
    """Australia's committee record: "CHAIR (Senator Brown): …" then "CHAIR: …", "Senator
    HUGHES: …", witnesses listed on the cover as "HARRIS, Ms Anne, Chief Executive Officer, …"
    and labelled "Ms Harris: …". "CHAIR:" had been no label, its words the end of a witness's
    answer, and the chair a witness of the organisation "Senator Brown"."""
    text = (SHAPES / "hearing-labels-in-capitals-with-colons-and-a-witness-list.txt").read_text(
        encoding="utf-8"
    )
    record = read_genre(text if blank_lines else text.replace("\n\n", "\n"), LEXICON).document
    chair, harris = "Senator Brown (Chair)", "Ms Anne Harris, Aged Care Providers Network"
    kelly = "Dr Sean Kelly, Centre for Care Economics"
    assert [u.speaker for u in record.paragraphs] == [
        chair, harris, kelly, "Senator Hughes", kelly, "Senator Rice", harris, chair
    ]  # fmt: skip
    assert record.paragraphs[-2].text == "Around 1,200 across the network in the last year."
    assert record.paragraphs[-1].text == "Thank you both for your evidence today."
    assert {(p.name, p.title, p.role) for p in record.participants} == {
        ("Senator Brown", "Chair", "chair"),
        ("Ms Anne Harris", "Chief Executive Officer", "witness"),
        ("Dr Sean Kelly", "Senior Research Fellow", "witness"),
        ("Senator Hughes", "", "member"),
        ("Senator Rice", "", "member"),
    }


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_record_titling_its_members_by_their_seats_makes_the_others_witnesses(blank_lines: bool) -> None:
    """A joint committee's debate: members labelled "Deputy Cian O'Callaghan", "Senator Victor
    Boyhan"; those labelled "Ms Virginia Teehan", "Mr. Seán Keyes" are the witnesses (they had
    been members). "The joint committee adjourned at …" ends the record, no one's words. The
    cover's "Debate" is the kind of record, so the topic under it titles it (the committee's
    name had)."""
    text = (SHAPES / "committee-debate-members-titled-deputy-and-senator.txt").read_text(encoding="utf-8")
    record = read_genre(text if blank_lines else text.replace("\n\n", "\n"), LEXICON).document
    assert {(p.name, p.role) for p in record.participants} == {
        ("Chairman", "chair"),
        ("Ms Virginia Teehan", "witness"),
        ("Mr. Seán Keyes", "witness"),
        ("Deputy Cian O'Callaghan", "member"),
        ("Senator Victor Boyhan", "member"),
    }
    assert len(record.paragraphs) == 9
    assert record.paragraphs[-1].text == "I thank the witnesses."
    assert record.title == "Vacant and Derelict Properties: Discussion"


SPACINGS = {"as written": lambda text: text, "no blank lines": lambda text: text.replace("\n\n", "\n"),
            "a blank line after each, as Word's text": lambda text: text.replace("\n", "\n\n")}  # fmt: skip


@pytest.mark.parametrize("spacing", SPACINGS)
def test_an_event_transcript_labelled_by_initials_that_its_speaker_key_names(spacing: str) -> None:
    """ "AB: …" turns under a key ("AB – Alice Brown, Director of Public Health, …", "EF – Dr
    Emma Fox, …(chair)"). The transcript had been prose: eight blocks each starting with its
    initials, the chair's questions section headings, undated. The key's last entry is no
    section heading."""
    text = (SHAPES / "event-transcript-labelled-by-initials-with-a-speaker-key.txt").read_text(
        encoding="utf-8"
    )
    record = read_genre(SPACINGS[spacing](text), LEXICON).document
    assert {u.section for u in record.paragraphs} == {""}
    chair = "Dr Emma Fox (Chair)"
    brown = "Alice Brown, Director of Public Health, Northshire County Council"
    davies = "Chris Davies, Chair of the Health and Social Care Committee"
    assert [u.speaker for u in record.paragraphs] == [
        chair, brown, chair, davies, brown, chair, davies, brown, chair
    ]  # fmt: skip
    assert record.paragraphs[2].text == "Chris, does Parliament see it the same way?"
    assert record.date == "2023-06-14" and "Davies" not in record.author


@pytest.mark.parametrize("spacing", SPACINGS)
def test_a_recordings_transcript_whose_speakers_are_numbered_not_named(spacing: str) -> None:
    """A transcription service's "Speaker 1  00:00" over each turn: the turns of speakers 1, 2
    and 3, under no section (the dateline "Recorded 3 May 2024" is none). The labels had been
    blocks of their own and the host's question a heading."""
    text = (SHAPES / "recording-transcript-speakers-numbered-by-the-transcriber.txt").read_text(
        encoding="utf-8"
    )
    record = read_genre(SPACINGS[spacing](text), LEXICON).document
    assert [(u.speaker, u.section) for u in record.paragraphs] == [
        (f"Speaker {n}", "") for n in (1, 2, 1, 3, 2, 1)
    ]
    assert record.paragraphs[2].text == "And what can a council do about that?"


@pytest.mark.parametrize("spacing", SPACINGS)
def test_an_inquiry_hearings_questions_and_answers_are_counsels_and_the_witnesss(spacing: str) -> None:
    """A public inquiry's transcript: "THE CHAIR:" and "MR CARTER:" labels in capitals, a
    witness called ("MS HELEN PRICE (affirmed)"), "Questioned by MR CARTER", then "Q." and "A."
    turns. It had been prose: the questions section headings, the answers blocks, no speakers."""
    text = (SHAPES / "inquiry-hearing-transcript-questions-and-answers.txt").read_text(encoding="utf-8")
    record = read_genre(SPACINGS[spacing](text), LEXICON).document
    chair, counsel, witness = "The Chair", "Mr Carter", "Ms Helen Price"
    assert [u.speaker for u in record.paragraphs] == [
        chair, counsel, counsel, witness, counsel, witness, counsel, witness, counsel, witness, chair, counsel
    ]  # fmt: skip
    assert record.paragraphs[6].text.startswith("When did the Agency first know")
    assert not any(u.text.startswith("(") or "affirmed" in u.text for u in record.paragraphs)
    assert {(p.name, p.role) for p in record.participants} == {
        (chair, "chair"), (counsel, "counsel"), (witness, "witness")
    }  # fmt: skip


@pytest.mark.parametrize("page_breaks", [True, False])
def test_a_transcript_whose_lines_are_numbered_afresh_on_each_page(page_breaks: bool) -> None:
    """A hearing's transcript as courts' and inquiries' reporters print it: every line of a page
    numbered in the margin, 1 to 25, afresh on each page (with page breaks, or without: a page
    ends where the numbers restart). The numbers had run into the text ("2 MR CARTER: Good
    morning, sir. May I call Ms Helen Price, 3 please.") and hidden every label: it had been
    prose."""
    text = (SHAPES / "inquiry-transcript-lines-numbered-on-each-page.txt").read_text(encoding="utf-8")
    record = read_genre(text if page_breaks else text.replace("\f", ""), LEXICON).document
    speakers = [u.speaker for u in record.paragraphs]
    assert speakers[:4] == ["The Chair", "Mr Carter", "Mr Carter", "Ms Helen Price"] and len(speakers) == 20
    assert record.paragraphs[1].text == "Good morning, sir. May I call Ms Helen Price, please."
    assert (
        record.paragraphs[-1].text
        == "With hindsight, yes. The river rose faster than any of our models predicted."
    )
    assert not any(re.search(r"(?:^|\s)\d{1,2}\s+(?:Q\.|A\.|MR|THE)\b", u.text) for u in record.paragraphs)


@pytest.mark.parametrize("spacing", SPACINGS)
def test_a_debate_labelled_by_an_irish_chair_and_a_ministers_office(spacing: str) -> None:
    """A Dáil debate, not tuned to before it was read: "An Ceann Comhairle:" chairs, "Minister
    for Housing, Local Government and Heritage (Deputy Darragh O'Brien):" is the government
    (later "Deputy Darragh O'Brien:"), and "Deputy Eoin Ó Broin" has an accented capital. It had
    been prose: the minister's office no label, Ó Broin's no name."""
    text = (SHAPES / "debate-labelled-by-irish-office-and-ministers-office.txt").read_text(encoding="utf-8")
    record = read_genre(SPACINGS[spacing](text), LEXICON).document
    minister = "Deputy Darragh O'Brien (Minister for Housing, Local Government and Heritage)"
    chair, broin = "An Ceann Comhairle", "Deputy Eoin Ó Broin"
    assert [u.speaker for u in record.paragraphs] == [
        chair, minister, broin, minister, "Deputy Cian O'Callaghan", broin, chair, minister
    ]  # fmt: skip
    roles = {p.name: p.role for p in record.participants}
    assert roles == {"Deputy Darragh O'Brien": "government", chair: "chair", broin: "member",
                     "Deputy Cian O'Callaghan": "member"}  # fmt: skip


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_bill_committees_evidence_numbered_from_q45_is_read_by_question(pdf: bool) -> None:
    """A public bill committee's oral evidence: no "Witnesses:" paragraph opens the panel, but
    "Ben Beadle and Polly Neate gave evidence." does; the witnesses are listed under a heading
    on the cover, one a line, the members surname first ("† Amesbury, Mike (Weaver Vale)
    (Lab)") and the chair "[Sir Mark Hendrick in the Chair]". Each turn is a unit labelled by
    its question (the whole had been prose, its turns blocks under "2 pm"), and the sitting's
    close ("Ordered, That …", "Adjourned till …") is no one's words."""
    text = (SHAPES / "bill-committee-oral-evidence-its-panel-giving-evidence-from-q45.txt").read_text()
    evidence = read_genre(as_pdf_text(text) if pdf else text, LEXICON)
    assert evidence.genre == "transcript"
    units = evidence.document.paragraphs
    assert [u.label for u in units] == ["Q45"] * 3 + ["Q46"] * 3 + ["Q47"] * 3
    assert [u.speaker.split(",")[0] for u in units][:4] == [
        "Sir Mark Hendrick (Chair)",
        "Ben Beadle",
        "Polly Neate",
        "Jacob Young",
    ]
    assert units[1].speaker == "Ben Beadle, Chief Executive, National Residential Landlords Association"
    assert units[-1].text.endswith("the time allotted for the Committee to ask questions.")
    roles = {p.name: p.role for p in evidence.document.participants}
    assert roles["Sir Mark Hendrick"] == "chair" and roles["Mike Amesbury"] == "member"
    assert roles["Polly Neate"] == "witness"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_divisions_lists_of_members_are_no_section_and_no_ones_words(pdf: bool) -> None:
    """At a parliament's decision time the members voting are listed under "For" and
    "Against", surname first with their seats and parties ("Adam, George (Paisley) (SNP)"): a
    division's lists, not headings (the last name had been the section of the result that
    follows), and no one's words; nor are the members' collective "Members: No." the Presiding
    Officer's (they had ended her turn)."""
    text = (
        SHAPES / "parliament-meeting-its-decision-time-with-a-division-listed-by-seat-and-party.txt"
    ).read_text()
    meeting = read_genre(as_pdf_text(text) if pdf else text, LEXICON).document
    units = meeting.paragraphs
    assert [u.section for u in units[-3:]] == ["Decision Time"] * 3
    assert units[-1].text == "The result of the division is: For 64, Against 55, Abstentions 0."
    assert units[-3].text.endswith("be agreed to. Are we agreed?")
    assert not any("Adam, George" in u.text or "Balfour" in u.text for u in units)


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_welsh_patronymic_labels_its_turn_and_the_llywydd_chairs(pdf: bool) -> None:
    """ "Mabon ap Gwynfor: …" labels his question, as "Ursula von der Leyen" would hers (it had
    run into the Llywydd's turn before it); the Llywydd presides, so chairs (she had been read as
    a witness)."""
    text = (
        SHAPES / "senedd-plenary-its-presiding-officer-the-llywydd-and-a-welsh-patronymic.txt"
    ).read_text()
    plenary = read_genre(as_pdf_text(text) if pdf else text, LEXICON).document
    assert [u.speaker.split(" (")[0] for u in plenary.paragraphs][5:] == [
        "Elin Jones",
        "Mabon ap Gwynfor",
        "Julie James",
    ]
    assert plenary.paragraphs[5].text == "Question 2, Mabon ap Gwynfor."
    assert {p.name: p.role for p in plenary.participants}["Elin Jones"] == "chair"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_focus_groups_respondents_numbered_r1_r2_take_turns(pdf: bool) -> None:
    """ "MODERATOR:" and the respondents the transcriber numbered "R1:", "R2:", "R3:": each label
    opens a turn (the answers had been blocks of prose, the moderator's questions their
    headings); the credit over the first turn ("Transcribed by …") is no section."""
    text = (SHAPES / "focus-group-transcript-its-respondents-numbered-r1-r2-r3.txt").read_text()
    record = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [u.speaker for u in record.paragraphs] == [
        *("Moderator", "R1", "R2", "R3", "Moderator", "R1", "R3", "R2", "Moderator", "R2", "R1")
    ]
    assert record.paragraphs[1].text.startswith("I look after my mum.")
    assert {u.section for u in record.paragraphs} == {""}
    assert {p.name: p.role for p in record.participants}["Moderator"] == "chair"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_debate_copied_from_the_houses_website_names_each_speaker_over_their_speech(pdf: bool) -> None:
    """ "Ruth Jones Labour, Newport West" and "Guy Opperman The Parliamentary Under-Secretary of
    State for Transport" over what each said, as the Commons' own website prints a debate: the
    name, then the party and seat, or the office (these had been sections over prose)."""
    text = (
        SHAPES / "commons-debate-copied-from-its-website-each-name-over-its-party-and-seat.txt"
    ).read_text()
    record = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    minister = "Guy Opperman (Parliamentary Under-Secretary of State for Transport)"
    assert [u.speaker for u in record.paragraphs] == [
        *("Ruth Jones", minister, "Ruth Jones", minister, "Jim Shannon", minister, "Ruth Jones", minister)
    ]
    assert record.paragraphs[4].text.startswith("In Northern Ireland, community transport")
    roles = {p.name: p.role for p in record.participants}
    assert roles == {"Ruth Jones": "member", "Guy Opperman": "government", "Jim Shannon": "member"}


@pytest.mark.parametrize("dash", ["–", "-"], ids=["dash", "typed hyphen"])
@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_european_parliament_debate_labels_each_speaker_before_a_full_stop_and_a_dash(
    pdf: bool, dash: str
) -> None:
    """ "President. – The next item is …", "Nicolas Schmit, Member of the Commission. – …",
    "Maria Silva, on behalf of the PPE Group. – …", later "Maria Silva (PPE). – …" (or a typed
    hyphen): each a turn (they had been blocks of prose, labels and all); the President
    chairs, and those speaking for a political group are members."""
    shape = SHAPES / "european-parliament-debate-each-speaker-before-a-full-stop-and-a-dash.txt"
    text = shape.read_text(encoding="utf-8").replace(". – ", f". {dash} ")
    debate = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    commissioner = "Nicolas Schmit, Member of the Commission"
    speakers = [u.speaker.removesuffix(", on behalf of the PPE Group") for u in debate.paragraphs]
    assert [s.removesuffix(", on behalf of the S&D Group") for s in speakers] == [
        *("President", commissioner, "Maria Silva", "Jan Novak", "President", commissioner, "Maria Silva")
    ]
    assert debate.paragraphs[1].text.endswith("affordable housing plan before the end of the year.")
    assert debate.paragraphs[0].text.startswith("The next item is the Commission statement")
    roles = {p.name: p.role for p in debate.participants}
    assert (roles["President"], roles["Maria Silva"], roles["Jan Novak"]) == ("chair", "member", "member")


def test_a_member_labelled_by_seat_and_office_is_a_member_or_the_government() -> None:
    """Australia's record: "Mr DUTTON (Dickson—Leader of the Opposition) (14:02): …", a member
    holding an office (he had been a witness from "Dickson—Leader of the Opposition"); "Mr
    ALBANESE (Grayndler—Prime Minister)" and "Dr CHALMERS (Rankin—Treasurer)", ministers, their
    seat no part of their office (the Treasurer had been a witness)."""
    record = ingest_file(SHAPES / "question-time-each-member-labelled-in-capitals-by-seat-and-office.txt")
    people = {p.name: (p.title, p.role) for p in record.participants}
    assert people["Mr Dutton"] == ("Leader of the Opposition", "member")
    assert people["Mr Albanese"] == ("Prime Minister", "government")
    assert people["Dr Chalmers"] == ("Treasurer", "government")
    assert [u.speaker for u in record.paragraphs[:3]] == [
        "Mr Dutton",
        "Mr Albanese (Prime Minister)",
        "Mr Dutton",
    ]


def test_a_minister_labelled_by_office_and_party_speaks_for_the_government() -> None:
    """Canada's record: "Right Hon. Justin Trudeau (Prime Minister, Lib.):" and "Hon. Sean Fraser
    (Minister of Housing, Infrastructure and Communities, Lib.):" are ministers, their party no
    part of their office (it had been "Prime Minister, Lib."); "(Leader of the Opposition, CPC)"
    is a member holding an office; "(La Prairie, BQ)" a member's seat, no office."""
    record = ingest_file(SHAPES / "question-period-each-minister-labelled-by-office-and-party.txt")
    people = {p.name: (p.title, p.role) for p in record.participants}
    assert people["Right Hon. Justin Trudeau"] == ("Prime Minister", "government")
    assert people["Hon. Sean Fraser"] == ("Minister of Housing, Infrastructure and Communities", "government")
    assert people["Hon. Pierre Poilievre"] == ("Leader of the Opposition", "member")
    assert people["Mr. Alain Therrien"] == ("", "member")
    assert [u.speaker for u in record.paragraphs][2:5] == [
        "Hon. Pierre Poilievre",
        "Right Hon. Justin Trudeau (Prime Minister)",
        "Hon. Pierre Poilievre",
    ]


@pytest.mark.parametrize("width", [72, 60])
def test_a_label_wrapped_inside_its_brackets_opens_its_turn(width: int) -> None:
    """Canada's record set on a narrow page: "Hon. Sean Fraser (Minister of Housing,
    Infrastructure and Communities," over "Lib.): Mr. Speaker, …" opens the minister's turn, and
    the record reads as it does with its labels on one line (it had read as plain prose, its
    turns blocks that no one spoke)."""
    path = SHAPES / "question-period-each-minister-labelled-by-office-and-party.txt"
    narrow = "\n".join(textwrap.fill(line, width) for line in path.read_text().split("\n"))
    assert "(Minister of Housing, Infrastructure and Communities, Lib.):" not in narrow  # wrapped inside
    turns = [(u.speaker, u.text) for u in read_genre(narrow, LEXICON).document.paragraphs]
    assert turns == [(u.speaker, u.text) for u in ingest_file(path).paragraphs]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_record_named_house_of_commons_debates_is_titled_so(pdf: bool) -> None:
    """ "House of Commons Debates" over the volume, "OFFICIAL REPORT (HANSARD)", the date and
    "Speaker: The Honourable Greg Fergus": the record's name is its title and the House its
    author (both had been the Speaker's line)."""
    text = (SHAPES / "question-period-each-minister-labelled-by-office-and-party.txt").read_text()
    record = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    named = ("House of Commons Debates", "House of Commons", "2023-11-15")
    assert (record.title, record.author, record.date) == named


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_session_of_two_numbered_questions_is_a_transcript(pdf: bool) -> None:
    """ "Q1 Chair: …" and "Q2 Paulette Hamilton: …", each answered: questions and answers,
    the chair and the witnesses as the cover names them (it had been a meeting's turns, one
    speaker "Q1 Chair", another "Q2 Paulette Hamilton")."""
    text = (SHAPES / "oral-evidence-of-a-short-session-two-questions-long.txt").read_text()
    reading = read_genre(as_pdf_text(text) if pdf else text, load_themes())
    assert reading.genre == "transcript"
    assert [(u.label, u.speaker.split(",")[0]) for u in reading.document.paragraphs] == [
        ("Q1", "Steve Brine (Chair)"),
        ("Q1", "Shawn Charlwood"),
        ("Q1", "Eddie Crouch"),
        ("Q2", "Paulette Hamilton"),
        ("Q2", "Eddie Crouch"),
        ("Q2", "Steve Brine (Chair)"),
    ]


def test_the_senedds_others_in_attendance_are_its_witnesses() -> None:
    """The Senedd's record lists its committee's members, then "Eraill yn bresennol" over
    "Others in Attendance", each in Welsh and English, a name and its post in two columns: those
    others are witnesses, not members, and a name run on into its post on one line ("Dr Anna
    Price Cyfarwyddwr, Coleg …") ends at the surname the turns call her by."""
    record = ingest_file(
        SHAPES / "senedd-record-in-two-languages-its-witnesses-under-others-in-attendance.txt"
    )
    roles = {p.name: p.role for p in record.participants}
    assert roles == {
        "Russell George": "chair",
        "Rhun ap Iorwerth": "member",
        "Joyce Watson": "member",
        "Dr Anna Price": "witness",
        "Professor Tom Evans": "witness",
    }
    assert [u.label for u in record.paragraphs] == [str(n) for n in range(5, 11)]
    assert record.paragraphs[1].speaker.startswith("Dr Anna Price, ")


SUMMARY_RECORD = SHAPES / "summary-record-of-a-meeting-in-reported-speech-each-paragraph-naming-who-spoke.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_summary_record_in_reported_speech_gives_each_paragraph_to_whom_it_names(pdf: bool) -> None:
    """A treaty body's summary record numbers paragraphs of reported speech ("2. Ms. Okafor
    (Northland), introducing …, said that …"): each is theirs whom it opens by naming, "The
    Chair … asked" the chair's, and one naming no one ("Unemployment had fallen …") goes on
    with the last speaker's words (all had been the committee's). The meeting's timings are
    no paragraph's text, nor the note on corrections after it; "Seventy-fifth session" is no
    title."""
    text = SUMMARY_RECORD.read_text(encoding="utf-8")
    record = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert record.title == "Summary record of the 23rd meeting"
    okafor, lindqvist, chair = "Ms. Okafor", "Mr. Lindqvist", "Mr. Ramirez Sanchez"
    assert [u.speaker for u in record.paragraphs] == [
        "Committee on Economic, Social and Cultural Rights",
        *(okafor, okafor, lindqvist, lindqvist, "Ms. Bhattacharya", chair, okafor, okafor, lindqvist),
    ]
    assert ("Ms. Okafor", "Northland") in {(p.name, p.organisation) for p in record.participants}
    assert record.paragraphs[6].text.endswith(
        "persons with disabilities."
    )  # not "The meeting was suspended …"
    assert (
        record.paragraphs[-1].text
        == "Mr. Lindqvist (Country Rapporteur) thanked the delegation for its answers."
    )


def test_a_meetings_timing_wrapped_onto_a_second_line_is_still_no_ones_text() -> None:
    """The summary record at 60 characters: "The meeting was suspended at 4.10 p.m. and resumed
    at 4.25" over "p.m.". The whole timing is the record's (its last line had been a unit of
    text of its own)."""
    text = narrow(SUMMARY_RECORD.read_text(encoding="utf-8"), 60)
    assert "resumed at 4.25\np.m.\n" in text
    record = read_genre(text, load_themes()).document
    assert not [u.label for u in record.paragraphs if u.text == "p.m."]
    assert [u.label for u in record.paragraphs] == [str(n) for n in range(1, 11)]


def test_a_report_naming_a_witness_at_a_few_paragraphs_starts_keeps_them_its_own() -> None:
    """An inquiry's report that opens two of its ten paragraphs with "Dr Patel said that …" is
    no record of a meeting: every paragraph stays the committee's."""
    paragraphs = [
        "Dr Patel said that waiting lists had doubled since 2019 in every region we visited.",
        *(
            f"The Committee heard that services in area {n} were under strain last winter."
            for n in range(3, 9)
        ),
        "Mr Jones said that staff shortages were the main cause of the delays.",
        "We recommend that the Department publish regional waiting list data every month.",
        "We will return to this subject in our next report on community care.",
    ]
    text = "Health Committee\n\nWaiting lists\n\n" + "\n\n".join(
        f"{n}. {p}" for n, p in enumerate(paragraphs, 1)
    )
    report = read_genre(text, load_themes()).document
    assert {u.speaker for u in report.paragraphs} == {"Health Committee"}


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_moderator_labelled_by_role_over_her_name_and_post_is_listed_by_her_name(pdf: bool) -> None:
    """ "MODERATOR (Helen Ward, Chief Executive, Resolution Forum): …": the moderator is Helen
    Ward, her post her organisation's line, as each panellist's is (her name had been the
    whole bracket); her turns and the panel's are told apart, the audience's too."""
    text = (SHAPES / "panel-transcript-its-moderator-labelled-by-role-over-her-name-and-post.txt").read_text()
    panel = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    people = {p.name: (p.title, p.organisation, p.role) for p in panel.participants}
    assert people["Helen Ward"] == ("Moderator", "Chief Executive, Resolution Forum", "chair")
    assert people["Priya Shah"][1] == "Director of Policy, Care England"
    assert [u.speaker.split(",")[0] for u in panel.paragraphs] == [
        *("Helen Ward", "Priya Shah", "Helen Ward", "Tom Reid", "Helen Ward", "Amina Yusuf"),
        *("Helen Ward", "Audience Member", "Tom Reid", "Helen Ward"),
    ]


def test_an_agenda_item_wrapped_after_a_joining_word_keeps_its_last_line() -> None:
    """The record wrapped at 75 characters: "Consideration of reports submitted by States parties
    under articles 16 and" over "17 of the Covenant (continued)". The second line, after a
    line ending on "and", goes on the first (it had been a heading of its own, the item cut)."""
    name = "summary-record-unnumbered-its-meeting-timed-and-a-note-on-corrections-after.txt"
    text = narrow((SHAPES / name).read_text(encoding="utf-8"), 75)
    assert "articles 16 and\n17 of the Covenant" in text
    record = read_genre(text, load_themes()).document
    assert record.paragraphs[0].text.endswith("under articles 16 and 17 of the Covenant (continued)")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_unnumbered_summary_record_is_its_speakers_without_its_timings_or_its_note(pdf: bool) -> None:
    """The same record without paragraph numbers, read as prose: each paragraph is whose it
    names, or the last speaker's (all had been the committee's); "The meeting was called to
    order at 3.05 p.m.", "… suspended … and resumed …" and "The meeting rose at 6 p.m." are no
    units, nor the note on corrections after the meeting rose (each had been one)."""
    name = "summary-record-unnumbered-its-meeting-timed-and-a-note-on-corrections-after.txt"
    text = (SHAPES / name).read_text(encoding="utf-8")
    record = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    texts = [u.text for u in record.paragraphs]
    assert not [t for t in texts if t.startswith(("The meeting", "This record"))]
    spoken = [(u.speaker, u.text.split()[0]) for u in record.paragraphs if u.speaker != record.author]
    okafor, lindqvist = "Ms. Okafor", "Mr. Lindqvist"
    expected = [(okafor, "Ms."), (okafor, "Unemployment"), (lindqvist, "Mr."), (lindqvist, "He")]
    expected += [("Ms. Bhattacharya", "Ms."), ("Mr. Ramirez Sanchez", "The"), (okafor, "Ms.")]
    expected += [(okafor, "The"), (lindqvist, "Mr.")]
    if pdf:  # the line above "He asked …" runs near full, no blank line between: one paragraph
        expected.remove((lindqvist, "He"))
    assert spoken == expected


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_senator_listed_in_attendance_as_a_minister_speaks_for_the_government(pdf: bool) -> None:
    """An estimates hearing lists "Senator Carol Brown, Assistant Minister for Infrastructure
    and Transport" in attendance among the department's officials: she answers for the
    government (she had been a member, by her title), the officials are witnesses, the
    senators asking members, the chair the chair."""
    text = (SHAPES / "estimates-hearing-its-minister-in-attendance-among-officials.txt").read_text()
    hearing = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    roles = {p.name: p.role for p in hearing.participants}
    assert roles == {
        "Senator Sterle": "chair",
        "Senator Carol Brown": "government",
        "Senator McKenzie": "member",
        "Senator Rice": "member",
        "Mr Jim Betts": "witness",
        "Ms Maree Bridger": "witness",
    }


@pytest.mark.parametrize(
    ("post", "government"),
    [
        ("Parliamentary Under-Secretary of State for Transport", True),
        ("Director General, Universal Credit, Department for Work and Pensions", True),
        ("Permanent Secretary, HM Treasury", True),
        ("Chief Executive, Confederation of Passenger Transport", False),
        ("Shadow Minister for Transport", False),
        ("Former Permanent Secretary, Home Office", False),
        ("Head of the Department of Sociology, University of Leeds", False),
    ],
)
def test_a_minister_or_a_departments_official_speaks_for_the_government(post: str, government: bool) -> None:
    assert speaks_for_government(post) is government


def test_an_official_giving_evidence_for_a_department_is_the_governments_witness() -> None:
    """Neil Couling, "Director General, Universal Credit, Department for Work and Pensions",
    answers for the government (he had been a witness like any other)."""
    doc = ingest_file(SHAPES / "transcript-question-numbers-on-lines-of-their-own.txt")
    roles = {p.name: p.role for p in doc.participants}
    assert (roles["Neil Couling"], roles["Dr Jane Hall"]) == ("government", "witness")


@pytest.mark.parametrize("pdf", [False, True], ids=["text", "pdf-text"])
@pytest.mark.parametrize(
    "marked", ["in-square-brackets", "named-before-a-dash", "named-before-a-typed-hyphen"]
)
def test_a_transcripts_names_in_square_brackets_or_before_a_dash_label_its_turns(
    marked: str, pdf: bool
) -> None:
    """A roundtable's transcript labelling each turn "[Helen Ward] Good morning …" or "Tom Baker
    — Thank you, Helen." (or, typed, "Tom Baker - Thank you"): six turns, each its speaker's,
    the label left off (they had been prose blocks, the title's, and before a dash a short turn
    had headed the two after it)."""
    shape = SHAPES / f"roundtable-transcript-its-speakers-{marked.replace('typed-hyphen', 'dash')}.txt"
    text = shape.read_text(encoding="utf-8").replace(" — ", " - " if marked.endswith("hyphen") else " — ")
    doc = read_genre(as_pdf_text(text) if pdf else text, load_themes()).document
    assert [(u.series, u.label, u.speaker) for u in doc.paragraphs] == [
        ("turn", str(n), speaker)
        for n, speaker in enumerate(
            ["Helen Ward", "Tom Baker", "Priya Shah", "Helen Ward", "Priya Shah", "Tom Baker"], start=1
        )
    ]
    assert doc.paragraphs[3].text == "Priya, what would rebuild that trust?"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_senates_witness_labelled_by_name_and_post_after_commas_opens_their_turn(pdf: bool) -> None:
    """Canada's Senate labels a witness's first turn with their post after commas ("Marie
    Lavoie, Vice-President, Policy and Research, Canada Housing Agency: Thank you …") and later
    turns by surname ("Ms. Lavoie:"): each statement is its witness's (they had run on into the
    chair's turn before them, as her words), and "Hon. Senators: Agreed." is the members'.
    "Proceedings of the Standing Senate Committee on" over the rest of its name is by that
    committee (it had been by "Proceedings of the …"); "Senator Rosemary Moodie (Deputy Chair)
    in the chair." is the record's note, not the words above it. "The Chair" is the one each such
    note puts in the chair (she had been unnamed): "Senator Ratna Omidvar (Chair) in the chair."
    over the turns, the deputy from her note on."""
    name = "senate-committee-evidence-each-witness-labelled-by-name-and-post-after-commas.txt"
    hearing = shape_read(name, pdf)
    assert hearing.author == "Standing Senate Committee on Social Affairs, Science and Technology"
    lavoie = "Marie Lavoie, Vice-President, Policy and Research, Canada Housing Agency"
    okafor = "Daniel Okafor, Executive Director, Federation of Tenant Co-operatives"
    chair = "Senator Ratna Omidvar (Chair)"
    assert [u.speaker for u in hearing.paragraphs] == [
        chair, lavoie, chair, okafor, "Senator Seidman", lavoie, "Senator Seidman", lavoie,
        okafor, "Senator Mégie", okafor, "Senator Rosemary Moodie (Chair)", "Hon. Senators",
    ]  # fmt: skip
    assert hearing.paragraphs[1].text.startswith("Thank you, Madam Chair. Community housing")
    assert hearing.paragraphs[1].text.endswith("where the need is greatest.")
    assert hearing.paragraphs[3].text.endswith("in the large cities.")  # no "… in the chair." after
    assert {p.name: p.role for p in hearing.participants} == {
        "Marie Lavoie": "witness",
        "Daniel Okafor": "witness",
        "Senator Ratna Omidvar": "chair",
        "Senator Rosemary Moodie": "chair",
        "Senator Seidman": "member",
        "Senator Mégie": "member",
        "Hon. Senators": "member",
    }


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_members_indicating_assent_is_no_ones_words(pdf: bool) -> None:
    """A committee's record notes "Members indicated assent." on a line of its own, after a
    witness's answer or the chair's question: the record's note, not the last speaker's words."""
    hearing = shape_read("assembly-committee-hansard-its-members-indicating-assent-between-turns.txt", pdf)
    assert [u.speaker.split(",")[0] for u in hearing.paragraphs] == [
        "Mrs Erskine (Chairperson)", "Ms Anne Walsh", "Mrs Erskine (Chairperson)", "Ms Anne Walsh",
        "Mr Boylan", "Mr Paul Reid", "Mr Boylan", "Mr Paul Reid", "Mrs Erskine (Chairperson)",
    ]  # fmt: skip
    assert hearing.paragraphs[7].text.endswith("before the next timetable.")
    assert hearing.paragraphs[8].text.endswith("for the passenger counts?")
    assert not [u.label for u in hearing.paragraphs if "indicated" in u.text]


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_records_number_session_and_parliament_a_line_each_are_no_title(pdf: bool) -> None:
    """Canada's committee evidence under its committee's name: "NUMBER 001" over "2nd
    SESSION" over "43rd PARLIAMENT", each in capitals, say which record it is, as a session's
    line does: no title (they had been its title)."""
    record = shape_read(
        "committee-evidence-its-number-session-and-parliament-a-line-each-over-its-kind.txt", pdf
    )
    assert record.title == "Standing Committee on Natural Resources"
    assert [u.speaker.split(",")[0] for u in record.paragraphs] == [
        "Mr. James Maloney (Chair)", "Mr. Derek Nighbor", "Mr. James Maloney (Chair)", "Mr. Jeremy Patzer",
        "Mr. Derek Nighbor", "Mr. Mario Simard", "Mr. James Maloney (Chair)",
    ]  # fmt: skip


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_live_captioners_record_marks_each_speaker_with_chevrons(pdf: bool) -> None:
    """A conference session as its live captioner's file gives it: "FINISHED FILE" over the
    event, a note on the captioning, then ">> MODERATOR: …", ">> AMINA YUSUF: …", ">>
    AUDIENCE: …". Each mark opens its speaker's turn (all had been prose, the marks in the
    text); the moderator chairs, the audience takes part; the file's mark is no title."""
    name = "conference-session-captioned-live-each-speaker-marked-with-chevrons-in-capitals.txt"
    session = shape_read(name, pdf)
    assert [u.speaker for u in session.paragraphs] == [
        "Moderator", "Amina Yusuf", "Moderator", "Tomas Berg", "Moderator", "Audience", "Amina Yusuf",
        "Tomas Berg", "Moderator",
    ]  # fmt: skip
    assert session.paragraphs[3].text.endswith("most of them now use online health services.")
    assert session.paragraphs[-1].text == "Thank you all. The session is closed."
    roles = {p.name: p.role for p in session.participants}
    assert roles == {"Moderator": "chair", "Amina Yusuf": "participant", "Tomas Berg": "participant",
                     "Audience": "participant"}  # fmt: skip
    assert session.title == "INTERNET POLICY FORUM 2023: OPEN FORUM ON DIGITAL INCLUSION"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_sessions_title_over_its_transcript_is_no_speakers_turn(pdf: bool) -> None:
    """A forum's transcript, each line set apart by a blank one as a converted PDF gives it,
    its session's title ("Opening Session: Skills for a Changing Economy") over "Announcer:
    Ladies and gentlemen, …": that title had been a turn by "Opening Session", the
    announcer's words its own. A label used once, naming no one, its words a title's and no
    words in lower case after them, is a title; the announcer takes part."""
    name = "forum-transcript-each-line-spaced-apart-its-session-titled-over-an-announcer.txt"
    forum = shape_read(name, pdf)
    assert [u.speaker for u in forum.paragraphs] == [
        "Announcer", "Mr. Alex Martin", "Ms. Karen Holt", "Mr. Alex Martin", "Dr. Nadia Perez",
        "Mr. Alex Martin", "Ms. Karen Holt", "Dr. Nadia Perez",
    ]  # fmt: skip
    assert forum.paragraphs[0].text.startswith("Ladies and gentlemen, please take your seats.")
    assert forum.paragraphs[4].text.endswith("That number has barely moved in a decade.")


KILDARESTREET = "committee-debate-as-kildarestreet-shows-it-its-captions-run-into-the-names.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_debate_as_kildarestreet_shows_it_names_each_member_once_and_its_witnesses_as_witnesses(
    pdf: bool,
) -> None:
    """KildareStreet runs the photo's caption into the member's name and brackets the seat and
    party ("Photo of Steven MatthewsSteven Matthews (Wicklow, Green Party)"), a line of links
    under it: each turn is the member's, named once (it had been "Photo of Steven
    MatthewsSteven Matthews", and a witness), and those named with no seat or party, among
    members who have one, are the witnesses (they had been members)."""
    debate = shape_read(KILDARESTREET, pdf)
    assert [u.speaker for u in debate.paragraphs] == [
        "Steven Matthews", "Ms Aoife Brennan", "Cian O'Callaghan", "Ms Aoife Brennan",
        "Mr. Declan Moore", "Victor Boyhan", "Ms Aoife Brennan", "Steven Matthews",
    ]  # fmt: skip
    assert [(p.name, p.role) for p in debate.participants] == [
        ("Steven Matthews", "member"),
        ("Cian O'Callaghan", "member"),
        ("Victor Boyhan", "member"),
        ("Ms Aoife Brennan", "witness"),
        ("Mr. Declan Moore", "witness"),
    ]
    assert debate.paragraphs[1].text.endswith("which many owners cannot finance.")
    assert not any("Link to this" in u.text for u in debate.paragraphs)
    if not pdf:  # "Joint Oireachtas Committee on …" met, not the site's "… Joint and Select Committees"
        committee = "Joint Oireachtas Committee on Housing, Local Government and Heritage"
        assert debate.title == debate.author == committee
        assert debate.paragraphs[0].section == "Vacant Housing: Discussion"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_record_whose_cover_names_the_committee_in_irish_first_is_titled_in_english(pdf: bool) -> None:
    """An Oireachtas committee's record prints its cover in Irish, then English, line by line:
    the meeting is named by the committee in the language of its text (it had been titled "AN
    COMHCHOISTE UM THITHÍOCHT, …"), as a Senedd record's Welsh name gives way to its English
    (and "The Record of Proceedings", the kind of record it is, to the committee's name)."""
    record = shape_read("joint-committee-debate-its-cover-in-irish-over-english-line-by-line.txt", pdf)
    assert record.title == record.author == "Joint Committee on Housing, Local Government and Heritage"
    assert [(p.name, p.role) for p in record.participants][:3] == [
        ("Deputy Steven Matthews", "chair"),
        ("Ms Aoife Brennan", "witness"),
        ("Deputy Cian O'Callaghan", "member"),
    ]
    # "Teachta / Deputy Steven Matthews sa Chathaoir / in the Chair." names the one labelled "Chairman"
    assert record.paragraphs[0].speaker == "Deputy Steven Matthews (Chairman)"
    senedd = shape_read("senedd-record-in-two-languages-its-witnesses-under-others-in-attendance.txt", pdf)
    assert senedd.title == "Health and Social Care Committee"
    # nor is a meeting titled by its agenda, under its name in Welsh and English, as a PDF's text
    senedd = shape_read("senedd-transcript-numbering-its-contributions-in-brackets.txt", pdf)
    assert senedd.title == "Children, Young People and Education Committee"


OPENPARLIAMENT = "committee-evidence-as-openparliament-shows-it-each-label-under-its-hour-and-party.txt"


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_evidence_as_openparliament_shows_it_reads_each_label_under_its_hour_and_party(pdf: bool) -> None:
    """openparliament.ca heads each speech with the hour, the party alone, then the label naming
    the party again ("Tracy Gray Conservative Kelowna—Lake Country, BC", "The Chair Liberal
    Bobby Morrissey"), a witness's label with no party over it their name and post as the page
    lists them under "Also speaking": each is a turn of the one named (the page had been prose,
    its labels headings), a member by their party, a witness by their post, the chair by the
    office; "Some hon. members: Agreed." is the members'; Tracy Gray is no Linda Gray."""
    evidence = shape_read(OPENPARLIAMENT, pdf)
    witness = "Linda Gray, Executive Director, Rural Employers Council"
    other = "Paul Tremblay, President, Atlantic Workforce Institute"
    chair = "Bobby Morrissey (Chair)"
    assert [u.speaker for u in evidence.paragraphs] == [
        chair, witness, other, chair, "Tracy Gray", witness, "Bonita Zarrillo", other, chair,
        "Some hon. members", chair,
    ]  # fmt: skip
    assert {p.name: p.role for p in evidence.participants} == {
        "Bobby Morrissey": "chair",
        "Linda Gray": "witness",
        "Paul Tremblay": "witness",
        "Bonita Zarrillo": "member",
        "Tracy Gray": "member",
        "Some hon. members": "member",
    }
    assert evidence.paragraphs[9].text == "Agreed."
    assert not any(
        re.search(r"\d [ap]\.m\.|^(?:Liberal|Conservative|NDP)\b", u.text) for u in evidence.paragraphs
    )
    if not pdf:  # its first line, but what follows "… 1st Session."
        assert evidence.title == "Evidence of meeting #41 for Human Resources, Skills and Social Development"


def test_a_witness_from_a_body_named_as_a_party_is_named_is_no_member() -> None:
    """A seat may stand before a party ("Wicklow, Green Party"), but a post does not: a witness
    directing Reform, the think tank, gives evidence ("(Director, Reform)"), while a member
    labelled by party and seat sits on the committee."""
    text = (
        "Public Administration Committee\n\nOral evidence: Civil service reform\n\nTuesday 4 March 2025\n\n"
        "Chair: Welcome to our witnesses.\n\n"
        "Charlotte Pickles (Director, Reform): I am the director of Reform, the think tank.\n\n"
        "Alex Thomas (Programme Director, Institute for Government): I lead our civil service work.\n\n"
        "John Hart (Labour, Leeds North): What should change first?\n\n"
        "Charlotte Pickles: Ministers should set fewer priorities and hold departments to them.\n\n"
        "Alex Thomas: I agree, and pay should follow skills rather than grade.\n"
    )
    roles = {p.name: p.role for p in read_genre(text, LEXICON).document.participants}
    assert roles == {
        "Charlotte Pickles": "witness",
        "Alex Thomas": "witness",
        "John Hart": "member",
        "Chair": "chair",
    }


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_a_senate_committees_evidence_under_its_name_in_capitals_is_by_that_committee(pdf: bool) -> None:
    """ "THE STANDING SENATE COMMITTEE ON SOCIAL AFFAIRS, SCIENCE AND TECHNOLOGY" over "EVIDENCE":
    the record is that committee's (it had been by no one, its title standing in); "Senator
    Ratna Omidvar (Chair) in the chair." names "The Chair"; the minister labelled with her
    offices speaks for the government."""
    hearing = shape_read(
        "senate-committee-evidence-its-name-in-capitals-its-minister-labelled-with-her-offices.txt", pdf
    )
    assert hearing.author == "The Standing Senate Committee on Social Affairs, Science and Technology"
    assert [u.speaker.split(" (")[0] for u in hearing.paragraphs] == [
        "Senator Ratna Omidvar", "Hon. Carla Qualtrough", "Senator Ratna Omidvar", "Senator Seidman",
        "Hon. Carla Qualtrough", "Senator Mégie", "Hon. Carla Qualtrough", "Senator Plett",
        "Hon. Carla Qualtrough", "Senator Ratna Omidvar",
    ]  # fmt: skip
    assert {p.name: p.role for p in hearing.participants}["Hon. Carla Qualtrough"] == "government"
    assert hearing.paragraphs[-1].text == "Thank you, minister, for your time."


def test_a_videos_automatic_captions_read_as_their_words_without_the_times() -> None:
    """Captions copied from a video's page, "0:03" alone over each line of words: the words
    run on as said ("the citizens assembly on climate change"), no time among them (each had
    stood inside the text, parting every phrase a line break had cut)."""
    text = (SHAPES / "video-captions-copied-from-its-page-a-time-alone-over-each-line.txt").read_text()
    said = " ".join(unit.text for unit in read_genre(text, load_themes()).document.paragraphs)
    assert not re.search(r"\d:\d\d", said)
    assert "third session of the citizens assembly on climate change today" in said
    assert said.endswith("for about two thirds of people in this region is by car")


@pytest.mark.parametrize("pdf", [False, True], ids=["as written", "as a PDF's text"])
def test_an_official_reports_web_page_its_members_named_alone_over_their_words(pdf: bool) -> None:
    """A committee's official report as its web page gives it: "The Convener" and members
    named alone ("Fergus Ewing") each over their words, a blank line between, under each
    petition's heading. Turn by turn, each the member's (it had been prose, each name a
    section's heading and every paragraph the committee's), titled by the committee, not by
    the page's "Loading…" over "Chamber and committees"."""
    record = shape_read(
        "committee-official-report-as-its-web-page-gives-it-each-member-named-alone-over-their-words.txt", pdf
    )
    assert record.title == "Public Petitions Committee"
    assert [(u.speaker, u.section) for u in record.paragraphs] == [
        ("The Convener", "Rural Bus Services (PE2041)"),
        ("Fergus Ewing", "Rural Bus Services (PE2041)"),
        ("Maurice Golden", "Rural Bus Services (PE2041)"),
        ("The Convener", "Rural Bus Services (PE2041)"),
        ("The Convener", "Community Pharmacies (PE2057)"),
        ("David Torrance", "Community Pharmacies (PE2057)"),
        ("Fergus Ewing", "Community Pharmacies (PE2057)"),
        ("The Convener", "Community Pharmacies (PE2057)"),
    ]
    assert (
        record.paragraphs[3].text
        == "Are members content to write to Transport Scotland and to the partnerships?"
    )


LORDS_EXAMINATION = (
    "lords-corrected-oral-evidence-its-witnesses-named-in-a-sentence-under-examination-of-witnesses.txt"
)


@pytest.mark.parametrize("saved", ["as written", "as Word's plain text, titles dotted"])
def test_witnesses_named_in_a_sentence_under_examination_of_witnesses_are_each_answers_speaker(
    saved: str,
) -> None:
    """A Lords record's "Examination of witnesses" over "Dr Hannah White, Director, Institute
    for Government; and Mr Raphael Hogarth, …." (no "Witnesses:" label): "Dr White:" and "Mr
    Hogarth:" are those witnesses in full (they had been only "Dr White" and "Mr Hogarth"),
    and so when the record is saved a paragraph a line with its titles dotted."""
    text = (SHAPES / LORDS_EXAMINATION).read_text(encoding="utf-8")
    if saved != "as written":
        text = re.sub(r"\b(Mr|Dr) ", r"\1. ", "\n".join(line for line in text.split("\n") if line.strip()))
    dot = "" if saved == "as written" else "."
    white = f"Dr{dot} Hannah White, Director, Institute for Government"
    hogarth = f"Mr{dot} Raphael Hogarth, Associate Director, Institute for Government"
    record = read_genre(text, load_themes()).document
    assert [(u.label, u.speaker) for u in record.paragraphs] == [
        ("Q21", "Baroness Drake (Chair)"), ("Q21", white), ("Q21", hogarth), ("Q22", "Lord Beith"),
        ("Q22", white), ("Q23", "Baroness Fookes"), ("Q23", hogarth), ("Q24", "Baroness Drake (Chair)"),
    ]  # fmt: skip
    assert {p.name: p.role for p in record.participants}[f"Dr{dot} Hannah White"] == "witness"
