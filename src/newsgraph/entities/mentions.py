"""The mentions and groups `newsgraph.entities` builds entities from, and the two joins that
add mentions to a person after grouping: a person's possessive run into ordinary words ("Gillen's
Game" -> Gillen) and the surname alone where the model tagged nothing ("Conger said")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from newsgraph.entities.people import covered_tokens, english_word, surname_tokens, token_positions

# When votes tie, the label listed first wins (PERSON last: the small model calls unknown
# capitalised words PERSON).
LABEL_PRIORITY = ("GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "PERSON")


@dataclass
class NameMention:
    """One cleaned mention: offsets into doc.text, its name and label."""

    start: int
    end: int
    text: str
    label: str
    tokens: tuple[int, int]  # token range [start, end) in the doc
    titles: tuple[str, ...] = ()
    entity: Optional["NameGroup"] = None
    role: bool = False  # a title or a person's role goes with it ("CEO Adam Neumann")
    source: tuple[int, int] = (0, 0)  # the token range of the spaCy entity it was cut from
    after_the: bool = False  # written after "the" ("the Thunder")
    leader: bool = False  # one word before "administration" or "presidency" ("the Trump administration")
    versus: bool = False  # a plural name matched against another ("Broncos vs. Raiders")
    based: bool = False  # before "-based" ("an Amritsar-based agent"): where something is
    firm: bool = False  # right after a common noun for a firm ("exchange Coincheck")


@dataclass
class NameGroup:
    """Mentions gathered into one entity while grouping."""

    name: str
    mentions: list[NameMention] = field(default_factory=list)

    def label(self) -> str:
        """The type voted over the mentions; one given with a title or a person's role
        counts twice ("talent manager Scooter Braun" outweighs a "Scooter Braun's" typed ORG)."""
        votes: dict[str, int] = {}
        for m in self.mentions:
            votes[m.label] = votes.get(m.label, 0) + (2 if m.role else 1)
        if self.full_person_name():
            return "PERSON"
        return max(votes, key=lambda lab: (votes[lab], -LABEL_PRIORITY.index(lab)))

    def full_person_name(self) -> bool:
        """True when every name of two or more words among the mentions was typed PERSON and the
        rest are one-word short forms: the small model types many lone surnames ORG ("Kuzma
        returned"), which must not outvote the full name ("Kyle Kuzma")."""
        long = [m.label for m in self.mentions if " " in m.text.strip()]
        return bool(long) and all(label == "PERSON" for label in long) and len(long) < len(self.mentions)


def nearest_before(group: NameGroup, position: int) -> int:
    """The start of the group's last mention before `position` (-1 when none is before)."""
    before = [m.start for m in group.mentions if m.start < position]
    return max(before) if before else -1


def owners_of_possessives(doc: Doc, groups: list[NameGroup]) -> list[NameGroup]:
    """A "person" written as a person's surname, a possessive and ordinary words ("Gillen's
    Game" of "Gillen's Game of Thrones colleague") is a mention of that person, cut before the
    possessive; the rest names nobody."""
    people: dict[str, NameGroup] = {}
    for g in groups:
        full = [m for m in g.mentions if m.tokens[1] - m.tokens[0] >= 2]
        if full and g.label() == "PERSON":
            people.setdefault(doc[full[0].tokens[1] - 1].text, g)
    kept = []
    for g in groups:
        owner = possessive_owner(doc, g, people) if g.label() == "PERSON" else None
        if owner is None:
            kept.append(g)
            continue
        for m in g.mentions:
            start = m.tokens[0]
            word = doc[start].text
            owner.mentions.append(NameMention(m.start, m.start + len(word), word, "PERSON", (start, start + 1), entity=owner))
        owner.mentions.sort(key=lambda m: m.start)
    return kept


def possessive_owner(doc: Doc, group: NameGroup, people: dict[str, NameGroup]) -> Optional[NameGroup]:
    """The person whose surname opens every mention of the group before a possessive and
    ordinary words ("Gillen 's Game"); None otherwise."""
    owner = None
    for m in group.mentions:
        start, end = m.tokens
        if end - start < 3 or doc[start + 1].text not in ("'s", "’s") or doc[start].text not in people:
            return None
        if not all(t.is_alpha and english_word(t) for t in doc[start + 2 : end]):
            return None
        owner = people[doc[start].text]
    return owner if owner is not group else None


def add_surnames(doc: Doc, groups: list[NameGroup], mentions: list[NameMention], lower: set[str]) -> None:
    """Add to each person named in full the mentions of the surname alone that the model left
    untagged ("Gray Conger" ... "Conger said"); with two such people, the nearest before wins."""
    owners: dict[str, list[NameGroup]] = {}
    firsts = set()
    for g in groups:
        full = [m for m in g.mentions if m.tokens[1] - m.tokens[0] >= 2]
        if g.label() == "PERSON" and full:
            firsts.add(doc[full[0].tokens[0]].text)
            last = doc[full[0].tokens[1] - 1].text
            if len(last) >= 3 and last[0].isupper() and last.replace("-", "").replace("’", "").replace("'", "").isalpha():
                owners.setdefault(last, []).append(g)
    covered = covered_tokens(doc, (m.tokens for m in mentions))
    positions = token_positions(doc, owners)
    for surname, people in owners.items():
        if surname in firsts:
            continue  # also someone's first name: "Paul" of "Ben Paul" and "Paul Rudd"
        for i in surname_tokens(doc, positions[surname], covered, lower):
            start = doc[i].idx
            owner = max(people, key=lambda g: (nearest_before(g, start), -g.mentions[0].start))
            owner.mentions.append(NameMention(start, start + len(surname), surname, "PERSON", (i, i + 1), entity=owner))
        for g in people:
            g.mentions.sort(key=lambda m: m.start)


def relatives(doc: Doc, groups: list[NameGroup], mentions: list[NameMention]) -> list[NameGroup]:
    """People the model left untagged who share the surname of a person named in full with a
    census given name, written with a given name of their own ("Ivanka Trump" beside "Donald
    Trump"): new people, never mentions of the one named in full. A title ("President Trump"), an ordinary word ("When Trump") or the
    person's own first name before the surname is no other person."""
    from newsgraph.entities.people import ORG_WORDS, VENUE_WORDS, given_names
    from newsgraph.entities.words import FACILITY_HEADS, ORG_HEADS, PERSON_TITLES

    firsts: dict[str, set[str]] = {}
    for g in groups:
        for m in g.mentions:
            if g.label() == "PERSON" and m.tokens[1] - m.tokens[0] >= 2 and doc[m.tokens[0]].lower_ in given_names():
                firsts.setdefault(doc[m.tokens[1] - 1].text, set()).add(doc[m.tokens[0]].text)
    if not firsts:
        return []
    covered = covered_tokens(doc, [m.tokens for m in mentions] + [m.tokens for g in groups for m in g.mentions])
    found: dict[str, NameGroup] = {}
    for i in sorted(i for found_at in token_positions(doc, firsts).values() for i in found_at):
        if i == 0 or i in covered or i - 1 in covered:
            continue
        first, last = doc[i - 1], doc[i]
        if first.text in firsts[last.text]:
            continue
        word, key = first.text, last.lower_
        if not (_proper(word) and _proper(last.text)) or word.lower().rstrip(".") in PERSON_TITLES:
            continue
        if first.is_stop or (english_word(first) and word.lower() not in given_names()):
            continue  # "Because Dempsey", "Later Whitlock"
        if key in ORG_WORDS or key in VENUE_WORDS or key in ORG_HEADS or key in FACILITY_HEADS:
            continue  # "Verizon Amphitheatre"
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            continue  # "Trump Organization", "Clinton Foundation"
        name = f"{word} {last.text}"
        group = found.setdefault(name, NameGroup(name))
        group.mentions.append(NameMention(first.idx, last.idx + len(last.text), name, "PERSON", (i - 1, i + 1), entity=group))
    return list(found.values())


def _proper(word: str) -> bool:
    """A capitalised word of letters with the rest in lower case ("Ivanka", not "GOP" or "für")."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()
