"""Poll points, tallies, earthquake magnitudes, currencies named in words, elided units and numbers in markup tags."""

from __future__ import annotations

import pytest

from newsgraph.quantities import extract_quantities


def found(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_points_after_a_number_are_a_unit():
    got = found("The governor trails by 6 points in one survey and by 11 points in another.")
    assert got == [("6 points", 6.0, "point"), ("11 points", 11.0, "point")]


@pytest.mark.parametrize("text,surface,value", [
    ("She holds a 14-point lead among suburban voters.", "14-point", 14.0),
    ("The mayor faces a nine-point deficit with a week to go.", "nine-point", 9.0),
    ("His approval saw a 3-point drop after the debate.", "3-point", 3.0),
    ("The senator suffered a two-point loss in the caucuses.", "two-point", 2.0),
])
def test_a_margin_in_points_is_a_quantity(text, surface, value):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert (q.value, q.unit) == (value, "point")


@pytest.mark.parametrize("text", [
    "The union published a 12-point charter for its members.",
    "The forward sank a three-point shot at the buzzer.",
    "Critics called it a two-dimensional portrait of the candidate.",
])
def test_points_or_dimensions_that_name_a_kind_of_thing_are_not_quantities(text):
    assert found(text) == []


def test_earthquake_magnitudes_have_a_unit_written_before_or_after():
    got = found("A magnitude 5.9 quake hit the coast, a day after a 4.2-magnitude foreshock.")
    assert got == [("magnitude 5.9", 5.9, "magnitude"), ("4.2-magnitude", 4.2, "magnitude")]


def test_magnitude_as_an_ordinary_noun_gives_no_unit():
    got = found("The magnitude of 4 failures in a row surprised the board.")
    assert got == [("4", 4.0, None)]


@pytest.mark.parametrize("text,code", [
    ("The bank was fined 30 million reais by the regulator.", "BRL"),
    ("Tickets cost 450 Swedish kronor at the door.", "SEK"),
    ("Bread now costs 1,200 Argentine pesos a loaf.", "ARS"),
    ("Exports earned 4 billion taka last year.", "BDT"),
])
def test_national_currencies_named_in_words(text, code):
    assert extract_quantities(text)[0].unit == code


def test_numbers_inside_markup_tags_are_not_quantities():
    text = ('Supporters cheered the result.\n<tweet tweet-id="801234567890123456" width="550"></tweet>\n'
            'About 40 people replied within an hour.')
    got = found(text)
    assert got == [("About 40", 40.0, None)]


def test_a_comparison_sign_is_not_taken_for_markup():
    got = found("In the poll, 3 < 5 and 9 > 2 held for 12 voters.")
    assert ("12", 12.0, None) in got and ("3", 3.0, None) in got


def test_a_change_is_not_measuring_what_it_is_compared_with():
    from newsgraph.nlp import load_nlp, make_input_doc

    nlp = load_nlp(components=("newsgraph_quantities",))
    doc = nlp(make_input_doc(nlp, "The port moved 9 million tonnes of grain last year, up 4% from 2023.", published="2024-05-02"))
    q = next(q for q in doc._.ng_quantities if q.unit == "percent")
    assert q.value == 4.0 and q.measures is None


def test_a_tally_of_names_and_numbers_counts_each_share():
    got = found("The pledged delegate count is Hillary Clinton 1,243, Bernie Sanders 975 and Martin O'Malley 0 so far.")
    assert [(t, v) for t, v, _ in got] == [("1,243", 1243.0), ("975", 975.0), ("0", 0.0)]


def test_a_score_line_and_numbered_names_stay_out_of_quantities():
    assert found("Wild 4, Sabres 1 was the final on Sunday.") == []
    assert found("She upgraded to Windows 11, Office 365 and the iPhone 15 this year.") == []


def test_at_one_point_is_an_idiom_of_time_not_a_score():
    assert found("The guards were asleep at one point during the shift, and the index later fell 88.5 points.") == [
        ("88.5 points", 88.5, "point")]


def test_a_number_whose_noun_is_left_out_takes_the_unit_before_it():
    got = found("The fleet must serve for the next thirty years, not the last thirty.")
    assert got == [("thirty years", 30.0, "year"), ("thirty", 30.0, "year")]


def test_a_bare_number_after_a_contrast_with_its_own_noun_keeps_no_unit():
    got = found("It took 3 hours, but 2 of them were delays.")
    assert got == [("3 hours", 3.0, "hour"), ("2", 2.0, None)]
