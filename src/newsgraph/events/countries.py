"""Document-level country scans for events: names tied to a country, countries most mentioned."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.actors import ActorWords, country_in


def names_with_countries(doc: Doc, words: ActorWords) -> dict[str, str]:
    """Names tied to a country by a modifier ("Ukrainian President … Zelensky"): {name: ISO-3}."""
    out: dict[str, str] = {"_": ""}
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ != "compound":
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
            if mods:
                code = country_in([t for m in mods for t in m.subtree], words)
                if code and code != country_in([tok], words):
                    out.setdefault(tok.text, code)
    return out


def count_countries(doc: Doc, words: ActorWords) -> list[tuple[str, str]]:
    """Countries named in the document, most mentioned first: [(ISO-3, a name)]."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for tok in doc:
        if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            code = country_in([tok], words)
            if code:
                counts[code] = counts.get(code, 0) + 1
                if tok.ent_type_ == "GPE":
                    names.setdefault(code, tok.text)
    ranked = sorted(counts, key=lambda c: -counts[c])
    return [(c, names.get(c, c)) for c in ranked]
