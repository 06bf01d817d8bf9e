"""The numbered-report genre: committee and inquiry reports, decisions, any document whose
paragraphs carry numbers (`12.`, `4.23.`, `A1.3`, a number alone on its line), in one or
more series, under headings. The report speaks as its author (the committee, the inquiry),
or as the person a heading names ("Notes of the roundtable (Professor Susan Michie)")."""

from __future__ import annotations

import re
from collections import Counter

from seminar_search.lexicon import Entry
from seminar_search.model import UNNUMBERED, Paragraph, label_unnumbered
from seminar_search.names import merged
from seminar_search.parsing.attendance import participants_after
from seminar_search.parsing.back_matter import heads_evidence_lists
from seminar_search.parsing.common import (
    DISCUSSION,
    LIST_LABEL,
    Reading,
    add_line,
    assign_themes,
    attach_notes,
    date_under,
    layout_lines,
    speaker_under,
    title_goes_on,
)
from seminar_search.parsing.cover import cover
from seminar_search.parsing.formulas import meeting_timed
from seminar_search.parsing.glossary import glossary_joined
from seminar_search.parsing.layout import Layout, Line, ends_paragraph
from seminar_search.parsing.numbering import CHAPTER, NAMED_SHAPES, PAGE_REFERENCE, Sequencer, Series
from seminar_search.parsing.prose import participants_before
from seminar_search.parsing.replies import answered_under
from seminar_search.parsing.report_headings import (
    ASIDE,
    CAPTION,
    heads,
    heads_unit,
    numbers_its_own,
    the_covers,
    whole_heading,
)
from seminar_search.parsing.respondents import recommending_body
from seminar_search.parsing.series import contents_list, numbering_gaps, series_name
from seminar_search.parsing.starts import (
    UNIT_SHAPES,
    cited_recommendation,
    listed_after_colon,
    names_the_paragraph_below,
    numbered_again,
    numbered_on,
    numbered_turn,
    start_at,
    titles_chapter,
    titles_item,
    untitled,
)
from seminar_search.parsing.table_cells import cells_joined, headed_by
from seminar_search.parsing.voices import (
    FINISHED,
    FLOOR_OPENING,
    REPORTED,
    UNNAMED_VOICE,
    called_a_discussion,
    from_the_floor,
    named_first,
    openings,
    participant_heading,
    reported_speakers,
    sign_under_headings,
    speakers_after,
)
from seminar_search.present import participants_present

MIN_UNITS = 3
POINTER_TO_PAGE = re.compile(r"\s+Page\s+\d{1,4}$")  # a summary list's pointer to the chapter
UNNUMBERED_TEXT = Series(UNNUMBERED, "")  # text after a heading, before the next numbered unit
PART_TITLE = re.compile(r"(?:Chapter|Part|Appendix|Annexe?|Schedule)\s+[A-Z0-9]{1,3}\b")  # no table's cell
# a recommendation set apart between numbered paragraphs under its kind alone, no number ("Conclusion"
# alone is a section's heading)
BARE_ITEM = re.compile(r"^(?:(?:The )?Committee(?:['’]s)? |Our )?[Rr]ecommendation:?$")


def _set_apart(series: Series, speaker: str, section: str, page: int) -> Paragraph:
    """The next of a report's recommendations set apart under their kind alone,
    labelled by its place among them, in the section it stands in."""
    label = str(series.count)
    return Paragraph(
        doc="",
        number=series.count,
        label=label,
        text="",
        speaker=speaker,
        section=section,
        themes=[],
        page=page,
    )


