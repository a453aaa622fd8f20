"""Dates, datelines, bylines and language: found in the page's markup or in its text.

Each value comes with the strategy that produced it, so a reader can tell an `og:title`
from a guess: `Extracted.metadata["strategies"]`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any, Optional

from lxml.html import HtmlElement

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(19|20)\d{2})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?,?\s+(?P<year>(19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r",?\s+(?P<year>(19|20)\d{2})\b", re.I),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(19|20)\d{2})\b"),
]
PUBLISH_CUE = re.compile(r"\b(published|posted|updated|date|first published|last updated)\b", re.I)
BYLINE = re.compile(
    r"^(?i:by|written by|words by|von|par|por)\s+(?P<name>[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}"
    r"(( and |, )[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3})*)\b",
)
# "KYIV, Ukraine (Reuters) -", "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -"
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,(?: [A-Z][\w.'’-]*)+)*"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: ?\([\w .&/-]+\))?\s*[-–—]+)\s+\S"
)


def _iso(year: int, month: int, day: int) -> Optional[str]:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> Optional[str]:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        return _iso(year, MONTHS[groups["month"].lower().rstrip(".")], int(groups["day"]))
    if groups.get("mon"):
        return _iso(year, int(groups["mon"]), int(groups["day"]))
    a, b = int(groups["a"]), int(groups["b"])
    return _iso(year, a, b) if a <= 12 else _iso(year, b, a)  # US order unless impossible


def parse_date(text: str) -> Optional[str]:
    """The first calendar date written in `text`, as ISO YYYY-MM-DD, or None."""
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _from_match(match)
            if iso:
                found.append((match.start(), iso))
    return min(found)[1] if found else None


def normalize_published(value: str) -> str:
    """A caller's publication date as ISO YYYY-MM-DD when it can be read, else unchanged."""
    head = value.strip()[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", head) and _iso(int(head[:4]), int(head[5:7]), int(head[8:])):
        return head
    return parse_date(value) or value.strip()


def find_dateline(text: str) -> Optional[str]:
    """The dateline that opens a body ("KYIV, Ukraine (Reuters) -"), or None."""
    match = DATELINE.match(text)
    if not match:
        return None
    dateline = match.group("dateline")
    return dateline if len(dateline) <= 80 else None


def find_byline(text: str) -> Optional[str]:
    """The author named by a short "By Jane Doe" line, or None."""
    if len(text) > 120:
        return None
    match = BYLINE.match(text)
    return match.group("name") if match else None


def date_line(text: str, words: int) -> Optional[str]:
    """The date of a short header line that is mostly a date ("Published March 3, 2025")."""
    if words > 16:
        return None
    iso = parse_date(text)
    if iso and (PUBLISH_CUE.search(text) or words <= 8):
        return iso
    return None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[Optional[str], float]:
    """(ISO 639-1 code, probability) of the text's language by py3langid; (None, 0) if too short.

    py3langid reads short English reports about West Africa as Nigerian Pidgin ("Gunmen
    kidnapped 30 students in northern Nigeria" -> pcm): a text whose words are English
    grammar words at the rate of English prose is English, whatever the character n-grams say.
    """
    sample = text[:1500]
    if len(sample.strip()) < 20:
        return None, 0.0
    ranked = _identifier().rank(sample)
    lang, confidence = ranked[0]
    if lang != "en":
        english = next((float(p) for code, p in ranked if code == "en"), 0.0)
        share = english_share(sample)
        if share >= ENGLISH_SHARE or (english >= 0.2 and share >= 0.1):  # English a close second
            return "en", round(max(english, share), 3)
    return lang, round(float(confidence), 3)


# Grammar words of English that other languages (Pidgin, Scots aside) do not spell alike; in
# English news they make a fifth of the words or more, in other languages almost none.
ENGLISH_WORDS = frozenset("""the of and to was were has have had that with from said by which its their
this these those would will been is are who after""".split())
ENGLISH_SHARE = 0.15
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str) -> float:
    """The share of `text`'s words that are English grammar words."""
    words = WORD_RE.findall(text.lower())
    return sum(w in ENGLISH_WORDS for w in words) / len(words) if words else 0.0


def _norm(text: Optional[str]) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def _first(tree: HtmlElement, xpath: str) -> Optional[str]:
    values = tree.xpath(xpath)
    if isinstance(values, str):
        return values.strip() or None
    return str(values[0]).strip() if values else None


TITLE_SOURCES = [
    ("html:og:title", "//meta[@property='og:title']/@content"),
    ("html:twitter:title", "//meta[@name='twitter:title']/@content"),
    ("html:h1", "string(//h1[1])"),
    ("html:title", "string(//title[1])"),
]


def title_strategy(tree: HtmlElement, title: str) -> str:
    """Which part of the page holds the title trafilatura chose."""
    wanted = _norm(title)
    for name, xpath in TITLE_SOURCES:
        value = _norm(_first(tree, xpath))
        if value and (value == wanted or wanted in value):
            return name
    return "html:json-ld" if _in_json_ld(tree, title) else "trafilatura"


def _in_json_ld(tree: HtmlElement, value: str) -> bool:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        if script.text and value in script.text:
            return True
    return False


def field_strategy(tree: HtmlElement, value: str, meta_xpath: str, meta_name: str) -> str:
    """Where a metadata value came from: a meta tag, JSON-LD, or trafilatura's page search."""
    if _norm(value) and _norm(value) in _norm(_first(tree, meta_xpath)):
        return meta_name
    return "html:json-ld" if _in_json_ld(tree, value) else "trafilatura"


def page_metadata(tree: HtmlElement, meta: Any, url: Optional[str]) -> dict[str, Any]:
    """Title, author, site, URL and date of an HTML page (trafilatura's metadata, with
    htmldate for the date), each with the strategy that produced it."""
    strategies: dict[str, str] = {}
    if meta.title:
        strategies["title"] = title_strategy(tree, meta.title)
    if meta.author:
        strategies["author"] = field_strategy(
            tree, meta.author, "//meta[@name='author' or @property='article:author']/@content", "html:meta:author"
        )
    if meta.sitename:
        strategies["sitename"] = field_strategy(
            tree, meta.sitename, "//meta[@property='og:site_name']/@content", "html:og:site_name"
        )
    if meta.date:
        strategies["published"] = "htmldate"
    if url or meta.url:
        strategies["url"] = "caller" if url else "html:canonical"
    return {
        "author": meta.author,
        "sitename": meta.sitename,
        "url": url or meta.url,
        "date": meta.date,
        "description": meta.description,
        "strategies": strategies,
    }
