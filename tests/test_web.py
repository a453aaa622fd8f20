"""The explorer (Datasette + our plugin) through Datasette's in-process client.

The test database is built by hand from `tests/data/web/articles.json` (facts located by
their text, so the fixture stays readable); it does not depend on the NLP pipeline.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Optional

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import (
    Article, Check, Entity, Event, Furniture, Mention, Place, PlaceMention, Quantity, Quote,
    Related, Span, Speaker, ThemeMention, TimeExpression, Tone,
)
from newsgraph.store import open_db, save_article
from newsgraph.web import make_datasette
from newsgraph.web.data import SPAN_TABLES, fts_query, snippet_parts
from newsgraph.web.highlight import Highlight, render_body

FIXTURES = Path(__file__).parent / "data" / "web" / "articles.json"
SAMPLE_ID = "kherson-depot"
INJECTION_ID = "injection<script>"


# ---------------------------------------------------------------- fixture builders

def locate(body: str, text: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of `text` in `body`."""
    start = -1
    for _ in range(nth + 1):
        start = body.find(text, start + 1)
        if start < 0:
            raise ValueError(f"{text!r} (occurrence {nth}) is not in the body")
    return Span(start, start + len(text), text)


def _places(body: str, specs: list[dict[str, Any]]) -> list[PlaceMention]:
    out = []
    for p in specs:
        span = locate(body, p["text"], p.get("nth", 0))
        out.append(PlaceMention(span.start, span.end, span.text, Place(**p["place"]), role=p["role"],
                                confidence=p["confidence"], kind=p.get("kind", "toponym")))
    return out


def _quotes(body: str, specs: list[dict[str, Any]]) -> list[Quote]:
    out = []
    for q in specs:
        span = locate(body, q["text"])
        cue = locate(body, q["cue"], q.get("cue_nth", 0)) if q.get("cue") else None
        s = q["speaker"]
        who = locate(body, s["text"])
        speaker = Speaker(who.start, who.end, who.text, name=s.get("name"), entity=s.get("entity"))
        out.append(Quote(span.start, span.end, span.text, q["kind"], cue=cue, speaker=speaker,
                         confidence=q["confidence"]))
    return out


def _spanned(body: str, cls: type, specs: list[dict[str, Any]]) -> list[Any]:
    out = []
    for spec in specs:
        fields = {k: v for k, v in spec.items() if k not in ("text", "nth")}
        span = locate(body, spec["text"], spec.get("nth", 0))
        out.append(cls(span.start, span.end, span.text, **fields))
    return out


def _events(body: str, specs: list[dict[str, Any]], places: list[PlaceMention],
            times: list[TimeExpression]) -> list[Event]:
    out = []
    for e in specs:
        fields = {k: v for k, v in e.items() if k not in ("evidence", "place", "time")}
        out.append(Event(
            **fields, evidence=[locate(body, text) for text in e["evidence"]],
            place=places[e["place"]] if "place" in e else None,
            time=times[e["time"]] if "time" in e else None,
        ))
    return out


def build_article(spec: dict[str, Any]) -> Article:
    """An `Article` from a fixture spec whose facts are given by their text."""
    body = spec["body"]
    places = _places(body, spec["places"])
    times = _spanned(body, TimeExpression, spec["times"])
    entities = [
        Entity(e["id"], e["name"], e["type"], [Mention(*vars(locate(body, m)).values()) for m in e["mentions"]])
        for e in spec["entities"]
    ]
    checks = [
        Check(locate(body, c["claim"]), c["kind"], c["computed"], c["verdict"], stated=c.get("stated"))
        for c in spec["checks"]
    ]
    return Article(
        id=spec["id"], body=body, url=spec["url"], title=spec["title"], published=spec["published"],
        language=spec["language"], furniture=[Furniture(**f) for f in spec["furniture"]],
        related=[Related(**r) for r in spec["related"]], entities=entities, places=places,
        quotes=_quotes(body, spec["quotes"]), quantities=_spanned(body, Quantity, spec["quantities"]),
        times=times, events=_events(body, spec["events"], places, times), checks=checks,
        tone=Tone(**spec["tone"]) if "tone" in spec else None,
        themes=_spanned(body, ThemeMention, spec.get("themes", [])),
    )


def fixture_articles() -> list[Article]:
    return [build_article(spec) for spec in json.loads(FIXTURES.read_text(encoding="utf-8"))]


def build_demo_db(path: Path) -> Path:
    """A newsgraph database holding the fixture articles; returns its path."""
    db = open_db(path)
    for article in fixture_articles():
        save_article(db, article)
    db.conn.close()
    return path


