"""Ingest from URLs, URL lists, feeds (with --watch) and WARC files; refusals are one line
each and the run goes on; a second run fetches nothing it already has (issue 9)."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli import main
from newsgraph.store import open_db

from test_fetch import ARTICLE, Handler, server  # noqa: F401  (the local HTTP server fixture)


def ingest(*args: str):
    return CliRunner().invoke(main, ["ingest", *args, "--quiet", "--allow-private", "--delay", "0"],
                              catch_exceptions=False)


def test_url_list_with_refusals_goes_on_and_resumes_without_refetching(server, tmp_path):  # noqa: F811
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# today's links\n{server}/page.html\n{server}/image.png\n{server}/private/page.html\n")
    db_path = tmp_path / "t.db"
    result = ingest("--urls", str(urls), "--db", str(db_path), "--keep-html")
    assert result.exit_code == 1
    db = open_db(db_path)
    [article] = list(db["articles"].rows)
    assert article["title"] == "Bridge reopens in Lyon after repairs" and article["url"] == f"{server}/page.html"
    reasons = sorted(row["reason"] for row in db["errors"].rows)
    assert reasons == [f"{server}/image.png: content type image/png is not a news page or feed",
                       f"{server}/private/page.html: disallowed by {server}/robots.txt"]
    assert [p["url"] for p in db["pages"].rows] == [f"{server}/page.html"]
    hits = dict(Handler.hits)
    assert ingest("--urls", str(urls), "--db", str(db_path)).exit_code == 0
    assert Handler.hits == hits  # nothing fetched again
    assert db["articles"].count == 1 and db["errors"].count == 2


def test_feed_watch_ingests_only_new_items(server, tmp_path):  # noqa: F811
    db_path = tmp_path / "t.db"
    before = dict(Handler.hits)
    result = ingest("--feed", f"{server}/feed.xml", "--db", str(db_path), "--watch", "1", "--rounds", "2")
    assert result.exit_code == 0, result.output
    fetched = {k: v - before.get(k, 0) for k, v in Handler.hits.items()}
    assert fetched["/feed.xml"] == 2  # polled twice
    assert fetched["/to-page"] == 1  # each item fetched once, in the first round only
    db = open_db(db_path)
    # the second item redirects to the first page: the same article, stored once
    [article] = list(db["articles"].rows)
    assert article["url"] == f"{server}/page.html" and article["published"] == "2026-10-05"
    assert db.execute("select count(*) from journal where status = 'done'").fetchone()[0] == 2


def test_refused_private_address_without_allow_private(tmp_path):
    result = CliRunner().invoke(main, ["ingest", "http://127.0.0.1:9/x", "--db", str(tmp_path / "t.db"), "--quiet"])
    assert result.exit_code == 1
    [error] = list(open_db(tmp_path / "t.db")["errors"].rows)
    assert error["reason"] == ("refused http://127.0.0.1:9/x: 127.0.0.1 resolves to the non-public address "
                               "127.0.0.1 (use --allow-private to fetch from your own network)")


def write_warc(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, ctype in [("https://news.example/bridge", ARTICLE, "text/html; charset=utf-8"),
                                 ("https://news.example/logo.png", b"\x89PNG", "image/png")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_warc_html_responses_are_articles(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    result = CliRunner().invoke(main, ["ingest", str(warc), "--db", str(tmp_path / "t.db"), "--quiet"])
    assert result.exit_code == 0, result.output
    [article] = list(open_db(tmp_path / "t.db")["articles"].rows)
    assert article["url"] == "https://news.example/bridge"
    assert article["title"] == "Bridge reopens in Lyon after repairs"


def test_readers_work_while_an_ingest_writes(tmp_path):
    """The explorer opens the database read-only; WAL lets it read while ingest commits."""
    import sqlite3
    import threading

    from conftest import SAMPLES
    from newsgraph.ingest.run import ingest_paths

    db_path = tmp_path / "t.db"
    open_db(db_path)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (ingest_paths([str(SAMPLES)], db_path), done.set()))
    worker.start()
    reader = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
    counts = []
    while not done.is_set():
        counts.append(reader.execute("select count(*) from articles").fetchone()[0])
        reader.execute("select count(*) from places join articles on articles.id = places.article_id").fetchone()
    worker.join()
    counts.append(reader.execute("select count(*) from articles").fetchone()[0])
    assert counts == sorted(counts) and counts[-1] == 14
    assert len(set(counts)) > 2  # the reader saw the ingest in progress, not only before and after
