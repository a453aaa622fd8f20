"""Names that look like places but stand for something else on the page: teams and football
clubs on sports pages, planets and missions on space pages, and the patterns of venues and
firms named after towns ("Hollywood Casino", "the vehicle-maker Winnebago").

`TeamReading` is a mixin of `recognize.Recognizer`: it reads `self.text`, `self.sporty`,
`self.spacey`, `self.teams` and `self.team_spans`, and asks `self.region_key()` whether a name
is a country's or first-level region's.
"""

from __future__ import annotations

import re

from newsgraph.geo.names import name_key
from newsgraph.geo.resolve import Toponym

FOLLOWED_BY_REGION = re.compile(r",\s*[A-Z]")

# Sports pages name teams after places ("Eastern Michigan rolled past Northern Illinois, 45-17").
# A page is a sports page when it gives a score or a win-loss record and uses sports words (or uses
# many of them); there a name is a team when a score or record follows it, a match verb precedes or
# follows it, or it owns a game or a player ("Pittsburgh quarterback"). A name governed by "at"/"in"
# stays a place ("a loss at X").
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
SPORTS_WORDS = re.compile(
    r"\b(?:quarterbacks?|[Ll]inebackers?|[Cc]ornerbacks?|interceptions?|snap counts?|touchdowns?|halftime|innings?|playoffs?|coach(?:es|ed)?|rebounds|assists|"
    r"yards|rushing|overtime|semifinals?|quarterfinals?|pitchers?|goalkeepers?|strikers?|midfielders?|"
    r"field goals?|home runs?|kick-?off|NCAA|NFL|NBA|MLB|NHL|MLS|FIFA|UEFA|Premier League|Champions League|"
    r"Europa League|La Liga|Serie A|Bundesliga|World Cup|Big Ten|SEC|ACC)\b"
)
SPORTS_PAGE_WORDS = 3  # with a score or record
SPORTS_PAGE_WORDS_ALONE = 5
_QUALIFIED = r"(?:(?:the|No\.\s*\d+)\s+)?(?:[A-Z][\w.]*\s+){0,2}$"
TEAM_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|past|routed|edged|topped|upset|downed|blanked|"
    r"against|vs\.?|versus|(?:lost|loses|losing|fell|falls) to|(?:win|victory|lead|edge) (?:over|on)|"
    r"hosts|hosted|hosting|visits|visited|faces|faced|managed|manages|manage|in charge of|sacked by|"
    r"(?:signed|signs|plays|played|playing) for|joined|away to|(?:at )?home to)\s+" + _QUALIFIED
)
TEAM_AFTER = re.compile(
    r"(?:['’]s?\s+(?:game|games|offense|defense|season|victory|win|loss|lead|team|players?|roster|record)\b"
    r"|(?:['’]s?)?\s+(?:quarterback|coach|head coach|kicker|receiver|running back|linebacker|lineman|"
    r"center|guard|tight end|safety|cornerback|pass rusher|pitcher|catcher|shortstop|goalkeeper|goalie|"
    r"striker|midfielder|defender|forward|captain|manager|boss|DL|QB|WR|RB)\b"
    r"|\s+(?:beat|beats|defeated|defeats|won|wins|lost|loses|rolled|routed|edged|topped|upset|downed|"
    r"blanked|hosts|hosted|visits|visited|improved|dropped|leads|rallied|scored|trails|trailed|clinched)\b"
    r"|\s*\(\d{1,2}-\d{1,2}|,?\s+\d{1,3}-\d{1,3}\b)"
)
# Positions only a team has, which make a name a team on any page ("the Pittsburgh quarterback",
# "a Porto football player").
PLAYER_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:quarterbacks?|linebackers?|cornerbacks?|running backs?|tight ends?|wide receivers?|"
    r"defensive (?:end|tackle|back)s?|offensive (?:line|lineman|coordinator)|head coach|shortstops?|goalkeepers?|"
    r"midfielders?|strikers?|(?:soccer|football|basketball|baseball|hockey|rugby) (?:players?|stars?|clubs?|teams?))\b"
)
GOVERNED = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
# A place in a school's name stays a place: "University of Oregon basketball star".
SCHOOL_OF = re.compile(r"\b(?:University|College|Institute|State)\s+of\s+$")
# Football clubs carry their town in a fixed frame: "FC Porto", "Real Madrid", "Manchester United".
CLUB_BEFORE = re.compile(
    r"\b(?:FC|F\.C\.|AFC|AC|AS|CF|SC|SV|FK|SK|Real|Atl[eé]tico|Sporting|Inter|Olympique|Dynamo|Dinamo|Borussia|Racing)\s+$"
)
CLUB_AFTER = re.compile(r"\s+(?:United|Rovers|Athletic|Wanderers|Albion|Hotspur|Argyle|FC|F\.C\.|AFC)\b")
CLUB_NAMES = re.compile(
    r"\b(?:FC|AC|Real|Inter|Sporting|Borussia)\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+(?:United|Rovers|Athletic|Wanderers|Albion|Hotspur|FC)\b"
)
# Items of one list are of one kind: a name listed next to a team is a team ("Porto, Chelsea and ...").
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
LIST_BETWEEN = re.compile(rf"{_SEP}(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}{_SEP}){{0,3}}")
# Space pages name planets, moons, missions and rockets that are also small towns ("Mars", "Apollo 11").
# Weapons words ("rockets", "launch") do not make a space page; "Delta" and "Atlas" are real regions.
SPACE_WORDS = re.compile(
    r"\b(?:NASA|ESA|SpaceX|Roscosmos|spacecraft|spaceflight|astronauts?|cosmonauts?|orbit(?:s|al|ing|er)?|"
    r"lunar|planets?|planetary|moons?|[Ss]olar [Ss]ystem|space station|telescopes?|space agency|landers?|rovers?)\b"
)
SPACE_PAGE_WORDS = 5
SKY_NAMES = frozenset(
    """mercury venus earth moon mars jupiter saturn uranus neptune pluto ceres titan europa ganymede callisto io
    enceladus triton phobos deimos apollo artemis gemini orion falcon vulcan soyuz dragon starship
    voyager juno cassini dawn galileo pioneer viking hubble kepler webb""".split()
)
# A name right after a noun for a kind of business is that business: "the vehicle-maker Winnebago".
BUSINESS_BEFORE = re.compile(
    r"\b(?:[a-z]+-)?(?:maker|makers|automaker|carmaker|retailer|company|firm|brand|chain|giant|startup|start-up|"
    r"manufacturer|carrier|airline|insurer|lender|brewer|publisher|developer|studio|supplier|label|outlet)\s+$"
)
# A place name opening a venue's or a business's name is no mention of the town
# ("Hollywood Casino Amphitheatre", "Shoreline Amphitheatre").
# A trophy is named after its donor or town, and names the contest, not the place ("the Davis Cup").
VENUE_AFTER = re.compile(
    r"\s+(?:Casino|Amphitheat(?:re|er)|Pavilion|Resort|Hotel|Motel|Ballroom|Speedway|Raceway|Cup|Trophy)\b"
)
# North American teams are a town and a plural nickname ("the Cleveland Browns", "Miami Dolphins");
# plural words that end place or institution names are no nicknames ("Colorado Springs", "New York Times").
NICKNAME_AFTER = re.compile(r"\s+(?!(?:Times|Schools|Studios|Airlines|Airways|Games|Olympics|Islands|Heights|Springs|"
    r"Falls|Hills|Woods|Lakes|Rapids|Plains|Sands|Gardens|Services|Industries|Holdings|Systems|Partners|"
    r"Records|News|Works|Brothers|Sports|Awards|Affairs|Forces|Nations|States|Emirates|Police)\b)[A-Z][a-z]+s\b(?!\s+[A-Z])")
