"""Times: clock ranges and clocks before a date, idiomatic "tomorrow", generic
weekdays, a weekday named again, years named by their end, rates after a bracketed amount,
and a month-day written again without its year."""

from __future__ import annotations

from datetime import date

from newsgraph.times import extract_times

ANCHOR = date(2026, 2, 20)  # a Friday


def by_text(text: str, anchor: date = ANCHOR) -> dict[str, object]:
    return {t.text: t for t in extract_times(text, anchor)}


def test_first_clock_of_a_range_takes_the_end_meridiem_and_date():
    found = by_text("The auction runs 5:30-9:45 p.m. March 12 at the library.")
    assert found["5:30"].value == "2026-03-12T17:30"


def test_range_crossing_noon_keeps_the_morning():
    found = by_text("The market is open 10-3 p.m. on March 7.")
    assert found["10"].value == "2026-03-07T10:00"


def test_clock_with_day_month_after_a_comma():
    found = by_text("The documentary (8pm, 15 February) was watched by millions.")
    assert found["8pm"].value == "2026-02-15T20:00"


def test_tomorrow_after_a_determiner_is_the_future_not_a_date():
    found = by_text("The charity promises the children a brighter tomorrow. The gala is tomorrow.")
    assert [t.value for t in extract_times("They hope for a brighter tomorrow.", ANCHOR)] == []
    assert found["tomorrow"].value == "2026-02-21"
    for text in ("Crews will shut off the water tomorrow.", "We will meet her tomorrow."):
        assert [t.value for t in extract_times(text, ANCHOR)] == ["2026-02-21"]


def test_weekday_after_on_a_is_generic():
    assert extract_times("Few people would watch that on a Tuesday evening.", ANCHOR) == []
    found = by_text("Fans gathered for a Sunday afternoon vigil.")
    assert found["Sunday afternoon"].value.startswith("2026-02-15")


def test_weekday_named_again_in_a_present_clause_is_the_same_day():
    text = ("At a heated hearing Wednesday night, the council passed the rule. "
            "After Wednesday's vote, no shop can open before noon.")
    values = [t.value for t in extract_times(text, ANCHOR) if t.text.startswith("Wednesday")]
    assert values == ["2026-02-18TNI", "2026-02-18"]


def test_year_named_by_its_end_is_a_duration():
    found = by_text("In the fiscal year ended June 30, the charity raised $4 million.")
    assert found["the fiscal year"].value == "P1Y"
    assert found["the fiscal year"].type == "DURATION"


def test_rate_after_an_amount_with_a_bracketed_conversion_is_a_set():
    found = by_text("Members pay 900 Swiss francs (about $1,000) a year.")
    assert found["a year"].type == "SET"
    assert found["a year"].value == "P1Y"


def test_month_day_written_again_takes_the_year_written_first():
    text = "The season opened on May 2, 2024. Ticket sales since May 2 have doubled."
    values = [t.value for t in extract_times(text, ANCHOR) if t.text.startswith("May 2")]
    assert values == ["2024-05-02", "2024-05-02"]


def test_two_year_span_is_its_first_year():
    found = by_text("The board cut the budget for the 2027-28 school year. It was the wettest winter since 1998-99.")
    assert found["2027-28"].value == "2027"
    assert found["1998-99"].value == "1998"
    assert extract_times("The study covered 2003-07 data.", ANCHOR) == []


def test_duration_with_thousands_separator():
    found = by_text("\"We have waited 1,200 days,\" the families said.")
    assert found["1,200 days"].value == "P1200D"
    assert found["1,200 days"].type == "DURATION"


def test_year_after_preposition_and_article_is_a_date_even_when_tagged_a_number():
    from newsgraph.nlp import load_nlp, make_input_doc

    nlp = load_nlp(components=("newsgraph_times",))
    doc = nlp(make_input_doc(nlp, "He was jailed in a 2016 crackdown on lawyers.", published=ANCHOR.isoformat()))
    assert [(t.text, t.value) for t in doc._.ng_times] == [("2016", "2016")]


def test_st_patricks_day_is_march_17():
    found = by_text("Pubs were packed on St. Patrick’s Day.", date(2026, 3, 20))
    assert found["St. Patrick’s Day"].value == "2026-03-17"


def test_weekday_six_days_back_is_not_carried_to_a_later_future_mention():
    text = "The final set ended on Wednesday. The team will face Canada on Wednesday."
    values = [t.value for t in extract_times(text, date(2026, 2, 17)) if t.text == "Wednesday"]  # a Tuesday
    assert values == ["2026-02-11", "2026-02-18"]


def test_house_block_number_after_the_is_no_year():
    from newsgraph.nlp import load_nlp, make_input_doc

    nlp = load_nlp(components=("newsgraph_times",))
    doc = nlp(make_input_doc(nlp, "Crews were called to the 1800 block of Elm Street.", published=ANCHOR.isoformat()))
    assert [t.text for t in doc._.ng_times] == []


def test_current_fiscal_year_with_its_start_written_after_it():
    text = ("Imports fell in the current fiscal year (started April 1, 2025). "
            "Over the first six months of the current fiscal year exports rose.")
    values = [t.value for t in extract_times(text, ANCHOR) if t.text == "the current fiscal year"]
    assert values == ["2025", "2025"]


def test_second_date_of_a_cross_month_range():
    found = by_text("The exhibition runs May 28-June 9 at the museum.")
    assert found["May 28"].value == "2026-05-28"
    assert found["June 9"].value == "2026-06-09"
