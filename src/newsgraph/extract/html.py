"""HTML pages: trafilatura finds the article, then our own pass removes the furniture it keeps.

The page is parsed once (lxml, through trafilatura's loader); that one tree serves the
metadata (trafilatura's, with htmldate for the date), our DOM pass over furniture
containers (`dom.py`) and trafilatura's extraction, whose output tree (paragraphs,
headings, list items with their links) becomes `Block`s for the classifier.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any, Optional

import trafilatura
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

from newsgraph.extract.dom import drop_hidden, prune_furniture
from newsgraph.extract.furniture import Block, Sorted, sort_blocks
from newsgraph.extract.metadata import page_metadata
from newsgraph.extract.text import Header, split_header
from newsgraph.extract.titles import drop_title_blocks
from newsgraph.model import Furniture, Related

URL_PREFIX = re.compile(r"^https?://(?:www\.|m\.)?")

# trafilatura warns on every page it cannot use; our caller gets an ExtractionError instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

LB_MARK = "\u2029"  # paragraph separator: never left in block text
TEXT_TAGS = frozenset({"p", "head", "quote", "code", "div", "span", "hi"})


@dataclass
class HtmlResult:
    """What the HTML path found: body blocks, furniture, related items, metadata."""

    blocks: list[Block]
    furniture: list[Furniture] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    title: Optional[str] = None
    standfirst: Optional[str] = None
    html_lang: Optional[str] = None


def parse_html(text: str) -> Optional[HtmlElement]:
    """Parse HTML text once; None when lxml finds no document in it."""
    try:
        return trafilatura.load_html(text)
    except (TypeError, ValueError):
        return None


def _segments(el: _Element) -> list[str]:
    """The element's text, split where it had line breaks (<lb/>)."""
    for lb in el.iter("lb"):
        lb.tail = LB_MARK + (lb.tail or "")
    return "".join(el.itertext()).split(LB_MARK)


def _link_ratio(el: _Element, text: str) -> tuple[float, Optional[str]]:
    """Share of `text` that sits inside links, and the first link's target."""
    linked, href = 0, None
    for ref in el.iter("ref"):
        ref_text = " ".join("".join(ref.itertext()).split())
        if ref_text and ref_text in text:
            linked += len(ref_text)
            href = href or ref.get("target")
    return (min(1.0, linked / len(text)) if text else 0.0), href


def _level(el: _Element) -> int:
    rend = el.get("rend") or ""
    return int(rend[1]) if el.tag == "head" and rend[:1] == "h" and rend[1:2].isdigit() else 0


def _element_blocks(el: _Element, tag: str) -> list[Block]:
    blocks = []
    level = _level(el) or (2 if tag == "head" else 0)
    for segment in _segments(el):
        block = Block(segment, tag=tag, level=level)
        if block.text:
            block.link_ratio, block.href = _link_ratio(el, block.text)
            blocks.append(block)
    return blocks


BLOCK_CHILDREN = frozenset({"head", "p", "quote", "list", "item", "table", "code"})


class _InlineRun:
    """Text and links between the block children of a list item."""

    def __init__(self, text: Optional[str]) -> None:
        self.parts = [text or ""]
        self.linked = 0
        self.href: Optional[str] = None

    def add(self, child: _Element) -> None:
        text = "".join(child.itertext())
        self.parts.append(text)
        if child.tag == "ref":
            self.linked += len(text.strip())
            self.href = self.href or child.get("target")
        self.parts.append(child.tail or "")

    def block(self, tag: str = "item") -> Optional[Block]:
        block = Block("".join(self.parts), tag=tag, href=self.href)
        if not block.text:
            return None
        block.link_ratio = min(1.0, self.linked / len(block.text))
        return block


def _container_blocks(el: _Element, tag: str) -> list[Block]:
    """A list item or table cell, or the headings and paragraphs inside it when it holds some."""
    if not any(child.tag in BLOCK_CHILDREN for child in el):
        return _element_blocks(el, tag)
    return _mixed_blocks(el, BLOCK_CHILDREN, loose_tag=tag, inner=tag)


def _mixed_blocks(el: _Element, block_tags: frozenset[str], loose_tag: str, inner: str) -> list[Block]:
    """The blocks of `el`'s children that are blocks, and its loose inline runs between them."""
    blocks: list[Block] = []
    run = _InlineRun(el.text)
    for child in el:
        if child.tag not in block_tags:
            run.add(child)
            continue
        blocks += [b for b in [run.block(loose_tag)] if b]
        blocks += _blocks(child, inner)
        run = _InlineRun(child.tail)
    return blocks + [b for b in [run.block(loose_tag)] if b]


def _table_blocks(table: _Element) -> list[Block]:
    blocks: list[Block] = []
    for row in table.iterchildren("row"):
        cells = list(row.iterchildren("cell"))
        if any(child.tag in BLOCK_CHILDREN for cell in cells for child in cell):
            for cell in cells:
                blocks += _container_blocks(cell, "table")
        else:
            blocks += _row_blocks(row, cells)
    return blocks


