"""The mentions the relation constructions read, beyond the actors component's: role titles taken apart
("Secretary-General of the United Nations" is the United Nations, "president Faruque Hassan" the person)
and named organisations and persons that spaCy tags but the knowledge base does not know ("the First
Criminal Court", "BGMEA"), which only stand in a relation next to a role or a cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from polemos.lang.en.words import EARLIER_ADJECTIVES
from polemos.models import Actor
from polemos.nlp.actors.entities import looks_like_name
from polemos.nlp.relations.context import ENTITY_KIND, Mention, Resolver, resolve_words
from polemos.ontology.cues import Cues

ENTITY_LABELS: frozenset[str] = frozenset({"ORG", "PERSON"})


def is_title_word(tok: Token, cues: Cues) -> bool:
    """A word of a role title: "Special", "Representative", "Secretary", "-", "General", "head"."""
    low = tok.lower_
    return low in cues.titles or cues.relational_nouns.get(low) == "LEADS" or low == "-" \
        or tok.pos_ == "ADJ" and tok.text[:1].isupper()


def _all_title(tokens: Span, cues: Cues) -> bool:
    words = [t for t in tokens if t.pos_ != "DET"]
    return bool(words) and all(is_title_word(t, cues) for t in words) \
        and any(t.lower_ in cues.titles or cues.relational_nouns.get(t.lower_) == "LEADS" for t in words)


def trim_titles(doc: Doc, mentions: list[Mention], cues: Cues, resolve: Resolver | None) -> list[Mention]:
    """Mentions with their role titles taken off: a bare title is no actor ("the Special Representative"),
    "TITLE of ORG" is the organisation, "president NAME" the person (the title is left to the role rules)."""
    out: list[Mention] = []
    for m in mentions:
        span = doc[m.start:m.end]
        if _all_title(span, cues):
            owner = _owner_word(doc, m)
            if owner is not None:
                out.append(owner)  # "army commander": the recogniser's army, without the title
            continue
        of = next((t.i for t in span if t.lower_ == "of"), None)
        if of is not None and of > m.start and _all_title(doc[m.start:of], cues):
            rest = of + 1
            while rest < m.end and doc[rest].pos_ == "DET":
                rest += 1
            part = doc[rest:m.end]
            if len(part) == 0 or _all_title(part, cues):
                continue
            actor = resolve_words(resolve, part) or Actor(name=part.text, start=part.start_char, end=part.end_char)
            out.append(Mention(rest, m.end, actor))
            continue
        last = doc[m.end - 1]
        if not m.person and m.end - m.start > 1 and cues.relational_nouns.get(last.lower_) == "LEADS" \
                and not _all_title(doc[m.start:m.end - 1], cues):
            # "police chief", "army commander": the body, with the title left to the role rules
            out.append(Mention(m.start, m.end - 1, m.actor))
            continue
        first = doc[m.start]
        if m.person and m.end - m.start > 1 and first.text.islower() and is_title_word(first, cues) \
                and doc[m.start + 1].text[:1].isupper():
            out.append(Mention(m.start + 1, m.end, m.actor))
            continue
        owned = _owner_before_title(doc, m, cues, resolve) if m.person else None
        if owned is not None:
            out.extend(owned)  # "SDF commander Mazloum Abdi": the SDF, and the titled person for the role rules
            continue
        out.append(m)
    return out


# a title or tie held no more: no LEADS from "former SDF commander X", no ALLY from "a former ally of X"
NO_LONGER = EARLIER_ADJECTIVES | {"late", "ex", "then", "retired", "ousted", "deposed", "slain", "one-time", "erstwhile"}


def _owner_before_title(doc: Doc, m: Mention, cues: Cues, resolve: Resolver | None) -> list[Mention] | None:
    """A person's mention "OWNER TITLE NAME" ("SDF commander Mazloum Abdi", "junta leader Captain Moussa
    Camara") as two mentions, the owner and "TITLE NAME", where the words before a leader's title resolve to an
    actor that is neither a person nor a state, or are a capitalised name; else None."""
    title = next((i for i in range(m.start + 1, m.end - 1) if cues.relational_nouns.get(doc[i].lower_) == "LEADS"),
                 None)
    if title is None or not doc[title + 1].text[:1].isupper():
        return None
    owner_span = doc[m.start:title]
    if any(t.tag_ == "POS" or t.pos_ in ("VERB", "AUX", "ADP") or t.lower_ in cues.titles for t in owner_span):
        return None  # "Supreme Leader Ali Khamenei": a title of two words, no owner
    before = {t.lower_ for t in doc[max(0, m.start - 2):m.start + 1]} | {t.lower_ for t in owner_span}
    if before & NO_LONGER:
        return None  # "former army commander X" leads it no more
    owner = resolve_words(resolve, owner_span)
    if owner is None:
        if not all(t.text[:1].isupper() for t in owner_span) or not any(
                e.label_ == "ORG" and e.start <= owner_span.start and owner_span.end <= e.end for e in doc.ents):
            return None
        owner = Actor(name=owner_span.text, kind=ENTITY_KIND, start=owner_span.start_char, end=owner_span.end_char)
    if owner.kind in ("person", "state", "government"):
        return None  # "Iraqi President X": heads of state are not coded as leading their country (guide, section 7)
    return [Mention(m.start, title, owner), Mention(title, m.end, m.actor)]


def _owner_word(doc: Doc, m: Mention) -> Mention | None:
    """The word before a bare title that names the body the recogniser resolved the title to ("army" of
    "army commander", "military" of "military chief"), as a mention of that actor; else None."""
    i = m.start - 1
    if i < 0 or m.person or not m.actor.sector:
        return None
    prev = doc[i]
    if prev.pos_ != "NOUN" or prev.dep_ not in ("compound", "nmod", "amod") or not m.start <= prev.head.i < m.end:
        return None
    actor = Actor(name=prev.text, country=m.actor.country, sector=m.actor.sector, actor_id=m.actor.actor_id,
                  kind=m.actor.kind, start=prev.idx, end=prev.idx + len(prev.text))
    return Mention(i, i + 1, actor)


def entity_mentions(doc: Doc, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """The mentions plus spaCy's ORG and PERSON entities that overlap none of them and are no bare title."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    generic = {i: m for m in mentions if m.generic for i in range(m.start, m.end)}
    extra: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start = ent.start
        while start < ent.end and doc[start].pos_ == "DET":
            start += 1
        span = doc[start:ent.end]
        inside = taken & set(range(span.start, span.end))
        if inside and ent.label_ == "ORG" and inside <= generic.keys() \
                and all(span.start <= generic[i].start and generic[i].end <= span.end for i in inside):
            # "the First Tribunal of Sentencing" over the generic "Tribunal of Sentencing": the name
            drop = {id(generic[i]) for i in inside}
            mentions = [m for m in mentions if id(m) not in drop]
            inside = set()
        if len(span) == 0 or inside or not span.text[:1].isupper():
            continue
        if _all_title(span, cues) or "\n" in span.text:
            continue
        if ent.label_ == "PERSON" and not looks_like_name(span):
            continue
        kind = "person" if ent.label_ == "PERSON" else ENTITY_KIND
        extra.append(Mention(span.start, span.end, Actor(name=span.text, kind=kind, start=span.start_char,
                                                         end=span.end_char)))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions
