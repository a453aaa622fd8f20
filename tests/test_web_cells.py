"""Compact renderings of JSON columns in Datasette's table pages (newsgraph.web.cells)."""

import json

from newsgraph.web.cells import compact_cell


def test_place_alternatives_on_one_line() -> None:
    value = json.dumps([{"geonameid": 1, "name": "Kherson Oblast", "feature": "ADM1", "country": "UA"},
                        {"geonameid": 2, "name": "Chersonisos", "feature": "PPL", "country": "GR"}])
    html = str(compact_cell("places", "alternatives", value))
    assert html == '<span class="ng-note">Kherson Oblast (ADM1, UA) · Chersonisos (PPL, GR)</span>'


def test_event_evidence_is_shortened_and_escaped() -> None:
    text = "<b>Troops</b> shelled the town " + "again and again " * 20
    html = str(compact_cell("events", "evidence", json.dumps([{"start": 5, "end": 400, "text": text}])))
    assert html.startswith("&lt;b&gt;Troops&lt;/b&gt; shelled the town again")
    assert html.endswith(' …<span class="ng-note">[5–400]</span>') or " … <span" in html
    assert len(html) < 260


def test_article_metadata_skips_empty_values() -> None:
    value = json.dumps({"author": None, "url": "https://x.example/a", "strategies": {"title": "html:h1"}})
    html = str(compact_cell("articles", "metadata", value))
    assert html == ('<span class="ng-note"><b>url</b>: https://x.example/a; '
                    '<b>strategies</b>: title html:h1</span>')


def test_other_cells_are_left_to_datasette() -> None:
    assert compact_cell("places", "name", "Kherson") is None
    assert compact_cell("places", "alternatives", "not json") is None
    assert compact_cell(None, "evidence", "[]") is None
