"""Datelines: the place a report was filed from, opening the body ("KYIV, Ukraine (AP) —",
"BAAR, SWITZERLAND" on its own line, "Hong Kong (CNN Business)")."""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.known import is_place_name, region_name
from newsgraph.geo.names import name_key
from newsgraph.geo.toponyms import Toponym

DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--|-)\s"
)
CAPS_DATELINE = re.compile(
    r"(?:^|[.!?]\s|\n)\s*(?P<place>[A-Z][A-Z.'’ -]{2,30}[A-Z.])(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"\s*(?:\([A-Za-z ]{2,20}\)\s*)?(?:—|–|--|-|:)\s"
)
# A dateline on its own line ("BAAR, SWITZERLAND" then a blank line), and one in title case
# with its region ("Dekalb, Ill. —"): both need the region part, checked against the gazetteer.
LINE_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z][A-Z.'’ -]{1,30}[A-Z.]),\s*(?P<region>[A-Z][A-Z.]+(?: [A-Z][A-Z.]+)?)[ \t]*\n"
)
TITLE_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)"
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--)\s"
)
# A title-case place before a news agency at the very start: "Hong Kong (CNN Business) A muddled view".
AGENCY_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"\s*\((?:AP|AFP|Reuters|CNN|CNN Business|Bloomberg|UPI|dpa|Xinhua)\)\s*(?:—|–|--|-)?\s*"
)
# "Washington, DC, United States: Getting to the Moon ...": a place, its region (and country)
# and a colon opening the body.
COLON_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?:\s"
)
DATELINE_REACH = 400


def dateline_toponym(gaz: Gazetteer, text: str) -> tuple[Optional[Toponym], int]:
    """The place of a dateline ("KYIV, Ukraine (AP) —") opening the body or its first paragraph
    after a headline, when the gazetteer knows it, and where the dateline ends (0 if none)."""
    head = text[:DATELINE_REACH]
    match = DATELINE.match(text[:120]) or agency_dateline(head) or CAPS_DATELINE.search(head)
    if not match:
        found = (LINE_DATELINE.search(head), TITLE_DATELINE.search(head), COLON_DATELINE.match(head))
        match = next((m for m in found if m and region_of(gaz, m)), None)
    if not match:
        return None, 0
    place = match.group("place").strip()
    # a short capitalised town with its region is no acronym ("BAAR, SWITZERLAND")
    known = is_place_name(gaz, place) or (match.group("region") is not None and is_place_name(gaz, place.title()))
    if not known:
        return None, 0
    start = match.start("place")
    return Toponym(start, start + len(place), place), match.end()


def region_of(gaz: Gazetteer, match: re.Match[str]) -> bool:
    """True when a dateline's region part names a country or first-level region ("Ill.", "DC")."""
    region = match.group("region").strip()
    if region in gaz.surface or region + "." in gaz.surface or region in gaz.postal:
        return True
    return region_name(gaz, name_key(region))


def agency_dateline(head: str) -> Optional[re.Match[str]]:
    """A title-case place before a news agency opening the body or the line after a headline
    ("Republicans begin roll call vote.\nCleveland (AFP) – The ...")."""
    match = AGENCY_DATELINE.match(head[:120])
    newline = head.find("\n")
    if match is None and 0 <= newline < 200:
        match = AGENCY_DATELINE.match(head, newline + 1, newline + 121)
    return match
