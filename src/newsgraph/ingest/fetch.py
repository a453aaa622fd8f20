"""Fetching URLs politely and safely (httpx).

Timeouts, a size cap, capped redirects (each hop checked), content-type checks, robots.txt,
an honest User-Agent, a per-host delay, retries with back-off on 429/5xx, and no requests
to private, loopback, link-local, multicast, reserved or metadata addresses (checked after
DNS resolution and after every redirect) unless `allow_private` is set. Every refusal is a
`FetchError` whose message is one clear line.

The address check resolves the host before httpx connects; a DNS answer that changes in
between (rebinding) is a residual risk we accept for a desktop tool.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsgraph import __version__
from newsgraph.errors import FetchError

USER_AGENT = f"newsgraph/{__version__} (news analysis; respects robots.txt)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json")
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class FetchPolicy:
    allow_private: bool = False
    allowed_networks: tuple[str, ...] = ()  # e.g. ("127.0.0.0/8",): only these non-public ones
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    delay: float = 1.0  # seconds between two requests to the same host
    retries: int = 3
    backoff: float = 1.0
    respect_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass
class Fetched:
    url: str
    final_url: str
    status: int
    content: bytes
    content_type: str
    fetched_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))


def check_address(url: str, allow_private: bool = False, allowed_networks: tuple[str, ...] = ()) -> None:
    """Refuse URLs that are not http(s) or whose host resolves to a non-public address
    (outside `allowed_networks`)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused {url}: only http and https URLs can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {parts.hostname}: {exc.strerror or exc}")
    allowed = [ipaddress.ip_network(net) for net in allowed_networks]
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if any(address in net for net in allowed):
            continue
        if not address.is_global or address.is_multicast:
            raise FetchError(
                f"refused {url}: {parts.hostname} resolves to the non-public address {address} "
                "(use --allow-private to fetch from your own network)"
            )


class Fetcher:
    """A polite HTTP client: one per run, shared across URLs."""

    def __init__(self, policy: Optional[FetchPolicy] = None) -> None:
        self.policy = policy or FetchPolicy()
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self.client = httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"User-Agent": self.policy.user_agent}
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, Optional[RobotFileParser]] = {}

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str, accept: tuple[str, ...] = PAGE_TYPES) -> Fetched:
        """GET a page (following checked redirects); raise FetchError with the reason."""
        current = url
        for _ in range(self.policy.max_redirects + 1):
            check_address(current, self.policy.allow_private, self.policy.allowed_networks)
            self._check_robots(current)
            response_status, headers, body = self._get_with_retries(current)
            if response_status in (301, 302, 303, 307, 308) and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            if response_status >= 400:
                raise FetchError(f"{url}: HTTP {response_status}")
            ctype = headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and not ctype.startswith(accept):
                raise FetchError(f"{url}: content type {ctype} is not a news page or feed")
            return Fetched(url, current, response_status, body, ctype)
        raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last_request.get(host, 0.0) + self.policy.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _get_with_retries(self, url: str) -> tuple[int, dict[str, str], bytes]:
        for attempt in range(self.policy.retries + 1):
            self._wait_for_host(url)
            status, headers, body = self._get_once(url)
            if status not in RETRY_STATUS or attempt == self.policy.retries:
                return status, headers, body
            time.sleep(self._backoff(attempt, headers.get("retry-after")))
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int, retry_after: Optional[str]) -> float:
        if retry_after and retry_after.isdigit():
            return min(float(retry_after), 30.0)
        return self.policy.backoff * (2**attempt)

    def _get_once(self, url: str) -> tuple[int, dict[str, str], bytes]:
        try:
            with self.client.stream("GET", url) as response:
                headers = {k.lower(): v for k, v in response.headers.items()}
                declared = headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise FetchError(self._too_big(url))
                return response.status_code, headers, self._read_capped(url, response)
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out (connect {self.policy.connect_timeout:g} s, read {self.policy.read_timeout:g} s)")
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}")

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.policy.max_bytes:
                raise FetchError(self._too_big(url))
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_big(self, url: str) -> str:
        return f"{url}: larger than the {self.policy.max_bytes / 1e6:g} MB cap"

    def _check_robots(self, url: str) -> None:
        if not self.policy.respect_robots:
            return
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        robots = self._robots[root]
        if robots is not None and not robots.can_fetch(self.policy.user_agent, url):
            raise FetchError(f"{url}: disallowed by {root}/robots.txt")

    def _load_robots(self, root: str) -> Optional[RobotFileParser]:
        try:
            status, _, body = self._get_with_retries(root + "/robots.txt")
        except FetchError:
            return None  # unreachable robots.txt: no rules
        if status >= 400:
            return None
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return parser
