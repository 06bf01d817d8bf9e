"""Who speaks in a plain text's parts: the person a heading names, or a field under it
("Speakers: Tom Reid, Unison, and Priya Shah, …"), a labelled question's asker, the name
signing the paragraphs above it, the line naming who said a quotation, the participant a
paragraph opens by naming ("Dr Khan replied …"); in a record in reported speech, whoever a
paragraph opens by naming ("Ms. Okafor (Northland) said that …"); the discussion's many voices
where a cover calls the event one."""

from __future__ import annotations

import itertools
import re

from seminar_search.model import Document, Paragraph, Participant
from seminar_search.names import (
    BODY_WORD,
    HONORIFICS,
    PERSON,
    POST_WORD,
    POSTNOMINAL_WORDS,
    POSTNOMINALS,
    TITLES,
    a_name,
    core_name,
    read_participants,
)
from seminar_search.parsing.blocks import Block
from seminar_search.parsing.common import DISCUSSION, QUOTED_END
from seminar_search.parsing.formulas import SURNAME_FIRST
from seminar_search.parsing.layout import Line

COVER_LINE_WORDS = 12  # a cover's line ("Note of a roundtable held at the Foundation"), no sentence
FINISHED = re.compile(r"[.!?][”’\"']?\d{0,3}$")  # a sentence ended (a note's mark after it), no list begun
DISCUSSED = re.compile(  # an event of many voices: "Roundtable summary", "Policy breakfast: …"
    r"\b(?:round[- ]?table|seminar|workshop|discussion|symposium|webinar|breakfast)s?\b", re.IGNORECASE
)
ATTRIBUTION = re.compile(r"^[–—-]\s*(?P<name>[A-Z][^,.;:]{1,60}?)(?:,\s*\S.{0,80})?$")  # "– Name, Manager, …"
SIGNATORY = re.compile(  # a name signing what it is under: a title or letters say it is a person's
    rf"^(?=(?:{TITLES}|Councillor|Cllr|(?:The )?Rt Hon)\s|.*\s(?:{POSTNOMINAL_WORDS})$)"
    r"(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'.-]*$"
)
SPEECH_VERBS = (
    "said|asked|noted|stated|added|replied|responded|welcomed|thanked|expressed|wished|observed|agreed"
    "|stressed|recalled|suggested|emphasi[sz]ed|pointed out|requested|proposed|explained"
)
# "Ms. Okafor (Northland), introducing the report, said that …", "The Chair said …": a summary record's
REPORTED_SPEAKER = re.compile(
    rf"^(?:(?P<name>(?:{'|'.join(HONORIFICS)})\.?\s+(?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]+)"
    r"|The (?P<chair>Chair(?:man|person|woman)?|Convener|President))"
    rf"(?:\s+\((?P<of>[^()]{{2,60}})\))?,?\s+(?:[^.]{{0,80}}?,\s+)?(?:{SPEECH_VERBS})\b"
)
LEAD_IN = re.compile(r"^[A-Z][^,.;:!?“”\"]{2,80}, ")  # a clause before who speaks: "Opening the session, "
# "…, Sam Allen said", "…, Dr Sue Pember, Director of …, said"
LEAD_SPEECH = re.compile(rf"(?:,\s+[^,.;:]{{2,100}},)?\s+(?:{SPEECH_VERBS}|argued|warned|concluded)\b")
# "Kevin Curley, former Chief Executive of NAVCA, said …": a name no list gave, then their post
POSTED_SPEAKER = re.compile(
    rf"^(?P<name>(?:(?:{TITLES})\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}}), (?P<post>[^,.;:]{{2,100}}),"
    rf" (?:{SPEECH_VERBS}|argued|warned)\b"
)
# "Responding for the Association of Colleges, Julian Gravatt said …": a name no list gave, after a
# participle's clause setting the turn, speaking
LED_SPEAKER = re.compile(
    rf"^(?:[A-Z][a-z]+ing|Asked|Invited|Pressed|Challenged)\b[^,.;:]{{0,80}}, (?P<name>(?:(?:{TITLES})\.? )?"
    rf"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}})(?:, (?P<post>[^,.;:]{{2,100}}),)?"
    rf" (?:{SPEECH_VERBS}|argued|warned)\b"
)
MIN_REPORTED = 3  # paragraphs opened by naming who spoke, and this share of them all: a record's
REPORTED_SHARE = 0.25
SPEAKERS_FIELD = re.compile(
    r"^(?i:speakers?|presenters?|panel(?:lists?)?|presented by"
    r"|(?P<opening>opening remarks|keynote(?: speaker| address)?|introduced by|led by))\s*:\s*(?P<who>\S.*)$"
)
# a written question's fields as Parliament's record prints them: "Asked by: Cameron, Lisa (Independent -
# East Kilbride, …)" over the question, "Answered by: Stuart Andrew | Department: …" and "Answered on: 22
# May 2023" over the answer
QUESTION_FIELD = re.compile(r"^(?:Asked|Answered|Tabled|Corrected) (?P<field>by|on):\s*(?P<value>\S.*)$")
DOTTED_QA = re.compile(r"^(?P<kind>Q|A)\. (?=\S)", re.MULTILINE)  # an interview's "Q. What …?", "A. I …"
MIN_DOTTED_QA = 2  # questions so labelled, each over its answer, before the labels are read as labels
# who made a point, named after it: "… core costs. (Leigh Middleton, Chief Executive, National Youth Agency)"
NAMED_AFTER = re.compile(
    rf"(?<=[.!?”’\"]) \((?P<name>(?:(?:{TITLES}|Cllr)\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,3}})"
    r"(?:, (?P<about>[^()\d]{3,120}))?\)$"
)
# in a discussion's write-up, one it names only by what they do: "A housing association director said …",
# "Responding, a Treasury official noted …"
UNNAMED_VOICE = re.compile(
    r"^(?:[A-Z][a-z]+ing\b[^,]{0,40},\s+)?(?:[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}"
    rf"[a-z][\w’'-]*\s+(?:{SPEECH_VERBS}|argued|warned|cautioned)\b"
)
# "Participants agreed …", "One attendee asked …", "Employers at the roundtable said …": the discussion's
FLOOR_OPENING = re.compile(
    r"^(?:In (?:the )?(?:discussion|debate), )?"  # "In discussion, participants welcomed …"
    r"(?:(?:Several|Many|Some|Most|Other|All|The)\s+)?(?:participants|attendees|delegates|contributors)\b"
    r"|^(?:One|Another|A)\s+(?:participant|attendee|delegate|contributor)\b"
    r"|^There was (?:also )?(?:(?:a |some |broad |general |wide |strong |widespread )?(?:agreement|consensus"
    r"|support|concern|discussion|debate)\b)"
    r"|^(?:(?:Several|Many|Some|Most|Other) )?[a-z]+s at the (?:roundtable|seminar|meeting|workshop|event)\b"
    r"|^Others\s+(?:agreed|disagreed|added|argued|noted|said|suggested|warned|felt)\b",  # "Others agreed, …"
    re.IGNORECASE,
)
REPORTED = re.compile(  # a rapporteur going on with what the one named before said: "She argued …"
    r"^(?:She|He)\s+(?:also\s+|then\s+)?(?:said|argued|added|noted|stressed|suggested|explained|warned|described"
    r"|highlighted|emphasi[sz]ed|pointed out|concluded|observed|urged|called|believed|felt|went on|told"
    r"|reminded|thanked|closed|asked|welcomed|proposed|recalled)\b"
)
SUMMARY_HEADING = re.compile(  # a part's summary over its text, no topic of its own: the part's title stands
    r"^(?i:key (?:points|messages|findings|takeaways|themes)|main points|in brief|at a glance|summary)$"
)
ANOTHER_PERSON = re.compile(  # ", and Priya Shah, Skills for Care": the next of those a field names
    rf",?\s+and\s+(?=(?:(?:{TITLES})\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+(?:,|$))|;\s*"
)