# A place name standing alone between quotation marks is a title: a song, film or show ("“Glasgow”").
QUOTE_OPEN = re.compile(r"[“\"‘']$")
QUOTE_CLOSE = re.compile(r"[,.!?]?[”\"’'](?!\w)")
# A compass part of a place named after it is no place of its own: "the Southern District of New
# York" (a court's district), "the Eastern Division of Kent"; the place after "of" is the mention.
COMPASS_PART = re.compile(
    r"(?:North|South|East|West|Central|Upper|Lower)(?:ern)?\s+(?:District|Division|Circuit|Region|Province|Sector)"
)
PART_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
NAME_HEAD = re.compile(r"(?:[A-Z][\w.&'’-]*\s+)+$")
NAME_TAIL = re.compile(r"(?:\s+[A-Z][\w.&'’-]*)*")


def name_tail(text: str, end: int) -> int:
    """Where the capitalised words following offset `end` end ("Michigan| State" -> after "State")."""
    match = NAME_TAIL.match(text, end)
    return match.end() if match else end


def sports_page(text: str) -> bool:
    """True for a page that reports games: a score or record and a few sports words, or many
    sports words (club names such as "FC Porto" count as sports words)."""
    words = len(SPORTS_WORDS.findall(text)) + len(CLUB_NAMES.findall(text))
    return words >= SPORTS_PAGE_WORDS_ALONE or (words >= SPORTS_PAGE_WORDS and SCORE.search(text) is not None)


