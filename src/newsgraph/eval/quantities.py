"""Quantity extraction on quantulum3's own English test sentences: value + unit accuracy.

Data: `quantities.json` and `quantities.ambiguity.json` from quantulum3
(`quantulum3/_lang/en_US/tests/`), found anywhere under the given folder; 121
sentences, each with gold quantities (surface, value, unit name). Sentences are read in
a fixed order (sorted file paths, then file order); `limit` keeps the first N.

Scoring, per gold quantity: correct when one of our quantities overlaps its surface,
has the same value (relative tolerance 1e-6) and the same unit once our unit names are
mapped to quantulum3's (`QUANTULUM_NAMES`: ISO codes to currency names, "percent" to
"percentage", "pound" to "pound-mass", "millilitre" to "cubic centimetre",
"arcminute" to "minute of arc", …). Counting units are compared as numbers ("a dozen" =
12, "a gross" = 144). A gold range ("44 mg to 50 mg", value 47 ± 3) is also matched by
our two end points when we read the phrase as a change between two values ("reduced
from 44 mg to 50 mg").

Reported: `accuracy` over the gold quantities in scope, `accuracy_all` over every gold
quantity. Out of scope, by the issue's definition, are years ("1979", "the 1960s"),
which belong to the time stage; they are counted in `accuracy_all` only. `precision`
is the share of our quantities that match a gold one (quantulum3's gold is not
exhaustive, e.g. "245 23 yen" has none).

Run: python -m newsgraph.eval.quantities ../shared/data/quantities/quantulum3-tests [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from newsgraph.model import Quantity
from newsgraph.quantities import extract_quantities

FILES = ("quantities.json", "quantities.ambiguity.json")
CURRENCY_NAMES = {"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "yen", "INR": "indian rupee"}
QUANTULUM_NAMES = {
    None: "dimensionless", "percent": "percentage", "pound": "pound-mass", "millilitre": "cubic centimetre",
    "gigaannum": "gigayear", "megaannum": "megayear", "kiloannum": "kiloyear", "annum": "year",
    "arcminute": "minute of arc", "arcsecond": "second of arc",
}
COUNTING_UNITS = {"dozen": 12.0, "baker's dozen": 13.0, "gross": 144.0}
_YEAR_SURFACE = re.compile(r"(1\d|20)\d\d")


@dataclass
class Gold:
    """One gold quantity of a sentence."""

    surface: str
    start: int
    end: int
    value: float
    unit: str
    uncertainty: Optional[float]


@dataclass
class Case:
    text: str
    gold: list[Gold]


def load_cases(data: Path) -> list[Case]:
    """The test sentences under `data`, in a fixed order."""
    paths = sorted(p for name in FILES for p in data.rglob(name))
    if not paths:
        raise FileNotFoundError(f"no quantulum3 test files ({', '.join(FILES)}) under {data}")
    cases = []
    for path in paths:
        for item in json.loads(path.read_text(encoding="utf-8")):
            cases.append(Case(item["req"], _gold(item["req"], item["res"])))
    return cases


def _gold(text: str, results: list[dict]) -> list[Gold]:
    out, pos = [], 0
    for r in results:
        start = text.find(r["surface"], pos)
        start = text.find(r["surface"]) if start < 0 else start
        end = start + len(r["surface"])
        pos = end if start >= 0 else pos
        out.append(Gold(r["surface"], start, end, float(r["value"]), r["unit"], r.get("uncertainty")))
    return out


def in_scope(gold: Gold) -> bool:
    """False for gold quantities that are years (the time stage's, not ours)."""
    return not (gold.unit == "dimensionless" and _YEAR_SURFACE.fullmatch(gold.surface) is not None)


def quantulum_unit(unit: Optional[str]) -> str:
    """Our unit name in quantulum3's vocabulary ("USD per hour" → "dollar per hour")."""
    if unit in QUANTULUM_NAMES:
        return QUANTULUM_NAMES[unit]
    assert unit is not None
    parts = [CURRENCY_NAMES.get(p, QUANTULUM_NAMES.get(p, p)) for p in unit.split(" per ")]
    return " per ".join(parts).lower()


def _normalised_gold(gold: Gold) -> tuple[float, str]:
    if gold.unit in COUNTING_UNITS:
        return gold.value * COUNTING_UNITS[gold.unit], "dimensionless"
    return gold.value, gold.unit.lower()


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def matches(gold: Gold, ours: list[Quantity]) -> bool:
    """Whether our quantities contain the gold one (same span, value and unit)."""
    value, unit = _normalised_gold(gold)
    overlapping = [q for q in ours if q.start < gold.end and gold.start < q.end]
    if any(_same(q.value, value) and quantulum_unit(q.unit) == unit for q in overlapping):
        return True
    if gold.uncertainty:
        ends = {round(value - gold.uncertainty, 9), round(value + gold.uncertainty, 9)}
        found = {round(q.value, 9) for q in overlapping if quantulum_unit(q.unit) == unit}
        return ends <= found
    return False


def evaluate(data: Path, *, limit: Optional[int] = None, verbose: bool = False) -> dict:
    """Value + unit accuracy of `extract_quantities` on the quantulum3 sentences."""
    cases = load_cases(Path(data))[:limit]
    started = time.perf_counter()
    counts = {"gold": 0, "gold_in_scope": 0, "correct": 0, "correct_in_scope": 0, "predicted": 0, "predicted_matched": 0}
    misses: list[str] = []
    for case in cases:
        ours = extract_quantities(case.text)
        _score(case, ours, counts, misses)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {
        "sentences": len(cases),
        **counts,
        "accuracy": _ratio(counts["correct_in_scope"], counts["gold_in_scope"]),
        "accuracy_all": _ratio(counts["correct"], counts["gold"]),
        "precision": _ratio(counts["predicted_matched"], counts["predicted"]),
        "seconds": round(seconds, 3),
    }
    if verbose:
        result["misses"] = misses
    return result


def _score(case: Case, ours: list[Quantity], counts: dict, misses: list[str]) -> None:
    matched: set[int] = set()
    for gold in case.gold:
        ok = matches(gold, ours)
        scope = in_scope(gold)
        counts["gold"] += 1
        counts["gold_in_scope"] += scope
        counts["correct"] += ok
        counts["correct_in_scope"] += ok and scope
        if ok:
            matched.update(i for i, q in enumerate(ours) if q.start < gold.end and gold.start < q.end)
        elif scope:
            got = [(q.text, q.value, q.unit) for q in ours if q.start < gold.end and gold.start < q.end]
            misses.append(f"{gold.surface!r} {gold.value} {gold.unit} | ours {got} | {case.text[:80]!r}")
    counts["predicted"] += len(ours)
    counts["predicted_matched"] += len(matched)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder holding quantulum3's test JSON files")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--verbose", action="store_true", help="also list the missed gold quantities")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.data, limit=args.limit, verbose=args.verbose), indent=2))


if __name__ == "__main__":
    main()
