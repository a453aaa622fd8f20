"""Places: gazetteer, recognition, resolution and roles (newsgraph.geo)."""

from __future__ import annotations

import pytest

from newsgraph.errors import GazetteerError
from newsgraph.geo import ATTRIBUTION, load_gazetteer
from newsgraph.geo.gazetteer import read_gazetteer
from newsgraph.geo.names import key_variants, name_key
from newsgraph.geo.resolve import Toponym, haversine_km, resolve_toponyms
from newsgraph.geo.sources import HERE, read_tsv

VOTKINSK = 471430
KYIV = 703448
LUHANSK_CITY = 702658


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_places",))


def places_of(nlp, body, title=None):
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, body, title=title))._.ng_places


def resolve_one(text, name, **kwargs):
    start = text.index(name)
    return resolve_toponyms(text, [(start, start + len(name))], **kwargs)[0]


# --- names and gazetteer ------------------------------------------------------------


def test_name_key_drops_dots_accents_and_the():
    assert name_key("U.S.") == "us"
    assert name_key("Saint-Étienne") == "saint etienne"
    assert name_key("the Gaza Strip") == "gaza strip"
    assert key_variants("saint louis") == ["saint louis", "st louis"]


def test_gazetteer_has_old_spellings_and_abbreviations(gaz):
    assert KYIV in [gaz.gid[e] for e, _ in gaz.lookup("kiev")]
    assert LUHANSK_CITY in [gaz.gid[e] for e, _ in gaz.lookup("lugansk")]
    assert gaz.name[gaz.surface["La."]] == "Louisiana"
    assert gaz.name[gaz.demonyms["ukrainian"]] == "Ukraine"


def test_gazetteer_places_votkinsk_exactly(gaz):
    (entry,) = [e for e, _ in gaz.lookup("votkinsk") if gaz.gid[e] == VOTKINSK]
    place = gaz.place(entry)
    assert (place.country, round(place.lat, 2), round(place.lon, 2)) == ("RU", 57.05, 53.99)


def test_region_centres_are_inside_their_region(gaz):
    texas = gaz.place(gaz.admins["US.TX"])
    assert haversine_km(texas.lat, texas.lon, 31.25, -99.25) < 161  # GeoNames' point for Texas


def test_curated_rows_all_have_a_source_note():
    for name in ("regions.tsv", "aliases.tsv", "countries.tsv"):
        rows = list(read_tsv(HERE / name))
        assert len(rows) > 20
        assert all(row["source"].strip() for row in rows), name


def test_curated_regions_are_in_the_gazetteer(gaz):
    for name in ("Donbas", "Crimea", "Gaza Strip", "West Bank", "Black Sea", "Sahel"):
        assert any(gaz.gid[e] < 0 for e, _ in gaz.lookup(name_key(name))), name


def test_attribution_names_geonames_and_its_licence():
    assert "GeoNames" in ATTRIBUTION and "CC BY 4.0" in ATTRIBUTION


def test_corrupt_gazetteer_file_says_how_to_rebuild(tmp_path):
    bad = tmp_path / "gazetteer.pickle"
    bad.write_bytes(b"not a pickle")
    with pytest.raises(GazetteerError, match="newsgraph gazetteer build"):
        read_gazetteer(bad)


# --- resolution ---------------------------------------------------------------------


def test_region_after_a_town_decides_the_town():
    text = "A man from Alexandria, La., was arrested."
    assert resolve_one(text, "Alexandria").place.admin1 == "US.LA"


def test_local_context_beats_the_famous_namesake(nlp):
    body = (
        "Paris police arrested a Clarksville man and a Honey Grove woman after a chase through "
        "Lamar County, Texas, on Sunday. The Paris News reported the arrests."
    )
    paris = [m for m in places_of(nlp, body) if m.text == "Paris"]
    assert paris and all(m.place.admin1 == "US.TX" for m in paris)


def test_famous_city_without_context():
    text = "Talks with the US in Geneva failed."
    mention = resolve_toponyms(text, [(15, 17), (21, 27)])[1]
    assert mention.place.country == "CH"
    assert 0.2 < mention.confidence < 1.0  # the US Genevas stay as alternatives
    assert mention.alternatives and all(alt.name for alt in mention.alternatives)


def test_misspelling_is_repaired_cautiously():
    assert resolve_one("80% of Donestk is occupied.", "Donestk").place.country == "UA"
    assert resolve_one("He lives in Xqzvbnm.", "Xqzvbnm") is None


def test_demonym_resolves_to_its_country():
    top = Toponym(0, 9, "Ukrainian", kind="demonym")
    mention = resolve_toponyms("Ukrainian troops advanced.", [top])[0]
    assert (mention.kind, mention.place.country, mention.place.feature) == ("demonym", "UA", "PCLI")


def test_people_word_resolves_to_its_place():
    assert resolve_one("Many Ohioans voted early.", "Ohioans").place.admin1 == "US.OH"


