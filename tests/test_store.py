"""The SQLite store: migrations, one transaction per article, no-op on repeats, FTS, WAL."""

from __future__ import annotations

import json

from newsgraph import store
from newsgraph.model import Article, Place, PlaceMention, Quote, Span, Speaker
from newsgraph.store import open_db, save_article, save_failure
from newsgraph.store.migrations import MIGRATIONS


def make_article(body: str = "Talks in Geneva failed, the minister said.") -> Article:
    geneva = Place(2660646, "Geneva", "P.PPLA", "CH", "GE", 46.20222, 6.14569, 183981)
    return Article(
        id="a1", body=body, title="Talks fail", published="2026-02-20",
        places=[PlaceMention(9, 15, "Geneva", geneva, role="event_location", confidence=0.9)],
        quotes=[Quote(0, 21, body[:21], "indirect", cue=Span(37, 41, "said"),
                      speaker=Speaker(23, 35, "the minister", name="Anna Berg", entity="person:anna-berg"),
                      confidence=0.7)],
        metadata={"raw_hash": "abc", "source": "test"},
    )


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "t.db"
    db = open_db(path)
    names = [row["name"] for row in db["_migrations"].rows]
    assert names == [fn.__name__ for fn in MIGRATIONS]
    open_db(path)  # again: nothing re-applied
    assert open_db(path)["_migrations"].count == len(MIGRATIONS)
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_save_article_writes_facts_with_spans(tmp_path):
    db = open_db(tmp_path / "t.db")
    assert save_article(db, make_article()) is True
    [place] = list(db["places"].rows)
    assert (place["article_id"], place["start"], place["end"]) == ("a1", 9, 15)
    assert place["geonameid"] == 2660646 and place["role"] == "event_location"
    [quote] = list(db["quotes"].rows)
    assert quote["speaker_name"] == "Anna Berg" and quote["cue_text"] == "said"
    assert json.loads(db["articles"].get("a1")["metadata"])["raw_hash"] == "abc"


def test_same_article_again_is_a_no_op(tmp_path):
    db = open_db(tmp_path / "t.db")
    save_article(db, make_article())
    assert save_article(db, make_article()) is False
    assert db["places"].count == 1 and db["articles"].count == 1


def test_new_pipeline_version_replaces_rows(tmp_path, monkeypatch):
    db = open_db(tmp_path / "t.db")
    save_article(db, make_article())
    monkeypatch.setattr(store, "PIPELINE_VERSION", "9.9.9")
    assert save_article(db, make_article()) is True
    assert db["places"].count == 1
    assert db["articles"].get("a1")["pipeline_version"] == "9.9.9"


def test_full_text_search_over_title_and_body(tmp_path):
    db = open_db(tmp_path / "t.db")
    save_article(db, make_article())
    hits = list(db["articles"].search("Geneva"))
    assert [h["id"] for h in hits] == ["a1"]


def test_failures_are_rows_with_reasons(tmp_path):
    db = open_db(tmp_path / "t.db")
    save_failure(db, "x.txt", "input is empty: nothing to analyse", "h1")
    [row] = list(db["errors"].rows)
    assert row["reason"] == "input is empty: nothing to analyse" and row["raw_hash"] == "h1"
