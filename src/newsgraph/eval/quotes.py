"""Quote and attribution evaluation on PolNeAR (brat standoff), dev split by default.

Data: `PATH` is the PolNeAR folder (`PATH/data/dev/{text,attributions}`; `PATH/dev` or
the split folder itself also work). An article annotated by several annotators has
several `.ann` files (`<article>_<annotator>.ann`); we take the first in sorted order.
Each attribution (brat event) has Content, Cue and Source spans (a span may be
discontinuous; we take the union). We run `newsgraph_entities` + `newsgraph_quotes`
over the whole text file (headline line included, as annotated).

Classes of gold attributions, by the text of their content (all spans joined, blanks
and trailing `.,;:!?` stripped):
- **direct** (quote-marked): begins with an opening double mark (" “ „ « and the
  ASCII '' ``) and ends with a closing one (" ” » '');
- **mixed**: holds a double mark but is not delimited by them (a partial quote inside
  a paraphrase);
- **indirect**: holds no double mark.

Predictions: our direct quotes are grouped by cue span, so the pieces of one
attribution ("“A,” he said. “B.”") form one predicted content, as in the gold; our
indirect attributions are grouped the same way, separately.

**Overlap.** Tokens are the `\\w+` matches of the text (punctuation and quote marks do
not count); a span's token set holds the tokens that start inside it. For a gold
content G and a predicted content P: overlap = |G ∩ P| / max(|G|, |P|), so overlap
>= t means that P covers at least t of G *and* G covers at least t of P.

**Matching** at threshold t: gold/prediction pairs of one class with overlap >= t,
taken one-to-one greedily by decreasing overlap. Unmatched gold = false negatives.
Unmatched predictions = false positives, except a prediction that lies at least half
inside the content of a gold attribution of another class (say our partial quote
"“crooked”" inside a mixed gold content): it found a real attribution whose class
boundary we draw differently, so it is left out of that class's precision.

Metrics:
- `direct_{p,r,f1}_{30,80}`: direct class at overlap >= 0.3 and >= 0.8;
- `speaker_acc_{30,80}`: over matched direct quotes whose gold has a Source: our
  speaker mention contains the syntactic head (spaCy `Span.root`) of the gold Source,
  or our speaker's entity has a mention that contains it, or the two heads are in
  apposition ("her adviser, Jake Sullivan");
- `cue_acc_{30,80}`: over matched direct quotes: our cue span overlaps a gold Cue span;
- `indirect_{p,r,f1}_50`: indirect class at overlap >= 0.5, our indirect predictions;
- `mixed_recall_50`: share of mixed gold contents matched at >= 0.5 by any prediction.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from newsgraph.errors import InputError
from newsgraph.model import Quote

OPENING = ('"', "“", "„", "«", "''", "``")
CLOSING = ('"', "”", "»", "''")
DOUBLE_MARKS = ('"', "“", "”", "„", "«", "»", "''", "``")
WORD = re.compile(r"\w+")
ANN_SUFFIX = re.compile(r"_[0-9a-f]{4}$")
DEFAULT_SPLIT = "dev"


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution]


@dataclass
class Predicted:
    """One predicted attribution: the union of the pieces sharing a cue."""

    spans: list[tuple[int, int]]
    quote: Quote  # the first piece: carries cue and speaker


def split_dir(data: Path, split: str = DEFAULT_SPLIT) -> Path:
    """The folder holding `text/` and `attributions/` for the split."""
    for candidate in (data / "data" / split, data / split, data):
        if (candidate / "attributions").is_dir() and (candidate / "text").is_dir():
            return candidate
    raise InputError(
        f"no PolNeAR {split} split under {data}: pass the folder that holds data/{split}/attributions"
    )


def parse_ann(text: str) -> list[GoldAttribution]:
    """Attributions of one brat .ann file (text-bound spans joined through the events)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if re.fullmatch(r"T\d+", parts[0]):
            label, _, offsets = parts[1].partition(" ")
            ranges = [tuple(map(int, r.split())) for r in offsets.split(";")]
            spans[parts[0]] = (label, [(r[0], r[1]) for r in ranges])
        elif re.fullmatch(r"E\d+", parts[0]):
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    return [a for a in (_attribution(e, spans) for e in events) if a.content]


