"""A block classifier for page furniture, shared by the HTML and the plain-text paths.

A page is a list of `Block`s (paragraphs, headings, list items). Each block is kept as
article text or set aside as furniture (share lines, teasers, prompts, credits …) from
general cues: its length, how it ends (a full stop, a "…" cut-off, nothing), how much of it
is a link, what its neighbours are (a headline over a cut-off snippet is a teaser, wherever
it stands), whether its words are the article's own or another story's, structural shapes
(`shapes.py`: credits, reader pitches, labelled links) and short phrase cues (`cues.py`)
that are only trusted on short blocks. Teasers come back as `Related` items, in page order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.extract import cues, lines, shapes
from newsgraph.model import Furniture, Related

WORD = re.compile(r"\w+")
END_SENTENCE = re.compile(r"[.!?。！？:;]['\"”’»)\]]*$")
END_STOP = re.compile(r"[.!?。！？]['\"”’»)\]]*$")
OPENING_QUOTES = "\"'“‘«„"  # a sentence may open with a quote mark
CUTOFF = re.compile(
    r"(…|\.\.\.|\. \. \.|[\[(](…|\.\.\.)[\])])\s*['\"”’)\]]*\s*((read|continue reading|see|view)?"
    r"( more| full (story|article))?|more)?\s*[»›→>]*$",
    re.IGNORECASE,
)
OPENS_LIKE_TITLE = re.compile(r"^[\W_]*[\w\d]")
TEASER_KINDS = frozenset({"teaser", "readmore"})
LABEL_KINDS = frozenset({"caption", "credit", "other", "teaser", "section"})
SNIPPET_KINDS = frozenset({None, "caption", "credit", "other"})  # a cue may misread a snippet


@dataclass
class Block:
    """One paragraph-like piece of a page, in reading order."""

    text: str
    tag: str = "p"  # p | head | item | quote | table | pre
    link_ratio: float = 0.0
    href: Optional[str] = None
    level: int = 0  # heading level 1-6 for headings, else 0
    words: int = field(default=0, init=False)
    vocab: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = " ".join(self.text.split())
        tokens = WORD.findall(self.text.lower())
        self.words = len(tokens)
        self.vocab = frozenset(tokens)


@dataclass
class Sorted:
    """The classifier's answer: article blocks, furniture set aside, related teasers."""

    body: list[Block]
    furniture: list[Furniture]
    related: list[Related]


# Cut mid-sentence, then a "more" marker: "… the lungs of mice infected with →" (any arrow
# or pointing triangle: "▸", "➜", "⇒").
MARKER_CUT = re.compile(
    r"[\w,;’'”\"]\s*([»›>▶►▸▹▻▷➤➔➜➝➞➡⟶⇒]|[\u2190-\u21ff]|>>|\[\+\]|\[more\]|\(more\)|\[…\])\ufe0f?\s*$",
    re.IGNORECASE,
)


def cut_off(text: str) -> bool:
    """Ends with an ellipsis, or mid-sentence with a "more" arrow (not a closing « quote »)."""
    if CUTOFF.search(text):
        return True
    return bool(MARKER_CUT.search(text)) and "«" not in text and "‹" not in text


def _any_cut(text: str) -> bool:
    """Cut off as the rules read it, or in any of the shapes the line model knows ("… ‣",
    "…(cont.)"): used where the model's lines are judged."""
    return cut_off(text) or lines.cut_shape(text)


def is_snippet(block: Block) -> bool:
    """A teaser's text cut off with "…": short and ending in an ellipsis."""
    return 8 <= block.words <= 70 and cut_off(block.text)


def _clean_cut(block: Block) -> bool:
    """Cut by a machine: the ellipsis is glued to the last word."""
    return not re.search(r"\s(…|\.\.\.)\W*$", block.text)


def is_headline(block: Block) -> bool:
    """Short, opens like a title, and does not end as a sentence or a clause does."""
    if not 1 <= block.words <= 30 or not OPENS_LIKE_TITLE.match(block.text):
        return False
    if block.text[:1].islower() or cut_off(block.text):
        return False
    return not re.search(r"[.,;:]['\"”’)\]]*$", block.text) or block.text.endswith("...")


