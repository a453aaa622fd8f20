"""The explorer: Datasette over a newsgraph database, read-only, with our plugin.

`make_datasette(path)` builds the Datasette instance (tests use its in-process client);
`serve_db(path)` runs it on 127.0.0.1 until Ctrl-C. This package is itself the Datasette
plugin (hooks in `plugin.py`, re-exported here), so Datasette finds our `templates/`;
it is registered programmatically (not as a `datasette` entry point: Datasette loads
entry points while `datasette.plugins` is half-imported, and this package imports
`datasette.app`, a circular import).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any, Union

from datasette.app import Datasette
from datasette.plugins import pm

from newsgraph.errors import StoreError
from newsgraph.web.metadata import build_metadata
from newsgraph.web.plugin import (  # noqa: F401  (hooks)
    menu_links, prepare_jinja2_environment, register_routes, render_cell, startup,
)

__all__ = ["make_datasette", "serve_db", "register_plugin"]

PLUGIN_NAME = "newsgraph"
SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "allow_download": False,
    "max_returned_rows": 2000,
}


def register_plugin() -> None:
    """Register this package with Datasette's plugin manager (once per process)."""
    module = sys.modules[__name__]
    if not pm.is_registered(module) and pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(module, name=PLUGIN_NAME)


def _tables_of(path: Path) -> set[str]:
    """The table names of a newsgraph database, opened read-only."""
    if not path.is_file():
        raise StoreError(f"database not found: {path}: create it with `newsgraph ingest ... --db {path}`")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read {path}: {exc}: is it a newsgraph SQLite file?") from exc
    if "articles" not in names:
        raise StoreError(f"{path} has no articles table: is it a newsgraph database?")
    return names


def make_datasette(db_path: Union[str, Path], **settings: Any) -> Datasette:
    """A Datasette serving `db_path` read-only (SQLite `mode=ro`) with our metadata and plugin.

    Datasette opens the file with `?mode=ro`, so no request can write to it, while rows
    added by a running ingest still show up. Extra keyword arguments override settings.
    """
    path = Path(db_path).resolve()
    tables = _tables_of(path)
    register_plugin()
    return Datasette(
        files=[str(path)],
        metadata=build_metadata(path.stem, tables),
        settings={**SETTINGS, **settings},
    )


def serve_db(db_path: Union[str, Path], *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the explorer for `db_path` on http://host:port/ until Ctrl-C."""
    import uvicorn

    ds = make_datasette(db_path)
    print(f"newsgraph explorer: http://{host}:{port}/-/newsgraph  (Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
