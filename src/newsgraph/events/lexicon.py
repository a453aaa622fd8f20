"""The trigger lexicon: lemmas that signal an event, read once from `data/events/triggers.tsv`.

A `Lexicon` answers, in dictionary look-ups, which PLOVER type, mode and CAMEO root a
verb or noun (with its particle, object or modifier) signals, and whether a verb is a
light verb ("stage a protest"), a reversal verb ("lift a curfew") or a frame verb whose
complement is its content ("vowed to retaliate").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from newsgraph.errors import NewsgraphError

DATA_PACKAGE = "newsgraph"
TRIGGER_FILE = ("data", "events", "triggers.tsv")


@dataclass(frozen=True)
class Trigger:
    """What one lexicon row says: a PLOVER type, its mode and CAMEO root (strings)."""

    type: str
    mode: Optional[str]
    cameo: Optional[str]
    pattern: str


@dataclass
class Lexicon:
    """Trigger look-up tables keyed by lemma (and lemma pairs)."""

    verbs: dict[str, Trigger] = field(default_factory=dict)
    verb_particles: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    verb_objects: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    nouns: dict[str, Trigger] = field(default_factory=dict)
    noun_modifiers: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    light: set[str] = field(default_factory=set)
    reversal: set[str] = field(default_factory=set)
    reversal_particles: set[tuple[str, str]] = field(default_factory=set)
    frames: dict[str, Trigger] = field(default_factory=dict)
    verb_lemmas: frozenset[str] = frozenset()

    def add_row(self, cols: list[str]) -> None:
        """Add one TSV row (kind, pattern…, type, mode, cameo) to the tables."""
        kind = cols[0]
        if kind in ("vp", "vo"):
            key: tuple[str, str] = (cols[1].lower(), cols[2].lower())
            trig = _trigger(cols[3:6], " ".join(key))
            (self.verb_particles if kind == "vp" else self.verb_objects)[key] = trig
            return
        pattern = cols[1].lower()
        if kind == "v":
            self.verbs[pattern] = _trigger(cols[2:5], pattern)
        elif kind == "n":
            self.nouns[pattern] = _trigger(cols[2:5], pattern)
        elif kind == "nc":
            mod, noun = pattern.rsplit(" ", 1)
            self.noun_modifiers[(mod, noun)] = _trigger(cols[2:5], pattern)
        elif kind == "l":
            self.light.add(pattern)
        elif kind == "r":
            self._add_reversal(pattern)
        elif kind == "f":
            self.frames[pattern] = _trigger(cols[2:5], pattern)
        else:
            raise NewsgraphError(f"unknown trigger kind {kind!r} in {TRIGGER_FILE[-1]}: fix the row {cols}")

    def _add_reversal(self, pattern: str) -> None:
        if " " in pattern:
            verb, particle = pattern.split(" ", 1)
            self.reversal_particles.add((verb, particle))
        else:
            self.reversal.add(pattern)

    def finish(self) -> "Lexicon":
        """Precompute the set of every verb lemma that matters (for a fast first filter)."""
        lemmas = set(self.verbs) | self.light | self.reversal | set(self.frames)
        lemmas |= {v for v, _ in self.verb_particles} | {v for v, _ in self.verb_objects}
        lemmas |= {v for v, _ in self.reversal_particles}
        self.verb_lemmas = frozenset(lemmas)
        return self


def _trigger(cols: list[str], pattern: str) -> Trigger:
    if len(cols) < 3:
        raise NewsgraphError(f"trigger row for {pattern!r} needs type, mode and cameo columns")
    type_, mode, cameo = (None if c in ("-", "") else c for c in cols[:3])
    return Trigger(type=type_ or "", mode=mode, cameo=cameo, pattern=pattern)


def parse_lexicon(text: str) -> Lexicon:
    """Build a `Lexicon` from the TSV text (comments start with '#')."""
    lexicon = Lexicon()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lexicon.add_row(line.rstrip("\n").split("\t"))
    return lexicon.finish()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged trigger lexicon (read once per process)."""
    path = resources.files(DATA_PACKAGE).joinpath(*TRIGGER_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise NewsgraphError(
            f"event trigger lexicon missing at {path}: reinstall newsgraph (pip install -e .)"
        ) from exc
    return parse_lexicon(text)
