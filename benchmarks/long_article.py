"""How the pipeline's time grows with one article's length: one body of N benchmark texts.

    python benchmarks/long_article.py [--sizes 10,40,120]

Each size joins that many ~600-word bodies (the throughput benchmark's texts) into ONE
article and times `Pipeline.run` on it, next to the same texts as separate articles, so
the ratio shows what length alone costs (linear growth gives a ratio near 1). Writes
benchmarks/results/long-article-DATE.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from datetime import date
from pathlib import Path

from throughput import corpus, machine

from newsgraph.ingest import RawDocument
from newsgraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def seconds(pipeline: Pipeline, bodies: list[str]) -> float:
    """Wall time of the pipeline over `bodies`, each one article."""
    start = time.perf_counter()
    results = list(pipeline.run([RawDocument(source=str(i), content=b) for i, b in enumerate(bodies)]))
    assert all(getattr(r, "body", None) for r in results), "a benchmark article failed"
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,40,120", help="texts joined into one article")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    texts = corpus(max(sizes))
    pipeline = Pipeline()
    seconds(pipeline, texts[:4])  # warm up
    rows = []
    for size in sizes:
        one = "\n\n".join(texts[:size])
        joined, apart = seconds(pipeline, [one]), seconds(pipeline, texts[:size])
        rows.append({"texts": size, "characters": len(one), "one_article_s": round(joined, 1),
                     "separate_articles_s": round(apart, 1), "ratio": round(joined / apart, 2)})
        print(json.dumps(rows[-1]), flush=True)
    result = {"machine": machine(), "rows": rows,
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    out = ROOT / "benchmarks" / "results" / f"long-article-{date.today().isoformat()}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
