"""Numbers written in digits and in words: the regex pieces and their values.

Digits: "1,900", "10 000", "2.5", ".5", "2 1/2", "1/4", "2½", "4e14", "2.48×10−5",
"8x2^10". Words: "three", "twenty-one", "a hundred and two", "three million, two
hundred & forty", "two and a half", "two thirds", "a dozen", "a gross", "a square
dozen". Ordinals ("second", "21st") are not numbers here.
"""

from __future__ import annotations

import re
from typing import Optional

MINUS = "-−–"
SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
COUNTING_NOUNS = {"dozen": 12.0, "gross": 144.0}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")

_UFRAC = "[" + "".join(UNICODE_FRACTIONS) + "]"
# Thousands grouped by spaces: a no-break or narrow space ("20\u202f000"); plain spaces only in
# two groups or more ("1 000 000") or before a group that starts with 0 ("10 000 dollars"):
# "roughly 400 737 Max jets" is two numbers.
_INT = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d,.]\d)|"
        r"\d{1,3}(?: \d{3}){2,}(?![\d,.]\d)|\d{1,3} 0\d\d(?![\d,.]\d)|\d+)")
_EXP = r"(?:[eE][-+−]?\d+(?![\w.])|\s?[x×·*]\s?10(?:\^[-−]?\d+|[-−]\d+|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[x×]\d+\^[-−]?\d+)"
# A number in digits (without sign): mixed fractions, decimals, exponents, unicode fractions.
DIGIT_NUMBER = (
    rf"(?:\d+\s\d+/\d+(?![\d/])|\d+/\d+(?![\d/])|{_INT}(?:\.\d+)?{_EXP}?{_UFRAC}?|\.\d+|{_UFRAC})"
)

_SMALL_ALT = "|".join(sorted(SMALL, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
# "a gross" (144) is a count only as a noun: before "of" (not money), a verb or a stop;
# "a gross violation", "a gross of $5m" are not counts.
_GROSS = (
    r"(?:great\s+)?gross(?=\s+(?:of\b(?!\s+[$€£¥\d])|is\b|was\b|are\b|were\b|equals?\b|makes?\b)"
    r"|\s*[.,;:!?)]|\s*$)"
)
_WORD = (
    rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_SMALL_ALT}))?|{_SMALL_ALT}|hundred|thousand|million|billion|trillion|dozen|"
    rf"square\s+dozen|{_GROSS})"
)
_FRAC_ALT = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_JOIN = r"(?:\s*-\s*and\s*-\s*(?:a\s*-\s*)?|\s*-\s*|\s+and\s+(?:a\s+)?|\s*&\s*|,\s+|\s+)"
# A number in words, possibly with a fraction ("two thirds", "two and a half").
WORD_NUMBER = (
    rf"(?:\b(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen|baker's\s+dozen|square\s+dozen|great\s+gross|"
    rf"gross)\b)|a\s+baker's\s+)?"
    rf"{_WORD}(?:{_JOIN}(?:{_WORD}|(?:{_FRAC_ALT})\b)){{0,15}}\b)"
)
_TOKEN_RE = re.compile(r"[A-Za-z']+|&|,")


def parse_digits(text: str) -> Optional[float]:
    """The value of a digit number matched by DIGIT_NUMBER ("1,900" → 1900.0); None if invalid."""
    text = text.replace(",", "").replace("\u00a0", " ").replace("\u202f", " ")
    for ch, val in UNICODE_FRACTIONS.items():
        if text.endswith(ch):
            head = text[:-1].strip()
            return (float(head) if head else 0.0) + val
    if "/" in text:
        return _parse_fraction(text)
    text = text.replace(" ", "")
    m = re.match(r"^([\d.]+)\s?[x×·*]\s?(\d+)(?:\^|(?=[-−⁻⁰¹²³⁴⁵⁶⁷⁸⁹]))(.+)$", text)
    if m:
        exp = m.group(3).translate(SUPERSCRIPTS).replace("−", "-")
        return float(f"{float(m.group(1)) * float(m.group(2)) ** int(exp):.12g}")
    try:
        return float(text.replace("−", "-"))
    except ValueError:
        return None


def _parse_fraction(text: str) -> Optional[float]:
    whole, _, frac = text.rpartition(" ")
    num, _, den = frac.partition("/")
    if float(den) == 0:
        return None
    return (float(whole) if whole else 0.0) + float(num) / float(den)


