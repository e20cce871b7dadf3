"""Which place is an event's: the toponyms of its clause and sentence, demonyms, earlier sentences, its actors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from polemos.knowledge.gazetteer import Gazetteer
from polemos.knowledge.geonames import load_index
from polemos.lang.en.words import NOT_OWNER, REPORTING
from polemos.models import Actor, Place
from polemos.nlp.attach import companions, concurrent_triggers, lexicon_type, owning_trigger, sentences_back
from polemos.nlp.counts.recognizer import is_cost_word
from polemos.nlp.doc_index import doc_index, doc_text, sent_number, sent_start, sentence, spans_in_sentence
from polemos.nlp.document.structure import read_structure
from polemos.nlp.places.cues import (
    _NP_LINKS,
    GROUND_NOUNS,
    _link_rank_of,
    _root_of_conjuncts,
)
from polemos.nlp.places.recognizer import _NATIONAL_KINDS, context_weights
from polemos.nlp.places.scene import (
    apposition_host,
    capital_for_government,
    deed_object,
    describes_other,
    finer_in_country,
    governing_demonym,
    landmark_named_back,
    leading_country,
    named_country,
    said_where,
)
from polemos.nlp.resources import resources_of


def _link_rank(span: Span) -> int:
    return _link_rank_of(span.root)


def _acts(span: Span) -> bool:
    """A country standing for an actor ("The United States, Britain and France launched ...", "talks
    between Israel and Hamas"): it names who acted rather than where."""
    if span._.place.precision != "country":
        return False
    root = _root_of_conjuncts(span)
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent") or root.dep_ == "pobj" and root.head.lower_ == "between"


def _agent(span: Span) -> bool:
    """A country named as the doer of a passive ("a truce brokered by Egypt"): never the place."""
    root = _root_of_conjuncts(span)
    return span._.place.precision == "country" and root.dep_ == "pobj" and root.head.dep_ == "agent"


def in_object(tok: Token, mine: set[int], *, people: Sequence[Actor] = ()) -> bool:
    """A modifier inside the object or target phrase of one of the event's trigger tokens ("shot down a US
    drone", "expelled American diplomats"): it says whose the target is, not where the event was. The
    phrase's noun may say where ("struck Syrian army positions"), and so may a phrase naming one of
    ``people`` (an attack's victims: "wounded two British soldiers" in Northern Ireland)."""
    if tok.dep_ not in _NP_LINKS:
        return False
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ in _NP_LINKS and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue
        break
    if t.lemma_.lower() in GROUND_NOUNS:
        return False
    if any(a.start is not None and a.end is not None and a.start <= t.idx < a.end for a in people):
        return False
    if t.dep_ in ("dobj", "nsubjpass", "dative", "oprd"):
        # "vowed to capture more Israeli soldiers": the object of the act the event's verb announces
        return t.head.i in mine or t.head.dep_ == "xcomp" and t.head.head.i in mine
    if t.dep_ == "pobj" and t.head.lower_ in ("at", "on", "against", "upon") and t.head.head.i != t.head.i:
        return t.head.head.i in mine
    return False


def _national_country(trigger: Token, actors: Sequence[Actor]) -> str | None:
    """The country of a state, government or named person acting in the trigger's sentence before it (the
    source): "Macron declared a state of emergency" is France's measure, wherever the paragraph was."""
    sent = sentence(trigger.doc, sent_number(trigger))
    sources = [a for a in actors if a.country and a.kind in _NATIONAL_KINDS and a.start is not None
               and sent.start_char <= a.start < trigger.idx]
    return _actor_country(sources)


def _is_party(span: Span, actors: Sequence[Actor]) -> bool:
    """The country is a source or target the event's verb names through a preposition ("called on Russia
    to withdraw"); "an invasion of Ukraine" still happens in Ukraine."""
    root = span.root
    if span._.place.precision != "country" or root.dep_ != "pobj" or root.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(a.start == span.start_char and a.end is not None and 0 <= a.end - span.end_char <= 2
               for a in actors)


def _in_actor(tok: Token, actors: Sequence[Actor], trigger: Token) -> bool:
    """The word is part of the mention of an actor named before the event's word, its doer ("Ethiopian troops
    fought ..."): a nationality, not a place. A target's may be ("struck Syrian government facilities")."""
    return any(a.start is not None and a.end is not None and a.start <= tok.idx < a.end and a.end <= trigger.idx
               for a in actors)


def country_place(iso3: str, gaz: Gazetteer, *, start: int | None = None, end: int | None = None) -> Place:
    """A country-level place for an ISO alpha-3 code, at the GeoNames index's point of the country."""
    entry = gaz.country(iso3)
    if entry is None:
        return Place(name=iso3, country=iso3, precision="country", start=start, end=end)
    place = entry.to_place(start=start, end=end)
    place.precision = "country"
    nation = load_index().country(iso3)
    if nation is not None:
        place.lat, place.lon, place.feature = nation.lat, nation.lon, f"{nation.fclass}.{nation.fcode}"
        place.geonameid = nation.geonameid
    return place


def _demonyms(sent: Span, gaz: Gazetteer) -> list[tuple[Token, str]]:
    """Demonym tokens of a sentence with their countries ("Sri Lankan" counted on its last word)."""
    out = []
    for t in sent:
        if not t.text[:1].isupper() or _affiliation(t):
            continue
        two = f"{t.nbor(-1).text} {t.text}" if t.i > sent.start else ""
        if c := (two and gaz.country_of_demonym(two)) or gaz.country_of_demonym(t.text):
            out.append((t, c))
    return out


def _says_country(actor: Actor, country: str, gaz: Gazetteer) -> bool:
    """Whether an actor's country is its own, not borrowed from the context: its words name the country or its
    people ("Syrian troops", "the Syrian army"), or it is a state or a person the knowledge base knows."""
    if actor.country != country:
        return False
    if actor.actor_id and actor.kind in ("state", "person"):
        return True
    words = actor.name.split()
    return any(gaz.country_of_demonym(w) == country for w in words) or any(
        (e := gaz.resolve(w)) is not None and e.precision == "country" and e.country == country for w in words)


def _actor_country(actors: Sequence[Actor]) -> str | None:
    """The country most actors share; on a tie the later one (targets come after sources, and an
    attack usually happens on the target's ground)."""
    countries = [a.country for a in actors if a.country]
    if not countries:
        return None
    counts = Counter(countries)
    top = max(counts.values())
    return next(c for c in reversed(countries) if counts[c] == top)


def place_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token],
                    actors: Sequence[Actor] = (), tokens: Sequence[Token] = ()) -> Place | None:
    """Where the event of this trigger happened (`_place_for_event`); a country the fallbacks give (a
    demonym, the actors' country, the previous sentence's) becomes the town the document is about in that
    country (`focus_town`), so that an act the text places only by its paragraph is not left at the country."""
    place = _place_for_event(doc, trigger, triggers=triggers, actors=actors, tokens=tokens)
    if place is None or place.precision != "country" or not place.reasons \
            or place.reasons[-1] not in _COUNTRY_FALLBACKS or place.country is None:
        return place
    town = focus_town(doc, place.country)
    return _why(town, "document-focus") if town is not None else place


