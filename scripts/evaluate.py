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

from seminar_search.evaluation import Scores, compare, development_sets, mean
from seminar_search.library import index_paths

DATA = Path(__file__).parents[1] / "tests" / "data"


def main() -> None:
    print(f"{'query':<42} {'seminar-search':>22}   {'FTS5 bm25':>22}")
    print(f"{'':<42} {'nDCG@5  MRR  R@10':>22}   {'nDCG@5  MRR  R@10':>22}")
    for dev in development_sets(DATA):
        with tempfile.TemporaryDirectory() as scratch:
            location = Path(scratch) / "index"
            index_paths(dev.documents, location)
            ours, baseline = compare(dev, location)
        print(f"\n{dev.name}")
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
