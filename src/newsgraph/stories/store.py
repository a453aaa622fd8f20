"""Stories in the SQLite store: tables, incremental updates and full rebuilds.

Reads the pipeline's `articles`, `entities`, `places` and `events` tables and writes:

- `stories(id, topic_id, title, first_article_id, first_published, last_published,
  article_count)`: one row per story; `topic_id` groups stories of the same thread.
- `story_articles(article_id, story_id, topic_id, similarity, new_story, seq)`.
- `duplicates(article_id, duplicate_of, kind, similarity, original_id)`: one row per copy;
  `kind` is exact | headline_only | light_edits | word_swap; `original_id` is the earliest
  copy of the group where dates allow.
- `related_stories(article_id, story_id, related_story_id, score, reason, entities,
  places, events)`: the related stories of each article and what they share (JSON lists).
- `story_state(key, value)`: the open index state (compressed JSON), so the next update
  assigns new articles without re-clustering.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Iterable, Iterator, Optional

import sqlite_utils

from newsgraph.stories.cluster import StoryConfig, StoryIndex
from newsgraph.stories.model import Assignment, StoryDoc
from newsgraph.stories.state import dump_state, load_state

STATE_KEY = "index"
BATCH = 500
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})  # entity types the places table already covers
TABLES: dict[str, tuple[dict[str, Any], Any]] = {
    "stories": ({"id": str, "topic_id": str, "title": str, "first_article_id": str,
                 "first_published": str, "last_published": str, "article_count": int}, "id"),
    "story_articles": ({"article_id": str, "story_id": str, "topic_id": str,
                        "similarity": float, "new_story": int, "seq": int}, "article_id"),
    "duplicates": ({"article_id": str, "duplicate_of": str, "kind": str, "similarity": float,
                    "original_id": str}, "article_id"),
    "related_stories": ({"article_id": str, "story_id": str, "related_story_id": str,
                         "score": float, "reason": str, "entities": str, "places": str,
                         "events": str}, ("article_id", "related_story_id")),
    "story_state": ({"key": str, "value": bytes}, "key"),
}
INDEXES = {"story_articles": [["story_id"], ["topic_id"]], "duplicates": [["original_id"]],
           "related_stories": [["story_id"], ["related_story_id"]], "stories": [["topic_id"]]}


def ensure_story_tables(db: sqlite_utils.Database) -> None:
    """Create the story tables and their indexes when missing (see the module docstring)."""
    for name, (columns, pk) in TABLES.items():
        if not db[name].exists():
            db.table(name).create(columns, pk=pk)
    for name, index_list in INDEXES.items():
        for cols in index_list:
            db.table(name).create_index(cols, if_not_exists=True)


def load_index(db: sqlite_utils.Database, config: StoryConfig | None = None) -> StoryIndex:
    """The saved open index of `db`, or a new empty one."""
    rows = list(db.query("select value from story_state where key = ?", [STATE_KEY]))
    return load_state(rows[0]["value"]) if rows else StoryIndex(config)


def save_index(db: sqlite_utils.Database, index: StoryIndex) -> None:
    """Save the open index state into `story_state`."""
    db.table("story_state").upsert({"key": STATE_KEY, "value": dump_state(index)}, pk="key")


def update_stories(db: sqlite_utils.Database, article_ids: list[str]) -> list[Assignment]:
    """Assign these articles (those not assigned yet) to stories, in published order.

    Loads their records from the pipeline's tables and the saved index state, writes the
    story rows, and saves the state again. Returns one `Assignment` per new article.
    """
    ensure_story_tables(db)
    done = assigned_ids(db, article_ids)
    todo = [a for a in dict.fromkeys(article_ids) if a not in done]
    if not todo:
        return []
    with db.conn:
        index = load_index(db)
        assignments = assign(db, index, load_docs(db, todo))
        save_index(db, index)
    return assignments


def rebuild_stories(db: sqlite_utils.Database, config: StoryConfig | None = None) -> int:
    """Clear the story tables and re-add every article in published order; returns the count."""
    ensure_story_tables(db)
    index = StoryIndex(config)
    count = 0
    with db.conn:
        for name in TABLES:
            db.execute(f"delete from [{name}]")
        for ids in batches(ordered_article_ids(db), BATCH):
            count += len(assign(db, index, load_docs(db, ids)))
        save_index(db, index)
    return count


def assigned_ids(db: sqlite_utils.Database, article_ids: list[str]) -> set[str]:
    """Which of `article_ids` already have a story."""
    found: set[str] = set()
    for ids in batches(article_ids, BATCH):
        marks = ",".join("?" * len(ids))
        sql = f"select article_id from story_articles where article_id in ({marks})"
        found.update(r["article_id"] for r in db.query(sql, ids))
    return found


def ordered_article_ids(db: sqlite_utils.Database) -> Iterator[str]:
    """Every analysed article id, oldest first (undated last, then by id)."""
    where = "where status is null or status = 'ok'" if "status" in db["articles"].columns_dict else ""
    sql = (f"select id from articles {where} "
           "order by published is null, published, id")
    for row in db.query(sql):
        yield row["id"]


def batches(items: Iterable[str], size: int) -> Iterator[list[str]]:
    """`items` in lists of at most `size`."""
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_docs(db: sqlite_utils.Database, article_ids: list[str]) -> list[StoryDoc]:
    """`StoryDoc`s of these articles from the pipeline's tables, oldest first."""
    marks = ",".join("?" * len(article_ids))
    sql = f"select id, title, body, published from articles where id in ({marks})"
    rows = list(db.query(sql, article_ids))
    facts = {kind: facts_by_article(db, kind, article_ids)
             for kind in ("entities", "places", "events")}
    docs = [StoryDoc(r["id"], r["title"], r["body"] or "", r["published"],
                     facts["entities"].get(r["id"], []), facts["places"].get(r["id"], []),
                     facts["events"].get(r["id"], [])) for r in rows]
    docs.sort(key=lambda d: (d.published is None, d.published or "", d.id))
    return docs


