"""Name keys: the one normalisation used both to index gazetteer names and to look them up."""

from __future__ import annotations

import re

from unidecode import unidecode

_DROP = re.compile(r"[.'’`ʻ]")
_SPACE = re.compile(r"[\s\-–—,/()]+")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .’\-]+$")
# Index-time variants: "Saint Louis" is also found as "St. Louis", "Mount Vernon" as "Mt. Vernon",
# "Democratic Republic of the Congo" as "Democratic Republic of Congo".
_VARIANTS = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "), ("port ", "pt "), ("of the ", "of "))


def name_key(text: str) -> str:
    """The lookup key of a place name: ASCII, lower case, no dots or apostrophes, single spaces.

    `name_key("U.S.") == "us"`, `name_key("Kyiv’s") == "kyivs"`, `name_key("Saint-Étienne") == "saint etienne"`.
    """
    text = unidecode(text).lower()
    text = _DROP.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def is_latin_name(text: str) -> bool:
    """True for names written in Latin letters only (no digits, no other scripts)."""
    return bool(_LATIN.match(text))


def key_variants(key: str) -> list[str]:
    """The key plus its common abbreviated forms ("saint paul" -> also "st paul", "isle of the
    dead" -> also "isle of dead")."""
    keys = [key]
    for long, short in _VARIANTS:
        if key.startswith(long):
            keys.append(short + key[len(long):])
        if (" " + long) in key:
            keys.append(key.replace(" " + long, " " + short))
    return keys