def is_body(block: Block) -> bool:
    """A paragraph of running text: long enough, ends as a sentence, not mostly a link."""
    if block.link_ratio >= 0.5 or is_snippet(block):
        return False
    return block.words >= 40 or (block.words >= 12 and bool(END_SENTENCE.search(block.text)))


SHARE_WORDS = frozenset(
    "share shares tweet facebook twitter whatsapp linkedin pinterest email reddit copy link forward print post x "
    "gift give send save bookmark pin".split()
)


def _all_social(block: Block) -> bool:
    """A bar of share buttons: a few words, all of them share or network words."""
    vocab = {w for w in block.vocab if not w.isdigit() and len(w) > 1}  # "f Share | t Tweet" icons
    return 0 < block.words <= 10 and vocab <= cues.SOCIAL_WORDS and not vocab.isdisjoint(SHARE_WORDS)


def _labelled_link(text: str, words: int) -> bool:
    """ "Label: Headline" where a short label names a link to another story."""
    match = re.match(r"^[\[(]?\s*([^:|»]{2,40}?)\s*[:|»]\s*(.+)$", text)
    if not match or words > 30 or END_STOP.search(text):
        return False
    label, rest = match.group(1), match.group(2)
    return len(label.split()) <= 5 and bool(cues.LABEL_WORDS.search(label)) and len(rest.split()) >= 3


def _credit_at_end(block: Block) -> bool:
    text, words = block.text, block.words
    if words <= 40 and cues.AGENCY_END.search(text, block.vocab):
        return True
    match = None
    for match in cues.CREDIT.finditer(text, block.vocab):
        pass
    return match is not None and (words <= 12 or match.start() >= len(text) - 70)


def _newsletter(block: Block) -> bool:
    text, words = block.text, block.words
    if words > 45:
        return False
    if cues.NEWSLETTER_STRONG.search(text, block.vocab):
        return words <= 20 or len(cues.NEWSLETTER_WEAK.findall(text)) >= 2
    if words <= 20 and re.search(r"(^|[.:!?]\s+)(sign[- ]?up|subscribe)\b", text, re.IGNORECASE):
        return True
    if words <= 35 and _promo(block):
        return True
    return shapes.reader_imperative(text, words) or shapes.reader_prompt(text, words)


def _promo(block: Block) -> bool:
    """An imperative to the reader that names what is on offer ("Register for free updates")."""
    text = block.text
    if not cues.PROMO_VERB.search(text, block.vocab):
        return False
    nouns = len(cues.PROMO_NOUN.findall(text))
    score = 1 + nouns + len(cues.PROMO_ADDRESS.findall(text))
    return nouns >= 1 and (score >= 3 or len(text.split()) <= 8)


MAX_BIO_WORDS = 30


def cue_kind(block: Block) -> Optional[str]:
    """The furniture kind a block's own words say it is, or None. Icons at the ends of a
    block ("⏱ 4 min read", "… below 👇") are set aside before the cues are read."""
    if block.words > 60:
        return None
    if block.tag != "item" and shapes.page_control(block.text, block.words):  # not an emoji-led list
        return "other"
    bare = shapes.without_icons(block.text)
    if bare != block.text:
        block = Block(bare, block.tag, block.link_ratio, block.href, block.level)
    return _cue_kind(block)


def _cue_kind(block: Block) -> Optional[str]:
    text, n = block.text, block.words
    if n == 0 or cues.SEPARATOR.match(text):
        return "other"
    if cues.TIMESTAMP_ONLY.match(text):
        return "other"
    if _all_social(block) or (n <= 14 and cues.SHARE.search(text, block.vocab)):
        return "share"
    if n <= 30 and cues.FOLLOW.search(text, block.vocab):
        return "share"
    if n <= 60 and cues.COOKIE.search(text):
        return "cookie"
    if _newsletter(block):
        return "newsletter"
    if shapes.asks_reader(text, n):
        return "other" if block.vocab.isdisjoint(("comment", "comments")) else "comments"
    return _cue_kind_more(block)


