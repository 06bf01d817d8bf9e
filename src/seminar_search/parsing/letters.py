"""A letter's cover: the subject line under "Dear …", which titles it, and the blocks over the
salutation that address it ("Philip Dunne MP, Chair, …", a House, a postcode), which name no
title and no author; and a letter printed inside a text (a report's letter to the committee
that asked for it), whose address, salutation, close and signature are no text; and the sign-off
at a document's end."""

from __future__ import annotations

import itertools
import re

from seminar_search.parsing.blocks import Block, block_lines, block_text
from seminar_search.parsing.common import FULL_STOP, TITLES
from seminar_search.parsing.layout import SENTENCE_END, Line
from seminar_search.parsing.metadata import ADDRESSEE, DATE, month_of

ADDRESS = re.compile(  # "Philip Dunne MP", "Chair, …", "House of Commons", "London SW1A 0AA"
    r"\b(?:MP|MSP|MS|MLA|Chair(?:man|woman)?|Convener|Clerk)\b|House of (?:Commons|Lords)"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"
)
SALUTATION = re.compile(  # a letter: its subject line follows; a witness's statement to a committee
    r"^Dear [A-Z][\w .’'-]{0,60}[,:]?$"
    r"|^(?:Chair|Madam|Mr\.?)[^.]{0,150}\bMembers of the (?:Sub)?[Cc]ommittee:$"
)
VALEDICTION = re.compile(  # a letter's close: its signature follows
    r"^(?:Yours (?:sincerely|faithfully|ever|truly)|Sincerely(?: yours)?|Respectfully(?: yours| submitted)?"
    r"|(?:With )?(?:kind|best) (?:regards|wishes))\b",
    re.IGNORECASE,
)
# a letter's courtesies over its close, paragraphs of their own: "I am copying this letter to …"
COURTESY = re.compile(
    r"^(?:I am (?:copying|sending a copy of) this letter|I have copied this letter|A copy of this letter"
    r"|I hope (?:this|that|the above)|I trust (?:this|that)|I look forward to|Thank you (?:again|once again)"
    r"|Please (?:do not hesitate|let me know|contact))\b"
)
COURTESY_LINES = 3  # a courtesy's paragraph is this short; a longer one says something
ADDRESS_WORDS = 12  # an address, a date, an addressee: fewer words than a sentence of text
PART_HEADING = re.compile(
    r"\bletters?\b|^(?:Annexe?|Appendix|Chapter|Part|Section|Schedule)\b", re.IGNORECASE
)
SIGNATURE_BLOCK_LINES = 4  # a name over a post over an office
# a titled name signing with its post, on one line: "Councillor Jane Hughes, Cabinet Member for Education"
SIGNED_WITH_POST = re.compile(
    rf"^(?:{TITLES})\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*,\s+[A-Z][^.;:!?]{{2,80}}$"
)
SIGN_OFF_LINES = 4
SIGNATURE_LINES = 6  # a letter's close and the name, post and address under it
# who signs, on a line of their own under the last sentence: "Mayor Kim Osei", "Cabinet Member for Transport"
NAME_ALONE = re.compile(r"^[A-Z][\w’'.-]*(?: (?:(?:of|for|and|the) )?[A-Z][\w’'.-]*){1,6}$")
DEPARTMENT = re.compile(
    r"^(?:Department (?:for|of) .+|Ministry of .+|(?:HM|UK|Welsh|Scottish) Government"
    r"|Northern Ireland Executive|Cabinet Office|HM Treasury|Home Office)$"
)
SUBJECT = re.compile(r"^(?:(?:Re|Subject)\s*:\s*)?(?P<title>\S.{3,150}[^.!?,;:])$", re.IGNORECASE)


def letter_subject(lines: list[Line]) -> str:
    """A letter's subject, on a line of its own after "Dear Philip,", or in capitals wrapped
    onto a second: what a cover's title would say (not the first line of its first sentence);
    none when the text holds several letters, whose first subject titles only the first."""
    salutations = [i for i, line in enumerate(lines) if SALUTATION.match(line.text)]
    if len(salutations) != 1:
        return ""
    salutation = salutations[0]
    following = [line.text for line in lines[salutation + 1 :]][:20]
    block = list(itertools.takewhile(bool, itertools.dropwhile(lambda text: not text, following)))
    capitals = len(block) == 2 and all(text.isupper() for text in block)  # "… ON WATER" / "QUALITY IN RIVERS"
    subject = SUBJECT.match(" ".join(block)) if len(block) == 1 or capitals else None
    return subject.group("title") if subject else ""


def text_blocks(texts: list[str]) -> list[list[str]]:
    """The runs of lines with text, the blank lines between them left out."""
    return [list(group) for filled, group in itertools.groupby(texts, key=bool) if filled]


def addressed(block: list[str]) -> bool:
    """A block that addresses: a name with its post ("Philip Dunne MP", "Chair, …"), a House,
    a postcode. No title. A cover's line saying whom a report is for ("Report to the Chairman,
    …") is no address."""
    return any(ADDRESS.search(text) and not ADDRESSEE.match(text) for text in block)


