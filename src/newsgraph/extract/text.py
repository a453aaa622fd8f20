"""Plain-text pages (a page already flattened to text): blocks, headline, header lines, furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.extract.furniture import Block, is_body, is_headline, sort_blocks
from newsgraph.extract.metadata import date_line, find_byline
from newsgraph.model import Furniture, Related

CHUNK = re.compile(r"\n[ \t\u00a0]*\n")
HEADER_SPAN = 6  # byline and date lines sit within the first blocks, before the text
MIN_TITLE_WORDS = 2


@dataclass
class TextResult:
    """What the plain-text path found."""

    blocks: list[Block]
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    furniture: list[Furniture] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)


def _wrapped(lines: list[str]) -> bool:
    """True when the lines are one paragraph hard-wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    if width > 100:
        return False
    full = sum(1 for line in lines[:-1] if len(line) >= 0.7 * width)
    continued = any(line[:1].islower() for line in lines[1:])
    return continued and full >= 0.8 * (len(lines) - 1)


def text_blocks(text: str) -> list[Block]:
    """Split text into blocks: blank lines separate chunks, and each line of a chunk is a
    block unless the chunk is a hard-wrapped paragraph."""
    blocks = []
    for chunk in CHUNK.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if _wrapped(lines):
            blocks.append(Block(" ".join(lines)))
        else:
            blocks.extend(Block(line) for line in lines)
    return [b for b in blocks if b.text]


def _take_title(blocks: list[Block]) -> tuple[Optional[str], list[Block]]:
    """The first block as the headline when it reads as one; a single word ("PITTSBURGH")
    is a dateline or a section label, not a headline, and stays in the text."""
    if len(blocks) > 1 and blocks[0].words >= MIN_TITLE_WORDS and is_headline(blocks[0]) and not is_body(blocks[0]):
        return blocks[0].text, blocks[1:]
    return None, blocks


@dataclass
class Header:
    """Byline and date lines found above the first paragraph."""

    author: Optional[str] = None
    published: Optional[str] = None
    furniture: list[Furniture] = field(default_factory=list)


def split_header(blocks: list[Block]) -> tuple[list[Block], Header]:
    """Take byline and date lines above the first paragraph out of the blocks."""
    header, kept = Header(), []
    for i, block in enumerate(blocks):
        in_header = i < HEADER_SPAN and not any(is_body(b) for b in blocks[:i])
        author = find_byline(block.text) if in_header else None
        published = date_line(block.text, block.words) if in_header else None
        if author and not header.author:
            header.author = author
            header.furniture.append(Furniture(kind="credit", text=block.text))
        elif published and not header.published:
            header.published = published
            header.furniture.append(Furniture(kind="other", text=block.text))
        else:
            kept.append(block)
    return kept, header


def extract_text(text: str) -> TextResult:
    """Headline, header lines, article blocks and furniture of a plain-text page."""
    title, blocks = _take_title(text_blocks(text))
    blocks, header = split_header(blocks)
    result = TextResult(blocks=[], title=title, author=header.author, published=header.published)
    found = sort_blocks(blocks, plain_text=True)
    result.blocks = found.body
    result.furniture = header.furniture + found.furniture
    result.related = found.related
    return result
