"""Structural furniture detectors: what a block looks like, not which phrases it uses.

These cues generalise to furniture worded in ways no phrase list foresaw:

- a photo credit is a short name-like tail after the caption sentence ("… in Quito.
  Bloomberg/Chloe Martin", "… (Supplied)"): capitalised tokens, agency separators ("/",
  "|"), a parenthesis, no full stop of its own;
- a promotion is a short pitch to the reader about the publication itself: an imperative
  or "you"/"our", and what is on offer (articles, an app, free access, a price a month);
- a link to another story is "Label: Headline" or "► Headline" whatever the label says;
- teasers are about other stories: their words are mostly absent from the article's own
  vocabulary (`Vocabulary.overlap`), while the lines of the article's own lists repeat one
  pattern (`shared_words`).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

WORD = re.compile(r"\w+")
# Where a caption's sentence ends and its credit begins: a sentence end, or a dash/bar.
TAIL_SPLIT = re.compile(r"(?:(?P<stop>(?<![\s.][A-Z][a-z])(?<!\s[A-Z])(?<!\.)[.!?](?!\.))|\s[—–|-]+)\s+(?=\S)")
QUOTE_END = re.compile(r"['\"”’»]\W*$")
END_STOP = re.compile(r"[.!?;:,]['\"”’»\]]*$")
OPEN_END = re.compile(r"[\w,;]$")  # stops on a word or a comma: mid-sentence
CREDIT_MARK = re.compile(r"[/|©]|^[\w ]{1,20}:\s*\S")
PAREN = re.compile(r"^[(\[]([^()\[\]]{1,40})[)\]]$")  # "(Supplied)", "[Jane Roe]"
CONNECTORS = frozenset("by via for of and the de da del la le van von der du courtesy from".split())
CREDIT_CONNECTORS = frozenset("by via for courtesy from".split())
# Lower-case words a credit may hold: "Reuters file photo", "(AP pic)".
CREDIT_NOUNS = frozenset(
    "photo photos pic pics picture pictures image images file handout photograph photographs "
    "illustration staff supplied screenshot archive archives photographer credit credits source foto".split()
)
NAME_TOKEN = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w.'’&-]*|\d{4})$")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+\b")
NAME_SPLIT = re.compile(r"[^\s/|(),:;·•—–-]+")
MAX_CAPTION_WORDS = 45
MIN_HEAD_WORDS = 4
MAX_BARE_HEAD_WORDS = 20


def _name_like(tail: str, marked: bool = False) -> bool:
    """A few capitalised tokens, with connectors such as "by" or "via" between them."""
    tokens = NAME_SPLIT.findall(tail)
    connected = any(t.lower() in CREDIT_CONNECTORS or t.lower() in CREDIT_NOUNS for t in tokens)
    if not tokens or len(tokens) > (6 if marked or connected else 5):
        return False  # "Jane Roe for The Northern Post" is six
    rest = [t.lower() for t in tokens if not NAME_TOKEN.match(t)]
    other = [t for t in rest if t not in CONNECTORS and t not in CREDIT_NOUNS]
    labelled = tokens[0].lower() in CREDIT_NOUNS  # "Photo provided by Jane Roe"
    if len(rest) == len(tokens) or len(other) > (2 if labelled else 0):
        return False
    return connected or marked or len(tokens) <= 3


# A credit glued to the caption without a stop: "… in 2021 Photographer: Jo Roe/The Post",
# "… in 2021 Jo Roe/Bloomberg/File".
GLUED_CREDIT = re.compile(
    r"\s(?P<tail>(?P<label>[A-Z][a-z]+):\s.{3,60}|(?:[A-Z][\w.'’&-]*\s){0,3}[A-Z][\w.'’&-]*"
    r"(?:\s?/\s?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3})+)$"
)


def _splits(text: str) -> list[tuple[str, str, bool]]:
    """(text before, tail after, split at a sentence end?) at the last sentence end, at the
    last dash or bar, and before a credit glued on: "… in Quito. Jane Roe | The Post"."""
    last: dict[bool, re.Match[str]] = {}
    for split in TAIL_SPLIT.finditer(text):
        last[split.group("stop") is not None] = split
    found = [(text[: m.start() + 1], text[m.end() :].strip(), stop) for stop, m in last.items()]
    glued = GLUED_CREDIT.search(text)
    if glued and (":" not in glued.group("tail") or glued.group("label").lower() in CREDIT_NOUNS):
        found.append((text[: glued.start()], glued.group("tail"), False))
    return found


# A credit before the caption: "Jo Roe/AFP: Crowds in the square.", "© Reuters Crowds …".
CREDIT_FIRST = re.compile(
    r"^(?:©\s*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s|"
    r"(?P<name>[A-Z][\w.'’&-]*(?:\s?/\s?[A-Z][\w.'’&-]*){1,3}(?:\s[A-Z][\w.'’&-]*){0,2})\s*[:—–|]\s)"
)


def credit_first(text: str, words: int) -> bool:
    """A caption sentence led by its credit: "AP/Jo Roe: Workers install panels in Leeds."."""
    match = CREDIT_FIRST.match(text) if 6 <= words <= MAX_CAPTION_WORDS else None
    if match is None:
        return False
    rest = text[match.end() :]
    return len(LOWER_WORD.findall(rest)) >= 2 and len(WORD.findall(rest)) >= MIN_HEAD_WORDS


def credit_tail(text: str, words: int, *, bare: bool = False) -> bool:
    """A caption sentence followed by a short name-like credit without a full stop:
    "Crowds in the square. Jane Roe/AFP", "The bridge at dusk. (Supplied)".

    `bare` also takes a single name after a short sentence ("… in Quito. Reuters"), which
    the last paragraph of an agency story also ends with: callers pass it only for blocks
    with article text after them."""
    if not 6 <= words <= MAX_CAPTION_WORDS:
        return False
    return any(_credit_split(head, tail, stopped, bare) for head, tail, stopped in _splits(text))


def _credit_split(head: str, tail: str, stopped: bool, bare: bool = False) -> bool:
    if not tail or END_STOP.search(tail) or len(WORD.findall(head)) < MIN_HEAD_WORDS:
        return False
    if QUOTE_END.search(head.rstrip(" —–|-")):
        return False  # a quotation and its speaker
    if len(LOWER_WORD.findall(head)) < 2:
        return False  # a caption is a sentence; "Sept. 5 -- White River Arena. Seattle, WA" is a listing
    paren = PAREN.match(tail)
    if paren:
        inner = paren.group(1)
        credit = len(NAME_SPLIT.findall(inner)) > 1 or inner.isupper() or inner.lower() in CREDIT_NOUNS
        marked = CREDIT_MARK.search(inner) is not None  # "(Jo Roe | The Post)", "(The Post: Jo Roe)"
        return stopped and credit and _name_like(inner, marked)  # "(Supplied)", "(AP)"; not "(More)"
    if CREDIT_MARK.search(tail):
        return _name_like(tail, marked=True) and (stopped or len(WORD.findall(head)) >= 6)
    if not stopped or not _name_like(tail):
        return False
    return len(tail.split()) >= 2 or (bare and len(WORD.findall(head)) <= MAX_BARE_HEAD_WORDS)


IMPERATIVE = re.compile(
    r"(?:^|[.!?:]\s+)(sign (?:in|up)|log ?in|subscribe|register|join|unlock|upgrade)\b(.{0,40})",
    re.IGNORECASE,
)
READER = re.compile(
    r"\b(you|your|our|us|now|today|free|here|below|first|full|continue|reading|access|account)\b",
    re.IGNORECASE,
)
NAMED_OFFER = re.compile(r"^( to| for)? [A-Z]\w*( [A-Z]\w*)+")  # "Join The Ledger Plus"
MAX_PROMO_WORDS = 14


def reader_imperative(text: str, words: int) -> bool:
    """A short block that asks the reader to sign up, log in, subscribe or join, addressing
    the reader or the site right after the verb ("Join our mailing list.")."""
    if words > MAX_PROMO_WORDS or text.startswith(("“", '"', "‘")):
        return False
    for match in IMPERATIVE.finditer(text):
        after = match.group(2)
        if READER.search(after) or NAMED_OFFER.match(after):
            return True
    return False


PROMPT_VERB = re.compile(
    r"(?:^|[.!?:,]\s+)(get|try|read|listen|watch|continue|keep|support|donate|join|subscribe|sign|"
    r"register|download|follow|stay|enjoy|discover|explore|start|unlock|upgrade|become|claim|"
    r"cancel|love|want|check|tap|click|visit|give|go|make|don'?t|never)\b",
    re.IGNORECASE,
)
ADDRESS = re.compile(r"\b(you|your|you'?ve|you'?re|you'?ll|our|us)\b", re.IGNORECASE)
# What a publication offers its readers.
OFFER = re.compile(
    r"\b(articles?|stories|news|newsletters?|podcasts?|apps?|account|subscri\w+|access|reading|"
    r"journalism|edition|briefing|bulletin|digest|e-?mails?|inbox|alerts|digital|free|trial|"
    r"anytime|donate|donation|unlimited|premium|members?|membership|ad-free|offer|coverage|"
    r"supporters?|reporting|contributions?|contribute)\b",
    re.IGNORECASE,
)
FREQUENCY = re.compile(r"\b((every|each) (morning|day|week|weekday|evening|month)|daily|weekly)\b", re.I)
PRICE = re.compile(r"([$£€]\s?[\d.,]+|[\d.,]+\s?€)\s*(a|per|/|every)\s*(day|week|month|year)\b", re.I)
TRIAL_PRICE = re.compile(r"\d+ (days?|weeks?|months?) for [$£€]?\s?\d|[$£€]\s?[\d.]+ for \d+ (days?|weeks?|months?)")
SELF_REFERENCE = re.compile(r"\bthis (article|story|page|post|newsletter|podcast)\b", re.IGNORECASE)
MAX_PROMPT_WORDS = 18
MAX_TERSE_WORDS = 6
OWN = re.compile(r"\b(our|us)\b", re.IGNORECASE)


def reader_prompt(text: str, words: int) -> bool:
    """A short pitch to the reader about the publication itself: it addresses the reader
    (an imperative, "you", "our") and names what is offered (articles, an app, free access,
    a price, a daily delivery). Scored, so that no single word decides."""
    if words > MAX_PROMPT_WORDS or text.startswith(("“", '"', "‘")):
        return False
    offers = len({m.lower() for m in OFFER.findall(text)})
    imperative = PROMPT_VERB.search(text) is not None
    address = ADDRESS.search(text) is not None
    if not (offers or TRIAL_PRICE.search(text)) or not (imperative or address):
        return False
    extra = bool(FREQUENCY.search(text)) + bool(PRICE.search(text) or TRIAL_PRICE.search(text))
    extra += bool(SELF_REFERENCE.search(text))
    if imperative and not address and words <= MAX_TERSE_WORDS:
        return True  # "Go premium.", "Listen to this article."
    score = imperative + address + min(2, offers) + extra
    if imperative and OWN.search(text) and words <= MAX_TERSE_WORDS * 2:
        return score >= 3  # the site speaking of itself: "Make a contribution to support our work."
    return score >= 3 and (offers >= 2 or extra > 0)


# Emoji and pictographic symbols, as page tools put them before a label ("⏱ 4 min read").
ICON = "[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?"
ICON_EDGES = re.compile(rf"^(?:{ICON}\s*)+|(?:\s*{ICON})+$")
ICON_LED = re.compile(rf"^{ICON}\s*[A-Z0-9]")
MAX_CHROME_WORDS = 12


ICON_CHAR = re.compile(ICON)


def without_icons(text: str) -> str:
    """The text without the icons at its ends: "⏱ 4 min read" -> "4 min read"."""
    if not text or not (ICON_CHAR.match(text) or ICON_CHAR.match(text.rstrip("\ufe0f")[-1:])):
        return text
    return ICON_EDGES.sub("", text).strip()


def icon_control(text: str, words: int) -> bool:
    """A page control led by an icon: an emoji, then a few words that do not end as a
    sentence does ("⭐ Add The Post as a preferred source", "🖨 Print article")."""
    return 0 < words <= MAX_CHROME_WORDS and bool(ICON_LED.match(text)) and not END_STOP.search(text)


# A widget of one-letter buttons after a label: "Font size: A- A A+", "Text: S M L".
LETTER_BUTTONS = re.compile(r"^[^:.!?]{1,20}:\s*(?:[A-Za-z][+-]?\s+){2,}[A-Za-z][+-]?$")
# A short question to the reader answered by an imperative: "Spotted an error? Report it to
# our desk.", "Got a tip? Email us.", "What do you think? Let us know below."
ASK_THEN_TELL = re.compile(
    r"^[A-Z][^.!?\"“”]{2,40}\?\s+(let|tell|report|e-?mail|contact|send|share|write|drop|reach|get|"
    r"join|sign|subscribe|read|click|tap|visit|call|text|follow|check|download|listen|watch|leave|"
    r"find|see|message|submit|give|try|add|ask|pass|consider|support|donate)\b",
    re.IGNORECASE,
)
MAX_ASK_WORDS = 20


# A command to the page rather than a sentence: a verb of reading tools, then what it acts
# on ("Jump to comments", "Open in app", "View gallery (12 photos)", "Next article").
UI_COMMAND = re.compile(
    r"^(?:(?:jump|skip|back|go|return|scroll|open|download|translate|view|click|tap|expand|collapse|"
    r"show|hide|load|listen|watch|play|print|zoom|enlarge|close)\b.*\b(?:top|comments?|app|pdf|gallery|"
    r"photos?|images?|video|audio|article|story|page|slideshow|transcript|speech|more|screen|site|"
    r"menu|content|enlarge|caption)s?\b|(?:next|previous|prev|older|newer) (?:article|story|post|page|"
    r"slide|photo|image)s?$|(?:image|photo|picture|slide) \d+ (?:of|/) \d+$|text to speech$)",
    re.IGNORECASE,
)
MAX_COMMAND_WORDS = 6


def page_control(text: str, words: int) -> bool:
    """Page tools, not prose: an icon-led control, a row of one-letter buttons, or a short
    command to the page that does not end as a sentence."""
    if icon_control(text, words) or (words <= 8 and LETTER_BUTTONS.match(text) is not None):
        return True
    return words <= MAX_COMMAND_WORDS and not END_STOP.search(text) and UI_COMMAND.match(text) is not None


def asks_reader(text: str, words: int) -> bool:
    """A question to the reader and an imperative that addresses them or the site."""
    if words > MAX_ASK_WORDS:
        return False
    match = ASK_THEN_TELL.match(text)
    return match is not None and ADDRESS.search(text) is not None


LABEL_LINE = re.compile(r"^[\[(]?\s*([^:|»→]{1,30}?)\s*(?:[:|»→]|>>)\s+(?P<rest>.+?)[\])]?$")
ARROW_LINE = re.compile(r"^(?:[►▶▸▹▻▷›»•◆■➤➔➜➝➞➡⟶⇒]|[\u2190-\u21ff])+\ufe0f?\s*(?P<rest>.+)$")
HEADLINE_END = re.compile(r"([.!?,;:]|…)['\"”’)\]]*\W*$")
MAX_LABEL_WORDS = 3


def _label(label: str) -> bool:
    """One to three words, opening with a letter: not "Q", "A" or a numbered item."""
    words = label.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and len(label) >= 2 and label[:1].isalpha()


def key_value(text: str) -> bool:
    """A "Key: value" line, as in a list of facts, a spec sheet or an interview."""
    match = LABEL_LINE.match(text)
    return match is not None and len(match.group(1).split()) <= MAX_LABEL_WORDS


def labelled_headline(text: str) -> Optional[str]:
    """The headline of a "Label: Headline" or "► Headline" line, whatever the label says;
    None when the line is not shaped so (the rest must read as a headline: four words or
    more, no sentence end)."""
    match = ARROW_LINE.match(text)
    if not match:
        match = LABEL_LINE.match(text)
        if not match or not _label(match.group(1)) or ":" in match.group("rest"):
            return None
    rest = match.group("rest").strip()
    if HEADLINE_END.search(rest) or not 4 <= len(rest.split()) <= 25 or rest[:1].islower():
        return None
    return rest


# Words too common to tell one story from another.
COMMON = frozenset(
    """the a an and or but of to in on at by for with from as is are was were be been being it
    its this that these those he she they we you i his her their our your my not no new says
    said say will would can could has have had do does did after before over under about into
    more most than then also just up out off what who when where why how all one two three
    first last year years day days time week news today now here there some any other""".split()
)


def content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more that are not common function words."""
    return {w for w in WORD.findall(text.lower()) if len(w) >= 3 and w not in COMMON}


class Vocabulary:
    """The article's own vocabulary (its running paragraphs), to tell its lines from teasers."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.words: set[str] = set()
        for text in texts:
            self.words |= content_words(text)

    def overlap(self, text: str) -> float:
        """Share of the text's content words found in the article; 1.0 when it has none."""
        words = content_words(text)
        if not words:
            return 1.0
        return len(words & self.words) / len(words)


def shared_words(texts: list[str]) -> float:
    """How much the lines repeat one pattern: per line, the share of its content words that
    recur in half the lines or more, averaged. Lines of one list of the article's own
    ("England (Group A): 10th appearance") score high; teasers for other stories do not."""
    lines = [content_words(text) for text in texts]
    counts: dict[str, int] = {}
    for words in lines:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    floor = max(3, (len(lines) + 1) // 2)
    shares = [sum(counts[w] >= floor for w in words) / len(words) for words in lines if words]
    return sum(shares) / len(shares) if shares else 0.0
