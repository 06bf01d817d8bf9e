"""Who speaks each turn of a record: the person or office a turn's label names, short labels
resolved to full ones ("Dr Sandford" to "Dr Katherine Sandford, Community Energy Scotland"),
and each speaker's role (chair, member, witness, government) from the label and the cover."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from seminar_search.model import Participant
from seminar_search.names import HONORIFICS, PARTY, TITLES, out_of_capitals
from seminar_search.parsing.layout import Line
from seminar_search.parsing.offices import (
    CHAIR_OFFICE,
    FLOOR,
    GOVERNMENT_OFFICE,
    NOT_GOVERNMENT,
    role_of_office,
    speaks_for_government,
)
from seminar_search.parsing.witnesses import listed_witness, named_apart, witness_heading, witness_named

PARTY_AFTER_OFFICE = re.compile(r", (?:Lib\.|CPC|NDP|BQ|GP|Ind\.)$")
MEMBERS_OFFICE = re.compile(r"\b(?:Leader|Whip|Speaker|Chair\w*|Secretary|President|Deputy|Shadow)\b")
# an interview's or a focus group's other side, unnamed: "Respondent", "Interviewee 2", "R3", "P12"
ANSWERING = re.compile(r"(?:Respondent|Interviewee)(?: \d{1,3})?|[RP]\d{1,3}")
SPEAKER_OF_THE_HOUSE = re.compile(r"(?:Mr|Madam) (?P<office>(?:Deputy )?Speaker)")  # the chair, as addressed
SITTING = re.compile(  # a cover's words for a body whose record it is, its speakers its members
    r"\b(?:(?:Sub)?[Cc]ommittee|Parliament|Assembly|Senedd|House of [A-Z]\w+|Hansard|Official Report|Senate"
    r"|Dáil|Seanad|Oireachtas|Council|Congress|Legislature|Inquiry|Board|Convention)\b"
)
IN_THE_CHAIR = re.compile(r"in the Chair", re.IGNORECASE)  # "Sir Gary Streeter (in the Chair):"
# who chairs, named on the cover: "Deputy Steven Matthews in the Chair.", in Irish too ("Teachta / Deputy
# Steven Matthews sa Chathaoir / in the Chair.")
CHAIR_TAKEN = re.compile(  # "Senator Ratna Omidvar (Chair) in the chair.", as the Senate of Canada prints it
    r"(?:^\[?|/ )(?P<name>(?:[A-Z][\w’'.-]*\s+){1,5}?[A-Z][\w’'-]*)(?: \((?:Deputy )?Chair\))?"
    r"(?: sa Chathaoir /)? in the [Cc]hair\.?\]?$"
)
LIST_HEADING = re.compile(
    r"\b(?:witness(?:es)?|members|in attendance|present|also participated|contributors|participants"
    r"|panel(?:lists)?|speakers)\b",
    re.IGNORECASE,
)
# "The following …", an event's "Contributors:", the Senedd's "Others in attendance"
WITNESS_HEADING = re.compile(
    r"\b(?:witness(?:es)?|also participated|contributors|panel(?:lists)?|others (?:in attendance|present))\b",
    re.IGNORECASE,
)
DEPUTY = re.compile(r"\b(?:Deputy|Vice)[ -](?:Chair\w*|Conven[eo]r)")  # a deputy's office is a member's
LIST_HEADING_MAX = 40
# a contents entry's dots and page: "… 5", or the dots alone, its page wrapped onto the next line
CONTENTS_PAGE = re.compile(r"\s*(?:(?:\.\s?){3,}|…+)(?:\s*\d{1,4})?$")
# or as a parliament's record lists them: "Professor Mark Priestley (University of Stirling)",
# "Neil Butler, NASUWT Cymru"
NAMED_WITNESS = re.compile(
    r"^(?P<name>(?!The )[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,4})(?: \((?P<about>[^()]+)\)|, (?P<after>\S.+))$"
)
# a member as a list of those present names them: "Cathal Boylan MLA", "Deirdre Hargey MLA (Chairperson)"
MEMBER_LISTED = re.compile(r"^(?P<name>(?:[A-Z][\w’'-]+ ){1,4}(?:MLA|MP|MSP|MS|AM|TD))(?:$| \(|,)")
# a member's title from their seat, not an office's ("Deputy Convener"), or members together
MEMBER_TITLE = re.compile(  # "Hon. Senators: Agreed."
    r"^(?:(?:Deputy (?!(?:Chair\w*|Conven[eo]r|Speaker|Presiding|Minister|First)\b)|Senator |Representative )"
    r"[A-Z]|(?:Some |An )?[Hh]on(?:\.|ourable)? (?:[Ss]enator|[Mm]ember)s?$)"
)
# who chaired a hearing: "Hon. Robert Latta [chairman of the subcommittee] presiding"; a debate:
# "[Sir Gary Streeter in the Chair]"
PRESIDING = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+)(?:(?:,|\s\[[^\]]*\]|\s\([^)]*\))?\spresiding\b| in the Chair\]$)"
    r"|^(?:Chaired|Moderated) by .*\b(?P<chair>[A-Z][\w’'-]+)$",  # a witness seminar's "Chaired by …"
    re.MULTILINE,
)
PARTICIPANTS_HEADING = re.compile(r"\bparticipants\b", re.IGNORECASE)  # who took part, no member nor witness


class Turn(NamedTuple):
    """A line opening a turn: the label's name, what its brackets hold, and the words after."""

    name: str
    brackets: tuple[str, ...]
    rest: str
    number: int | None = None  # as the record prints it, if it does
    lines: int = 1  # a long label alone may wrap onto a second line
    colon: bool = False  # a label alone that ends with a colon ("Dr Jane Hall:") or a time, as a label does

    @property
    def office(self) -> str:
        """'Deputy Convener' of 'The Deputy Convener', 'Chair' of 'Chair', 'Speaker' of 'Mr
        Speaker', an interview's part ('Interviewer', 'Respondent'), a minister's office as
        labelled; '' for a person's name."""
        if self.name.startswith("The "):
            return self.name[4:]
        if addressed := SPEAKER_OF_THE_HOUSE.fullmatch(self.name):
            return addressed["office"]
        office = any(p.fullmatch(self.name) for p in (CHAIR_OFFICE, ANSWERING, FLOOR))
        return self.name if office or self.name.startswith("Minister ") else ""

    @classmethod
    def named_with_about(cls, text: str) -> Turn | None:
        """A label alone as the Commons' own website prints it: the name, then the party and
        seat ("Ruth Jones Labour, Newport West") or the office ("Guy Opperman The Parliamentary
        Under-Secretary of State for Transport"), with no brackets: those as its brackets."""
        words = text.split()
        for k in range(2, min(5, len(words))):
            if not words[k - 1][:1].isupper():
                return None
            about = " ".join(words[k:])
            office = about.startswith("The ") and (
                GOVERNMENT_OFFICE.search(about) or CHAIR_OFFICE.search(about)
            )
            if PARTY.match(about) or office:
                return cls(" ".join(words[:k]), (about.removeprefix("The "),), "", colon=True)
        return None

    @property
    def key(self) -> str:
        """What a speaker's full and short labels share: the office, else the surname."""
        return self.office or self.name.split()[-1]


