"""Shared fixtures: the shared evaluation data (skipped when absent) and one loaded nlp."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
REFERENCE_PAGE = SHARED_DATA / "seed" / "000_a43bffa50ef844b7.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data set not available here: {path}")
    return path


@pytest.fixture(scope="session")
def reference_text() -> str:
    return shared_path("seed", "000_a43bffa50ef844b7.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def spacy_model():
    """The bare English model (no newsgraph components)."""
    import spacy

    from newsgraph.nlp import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def events_nlp():
    """A pipeline with the event coder (and what it needs), loaded once for the events tests."""
    from newsgraph.nlp import load_nlp

    return load_nlp(components=("newsgraph_events",))


def coded_events(nlp, text: str, published: str | None) -> list:
    """The events `nlp` codes in `text` published on `published` (for the events tests)."""
    from newsgraph.nlp import make_input_doc

    return nlp(make_input_doc(nlp, text, published=published))._.ng_events


def event_kinds(events: list) -> list[tuple[str, str]]:
    """(type, modality) of each event."""
    return [(e.type, e.modality) for e in events]


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The bundled samples ingested into a real SQLite file, once per test session."""
    from newsgraph.ingest.run import ingest_paths

    path = tmp_path_factory.mktemp("samples") / "samples.db"
    report = ingest_paths([str(SAMPLES)], path)
    assert not report.failed, report.failed
    return path
