"""Names the small model types PERSON that cannot be a person's, read from the words alone.

- A model number or version in the name ("Nighthawk X4", "802.11ax Wi-Fi"): a word mixing
  digits and letters, or a name opening with a digit, is a product's, never a person's; so is
  a name ending in a product line's word ("Magic Keyboard", "Chromecast Ultra").
- Ordinary English words ("Best Buy", "Quick Start Guide", "Full Fact"): every word of a
  person's name is a name word, but these names end in a word the article also writes in
  lower case and hold another such word before it. A name given with a title or role, or
  used alone by one word ("Buy said"), stays a person's.
- A unit after a number ("400 MW") is no organisation's acronym: it is no name at all.
- A one-word "GPE" that no gazetteer knows and the article never writes as a place
  ("Ubisoft said") is an organisation's name.
- A "person" ending in a demonym before a common noun ("Historic Armenian church") is no name.
- A name in capitals inside a heading in capitals ("KOBE IN THE HOUSE:", "BIG VS. REALLY BIG:")
  is a heading's words, no name.
- The place of a dateline ("BUFFALO, N.Y. —") is a place, however the model typed it.
- A one-word "ORG" the article also gives with a first name and a role ("Jeff Sanborn,
  president of ...", untagged) is that person's surname.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Doc

ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
MODEL_WORD = re.compile(r"^\d|\b(?=[\w.]*\d)(?=[\w.]*[A-Za-z])[\w.]+")
# Words that end a product line's name ("Magic Keyboard", "Founder's Edition", "Chromecast Ultra").
PRODUCT_HEADS = frozenset(
    """keyboard edition folio ultra pro mini router charger console controller headphones
    earbuds speaker tablet laptop phone smartphone""".split()
)
MIN_WORD = 3  # shorter words ("Al", "Ed") are too often both a given name and an English word


def product_name(name: str, person: bool = True) -> bool:
    """True for a name of two or more words ending in a product line's word ("Smart Keyboard
    Folio") or, for a name typed as a person's, with a model number or version in it ("RAV4
    Hybrid", "Pixel 3a"; not an ordinal, "6th Avenue" is a street)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in PRODUCT_HEADS:
        return True
    return person and MODEL_WORD.search(ORDINAL.sub("", name)) is not None


def common_phrase(texts: Iterable[str], lower: set[str], with_role: bool) -> bool:
    """True when the mention texts of a "person" are all the same kind of phrase of ordinary
    words: two or more capitalised words, the last and at least one other also written in
    lower case in the article. `lower` holds the article's lower-case words."""
    if with_role:
        return False
    texts = list(texts)
    for text in texts:
        words = text.split()
        if len(words) < 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
            return False
        last, rest = words[-1].lower(), [w.lower() for w in words[:-1]]
        if len(last) < MIN_WORD or last not in lower:
            return False
        if not any(len(w) >= MIN_WORD and w in lower for w in rest):
            return False
    return bool(texts)


# Abbreviated titles: one standing alone is no name ("Lt Col | Alexander Vindman": "Col").
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof rev sen rep gov gen lt col maj sgt capt cmdr adm".split())


def lone_title(doc: Doc, start: int, end: int) -> bool:
    """True for a "name" that is one abbreviated title ("Col", "Sen.")."""
    return end - start == 1 and doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS


# Units the small model takes for organisations' acronyms ("1.64 GW", "400 MW", "55 MPH").
UNITS = frozenset("kw mw gw tw kwh mwh gwh twh mph kph km kg lb lbs hp rpm ppm bpd mbps gbps ghz mhz".split())


def unit_after_number(doc: Doc, start: int, end: int) -> bool:
    """True for a one-word "name" that is a unit right after a number ("1.64 GW")."""
    return end - start == 1 and start > 0 and doc[start].lower_ in UNITS and doc[start - 1].like_num


# Words before a place's name: a name typed GPE after one of these may be a small town.
PLACE_BEFORE = frozenset("in from near to into across outside inside of around through".split())


def known_place(word: str) -> bool:
    """True when the project's gazetteer (GeoNames places, their alternate names, regions,
    abbreviations and demonyms: "Ukrainian") has an entry named `word`."""
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.names import name_key

    gaz = load_gazetteer()
    key = name_key(word)
    return bool(gaz.lookup(key)) or word in gaz.surface or key in gaz.demonyms or key.rstrip("s") in gaz.demonyms


# Nouns whose "of" takes a firm, not a place ("shares of Nvidia", "the owner of Ubisoft").
FIRM_OF = frozenset("shares stock stocks stake owner owners maker shareholders investors subsidiary customers".split())


