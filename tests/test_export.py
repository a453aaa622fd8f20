"""Exports: GDELT GKG 2.1 checked by an independent parser written here from the codebook,
PLOVER JSONL, GeoJSON, JSONL and CSV from the samples database."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import open_db


def export(db, *args: str) -> str:
    result = CliRunner().invoke(main, ["export", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


# --- an independent GKG 2.1 reader, from the codebook's field descriptions ---------------

def parse_gkg_line(line: str) -> dict:
    cols = line.split("\t")
    assert len(cols) == 27, f"GKG 2.1 has 27 columns, got {len(cols)}"
    rec = {"id": cols[0], "date": cols[1], "collection": cols[2], "domain": cols[3], "doc": cols[4]}
    rec["locations"] = [dict(zip(
        ["type", "name", "country", "adm1", "adm2", "lat", "lon", "feature", "offset"], item.split("#")))
        for item in cols[10].split(";") if item]
    rec["persons"] = [(n, int(o)) for n, o in (item.rsplit(",", 1) for item in cols[12].split(";") if item)]
    rec["orgs"] = [(n, int(o)) for n, o in (item.rsplit(",", 1) for item in cols[14].split(";") if item)]
    rec["tone"] = cols[15].split(",")
    rec["themes"] = [t for t in cols[7].split(";") if t]
    rec["enhanced_themes"] = [(t, int(o)) for t, o in (item.rsplit(",", 1) for item in cols[8].split(";") if item)]
    rec["dates"] = [tuple(int(x) for x in item.split("#")) for item in cols[16].split(";") if item]
    rec["quotes"] = [dict(zip(["offset", "length", "verb", "quote"], q.split("|"))) for q in cols[22].split("#") if q]
    rec["names"] = [(n, int(o)) for n, o in (item.rsplit(",", 1) for item in cols[23].split(";") if item)]
    rec["amounts"] = [item.split(",") for item in cols[24].split(";") if item]
    rec["counts"] = [item.split("#") for item in cols[6].split(";") if item]
    return rec


@pytest.fixture(scope="module")
def gkg(sample_db):
    return [parse_gkg_line(line) for line in export(sample_db, "--format", "gkg").splitlines()]


def test_gkg_has_one_line_per_analysed_article(sample_db, gkg):
    db = open_db(sample_db)
    ok = db.execute("select count(*) from articles where status = 'ok'").fetchone()[0]
    assert len(gkg) == ok >= 12
    assert all(len(r["date"]) == 14 and r["id"].startswith(r["date"]) for r in gkg)


def test_gkg_tone_follows_the_codebook_formulas(gkg):
    for rec in gkg:
        tone, positive, negative, polarity, activity, self_group, words = (float(x) for x in rec["tone"])
        assert tone == pytest.approx(positive - negative, abs=0.002)
        assert polarity == pytest.approx(positive + negative, abs=0.002)
        assert 0 < activity < 40 and 0 <= self_group < 40 and words > 0
    assert any(float(r["tone"][0]) < 0 for r in gkg) and any(float(r["tone"][0]) > 0 for r in gkg)


def test_gkg_themes_come_from_the_lexicon_and_point_at_theme_words(sample_db, gkg):
    db = open_db(sample_db)
    starts = {(r["theme"], r["start"]) for r in db["themes"].rows}
    assert any("ARMEDCONFLICT" in r["themes"] for r in gkg)
    lexicon_items = [item for r in gkg for item in r["enhanced_themes"] if item in starts]
    assert len(lexicon_items) >= len(starts) > 20


def test_gkg_locations_use_fips_and_offsets_point_at_facts(sample_db, gkg):
    db = open_db(sample_db)
    ids = {row["url"] or row["source"]: row["id"] for row in db["articles"].rows}
    places = {(r["article_id"], r["start"]): r for r in db["places"].rows}
    mentions = {(r["article_id"], r["start"]): r for r in db["entities"].rows}
    seen_fips = set()
    for rec in gkg:
        aid = ids[rec["doc"]]
        for loc in rec["locations"]:
            assert loc["type"] in {"1", "2", "3", "4", "5"}
            place = places[(aid, int(loc["offset"]))]
            assert loc["feature"] == str(place["geonameid"] or "")
            assert float(loc["lat"]) == pytest.approx(place["lat"], abs=1e-4)
            seen_fips.add(loc["country"])
        for name, offset in rec["persons"]:
            assert mentions[(aid, offset)]["type"] == "PERSON"
    # FIPS 10-4, not ISO: Ukraine is UP, Germany GM, Switzerland SZ
    assert "UP" in seen_fips and "UA" not in seen_fips


def test_gkg_quotations_are_offset_length_verb_quote(sample_db, gkg):
    db = open_db(sample_db)
    bodies = {row["url"] or row["source"]: row["body"] for row in db["articles"].rows}
    quotes = [(rec["doc"], q) for rec in gkg for q in rec["quotes"]]
    assert len(quotes) >= 10
    for doc, q in quotes:
        span = bodies[doc][int(q["offset"]):int(q["offset"]) + int(q["length"])]
        assert span.replace("\n", " ").startswith(q["quote"][:20])


def test_gkg_amounts_keep_percentages(gkg):
    amounts = [a for rec in gkg for a in rec["amounts"]]
    assert any(a[0] == "3.4" for a in amounts)  # "rose 3.4%" stays: GDELT drops it, we do not


def test_plover_jsonl_records(sample_db):
    records = [json.loads(line) for line in export(sample_db, "--format", "plover").splitlines()]
    assert records, "the samples hold events"
    for rec in records:
        assert {"id", "date", "actor", "event", "recipient", "event_loc", "mode", "text"} <= rec.keys()
        assert isinstance(rec["event"], list) and rec["event"][0].isupper()


def test_geojson_features_are_points(sample_db):
    data = json.loads(export(sample_db, "--format", "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) >= 20
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_jsonl_and_csv(sample_db):
    records = [json.loads(line) for line in export(sample_db, "--format", "jsonl").splitlines()]
    assert len(records) == open_db(sample_db)["articles"].count
    assert all("places" in r and "quotes" in r for r in records)
    rows = list(csv.DictReader(io.StringIO(export(sample_db, "--format", "csv"))))
    assert {r["table"] for r in rows} >= {"places", "quotes", "quantities", "times"}


def test_export_of_a_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["export", str(tmp_path / "none.db"), "--format", "gkg"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: no database or Parquet folder at {tmp_path / 'none.db'}: "
        "run 'newsgraph ingest' or 'newsgraph run' first"
    )