def _cue_kind_more(block: Block) -> Optional[str]:
    text, n = block.text, block.words
    if n <= 40 and cues.COMMENTS.search(text, block.vocab):
        return "comments"
    if n <= 40 and (cues.READMORE.match(text) or _labelled_link(text, n)):
        return "readmore"
    if n <= 8 and cues.SECTION.match(text) and not END_STOP.search(text):
        return "section"
    if n <= 50 and (cues.CAPTION_START.match(text) or cues.MEDIA_LABEL.match(text) or cues.PHOTO_BY.match(text)):
        return "credit" if n <= 10 else "caption"
    if n <= 50 and _credit_at_end(block):
        return "credit" if n <= 10 else "caption"
    if shapes.credit_tail(text, n) or shapes.credit_first(text, n):
        return "credit" if n <= 10 else "caption"
    if n <= 30 and cues.REPORT_CREDIT.search(text, block.vocab):
        return "credit"
    if n <= 50 and cues.CONTACT.search(text, block.vocab):
        return "bio"
    if n <= MAX_BIO_WORDS and (cues.ABOUT_AUTHOR.match(text) or cues.BIO.search(text)):
        return "bio"
    if n <= 40 and cues.OTHER.search(text, block.vocab):
        return "other"
    if n <= 25 and cues.TAGGED_HEADLINE.search(text):
        return "teaser"
    return None


class _Labels:
    """Labels for the blocks of one page: None = article text, else a furniture kind."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.cue: list[Optional[str]] = [cue_kind(b) for b in blocks]
        self.kind: list[Optional[str]] = list(self.cue)
        self.related: list[tuple[int, Related]] = []  # (block index, item), sorted at the end
        running = (b.text for b, k in zip(blocks, self.cue) if k is None and is_body(b))
        self.vocab = shapes.Vocabulary(running)
        self.line_words = [(i, shapes.content_words(b.text)) for i, b in enumerate(blocks) if self.cue[i] is None]

    def overlap_outside(self, start: int, end: int) -> float:
        """How much blocks start..end-1 speak the vocabulary of the page's other lines (its
        paragraphs, and the lists and subheadings between them)."""
        words = shapes.content_words(" ".join(b.text for b in self.blocks[start:end]))
        if not words:
            return 1.0
        rest: set[str] = set()
        for i, line in self.line_words:
            if not start <= i < end:
                rest |= line
        return len(words & rest) / len(words)

    def overlap(self, start: int, end: int) -> float:
        """How much blocks start..end-1 speak the article's own vocabulary (0 to 1)."""
        return self.vocab.overlap(" ".join(b.text for b in self.blocks[start:end]))

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.blocks) and self.kind[i] is None

    def groupable(self, i: int) -> bool:
        """Free, or a "Label: headline" line that may belong to a teaser (a label such as
        "In pictures:" may also have read as a caption or another cue)."""
        if not 0 <= i < len(self.blocks):
            return False
        kind = self.kind[i]
        return kind in (None, "readmore") or (kind in LABEL_KINDS and is_headline(self.blocks[i]))

    def set(self, i: int, kind: str) -> None:
        if self.kind[i] in (None, "section", "readmore"):
            self.kind[i] = kind


MAX_LINK_OVERLAP = 0.34
MAX_ARROW_OVERLAP = 0.5  # "→ Headline": the arrow says "link" more plainly than a label does
MIN_FACT_RUN = 3


def _novel_link(labels: _Labels, i: int) -> bool:
    """A "Label: Headline" line whose headline is about another story: its words are mostly
    not the article's."""
    block = labels.blocks[i]
    if block.words > 30 or is_snippet(block):
        return False
    headline = shapes.labelled_headline(block.text)
    if not headline:
        return False
    limit = MAX_ARROW_OVERLAP if shapes.ARROW_LINE.match(block.text) else MAX_LINK_OVERLAP
    return labels.vocab.overlap(headline) < limit


def _fact_run(labels: _Labels, i: int) -> int:
    """How many "Key: value" lines in a row block i stands in (a fact list, a spec sheet)."""
    texts = [b.text for b in labels.blocks]
    start = end = i
    while start > 0 and shapes.key_value(texts[start - 1]):
        start -= 1
    while end + 1 < len(texts) and shapes.key_value(texts[end + 1]):
        end += 1
    return end - start + 1


def _mark_label_links(labels: _Labels) -> None:
    """ "Label: Headline" lines whatever the label ("Go deeper: …", "► …"), when the headline
    is about another story, unless the line is one of a list of "Key: value" lines or of a
    bulleted list."""
    for i in range(len(labels.blocks)):
        if labels.free(i) and _novel_link(labels, i) and max(_fact_run(labels, i), _list_run(labels, i)) < MIN_FACT_RUN:
            labels.cue[i] = labels.kind[i] = "readmore"


