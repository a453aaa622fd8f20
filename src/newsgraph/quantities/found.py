"""`Found`: one quantity as the scanner reads it, before it becomes a model `Quantity`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsgraph.quantities.units import Unit


@dataclass
class Found:
    """One quantity found in the text, before it is turned into a `Quantity`."""

    start: int
    end: int
    value: float
    unit: Optional[Unit] = None
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False
    kind: str = "num"
    surface: str = ""
    scaled: bool = False
    scale: float = 1.0
    weak: bool = False
    num_start: int = 0
    num_end: int = 0
    age: bool = False  # an age ("Smith, 45,", "a 7-year-old"): unit year, measures an age
    elided: bool = False  # its noun left out ("not the last twenty"): the unit comes from the amount before
