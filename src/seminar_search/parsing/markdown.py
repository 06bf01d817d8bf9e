"""Markdown's marks read as a report prints them, its lists numbered as it renders them."""

from __future__ import annotations

import re

# "## Findings" in a Markdown report: a heading; "##Findings" too, as a web page's copy may give it
MARKDOWN_HEADING = re.compile(r"^(?:#{1,6}\s+|#{2,6}(?=[A-Z]))")
MARKDOWN_BOLD = re.compile(r"\*\*(\S(?:[^*\n]*?\S)?)\*\*")
MARKDOWN_ITALIC_LINE = re.compile(r"^\*(\S[^*\n]*\S)\*$", re.MULTILINE)  # a byline or caption set in italics
MARKDOWN_NOTE = re.compile(r"\[\^(\d{1,3})\](?!:)")  # a note's mark, "[^3]"
MARKDOWN_NOTE_TEXT = re.compile(r"^\[\^(\d{1,3})\]:\s*", re.MULTILINE)  # its text, "[^3]: ..."
MARKDOWN_TABLE_ROW = re.compile(r"^\|(?P<cells>.+)\|\s*$")  # "| Dr Fiona Aldridge | WorldSkills UK |"
MARKDOWN_TABLE_RULE = re.compile(r"^\|[\s:|]*-[\s:|-]*\|\s*$")  # "|------|:----:|", under its header
ORDERED_ITEM = re.compile(r"^(?P<indent> {0,3})(?P<number>\d{1,9})(?P<mark>[.)])(?P<rest>\s.*)$")


def markdown_plain(text: str) -> str:
    """Markdown's marks read as a report prints them: "## Findings" a heading line, "**bold**"
    and a line in "*italics*" their words, a note "[^3]" and "[^3]: Text" a bracketed note
    ("[3]", "[3] Text"), a table's row its cells apart by tabs (as Word's table is read), the
    rule under its header no text; in a text with Markdown's headings, a list whose items all
    repeat one number as it renders them (rendered_numbers)."""
    if "#" not in text and "*" not in text and "[^" not in text and "|" not in text:
        return text
    text = MARKDOWN_NOTE.sub(r"[\1]", MARKDOWN_ITALIC_LINE.sub(r"\1", MARKDOWN_BOLD.sub(r"\1", text)))
    lines = text.split("\n")
    lines = rendered_numbers(lines) if any(map(MARKDOWN_HEADING.match, lines)) else lines
    return MARKDOWN_NOTE_TEXT.sub(
        r"[\1] ", "\n".join(_markdown_line(line) for line in lines if not MARKDOWN_TABLE_RULE.match(line))
    )


def rendered_numbers(lines: list[str]) -> list[str]:
    """Markdown's ordered lists whose items all repeat the first's number ("1." each, as
    Markdown lets a writer type them) numbered as the page renders them, on from the first: a
    list ends at a heading, or at a line of text after a blank line that is no item and not
    indented under one. A printed list never repeats a number so."""
    numbered = list(lines)
    items: list[tuple[int, re.Match[str]]] = []
    blank = False
    for k, line in enumerate([*lines, "# end"]):
        item = ORDERED_ITEM.match(line)
        if not item and (MARKDOWN_HEADING.match(line) or (blank and line.strip() and not line[:1].isspace())):
            _counted(numbered, items)
            items = []
        if item:
            items.append((k, item))
        blank = not line.strip()
    return numbered


def _counted(lines: list[str], items: list[tuple[int, re.Match[str]]]) -> None:
    """The items numbered on from the first, where all repeat its number."""
    if len(items) < 2 or len({item["number"] for _, item in items}) != 1:
        return
    for count, (k, item) in enumerate(items):
        lines[k] = f"{item['indent']}{int(item['number']) + count}{item['mark']}{item['rest']}"


def _markdown_line(line: str) -> str:
    if row := MARKDOWN_TABLE_ROW.match(line):
        return "\t".join(cell.strip() for cell in row["cells"].split("|"))
    return MARKDOWN_HEADING.sub("", line)
