"""Which trigger a count belongs to: the killed/injured/arrested counts of one event, among the kinds its
type can carry (`kinds_by_type` in counts.yaml), by the owning-trigger rule shared with dates and places."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


def _rejections(doc: Doc, trigger: Token, triggers: Sequence[Token], event_type: str | None,
                lex: CountLexicon) -> list[Decision]:
    """Decisions on the rejected number phrases (``doc.spans["rejected_counts"]``) that this trigger owns,
    found as a count of the same kind would be."""
    spans = list(doc.spans[REJECTED])
    claims = [(int(span._.count_anchor), str(span._.count_kind)) for span in spans]
    owners = _count_owners(doc, claims, triggers, trigger, event_type, lex)
    return [Decision(span.label_, "rejected", f"{kind}: {span._.count_rejected}")
            for span, (_, kind), owner in zip(spans, claims, owners, strict=True) if owner == trigger.i]


def counts_for_event(doc: Doc, trigger: Token, *, triggers: Sequence[Token], event_type: str | None = None,
                     decisions: list[Decision] | None = None) -> dict[str, Count]:
    """The killed/injured/arrested counts that belong to this trigger (keys present only when found).

    Only kinds its event type can carry (``kinds_by_type`` in counts.yaml): ``event_type`` names the
    event's final type; without it the type comes from the trigger lexicon. A number said of this
    trigger's casualties that is no head count ("9 billion", "12.7") adds a decision to ``decisions``
    saying why it was not taken."""
    lex = resources_of(doc).counts
    rank = {"number": 0, "sum": 0, "zero": 1, "singular": 2}
    best: dict[str, tuple[tuple[int, int], Count]] = {}
    if decisions is not None and doc.spans.get(REJECTED):
        decisions.extend(_rejections(doc, trigger, triggers, event_type, lex))
    spans = list(doc.spans.get("counts", []))
    claims = [(span._.count_anchor if span._.count_anchor is not None else span.root.i, str(span._.count_kind))
              for span in spans]
    if event_type is None:
        # Without an event type no answer depends on the asked trigger: owners are found once per doc.
        memo = doc_index(doc).memo
        key = ("counts", tuple(t.i for t in triggers), tuple(claims))
        owners = memo.get(key)
        if owners is None:
            owners = memo[key] = _count_owners(doc, claims, triggers, trigger, None, lex)
    else:
        owners = _count_owners(doc, claims, triggers, trigger, event_type, lex)
    for span, (_, kind), owner in zip(spans, claims, owners, strict=True):
        if owner is None or owner != trigger.i:
            continue
        key2 = (rank.get(span.label_, 3), abs(span.root.i - trigger.i))
        if kind not in best or key2 < best[kind][0]:
            best[kind] = (key2, span._.count)
    return {k: v[1] for k, v in best.items()}
