"""Checks: stated distances against geodesics, and date arithmetic against the publication
date (issue 11). Places and times are built by hand, so these tests do not depend on the
geo and time stages."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.checks import (
    CheckSettings,
    ChecksComponent,
    check_date_arithmetic,
    check_distances,
    elapsed_margins,
    geodesic_km,
)
from newsgraph.model import Place, PlaceMention, TimeExpression
from newsgraph.nlp import register_extensions
from newsgraph.quantities import extract_quantities

COORDS = {  # name: (feature, lat, lon)
    "Kyiv": ("PPLC", 50.45466, 30.5238),
    "Lviv": ("PPLA", 49.83826, 24.02324),
    "Kharkiv": ("PPLA", 49.98081, 36.25272),
    "Odesa": ("PPLA", 46.47747, 30.73262),
    "Votkinsk": ("PPL", 57.05, 53.99),
    "Russia": ("PCLI", 60.0, 100.0),
    "Moscow": ("PPLC", 55.75204, 37.61781),
}


def mentions(text: str, *names: str) -> list[PlaceMention]:
    """A PlaceMention for every occurrence of each name in the text."""
    out = []
    for name in names:
        feature, lat, lon = COORDS[name]
        place = Place(None, name, feature, None, None, lat, lon)
        start = text.find(name)
        while start >= 0:
            out.append(PlaceMention(start, start + len(name), name, place))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda p: p.start)


def distance_checks(text: str, *names: str):
    return check_distances(text, extract_quantities(text), mentions(text, *names))


def test_geodesic_kyiv_lviv():
    kyiv, lviv = mentions("Kyiv Lviv", "Kyiv", "Lviv")
    assert geodesic_km(kyiv, lviv) == pytest.approx(469.5, abs=2)


@pytest.mark.parametrize("text,names,verdict,computed", [
    ("Lviv, about 540 km from Kyiv, was hit overnight.", ("Lviv", "Kyiv"), "consistent", "470 km"),
    ("Lviv lies 300 miles from Kyiv.", ("Lviv", "Kyiv"), "consistent", "470 km"),
    ("Kharkiv lies 30 miles from Kyiv, officials said.", ("Kharkiv", "Kyiv"), "inconsistent", "412 km"),
    ("Odesa is more than 400 kilometres south of Kyiv.", ("Odesa", "Kyiv"), "consistent", "443 km"),
    ("Odesa is more than 900 kilometres south of Kyiv.", ("Odesa", "Kyiv"), "inconsistent", "443 km"),
    ("The 560-kilometre drive from Kyiv to Kharkiv took nine hours.", ("Kyiv", "Kharkiv"), "unknown", "412 km"),
    ("The plant in Votkinsk, 1,000 miles from Moscow, was hit.", ("Votkinsk", "Moscow"), "inconsistent", "1019 km"),
])
def test_distance_verdicts(text, names, verdict, computed):
    (check,) = distance_checks(text, *names)
    assert (check.kind, check.verdict, check.computed) == ("distance", verdict, computed)
    assert check.claim.text == text[check.claim.start:check.claim.end]


def test_claim_span_covers_both_places():
    text = "Lviv, about 540 km from Kyiv, was hit overnight."
    (check,) = distance_checks(text, "Lviv", "Kyiv")
    assert check.claim.text == "Lviv, about 540 km from Kyiv" and check.stated == "~540 km"


def test_an_area_makes_the_distance_unknown():
    (check,) = distance_checks("Votkinsk, 860 miles from Russia's border with Ukraine.", "Votkinsk", "Russia")
    assert (check.verdict, check.computed) == ("unknown", None)


@pytest.mark.parametrize("text,names", [
    ("The Votkinsk plant, situated 860 miles deep within Russia, was hit.", ("Votkinsk", "Russia")),
    ("Kyiv forces retook more than 100 miles of Moscow-occupied territory.", ("Kyiv", "Moscow")),
    ("Lviv is 540 km away, officials in Kyiv said.", ("Lviv", "Kyiv")),
])
def test_no_pair_no_distance_check(text, names):
    assert distance_checks(text, *names) == []


def timex(text: str, surface: str, value: str, type_: str, granularity: str) -> TimeExpression:
    start = text.index(surface)
    return TimeExpression(start, start + len(surface), surface, value, granularity, type=type_)


ANNIVERSARY = ("His comments came as the conflict nears the grim four-year anniversary since Russian troops "
               "invaded on Feb. 24, 2022.")


def anniversary_times() -> list[TimeExpression]:
    return [timex(ANNIVERSARY, "four-year", "P4Y", "DURATION", "duration"),
            timex(ANNIVERSARY, "Feb. 24, 2022", "2022-02-24", "DATE", "day")]


@pytest.mark.parametrize("published,verdict,computed", [
    ("2026-02-21", "consistent", "3.99 years"),
    ("2026-09-01", "consistent", "4.52 years"),
    ("2024-06-01", "inconsistent", "2.27 years"),
    ("2027-03-01", "inconsistent", "5.01 years"),
    (None, "unknown", None),
])
def test_anniversary_arithmetic(published, verdict, computed):
    (check,) = check_date_arithmetic(ANNIVERSARY, anniversary_times(), None, published)
    assert (check.kind, check.verdict, check.computed, check.stated) == ("date_arithmetic", verdict, computed, "4 years")
    assert check.claim.text == "four-year anniversary since Russian troops invaded on Feb. 24, 2022"


def test_duration_from_quantities_when_times_lack_it():
    times = [timex(ANNIVERSARY, "Feb. 24, 2022", "2022-02-24", "DATE", "day")]
    (check,) = check_date_arithmetic(ANNIVERSARY, times, extract_quantities(ANNIVERSARY), "2026-02-21")
    assert check.verdict == "consistent"


def test_year_only_date_widens_the_tolerance():
    text = "It has been five years since the 2019 election."
    times = [timex(text, "five years", "P5Y", "DURATION", "duration"), timex(text, "2019", "2019", "DATE", "year")]
    (check,) = check_date_arithmetic(text, times, None, "2024-01-10")
    assert check.verdict == "consistent" and elapsed_margins(times[1], "Y") == (1.0, 1.5)
    (check,) = check_date_arithmetic(text, times, None, "2026-09-01")
    assert (check.verdict, check.computed) == ("inconsistent", "7.17 years")


def test_relative_dates_are_not_checked():
    text = "Six years ago the war began, and it has lasted since last year."
    times = [timex(text, "Six years ago", "2020", "DATE", "year"), timex(text, "last year", "2025", "DATE", "year")]
    assert check_date_arithmetic(text, times, extract_quantities(text), "2026-02-21") == []


def test_component_without_inputs_makes_no_checks(spacy_model):
    register_extensions()
    doc = spacy_model.make_doc("Lviv, about 540 km from Kyiv.")
    assert ChecksComponent()(doc)._.ng_checks == []


def test_component_reads_the_doc(spacy_model):
    register_extensions()
    doc: Doc = spacy_model(ANNIVERSARY + " Lviv, about 540 km from Kyiv, was hit.")
    doc._.ng_quantities = extract_quantities(doc.text, doc)
    doc._.ng_places = mentions(doc.text, "Lviv", "Kyiv")
    doc._.ng_times = anniversary_times()
    doc._.ng_published = "2026-02-21"
    checks = ChecksComponent(CheckSettings())(doc)._.ng_checks
    assert [(c.kind, c.verdict) for c in checks] == [("date_arithmetic", "consistent"), ("distance", "consistent")]


def test_factory_registers():
    import newsgraph.checks  # noqa: F401
    from spacy.language import Language

    assert "newsgraph_checks" in Language.factories
