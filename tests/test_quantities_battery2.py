"""Quantities: the constructions of the second numbers battery round (session 10): signed
temperatures, vessels counted rather than measured, pence, quarters of a year counted, wrestling
weight classes, and the measured object of verbs that hold, average or carry an amount."""

from __future__ import annotations

import pytest

from newsgraph.quantities import extract_quantities


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_quantities",))


def parsed(nlp, text: str):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text))._.ng_quantities


def test_minus_before_a_temperature_is_below_zero():
    [q] = extract_quantities("Temperatures are forecast to drop to minus 25C in Moscow this week.")
    assert (q.text, q.value, q.unit) == ("minus 25C", -25.0, "degree Celsius")


def test_minus_is_not_read_into_a_plain_count():
    [q] = extract_quantities("The score was 10 minus 3 penalty points.")[:1]
    assert q.value == 10.0


def test_vessels_with_a_size_word_are_counted_not_a_volume():
    [q] = extract_quantities("Thieves took three large bottles from the shelf.")
    assert (q.value, q.unit) == (3.0, None)
    [q] = extract_quantities("Stir in two cups of milk.")
    assert (q.value, q.unit) == (2.0, "cup")


@pytest.mark.parametrize("text,value", [
    ("A loaf of bread now costs 95p.", 95.0),
    ("Fuel duty was cut by 5p per litre.", 5.0),
    ("Shares closed at 212p.", 212.0),
])
def test_pence_glued_to_the_amount(text, value):
    [q] = extract_quantities(text)
    assert q.value == value and q.unit.startswith("penny")


def test_a_video_resolution_is_no_pence():
    assert all(q.unit != "penny" for q in extract_quantities("The video streams in 720p."))


@pytest.mark.parametrize("text,expected", [
    ("Exports rose in each of the last three quarters.", ("three", 3.0)),
    ("The economy has shrunk for two quarters in a row.", ("two", 2.0)),
])
def test_quarters_of_a_year_are_counted(text, expected):
    [q] = extract_quantities(text)
    assert (q.text, q.value) == expected


def test_three_quarters_of_a_group_stays_a_fraction():
    [q] = extract_quantities("Three quarters of the staff voted for the strike.")
    assert q.value == 0.75


def test_a_wrestling_weight_class_is_no_count():
    found = extract_quantities("Ortiz won by major decision at 138 and Lee pinned Cruz in 1:42 at 285.")
    assert [q.value for q in found] == []


def test_at_a_number_outside_wrestling_stays():
    [q] = extract_quantities("The stock closed at 165, its highest since May.")
    assert q.value == 165.0


@pytest.mark.parametrize("text,measures", [
    ("Inflation has averaged 2.4 per cent over the past decade.", "Inflation"),
    ("The central bank kept its key rate at 6.5%.", "rate"),
    ("Turnout was put at well over 70 percent.", "Turnout"),
    ("The volcano sent ash 10 km into the air.", "ash"),
    ("The blast threw debris 200 metres across the square.", "debris"),
    ("Ticket prices tripled to £90.", "prices"),
])
def test_the_measured_object(nlp, text, measures):
    [q] = parsed(nlp, text)
    assert measures in (q.measures or "")


def test_a_total_is_not_what_the_money_measures(nlp):
    [q] = parsed(nlp, "The appeal has raised a total of $12,000 so far.")
    assert q.value == 12000.0 and q.measures != "total"


def test_bringing_the_toll_to_a_number_counts_the_dead(nlp):
    found = parsed(nlp, "Officials confirmed 6 new deaths, bringing the toll to 58.")
    assert [(q.value, q.count_type) for q in found] == [(6.0, "KILL"), (58.0, "KILL")]


@pytest.mark.parametrize("text,expected", [
    ("The bank's shares are down nearly a fifth this year.", ("nearly a fifth", 0.2, None, 0.2)),
    ("Sales were up a third on last year.", ("a third", 1 / 3, None, None)),
    ("The firm's value is off more than half since March.", ("more than half", 0.5, 0.5, None)),
])
def test_a_share_of_change_after_up_down_or_off(text, expected):
    [q] = extract_quantities(text)
    assert (q.text, round(q.value, 4), q.low, q.high) == (expected[0], round(expected[1], 4), *expected[2:])


def test_by_a_third_party_is_no_share():
    assert extract_quantities("The deal was signed by a third party.") == []


# Round 3 (N3): records, bodies, Korean won and shillings, idioms, year-on-year, Richter, junctions.

def test_a_team_record_after_a_verb_that_moves_it_is_one_score(nlp):
    [q] = parsed(nlp, "The Celtics improved to 44-12 with a win in Boston.")
    assert (q.text, q.value, q.unit) == ("44-12", 44.0, "score")
    [q] = parsed(nlp, "Senior Ana Ruiz finished the season 29-3 after taking the regional crown.")
    assert (q.text, q.unit) == ("29-3", "score")


def test_bodies_recovered_are_a_death_count(nlp):
    [q] = parsed(nlp, "Divers recovered 17 bodies from the river on Sunday.")
    assert (q.value, q.count_type) == (17.0, "KILL")


def test_won_after_a_scaled_amount_and_shillings_in_a_kenyan_story_are_money():
    [q] = extract_quantities("The regulator imposed a fine of 4.1 billion won on the carrier.")
    assert (q.value, q.unit) == (4.1e9, "KRW")
    [q] = extract_quantities("Kenya's parliament approved 80 billion shillings for roads.")
    assert (q.value, q.unit) == (8e10, "KES")
    [q] = extract_quantities("The home side won 3 games in a row.")
    assert q.unit is None


def test_a_figure_of_speech_is_no_count():
    assert extract_quantities("Fans had a million questions after the defeat.") == []
    assert extract_quantities("The M6 was shut near junction 14 after a crash.") == []


def test_year_on_year_is_not_what_a_change_measures(nlp):
    q = parsed(nlp, "Car sales dropped 4.2% year on year in March.")[0]
    assert q.measures is not None and "sales" in q.measures.lower()


def test_a_ratio_counts_the_noun_after_it(nlp):
    [q] = parsed(nlp, "One in three nurses in Wales now works nights, a survey found.")
    assert q.value == pytest.approx(1 / 3) and "nurses" in (q.measures or "")


def test_richter_scale_and_clock_units_joined_by_commas():
    [q] = extract_quantities("The tremor registered 5.4 on the Richter scale.")
    assert (q.value, q.unit) == (5.4, "magnitude")
    [q] = extract_quantities("He finished in 1 hour, 2 minutes and 5 seconds.")
    assert (q.value, q.unit) == (3725.0, "second")