def _firm_of(doc: Doc, start: int) -> bool:
    """True for a name after "of" that follows a noun taking a firm ("shares of Nvidia")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in FIRM_OF


def unplaced(doc: Doc, spans: Iterable[tuple[int, int]]) -> bool:
    """True when a one-word "GPE" is no known place and the article never writes it as one:
    never after "in", "from", "near" …, never before ", <Region>" or "-based" ("Ubisoft said",
    "such as Brydge": a firm). `spans` are the token ranges of its mentions."""
    spans = list(spans)
    if not spans or any(end - start != 1 for start, end in spans):
        return False
    word = doc[spans[0][0]].text
    if "." in word or word.isupper() or known_place(word):
        return False  # "U.S.", "N.Y.", "UK": abbreviations of places
    for start, end in spans:
        if start > 0 and doc[start - 1].lower_ in PLACE_BEFORE and not _firm_of(doc, start):
            return False
        after = doc[end + 1].text if end + 1 < len(doc) else ""
        if (doc[end].text == "," and after[:1].isupper()) or (doc[end].text in ("-", "‐") and after == "based"):
            return False
    return True


@lru_cache(maxsize=4)
def _role_apposition(roles: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"\b[A-Z][a-z]+\s+([A-Z][\w'’-]+),\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(roles))})\b"
    )


def surnames_with_role(text: str, roles: frozenset[str]) -> set[str]:
    """Surnames the article gives with a first name and a role in apposition ("Jeff Sanborn,
    president of Chapter & Verse"), though the model may tag only the lone surname later
    ("Sanborn said", typed ORG)."""
    return {m.group(1) for m in _role_apposition(roles).finditer(text)}


def dateline_place(text: str) -> Optional[tuple[int, int]]:
    """The character span of the place in a dateline opening the body ("BUFFALO, N.Y. —",
    "KYIV, Ukraine (AP) —"), which the small model may type NORP or ORG; None without one."""
    from newsgraph.geo.datelines import DATELINE

    match = DATELINE.match(text[:120])
    if match is None or match.group("region") is None:
        return None
    place = match.group("place").rstrip()
    return match.start("place"), match.start("place") + len(place)


# Lower-case words joined to a name that make an adjective of it ("Trump-era", "Seoul-based").
HYPHEN_SUFFIXES = frozenset("era based led style like born owned backed run made linked funded".split())


def hyphen_tail(doc: Doc, start: int, end: int) -> int:
    """Where a person's full name really ends when the model stopped before a hyphenated
    lower-case syllable ("Moon Jae" of "Moon Jae-in", "Park Geun-hye"): after that syllable."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].text not in ("-", "‐"):
        return end
    tail = doc[end + 1]
    if doc[end - 1].whitespace_ or doc[end].whitespace_ or not (tail.is_lower and tail.is_alpha):
        return end
    return end + 2 if len(tail) <= 4 and tail.lower_ not in HYPHEN_SUFFIXES else end


def demonym_adjective(doc: Doc, start: int, end: int) -> bool:
    """True for a "person" ending in a demonym that modifies the common noun after it
    ("Historic Armenian church" in a headline): an adjective phrase, no name."""
    from newsgraph.geo.gazetteer import load_gazetteer
    from newsgraph.geo.names import name_key

    if end >= len(doc) or not (doc[end].is_lower and doc[end].pos_ == "NOUN"):
        return False
    return name_key(doc[end - 1].text) in load_gazetteer().demonyms


HEADING_WORDS = frozenset("in the of on at to vs and for with".split())
# Days of the calendar, which name a date, not a thing ("Easter Sunday", "Good Friday").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
HOLIDAY_WORDS = frozenset("""easter good palm ash holy christmas boxing thanksgiving labor labour memorial
    independence halloween new year's day eve""".split()) | WEEKDAYS
HOLIDAY_HEADS = frozenset("easter christmas thanksgiving halloween day eve".split()) | WEEKDAYS


def calendar_day(doc: Doc, start: int, end: int) -> bool:
    """True for a name made of calendar words only, ending in a day ("Easter Sunday", "Good
    Friday", "Christmas Eve", "Labor Day"): a date."""
    words = [t.lower_ for t in doc[start:end]]
    return len(words) > 1 and words[-1] in HOLIDAY_HEADS and all(w in HOLIDAY_WORDS for w in words)


def caps_heading(doc: Doc, start: int, end: int) -> bool:
    """True for a name all in capitals holding a small word ("KOBE IN THE HOUSE") or next to a
    capitalised ordinary word ("BIG VS."): a heading in capitals, no name."""
    from newsgraph.entities.people import english_word

    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not all(t.is_upper for t in words):
        return False
    if len(words) > 1 and any(t.lower_ in HEADING_WORDS for t in words):
        return True
    after = end + 1 if end < len(doc) and doc[end].text == "." else end
    near = [doc[i] for i in (start - 1, after) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) >= 3 and t.ent_iob_ == "O" and english_word(t) for t in near)


def no_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """True for a cleaned entity mention that names nothing: a unit after a number, an
    abbreviated title or a job word alone, a common initialism ("DUI"), (typed PERSON) a
    demonym adjective phrase, a class of ships ("Kolkata-class"), a title ("World Champion"),
    a work's title ("the film Three Kings") or a day of the calendar ("Easter Sunday")."""
    from newsgraph.entities.names import common_initialism, headline_sentence, lone_occupation
    from newsgraph.entities.patterns import class_modifier, title_phrase, work_title

    if class_modifier(doc, end) or title_phrase(doc, start, end, label) or work_title(doc, start, end, label):
        return True  # "a Kolkata-class destroyer", "World Champion", "the film Three Kings"
    if calendar_day(doc, start, end):
        return True  # "Easter Sunday"

    if unit_after_number(doc, start, end) or lone_title(doc, start, end) or common_initialism(doc, start, end):
        return True
    if label == "ORG" and headline_sentence(doc, start, end):
        return True
    if label in ("PERSON", "ORG", "PRODUCT", "NORP", "EVENT") and caps_heading(doc, start, end):
        return True
    if label in ("PERSON", "ORG") and lone_occupation(doc, start, end):
        return True
    return label == "PERSON" and demonym_adjective(doc, start, end)
