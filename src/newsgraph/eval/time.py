"""Evaluate time expressions on TimeML data (TimeBank + AQUAINT, as in TempEval-3).

Each .tml document's TEXT is run through spaCy and `newsgraph_times`, anchored on the
document's creation time (DCT), and compared with the gold TIMEX3 tags as TempEval-3's
scorer does: strict match (same extent) and relaxed match (overlapping extents, one to
one) precision/recall/F1; value and type accuracy over the relaxed matches; and the
value F1 (TempEval-3's "attribute F1": correct values over system and over gold).

    python -m newsgraph.eval.time ../shared/data/time/tbaq [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from newsgraph.errors import InputError


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDocument:
    """The TEXT of one .tml file, its creation date and its gold TIMEX3 tags."""

    name: str
    text: str
    dct: Optional[str]
    timexes: list[Timex] = field(default_factory=list)


def timeml_files(data: Path) -> list[Path]:
    """The .tml files under `data`, sorted (a fixed order makes `limit` reproducible)."""
    if not data.exists():
        raise InputError(f"no TimeML data at {data}: pass the folder holding TimeBank/AQUAINT .tml files")
    files = sorted(p for p in data.rglob("*.tml") if not p.name.startswith("._"))
    if not files:
        raise InputError(f"no .tml files under {data}: pass the TBAQ folder (TimeBank + AQUAINT)")
    return files


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one TimeML file: the TEXT element's plain text and its TIMEX3 offsets."""
    root = ET.parse(path).getroot()
    dct = root.find("./DCT/TIMEX3")
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError(f"{path} has no TEXT element: is it a TimeML file?")
    doc = TimeMLDocument(path.stem, "", dct.get("value") if dct is not None else None)
    pieces: list[str] = []
    _walk(text_el, pieces, doc.timexes, 0)
    doc.text = "".join(pieces)
    return doc


def _walk(el: ET.Element, pieces: list[str], timexes: list[Timex], offset: int) -> int:
    """Append an element's text to `pieces`, recording TIMEX3 spans; returns the new offset."""
    start = offset
    if el.text:
        pieces.append(el.text)
        offset += len(el.text)
    for child in el:
        offset = _walk(child, pieces, timexes, offset)
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    if el.tag == "TIMEX3":
        timexes.append(Timex(start, offset, "", el.get("type", ""), el.get("value", "")))
    return offset


def _trim(doc: TimeMLDocument) -> None:
    """Fill each gold text and trim surrounding spaces and a trailing comma from its extent."""
    for t in doc.timexes:
        while t.end > t.start and doc.text[t.end - 1] in " \n\t,":
            t.end -= 1
        while t.start < t.end and doc.text[t.start] in " \n\t":
            t.start += 1
        t.text = doc.text[t.start:t.end]


def load_documents(data: Path, limit: Optional[int] = None) -> list[TimeMLDocument]:
    """The first `limit` TimeML documents under `data` (sorted), gold extents trimmed."""
    docs = []
    for path in timeml_files(data)[:limit]:
        doc = read_timeml(path)
        _trim(doc)
        docs.append(doc)
    return docs


def match(gold: list[Timex], system: list[Any]) -> list[tuple[Timex, Any]]:
    """One-to-one pairs of overlapping gold and system expressions, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-overlap, gi, si))
    pairs, used_g, used_s = [], set(), set()
    for _, gi, si in sorted(candidates):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gold[gi], system[si]))
    return pairs


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc: TimeMLDocument, system: list[Any]) -> None:
        """Count one document's gold, system and matched expressions."""
        self.gold += len(doc.timexes)
        self.system += len(system)
        pairs = match(doc.timexes, system)
        self.relaxed += len(pairs)
        for g, s in pairs:
            self.strict += (g.start, g.end) == (s.start, s.end)
            self.value += g.value == s.value
            self.type += g.type == s.type
        self._note_errors(doc, system, pairs)

    def _note_errors(self, doc: TimeMLDocument, system: list[Any], pairs: list) -> None:
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        for g in doc.timexes:
            if id(g) not in matched_g:
                self.errors.append({"doc": doc.name, "kind": "missed", "text": g.text, "gold": g.value})
        for s in system:
            if id(s) not in matched_s:
                self.errors.append({"doc": doc.name, "kind": "spurious", "text": s.text, "value": s.value})
        for g, s in pairs:
            if g.value != s.value or (g.start, g.end) != (s.start, s.end):
                self.errors.append({"doc": doc.name, "kind": "value" if g.value != s.value else "extent",
                                    "text": s.text, "gold_text": g.text, "gold": g.value,
                                    "value": s.value, "dct": doc.dct})

    def metrics(self) -> dict[str, Any]:
        """Precision, recall, F1 (strict, relaxed, value) and accuracies over relaxed matches."""
        out: dict[str, Any] = {"documents": 0, "gold": self.gold, "system": self.system,
                               "strict_matches": self.strict, "relaxed_matches": self.relaxed}
        for name, hits in (("strict", self.strict), ("relaxed", self.relaxed), ("value", self.value)):
            p, r = _ratio(hits, self.system), _ratio(hits, self.gold)
            out[f"{name}_precision"], out[f"{name}_recall"] = round(p, 4), round(r, 4)
            out[f"{name}_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        out["value_accuracy"] = round(_ratio(self.value, self.relaxed), 4)
        out["type_accuracy"] = round(_ratio(self.type, self.relaxed), 4)
        return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(data: Path, *, limit: Optional[int] = None, nlp: Any = None,
             errors: Optional[list[dict[str, Any]]] = None) -> dict[str, Any]:
    """Score `newsgraph_times` on the TimeML files under `data` (the first `limit` of them).

    Returns strict/relaxed/value precision, recall and F1, value and type accuracy over
    relaxed matches, and counts. Pass a list as `errors` to collect the mismatches.
    """
    from newsgraph.nlp import load_nlp, make_input_doc

    docs = load_documents(Path(data), limit)
    nlp = nlp or load_nlp(components=("newsgraph_times",))
    inputs = [make_input_doc(nlp, d.text, published=_date_part(d.dct)) for d in docs]
    tally = Tally()
    for doc, parsed in zip(docs, nlp.pipe(inputs, batch_size=16)):
        tally.add(doc, parsed._.ng_times or [])
    if errors is not None:
        errors.extend(tally.errors)
    out = tally.metrics()
    out["documents"] = len(docs)
    return out


def _date_part(value: Optional[str]) -> Optional[str]:
    return value[:10] if value and len(value) >= 10 and value[4] == "-" else None


def main(argv: Optional[Iterable[str]] = None) -> int:
    """Command line: print the metrics as JSON (and optionally write the mismatches)."""
    parser = argparse.ArgumentParser(prog="python -m newsgraph.eval.time", description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with TimeML .tml files (e.g. shared/data/time/tbaq)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N files")
    parser.add_argument("--errors", type=Path, default=None, help="write the mismatches to this JSONL file")
    args = parser.parse_args(list(argv) if argv is not None else None)
    errors: list[dict[str, Any]] = []
    metrics = evaluate(args.data, limit=args.limit, errors=errors)
    if args.errors:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    json.dump(metrics, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
