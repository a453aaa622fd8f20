"""Stories: near-duplicates and republications, incremental story clustering, and
related stories with the reason they are related.

The core (`StoryIndex`) works on plain `StoryDoc` records; `store` persists its results
in SQLite next to the pipeline's tables.
"""

from newsgraph.stories.cluster import StoryConfig, StoryIndex
from newsgraph.stories.model import Assignment, RelatedStory, StoryDoc
from newsgraph.stories.store import ensure_story_tables, rebuild_stories, update_stories

__all__ = [
    "Assignment", "RelatedStory", "StoryConfig", "StoryDoc", "StoryIndex",
    "ensure_story_tables", "rebuild_stories", "update_stories",
]