def parse_report(
    layout: Layout, lexicon: list[Entry], capitals: bool = False, lists: tuple[range, ...] = ()
) -> Reading:
    """Read a numbered report; lists, the spans of lines to pass over as back matter (a
    committee's record of its inquiry, found on a first reading)."""
    lines, glossary = glossary_joined(layout_lines(layout))
    sequencer = Sequencer(continued=capitals or numbered_on(lines, layout.width))  # "11." first
    units: list[Paragraph] = []
    series_of: list[Series] = []
    current: Paragraph | None = None
    section, speaker_here = "", ""
    floor = ""  # "Discussion" over the topics' headings it is divided into
    last_heading = ("", -1)  # the last heading's speaker, and how many units stood before it
    aside = ""  # a box's title: its text's section, not that of the numbered paragraphs after it
    captioned = False  # a figure's caption stands over what follows, no unit since
    first_unit_line, last_unit_line = len(lines), 0
    first_line: dict[int, int] = {}  # each unit's first line in the source: where its notes follow
    skip_to = 0
    titled = False
    headings: list[tuple[int, int, str]] = []  # each heading's line, how many units stood before it
    attendance: list[Line] = []  # who attended a meeting whose minutes a report prints: no text of its
    set_apart = Series("recommendation", "Recommendation")  # the unnumbered recommendations, counted
    in_list = 0  # the last number of a list inside the paragraph, numbered from 1 again
    in_table = False  # the last line read was a table's row
    for i, line in enumerate(lines):
        if any(i in span for span in lists):
            current = None
            continue
        if not line.text or i < skip_to:
            continue
        start = start_at(lines, i, layout.width, capitals)
        turned = numbered_turn(lines, i, layout.width, capitals) if start is None else None
        if turned and sequencer.continues(turned[0]):  # "6. Sir Chris Ham: By measuring …"
            start = turned[0]
        if start and not sequencer.continues(start):
            start = cited_recommendation(lines, i, start, layout.width) or start
        if start and names_the_paragraph_below(lines, i, start, sequencer, layout.width):
            continue
        chapter = start is not None and titles_chapter(lines, i, start, layout.width)
        own = captioned and start is not None and not sequencer.continues(start)  # a figure's "1."
        counted = start is not None and start.shape in UNIT_SHAPES and not (chapter or own)
        if counted and start and in_list and start.number == in_list + 1:  # "3." a list's and the next's
            counted = not numbered_again(lines, i, start, layout.width)
        series = sequencer.accept(start) if start is not None and counted else None
        listing = start is not None and not series and start.number in (1, in_list + 1)  # "1.", "2." …
        in_list = 0 if series else start.number if start and listing else in_list
        if start and series:
            aside, captioned = "", False
            titled = start.titled  # "Recommendation 4: title", the title wrapping
            item = start.shape == "plain" and titles_item(lines, i, layout.width)  # "45. BUDGET 2024/25"
            current = Paragraph(
                doc="",
                number=series.count,
                text="",
                speaker=turned[1] if turned else speaker_here,
                section=f"{start.shape.capitalize()} {start.label}: {start.rest}"
                if titled and start.rest
                else section,
                themes=[section] if section else [],
                page=line.page,
                label=start.label,
            )
            if item:  # its title heads it, as a heading would, and may run on as one does
                whole, skip_to = whole_heading(lines, i, layout.width)
                title = start.rest + whole[len(line.text) :]
                current.section, current.themes = title, [title]
                speaker_here = current.speaker = speaker_under(title) or floor  # a new heading's voice
            elif start.rest and not titled:
                add_line(current, start.rest)
            units.append(current)
            first_line[id(current)] = line.source
            series_of.append(series)
            first_unit_line = min(first_unit_line, i)
            last_unit_line = i
            continue
        heading, after = ("", i)
        asking = current is not None and series_of[-1].shape == "asked" and line.text.endswith("?")
        row = line.tabled  # a table's row: text, a unit of the table's own after a paragraph
        if row and not in_table and current is not None and series_of[-1] is not UNNUMBERED_TEXT:
            current = None
        in_table = row
        # "Lesson 2: … before the" over "winter season.": a whole sentence, its text, no title over it
        said = titled and current is not None and current.section.endswith(".")
        if chapter or (
            (current is None or current.text or said)
            and not (asking or own or row or (listing and listed_after_colon(lines, i)))  # text, a figure's
            and heads(lines, i, layout.width, current is None, bool(units))
        ):
            heading, after = whole_heading(lines, i, layout.width)
        if CAPTION.match(heading) and heads_unit(lines, after, layout.width):
            if numbers_its_own(lines, after, layout.width, capitals, sequencer):  # its text's section
                aside, captioned, current, skip_to = heading, True, None, after
                continue
            heading, current = "", None  # over the next paragraph: a caption, text of its own
            captioned = True
        if (
            heading
            and aside
            and not (ASIDE.match(heading) or PART_TITLE.match(heading))
            and not heads_unit(lines, after, layout.width)
        ):
            sequencer.saw_heading(heading)  # a table's cell: the aside's text, up to the next unit's heading
        elif heading and not units and the_covers(heading, lines, after, layout.width):
            skip_to, section = after, ""  # as are those above it
        elif heading and units and BARE_ITEM.match(heading) and not heads_unit(lines, after, layout.width):
            set_apart.count += 1  # "Recommendation" over its text: the next, counted; no section
            current, skip_to = _set_apart(set_apart, speaker_here, section, line.page), after
            units.append(current)
            first_line[id(current)] = lines[after].source if after < len(lines) else line.source
            series_of.append(set_apart)
            continue
        elif heading:
            current, skip_to = None, after
            headings.append((i, len(units), heading))
            # a box's title, not "Panel 1: …" over numbered paragraphs, which heads them, nor a
            # list of tables' entry ("Table 7: Key exercises 178")
            boxed = ASIDE.match(heading) and not (CAPTION.match(heading) and PAGE_REFERENCE.search(heading))
            if boxed and not heads_unit(lines, after, layout.width):
                aside = heading
                continue
            sequencer.saw_heading(heading)
            section, aside = answered_under(section, heading), ""
            voice = "" if line.source in glossary else speaker_under(heading)
            if last_heading[1] == len(units):  # the last heading, a part's title, over this one
                floor = DISCUSSION if last_heading[0] == DISCUSSION else ""
            last_heading = (voice, len(units))
            speaker_here = voice or floor
            continue
        finished = current is not None and series_of[-1].shape == "dotted" and FINISHED.search(current.text)
        if finished and start is not None and start.shape == "plain" and start.number == 1:
            current = None  # "1." after a finished paragraph numbered "2.16": no list of its, a figure's
        if timed := meeting_timed([ln.text for ln in lines[i : i + 2]]):  # "The meeting rose at 6 p.m."
            current, skip_to = None, i + timed  # the record's, ending a paragraph
            continue
        if current is None and units and LIST_LABEL.match(line.text):  # "Present: …" in a meeting's minutes
            skip_to = _block_end(lines, i, layout.width)
            attendance += lines[i:skip_to]
            continue
        if current is None and units:
            current = Paragraph(
                doc="",
                number=0,
                text="",
                speaker="" if aside else speaker_here,  # a box's or a table's text is the author's
                section=aside or section,
                themes=[],
                page=line.page,
            )
            units.append(current)
            first_line[id(current)] = line.source
            series_of.append(UNNUMBERED_TEXT)
            titled = False
        if current is not None and titled and not current.text and title_goes_on(line.text, layout.width):
            current.section += f" {line.text}"
        elif current is not None:
            add_line(current, line.text)
            if series_of[-1] is not UNNUMBERED_TEXT:
                last_unit_line = i
    sign_under_headings(units, [(n, text) for _, n, text in headings])  # "Cllr …" under the chair's foreword
    for unit, series in zip(units, series_of, strict=True):
        untitled(unit, series.shape)
    over = headed_by(units, headings)  # what a table's cells, read as headings, were over
    if not lists and (spans := _evidence_lists(headings, series_of, len(lines))):
        return parse_report(layout, lexicon, capitals, spans)
    while series_of and series_of[-1] is UNNUMBERED_TEXT:  # after the last numbered unit: back matter
        units.pop()
        series_of.pop()
    dated = date_under(units[-1] if units else None, lines, last_unit_line)
    last_unit_line -= bool(dated)
    front, listed = participants_before(lines, first_unit_line, layout.width)
    document = cover([*front, *lines[first_unit_line:]], first_unit_line, layout.headers)
    document.date = document.date or dated
    # no author, no one named: a discussion's paragraphs are its many voices; a paper's its title's
    discussed = called_a_discussion(lines[: first_unit_line + 1])
    unvoiced = discussed and not any(unit.speaker for unit in units)
    author = document.author or (DISCUSSION if unvoiced else document.title)
    recommending = recommending_body([line.text for line in lines[:first_unit_line]], author)
    names: dict[int, str] = {id(UNNUMBERED_TEXT): UNNUMBERED}
    taken: set[str] = set()
    # the most numbered series, one numbered by its own letters ("ES1.") a summary's or annex's,
    # one labelled by its kind ("Recommendation 3:") that kind's
    apart = ("prefixed", *NAMED_SHAPES)
    main = max(sequencer.series, key=lambda s: (s.shape not in apart, s.count), default=None)
    # numbering that starts again in each chapter is each chapter's, the first's too (not a
    # series of another shape, the consultation questions, begun under a later chapter)
    chapters = [s for s in sequencer.series if CHAPTER.match(s.heading) and main and s.shape == main.shape]
    if main is not None and not (len(chapters) > 1 and any(s is main for s in chapters)):
        names[id(main)] = "paragraph"
        taken.add("paragraph")
    for series in sequencer.series:
        if contents_list([u.text for u, of in zip(units, series_of, strict=True) if of is series]):
            names[id(series)] = ""  # front matter
        elif id(series) not in names:
            names[id(series)] = series_name(series.heading, series.shape, taken)
            taken.add(names[id(series)])
    if set_apart.count:
        names[id(set_apart)] = series_name(set_apart.heading, set_apart.shape, taken)
        taken.add(names[id(set_apart)])
    contents = [k for k, series in enumerate(series_of) if not names[id(series)]]
    for k in reversed(contents):
        del units[k], series_of[k]
    while series_of and series_of[0] is UNNUMBERED_TEXT:  # what followed a contents page
        del units[0], series_of[0]
    # those the cover names ("Chaired by …") and those a list after the text names, once each
    present = merged(
        listed,
        participants_after([line.row for line in lines[last_unit_line + 1 :]])
        or participants_present([line.text for line in [*lines[:first_unit_line], *attendance]]),
    )
    chair = next((p.name for p in present if p.role == "chair"), "")
    known = {p.name for p in present}
    spoke = [p for p in [*reported_speakers(units, chair), *speakers_after(units)] if p.name not in known]
    forms = openings(present) if discussed else []
    units, series_of = cells_joined(units, series_of, UNNUMBERED_TEXT, over)
    unnumbered = 0
    before: Paragraph | None = None
    for unit, series in zip(units, series_of, strict=True):
        unit.series = names[id(series)]
        if series is UNNUMBERED_TEXT:
            unnumbered += 1
            unit.number = unnumbered
        # "Sir Chris Ham" over his paragraphs; in a discussion's write-up, "Dame Helen closed …",
        # and "She reminded …" after her paragraph, in its section
        went_on = discussed and before and before.section == unit.section and REPORTED.match(unit.text)
        named = participant_heading(unit.section, present) or named_first(unit.text, forms)
        named = named or (before.speaker if went_on and before else "")
        unnamed = discussed and (FLOOR_OPENING.match(unit.text) or UNNAMED_VOICE.match(unit.text))
        named = named or (DISCUSSION if unnamed else "")  # "Participants …", "A council leader said …"
        before = unit
        if unit.speaker == DISCUSSION:  # "Kevin Curley, …, said …" in a discussion: his
            unit.speaker, posted = from_the_floor(unit.text, forms)
            spoke += [posted] if posted and posted.name not in known | {p.name for p in spoke} else []
        unit.speaker = unit.speaker or named or (recommending if series.shape == "recommendation" else author)
        unit.text = unit.text.strip()
        if series.shape in NAMED_SHAPES:
            unit.text = POINTER_TO_PAGE.sub("", unit.text)
    label_unnumbered(units)
    unattached = attach_notes(units, [first_line[id(u)] for u in units], layout.notes)
    assign_themes(units, lexicon)
    document.paragraphs = units
    document.participants = present + spoke
    for name in dict.fromkeys(u.series for u in units if u.series != UNNUMBERED):
        document.warnings += numbering_gaps(name, [u.label for u in units if u.series == name])
    described = ", ".join(f"{names[id(s)] or 'contents, left out'} ({s.count})" for s in sequencer.series)
    reading = Reading.of_layout(
        "report",
        f"numbered paragraphs in sequence: {described}",
        document,
        layout,
        lines,
        (first_unit_line, last_unit_line + 1),
        unattached_notes=unattached,
    )
    reading.back_matter += sum(1 for span in lists for j in span if j <= last_unit_line and lines[j].text)
    reading.back_matter += len(attendance)  # lists of who took part, as a report's back matter lists them
    return reading


