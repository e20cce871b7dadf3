"""English: the word lists the extractor's rules read, each a named constant.

Lists that users are expected to tune (trigger words, role lists, modality words) live in
``data/plover.yaml`` and reach the rules through the pipeline's resources; these are the closed-class
and structural words of English (pronouns, determiners, prepositions, month names) that the rules of one
component test. A language other than English gets a sibling module ``lang/<code>/words.py`` with the
same names.
"""

from __future__ import annotations

# --- read by polemos.nlp.attach --------------------------------------------------------------------

REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "claim", "confirm", "note", "write"})

RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})

# Prepositions that put one event inside another's time and place ("killed during protests").
CONCURRENT_PREPS = frozenset({"during", "amid", "in", "at", "by"})


# --- read by polemos.nlp.triggers ------------------------------------------------------------------

QUANTITY_HEADS = frozenset({"thousand", "hundred", "dozen", "million", "score", "ten", "number", "lot", "handful",
                            "couple", "group", "crowd", "some", "many", "most", "all", "several", "few", "majority",
                            "wave", "series", "spate", "string", "team", "tonne", "ton", "convoy", "shipment"})

#: Particles that before a named place are prepositions of place for the verbs of `object_propn` entries ("seized
#: off Crimea", "dismissed in Tunis"): none of those verbs makes a phrasal verb with them.
PLACE_PARTICLES = frozenset({"off", "near", "in", "inside", "outside", "at", "along", "across", "around", "beyond"})

# Verbs whose object does what their infinitive says ("forced 300,000 people to flee"); with other verbs the
# infinitive is the subject's own act or its purpose ("summoned the ambassador to complain").
OBJECT_CONTROL = frozenset({"force", "compel", "drive", "prompt", "cause", "push", "pressure", "oblige", "make"})


# --- read by polemos.nlp.actors.vocab --------------------------------------------------------------

# "Iran-backed militias": the country does not own the head noun.
NOT_OWNER = frozenset({
    "backed", "aligned", "allied", "supported", "funded", "sponsored", "linked", "affiliated", "friendly",
    "controlled", "led", "based", "born", "made", "trained", "armed", "inspired", "leaning",
})

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "throughout", "around",
                       "within", "towards", "toward"})

ATTITUDE_PREFIX = frozenset({"anti", "pro", "non"})

POSSESSIVE = frozenset({"'s", "'"})

# "Latin America", "South American": not the United States.
REGION_BEFORE_AMERICA = frozenset({"latin", "south", "north", "central", "native", "african"})

# "the streets of Santiago": a capital after one of these + "of" is a place.
PLACE_NOUNS = frozenset({"street", "city", "outskirts", "centre", "center", "heart", "suburb", "district",
                          "capital", "province", "region", "town", "part", "road", "square", "neighbourhood",
                          "neighborhood", "downtown", "area", "border", "village", "port", "territory", "soil",
                          "airspace", "waters", "coast", "coastline", "frontier", "countryside", "mainland"})

# "in Nigeria's Zamfara state", "in the Tigray region": the word after a province's name.
ADMIN_NOUNS = frozenset({"state", "province", "district", "region", "county", "governorate", "prefecture",
                          "department", "municipality", "oblast", "territory"})

# "the Yemeni capital Sanaa", "the capital, Kabul": the capital's name after one of these is a place.
CAPITAL_BEFORE = frozenset({"capital", "city", "town", "port"})

# "progressive and revolutionary forces", "joined forces": figures of speech, not armed forces.
FIGURATIVE = frozenset({"progressive", "revolutionary", "reactionary", "democratic", "political", "social",
                         "market", "natural", "dark", "creative", "historical"})

# spaCy PERSON entities that end in one of these are places ("Lafayette Square").
NOT_PERSON_LAST = frozenset({"square", "street", "avenue", "bridge", "park", "airport", "stadium", "road",
                              "boulevard", "station", "hospital", "university", "mosque", "church"})

GROUP_POSSESSIVES = frozenset({"its", "their"})

# Role nouns a group noun before them gives its sector ("police spokesman", "army officials"), besides the
# relation cues' leader and member nouns ("militia leader", "gang member").
GROUP_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officer", "representative"})

# lower-case words inside people's names ("Bashar al-Assad", "Ursula von der Leyen")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "von", "van", "der", "den", "de", "da", "di", "du",
                             "del", "la", "le", "bint", "ould", "y", "dos", "das"})


# --- read by polemos.nlp.places.spans --------------------------------------------------------------

