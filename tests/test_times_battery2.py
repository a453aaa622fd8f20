"""Times: the constructions of the second numbers battery round (session 10): a quarter or half
"of the year", a deadline moved forward, "three quarters full" (no duration)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_times",))


def values(nlp, text: str, published: str = "2024-03-14") -> list[tuple[str, str | None]]:
    """(text, value) of each time expression; 2024-03-14 is a Thursday."""
    from newsgraph.nlp import make_input_doc

    return [(t.text, t.value) for t in nlp(make_input_doc(nlp, text, published=published))._.ng_times]


def test_the_second_half_of_the_year_is_one_expression(nlp):
    found = values(nlp, "Profits in the second half of the year fell 3%.", "2024-10-02")
    assert found == [("the second half of the year", "2024-H2")]


def test_a_deadline_moved_to_a_month_looks_forward(nlp):
    assert values(nlp, "The deadline was extended to the end of June.") == [("the end of June", "2024-06")]
    assert values(nlp, "The trial was postponed to May 3.") == [("May 3", "2024-05-03")]


def test_a_fraction_full_is_no_duration(nlp):
    assert values(nlp, "The reservoir was three quarters full.") == []


def test_a_quarter_as_a_share_of_change_is_no_duration(nlp):
    assert values(nlp, "Prices fell by about a quarter.") == []


# Round 3 (N3): bare quarter codes, named weeks, forecasts, counted weekdays, "will" far ahead.

def test_a_bare_quarter_code_takes_the_year_the_tense_points_to(nlp):
    assert values(nlp, "The chipmaker expects demand to pick up in Q2.") == [("Q2", "2024-Q2")]
    assert values(nlp, "Margins narrowed in Q4, the bank said.") == [("Q4", "2023-Q4")]


def test_weekdays_in_a_named_week(nlp):
    assert values(nlp, "The hearings will run on Monday and Tuesday next week.") == [
        ("Monday", "2024-03-18"), ("Tuesday next week", "2024-03-19")]


def test_a_forecast_looks_ahead(nlp):
    assert values(nlp, "Heavy snow is forecast for the weekend.") == [("the weekend", "2024-W11-WE")]


def test_a_counted_weekday_of_a_month(nlp):
    assert values(nlp, "The race is held on the last Sunday of April.") == [("the last Sunday of April", "2024-04-28")]


def test_will_with_a_date_months_ahead_looks_forward(nlp):
    assert values(nlp, "The new law will take effect on January 9.") == [("January 9", "2025-01-09")]


def test_an_elapsed_time_after_in_is_no_clock_time(nlp):
    assert values(nlp, "Okoro pinned his rival in 2:17 in the final.") == []
