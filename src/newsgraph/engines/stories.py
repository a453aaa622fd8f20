"""Stories as a second job over Parquet facts (after `newsgraph run`).

Incremental clustering is sequential by nature (each article joins the stories opened
before it, in published order), so this job runs on one machine: it loads the Parquet
facts into a temporary SQLite store, runs the same story stage the SQLite path uses, and
writes the story tables back as Parquet folders beside the others.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Union

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.store import open_db
from newsgraph.store.load import load_parquet
from newsgraph.stories.store import TABLES as STORY_TABLES
from newsgraph.stories.store import rebuild_stories

PARQUET_STORY_TABLES = ("stories", "story_articles", "duplicates", "related_stories")


def stories_over_parquet(output: Union[str, Path]) -> dict[str, int]:
    """Cluster the articles of a Parquet output folder; write its story tables as Parquet."""
    output = Path(output)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "stories.db")
        load_parquet(output, Path(tmp) / "stories.db")
        rebuild_stories(db)
        for table in PARQUET_STORY_TABLES:
            rows = [dict(r) for r in db.table(table).rows]
            folder = output / table
            folder.mkdir(parents=True, exist_ok=True)
            columns = STORY_TABLES[table][0]
            schema = pa.schema([(name, _arrow(kind)) for name, kind in columns.items()])
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / "part-00000.parquet")
            counts[table] = len(rows)
        db.conn.close()
    return counts


def _arrow(kind: type) -> pa.DataType:
    return {str: pa.string(), int: pa.int64(), float: pa.float64()}.get(kind, pa.string())
