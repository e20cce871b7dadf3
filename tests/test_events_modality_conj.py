"""A finite past conjunct keeps no "should"/"not" of the verb it joins; a few quoted words of the reporter's own
verb are no quotation (events/modality.modality_of, events/candidate._in_quote)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_"), [
    (("The Loman premier said on Monday the dispute should be settled through talks and rejected Tessa's call "
      "for mediation."), "REJECT"),
    ("The bloc said on Monday the vote was not legal but called on all sides to return to dialogue.", "REQUEST"),
    ('The U.N. chief "strongly condemned" the detention of the Tessa opposition leader on Monday.', "ACCUSE"),
])
def test_act_is_asserted(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert type_ in [e.type for e in nlp(text)._.events]


@pytest.mark.parametrize("text", [
    "Police did not arrest anyone or fire tear gas.",
    'The minister said: "We condemned the attack on the embassy in the strongest terms."',
])
def test_negation_and_quotes_still_hold(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = nlp(text)._.events
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT", "ACCUSE")]


def test_not_ruled_out_is_hypothetical_not_a_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Further talks with the rebels were not ruled out, the minister said on Monday.")
    assert not any(e.type == "REJECT" for e in doc._.events)
    assert any(d.rule == "events.modality.hypothetical" for e in doc._.dropped_events for d in e.decisions)
