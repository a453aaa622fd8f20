"""Quantities: pounds that are not sterling, ages after "the male/female,", halves, extensions and clocks that are no quantities."""

from __future__ import annotations

from newsgraph.quantities import extract_quantities


def one(text: str, surface: str):
    found = [q for q in extract_quantities(text) if surface in q.text]
    assert len(found) == 1, (surface, extract_quantities(text))
    return found[0]


def test_national_pound_is_its_own_currency():
    q = one("The rent in Beirut rose to 2,500,000 Lebanese pounds.", "Lebanese")
    assert (q.value, q.unit) == (2500000.0, "LBP")


def test_bare_pounds_after_a_national_pound_keep_that_currency():
    text = "A ticket costs 300 Egyptian pounds. Families spend more than 5,000 pounds on the trip."
    assert one(text, "5,000").unit == "EGP"


def test_bare_pounds_in_money_context_stay_sterling():
    assert one("The club paid 45 million pounds for the winger.", "45").unit == "GBP"


def test_age_after_the_male_or_female():
    text = "The female, 7, arrived from Ohio, and the male, 11, was born here."
    assert (one(text, "7").value, one(text, "7").unit) == (7.0, "year")
    assert one(text, "11").unit == "year"


def test_half_of_a_group_is_a_share():
    q = one("Half of the nurses said they would strike.", "Half")
    assert q.value == 0.5


def test_half_of_a_period_is_no_share():
    assert extract_quantities("Most goals came in the second half of the match.") == []
    assert extract_quantities("Half of the season was cancelled.") == []


def test_telephone_extension_is_no_quantity():
    assert extract_quantities("Questions go to the clerk at 555-0199, ext. 3127.") == []


def test_first_clock_of_a_range_is_no_quantity():
    assert extract_quantities("Volunteers staff the desk from 4 to 9 p.m.") == []
    assert one("Tuition rose from 4 to 9 percent.", "9").value == 9.0


def test_age_after_pronoun_be_and_adverb():
    q = one("The clerk sold him beer although he was actually 17.", "17")
    assert (q.value, q.unit) == (17.0, "year")


def test_half_after_a_position_adjective_is_no_share():
    assert extract_quantities("Snow covered the northern half of the county.") == []
    assert extract_quantities("They replaced the lower half of the door.") == []


def test_a_foot_of_snow_is_one_foot():
    q = one("Some towns got more than a foot of snow overnight.", "foot")
    assert (q.value, q.unit, q.low) == (1.0, "foot", 1.0)
    assert extract_quantities("He missed the game with a foot injury.") == []
