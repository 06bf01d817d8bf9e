"""Who issued a document, as its cover names it: a committee, a House, a paper's serial number
("HC 245"), a body's name with the kind of paper after it ("… Association briefing"); and the
cover's lines with a narrow column's wrap of such a name mended."""

from __future__ import annotations

import re
from collections.abc import Collection

from seminar_search.names import NAME_JOINERS, SMALL_WORDS, out_of_capitals
from seminar_search.parsing.metadata import ADDRESSEE, AUTHORS, DATE, DOCUMENT_KIND, PLACE_ONLY, YEAR_CUT
from seminar_search.parsing.wrapping import FILLED, RUN_ON_WORDS, ends_on_joining_word, last_words_joined

ISSUER = re.compile(
    r"^(?:House of (?:Lords|Commons)(?! Debates)|Houses of (?:the )?Oireachtas$"
    r"|(?:Commonwealth|Parliament|Government) of [A-Z].*"
    r"|(?!.*\bResponse to\b).*\bReport of Session\b"  # not a response's title: "… Response to the …"
    r"|(?:HC|HL|SP|NIA|CP|Cm|Cmd)(?: Paper)? ?\d+\b.*"  # a paper's serial number
    r"|(?:[A-Z][a-z]+ )?(?:Paper|Report|Note|Briefing|Com) (?:No\.?|Number) ?\d+\b.*"  # "Law Com No 410"
    r"|(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:st|nd|rd|th)) Report,? (?:\d{4}|of)\b.*"  # "2nd Report, 2023 …"
    r"|.*\b(?:Parliament|Assembly|Senedd)$|Official Report\b.*|\(Hansard\)"
    r"|(?:The )?(?:Senate|House of Representatives|Legislative Council|(?:Dáil|Seanad) Éireann)$)",
    re.IGNORECASE,
)
BEFORE_ISSUER = re.compile(  # "Minutes of evidence taken before the …", "Report of the … Committee"
    r"^(?:(?:Minutes of evidence )?(?:taken|made) before|(?:[A-Z][\w-]+ )?(?:report|proceedings) of)"
    r" (?:the )?",
    re.IGNORECASE,
)
# who heard it, its name on the line below: "TAKEN BEFORE THE", "REPRESENTATIONS MADE BEFORE THE"
TAKEN_BEFORE = re.compile(
    r"(?:(?:oral|minutes of) evidence |representations )?(?:taken|made) before the", re.IGNORECASE
)
OWNERS = frozenset({"our", "this", "these", "its", "their", "your", "my"})  # no body's name opens so
TITLES_ARTICLE = re.compile(r"(?<=\S) (?:A|AN|ABOUT) ")  # a title's words in capitals, no name's
ISSUER_MAX = 160  # "Report of the Standing Committee on Human Resources, Skills and …": a long name
# a name alone over the kind of paper and its title ("Localis" over "Event note: Devolution after …")
SHORT_NAME = re.compile(r"[A-Z][\w’'&.-]*(?: (?:[A-Z][\w’'&.-]*|of|for|and|the)){0,3}")
MARKING = re.compile(
    r"(?i:draft|confidential|official|restricted|embargoed|final|summary)\b"
)  # a cover's mark
KIND_NAMED = r"(?:briefing|(?:(?:Inquiry|Research|Discussion|Annual|Final|Interim) )?(?:Report|Paper))"
KIND_AFTER = re.compile(  # after its issuer's name: "… Association briefing", "… Commission Inquiry Report"
    rf"(?<=[a-z]) {KIND_NAMED}$|(?<=[A-Z]) {KIND_NAMED.upper()}$"  # or all in capitals
)


def _credit_runs_on(above: str, line_above: str, text: str, width: int) -> bool:
    """Whether a line goes on the report's credit above it, wrapped in a PDF ("Report of the
    Standing Committee on Human Resources, Skills and Social" over "Development and …"): the
    credit fills its line or ends on a joining word, the two name its issuer, no number or
    sentence's end between."""
    joined = f"{above} {text}"
    cut = len(line_above) >= width * FILLED or ends_on_joining_word(above)  # "… Committee on" ends no name
    filled = cut and not above.endswith((".", ":"))
    credit = filled and BEFORE_ISSUER.match(above) and len(joined) < ISSUER_MAX
    named = BEFORE_ISSUER.sub("", joined)
    return bool(credit) and not re.search(r"\d", text) and any(p.search(cased(named)) for p in AUTHORS)


def issuer(text: str) -> bool:
    """A line naming who issues the document: "Science and Technology Committee", "HC 245";
    a name's words, not a title's that ends with one ("Decision on a complaint about
    Northshire County Council")."""
    name = without_kind(text)  # "Local Government Association briefing"
    kind, colon, _title = text.partition(": ")
    if colon and DOCUMENT_KIND.fullmatch(kind):  # "EVENT WRITE-UP: REBUILDING TRUST IN LOCAL GOVERNMENT"
        return False
    if name.split()[:1] and name.split()[0].casefold() in OWNERS:  # "OUR INQUIRY", a heading in capitals
        return False
    words = cased(name).split()  # "GOVERNMENT RESPONSE TO THE … COMMITTEE" is a title in capitals too
    named = len(name) < 60 and all(w[:1].isupper() or w in NAME_JOINERS | {"into"} for w in words)
    named = named and not TITLES_ARTICLE.search(name)  # "DECISION ON A COMPLAINT ABOUT …", in capitals
    return bool(ISSUER.match(text) or (named and any(p.search(cased(name)) for p in AUTHORS)))


