"""CI gate for geoparsing: scores on fixed slices of LGL and GeoWebNews must stay above floors.

Gold-span resolution runs on the whole of both corpora (it takes about a second); end to end
(spaCy + our recognition + resolution) runs on the first articles of each, in file order.
A floor is the score measured when it was set minus EPSILON; never lower one silently.
Full-corpus numbers and the commands that reproduce them are in BENCHMARKS.md.
"""

from __future__ import annotations

import pytest

from conftest import shared_path

EPSILON = 0.01

# data set -> (articles for the end-to-end slice, expected article count of the corpus)
SLICES = {"lgl": (100, 588), "geowebnews": (60, 200)}

# Measured 2026-11-25 (gold: whole corpus; e2e: the slice above), before EPSILON. Fourth pass
# (review of real pages): place words inside other names (hyphen compounds, currencies, streets,
# landforms), sports teams, alternate names no longer main names, list siblings, possessive
# countries, postal codes after a comma. All raised (2026-11-24: LGL 0.8891 / 0.7844 / 0.7788,
# GeoWebNews 0.9142 / 0.8370 / 0.9150); the full-corpus figures are in BENCHMARKS.md.
# Fifth pass (second review): names of people, clubs, venues, firms, planets and missions, tiny
# first-level regions, stated postal codes. LGL e2e rose (0.7914 / 0.7905 before); GeoWebNews
# precision rose (0.9325) and its F1 fell from 0.8428, as GeoWebNews marks football clubs
# ("Liverpool FC", "Barcelona") as toponyms, which a reader's map does not.
# Sixth pass (third review): titles in quotation marks, trophies, team nicknames, surnames before
# speech verbs, compass districts, "of the" variants. GeoWebNews e2e rose (0.8418 / 0.9337 before).
# Seventh pass (fourth review): great cities against far namesakes, box scores, singular nicknames,
# sponsor arenas, foods, colours, firms, awards. LGL raised (0.8895 / 0.7938 / 0.7952 before);
# the GeoWebNews slice F1 is 0.8422 (kept at 0.8430: "100 Years of Allendale Women ... Award"
# is a gold toponym there and now read as an award's name).
# Eighth pass (LGL local news): first names alone, shops and brands, halls and lakes named after
# something else. Raised (0.7952 / 0.7981 and 0.8430 / 0.9366 before).
# Ninth pass (round 10b, real pages): team and dateline cities, people-words and one state among
# many no longer tie namesakes, state-only nouns, pairs of states, ships, short names of papers,
# names listed with firms. Raised (LGL 0.7957 / 0.7990, GeoWebNews gold 0.9146 before).
MEASURED = {
    "lgl": {"gold_accuracy_161": 0.8900, "e2e_f1_161": 0.7962, "e2e_precision_161": 0.8000},
    "geowebnews": {"gold_accuracy_161": 0.9157, "e2e_f1_161": 0.8433, "e2e_precision_161": 0.9393},
}


@pytest.fixture(scope="module", params=sorted(SLICES))
def scores(request):
    from newsgraph.eval.geo import evaluate, read_corpus

    name = request.param
    path = shared_path("geo", name)
    limit, expected = SLICES[name]
    assert len(read_corpus(path)) == expected, "the corpus changed: re-measure the floors"
    gold = evaluate(path, mode="gold")
    e2e = evaluate(path, limit=limit, mode="e2e")
    return name, {**gold, **e2e}


def test_scores_stay_above_floors(scores):
    name, metrics = scores
    for metric, measured in MEASURED[name].items():
        assert metrics[metric] >= measured - EPSILON, f"{name} {metric} fell to {metrics[metric]:.4f}"


def test_every_gold_toponym_gets_an_answer(scores):
    name, metrics = scores
    assert metrics["gold_unresolved"] <= 0.01 * metrics["gold_toponyms"], name