def facts_by_article(db: sqlite_utils.Database, table: str,
                     article_ids: list[str]) -> dict[str, list[str]]:
    """Entity ids, place keys or event keys per article, one per mention."""
    if not db[table].exists():
        return {}
    columns = db[table].columns_dict
    marks = ",".join("?" * len(article_ids))
    found: dict[str, list[str]] = defaultdict(list)
    for row in db.query(f"select * from [{table}] where article_id in ({marks})", article_ids):
        key = fact_key(table, row, columns)
        if key:
            found[row["article_id"]].append(key)
    return found


def fact_key(table: str, row: dict, columns: dict) -> Optional[str]:
    """The feature key of one fact row: entity id, GeoNames id or place name, event key.

    Place-like entities (GPE, LOC, FAC) are left to the places table, as in the ECB+
    evaluation: counted twice, a shared country outweighs what the stories are about.
    """
    if table == "entities":
        if row.get("type") in PLACE_TYPES:
            return None
        return row.get("entity_id") or None
    if table == "places":
        if row.get("geonameid") is not None:
            return str(row["geonameid"])
        name = row.get("name") or row.get("text")
        return str(name).lower() if name else None
    target = row.get("target") if "target" in columns else None
    return f"{row['type']}:{target}" if target else row.get("type")


def assign(db: sqlite_utils.Database, index: StoryIndex, docs: list[StoryDoc]) -> list[Assignment]:
    """Add `docs` to the index and write what it decided."""
    assignments = []
    for doc in docs:
        assignment = index.add(doc)
        write_assignment(db, index, doc, assignment)
        assignments.append(assignment)
    return assignments


