"""A candidate becomes an `Event`: its actors resolved (both ways for mutual and reciprocal acts), generic
protesters and implied authorities where the text names none, evidence, and the counts, date and place the
attachment rules of counts/, dates/ and places/ give its trigger tokens."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from polemos.lang.en.words import SPEAKER_PRONOUNS
from polemos.models import Count, Event, Evidence
from polemos.nlp.counts.attach import counts_for_event
from polemos.nlp.dates.attach import date_for_event
from polemos.nlp.events.candidate import SYMMETRIC_TYPES, Candidate, _mode
from polemos.nlp.events.participants import (
    actors_for_heads,
    counterpart,
    generic_protesters,
    implied_authority,
    parties_nearby,
)
from polemos.nlp.events.reciprocal import both_ways, has_reciprocal_object, mutual_noun
from polemos.nlp.events.things import thing_heads
from polemos.nlp.places.attach import place_for_event
from polemos.nlp.triggers import (
    is_verb,
    lemma,
    object_tokens,
    phrase_words,
    quantity_head,
)
from polemos.ontology.lexicon import Lexicon


def _attach(event: Event, doc: Doc, tokens: list[Token], triggers: list[Token]) -> None:
    """Counts, date and place from the helpers of counts/dates/places, where they exist.

    Every trigger token merged into the event is asked for counts (the first answer per kind wins);
    the date and place helpers see all of them.
    """
    trigger = tokens[0]
    for tok in tokens:
        found: dict[str, Count] = counts_for_event(doc, tok, triggers=triggers, decisions=event.decisions)
        event.killed = event.killed or found.get("killed")
        event.injured = event.injured or found.get("injured")
        event.arrested = event.arrested or found.get("arrested")
    value = date_for_event(doc, trigger, triggers=triggers, tokens=tokens)
    if value:
        event.date, event.date_precision = value[0], value[1]
    actors = list(event.source) + list(event.target)
    event.location = place_for_event(doc, trigger, triggers=triggers, actors=actors, tokens=tokens)


def _to_event(c: Candidate, doc: Doc, lex: Lexicon, *, protest_ids: frozenset[int] = frozenset()) -> Event | None:
    if any(t.lower_ in SPEAKER_PRONOUNS and t.pos_ == "PRON" for t in c.roles.source):
        return None  # the author's (or a quoted speaker's) own stance, not a reported event
    source = actors_for_heads(c.roles.source, lex)
    avoid = frozenset(a.key() for a in source)
    mutual_verb = c.match.entry.pos == "verb" and is_verb(c.token) and lemma(c.token) in lex.word_set("mutual_verbs")
    heads = c.roles.target
    if mutual_verb and len(source) > 1:
        # "Russia and Ukraine exchanged 35 prisoners": the object that picked the verb's sense is what the sides
        # traded, not a side; each side is the other's target (an opponent, "fought ISIS", stays the target)
        themes = _themes(c, lex)
        heads = [h for h in heads if h.i not in themes]
    target = actors_for_heads(heads, lex, protest_ids=protest_ids, avoid=avoid)
    mutual = mutual_verb or mutual_noun(c.token, lex)
    if not target and c.type.lower() in lex.word_set("object_target_types") and not (mutual and len(source) > 1):
        # nothing named an actor: the object phrase is the target ("seized a British-flagged oil tanker"); two
        # sides that "clashed at a border crossing" fought each other, not the crossing
        target = actors_for_heads(thing_heads(c.roles.target + c.roles.things, c.type, c.mode, lex), lex,
                                  things=True, avoid=avoid)
    if len(source) > 1 and c.type == "AGREE" and not any(a.kind == "person" for a in target):
        source, target = both_ways(source)  # "Israel and Hamas agreed to an Egyptian-brokered truce"
    elif len(source) > 1 and (has_reciprocal_object(c.token) or (c.type in SYMMETRIC_TYPES and not target)
                              or (mutual_verb and not target)):
        source, target = both_ways(source)
    elif c.roles.construction == "between" and len(source) + len(target) > 1 and c.type in SYMMETRIC_TYPES:
        source, target = both_ways(source + [a for a in target if a.key() not in {s.key() for s in source}])
    elif not source and not target and c.type == "ASSAULT" and mutual_noun(c.token, lex):
        source, target = parties_nearby(c.token, lex)
    if c.type == "CONSULT" and c.mode == "visit" and not any(counterpart(a, source) for a in target):
        return None  # a leader touring a hospital or a flooded province at home is no consultation
    if c.type == "PROTEST" and not source:
        source = [generic_protesters(c.token)]
    if not source and c.implied:
        implied = implied_authority(c.token, c.type, c.mode, lex)  # "thousands were detained"
        source = [implied] if implied is not None else []
    source_keys = {a.key() for a in source}
    if not (len(source) > 1 and {a.key() for a in target} == source_keys):  # reciprocal: both on both sides
        target = [a for a in target if a.key() not in source_keys]
    sents = sorted({t.sent.start: t.sent for t in c.tokens}.values(), key=lambda s: s.start)
    evidence = [Evidence(s.start_char, s.end_char, s.text.strip(), rule=c.rule) for s in sents]
    m = c.match
    span = doc[m.start:m.end]
    return Event(type=c.type, mode=_mode(c, lex), source=source, target=target, modality=c.modality,
                 trigger=Evidence(span.start_char, span.end_char, span.text, rule=c.rule), evidence=evidence,
                 rule=c.rule + (f" [{c.roles.construction}]" if c.roles.construction else ""))


def _themes(c: Candidate, lex: Lexicon) -> set[int]:
    """Objects of the trigger that satisfied its entry's object condition ("exchanged 35 prisoners"), as token
    ids (with the counted noun of a quantity phrase)."""
    words = c.match.entry.objects
    if not words:
        return set()
    norm = lex.spelling
    spelled = {norm(w) for w in words}
    out: set[int] = set()
    for obj in object_tokens(c.token, lex):
        for t in {obj, quantity_head(obj)}:
            if phrase_words(t, norm) & spelled:
                out.update((obj.i, t.i))
    return out