class Speakers:
    """Who speaks each turn. A full label (one with brackets) names its speaker for the short
    labels that share its key: 'The Convener' is 'Ariane Burgess (Convener)', 'Dr Sandford' is
    'Dr Katherine Sandford, Community Energy Scotland'. A short label with a title and no full
    one ('Ms Bradshaw') takes the name the cover lists ('Ms Paula Bradshaw'); those never named
    with an organisation are the members, unless the record labels its members by their seat's
    title ('Deputy Cian O'Callaghan', 'Senator Victor Boyhan'): then the others are witnesses."""

    def __init__(
        self, turns: list[Turn], cover_lines: list[str], headings: Iterable[str], roles: dict[str, str]
    ) -> None:
        """headings: the lines after the first turn, where witnesses may be named over their
        testimony; roles: those the record gives by name elsewhere (a hearing's counsel too)."""
        names = [name for text in cover_lines if (name := text.lstrip("*")).split()]
        self.names, self.listed = names, [name for name in names if titled(name)]
        self.named: dict[str, tuple[str, Participant]] = {}
        listed = [entry for entry in map(listed_witness, names) if entry] + _witnesses_listed(names)
        testimony = [who for text in headings if (who := witness_heading(text))]
        surnames = {turn.key for turn in turns}
        for who in [*listed, *testimony]:
            for witness in map(witness_named, re.split(r";\s+(?:AND\s+)?", who)):
                witness = named_apart(witness, surnames)
                speaker = f"{witness.name}, {witness.organisation}"
                self.named.setdefault(witness.name.split()[-1], (speaker, witness))
        for turn in turns:
            if turn.brackets and turn.key not in self.named:
                self.named[turn.key] = self._as_named(turn)
                if turn.office:  # "Guy Opperman:" later is the office's holder
                    self.named.setdefault(turn.brackets[0].split()[-1], self.named[turn.key])
        self.turns = turns
        self.chairing = _chair_taken(turns, names, self.named)  # the chair's office labels, named
        self.named |= self.chairing
        self.by_surname = {turn.key: turn for turn in reversed(turns) if not turn.office}  # the first, full
        self.members: dict[str, Participant] = {}
        spoken = {name for turn in turns for name in (turn.name, self._listed(turn.name))}
        self.cover_roles = _cover_roles(names, spoken) | roles
        self.members_titled = any(MEMBER_TITLE.match(turn.name) for turn in turns)
        # the first words of members' names labelled by their seat or party ("Lord", "Mrs.", "Cian")
        self.seated = {
            turn.name.split()[0] for turn in turns if turn.brackets and PARTY.match(turn.brackets[0])
        }
        # a webinar's or a podcast's speakers take part; a parliament's or a council's are members
        cased = [out_of_capitals(text) if text.isupper() else text for text in names]  # "COMMITTEE ON …"
        entries = listed_entries(names)  # a post's "… Advisory Committee" is no sitting body's
        self.sitting = self.members_titled or any(
            SITTING.search(t) or MEMBER_LISTED.match(n)
            for t, n in zip(cased, names, strict=True)
            if n not in entries
        )

    def of(self, turn: Turn) -> str:
        known = self.named.get(turn.key)
        if known and (turn.office or shortens(turn.name, known[1].name)):
            return known[0]
        if turn.brackets and not turn.office:  # a full label, its surname another's: "Tracy Gray (…)"
            speaker, participant = self._as_named(turn)
            self.members.setdefault(participant.name, participant)
            return speaker
        name = self._listed(turn.name)
        role = self.cover_roles.get(name) or role_of_office(turn.office)
        # where members are titled ("Senator Rice") or seated ("Cian O'Callaghan (Dublin Bay North,
        # Social Democrats)"), one who is neither is a witness (a bishop among seated lords is not)
        if role == "member" and not turn.office and self.members_titled and not MEMBER_TITLE.match(name):
            role = "witness"
        elif role == "member" and not turn.office and not turn.brackets and self.seated:
            role = "member" if name.split()[0] in self.seated or MEMBER_TITLE.match(name) else "witness"
        elif role == "member" and not turn.office and not self.sitting:
            role = "participant"
        self.members.setdefault(name, Participant(name, turn.office, "", role))
        return name

    def chair_taken(self, text: str) -> bool:
        """Whether a line of the record puts one in the chair ("Senator Rosemary Moodie (Deputy
        Chair) in the chair."): the chair's office labels are theirs from there on, the one
        before them still among those who took part."""
        if not CHAIR_TAKEN.search(text):
            return False
        for key, (_speaker, participant) in self.chairing.items():
            del self.named[key]
            self.members.setdefault(participant.name, participant)
        self.chairing = _chair_taken(self.turns, [text], self.named)
        self.named |= self.chairing
        return True

    def named_in(self, heading: str) -> str:
        """The one speaker a heading names ("Prepared Statement of Mary Ellen Dorsey"), or ''."""
        words = set(re.findall(r"[\w’'-]+", heading.casefold()))
        named = [turn for key, turn in self.by_surname.items() if key.casefold() in words]
        return self.of(named[0]) if len(named) == 1 else ""

    @staticmethod
    def heads_testimony(text: str) -> bool:
        """Whether a line names a witness over their turns, as a heading does."""
        return witness_heading(text) is not None

    def participants(self) -> list[Participant]:
        named = {participant.name: participant for _speaker, participant in self.named.values()}
        return [*named.values(), *(p for name, p in self.members.items() if name not in named)]

    def _as_named(self, turn: Turn) -> tuple[str, Participant]:
        """A full label's speaker and participant: an office and its holder, a member (a seat
        and a party), or a witness and their organisation."""
        if turn.office:  # "MODERATOR (Helen Ward, Chief Executive, Resolution Forum)": name, then post
            name = self._listed(turn.brackets[0])
            person, _, post = name.partition(", ")
            return f"{name} ({turn.office})", Participant(
                person, turn.office, post, role_of_office(turn.office)
            )
        if IN_THE_CHAIR.fullmatch(turn.brackets[0]):
            return f"{turn.name} (Chair)", Participant(turn.name, "Chair", "", "chair")
        seat, dash, held = turn.brackets[0].partition("—")  # Australia's seat and office: "(Grayndler—…)"
        seated = bool(dash) and seat.istitle() and not PARTY.match(turn.brackets[0])
        # Canada's office and party: "(Prime Minister, Lib.)", "(Leader of the Opposition, CPC)"
        office = held if seated else PARTY_AFTER_OFFICE.sub("", turn.brackets[0])
        minister = GOVERNMENT_OFFICE.search(office) and not NOT_GOVERNMENT.search(office)  # no shadow's
        if minister or (seated and office == "Treasurer"):  # "(Minister for Roads …)"
            return f"{turn.name} ({office})", Participant(turn.name, office, "", "government")
        if (
            len(turn.brackets) >= 2 or PARTY.match(turn.brackets[0]) or seated
        ):  # a seat and a party, or an office
            office = held if seated else office if MEMBERS_OFFICE.search(office) else ""  # not "La Prairie"
            return turn.name, Participant(turn.name, office, "", "member")
        organisation = turn.brackets[0]  # "(Department of Health)": an official's, the government's
        role = "government" if speaks_for_government(organisation) else "witness"
        return f"{turn.name}, {organisation}", Participant(turn.name, "", organisation, role)

    def _listed(self, name: str) -> str:
        """'Ms Bradshaw' as the cover lists her, 'Ms Paula Bradshaw', or as it lists the members
        present, 'Mr Boylan' as 'Cathal Boylan MLA'; 'Sue Owen' as 'Dame Sue Owen'; else as given."""
        words = name.split()
        if len(words) < 2:
            return name
        if not titled(name):
            full = (entry.split(",")[0] for entry in self.names)  # "Cllr Ruth Bell, Leader, …"
            titled_so = [entry for entry in full if entry.endswith(f" {name}")]  # a title or two before
            return next((entry for entry in titled_so if len(entry.split()) <= len(words) + 2), name)
        for text in self.listed:
            listed = text.split(",")[0].split()  # "Professor Sheila Riddell, University of …"
            if listed[0] == words[0] and words[-1] in listed:
                return " ".join(listed[: listed.index(words[-1]) + 1])
        members = (m["name"] for text in self.names if (m := MEMBER_LISTED.match(text)))  # "Mr Boylan"
        return next((member for member in members if member.split()[-2] == words[-1]), name)


