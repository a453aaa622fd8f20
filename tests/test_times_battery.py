"""Time expressions: the constructions of the numbers battery round (session 10): the day of a
report ("said on Tuesday it would"), "since April", seconds and hours "later" as durations,
sports seasons, "the next day or two", and a decade counted from a year."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_times",))


def values(nlp, text: str, published: str = "2025-06-12") -> list[tuple[str, str | None]]:
    """(text, value) of each time expression; 2025-06-12 is a Thursday."""
    from newsgraph.nlp import make_input_doc

    return [(t.text, t.value) for t in nlp(make_input_doc(nlp, text, published=published))._.ng_times]


def test_the_day_after_said_is_the_day_of_the_report(nlp):
    found = values(nlp, "The airline said on Monday it would add 40 flights to Spain.")
    assert found == [("Monday", "2025-06-09")]


def test_an_infinitive_of_result_under_a_past_verb_is_past(nlp):
    found = values(nlp, "Denver beat Miami 94-89 to win the title on Tuesday.")
    assert found == [("Tuesday", "2025-06-10")]


def test_since_a_month_is_the_last_one_begun(nlp):
    assert values(nlp, "Rents have risen sharply since August.") == [("August", "2024-08")]


@pytest.mark.parametrize("text,expected", [
    ("The alarm sounded 40 seconds later.", ("40 seconds later", "PT40S")),
    ("Police arrived nearly an hour later.", ("nearly an hour later", "PT1H")),
])
def test_clock_units_later_are_durations(nlp, text, expected):
    assert values(nlp, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("She scored 19 goals last season.", ("last season", "PAST_REF")),
    ("The team has made two trades this offseason.", ("this offseason", "PRESENT_REF")),
    ("He will retire at the end of next season.", ("next season", "FUTURE_REF")),
])
def test_sports_seasons(nlp, text, expected):
    assert expected in values(nlp, text)


def test_the_next_week_or_two_is_a_duration(nlp):
    found = values(nlp, "Officials expect a decision over the next week or two.")
    assert found == [("the next week", "P1W")]


def test_a_decade_after_a_year_is_a_year(nlp):
    found = values(nlp, "The mine opened in 1972 and closed a decade later.")
    assert found == [("1972", "1972"), ("a decade later", "1982")]


def test_a_dashed_span_of_years_names_both(nlp):
    found = values(nlp, "She taught at the school from 1961-1968.")
    assert found == [("1961", "1961"), ("1968", "1968")]


def test_a_clock_its_time_zone_and_its_day_are_one_time(nlp):
    found = values(nlp, "The blast was heard at 4:20 a.m. local time on Tuesday.")
    assert found == [("4:20 a.m. local time on Tuesday", "2025-06-10T04:20")]


@pytest.mark.parametrize("text,expected", [
    ("The shop was robbed two Saturdays ago.", ("two Saturdays ago", "2025-05-31")),
    ("The final is three Sundays from now.", ("three Sundays from now", "2025-06-29")),
])
def test_weekdays_counted_from_the_anchor(nlp, text, expected):
    assert values(nlp, text) == [expected]


def test_a_bare_conjoined_verb_shares_the_tense_of_the_first(nlp):
    found = values(nlp, "Season passes start at $300 and go on sale on Saturday.")
    assert found == [("Saturday", "2025-06-14")]
