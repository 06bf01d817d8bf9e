"""People's names as reports write them: with honorifics and post-nominals, or without."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from seminar_search.model import Document, Participant

HONORIFICS = (
    "Lord",
    "Lady",
    "Sir",
    "Dame",
    "Baroness",
    "Baron",
    "Dr",
    "Professor",
    "Prof",
    "Mr",
    "Mrs",
    "Ms",
    "Senator",
)
# a member's party and seat: "Lord Blunkett (Lab)", "Ruth Jones (Labour, Newport West)", as New
# Zealand's record prints them "Tamatha Paul (Green—Wellington Central)", as Canada's, after the
# seat, "Tracy Gray (Kelowna—Lake Country, CPC)", and the European Parliament's political groups
PARTY = re.compile(  # a party, perhaps after a seat ("Wicklow, Green Party", not "Director, Reform")
    r"^(?:(?![^,]*\b(?:Director|Chief|Head|Fellow|Executive|Manager|Officer|Secretary|Advis[eo]r|Chair\w*"
    r"|President|Professor|Lead|Senior|Member)\b)[A-Z][\w'’ -]{1,30}, )?"
    r"(?:Lab(?: Co-op)?|Con|LD|Lib Dem|CB|SNP|PC|DUP|SDLP|UUP|Green|Ind|Alliance|Reform|Non-Afl|Bp"
    r"|Labour|Conservative|Liberal Democrats?|Scottish National Party|Plaid Cymru|Green Party|Independent"
    r"|Reform UK|Democratic Unionist Party|Crossbench|National|ACT|NZ First|Te Pāti Māori"
    r"|Fine Gael|Fianna F[aá]il|Sinn F[eé]in|Social Democrats|Aont[uú]|People Before Profit"
    r"|Liberal|NDP|New Democratic Party|Bloc(?: Québécois)?"
    r"|PPE|S&D|Renew|Verts/ALE|ECR|The Left|on behalf of the .+ Group)(?:, .+|—.+)?$"
    r"|^(?-i:.+, (?:Lib\.|CPC|NDP|BQ|GP|Ind\.))$",
    re.IGNORECASE,
)
TITLES = "|".join(HONORIFICS)  # as a regular expression's alternatives
# a person's name and nothing else, titled: "Sir Andrew Foster", "PROFESSOR KATE ARDERN"
NAME_ALONE = re.compile(rf"^(?i:{TITLES}|Rt Hon|The Rt Hon)\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]*$")
POSTNOMINAL_WORDS = "OBE|CBE|MBE|DBE|KBE|MP|MSP|MS|AM|MLA|TD|QC|KC|FRS"  # honours and members' letters
POSTNOMINAL_SET = frozenset(POSTNOMINAL_WORDS.split("|"))
NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "with", "&"})  # "Department for …"
SMALL_WORDS = NAME_JOINERS | {"by", "to", "at", "a", "an", "from", "into"}  # lower case in a title or name
NAME_WORDS = 5  # "Professor Sir John Smith CBE": a name's words at most
POSTNOMINALS = re.compile(rf"\s+\b(?:{POSTNOMINAL_WORDS})\b")
PERSON = re.compile(  # a person, not a body: a title or letters say so
    rf"^(?:The )?(?:Rt\.? Hon\.? )?(?:(?:{TITLES})\s|(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{POSTNOMINAL_WORDS})$)"
)


# a body's name, not a post: "Centre for Skills Policy", "Association of Colleges"
BODY_WORD = re.compile(
    r"\b(?:Centre|Center|Association|Federation|Council|University|College|Institute|Trust|Department"
    r"|Ministry|Agency|Society|Foundation|Alliance|Partnership|Network|Forum|Commission|Authority|Union"
    r"|Businesses|Ltd|Limited|plc|NHS|Consultancy|Consulting|Associates)\b"
)
POST_INITIALS = POSTNOMINAL_SET | {"CEO", "CFO", "COO", "CTO", "CIO", "MD", "GP"}  # "Jane Smith, CEO"
POST_WORD = re.compile(  # a post's first word: "Head of the Centre", "Director, …"
    r"(?:Head|Director|Chief|Chair\w*|Manager|Officer|Lead|Secretary|Minister|President|Member|Advis[eo]r"
    r"|Professor|Senior|Deputy|Assistant|Vice|Principal|Dean|Fellow|Researcher|Trustee|Governor|Founder)\b"
)


def core_name(name: str) -> str:
    """'Dr David Collins CBE' -> 'David Collins': the name as running text uses it."""
    words = POSTNOMINALS.sub("", name).split()
    while words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def in_full(name: str, participants: list[Participant]) -> str:
    """A listed participant's name as the list gives it, for a short form of it: "Professor
    Ardern" is "Professor Kate Ardern", "Cllr Davies" "Cllr Shaun Davies" (the one participant
    of that title and surname); else as given."""
    words = name.split()
    if len(words) != 2 or words[0] not in (*HONORIFICS, "Cllr", "Councillor"):
        return name
    found = {p.name for p in participants if p.name.split()[:1] + p.name.split()[-1:] == words}
    return found.pop() if len(found) == 1 else name


def members_of(documents: list[Document], organisation: str) -> set[str]:
    """The names (as core_name gives them) of participants listed with an organisation whose
    name holds the given one (for org:LSIS)."""
    wanted = organisation.casefold()
    return {
        core_name(p.name)
        for document in documents
        for p in document.participants
        if wanted in p.organisation.casefold()
    }


def mention_finder(names: list[str]) -> Callable[[str], list[str]]:
    """A function giving those of the names a text uses: in full, or as title and surname
    ("Professor Galloway", "Dr van Sebille", "Lord Bichard"). The patterns are compiled once
    per participants list, as a document's paragraphs are each searched for the same names."""
    patterns: dict[str, re.Pattern[str]] = {}  # compiled when a text first holds the last word
    needed = {}
    for name in names:
        words = core_name(name).split()
        if len(words) >= 2:
            needed[name] = words[-1]  # every match holds the last word

    def pattern(name: str) -> re.Pattern[str]:
        if name not in patterns:
            words = core_name(name).split()
            first, surname, last = re.escape(words[0]), re.escape(" ".join(words[1:])), re.escape(words[-1])
            patterns[name] = re.compile(rf"\b(?:(?:{first}|{TITLES}) {surname}|(?:{TITLES}) {last})\b")
        return patterns[name]

    def mentioned(text: str) -> list[str]:
        return [name for name, last in needed.items() if last in text and pattern(name).search(text)]

    return mentioned


