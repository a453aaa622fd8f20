"""The `newsgraph` command line. Library errors become one clear line and a non-zero exit.

Exit status: 0 all done, 1 some inputs failed (listed), 2 usage error.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Optional

import click

from newsgraph.errors import NewsgraphError

EVAL_TASKS = ("extract", "geo", "quotes", "time", "quantities", "events", "stories")


class Failed(click.ClickException):
    """Some inputs failed: exit 1, after the list was printed."""

    exit_code = 1


def _fail(message: str) -> click.ClickException:
    if os.environ.get("NEWSGRAPH_RAISE"):  # under tests, show the real traceback
        raise
    return click.ClickException(message)


@click.group()
@click.version_option(package_name="newsgraph")
def main() -> None:
    """newsgraph: news articles in, a geocoded, source-linked record out."""


@main.command()
@click.argument("path")
@click.option("--url", help="The article's URL (recorded, not fetched).")
@click.option("--published", help="Publication date (YYYY-MM-DD) to anchor relative dates.")
def analyze(path: str, url: Optional[str], published: Optional[str]) -> None:
    """Analyse one article (a text or HTML file, or - for stdin) and print its JSON."""
    from newsgraph.ingest import read_paths
    from newsgraph.pipeline import Failure, Pipeline

    raws = list(read_paths([path]))
    if len(raws) != 1:
        raise click.UsageError("analyze takes one article: use 'newsgraph ingest' for many")
    raw = raws[0]
    raw.url = url or raw.url
    raw.published = published or raw.published
    result = next(Pipeline().run([raw]))
    if isinstance(result, Failure):
        raise click.ClickException(f"{result.source}: {result.reason}")
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite file.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--quiet", is_flag=True, help="No progress bar or summary.")
def ingest(paths: tuple[str, ...], db_path: str, workers: int, quiet: bool) -> None:
    """Analyse files, folders and JSONL into a SQLite database."""
    from newsgraph.ingest.run import ingest_paths

    try:
        report = ingest_paths(list(paths), db_path, workers=workers, progress=not quiet)
    except NewsgraphError as exc:
        raise _fail(str(exc))
    if not quiet:
        report.print_summary()
    if report.failed:
        raise Failed(f"{len(report.failed)} input(s) failed (see above and the errors table)")


@main.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(db_path: str, port: int, host: str) -> None:
    """Browse a database in the explorer (Datasette), read-only."""
    from newsgraph.web import serve_db

    serve_db(db_path, host=host, port=port)


@main.command()
@click.argument("source")
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "csv"]))
@click.option("--output", type=click.Path(dir_okay=False), help="File to write (default stdout).")
def export(source: str, fmt: str, output: Optional[str]) -> None:
    """Export a database's articles and facts."""
    from newsgraph.export import export_db

    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        export_db(source, fmt, stream)
    except NewsgraphError as exc:
        raise _fail(str(exc))
    finally:
        if output:
            stream.close()


@main.command(name="eval")
@click.argument("task", type=click.Choice(EVAL_TASKS))
@click.option("--data", required=True, type=click.Path(exists=True), help="The data set folder.")
@click.option("--limit", type=int, help="Only the first N items (sorted).")
def eval_(task: str, data: str, limit: Optional[int]) -> None:
    """Score one capability on a public data set and print the metrics as JSON."""
    module = importlib.import_module(f"newsgraph.eval.{task}")
    metrics = module.evaluate(Path(data), limit=limit)
    click.echo(json.dumps(metrics, indent=2, default=str))


@main.group()
def gazetteer() -> None:
    """The offline GeoNames gazetteer."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
def gazetteer_build(force: bool) -> None:
    """Compile the gazetteer index from the GeoNames data installed with newsgraph."""
    from newsgraph.geo import build_gazetteer

    click.echo(str(build_gazetteer(force=force)))


@main.command()
@click.argument("db_path", type=click.Path(exists=True, dir_okay=False))
def stories(db_path: str) -> None:
    """(Re)build story clusters, republications and related stories in a database."""
    from newsgraph.stories import rebuild_stories
    from newsgraph.store import open_db

    db = open_db(db_path)
    rebuild_stories(db)
    count = db.execute("select count(*) from stories").fetchone()[0]
    click.echo(f"{count} stories")