def _chair_taken(
    turns: list[Turn], cover_lines: list[str], named: dict[str, tuple[str, Participant]]
) -> dict[str, tuple[str, Participant]]:
    """The chair's office labelled with no name ("Chairman:") as the one the cover puts in the
    chair ("Deputy Steven Matthews in the Chair."); "[Mr Speaker in the Chair]" names no one."""
    chair = next((taken["name"] for text in cover_lines if (taken := CHAIR_TAKEN.search(text))), "")
    if not chair or CHAIR_OFFICE.search(chair):
        return {}
    return {
        turn.key: (f"{chair} ({turn.office})", Participant(chair, turn.office, "", "chair"))
        for turn in turns
        if turn.office and CHAIR_OFFICE.fullmatch(turn.office) and turn.key not in named
    }


def _witnesses_listed(cover_lines: list[str]) -> list[str]:
    """The entries straight under a witness list's heading ("Witnesses", "The following also
    participated:") that name a person and, in brackets or after a comma, their organisation,
    as "Name, Organisation": not a member's seat and party, nor a minister's office, whose
    turns' labels say who they are."""
    found: list[str] = []
    for entry in _entries_listed(cover_lines, WITNESS_HEADING).values():
        about = entry["about"] or entry["after"]
        if not (PARTY.match(about) or GOVERNMENT_OFFICE.search(about)):
            found.append(f"{entry['name']}, {about}")
    return found


