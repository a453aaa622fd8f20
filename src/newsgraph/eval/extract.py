"""Article extraction evaluation on the scrapinghub article-extraction benchmark (AEB).

(a) Body quality: precision, recall and F1 against the gold `articleBody`, scored exactly
    as the benchmark's own `evaluate.py` does: `\\w+` tokens, 4-token shingles, per-page
    TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 from the two
    averages; plus its "accuracy" (token lists identical). Ours is printed beside
    trafilatura's default and its `favor_precision=True` on the same pages, in one run.
(b) Furniture injection: page furniture generated from templates (teaser triples
    of headline, rewritten headline and cut-off snippet; share lines; newsletter prompts;
    "Read more:" links; photo credits and captions), written apart from the classifier's
    phrase cues in `newsgraph.extract.cues`, inserted between the gold paragraphs as plain
    text and inside the HTML page's article container (half with neutral markup, half with
    furniture class names). Reported: the share of inserted furniture lines that leak into
    the body, and the share of body tokens kept (plain text: of the gold body; HTML: of the
    gold tokens our extractor keeps on the clean page). Thirteen template families, all of
    them development data now (`extract_families`, `extract_families2`): `dev` (used while
    building the classifier), `dev2` to `dev4` (each written as a held-out family, then used
    to generalise it), `dev5` to `dev8` (probes of new wordings, cuts and credit places),
    and `dev9` to `dev13`, five blind families each written by someone who never looked at
    the classifier, measured once, then tuned on (the line model of `newsgraph.extract.lines`
    is fitted on all thirteen by `newsgraph.eval.train_lines`). None of them is an honest
    estimate any more. The blind families `extract_blind6.BLIND6` and `extract_blind7.BLIND7`
    (written blind as well, and only measured) are also run and reported as
    `inject_blind6_*` and `inject_blind7_*`: the estimate for furniture
    worded in ways nobody here tuned on.

Usage: `python -m newsgraph.eval.extract PATH [--limit N]`, PATH = shared/data/extraction/aeb.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import logging
import random
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import trafilatura

import lxml.html
from lxml.html import HtmlElement

from newsgraph.errors import ExtractionError
from newsgraph.eval.extract_families import (
    AGENCIES, DAYS, DEV, FAMILIES, INLINE_KINDS, NAMES, PLACES, SITES, Templates,
)
from newsgraph.extract import extract_article

TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
NGRAM_N = 4
Counts = tuple[float, float, float]
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class Page:
    key: str
    html: str
    gold: str
    url: Optional[str]


def load_pages(data: Path, limit: Optional[int] = None) -> list[Page]:
    """The benchmark's pages in sorted key order, with their gold bodies."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        pages.append(Page(key, html, truth[key].get("articleBody", ""), truth[key].get("url")))
    return pages


