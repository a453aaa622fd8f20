"""Ingest: sources through the pipeline into the store, one transaction per article.

Crash-safe and resumable: every input has a journal entry (queued, done, failed) written
in the same transaction as its article or error, so after a kill -9 the same command
skips what is finished and every article ends up stored exactly once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import sqlite_utils
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.errors import FetchError
from newsgraph.ingest.fetch import Fetcher, FetchPolicy
from newsgraph.ingest.files import RawDocument, read_paths
from newsgraph.ingest.sources import UrlItem, fetch_item, read_feed, read_url_list, split_inputs
from newsgraph.model import Article
from newsgraph.pipeline import Failure, Pipeline
from newsgraph.settings import Settings
from newsgraph.store import journal_status, mark_queued, open_db, save_article, save_failure, save_page

# table -> the word the summary uses for it
SUMMARY_TABLES = {"articles": "articles", "places": "places", "quotes": "quotes",
                  "quantities": "numbers", "times": "dates", "events": "events", "themes": "themes",
                  "errors": "failures"}
FINISHED = ("done", "failed")


@dataclass
class IngestReport:
    db_path: str
    stored: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # stored, but not analysed (non-English)
    failed: list[tuple[str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    def print_summary(self, console: Optional[Console] = None) -> None:
        console = console or Console(stderr=True)
        for source, reason in self.failed:
            console.print(f"failed {source}: {reason}", highlight=False, markup=False)
        counts = ", ".join(f"{n} {name}" for name, n in self.totals.items())
        console.print(
            f"{len(self.stored)} stored, {self.unchanged} unchanged, {len(self.skipped)} not English, "
            f"{len(self.failed)} failed -> {self.db_path}: {counts}",
            highlight=False, markup=False,
        )


@dataclass
class Sources:
    """What one ingest run reads: paths, URLs, URL-list files and feeds."""

    paths: list[str] = field(default_factory=list)
    urls: list[UrlItem] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)

    @classmethod
    def from_inputs(cls, inputs: Iterable[str], url_files: Iterable[str] = (), feeds: Iterable[str] = ()) -> "Sources":
        paths, urls = split_inputs(inputs)
        for name in url_files:
            urls.extend(read_url_list(name))
        return cls(paths, urls, list(feeds))


class Ingest:
    """One ingest into one database: journal-aware reading, fetching and storing."""

    def __init__(self, db_path: Union[str, Path], *, workers: int = 1, settings: Optional[Settings] = None,
                 policy: Optional[FetchPolicy] = None, keep_html: bool = False) -> None:
        self.db = open_db(db_path)
        self.report = IngestReport(str(db_path))
        self.pipeline = Pipeline(settings, workers=workers)
        self.policy = policy or FetchPolicy()
        self.keep_html = keep_html
        self._fetcher: Optional[Fetcher] = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.policy)
        return self._fetcher

    def _finished(self, key: str) -> bool:
        if journal_status(self.db, key) in FINISHED:
            self.report.unchanged += 1
            return True
        return False

    def _documents(self, sources: Sources) -> Iterator[RawDocument]:
        for raw in read_paths(sources.paths):
            if self._finished(raw.journal_key()):
                continue
            yield raw
        for item in self._url_items(sources):
            if self._finished(item.key):
                continue
            mark_queued(self.db, [(item.key, item.url)])
            keep = (lambda page: save_page(self.db, page)) if self.keep_html else None
            yield fetch_item(self.fetcher, item, keep)

    def _url_items(self, sources: Sources) -> Iterator[UrlItem]:
        yield from sources.urls
        for feed in sources.feeds:
            try:
                yield from read_feed(self.fetcher, feed)
            except FetchError as exc:
                save_failure(self.db, feed, str(exc))
                self.report.failed.append((feed, str(exc)))

    def _queue(self, raws: Iterable[RawDocument]) -> Iterator[RawDocument]:
        for raw in raws:
            if raw.key is None:
                mark_queued(self.db, [(raw.journal_key(), raw.source)])
            yield raw

    def _store(self, result: Union[Article, Failure], key: str) -> None:
        if isinstance(result, Failure):
            save_failure(self.db, result.source, result.reason, result.raw_hash, journal_key=key)
            self.report.failed.append((result.source, result.reason))
            return
        if save_article(self.db, result, journal_key=key):
            self.report.stored.append(result.id)
        else:
            self.report.unchanged += 1
        if result.status == "skipped":
            self.report.skipped.append(result.id)

    def run(self, sources: Sources, *, progress: bool = False, total: Optional[int] = None) -> IngestReport:
        """Analyse and store everything not yet finished; failures are recorded, the run goes on."""
        keys: list[str] = []

        def tracked() -> Iterator[RawDocument]:
            for raw in self._queue(self._documents(sources)):
                keys.append(raw.journal_key())
                yield raw

        with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      disable=not progress, transient=True, console=Console(stderr=True)) as bar:
            task = bar.add_task("ingest", total=total)
            for index, result in enumerate(self.pipeline.run(tracked())):
                self._store(result, keys[index])
                bar.advance(task)
        self._update_stories()
        self.report.totals = {word: self.db.table(t).count for t, word in SUMMARY_TABLES.items()}
        return self.report

    def _update_stories(self) -> None:
        if self.report.stored:
            from newsgraph.stories import update_stories

            update_stories(self.db, self.report.stored)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def ingest_paths(paths: list[str], db_path: Union[str, Path], **options: object) -> IngestReport:
    """Ingest files, folders, JSONL files and URLs (see `read_paths`)."""
    progress = bool(options.pop("progress", False))
    ingest = Ingest(db_path, **options)  # type: ignore[arg-type]
    try:
        return ingest.run(Sources.from_inputs(paths), progress=progress)
    finally:
        ingest.close()


def watch(sources: Sources, db_path: Union[str, Path], *, interval: float, rounds: Optional[int] = None,
          **options: object) -> Iterator[IngestReport]:
    """Poll the sources every `interval` seconds, ingesting only new items; yields each round."""
    ingest = Ingest(db_path, **options)  # type: ignore[arg-type]
    try:
        done = 0
        while rounds is None or done < rounds:
            ingest.report = type(ingest.report)(str(db_path))
            yield ingest.run(sources)
            done += 1
            if rounds is None or done < rounds:
                time.sleep(interval)
    finally:
        ingest.close()
