"""Word documents: the numbers Word draws itself ("List Number") are read as the reader sees
them, a Word copy of the seed cites like its text, and nothing is dropped."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from helpers import SEED

from seminar_search.cite import citation
from seminar_search.parsing import ingest_file


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
