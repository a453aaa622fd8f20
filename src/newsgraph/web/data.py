"""The data behind each explorer page: one function per view, over a read-only connection.

Every function takes a `sqlite3.Connection` and returns plain JSON-able dicts; the
plugin renders them as HTML (templates) or JSON. Story tables are optional: when they
are absent the story parts come back empty with `"available": False`.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from typing import Any, Optional, Sequence

from newsgraph.web.highlight import KIND_LABELS, Highlight, entity_kind, is_valid_span
from newsgraph.web.timex import readable

Row = dict[str, Any]
# Fact tables whose rows are highlighted in the body, in display order.
SPAN_TABLES = ("places", "entities", "quotes", "quantities", "times", "events", "checks")
LIST_LIMIT = 1000
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def fetch_all(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Rows of a query as dicts (column name -> value)."""
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The names of the tables in the database."""
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}


def stories_available(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """True once the story stage has assigned at least one article to a story."""
    if "story_articles" not in tables:
        return False
    return conn.execute("select 1 from story_articles limit 1").fetchone() is not None


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The column names of `table` (empty when it does not exist)."""
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


def _num(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _join(*parts: Any, sep: str = " · ") -> str:
    return sep.join(str(p) for p in parts if p not in (None, ""))


def _title(row: Row, table: str) -> str:
    """The hover text of one fact's highlight (plain text; escaped when rendered)."""
    conf = f"confidence {_num(row['confidence'])}" if row.get("confidence") is not None else ""
    if table == "places":
        where = _join(row.get("name"), row.get("admin1"), row.get("country"), sep=", ")
        return _join(f"Place: {where}", row.get("role"), conf)
    if table == "entities":
        return _join(f"{KIND_LABELS[entity_kind(row.get('type'))]}: {row.get('name')}", row.get("type"))
    if table == "quotes":
        return _join(f"Quote ({row.get('kind')}) by {speaker_label(row)}", conf)
    if table == "quantities":
        return _join(f"Number: {_num(row.get('value'))} {row.get('unit') or ''}".strip(), row.get("measures"), conf)
    if table == "times":
        return _join(f"Date: {readable(row.get('value'))}", row.get("value"), conf)
    if table == "events":
        return _join(f"Event: {row.get('type')}", event_summary(row), row.get("modality"), conf)
    return _join(f"Check ({row.get('kind')}): {row.get('verdict')}", row.get("computed"))


def speaker_label(row: Row) -> str:
    """Who a quote is attributed to: the resolved name, else the mention, else '(unattributed)'."""
    return row.get("speaker_name") or row.get("speaker_text") or "(unattributed)"


def event_summary(row: Row) -> str:
    """'actor → target in place on time' for an event row."""
    who = " → ".join(p for p in (row.get("actor"), row.get("target")) if p)
    where = f"in {row['place_name']}" if row.get("place_name") else ""
    when = f"· {readable(row['time_value'])}" if row.get("time_value") else ""
    return " ".join(p for p in (who, where, when) if p)


def _kind(table: str, row: Row) -> str:
    if table == "entities":
        return entity_kind(row.get("type"))
    return {"places": "place", "quotes": "quote", "quantities": "quantity",
            "times": "time", "events": "event", "checks": "check"}[table]


def highlights_for(facts: dict[str, list[Row]]) -> list[Highlight]:
    """One `Highlight` per stored fact row of the span tables."""
    return [
        Highlight(row["start"], row["end"], _kind(table, row), f"{table}:{row['id']}", _title(row, table))
        for table in SPAN_TABLES for row in facts.get(table, [])
    ]


def _article_facts(conn: sqlite3.Connection, article_id: str, tables: set[str]) -> dict[str, list[Row]]:
    return {
        table: fetch_all(conn, f"select * from [{table}] where article_id = ? order by start, id", [article_id])
        for table in SPAN_TABLES if table in tables
    }


def _extras(conn: sqlite3.Connection, article_id: str, table: str, tables: set[str]) -> list[Row]:
    if table not in tables:
        return []
    return fetch_all(conn, f"select * from [{table}] where article_id = ? order by position", [article_id])


def entity_groups(rows: list[Row]) -> list[Row]:
    """Entity mention rows grouped by entity: id, name, type, kind, mention count, texts."""
    groups: dict[str, Row] = {}
    for row in rows:
        key = row.get("entity_id") or row.get("name") or row["text"]
        group = groups.setdefault(key, {
            "entity_id": row.get("entity_id"), "name": row.get("name"), "type": row.get("type"),
            "kind": entity_kind(row.get("type")), "mentions": 0, "texts": [], "first": row["id"],
        })
        group["mentions"] += 1
        if row["text"] not in group["texts"]:
            group["texts"].append(row["text"])
    return sorted(groups.values(), key=lambda g: (-g["mentions"], str(g["name"])))


def map_points(places: list[Row]) -> list[Row]:
    """Distinct located places of an article, each with the mentions found there."""
    points: dict[tuple[float, float], Row] = {}
    for row in places:
        lat: Any = row.get("lat")
        lon: Any = row.get("lon")
        if not _is_coordinate(lat, lon):
            continue
        point = points.setdefault((lat, lon), {
            "lat": lat, "lon": lon, "name": row.get("name") or row["text"],
            "country": row.get("country"), "admin1": row.get("admin1"), "mentions": [],
        })
        point["mentions"].append({"fact": f"places:{row['id']}", "text": row["text"],
                                  "role": row.get("role"), "confidence": row.get("confidence")})
    return list(points.values())


def _is_coordinate(lat: Any, lon: Any) -> bool:
    numbers = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
    return numbers and -90 <= lat <= 90 and -180 <= lon <= 180


def article_data(conn: sqlite3.Connection, article_id: str) -> Optional[Row]:
    """Everything the article page shows, or None when there is no such article."""
    rows = fetch_all(conn, "select * from articles where id = ?", [article_id])
    if not rows:
        return None
    article = rows[0]
    tables = table_names(conn)
    facts = _article_facts(conn, article_id, tables)
    highlights = highlights_for(facts)
    body = article.get("body") or ""
    valid = [is_valid_span(h.start, h.end, len(body)) for h in highlights]
    shown = [h for h, ok in zip(highlights, valid) if ok]
    return {
        "article": article,
        "facts": facts,
        "entity_groups": entity_groups(facts.get("entities", [])),
        "highlights": [vars(h) for h in shown],
        "kind_counts": dict(Counter(h.kind for h in shown)),
        "fact_count": len(highlights),
        "unplaced_facts": [h.fact for h, ok in zip(highlights, valid) if not ok],
        "map_points": map_points(facts.get("places", [])),
        "furniture": _extras(conn, article_id, "furniture", tables),
        "related": _extras(conn, article_id, "related", tables),
        "stories": article_stories(conn, article_id, tables),
        "themes": _themes(conn, article_id, tables),
    }


def _themes(conn: sqlite3.Connection, article_id: str, tables: set[str]) -> list[Row]:
    """The article's themes, most mentioned first, with the words that put it there."""
    if "themes" not in tables:
        return []
    rows = fetch_all(conn, "select theme, text from themes where article_id = ? order by start", [article_id])
    groups: dict[str, Row] = {}
    for row in rows:
        group = groups.setdefault(row["theme"], {"theme": row["theme"], "mentions": 0, "words": []})
        group["mentions"] += 1
        if row["text"].lower() not in group["words"]:
            group["words"].append(row["text"].lower())
    return sorted(groups.values(), key=lambda g: (-g["mentions"], g["theme"]))


def _rows_where(conn: sqlite3.Connection, table: str, columns: Sequence[str], value: Any) -> list[Row]:
    present = [c for c in columns if c in table_columns(conn, table)]
    if not present:
        return []
    where = " or ".join(f"[{c}] = ?" for c in present)
    return fetch_all(conn, f"select * from [{table}] where {where} limit {LIST_LIMIT}", [value] * len(present))


def _story_ids(conn: sqlite3.Connection, article_id: str, tables: set[str]) -> list[Any]:
    if "story_articles" not in tables or "story_id" not in table_columns(conn, "story_articles"):
        return []
    rows = _rows_where(conn, "story_articles", ["article_id"], article_id)
    return list(dict.fromkeys(r["story_id"] for r in rows))


def _story_rows(conn: sqlite3.Connection, story_ids: list[Any], tables: set[str]) -> list[Row]:
    if "stories" not in tables or not story_ids:
        return []
    key = "id" if "id" in table_columns(conn, "stories") else "story_id"
    marks = ",".join("?" * len(story_ids))
    return fetch_all(conn, f"select * from stories where [{key}] in ({marks})", story_ids)


def story_members(conn: sqlite3.Connection, story_ids: list[Any]) -> list[Row]:
    """The articles of the given stories, with their titles, oldest first."""
    if not story_ids:
        return []
    marks = ",".join("?" * len(story_ids))
    return fetch_all(
        conn,
        "select sa.*, a.title as article_title, a.published as article_published "
        f"from story_articles sa left join articles a on a.id = sa.article_id "
        f"where sa.story_id in ({marks}) order by a.published, sa.article_id limit {LIST_LIMIT}",
        story_ids,
    )


def _by_id(conn: sqlite3.Connection, table: str, columns: str, ids: set[Any]) -> dict[Any, Row]:
    """Rows of `table` keyed by id, for the given ids, in one query."""
    ids.discard(None)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in fetch_all(conn, f"select id, {columns} from [{table}] where id in ({marks})", list(ids))}