def add_story_tables(path: Path) -> None:
    """Story rows in the story stage's own tables (created by the store's migrations)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("insert into stories (id, title, article_count) values ('s1', 'Strikes on Ukrainian infrastructure', 2)")
        conn.execute("insert into stories (id, title, article_count) values ('s2', 'Rotterdam port strike', 1)")
        conn.executemany("insert into story_articles (story_id, article_id) values (?, ?)",
                         [("s1", SAMPLE_ID), ("s1", INJECTION_ID), ("s2", "rotterdam-strike")])
        conn.execute("insert into duplicates (article_id, duplicate_of, kind, similarity) "
                     f"values ('{INJECTION_ID}', '{SAMPLE_ID}', 'light_edits', 0.91)")
        conn.execute("insert into related_stories (article_id, story_id, related_story_id, score, reason) "
                     f"values ('{SAMPLE_ID}', 's1', 's2', 0.2, 'shared places: Europe')")
    conn.close()


def stored_fact_count(path: Path, article_id: str) -> int:
    """Rows stored for one article across the highlighted fact tables."""
    conn = sqlite3.connect(path)
    total = sum(conn.execute(f"select count(*) from [{t}] where article_id = ?", [article_id]).fetchone()[0]
                for t in SPAN_TABLES)
    conn.close()
    return total


# ---------------------------------------------------------------- client fixture

class Client:
    """Datasette's in-process client driven from synchronous tests on one event loop."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self.ds = make_datasette(db_path)
        self.loop = asyncio.new_event_loop()
        self.db_name = db_path.stem

    def get(self, path: str) -> Any:
        return self.loop.run_until_complete(self.ds.client.get(path))

    def json(self, path: str) -> Any:
        response = self.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    def close(self) -> None:
        self.loop.close()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_db(tmp_path_factory.mktemp("web") / "demo.db")


@pytest.fixture(scope="module")
def client(demo_path: Path):
    c = Client(demo_path)
    yield c
    c.close()


@pytest.fixture(scope="module")
def story_client(tmp_path_factory: pytest.TempPathFactory):
    path = build_demo_db(tmp_path_factory.mktemp("stories") / "stories.db")
    add_story_tables(path)
    c = Client(path)
    yield c
    c.close()


def count_kinds(html: str) -> int:
    return len(re.findall(r'<span class="hl [^"]*" id="[^"]*" data-kind="', html))


# ---------------------------------------------------------------- highlighting

def test_render_body_nests_and_reopens_crossing_spans() -> None:
    body = 'He said "Kyiv is <b>safe</b>" today.'
    quote = Highlight(8, 29, "quote", "quotes:1", 'by "x"')
    place = Highlight(9, 13, "place", "places:1")
    event = Highlight(3, 20, "event", "events:1")  # crosses the quote
    html = str(render_body(body, [quote, place, event]))
    assert html.count("data-kind=") == 3
    assert '<span class="hl k-quote hl-cont" data-cont="quotes:1">safe&lt;/b&gt;&#34;</span>' in html
    assert 'title="by &#34;x&#34;"' in html
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') == body


def test_render_body_leaves_out_spans_outside_the_body() -> None:
    html = str(render_body("short", [Highlight(0, 5, "time", "times:1"), Highlight(3, 99, "place", "places:2"),
                                     Highlight(4, 4, "place", "places:3")]))
    assert html.count("data-kind=") == 1
    assert 'data-fact="times:1"' in html


def test_fts_query_quotes_every_word_and_snippets_split_on_markers() -> None:
    assert fts_query('drone "strike" OR <script>') == '"drone" "strike" "OR" "script"'
    assert fts_query('"><') == ""
    assert snippet_parts("a \x02drone\x03 strike") == [("a ", False), ("drone", True), (" strike", False)]


# ---------------------------------------------------------------- pages and JSON

def test_index_lists_articles_with_fact_counts(client: Client) -> None:
    html = client.get("/-/newsgraph").text
    assert "Drone strike sets fuel depot ablaze" in html
    data = client.json("/-/newsgraph.json")
    assert data["totals"]["articles"] == 3
    by_id = {a["id"]: a for a in data["articles"]}
    assert by_id[SAMPLE_ID]["places"] == 7
    assert by_id[SAMPLE_ID]["quotes"] == 3
    assert data["stories_available"] is False
    assert data["themes"][0] == {"theme": "ARMEDCONFLICT", "articles": 1, "mentions": 2}
    assert 'theme=ARMEDCONFLICT"><code>ARMEDCONFLICT</code></a> 1' in html
    assert 'href="/-/newsgraph.json"' in html
    assert client.get("/-/newsgraph/").status_code == 200


