"""CI gate: quantity extraction on quantulum3's own test sentences (issue 11).

The whole set (121 sentences, 182 gold quantities, under a second) is the fixed subset.
Floors are the measured scores minus 0.01; never lower one silently.
"""

from __future__ import annotations

from conftest import shared_path

from newsgraph.eval.quantities import evaluate, quantulum_unit

EPSILON = 0.01
FLOORS = {"accuracy": 0.9718, "accuracy_all": 0.9451, "precision": 0.9831}


def test_quantulum3_sentences_keep_their_floors():
    metrics = evaluate(shared_path("quantities", "quantulum3-tests"))
    assert (metrics["sentences"], metrics["gold"], metrics["gold_in_scope"]) == (121, 182, 177)
    for name, floor in FLOORS.items():
        assert metrics[name] >= floor - EPSILON, (name, metrics[name], floor)


def test_limit_keeps_the_first_sentences():
    metrics = evaluate(shared_path("quantities", "quantulum3-tests"), limit=10)
    assert metrics["sentences"] == 10 and metrics["gold"] == 21


def test_unit_names_map_to_quantulum3():
    assert quantulum_unit("USD per hour") == "dollar per hour"
    assert quantulum_unit(None) == "dimensionless"
    assert quantulum_unit("GBP") == "pound sterling"
    assert quantulum_unit("percent") == "percentage"


def test_arc_units_map_to_quantulum3():
    assert quantulum_unit("arcminute") == "minute of arc"
    assert quantulum_unit("arcsecond") == "second of arc"
