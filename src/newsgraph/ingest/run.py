"""Ingest: raw documents through the pipeline into the store, one transaction per article."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

import sqlite_utils
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.ingest.files import RawDocument, read_paths
from newsgraph.pipeline import Failure, Pipeline
from newsgraph.settings import Settings
from newsgraph.store import is_done, open_db, save_article, save_failure

SUMMARY_TABLES = ("articles", "places", "quotes", "quantities", "times", "events", "errors")


@dataclass
class IngestReport:
    db_path: str
    stored: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # stored, but not analysed (non-English)
    failed: list[tuple[str, str]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    def print_summary(self, console: Console | None = None) -> None:
        console = console or Console(stderr=True)
        for source, reason in self.failed:
            console.print(f"[red]failed[/red] {source}: {reason}", highlight=False, markup=True)
        counts = ", ".join(f"{n} {name}" for name, n in self.totals.items())
        console.print(
            f"{len(self.stored)} stored, {self.unchanged} unchanged, {len(self.skipped)} not English, "
            f"{len(self.failed)} failed -> {self.db_path}: {counts}",
            highlight=False,
        )


def _todo(db: sqlite_utils.Database, raws: Iterable[RawDocument], report: IngestReport) -> Iterator[RawDocument]:
    for raw in raws:
        if raw.error is None and is_done(db, raw.raw_hash()):
            report.unchanged += 1
            continue
        yield raw


def _store(db: sqlite_utils.Database, result: Union[Failure, object], report: IngestReport) -> None:
    if isinstance(result, Failure):
        save_failure(db, result.source, result.reason, result.raw_hash)
        report.failed.append((result.source, result.reason))
        return
    if save_article(db, result):  # type: ignore[arg-type]
        report.stored.append(result.id)  # type: ignore[attr-defined]
    else:
        report.unchanged += 1
    if getattr(result, "status", "ok") == "skipped":
        report.skipped.append(result.id)  # type: ignore[attr-defined]


def ingest_documents(
    raws: Iterable[RawDocument], db_path: Union[str, Path], *, workers: int = 1,
    progress: bool = False, total: int | None = None, settings: Settings | None = None,
) -> IngestReport:
    """Analyse and store documents; failures are recorded and the batch goes on."""
    db = open_db(db_path)
    report = IngestReport(str(db_path))
    pipeline = Pipeline(settings, workers=workers)
    with Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        disable=not progress, transient=True, console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("ingest", total=total)
        for result in pipeline.run(_todo(db, raws, report)):
            _store(db, result, report)
            bar.advance(task)
    _update_stories(db, report.stored)
    report.totals = {t: db[t].count for t in SUMMARY_TABLES}
    return report


def _update_stories(db: sqlite_utils.Database, article_ids: list[str]) -> None:
    if not article_ids:
        return
    from newsgraph.stories import update_stories

    update_stories(db, article_ids)


def ingest_paths(paths: list[str], db_path: Union[str, Path], **options: object) -> IngestReport:
    """Ingest files, folders and JSONL files (see `read_paths`)."""
    raws = list(read_paths(paths))
    return ingest_documents(raws, db_path, total=len(raws), **options)  # type: ignore[arg-type]
