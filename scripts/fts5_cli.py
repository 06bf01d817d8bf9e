"""A minimal full-text search CLI on the standard library's SQLite FTS5: the engine a user might
pick instead of seminar-search, and the baseline scripts/bench.py measures it against.

    python scripts/fts5_cli.py build DB PARAGRAPHS.jsonl   (from `seminar-search export`)
    python scripts/fts5_cli.py search DB "query words" [--speaker NAME] [--limit 10]

Porter stemming, bm25() ranking, the query's words OR-ed (or a "quoted phrase"), and a
snippet() of each hit; results are printed as JSON.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys

SCHEMA = (
    "CREATE VIRTUAL TABLE p USING fts5("
    "text, doc UNINDEXED, number UNINDEXED, speaker UNINDEXED, tokenize='porter')"
)


def build(database: str, paragraphs: str) -> int:
    db = sqlite3.connect(database)
    db.execute("DROP TABLE IF EXISTS p")
    db.execute(SCHEMA)
    with open(paragraphs, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    db.executemany(
        "INSERT INTO p (text, doc, number, speaker) VALUES (?, ?, ?, ?)",
        [(row["text"], row["doc"], row["number"], row["speaker"]) for row in rows],
    )
    count = len(rows)
    db.commit()
    db.close()
    return count


def match_expression(query: str) -> str:
    """A quoted phrase stays a phrase; otherwise the words are OR-ed, as BM25 baselines do."""
    if query.startswith('"') and query.endswith('"'):
        return '"' + " ".join(re.findall(r"\w+", query)) + '"'
    return " OR ".join(f'"{word}"' for word in re.findall(r"\w+", query.lower()))


def search(db: sqlite3.Connection, query: str, speaker: str | None = None, limit: int = 10) -> list[dict]:
    sql = "SELECT doc, number, speaker, snippet(p, 0, '[', ']', '…', 24), bm25(p) FROM p WHERE p MATCH ?"
    parameters: list[object] = [match_expression(query)]
    if speaker:
        sql += " AND speaker LIKE ?"
        parameters.append(f"%{speaker}%")
    sql += " ORDER BY bm25(p) LIMIT ?"
    parameters.append(limit)
    keys = ("doc", "number", "speaker", "snippet", "score")
    return [dict(zip(keys, row, strict=True)) for row in db.execute(sql, parameters)]


def main(argv: list[str]) -> None:
    if len(argv) >= 3 and argv[0] == "build":
        print(build(argv[1], argv[2]))
    elif len(argv) >= 3 and argv[0] == "search":
        speaker = argv[argv.index("--speaker") + 1] if "--speaker" in argv else None
        limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 10
        db = sqlite3.connect(argv[1])
        print(json.dumps({"query": argv[2], "hits": search(db, argv[2], speaker, limit)}, ensure_ascii=False))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
