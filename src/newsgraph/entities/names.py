"""What a name's own words and its neighbours say about its kind, for `newsgraph.entities`.

- A job or office word written capitalised before a person's name is no part of the name
  ("Controller Gord Hume", "K-9 Trooper Jason McCowan", "Health Educator Jill Heuchert" in a
  span the model typed ORG): the name starts after it. A "name" that is such a word alone
  ("Restaurateur" opening a headline) names nobody; one ending in it ("Charles City Sheriff"
  before the sheriff's name) is the place or organisation before it.
- The last word of a name may make it a business or a group ("Gary Realty", "Dublin Singers"),
  a venue ("Knucklehead's Bar", "Blossom Deli") or an event ("St. Patrick's Day", "Art
  Stroll"); a name opening with "Operation" is a military operation, one opening with a car
  maker ("Ford Explorer") a product, one opening with "Team" a team.
- A one-word "person" always written with "'s" and used as a noun of its own ("Billy's opened",
  "taken Billy's into bankruptcy") is a shop or restaurant named after its owner.
- A "person" whose mentions run on into a team's words ("Scott West fans", "the Scott West
  wrestling team") is a school's or a town's team.
- A name right after a common noun for a firm or an outlet ("cryptocurrency exchange Coincheck",
  "exploration firm Ocean Infinity") is an organisation's, however the model typed it.
- A name in apposition to a kinship word ("his daughter, Danielle", "cousins Dillon") is a person.
- Common initialisms ("DUI", "GPS") and grade ranges ("K-12") are no names, nor is a title-case
  headline the model took whole for an organisation; a compass word alone ("the Northwest") is
  a region; a "person" ending in "County", "Twp." or "River" is a place.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc

# Jobs and offices local news writes capitalised before a name ("Controller Gord Hume").
OCCUPATIONS = frozenset(
    """controller comptroller restaurateur machinist machinists trooper educator councilwoman councilman
    councilmember councillor councilor alderman alderwoman selectman selectwoman trustee treasurer clerk
    auditor assessor coroner constable deputy sheriff marshal ranger warden superintendent principal
    teacher pastor priest chef owner engineer mechanic pilot inspector investigator supervisor
    administrator coordinator director manager officer patrolman firefighter paramedic dispatcher
    attorney lawyer chairman chairwoman commissioner spokesman spokeswoman secretary president senator
    delegate legislator counselor nurse physician surgeon pharmacist detective lieutenant sergeant
    captain corporal colonel general chief judge mayor governor representative lt sgt capt cpl col gen""".split()
)
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]\.)$")

# Offices only a person holds: even a one-word name after one is a person's ("Councilwoman Tameika").
PERSONAL_OFFICES = frozenset(
    "councilwoman councilman councilmember councillor councilor alderman alderwoman selectman selectwoman trooper".split()
)
# Words of firms' names after which no person's name is meant.
FIRM_WORDS = frozenset(
    """group motors financial electric dynamics insurance bank airlines systems holdings partners services
    centers centres industries company corp inc llc""".split()
)
BUSINESS_HEADS = frozenset(
    """realty development developers construction builders contractors players singers chorus choir
    chorale orchestra ensemble troupe league liga""".split()
)
VENUE_HEADS = frozenset(
    """bar pub tavern saloon deli restaurant cafe café grill diner bistro bakery brewery winery hotel motel
    marina hangar hanger theater theatre""".split()
)
EVENT_HEADS = frozenset("day eve stroll festival parade marathon fair".split())
GAMES_HEADS = frozenset("olympics paralympics festival marathon".split())  # never an organisation's last word
# Last words of newspapers' names ("The Sydney Morning Herald"), which the model calls events or places.
PAPER_HEADS = frozenset("herald times post journal gazette tribune telegraph chronicle guardian observer inquirer".split())
# Last words of the names of places and natural features, which no person's name ends with.
REGION_HEADS = frozenset("county parish township twp borough".split())
# ("Lake", "Bay", "Island" are also surnames: "Ricki Lake" stays a person.)
FEATURE_HEADS = frozenset("lakes river creek mountains islands canyon".split())
SEA_HEADS = frozenset("shoal shoals reef atoll strait".split())  # never a building's or a person's last word
STREET_HEADS = frozenset("street avenue road drive lane boulevard highway".split())
CAR_MAKERS = frozenset(
    """ford toyota honda nissan chevrolet chevy dodge jeep buick cadillac subaru mazda hyundai kia
    volkswagen audi bmw porsche volvo lexus acura infiniti tesla chrysler pontiac gmc""".split()
)
TEAM_AFTER = frozenset(
    """team teams fans squad captains wrestling football basketball baseball softball volleyball hockey
    soccer wrestlers players""".split()
)
KIN_NOUNS = frozenset(
    """daughter daughters son sons wife husband widow widower mother father brother brothers sister sisters
    cousin cousins grandson granddaughter nephew niece uncle aunt grandmother grandfather stepfather
    stepmother stepson stepdaughter fiancé fiancee fiancée girlfriend boyfriend""".split()
)
COMPASS = frozenset("north south east west northeast northwest southeast southwest midwest".split())
# Initialisms of common nouns, no names ("a KO in the fifth round", "an MRI scanner").
COMMON_INITIALISMS = frozenset(
    """dui dwi owi gps atm hiv dna gpa suv atv ged ko tko mvp ipo gdp mri icu cctv usb pdf html url vpn ivf
    nft rpg""".split()
)
GRADE_RANGE = re.compile(r"^(?:Pre-?)?K-\d{1,2}$")
# A word glued to the next sentence's first word when a page lost a space ("said KinneyThe U.S. ...").
GLUED = re.compile(r"^[A-Z]?[a-z]+(?:The|A|An|In|On|At|He|She|It|This|That|They|We)$")
ROAD_WORDS = frozenset("road route highway interstate".split())
# Common nouns for firms and outlets, before a name in close apposition ("exchange Coincheck").
ORG_NOUNS = frozenset(
    """company firm exchange brokerage startup retailer bank lender insurer carrier airline maker
    manufacturer developer publisher broadcaster network website app platform agency outlet newspaper
    chain operator supplier distributor conglomerate""".split()
)
HYPHEN_TAIL = re.compile(r"^(.+?)[-‐](?:run|based|led|owned|backed|born|made|funded|style|era)$")


def _name_run(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) are all name words ("Gord", "McCowan", "D.")."""
    return end > start and all(NAME_TOKEN.match(doc[i].text) for i in range(start, end)) and len(doc[end - 1].text) > 1