def who_asks_or_answers(asked: re.Match[str], floor: str, speech_by: str) -> str:
    """Who speaks in a labelled question or answer: the one its label names ("Q (Cllr Ann
    Price, …)"), else for an answer the speech's speaker if one spoke before the questions, else
    whoever speaks under the heading (the floor's many voices, "Discussion")."""
    named = asked.groupdict()
    who = named.get("who") or named.get("sender")
    if who == "the floor":
        return DISCUSSION  # many voices, not the session's speaker
    if who:
        return who.split(",")[0].strip()
    return speech_by if speech_by and not asked["kind"].startswith("Q") else floor


def one_voice(units: list[Paragraph], questions: str, author: str) -> str:
    """The author, if every paragraph before the section of questions is theirs: a speech's."""
    before = [unit for unit in units if unit.section != questions]
    return author if before and all(unit.speaker == author for unit in before) else ""


def signing_name(lines: list[Line], body: list[Block], k: int) -> str:
    """The name signing the paragraphs above it ("Rob Gould MP", "Dame Clare Moriarty"), alone
    on its line under the last of them, a heading or the end below it."""
    name = lines[body[k].start].text
    below = k + 1 == len(body) or body[k + 1].heading
    alone = body[k].end - body[k].start == 1 and k > 0 and not body[k - 1].heading and below
    return name if alone and SIGNATORY.match(name) else ""


