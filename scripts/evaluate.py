"""Print nDCG@5, MRR@10 and Recall@10 per query and on average, for seminar-search and for a
SQLite FTS5 (porter, bm25) baseline over the same paragraphs, side by side.

    python scripts/evaluate.py [--judgments tests/data/queries-dev.tsv] [--index DIR]

With no --index, the bundled seed report is indexed into a temporary folder first.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from seminar_search.config import bundled_seeds
from seminar_search.evaluation import Fts5Baseline, evaluate, mean, project_ranker, read_judgments
from seminar_search.index import IndexReader
from seminar_search.library import index_paths

DEFAULT_JUDGMENTS = Path(__file__).parents[1] / "tests" / "data" / "queries-dev.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judgments", type=Path, default=DEFAULT_JUDGMENTS)
    parser.add_argument("--index", type=Path, help="an index holding the judged report")
    arguments = parser.parse_args()
    judgments = read_judgments(arguments.judgments)
    with tempfile.TemporaryDirectory() as scratch:
        location = arguments.index
        if location is None:
            location = Path(scratch) / "index"
            index_paths(bundled_seeds(), location)
        with IndexReader(location) as reader:
            ours = evaluate(judgments, project_ranker(reader))
            baseline = evaluate(judgments, Fts5Baseline(reader.paragraphs()).rank)
    print(f"{'query':<42} {'seminar-search':>22}   {'FTS5 bm25':>22}")
    print(f"{'':<42} {'nDCG@5  MRR  R@10':>22}   {'nDCG@5  MRR  R@10':>22}")
    for (judgment, mine), (_j, theirs) in zip(ours, baseline, strict=False):
        label = f"{judgment.id} {judgment.query}" + (
            f" [{'='.join(judgment.filter)}]" if judgment.filter else ""
        )
        print(f"{label[:42]:<42} {_row(mine):>22}   {_row(theirs):>22}")
    print(f"{'mean':<42} {_row(mean([s for _, s in ours])):>22}   {_row(mean([s for _, s in baseline])):>22}")


def _row(scores) -> str:
    return f"{scores.ndcg5:6.3f} {scores.mrr10:5.2f} {scores.recall10:5.2f}"


if __name__ == "__main__":
    main()
