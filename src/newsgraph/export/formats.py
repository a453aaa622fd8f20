"""PLOVER JSONL, GeoJSON, Parquet, JSONL and CSV writers over a ResultSet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator, TextIO

from newsgraph.export.source import ResultSet
from newsgraph.store.migrations import EXTRA_TABLES, FACT_TABLES

Row = dict[str, Any]


def plover_records(results: ResultSet) -> Iterator[Row]:
    """One PLOVER record per event (id, date, actor, event, recipient, event_loc, mode …)."""
    articles = {a["id"]: a for a in results.rows("articles")}
    for number, ev in enumerate(results.rows("events")):
        article = articles.get(ev["article_id"], {})
        loc = None
        if ev.get("lat") is not None:
            loc = {"name": ev.get("place_name"), "geonameid": ev.get("geonameid"),
                   "country": ev.get("country"), "lat": ev["lat"], "lon": ev["lon"],
                   "geo_precision": ev.get("geo_precision")}
        yield {
            "id": f"{ev['article_id']}-{number}",
            "date": ev.get("time_value") or article.get("published"),
            "actor": [a for a in [ev.get("actor")] if a],
            "actor_country": ev.get("actor_country"),
            "event": [ev["type"]],
            "recipient": [t for t in [ev.get("target")] if t],
            "recipient_country": ev.get("target_country"),
            "event_loc": loc,
            "event_text": ev.get("text"),
            "mode": [m for m in [ev.get("mode")] if m],
            "modality": ev.get("modality"),
            "cameo": ev.get("cameo"),
            "acled": {"event_type": ev.get("acled_type"), "sub_event_type": ev.get("acled_subtype")},
            "context": [],
            "link": article.get("url"),
            "text": ev.get("text"),
            "evidence": json.loads(ev.get("evidence") or "[]"),
            "confidence": ev.get("confidence"),
        }


def _feature(row: Row, kind: str, properties: Row) -> Row:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
        "properties": {"kind": kind, "article_id": row["article_id"], "start": row["start"],
                       "end": row["end"], "text": row["text"], **properties},
    }


def geojson(results: ResultSet) -> Row:
    """A FeatureCollection of resolved places and located events."""
    features = [
        _feature(p, "place", {k: p.get(k) for k in ("name", "geonameid", "country", "role", "confidence")})
        for p in results.rows("places") if p.get("lat") is not None and p.get("kind") != "demonym"
    ]
    features += [
        _feature(e, "event", {k: e.get(k) for k in ("type", "actor", "target", "place_name", "time_value", "modality")})
        for e in results.rows("events") if e.get("lat") is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def article_records(results: ResultSet) -> Iterator[Row]:
    """One dict per article: its columns plus its rows of every fact table."""
    grouped = {t: results.by_article(t) for t in [*EXTRA_TABLES, *FACT_TABLES]}
    for article in results.rows("articles"):
        record = dict(article)
        for table, groups in grouped.items():
            record[table] = [{k: v for k, v in r.items() if k != "article_id"} for r in groups.get(article["id"], [])]
        yield record


def write_csv(results: ResultSet, stream: TextIO) -> None:
    """One row per fact across the fact tables: the table, the span and its details as JSON."""
    writer = csv.writer(stream)
    writer.writerow(["article_id", "table", "start", "end", "text", "details"])
    for table in FACT_TABLES:
        for row in results.rows(table):
            detail = {k: v for k, v in row.items()
                      if k not in ("article_id", "start", "end", "text") and v is not None}
            writer.writerow([row["article_id"], table, row["start"], row["end"], row["text"],
                             json.dumps(detail, ensure_ascii=False)])


def write_parquet(results: ResultSet, output: Path) -> None:
    """One folder per table of Parquet, the same layout `newsgraph run` writes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsgraph.engines.parquet import arrow_schema

    for table, rows in results.tables():
        folder = output / table
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), folder / "part-00000.parquet")
