"""Finding units by the labels a document prints: '17', '4.23', 'Q183', 'b', 'ICB/24/061', ranges
like '17-19'."""

from __future__ import annotations

import re

from seminar_search.errors import QueryError
from seminar_search.filters import matching_documents
from seminar_search.index import IndexReader
from seminar_search.model import BEFORE, UNNUMBERED, Paragraph

# "17", "4.23", "Q183"; "1a", an item's recommendation
LABEL = re.compile(r"([A-Za-z]{0,3})\s?((?:\d{1,6}\.)*)(\d{1,6})([a-z]?)\.?")
LETTER = re.compile(r"[a-zA-Z]")  # a lettered recommendation's label, a recital's ("B")
MINUTE = re.compile(r"(?:[A-Za-z]{2,8}/)?\d{2,4}/\d{1,4}")  # a minute's reference: "ICB/24/061", "24/61"
MAX_RANGE = 10000
# a series named before its labels, as results print it: "Recommendation 2", "response 3-5", "annex-b 2"
SERIES_FIRST = re.compile(r"(?P<series>[A-Za-z]{4,}(?:-[A-Za-z0-9]{1,3})?)\s+(?P<labels>\S.*)")
SERIES_ALIASES = {"para": "paragraph"}


def series_named(spec: str, series: str | None) -> tuple[str, str | None]:
    """The labels and the series asked for, where the labels are written after their series'
    name as a hit is shown ("Recommendation 2" for 2 of the recommendations); a series given
    as an option stands."""
    named = SERIES_FIRST.fullmatch(spec.strip())
    if named is None:
        return spec, series
    word = named["series"].lower()
    if word in ("after", "before"):  # unnumbered text, as results head it: "after ¶12", "before Q1"
        labels = named["labels"].lstrip("¶")
        labels = f"question {labels}" if re.fullmatch(r"Q\d+", labels) else labels  # a transcript's
        return (f"{BEFORE}{labels}" if word == "before" else labels), series or UNNUMBERED
    word = SERIES_ALIASES.get(word, word.removesuffix("s") if "-" not in word else word)
    return named["labels"], series or word


def names_a_unit(query: str) -> bool:
    """Whether a query is written as a unit's label ("Q183", "4.23", "¶12") rather than words:
    a search finds no words in it, `show` finds the unit."""
    return bool(LABEL.fullmatch(query.strip().lstrip("¶")))


def parse_labels(spec: str) -> list[str]:
    """'17' (or '¶17'), '4.23', 'Q183', 'b', '1a', 'ICB/24/061', '17-19', '4.23-4.25', 'a-c' or
    '3,17-19' as the labels they name; a range counts up its last number within one chapter, or its
    letter."""
    if spec.startswith(BEFORE):  # text before a document's first numbered unit: "before 1"
        return [spec]
    labels: list[str] = []
    for part in spec.replace(" ", "").replace("¶", "").split(","):  # "¶50", as results mark it
        if MINUTE.fullmatch(part):
            labels.append(part)
            continue
        first_text, _, last_text = part.partition("-") if "-" in part else part.partition("–")
        if LETTER.fullmatch(first_text) and LETTER.fullmatch(last_text or first_text):
            letters = [chr(c) for c in range(ord(first_text), ord(last_text or first_text) + 1)]
            if not letters or first_text.islower() != (last_text or first_text).islower():  # "C-a"
                raise QueryError(f"{spec!r} is not a usable range of paragraph labels")
            labels += letters
            continue
        first = LABEL.fullmatch(first_text)
        last = LABEL.fullmatch(last_text or first_text)
        if not first or not last:
            raise QueryError(f"{spec!r} is not a paragraph label or range (try 17, 4.23, Q183 or 17-19)")
        if first.group(4) or last.group(4):  # "1a": one label, no range of them
            if last_text and last_text != first_text:
                raise QueryError(f"{spec!r} is not a usable range of paragraph labels")
            labels.append(first_text.rstrip("."))
            continue
        prefix = first.group(1) + first.group(2)
        start, stop = int(first.group(3)), int(last.group(3))
        if (last_text and last.group(1) + last.group(2) not in (prefix, first.group(2))) or not (
            0 <= stop - start <= MAX_RANGE
        ):
            raise QueryError(f"{spec!r} is not a usable range of paragraph labels")
        labels += [f"{prefix}{n}" for n in range(start, stop + 1)]
    return labels


