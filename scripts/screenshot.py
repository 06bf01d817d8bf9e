"""Regenerate the README's screenshot (docs/search.svg) from a real search of the seed report.

    python scripts/screenshot.py [--out docs/search.svg]

The search runs through the same code as `seminar-search "third sector" --limit 3` on a terminal;
its styled output is replayed into a recording Rich console and exported as SVG.
"""

from __future__ import annotations

import argparse
import io
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

from seminar_search.config import bundled_seeds
from seminar_search.index import IndexReader
from seminar_search.library import index_paths
from seminar_search.output import Output, write
from seminar_search.render import hits_listing
from seminar_search.search import search

COMMAND = 'seminar-search "third sector" --limit 3'
WIDTH = 100


def render(out_path: Path) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        location = Path(scratch) / "index"
        index_paths(bundled_seeds(), location)
        with IndexReader(location) as reader:
            outcome = search(reader, "third sector", limit=3)
    styled = io.StringIO()
    write(hits_listing(outcome, show_doc=False), "text", Output(styled, styled=True, width=WIDTH))
    console = Console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True)
    console.print(Text(f"$ {COMMAND}", style="bold"))
    console.print(Text.from_ansi(styled.getvalue()), end="")
    svg = console.export_svg(title="seminar-search")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(svg, encoding="utf-8")
    return svg


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "docs" / "search.svg")
    arguments = parser.parse_args(argv)
    render(arguments.out)
    print(f"wrote {arguments.out}")


if __name__ == "__main__":
    main()
