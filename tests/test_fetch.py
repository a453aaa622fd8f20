"""Fetching against a local HTTP server on 127.0.0.1: every refusal is one clear line."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsgraph.errors import FetchError
from newsgraph.ingest.fetch import Fetcher, FetchPolicy, check_address
from newsgraph.ingest.sources import read_feed

ARTICLE = b"""<html><head><title>Bridge reopens</title></head><body><article>
<h1>Bridge reopens in Lyon after repairs</h1>
<p>LYON, France - The Wilson bridge reopened on Monday after eight months of repairs, the city said.</p>
<p>"It is a relief for everyone who crosses the Rhone every day," said deputy mayor Claire Martin.</p>
</article></body></html>"""


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body=b"", ctype="text/html", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        host = f"http://{self.headers['Host']}"
        routes = {
            "/robots.txt": lambda: self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/page.html": lambda: self._send(200, ARTICLE),
            "/private/page.html": lambda: self._send(200, ARTICLE),
            "/image.png": lambda: self._send(200, b"\x89PNG", "image/png"),
            "/to-metadata": lambda: self._send(302, headers=[("Location", "http://169.254.169.254/latest/meta-data/")]),
            "/to-page": lambda: self._send(301, headers=[("Location", "/page.html")]),
            "/loop": lambda: self._send(302, headers=[("Location", "/loop")]),
            "/big": self._big,
            "/slow": self._slow,
            "/flaky": self._flaky,
            "/feed.xml": lambda: self._send(200, FEED.replace(b"HOST", host.encode()), "application/rss+xml"),
        }
        routes.get(self.path, lambda: self._send(404, b"not found"))()

    def _big(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the cap must stop the stream itself
        for _ in range(64):
            self.wfile.write(b"x" * 65536)

    def _slow(self):
        time.sleep(2.0)
        self._send(200, ARTICLE)

    def _flaky(self):
        if Handler.hits[self.path] == 1:
            self._send(503, b"busy", headers=[("Retry-After", "0")])
        else:
            self._send(200, ARTICLE)


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>
<item><title>Bridge</title><link>HOST/page.html</link><pubDate>Mon, 05 Oct 2026 09:00:00 GMT</pubDate></item>
<item><title>Moved</title><link>HOST/to-page</link></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def fetcher():
    policy = FetchPolicy(allowed_networks=("127.0.0.0/8",), delay=0, read_timeout=1.0,
                         max_bytes=1_000_000, backoff=0.01)
    f = Fetcher(policy)
    yield f
    f.close()


def test_private_addresses_are_refused_by_default():
    for url in ("http://127.0.0.1:9/x", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/", "http://localhost/"):
        with pytest.raises(FetchError, match="non-public address"):
            check_address(url)
    with pytest.raises(FetchError, match="only http and https"):
        check_address("file:///etc/passwd")


def test_fetches_a_page(server, fetcher):
    page = fetcher.fetch(server + "/page.html")
    assert page.status == 200 and b"Wilson bridge" in page.content
    assert page.content_type == "text/html"


def test_redirect_to_metadata_address_is_refused_after_the_hop(server, fetcher):
    with pytest.raises(FetchError) as err:
        fetcher.fetch(server + "/to-metadata")
    assert str(err.value) == (
        "refused http://169.254.169.254/latest/meta-data/: 169.254.169.254 resolves to the "
        "non-public address 169.254.169.254 (use --allow-private to fetch from your own network)"
    )


def test_redirects_are_followed_and_capped(server, fetcher):
    assert fetcher.fetch(server + "/to-page").final_url == server + "/page.html"
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch(server + "/loop")


def test_too_big_too_slow_wrong_type_and_robots(server, fetcher):
    with pytest.raises(FetchError, match="larger than the 1 MB cap"):
        fetcher.fetch(server + "/big")
    with pytest.raises(FetchError, match=r"timed out \(connect 5 s, read 1 s\)"):
        fetcher.fetch(server + "/slow")
    with pytest.raises(FetchError, match="content type image/png is not a news page"):
        fetcher.fetch(server + "/image.png")
    with pytest.raises(FetchError, match="disallowed by .*/robots.txt"):
        fetcher.fetch(server + "/private/page.html")


def test_retries_on_503_then_succeeds(server, fetcher):
    assert fetcher.fetch(server + "/flaky").status == 200
    assert Handler.hits["/flaky"] == 2


def test_politeness_delay_between_requests_to_one_host(server):
    f = Fetcher(FetchPolicy(allowed_networks=("127.0.0.0/8",), delay=0.3))
    start = time.monotonic()
    f.fetch(server + "/page.html")
    f.fetch(server + "/page.html")
    assert time.monotonic() - start >= 0.6  # robots.txt, then two pages, 0.3 s apart
    f.close()


def test_feed_items_with_dates(server, fetcher):
    items = read_feed(fetcher, server + "/feed.xml")
    assert [i.url for i in items] == [server + "/page.html", server + "/to-page"]
    assert items[0].published == "2026-10-05" and items[1].published is None
