"""A letter's cover: the subject line under "Dear …", which titles it, and the blocks over the
salutation that address it ("Philip Dunne MP, Chair, …", a House, a postcode), which name no
title and no author."""

from __future__ import annotations

import itertools
import re

from seminar_search.parsing.metadata import DATE, month_of

ADDRESS = re.compile(  # "Philip Dunne MP", "Chair, …", "House of Commons", "London SW1A 0AA"
    r"\b(?:MP|MSP|MS|MLA|Chair(?:man|woman)?|Convener|Clerk)\b|House of (?:Commons|Lords)"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"
)
SALUTATION = re.compile(r"^Dear [A-Z][\w .’'-]{0,60},?$")  # a letter: its subject line follows
SUBJECT = re.compile(r"^(?:(?:Re|Subject)\s*:\s*)?(?P<title>\S.{3,150}[^.!?,;:])$", re.IGNORECASE)


def letter_subject(following: list[str]) -> str:
    """A letter's subject, on a line of its own after "Dear Philip,": what a cover's title
    would say (not the first line of its first sentence)."""
    block = list(itertools.takewhile(bool, itertools.dropwhile(lambda text: not text, following)))
    subject = SUBJECT.match(block[0]) if len(block) == 1 else None
    return subject.group("title") if subject else ""


def text_blocks(texts: list[str]) -> list[list[str]]:
    """The runs of lines with text, the blank lines between them left out."""
    return [list(group) for filled, group in itertools.groupby(texts, key=bool) if filled]


def addressed(block: list[str]) -> bool:
    """A block that addresses: a name with its post ("Philip Dunne MP", "Chair, …"), a House,
    a postcode. No title."""
    return any(ADDRESS.search(text) for text in block)


def sender(heading: list[str]) -> list[str]:
    """A letter's lines over "Dear …" without the block it is addressed to: the last before
    the salutation that does more than date it, if it addresses."""
    blocks = text_blocks(heading)
    last = next((b for b in reversed(blocks) if not all(DATE.search(t) or month_of(t) for t in b)), [])
    return [text for block in blocks if not (block is last and addressed(block)) for text in block]
