"""Who took part, as a text lists them: under a label ("Participants", "Attendees", "Present:"),
a chair on their label's line ("Chair: Dr Amara Okafor, …"), entries one a line or a table's
row, none of them a sentence. Such a list is no paragraph of the text."""

from __future__ import annotations

import itertools
import re

from seminar_search.model import Participant
from seminar_search.names import (
    BODY_WORD,
    CHAIRS,
    NAME_JOINERS,
    PERSON,
    POSTNOMINAL_WORDS,
    TABLE_HEADINGS,
    opens_with_a_name,
    read_participants,
)
from seminar_search.parsing.back_matter import ABOUT_HEADING, PARTICIPANTS_LABEL, REFERENCE_LIST
from seminar_search.parsing.blocks import Block, block_text, heads_text, is_prose
from seminar_search.parsing.common import FULL_STOP, TITLES
from seminar_search.parsing.layout import BULLET, Line
from seminar_search.parsing.programme import PROGRAMME_LABEL, programme_entries, programme_lines
from seminar_search.parsing.voices import ANOTHER_PERSON, SPEAKERS_FIELD
from seminar_search.parsing.wrapping import a_few_words, ends_on_joining_word
from seminar_search.present import PRESENT

ABOUT_PEOPLE = re.compile(r"(?i:speakers|contributors|authors|panel|participants|biograph)")
BIOGRAPHY = re.compile(  # "Dr Priya Raman is Director of Adult Social Services at Eastshire County Council."
    rf"(?P<name>(?!The )(?:(?:{TITLES})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){{1,3}})"
    r" (?:(?:is|was) (?:(?:a|an|the|its|their) )?(?P<post>[^.;,]+)|[a-z])"
)
CELL_WORDS = 8  # a participants table's cell, a cell a line: a name, a post, a body
NAME_WORDS = 5  # a name's words at most, title and letters after it too
RUN_TOGETHER = re.compile(  # a row's name, its cells run together: "Nick Brown OBE Principal Oldham …"
    rf"^(?P<name>(?:(?:{TITLES}|Mr|Mrs|Ms)\.? )?[A-Z][\w’'-]+ [A-Z][\w’'-]+(?: (?:{POSTNOMINAL_WORDS}))*)"
    r" (?P<rest>[A-Z]\S*.*)$"
)
CHAIRS_LABEL = re.compile(CHAIRS, re.IGNORECASE)  # a masthead's "CHAIR", "VICE-CHAIRS" over names alone
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# who chaired, on the label's line: "Chair: Dr Amara Okafor, Director, …", "Chaired by Dame Anne Johnson"
ROLE_LINE = re.compile(
    r"(?P<role>Chair|Moderator|Facilitator|Keynote(?: speaker)?|(?:Chaired|Moderated|Facilitated) by)"
    r"\s*(?::|(?<=by)\s)\s*(?P<named>[^:]+)",
    re.IGNORECASE,
)


def names_who_took_part(text: str) -> bool:
    """A cover's field naming who took part ("Chair: Dr Helen Okafor, Director, …", "Speakers:
    …", "Present: …"): no heading of what follows."""
    role = ROLE_LINE.fullmatch(text)
    return bool(
        (role and opens_with_a_name(role["named"])) or SPEAKERS_FIELD.match(text) or PRESENT.match(text)
    )