def _mark_bare_credits(labels: _Labels) -> None:
    """A short sentence and a bare name ("… in Quito. Reuters") between paragraphs: a
    caption. After the last paragraph the same shape is the story's agency signature."""
    last = max((i for i, b in enumerate(labels.blocks) if labels.free(i) and is_body(b)), default=-1)
    for i in range(last):
        block = labels.blocks[i]
        if labels.free(i) and shapes.credit_tail(block.text, block.words, bare=True):
            labels.kind[i] = "caption"


def _mark_sections(labels: _Labels) -> None:
    """A header such as "You may also like" followed by teaser-like blocks: all furniture."""
    blocks = labels.blocks
    for i, kind in enumerate(labels.kind):
        if kind != "section":
            continue
        end = i + 1
        while end < len(blocks) and _teaser_like(blocks[end]) and labels.kind[end] in (None, *TEASER_KINDS):
            if end > i + 1 and blocks[end].tag == "head" and blocks[end].link_ratio < 0.5:
                break  # an unlinked heading after the teasers starts the article's next part
            end += 1
        if end == i + 1 and end < len(blocks) and labels.kind[end] is None:
            labels.kind[i] = None  # a subheading over running text, not a teaser header
            continue
        labels.kind[i] = "teaser"
        _mark_teasers(labels, i + 1, end)


def _teaser_like(block: Block) -> bool:
    return not is_body(block) and (is_headline(block) or is_snippet(block) or block.link_ratio >= 0.5)


def _mark_teasers(labels: _Labels, start: int, end: int) -> None:
    """Blocks start..end-1 are teasers: group them into headline / alt headline / snippet."""
    item: Optional[Related] = None
    for i in range(start, end):
        block = labels.blocks[i]
        labels.set(i, "teaser")
        if is_snippet(block) and item is not None and item.snippet is None:
            item.snippet = block.text
        elif item is not None and item.alt_headline is None and item.snippet is None and is_headline(block):
            item.alt_headline = block.text
        else:
            item = Related(headline=_link_headline(block, labels.cue[i]), url=block.href)
            labels.related.append((i, item))


def _mark_triples(labels: _Labels) -> None:
    """A cut-off snippet under one or two headline lines: a teaser, wherever it stands.
    The teaser-like blocks around it (more teasers, a short header) go with it."""
    blocks = labels.blocks
    for i, block in enumerate(blocks):
        if not is_snippet(block) or labels.kind[i] not in SNIPPET_KINDS:
            continue
        if not (labels.groupable(i - 1) and is_headline(blocks[i - 1])):
            continue
        start = i - 1
        if labels.groupable(i - 2) and is_headline(blocks[i - 2]) and not is_body(blocks[i - 2]):
            # a second headline of the same story; not the snippet of the teaser above, cut
            # without a marker, nor a subheading the teaser was put under
            twins = _alt_headline(blocks[i - 2 : i])
            if twins or (not _open_snippet(blocks[i - 2]) and _about_same_story([blocks[i - 2]], block)):
                start = i - 2
        linked = any(b.link_ratio >= 0.5 for b in blocks[start : i + 1])
        if start == i - 2 or linked or _clean_cut(block) or block.words >= 10:
            start, end = _extend_run(labels, start, i + 1)
            _mark_teasers(labels, start, end)


MAX_NOVEL_OVERLAP = 0.4
MIN_SHARED_WITH_SNIPPET = 0.2


def _open_snippet(block: Block) -> bool:
    """Text cut off without a marker: prose (not a listing line) that stops mid-sentence,
    on a word or a comma."""
    if not 10 <= block.words <= 70 or not shapes.OPEN_END.search(block.text) or block.text[:1].islower():
        return False
    return len(shapes.LOWER_WORD.findall(block.text)) >= block.words // 4


def _about_same_story(headlines: list[Block], snippet: Block) -> bool:
    """A teaser's headline and its snippet share words; a subheading and the paragraph under
    it need not."""
    heads = shapes.content_words(" ".join(b.text for b in headlines))
    if not heads:
        return False
    return len(heads & shapes.content_words(snippet.text)) / len(heads) >= MIN_SHARED_WITH_SNIPPET


