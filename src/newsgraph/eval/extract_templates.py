"""What every furniture template family is made of (see `newsgraph.eval.extract`): the
`Templates` fields, and the names, places and sites the templates are filled with."""

from __future__ import annotations

from dataclasses import dataclass

NAMES = ["Maria Lopez", "Daniel Kim", "Aisha Rahman", "Tom Becker", "Lena Novak", "Samuel Osei",
         "Priya Natarajan", "Jonas Berg", "Chloe Martin", "Omar Haddad"]
AGENCIES = ["Getty Images", "Reuters", "AFP", "AP", "EPA", "Bloomberg", "Shutterstock", "Alamy"]
PLACES = ["Lisbon", "Nairobi", "Denver", "Osaka", "Manchester", "Quito", "Gdansk", "Perth"]
DAYS = ["on Monday", "on Tuesday", "last week", "on March 4", "in 2021", "earlier this month"]
SITES = ["The Daily Ledger", "Metro Herald", "Coastline News", "The Northern Post", "Capital Wire"]
@dataclass(frozen=True)
class Templates:
    """One family of furniture templates."""

    captions: list[str]
    credits: list[str]
    shares: list[str]
    prompts: list[str]
    readmores: list[str]
    headers: list[str]
    openers: list[str]
    closers: list[str]
    cuts: list[str]