# The attachment rules whose country answer a town the document is about refines.
_COUNTRY_FALLBACKS = frozenset({"attach:demonym", "attach:actors-country", "attach:national-actor",
                                "attach:previous-sentence", "attach:document-country"})
#: How often a town must be named (outside the dateline) to be the one a document is about.
FOCUS_MIN_MENTIONS = 2


def toponym_counts(doc: Doc) -> dict[str, float]:
    """How many of the document's toponyms (its dateline's included) lie in each country, once per doc."""
    memo = doc_index(doc).memo
    if "places.toponym-counts" not in memo:
        # places the index placed (not a name merely spelled like a town abroad)
        counts: Counter[str] = Counter(s._.place.country for s in doc.spans.get("places", []) if s._.place.country
                                       and s._.place.lat is not None and "gazetteer:spelled-alike" not in s._.place.reasons)
        memo["places.toponym-counts"] = {k: float(v) for k, v in counts.items()}
    found: dict[str, float] = memo["places.toponym-counts"]
    return found


def focus_town(doc: Doc, country: str) -> Place | None:
    """The town (or landmark) of ``country`` the document names most often outside its dateline and headline,
    at least FOCUS_MIN_MENTIONS times (ties: the first named); None when there is none."""
    memo = doc_index(doc).memo
    key = f"places.focus.{country}"
    if key not in memo:
        apart = [r for r in (_dateline_range(doc), _headline_range(doc)) if r is not None]
        counts: Counter[tuple[object, ...]] = Counter()
        first: dict[tuple[object, ...], Span] = {}
        gaz = resources_of(doc).gazetteer
        for s in doc.spans.get("places", []):
            p = s._.place
            if p.precision not in ("city", "point") or any(r[0] <= s.start_char < r[1] for r in apart):
                continue
            # a town the text calls one ("on Yeonpyeong island") counts in the country its context gives
            settled = p.lat is None and p.country is None and "settlement-noun" in p.reasons \
                and context_country(s, doc, (), gaz) == country
            if not settled and (p.country != country or p.lat is None):
                continue
            # a landmark of a town ("the Tripoli hotel") is a mention of the town, at its point
            at: tuple[object, ...] = (p.lat, p.lon) if p.lat is not None else (p.name,)
            counts[at] += 1
            first.setdefault(at, s)
        best = max(counts, key=lambda n: (counts[n], -first[n].start), default=None)
        chosen = _copy(first[best]._.place) if best is not None and counts[best] >= FOCUS_MIN_MENTIONS else None
        if chosen is not None and chosen.country is None:
            chosen.country = country
        memo[key] = chosen
    found: Place | None = memo[key]
    if found is None:
        return None
    # the document's town, not a word of the event's sentence: no offsets
    return replace(found, start=None, end=None)