def _mark_novel_groups(labels: _Labels) -> None:
    """Headline lines over a snippet cut without any marker ("… the lungs of mice infected
    with"): a teaser when the group is about one other story, in words the rest of the
    article does not use."""
    for i, block in enumerate(labels.blocks):
        if not labels.free(i) or not _open_snippet(block):
            continue
        for start in (i - 2, i - 1):
            if _novel_group(labels, start, i):
                start, end = _extend_run(labels, start, i + 1)
                _mark_teasers(labels, start, end)
                break


def _novel_group(labels: _Labels, start: int, snippet: int) -> bool:
    """Blocks start..snippet-1 are headlines of the story the snippet begins, and none of
    their words is much used by the rest of the article."""
    heads = labels.blocks[start:snippet]
    if not heads or not all(labels.groupable(i) for i in range(start, snippet)):
        return False
    if not all(_teaser_head(b) for b in heads):
        return False
    twins = _alt_headline(heads)  # a headline and its rewritten twin: the snippet may be short
    if min(b.words for b in heads) + (1 if twins else 3) > labels.blocks[snippet].words:
        return False
    if not (twins or _about_same_story(heads, labels.blocks[snippet])):
        return False
    return labels.overlap_outside(start, snippet + 1) < MAX_NOVEL_OVERLAP


def _alt_headline(heads: list[Block]) -> bool:
    """Two headline lines for one story (a headline and its rewritten twin)."""
    if len(heads) != 2:
        return False
    a, b = (shapes.content_words(h.text) for h in heads)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6


def _teaser_head(block: Block) -> bool:
    return is_headline(block) and not is_body(block) and block.words >= 3


def _group_after(labels: _Labels, at: int) -> int:
    """Length of the teaser group starting at `at`: one or two headlines and a snippet,
    or a "Label: headline" line; 0 when there is none."""
    blocks = labels.blocks
    if labels.groupable(at) and labels.cue[at] == "readmore":
        return 1
    for size in (2, 3):
        group = range(at, at + size)
        if not all(labels.groupable(i) for i in group):
            return 0
        heads, last = [blocks[i] for i in group][:-1], blocks[at + size - 1]
        if not all(is_headline(b) for b in heads):
            return 0
        if is_snippet(last):
            return size
    return 0


def _group_before(labels: _Labels, end: int) -> int:
    """Length of the teaser group that ends just before `end`; 0 when there is none."""
    for size in (1, 2, 3):
        if _group_after(labels, end - size) == size:
            return size
    return 0


def _extend_run(labels: _Labels, start: int, end: int) -> tuple[int, int]:
    """Grow a teaser run over the whole teaser groups next to it, and a short header above."""
    blocks = labels.blocks
    while (size := _group_after(labels, end)) > 0:
        end += size
    while (size := _group_before(labels, start)) > 0:
        start -= size
    above = start - 1
    if labels.free(above) and blocks[above].words <= 6 and not END_STOP.search(blocks[above].text):
        if not _own_line(labels, above) and not _heads_next_paragraph(labels, above, end):
            labels.kind[above] = "teaser"
    return start, end


MIN_SUBHEAD_SHARED = 0.3


def _heads_next_paragraph(labels: _Labels, above: int, end: int) -> bool:
    """The short line above a teaser run is the subheading of the paragraph after the run
    (the teasers were put between them) when its words come back in that paragraph."""
    if not labels.free(end) or not is_body(labels.blocks[end]):
        return False
    words = shapes.content_words(labels.blocks[above].text)
    shared = words & shapes.content_words(labels.blocks[end].text)
    return bool(words) and len(shared) / len(words) >= MIN_SUBHEAD_SHARED


def _own_line(labels: _Labels, i: int) -> bool:
    """A short line in the article's own words ("Beats Solo3 Wireless Headphones" in a review
    of them), not a header such as "What others are reading"."""
    words = shapes.content_words(labels.blocks[i].text)
    return len(words) >= 3 and labels.overlap(i, i + 1) >= 0.5


def _mark_links(labels: _Labels) -> None:
    """Headline-like blocks that are all link (HTML): links to other stories."""
    blocks = labels.blocks
    for i, block in enumerate(blocks):
        if not labels.free(i) or block.link_ratio < 0.6:
            continue
        linked_run = any(0 <= j < len(blocks) and blocks[j].link_ratio >= 0.6 for j in (i - 1, i + 1))
        if is_headline(block) or (block.tag == "item" and linked_run and block.words <= 40):
            labels.kind[i] = "teaser"
            labels.related.append((i, Related(headline=block.text, url=block.href)))


