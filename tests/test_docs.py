"""The README documents the JSON contract and the commands; these fail when they drift."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from newsgraph import model
from newsgraph.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
CONTRACT = README.split("## The JSON of one article", 1)[1].split("```")[1]

NESTED = {"furniture": model.Furniture, "related": model.Related, "entities": model.Entity,
          "places": model.PlaceMention, "quotes": model.Quote, "quantities": model.Quantity,
          "times": model.TimeExpression, "events": model.Event, "checks": model.Check,
          "tone": model.Tone, "themes": model.ThemeMention}


def documented_keys(name: str) -> set[str]:
    """The keys of the first {...} after `"name":` in the README's contract block."""
    block = CONTRACT.split(f'"{name}":', 1)[1]
    depth, out = 0, []
    for ch in block[block.index("{"):]:
        depth += ch == "{"
        depth -= ch == "}"
        out.append(ch if depth == 1 or ch in "{}" else " " if depth > 1 else ch)
        if depth == 0:
            break
    return set(re.findall(r'"(\w+)"', "".join(out)))


def test_every_article_field_is_documented():
    top = set(re.findall(r'"(\w+)"', CONTRACT.split('"furniture"')[0]))
    names = {f.name for f in fields(model.Article)}
    assert names - set(NESTED) == top


def test_every_fact_field_is_documented():
    for key, cls in NESTED.items():
        assert documented_keys(key) == {f.name for f in fields(cls)}, key


def test_every_command_is_in_the_readme_table():
    table = README.split("## Commands", 1)[1].split("##", 1)[0]
    documented = set(re.findall(r"`newsgraph ([a-z]+)", table))
    assert documented == set(main.commands)