def _headline_range(doc: Doc) -> tuple[int, int] | None:
    """The characters of the doc's headline, read once per doc."""
    memo = doc_index(doc).memo
    if "places.headline" not in memo:
        h = read_structure(doc_text(doc)).headline
        memo["places.headline"] = (h[0], h[1]) if h is not None else None
    found: tuple[int, int] | None = memo["places.headline"]
    return found


def _place_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token],
                     actors: Sequence[Actor] = (), tokens: Sequence[Token] = ()) -> Place | None:
    """Where the event of this trigger happened: a toponym in its clause ("in/at/near X" first), else
    the nearest one of its sentence, a demonym ("the Iraqi regime" -> Iraq), the place of the previous
    sentence of the paragraph, or the country its actors share. Countries that take part in the event
    are the last resort; a place the gazetteer lacks gets its country from the context."""
    gaz = resources_of(doc).gazetteer
    k = sent_number(trigger)
    sent = sentence(doc, k)
    mine = {trigger.i} | {t.i for t in tokens} | companions(trigger, triggers, is_cost=is_cost_word)
    during = {t.i for t in concurrent_triggers(trigger, triggers)}
    here = [s for s in spans_in_sentence(doc, "places", k) if _candidate(s, doc)]
    # an attack usually happens on its victims' ground; other events' targets are often abroad
    people = actors if lexicon_type(trigger) == "ASSAULT" else ()
    owned: list[tuple[tuple[int, int, int], Span]] = []
    nearest: list[tuple[tuple[int, int, int], Span]] = []
    others: list[tuple[tuple[int, int], Span]] = []
    acting: list[tuple[tuple[int, int], Span]] = []
    subordinate: list[tuple[tuple[int, int], Span]] = []
    goal_preps = _GOAL_PREPS.get(lexicon_type(trigger) or "", frozenset())
    material = lexicon_type(trigger) in _MATERIAL
    struck: set[int] = set()  # towns a deed was done to (rule attach:deed-object)
    for span in here:
        if describes_other(span, here):
            continue  # rule attach:apposition-landmark: "Gori, a town south of Tskhinvali"
        owner, how = owning_trigger(span.root, triggers, subordinate=True)
        # a known place, even one of no single country ("in the Sulu Sea"), beats a name the gazetteer lacks
        resolved = 0 if _known(span._.place) else 1
        dist = min(abs(span.root.i - i) for i in mine)
        if goal_preps and _goal(span, mine, goal_preps):
            owned.append(((resolved, 0, dist), span))
        elif _agent(span) or _is_party(span, actors):
            continue
        if _acts(span) or span._.place.precision == "country" and in_object(span.root, mine, people=people) \
                or not material and capital_for_government(span, mine):
            acting.append(((resolved, dist), span))
        elif owner is not None and owner.i in mine:
            rank = _link_rank(span)
            if rank > 0 and material and deed_object(span, mine):
                rank = 0
                struck.add(span.start)
            (owned if how == "syntax" else nearest).append(((resolved, rank, dist), span))
        elif owner is not None and owner.i in during and how == "syntax":
            # "shot dead 58 during protests along the Gaza border": where the protests were
            nearest.append(((resolved, _link_rank(span), dist), span))
        elif how == "blocked" and (_speech_adjunct(span.root, mine) or not material and said_where(span, mine)):
            # "rejected the demands, saying in a speech in Managua ...": the speech is the rejection; "announced
            # after a meeting in Addis Ababa, saying Sudan was suspended": the decision was made there
            nearest.append(((resolved, _link_rank(span), dist), span))
        elif how == "clause":
            subordinate.append(((resolved, dist), span))
        elif how != "blocked":
            others.append(((resolved, dist), span))
    relative = _where_clause(here, mine)
    if relative is not None:
        inner = [x for x in owned if x[1]._.place.precision in _TOWN_LEVEL | {"admin1"}
                 and x[1].start > relative.start and x[1]._.place.country == relative._.place.country]
        if relative._.place.precision == "country" and inner:
            # "fled to Kyrgyzstan, where the government has given them shelter in a camp near Jalal-Abad"
            return _why(_in_context(min(inner, key=lambda x: x[0])[1], doc, actors, gaz), "where-clause-town")
        return _why(_in_context(relative, doc, actors, gaz), "where-clause")
    for group, rule in ((owned, "clause"), (nearest, "near-trigger")):
        if group:
            best = min(group, key=lambda x: x[0])[1]
            finer = finer_in_country(best, [s for _, s in sorted(owned + nearest, key=lambda x: x[0])])
            if finer is not None:
                return _why(_in_context(finer, doc, actors, gaz), "most-specific")
            return _why(_in_context(best, doc, actors, gaz), "deed-object" if best.start in struck else rule)
    landmark = landmark_named_back(doc, sent, gaz, lambda t: (o := owning_trigger(t, triggers))[0] is not None
                                   and o[0].i in mine and o[1] == "syntax")
    if landmark is not None:
        return _why(landmark, "landmark-named-back")
    if _nationwide(doc, mine):
        weights = context_weights(doc, gaz, [s for s in doc.spans.get("places", [])])
        if weights:
            return _why(country_place(max(weights, key=lambda c: weights[c]), gaz), "nationwide")
    demonyms = [(t, c) for t, c in _demonyms(sent, gaz) if not in_object(t, mine, people=people)]
    mine_dem = [(t, c) for t, c in demonyms if (o := owning_trigger(t, triggers))[0] is not None
                and o[0].i in mine and o[1] == "syntax"]
    if mine_dem:
        t, c = min(mine_dem, key=lambda x: abs(x[0].i - trigger.i))
        if lexicon_type(trigger) in _MATERIAL and _in_doer(t, mine) or _in_actor(t, actors, trigger):
            # the nationality of who acted says little of where a deed was done ("Indian commandos stormed the
            # hotel"): what a clause of the sentence or the paragraph so far says of the scene comes first
            # ("killed the rebel leader as they tried to flee ... in Mullaitivu district"; "Gunmen attacked hotels
            # in Mumbai."). Talks and statements keep their speaker's country, unless it is only an actor's
            # nationality ("Ethiopian troops" fighting in Mogadishu).
            for scene in (subordinate, others):
                if scene:
                    return _why(_in_context(min(scene, key=lambda x: x[0])[1], doc, actors, gaz), "scene")
            if (before := _previous_place(doc, trigger)) is not None:
                return _why(before, "previous-sentence")
        return _why(country_place(c, gaz, start=t.idx, end=t.idx + len(t)), "demonym")
    if others:
        return _why(_in_context(min(others, key=lambda x: x[0])[1], doc, actors, gaz), "sentence")
    if demonyms:
        t, c = min(demonyms, key=lambda x: abs(x[0].i - trigger.i))
        if _in_actor(t, actors, trigger) and (before := _previous_place(doc, trigger)) is not None:
            # an actor's nationality is no place when the paragraph has said where
            return _why(before, "previous-sentence")
        return _why(country_place(c, gaz, start=t.idx, end=t.idx + len(t)), "demonym")
    if acting and (before := _previous_place(doc, trigger)) is not None and before.precision in _TOWN_LEVEL \
            and before.country in {s._.place.country for _, s in acting}:
        # "the bridge ... between Canada and the United States reopened after protesters had blocked it": the
        # countries are parties; the town the paragraph has named in one of them is the scene
        return _why(before, "previous-sentence-party")
    for group2, rule in ((acting, "party"), (subordinate, "subordinate-clause")):
        if group2:
            return _why(_in_context(min(group2, key=lambda x: x[0])[1], doc, actors, gaz), rule)
    national = _national_country(trigger, actors)
    if national is not None:
        return _why(country_place(national, gaz), "national-actor")
    if (before := _previous_place(doc, trigger)) is not None:
        return _why(before, "previous-sentence")
    country = _actor_country(actors)
    # (only for a deed with actors: a bare "attacks" the text gives no one, no day and no place stays placeless)
    lead = leading_country(toponym_counts(doc)) if lexicon_type(trigger) in _MATERIAL and actors else None
    if country and (lead is None or country == lead or any(_says_country(a, country, gaz) for a in actors)):
        return _why(country_place(country, gaz), "actors-country")
    # rule attach:document-country: a deed the text places nowhere (or only by actors whose country was guessed,
    # not known) happened in the country the document's places are in
    return _why(country_place(lead, gaz), "document-country") if lead else None


