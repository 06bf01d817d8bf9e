"""A deterministic synthetic archive of seminar reports in the seed report's own format.

Used by the benchmark (scripts/bench.py) and by tests that need a corpus larger than the seed;
in the package so both reach it the same way.
Each report has a title, an event line with a date, a subtitle, introduction paragraphs, two
keynote presentations, a discussion under sub-headings, bulleted lists, running page headers,
footnotes, a signature and a participants table. Words follow a Zipf-like distribution over the
seed report's vocabulary plus invented policy words, so term statistics look like real text.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

from seminar_search.config import bundled_seeds

PARAGRAPHS_PER_REPORT = 60
NAMES = [
    "Amara Okafor",
    "Ben Hughes",
    "Carla Mendes",
    "David Park",
    "Elena Rossi",
    "Farid Khan",
    "Grace Liu",
    "Hugh Barnes",
    "Ines Duarte",
    "Jonah Reed",
    "Kiran Patel",
    "Lena Novak",
]
FIRST_NAMES = [
    "Ada",
    "Bola",
    "Cyril",
    "Dana",
    "Emeka",
    "Fern",
    "Gita",
    "Hal",
    "Ivo",
    "Jana",
    "Kofi",
    "Lise",
    "Milo",
    "Nia",
    "Otto",
    "Pia",
    "Quin",
    "Rhea",
    "Sol",
    "Tove",
]
SYLLABLES = [
    "bar",
    "cor",
    "dan",
    "el",
    "fen",
    "gar",
    "hol",
    "in",
    "jas",
    "kel",
    "lor",
    "mun",
    "nor",
    "os",
    "pel",
    "quen",
    "ros",
    "sel",
    "tam",
    "ul",
    "ven",
    "wyn",
]
TITLES = ["Lord", "Dame", "Sir", "Professor", "Dr"]
ORGS = [
    "Institute for Government",
    "Local Government Association",
    "Skills Council",
    "Commission on Public Services",
    "National Audit Office",
    "Civic Trust",
]
SUBHEADINGS = [
    "Incentives for change",
    "Commissioning and outcomes",
    "Local accountability",
    "Leadership and culture",
    "The third sector",
    "Measuring value",
    "Working in partnership",
]
ORDINALS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]


def vocabulary(rng: random.Random, invented: int = 4000) -> list[str]:
    seed_words = sorted(set(re.findall(r"[a-z]{3,}", bundled_seeds()[0].read_text(encoding="utf-8").lower())))
    syllables = [
        "pol",
        "ic",
        "ser",
        "vi",
        "com",
        "mun",
        "gov",
        "ern",
        "loc",
        "al",
        "ten",
        "der",
        "fund",
        "ing",
        "lead",
        "er",
        "ship",
        "part",
        "ner",
        "reg",
        "ul",
        "at",
        "ion",
        "ate",
    ]
    made = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(invented)}
    return seed_words + sorted(made)


def sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    chosen = rng.choices(words, weights, k=rng.randint(8, 24))
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def report(number: int, paragraphs: int, rng: random.Random, words: list[str], weights: list[float]) -> str:
    """One report with the given number of paragraphs."""
    when = date(2010, 1, 1) + timedelta(days=number * 3)
    title = f"Public services in transition – Report {number}"
    event = f"Policy Seminar {ORDINALS[number % len(ORDINALS)]} {number} – {when.day} {when:%B %Y}"
    speakers = [NAMES[(number - 1) % len(NAMES)], seminar_name(rng)]  # a regular, and one of thousands
    lines = [
        title,
        "",
        event,
        "",
        f"Understanding {rng.choice(words)} and {rng.choice(words)}",
        "",
        "Seminar report",
        "",
    ]
    intro, keynote = max(1, paragraphs // 10), max(1, paragraphs // 4)
    footnotes = 0
    for n in range(1, paragraphs + 1):
        if n == intro + 1:
            lines += ["Keynote presentations", ""]
        if n in (intro + 1, intro + keynote + 1):
            name = speakers[0] if n == intro + 1 else speakers[1]
            lines += ["", f"{rng.choice(TITLES)} {name}, Director, {rng.choice(ORGS)}", ""]
        if n == intro + 2 * keynote + 1:
            lines += ["Discussion", ""]
        if n > intro + 2 * keynote + 1 and n % 7 == 0:
            lines += [rng.choice(SUBHEADINGS), ""]
        text = " ".join(sentence(rng, words, weights) for _ in range(rng.randint(2, 6)))
        mark = ""
        if n % 11 == 0 and footnotes < 9:
            footnotes += 1
            mark = "¹²³⁴⁵⁶⁷⁸⁹"[footnotes - 1]
        lines.append(f"{n}. {text}{mark}")
        if n % 9 == 0:
            lines += [f" - {sentence(rng, words, weights)}" for _ in range(3)]
        if mark:
            lines += ["", f"{mark} See <https://example.org/report/{number}/{footnotes}>", ""]
        if n % 6 == 0:
            lines += ["", title, "", event, ""]
    lines += [
        "",
        rng.choice(NAMES),
        "Executive Director - Policy",
        "Example Council",
        "",
        "Seminar participants",
        "",
        "Seminar Chair:",
        "",
        f"{rng.choice(NAMES)}, Chair & Writer",
        "",
        "Name\tTitle\tOrganisation",
    ]
    attendees = [*speakers, *(seminar_name(rng) for _ in range(4))]
    lines += [f"{name}\tDirector\t{rng.choice(ORGS)}" for name in attendees]
    return "\n".join(lines) + "\n"


def seminar_name(rng: random.Random) -> str:
    """A person of one seminar: over a large archive, thousands of distinct names, as a real
    archive has, not the same dozen everywhere."""
    surname = "".join(rng.sample(SYLLABLES, 2)).capitalize() + rng.choice(["", "son", "ley", "ford"])
    return f"{rng.choice(FIRST_NAMES)} {surname}"


def write_archive(folder: Path, paragraphs: int, seed: int = 7) -> list[Path]:
    """Write reports holding the given number of paragraphs in all; return their paths."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    rng.shuffle(words)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    number = 0
    while paragraphs > 0:
        number += 1
        size = min(PARAGRAPHS_PER_REPORT, paragraphs)
        paragraphs -= size
        path = folder / f"report-{number:05d}.txt"
        path.write_text(report(number, size, rng, words, weights), encoding="utf-8")
        paths.append(path)
    return paths
