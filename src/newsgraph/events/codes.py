"""Code tables: PLOVER type -> CAMEO root, GDELT QuadClass and Goldstein, ACLED type.

Country codes on events are ISO 3166-1 alpha-3 (as PLOVER's own records use).
QuadClass follows GDELT's grouping of CAMEO roots (1 verbal cooperation 01-05,
2 material cooperation 06-09, 3 verbal conflict 10-14, 4 material conflict 15-20).
Goldstein values are the CAMEO root-level scores of the Goldstein (1992) table as
GDELT applies them.
"""

from __future__ import annotations

from typing import Optional

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)

DEFAULT_CAMEO: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16",
    "COERCE": "17", "ASSAULT": "19",
}

GOLDSTEIN: dict[str, float] = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0,
    "08": 5.0, "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0,
    "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0,
}

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})

# ASSAULT modes that are CAMEO 18 (unconventional violence) rather than 19 (military force).
CAMEO_18_MODES = frozenset({
    "explosives", "suicide-attack", "targeted", "beat", "torture", "sexual", "abduct", "primitive",
})

# Instrument words that set an ASSAULT mode, in priority order.
ASSAULT_MODE_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("suicide-attack", frozenset({"suicide"})),
    ("drone", frozenset({"drone", "drones", "uav"})),
    ("aerial", frozenset({"airstrike", "warplane", "jet", "aircraft", "helicopter", "gunship",
                          "bomber", "air"})),
    ("heavy-weapons", frozenset({"missile", "rocket", "artillery", "shell", "mortar", "tank",
                                 "howitzer", "cruise", "ballistic", "shelling"})),
    ("explosives", frozenset({"bomb", "ied", "explosive", "landmine", "mine", "grenade",
                              "blast", "explosion"})),
    ("firearms", frozenset({"gun", "gunfire", "gunman", "gunmen", "rifle", "sniper", "bullet",
                            "shooting", "gunbattle"})),
    ("primitive", frozenset({"machete", "knife", "axe", "stone", "club", "sword"})),
)

