"""Who a meeting's minutes list as present: "Present: Jane Fielding (Chair), Dr Omar Siddiqui
(Chief Executive), …", its entries apart as the list sets them."""

from __future__ import annotations

import re

from seminar_search.model import Participant
from seminar_search.names import BODY_WORD, NAME_ALONE, POST_WORD, title_and_org

# a minute's list of who was there, its entries after the colon: "Present: Jane Fielding (Chair), …"
PRESENT = re.compile(
    r"^(?:(?:Members |Senators |Also )?(?:Present|In attendance)|Attendees|Attending)\s*:\s*(?P<listed>\S.*)",
    re.IGNORECASE,
)
# "(Chair)", "(in the Chair)", "(Chair, Department for Transport)" after a name present
CHAIR_IN_BRACKETS = re.compile(r"(?:in the )?chair(?:man|woman|person)?(?:,\s*|$)", re.IGNORECASE)
PLURAL_TITLE = re.compile(r"^(?P<title>Councillor|Cllr|Dr)s (?P<names>.+\band\b.+)$")  # "Councillors A and B"
PLURAL_RUN = re.compile(r"\b((?:Councillor|Cllr|Dr)s\s+[^;]*?\band\s+[^,;]+)")  # up to "and" its last name
# the next label ("Apologies: …") or a minute's numbered item ("1. Apologies") ends the list
LIST_END = re.compile(r"^(?:[A-Z][\w ]{0,30}:|\d{1,3}\.\s)")


def participants_present(texts: list[str]) -> list[Participant]:
    """Who a minute's "Present: Jane Fielding (Chair), Dr Omar Siddiqui (Chief Executive), …"
    names (and "In attendance: …"), the list wrapped onto the lines below it up to a blank line,
    the next label or a numbered item. Entries are apart by semicolons (and a comma closing a
    bracket), else by commas and "and" outside brackets; "Councillors A Jones, M Smith and T
    Wu" are three councillors. Those sending apologies were not there."""
    participants: list[Participant] = []
    for k, text in enumerate(texts):
        present = PRESENT.match(text)
        if not present:
            continue
        listed = [present["listed"]]
        for more in texts[k + 1 :]:
            if not more or LIST_END.match(more):
                break
            listed.append(more)
        joined = " ".join(listed).rstrip(".")
        if ";" in joined:
            entries = re.split(r"\s*;\s*(?![^()]*\))", joined)
            entries = [part for entry in entries for part in _after_brackets(entry)]
        else:  # "Councillors A Jones (Chair), M Smith and T Wu" whole, the rest apart
            runs = PLURAL_RUN.split(joined)
            entries = _posts_joined(
                [p for k, run in enumerate(runs) for p in ([run] if k % 2 else _commas_apart(run))]
            )
        participants += [_present(name) for entry in entries for name in _each_named(entry)]
    return participants


def _after_brackets(entry: str) -> list[str]:
    """The people one entry of a list apart by semicolons names, a comma after a bracket
    parting them where a name follows it, not a body or a post ("Cllr A (Chair), Dr B
    (Vice-Chair), C, Director" is three; "Anne Foley (Chair), Council for …" one)."""
    return _posts_joined(re.split(r"(?<=\)),\s*", entry))


def _commas_apart(listed: str) -> list[str]:
    """A list's parts apart by commas and "and" outside brackets."""
    return [part for part in re.split(r"\s*(?:,|\band\b)\s*(?![^()]*\))", listed) if part]


def _posts_joined(parts: list[str]) -> list[str]:
    """A list's parts, each naming a person, those that are a post or a body ("Medical
    Director", "Northshire NHS Trust") joined to the person before them."""
    named = parts[:1]
    for part in parts[1:]:
        head = re.split(r"[,(]", part)[0].strip()
        post = POST_WORD.match(head) or POST_WORD.fullmatch(head.rpartition(" ")[2])  # "Medical Director"
        if (BODY_WORD.search(head) or post) and not NAME_ALONE.match(head):  # not "Professor Alan Brett"
            named[-1] += f", {part}"
        else:
            named.append(part)
    return named


def _each_named(entry: str) -> list[str]:
    """The people one entry names: "Councillors A Jones, M Smith and T Wu" is three."""
    plural = PLURAL_TITLE.match(entry)
    if not plural:
        return [entry] if entry else []
    names = re.split(r"\s*(?:,|\band\b)\s*", plural["names"])
    return [f"{plural['title']} {name}" for name in names if name]


def _present(entry: str) -> Participant:
    """One entry of who was present: a name, perhaps a post after a comma or in brackets, and
    "(Chair)", "(in the Chair)" or "(Chair, Department for Transport)" if they chaired."""
    posts = re.findall(r"\(([^()]+)\)", entry)
    name, _, post = re.sub(r"\s*\([^()]+\)", "", entry).partition(",")
    chaired = [p for p in posts if CHAIR_IN_BRACKETS.match(p)]
    others = [CHAIR_IN_BRACKETS.sub("", p, count=1) if p in chaired else p for p in posts]
    title, organisation = title_and_org(", ".join([post.strip(), *others]).strip(", "))
    return Participant(name.strip(), title, organisation, "chair" if chaired else "participant")