# --- the benchmark's scoring, as in its evaluate.py -------------------------------------


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = NGRAM_N) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_counts(true: str, pred: str) -> Counts:
    """TP, FP, FN over 4-token shingles, normalised so that each page weighs the same."""
    gold, found = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(gold) | set(found):
        tp += min(gold[key], found[key])
        fp += max(0, found[key] - gold[key])
        fn += max(0, gold[key] - found[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(counts: list[Counts]) -> dict[str, float]:
    """Precision and recall averaged over pages, F1 of the two averages."""
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


# --- extractors -------------------------------------------------------------------------


def ours(html: str, url: Optional[str]) -> str:
    try:
        return extract_article(html, url=url).body
    except ExtractionError:
        return ""


def trafilatura_default(html: str, url: Optional[str]) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def trafilatura_precision(html: str, url: Optional[str]) -> str:
    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


EXTRACTORS: dict[str, Callable[[str, Optional[str]], str]] = {
    "ours": ours,
    "trafilatura": trafilatura_default,
    "trafilatura_precision": trafilatura_precision,
}


def run_benchmark(pages: list[Page]) -> tuple[dict[str, float], dict[str, str]]:
    """Score every extractor on the pages; also return our bodies by page key."""
    metrics: dict[str, float] = {"pages": len(pages)}
    bodies: dict[str, str] = {}
    for name, extractor in EXTRACTORS.items():
        start = time.perf_counter()
        outputs = {p.key: extractor(p.html, p.url) for p in pages}
        elapsed = time.perf_counter() - start
        counts = [shingle_counts(p.gold, outputs[p.key]) for p in pages]
        for metric, value in score(counts).items():
            metrics[f"{name}_{metric}"] = round(value, 4)
        same = [tokenize(p.gold) == tokenize(outputs[p.key]) for p in pages]
        metrics[f"{name}_accuracy"] = round(statistics.mean(same) if same else 0.0, 4)
        metrics[f"{name}_ms_per_page"] = round(1000 * elapsed / max(1, len(pages)), 1)
        if name == "ours":
            bodies = outputs
    return metrics, bodies


# --- furniture generator: templates (kept apart from the classifier's cues) --------------


@dataclass
class Unit:
    """One piece of inserted furniture: its kind and its text lines."""

    kind: str
    lines: list[str]
    header: Optional[str] = None
    teasers: list[list[str]] = field(default_factory=list)


def _fill(template: str, rng: random.Random, t: Templates) -> str:
    site = rng.choice(SITES)
    values = {
        "name": rng.choice(NAMES), "agency": rng.choice(AGENCIES), "place": rng.choice(PLACES),
        "day": rng.choice(DAYS), "site": site, "domain": site.lower().replace(" ", "") + ".com",
        "handle": site.replace(" ", ""), "freq": rng.choice(["daily", "weekly", "morning", "evening"]),
        "brief": rng.choice(["Briefing", "Morning Report", "Digest", "Five Things"]),
        "count": rng.choice(["50,000", "120,000", "2 million"]),
    }
    values["caption"] = rng.choice(t.captions).format(**values)
    return template.format(**values)


def _headline(page: Page, rng: random.Random) -> str:
    """A headline for another page: its URL slug in words, or its first words."""
    slug = re.split(r"[/?#]", (page.url or "").rstrip("/"))[-1 if page.url else 0]
    words = [w for w in re.split(r"[-_.]+", slug) if w.isalpha() and w not in ("html", "htm", "php")]
    if len(words) < 4:
        words = tokenize(page.gold)[:9]
    text = " ".join(words[:14])
    return text.title() if rng.random() < 0.5 else text[:1].upper() + text[1:]


def _snippet(page: Page, rng: random.Random, t: Templates) -> str:
    words = page.gold.split()[: rng.randint(10, 24)]
    return " ".join(words).rstrip(",;:.") + rng.choice(t.cuts)


def _rewrite(headline: str, rng: random.Random, t: Templates) -> str:
    title = headline.title()
    if rng.random() < 0.5:
        return f"{rng.choice(t.openers)} {title}"
    return title + rng.choice(t.closers)


def _teaser(other: Page, rng: random.Random, shape: str, t: Templates) -> list[str]:
    headline = _headline(other, rng)
    if shape == "triple":
        return [headline, _rewrite(headline, rng, t), _snippet(other, rng, t)]
    if shape == "pair":
        return [headline, _snippet(other, rng, t)]
    return [headline]


def _others(pool: list[Page], key: str, rng: random.Random, n: int) -> list[Page]:
    others = [p for p in pool if p.key != key and p.gold.strip()] or pool
    return [rng.choice(others) for _ in range(n)]


def _inline_unit(kind: str, pool: list[Page], key: str, rng: random.Random, t: Templates) -> Unit:
    if kind == "teaser":
        lines = _teaser(_others(pool, key, rng, 1)[0], rng, rng.choice(["triple", "triple", "pair"]), t)
        return Unit(kind, lines, teasers=[lines])
    if kind == "share":
        return Unit(kind, [_fill(rng.choice(t.shares), rng, t)])
    if kind == "newsletter":
        return Unit(kind, [_fill(rng.choice(t.prompts), rng, t)])
    if kind == "readmore":
        head = _headline(_others(pool, key, rng, 1)[0], rng)
        template = _fill(rng.choice(t.readmores).replace("{h}", "{{h}}").replace("{H}", "{{H}}"), rng, t)
        return Unit(kind, [template.format(h=head, H=head.upper())])
    return Unit(kind, [_fill(rng.choice(t.credits), rng, t)])


def _section_unit(pool: list[Page], key: str, rng: random.Random, t: Templates) -> Unit:
    shape = rng.choice(["triple", "pair", "single"])
    teasers = [_teaser(p, rng, shape, t) for p in _others(pool, key, rng, rng.randint(3, 6))]
    header = _fill(rng.choice(t.headers), rng, t)
    return Unit("section", [header] + [line for t in teasers for line in t], header=header, teasers=teasers)


def make_units(rng: random.Random, pool: list[Page], key: str, t: Templates = DEV) -> list[Unit]:
    """Two to four furniture units for between paragraphs, maybe a teaser section at the end."""
    units = [_inline_unit(rng.choice(INLINE_KINDS), pool, key, rng, t) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.5:
        units.append(_section_unit(pool, key, rng, t))
    return units


def _paragraphs(gold: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", gold) if p.strip()]


def inject_text(page: Page, units: list[Unit], rng: random.Random) -> str:
    """The page as flattened text: headline, gold paragraphs, furniture in between."""
    paragraphs = _paragraphs(page.gold)
    slots: dict[int, list[Unit]] = {}
    for unit in units:
        at = len(paragraphs) if unit.kind == "section" else rng.randint(1, max(1, len(paragraphs) - 1))
        slots.setdefault(at, []).append(unit)
    parts = [_headline(page, rng)]
    for i, paragraph in enumerate(paragraphs + [""]):
        for unit in slots.get(i, []):
            parts.append(rng.choice(["\n\n", "\n"]).join(unit.lines))
        if paragraph:
            parts.append(paragraph)
    return "\n\n".join(parts)


# --- the same units as HTML, inside the page's article container -------------------------


def _e(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(text: str, rng: random.Random) -> str:
    return f'<a href="/news/{rng.randint(1000, 99999)}">{_e(text)}</a>'


def _teaser_html(lines: list[str], rng: random.Random) -> str:
    head, rest = lines[0], lines[1:]
    tag = rng.choice(["h3", "h4", "p"])
    inner = f"<{tag}>{_link(head, rng)}</{tag}>" + "".join(f"<p>{_e(x)}</p>" for x in rest)
    return inner


def _unit_html(unit: Unit, rng: random.Random) -> str:
    hinted = rng.random() < 0.5
    line = unit.lines[0]
    if unit.kind == "share":
        return f'<div class="share-tools"><span>{_e(line)}</span></div>' if hinted else f"<p>{_e(line)}</p>"
    if unit.kind == "newsletter":
        if hinted:
            return f'<aside class="newsletter-signup"><p>{_e(line)}</p><form><input type="email"/></form></aside>'
        return f"<p><strong>{_e(line)}</strong></p>"
    if unit.kind == "readmore":
        return f'<div class="read-more">{_link(line, rng)}</div>' if hinted else f"<p>{_link(line, rng)}</p>"
    if unit.kind == "caption":
        if hinted:
            return f'<div class="image-credit">{_e(line)}</div>'
        return f'<figure><img src="/img/{rng.randint(1, 999)}.jpg" alt=""/><figcaption>{_e(line)}</figcaption></figure>'
    items = "".join(f"<li>{_teaser_html(t, rng)}</li>" for t in unit.teasers)
    header = f"<h2>{_e(unit.header)}</h2>" if unit.header else ""
    css = ' class="related-stories"' if hinted else ""
    return f"<div{css}>{header}<ul>{items}</ul></div>"


def _anchors(root: HtmlElement, gold: str) -> list[HtmlElement]:
    """The <p> elements holding gold paragraphs, within the container that holds most."""
    gold_tokens = _token_string(gold)
    matched = []
    for p in root.iter("p"):
        seq = _token_string(p.text_content())
        if len(seq.split()) >= 6 and seq in gold_tokens:
            matched.append(p)
    if not matched:
        return []
    container = Counter(p.getparent() for p in matched).most_common(1)[0][0]
    return [p for p in matched if p.getparent() is container]


def inject_html(page: Page, units: list[Unit], rng: random.Random) -> Optional[str]:
    """The page with the units inserted after gold paragraphs; None when none is found."""
    root = lxml.html.document_fromstring(page.html)
    anchors = _anchors(root, page.gold)
    if len(anchors) < 2:
        return None
    for unit in units:
        at = anchors[-1] if unit.kind == "section" else rng.choice(anchors[:-1])
        at.addnext(lxml.html.fragment_fromstring(_unit_html(unit, rng), create_parent="div"))
    return lxml.html.tostring(root, encoding="unicode")


# --- furniture injection ----------------------------------------------------------------


def _token_string(text: str) -> str:
    return " " + " ".join(t.lower() for t in tokenize(text)) + " "


def leaked(line: str, output: str, reference: str) -> bool:
    """True when the inserted line shows up in the output more than in the clean reference."""
    seq = _token_string(line)
    if seq.strip() == "":
        return False
    if _token_string(output).count(seq) > _token_string(reference).count(seq):
        return True
    grams = shingles(line.lower())
    if sum(grams.values()) < 2:
        return False
    out, ref = shingles(output.lower()), shingles(reference.lower())
    share_out = sum(1 for g in grams if g in out) / len(grams)
    share_ref = sum(1 for g in grams if g in ref) / len(grams)
    return share_out >= 0.5 and share_ref < 0.5


def tokens_kept(gold: str, output: str) -> tuple[int, int]:
    """(gold tokens found in the output, gold tokens), counted as multisets."""
    want, have = Counter(tokenize(gold.lower())), Counter(tokenize(output.lower()))
    return sum(min(n, have[t]) for t, n in want.items()), sum(want.values())


@dataclass
class Tally:
    lines: int = 0
    leaks: int = 0
    kept: int = 0
    total: int = 0
    pages: int = 0

    def add(self, units: list[Unit], output: str, reference: str, kept: tuple[int, int]) -> None:
        self.pages += 1
        for unit in units:
            for line in unit.lines:
                self.lines += 1
                self.leaks += leaked(line, output, reference)
        self.kept += kept[0]
        self.total += kept[1]

    def report(self, prefix: str) -> dict[str, float]:
        return {
            f"{prefix}_pages": self.pages,
            f"{prefix}_lines": self.lines,
            f"{prefix}_leak_rate": round(self.leaks / max(1, self.lines), 4),
            f"{prefix}_body_kept": round(self.kept / max(1, self.total), 4),
        }


def _inject_page(
    page: Page, pages: list[Page], seed: int, t: Templates, tallies: dict[str, Tally], clean: tuple[str, str]
) -> None:
    """Inject one page as text and as HTML; add what leaked and what was kept to the tallies."""
    rng = random.Random(seed)
    units = make_units(rng, pages, page.key, t)
    out = ours(inject_text(page, units, rng), None)
    tallies["text"].add(units, out, page.gold, tokens_kept(page.gold, out))
    rng = random.Random(seed + 100_000)
    units = make_units(rng, pages, page.key, t)
    html = inject_html(page, units, rng)
    if html is None:
        return
    out = ours(html, page.url)
    got, _ = tokens_kept(page.gold, out)
    base, _ = tokens_kept(page.gold, clean[0])
    tallies["html"].add(units, out, clean[0], (min(got, base), base))
    tallies["html_trafilatura"].add(units, trafilatura_default(html, page.url), clean[1], (0, 0))


BLIND_FAMILIES = ("blind6", "blind7")  # modules extract_blindN defining BLINDN: measured, never tuned on


def injection_families() -> list[tuple[str, Templates]]:
    """FAMILIES, plus each blind family of BLIND_FAMILIES whose module exists."""
    families = list(FAMILIES)
    for name in BLIND_FAMILIES:
        try:  # imported by name so that mypy passes whether or not the module exists
            module = importlib.import_module(f"newsgraph.eval.extract_{name}")
        except ImportError:
            continue
        families.append((f"_{name}", getattr(module, name.upper())))
    return families


def run_injection(pages: list[Page], clean: dict[str, str], seed: int = 10) -> dict[str, float]:
    """Leak and body-kept rates of our extractor (and trafilatura's leaks) on injected pages,
    for each family of `injection_families()`."""
    metrics: dict[str, float] = {}
    traf_clean = {p.key: trafilatura_default(p.html, p.url) for p in pages}
    for family, templates in injection_families():
        tallies = {"text": Tally(), "html": Tally(), "html_trafilatura": Tally()}
        for i, page in enumerate(pages):
            if page.gold.strip():
                pair = (clean.get(page.key, ""), traf_clean[page.key])
                _inject_page(page, pages, seed + i, templates, tallies, pair)
        metrics.update(tallies["text"].report(f"inject{family}_text"))
        metrics.update(tallies["html"].report(f"inject{family}_html"))
        traf = tallies["html_trafilatura"].report("t")
        metrics[f"inject{family}_html_trafilatura_leak_rate"] = traf["t_leak_rate"]
    return metrics


def evaluate(data: Path, *, limit: Optional[int] = None) -> dict[str, float]:
    """AEB scores of ours beside trafilatura's, then the furniture-injection rates."""
    pages = load_pages(Path(data), limit)
    metrics, bodies = run_benchmark(pages)
    metrics.update(run_injection(pages, bodies))
    return metrics


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the AEB folder (ground-truth.json, html/)")
    parser.add_argument("--limit", type=int, default=None, help="score the first N pages only")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.data, limit=args.limit), indent=2))


if __name__ == "__main__":
    main()
