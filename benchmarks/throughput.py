"""Throughput of the whole pipeline against a bare spaCy pass over the same texts.

    python benchmarks/throughput.py [--articles 120] [--no-spark] [--no-workers]

Texts: ~600-word news bodies from the AEB gold set when ../shared/data is present, else
our own samples recombined. Reports articles/s and words/s per core, the ratio of our
pipeline's time to the bare spaCy pass, each component's share, peak memory per worker,
the speed-up from 1 to 2 workers (steady state: first result to last) and from Spark
local[1] to local[2]. Writes benchmarks/results/throughput-DATE.json and prints Markdown
for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AEB = ROOT.parent / "shared" / "data" / "extraction" / "aeb" / "ground-truth.json"
WORDS = 600


def corpus(n: int) -> list[str]:
    """n texts of about 600 words (headline line + paragraphs)."""
    rng = random.Random(1)
    if AEB.exists():
        bodies = [v["articleBody"] for v in json.loads(AEB.read_text()).values() if len(v.get("articleBody", "").split()) > 300]
    else:
        samples = [json.loads(l)["text"] for l in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
        bodies = [" ".join(rng.sample(samples, 3)) for _ in range(50)]
    texts = []
    for i in range(n):
        words = bodies[i % len(bodies)].split(" ")
        while len(words) < WORDS:
            words += bodies[(i + len(words)) % len(bodies)].split(" ")
        cut = " ".join(words[:WORDS])
        texts.append(f"Report number {i}\n\n" + cut)
    return texts


def machine() -> dict:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    mem = next((l.split()[1] for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")), "0")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(int(mem) / 1e6, 1),
            "python": platform.python_version(), "date": date.today().isoformat()}


def bare_spacy(texts: list[str]) -> float:
    import spacy

    from newsgraph.nlp import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    list(nlp.pipe(texts[:8]))  # warm up
    start = time.perf_counter()
    list(nlp.pipe(texts, batch_size=16))
    return time.perf_counter() - start


def whole_pipeline(texts: list[str]) -> tuple[float, dict[str, float]]:
    """Wall time of Pipeline.run (extraction + spaCy + our components) and each component's time."""
    from newsgraph.ingest import RawDocument
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline()
    timings = _instrument(pipeline.nlp)
    list(pipeline.run([RawDocument(source="w", content=t) for t in texts[:8]]))  # warm up
    for key in timings:
        timings[key] = 0.0
    start = time.perf_counter()
    results = list(pipeline.run([RawDocument(source=str(i), content=t) for i, t in enumerate(texts)]))
    elapsed = time.perf_counter() - start
    assert all(getattr(r, "body", None) for r in results), "a benchmark article failed"
    return elapsed, timings


class _Timed:
    """Wraps a component, adding its time to a shared dict (per-doc calls, as spaCy makes them)."""

    def __init__(self, name: str, component, timings: dict[str, float]) -> None:
        self.name, self.component, self.timings = name, component, timings

    def __call__(self, doc):
        start = time.perf_counter()
        out = self.component(doc)
        self.timings[self.name] += time.perf_counter() - start
        return out


def _instrument(nlp) -> dict[str, float]:
    timings: dict[str, float] = {}
    for index, (name, component) in enumerate(nlp._components):  # spaCy's own list of (name, pipe)
        if name.startswith("newsgraph_"):
            timings[name] = 0.0
            nlp._components[index] = (name, _Timed(name, component, timings))
    return timings


def worker_run(workers: int, texts: list[str]) -> dict:
    """Run in a subprocess: steady-state throughput and peak RSS of the pool's processes."""
    code = f"""
import json, sys, time, resource
from newsgraph.ingest import RawDocument
from newsgraph.pipeline import Pipeline
texts = json.load(sys.stdin)
raws = [RawDocument(source=str(i), content=t) for i, t in enumerate(texts)]
stamps = []
for r in Pipeline(workers={workers}).run(raws):
    stamps.append(time.perf_counter())
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"first": stamps[0], "last": stamps[-1], "n": len(stamps), "children_kb": children, "self_kb": me}}))
"""
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True,
                         text=True, check=True, cwd=ROOT)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    steady = (data["n"] - 16) / (data["last"] - data["first"]) if data["n"] > 32 else 0.0
    peak_kb = data["children_kb"] if workers > 1 else data["self_kb"]
    return {"workers": workers, "articles_per_s_steady": round(steady, 2), "peak_rss_mb": round(peak_kb / 1024)}


def spark_run(master: str, texts: list[str]) -> float:
    from newsgraph.engines.spark import make_session, run_spark

    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "in.jsonl"
        batch.write_text("".join(json.dumps({"text": t, "url": f"https://b.example/{i}"}) + "\n" for i, t in enumerate(texts)))
        spark = make_session(master)
        start = time.perf_counter()
        run_spark([str(batch)], Path(tmp) / "out", master=master, spark=spark, partitions=4)
        elapsed = time.perf_counter() - start
        spark.stop()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--no-workers", action="store_true")
    args = parser.parse_args()
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    bare = bare_spacy(texts)
    whole, components = whole_pipeline(texts)
    result = {
        "machine": machine(), "articles": len(texts), "words": words,
        "bare_spacy_s": round(bare, 2), "pipeline_s": round(whole, 2),
        "ratio_to_bare_spacy": round(whole / bare, 3),
        "articles_per_s_per_core": round(len(texts) / whole, 2),
        "words_per_s_per_core": round(words / whole),
        "component_share_of_pipeline": {k: round(v / whole, 4) for k, v in components.items()},
        "peak_rss_mb_self": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if not args.no_workers:
        one, two = worker_run(1, texts * 2), worker_run(2, texts * 2)
        result["workers"] = [one, two]
        result["speedup_2_workers"] = round(two["articles_per_s_steady"] / one["articles_per_s_steady"], 2)
    if not args.no_spark:
        try:
            t1, t2 = spark_run("local[1]", texts), spark_run("local[2]", texts)
            result["spark_s"] = {"local[1]": round(t1, 1), "local[2]": round(t2, 1)}
            result["speedup_spark_local2"] = round(t1 / t2, 2)
        except ImportError:
            result["spark_s"] = "pyspark not installed"
    out = ROOT / "benchmarks" / "results" / f"throughput-{date.today().isoformat()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
