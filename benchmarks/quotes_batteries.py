"""Score the quote finder on the sentence batteries in benchmarks/quotes_batteries/.

Each line is one short report in the plain style of wire copy: `text<TAB>gold`. A literal
"\\n" in the text is a paragraph break. Gold is `NONE` (nothing of the kind should be found)
or items joined by " ;; ", each `kind|speaker|content`:
- kind: direct, indirect, mixed, or `any`;
- speaker: a substring (case-insensitive) of the speaker span text or of its resolved name,
  alternatives joined by "/"; `-` means no speaker is right;
- content: a substring the quote's text must contain.
A predicted quote is right when it fits some gold item; a gold item is found when some
predicted quote fits it. A line is strictly right when every gold item is found and every
predicted quote is right. Each battery was written before the round that first scored it; its
_tune half was tuned on and its _held half measured once after the round's last edit (Q_held
was tuned on in round 2). See BENCHMARKS.md, session 10.

Run: python benchmarks/quotes_batteries.py [--verbose] [FILE ...]   (default: every battery)
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Quote
from battery_cli import run
from newsgraph.nlp import make_input_doc

BATTERIES = Path(__file__).with_name("quotes_batteries")
PUBLISHED = "2024-03-05"


def speaker_fits(gold: str, quote: Quote) -> bool:
    """Whether the quote's speaker fits the gold alternatives ("-": no speaker)."""
    speaker = quote.speaker
    if gold == "-":
        return speaker is None
    if speaker is None:
        return False
    said = f"{speaker.text} {speaker.name or ''}".lower()
    return any(alt.lower() in said for alt in gold.split("/"))


def fits(item: str, quote: Quote) -> bool:
    """Whether one predicted quote fits one gold item `kind|speaker|content`."""
    kind, speaker, content = item.split("|")
    kind_ok = kind == "any" or kind == quote.kind
    return kind_ok and speaker_fits(speaker, quote) and content.lower() in quote.text.lower()


def describe(quote: Quote) -> str:
    """One quote as `kind|speaker|text` for the failure listing."""
    who = quote.speaker.text if quote.speaker else "-"
    if quote.speaker and quote.speaker.name:
        who += f" ({quote.speaker.name})"
    return f"{quote.kind}|{who}|{quote.text}"


def score(path: Path, nlp, verbose: bool = False) -> dict[str, int]:
    """Counts of one battery: lines, strict, gold items, found, predicted, right."""
    counts = dict.fromkeys(("lines", "strict", "gold", "found", "predicted", "right"), 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        text, gold = line.split("\t")
        text = text.replace("\\n", "\n")
        items = [] if gold == "NONE" else gold.split(" ;; ")
        quotes = nlp(make_input_doc(nlp, text, published=PUBLISHED))._.ng_quotes
        found = sum(any(fits(i, q) for q in quotes) for i in items)
        right = sum(any(fits(i, q) for i in items) for q in quotes)
        strict = found == len(items) and right == len(quotes)
        for key, value in zip(counts, (1, strict, len(items), found, len(quotes), right)):
            counts[key] += value
        if verbose and not strict:
            got = " ;; ".join(describe(q) for q in quotes) or "NONE"
            print(f"  {path.stem}: {text!r}\n    gold {gold}\n    got  {got}")
    return counts


def summary(path: Path, c: dict[str, int]) -> str:
    """One battery's line: strict lines, recall, precision."""
    return (f"{path.stem}: {c['lines']} lines, strict {c['strict']}, "
            f"recall {c['found']}/{c['gold']}, precision {c['right']}/{c['predicted']}")


def main(argv: list[str] | None = None) -> None:
    """Command line: one summary line per battery."""
    run(__doc__, BATTERIES, ("newsgraph_entities", "newsgraph_quotes"), score, summary, argv)


if __name__ == "__main__":
    main()