def _row_blocks(row: _Element, cells: list[_Element]) -> list[Block]:
    """A table row as one block, its cells separated by spaces."""
    for cell in cells[:-1]:
        cell.tail = " " + (cell.tail or "")
    return _element_blocks(row, "table")


def _blocks(el: _Element, inner: str = "p") -> list[Block]:
    """Blocks of one element of trafilatura's output; `inner` names plain paragraphs."""
    if el.tag == "list":
        return [b for item in el.iterchildren("item") for b in _container_blocks(item, "item")]
    if el.tag == "table":
        return _table_blocks(el)
    if el.tag == "graphic":
        return []
    if el.tag == "head":
        return _element_blocks(el, "head")
    if el.tag == "div" and any(child.tag in DIV_CHILDREN for child in el):
        return _div_blocks(el, inner)
    return _element_blocks(el, el.tag if el.tag in TEXT_TAGS and inner == "p" else inner)


DIV_CHILDREN = BLOCK_CHILDREN | {"div"}


def _div_blocks(el: _Element, inner: str) -> list[Block]:
    """A wrapper <div> that trafilatura left around paragraphs (its fallback extractors
    keep the page's containers): the blocks inside it, and its loose text between them."""
    return _mixed_blocks(el, DIV_CHILDREN, loose_tag="p", inner=inner)


def _loose(text: Optional[str]) -> list[Block]:
    """Text between elements (trafilatura sometimes leaves a paragraph there)."""
    block = Block(text or "")
    return [block] if block.text else []


def body_blocks(body: _Element) -> list[Block]:
    """trafilatura's output tree as blocks: one per paragraph, heading, list item or table row."""
    blocks = _loose(body.text)
    for el in body:
        blocks += _blocks(el) + _loose(el.tail)
    return blocks


def _run_trafilatura(tree: HtmlElement, url: Optional[str]) -> Optional[_Element]:
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, include_links=True, include_tables=True
        )
    except (TypeError, ValueError, AttributeError):
        return None
    return None if doc is None or isinstance(doc, dict) else doc.body


def extract_html(text: str, *, url: Optional[str] = None) -> Optional[HtmlResult]:
    """Article blocks, furniture and metadata of an HTML page; None when it has no article."""
    tree = parse_html(text)
    if tree is None:
        return None
    meta = extract_metadata(tree, default_url=url)
    result = HtmlResult(blocks=[], metadata=page_metadata(tree, meta, url), html_lang=_html_lang(tree))
    if drop_hidden(tree):
        _fill_body(result, tree, meta, url)
        if result.blocks:
            return result
        # Nothing visible is an article: the page shows its text by script, so keep the hidden.
        again = parse_html(text)
        tree = again if again is not None else tree
    _fill_body(result, tree, meta, url)
    return result


def _fill_body(result: HtmlResult, tree: HtmlElement, meta: Any, url: Optional[str]) -> None:
    """Find the article in `tree` with trafilatura and sort its blocks into `result`."""
    result.furniture, result.related = prune_furniture(tree)
    body = _run_trafilatura(tree, url)
    if body is None:
        return
    blocks, result.title, result.standfirst = drop_title_blocks(
        body_blocks(body), meta.title, meta.description
    )
    blocks, header = split_header(blocks)
    _header_metadata(result, header)
    found: Sorted = sort_blocks(blocks)
    result.blocks, own_url = _without_own_url(found.body, result.metadata.get("url"))
    result.furniture += header.furniture + found.furniture + own_url
    result.related += found.related


def _url_key(text: str) -> str:
    return URL_PREFIX.sub("", text.strip().lower()).rstrip("/")


def _without_own_url(blocks: list[Block], page_url: Optional[str]) -> tuple[list[Block], list[Furniture]]:
    """Blocks that are the page's own address printed on it ("https://site/news/…") are furniture;
    other bare addresses stay, as a reference list or a venue's website is part of the text."""
    if not page_url:
        return blocks, []
    own = _url_key(page_url)
    kept = [b for b in blocks if _url_key(b.text) != own]
    return kept, [Furniture("other", b.text) for b in blocks if _url_key(b.text) == own]


def _header_metadata(result: HtmlResult, header: Header) -> None:
    """A byline or date line at the top of the text fills what the markup did not give."""
    strategies = result.metadata.setdefault("strategies", {})
    if header.author and not result.metadata.get("author"):
        result.metadata["author"] = header.author
        strategies["author"] = "text:byline"
    if header.published and not result.metadata.get("date"):
        result.metadata["date"] = header.published
        strategies["published"] = "text:date-line"


def _html_lang(tree: HtmlElement) -> Optional[str]:
    lang = tree.get("lang") or tree.get("xml:lang")
    return lang.split("-")[0].lower() if lang else None
