"""An index records the theme lexicon it was built with, and searches and updates use it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import SEED, SHAPES, run

DECISION = SHAPES / "decision-with-annex.txt"


def test_a_custom_lexicon_is_recorded_and_searched_with(tmp_path: Path) -> None:
    themes = tmp_path / "themes.txt"
    themes.write_text(
        "Voluntary organisations: third sector, charities\nFunds: partnership funds\n", encoding="utf-8"
    )
    assert run("index", str(SEED), "--themes", str(themes))[0] == 0
    code, _, err = run("third sector", "--explain", "--limit", "1")
    assert code == 0 and "themes:Voluntary organisations" in err  # the boost names the index's theme
    _code, out, _ = run("docs", "--format", "json")
    assert json.loads(out)[0]["themes"] == str(themes)
    # an update without --themes tags its documents with the lexicon the index records
    assert run("index", str(DECISION))[0] == 0
    _code, out, _ = run("export", "--doc", "decision", "--format", "json")
    assert "Funds" in json.loads(out)[0]["themes"]


def test_an_index_built_with_the_bundled_lexicon_says_so(tmp_path: Path) -> None:
    assert run("index", str(SEED))[0] == 0
    _code, out, _ = run("docs", "--format", "json")
    assert json.loads(out)[0]["themes"] == "bundled"
