"""Compact table cells for the JSON columns Datasette would print as tall blocks.

Datasette shows a JSON array or object cell pretty-printed, one key a line, which made
one place with five GeoNames alternatives as tall as a screen. These render the same
data on one or two lines; the row's JSON view still has the full value.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Optional

from markupsafe import Markup

EVIDENCE_CHARS = 160


def compact_cell(table: Optional[str], column: str, value: Any) -> Optional[Markup]:
    """A one-line rendering of a known JSON column, or None to leave the cell to Datasette."""
    render = RENDERERS.get((table or "", column))
    if render is None or not isinstance(value, str):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return render(data)


def alternatives(data: Any) -> Optional[Markup]:
    """Other GeoNames readings of a place: 'Khersonska oblast (ADM1, UA) · …'."""
    if not isinstance(data, list):
        return None
    parts = [f"{alt.get('name')} ({alt.get('feature')}, {alt.get('country')})"
             for alt in data if isinstance(alt, dict)]
    return Markup('<span class="ng-note">{}</span>').format(" · ".join(parts))


def evidence(data: Any) -> Optional[Markup]:
    """Evidence spans of an event: their text, shortened, with character offsets."""
    if not isinstance(data, list):
        return None
    parts = []
    for span in data:
        if not isinstance(span, dict):
            continue
        text = " ".join(str(span.get("text", "")).split())
        if len(text) > EVIDENCE_CHARS:
            text = text[:EVIDENCE_CHARS].rsplit(" ", 1)[0] + " …"
        parts.append(Markup("{} <span class=\"ng-note\">[{}–{}]</span>").format(
            text, span.get("start"), span.get("end")))
    return Markup("<br>").join(parts)


def metadata(data: Any) -> Optional[Markup]:
    """An article's metadata as 'key: value' pairs, empty values left out."""
    if not isinstance(data, dict):
        return None
    pairs = []
    for key, val in data.items():
        if isinstance(val, dict):
            val = ", ".join(f"{k} {v}" for k, v in val.items())
        if val not in (None, "", {}):
            pairs.append(Markup("<b>{}</b>: {}").format(key, val))
    return Markup('<span class="ng-note">{}</span>').format(Markup("; ").join(pairs))


RENDERERS: dict[tuple[str, str], Callable[[Any], Optional[Markup]]] = {
    ("places", "alternatives"): alternatives,
    ("events", "evidence"): evidence,
    ("articles", "metadata"): metadata,
}
