"""Plain records the story index works on, independent of the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping, Optional


@dataclass
class StoryDoc:
    """One article as the story index sees it.

    `entities` are entity ids ("person:volodymyr-zelensky"), `places` GeoNames ids as
    strings or place names, `events` event keys ("ASSAULT:RUS"); `published` an ISO date.
    """

    id: str
    title: Optional[str]
    body: str
    published: Optional[str] = None
    entities: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass
class RelatedStory:
    """Another story that shares real content with an article, and what it shares."""

    story_id: str
    score: float
    entities: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """A short reason: 'shared entities: a, b; shared places: c' (ids as they are)."""
        return self.describe({})

    def describe(self, names: Mapping[str, str]) -> str:
        """The reason with each shared id shown by its name in `names` where it has one."""
        parts = []
        for label, items in (("entities", self.entities), ("places", self.places),
                             ("events", self.events)):
            if items:
                parts.append(f"shared {label}: {', '.join(names.get(i, i) for i in items)}")
        return "; ".join(parts)


@dataclass
class Assignment:
    """Where `StoryIndex.add` put an article.

    `duplicate_of` is the closest earlier copy (None when the article is no copy),
    `duplicate_kind` one of exact | headline_only | light_edits | word_swap, and
    `original_id` the earliest copy of the group (by date where dates allow).
    `similarity` is the score against the story joined (1.0 for a new story);
    `topic_id` the broader topic the story belongs to (stories of the same kind of event).
    `merged` / `topic_merged` list the (absorbed, kept) ids of clusters this article's
    arrival merged, so a store can relabel the absorbed one's articles.
    """

    story_id: str
    duplicate_of: Optional[str] = None
    duplicate_kind: Optional[str] = None
    similarity: float = 0.0
    new_story: bool = False
    original_id: Optional[str] = None
    duplicate_similarity: float = 0.0
    related: list[RelatedStory] = field(default_factory=list)
    topic_id: str = ""
    merged: list[tuple[str, str]] = field(default_factory=list)
    topic_merged: list[tuple[str, str]] = field(default_factory=list)


def parse_day(value: Optional[str]) -> Optional[int]:
    """The proleptic ordinal day of an ISO date or datetime string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None
