"""Embedded posts: a tweet or post flattened into the article, signed on the next line.

Pages that embed a post from X/Twitter (or Threads, Bluesky, Mastodon) keep, once turned
into text, the post's words as a paragraph and then its signature line:

    I can't thank this man enough. … pic.twitter.com/dUO6AJlMxR
    — Dele (@dele_official) November 19, 2019

or, when the extraction joined the lines, on the post's own last line
("… the departed souls. — The Senate (@SenateX) October 9, 2018").

The post is a direct quote of the account holder: its text (without the trailing media
link) is the quote, the signature's name is the speaker and the dash is the cue.

A testimonial or review is signed the same way without a handle: a paragraph that is one
whole quotation, then a line of a dash and a short name ("“A gorgeous play …”" / "– Tur**").
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Doc

from newsgraph.model import Quote, Span, Speaker
from newsgraph.nlp import doc_text
from newsgraph.quotes.speakers import EntityIndex

SIGNATURE_RE = re.compile(
    r"(?:^[ \t]*|(?<=\S)|(?<=[ \t]))(?P<dash>[—–]|(?:(?<=\s)|^)--?)[ \t]*(?P<name>[^\n(@—–]{1,80}?)[ \t]*\((?P<handle>@\w{1,30})\)[ \t]*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?[ \t]*$",
    re.MULTILINE)
BYLINE_RE = re.compile(r"^[ \t]*(?P<dash>[—–]|--?)[ \t]*(?P<name>[A-Z][\w*.'’\- ]{0,40}?(?:,[ \w.'’\-]{1,30})?)[ \t]*$", re.MULTILINE)
WHOLE_QUOTE_RE = re.compile(r"[“\"](?P<inner>[^“”\"\n]{2,1500})[”\"]")
BYLINE_WORDS = 6
MEDIA_LINK_RE = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*$")
CONFIDENCE = 0.85
MAX_POST_PARAGRAPHS = 4
POST_LENGTH = 280  # characters: a post's longest line


def embedded_posts(doc: Doc, index: EntityIndex) -> Iterator[Quote]:
    """A direct quote for every post whose signature line follows it."""
    text = doc_text(doc)
    for sig in SIGNATURE_RE.finditer(text):
        body = _post_before(text, sig.start())
        if body is None:
            continue
        start, end = body
        yield Quote(start, end, text[start:end], "direct",
                    cue=Span(sig.start("dash"), sig.end("dash"), sig.group("dash")),
                    speaker=_speaker(doc, sig, index), confidence=CONFIDENCE)


def signed_quotes(doc: Doc, index: EntityIndex) -> Iterator[Quote]:
    """A direct quote for every paragraph that is one whole quotation signed on the next
    line by a dash and a short name (a review, a testimonial)."""
    text = doc_text(doc)
    for sig in BYLINE_RE.finditer(text):
        if len(sig.group("name").split()) > BYLINE_WORDS:
            continue
        end = len(text[: sig.start()].rstrip())
        start = text.rfind("\n", 0, end) + 1
        whole = WHOLE_QUOTE_RE.fullmatch(text, start, end)
        if whole is None or text[end:sig.start()].count("\n") < 1:
            continue
        yield Quote(whole.start("inner"), whole.end("inner"), whole.group("inner"), "direct",
                    cue=Span(sig.start("dash"), sig.end("dash"), sig.group("dash")),
                    speaker=_speaker(doc, sig, index), confidence=CONFIDENCE)


def _post_before(text: str, line_start: int) -> Optional[tuple[int, int]]:
    """The paragraph right before the signature line, without its media link."""
    end = len(text[:line_start].rstrip())
    start = text.rfind("\n\n", 0, end)
    start = 0 if start < 0 else start + 2
    while start < end and text[start].isspace():
        start += 1
    start = _earlier_lines(text, start)
    media = MEDIA_LINK_RE.search(text, start, end)
    if media is not None:
        end = media.start()
    if end - start < 2 or SIGNATURE_RE.match(text, start):
        return None
    return start, end


def _earlier_lines(text: str, start: int) -> int:
    """Start of the post when the extraction split it into paragraphs: the paragraphs just
    before that are tweet-sized and lack a closing full stop (article prose ends its
    paragraphs with one), up to MAX_POST_PARAGRAPHS - 1 of them."""
    for _ in range(MAX_POST_PARAGRAPHS - 1):
        end = len(text[:start].rstrip())
        if end == start or text[end:start].count("\n") < 2:
            break
        begin = text.rfind("\n\n", 0, end)
        begin = 0 if begin < 0 else begin + 2
        line = text[begin:end].strip()
        if not line or len(line) > POST_LENGTH or line[-1] in ".!?:;”\"’')" or SIGNATURE_RE.search(line):
            break
        start = begin + (len(text[begin:end]) - len(text[begin:end].lstrip()))
    return start


def _speaker(doc: Doc, sig: re.Match, index: EntityIndex) -> Speaker:
    start, end = sig.start("name"), sig.end("name")
    span = doc.char_span(start, end, alignment_mode="expand")
    entity = next((index.entity_of(t) for t in span if index.entity_of(t) is not None), None) if span else None
    return Speaker(start, end, sig.group("name"), name=entity.name if entity else sig.group("name"),
                   entity=entity.id if entity else None)
