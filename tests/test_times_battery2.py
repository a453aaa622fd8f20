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
