"""Score place recognition and resolution on the sentence batteries in benchmarks/places_batteries/.

Each line is `text<TAB>gold`, where text is one sentence or a short paragraph ("\\n" written
literally for a paragraph break) in the plain style of wire copy, and gold is `NONE` or items
joined by " ;; ". An item is `surface=>Name,CC[,ADMIN1]`: a place the text names, with its
GeoNames name ("*": any name), ISO country code ("*": any, for regions such as "Middle East")
and optional GeoNames first-level code; `surface=>-`: the words are no place (a person's
name, a title, a nickname, a common word) and no place record may cover them; `surface=>?`:
either way is fine (streets and rivers the gazetteer lacks; a town inside a firm's or team's
name, "The Washington Post", or standing for its team, "Seattle beat Denver": LGL tags the
first, and GeoWebNews gives both coordinates that its evaluation scores). A predicted place
record is matched to the gold items whose surface it overlaps. Demonym records ("French") are
not scored. Reported per battery: items strictly right (every gold place found, nothing else
predicted), gold found (recall), predicted right (precision) and traps kept clear. Each
battery was written before the round that first scored it; its _tune half was tuned on and its
_held half's failures left unread until the round's last edit (P_held was tuned on in round 2).
See BENCHMARKS.md, session 10.

Run: python benchmarks/places_batteries.py [--verbose] [FILE ...]   (default: every battery)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsgraph.model import PlaceMention
from battery_cli import run
from newsgraph.nlp import make_input_doc

BATTERIES = Path(__file__).with_name("places_batteries")
PUBLISHED = "2024-03-05"


@dataclass
class Gold:
    """One gold item and the character spans its surface occupies in the text."""

    surface: str
    want: str  # "-" (no place), "?" (not scored) or "Name,CC[,ADMIN1]"
    spans: list[tuple[int, int]]


def parse_gold(text: str, gold: str) -> list[Gold]:
    """The gold items of one line, each located in the text (every occurrence of its surface)."""
    items = []
    for part in [] if gold == "NONE" else gold.split(" ;; "):
        surface, want = part.split("=>")
        spans, at = [], text.find(surface)
        while at >= 0:
            spans.append((at, at + len(surface)))
            at = text.find(surface, at + 1)
        if not spans:
            raise ValueError(f"gold surface {surface!r} is not in the text {text!r}")
        items.append(Gold(surface, want, spans))
    return items


def fits(m: PlaceMention, want: str) -> bool:
    """Whether a place record is the gold place `Name,CC[,ADMIN1]`."""
    name, cc, *admin = want.split(",")
    p = m.place
    return ((name == "*" or name.lower() == p.name.lower()) and (cc == "*" or cc == p.country)
            and (not admin or p.admin1 == f"{p.country}.{admin[0]}"))


def overlaps(m: PlaceMention, g: Gold) -> bool:
    """Whether a record covers one of the gold surface's occurrences."""
    return any(m.start < e and s < m.end for s, e in g.spans)


def judge(mentions: list[PlaceMention], golds: list[Gold]) -> dict[str, int]:
    """Counts for one line: gold places, found, predicted, right, traps, traps clear, strict."""
    places = [g for g in golds if g.want not in ("-", "?")]
    traps = [g for g in golds if g.want == "-"]
    found = sum(any(overlaps(m, g) and fits(m, g.want) for m in mentions) for g in places)
    scored = [m for m in mentions if not any(overlaps(m, g) and g.want == "?" for g in golds)]
    right = sum(any(overlaps(m, g) and fits(m, g.want) for g in places) for m in scored)
    clear = sum(not any(overlaps(m, g) for m in mentions) for g in traps)
    strict = found == len(places) and right == len(scored) and clear == len(traps)
    return {"lines": 1, "gold": len(places), "found": found, "predicted": len(scored),
            "right": right, "traps": len(traps), "clear": clear, "strict": int(strict)}


def describe(m: PlaceMention) -> str:
    """A place record in the gold's notation."""
    admin = (m.place.admin1 or "").split(".")[-1]
    return f"{m.text}=>{m.place.name},{m.place.country},{admin} ({m.confidence:.2f})"


def score(path: Path, nlp, verbose: bool = False) -> dict[str, int]:
    """Summed counts of one battery file."""
    total: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        raw, gold = line.split("\t")
        text = raw.replace("\\n", "\n")
        doc = nlp(make_input_doc(nlp, text, published=PUBLISHED, anchor_source="caller"))
        mentions = [m for m in doc._.ng_places if m.kind != "demonym"]
        counts = judge(mentions, parse_gold(text, gold))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
        if verbose and not counts["strict"]:
            got = " ;; ".join(describe(m) for m in mentions) or "nothing"
            print(f"  {path.stem}: {raw}\n    gold {gold}\n    got  {got}")
    return total


def summary(path: Path, c: dict[str, int]) -> str:
    """One battery's line: strict lines, recall, precision, traps."""
    return (f"{path.stem}: strict {c['strict']}/{c['lines']}, gold found {c['found']}/{c['gold']},"
            f" predicted right {c['right']}/{c['predicted']}, traps clear {c['clear']}/{c['traps']}")


def main(argv: list[str] | None = None) -> None:
    """Command line: one summary line per battery."""
    run(__doc__, BATTERIES, ("newsgraph_places",), score, summary, argv)


if __name__ == "__main__":
    main()
