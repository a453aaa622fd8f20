"""Places: readings a page's context must not overturn, and names that are no place.

Every sentence here is written for the test (same constructions as the error patterns, new words)."""

from __future__ import annotations

import pytest

from newsgraph.geo import load_gazetteer
from newsgraph.geo.candidates import fuzzy_index
from newsgraph.geo.datelines import dateline_toponym
from newsgraph.geo.namesakes import team_name
from newsgraph.geo.resolve import resolve_toponyms
from newsgraph.geo.toponyms import Toponym


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_places",))


def places_of(nlp, body):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, body))._.ng_places


def spans_of(text, *names):
    """Toponyms for the first occurrence of each name (a name may be "Texans:demonym")."""
    tops = []
    for item in names:
        name, _, kind = item.partition(":")
        start = text.index(name)
        tops.append(Toponym(start, start + len(name), name, kind=kind or "toponym"))
    return tops


def test_team_name_pattern():
    text = "the Dallas Cowboys, the Seattle Trail Blazers, the Boston 76ers, Colorado Springs, the Paris News"
    found = {name: team_name(text, spans_of(text, name)[0]) for name in ("Dallas", "Seattle", "Boston", "Colorado", "Paris")}
    assert found == {"Dallas": True, "Seattle": True, "Boston": True, "Colorado": False, "Paris": False}


def test_city_in_team_name_is_the_great_city_despite_a_named_state(gaz):
    text = "Fans across North Carolina watched the Dallas Cowboys lose on Sunday; North Carolina bars were full."
    state, dallas = resolve_toponyms(text, spans_of(text, "North Carolina", "Dallas"), gazetteer=gaz)
    assert state.place.admin1 == "US.NC"
    assert (dallas.place.name, dallas.place.admin1) == ("Dallas", "US.TX")


def test_people_word_does_not_name_its_state(gaz):
    text = "Texans packed the stands as the visitors flew home to Denver after the game."
    _, denver = resolve_toponyms(text, spans_of(text, "Texans:demonym", "Denver"), gazetteer=gaz)
    assert denver.place.admin1 == "US.CO"


def test_bare_dateline_is_the_great_city(gaz):
    text = "Delegates from Alabama cheered. Alabama cast its votes for the nominee in Cleveland."
    spans = spans_of(text, "Alabama", "Cleveland")
    cleveland = resolve_toponyms(text, spans, dateline=1, gazetteer=gaz)[1]
    assert cleveland.place.admin1 == "US.OH"


@pytest.mark.parametrize(
    "text, name",
    [
        ("She hopes to win the Washington primary in August.", "Washington"),
        ("The New York delegation walked out of the hall.", "New York"),
        ("New York Gov. Paul Amato signed the bill.", "New York"),
    ],
)
def test_state_only_nouns_make_the_state(gaz, text, name):
    found = resolve_toponyms(text, spans_of(text, name), gazetteer=gaz)[0]
    assert found.place.feature == "ADM1"


def test_plural_of_a_city_is_no_misspelling(gaz):
    index = fuzzy_index(gaz)
    assert index.match("pittsburghs") is None
    assert index.match("pittsbugh") == "pittsburgh"


def test_agency_dateline_after_a_headline(gaz):
    text = "Senate passes the budget after a long night.\nPhoenix (AFP) – Lawmakers voted on Friday."
    top, end = dateline_toponym(gaz, text)
    assert top is not None and top.text == "Phoenix"
    assert text[end:].startswith("Lawmakers")


def test_state_nickname(nlp):
    found = places_of(nlp, "Turnout was high across the Buckeye State on Tuesday, officials said.")
    assert [(p.text, p.place.name, p.place.feature) for p in found] == [("Buckeye State", "Ohio", "ADM1")]


def test_postal_code_in_party_affiliation(nlp):
    found = places_of(nlp, "Sen. Tom Hadley (R-AZ) voted against the measure on Thursday.")
    assert [(p.text, p.place.name) for p in found] == [("AZ", "Arizona")]