def participants_listed(lines: list[Line], blocks: list[Block]) -> tuple[list[Block], list[Participant]]:
    """A list under a label that says who took part ("Attendees", "Present:"), no entry of it
    a sentence, is the participants, not paragraphs: the blocks without it, and who it names.
    The list runs on from its label line by line; or, set apart by a blank line under a
    heading, to the next heading. A chair named on their label's line ("Chair: Dr …") likewise."""
    kept: list[Block] = []
    entries: list[str] = []
    blocks = _fields_apart(lines, blocks)
    k = 0
    while k < len(blocks):
        texts = [line.text for line in lines[blocks[k].start : blocks[k].end] if line.text]
        rows = [line.row for line in lines[blocks[k].start : blocks[k].end] if line.text][1:]
        label = PARTICIPANTS_LABEL.fullmatch(texts[0]) or (
            blocks[k].heading and PARTICIPANTS_LABEL.fullmatch(" ".join(texts))
        )
        chairs = CHAIRS_LABEL.fullmatch(texts[0])
        end = _list_end(lines, blocks, k) if label or chairs else k + 1
        listed = _entries([*rows, *_rows(lines, blocks[k + 1 : end])]) if label or chairs else []
        if listed and (label or all(map(_names_a_person, listed))):
            entries += [f"{texts[0].rstrip(': ')}:", *listed]
            k = end
            continue
        if len(texts) == 1 and PROGRAMME_LABEL.fullmatch(texts[0]):
            following = [[line.text for line in lines[b.start : b.end] if line.text] for b in blocks[k + 1 :]]
            programme, count = programme_lines(following)
            if listed := programme_entries(programme):
                entries += listed
                k += 1 + count
                continue
        role = ROLE_LINE.fullmatch(texts[0])
        if (
            role
            and opens_with_a_name(role["named"])
            and (listed := _entries(_role_wrapped(role["named"], rows)))
        ):
            entries += [f"{role['role']}:", *listed]
            k += 1
            continue
        listing = " ".join(texts)  # "Speakers: A, Mayor of X; B," wrapped over "Director of Y; C"
        one_list = len(texts) == 1 or not (SENTENCE_BREAK.search(listing) or FULL_STOP.search(listing))
        if one_list and (field := SPEAKERS_FIELD.match(listing)) and ";" in field["who"]:
            wrap = _field_wrap(lines, blocks, k)  # "… Jo Miller, former Chief" over "Executive, …"
            entries += ["Speakers:", *ANOTHER_PERSON.split(" ".join([field["who"], *wrap]))]
            k += 1 + bool(wrap)
            continue
        kept.append(blocks[k])
        k += 1
    return kept, read_participants(entries)


def _names_a_person(entry: str) -> bool:
    """Whether an entry opens with a person's name, not a body's ("Committee on Rural Affairs"
    under a letter's "Chairman"): a name's words, joined by none of a body's but a peer's "of"."""
    name = re.split(r"[,(]", entry)[0].strip()
    return opens_with_a_name(name) and bool(PERSON.match(name) or not NAME_JOINERS & set(name.split()))


def about_from(lines: list[Line], blocks: list[Block]) -> tuple[int, list[Participant]]:
    """Where the sections about who wrote or spoke, or about the body that published the text,
    or the list of works it cites, begin, when no other heading follows them ("About the
    speakers", "About the Institute", "References"): back matter, the same in every paper its
    publisher prints, after the text (an "About us" over the first paragraphs opens a
    response's text). And the people whose biographies they give."""
    start = len(blocks)
    for k in reversed(range(len(blocks))):
        if not blocks[k].heading:
            continue
        if (
            ABOUT_HEADING.fullmatch(heading := block_text(lines, blocks[k]))
            or REFERENCE_LIST.fullmatch(heading)
        ) and any(is_prose(lines, b) for b in blocks[:k]):
            start = k
        elif heads_text(blocks, k):
            break
    about = [("\n" if block.heading else "") + block_text(lines, block) for block in blocks[start:]]
    return start, biographies(about)


def biographies(paragraphs: list[str]) -> list[Participant]:
    """The people whose biographies are under a heading about them ("About the speakers",
    "Biographies"): a paragraph opening with a name ("Margaret Osei draws on care …"), or a
    sentence saying who someone is ("Tom Ellery is Chief Executive of …"). A heading opens
    with a line feed."""
    people: dict[str, Participant] = {}
    about_people = False
    for paragraph in paragraphs:
        if paragraph.startswith("\n"):
            about_people = bool(ABOUT_PEOPLE.search(paragraph))
            continue
        if not about_people:
            continue
        for k, sentence in enumerate(SENTENCE_BREAK.split(paragraph.strip())):
            found = BIOGRAPHY.match(sentence)
            if not found or not (k == 0 or found["post"]) or BODY_WORD.search(found["name"]):
                continue
            title, _, organisation = (found["post"] or "").strip().rpartition(" at ")
            if not title:
                title, organisation = organisation, ""
            name = found["name"]
            people.setdefault(
                name, Participant(name, title, organisation.removeprefix("the "), "participant")
            )
    return list(people.values())


