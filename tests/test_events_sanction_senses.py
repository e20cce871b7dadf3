"""Reducing relations with another actor is SANCTION (guide §3): suspending cooperation or a member's participation,
putting a named member out of a body, closing borders with a named country."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_", "rule"), [
    ("Loma has suspended joint military operations with Tessa.", "SANCTION", "suspend.v.sanction.4"),
    ("Tessa's participation in all bloc activities was suspended on Monday.", "SANCTION", "suspend.v.sanction.4"),
    ("The coalition said on Monday it was expelling Kandar from the alliance.", "SANCTION", "expel.v.sanction.2"),
    ("The bloc said it was closing its members' land borders with Tessa.", "SANCTION", "close.v.sanction"),
    ("Police closed the border crossing on Monday.", "COERCE", "close.v.coerce"),
    ("The rebels suspended their offensive on Monday.", "RETREAT", "suspend.v.retreat"),
])
def test_relations_reduced_with_another_actor(nlp, text: str, type_: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    events = nlp(text)._.events
    assert [(e.type, e.decisions[-1].rule) for e in events if e.type in ("SANCTION", "COERCE", "RETREAT")] == [
        (type_, rule)]