def _attribution(event: dict[str, str], spans: dict[str, tuple[str, list[tuple[int, int]]]]) -> GoldAttribution:
    found: dict[str, list[tuple[int, int]]] = {"Content": [], "Source": [], "Cue": []}
    for role, ref in event.items():
        role = role.rstrip("0123456789")
        if role in found and ref in spans:
            found[role].extend(spans[ref][1])
    return GoldAttribution(sorted(found["Content"]), sorted(found["Source"]), sorted(found["Cue"]))


def load_polnear(data: Path, split: str = DEFAULT_SPLIT, limit: Optional[int] = None) -> list[GoldArticle]:
    """The split's articles (sorted by name, one annotator each), at most `limit` of them."""
    folder = split_dir(Path(data), split)
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        chosen.setdefault(ANN_SUFFIX.sub("", ann.stem), ann)
    articles = []
    for name in sorted(chosen)[:limit]:
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(name, text, parse_ann(chosen[name].read_text(encoding="utf-8"))))
    return articles


def gold_class(text: str, content: list[tuple[int, int]]) -> str:
    """direct | mixed | indirect (see the module docstring)."""
    joined = " ".join(text[s:e] for s, e in content).strip().rstrip(".,;:!? \n")
    if not joined:
        return "indirect"
    if joined.startswith(OPENING) and joined.endswith(CLOSING):
        return "direct"
    return "mixed" if any(mark in joined for mark in DOUBLE_MARKS) else "indirect"


class Tokens:
    """Word tokens of a text, to turn character spans into token sets."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in WORD.finditer(text)]

    def of(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        from bisect import bisect_left

        out: set[int] = set()
        for s, e in spans:
            out.update(range(bisect_left(self.starts, s), bisect_left(self.starts, e)))
        return frozenset(out)


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """|A ∩ B| / max(|A|, |B|): both spans cover at least this share of each other."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def group_predictions(quotes: list[Quote], kind: str) -> list[Predicted]:
    """Predictions of one kind, pieces sharing a cue span joined into one attribution."""
    groups: dict[object, Predicted] = {}
    for q in quotes:
        if q.kind != kind:
            continue
        key = (q.cue.start, q.cue.end) if q.cue else ("nocue", q.start)
        if key in groups:
            groups[key].spans.append((q.start, q.end))
        else:
            groups[key] = Predicted([(q.start, q.end)], q)
    return list(groups.values())