def parse_words(text: str) -> tuple[Optional[float], int]:
    """The value of a number in words, and how many characters of `text` it used.

    Stops at the first word that cannot continue the number ("three and four" → 3),
    so the caller can scan again after it. Returns (None, 0) when nothing parses.
    """
    tokens = [(m.group(0).lower(), m.end()) for m in _TOKEN_RE.finditer(text)]
    state = _WordState()
    used_end = 0
    i = 0
    while i < len(tokens):
        step = state.feed(tokens, i)
        if step == 0:
            break
        i += step
        used_end = tokens[i - 1][1]
    value = state.value()
    return (value, used_end) if value is not None else (None, 0)


class _WordState:
    """Left-to-right reader of number words (hundreds, scales, "and", fractions)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last = ""  # kind of the last word read: small, tens, hundred, scale, frac, a
        self.last_scale = float("inf")
        self.fraction = 0.0
        self.done = False

    def value(self) -> Optional[float]:
        if self.last in ("", "a"):
            return None
        return self.total + self.current + self.fraction

    def feed(self, tokens: list[tuple[str, int]], i: int) -> int:
        """Consume the word at i (and joiners before the next word); return how many were used."""
        word = tokens[i][0]
        if self.done:
            return 0
        if word in ("and", "&", ","):
            return self._joiner(tokens, i)
        if word in ("a", "an"):
            return self._article(tokens, i)
        if word == "baker's":
            return self._bakers(tokens, i)
        if word in ("square", "great"):
            return self._counting_noun(tokens, i)
        return self._number_word(word)

    def _joiner(self, tokens: list[tuple[str, int]], i: int) -> int:
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        word = tokens[i][0]
        if word == "," and self.last == "scale" and (nxt in SMALL or nxt in TENS):
            return 1
        if word in ("and", "&") and self.last in ("hundred", "scale") and (nxt in SMALL or nxt in TENS):
            return 1
        if word == "and" and nxt == "a" and i + 2 < len(tokens) and tokens[i + 2][0] in FRACTIONS:
            self.fraction = 1 / FRACTIONS[tokens[i + 2][0]]
            self.done = True
            return 3
        return 0

    def _article(self, tokens: list[tuple[str, int]], i: int) -> int:
        if self.last != "":
            return 0
        self.last = "a"
        self.current = 1
        return 1

    def _bakers(self, tokens: list[tuple[str, int]], i: int) -> int:
        if i + 1 < len(tokens) and tokens[i + 1][0] == "dozen" and self.last in ("", "a"):
            self.current = 13
            self.last = "scale"
            self.done = True
            return 2
        return 0

    def _counting_noun(self, tokens: list[tuple[str, int]], i: int) -> int:
        """"a square dozen" (144), "a great gross" (1728)."""
        pair = (tokens[i][0], tokens[i + 1][0] if i + 1 < len(tokens) else "")
        scale = {("square", "dozen"): 144.0, ("great", "gross"): 1728.0}.get(pair)
        if scale is None or not self._scale(scale):
            return 0
        return 2

    def _number_word(self, word: str) -> int:
        if word in SMALL:
            return self._small(SMALL[word])
        if word in TENS:
            return self._tens(TENS[word])
        if word == "hundred":
            return self._hundred()
        if word in SCALES or word in COUNTING_NOUNS:
            return self._scale(SCALES.get(word) or COUNTING_NOUNS[word])
        if word in FRACTIONS and self.last in ("small", "tens") and self.current:
            self.current = self.current / FRACTIONS[word]
            self.done = True
            return 1
        return 0

    def _small(self, n: int) -> int:
        if self.last in ("small", "a"):
            return 0
        if self.last == "tens" and (n == 0 or n > 9):
            return 0
        self.current += n
        self.last = "small"
        return 1

    def _tens(self, n: int) -> int:
        if self.last in ("small", "tens", "a") or self.current % 100:
            return 0
        self.current += n
        self.last = "tens"
        return 1

    def _hundred(self) -> int:
        if self.last == "hundred" or self.current >= 100:
            return 0
        self.current = (self.current or 1) * 100
        self.last = "hundred"
        return 1

    def _scale(self, scale: float) -> int:
        if scale >= self.last_scale or (self.last == "" and scale != 12.0):
            return 0
        self.total += (self.current or 1) * scale
        self.current = 0
        self.last = "scale"
        self.last_scale = scale
        return 1
