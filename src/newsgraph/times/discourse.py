"""Time words that are not times here: discourse "now that", names ending in "Now", the
idioms "at the end of the day" and "not for a minute", "the past" as an adjective ("the past
seven contests"), and clock readings of a game ("scored at 7:14").

`not_a_time(family, text, state, start, end)` is asked before a matched expression is read;
each test is a construction a reader recognises from the words around the match.
"""

from __future__ import annotations

import re

from newsgraph.times.absolute import month_in, weekday_in
from newsgraph.times.reading import State

# "Now that you have the jars, …", "…, now that the season is over": the subordinating
# conjunction opening a clause, not the present moment ("he is now that team's coach" stays).
_NOW_THAT_AFTER = re.compile(r"\s+that\s+(?!'s\b|’s\b|is\b|was\b)[a-z]", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?:;,\n\"“(—–]\s*|\b(?:and|but|especially|even|only|so)\s+)$",
                            re.IGNORECASE)
# "on Sony Now", "and PlayStation Now": a capitalised "Now" after a name word, mid-sentence.
_NAME_BEFORE_NOW = re.compile(r"[a-z0-9+]\s+[A-Z][\w+]*\s+$")
# "At the end of the day, it is about trust": clause-initial and followed by a comma, the idiom ("in the end").
_IDIOM_START = re.compile(r"(?:^|[.!?:;\n\"“(—–]\s*|\b(?:but|and|so|because)\s+)at\s+$", re.IGNORECASE)
# In a game report, a bare clock reading after a scoring word in its sentence: "scored at 7:14".
_SCORING_BEFORE = re.compile(
    r"\b(?:scor(?:ed|es|ing)|goals?|netted|equali[sz](?:ed|er)|power\s+play|short-?handed|touchdown)\b"
    r"[^.!?\n]{0,60}\bat\s+$", re.IGNORECASE)
_BARE_CLOCK = re.compile(r"\d{1,2}:\d\d")
# "the future of the school": the noun for prospects, not a time; "the last day to vote", "the first week of
# school": a day picked out by what follows, not the span before or after the anchor.
# "Romans 15:13", "John 3:16": chapter and verse after a book's name, not a clock time.
_VERSE_BEFORE = re.compile(r"\b(?!(?:At|By|Around|About|Until|From|Before|After|Since|Noon|Today|Tonight)\b)([A-Z][a-z]{2,})\s+$")
_OF_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:year|month|week|day|season|decade|century)\b)", re.IGNORECASE)
_PICKED_BY_AFTER = re.compile(r"\s+(?:to\s+[a-z]+|of|for|before|that|when)\b")
_ORDINAL_UNIT = re.compile(r"the\s+(?:last|first|final)\s+(?:day|night|week|weekend)", re.IGNORECASE)
# "six of the past seven contests", "the past president": "the past" before a number or a noun is an
# adjective (the most recent ones), not the past as a time ("the past three summers" stays a time).
_PAST_AS_ADJECTIVE_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|nor|is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|of|in|on|"
    r"at|to|for|with|that|which|who|as|by|from|than|when|where|while|because|it|they|he|she|we|you|i)\b)"
    r"(?!(?:\S+\s+)?(?:summers?|winters?|springs?|autumns?|seasons?|semesters?|terms?|generations?)\b)[a-z0-9]")
# "I don't believe for a minute", "never for a moment": not a stretch of time but "not at all";
# "wait a minute", "just a second": a call for attention.
_NOT_FOR_A_MINUTE_BEFORE = re.compile(
    r"(?:\bnot|n[’']t|\bnever|\bno\s+one|\bnobody|\bhardly)\b(?:\s+[\w’']+){0,3}?\s+(?:believ|think|thought|doubt|imagin|"
    r"suppos|suggest|forg[eo]t|pretend|accept|expect|consider|buy|bought)\w*(?:\s+[\w’']+){0,2}?\s+for\s+$", re.IGNORECASE)
_WAIT_BEFORE = re.compile(r"(?:^|[\"“‘'(\n]|[.!?,]\s+)(?:wait|hang\s+on|hold\s+on|just)\s+$", re.IGNORECASE)
_INTERJECTION_AFTER = re.compile(r"\s*[,.!?—–\"”]")
_A_MOMENT = re.compile(r"an?\s+(?:minute|moment|second)", re.IGNORECASE)
# "author of 2016 and Beyond", "2040 For Dummies": a year before a capitalised function word is in a title.
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+\s+$")
_TITLE_AFTER_YEAR = re.compile(r"\s+(?:and\s+|&\s+)?(?:Beyond|And|Of|For|To|In|On|With|By|At|From|Under|Over|Onward)\b")


def not_a_time(family: str, text: str, state: State, start: int, end: int) -> bool:
    """Whether a matched expression is, in its context, not a time expression at all."""
    if family == "ref" and text.lower() == "now":
        return _discourse_now(text, state, start, end)
    if family == "rel" and " ".join(text.lower().split()) == "the end of the day":
        return _end_of_day_idiom(state, start, end)
    if family == "ref" and text.lower().endswith("future") and _OF_AFTER.match(state.text, end):
        return True
    if family == "rel" and _ORDINAL_UNIT.fullmatch(text) and _PICKED_BY_AFTER.match(state.text, end):
        return True
    if family == "ref" and text.lower() == "the past" and _PAST_AS_ADJECTIVE_AFTER.match(state.text, end):
        return True
    if family == "dur" and _A_MOMENT.fullmatch(text) and _figure_of_speech(state, start, end):
        return True
    if family == "year" and _TITLE_AFTER_YEAR.match(state.text, end) and _LOWER_WORD_BEFORE.search(state.text, max(0, start - 20), start):
        return True  # not in a headline written in title case ("Why Trump Won In 2016 And What Comes Next")
    if family == "clock" and _BARE_CLOCK.fullmatch(text.strip()) and _verse(state, start):
        return True
    if family == "clock" and _BARE_CLOCK.fullmatch(text.strip()) and state.sports():
        return _SCORING_BEFORE.search(state.text, max(0, start - 90), start) is not None
    return False


def _discourse_now(text: str, state: State, start: int, end: int) -> bool:
    if _NOW_THAT_AFTER.match(state.text, end):
        return _CLAUSE_BEFORE.search(state.text, max(0, start - 12), start) is not None
    return text[0] == "N" and _NAME_BEFORE_NOW.search(state.text, max(0, start - 30), start) is not None


def _figure_of_speech(state: State, start: int, end: int) -> bool:
    """"don't believe for a minute", "wait a minute": no stretch of time is meant."""
    before = state.text[max(0, start - 60):start]
    if _NOT_FOR_A_MINUTE_BEFORE.search(before):
        return True
    return bool(_WAIT_BEFORE.search(before)) and _INTERJECTION_AFTER.match(state.text, end) is not None


def _end_of_day_idiom(state: State, start: int, end: int) -> bool:
    return state.text[end:end + 1] == "," and _IDIOM_START.search(state.text, max(0, start - 12), start) is not None


def _verse(state: State, start: int) -> bool:
    m = _VERSE_BEFORE.search(state.text, max(0, start - 16), start)
    return m is not None and weekday_in(m.group(1)) is None and month_in(m.group(1)) is None
