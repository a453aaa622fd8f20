"""Gazetteer questions the recognizer asks of a name: is it a well-known place (a country, a
first-level region, a big city), any place at all, an acronym of one, a misspelling of one?"""

from __future__ import annotations

from typing import Optional

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.names import name_key
from newsgraph.geo.candidates import fuzzy_index
from newsgraph.geo.toponyms import GENERIC, lookup_keys

STRONG_POPULATION = 50000
# First-level regions this small (Slovenian and Maltese municipalities, parishes of the Isle of
# Man: "Store", "Bride", "Statia") are not well-known places by name alone.
SMALL_REGION = 10000
FAMOUS_ALTERNATE = 100000  # a city this big is trusted under another spelling too ("Peking", "Douma")
WEAK_POPULATION = 500
ACRONYM_POPULATION = 1000000


def is_primary(gaz: Gazetteer, entry: int, key: str) -> bool:
    """True when `key` is the entry's own name (not an alias such as "Clark" for Clark County)."""
    return name_key(gaz.name[entry]) == key or gaz.feature[entry] in ("PCLI", "ADM1", "CONT") or gaz.gid[entry] < 0


def strong_entry(gaz: Gazetteer, key: str, min_population: int = STRONG_POPULATION) -> bool:
    """True when `key` names a well-known place (a country, first-level region, curated region,
    or a city of at least `min_population` by its own name)."""
    return bool(strong_readings(gaz, key, min_population))


def strong_readings(gaz: Gazetteer, key: str, min_population: int = STRONG_POPULATION) -> list[int]:
    """The entries that make `key` a well-known place's name (see strong_entry)."""
    if key in GENERIC or len(key) < 2:
        return []
    found = []
    for entry, alternate in gaz.lookup(key):
        feature = gaz.feature[entry]
        if feature in ("PCLI", "CONT") or gaz.gid[entry] < 0 or known_region(gaz, entry):
            found.append(entry)
        elif not alternate and gaz.population[entry] >= min_population and is_primary(gaz, entry, key):
            found.append(entry)
    return found


def known_region(gaz: Gazetteer, entry: int) -> bool:
    """True for a first-level region of at least SMALL_REGION people."""
    return gaz.feature[entry] == "ADM1" and gaz.population[entry] >= SMALL_REGION


def region_name(gaz: Gazetteer, key: str) -> bool:
    """True when `key` is the name of a country or a (not tiny) first-level region."""
    return key not in GENERIC and any(
        (gaz.feature[e] == "PCLI" or known_region(gaz, e)) and not alt for e, alt in gaz.lookup(key)
    )


def some_entry(gaz: Gazetteer, key: str) -> bool:
    """True when `key` is the own name of any place of at least WEAK_POPULATION people (or a region)."""
    if key in GENERIC or len(key) < 3:
        return False
    return any(
        not alt and is_primary(gaz, e, key) and (gaz.population[e] >= WEAK_POPULATION or gaz.feature[e] != "PPL")
        for e, alt in gaz.lookup(key)
    )


def is_place_name(gaz: Gazetteer, text: str) -> bool:
    """True when any key form of `text` is in the gazetteer (an acronym only for a country,
    region or big city: "US", "UK", "BC", but not "BA" or "OAS")."""
    text = text.strip()
    if text in gaz.surface:
        return True
    if is_acronym(text):
        return strong_entry(gaz, name_key(text), min_population=ACRONYM_POPULATION)
    return any(gaz.lookup(k) for k in lookup_keys(text) if k not in GENERIC)


def is_acronym(text: str) -> bool:
    """True for short all-capital words such as "BA", "MoD" excluded ("NICE", "OAS")."""
    letters = text.replace(".", "")
    return len(letters) <= 4 and letters.isalpha() and (letters.isupper() or sum(c.isupper() for c in letters) >= 2)


def known_name(gaz: Gazetteer, text: str, fuzzy: bool = True) -> Optional[str]:
    """The well-known place `text` names, exactly or (with `fuzzy`) one edit away ("Donestk"), or None."""
    key = lookup_keys(text)[0]
    if strong_entry(gaz, key):
        return text
    fixed = fuzzy_index(gaz).match(key) if fuzzy and len(key) >= 6 and not gaz.lookup(key) else None
    if fixed and fixed.replace(" ", "") == key.replace(" ", ""):
        return None  # "Northwestern" is a word of its own, not "North Western" misspelt
    if fixed and strong_entry(gaz, fixed, min_population=STRONG_POPULATION * 3):
        return fixed
    return None