# Precisions of a place that names a scene, not just its country or region.
_TOWN_LEVEL = frozenset({"city", "point", "admin2"})


# Words that open a relative clause of place ("Coutts, where protesters blocked a crossing").
_WHERE_WORDS = frozenset({"where"})


def _where_clause(here: Sequence[Span], mine: set[int]) -> Span | None:
    """The toponym a relative clause of place hangs on when the event's verb heads that clause: "In Coutts,
    Alberta, where protesters have blocked another crossing, police said ...". A division qualifying a town
    ("Coutts, Alberta") gives the town."""
    if not here:
        return None
    doc = here[0].doc
    heads = {doc[i].head.i for i in mine if doc[i].dep_ == "relcl"
             and any(c.lower_ in _WHERE_WORDS and c.i < i for c in doc[i].children)}
    for k, span in enumerate(here):
        if any(span.start <= h < span.end for h in heads):
            host = apposition_host(span, here)
            if host is not None:
                # "in Kati, a garrison town 15 km from Bamako, where soldiers arrested ...": Kati's clause
                return host
            before = here[k - 1] if k > 0 else None
            if before is not None and before.end + 1 == span.start and doc[before.end].text == ",":
                return before
            return span
    return None


def _why(place: Place, rule: str) -> Place:
    """The place with the attachment rule that chose it added to its reasons (``attach:<rule>``), after the
    resolver's, so the event trace's places.resolve step says both how the toponym was read and why it is the
    event's."""
    place.reasons = (*place.reasons, f"attach:{rule}")
    return place


