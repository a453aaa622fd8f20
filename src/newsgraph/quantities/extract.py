"""From found quantities to `newsgraph.model.Quantity` records (with or without a parse)."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc

from newsgraph.model import Quantity
from newsgraph.quantities.attach import attach, attach_text
from newsgraph.quantities.scan import Found, scan
from newsgraph.quantities.units import to_canonical


def extract_quantities(text: str, doc: Optional[Doc] = None) -> list[Quantity]:
    """Every quantity in `text`, in order, as `Quantity` records.

    With `doc` (a parsed spaCy Doc of the same text) the measured object and count type
    come from the dependency parse; without it, from the neighbouring words. Offsets are
    character offsets into `text`.
    """
    adjective = _adjective_checker(doc) if doc is not None else None
    out = []
    for found in scan(text, adjective):
        measures, count_type = attach(doc, found) if doc is not None else attach_text(text, found)
        if found.weak and count_type is None:
            continue
        out.append(to_quantity(text, found, measures, count_type))
    return out


def to_quantity(text: str, found: Found, measures: Optional[str], count_type: Optional[str]) -> Quantity:
    """The public record of one found quantity."""
    si_value, si_unit = to_canonical(found.value, found.unit)
    return Quantity(
        start=found.start,
        end=found.end,
        text=text[found.start:found.end],
        value=_clean(found.value),
        low=None if found.low is None else _clean(found.low),
        high=None if found.high is None else _clean(found.high),
        unit=found.unit.name if found.unit else None,
        si_value=si_value,
        si_unit=si_unit,
        measures=measures,
        approximate=found.approximate,
        count_type=count_type,
        confidence=_confidence(found, measures),
    )


def _clean(x: float) -> float:
    return float(f"{x:.12g}")


def _confidence(found: Found, measures: Optional[str]) -> float:
    if found.unit is not None:
        return 0.9
    if measures is not None or found.kind in ("vague", "words"):
        return 0.75
    return 0.6


def _adjective_checker(doc: Doc) -> Callable[[int, int], bool]:
    """Confirms a word between a number and its unit modifies the unit ("100 frontline miles")."""

    def check(start: int, end: int) -> bool:
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            return False
        token = span[0]
        return token.pos_ == "ADJ" or (token.dep_ in ("compound", "amod") and token.head.i == token.i + 1)

    return check
