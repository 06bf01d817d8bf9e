"""Citations a researcher can paste: the report as it names itself, and the paragraph."""

from __future__ import annotations

from datetime import date

from seminar_search.model import Document, Paragraph, reference


def written_date(iso: str) -> str:
    """'2010-05-18' as the reports write it: '18 May 2010'; '2026-01' as 'January 2026'."""
    try:
        day = date.fromisoformat(iso if len(iso) != 7 else f"{iso}-01")
    except ValueError:
        return iso
    return f"{day:%B %Y}" if len(iso) == 7 else f"{day.day} {day:%B %Y}"


def citation(document: Document, paragraph: Paragraph, markdown: bool = False) -> str:
    """'LSIS, Title, Event: Subtitle (18 May 2010), para. 31'; markdown italicises the title."""
    title = f"*{document.title}*" if markdown and document.title else document.title
    named = document.event if document.event != document.title else ""  # a seminar's title, its event
    event = ": ".join(part for part in (named, document.subtitle) if part)
    when = f"({written_date(document.date)})" if document.date else ""
    if event:
        event = " ".join(filter(None, (event, when)))
    else:
        title = " ".join(filter(None, (title, when)))
    named_by = document.organisation if document.organisation != document.title else ""  # a meeting's record
    parts = [p for p in (named_by, title, event) if p]
    return ", ".join([*parts, reference(paragraph)])