def _block_end(lines: list[Line], i: int, width: int) -> int:
    """The line after the block that line i opens: up to a blank line or a paragraph's end."""
    j = i
    while j + 1 < len(lines) and lines[j + 1].text and not ends_paragraph(lines[j].text, width):
        j += 1
    return j + 1


def _evidence_lists(
    headings: list[tuple[int, int, str]], series_of: list[Series], end: int
) -> tuple[range, ...]:
    """The lines under each heading over a committee's record of its inquiry ("Formal
    minutes", "Published written evidence"), to the next part's title or the end, where no
    main paragraph stands but something was read as units: a list numbered on from the
    recommendations, a witness list as text."""
    counts = Counter(id(series) for series in series_of if series is not UNNUMBERED_TEXT)
    main = max(counts, key=lambda key: counts[key], default=None)
    spans: list[range] = []
    for n, (i, before, heading) in enumerate(headings):
        if not heads_evidence_lists(heading) or (spans and i < spans[-1].stop):
            continue
        later = (
            (j, after)
            for j, after, title in headings[n + 1 :]
            if PART_TITLE.match(title) and not heads_evidence_lists(title)
        )
        stop, after = next(later, (end, len(series_of)))
        held = series_of[before:after]
        if held and all(id(series) != main for series in held):
            spans.append(range(i, stop))
    return tuple(spans)
