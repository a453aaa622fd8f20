"""WARC / WARC.gz files: each HTML response record becomes a RawDocument (warcio)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.ingest.files import RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


def read_warc(path: Path) -> Iterator[RawDocument]:
    """Yield the HTML responses of a WARC file; a broken file yields one failure."""
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream)):
                doc = _record_document(path, number, record)
                if doc is not None:
                    yield doc
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield RawDocument(source=str(path), error=f"cannot read WARC {path}: {exc}")


def _record_document(path: Path, number: int, record: object) -> RawDocument | None:
    if getattr(record, "rec_type", None) != "response":
        return None
    headers = record.http_headers  # type: ignore[attr-defined]
    ctype = (headers.get_header("Content-Type") if headers else "") or ""
    if not ctype.lower().startswith(HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    date = record.rec_headers.get_header("WARC-Date") or ""  # type: ignore[attr-defined]
    content = record.content_stream().read()  # type: ignore[attr-defined]
    return RawDocument(source=f"{path}#{number}", content=content, url=url, fetched_at=date or None)