REPORTED = re.compile(
    rf"\b((?:(?:{TITLES})\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})"
    r"(?:,[^,]{1,80},)?\s+(?:told|informed|wrote to|explained to|assured|reminded) (?:the|us|this) "
    r"(?:Committee|Inquiry|Commission|Panel)\b"
)


REPORTING_VERBS = ("told", "informed", "wrote to", "explained to", "assured", "reminded")  # REPORTED's


def reported_speakers(text: str) -> list[str]:
    """People whose words a report passes on: "Professor Jane Doe told the Committee that..."."""
    if not any(verb in text for verb in REPORTING_VERBS):  # most paragraphs: no need to run REPORTED
        return []
    return [m.group(1) for m in REPORTED.finditer(text) if m.group(1).split()[0] not in ("The", "It", "This")]


CELLS = re.compile(r"\t| {2,}")  # a table's cells: a tab apart, or a gap as a text file sets them
NAME_DASH = re.compile(r"\s+[-–—]\s+")  # between a name and where they are from
NAME_BRACKETED = re.compile(
    r"^(?P<name>[^(),]+?)\s*\((?P<about>(?:[^()]|\([^()]*\))+)\)$"
)  # where they are from
CHAIRED = re.compile(r"chair|moderat|facilitat")  # a label over who chaired: "Chair:", "Moderator:"
# "… (Chair)", "… (Deputy Chairperson)", "Cllr Ann Ward (Chair), Northshire …": a deputy is a member
ROLE_IN_BRACKETS = re.compile(
    r"\s*\(((?:deputy )?(?:chair(?:person|man|woman)?|convener)|keynote(?: speaker)?)\)(?=$|,)", re.IGNORECASE
)
CHAIRS = r"(?:(?:Deputy|Vice|Co)[- ]?)?(?:Chair(?:s|person|man|woman)?|Convener)"  # "VICE-CHAIRS", "Co-chair"
ROLE_HEADING = re.compile(  # a list's label on its own line, no colon: "Chair", "Members", "Secretariat"
    rf"{CHAIRS}|(?:Committee |Panel |Board )?Members|Secretariat|Staff|Clerks?(?: (?:of|to) the \w+)?",
    re.IGNORECASE,
)
STAFF = re.compile(r"secretariat|staff|clerk|secretary|apologies|absent")  # served it or sent apologies
ROLE_BEFORE = re.compile(  # an entry naming its role first: "Chair: Sarah Lewis, Editor, …"
    r"^(?P<role>chair(?:ed by|person)?|moderator|facilitator|keynote(?: speaker)?)\s*:\s*(?P<named>\S.*)$",
    re.IGNORECASE,
)


IN_THE_CHAIR = re.compile(r",\s+in the (chair\w*)(?=$|,)", re.IGNORECASE)  # a formal minute's chair

