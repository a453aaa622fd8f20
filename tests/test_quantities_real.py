"""Quantities: error classes found by scoring 16 held-out news articles (GeoWebNews, LGL) against
a careful reader's list (issue 11). The sentences here are our own, written for each class."""

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


def texts(text: str) -> list[str]:
    return [q.text for q in extract_quantities(text)]


# --- "half a million": half of the scale word, not the scale word ----------------------------

@pytest.mark.parametrize("text,surface,value", [
    ("The aquifer supplies half a million households.", "half a million", 500_000),
    ("The deal was worth half a billion dollars.", "half a billion dollars", 500_000_000),
])
def test_half_a_scale_word_is_half_of_it(text, surface, value):
    found = [q for q in extract_quantities(text) if q.text == surface]
    assert len(found) == 1 and found[0].value == value


def test_a_million_alone_is_still_a_million():
    found = extract_quantities("Nearly a million visitors came.")
    assert [(q.value, q.high) for q in found] == [(1_000_000, 1_000_000)]


# --- telephone numbers in digit groups are not quantities -------------------------------------

@pytest.mark.parametrize("text", [
    "For a collection, ring the depot on 020 7946 0123 before noon.",
    "The helpline, +44 161 496 0000, is open all week.",
    "Bookings: 0800 555 0199.",
])
def test_grouped_telephone_numbers_are_not_quantities(text):
    assert texts(text) == []


def test_short_digit_groups_are_still_counts():
    assert [q.value for q in extract_quantities("They sold 120 tickets and 45 programmes.")] == [120, 45]


# --- emergency numbers before "callers" -------------------------------------------------------

def test_emergency_number_before_callers_is_a_name(nlp):
    found = parsed(nlp, "Police said three 911 callers reported smoke over the warehouse.")
    assert [(q.value, q.measures) for q in found] == [(3, "callers")]


# --- a bounded "one" is a claim ----------------------------------------------------------------

def test_at_least_one_of_is_kept_with_its_bound(nlp):
    found = parsed(nlp, "Each pupil must pass at least one of the three oral exams.")
    first = [q for q in found if q.value == 1]
    assert len(first) == 1 and first[0].low == 1 and first[0].text == "at least one"


def test_bare_one_of_stays_out(nlp):
    assert parsed(nlp, "One of the guards opened the gate.") == []


# --- "by one to two per cent": a range, not a change and a new value ----------------------------

def test_word_range_after_by_and_a_change_verb():
    found = extract_quantities("Fares have dropped by three to five per cent a year.")
    assert [(q.low, q.high, q.unit) for q in found] == [(3, 5, "percent per year")]


def test_digit_change_and_new_value_stays_two_numbers():
    found = extract_quantities("The index fell by 12 to 340.")
    assert [q.value for q in found] == [12, 340]


# --- scores in a game report: a result noun names them -----------------------------------------

GAME = ("The Hornets improved their record to 11-3 with a 52-40 victory on Friday. "
        "Earlier, the juniors lost 3-1 and 4-2, and the reserves drew 1-1.")


def test_game_report_keeps_scores_named_by_a_result_noun():
    found = [q for q in extract_quantities(GAME) if q.unit == "score"]
    assert [(q.text, q.value) for q in found] == [("11-3", 11), ("52-40", 52)]


# --- what the number measures ------------------------------------------------------------------

@pytest.mark.parametrize("text,value,measures", [
    ("The visitors scored four team goals in the second half.", 4, "team goals"),
    ("The festival brought $12 million in ticket sales to the town.", 12_000_000, "ticket sales"),
    ("Only one in four UK households owns a car.", 0.25, "UK households"),
    ("Last year the budget comprised 40 million euros.", 40_000_000, "budget"),
])
def test_measured_object(nlp, text, value, measures):
    found = [q for q in parsed(nlp, text) if q.value == value]
    assert len(found) == 1 and found[0].measures == measures, parsed(nlp, text)


@pytest.mark.parametrize("text,value,measures", [
    ("Used textbooks are priced at 75 cents each this week.", 75, "textbooks"),
    ("The barn, valued at $80,000, was lost.", 80_000, "barn"),
    ("Officials put the cost of repairs at $3 million.", 3_000_000, "cost"),
])
def test_what_is_valued_at_an_amount(nlp, text, value, measures):
    found = [q for q in parsed(nlp, text) if q.value == value]
    assert len(found) == 1 and found[0].measures == measures, parsed(nlp, text)