def _mark_snippet_runs(labels: _Labels) -> None:
    """Cut-off snippets next to each other, or right under a teaser, are teasers too
    (pages whose teaser headlines the base extractor dropped)."""
    blocks = labels.blocks
    for i, block in enumerate(blocks):
        if not labels.free(i) or not is_snippet(block):
            continue
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        if any(is_snippet(blocks[j]) and labels.kind[j] in (None, "teaser") for j in beside):
            labels.kind[i] = "teaser"
        elif i > 0 and labels.kind[i - 1] == "teaser":
            labels.kind[i] = "teaser"


LABEL_PREFIX = re.compile(r"^[\[(]?[^:|>»–—]{1,40}[:|>»–—]+\s*")


def _link_headline(block: Block, cue: Optional[str]) -> str:
    """The headline of a link line, without its "Read more:" label."""
    if cue != "readmore":
        return block.text
    headline = shapes.labelled_headline(block.text)
    return headline or LABEL_PREFIX.sub("", block.text).strip(" []()") or block.text


def _mark_readmore(labels: _Labels) -> None:
    """ "Read more: <headline>" lines become related items too; a bare label ("More:") is
    no headline."""
    for i, block in enumerate(labels.blocks):
        if labels.kind[i] == "readmore":
            headline = _link_headline(block, "readmore")
            if headline and LABEL_PREFIX.sub("", block.text).strip(" []()"):
                labels.related.append((i, Related(headline=headline, url=block.href)))


def _mark_tail(labels: _Labels) -> None:
    """At the very end of the page: linked or heading leftovers under the furniture, and bios."""
    blocks = labels.blocks
    for i in range(len(blocks) - 1, -1, -1):
        if not labels.free(i):
            continue
        block = blocks[i]
        if not is_headline(block) or (block.tag != "head" and block.link_ratio < 0.5):
            break
        labels.kind[i] = "other"
    for i in range(max(0, len(blocks) - 3), len(blocks)):
        if labels.free(i) and blocks[i].words <= 60 and cues.BIO.search(blocks[i].text):
            labels.kind[i] = "bio"


LISTING = re.compile(r"^\W*(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)|@", re.I)


def _listed_headline(block: Block) -> bool:
    """A headline line of a link list; not a listing line led by a number or a date."""
    return is_headline(block) and block.words >= 3 and not LISTING.search(block.text)


MAX_SHARED_WORDS = 0.25


def _short_header(block: Block) -> bool:
    """A few words over a list, not a lead-in sentence ("Dates:")."""
    return block.words <= 6 and not re.search(r"[.!?:;,]\W*$", block.text)


def _trailing_items(labels: _Labels, after: int) -> list[int]:
    """Free headline lines at the end of the page, after block `after` (furniture between
    them is skipped), in page order."""
    items: list[int] = []
    for i in range(len(labels.blocks) - 1, after, -1):
        if not labels.free(i):
            continue
        if not _listed_headline(labels.blocks[i]):
            break
        items.append(i)
    return items[::-1]


def _mark_trailing_list(labels: _Labels) -> None:
    """Plain text: three or more headline lines at the end of the page, under a short
    header or right after the last paragraph, are the page's list of links to other
    stories."""
    blocks = labels.blocks
    body = [i for i, b in enumerate(blocks) if labels.free(i) and is_body(b)]
    if not body:
        return
    items = _trailing_items(labels, body[-1])
    if not items:
        return
    before = [i for i in range(body[-1] + 1, items[0]) if labels.free(i)]
    header = before[-1] if before and _short_header(blocks[before[-1]]) else None
    if header is None and len(items) >= 4 and _short_header(blocks[items[0]]):
        header, items = items[0], items[1:]  # "What others are reading" reads as a headline too
    marked = items[0] - 1  # a header a cue already set aside ("Keep reading")
    headed = header is not None or (labels.kind[marked] is not None and _short_header(blocks[marked]))
    min_words = 5 if headed else 6
    if len(items) < 3 or sum(blocks[i].words for i in items) < min_words * len(items):
        return
    if shapes.shared_words([blocks[i].text for i in items]) > MAX_SHARED_WORDS:
        return  # one pattern repeated: a list of the article's own
    if not headed and before:
        return
    if header is not None and len(before) > 1 and labels.overlap(items[0], items[-1] + 1) >= 0.5:
        return  # a list of the article's own, under its own subheading
    if header is not None:
        labels.kind[header] = "teaser"
    for i in items:
        labels.kind[i] = "teaser"
        labels.related.append((i, Related(headline=blocks[i].text, url=blocks[i].href)))