KEY_INITIALS = re.compile(r"^[A-Z]{2,3}\s*[–—]\s*(?=[A-Z])")  # "JS – ", before a name in a key to initials
TABLE_HEADINGS = {"name", "title", "organisation", "organization", "role", "position", "job", "affiliation"}


def read_participants(entries: list[str]) -> list[Participant]:
    """A participants list: 'Name, Title - Organisation' or 'Name, Title, Organisation' a line,
    a role over those it names ("Chair:") or after one's name ("(Chair)"); or a table, its
    cells Name, Title, Organisation. Someone listed twice (chairing two sessions) is one, with
    what either entry says of them."""
    participants: list[Participant] = []
    role = "participant"
    for entry in entries:
        text = KEY_INITIALS.sub("", entry.strip())  # "JS – Jane Smith, …", a key's entry
        text = IN_THE_CHAIR.sub(r" (\1)", text)  # "Clive Betts, in the Chair", as "(Chair)"
        label = text.rstrip(":").casefold()
        if text.endswith(":") or ROLE_HEADING.fullmatch(text):
            role = _listed_role(label)
        elif role:
            if before := ROLE_BEFORE.match(text):
                text = before["named"]
            found = [(cell, ROLE_IN_BRACKETS.search(cell)) for cell in CELLS.split(text) if cell.strip()]
            own = next((role for _, role in found if role), before)  # "(Chair)" after a name, in its cell
            cells = [
                (cell[: role.start()] + cell[role.end() :] if role else cell).strip() for cell, role in found
            ]
            text = "\t".join(cells)
            listed = "participant" if len(cells) > 1 else role  # a table, after a label's few names
            role_here = _role_named(own[1].casefold(), role) if own else listed
            if len(cells) > 2:
                name, title, organisation = cells[:3]
            elif len(cells) == 2:  # a name and where they are from, or their post there
                name, (title, organisation) = cells[0], title_and_org(cells[1], lone="organisation")
            elif set_off := _set_off(text):  # "Name – Org", "Name – Chair, Org", "Name (Org)"
                name, (title, organisation) = set_off[0], title_and_org(set_off[1], lone="organisation")
            else:
                name, _, rest = text.partition(",")
                title, organisation = title_and_org(rest)
            name = name.strip()
            header = set(re.findall(r"\w+", text.casefold())) <= TABLE_HEADINGS  # "Name, Title, Organisation"
            if header:
                role = "participant"  # a table's heading under "Keynote Speaker:" begins another list
            else:
                participants = merged(participants, [Participant(name, title, organisation, role_here)])
    return participants


def _set_off(text: str) -> tuple[str, str] | None:
    """A name and where they are from, set off by a dash before any comma or in brackets."""
    dashed = NAME_DASH.split(text.split(",")[0], maxsplit=1)
    bracketed = NAME_BRACKETED.match(text)
    if len(dashed) == 2:
        return dashed[0], text[len(dashed[0]) :].lstrip(" -–—")
    return (bracketed["name"], bracketed["about"]) if bracketed else None


def merged(first: list[Participant], more: list[Participant]) -> list[Participant]:
    """Those first names, then those only more names: one named in both (a chair on the cover
    and in the list after the text) is one, with what either says of their post and body, and
    the role one gives them beyond taking part (the chair a programme names twice)."""
    found = {p.name: p for p in more}
    kept = [
        replace(
            p,
            title=p.title or also.title,
            organisation=p.organisation or also.organisation,
            role=also.role if p.role == "participant" and also.role else p.role,
        )
        if (also := found.get(p.name))
        else p
        for p in first
    ]
    return kept + [p for p in more if p.name not in {q.name for q in first}]


def _listed_role(label: str) -> str:
    """The role of those a list's label names ("Chair:", "Keynote speakers", "Committee
    members"; a deputy or vice-chair is a member); none for the staff who served them ("Secretariat")."""
    if STAFF.search(label):
        return ""
    if label.startswith(("deputy", "vice")) or re.search(r"\bmembers?(?:hip)?\b", label):
        return "member"
    return "chair" if CHAIRED.search(label) else "keynote" if "keynote" in label else "participant"


def _role_named(named: str, listed: str) -> str:
    """The role a bracket after a name gives ("Chair", "Keynote"); a deputy chair's is the
    list's."""
    if named.startswith("deputy"):
        return listed
    return "chair" if CHAIRED.search(named) or named == "convener" else "keynote"


def _one_body(first: str, second: str) -> bool:
    """Whether two parts a comma divides name one body: the first a body and no post, the
    second neither ("Department for Business", "Innovation and Skills")."""
    body = BODY_WORD.search(first) and not POST_WORD.match(first)
    return bool(body) and not (BODY_WORD.search(second) or POST_WORD.match(second))