def write_assignment(db: sqlite_utils.Database, index: StoryIndex, doc: StoryDoc,
                     a: Assignment) -> None:
    """Write one article's story, copy and related rows, and follow any merges."""
    apply_merges(db, a)
    db.table("story_articles").upsert({"article_id": doc.id, "story_id": a.story_id,
                                 "topic_id": a.topic_id, "similarity": a.similarity,
                                 "new_story": int(a.new_story), "seq": index.seq},
                                pk="article_id")
    if a.duplicate_of:
        write_duplicate(db, doc.id, a)
    names = fact_names(db, doc.id) if a.related else {}
    for rel in a.related:
        db.table("related_stories").upsert({
            "article_id": doc.id, "story_id": a.story_id, "related_story_id": rel.story_id,
            "score": rel.score, "reason": rel.describe(names), "entities": json.dumps(rel.entities),
            "places": json.dumps(rel.places), "events": json.dumps(rel.events)},
            pk=("article_id", "related_story_id"))
    refresh_story(db, a.story_id, a.topic_id)


def fact_names(db: sqlite_utils.Database, article_id: str) -> dict[str, str]:
    """Entity ids and GeoNames ids of one article mapped to the names it uses for them."""
    names: dict[str, str] = {}
    for table, key in (("entities", "entity_id"), ("places", "geonameid")):
        if db[table].exists():
            sql = f"select {key} as id, name from [{table}] where article_id = ? and name is not null"
            for row in db.query(sql, [article_id]):
                names.setdefault(str(row["id"]), row["name"])
    return names


def write_duplicate(db: sqlite_utils.Database, article_id: str, a: Assignment) -> None:
    """Record a copy; when it is the earliest dated copy, it becomes the group's original."""
    original = a.original_id or a.duplicate_of
    row = db.execute("select original_id from duplicates where article_id = ?",
                     [a.duplicate_of]).fetchone()
    previous = row[0] if row else a.duplicate_of
    db.execute("update duplicates set original_id = ? where original_id = ?",
               [original, previous])
    copy = {"kind": a.duplicate_kind, "similarity": a.duplicate_similarity,
            "original_id": original}
    db.table("duplicates").upsert({"article_id": article_id, "duplicate_of": a.duplicate_of, **copy},
                            pk="article_id")
    if original == article_id and row is None:
        db.table("duplicates").upsert({"article_id": a.duplicate_of, "duplicate_of": article_id,
                                 **copy}, pk="article_id")


def apply_merges(db: sqlite_utils.Database, a: Assignment) -> None:
    """Relabel the rows of stories and topics this article's arrival merged."""
    for gone, kept in a.merged:
        db.execute("update story_articles set story_id = ? where story_id = ?", [kept, gone])
        db.execute("update related_stories set story_id = ? where story_id = ?", [kept, gone])
        db.execute("update related_stories set related_story_id = ? "
                   "where related_story_id = ?", [kept, gone])
        db.execute("delete from related_stories where story_id = related_story_id")
        db.execute("delete from stories where id = ?", [gone])
    for gone, kept in a.topic_merged:
        db.execute("update story_articles set topic_id = ? where topic_id = ?", [kept, gone])
        db.execute("update stories set topic_id = ? where topic_id = ?", [kept, gone])


def refresh_story(db: sqlite_utils.Database, story_id: str, topic_id: str) -> None:
    """Recompute a story's row from its articles."""
    sql = ("select a.id, a.title, a.published from story_articles s join articles a "
           "on a.id = s.article_id where s.story_id = ? "
           "order by a.published is null, a.published, s.seq")
    rows = list(db.query(sql, [story_id]))
    dated = [r["published"] for r in rows if r["published"]]
    db.table("stories").upsert({
        "id": story_id, "topic_id": topic_id,
        "title": next((r["title"] for r in rows if r["title"]), None),
        "first_article_id": rows[0]["id"] if rows else None,
        "first_published": min(dated) if dated else None,
        "last_published": max(dated) if dated else None,
        "article_count": len(rows)}, pk="id")