def without_kind(text: str) -> str:
    """A name with the kind of paper after it, without the kind: "Productivity Commission"; a
    kind after one word alone ("Committee Report") names no one."""
    found = KIND_AFTER.search(text)
    return text[: found.start()] if found and len(text[: found.start()].split()) > 1 else text


def cased(text: str) -> str:
    """A name set in capitals as it is written: "POST OFFICE HORIZON IT INQUIRY"."""
    return out_of_capitals(text) if text.isupper() else text


def unwrapped(opening: list[str], width: int) -> list[str]:
    """The cover's lines, a narrow column's wrap mended: a line's last word or two, ending its
    block, back on it ("Local Government, Housing and Planning" over "Committee"), where the
    line fills the column, or where together they name who issued it and it alone does not
    (a name in large type wraps sooner; in capitals, or cut after a joining word, it may
    name one alone), or does only as far as a list that the line below
    ends ("Joint Committee on Housing, Local" over "Government and Heritage"); a date cut before
    its year ("… held on 9 October" over "2024")."""
    opening = _before_whom_joined(opening)
    joined: list[str] = []
    for k, text in enumerate(opening):
        ends_block = k + 1 == len(opening) or not opening[k + 1]
        above = joined[-1] if joined else ""
        if not text and BEFORE_ISSUER.match(above) and ends_on_joining_word(above):
            continue  # "Proceedings of the … Committee on", a blank line, the rest of the name
        part = len(text.split()) <= RUN_ON_WORDS and not text.startswith("The ")  # not a name of its own
        listing = "," in above and not re.search(r"\b(?:and|&)\b", above) and re.search(r" (?:and|&) ", text)
        # "THE COUNCIL FOR RURAL" over "ENTERPRISE", "… AND" over "PUBLIC POLICY": one name in large type
        large = (above.isupper() and text.isupper()) or ends_on_joining_word(above)
        wrapped_name = (
            ends_block and part and issuer(f"{above} {text}") and (listing or large or not issuer(above))
        )
        year_cut = YEAR_CUT.search(above) and re.match(r"\d{4}\b", text)  # "… 9 October" over "2024"
        if (
            text
            and above
            and (wrapped_name or year_cut or _credit_runs_on(above, opening[k - 1], text, width))
        ):
            joined[-1] = f"{above} {text}"
        else:
            joined.append(text)
    return last_words_joined(joined, width)


def _before_whom_joined(opening: list[str]) -> list[str]:
    """A cover's "TAKEN BEFORE THE", over a blank line or not, run on into the committee's name
    below it, as an old transcript's cover sets them: "TAKEN BEFORE THE TRANSPORT COMMITTEE",
    who took the evidence, then its subject."""
    joined: list[str] = []
    for text in opening:
        cut = next((k for k in range(len(joined) - 1, -1, -1) if joined[k]), None)  # the last line with words
        if text and cut is not None and TAKEN_BEFORE.fullmatch(joined[cut]):
            joined[cut:] = [f"{joined[cut]} {text}"]
        else:
            joined.append(text)
    return joined


def issuer_over_kind(block: list[str], blocks: list[list[str]], named: str) -> tuple[str, list[str]]:
    """A cover's block without a short name alone over the kind of paper and its title ("Localis"
    over "Event note: Devolution after the election", or over "Roundtable write-up" over the
    title), and that name, who issued it: a name no body's words tell (a think tank's), which
    the title's kind shows is no title; else the block and the name found before."""
    following = block[1] if len(block) > 1 else blocks[0][0] if blocks and blocks[0] else ""
    kind, colon, _title = following.partition(":")
    alone = not colon and (len(block) > 2 or len(blocks) > 1)  # "Roundtable write-up" over the title
    if block and (colon or alone) and DOCUMENT_KIND.fullmatch(kind) and SHORT_NAME.fullmatch(block[0]):
        return (named, block) if MARKING.match(block[0]) else (block[0], block[1:])
    return named, block


def header_issuer(headers: Collection[str]) -> str:
    """Who issued a document whose cover does not say, as its running header or footer names
    them ("Northshire Carers Forum | Page 3"; headers are in lower case)."""
    parts = (part for key in headers for part in re.split(r"\s+[|·–—-]\s+|:\s+", key))
    return next((name for part in parts if issuer(name := out_of_capitals(part.upper()))), "")


def without_addressees(opening: list[str]) -> list[str]:
    """The cover's lines but those saying to whom it goes, wrapped to its block's end or a date,
    and where it was held ("Held at the Local Government Association, …"): no one who issued it."""
    kept: list[str] = []
    addressing = False
    for text in opening:
        addressing = bool(ADDRESSEE.match(text)) or (addressing and bool(text) and not DATE.search(text))
        kept += [] if addressing or PLACE_ONLY.match(text) else [text]
    return kept


def before_a_name(text: str) -> bool:
    """Whether a line's words in lower case run up to a body's name, as a sentence's or a title's
    do ("Note of a roundtable held at the Foundation"); not a name and a kind ("… Futures webinar")."""
    lowered = [w[:1].islower() and w not in SMALL_WORDS for w in text.split()]
    return any(lowered[k] and not all(lowered[k:]) for k in range(1, len(lowered)))
