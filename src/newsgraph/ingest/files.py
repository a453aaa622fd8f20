"""Read files, folders and JSONL into RawDocuments; unreadable ones become failures."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from newsgraph.errors import InputError

TEXT_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | {".gz", ".warc", ".parquet"}


@dataclass
class RawDocument:
    """One article as it came in: `content` is bytes from files, str from JSONL/stdin.

    `error` is set instead of content when the source could not be read; the
    pipeline records it as a failure and the batch goes on.
    """

    source: str
    content: Union[bytes, str, None] = None
    url: Optional[str] = None
    published: Optional[str] = None
    error: Optional[str] = None
    fetched_at: Optional[str] = None
    key: Optional[str] = None  # journal key; a fetched URL's is the URL

    def journal_key(self) -> str:
        """What the ingest journal knows this input by: its URL, its bytes, or (unreadable) its source."""
        if self.key:
            return self.key
        return "source:" + self.source if self.content is None else "raw:" + self.raw_hash()

    def raw_hash(self) -> str:
        data = self.content if isinstance(self.content, bytes) else (self.content or "").encode()
        digest = hashlib.sha256(data)
        digest.update((self.url or "").encode())
        return digest.hexdigest()[:16]


def read_paths(paths: Iterable[str]) -> Iterator[RawDocument]:
    """Yield a RawDocument per file (folders walked in sorted order, JSONL per line)."""
    for name in paths:
        if name == "-":
            import sys

            yield RawDocument(source="<stdin>", content=sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_dir(path)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield RawDocument(source=str(path), error=f"no such file or folder: {path}")


def _read_dir(folder: Path) -> Iterator[RawDocument]:
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs.sort()
        for fname in sorted(files):
            path = Path(root) / fname
            if fname.startswith("."):
                continue
            if path.suffix.lower() in READABLE_SUFFIXES:
                yield from _read_file(path)


def _read_file(path: Path) -> Iterator[RawDocument]:
    from newsgraph.ingest.warc import is_warc, read_warc

    if is_warc(path):
        yield from read_warc(path)
        return
    if path.suffix.lower() == ".parquet":
        yield from _read_parquet(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield RawDocument(source=str(path), error=f"cannot read {path}: {exc.strerror or exc}")
        return
    if path.suffix.lower() == ".gz":
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield RawDocument(source=str(path), error=f"cannot gunzip {path}: {exc}")
            return
        path = path.with_suffix("")
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, data)
    else:
        yield RawDocument(source=str(path), content=data)


def _read_jsonl(path: Path, data: bytes) -> Iterator[RawDocument]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
            yield _record_document(source, record)
        except (ValueError, InputError) as exc:
            yield RawDocument(source=source, error=f"bad JSONL record: {exc}")


def _record_document(source: str, record: object) -> RawDocument:
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object")
    content = record.get("html") or record.get("text")
    if not isinstance(content, str):
        raise InputError('each line needs an "html" or "text" string')
    published = record.get("published")
    return RawDocument(
        source=source,
        content=content,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        published=published if isinstance(published, str) else None,
    )


def _read_parquet(path: Path) -> Iterator[RawDocument]:
    """Rows with `url`, `html` or `text`, `published` columns, like the JSONL records."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for a bad file
        yield RawDocument(source=str(path), error=f"cannot read Parquet {path}: {exc}")
        return
    for number, record in enumerate(table.to_pylist()):
        source = f"{path}#{number}"
        try:
            yield _record_document(source, record)
        except InputError as exc:
            yield RawDocument(source=source, error=f"bad Parquet row: {exc}")
