"""A definite agent noun that names back an actor of an earlier sentence ("Iran's foreign ministry summoned the
ambassador ... The ministry warned Baku ..."): it is that actor's, and takes its country, not the country of the
nearest place in its own sentence."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from polemos.knowledge.kb import KnowledgeBase
from polemos.nlp.actors.matcher import Mention, mention_country


def named_back_country(doc: Doc, kb: KnowledgeBase, context: Sequence[Mention], m: Mention) -> str | None:
    """The country of the latest earlier mention a bare definite agent noun ``m`` ("the ministry") names back: one
    with the same head noun, owned by a named actor ("Iran's foreign ministry") or resolved with a country; None
    when ``m`` is not such a noun or the latest same-headed mention has no country to give."""
    if m.start == 0 or m.end - m.start != 1 or doc[m.start - 1].lower_ not in _DEFINITE:
        return None
    head = doc[m.start].lemma_.lower()
    sent = doc[m.start].sent
    found: str | None = None
    for x in reversed(context):
        if x.end > sent.start or x.kind != "agent" or doc[x.end - 1].lemma_.lower() != head:
            continue
        if x.actor is not None and x.actor.country:
            found = x.actor.country
        elif x.start >= 2 and doc[x.start - 1].tag_ == "POS":
            owner = next((y for y in context if y.end == x.start - 1 and y.kind != "agent"), None)
            found = mention_country(kb, owner) if owner is not None else None
        break  # the latest mention with this head decides, even when it gives no country
    if found is None:
        return None
    # a sentence that names places of other countries only has moved elsewhere ("In Kampala, the police ...")
    here = {mention_country(kb, y) for y in context if sent.start <= y.start < sent.end and y.kind != "agent"}
    here.discard(None)
    return found if not here or found in here else None


#: Determiners that name back ("its ministry" is its owner's, which the possessive rules read)
_DEFINITE = frozenset({"the", "this", "that"})

__all__ = ["named_back_country"]