def sender(heading: list[str]) -> list[str]:
    """A letter's lines over "Dear …" without the block it is addressed to: the last before
    the salutation that does more than date it, if it addresses; or, where a blank line parts
    each line ("Clive Betts MP", "", "Chair, …", "", "House of Commons"), the lines that address
    back from it."""
    blocks = text_blocks(heading)
    undated = [k for k, block in enumerate(blocks) if not all(DATE.search(t) or month_of(t) for t in block)]
    addressee: set[int] = set()
    for k in reversed(undated):
        if not addressed(blocks[k]) or (addressee and len(blocks[k]) > 1):
            break
        addressee.add(k)
        if len(blocks[k]) > 1:
            break
    return [text for k, block in enumerate(blocks) if k not in addressee for text in block]


def letter_count(lines: list[Line]) -> int:
    """How many letters a text holds, by their salutations: one's subject titles it, one's
    signature does not sign its sender's words."""
    return sum(1 for line in lines if SALUTATION.match(line.text))


def letter_furniture(lines: list[Line], body: list[Block]) -> set[int]:
    """The blocks of a letter printed inside a text that are no text: its salutation ("Dear Mr.
    Chairman:") and the address, date and addressee over it, up to the heading of its part
    ("Letter", "Annex A: Letter from the Minister"); its close ("Sincerely yours,") and the
    signature under it on its page, unless a heading's name signs it (the text is then theirs)."""
    furniture: set[int] = set()
    for k, block in enumerate(body):
        text = block_lines(lines, block)
        if SALUTATION.match(block_text(lines, block)):
            furniture.update(range(_letter_head(lines, body, k), k + 1))
        elif VALEDICTION.match(text[0]) and len(text) == 1:
            furniture.add(k)
            signature = body[k + 1] if k + 1 < len(body) else None
            if signature and not signature.heading and _signs(lines, signature, lines[block.start].page):
                furniture.add(k + 1)
    return furniture


def _letter_head(lines: list[Line], body: list[Block], salutation: int) -> int:
    """Where the lines over a salutation that address the letter and date it start: the short
    blocks over it, up to a heading that names the letter or the part it is ("Letter", "Annex
    A: Letter from the Minister") or opens a page."""
    top = salutation
    while top and _addresses(lines, body[top - 1]):
        top -= 1
    return top


def _addresses(lines: list[Line], block: Block) -> bool:
    """A block over a salutation that is no text: too few words for a sentence, no heading of
    the letter's part ("441 G St. N.W.", "March 12, 2024", "The Honorable …", "Chairman")."""
    text = block_text(lines, block)
    if len(text.split()) >= ADDRESS_WORDS:
        return False
    return not (block.heading and (PART_HEADING.search(text) or _page_top(lines, block)))


def _page_top(lines: list[Line], block: Block) -> bool:
    """Whether a block opens its page: a heading there is the part's, no address."""
    above = next((line for line in reversed(lines[: block.start]) if line.text), None)
    return above is None or above.page != lines[block.start].page


def _signs(lines: list[Line], block: Block, page: int) -> bool:
    """A signature under a letter's close: a few lines on its page, no sentence among them."""
    text = block_lines(lines, block)
    return (
        lines[block.start].page == page
        and len(text) <= SIGNATURE_BLOCK_LINES
        and not any(SENTENCE_END.search(line) and len(line.split()) > ADDRESS_WORDS for line in text)
    )


def sign_off(lines: list[Line]) -> int:
    """Where the closing sign-off starts (a closing letter's "Yours sincerely", its signature
    all that follows; or the department, the date and who signs on lines of their own at the
    end, blank lines above and between them or not), or the number of lines when there is none. A
    covering letter's "Yours sincerely", the response after it, ends nothing; a last answer's
    own dated line ("Target date: 31 March 2020") is text."""
    closes = [i for i, line in enumerate(lines) if VALEDICTION.match(line.text)]
    if closes and sum(1 for line in lines[closes[-1] :] if line.text) <= SIGNATURE_LINES:
        return _courtesies_over(lines, closes[-1])
    end = len(lines)
    while end and not lines[end - 1].text:
        end -= 1
    start, signing, named = end, 0, False
    while start and signing < SIGN_OFF_LINES:
        above = start - 1
        while above and not lines[above].text:  # a blank line between them (Word's empty paragraphs)
            above -= 1
        signs = signature_line(lines[above].text)
        if not (signs or NAME_ALONE.match(lines[above].text)):
            break
        named = named or not signs
        start, signing = above, signing + 1
    above_text = next((line.text for line in reversed(lines[:start]) if line.text), "")
    if named and not FULL_STOP.search(above_text):  # "… the Local" over "Transport Plan", or a list
        return len(lines)  # under "… will be consulted:": the answer's last lines, no one's name
    return start if start < end else len(lines)


def signature_line(text: str) -> bool:
    """A line that is the department's name, a date or who signs, as on a cover or a sign-off."""
    dated = DATE.search(text)
    only_dated = dated is not None and not (text[: dated.start()] + text[dated.end() :]).strip(" ,.–-")
    return bool(DEPARTMENT.match(text) or SIGNED_WITH_POST.match(text) or month_of(text) or only_dated)


def _courtesies_over(lines: list[Line], close: int) -> int:
    """Where a letter's courtesies start, paragraphs of their own over its close ("I am
    copying this letter to the Convener …", "I hope this is helpful."), spaced or not: no part
    of the last answer; the close itself if there are none."""
    start = close
    while True:
        above = [k for k in range(start) if lines[k].text][-COURTESY_LINES:]
        begins = (
            k
            for k in reversed(above)
            if COURTESY.match(lines[k].text)
            and (not k or SENTENCE_END.search(lines[k - 1].text) or not lines[k - 1].text)
        )
        begin = next(begins, None)
        if begin is None:
            return start
        start = begin
