"""The publication gate (`newsgraph.events.precision`): which coded events an article shows."""

from __future__ import annotations

import pytest

from newsgraph.events import extract_drafts
from newsgraph.events.precision import SOFT_TYPES, publishable
from newsgraph.nlp import make_input_doc

PUBLISHED = "2026-03-02"


@pytest.fixture(scope="module")
def nlp(events_nlp):
    return events_nlp


def published(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(make_input_doc(nlp, text, published=PUBLISHED))
    return [(e.type, e.actor, e.target) for e in doc._.ng_events if e.modality == "asserted"]


def coded_types(nlp, text: str) -> list[str]:
    doc = nlp(make_input_doc(nlp, text, published=PUBLISHED))
    return [d.event.type for d in extract_drafts(doc) if d.event.modality == "asserted"]


@pytest.mark.parametrize("text, kind", [
    ("Mr Olsen promised to repaint the fence before the fair.", "AGREE"),
    ("Ellen Park organised the meeting at the library on Thursday.", "CONSULT"),
    ("Our volunteers are providing assistance at the front desk.", "AID"),
])
def test_a_soft_act_with_one_side_is_coded_but_not_published(nlp, text, kind):
    assert kind in coded_types(nlp, text)
    assert [t for t, _, _ in published(nlp, text) if t in SOFT_TYPES] == []


def test_a_soft_act_with_both_sides_is_published(nlp):
    events = published(nlp, "The mayor met the governor of Oregon in Salem on Friday.")
    assert ("CONSULT", "mayor", "governor of Oregon") in events
    events = published(nlp, "Chile and Peru agreed on Monday to reopen their border crossings.")
    assert [(t, a) for t, a, _ in events] == [("AGREE", "Chile; Peru")]


def test_counted_sides_are_two_sides(nlp):
    events = published(nlp, "The two delegations struck a deal on Tuesday to share the river's water.")
    assert [t for t, _, _ in events] == ["AGREE"]


def test_hostile_acts_with_one_side_stay(nlp):
    events = published(nlp, "A teacher was arrested in Leeds on Monday.")
    assert [(t, target) for t, _, target in events] == [("COERCE", "teacher")]


def test_unasserted_soft_acts_keep_their_label(nlp):
    doc = nlp(make_input_doc(nlp, "The council will meet next week.", published=PUBLISHED))
    assert all(publishable(d) for d in extract_drafts(doc) if d.event.modality != "asserted")


def test_two_parties_of_a_talk_named_as_its_objects_are_two_sides(nlp):
    events = published(nlp, "Aides described a phone conversation between Mayor Diaz and Governor Holt on Monday.")
    assert events == [("CONSULT", None, "Mayor Diaz; Governor Holt")]
    events = published(nlp, "Aides described a phone conversation with Governor Holt on Monday.")
    assert [t for t, _, _ in events if t == "CONSULT"] == []
