"""TODO"""

from __future__ import annotations

SPAN_KEY = "actors"


GROUP_KINDS = frozenset({"armed_group", "party", "movement", "igo", "ngo", "media", "company"})


SECTOR_SUFFIX = {"GOV": "government", "MIL": "armed_forces", "COP": "police"}


# Sectors for which "Hezbollah fighters" means the group itself, not its country's people.
GROUP_MEMBER_SECTORS = frozenset({"MIL", "REB", "COP", "GOV", "SPY", "PTY"})


# "Iran-backed militias": the country does not own the head noun.
_NOT_OWNER = frozenset({
    "backed", "aligned", "allied", "supported", "funded", "sponsored", "linked", "affiliated", "friendly",
    "controlled", "led", "based", "born", "made", "trained", "armed", "inspired", "leaning",
})


_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "throughout", "around",
                       "within", "towards", "toward"})


_ATTITUDE_PREFIX = frozenset({"anti", "pro", "non"})


_POSSESSIVE = frozenset({"'s", "'"})


_MODIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM"})


# "Latin America", "South American": not the United States.
_REGION_BEFORE_AMERICA = frozenset({"latin", "south", "north", "central", "native", "african"})


# "the streets of Santiago": a capital after one of these + "of" is a place.
_PLACE_NOUNS = frozenset({"street", "city", "outskirts", "centre", "center", "heart", "suburb", "district",
                          "capital", "province", "region", "town", "part", "road", "square", "neighbourhood",
                          "neighborhood", "downtown", "area", "border", "village", "port", "territory", "soil",
                          "airspace", "waters", "coast", "coastline", "frontier", "countryside", "mainland"})


# "in Nigeria's Zamfara state", "in the Tigray region": the word after a province's name.
_ADMIN_NOUNS = frozenset({"state", "province", "district", "region", "county", "governorate", "prefecture",
                          "department", "municipality", "oblast", "territory"})


# "the Yemeni capital Sanaa", "the capital, Kabul": the capital's name after one of these is a place.
_CAPITAL_BEFORE = frozenset({"capital", "city", "town", "port"})


# "progressive and revolutionary forces", "joined forces": figures of speech, not armed forces.
_FIGURATIVE = frozenset({"progressive", "revolutionary", "reactionary", "democratic", "political", "social",
                         "market", "natural", "dark", "creative", "historical"})


# spaCy PERSON entities that end in one of these are places ("Lafayette Square").
_NOT_PERSON_LAST = frozenset({"square", "street", "avenue", "bridge", "park", "airport", "stadium", "road",
                              "boulevard", "station", "hospital", "university", "mosque", "church"})


_GROUP_POSSESSIVES = frozenset({"its", "their"})


# Children that make a verb a finite clause of its own (a subject or an auxiliary).
_FINITE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark"})


# Role nouns a group noun before them gives its sector ("police spokesman", "army officials"), besides the
# relation cues' leader and member nouns ("militia leader", "gang member").
_GROUP_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative"})


# lower-case words inside people's names ("Bashar al-Assad", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "von", "van", "der", "den", "de", "da", "di", "du",
                             "del", "la", "le", "bint", "ould", "y", "dos", "das"})
