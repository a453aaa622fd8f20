"""The blind furniture family `BLIND7` (issue #10): its templates fill the way the injection
generator fills them, its fields have a sensible size, and it repeats no wording of any family
in `FAMILIES` or in `BLIND6`."""

from __future__ import annotations

import random
import re
from dataclasses import fields

import pytest

from newsgraph.eval.extract import _fill
from newsgraph.eval.extract_blind6 import BLIND6
from newsgraph.eval.extract_blind7 import BLIND7
from newsgraph.eval.extract_families import FAMILIES
from newsgraph.eval.extract_templates import Templates

PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")
ALLOWED = {"name", "agency", "place", "day", "site", "domain", "handle", "freq", "brief", "count", "caption"}
FIELDS = [f.name for f in fields(Templates)]


def _norm(template: str) -> str:
    """Lower-cased words of a template, placeholders and punctuation removed."""
    return " ".join(re.findall(r"[^\W_]+", PLACEHOLDER.sub(" ", template.lower())))


def _templates(family: Templates) -> list[str]:
    return [x for name in FIELDS for x in getattr(family, name)]


def test_every_template_fills() -> None:
    rng = random.Random(0)
    for template in BLIND7.captions + BLIND7.credits + BLIND7.shares + BLIND7.prompts + BLIND7.headers:
        assert set(PLACEHOLDER.findall(template)) <= {"{" + p + "}" for p in ALLOWED}, template
        line = _fill(template, rng, BLIND7)
        assert "{" not in line and "}" not in line and line.strip(), template
    for template in BLIND7.readmores:
        assert "{h}" in template or "{H}" in template, template
        escaped = template.replace("{h}", "{{h}}").replace("{H}", "{{H}}")
        line = _fill(escaped, rng, BLIND7).format(h="Bridge Reopens After Repairs", H="BRIDGE REOPENS")
        assert "Bridge" in line or "BRIDGE" in line, template
    for template in BLIND7.openers + BLIND7.closers + BLIND7.cuts:
        assert "{" not in template and "}" not in template, template


@pytest.mark.parametrize("name", FIELDS)
def test_each_field_has_10_to_27_distinct_entries(name: str) -> None:
    entries = getattr(BLIND7, name)
    assert 10 <= len(entries) <= 27
    assert len(set(entries)) == len(entries)


def test_no_repeats_across_the_family() -> None:
    everything = _templates(BLIND7)
    assert len(set(everything)) == len(everything)


def test_repeats_no_wording_of_any_family() -> None:
    others = [family for _, family in FAMILIES] + [BLIND6]
    padded = [f" {_norm(o)} " for family in others for o in _templates(family)]
    words = [_norm(t) for t in _templates(BLIND7)]
    clashes = [w for w in words if w and any(f" {w} " in other for other in padded)]
    assert clashes == []


def test_clash_check_catches_a_copied_line() -> None:
    copied = _norm(BLIND6.headers[0])
    padded = [f" {_norm(o)} " for o in _templates(BLIND6)]
    assert copied and any(f" {copied} " in other for other in padded)