# Premises a town's name before them locates ("raided the Tunis bureau of Al Jazeera", "the Kabul office").
PREMISES_NOUNS = frozenset({"bureau", "office", "offices", "embassy", "consulate", "headquarters", "branch",
                            "studio", "studios", "compound"})


# --- read by polemos.nlp.document.structure --------------------------------------------------------

MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# --- read by polemos.nlp.dates.normalise -----------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")


# --- read by polemos.nlp.document.merge ------------------------------------------------------------

ACTOR_NAME_STOPWORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "its", "their", "his", "her", "s",
                   "forces", "force", "people", "government", "group", "state", "national", "security", "army",
                   "military", "troops", "police", "officials", "authorities", "members", "man", "men"})

# words that tell one act in other words ("withdrew" / "pulled out", "released" / "freed"): a later mention with
# a word of the same set, the same type and agreeing actors, place and day is the same act (guide §2)
SAME_ACT_WORDS = (
    frozenset({"withdraw", "withdrawal", "pull", "pullout", "quit"}),
    frozenset({"release", "free", "freeing"}),
    frozenset({"break", "cut", "sever", "breaking"}),
    frozenset({"strike", "airstrike", "bomb", "bombing", "raid", "shell", "shelling", "bombardment", "barrage",
               "missile", "rocket"}),
    frozenset({"arrest", "detain", "detention"}),
    frozenset({"shoot", "fire", "open", "shooting", "gunfire"}),
    frozenset({"resign", "resignation", "step"}),
    frozenset({"blame", "accuse", "accusation"}),
    frozenset({"condemn", "condemnation", "denounce", "criticise", "criticize", "criticism"}),
)


# --- read by polemos.nlp.document.settings ---------------------------------------------------------

# a draft or resolution whose content is an act only if it passes
TEXT_NOUNS = frozenset({"draft", "resolution", "motion", "bill", "statement", "declaration", "text"})
#: Nouns of "at the request of X", "at the invitation of X": the ground of another act, no event of its own.
AT_BEHEST_NOUNS = frozenset({"request", "invitation", "behest", "urging", "insistence", "demand"})
#: Verbs of a body deciding on a text: a draft "to be voted on" has asked for nothing yet.
TEXT_DECISION_VERBS = frozenset({"vote", "debate", "consider", "discuss", "examine", "draft", "prepare", "circulate"})
# a rally that is the audience of these is no protest
SPEECH_VERBS = frozenset({"tell", "address", "speak", "say", "declare", "announce", "vow", "promise", "pledge"})
CELEBRATION_VERBS = frozenset({"welcome", "celebrate", "greet", "cheer", "mourn"})
# the kin of people named by what was done to them ("families of Israelis killed by the prisoners"): a label
KIN_NOUNS = frozenset({"family", "families", "relative", "relatives", "kin", "widow", "widows", "mother", "mothers",
                       "father", "fathers", "parent", "parents", "son", "sons", "daughter", "daughters", "orphan",
                       "orphans", "survivor", "survivors", "victim", "victims"})
# a rally of a candidate's campaign is no protest ("assassinated at an election rally")
CAMPAIGN_RALLY_WORDS = frozenset({"election", "electoral", "campaign", "pre-election", "party"})
WARNING_VERBS = frozenset({"warn", "caution"})


# --- read by polemos.nlp.document.mention ----------------------------------------------------------

NAMING_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


# --- read by polemos.nlp.events.anaphora -----------------------------------------------------------

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their", "his", "her"})

GROUP_DETS = frozenset({"the", "this", "that"})

POINTING_PREPS = frozenset({"against", "over", "to", "of", "on", "at", "about"})


# --- read by polemos.nlp.relations.context ---------------------------------------------------------

CLAIM_PREPS = frozenset({"of", "for", "with", "over"})


# --- read by polemos.nlp.events.modality -----------------------------------------------------------

# Heads of a relative clause that states a condition, not a fact ("anyone who joins the protests").
GENERIC_HEADS = frozenset({"anyone", "anybody", "whoever", "whomever"})

#: Prepositions that take the held-back act after a restraint verb ("refrain from", "stop short of").
RESTRAINT_PREPS = frozenset({"from", "of", "on"})

#: Adverbs and particles that complete a restraint verb ("stop short", "hold back", "shy away").
RESTRAINT_PARTICLES = frozenset({"short", "back", "off", "away"})

# Predicates of a timetable, not of a will ("plans to impose" is an intention: see `intent_verbs`).
CALENDAR_PREDICATES = frozenset({"due", "schedule", "slate"})


# --- read by polemos.nlp.events.things -------------------------------------------------------------

NOT_NAME = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


# --- read by polemos.nlp.events.background ---------------------------------------------------------

