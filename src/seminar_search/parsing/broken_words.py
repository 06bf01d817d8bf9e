"""Words the print broke: a drop cap set apart from the rest of its word, a word hyphenated
where its line ends. Each is mended by the document's own evidence, the words it uses
elsewhere, so nothing depends on a dictionary of the language."""

from __future__ import annotations

import re
from collections import Counter

# a paragraph's or item's first letter set as a drop cap, the rest of its word after a bell
# character, as pdftotext writes it: "3.52. M" over "\a r Griffiths' death …", "d) r\a estitution"
DROP_CAP = re.compile(r"(?<=\s)(?P<cap>[A-Za-z])\n?\x07+[ \t]?(?P<rest>[a-z]+)")
# a word hyphenated at a line's end (the hyphen set a space from it: "con -"), the rest of it
# (and what ends it: "term.") opening the next line, and the space after it there, or that
# line's end if nothing follows
LINE_END_HYPHEN = re.compile(
    r"(?P<head>\b[^\W\d_]+)(?P<spaced>[ \t])?-\n(?P<indent>[ \t]*)(?P<tail>[a-z][^\W\d_]*)(?P<end>[^\s]*)"
    r"(?:[ \t]+|(?P<alone>\n|\Z))"
)
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def drop_caps_mended(text: str) -> str:
    """A drop cap joined to the rest of its word; a letter that is a word itself ("I", "A")
    only where the text uses the joined word elsewhere: "I" before " can think" stays apart."""
    if "\x07" not in text:
        return text
    used = Counter(WORD.findall(text.casefold()))

    def mended(drop: re.Match[str]) -> str:
        word = drop["cap"] + drop["rest"]
        return word if drop["cap"] not in "AaI" or used[word.casefold()] else drop[0]

    return DROP_CAP.sub(mended, text)


def line_end_hyphens_mended(text: str) -> str:
    """A word hyphenated at a line's end put whole on that line: its hyphen dropped where the
    text writes the word whole more often than hyphened ("recom-" "mendation", as pdftotext
    drops every such hyphen), else kept: most such words are compounds ("life-" "saving",
    "paper-" "based"), as a word processor or a browser breaks lines only at a hyphen there
    is. A hyphen set a space apart ("con -" over "sider", "whole -" over "system", as some
    PDFs set it) makes the word the text writes elsewhere, whole or hyphened; else it is a
    dash ("the main risk -" over "smaller …") and stays. The line below keeps the rest of its
    words, indented as it was (a paragraph's hanging indent); one left with none goes."""
    if "-\n" not in text or not LINE_END_HYPHEN.search(text):  # the plain search first: it is fast
        return text
    used = Counter(WORD.findall(text.casefold()))

    def mended(broken: re.Match[str]) -> str:
        head, tail = broken["head"], broken["tail"]
        whole = used[(head + tail).casefold()] > used[f"{head}-{tail}".casefold()]
        if broken["spaced"] and not whole and not used[f"{head}-{tail}".casefold()]:
            return broken[0]
        word = head + tail if whole else f"{head}-{tail}"
        below = "\n" + broken["indent"] if broken["alone"] is None else broken["alone"]
        return word + broken["end"] + below

    return LINE_END_HYPHEN.sub(mended, text)