def role_prefix_end(doc: Doc, start: int, end: int, label: str = "PERSON") -> int:
    """Where the person's name starts in a span holding a capitalised job word before it
    ("Controller Gord Hume" -> at "Gord"); `start` when there is none. At least one name word
    must follow, two when something stands before the job word ("K-9 Trooper Jason McCowan")
    or the model typed the span ORG, and no firm's word ("General Motors", "Principal
    Financial Group" stay firms)."""
    for i in range(end - 2, start - 1, -1):
        token = doc[i]
        if token.lower_.rstrip(".") in OCCUPATIONS and token.text[:1].isupper() and _name_run(doc, i + 1, end):
            if (i == start and (label == "PERSON" or token.lower_ in PERSONAL_OFFICES)) or end - i - 1 >= 2:
                return i + 1 if not FIRM_WORDS & {t.lower_ for t in doc[i + 1 : end]} else start
    return start


def role_suffix_start(doc: Doc, start: int, end: int) -> int:
    """Where a span ends when its last word is a job word before a following name ("Charles City
    Sheriff | Javier Smith", "DNR Lt. | Jerry Shepherd"): before that word; `end` otherwise."""
    if end - start < 2 or doc[end - 1].lower_.rstrip(".") not in OCCUPATIONS:
        return end
    after = end + 1 if end < len(doc) and doc[end].text == "." else end
    return end - 1 if after < len(doc) and NAME_TOKEN.match(doc[after].text) else end


ROAD_NUMBER = re.compile(r"^(?:[AMN]\d{1,3}(?:\(M\))?|I-\d{1,3})$")  # "the M25", "the A1(M)", "the I-95"


def road_kind(doc: Doc, start: int, end: int, label: str) -> str:
    """FAC for a road's number after "the" ("heavy on the M25"), which the model calls an
    organisation; the label otherwise (not "an M16 rifle", nor "the A350" typed a product)."""
    if label == "PRODUCT" or end - start != 1 or start == 0 or doc[start - 1].lower_ != "the":
        return label  # "the A350" the model calls a product is a plane
    if not ROAD_NUMBER.match(doc[start].text):
        return label
    return "FAC"