CAUSE_RELATIVES = frozenset({"that", "which", "who"})

# Prepositions whose object is the cause of an agentless death or destruction ("killed in a stampede").
CAUSE_PREPS = frozenset({"in", "by", "during"})


# --- read by polemos.nlp.events.reciprocal ---------------------------------------------------------

RECIPROCAL_WORDS = frozenset({"each other", "one another"})


# --- read by polemos.nlp.events.roles --------------------------------------------------------------

WH_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})

GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})

SPEAKER_PRONOUNS = frozenset({"i", "we", "me", "us", "our", "my", "you", "your"})

COLLAB_NOUNS = frozenset({"collaboration", "cooperation", "coordination", "conjunction", "concert", "alliance",
                          "partnership", "league", "tandem"})

SETTLEMENTS = frozenset({"capital", "village", "town", "city", "district", "province", "region", "neighbourhood", "neighborhood",
                         "suburb", "county", "municipality", "island", "port", "state", "township", "hamlet"})

# Prepositions of an object noun that name the other party ("ties with Qatar", "aid to Ethiopia"), unlike those
# that name a place ("a checkpoint at the border").
PARTY_PREPS = frozenset({"with", "to", "from", "against", "between", "for"})

# Prepositions that tell where an act happened, never whom it was aimed at ("massed troops around Ukraine",
# "deployed troops near the parliament building").
ROLES_SETTING_PREPS = frozenset({"around", "near", "along", "across", "alongside", "throughout", "nearby"})

# Goal prepositions of a complement verb that name whom an intended act is for ("pledged to deliver air defences
# to Kyiv", "threatened to let migrants flood into Europe").
GOAL_PREPS = frozenset({"to", "into", "for", "against", "on", "with"})

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})

# Determiners that deny an actor exists ("No group claimed responsibility").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})

# Prepositions whose clause shares the subject of the verb it hangs on ("responded by recalling its envoys").
ADJUNCT_PREPS = frozenset({"by", "after", "before", "while", "in", "without", "through", "instead", "since"})

TIME_NOUNS = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "month", "year", "weekend",
                        "hour", "minute", "time", "dawn", "dusk", "midnight", "noon"})


# --- read by polemos.nlp.dates.attach --------------------------------------------------------------

# Prepositions through which a dated noun is the setting of its clause's event ("clashes during Sunday's vote").
DATES_SETTING_PREPS = frozenset({"during", "amid", "at", "throughout", "in"})

# ... or what it followed at once, when the noun names a day ("opened fire after Friday prayers").
NEXT_PREPS = frozenset({"after", "following"})

# Parts of a day that a weekday names with them ("Tuesday night"): the day's phrase, not a noun's time.
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight", "hours", "dawn", "noon", "midnight"})

# Subordinators of a clause that happens at the time of the one it hangs from ("detained ... as protests spread").
SAME_TIME_MARKS = frozenset({"as", "while", "whilst", "when"})

# Subordinators that order two events; without a stated gap the embedded one's time is unknown.
SEQUENCE_MARKS = frozenset({"after", "before"})

# "in front of his wife and their two children", "in the presence of three witnesses": the people named after these
# nouns saw the act; a number of them counts no victims
WITNESS_NOUNS = frozenset({"front", "presence", "view", "sight", "eyes"})

# Words that set an act at another time than a date phrase of its sentence ("deployed on Saturday after fighting",
# "had blocked the road since Tuesday", "two days earlier"): a sentence with one of them does not lend its only date
# to an act the parse left undated.
OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "ago", "earlier", "later", "previous",
                              "previously", "following", "prior", "ahead", "initially", "had", "'d", "next",
                              "then", "meanwhile", "once"})

# A gap of hours, or "shortly after", keeps the day of the clause above.
SAME_DAY_GAPS = frozenset({"hour", "hours", "minute", "minutes", "moment", "moments", "shortly", "soon",
                            "immediately", "just"})

# Prepositions through which a nominal trigger stands in its verb's clause ("killed by police gunfire").
CLAUSE_PREPS = frozenset({"by", "during", "amid", "in"})

# Prepositions of place and participants, through which a noun phrase is part of its clause's event.
PLACE_PREPS = frozenset({"of", "between", "in", "at", "on", "during", "amid", "among", "against", "with", "from",
                          "near", "across", "around", "outside", "inside", "by", "to", "into", "through"})


# --- read by polemos.nlp.events.participants -------------------------------------------------------

#: Determiners and numbers that make "side(s)" mean the two parties named before ("the two sides", "both sides").
PAIR_WORDS = frozenset({"two", "both"})