# --- "4+%": a lower bound written before the percent sign --------------------------------------

def test_plus_before_percent_sign_is_a_bounded_percentage():
    found = extract_quantities("Analysts expect sales growth of 7+% this year.")
    assert [(q.value, q.low, q.unit) for q in found] == [(7, 7, "percent")]


# --- "the 400-block of": an address, hyphenated or not ---------------------------------------

@pytest.mark.parametrize("text", [
    "Officers were sent to the 1200-block of Elm Avenue after the alarm.",
    "Officers were sent to the 1200 block of Elm Avenue after the alarm.",
])
def test_block_of_a_street_is_an_address(text):
    assert texts(text) == []


# --- an age adjective before a person's name ---------------------------------------------------

def test_age_before_a_person_name(nlp):
    found = parsed(nlp, "Detectives arrested 52-year-old Martin Hughes on Monday.")
    assert [(q.value, q.measures) for q in found] == [(52, "age of Martin Hughes")]


def test_age_before_a_place_name_is_not_the_place(nlp):
    found = parsed(nlp, "The 29-year-old Chicago woman was treated at the scene.")
    assert len(found) == 1 and "Chicago" not in (found[0].measures or "")


# --- "within": an upper bound --------------------------------------------------------------------

@pytest.mark.parametrize("text,value,unit", [
    ("No wells may be drilled within 1,000 feet of a school.", 1000, "foot"),
    ("Claims must be filed within 90 days.", 90, "day"),
])
def test_within_is_an_upper_bound(text, value, unit):
    found = extract_quantities(text)
    assert [(q.value, q.low, q.high, q.unit) for q in found] == [(value, None, value, unit)]


# --- a bracketed amount right after another measures the same thing ----------------------------

@pytest.mark.parametrize("text,value,measures", [
    ("The fund backed 120 small companies (4.5 billion euros) last year.", 4_500_000_000, "companies"),
    ("Exports rose 12% (+3.1 billion dollars) in March.", 3_100_000_000, "Exports"),
])
def test_bracketed_amount_measures_what_the_one_before_does(nlp, text, value, measures):
    found = [q for q in parsed(nlp, text) if q.value == value]
    assert len(found) == 1 and found[0].measures == measures, parsed(nlp, text)


def test_bracketed_amount_with_its_own_noun_keeps_it(nlp):
    found = parsed(nlp, "The farm keeps 30 cows (and 12 goats).")
    assert [(q.value, q.measures) for q in found] == [(30, "cows"), (12, "goats")]


# --- a list glued by commas without spaces, and "Second" as the ordinal of a name ---------------

def test_numbers_after_a_comma_with_no_space_are_read():
    found = extract_quantities("Results: 12 Distinctions,340 Credits,57 Passes.")
    assert [q.value for q in found] == [12, 340, 57]


def test_second_before_a_capitalised_word_is_no_unit():
    found = extract_quantities("The university awarded 640 Second Class Upper degrees.")
    assert [(q.value, q.unit) for q in found] == [(640, None)]
    assert [(q.value, q.unit) for q in extract_quantities("It took 40 seconds.")] == [(40, "second")]


def test_lead_as_a_verb_before_a_range_is_no_score():
    found = extract_quantities("She will lead 10-12 volunteers on the trip.")
    assert [(q.low, q.high, q.unit) for q in found] == [(10, 12, None)]


def test_money_in_a_place_is_not_what_it_measures(nlp):
    found = parsed(nlp, "He kept $1 million in the bank and $2 million in cash.")
    assert [(q.value, q.measures) for q in found] == [(1_000_000, None), (2_000_000, "cash")]


# --- "12 arrests in Leeds and 8 in Bradford": an elided noun before a place --------------------

def test_bare_counts_by_place_count_the_same_thing(nlp):
    found = parsed(nlp, "Officers made 14 arrests in Leeds, 9 in Bradford and 3 in York.")
    assert [(q.value, q.measures) for q in found] == [(14, "arrests"), (9, "arrests"), (3, "arrests")]


def test_a_count_in_the_next_sentence_is_not_elided(nlp):
    found = parsed(nlp, "The shelter took in 40 dogs. Since then 6 in Leeds have been adopted.")
    assert [q.measures for q in found if q.value == 6] == [None]
