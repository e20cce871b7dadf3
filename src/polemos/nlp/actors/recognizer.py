"""polemos_actors: every actor mention in a doc, resolved through the KB and composed with agents.

KB aliases, demonyms and agent nouns are matched on normalised tokens (case, diacritics, quote and
hyphen variants ignored; short all-caps abbreviations case-sensitive). Matches then compose:
"Iraqi" + "security forces" -> IRQ COP, "Suleimani's" + "forces" -> IRN MIL, "President" + a name
-> the person, "supporters of" + Trump -> USA CVL; a bare agent takes the doc's context country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from polemos.knowledge.kb import KnowledgeBase
from polemos.lang.en.words import GROUP_POSSESSIVES, NOT_PERSON_LAST, POSSESSIVE
from polemos.models import Actor
from polemos.nlp.actors.entities import in_place_frame, looks_like_name, person_entities
from polemos.nlp.actors.matcher import (
    APOSTROPHES,
    ActorMatcher,
    Mention,
    default_matcher,
    doc_context,
    remember_matcher,
)
from polemos.nlp.actors.resolver import ActorResolver
from polemos.nlp.actors.vocab import SPAN_KEY
from polemos.nlp.resources import Resources, resources_of

if TYPE_CHECKING:
    from spacy.language import Language


def find_actors(doc: Doc, matcher: ActorMatcher, *, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """Resolved actor mentions of tokens [lo, hi) of a parsed doc."""
    from polemos.nlp.pipe import get_pub_date
    from polemos.nlp.places.recognizer import person_is_place

    gaz = resources_of(doc).gazetteer
    base = matcher.find(doc, lo, hi)
    whole = lo == 0 and hi is None
    context = doc_context(doc, matcher, base if whole else None)
    # the whole doc resolves against its own matches, as they resolve (their actors count for salience)
    resolver = ActorResolver(doc, matcher.kb, base, get_pub_date(doc), context=base if whole else context)
    mentions = resolver.resolve()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for ent in person_entities(doc):
        if ent.start < lo or (hi is not None and ent.end > hi):
            continue
        # People the KB does not know still take part in events ("Mahsa Amini").
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text.translate(APOSTROPHES) in POSSESSIVE:
            ent = Span(doc, ent.start, ent.end - 1, label="PERSON")  # "Joe Biden's"
        if ent.label_ == "PERSON" and lo <= ent.start and (hi is None or ent.end <= hi) \
                and covered.isdisjoint(range(ent.start, ent.end)) and ent[-1].lower_ not in NOT_PERSON_LAST \
                and looks_like_name(ent) and not person_is_place(ent, gaz) and not in_place_frame(ent):
            entry = matcher.kb.by_alias(ent.text)
            if entry is not None and resolver.namesake(ent.start, ent.end, entry):
                entry = None  # "Vitaly Zakharchenko ... Zakharchenko said": not the KB's Alexander Zakharchenko
            if entry is not None and entry.kind == "person":
                actor = resolver.from_entry(entry, ent.start, ent.end)
            else:
                actor = Actor(name=ent.text, country=resolver.local_country(ent.start), kind="person",
                              start=ent.start_char, end=ent.end_char)
            mentions.append(Mention(ent.start, ent.end, "person", entry, actor=actor))
    return sorted(mentions, key=lambda m: m.start)


class ActorRecognizer:
    """The polemos_actors component: sets ``doc.spans["actors"]`` with ``span._.actor``."""

    def __init__(self, nlp: Language, resources: Resources) -> None:
        self.resources = resources
        self.kb = resources.kb
        self.matcher = ActorMatcher(self.kb, nlp.tokenizer)
        remember_matcher(self.kb, self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        doc._.resources = self.resources
        spans = []
        for m in find_actors(doc, self.matcher):
            span = Span(doc, m.start, m.end, label=(m.actor.kind if m.actor and m.actor.kind else "actor"))
            span._.actor = m.actor
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


def resolve_span(span: Span, *, kb: KnowledgeBase | None = None) -> Actor | None:
    """The actor an arbitrary noun phrase names (the one covering its root, else its first), else None.

    "its allies" stands for the allies of the actor named last before it; "US bases", "a Syrian air base"
    for the armed forces of the country that owns the site or equipment (KB agents' ``facilities``).
    """
    kb = kb or resources_of(span.doc).kb
    doc = span.doc
    matcher = default_matcher(kb)
    if possessed_dependent(span):
        return dependent_actor(span, matcher)
    mentions = find_actors(doc, matcher, lo=span.start, hi=span.end)
    root = span.root
    if mentions:
        covering = next((m for m in mentions if m.start <= root.i < m.end), None)
        site = facility_owner(span, mentions, kb) if covering is None else None
        return site or (covering or mentions[0]).actor
    agent = kb.agent(root.lemma_) or kb.agent(root.text)
    if agent is None:
        return None
    resolver = ActorResolver(doc, kb, [], None, context=doc_context(doc, matcher))
    return resolver.composite(resolver.local_country(span.start), agent.primary_sector, span.start, span.end)


def possessed_dependent(span: Span) -> bool:
    """Whether the phrase is "its/their (Russian) allies": an ally noun owned by a pronoun."""

    root = span.root
    nouns = resources_of(span.doc).cues.relational_nouns
    if nouns.get(root.lower_, nouns.get(root.lemma_.lower())) != "ALLY":
        return False
    return any(c.dep_ == "poss" and c.lower_ in GROUP_POSSESSIVES for c in root.children)


def dependent_actor(span: Span, matcher: ActorMatcher) -> Actor | None:
    """ "its allies" after "The Syrian army": the allies of the Syrian army (its country and sector; a
    demonym inside, "its Russian allies", gives theirs); None when no actor comes before to own them."""
    doc, root = span.doc, span.root
    pronoun = next(c for c in root.children if c.dep_ == "poss" and c.lower_ in GROUP_POSSESSIVES)
    owner = _antecedent(doc, pronoun.i, matcher)
    if owner is None or owner.actor is None:
        return None
    own = owner.actor
    inside = [m for m in matcher.find(doc, pronoun.i + 1, root.i)
              if m.kind in ("demonym", "entity") and m.entry is not None and m.entry.kind == "state"]
    country = inside[-1].entry.country if inside and inside[-1].entry is not None else own.country
    words = doc[inside[-1].start:root.i + 1].text if inside else root.text
    return Actor(name=f"{words} of {own.name}", country=country, sector=own.sector, kind="agent",
                 start=span.start_char, end=span.end_char)


def _antecedent(doc: Doc, i: int, matcher: ActorMatcher) -> Mention | None:
    """The last non-person actor mentioned before token ``i`` in its sentence or the one before."""
    if SPAN_KEY in doc.spans and Span.has_extension("actor"):
        found = [Mention(s.start, s.end, "composite", None, actor=s._.actor) for s in doc.spans[SPAN_KEY]
                 if s._.actor is not None and s.end <= i]
    else:
        found = find_actors(doc, matcher, hi=i)
    sent = doc[i].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found = [m for m in found if m.start >= first and m.actor is not None and m.actor.kind != "person"]
    return found[-1] if found else None


def facility_owner(span: Span, mentions: list[Mention], kb: KnowledgeBase) -> Actor | None:
    """ "US bases", "a Syrian air base", "an Iranian drone": a state's site or equipment stands for the
    agent the KB gives it (its armed forces), of that state; None if the head is no such noun."""
    doc, root = span.doc, span.root
    owner = next((m for m in reversed(mentions) if m.end <= root.i and m.actor is not None and m.actor.country
                  and m.actor.actor_id in (m.actor.country, f"{m.actor.country}.GOV")), None)
    if owner is None:
        return None
    between = doc[owner.end:root.i]
    entry = kb.facility(doc[owner.end:root.i + 1].text)
    if entry is None and all(t.pos_ == "ADJ" or kb.agent(t.text) is not None for t in between):
        entry = kb.facility(root.text) or kb.facility(root.lemma_)
    if entry is None or owner.actor is None:
        return None
    resolver = ActorResolver(doc, kb, [], None, context=doc_context(doc, default_matcher(kb)))
    return resolver.composite(owner.actor.country, entry.primary_sector, owner.start, root.i + 1)


def register_extensions() -> None:
    """Register ``Span._.actor`` (an Actor or None)."""
    if not Span.has_extension("actor"):
        Span.set_extension("actor", default=None)


def make_actor_recognizer(nlp: Language, name: str, resources: Resources) -> Callable[[Doc], Doc]:
    """Build the component: the KB's matcher is built once here."""
    return ActorRecognizer(nlp, resources)
