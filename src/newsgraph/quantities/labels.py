"""Numbers that label items instead of counting them, read from the words around them.

"games six and seven", "rooms 101 and 102", "wins seven and eight": two consecutive numbers
right after a plural noun (no determiner) name the items of a series one by one.
"U.S. 54, 56 and 83", "S.R. 472", "Districts 4, 5, and 7": road numbers, and lists of numbers
after a plural label noun, name roads and districts.
"""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.quantities.numbers import SMALL

_PAIR_AFTER_RE = re.compile(r"\s+(?:and|or|&|through|to)\s+([a-z]+|\d{1,4})\b(?![.,]\d)", re.IGNORECASE)
_PAIR_BEFORE_RE = re.compile(r"\b[a-z]{3,}s\s+([a-z]+|\d{1,4})\s+(?:and|or|&|through|to)\s+$", re.IGNORECASE)
_PLURAL_BEFORE_RE = re.compile(r"\b[A-Za-z][a-z]{2,}s\s+$")
# Road numbers, and the list that may follow the first: "U.S. 54, 56, 83 and 400".
_ROAD_BEFORE_RE = re.compile(r"\b(?:U\.S\.|US|S\.R\.|SR|State\s+Road|Rte\.|Hwy\.)\s+(?:\d{1,4},?\s+(?:and\s+|or\s+)?)*$")
_LABELS = (r"(?i:\b(?:routes|highways|districts|wards|precincts|rooms|gates|zones|areas|phases|sections|chapters|"
           r"articles|amendments|exits|tracks|platforms|floors|lots|units|suites|grades|episodes|seasons|games)\s+)")
_LIST_ITEM = r"\d{1,4},?\s+(?:and\s+|or\s+|&\s+|through\s+)?"
_LABEL_LIST_BEFORE_RE = re.compile(rf"{_LABELS}(?:{_LIST_ITEM})+$")
_LABEL_FIRST_BEFORE_RE = re.compile(rf"{_LABELS}$")
_LIST_GOES_ON_RE = re.compile(r",\s*(?:and\s+)?\d|\s+(?:and|or|&|through)\s+\d")
_DETERMINERS = frozenset("its his her their our my your the these those this that".split())


def _value(word: str) -> Optional[float]:
    if word.isdigit():
        return float(word)
    return SMALL.get(word.lower())


def numbered_item(text: str, start: int, end: int, value: float) -> bool:
    """Whether the bare number at text[start:end] is one of two consecutive labels after a plural noun."""
    after = _PAIR_AFTER_RE.match(text, end)
    if after is not None and _value(after.group(1)) == value + 1:
        before = _PLURAL_BEFORE_RE.search(text, max(0, start - 20), start)
        return before is not None and not _after_determiner(text, before.start())
    pair = _PAIR_BEFORE_RE.search(text, max(0, start - 40), start)
    return pair is not None and _value(pair.group(1)) == value - 1 and not _after_determiner(text, pair.start())


def _after_determiner(text: str, pos: int) -> bool:
    """"their wins", "the games": a determined noun phrase, where a number after the noun may still count."""
    prev = re.search(r"([A-Za-z]+)\s+$", text[max(0, pos - 12):pos])
    return prev is not None and prev.group(1).lower() in _DETERMINERS


def label_list(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a road number or one of a list after a plural label noun."""
    window = max(0, start - 60)
    if _ROAD_BEFORE_RE.search(text, window, start) or _LABEL_LIST_BEFORE_RE.search(text, window, start):
        return True
    return bool(_LABEL_FIRST_BEFORE_RE.search(text, max(0, start - 16), start) and _LIST_GOES_ON_RE.match(text, end))
