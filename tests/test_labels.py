"""Units keep the reference their document prints: labels in citations, in `show` and `cite`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA, SHAPES, run

from seminar_search.cite import citation
from seminar_search.errors import QueryError
from seminar_search.labels import parse_labels
from seminar_search.model import Document, Paragraph, label_unnumbered, reference


def unit(series: str, printed: str, number: int = 7) -> Paragraph:
    return Paragraph("d", number, "text", "", "", [], 1, series=series, label=printed)


@pytest.mark.parametrize(
    ("series", "printed", "cited", "shown", "listed"),
    [
        ("paragraph", "31", "para. 31", "¶31", "31"),
        ("paragraph", "4.23", "para. 4.23", "¶4.23", "4.23"),
        ("question", "Q183", "Q183", "Q183", "Q183"),
        ("recommendation", "8.6", "recommendation 8.6", "Recommendation 8.6", "recommendation 8.6"),
        ("response", "3", "response 3", "Response 3", "response 3"),
        ("lesson", "2", "lesson 2", "Lesson 2", "lesson 2"),
        ("recital", "B", "recital B", "Recital B", "recital B"),
        ("annex-b", "12", "Annex B, para. 12", "Annex B ¶12", "annex-b 12"),
        ("appendix-1", "A1.2", "Appendix 1, para. A1.2", "Appendix 1 ¶A1.2", "appendix-1 A1.2"),
        ("text", "2.11", "text after para. 2.11", "after ¶2.11", "after 2.11"),
        (
            "text",
            "recommendation 3",
            "text after recommendation 3",
            "after Recommendation 3",
            "after recommendation 3",
        ),
        ("text", "seminar-2 3", "text after Seminar 2, para. 3", "after Seminar 2 ¶3", "after seminar-2 3"),
        ("text", "before 1", "text before para. 1", "before ¶1", "before 1"),
        (
            "text",
            "before recommendation 1",
            "text before recommendation 1",
            "before Recommendation 1",
            "before recommendation 1",
        ),
        ("text", "before question Q1", "text before Q1", "before Q1", "before Q1"),
    ],
)
def test_citations_headings_and_listings_use_the_printed_label(
    series: str, printed: str, cited: str, shown: str, listed: str
) -> None:
    assert reference(unit(series, printed)) == cited
    assert reference(unit(series, printed), "mark") == shown
    assert reference(unit(series, printed), "short") == listed


UNNUMBERED = [
    # after recommendation 3, cited after it, not after "para. 3" (which names another unit, or
    # none); after a main paragraph, by its label alone
    (
        [("paragraph", "3"), ("text", ""), ("recommendation", "3"), ("text", "")],
        ["para. 3", "text after para. 3", "recommendation 3", "text after recommendation 3"],
    ),
    # a keynote's unnumbered address over paragraph 1, cited before it (it had been "text after
    # para. 0", a paragraph no report prints)
    (
        [("text", ""), ("text", ""), ("paragraph", "1"), ("text", "")],
        ["text before para. 1", "text before para. 1", "para. 1", "text after para. 1"],
    ),
]


@pytest.mark.parametrize(("printed", "cited"), UNNUMBERED, ids=["after another series", "before the first"])
def test_unnumbered_text_is_labelled_by_the_numbered_unit_beside_it(
    printed: list[tuple[str, str]], cited: list[str]
) -> None:
    """Unnumbered text is cited by the numbered unit before it, or, before the first, by that one."""
    units = [unit(series, label) for series, label in printed]
    label_unnumbered(units)
    assert [reference(u) for u in units] == cited


@pytest.mark.parametrize(
    ("event", "cited"),
    [
        (
            "Seminar report: Leading through restraint",  # the title over the date names the event too
            "Institute for Government, Seminar report: Leading through restraint (12 March 2019), para. 1",
        ),
        (
            "Policy Seminar One",
            "Institute for Government, Seminar report: Leading through restraint, Policy Seminar One"
            " (12 March 2019), para. 1",
        ),
    ],
)
def test_a_citation_names_the_title_once(event: str, cited: str) -> None:
    """A seminar report whose title stands over its date is its event too: cited once (it had
    been "…, Seminar report: …, Seminar report: … (12 March 2019)")."""
    document = Document(
        id="d",
        title="Seminar report: Leading through restraint",
        event=event,
        date="2019-03-12",
        organisation="Institute for Government",
    )
    assert citation(document, unit("paragraph", "1")) == cited


def test_a_unit_without_a_printed_label_is_labelled_by_its_number() -> None:
    assert unit("paragraph", "", number=12).label == "12"


@pytest.mark.parametrize(
    ("spec", "labels"),
    [
        ("17", ["17"]),
        ("17-19", ["17", "18", "19"]),
        ("¶17", ["17"]),  # as a result marks it
        ("¶4.23-¶4.24", ["4.23", "4.24"]),
        ("3,17-18", ["3", "17", "18"]),
        ("4.23", ["4.23"]),
        ("4.23-4.25", ["4.23", "4.24", "4.25"]),
        ("Q183", ["Q183"]),
        ("Q 10-Q12", ["Q10", "Q11", "Q12"]),
        ("A1.2", ["A1.2"]),
        ("b", ["b"]),
        ("a-c", ["a", "b", "c"]),
        ("B", ["B"]),  # a resolution's recital
        ("A-C", ["A", "B", "C"]),
        ("R2", ["R2"]),
        ("ICB/24/061,24/62", ["ICB/24/061", "24/62"]),
    ],
)
def test_label_specs(spec: str, labels: list[str]) -> None:
    assert parse_labels(spec) == labels


@pytest.mark.parametrize("spec", ["abc", "5-2", "4.23-5.2", "", "1-99999", "c-a", "C-a", "ICB/24"])
def test_bad_label_specs_say_so(spec: str) -> None:
    with pytest.raises(QueryError):
        parse_labels(spec)


def test_show_and_cite_take_labels_and_series_as_printed(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for source in (
        DATA / "shapes" / "decision-with-annex.txt",
        DATA / "genres" / "hc245-oral-evidence-2014-06-23.txt",
        DATA / "shapes" / "audit-report-numbered-without-dots.txt",
    ):
        (folder / source.name).write_bytes(source.read_bytes())
    assert run("index", str(folder))[0] == 0
    code, out, _ = run("cite", "1", "--series", "annex-b", "--doc", "decision")
    assert (code, out) == (
        0,
        "Department for Example Affairs, Decision on the future of area partnership funds (3 March 2025), "
        "Annex B, para. 1\n",
    )
    code, out, _ = run("show", "Q84", "--format", "json")
    turns = json.loads(out)
    assert code == 0 and [(t["label"], t["speaker"].split(",")[0]) for t in turns] == [
        ("Q84", "Mr Andrew Miller (Chair)"),
        ("Q84", "Sir Nigel Shadbolt"),
    ]
    code, out, _ = run("cite", "q84")
    assert code == 0 and out.count("\n") == 1 and out.rstrip().endswith("(23 June 2014), Q84")
    code, out, _ = run("similar", "Q84", "--format", "json", "--limit", "2")
    assert code == 0 and "similar to ¶Q84" in out
    code, out, _ = run("show", "a-b", "--series", "recommendation", "--doc", "audit", "--format", "json")
    assert code == 0 and [u["label"] for u in json.loads(out)] == ["a", "b"]
    code, _, err = run("show", "Q999")
    assert code == 2 and "no paragraph Q999" in err


def test_unnumbered_text_is_shown_and_cited_as_results_head_it(tmp_path: Path) -> None:
    """A result headed "before ¶1" or "after ¶5" is found by those words: `show "before 1"` is
    the keynote's two unnumbered paragraphs, `cite "after 5"` the text after paragraph 5 (both
    had been taken for a series named "before" or "after", and not found)."""
    for name in (
        "seminar-report-opening-with-an-unnumbered-keynote-address.txt",
        "assembly-committee-report-printing-the-minutes-of-its-meetings.txt",
    ):
        (tmp_path / name).write_bytes((DATA / "shapes" / name).read_bytes())
    assert run("index", str(tmp_path))[0] == 0
    code, out, _ = run("show", "before ¶1", "--format", "json")
    assert (
        code == 0
        and [(u["label"], u["speaker"]) for u in json.loads(out)] == [("before 1", "Dame Sue Owen")] * 2
    )
    code, out, _ = run("cite", "before 1", "--doc", "leading")
    assert code == 0 and out.rstrip().endswith("(12 March 2019), text before para. 1")
    code, out, _ = run("cite", "after 5", "--doc", "assembly")
    assert code == 0 and out.rstrip().endswith("(12 March 2025), text after para. 5")
    code, _, err = run("show", "after 4", "--doc", "assembly")
    assert code == 2 and "no text after 4 in document assembly" in err


def test_a_transcripts_turns_before_its_first_question_are_shown_as_results_head_them(tmp_path: Path) -> None:
    """A chair's welcome and the answer to it, before "Q1", are headed "before Q1": `show
    "before Q1"` is those two turns, `cite` names them so (the label had been looked for among
    a report's paragraphs, and not found)."""
    name = "oral-evidence-uncorrected-its-cover-in-capitals-a-welcome-before-its-first-question.txt"
    (tmp_path / name).write_bytes((SHAPES / name).read_bytes())
    assert run("index", str(tmp_path))[0] == 0
    code, out, _ = run("show", "before Q1", "--format", "json")
    assert code == 0 and [u["speaker"].split(",")[0] for u in json.loads(out)] == [
        "Mrs Louise Ellman (Chair)",
        "Norman Baker MP",
    ]
    code, out, _ = run("cite", "before Q1")
    assert code == 0 and out.rstrip().endswith("(9 March 2011), text before Q1")


def test_a_consultations_question_is_shown_by_its_label_not_by_its_number() -> None:
    """A consultation prints "Q2. What support …?" and no other numbers: `show Q2` is that
    question (and its repeat in the annex), `show 2` the second block of text."""
    paper = DATA / "shapes" / "consultation-paper-asking-numbered-questions.txt"
    assert run("index", str(paper))[0] == 0
    code, out, _ = run("show", "Q2", "--format", "json")
    assert code == 0 and [(u["label"], u["section"]) for u in json.loads(out)] == [
        ("Q2", "Proposals"),
        ("Q2", "Annex A: Summary of questions"),
    ]
    code, out, _ = run("show", "2", "--format", "json")
    assert code == 0 and [(u["label"], u["series"]) for u in json.loads(out)] == [("2", "block")]


def test_minutes_are_shown_and_cited_by_their_references() -> None:
    """A board's minutes head each item with its reference ("ICB/24/065  Financial position at
    month 1"): `show ICB/24/065` is that minute, its text every paragraph under the heading,
    and `cite` names it as printed."""
    assert run("index", str(DATA / "shapes" / "board-minutes-under-minute-references.txt"))[0] == 0
    code, out, _ = run("show", "ICB/24/065", "--format", "json")
    (minute,) = json.loads(out)
    assert code == 0 and (minute["series"], minute["section"]) == ("minute", "Financial position at month 1")
    assert minute["text"].endswith("asked for a further report in September.")
    code, out, _ = run("cite", "icb/24/065")
    assert code == 0 and out.rstrip().endswith("(6 June 2024), minute ICB/24/065")


def test_a_resolutions_recital_is_shown_and_cited_by_its_letter() -> None:
    """`show B` is a resolution's recital B ("B. whereas …"), cited "recital B" (the capital
    letter had been no label at all)."""
    resolution = (
        DATA
        / "shapes"
        / "parliament-resolution-its-recitals-lettered-whereas-before-its-numbered-paragraphs.txt"
    )
    assert run("index", str(resolution))[0] == 0
    code, out, _ = run("show", "B", "--format", "json")
    assert code == 0 and [(u["series"], u["label"]) for u in json.loads(out)] == [("recital", "B")]
    code, out, _ = run("cite", "B")
    assert code == 0 and out.rstrip().endswith("(12 March 2024), recital B")
