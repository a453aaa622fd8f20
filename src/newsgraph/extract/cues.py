"""Phrase cues for page furniture: what share lines, prompts, credits and teaser headers say.

The cues are keyword-level, not sentences copied from any page: the classifier in
`furniture.py` only trusts them on short blocks and combines them with layout cues
(length, end punctuation, cut-off snippets, links, repetition).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

_I = re.IGNORECASE


class Gated:
    """A pattern tried only on blocks holding one of its trigger words (or symbols).

    The triggers are words the pattern cannot match without, so the gate changes no answer;
    it only spares running long alternations over every paragraph of a page."""

    def __init__(self, pattern: str, triggers: str, symbols: str = "", flags: int = _I) -> None:
        self.pattern = re.compile(pattern, flags)
        self.triggers = frozenset(triggers.split())
        self.symbols = symbols

    def _may(self, text: str, vocab: frozenset[str]) -> bool:
        return not vocab.isdisjoint(self.triggers) or any(s in text for s in self.symbols)

    def search(self, text: str, vocab: frozenset[str]) -> Optional[re.Match[str]]:
        return self.pattern.search(text) if self._may(text, vocab) else None

    def finditer(self, text: str, vocab: frozenset[str]) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may(text, vocab) else iter(())


# Social networks and share verbs: a block made only of these words is a share bar.
SOCIAL_WORDS = frozenset(
    """share shares sharing tweet retweet email e-mail mail print pin pinterest whatsapp facebook
    twitter x linkedin reddit messenger telegram flipboard tumblr copy link url save bookmark it
    friend friends network your with forward send
    comment comments sms text on via this article story post page icon button open new window
    in a the to google plus threads bluesky instagram tiktok youtube snapchat copied gift give by using us for later""".split()
)

SHARE = Gated(
    r"^(share|tweet|click to share|copy (the )?link)\b|\bshare (this|on|via|the|article|story|"
    r"post|page|with)\b|\bshare it with\b|\bshares?\s*$|\b(send|e-?mail|forward) (this|it)( \w+)? "
    r"to a friend\b",
    "share shares tweet click copy send email e mail forward",
)
FOLLOW = Gated(
    r"^(follow|like|join) (us|me|him|her|them|@|.{1,40} on (twitter|facebook|instagram|x|tiktok|"
    r"youtube|linkedin|threads|bluesky|whatsapp|telegram|snapchat)\b)|\bfollow (us|@\w+|\w+ on "
    r"(twitter|facebook|instagram|x|tiktok|youtube|linkedin|threads|bluesky))|"
    r"\b(on|via) (twitter|facebook|instagram|tiktok|youtube|linkedin)\b.*@\w+|^@\w+$",
    "follow like join twitter facebook instagram tiktok youtube linkedin",
    "@",
)
NEWSLETTER_STRONG = Gated(
    r"\b(newsletters?|your inbox|in(to)? your (email|mailbox)|sign[- ]?up (for|to|now|here|today) "
    r"(\w+ ){0,4}(emails?|alerts|updates|briefing|digest|newsletter)|"
    r"subscribe (to|now|today|here|for)|unsubscribe|subscribers? (only|get|can)|"
    r"delivered (straight |directly |right )?(to|into) your|subscription)\b",
    "newsletter newsletters inbox email mailbox sign signup unsubscribe subscribe subscriber "
    "subscribers delivered subscription",
)
NEWSLETTER_WEAK = re.compile(
    r"\b(sign[- ]?up|subscribe|subscribing|daily|weekly|email|e-mail|free|updates|headlines|"
    r"briefing|digest|alerts?|register|join|don't miss|never miss|stay (informed|up to date|"
    r"ahead)|get (the|our|all)|best of|latest)\b",
    _I,
)
# Promotions address the reader with an imperative and name what is sold.
PROMO_VERB = Gated(
    r"(^|[.:!?]\s+)(sign up|subscribe|get|join|enter|register|become|stay|never miss|don'?t miss|"
    r"download|try|support|receive|want|unlock|start|upgrade|sign in|log in|follow|turn on)\b",
    "sign subscribe get join enter register become stay never don dont download try support "
    "receive want unlock start upgrade log follow turn",
)
PROMO_NOUN = re.compile(
    r"\b(newsletters?|inbox|e-?mails?|alerts?|updates|digest|briefings?|subscri\w+|memberships?|"
    r"members|readers|access|journalism|app|notifications|offer|trial|premium|account|podcast|"
    r"headlines|unlimited|without limits|ad-free|bulletin)\b",
    _I,
)
PROMO_ADDRESS = re.compile(r"\b(you|your|our|free|today|now|here)\b", _I)
# A header that opens a list of links to other stories ("You may also like").
SECTION = re.compile(
    r"^[\W_]*(read (more|next|also|this)|also read|see also|more( stories| news| coverage| "
    r"headlines| videos| articles)?( from| on| in| about)?|related( stories| articles| content| "
    r"coverage| links| posts| reading| topics| news| videos)?|recommended( for you| stories| "
    r"reading)?|(you|we) (may|might|would) (also )?(like|enjoy|recommend)|don'?t miss|must[- ]read|"
    r"(most|more) (read|popular|viewed|shared|watched)|popular( now| stories)?|trending( now| "
    r"stories)?|top (stories|news|headlines)|latest( news| stories| headlines)?|editors?'?s?'? "
    r"(picks?|choice)|what to read next|up next|further reading|suggested( for you| reading)?|"
    r"(from )?around the web|from (our|the) (network|partners)|sponsored( content| stories)?|"
    r"(also )?in the news|elsewhere|more (on|about) this( topic| story)?|top picks|"
    r"(you )?(might|may) (also )?be interested( in)?|across (the|our) (network|site)|"
    r"in (other|case you missed)|also on|elsewhere on|more to (read|explore)|"
    r"leggi anche|lesen sie auch|lire aussi|leia (também|mais)|lea también|ver también|"
    r"mais lidas|meistgelesen)\b",
    _I,
)
READMORE = re.compile(
    r"^[\[(]?\s*(read (more|next|also|this|the full|our)|also read|see also|more( (on|from|about) "
    r"[^:|]{1,40})?|related( (coverage|stories|story|articles|article|reading|news|content|links|"
    r"videos?|topics))?|recommended( (for you|stories|reading))?|watch( now| more| the video)?|"
    r"listen( now)?|don'?t miss|must[- ]read|trending( now)?|most read|click here( to)?( read)?|"
    r"also on( \S+){1,4}|see more|"
    r"continue reading|further reading|leggi anche|lesen sie auch|lire aussi|leia também|"
    r"lea también)\s*(:|\||–|—|>>|»| - )",
    _I,
)
PHOTO_BY = re.compile(
    r"^(photo|photograph|image|illustration|video|graphic|pictures?)( illustration)? by\b", _I
)
# Short labels that introduce a link to another story ("Latest: …", "You might like: …").
LABEL_WORDS = re.compile(
    r"\b(read|reading|related|latest|like|story|stories|coverage|more|also|see|watch|listen|"
    r"recommended|popular|trending|next|miss|top|news|breaking|video|podcast|opinion|analysis|"
    r"explainer|live|updates?|previously|earlier|background|context|archives?|from the)\b",
    _I,
)
AGENCY_END = Gated(
    r"([(\[|/:©—–-]|\bsource:?|\bcredit:?|\bphoto:?|\bimage:?)\s*(getty( images)?|reuters|afp|ap|"
    r"epa(-efe)?|bloomberg|shutterstock|alamy|xinhua|anadolu|pa( images)?|istock|unsplash|nurphoto|"
    r"sipa|zuma|ansa|dpa|tass|efe|ap images|press association)\s*[)\]]?\s*$",
    "getty gettyimages images reuters afp ap epa efe bloomberg shutterstock alamy xinhua "
    "anadolu pa istock unsplash nurphoto sipa zuma ansa dpa tass press association",
)
CAPTION_START = re.compile(
    r"^[\[(]?\s*(photo|photograph|image|picture|pic|video|graphic|illustration|file photo|"
    r"credit|caption|source|photo illustration|pictured|above|top|left|right|main|inset)"
    r"s?( credit| by)?\s*(:|\||/|–|—)",
    _I,
)
CREDIT = Gated(
    r"(getty ?images|shutterstock|alamy|istock|ap photo|afp photo|epa-efe|reuters/|/reuters\b|"
    r"/afp\b|\(afp\)\s*$|/ap\b|/epa\b|pool photo|photo by|photograph by|photographs by|"
    r"image (credit|courtesy|source)|courtesy (of|photo)|photo courtesy|handout|"
    r"\bcourtesy( of)?( [A-Z][\w.&'-]*){1,5}\W*$|"
    r"\((file |staff |handout |[A-Z]\w+ )?(photo|image|picture)s?\)\W*$|"
    r"\b(photo|photograph|picture|pic|image|illustration|video|graphic|credit)s?\s*:|\bphoto/|"
    r"\b(hide|toggle) caption\b|"
    r"(©|\(c\)|copyright)\s*\d{0,4}\s*[A-Z]|[|/]\s*(getty|reuters|afp|ap|epa|bloomberg|shutterstock|"
    r"alamy|xinhua|anadolu|pa|istock|unsplash|nurphoto|sipa|zuma|ansa|dpa|tass|efe)\b[\w .-]*\)?$)",
    "getty gettyimages images reuters afp ap epa efe bloomberg shutterstock alamy xinhua "
    "anadolu pa istock unsplash nurphoto sipa zuma ansa dpa tass press association pool photo "
    "photos photograph photographs image courtesy handout picture pictures pic pics "
    "illustration illustrations video videos graphic graphics credit credits copyright c file "
    "staff hide toggle",
    "©",
)
# A media label opening a caption: "Image caption, …", "Image copyright Alamy Image caption …".
MEDIA_LABEL = re.compile(r"^(image|photo|picture|video|media) (caption|copyright|source|credit)s?\b", _I)
COOKIE = re.compile(
    r"\bcookies?\b.*\b(use|uses|using|accept|consent|policy|settings|preferences|experience|"
    r"browsing|agree|enable|disable|third[- ]party)\b|\b(accept|reject|manage) (all )?cookies\b",
    _I,
)
ABOUT_AUTHOR = re.compile(r"^about (the |this )?(author|writer|reporter|contributor|columnist)s?\b", _I)
BIO = re.compile(
    r"^([A-Z][\w.'’-]+ ){1,4}(is|was|has been|covers|writes|reports)\b.{0,80}\b(reporter|writer|"
    r"correspondent|editor|columnist|journalist|contributor|producer|author|freelancer?|"
    r"curator|critic|analyst|anchor|host|photographer|intern|fellow|staff)\b",
)
CONTACT = Gated(
    r"^(?i:e-?mail|contact|write to|reach|you can reach|have a (news )?tip|got a (news )?tip|"
    r"send (us|me) )\b|\b(may|can) be reached at\b|\b(?i:e-?mail|write to|reach) (him|her|them|"
    r"the (author|reporter|writer|editor)s?|[A-Z]\w+( [A-Z]\w+)?) (at|via|on)\b|"
    r"^[\w.+-]+@[\w-]+\.[\w.]+$",
    "email e mail contact write reach tip send reached",
    "@",
    flags=0,
)
COMMENTS = Gated(
    r"^(\d+\s+)?comments?( \(\d+\))?$|\b(leave|post|add|write|submit) a (comment|reply|response)|"
    r"\bjoin the (conversation|discussion|debate)\b|\bcomments? (are|is) (closed|disabled|"
    r"moderated)\b|\btell us what you think\b|\b(show|view|load|read|see) (all )?(\d+ )?"
    r"comments\b|\blog ?in to (comment|reply)\b|\bwhat do you think\?$|^reply$|"
    r"\bcomment(s|ing)? (policy|guidelines)\b|\bcomentários?\b|\bkommentare?\b",
    "comment comments commenting reply response conversation discussion debate think "
    "comentário comentários comentario comentarios kommentar kommentare",
)
REPORT_CREDIT = Gated(
    r"^[\[(]?\s*((additional |further )?reporting|writing|written|editing|edited|compiled|"
    r"contributing|graphics?) (by|from)\b|^[\[(]?\s*contributing:|"
    r"\bcontributed (reporting|to this (report|story|article))\b|^(with )?(staff|wire|news "
    r"agency|agency|\w+ wire)s?( reports?)?[.]?$|^source:|^\((\w+ ){0,3}(reporting|editing)\b",
    "reporting writing written editing edited compiled contributing graphic graphics "
    "contributed staff wire wires agency source",
)
OTHER = Gated(
    r"^(advertisement|advertising|sponsored|ad|promoted|paid (post|content))$|"
    r"^(\w+ )?(advertisement|advertising)( \w+)?$|"
    r"\b(story|article) continues (below|after)\b|^(click|tap) here\b|\bclick here to\b|"
    r"^(tags?|filed under|posted in|topics?|categories|category|keywords)\s*:|"
    r"\ball rights reserved\b|^(copyright|©)|\bfor your personal,? non-?commercial use\b|"
    r"\b(order|buy) reprints?\b|^print (this )?(article|page)$|"
    r"^(updated|published|posted|last (updated|modified)|first published|modified)\b.{0,60}"
    r"\d|^(reading time|tempo de leitura|lesezeit)\b|\bminutes? read$|\b\d+ min(ute)?s?\.? read\b|"
    r"\b(get|download) (the|our) (\w+ ){0,4}app\b|\bclick to (share|email|print)\b|"
    r"\bwe may (earn|receive) (a )?(commission|compensation)\b|"
    r"\bif you buy something through\b|\baffiliate (links?|commission)\b",
    "advertisement advertising sponsored ad promoted paid continues click tap tags tag filed "
    "topics topic categories category keywords rights copyright personal reprints reprint print "
    "updated published posted last first modified reading tempo lesezeit minutes minute min app "
    "commission compensation buy affiliate",
    "©",
)
# A headline with a bracketed tag at its end: "Storm hits coast [VIDEO]".
TAGGED_HEADLINE = re.compile(r"\[[A-Z][A-Z ]{2,15}\]\s*\|?$")
SEPARATOR = re.compile(r"^[\W_]{1,40}$")
URL_ONLY = re.compile(r"^(https?://|www\.)\S+$")
TIMESTAMP_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][\d:.+-]+Z?)?$")
