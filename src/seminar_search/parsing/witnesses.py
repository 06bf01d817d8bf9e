"""Witnesses as a record names them over their words or in its lists: "STATEMENT OF JANE DOE,
EXECUTIVE DIRECTOR, …", "BUTLER, Ms Annie, Federal Secretary, …", "…, Eastfield Council (chair)"."""

from __future__ import annotations

import re
from dataclasses import replace

from seminar_search.model import Participant
from seminar_search.names import TITLES, out_of_capitals

CHAIRING = re.compile(r"\s*\((?:chair|chairing|moderator)\)$", re.IGNORECASE)  # "… (chair)" after a name
# an American hearing's heading over a witness's testimony: who, then their office and organisation
STATEMENT = re.compile(r"^(?:PREPARED )?(?:STATEMENTS?|TESTIMONY) OF (?P<who>[A-Z][^,]+,.+)$")
# a witness as a committee's list names them: "HARRIS, Ms Anne, Chief Executive Officer, Aged Care …"
LISTED_WITNESS = re.compile(rf"^(?P<surname>[A-Z][A-Z’'-]+), (?P<name>(?i:{TITLES})\.? [^,]+), (?P<rest>.+)$")


def witness_named(who: str) -> Participant:
    """A witness as a hearing's heading names them: "HON. JANE DOE, EXECUTIVE DIRECTOR, RURAL
    CONNECT ALLIANCE" is Jane Doe, Executive Director, of the Rural Connect Alliance; an
    event's contributor may chair ("…, Eastfield Council (chair)")."""
    chairing = CHAIRING.search(who)
    cased = out_of_capitals if who.isupper() else str.strip  # "NASUWT Cymru" as it is written
    name, *office, organisation = [
        cased(part.strip()) for part in who[: chairing.start() if chairing else None].split(",")
    ]
    name = re.sub(r"^Hon\.\s+", "", name)
    return Participant(name, ", ".join(office), organisation, "chair" if chairing else "witness")


def named_apart(witness: Participant, surnames: set[str]) -> Participant:
    """A listed witness whose name runs on past the surname a label calls them by into their
    post, a table's two columns on one line ("Dr Anna Price Cyfarwyddwr, Coleg …"): the name
    ends there, the rest is their post."""
    words = witness.name.split()
    end = next((k + 1 for k, word in enumerate(words[:-1]) if word in surnames), len(words))
    post = ", ".join(part for part in (" ".join(words[end:]), witness.title) if part)
    return replace(witness, name=" ".join(words[:end]), title=post)


def listed_witness(text: str) -> str | None:
    """A witness as a parliament's record lists them, surname first ("BUTLER, Ms Annie,
    Federal Secretary, …"), as a hearing's heading names them ("Ms Annie Butler, Federal
    Secretary, …"), set in capitals or not; None for any other line."""
    found = LISTED_WITNESS.match(text)
    if not found:
        return None
    name, rest = (
        out_of_capitals(found[part]) if text.isupper() else found[part] for part in ("name", "rest")
    )
    return f"{name} {out_of_capitals(found['surname'])}, {rest}"  # "BUTLER, MS ANNIE, …" set in capitals too


def witness_heading(text: str) -> str | None:
    """The witness a heading names over their turns: "STATEMENT OF JANE DOE, EXECUTIVE
    DIRECTOR, …" (an American hearing's), or surname first, "BUTLER, Ms Annie, …"."""
    found = STATEMENT.match(text)
    return found.group("who") if found else listed_witness(text)