ACLED_VIOLENCE_BY_MODE: dict[str, tuple[str, str]] = {
    "aerial": ("Explosions/Remote violence", "Air/drone strike"),
    "drone": ("Explosions/Remote violence", "Air/drone strike"),
    "heavy-weapons": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosives": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide-attack": ("Explosions/Remote violence", "Suicide bomb"),
    "unconventional": ("Violence against civilians", "Attack"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
}

CIVILIAN_SECTORS = frozenset({"CVL", "REF", "JRN", "EDU", "MED", "REL", "LAB", "AGR", "BUS"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
TERRITORY_PATTERNS = frozenset({
    "capture", "retake", "recapture", "liberate", "overrun", "occupy", "seize town", "seize city",
    "seize village", "seize territory", "seize control", "seize region", "gain control",
    "take control", "take territory",
})


# Sectors that bear arms, and words that name a fight between armed sides.
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "SPY"})
CLASH_WORDS = frozenset({"clash", "fight", "battle", "fighting", "firefight", "gunbattle", "skirmish",
                         "combat", "engage", "exchange"})
# What one withdraws that is territory or forces ("withdrew its troops", "pulled out of Gao").
TERRITORIAL_OBJECTS = frozenset({"troop", "force", "soldier", "army", "unit", "militia", "fighter",
                                 "battalion", "brigade", "division", "contingent", "peacekeeper"})


def cameo_root(type_: str, mode: Optional[str], lexicon_cameo: Optional[str]) -> str:
    """The 2-digit CAMEO root for a PLOVER type, refined by mode for ASSAULT."""
    if type_ == "ASSAULT":
        if lexicon_cameo == "20" or mode == "unconventional":
            return "20"
        if mode in CAMEO_18_MODES:
            return "18"
        return lexicon_cameo or "19"
    return lexicon_cameo or DEFAULT_CAMEO.get(type_, "01")


def quad_class(cameo: str) -> int:
    """GDELT QuadClass of a CAMEO root."""
    root = int(cameo)
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def goldstein(cameo: str) -> float:
    """Goldstein conflict-cooperation score (-10..+10) of a CAMEO root."""
    return GOLDSTEIN.get(cameo, 0.0)


def assault_mode(lemmas: set[str]) -> Optional[str]:
    """The ASSAULT mode named by instrument words in the sentence, or None."""
    for mode, cues in ASSAULT_MODE_CUES:
        if lemmas & cues:
            return mode
    return None


def acled_type(
    type_: str, mode: Optional[str], pattern: str, actor_sector: Optional[str],
    target_sector: Optional[str], target_is_protest: bool = False, territorial: bool = True,
) -> tuple[Optional[str], Optional[str]]:
    """ACLED event_type and sub_event_type for the events ACLED's taxonomy covers.

    `territorial` says a withdrawal gives up ground or forces (not "withdrew its filing").
    """
    if type_ == "PROTEST":
        return _acled_protest(mode)
    if type_ == "ASSAULT":
        return _acled_assault(mode, pattern, actor_sector, target_sector, target_is_protest)
    if type_ == "COERCE":
        return _acled_coerce(mode, target_is_protest)
    return _acled_strategic(type_, mode, pattern, territorial)


def _acled_protest(mode: Optional[str]) -> tuple[str, str]:
    if mode and mode.startswith("riot"):
        return "Riots", "Violent demonstration"
    return "Protests", "Peaceful protest"


def _acled_assault(
    mode: Optional[str], pattern: str, actor_sector: Optional[str],
    target_sector: Optional[str], target_is_protest: bool,
) -> tuple[str, str]:
    if target_is_protest:
        return "Protests", "Excessive force against protesters"
    if pattern in TERRITORY_PATTERNS:
        if actor_sector in ("REB", "OPP"):
            return "Battles", "Non-state actor overtakes territory"
        return "Battles", "Government regains territory"
    if mode in ACLED_VIOLENCE_BY_MODE:
        return ACLED_VIOLENCE_BY_MODE[mode]
    if mode == "primitive" and target_sector in CIVILIAN_SECTORS:
        return "Violence against civilians", "Attack"
    if target_sector in CIVILIAN_SECTORS or mode in ("targeted", "beat", "torture"):
        return "Violence against civilians", "Attack"
    if pattern.split(" ")[0] in CLASH_WORDS or (actor_sector in ARMED_SECTORS and target_sector in ARMED_SECTORS):
        return "Battles", "Armed clash"
    if mode == "primitive" or (target_sector is None and actor_sector not in ARMED_SECTORS):
        return "Violence against civilians", "Attack"  # a stabbing, a beating: one side armed
    return "Battles", "Armed clash"


def _acled_coerce(mode: Optional[str], target_is_protest: bool) -> tuple[Optional[str], Optional[str]]:
    if target_is_protest or mode == "crowd-control":
        return "Protests", "Protest with intervention"
    if mode in ("arrest", "detain"):
        return "Strategic developments", "Arrests"
    if mode in ("destroy", "confiscate"):
        return "Strategic developments", "Looting/property destruction"
    return None, None


def _acled_strategic(type_: str, mode: Optional[str], pattern: str,
                     territorial: bool = True) -> tuple[Optional[str], Optional[str]]:
    if type_ in ("AGREE", "SUPPORT") and pattern.startswith(("sign", "reach", "agree", "strike deal")):
        return "Strategic developments", "Agreement"
    if type_ == "RETREAT" and mode == "ceasefire":
        return "Strategic developments", "Agreement"
    if type_ == "RETREAT" and territorial and pattern.startswith(("withdraw", "pull", "retreat", "hand over")):
        return "Strategic developments", "Non-violent transfer of territory"
    if type_ == "MOBILIZE":
        return "Strategic developments", "Other"
    return None, None
