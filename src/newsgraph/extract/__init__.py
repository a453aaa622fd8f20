"""Article text from a page: body, headline, date, language, and the furniture set aside.

`extract_article(text)` takes an already-decoded page, HTML or plain text (it decides
which), and returns an `Extracted`: the article body (paragraphs separated by blank lines,
headline not included), the headline, the publication date and where it came from, the
language, the page furniture that was removed (share lines, teasers, prompts, credits …)
and the teasers for other stories as `related` items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from newsgraph.errors import ExtractionError
from newsgraph.extract.furniture import Block
from newsgraph.extract.metadata import detect_language, find_dateline, normalize_published
from newsgraph.extract.titles import same_title
from newsgraph.model import Furniture, Related

__all__ = ["Extracted", "ExtractionError", "extract_article", "looks_like_html"]

HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml|<!--)", re.I)
HTML_TAG = re.compile(
    r"</?(p|div|br|span|a|li|ul|ol|h[1-6]|article|section|table|td|tr|img|strong|em|b|i|meta|"
    r"title|header|footer|nav|figure|figcaption)\b[^<>]*>",
    re.I,
)
FULL_DOCUMENT = re.compile(r"<(html|body)\b", re.I)


@dataclass
class Extracted:
    """The article found in a page, and what was set aside."""

    body: str
    title: Optional[str] = None
    published: Optional[str] = None  # ISO YYYY-MM-DD
    published_source: Optional[str] = None  # caller | html | text | None
    language: Optional[str] = None  # ISO 639-1
    language_confidence: float = 0.0
    furniture: list[Furniture] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    dateline: Optional[str] = None
    format: str = "text"  # html | text

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, in order."""
        return self.body.split("\n\n") if self.body else []


def looks_like_html(text: str) -> bool:
    """True when the text is HTML markup rather than prose."""
    if HTML_START.match(text):
        return True
    return len(HTML_TAG.findall(text[:20000])) >= 3


def _join(blocks: list[Block]) -> str:
    return "\n\n".join(b.text for b in blocks if b.text)


def _extract_from_html(text: str, url: Optional[str]) -> Extracted:
    from newsgraph.extract.html import extract_html

    if not FULL_DOCUMENT.search(text[:5000]):
        text = f"<html><body><div>{text}</div></body></html>"
    found = extract_html(text, url=url)
    if found is None or not found.blocks:
        raise ExtractionError(
            "no article text found in this HTML page: check that it is the article's own page "
            "(not an index, a login wall or a script-only shell), or pass the article as plain text"
        )
    ex = Extracted(body=_join(found.blocks), title=found.title, format="html")
    ex.furniture, ex.related = found.furniture, found.related
    ex.metadata = found.metadata
    if found.standfirst:
        ex.metadata["standfirst"] = found.standfirst
    if found.html_lang:
        ex.metadata["html_lang"] = found.html_lang
    if found.metadata.get("date"):
        from_text = found.metadata["strategies"].get("published") == "text:date-line"
        ex.published, ex.published_source = found.metadata["date"], "text" if from_text else "html"
    return ex


def _extract_from_text(text: str, url: Optional[str]) -> Extracted:
    from newsgraph.extract.text import extract_text

    found = extract_text(text)
    if not found.blocks:
        raise ExtractionError(
            "no article text found: the input holds only a headline or page furniture "
            "(share lines, teasers, prompts); pass the article's paragraphs"
        )
    ex = Extracted(body=_join(found.blocks), title=found.title, format="text")
    ex.furniture, ex.related = found.furniture, found.related
    strategies: dict[str, str] = {}
    if found.title:
        strategies["title"] = "text:first-line"
    if found.author:
        strategies["author"] = "text:byline"
    if found.published:
        ex.published, ex.published_source = found.published, "text"
        strategies["published"] = "text:date-line"
    ex.metadata = {"author": found.author, "sitename": None, "url": url, "date": found.published}
    ex.metadata["strategies"] = strategies
    return ex


def _without_self_links(related: list[Related], title: Optional[str]) -> tuple[list[Related], list[Furniture]]:
    """Teasers carrying the article's own headline point at the page itself (share boxes,
    breadcrumbs, a 'most read' list that holds this story): furniture, not related stories."""
    if not title:
        return related, []
    own = [same_title(r.headline, title) for r in related]
    return ([r for r, mine in zip(related, own) if not mine],
            [Furniture("other", r.headline) for r, mine in zip(related, own) if mine])


def extract_article(
    text: str, *, url: Optional[str] = None, published: Optional[str] = None
) -> Extracted:
    """Extract the article from a decoded page (HTML or plain text, sniffed).

    `published`, when given, is the caller's publication date and wins over any date
    found in the page. Raises ExtractionError when the page holds no article text.
    """
    if not text or not text.strip():
        raise ExtractionError("input is empty: pass an article's HTML or text")
    if looks_like_html(text):
        ex = _extract_from_html(text, url)
    else:
        ex = _extract_from_text(text, url)
    ex.related, own = _without_self_links(ex.related, ex.title)
    ex.furniture += own
    ex.dateline = find_dateline(ex.body)
    ex.language, ex.language_confidence = detect_language(ex.body)
    strategies = ex.metadata.setdefault("strategies", {})
    if ex.language:
        strategies["language"] = "py3langid"
        ex.metadata["language_confidence"] = ex.language_confidence
    elif ex.metadata.get("html_lang"):
        ex.language = ex.metadata["html_lang"]
        strategies["language"] = "html:lang"
    if ex.dateline:
        strategies["dateline"] = "text:dateline"
    if published:
        ex.published, ex.published_source = normalize_published(published), "caller"
        strategies["published"] = "caller"
    return ex