def _dateline_range(doc: Doc) -> tuple[int, int] | None:
    """The characters of the doc's dateline ("BAMAKO, Aug 19 (Reuters) -"), read once per doc."""
    memo = doc_index(doc).memo
    if "places.dateline" not in memo:
        d = read_structure(doc_text(doc)).dateline
        memo["places.dateline"] = (d.start, d.end) if d is not None else None
    found: tuple[int, int] | None = memo["places.dateline"]
    return found


def _candidate(span: Span, doc: Doc) -> bool:
    """Whether a toponym of the event's sentence may be its place: not the dateline's (where the reporter is),
    and not an unresolved all-capital short name ("GNA", "ATMIS": an organisation's acronym, no town)."""
    dateline = _dateline_range(doc)
    if dateline is not None and dateline[0] <= span.start_char < dateline[1] or _affiliation(span[-1]):
        return False
    text = span.text.replace(".", "")
    return _known(span._.place) or not (text.isupper() and len(text) <= 5)


def _affiliation(tok: Token) -> bool:
    """A name that qualifies an actor by its base or backer ("the Qatar-based channel", "Iranian-backed
    militias"): where the actor comes from, not where the event was (rule attach:affiliation)."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in NOT_OWNER


def _known(place: Place) -> bool:
    """A place the gazetteer placed, or a settlement the text names as one ("the village of Halgan") whose
    country the context gives."""
    return bool(place.country or place.lat is not None or "settlement-noun" in place.reasons)


def _previous_place(doc: Doc, trigger: Token) -> Place | None:
    """The known place of the nearest earlier sentence of the paragraph that has one: the first that says where
    ("in the Afghan city of Kunduz", not "A US air strike"), else the first."""
    for prev in sentences_back(doc, trigger):
        prev_spans = [s for s in spans_in_sentence(doc, "places", sent_number(prev[0])) if s._.place.country]
        if prev_spans:
            return _copy(min(prev_spans, key=lambda s: (_link_rank(s) != 0, s.start))._.place)
    return None


# Prepositions whose country is where an event of the type went ("flew food to Pakistan", "sent troops to
# Haiti", "withdrew from Afghanistan"), though that country is also a party.
_GOAL_PREPS: dict[str, frozenset[str]] = {"AID": frozenset({"to", "into"}), "MOBILIZE": frozenset({"to", "into"}),
                                          "RETREAT": frozenset({"from"})}


# Types of deeds done on the ground somewhere, as against talk, whose place the doer's country does not tell.
_MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"})


def _goal(span: Span, mine: set[int], preps: frozenset[str]) -> bool:
    """The toponym is the goal (or, for a withdrawal, the origin) of the event's verb or of its object: "flew 30
    tonnes of food to Pakistan", "sent an aircraft carrier and thousands of troops to Haiti"."""
    root = _root_of_conjuncts(span)
    if root.dep_ != "pobj" or root.head.lower_ not in preps:
        return False
    gov = root.head.head
    return gov.i in mine or gov.dep_ in ("dobj", "conj") and gov.head.i in mine