def _add_titles(conn: sqlite3.Connection, rows: list[Row], keys: Sequence[str]) -> None:
    """Give each row a `<key>_title` for every article id it names (None when unknown)."""
    titles = _by_id(conn, "articles", "title", {row.get(key) for row in rows for key in keys})
    for row in rows:
        for key in keys:
            row[f"{key}_title"] = titles.get(row.get(key), {}).get("title")


def _add_story_titles(conn: sqlite3.Connection, rows: list[Row], tables: set[str]) -> None:
    """Give each related-story row the related story's title, first article and size."""
    columns = set(table_columns(conn, "stories")) if "stories" in tables else set()
    stories: dict[Any, Row] = {}
    if {"id", "title", "first_article_id", "article_count"} <= columns:
        stories = _by_id(conn, "stories", "title, first_article_id, article_count",
                         {row.get("related_story_id") for row in rows})
    for row in rows:
        story = stories.get(row.get("related_story_id"), {})
        row["related_title"] = story.get("title")
        row["related_first_article_id"] = story.get("first_article_id")
        row["related_article_count"] = story.get("article_count")


def article_stories(conn: sqlite3.Connection, article_id: str, tables: set[str]) -> Row:
    """The article's stories, fellow articles, duplicates and related stories (if stored)."""
    available = stories_available(conn, tables)
    story_ids = _story_ids(conn, article_id, tables)
    everyone = story_members(conn, story_ids)
    members = [m for m in everyone if m.get("article_id") != article_id]
    own = [m for m in everyone if m.get("article_id") == article_id]
    duplicates = []
    if "duplicates" in tables:
        duplicates = _rows_where(conn, "duplicates", ["article_id", "duplicate_of", "original_id"], article_id)
        _add_titles(conn, duplicates, ("article_id", "duplicate_of", "original_id"))
    related = []
    if "related_stories" in tables:
        related = _rows_where(conn, "related_stories", ["article_id"], article_id)
        if not related and story_ids:
            related = _rows_where(conn, "related_stories", ["story_id"], story_ids[0])
        _add_story_titles(conn, related, tables)
    return {
        "available": available, "stories": _story_rows(conn, story_ids, tables),
        "membership": own, "members": members, "duplicates": duplicates, "related": related,
    }


