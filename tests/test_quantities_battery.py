"""Quantities: the constructions of the numbers battery round (session 10): scores and vote
tallies as one record, ages told without "years old", vague "or two", chapter and name numbers,
model names before the counted noun, casualty nouns that carry their count type."""

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


def fields(q) -> tuple:
    return q.text, q.value, q.unit, q.low, q.high


@pytest.mark.parametrize("text,expected", [
    ("Leeds beat Norwich 4-1 at Elland Road.", ("4-1", 4.0, "score", None, None)),
    ("The regional council rejected the proposal 7-2 after a long debate.", ("7-2", 7.0, "score", None, None)),
    ("The appeals court's 2-1 ruling sends the case back to a lower court.", ("2-1", 2.0, "score", None, None)),
    ("The measure was approved by a vote of 60 to 38.", ("60 to 38", 60.0, "score", None, None)),
    ("The Rangers, now 12-9 on the year, host Boston on Friday with a 12-9 record.", ("12-9", 12.0, "score", None, None)),
])
def test_a_score_or_tally_is_one_record(text, expected):
    found = [fields(q) for q in extract_quantities(text)]
    assert expected in found
    assert not any(q[3] is not None for q in found)  # no range low..high read into a score


def test_a_range_with_no_result_words_stays_a_range():
    q = extract_quantities("Each class takes 20-25 pupils.")[0]
    assert (q.low, q.high) == (20.0, 25.0) and q.unit is None


def test_the_vote_noun_before_a_tally_is_what_it_measures(nlp):
    q = parsed(nlp, "The amendment failed by a vote of 45 to 55.")[0]
    assert (q.text, q.unit, q.measures) == ("45 to 55", "score", "vote")


@pytest.mark.parametrize("text", [
    "Families of 9-11 victims met the president.",
    "She said she would stay for a drink or two.",
    "Officials expect the repairs to take the next week or two.",
    "The interview aired on KARE-TV, Ch. 11, on the evening news.",
    "Voyager 1 crossed into interstellar space years later.",
    "Flight 214 crashed while landing in San Francisco.",
])
def test_not_quantities(text):
    assert extract_quantities(text) == []


def test_children_aged_nine_to_eleven_is_still_an_age_range():
    q = extract_quantities("Children aged 9-11 took part in the study.")[0]
    assert (q.low, q.high, q.unit) == (9.0, 11.0, "year")


@pytest.mark.parametrize("text,surface,measures", [
    ("Garcia, now 41, runs the family bakery.", "41", "age of Garcia"),
    ("The league bars players under 18 from the draft.", "under 18", "age of players"),
    ("At 62, she is the oldest person to swim the channel.", "62", "age"),
])
def test_ages_without_years_old(text, surface, measures):
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert (q.unit, q.measures, q.value) == ("year", measures, float(surface.split()[-1]))


def test_under_a_distance_is_not_an_age():
    q = extract_quantities("Shoppers under 5 miles from the store got the deal.")[0]
    assert q.unit == "mile"


def test_model_name_before_the_counted_noun(nlp):
    q = parsed(nlp, "Police recovered four M-16 rifles from the truck.")[0]
    assert q.value == 4.0 and q.measures in ("rifles", "M-16 rifles")  # the rifles, not "M-16" alone


@pytest.mark.parametrize("text,surface,kind", [
    ("The ministry confirmed 37 deaths from the heatwave.", "37", "KILL"),
    ("Hospitals treated 120 injuries after the crush.", "120", "WOUND"),
    ("Gunmen are holding 12 hostages in the bank.", "12", "KIDNAP"),
])
def test_a_casualty_noun_gives_its_count_type(nlp, text, surface, kind):
    q = next(q for q in parsed(nlp, text) if q.text == surface)
    assert q.count_type == kind


def test_a_dimension_adjective_measures_the_subject(nlp):
    q = parsed(nlp, "The new runway is 3.5 kilometres long.")[0]
    assert (q.unit, q.measures) == ("kilometre", "runway")


def test_seconds_later_is_a_measured_interval_but_days_later_is_a_date():
    found = extract_quantities("The lights went out 30 seconds later. Four days later, power returned.")
    assert [(q.text, q.unit) for q in found] == [("30 seconds", "second")]


@pytest.mark.parametrize("text,surface,measures", [
    ("The goalkeeper will be 38 on Sunday, the oldest in the league.", "38", "age of goalkeeper"),
    ("Okafor turns 50 next month.", "50", "age of Okafor"),
])
def test_an_age_reached(nlp, text, surface, measures):
    q = next(q for q in parsed(nlp, text) if q.text == surface)
    assert (q.unit, q.measures) == ("year", measures)


def test_a_price_that_will_be_a_number_is_no_age():
    q = extract_quantities("The fare will be 12 on weekdays.")[0]
    assert q.unit is None


def test_a_spoken_enumeration_is_no_count():
    text = "Her answer was simple: One, we cannot afford it, and two, nobody asked for it."
    assert extract_quantities(text) == []


def test_capital_abbreviations_that_spell_no_unit_symbol():
    found = {q.text: q.unit for q in extract_quantities("He has 412 HR and drives 30 km to work, a 2 hr trip.")}
    assert found == {"412": None, "30 km": "kilometre", "2 hr": "hour"}


def test_reaching_a_level_measures_the_subject(nlp):
    q = parsed(nlp, "Wind speeds hit 160 km/h on the coast.")[0]
    assert (q.unit, q.measures) == ("kilometre per hour", "Wind speeds")


def test_weekdays_ago_are_a_date_not_a_count():
    assert extract_quantities("The shop was robbed two Saturdays ago.") == []
    assert extract_quantities("She works two Saturdays a month.")[0].value == 2.0


def test_a_range_of_things_after_a_result_verb_is_no_score():
    for text in ("The Senate approved funding for 10-12 new warships.", "Rebels blocked 20-30 trucks at the border.",
                 "The team won 5-7 games last season."):
        (q,) = extract_quantities(text)
        assert q.unit != "score" and (q.low, q.high) != (None, None), text
    assert extract_quantities("The Bears lost 31-24 to the Packers.")[0].unit == "score"


def test_a_headline_count_after_a_place_name_is_kept():
    assert [q.value for q in extract_quantities("Kabul 30 killed in blast")] == [30.0]
    assert extract_quantities("Apollo 11 landed on the moon.") == []
