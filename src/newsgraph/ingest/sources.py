"""URL, URL-list and RSS/Atom sources: lazily fetched RawDocuments, journal-aware."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from newsgraph.errors import FetchError
from newsgraph.ingest.fetch import FEED_TYPES, PAGE_TYPES, Fetcher
from newsgraph.ingest.files import RawDocument


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


@dataclass
class UrlItem:
    """A URL to fetch, with what a feed said of it."""

    url: str
    published: Optional[str] = None

    @property
    def key(self) -> str:
        return "url:" + self.url


def read_url_list(path: str) -> list[UrlItem]:
    """One URL a line; blank lines and # comments skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [UrlItem(line.strip()) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_feed(fetcher: Fetcher, url: str) -> list[UrlItem]:
    """The item links of an RSS/Atom feed (feedparser), with their published dates."""
    import feedparser

    fetched = fetcher.fetch(url, accept=FEED_TYPES + PAGE_TYPES)
    parsed = feedparser.parse(fetched.content)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{url}: not an RSS or Atom feed ({parsed.get('bozo_exception')})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
        items.append(UrlItem(link, published))
    return items


def fetch_item(fetcher: Fetcher, item: UrlItem, keep: Optional[Callable[[dict], None]] = None) -> RawDocument:
    """Fetch one URL into a RawDocument; a refusal becomes the document's error."""
    try:
        page = fetcher.fetch(item.url)
    except FetchError as exc:
        return RawDocument(source=item.url, url=item.url, error=str(exc), key=item.key)
    if keep is not None:
        keep({"url": item.url, "final_url": page.final_url, "status": page.status,
              "content_type": page.content_type, "fetched_at": page.fetched_at,
              "html": page.content.decode("utf-8", "replace")})
    return RawDocument(source=item.url, content=page.content, url=page.final_url,
                       published=item.published, fetched_at=page.fetched_at, key=item.key)


def split_inputs(inputs: Iterable[str]) -> tuple[list[str], list[UrlItem]]:
    """Paths to read and URLs to fetch."""
    paths, urls = [], []
    for item in inputs:
        (urls.append(UrlItem(item)) if is_url(item) else paths.append(item))
    return paths, urls