def sign(units: list[Paragraph], name: str, section: str) -> None:
    """The last units, those of the section, are the name's that signs them ("Rob Gould MP"
    under the foreword)."""
    for unit in reversed(units):
        if unit.section != section:
            break
        unit.speaker = name


def sign_under_headings(units: list[Paragraph], headings: list[tuple[int, str]]) -> None:
    """The units a name signs among a numbered report's headings (each with how many units
    stand before it) are theirs: a person's name, their post alone under it, then another
    heading or the end, no unit between; not a part's speaker over its units, nor a list of names,
    nor a name under a text that is no unit (a foreword before the numbered paragraphs)."""
    for k, (before, text) in enumerate(headings):
        below = [t for n, t in headings[k + 1 : k + 3] if n == before]
        below = below[1:] if below and POST_WORD.match(below[0]) else below
        last = before == len(units) and len(below) == len(headings[k + 1 : k + 3])
        under_units = k > 0 and headings[k - 1][0] < before  # straight under a unit, no heading between
        signs = under_units and SIGNATORY.match(text) and (below or last)
        listed = below and (SIGNATORY.match(below[0]) or ("," not in below[0] and a_name(below[0])))
        if signs and not listed:
            sign(units[:before], text, units[before - 1].section)


def attribution(quoted: str, text: list[str]) -> str:
    """Who said the quotation a paragraph ends with, when the line under it names them ("–
    Survey respondent, aged 24")."""
    named = ATTRIBUTION.match(text[0]) if len(text) == 1 and QUOTED_END.search(quoted) else None
    return named["name"] if named else ""


def participant_heading(heading: str, participants: list[Participant]) -> str:
    """The participant a heading opens with the name of ("Sarah Lewis, Principal, City
    College" when the attendees list her), their title left off or not ("Hannah White" for
    "Dr Hannah White"), in capitals or not ("LORD KERSLAKE"): the one who speaks under it."""
    cased = re.IGNORECASE if heading.isupper() else 0
    return next(
        (
            p.name
            for p in participants
            for name in (p.name, core_name(p.name))
            if name and re.match(rf"{re.escape(name)}(?:$|,|\s[(–—-])", heading, cased)
        ),
        "",
    )


def speakers_field(heading: str, under_title: bool = True) -> list[Participant]:
    """Those a field under a part's heading names as its speakers ("Speaker: Dr Anna Lee,
    Senior Fellow, …"; "Speakers: Tom Reid, Unison, and Priya Shah, Skills for Care"); who opens
    the part, straight under its title ("Opening remarks: Dr Fiona Grant (Chief Executive, …)"),
    where after the part's text such a line titles a part of its own."""
    field = SPEAKERS_FIELD.match(heading)
    if not field or (field["opening"] and not under_title):
        return []
    who = re.sub(r"\s+\(([^()]+)\)$", r", \1", field["who"])  # "Dr Fiona Grant (Chief …)"
    listed = read_participants(ANOTHER_PERSON.split(who))
    return listed if all(a_name(person.name) for person in listed) else []


def dotted_qa_labelled(text: str) -> str:
    """An interview's questions and answers labelled "Q." and "A." as "Q:" and "A:" label them,
    where two or more questions so labelled each have their answers after them: alone, "A. Smith
    said …" opens with a name's initial."""
    labels = "".join(found["kind"] for found in DOTTED_QA.finditer(text))
    if labels.count("Q") < MIN_DOTTED_QA or not re.fullmatch(r"(?:QA+)+", labels):
        return text
    return DOTTED_QA.sub(r"\g<kind>: ", text)