def index_data(conn: sqlite3.Connection, limit: int = LIST_LIMIT) -> Row:
    """The newest articles with their fact counts, and the total per table."""
    tables = table_names(conn)
    present = [t for t in SPAN_TABLES if t in tables]
    counts = "".join(
        f", (select count(*) from [{t}] f where f.article_id = a.id) as [{t}]" for t in present
    )
    articles = fetch_all(
        conn,
        "select a.id, a.title, a.published, a.url, a.word_count, a.status, a.language"
        f"{counts} from articles a order by a.published desc, a.id limit ?",
        [limit],
    )
    totals = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ["articles", *present]}
    themes = fetch_all(conn, "select theme, count(distinct article_id) as articles, count(*) as mentions "
                             "from themes group by theme order by articles desc, mentions desc, theme limit 12"
                       ) if "themes" in tables else []
    return {"articles": articles, "totals": totals, "fact_tables": present, "themes": themes,
            "stories_available": stories_available(conn, tables)}


def quotes_data(conn: sqlite3.Connection, speaker: str = "", limit: int = LIST_LIMIT) -> Row:
    """Quotes grouped by speaker (most quoted first); `speaker` filters by name (substring)."""
    where, params = "", []
    if speaker:
        where = "where coalesce(q.speaker_name, q.speaker_text, '') like ?"
        params = [f"%{speaker}%"]
    rows = fetch_all(
        conn,
        "select q.id, q.article_id, q.start, q.end, q.text, q.kind, q.confidence, q.cue_text, "
        "q.speaker_text, q.speaker_name, q.speaker_entity, a.title as article_title, "
        "a.published as article_published from quotes q join articles a on a.id = q.article_id "
        f"{where} order by a.published desc, q.article_id, q.start limit ?",
        [*params, limit],
    )
    groups: dict[str, Row] = {}
    for row in rows:
        key = row.get("speaker_entity") or speaker_label(row)
        group = groups.setdefault(key, {"speaker": speaker_label(row),
                                        "entity": row.get("speaker_entity"), "quotes": []})
        group["quotes"].append(row)
    speakers = sorted(groups.values(), key=lambda g: (-len(g["quotes"]), g["speaker"]))
    return {"speaker_filter": speaker, "quote_count": len(rows), "speakers": speakers}


