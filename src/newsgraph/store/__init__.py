"""The SQLite store: one table per fact type, each row with `article_id`, `start`, `end`.

One transaction per article; the same article again is a no-op unless the pipeline
version changed; a failure is a row in `errors` with its reason.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional, Union

import sqlite_utils

from newsgraph.errors import StoreError
from newsgraph.model import Article
from newsgraph.settings import PIPELINE_VERSION
from newsgraph.store.migrations import EXTRA_TABLES, FACT_TABLES, apply_migrations
from newsgraph.store.rows import article_row, fact_rows

__all__ = [
    "open_db", "save_article", "save_failure", "journal_status", "mark_queued",
    "save_page", "FACT_TABLES",
]


def open_db(path: Union[str, Path]) -> sqlite_utils.Database:
    """Open (creating and migrating as needed) a newsgraph database in WAL mode."""
    try:
        conn = sqlite3.connect(str(path), timeout=30)
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        apply_migrations(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open database {path}: {exc}: is it a newsgraph SQLite file?")
    return db


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _delete_article(db: sqlite_utils.Database, article_id: str) -> None:
    for table in [*FACT_TABLES, *EXTRA_TABLES]:
        db.execute(f"delete from [{table}] where article_id = ?", [article_id])
    db.execute("delete from articles where id = ?", [article_id])


def _journal(db: sqlite_utils.Database, key: Optional[str], source: str, status: str,
             article_id: Optional[str] = None, reason: Optional[str] = None) -> None:
    if key is None:
        return
    db.table("journal").upsert(
        {"key": key, "source": source, "status": status, "pipeline_version": PIPELINE_VERSION,
         "article_id": article_id, "reason": reason, "updated_at": _now()},
        pk="key",
    )


def save_article(db: sqlite_utils.Database, article: Article, journal_key: Optional[str] = None) -> bool:
    """Store one article and all its facts (and its journal entry) in one transaction.

    Returns False (and writes no facts) when the same article is already stored by
    this pipeline version; an older version's rows are replaced.
    """
    existing = db.execute(
        "select pipeline_version from articles where id = ?", [article.id]
    ).fetchone()
    fresh = not (existing and existing[0] == PIPELINE_VERSION)
    source = str(article.metadata.get("source", article.id))
    with db.conn:
        if fresh:
            if existing:
                _delete_article(db, article.id)
            db.table("articles").insert({**article_row(article, PIPELINE_VERSION), "ingested_at": _now()})
            for table, rows in fact_rows(article).items():
                if rows:
                    db.table(table).insert_all(rows)
        _journal(db, journal_key, source, "done", article_id=article.id)
    return fresh


def save_failure(
    db: sqlite_utils.Database, source: str, reason: str, raw_hash: Optional[str] = None,
    journal_key: Optional[str] = None,
) -> None:
    """Record an input that could not be analysed (one row, its reason), in one transaction."""
    with db.conn:
        db.table("errors").insert({"source": source, "raw_hash": raw_hash, "reason": reason, "at": _now()})
        _journal(db, journal_key, source, "failed", reason=reason)


def journal_status(db: sqlite_utils.Database, key: str) -> Optional[str]:
    """'queued', 'done' or 'failed' for this input under this pipeline version, else None."""
    row = db.execute(
        "select status from journal where key = ? and pipeline_version = ?", [key, PIPELINE_VERSION]
    ).fetchone()
    return row[0] if row else None


def mark_queued(db: sqlite_utils.Database, keys: list[tuple[str, str]]) -> None:
    """Record (key, source) pairs as queued, leaving finished entries as they are."""
    with db.conn:
        for key, source in keys:
            db.execute(
                "insert into journal (key, source, status, pipeline_version, updated_at) "
                "values (?, ?, 'queued', ?, ?) on conflict(key) do nothing",
                [key, source, PIPELINE_VERSION, _now()],
            )


def save_page(db: sqlite_utils.Database, page: dict[str, object]) -> None:
    """Keep a fetched page's HTML so re-analysis needs no refetch."""
    with db.conn:
        db.table("pages").upsert(page, pk="url")

