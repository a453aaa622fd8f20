"""Score the event coder on the sentence batteries in benchmarks/event_batteries/.

Each line of a battery is one report written for newsgraph in the plain style of wire copy:
`sentence<TAB>TYPE[|TYPE]<TAB>actor<TAB>target`, where actor and target are substrings the
coded participant must contain, alternatives are joined by "|", and "-" means "none is also
right". TYPE "NONE" marks a sentence that reports no event ("NONE|AID": none, or an AID). A line counts for "type" when an
asserted event of a gold type is coded (or none, for NONE), and for "strict" when its actor and
target are right too. Each battery was written before the round that first measured it; the
_tune halves were tuned on, the _held halves measured once after the round's last edit, and
A, B and C were tuned on in later rounds (see BENCHMARKS.md, sessions 9 and 10).

Run: python benchmarks/event_batteries.py [--verbose] [FILE ...]   (default: every battery)
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Event
from battery_cli import run
from newsgraph.nlp import make_input_doc

BATTERIES = Path(__file__).with_name("event_batteries")
PUBLISHED = "2024-03-05"


def matches(gold: str, got: str | None) -> bool:
    """Whether a coded participant fits the gold alternatives ("-": none is right)."""
    alternatives = gold.split("|")
    if not got:
        return "-" in alternatives
    return any(g != "-" and g.lower() in got.lower() for g in alternatives)


def judge(events: list[Event], types: str, actor: str, target: str) -> tuple[bool, bool]:
    """(type right, strict right) for one battery line."""
    if types == "NONE" or "NONE" in types.split("|") and not events:
        return not events, not events  # "NONE|AID": no event is right too
    hits = [e for e in events if e.type in types.split("|")]
    best = max(hits, key=lambda e: matches(actor, e.actor) + matches(target, e.target), default=None)
    strict = best is not None and matches(actor, best.actor) and matches(target, best.target)
    return best is not None, strict


def score(path: Path, nlp, verbose: bool = False) -> dict[str, int]:
    """Counts of one battery: sentences, type found, strict."""
    counts = {"sentences": 0, "type": 0, "strict": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        sentence, types, actor, target = line.split("\t")
        doc = nlp(make_input_doc(nlp, sentence, published=PUBLISHED, anchor_source="caller"))
        events = [e for e in doc._.ng_events if e.modality == "asserted"]
        typed, strict = judge(events, types, actor, target)
        counts["sentences"] += 1
        counts["type"] += typed
        counts["strict"] += strict
        if verbose and not strict:
            coded = "; ".join(f"{e.type} {e.actor} -> {e.target}" for e in events) or "nothing"
            print(f"  {path.stem}: {sentence}\n    gold {types} {actor} -> {target} | coded {coded}")
    return counts


def summary(path: Path, c: dict[str, int]) -> str:
    """One battery's line: sentences, type found, strict."""
    return f"{path.stem}: {c['sentences']} sentences, type found {c['type']}, strict {c['strict']}"


def main(argv: list[str] | None = None) -> None:
    """Command line: one summary line per battery."""
    run(__doc__, BATTERIES, None, score, summary, argv)


if __name__ == "__main__":
    main()
