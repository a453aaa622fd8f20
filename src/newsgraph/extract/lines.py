"""A learned second opinion on the blocks the furniture rules keep as article text.

The rules in `furniture.py` recognise furniture by its wording and by a few shapes; new
wordings get through. This model looks only at shape and context: how a block ends (a full
stop, a cut-off, nothing), its length and capitals, how many of its words the rest of the
article uses, whether it repeats its neighbour (a headline beside its rewrite), whether it
addresses the reader, where it stands, and the same for its neighbours. It is a set of
gradient-boosted trees fitted by `newsgraph.eval.train_lines` (scikit-learn) on the
development furniture families and stored in `data/extract/line_model.json`; scoring walks
the trees in plain Python, so scikit-learn is only needed to fit them.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Callable, Optional, Sequence

from newsgraph.extract.shapes import COMMON, OPEN_END, SELF_REFERENCE, WORD, content_words

ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
STOP = re.compile(r"[.!?]['\"”’»)\]]*$")
ELLIPSIS_TAIL = re.compile(r"(…|\.\.\.)\W*(\w+\W*){0,4}$")
BRACKET_TAIL = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]$")
SYMBOL_TAIL = re.compile(r"[\w,;]\s*[^\w\s.!?'\"”’»)\],;:%]{1,3}$")
QUOTE = re.compile(r"[\"“”«»]")
YOU = re.compile(r"\b(you|your|you're|you've|you'll)\b", re.IGNORECASE)
WE = re.compile(r"\b(our|us|we)\b", re.IGNORECASE)
SHORT = 15


def _symbols(text: str) -> float:
    """Share of characters that are symbols or odd punctuation (|, •, ‣, ©, icons)."""
    odd = sum(1 for c in text if unicodedata.category(c)[0] == "S" or c in "|•‣·/#@")
    return odd / max(1, len(text))


def addresses_reader(text: str) -> bool:
    """Speaks to the reader or for the site: "you", "your", "our", "us", "we", "this story"."""
    return bool(YOU.search(text) or WE.search(text) or SELF_REFERENCE.search(text))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def cut_shape(text: str) -> bool:
    """Ends as a cut-off teaser does: an ellipsis with at most a few words after it, or a
    word followed by a symbol ("… to breathe ‣") rather than a full stop."""
    stripped = BRACKET_TAIL.sub("", text).rstrip()
    return bool(ELLIPSIS_TAIL.search(stripped) or SYMBOL_TAIL.search(stripped))


@dataclass(frozen=True)
class Shape:
    """What the model reads of one block on its own."""

    words: int
    stop: bool
    open_end: bool
    cut: bool
    bracket_tail: bool
    title: float
    caps: float
    function: float
    you: bool
    we: bool
    symbols: float
    digits: float
    quote: bool
    lower_start: bool
    link: float
    head: bool
    item: bool


def shape(text: str, words: int, link: float = 0.0, tag: str = "p") -> Shape:
    """The block's own shape features."""
    tokens = WORD.findall(text)
    alpha = ALPHA_WORD.findall(text)
    later = alpha[1:]
    return Shape(
        words=words,
        stop=bool(STOP.search(text)),
        open_end=bool(OPEN_END.search(text)),
        cut=cut_shape(text),
        bracket_tail=bool(BRACKET_TAIL.search(text)),
        title=_ratio(sum(1 for w in later if w[0].isupper()), len(later)),
        caps=_ratio(sum(1 for w in alpha if w.isupper() and len(w) > 1), len(alpha)),
        function=_ratio(sum(1 for t in tokens if t.lower() in COMMON), len(tokens)),
        you=bool(YOU.search(text)),
        we=bool(WE.search(text)),
        symbols=_symbols(text),
        digits=_ratio(sum(1 for t in tokens if t.isdigit()), len(tokens)),
        quote=bool(QUOTE.search(text)),
        lower_start=text[:1].islower(),
        link=link,
        head=tag == "head",
        item=tag == "item",
    )


def _own(s: Shape) -> list[float]:
    return [
        math.log1p(s.words), float(s.words < 8), float(s.stop), float(s.open_end), float(s.cut),
        float(s.bracket_tail), s.title, s.caps, s.function, float(s.you), float(s.we), s.symbols,
        s.digits, float(s.quote), float(s.lower_start), s.link, float(s.head), float(s.item),
    ]