def test_ship_named_like_a_city_is_no_place(nlp):
    body = "The destroyer USS Sheffield left port in Norfolk on Monday. The Sheffield reached the gulf on Friday."
    names = [p.place.name for p in places_of(nlp, body)]
    assert "Sheffield" not in names
    assert "Norfolk" in names


def test_short_name_of_a_newspaper_is_no_place(nlp):
    body = "The Boston Globe first reported the deal in Boston. The Globe said the talks began in May."
    found = [(p.text, p.place.name) for p in places_of(nlp, body)]
    assert ("Globe", "Globe") not in found
    assert found and all(text == "Boston" for text, _ in found)


def test_other_spelling_of_a_tagged_place_in_the_region(nlp):
    body = (
        "Israeli tanks pushed deeper into Gaza on Monday. Shells struck homes in Beit Hanoun, "
        "residents of Gaza said, and the army said fighting continued near Gaza City."
    )
    found = {p.text: (p.place.country, p.place.admin1) for p in places_of(nlp, body)}
    assert found.get("Beit Hanoun") == ("PS", "PS.GZ")


def test_one_state_among_many_does_not_tie_a_namesake(gaz):
    text = "Senators from Texas, Iowa, Ohio and Florida spoke after the Paris attacks. Texas votes next."
    spans = spans_of(text, "Texas", "Iowa", "Ohio", "Florida", "Paris")
    last = text.rindex("Texas")
    spans.append(Toponym(last, last + len("Texas"), "Texas"))
    paris = resolve_toponyms(text, spans, gazetteer=gaz)[4]
    assert (paris.place.name, paris.place.country) == ("Paris", "FR")


def test_the_main_state_still_ties_its_town(gaz):
    text = "Texas voters met in Paris on Monday. Texas votes next week."
    spans = spans_of(text, "Texas", "Paris")
    last = text.rindex("Texas")
    spans.append(Toponym(last, last + len("Texas"), "Texas"))
    paris = resolve_toponyms(text, spans, gazetteer=gaz)[1]
    assert paris.place.admin1 == "US.TX"


def test_where_someone_is_from_is_no_event_location(nlp):
    found = places_of(nlp, "Sen. Ann Mercer, the senator from Oregon, voted against the bill on Tuesday.")
    assert [(p.text, p.role) for p in found] == [("Oregon", "mentioned")]
    found = places_of(nlp, "Floods hit homes in Oregon on Tuesday.")
    assert [(p.text, p.role) for p in found] == [("Oregon", "event_location")]


def test_name_listed_with_a_firm_is_a_firm(nlp):
    found = [p.text for p in places_of(nlp, "IBM and Oracle keep buying rivals. Or Hershey and HP, perhaps.")]
    assert "Hershey" not in found
    found = [p.text for p in places_of(nlp, "Flooding closed roads in Hershey on Monday.")]
    assert found == ["Hershey"]


@pytest.mark.parametrize(
    "text, admin1, feature",
    [
        ("He won two caucus states, Oregon and Washington, by wide margins.", "US.WA", "ADM1"),
        ("Talks between Moscow and Washington stalled again.", "US.DC", "PPLC"),
    ],
)
def test_a_pair_with_a_state_is_a_pair_of_states(gaz, text, admin1, feature):
    first, second = sorted(("Washington", "Oregon" if "Oregon" in text else "Moscow"), key=text.index)
    found = resolve_toponyms(text, spans_of(text, first, second), gazetteer=gaz)
    washington = found[[first, second].index("Washington")]
    assert (washington.place.admin1, washington.place.feature) == (admin1, feature)


def test_first_word_of_a_town_is_no_weak_place(gaz):
    from newsgraph.geo.component import supported

    assert not supported(gaz, Toponym(0, 8, "Ballston"), {"US.NY"})  # only Ballston Spa is so called
    assert supported(gaz, Toponym(0, 6, "Albany"), {"US.NY"})
