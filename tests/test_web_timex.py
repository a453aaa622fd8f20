"""TIMEX3 values read as words in the explorer (newsgraph.web.timex)."""

import pytest

from newsgraph.web.timex import readable


@pytest.mark.parametrize("value, words", [
    ("2026-03-13", "13 March 2026"),
    ("2022-11", "November 2022"),
    ("2026-03-13TNI", "13 March 2026, night"),
    ("2026-10-12T04:17", "12 October 2026, 04:17"),
    ("XXXX-07-04", "4 July (year unknown)"),
    ("2026-W35", "week 35 of 2026"),
    ("2026-W35-WE", "the weekend of week 35 of 2026"),
    ("XXXX-WXX-1", "a Monday (date unknown)"),
    ("XXXX-WXX-5TEV", "a Friday evening (date unknown)"),
    ("2026-Q1", "Q1 2026"),
    ("2026-H2", "second half of 2026"),
    ("2026-SU", "summer 2026"),
    ("202", "the 2020s"),
    ("2029", "2029"),
    ("PRESENT_REF", "now (at publication)"),
    ("PT6H", "6 hours"),
    ("PT30M", "30 minutes"),
    ("P6M", "6 months"),
    ("P1Y", "1 year"),
    ("P1.5Y", "1.5 years"),
    ("PXD", "some days"),
])
def test_readable_values(value: str, words: str) -> None:
    assert readable(value) == words


@pytest.mark.parametrize("value", ["2026-13-01", "XXXX", "P3DT4H", "2026-03-13T25"])
def test_unknown_values_are_shown_as_they_are(value: str) -> None:
    assert readable(value) == value


def test_empty_value_reads_as_nothing() -> None:
    assert readable(None) == "" and readable("") == ""
