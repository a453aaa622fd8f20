"""Names that look like places but stand for something else on the page: teams and football
clubs on sports pages, planets and missions on space pages, and the patterns of venues, firms,
foods, colours, shops and brands named like towns ("Hollywood Casino", "the vehicle-maker
Winnebago", "Fresno chiles", "1 Yellow, 1 Orange", "owns Soho's in ...", "a Hilton, which").

`TeamReading` is a mixin of `recognize.Recognizer`: it reads `self.gaz`, `self.text`, `self.sporty`,
`self.spacey`, `self.teams` and `self.team_spans`, and asks `self.region_key()` whether a name
is a country's or first-level region's.
"""

from __future__ import annotations

import re

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.names import name_key
from newsgraph.geo.toponyms import Toponym

FOLLOWED_BY_REGION = re.compile(r",\s*[A-Z]")
# On a sports page a name ending so is a club's ground ("Stamford Bridge", "Elland Road",
# "Villa Park"), not the village or suburb named alike, unless its region follows.
GROUND_WORDS = frozenset("Bridge Park Road Lane Ground Field Meadow".split())

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
    r"Europa League|La Liga|Serie A|Bundesliga|World Cup|Big Ten|SEC|ACC|"
    r"goaltenders?|goalies?|defensem[ae]n|power[- ]play|hat[- ]trick|shutouts?|penalty kill|Stanley Cup|puck)\b"
)
SPORTS_PAGE_WORDS = 3  # with a score or record
SPORTS_PAGE_WORDS_ALONE = 5
_QUALIFIED = r"(?:(?:the|No\.\s*\d+)\s+)?(?:[A-Z][\w.]*\s+){0,2}$"
TEAM_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|past|routed|edged|topped|upset|downed|blanked|"
    r"against|vs\.?|versus|(?:lost|loses|losing|fell|falls) to|(?:win|victory|lead|edge) (?:over|on)|"
    r"hosts|hosted|hosting|visits|visited|faces|faced|managed|manages|manage|in charge of|sacked by|d\.|"
    r"(?:signed|signs|plays|played|playing) for|joined|away to|(?:at )?home to|coached|(?:took|takes|taking) over)\s+"
    + _QUALIFIED
)
TEAM_AFTER = re.compile(
    r"(?:['’]s?\s+(?:game|games|offense|defense|season|victory|win|loss|lead|team|players?|roster|record)\b"
    r"|(?:['’]s?)?\s+(?:quarterback|coach|head coach|kicker|receiver|running back|linebacker|lineman|"
    r"center|guard|tight end|safety|cornerback|pass rusher|pitcher|catcher|shortstop|goalkeeper|goalie|"
    r"striker|midfielder|defender|forward|captain|manager|boss|DL|QB|WR|RB)\b"
    r"|\s+(?:beat|beats|defeated|defeats|won|wins|lost|loses|rolled|routed|edged|topped|upset|downed|"
    r"blanked|hosts|hosted|visits|visited|improved|dropped|leads|rallied|scored|trails|trailed|clinched)\b"
    r"|\s+d\.\s+(?=[A-Z])"
    r"|\s*\(\d{1,2}-\d{1,2}|,?\s+\d{1,3}-\d{1,3}\b)"
)
# Positions only a team has, which make a name a team on any page ("the Pittsburgh quarterback",
# "a Porto football player").
PLAYER_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:quarterbacks?|linebackers?|cornerbacks?|running backs?|tight ends?|wide receivers?|"
    r"defensive (?:end|tackle|back)s?|offensive (?:line|lineman|coordinator)|head coach|shortstops?|goalkeepers?|"
    r"midfielders?|strikers?|(?:soccer|football|basketball|baseball|hockey|rugby) (?:players?|stars?|clubs?|teams?))\b"
)
# A box score gives a player's surname (or name) and a count: "Davis 17 points", "Noah Jackson 1 goal".
STAT_LINE = re.compile(
    r"\s+\d{1,3}\s+(?:points?|pts|goals?|assists?|saves?|rebounds?|steals?|blocks?|tackles?|yards?|"
    r"carries|receptions?|catches|strikeouts?|hits?|RBIs?|kills?|digs?|aces?|birdies|runs|wickets)\b"
)
# A town's name with a plural verb is a club or team (British usage: "Leeds have signed a striker",
# "Chelsea are top"); a town as a place takes "is"/"has". Not after "and"/"or" (two subjects).
PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were|hope)\b")
# ... when the name opens its clause (not "the people of Mexico were", "around Ohio are").
CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\b(?:which|that|as|when|while|after|but|because|if)\s+)$")
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
# A shop named with its owner's possessive, used as a noun ("owns Soho's in ...", "Mario's opened").
SHOP_AFTER = re.compile(r"['’]s\s+(?:in|on|at|near|is|was|has|had|opened|closed|served|serves|offers)\b")
# One thing of a brand: "a Hilton, which opened"; "a Chicago suburb" (a noun follows) stays a place.
BRAND_BEFORE = re.compile(r"(?<![\w-])[Aa]n?\s+$")
BRAND_AFTER = re.compile(r"\s*(?:[,.;:)]|\s+(?:which|that)\b)")
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
# Some nicknames are singular ("the Oklahoma City Thunder", "Miami Heat"): a capitalised word after
# the town that the page also uses alone after "the" ("the Thunder won"), unless it is a word
# that ends the names of papers, institutions and places ("the Times", "the Post", "the City").
SINGLE_NICKNAME_AFTER = re.compile(r"\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])(?![-‐])")
# The singular nicknames of major-league teams, a team after a town on any page ("in Oklahoma City
# Thunder colours", "the Tampa Bay Lightning").
TEAM_NICKNAMES = frozenset("thunder heat magic jazz lightning wild avalanche galaxy sparks lynx".split())
NOT_NICKNAMES = frozenset(
    """times post herald tribune journal gazette news star sun globe mail daily chronicle examiner telegraph
    independent guardian express press inquirer bulletin democrat republican sentinel review mirror standard
    observer record courier register leader dispatch enquirer statesman citizen advocate beacon age
    police department university college airport council government court stadium arena center centre
    park hall city county state river valley bay island lake beach street road bridge hotel hospital
    school church district region area office board committee club league union""".split()
)
# A place name standing alone between quotation marks is a title: a song, film or show ("“Glasgow”").
QUOTE_OPEN = re.compile(r"[“\"‘']$")
QUOTE_CLOSE = re.compile(r"[,.!?]?[”\"’'](?!\w)")
# A place's name inside a quoted nickname is no mention of that place (known as "Little Venice",
# dubbed "the Paris of the East").
NICKNAMED_BEFORE = re.compile(
    r"\b(?:(?:known|referred to)(?:\s+\w+ly)?\s+as|nicknamed|dubbed|so-called)\s+[“\"‘](?:[A-Za-z][\w'’.-]*\s+){0,3}$"
)
QUOTE_CLOSES_SOON = re.compile(r"[^“”\"\n]{0,40}?[”\"]")
# A compass part of a place named after it is no place of its own: "the Southern District of New
# York" (a court's district), "the Eastern Division of Kent"; the place after "of" is the mention.
COMPASS_PART = re.compile(
    r"(?:North|South|East|West|Central|Upper|Lower)(?:ern)?\s+(?:District|Division|Circuit|Region|Province|Sector)"
)
PART_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# On a sports page a compass part alone is a league's division ("bottom of the Central Division").
LEAGUE_PART = re.compile(r"(?:North|South|East|West|Central)(?:ern)?\s+Division")
# How far apart (characters) a team's name and another name can be and still be one list.
LIST_REACH = 300
NAME_HEAD = re.compile(r"(?:[A-Z][\w.&'’-]*\s+)+$")
NAME_TAIL = re.compile(r"(?:\s+[A-Z][\w.&'’-]*)*")


