"""Exports from a newsgraph SQLite file or Parquet folder: GDELT GKG 2.1, PLOVER JSONL,
GeoJSON, Parquet, JSONL (one article a line) and CSV (one fact a row)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, TextIO

from newsgraph.errors import NewsgraphError
from newsgraph.export.formats import article_records, geojson, plover_records, write_csv, write_parquet
from newsgraph.export.gkg import gkg_lines
from newsgraph.export.source import ResultSet

FORMATS = ("jsonl", "csv", "gkg", "plover", "geojson", "parquet")


def export(source: str, fmt: str, stream: Optional[TextIO] = None, output: Optional[str] = None) -> None:
    """Write `source` (SQLite file or Parquet folder) as `fmt` to `stream`, or to `output`."""
    results = ResultSet(source)
    if fmt == "parquet":
        if not output:
            raise NewsgraphError("--format parquet writes a folder: give it with --output")
        write_parquet(results, Path(output))
        return
    if stream is None:
        raise NewsgraphError(f"--format {fmt} needs a stream")
    if fmt == "jsonl":
        for record in article_records(results):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(results, stream)
    elif fmt == "gkg":
        for line in gkg_lines(results):
            stream.write(line + "\n")
    elif fmt == "plover":
        for record in plover_records(results):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "geojson":
        json.dump(geojson(results), stream, ensure_ascii=False)
        stream.write("\n")
    else:
        raise NewsgraphError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
