"""The `newsgraph` command line. Library errors become one clear line and a non-zero exit.

Exit status: 0 all done, 1 some inputs failed (listed), 2 usage error.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Optional

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
@click.argument("inputs", nargs=-1)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite file.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--urls", "url_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A file of URLs, one a line.")
@click.option("--feed", "feeds", multiple=True, help="An RSS/Atom feed URL: its items are fetched.")
@click.option("--watch", "interval", type=click.FloatRange(min=1), help="Poll the feeds every N seconds.")
@click.option("--rounds", type=click.IntRange(min=1), help="With --watch: stop after N polls.")
@click.option("--allow-private", is_flag=True, help="Allow fetching from private/loopback addresses.")
@click.option("--keep-html", is_flag=True, help="Keep fetched pages in the pages table.")
@click.option("--delay", default=1.0, show_default=True, type=float, help="Seconds between requests to one host.")
@click.option("--quiet", is_flag=True, help="No progress bar or summary.")
def ingest(inputs: tuple[str, ...], db_path: str, workers: int, url_files: tuple[str, ...],
           feeds: tuple[str, ...], interval: Optional[float], rounds: Optional[int],
           allow_private: bool, keep_html: bool, delay: float, quiet: bool) -> None:
    """Analyse files, folders, JSONL, WARC, URLs and feeds into a SQLite database."""
    from newsgraph.ingest.fetch import FetchPolicy
    from newsgraph.ingest.run import Ingest, Sources, watch

    if not (inputs or url_files or feeds):
        raise click.UsageError("give at least one PATH, URL, --urls FILE or --feed URL")
    sources = Sources.from_inputs(inputs, url_files, feeds)
    options: dict[str, Any] = dict(
        workers=workers, keep_html=keep_html, policy=FetchPolicy(allow_private=allow_private, delay=delay)
    )
    try:
        if interval:
            failed = 0
            for report in watch(sources, db_path, interval=interval, rounds=rounds, **options):
                failed += len(report.failed)
                if not quiet:
                    report.print_summary()
        else:
            ingest_run = Ingest(db_path, **options)
            try:
                report = ingest_run.run(sources, progress=not quiet)
            finally:
                ingest_run.close()
            failed = len(report.failed)
            if not quiet:
                report.print_summary()
    except NewsgraphError as exc:
        raise _fail(str(exc))
    if failed:
        raise Failed(f"{failed} input(s) failed (listed above and in the errors table)")


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
              type=click.Choice(["jsonl", "csv", "gkg", "plover", "geojson", "parquet"]))
@click.option("--output", type=click.Path(), help="File (or folder, for parquet); default stdout.")
def export(source: str, fmt: str, output: Optional[str]) -> None:
    """Export a database or Parquet folder: GDELT GKG 2.1, PLOVER, GeoJSON, Parquet, JSONL, CSV."""
    from newsgraph.export import export as export_results

    try:
        if fmt == "parquet" or not output:
            export_results(source, fmt, sys.stdout, output)
        else:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                export_results(source, fmt, stream)
    except NewsgraphError as exc:
        raise _fail(str(exc))


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.argument("output", nargs=1)
@click.option("--engine", default="local", show_default=True, type=click.Choice(["local", "spark"]))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the local engine.")
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL.")
def run(inputs: tuple[str, ...], output: str, engine: str, workers: int, master: str) -> None:
    """Analyse JSONL, Parquet, WARC or text files (globs or folders) into Parquet at OUTPUT."""
    try:
        if engine == "spark":
            from newsgraph.engines.spark import run_spark

            counts = run_spark(list(inputs), output, master=master)
        else:
            from newsgraph.engines.local import run_local

            counts = run_local(list(inputs), output, workers=workers)
    except NewsgraphError as exc:
        raise _fail(str(exc))
    click.echo(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {output}", err=True)
    if counts.get("errors"):
        raise Failed(f"{counts['errors']} input(s) failed: see {output}/errors")


@main.command()
@click.argument("output", type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="SQLite file.")
def load(output: str, db_path: str) -> None:
    """Load Parquet results (from 'newsgraph run') into SQLite for the explorer."""
    from newsgraph.store.load import load_parquet

    try:
        counts = load_parquet(output, db_path)
    except NewsgraphError as exc:
        raise _fail(str(exc))
    click.echo(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {db_path}", err=True)


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
@click.argument("path", type=click.Path(exists=True))
def stories(path: str) -> None:
    """(Re)build stories, republications and related stories in a database or Parquet folder."""
    if Path(path).is_dir():
        from newsgraph.engines.stories import stories_over_parquet

        counts = stories_over_parquet(path)
        click.echo(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {path}")
        return
    from newsgraph.stories import rebuild_stories
    from newsgraph.store import open_db

    db = open_db(path)
    rebuild_stories(db)
    count = db.execute("select count(*) from stories").fetchone()[0]
    click.echo(f"{count} stories")


if __name__ == "__main__":
    main()