def _with_titles(conn: sqlite3.Connection, table: str, where: str, params: list[Any], limit: int) -> list[Row]:
    if table not in table_names(conn):
        return []
    return fetch_all(
        conn,
        f"select f.*, a.title as article_title, a.published as article_published from [{table}] f "
        f"join articles a on a.id = f.article_id {where} "
        "order by a.published desc, f.article_id, f.start limit ?",
        [*params, limit],
    )


def claims_data(conn: sqlite3.Connection, article_id: str = "", limit: int = LIST_LIMIT) -> Row:
    """Numbers, dates and checked claims, newest articles first; optionally one article's."""
    where, params = ("where f.article_id = ?", [article_id]) if article_id else ("", [])
    checks = _with_titles(conn, "checks", where, params, limit)
    return {
        "article_filter": article_id,
        "quantities": _with_titles(conn, "quantities", where, params, limit),
        "times": _with_titles(conn, "times", where, params, limit),
        "checks": checks,
        "verdicts": dict(Counter(c.get("verdict") for c in checks)),
    }


def event_date(row: Row) -> tuple[str, str]:
    """The day an event is placed on the timeline and where that day comes from."""
    for key, source in (("time_value", "event"), ("article_published", "published")):
        match = ISO_DATE.match(str(row.get(key) or ""))
        if match:
            return match.group(0), source
    return "", "none"


def events_data(conn: sqlite3.Connection, limit: int = LIST_LIMIT) -> Row:
    """Events grouped by day, oldest first; undated events last."""
    rows = _with_titles(conn, "events", "", [], limit)
    days: dict[str, Row] = {}
    for row in rows:
        day, source = event_date(row)
        row["date_source"] = source
        row["summary"] = event_summary(row)
        days.setdefault(day, {"date": day or None, "events": []})["events"].append(row)
    ordered = sorted(days.values(), key=lambda d: (d["date"] is None, d["date"] or ""))
    for group in ordered:
        group["events"].sort(key=lambda r: (r.get("date_source") != "event", -(r.get("confidence") or 0)))
    return {"event_count": len(rows), "days": ordered,
            "types": dict(Counter(r.get("type") for r in rows).most_common())}


def stories_data(conn: sqlite3.Connection, limit: int = LIST_LIMIT) -> Row:
    """Stories with their articles (and duplicates), when the story tables exist."""
    tables = table_names(conn)
    if not stories_available(conn, tables):
        return {"available": False, "stories": [], "duplicates": []}
    stories = _all_stories(conn, tables, limit)
    members: dict[Any, list[Row]] = defaultdict(list)
    if "story_articles" in tables:
        for row in story_members(conn, [s["story_id"] for s in stories]):
            members[row["story_id"]].append(row)
    for story in stories:
        story["articles"] = members.get(story["story_id"], [])
    stories.sort(key=lambda s: (-len(s["articles"]), str(s["story_id"])))
    duplicates = fetch_all(conn, f"select * from duplicates limit {limit}") if "duplicates" in tables else []
    _add_titles(conn, duplicates, ("article_id", "duplicate_of", "original_id"))
    return {"available": True, "stories": stories, "duplicates": duplicates}


def _all_stories(conn: sqlite3.Connection, tables: set[str], limit: int) -> list[Row]:
    if "stories" in tables:
        key = "id" if "id" in table_columns(conn, "stories") else "story_id"
        rows = fetch_all(conn, f"select * from stories limit {limit}")
        return [{"story_id": r.get(key), "details": r} for r in rows]
    ids = conn.execute(f"select distinct story_id from story_articles limit {limit}").fetchall()
    return [{"story_id": r[0], "details": {}} for r in ids]


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word quoted, so user input is never FTS syntax."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words)


MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet with marker characters into (text, is_match) parts."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(re.split(f"[{MARK_OPEN}{MARK_CLOSE}]", snippet)):
        if chunk:
            parts.append((chunk, i % 2 == 1))
    return parts


def search_data(conn: sqlite3.Connection, q: str = "", limit: int = 50) -> Row:
    """Full-text search over titles and bodies (FTS5), best matches first."""
    query = fts_query(q)
    if not query or "articles_fts" not in table_names(conn):
        return {"q": q, "results": [], "fts": "articles_fts" in table_names(conn)}
    rows = fetch_all(
        conn,
        "select a.id, a.title, a.published, "
        f"snippet(articles_fts, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) as snippet "
        "from articles_fts join articles a on a.rowid = articles_fts.rowid "
        "where articles_fts match ? order by rank limit ?",
        [query, limit],
    )
    for row in rows:
        row["snippet_parts"] = snippet_parts(row.pop("snippet") or "")
        row["snippet"] = "".join(text for text, _ in row["snippet_parts"])
    return {"q": q, "results": rows, "fts": True}
