"""Datasette metadata for a newsgraph database: titles, descriptions, facets, canned
queries, and the cluster-map configuration that keeps every map tile on this machine."""

from __future__ import annotations

from typing import Any

TILES_URL = "/-/tiles/basemap/{z}/{x}/{y}.png"
TILE_OPTIONS = {"maxZoom": 6, "minZoom": 0, "attribution": "© OpenStreetMap contributors (offline basemap)"}
EXPLORER = "/-/newsgraph"

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "title": "Articles",
        "description": "One row per analysed article: the cleaned body, title, date and source.",
        "facets": ["language", "status", "source"],
        "sort_desc": "published", "label_column": "title",
    },
    "places": {
        "title": "Places",
        "description": "Place mentions resolved to GeoNames (lat/lon), with role and confidence.",
        "facets": ["country", "role", "feature", "kind"], "label_column": "name",
    },
    "events": {
        "title": "Events",
        "description": "Events (PLOVER types) with actor, target, place, time and evidence spans.",
        "facets": ["type", "modality", "country", "mode"],
    },
    "entities": {
        "title": "Entity mentions",
        "description": "One row per mention of a person, organisation, group or place.",
        "facets": ["type", "name"], "label_column": "name",
    },
    "quotes": {
        "title": "Quotes",
        "description": "Direct and indirect quotes with their cue verb and speaker.",
        "facets": ["speaker_name", "kind"],
    },
    "quantities": {
        "title": "Numbers",
        "description": "Numbers claimed in the text: value, range, unit and what they measure.",
        "facets": ["unit", "measures", "count_type"],
    },
    "times": {
        "title": "Dates and times",
        "description": "Time expressions normalised to ISO (TimeML) values.",
        "facets": ["granularity", "type"],
    },
    "checks": {
        "title": "Checked claims",
        "description": "Distances and date arithmetic recomputed and compared with the text.",
        "facets": ["verdict", "kind"],
    },
    "furniture": {"title": "Removed page furniture", "facets": ["kind"],
                  "description": "Share lines, teasers and prompts removed from the body."},
    "related": {"title": "Related teasers",
                "description": "Links to other stories found on the page (never facts of this one)."},
    "errors": {"title": "Errors", "description": "Inputs that could not be analysed, with the reason."},
    "_migrations": {"hidden": True},
}

QUERIES: dict[str, dict[str, Any]] = {
    "quotes_by_speaker": {
        "title": "Quotes by speaker",
        "description": "Every quote with its speaker; leave speaker empty for all.",
        "sql": (
            "select coalesce(q.speaker_name, q.speaker_text, '(unattributed)') as speaker, "
            "q.text as quote, q.kind, q.confidence, q.article_id, a.title, a.published\n"
            "from quotes q join articles a on a.id = q.article_id\n"
            "where :speaker = '' or coalesce(q.speaker_name, q.speaker_text, '') like '%' || :speaker || '%'\n"
            "order by speaker, a.published"
        ),
    },
    "claims": {
        "title": "Claims: numbers and checks",
        "description": "Numbers claimed in the articles, with any recomputed check on the same span.",
        "sql": (
            "select q.text as claim, q.value, q.low, q.high, q.unit, q.measures, q.confidence, "
            "c.kind as check_kind, c.computed, c.verdict, q.article_id, a.title, a.published\n"
            "from quantities q join articles a on a.id = q.article_id\n"
            "left join checks c on c.article_id = q.article_id and c.start <= q.start and c.end >= q.end\n"
            "order by a.published desc, q.article_id, q.start"
        ),
    },
    "events_timeline": {
        "title": "Events timeline",
        "description": "Events in date order (the event's own date, else the article's).",
        "sql": (
            "select coalesce(e.time_value, substr(a.published, 1, 10)) as date, e.type, e.actor, "
            "e.target, e.place_name, e.modality, e.confidence, e.text as evidence, e.lat, e.lon, "
            "e.article_id, a.title\n"
            "from events e join articles a on a.id = e.article_id\n"
            "order by date, e.article_id, e.start"
        ),
    },
    "places_map": {
        "title": "Places map",
        "description": "Every located place mention on one map.",
        "sql": (
            "select p.name, p.text, p.country, p.admin1, p.role, p.confidence, p.lat, p.lon, "
            "p.article_id, a.title\n"
            "from places p join articles a on a.id = p.article_id\n"
            "where p.lat is not null and p.lon is not null\n"
            "order by p.name"
        ),
    },
}

STORY_QUERY = {
    "title": "Stories",
    "description": "Stories with their articles, largest first.",
    "sql": (
        "select sa.story_id, count(*) as articles, group_concat(a.title, ' | ') as titles\n"
        "from story_articles sa left join articles a on a.id = sa.article_id\n"
        "group by sa.story_id order by articles desc"
    ),
}


def cluster_map_config(**columns: str) -> dict[str, Any]:
    """datasette-cluster-map settings pointing at the local basemap tiles."""
    return {"datasette-cluster-map": {"tile_layer": TILES_URL, "tile_layer_options": TILE_OPTIONS, **columns}}


def _tables(present: set[str]) -> dict[str, Any]:
    tables = {name: dict(meta) for name, meta in TABLES.items() if name in present}
    for name in ("places", "events"):
        if name in tables:
            tables[name]["plugins"] = cluster_map_config(latitude_column="lat", longitude_column="lon")
    return tables


def build_metadata(db_name: str, present: set[str]) -> dict[str, Any]:
    """Datasette metadata for database `db_name` whose tables are `present`."""
    queries = {name: q for name, q in QUERIES.items()}
    if "story_articles" in present:
        queries["stories"] = STORY_QUERY
    return {
        "title": "newsgraph explorer",
        "description_html": (
            f'Analysed news articles. Open the <a href="{EXPLORER}">explorer</a>: articles with '
            f'highlighted facts, <a href="{EXPLORER}/quotes">quotes</a>, '
            f'<a href="{EXPLORER}/claims">claims</a>, <a href="{EXPLORER}/events">events</a>, '
            f'<a href="{EXPLORER}/stories">stories</a>, <a href="{EXPLORER}/search">search</a>.'
        ),
        "plugins": {"newsgraph": {"database": db_name}, **cluster_map_config()},
        "databases": {
            db_name: {
                "title": "newsgraph record",
                "plugins": cluster_map_config(),
                "tables": _tables(present),
                "queries": queries,
            },
        },
    }