def as_listed(line: Line) -> str:
    """A cover's line as a list writes its entry: a table's row of a name and a post
    ("Hilary Armstrong" | "Minister for Local Government, 1997–2001") after a comma."""
    return ", ".join(line.cells) if len(line.cells) == 2 else line.text


def listed_entries(cover_lines: list[str]) -> set[str]:
    """The lines that are entries of the cover's lists of who took part, as printed."""
    return set(_entries_listed(cover_lines, LIST_HEADING))


def speakers_listed(turns: Iterable[Turn], cover: list[Line]) -> bool:
    """Whether a list of who took part ("Members present for all or part of the proceedings:",
    "Witnesses:") stands over the first turn and names each speaker, by their label's surname
    or office ("Toner", "Chairperson")."""
    texts = [line.text for line in cover]
    heads = [k for k, text in enumerate(texts) if LIST_HEADING.search(text.partition(":")[0])]
    listed = set(re.findall(r"[\w’'-]+", " ".join(texts[heads[0] :]))) if heads else set()
    return bool(listed) and all(turn.key in listed for turn in turns)


def _entries_listed(cover_lines: list[str], heading: re.Pattern[str]) -> dict[str, re.Match[str]]:
    """The lines straight under a list's heading of this kind that name a person and, in
    brackets or after a comma, who they are."""
    found: dict[str, re.Match[str]] = {}
    listing = False
    for k, text in enumerate(cover_lines):
        head = text.partition(":")[0]
        if LIST_HEADING.search(head) and len(head) <= LIST_HEADING_MAX:
            listing = bool(heading.search(head))
            continue
        entry = NAMED_WITNESS.match(text) if listing and text else None
        if entry:
            found[text] = entry
        elif text and not (k and cover_lines[k - 1] in found and text[:1].isdigit()):  # "…, 1994–" / "2001"
            listing = False
    return found


