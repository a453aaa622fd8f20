"""The errors newsgraph raises. Each message says what went wrong and what to do.

The CLI turns any `NewsgraphError` into one clear line and a non-zero exit; a batch
records a failed article's error in the `errors` table and goes on.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: the message is meant for the user, as one line."""


class InputError(NewsgraphError):
    """The input cannot be analysed: empty, binary, undecodable, too large."""


class ExtractionError(NewsgraphError):
    """The page holds no article text we could find."""


class GazetteerError(NewsgraphError):
    """The gazetteer index is missing or corrupt."""


class StoreError(NewsgraphError):
    """The database cannot be opened or written."""


class FetchError(NewsgraphError):
    """A URL could not be fetched, or was refused by policy."""
