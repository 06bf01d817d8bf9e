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

from seminar_search.index import IndexReader
from seminar_search.lexicon import load_thesaurus
from seminar_search.model import Paragraph
from seminar_search.search import search

Ranker = Callable[["Judgment"], list[int]]


@dataclass(frozen=True)
class Judgment:
    """One query, an optional field=value filter, and paragraph number -> grade (2 or 1)."""

    id: str
    query: str
    filter: tuple[str, str] | None
    grades: dict[int, int]


@dataclass(frozen=True)
class Scores:
    ndcg5: float
    mrr10: float
    recall10: float


def read_judgments(path: Path) -> list[Judgment]:
    """Read the tab-separated judgments: id, query, filter (field=value or -), number:grade ..."""
    judgments = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("id\t"):
            continue
        ident, query, filter_text, grades = line.split("\t")
        field, _, value = filter_text.partition("=")
        pairs = (item.split(":") for item in grades.split())
        judgments.append(
            Judgment(ident, query, (field, value) if value else None, {int(n): int(g) for n, g in pairs})
        )
    return judgments


def score(ranking: list[int], grades: dict[int, int]) -> Scores:
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


def project_ranker(reader: IndexReader) -> Ranker:
    """Rank with the same search function the CLI uses."""
    thesaurus = load_thesaurus()

    def rank(judgment: Judgment) -> list[int]:
        only = dict([judgment.filter]) if judgment.filter else {}
        hits = search(
            reader,
            judgment.query,
            speaker=only.get("speaker"),
            theme=only.get("theme"),
            doc=only.get("doc"),
            limit=10,
            thesaurus=thesaurus,
        ).hits
        return [hit.paragraph.number for hit in hits]

    return rank


class Fts5Baseline:
    """SQLite FTS5 with the porter tokenizer and bm25(), the query's words OR-ed."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE p USING fts5(text, speaker UNINDEXED, number UNINDEXED, tokenize='porter')"
        )
        self.db.executemany(
            "INSERT INTO p (text, speaker, number) VALUES (?, ?, ?)",
            [(p.text, p.speaker, p.number) for p in paragraphs],
        )

    def rank(self, judgment: Judgment) -> list[int]:
        words = re.findall(r"\w+", judgment.query.lower())
        match = " OR ".join(f'"{w}"' for w in words)
        sql = "SELECT number FROM p WHERE p MATCH ?"
        parameters: list[str] = [match]
        if judgment.filter:
            sql += " AND speaker LIKE ?"
            parameters.append(f"%{judgment.filter[1]}%")
        rows = self.db.execute(sql + " ORDER BY bm25(p) LIMIT 10", parameters)
        return [int(number) for (number,) in rows]


def evaluate(judgments: list[Judgment], rank: Ranker) -> list[tuple[Judgment, Scores]]:
    return [(j, score(rank(j), j.grades)) for j in judgments]
