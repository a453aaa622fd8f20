"""Geoparsing evaluation on LGL and GeoWebNews (Gritta et al., "A Pragmatic Guide to
Geoparsing Evaluation", 2019).

(a) Resolution given the gold spans: accuracy within 161 km, median and mean error (km),
    and the AUC of the log error curve (lower is better; 0 = every answer exact).
(b) End to end, our recognition + resolution: a prediction is a true positive when it
    overlaps an unused gold toponym and lies within 161 km of it. Gold spans that carry no
    coordinates (LGL toponyms without a GeoNames tag; GeoWebNews non-locational types) are
    neither required nor penalised: predictions overlapping them are ignored.

Usage: `python -m newsgraph.eval.geo PATH [--limit N] [--mode gold|e2e|both]`, where PATH is
the LGL or GeoWebNews folder from shared/data/geo (or its XML file).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from newsgraph.geo.candidates import fuzzy_index
from newsgraph.geo.gazetteer import load_gazetteer
from newsgraph.geo.resolve import FOCUS_CONFIDENCE, haversine_km, resolve_toponyms

ACCURACY_KM = 161.0
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: Optional[float]  # None: a toponym span without coordinates (ignored, not scored)
    lon: Optional[float]


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)

    @property
    def scored(self) -> list[GoldToponym]:
        return [t for t in self.toponyms if t.lat is not None]


def find_xml(data: Path) -> Path:
    """The corpus XML inside an LGL or GeoWebNews folder (or `data` itself when it is a file)."""
    if data.is_file():
        return data
    for candidate in ("data/Corpora/lgl.xml", "data/GWN.xml", "lgl.xml", "GWN.xml"):
        if (data / candidate).exists():
            return data / candidate
    raise FileNotFoundError(f"no lgl.xml or GWN.xml under {data}: pass the shared/data/geo/lgl or geowebnews folder")


def float_or_none(text: Optional[str]) -> Optional[float]:
    return float(text) if text else None


def int_of(node: ET.Element, tag: str) -> int:
    """The integer text of a child element (a corpus without it is malformed)."""
    text = node.findtext(tag)
    if not text:
        raise ValueError(f"<{tag}> missing in a toponym of the corpus")
    return int(text)


def read_lgl_article(node: ET.Element) -> GoldArticle:
    article = GoldArticle(id=node.get("docid", ""), text=node.findtext("text") or "")
    for top in node.iter("toponym"):
        tag = top.find("gaztag")
        lat = float_or_none(tag.findtext("lat")) if tag is not None else None
        lon = float_or_none(tag.findtext("lon")) if tag is not None else None
        start, end = int_of(top, "start"), int_of(top, "end")
        article.toponyms.append(GoldToponym(start, end, top.findtext("phrase") or "", lat, lon))
    return article


def read_gwn_article(node: ET.Element) -> GoldArticle:
    article = GoldArticle(id=node.get("file", ""), text=node.findtext("text") or "")
    for top in node.iter("toponym"):
        start, end = int_of(top, "start"), int_of(top, "end")
        name = top.findtext("extractedName") or ""
        if article.text[start:end] != name:
            continue  # the few offsets the data set itself gets wrong
        lat, lon = float_or_none(top.findtext("latitude")), float_or_none(top.findtext("longitude"))
        article.toponyms.append(GoldToponym(start, end, name, lat, lon))
    return article


def read_corpus(data: Path, limit: Optional[int] = None) -> list[GoldArticle]:
    """The gold articles of LGL or GeoWebNews, in file order (first `limit` only when given)."""
    root = ET.parse(find_xml(data)).getroot()
    first = root.find("article")
    reader = read_lgl_article if first is not None and first.get("docid") is not None else read_gwn_article
    articles = [reader(node) for node in root.iter("article")]
    return articles[:limit] if limit else articles


def error_stats(errors: list[float]) -> dict[str, float]:
    """Accuracy@161 km, median and mean error, and the AUC of log(1 + error) as in Gritta et al."""
    if not errors:
        return {"accuracy_161": 0.0, "median_km": 0.0, "mean_km": 0.0, "auc": 1.0}
    logs = sorted(math.log(e + 1) for e in errors)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:]))
    auc = area / (math.log(EARTH_HALF_CIRCUMFERENCE_KM) * max(1, len(logs) - 1))
    return {
        "accuracy_161": sum(e < ACCURACY_KM for e in errors) / len(errors),
        "median_km": statistics.median(errors),
        "mean_km": statistics.fmean(errors),
        "auc": auc,
    }


def gold_span_errors(articles: list[GoldArticle], **options) -> tuple[list[float], int, int]:
    """Error (km) per scored gold toponym when resolving the gold spans; unresolved ones count as
    the largest possible error. Returns (errors, number unresolved, number given the focus place)."""
    errors, missing, focus = [], 0, 0
    options.setdefault("fallback_to_focus", True)
    for article in articles:
        gold = article.scored
        found = resolve_toponyms(article.text, [(t.start, t.end) for t in gold], **options)
        for top, mention in zip(gold, found):
            if mention is None:
                missing += 1
                errors.append(EARTH_HALF_CIRCUMFERENCE_KM)
                continue
            focus += mention.confidence == FOCUS_CONFIDENCE and not mention.alternatives
            errors.append(distance_km(top, mention.place.lat, mention.place.lon))
    return errors, missing, focus


def evaluate_gold_spans(articles: list[GoldArticle]) -> dict[str, float]:
    """Metrics of (a): resolution given the gold spans."""
    load_gazetteer()
    fuzzy_index(load_gazetteer())
    start = time.perf_counter()
    errors, missing, focus = gold_span_errors(articles)
    seconds = time.perf_counter() - start
    stats = {f"gold_{k}": v for k, v in error_stats(errors).items()}
    stats.update(gold_toponyms=len(errors), gold_unresolved=missing, gold_focus_fallbacks=focus)
    stats["gold_toponyms_per_s"] = len(errors) / seconds if seconds else 0.0
    return stats


def distance_km(top: GoldToponym, lat: float, lon: float) -> float:
    """Distance from a scored gold toponym to a point (infinite for an unscored one)."""
    if top.lat is None or top.lon is None:
        return math.inf
    return haversine_km(top.lat, top.lon, lat, lon)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_article(article: GoldArticle, predicted: list[tuple[int, int, float, float]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of one article's predictions."""
    tp = fp = 0
    used: set[int] = set()
    for start, end, lat, lon in predicted:
        hits = [i for i, t in enumerate(article.toponyms) if overlaps((start, end), (t.start, t.end))]
        if not hits:
            fp += 1
            continue
        scored = [i for i in hits if article.toponyms[i].lat is not None and i not in used]
        if not scored:
            continue  # overlaps only an unscored gold span, or one already matched
        good = [i for i in scored if distance_km(article.toponyms[i], lat, lon) < ACCURACY_KM]
        if good:
            tp += 1
            used.add(good[0])
        else:
            fp += 1
    fn = len(article.scored) - len(used)
    return tp, fp, fn


