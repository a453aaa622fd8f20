"""Word lists `newsgraph.entities` types and describes names with: roles and titles before a
person's name, the last words of facilities' and organisations' names, the words pointing to a
sector, and country names and demonyms the gazetteer spells otherwise."""

from __future__ import annotations

from newsgraph.geo.people import POSITIONS

# Words for a person's role: a name right after one is a person's ("manager Scooter Braun").
ROLE_NOUNS = frozenset("""
    mr mrs ms dr president minister senator sen rep governor gov mayor ambassador envoy
    chancellor premier king queen prince princess gen col lt maj sgt capt cmdr adm judge
    manager agent ceo founder co-founder chairman chairwoman executive director officer aide adviser
    advisor spokesman spokeswoman spokesperson lawyer attorney prosecutor coach player singer
    actor actress rapper star author reporter economist professor analyst secretary
    """.split()) | POSITIONS
FACILITY_HEADS = frozenset("""street avenue road drive lane boulevard highway bridge airport
    jail prison hospital stadium arena square""".split())
ORG_HEADS = frozenset("""department ministry commission agency council party police office
    committee authority bureau inc corp ltd llc university productions studios company
    corporation holdings partners associates foundation institute association works labs games
    entertainment interactive software technologies systems networks group ventures airlines airways
    motors pictures patrol united""".split())
LEFT_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nn", "poss", "npadvmod"})
STOP_DESCRIPTORS = frozenset({"the", "a", "an", "of", "and", "'s", "’s", "-", ",", "who", "which", "that"})

PERSON_TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary
    sen senator rep representative congressman congresswoman gov governor mayor
    chancellor premier king queen prince princess sheikh pope cardinal bishop rev reverend
    gen general col colonel lt lieutenant maj sgt sergeant adm admiral capt captain cmdr
    commander chief judge justice ambassador attorney speaker leader former first lady
    deputy acting superintendent commissioner sheriff detective inspector marshal crown
    """.split()
)

SECTOR_WORDS = {
    "government": """president minister ministry prime secretary senator sen rep representative
        congressman congresswoman governor gov mayor chancellor premier king queen prince
        sheikh emir ambassador diplomat official officials secretary-general lawmaker legislator parliament
        parliamentarian government administration council cabinet department agency
        commission spokesman spokeswoman spokesperson authorities authority leader
        strongman dictator regime state""",
    "military": """general gen colonel col lieutenant lt sergeant sgt admiral adm captain capt
        commander cmdr army navy military forces force troops soldier soldiers marine marines
        brigade battalion regiment command officer corps""",
    "rebel": "rebel rebels militant militants insurgent insurgents guerrilla separatist separatists militia jihadist",
    "business": """ceo executive chairman chairwoman founder co-founder cofounder owner co-owner
        businessman businesswoman billionaire investor company firm corporation corp inc ltd
        llc manufacturer maker producer bank group conglomerate retailer startup""",
    "media": """journalist reporter correspondent editor anchor columnist newspaper broadcaster
        television tv radio magazine outlet""",
    "legal": "judge justice lawyer attorney prosecutor court",
    "academic": "professor analyst researcher scientist expert university institute economist",
    "religious": "bishop priest imam pope rabbi cleric church",
    "civilian": "resident residents witness civilian civilians villager student farmer survivor victim citizen",
}
SECTOR_OF_WORD = {w: sector for sector, words in SECTOR_WORDS.items() for w in words.split()}

COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "united states": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "czech republic": "CZ",
}
IRREGULAR_DEMONYMS = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
    "french": "FR", "german": "DE", "dutch": "NL", "swiss": "CH", "swedish": "SE",
    "danish": "DK", "finnish": "FI", "norwegian": "NO", "polish": "PL", "turkish": "TR",
    "chinese": "CN", "japanese": "JP", "vietnamese": "VN", "taiwanese": "TW",
    "lebanese": "LB", "sudanese": "SD", "portuguese": "PT", "spanish": "ES", "greek": "GR",
    "irish": "IE", "icelandic": "IS", "thai": "TH", "filipino": "PH", "afghan": "AF",
    "saudi": "SA", "emirati": "AE", "palestinian": "PS", "czech": "CZ", "slovak": "SK",
    "hungarian": "HU", "somali": "SO", "iranian": "IR", "kazakh": "KZ", "uzbek": "UZ",
    "belarusian": "BY", "congolese": "CD", "burmese": "MM", "peruvian": "PE",
    "bosnian": "BA", "new zealander": "NZ", "kiwi": "NZ", "soviet": "RU",
}
