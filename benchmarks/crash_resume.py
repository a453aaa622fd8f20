"""Kill -9 an ingest at random moments, resume, and check every article is stored exactly once.

    python benchmarks/crash_resume.py [--articles 500] [--kills 20] [--seed 7]

Builds a JSONL batch of distinct articles (recombined from our own samples) with a few
planted bad records, kills `newsgraph ingest` with SIGKILL at random moments, runs it to
the end, and prints what the database holds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWSGRAPH = [sys.executable, "-m", "newsgraph.cli"]


def make_batch(path: Path, articles: int, bad: int, seed: int) -> None:
    """`articles` distinct articles and `bad` records with no text, shuffled."""
    rng = random.Random(seed)
    samples = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()]
    paragraphs = [p for s in samples for p in s["text"].split("\n\n")[1:]]
    records = []
    for n in range(articles):
        body = "\n\n".join(rng.sample(paragraphs, 5))
        title = f"Report {n}: {rng.choice(samples)['text'].splitlines()[0]}"
        records.append({"url": f"https://wire.example/{n}", "text": f"{title}\n\n{body}",
                        "published": f"2026-03-{1 + n % 28:02d}"})
    records += [{"url": f"https://wire.example/bad-{n}"} for n in range(bad)]
    rng.shuffle(records)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def ingest(batch: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*NEWSGRAPH, "ingest", str(batch), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def crash_and_resume(articles: int, kills: int, bad: int, seed: int, window: tuple[float, float]) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        batch, db = Path(tmp) / "batch.jsonl", Path(tmp) / "ng.db"
        make_batch(batch, articles, bad, seed)
        progress = []
        for _ in range(kills):
            proc = ingest(batch, db)
            time.sleep(rng.uniform(*window))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            progress.append(count(db, "select count(*) from articles") if db.exists() else 0)
        errors_before_final = count(db, "select count(*) from errors") if db.exists() else 0
        final = ingest(batch, db)
        code = final.wait()
        return {
            "articles_expected": articles, "bad_planted": bad, "kills": kills,
            "stored_after_each_kill": progress, "final_exit": code,
            "errors_before_final": errors_before_final,
            "articles": count(db, "select count(*) from articles"),
            "distinct_ids": count(db, "select count(distinct id) from articles"),
            "distinct_urls": count(db, "select count(distinct url) from articles"),
            "errors": count(db, "select count(*) from errors"),
            "error_sources_not_planted": count(db, "select count(*) from errors where reason not like 'bad JSONL record%'"),
            "journal_unfinished": count(db, "select count(*) from journal where status = 'queued'"),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--bad", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-wait", type=float, default=1.0)
    parser.add_argument("--max-wait", type=float, default=15.0)
    args = parser.parse_args()
    report = crash_and_resume(args.articles, args.kills, args.bad, args.seed, (args.min_wait, args.max_wait))
    print(json.dumps(report, indent=2))
    expected_exit = 1 if report["errors_before_final"] < args.bad else 0
    ok = (report["final_exit"] == expected_exit
          and report["articles"] == report["distinct_ids"] == report["distinct_urls"] == args.articles
          and report["errors"] == args.bad and report["journal_unfinished"] == 0)
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
