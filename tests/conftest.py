"""Shared fixtures: every test gets its own index location; the seed index is built once.
Property tests check answers, not times: no example fails for running slowly on a busy
machine (a test that means to catch a hang sets its own deadline)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import HC179, HC802, SEED
from hypothesis import settings

from seminar_search.config import bundled_seeds
from seminar_search.library import index_paths

settings.register_profile("answers-not-times", deadline=None)
settings.load_profile("answers-not-times")


@pytest.fixture(autouse=True)
def private_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default index at a fresh folder, so no test touches a real one."""
    location = tmp_path / "index"
    monkeypatch.setenv("SEMINAR_SEARCH_INDEX", str(location))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("SEMINAR_SEARCH_THEMES", raising=False)
    monkeypatch.delenv("SEMINAR_SEARCH_THESAURUS", raising=False)
    return location


@pytest.fixture(scope="session")
def built_seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("seed") / "index"
    index_paths(bundled_seeds(), location)
    return location


@pytest.fixture(scope="session")
def library_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed, HC 179 and the Government's response to it, in one index: a small library."""
    location = tmp_path_factory.mktemp("library") / "index"
    index_paths([SEED, HC179, HC802], location)
    return location


@pytest.fixture
def seed_index(built_seed_index: Path, private_index: Path) -> Path:
    """A private copy of the seed index at the default location."""
    shutil.copytree(built_seed_index, private_index, symlinks=True)
    return private_index
