"""Leaders read from a signature block: a line with a person's name, then the role and the organisation
("Nabeel Rajab" / "President, Bahrain Center for Human Rights"; "Jane Doe / Executive Director, Rights Watch";
"Jane Doe, Chair of the Workers' Union"). Called by the ``polemos_relations`` component on the whole text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from polemos.models import Actor, Evidence, Relation
from polemos.nlp.relations.context import Resolver, resolve_words
from polemos.ontology.cues import Cues

RULE = "signature.title"

_NAME_WORD = r"[A-Z][\w'.\u2019-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
_ORG_WORD = r"(?:[A-Z0-9#][\w'&.\u2019()-]*|of|for|and|the|de|du|des|la|le|on|in)"
_ORG = rf"[A-Z#][\w'&.\u2019()-]*(?:[ \t]+{_ORG_WORD}){{0,12}}"
# the name on its own line (or before " / " or ", "), then the role, then ", ORG" or " of ORG" to the line's end
_SIGNATURE = re.compile(
    rf"^[ \t]*(?P<name>{_NAME})[ \t]*(?:\n[ \t]*|[ \t]*/[ \t]*|,[ \t]*)"
    rf"(?P<title>(?:[A-Za-z-]+[ \t]+){{0,3}}[A-Za-z-]+)[ \t]*(?:,|[ \t]of)[ \t]*(?:the[ \t]+)?"
    rf"(?P<org>{_ORG})[ \t]*\.?[ \t]*$",
    flags=re.MULTILINE,
)


def find_signature_leaders(doc: Doc, cues: Cues, resolve: Resolver | None = None) -> list[Relation]:
    """LEADS of the person signing over the organisation named after the role; no relation where the role
    is no leader's ("Researcher, ..."), the name is an organisation's or the organisation a state."""
    text = doc.text
    if "\n" not in text and "/" not in text:
        return []
    out: list[Relation] = []
    for match in _SIGNATURE.finditer(text):
        title = match.group("title").lower().split()
        if not title or cues.relational_nouns.get(title[-1]) != "LEADS":
            continue
        name_words = match.group("name").lower().split()
        if any(w in cues.titles or w in cues.relational_nouns for w in name_words):
            continue
        person = _actor(doc, match.start("name"), match.end("name"), resolve)
        org = _actor(doc, match.start("org"), match.end("org"), resolve)
        if person.kind not in (None, "person") or org.kind in ("state", "person"):
            continue
        person = Actor(name=person.name, country=person.country, sector=person.sector, actor_id=person.actor_id,
                       kind="person", start=person.start, end=person.end)
        ev = Evidence(match.start(), match.end(), text[match.start():match.end()], RULE)
        out.append(Relation(type="LEADS", a=person, b=org, evidence=[ev], rule=RULE))
    return out


TITLE_RULE = "surface.title-of-org"
# "the chairman of the opposition Coalition for Unity and Democracy (CUD), Hailu Shawul,": a leader's title of a
# named organisation, then the person's name in apposition (the parser often loses the apposition after "(CUD)")
_TITLE_OF = re.compile(
    rf"\b[Tt]he[ \t]+(?P<title>[A-Za-z-]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
    rf"(?P<org>[A-Z][\w'&.\u2019-]*(?:[ \t]+(?:[A-Z][\w'&.\u2019-]*|of|for|and|the|de|del|la)){{0,8}})"
    rf"(?:[ \t]+\([A-Z][A-Za-z]{{1,9}}\))?,[ \t]+(?P<name>{_NAME})(?=[ \t]*[,.;)]|[ \t]+and\b)")
_MINISTER = "minister"


def find_title_leaders(doc: Doc, cues: Cues, resolve: Resolver | None = None) -> list[Relation]:
    """LEADS of a person named in apposition to a leader's title of an organisation ("the chairman of the X
    Party (XP), Jane Doe,"; "the Minister of Security, Jane Doe," leads the Ministry of Security)."""
    text = doc.text
    out: list[Relation] = []
    for match in _TITLE_OF.finditer(text):
        title = match.group("title").lower()
        org_text = match.group("org")
        if org_text.split()[-1].lower() in ("of", "for", "and", "the", "de", "del", "la"):
            continue
        if title != _MINISTER and cues.relational_nouns.get(title) != "LEADS":
            continue
        person = _actor(doc, match.start("name"), match.end("name"), resolve)
        if person.kind not in (None, "person"):
            continue
        if title == _MINISTER:
            org = Actor(name=f"Ministry of {org_text}", start=match.start("org"), end=match.end("org"))
        else:
            org = _actor(doc, match.start("org"), match.end("org"), resolve)
        if org.kind in ("state", "person"):
            continue
        person = Actor(name=person.name, country=person.country, sector=person.sector, actor_id=person.actor_id,
                       kind="person", start=person.start, end=person.end)
        ev = Evidence(match.start(), match.end(), text[match.start():match.end()], TITLE_RULE)
        out.append(Relation(type="LEADS", a=person, b=org, evidence=[ev], rule=TITLE_RULE))
    return out


def _actor(doc: Doc, start: int, end: int, resolve: Resolver | None) -> Actor:
    """The actor the resolver finds for the characters ``start:end``, else one named by them."""
    text = doc.text[start:end].strip()
    span = doc.char_span(start, end, alignment_mode="expand")
    actor = resolve_words(resolve, span) if span is not None else None
    # a resolver reading part of the words ("Bahrain" of "Bahrain Center ...") names another actor
    if actor is not None and (actor.name.lower() in text.lower() or text.lower() in actor.name.lower()) \
            and len(actor.name) * 2 >= len(text):
        return actor
    return Actor(name=text, start=start, end=end)
