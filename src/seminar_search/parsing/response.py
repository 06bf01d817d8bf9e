"""The government-response genre: "Recommendation N" headings, each followed by the
recommendation as the committee or inquiry wrote it and then the government's reply, with
nothing in the text to say where one ends. The recommendation is the first paragraph and
those after it that still prescribe ("should", "must", "recommend") and do not answer; the
rest is the response. Both carry the heading's number: recommendation 8, response 8."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import NamedTuple

from seminar_search.lexicon import Entry
from seminar_search.model import Document, Paragraph, label_unnumbered
from seminar_search.parsing.blocks import Opening, item_opening
from seminar_search.parsing.common import (
    CITED_END,
    Reading,
    add_line,
    assign_themes,
    attach_notes,
    is_heading,
    layout_lines,
    title_goes_on,
)
from seminar_search.parsing.cover import cover
from seminar_search.parsing.introduction import introduction
from seminar_search.parsing.issuers import cased
from seminar_search.parsing.layout import BULLET, SENTENCE_END, Layout, Line
from seminar_search.parsing.letters import DEPARTMENT, sign_off, signature_line
from seminar_search.parsing.metadata import DATE
from seminar_search.parsing.numbering import (
    LONE,
    NAMED,
    NAMED_SHAPES,
    PLAIN,
    RECOMMENDATION,
    RECOMMENDATION_PREFIXED,
    SPACED,
)
from seminar_search.parsing.replies import (
    PRESCRIBES,
    REPLY_HEADING,
    VERDICT,
    answer_starts,
    opens_with_verdict,
    paragraphs_of,
    reply_within,
)
from seminar_search.parsing.respondents import committee_in, respondent
from seminar_search.parsing.wrapping import ends_on_joining_word, last_words_joined
from seminar_search.sources.table_rows import RECOMMENDATIONS_COLUMN

LABEL_PREFIX = re.compile(r"^[A-Za-z. ]+(?=\d)")  # a label's letters before its number: "R1", "Rec 1"
LETTERED_HEADING = re.compile(
    r"^(?P<kind>Recommendation|Conclusion|RECOMMENDATION|CONCLUSION) (?P<letter>[A-Z])"
    r"(?:\s*[:.–—-]\s*(?P<rest>\S.*)|\s*$)"
)
# "Recommendation" alone over each recommendation answered, or "Recommendation: The …" before
# it (a conclusion so, if answered): unnumbered, they are counted in one sequence
UNNUMBERED_HEADING = re.compile(
    r"^(?:(?:The )?Committee(?:['’]s)? )?(?P<kind>(?i:recommendation|conclusion))"
    r"\s*(?::\s*(?P<rest>\S.*)|:?)$"
)
# a recommendation no number or heading marks, in the committee's words ("The Committee recommends that …")
RECOMMENDS = re.compile(r"^(?:The )?Committee (?:recommends|calls on|urges)\b")
# "Government Response to …", "… responds to the report", "WRITTEN RESPONSE BY …" (not a contents
# page's "REQUEST FOR GOVERNMENT RESPONSE")
RESPONDS = re.compile(r"\b[Rr]espon(?:se|ds?)\b|\bRESPONSE (?:TO|BY|OF|FROM)\b")
MIN_HEADINGS = 3
INNER_STOP = re.compile(r"[.!?]\s")  # a sentence ends inside the line
DOT_LEADERS = re.compile(r"\.{4,}|…{2,}")


COLUMN_NAMES = re.compile(r"(?:(?:No\.|Ref\.|Recommendations?|(?:\w+ )?Responses?|Status)\s*){2,}")


def reply_headings(lines: list[Line]) -> int:
    """How many lines head a reply ("Government response", "Response: Accept") or open one
    with a verdict ("Accepted.", "Not accepted: …", "The Government accepts this
    recommendation."): the evidence for this genre where the recommendations are numbered
    items rather than headings."""
    return sum(1 for line in lines if REPLY_HEADING.match(line.text) or opens_with_verdict(line.text))


def recommendation_headings(lines: list[Line]) -> int:
    """How many "Recommendation N" headings count up from 1, if something answers them (a
    reply's heading or verdict, or the opening lines calling the document a response): the
    evidence for this genre. A paper setting out its own recommendations so answers none."""
    last: Opening | None = None
    counted, first = 0, None
    for i in range(len(lines)):
        opened = _opening(RECOMMENDATION, lines, i, last)
        if opened and opened[0].follows(last) and not _contents_entry(lines, i):
            last, counted, first = opened[0], counted + 1, i if first is None else first
    opening = " ".join(line.text for line in lines[:first])
    answered = reply_headings(lines) or RESPONDS.search(opening)
    return counted if answered else 0


def under_headings(headings: int, replies: int) -> bool:
    """Whether the recommendations answered stand under their headings, given how many
    "Recommendation N" headings and reply headings there are: enough of them, or two or more
    each answered ("Response: Accept"), a short response (one may be a paper's quoting one)."""
    return headings >= MIN_HEADINGS or 1 < headings <= replies


def _item_numbering(lines: list[Line]) -> re.Pattern[str]:
    """How the recommendations are numbered, where no heading names them: "1. The …"; else,
    if those are too few, without the dot, "1 The …", the number alone over its text (a
    table's first column, read cell by cell), or after a letter, "R1 The …", if they are not."""

    def counted(pattern: re.Pattern[str]) -> int:
        expected = 1
        for line in lines:
            match = pattern.match(line.text)
            expected += bool(match and int(match.group("n")) == expected)
        return expected - 1

    if counted(PLAIN) >= MIN_HEADINGS:
        return PLAIN
    others = (SPACED, LONE, RECOMMENDATION_PREFIXED)
    return next((pattern for pattern in others if counted(pattern) >= MIN_HEADINGS), PLAIN)


class _Item(NamedTuple):
    """A recommendation (or a conclusion) answered: its kind, its heading as printed
    ("Recommendation 2.1"), its label, its title and the topic it stands under, its lines."""

    kind: str
    printed: str
    label: str
    title: str
    topic: str
    lines: list[Line]


def _opening(
    numbering: re.Pattern[str], lines: list[Line], i: int, last: Opening | None
) -> tuple[Opening, str] | None:
    """What line i opens (_opened), but a "Conclusion" heading with no number that nothing
    answers before the next heading: a closing section's, not the committee's conclusion."""
    opened = _opened(numbering, lines[i].text, last)
    bare = UNNUMBERED_HEADING.match(lines[i].text)
    if opened is None or bare is None or bare["kind"].lower() != "conclusion":
        return opened
    below = itertools.takewhile(lambda line: not UNNUMBERED_HEADING.match(line.text), lines[i + 1 :])
    answered = any(REPLY_HEADING.match(line.text) or opens_with_verdict(line.text) for line in below)
    return opened if answered else None


def _opened(numbering: re.Pattern[str], text: str, last: Opening | None) -> tuple[Opening, str] | None:
    """What a line opens, if it opens a recommendation numbered so, and its label as printed:
    "R1", "3", or "2.1" under a heading "Recommendation 2.1" (numbered in its chapter), "B"
    under "Recommendation B"; under headings, a conclusion answered in the same sequence
    ("Conclusion 1", "Recommendation 2"), or a recommendation under a heading without a number
    or, each so, opening "The Committee recommends …", the one after last, labelled by its place."""
    if numbering is RECOMMENDATION:
        number = (last.number if last else 0) + 1  # an unnumbered one's place
        if (unnumbered := UNNUMBERED_HEADING.match(text)) and (last is None or not last.chapter):
            return Opening(unnumbered["kind"].lower(), "", number, unnumbered["rest"] or ""), str(number)
        if RECOMMENDS.match(text) and (last is None or RECOMMENDS.match(last.rest)):  # each so, unheaded
            return Opening("recommendation", "", number, text), str(number)
        heading = item_opening(text)
        if heading is None and (lettered := LETTERED_HEADING.match(text)):  # "Recommendation B": the 2nd
            number = ord(lettered["letter"]) - ord("A") + 1
            return Opening(lettered["kind"].lower(), "", number, lettered["rest"] or ""), lettered["letter"]
        if heading is None or heading.kind not in NAMED_SHAPES:
            return None
        return heading, heading.label or str(heading.number)
    match = numbering.match(text)
    if match is None:
        return None
    found = match.groupdict()
    kind = "conclusion" if found.get("concluded") else "recommendation"  # "C1", beside "R1"
    opening = Opening(kind, "", int(found["n"]), found.get("rest") or "")
    return opening, f"{found.get('prefix') or ''}{opening.number}"


def _contents_entry(lines: list[Line], i: int) -> bool:
    """A heading whose line, or the line its title wraps onto, runs into dot leaders or ends in
    a page number is the contents page's entry, unless text runs on ("… Year 9" / "and above.")."""
    heading = NAMED.match(lines[i].text)
    texts = [heading.group("rest") or "" if heading else "", *(ln.text for ln in lines[i + 1 : i + 4])]
    for k, text in enumerate(texts[:3]):
        if k and not text[:1].islower():
            break
        runs_on = texts[k + 1][:1].islower() if k + 1 < len(texts) else False  # "… in Year 9" / "and above."
        if DOT_LEADERS.search(text) or (re.search(r"\s\d{1,3}$", text) and not runs_on):
            return True
    return False


def parse_response(layout: Layout, lexicon: list[Entry]) -> Reading:
    lines = layout_lines(layout)
    blocks: list[_Item] = []
    last: Opening | None = None
    last_of: dict[str, Opening] = {}  # by kind: conclusions "C1", "C2" numbered apart from "R1", "R2"
    first = len(lines)
    end = sign_off(lines)
    topic = ""  # the heading above a run of items ("Concessionary travel")
    numbered = not under_headings(recommendation_headings(lines), reply_headings(lines))  # "1. The …"
    item = _item_numbering(lines[:end]) if numbered else RECOMMENDATION
    for i, line in enumerate(lines[:end]):
        opened = _opening(item, lines, i, last)
        follows = opened and (opened[0].follows(last) or opened[0].follows(last_of.get(opened[0].kind)))
        if opened and follows and not _contents_entry(lines, i):
            last, label = opened
            last_of[last.kind] = last
            above = _heading_above(lines, i, layout.width)
            if above is not None:
                topic = lines[above].text
                if blocks and blocks[-1].lines and blocks[-1].lines[-1] is lines[above]:
                    blocks[-1].lines.pop()
            # its heading: "Recommendation 2.1", "Recommendation B"; "Recommendation 1" for "R1"
            rest, printed = last.rest, f"{last.kind.capitalize()} {LABEL_PREFIX.sub('', label)}"
            if (heading := NAMED.match(line.text)) and heading["aside"] and not heading["rest"]:
                printed += f" {heading['aside']}"  # "Recommendation 1 (paragraph 23)", what it cites
            below = lines[i + 1].text if i + 1 < len(lines) else ""
            # "… Welsh Government" over "should …"; a numbered item's text running on in lower case
            runs_on = PRESCRIBES.match(below) is not None or (numbered and below[:1].islower())
            wrapped = bool(rest) and runs_on
            if wrapped or _reads_as_text(rest) or RECOMMENDS.match(rest):  # "Recommendation 1. The …"
                blocks.append(_Item(last.kind, printed, label, "", topic, [replace(line, text=rest)]))
            else:
                blocks.append(_Item(last.kind, printed, label, rest, topic, []))
            first = min(first, i)
        elif blocks and line.text:
            blocks[-1].lines.append(line)
    if blocks and (closing := _closing_heading(blocks[-1].lines, lines, layout.width)) is not None:
        end = closing  # what follows the last answer: back matter, as a report's
        blocks[-1].lines[:] = [line for line in blocks[-1].lines if line.source < lines[end].source]
    document = cover(lines, first, layout.headers)
    opening = [cased(ln.text) for ln in lines[:first]]  # "WELSH GOVERNMENT RESPONSE TO …" too
    committee = committee_in(opening)
    outside = [
        *last_words_joined([ln.text for ln in lines[:first]], layout.width),
        *(ln.text for ln in lines[end:]),
    ]
    departments = (text for text in outside if DEPARTMENT.match(text))  # "… Food and Rural" over "Affairs"
    government = respondent(opening, document, departments)
    document.author = document.organisation = government
    units: list[Paragraph] = []
    starts: list[int] = []
    spaced = {line.source for above, line in itertools.pairwise(lines) if line.text and not above.text}
    for number, (kind, printed, label, title, topic, block) in enumerate(blocks, start=1):
        title, block = _title(title, block, layout.width)
        stance = title if VERDICT.match(title) else ""  # "Recommendation 1 - Accept": the reply's verdict
        title = "" if stance else title
        title = title or (topic if topic != document.title else "")  # the document's title is no topic
        marked = next((k for k, line in enumerate(block) if REPLY_HEADING.match(line.text)), None)
        if marked is not None:  # "Government response" says where the answer starts
            heading = REPLY_HEADING.match(block[marked].text)
            verdict = heading.group("rest") if heading else None  # "Response: Accept"
            # the verdict is the answer's first sentence: "Accept. We will …", not "Accept We will …";
            # a reply's sentences after it wrap on ("Agreed. Free parking will apply in" / "December"),
            # or its first ("The Government agrees with this" / "recommendation. …", "Response: The" /
            # "Government partially agrees.")
            wraps = (
                marked + 1 < len(block) and block[marked + 1].text[:1].islower()
            ) or ends_on_joining_word(verdict or "")
            stop = (
                ""
                if not verdict or wraps or SENTENCE_END.search(verdict) or INNER_STOP.search(verdict)
                else "."
            )
            answer = [replace(block[marked], text=f"{verdict}{stop}")] if verdict else []
            split = len(paragraphs_of(block[:marked], layout.width, spaced))
            paragraphs = paragraphs_of(block[:marked], layout.width, spaced) + paragraphs_of(
                answer + block[marked + 1 :], layout.width, spaced
            )
        else:
            paragraphs = paragraphs_of(block, layout.width, spaced)
            split = answer_starts(paragraphs)
            paragraphs, split = reply_within(paragraphs, split)
        if stance and paragraphs:  # the verdict opens the reply ("Accept. We will consult …"), or is it
            said = replace((paragraphs[split:] or paragraphs[-1:])[0][0], text=f"{stance}.")  # its page
            reply = paragraphs[split:] or [[]]
            paragraphs[split:] = [[said, *reply[0]], *reply[1:]]
        for series, speaker, part in (
            (kind, committee, paragraphs[:split]),
            ("response", government, paragraphs[split:]),
        ):
            if not part:
                continue
            unit = Paragraph(
                doc="",
                number=number,
                label=label,
                text="",
                speaker=speaker,
                section=title or printed,
                themes=[title] if title else [],
                page=part[0][0].page,
                series=series,
            )
            for paragraph in part:
                for line in paragraph:
                    add_line(unit, line.text)
                unit.text += "\n" if not BULLET.match(paragraph[-1].text) else ""
            unit.text = re.sub(r" *\n+(?!-) *", " ", unit.text).strip()  # paragraphs: one space
            units.append(unit)
            starts.append(part[0][0].source)
    opens, introduced, opening_starts = introduction(lines, first, layout.width, spaced, government, units)
    document.paragraphs = [*introduced, *units]
    label_unnumbered(document.paragraphs)  # "text before recommendation 1"
    kind = "numbered recommendations" if numbered else "Recommendation N headings"
    if any(UNNUMBERED_HEADING.match(line.text) for line in lines[first:end]):
        kind = "'Recommendation' headings without numbers, counted"
    reason = f"{len(blocks)} {kind} in sequence, each answered"
    return answered(document, [*opening_starts, *starts], layout, lines, (opens, end), lexicon, reason)


def answered(
    document: Document,
    starts: list[int],
    layout: Layout,
    lines: list[Line],
    body: tuple[int, int],
    lexicon: list[Entry],
    reason: str,
) -> Reading:
    """A response's reading: its units (starting at those source lines) with their notes and
    themes, what lies outside lines[body] left out."""
    unattached = attach_notes(document.paragraphs, starts, layout.notes)
    assign_themes(document.paragraphs, lexicon)
    first, end = body
    return Reading.of_layout(
        "response",
        reason,
        document,
        layout,
        lines,
        (first, end if end < len(lines) else None),
        unattached_notes=unattached,
    )


def _heading_above(lines: list[Line], i: int, width: int) -> int | None:
    """The line of a heading standing above line i: a topic over the items that follow."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    if j < 0 or not is_heading(lines, j, width) or lines[j].names_columns or _introduced(lines, j):
        return None
    if len(lines[j].cells) > 1 and RECOMMENDATIONS_COLUMN.fullmatch(lines[j].cells[0]):
        return None  # "Recommendation<tab>Government response": a table's column names
    text = lines[j].text
    # a reply's heading, or a table's head: "No. Recommendation Response"
    answered = REPLY_HEADING.match(text) or COLUMN_NAMES.fullmatch(text)
    dated = DATE.search(text)  # the cover's last line: "Executive meeting: 3 March 2026"
    return None if answered or dated or RECOMMENDATION.match(text) or signature_line(text) else j


def _closing_heading(block: list[Line], lines: list[Line], width: int) -> int | None:
    """Where a closing section starts after the last answer ("Next steps" over its text): a
    heading after a sentence's end with text below it, not one that heads the reply (nor the
    answer's own last line, "Target date: 31 March 2020"); None if there is none."""
    index = {id(line): i for i, line in enumerate(lines)}
    for before, line in itertools.pairwise(block[:-1]):
        if (
            SENTENCE_END.search(before.text)
            and not before.text.endswith(":")  # what "… will be consulted:" introduces
            and not REPLY_HEADING.match(line.text)
            and is_heading(lines, index[id(line)], width)
        ):
            return index[id(line)]
    return None


def _introduced(lines: list[Line], j: int) -> bool:
    """Whether line j is what the text above it introduces ("… will be consulted:" over
    "Natural England"): the answer's list, no heading."""
    above = next((line.text for line in reversed(lines[:j]) if line.text), "")
    return above.endswith(":")


def _reads_as_text(rest: str) -> bool:
    """What follows "Recommendation N" is its text, not a title, when it reads as a sentence,
    the paragraph it restates cited after it or not ("… what the Big Society means. (Paragraph 12)")."""
    sentence = rest.endswith((".", ";")) or bool(CITED_END.search(rest))
    return len(rest) > 90 or sentence or bool(PRESCRIBES.search(rest))


def _title(title: str, block: list[Line], width: int) -> tuple[str, list[Line]]:
    """The title, and the block after the lines it wraps onto."""
    k = 0
    while title and k < len(block) and title_goes_on(block[k].text, width):
        title = f"{title} {block[k].text}"
        k += 1
    return title, block[k:]
