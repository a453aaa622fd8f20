"""Quantities: values, bounds, units and SI values, what they measure, count types, and what
is not a quantity (issue 11)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.quantities import extract_quantities
from newsgraph.quantities.numbers import parse_digits, parse_words


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_quantities",))


def parsed(nlp, text: str):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text))._.ng_quantities


def one(text: str, surface: str):
    """The single quantity whose text contains `surface`."""
    found = [q for q in extract_quantities(text) if surface in q.text]
    assert len(found) == 1, (surface, extract_quantities(text))
    return found[0]


# --- numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("1,900", 1900), ("10 000", 10000), ("2.5", 2.5), ("2 1/2", 2.5), ("1/4", 0.25), ("2½", 2.5),
    ("4e14", 4e14), ("2.48×10−5", 2.48e-5), ("8x2^10", 8192), ("1/0", None),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("text,value", [
    ("three", 3), ("twenty-one", 21), ("a hundred and two", 102), ("a dozen", 12),
    ("three million, two hundred & forty", 3000240), ("two and a half", 2.5), ("two thirds", 2 / 3),
])
def test_parse_words(text, value):
    got, used = parse_words(text)
    assert got == pytest.approx(value) and used == len(text)


def test_parse_words_stops_where_the_number_stops():
    assert parse_words("three and four") == (3, 5)


# --- units, scales and SI values -------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit,si_value,si_unit", [
    ("The plant lies 860 miles away.", "860 miles", 860, "mile", 1384.0, "km"),
    ("a 27-kilometer ring", "27-kilometer", 27, "kilometre", 27.0, "km"),
    ("Italy covers 301,338 km2.", "301,338 km2", 301338, "square kilometre", 301338.0, "km2"),
    ("They sold 278,000 t of wheat.", "278,000 t", 278000, "tonne", 278000000.0, "kg"),
    ("She bought six gallons of water.", "six gallons", 6, "gallon", 22.71, "L"),
    ("The car hit 200 kilometres per hour.", "200 kilometres per hour", 200, "kilometre per hour", 200.0, "km/h"),
    ("Winds of 60 mph were recorded.", "60 mph", 60, "mile per hour", 96.56, "km/h"),
    ("It reached 114 degrees Fahrenheit.", "114 degrees Fahrenheit", 114, "degree Fahrenheit", 45.56, "°C"),
    ("Temperatures fell to -10C overnight.", "-10C", -10, "degree Celsius", -10.0, "°C"),
    ("Unemployment rose to 4.7 percent.", "4.7 percent", 4.7, "percent", 4.7, "%"),
    ("It grew 3 per cent.", "3 per cent", 3, "percent", 3.0, "%"),
    ("The deal is worth $3.5bn.", "$3.5bn", 3.5e9, "USD", 3.5e9, "USD"),
    ("I spent 20 million pounds on this.", "20 million pounds", 2e7, "GBP", 2e7, "GBP"),
    ("A twenty-pound bag of rice.", "twenty-pound", 20, "pound", 9.072, "kg"),
    ("It costs €10M.", "€10M", 1e7, "EUR", 1e7, "EUR"),
    ("Shares rose 4 cents.", "4 cents", 4, "cent", 0.04, "USD"),
    ("The battery died after three days.", "three days", 3, "day", 259200.0, "s"),
    ("a two-year maintenance period", "two-year", 2, "year", 63115200.0, "s"),
    ("The chip runs at 2.80 GHz.", "2.80 GHz", 2.8, "gigahertz", 2.8e9, "Hz"),
    ("Objects fall at 9.83 m/s2.", "9.83 m/s2", 9.83, "metre per square second", None, None),
    ("He walked 0.5k miles.", "0.5k miles", 500, "mile", 804.7, "km"),
])
def test_units_and_si_values(text, surface, value, unit, si_value, si_unit):
    q = one(text, surface)
    assert q.value == pytest.approx(value) and q.unit == unit
    assert q.si_unit == si_unit
    assert (q.si_value == pytest.approx(si_value, rel=1e-3)) if si_value is not None else q.si_value is None
    assert q.text == text[q.start:q.end]


# --- bounds and ranges -----------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,low,high,approximate", [
    ("a range of nearly 1,900 miles", "nearly 1,900 miles", 1900, None, 1900, True),
    ("more than 100 miles of territory", "more than 100 miles", 100, 100, None, True),
    ("at least three explosions", "at least three", 3, 3, None, True),
    ("almost 20% of our territory", "almost 20%", 20, None, 20, True),
    ("up to 4,000 km", "up to 4,000 km", 4000, None, 4000, True),
    ("fewer than 50 people", "fewer than 50", 50, None, 50, True),
    ("about 30 miles north", "about 30 miles", 30, None, None, True),
    ("100+ people came", "100+", 100, 100, None, True),
    ("10 to 15 people", "10 to 15", 12.5, 10, 15, False),
    ("10-15 exabytes", "10-15 exabytes", 12.5, 10, 15, False),
    ("between 44 and 50 mg", "between 44 and 50 mg", 47, 44, 50, False),
    ("an 8- to 16-meter telescope", "8- to 16-meter", 12, 8, 16, False),
    ("from -18 °C to -34 °C", "-18 °C to -34 °C", -26, -34, -18, False),
    ("two or three days", "two or three days", 2.5, 2, 3, True),
    ("thousands of protesters", "thousands", 2000, None, None, True),  # a vague count is approximate
])
def test_bounds_and_ranges(text, surface, value, low, high, approximate):
    q = one(text, surface)
    assert (q.value, q.low, q.high, q.approximate) == (pytest.approx(value), low, high, approximate)


def test_a_change_is_two_values_not_a_range():
    qs = extract_quantities("Prices rose from $3 to $4 a gallon.")
    assert [q.value for q in qs] == [3, 4]


def test_a_tally_is_not_a_range():
    qs = extract_quantities("The bill passed 52 to 48 in the Senate.")
    assert [(q.value, q.low) for q in qs] == [(52, None), (48, None)]


def test_unit_written_once_for_two_numbers():
    assert [q.unit for q in extract_quantities("They were given 45 and 50 mg ethanol.")] == ["milligram"] * 2


# --- not quantities --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian troops invaded on Feb. 24, 2022.",
    "The vote was held in 2019 and again in the 1960s.",
    "We produced nothing in 2013-14.",
    "The talks start at 2 pm, or at 10:30 a.m. at the latest.",
    "Call 555-1234 or (212) 555-9876.",
    "It was the 21st time this year.",
    "1. Preheat the oven.\n2. Mix the flour.",
    "COVID-19 cases rose as F-16 jets flew past OAO-1 and LGA1156 sockets.",
    "the passage of Voyager 2 in 1979",
    "He lives at 469 Vermont St. in Brooklyn.",
    "In nineteen ninety-one he was convicted.",
    "That one was best.",
    "The attack came six years ago.",
    "He was ranked No. 5 in the world.",
    "He will leave at 4 in the morning.",
    "The summit is on April 24 and 25.",
    "The vote on U.N. Resolution 425, he said, was close.",
])
def test_not_quantities(text):
    assert extract_quantities(text) == []


# --- the reference page ----------------------------------------------------------------------

def test_reference_page(nlp, reference_text):
    qs = parsed(nlp, reference_text)

    def q(surface):
        return next(x for x in qs if surface in x.text)

    q860 = q("860 miles")
    assert (q860.value, q860.unit, q860.si_value, q860.si_unit, q860.low, q860.high) == (860, "mile", 1384.0, "km", None, None)
    q1900 = q("1,900 miles")
    assert q1900.text == "nearly 1,900 miles" and q1900.high == 1900 and q1900.low is None and q1900.approximate
    assert q1900.si_value == 3058.0 and q1900.measures == "range of Flamingo missiles"
    q100 = q("more than 100 miles")
    assert (q100.low, q100.high, q100.si_value, q100.measures) == (100, None, 160.9, "territory")
    q20 = q("almost 20%")
    assert (q20.value, q20.high, q20.si_unit, q20.measures, q20.approximate) == (20, 20, "%", "territory", True)
    q80 = q("80%")
    assert (q80.value, q80.unit, q80.low, q80.high, q80.measures) == (80, "percent", None, None, "Donestk")
    q3 = q("at least three")
    assert (q3.value, q3.low, q3.measures, q3.unit) == (3, 3, "explosions", None)
    assert not any("2022" in x.text or x.text.startswith("24") for x in qs)


# --- what a number measures, and count types (with the parse) --------------------------------

@pytest.mark.parametrize("text,surface,measures,count_type", [
    ("Gunmen killed at least 12 people in the village.", "at least 12", "people", "KILL"),
    ("At least 12 people were killed and 30 injured.", "30", None, "WOUND"),
    ("The attack left 5 dead.", "5", None, "KILL"),
    ("The death toll rose to 40 on Sunday.", "40", "death toll", "KILL"),
    ("Police detained 200 protesters.", "200", "protesters", "ARREST"),
    ("Thousands of protesters marched through the capital.", "Thousands", "protesters", "PROTEST"),
    ("Rebels abducted two aid workers.", "two", "aid workers", "KIDNAP"),
    ("Police seized 2 tons of cocaine.", "2 tons", "cocaine", "SEIZE"),
    ("Some 1,500 families were displaced by the floods.", "1,500", "families", "AFFECT"),
    ("Soldiers destroyed three tanks.", "three", "tanks", None),
    ("The company raised $5 million for the campus.", "$5 million", None, None),
    ("Inflation rose to 3.4 percent in March.", "3.4 percent", "Inflation", None),
    ("The central bank raised rates by half a percentage point.", "half a percentage point", "rates", None),
    ("Shares in the firm jumped 12% on Monday.", "12%", "Shares", None),
])
def test_measures_and_count_types(nlp, text, surface, measures, count_type):
    q = next(x for x in parsed(nlp, text) if surface in x.text)
    assert (q.measures, q.count_type) == (measures, count_type)


# --- a careful reader's list on news sentences ------------------------------------------------

# (sentence, [(surface in our span, value, unit, low, high, measures)]) written by hand as a
# reader would list them: bounds and the measured object included.
CAREFUL_READER = [
    ("Russian strikes killed at least 14 civilians and wounded more than 50 in Kharkiv on Monday, officials said.",
     [("14", 14, None, 14, None, "civilians"), ("50", 50, None, 50, None, None)]),
    ("The storm dumped up to 30 centimetres of snow and left nearly 200,000 homes without power.",
     [("30 centimetres", 30, "centimetre", None, 30, "snow"), ("200,000", 200000, None, None, 200000, "homes")]),
    ("Inflation eased to 3.2% in March from 3.5% a month earlier.",
     [("3.2%", 3.2, "percent", None, None, None), ("3.5%", 3.5, "percent", None, None, None)]),
    ("The company agreed to pay $1.2 billion to settle the claims, about a third of its annual revenue.",
     [("$1.2 billion", 1.2e9, "USD", None, None, None), ("a third", 1 / 3, None, None, None, "revenue")]),
    ("Some 3,000 protesters marched through the city centre, police said.",
     [("3,000", 3000, None, None, None, "protesters")]),
    ("The plane was flying at 35,000 feet and about 900 km/h when it lost contact.",
     [("35,000 feet", 35000, "foot", None, None, None), ("900 km/h", 900, "kilometre per hour", None, None, None)]),
    ("Police seized 1.5 tonnes of cocaine in the port.",
     [("1.5 tonnes", 1.5, "tonne", None, None, "cocaine")]),
    ("Temperatures hit 47C in parts of the country, the highest in 20 years.",
     [("47C", 47, "degree Celsius", None, None, None), ("20 years", 20, "year", None, None, None)]),
    ("The ceasefire line stretches for roughly 1,000 kilometres.",
     [("1,000 kilometres", 1000, "kilometre", None, None, None)]),
    ("More than 2 million people have fled the country, and 6.5 million are displaced internally.",
     [("2 million", 2e6, None, 2e6, None, "people"), ("6.5 million", 6.5e6, None, None, None, None)]),
    ("The bill passed 52 to 48 in the Senate.",
     [("52", 52, None, None, None, None), ("48", 48, None, None, None, None)]),
    ("Between 40 and 60 percent of voters said they were undecided.",
     [("40 and 60 percent", 50, "percent", 40, 60, "voters")]),
    ("The 12-year-old boy was one of three children rescued from the rubble.",
     [("12-year-old", 12, "year", None, None, "age of boy"), ("three", 3, None, None, None, "children")]),
    ("Tickets cost £25 each, and the event raised €40,000 for charity.",
     [("£25", 25, "GBP", None, None, None), ("€40,000", 40000, "EUR", None, None, None)]),
    ("The factory, 860 miles from the border, employs around 5,000 workers.",
     [("860 miles", 860, "mile", None, None, None), ("5,000", 5000, None, None, None, "workers")]),
    # Written after the reader was tuned on the sentences above, and kept as they first ran.
    ("A magnitude 6.1 earthquake struck 45 km southwest of the city at a depth of 10 km, killing at least 9 people.",
     [("45 km", 45, "kilometre", None, None, None), ("10 km", 10, "kilometre", None, None, "depth"), ("9", 9, None, 9, None, "people")]),
    ("The government will spend 2.5 billion euros over five years on new housing.",
     [("2.5 billion euros", 2.5e9, "EUR", None, None, None), ("five years", 5, "year", None, None, None)]),
    ("Nearly half of the 1,200 workers at the plant lost their jobs.",
     [("1,200", 1200, None, None, None, "workers")]),
    ("Oil prices jumped 7% to $92 a barrel, the highest level in eight months.",
     [("7%", 7, "percent", None, None, None), ("$92 a barrel", 92, "USD per barrel", None, None, None), ("eight months", 8, "month", None, None, None)]),
    ("Rescuers pulled 23 survivors from the rubble after the 12-storey building collapsed.",
     [("23", 23, None, None, None, "survivors")]),
    ("The wildfire has burned more than 120,000 acres and forced 8,000 residents to evacuate.",
     [("120,000 acres", 120000, "acre", 120000, None, None), ("8,000", 8000, None, None, None, "residents")]),
    ("Voter turnout was 67.4 percent, up from 61 percent in the previous election.",
     [("67.4 percent", 67.4, "percent", None, None, None), ("61 percent", 61, "percent", None, None, None)]),
    ("The new bridge, 1.6 kilometres long, cost an estimated $430 million.",
     [("1.6 kilometres", 1.6, "kilometre", None, None, None), ("$430 million", 4.3e8, "USD", None, None, None)]),
    ("Authorities arrested 17 suspects and seized 40 kilograms of heroin.",
     [("17", 17, None, None, None, "suspects"), ("40 kilograms", 40, "kilogram", None, None, "heroin")]),
    ("The drone flew roughly 600 miles before it was shot down over the Black Sea.",
     [("600 miles", 600, "mile", None, None, None)]),
]


def _reader_hit(item, qs) -> bool:
    surface, value, unit, low, high, measures = item
    for q in qs:
        if surface in q.text and q.value == pytest.approx(value) and q.unit == unit:
            bounds = (q.low == low or (low is None and q.low == q.high == None)) and q.high == high  # noqa: E711
            return bounds and (measures is None or (q.measures is not None and measures in q.measures))
    return False


def careful_reader_recall(nlp) -> tuple[float, list]:
    items = [(sentence, item) for sentence, expected in CAREFUL_READER for item in expected]
    misses = [(s, item) for s, item in items if not _reader_hit(item, parsed(nlp, s))]
    return 1 - len(misses) / len(items), misses


def test_careful_reader_recall(nlp):
    recall, misses = careful_reader_recall(nlp)
    print(f"careful-reader recall {recall:.3f} on {sum(len(e) for _, e in CAREFUL_READER)} items; misses: {misses}")
    assert recall >= 0.9, misses


def test_weekdays_are_not_listed_and_ages_are_ages(nlp):
    found = [q for s, _ in CAREFUL_READER[:15] for q in parsed(nlp, s)]
    assert not any("Monday" in q.text for q in found)
    assert [(q.value, q.unit, q.measures) for q in found if "12" in q.text] == [(12, "year", "age of boy")]


# --- robustness ------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["nearly", "1,900", "miles", "$", "3.5bn", "-", "to", "between", "and", "%",
                                 "twenty-one", "a", "dozen", "km/h", "°C", "(", ")", "1/0", "9" * 40, "1e309",
                                 "Feb.", "24,", "2022", "at least", "killed", "people", "½"]), max_size=20).map(" ".join))
def test_fuzzed_spans_and_bounds_are_consistent(text):
    assert_consistent(text)


def assert_consistent(text: str) -> None:
    """Spans match the text, bounds enclose the value, values are finite."""
    for q in extract_quantities(text):
        assert text[q.start:q.end] == q.text and q.start < q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.value <= q.high
        assert q.value == q.value and abs(q.value) != float("inf")


def test_long_runs_stay_linear():
    """Regression: runs of number words and digit-dash chains once made the scan quadratic."""
    assert len(extract_quantities("one two three " * 3000)) == 6000  # a bare "one" is not kept
    assert extract_quantities("1-" * 5000) == [] and extract_quantities("1e" * 5000) == []
    assert len(extract_quantities("5" + " " * 20000 + "or more")) == 1


# --- Regressions found reviewing real articles (AEB and PolNeAR samples); sentences our own ---

@pytest.mark.parametrize("text", [
    "Both countries signed a Phase 1 trade deal.",
    "The Space Quest 3 remake runs slowly on old machines.",
    "Neither army entered area 51 during the drill.",
    "The car comes with Comfort Zero Gravity Seats.",
    "Hawks 4, Wolves 2: Smith scored twice for the home side.",
    "The vote was delayed until at least 2030.",
    "The poll was taken March 3-6 by phone.",
    "It could help the town one day.",
])
def test_names_scores_years_and_dates_are_not_quantities(text):
    assert extract_quantities(text) == []


def test_win_loss_records_in_a_game_report_are_not_ranges():
    text = ("At 3-8, including 1-4 at home, the Hawks need wins. They lost 5-4 and 2-1 last week. "
            "About 10 fans waited.")
    assert [q.text for q in extract_quantities(text)] == ["About 10"]
    assert one("About 10-15 people came.", "10-15").low == 10


def test_a_bounded_count_that_looks_like_a_year_stays_a_count():
    assert one("He won by more than 2000 votes.", "2000").low == 2000


def test_and_up_before_another_number_is_no_bound():
    found = one("Guidance was raised to up 2.3 percent and up 4 percent.", "2.3")
    assert (found.value, found.low) == (2.3, None)
    assert one("Children 12 and up can attend.", "12").low == 12


def test_one_day_counted_is_a_duration():
    assert one("The plant closed for one day.", "one day").unit == "day"


@pytest.mark.parametrize("text", [
    "The suspect lives at 3170 W. County Road 600S.",
    "Savers can put money in a 401(k) plan.",
    "A neighbour called 911 at once.",
    "The plan cuts emissions to a level below 2005 levels.",
])
def test_addresses_plan_names_emergency_numbers_and_base_years_are_not_quantities(text):
    assert extract_quantities(text) == []


def test_a_dateline_dash_opens_the_sentence_and_by_to_is_a_change():
    assert one("DENVER – Two officers were charged.", "Two").value == 2
    found = extract_quantities("Orders fell by 30 to 126 jets.")
    assert [(q.text, q.low) for q in found] == [("30", None), ("126", None)]


# --- rarer notations: angles, "K", barns, counting nouns, accounts, yields (issue 11) --------

@pytest.mark.parametrize("text,surface,value,unit,si_value,si_unit", [
    ("The telescope resolves a 2½' field.", "2½'", 2.5, "arcminute", 0.04167, "deg"),
    ("The sky survey covered 150\" patches.", '150"', 150, "arcsecond", 0.04167, "deg"),
    ("He built an 8\" Dobsonian telescope.", '8"', 8, "inch", 0.0002032, "km"),
    ("An axial tilt of 23° 26′ 21″ was measured.", "23° 26′ 21″", 23.43917, "degree", 23.43917, "deg"),
    ("It drifted 3 arcminutes.", "3 arcminutes", 3, "arcminute", 0.05, "deg"),
    ("Trump is 6'3\" tall.", '6\'3"', 6.25, "foot", 0.001905, "km"),
    ("The board had 64K of RAM.", "64K", 64, "kibibyte", 65536, "B"),
    ("She won the 10K race.", "10K", 10, "kilometre", 10.0, "km"),
    ("The video drew 50K views.", "50K", 50000, None, None, None),
    ("The nuclear cross section is 12 b.", "12 b", 12, "barn", 1.2e-33, "km2"),
    ("The file is 12 b long.", "12 b", 12, "bit", 1.5, "B"),
    ("Shares rose 5pc on Monday.", "5pc", 5, "percent", 5.0, "%"),
    ("The galaxy lies 4 light-years away.", "4 light-years", 4, "light-year", 3.784e13, "km"),
    ("Gold hit $1,900 per troy ounce.", "$1,900 per troy ounce", 1900, "USD per troy ounce", None, None),
    ("His blood pressure was 120 mmHg.", "120 mmHg", 120, "millimetre of mercury", 16000, "Pa"),
    ("It was a 15-kiloton bomb.", "15-kiloton", 15, "kiloton of TNT", 6.276e13, "J"),
    ("The blast was equivalent to 1,000 tons of TNT.", "1,000 tons", 1000, "ton of TNT", 4.184e12, "J"),
    ("Police seized 3 tons of TNT.", "3 tons", 3, "ton", 3000, "kg"),
    ("The missile flies at Mach 5.", "Mach 5", 5, "Mach", 6174, "km/h"),
])
def test_rarer_units_read_from_their_context(text, surface, value, unit, si_value, si_unit):
    test_units_and_si_values(text, surface, value, unit, si_value, si_unit)


def test_four_k_video_and_crop_yields_stay_what_they_are():
    assert extract_quantities("The camera shoots 4K video.") == []
    assert one("Crop yields of 5 tons per hectare.", "5 tons").unit == "ton per hectare"


@pytest.mark.parametrize("text,surface,value", [
    ("A gross is 144 (a square dozen).", "A gross", 144),
    ("They ordered two gross of pencils.", "two gross", 288),
    ("A gross is 144 (a square dozen).", "a square dozen", 144),
    ("a great gross.", "a great gross", 1728),
])
def test_counting_nouns(text, surface, value):
    assert one(text, surface).value == value


@pytest.mark.parametrize("text", ["It was a gross violation.", "The film made a gross of $5m."])
def test_gross_as_an_adjective_or_takings_is_no_count(text):
    assert all("gross" not in q.text for q in extract_quantities(text))


@pytest.mark.parametrize("text,surface,value", [
    ("The annual revenue is ($99.99).", "($99.99)", -99.99),
    ("Operating loss: ($1.2m)", "($1.2m)", -1.2e6),
    ("Net loss | 1,500 | (1,200)", "(1,200)", -1200),
    ("Net loss\t1,500\t(1,200)", "(1,200)", -1200),
])
def test_accounting_negatives(text, surface, value):
    assert one(text, surface).value == value


@pytest.mark.parametrize("text,surface,value", [
    ("Net income fell to $5m (€4.6m).", "€4.6m", 4.6e6),  # a conversion
    ("The stadium cost ($5m) more.", "$5m", 5e6),  # an aside, not an item of accounts
    ("Victims (1,200) were counted.", "1,200", 1200),  # no table
])
def test_bracketed_amounts_elsewhere_stay_positive(text, surface, value):
    assert one(text, surface).value == value


@pytest.mark.parametrize("text", [
    "Windows 11 was released.",
    "He bought an iPhone 15 yesterday.",
    "Boeing 737 MAX jets were grounded.",
    "NBC 5 has edited the video.",
    "Leaders of the G7 met.",
    "A Boeing 737 landed.",
])
def test_numbered_names_in_news_are_not_quantities(text):
    assert extract_quantities(text) == []


def test_sentence_openers_before_counts_are_no_names():
    assert [q.value for q in extract_quantities("Only 5 were found. Another 20 Russians died.")] == [5, 20]


# --- the hand-written unit table against pint's registry (test-time only) -------------------

# Where we differ from pint on purpose: news "tons" are metric (pint's "ton" is the US short
# ton) and a news "barrel" is an oil barrel of 42 US gallons (pint's is 31.5).
_PINT_DIFFERS = ("ton", "barrel")
_PINT_NAMES = {"light-year": "light_year", "millimetre of mercury": "mmHg", "pound per square inch": "psi",
               "revolution per minute": "1 / minute", "kilometre per hour": "km/h", "decade": "10 year"}
_PINT_CANONICAL = {"km2": "km**2", "B": "byte", "deg": "degree"}
_NO_PINT_CHECK = ("temperature", "percent", "percentage_point")  # offsets; not units in pint


def test_unit_factors_agree_with_pint():
    pint = pytest.importorskip("pint")
    from newsgraph.quantities.units import CANONICAL, UNIT_SYMBOLS, UNIT_WORDS

    registry = pint.UnitRegistry()
    units = {u.name: u for u in [*UNIT_WORDS.values(), *UNIT_SYMBOLS.values()]
             if u.factor is not None and u.dimension in CANONICAL and u.dimension not in _NO_PINT_CHECK
             and not u.name.endswith(_PINT_DIFFERS)}
    checked = set()
    for name, unit in units.items():
        try:
            target = _PINT_CANONICAL.get(CANONICAL[unit.dimension], CANONICAL[unit.dimension])
            expected = registry(_PINT_NAMES.get(name, name.replace(" ", "_"))).to(target).magnitude
        except pint.errors.UndefinedUnitError:
            continue  # "kiloannum", "megaelectronvolt" spellings pint lacks
        assert unit.factor == pytest.approx(expected, rel=1e-5), name
        checked.add(name)
    assert len(checked) >= 390
    assert {"arcminute", "arcsecond", "light-year", "parsec", "astronomical unit", "furlong", "fathom", "troy ounce",
            "bushel", "millimetre of mercury", "barn", "kibibyte", "mile", "knot"} <= checked


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["2½", "6", "'", '"', "°", "′", "″", "32K", "10k", "12", "b", "a", "gross", "square",
                                 "dozen", "Mach", "(", ")", "$99.99", "revenue", "is", "|", "\t", "\n", "15-kiloton",
                                 "bomb", "Windows", "11", "was", "Only", ".", "of", "TNT", "equivalent", "tons",
                                 "memory", "race", "people", "field", "Hubble", "physics", "area"]),
                max_size=16).map(" ".join))
def test_fuzzed_rare_notations_stay_consistent(text):
    assert_consistent(text)


def test_model_numbers_the_text_itself_names_are_not_counts():
    text = ("Emirates will buy 30 of Boeing's 787-9 jets. The 777 program faced delays, and the 777x "
            "is late. Its fleet of roughly 400 737 Max jets is grounded; some 60 of the 737 Max jet "
            "were ordered. Nearly 150 Indians returned home, and these 150 Indians were stranded.")
    found = [(q.text, q.value) for q in extract_quantities(text)]
    assert found == [("30", 30.0), ("roughly 400", 400.0), ("some 60", 60.0), ("Nearly 150", 150.0), ("150", 150.0)]


def test_and_a_half_in_hyphens_and_over_as_across():
    assert [(q.value, q.unit) for q in extract_quantities("He left after five-and-a-half years in charge.")] == [(5.5, "year")]
    [spells] = [q for q in extract_quantities("He won titles over two spells in charge.") if q.value == 2]
    assert spells.low is None
    [voters] = extract_quantities("Over two million people voted.")
    assert voters.low == 2e6


# --- Fixes from a review of 16 real pages (sentences our own, same constructions) -------------

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The fans stayed under 41 dBA while idle.", "41 dBA", 41, "A-weighted decibel"),
    ("Noise peaked near 52dB(A) in the test.", "52dB(A)", 52, "A-weighted decibel"),
    ("The game ran at 59.4 frames per second.", "59.4 frames per second", 59.4, "frame per second"),
    ("It records at 120fps.", "120fps", 120, "frame per second"),
    ("The panel packs 458 pixels per inch.", "458 pixels per inch", 458, "pixel per inch"),
    ("A 264ppi screen.", "264ppi", 264, "pixel per inch"),
    ("The wide lens has a 48-megapixel sensor.", "48-megapixel", 48, "megapixel"),
    ("The selfie camera is 10MP.", "10MP", 10, "megapixel"),
    ("The image is 2048 pixels wide.", "2048 pixels", 2048, "pixel"),
    ("Calls stream in 480p on slow links.", "480p", 480, "video line"),
    ("The state paid N750m to contractors.", "N750m", 7.5e8, "NGN"),
])
def test_units_of_devices_and_naira(text, surface, value, unit):
    q = one(text, surface)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_n_before_digits_without_scale_is_no_naira():
    assert [q.unit for q in extract_quantities("Nurses wore N95 masks for 8 hours.")] == ["hour"]


@pytest.mark.parametrize("text, surface, value, unit, low, high, measures", [
    ("Maria Lopez, 41, and her son were unhurt.", "41", 41, "year", None, None, "age of Maria Lopez"),
    ("A 63-year-old driver was detained.", "63-year-old", 63, "year", None, None, "age of driver"),
    ("Adults aged 30 or over may apply.", "30 or over", 30, "year", 30, None, "age"),
    ("Teens aged between 13 to 15-years-old took part.", "13 to 15", 14, "year", 13, 15, "age"),
    ("She can claim the pension at age 66 and a half.", "66 and a half", 66.5, "year", None, None, "age"),
    ("The boy is 9 years old.", "9 years old", 9, "year", None, None, "age"),
])
def test_ages_are_quantities_in_years(text, surface, value, unit, low, high, measures):
    q = one(text, surface)
    assert (q.value, q.unit, q.low, q.high, q.measures) == (pytest.approx(value), unit, low, high, measures)


@pytest.mark.parametrize("text", [
    "The 14-inch Surface Laptop is thin. We tested the 14-inch Surface Laptop for a week, and the 14-inch won.",
    "Pick the Radeon Pro 5600M. The 5600M chip is faster.",
    "The iPhone 8 refurbs sold out.",
    "Most USB 3.1 cables work; cheap USB 3.1 hubs too.",
    "Lightning 4 cables are short. Lightning 4 cables break.",
    "Ten nurses heard up to 700 alarms per shift[3] in the trial.",
    "[2] Jones P. Lancet. 2017; 390: 1211-1220.",
    "Thousands could not make 911 calls or dial 999 during the outage.",
    "She never had a six-figure income.",
])
def test_numbers_in_names_and_references_are_not_quantities(text):
    assert [q.text for q in extract_quantities(text) if q.text not in ("up to 700", "Ten", "Thousands")] == []


@pytest.mark.parametrize("text, surface, value, low, high", [
    ("Plans start at $9.99 a month.", "start at $9.99", 9.99, 9.99, None),
    ("Seats start at just $45 and more than 900 are left.", "start at just $45", 45, 45, None),
    ("Rooms go for as low as $80.", "as low as $80", 80, 80, None),
    ("The house sold for just short of $350,000.", "just short of $350,000", 350000, None, 350000),
    ("Fees may rise by up to an additional 8 per cent.", "up to an additional 8 per cent", 8, None, 8),
    ("Keep the blade at less than a 20-degree angle.", "less than a 20-degree", 20, None, 20),
])
def test_more_bound_words(text, surface, value, low, high):
    q = one(text, surface)
    assert (q.value, q.low, q.high, q.approximate) == (pytest.approx(value), low, high, True)


def test_a_change_from_a_to_b_gives_two_values_even_far_from_its_verb():
    text = "Use climbed by 30 percent compared with the national rate, from 3.1 percent to 4.0 percent."
    assert [(q.value, q.low) for q in extract_quantities(text)] == [(30, None), (3.1, None), (4.0, None)]
    assert [(q.value, q.unit) for q in extract_quantities("Sharpness went up, going from 300 to 326ppi.")] == \
        [(300, "pixel per inch"), (326, "pixel per inch")]


def test_clock_durations_merge_and_calendar_ones_do_not():
    q = one("The export took 3 minutes and 20 seconds on battery.", "3 minutes")
    assert (q.value, q.unit, q.si_value) == (200, "second", 200)
    assert len(extract_quantities("He ran for 2 years, 3 months.")) == 2


def test_benchmark_numbers_are_not_years():
    text = "Single-core results went from 1182 to 1240, for a total score of 2093."
    assert [q.value for q in extract_quantities(text)] == [1182, 1240, 2093]
    assert extract_quantities("The castle was built in 1190.") == []


def test_digits_restating_a_number_word_are_one_quantity():
    assert [q.text for q in extract_quantities("It ships with six (6) tips.")] == ["six"]


def test_a_bracketed_conversion_keeps_the_bound():
    qs = extract_quantities("Costs may climb by up to $8bn (£6bn) by then.")
    assert [(q.value, q.high, q.approximate) for q in qs] == [(8e9, 8e9, True), (6e9, 6e9, True)]


def test_half_and_quarter_with_units_and_bounds():
    assert [(q.text, q.value, q.unit) for q in extract_quantities("It is about a half an inch thicker.")] == \
        [("about a half an inch", 0.5, "inch")]
    q = one("The feud lasted nearly a quarter century, over half a mile apart.", "quarter")
    assert (q.value, q.unit, q.high) == (0.25, "century", 0.25)
    assert one("About half of voters agreed.", "half").value == 0.5


def test_european_thousands_before_a_counted_noun():
    assert one("The show uses 2.000 lamps and 400 metres of cable.", "2.000").value == 2000


def test_vague_counts_take_a_spelt_out_unit():
    q = one("The nebula spans thousands of light-years in the survey.", "thousands")
    assert (q.unit, q.value, q.measures) == ("light-year", 2000, None)
    assert one("Crews cleared dozens of kilometres of track.", "dozens").unit == "kilometre"
    assert one("Fans sent thousands of letters.", "thousands").unit is None


def test_ratios_and_additive_plus_are_not_quantities_or_bounds():
    assert [q.text for q in extract_quantities("It has a 21:9 ultrawide panel.")] == []
    qs = extract_quantities("Get it for $329 plus $20 in credit, or $99 plus shipping.")
    assert [(q.value, q.low) for q in qs] == [(329, None), (20, None), (99, None)]
    assert one("The club has 40 plus members.", "40").low == 40


def test_age_after_a_pronoun_and_be():
    q = one("My neighbour says she's 81 and still drives.", "81")
    assert (q.unit, q.measures) == ("year", "age")
    assert one("I have played chess since I was 9 (badly).", "9").unit == "year"
    assert one("She was 3 goals behind.", "3").unit is None


def test_slash_mo_prices_and_repeated_inch_marks():
    assert one("The plan is $12.50/mo after a trial.", "$12.50").unit == "USD per month"
    assert [q.unit for q in extract_quantities('The rug is 48" long and 30" wide.')] == ["inch", "inch"]


def test_citation_marks_in_brackets_are_not_quantities():
    text = ("Walking lowers blood pressure (4). Diets rich in fibre help (7, 8). "
            "Some trials disagree (12-14). Omega-3 intake was studied [9] and [21–23]. "
            "The review covered 640 adults in the United States (2).")
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(640, None)]


def test_one_bracketed_number_or_an_age_in_brackets_is_kept():
    assert one("The jury (12) retired to decide.", "12").value == 12
    text = "Cited twice (3). Cited again (5). And again (6). Maria Lopez (38), a teacher, spoke. Staff (1,400) left."
    q = one(text, "38")
    assert (q.unit, q.measures) == ("year", "age of Maria Lopez")
    assert one(text, "1,400").value == 1400


def test_a_number_after_a_name_in_a_stat_line_is_a_count():
    text = "R. Okafor 1 goal. Tim Brandt 1 goal, 1 assist. L. Moss 2 goals. Ann Yu 1 save."
    assert [(q.value, q.measures) for q in extract_quantities(text)] == \
        [(1, "goal"), (1, "goal"), (1, "assist"), (2, "goals")]
    assert extract_quantities("The Stage 2 report came out. Stage 3 report is due.") == []


def test_numeral_compounds_and_titled_programmes_are_names():
    text = "She sank a 4-pointer from the logo, drove a two-seater, then signed up for 90 Day Reset with friends."
    assert extract_quantities(text) == []
    assert one("The course lasts 90 days in all.", "90").unit == "day"


def test_a_number_glued_after_an_em_dash_and_a_money_figure():
    assert [q.value for q in extract_quantities("Outbreaks were rare in those decades—14 cases in all.")] == [14]
    assert one("It is below the $12 million figure he quoted.", "$12").value == 12_000_000
    assert extract_quantities("He took a six-figure job.") == []


def test_microns_and_measured_object_cleanup(nlp):
    assert one("Pollen grains are about 25 microns across.", "25").unit == "micron"
    qs = parsed(nlp, "Blend 2 tsp. honey and 6 oz. milk.")
    assert [q.measures for q in qs if q.unit == "ounce"] == ["milk"]
    q = [q for q in parsed(nlp, "The club has spent about $210,000 so far this season.") if q.value == 210000][0]
    assert q.measures is None


def test_fractions_of_any_spelt_out_unit_and_amount_idioms(nlp):
    qs = extract_quantities("Whisk a quarter cup of cream with half a teaspoon of salt.")
    assert [(q.value, q.unit) for q in qs] == [(0.25, "cup"), (0.5, "teaspoon")]
    assert extract_quantities("He poured a cup of tea.") == []
    q = parsed(nlp, "Damage ran to the tune of $3 billion.")[0]
    assert (q.value, q.measures) == (3e9, None)


def test_times_before_a_comparison_is_a_factor():
    assert [(q.value, q.unit) for q in extract_quantities("Smog hit 30 times the safe limit; rents are four times higher.")] == \
        [(30, "times"), (4, "times")]
    assert one("He phoned 6 times that night.", "6").unit is None
    assert one("They meet three times a month.", "three").unit == "count per month"


def test_a_scaled_number_does_not_take_the_unit_after_and():
    qs = extract_quantities("The console streams 8k and 120fps output.")
    assert [(q.value, q.unit) for q in qs] == [(8000, None), (120, "frame per second")]
    assert [q.unit for q in extract_quantities("Doses of 20 and 40 mg were tested.")] == ["milligram", "milligram"]


def test_teraflops_are_a_unit_but_box_office_flops_are_not():
    assert one("The chip reaches 9.2 teraflops at peak.", "9.2").unit == "teraflop"
    assert one("A 4 PFLOPS cluster was installed.", "4").unit == "petaflop"
    assert one("The studio had 2 flops this year.", "2").unit is None


def test_a_starting_price_after_from_is_a_lower_bound():
    q = one("The headset is available from $349 in March.", "$349")
    assert (q.value, q.low, q.high) == (349, 349, None)
    assert one("Revenue grew from $8 million.", "$8").low is None


# --- round 6: names, fixed terms, torque, cubic feet, acceleration specs ----------------------

@pytest.mark.parametrize("text", [
    "The chef was picked for the 30 Under 30 Award and spoke at a 30 Under 30 dinner.",
    'The trio became known as the "Four Horsemen" in the press.',
    'He never liked the phrase "two steps forward" at all.',
    "Diplomats still back a two-state solution; the six-speed gearbox and a 2-in-1 tablet ship soon.",
    "She buys a six-pack of soda and scores on a three-on-two break.",
    "The Ducks held a three-goal lead and later a four-run win.",
    "The senator unveiled a 10-point plan and the guard hit a three-point shot.",
    "Call the box office at 031-445-2290 for seats.",
])
def test_numbers_inside_names_and_fixed_terms_are_not_quantities(text):
    assert [q.text for q in extract_quantities(text)] == []


def test_counts_next_to_such_terms_are_kept():
    found = extract_quantities('"We sold two cars," the dealer said, after a four-game skid of 12 losses.')
    assert [(q.text, q.value) for q in found] == [("two", 2.0), ("four", 4.0), ("12", 12.0)]


def test_pound_feet_and_cubic_feet_are_units():
    q = one("The engine makes 380 lb-ft of torque.", "380")
    assert (q.value, q.unit) == (380.0, "pound-foot")
    q = one("The boot holds 19.5 cu.ft. of luggage.", "19.5")
    assert (q.value, q.unit) == (19.5, "cubic foot")
    assert q.si_value == pytest.approx(552.2, abs=0.1)


def test_zero_to_speed_is_an_acceleration_to_that_speed():
    q = one("The sedan goes 0-60 mph in 4.1 seconds.", "mph")
    assert (q.value, q.low, q.high, q.unit) == (60.0, 0.0, 60.0, "mile per hour")
    q = one("Gusts of 50-70 mph hit the coast.", "mph")
    assert q.value == 60.0


def test_hyphenated_rate_and_won_after_the_number():
    q = one("The $4.99-a-month plan launches today.", "4.99")
    assert (q.value, q.unit) == (4.99, "USD per month")
    q = one("Seats cost 35,000₩ each.", "35,000")
    assert (q.value, q.unit) == (35000.0, "KRW")


def test_a_shift_in_time_is_not_what_an_amount_measures(nlp):
    found = parsed(nlp, "Nine months and $12 million later, the audit closed two weeks early.")
    assert [(q.text, q.measures) for q in found] == [("Nine months", None), ("$12 million", None), ("two weeks", None)]


def test_zero_in_as_a_verb_is_not_a_number():
    assert extract_quantities("Analysts want to zero in on costs; they zero in fast.") == []
    found = extract_quantities("Output dropped to zero in June.")
    assert [(q.text, q.value) for q in found] == [("zero", 0.0)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Stir in a cup and a half of milk.", "a cup and a half", 1.5, "cup"),
    ("The path climbs a mile and a half.", "a mile and a half", 1.5, "mile"),
    ("The fish weighed three pounds and a quarter.", "three pounds and a quarter", 3.25, "pound"),
])
def test_a_fraction_after_the_unit_adds_to_the_number(text, surface, value, unit):
    q = one(text, surface)
    assert (q.text, q.value, q.unit) == (surface, pytest.approx(value), unit)


def test_at_the_age_of_is_an_age_in_years():
    q = one("The painter died at the age of 88 in Lyon.", "88")
    assert (q.value, q.unit) == (88, "year")


def test_a_single_size_of_a_named_product_is_kept_but_sizes_that_tell_models_apart_are_not():
    text = "I carry a 13-inch ThinkPad for work. The 13-inch ThinkPad has a great keyboard."
    assert [(q.text, q.value, q.unit) for q in extract_quantities(text)] == [("13-inch", 13, "inch")] * 2
    text = "The 13-inch ThinkPad is light. The 14-inch ThinkPad is heavier, but the 14-inch ThinkPad sells better."
    assert [q.text for q in extract_quantities(text)] == ["13-inch"]


def test_a_year_before_plural_nouns_it_dates_is_not_a_count():
    assert extract_quantities("He kept raising 2016 elections in the hearing.") == []
    assert extract_quantities("The bank cut its 2020 forecasts.") == []
    assert [q.value for q in extract_quantities("Some 2016 voters came.")] == [2016]


def test_a_lower_case_k_before_display_words_is_a_resolution():
    assert extract_quantities("The box plays 8k video and 4k streaming.") == []
    assert [q.value for q in extract_quantities("The fund raised 8k dollars.")] == [8000]


def test_ranges_of_measured_things_do_not_make_a_text_a_game_report():
    text = "Bake 10-15 minutes, rest 12-24 hours, and slice 6-8 apples. Serve 4-6 guests."
    assert [(q.text, q.low, q.high) for q in extract_quantities(text)] == [
        ("10-15 minutes", 10, 15), ("12-24 hours", 12, 24), ("6-8", 6, 8), ("4-6", 4, 6)]


def test_in_front_of_an_amount_measures_nothing(nlp):
    found = parsed(nlp, "The team won 3-2 in front of 18,400 at the arena.")
    assert [(q.text, q.unit, q.measures) for q in found] == [("3-2", "score", None), ("18,400", None, None)]


def test_an_of_object_after_the_next_conjoined_amount_is_not_measured_by_the_first(nlp):
    found = parsed(nlp, "The coupe makes 420 horsepower and 390 lb-ft of torque.")
    assert [(q.text, q.measures) for q in found][0] == ("420 horsepower", None)
    found = parsed(nlp, "The van offers 90 miles of range and 12 seats.")
    assert [(q.text, q.measures) for q in found][0] == ("90 miles", "range")


def test_an_n_time_title_counts_the_titled_noun_not_time(nlp):
    found = parsed(nlp, "The four-time NHL champion signed a deal.")
    assert [(q.text, q.value, q.measures) for q in found] == [("four", 4, "NHL champion")]


def test_a_fraction_of_a_unit_is_one_quantity_in_that_unit():
    assert [(q.text, q.value, q.unit) for q in extract_quantities("She swam a quarter of a mile.")] == \
        [("a quarter of a mile", 0.25, "mile")]
    assert [(q.text, q.value, q.unit) for q in extract_quantities("A third of the staff quit.")] == \
        [("A third", pytest.approx(1 / 3), None)]


def test_an_amount_is_not_measured_by_another_amount(nlp):
    found = parsed(nlp, "The pool reached 31C (88F) on Sunday.")
    assert [(q.text, q.measures) for q in found][0] == ("31C", None)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The 6-foot-4 forward signed.", "6-foot-4", 76, "inch"),
    ("She stands 5 feet 6 inches.", "5 feet 6 inches", 66, "inch"),
    ("The calf weighed 9 pounds 3 ounces.", "9 pounds 3 ounces", 147, "ounce"),
])
def test_feet_and_inches_or_pounds_and_ounces_are_one_amount(text, surface, value, unit):
    assert [(q.text, q.value, q.unit) for q in extract_quantities(text)] == [(surface, value, unit)]


@pytest.mark.parametrize("text", [
    "The choir sings at 7 p.m. June 4, 11 and 18 at the church.",  # days of a date list
    "Charities must qualify under section 401(k)(2) of the tax code.",  # a subsection mark
    "For tickets call 513- 555-7444 before noon.",  # a phone number with a space after the dash
    "The fair is open until 10 p.m.Admission is free.",  # a clock time glued to the next sentence
    "Only the 2's squad made the finals.",  # a numeral made a noun
    "The Sharks took games six and seven at home.",  # labels of a series
    "Rooms 204 and 205 were flooded.",
    "Deputies were called to the 1300 block of Elm Avenue.",  # an address block
    "Snow closed U.S. 24, 36 and 281 and S.R. 15 overnight.",  # road numbers
    "Candidates in Wards 2, 3, and 9 ran unopposed.",  # a list after a plural label noun
    "The hearing resumes at 4 this afternoon.",  # a clock time
    "The cooks arrive about 11 o’clock at night.",  # a clock time with a curly apostrophe
    "The carrier plans a three-class cabin.",  # a classifying compound
    "The earthworks date from between 300 and 100 B.C., and the town from 410 AD.",  # years of an era
])
def test_more_numbers_that_are_not_quantities(text):
    assert extract_quantities(text) == []


def test_a_rival_share_after_a_possessive_takes_the_percent():
    found = extract_quantities("Ortiz won 58 percent of the ballots to Kemp's 42.")
    assert [(q.text, q.value, q.unit) for q in found] == [("58 percent", 58, "percent"), ("42", 42, "percent")]
    found = extract_quantities("Ortiz won 58 percent, and Kemp's 42 volunteers cheered.")
    assert [(q.text, q.unit) for q in found][1] == ("42", None)


def test_consecutive_numbers_that_count_are_kept():
    found = extract_quantities("They sold 6 and 7 units in the two shops.")
    assert [q.value for q in found] == [6, 7, 2]


def test_a_count_right_after_a_date_is_kept():
    assert [(q.text, q.value) for q in extract_quantities("On June 2, 14 were hurt and 3 died.")] == [("14", 14), ("3", 3)]
    assert [q.text for q in extract_quantities("On June 2, 9 of the 11 judges agreed.")] == ["9", "11"]


def test_hyphenated_unit_and_a_half_is_one_amount():
    assert [(q.text, q.value, q.unit) for q in extract_quantities("He carried a yard-and-a-half-long pole.")] == \
        [("a yard-and-a-half", 1.5, "yard")]


def test_died_at_gives_an_age():
    assert [(q.text, q.value, q.unit) for q in extract_quantities("The painter died at 91.")] == [("91", 91, "year")]


# --- ratios and shares of a change -------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,approximate", [
    ("One in five children lives in poverty.", "One in five", 0.2, False),
    ("About 3 in 10 Americans say they trust the media.", "About 3 in 10", 0.3, True),
    ("Nine out of ten residents voted yes.", "Nine out of ten", 0.9, False),
    ("Microsoft estimated that one in every 500 users was exposed.", "one in every 500", 0.002, False),
    ("Prices fell by a third last year.", "a third", 1 / 3, False),
    ("The rate fell by half.", "half", 0.5, False),
])
def test_a_ratio_is_one_share_not_two_numbers(text, surface, value, approximate):
    [q] = extract_quantities(text)
    assert (q.text, q.value, q.unit, q.approximate) == (surface, pytest.approx(value), None, approximate)


@pytest.mark.parametrize("text", [
    "The deal was approved by a third party.", "It won Game 7 in 2016.", "The 2 in 1 laptop sold out.",
    "He scored two in ten minutes.",
])
def test_what_looks_like_a_ratio_but_is_not(text):
    assert all(q.value >= 1 for q in extract_quantities(text))


def test_a_ratio_measures_the_noun_it_counts(nlp):
    [q] = parsed(nlp, "One in five children lives in poverty.")
    assert (q.value, q.measures) == (0.2, "children")


def test_m_before_a_currency_word_is_millions_not_metres():
    q = one("The club paid 2m euros for the player.", "2m")
    assert (q.text, q.value, q.unit) == ("2m euros", 2e6, "EUR")
    assert one("The wall is 3m high.", "3m").unit == "metre"


def test_an_age_after_a_name_with_an_inner_capital_is_an_age():
    for text, surface in [("Police named the victim as John LaSalle, 36, of Albany.", "36"),
                          ("Conor O'Brien, 41, was hurt.", "41")]:
        q = one(text, surface)
        assert (q.value, q.unit) == (int(surface), "year")

