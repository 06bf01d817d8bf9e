"""Where a government's reply to a recommendation begins, in a response's text: the
recommendation is the first paragraph and those after it that still prescribe ("should",
"must", "recommend"); the reply opens by answering ("The Government agrees", "Accepted.") or
no longer prescribes, after a blank line, a line ending short, or a sentence's end."""

from __future__ import annotations

import re

from seminar_search.parsing.layout import BULLET, SENTENCE_END, Line, ends_paragraph
from seminar_search.parsing.numbering import CONSULTATION_QUESTION

# who answers, as a reply's heading names them: "Government response", "Cabinet response", "Response"
REPLY_LABEL = (
    r"(?:(?:The |HM |UK |Welsh |Scottish )?Government(?:[’']s)? [Rr]esponse|Response|Our response|Reply"
    r"|(?:Cabinet|Council|Executive|Board|Trust|Mayor(?:[’']s)?|Ministerial|Departmental) [Rr]esponse)"
)
REPLY_HEADING = re.compile(rf"^{REPLY_LABEL}\s*(?::\s*(?P<rest>.*))?$")  # "Response: Accept": the answer
# the label after the recommendation's last sentence, on its line: "… before they fail. Response: The …"
INLINE_REPLY = re.compile(rf"(?<=[.!?)”’\]]) +(?={REPLY_LABEL}:\s)")
LABELLED_REPLY = re.compile(rf"(?:^|(?<=[.!?)”’\]]) +){REPLY_LABEL}:\s", re.MULTILINE)
MIN_LABELLED = 3  # replies so labelled, inline or not, before a text's inline labels are headings
PRESCRIBES = re.compile(r"\b(should|must|recommend|ought|needs? to|we urge|calls? on)\b", re.IGNORECASE)
ANSWERS = re.compile(
    r"^(?:The (?:UK )?Government|Government|HM Government|We (?:agree|accept|welcome|note|recognise|reject)|"
    r"(?:Agreed|Accepted|Rejected|Partially accepted|Noted)\b)|\b(?:accepts?|agrees?|welcomes?|rejects?)\b",
)
VERDICT = re.compile(  # a reply opening with its verdict: "Accepted.", "Partially agreed:", "Agreed in part."
    r"^(?:(?:Partially |Partly |Not )?(?:[Aa]ccept(?:ed)?|[Aa]gree(?:d)?)(?: in (?:principle|part))?"
    r"|Reject(?:ed)?|Noted"
    r"|(?:Accepted|Agreed)\? (?:Yes|No|Partly|In part))"  # a table's column asks, its cell answers
    r"(?:[.:;]|\s*$)"
)
AGREES = re.compile(  # a reply that opens by saying where the government stands: "The Government agrees."
    r"^(?:The (?:UK |Welsh |Scottish )?Government|HM Government|The Department) "
    r"(?:(?:partially|fully|broadly) )?(?:agrees|accepts|rejects|disagrees|does not (?:agree|accept)"
    r"|recognises|welcomes|acknowledges|notes|thanks)\b"  # "The Government recognises the importance …"
)
LIST_ITEM = re.compile(r"^(?:[A-Za-z]|[ivx]+|\d{1,2})[.)]\s")
# the paragraph a recommendation restates, on a line of its own at its end: "(Paragraph 4)"
CITATION_ALONE = re.compile(r"\((?:Paragraphs?|Conclusions?|Recommendations?) \d[\d, –-]*(?:and \d+)?\)\.?")


def answered_under(section: str, heading: str) -> str:
    """The section a heading opens: "Government response" under a consultation's question is
    the question's, answered ("Question 1: Do you agree …? – Government response"); any other
    heading is its own."""
    asked = section.endswith("?") or CONSULTATION_QUESTION.match(section)
    replying = asked and (reply := REPLY_HEADING.fullmatch(heading)) and not reply["rest"]
    return f"{section} – {heading}" if replying else heading


def replies_apart(text: str) -> str:
    """The text with each reply labelled inline after the recommendation it answers ("… before
    they fail. Response: The Government agrees …") on a line of its own, where the replies are
    so labelled: as a reply's heading stands, the answer apart from what it answers."""
    if INLINE_REPLY.search(text) is None or len(LABELLED_REPLY.findall(text)) < MIN_LABELLED:
        return text
    return INLINE_REPLY.sub("\n", text)


def opens_with_verdict(text: str) -> bool:
    """A line that opens a reply with where the government stands: "Accepted.", "The
    Government agrees."."""
    return bool(VERDICT.match(text) or AGREES.match(text))


def paragraphs_of(block: list[Line], width: int, spaced: set[int]) -> list[list[Line]]:
    """Lines into paragraphs: a bullet, a line after one that ended short, after a blank line
    and a sentence's end (a paragraph a line, unwrapped, as a word processor writes it), or a
    verdict after a sentence's end ("Not accepted. …", "The Government agrees. …" under a full
    last line), starts anew; the paragraph a recommendation cites, alone on its last line,
    does not."""
    paragraphs: list[list[Line]] = []
    for line in block:
        before = paragraphs[-1][-1].text if paragraphs else ""
        if paragraphs and CITATION_ALONE.fullmatch(line.text):
            paragraphs[-1].append(line)  # the end of the recommendation above, wrapped
        elif (
            not paragraphs
            or BULLET.match(line.text)
            or ends_paragraph(before, width)
            or (line.source in spaced and SENTENCE_END.search(before))
            or (opens_with_verdict(line.text) and SENTENCE_END.search(before))
        ):
            if (
                paragraphs
                and BULLET.match(paragraphs[-1][-1].text)
                and paragraphs[-1][-1].text.strip() in "•●▪"
            ):
                paragraphs[-1].append(line)  # a bullet alone on its line: its item follows
                continue
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def answer_starts(paragraphs: list[list[Line]]) -> int:
    """The first paragraph of the reply: after the first, the first that answers or no longer
    prescribes (a list stays with the paragraph that introduced it)."""
    for k in range(1, len(paragraphs)):
        text = " ".join(line.text for line in paragraphs[k])
        before = paragraphs[k - 1][-1].text
        listed = BULLET.match(text) or LIST_ITEM.match(text)
        if listed and (
            before.endswith((":", ";", "; and", ", and")) or LIST_ITEM.match(paragraphs[k - 1][0].text)
        ):
            continue
        sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        if ANSWERS.search(sentence) or not PRESCRIBES.search(sentence):
            return k
    return len(paragraphs)


def reply_within(paragraphs: list[list[Line]], split: int) -> tuple[list[list[Line]], int]:
    """The reply's start inside the recommendation's last paragraph, the two run together with
    no line short enough to end the one (a box's lines a little narrower than the page's): at
    the first line opening a sentence, the one above ending one, that no longer prescribes
    after one that does. The paragraphs, that one parted there, and where the reply starts."""
    last = paragraphs[split - 1] if split else []
    for j in range(1, len(last)):
        text = " ".join(line.text for line in last[j:])
        sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        ended = SENTENCE_END.search(last[j - 1].text) and text[:1].isupper() and not BULLET.match(text)
        prescribed = PRESCRIBES.search(" ".join(line.text for line in last[:j]))
        if ended and prescribed and not PRESCRIBES.search(sentence):
            return [*paragraphs[: split - 1], last[:j], last[j:], *paragraphs[split:]], split
    return paragraphs, split
