"""End to end: the explorer served over HTTP and driven by headless Chromium.

Uses Debian's Chromium through Playwright (`executable_path`, no browser download).
Skips with the reason when Playwright or a Chromium binary is missing. Screenshots go
to `test-output/` at the repository root.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest

from test_web import INJECTION_ID, SAMPLE_ID, build_demo_db, stored_fact_count

OUTPUT = Path(__file__).resolve().parents[1] / "test-output"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-quic", "--disable-sync", "--disable-dev-shm-usage",
]
HOOK_ALERTS = """
window.__alerts = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (message) => { window.__alerts.push(name + ":" + String(message)); };
}
"""


def find_chromium() -> str:
    """The Chromium binary ($NEWSGRAPH_CHROMIUM, else chromium on PATH), or skip."""
    for candidate in (os.environ.get("NEWSGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (path := shutil.which(candidate)):
            return path
    pytest.skip("no Chromium found (install Debian's `chromium` or set NEWSGRAPH_CHROMIUM)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The explorer over the demo database, served by uvicorn on 127.0.0.1 in a thread."""
    import uvicorn

    from newsgraph.web import make_datasette

    path = build_demo_db(tmp_path_factory.mktemp("browser") / "demo.db")
    port = free_port()
    config = uvicorn.Config(make_datasette(path).app(), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "the explorer did not start"
    yield f"http://127.0.0.1:{port}", path
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = find_chromium()
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records every request, console error and uncaught exception."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.add_init_script(HOOK_ALERTS)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))

    def outside_hosts(self) -> set[str]:
        return {urlsplit(u).hostname for u in self.requests if urlsplit(u).scheme in ("http", "https")} - {"127.0.0.1"}

    def screenshot(self, name: str) -> Path:
        OUTPUT.mkdir(exist_ok=True)
        path = OUTPUT / name
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.close()


def open_article(w: Watched, base: str, article_id: str) -> None:
    from urllib.parse import quote

    w.page.goto(f"{base}/-/newsgraph/article/{quote(article_id, safe='')}")
    w.page.wait_for_selector("#ng-map[data-ready]", timeout=15000)


def test_article_page_draws_every_highlight_and_a_marker_per_place(server: tuple[str, Path], watched: Watched) -> None:
    base, path = server
    open_article(watched, base, SAMPLE_ID)
    page = watched.page
    assert page.locator("#ng-body [data-kind]").count() == stored_fact_count(path, SAMPLE_ID)
    assert page.get_attribute("#ng-map", "data-markers") == "5"
    assert page.locator("#ng-map .leaflet-marker-icon").count() == 5
    page.wait_for_selector("#ng-map img.leaflet-tile-loaded", timeout=10000)
    assert not watched.outside_hosts(), "every request stays on this machine"
    assert not watched.errors
    watched.screenshot("article.png")


def test_toggles_switch_a_kind_off(server: tuple[str, Path], watched: Watched) -> None:
    base, _ = server
    open_article(watched, base, SAMPLE_ID)
    page = watched.page
    place = page.locator("#ng-body [data-kind=place]").first
    before = place.evaluate("el => getComputedStyle(el).backgroundColor")
    page.uncheck("input[data-toggle-kind=place]")
    after = place.evaluate("el => getComputedStyle(el).backgroundColor")
    assert before != after == "rgba(0, 0, 0, 0)"
    assert "hide-place" in page.get_attribute("#ng-body", "class")
    page.check("input[data-toggle-kind=entity]")
    assert "hide-entity" not in page.get_attribute("#ng-body", "class")


def test_injection_article_runs_no_script(server: tuple[str, Path], watched: Watched) -> None:
    base, path = server
    open_article(watched, base, INJECTION_ID)
    page = watched.page
    popup_texts = []
    for marker in page.locator("#ng-map .leaflet-marker-icon").all():
        marker.click(force=True)
        popup = page.locator(".leaflet-popup-content .ng-popup").last
        popup.wait_for(timeout=5000)
        assert popup.locator("img, script, svg").count() == 0
        popup_texts.append(popup.text_content())
    page.hover("#ng-body")
    page.click("#ng-furniture summary")
    page.wait_for_timeout(300)
    state = page.evaluate("""() => ({
        pwned: window.__pwned === undefined ? null : String(window.__pwned),
        alerts: window.__alerts,
        scripts: [...document.scripts].filter(s => s.type !== "application/json" && !s.src.endsWith("/article.js")).length,
        dataElements: document.querySelectorAll("#ng-body img, #ng-body script, #ng-body a, #ng-body b, #ng-body svg").length,
        fake: document.querySelectorAll("[data-kind=fake]").length,
        text: document.getElementById("ng-body").textContent,
    })""")
    assert state["pwned"] is None and state["alerts"] == []
    assert state["scripts"] == 0 and state["dataElements"] == 0 and state["fake"] == 0
    assert "<script>window.__pwned='body'</script>" in state["text"]
    assert "Lviv<img src=x onerror=window.__pwned='place'>" in " ".join(popup_texts)
    assert page.locator("#ng-body [data-kind]").count() == stored_fact_count(path, INJECTION_ID)
    assert page.get_attribute("#ng-map", "data-markers") == "2"
    assert not watched.errors
    watched.screenshot("article-injection.png")


@pytest.mark.parametrize("page_path, shot", [
    ("/-/newsgraph", "index.png"), ("/-/newsgraph/quotes", "quotes.png"),
    ("/-/newsgraph/claims", "claims.png"), ("/-/newsgraph/events", "events.png"),
    ("/-/newsgraph/stories", "stories.png"), ("/-/newsgraph/search?q=drone", "search.png"),
])
def test_explorer_pages_run_no_injected_script(server: tuple[str, Path], watched: Watched, page_path: str, shot: str) -> None:
    base, _ = server
    watched.page.goto(base + page_path)
    watched.page.wait_for_load_state("load")
    assert watched.page.evaluate("() => [window.__pwned, window.__alerts.length]") == [None, 0]
    assert not watched.errors and not watched.outside_hosts()
    watched.screenshot(shot)


def test_datasette_pages_of_the_injection_article_run_no_script(server: tuple[str, Path], watched: Watched) -> None:
    from datasette.utils import tilde_encode

    base, path = server
    for page_path in (f"/{path.stem}/articles", f"/{path.stem}/articles/{tilde_encode(INJECTION_ID)}",
                      f"/{path.stem}/quotes_by_speaker?speaker=Mallory", f"/{path.stem}/related"):
        watched.page.goto(base + page_path)
        watched.page.wait_for_load_state("load")
        assert "window.__pwned" in watched.page.content(), page_path
        assert watched.page.evaluate("() => [window.__pwned, window.__alerts.length]") == [None, 0], page_path
    assert not watched.outside_hosts()


def test_cluster_map_on_places_uses_local_tiles(server: tuple[str, Path], watched: Watched) -> None:
    base, path = server
    watched.page.goto(f"{base}/{path.stem}/places")
    watched.page.wait_for_selector(".leaflet-marker-icon, .marker-cluster", timeout=15000)
    watched.page.wait_for_selector("img.leaflet-tile-loaded", timeout=10000)
    assert watched.page.evaluate("() => [window.__pwned, window.__alerts.length]") == [None, 0]
    tiles = [u for u in watched.requests if "/-/tiles/basemap/" in u]
    assert tiles and not watched.outside_hosts()
    watched.screenshot("places-map.png")