def _neighbour(s: Optional[Shape]) -> list[float]:
    if s is None:
        return [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    return [0.0, float(s.words < SHORT), float(s.stop and s.words >= SHORT), float(s.cut), s.title, s.link]


OWN_NAMES = ["log_words", "very_short", "stop", "open_end", "cut", "bracket_tail", "title", "caps",
             "function", "you", "we", "symbols", "digits", "quote", "lower_start", "link", "head", "item"]
NEIGHBOUR_NAMES = ["none", "short", "prose", "cut", "title", "link"]
CONTEXT_NAMES = ["overlap", "no_content", "echo", "position", "after_prose"]
FEATURES = (["bias"] + OWN_NAMES + [f"prev_{n}" for n in NEIGHBOUR_NAMES]
            + [f"next_{n}" for n in NEIGHBOUR_NAMES] + CONTEXT_NAMES)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class Page:
    """The per-page context of a list of blocks: shapes, content words, prose positions."""

    def __init__(self, texts: Sequence[str], words: Sequence[int], links: Sequence[float], tags: Sequence[str]) -> None:
        self.shapes = [shape(t, w, link, tag) for t, w, link, tag in zip(texts, words, links, tags)]
        self.words = [content_words(t) for t in texts]
        self.counts: dict[str, int] = {}
        for ws in self.words:
            for w in ws:
                self.counts[w] = self.counts.get(w, 0) + 1
        prose = [i for i, s in enumerate(self.shapes) if s.stop and s.words >= SHORT]
        self.last_prose = prose[-1] if prose else -1

    def _overlap(self, i: int) -> float:
        """Share of the block's content words used by blocks other than it and its neighbours."""
        words = self.words[i]
        if not words:
            return 1.0
        near = [self.words[j] for j in (i - 1, i + 1) if 0 <= j < len(self.words)]
        found = 0
        for w in words:
            outside = self.counts[w] - 1 - sum(1 for n in near if w in n)
            found += outside > 0
        return found / len(words)

    def echo(self, i: int) -> float:
        """How much block i repeats a neighbour's words (a headline beside its rewrite)."""
        near = [self.words[j] for j in (i - 1, i + 1) if 0 <= j < len(self.words)]
        return max((_jaccard(self.words[i], n) for n in near), default=0.0)

    def features(self, i: int) -> list[float]:
        """The model's input for block i."""
        n = len(self.shapes)
        prev = self.shapes[i - 1] if i > 0 else None
        nxt = self.shapes[i + 1] if i + 1 < n else None
        context = [self._overlap(i), float(not self.words[i]), self.echo(i), i / max(1, n - 1),
                   float(i > self.last_prose)]
        return [1.0] + _own(self.shapes[i]) + _neighbour(prev) + _neighbour(nxt) + context


Tree = tuple[list[int], list[float], list[int], list[int], list[float]]  # feature, threshold, left, right, value


def _tree_source(tree: Tree, node: int, depth: int) -> list[str]:
    """One tree as nested if/else lines that add its leaf value to `z`."""
    feature, threshold, left, right, value = tree
    pad = "    " * depth
    if feature[node] < 0:
        return [f"{pad}z += {value[node]!r}"]
    return ([f"{pad}if x[{feature[node]}] <= {threshold[node]!r}:"] + _tree_source(tree, left[node], depth + 1)
            + [f"{pad}else:"] + _tree_source(tree, right[node], depth + 1))


def _compile(trees: list[Tree]) -> Callable[[list[float]], float]:
    """The sum of the trees' leaf values as one generated Python function: about five times
    faster than walking the node arrays, with the same additions in the same order."""
    body = [line for tree in trees for line in _tree_source(tree, 0, 1)]
    namespace: dict[str, Any] = {}
    exec("\n".join(["def score(x):", "    z = 0.0", *body, "    return z"]), namespace)  # noqa: S102 - our own trees
    return namespace["score"]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Model:
    """Gradient-boosted trees: a base score plus one leaf value per tree, as log-odds."""

    base: float
    trees: list[Tree]
    threshold: float

    @cached_property
    def _score(self) -> Callable[[list[float]], float]:
        return _compile(self.trees)

    def probability(self, x: list[float]) -> float:
        z = self.base + self._score(x)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> Optional[Model]:
    """The fitted trees, or None when the file is absent or was fitted on other features."""
    path = resources.files("newsgraph") / "data" / "extract" / "line_model.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("features") != FEATURES:
        return None
    trees = [(t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in data["trees"]]
    return Model(base=float(data["base"]), trees=trees, threshold=float(data["threshold"]))