def line_page(blocks: list[Block]) -> lines.Page:
    """The line model's view of a page."""
    return lines.Page([b.text for b in blocks], [b.words for b in blocks],
                      [b.link_ratio for b in blocks], [b.tag for b in blocks])


def _mark_by_model(labels: _Labels, sentence_a_line: bool = False) -> None:
    """Blocks the rules kept that the line model reads as furniture, unless `_protected`; a
    plain sentence that does not address the reader ("He declined to comment.") needs the
    model to be surer than other lines do. In a plain text of one sentence a line (wire copy,
    corpora) the model judges only `_fragment`s and lines `_to_reader`: it learnt lines of web
    pages, where a lone sentence between paragraphs is a teaser, and here every line is one
    (on 982 ECB+ texts it took 446 lines, nearly all the story's own; now 164, mostly dates,
    datelines and subheadings)."""
    model = lines.load_model()
    if model is None or len(labels.blocks) < MIN_MODEL_BLOCKS:
        return
    page = line_page(labels.blocks)
    teasers = []
    for i, kind in enumerate(labels.kind):
        if kind is not None:
            continue
        after_furniture = i > 0 and labels.kind[i - 1] is not None  # a teaser's snippet after its headline
        if sentence_a_line and not (_fragment(labels.blocks[i]) or _to_reader(labels.blocks[i]) or after_furniture):
            continue
        p = model.probability(page.features(i))
        if p < model.threshold or (p < SURE and _plain_sentence(labels.blocks[i])) or _protected(labels, i):
            continue  # the guards run only on the few lines the model would take
        labels.kind[i] = _model_kind(labels.blocks[i], page, i)
        if labels.kind[i] == "teaser":
            teasers.append(i)
    _relate_teasers(labels, teasers)


def _relate_teasers(labels: _Labels, teasers: list[int]) -> None:
    """Related items from the teaser lines the model found: a headline, maybe its rewrite
    right after it, maybe the cut-off snippet after those. A snippet on its own is no item."""
    item: Optional[Related] = None
    last = -2
    for i in teasers:
        block = labels.blocks[i]
        snippet = _any_cut(block.text)
        if item is not None and i == last + 1 and item.snippet is None:
            if snippet:
                item.snippet = block.text
            elif item.alt_headline is None:
                item.alt_headline = block.text
            else:
                item = None
        else:
            item = None
        if item is None and not snippet and is_headline(block):
            item = Related(headline=block.text, url=block.href)
            labels.related.append((i, item))
        last = i


def _model_kind(block: Block, page: lines.Page, i: int) -> str:
    """What a line the model set aside most likely is, from its shape."""
    if _any_cut(block.text) or page.echo(i) >= 0.5:
        return "teaser"
    if block.link_ratio >= 0.5:
        return "readmore"
    return "newsletter" if lines.addresses_reader(block.text) else "other"


MIN_MODEL_BLOCKS = 4  # a line is read against its page: a fragment gives the model nothing to go on
SURE = 0.9  # on held-out families no body sentence scored this high, and half the furniture did


SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
SENTENCE_A_LINE = 0.9  # share of the lines that are one sentence each


def _sentence_a_line(blocks: list[Block]) -> bool:
    """Nine lines in ten or more are one sentence each (not paragraphs of several)."""
    lines_ = [b for b in blocks if b.words >= 3]
    single = sum(1 for b in lines_ if not SENTENCE_BREAK.search(b.text))
    return bool(lines_) and single >= SENTENCE_A_LINE * len(lines_)


def _fragment(block: Block) -> bool:
    """A line that ends no sentence (a headline, a subheading, a date, a link's label) or is
    cut off ("Horton was shot and killed in October 2011 when gunfire erupted outside...")."""
    return block.text.rstrip(" \"'”’»)]")[-1:] not in ".!?:;。！？" or _any_cut(block.text)