def glued_start(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when its first token is a word glued to it ("KinneyThe U.S. Air Force")."""
    return start + 1 if end - start > 1 and GLUED.match(doc[start].text) else start


def road_number_end(doc: Doc, start: int, end: int) -> int:
    """Where a road's name ends when the model left its number out ("County Road | 35")."""
    if end < len(doc) and doc[end - 1].lower_ in ROAD_WORDS and doc[end].like_num and end - start >= 1:
        return end + 1
    return end


def lone_occupation(doc: Doc, start: int, end: int) -> bool:
    """True for a "name" that is one job word ("Restaurateur")."""
    return end - start == 1 and doc[start].lower_ in OCCUPATIONS


def kind_by_words(name: str, label: str) -> str:
    """The label a name's first or last word gives it (see the module docstring)."""
    words = name.split()
    head, first = words[-1].lower().strip("'’"), words[0].lower()
    if first == "operation" and len(words) > 1:
        return "EVENT"
    if head in EVENT_HEADS and len(words) > 1 and label in ("GPE", "FAC", "LOC"):
        return "EVENT"
    if head in GAMES_HEADS and len(words) > 1 and label in ("ORG", "PERSON"):
        return "EVENT"  # "the Paris Olympics"
    if head in PAPER_HEADS and len(words) > 1 and label in ("EVENT", "GPE", "LOC", "FAC", "PERSON", "PRODUCT"):
        return "ORG"  # "The Sydney Morning Herald"
    if first in CAR_MAKERS and len(words) > 1 and label == "PERSON":
        return "PRODUCT"
    if first == "team" and len(words) > 1 and label == "PERSON":
        return "ORG"
    if head in BUSINESS_HEADS and len(words) > 1 and label in ("PERSON", "GPE", "LOC", "FAC"):
        return "ORG"
    if head in VENUE_HEADS and len(words) > 1 and label in ("PERSON", "GPE", "LOC"):
        return "FAC"
    if len(words) > 1 and label == "PERSON" and head.rstrip(".") in REGION_HEADS:
        return "GPE"  # "Tewksbury Twp."
    if len(words) > 1 and label == "PERSON" and head in FEATURE_HEADS:
        return "LOC"  # "Rum River"
    if len(words) > 1 and label in ("PERSON", "FAC", "ORG") and head in SEA_HEADS:
        return "LOC"  # "Scarborough Shoal"
    if len(words) > 1 and label == "EVENT" and head in STREET_HEADS:
        return "FAC"  # "Post Road"
    if len(words) == 1 and first in COMPASS and label in ("ORG", "PERSON"):
        return "LOC"
    return label


def headline_sentence(doc: Doc, start: int, end: int) -> bool:
    """True for a "name" of five words or more that is a whole sentence ("Georgia Arrests
    Opposition Members on Arms Charges."): a headline in title case, no organisation's name."""
    if end - start < 5 or not doc[start].is_sent_start or end >= len(doc) or doc[end].text != ".":
        return False
    return end + 1 >= len(doc) or bool(doc[end + 1].is_sent_start)


def common_initialism(doc: Doc, start: int, end: int) -> bool:
    """True for a common noun's initialism or a grade range ("DUI", "K-12"): no name."""
    text = doc[start:end].text
    return (end - start == 1 and doc[start].lower_ in COMMON_INITIALISMS) or GRADE_RANGE.match(text) is not None


def without_hyphen_tail(text: str) -> str:
    """The name without an adjective-making tail ("U.S.-run" -> "U.S.")."""
    match = HYPHEN_TAIL.match(text)
    return match.group(1) if match else text


def after_kin(doc: Doc, start: int) -> bool:
    """True for a name right after a kinship word, a comma between or not ("his daughter, Danielle")."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in KIN_NOUNS


def shop_name(doc: Doc, spans: Iterable[tuple[int, int]]) -> bool:
    """True when every mention of a one-word name has "'s" after it and one of them is used as a
    noun of its own ("Billy's opened", "taken Billy's into bankruptcy"), not as an owner."""
    spans = list(spans)
    if not spans or any(end - start != 1 for start, end in spans):
        return False
    noun_use = False
    for start, end in spans:
        if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
            return False
        after = doc[end + 1].pos_ if end + 1 < len(doc) else ""
        noun_use |= after in ("VERB", "AUX", "ADP")
    return noun_use


def team_by_context(doc: Doc, spans: Iterable[tuple[int, int]]) -> bool:
    """True when at least two mentions run on into a team's words ("Scott West fans", "Scott West
    Wrestling team")."""
    hits = 0
    for _, end in spans:
        words = {doc[i].lower_ for i in range(end, min(end + 2, len(doc)))}
        hits += bool(words & TEAM_AFTER)
    return hits >= 2


def org_after_noun(doc: Doc, start: int, label: str) -> bool:
    """True for a name typed a person or a place right after a common noun for a firm or an
    outlet ("cryptocurrency exchange Coincheck"): an organisation."""
    if label not in ("PERSON", "GPE", "LOC", "NORP") or start == 0:
        return False
    before = doc[start - 1]
    return before.lower_ in ORG_NOUNS and before.pos_ == "NOUN"
