"""The package as a user gets it: a wheel and sdist that hold the seed report and lexicons,
pass twine's checks, and install into a fresh virtual environment that searches at once."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from helpers import ROOT, SHAPES
from pypdf import PdfReader, PdfWriter

from seminar_search import __version__


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, capture_output=True
    )
    return out


def test_wheel_and_sdist_carry_the_seed_report_and_lexicons(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        wheel_names = archive.namelist()
    for name in ("seeds/policy-seminar-one-2010-05-18.txt", "lexicon/themes.txt", "lexicon/thesaurus.txt"):
        assert f"seminar_search/{name}" in wheel_names
    with tarfile.open(sdist) as archive:
        sdist_names = archive.getnames()
    assert any(n.endswith("src/seminar_search/seeds/policy-seminar-one-2010-05-18.txt") for n in sdist_names)
    assert wheel.name.startswith(f"seminar_search-{__version__}-")


def test_twine_check_passes(dist: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dist.iterdir())],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_wheel_installs_into_a_fresh_venv_and_searches(dist: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    (wheel,) = dist.glob("*.whl")
    subprocess.run(
        [environment / "bin" / "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    done = subprocess.run(
        [
            environment / "bin" / "seminar-search",
            "third sector",
            "--limit",
            "1",
            "--index",
            str(tmp_path / "ix"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(("¶13", "¶50", "¶51"))
    version = subprocess.run(
        [environment / "bin" / "seminar-search", "--version"], capture_output=True, text=True
    )
    assert version.stdout.strip() == f"seminar-search, version {__version__}"
    encrypted = tmp_path / "encrypted.pdf"  # AES, no password to open it: pypdf needs cryptography
    writer = PdfWriter(clone_from=PdfReader(SHAPES / "briefing-paper-without-numbers.pdf"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    writer.write(str(encrypted))
    read = subprocess.run(
        [environment / "bin" / "seminar-search", "inspect", str(encrypted)], capture_output=True, text=True
    )
    assert read.returncode == 0, read.stderr


def test_shell_completion_scripts_come_from_click(tmp_path: Path) -> None:
    for shell in ("bash", "zsh", "fish"):
        done = subprocess.run(
            [sys.executable, "-m", "seminar_search"],
            env={"_SEMINAR_SEARCH_COMPLETE": f"{shell}_source", "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and "_SEMINAR_SEARCH_COMPLETE" in done.stdout, shell


def test_the_readme_screenshot_comes_from_a_real_run(tmp_path: Path) -> None:
    svg_file = tmp_path / "search.svg"
    screenshot = [sys.executable, str(ROOT / "scripts" / "screenshot.py"), "--out", str(svg_file)]
    subprocess.run(screenshot, capture_output=True, check=True)
    svg = svg_file.read_text(encoding="utf-8")
    assert "<svg" in svg and "Third" in svg and "Bichard" in svg
    assert "docs/search.svg" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "search.svg").read_text(encoding="utf-8").startswith("<svg")
