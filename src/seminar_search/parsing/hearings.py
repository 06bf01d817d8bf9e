"""An inquiry's hearing: the witness called ("MS HELEN PRICE (affirmed)"), counsel who
questions them ("Questioned by MR CARTER"), the "Q." and "A." that follow; and who a
committee's record says gave evidence."""

from __future__ import annotations

import re

from seminar_search.names import out_of_capitals
from seminar_search.parsing.formulas import GAVE_EVIDENCE
from seminar_search.parsing.layout import Line

CAPITALS_NAME = r"[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){1,4}"
CALLED = re.compile(rf"^(?P<name>{CAPITALS_NAME}) \((?:sworn|affirmed)\)$")
QUESTIONED_BY = re.compile(
    rf"^(?:(?:Further )?[Qq]uestioned|(?:Cross-|Re-)?[Ee]xamined) by (?P<name>{CAPITALS_NAME})$"
)
QUESTION_OR_ANSWER = re.compile(r"^(?P<initials>[QA])\.\s+(?P<rest>\S.*)$")


def hearing_call(text: str) -> tuple[str, str] | None:
    """An inquiry's hearing: a witness called ("MS HELEN PRICE (affirmed)") answers the "A."
    turns that follow, and counsel ("Questioned by MR CARTER") asks the "Q." ones: the mark
    and the name."""
    if called := CALLED.match(text):
        return "A", out_of_capitals(called.group("name"))
    if asking := QUESTIONED_BY.match(text):
        return "Q", out_of_capitals(asking.group("name"))
    return None


def hearing_roles(lines: list[Line]) -> dict[str, str]:
    """An inquiry hearing's witnesses and its counsel, by name; those a line says gave evidence
    ("Dr Anna Price and Tom Wells gave evidence."), witnesses."""
    calls = (hearing_call(line.text) for line in lines)
    gave = (
        re.split(r",\s+(?:and\s+)?|\s+and\s+", m["who"])
        for ln in lines
        if (m := GAVE_EVIDENCE.match(ln.text))
    )
    return {name: "witness" for names in gave for name in names} | {
        name: "witness" if mark == "A" else "counsel" for mark, name in filter(None, calls)
    }
