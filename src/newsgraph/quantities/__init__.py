"""Quantities: every number a careful reader would list, normalised and attached.

`extract_quantities(text, doc=None)` returns `newsgraph.model.Quantity` records: value,
bounds ("nearly 1,900 miles" → high 1900, approximate; "more than 100 miles" → low
100), unit and its canonical SI-style value (860 miles → 1384.0 km), what the number
measures ("range of Flamingo missiles", "territory") and, where the text says so, a
GDELT-style count type ("killed at least 12 people" → KILL). Importing this package
registers the spaCy factory `newsgraph_quantities`, which writes `doc._.ng_quantities`.

The reader is one combined compiled regex pass over the text plus small anchored
readers, with light use of the parse for attachment; unit tables are hand-written
(`units.py`, `currency.py`): no quantulum3 or pint at run time.
"""

from __future__ import annotations

from newsgraph.quantities.component import QuantityComponent, make_quantities
from newsgraph.quantities.extract import extract_quantities

__all__ = ["QuantityComponent", "extract_quantities", "make_quantities"]