def shortens(label: str, full_name: str) -> bool:
    """Whether a short label's words are all in a full name ("Dr Sandford" of "Dr Katherine
    Sandford"), but a title the full name lacks ("Ms. Doe" of "Jane Doe")."""
    words = label.split()
    if titled(label) and not titled(full_name):
        words = words[1:]
    return set(words) <= set(full_name.split())


def _cover_roles(cover_lines: list[str], spoken: set[str]) -> dict[str, str]:
    """Roles the cover's lists give the names that speak: under a "Witnesses" heading (or
    after it on its line, entries separated by semicolons) a witness, under another
    ("Committee members in attendance") a member, and a member whose entry (its line, or the
    lines under it before the next name) names a chair's office the chair, one whose entry
    names a minister's office the government's; as does a line
    saying who presided ("Hon. Robert Latta [chairman of the subcommittee] presiding")."""
    roles: dict[str, str] = {}
    for presiding in PRESIDING.finditer("\n".join(cover_lines)):  # "(chairman of the" over "subcommittee)"
        chair = presiding["name"] or presiding["chair"]
        roles.update((name, "chair") for name in spoken if name.split()[-1] == chair)
    listing, last = "", ""
    for text in cover_lines:
        head, colon, listed = text.partition(":")
        entries = [text]
        if LIST_HEADING.search(head) and len(head) <= LIST_HEADING_MAX:
            listing = "witness" if WITNESS_HEADING.search(head) else "member"
            listing, last = ("participant" if PARTICIPANTS_HEADING.search(head) else listing), ""
            entries = [entry.strip() for entry in listed.split(";")] if colon else []  # "Witnesses: A; B"
        for entry in entries:
            # "Sir Michael Lyons, …" listed, "MICHAEL LYONS:" speaking
            starting = [
                n for n in spoken if listing and re.match(rf"(?:(?:{TITLES}) )?{re.escape(n)}\b", entry)
            ]
            if starting:
                last = max(starting, key=len)
                # "Senator Carol Brown, Assistant Minister for …" in attendance: the government's
                roles.setdefault(last, "government" if speaks_for_government(entry) else listing)
            if (
                last and listing == "member" and CHAIR_OFFICE.search(DEPUTY.sub("", entry))
            ):  # a witness may chair a body
                roles[last] = "chair"
    return roles


def titled(name: str) -> bool:
    return name.split()[0].rstrip(".") in HONORIFICS
