"""The command line the sentence-battery scorers share (`benchmarks/*_batteries.py`): load the
pipeline once, score the battery files named (default: every file of the scorer's folder) and
print one summary line per file; `--verbose` also prints the lines not strictly right."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable, Optional

from newsgraph.nlp import load_nlp

Score = Callable[[Path, Any, bool], Any]
Summary = Callable[[Path, Any], str]


def run(doc: Optional[str], folder: Path, components: Optional[tuple[str, ...]], score: Score,
        summary: Summary, argv: Optional[list[str]] = None) -> None:
    """Parse the command line and print `summary(path, score(path, nlp, verbose))` per file."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="battery files (default: all)")
    parser.add_argument("--verbose", action="store_true", help="print the lines not strictly right")
    args = parser.parse_args(argv)
    nlp = load_nlp(components=components)
    for path in args.files or sorted(folder.glob("*.tsv")):
        print(summary(path, score(path, nlp, args.verbose)))
