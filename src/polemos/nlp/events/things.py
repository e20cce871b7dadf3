"""Targets that are things or places standing for actors: a shelled town's people, a military site's forces, a
presidential palace's government, the nationals coordinated in a clash, the partners of an "of" phrase, and
generic actors placed in the document's country."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import NOT_NAME, SETTLEMENTS
from polemos.models import Actor, Event
from polemos.nlp.events.doc_actors import (
    _country_named,
    _resolve,
    actor_cover,
    actor_spans,
    context_country_of,
    named_countries,
    span_actor,
)
from polemos.nlp.events.noun_roles import np_span
from polemos.nlp.events.roles import is_time
from polemos.nlp.triggers import expand_conj, is_noun, lemma
from polemos.ontology.lexicon import Lexicon


def _names_actor(token: Token, spans: Sequence[Span]) -> bool:
    """An actor mention covers the token or lies inside its noun phrase ("his Azerbaijani counterpart")."""
    np = np_span(token)
    return any(s.start <= token.i < s.end or (s.start >= np.start and s.end <= np.end) for s in spans)


_PLACE_ENTS = frozenset({"GPE", "LOC"})


def thing_actor(head: Token, lex: Lexicon, *, country: str | None = None) -> Actor | None:
    """An object that names no actor as the target by its phrase: "a British-flagged oil tanker" (GBR, BUS),
    "a police station" (COP), "a school bus"; None for place names, abstract nouns (plover.yaml
    `never_targets`), weapons, times and event nouns. The country is a modifier's, the sector the noun's."""
    if head.pos_ in ("PRON", "NUM") or is_time(head) or head.ent_type_ in _PLACE_ENTS or not is_noun(head):
        return None
    word = lemma(head)
    weapon = word in lex.word_set("instruments") and _sector_of(head, lex) is None  # a car is a target, a bomb not
    if word in lex.word_set("never_targets") or weapon or _is_event_noun(head, lex):
        return None
    if head.pos_ == "PROPN" and _in_place(head):
        return None
    np = np_span(head)
    doc = head.doc
    start = np.start
    while start < np.end - 1 and (doc[start].lower_ in NOT_NAME or doc[start].is_punct):
        start += 1
    np = doc[start:np.end]
    if country is None:
        inside = [s for s in actor_spans(doc) if s.start >= np.start and s.end <= np.end and s.root.i != head.i]
        country = next((a.country for a in (span_actor(s) for s in inside) if a.country), None)
    return Actor(name=np.text, country=country, sector=_sector_of(head, lex), start=np.start_char, end=np.end_char)


def _home_country(token: Token) -> str | None:
    """The country the text is about, else the country of the first place named in the token's sentence."""
    country = context_country_of(token.doc)
    if country is not None:
        return country
    sent = token.sent
    places = [s._.place for s in token.doc.spans.get("places", ()) if sent.start <= s.start < sent.end]
    return next((p.country for p in places if p is not None and getattr(p, "country", None)), None)


def place_of(token: Token) -> Any:
    """The gazetteer place (`span._.place`) of the places span covering the token, else None."""
    doc = token.doc
    if "places" not in doc.spans or not Span.has_extension("place"):
        return None
    return next((s._.place for s in doc.spans["places"] if s.start <= token.i < s.end and s._.place is not None),
                None)


def place_target(head: Token, actor: Actor) -> Actor:
    """A target that is a place name takes the place's country; a town or city stands for its people (CVL)."""
    place = place_of(head)
    if place is None or not getattr(place, "country", None):
        return actor
    sector = actor.sector
    if sector is None and getattr(place, "precision", None) not in ("country", None):
        sector = "CVL"  # shelling a city hits those who live there, not its government
    return replace(actor, country=place.country, sector=sector)


def settlement_target(head: Token) -> Actor | None:
    """"shelled the city of Kharkiv": the named town as a civilian target in its country; None for other heads."""
    if lemma(head) not in SETTLEMENTS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                place = place_of(p) if p.dep_ == "pobj" else None
                if place is not None and getattr(place, "country", None):
                    np = np_span(head)
                    return Actor(name=np.text, country=place.country, sector="CVL", start=np.start_char,
                                 end=np.end_char)
    return None


