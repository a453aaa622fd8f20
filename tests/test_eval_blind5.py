"""The blind furniture family `BLIND5` (issue #10): well-formed, and worded apart from the others."""

from __future__ import annotations

import random
import re
from dataclasses import fields

import pytest

from newsgraph.eval.extract import _fill
from newsgraph.eval.extract_families2 import DEV12 as BLIND4
from newsgraph.eval.extract_blind5 import BLIND5
from newsgraph.eval.extract_families import FAMILIES

PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")


def _norm(template: str) -> str:
    """Lower-cased words of a template, placeholders and punctuation removed."""
    return " ".join(re.findall(r"[^\W_]+", PLACEHOLDER.sub(" ", template.lower())))


def _raw(template: str) -> str:
    return re.sub(r"\s+", "", PLACEHOLDER.sub("", template))


def _others() -> list[str]:
    """Every template of DEV to DEV11 (`FAMILIES`) and of `BLIND4`."""
    families = [family for _, family in FAMILIES] + [BLIND4]
    return [x for family in families for f in fields(family) for x in getattr(family, f.name)]


@pytest.mark.parametrize("field", ["captions", "credits", "shares", "prompts"])
def test_line_templates_fill(field: str) -> None:
    rng = random.Random(0)
    for template in getattr(BLIND5, field):
        line = _fill(template, rng, BLIND5)
        assert "{" not in line and "}" not in line and line.strip(), template


def test_readmores_fill_like_inline_unit() -> None:
    rng = random.Random(0)
    for template in BLIND5.readmores:
        assert "{h}" in template or "{H}" in template, template
        escaped = template.replace("{h}", "{{h}}").replace("{H}", "{{H}}")
        line = _fill(escaped, rng, BLIND5).format(h="Bridge Reopens After Repairs", H="BRIDGE REOPENS")
        assert "Bridge" in line or "BRIDGE" in line, template
        assert "{" not in line, template


def test_headers_fill_and_dressing_has_no_placeholders() -> None:
    rng = random.Random(0)
    for template in BLIND5.headers:
        assert "{" not in _fill(template, rng, BLIND5), template
    for template in BLIND5.openers + BLIND5.closers + BLIND5.cuts:
        assert "{" not in template and "}" not in template, template


def test_counts_per_field() -> None:
    counts = {f.name: len(getattr(BLIND5, f.name)) for f in fields(BLIND5)}
    assert all(10 <= n <= 27 for n in counts.values()), counts


def test_no_template_repeats_within_the_family() -> None:
    for f in fields(BLIND5):
        values = getattr(BLIND5, f.name)
        assert len(values) == len(set(values)), f.name


def test_no_template_repeats_another_family() -> None:
    others = _others()
    padded = [f" {_norm(o)} " for o in others]
    clashes = []
    for f in fields(BLIND5):
        for template in getattr(BLIND5, f.name):
            words = _norm(template)
            if words:
                hit = any(f" {words} " in other for other in padded)
            else:  # symbols only: compare the raw characters
                raw = _raw(template)
                hit = not raw or any(raw in _raw(o) for o in others)
            if hit:
                clashes.append(template)
    assert clashes == []