def match(gold: list[frozenset[int]], pred: list[frozenset[int]], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs with overlap >= threshold, greedy."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g & p:
                o = overlap(g, p)
                if o >= threshold:
                    pairs.append((o, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    cue_ok: int = 0
    cue_n: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _is_excused(p: frozenset[int], others: list[frozenset[int]]) -> bool:
    """A prediction at least half inside a gold content of another class."""
    return any(len(p & o) * 2 >= len(p) for o in others if o)


def score_class(
    gold: list[GoldAttribution],
    gold_sets: list[frozenset[int]],
    others: list[frozenset[int]],
    preds: list[Predicted],
    pred_sets: list[frozenset[int]],
    threshold: float,
    counts: Counts,
    doc=None,
) -> None:
    """Add one article's counts for one class at one threshold (speaker/cue when `doc` is given)."""
    pairs = match(gold_sets, pred_sets, threshold)
    matched_p = {pi for _, pi in pairs}
    counts.tp += len(pairs)
    counts.fn += len(gold_sets) - len(pairs)
    counts.fp += sum(1 for pi, p in enumerate(pred_sets) if pi not in matched_p and not _is_excused(p, others))
    if doc is None:
        return
    for gi, pi in pairs:
        g, q = gold[gi], preds[pi].quote
        if g.source:
            counts.speaker_n += 1
            counts.speaker_ok += speaker_correct(doc, g.source, q)
        if g.cue:
            counts.cue_n += 1
            cue = q.cue
            counts.cue_ok += cue is not None and any(s < cue.end and cue.start < e for s, e in g.cue)


def speaker_correct(doc, source: list[tuple[int, int]], quote: Quote) -> bool:
    """Our speaker mention, or a mention of its entity, contains the gold Source's head token."""
    speaker = quote.speaker
    if speaker is None:
        return False
    ranges = [(speaker.start, speaker.end)]
    if speaker.entity:
        for entity in doc._.ng_entities or []:
            if entity.id == speaker.entity:
                ranges.extend((m.start, m.end) for m in entity.mentions)
    ours = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    head = ours.root if ours is not None and len(ours) else None
    for s, e in source:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if any(rs <= root.idx < re_ for rs, re_ in ranges) or _apposed(head, root):
            return True
    return False


def _apposed(a, b) -> bool:
    """Two heads in apposition ("her adviser, Jake Sullivan"): the same referent."""
    if a is None:
        return False
    return (a.dep_ == "appos" and a.head == b) or (b.dep_ == "appos" and b.head == a)


def score_article(article: GoldArticle, doc, counts: dict[str, Counts]) -> None:
    """Add one article's counts to every metric."""
    tokens = Tokens(article.text)
    by_class: dict[str, list[GoldAttribution]] = {"direct": [], "mixed": [], "indirect": []}
    for g in article.attributions:
        by_class[gold_class(article.text, g.content)].append(g)
    sets = {k: [tokens.of(g.content) for g in v] for k, v in by_class.items()}
    quotes = doc._.ng_quotes or []
    direct = group_predictions(quotes, "direct")
    indirect = group_predictions(quotes, "indirect")
    direct_sets = [tokens.of(p.spans) for p in direct]
    indirect_sets = [tokens.of(p.spans) for p in indirect]
    not_direct = sets["mixed"] + sets["indirect"]
    not_indirect = sets["mixed"] + sets["direct"]
    for t, key in ((0.3, "30"), (0.8, "80")):
        score_class(by_class["direct"], sets["direct"], not_direct, direct, direct_sets, t, counts["direct_" + key], doc)
    score_class(by_class["indirect"], sets["indirect"], not_indirect, indirect, indirect_sets, 0.5, counts["indirect_50"])
    mixed_sets = [tokens.of(p.spans) for p in group_predictions(quotes, "mixed")]
    mixed_pairs = match(sets["mixed"], direct_sets + indirect_sets + mixed_sets, 0.5)
    counts["mixed_50"].tp += len(mixed_pairs)
    counts["mixed_50"].fn += len(sets["mixed"]) - len(mixed_pairs)


def evaluate(data: Path, *, limit: Optional[int] = None, split: str = DEFAULT_SPLIT) -> dict:
    """Score quotes and attributions on PolNeAR's `split` (dev); see the module docstring."""
    from newsgraph.nlp import load_nlp, make_input_doc

    articles = load_polnear(Path(data), split, limit)
    if not articles:
        raise InputError(f"no PolNeAR articles found under {data}: check the path")
    nlp = load_nlp(components=("newsgraph_entities", "newsgraph_quotes"))
    counts = {k: Counts() for k in ("direct_30", "direct_80", "indirect_50", "mixed_50")}
    inputs = (make_input_doc(nlp, a.text) for a in articles)
    for article, doc in zip(articles, nlp.pipe(inputs, batch_size=16)):
        score_article(article, doc, counts)
    return _metrics(counts, articles)


def _metrics(counts: dict[str, Counts], articles: list[GoldArticle]) -> dict:
    out: dict = {"articles": len(articles)}
    for key in ("direct_30", "direct_80"):
        c = counts[key]
        p, r, f = c.prf()
        t = key.split("_")[1]
        out.update({f"direct_p_{t}": p, f"direct_r_{t}": r, f"direct_f1_{t}": f})
        out[f"speaker_acc_{t}"] = c.speaker_ok / c.speaker_n if c.speaker_n else 0.0
        out[f"cue_acc_{t}"] = c.cue_ok / c.cue_n if c.cue_n else 0.0
        out[f"direct_matched_{t}"] = c.tp
    out["direct_gold"] = counts["direct_30"].tp + counts["direct_30"].fn
    p, r, f = counts["indirect_50"].prf()
    out.update({"indirect_p_50": p, "indirect_r_50": r, "indirect_f1_50": f})
    out["indirect_gold"] = counts["indirect_50"].tp + counts["indirect_50"].fn
    mixed = counts["mixed_50"]
    out["mixed_recall_50"] = mixed.tp / (mixed.tp + mixed.fn) if mixed.tp + mixed.fn else 0.0
    out["mixed_gold"] = mixed.tp + mixed.fn
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}


def main(argv: Optional[list[str]] = None) -> int:
    """`python -m newsgraph.eval.quotes PATH [--limit N] [--split dev]`: print the metrics as JSON."""
    parser = argparse.ArgumentParser(prog="python -m newsgraph.eval.quotes", description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the PolNeAR folder (holding data/dev)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--split", default=DEFAULT_SPLIT, help="dev (default) or train")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.data, limit=args.limit, split=args.split), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
