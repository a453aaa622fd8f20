"""The DOM pass: furniture containers (related lists, newsletter boxes …) found by their markup.

Before trafilatura runs, elements whose class or id names a kind of furniture are taken
out of the tree and kept aside, with the links of related-story lists as `Related` items.
Hover cards ("rollover", "tooltip", "popover") sit inside a sentence, after the name that
opens them: the innermost such element holding a headline link or a picture is the card,
and it goes as a teaser while the name stays in the sentence. Elements the reader never sees (inline
`display: none`, `visibility: hidden`, the `hidden` attribute: hidden schema.org copies of
the article, collapsed widgets) are dropped by `drop_hidden`.
An element that holds a large share of the page's running text is never removed, whatever
its class says: the article container sometimes carries names like "share-enabled".
"""

from __future__ import annotations

import re
from typing import Optional

from lxml.html import HtmlElement

from newsgraph.model import Furniture, Related

# class/id words, matched as whole words of the attribute ("related-posts", "c-newsletter__box")
KIND_BY_NAME = [
    ("teaser", r"related|recommend\w*|recirc\w*|outbrain|taboola|more-?stories|read-?more|also-?read|"
     r"trending|most-?(popular|read|viewed)|you-?may-?like|further-?reading|rel-?links|"
     r"mostpopular|popular-?(posts|stories)"),
    ("newsletter", r"newsletter\w*|subscribe\w*|subscription\w*|sign-?up|opt-?in|email-?(capture|signup)"),
    ("share", r"share\w*|sharing|social(-?(bar|links|share|icons|media|buttons))?|addthis|sharethis"),
    ("caption", r"caption\w*|credit\w*|photo-?credit|image-?credit"),
    ("cookie", r"cookie\w*|consent|gdpr|cmp"),
    ("bio", r"author-?(bio|info|box|card|about)|about-?(the-?)?author|contributor-?bio|bio"),
    ("comments", r"comments?(-?(section|area|list|form))?|disqus|respond"),
]
NAME_PATTERN = re.compile(
    "|".join(f"(?P<{kind}>(?:^|[\\s_]|-)(?:{rx})(?:$|[\\s_]|-))" for kind, rx in KIND_BY_NAME), re.I
)
NEVER = frozenset({"html", "body", "main", "article", "head"})
TAGS = frozenset({"div", "section", "aside", "ul", "ol", "li", "p", "figcaption", "span", "form", "nav", "footer"})
HOVER_NAME = re.compile(r"(?:^|[\s_-])(?:rollover|tooltip|popover|hover-?card)", re.I)
MAX_SHARE = 0.3  # an element holding this share of the page's text is content, not furniture
MAX_TEXT = 400


def name_kind(el: HtmlElement) -> Optional[str]:
    """The furniture kind that an element's class or id names, or None."""
    if el.tag == "figcaption":
        return "caption"
    names = f"{el.get('class', '')} {el.get('id', '')}".strip()
    if not names:
        return None
    match = NAME_PATTERN.search(names)
    return match.lastgroup if match else None


VISIBLE_TEXT = "descendant-or-self::text()[not(ancestor::script) and not(ancestor::style)]"


def _text(el: HtmlElement) -> str:
    return " ".join(" ".join(el.xpath(VISIBLE_TEXT)).split())


def _candidates(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    found: list[tuple[HtmlElement, str]] = []
    taken: set[HtmlElement] = set()
    for el in tree.iter(*TAGS):
        kind = name_kind(el)
        if kind is None or any(a in taken for a in el.iterancestors()):
            continue
        if any(a.tag in ("nav", "footer", "header") for a in el.iterancestors()):
            continue
        found.append((el, kind))
        taken.add(el)
    return found


def _holds_article_text(el: HtmlElement) -> bool:
    """Three paragraphs of running text: this is content, whatever the class says."""
    running = 0
    for p in el.iter("p"):
        text = _text(p)
        if len(text.split()) >= 12 and text[-1:] in ".!?\"”’)":
            running += 1
            if running >= 3:
                return True
    return False


def _related_links(el: HtmlElement) -> list[Related]:
    items = []
    for link in el.iter("a"):
        headline = _text(link)
        if len(headline.split()) >= 4 and link.get("href"):
            items.append(Related(headline=headline, url=link.get("href")))
    return items


def _is_hover(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and bool(HOVER_NAME.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _hover_cards(tree: HtmlElement) -> list[HtmlElement]:
    """Innermost hover-widget elements that show a headline link or a picture."""
    cards = []
    for el in tree.iter("span", "div"):
        if not _is_hover(el) or any(_is_hover(d) for d in el.iterdescendants("span", "div")):
            continue
        if el.find(".//img") is not None or _related_links(el):
            cards.append(el)
    return cards


def prune_furniture(tree: HtmlElement) -> tuple[list[Furniture], list[Related]]:
    """Remove furniture containers from `tree` in place; return what they held."""
    body = tree.find("body")
    page_len = len(_text(body)) if body is not None else 0
    furniture: list[Furniture] = []
    related: list[Related] = []
    for card in _hover_cards(tree):
        _set_aside(card, "teaser", _text(card), furniture, related)
    for el, kind in _candidates(tree):
        text = _text(el)
        if el.tag in NEVER or not text or len(text) > MAX_SHARE * page_len:
            continue
        if _holds_article_text(el):
            continue
        _set_aside(el, kind, text, furniture, related)
    return furniture, related


def _set_aside(el: HtmlElement, kind: str, text: str, furniture: list[Furniture],
               related: list[Related]) -> None:
    """Drop a furniture element, keeping its teaser links as `Related` items or its text."""
    links = _related_links(el) if kind == "teaser" else []
    related += links
    furniture += [Furniture(kind="teaser", text=r.headline) for r in links]
    if not links:
        furniture.append(Furniture(kind=kind, text=text[:MAX_TEXT]))
    _drop(el)


HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def drop_hidden(tree: HtmlElement) -> int:
    """Remove the elements a reader never sees from `tree` in place; returns how many.

    A hidden element holding running text the page shows nowhere else stays: that is an
    article a script reveals (a paywall, a "read more" fold), not a copy or a widget."""
    hidden = {el for el in tree.iter() if isinstance(el.tag, str) and el.tag not in NEVER
              and (el.get("hidden") is not None or HIDDEN_STYLE.search(el.get("style") or ""))}
    outermost = [el for el in hidden if not any(a in hidden for a in el.iterancestors())]
    if not outermost:
        return 0
    page = _text(tree)
    dropped = 0
    for el in outermost:
        if _holds_article_text(el) and not _shown_twice(el, page):
            continue
        _drop(el)
        dropped += 1
    return dropped


def _shown_twice(el: HtmlElement, page: str) -> bool:
    """Whether the first running paragraph of `el` appears twice in the page's text."""
    for p in el.iter("p"):
        text = _text(p)
        if len(text.split()) >= 12:
            return page.count(text[:200]) >= 2
    return False


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()