def space_page(text: str) -> bool:
    """True for a page about spaceflight or astronomy (SPACE_PAGE_WORDS of its words)."""
    return len(SPACE_WORDS.findall(text)) >= SPACE_PAGE_WORDS


class TeamReading:
    """Team, club and sky-name tests of the Recognizer (see the module docstring)."""

    text: str
    sporty: bool
    spacey: bool
    teams: set[str]
    team_spans: list[tuple[int, int]]

    def region_key(self, key: str) -> bool:  # pragma: no cover - provided by the Recognizer
        raise NotImplementedError

    def sky_name(self, top: Toponym) -> bool:
        """True on a space page for a planet, moon or mission ("Mars", "Artemis 2"), unless a
        region follows it ("Mars, Pa.")."""
        key = name_key(top.text.rstrip("-‐"))
        return self.spacey and key in SKY_NAMES and not FOLLOWED_BY_REGION.match(self.text, top.end)

    def club(self, top: Toponym) -> bool:
        """True for the town in a football club's name ("FC Porto", "Manchester United"); on a
        sports page the town's other mentions are the club too."""
        before = self.text[max(0, top.start - 14) : top.start]
        nickname = self.sporty and NICKNAME_AFTER.match(self.text, top.end) is not None
        if not (nickname or CLUB_BEFORE.search(before) or CLUB_AFTER.match(self.text, top.end)):
            return False
        if self.sporty and not (nickname and self.region_key(name_key(top.text))):  # "Texas Rangers"
            self.teams.add(name_key(top.text))
        self.team_spans.append((top.start, top.end))
        return True

    def compass_part(self, top: Toponym) -> bool:
        """True for a compass part named after the place that follows ("Southern District of X")."""
        return COMPASS_PART.fullmatch(top.text) is not None and PART_OF_AFTER.match(self.text, top.end) is not None

    def title(self, top: Toponym) -> bool:
        """True for a name that is all of a quotation, so a title ("the song “Glasgow”")."""
        text = self.text
        return QUOTE_OPEN.search(text, max(0, top.start - 1), top.start) is not None and bool(QUOTE_CLOSE.match(text, top.end))

    def drop_listed_teams(self, tops: list[Toponym]) -> list[Toponym]:
        """Drop names listed next to a team ("managed FC Porto, Inter Milan, Chelsea and ...")."""
        kept = list(tops)
        changed = True
        while changed:
            changed = False
            for top in list(kept):
                if any(self.listed(span, top) for span in self.team_spans):
                    kept.remove(top)
                    self.team_spans.append((top.start, top.end))
                    changed = True
        return kept

    def listed(self, span: tuple[int, int], top: Toponym) -> bool:
        """True when only list separators and up to three other short names lie between a
        team's name and `top`."""
        if span[1] <= top.start:
            between = self.text[name_tail(self.text, span[1]) : top.start]
        elif top.end <= span[0]:
            between = self.text[name_tail(self.text, top.end) : span[0]]
            head = NAME_HEAD.search(between)
            between = between[: head.start()] if head else between
        else:
            return False
        return len(between) < 60 and LIST_BETWEEN.fullmatch(between) is not None

    def team(self, top: Toponym) -> bool:
        """True for a name read as a team: on a sports page see SCORE and TEAM_BEFORE, on any
        page a team position after it ("the Denver quarterback"). The full name ("Eastern
        Michigan") is remembered, so its other mentions are teams too, unless it is a country's
        or first-level region's ("England captain Harry Kane", "returned to England")."""
        text = self.text
        end = name_tail(text, top.end)
        before = text[max(0, top.start - 40) : top.start]
        if GOVERNED.search(before) or SCHOOL_OF.search(before):
            return False
        if not self.sporty:
            if PLAYER_AFTER.match(text, end) is None:
                return False
        elif TEAM_AFTER.match(text, end) is None and TEAM_BEFORE.search(before) is None:
            return False
        full = self.full_name(top)
        if not self.region_key(full):  # "England captain": this mention only, not the country
            self.teams.add(full)
        self.team_spans.append((top.start, top.end))
        return True

    def full_name(self, top: Toponym) -> str:
        """The key of the capitalised name around a toponym ("eastern michigan")."""
        head = NAME_HEAD.search(self.text, max(0, top.start - 40), top.start)
        start = head.start() if head else top.start
        return name_key(self.text[start : name_tail(self.text, top.end)])

    def team_name(self, top: Toponym) -> bool:
        """True for another mention of a name already read as a team, unless governed by at/in."""
        if GOVERNED.search(self.text, max(0, top.start - 40), top.start):
            return False
        return self.full_name(top) in self.teams
