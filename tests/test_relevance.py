"""Ranking quality on the development judgments, against SQLite FTS5 in the same run."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA

from seminar_search.evaluation import (
    Scores,
    compare,
    development_sets,
    mean,
    read_judgments,
    score,
    unit_of,
)
from seminar_search.library import index_paths
from seminar_search.model import Paragraph

SETS = {dev.name.split()[0]: dev for dev in development_sets(DATA)}
# The seed's targets; the library's are where the ranking stands (issue 16 asks 0.75 / 0.85 /
# 0.75, not yet reached), so that a change can only keep or raise it.
TARGETS = {
    "seed": {"ndcg5": 0.90, "mrr10": 0.95, "recall10": 0.80},
    "library": {"ndcg5": 0.69, "mrr10": 0.82, "recall10": 0.66},
}
LEAD = {"seed": 0.0, "library": 0.12}  # how far above FTS5 each metric must stay


@pytest.fixture(scope="module")
def measured(built_seed_index: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    found: dict[str, tuple[Scores, Scores]] = {}
    for key, dev in SETS.items():
        location = built_seed_index
        if dev.units is not None:
            location = tmp_path_factory.mktemp(key) / "index"
            index_paths(dev.documents, location)
        ours, fts5 = compare(dev, location)
        found[key] = mean([s for _, s in ours]), mean([s for _, s in fts5])
    return found


@pytest.mark.parametrize(("dev", "metric"), [(d, m) for d in TARGETS for m in sorted(TARGETS[d])])
def test_ranking_stays_above_the_fts5_baseline_and_the_targets(measured, dev: str, metric: str) -> None:
    ours, baseline = measured[dev]
    assert getattr(ours, metric) >= getattr(baseline, metric) + LEAD[dev]
    assert getattr(ours, metric) >= TARGETS[dev][metric]


def test_metrics_on_a_known_ranking() -> None:
    grades = {"1": 2, "2": 1, "3": 1}
    perfect = score(["1", "2", "3"], grades)
    assert (perfect.ndcg5, perfect.mrr10, perfect.recall10) == (1.0, 1.0, 1.0)
    late = score(["9", "8", "3"], grades)
    assert late.mrr10 == pytest.approx(1 / 3) and late.recall10 == pytest.approx(1 / 3)
    assert 0 < late.ndcg5 < 0.3
    assert score([], grades).ndcg5 == 0.0


def test_judgments_file_is_read_with_filters() -> None:
    judgments = {j.id: j for j in read_judgments(DATA / "queries-dev.tsv")}
    assert len(judgments) == 24
    assert judgments["d24"].filter == ("speaker", "Bichard")
    assert judgments["d01"].grades == {"13": 2, "50": 2, "51": 2, "52": 2}


def test_a_librarys_judgments_name_units_by_document_letter() -> None:
    judgments = {j.id: j for j in read_judgments(DATA / "queries-corpus-dev.tsv")}
    assert len(judgments) == 24
    assert judgments["d01"].grades == {"M:22": 2, "M:23": 2, "M:21": 1, "M:24": 1}


def test_a_recommendation_and_its_response_are_one_unit() -> None:
    units = {
        "hc802": ("R", frozenset({"recommendation", "response"})),
        "hc179": ("M", frozenset({"paragraph"})),
    }

    def unit(doc: str, series: str, number: int) -> str | None:
        paragraph = Paragraph(doc=doc, number=number, text="", speaker="", section="", themes=[], page=1)
        paragraph.series = series
        return unit_of(paragraph, units)

    assert unit("hc802-2016-17", "recommendation", 3) == unit("hc802-2016-17", "response", 3) == "R:3"
    assert unit("hc179-2016-17", "paragraph", 22) == "M:22"
    assert unit("hc179-2016-17", "recommendation", 3) is None  # the conclusions list repeats paragraphs
    assert (
        unit_of(Paragraph(doc="x", number=7, text="", speaker="", section="", themes=[], page=1), None) == "7"
    )
