"""What an office says of its holder's part in a record: a chair's, a member's, the
government's (a minister or a department's official), the floor's, or a witness's."""

from __future__ import annotations

import re

GOVERNMENT_OFFICE = re.compile(
    r"\b(?:Minister|Secretary of State|Under-Secretary|Cabinet Secretary|Solicitor General|Attorney General"
    r"|Chancellor of the Exchequer|Chief Secretary to the Treasury|Paymaster General)\b"
)
# a department's official: "Director General, Department for Transport", "Permanent Secretary, HM Treasury"
DEPARTMENT_POST = re.compile(
    r"\b(?:Department (?:for|of)|Ministry of|HM Treasury|Cabinet Office|Home Office"
    r"|(?:HM|Welsh|Scottish) Government|Northern Ireland Executive)\b"
)
NOT_GOVERNMENT = re.compile(  # nor one whose years in office ended: "Minister for …, 1997–2001"
    r"\b(?:[Ss]hadow|[Ff]ormer(?:ly)?|University|College|School|Institute)\b|\b(?:19|20)\d\d\s?[–-]\s?\d{2,4}$"
)
CHAIR_OFFICE = re.compile(
    r"\b(?:Chair\w*|Conven[eo]r|Presiding Officer|Speaker|Moderator|Facilitator|Interviewer|Host|Presenter"
    r"|(?:An )?Ceann Comhairle|(?:An )?Cathaoirleach|Llywydd|President)\b"
)
# the floor, or who announces the session
FLOOR = re.compile(r"(?:Audience|Floor)(?: [Mm]ember)?(?: \d{1,3})?|Questioner(?: \d{1,3})?|Announcer")


def speaks_for_government(post: str) -> bool:
    """A minister ("Parliamentary Under-Secretary of State for Transport") or a department's
    official ("Director General, Department for Transport") giving evidence speaks for the
    government; a shadow minister, a former official, a university's department do not."""
    official = GOVERNMENT_OFFICE.search(post) or DEPARTMENT_POST.search(post)
    return bool(official) and not NOT_GOVERNMENT.search(post)


def role_of_office(office: str) -> str:
    """A chair's office ('Convener', 'Chairperson', a Deputy Speaker's); a deputy's or none, a
    member's; a minister's ('Parliamentary Under-Secretary of State for Transport'), the
    government's; another ('Chief Executive of …'), a witness's."""
    if not office or (office.startswith("Deputy") and not office.endswith("Speaker")):
        return "member"
    if CHAIR_OFFICE.search(office):
        return "chair"
    if FLOOR.fullmatch(office):  # "AUDIENCE: My question is …"
        return "participant"
    return "government" if speaks_for_government(office) else "witness"
