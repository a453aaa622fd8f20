"""Read a result set — a newsgraph SQLite file or a Parquet output folder — table by table."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from newsgraph.errors import NewsgraphError
from newsgraph.store.migrations import TABLES

Row = dict[str, Any]


class ResultSet:
    """Rows of the store's tables, from SQLite or Parquet, grouped by article on request."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            if not (self.path / "articles").is_dir():
                raise NewsgraphError(f"{path} is not a newsgraph Parquet folder (no articles/)")
            self.db = None
        elif self.path.is_file():
            self.db = sqlite_utils.Database(self.path)
            if "articles" not in self.db.table_names():
                raise NewsgraphError(f"{path} is not a newsgraph database (no articles table)")
        else:
            raise NewsgraphError(f"no database or Parquet folder at {path}: run 'newsgraph ingest' or 'newsgraph run' first")

    def rows(self, table: str) -> list[Row]:
        """All rows of a table, without SQLite's row id, in a stable order."""
        if self.db is None:
            from newsgraph.engines.parquet import read_rows

            rows = read_rows(self.path, table)
        else:
            if table not in self.db.table_names():
                return []
            rows = [dict(r) for r in self.db[table].rows]
            if table != "articles":  # SQLite's row id is not part of the shared columns
                rows = [{k: v for k, v in r.items() if k != "id"} for r in rows]
        key = ("published", "id") if table == "articles" else ("article_id", "start", "position")
        return sorted(rows, key=lambda r: tuple(_sortable(r.get(k)) for k in key))

    def by_article(self, table: str) -> dict[str, list[Row]]:
        groups: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows(table):
            groups[row["article_id"]].append(row)
        return groups

    def tables(self) -> Iterator[tuple[str, list[Row]]]:
        for table in TABLES:
            yield table, self.rows(table)


def _sortable(value: Any) -> tuple[int, Any]:
    return (0, "") if value is None else (1, value)