def _fields_apart(lines: list[Line], blocks: list[Block]) -> list[Block]:
    """Each field naming who took part a block of its own: "Chair: Dr Helen Okafor, …" straight
    over "Speakers: …", no blank line between (as a PDF's text gives them), two lists."""
    apart: list[Block] = []
    for block in blocks:
        starts = [block.start] + [
            i
            for i in range(block.start + 1, block.end)
            if lines[i].text and names_who_took_part(lines[i].text)
        ]
        apart += [block._replace(start=a, end=b) for a, b in itertools.pairwise([*starts, block.end])]
    return apart


def _role_wrapped(named: str, rows: list[str]) -> list[str]:
    """Who a role's line names ("Chair: Dr Jennifer Dixon, Chief Executive, the"), its post's
    last words wrapped onto the next line ("Health Foundation", or a word or two alone under it,
    "Studies") put back; then the block's other lines, each another entry."""
    alone = len(rows) == 1 and "," not in rows[0] and a_few_words(rows[0])
    if rows and (ends_on_joining_word(named) or alone):
        return [f"{named} {rows[0]}", *rows[1:]]
    return [named, *rows]


def _field_wrap(lines: list[Line], blocks: list[Block], k: int) -> list[str]:
    """The last words of a field's line that wrapped onto a block of their own, no blank line
    between: a line of a few words, no heading, no sentence."""
    if k + 1 == len(blocks) or blocks[k + 1].heading or blocks[k + 1].start != blocks[k].end:
        return []
    texts = [line.text for line in lines[blocks[k + 1].start : blocks[k + 1].end]]
    return texts if len(texts) == 1 and a_few_words(texts[0]) else []


def _rows(lines: list[Line], blocks: list[Block]) -> list[str]:
    """The blocks' lines, and a blank one where the text has one between two blocks."""
    texts: list[str] = []
    for k, block in enumerate(blocks):
        texts += [""] if k and block.start > blocks[k - 1].end else []
        texts += [line.row for line in lines[block.start : block.end]]
    return texts


def _list_end(lines: list[Line], blocks: list[Block], label: int) -> int:
    """Where the list a label heads ends: the blocks that follow it with no blank line between;
    else those up to the next heading; else, each entry a block of its own (as Word's text
    spaces every paragraph), the entries up to the heading over the next paragraph or the next
    list's label."""
    end = label + 1
    while (
        end < len(blocks)
        and blocks[end].start == blocks[end - 1].end
        and _entry(lines, blocks[end])  # a PDF's text runs on, no blank line, to the next heading's paragraph
        and (not _heads_paragraph(lines, blocks, end) or _goes_on(lines, blocks[end]))
    ):
        end += 1
    if end > label + 1:
        return end
    end = next((j for j in range(label + 1, len(blocks)) if blocks[j].heading), len(blocks))
    if end > label + 1:
        return end
    first = lines[blocks[end].start].text if end < len(blocks) else ""
    while end < len(blocks) and _entry(lines, blocks[end]) and not _heads_paragraph(lines, blocks, end):
        if lines[blocks[end].start].text.isupper() and not first.isupper():
            break  # the next list's label in capitals ("CLERK OF THE COMMITTEE") over its name
        end += 1
    return end


def _heads_paragraph(lines: list[Line], blocks: list[Block], k: int) -> bool:
    """Whether the block after block k is a paragraph (not another list's label, nor an entry
    ending in its role's bracket, "Mark Cameron (Deputy Chairperson)"): k heads it, unless a
    blank line parts them and k names someone and their post, as the list's entries do, or k
    ends in its post's bracket as the entry above it does."""
    if k + 1 >= len(blocks):
        return False
    below = blocks[k + 1]
    named = lines[blocks[k].start].text  # "Priya Mistry, Director, …", "Ms Ann Magee (Clerical Officer)"
    bracketed = named.endswith(")") and k > 0 and lines[blocks[k].start - 1].text.endswith(")")  # as above
    entry = (below.start > blocks[k].end and ("," in named or named.endswith(")"))) or bracketed
    return is_prose(lines, below) and not (
        entry or _entry(lines, below) or PARTICIPANTS_LABEL.fullmatch(lines[below.start].text)
    )


