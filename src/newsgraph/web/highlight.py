"""Highlight stored facts in an article body: slice by offsets, escape every piece.

Each fact becomes exactly one element carrying `data-kind` and `data-fact`. Spans may
nest (a place inside a quote) or cross (a quote that ends inside an event's sentence);
a crossing span is closed where its parent closes and reopened right after as a
continuation element (class `hl-cont`, no `data-kind`), so counting `[data-kind]`
elements still counts facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional

from markupsafe import Markup, escape

# Kinds in legend order, with the label shown to readers.
KIND_LABELS: dict[str, str] = {
    "place": "Place",
    "person": "Person",
    "org": "Organisation",
    "group": "Group",
    "entity": "Other entity",
    "quote": "Quote",
    "quantity": "Number",
    "time": "Date / time",
    "event": "Event",
    "check": "Checked claim",
}
# Kinds hidden until the reader switches them on (they mostly repeat places).
HIDDEN_BY_DEFAULT = frozenset({"entity"})
# At the same start and end, earlier kinds wrap later ones.
_NESTING = {kind: i for i, kind in enumerate(
    ["event", "quote", "check", "group", "org", "person", "entity", "place", "time", "quantity"]
)}
_ENTITY_KINDS = {
    "PERSON": "person", "PER": "person",
    "ORG": "org", "ORGANIZATION": "org", "ORGANISATION": "org",
    "NORP": "group", "GROUP": "group",
}


@dataclass(frozen=True)
class Highlight:
    """One fact's span in the body, with what to show on hover."""

    start: int
    end: int
    kind: str
    fact: str  # "table:id", unique on the page
    title: str = ""


def entity_kind(entity_type: Optional[str]) -> str:
    """The highlight kind of an entity type (PERSON -> person, ORG -> org, ...)."""
    return _ENTITY_KINDS.get((entity_type or "").upper(), "entity")


def is_valid_span(start: Any, end: Any, length: int) -> bool:
    """True when `start`/`end` are integers with 0 <= start < end <= length."""
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def _sort_key(h: Highlight) -> tuple[int, int, int, str]:
    return (h.start, -h.end, _NESTING.get(h.kind, 99), h.fact)


def _open_tag(h: Highlight, continuation: bool) -> str:
    css = f"hl k-{h.kind}"
    if continuation:
        return f'<span class="{css} hl-cont" data-cont="{escape(h.fact)}">'
    anchor = h.fact.replace(":", "-")
    return (
        f'<span class="{css}" id="f-{escape(anchor)}" data-kind="{escape(h.kind)}" '
        f'data-fact="{escape(h.fact)}" title="{escape(h.title)}">'
    )


class _Writer:
    """Emits escaped text and tags while tracking the open spans."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.pos = 0
        self.parts: list[str] = []
        self.stack: list[Highlight] = []

    def text_to(self, pos: int) -> None:
        if pos > self.pos:
            self.parts.append(str(escape(self.body[self.pos:pos])))
            self.pos = pos

    def open(self, h: Highlight, continuation: bool = False) -> None:
        self.parts.append(_open_tag(h, continuation))
        self.stack.append(h)

    def close_ending(self) -> None:
        """Close every span ending here; reopen the crossing ones closed with them."""
        reopen: list[Highlight] = []
        while any(h.end <= self.pos for h in self.stack):
            top = self.stack.pop()
            self.parts.append("</span>")
            if top.end > self.pos:
                reopen.append(top)
        for h in reversed(reopen):
            self.open(h, continuation=True)


def render_body(body: str, highlights: Iterable[Highlight]) -> Markup:
    """The body as HTML: escaped text with one `<span data-kind>` per valid highlight.

    Highlights whose offsets fall outside the body are left out (see `is_valid_span`).
    """
    spans = sorted(
        (h for h in highlights if is_valid_span(h.start, h.end, len(body))), key=_sort_key
    )
    out = _Writer(body)
    i = 0
    while i < len(spans) or out.stack:
        next_start = spans[i].start if i < len(spans) else len(body) + 1
        next_end = min((h.end for h in out.stack), default=len(body) + 1)
        if next_end <= next_start:
            out.text_to(next_end)
            out.close_ending()
        else:
            out.text_to(next_start)
            out.open(spans[i])
            i += 1
    out.text_to(len(body))
    return Markup("".join(out.parts))