def test_focus_fallback_for_unknown_street():
    text = "Paris, Texas. The parade went down Xqzvbnm Street in Paris."
    spans = [(0, 5), (7, 12), (35, 49), (53, 58)]
    assert resolve_toponyms(text, spans)[2] is None
    fallback = resolve_toponyms(text, spans, fallback_to_focus=True)[2]
    assert fallback.place.admin1 == "US.TX" and fallback.confidence == 0.05


# --- the spaCy component ------------------------------------------------------------


def test_reference_page_places(nlp, reference_text):
    body = reference_text.split("\n", 2)[2].split("Share this @internewscast.com\nYou May")[0]
    places = places_of(nlp, body)
    by_text = {}
    for m in places:
        by_text.setdefault(m.text, m)
    plant = by_text["Votkinsk machine building plant"]
    assert (plant.kind, plant.place.geonameid, plant.role) == ("facility", VOTKINSK, "event_location")
    assert by_text["Geneva"].place.country == "CH"
    assert by_text["Kyiv"].place.country == "UA"
    assert by_text["Moscow"].place.country == "RU"
    assert by_text["Donestk"].place.country == "UA"
    assert by_text["Ukrainian"].kind == "demonym" and by_text["Ukrainian"].place.country == "UA"
    assert all(body[m.start : m.end] == m.text for m in places)


def test_dateline_is_the_source_location(nlp):
    body = "KYIV, Ukraine (AP) — Russian drones struck a power station in Odesa overnight, officials said."
    places = places_of(nlp, body)
    roles = {m.text: m.role for m in places}
    assert roles["KYIV"] == "source_location"
    assert roles["Odesa"] == "event_location"
    assert {m.text: m.place.country for m in places}["KYIV"] == "UA"


def test_person_named_like_a_town_is_not_a_place(nlp):
    body = "Coach Ripley praised the team. \"We wrestled well,\" Ripley said after the meet in Mankato, Minn."
    texts = [m.text for m in places_of(nlp, body)]
    assert "Ripley" not in texts and "Mankato" in texts


def test_place_inside_an_organisation_name(nlp):
    body = "The Mansfield Police Department arrested two men in Richland County, Ohio, on Tuesday."
    places = {m.text: m.place for m in places_of(nlp, body)}
    assert places["Mansfield"].admin1 == "US.OH"


def test_holidays_and_administrations_are_not_places(nlp):
    body = "Police in Dayton, Ohio, stepped up patrols for St. Patrick's Day, as the Bush administration did."
    texts = [m.text for m in places_of(nlp, body)]
    assert "Dayton" in texts
    assert not any("Patrick" in t or "Bush" in t for t in texts)


def test_law_names_do_not_name_a_region(nlp):
    body = "Farmers in Iowa asked for an exemption from the Clean Air Act fees, the governor said."
    places = places_of(nlp, body)
    assert [m.place.admin1 for m in places if m.text == "Iowa"] == ["US.IA"]
    assert all(m.place.country != "AU" for m in places)


def test_home_town_after_an_age(nlp):
    body = "The jury found Kandace Marriott, 52, of Gun Barrel City, guilty of fraud in Athens, Texas."
    places = {m.text: m.place for m in places_of(nlp, body)}
    assert places["Gun Barrel City"].admin1 == "US.TX"


def test_eu_is_placed_in_europe():
    eu = resolve_one("The EU said on Monday it would act.", "EU")
    assert haversine_km(eu.place.lat, eu.place.lon, 48.69, 9.14) < 50


def test_region_name_beats_a_town_once_spelt_like_it():
    text = "Lawmakers from Minneapolis, Marshall and Chisholm said Minnesota needs the money."
    found = resolve_one(text, "Minnesota")
    assert (found.place.feature, found.place.admin1) == ("ADM1", "US.MN")


def test_speakers_are_kept_apart_from_person_names(nlp):
    from newsgraph.geo.recognize import person_words

    doc = nlp("Coach Ripley praised the team. Tbilisi says the rebels attacked, Nelson said.")
    persons, speakers = person_words(doc)
    assert "ripley" in persons and "tbilisi" not in persons
    assert {"tbilisi", "nelson"} <= speakers


def test_county_named_in_the_article_pulls_its_towns():
    text = "A Jordan man was hurt on Highway 282 in Scott County, deputies in Minnesota said. Jordan police helped."
    start = text.index("Jordan")
    spans = [(start, start + 6), (text.index("Scott County"), text.index("Scott County") + 12),
             (text.index("Minnesota"), text.index("Minnesota") + 9)]
    jordan = resolve_toponyms(text, spans)[0]
    assert jordan.place.country == "US" and jordan.place.admin1 == "US.MN"


def test_lower_case_word_is_not_a_place(nlp):
    body = "The chef served foie gras with a glass of Port in Paris, France."
    assert "gras" not in {p.text for p in places_of(nlp, body)}
