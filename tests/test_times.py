"""Time expressions: extents and TimeML values against a publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.times import extract_times, find_publication_date
from newsgraph.times.calendar import easter, pick_nearest
from newsgraph.times.reading import duration_value, parse_number

ANCHOR = date(2026, 2, 20)  # a Friday


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_times",))


def times(nlp, text: str, published: str | None = ANCHOR.isoformat(), **kw):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text, published=published, **kw))._.ng_times


def by_text(found) -> dict[str, object]:
    return {t.text: t for t in found}


def test_weekday_in_past_report_is_most_recent_such_day(nlp):
    found = by_text(times(nlp, "Ukraine executed a cruise missile attack on Saturday."))
    assert found["Saturday"].value == "2026-02-14"
    assert found["Saturday"].anchor == "2026-02-20"


def test_weekday_of_the_anchor_itself_in_past_tense_is_that_day(nlp):
    found = by_text(times(nlp, "Zelensky told the AFP in an exclusive interview Friday that it was costly."))
    assert found["Friday"].value == "2026-02-20"


def test_weekday_in_future_tense_is_next_such_day(nlp):
    found = by_text(times(nlp, "The minister will travel to Geneva on Tuesday."))
    assert found["Tuesday"].value == "2026-02-24"


def test_next_and_last_weekday(nlp):
    found = by_text(times(nlp, "They met last Friday and will meet again next Tuesday."))
    assert found["last Friday"].value == "2026-02-13"
    assert found["next Tuesday"].value == "2026-02-24"


@pytest.mark.parametrize("text, value", [
    ("Russian troops invaded on Feb. 24, 2022.", "2022-02-24"),
    ("Russian troops invaded on 24 February 2022.", "2022-02-24"),
    ("Russian troops invaded on 2022-02-24.", "2022-02-24"),
    ("Russian troops invaded in February 2022.", "2022-02"),
    ("Russian troops invaded in 2022.", "2022"),
    ("Prices were lower in the 1990s.", "199"),
    ("The hearing is set for Sept. 30, 1989.", "1989-09-30"),
])
def test_calendar_dates_are_one_expression(nlp, text, value):
    found = times(nlp, text)
    assert [t.value for t in found] == [value]
    assert found[0].type == "DATE"


def test_month_day_date_is_not_split(nlp):
    [t] = times(nlp, "the four-year anniversary since Russian troops invaded on Feb. 24, 2022.")[1:]
    assert t.text == "Feb. 24, 2022"
    assert (t.range_start, t.range_end) == ("2022-02-24", "2022-02-24")


@pytest.mark.parametrize("text, value", [
    ("The shelling resumed today.", "2026-02-20"),
    ("The shelling resumed yesterday.", "2026-02-19"),
    ("Talks resume tomorrow.", "2026-02-21"),
    ("The president speaks tonight.", "2026-02-20TNI"),
    ("Residents heard three explosions overnight.", "2026-02-19TNI"),
    ("Talks stalled last week.", "2026-W07"),
    ("Talks stalled last month.", "2026-01"),
    ("Talks stalled last year.", "2025"),
    ("The army advanced two days ago.", "2026-02-18"),
    ("Exports rose 5% this year.", "2026"),
])
def test_relative_dates(nlp, text, value):
    assert [t.value for t in times(nlp, text)] == [value]


def test_earlier_this_week_is_a_range_from_monday_to_anchor(nlp):
    [t] = times(nlp, "Trilateral talks in Geneva earlier this week failed.")
    assert t.text == "earlier this week"
    assert t.value == "2026-W08"
    assert t.granularity == "range"
    assert (t.range_start, t.range_end) == ("2026-02-16", "2026-02-20")


def test_before_the_end_of_the_month_is_a_range_end(nlp):
    [t] = times(nlp, "He said a deal would be signed before the end of the month.")
    assert t.text == "the end of the month"
    assert t.granularity == "range"
    assert (t.range_start, t.range_end) == ("2026-02-20", "2026-02-28")


def test_in_three_weeks_is_resolved_forward(nlp):
    [t] = times(nlp, "The offensive could stall, and in three weeks the mud season starts.")
    assert t.text == "in three weeks"
    assert t.value == "2026-W11"
    assert t.range_start == "2026-03-09"


@pytest.mark.parametrize("text, value", [
    ("the grim four-year anniversary", "P4Y"),
    ("The repairs will take three months.", "P3M"),
    ("She spent 5 1/2 hours in Nairobi.", "PT5H30M"),
    ("after nearly two decades of rule", "P20Y"),
    ("He stayed for a couple of years.", "P2Y"),
])
def test_durations(nlp, text, value):
    found = times(nlp, text)
    assert [t.value for t in found] == [value]
    assert found[0].type == "DURATION"


def test_quarters_seasons_parts_of_day_and_clock_times(nlp):
    found = by_text(times(nlp, "Profit rose in the third quarter. He spoke on Monday morning at 10:30 a.m. "
                               "Crops failed last summer."))
    assert found["the third quarter"].value == "2025-Q3"
    assert found["the third quarter"].range_end == "2025-09-30"
    assert found["Monday morning"].value == "2026-02-16TMO"
    assert found["Monday morning"].type == "TIME"
    assert found["10:30 a.m."].value.endswith("T10:30")
    assert found["last summer"].value == "2025-SU"


@pytest.mark.parametrize("text", [
    "We may see talks resume soon.",
    "They march on towards the capital.",
    "Sat down with the minister, we talked.",
    "Sun rose over the city as we left.",
    "Theresa May spoke to reporters.",
    "The company employs 1990 people.",
    "Officials said they may march again.",
])
def test_ordinary_words_are_not_dates(nlp, text):
    assert times(nlp, text) == []


def test_may_as_month_after_a_date_preposition(nlp):
    assert [t.value for t in times(nlp, "The vote was held in May, officials said.")] == ["2025-05"]


def test_without_anchor_relative_values_stay_unanchored(nlp):
    found = by_text(times(nlp, "The talks on Feb. 24 failed last week.", published=None))
    assert found["Feb. 24"].value == "XXXX-02-24"
    assert found["Feb. 24"].confidence <= 0.5
    assert found["last week"].value == "XXXX-WXX"
    assert found["last week"].anchor is None
    assert found["last week"].anchor_source == "none"


def test_anchor_source_is_copied(nlp):
    [t] = times(nlp, "The strike came on Saturday.", anchor_source="html")
    assert t.anchor_source == "html"


def test_plain_function_matches_component(nlp):
    text = "On Saturday, a day after talks in Geneva earlier this week, the four-year war went on."
    plain = [(t.text, t.value) for t in extract_times(text, ANCHOR)]
    assert plain == [(t.text, t.value) for t in times(nlp, text)]
    assert ("earlier this week", "2026-W08") in plain


def test_reference_page(nlp, reference_text):
    found = times(nlp, reference_text, published="2026-02-21")
    values = {t.text: t.value for t in found}
    assert values["Feb. 24, 2022"] == "2022-02-24"
    assert values["four-year"] == "P4Y"
    assert values["earlier this week"] == "2026-W08"
    assert values["Saturday"] == "2026-02-21"
    assert values["Friday"] == "2026-02-20"
    for t in found:
        assert reference_text[t.start:t.end] == t.text


@pytest.mark.parametrize("text, expected", [
    ("Big headline\nBy Jane Doe\nPublished 10:02 AM, Feb. 14, 2026\nThe war went on.", "2026-02-14"),
    ("Headline\nUpdated: 3 March 2025 09:00\nBody.", "2025-03-03"),
    ("Headline\n2024-11-05\nBody text.", "2024-11-05"),
    ("Headline\nNo date here at all.\nBody text.", None),
])
def test_find_publication_date(text, expected):
    assert find_publication_date(text) == expected


def test_publication_date_ignores_dates_inside_story_sentences():
    text = ("Headline\nThe deadliest conflict since the Second World War nears the grim anniversary "
            "since Russian troops invaded on Feb. 24, 2022, officials said on the record today.\n")
    assert find_publication_date(text) is None


def test_calendar_helpers():
    assert easter(2000) == date(2000, 4, 23)
    assert easter(2026) == date(2026, 4, 5)
    november = [(date(2025, 11, 1), date(2025, 11, 30)), (date(2026, 11, 1), date(2026, 11, 30))]
    assert pick_nearest(november, ANCHOR, -1) == 0
    assert pick_nearest(november, ANCHOR, 1) == 0  # 8 months ahead is too far for "will … in November"
    march = [(date(2025, 3, 1), date(2025, 3, 31)), (date(2026, 3, 1), date(2026, 3, 31))]
    assert pick_nearest(march, ANCHOR, 1) == 1
    assert pick_nearest(march, ANCHOR, -1) == 1  # 11 months back is too far for a past "in March"
    assert parse_number("twenty-four") == 24
    assert parse_number("several") is None
    assert duration_value(2.5, "year") == "P2Y6M"
    assert duration_value(None, "minute") == "PTXM"


PIECES = list("abcdefMTWFS0123456789 ,.-'/:") + [
    "May ", "Feb. ", "ago ", "last ", "week ", "the ", "2022 ", "Friday ", "a.m. ", "in ", "three ",
    "years ", "quarter ", "third ", "early ", "the end of ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_extract_times_never_fails_and_offsets_hold(text):
    for anchor in (ANCHOR, None):
        for t in extract_times(text, anchor):
            assert text[t.start:t.end] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")
