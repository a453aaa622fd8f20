"""Themes: what an article is about, as GDELT-style theme codes with the words that say so.

A lexicon (`data/themes/themes.tsv`, our own word lists under GDELT GKG theme names such
as ARMEDCONFLICT, ELECTION, NATURAL_DISASTER) is matched on the lower-cased lemmas of the
parsed Doc, longest phrase first, so "climate change" is one mention and "troops" matches
"troop". Each match is a `ThemeMention` with its span and a confidence: phrases of several
words are surer than single words, and single words only count as nouns or adjectives
(verbs only where the lexicon allows, "kill/v", and then by their lemma, so "wound up" is
no wound; nouns only where it says "/n"), never as proper nouns unless the lexicon writes
them as names ("NASA"): "March" is no march and "Bill" no bill. Phrases under the
pseudo-theme "-" are other senses that take their words and count for nothing ("olive oil"
is no ENERGY). On a sports page (at least `SPORTS_PAGE` SPORTS mentions) words marked "/s"
in the lexicon are read in their sports sense and dropped: "left the court", "an offensive
rebound", "a three-player trade". Words marked "/c" have a common other sense and count only
when the page also names their theme with a word that has none (one sense per discourse):
a board's "vote" is no ELECTION unless the page speaks of an election, voters or ballots,
and "the deal is dead" no KILL unless the page reports a killing, violence or a disaster.

Negation and use: a word after the prefix "non-" ("non-oil exports") or under the
determiner "no" ("no injuries were reported") is no mention; a verb with a that-clause
reports words, not the act ("protested that the plan was unfair"); a "/n" phrase that only
modifies another noun is no mention of its own ("front line nursing staff").

This is GDELT's method (a dictionary of themes), not a classifier; no public gold set
exists for it, so `tests/test_themes.py` checks its behaviour on sentences we wrote.

The spaCy component `newsgraph_themes` writes the mentions to `doc._.ng_themes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import ThemeMention
from newsgraph.nlp import register_extensions

Split = Callable[[str], list[str]]
SINGLE_POS = frozenset({"NOUN", "ADJ"})
CONFIDENCE = {"phrase": 0.9, "name": 0.85, "word": 0.7, "verb": 0.6}
NO_THEME = "-"
SPORTS_PAGE = 3
# Besides their own theme, "/c" words of these themes count on a page reporting one of these:
# people die or are found dead in violence and disasters ("two died in the storm").
SUPPORTED_BY = {
    "KILL": frozenset({"WOUND", "ARMEDCONFLICT", "TERROR", "CRIME", "NATURAL_DISASTER"}),
}


@dataclass(frozen=True)
class Phrase:
    """One lexicon phrase: its words (lower-cased lemmas), theme and how it may match."""

    words: tuple[str, ...]
    theme: str
    verb: bool = False
    name: bool = False
    sports_sense: bool = False
    noun_only: bool = False
    needs_support: bool = False


def read_lexicon(split: Split) -> dict[str, list[Phrase]]:
    """Phrases keyed by their first word, longest first; `split` tokenises a phrase."""
    text = files("newsgraph").joinpath("data/themes/themes.tsv").read_text(encoding="utf-8")
    index: dict[str, list[Phrase]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        theme, phrases = line.split("\t", 1)
        for raw in phrases.split(";"):
            phrase = _phrase(raw.strip(), theme, split)
            if phrase is not None:
                index.setdefault(phrase.words[0], []).append(phrase)
    for entries in index.values():
        entries.sort(key=lambda p: -len(p.words))
    return index


def _phrase(raw: str, theme: str, split: Split) -> Optional[Phrase]:
    raw, *marks = raw.split("/")
    words = tuple(w.lower() for w in split(raw))
    if not words:
        return None
    return Phrase(words, theme, verb="v" in marks, name=raw != raw.lower(),
                  sports_sense="s" in marks, noun_only="n" in marks,
                  needs_support="c" in marks)


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _fits(phrase: Phrase, tokens: list[Token]) -> bool:
    if any(w not in _forms(t) for w, t in zip(phrase.words, tokens)):
        return False
    if _negated(tokens) or (phrase.noun_only and tokens[-1].dep_ == "compound"):
        return False
    if len(tokens) > 1 or phrase.name:
        return True
    pos = tokens[0].pos_
    if phrase.noun_only:
        return pos == "NOUN"
    if pos == "VERB":
        return phrase.verb and tokens[0].lemma_.lower() == phrase.words[0] and not _says(tokens[0])
    return pos in SINGLE_POS


def _negated(tokens: list[Token]) -> bool:
    """True after the prefix "non-" ("non-oil") or under the determiner "no" ("no injuries")."""
    first, i = tokens[0], tokens[0].i
    if i >= 2 and first.doc[i - 1].text == "-" and first.doc[i - 2].lower_ == "non":
        return True
    head = tokens[-1]
    return head.dep_ != "poss" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def _says(verb: Token) -> bool:
    """A verb with a that-clause reports words, not the act: "protested that it was unfair"."""
    clauses = (c for c in verb.children if c.dep_ == "ccomp")
    return any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children)


def _confidence(phrase: Phrase) -> float:
    if len(phrase.words) > 1:
        return CONFIDENCE["phrase"]
    return CONFIDENCE["name" if phrase.name else "verb" if phrase.verb else "word"]


def find_themes(doc: Doc, lexicon: dict[str, list[Phrase]]) -> list[ThemeMention]:
    """Every theme mention in the Doc, left to right, without overlaps."""
    found: list[tuple[ThemeMention, Phrase]] = []
    i = 0
    while i < len(doc):
        match = _match_at(doc, i, lexicon)
        if match is None:
            i += 1
            continue
        end = i + len(match.words)
        if match.theme != NO_THEME:
            span = doc[i:end]
            found.append((ThemeMention(span.start_char, span.end_char, span.text, match.theme,
                                       _confidence(match)), match))
        i = end
    sports = sum(m.theme == "SPORTS" for m, _ in found) >= SPORTS_PAGE
    found = [(m, phrase) for m, phrase in found if not (sports and phrase.sports_sense)]
    supported = {m.theme for m, phrase in found if not phrase.needs_support}
    return [m for m, phrase in found if not phrase.needs_support or _supported(m.theme, supported)]


def _supported(theme: str, supported: set[str]) -> bool:
    return theme in supported or not supported.isdisjoint(SUPPORTED_BY.get(theme, ()))


def _match_at(doc: Doc, i: int, lexicon: dict[str, list[Phrase]]) -> Optional[Phrase]:
    for key in dict.fromkeys(_forms(doc[i])):
        for phrase in lexicon.get(key, ()):
            end = i + len(phrase.words)
            if end <= len(doc) and _fits(phrase, list(doc[i:end])):
                return phrase
    return None


def theme_counts(mentions: Iterable[ThemeMention]) -> dict[str, int]:
    """Mentions per theme, most mentioned first."""
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.theme] = counts.get(m.theme, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


class ThemesComponent:
    """spaCy component: theme mentions in `doc._.ng_themes`."""

    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.lexicon = _cached_lexicon(nlp.tokenizer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_themes = find_themes(doc, self.lexicon)
        return doc


@lru_cache(maxsize=4)
def _cached_lexicon(tokenizer: Callable[[str], Doc]) -> dict[str, list[Phrase]]:
    return read_lexicon(lambda text: [t.text for t in tokenizer(text)])


@Language.factory("newsgraph_themes")
def make_themes(nlp: Language, name: str) -> ThemesComponent:
    """Factory for `nlp.add_pipe("newsgraph_themes")`."""
    return ThemesComponent(nlp)
