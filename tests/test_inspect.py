"""`inspect` shows what the ingester saw in a file, before anything is indexed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import GENRES, HC179, SEED, SHAPES, run
from pypdf import PdfReader, PdfWriter

TRANSCRIPT = GENRES / "hc245-oral-evidence-2014-06-18.txt"


def test_inspect_says_genre_series_speakers_and_what_was_left_out() -> None:
    code, out, _ = run("inspect", str(TRANSCRIPT))
    assert code == 0
    assert out.splitlines()[0].startswith(f"{TRANSCRIPT}: transcript (79 numbered questions in sequence")
    assert "  question: 236 units, Q1 … Q79" in out
    assert "Andrew Miller (Chair)" in out
    assert "front-matter lines" in out and "running header: oral evidence: social media data" in out


def test_inspect_counts_what_a_seminar_report_and_a_committee_report_left_out() -> None:
    """The seed's cover lines before paragraph 1, its running headers on each page, and its
    signature and participants after paragraph 52; a committee report's cover, contents and
    summary, its headers and page numbers, and its formal minutes and witnesses."""
    headers = ["Changing public services – Changing professional practices"]
    headers.append("Policy Seminar One – 18 May 2010")
    lines = SEED.read_text().splitlines()
    last = next(k for k, line in enumerate(lines) if line.startswith("52. "))
    seminar = json.loads(run("inspect", str(SEED), "--format", "json")[1])
    assert seminar["running_headers"] == headers
    assert seminar["front_matter_lines"] == 4  # title, event, subtitle, "Seminar report"
    assert seminar["page_furniture_lines"] == sum(line in headers for line in lines) - 2  # two on the cover
    after = [line for line in lines[last + 1 :] if line and line not in headers]
    assert seminar["back_matter_lines"] == len(after)
    committee = json.loads(run("inspect", str(HC179), "--format", "json")[1])
    assert committee["running_headers"] == ["Environmental impact of microplastics"]
    assert committee["front_matter_lines"] > 100 and committee["back_matter_lines"] > 100
    assert committee["page_furniture_lines"] > 2 * 30  # a header and a number on each of its pages


def test_inspect_names_a_contents_list_it_left_out() -> None:
    code, out, _ = run("inspect", str(SHAPES / "senedd-report-recommendations-and-conclusions.txt"))
    assert code == 0
    first = out.splitlines()[0]
    assert "(numbered paragraphs in sequence: contents, left out (2), recommendation (4)," in first


def test_inspect_as_json(tmp_path: Path) -> None:
    code, out, _ = run(
        "inspect", str(GENRES / "covid-inquiry-module1-government-response.txt"), "--format", "json"
    )
    record = json.loads(out)
    assert code == 0 and record["genre"] == "response"
    assert [(s["series"], s["units"], s["first"], s["last"]) for s in record["series"]] == [
        ("text", 21, "before recommendation 1", "before recommendation 1"),  # the introduction
        ("recommendation", 10, "1", "10"),
        ("response", 10, "1", "10"),
    ]
    assert {s["speaker"] for s in record["speakers"]} == {"Covid-19 Inquiry", "UK Government"}


def test_inspect_of_a_missing_file_or_a_pdf_without_text_is_one_line(tmp_path: Path) -> None:
    code, _, err = run("inspect", str(tmp_path / "missing.txt"))
    assert code == 2 and err == f"seminar-search: {tmp_path / 'missing.txt'}: no such file\n"
    scanned = tmp_path / "scanned.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(str(scanned))
    code, _, err = run("inspect", str(scanned))
    assert code == 2 and len(err.splitlines()) == 1 and "needs OCR" in err


def test_an_encrypted_pdf_reads_unless_a_password_locks_it(tmp_path: Path) -> None:
    """Published PDFs are often encrypted with AES and no password to open them: they read
    (pypdf needs the cryptography package for it, which a user's install must bring). One
    locked with a password is one clear line, no traceback."""
    briefing = PdfReader(SHAPES / "briefing-paper-without-numbers.pdf")
    for name, password in (("open.pdf", ""), ("locked.pdf", "secret")):
        writer = PdfWriter()
        for page in briefing.pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
        writer.write(str(tmp_path / name))
    code, out, _ = run("inspect", str(tmp_path / "open.pdf"))
    assert code == 0 and "prose" in out.splitlines()[0]
    code, _, err = run("inspect", str(tmp_path / "locked.pdf"))
    locked = "a PDF locked with a password: save an unlocked copy to read it"
    assert code == 2 and err == f"seminar-search: {tmp_path / 'locked.pdf'}: {locked}\n"


def test_indexing_goes_on_past_a_pdf_without_text(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(str(folder / "scanned.pdf"))
    (folder / "decision.txt").write_bytes(
        (Path(__file__).parent / "data" / "shapes" / "decision-with-annex.txt").read_bytes()
    )
    code, _, err = run("index", str(folder))
    assert code == 2
    assert f"error: {folder / 'scanned.pdf'}: a PDF with no text layer" in err
    assert "1 added" in err
    assert "pypdf" not in err.casefold() and "Traceback" not in err


def test_a_damaged_pdf_reads_without_the_pdf_library_talking() -> None:
    """This PDF makes pypdf log "Ignoring wrong pointing object": not for the user. In a process
    of its own, as a user runs it (pytest would capture the log)."""
    pdf = GENRES / "covid-inquiry-module1-government-response.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "seminar_search", "inspect", str(pdf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "response" in done.stdout.splitlines()[0]
    assert done.stderr == ""


def test_inspect_counts_an_audiences_reactions_it_left_out() -> None:
    """ "[Applause]" alone on its line is no paragraph of a speech (each had been one); inspect
    says how many such lines it set aside, and a reaction within a paragraph stays its text."""
    speech = SHAPES / "conference-speech-transcript-its-audiences-applause-on-lines-of-their-own.txt"
    code, out, _ = run("inspect", str(speech))
    assert code == 0 and "0 pull-quote lines, 2 audience-reaction lines" in out
    code, out, _ = run("inspect", str(speech), "--format", "json")
    assert json.loads(out)["audience_reaction_lines"] == 2
    code, out, _ = run("inspect", str(TRANSCRIPT))
    assert "audience-reaction" not in out  # said only where there were some


def test_inspect_says_which_pages_it_read_down_two_columns() -> None:
    """A text laid out in two columns side by side (`pdftotext -layout`) is read down each
    column: inspect says so and on how many pages, so that a reader can check it; a text in one
    column says nothing of columns."""
    laid_out = SHAPES / "roundtable-report-laid-out-in-two-columns-as-pdftotext-layout-writes-it.txt"
    code, out, _ = run("inspect", str(laid_out))
    assert code == 0 and "read down two columns set side by side: 1 page" in out
    code, out, _ = run("inspect", str(laid_out), "--format", "json")
    assert json.loads(out)["pages_read_down_two_columns"] == 1
    code, out, _ = run("inspect", str(SHAPES / "roundtable-report-with-an-opening-address-and-a-panel.txt"))
    assert code == 0 and "two columns" not in out