# A town's name before a food it gave its name to is the food ("Fresno chiles", "Buffalo wings",
# "Dijon mustard"); a country or state before one stays a place ("Texas chili", its origin).
FOOD_AFTER = re.compile(
    r"\s+(?:chiles?|chilies|chilis|chili|chillies|chilli|peppers?|mustard|wings|cheese|sausages?|ham|toast|"
    r"sprouts|lettuce|buns?|pretzels?|bagels?|crackers?|sauce)\b"
)
# Colour words that are also towns ("Orange", "Green") named in a list of colours ("1 Red, 1 Orange").
COLOURS = frozenset("red orange yellow green blue purple pink black white brown gray grey violet".split())
COLOUR_NEAR = re.compile(r"\b(?:Red|Orange|Yellow|Green|Blue|Purple|Pink|Black|White|Brown|Gr[ae]y|Violet)\b", re.IGNORECASE)
# A firm named by a short form of a country's name ("Emirates Airline", then "Emirates said"): the
# short form alone is the firm, unless governed by a place preposition ("flights to the Emirates").
FIRM_WORDS = r"Airlines?|Airways|Air|Bank|Group|Telecom|Holdings|Motors|Petroleum|Insurance|Steel|Cement|Cargo"
PLACE_BEFORE = re.compile(r"\b(?:in|to|from|across|at|of|around|throughout)\s+(?:the\s+)?$")