def _initials(part: str) -> bool:
    """Whether a part is a body's initials ("ADASS", "LGA"), not a post's ("CEO") or letters
    after a name ("MP")."""
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,7}", part)) and part not in POST_INITIALS


def title_and_org(rest: str, lone: str = "title") -> tuple[str, str]:
    """'Executive Director - Institute for Government' or 'Director, Retirement Homes Ltd' gives
    the title and the organisation; a lone part is the one named by lone, unless it names a
    body and no post in it ('Centre for Skills Policy', not 'Head of the Centre'; 'ADASS', not
    'CEO'; 'The King's Fund'). A body's name may hold a comma."""
    parts = re.split(r"\s+[-–]\s+", rest.strip(), maxsplit=1)
    if len(parts) == 1:
        parts = [part.strip() for part in rest.strip().rsplit(",", 1)]
    pieces = [piece.strip() for piece in parts[0].split(",")]
    if len(parts) > 1 and len(pieces) > 1 and not (BODY_WORD.search(parts[1]) or POST_WORD.match(parts[1])):
        # "Deputy Director, Department for Levelling Up, Housing and …": the body from its first word
        body = next((k for k in range(1, len(pieces)) if _one_body(pieces[k], parts[1])), 0)
        parts = [", ".join(pieces[:body]), ", ".join([*pieces[body:], parts[1]])] if body else parts
    if len(parts) > 1 and _one_body(*parts):
        parts = [rest.strip()]  # "Department for Business, Innovation and Skills"
    if len(parts) > 1:
        return parts[0], parts[1]
    the_body = parts[0].startswith("The ") and not POST_WORD.search(parts[0])  # "The King's Fund"
    named_body = BODY_WORD.search(parts[0]) or _initials(parts[0]) or the_body
    if lone == "title" and named_body and not POST_WORD.match(parts[0]):
        lone = "organisation"
    return (parts[0], "") if lone == "title" else ("", parts[0])


def a_name(text: str) -> bool:
    """Whether a field's entry is a name, not the title of the part it heads ("Panel: What
    would a settlement look like?", "Keynote: The funding gap in context")."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]  # "AB – Alice Brown": a key's
    if text.isupper():  # "THE FUNDING GAP IN CONTEXT": a title's small words, set in capitals
        small = {w.casefold() for w in words[1:]} & (SMALL_WORDS - {"of"})
        titled = words[0] == "THE" and not PERSON.match(out_of_capitals(text))  # not "THE RT HON …"
        return not (text.endswith("?") or text[:1].isdigit() or small or titled)  # nor "2. SUMMARY OF …"
    return not text.endswith("?") and all(w[:1].isupper() or w in SMALL_WORDS for w in words)


def opens_with_a_name(entry: str) -> bool:
    """Whether an entry opens with someone's name: "Sarah Okafor, Director of Adult Services, …",
    "JS – Jane Smith, …" (a key to the initials the text names them by)."""
    return a_name(re.split(r"[,(]", KEY_INITIALS.sub("", entry))[0].strip())


def person_among(sources: str) -> str:
    """Who a page is from: the person among the bodies it names ("Cabinet Office and The Rt Hon
    Helen Marsh MP", a minister's speech), else all it names."""
    return next((name for name in _listed(sources) if PERSON.match(name)), sources)


def only_people(text: str) -> bool:
    """Whether a line names only people, two or more, each by their title ("Dr Helen Marsh and
    Professor Tom Akande" under a paper's title): those who wrote it, with no "By" before them."""
    named = _listed(text)
    return len(named) > 1 and all(PERSON.match(name) and len(name.split()) <= NAME_WORDS for name in named)


def _listed(text: str) -> list[str]:
    return re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", text)


def out_of_capitals(text: str) -> str:
    """Words set in capitals as they are written: "COMMITTEE ON ENERGY AND COMMERCE" as
    "Committee on Energy and Commerce", "McMORRIS RODGERS" as "McMorris Rodgers"."""

    def written(word: re.Match[str]) -> str:
        prefix, initial, rest = word.groups()
        if word.start() and word.group(0) in POSTNOMINAL_SET:  # "JOHN SMITH MP" (but "MS HELEN PRICE")
            return word.group(0)
        cased = f"{prefix or ''}{initial}{rest.lower()}"
        return cased.lower() if word.start() and cased.lower() in SMALL_WORDS else cased

    return re.sub(r"\b(Mc|Mac|O’|O')?([A-ZÀ-ÖØ-Þ])([A-ZÀ-ÖØ-Þ’']+)\b", written, text)  # "MENÉNDEZ" too
