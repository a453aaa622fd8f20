"""Places found by text patterns rather than entities: home towns in party affiliations
("D-Charleston") and after a person's age ("Jeremy Watson, 30, of Ten Mile"), dotted region
abbreviations ("S.C."), lists before "counties" ("Navarro, Henderson and Ellis counties"),
hyphen-joined places ("U.S.-Canada"), and a region following a name ("Cottonport, La.").

`TextPatterns` is a mixin of `recognize.Recognizer`: it reads `self.gaz`, `self.doc` and
`self.text`, and adds toponyms with `self.add()`.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from newsgraph.geo.candidates import follower_hints
from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.known import is_place_name, some_entry, strong_entry
from newsgraph.geo.names import name_key
from newsgraph.geo.readings import FOLLOWED_BY_REGION
from newsgraph.geo.spans import AFFILIATION, COUNTY_LIST, COUNTY_LIST_REACH, COUNTY_LIST_SPLIT, COUNTY_WORD, HOME_TOWN
from newsgraph.geo.toponyms import GENERIC, Toponym, lookup_keys


class TextPatterns:
    """Pattern finders of the Recognizer (see the module docstring)."""

    gaz: Gazetteer
    doc: Doc
    text: str

    def add(self, top: Optional[Toponym], sure: bool) -> None:  # pragma: no cover - the Recognizer's
        raise NotImplementedError

    def followed_by_region(self, span: Span) -> bool:
        """True for "Cottonport, La." and "Paris, Texas"."""
        text = self.text
        match = FOLLOWED_BY_REGION.match(text, span.end_char)
        return bool(match) and is_region_after(self.gaz, text, span.end_char)

    def affiliations(self) -> None:
        """Home towns and states in party affiliations: "Rep. Wendell Gilliard, D-Charleston",
        "Sen. Jeff Sessions (R-AL)" (a state's postal code)."""
        for match in AFFILIATION.finditer(self.text):
            name = match.group(1)
            start = match.start(1)
            if name in self.gaz.postal and self.text[match.end(1) : match.end(1) + 1] == ")":
                state = self.gaz.name[self.gaz.postal[name]]
                self.add(Toponym(start, start + len(name), name, name=state), sure=True)
            elif some_entry(self.gaz, lookup_keys(name)[0]) or strong_entry(self.gaz, name_key(name)):
                self.add(Toponym(start, start + len(name), name), sure=True)

    def abbreviations(self) -> None:
        """Dotted region abbreviations anywhere ("S.C.", "D.C.", inside "the D.C. Charter School
        Board" too), and single ones after a comma ("Greer, Ga.")."""
        for match in abbreviation_pattern(self.gaz).finditer(self.text):
            name = match.group(1)
            if name.count(".") >= 2 or match.group(0).startswith(","):
                start = match.start(1)
                self.add(Toponym(start, start + len(name), name), sure=True)

    def county_lists(self) -> None:
        """Names before a plural "counties" or "parishes": "Navarro, Henderson and Ellis counties"."""
        for word in COUNTY_WORD.finditer(self.text):
            match = COUNTY_LIST.search(self.text, max(0, word.start() - COUNTY_LIST_REACH), word.start())
            if match is None:
                continue
            noun = "County" if word.group(0).lower() == "counties" else "Parish"
            offset = match.start(1)
            for part in COUNTY_LIST_SPLIT.split(match.group(1)):
                name = self.county_name(part, noun)
                if name:
                    start = self.text.index(name, offset)
                    self.add(Toponym(start, start + len(name), name, name=f"{name} {noun}"), sure=True)
                offset += len(part)

    def county_name(self, part: str, noun: str) -> Optional[str]:
        """The county in one item of a county list, dropping leading words that are not part of
        it ("In Jackson" -> "Jackson" when Jackson County exists), or None."""
        words = part.split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if self.gaz.lookup(name_key(f"{name} {noun}")):
                return name
        return None

    def home_towns(self) -> None:
        """Home towns after a person's age: "Jeremy Watson, 30, of Ten Mile"."""
        for match in HOME_TOWN.finditer(self.text):
            words = match.group(1).rstrip(".").split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                if name_key(name) not in GENERIC and is_place_name(self.gaz, name):
                    start = match.start(1)
                    self.add(Toponym(start, start + len(name), name), sure=True)
                    break

    def joined_places(self) -> None:
        """Places joined by a hyphen into one token ("U.S.-Canada trade"): each part, when
        every part is a well-known place."""
        for token in self.doc:
            if "-" not in token.text[1:-1] or not token.text[:1].isupper():
                continue
            parts = token.text.split("-")
            if len(parts) > 3 or not all(p[:1].isupper() and self.well_known(p) for p in parts):
                continue
            start = token.idx
            for part in parts:
                self.add(Toponym(start, start + len(part), part), sure=True)
                start += len(part) + 1

    def well_known(self, name: str) -> bool:
        """True for a country, region or big city by name or dotted abbreviation ("U.S.")."""
        return name in self.gaz.surface or strong_entry(self.gaz, name_key(name))


_ABBREVIATIONS: dict[int, re.Pattern[str]] = {}


def abbreviation_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """A regex for the gazetteer's dotted abbreviations ("S.C.", "Calif."), built once."""
    if id(gaz) not in _ABBREVIATIONS:
        names = sorted((k for k in gaz.surface if k.endswith(".")), key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        _ABBREVIATIONS[id(gaz)] = re.compile(rf"(?:,\s*|(?<![\w.]))({alternatives})(?![\w])")
    return _ABBREVIATIONS[id(gaz)]


def is_region_after(gaz: Gazetteer, text: str, end: int) -> bool:
    """True when ", <state or country>" follows offset `end`."""
    return bool(follower_hints(gaz, text, end))
