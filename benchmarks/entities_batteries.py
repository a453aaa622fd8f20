"""Score the entities (names, their types and their grouping) on the sentence batteries in
benchmarks/entities_batteries/.

Each line of a battery is one short news text written for newsgraph in the plain style of wire
copy: `text<TAB>gold`, where gold is `NONE` (no entity at all) or items joined by " ;; ", each
`Name|TYPES`: the entity's canonical name (full name, no title, no "the", no possessive) and
its allowed types joined by "/" (PERSON ORG GPE LOC NORP FAC PRODUCT EVENT). "-" among the types
means "absent is right too" (the item counts for recall only when found); a type the record does
not keep (WORK_OF_ART, LAW) or "-" alone means the name must not be an entity. A literal "\\n" in
the text is a paragraph break.

Scores per file: items (strict: every required gold entity found with an allowed type, no
forbidden or extra entity, one entity per thing), recall (required gold found with any type),
typed recall (found with an allowed type), precision (predicted entities that match a gold name
with an allowed type), split (an extra entity whose name is part of a gold name: "Biden" not
joined to "Joe Biden"). Entities are read after the places component, which retypes some.
Each battery was written before the round that first scored it; its _tune half was tuned on and
its _held half measured once after the round's last edit (EN_held and EN2_held were tuned on in
the next round). See BENCHMARKS.md, session 10.

Run: python benchmarks/entities_batteries.py [--verbose] [FILE ...]   (default: every battery)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from newsgraph.model import Entity
from battery_cli import run
from newsgraph.nlp import make_input_doc

BATTERIES = Path(__file__).with_name("entities_batteries")
KEPT_TYPES = frozenset("PERSON ORG GPE LOC NORP FAC PRODUCT EVENT".split())


@dataclass
class Gold:
    """One gold item: a name and its allowed types (empty: must not be an entity)."""

    name: str
    types: frozenset[str]
    optional: bool


@dataclass
class Tally:
    """Counts over one battery file."""

    lines: int = 0
    strict: int = 0
    gold: int = 0
    found: int = 0
    typed: int = 0
    predicted: int = 0
    right: int = 0
    split: int = 0


def norm(name: str) -> str:
    """A name compared without case, a leading "the" or a trailing possessive."""
    name = name.strip().lower().replace("\u2019", "'")
    name = name[4:] if name.startswith("the ") else name
    return name[:-2] if name.endswith("'s") else name


def parse_gold(text: str) -> list[Gold]:
    """The gold items of one line (`NONE` gives none)."""
    if text.strip() == "NONE":
        return []
    items = []
    for item in text.split(" ;; "):
        name, _, types = item.rpartition("|")
        allowed = frozenset(t for t in types.split("/") if t in KEPT_TYPES)
        items.append(Gold(norm(name), allowed, "-" in types.split("/") or not allowed))
    return items


def judge_line(golds: list[Gold], entities: list[Entity], tally: Tally) -> list[str]:
    """Add one line's counts to `tally`; return its faults (empty when the line is right)."""
    faults = []
    by_name = {norm(e.name): e for e in entities}
    for gold in golds:
        got = by_name.get(gold.name)
        if not gold.optional:
            tally.gold += 1
            tally.found += got is not None
            tally.typed += got is not None and got.type in gold.types
        if got is None and not gold.optional:
            faults.append(f"missed {gold.name}")
        elif got is not None and got.type not in gold.types:
            faults.append(f"{gold.name}: {got.type}")
    allowed = {g.name: g.types for g in golds}
    names = set(allowed)
    for entity in entities:
        tally.predicted += 1
        tally.right += entity.type in allowed.get(norm(entity.name), ())
        if norm(entity.name) not in names:
            split = any(set(norm(entity.name).split()) <= set(n.split()) for n in names)
            tally.split += split
            faults.append(f"{'split' if split else 'extra'} {entity.name}|{entity.type}")
    return faults


def score(path: Path, nlp: Language, verbose: bool = False) -> Tally:
    """Run the entities and places components on every line of one battery file (printing
    the lines not strictly right when `verbose`)."""
    tally = Tally()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text, gold = line.split("\t")
        doc = nlp(make_input_doc(nlp, text.replace("\\n", "\n"), published="2024-03-05"))
        faults = judge_line(parse_gold(gold), doc._.ng_entities, tally)
        tally.lines += 1
        tally.strict += not faults
        if faults and verbose:
            print(f"  {text[:90]}\n    {'; '.join(faults)}")
    return tally


def ratio(a: int, b: int) -> str:
    """`a/b = 0.xxx`, or "-" when b is 0."""
    return f"{a}/{b} = {a / b:.3f}" if b else "-"


def summary(path: Path, t: Tally) -> str:
    """One file's scores."""
    return (f"{path.name}: items {ratio(t.strict, t.lines)}  recall {ratio(t.found, t.gold)}  "
            f"typed recall {ratio(t.typed, t.gold)}  precision {ratio(t.right, t.predicted)}  split {t.split}")


def main(argv: list[str] | None = None) -> None:
    """Command line: one summary line per battery."""
    run(__doc__, BATTERIES, ("newsgraph_entities", "newsgraph_places"), score, summary, argv)


if __name__ == "__main__":
    main()