def _to_reader(block: Block) -> bool:
    """A line outside quote marks that speaks to the reader ("Tell us what you think."), of the
    page ("Share this story") or calls to action ("Download the app"). Not "we" alone: a
    quoted speaker's lines say "we" too."""
    text = block.text
    quoted = any(q in text for q in '"“”«»„') or text.startswith(("'", "‘"))  # not "can't"
    return not quoted and bool(lines.YOU.search(text) or shapes.SELF_REFERENCE.search(text)
                               or cues.PROMO_VERB.search(text, block.vocab))


def _plain_sentence(block: Block) -> bool:
    """A sentence of the article's kind: capitalised, ended by a full stop, not cut off, and
    not speaking to the reader."""
    if block.words < 3 or not block.text.lstrip(OPENING_QUOTES)[:1].isupper() or not END_STOP.search(block.text):
        return False  # '"She was an essential part of our lives."' is one too
    return not (_any_cut(block.text) or lines.addresses_reader(block.text))


def _protected(labels: _Labels, i: int) -> bool:
    """Lines the model may not take, whatever their shape: the first part of a paragraph
    split at a link ("Impressively, that beats" / "the VEGA 20 graphics …"), a subheading
    whose words come back in the paragraph under it, a line of a list of "Key: value" facts
    or of a bulleted or numbered list."""
    if i + 1 < len(labels.blocks):
        if _split_before(labels.blocks[i], labels.blocks[i + 1]) or _heads_next_paragraph(labels, i, i + 1):
            return True
    return _fact_run(labels, i) >= MIN_FACT_RUN or _list_run(labels, i) >= MIN_FACT_RUN


LIST_MARK = re.compile(r"^([•·▪◦‣*-]|[–—]|\d{1,2}[.)]|[a-z][.)])\s+\S")


def _list_mark(block: Block) -> Optional[str]:
    """The kind of list marker a block opens with ("•", "-", "1." counts as "1"), or None."""
    match = LIST_MARK.match(block.text)
    return None if match is None else re.sub(r"\d+", "1", match.group(1))


def _list_run(labels: _Labels, i: int) -> int:
    """How many blocks in a row open with the same list marker as block i (a bulleted or
    numbered list of the article's own): 0 when block i has none."""
    mark = _list_mark(labels.blocks[i])
    if mark is None:
        return 0
    start = end = i
    while start > 0 and _list_mark(labels.blocks[start - 1]) == mark:
        start -= 1
    while end + 1 < len(labels.blocks) and _list_mark(labels.blocks[end + 1]) == mark:
        end += 1
    return end - start + 1


def _split_before(block: Block, after: Block) -> bool:
    """The block stops mid-sentence, with no cut-off mark, and the next one goes on in lower case."""
    if not after.text[:1].islower() or END_SENTENCE.search(block.text):
        return False
    return not _any_cut(block.text)


def rule_labels(blocks: list[Block], *, plain_text: bool = False) -> _Labels:
    """The rules' labels for a page's blocks.

    `plain_text` turns on the rules that only make sense without markup (a trailing list
    of headline lines is a list of links)."""
    labels = _Labels(blocks)
    _mark_label_links(labels)
    _mark_bare_credits(labels)
    _mark_sections(labels)
    _mark_triples(labels)
    _mark_novel_groups(labels)
    _mark_links(labels)
    _mark_snippet_runs(labels)
    _mark_readmore(labels)
    _mark_tail(labels)
    if plain_text:
        _mark_trailing_list(labels)
    return labels


def sort_blocks(blocks: list[Block], *, plain_text: bool = False) -> Sorted:
    """Split a page's blocks into article text, furniture and related teasers: the rules
    first, then the line model's second opinion on what they kept."""
    labels = rule_labels(blocks, plain_text=plain_text)
    _mark_by_model(labels, plain_text and _sentence_a_line(blocks))
    body = [b for b, k in zip(blocks, labels.kind) if k is None]
    furniture = [
        Furniture(kind="teaser" if k == "section" else k, text=b.text)
        for b, k in zip(blocks, labels.kind)
        if k is not None and b.text
    ]
    related = [item for _, item in sorted(labels.related, key=lambda pair: pair[0])]
    return Sorted(body=body, furniture=furniture, related=related)
