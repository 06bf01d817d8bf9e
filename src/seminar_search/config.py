"""Where things live: the index folder and the bundled seed reports."""

from __future__ import annotations

import os
from pathlib import Path

INDEX_ENV = "SEMINAR_SEARCH_INDEX"


def index_location(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--index``, else ``$SEMINAR_SEARCH_INDEX``, else the per-user data folder."""
    if explicit:
        return Path(explicit)
    if os.environ.get(INDEX_ENV):
        return Path(os.environ[INDEX_ENV])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "seminar-search" / "index"


def bundled_seeds() -> list[Path]:
    """The seed reports shipped inside the package, searchable with no set-up."""
    return sorted((Path(__file__).parent / "seeds").glob("*.txt"))
