"""Score the event coder on the PLOVER gold-standard records (PLOVER_GSR_CAMEO).

Each gold record is one sentence with one event: a type, a mode (sometimes), source
actors and target actors (text and country code). We code the sentence, take its main
event (the asserted event nearest the parse root), and report:

- `type_accuracy` and `type_macro_f1` over PLOVER's 16 types. The GSR was coded with an
  older PLOVER draft; its types map to today's as DEMAND->REQUEST,
  DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE (PLOVER's "investigate" mode), FIGHT->ASSAULT
  (CAMEO 19 within ASSAULT). `legacy_type_accuracy` scores the old 19 types, reading
  our ACCUSE with CAMEO 09 as INVESTIGATE and ASSAULT with CAMEO 19/20 as FIGHT.
- `actor_f1` and `recipient_f1`: a predicted participant matches a gold one when their
  content words overlap (text match) or, failing that, their ISO-3 country codes agree.
  Precision counts matched predictions, recall matched gold participants.
- `mode_accuracy` on records whose gold has a mode (GSR mode names; our "demo" matches
  "demo-org"/"demo-spon", "riot" matches "riot-spon", "targeted" matches "assassinate").

Every third record (index % 3 == 2, file order) is `heldout`, the rest `dev`: the lexicon
was tuned looking at dev only; both are reported, and `all` is the whole set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from newsgraph.errors import InputError

GSR_FILE = "PLOVER_GSR_CAMEO.txt"
TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Codes in the GSR that are not ISO 3166-1 alpha-3 (typos of the hand coding).
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
MODE_ALIASES = {("targeted", "assassinate")}
STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "its", "their", "his", "her", "to",
                  "from", "for", "with", "by", "at", "'s", "s", "...", "some", "all", "two", "three"})


@dataclass
class Record:
    """One gold sentence."""

    index: int
    text: str
    type: str
    legacy_type: str
    mode: Optional[str]
    actors: list[tuple[str, Optional[str]]]
    targets: list[tuple[str, Optional[str]]]


def load_records(data: Path) -> list[Record]:
    """The gold records with a sentence, from the GSR folder or file."""
    path = _find_file(data)
    raw = json.loads(path.read_text(encoding="utf-8"))
    records: list[Record] = []
    for item in raw:
        if not item.get("text") or item.get("event") in (None, "DOCUMENT"):
            continue
        legacy = item["event"]
        records.append(Record(
            index=len(records), text=item["text"], type=TYPE_MAP.get(legacy, legacy), legacy_type=legacy,
            mode=(item.get("mode") or None), actors=_participants(item.get("source")),
            targets=_participants(item.get("target")),
        ))
    return records


def _find_file(data: Path) -> Path:
    if data.is_file():
        return data
    found = sorted(data.rglob(GSR_FILE))
    if not found:
        raise InputError(f"no {GSR_FILE} under {data}: pass the plover-gsr folder or the file itself")
    return found[0]


def _participants(value: Any) -> list[tuple[str, Optional[str]]]:
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, dict) and item.get("actorText"):
            code = item.get("code")
            out.append((item["actorText"], CODE_FIXES.get(code, code) if code else code))
    return out


def evaluate(data: Path, *, limit: Optional[int] = None) -> dict[str, Any]:
    """Code every gold sentence and return the metrics for all, dev and heldout records."""
    from newsgraph.events import extract_drafts, main_event
    from newsgraph.events.actors import load_actor_words
    from newsgraph.events.lexicon import load_lexicon
    from newsgraph.nlp import load_nlp

    records = load_records(Path(data))[:limit]
    nlp = load_nlp(components=())
    lexicon, words = load_lexicon(), load_actor_words()
    predictions = []
    for doc in nlp.pipe((r.text for r in records), batch_size=64):
        predictions.append(main_event(extract_drafts(doc, lexicon, words)))
    result: dict[str, Any] = {"records": len(records)}
    for name, keep in (("all", lambda r: True), ("dev", lambda r: r.index % 3 != 2),
                       ("heldout", lambda r: r.index % 3 == 2)):
        pairs = [(r, p) for r, p in zip(records, predictions) if keep(r)]
        for key, value in score(pairs).items():
            result[key if name == "all" else f"{name}_{key}"] = value
    return result


def score(pairs: list[tuple[Record, Any]]) -> dict[str, float]:
    """Type, participant and mode scores for (gold record, predicted main draft) pairs."""
    gold = [r.type for r, _ in pairs]
    pred = [p.event.type if p is not None else None for _, p in pairs]
    out = {
        "n": len(pairs),
        "no_event": sum(1 for p in pred if p is None),
        "type_accuracy": _accuracy(gold, pred),
        "type_macro_f1": macro_f1(gold, pred),
        "legacy_type_accuracy": _accuracy([r.legacy_type for r, _ in pairs], [_legacy(p) for _, p in pairs]),
    }
    out.update(_prefixed("actor", participant_scores((r.actors, _pred_actors(p, "actors")) for r, p in pairs)))
    out.update(_prefixed("recipient", participant_scores((r.targets, _pred_actors(p, "targets")) for r, p in pairs)))
    moded = [(r.mode, p.event.mode if p is not None else None) for r, p in pairs if r.mode]
    out["mode_n"] = len(moded)
    out["mode_accuracy"] = round(sum(mode_matches(g, m) for g, m in moded) / len(moded), 4) if moded else 0.0
    return out


def _accuracy(gold: list[str], pred: list[Optional[str]]) -> float:
    return round(sum(g == p for g, p in zip(gold, pred)) / len(gold), 4) if gold else 0.0


def _legacy(draft: Any) -> Optional[str]:
    if draft is None:
        return None
    event = draft.event
    if event.type == "ACCUSE":
        return "INVESTIGATE" if event.cameo == "09" else "DISAPPROVE"
    if event.type == "ASSAULT":
        return "FIGHT" if event.cameo in ("19", "20") else "ASSAULT"
    return {"REQUEST": "DEMAND"}.get(event.type, event.type)


def macro_f1(gold: list[str], pred: list[Optional[str]]) -> float:
    """Unweighted mean F1 over every type in gold or predictions (no prediction = a miss)."""
    labels = sorted(set(gold) | {p for p in pred if p})
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
            continue
        fn[g] += 1
        if p:
            fp[p] += 1
    scores = [_f1(tp[x], fp[x], fn[x]) for x in labels]
    return round(sum(scores) / len(scores), 4) if scores else 0.0


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _pred_actors(draft: Any, attr: str) -> list[tuple[str, Optional[str]]]:
    if draft is None:
        return []
    return [(a.text, a.country) for a in getattr(draft, attr)]


def participant_scores(items: Iterable[tuple[list, list]]) -> dict[str, float]:
    """Precision, recall and F1 of predicted participants against gold ones."""
    matched_pred = n_pred = matched_gold = n_gold = 0
    for gold, pred in items:
        n_pred += len(pred)
        n_gold += len(gold)
        matched_pred += sum(1 for p in pred if any(participant_match(g, p) for g in gold))
        matched_gold += sum(1 for g in gold if any(participant_match(g, p) for p in pred))
    precision = matched_pred / n_pred if n_pred else 0.0
    recall = matched_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def participant_match(gold: tuple[str, Optional[str]], pred: tuple[str, Optional[str]]) -> bool:
    """Text match (shared content words) first, then the same country code."""
    if _words(gold[0]) & _words(pred[0]):
        return True
    return bool(gold[1] and pred[1] and gold[1] == pred[1])


def _words(text: str) -> set[str]:
    return {w.strip(".,()'’`\"").lower().removesuffix("'s") for w in text.split()} - STOP - {""}


def mode_matches(gold: str, pred: Optional[str]) -> bool:
    """Same mode, or ours is the family of the GSR's finer one ("demo" for "demo-org")."""
    if not pred:
        return False
    return pred == gold or gold.startswith(pred + "-") or (pred, gold) in MODE_ALIASES


def _prefixed(prefix: str, scores: dict[str, float]) -> dict[str, float]:
    return {f"{prefix}_{key}": value for key, value in scores.items()}


def main(argv: Optional[list[str]] = None) -> int:
    """`python -m newsgraph.eval.events PATH [--limit N]`: print the metrics as JSON."""
    parser = argparse.ArgumentParser(prog="python -m newsgraph.eval.events", description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the plover-gsr folder (or PLOVER_GSR_CAMEO.txt)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.data, limit=args.limit), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
