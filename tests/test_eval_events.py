"""CI gate for the event coder on the PLOVER gold-standard records, plus the scorer's own logic.

The gate runs the whole GSR (322 sentences, ~10 s on one core): the set is small and
sorted by type, so any subset of it would be lopsided. Floors are the measured scores
(2026-11, `python -m newsgraph.eval.events ../shared/data/events/plover-gsr`) minus 0.01;
raise them when the coder improves, never lower them silently.
"""

from __future__ import annotations

import pytest

from newsgraph.eval.events import macro_f1, mode_matches, participant_match, participant_scores

from conftest import shared_path

FLOORS = {
    "type_accuracy": 0.8758 - 0.01,
    "type_macro_f1": 0.8666 - 0.01,
    "actor_f1": 0.9245 - 0.01,
    "recipient_f1": 0.7895 - 0.01,
    "mode_accuracy": 0.7593 - 0.01,
    "heldout_type_accuracy": 0.8505 - 0.01,
    "heldout_type_macro_f1": 0.8281 - 0.01,
    "heldout_actor_f1": 0.9251 - 0.01,
    "heldout_recipient_f1": 0.75 - 0.01,
}


@pytest.fixture(scope="module")
def metrics():
    from newsgraph.eval.events import evaluate

    return evaluate(shared_path("events", "plover-gsr"))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gsr_score_keeps_its_floor(metrics, name):
    assert metrics[name] >= FLOORS[name], f"{name} fell to {metrics[name]} (floor {FLOORS[name]:.4f})"


def test_gsr_counts(metrics):
    assert metrics["records"] == 322
    assert metrics["dev_n"] + metrics["heldout_n"] == 322
    assert metrics["no_event"] <= 10


def test_macro_f1_counts_missing_predictions_as_misses():
    assert macro_f1(["A", "A", "B"], ["A", "A", "B"]) == 1.0
    # A: tp 1, fn 1 -> 2/3; B: tp 1, fp 1 -> 2/3
    assert macro_f1(["A", "A", "B"], ["A", None, "B"]) == pytest.approx(0.8333, abs=1e-4)
    assert macro_f1(["A", "B"], ["B", "A"]) == 0.0


def test_participant_match_text_then_country():
    assert participant_match(("Burundian militiamen", "BDI"), ("Burundian militiamen armed", None))
    assert participant_match(("Tokyo", "JPN"), ("the Japanese government", "JPN"))
    assert not participant_match(("Tokyo", "JPN"), ("the Chinese government", "CHN"))


def test_participant_scores_precision_and_recall():
    scores = participant_scores([([("Hungary", "HUN"), ("Romania", "ROU")], [("Hungary", "HUN")])])
    assert (scores["precision"], scores["recall"]) == (1.0, 0.5)


def test_mode_family_matches_finer_gold_mode():
    assert mode_matches("demo-org", "demo")
    assert mode_matches("assassinate", "targeted")
    assert not mode_matches("strike-hun", "strike-gen")
    assert not mode_matches("riot-spon", None)
