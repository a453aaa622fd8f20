"""How fast the explorer serves the article page of a 2,000-word article (budget: 300 ms).

Builds a temporary database with one synthetic article of WORDS words carrying a dense
set of facts (places, entity mentions, quotes, numbers, dates, events, checks, nested
and crossing spans), then times the HTML page and its JSON twin twice: through
Datasette's in-process client, and over real HTTP (uvicorn on 127.0.0.1, httpx).

    python benchmarks/web_article_page.py [--words 2000] [--runs 30]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

import httpx

from newsgraph.model import (
    Article, Check, Entity, Event, Mention, Place, PlaceMention, Quantity, Quote, Span,
    Speaker, TimeExpression,
)
from newsgraph.store import open_db, save_article
from newsgraph.web import make_datasette

BUDGET_MS = 300.0
PARAGRAPH = (
    'KHERSON, Ukraine — A Russian drone strike hit a fuel depot near Kherson on Friday, killing '
    '{n} workers and wounding at least {m} others, said Oleksandr Prokudin of the regional '
    'administration. "The enemy targets the infrastructure of Kherson and of Mykolaiv," said '
    'Prokudin, adding that about {t} tonnes of diesel were stored roughly {d} miles from the Dnipro '
    'River. The State Emergency Service said firefighters worked for nearly six hours in Odesa.'
)
PLACES = {
    "Kherson": (46.6354, 32.6169), "KHERSON": (46.6354, 32.6169), "Ukraine": (49.0, 32.0), "Mykolaiv": (46.9659, 31.9974),
    "Dnipro": (46.5, 32.3), "Odesa": (46.4775, 30.7326),
}


def _find(body: str, text: str, start: int) -> Span:
    i = body.index(text, start)
    return Span(i, i + len(text), text)


class Builder:
    """Accumulates the body and facts paragraph by paragraph."""

    def __init__(self) -> None:
        self.body = ""
        self.places: list[PlaceMention] = []
        self.mentions: dict[str, list[Mention]] = {}
        self.quotes: list[Quote] = []
        self.quantities: list[Quantity] = []
        self.times: list[TimeExpression] = []
        self.events: list[Event] = []
        self.checks: list[Check] = []

    def add(self, i: int) -> None:
        base = len(self.body) + (2 if self.body else 0)
        self.body += ("\n\n" if self.body else "") + PARAGRAPH.format(n=i + 2, m=i + 5, t=1000 + i, d=10 + i)
        self._places(base)
        self._people(base)
        self._claims(base, i)

    def _places(self, base: int) -> None:
        pos = base
        for name in ("KHERSON", "Ukraine", "Kherson", "Kherson", "Mykolaiv", "Dnipro", "Odesa"):
            s = _find(self.body, name, pos)
            pos = s.end
            lat, lon = PLACES[name]
            place = Place(None, name, "PPLA", "UA", None, lat, lon)
            self.places.append(PlaceMention(s.start, s.end, s.text, place, confidence=0.9))

    def _people(self, base: int) -> None:
        for key, text in (("person:prokudin", "Oleksandr Prokudin"), ("person:prokudin", "Prokudin"),
                          ("org:ses", "State Emergency Service")):
            s = _find(self.body, text, base)
            self.mentions.setdefault(key, []).append(Mention(s.start, s.end, s.text))
        q = _find(self.body, '"The enemy targets the infrastructure of Kherson and of Mykolaiv,"', base)
        who = _find(self.body, "Prokudin", q.end)
        self.quotes.append(Quote(q.start, q.end, q.text, "direct", cue=_find(self.body, "said", q.end),
                                 speaker=Speaker(who.start, who.end, who.text, name="Oleksandr Prokudin"),
                                 confidence=0.9))

    def _claims(self, base: int, i: int) -> None:
        for text in (f"{i + 2} workers", f"at least {i + 5} others", f"about {1000 + i} tonnes",
                     f"roughly {10 + i} miles", "nearly six hours"):
            s = _find(self.body, text, base)
            self.quantities.append(Quantity(s.start, s.end, s.text, value=float(i), confidence=0.8))
        day = _find(self.body, "on Friday", base)
        self.times.append(TimeExpression(day.start, day.end, day.text, "2026-03-13", "day", confidence=0.8))
        sentence = _find(self.body, "A Russian drone strike hit a fuel depot near Kherson on Friday, killing", base)
        self.events.append(Event("ASSAULT", actor="RUS", target="UKR", evidence=[sentence], confidence=0.8,
                                 place=self.places[-7], time=self.times[-1]))
        claim = _find(self.body, f"roughly {10 + i} miles from the Dnipro", base)  # crosses a place span
        self.checks.append(Check(claim, "distance", "12 miles", "inconsistent", stated=f"{10 + i} miles"))

    def article(self) -> Article:
        entities = [Entity(key, key.split(":")[1].title(), "PERSON" if key.startswith("person") else "ORG", ms)
                    for key, ms in self.mentions.items()]
        return Article(id="bench-article", body=self.body, title="A long article", published="2026-03-14",
                       url="https://example.org/long", entities=entities, places=self.places, quotes=self.quotes,
                       quantities=self.quantities, times=self.times, events=self.events, checks=self.checks)


def build_article(words: int) -> Article:
    """A synthetic article of about `words` words with dense, overlapping facts."""
    builder = Builder()
    i = 0
    while len(builder.body.split()) < words:
        builder.add(i)
        i += 1
    return builder.article()


def timings(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    for _ in range(3):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {"median_ms": statistics.median(samples), "p95_ms": samples[int(0.95 * (len(samples) - 1))],
            "max_ms": samples[-1]}


def _check(response: Any) -> None:
    if response.status_code != 200:
        raise SystemExit(f"article page failed: HTTP {response.status_code}")


def in_process(db: Path, path: str, runs: int) -> dict[str, float]:
    ds = make_datasette(db)
    loop = asyncio.new_event_loop()
    try:
        return timings(lambda: _check(loop.run_until_complete(ds.client.get(path))), runs)
    finally:
        loop.close()


def over_http(db: Path, path: str, runs: int) -> dict[str, float]:
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(make_datasette(db).app(), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            return timings(lambda: _check(client.get(path)), runs)
    finally:
        server.should_exit = True
        thread.join(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    article = build_article(args.words)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        db = open_db(db_path)
        save_article(db, article)
        facts = sum(len(rows) for rows in (article.places, article.quotes, article.quantities, article.times,
                                           article.events, article.checks)) + sum(len(e.mentions) for e in article.entities)
        db.conn.close()
        print(f"article: {len(article.body.split())} words, {facts} facts; budget {BUDGET_MS:.0f} ms")
        worst = 0.0
        for label, fn in (("in-process", in_process), ("http", over_http)):
            for fmt in ("", ".json"):
                result = fn(db_path, f"/-/newsgraph/article/{article.id}{fmt}", args.runs)
                worst = max(worst, result["median_ms"])
                print(f"{label:10} {'JSON' if fmt else 'HTML':4}  median {result['median_ms']:6.1f} ms  "
                      f"p95 {result['p95_ms']:6.1f} ms  max {result['max_ms']:6.1f} ms")
        print("PASS" if worst <= BUDGET_MS else "FAIL", f"(slowest median {worst:.1f} ms)")


if __name__ == "__main__":
    main()
