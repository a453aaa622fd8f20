"""Text features for stories: content words, light stems, word shingles, TF-IDF vectors.

Everything here is plain Python over strings, with no spaCy pass: the story index must
cost milliseconds per article. Document frequencies are kept by the caller
(`DocumentFrequencies`), so vectors can be computed incrementally as articles arrive.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
NUMBER_RE = re.compile(r"^\d+$")
YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")
EXTRA_STOP = {
    "said", "says", "say", "told", "according", "reported", "report", "reports", "news",
    "updated", "update", "new", "year", "years", "time", "people", "like", "just", "also",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "week", "day", "days", "month", "am", "pm", "mr", "mrs", "ms",
    "http", "https", "www", "com", "html", "htm", "story", "article", "photo", "video",
}
STOP = frozenset(w.lower() for w in STOP_WORDS) | EXTRA_STOP
SUFFIXES = ("ations", "ation", "ings", "ing", "ness", "ments", "ment", "ies", "ied",
            "ers", "er", "ed", "es", "ly", "s")
MIN_STEM = 3


def words(text: str) -> list[str]:
    """The lower-cased words of `text` (letters and digits, inner apostrophes kept)."""
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


@lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    """A light suffix-stripping stem: 'strikes', 'striking', 'struck' stay close enough."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            base = word[: -len(suffix)]
            if suffix == "ies" or suffix == "ied":
                return base + "y"
            return base
    return word


def content_terms(text: str, numbers: bool = False, bigrams: bool = False) -> list[str]:
    """Stemmed content words of `text`: stop words and bare numbers (years kept) dropped.

    With `bigrams`, pairs of adjacent content words are added ("pierre_thoma").
    """
    terms = []
    prev = None
    for word in words(text):
        term = content_term(word, numbers)
        if term is None:
            prev = None
            continue
        terms.append(term)
        if bigrams and prev is not None:
            terms.append(prev + "_" + term)
        prev = term
    return terms


MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RES = (
    re.compile(rf"\b({MONTH_ALT})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+({MONTH_ALT})\.?,?\s+((?:19|20)\d\d)\b", re.I),
)
ISO_DATE_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-\d\d\b")


def month_mentions(text: str) -> list[str]:
    """Months named with their year in `text`, as 'YYYY-MM' ("November 12, 2011" → 2011-11)."""
    found = []
    for regex in DATE_RES:
        for month, year in regex.findall(text):
            found.append(f"{year}-{MONTHS[month.lower()]:02d}")
    found.extend(f"{y}-{m}" for y, m in ISO_DATE_RE.findall(text))
    return sorted(set(found))


@lru_cache(maxsize=262_144)
def content_term(word: str, numbers: bool = False) -> str | None:
    """The stem of a lower-cased content word, or None for a stop word or bare number."""
    if word in STOP or len(word) < 2:
        return None
    if not numbers and NUMBER_RE.match(word) and not YEAR_RE.match(word):
        return None
    return stem(word)


def shingles(tokens: list[str], size: int) -> set[str]:
    """Overlapping word n-grams of `tokens` (the whole list when it is shorter)."""
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@dataclass
class DocumentFrequencies:
    """Document frequencies kept incrementally; idf uses the counts seen so far."""

    n_docs: int = 0
    df: Counter = field(default_factory=Counter)
    max_terms: int = 300_000

    def add(self, terms: set[str]) -> None:
        """Count one more document holding `terms`; prune hapaxes when the vocabulary is full."""
        self.n_docs += 1
        self.df.update(terms)
        if len(self.df) > self.max_terms:
            self.prune()

    def prune(self) -> None:
        """Drop the terms seen once: they come back as rare terms if they recur."""
        self.df = Counter({t: c for t, c in self.df.items() if c > 1})

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency of `term`."""
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0


def tfidf_vector(terms: list[str], dfs: DocumentFrequencies, top: int = 0) -> dict[str, float]:
    """An L2-normalised TF-IDF vector (sublinear tf) of `terms`, cut to the `top` heaviest."""
    counts = Counter(terms)
    vec = {t: (1.0 + math.log(c)) * dfs.idf(t) for t, c in counts.items()}
    if top and len(vec) > top:
        vec = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:top])
    return normalise(vec)


def normalise(vec: dict[str, float]) -> dict[str, float]:
    """`vec` scaled to unit length (an empty vector stays empty)."""
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm == 0:
        return {}
    return {t: v / norm for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two unit vectors held as dicts."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
