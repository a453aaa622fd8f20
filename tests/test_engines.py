"""The local and Spark engines write the same rows, with the store's columns, as Parquet."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.engines.parquet import read_rows
from newsgraph.store import open_db
from newsgraph.store.migrations import TABLES, table_columns

from conftest import SAMPLES

ARTICLES = 14  # 12 JSONL records + the scraped page + the HTML page


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The samples plus one bad JSONL line and one binary file: failures must be rows."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(SAMPLES, folder / "samples")
    (folder / "bad.jsonl").write_text('{"url": "https://x.example/1"}\n')
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 4)
    return folder


@pytest.fixture(scope="module")
def local_output(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "out"
    result = CliRunner().invoke(main, ["run", str(inputs), str(out)], catch_exceptions=False)
    assert result.exit_code == 1, result.output  # two inputs failed, as planted
    return out


def _comparable(output, table):
    rows = read_rows(output, table)
    if table == "errors":
        rows = [{**r, "at": None} for r in rows]
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def test_local_engine_writes_every_table_with_store_columns(local_output):
    for table in TABLES:
        rows = read_rows(local_output, table)
        for row in rows:
            assert list(row) == list(table_columns(table))
    assert len(read_rows(local_output, "articles")) == ARTICLES
    reasons = sorted(r["reason"] for r in read_rows(local_output, "errors"))
    assert reasons[0].startswith("bad JSONL record") and "looks binary" in reasons[1]


def test_load_parquet_into_sqlite_for_the_explorer(local_output, tmp_path):
    db_path = tmp_path / "loaded.db"
    result = CliRunner().invoke(main, ["load", str(local_output), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = open_db(db_path)
    assert db["articles"].count == ARTICLES
    assert db["places"].count == len(read_rows(local_output, "places")) > 0
    assert list(db["articles"].search("Rotterdam"))


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark (the spark extra) not installed")
def test_spark_local2_output_equals_local_engine(inputs, local_output, tmp_path):
    out = tmp_path / "spark"
    result = CliRunner().invoke(
        main, ["run", "--engine", "spark", "--master", "local[2]", str(inputs), str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 1, result.output
    for table in TABLES:
        assert _comparable(out, table) == _comparable(local_output, table), table


def test_stories_as_a_second_job_over_parquet(local_output):
    result = CliRunner().invoke(main, ["stories", str(local_output)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq

    story_of = {r["article_id"]: r["story_id"] for r in pq.read_table(local_output / "story_articles").to_pylist()}
    assert len(story_of) == ARTICLES
    urls = {r["id"]: r["url"] or "" for r in read_rows(local_output, "articles")}
    kherson = [aid for aid, url in urls.items() if "kherson" in url]
    assert len(kherson) == 2 and story_of[kherson[0]] == story_of[kherson[1]]
    copies = pq.read_table(local_output / "duplicates").to_pylist()
    republished = next(aid for aid, url in urls.items() if "german-carmaker" in url)
    assert [(c["article_id"], c["kind"]) for c in copies] == [(republished, "headline_only")]