#: Determiners that make "two <noun>" point back ("the two rivals", "these two countries").
PAIR_DETS = frozenset({"the", "these", "those"})


# --- read by polemos.nlp.dates.recognizer ----------------------------------------------------------

# Prepositions of the start or deadline of a state ("ban imports from July"): after a verb of intention
# they name a time ahead of the decision.
START_PREPS = frozenset({"from", "starting", "beginning", "by", "until", "till"})

# Present-tense forms of the auxiliary that make an infinitive a timetable ("is to step down", "is due to").
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


# --- read by polemos.nlp.events (sense and modality rules of issue 10) ----------------------------

#: Verbs of an anonymous source: "asked not to be named", "declined to be identified" request and refuse nothing.
ANONYMITY_VERBS = frozenset({"ask", "decline", "refuse", "request", "speak"})

#: Passive participles that name a source: the content of an anonymity phrase.
NAMING_PARTICIPLES = frozenset({"name", "identify", "quote"})

#: Heads that make an act a capability, not an act or an intention ("would be able to freeze", "powers to ban").
CAPABILITY_WORDS = frozenset({"able", "unable", "power", "authority", "ability", "capability", "capacity",
                              "right", "mandate", "licence", "license"})

#: Verbs of sending forces abroad: an intention to do it is an offer of help (guide: future AID is AGREE).
SEND_FORCES_VERBS = frozenset({"send", "dispatch", "contribute", "provide"})


# --- read by polemos.nlp.document.keep_out ---------------------------------------------------------

#: Adverbs of a habit: "often kidnap for ransom", "have repeatedly accused" (guide §1: habitual, not coded).
HABITUAL_ADVERBS = frozenset({"often", "frequently", "repeatedly", "regularly", "routinely", "constantly",
                              "usually", "habitually", "periodically", "sometimes", "occasionally"})

#: Adjectives of a habit on an event noun: "has come under frequent attack".
HABITUAL_ADJECTIVES = frozenset({"frequent", "repeated", "regular", "constant", "sporadic", "occasional",
                                 "periodic", "recurrent", "persistent", "routine", "daily", "nightly",
                                 "multiple", "numerous", "countless"})

#: Adjectives that place plural event nouns in the past: "earlier military offensives", "previous attacks".
EARLIER_ADJECTIVES = frozenset({"earlier", "previous", "past", "prior", "former"})

#: Words of fear or risk whose object is no event that happened: "worried about unrest", "fears of violence".
#: ("concern over the killings" is left alone: what one is concerned about has often happened.)
FEAR_WORDS = frozenset({"worry", "worried", "fear", "fears", "afraid", "anxious", "risk", "danger", "prospect",
                        "possibility", "spectre", "specter", "threat", "wary"})

#: Conjunctions of an earlier act told inside a relative clause: "Hadi, who fled after the Houthis seized Sanaa".
HISTORY_MARKS = frozenset({"after", "before", "when", "since", "until"})

#: Determiners of a participle used as a noun for people: "the wounded", "the detained" (no act of its own).
PEOPLE_NOUN_DETERMINERS = frozenset({"the", "those", "these"})

#: Subjects by which a reported speaker tells its own stance ("said it firmly supports the action").
SELF_REPORT_PRONOUNS = frozenset({"it", "we", "he", "she", "they", "i"})

#: Steps of a prosecution that follow an arrest: "arrested and charged" is one COERCE (guide §2).
ARREST_FOLLOW_UP_WORDS = frozenset({"charge", "indict", "arraign", "remand", "prosecute"})

#: Words whose "of"/"for"/"with"/"against" object names a crime as a charge, not as an act: "found guilty of
#: genocide", "sentenced for genocide", "charged with murder", "National Day against Genocide".
CHARGE_HEADS = frozenset({"guilty", "innocent", "convict", "sentence", "charge", "acquit", "indict", "prosecute",
                          "try", "prosecution", "conviction", "indictment", "verdict", "day", "case", "trial"})

#: Modifiers that introduce a further incident rather than naming one back: "another attack", "a second bomb".
FURTHER_INCIDENT_WORDS = frozenset({"another", "second", "third", "separate", "other", "new", "further", "fresh",
                                    "more", "earlier", "previous", "later"})

#: Participles that label an actor by what it stands for or keeps doing ("groups fighting Indian rule", "the
#: coalition fighting in Yemen", "the party, which supports Assad"): a standing state, not an act.
STANDING_VERBS = frozenset({"fight", "battle", "support", "back", "oppose", "rule", "control", "occupy", "host",
                            "govern", "lead", "seek", "wage"})

