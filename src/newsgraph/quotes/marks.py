"""Quotation marks to quoted spans, by one regex scan of the text (no parse needed).

News conventions handled:
- straight (") and typographic (“ ” „ « ») double marks, and the two-character ASCII
  forms '' and `` (old wire and NYT copy), and ’’ typed for ” (AP copy); a straight mark opens or closes by the
  characters around it, and by the state when that is ambiguous;
- a quote nested in another (single marks, or double marks of the other family:
  straight inside typographic or the reverse, or of the same family when two closing marks
  follow it) stays part of it; in a paragraph with no
  double mark at all, single quotes (‘…’ or '…') are the primary marks (headlines,
  British style), told from apostrophes by the letters around them;
- markup attribute values (author="…") are not quotes, nor an opening glyph standing free
  before a lower-case word (a garbled dash: "roads â “ probably the worst");
- a quote left open at the end of a paragraph, when the next paragraph begins with
  an opening mark, goes on in that paragraph (`continues=True`); one closed in the
  next paragraph without a new opening mark goes on as well;
- an odd number of marks never raises: a quote left open without a continuation ends
  at its paragraph's end (`closed=False`), a stray closing mark is ignored, except a
  straight one set off by blanks after a comma and before a lower-case word ("… the dive, "
  she said"): its opening mark was lost, and the quote runs from the start of its sentence
  (`open_len=0`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

DOUBLE_MARKS = re.compile(r"''|``|‘‘|’’|[\"“”„«»]")
SINGLE_MARKS = re.compile(r"['‘’‚]")
OPENING_GLYPHS = ("“", "„", "«", "‘", "‚", "``", "‘‘")
CLOSING_GLYPHS = ("”", "»", "’", "’’")  # ’’: a double closing mark typed as two singles (AP copy)
STRAIGHT_GLYPHS = ('"', "'", "''")
OPEN_BEFORE = "([{—–-/:;"  # characters that may stand right before an opening mark
SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z])")
ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}|[A-Za-z](?:\.[A-Za-z])+)\.")  # "Mr.", "Dr.", "U.S.", "a.m."


@dataclass
class QuoteSpan:
    """A quoted stretch of text: `text[start:end]` includes the marks that are there."""

    start: int
    end: int
    paragraph: int
    closed: bool = True
    continues: bool = False  # goes on from an open quote in the previous paragraph
    open_at_end: bool = False  # still open where its paragraph ends
    open_len: int = 1  # length of the opening mark (0: continued without one)
    close_len: int = 1  # length of the closing mark (0: left open)

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets without the quote marks."""
        return self.start + self.open_len, self.end - self.close_len


