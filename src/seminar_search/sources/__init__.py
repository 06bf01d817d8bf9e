"""Turning a file on disk into text: which files are reports, and how their bytes decode."""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import os
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from seminar_search.errors import IngestError
from seminar_search.sources.captions import captions_as_transcript

REPORT_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".vtt", ".srt")  # captions: a recording's transcript
MAX_TEXT_BYTES = 20 * 1024 * 1024  # a long report is under 1 MB of text
ENCODINGS = ("utf-8-sig", "cp1252")
UNREAD_FORMATS = (  # files that decode as text or look binary, named for what they are
    (b"{\\rtf", "a Rich Text Format (RTF) file"),
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"\xd0\xcf\x11\xe0", "a Word 97-2003 (.doc) or other Office 97 file"),
    (b"pk\x03\x04", "a zip package (an OpenDocument file, perhaps)"),
)


@dataclass(frozen=True)
class SourceText:
    """A file's text, the encoding it was decoded with and the hash of its bytes."""

    path: Path
    text: str
    encoding: str
    content_hash: str


def read_source(path: Path, visual_order: bool = False) -> SourceText:
    """Read a report file, trying UTF-8 then cp1252 (UTF-16 if its byte order mark says so),
    captions as the transcript they hold; refuse empty and binary files. A PDF's text comes in
    its content order, or with visual_order as its lines are laid out on the page (slower;
    boxes and columns that content order shuffles come out where they stand)."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise IngestError(
                f"{path}: too large for a report ({size / 2**20:.0f} MB; the limit is "
                f"{MAX_TEXT_BYTES / 2**20:.0f} MB)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{path}: is a directory, not a report") from None
    except OSError as error:
        raise IngestError(f"{path}: cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    digest = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() == ".pdf" or data.startswith(b"%PDF-"):
        return SourceText(path, _pdf_text(path, data, visual_order), "pdf", digest)
    if path.suffix.lower() == ".docx" or _word_package(data):
        return SourceText(path, _docx_text(path, data), "docx", digest)
    opening = data[:1024].lstrip().lower()
    for signature, kind in UNREAD_FORMATS:
        if opening.startswith(signature):
            raise IngestError(f"{path}: {kind}, which is not read: save it as PDF, Word (.docx) or text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's "Unicode"
        return _utf16_text(path, data, digest)
    if b"\x00" in data[:8192]:
        raise IngestError(f"{path}: a binary file, not a text report")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return SourceText(path, captions_as_transcript(text), encoding, digest)
    raise IngestError(f"{path}: neither UTF-8 nor cp1252 text")


def _utf16_text(path: Path, data: bytes, digest: str) -> SourceText:
    """A text file saved as UTF-16, its byte order mark first."""
    try:
        return SourceText(path, captions_as_transcript(data.decode("utf-16")), "utf-16", digest)
    except UnicodeDecodeError:
        raise IngestError(f"{path}: marked as UTF-16 text but not decodable as it") from None


def _word_package(data: bytes) -> bool:
    """A Word document under another name: a zip package holding word/document.xml."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except zipfile.BadZipFile:
        return False


def _pdf_text(path: Path, data: bytes, visual_order: bool) -> str:
    """A PDF's text with pypdf, pages separated by form feeds (the parser reads the running
    header and page number off each page's first line); in content order, a blank line where
    the layout leaves a paragraph's space."""
    # pypdf and python-docx load only for their own files: searching never needs them.
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    from seminar_search.sources.pdf import pages_text

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its notes on damaged objects are ours to say
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if visual_order:
                pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
            else:
                pages = pages_text(list(reader.pages))
    except FileNotDecryptedError:
        raise IngestError(f"{path}: a PDF locked with a password: save an unlocked copy to read it") from None
    except (PyPdfError, ValueError, KeyError, OSError) as error:  # damaged, or a cipher pypdf cannot read
        raise IngestError(f"{path}: not a readable PDF ({error})") from None
    if sum(len(page.split()) for page in pages) < 5 * len(pages):
        raise IngestError(
            f"{path}: a PDF with no text layer (scanned, or letters drawn as shapes): it needs OCR"
        )
    return "\f".join(pages)


def _docx_text(path: Path, data: bytes) -> str:
    """A Word document's paragraphs, one to a line with blank lines between, as a text report,
    with the numbers Word draws itself written out."""
    from docx import Document as WordDocument

    from seminar_search.sources.word import word_text

    try:
        document = WordDocument(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise IngestError(f"{path}: not a readable Word document ({error})") from None
    return word_text(document)


def find_reports(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into report files, sorted; also return problems found on the way."""
    reports: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = _walk_reports(path, problems)
            if not found:
                problems.append(f"{path}: a folder with no reports ({', '.join(REPORT_SUFFIXES)})")
            reports.extend(found)
        elif path.exists() or path.is_symlink():
            reports.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return reports, problems


def _notes(name: str) -> bool:
    """A folder's README, LICENSE or CHANGES file describes the reports; it is not one."""
    return name.upper().split(".")[0] in ("README", "LICENSE", "LICENCE", "CHANGES", "CHANGELOG")


def _walk_reports(folder: Path, problems: list[str]) -> list[Path]:
    """Report files below a folder, following no symlinked folders (so loops cannot trap us)."""

    def note(error: OSError) -> None:
        problems.append(f"{error.filename}: cannot be read ({error.strerror})")

    found = []
    for root, _dirs, files in os.walk(folder, onerror=note):
        for name in files:
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith(".") and not _notes(name):
                found.append(Path(root) / name)
    return sorted(found)