# "arrested across the country", "strikes throughout the nation", "protests nationwide": the whole country.
_COUNTRY_NOUNS = frozenset({"country", "nation"})


_ACROSS = frozenset({"across", "throughout", "around"})


def _nationwide(doc: Doc, mine: set[int]) -> bool:
    """One of the event's words says it happened across the whole country the text is about."""
    for i in mine:
        for c in doc[i].children:
            if c.lower_ == "nationwide" or c.dep_ == "prep" and c.lower_ in _ACROSS and any(
                    g.dep_ == "pobj" and g.lower_ in _COUNTRY_NOUNS and not any(m.dep_ == "poss" for m in g.children)
                    for g in c.children):
                return True
    return False


def _in_doer(tok: Token, mine: set[int]) -> bool:
    """A demonym inside the subject or by-agent of one of the event's verbs ("French warplanes struck",
    "ships fired on by Chinese vessels")."""
    t = tok
    for _ in range(8):
        if t.dep_ not in _NP_LINKS or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ == "nsubj":
        return t.head.i in mine
    return t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.i in mine


# Links climbed from a toponym to the verb whose phrase it is in ("in a speech in Managua").
_PP_LINKS = frozenset({"pobj", "prep", "compound", "appos", "conj"})


def _speech_adjunct(tok: Token, mine: set[int]) -> bool:
    """Whether a toponym sits in a prepositional phrase of a participle of speech ("saying", "telling")
    that is an adjunct of the event's verb: the event was that speech, and took place there."""
    for _ in range(8):
        if tok.head.i == tok.i or tok.dep_ not in _PP_LINKS:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in REPORTING
                    and tok.head.i in mine)
    return False


def _in_context(span: Span, doc: Doc, actors: Sequence[Actor], gaz: Gazetteer) -> Place:
    """A copy of the span's place; one without a country gets the country its context points to."""
    place = _copy(span._.place)
    if place.country is None:
        place.country = context_country(span, doc, actors, gaz)
    return place


def context_country(span: Span, doc: Doc, actors: Sequence[Actor], gaz: Gazetteer) -> str | None:
    """The country a toponym the gazetteer lacks most likely lies in: a known place of its sentence
    (not one acting in it), else the nearest known place before it in the text, then after it, else the
    targets' country, a demonym of the sentence not naming the source, the sources' country."""
    named = named_country(span, gaz) or governing_demonym(span, gaz)
    if named is not None:
        return named
    # a street or valley named after a country ("Syria Street" in Tripoli) says nothing of where it lies
    words = set(span.text.lower().split())
    places = [s for s in doc.spans.get("places", []) if s._.place.country and s.start != span.start
              and not set(s.text.lower().split()) <= words]
    here = sent_start(doc[span.start])
    same = [s for s in places if sent_start(doc[s.start]) == here and not _acts(s)]
    if same:
        return str(min(same, key=lambda s: abs(s.start - span.start))._.place.country)
    # a country standing for an actor elsewhere in the text ("The United States offered ...") says nothing
    # of where a village lies
    places = [s for s in places if not _acts(s)]
    before = [s for s in places if s.start < span.start]
    if before:
        return str(before[-1]._.place.country)
    after = [s for s in places if s.start > span.start]
    if after:
        return str(after[0]._.place.country)
    sources = [a for a in actors if a.country and a.start is not None and a.start < span.start_char]
    targets = [a for a in actors if a.country and a not in sources]
    if (c := _actor_country(targets)) is not None:
        return c
    source_countries = {a.country for a in sources}
    dems = [c for _, c in _demonyms(span.sent, gaz) if c not in source_countries]
    if dems:
        return dems[0]
    return _actor_country(sources)


def _copy(place: Place) -> Place:
    return Place(**place.__dict__)