@dataclass
class _Mark:
    pos: int
    length: int
    side: str  # open | close | ?

    @property
    def end(self) -> int:
        return self.pos + self.length


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line of the text, trailing blanks trimmed."""
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        chunk = match.group()
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            yield start + lead, start + lead + len(stripped)


def _side(text: str, pos: int, length: int, start: int, end: int) -> str:
    """'open', 'close' or '?' for the mark at `pos`, from its glyph and neighbours."""
    glyph = text[pos : pos + length]
    before = text[pos - 1] if pos > start else " "
    after = text[pos + length] if pos + length < end else " "
    looks_open = (before.isspace() or before in OPEN_BEFORE) and not after.isspace()
    looks_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if glyph in OPENING_GLYPHS:
        return "close" if looks_close and not looks_open and before.isalnum() and after.isspace() else "open"
    if glyph in CLOSING_GLYPHS:
        return "open" if looks_open and not looks_close and before.isspace() else "close"
    if looks_open and not looks_close:
        return "open"
    if looks_close and not looks_open:
        return "close"
    if _handing_over(text, pos, length, end):
        return "close"
    return "?"


def _handing_over(text: str, pos: int, length: int, end: int) -> bool:
    """A straight mark set off by blanks after a comma and before a lower-case word
    ("… the search operation, " he said"): the closing mark before the cue, typed loose."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t")
    after = text[pos + length : min(end, pos + length + 2)]
    return before.endswith(",") and after[:1] == " " and after[1:2].islower()


def _single_side(text: str, pos: int, start: int, end: int) -> Optional[str]:
    """Like `_side` for single marks, or None for an apostrophe (it's, '90s, voters')."""
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if (before.isspace() or before in OPEN_BEFORE) and after.isalpha():
        return "open" if text[pos] in "'‘‚" else None
    if before.isalnum() and after.isalpha():
        return None
    if not before.isspace() and not after.isalnum() and text[pos] in "'’":
        return "close"
    return None


def _double_marks(text: str, start: int, end: int) -> list[_Mark]:
    """The paragraph's double marks, leaving out markup attribute values (author="…")."""
    found = []
    partner = False
    for m in DOUBLE_MARKS.finditer(text, start, end):
        pos, glyph = m.start(), m.group()
        if partner and glyph == '"':
            partner = False
            continue
        if pos > start and text[pos - 1] == "=" and glyph == '"':
            partner = True
            continue
        if _free_standing(text, pos, glyph, end):
            continue
        found.append(_Mark(pos, len(glyph), _side(text, pos, len(glyph), start, end)))
    return found


def _free_standing(text: str, pos: int, glyph: str, end: int) -> bool:
    """An opening glyph with blanks on both sides before a lower-case word ("roads â “ probably
    the worst"): a dash garbled by a broken encoding, not a quote mark."""
    if glyph not in ("“", "„", "«") or pos + 2 >= end or (pos > 0 and not text[pos - 1].isspace()):
        return False
    return text[pos + 1].isspace() and text[pos + 2].islower()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The paragraph's primary quote marks: double ones, else single ones."""
    found = _double_marks(text, start, end)
    if found:
        return found
    singles = [_Mark(m.start(), 1, _single_side(text, m.start(), start, end) or "") for m in SINGLE_MARKS.finditer(text, start, end)]
    marks = [m for m in singles if m.side]
    return marks if any(m.side == "open" for m in marks) else []


def _family(glyph: str) -> str:
    """Straight or typographic: a quote nested in another uses the other family or single marks."""
    return "straight" if glyph in STRAIGHT_GLYPHS else "curly"


class _Scanner:
    """The state of one paragraph's scan: the open quote, a nested one, the spans found."""

    def __init__(self, text: str, start: int, end: int, index: int) -> None:
        self.text, self.start, self.end, self.index = text, start, end, index
        self.spans: list[QuoteSpan] = []
        self.open: Optional[_Mark] = None
        self.continued = False
        self.nested: Optional[str] = None
        self.inner: Optional[_Mark] = None  # a quote nested in marks of its own family

    def _nests(self, mark: _Mark, rest: list[_Mark]) -> bool:
        """ "“… while his “Crazy” cousin is going …”": an opening mark of the open quote's own
        family inside it, followed by two closing marks before any other opening one, is a
        quote nested in it (sloppy copy without single marks), not the start of the next quote."""
        if self.open is None or _family(self.glyph(mark)) != _family(self.glyph(self.open)) or len(rest) < 2:
            return False
        if not DOUBLE_MARKS.fullmatch(self.glyph(mark)):
            return False  # single marks: a closing one may be an apostrophe ("Jones’ work")
        before = self.text[self.open.end : mark.pos].rstrip()
        if not before or before[-1] in ".!?,":
            return False  # "“A.” … “B" or "“A,” “B": a new quote, not one inside
        return rest[0].side == "close" and rest[1].side == "close"

    def glyph(self, mark: _Mark) -> str:
        return self.text[mark.pos : mark.end]

    def carry(self, marks: list[_Mark]) -> None:
        """A quote is open from the previous paragraph: continue it here if the convention says so."""
        if not marks:
            return
        first = marks[0]
        if first.side == "open" and first.pos == self.start:
            self.continued = True
        elif first.side in ("close", "?"):
            self.open, self.continued = _Mark(self.start, 0, "open"), True

    def feed(self, mark: _Mark, rest: list[_Mark]) -> None:
        if self.inner is not None:
            if mark.side != "open":
                self.inner = None  # the close of a quote nested in the same marks
                return
            self.inner = None
        if self.open is not None and self.open.length and mark.side == "open" and self._nests(mark, rest):
            self.inner = mark
            return
        if self.open is not None and self.open.length and _family(self.glyph(mark)) != _family(self.glyph(self.open)):
            if self.nested is None and mark.side == "open":
                self.nested = _family(self.glyph(mark))
                return
            if self.nested == _family(self.glyph(mark)):
                self.nested = None
                return
        side = mark.side if mark.side != "?" else ("close" if self.open is not None else "open")
        if side == "open":
            if self.open is not None and mark.pos > self.open.pos:
                self.emit(mark.pos, 0)
            self.open, self.nested = mark, None
        elif self.open is not None:
            self.emit(mark.end, mark.length)
        elif _handing_over(self.text, mark.pos, mark.length, self.end):
            self.open = _Mark(self._sentence_start(mark.pos), 0, "open")  # its opening mark was lost
            self.emit(mark.end, mark.length)

    def _sentence_start(self, pos: int) -> int:
        """Start of the sentence holding `pos`: after the last full stop before it that is
        not an abbreviation's ("Mr.", "U.S."), within the paragraph and after the last quote."""
        floor = self.spans[-1].end if self.spans else self.start
        for match in reversed(list(SENTENCE_END.finditer(self.text, floor, pos))):
            word = self.text[floor : match.start() + 1].split()[-1:]
            if word and not ABBREVIATION.fullmatch(word[0]):
                return match.end()
        return floor

    def emit(self, end: int, close_len: int) -> QuoteSpan:
        assert self.open is not None
        while end > self.open.pos + 1 and self.text[end - 1].isspace():
            end -= 1
        span = QuoteSpan(
            self.open.pos, end, self.index, closed=close_len > 0, continues=self.continued,
            open_len=self.open.length, close_len=close_len,
        )
        self.spans.append(span)
        self.open, self.continued, self.nested = None, False, None
        return span

    def finish(self) -> list[QuoteSpan]:
        if self.open is not None:
            self.emit(self.end, 0).open_at_end = True
        return self.spans


def scan_paragraph(text: str, start: int, end: int, index: int, carried: bool) -> list[QuoteSpan]:
    """Quoted spans of one paragraph; `carried` when a quote is open from the previous one."""
    marks = _marks(text, start, end)
    scanner = _Scanner(text, start, end, index)
    if carried:
        scanner.carry(marks)
    for n, mark in enumerate(marks):
        scanner.feed(mark, marks[n + 1 : n + 3])
    return scanner.finish()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span of the text, in order (see the module docstring for the rules)."""
    spans: list[QuoteSpan] = []
    carried = False
    for index, (start, end) in enumerate(paragraphs(text)):
        found = scan_paragraph(text, start, end, index, carried)
        spans.extend(s for s in found if s.inner[1] - s.inner[0] > 0)
        carried = bool(found) and found[-1].open_at_end
    return spans
