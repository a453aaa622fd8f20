"""The SQLite store: one table per fact type, each row with `article_id`, `start`, `end`.

One transaction per article; the same article again is a no-op unless the pipeline
version changed; a failure is a row in `errors` with its reason.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import sqlite_utils

from newsgraph.errors import StoreError
from newsgraph.model import Article
from newsgraph.settings import PIPELINE_VERSION
from newsgraph.store.migrations import EXTRA_TABLES, FACT_TABLES, apply_migrations
from newsgraph.store.rows import fact_rows

__all__ = ["open_db", "save_article", "save_failure", "is_done", "FACT_TABLES"]


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


def is_done(db: sqlite_utils.Database, raw_hash: str) -> bool:
    """True when this exact input was already stored by this pipeline version."""
    row = db.execute(
        "select 1 from articles where raw_hash = ? and pipeline_version = ? limit 1",
        [raw_hash, PIPELINE_VERSION],
    ).fetchone()
    return row is not None


def _article_row(article: Article) -> dict[str, Any]:
    meta = dict(article.metadata)
    return {
        "id": article.id, "url": article.url, "title": article.title,
        "published": article.published, "published_source": meta.get("published_source"),
        "language": article.language, "status": article.status, "note": article.note,
        "body": article.body, "word_count": len(article.body.split()),
        "source": meta.get("source"), "raw_hash": meta.get("raw_hash"),
        "pipeline_version": PIPELINE_VERSION, "ingested_at": _now(),
        "metadata": json.dumps(meta, default=str, ensure_ascii=False),
    }


def _delete_article(db: sqlite_utils.Database, article_id: str) -> None:
    for table in [*FACT_TABLES, *EXTRA_TABLES]:
        db.execute(f"delete from [{table}] where article_id = ?", [article_id])
    db.execute("delete from articles where id = ?", [article_id])


def save_article(db: sqlite_utils.Database, article: Article) -> bool:
    """Store one article and all its facts in one transaction.

    Returns False (and writes nothing) when the same article is already stored by
    this pipeline version; an older version's rows are replaced.
    """
    existing = db.execute(
        "select pipeline_version from articles where id = ?", [article.id]
    ).fetchone()
    if existing and existing[0] == PIPELINE_VERSION:
        return False
    with db.conn:
        if existing:
            _delete_article(db, article.id)
        db["articles"].insert(_article_row(article))
        for table, rows in fact_rows(article).items():
            if rows:
                db[table].insert_all(rows, alter=True)
    return True


def save_failure(
    db: sqlite_utils.Database, source: str, reason: str, raw_hash: Optional[str] = None
) -> None:
    """Record an input that could not be analysed (one row, its reason)."""
    with db.conn:
        db["errors"].insert({"source": source, "raw_hash": raw_hash, "reason": reason, "at": _now()})


def article_ids(db: sqlite_utils.Database) -> Iterable[str]:
    return (row[0] for row in db.execute("select id from articles order by published, id"))
