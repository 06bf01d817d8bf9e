"""The index's fields, and how documents and their paragraphs are stored and read back.

Each document is one record (kind "document": its metadata as JSON, and the vocabulary of its
paragraphs for spelling) followed by one record per paragraph (kind "paragraph").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, fields
from typing import Any

from whoosh.fields import NUMERIC, STORED, Schema

from seminar_search.index import analysis
from seminar_search.lexicon import words
from seminar_search.model import Document, Footnote, Paragraph, Participant

SCHEMA_VERSION = 7
THEME_SEPARATOR = "\x1f"  # theme names may hold commas (discussion sub-headings do)


def schema() -> Schema:
    """The fields: searched ones analysed into stems, filters exact, the rest only stored."""
    text = analysis.StemmedText
    return Schema(
        kind=analysis.ExactID(stored=True),
        doc=analysis.ExactID(stored=True),
        position=STORED,  # orders a document's paragraphs when read back
        number=NUMERIC(int, stored=True, shift_step=0),  # found by its exact value only: one term each
        label=STORED,  # the reference as printed: "4.23", "Q183"
        speaker=STORED,
        speaker_exact=analysis.ExactID(),  # as printed: what `speakers` counts
        # Filters resolved by looking terms up, never by listing every speaker or theme: a
        # name or theme in lower case, and the words of each; the speaker's organisation.
        speaker_key=analysis.ExactID(),
        speaker_words=analysis.Keywords(lowercase=True),
        speaker_org=analysis.Keywords(lowercase=True),
        theme_keys=analysis.Keywords(f"[^{THEME_SEPARATOR}]+", lowercase=True),
        theme_words=analysis.Keywords(lowercase=True),
        section=text(stored=True),
        themes=analysis.Keywords(f"[^{THEME_SEPARATOR}]+", stored=True, scorable=True),
        page=STORED,  # shown, never searched: no index terms to write
        text=text(stored=True),
        vocabulary=analysis.VocabularyField(),  # on document records: the word forms of their paragraphs
        footnotes=text(),
        footnote_list=STORED,
        quotes=text(),
        quote_list=STORED,
        series=analysis.ExactID(stored=True),
        mention_list=STORED,
        title=text(stored=True),
        names=analysis.Keywords(lowercase=True),  # on document records: words of people's and bodies' names
        date=analysis.ExactID(stored=True),
        record=STORED,
    )


def records(document: Document) -> Iterator[dict[str, Any]]:
    """The index records of a document: its own, then its paragraphs' in order."""
    record = {f.name: getattr(document, f.name) for f in fields(document) if f.name != "paragraphs"}
    record["participants"] = [asdict(p) for p in document.participants]
    record["paragraph_count"] = len(document.paragraphs)
    yield {
        "kind": "document",
        "doc": document.id,
        "title": document.title,
        "date": document.date,
        "record": json.dumps(record, ensure_ascii=False),
        "vocabulary": [p.text for p in document.paragraphs],  # counted where it is indexed
        "names": " ".join(sorted(_name_words(document))),
    }
    from seminar_search.names import core_name  # here: writing needs it, a search's start-up not

    organisations = {core_name(p.name): p.organisation for p in document.participants if p.organisation}
    for position, paragraph in enumerate(document.paragraphs):
        yield {
            "kind": "paragraph",
            "doc": document.id,
            "position": position,
            "number": paragraph.number,
            "label": paragraph.label,
            "speaker": paragraph.speaker,
            "speaker_exact": paragraph.speaker,
            "speaker_key": paragraph.speaker.casefold(),
            "speaker_words": " ".join(words(paragraph.speaker)),
            "speaker_org": " ".join(words(organisations.get(_person(paragraph.speaker), ""))),
            "theme_keys": THEME_SEPARATOR.join(paragraph.themes),
            "theme_words": " ".join(words(" ".join(paragraph.themes))),
            "section": paragraph.section,
            "themes": THEME_SEPARATOR.join(paragraph.themes),
            "page": paragraph.page,
            "text": paragraph.text,
            "footnotes": " ".join(f.text for f in paragraph.footnotes),
            "footnote_list": [asdict(f) for f in paragraph.footnotes],
            "quotes": " ".join(paragraph.quotes),
            "quote_list": paragraph.quotes,
            "series": paragraph.series,
            "mention_list": paragraph.mentions,
        }


def _person(speaker: str) -> str:
    """'Timo Hannay, Managing Director, Digital Science' -> 'Timo Hannay': who, without role."""
    from seminar_search.names import core_name

    return core_name(speaker.split(",")[0])


def paragraph_from(stored: dict[str, Any]) -> Paragraph:
    """A paragraph from its stored fields."""
    return Paragraph(
        doc=stored["doc"],
        number=stored["number"],
        label=stored["label"],
        text=stored["text"],
        speaker=stored["speaker"],
        section=stored["section"],
        themes=[t for t in stored["themes"].split(THEME_SEPARATOR) if t],
        page=stored["page"],
        footnotes=[Footnote(**f) for f in stored.get("footnote_list") or []],
        quotes=list(stored.get("quote_list") or []),
        series=stored.get("series") or "paragraph",
        mentions=list(stored.get("mention_list") or []),
    )


def document_from(record: str) -> Document:
    """A document's metadata (paragraphs left empty) from its stored record."""
    data = json.loads(record)
    data.pop("paragraph_count", None)
    data["participants"] = [Participant(**p) for p in data.get("participants", [])]
    return Document(**data)


def _name_words(document: Document) -> set[str]:
    """The words of the names a document gives: its participants and their organisations, the
    people its paragraphs name, its author: words a spelling correction must leave alone."""
    names = [p.name for p in document.participants] + [p.organisation for p in document.participants]
    names += [mention for paragraph in document.paragraphs for mention in paragraph.mentions]
    names += [document.author, document.organisation]
    return {word.lower() for name in names for word in analysis.WORD.findall(name)}
