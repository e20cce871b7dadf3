"""Which trigger a count belongs to: the killed/injured/arrested counts of one event, among the kinds its
type can carry (`kinds_by_type` in counts.yaml), by the owning-trigger rule shared with dates and places."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from polemos.models import Count, Decision
from polemos.nlp.attach import lexicon_type, owning_trigger, previous_sentence_trigger
from polemos.nlp.counts.recognizer import REJECTED, _kind_of_token
from polemos.nlp.doc_index import doc_index
from polemos.nlp.resources import resources_of
from polemos.ontology.counts import CountLexicon, carries_count


def _compatible(kind: str, lex: CountLexicon) -> Callable[[Token], bool]:
    """A trigger may take a count unless it is an arrest word and the count is of casualties, or the
    reverse (an arrest takes no deaths; a killing may take the wounded)."""
    def ok(t: Token) -> bool:
        k = _kind_of_token(t, lex)
        return k is None or (k == "arrested") == (kind == "arrested")
    return ok


def _carries(kind: str, lex: CountLexicon, trigger: Token, event_type: str | None) -> Callable[[Token], bool]:
    """`_compatible`, and the trigger's event type carries the kind: the asked trigger's type is
    ``event_type`` when given, every other trigger's (and the asked one's otherwise) the type the
    trigger lexicon gives it; a token the lexicon does not know is not filtered."""
    said = _compatible(kind, lex)

    def ok(t: Token) -> bool:
        type_ = event_type if event_type is not None and t.i == trigger.i else lexicon_type(t)
        return said(t) and (type_ is None or carries_count(type_, kind, lex))
    return ok


def _owner(anchor: Token, ok: Sequence[Token], compatible: Sequence[Token]) -> Token | None:
    """The trigger among ``ok`` (those that may take the count) that a count anchored here belongs to."""
    owner, how = owning_trigger(anchor, ok)
    if owner is None and how == "none" and owning_trigger(anchor, compatible)[1] == "none":
        # no trigger of its sentence could take it at all: a follow-up sentence of counts ("Four people died.")
        owner = previous_sentence_trigger(anchor, ok)
    return owner


def _count_owners(doc: Doc, claims: Sequence[tuple[int, str]], triggers: Sequence[Token], trigger: Token,
                  event_type: str | None, lex: CountLexicon) -> list[int | None]:
    """Index of the owning trigger of each count (given by anchor token and kind), or None."""
    by_kind: dict[str, tuple[list[Token], list[Token]]] = {}
    out: list[int | None] = []
    for anchor_i, kind in claims:
        if kind not in by_kind:  # filter the triggers once per kind, not once per count
            allowed, said = _carries(kind, lex, trigger, event_type), _compatible(kind, lex)
            by_kind[kind] = ([t for t in triggers if allowed(t)], [t for t in triggers if said(t)])
        owner = _owner(doc[anchor_i], *by_kind[kind])
        out.append(None if owner is None else owner.i)
    return out


def _claims(doc: Doc, name: str) -> tuple[tuple[tuple[int, str], ...], list[tuple[str, int, Any]]]:
    """The claims of span group ``name`` as (anchor, kind), and per span its (label, root index, value):
    ``span._.count`` for counts, ``span._.count_rejected`` for rejected ones. Read once per doc and group
    (extension attributes are slow); plain values only, so the memo keeps no Span and makes no cycle."""
    group = doc.spans[name]
    memo = doc_index(doc).memo
    known = memo.get(("counts.claims", name))
    if known is None or known[0] is not group or known[1] != len(group):
        claims, rows = [], []
        for span in group:
            root = span.root.i
            claims.append((span._.count_anchor if span._.count_anchor is not None else root, str(span._.count_kind)))
            rows.append((span.label_, root, span._.count_rejected if name == REJECTED else span._.count))
        # the group holds its doc weakly, so keeping it here makes no reference cycle
        known = memo[("counts.claims", name)] = (group, len(group), tuple(claims), rows)
    return known[2], known[3]


def _owners(doc: Doc, claims: tuple[tuple[int, str], ...], triggers: Sequence[Token], trigger: Token,
            event_type: str | None, lex: CountLexicon) -> list[int | None]:
    """`_count_owners`, found once per doc, trigger list and claims when no event type makes the answer
    depend on the asked trigger."""
    if event_type is not None:
        return _count_owners(doc, claims, triggers, trigger, event_type, lex)
    memo = doc_index(doc).memo
    key = ("counts", tuple(t.i for t in triggers), claims)
    owners = memo.get(key)
    if owners is None:
        owners = memo[key] = _count_owners(doc, claims, triggers, trigger, None, lex)
    return owners


def counts_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token], event_type: str | None = None,
                     decisions: list[Decision] | None = None) -> dict[str, Count]:
    """The killed/injured/arrested counts that belong to this trigger (keys present only when found).

    Only kinds its event type can carry (``kinds_by_type`` in counts.yaml): ``event_type`` names the
    event's final type; without it the type comes from the trigger lexicon. A number said of this
    trigger's casualties that is no head count ("9 billion", "12.7") adds a decision to ``decisions``
    saying why it was not taken."""
    lex = resources_of(doc).counts
    if decisions is not None and doc.spans.get(REJECTED):
        claims, rows = _claims(doc, REJECTED)
        owners = _owners(doc, claims, triggers, trigger, event_type, lex)
        decisions.extend(Decision(label, "rejected", f"{kind}: {why}")
                         for (_, kind), (label, _, why), owner in zip(claims, rows, owners, strict=True)
                         if owner == trigger.i)
    if "counts" not in doc.spans:
        return {}
    claims, rows = _claims(doc, "counts")
    owners = _owners(doc, claims, triggers, trigger, event_type, lex)
    best: dict[str, tuple[tuple[int, int, int], Count]] = {}
    text: str | None = None  # Doc.text joins every token on each access: only when this trigger owns a count
    for (_, kind), (label, root, count), owner in zip(claims, rows, owners, strict=True):
        if owner is None or owner != trigger.i:
            continue
        if text is None:
            text = doc.text
        earlier = count.start is not None and is_earlier_at(text, count.start)
        key = (int(earlier), _RANK.get(label, 3), abs(root - trigger.i))
        if kind not in best or key < best[kind][0]:
            best[kind] = (key, count)
    return {k: v[1] for k, v in best.items()}


# Words right before a figure that make it the earlier one of a revision ("34 killed, up from 31").
_EARLIER_BEFORE = re.compile(r"\b(?:up|down) from\s*$|\bfrom (?:an? )?(?:earlier|initial|previous) (?:figure|toll) "
                             r"of\s*$", re.IGNORECASE)


def is_earlier_at(text: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` is the earlier figure of a revision ("up from 31"): a
    trigger owning both figures takes the other (rule counts.attach.latest)."""
    return bool(_EARLIER_BEFORE.search(text[max(0, start - 40):start]))


# Which count of a kind a trigger takes when it owns several: a number before a zero phrase before a singular.
_RANK = {"number": 0, "sum": 0, "zero": 1, "singular": 2}
