"""The typed record of one article: what `newsgraph analyze` prints.

Every fact carries its evidence as character offsets into `Article.body`, and a
confidence. `Article.to_dict()` returns the public JSON contract documented in the
README; keys may be added but the documented ones keep their names and meaning.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Optional


@dataclass
class Span:
    """A stretch of the body: `body[start:end] == text`."""

    start: int
    end: int
    text: str


@dataclass
class Furniture:
    """A piece of page furniture removed from the body (share line, teaser, prompt …)."""

    kind: str
    text: str


@dataclass
class Related:
    """A teaser for another story found on the page: a link, never a fact of this one."""

    headline: str
    alt_headline: Optional[str] = None
    snippet: Optional[str] = None
    url: Optional[str] = None


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    """A person, organisation, group or place named in the article, with its mentions."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    country: Optional[str] = None
    sector: Optional[str] = None


@dataclass
class Place:
    """A gazetteer entry (GeoNames id where there is one)."""

    geonameid: Optional[int]
    name: str
    feature: str
    country: Optional[str]
    admin1: Optional[str]
    lat: float
    lon: float
    population: int = 0


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    role: str = "mentioned"  # mentioned | event_location | source_location
    confidence: float = 0.0
    kind: str = "toponym"  # toponym | demonym | facility
    alternatives: list[Place] = field(default_factory=list)


@dataclass
class Speaker:
    start: int
    end: int
    text: str
    name: Optional[str] = None
    entity: Optional[str] = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed (a quoted fragment inside a reported clause)
    cue: Optional[Span] = None
    speaker: Optional[Speaker] = None
    confidence: float = 0.0


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    si_value: Optional[float] = None
    si_unit: Optional[str] = None
    measures: Optional[str] = None
    approximate: bool = False
    count_type: Optional[str] = None  # GDELT-style KILL, WOUND, ARREST …
    confidence: float = 0.0


@dataclass
class TimeExpression:
    start: int
    end: int
    text: str
    value: Optional[str]  # TimeML-style value: 2022-02-24, 2022-W08, P4Y, …
    granularity: str  # day | week | month | year | range | duration | time
    anchor: Optional[str] = None  # the date the value was computed against
    anchor_source: Optional[str] = None  # caller | html | text | none
    range_start: Optional[str] = None
    range_end: Optional[str] = None
    type: str = "DATE"  # TimeML type: DATE | TIME | DURATION | SET
    confidence: float = 0.0


@dataclass
class Event:
    type: str  # PLOVER event type
    mode: Optional[str] = None
    cameo: Optional[str] = None
    acled_type: Optional[str] = None
    acled_subtype: Optional[str] = None
    actor: Optional[str] = None
    target: Optional[str] = None
    place: Optional[PlaceMention] = None
    time: Optional[TimeExpression] = None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.0
    modality: str = "asserted"  # asserted | negated | hypothetical | conditional | future
    actor_country: Optional[str] = None
    target_country: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    geo_precision: Optional[int] = None
    time_precision: Optional[int] = None


@dataclass
class Check:
    claim: Span
    kind: str  # distance | date_arithmetic
    computed: Optional[str]
    verdict: str  # consistent | inconsistent | unknown
    stated: Optional[str] = None


@dataclass
class ThemeMention:
    """A word or phrase that puts the article under a theme (GDELT-style code)."""

    start: int
    end: int
    text: str
    theme: str
    confidence: float


@dataclass
class Tone:
    """GDELT GKG V1.5Tone measures of one article (percentages of its words)."""

    tone: float  # positive - negative
    positive: float
    negative: float
    polarity: float  # positive + negative
    activity_density: float  # verbs
    self_group_density: float  # pronouns
    word_count: int
    lexicon: str = "vader"


@dataclass
class Article:
    """One analysed article. Offsets in every fact are character offsets into `body`."""

    id: str
    body: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = None
    furniture: list[Furniture] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    status: str = "ok"  # ok | skipped (e.g. non-English: facts not extracted)
    note: Optional[str] = None
    tone: Optional[Tone] = None
    themes: list[ThemeMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON contract (see README, "The JSON of one article")."""
        return asdict(self)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
