"""Print nDCG@5, MRR@10 and Recall@10 per query and on average, for seminar-search and for a
SQLite FTS5 (porter, bm25, the words OR-ed) baseline over the same units, side by side, on both
development sets: the seed report's judgments, and the library's (the seed, HC 179 and HC 802
in one index, units as tests/data/queries-corpus-dev.tsv's README gives them).

    python scripts/evaluate.py

Each set's documents are indexed into a temporary folder first.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from seminar_search.config import bundled_seeds
from seminar_search.evaluation import (
    Fts5Baseline,
    Scores,
    Units,
    evaluate,
    mean,
    project_ranker,
    read_judgments,
)
from seminar_search.index import IndexReader
from seminar_search.library import index_paths

DATA = Path(__file__).parents[1] / "tests" / "data"
LIBRARY = [
    *bundled_seeds(),
    DATA / "corpus" / "hc179-environmental-impact-of-microplastics-2016.txt",
    DATA / "corpus" / "hc802-microplastics-government-response-2016.txt",
]
LIBRARY_UNITS: Units = {
    "policy-seminar-one": ("S", frozenset({"paragraph"})),
    "hc179": ("M", frozenset({"paragraph"})),
    "hc802": ("R", frozenset({"recommendation", "response"})),
}
SETS: list[tuple[str, Path, list[Path], Units | None]] = [
    ("seed report (queries-dev.tsv)", DATA / "queries-dev.tsv", bundled_seeds(), None),
    ("library (queries-corpus-dev.tsv)", DATA / "queries-corpus-dev.tsv", LIBRARY, LIBRARY_UNITS),
]


def main() -> None:
    print(f"{'query':<42} {'seminar-search':>22}   {'FTS5 bm25':>22}")
    print(f"{'':<42} {'nDCG@5  MRR  R@10':>22}   {'nDCG@5  MRR  R@10':>22}")
    for name, judged, documents, units in SETS:
        judgments = read_judgments(judged)
        with tempfile.TemporaryDirectory() as scratch:
            location = Path(scratch) / "index"
            index_paths(documents, location)
            with IndexReader(location) as reader:
                ours = evaluate(judgments, project_ranker(reader, units))
                baseline = evaluate(judgments, Fts5Baseline(reader.paragraphs(), units).rank)
        print(f"\n{name}")
        for (judgment, mine), (_j, theirs) in zip(ours, baseline, strict=False):
            label = f"{judgment.id} {judgment.query}" + (
                f" [{'='.join(judgment.filter)}]" if judgment.filter else ""
            )
            print(f"{label[:42]:<42} {_row(mine):>22}   {_row(theirs):>22}")
        means = _row(mean([s for _, s in ours])), _row(mean([s for _, s in baseline]))
        print(f"{'mean':<42} {means[0]:>22}   {means[1]:>22}")


def _row(scores: Scores) -> str:
    return f"{scores.ndcg5:6.3f} {scores.mrr10:5.2f} {scores.recall10:5.2f}"


if __name__ == "__main__":
    main()
