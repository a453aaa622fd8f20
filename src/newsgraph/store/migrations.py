"""Schema migrations: an ordered list of functions, each recorded by name once applied."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


SPAN_COLUMNS: dict[str, type] = {"article_id": str, "start": int, "end": int, "text": str}


def _fact_table(db: sqlite_utils.Database, name: str, columns: dict[str, type]) -> None:
    db.table(name).create(
        {"id": int, **SPAN_COLUMNS, **columns},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table(name).create_index(["article_id"])


@migration
def m001_articles(db: sqlite_utils.Database) -> None:
    db.table("articles").create(ARTICLE_COLUMNS, pk="id")
    db.table("articles").create_index(["raw_hash"])
    db.table("articles").create_index(["published"])
    db.table("articles").enable_fts(["title", "body"], create_triggers=True)
    db.table("errors").create({"id": int, **ERROR_COLUMNS}, pk="id")
    db.table("errors").create_index(["raw_hash"])


@migration
def m002_facts(db: sqlite_utils.Database) -> None:
    for name, columns in FACT_TABLES.items():
        _fact_table(db, name, columns)
    for name in ("furniture", "related"):
        db.table(name).create(
            {"id": int, "article_id": str, "position": int, **EXTRA_TABLES[name]},
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db.table(name).create_index(["article_id"])
    db.table("entities").create_index(["entity_id"])
    db.table("quotes").create_index(["speaker_entity"])


# GKG V1.5Tone measures (see newsgraph.tone), added to `articles` by m005.
TONE_COLUMNS: dict[str, type] = {
    "tone": float, "tone_positive": float, "tone_negative": float, "tone_polarity": float,
    "tone_activity": float, "tone_self_group": float,
}
ARTICLE_COLUMNS: dict[str, type] = {
    "id": str, "url": str, "title": str, "published": str, "published_source": str,
    "language": str, "status": str, "note": str, "body": str, "word_count": int,
    "source": str, "raw_hash": str, "pipeline_version": str, "ingested_at": str,
    "metadata": str, **TONE_COLUMNS,
}
ERROR_COLUMNS: dict[str, type] = {"source": str, "raw_hash": str, "reason": str, "at": str}

@migration
def m003_journal_and_pages(db: sqlite_utils.Database) -> None:
    db.table("journal").create(
        {"key": str, "source": str, "status": str, "pipeline_version": str, "article_id": str,
         "reason": str, "updated_at": str},
        pk="key",
    )
    db.table("journal").create_index(["status"])
    db.table("pages").create(
        {"url": str, "final_url": str, "status": int, "content_type": str, "fetched_at": str,
         "html": str},
        pk="url",
    )


@migration
def m004_stories(db: sqlite_utils.Database) -> None:
    from newsgraph.stories.store import ensure_story_tables

    ensure_story_tables(db)


@migration
def m005_tone(db: sqlite_utils.Database) -> None:
    articles = db.table("articles")
    for name, kind in TONE_COLUMNS.items():
        if name not in articles.columns_dict:
            articles.add_column(name, kind)


@migration
def m006_themes(db: sqlite_utils.Database) -> None:
    if "themes" not in db.table_names():
        _fact_table(db, "themes", FACT_TABLES["themes"])
    db.table("themes").create_index(["theme"], if_not_exists=True)


FACT_TABLES: dict[str, dict[str, type]] = {
    "entities": {"entity_id": str, "name": str, "type": str, "country": str, "sector": str},
    "places": {
        "role": str, "kind": str, "confidence": float, "geonameid": int, "name": str,
        "feature": str, "country": str, "admin1": str, "lat": float, "lon": float,
        "population": int, "alternatives": str,
    },
    "quotes": {
        "kind": str, "cue_start": int, "cue_end": int, "cue_text": str, "speaker_start": int,
        "speaker_end": int, "speaker_text": str, "speaker_name": str, "speaker_entity": str,
        "confidence": float,
    },
    "quantities": {
        "value": float, "low": float, "high": float, "unit": str, "si_value": float,
        "si_unit": str, "measures": str, "approximate": int, "count_type": str,
        "confidence": float,
    },
    "times": {
        "value": str, "type": str, "granularity": str, "anchor": str, "anchor_source": str,
        "range_start": str, "range_end": str, "confidence": float,
    },
    "events": {
        "type": str, "mode": str, "cameo": str, "acled_type": str, "acled_subtype": str,
        "actor": str, "actor_country": str, "target": str, "target_country": str,
        "modality": str, "place_name": str, "geonameid": int, "country": str, "lat": float,
        "lon": float, "geo_precision": int, "time_value": str, "time_precision": int,
        "goldstein": float, "quad_class": int, "evidence": str, "confidence": float,
    },
    "checks": {"kind": str, "stated": str, "computed": str, "verdict": str},
    "themes": {"theme": str, "confidence": float},
}

EXTRA_TABLES: dict[str, dict[str, type]] = {
    "furniture": {"kind": str, "text": str},
    "related": {"headline": str, "alt_headline": str, "snippet": str, "url": str},
}


def table_columns(table: str) -> dict[str, type]:
    """The columns of a store table (without the SQLite row id): the schema Parquet shares."""
    if table == "articles":
        return dict(ARTICLE_COLUMNS)
    if table == "errors":
        return dict(ERROR_COLUMNS)
    if table in FACT_TABLES:
        return {**SPAN_COLUMNS, **FACT_TABLES[table]}
    return {"article_id": str, "position": int, **EXTRA_TABLES[table]}


TABLES = ("articles", *EXTRA_TABLES, *FACT_TABLES, "errors")


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations not yet recorded in `_migrations`; return their names."""
    db.table("_migrations").create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with db.conn:
            fn(db)
            stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
            db.table("_migrations").insert({"name": fn.__name__, "applied_at": stamp})
        applied.append(fn.__name__)
    return applied
