"""Parquet output with the same columns as the SQLite tables (one folder per table)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Union

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.model import Article
from newsgraph.pipeline import Failure
from newsgraph.store.migrations import TABLES, table_columns
from newsgraph.store.rows import article_row, fact_rows

Row = dict[str, Any]
ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64()}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a store table."""
    return pa.schema([(name, ARROW_TYPES[kind]) for name, kind in table_columns(table).items()])


def result_rows(result: Union[Article, Failure]) -> dict[str, list[Row]]:
    """Rows per table for one pipeline result: an article with its facts, or an error."""
    if isinstance(result, Failure):
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return {"errors": [{"source": result.source, "raw_hash": result.raw_hash,
                            "reason": result.reason, "at": stamp}]}
    return {"articles": [article_row(result)], **fact_rows(result)}


class PartWriter:
    """Collects rows per table and writes them as `OUTPUT/<table>/part-<tag>.parquet`."""

    def __init__(self, output: Union[str, Path], tag: str = "00000") -> None:
        self.output = Path(output)
        self.tag = tag
        self.rows: dict[str, list[Row]] = {table: [] for table in TABLES}

    def add(self, result: Union[Article, Failure]) -> None:
        for table, rows in result_rows(result).items():
            self.rows[table].extend(rows)

    def close(self) -> dict[str, int]:
        counts = {}
        for table, rows in self.rows.items():
            folder = self.output / table
            folder.mkdir(parents=True, exist_ok=True)
            schema = arrow_schema(table)
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / f"part-{self.tag}.parquet")
            counts[table] = len(rows)
        return counts


def read_rows(output: Union[str, Path], table: str) -> list[Row]:
    """All rows of one table from an output folder (empty when the table is absent)."""
    folder = Path(output) / table
    parts = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    rows: list[Row] = []
    for part in parts:
        rows.extend(pq.read_table(part, schema=arrow_schema(table)).to_pylist())
    return rows


def iter_tables(output: Union[str, Path]) -> Iterator[tuple[str, list[Row]]]:
    for table in TABLES:
        yield table, read_rows(output, table)