def coordinated_nationals(head: Token, spans: Sequence[Span], found: list[Actor]) -> list[Actor]:
    """"Chinese and Indian troops": one actor per coordinated nationality adjective on one head noun, each with
    the head's sector; empty when the head has no such modifiers."""
    if len(found) != 1 or not found[0].sector:
        return []
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    mods = [m for m in mods if any(c.dep_ == "conj" for c in m.children)]
    if not mods:
        return []
    out: list[Actor] = []
    for mod in expand_conj(mods[0]):
        country = next((s._.actor.country for s in spans if s.start <= mod.i < s.end and s._.actor.country), None)
        if country is None:
            return []
        out.append(replace(found[0], name=f"{mod.text} {head.text}", country=country, actor_id=None,
                           start=mod.idx, end=mod.idx + len(mod.text)))
    return out if len({a.country for a in out}) > 1 else []


# Modes of force aimed at a whole town rather than at people in it ("shelled the city of Kharkiv").
_BOMBARDMENT = frozenset({"aerial", "heavy-weapons", "explosives", "cbrn"})


def thing_heads(heads: Sequence[Token], type_: str, mode: str | None, lex: Lexicon) -> list[Token]:
    """The heads that may stand as things for an event: a town or village only when it was destroyed ("razed the
    village of Tula"; an assault on a city is an assault in it), and a protest's only when the noun is a known
    facility ("burned a police station", not "riots over a fare increase")."""
    out = []
    for head in heads:
        bombarded = mode in _BOMBARDMENT and head.dep_ == "dobj" and settlement_target(head) is not None
        if lemma(head) in SETTLEMENTS and mode != "destroy" and not bombarded:
            continue  # "shelled the city of Kharkiv" aims at the city; "seized the town of X" is an assault in it
        if type_ == "PROTEST" and (_sector_of(head, lex) is None or _venue(head)):
            continue
        out.append(head)
    return out


def _venue(head: Token) -> bool:
    """Where an act took place rather than what it was aimed at ("rioted at a jail")."""
    return head.dep_ == "pobj" and head.head.lower_ in ("at", "in", "outside", "inside", "near", "around", "on")


def _sector_of(head: Token, lex: Lexicon) -> str | None:
    """The sector a thing's noun gives it (plover.yaml `target_sectors`): modifier + noun first, then the noun."""
    table = lex.tables.get("target_sectors") or {}
    word = lemma(head)
    for c in head.lefts:
        if c.dep_ in ("compound", "amod"):
            for phrase in (f"{c.lower_} {word}", f"{lemma(c)} {word}"):
                if phrase in table:
                    return str(table[phrase])
    value = table.get(word) or table.get(head.lower_)
    return str(value) if value else None


def _is_event_noun(head: Token, lex: Lexicon) -> bool:
    """The noun is itself an event trigger ("the attack", "the protest"): it names an act, not a target."""
    return any(e.pos == "noun" and len(e.words) == 1 for e in lex.index.get(lex.spelling(lemma(head)), ()))


def _in_place(token: Token) -> bool:
    doc = token.doc
    return "places" in doc.spans and any(s.start <= token.i < s.end for s in doc.spans["places"])


def of_partners(head: Token, spans: Sequence[Span], seen: set[str]) -> list[Actor]:
    """ "the foreign ministers of India and Pakistan": the ministers of each conjunct (the actors module matches
    only the first with the head), as actors of their own."""
    if not seen:
        return []
    out: list[Actor] = []
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for conj in expand_conj(p)[1:]:
                covering = [s for s in spans if s.start <= conj.i < s.end]
                actors = [span_actor(s) for s in covering if s.start > head.i]
                out.extend(a for a in actors if a.key() not in seen)
    return out