def evaluate_end_to_end(articles: list[GoldArticle]) -> dict[str, float]:
    """Metrics of (b): our recognition and resolution against the gold toponyms."""
    from newsgraph.geo.component import predict_places

    tp = fp = fn = 0
    start = time.perf_counter()
    for article, places in zip(articles, predict_places([a.text for a in articles])):
        predicted = [(p.start, p.end, p.place.lat, p.place.lon) for p in places]
        a, b, c = match_article(article, predicted)
        tp, fp, fn = tp + a, fp + b, fn + c
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "e2e_precision_161": precision,
        "e2e_recall_161": recall,
        "e2e_f1_161": f1,
        "e2e_tp": tp,
        "e2e_fp": fp,
        "e2e_fn": fn,
        "e2e_seconds": time.perf_counter() - start,
    }


def evaluate(data: Path, *, limit: Optional[int] = None, mode: str = "both") -> dict:
    """Score geoparsing on LGL or GeoWebNews. `mode`: "gold" (a), "e2e" (b) or "both"."""
    articles = read_corpus(Path(data), limit)
    metrics: dict = {"data": str(data), "articles": len(articles)}
    if mode in ("gold", "both"):
        metrics.update(evaluate_gold_spans(articles))
    if mode in ("e2e", "both"):
        metrics.update(evaluate_end_to_end(articles))
    return metrics


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--mode", choices=("gold", "e2e", "both"), default="both")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.data, limit=args.limit, mode=args.mode), indent=2))


if __name__ == "__main__":
    main()
