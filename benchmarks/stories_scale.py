"""Scale benchmark: incremental story clustering of synthetic article records.

Synthesises N articles (default 100,000) over a year: a Zipf-like general vocabulary,
200 topics with their own words, stories with their own entities, places, events,
words and a few days' life, plus republications (new headline) and word-swapped copies.
Articles reach the `StoryIndex` in published order; the script reports the elapsed time
and the open state at 10k, 30k and 100k, the peak resident memory, and B-cubed scores
against the synthetic stories as a sanity check.

Run: python benchmarks/stories_scale.py [--n 100000] [--json results.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import time
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.eval.stories import b_cubed, resolve
from newsgraph.stories import StoryDoc, StoryIndex

SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vo", "sel", "dra", "pu", "ne", "shi", "bar",
             "tor", "el", "an", "qu", "is", "ot", "ex", "um", "ri", "zo", "fa", "gen"]
START = date(2025, 1, 1)
CHECKPOINTS = (10_000, 30_000, 100_000)


def make_words(rng: random.Random, n: int, syllables: tuple[int, int] = (2, 4)) -> list[str]:
    """`n` distinct pseudo-words."""
    found: set[str] = set()
    while len(found) < n:
        found.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*syllables))))
    return sorted(found)


@dataclass
class SynthStory:
    """One synthetic story: what its articles share."""

    id: int
    topic: int
    words: list[str]
    entities: list[str]
    places: list[str]
    events: list[str]
    start: int
    days: int


class Generator:
    """Synthetic article records with gold story labels (see the module docstring)."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.general = make_words(self.rng, 20_000)
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1)
                                                     for rank in range(len(self.general))))
        self.topics = [make_words(self.rng, 60, (3, 4)) for _ in range(200)]
        self.names = make_words(self.rng, 30_000, (3, 4))
        self.event_types = ["ASSAULT", "PROTEST", "ACCUSE", "AGREE", "AID", "SANCTION",
                            "MOBILIZE", "COERCE", "REQUEST", "CONSULT"]

    def story(self, sid: int) -> SynthStory:
        """A story with its own words, people, places and event."""
        r = self.rng
        return SynthStory(
            sid, r.randrange(len(self.topics)), make_words(r, 15, (4, 5)),
            [f"person:{r.choice(self.names)}" for _ in range(r.randint(2, 5))],
            [str(r.randint(1_000_000, 9_000_000)) for _ in range(r.randint(1, 3))],
            [f"{r.choice(self.event_types)}:{r.choice(self.names)[:3].upper()}"],
            r.randrange(365), r.randint(1, 5))

    def body(self, s: SynthStory, n_words: int) -> str:
        """Article text: general words, topic words and the story's own words."""
        r = self.rng
        general = r.choices(self.general, cum_weights=self.cum_weights, k=int(n_words * 0.65))
        topical = r.choices(self.topics[s.topic], k=int(n_words * 0.2))
        own = r.choices(s.words, k=int(n_words * 0.15))
        words = general + topical + own
        r.shuffle(words)
        sentences = [" ".join(words[i : i + 15]) for i in range(0, len(words), 15)]
        return ".\n".join(sentences) + "."

    def articles(self, n: int) -> list[tuple[int, int, str]]:
        """(day, story id, kind) for `n` articles, in published order."""
        plan: list[tuple[int, int, str]] = []
        stories: list[SynthStory] = []
        while len(plan) < n:
            s = self.story(len(stories))
            stories.append(s)
            size = min(int(self.rng.paretovariate(1.3)), 60)
            for _ in range(size):
                kind = self.rng.choices(["new", "republish", "spin"], [0.9, 0.07, 0.03])[0]
                plan.append((s.start + self.rng.randrange(s.days), s.id, kind))
        self.stories = stories
        return sorted(plan[:n])

    def records(self, n: int):  # type: ignore[no-untyped-def]
        """Yield (StoryDoc, gold story id) in published order."""
        last_body: dict[int, str] = {}
        for i, (day, sid, kind) in enumerate(self.articles(n)):
            s = self.stories[sid]
            body = last_body.get(sid) if kind != "new" else None
            if body is None:
                body = self.body(s, self.rng.randint(250, 600))
            elif kind == "spin":
                body = self.spin(body)
            last_body[sid] = body
            title = " ".join(self.rng.choices(s.words + self.topics[s.topic], k=8))
            published = (START + timedelta(days=day)).isoformat()
            yield StoryDoc(f"a{i}", title, body, published, list(s.entities),
                           list(s.places), list(s.events)), sid

    def spin(self, body: str) -> str:
        """Swap about a fifth of the words for others (a synonym-swapping tool)."""
        words = body.split(" ")
        for i in range(len(words)):
            if self.rng.random() < 0.2:
                words[i] = self.rng.choice(self.general[:2000])
        return " ".join(words)


def peak_mb() -> float:
    """Peak resident memory of this process in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int) -> dict:
    """Generate and cluster `n` articles; the timing curve and the final scores."""
    gen = Generator()
    index = StoryIndex()
    gold, pred, alias = [], [], {}
    curve, copies = [], 0
    started = time.perf_counter()
    clustering = 0.0
    for count, (doc, sid) in enumerate(gen.records(n), start=1):
        t0 = time.perf_counter()
        a = index.add(doc)
        clustering += time.perf_counter() - t0
        alias.update(a.merged)
        gold.append(str(sid))
        pred.append(a.story_id)
        copies += a.duplicate_of is not None
        if count in CHECKPOINTS or count == n:
            curve.append(checkpoint(count, started, clustering, index))
            print(json.dumps(curve[-1]), flush=True)
    p, r, f = b_cubed(gold, resolve(pred, alias))
    return {"articles": n, "curve": curve, "copies_found": copies,
            "bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4),
            "bcubed_f1": round(f, 4), "peak_rss_mb": round(peak_mb(), 1)}


def checkpoint(count: int, started: float, clustering: float, index: StoryIndex) -> dict:
    """What the index holds and how long it took, after `count` articles."""
    return {"articles": count, "elapsed_s": round(time.perf_counter() - started, 1),
            "cpu_s": round(time.process_time(), 1),
            "clustering_s": round(clustering, 1),
            "articles_per_s": round(count / clustering, 1) if clustering else None,
            "open_stories": len(index.stories.clusters), "closed_stories": index.closed,
            "open_topics": len(index.topics.clusters),
            "story_topic_links": len(index.topics.story_topic),
            "open_copies": len(index.copies.copies), "vocabulary": len(index.dfs.df),
            "peak_rss_mb": round(peak_mb(), 1)}


def main() -> None:
    """Command line: run the benchmark and print (and optionally save) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of articles")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    result = run(args.n)
    print(json.dumps(result, indent=2))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=2)


if __name__ == "__main__":
    main()