def find_paragraphs(
    reader: IndexReader,
    labels: list[str],
    doc: str | None = None,
    context: int = 0,
    series: str | None = None,
) -> tuple[list[tuple[Paragraph, bool]], list[str]]:
    """The units printed with these labels, each with up to context neighbours either side,
    and the labels asked for that no unit has (none found at all is an error).

    Without a series, a label is looked for in the main paragraphs first, then in any series
    (a transcript's "Q183", an annex's "A1.2"). Returns (unit, asked_for) pairs in document
    order; neighbours have asked_for False.
    """
    wanted = {_label_key(label): label for label in labels}
    out: list[tuple[Paragraph, bool]] = []
    found: set[str] = set()
    for doc_id in matching_documents(reader, doc):
        paragraphs = reader.paragraphs(doc_id)
        chosen = _labelled(paragraphs, wanted, series)
        found |= {key for i in chosen for key in _keys(paragraphs[i].label, series)}
        near = {j for i in chosen for j in range(i - context, i + context + 1)}
        out += [(p, i in chosen) for i, p in enumerate(paragraphs) if i in near]
    missing = [label for key, label in wanted.items() if key not in found]
    if not found:
        asked = ", ".join(
            label if series != UNNUMBERED or label.startswith(BEFORE) else f"after {label}"
            for label in missing
        )
        raise QueryError(f"no {series or 'paragraph'} {asked} in {'document ' + doc if doc else 'the index'}")
    return out, missing


def neighbours(reader: IndexReader, paragraph: Paragraph, context: int) -> list[Paragraph]:
    """The units either side of one, in its document, itself excluded."""
    units = reader.paragraphs(paragraph.doc)
    at = next(i for i, p in enumerate(units) if (p.series, p.number) == (paragraph.series, paragraph.number))
    return [units[i] for i in range(max(0, at - context), at + context + 1) if i != at and i < len(units)]


def _labelled(paragraphs: list[Paragraph], keys: dict[str, str], series: str | None) -> set[int]:
    """Positions of the units whose label is wanted (keys: each label's key, as typed), in the
    series asked for, else in the main paragraphs where they have it, else in any series,
    those printed as typed first."""
    if series is not None:
        return {
            i for i, p in enumerate(paragraphs) if p.series == series and _keys(p.label, series) & keys.keys()
        }
    chosen: set[int] = set()
    for key, typed in keys.items():
        main = {i for i, p in enumerate(paragraphs) if p.series == "paragraph" and _label_key(p.label) == key}
        loose = {i for i, p in enumerate(paragraphs) if _label_key(p.label) == key}
        as_typed = {i for i in loose if _as_printed(paragraphs[i].label) == _as_printed(typed)}
        chosen |= main or as_typed or loose  # "Q2" is a consultation's question, not its block 2
    return chosen


def _keys(label: str, series: str | None) -> set[str]:
    """The keys a unit's label is asked for by: its own, and in its series its number after the
    series' letter ("R1" is recommendation 1 too, "F2" finding 2)."""
    return (
        {_label_key(label), _label_key(label.removeprefix(series[:1].upper()))}
        if series
        else {_label_key(label)}
    )


def _as_printed(label: str) -> str:
    return label.replace(" ", "").rstrip(".").casefold()


def _label_key(label: str) -> str:
    """'Q 183', 'q183' and 'Q183' are one label; so are '4.23.' and '4.23'."""
    return _as_printed(label).removeprefix("q")
