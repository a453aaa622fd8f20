"""Flatten an Article's facts into rows for the store's tables (and Parquet)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Optional

from newsgraph.model import Article, Event, Place, PlaceMention, Quote
from newsgraph.settings import PIPELINE_VERSION
from newsgraph.store.migrations import table_columns

Row = dict[str, Any]


def _span(article_id: str, start: int, end: int, text: str) -> Row:
    return {"article_id": article_id, "start": start, "end": end, "text": text}


def _place_columns(place: Optional[Place]) -> Row:
    if place is None:
        return {}
    return {
        "geonameid": place.geonameid, "name": place.name, "feature": place.feature,
        "country": place.country, "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
        "population": place.population,
    }


def place_row(aid: str, pm: PlaceMention) -> Row:
    alternatives = [asdict(p) for p in pm.alternatives[:5]]
    return {
        **_span(aid, pm.start, pm.end, pm.text), "role": pm.role, "kind": pm.kind,
        "confidence": pm.confidence, **_place_columns(pm.place),
        "alternatives": json.dumps(alternatives, ensure_ascii=False),
    }


def quote_row(aid: str, q: Quote) -> Row:
    row = {**_span(aid, q.start, q.end, q.text), "kind": q.kind, "confidence": q.confidence}
    if q.cue:
        row.update(cue_start=q.cue.start, cue_end=q.cue.end, cue_text=q.cue.text)
    if q.speaker:
        s = q.speaker
        row.update(
            speaker_start=s.start, speaker_end=s.end, speaker_text=s.text,
            speaker_name=s.name, speaker_entity=s.entity,
        )
    return row


def event_row(aid: str, ev: Event) -> Row:
    first = ev.evidence[0] if ev.evidence else None
    place = ev.place.place if ev.place else None
    row = {
        **_span(aid, first.start if first else 0, first.end if first else 0, first.text if first else ""),
        "type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "acled_type": ev.acled_type,
        "acled_subtype": ev.acled_subtype, "actor": ev.actor, "actor_country": ev.actor_country,
        "target": ev.target, "target_country": ev.target_country, "modality": ev.modality,
        "geo_precision": ev.geo_precision, "time_precision": ev.time_precision,
        "time_value": ev.time.value if ev.time else None, "goldstein": ev.goldstein,
        "quad_class": ev.quad_class, "confidence": ev.confidence,
        "evidence": json.dumps([asdict(s) for s in ev.evidence], ensure_ascii=False),
    }
    if place:
        row.update(
            place_name=place.name, geonameid=place.geonameid, country=place.country,
            lat=place.lat, lon=place.lon,
        )
    return row


def article_row(article: Article, pipeline_version: str = PIPELINE_VERSION) -> Row:
    """The `articles` row, without `ingested_at` (the store stamps it)."""
    meta = dict(article.metadata)
    return {
        "id": article.id, "url": article.url, "title": article.title,
        "published": article.published, "published_source": meta.get("published_source"),
        "language": article.language, "status": article.status, "note": article.note,
        "body": article.body, "word_count": len(article.body.split()),
        "source": meta.get("source"), "raw_hash": meta.get("raw_hash"),
        "pipeline_version": pipeline_version,
        "metadata": json.dumps(meta, default=str, ensure_ascii=False, sort_keys=True),
        **_tone_columns(article),
    }


def _tone_columns(article: Article) -> Row:
    tone = article.tone
    if tone is None:
        return {}
    return {"tone": tone.tone, "tone_positive": tone.positive, "tone_negative": tone.negative,
            "tone_polarity": tone.polarity, "tone_activity": tone.activity_density,
            "tone_self_group": tone.self_group_density}


def _only_columns(table: str, rows: list[Row]) -> list[Row]:
    columns = table_columns(table)
    return [{name: row.get(name) for name in columns if name in row} for row in rows]


def fact_rows(article: Article) -> dict[str, list[Row]]:
    """Rows per fact table for one article, restricted to the declared columns."""
    return {table: _only_columns(table, rows) for table, rows in _raw_fact_rows(article).items()}


def _raw_fact_rows(article: Article) -> dict[str, list[Row]]:
    aid = article.id
    return {
        "furniture": [
            {"article_id": aid, "position": i, "kind": f.kind, "text": f.text}
            for i, f in enumerate(article.furniture)
        ],
        "related": [{"article_id": aid, "position": i, **asdict(r)} for i, r in enumerate(article.related)],
        "entities": [
            {**_span(aid, m.start, m.end, m.text), "entity_id": e.id, "name": e.name,
             "type": e.type, "country": e.country, "sector": e.sector}
            for e in article.entities for m in e.mentions
        ],
        "places": [place_row(aid, pm) for pm in article.places],
        "quotes": [quote_row(aid, q) for q in article.quotes],
        "quantities": [
            {**asdict(q), "article_id": aid, "approximate": int(q.approximate)}
            for q in article.quantities
        ],
        "times": [{**asdict(t), "article_id": aid} for t in article.times],
        "events": [event_row(aid, ev) for ev in article.events],
        "checks": [
            {**_span(aid, c.claim.start, c.claim.end, c.claim.text), "kind": c.kind,
             "stated": c.stated, "computed": c.computed, "verdict": c.verdict}
            for c in article.checks
        ],
        "themes": [{**asdict(t), "article_id": aid} for t in article.themes],
    }
