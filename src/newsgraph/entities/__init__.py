"""The article's named entities, grouped: `newsgraph_entities` writes `doc._.ng_entities`.

spaCy's `doc.ents` (PERSON, ORG, NORP, GPE, LOC, FAC, PRODUCT, EVENT) become
`newsgraph.model.Entity` objects, one per thing named:

- names are cleaned: a leading "the", a trailing possessive ("Kyiv's") or full stop,
  and person titles ("President", "Sen.") are left out of the name and the mention;
- surnames and first names join the full name given in the article (Zelensky =
  Volodymyr Zelensky; with several candidates, the nearest full name before wins),
  an acronym joins the name it abbreviates ("FBI" = "Federal Bureau of Investigation"),
  "Russians" joins "Russian", and one country named two ways is one entity (see grouping.py);
- the type is voted over all mentions; a name the model calls PERSON but that is a
  well-known place (a country, a US state or a city of 500,000 people) and never a full
  person name becomes GPE, and ties between PERSON and another label go to the other label
  (the small model calls unknown capitalised words PERSON);
- the small model's types are corrected where the text says better: a name right after
  a person's role is a person ("talent manager Scooter Braun", "envoy to Ukraine Kurt
  Volker", the fused country left out), and so is its surname later ("Neumann said"), as
  is a surname the model typed as a place ("Sondland said"); a name's last word makes it
  a facility ("Jolinda Drive") or an organisation ("… Sheriff's Department"); a span
  across a line break ("Thunderbolt 3\\n\\nApple") is one name a line;
- a name's own words and its neighbours give its kind (see names.py): a job word before
  a name is a title ("Controller Gord Hume"), "Gary Realty" is a firm, "Billy's opened" a shop,
  "exchange Coincheck" a firm;
- given names and surnames (see people.py): "Robin Rector" typed ORG is a person, a word
  run onto a name is left out ("Follow Mitch Stacy"), "Stephen Russell's Dave Allen" is two
  people, "Photo Credit" nobody, and a surname the model left untagged ("Conger said") is a
  mention of the person named in full; a firm's short form joins its name ("Monex" = "Monex
  Group", "USA Hauling" = "USA Hauling and Recycling Inc");
- the words around a name give its kind too (see context.py): ships ("INS Tabar") and owned
  products ("its Edge browser"), places a journey ends at ("heading to Maban"), "Kharkiv and
  Odesa" as two places, a score cut from a team ("Real Madrid 4-0"), "The Louvre reopened";
- names in a set form (see patterns.py): storms ("Hurricane Helene") and cars ("a silver
  Toyota Camry") are one name each, "a Kolkata-class destroyer" and titles ("World Champion")
  name nothing, nor do ordinary words opening a sentence ("Headway was being made"); "used a
  Taser" is a product, and some names the model leaves untagged are found ("ChatGPT", "Wall
  Street", "Twitter users", "beat Brentford 3-0");
- set words and neighbours (round 3): "Ursula von der | Leyen" is one name, "Easter Sunday"
  none, papers ("The Sydney Morning Herald") organisations, "the Paris Olympics" and "the
  Glastonbury Festival" events, "the M25" a road, "the Galaxy S25" and "its vaccine Abrysvo"
  products, "University of Texas at Austin" one name, "Gyeonggi province" the province's name,
  "Belgian King Philippe" a NORP and a person, "Conservative MPs" a party's people;
- these corrections of person and organisation types and spans are written back to
  `doc.ents`, so the places, quotes and events components see them;
- ids are stable across articles: "person:volodymyr-zelensky", "org:firepoint";
- `sector` and `country` are filled only when the text says so: title words and
  appositions next to a mention ("Ukrainian President X" -> government, UA;
  "X, co-owner of Firepoint" -> business).

The words describing each entity (titles, modifiers, appositions) are kept in
`doc._.ng_entity_descriptors` ({entity id: set of lower-case lemmas}) for the quotes
component, which resolves "the Ukrainian leader" or "the company" with them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.entities.context import (
    feature_kind, join_ships, journey_end, landmark_kind, owned_kind, pair_label, person_not_place, place_kind, plural_opening,
    score_end,
    ship_span, ship_starts, square_kind,
)
from newsgraph.entities.describe import country_of, describe, sector_of
from newsgraph.entities.filters import common_noun_org, common_word, word_phrase
from newsgraph.entities.grouping import country_codes, group_mentions, place_names  # noqa: F401 - re-exported
from newsgraph.entities.kinds import (
    common_phrase, dateline_place, hyphen_tail, known_place, no_name, product_name, surnames_with_role, unplaced,
)
from newsgraph.entities.mentions import NameGroup as _Group, NameMention as _Mention
from newsgraph.entities.mentions import add_surnames, owners_of_possessives, relatives
from newsgraph.entities.patterns import (
    add_pattern_names, counted_kind, demonym_only, leading_demonym, member_kind, opening_word, particle_end,
)
from newsgraph.entities.people import (
    load_english_words, lower_words, name_end, name_start, person_by_given_name, possessive_split,
    speaks_by_surname,
)
from newsgraph.entities.names import (
    after_kin, glued_start, kind_by_words, org_after_noun, road_kind, road_number_end, role_prefix_end, role_suffix_start,
    shop_name,
    team_by_context, without_hyphen_tail,
)
from newsgraph.entities.words import (  # noqa: F401 - re-exported
    COUNTRY_ALIASES, FACILITY_HEADS, IRREGULAR_DEMONYMS, LEFT_MODIFIER_DEPS, ORG_HEADS, PERSON_TITLES, ROLE_NOUNS,
    SECTOR_OF_WORD, SECTOR_WORDS, STOP_DESCRIPTORS,
)
from newsgraph.model import Entity, Mention
from newsgraph.nlp import doc_text, register_extensions

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
POSSESSIVE_SUFFIXES = ("'s", "’s", "'", "’")
REGION_NOUNS = frozenset("province state region prefecture oblast district governorate".split())
SPAN_BREAKS = frozenset({"(", ":", ";", "|"})  # a name never runs across these
def slugify(name: str) -> str:
    """ASCII, lower-case, dash-separated: "Volodymyr Zelensky" -> "volodymyr-zelensky"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def entity_id(label: str, name: str) -> str:
    """The id an entity gets in every article: "person:volodymyr-zelensky"."""
    return f"{label.lower()}:{slugify(name)}"


