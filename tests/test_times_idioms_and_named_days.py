"""Figures of speech that are no times, "the past" as an adjective, Super Tuesday, and forward prepositions."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_times",))


def times(nlp, text: str, published: str):
    from newsgraph.nlp import make_input_doc

    return [(t.text, t.value) for t in nlp(make_input_doc(nlp, text, published=published))._.ng_times]


@pytest.mark.parametrize("text", [
    "Nobody in the room believed for a minute that the count was fair.",
    "I never doubted for a moment that she would run.",
    "Wait a minute, the chairman said, the vote is not over.",
])
def test_not_for_a_minute_and_wait_a_minute_are_no_durations(nlp, text):
    assert times(nlp, text, "2016-05-10") == []


@pytest.mark.parametrize("text", [
    "The crowd stood in silence for a minute before the speech.",
    "The senator did not speak for a minute after the result.",
    "Voters had to wait a minute for each ballot to scan.",
    "The second blast came just a minute after the first one.",
])
def test_a_real_minute_stays_a_duration(nlp, text):
    assert times(nlp, text, "2016-05-10") == [("a minute", "PT1M")]


def test_the_past_before_a_number_or_noun_is_an_adjective(nlp):
    assert times(nlp, "She has won four of the past six primaries and beat the past champion.", "2016-05-10") == []


def test_the_past_as_a_noun_stays(nlp):
    assert times(nlp, "Voters, he said, are tired of the past.", "2016-05-10") == [("the past", "PAST_REF")]


def test_tomorrow_after_a_plural_noun_and_of_is_the_future_in_general(nlp):
    got = times(nlp, "We are training the nurses of tomorrow, the dean said on Monday.", "2016-05-10")
    assert got == [("Monday", "2016-05-09")]


def test_tomorrow_as_the_next_day_stays(nlp):
    assert times(nlp, "The results of tomorrow's count are due early.", "2016-05-10") == [("tomorrow", "2016-05-11")]


@pytest.mark.parametrize("published,text,value", [
    ("2020-01-20", "Both campaigns are pouring money into the states that vote on Super Tuesday.", "2020-03-03"),
    ("2024-03-12", "After his sweep on Super Tuesday, the front-runner rested.", "2024-03-05"),
])
def test_super_tuesday_is_the_first_tuesday_of_march(nlp, published, text, value):
    assert times(nlp, text, published)[0] == ("Super Tuesday", value)


def test_toward_a_month_looks_ahead(nlp):
    got = times(nlp, "Party leaders were asked to steer the campaign toward October's referendum.", "2017-05-02")
    assert got == [("October", "2017-10")]


def test_a_year_in_a_book_title_is_no_date(nlp):
    got = times(nlp, "The pollster, author of 2030 and Beyond, spoke in 2019 about turnout.", "2020-02-01")
    assert got == [("2019", "2019")]


def test_a_year_in_a_title_case_headline_stays(nlp):
    assert times(nlp, "Why Turnout Fell In 2019 And What Comes Next", "2020-02-01") == [("2019", "2019")]