#: Verbs that put an event on the calendar: "a general strike across Catalonia is planned".
PLANNING_VERBS = frozenset({"plan", "schedule", "propose", "expect", "set", "slate", "call"})

#: Verbs of an order, and the firing they may order: "ordered the Rangers to shoot rioters on sight" is an announced
#: shoot-to-kill order, a THREATEN (guide §3), not a shooting.
ORDER_VERBS = frozenset({"order", "authorize", "authorise", "instruct", "empower"})
FIRING_VERBS = frozenset({"shoot", "fire", "kill"})

#: Victim nouns that name no party: a count of them with no agent is a casualty figure of an incident told before
#: ("More than 100 people were wounded, many of them by gunfire").
GENERIC_VICTIMS = frozenset({"people", "person", "persons", "civilian", "civilians", "other", "others", "resident",
                             "residents", "bystander", "bystanders", "victim", "victims", "body", "bodies"})

#: What a running total counts over (guide §6: "totals over a war, a conflict, a year or a country are not
#: counts"): "the conflict has killed 20,000 since 2012", "since the war began".
RUNNING_TOTAL_SPANS = frozenset({"war", "conflict", "insurgency", "civil war", "crisis", "violence", "uprising",
                                 "rebellion", "occupation", "campaign"})

#: Words that say nothing of which incident a casualty figure is about: left out when a figure's sentence and an
#: incident's sentence are compared for the words they share ("injured by rubber bullets" / "fired rubber bullets").
TOLL_SHARED_STOPWORDS = frozenset({"that", "this", "these", "those", "with", "from", "into", "were", "was", "have",
                                   "has", "had", "been", "being", "their", "there", "they", "them", "which", "when",
                                   "where", "while", "said", "says", "saying", "told", "according", "after", "before",
                                   "also", "more", "than", "most", "many", "some", "other", "others", "people",
                                   "killed", "wounded", "injured", "dead", "died", "least", "about", "over", "under",
                                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                   "night", "morning", "evening", "earlier", "later", "officials", "official"})


#: Nouns for a crowd at a protest: what they demand, accuse or complain of is part of the PROTEST (guide §2:
#: "protesters' slogans and demands belong to the PROTEST"), not a REQUEST or ACCUSE of its own.
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd", "mob"})

#: Verbs of an attack on a place, and the freeing done in it: "gangs stormed the prison, freeing 400 inmates" is
#: part of the attack (guide §2); "special forces stormed the school, freeing the hostages" is a rescue (AID).
RAID_VERBS = frozenset({"storm", "attack", "raid", "overrun", "assault", "break"})
RELEASE_VERBS = frozenset({"free", "release", "liberate"})
HOSTAGE_NOUNS = frozenset({"hostage", "captive"})

#: Words that make a later act only a hope, an expectation or an attempt ("hope to agree on a framework", "is
#: expected to try to mediate", "would try to secure his release"): a plan, no promise to anyone (guide §1).
PLAN_INTENT_WORDS = frozenset({"hope", "expect", "aim", "plan", "seek", "want", "wish", "consider", "intend", "try",
                               "attempt", "mean", "going"})
#: Words that make a later meeting an offer to another actor ("ready to meet all leaders", "offered talks"): with
#: none of them, "will hold an emergency meeting" or "would meet again" is a meeting foreseen, not an AGREE.
OFFER_WORDS = frozenset({"offer", "ready", "willing", "prepared", "promise", "pledge", "vow", "agree", "propose",
                         "invite", "open"})

#: Verbs of force in what a vow or promise says will happen ("vowed that Pakistan would respond with full force",
#: "promised that the opposition would face the harshest verdict"): a promised hostile act is a THREATEN (guide §3).
VOWED_FORCE_VERBS = frozenset({"punish", "respond", "retaliate", "avenge", "crush", "face", "destroy", "eliminate",
                               "eradicate", "annihilate", "smash", "hunt"})
VOW_VERBS = frozenset({"vow", "promise", "pledge", "swear"})
#: Nouns of a try: "a coordinated effort to topple Henry" tells no toppling (an attempted attack is still ASSAULT).
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort", "plot", "conspiracy"})

#: Verbs that characterise an act by a name ("conditions that amount to surrender", "killings that may amount to
#: crimes against humanity", "acts constituting genocide"): the name is a label, not a second act.
CHARACTERISING_VERBS = frozenset({"amount", "constitute", "tantamount"})

# Nouns that make a government actor a named body of its own ("Transitional Military Council", "Sovereignty
# Council"): its head is coded as leading it, unlike a head of state and the state or its government (guide §7)
NAMED_BODY_NOUNS = frozenset({"council", "committee", "junta", "commission", "directorate", "bureau", "authority"})
