"""The headline and the standfirst: find them at the top of the blocks, keep them out of the body."""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.extract.furniture import Block, is_headline

WORD = re.compile(r"\w+")
TOP = 4  # the headline sits within the first few blocks


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def same_title(block_text: str, title: str) -> bool:
    """True when the block is the headline, allowing a " | Site" suffix on either side."""
    a, b = _words(block_text), _words(title)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < 3:
        return False
    joined, part = " ".join(longer), " ".join(shorter)
    return part in joined and len(shorter) >= 0.6 * len(longer)


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def _is_standfirst(block: Block, description: Optional[str]) -> bool:
    """A heading right under the headline that reads as a summary sentence."""
    if block.tag != "head":
        return False
    if description and _overlap(block.text, description) >= 0.8:
        return True
    return block.words >= 8


def drop_title_blocks(
    blocks: list[Block], title: Optional[str], description: Optional[str] = None
) -> tuple[list[Block], Optional[str], Optional[str]]:
    """Remove the headline (and a standfirst heading under it) from the top of the blocks.

    Returns the blocks left, the headline and the standfirst (None when absent).
    """
    found = None
    if title:
        kept = [b for i, b in enumerate(blocks) if i >= TOP or not same_title(b.text, title)]
        found = title if len(kept) < len(blocks) else None
        blocks = kept
    if blocks and blocks[0].level == 1 and is_headline(blocks[0]):
        found = found or blocks[0].text
        blocks = blocks[1:]
    standfirst = None
    if blocks and _is_standfirst(blocks[0], description):
        standfirst, blocks = blocks[0].text, blocks[1:]
    return blocks, title or found, standfirst
