"""From found quantities to `newsgraph.model.Quantity` records (with or without a parse)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Optional

from spacy.tokens import Doc

from newsgraph.model import Quantity
from newsgraph.quantities import patterns as P
from newsgraph.quantities.attach import age_of, attach, attach_text
from newsgraph.quantities.found import Found
from newsgraph.quantities.scan import scan
from newsgraph.quantities.scores import tally_noun
from newsgraph.quantities.units import UNIT_SYMBOLS, to_canonical


def extract_quantities(text: str, doc: Optional[Doc] = None) -> list[Quantity]:
    """Every quantity in `text`, in order, as `Quantity` records.

    With `doc` (a parsed spaCy Doc of the same text) the measured object and count type
    come from the dependency parse; without it, from the neighbouring words. Offsets are
    character offsets into `text`.
    """
    adjective = _adjective_checker(doc) if doc is not None else None
    models = model_numbers(text)
    sizes, glued = named_sizes(text), glued_models(text)
    tags = markup_spans(text) + phone_spans(text)
    out = []
    for found in scan(text, adjective):
        if tags and any(start <= found.start < end for start, end in tags):
            continue  # '<tweet tweet-id="7588…">', "on 020 8583 5555": markup or a telephone number
        if found.kind == "num" and found.unit is None and not found.scaled and found.surface in models:
            continue  # "its popular 737 Max jet" where the text also says "737 Max" again or "787-9"
        if _in_name(text, found, sizes, glued):
            continue
        measures: Optional[str]
        if found.age:
            measures, count_type = age_of(text, found, doc), None
        elif found.elided:
            measures, count_type = None, None  # "not the last twenty": the parse has no noun for it
        else:
            measures, count_type = attach(doc, found) if doc is not None else attach_text(text, found)
            measures = measures or tally_noun(text, found)
        if found.weak and count_type is None and found.low is None and found.high is None:
            continue  # a bare "one" with no count; "at least one of their languages" is a claim
        out.append(to_quantity(text, found, measures, count_type))
    _bracketed_restatements(text, out)
    _elided_by_place(text, out)
    return out


# The gap between an amount (and its counted noun) and a bracketed one after it: "54.4% (+", " projects (".
_BRACKET_GAP_RE = re.compile(r"\s*(?P<noun>[^()\[\].,;:]{0,60}?)\s*[(\[]\s*[+−-]?\s*")


def _bracketed_restatements(text: str, out: list[Quantity]) -> None:
    """"658 projects (59.2 billion US dollars)", "rose 54.4% (+485.7 billion tenge)": a bracketed amount
    right after another one, with no object of its own, measures what that one measures."""
    for before, bracketed in zip(out, out[1:]):
        if bracketed.measures is not None or before.measures is None:
            continue
        gap = _BRACKET_GAP_RE.fullmatch(text, before.end, bracketed.start)
        if gap is not None and (gap.group("noun") == "" or gap.group("noun").endswith(before.measures)):
            bracketed.measures = before.measures


# A bare count followed by a place ("8 in Bradford"), and a gap inside one sentence before it.
_PLACE_AFTER_RE = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]")
_SAME_SENTENCE_GAP_RE = re.compile(r"[^.!?;:\n]{1,80}")


def _elided_by_place(text: str, out: list[Quantity]) -> None:
    """"12 arrests in Leeds and 8 in Bradford", "26 applicants in Portroe with 24 in Toomevara": a bare
    count before a place, after a count of something in the same sentence, counts the same thing."""
    for before, bare in zip(out, out[1:]):
        if bare.measures is not None or bare.unit is not None or before.unit is not None or before.measures is None:
            continue
        if _PLACE_AFTER_RE.match(text, bare.end) and _SAME_SENTENCE_GAP_RE.fullmatch(text, before.end, bare.start):
            bare.measures = before.measures


# A leftover markup tag with attributes: '<tweet tweet-id="758855648595419140">', '<img width="640"/>'.
_MARKUP_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each telephone number written in digit groups ("020 8583 5555", "+44 20 7946 0958")."""
    if "0" not in text and "+" not in text:
        return []
    return [m.span() for m in P.PHONE_GROUPS_RE.finditer(text)
            if sum(c.isdigit() for c in m.group()) >= P.PHONE_MIN_DIGITS]


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each markup tag left in the text; numbers inside them are page furniture."""
    if "<" not in text:
        return []
    return [m.span() for m in _MARKUP_TAG_RE.finditer(text)]


# A number glued to letters or a dash-digit ("787-9", "777x", "A350"), or written twice before
# the same capitalised word ("737 Max" … "737 Max"): the document uses it as a model name.
_GLUED_RE = re.compile(r"(?<![\d.,])(\d{2,4})(?:-(\d{1,3})\b|([A-Za-z]{1,3})\b)")
_ORDINAL_OR_SCALE = frozenset({"st", "nd", "rd", "th", "s", "k", "K", "m", "M", "bn", "B", "b", "pc", "am", "pm"})
_LETTERED_RE = re.compile(r"\b[A-Z]{1,3}-?(\d{2,4})\b")  # "A350", "F-35", "MH17"
_BEFORE_NAME_RE = re.compile(r"(?<![\d.,$€£])\b(\d{2,4}) ([A-Z][A-Za-z]+)")


def model_numbers(text: str) -> set[str]:
    """Numbers the text uses as names of models or series, not as counts."""
    glued = {m.group(1) for m in _GLUED_RE.finditer(text) if _model_suffix(m.group(2), m.group(3))}
    pairs = Counter(m.groups() for m in _BEFORE_NAME_RE.finditer(text))
    repeated = {number for (number, word), n in pairs.items() if n >= 2 and not word.endswith("s")}
    lettered = {m.group(1) for m in _LETTERED_RE.finditer(text)}
    return {n for n in glued | repeated | lettered if int(n) >= 100}  # small numbers collide with counts


# "16-inch MacBook Pro", "10-year Treasury": a hyphenated size before a capitalised name.
_SIZE_BEFORE_NAME_RE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?-[a-z]+)\s+([A-Z][a-z]*[A-Z]?[A-Za-z]*)")
# "Radeon Pro 5500M", "Core 2600K": digits glued to one capital letter right after a name word.
_GLUED_AFTER_NAME_RE = re.compile(r"\b([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*) (\d{1,5}[A-Z])\b")


def named_sizes(text: str) -> set[str]:
    """Hyphenated sizes the text uses as part of a product's name ("16-inch" in "16-inch MacBook Pro").

    A size written twice or more before the same capitalised word names a model when the
    size tells models apart: the text puts another size before the same word ("15-inch
    MacBook" and "16-inch MacBook") or uses the size alone for the model ("the 16-inch is
    quieter"). One size of one product ("my 12-inch MacBook", twice) is its real size.
    """
    pairs = Counter((m.group(1), m.group(2)) for m in _SIZE_BEFORE_NAME_RE.finditer(text))
    sizes_of: dict[str, set[str]] = {}
    for size, word in pairs:
        sizes_of.setdefault(word, set()).add(size)
    return {size for (size, word), n in pairs.items() if n >= 2 and word.lower() not in _NOT_NAMES
            and (len(sizes_of[word]) >= 2 or _size_as_noun(text, size))}


# "the 16-inch is quieter", "the 13-inch's keyboard", "buy the 16-inch.": a size standing for the model.
_SIZE_NOUN_AFTER = (r"(?:'s\b|’s\b|\s*[.,;:!?)]|\s*$|\s+(?:is|was|has|had|does|did|gets|got|comes|came|costs|"
                    r"starts|runs|ran|weighs|offers|won|wins|can|will|would|should|may|might|and|or|but)\b)")


def _size_as_noun(text: str, size: str) -> bool:
    return re.search(rf"\b(?:the|a|this|that|new|old)\s+{re.escape(size)}{_SIZE_NOUN_AFTER}", text, re.I) is not None


def glued_models(text: str) -> set[str]:
    """Digits with a glued capital that follow a name word ("Pro 5500M", "Block 1B"): models, not millions or bytes."""
    return {m.group(2) for m in _GLUED_AFTER_NAME_RE.finditer(text) if m.group(1).lower() not in _NOT_NAMES}


_FIRST_GLUED_RE = re.compile(r"\d{1,5}[A-Z]\b")
_NOT_NAMES = frozenset("the a an and or of in on at to for by from with about over under than some "
                       "nearly almost only just more less up down".split())


def _in_name(text: str, found: Found, sizes: set[str], glued: set[str]) -> bool:
    """Whether a found quantity is a named size or a glued model number (see above)."""
    surface = text[found.num_start:found.end]
    if sizes and found.unit is not None and found.low is None and found.high is None and surface in sizes:
        return True
    if not glued or found.kind != "num" or not (found.scaled or found.unit is not None):
        return False
    first = _FIRST_GLUED_RE.match(text, found.num_start)
    return first is not None and first.group() in glued


def _model_suffix(dash_number: Optional[str], letters: Optional[str]) -> bool:
    """"787-9", "777x", "350neo": a model's suffix; not a unit ("30km"), an ordinal, a scale
    ("20th", "5bn") or a range ("10-15", a dash before more than one digit)."""
    if dash_number is not None:
        return len(dash_number) == 1
    assert letters is not None
    return letters not in _ORDINAL_OR_SCALE and letters not in UNIT_SYMBOLS


def to_quantity(text: str, found: Found, measures: Optional[str], count_type: Optional[str]) -> Quantity:
    """The public record of one found quantity."""
    si_value, si_unit = to_canonical(found.value, found.unit)
    if found.unit is not None and measures is not None and \
            measures.lower() in text[found.num_end:found.end].lower():
        measures = None  # "millions of dollars" measures nothing named by its own unit word
    if measures is not None and (measures in UNIT_SYMBOLS or measures[:1].isdigit()):
        measures = None  # "12-inch MacBook 256GB", "40C (104F)": the parse reached another amount
    return Quantity(
        start=found.start,
        end=found.end,
        text=text[found.start:found.end],
        value=_clean(found.value),
        low=None if found.low is None else _clean(found.low),
        high=None if found.high is None else _clean(found.high),
        unit=found.unit.name if found.unit else None,
        si_value=si_value,
        si_unit=si_unit,
        measures=measures,
        approximate=found.approximate or found.kind == "vague",  # "dozens", "millions of"
        count_type=count_type,
        confidence=_confidence(found, measures),
    )


def _clean(x: float) -> float:
    return float(f"{x:.12g}")


def _confidence(found: Found, measures: Optional[str]) -> float:
    if found.unit is not None:
        return 0.9
    if measures is not None or found.kind in ("vague", "words"):
        return 0.75
    return 0.6


def _adjective_checker(doc: Doc) -> Callable[[int, int], bool]:
    """Confirms a word between a number and its unit modifies the unit ("100 frontline miles")."""

    def check(start: int, end: int) -> bool:
        span = doc.char_span(start, end)
        if span is None or len(span) != 1:
            return False
        token = span[0]
        return token.pos_ == "ADJ" or (token.dep_ in ("compound", "amod") and token.head.i == token.i + 1)

    return check
