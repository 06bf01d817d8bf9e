"""The remarks a seminar report quotes, in italics or quotation marks: a paragraph's quotes,
which `quotes` lists and searches."""

from __future__ import annotations

import re

ITALIC = re.compile(r"\*(\S(?:[^*\n]*?\S)?)\*")
# A quoted remark: italics inside quotation marks ('*...*'), quotation marks inside italics
# (*'...'*), or a curly-quoted passage of three words or more (‘no better day’).
QUOTATION = re.compile(
    r"[‘'\"“]\*(?P<a>[^*\n]+?)\*[’'\"”]|\*[‘'\"“](?P<b>[^*\n]+?)[’'\"”]\*|‘(?P<c>[^’\n*]+?)’"
)
QUOTATION_MIN_WORDS = 3


def quotations(text: str) -> list[str]:
    """The quoted remarks in a paragraph's raw text, as they read without their marks."""
    found = []
    for match in QUOTATION.finditer(text):
        quote = next(g for g in match.groups() if g is not None).strip(" .,;:")
        if match.group("c") is None or len(quote.split()) >= QUOTATION_MIN_WORDS:
            found.append(quote)
    return found
