"""Where a numbered report's headings stand and how far they run: over a unit, wrapped onto a
second line in a narrow column or large type, a chapter's label over its title, a figure's
caption, a consultation's long question; and which headings title a box or a table aside."""

from __future__ import annotations

import re

from seminar_search.parsing.attendance import names_who_took_part
from seminar_search.parsing.common import (
    HEADING_WIDTH,
    PART_LABEL,
    SHORT_LINE,
    is_heading,
    wraps_onto_lower_case,
)
from seminar_search.parsing.issuers import issuer
from seminar_search.parsing.layout import Line, join_lines
from seminar_search.parsing.metadata import BYLINE, DATE
from seminar_search.parsing.numbering import Sequencer, asks
from seminar_search.parsing.starts import UNIT_SHAPES, opens_unit, start_at
from seminar_search.parsing.voices import SPEAKERS_FIELD
from seminar_search.parsing.wrapping import FILLED, HEADING_RUN_ON, a_few_words, ends_on_joining_word

# over a figure's cells, or over nothing the text kept
CAPTIONED = r"(?:Figure|Table|Chart|FIGURE|TABLE|CHART)\s+[A-Z]?\d+\b"
ASIDE = re.compile(rf"^(?:Box|Case study|Example|Panel|{CAPTIONED})", re.IGNORECASE)  # its text: the author's
CAPTION = re.compile(rf"^{CAPTIONED}(?:\s*[:.–—-])?\s+[A-Z]")  # "Figure 3: …", not "Table 2 sets out"


def heads_unit(lines: list[Line], after: int, width: int) -> bool:
    """Whether the next text after a heading (ending before line `after`) opens a numbered unit."""
    k = _next_text(lines, after)
    return k is not None and opens_unit(lines, k, width)


def numbers_its_own(lines: list[Line], after: int, width: int, capitals: bool, sequencer: Sequencer) -> bool:
    """Whether a caption over a unit stands over a numbering its figure begins ("Figure 1: …"
    over "1. Evening services" after paragraph 2.1), not over the next paragraph."""
    k = _next_text(lines, after)
    start = None if k is None else start_at(lines, k, width, capitals)
    return start is not None and not sequencer.continues(start)


def _next_text(lines: list[Line], after: int) -> int | None:
    """The first line with text from line `after`, over at most two blank ones."""
    return next((k for k in range(after, min(len(lines), after + 3)) if lines[k].text), None)


def the_covers(heading: str, lines: list[Line], after: int, width: int) -> bool:
    """Whether a heading before the first unit is the cover's, no section's: a line dating the
    paper ("Note of a roundtable held …, 12 May 2024"), a byline, its issuer, or a field naming
    who took part ("Chair: Dr Helen Okafor, …") that heads no unit straight below it, or lists
    several ("Speakers: Cllr James Lewthwaite, Leader, …; Sarah Whitcombe, …") over the first."""
    field = SPEAKERS_FIELD.match(heading)
    several = bool(field and ";" in field["who"])
    named = names_who_took_part(heading) and (several or not heads_unit(lines, after, width))
    return bool(DATE.search(heading) or BYLINE.match(heading) or issuer(heading) or named)


def _over_unit(lines: list[Line], i: int, width: int) -> bool:
    """Whether line i stands over a numbered unit's first line, no line of text between
    ("Note of discussion" over "Opening remarks: Sir Mark Walport, …" over "1. …"; or a blank
    line, as a PDF's space is read), where the unit's text starts on its line; the line's own
    last words, run on, between."""
    k = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].text), None)
    if k == i + 1 and _heading_runs_on(lines, i, width):
        k = next((k for k in range(i + 2, min(len(lines), i + 4)) if lines[k].text), None)
    start = start_at(lines, k, width) if k is not None else None
    return start is not None and start.shape in UNIT_SHAPES and bool(start.rest)  # not a table's "48"


