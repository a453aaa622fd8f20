"""Load Parquet results into a SQLite store (articles already present are kept as they are)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Union

from newsgraph.export.source import ResultSet
from newsgraph.store import open_db
from newsgraph.store.migrations import TABLES


def load_parquet(output: Union[str, Path], db_path: Union[str, Path]) -> dict[str, int]:
    """Insert the rows of every table of a Parquet folder; returns rows added per table."""
    results = ResultSet(str(output))
    db = open_db(db_path)
    known = {row[0] for row in db.execute("select id from articles")}
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    counts: dict[str, int] = {}
    with db.conn:
        for table in TABLES:
            rows = results.rows(table)
            if table == "articles":
                rows = [{**r, "ingested_at": stamp} for r in rows if r["id"] not in known]
            elif table != "errors":
                rows = [r for r in rows if r["article_id"] not in known]
            db.table(table).insert_all(rows)
            counts[table] = len(rows)
    return counts
