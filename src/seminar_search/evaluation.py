"""Measuring ranking quality against graded judgments, beside a SQLite FTS5 BM25 baseline.

Used by ``scripts/evaluate.py`` (which prints the table) and by the test that keeps the
project at or above the baseline.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from seminar_search.config import bundled_seeds
from seminar_search.index import IndexReader
from seminar_search.lexicon import load_thesaurus
from seminar_search.model import Paragraph
from seminar_search.search import search

Ranker = Callable[["Judgment"], list[str]]
Units = dict[str, tuple[str, frozenset[str]]]  # document id prefix -> (letter, series that are units)
RANKED = 10
LIBRARY_UNITS: Units = {  # the cross-document judgments' units (tests/data/queries-corpus-dev.tsv)
    "policy-seminar-one": ("S", frozenset({"paragraph"})),
    "hc179": ("M", frozenset({"paragraph"})),
    "hc802": ("R", frozenset({"recommendation", "response"})),
}


@dataclass(frozen=True)
class DevelopmentSet:
    """Judged queries, the documents they were judged over, and what a unit is there."""

    name: str
    judgments: Path
    documents: list[Path]
    units: Units | None  # None: one report, its paragraphs by number


def development_sets(data: Path) -> list[DevelopmentSet]:
    """The seed report's set and the library's (the seed, HC 179 and HC 802), from the test
    data folder."""
    corpus = data / "corpus"
    library = [
        *bundled_seeds(),
        corpus / "hc179-environmental-impact-of-microplastics-2016.txt",
        corpus / "hc802-microplastics-government-response-2016.txt",
    ]
    return [
        DevelopmentSet("seed report (queries-dev.tsv)", data / "queries-dev.tsv", bundled_seeds(), None),
        DevelopmentSet(
            "library (queries-corpus-dev.tsv)", data / "queries-corpus-dev.tsv", library, LIBRARY_UNITS
        ),
    ]


@dataclass(frozen=True)
class Judgment:
    """One query, an optional field=value filter, and unit -> grade (2 or 1). A unit is a
    paragraph number ("13") in one report's judgments, a document letter and number ("M:22")
    in a library's."""

    id: str
    query: str
    filter: tuple[str, str] | None
    grades: dict[str, int]


@dataclass(frozen=True)
class Scores:
    ndcg5: float
    mrr10: float
    recall10: float


def read_judgments(path: Path) -> list[Judgment]:
    """Read the tab-separated judgments: id, query, filter (field=value or -), unit:grade ..."""
    judgments = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("id\t"):
            continue
        ident, query, filter_text, grades = line.split("\t")
        field, _, value = filter_text.partition("=")
        pairs = (item.rpartition(":") for item in grades.split())
        judgments.append(
            Judgment(ident, query, (field, value) if value else None, {u: int(g) for u, _, g in pairs})
        )
    return judgments


def unit_of(paragraph: Paragraph, units: Units | None) -> str | None:
    """The judged unit a paragraph belongs to: its number in a single report's judgments; in a
    library's, its document's letter and number, when its series is one of that document's
    units (a response with the recommendation it answers); else None, no unit."""
    if units is None:
        return str(paragraph.number) if paragraph.series == "paragraph" else None
    for prefix, (letter, series) in units.items():
        if paragraph.doc.startswith(prefix) and paragraph.series in series:
            return f"{letter}:{paragraph.number}"
    return None


def score(ranking: list[str], grades: dict[str, int]) -> Scores:
    """nDCG@5 (gain 2^grade - 1), MRR@10 and Recall@10 of one ranking."""

    def dcg(values: list[int]) -> float:
        return sum((2.0**g - 1) / math.log2(i + 2) for i, g in enumerate(values))

    ideal = dcg(sorted(grades.values(), reverse=True)[:5])
    ndcg = dcg([grades.get(n, 0) for n in ranking[:5]]) / ideal if ideal else 0.0
    first = next((i for i, n in enumerate(ranking[:10]) if grades.get(n)), None)
    recall = len({n for n in ranking[:10] if grades.get(n)}) / len(grades) if grades else 0.0
    return Scores(ndcg, 1 / (first + 1) if first is not None else 0.0, recall)


def mean(scores: list[Scores]) -> Scores:
    count = len(scores) or 1
    return Scores(
        sum(s.ndcg5 for s in scores) / count,
        sum(s.mrr10 for s in scores) / count,
        sum(s.recall10 for s in scores) / count,
    )


def project_ranker(reader: IndexReader, units: Units | None = None) -> Ranker:
    """Rank with the same search function the CLI uses. A hit is read as the units among its
    paragraph and those shown with it (what restates or answers it), in that order; a unit met
    twice (a recommendation and its response) counts once; a hit that holds no unit takes a
    place and scores nothing."""
    thesaurus = load_thesaurus()

    def rank(judgment: Judgment) -> list[str]:
        only = dict([judgment.filter]) if judgment.filter else {}
        hits = search(
            reader,
            judgment.query,
            speaker=only.get("speaker"),
            theme=only.get("theme"),
            doc=only.get("doc"),
            limit=2 * RANKED,
            thesaurus=thesaurus,
        ).hits
        ranked = []
        for i, hit in enumerate(hits):
            shown = [unit_of(paragraph, units) for paragraph in [hit.paragraph, *hit.also]]
            ranked += [unit for unit in shown if unit] or [f"-{i}"]
        return list(dict.fromkeys(ranked))[:RANKED]

    return rank


class Fts5Baseline:
    """SQLite FTS5 with the porter tokenizer and bm25(), the query's words OR-ed, over the
    same units (a recommendation and its response one row)."""

    def __init__(self, paragraphs: list[Paragraph], units: Units | None = None) -> None:
        rows: dict[str, list[Paragraph]] = {}
        for paragraph in paragraphs:
            unit = unit_of(paragraph, units)
            if unit is not None:
                rows.setdefault(unit, []).append(paragraph)
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE p USING fts5(text, speaker UNINDEXED, unit UNINDEXED, tokenize='porter')"
        )
        self.db.executemany(
            "INSERT INTO p (text, speaker, unit) VALUES (?, ?, ?)",
            [(" ".join(p.text for p in members), members[0].speaker, unit) for unit, members in rows.items()],
        )

    def rank(self, judgment: Judgment) -> list[str]:
        words = re.findall(r"\w+", judgment.query.lower())
        match = " OR ".join(f'"{w}"' for w in words)
        sql = "SELECT unit FROM p WHERE p MATCH ?"
        parameters: list[str] = [match]
        if judgment.filter:
            sql += " AND speaker LIKE ?"
            parameters.append(f"%{judgment.filter[1]}%")
        rows = self.db.execute(sql + f" ORDER BY bm25(p) LIMIT {RANKED}", parameters)
        return [str(unit) for (unit,) in rows]


Evaluated = list[tuple["Judgment", "Scores"]]


def compare(dev: DevelopmentSet, location: Path) -> tuple[Evaluated, Evaluated]:
    """A development set scored on an index of its documents: seminar-search's ranking, then
    FTS5's, query by query."""
    judgments = read_judgments(dev.judgments)
    with IndexReader(location) as reader:
        ours = evaluate(judgments, project_ranker(reader, dev.units))
        return ours, evaluate(judgments, Fts5Baseline(reader.paragraphs(), dev.units).rank)


def evaluate(judgments: list[Judgment], rank: Ranker) -> list[tuple[Judgment, Scores]]:
    return [(j, score(rank(j), j.grades)) for j in judgments]