def _is_title(token: Token) -> bool:
    return token.text.lower().rstrip(".") in PERSON_TITLES


def _trim(doc: Doc, text: str, start: int, end: int, label: str) -> Optional[_Mention]:
    """Clean an entity span: drop "the", titles, possessives, "(ACRONYM" and a final stop."""
    for i in range(start, end):
        if doc[i].text in SPAN_BREAKS or (i > start and _breaks_name(doc[i])) or _class_suffix(doc, i):
            end = i
            break
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if label in ("GPE", "LOC") and end - start > 1 and doc[end - 1].lower_ in REGION_NOUNS and doc[end - 1].is_lower:
        end -= 1  # "Gyeonggi province"
    start = glued_start(doc, start, end)
    ship = ship_span(doc, start, end)
    if ship:
        (start, end), label = ship, "PRODUCT"  # "INS Tabar"
    label, start = owned_kind(doc, start, end, label)  # "its Edge browser"
    end = score_end(doc, start, end)
    if label == "FAC":
        end = road_number_end(doc, start, end)
    firm = org_after_noun(doc, start, label)
    if firm:
        label = "ORG"  # "exchange Coincheck"
    elif person_by_given_name(doc, start, end, label, lower_words(doc)):
        label = "PERSON"  # "Robin Rector" typed ORG
    if label == "ORG" and doc[end - 1].lower_ in ("of", "for"):
        end = _name_after(doc, end)  # "Economic Development Corporation of | Wayne County"
    if label == "ORG" and doc[start].text == "University":
        end = _campus_end(doc, end)  # "University of Texas | at Austin"
    given = label
    label, start = _person_after_role(doc, start, end, label)
    titles: list[str] = []
    if label == "PERSON":
        while start < end - 1 and _is_title(doc[start]):
            titles.append(doc[start].text.lower().rstrip("."))
            start += 1
    label, start, end, titles = _job_words(doc, start, end, label, titles)
    if label == "PERSON":
        start = name_start(doc, start, end, lower_words(doc))
        while start < end - 1 and _is_title(doc[start]):  # "Belgian | King Philippe"
            titles.append(doc[start].text.lower().rstrip("."))
            start += 1
        end = name_end(doc, start, end, lower_words(doc))
        end = hyphen_tail(doc, start, _before_count(doc, start, end))
        end = particle_end(doc, start, end)  # "Erik | ten Hag"
    while end > start and (doc[end - 1].text in POSSESSIVE_SUFFIXES or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    first, last = doc[start], doc[end - 1]
    s, e = first.idx, last.idx + len(last.text)
    text = text[s:e]
    for suffix in POSSESSIVE_SUFFIXES[:2]:
        if text.endswith(suffix) and len(text) > len(suffix):
            text, e = text[: -len(suffix)], e - len(suffix)
    if text.endswith(".") and "." not in text[:-1] and len(text) > 1:
        text, e = text[:-1], e - 1
    text = without_hyphen_tail(text)  # "U.S.-run"
    e = s + len(text)
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return None
    if label == "ORG" and _in_title(doc, start, end) and not text.isupper():
        return None
    kin = end - start == 1 and label in ("PERSON", "ORG", "GPE", "NORP", "LOC") and after_kin(doc, start)
    label = "PERSON" if kin else label  # "his daughter, Danielle"
    role = bool(titles) or label != given or kin or _word_before(doc, start) in ROLE_NOUNS
    after_the = start > 0 and doc[start - 1].lower_ == "the"
    leader = end - start == 1 and end < len(doc) and doc[end].lower_ in LEADER_TERMS
    kind = journey_end(doc, start, end, feature_kind(doc, end, square_kind(doc, start, end, head_label(text, label))))
    kind = counted_kind(doc, start, end, kind)  # "used a Taser to", "browsers such as IE"
    kind = member_kind(doc, start, end, road_kind(doc, start, end, kind))  # "the M25", "Labour MPs"
    kind = place_kind(doc, start, end, kind)  # "in Montevideo", "at Felixstowe port"
    mention = _Mention(s, e, text, kind, (start, end), tuple(titles), role=role, after_the=after_the)
    mention.leader = leader
    mention.versus = end - start == 1 and _plural_versus(doc, start, end)
    mention.firm = firm
    mention.based = end + 1 < len(doc) and doc[end].text in ("-", "‐") and doc[end + 1].lower_ == "based"
    return mention


def _campus_end(doc: Doc, end: int) -> int:
    """The end of a university's name with its campus after "at" ("University of Texas at
    Austin"); `end` when no capitalised place follows."""
    i = end + 1
    if end >= len(doc) or doc[end].lower_ != "at" or i >= len(doc) or not doc[i].is_title:
        return end
    while i < len(doc) and (doc[i].is_title or (doc[i].text == "-" and i + 1 < len(doc) and doc[i + 1].is_title)):
        i += 1
    return i


def _class_suffix(doc: Doc, i: int) -> bool:
    """True at the hyphen of "-class" run onto a name ("Arleigh Burke-class"), where it ends."""
    return i > 0 and i + 1 < len(doc) and doc[i].text in ("-", "‐") and doc[i + 1].lower_ == "class"


def _name_after(doc: Doc, end: int) -> int:
    """The end of the entity starting at token `end`, or `end` when none starts there."""
    return next((ent.end for ent in doc.ents if ent.start == end and ent.label_ in ("GPE", "LOC", "ORG")), end)


def _job_words(doc: Doc, start: int, end: int, label: str, titles: list[str]) -> tuple[str, int, int, list[str]]:
    """Leave a job word out of a person's name ("Controller Gord Hume", "Health Educator Jill
    Heuchert" typed ORG), and one ending a span before the name that follows ("Charles City
    Sheriff", "DNR Lt."): what is left is a place or an organisation."""
    if label not in ("PERSON", "ORG"):
        return label, start, end, titles
    cut = role_prefix_end(doc, start, end, label)
    if cut > start:
        return "PERSON", cut, end, titles + [t.lower_.rstrip(".") for t in doc[start:cut]]
    new_end = role_suffix_start(doc, start, end)
    if new_end < end:
        rest = doc[start:new_end].text
        return ("GPE" if known_place(rest) and not rest.isupper() else "ORG"), start, new_end, titles
    return label, start, end, titles


# A one-word name before these is a leader's surname: "the Trump administration", "the Obama presidency".
LEADER_TERMS = frozenset({"administration", "presidency"})


VERSUS = frozenset({"vs", "vs.", "v.", "versus"})


def _plural(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.text.endswith("s") and not token.text.endswith(("ss", "us", "is"))


def _plural_versus(doc: Doc, start: int, end: int) -> bool:
    """True for a plural name on either side of "vs." with another plural name: two teams."""
    if not _plural(doc[start]):
        return False
    after = end + 1 < len(doc) and doc[end].lower_ in VERSUS and _plural(doc[end + 1])
    return after or (start >= 2 and doc[start - 1].lower_ in VERSUS and _plural(doc[start - 2]))


# Office words that make the capitalised words before or after them a title, not an organisation:
# "Energy Secretary Rick Perry", "National Security Adviser", "Secretary of State".
OFFICE_WORDS = frozenset({"Secretary", "Adviser", "Advisor", "Minister"})


def _in_title(doc: Doc, start: int, end: int) -> bool:
    """True for a name that is part of an office's title ("Energy" of "Energy Secretary"); an
    acronym ("CIA Director") is left to the caller."""
    if end < len(doc) and doc[end].text in OFFICE_WORDS:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in OFFICE_WORDS


def _before_count(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ends when the model ran it on into a count and what it counts
    ("Lena Park 12 points", "Ortiz 2 saves"): at the first number after a name word."""
    for i in range(start + 1, end):
        if doc[i].is_digit and doc[i - 1].is_alpha:
            return i
    return end


# Lower-case words that may sit inside a name ("Bank of America", "Council on Foreign Relations").
NAME_CONNECTORS = frozenset("of the and for on in de la le von van du der al el bin da di y at upon del".split())
NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADP", "ADV", "ADJ", "SCONJ", "PRON"})


def _breaks_name(tok: Token) -> bool:
    """A lower-case verb, preposition or the like ends a name the model ran on:
    "American Music Awards | after Swift", "Garrett | hit Rudolph"."""
    return tok.is_lower and tok.is_alpha and tok.lower_ not in NAME_CONNECTORS and tok.pos_ in NOT_IN_NAMES


def head_label(name: str, label: str) -> str:
    """The label a name's last word gives it: "Jolinda Drive" is a facility, "Bartholomew
    County Sheriff's Department" an organisation, whatever the small model said."""
    if label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and product_name(name, person=label == "PERSON"):
        return "PRODUCT"
    by_words = kind_by_words(name, label)
    if by_words != label:
        return by_words
    head = name.rsplit(None, 1)[-1].lower()
    if head in FACILITY_HEADS and label in ("PERSON", "ORG", "GPE"):
        return "FAC"
    if head in ORG_HEADS and label in ("PERSON", "GPE", "LOC", "FAC"):
        return "ORG"
    return label


def collect_mentions(doc: Doc) -> list[_Mention]:
    """The cleaned named-entity mentions of the doc, in text order."""
    mentions = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        for start, end, label in _name_pieces(doc, ent):
            m = _trim(doc, text, start, end, label)
            if m is not None and not no_name(doc, *m.tokens, m.label):
                m.source = (ent.start, ent.end)
                mentions.extend(leading_demonym(doc, start, m))  # "Belgian | King Philippe"
                mentions.append(demonym_only(doc, m) or m)  # "the Palestinian health ministry"
    return _drop_covered(add_pattern_names(doc, text, _add_ships(doc, text, mentions)))


def _drop_covered(mentions: list[_Mention]) -> list[_Mention]:
    """The mentions (in text order) without those inside a longer one before them ("Austin"
    in "University of Texas at Austin", where the name ran on over a second entity)."""
    kept: list[_Mention] = []
    reach = -1
    for m in mentions:
        start, end = m.tokens
        if end <= reach and kept and end - start < kept[-1].tokens[1] - kept[-1].tokens[0]:
            continue
        kept.append(m)
        reach = max(reach, end)
    return kept


def _add_ships(doc: Doc, text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Add the ships' names the model left untagged ("HMS Diamond"), in text order."""
    taken = {i for m in mentions for i in range(*m.tokens)}
    added = []
    for start in ship_starts(doc, text):
        if start not in taken and start + 1 not in taken:
            m = _trim(doc, text, start, start + 1, "PRODUCT")
            if m is not None and m.tokens[1] - m.tokens[0] > 1:
                m.source = m.tokens
                added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _name_pieces(doc: Doc, ent: Span) -> list[tuple[int, int, str]]:
    """The line pieces of an entity span, each with its label; a person's name after a
    possessive inside a piece ("Stephen Russell's Dave Allen") is a piece of its own."""
    pair = pair_label(doc, ent)
    if pair:
        return [(ent.start, ent.start + 1, pair), (ent.end - 1, ent.end, pair)]  # "Kharkiv and Odesa"
    out = []
    for start, end in _line_pieces(doc, ent):
        cut = possessive_split(doc, start, end, lower_words(doc)) if ent.label_ in ("PERSON", "ORG", "FAC") else None
        out.extend([(start, cut - 1, ent.label_), (cut, end, "PERSON")] if cut else [(start, end, ent.label_)])
    return out


def _line_pieces(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """The token ranges of an entity span split at line breaks, keeping pieces that hold a
    proper noun: "Thunderbolt 3\\n\\nApple" names two things, "Amazon\\n\\nSince" one. A
    person's or an organisation's name is also split at a comma that starts another name
    ("Bleacher Report, Uber Eats"; not "Apple, Inc." nor "Smith, Jr.")."""
    if "\n" not in ent.text and not any(_splits(doc, ent, i) for i in range(ent.start + 1, ent.end - 1)):
        return [(ent.start, ent.end)]
    pieces, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or "\n" in doc[i].text or (ent.start < i < ent.end - 1 and _splits(doc, ent, i)):
            if any(doc[j].pos_ == "PROPN" for j in range(start, i)):
                pieces.append((start, i))
            start = i + 1
    return pieces


# Last words of firms' names, after which the first word alone may name the firm ("Monex Group").
NAME_SUFFIXES = frozenset("inc inc. ltd ltd. llc co co. corp corp. plc jr jr. sr sr. ii iii iv lp l.p. s.a. n.a.".split())


def _splits(doc: Doc, ent: Span, i: int) -> bool:
    """True when token `i` (inside `ent`, not its ends) is a comma before a capitalised word
    in a person's or organisation's name, or the "and" closing such a list ("Hulu, Sling and
    Apple TV"): names run together."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    if ent.label_ == "PERSON" and doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_ and doc[i].whitespace_:
        return True  # a heading run into a name: "Emulating Salah - Yehia Hammad"
    if any(doc[j].lower_ in ("of", "for", "on") for j in range(ent.start, i)):
        return False  # "Ministry of Trade, Industry and Energy", "Council on Energy, Environment and Water"
    if doc[i].lower_ == "and":
        return any(_list_comma(doc, j) for j in range(ent.start + 1, i))
    return _list_comma(doc, i)


def _list_comma(doc: Doc, i: int) -> bool:
    """True for a comma before a capitalised word that is no suffix ("Apple, Inc.", "Smith, Jr.")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].text == "," and after is not None and after.text[:1].isupper() and after.lower_ not in NAME_SUFFIXES


def _person_after_role(doc: Doc, start: int, end: int, label: str) -> tuple[str, int]:
    """A name the small model typed as a place or organisation, right after a person's role
    ("talent manager Scooter Braun", "envoy to Ukraine Kurt Volker"), is a person; a country
    fused onto the front of such a name is left out. Returns the label and the new start."""
    if label not in ("ORG", "GPE", "NORP", "LOC") or end - start < 2 or start == 0:
        return label, start
    first = start
    if doc[start].lower_ in country_codes() and end - start >= 3:
        start += 1
    if not all(doc[i].is_title and doc[i].is_alpha for i in range(start, end)):
        return label, first
    if start > first:
        role = {doc[i].lower_.rstrip(".") for i in range(max(0, first - 3), first)} & ROLE_NOUNS
    else:
        role = {_word_before(doc, first)} & ROLE_NOUNS
    return ("PERSON", start) if role else (label, first)


def _word_before(doc: Doc, i: int) -> str:
    """The lower-case word before token `i`, full stops skipped ("Lt. Col. X" -> "col")."""
    i -= 1
    while i >= 0 and doc[i].text == ".":
        i -= 1
    return doc[i].lower_.rstrip(".") if i >= 0 else ""


def build_entities(doc: Doc) -> tuple[list[Entity], dict[str, set[str]]]:
    """The doc's entities (text order of first mention) and the words describing each."""
    mentions = collect_mentions(doc)
    dateline = dateline_place(doc_text(doc))
    for m in mentions:
        if dateline and dateline[0] <= m.start and m.end <= dateline[1]:
            m.label = "GPE"  # "BUFFALO, N.Y. —" typed NORP
    doc.user_data["_ng_mention_index"] = {i: m for m in mentions for i in range(*m.tokens)}
    groups = group_mentions(mentions)
    lower = lower_words(doc)
    groups = [g for g in groups if g.mentions and not common_word(doc, g, lower) and not word_phrase(doc, g)
              and not common_noun_org(doc, g, lower) and not plural_opening(doc, g) and not opening_word(doc, g)]
    groups = join_ships(groups)
    surnames = surnames_with_role(doc_text(doc), ROLE_NOUNS)
    for g in groups:
        label = g.label()
        if label == "PERSON" and common_phrase((m.text for m in g.mentions), lower, any(m.role for m in g.mentions)):
            for m in g.mentions:
                m.label = "ORG"  # "Best Buy", "Full Fact": a firm's or a product's name, not a person's
        elif label == "GPE" and unplaced(doc, (m.tokens for m in g.mentions)):
            for m in g.mentions:
                m.label = "ORG"  # "Ubisoft said": no place
        elif label == "ORG" and (g.name in surnames or speaks_by_surname(doc, g.name, (m.tokens for m in g.mentions))):
            for m in g.mentions:
                m.label = "PERSON"  # "Jeff Sanborn, president of ..." ... "Sanborn said"
        elif label == "PERSON" and _shop_or_team(doc, g, groups):
            for m in g.mentions:
                m.label = "ORG"  # "Billy's opened", "Scott West fans"
        elif label == "PERSON" and landmark_kind(doc, g):
            g.mentions[0].label = landmark_kind(doc, g) or label  # "The Louvre reopened"
        elif label == "FAC" and person_not_place(doc, g):
            for m in g.mentions:
                m.label = "PERSON"  # "Ethiopia's Tigst Assefa"
    groups = owners_of_possessives(doc, groups)
    groups.extend(relatives(doc, groups, mentions))
    add_surnames(doc, groups, mentions, lower)
    words = describe(doc, mentions)
    doc.user_data.pop("_ng_mention_index", None)
    doc.user_data.pop("_ng_lower_words", None)  # a per-Doc cache, not to be serialised
    retype_ents(doc, mentions)
    entities, descriptors = [], {}
    for g in sorted(groups, key=lambda g: g.mentions[0].start):
        entity = _to_entity(g, words.get(id(g), set()))
        entities.append(entity)
        descriptors[entity.id] = words.get(id(g), set())
    return entities, descriptors


def _shop_or_team(doc: Doc, group: _Group, groups: list[_Group]) -> bool:
    """True for a "person" that is a shop named after its owner ("Billy's opened") or a team
    ("Scott West fans"), unless its word is part of a person's full name in the article."""
    spans = [m.tokens for m in group.mentions]
    if team_by_context(doc, spans):
        return True
    word = group.name.lower()
    return not any(g is not group and g.label() == "PERSON" and word in g.name.lower().split() for g in groups) and shop_name(doc, spans)


# Types the grouping may correct in doc.ents; places keep the model's word (the places
# component judges those against the gazetteer).
RETYPES = {("ORG", "PERSON"), ("GPE", "PERSON"), ("NORP", "PERSON"), ("LOC", "PERSON"),
           ("FAC", "PERSON"), ("PERSON", "ORG")}


def retype_ents(doc: Doc, mentions: list[_Mention]) -> None:
    """Write what grouping learnt back to `doc.ents`, so the components after this one see
    it: a surname typed as a place is a person ("Sondland said"), a name after a role is a
    person, and an entity across a line break is one entity a line."""
    labels: dict[int, str] = {}
    pieces: dict[tuple[int, int], list[_Mention]] = {}
    for m in mentions:
        pieces.setdefault(m.source, []).append(m)
    ents, changed = [], False
    for ent in doc.ents:
        found = pieces.get((ent.start, ent.end))
        if not found:
            ents.append(ent)
            continue
        for m in found:
            group = m.entity
            label = ent.label_
            if group is not None:
                if id(group) not in labels:
                    labels[id(group)] = group.label()
                voted = labels[id(group)]
                if (ent.label_, voted) in RETYPES and not (voted == "ORG" and len(ent) > 1):
                    label = voted  # a full name the model typed PERSON keeps it in doc.ents
            start, end = (ent.start, ent.end) if len(found) == 1 and "\n" not in ent.text else m.tokens
            if len(found) > 1 and m.label in ("GPE", "NORP"):
                label = m.label  # "Kharkiv and Odesa" typed ORG: two places; "Belgian | King Philippe"
            changed |= label != ent.label_ or (start, end) != (ent.start, ent.end)
            ents.append(Span(doc, start, end, label=label))
    if changed:
        doc.ents = ents


def _to_entity(group: _Group, words: set[str]) -> Entity:
    label = group.label()
    name = _canonical_name(group, label)
    mentions = [Mention(m.start, m.end, m.text) for m in sorted(group.mentions, key=lambda m: m.start)]
    entity = Entity(id=entity_id(label, name), name=name, type=label, mentions=mentions)
    name_words = {w.lower() for w in name.split()}
    if label in ("PERSON", "ORG"):
        entity.sector = sector_of(words | (name_words if label == "ORG" else set()))
        entity.country = country_of(words)
    elif label in ("NORP", "GPE"):
        codes = country_codes()
        entity.country = codes.get(name.lower()) or codes.get(name.lower().rstrip("s"))
    return entity


def _canonical_name(group: _Group, label: str) -> str:
    """The fullest name for people, organisations and products ("MV Gibe", not "Gibe"), the
    most used form for the rest."""
    texts = [m.text for m in group.mentions]
    if label in ("PERSON", "ORG", "PRODUCT"):
        return max(texts, key=lambda t: (len(t.split()), len(t), -texts.index(t)))
    return max(texts, key=lambda t: (texts.count(t), -len(t), -texts.index(t)))


class EntitiesComponent:
    """spaCy component: groups `doc.ents` into `doc._.ng_entities` (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        if not Doc.has_extension("ng_entity_descriptors"):
            Doc.set_extension("ng_entity_descriptors", default=None)
        place_names()
        country_codes()
        load_english_words(nlp)

    def __call__(self, doc: Doc) -> Doc:
        entities, descriptors = build_entities(doc)
        doc._.ng_entities = entities
        doc._.ng_entity_descriptors = descriptors
        return doc


@Language.factory(
    "newsgraph_entities",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.ng_entities", "doc._.ng_entity_descriptors"],
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    """Factory for `nlp.add_pipe("newsgraph_entities")`."""
    return EntitiesComponent(nlp, name)
