"""Scores, records and vote tallies told as two numbers: "won 31-24", "a 5-10 record", "a 3-2 vote".

A careful sports or politics reader lists a result, but as one claim, not as the range 24..31:
the record keeps the first number as its value, unit "score", and the text keeps both. A pair
is a score only where the words say so: a verb of winning, losing or voting before it ("beat
the Knicks 110-98", "passed the bill 220-207", "by a vote of 51 to 49"), or a result noun after
it ("a 3-2 vote", "the 2-1 decision", "a 5-10 record"). "9-11" alone names the 2001 attacks.
"""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.quantities.found import Found
from newsgraph.quantities.units import Unit

SCORE = Unit("score", "score")

_RESULT_VERBS = (r"won|win|wins|winning|beat|beats|beating|lost|lose|loses|losing|defeated|defeats|edged|"
                 r"routed|thrashed|drew|draw|tied|trailed|trailing|led|leads|leading|passed|approved|"
                 r"rejected|voted|confirmed|upheld|overturned|struck\s+down|blocked|ruled|sided|split")
# A result verb up to five words before the pair: "beat San Francisco 25-22", "losing 31-24".
_VERB_BEFORE_RE = re.compile(rf"(?i:\b(?:{_RESULT_VERBS})\b(?:\s+[\w.'’&-]+){{0,5}}\s+)$")
# "by a vote of 51 to 49", "the team score (21-21)"; "upped their record to 24-5", "a lead at 18-15"
# ("record" and "lead" only with a preposition: "to lead 10-12 volunteers" is a range).
_TALLY_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:(vote|votes|margin|score|tally)\s+(?:of\s+|was\s+|is\s+|\()?"
    r"|(record|lead)\s+(?:(?:of|was|is|to|at|stood\s+at|stands\s+at)\s+|\()))$")
_RESULT_NOUN_AFTER_RE = re.compile(
    r"(?i:\s*(?:team\s+)?(?:win|wins|victory|victories|loss|losses|defeat|defeats|record|vote|votes|decision|decisions|"
    r"ruling|verdict|majority|split|lead|advantage|margin|triumph|draw|tie|result|scoreline|score|"
    r"home\s+win|away\s+win|shootout|overtime)\b)")
# A lower-case word after the pair that is no preposition or clause word: the noun a range counts.
_COUNTED_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:on|in|at|against|over|with|after|before|to|for|and|but|as|the|a|an|this|last|that|when|while|"
    r"since|during|from|by|thanks|despite|behind|under|into|or|to|with|without|than|home|away|at)\b)[a-z]+\b")
# A team's record after a verb that moves it: "improved to 41-25", "fell to 30-29", "finished the season 38-4".
_RECORD_VERB_BEFORE_RE = re.compile(
    r"(?i:\b(?:(?:improv|dropp|slipp|fell|falls|falling|mov|climb|even)\w*\s+(?:(?:their|its|his|her)\s+record\s+)?to"
    r"|(?:finish|end)(?:ed|s|ing)?\s+(?:the\s+(?:regular\s+)?(?:season|year|campaign)|(?:their|its|his|her)\s+season)"
    r"|(?:went|goes|going))\s+)$")
_AGE_OR_SPAN_BEFORE_RE = re.compile(r"(?i:\b(?:aged|ages|age|between|from|grades?|children|kids)\s+)$")
_DRAWS_AFTER_RE = re.compile(r"[-–]\d{1,2}(?![\d.,]\d|[-–]\d)")
_SCORE_JOINERS = frozenset({"-", "–", "to"})


def read_score(text: str, first: Found, second: Found, joiner: str, nouns_only: bool = False) -> Optional[Found]:
    """The score "25-22" or "51 to 49" as one record, when the words around it say it is one.

    `nouns_only` (a game report, full of records "At 3-8, including 1-4 at home"): only a result
    noun names the pair a result ("a 30-21 win", "their record to 24-5"), not a verb before it.
    """
    if joiner not in _SCORE_JOINERS or not _bare_whole(first) or not _bare_whole(second):
        return None
    before = text[max(0, first.start - 60):first.start]
    if _AGE_OR_SPAN_BEFORE_RE.search(before):
        return None
    noun_after = _RESULT_NOUN_AFTER_RE.match(text, second.end) is not None
    if joiner == "to" and not (_TALLY_NOUN_BEFORE_RE.search(before) or noun_after):
        return None  # "won 5 to 10 seats": a range after a verb; "by a vote of 51 to 49" is a tally
    if noun_after or _TALLY_NOUN_BEFORE_RE.search(before):
        pass
    elif _RECORD_VERB_BEFORE_RE.search(before) and not _COUNTED_NOUN_AFTER_RE.match(text, second.end):
        pass
    elif nouns_only or not _VERB_BEFORE_RE.search(before) or first.value < second.value or \
            _COUNTED_NOUN_AFTER_RE.match(text, second.end):
        return None  # "won 5-7 games", "approved funding for 10-12 warships": a range of things counted
    draws = _DRAWS_AFTER_RE.match(text, second.end)  # "fell to 45-7-2": wins, losses and draws
    end = draws.end() if draws else second.end
    return Found(first.start, end, first.value, SCORE, kind="num", surface=text[first.start:end],
                 num_start=first.num_start, num_end=draws.end() if draws else second.num_end)


def tally_noun(text: str, found: Found) -> Optional[str]:
    """"by a vote of 51 to 49": the noun a score after it belongs to, where the parse gives none."""
    if found.unit is not SCORE:
        return None
    m = _TALLY_NOUN_BEFORE_RE.search(text, max(0, found.start - 20), found.start)
    return (m.group(1) or m.group(2)) if m else None


def names_attacks(text: str, first: Found, second: Found, joiner: str) -> bool:
    """"9-11 victims": the name of the 2001 attacks, not the range nine to eleven."""
    if joiner not in ("-", "–") or (first.value, second.value) != (9, 11) or second.unit is not None:
        return False
    if text[first.num_start:second.num_end] not in ("9-11", "9–11"):
        return False
    return _AGE_OR_SPAN_BEFORE_RE.search(text[max(0, first.start - 20):first.start]) is None


def _bare_whole(f: Found) -> bool:
    return f.unit is None and f.kind == "num" and not f.scaled and f.value == int(f.value) and 0 <= f.value < 1000
