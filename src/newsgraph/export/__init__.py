"""Exports from a newsgraph SQLite database: JSONL (one article a line) and CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator, TextIO

import sqlite_utils

from newsgraph.errors import NewsgraphError
from newsgraph.store.migrations import EXTRA_TABLES, FACT_TABLES

ARTICLE_COLUMNS = ("id", "url", "title", "published", "language", "status", "note", "body")


def _open(source: str) -> sqlite_utils.Database:
    path = Path(source)
    if not path.is_file():
        raise NewsgraphError(f"no database at {source}: run 'newsgraph ingest … --db {source}' first")
    db = sqlite_utils.Database(path)
    if "articles" not in db.table_names():
        raise NewsgraphError(f"{source} is not a newsgraph database (no articles table)")
    return db


def _facts(db: sqlite_utils.Database, table: str, article_id: str) -> list[dict[str, Any]]:
    rows = db.execute(
        f"select * from [{table}] where article_id = ? order by id", [article_id]
    )
    names = [d[0] for d in rows.description]
    return [
        {k: v for k, v in zip(names, row) if k not in ("id", "article_id")} for row in rows
    ]


def iter_records(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """One dict per article: its columns plus a list of rows per fact table."""
    columns = ", ".join(ARTICLE_COLUMNS)
    for row in db.execute(f"select {columns} from articles order by published, id").fetchall():
        record = dict(zip(ARTICLE_COLUMNS, row))
        for table in [*EXTRA_TABLES, *FACT_TABLES]:
            record[table] = _facts(db, table, record["id"])
        yield record


def export_db(source: str, fmt: str, stream: TextIO) -> None:
    """Write the database in `fmt` (jsonl | csv) to `stream`."""
    db = _open(source)
    if fmt == "jsonl":
        for record in iter_records(db):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_csv(db, stream)
    else:
        raise NewsgraphError(f"unknown export format {fmt!r}: use jsonl or csv")


def _write_csv(db: sqlite_utils.Database, stream: TextIO) -> None:
    """One row per fact across the fact tables: the table, the span and its details."""
    writer = csv.writer(stream)
    writer.writerow(["article_id", "table", "start", "end", "text", "details"])
    for table in FACT_TABLES:
        for row in db[table].rows_where(order_by="article_id, start"):
            detail = {k: v for k, v in row.items() if k not in ("id", "article_id", "start", "end", "text") and v is not None}
            writer.writerow([row["article_id"], table, row["start"], row["end"], row["text"], json.dumps(detail, ensure_ascii=False)])
