"""The furniture template families (issue #10), development and blind: every template fills
the way the injection generator fills it, and the families written blind repeat no wording of
those before them."""

from __future__ import annotations

import random
import re
from dataclasses import fields

import pytest

from newsgraph.eval.extract import _fill, injection_families
from newsgraph.eval.extract_templates import Templates

PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")
ALL = injection_families()  # the development families, then the blind ones
NAMES = [name or "_dev" for name, _ in ALL]
# Written blind in this order, each checked against all the families before it (dev10, the
# earlier blind family, was only checked for equal wordings, not for wordings inside others).
BLIND_WRITTEN = ["_dev11", "_dev12", "_dev13", "_blind6", "_blind7"]


def _norm(template: str) -> str:
    """Lower-cased words of a template, placeholders and punctuation removed."""
    return " ".join(re.findall(r"[^\W_]+", PLACEHOLDER.sub(" ", template.lower())))


def _templates(family: Templates) -> list[str]:
    return [x for f in fields(family) for x in getattr(family, f.name)]


@pytest.mark.parametrize("family", [t for _, t in ALL], ids=NAMES)
def test_every_template_fills(family: Templates) -> None:
    rng = random.Random(0)
    for template in family.captions + family.credits + family.shares + family.prompts + family.headers:
        line = _fill(template, rng, family)
        assert "{" not in line and "}" not in line and line.strip(), template
    for template in family.readmores:
        assert "{h}" in template or "{H}" in template, template
        escaped = template.replace("{h}", "{{h}}").replace("{H}", "{{H}}")
        line = _fill(escaped, rng, family).format(h="Bridge Reopens After Repairs", H="BRIDGE REOPENS")
        assert "Bridge" in line or "BRIDGE" in line, template
    for template in family.openers + family.closers + family.cuts:
        assert "{" not in template and "}" not in template, template


@pytest.mark.parametrize("name", BLIND_WRITTEN)
def test_a_blind_written_family_repeats_no_earlier_wording(name: str) -> None:
    families = dict((n or "_dev", t) for n, t in ALL)
    earlier = [families[n] for n in NAMES[: NAMES.index(name)]]
    padded = [f" {_norm(o)} " for family in earlier for o in _templates(family)]
    words = [_norm(t) for t in _templates(families[name])]
    clashes = [w for w in words if w and any(f" {w} " in other for other in padded)]
    assert clashes == []