def _goes_on(lines: list[Line], block: Block) -> bool:
    """Whether a block goes on with the entry above it, cut after a joining word ("…, Housing
    and" over "Communities")."""
    return block.start > 0 and ends_on_joining_word(lines[block.start - 1].text)


def _entry(lines: list[Line], block: Block) -> bool:
    """A block that could be a list's entry ("Jane Cole, Chair"): one line (or two, the first
    cut after a joining word), no sentence, no label, opening as a name does; or entries run
    together, each line someone's name and post (a PDF's text, no line short enough to end one)."""
    texts = _wraps_joined([line.text for line in lines[block.start : block.end] if line.text])
    named = len(texts) == 1 and not texts[0][:1].islower()  # "has the honour to present its": no name
    named = named or all(opens_with_a_name(text) and "," in text for text in texts)
    return named and not FULL_STOP.search(texts[0]) and not PARTICIPANTS_LABEL.fullmatch(texts[0])


def participants_after(texts: list[str]) -> list[Participant]:
    """Who a list after a document's last unit names, under a heading that says they took part
    ("Participants"), to its end; or whose biographies follow a heading about them ("About the
    speakers"), a paragraph each."""
    heading = next((k for k, text in enumerate(texts) if PARTICIPANTS_LABEL.fullmatch(text)), None)
    if heading is not None:
        return read_participants(_entries(texts[heading + 1 :]))
    about = next((k for k, text in enumerate(texts) if ABOUT_HEADING.fullmatch(text)), len(texts))
    paragraphs = " ".join(text or "\v" for text in texts[about + 1 :]).split("\v")
    return biographies([f"\n{texts[about]}" if about < len(texts) else "", *paragraphs])


def _entries(listed: list[str]) -> list[str]:
    """A list's entries, bullets off, if none of them is a sentence; else none."""
    if any(FULL_STOP.search(text) for text in listed):
        return []
    return [BULLET.sub("", text) for text in rows_celled(listed) or _wraps_joined(listed) if text]


def _wraps_joined(texts: list[str]) -> list[str]:
    """Entries, one cut after a joining word or a comma ("…, Housing and" over "Communities")
    made whole, or before its body's last words ("…, Director of Public Health, Wigan" over
    "Council")."""
    joined: list[str] = []
    for text in texts:
        above = joined[-1] if joined else ""
        cut = ends_on_joining_word(above) or above.endswith(",")
        body_ends = "," in above and "," not in text and a_few_words(text) and BODY_WORD.search(text)
        if above and text and (cut or body_ends):
            joined[-1] += f" {text}"
        else:
            joined.append(text)
    return joined


def rows_celled(texts: list[str]) -> list[str] | None:
    """A table that a PDF's text gives a cell a line, a blank line between rows ("Anna Coote"
    over "Head of Social Policy" over "New Economics Foundation"): its rows, a person each, the
    cells apart by tabs; None if the lines are no such table (an entry a line, or sentences)."""
    rows = [
        [text.strip() for text in group] for filled, group in itertools.groupby(texts, key=bool) if filled
    ]
    short = all("," not in cell and len(cell.split()) <= CELL_WORDS for row in rows for cell in row)
    celled = len(rows) >= 2 and short and all(2 <= len(row) <= 3 for row in rows)
    return ["\t".join(row) for row in rows] if celled else None


def columns_apart(entries: list[str]) -> list[str]:
    """A table's rows under "Name Title Organisation" whose columns a PDF's text ran together
    ("Dr David Collins CBE Chief Executive LSIS"): the name, a title and two words and any
    letters after them, set apart from the rest as a tab would be."""
    apart: list[str] = []
    tabled = False
    for entry in entries:
        if words := set(re.findall(r"\w+", entry.casefold())):
            tabled = words <= TABLE_HEADINGS or (tabled and not entry.endswith(":"))
        named_apart = "," in entry and len(entry.split(",")[0].split()) <= NAME_WORDS  # "Mary Ann Smith, …"
        run_together = tabled and not (re.search(r"\t|\s{2}", entry) or named_apart)  # no column apart
        named = RUN_TOGETHER.match(entry) if run_together else None
        apart.append(f"{named['name']}\t{named['rest']}" if named else entry)
    return apart