def question_field(heading: str) -> str | None:
    """Whom a written question's field names as asking or answering it, in the usual order of
    their names; "" for a field that dates it; None for any other heading."""
    field = QUESTION_FIELD.match(heading)
    if not field:
        return None
    if listed := re.match(SURNAME_FIRST, field["value"]):  # "Cameron, Lisa (Independent - …)"
        return f"{listed['forename']} {listed['surname']}"
    return re.split(r"\s+[|(]", field["value"])[0] if field["field"] == "by" else ""


def opened_by(text: str, people: list[Participant]) -> str:
    """The one of several speakers a paragraph opens with the name of ("Tom argued …", "Ms
    Shah described …"): theirs."""
    first = re.match(r"[\w’'.-]+(?:\s+[\w’'.-]+)?", text)
    opening = first[0].split() if first else []
    for person in people:
        words = person.name.split()
        if opening[:1] == words[-1:] or opening[:1] == words[-2:-1] or opening[1:2] == words[-1:]:
            return person.name
    return ""


def openings(participants: list[Participant]) -> list[tuple[str, str]]:
    """How a rapporteur may open a paragraph with the name of one who took part, and whose it
    is: their full name, their first name and surname, a title and their surname, or a knight's
    or dame's title and first name ("Dame Julia closed the seminar …"); the chair's, their post
    ("The Chair, Cllr Helen Ward, welcomed …")."""
    forms = []
    titles = (*HONORIFICS, "Cllr", "Councillor")  # "Cllr Ward replied …"
    for person in participants:
        if person.role == "chair":  # "The Chair, Cllr Helen Ward, welcomed …"
            forms += [
                (f"The {post}", person.name) for post in ("Chair", "Chairman", "Chairwoman", "Chairperson")
            ]
        words = POSTNOMINALS.sub("", person.name).split()
        bare = [word for word in words if word not in titles]
        if len(bare) >= 2:
            names = {" ".join(words), " ".join(bare[-2:]), *(f"{title} {bare[-1]}" for title in titles)}
            names |= {f"{words[0]} {bare[0]}"} if words[0] in ("Sir", "Dame") else set()
            forms += [(name, person.name) for name in names]
        elif bare and len(words) > 1:  # "Baroness Greengross", as named
            forms.append((" ".join(words), person.name))
    return forms


def named_first(text: str, forms: list[tuple[str, str]]) -> str:
    """The one of those who took part a paragraph opens by naming (openings' forms: "Helen Ward
    opened the discussion …", "Dr Khan replied …", "Sarah Jones, Director of Adult Social Care,
    …: We see …", "Cllr Sarah Hughes (Northshire) asked …"), then no "and" (two people together
    are no one speaker); or names after a clause leading in, speaking ("Asked whether pooled
    budgets were the answer, Sam Allen said …")."""
    forms = sorted(forms, key=lambda form: -len(form[0]))  # the fullest name that opens it
    for form, name in forms:
        if text.startswith(form) and re.match(r"(?:[,:’']|\s+(?!and\b)[\w(])", text[len(form) :]):
            return name
    lead = LEAD_IN.match(text)  # "Opening the session, Jennifer Dixon asked …": the one who speaks
    rest = text[lead.end() :] if lead and len(lead.group().split()) <= COVER_LINE_WORDS else ""
    speaking = (name for form, name in forms if rest.startswith(form) and LEAD_SPEECH.match(rest, len(form)))
    return next(speaking, "")


def from_the_floor(text: str, forms: list[tuple[str, str]]) -> tuple[str, Participant | None]:
    """Who speaks a discussion's paragraph: one who took part it opens by naming (named_first);
    else one it names with their post or body, speaking, whom no list names ("Kevin Curley,
    former Chief Executive of NAVCA, said …", "Dr Rob Macmillan, of the Third Sector Research
    Centre, said …"), or after a clause setting their turn ("Responding for the Association of
    Colleges, Julian Gravatt said …"), a panellist who took part; else the discussion's many voices."""
    if first := named_first(text, forms):
        return first, None
    found = POSTED_SPEAKER.match(text) or LED_SPEAKER.match(text)
    if not found or BODY_WORD.search(found["name"]):
        return DISCUSSION, None
    post = found["post"] or ""
    if (post or found.re is POSTED_SPEAKER) and not (POST_WORD.search(post) or BODY_WORD.search(post)):
        return DISCUSSION, None  # what is set off after the name is no post and names no body
    body = re.match(r"(?:of|from) (?:the )?", post)
    if body:
        return found["name"], Participant(found["name"], "", post[body.end() :], "participant")
    return found["name"], read_participants([", ".join(filter(None, (found["name"], post)))])[0]