# A person's or a law's name: "the Bush-era rules", "the Logan Act" (not applied to demonyms: "Soviet-era").
NAMED_AFTER = re.compile(r"[-‐]era\b|\s+Acts?\b")
# Short weekday names ("Mon" is also a Myanmar state): a weekday when another weekday or a clock
# time is near ("Closed on Sun & Mon", "Mon-Fri 9am").
WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
WEEKDAY_NEAR = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\b|\b\d{1,2}(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\b)", re.IGNORECASE
)


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
    """Team, club, sky-name, food, colour and firm tests of the Recognizer (see the module
    docstring)."""

    gaz: Gazetteer
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
        nickname = self.known_nickname(top) or (
            self.sporty and (NICKNAME_AFTER.match(self.text, top.end) is not None or self.single_nickname(top))
        )
        if not (nickname or CLUB_BEFORE.search(before) or CLUB_AFTER.match(self.text, top.end)):
            return False
        if self.sporty and not (nickname and self.region_key(name_key(top.text))):  # "Texas Rangers"
            self.teams.add(name_key(top.text))
        self.team_spans.append((top.start, top.end))
        return True

    def known_nickname(self, top: Toponym) -> bool:
        """True for a town before a major-league team's singular nickname ("Miami Heat")."""
        match = SINGLE_NICKNAME_AFTER.match(self.text, top.end)
        return match is not None and match.group(1).lower() in TEAM_NICKNAMES

    def single_nickname(self, top: Toponym) -> bool:
        """True for a town before a singular nickname the page also uses alone ("Oklahoma City
        Thunder" ... "the Thunder")."""
        match = SINGLE_NICKNAME_AFTER.match(self.text, top.end)
        if match is None or match.group(1).lower() in NOT_NICKNAMES:
            return False
        return re.search(rf"\b[Tt]he {match.group(1)}\b", self.text) is not None

    def weekday(self, top: Toponym) -> bool:
        """True for a short weekday name near another weekday or a clock time ("Sun & Mon")."""
        if top.text.rstrip(".").lower() not in WEEKDAYS:
            return False
        near = self.text[max(0, top.start - 25) : top.end + 25]
        return len(WEEKDAY_NEAR.findall(near)) >= 2

    def food(self, top: Toponym) -> bool:
        """True for a town's name before a food named after it ("Fresno chiles")."""
        return FOOD_AFTER.match(self.text, top.end) is not None and not self.region_key(name_key(top.text))

    def firm_short_name(self, top: Toponym) -> bool:
        """True for a short form of a place's name that the page uses for a firm named with it
        ("Emirates Airline" ... "Emirates President Tim Clark"); a place's own name ("Qatar
        Airways" ... "Qatar") stays the place."""
        if top.kind == "demonym" or f"{top.text} " not in self.text:
            return False
        key = name_key(top.text)
        if any(name_key(self.gaz.name[e]) == key for e, _ in self.gaz.lookup(key)):
            return False
        if PLACE_BEFORE.search(self.text, max(0, top.start - 20), top.start):
            return False
        return re.search(rf"\b{re.escape(top.text)}\s+(?:{FIRM_WORDS})\b", self.text) is not None

    def shop_or_brand(self, top: Toponym) -> bool:
        """True for a name used for a shop or a brand, not a town: one written with "'s" before a
        preposition or a verb ("Sohovich owns Soho's in Capitol Market"), or one thing of a brand
        after "a"/"an" ("the hotel, a Hilton, opened"); a country or first-level region stays."""
        if top.kind != "toponym" or self.region_key(name_key(top.text)):
            return False
        if SHOP_AFTER.match(self.text, top.end):
            return True
        if BRAND_AFTER.match(self.text, top.end) is None or FOLLOWED_BY_REGION.match(self.text, top.end):
            return False  # "a Kansas City, Kan., police officer"
        return BRAND_BEFORE.search(self.text, max(0, top.start - 4), top.start) is not None

    def colour(self, top: Toponym) -> bool:
        """True for a colour word that is also a town, listed with other colours ("1 Yellow, 1 Orange")."""
        if name_key(top.text) not in COLOURS:
            return False
        near = self.text[max(0, top.start - 25) : top.end + 25]
        return len(COLOUR_NEAR.findall(near)) >= 2

    def compass_part(self, top: Toponym) -> bool:
        """True for a compass part named after the place that follows ("Southern District of X"),
        or on a sports page a league's division ("the Central Division")."""
        if COMPASS_PART.fullmatch(top.text) is None:
            return False
        league = self.sporty and LEAGUE_PART.fullmatch(top.text) is not None
        return league or PART_OF_AFTER.match(self.text, top.end) is not None

    def title(self, top: Toponym) -> bool:
        """True for a name that is all of a quotation, so a title ("the song “Glasgow”"), or that
        stands in a quoted nickname (see NICKNAMED_BEFORE)."""
        text = self.text
        if QUOTE_OPEN.search(text, max(0, top.start - 1), top.start) and QUOTE_CLOSE.match(text, top.end):
            return True
        nickname = NICKNAMED_BEFORE.search(text, max(0, top.start - 80), top.start)
        return nickname is not None and QUOTE_CLOSES_SOON.match(text, top.end) is not None

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
        if top.start - span[1] > LIST_REACH or span[0] - top.end > LIST_REACH:
            return False  # too far apart to be one list; also keeps long bodies linear
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
        """True for a name read as a team or, on a sports page, a club's ground (see GROUND_WORDS):
        on a sports page see SCORE and TEAM_BEFORE, on any page a team position after it ("the
        Denver quarterback"). The full name ("Eastern Michigan") is remembered, so its other
        mentions are teams too, unless it is a country's or first-level region's ("England
        captain Harry Kane", "returned to England")."""
        text = self.text
        end = name_tail(text, top.end)
        before = text[max(0, top.start - 40) : top.start]
        if self.sporty and self.ground(top):
            return True  # "at Stamford Bridge": the ground, however it is governed
        if GOVERNED.search(before) or SCHOOL_OF.search(before):
            return False
        if self.sporty and STAT_LINE.match(text, end):
            return True  # a player in a box score, not a team: nothing to remember
        if self.plural_subject(top, end):
            return True
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

    def ground(self, top: Toponym) -> bool:
        """True for a club's ground on a sports page (see GROUND_WORDS)."""
        words = top.text.split()
        return len(words) > 1 and words[-1] in GROUND_WORDS and not FOLLOWED_BY_REGION.match(self.text, top.end)

    def plural_subject(self, top: Toponym, end: int) -> bool:
        """True for a one-word town's name opening a clause with a plural verb ("Chelsea have
        paid"); not a country's or region's name, nor a plural one ("the Bahamas are")."""
        if " " in top.text or top.text.endswith("s") or end != top.end:
            return False
        if not PLURAL_VERB_AFTER.match(self.text, end) or self.region_key(name_key(top.text)):
            return False
        if not CLAUSE_OPENING.search(self.text, max(0, top.start - 10), top.start):
            return False
        self.teams.add(name_key(top.text))
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