def object_antecedent(pronoun: Token, avoid: frozenset[str]) -> Token | None:
    """The antecedent of an object pronoun ("accusing it of supporting terrorism"): the latest non-person
    actor before it, in its sentence or the one before, whose key is not in ``avoid`` (the clause's subject)."""
    if pronoun.lower_ not in ("it", "them") or pronoun.dep_ in ("nsubj", "nsubjpass") or not avoid:
        return None  # "its"/"their" are most often the subject's own ("abandoned their positions")
    sent = pronoun.sent
    first = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for span in reversed(actor_spans(pronoun.doc)):
        if span.end > pronoun.i or span.start < first:
            continue
        actor = span._.actor
        if actor.kind == "person" or actor.key() in avoid:
            continue
        return span.root
    return None


def modifier_actors(noun: Token) -> list[Token]:
    """Actors named among an event noun's left modifiers ("A Saudi-led coalition air strike"): the roots of
    the actor mentions inside them, outermost mentions only."""
    left = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]
    ids = {t.i for t in left}
    every, cover = actor_cover(noun.doc)
    near = sorted({p for i in ids for p in cover.get(i, ())})
    spans = [every[p] for p in near if all(i in ids for i in range(every[p].start, every[p].end))]
    outer = [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)]
    return [s.root for s in outer]


# Sectors of actors that a text names without their country only when they are local ("police", "protesters",
# "a gunman"); armies and governments abroad are named with theirs, so they keep the doc's context.
_FOREIGN_SECTORS = frozenset({"MIL", "GOV", "IGO", "NGO"})


def localise_generic(event: Event, doc: Doc) -> None:
    """Generic actors ("gunman", "protesters", "police", "a school bus") whose phrase names no country take the
    country of the event's place (over a context country only when the text names the place's country, or none),
    else keep theirs or take the doc's context country (in place)."""
    place = event.location.country if event.location is not None else None
    # a place in a country the text never names is more likely a wrong reading of the place than a fact
    named = named_countries(doc)
    for actor in list(event.source) + list(event.target):
        if actor.kind not in (None, "agent", "police") or actor.sector in _FOREIGN_SECTORS:
            continue
        if actor.kind is None and actor.sector is None:
            continue  # a phrase of unknown sort ("the West"), not a generic local actor
        if actor.actor_id and actor.kind != "police":
            continue
        if _names_country(doc, actor):
            continue
        if place and (actor.country is None or place in named or not named):
            if actor.country != place:
                actor.country = place
                if actor.actor_id:
                    actor.actor_id = None  # "CHL.COP" no longer holds
        elif actor.country is None:
            actor.country = context_country_of(doc)


def _names_country(doc: Doc, actor: Actor) -> bool:
    """The actor's own phrase names a country ("Iraqi soldiers", "British-flagged tanker")."""
    if actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in ("NORP", "GPE") for t in span):
        return True
    return any(s.start >= span.start and s.end <= span.end and (s._.actor.kind == "state")
               for s in actor_spans(doc))


def _phrase_in(head: Token, words: frozenset[str]) -> bool:
    """The head's lemma, or a modifier and the head ("presidential palace"), is one of ``words``."""
    if lemma(head) in words:
        return True
    return any(f"{c.lower_} {lemma(head)}" in words for c in head.lefts if c.dep_ in ("amod", "compound"))


def _site_owner(np: Span, found: list[Actor], *, sector: str = "MIL", fallback: str | None = None) -> list[Actor]:
    """A military site or piece of hardware stands for the armed forces of the country that modifies it ("a
    Syrian air base", "a US military drone"); state property for its government ("the presidential palace", with
    ``fallback``: the country of the text)."""
    country = next((a.country for a in found if a.country), None)
    if country is None:
        for t in np:
            if t.ent_type_ in ("GPE", "NORP") and t.i != np.root.i:
                actor = _resolve(np.doc[t.i:t.i + 1])
                country = actor.country if actor is not None else _country_named(t.text, np.doc)
                if country:
                    break
    country = country or fallback
    if country is None:
        return found
    return [Actor(name=np.text, country=country, sector=sector, start=np.start_char, end=np.end_char)]