def labelled_by(text: str, forms: list[tuple[str, str]]) -> str:
    """The one of those named before whose label opens a paragraph ("Professor Jon Glasby: That
    is the central problem."): theirs."""
    return next((name for form, name in forms if text.startswith(f"{form}:")), "")


def speakers_after(units: list[Paragraph], unvoiced: str = "") -> list[Participant]:
    """Who made each point a summary closes by naming ("… core costs. (Leigh Middleton, Chief
    Executive, National Youth Agency)", later "(Leigh Middleton)"): the paragraph theirs, among
    units no heading gave a voice; those named with their post took part. A bracket naming a
    body, or a name given neither a post nor a title, names no one who spoke."""
    found = [(unit, NAMED_AFTER.search(unit.text)) for unit in units if unit.speaker == unvoiced]
    named = [(unit, m["name"], m["about"]) for unit, m in found if m and not BODY_WORD.search(m["name"])]
    people = {name: read_participants([f"{name}, {about}"])[0] for _, name, about in named if about}
    for unit, name, _ in named:
        if name in people or PERSON.match(name):
            unit.speaker = name
    return list(people.values())


def reported_speakers(units: list[Paragraph], chair: str, unvoiced: str = "") -> list[Participant]:
    """Who speaks in a record of a meeting in reported speech, whose paragraphs open by naming
    them ("2. Ms. Okafor (Northland) said that …"; "The Chair said …", the chair's): each such
    paragraph theirs, one that names no one going on with the last one's words ("Unemployment
    had fallen …") in its section. Only units no heading gave a voice (their speaker unvoiced,
    the text's author's or none); those named took part.
    A report that names who spoke at a few paragraphs' starts is no such record: nobody's."""
    opened = [REPORTED_SPEAKER.match(unit.text) for unit in units]
    named = sum(1 for found in opened if found)
    if named < MIN_REPORTED or named < len(units) * REPORTED_SHARE:
        return []
    people: dict[str, Participant] = {}
    last: Paragraph | None = None
    for unit, found in zip(units, opened, strict=True):
        if unit.speaker != unvoiced:
            last = None
        elif found:
            unit.speaker = found["name"] or chair or found["chair"]
            if found["name"]:
                people.setdefault(
                    unit.speaker, Participant(unit.speaker, "", found["of"] or "", "participant")
                )
            last = unit
        elif last is not None and last.section == unit.section:
            unit.speaker = last.speaker
    return list(people.values())


def places_unvoiced(document: Document, text: str) -> None:
    """A speaker a heading's bracket named that the text speaks of as a place ("in Northern
    Ireland"), no participant's name, speaks for no one: its paragraphs keep the voice of the
    paragraph before them ("Civil Contingencies Group (Northern Ireland)" is a body defined,
    not who spoke)."""
    listed = {p.name for p in document.participants}
    placed = {
        speaker
        for speaker in {p.speaker for p in document.paragraphs}
        if speaker and speaker not in listed and re.search(rf"\bin {re.escape(speaker)}\b(?![’']s)", text)
    }
    voice = document.author
    for paragraph in document.paragraphs:
        if paragraph.speaker in placed:
            paragraph.speaker = voice
        voice = paragraph.speaker


def called_a_discussion(cover: list[Line]) -> bool:
    """Whether a line of a cover calls the event a discussion ("Roundtable summary", "a seminar
    held …"), not a sentence's word nor a wrapped sentence's first line: its paragraphs are
    then the discussion's, many voices, where no one else is named. A long line calls it so in
    its first words ("Notes of a policy seminar held on 12 March 2019 at …")."""
    return any(
        (found := DISCUSSED.search(line.text)) is not None
        and len(line.text[: found.end()].split()) <= COVER_LINE_WORDS
        and not below.text[:1].islower()
        and not FINISHED.search(line.text)
        for line, below in itertools.pairwise(cover)
    )
