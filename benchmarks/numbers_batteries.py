"""Score the quantity and time readers on the sentence batteries in benchmarks/numbers_batteries/.

Each line is `published<TAB>text<TAB>gold`: the publication date the times resolve against, one
report in the plain style of wire copy ("\\n" written literally marks a paragraph break), and the
gold, `NONE` or items joined by " ;; ":
  q|surface|value|unit|low..high|measures[|COUNT_TYPE]   a quantity: unit "-" for a bare count,
      "low..high" empty when the text gives no bound ("43.." a floor, "..50" a ceiling), measures
      a substring of the measured phrase or "-" (not checked), COUNT_TYPE optional (KILL, WOUND …).
  t|surface|VALUE[/VALUE…]   a time with its TimeML value; "/" separates accepted values.
A leading "?" marks an item a careful reader may or may not list: neither missed nor extra.
A predicted item is matched to the gold items of its kind whose surface it overlaps. A line is
"strict" right when every gold item is right and nothing else is predicted.

Run: python benchmarks/numbers_batteries.py [--verbose] [FILE ...]   (default: every battery)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from spacy.language import Language

from newsgraph.model import Quantity, TimeExpression
from battery_cli import run
from newsgraph.nlp import make_input_doc

BATTERIES = Path(__file__).with_name("numbers_batteries")
Predicted = Union[Quantity, TimeExpression]


@dataclass
class Gold:
    """One gold item: its kind ("q" or "t"), span in the text, the fields, and whether optional."""

    kind: str
    start: int
    end: int
    fields: list[str]
    optional: bool


def parse_gold(text: str, gold: str) -> list[Gold]:
    """The gold items of one line, located in its text."""
    items = []
    for raw in [] if gold == "NONE" else gold.split(" ;; "):
        optional = raw.startswith("?")
        kind, surface, *fields = raw.lstrip("?").split("|")
        start = text.find(surface)
        if start < 0:
            raise ValueError(f"gold surface {surface!r} is not in the text: {text!r}")
        items.append(Gold(kind, start, start + len(surface), fields, optional))
    return items


def _close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=2e-3)


def _bound(text: str) -> Optional[float]:
    return float(text) if text else None


def quantity_right(q: Quantity, fields: list[str]) -> bool:
    """Whether a predicted quantity has the gold value, unit, bounds, measured object, count type."""
    value, unit, bounds, measures, *count = fields
    low, high = (_bound(b) for b in bounds.split("..")) if bounds else (None, None)
    value_ok = _close(q.value, float(value)) or (
        low is not None and high is not None and low <= q.value <= high)
    if unit == "-":
        unit_ok = q.unit is None
    else:
        unit_ok = q.unit is not None and q.unit.lower().startswith(unit.lower())
    measures_ok = measures == "-" or measures.lower() in (q.measures or "").lower()
    count_ok = not count or q.count_type == count[0]
    return value_ok and unit_ok and _close(q.low, low) and _close(q.high, high) and measures_ok and count_ok


def right(item: Predicted, gold: Gold) -> bool:
    """Whether a predicted item is right for the gold item it overlaps."""
    if isinstance(item, Quantity):
        return quantity_right(item, gold.fields)
    return item.value in gold.fields[0].split("/")


def overlaps(item: Predicted, gold: Gold) -> bool:
    """Whether a predicted item's span overlaps a gold item's surface."""
    return item.start < gold.end and gold.start < item.end


def describe(item: Predicted) -> str:
    """A short description of a predicted item for the failure listing."""
    if isinstance(item, Quantity):
        return (f"q {item.text!r} {item.value:g} {item.unit} [{item.low}..{item.high}] "
                f"measures={item.measures!r} {item.count_type or ''}")
    return f"t {item.text!r} {item.value}"


def judge(items: list[Predicted], golds: list[Gold]) -> tuple[int, int, int, list[str]]:
    """(gold right, predicted counted, predicted right, problems) for one line."""
    problems, found, counted, hits = [], 0, 0, 0
    for gold in golds:
        ok = any(overlaps(i, gold) and (isinstance(i, Quantity)) == (gold.kind == "q") and right(i, gold)
                 for i in items)
        found += ok and not gold.optional
        if not ok and not gold.optional:
            problems.append(f"missed {gold.kind}|" + "|".join(gold.fields))
    for item in items:
        kind = "q" if isinstance(item, Quantity) else "t"
        mine = [g for g in golds if g.kind == kind and overlaps(item, g)]
        if any(g.optional for g in mine) and not any(right(item, g) for g in mine if not g.optional):
            continue
        counted += 1
        if any(right(item, g) for g in mine):
            hits += 1
        else:
            problems.append("extra " + describe(item))
    return found, counted, hits, problems


def score(path: Path, nlp: Language, verbose: bool = False) -> dict[str, int]:
    """Counts of one battery: lines, strict lines, gold items, gold right, predicted, predicted right."""
    c = dict.fromkeys(("lines", "strict", "gold", "found", "predicted", "right"), 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        published, text, gold = line.split("\t")
        text = text.replace("\\n", "\n")
        golds = parse_gold(text, gold)
        doc = nlp(make_input_doc(nlp, text, published=published, anchor_source="caller"))
        items: list[Predicted] = [*doc._.ng_quantities, *doc._.ng_times]
        found, counted, hits, problems = judge(items, golds)
        c["lines"] += 1
        c["strict"] += not problems
        c["gold"] += sum(not g.optional for g in golds)
        c["found"] += found
        c["predicted"] += counted
        c["right"] += hits
        if verbose and problems:
            print(f"  {path.stem}: {text}\n    " + "\n    ".join(problems) + "\n    got: "
                  + "; ".join(describe(i) for i in items))
    return c


def summary(path: Path, c: dict[str, int]) -> str:
    """One battery's line: strict lines, recall, precision."""
    recall = c["found"] / max(c["gold"], 1)
    precision = c["right"] / max(c["predicted"], 1)
    return (f"{path.stem}: {c['lines']} lines, strict {c['strict']}, recall {recall:.3f} "
            f"({c['found']}/{c['gold']}), precision {precision:.3f} ({c['right']}/{c['predicted']})")


def main(argv: Optional[list[str]] = None) -> None:
    """Command line: one summary line per battery."""
    run(__doc__, BATTERIES, ("newsgraph_quantities", "newsgraph_times"), score, summary, argv)


if __name__ == "__main__":
    main()
