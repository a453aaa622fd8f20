"""Kill -9 during an ingest, resume, and every article is stored exactly once (issue 9).
The 500-article, 20-kill run is `python benchmarks/crash_resume.py` (see BENCHMARKS.md)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from crash_resume import crash_and_resume  # noqa: E402


def test_kill_nine_three_times_then_resume_stores_each_article_once():
    report = crash_and_resume(articles=40, kills=3, bad=2, seed=3, window=(4.0, 9.0))
    # the final run exits 1 only if it met planted bad records that no killed run had recorded
    assert report["final_exit"] == (1 if report["errors_before_final"] < 2 else 0)
    assert report["articles"] == report["distinct_ids"] == report["distinct_urls"] == 40
    assert report["errors"] == 2 and report["error_sources_not_planted"] == 0
    assert report["journal_unfinished"] == 0