def test_article_page_highlights_one_element_per_fact(client: Client) -> None:
    response = client.get(f"/-/newsgraph/article/{SAMPLE_ID}")
    assert response.status_code == 200
    html = response.text
    expected = stored_fact_count(client.path, SAMPLE_ID)
    assert expected == 7 + 5 + 3 + 7 + 3 + 3 + 1
    assert count_kinds(html) == expected
    assert 'data-fact="places:' in html and 'data-kind="person"' in html and 'data-kind="org"' in html
    assert "Removed page furniture (1)" in html
    assert ">tone -2.5</span>" in html
    themes = html.split('id="ng-themes"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r"<code>(\w+)</code> (\d+)", themes) == [("ARMEDCONFLICT", "2"), ("KILL", "1"), ("NEGOTIATIONS", "1")]
    assert "drone strike, front line" in themes
    assert "Grain corridor ships resume sailing from Odesa" in html
    assert "This database has no story tables yet" in html
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_article_json_matches_the_page(client: Client) -> None:
    data = client.json(f"/-/newsgraph/article/{SAMPLE_ID}.json")
    assert data["article"]["id"] == SAMPLE_ID
    assert data["fact_count"] == len(data["highlights"]) == stored_fact_count(client.path, SAMPLE_ID)
    assert data["kind_counts"] == {"place": 7, "person": 1, "org": 2, "group": 1, "entity": 1, "quote": 3,
                                   "quantity": 7, "time": 3, "event": 3, "check": 1}
    names = sorted(p["name"] for p in data["map_points"])
    assert names == ["Dnieper", "Istanbul", "Kherson", "Kherson Oblast", "Ukraine"]
    kherson = next(p for p in data["map_points"] if p["name"] == "Kherson")
    assert [m["text"] for m in kherson["mentions"]] == ["KHERSON", "Kherson"]
    assert [q["speaker_name"] for q in data["facts"]["quotes"]][0] == "Oleksandr Prokudin"
    assert data["stories"]["available"] is False


def test_place_inside_quote_is_nested(client: Client) -> None:
    html = client.get(f"/-/newsgraph/article/{SAMPLE_ID}").text
    quote = re.search(r'data-fact="quotes:(\d+)"[^>]*>its forces had struck(.*?)overnight', html, re.S)
    assert quote, "the indirect quote is highlighted"
    assert 'data-kind="place"' in quote.group(2)


def test_missing_article_is_404_in_html_and_json(client: Client) -> None:
    assert client.get("/-/newsgraph/article/nope").status_code == 404
    response = client.get("/-/newsgraph/article/nope.json")
    assert response.status_code == 404
    assert response.json()["ok"] is False
    assert "nope" in response.json()["error"]


def test_quotes_grouped_by_speaker(client: Client) -> None:
    data = client.json("/-/newsgraph/quotes.json")
    speakers = {s["speaker"]: len(s["quotes"]) for s in data["speakers"]}
    assert speakers["Oleksandr Prokudin"] == 2 and speakers["Niek Stam"] == 2
    assert data["quote_count"] == 7
    only = client.json("/-/newsgraph/quotes.json?speaker=Stam")
    assert [s["speaker"] for s in only["speakers"]] == ["Niek Stam"]
    html = client.get("/-/newsgraph/quotes?speaker=Stam").text
    assert "We will not be replaced by software" in html and "Prokudin" not in html


def test_claims_lists_numbers_dates_and_checks(client: Client) -> None:
    data = client.json("/-/newsgraph/claims.json")
    assert len(data["quantities"]) == 7 + 5 + 1
    assert len(data["times"]) == 3 + 4 + 1
    assert data["verdicts"] == {"unknown": 2}
    one = client.json(f"/-/newsgraph/claims.json?article={SAMPLE_ID}")
    assert {q["article_id"] for q in one["quantities"]} == {SAMPLE_ID}
    page = client.get("/-/newsgraph/claims")
    assert page.status_code == 200
    times = [t for t in data["times"] if t["value"] == "2026-03-13"]
    assert times and "<td>13 March 2026</td><td>2026-03-13</td>" in page.text


def test_events_timeline_orders_days(client: Client) -> None:
    data = client.json("/-/newsgraph/events.json")
    assert data["event_count"] == 5
    dates = [d["date"] for d in data["days"]]
    assert dates == sorted(dates)
    first = data["days"][0]
    assert first["date"] == "2026-03-13"
    assert first["events"][0]["date_source"] == "event"
    assert "RUS → UKR" in first["events"][0]["summary"]
    assert first["events"][0]["summary"].endswith("· 13 March 2026")
    assert "2026-03-13" in client.get("/-/newsgraph/events").text


def test_stories_view_degrades_without_story_tables(client: Client) -> None:
    assert client.json("/-/newsgraph/stories.json") == {"available": False, "stories": [], "duplicates": []}
    assert "no story tables yet" in client.get("/-/newsgraph/stories").text


def test_stories_shown_when_tables_exist(story_client: Client) -> None:
    data = story_client.json("/-/newsgraph/stories.json")
    assert [s["story_id"] for s in data["stories"]] == ["s1", "s2"]
    assert {a["article_id"] for a in data["stories"][0]["articles"]} == {SAMPLE_ID, INJECTION_ID}
    article = story_client.json(f"/-/newsgraph/article/{SAMPLE_ID}.json")["stories"]
    assert [m["article_id"] for m in article["members"]] == [INJECTION_ID]
    assert article["duplicates"][0]["kind"] == "light_edits"
    assert article["related"][0]["related_story_id"] == "s2"
    assert article["related"][0]["related_title"] == "Rotterdam port strike"
    html = story_client.get(f"/-/newsgraph/article/{SAMPLE_ID}").text
    assert "Other articles in this story" in html and "Republications and copies" in html
    related = html.split("<h3>Related stories</h3>", 1)[1].split("</ul>", 1)[0]
    assert "Rotterdam port strike" in related and "score 0." in related
    assert "light edits" in html and "<dt>seq</dt>" not in html
    page = story_client.get("/-/newsgraph/stories").text
    assert "<h2>Strikes on Ukrainian infrastructure" in page and "light edits" in page
    assert "<dt>first_article_id</dt>" not in page


def test_search_finds_articles_with_marked_snippets(client: Client) -> None:
    data = client.json("/-/newsgraph/search.json?q=drones")
    assert [r["id"] for r in data["results"]][0] == SAMPLE_ID
    assert any(hit for _, hit in data["results"][0]["snippet_parts"])
    html = client.get("/-/newsgraph/search?q=Rotterdam").text
    assert "<mark>Rotterdam</mark>" in html
    assert client.get("/-/newsgraph/search?q=%22%3E%3Cscript%3E").status_code == 200


@pytest.mark.parametrize("table", ["articles", "places", "events", "quotes", "entities", "quantities",
                                   "times", "checks", "furniture", "related"])
def test_datasette_table_pages_render(client: Client, table: str) -> None:
    response = client.get(f"/{client.db_name}/{table}")
    assert response.status_code == 200
    assert "<script>window.__pwned" not in response.text


@pytest.mark.parametrize("query", ["quotes_by_speaker?speaker=Stam", "claims", "events_timeline", "places_map"])
def test_canned_queries_run(client: Client, query: str) -> None:
    response = client.get(f"/{client.db_name}/{query}")
    assert response.status_code == 200, response.text[:300]
    rows = client.json(f"/{client.db_name}/{query.replace('?', '.json?', 1) if '?' in query else query + '.json'}")
    assert rows["rows"]


def test_cluster_map_uses_local_tiles(client: Client) -> None:
    html = client.get(f"/{client.db_name}/places").text
    assert "datasette-cluster-map.js" in html
    assert 'DATASETTE_CLUSTER_MAP_TILE_LAYER = "/-/tiles/basemap/{z}/{x}/{y}.png"' in html
    assert "openstreetmap.org" not in html
    tile = client.get("/-/tiles/basemap/0/0/0.png")
    assert tile.status_code == 200 and tile.headers["content-type"] == "image/png"


def test_articles_table_links_to_article_pages(client: Client) -> None:
    html = client.get(f"/{client.db_name}/articles").text
    assert f'<a href="/-/newsgraph/article/{SAMPLE_ID}">Drone strike sets fuel depot ablaze' in html
    assert '<a href="/-/newsgraph/article/injection%3Cscript%3E">&lt;script&gt;window.__pwned' in html


def test_json_columns_render_on_a_line(client: Client) -> None:
    html = client.get(f"/{client.db_name}/events").text
    assert "<pre>" not in html and '"start":' not in html
    assert re.search(r'<span class="ng-note">\[\d+–\d+\]</span>', html)


def test_database_is_served_read_only(client: Client) -> None:
    db = client.ds.get_database(client.db_name)

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("delete from articles")

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        client.loop.run_until_complete(db.execute_fn(write))
    response = client.get(f"/{client.db_name}.json?sql=delete+from+articles")
    assert response.status_code == 400


def test_make_datasette_refuses_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="database not found"):
        make_datasette(tmp_path / "missing.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.close()
    with pytest.raises(StoreError, match="no articles table"):
        make_datasette(other)


def test_serve_db_binds_localhost_by_default(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from newsgraph.web import serve_db

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    serve_db(demo_path)
    serve_db(demo_path, host="0.0.0.0", port=9000)
    assert (calls[0]["host"], calls[0]["port"]) == ("127.0.0.1", 8001)
    assert (calls[1]["host"], calls[1]["port"]) == ("0.0.0.0", 9000)


# ---------------------------------------------------------------- injection

class TagCollector(HTMLParser):
    """Every start tag of a page with its attributes, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _assert_inert(html: str) -> None:
    """The page shows the injection text but holds no element or attribute made from it."""
    assert "window.__pwned" in html, "the injection text is shown"
    parser = TagCollector()
    parser.feed(html)
    tags = parser.tags
    scripts = [a for t, a in tags if t == "script"]
    assert all(a.get("type") == "application/json" or a.get("src", "").startswith("/-/") for a in scripts)
    assert not [t for t, _ in tags if t in ("img", "svg", "iframe", "object", "embed", "b", "i")]
    assert not [(t, k) for t, a in tags for k in a if k.startswith("on")]
    assert not [a for _, a in tags if a.get("href", "").strip().lower().startswith("javascript:")]
    assert not [a for _, a in tags if a.get("data-kind") == "fake"]


@pytest.mark.parametrize("path", [
    "/-/newsgraph/article/injection%3Cscript%3E", "/-/newsgraph", "/-/newsgraph/quotes",
    "/-/newsgraph/claims", "/-/newsgraph/events", "/-/newsgraph/search?q=Officials",
])
def test_injection_text_is_escaped_everywhere(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    _assert_inert(response.text)


def test_injection_article_counts_and_map_data_are_safe(client: Client) -> None:
    html = client.get("/-/newsgraph/article/injection%3Cscript%3E").text
    assert count_kinds(html) == stored_fact_count(client.path, INJECTION_ID)
    assert 'data-kind=&#34;fake&#34;' in html
    assert 'href="/-/newsgraph/article/injection%3Cscript%3E.json"' in html
    map_json = re.search(r'<script type="application/json" id="ng-map-data">(.*?)</script>', html, re.S)
    assert map_json and "<" not in map_json.group(1)
    points = json.loads(map_json.group(1))
    assert "</script><script>window.__pwned='json'</script>" in [p["name"] for p in points]


def test_injection_article_json_keeps_the_raw_text(client: Client) -> None:
    data = client.json("/-/newsgraph/article/injection%3Cscript%3E.json")
    assert data["article"]["title"].startswith("<script>")
    assert data["fact_count"] == stored_fact_count(client.path, INJECTION_ID)


def test_every_page_renders_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    open_db(path).conn.close()
    c = Client(path)
    try:
        for page in ("", "/quotes", "/claims", "/events", "/stories", "/search?q=anything"):
            assert c.get(f"/-/newsgraph{page}").status_code == 200, page
            assert c.get(f"/-/newsgraph{page.replace('?', '.json?') if '?' in page else page + '.json'}").status_code == 200
        assert c.json("/-/newsgraph/search.json?q=anything")["results"] == []
    finally:
        c.close()


# ---------------------------------------------------------------- the bundled demo database

DEMO_VIEWS = ["/-/newsgraph", "/-/newsgraph/quotes", "/-/newsgraph/claims", "/-/newsgraph/events",
              "/-/newsgraph/stories", "/-/newsgraph/search?q=port"]


def test_every_view_renders_the_bundled_demo_database(sample_db: Path) -> None:
    """The samples as `make demo` ingests them: every view, and every article page with one
    highlighted element per stored fact."""
    client = Client(sample_db)
    try:
        for path in DEMO_VIEWS:
            assert client.get(path).status_code == 200, path
            assert client.get(path.replace("?", ".json?", 1) if "?" in path else path + ".json").status_code == 200
        assert client.json("/-/newsgraph/stories.json")["available"] is True
        ids = [row[0] for row in sqlite3.connect(sample_db).execute("select id from articles")]
        assert len(ids) == 14
        for article_id in ids:
            html = client.get(f"/-/newsgraph/article/{article_id}").text
            assert count_kinds(html) == stored_fact_count(sample_db, article_id), article_id
    finally:
        client.close()