def whole_heading(lines: list[Line], i: int, width: int) -> tuple[str, int]:
    """A heading with a bracket left open goes on to the line that closes it ("... (Professor
    Susan" / "Michie)"), one run on to a line that ends its block (a narrow column's "Adult
    Social Care" / "Board"), one in capitals to the next line in capitals ("6. CONCLUSIONS AND
    RECOMMENDATIONS" / "RELATING TO REDRESS"), a chapter's label alone ("Chapter 3:") to its
    title's lines up to the blank line below or the first numbered unit; returns it and the
    index of the line after it."""
    heading, j = lines[i].text, i + 1
    titled = bool(PART_LABEL.match(heading))
    if titled and _title_past_a_blank(lines, j, width):  # "Appendix 1", "", "Minutes of Proceedings"
        j += 1
    while (
        j < min(len(lines), i + 4)
        and (
            titled
            or heading.count("(") > heading.count(")")
            or (heading.isupper() and lines[j].text.isupper())
            or (j == i + 1 and (_heading_runs_on(lines, i, width) or wraps_onto_lower_case(lines, i, width)))
            or (j == i + 1 and not heading.endswith("?") and asks(heading, lines[j].text))
            or (j == i + 1 and CAPTION.match(heading) and len(heading) >= width * HEADING_WIDTH)
            # a short line of it ends on a joining word: "Association of" / "Directors of Public" / "Health"
            or (ends_on_joining_word(heading) and len(lines[j - 1].text) < width * SHORT_LINE)
        )
        and lines[j].text
        and not lines[j].text.endswith(".")
        and not opens_unit(lines, j, width)
    ):
        heading, j = join_lines(heading, lines[j].text), j + 1
    return heading, j


def _title_past_a_blank(lines: list[Line], j: int, width: int) -> bool:
    """Whether a part's label alone ("Appendix 1") has its title past the blank line under it:
    a short line alone that ends no sentence, opens no unit and captions no table, as a
    document spaced a blank line after every line prints it."""
    if j + 1 >= len(lines) or lines[j].text or (j + 2 < len(lines) and lines[j + 2].text):
        return False
    title = lines[j + 1].text
    short = 0 < len(title) < width * SHORT_LINE and not title.endswith((".", ":", ";"))
    return short and not CAPTION.match(title) and not opens_unit(lines, j + 1, width)


def _heading_runs_on(lines: list[Line], i: int, width: int) -> bool:
    """A heading that fills most of its line, or breaks after a comma, run on to a few words
    that end its block: a narrow column's "Councillor Jane Hardy, Chair, Adult Social Care" /
    "Board", or, in bold type that wraps sooner, "Opening address – Rt Hon Jane Smith" / "MP,
    Minister for Skills"."""
    text, following = lines[i].text, lines[i + 1].text
    below = lines[i + 2].text if i + 2 < len(lines) else ""
    few = a_few_words(following, HEADING_RUN_ON)
    ran_on = few and (len(text) >= width * FILLED or text.endswith(","))
    return ran_on and not below and not ASIDE.match(text)  # not a table's title over its cells


def heads(lines: list[Line], i: int, width: int, outside: bool, begun: bool) -> bool:
    """Whether line i is a heading: as any is; once the units have begun (not among a cover's
    lines), a sub-heading straight under a heading that stands after a paragraph's end
    ("Northern Ireland" over "The Northern Ireland Executive and supporting organisations"); a
    figure's or table's caption, however long, outside a paragraph (under a heading), after a
    paragraph's end or a short line; or over a unit and wrapped after a comma, which no heading
    ends in ("Opening address – Rt Hon Jane Smith MP," over "Minister for Skills"), the two
    lines a block of their own."""
    over_unit = _over_unit(lines, i, width)
    text, above = lines[i].text, lines[i - 1].text if i else ""
    below = next((line.text for line in lines[i + 1 : i + 3] if line.text), "")
    if PART_LABEL.match(text) and below[:1].isupper():
        return True  # "Chapter 13" over its title, after a paragraph ending in a reference, not a stop
    ended = len(above) < width * SHORT_LINE or above.endswith((".", ":", "?"))  # a blank line too
    after_end = outside or ended
    under_heading = outside and begun and is_heading(lines, i - 1, width)
    # a short one under a heading however long, if that ends there ("Persons who were suspended
    # and/or terminated or who resigned" over "Postmasters"), not "… as the Department for" over "…"
    heading_ended = under_heading and not ends_on_joining_word(above) and len(text) < width * SHORT_LINE
    asked = asks(text, below)  # "Question 1: Do you agree …?", however long
    if is_heading(lines, i, width, under_heading, over_unit, heading_ended) or (
        (CAPTION.match(text) or asked) and after_end
    ):
        return True
    if wraps_onto_lower_case(lines, i, width):
        return True
    comma = text.endswith(",") and text[:1].isupper() and not above
    return over_unit and comma and _heading_runs_on(lines, i, width)
