"""The reference page end to end (issue 2's bar): one test among many, never the only one."""

from __future__ import annotations

import pytest

from newsgraph import analyze

PUBLISHED = "2026-02-22"  # a Sunday; the strike happened "on Saturday"


@pytest.fixture(scope="module")
def record(reference_text):
    return analyze(reference_text, published=PUBLISHED).to_dict()


def test_body_is_the_report_without_furniture(record):
    body = record["body"]
    assert body.startswith("In a bold military maneuver")
    assert body.rstrip().endswith("give us everything.’”")
    assert "Share this" not in body and "You May Also Like" not in body
    assert "Mamdani" not in body and "Gracie Mansion" not in body


def test_teasers_come_back_as_related_items(record):
    headlines = [r["headline"] for r in record["related"]]
    assert len(headlines) == 12
    assert headlines[0] == "Mamdani hosts anti-Israel activist Mahmoud Khalil at Gracie Mansion for Ramadan"
    assert record["related"][0]["alt_headline"].startswith("Controversy Sparks as Mamdani")
    names = {e["name"] for e in record["entities"]}
    assert not {"Zohran Mamdani", "Mahmoud Khalil", "Mojtaba Khamenei"} & names


def _place(record, text):
    return [p for p in record["places"] if p["text"].startswith(text)]


def test_places_resolve_to_geonames(record):
    votkinsk = _place(record, "Votkinsk")[0]["place"]
    assert votkinsk["geonameid"] == 471430 and votkinsk["country"] == "RU"
    assert votkinsk["lat"] == pytest.approx(57.05, abs=0.05)
    assert votkinsk["lon"] == pytest.approx(53.99, abs=0.05)
    assert _place(record, "Geneva")[0]["place"]["country"] == "CH"
    assert _place(record, "Kyiv")[0]["place"]["country"] == "UA"


def test_zelensky_speaks_his_quotes(record):
    quotes = {q["text"]: q for q in record["quotes"] if q["kind"] == "direct"}
    losing = next(q for t, q in quotes.items() if t.startswith("You can’t say that we’re losing"))
    assert losing["speaker"]["name"] == "Volodymyr Zelensky"
    compromise = next(q for t, q in quotes.items() if t.startswith("It is already our compromise"))
    assert compromise["speaker"]["name"] == "Volodymyr Zelensky"


def _quantity(record, text):
    return next(q for q in record["quantities"] if text in q["text"])


def test_distances_with_km_and_bounds(record):
    q860 = _quantity(record, "860 miles")
    assert q860["value"] == 860 and q860["si_unit"] == "km"
    assert q860["si_value"] == pytest.approx(1384.0, abs=1)
    q1900 = _quantity(record, "1,900 miles")
    assert q1900["value"] == 1900 and q1900["high"] == 1900
    assert q1900["si_value"] == pytest.approx(3057.7, abs=1)
    assert "nearly" in q1900["text"] and q1900["approximate"] is True
